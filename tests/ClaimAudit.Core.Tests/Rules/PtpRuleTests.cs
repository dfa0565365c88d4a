using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 PTP_MODIFIER_MISSING / PTP_NOT_ALLOWED, per patient per date across visits.</summary>
public class PtpRuleTests
{
    [Fact]
    public void Trap_97112_with_97110_needs_no_59_for_medicare()
    {
        // §4: "97112 with 97110, 97530 or 97140 is not a Medicare pair".
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97112", 20), Line("97110", 15), Line("97140", 10), Line("97530", 10)));
        Assert.DoesNotContain(findings, f => f.RuleId is RuleIds.PtpModifierMissing or RuleIds.PtpNotAllowed);
        Assert.DoesNotContain("59", e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void Trap_97112_with_97110_needs_59_for_commercial_ama()
    {
        // commercial-ama carries 97112 (column 1) over 97110 (column 2), modifier allowed. 97110 15 min → 1 unit × $35.40.
        var (e, findings) = Run(Visit("commercial-ama", "2026-03-04", Line("97112", 20), Line("97110", 15)));
        var f = Assert.Single(findings, f => f.RuleId == RuleIds.PtpModifierMissing);
        Assert.Equal("97110", f.Code);
        Assert.StartsWith("append 59 to 97110", f.Fix);
        Assert.Equal(35.40m, f.Amount);
        Assert.Contains("59", e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void A_distinct_modifier_on_column_2_satisfies_the_edit()
    {
        Assert.Empty(Findings(Visit("commercial-ama", "2026-03-04", Line("97112", 20), Line("97110", 15, modifiers: "GP;59")), RuleIds.PtpModifierMissing));
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97150", 30), Line("97110", 15, modifiers: "GP;XU")));
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.PtpModifierMissing);
        Assert.Contains("XU", e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void Medicare_97150_over_97110_across_two_visits_is_reported_once_on_the_column_2_visit()
    {
        var group = Visit("V-A", "P-1", "medicare", "2026-03-04", null, Line("97150", 30));
        var individual = Visit("V-B", "P-1", "medicare", "2026-03-04", null, Line("97110", 30));
        var otherPatient = Visit("V-C", "P-2", "medicare", "2026-03-04", null, Line("97110", 30));
        var otherDay = Visit("V-D", "P-1", "medicare", "2026-03-05", null, Line("97110", 30));
        var byVisit = RunBatch(group, individual, otherPatient, otherDay);
        var f = Assert.Single(byVisit["V-B"], f => f.RuleId == RuleIds.PtpModifierMissing);
        Assert.Contains("97150", f.Message);
        Assert.Equal(59.00m, f.Amount);
        Assert.DoesNotContain(byVisit["V-A"], f => f.RuleId == RuleIds.PtpModifierMissing);
        Assert.DoesNotContain(byVisit["V-C"], f => f.RuleId == RuleIds.PtpModifierMissing);
        Assert.DoesNotContain(byVisit["V-D"], f => f.RuleId == RuleIds.PtpModifierMissing);
    }

    [Fact]
    public void A_column_2_code_under_two_column_1_codes_gets_one_finding_naming_both()
    {
        // Medicare: 97150 over 97110 and 97760 over 97110; 97150 over 97760 too.
        var findings = Findings(Visit("medicare", "2026-03-04", Line("97150", 30), Line("97760", 15), Line("97110", 15)), RuleIds.PtpModifierMissing);
        var on97110 = Assert.Single(findings, f => f.Code == "97110");
        Assert.Contains("97150 and 97760", on97110.Message);
        Assert.Single(findings, f => f.Code == "97760");
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_line_with_zero_units_does_not_trigger_the_edit()
    {
        // 97110 billed 0 units (and 5 min computes 0 alone) is not "billed" for PTP purposes.
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97150", 30), Line("97110", 5, billed: 0)), RuleIds.PtpModifierMissing));
    }

    [Fact]
    public void Not_allowed_fires_on_97150_with_97750_even_with_59()
    {
        // Medicare: 97750 (column 1) over 97150 (column 2), modifier indicator 0. 97150 → 1 unit × $18.60.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97750", 30), Line("97150", 30, modifiers: "GP;59")), RuleIds.PtpNotAllowed));
        Assert.Equal("97150", f.Code);
        Assert.Equal(18.60m, f.Amount);
        Assert.StartsWith("remove 97150", f.Fix);
    }

    [Fact]
    public void Not_allowed_fires_on_a_re_evaluation_with_an_evaluation_and_not_on_an_evaluation_alone()
    {
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97161", 40), Line("97164", 20)), RuleIds.PtpNotAllowed));
        Assert.Equal("97164", f.Code);
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97161", 40), Line("97110", 20)), RuleIds.PtpNotAllowed));
    }
}
