using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 MOD_ASSISTANT_MISSING / MOD_ASSISTANT_WRONG: PTA → CQ with GP, OTA → CO with GO, the 10 % rule.</summary>
public class AssistantRuleTests
{
    [Fact]
    public void Missing_fires_on_a_PTA_line_without_CQ_at_the_assistant_rate()
    {
        // 97110 30 min → 2 units × $29.50 × 0.85 = $50.15.
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97110", 30, role: ProviderRole.PTA)));
        var f = Assert.Single(findings, f => f.RuleId == RuleIds.ModAssistantMissing);
        Assert.Equal("append CQ to 97110 (with GP)", f.Fix);
        Assert.Equal(50.15m, f.Amount);
        Assert.Equal(["CQ", "GP"], e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void Amounts_at_the_assistant_rate_are_in_whole_cents()
    {
        // 97112 45 min → 3 units × $33.40 × 0.85 = $85.170 → reported as 85.17.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 45, role: ProviderRole.PTA)), RuleIds.ModAssistantMissing));
        Assert.Equal("85.17", f.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Missing_follows_the_10_percent_rule_for_shared_lines()
    {
        // 4 of 30 minutes by a PTA is over 10 % → CQ; 3 of 30 is exactly 10 % → not "in part".
        Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, assistantMinutes: 4)), RuleIds.ModAssistantMissing));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, assistantMinutes: 3)), RuleIds.ModAssistantMissing));
    }

    [Fact]
    public void Missing_asks_CO_of_an_OTA_and_nothing_of_a_payer_without_assistant_modifiers()
    {
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "GO", role: ProviderRole.OTA)), RuleIds.ModAssistantMissing));
        Assert.Equal("append CO to 97530 (with GO)", f.Fix);
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GP;CQ", role: ProviderRole.PTA)), RuleIds.ModAssistantMissing));
        Assert.Empty(Findings(Visit("commercial-ama", "2026-03-04", Line("97110", 30, role: ProviderRole.PTA)), RuleIds.ModAssistantMissing));
    }

    [Fact]
    public void Trap_CO_on_a_PTA_line_is_wrong_and_CQ_is_needed()
    {
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GP;CO", role: ProviderRole.PTA)));
        var f = Assert.Single(findings, f => f.RuleId == RuleIds.ModAssistantWrong);
        Assert.Contains("CO is the occupational-therapy assistant modifier", f.Message);
        Assert.Equal("replace CO with CQ on 97110", f.Fix);
        Assert.Equal(50.15m, f.Amount);
        // Section 4: the PTA line still lacks CQ, so it is reported missing as well as CO being wrong.
        Assert.Equal("append CQ to 97110 (with GP)", Assert.Single(findings, f => f.RuleId == RuleIds.ModAssistantMissing).Fix);
        // CO is not "unneeded" on a line a PTA furnished: it is the wrong assistant modifier, said once.
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.ModAssistantUnneeded);
        Assert.Contains("CQ", e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void Wrong_fires_on_CO_on_a_PT_line_and_CQ_on_an_OT_line_but_not_on_the_right_pairs()
    {
        Assert.Equal("remove CO from 97110", Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GP;CO")), RuleIds.ModAssistantWrong)).Fix);
        Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "GO;CQ", role: ProviderRole.OTA)), RuleIds.ModAssistantWrong));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "GO;CO", role: ProviderRole.OTA)), RuleIds.ModAssistantWrong));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GP;CQ", role: ProviderRole.PTA)), RuleIds.ModAssistantWrong));
    }
}
