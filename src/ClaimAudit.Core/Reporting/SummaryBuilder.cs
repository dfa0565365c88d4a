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

    public void Add(VisitEvaluation e, List<Finding> findings)
    {
        var s = _s;
        s.Visits++;
        s.Lines += e.Lines.Count;
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
            // An error on no code is at risk as a whole (a missing diagnosis holds the claim).
            if (f.Severity == Severity.Error && f.Code is null) s.Revenue.AtRisk += f.Amount;
        }
        if (findings.Count == 0) s.CleanVisits++;
        if (!s.ByPayer.TryGetValue(e.Visit.PayerId, out var payer)) s.ByPayer[e.Visit.PayerId] = payer = new PayerSummary();
        payer.Visits++;
        if (hasError) payer.VisitsWithErrors++;

        for (var i = 0; i < e.Lines.Count; i++)
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
            if (!hasError) continue;
            var (anyError, atRisk) = LineAtRisk(e.Lines, i, findings);
            if (anyError) code.LinesWithErrors++;
            s.Revenue.AtRisk += atRisk;
        }
    }

    /// <summary>
    /// Whether an error falls on the line, and the dollars at risk on it. A finding naming a row
    /// belongs to the line holding that row; one without a row to the first line of its code (a PT
    /// and an OT line of one code must not both take it). Each row is a claim line: it is at risk
    /// once, for the largest amount any error puts on it; errors on the merged line (units,
    /// documentation) put the line at risk as a whole.
    /// </summary>
    private static (bool AnyError, decimal AtRisk) LineAtRisk(IReadOnlyList<CodeLine> lines, int index, List<Finding> findings)
    {
        var line = lines[index];
        var firstOfCode = true;
        for (var j = 0; j < index; j++)
            if (lines[j].Code == line.Code) { firstOfCode = false; break; }

        var any = false;
        decimal byRow = 0m, whole = 0m;
        for (var k = 0; k < findings.Count; k++)
        {
            var f = findings[k];
            if (!IsErrorOn(f, line, firstOfCode)) continue;
            any = true;
            if (f.Row is not int row) { whole = Math.Max(whole, f.Amount); continue; }
            // Each row once: at its first error, with the largest amount of its errors.
            var seen = false;
            for (var j = 0; j < k && !seen; j++) seen = findings[j].Row == row && IsErrorOn(findings[j], line, firstOfCode);
            if (seen) continue;
            var max = f.Amount;
            for (var j = k + 1; j < findings.Count; j++)
                if (findings[j].Row == row && IsErrorOn(findings[j], line, firstOfCode)) max = Math.Max(max, findings[j].Amount);
            byRow += max;
        }
        return (any, Math.Max(byRow, whole));
    }

    private static bool IsErrorOn(Finding f, CodeLine line, bool firstOfCode)
    {
        if (f.Severity != Severity.Error || f.Code != line.Code) return false;
        if (f.Row is not int row) return firstOfCode;
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
