using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Application;

// A batch as the caller's routing hands it over: which clinic and batch it is, where its reports go
// and how to read it. Routing (which clinic an upload belongs to, which names are reserved, how ids
// are made) is the caller's; the audit only follows it.

/// <summary>
/// An uploaded file routed to a clinic. <see cref="Version"/> names its report set and is the same
/// for the same <see cref="SourceETag"/>, so a redelivery writes where the first delivery did.
/// <see cref="Open"/> reads exactly that version of the file (a replaced file fails instead of mixing).
/// <see cref="Sheet"/> names the sheet of an .xlsx upload (null: the first).
/// </summary>
public sealed record UploadedBatch(
    string ClinicId,
    string BatchId,
    string Name,
    string SourceETag,
    long Length,
    string ReportFolder,
    string Version,
    Func<CancellationToken, Task<Stream>> Open,
    string? Sheet = null,
    int ReportSchema = ReportJson.CurrentSchema);

/// <summary>An uploaded file the routing will not audit where it is, and why (shown to whoever reads the row or the report).</summary>
public sealed record RefusedUpload(
    string ClinicId,
    string BatchId,
    string Name,
    string SourceETag,
    long Length,
    string ReportFolder,
    string Version,
    string Reason);

/// <summary>
/// A batch posted to the API (already buffered, seekable or not). Its batch id can come from its
/// content: <see cref="BatchIdFor"/> gets the id the batch declares (null when it declares none or
/// cannot be read) and returns the id to use; <see cref="ReportFolderFor"/> gets that id. <see cref="FileName"/> is the
/// posted file's name when the caller gave it (kept as the record's source name, shown as an upload's is).
/// </summary>
public sealed record PostedBatch(
    string ClinicId,
    Stream Body,
    InputFormat Format,
    string? Sheet,
    string Version,
    Func<string?, string> BatchIdFor,
    Func<string, string> ReportFolderFor,
    int ReportSchema = ReportJson.CurrentSchema,
    string? FileName = null);

/// <summary>
/// What an audit left: the batch record; for a file that could not be read, why (<see cref="FileError"/>,
/// the caller's problem); for an audit that failed on our side, why (<see cref="InternalError"/>); for
/// a clinic whose own set-up stops the audit (a payer map naming a profile it no longer has), why
/// (<see cref="SetupError"/>, the clinic's problem but not the file's); for a batch that ran out of
/// its time budget (<see cref="AuditBudget"/>), why (<see cref="BudgetError"/>: split the batch). The
/// report's <c>fileError</c> carries the set-up and budget errors too.
/// </summary>
public sealed record AuditResult(BatchRecord Record, string? FileError, IReadOnlyList<RejectedRow> RejectedRows, bool AlreadyAudited = false, string? InternalError = null,
    string? SetupError = null, string? BudgetError = null);
