using System.Collections.Concurrent;
using System.Globalization;
using Azure.Data.Tables;
using ClaimAudit.Application;
using ClaimAudit.Core;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Storage;

/// <summary>
/// What earlier batches leave for later ones: the therapy ledger (<c>TherapyLedger</c>, partition =
/// clinic + patient + calendar year + KX group, one row per visit keyed by visit id so a re-run
/// overwrites instead of adding) and note fingerprints (<c>NoteFingerprints</c>, partition = clinic +
/// patient, signature only — never note text — as <see cref="NoteFingerprint.EncodeSignature"/> text,
/// whose scheme tag (<c>mh64v1:</c>) names how it was computed). Patient and visit ids are hashed into the keys.
/// The visit ledger (<c>VisitLedger</c>) and the stored plans and authorisations (<c>Episodes</c>) are
/// laid out by <see cref="EpisodeStore"/> and loaded and saved here with the rest of a batch's history.
/// Every row but a plan's or an authorisation's carries the batch id and batch version that wrote it, so a new version of a batch can
/// remove what the previous version wrote and the new one no longer has (a dropped visit, a visit
/// moved to another patient or year): otherwise those stale dollars would count towards the KX
/// threshold of later batches.
/// </summary>
public sealed class HistoryStore(AuditStorage storage, ILogger<HistoryStore>? logger = null) : IHistoryStore
{
    private const string BatchIdProperty = "BatchId";
    private const string BatchVersionProperty = "BatchVersion";
    private const string SignatureProperty = "Signature";

    private const int MaxTransaction = 100;
    private const int Parallelism = 8;

    private TableClient Ledger => storage.Table(AuditStorage.LedgerTable);
    private TableClient Fingerprints => storage.Table(AuditStorage.FingerprintsTable);
    private TableClient VisitLedger => storage.Table(AuditStorage.VisitLedgerTable);
    private readonly EpisodeStore _episodes = new(storage);
    private readonly ILogger _log = logger ?? NullLogger<HistoryStore>.Instance;

    private static string LedgerPartition(string clinicId, LedgerKey key) =>
        string.Join('|', clinicId, TableKeys.Hash(key.PatientId), key.Year.ToString(CultureInfo.InvariantCulture), key.KxGroup);

    private static string FingerprintPartition(string clinicId, string patientId) => clinicId + "|" + TableKeys.Hash(patientId);

    /// <summary>
    /// Loads the ledger and fingerprints of the batch's patients (the years and KX groups they have
    /// visits in), and their episodes of care and visit ledger (<see cref="EpisodeStore"/>). Rows written by <paramref name="batchId"/> itself (an earlier version of the batch
    /// being audited again) are not history of it and are left out.
    /// </summary>
    public async Task<BatchHistory> LoadAsync(string clinicId, IReadOnlyList<Visit> visits, string? batchId = null, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        var ledgerKeys = visits
            .SelectMany(v => v.Lines.Select(l => new LedgerKey(v.PatientId, v.DateOfService.Year, l.Role.KxGroup())))
            .Distinct().ToList();
        var patients = visits.Select(v => v.PatientId).Distinct(StringComparer.Ordinal).ToList();
        var visitIds = visits.Select(v => v.VisitId).ToHashSet(StringComparer.Ordinal);

        var ledger = new ConcurrentDictionary<LedgerKey, IReadOnlyList<LedgerEntry>>();
        var unreadable = 0;
        await Parallel.ForEachAsync(ledgerKeys, Options(cancellationToken), async (key, ct) =>
        {
            var entries = new List<LedgerEntry>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {LedgerPartition(clinicId, key)}");
            await foreach (var e in Ledger.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                if (WrittenBy(e, batchId)) continue;
                if (ReadLedgerEntry(e) is { } entry) entries.Add(entry);
                else Interlocked.Increment(ref unreadable);
            }
            if (entries.Count > 0) ledger[key] = entries;
        });
        if (unreadable > 0)
            _log.LogWarning("Clinic {ClinicId}: {Count} stored therapy ledger rows have an amount outside 0..{MaxAmount} or an unreadable amount or date and were left out of the history",
                clinicId, unreadable, Money.MaxAmount);

        var fingerprints = new ConcurrentDictionary<string, IReadOnlyList<NoteFingerprint>>(StringComparer.Ordinal);
        var notComparable = 0;
        await Parallel.ForEachAsync(patients, Options(cancellationToken), async (patient, ct) =>
        {
            var list = new List<NoteFingerprint>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FingerprintPartition(clinicId, patient)}");
            await foreach (var e in Fingerprints.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                if (WrittenBy(e, batchId)) continue;
                if (CurrentSchemeSignature(e) is not { } signature)
                {
                    Interlocked.Increment(ref notComparable);
                    continue;
                }
                list.Add(new NoteFingerprint(e.GetString("VisitId"), DateOnly.ParseExact(e.GetString("DateOfService"), "yyyy-MM-dd", CultureInfo.InvariantCulture), signature));
            }
            if (list.Count > 0) fingerprints[patient] = list;
        });
        if (notComparable > 0)
            _log.LogInformation("Clinic {ClinicId}: {Count} stored note fingerprints are not of scheme {Scheme} and were not compared", clinicId, notComparable, NoteFingerprint.Scheme);

        // The episode of care (PRODUCT.md section 10): the stored plans and authorisations of each
        // patient, and the visit ledger the engine counts visits and treatment days from.
        var episodes = new ConcurrentDictionary<string, PatientEpisode>(StringComparer.Ordinal);
        var episodeVisits = new ConcurrentDictionary<string, IReadOnlyList<EpisodeVisit>>(StringComparer.Ordinal);
        var unreadableVisits = 0;
        await Parallel.ForEachAsync(patients, Options(cancellationToken), async (patient, ct) =>
        {
            // The two tables at once: a batch of many patients pays one round trip per patient, not two.
            var loadingEpisode = _episodes.LoadEpisodeAsync(clinicId, patient, ct);
            var (list, unreadable) = await _episodes.LoadVisitsAsync(clinicId, patient, batchId, ct, visitIds);
            var episode = await loadingEpisode;
            if (episode.Plans.Count > 0 || episode.Authorizations.Count > 0) episodes[patient] = episode;
            if (list.Count > 0) episodeVisits[patient] = list;
            if (unreadable > 0) Interlocked.Add(ref unreadableVisits, unreadable);
        });
        if (unreadableVisits > 0)
            _log.LogWarning("Clinic {ClinicId}: {Count} stored visit ledger rows have an unreadable visit id or date and were left out of the history", clinicId, unreadableVisits);

        return new BatchHistory
        {
            Ledger = new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>(ledger),
            Fingerprints = new Dictionary<string, IReadOnlyList<NoteFingerprint>>(fingerprints, StringComparer.Ordinal),
            Episodes = new Dictionary<string, PatientEpisode>(episodes, StringComparer.Ordinal),
            Visits = new Dictionary<string, IReadOnlyList<EpisodeVisit>>(episodeVisits, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The row as a ledger entry, or null when its amount or date does not read or the amount is
    /// outside 0..<see cref="Money.MaxAmount"/>. The engine's sums are safe from overflow only for
    /// amounts an audit could have written (<see cref="Money"/>); a row edited by hand or by another
    /// tool must not fail every later audit of the patient, nor overflow its year-to-date sum.
    /// </summary>
    private static LedgerEntry? ReadLedgerEntry(TableEntity e)
    {
        if (e.GetString("VisitId") is not { } visitId
            || !DateOnly.TryParseExact(e.GetString("DateOfService"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !decimal.TryParse(e.GetString("Amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || amount is < 0 or > Money.MaxAmount)
            return null;
        return new LedgerEntry(visitId, date, amount);
    }

    private static bool WrittenBy(TableEntity e, string? batchId) =>
        batchId is not null && string.Equals(e.GetString(BatchIdProperty), batchId, StringComparison.Ordinal);

    /// <summary>
    /// The row's signature when it was written under the scheme this engine computes; null otherwise,
    /// and then the row is not compared at all: signatures of two schemes look alike by chance only.
    /// That covers a tag of another scheme (a newer or older hashing), a tagged text that does not
    /// decode, and the untagged rows written before signatures were tagged (raw bytes in
    /// <c>Signature</c>). Those are ignored rather than migrated: they say nothing of how they were
    /// computed, and the note tokenizer changed after the first of them were written (checkbox marks
    /// became tokens), so reading them as <c>mh64v1</c> would be the silent comparison the tag exists
    /// to prevent. The cost: a note copied from one audited before the upgrade is not found until the
    /// earlier batch is uploaded or posted again, which rewrites its rows tagged.
    /// </summary>
    private static uint[]? CurrentSchemeSignature(TableEntity e)
    {
        if (!e.TryGetValue(SignatureProperty, out var stored) || stored is not string text) return null;
        try
        {
            return NoteFingerprint.DecodeSignature(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the audit's ledger entries, fingerprints and visit ledger rows, upserting by visit id in
    /// transactions of at most 100 per partition, each row marked with the batch id and version that
    /// wrote it; and merges the plans and authorisations the batch stated into <c>Episodes</c>.
    /// </summary>
    public async Task SaveAsync(string clinicId, AuditOutcome outcome, string? batchId = null, string? version = null, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        var ledgerEntities = outcome.LedgerWrites.Select(w => new TableEntity(LedgerPartition(clinicId, w.Key), TableKeys.Hash(w.Entry.VisitId))
        {
            ["VisitId"] = w.Entry.VisitId,
            ["DateOfService"] = w.Entry.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // Table storage has no decimal; text keeps the cents exact.
            ["Amount"] = w.Entry.Amount.ToString(CultureInfo.InvariantCulture),
            [BatchIdProperty] = batchId,
            [BatchVersionProperty] = version,
        });
        var fingerprintEntities = outcome.Fingerprints.Select(f => new TableEntity(FingerprintPartition(clinicId, f.PatientId), TableKeys.Hash(f.Fingerprint.VisitId))
        {
            ["VisitId"] = f.Fingerprint.VisitId,
            ["DateOfService"] = f.Fingerprint.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [SignatureProperty] = f.Fingerprint.EncodedSignature,
            [BatchIdProperty] = batchId,
            [BatchVersionProperty] = version,
        });
        // A large batch's writes are read from disk as they go (AuditOutcome): grouped into
        // transactions a slice at a time, never all at once. Slices are written in order, so a row
        // given twice still ends as its last value.
        foreach (var slice in ledgerEntities.Chunk(SaveSlice)) await UpsertAsync(Ledger, slice, cancellationToken);
        foreach (var slice in fingerprintEntities.Chunk(SaveSlice)) await UpsertAsync(Fingerprints, slice, cancellationToken);
        var visitEntities = outcome.VisitWrites.Select(w => EpisodeStore.VisitEntity(EpisodeStore.Partition(clinicId, w.PatientId), w.Visit, batchId, version));
        // A visit without minutes (a claim file) is merged: the minutes an EMR export stored for it stay (section 12).
        foreach (var slice in visitEntities.Chunk(SaveSlice)) await UpsertAsync(VisitLedger, slice, cancellationToken, EpisodeStore.IsMerge);
        // Plans and authorisations are facts about the patient: merged into what is stored, never
        // marked with the batch, so a replaced batch does not delete them.
        await _episodes.MergeAsync(clinicId, outcome.EpisodeWrites, cancellationToken);
    }

    /// <summary>Entities grouped into transactions at once when saving.</summary>
    private const int SaveSlice = 20_000;

    /// <summary>
    /// Deletes the clinic's ledger, fingerprint and visit ledger rows that <paramref name="batchId"/> wrote in an
    /// earlier version and <paramref name="version"/> did not write again. A row another batch has
    /// overwritten since (its ETag changed) is left alone. Returns how many rows were deleted.
    /// </summary>
    public async Task<int> DeleteStaleAsync(string clinicId, string batchId, string version, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        // Partitions of a clinic start with "{clinicId}|"; '}' is the character after '|'.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {clinicId + "|"} and PartitionKey lt {clinicId + "}"} and BatchId eq {batchId} and BatchVersion ne {version}");
        var deleted = 0;
        foreach (var table in new[] { Ledger, Fingerprints, VisitLedger })
        {
            var stale = new List<TableEntity>();
            await foreach (var e in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken)) stale.Add(e);
            await Parallel.ForEachAsync(stale, Options(cancellationToken), async (e, ct) =>
            {
                try
                {
                    await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, e.ETag, ct);
                    Interlocked.Increment(ref deleted);
                }
                catch (Azure.RequestFailedException ex) when (ex.Status is 404 or 412)
                {
                    // Gone already, or rewritten by another batch since the query: not ours to delete.
                }
            });
        }
        return deleted;
    }

    private static async Task UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken,
        Func<TableEntity, bool>? merge = null)
    {
        // A transaction holds one partition and at most 100 entities; the same row twice in one is an error, last write wins.
        var chunks = entities
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(r => r.Last()).Chunk(MaxTransaction))
            .ToList();
        await Parallel.ForEachAsync(chunks, Options(cancellationToken), async (chunk, ct) =>
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(merge?.Invoke(e) == true ? TableTransactionActionType.UpsertMerge : TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static ParallelOptions Options(CancellationToken ct) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
}
