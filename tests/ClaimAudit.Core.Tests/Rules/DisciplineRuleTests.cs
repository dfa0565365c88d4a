using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 MOD_DISCIPLINE_MISSING / MOD_DISCIPLINE_WRONG.</summary>
public class DisciplineRuleTests
{
    [Fact]
    public void Missing_fires_on_a_medicare_line_without_GP_and_names_the_fix_and_dollars()
    {
        // 97110 30 min → 2 units × $29.50 (illustrative medicare rate) = $59.00 denied.
        var (e, findings) = Run(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "")));
        var f = Assert.Single(findings, f => f.RuleId == RuleIds.ModDisciplineMissing);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("97110", f.Code);
        Assert.StartsWith("append GP to 97110", f.Fix);
        Assert.Equal(59.00m, f.Amount);
        Assert.Contains("GP", e.Line("97110")!.RequiredModifiers);
    }

    [Fact]
    public void Missing_does_not_fire_with_GP_and_asks_GO_of_an_OT()
    {
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 30)), RuleIds.ModDisciplineMissing));
        var ot = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "", role: ProviderRole.OT)), RuleIds.ModDisciplineMissing));
        Assert.StartsWith("append GO to 97530", ot.Fix);
    }

    [Theory]
    [InlineData(ProviderRole.OT, "GO", "(occupational therapy furnished by an OT)")]
    [InlineData(ProviderRole.SLP, "GN", "furnished by an SLP)")]
    [InlineData(ProviderRole.PT, "GP", "(physical therapy furnished by a PT)")]
    public void The_fix_names_the_role_with_the_article_it_is_read_with(ProviderRole role, string modifier, string ending)
    {
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "", role: role)), RuleIds.ModDisciplineMissing));
        Assert.StartsWith($"append {modifier} to 97530", f.Fix);
        Assert.EndsWith(ending, f.Fix);
    }

    [Fact]
    public void Missing_fires_on_untimed_therapy_codes_outside_97xxx()
    {
        // Strapping (29530) and dry needling (20561) furnished by a PT are untimed therapy codes (section 9): they need GP too.
        var findings = Findings(Visit("medicare", "2026-03-04", Line("29530", 10, modifiers: ""), Line("20561", 15, modifiers: "")), RuleIds.ModDisciplineMissing);
        Assert.Equal(["20561", "29530"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.StartsWith("append GP to", f.Fix));
        // A supply is not a therapy line.
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("A4556", 0, modifiers: "", billed: 2)), RuleIds.ModDisciplineMissing));
    }

    [Fact]
    public void Wrong_fires_on_GO_billed_for_a_PT_line()
    {
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GO")), RuleIds.ModDisciplineWrong));
        Assert.Equal("replace GO with GP on 97110", f.Fix);
        Assert.Equal(59.00m, f.Amount);
        // Not a "missing" too: one problem, one finding.
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 30, modifiers: "GO")), RuleIds.ModDisciplineMissing));
    }

    [Fact]
    public void Wrong_does_not_fire_on_GO_for_an_OT_or_GN_for_an_SLP()
    {
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "GO", role: ProviderRole.OT)), RuleIds.ModDisciplineWrong));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97530", 30, modifiers: "GN", role: ProviderRole.SLP)), RuleIds.ModDisciplineWrong));
    }
}
