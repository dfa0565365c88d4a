using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Reporting;

/// <summary>
/// Adds up the report's summary (PRODUCT.md section 8) one evaluated visit at a time, as the
/// visits stream to the writers, so the rules run once per visit for the summary and every format.
/// </summary>
internal sealed class SummaryBuilder(int rejectedRows, bool documentationReviewed, EpisodeSummary? episodes = null)
{
    private readonly ReportSummary _s = new() { RejectedRows = rejectedRows, DocumentationReviewed = documentationReviewed, Episodes = episodes };

    /// <summary>
    /// Adds one evaluated visit. Returns, per finding, the dollars of it the summary counts as at
    /// risk (null when the visit has no error): each line's at-risk amount is carried by one of its
    /// error findings and the others carry 0, so the shares of a batch add up to
    /// <see cref="RevenueSummary.AtRisk"/> — what lets a spreadsheet user reproduce that figure from
    /// the CSV's <c>at_risk</c> column.
    /// </summary>
    public decimal[]? Add(VisitEvaluation e, List<Finding> findings)
    {
        var s = _s;
        s.Visits++;
        s.Lines += e.Lines.Length;
        if (!(s.LatestDateOfService >= e.Visit.DateOfService)) s.LatestDateOfService = e.Visit.DateOfService;
        var hasError = false;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Error: s.Findings.Error++; hasError = true; break;
                case Severity.Warning: s.Findings.Warning++; break;
                default: s.Findings.Info++; break;
            }
            s.ByRule[f.RuleId] = s.ByRule.GetValueOrDefault(f.RuleId) + 1;
            // Under-billed revenue is exactly what the UNITS_UNDERBILLED findings put a number on.
            if (f.RuleId == RuleIds.UnitsUnderbilled) s.Revenue.UnderBilled += f.Amount;
        }
        decimal[]? shares = hasError ? new decimal[findings.Count] : null;
        if (findings.Count == 0) s.CleanVisits++;
        if (!s.ByPayer.TryGetValue(e.Visit.PayerId, out var payer)) s.ByPayer[e.Visit.PayerId] = payer = new PayerSummary();
        payer.Visits++;
        if (hasError) payer.VisitsWithErrors++;

        var linesAtRisk = 0m;
        for (var i = 0; i < e.Lines.Length; i++)
        {
            var line = e.Lines[i];
            if (line.TimeUnchecked)
            {
                s.UnitsCheckedAgainstTime = false;
                s.TimedLinesNotChecked = (s.TimedLinesNotChecked ?? 0) + 1;
            }
            if (!s.ByCode.TryGetValue(line.Code, out var code)) s.ByCode[line.Code] = code = new CodeSummary();
            code.Lines++;
            s.Revenue.Billed += line.BilledValue;
            s.Revenue.Computed += line.Value;
            if (shares is null) continue;
            var (anyError, atRisk) = LineAtRisk(e.Lines, i, findings, shares);
            if (anyError) code.LinesWithErrors++;
            linesAtRisk += atRisk;
        }
        if (shares is not null) s.Revenue.AtRisk += VisitAtRisk(findings, shares, linesAtRisk);
        return shares;
    }

    /// <summary>
    /// The visit's dollars at risk. An error on no code (a plan of care not certified, an
    /// authorisation missing) holds the whole claim, for the visit's value; the claim is lost at
    /// most once, so the visit is at risk for the larger of its largest such error and the sum of
    /// its lines' at-risk amounts — and the shares are moved onto that error when it is the larger.
    /// </summary>
    private static decimal VisitAtRisk(List<Finding> findings, decimal[] shares, decimal linesAtRisk)
    {
        var (whole, carrier) = (0m, -1);
        for (var k = 0; k < findings.Count; k++)
        {
            var f = findings[k];
            if (f.Severity == Severity.Error && f.Code is null && (carrier < 0 || f.Amount > whole)) (whole, carrier) = (f.Amount, k);
        }
        if (carrier < 0 || whole < linesAtRisk) return linesAtRisk;
        Array.Clear(shares);
        shares[carrier] = whole;
        return whole;
    }

    /// <summary>
    /// Whether an error falls on the line, and the dollars at risk on it. A finding naming a row
    /// belongs to the line holding that row; one without a row to the line its rule named, else to the
    /// first line of its code (a PT and an OT line of one code must not both take it). Each row is a claim line: it is at risk
    /// once, for the largest amount any error puts on it; errors on the merged line (units,
    /// documentation) put the line at risk as a whole. The amount is written into
    /// <paramref name="shares"/> on the findings that carry it: the first error on the whole line
    /// with the largest amount, or per row the first of its errors with the largest amount.
    /// </summary>
    private static (bool AnyError, decimal AtRisk) LineAtRisk(CodeLine[] lines, int index, List<Finding> findings, decimal[] shares)
    {
        var line = lines[index];
        var firstOfCode = true;
        for (var j = 0; j < index; j++)
            if (lines[j].Code == line.Code) { firstOfCode = false; break; }

        var any = false;
        decimal byRow = 0m, whole = 0m;
        var wholeCarrier = -1;
        for (var k = 0; k < findings.Count; k++)
        {
            var f = findings[k];
            if (!IsErrorOn(f, line, firstOfCode)) continue;
            any = true;
            if (f.Row is not int row)
            {
                if (wholeCarrier < 0 || f.Amount > whole) (whole, wholeCarrier) = (f.Amount, k);
                continue;
            }
            // Each row once: at its first error, with the largest amount of its errors.
            var seen = false;
            for (var j = 0; j < k && !seen; j++) seen = findings[j].Row == row && IsErrorOn(findings[j], line, firstOfCode);
            if (seen) continue;
            var (max, carrier) = (f.Amount, k);
            for (var j = k + 1; j < findings.Count; j++)
                if (findings[j].Row == row && IsErrorOn(findings[j], line, firstOfCode) && findings[j].Amount > max) (max, carrier) = (findings[j].Amount, j);
            byRow += max;
            shares[carrier] = max;
        }
        if (wholeCarrier >= 0 && whole >= byRow)
        {
            // The whole line is at risk: its rows' shares give way to the one that covers them.
            for (var k = 0; k < findings.Count; k++)
                if (findings[k].Row is not null && IsErrorOn(findings[k], line, firstOfCode)) shares[k] = 0m;
            shares[wholeCarrier] = whole;
        }
        return (any, Math.Max(byRow, whole));
    }

    private static bool IsErrorOn(Finding f, CodeLine line, bool firstOfCode)
    {
        if (f.Severity != Severity.Error || f.Code != line.Code) return false;
        // A finding the rule put on its line is that line's (a PT's and an OT's line of one code are two lines).
        if (f.Row is not int row) return f.Line is { } own ? ReferenceEquals(own, line) : firstOfCode;
        foreach (var source in line.Sources)
            if (source.Row == row) return true;
        return false;
    }

    public ReportSummary Build()
    {
        _s.CleanClaimRate = _s.Visits == 0 ? 0 : Math.Round((double)_s.CleanVisits / _s.Visits, 4);
        return _s;
    }
}
