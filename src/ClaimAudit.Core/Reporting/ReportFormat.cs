namespace ClaimAudit.Core.Reporting;

/// <summary>A report format: file extension, media type and writer.</summary>
public sealed record ReportFormat(string Extension, string ContentType, Func<Stream, AuditReport, CancellationToken, Task> Write)
{
    public static readonly ReportFormat Json = new("json", "application/json", ReportJson.WriteAsync);
    public static readonly ReportFormat Csv = new("csv", "text/csv", ReportCsv.WriteAsync);
    public static readonly ReportFormat Html = new("html", "text/html", ReportHtml.WriteAsync);

    /// <summary>Every format a batch's report is stored in, JSON first.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Json, Csv, Html];

    public static ReportFormat? ByExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Sentences every report format says the same way.</summary>
public static class ReportText
{
    public const string DocumentationNotReviewed =
        "Documentation was not reviewed: the batch has no note column. Add the session notes (a note column) to have them checked.";
}
