using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>§4 MOD_KX_MISSING / MOD_KX_UNNEEDED / REVIEW_THRESHOLD: Medicare KX $2,230 (2023), $2,330 (2024), $2,410 (2025), $2,480 (2026), review at $3,000.</summary>
public class KxRuleTests
{
    // One full visit: 97110 90 (6 u × 29.50 = 177.00), 97530 90 (6 u × 35.10 = 210.60), 97140 90 (6 u × 27.30 = 163.80),
    // 97116 60 (4 u × 29.10 = 116.40) → $667.80; 330 min → 22 units = the whole units, so no leftover moves.
    private static Visit Full(string id, string date, decimal? ytd = null) =>
        Visit(id, "P-KX", "medicare", date, ytd, Line("97110", 90), Line("97530", 90), Line("97140", 90), Line("97116", 60));

    [Fact]
    public void Missing_fires_on_the_lines_past_the_threshold_in_line_order()
    {
        // ytd 2440 + 97112 1 u ($33.40) = 2473.40 (under 2480) + 97110 1 u ($29.50) = 2502.90 → only 97110 needs KX.
        var (e, findings) = Run(Visit("V-1", "P-1", "medicare", "2026-03-04", 2440m, Line("97112", 15), Line("97110", 15)));
        var f = Assert.Single(findings, f => f.RuleId == RuleIds.ModKxMissing);
        Assert.Equal("97110", f.Code);
        Assert.Equal(29.50m, f.Amount);
        Assert.Contains("$2,502.90", f.Message);
        Assert.Contains("$2,480.00", f.Message);
        Assert.StartsWith("append KX to 97110", f.Fix);
        Assert.Contains("KX", e.Line("97110")!.RequiredModifiers);
        Assert.DoesNotContain("KX", e.Line("97112")!.RequiredModifiers);
    }

    [Fact]
    public void Missing_does_not_fire_when_KX_is_billed_or_the_total_stays_under()
    {
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2460m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ModKxMissing));
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2400m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Empty(Findings(Visit("V-1", "P-1", "commercial-ama", "2026-03-04", 90000m, Line("97110", 15)), RuleIds.ModKxMissing));
    }

    [Fact]
    public void The_threshold_is_chosen_by_the_year_of_service()
    {
        // ytd 2400 + $29.50 = 2429.50: past 2025's $2,410, under 2026's $2,480.
        Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2025-11-04", 2400m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2026-01-04", 2400m, Line("97110", 15)), RuleIds.ModKxMissing));
    }

    [Fact]
    public void The_2023_and_2024_thresholds_apply_to_claims_of_those_years()
    {
        // ytd 2310 + 97110 1 u ($29.50) = 2339.50: past 2024's $2,330 (the claim needs KX), under 2025's $2,410.
        var f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2024-06-03", 2310m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Contains("$2,339.50", f.Message);
        Assert.Contains("$2,330.00", f.Message);
        Assert.DoesNotContain("threshold yet", f.Message);
        // ytd 2210 + $29.50 = 2239.50: past 2023's $2,230.
        f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2023-11-20", 2210m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Contains("$2,230.00", f.Message);
        // ytd 2290 + $29.50 = 2319.50: under 2024's $2,330, so KX billed then is unneeded.
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2024-06-03", 2290m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2024-06-03", 2290m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ModKxUnneeded));
    }

    [Fact]
    public void A_year_the_profile_does_not_have_yet_uses_the_latest_earlier_threshold_and_says_so()
    {
        // January 2027: the shipped profile knows 2023 to 2026 only. ytd 2470 + $29.50 = 2499.50 passes 2026's $2,480.
        var f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2027-01-06", 2470m, Line("97110", 15)), RuleIds.ModKxMissing));
        Assert.Contains("no 2027 threshold yet, so 2026's is used", f.Message);
        // A year before any threshold of the profile is not checked at all.
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2022-06-03", 9000m, Line("97110", 15)), RuleIds.ModKxMissing));
    }

    [Fact]
    public void OT_lines_count_apart_from_PT_and_SLP()
    {
        // The PT group is past $2,480 after four full visits ($2,671.20); the OT group starts at $0, so the OT visit needs no KX.
        var ot = Visit("V-OT", "P-KX", "medicare", "2026-03-28", null, Line("97530", 30, modifiers: "GO", role: ProviderRole.OT));
        var pt = Visit("V-PT", "P-KX", "medicare", "2026-03-28", null, Line("97110", 15));
        var byVisit = RunBatch(Full("V-1", "2026-03-02"), Full("V-2", "2026-03-10"), Full("V-3", "2026-03-20"), Full("V-4", "2026-03-27"), ot, pt);
        Assert.DoesNotContain(byVisit["V-OT"], f => f.RuleId == RuleIds.ModKxMissing);
        Assert.Single(byVisit["V-PT"], f => f.RuleId == RuleIds.ModKxMissing);
    }

    [Fact]
    public void KX_crosses_within_a_batch_by_accumulating_visits_in_date_order()
    {
        // Given out of date order. By date: V-1 667.80, V-2 1335.60, V-3 2003.40; V-4: 97110 → 2180.40, 97530 → 2391.00,
        // 97140 → 2554.80 (past 2480), 97116 → 2671.20: KX on 97140 and 97116 of V-4 only.
        var byVisit = RunBatch(Full("V-4", "2026-03-27"), Full("V-2", "2026-03-10"), Full("V-1", "2026-03-02"), Full("V-3", "2026-03-20"));
        Assert.Equal(["97140", "97116"], byVisit["V-4"].Where(f => f.RuleId == RuleIds.ModKxMissing).Select(f => f.Code));
        foreach (var id in new[] { "V-1", "V-2", "V-3" })
            Assert.DoesNotContain(byVisit[id], f => f.RuleId == RuleIds.ModKxMissing);
    }

    [Fact]
    public void KX_crosses_within_a_batch_from_the_ytd_column()
    {
        // V-1 reports ytd 1500 (payer's figure): V-1 → 2167.80; V-2 starts there: 97110 → 2344.80, 97530 → 2555.40 (past),
        // 97140, 97116 past too.
        var byVisit = RunBatch(Full("V-2", "2026-03-10"), Full("V-1", "2026-03-02", ytd: 1500m));
        Assert.DoesNotContain(byVisit["V-1"], f => f.RuleId == RuleIds.ModKxMissing);
        Assert.Equal(["97530", "97140", "97116"], byVisit["V-2"].Where(f => f.RuleId == RuleIds.ModKxMissing).Select(f => f.Code));
    }

    [Fact]
    public void Unneeded_warns_when_KX_is_billed_under_the_threshold()
    {
        var f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 1000m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ModKxUnneeded));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("$1,029.50", f.Message);
        Assert.StartsWith("remove KX from 97110", f.Fix);
        Assert.Equal(0m, f.Amount);
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2470m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ModKxUnneeded));
    }

    [Fact]
    public void Review_threshold_is_info_once_the_total_passes_3000()
    {
        // 2990 + 29.50 = 3019.50 > 3000; 2960 + 29.50 = 2989.50 is not.
        var f = Assert.Single(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2990m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ReviewThreshold));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Null(f.Code);
        Assert.Equal(0m, f.Amount);
        Assert.Contains("$3,019.50", f.Message);
        Assert.Empty(Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2960m, Line("97110", 15, modifiers: "GP;KX")), RuleIds.ReviewThreshold));
    }

    [Fact]
    public void Review_threshold_says_each_KX_group_past_it_once_occupational_therapy_first()
    {
        // A PT line then an OT line, each group at $2,990 before the visit: PT/SLP 2990 + 29.50 (97110) = 3,019.50 and
        // OT 2990 + 29.50 = 3,019.50 (97110 by an OT): one finding a group, in the groups' order (OT, then PT and SLP),
        // not the lines'.
        var findings = Findings(Visit("V-1", "P-1", "medicare", "2026-03-04", 2990m,
            Line("97110", 15, modifiers: "GP;KX"), Line("97110", 15, modifiers: "GO;KX", role: ProviderRole.OT)), RuleIds.ReviewThreshold);
        Assert.Collection(findings,
            f => Assert.Contains("occupational therapy therapy total reaches $3,019.50", f.Message),
            f => Assert.Contains("PT and SLP therapy total reaches $3,019.50", f.Message));
    }
}
