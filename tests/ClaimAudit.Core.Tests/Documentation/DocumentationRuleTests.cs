using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Documentation.DocFixture;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>Each DOC_* rule of PRODUCT.md section 5, failing and passing.</summary>
public class DocumentationRuleTests
{
    private static List<Finding> Of(string ruleId, string note, params (string, int)[] lines) =>
        Run(note, lines).Where(f => f.RuleId == ruleId).ToList();

    [Theory]
    [InlineData("Balance training in standing, 40 min. Berg 41/56. 1:1.")]
    [InlineData("No PNF today. Static balance, proprioception deficits, Berg 41/56.")]
    [InlineData("Patient declined perturbation training; worked on balance. TUG 14 s.")]
    [InlineData("Unable to perform BAPS due to ankle pain. Coordination exercises.")]
    public void Technique_missing_when_no_named_technique_or_only_negated(string note)
    {
        var finding = Assert.Single(Of(RuleIds.DocTechniqueMissing, note, ("97112", 40)));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("97112", finding.Code);
        Assert.Equal(120m, finding.Amount); // 40 min → 3 units × $40
    }

    // An activity named with its dose counts as the technique for 97112, 97116 and 97140 as for 97110
    // and 97530: a clinic's own name for a drill is a name ("pool-noodle crossovers 3 x 6"), while the
    // service's words before a dose name nothing, and an exercise the lists know as 97110's is no
    // neuromuscular technique.
    [Theory]
    [InlineData("97112", "Pool-noodle crossovers 3 x 6; impaired proprioception B feet; 3/4 trials w/o step-off.", false)]
    [InlineData("97112", "Ther ex 3 x 6; impaired proprioception B feet; 3/4 trials w/o step-off.", true)]
    [InlineData("97112", "NMR 3 x 6 today; impaired proprioception B feet; 3/4 trials w/o step-off.", true)]
    [InlineData("97112", "Bridges 3x10, clamshells 2x15; impaired proprioception B feet; 3/4 trials w/o step-off.", true)]
    [InlineData("97112", "No pool-noodle crossovers 3 x 6 today; impaired proprioception B feet; 3/4 trials w/o step-off.", true)]
    [InlineData("97116", "Noodle-path shuffles 4 x 30 ft, CGA; L hemiparetic gait, short L step.", false)]
    [InlineData("97140", "Sidelying rocking 3 x 30 s to R thoracic spine; rotation 30 -> 40 deg.", false)]
    [InlineData("97140", "Manual therapy 3 x 30 s to R thoracic spine; rotation 30 -> 40 deg.", true)]
    public void An_activity_named_with_its_dose_is_a_technique(string code, string note, bool flagged) =>
        Assert.Equal(flagged, Of(RuleIds.DocTechniqueMissing, note, (code, 20)).Count == 1);

    [Fact]
    public void Technique_message_says_a_negated_technique_was_not_done()
    {
        var finding = Assert.Single(Of(RuleIds.DocTechniqueMissing, "No PNF today, Berg 41/56.", ("97112", 20)));
        Assert.Contains("\"PNF\" only as not done", finding.Message);
    }

    [Theory]
    [InlineData("NMR: PNF D1 extension pattern R LE.")]
    [InlineData("Perturbation training on foam pad.")]
    [InlineData("VOR x1 in standing, 3 x 30 s.")]
    [InlineData("Gaze stabilisation exercises with head turns.")]
    [InlineData("BAPS level 3 CW/CCW.")]
    [InlineData("Rhythmic stabilization, sensory reintegration with eyes closed.")]
    [InlineData("No LOB during perturbation training.")]
    public void Technique_present(string note) => Assert.Empty(Of(RuleIds.DocTechniqueMissing, note, ("97112", 20)));

    [Fact]
    public void Technique_of_other_profiles_is_a_warning_named_after_the_profile()
    {
        var finding = Assert.Single(Of(RuleIds.DocTechniqueMissing, "Ther ex for hip strength 3x10.", ("97110", 15)));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("therapeutic exercise", finding.Message);
        Assert.Empty(Of(RuleIds.DocTechniqueMissing, "SLR 3x10, bridges 2x15 for hip strength.", ("97110", 15)));
        Assert.Empty(Of(RuleIds.DocTechniqueMissing, "Gait training with rolling walker 150 ft, cues for heel strike.", ("97116", 15)));
        Assert.Single(Of(RuleIds.DocTechniqueMissing, "Gait training 150 ft, cues for heel strike.", ("97116", 15)));
    }

    [Fact]
    public void Codes_without_a_documentation_profile_are_not_reviewed() =>
        Assert.Empty(Run("Tolerated well.", ("97035", 10)));

    [Theory]
    [InlineData("Balance training. Tolerated well.", true)]
    [InlineData("Coordination exercises, continue POC.", true)]
    [InlineData("Balance training on foam. Tolerated well.", false)]
    [InlineData("Balance training for proprioception deficit. Tolerated well.", false)]
    // Nothing specific for 97112 in words no list knows: generic all the same (every held-out
    // reviewer judged a note that fails technique, deficit and measure together as generic only).
    [InlineData("Standing reach drills.", true)]
    [InlineData("Did the usual. Pt happy w/ progress, RTC Tues.", true)]
    [InlineData("Standing reach drills; Berg 44/56.", false)]
    [InlineData("Standing reach drills for ataxia.", false)]
    public void Generic_only(string note, bool flagged) =>
        Assert.Equal(flagged, Of(RuleIds.DocGenericOnly, note, ("97112", 20)).Count == 1);

    [Fact]
    public void Generic_only_in_words_no_list_knows_says_so_instead_of_quoting_phrases()
    {
        var finding = Assert.Single(Of(RuleIds.DocGenericOnly, "Same stuff + manual as Tues. RTC Fri.", ("97110", 15), ("97140", 8)),
            f => f.Code == "97110");
        Assert.Contains("none of its words names a technique, deficit or measure", finding.Message);
        Assert.Single(Of(RuleIds.DocGenericOnly, "Same stuff + manual as Tues. RTC Fri.", ("97110", 15), ("97140", 8)), f => f.Code == "97140");
        Assert.Contains("(\"tolerated well\")", Assert.Single(Of(RuleIds.DocGenericOnly, "Tolerated well.", ("97110", 15))).Message);
    }

    [Fact]
    public void A_blank_note_is_missing_not_generic() =>
        Assert.Empty(Of(RuleIds.DocGenericOnly, " \u200B ", ("97112", 20)));

    [Fact]
    public void Generic_only_is_judged_per_code()
    {
        var findings = Of(RuleIds.DocGenericOnly,
            "Balance training. Tolerated well. Ther ex: SLR 3x10, bridges 2x15 for hip strength.", ("97112", 20), ("97110", 15));
        Assert.Equal("97112", Assert.Single(findings).Code);
    }

    [Theory]
    [InlineData("PNF D2 flexion. Berg 41/56.", true)]
    [InlineData("PNF D2 flexion to improve postural control. Berg 41/56.", false)]
    [InlineData("Perturbations for impaired proprioception L ankle.", false)]
    [InlineData("VOR x1 for vestibular hypofunction.", false)]
    [InlineData("Ataxic gait; PNF rhythmic initiation.", false)]
    [InlineData("Work on timing and sequencing of stepping strategy.", false)]
    public void Deficit_missing(string note, bool flagged) =>
        Assert.Equal(flagged, Of(RuleIds.DocDeficitMissing, note, ("97112", 20)).Count == 1);

    [Theory]
    [InlineData("PNF D2 flexion for postural control.", true)]
    [InlineData("PNF D2 flexion for postural control. TUG performed.", true)]
    [InlineData("PNF D2 flexion for postural control. TUG 14.2 s.", false)]
    [InlineData("Perturbation training: 4/10 perturbations recovered (2/10 last week).", false)]
    [InlineData("Foam stance for proprioception; Berg 45/56.", false)]
    [InlineData("Tandem stance 8 s, up from 5 s.", false)]
    public void Measure_missing(string note, bool flagged) =>
        Assert.Equal(flagged, Of(RuleIds.DocMeasureMissing, note, ("97112", 20)).Count == 1);

    [Theory]
    [InlineData("PNF D2 flexion.", true)]
    [InlineData("PNF D2 flexion, one on one.", false)]
    [InlineData("PNF D2 flexion 1:1.", false)]
    [InlineData("One-on-one PNF D2 flexion.", false)]
    [InlineData("PNF D2 flexion, not one-on-one.", true)]
    // A way of not being one-on-one, denied in plain words, states it; refused, deferred or only not
    // possible on the schedule, it does not.
    [InlineData("PNF D2 flexion; not double-booked this hour.", false)]
    [InlineData("PNF D2 flexion. Didn't take a second patient during the slot.", false)]
    [InlineData("PNF D2 flexion, never left with the aide.", false)]
    [InlineData("PNF D2 flexion. No concurrent tx today.", false)]
    [InlineData("PNF D2 flexion. Double-booked with a post-op knee.", true)]
    [InlineData("PNF D2 flexion. Pt declined the group class.", true)]
    [InlineData("PNF D2 flexion. Group class deferred.", true)]
    [InlineData("PNF D2 flexion. No second patient available, group resumes next week.", true)]
    // The patient alone in the session, in the clinic's own words after "sole/only/single patient".
    [InlineData("PNF D2 flexion. Lone pt in the gym this hour.", false)]
    [InlineData("PNF D2 flexion; single client booked 2-3 pm.", false)]
    [InlineData("PNF D2 flexion. Contact: single patient.", false)]
    [InlineData("PNF D2 flexion. Amb w/ single pt cane 150 ft.", true)]
    [InlineData("PNF D2 flexion. Only pt complaint today is fatigue.", true)]
    [InlineData("PNF D2 flexion. Not the only pt in the gym.", true)]
    public void One_on_one_missing_for_the_payers_one_on_one_codes(string note, bool flagged)
    {
        var findings = Of(RuleIds.DocOneOnOneMissing, note, ("97112", 20), ("97110", 15));
        Assert.Equal(flagged, findings.Count == 1);
        if (flagged) Assert.Equal("97112", findings[0].Code); // 97110 is not a one-on-one code of the profile
    }

    [Fact]
    public void Mixed_visit_without_separate_minutes_is_flagged_at_visit_level()
    {
        var note = "PNF D2 flexion and perturbation training on foam for postural control, 4/10 perturbations recovered. "
            + "SLR 3x10 for hip strength. Services provided one-on-one, 47 min total.";
        var finding = Assert.Single(Of(RuleIds.DocSeparateTimeMissing, note, ("97112", 24), ("97110", 23)));
        Assert.Null(finding.Code);
        Assert.Contains("97112", finding.Message);
        Assert.Contains("97110", finding.Message);
        Assert.Contains("97112 (neuromuscular re-education): 24 min", finding.Fix);
        // 24 + 23 = 47 min → 3 units: 97112 ×2 ($80), 97110 ×1 ($30); both lack minutes.
        Assert.Equal(110m, finding.Amount);
    }

    [Fact]
    public void Mixed_visit_with_minutes_for_each_code_passes()
    {
        var note = "NMR 24 min: PNF D2 flexion and perturbation training on foam for postural control, 4/10 perturbations recovered. "
            + "Ther ex 23 min: SLR 3x10 for hip strength. Services provided one-on-one.";
        var findings = Run(note, ("97112", 24), ("97110", 23));
        Assert.Empty(findings);
    }

    [Fact]
    public void Mixed_visit_with_minutes_for_one_code_names_the_other()
    {
        var finding = Assert.Single(Of(RuleIds.DocSeparateTimeMissing, "NMR 24 min: PNF. SLR 3x10.", ("97112", 24), ("97110", 23)));
        Assert.DoesNotContain("for 97112", finding.Message);
        Assert.Contains("97110", finding.Message);
        Assert.Equal(30m, finding.Amount);
    }

    [Fact]
    public void Single_timed_code_needs_no_separate_minutes() =>
        Assert.Empty(Of(RuleIds.DocSeparateTimeMissing, "PNF D2 flexion.", ("97112", 24)));

    [Theory]
    [InlineData("NMR 30 min: PNF D2.", true)]
    [InlineData("97112: 25 minutes of perturbation training.", true)]
    [InlineData("NMR (20'): PNF D2.", false)]
    [InlineData("Neuromuscular re-education 20 min.", false)]
    [InlineData("PNF D2 flexion.", false)]
    public void Time_mismatch(string note, bool flagged)
    {
        var findings = Of(RuleIds.DocTimeMismatch, note, ("97112", 20));
        Assert.Equal(flagged, findings.Count == 1);
        if (flagged)
        {
            Assert.Equal("97112", findings[0].Code);
            Assert.Contains("bills 20 min", findings[0].Message);
        }
    }

    // Issue 8, false positive 9 (DOC_SEPARATE_TIME_MISSING, DOC_TIME_MISMATCH): minutes written
    // against a code, in any layout, are that code's.
    [Theory]
    [InlineData("97112: perturbation training on foam for postural control, 4/10 recovered, 24 min \u2026 97110: SLR 3x10, bridges 2x15 for hip strength, 23 min. 1:1.")]
    [InlineData("Perturbation training on foam (97112) for postural control, 4/10 recovered, 24 minutes. SLR 3x10, bridges 2x15 (97110) for hip strength, 23 minutes. 1:1.")]
    [InlineData("97112 Neuromuscular re-education\nPerturbation training on foam for postural control, 4/10 recovered\nTime: 24 min\n97110 Therapeutic exercise\nSLR 3x10, bridges 2x15 for hip strength\nTime: 23 min\n1:1.")]
    public void Separate_time_is_read_from_a_code_by_code_layout(string note) =>
        Assert.Empty(Of(RuleIds.DocSeparateTimeMissing, note, ("97112", 24), ("97110", 23)));

    [Fact]
    public void Minutes_against_a_code_the_vocabulary_does_not_know_are_compared_with_its_line()
    {
        const string note = "Iontophoresis (97033) 12 minutes with dexamethasone to L lateral epicondyle. Ther ex 15 min: wrist extension eccentrics 3x15.";
        Assert.Empty(Of(RuleIds.DocSeparateTimeMissing, note, ("97033", 12), ("97110", 15)));
        var mismatch = Assert.Single(Of(RuleIds.DocTimeMismatch, note, ("97033", 16), ("97110", 15)));
        Assert.Equal("97033", mismatch.Code);
    }

    // Issue 8, false positive 11 (DOC_TIME_MISMATCH): with one timed code, minutes stated without a
    // code are that code's.
    [Theory]
    [InlineData("Rhythmic stabilization x 35 min in tall kneeling for trunk control; 4/10 perturbations recovered. 1:1.", 35)]
    [InlineData("Pt seen 30 min. PNF D2 flexion for postural control, Berg 44/56. 1:1.", 30)]
    [InlineData("Pt seen 15 min. PNF D2 flexion for postural control, Berg 44/56. 1:1.", 15)]
    public void Single_timed_code_takes_the_notes_uncoded_minutes(string note, int stated)
    {
        var mismatch = Assert.Single(Of(RuleIds.DocTimeMismatch, note, ("97112", 25)));
        Assert.Equal("97112", mismatch.Code);
        Assert.Contains($"states {stated} min", mismatch.Message);
    }

    // Guards (true before the change, and must stay so).
    [Fact]
    public void Uncoded_minutes_that_agree_with_the_single_timed_code_pass() =>
        Assert.Empty(Of(RuleIds.DocTimeMismatch, "Rhythmic stabilization x 15 min, perturbations on foam x 10 min; 4/10 recovered.", ("97112", 25)));

    [Theory]
    // Two timed codes: uncoded minutes may be a total and belong to neither.
    [InlineData("Pt seen 40 min. NMR: PNF D2 flexion. Ther ex: bridges 3x10.", new[] { "97112:25", "97110:15" })]
    // Minutes next to an untimed code are that code's, not the timed code's.
    [InlineData("E-stim (G0283) 15 min to quads. Rhythmic stabilization in tall kneeling for trunk control.", new[] { "97112:25", "G0283:15" })]
    [InlineData("Moist heat 10 min to low back. Rhythmic stabilization in tall kneeling for trunk control.", new[] { "97112:25", "97010:10" })]
    // A visit total is not the code's minutes.
    [InlineData("Rhythmic stabilization in tall kneeling for trunk control. Total treatment time 35 min.", new[] { "97112:25", "97010:10" })]
    // Home programme and goals are not session time.
    [InlineData("Rhythmic stabilization in tall kneeling. HEP: walk 30 min daily. Goal: stand 10 min to cook.", new[] { "97112:25" })]
    [InlineData("Pt arrived 10 min late. Rhythmic stabilization in tall kneeling, able to stand 3 min before LOB.", new[] { "97112:25" })]
    [InlineData("NuStep 5 min warm-up, then SLR 3x10, bridges 2x15, planks 3 x 1 min for core stability.", new[] { "97110:30" })]
    public void Uncoded_minutes_are_not_assigned_when_they_may_belong_elsewhere(string note, string[] lines)
    {
        var parsed = lines.Select(l => l.Split(':')).Select(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.Empty(Of(RuleIds.DocTimeMismatch, note, parsed));
    }

    [Theory]
    [InlineData(new[] { "I69.351" }, false)]
    [InlineData(new[] { "G20.A1" }, false)]
    [InlineData(new[] { "M54.50", "R26.89" }, false)]
    [InlineData(new[] { "R262" }, false)]
    [InlineData(new[] { "Z96.651" }, false)]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "169.351" }, true)]
    [InlineData(new[] { "I69.35101" }, true)]
    [InlineData(new[] { "I6" }, true)]
    [InlineData(new[] { "I69.351", "stroke" }, true)]
    [InlineData(new[] { "I69." }, true)]
    public void Diagnosis_missing_or_malformed(string[] codes, bool flagged)
    {
        var visit = DocFixture.Visit(PassingNote, codes, "V-1", "P-1", new DateOnly(2026, 3, 4), 2, ("97112", 40));
        var findings = Run(visit).Where(f => f.RuleId == RuleIds.DocDiagnosisMissing).ToList();
        Assert.Equal(flagged, findings.Count == 1);
        if (flagged)
        {
            Assert.Null(findings[0].Code);
            Assert.Equal(120m, findings[0].Amount);
        }
    }

    [Fact]
    public void A_visit_without_a_note_in_a_reviewed_batch_is_note_missing_per_documented_code_and_no_other_note_rule()
    {
        // 97112 40 + 97110 20 = 60 min → 4 units (§3): 97112 ×3, 97110 ×1, both on the claim.
        var visit = DocFixture.Visit(null, [], "V-1", "P-1", new DateOnly(2026, 3, 4), 2, ("97112", 40), ("97110", 20));
        var findings = Run(visit);
        Assert.Equal([RuleIds.DocNoteMissing, RuleIds.DocNoteMissing, RuleIds.DocDiagnosisMissing], findings.RuleIds());
        Assert.Equal(["97112", "97110"], findings.Where(f => f.RuleId == RuleIds.DocNoteMissing).Select(f => f.Code));
        Assert.All(findings.Where(f => f.RuleId == RuleIds.DocNoteMissing), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void An_empty_note_is_missing_on_a_line_that_claims_a_unit_and_not_on_one_the_8_minute_rule_gives_none()
    {
        // 97112 20 + 97110 12 + 97140 8 + 97116 10 = 50 min → 3 units (§3): 97112 ×1 from its whole quarter-hour,
        // then the leftovers to the larger remainders 97110 (12) and 97116 (10); 97140 (8) gets none.
        var computed = DocFixture.Visit(null, ("97112", 20), ("97110", 12), ("97140", 8), ("97116", 10));
        Assert.Equal(["97112", "97110", "97116"], Run(computed).Where(f => f.RuleId == RuleIds.DocNoteMissing).Select(f => f.Code));

        // The clinic bills the 97140 a unit anyway: that line is claimed, so its missing note is a finding too.
        var billed = new Visit { VisitId = "V-2", PatientId = "P-2", PayerId = "medicare", DateOfService = new DateOnly(2026, 3, 4), FirstRow = 2 };
        foreach (var (code, minutes) in new[] { ("97112", 20), ("97110", 12), ("97140", 8), ("97116", 10) })
            billed.Lines.Add(new ServiceLine { Code = code, Minutes = minutes, OneOnOne = true, Row = 2, BilledUnits = 1 });
        Assert.Equal(["97112", "97110", "97140", "97116"], Run(billed).Where(f => f.RuleId == RuleIds.DocNoteMissing).Select(f => f.Code));
    }
}
