using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 CODE_REPLACED_FOR_PAYER / ONE_ON_ONE_NOT_ATTESTED / CODE_NOT_PAYABLE.</summary>
public class CodeRuleTests
{
    [Fact]
    public void Replaced_fires_on_97014_billed_to_medicare()
    {
        // Medicare pays G0283 (illustrative $10.90, 1 unit) for unattended e-stim; 97014 is denied.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97014", 15)), RuleIds.CodeReplacedForPayer));
        Assert.Equal("bill G0283 instead of 97014", f.Fix);
        Assert.Equal(10.90m, f.Amount);
        Assert.Empty(Findings(Visit("commercial-ama", "2026-03-04", Line("97014", 15)), RuleIds.CodeReplacedForPayer));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("G0283", 15)), RuleIds.CodeReplacedForPayer));
    }

    [Fact]
    public void One_on_one_fires_on_97112_not_attested()
    {
        // 97112 20 min → 1 unit × $33.40.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 20, oneOnOne: null)), RuleIds.OneOnOneNotAttested));
        Assert.Equal(33.40m, f.Amount);
        Assert.Contains("one_on_one = Y", f.Fix);
        Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 20, oneOnOne: false)), RuleIds.OneOnOneNotAttested));
    }

    [Fact]
    public void One_on_one_does_not_fire_when_attested_or_for_other_codes()
    {
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97112", 20, oneOnOne: true)), RuleIds.OneOnOneNotAttested));
        Assert.Empty(Findings(Visit("medicare", "2026-03-04", Line("97110", 20, oneOnOne: null)), RuleIds.OneOnOneNotAttested));
        // Two 97112 lines, one not attested: the merged line is not attested.
        Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97112", 10), Line("97112", 10, oneOnOne: null)), RuleIds.OneOnOneNotAttested));
    }

    [Fact]
    public void Not_payable_warns_on_97010_for_medicare_only()
    {
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97010", 10), Line("97110", 30)), RuleIds.CodeNotPayable));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("97010", f.Code);
        Assert.StartsWith("drop 97010", f.Fix);
        Assert.Empty(Findings(Visit("commercial-strict", "2026-03-04", Line("97010", 10)), RuleIds.CodeNotPayable));
    }
}
