using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

public class ClaimRulesTests
{
    [Fact]
    public void Every_section_4_and_10_rule_is_registered_once_in_table_order_and_named_after_its_id()
    {
        Assert.Equal(
        [
            "MOD_DISCIPLINE_MISSING", "MOD_DISCIPLINE_WRONG", "PTP_MODIFIER_MISSING", "PTP_NOT_ALLOWED", "MOD_KX_MISSING",
            "MOD_KX_UNNEEDED", "REVIEW_THRESHOLD", "MOD_ASSISTANT_MISSING", "MOD_ASSISTANT_WRONG", "CODE_REPLACED_FOR_PAYER",
            "ONE_ON_ONE_NOT_ATTESTED", "UNITS_OVERBILLED", "UNITS_UNDERBILLED", "UNITS_UNTIMED_OVER_ONE", "UNITS_OVER_DAILY_LIMIT",
            "CODE_NOT_PAYABLE", "CODE_UNKNOWN", "MOD_ASSISTANT_UNNEEDED",
            "POC_NOT_CERTIFIED", "POC_CERT_DELAYED", "POC_EXPIRED", "PROGRESS_REPORT_DUE", "AUTH_MISSING", "AUTH_EXPIRED",
            "AUTH_EXCEEDED", "VISIT_LIMIT_REACHED", "VISIT_LIMIT_NEAR",
        ], ClaimRules.All.Select(r => r.RuleId));
        foreach (var rule in ClaimRules.All)
            Assert.Equal(rule.RuleId.Replace("_", ""), rule.GetType().Name.ToUpperInvariant());
    }

    [Fact]
    public void A_clean_medicare_visit_has_no_coding_findings_and_lists_required_modifiers()
    {
        // §3 example 1 billed right: 97112 ×2, 97110 ×1, GP on both, 97112 attested one-on-one.
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97112", 24, billed: 2), Line("97110", 23, billed: 1)));
        Assert.DoesNotContain(findings, f => ClaimRules.All.Any(r => r.RuleId == f.RuleId));
        Assert.Equal(["GP"], e.Line("97112")!.RequiredModifiers);
    }

    [Fact]
    public void Messages_and_fixes_never_carry_the_patient_id()
    {
        var visit = Visit("V-9", "PATIENT-SECRET-77", "medicare", "2026-03-04", 2470m,
            Line("97112", 70, modifiers: "GO;CO", billed: 7, oneOnOne: null), Line("97150", 30, billed: 2), Line("97014", 15, modifiers: ""), Line("97010", 10));
        var findings = Run(visit).Findings;
        Assert.True(findings.Count >= 8);
        Assert.All(findings, f =>
        {
            Assert.DoesNotContain("PATIENT-SECRET", f.Message);
            Assert.DoesNotContain("PATIENT-SECRET", f.Fix);
            Assert.False(string.IsNullOrWhiteSpace(f.Fix));
        });
    }
}
