using ClaimAudit.Core;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Application.Tests;

/// <summary>A storage fault as the adapter would classify it; <see cref="FakeFaultClassifier"/> knows it.</summary>
public sealed class FakeStorageException(bool transient, string description) : Exception(description)
{
    public bool Transient { get; } = transient;

    public static FakeStorageException Busy() => new(true, "HTTP 503 ServerBusy");
    public static FakeStorageException Forbidden() => new(false, "HTTP 403 AuthorizationFailure");
}

public sealed class FakeFaultClassifier : IStorageFaultClassifier
{
    public StorageFault? Classify(Exception exception, CancellationToken cancellationToken = default) =>
        exception is FakeStorageException f ? new StorageFault(f.Transient, f.Message) : null;
}

/// <summary>A stored row that no longer parses, as the profile and map adapters report one.</summary>
public sealed class CorruptRowException(string message) : StoredDataCorruptException(message);

/// <summary>Batch records kept as copies, as a table would: what the audit mutates is not what is stored until it saves.</summary>
public sealed class InMemoryBatchStore : IBatchStore
{
    private readonly Dictionary<(string, string), BatchRecord> _rows = [];
    private int _version;

    /// <summary>Every save, in order, as saved.</summary>
    public List<BatchRecord> Saves { get; } = [];
    /// <summary>Set to make every save fail with it.</summary>
    public Exception? FailSaves { get; set; }

    public Task<BatchRecord?> GetAsync(string clinicId, string batchId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.TryGetValue((clinicId, batchId), out var row) ? Copy(row) : null);

    public Task SaveAsync(BatchRecord record, CancellationToken cancellationToken = default)
    {
        if (FailSaves is not null) throw FailSaves;
        var row = Copy(record);
        row.ETag = $"v{++_version}";
        _rows[(record.ClinicId, record.BatchId)] = row;
        Saves.Add(Copy(row));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<BatchRecord>> ListAsync(string clinicId, DateTimeOffset receivedFrom, DateTimeOffset receivedBefore, int max,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BatchRecord>>(_rows.Values
            .Where(r => r.ClinicId == clinicId && r.ReceivedAt >= receivedFrom && r.ReceivedAt < receivedBefore)
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.BatchId, StringComparer.Ordinal).Take(max).Select(Copy).ToList());

    public BatchRecord? Row(string clinicId, string batchId) => _rows.GetValueOrDefault((clinicId, batchId)) is { } row ? Copy(row) : null;

    private static BatchRecord Copy(BatchRecord r) => new()
    {
        ClinicId = r.ClinicId, BatchId = r.BatchId, Status = r.Status, Source = r.Source, SourceName = r.SourceName, SourceETag = r.SourceETag,
        SourceBytes = r.SourceBytes, ReceivedAt = r.ReceivedAt, CompletedAt = r.CompletedAt, DurationMs = r.DurationMs, Visits = r.Visits, Lines = r.Lines,
        RejectedRows = r.RejectedRows, CleanVisits = r.CleanVisits, Errors = r.Errors, Warnings = r.Warnings, Infos = r.Infos, AtRisk = r.AtRisk, Error = r.Error,
        Retryable = r.Retryable, Reports = r.Reports, ReportSchema = r.ReportSchema, ETag = r.ETag,
    };
}

/// <summary>Ledger and fingerprint rows keyed as the table adapter keys them (clinic, patient or ledger key, visit), each marked with its batch and version.</summary>
public sealed class InMemoryHistoryStore : IHistoryStore
{
    public Dictionary<(string Clinic, LedgerKey Key, string VisitId), (LedgerEntry Entry, string? BatchId, string? Version)> Ledger { get; } = [];
    public Dictionary<(string Clinic, string PatientId, string VisitId), (NoteFingerprint Fingerprint, string? BatchId, string? Version)> Fingerprints { get; } = [];
    /// <summary>The visit ledger, as table <c>VisitLedger</c> keeps it: by patient and visit id, marked with the batch.</summary>
    public Dictionary<(string Clinic, string PatientId, string VisitId), (EpisodeVisit Visit, string? BatchId, string? Version)> Visits { get; } = [];
    /// <summary>Stored plans and authorisations (table <c>Episodes</c>): merged, never marked with a batch.</summary>
    public Dictionary<(string Clinic, string PatientId), PatientEpisode> Episodes { get; } = [];

    public Task<BatchHistory> LoadAsync(string clinicId, IReadOnlyList<Visit> visits, string? batchId = null, CancellationToken cancellationToken = default)
    {
        var keys = visits.SelectMany(v => v.Lines.Select(l => new LedgerKey(v.PatientId, v.DateOfService.Year, l.Role.KxGroup()))).ToHashSet();
        var patients = visits.Select(v => v.PatientId).ToHashSet(StringComparer.Ordinal);
        bool Other(string? writer) => batchId is null || writer != batchId;
        return Task.FromResult(new BatchHistory
        {
            Ledger = Ledger.Where(r => r.Key.Clinic == clinicId && keys.Contains(r.Key.Key) && Other(r.Value.BatchId))
                .GroupBy(r => r.Key.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<LedgerEntry>)[.. g.Select(r => r.Value.Entry)]),
            Fingerprints = Fingerprints.Where(r => r.Key.Clinic == clinicId && patients.Contains(r.Key.PatientId) && Other(r.Value.BatchId))
                .GroupBy(r => r.Key.PatientId).ToDictionary(g => g.Key, g => (IReadOnlyList<NoteFingerprint>)[.. g.Select(r => r.Value.Fingerprint)], StringComparer.Ordinal),
            Visits = Visits.Where(r => r.Key.Clinic == clinicId && patients.Contains(r.Key.PatientId) && Other(r.Value.BatchId))
                .GroupBy(r => r.Key.PatientId).ToDictionary(g => g.Key, g => (IReadOnlyList<EpisodeVisit>)[.. g.Select(r => r.Value.Visit)], StringComparer.Ordinal),
            Episodes = Episodes.Where(r => r.Key.Clinic == clinicId && patients.Contains(r.Key.PatientId))
                .ToDictionary(r => r.Key.PatientId, r => r.Value, StringComparer.Ordinal),
        });
    }

    public Task SaveAsync(string clinicId, AuditOutcome outcome, string? batchId = null, string? version = null, CancellationToken cancellationToken = default)
    {
        foreach (var (key, entry) in outcome.LedgerWrites) Ledger[(clinicId, key, entry.VisitId)] = (entry, batchId, version);
        foreach (var (patient, fingerprint) in outcome.Fingerprints) Fingerprints[(clinicId, patient, fingerprint.VisitId)] = (fingerprint, batchId, version);
        foreach (var (patient, visit) in outcome.VisitWrites) Visits[(clinicId, patient, visit.VisitId)] = (visit, batchId, version);
        foreach (var (patient, stated) in outcome.EpisodeWrites)
        {
            var stored = Episodes.GetValueOrDefault((clinicId, patient)) ?? PatientEpisode.Empty;
            // As the table's merge does: a stated field replaces the stored one, a blank keeps it.
            var plans = stored.Plans.ToDictionary(p => p.Start);
            foreach (var p in stated.Plans)
                plans[p.Start] = plans.TryGetValue(p.Start, out var old)
                    ? new PlanOfCare(p.Start, p.End ?? old.End, p.CertifiedDate ?? old.CertifiedDate, p.StartOfCare ?? old.StartOfCare) : p;
            var auths = stored.Authorizations.ToDictionary(a => a.Number, StringComparer.Ordinal);
            foreach (var a in stated.Authorizations)
                auths[a.Number] = auths.TryGetValue(a.Number, out var old)
                    ? new Authorization(a.Number, a.Start ?? old.Start, a.End ?? old.End, a.Visits ?? old.Visits, a.PayerId ?? old.PayerId) : a;
            Episodes[(clinicId, patient)] = new PatientEpisode
            {
                Plans = [.. plans.Values.OrderBy(p => p.Start)],
                Authorizations = [.. auths.Values.OrderBy(a => a.Number, StringComparer.Ordinal)],
            };
        }
        return Task.CompletedTask;
    }

    public Task<int> DeleteStaleAsync(string clinicId, string batchId, string version, CancellationToken cancellationToken = default)
    {
        var ledger = Ledger.Where(r => r.Key.Clinic == clinicId && r.Value.BatchId == batchId && r.Value.Version != version).Select(r => r.Key).ToList();
        var prints = Fingerprints.Where(r => r.Key.Clinic == clinicId && r.Value.BatchId == batchId && r.Value.Version != version).Select(r => r.Key).ToList();
        foreach (var key in ledger) Ledger.Remove(key);
        foreach (var key in prints) Fingerprints.Remove(key);
        var visits = Visits.Where(r => r.Key.Clinic == clinicId && r.Value.BatchId == batchId && r.Value.Version != version).Select(r => r.Key).ToList();
        foreach (var key in visits) Visits.Remove(key);
        return Task.FromResult(ledger.Count + prints.Count + visits.Count);
    }
}

/// <summary>Report sets by path, laid out as the blob adapter lays them out (<c>{folder}/v-{version}/report.{ext}</c>).</summary>
public sealed class InMemoryReportStore : IReportStore
{
    public Dictionary<string, AuditReport> Blobs { get; } = new(StringComparer.Ordinal);
    /// <summary>The schema each JSON report was written in, by path.</summary>
    public Dictionary<string, int> JsonSchemas { get; } = new(StringComparer.Ordinal);
    /// <summary>Set to make the next writes fail with it.</summary>
    public Exception? FailWrites { get; set; }

    public Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default)
    {
        if (FailWrites is not null) throw FailWrites;
        var set = ReportPaths.From(f => $"{folder}/v-{version}/report.{f.Extension}");
        foreach (var format in ReportFormat.All)
        {
            Blobs[set.PathOf(format)] = report;
            Blobs[$"{folder}/report.{format.Extension}"] = report;
        }
        JsonSchemas[set.Json] = schema;
        return Task.FromResult(set);
    }

    /// <summary>Writes that handed the visits to a tap (an audit keeping its claims).</summary>
    public int TappedWrites { get; private set; }

    /// <summary>As the blob adapter does: the one enumeration of the visits feeds the tap, then the summary finishes it.</summary>
    public async Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, ReportSink tap, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default)
    {
        if (FailWrites is not null) throw FailWrites;
        TappedWrites++;
        await ReportWriter.WriteAsync(report, [tap], cancellationToken);
        return await WriteAsync(folder, version, report, schema, cancellationToken);
    }

    public Task DeleteAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths) Blobs.Remove(path);
        return Task.CompletedTask;
    }
}

/// <summary>The shipped profiles plus each clinic's own.</summary>
public sealed class InMemoryPayerProfileStore : IPayerProfileStore
{
    public Dictionary<string, List<PayerProfile>> ByClinic { get; } = [];
    /// <summary>Set to make reading the profiles fail with it (a corrupt stored profile, storage down).</summary>
    public Exception? Fail { get; set; }

    public Task<PayerProfileSet> GetEffectiveSetAsync(string clinicId, CancellationToken cancellationToken = default) =>
        Fail is not null ? Task.FromException<PayerProfileSet>(Fail)
            : Task.FromResult(PayerProfileSet.Shipped.With(ByClinic.GetValueOrDefault(clinicId) ?? []));
}

public sealed class InMemoryClinicMapStore : IClinicMapStore
{
    public Dictionary<string, ColumnMap> Columns { get; } = [];
    public Dictionary<string, PayerMap> Payers { get; } = [];

    public Task<StoredMap<ColumnMap>?> GetColumnMapAsync(string clinicId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Columns.TryGetValue(clinicId, out var map) ? new StoredMap<ColumnMap>(map, "\"1\"") : null);

    public Task<StoredMap<PayerMap>?> GetPayerMapAsync(string clinicId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Payers.TryGetValue(clinicId, out var map) ? new StoredMap<PayerMap>(map, "\"1\"") : null);
}
