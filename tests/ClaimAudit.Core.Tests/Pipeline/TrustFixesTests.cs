using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Units;
using static ClaimAudit.Core.Tests.Pipeline.BatchAuditKit;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 8's false negatives, each as a batch a clinic would send (CSV or JSON through ingest and
/// the engine, shipped profiles), with the expected numbers worked by hand from PRODUCT.md.
/// Shipped rates used: medicare 97110 $29.50, 97530 $35.10; commercial-ama 97110 $35.40.
/// </summary>
public class TrustFixesTests
{
    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,provider_role,one_on_one,billed_units,billed_modifiers";

    // ---- 3. merged rows: each row is a claim line of its own (§3, §4) ----------------------------

    [Fact]
    public void Two_rows_of_one_code_are_judged_apart_the_row_without_59_is_flagged_by_its_row()
    {
        // commercial-ama edits 97112 (column 1) over 97110 (column 2). 97112 23 min → 1 + (8 ≥ 8) = 2 units (ama).
        // 97110 rows 3 and 4, 15 min each → 30 min → 2 units; billed 1 + 1. Row 3 carries 59, row 4 does not:
        // row 4 goes out as its own claim line and is denied (1 unit × $35.40).
        var (_, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-04,commercial-ama,97112,23,PT,Y,2,GP",
            "V-1,P-1,2026-03-04,commercial-ama,97110,15,PT,Y,1,GP;59",
            "V-1,P-1,2026-03-04,commercial-ama,97110,15,PT,Y,1,GP"));

        var v = visits.Visit("V-1");
        var ptp = Assert.Single(v.Of(RuleIds.PtpModifierMissing));
        Assert.Equal(4, ptp.Row);
        Assert.Equal("97110", ptp.Code);
        Assert.Equal(35.40m, ptp.Amount);
        Assert.Contains("(row 4)", ptp.Message);
        // commercial-ama also requires an authorisation (section 10) and this visit names none: AUTH_MISSING,
        // which is about the visit, not its rows.
        Assert.Equal([RuleIds.PtpModifierMissing], v.Findings.Where(f => f.Severity == "error" && f.RuleId != RuleIds.AuthMissing).Select(f => f.RuleId));
        // Units are still per code: one report line for 97110 listing both rows.
        var line = v.Line("97110");
        Assert.Equal([3, 4], line.Rows);
        Assert.Equal(2, line.ComputedUnits);
        Assert.Equal([2], v.Line("97112").Rows);
    }

    [Fact]
    public void A_merged_row_without_GP_is_named_and_the_row_with_it_is_not()
    {
        // medicare: 97110 rows 2 and 3, 20 + 10 = 30 min → 2 units, billed 1 + 1; row 3 lacks GP.
        var (_, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97110,20,PT,,1,GP",
            "V-1,P-1,2026-03-04,medicare,97110,10,PT,,1,"));
        var f = Assert.Single(visits.Visit("V-1").Of(RuleIds.ModDisciplineMissing));
        Assert.Equal(3, f.Row);
        Assert.Equal(29.50m, f.Amount);
    }

    [Fact]
    public void Every_input_row_is_in_a_report_line_or_rejected()
    {
        var csv = Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97110,20,PT,,1,GP",
            "V-1,P-1,2026-03-04,medicare,97110,10,PT,,1,GP",
            "V-2,P-2,2026-03-04,medicare,97112,20,PT,Y,1,GP",
            "V-3,P-3,2026-03-04,acme,97112,20,PT,Y,1,GP");
        var (report, visits) = Audit(csv);
        var rows = visits.SelectMany(v => v.Lines.SelectMany(l => l.Rows)).Concat(report.RejectedRows.Select(r => r.Row)).Order();
        Assert.Equal([2, 3, 4, 5], rows);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_with_blank_units_share_the_codes_units_by_minutes_so_row_order_does_not_matter(bool gpFirst)
    {
        // 97110 20 + 20 = 40 min → 3 units (§3); billed_units blank on both rows ("tell me"): the
        // rows bill 2 and 1. Whichever row lacks GP is flagged, whatever the order.
        string Row(string modifiers) => $"V-1,P-1,2026-03-02,medicare,97110,20,PT,,,{modifiers}";
        var (_, visits) = Audit(Csv(Header, gpFirst ? [Row("GP"), Row("")] : [Row(""), Row("GP")]));
        var f = Assert.Single(visits.Visit("V-1").Of(RuleIds.ModDisciplineMissing));
        Assert.Equal(gpFirst ? 3 : 2, f.Row);
        Assert.Equal(gpFirst ? 29.50m : 59.00m, f.Amount); // the second row bills 1 unit, the first 2
    }

    [Fact]
    public void A_PTA_row_merged_with_a_PT_row_still_needs_CQ()
    {
        // 97110: PT 20 min + PTA 20 min = 40 min → 3 units, shared 2 and 1 by minutes (largest
        // remainder, then the earlier row). The PTA's row (row 3, 1 unit at 85 % of $29.50 = $25.08) lacks CQ.
        var (_, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,20,PT,,,GP",
            "V-1,P-1,2026-03-02,medicare,97110,20,PTA,,,GP"));
        var f = Assert.Single(visits.Visit("V-1").Of(RuleIds.ModAssistantMissing));
        Assert.Equal(3, f.Row);
        Assert.Equal(25.08m, f.Amount);
    }

    [Fact]
    public void Each_denied_row_of_a_merged_line_is_at_risk()
    {
        // Two 97110 rows, 30 min and 2 units each, neither with GP: each row is denied ($59.00 each).
        var (report, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,,2,",
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,,2,"));
        Assert.Equal([59.00m, 59.00m], visits.Visit("V-1").Of(RuleIds.ModDisciplineMissing).Select(f => f.Amount));
        Assert.Equal(118.00m, report.Summary.Revenue.AtRisk);
        Assert.Equal(1, report.Summary.ByCode["97110"].LinesWithErrors);
    }

    [Fact]
    public void A_blank_row_beside_a_stated_row_bills_the_rest_and_is_not_also_under_billed()
    {
        // 97110 30 + 30 = 60 min → 4 units; row 2 states 2, row 3 is blank and so bills the other 2.
        // Row 3 has no GP: denied, 2 × $29.50 = $59.00. Nothing is under-billed; the line bills 4 ($118).
        var (report, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,,2,GP",
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,,,"));
        var v = visits.Visit("V-1");
        var f = Assert.Single(v.Of(RuleIds.ModDisciplineMissing));
        Assert.Equal((3, 59.00m), (f.Row!.Value, f.Amount));
        Assert.Empty(v.Of(RuleIds.UnitsUnderbilled));
        Assert.Equal(4, v.Line("97110").BilledUnits);
        Assert.Equal(118.00m, report.Summary.Revenue.Billed);
        Assert.Equal(0m, report.Summary.Revenue.UnderBilled);
    }

    [Fact]
    public void A_PT_and_an_OT_line_of_one_code_do_not_both_take_one_line_level_error()
    {
        // 97110 billed 3 units by the PT for 30 min (2 supported: over-billed by 1 × $29.50) and by the OT correctly.
        var (report, _) = Audit(Csv(Header,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,,3,GP",
            "V-1,P-1,2026-03-02,medicare,97110,30,OT,,2,GO"));
        Assert.Equal(29.50m, report.Summary.Revenue.AtRisk);
        Assert.Equal(1, report.Summary.ByCode["97110"].LinesWithErrors);
    }

    // ---- 4. ytd_therapy_amount per KX group (§2) ------------------------------------------------

    [Fact]
    public void Each_rows_ytd_amount_belongs_to_its_own_KX_group()
    {
        // The OT row comes first with $100 (OT group); the PT row says $2,470 (PT+SLP group).
        // PT: 97110 30 min → 2 units × $29.50 = $59 → $2,529 > $2,480 (2026 threshold): KX needed.
        // OT: 97530 30 min → 2 units × $35.10 = $70.20 → $170.20: no KX. Reading the first row's $100
        // for both groups would let the PT line go out without KX.
        var (_, visits) = Audit(Csv(Header + ",ytd_therapy_amount",
            "V-1,P-1,2026-06-01,medicare,97530,30,OT,,2,GO,100",
            "V-1,P-1,2026-06-01,medicare,97110,30,PT,,2,GP,2470"));
        var kx = Assert.Single(visits.Visit("V-1").Of(RuleIds.ModKxMissing));
        Assert.Equal("97110", kx.Code);
        Assert.Contains("$2,529.00", kx.Message);
    }

    [Fact]
    public void Rows_of_one_group_that_disagree_on_ytd_reject_the_visit_with_a_reason()
    {
        var (report, visits) = Audit(Csv(Header + ",ytd_therapy_amount",
            "V-1,P-1,2026-06-01,medicare,97110,30,PT,,2,GP,2470",
            "V-1,P-1,2026-06-01,medicare,97112,15,PT,Y,1,GP,1000",
            "V-1,P-1,2026-06-01,medicare,97530,30,OT,,2,GO,100"));
        Assert.Empty(visits);
        Assert.Equal([2, 3, 4], report.RejectedRows.Select(r => r.Row));
        Assert.Contains("visit V-1 has rows with different ytd_therapy_amount for PT and SLP lines (rows 2, 3, 4)", report.RejectedRows[0].Errors);
    }

    [Fact]
    public void Json_ytdTherapyAmounts_gives_each_group_its_amount_and_one_amount_for_two_groups_is_refused()
    {
        const string Lines = """[{"code":"97530","minutes":30,"providerRole":"OT","billedUnits":2,"billedModifiers":["GO"]},{"code":"97110","minutes":30,"billedUnits":2,"billedModifiers":["GP"]}]""";
        var (_, visits) = Audit($$"""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-06-01","payerId":"medicare","ytdTherapyAmounts":{"PT_SLP":2470,"OT":100},"lines":{{Lines}}}]}""");
        Assert.Equal("97110", Assert.Single(visits.Visit("V-1").Of(RuleIds.ModKxMissing)).Code);

        var (report, none) = Audit($$"""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-06-01","payerId":"medicare","ytdTherapyAmount":2470,"lines":{{Lines}}}]}""");
        Assert.Empty(none);
        Assert.Contains(report.RejectedRows.Single().Errors, e => e.Contains("PT/SLP and OT lines but one ytdTherapyAmount"));

        // Both forms given: the per-group amounts win; a group given as null is not given.
        var (_, both) = Audit($$"""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-06-01","payerId":"medicare","ytdTherapyAmount":2470,"ytdTherapyAmounts":{"PT_SLP":2470,"OT":null},"lines":{{Lines}}}]}""");
        Assert.Equal("97110", Assert.Single(both.Visit("V-1").Of(RuleIds.ModKxMissing)).Code);

        var (bad, _) = Audit("""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-06-01","payerId":"medicare","ytdTherapyAmounts":{"PT":5},"lines":[{"code":"97110","minutes":30}]}]}""");
        Assert.Contains(bad.RejectedRows.Single().Errors, e => e.Contains("unknown group 'PT'"));
    }

    // ---- 5. CQ/CO where no assistant took part (§4) -------------------------------------------

    [Fact]
    public void CQ_on_a_line_the_PT_furnished_alone_costs_the_15_percent_cut()
    {
        // 97110 30 min → 2 units × $29.50 = $59.00 at the full rate; with CQ Medicare pays 85 %: $8.85 lost.
        var (_, visits) = Audit(Csv(Header + ",assistant_minutes",
            "V-1,P-1,2026-03-04,medicare,97110,30,PT,,2,GP;CQ,0",
            "V-2,P-2,2026-03-04,medicare,97110,30,PT,,2,GP;CQ,12"));
        var f = Assert.Single(visits.Visit("V-1").Of(RuleIds.ModAssistantUnneeded));
        Assert.Equal("warning", f.Severity);
        Assert.Equal(8.85m, f.Amount);
        Assert.Equal("remove CQ from 97110, or record the assistant's minutes if an assistant did furnish part of it", f.Fix);
        // 12 of 30 minutes by a PTA: CQ is right.
        Assert.Empty(visits.Visit("V-2").Of(RuleIds.ModAssistantUnneeded));
        Assert.Empty(visits.Visit("V-2").Of(RuleIds.ModAssistantMissing));
    }

    // ---- 6. the 8-minute rule counts the day (CMS Pub 100-04 ch. 5 §20.2) -----------------------

    [Fact]
    public void Two_seven_minute_visits_on_one_day_are_one_unit_not_zero()
    {
        // 7 + 7 = 14 timed minutes for the day → (14 + 7) / 15 = 1 unit; it goes to the earlier visit.
        var (_, visits) = Audit(Csv(Header,
            "AM,P-1,2026-03-04,medicare,97110,7,PT,,,GP",
            "PM,P-1,2026-03-04,medicare,97110,7,PT,,,GP"));
        Assert.Equal(1, visits.Visit("AM").Line("97110").ComputedUnits);
        Assert.Equal(0, visits.Visit("PM").Line("97110").ComputedUnits);
    }

    [Fact]
    public void The_days_unit_follows_the_visit_that_billed_it_and_overbilling_names_the_day()
    {
        var (_, visits) = Audit(Csv(Header,
            "AM,P-1,2026-03-04,medicare,97110,7,PT,,0,GP",
            "PM,P-1,2026-03-04,medicare,97110,7,PT,,1,GP"));
        Assert.Equal(0, visits.Visit("AM").Line("97110").ComputedUnits);
        Assert.Equal(1, visits.Visit("PM").Line("97110").ComputedUnits);
        Assert.All(visits, v => Assert.DoesNotContain(v.Findings, f => f.RuleId.StartsWith("UNITS_", StringComparison.Ordinal)));

        var (_, over) = Audit(Csv(Header,
            "AM,P-1,2026-03-04,medicare,97110,7,PT,,1,GP",
            "PM,P-1,2026-03-04,medicare,97110,7,PT,,1,GP"));
        var f = Assert.Single(over.SelectMany(v => v.Of(RuleIds.UnitsOverbilled)));
        Assert.Contains("the day's 14 timed minutes across 2 visits allow 1 unit in all", f.Message);
    }

    [Fact]
    public void Per_code_payers_other_payers_and_other_disciplines_are_not_pooled()
    {
        // commercial-ama: each line alone, 7 min → 0 units. medicare PT 7 min and OT 7 min: never pooled.
        var (_, visits) = Audit(Csv(Header,
            "AM,P-1,2026-03-04,commercial-ama,97110,7,PT,,,GP",
            "PM,P-1,2026-03-04,commercial-ama,97110,7,PT,,,GP",
            "PT1,P-2,2026-03-04,medicare,97110,7,PT,,,GP",
            "OT1,P-2,2026-03-04,medicare,97110,7,OT,,,GO"));
        Assert.All(visits, v => Assert.Equal(0, v.Lines.Single().ComputedUnits));
    }

    // ---- 1. codes the profile does not know, supplies (§3) --------------------------------------

    [Fact]
    public void A_mistyped_timed_code_and_a_supply_get_no_unit_judgement()
    {
        // 97111 (a typo of 97112), 38 min, 3 units: the old engine called it untimed and said "bill 1 unit".
        var (_, visits) = Audit(Csv(Header,
            "V-1,P-1,2026-03-04,medicare,97111,38,PT,,3,GP",
            "V-2,P-2,2026-03-04,medicare,A4556,,PT,,2,",
            "V-3,P-3,2026-03-04,medicare,97161,45,PT,,2,GP"));
        var typo = visits.Visit("V-1");
        Assert.Null(typo.Line("97111").ComputedUnits);
        Assert.DoesNotContain(typo.Findings, f => f.RuleId.StartsWith("UNITS_", StringComparison.Ordinal));
        Assert.Null(visits.Visit("V-2").Line("A4556").ComputedUnits);
        Assert.DoesNotContain(visits.Visit("V-2").Findings, f => f.RuleId.StartsWith("UNITS_", StringComparison.Ordinal));
        // A known untimed code is still one unit.
        Assert.Equal(1, visits.Visit("V-3").Line("97161").ComputedUnits);
        Assert.Single(visits.Visit("V-3").Of(RuleIds.UnitsUntimedOverOne));
    }

    // ---- 2. notes: reviewed or said once that they were not (§2, §5) ----------------------------

    [Fact]
    public void Without_a_note_column_the_batch_is_not_reviewed_and_no_visit_is_called_undocumented()
    {
        var (report, visits) = Audit(Csv(Header + ",diagnosis_codes",
            "V-1,P-1,2026-03-04,medicare,97112,20,PT,Y,1,GP,R26.81"));
        Assert.False(report.Summary.DocumentationReviewed);
        Assert.DoesNotContain(visits.Visit("V-1").Findings, f => f.RuleId.StartsWith("DOC_", StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_note_column_an_empty_note_is_an_error_on_each_documented_code()
    {
        const string Note = "\"PNF D2 flexion and perturbation training on foam for impaired postural control; recovered 6/10 perturbations. One-on-one, 97112 20 min.\"";
        var (report, visits) = Audit(Csv(Header + ",diagnosis_codes,note",
            "V-1,P-1,2026-03-04,medicare,97112,20,PT,Y,1,GP,R26.81,",
            "V-1,P-1,2026-03-04,medicare,97161,45,PT,,1,GP,R26.81,",
            "V-2,P-2,2026-03-04,medicare,97112,20,PT,Y,1,GP,R26.81," + Note));
        Assert.True(report.Summary.DocumentationReviewed);
        var missing = Assert.Single(visits.Visit("V-1").Of(RuleIds.DocNoteMissing)); // 97161 has no documentation profile
        Assert.Equal("97112", missing.Code);
        Assert.Equal("error", missing.Severity);
        Assert.Equal(33.40m, missing.Amount);
        Assert.Equal("error", visits.Visit("V-1").Status);
        Assert.Empty(visits.Visit("V-2").Of(RuleIds.DocNoteMissing));
    }

    [Fact]
    public void A_json_batch_without_any_note_field_is_not_reviewed()
    {
        var (report, _) = Audit("""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-03-04","payerId":"medicare","lines":[{"code":"97112","minutes":20,"oneOnOne":true}]}]}""");
        Assert.False(report.Summary.DocumentationReviewed);
        var (withNote, visits) = Audit("""{"visits":[{"visitId":"V-1","patientId":"P-1","dateOfService":"2026-03-04","payerId":"medicare","note":"","lines":[{"code":"97112","minutes":20,"oneOnOne":true}]}]}""");
        Assert.True(withNote.Summary.DocumentationReviewed);
        Assert.Single(visits.Visit("V-1").Of(RuleIds.DocNoteMissing));
    }

    // ---- 7. a header without minutes is a file error (§2) ---------------------------------------

    [Fact]
    public void A_header_without_a_minutes_column_is_a_file_error_not_a_row_per_line()
    {
        var (report, visits) = Audit(Csv("visit_id,patient_id,date_of_service,payer_id,cpt_code,billed_units",
            "V-1,P-1,2026-03-04,medicare,97112,2", "V-2,P-2,2026-03-04,medicare,97110,1"));
        Assert.StartsWith("required column missing from the header: minutes (", report.FileError);
        Assert.Empty(visits);
        Assert.Empty(report.RejectedRows);
    }
}
