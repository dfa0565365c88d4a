using System.Text;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Payers;

public class NcciImportTests
{
    private static Stream Text(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    private static readonly PayerProfile Empty = new() { PayerId = "acme" };

    // Shaped like the CMS practitioner PTP text file: copyright lines, then a tab-separated header.
    private const string Ptp =
        "CPT codes, descriptions and other data only are copyright 2025 American Medical Association.\n" +
        "\n" +
        "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n" +
        "97150\t97110\t\t20200101\t*\t1\tMisuse of column two code with column one code\n" +
        "97140\t97530\t\t20000101\t20190101\t1\tdeleted in 2019\n" +
        "97750\t97150\t\t20000101\t*\t0\tMutually exclusive procedures\n" +
        "97530\t97750\t\t20000101\t*\t9\tnot applicable\n" +
        "99213\t97110\t\t20000101\t*\t1\tnot a therapy pair\n" +
        "97760\t97164\t\t20300101\t*\t1\tnot yet effective\n";

    [Fact]
    public void Ptp_import_keeps_active_therapy_pairs_and_drops_deleted_ones()
    {
        var profile = NcciImport.ApplyPtp(Empty with { PtpPairs = [new PtpPair("97112", "97110", true)] }, Text(Ptp), asOf: new DateOnly(2026, 1, 1));
        Assert.Equal([new PtpPair("97150", "97110", true), new PtpPair("97750", "97150", false)], profile.PtpPairs);
    }

    [Fact]
    public void Ptp_import_without_a_date_drops_every_deleted_pair_and_can_keep_all_codes()
    {
        var all = NcciImport.ApplyPtp(Empty, Text(Ptp), allCodes: true);
        Assert.Contains(new PtpPair("99213", "97110", true), all.PtpPairs);
        Assert.Contains(new PtpPair("97760", "97164", true), all.PtpPairs);
        Assert.DoesNotContain(all.PtpPairs, p => p.Column1 == "97140");
    }

    [Fact]
    public void Ptp_import_rejects_a_bad_modifier_indicator_naming_the_line()
    {
        var ex = Assert.Throws<PayerProfileException>(() => NcciImport.ApplyPtp(Empty,
            Text("Column 1,Column 2,Effective Date,Deletion Date,Modifier\n97150,97110,20200101,*,7\n")));
        Assert.Contains("modifier indicator '7' must be 0, 1 or 9", ex.Message);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void Ptp_import_needs_a_header()
    {
        var ex = Assert.Throws<PayerProfileException>(() => NcciImport.ApplyPtp(Empty, Text("97150\t97110\t1\n")));
        Assert.Contains("no header", ex.Message);
    }

    [Fact]
    public void Mue_import_sets_daily_limits_of_therapy_codes()
    {
        const string mue =
            "Practitioner Services MUE Table, copyright notice\n" +
            "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale\n" +
            "97112,4,3 Date of Service Edit: Clinical,Clinical: Data\n" +
            "97110,6,3 Date of Service Edit: Clinical,Clinical: Data\n" +
            "99213,1,2 Date of Service Edit: Policy,Nature of Service/Procedure\n";
        var profile = NcciImport.ApplyMue(Empty with { DailyUnitLimits = new Dictionary<string, int> { ["97112"] = 9, ["97140"] = 6 } }, Text(mue));
        Assert.Equal(new Dictionary<string, int> { ["97112"] = 4, ["97110"] = 6, ["97140"] = 6 }, profile.DailyUnitLimits);
    }

    [Fact]
    public void Imports_keep_the_untimed_codes_of_the_profile_outside_the_97xxx_range()
    {
        // 29530 (strapping), 20560 (dry needling) and 95992 (canalith repositioning) are untimed therapy
        // codes by default (section 9); a pair with an office visit code is still dropped.
        const string ptp =
            "Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\n" +
            "97140\t20560\t20200101\t*\t1\n" +
            "29530\t97140\t20200101\t*\t1\n" +
            "95992\t97112\t20200101\t*\t1\n" +
            "99213\t29530\t20200101\t*\t1\n";
        var profile = NcciImport.ApplyPtp(Empty, Text(ptp));
        Assert.Equal([new PtpPair("97140", "20560", true), new PtpPair("29530", "97140", true), new PtpPair("95992", "97112", true)], profile.PtpPairs);

        // A profile's own untimedCodes list decides: one that lists 29581 keeps its MUE, one that lists only 97150 does not keep 20560's.
        const string mue = "HCPCS/CPT Code,Practitioner Services MUE Values\n29581,2\n20560,1\n97150,1\n";
        var own = NcciImport.ApplyMue(Empty with { UntimedCodes = ["97150", "29581"] }, Text(mue));
        Assert.Equal(new Dictionary<string, int> { ["29581"] = 2, ["97150"] = 1 }, own.DailyUnitLimits);
    }
}
