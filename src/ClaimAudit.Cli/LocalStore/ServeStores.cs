using System.Text.Json;
using ClaimAudit.Application;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli.LocalStore;

// The stores `claimaudit serve` audits over (PRODUCT.md section 14), all in its store folder, no cloud:
// DIR/batches/{safe batch id}.json (batch records), DIR/reports/{safe batch id}/v-{version}/report.{ext}
// (report sets) and DIR/claims (LocalStoreFolder.Claims, so `claimaudit analytics --store DIR` sees them).

/// <summary>Batch records, one JSON file a batch: <c>DIR/batches/{safe batch id}.json</c>, replaced whole (temporary file, then moved over).</summary>
internal sealed class LocalBatchFiles(string storeDirectory) : IBatchStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory { get; } = Path.Combine(storeDirectory, "batches");

    /// <summary>Told the file name of each record the list leaves out because it cannot be read.</summary>
    public Action<string>? Unreadable { get; init; }

    // The files already named in the log: the page polls the list, one damaged file is said once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    private string PathOf(string batchId) => Path.Combine(Directory, LocalStoreFolder.SafeBatchId(batchId) + ".json");

    public async Task<BatchRecord?> GetAsync(string clinicId, string batchId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(batchId);
        if (!File.Exists(path)) return null;
        var record = await ReadAsync(path, cancellationToken);
        return record.ClinicId == clinicId && record.BatchId == batchId ? record : null;
    }

    public async Task SaveAsync(BatchRecord record, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(record.BatchId);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
                await JsonSerializer.SerializeAsync(file, record, Json, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Reads every record (a local store holds one clinic's batches; a few thousand files read in well under a second).</summary>
    public async Task<IReadOnlyList<BatchRecord>> ListAsync(string clinicId, DateTimeOffset receivedFrom, DateTimeOffset receivedBefore, int max,
        CancellationToken cancellationToken = default)
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var found = new List<BatchRecord>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json"))
        {
            BatchRecord record;
            try
            {
                record = await ReadAsync(path, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue; // removed since the folder was listed
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // One damaged or unreadable record (a crash mid-write by another tool, a hand edit, another user's file) must
                // not hide every other batch: it is left out of the list and named in the log once (a batch id, no patient
                // data) — the page polls the list; GET of its id says why.
                if (_reported.TryAdd(Path.GetFileName(path), 0)) Unreadable?.Invoke(Path.GetFileName(path));
                continue;
            }
            if (record.ClinicId == clinicId && record.ReceivedAt >= receivedFrom && record.ReceivedAt < receivedBefore) found.Add(record);
        }
        return [.. found.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.BatchId, StringComparer.Ordinal).Take(max)];
    }

    private static async Task<BatchRecord> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            return await JsonSerializer.DeserializeAsync<BatchRecord>(file, Json, cancellationToken)
                ?? throw new InvalidDataException($"{path} is not a batch record; remove the file");
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"{path} is not a batch record; remove the file (its reports stay in the reports folder)");
        }
    }
}

/// <summary>
/// Report sets as files: <c>DIR/reports/{folder}/v-{version}/report.{ext}</c>. Each format is written to a temporary name
/// and all three are moved into place only when every one is complete, so a record never names half a set.
/// </summary>
internal sealed class LocalReportFiles(string storeDirectory) : IReportStore
{
    public string Directory { get; } = Path.GetFullPath(Path.Combine(storeDirectory, "reports"));

    public Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(folder, version, report, null, schema, cancellationToken);

    public Task<ReportPaths> WriteAsync(string folder, string version, AuditReport report, ReportSink tap, int schema = ReportJson.CurrentSchema, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(folder, version, report, tap, schema, cancellationToken);

    private async Task<ReportPaths> WriteCoreAsync(string folder, string version, AuditReport report, ReportSink? tap, int schema, CancellationToken cancellationToken)
    {
        var set = ReportPaths.From(format => $"{folder}/v-{version}/report.{format.Extension}");
        var staged = new List<(string Temporary, string Path, FileStream File)>();
        var sinks = new List<ReportSink>();
        try
        {
            foreach (var format in ReportFormat.AllWithSchema(schema))
            {
                var path = FullPath(set.PathOf(format));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
                var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                staged.Add((temporary, path, file));
                sinks.Add(format.Start(file, report));
            }
            // One pass over the lazily evaluated visits feeds all three formats (and the tap keeping the audited claims).
            await ReportWriter.WriteAsync(report, tap is null ? sinks : [.. sinks, tap], cancellationToken);
            foreach (var sink in sinks) await sink.DisposeAsync();
            sinks.Clear();
            foreach (var (_, _, file) in staged) await file.DisposeAsync();
            foreach (var (temporary, path, _) in staged) File.Move(temporary, path, overwrite: true);
            return set;
        }
        finally
        {
            foreach (var sink in sinks) await sink.DisposeAsync();
            foreach (var (temporary, _, file) in staged)
            {
                await file.DisposeAsync();
                if (File.Exists(temporary)) File.Delete(temporary);
            }
        }
    }

    public Task DeleteAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            var full = FullPath(path);
            if (File.Exists(full)) File.Delete(full);
            var folder = Path.GetDirectoryName(full)!;
            if (System.IO.Directory.Exists(folder) && !System.IO.Directory.EnumerateFileSystemEntries(folder).Any()) System.IO.Directory.Delete(folder);
        }
        return Task.CompletedTask;
    }

    /// <summary>A stored report for reading, or null when there is none.</summary>
    public Stream? Open(string path)
    {
        var full = FullPath(path);
        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous) : null;
    }

    // A path a record names, never outside the reports folder (records are files a user could edit).
    private string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Directory, path));
        if (!full.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidDataException($"report path '{path}' is outside the store's reports folder");
        return full;
    }
}

/// <summary>
/// No history: each batch is audited on its own, as <c>claimaudit audit</c> audits a file (the ledger, note fingerprints
/// and episodes of earlier batches are not kept under serve).
/// </summary>
internal sealed class NoHistory : IHistoryStore
{
    public Task<BatchHistory> LoadAsync(string clinicId, IReadOnlyList<Visit> visits, string? batchId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(BatchHistory.Empty);

    public Task SaveAsync(string clinicId, AuditOutcome outcome, string? batchId = null, string? version = null, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task<int> DeleteStaleAsync(string clinicId, string batchId, string version, CancellationToken cancellationToken = default) => Task.FromResult(0);
}

/// <summary>The built-in payer profiles, as <c>claimaudit audit</c> uses them.</summary>
internal sealed class ShippedProfiles : IPayerProfileStore
{
    public Task<PayerProfileSet> GetEffectiveSetAsync(string clinicId, CancellationToken cancellationToken = default) => Task.FromResult(PayerProfileSet.Shipped);
}

/// <summary>No column or payer map: exports are read by their own column names, as <c>claimaudit audit</c> without --columns reads them.</summary>
internal sealed class NoClinicMaps : IClinicMapStore
{
    public Task<StoredMap<ColumnMap>?> GetColumnMapAsync(string clinicId, CancellationToken cancellationToken = default) => Task.FromResult<StoredMap<ColumnMap>?>(null);

    public Task<StoredMap<PayerMap>?> GetPayerMapAsync(string clinicId, CancellationToken cancellationToken = default) => Task.FromResult<StoredMap<PayerMap>?>(null);
}

/// <summary>Local files have no transient faults worth a retry: every exception is the audit's own (recorded as a failed batch).</summary>
internal sealed class NoStorageFaults : IStorageFaultClassifier
{
    public StorageFault? Classify(Exception exception, CancellationToken cancellationToken = default) => null;
}
