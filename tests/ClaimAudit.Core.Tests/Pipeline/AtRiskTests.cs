using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Pipeline.BatchAuditKit;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 13: "amount" means one thing, and the summary's at-risk figure is reproducible from the
/// findings — each line's (and each visit's) at-risk dollars are carried by exactly one finding's
/// <see cref="FindingReport.AtRisk"/>, and a claim is never counted as lost twice.
/// Shipped medicare rates: 97110 $29.50, 97112 $33.40.
/// </summary>
public class AtRiskTests
{
    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,provider_role,one_on_one,billed_units,billed_modifiers";
    private const string EpisodeHeader = Header + ",start_of_care,poc_start";

    [Fact]
    public void A_visit_level_error_and_a_line_error_put_the_claim_at_risk_once()
    {
        // Start of care 2026-01-20, visit 2026-03-02: 41 days with no certification date → POC_NOT_CERTIFIED,
        // an error on the visit for what the claim asks: 97110 billed 3 units × $29.50 = $88.50 (§10).
        // 30 min supports 2 units, so the line is also UNITS_OVERBILLED, 1 unit × $29.50 = $29.50 (§3).
        // The claim is at risk for $88.50 (the whole claim), not $88.50 + $29.50.
        var (report, visits) = Audit(Csv(EpisodeHeader,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,Y,3,GP,2026-01-20,2026-01-20"));
        var v = visits.Visit("V-1");
        Assert.Equal(88.50m, Assert.Single(v.Of(RuleIds.PocNotCertified)).Amount);
        Assert.Equal(29.50m, Assert.Single(v.Of(RuleIds.UnitsOverbilled)).Amount);

        Assert.Equal(88.50m, report.Summary.Revenue.AtRisk);
        Assert.Equal(88.50m, Assert.Single(v.Of(RuleIds.PocNotCertified)).AtRisk);
        Assert.Equal(0m, Assert.Single(v.Of(RuleIds.UnitsOverbilled)).AtRisk);
    }

    [Fact]
    public void Two_errors_on_one_line_count_its_dollars_once_on_the_first_with_the_largest_amount()
    {
        // 97110 30 min billed 3 units with no GP: UNITS_OVERBILLED $29.50 (1 unit over) on the line and
        // MOD_DISCIPLINE_MISSING on its row for the 3 billed units, $88.50. The line is at risk for $88.50.
        var (report, visits) = Audit(Csv(Header, "V-1,P-1,2026-03-02,medicare,97110,30,PT,Y,3,"));
        var v = visits.Visit("V-1");
        var errors = v.Findings.Where(f => f.Severity == "error").ToList();
        Assert.True(errors.Count >= 2, string.Join(", ", errors.Select(f => f.RuleId)));
        Assert.Equal(report.Summary.Revenue.AtRisk, errors.Sum(f => f.AtRisk));
        Assert.Single(errors, f => f.AtRisk > 0);
        Assert.Equal(errors.Max(f => f.Amount), errors.Single(f => f.AtRisk > 0).AtRisk);
    }

    [Fact]
    public void Each_denied_row_of_a_merged_line_carries_its_own_share()
    {
        // Two 97110 rows, 30 min and 2 units each, neither with GP: $59.00 each, $118.00 at risk.
        var (report, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,Y,2,",
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,Y,2,"));
        Assert.Equal([59.00m, 59.00m], visits.Visit("V-1").Of(RuleIds.ModDisciplineMissing).Select(f => f.AtRisk));
        Assert.Equal(118.00m, report.Summary.Revenue.AtRisk);
    }

    [Fact]
    public void A_PT_line_and_an_OT_line_of_one_code_each_carry_their_own_error()
    {
        // 97110 by the PT (GP) and by the OT (GO), 23 min each, 3 units billed each: each line supports
        // 2 units (§3), so each is over-billed by 1 unit × $29.50. Both errors are at risk: $59.00, on two
        // lines with errors — not one line's $29.50 with the OT's finding shown on the PT's line.
        var (report, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,23,PT,Y,3,GP",
            "V-1,P-1,2026-03-02,medicare,97110,23,OT,Y,3,GO"));
        var v = visits.Visit("V-1");
        var over = v.Of(RuleIds.UnitsOverbilled).ToList();
        Assert.Equal(2, over.Count);
        Assert.Equal([29.50m, 29.50m], over.Select(f => f.AtRisk));
        Assert.Equal(59.00m, report.Summary.Revenue.AtRisk);
        Assert.Equal(2, report.Summary.ByCode["97110"].LinesWithErrors);
        // Each finding is put on its own line: the PT's cells for one, the OT's for the other.
        Assert.Equal([["GP"], ["GO"]], over.Select(f => FindingFacts.LineOf(v, f)!.BilledModifiers.ToArray()));
        Assert.Equal(["V-1-2", "V-1-3"], over.Select(f => f.LineControl));
    }

    [Fact]
    public void Warnings_carry_no_at_risk_dollars()
    {
        // 97110 33 + 97140 7 = 40 timed minutes → 3 units: 97110 2, 97140 1 (§3). 97140 billed 0 units is
        // under-billed by 1 unit, a warning — money left on the table, not at risk.
        var (report, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,33,PT,Y,2,GP",
            "V-1,P-1,2026-03-02,medicare,97140,7,PT,Y,0,GP"));
        var under = Assert.Single(visits.Visit("V-1").Of(RuleIds.UnitsUnderbilled));
        Assert.True(under.Amount > 0);
        Assert.Equal(0m, under.AtRisk);
        Assert.Equal(0m, report.Summary.Revenue.AtRisk);
    }

    [Fact]
    public void The_sample_batch_at_risk_is_the_sum_of_its_findings_shares_and_no_visit_is_at_risk_for_more_than_it_is_worth()
    {
        var csv = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "visits.csv"));
        var (report, visits) = Audit(csv);
        Assert.True(report.Summary.Revenue.AtRisk > 0);
        Assert.Equal(report.Summary.Revenue.AtRisk, visits.SelectMany(v => v.Findings).Sum(f => f.AtRisk));
        // No visit is at risk for more than the claim asks for or is worth.
        foreach (var v in visits)
        {
            var worth = Math.Max(v.Lines.Sum(l => l.Value), v.Lines.Sum(l => l.BilledValue));
            Assert.True(v.Findings.Sum(f => f.AtRisk) <= worth, $"{v.VisitId}: at risk {v.Findings.Sum(f => f.AtRisk)} > {worth}");
        }
    }
}
