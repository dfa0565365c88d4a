using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;
using Xunit;
using static ClaimAudit.Core.Tests.Analytics.AnalyticsSamples;

namespace ClaimAudit.Core.Tests.Analytics;

// Every figure of the hand-worked example (AnalyticsSamples), worked out by hand from the definitions of
// the shared design (/tmp/notes/e11-shared.md, "Analytics semantics"), which the README repeats.
public sealed class AnalyticsBuilderTests
{
    private static readonly AnalyticsReport Report = Build();

    [Fact]
    public void Totals_are_the_hand_worked_figures()
    {
        var t = Report.Totals;
        // Scope: no range, so all six audited claims.
        Assert.Equal(6, t.AuditedClaims);
        // CleanClaimRate = claims with Status != "error" / audited: V1, V3 (warning), V5, V6 = 4 / 6.
        Assert.Equal(0.6667, t.CleanClaimRate);
        // Remitted = audited claims with a matched payment: V1, V2, V3, V4 (V5 has none; V6's date differs, so unmatched).
        Assert.Equal(4, t.RemittedClaims);
        // Denied claims: V2 (CO-151 line), V3 (CO-50 line), V4 (CO-50 line after the re-payment) = 3; 3 / 4.
        Assert.Equal(3, t.DeniedClaims);
        Assert.Equal(0.75, t.DenialRate);
        // Charged = Σ net CLP03: V1 120 + V2 130 + V3 120 + V4 (85 − 85 + 85) 85 = 455.
        Assert.Equal(455.00m, t.Charged);
        // Paid = Σ net CLP04: V1 85 + V2 60 + V3 32 + V4 (68 − 68 + 52) 52 = 229.
        Assert.Equal(229.00m, t.Paid);
        // Denied = Σ denial adjustments: CO-151 60 (V2) + CO-50 80 (V3) + CO-50 16 (V4) = 156; CO-45 and PR-2 are not denials.
        Assert.Equal(156.00m, t.Denied);
        // 156 / 455 = 0.342857… → 0.3429.
        Assert.Equal(0.3429, t.DollarDenialRate);
        // First pass: V1 (status 1, only CO-45/PR-2) and V4 (its FIRST answer, 2026-02-20, was clean) of 4 remitted = 0.5.
        Assert.Equal(0.5, t.FirstPassResolutionRate);
        // Outstanding = V2 60 + V3 80 + V4 16 + V5 100 + V6 50 = 306 (see the aging test).
        Assert.Equal(306.00m, t.Outstanding);
        // Days in AR = 306 / (Σ billed 605 / 122 days) = 37332 / 605 = 61.705… → 61.7. Σ billed: V1 120 + V2 130 + V3 120 +
        // V4 85 (net CLP03 when remitted) + V5 100 + V6 50 (audited billed: not remitted); period 2026-01-30 (earliest DOS) to
        // 2026-05-31 (AsOf) inclusive = 122 days.
        Assert.Equal(61.7, t.DaysInAr);
        // AR over 90 = (91–120: 16 + 120+: 100) / 306 = 0.37908… → 0.3791.
        Assert.Equal(0.3791, t.ArOver90Share);
    }

    [Fact]
    public void Denial_rates_by_code_and_payer_count_matched_lines_only()
    {
        // Matched lines: V1 97110, V1 97140, V2 97110, V2 97140, V3 97530, V3 97110, V4 97112, V4 97110 (the 97035 matched none).
        DenialRateRow[] expected =
        [
            new("97110", Ama, 1, 0, 0.0, 40.00m, 0.00m, 0.0),                 // V3's 97110, paid after PR-2
            new("97110", Medicare, 3, 1, 0.3333, 190.00m, 60.00m, 0.3158),    // V1 60 + V2 90 + V4 40 (net); V2 denied 60; 60/190
            new("97112", Medicare, 1, 1, 1.0, 45.00m, 16.00m, 0.3556),        // V4: net 45 charged, CO-50 16; 16/45 = 0.35556
            new("97140", Medicare, 2, 0, 0.0, 80.00m, 0.00m, 0.0),            // V1 40 + V2 40
            new("97530", Ama, 1, 1, 1.0, 80.00m, 80.00m, 1.0),                // V3: CO-50 80
        ];
        Assert.Equal(expected, Report.DenialRates);
    }

    [Fact]
    public void Reason_codes_are_grouped_by_category_with_our_labels()
    {
        ReasonCodeRow[] expected =
        [
            new(RemittanceCategory.Units, "CO-151", DenialCategories.LabelOf("151"), 1, 60.00m),
            // V3 80 + V4 16 (the first answer's nothing and the reversal net out: only the corrected payment's CO-50 remains).
            new(RemittanceCategory.Necessity, "CO-50", DenialCategories.LabelOf("50"), 2, 96.00m),
        ];
        Assert.Equal(expected, Report.ReasonCodes);
        Assert.Equal("More services or units than the payer pays", Report.ReasonCodes[0].Label);
    }

    [Fact]
    public void Aging_puts_claims_in_buckets_by_days_since_the_date_of_service_with_the_edges()
    {
        // Outstanding = billed − paid − not-denial adjustments; AsOf 2026-05-31.
        OpenClaim[] open =
        [
            new("V5", Ama, new(2026, 1, 30), 121, "120+", 100.00m, 0m, 0m, 100.00m, false),        // never remitted: audited billed; 121 days
            new("V4", Medicare, new(2026, 1, 31), 120, "91–120", 85.00m, 52.00m, 17.00m, 16.00m, true), // CO-45 9 + 8 adjusted; CO-50 16 stays open; 120 days
            new("V6", Ama, new(2026, 4, 15), 46, "31–60", 50.00m, 0m, 0m, 50.00m, false),          // its only 835 is unmatched (date)
            new("V3", Ama, new(2026, 4, 30), 31, "31–60", 120.00m, 32.00m, 8.00m, 80.00m, true),   // PR-2 8 adjusted; CO-50 80 open; 31 days
            new("V2", Medicare, new(2026, 5, 1), 30, "0–30", 130.00m, 60.00m, 10.00m, 60.00m, true), // CO-45 10; CO-151 60 open; 30 days
        ];
        // V1: 120 − 85 − (CO-45 10 + PR-2 10 + CO-45 10 + the unmatched 97035's CO-45 5) = 0: not open.
        Assert.Equal(open, Report.OpenClaims);
        AgingBucket[] buckets =
        [
            new("0–30", 0, 30, 1, 60.00m),
            new("31–60", 31, 60, 2, 130.00m),
            new("61–90", 61, 90, 0, 0m),
            new("91–120", 91, 120, 1, 16.00m),
            new("120+", 121, null, 1, 100.00m),
        ];
        Assert.Equal(buckets, Report.Aging);
    }

    [Fact]
    public void Scorecard_scores_each_rule_on_the_lines_that_went_out_unchanged()
    {
        RuleScore[] expected =
        [
            // V4's 97112: audited with no modifier, sent with GP (fixed before sending) → not sent unchanged; no precision.
            new(RuleIds.ModDisciplineMissing, "No GP/GO/GN discipline modifier", RemittanceCategory.Modifier, 1, 0, 0, 0, null),
            // V3's 97530 went out unchanged and was denied CO-50 (necessity), not coverage: 0 / 1.
            new(RuleIds.CodeReplacedForPayer, Title(RuleIds.CodeReplacedForPayer), RemittanceCategory.Coverage, 1, 1, 0, 1, 0.0),
            // V2's 97110: 3 units sent as audited, denied CO-151 (units) as predicted: 1 / 1.
            new(RuleIds.UnitsOverbilled, "Units over the time documented", RemittanceCategory.Units, 1, 1, 1, 0, 1.0),
            // Predicts no denial: no precision; V5 was never remitted.
            new(RuleIds.UnitsUnderbilled, "Units under the time documented", null, 1, 0, 0, 0, null),
            // Visit-level: flags both V4 lines; only the 97110 went out unchanged, and it was paid: 0 / 1.
            new(RuleIds.DocNoteMissing, "No session note", RemittanceCategory.Necessity, 2, 1, 0, 0, 0.0),
        ];
        Assert.Equal(expected, Report.Scorecard);
    }

    private static string Title(string ruleId) => Core.Rules.RuleCatalog.Find(ruleId)!.Title;

    [Fact]
    public void Misses_list_the_denials_no_rule_predicting_their_category_flagged()
    {
        Assert.Equal([RemittanceCategory.Units, RemittanceCategory.Necessity], Report.Misses.Select(m => m.Category));
        var units = Report.Misses[0];
        Assert.Equal((1, 0), (units.Denials, units.Unflagged));           // V2's CO-151 was flagged by UNITS_OVERBILLED
        Assert.Empty(units.Lines);
        var necessity = Report.Misses[1];
        Assert.Equal((2, 1), (necessity.Denials, necessity.Unflagged));   // V4's 97112 was flagged by the visit's DOC_NOTE_MISSING; V3's was not
        var miss = Assert.Single(necessity.Lines);
        Assert.Equal(("V3", "V3-1", "97530", Ama, new DateOnly(2026, 4, 30), 80.00m), (miss.VisitId, miss.LineControl, miss.Code, miss.PayerId, miss.DateOfService, miss.Amount));
        Assert.Equal(["CO-50"], miss.Codes);
        Assert.Equal(["N115"], miss.Remarks);
        Assert.Equal([RuleIds.CodeReplacedForPayer], miss.RulesThatFlagged);
    }

    [Fact]
    public void Unmatched_remittances_are_listed_with_the_reason()
    {
        UnmatchedRemittance[] expected =
        [
            new("AMA/T5", "CLP V6", "V6", null, null, 50.00m, 40.00m, "date of service differs (835 2026-04-16, audit 2026-04-15)"),
            new("AMA/T5", "CLP V99", "V99", null, null, 50.00m, 40.00m, AnalyticsBuilder.NoAuditedClaim),
            new("MCR/T3", "SVC 97035 ", "V1", null, "97035", 20.00m, 15.00m, AnalyticsBuilder.NoAuditedLine),
        ];
        Assert.Equal(expected, Report.Unmatched);
        Assert.Equal("no audited claim with this visit id", AnalyticsBuilder.NoAuditedClaim);
    }

    [Fact]
    public void Balancing_issues_of_every_advice_are_passed_on_with_its_key()
    {
        var issue = Assert.Single(Report.Balancing);
        Assert.Equal(new RemittanceBalanceIssue("AMA/T5", "ST 0005, segment 3", "payment 100.00 ≠ claims 102.00 − PLB 0.00 (off by 2.00)", -2.00m), issue);
    }

    [Fact]
    public void References_compare_the_clinic_with_the_industry_figures()
    {
        ReferenceComparison[] expected =
        [
            new("Clean claim rate", 0.6667, "≥ 95 %", false),
            new("Denial rate", 0.75, "≤ 5 %", false),
            new("Days in AR", 61.7, "25–35 days", false),
            new("AR over 90 days", 0.3791, "< 15 %", false),
        ];
        Assert.Equal(expected, Report.References);
    }

    [Fact]
    public void A_period_scopes_the_claims_and_the_unmatched_payments()
    {
        // March 2026: V1 alone. V6 and V4 are audited outside the period (left out silently); V99's only date is its
        // payment date 2026-05-25, outside, so it is not listed; V1's unmatched 97035 is.
        var march = Build(from: new(2026, 3, 1), to: new(2026, 3, 31));
        var t = march.Totals;
        Assert.Equal((1, 1.0, 1, 0, 0.0), (t.AuditedClaims, t.CleanClaimRate, t.RemittedClaims, t.DeniedClaims, t.DenialRate));
        Assert.Equal((120.00m, 85.00m, 0m, 0.0, 1.0), (t.Charged, t.Paid, t.Denied, t.DollarDenialRate, t.FirstPassResolutionRate));
        // Nothing outstanding: days in AR = 0 / (120 / 31 days) = 0; no AR to share.
        Assert.Equal((0m, 0.0, (double?)null), (t.Outstanding, t.DaysInAr, t.ArOver90Share));
        Assert.Empty(march.OpenClaims);
        Assert.Equal([AnalyticsBuilder.NoAuditedLine], march.Unmatched.Select(u => u.Reason));
        Assert.Equal([true, true, true, null], march.References.Select(r => r.Meets));
        Assert.Equal((DateOnly?)new DateOnly(2026, 3, 1), march.From);
    }

    [Fact]
    public void The_latest_audit_of_a_visit_wins()
    {
        // V2 re-audited later after a fix (clean now), and an older V5 audit that said error: 5 of 6 are not errors.
        var claims = Claims().Concat(
        [
            Claim("V2", Medicare, new(2026, 5, 1), "clean", [Line("97110", 3, 90m, "V2-1", [1], ["GP"]), Line("97140", 1, 40m, "V2-2", [2], ["GP"])],
                auditedAt: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            Claim("V5", Ama, new(2026, 1, 30), "error", [Line("97110", 2, 100m, "V5-1", [1], ["GP"])],
                auditedAt: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        ]);
        var report = Build(claims: claims);
        Assert.Equal(6, report.Totals.AuditedClaims);
        Assert.Equal(0.8333, report.Totals.CleanClaimRate);
        // The re-audit has no UNITS_OVERBILLED: the rule is no longer scored; V5's UNITS_UNDERBILLED (latest audit) still is.
        Assert.DoesNotContain(report.Scorecard, s => s.RuleId == RuleIds.UnitsOverbilled);
        Assert.Contains(report.Scorecard, s => s.RuleId == RuleIds.UnitsUnderbilled);
    }

    [Fact]
    public void A_payer_override_moving_CO_50_to_coverage_changes_the_scorecard_and_the_misses()
    {
        var ama = PayerProfileSet.Shipped.Find(Ama)! with
        {
            DenialCategories = [new DenialCategoryEntry("CO", "50", null, RemittanceCategory.Coverage)],
        };
        var report = Build(profiles: PayerProfileSet.Shipped.With([ama]));

        // V3's CO-50 (commercial-ama) is now coverage, as CODE_REPLACED_FOR_PAYER predicted: 1 / 1.
        var rule = Assert.Single(report.Scorecard, s => s.RuleId == RuleIds.CodeReplacedForPayer);
        Assert.Equal((1, 1, 0, (double?)1.0), (rule.SentUnchanged, rule.DeniedAsPredicted, rule.DeniedOtherwise, rule.Precision));
        // Medicare's CO-50 on V4 is still necessity (the override is commercial-ama's), and no longer missed by anyone.
        Assert.Equal([RemittanceCategory.Units, RemittanceCategory.Necessity, RemittanceCategory.Coverage], report.Misses.Select(m => m.Category));
        Assert.Equal([(1, 0), (1, 0), (1, 0)], report.Misses.Select(m => (m.Denials, m.Unflagged)));
        Assert.Equal(
            [(RemittanceCategory.Units, "CO-151", 60.00m), (RemittanceCategory.Necessity, "CO-50", 16.00m), (RemittanceCategory.Coverage, "CO-50", 80.00m)],
            report.ReasonCodes.Select(r => (r.Category, r.Code, r.Amount)));
        // The totals do not depend on the category of a denial.
        Assert.Equal(Report.Totals, report.Totals);
    }

    [Fact]
    public void A_claim_level_denial_and_a_denied_status_count_as_denied_claims_and_stay_outstanding()
    {
        // V7: denied at the claim level (CLP02 = 4, claim CAS CO-29 100: timely filing), no lines. V8: CLP02 = 4 with no CAS.
        AuditedClaim[] claims =
        [
            Claim("V7", Medicare, new(2026, 5, 1), "clean", [Line("97110", 2, 100m, "V7-1", [1], ["GP"])]),
            Claim("V8", Medicare, new(2026, 5, 1), "clean", [Line("97110", 1, 50m, "V8-1", [1], ["GP"])]),
        ];
        RemittanceAdvice[] remits =
        [
            new()
            {
                Key = "MCR/T9", PaymentDate = new(2026, 5, 20),
                Claims =
                [
                    new ClaimPayment { PatientControlNumber = "V7", Status = 4, Charge = 100m, Paid = 0m, Adjustments = [Co("29", 100m)], Location = "CLP V7" },
                    new ClaimPayment { PatientControlNumber = "V8", Status = 4, Charge = 50m, Paid = 0m, Location = "CLP V8" },
                ],
            },
        ];
        var report = AnalyticsBuilder.Build("c", claims, remits, PayerProfileSet.Shipped, new AnalyticsOptions(null, null, AsOf), Generated);

        var t = report.Totals;
        Assert.Equal((2, 2, 1.0, 100.00m, 0.6667, 0.0), (t.RemittedClaims, t.DeniedClaims, t.DenialRate, t.Denied, t.DollarDenialRate, t.FirstPassResolutionRate));
        // The claim-level CO-29 counts as one "line" of its reason code.
        Assert.Equal([new ReasonCodeRow(RemittanceCategory.TimelyFiling, "CO-29", DenialCategories.LabelOf("29"), 1, 100.00m)], report.ReasonCodes);
        // A denial is not written off: both stay outstanding in full (billed − 0 paid − 0 not-denial adjustments).
        Assert.Equal([("V7", 100.00m), ("V8", 50.00m)], report.OpenClaims.Select(o => (o.VisitId, o.Outstanding)));
        // No service line came back: no per-line figures, nothing to call a miss.
        Assert.Empty(report.DenialRates);
        Assert.Empty(report.Misses);
    }
}
