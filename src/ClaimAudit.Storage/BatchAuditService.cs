using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using System.Net.Sockets;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Storage;

/// <summary>
/// What an audit left: the Batches row; for a file that could not be read, why (<see cref="FileError"/>,
/// the caller's problem); for an audit that failed on our side, why (<see cref="InternalError"/>); for
/// a clinic whose own set-up stops the audit (a payer map naming a profile it no longer has), why
/// (<see cref="SetupError"/>, the clinic's problem but not the file's). The report's <c>fileError</c>
/// carries the set-up error too.
/// </summary>
public sealed record AuditResult(BatchRecord Record, string? FileError, IReadOnlyList<RejectedRow> RejectedRows, bool AlreadyAudited = false, string? InternalError = null,
    string? SetupError = null);

/// <summary>
/// The one orchestration of an audit over storage, shared by the blob trigger and <c>POST
/// /api/audits</c>: profiles and the clinic's column and payer maps (read once) → ingest → ledger
/// and fingerprints of the batch's patients → evaluate → report blobs (a complete set per version,
/// see <see cref="ReportStore"/>) → ledger and fingerprints (and removal of what an earlier version
/// of the batch wrote and this one does not) → Batches row. A file that cannot be read becomes a <c>failed</c> batch with a report saying why.
/// Transient storage faults — an HTTP 408/429/5xx, or no response at all (network error, SDK
/// timeout) — are recorded and rethrown so the trigger retries; any other fault is recorded as a
/// <c>failed</c> batch, and rethrown as well when even that record could not be written. Logs carry
/// clinic id, batch id and counts only — never patient data or file names.
/// </summary>
public sealed class BatchAuditService(
    PayerProfileStore profiles,
    BatchStore batches,
    HistoryStore history,
    ReportStore reports,
    ClinicMapStore maps,
    IngestLimits? limits = null,
    TimeProvider? time = null,
    ILogger<BatchAuditService>? logger = null)
{
    /// <summary>Batches partition of uploads that are not in a valid clinic's folder (not a clinic id: it starts with '_').</summary>
    public const string UnroutedPartition = "_unrouted";
    /// <summary>Report folder (inside <c>audit-reports</c>) of refused uploads: <c>_refused/{full blob name}/report.*</c>.</summary>
    public const string RefusedReportFolder = "_refused";
    /// <summary>Report folder of posted batches inside a clinic's folder: <c>{clinicId}/_api/{batchId}/</c>. Upload names may not start with it.</summary>
    public const string ApiReportFolder = "_api";

    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<BatchAuditService>.Instance;

    public IngestLimits Limits => _limits;

    /// <summary>Convenience for tests and tools: every store over one storage account.</summary>
    public static BatchAuditService Create(AuditStorage storage, IngestLimits? limits = null, TimeProvider? time = null, ILogger<BatchAuditService>? logger = null) =>
        new(new PayerProfileStore(storage), new BatchStore(storage), new HistoryStore(storage), new ReportStore(storage), new ClinicMapStore(storage), limits, time, logger);

    /// <summary>Batch ids of uploads start with this; a posted batch may not use it.</summary>
    public const string UploadIdPrefix = "blob-";

    /// <summary>The batch id of an uploaded blob: the same clinic and blob name always give the same id, so a redelivery lands on the same row.</summary>
    public static string BatchIdForBlob(string clinicId, string blobName) =>
        UploadIdPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clinicId + "/" + blobName)))[..24];

    /// <summary>The version of an uploaded blob's report set: its ETag, hashed (the same blob version always gives the same folder).</summary>
    public static string VersionOf(string etag) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(etag)))[..16];

    /// <summary>
    /// Clinic and file name of a blob in <c>visit-batches</c>, split at the first '/': the blob
    /// <c>demo-clinic/2026/march.csv</c> is clinic <c>demo-clinic</c>, file <c>2026/march.csv</c>.
    /// (The trigger's <c>{clinicId}/{name}</c> binding splits greedily at the last '/', so its values are not used.)
    /// </summary>
    public static (string ClinicId, string Name) SplitBlobName(string blobName)
    {
        var slash = blobName.IndexOf('/');
        return slash < 0 ? ("", blobName) : (blobName[..slash], blobName[(slash + 1)..]);
    }

    /// <summary>
    /// Audits an uploaded <c>visit-batches/{clinicId}/{name}</c> blob. A redelivery of a blob already
    /// audited with the same ETag returns the stored result untouched; a replaced blob (new ETag) is
    /// audited again and replaces what the previous version wrote. A blob that is not in a valid
    /// clinic's folder, or whose name is reserved, is refused visibly: a <c>failed</c> Batches row and a
    /// report under <c>audit-reports/_refused/{blob name}/</c> saying why. Null only when the blob is gone.
    /// </summary>
    public async Task<AuditResult?> AuditBlobAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        var (clinicId, name) = SplitBlobName(blob.Name);
        if (!TableKeys.IsValidClinicId(clinicId) || name.Length == 0)
            return await RefuseAsync(blob, UnroutedPartition, UploadIdPrefix + TableKeys.Hash(blob.Name)[..24], blob.Name,
                "the file is not in a clinic's folder: upload it as visit-batches/{clinicId}/{fileName}, where the clinic id has letters, digits and '-' only", cancellationToken);
        if (name.StartsWith(ApiReportFolder + "/", StringComparison.Ordinal))
            return await RefuseAsync(blob, clinicId, BatchIdForBlob(clinicId, name), name,
                $"file names starting with '{ApiReportFolder}/' are reserved for the reports of POST /api/audits; upload the file under another name", cancellationToken);

        var batchId = BatchIdForBlob(clinicId, name);
        if (await PropertiesAsync(blob, clinicId, batchId, cancellationToken) is not { } properties) return null;
        var etag = properties.ETag.ToString();
        var existing = await batches.GetAsync(clinicId, batchId, cancellationToken);
        if (existing is { Status: BatchStatus.Audited or BatchStatus.Failed, Retryable: false } && existing.SourceETag == etag)
        {
            _log.LogInformation("Batch {BatchId} of clinic {ClinicId} was already audited from this blob version; nothing to do", batchId, clinicId);
            return new AuditResult(existing, existing.Status == BatchStatus.Failed ? existing.Error : null, [], AlreadyAudited: true);
        }

        var record = new BatchRecord
        {
            PartitionKey = clinicId, RowKey = batchId, Source = "blob", SourceName = name, SourceETag = etag, SourceBytes = properties.ContentLength,
        };
        var format = BatchReader.FormatFromFileName(name);
        return await RunAsync(record, existing, $"{clinicId}/{name}", VersionOf(etag), _ => batchId, async ct =>
        {
            if (properties.ContentLength > _limits.MaxBytes) return null;
            // Pinned to the ETag just read: a blob replaced mid-read fails instead of mixing versions.
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false)
            {
                Conditions = new BlobRequestConditions { IfMatch = properties.ETag },
            }, ct);
        }, format, null, properties.ContentLength, cancellationToken);
    }

    private async Task<BlobProperties?> PropertiesAsync(BlobClient blob, string partition, string batchId, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: the blob was deleted before it could be audited", batchId, partition);
            return null;
        }
    }

    // An upload that cannot be audited where it is: a failed row and a report in a folder no clinic or
    // batch can have, so the clinic (or an operator, for the _unrouted partition) sees why.
    private async Task<AuditResult?> RefuseAsync(BlobClient blob, string partition, string batchId, string name, string reason, CancellationToken cancellationToken)
    {
        if (await PropertiesAsync(blob, partition, batchId, cancellationToken) is not { } properties) return null;
        var etag = properties.ETag.ToString();
        var existing = await batches.GetAsync(partition, batchId, cancellationToken);
        if (existing is { Status: BatchStatus.Failed, Retryable: false } && existing.SourceETag == etag)
            return new AuditResult(existing, existing.Error, [], AlreadyAudited: true);
        _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: refused an upload that is not under a valid clinic folder or has a reserved name", batchId, partition);
        var record = new BatchRecord
        {
            PartitionKey = partition, RowKey = batchId, Source = "blob", SourceName = name, SourceETag = etag, SourceBytes = properties.ContentLength,
            ReceivedAt = _time.GetUtcNow(), Status = BatchStatus.Failed, Error = reason,
        };
        var report = new AuditReport
        {
            BatchId = batchId, ClinicId = partition, GeneratedAt = _time.GetUtcNow(), FileError = reason,
            Summary = new ReportSummary(), Visits = [], RejectedRows = [],
        };
        SetPaths(record, await reports.WriteAsync($"{RefusedReportFolder}/{blob.Name}", VersionOf(etag), report, cancellationToken));
        record.CompletedAt = _time.GetUtcNow();
        await batches.SaveAsync(record, cancellationToken);
        return new AuditResult(record, reason, []);
    }

    /// <summary>
    /// Audits a posted batch (already buffered, seekable or not). The batch id is the input's
    /// <c>batchId</c> when it is usable as a key, else a new one. <paramref name="sheet"/> names the
    /// sheet of an .xlsx body (null: the first).
    /// </summary>
    public Task<AuditResult> AuditPostedAsync(string clinicId, Stream body, InputFormat format, string? sheet = null, CancellationToken cancellationToken = default)
    {
        if (!TableKeys.IsValidClinicId(clinicId)) throw new ArgumentException("invalid clinic id", nameof(clinicId));
        var fallbackId = $"api-{_time.GetUtcNow():yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
        var record = new BatchRecord { PartitionKey = clinicId, RowKey = fallbackId, Source = "api", SourceBytes = body.CanSeek ? body.Length : null };
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        // "blob-…" ids belong to uploads (BatchIdForBlob): a posted batch may not take over one's row.
        return RunAsync(record, null, null, version, ingested =>
                TableKeys.IsValidBatchId(ingested?.BatchId) && !ingested!.BatchId!.StartsWith(UploadIdPrefix, StringComparison.OrdinalIgnoreCase)
                    ? ingested.BatchId! : fallbackId,
            _ => Task.FromResult<Stream?>(body), format, sheet, body.CanSeek ? body.Length : 0, cancellationToken)!;
    }

    private async Task<AuditResult> RunAsync(BatchRecord record, BatchRecord? existing, string? folder, string version, Func<IngestResult?, string> batchIdOf,
        Func<CancellationToken, Task<Stream?>> open, InputFormat format, string? sheet, long length, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        record.ReceivedAt = _time.GetUtcNow();
        record.Status = BatchStatus.Received;
        // Until this version's set is complete, the row keeps naming the previous complete set.
        if (existing is not null) SetPaths(record, existing);
        IngestResult? batch = null;
        try
        {
            if (folder is not null) await batches.SaveAsync(record, cancellationToken);
            var profileSet = await profiles.GetEffectiveSetAsync(record.ClinicId, cancellationToken);
            var engine = new AuditEngine(profileSet, _limits);
            var (options, setupError) = await IngestOptionsAsync(record, profileSet, sheet, cancellationToken);

            if (setupError is not null) batch = IngestResult.Failed(setupError);
            else
            {
                await using var input = await open(cancellationToken);
                batch = input is null
                    ? IngestResult.Failed($"the file is {length:N0} bytes, over the {_limits.MaxBytes:N0}-byte limit")
                    : ReadSafely(engine, input, format, options);
            }
            if (folder is null)
            {
                record.RowKey = batchIdOf(batch);
                folder = $"{record.ClinicId}/{ApiReportFolder}/{record.RowKey}";
                existing = await batches.GetAsync(record.ClinicId, record.RowKey, cancellationToken);
                if (existing is not null) SetPaths(record, existing);
            }

            var past = batch.FileError is null ? await history.LoadAsync(record.ClinicId, batch.Visits, record.RowKey, cancellationToken) : BatchHistory.Empty;
            var outcome = engine.Evaluate(batch, past, record.RowKey, record.ClinicId, _time.GetUtcNow());
            var paths = await reports.WriteAsync(folder, version, outcome.Report, cancellationToken);
            if (batch.FileError is null) await history.SaveAsync(record.ClinicId, outcome, record.RowKey, version, cancellationToken);
            // A new version of the batch replaces the old one's ledger and fingerprints, including rows
            // for visits it no longer has (or has moved to another patient or year).
            var stale = existing is null ? 0 : await history.DeleteStaleAsync(record.ClinicId, record.RowKey, version, cancellationToken);

            Complete(record, outcome.Report, paths, clock);
            await batches.SaveAsync(record, cancellationToken);
            await DeleteReplacedReportsAsync(existing, record, folder);
            _log.LogInformation(
                "Batch {BatchId} of clinic {ClinicId} {Status}: {Visits} visits, {Lines} lines, {Rejected} rejected rows, {Errors} errors, {Warnings} warnings, {Stale} stale history rows removed in {DurationMs} ms",
                record.BatchId, record.ClinicId, record.Status, record.Visits, record.Lines, record.RejectedRows, record.Errors, record.Warnings, stale, record.DurationMs);
            return new AuditResult(record, setupError is null ? batch.FileError : null, batch.RejectedRows, SetupError: setupError);
        }
        catch (Exception e) when (IsTransient(e, cancellationToken))
        {
            var fault = Describe(e);
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: transient storage fault {Fault}; the audit will be retried", record.BatchId, record.ClinicId, fault);
            await RecordFailureAsync(record, $"transient storage fault ({fault}); the audit is retried", retryable: true, clock);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Not a file problem (those are in the report) and not worth retrying: record it and stop.
            _log.LogError("Batch {BatchId} of clinic {ClinicId} failed: {ExceptionType}", record.BatchId, record.ClinicId, e.GetType().Name);
            var reason = e switch
            {
                RequestFailedException rf => $"storage refused the request (HTTP {rf.Status} {rf.ErrorCode}); check the app's access to the storage account",
                // Names the payer and what is wrong with its stored profile: no patient data.
                StoredProfileCorruptException corrupt => corrupt.Message,
                // Names the clinic's map and how to replace it.
                StoredMapCorruptException corrupt => corrupt.Message,
                _ => $"the audit failed unexpectedly ({e.GetType().Name})",
            };
            // When not even the failure could be recorded, the fault must not vanish: let it escape
            // (the trigger retries and finally moves the blob to the poison queue).
            if (!await RecordFailureAsync(record, reason, retryable: false, clock, folder, version)) throw;
            return new AuditResult(record, null, batch?.RejectedRows ?? [], InternalError: reason);
        }
    }

    // The reader reports unreadable files as a FileError; this guards against a reader fault
    // turning into a retry loop. Storage and network faults while streaming the blob still propagate.
    private IngestResult ReadSafely(AuditEngine engine, Stream input, InputFormat format, IngestOptions options)
    {
        try
        {
            return engine.Ingest(input, format, options);
        }
        catch (Exception e) when (e is not RequestFailedException and not OperationCanceledException && !IsTransient(e))
        {
            _log.LogWarning("The batch file could not be read: {ExceptionType}", e.GetType().Name);
            // The exception's message may quote the input (patient data); the report says only what failed.
            return IngestResult.Failed($"the file could not be read ({e.GetType().Name})");
        }
    }

    /// <summary>
    /// How this clinic's exports are read (PRODUCT.md section 13): its column map, and its payer map
    /// checked against the profiles in force for this audit. A payer map naming a profile the clinic no
    /// longer has (deleted since the map was stored) stops the audit with a reason that says how to
    /// fix it, rather than rejecting every row of that payer as unknown.
    /// </summary>
    private async Task<(IngestOptions Options, string? SetupError)> IngestOptionsAsync(BatchRecord record, PayerProfileSet profileSet, string? sheet, CancellationToken cancellationToken)
    {
        var columns = await maps.GetColumnMapAsync(record.ClinicId, cancellationToken);
        var payers = await maps.GetPayerMapAsync(record.ClinicId, cancellationToken);
        var payerMap = PayerMap.Empty;
        if (payers is not null)
        {
            try
            {
                payerMap = PayerMap.Create(payers.Map.Entries, profileSet.Contains);
            }
            catch (InvalidDataException e)
            {
                // The message names payer names and profile ids (the clinic's set-up, no patient data); the log does not.
                _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: the clinic's payer map names a payer profile it no longer has; the batch is not audited", record.BatchId, record.ClinicId);
                return (IngestOptions.Default,
                    $"{e.Message}. The payer map names a profile this clinic no longer has: correct the map (PUT /api/payer-map) or restore the profile (PUT /api/payers/{{payerId}}), then send the batch again");
            }
        }
        return (new IngestOptions { Columns = columns?.Map ?? ColumnMap.Empty, Payers = payerMap, Sheet = sheet }, null);
    }

    private void Complete(BatchRecord record, AuditReport report, IReadOnlyDictionary<string, string> paths, Stopwatch clock)
    {
        var s = report.Summary;
        record.Status = report.FileError is null ? BatchStatus.Audited : BatchStatus.Failed;
        record.Error = report.FileError;
        record.Retryable = false;
        record.Visits = s.Visits;
        record.Lines = s.Lines;
        record.RejectedRows = s.RejectedRows;
        record.CleanVisits = s.CleanVisits;
        record.Errors = s.Findings.Error;
        record.Warnings = s.Findings.Warning;
        record.Infos = s.Findings.Info;
        SetPaths(record, paths);
        record.CompletedAt = _time.GetUtcNow();
        record.DurationMs = clock.ElapsedMilliseconds;
    }

    private static void SetPaths(BatchRecord record, BatchRecord from)
    {
        record.ReportJsonPath = from.ReportJsonPath;
        record.ReportCsvPath = from.ReportCsvPath;
        record.ReportHtmlPath = from.ReportHtmlPath;
    }

    private static void SetPaths(BatchRecord record, IReadOnlyDictionary<string, string> paths)
    {
        record.ReportJsonPath = paths.GetValueOrDefault("json");
        record.ReportCsvPath = paths.GetValueOrDefault("csv");
        record.ReportHtmlPath = paths.GetValueOrDefault("html");
    }

    // The previous version's set, now that the row names the new one. Best effort: a leftover set is
    // only storage, never served (no row names it).
    private async Task DeleteReplacedReportsAsync(BatchRecord? existing, BatchRecord record, string folder)
    {
        if (existing is null) return;
        var current = new[] { record.ReportJsonPath, record.ReportCsvPath, record.ReportHtmlPath };
        var replaced = new[] { existing.ReportJsonPath, existing.ReportCsvPath, existing.ReportHtmlPath }
            .Where(p => p is not null && p.StartsWith(folder + "/v-", StringComparison.Ordinal) && !current.Contains(p))
            .Select(p => p!).ToList();
        if (replaced.Count == 0) return;
        try
        {
            await reports.DeleteAsync(replaced);
        }
        catch (Exception e)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: the replaced report set could not be deleted ({ExceptionType})", record.BatchId, record.ClinicId, e.GetType().Name);
        }
    }

    /// <summary>
    /// Records the failure on the Batches row first (so it never stays <c>received</c> just because a
    /// report could not be written), then, for a permanent failure of an upload, a report saying why.
    /// Never throws: the caller decides what escapes. Returns whether the row was saved.
    /// </summary>
    private async Task<bool> RecordFailureAsync(BatchRecord record, string reason, bool retryable, Stopwatch clock, string? folder = null, string? version = null)
    {
        record.Status = BatchStatus.Failed;
        record.Error = reason;
        record.Retryable = retryable;
        record.CompletedAt = _time.GetUtcNow();
        record.DurationMs = clock.ElapsedMilliseconds;
        var saved = false;
        try
        {
            await batches.SaveAsync(record);
            saved = true;
        }
        catch (Exception e)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: could not record the failure ({ExceptionType})", record.BatchId, record.ClinicId, e.GetType().Name);
        }
        if (folder is null || version is null || retryable) return saved;
        try
        {
            // A report that says why, so the clinic is not left guessing.
            var report = new AuditReport
            {
                BatchId = record.BatchId, ClinicId = record.ClinicId, GeneratedAt = _time.GetUtcNow(), FileError = reason,
                Summary = new ReportSummary(), Visits = [], RejectedRows = [],
            };
            SetPaths(record, await reports.WriteAsync(folder, version, report));
            await batches.SaveAsync(record);
            saved = true;
        }
        catch (Exception e)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: could not write the failure report ({ExceptionType})", record.BatchId, record.ClinicId, e.GetType().Name);
        }
        return saved;
    }

    private static string Describe(Exception e) => e switch
    {
        RequestFailedException { Status: > 0 } rf => $"HTTP {rf.Status} {rf.ErrorCode}",
        AggregateException a when a.InnerExceptions.Count > 0 => Describe(a.InnerExceptions[^1]),
        OperationCanceledException => "no response before the timeout",
        _ => $"no response: {e.GetType().Name}",
    };

    /// <summary>
    /// Faults worth retrying once the SDK's own retries are spent: throttling, timeouts and server
    /// errors (HTTP 408, 429, 5xx), and faults without any HTTP response — the SDK then throws an
    /// <see cref="AggregateException"/> of the failed tries, a <see cref="TaskCanceledException"/> for
    /// its network timeout (our own <paramref name="cancellationToken"/> not cancelled), or an
    /// I/O or socket error while streaming.
    /// </summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken = default) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(i => IsTransient(i, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TimeoutException or IOException or HttpRequestException or SocketException => true,
        _ => false,
    };
}
