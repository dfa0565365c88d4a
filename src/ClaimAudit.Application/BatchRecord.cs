using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Application;

public static class BatchStatus
{
    public const string Received = "received";
    public const string Audited = "audited";
    public const string Failed = "failed";
}

/// <summary>
/// Where one complete report set of a batch is: the three formats of one version, always written
/// and named together (a reader never gets formats of two versions).
/// </summary>
public sealed record ReportPaths(string Json, string Csv, string Html)
{
    /// <summary>The set whose format <c>f</c> is at <paramref name="pathOf"/>(f).</summary>
    public static ReportPaths From(Func<ReportFormat, string> pathOf) =>
        new(pathOf(ReportFormat.Json), pathOf(ReportFormat.Csv), pathOf(ReportFormat.Html));

    public string PathOf(ReportFormat format) => format.Extension switch
    {
        "json" => Json,
        "csv" => Csv,
        "html" => Html,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format.Extension, "not a report format"),
    };

    public IReadOnlyList<string> All => [Json, Csv, Html];
}

/// <summary>
/// One batch's record (the <c>Batches</c> table: clinic, batch id): where the batch came from, how
/// far it got, its counts and where its reports are. Holds no patient data.
/// </summary>
public sealed class BatchRecord
{
    /// <summary>
    /// The clinic of the rows of uploads that are in no valid clinic's folder. It starts with '_',
    /// which no clinic id can, so no clinic can read or overwrite them.
    /// </summary>
    public const string UnroutedClinicId = "_unrouted";

    public required string ClinicId { get; init; }
    /// <summary>Set before the audit for uploads; for a posted batch, from its content once it is read.</summary>
    public required string BatchId { get; set; }

    /// <summary>received → audited | failed.</summary>
    public string Status { get; set; } = BatchStatus.Received;
    /// <summary><c>blob</c> or <c>api</c>.</summary>
    public string Source { get; set; } = "";
    /// <summary>The blob name under <c>visit-batches/{clinicId}/</c> for uploads; the file's name, when the caller gave it, for a posted batch.</summary>
    public string? SourceName { get; set; }
    /// <summary>The ETag of the blob that was audited; a new ETag means a replaced file, audited again.</summary>
    public string? SourceETag { get; set; }
    public long? SourceBytes { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public long? DurationMs { get; set; }
    public int Visits { get; set; }
    public int Lines { get; set; }
    public int RejectedRows { get; set; }
    public int CleanVisits { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }
    /// <summary>The audited report's dollars at risk (summary.revenue.atRisk); 0 until the batch is audited.</summary>
    public decimal AtRisk { get; set; }
    /// <summary>Why the batch failed: the file-level error of an unreadable file, or the storage fault.</summary>
    public string? Error { get; set; }
    /// <summary>True when the failure was a transient storage fault that the trigger retries.</summary>
    public bool Retryable { get; set; }
    /// <summary>The complete report set readers are served (blob paths inside <c>audit-reports</c>); null until one is written.</summary>
    public ReportPaths? Reports { get; set; }
    /// <summary>The schema the JSON report of <see cref="Reports"/> is written in (PRODUCT.md section 8), chosen when the batch was sent.</summary>
    public int ReportSchema { get; set; } = ReportJson.CurrentSchema;

    public string? ReportJsonPath => Reports?.Json;
    public string? ReportCsvPath => Reports?.Csv;
    public string? ReportHtmlPath => Reports?.Html;

    /// <summary>The stored row's version as <see cref="IBatchStore.GetAsync"/> read it: a different one means the row was written since.</summary>
    public string? ETag { get; set; }
}
