using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Storage;

/// <summary>What an audit left: the Batches row, and for a batch that could not be audited, why.</summary>
public sealed record AuditResult(BatchRecord Record, string? FileError, IReadOnlyList<RejectedRow> RejectedRows, bool AlreadyAudited = false);

/// <summary>
/// The one orchestration of an audit over storage, shared by the blob trigger and <c>POST
/// /api/audits</c>: profiles (read once) → ingest → ledger and fingerprints of the batch's patients →
/// evaluate → report blobs (complete or not at all) → ledger and fingerprints → Batches row.
/// A file that cannot be read becomes a <c>failed</c> batch with a report saying why. Transient
/// storage faults are recorded and rethrown so the trigger retries; nothing else escapes. Logs carry
/// clinic id, batch id and counts only — never patient data or file names.
/// </summary>
public sealed class BatchAuditService(
    PayerProfileStore profiles,
    BatchStore batches,
    HistoryStore history,
    ReportStore reports,
    IngestLimits? limits = null,
    TimeProvider? time = null,
    ILogger<BatchAuditService>? logger = null)
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<BatchAuditService>.Instance;

    public IngestLimits Limits => _limits;

    /// <summary>Convenience for tests and tools: every store over one storage account.</summary>
    public static BatchAuditService Create(AuditStorage storage, IngestLimits? limits = null, TimeProvider? time = null, ILogger<BatchAuditService>? logger = null) =>
        new(new PayerProfileStore(storage), new BatchStore(storage), new HistoryStore(storage), new ReportStore(storage), limits, time, logger);

    /// <summary>The batch id of an uploaded blob: the same clinic and blob name always give the same id, so a redelivery lands on the same row.</summary>
    public static string BatchIdForBlob(string clinicId, string blobName) =>
        "blob-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clinicId + "/" + blobName)))[..24];

    /// <summary>
    /// Audits <c>visit-batches/{clinicId}/{name}</c>. A redelivery of a blob already audited with the
    /// same ETag returns the stored result untouched; a replaced blob (new ETag) is audited again.
    /// </summary>
    public async Task<AuditResult?> AuditBlobAsync(BlobClient blob, string clinicId, string name, CancellationToken cancellationToken = default)
    {
        if (!TableKeys.IsValidClinicId(clinicId))
        {
            _log.LogWarning("Ignored an upload under a folder that is not a valid clinic id (letters, digits and '-')");
            return null;
        }
        var batchId = BatchIdForBlob(clinicId, name);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: the blob was deleted before it could be audited", batchId, clinicId);
            return null;
        }
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
        return await RunAsync(record, $"{clinicId}/{name}", _ => batchId, async ct =>
        {
            if (properties.ContentLength > _limits.MaxBytes) return null;
            // Pinned to the ETag just read: a blob replaced mid-read fails instead of mixing versions.
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false)
            {
                Conditions = new BlobRequestConditions { IfMatch = properties.ETag },
            }, ct);
        }, format, properties.ContentLength, cancellationToken);
    }

    /// <summary>Audits a posted batch (already buffered, seekable or not). The batch id is the input's <c>batchId</c> when it is usable as a key, else a new one.</summary>
    public Task<AuditResult> AuditPostedAsync(string clinicId, Stream body, InputFormat format, CancellationToken cancellationToken = default)
    {
        if (!TableKeys.IsValidClinicId(clinicId)) throw new ArgumentException("invalid clinic id", nameof(clinicId));
        var fallbackId = $"api-{_time.GetUtcNow():yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
        var record = new BatchRecord { PartitionKey = clinicId, RowKey = fallbackId, Source = "api", SourceBytes = body.CanSeek ? body.Length : null };
        return RunAsync(record, null, ingested => TableKeys.IsValidBatchId(ingested?.BatchId) ? ingested!.BatchId! : fallbackId,
            _ => Task.FromResult<Stream?>(body), format, body.CanSeek ? body.Length : 0, cancellationToken)!;
    }

    private async Task<AuditResult> RunAsync(BatchRecord record, string? folder, Func<IngestResult?, string> batchIdOf,
        Func<CancellationToken, Task<Stream?>> open, InputFormat format, long length, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        record.ReceivedAt = _time.GetUtcNow();
        record.Status = BatchStatus.Received;
        IngestResult? batch = null;
        try
        {
            if (folder is not null) await batches.SaveAsync(record, cancellationToken);
            var profileSet = await profiles.GetEffectiveSetAsync(record.ClinicId, cancellationToken);
            var engine = new AuditEngine(profileSet, _limits);

            await using (var input = await open(cancellationToken))
            {
                batch = input is null
                    ? IngestResult.Failed($"the file is {length:N0} bytes, over the {_limits.MaxBytes:N0}-byte limit")
                    : ReadSafely(engine, input, format);
            }
            record.RowKey = batchIdOf(batch);
            folder ??= $"{record.ClinicId}/_api/{record.RowKey}";

            var past = batch.FileError is null ? await history.LoadAsync(record.ClinicId, batch.Visits, cancellationToken) : BatchHistory.Empty;
            var outcome = engine.Evaluate(batch, past, record.RowKey, record.ClinicId, _time.GetUtcNow());
            var paths = await reports.WriteAsync(folder, outcome.Report, cancellationToken);
            if (batch.FileError is null) await history.SaveAsync(record.ClinicId, outcome, cancellationToken);

            Complete(record, outcome.Report, paths, clock);
            await batches.SaveAsync(record, cancellationToken);
            _log.LogInformation(
                "Batch {BatchId} of clinic {ClinicId} {Status}: {Visits} visits, {Lines} lines, {Rejected} rejected rows, {Errors} errors, {Warnings} warnings in {DurationMs} ms",
                record.BatchId, record.ClinicId, record.Status, record.Visits, record.Lines, record.RejectedRows, record.Errors, record.Warnings, record.DurationMs);
            return new AuditResult(record, batch.FileError, batch.RejectedRows);
        }
        catch (RequestFailedException e) when (IsTransient(e))
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: transient storage fault {Status} ({ErrorCode}); no report was committed, the audit will be retried",
                record.BatchId, record.ClinicId, e.Status, e.ErrorCode);
            await RecordFailureAsync(record, $"transient storage fault (HTTP {e.Status} {e.ErrorCode}); the audit is retried", retryable: true, clock);
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
            var reason = e is RequestFailedException rf
                ? $"storage refused the request (HTTP {rf.Status} {rf.ErrorCode}); check the app's access to the storage account"
                : $"the audit failed unexpectedly ({e.GetType().Name})";
            await RecordFailureAsync(record, reason, retryable: false, clock, folder);
            return new AuditResult(record, reason, batch?.RejectedRows ?? []);
        }
    }

    // The reader reports unreadable files as a FileError; this guards against a reader fault
    // turning into a retry loop. Storage faults while streaming the blob still propagate.
    private IngestResult ReadSafely(AuditEngine engine, Stream input, InputFormat format)
    {
        try
        {
            return engine.Ingest(input, format);
        }
        catch (Exception e) when (e is not RequestFailedException and not OperationCanceledException)
        {
            _log.LogWarning("The batch file could not be read: {ExceptionType}", e.GetType().Name);
            return IngestResult.Failed($"the file could not be read: {e.Message}");
        }
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
        record.ReportJsonPath = paths.GetValueOrDefault("json");
        record.ReportCsvPath = paths.GetValueOrDefault("csv");
        record.ReportHtmlPath = paths.GetValueOrDefault("html");
        record.CompletedAt = _time.GetUtcNow();
        record.DurationMs = clock.ElapsedMilliseconds;
    }

    private async Task RecordFailureAsync(BatchRecord record, string reason, bool retryable, Stopwatch clock, string? folder = null)
    {
        record.Status = BatchStatus.Failed;
        record.Error = reason;
        record.Retryable = retryable;
        record.CompletedAt = _time.GetUtcNow();
        record.DurationMs = clock.ElapsedMilliseconds;
        try
        {
            if (folder is not null && !retryable)
            {
                // A report that says why, so the clinic is not left guessing.
                var report = new AuditReport
                {
                    BatchId = record.BatchId, ClinicId = record.ClinicId, GeneratedAt = _time.GetUtcNow(), FileError = reason,
                    Summary = new ReportSummary(), Visits = [], RejectedRows = [],
                };
                var paths = await reports.WriteAsync(folder, report);
                record.ReportJsonPath = paths.GetValueOrDefault("json");
                record.ReportCsvPath = paths.GetValueOrDefault("csv");
                record.ReportHtmlPath = paths.GetValueOrDefault("html");
            }
            await batches.SaveAsync(record);
        }
        catch (Exception e)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: could not record the failure ({ExceptionType})", record.BatchId, record.ClinicId, e.GetType().Name);
        }
    }

    /// <summary>Faults worth retrying once the SDK's own retries are spent: no response, timeout, throttling, server errors.</summary>
    public static bool IsTransient(RequestFailedException e) => e.Status is 0 or 408 or 429 or >= 500;
}
