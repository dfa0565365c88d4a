using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using Xunit;

namespace ClaimAudit.Core.Tests.Payers;

/// <summary>
/// Issue 11 / PRODUCT.md section 11: a payer profile's <c>denialCategories</c> (the payer's own entries,
/// read before the shipped mapping) are read, validated with messages naming the entry, and written back.
/// </summary>
public class DenialCategoriesProfileJsonTests
{
    private static PayerProfileException Rejects(string json) => Assert.Throws<PayerProfileException>(() => PayerProfileJson.Parse(json));

    [Fact]
    public void Reads_the_entries_in_order_with_codes_upper_cased_and_they_win_over_the_shipped_mapping()
    {
        var p = PayerProfileJson.ParseOne("""
            {"payerId": "acme", "denialCategories": [
              {"group": "co", "reason": "50", "remark": null, "category": "other"},
              {"reason": "b7", "category": "Authorization"},
              {"remark": "n115", "category": "benefit-limit"}
            ]}
            """);

        Assert.Equal(
        [
            new DenialCategoryEntry("CO", "50", null, RemittanceCategory.Other),
            new DenialCategoryEntry(null, "B7", null, RemittanceCategory.Authorization),
            new DenialCategoryEntry(null, null, "N115", RemittanceCategory.BenefitLimit),
        ], p.DenialCategories);
        // CO-50 is "necessity" in the shipped mapping; this payer's entry (listed first, as specific) places it in "other".
        Assert.Equal(RemittanceCategory.Necessity, DenialCategories.Shipped.Classify(new Adjustment("CO", "50", 10m), []));
        Assert.Equal(RemittanceCategory.Other, DenialCategories.For(p).Classify(new Adjustment("CO", "50", 10m), []));
    }

    [Fact]
    public void A_profile_without_the_field_has_no_entries_and_writes_none()
    {
        var p = PayerProfileJson.ParseOne("""{"payerId": "acme"}""");

        Assert.Empty(p.DenialCategories);
        Assert.DoesNotContain("denialCategories", PayerProfileJson.Serialize(p));
    }

    [Fact]
    public void The_entries_round_trip_through_the_profile_json()
    {
        var p = PayerProfileJson.ParseOne("""
            {"payerId": "acme", "denialCategories": [{"group": "CO", "reason": "16", "remark": "N822", "category": "modifier"}, {"reason": "B7", "category": "authorization"}]}
            """);

        var json = PayerProfileJson.Serialize(p);
        var back = PayerProfileJson.ParseOne(json);

        Assert.Contains("\"category\": \"modifier\"", json);
        Assert.Equal(p.DenialCategories, back.DenialCategories);
        // Several profiles in one file too.
        Assert.Equal(p.DenialCategories, PayerProfileJson.Parse(PayerProfileJson.Serialize([p]))[0].DenialCategories);
    }

    [Fact]
    public void An_unknown_category_is_refused_naming_the_entry_and_listing_the_valid_names()
    {
        var ex = Rejects("""{"payerId": "acme", "denialCategories": [{"reason": "50", "category": "necessity"}, {"reason": "96", "category": "denied"}]}""");

        Assert.Equal(["'acme': denialCategories[1].category 'denied' is not a category; use one of: not-denial, bundling, units, modifier, necessity, benefit-limit, authorization, duplicate, timely-filing, diagnosis, coverage, other"], ex.Errors);
    }

    [Fact]
    public void A_missing_category_is_refused()
    {
        var ex = Rejects("""{"payerId": "acme", "denialCategories": [{"reason": "50"}]}""");

        Assert.Contains(ex.Errors, e => e.StartsWith("'acme': denialCategories[0].category is required (one of: not-denial,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_with_neither_reason_nor_remark_is_refused()
    {
        var ex = Rejects("""{"payerId": "acme", "denialCategories": [{"group": "PR", "category": "coverage"}]}""");

        Assert.Equal(["'acme': denialCategories[0] has neither a reason nor a remark code: it would place every adjustment of group PR; give a reason (CARC, \"50\") or a remark (RARC, \"N362\")"], ex.Errors);
    }

    [Fact]
    public void A_group_outside_the_five_CAS_groups_is_refused()
    {
        var ex = Rejects("""{"payerId": "acme", "denialCategories": [{"group": "XX", "reason": "50", "category": "necessity"}]}""");

        Assert.Equal(["'acme': denialCategories[0].group 'XX' is not a CAS group; use CO, PR, OA, PI or CR (or leave it out for any group)"], ex.Errors);
    }

    [Fact]
    public void A_code_that_is_not_a_code_and_an_unknown_entry_field_are_refused()
    {
        Assert.Contains("'acme': denialCategories[0].reason '50 + 16' is not a reason code (1-5 letters or digits, e.g. \"50\" or \"B7\")",
            Rejects("""{"payerId": "acme", "denialCategories": [{"reason": "50 + 16", "category": "necessity"}]}""").Errors);
        Assert.Contains("'acme': denialCategories[0]: unknown field 'carc' (an entry has group, reason, remark and category)",
            Rejects("""{"payerId": "acme", "denialCategories": [{"carc": "50", "category": "necessity"}]}""").Errors);
        Assert.Contains("expected [{\"group\": \"CO\"",
            Rejects("""{"payerId": "acme", "denialCategories": {"reason": "50"}}""").Message);
    }

    [Fact]
    public void More_than_200_entries_are_refused_and_200_are_read()
    {
        static string Entries(int n) => string.Join(",", Enumerable.Range(1, n).Select(i => $$"""{"reason": "{{i}}", "category": "other"}"""));

        Assert.Equal(200, PayerProfileJson.ParseOne($$"""{"payerId": "acme", "denialCategories": [{{Entries(200)}}]}""").DenialCategories.Count);
        var ex = Rejects($$"""{"payerId": "acme", "denialCategories": [{{Entries(201)}}]}""");
        Assert.Equal(["'acme': denialCategories has 201 entries; a profile may have at most 200 (the shipped mapping still applies after them)"], ex.Errors);
    }
}
