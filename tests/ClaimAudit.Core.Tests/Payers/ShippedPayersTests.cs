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
        // Section 9: $2,230 (2023), $2,330 (2024), $2,410 (2025), $2,480 (2026).
        Assert.Equal(2230m, m.KxThresholdFor(2023));
        Assert.Equal(2330m, m.KxThresholdFor(2024));
        Assert.Equal(2410m, m.KxThresholdFor(2025));
        Assert.Equal(2480m, m.KxThresholdFor(2026));
        Assert.Equal(3000m, m.ReviewThreshold);
        Assert.True(m.AssistantModifiers);
        Assert.Equal(0.85m, m.AssistantRate);
        Assert.Equal(["97112"], m.OneOnOneCodes);
        Assert.Equal(["59", "XE", "XS", "XP", "XU"], m.DistinctModifiers);
        Assert.Equal(new Dictionary<string, int>
        {
            ["97110"] = 6, ["97112"] = 4, ["97116"] = 4, ["97140"] = 6, ["97530"] = 6, ["97150"] = 1,
            ["97161"] = 1, ["97162"] = 1, ["97163"] = 1, ["97164"] = 1,
        }, m.DailyUnitLimits);
        Assert.Equal("G0283", m.CodeReplacements["97014"]);
        Assert.Equal(["97010"], m.NotPayable);
        Assert.True(m.RateOf("97112") > 0);
    }

    [Theory]
    [InlineData("medicare")]
    [InlineData("commercial-ama")]
    [InlineData("commercial-strict")]
    public void Every_shipped_profile_lists_its_untimed_and_quantity_codes(string payerId)
    {
        // Section 9: evaluations, 97150, supervised modalities, 29xxx strapping, 95992, 20560/20561,
        // wound care and G0283 are untimed, and so are the SLP session codes (a GN line must not read as
        // a typo); A4556, A4595 and every L-code are supplies billed by quantity.
        var p = Get(payerId);
        Assert.Equal(
        [
            "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "97169", "97170", "97171", "97172",
            "97150", "97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028",
            "29200", "29240", "29260", "29280", "29520", "29530", "29540", "29550", "29580", "29581", "29584",
            "95992", "20560", "20561", "97597", "97598", "97605", "97606", "97607", "97608", "G0283",
            "92507", "92508", "92521", "92522", "92523", "92524", "92526", "92610",
        ], p.UntimedCodes);
        Assert.True(p.IsUntimed("92507"));
        Assert.Equal(["A4556", "A4595", "L*"], p.QuantityCodes);
        Assert.DoesNotContain(p.UntimedCodes!, p.IsTimed);
        Assert.True(p.IsQuantity("L3908"));
        Assert.False(p.Knows("97111"));
    }

    [Fact]
    public void Commercial_templates_still_edit_97112_pairs()
    {
        HashSet<(string, string, bool)> expected = [("97112", "97110", true), ("97112", "97140", true), ("97530", "97112", true)];
        Assert.Equal(expected, Pairs(Get("commercial-ama")));
        Assert.Equal(expected, Pairs(Get("commercial-strict")));
    }
}
