using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using Xunit;

namespace ClaimAudit.Core.Tests.Remittances;

// The shipped mapping is PRODUCT.md section 11's list; each case cites the pair it reads.
public sealed class DenialCategoriesTests
{
    [Theory]
    [InlineData("CO", "45", "", RemittanceCategory.NotDenial)]     // contractual write-down
    [InlineData("CO", "253", "", RemittanceCategory.NotDenial)]    // sequestration
    [InlineData("PR", "2", "", RemittanceCategory.NotDenial)]      // coinsurance
    [InlineData("OA", "23", "", RemittanceCategory.NotDenial)]     // prior payer
    [InlineData("CO", "97", "", RemittanceCategory.Bundling)]
    [InlineData("CO", "59", "M80", RemittanceCategory.Bundling)]   // the remark alone places it
    [InlineData("CO", "96", "N362", RemittanceCategory.Units)]     // 96 + N362 is units, not coverage
    [InlineData("CO", "96", "", RemittanceCategory.Coverage)]      // 96 alone: non-covered
    [InlineData("CO", "16", "N822", RemittanceCategory.Modifier)]
    [InlineData("CO", "16", "", RemittanceCategory.Other)]         // 16 without N822: missing information, not placed
    [InlineData("CO", "50", "", RemittanceCategory.Necessity)]
    [InlineData("CO", "119", "", RemittanceCategory.BenefitLimit)]
    [InlineData("CO", "197", "", RemittanceCategory.Authorization)]
    [InlineData("CO", "18", "", RemittanceCategory.Duplicate)]
    [InlineData("CO", "29", "", RemittanceCategory.TimelyFiling)]
    [InlineData("CO", "11", "", RemittanceCategory.Diagnosis)]
    [InlineData("PR", "204", "", RemittanceCategory.Coverage)]     // PR is a denial unless it is PR-1/2/3
    [InlineData("CO", "45", "N640", RemittanceCategory.NotDenial)] // group + reason (2) beats a remark alone (1)
    [InlineData("CO", "999", "", RemittanceCategory.Other)]
    public void Shipped_mapping_places_each_code_of_the_contract(string group, string reason, string remark, RemittanceCategory expected)
    {
        var remarks = remark.Length == 0 ? Array.Empty<string>() : [remark];
        Assert.Equal(expected, DenialCategories.Shipped.Classify(new Adjustment(group, reason, 10m), remarks));
    }

    [Fact]
    public void A_payer_entry_wins_over_the_shipped_entry_of_the_same_specificity()
    {
        var profile = PayerProfileSet.Shipped.Find("commercial-ama")! with
        {
            DenialCategories = [new DenialCategoryEntry(null, "50", null, RemittanceCategory.Coverage)],
        };
        Assert.Equal(RemittanceCategory.Coverage, DenialCategories.For(profile).Classify(new Adjustment("CO", "50", 10m), []));
        Assert.Equal(RemittanceCategory.Necessity, DenialCategories.Shipped.Classify(new Adjustment("CO", "50", 10m), []));
    }

    [Fact]
    public void Labels_are_our_own_short_words_and_unknown_codes_read_as_themselves()
    {
        Assert.Equal("Units over the maximum the payer allows", DenialCategories.LabelOf("n362"));
        Assert.Equal("B7", DenialCategories.LabelOf("B7"));
        Assert.Equal("benefit-limit", DenialCategories.NameOf(RemittanceCategory.BenefitLimit));
        Assert.Equal(RemittanceCategory.TimelyFiling, DenialCategories.Parse("Timely-Filing"));
    }
}
