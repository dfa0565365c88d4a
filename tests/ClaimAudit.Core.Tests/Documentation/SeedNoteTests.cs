using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Documentation.DocFixture;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>The two notes of the same 40-minute 97112 session from PRODUCT.md section 5.</summary>
public class SeedNoteTests
{
    [Fact]
    public void Generic_note_fails_on_technique_generic_phrases_measure_and_one_on_one()
    {
        var findings = Run(FailingNote, ("97112", 40));
        var ids = findings.RuleIds();

        Assert.Contains(RuleIds.DocTechniqueMissing, ids);
        Assert.Contains(RuleIds.DocGenericOnly, ids);
        Assert.Contains(RuleIds.DocMeasureMissing, ids);
        Assert.Contains(RuleIds.DocOneOnOneMissing, ids);

        var technique = findings.Single(f => f.RuleId == RuleIds.DocTechniqueMissing);
        Assert.Equal(Severity.Error, technique.Severity);
        Assert.Equal("97112", technique.Code);
        // 40 min of 97112 under the 8-minute rule = 3 units at the fixture's $40 → $120 at risk.
        Assert.Equal(120m, technique.Amount);
        Assert.Contains("technique", technique.Message);
        Assert.Contains("PNF", technique.Fix);

        var generic = findings.Single(f => f.RuleId == RuleIds.DocGenericOnly);
        Assert.Contains("\"balance training\"", generic.Message);
        Assert.Contains("\"tolerated well\"", generic.Message);
        Assert.Contains("\"continue plan of care\"", generic.Message);
        Assert.Equal(Severity.Warning, generic.Severity);

        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Fix)));
    }

    [Fact]
    public void Specific_note_passes_every_documentation_rule()
    {
        var findings = Run(PassingNote, ("97112", 40));
        Assert.Empty(findings);
    }
}
