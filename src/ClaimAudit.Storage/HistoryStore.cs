using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using Azure.Data.Tables;
using ClaimAudit.Core;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Storage;

/// <summary>
/// What earlier batches leave for later ones: the therapy ledger (<c>TherapyLedger</c>, partition =
/// clinic + patient + calendar year + KX group, one row per visit keyed by visit id so a re-run
/// overwrites instead of adding) and note fingerprints (<c>NoteFingerprints</c>, partition = clinic +
/// patient, signature only — never note text). Patient and visit ids are hashed into the keys.
/// </summary>
public sealed class HistoryStore(AuditStorage storage)
{
    private const int MaxTransaction = 100;
    private const int Parallelism = 8;

    private TableClient Ledger => storage.Table(AuditStorage.LedgerTable);
    private TableClient Fingerprints => storage.Table(AuditStorage.FingerprintsTable);

    public static string LedgerPartition(string clinicId, LedgerKey key) =>
        string.Join('|', clinicId, TableKeys.Hash(key.PatientId), key.Year.ToString(CultureInfo.InvariantCulture), key.KxGroup);

    public static string FingerprintPartition(string clinicId, string patientId) => clinicId + "|" + TableKeys.Hash(patientId);

    /// <summary>Loads the ledger and fingerprints of the batch's patients (the years and KX groups they have visits in).</summary>
    public async Task<BatchHistory> LoadAsync(string clinicId, IReadOnlyList<Visit> visits, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var ledgerKeys = visits
            .SelectMany(v => v.Lines.Select(l => new LedgerKey(v.PatientId, v.DateOfService.Year, l.Role.KxGroup())))
            .Distinct().ToList();
        var patients = visits.Select(v => v.PatientId).Distinct(StringComparer.Ordinal).ToList();

        var ledger = new ConcurrentDictionary<LedgerKey, IReadOnlyList<LedgerEntry>>();
        await Parallel.ForEachAsync(ledgerKeys, Options(cancellationToken), async (key, ct) =>
        {
            var entries = new List<LedgerEntry>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {LedgerPartition(clinicId, key)}");
            await foreach (var e in Ledger.QueryAsync<TableEntity>(filter, cancellationToken: ct))
                entries.Add(new LedgerEntry(e.GetString("VisitId"), DateOnly.ParseExact(e.GetString("DateOfService"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    decimal.Parse(e.GetString("Amount"), NumberStyles.Number, CultureInfo.InvariantCulture)));
            if (entries.Count > 0) ledger[key] = entries;
        });

        var fingerprints = new ConcurrentDictionary<string, IReadOnlyList<NoteFingerprint>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(patients, Options(cancellationToken), async (patient, ct) =>
        {
            var list = new List<NoteFingerprint>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FingerprintPartition(clinicId, patient)}");
            await foreach (var e in Fingerprints.QueryAsync<TableEntity>(filter, cancellationToken: ct))
                list.Add(new NoteFingerprint(e.GetString("VisitId"), DateOnly.ParseExact(e.GetString("DateOfService"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    MemoryMarshal.Cast<byte, uint>(e.GetBinary("Signature")).ToArray()));
            if (list.Count > 0) fingerprints[patient] = list;
        });

        return new BatchHistory
        {
            Ledger = new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>(ledger),
            Fingerprints = new Dictionary<string, IReadOnlyList<NoteFingerprint>>(fingerprints, StringComparer.Ordinal),
        };
    }

    /// <summary>Writes the audit's ledger entries and fingerprints, upserting by visit id in transactions of at most 100 per partition.</summary>
    public async Task SaveAsync(string clinicId, AuditOutcome outcome, CancellationToken cancellationToken = default)
    {
        await storage.EnsureCreatedAsync(cancellationToken);
        var ledgerEntities = outcome.LedgerWrites.Select(w => new TableEntity(LedgerPartition(clinicId, w.Key), TableKeys.Hash(w.Entry.VisitId))
        {
            ["VisitId"] = w.Entry.VisitId,
            ["DateOfService"] = w.Entry.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // Table storage has no decimal; text keeps the cents exact.
            ["Amount"] = w.Entry.Amount.ToString(CultureInfo.InvariantCulture),
        });
        var fingerprintEntities = outcome.Fingerprints.Select(f => new TableEntity(FingerprintPartition(clinicId, f.PatientId), TableKeys.Hash(f.Fingerprint.VisitId))
        {
            ["VisitId"] = f.Fingerprint.VisitId,
            ["DateOfService"] = f.Fingerprint.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Signature"] = MemoryMarshal.AsBytes(f.Fingerprint.Signature.AsSpan()).ToArray(),
        });
        await UpsertAsync(Ledger, ledgerEntities, cancellationToken);
        await UpsertAsync(Fingerprints, fingerprintEntities, cancellationToken);
    }

    private static async Task UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        // A transaction holds one partition and at most 100 entities; the same row twice in one is an error, last write wins.
        var chunks = entities
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(r => r.Last()).Chunk(MaxTransaction))
            .ToList();
        await Parallel.ForEachAsync(chunks, Options(cancellationToken), async (chunk, ct) =>
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static ParallelOptions Options(CancellationToken ct) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
}
