using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// The audit report (PRODUCT.md section 8), independent of the schema it is written in.
/// <see cref="Visits"/> is produced lazily by the engine: each visit is evaluated as it is
/// enumerated, and <see cref="ReportWriter"/> enumerates it once, feeding every format at the same
/// time. The engine's <see cref="Summary"/> is added up during that enumeration; asked for before
/// one has completed, it evaluates every visit first (a second pass: writers never do that).
/// </summary>
public sealed class AuditReport
{
    private ReportSummary? _summary;
    private readonly Func<ReportSummary>? _summarize;

    public AuditReport() { }

    /// <param name="summarize">Evaluates every visit to add up the summary, when asked for before an enumeration of <see cref="Visits"/> completed.</param>
    internal AuditReport(Func<ReportSummary> summarize) => _summarize = summarize;

    public required string BatchId { get; init; }
    public required string ClinicId { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    /// <summary>Set when the file could not be read at all; the report then has no visits.</summary>
    public string? FileError { get; init; }
    /// <summary>
    /// The name of the file the batch came from ("visits.csv"), when the caller knows it: the HTML
    /// report names the file when there is no clinic to name (the CLI's default clinic "local").
    /// Not a JSON field. Settable because the engine builds the report and its caller knows the file.
    /// </summary>
    public string? SourceName { get; set; }
    /// <summary>False when the batch had no note column: its documentation was not reviewed (known before any visit is evaluated).</summary>
    public bool DocumentationReviewed { get; init; } = true;

    public ReportSummary Summary
    {
        get => _summary ??= _summarize?.Invoke() ?? throw new InvalidOperationException("the report has no summary");
        init => _summary = value;
    }

    public required IEnumerable<VisitReport> Visits { get; init; }
    public required IReadOnlyList<RejectedRow> RejectedRows { get; init; }

    /// <summary>
    /// Per rule and code, the args every finding of that rule on that code carries (the documentation
    /// rules' vocabulary wording): the compact report gives them once, in its rules catalog.
    /// </summary>
    internal IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>> CodeWording { get; init; } =
        new Dictionary<string, Dictionary<string, IReadOnlyList<FindingArg>>>();

    /// <summary>
    /// Per payer id, the args every finding on a visit of that payer carries (its name, unit method,
    /// distinct-service modifiers): the compact report gives them once, in its payers catalog.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<FindingArg>> PayerWording { get; init; } =
        new Dictionary<string, IReadOnlyList<FindingArg>>();

    /// <summary>Called by the engine's visits when an enumeration has added up every visit.</summary>
    internal void Summarized(ReportSummary summary) => _summary ??= summary;
}

public sealed class ReportSummary
{
    public int Visits { get; set; }
    public int Lines { get; set; }
    public int RejectedRows { get; set; }
    public int CleanVisits { get; set; }
    public double CleanClaimRate { get; set; }
    public SeverityCounts Findings { get; set; } = new();
    public SortedDictionary<string, int> ByRule { get; set; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, PayerSummary> ByPayer { get; set; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, CodeSummary> ByCode { get; set; } = new(StringComparer.Ordinal);
    public RevenueSummary Revenue { get; set; } = new();
    /// <summary>False when the batch had no note column: the documentation was not reviewed (said once, here, not per visit).</summary>
    public bool DocumentationReviewed { get; set; } = true;
    /// <summary>
    /// False when some timed line's units were not checked against time because the input carried
    /// no minutes for it (an 837P with no EMR export's minutes joined): said once, here, and on each such line.
    /// </summary>
    public bool UnitsCheckedAgainstTime { get; set; } = true;
    /// <summary>How many timed lines were not checked against time; null (left out) when none.</summary>
    public int? TimedLinesNotChecked { get; set; }
    /// <summary>The episode picture (section 10); null, and left out of the report, when the batch had no episode facts.</summary>
    public EpisodeSummary? Episodes { get; set; }

    /// <summary>The latest date of service of the visits added up (not written: the episode picture's asOf is taken from it when partitions merge).</summary>
    internal DateOnly? LatestDateOfService { get; set; }

    /// <summary>Adds another part's counts and money (a partition of a large batch); the clean-claim rate is left to the caller.</summary>
    internal void Add(ReportSummary other)
    {
        Visits += other.Visits;
        Lines += other.Lines;
        RejectedRows += other.RejectedRows;
        CleanVisits += other.CleanVisits;
        Findings.Error += other.Findings.Error;
        Findings.Warning += other.Findings.Warning;
        Findings.Info += other.Findings.Info;
        foreach (var (rule, count) in other.ByRule) ByRule[rule] = ByRule.GetValueOrDefault(rule) + count;
        foreach (var (payer, part) in other.ByPayer)
        {
            if (!ByPayer.TryGetValue(payer, out var sum)) ByPayer[payer] = sum = new PayerSummary();
            sum.Visits += part.Visits;
            sum.VisitsWithErrors += part.VisitsWithErrors;
        }
        foreach (var (code, part) in other.ByCode)
        {
            if (!ByCode.TryGetValue(code, out var sum)) ByCode[code] = sum = new CodeSummary();
            sum.Lines += part.Lines;
            sum.LinesWithErrors += part.LinesWithErrors;
        }
        Revenue.Billed += other.Revenue.Billed;
        Revenue.Computed += other.Revenue.Computed;
        Revenue.AtRisk += other.Revenue.AtRisk;
        Revenue.UnderBilled += other.Revenue.UnderBilled;
        if (other.TimedLinesNotChecked is int notChecked) TimedLinesNotChecked = (TimedLinesNotChecked ?? 0) + notChecked;
        UnitsCheckedAgainstTime &= other.UnitsCheckedAgainstTime;
        if (other.Episodes is { } episodes) (Episodes ??= new EpisodeSummary()).Add(episodes);
        if (other.LatestDateOfService is { } latest && !(LatestDateOfService >= latest)) LatestDateOfService = latest;
    }

    /// <summary>
    /// Once every part is added: the clean-claim rate, and the episode picture as of the whole
    /// batch's latest date (a part without episode facts may hold it), its plans ending chosen again.
    /// </summary>
    internal void CompleteParts()
    {
        CleanClaimRate = Visits == 0 ? 0 : Math.Round((double)CleanVisits / Visits, 4);
        if (Episodes is { } episodes)
        {
            if (LatestDateOfService is { } latest && latest > episodes.AsOf) episodes.AsOf = latest;
            episodes.Complete();
        }
    }
}

public sealed class SeverityCounts
{
    public int Error { get; set; }
    public int Warning { get; set; }
    public int Info { get; set; }
}

public sealed class PayerSummary
{
    public int Visits { get; set; }
    public int VisitsWithErrors { get; set; }
}

public sealed class CodeSummary
{
    public int Lines { get; set; }
    public int LinesWithErrors { get; set; }
}

public sealed class RevenueSummary
{
    public decimal Billed { get; set; }
    public decimal Computed { get; set; }
    public decimal AtRisk { get; set; }
    public decimal UnderBilled { get; set; }
}

public sealed class VisitReport
{
    public required string VisitId { get; init; }
    public required string PatientId { get; init; }
    public required string PayerId { get; init; }
    public required string DateOfService { get; init; }
    /// <summary>clean | warning | error.</summary>
    public required string Status { get; init; }
    public required IReadOnlyList<LineReport> Lines { get; init; }
    public required IReadOnlyList<FindingReport> Findings { get; init; }
}

public sealed class LineReport
{
    public required string Code { get; init; }
    /// <summary>The input rows (spreadsheet rows, or JSON visit indexes) merged into this line.</summary>
    public required IReadOnlyList<int> Rows { get; init; }
    /// <summary>
    /// The line control number the claim line goes out with (REF*6R): the input's (an 837P's REF*6R),
    /// else <c>{visitId}-{row}</c> of the line's first row. Schema 2 writes it; schema 1 never had it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? LineControl { get; init; }
    /// <summary>Where the line's first row is when rows are not spreadsheet rows (an 837P: "ST 0001, segment 23"). Schema 2 writes it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Location { get; init; }
    /// <summary>Null when the input carried no minutes for the line (an 837P with no minutes joined).</summary>
    public int? Minutes { get; init; }
    /// <summary>Null when the input carried no minutes for the line.</summary>
    public int? CountedMinutes { get; init; }
    /// <summary>
    /// False on a timed line whose units were not checked against time (its minutes, or under the
    /// 8-minute rule another timed line's of the day, are unknown); null (left out) on every other line.
    /// </summary>
    public bool? UnitsCheckedAgainstTime { get; init; }
    public int? BilledUnits { get; init; }
    /// <summary>Null when units are not computed from time: a supply billed by quantity, or a code the payer profile does not know.</summary>
    public int? ComputedUnits { get; init; }
    public required IReadOnlyList<string> BilledModifiers { get; init; }
    public required IReadOnlyList<string> RequiredModifiers { get; init; }
    /// <summary>Dollars the computed units are worth at the profile's rate (assistant rate applied).</summary>
    public decimal Value { get; init; }
    /// <summary>
    /// Dollars the billed units (the computed ones when none were billed) are worth at the same rate: what the
    /// claim asks the payer for, which the denial analytics age as receivable. Not a report field: the report's
    /// dollars are <see cref="Value"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal BilledValue { get; init; }
    /// <summary>The rendering provider (name or NPI) of the line's first row, when the input names one: the reports' per-provider view. Not a JSON field.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Provider { get; init; }
}

public sealed class FindingReport
{
    public required string RuleId { get; init; }
    public required string Severity { get; init; }
    public string? Code { get; init; }
    /// <summary>The input row judged, when the finding is about one row (a separate claim line) of a merged code line.</summary>
    public int? Row { get; init; }
    /// <summary>
    /// Where the finding's line is when rows are not spreadsheet rows (an 837P: "ST 0001, segment 23"):
    /// its <see cref="Row"/>'s, else its code's first line's. Schema 2 writes it.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Location { get; init; }
    /// <summary>The line control number of the claim line the finding is about (its row's, else its code's first line's); null for a finding on the visit. The CSV writes it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? LineControl { get; init; }
    // A finding of the engine renders its text only when a format shows it (schema 2 writes the args instead).
    private readonly Finding? _source;
    private string? _message, _fix;

    public FindingReport() { }

    private FindingReport(Finding source) => _source = source;

    public string Message { get => _message ??= _source?.Message ?? ""; init => _message = value; }
    public string Fix { get => _fix ??= _source?.Fix ?? ""; init => _fix = value; }
    public decimal Amount { get; init; }
    /// <summary>
    /// The dollars of this finding the summary's <c>revenue.atRisk</c> counts: an error line's at-risk
    /// amount is carried by one of its errors (the others, and every warning, carry 0), so the
    /// findings' <see cref="AtRisk"/> add up to the summary's figure. The CSV writes it as <c>at_risk</c>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal AtRisk { get; init; }
    /// <summary>
    /// The index in <see cref="VisitReport.Lines"/> of the line the finding is about, when its rule named
    /// it (a visit may bill one code on a PT's and an OT's line); null otherwise. Not a JSON field.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? LineIndex { get; init; }
    /// <summary>The parameters of the rule's message and fix templates (schema 2 writes these instead of the text).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<FindingArg> Args { get; init; } = [];
    /// <summary>True when the text comes from the rule's templates filled with <see cref="Args"/>; false for literal text.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Templated { get; init; }

    /// <summary>A finding read back from a partition's spill file: templated text is rendered again from its rule's templates when read.</summary>
    internal static FindingReport Read(string ruleId, string severity, string? code, int? row, decimal amount, FindingArg[] args, bool templated, string? message, string? fix,
        string? location = null, string? lineControl = null, decimal atRisk = 0m, int? lineIndex = null)
    {
        if (templated && Rules.RuleCatalog.Find(ruleId) is { } rule)
        {
            var finding = Finding.Templated(ruleId, rule.Severity, code, amount, row, rule.MessageTemplate, rule.FixTemplate, args);
            return new FindingReport(finding) { RuleId = ruleId, Severity = severity, Code = code, Row = row, Location = location, LineControl = lineControl, Amount = amount, AtRisk = atRisk, LineIndex = lineIndex, Args = args, Templated = true };
        }
        return new FindingReport { RuleId = ruleId, Severity = severity, Code = code, Row = row, Location = location, LineControl = lineControl, Amount = amount, AtRisk = atRisk, LineIndex = lineIndex, Args = args, Message = message ?? "", Fix = fix ?? "" };
    }

    public static FindingReport From(Finding f, string? location = null, string? lineControl = null, decimal atRisk = 0m, int? lineIndex = null) => new(f)
    {
        RuleId = f.RuleId, Severity = f.Severity.ToText(), Code = f.Code, Row = f.Row, Location = location, LineControl = lineControl, Amount = f.Amount, AtRisk = atRisk, LineIndex = lineIndex, Args = f.Args,
        Templated = Rules.RuleCatalog.Find(f.RuleId) is { } rule && f.UsesTemplates(rule.MessageTemplate, rule.FixTemplate),
    };
}

/// <summary>An input row that did not make it into a visit, with every reason.</summary>
public sealed record RejectedRow(int Row, IReadOnlyList<string> Errors)
{
    /// <summary>The visit the row names, when it could be read: the row's visit is then not audited either (schema 2 writes it; schema 1 never had it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? VisitId { get; init; }
    /// <summary>Where the rejected input is when rows are not spreadsheet rows (an 837P: "ST 0001, segment 23"); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Location { get; init; }
}
