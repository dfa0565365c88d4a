using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// Writes the report as a flat CSV a billing manager can open in Excel (PRODUCT.md section 8):
/// UTF-8 with BOM, CRLF line ends, RFC 4180 quoting (by Sep's writer) and every text cell
/// neutralised against formula injection.
/// </summary>
/// <remarks>
/// Columns (issue 13), the ones a spreadsheet user filters on: the visit (<c>visit_id</c>,
/// <c>patient_id</c>, <c>date_of_service</c>, <c>payer_id</c>), the claim line the row is about
/// (<c>provider</c>, <c>code</c>, <c>row</c>, <c>billed_units</c>, <c>computed_units</c>, <c>minutes</c>,
/// <c>billed_modifiers</c>, <c>required_modifiers</c> — modifiers joined with ";"), the finding
/// (<c>rule_id</c>, <c>title</c>, <c>severity</c>, <c>fixed_by</c> "billing" or "clinician",
/// <c>message</c>, <c>fix</c>), its dollars (<c>amount</c>, <c>at_risk</c>) and where the line is
/// (<c>line_control</c>, <c>location</c>). The line cells come from <see cref="FindingFacts.LineOf"/> —
/// the line holding the finding's row, else the first line of its code — so a finding on one row of a
/// merged line shows that line's units and modifiers; they are blank for a finding on the visit.
/// <c>row</c> is the finding's row, else its line's first row.
/// <para>
/// Dollars: <c>amount</c> is the finding's own dollars (what that finding puts a number on; two
/// findings on one line may each name the line's value). <c>at_risk</c> is
/// <see cref="FindingReport.AtRisk"/>, the same dollars counted once per line and claim: every finding
/// row has it (<c>0.00</c> when it carries none, always on warnings), every other row (clean visits,
/// rejected rows, notices) leaves it blank, so a spreadsheet's SUM of the column is exactly the
/// summary's <c>revenue.atRisk</c>.
/// </para>
/// Rows, in this order:
/// <list type="bullet">
/// <item>a <c>FILE_ERROR</c> row when the file could not be read at all;</item>
/// <item>one row per finding of each visit, in the visits' order;</item>
/// <item>one row per <b>clean</b> visit (severity <c>clean</c>, empty rule id, line cells blank), so that
/// every visit of the batch appears in the CSV and a filter on severity still separates problems from
/// clean claims — a visit missing from the file would read as "lost";</item>
/// <item>when the batch had episode facts (section 10), the summary's episode picture: one
/// <c>EPISODE_AUTHORIZATION</c> row per authorisation used (visits left), one <c>EPISODE_PLAN_ENDING</c>
/// row per plan of care ending within 14 days, one <c>EPISODE_PROGRESS_REPORT_DUE</c> row per patient
/// whose next visit needs a progress report (severity <c>info</c>, no amount);</item>
/// <item>one <c>REJECTED_ROW</c> row per rejected input row, its reasons joined with "; " in
/// <c>message</c>, its spreadsheet row number in <c>row</c> and the visit it names in <c>visit_id</c>
/// when that could be read.</item>
/// </list>
/// A batch with timed lines the input gave no minutes for (an 837P) also has one <c>UNITS_NOT_CHECKED</c>
/// row per such line (severity <c>info</c>, after the visit's rows) and one for the batch (no visit,
/// before the episode rows). <c>line_control</c> is the line control number of the claim line a row is
/// about (section 8's <c>lineControl</c>), and <c>location</c> where the row is in a file whose rows are
/// not spreadsheet rows (an 837P: "ST 0001, segment 23").
/// <c>amount</c>, <c>at_risk</c>, <c>row</c>, units and minutes are numbers written by this class from
/// <see cref="decimal"/>/<see cref="int"/> values, never from input text, so they are not prefixed: a
/// negative amount such as <c>-12.50</c> stays a number Excel can sum (a bare number is not evaluated
/// as a formula). Every text cell — the provider and modifiers are input text too — is neutralised.
/// </remarks>
internal static class ReportCsv
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["visit_id", "patient_id", "date_of_service", "payer_id", "provider", "code", "row", "billed_units", "computed_units", "minutes",
         "billed_modifiers", "required_modifiers", "rule_id", "title", "severity", "fixed_by", "message", "fix", "amount", "at_risk",
         "line_control", "location"];

    public const string RejectedRowRuleId = "REJECTED_ROW";
    public const string FileErrorRuleId = "FILE_ERROR";
    /// <summary>The one row that says a batch without a note column had no documentation review.</summary>
    public const string NotReviewedRuleId = "DOCUMENTATION_NOT_REVIEWED";
    public const string CleanSeverity = "clean";
    /// <summary>A timed line (or, without a visit, the batch) whose units were not checked against time: the input had no minutes.</summary>
    public const string UnitsNotCheckedRuleId = "UNITS_NOT_CHECKED";
    public const string EpisodeAuthorizationRuleId = "EPISODE_AUTHORIZATION";
    public const string EpisodePlanEndingRuleId = "EPISODE_PLAN_ENDING";
    public const string EpisodeProgressReportDueRuleId = "EPISODE_PROGRESS_REPORT_DUE";
    /// <summary>A rejected row's fix: the file reaches us from the CLI or an upload, so it names both ways to send it again.</summary>
    public const string RejectedRowFix = "correct the row in the source file and audit the file again (claimaudit audit, or upload it again)";

    /// <summary>Writes the CSV to <paramref name="output"/> (left open), enumerating <see cref="AuditReport.Visits"/> once.</summary>
    public static async Task WriteAsync(Stream output, AuditReport report, CancellationToken cancellationToken = default)
    {
        await using var sink = Start(output, report);
        await ReportWriter.WriteAsync(report, [sink], cancellationToken);
    }

    /// <summary>The CSV as a sink of <see cref="ReportWriter"/>: rows are written as the visits come.</summary>
    public static ReportSink Start(Stream output, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        return new Sink(output, report);
    }

    private sealed class Sink(Stream output, AuditReport report) : ReportSink
    {
        private StreamWriter? _text;
        private SepWriter? _csv;

        private async ValueTask<SepWriter> StartedAsync(CancellationToken cancellationToken)
        {
            if (_csv is not null) return _csv;
            // The BOM makes Excel read the file as UTF-8; CRLF is what RFC 4180 and Excel expect.
            _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true)
            {
                NewLine = "\r\n",
            };
            _csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(_text, leaveOpen: true);
            // Written up front so a report with no rows at all is still a readable CSV with its header.
            _csv.Header.Add(Columns);
            await _csv.Header.WriteAsync(cancellationToken);

            if (report.FileError is { } fileError)
                await WriteRowAsync(_csv, new CsvRow { RuleId = FileErrorRuleId, Severity = "error", Message = fileError }, cancellationToken);

            if (report.FileError is null && !report.DocumentationReviewed)
                await WriteRowAsync(_csv, new CsvRow { RuleId = NotReviewedRuleId, Severity = "info", Message = ReportText.DocumentationNotReviewed }, cancellationToken);
            return _csv;
        }

        public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            var csv = await StartedAsync(cancellationToken);
            if (visit.Findings.Count == 0)
                await WriteRowAsync(csv, CsvRow.ForVisit(visit) with { Severity = CleanSeverity, Message = "No findings" }, cancellationToken);
            foreach (var finding in visit.Findings)
            {
                var line = FindingFacts.LineOf(visit, finding);
                await WriteRowAsync(csv, CsvRow.ForVisit(visit).WithLine(line) with
                {
                    Code = finding.Code ?? "",
                    RuleId = finding.RuleId,
                    Severity = finding.Severity,
                    Message = finding.Message,
                    Fix = finding.Fix,
                    Amount = finding.Amount,
                    AtRisk = finding.AtRisk,
                    Row = finding.Row ?? (line is { Rows.Count: > 0 } ? line.Rows[0] : null),
                    LineControl = finding.LineControl ?? "",
                    Location = finding.Location ?? "",
                }, cancellationToken);
            }
            foreach (var line in visit.Lines)
            {
                if (line.UnitsCheckedAgainstTime is not false) continue;
                await WriteRowAsync(csv, CsvRow.ForVisit(visit).WithLine(line) with
                {
                    Code = line.Code,
                    RuleId = UnitsNotCheckedRuleId,
                    Severity = "info",
                    Message = $"{line.Code}: {ReportText.LineUnitsNotChecked}; {line.BilledUnits?.ToString(CultureInfo.InvariantCulture) ?? "no"} units billed",
                    Fix = "give the EMR export's minutes for the visit (claimaudit audit --minutes EXPORT.csv)",
                    Row = line.Rows.Count > 0 ? line.Rows[0] : null,
                    LineControl = line.LineControl ?? "",
                    Location = line.Location ?? "",
                }, cancellationToken);
            }
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            var csv = await StartedAsync(cancellationToken);
            if (report.FileError is null && !summary.UnitsCheckedAgainstTime)
                await WriteRowAsync(csv, new CsvRow { RuleId = UnitsNotCheckedRuleId, Severity = "info", Message = ReportText.UnitsNotChecked }, cancellationToken);
            if (summary.Episodes is { } episodes)
                foreach (var row in EpisodeRows(episodes)) await WriteRowAsync(csv, row, cancellationToken);
            foreach (var rejected in report.RejectedRows)
            {
                await WriteRowAsync(csv, new CsvRow
                {
                    VisitId = rejected.VisitId ?? "",
                    RuleId = RejectedRowRuleId,
                    Severity = "error",
                    Message = string.Join("; ", rejected.Errors),
                    Fix = RejectedRowFix,
                    Row = rejected.Row,
                    Location = rejected.Location ?? "",
                }, cancellationToken);
            }
            // Disposing Sep's writer writes out what it holds; the text writer then flushes it to the stream.
            await csv.DisposeAsync();
            _csv = null;
            await _text!.FlushAsync(cancellationToken);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_csv is not null) await _csv.DisposeAsync();
            if (_text is not null) await _text.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static IEnumerable<CsvRow> EpisodeRows(EpisodeSummary e)
    {
        var asOf = Day(e.AsOf);
        foreach (var a in e.Authorizations)
        {
            var count = a.VisitsAuthorized is { } n
                ? $"{a.VisitsUsed.ToString(CultureInfo.InvariantCulture)} of {n.ToString(CultureInfo.InvariantCulture)} visits used, {a.VisitsLeft!.Value.ToString(CultureInfo.InvariantCulture)} left"
                : $"{a.VisitsUsed.ToString(CultureInfo.InvariantCulture)} visits used (no authorized count on file)";
            var ends = a.End is { } end ? $"; ends {Day(end)}" : "";
            yield return new CsvRow
            {
                PatientId = a.PatientId, PayerId = a.PayerId, RuleId = EpisodeAuthorizationRuleId, Severity = "info",
                Message = $"Authorization {a.Number}: {count}{ends} (as of {asOf})",
                Fix = a.VisitsLeft is <= 3 ? $"request more visits from {a.PayerId} before they run out" : "",
            };
        }
        foreach (var p in e.PlansEnding)
            yield return new CsvRow
            {
                // Re-evaluating and getting the plan certified is the therapist's work, as for POC_EXPIRED.
                PatientId = p.PatientId, PayerId = p.PayerId, RuleId = EpisodePlanEndingRuleId, Severity = "info", FixedBy = FindingFacts.Clinician,
                Message = $"The plan of care from {Day(p.PocStart)} ends {Day(p.Ends)} (as of {asOf})",
                Fix = $"re-evaluate and get the next plan of care certified before {Day(p.Ends)}",
            };
        foreach (var d in e.ProgressReportsDue)
            yield return new CsvRow
            {
                // The therapist writes the progress report, as for PROGRESS_REPORT_DUE.
                PatientId = d.PatientId, PayerId = d.PayerId, RuleId = EpisodeProgressReportDueRuleId, Severity = "info", FixedBy = FindingFacts.Clinician,
                Message = $"{d.TreatmentDaysSinceReport.ToString(CultureInfo.InvariantCulture)} treatment days since the start of care or the last progress report; the next visit needs one",
                Fix = "write the progress report at the next visit",
            };
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async ValueTask WriteRowAsync(SepWriter csv, CsvRow r, CancellationToken cancellationToken)
    {
        await using var row = csv.NewRow(cancellationToken);
        row["visit_id"].Set(Neutralise(r.VisitId));
        row["patient_id"].Set(Neutralise(r.PatientId));
        row["date_of_service"].Set(Neutralise(r.DateOfService));
        row["payer_id"].Set(Neutralise(r.PayerId));
        row["provider"].Set(Neutralise(r.Provider));
        row["code"].Set(Neutralise(r.Code));
        SetNumber(row["row"], r.Row);
        SetNumber(row["billed_units"], r.BilledUnits);
        SetNumber(row["computed_units"], r.ComputedUnits);
        SetNumber(row["minutes"], r.Minutes);
        row["billed_modifiers"].Set(Neutralise(r.BilledModifiers));
        row["required_modifiers"].Set(Neutralise(r.RequiredModifiers));
        row["rule_id"].Set(Neutralise(r.RuleId));
        // Rows of the report that are no finding (clean, notices) have no rule id, so no title either.
        row["title"].Set(Neutralise(r.RuleId.Length == 0 ? "" : FindingFacts.Title(r.RuleId)));
        row["severity"].Set(Neutralise(r.Severity));
        row["fixed_by"].Set(r.FixedBy ?? (r.RuleId.Length == 0 ? "" : FindingFacts.FixedBy(r.RuleId)));
        row["message"].Set(Neutralise(r.Message));
        row["fix"].Set(Neutralise(r.Fix));
        SetMoney(row["amount"], r.Amount);
        SetMoney(row["at_risk"], r.AtRisk);
        row["line_control"].Set(Neutralise(r.LineControl));
        row["location"].Set(Neutralise(r.Location));
    }

    private static void SetNumber(SepWriter.Col col, int? value)
    {
        if (value is { } n) col.Format(n);
        else col.Set("");
    }

    private static void SetMoney(SepWriter.Col col, decimal? value)
    {
        if (value is { } amount) col.Format(amount, "0.00");
        else col.Set("");
    }

    /// <summary>
    /// OWASP CSV-injection guidance: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
    /// carriage return is prefixed with a single quote so a spreadsheet shows it as text instead of
    /// evaluating it. Quoting of the result is left to Sep (RFC 4180).
    /// </summary>
    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return "";
        return cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    private sealed record CsvRow
    {
        public string VisitId { get; init; } = "";
        public string PatientId { get; init; } = "";
        public string DateOfService { get; init; } = "";
        public string PayerId { get; init; } = "";
        public string Provider { get; init; } = "";
        public string Code { get; init; } = "";
        public int? BilledUnits { get; init; }
        public int? ComputedUnits { get; init; }
        public int? Minutes { get; init; }
        public string BilledModifiers { get; init; } = "";
        public string RequiredModifiers { get; init; } = "";
        public string RuleId { get; init; } = "";
        /// <summary>Who acts on a row that is no rule of the catalog, when it is not billing (the default for those).</summary>
        public string? FixedBy { get; init; }
        public string Severity { get; init; } = "";
        public string Message { get; init; } = "";
        public string Fix { get; init; } = "";
        public decimal? Amount { get; init; }
        /// <summary>Set on a visit's finding rows only (0 when it carries none), so summing the column gives the summary's at-risk figure.</summary>
        public decimal? AtRisk { get; init; }
        public int? Row { get; init; }
        public string LineControl { get; init; } = "";
        public string Location { get; init; } = "";

        /// <summary>
        /// The visit's cells. The provider is the visit's (its first line's that names one) until a line's
        /// replaces it: a finding on the whole claim belongs to the visit's provider, as on the HTML page.
        /// </summary>
        public static CsvRow ForVisit(VisitReport v) => new()
        {
            VisitId = v.VisitId, PatientId = v.PatientId, DateOfService = v.DateOfService, PayerId = v.PayerId,
            Provider = v.Lines.FirstOrDefault(l => l.Provider is not null)?.Provider ?? "",
        };

        /// <summary>The line's cells; unchanged (blank) when the row is about no line.</summary>
        public CsvRow WithLine(LineReport? line) => line is null ? this : this with
        {
            Provider = line.Provider ?? "",
            BilledUnits = line.BilledUnits,
            ComputedUnits = line.ComputedUnits,
            Minutes = line.Minutes,
            BilledModifiers = string.Join(";", line.BilledModifiers),
            RequiredModifiers = string.Join(";", line.RequiredModifiers),
        };
    }
}
