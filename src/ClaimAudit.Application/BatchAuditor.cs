using System.Diagnostics;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Application;

/// <summary>
/// The one orchestration of an audit over the stores, shared by uploads and posted batches: profiles
/// and the clinic's column and payer maps (read once) → ingest → ledger and fingerprints of the
/// batch's patients → evaluate → report set (complete per version, see <see cref="IReportStore"/>) →
/// ledger and fingerprints (and removal of what an earlier version of the batch wrote and this one
/// does not) → audited claims (for the denial analytics, when a claim store is given) → batch record. A file that cannot be read becomes a <c>failed</c> batch with a report
/// saying why. Transient storage faults are recorded and rethrown so the caller retries; any other
/// fault is recorded as a <c>failed</c> batch, and rethrown as well when even that record could not
/// be written. Logs carry clinic id, batch id and counts only — never patient data or file names.
/// </summary>
public sealed class BatchAuditor(
    IPayerProfileStore profiles,
    IBatchStore batches,
    IHistoryStore history,
    IReportStore reports,
    IClinicMapStore maps,
    IStorageFaultClassifier faults,
    IngestLimits? limits = null,
    TimeProvider? time = null,
    ILogger<BatchAuditor>? logger = null,
    AuditBudget? budget = null,
    IAuditedClaimStore? auditedClaims = null)
{
    private readonly AuditBudget _budget = budget ?? AuditBudget.None;
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<BatchAuditor>.Instance;

    /// <summary>
    /// Audits an upload. A redelivery of a version (<see cref="UploadedBatch.SourceETag"/>) already
    /// audited or failed for good returns the stored result untouched; a new version is audited again
    /// and replaces what the previous version wrote.
    /// </summary>
    public async Task<AuditResult> AuditUploadAsync(UploadedBatch upload, CancellationToken cancellationToken = default)
    {
        var existing = await batches.GetAsync(upload.ClinicId, upload.BatchId, cancellationToken);
        if (existing is { Status: BatchStatus.Audited or BatchStatus.Failed, Retryable: false } && existing.SourceETag == upload.SourceETag)
        {
            _log.LogInformation("Batch {BatchId} of clinic {ClinicId} was already audited from this blob version; nothing to do", upload.BatchId, upload.ClinicId);
            return new AuditResult(existing, existing.Status == BatchStatus.Failed ? existing.Error : null, [], AlreadyAudited: true);
        }

        var record = new BatchRecord
        {
            ClinicId = upload.ClinicId, BatchId = upload.BatchId, Source = "blob", SourceName = upload.Name, SourceETag = upload.SourceETag, SourceBytes = upload.Length,
            ReportSchema = upload.ReportSchema,
        };
        return await RunAsync(record, existing, upload.ReportFolder, upload.Version, null, async ct =>
            upload.Length > _limits.MaxBytes ? null : await upload.Open(ct),
            BatchReader.FormatFromFileName(upload.Name), upload.Sheet, upload.Length, _budget.Upload, cancellationToken);
    }

    /// <summary>
    /// Records an upload the routing refused: a <c>failed</c> record and a report saying why, so the
    /// clinic (or an operator) sees it. A redelivery of the same version changes nothing.
    /// </summary>
    public async Task<AuditResult> RecordRefusedUploadAsync(RefusedUpload refused, CancellationToken cancellationToken = default)
    {
        var existing = await batches.GetAsync(refused.ClinicId, refused.BatchId, cancellationToken);
        if (existing is { Status: BatchStatus.Failed, Retryable: false } && existing.SourceETag == refused.SourceETag)
            return new AuditResult(existing, existing.Error, [], AlreadyAudited: true);
        _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: refused an upload that is not under a valid clinic folder or has a reserved name", refused.BatchId, refused.ClinicId);
        var record = new BatchRecord
        {
            ClinicId = refused.ClinicId, BatchId = refused.BatchId, Source = "blob", SourceName = refused.Name, SourceETag = refused.SourceETag, SourceBytes = refused.Length,
            ReceivedAt = _time.GetUtcNow(), Status = BatchStatus.Failed, Error = refused.Reason,
        };
        record.Reports = await reports.WriteAsync(refused.ReportFolder, refused.Version, FailureReport(record, refused.Reason), cancellationToken: cancellationToken);
        record.CompletedAt = _time.GetUtcNow();
        await batches.SaveAsync(record, cancellationToken);
        return new AuditResult(record, refused.Reason, []);
    }

    /// <summary>Audits a posted batch; its id is chosen once its content is read (see <see cref="PostedBatch.BatchIdFor"/>).</summary>
    public Task<AuditResult> AuditPostedAsync(PostedBatch posted, CancellationToken cancellationToken = default)
    {
        var body = posted.Body;
        var record = new BatchRecord { ClinicId = posted.ClinicId, BatchId = posted.BatchIdFor(null), Source = "api", SourceName = posted.FileName, SourceBytes = body.CanSeek ? body.Length : null, ReportSchema = posted.ReportSchema };
        return RunAsync(record, null, null, posted.Version, ingested =>
            {
                var batchId = posted.BatchIdFor(ingested.BatchId);
                return (batchId, posted.ReportFolderFor(batchId));
            },
            _ => Task.FromResult<Stream?>(body), posted.Format, posted.Sheet, body.CanSeek ? body.Length : 0, _budget.Posted, cancellationToken);
    }

    // An upload knows its id and report folder before it is read (folder given, nameFromContent null);
    // a posted batch learns them from its content (folder null until nameFromContent has named it).
    private async Task<AuditResult> RunAsync(BatchRecord record, BatchRecord? existing, string? folder, string version,
        Func<IngestResult, (string BatchId, string Folder)>? nameFromContent, Func<CancellationToken, Task<Stream?>> open, InputFormat format, string? sheet,
        long length, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The budget runs from here; the engine looks at it every few dozen visits and while the report is written.
        using var timer = new CancellationTokenSource(budget, _time);
        using var budgeted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var budgetToken = budgeted.Token;
        // The schema asked for; record.ReportSchema is that of the set the record names (KeepPrevious).
        var schema = record.ReportSchema;
        record.ReceivedAt = _time.GetUtcNow();
        record.Status = BatchStatus.Received;
        KeepPrevious(record, existing, schema);
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
                (record.BatchId, folder) = (nameFromContent ?? throw new InvalidOperationException("a batch without a report folder is named from its content"))(batch);
                existing = await batches.GetAsync(record.ClinicId, record.BatchId, cancellationToken);
                KeepPrevious(record, existing, schema);
            }

            // The history of the batch's patients is loaded with their visits: all at once, or partition by partition for a large batch.
            using var outcome = await engine.EvaluateAsync(batch,
                (visits, ct) => history.LoadAsync(record.ClinicId, visits, record.BatchId, ct),
                record.BatchId, record.ClinicId, _time.GetUtcNow(), budgetToken);
            // The HTML report names the uploaded file beside the clinic.
            outcome.Report.SourceName = record.SourceName is { } source ? Path.GetFileName(source) : null;
            // The report's visits are evaluated as they are written: the budget still runs. The audited claims
            // (for the denial analytics) are taken from that same enumeration, spilled to a temporary file as JSON
            // lines so a large batch's claims never sit in memory, and streamed to the store once the report is out.
            await using var spool = auditedClaims is not null && batch.FileError is null ? new AuditedClaimSpool(record.BatchId, outcome.Report.GeneratedAt) : null;
            var written = spool is null
                ? await reports.WriteAsync(folder, version, outcome.Report, schema, budgetToken)
                : await reports.WriteAsync(folder, version, outcome.Report, spool, schema, budgetToken);
            if (batch.FileError is null) await history.SaveAsync(record.ClinicId, outcome, record.BatchId, version, cancellationToken);
            if (spool is not null) await auditedClaims!.SaveAsync(record.ClinicId, record.BatchId, spool.ReadAll(), cancellationToken);
            // A new version of the batch replaces the old one's ledger, fingerprints and visit ledger, including rows
            // for visits it no longer has (or has moved to another patient or year).
            var stale = existing is null ? 0 : await history.DeleteStaleAsync(record.ClinicId, record.BatchId, version, cancellationToken);

            Complete(record, outcome.Report, written, clock);
            record.ReportSchema = schema;
            await batches.SaveAsync(record, cancellationToken);
            await DeleteReplacedReportsAsync(existing, record, folder);
            _log.LogInformation(
                "Batch {BatchId} of clinic {ClinicId} {Status}: {Visits} visits, {Lines} lines, {Rejected} rejected rows, {Errors} errors, {Warnings} warnings, {Stale} stale history rows removed in {DurationMs} ms",
                record.BatchId, record.ClinicId, record.Status, record.Visits, record.Lines, record.RejectedRows, record.Errors, record.Warnings, stale, record.DurationMs);
            return new AuditResult(record, setupError is null ? batch.FileError : null, outcome.Report.RejectedRows, SetupError: setupError);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Over budget: a failed batch that says so. Not retried: the same file would run out again.
            var reason = AuditBudget.Exceeded(budget);
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId} ran out of its {BudgetMinutes}-minute budget after {DurationMs} ms; recorded as failed",
                record.BatchId, record.ClinicId, budget.TotalMinutes, clock.ElapsedMilliseconds);
            if (!await RecordFailureAsync(record, reason, retryable: false, clock, folder, version, schema)) throw;
            return new AuditResult(record, null, batch?.RejectedRows ?? [], BudgetError: reason);
        }
        catch (Exception e) when (faults.Classify(e, cancellationToken) is { IsTransient: true } fault)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: transient storage fault {Fault}; the audit will be retried", record.BatchId, record.ClinicId, fault.Description);
            await RecordFailureAsync(record, $"transient storage fault ({fault.Description}); the audit is retried", retryable: true, clock);
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
                _ when faults.Classify(e, cancellationToken) is { IsTransient: false } refused =>
                    $"storage refused the request ({refused.Description}); check the app's access to the storage account",
                // Names the stored profile or map, what is wrong with it and how to replace it: no patient data.
                StoredDataCorruptException corrupt => corrupt.Message,
                _ => $"the audit failed unexpectedly ({e.GetType().Name})",
            };
            // When not even the failure could be recorded, the fault must not vanish: let it escape
            // (the trigger retries and finally moves the blob to the poison queue).
            if (!await RecordFailureAsync(record, reason, retryable: false, clock, folder, version, schema)) throw;
            return new AuditResult(record, null, batch?.RejectedRows ?? [], InternalError: reason);
        }
    }

    // The reader reports unreadable files as a FileError; this guards against a reader fault
    // turning into a retry loop. Storage and network faults while streaming the file still propagate.
    private IngestResult ReadSafely(AuditEngine engine, Stream input, InputFormat format, IngestOptions options)
    {
        try
        {
            return engine.Ingest(input, format, options);
        }
        catch (Exception e) when (e is not OperationCanceledException && faults.Classify(e) is null)
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

    /// <summary>
    /// Until this version's set is complete, the record keeps naming the previous complete set, and
    /// the schema that set's JSON is in: GET /api/audits checks <c>?schema=</c> against it, and a
    /// new version asking for another schema must not relabel the report still served.
    /// </summary>
    private static void KeepPrevious(BatchRecord record, BatchRecord? existing, int schema)
    {
        record.Reports = existing?.Reports;
        record.ReportSchema = existing?.Reports is null ? schema : existing.ReportSchema;
    }

    private void Complete(BatchRecord record, AuditReport report, ReportPaths written, Stopwatch clock)
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
        record.AtRisk = s.Revenue.AtRisk;
        record.Reports = written;
        record.CompletedAt = _time.GetUtcNow();
        record.DurationMs = clock.ElapsedMilliseconds;
    }

    // The previous version's set, now that the record names the new one. Best effort: a leftover set
    // is only storage, never served (no record names it). Only version folders of this batch's own
    // folder are deleted, never the stable report.* paths.
    private async Task DeleteReplacedReportsAsync(BatchRecord? existing, BatchRecord record, string folder)
    {
        if (existing?.Reports is not { } previous) return;
        var current = record.Reports?.All ?? [];
        var replaced = previous.All
            .Where(p => p.StartsWith(folder + "/v-", StringComparison.Ordinal) && !current.Contains(p))
            .ToList();
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

    private AuditReport FailureReport(BatchRecord record, string reason) => new()
    {
        BatchId = record.BatchId, ClinicId = record.ClinicId, GeneratedAt = _time.GetUtcNow(), FileError = reason,
        Summary = new ReportSummary(), Visits = [], RejectedRows = [],
    };

    /// <summary>
    /// Records the failure on the batch record first (so it never stays <c>received</c> just because a
    /// report could not be written), then, for a permanent failure whose report folder is known, a
    /// report saying why. Never throws: the caller decides what escapes. Returns whether the record was saved.
    /// </summary>
    private async Task<bool> RecordFailureAsync(BatchRecord record, string reason, bool retryable, Stopwatch clock, string? folder = null, string? version = null,
        int schema = ReportJson.CurrentSchema)
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
            record.Reports = await reports.WriteAsync(folder, version, FailureReport(record, reason), schema);
            record.ReportSchema = schema;
            await batches.SaveAsync(record);
            saved = true;
        }
        catch (Exception e)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: could not write the failure report ({ExceptionType})", record.BatchId, record.ClinicId, e.GetType().Name);
        }
        return saved;
    }
}
