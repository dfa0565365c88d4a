using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Payers;

/// <summary>The shipped profiles carry the facts of PRODUCT.md sections 4 and 9.</summary>
public class ShippedPayersTests
{
    private static PayerProfile Get(string id) => PayerProfileSet.Shipped.Find(id)!;

    private static HashSet<(string, string, bool)> Pairs(PayerProfile p) => p.PtpPairs.Select(x => (x.Column1, x.Column2, x.ModifierAllowed)).ToHashSet();

    [Fact]
    public void Ships_medicare_and_two_commercial_templates()
    {
        Assert.Equal(["commercial-ama", "commercial-strict", "medicare"], ShippedPayers.Load().Select(p => p.PayerId));
        Assert.Equal(UnitMethod.Cms, Get("medicare").UnitMethod);
        Assert.Equal(UnitMethod.Ama, Get("commercial-ama").UnitMethod);
        Assert.Equal(UnitMethod.Strict, Get("commercial-strict").UnitMethod);
        Assert.All(ShippedPayers.Load(), p => Assert.Contains("illustrative", p.Notes));
        Assert.All(ShippedPayers.Load(), p => Assert.Empty(PayerProfileJson.Validate(p)));
    }

    [Fact]
    public void Medicare_carries_exactly_the_ncci_therapy_pairs_of_section_4()
    {
        var expected = new HashSet<(string, string, bool)>();
        foreach (var c in new[] { "97110", "97112", "97116", "97140", "97530", "97535", "97760" }) expected.Add(("97150", c, true));
        foreach (var c in new[] { "97110", "97112", "97116", "97140", "97164" }) expected.Add(("97760", c, true));
        expected.Add(("97140", "97750", true));
        expected.Add(("97530", "97750", true));
        expected.Add(("97750", "97150", false));
        expected.Add(("97113", "97110", true));
        expected.UnionWith([("97161", "97162", false), ("97161", "97163", false), ("97162", "97163", false),
            ("97161", "97164", false), ("97162", "97164", false), ("97163", "97164", false)]);
        Assert.Equal(expected, Pairs(Get("medicare")));
    }

    [Fact]
    public void Medicare_has_no_pair_of_97112_with_97110_97530_or_97140()
    {
        // §4: "97112 with 97110, 97530 or 97140 is not a Medicare pair".
        var medicare = Get("medicare");
        foreach (var other in new[] { "97110", "97530", "97140" })
            Assert.DoesNotContain(medicare.PtpPairs, p => (p.Column1, p.Column2) == ("97112", other) || (p.Column1, p.Column2) == (other, "97112"));
    }

    [Fact]
    public void Medicare_thresholds_assistants_limits_and_replacements()
    {
        var m = Get("medicare");
        Assert.True(m.RequiresDisciplineModifier);
        Assert.Equal(2410m, m.KxThresholdFor(2025));
        Assert.Equal(2480m, m.KxThresholdFor(2026));
        Assert.Equal(3000m, m.ReviewThreshold);
        Assert.True(m.AssistantModifiers);
        Assert.Equal(0.85m, m.AssistantRate);
        Assert.Equal(["97112"], m.OneOnOneCodes);
        Assert.Equal(["59", "XE", "XS", "XP", "XU"], m.DistinctModifiers);
        Assert.Equal(new Dictionary<string, int>
        {
            ["97110"] = 6, ["97112"] = 4, ["97116"] = 4, ["97140"] = 6, ["97530"] = 6,
            ["97161"] = 1, ["97162"] = 1, ["97163"] = 1, ["97164"] = 1,
        }, m.DailyUnitLimits);
        Assert.Equal("G0283", m.CodeReplacements["97014"]);
        Assert.Equal(["97010"], m.NotPayable);
        Assert.True(m.RateOf("97112") > 0);
    }

    [Fact]
    public void Commercial_templates_still_edit_97112_pairs()
    {
        HashSet<(string, string, bool)> expected = [("97112", "97110", true), ("97112", "97140", true), ("97530", "97112", true)];
        Assert.Equal(expected, Pairs(Get("commercial-ama")));
        Assert.Equal(expected, Pairs(Get("commercial-strict")));
    }
}
