namespace ClaimAudit.Core.Reporting;

/// <summary>A report format: file extension, media type, and the sink that writes it (<see cref="ReportWriter"/>).</summary>
public sealed class ReportFormat
{
    private readonly Func<Stream, AuditReport, ReportSink> _start;

    private ReportFormat(string extension, string contentType, Func<Stream, AuditReport, ReportSink> start, int? schema = null)
    {
        Extension = extension;
        ContentType = contentType;
        _start = start;
        Schema = schema;
    }

    public string Extension { get; }
    public string ContentType { get; }
    /// <summary>The JSON report's schema version (PRODUCT.md section 8); null for CSV and HTML.</summary>
    public int? Schema { get; }

    /// <summary>The JSON report, schema 2 (compact, rule wording given once).</summary>
    public static readonly ReportFormat Json = new("json", "application/json", (o, r) => ReportJson.Start(o, r, 2), schema: 2);
    /// <summary>The JSON report in schema 1, for integrations that read it.</summary>
    public static readonly ReportFormat JsonSchema1 = new("json", "application/json", (o, r) => ReportJson.Start(o, r, 1), schema: 1);
    public static readonly ReportFormat Csv = new("csv", "text/csv", ReportCsv.Start);
    public static readonly ReportFormat Html = new("html", "text/html", ReportHtml.Start);

    /// <summary>
    /// Exactly the text of the HTML report's one <c>&lt;style&gt;</c> element (no script, no style attributes): a page that
    /// shows a report as a blob: document (which inherits the page's CSP) allows it by its hash.
    /// </summary>
    public static string HtmlStyleSheet => ReportHtml.StyleSheet;

    /// <summary>Every format a batch's report is stored in, JSON (schema 2) first.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [Json, Csv, Html];

    /// <summary>Every format, with the JSON report in <paramref name="schema"/>.</summary>
    public static IReadOnlyList<ReportFormat> AllWithSchema(int schema) => [JsonWithSchema(schema), Csv, Html];

    /// <exception cref="ArgumentOutOfRangeException">A schema other than 1 or 2.</exception>
    public static ReportFormat JsonWithSchema(int schema) => schema switch
    {
        2 => Json,
        1 => JsonSchema1,
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "the report schema is 1 or 2"),
    };

    public static ReportFormat? ByExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts writing the report to <paramref name="output"/> (left open); feed it with <see cref="ReportWriter"/>.</summary>
    public ReportSink Start(Stream output, AuditReport report) => _start(output, report);

    /// <summary>Writes the report in this format alone, evaluating each visit once.</summary>
    public async Task Write(Stream output, AuditReport report, CancellationToken cancellationToken = default)
    {
        await using var sink = Start(output, report);
        await ReportWriter.WriteAsync(report, [sink], cancellationToken);
    }
}

/// <summary>Sentences every report format says the same way.</summary>
public static class ReportText
{
    public const string DocumentationNotReviewed =
        "Documentation was not reviewed: the batch has no note column. Add the session notes (a note column) to have them checked.";

    /// <summary>Said once per batch when some timed line had no minutes (an 837P): its units were not checked against time.</summary>
    public const string UnitsNotChecked =
        "Units were not checked against time: the claim file carries no minutes. Give the EMR export of the same visits (claimaudit audit --minutes EXPORT.csv) to check timed units under the payer's unit method.";

    /// <summary>Said on each timed line whose units were not checked against time.</summary>
    public const string LineUnitsNotChecked = "units not checked against time (no minutes)";

    /// <summary>"row 7", or the location when rows are not spreadsheet rows (an 837P: "ST 0001, segment 23").</summary>
    public static string WhereIs(int row, string? location) => location ?? $"row {row.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
