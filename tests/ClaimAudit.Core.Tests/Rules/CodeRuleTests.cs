using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 CODE_REPLACED_FOR_PAYER / ONE_ON_ONE_NOT_ATTESTED / CODE_NOT_PAYABLE / CODE_UNKNOWN.</summary>
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

    [Fact]
    public void Unknown_warns_on_a_mistyped_code_and_checks_nothing_for_it()
    {
        // 97111 (meant 97112 or 97110) with 38 min and 3 billed units: neither timed nor untimed for Medicare.
        // Only CODE_UNKNOWN is asserted here; how the unit rules treat the line is the engine's part.
        var f = Assert.Single(Findings(Visit("medicare", "2026-03-04", Line("97111", 38, billed: 3), Line("97110", 23, billed: 2)), RuleIds.CodeUnknown));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("97111", f.Code);
        Assert.Equal(0m, f.Amount);
        Assert.Contains("97111 is neither a timed nor an untimed code in Medicare Part B's profile", f.Message);
        Assert.Contains("units were not checked", f.Message);
        Assert.Contains("typo", f.Fix);
        Assert.Contains("timedCodes or untimedCodes", f.Fix);
        // The commercial templates do not know it either.
        Assert.Single(Findings(Visit("commercial-ama", "2026-03-04", Line("97111", 38, billed: 3)), RuleIds.CodeUnknown));
    }

    [Fact]
    public void Unknown_is_silent_for_timed_untimed_and_quantity_codes()
    {
        // 97112 timed, 97161 untimed (an evaluation), A4556 a supply billed by quantity, G0283 untimed.
        var visit = Visit("medicare", "2026-03-04", Line("97112", 24, billed: 2), Line("97161", 45, billed: 1), Line("A4556", 0, billed: 2), Line("G0283", 15, billed: 1));
        Assert.Empty(Findings(visit, RuleIds.CodeUnknown));
    }

    [Fact]
    public void Unknown_gives_one_finding_per_code_of_the_visit()
    {
        // Two rows of 97111 form one line of the visit; 99999 is another unknown code.
        var findings = Findings(Visit("medicare", "2026-03-04", Line("97111", 20), Line("97111", 18), Line("99999", 10)), RuleIds.CodeUnknown);
        Assert.Equal(["97111", "99999"], findings.Select(f => f.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_follows_the_payers_own_untimed_list()
    {
        // A clinic's profile whose untimedCodes hold only 97150 and 29530: strapping is known, an evaluation is not.
        var acme = new PayerProfile { PayerId = "acme", Name = "Acme", UntimedCodes = ["97150", "29530"] };
        var engine = new AuditEngine(PayerProfileSet.Shipped.With([acme]));
        var visit = Visit("acme", "2026-03-04", Line("29530", 10, billed: 1), Line("97161", 45, billed: 1));
        var evaluation = engine.BuildEvaluation(visit);
        var f = Assert.Single(engine.Run(evaluation).Findings, f => f.RuleId == RuleIds.CodeUnknown);
        Assert.Equal("97161", f.Code);
        Assert.Contains("in Acme's profile", f.Message);
    }
}
