using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-fifth) is the shortest notes
/// that still pass and the ones that just miss: clinicians who chart the minimum — two to five lines, or one dense
/// line — each element stated once and briefly, beside near-identical notes that lose exactly one element (the
/// one-on-one statement, the technique, the deficit, the numbered measure, a code's minutes) or state it only so vaguely
/// that a careful reviewer fails it ("PTA supervising the floor", "Area ▸ see IE", "Berg ↑ from IE", "TUG faster than
/// last wk", "97140 ▸ rest of session"); and, at the other end, padded notes whose long mandatory boilerplate buries the
/// one element that matters — about two thirds ordinary and complete (72 of 113), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and
/// OTs, from three employers no earlier set has:
/// <list type="number">
/// <item>a high-volume orthopaedic chain with a one-field-a-line "quick note" template ("JointWorks Orthopedic &amp;
/// Sports Physical Therapy", JWO: clinics in Warsaw, Goshen, Elkhart and Plymouth, Indiana; the "JointWorks QuickNote"
/// with a header "JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT" and one line per field — "97112 ▸ 22m", "1:1 ▸ Y",
/// "Tx ▸", "Area ▸", "# ▸", "Total timed ▸" — a "☐ Y ☐ N" toggle on some sites' version, the chain's in-house
/// "StableStart" balance levels, and the chain's default "15m" in the first minute field): Kyle Amstutz (PT, DPT,
/// Warsaw), Devin Yoder (PT, Elkhart), Jenna Hochstetler (PTA, Goshen) and Marisa Beer (PTA, Plymouth); an
/// orthopaedic-implant plant polisher, an RV-line cabinet installer, an Amish cabinetmaker brought by a hired van
/// driver, a Lake Wawasee pontoon guide, a high-school wrestler, a blueberry-farm picker, a rack of patients on the
/// bikes;</item>
/// <item>a one-PT rural practice ("Rawhide Physical Therapy", RPT: Merle Vankirk, PT, alone in a storefront on Main
/// Street in Lusk, Wyoming, with Tuesday afternoons in the Manville community hall), who writes each visit as one dense
/// line of semicolons, "&amp;" and "w/" — "97112 24 min; 1:1, nobody else in the building; …"; a cow-calf rancher, a
/// BNSF section hand, a Stagecoach Museum volunteer, a school-bus driver on gravel roads, a sheep rancher's widow, a
/// cattle guard, a salt block, a stock tank, the Legend of Rawhide pageant, a daughter who drove in from Torrington,
/// and a rancher's wife on the next table;</item>
/// <item>a hospital outpatient neuro clinic with a long mandatory template ("Sheboygan Harbor Medical Center —
/// Outpatient Neurologic Rehabilitation", SHMC: 2 North at the main hospital in Sheboygan, Wisconsin; the "NEURO OP
/// DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)" with identity, allergy, precaution, infection-prevention,
/// advance-directive, interpreter and barriers-to-learning lines, "CHARGES / TIMED SERVICES", "DELIVERY MODE" (typed,
/// or a "[X] Individual [ ] Concurrent [ ] Group" row), "IMPAIRMENTS ADDRESSED" (typed, or a row of impairment boxes),
/// "OUTCOME MEASURES", "PATIENT / FAMILY EDUCATION", "RESPONSE TO TREATMENT", "PLAN" and "ATTESTATION"): Annika
/// Vandervelde (PT, DPT, NCS), Luis Ochoa-Brandt (PT), Kayla Nienhuis (PTA) and Renee Wolfgram (OTR/L); a retired
/// foundry worker from Kohler, a Lake Michigan charter captain, a bratwurst-fry volunteer, a college professor with
/// multiple sclerosis, a Hmong interpreter and a wife in the room.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads both the thinnest and the most padded
/// notes, applying the contract to what the note says: an element stated once, briefly, is stated; boilerplate that
/// names nothing clinical adds nothing and takes nothing away; a blank field, a dash, "see IE", "per flowsheet" and "see
/// charge capture" state nothing; "supervising" is not one-on-one; a number that is plainly something else is not a
/// measure:
/// <list type="bullet">
/// <item>class 1 (v1-h147-…): one-on-one in these writers' own words ("1:1 ▸ Y", "1:1, nobody else in the building",
/// "daughter drove her in from Torrington and watched — one-on-one", "one on one" at the end of a dense line, the
/// mandatory template's "DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes" under
/// twenty lines of boilerplate, "Individual; his wife and the Hmong interpreter in the room"), notes that negate it
/// ("1:1 ▸ N — split w/ the pt on the next table", Merle treating the rancher's wife's knee on the next table at the
/// same time, "DELIVERY MODE: Concurrent — with another patient on the next mat"), state it only as supervision ("PTA
/// supervising the floor") or drop it (a QuickNote with its "1:1 ▸" line deleted), and the codes without a one-on-one
/// check: a PTA's 97110 with four patients on the floor and an OT's 97530 in a pair;</item>
/// <item>class 2 (v2-h147-…): checkbox and blank-field states in the QuickNote and the mandatory template: "1:1 ▸"
/// blank, "1:1 ▸ ✔", "Area ▸ —", "Tx ▸" blank, "[ ] Individual [ ] Concurrent [ ] Group" with nothing ticked and with
/// Individual ticked, a row of impairment boxes none ticked and one ticked with its detail, "OUTCOME MEASURE: ________
/// SCORE: ____", and Merle's "SLS __ s";</item>
/// <item>class 3 (v3-h147-…): named programmes and methods as techniques in a line or less (Carr and Shepherd's motor
/// relearning programme, Perfetti tactile discrimination under the foot, Marsden-ball pursuits and saccades after a
/// wrestling concussion, a Cawthorne-Cooksey head-and-eye series, Mulligan mobilisation with movement, ASTYM, heavy slow
/// resistance for a patellar tendon, LSVT BIG, the CO-OP approach, graded motor imagery), the chain's "StableStart
/// Level 2" and Merle's "ranch circuit" as the only technique, a Silbernagel Achilles programme with no dose, and PNF
/// with "IMPAIRMENTS ADDRESSED: see evaluation";</item>
/// <item>class 4 (v4-h147-…): deficits stated as findings in a phrase (an ankle that wobbles on the cattle guard, a knee
/// that gives way on the RV-line step, feet that go numb on the charter boat's deck, legs that quit in the heat with
/// multiple sclerosis, a boot that can't feel the stirrup, a hand that drops the coffee pot, a shoulder that can't reach
/// the top rack) and twins with the deficit dropped or sent elsewhere ("Area ▸ see IE", "IMPAIRMENTS ADDRESSED: per
/// plan of care", a manual-therapy line with no region);</item>
/// <item>class 5 (v5-h147-…): measures in their shortest usual forms ("Berg 47" without its denominator, "TUG 11.4",
/// "7/10 pert w/o step", mCTSIB as four seconds, a gait speed in m/s, FGA and the Four Square Step Test deep in the template, a dose for
/// 97110, feet and assistance for 97116) and notes that just miss ("Berg ↑ from IE", "TUG faster than last wk",
/// "OUTCOME MEASURES: deferred to progress note", "sets/reps per flowsheet", a 97116 with neither distance nor
/// assistance);</item>
/// <item>class 6 (v6-h147-…): minutes in these writers' forms ("97110 ▸ 16m", "97112 22 min" in a dense line of three
/// codes, the template's "CHARGES / TIMED SERVICES" block under the boilerplate, a clock range on the code's own line,
/// minutes in words, a PT's and an OT's code each with its minutes, a single code with no minutes written) and true
/// mismatches (the chain's default "15m" on a 28-minute line, Merle's "97112 30 min" on a 19-minute line, a PTA's
/// "97140 ▸ 18m" on an 8-minute line) and truly missing separate time ("97140 ▸ rest of session", "Total timed ▸ 32m",
/// "97530: see charge capture", a manual-therapy line with its minutes dropped, a minute field left "__m");</item>
/// <item>class 7 (v7-h147-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a QuickNote sent empty on a two-code visit, a template sent as spaces, Merle's empty note with no diagnosis),
/// the contract's meanings for 97110, 97530 (a salt block lifted from the ground to a pickup bed), 97140 and 97116 in a
/// line or two, and wholly generic notes: a one-line "balance tx, tol well", the same with "1:1 ▸ Y", and the mandatory
/// template filled with nothing but its boilerplate on a two-code visit;</item>
/// <item>ordinary (vord-h147-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), from one line to twenty, and the ordinary weak ones: a complete note with no diagnosis and a claim whose
/// diagnosis is "TBD".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter, a wife, a van driver, an
/// interpreter (none of them a patient; the rancher's wife on the next table, the patient on the next mat and the pt
/// the QuickNote split with are), ages, step heights in inches, loads in pounds, distances in feet, gait speeds in
/// metres per second, seconds, counts, degrees, grip pounds and percentages — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 ▸ 22m", "97112 23
/// min", "97112 Neuromuscular re-education — 24 min"), in its block's heading, or as a clock range on the code's own
/// line; no note gives minutes to a visit, a drill, a rest or a test, except the one that fails for giving only the
/// visit's total ("Total timed ▸ 32m"); notes failed for want of a measure carry no number but their code and its
/// minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no number
/// but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level)
/// is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter or staff member in
/// the room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist
/// supervising a floor is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the minimal forms that could honestly be read either way: a bare code's name ("NMR", "TE")
/// as the whole technique, "1:1" written as a bare "1-1" that could be a score, minutes written with a prime (9′) or
/// as "0:23" where they could be feet or a clock, a body region named only inside a technique's name as a 97112's
/// deficit, "see flowsheet" beside a measure that is written out, a combined "97110/97140 30m" whose minutes could
/// belong to either code, "direct" or "hands-on" as the only word for one-on-one, and a mandatory template's
/// fall-precaution line as a 97112's only deficit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 109 of 113 cases agree (111 needed), and none of the 72 notes the reviewer passes got a finding, on the analyzer of 27ff021 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 112 of 113, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortySeventhTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words, negated, unstated

        // JWO Warsaw QuickNote at its shortest: "1:1 ▸ Y"; foam tandem and lateral pushes; L ankle proprioception after the sprain; SLS seconds; "97112 ▸ 22m" matches: passes.
        ["v1-h147-jwo-quicknote-one-on-one-y"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ foam tandem, lateral pushes at the pelvis, eyes-closed rocker
            Area ▸ L ankle proprioception ↓ since the sprain on the plant floor
            # ▸ SLS L 6 s (R 24 s)
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // The same QuickNote's twin with "1:1 ▸ N — split w/ the pt on the next table": another patient treated in the block: one-on-one missing; technique, deficit and measure as before.
        ["v1-h147-jwo-quicknote-one-on-one-n-split"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ N — split w/ the pt on the next table
            Tx ▸ foam tandem, lateral pushes at the pelvis, eyes-closed rocker
            Area ▸ L ankle proprioception ↓ since the sprain on the plant floor
            # ▸ SLS L 6 s (R 24 s)
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // The same QuickNote's twin with the "1:1 ▸" line deleted and nothing else saying one-on-one or individual: not stated.
        ["v1-h147-jwo-quicknote-one-on-one-line-deleted"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            Tx ▸ foam tandem, lateral pushes at the pelvis, eyes-closed rocker
            Area ▸ L ankle proprioception ↓ since the sprain on the plant floor
            # ▸ SLS L 6 s (R 24 s)
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // JWO Plymouth PTA: "PTA supervising the floor" is supervision, not one-on-one attendance: one-on-one missing; step-and-hold on the half roll, ball toss on foam; R knee proprioception after the ACL graft; Y-balance composite.
        ["v1-h147-jwo-pta-supervising-the-floor"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 23m
            Delivery ▸ PTA supervising the floor
            Tx ▸ step-and-hold onto the half foam roll, ball toss while standing on the Airex, hop-to-stick
            Area ▸ R knee proprioception and quad timing after the ACL graft
            # ▸ Y-balance composite R 84% (L 95%)
            """,
            ["S83.511D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // RPT Merle's dense line: "1:1, nobody else in the building"; rocker board, stepping over the chute boards, eyes-closed stance; R ankle proprioception after the horse wreck; Berg; 24 min matches: passes.
        ["v1-h147-rpt-nobody-else-in-the-building"] = new(
            """
            Rawhide PT — M. Vankirk PT: Dwight Ostrander, 97112 24 min; 1:1, nobody else in the building; rocker board A/P eyes shut, stepping over the loading-chute boards, feet-together stance on the foam w/ head turns; R ankle proprioception shot since the horse went down on him, rolls it on frozen ruts; Berg 46/56.
            """,
            ["S93.401D", "R26.81"], [PT("97112", 24)], []),

        // Merle's twin line where he treated the rancher's wife's knee on the next table at the same time, going back and forth: another patient in the block: one-on-one missing.
        ["v1-h147-rpt-wife-on-the-next-table"] = new(
            """
            Rawhide PT — M. Vankirk PT: Dwight Ostrander, 97112 24 min; had Dwight and his wife Lorna (her knee, her own visit) on the two tables at once, back and forth; rocker board A/P eyes shut, stepping over the loading-chute boards, feet-together stance on the foam w/ head turns; R ankle proprioception shot since the horse went down on him; Berg 46/56.
            """,
            ["S93.401D", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Merle: "daughter drove her in from Torrington and watched — one-on-one" (family does not undo it); weight shifts over the cane, reactive steps to nudges, turning in place; postural control with Parkinson's; pull test and TUG; 23 min matches: passes.
        ["v1-h147-rpt-daughter-drove-in-and-watched"] = new(
            """
            Rawhide PT — M. Vankirk PT: Irma Schwede, 97112 23 min; daughter drove her in from Torrington and watched — one-on-one; weight shifts over the cane then without, reactive steps to nudges front & back, turning in place to the clock on the wall; postural control & backward stepping poor w/ Parkinson's; pull test 4 steps to recover, TUG 15.8 s.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Merle's line with "one on one" at its very end, no hyphens; head movements seated and standing, walking the hall with head turns, ball over the head; L vestibular loss; DGI; 22 min matches: passes.
        ["v1-h147-rpt-one-on-one-at-the-end"] = new(
            """
            Rawhide PT — M. Vankirk PT: Vern Albrecht, 97112 22 min; head movements seated then standing, walking the hall w/ head turns side to side, tossing the ball over his head while he walks; L vestibular loss after the neuritis, veers L when he turns his head at the stock tank; DGI 16/24; one on one
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SHMC padded template: "DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes" buried among identity, allergy, infection and barrier lines; D2 flexion with rhythmic stabilisation, perturbations in sitting; trunk postural control after a cerebellar stroke; trunk scale and Berg; charges line 24 min matches: passes.
        ["v1-h147-shmc-individual-buried-in-template"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: "I still tip over when I reach for the coffee." Retired from the Kohler foundry; drove himself today.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: PNF D2 flexion with rhythmic stabilization in sitting on the therapy ball; seated perturbations at the shoulders; reaching outside base of support to the cones.
            IMPAIRMENTS ADDRESSED: trunk postural control and truncal ataxia after the L cerebellar stroke.
            OUTCOME MEASURES: Trunk Impairment Scale 14/23; Berg 39/56.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well; no adverse response.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.393", "R27.0"], [PT("97112", 24)], []),

        // SHMC padded template with "DELIVERY MODE: Concurrent — with another patient on the next mat": not one-on-one; X1 viewing, head turns on foam, walking with head turns; L vestibular hypofunction; DGI and DVA present.
        ["v1-h147-shmc-delivery-concurrent"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: the charter season starts in April and she wants to be back on the boat.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Concurrent — with another patient on the next mat.
            INTERVENTIONS: X1 viewing against the checkerboard, seated then standing; head turns standing on foam; walking the hall with head turns and stops on cue.
            IMPAIRMENTS ADDRESSED: L vestibular hypofunction; oscillopsia with quick head turns.
            OUTCOME MEASURES: DGI 18/24; dynamic visual acuity loss 3 lines.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: mild dizziness, settled with rest.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SHMC padded: "DELIVERY MODE: Individual; his wife and the Hmong interpreter in the room" (neither a patient); weight shift over the R leg with tapping, step-ups onto foam; R hemiparesis with poor weight acceptance; 10MWT and Berg; charges line 25 min matches: passes.
        ["v1-h147-shmc-individual-wife-and-interpreter"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: Hmong, in person.   BARRIERS TO LEARNING: language; addressed with interpreter.
            SUBJECTIVE: via interpreter, he wants to stand at the garden bed without holding the fence.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 25 min
            DELIVERY MODE: Individual; his wife and the Hmong interpreter in the room.
            INTERVENTIONS: weight shifts onto the R leg with tapping to the glute med; step-ups onto the foam, R leading, with a hold; reactive steps to light pushes at the pelvis.
            IMPAIRMENTS ADDRESSED: R hemiparesis with poor weight acceptance and a late R stepping reaction.
            OUTCOME MEASURES: 10MWT 0.61 m/s; Berg 41/56.
            PATIENT / FAMILY EDUCATION: wife shown guarding at the hip; teach-back through the interpreter.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // JWO Goshen PTA 97110 with "4 other pts on the floor" (97110 has no one-on-one check): step-ups, leg press, TKE with doses; L quad weakness after the TKA; "97110 ▸ 19m" matches: passes.
        ["v1-h147-jwo-pta-97110-four-on-the-floor"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 19m    (4 other pts on the floor)
            Tx ▸ step-ups 6 in 3x10, leg press 60 lb 3x12, TKE blue band 3x15
            Area ▸ L quad weakness after the L TKA, slow on the van step
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 19)], []),

        // SHMC OT 97530 in a pair (no one-on-one check): kitchen retrieval from the low and high cupboards, carrying a pan two-handed; L hemiparesis and reach; counts and assist; "97530 Therapeutic activities — 22 min" matches: passes.
        ["v1-h147-shmc-ot-97530-in-a-pair"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            INFECTION PREVENTION: hand hygiene before and after contact.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 22 min
            DELIVERY MODE: pair session in the ADL kitchen with one other patient.
            INTERVENTIONS: retrieving cans from the low and high cupboards, carrying a pan two-handed from stove to sink, wiping the counter with the L hand.
            IMPAIRMENTS ADDRESSED: L hemiparesis with limited L shoulder reach and standing endurance.
            OUTCOME MEASURES: 8 cans retrieved with stand-by assist; pan carried 4 trips with contact guard.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.352"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // JWO Elkhart QuickNote with "1:1 ▸" left blank and nothing else stating it: one-on-one missing; BAPS circles, foam tandem, perturbations; R ankle proprioception; SLS and perturbation count present.
        ["v2-h147-jwo-one-on-one-field-blank"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 21m
            1:1 ▸
            Tx ▸ BAPS level 3 circles, foam tandem, perturbations at the shoulders
            Area ▸ R ankle proprioception ↓, rolls it stepping off the RV-line dock
            # ▸ SLS R 7 s; 6/10 pert w/o step
            """,
            ["S93.401D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // The Elkhart QuickNote with "1:1 ▸ ✔": a ticked field states it; rocker board and hop-to-stick; L knee proprioception after the meniscus repair; Y-balance; 23m matches: passes.
        ["v2-h147-jwo-one-on-one-field-ticked"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 23m
            1:1 ▸ ✔
            Tx ▸ rocker board eyes closed, hop-to-stick onto the foam, single-leg catches on the Airex
            Area ▸ L knee proprioception & quad timing after the meniscus repair
            # ▸ Y-balance anterior L 58 cm (R 66 cm)
            """,
            ["S83.242D"], [PT("97112", 23)], []),

        // JWO QuickNote with "Area ▸ —" and no deficit, system or body region anywhere: deficit missing; 1:1, rocker board, foam-beam tandem, catches on the Airex, FGA present.
        ["v2-h147-jwo-area-field-dash"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 24m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, tandem on the foam beam, catch-and-throw on the Airex
            Area ▸ —
            # ▸ FGA 20/30
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // JWO QuickNote with "Tx ▸" left blank and nothing else naming what was done: technique missing; 1:1, L ankle proprioception and Berg present, no generic phrase.
        ["v2-h147-jwo-tx-field-blank"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸
            Area ▸ L ankle proprioception ↓ after the fall off the buggy step
            # ▸ Berg 45/56
            """,
            ["S93.402D", "R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // SHMC template's delivery row "[ ] Individual [ ] Concurrent [ ] Group" with nothing ticked and no other statement: one-on-one missing; PWR! Up and PWR! Step, dual-task walking; bradykinesia and small steps; Mini-BESTest and TUG present.
        ["v2-h147-shmc-delivery-row-none-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: volunteered at the bratwurst fry on Saturday, shuffled by the afternoon.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [ ] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: PWR! Up and PWR! Step in standing; large-amplitude stepping to targets; walking while naming grocery items.
            IMPAIRMENTS ADDRESSED: bradykinesia and short step length with Parkinson's disease; postural control with turns.
            OUTCOME MEASURES: Mini-BESTest 17/28; TUG 13.6 sec.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, K. Nienhuis, PTA.
            """,
            ["G20.A1"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // SHMC delivery row "[X] Individual [ ] Concurrent [ ] Group" ticked deep in the template; sit-to-stand from foam, tandem, stepping over a cane; sensory loss in the feet; mCTSIB and 5xSTS; 22 min matches: passes.
        ["v2-h147-shmc-delivery-row-individual-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: no falls since last week; walked the Riverfront boardwalk with a friend.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: sit-to-stand from the foam with eyes closed; tandem stance on foam; stepping over a cane laid on the floor without looking down.
            IMPAIRMENTS ADDRESSED: somatosensory loss in both feet with the neuropathy; relies on vision in the dark.
            OUTCOME MEASURES: mCTSIB foam eyes closed 9 sec; 5xSTS 15.1 sec.
            PATIENT / FAMILY EDUCATION: night-light and home program reviewed; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // SHMC row of impairment boxes "[ ] Proprioception [ ] Vestibular [ ] Postural control [ ] Coordination" none ticked, and no deficit, system or body region anywhere else: deficit missing; individual, foam-beam tandem, hurdles, rocker, Mini-BESTest present.
        ["v2-h147-shmc-impairment-boxes-none-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: wants to walk the marina boardwalk without holding the rail.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: tandem walking on the foam beam; stepping over hurdles with a pause on each; standing on the rocker board with eyes closed.
            IMPAIRMENTS ADDRESSED: [ ] Proprioception [ ] Vestibular [ ] Postural control [ ] Coordination
            OUTCOME MEASURES: Mini-BESTest 19/28.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, K. Nienhuis, PTA.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // The same row with "[X] Vestibular" ticked and its detail typed ("L hypofunction, motion-provoked dizziness in the grocery aisles"); gaze stabilisation and habituation; DGI and DVA; 21 min matches: passes.
        ["v2-h147-shmc-impairment-box-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: the grocery aisles still set her off.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 21 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: X1 viewing with the metronome, standing on foam; habituation to the striped optokinetic video while marching in place; walking with head turns.
            IMPAIRMENTS ADDRESSED: [ ] Proprioception [X] Vestibular — L hypofunction, motion-provoked dizziness in the grocery aisles [ ] Postural control [ ] Coordination
            OUTCOME MEASURES: DGI 19/24; dynamic visual acuity loss 2 lines.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: brief dizziness with the video, resolved.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // SHMC "OUTCOME MEASURE: ________ SCORE: ____" left blank and no number in the note but the code and its minutes: measure missing; individual, Frenkel-style heel-to-shin and stepping to targets, ataxia present.
        ["v2-h147-shmc-outcome-fields-blank"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: teaching again this term; stumbles on the lecture-hall steps.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: Frenkel heel-to-shin and foot placement to floor targets, seated then standing; slow stepping onto marked squares in time with the metronome.
            IMPAIRMENTS ADDRESSED: lower-limb ataxia and timing of foot placement with multiple sclerosis.
            OUTCOME MEASURE: ________   SCORE: ____
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well; fatigued by the end.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["R27.0", "R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Merle's line ending "SLS __ s" never filled and no number but the code and its minutes: measure missing; 1:1, rocker board, stepping over the hose, tandem at the counter; L ankle proprioception present.
        ["v2-h147-rpt-sls-blank"] = new(
            """
            Rawhide PT — M. Vankirk PT: Opal Trumbull, 97112 21 min; 1:1, just her & me; rocker board side to side, stepping over the garden hose laid on the floor, tandem at the counter w/ eyes shut; L ankle proprioception poor since the fracture, turns it on the gravel by the mailbox; SLS __ s
            """,
            ["S82.62XD"], [PT("97112", 21)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SHMC: Carr and Shepherd motor relearning programme, sit-to-stand broken into its components and practised whole; R leg motor control and forward weight transfer after a stroke; 5xSTS and hands-free count; individual; 24 min matches: passes.
        ["v3-h147-shmc-carr-shepherd-motor-relearning"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: Carr and Shepherd motor relearning programme for sit-to-stand: trunk forward over the feet, then knee-forward loading of the R leg, then whole-task practice from a lowering seat height.
            IMPAIRMENTS ADDRESSED: R leg motor control and forward weight transfer after the L MCA stroke; he pushes back into the chair.
            OUTCOME MEASURES: 5xSTS 18.4 sec; hands-free stands 3 of 5.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // SHMC: Perfetti cognitive therapeutic exercise — eyes closed, naming sponge, cork and sandpaper tiles under the R foot; somatosensory loss after a parietal stroke; correct tiles and monofilament; individual; 22 min matches: passes.
        ["v3-h147-shmc-perfetti-tiles-under-the-foot"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: Perfetti cognitive therapeutic exercise with eyes closed — identifying sponge, cork and sandpaper tiles under the R foot, then judging block heights under the R heel.
            IMPAIRMENTS ADDRESSED: R foot somatosensory loss after the L parietal stroke; does not know where the R foot is on the floor.
            OUTCOME MEASURES: tiles named correctly 7/10; Semmes-Weinstein 5.07 absent at the R heel.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["I69.398"], [PT("97112", 22)], []),

        // JWO Warsaw sports concussion: Marsden-ball pursuits and saccades, then VOR x1 in tandem on foam; oculomotor and vestibular deficits after a wrestling concussion; near point of convergence and BESS errors; "1:1 ▸ Y"; 24m matches: passes.
        ["v3-h147-jwo-marsden-ball-wrestler"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 24m
            1:1 ▸ Y
            Tx ▸ Marsden ball pursuits & saccades standing, then VOR x1 in tandem on foam
            Area ▸ oculomotor & vestibular deficits after the concussion at sectionals (HS wrestler, 17 yo)
            # ▸ NPC 9 cm; BESS foam 14 errors
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // Merle: Cawthorne-Cooksey head-and-eye series lying, sitting and standing, then walking round the chairs in the hall; dizzy with quick turns after L vestibular neuritis; DGI; "1:1 (only pt that hour)"; 22 min matches: passes.
        ["v3-h147-rpt-cawthorne-cooksey-series"] = new(
            """
            Rawhide PT — M. Vankirk PT: LaVonne Pfister, 97112 22 min; 1:1 (only pt that hour); Cawthorne-Cooksey head & eye series lying, sitting, standing, then walking round the chairs in the hall; dizzy w/ quick turns since the L vestibular neuritis, can't look over her shoulder backing the bus; DGI 17/24.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // JWO Mulligan mobilisation with movement for ankle dorsiflexion in a lunge with a dose; R ankle stiffness, can't squat to the bottom shelf; knee-to-wall; "97140 ▸ 12m" matches: passes.
        ["v3-h147-jwo-mulligan-mwm-ankle-97140"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97140 ▸ 12m
            Tx ▸ Mulligan MWM talocrural DF in standing lunge 3x10
            Area ▸ R ankle DF stiffness after the sprain, can't squat to the bottom shelf of the cabinet line
            # ▸ knee-to-wall 6 cm → 9 cm
            """,
            ["S93.401D", "M25.671"], [PT("97140", 12)], []),

        // JWO ASTYM to the forearm extensors; R lateral elbow tendinopathy in an implant polisher; pain-free grip; "97140 ▸ 10m" matches: passes.
        ["v3-h147-jwo-astym-lateral-elbow-97140"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97140 ▸ 10m
            Tx ▸ ASTYM to the R forearm extensors, origin to mid-belly
            Area ▸ R lateral elbow tendinopathy, grip pain polishing implants
            # ▸ pain-free grip 42 lb (was 30 lb)
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // JWO "Tx ▸ StableStart Level 2 per JointWorks protocol" as the only technique: the chain's in-house level names nothing done; 1:1, slow stepping reactions, Berg present: technique missing.
        ["v3-h147-jwo-stablestart-level-only"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ StableStart Level 2 per JointWorks protocol
            Area ▸ slow stepping reactions & postural sway, fell in the hired van's doorway
            # ▸ Berg 44/56
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // Merle's "the ranch circuit, level up from Tues" as the only technique: his private name for a routine states nothing done; 1:1, slow hip and ankle strategy, Berg present: technique missing.
        ["v3-h147-rpt-ranch-circuit-only"] = new(
            """
            Rawhide PT — M. Vankirk PT: Edna Schaff, 97112 23 min; 1:1; the ranch circuit, level up from Tues; hip & ankle strategy slow, sways back when she reaches up to the clothesline; Berg 43/56.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // JWO heavy slow resistance for the patellar tendon with loads, sets and tempo; L patellar tendinopathy; "97110 ▸ 18m" matches: passes.
        ["v3-h147-jwo-hsr-patellar-tendon-97110"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97110 ▸ 18m
            Tx ▸ HSR: leg press 90 lb 3x15, hack squat 60 lb 3x15, 3 s up / 3 s down
            Area ▸ L patellar tendinopathy, pain landing off the pontoon step at the lake
            """,
            ["M76.52"], [PT("97110", 18)], []),

        // JWO Silbernagel Achilles loading programme named (heel raises, eccentric lowering, rebounding raises) with no sets, reps or load and no number but the code and its minutes: measure missing on 97110; R Achilles tendinopathy present.
        ["v3-h147-jwo-silbernagel-no-dose-97110"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 17m
            Tx ▸ Silbernagel Achilles loading, middle phase: heel raises off the step, eccentric lowering, quick rebounding heel raises
            Area ▸ R Achilles tendinopathy & calf weakness, pain on the first steps out of the blueberry rows
            """,
            ["M76.61"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // SHMC LSVT BIG maximal daily exercises and functional component; hypokinesia with PD; TUG and stride length; individual; 25 min matches: passes.
        ["v3-h147-shmc-lsvt-big"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 25 min
            DELIVERY MODE: Individual — therapist and patient only.
            INTERVENTIONS: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps), then the functional component: big sit-to-stand and a big turn at the kitchen counter.
            IMPAIRMENTS ADDRESSED: hypokinesia and bradykinesia with Parkinson's disease; shortened stride and en bloc turns.
            OUTCOME MEASURES: TUG 11.9 sec; stride length 52 cm.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["G20.A1"], [PTA("97112", 25)], []),

        // SHMC OT: CO-OP approach (goal, plan, do, check) for buttoning and shoe-tying with the L hand leading; L dexterity and motor planning after a stroke; buttons and nine-hole peg seconds; 23 min matches: passes.
        ["v3-h147-shmc-ot-co-op-approach-97530"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            INFECTION PREVENTION: hand hygiene before and after contact.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 23 min
            INTERVENTIONS: CO-OP approach — Goal, Plan, Do, Check — for buttoning his work shirt and tying his shoes with the L hand leading.
            IMPAIRMENTS ADDRESSED: L hand dexterity and motor planning after the R MCA stroke.
            OUTCOME MEASURES: 7 of 7 buttons done in 95 sec; nine-hole peg L 41 sec.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.334"], [OT("97530", 23)], []),

        // SHMC graded motor imagery for CRPS: laterality on the Recognise app, explicit imagery, mirror box; altered body schema and slow laterality; accuracy and seconds; individual; 22 min matches: passes.
        ["v3-h147-shmc-graded-motor-imagery"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: graded motor imagery — left/right hand judgement on the Recognise app, explicit motor imagery of reaching, then mirror-box movements.
            IMPAIRMENTS ADDRESSED: R hand CRPS with altered body schema; slow to recognise the R hand.
            OUTCOME MEASURES: laterality accuracy 68% at 2.9 sec per image (R hand images).
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["G90.511"], [PT("97112", 22)], []),

        // SHMC PNF patterns with rhythmic initiation and slow reversals, individual, 5xSTS, but "IMPAIRMENTS ADDRESSED: see evaluation" and no deficit, system or body region anywhere: deficit missing.
        ["v3-h147-shmc-pnf-impairments-see-evaluation"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            SUBJECTIVE: feels steadier at church.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: PNF D2 flexion and extension patterns with rhythmic initiation and slow reversals; rhythmic stabilization in half-kneeling.
            IMPAIRMENTS ADDRESSED: see evaluation.
            OUTCOME MEASURES: 5xSTS 16.2 sec.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // Merle: the L ankle "wobbles crossing the cattle guard", proprioception poor since the sprain; rocker board, step-overs onto the foam, lateral nudges; 1:1; Berg; 22 min matches: passes.
        ["v4-h147-rpt-ankle-wobbles-on-the-cattle-guard"] = new(
            """
            Rawhide PT — M. Vankirk PT: Cody Brueggeman, 97112 22 min; 1:1, him & me; rocker board eyes shut, step-overs onto the foam, lateral nudges while he stands in tandem; L ankle wobbles crossing the cattle guard, proprioception poor since the sprain at branding; Berg 45/56.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // The same line with the ankle phrase gone and no deficit, system or body region anywhere: deficit missing.
        ["v4-h147-rpt-cattle-guard-twin-no-deficit"] = new(
            """
            Rawhide PT — M. Vankirk PT: Cody Brueggeman, 97112 22 min; 1:1, him & me; rocker board eyes shut, step-overs onto the foam, lateral nudges while he stands in tandem; Berg 45/56.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // JWO Elkhart: the R knee "gives way stepping down off the RV-line platform", quad timing and knee proprioception; half-roll perturbations, drop-landing to stick, cutting to a cone on cue; hop LSI; 1:1; 22m matches: passes.
        ["v4-h147-jwo-knee-gives-way-on-the-platform"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ perturbations on the half roll, drop-landing to stick, cutting to the cone on cue
            Area ▸ R knee gives way stepping down off the RV-line platform; quad timing & knee proprioception
            # ▸ single-leg hop LSI 82%
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // JWO "Area ▸ see IE" and no deficit, system or body region anywhere else: deficit missing; 1:1, rocker, foam perturbations, tandem with head turns and FGA present.
        ["v4-h147-jwo-area-see-ie"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, perturbations on foam, tandem walking w/ head turns
            Area ▸ see IE
            # ▸ FGA 21/30
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SHMC padded: feet that go numb on the charter boat's deck, somatosensory loss; foam stance eyes closed, walking on the mat runway with head turns, standing on the wobble board; individual; mCTSIB and FGA; 24 min matches: passes.
        ["v4-h147-shmc-feet-numb-on-the-boat-deck"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: runs a charter out of the harbor; his feet go numb on the deck and he grabs the rail in a swell.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: foam stance with eyes closed; walking the mat runway with head turns; standing on the wobble board with ball catches.
            IMPAIRMENTS ADDRESSED: somatosensory loss in both feet (neuropathy); overreliance on vision.
            OUTCOME MEASURES: mCTSIB foam eyes closed 11 sec; FGA 22/30.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["G62.9"], [PT("97112", 24)], []),

        // SHMC "IMPAIRMENTS ADDRESSED: per plan of care." and no deficit, system or body region anywhere else: deficit missing; individual, foam stance, tandem walking, hurdles and Berg present.
        ["v4-h147-shmc-impairments-per-plan-of-care"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            SUBJECTIVE: back at the Thursday card club.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: foam stance with eyes closed; tandem walking; stepping over hurdles with a pause on each.
            IMPAIRMENTS ADDRESSED: per plan of care.
            OUTCOME MEASURES: Berg 47/56.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SHMC MS: legs that give out as she warms up, L foot catching, motor recruitment and fatigue-related ataxia; cooled-vest stepping drills, marching on foam, tandem turns; T25FW and Berg; individual; 23 min matches: passes.
        ["v4-h147-shmc-ms-legs-quit-in-the-heat"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: heat sensitivity — cooling vest on, fan running.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            SUBJECTIVE: teaches at the college; her legs quit on her in the warm lecture hall.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: stepping to floor targets on cue; marching on foam; tandem walking with turns at each end.
            IMPAIRMENTS ADDRESSED: L foot catches and both legs give out as she warms up — motor recruitment and fatigue-related ataxia with multiple sclerosis.
            OUTCOME MEASURES: T25FW 8.9 sec; Berg 48/56.
            RESPONSE TO TREATMENT: tolerated well with rests.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["R26.89", "R27.0"], [PT("97112", 23)], []),

        // JWO 97110: the R shoulder "can't reach the top rack" after a cuff repair; rows, scaption and wall slides with doses; "97110 ▸ 16m" matches: passes.
        ["v4-h147-jwo-97110-shoulder-top-rack"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97110 ▸ 16m
            Tx ▸ rows 15 lb 3x12, scaption w/ 3 lb 3x10, wall slides 2x15
            Area ▸ R shoulder flexion weakness after the cuff repair, can't reach the top rack on the RV line
            """,
            ["Z98.890", "M62.81"], [PT("97110", 16)], []),

        // JWO 97140 "soft tissue mobilization and grade III joint mobilization, 3 bouts x 30 s" with "Area ▸ as before" and no region or impairment anywhere: deficit missing on 97140; technique and dose present.
        ["v4-h147-jwo-97140-no-region"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97140 ▸ 11m
            Tx ▸ soft tissue mobilization and grade III joint mobilization, 3 bouts x 30 s
            Area ▸ as before
            """,
            ["M54.50"], [PTA("97140", 11)], [At(Deficit, "97140")]),

        // Merle: "can't feel the stirrup through his boot", proprioception loss in both feet; foam stance eyes shut, heel-toe on a rope, ball kicks from foam; 1:1; mCTSIB; 21 min matches: passes.
        ["v4-h147-rpt-cant-feel-the-stirrup"] = new(
            """
            Rawhide PT — M. Vankirk PT: Harlan Oedekoven, 97112 21 min; 1:1 in the back room; foam stance eyes shut, heel-toe along a lariat laid on the floor, kicking a ball from the foam; can't feel the stirrup through his boot — proprioception loss both feet w/ the sugar; mCTSIB foam eyes closed 7 s.
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // SHMC OT 97530: a hand that drops the coffee pot when she turns; carrying a full carafe, pouring into a cup held in the L hand; L grip and sustained hold; grip pounds and trips; 22 min matches: passes.
        ["v4-h147-shmc-ot-drops-the-coffee-pot"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            INFECTION PREVENTION: hand hygiene before and after contact.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 22 min
            INTERVENTIONS: carrying a full coffee carafe from the counter to the table while turning; pouring into a mug held in the L hand.
            IMPAIRMENTS ADDRESSED: L grip and sustained hold after the R MCA stroke; she drops the coffee pot when she turns.
            OUTCOME MEASURES: grip L 18 lb (R 52 lb); carafe carried 5 trips without a drop, stand-by assist.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their shortest forms, and notes that just miss

        // JWO Goshen PTA: "# ▸ Berg 47" without its denominator is still a scored test; tandem on foam, step-and-reach to cones; postural sway and slow stepping; 1:1; 22m matches: passes.
        ["v5-h147-jwo-berg-bare-number"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ tandem on foam, step-and-reach to cones, eyes-closed stance on the rocker
            Area ▸ postural sway & slow stepping reactions, stumbles on the shop's sawdust floor
            # ▸ Berg 47
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // The same QuickNote's twin with "# ▸ Berg ↑ from IE" and no number but the code and its minutes: measure missing.
        ["v5-h147-jwo-berg-up-from-ie"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ tandem on foam, step-and-reach to cones, eyes-closed stance on the rocker
            Area ▸ postural sway & slow stepping reactions, stumbles on the shop's sawdust floor
            # ▸ Berg ↑ from IE
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Merle: "TUG 11.4" with no unit is still a timed test; backward walking, stepping over the rope, turning on cue; postural control and slow turns; 1:1; 23 min matches: passes.
        ["v5-h147-rpt-tug-bare-number"] = new(
            """
            Rawhide PT — M. Vankirk PT: Delbert Hahn, 97112 23 min; 1:1; backward walking down the hall, stepping over the rope sideways, quick turns on cue; postural control slow in turns, nearly went down in the stock trailer; TUG 11.4.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Merle's twin line with "TUG faster than last wk" and no number but the code and its minutes: measure missing.
        ["v5-h147-rpt-tug-faster-than-last-week"] = new(
            """
            Rawhide PT — M. Vankirk PT: Delbert Hahn, 97112 23 min; 1:1; backward walking down the hall, stepping over the rope sideways, quick turns on cue; postural control slow in turns, nearly went down in the stock trailer; TUG faster than last wk.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SHMC padded: mCTSIB as four seconds deep in the template; foam stance, eyes-closed tandem, head turns on the rocker; sensory organisation with vestibular loss; individual; 24 min matches: passes.
        ["v5-h147-shmc-mctsib-four-conditions"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: walked to the farmers market on Saturday with her husband.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: foam stance with eyes closed; tandem stance with eyes closed; head turns standing on the rocker board.
            IMPAIRMENTS ADDRESSED: sensory organisation for balance with bilateral vestibular loss; falls in the dark.
            OUTCOME MEASURES: mCTSIB 30 / 30 / 22 / 6 sec.
            PATIENT / FAMILY EDUCATION: night-lights and home program reviewed; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["H81.23", "R26.81"], [PT("97112", 24)], []),

        // SHMC gait speed in metres per second; treadmill with visual flow then overground stops and starts; L hemiparesis with timing of L swing; individual; 23 min matches: passes.
        ["v5-h147-shmc-gait-speed"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: stepping to the metronome with L swing cues; stop-and-go stepping on command; obstacle step-overs leading with the L.
            IMPAIRMENTS ADDRESSED: L hemiparesis with delayed timing and sequencing of L swing.
            OUTCOME MEASURES: gait speed 0.78 m/s comfortable, 1.02 m/s fast.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // SHMC "OUTCOME MEASURES: deferred to progress note" and no number but the code and its minutes: measure missing; individual, half-kneel rhythmic stabilisation, quadruped reaching, trunk postural control present.
        ["v5-h147-shmc-outcome-deferred"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: half-kneel rhythmic stabilization; quadruped reaching with alternate arm and leg; tall-kneel weight shifts.
            IMPAIRMENTS ADDRESSED: trunk postural control after the stroke; falls sideways when she reaches.
            OUTCOME MEASURES: deferred to progress note.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.398"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // JWO "# ▸ 7/10 pert w/o step" is a count with a number; lateral pushes, single-leg catches on foam; L ankle proprioception; 1:1; 21m matches: passes.
        ["v5-h147-jwo-perturbation-count"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 21m
            1:1 ▸ Y
            Tx ▸ lateral pushes in tandem, single-leg catches on foam
            Area ▸ L ankle proprioception ↓, rolls it in the blueberry rows
            # ▸ 7/10 pert w/o step
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // JWO 97110 whose only numbers are its doses (a dose is the measure for 97110); clamshells, bridges, side-lying abduction; L hip abductor weakness with a Trendelenburg on stairs; 17m matches: passes.
        ["v5-h147-jwo-97110-doses"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 17m
            Tx ▸ clamshells green band 3x15, bridges 3x12, side-lying hip abduction 2 lb 3x10
            Area ▸ L hip abductor weakness, Trendelenburg on the stairs
            """,
            ["M62.81", "M25.552"], [PTA("97110", 17)], []),

        // The same 97110 with "# ▸ sets/reps per flowsheet" and no dose or number but the code and its minutes: measure missing on 97110.
        ["v5-h147-jwo-97110-per-flowsheet"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 17m
            Tx ▸ clamshells, bridges, side-lying hip abduction
            Area ▸ L hip abductor weakness, Trendelenburg on the stairs
            # ▸ sets/reps per flowsheet
            """,
            ["M62.81", "M25.552"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // Merle's 97116: cane gait over the gravel lot and the curb at the post office with distance and assistance; R knee stiffness and a short L step after a TKA; 23 min matches: passes.
        ["v5-h147-rpt-97116-feet-and-assist"] = new(
            """
            Rawhide PT — M. Vankirk PT: Myrna Jessen, 97116 23 min; gait training w/ the single-point cane across the gravel lot, up & down the post office curb, turning at the hitching rail; R knee stiff in swing & short L step after the R TKA; 320 ft SBA on gravel, curb w/ CGA.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 23)], []),

        // SHMC padded: FGA and the Four Square Step Test deep in the template; obstacle course with turns, walking with head turns, backward walking; dynamic postural control with Parkinson's; individual; 25 min matches: passes.
        ["v5-h147-shmc-fga-and-four-square"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: went to the lakefront fireworks with his grandsons; no falls.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 25 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: obstacle course with tight turns; walking with head turns; backward walking with a stop on cue.
            IMPAIRMENTS ADDRESSED: dynamic postural control and freezing at turns with Parkinson's disease.
            OUTCOME MEASURES: FGA 24/30; Four Square Step Test 10.8 sec.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // SHMC 97116 with the hemi-walker over the hallway and the ramp for heel strike and step length, R foot drop, but neither distance nor assistance level nor any number but the code and its minutes: measure missing on 97116.
        ["v5-h147-shmc-97116-no-distance-no-assist"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97116 Gait training — 22 min
            INTERVENTIONS: gait training with the hemi-walker along the hallway and up and down the ramp, working on R heel strike and step length.
            IMPAIRMENTS ADDRESSED: R foot drop and a short L step after the L MCA stroke.
            OUTCOME MEASURES: not done today.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.351", "M21.371"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, missing separate time

        // JWO two-code QuickNote, "97110 ▸ 16m" and "97140 ▸ 10m", each with its own Tx, Area and #; both match: passes.
        ["v6-h147-jwo-two-codes-m-suffix"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97110 ▸ 16m
            Tx ▸ prone Y/T/W 2 lb 3x10, rows 20 lb 3x12, ER at 0° red band 3x15
            Area ▸ R scapular & cuff weakness, shoulder aches by noon at the polishing wheel
            97140 ▸ 10m
            Tx ▸ posterior glides GH grade III, STM to the R posterior cuff, 3 bouts x 30 s glides
            Area ▸ R posterior shoulder tightness, IR 35° → 48°
            """,
            ["M75.111", "M62.81"], [PT("97110", 16), PT("97140", 10)], []),

        // The same QuickNote's twin with the manual line's minutes dropped ("97140 ▸" with no number): no minutes for 97140: separate time missing.
        ["v6-h147-jwo-two-codes-manual-minutes-dropped"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97110 ▸ 16m
            Tx ▸ prone Y/T/W 2 lb 3x10, rows 20 lb 3x12, ER at 0° red band 3x15
            Area ▸ R scapular & cuff weakness, shoulder aches by noon at the polishing wheel
            97140 ▸
            Tx ▸ posterior glides GH grade III, STM to the R posterior cuff, 3 bouts x 30 s glides
            Area ▸ R posterior shoulder tightness, IR 35° → 48°
            """,
            ["M75.111", "M62.81"], [PT("97110", 16), PT("97140", 10)], [SepTime]),

        // JWO single 97110 QuickNote with the chain's default "15m" left in the minute field on a 28-minute line: mismatch; otherwise complete.
        ["v6-h147-jwo-default-15m-on-28"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97110 ▸ 15m
            Tx ▸ step-ups 8 in 3x10, split squats 3x8 each, leg press 80 lb 3x12, bike warm-up
            Area ▸ R quad weakness after the ACL reconstruction, can't climb into the RV cab
            """,
            ["S83.511D", "Z98.890"], [PT("97110", 28)], [At(Mismatch, "97110")]),

        // Merle's one dense line of three codes, each with its minutes and its content ("97112 22 min: … ; 97110 12 min: … ; 97140 10 min: …"), 1:1 stated; all match: passes.
        ["v6-h147-rpt-three-codes-one-line"] = new(
            """
            Rawhide PT — M. Vankirk PT: Gus Lindeman, 97112 22 min: 1:1, nobody else in; rocker board eyes shut, step-overs onto foam, tandem w/ head turns; L ankle proprioception poor after the sprain on the BNSF ballast; SLS L 8 s — 97110 12 min: heel raises 3x15, band eversion red 3x15, L ankle & calf weakness — 97140 10 min: talocrural posterior glides grade III 3x30 s for L ankle DF stiffness, knee-to-wall 7 cm.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12), PT("97140", 10)], []),

        // Merle's "97112 30 min" on a 19-minute line: mismatch; otherwise complete (1:1, foam work, vestibular loss, DGI).
        ["v6-h147-rpt-30-written-on-19"] = new(
            """
            Rawhide PT — M. Vankirk PT: Arlene Voss, 97112 30 min; 1:1; gaze stabilization x1 seated & standing, walking w/ head turns on the hall runner, feet together on foam eyes shut; R vestibular loss since the neuritis, veers driving cattle on foot; DGI 15/24.
            """,
            ["H81.21"], [PT("97112", 19)], [At(Mismatch, "97112")]),

        // SHMC two codes in the template's "CHARGES / TIMED SERVICES" block under the boilerplate (97112 22 min, 97116 15 min), each described below; both match: passes.
        ["v6-h147-shmc-charges-block-two-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: wants to get back to the bratwurst stand at the county fair.
            CHARGES / TIMED SERVICES:
              97112 Neuromuscular re-education — 22 min
              97116 Gait training — 15 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS (97112): weight shifts onto the L with tapping; step-and-stick onto foam; reactive steps to pushes at the pelvis.
            INTERVENTIONS (97116): gait training with the quad cane on the hallway and the ramp, cues for L knee flexion in swing.
            IMPAIRMENTS ADDRESSED: L hemiparesis with poor L weight acceptance and L toe drag after the R MCA stroke.
            OUTCOME MEASURES: Berg 40/56; quad cane 260 ft with contact guard; ramp with minimal assist.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // SHMC "97112 … — 23 min" and "97530 … — see charge capture": no minutes in the note for 97530: separate time missing; both codes otherwise complete.
        ["v6-h147-shmc-second-code-see-charge-capture"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES:
              97112 Neuromuscular re-education — 23 min
              97530 Therapeutic activities — see charge capture
            DELIVERY MODE: Individual.
            INTERVENTIONS (97112): foam stance with head turns; tandem walking; perturbations at the shoulders in stance.
            INTERVENTIONS (97530): floor-to-stand through half-kneel with the chair; carrying a laundry basket up the practice stairs.
            IMPAIRMENTS ADDRESSED: postural control and L leg weakness after the R cerebellar stroke; cannot get up from the floor after a fall.
            OUTCOME MEASURES: Berg 42/56; floor-to-stand with contact guard 3 times; basket carried 6 steps up with stand-by assist.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["I69.393", "R26.81"], [PT("97112", 23), PT("97530", 14)], [SepTime]),

        // JWO "97110 ▸ 15m" and "97140 ▸ rest of session": the rest of a session is not minutes: separate time missing; both codes otherwise complete.
        ["v6-h147-jwo-manual-rest-of-session"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 15m
            Tx ▸ bird-dog 3x10, dead bug 3x10, bridges 3x15
            Area ▸ lumbar extensor & core weakness, back aches bending over the berry flats
            97140 ▸ rest of session
            Tx ▸ STM to the L lumbar paraspinals, grade III PA mobs L4-5, 3 bouts x 30 s
            Area ▸ L lumbar stiffness
            """,
            ["M54.50"], [PTA("97110", 15), PTA("97140", 9)], [SepTime]),

        // JWO two-code QuickNote with "Codes ▸ 97110, 97140" and only "Total timed ▸ 32m": no minutes for each code: separate time missing; both codes otherwise complete.
        ["v6-h147-jwo-total-timed-only"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            Codes ▸ 97110, 97140
            Total timed ▸ 32m
            Tx (TE) ▸ chin tucks 3x10, prone rows 3x12, wall angels 2x10
            Tx (MT) ▸ suboccipital release, C5-6 unilateral PA glides grade III, 3 bouts x 30 s
            Area ▸ cervical stiffness & deep neck flexor weakness, headache bent over the implant lathe
            """,
            ["M54.2"], [PT("97110", 20), PT("97140", 12)], [SepTime]),

        // SHMC clock range on the code's own line ("97112 Neuromuscular re-education 09:05–09:29", 24 min); individual, rhythmic stabilisation and stepping drills, trunk ataxia, SARA; matches: passes.
        ["v6-h147-shmc-clock-range-on-code-line"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education 09:05–09:29
            DELIVERY MODE: Individual.
            INTERVENTIONS: rhythmic stabilization in sitting and standing; stepping to targets with slow controlled placement; tandem walking at the rail.
            IMPAIRMENTS ADDRESSED: truncal and gait ataxia with spinocerebellar ataxia.
            OUTCOME MEASURES: SARA 14/40; tandem steps 6 without a sidestep.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["G11.9", "R27.0"], [PT("97112", 24)], []),

        // Merle writes the minutes in words ("97112 twenty-two minutes"); 1:1, rocker, foam, perturbations; L hip and ankle strategy after the hip fracture; Berg; matches: passes.
        ["v6-h147-rpt-minutes-in-words"] = new(
            """
            Rawhide PT — M. Vankirk PT: Thelma Koenig, 97112 twenty-two minutes; 1:1, just the two of us & the wood stove; rocker board eyes open then shut, foam stance reaching to the shelf, nudges at the shoulders; slow hip & ankle strategy since the L hip fracture, sways back at the clothesline; Berg 42/56.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 22)], []),

        // SHMC a PT's 97112 and an OT's 97530 on one visit, each with its minutes and its own section; both match: passes.
        ["v6-h147-shmc-pt-and-ot-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES:
              97112 Neuromuscular re-education — 24 min (PT, L. Ochoa-Brandt)
              97530 Therapeutic activities — 18 min (OT, R. Wolfgram)
            DELIVERY MODE: Individual for each discipline's minutes.
            PT — INTERVENTIONS: step-and-stick onto foam; reactive stepping to pushes; tandem stance with head turns. IMPAIRMENTS: R hemiparesis with a late R stepping reaction. OUTCOME: Berg 43/56.
            OT — INTERVENTIONS: standing at the counter to make a sandwich, retrieving items from the high shelf, carrying the plate to the table. IMPAIRMENTS: R arm reach and standing tolerance for kitchen tasks. OUTCOME: stood for the whole task with stand-by assist; 4 of 5 high-shelf retrievals with the R hand.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT; R. Wolfgram, OTR/L.
            """,
            ["I69.351"], [PT("97112", 24), OT("97530", 18)], []),

        // JWO PTA two-code QuickNote, "97110 ▸ 15m" matching and "97140 ▸ 18m" on an 8-minute line: mismatch on 97140; both otherwise complete.
        ["v6-h147-jwo-pta-97140-18-on-8"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 15m
            Tx ▸ quad sets 3x10, SLR 3x10, heel slides 3x15, bike
            Area ▸ L knee flexion & quad weakness after the L TKA
            97140 ▸ 18m
            Tx ▸ patellar mobs grade III, STM to the L quad, 3 bouts x 30 s
            Area ▸ L knee flexion stiffness, 92° → 98°
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15), PTA("97140", 8)], [At(Mismatch, "97140")]),

        // Merle's single 97112 with no minutes written anywhere (nothing to compare, one timed code): 1:1, foam and rocker work, proprioception, Berg: passes.
        ["v6-h147-rpt-single-code-no-minutes-written"] = new(
            """
            Rawhide PT — M. Vankirk PT: Wendell Tschacher, 97112; 1:1, only one on the books that hour; rocker board side to side, foam stance w/ ball toss, step-overs onto the foam; R ankle proprioception poor after the sprain in the calving barn; Berg 47/56.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // JWO "97110 ▸ 15m" and "97116 ▸ __m" left unfilled: no minutes for 97116: separate time missing; both codes otherwise complete.
        ["v6-h147-jwo-minute-field-blank"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97110 ▸ 15m
            Tx ▸ hip abduction 3 lb 3x12, sit-to-stand from 18 in 3x10, heel raises 3x15
            Area ▸ R hip & calf weakness after the R THA
            97116 ▸ __m
            Tx ▸ gait training walker to cane, the hall & the parking-lot curb
            Area ▸ R short stance & antalgic gait after the R THA
            # ▸ 250 ft cane SBA; curb CGA
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 15), PT("97116", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // A QuickNote sent empty on a two-code visit: note missing on each profiled line, nothing else (the diagnosis is there).
        ["v7-h147-jwo-quicknote-sent-empty"] = new(
            "",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // The mandatory template sent as spaces and line breaks only (cells are trimmed) on a 97112 with a diagnosis: note missing only.
        ["v7-h147-shmc-template-sent-as-spaces"] = new(
            "   \n      \n   ",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Merle's empty note on a 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h147-rpt-empty-note-no-dx"] = new(
            "",
            [], [PT("97116", 22)], [At(NoteMissing, "97116"), Dx]),

        // 97110's meaning in one QuickNote line: bridges and clamshells with doses (technique and measure), L glute med weakness (deficit); "97110 ▸ 14m" matches: passes.
        ["v7-h147-jwo-97110-one-line"] = new(
            """
            QN · Plymouth · M. Beer PTA | 97110 ▸ 14m | Tx ▸ bridges 3x15, clamshells green band 3x15, lateral band walks 3 laps | Area ▸ L glute med weakness, hip drops picking in the berry rows
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // 97530's meaning on Merle's line: lifting a 50 lb salt block from the ground to the pickup bed and carrying a bucket to the tank, with counts, load and assistance (technique and measure), low back and hip extensor weakness (deficit); 22 min matches: passes.
        ["v7-h147-rpt-97530-salt-block"] = new(
            """
            Rawhide PT — M. Vankirk PT: Roy Stampfli, 97530 22 min; lifting a 50 lb salt block from the ground to the pickup bed w/ a hip hinge 5x, carrying a full bucket 60 ft to the stock tank 4x, getting down to & up from one knee by the fence post 5x SBA; low back & hip extensor weakness, can't load salt for the cows.
            """,
            ["M54.50", "M62.81"], [PT("97530", 22)], []),

        // 97140's meaning in a short QuickNote: thoracic PA mobs and rib mobilisation with bouts (technique and measure), T-spine stiffness (deficit); "97140 ▸ 9m" matches: passes.
        ["v7-h147-jwo-97140-short"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97140 ▸ 9m
            Tx ▸ T4-7 central PA mobs grade IV, R rib 5-6 mobilization, 3 bouts x 30 s
            Area ▸ thoracic extension stiffness, can't look up to the cabinet line above him; rotation R 40° → 52°
            """,
            ["M54.6"], [PT("97140", 9)], []),

        // 97116's meaning buried in the mandatory template: gait training with the AFO on the hall, the ramp and the stairs (technique), L foot drop and knee hyperextension (deficit), distance and assistance (measure); 21 min matches: passes.
        ["v7-h147-shmc-97116-in-the-padding"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: new AFO fits; wore it to the Kohler design center with his son.
            CHARGES / TIMED SERVICES: 97116 Gait training — 21 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: gait training with the new L AFO and the single-point cane on the hallway, the ramp and the practice stairs, cues to soften the L knee in stance.
            IMPAIRMENTS ADDRESSED: L foot drop and L knee hyperextension in stance after the R MCA stroke.
            OUTCOME MEASURES: 300 ft with the cane, stand-by assist; stairs step-to with the rail and contact guard.
            PATIENT / FAMILY EDUCATION: son shown guarding on the stairs; teach-back done.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.354", "M21.372"], [PTA("97116", 21)], []),

        // A one-line QuickNote "QN 97112 ▸ 23m | balance tx | tol well, cont POC": no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h147-jwo-generic-one-liner-97112"] = new(
            """
            QN · Warsaw · K. Amstutz PT, DPT | 97112 ▸ 23m | balance tx | tol well, cont POC
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // The same generic one-liner with "1:1 ▸ Y": one-on-one stated, but still no technique, deficit or measure — only generic phrases.
        ["v7-h147-jwo-generic-one-liner-with-one-on-one"] = new(
            """
            QN · Goshen · J. Hochstetler PTA | 97112 ▸ 22m | 1:1 ▸ Y | balance & coordination ex | pt tolerated well, continue plan of care
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // The mandatory template on a two-code visit filled with nothing but its boilerplate and generic phrases ("neuro re-ed and therex per POC", "tolerated well"), minutes given for each code and delivery individual: no technique, deficit or measure for either code.
        ["v7-h147-shmc-boilerplate-only-two-codes"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: no new complaints.
            CHARGES / TIMED SERVICES:
              97112 Neuromuscular re-education — 23 min
              97110 Therapeutic exercise — 15 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: neuro re-ed and therex per POC.
            IMPAIRMENTS ADDRESSED: as previously documented.
            OUTCOME MEASURES: as previously documented.
            PATIENT / FAMILY EDUCATION: home program reviewed; patient verbalized understanding.
            RESPONSE TO TREATMENT: patient tolerated treatment well.
            PLAN: continue plan of care.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["R26.89"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // JWO Warsaw at its thinnest: 1:1, rocker and foam catches, R ankle proprioception, SLS seconds; 21m matches: passes.
        ["vord-h147-jwo-warsaw-ankle-minimal"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 21m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, ball catches on foam
            Area ▸ R ankle proprioception ↓
            # ▸ SLS R 9 s
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // JWO Goshen PTA two codes: 97110 with doses and 97140 patellar mobs with flexion degrees, each with its minutes; L TKA: passes.
        ["vord-h147-jwo-goshen-tka-two-codes"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 17m
            Tx ▸ step-ups 4 in 3x10, mini squats 3x12, SAQ 3 lb 3x15
            Area ▸ L quad weakness after the L TKA, can't step up into the buggy
            97140 ▸ 10m
            Tx ▸ patellar glides grade III, STM to the L lateral retinaculum, 3 bouts x 30 s
            Area ▸ L knee flexion stiffness, 101° → 106°
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 17), PTA("97140", 10)], []),

        // JWO Elkhart 97530: box lifts, cart push and overhead placement with loads and counts; lumbar and hip extensor weakness for the RV line; 18m matches: passes.
        ["vord-h147-jwo-elkhart-97530-rv-line"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97530 ▸ 18m
            Tx ▸ box lift floor to waist 25 lb 2x8, pushing the loaded cart 80 ft 3x, placing cabinet doors overhead 10x
            Area ▸ lumbar & hip extensor weakness, can't lift cabinet doors on the RV line
            """,
            ["M54.50", "M62.81"], [PT("97530", 18)], []),

        // JWO Warsaw 97116 off crutches after an ankle ORIF, with distance and stairs; R antalgic gait; 20m matches: passes.
        ["vord-h147-jwo-97116-off-crutches"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97116 ▸ 20m
            Tx ▸ gait training off crutches, heel-to-toe pattern, reciprocal stairs
            Area ▸ R antalgic gait & short R stance after the R ankle ORIF
            # ▸ 400 ft no device, independent; 12 stairs reciprocal w/ rail
            """,
            ["S82.851D"], [PT("97116", 20)], []),

        // JWO one dense QuickNote line for a 97112: 1:1, perturbations on the Bosu, cutting on cue, L knee proprioception after the ACL graft, Y-balance; 24m matches: passes.
        ["vord-h147-jwo-one-dense-line-97112"] = new(
            """
            QN · Elkhart · D. Yoder PT | 97112 ▸ 24m | 1:1 ▸ Y | Tx ▸ perturbations on the Bosu, reactive cutting to the light cue, drop-jump to stick | Area ▸ L knee proprioception & landing control after the ACL graft | # ▸ Y-balance anterior L 61 cm (R 68 cm)
            """,
            ["S83.512D"], [PT("97112", 24)], []),

        // JWO Warsaw three codes (97112 23m, 97110 12m, 97140 9m), each with its own lines; 1:1 for the NMR; all match: passes.
        ["vord-h147-jwo-three-codes"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 23m   1:1 ▸ Y
            Tx ▸ single-leg stance on foam w/ perturbations, star reaches on the rocker
            Area ▸ R ankle proprioception ↓ after the sprain
            # ▸ SLS R foam 11 s; 8/10 pert w/o step
            97110 ▸ 12m
            Tx ▸ heel raises 3x15, band eversion green 3x15, step-downs 6 in 2x10
            Area ▸ R calf & peroneal weakness
            97140 ▸ 9m
            Tx ▸ talocrural posterior glides grade III 3 bouts x 30 s
            Area ▸ R ankle DF stiffness, knee-to-wall 8 cm → 10 cm
            """,
            ["S93.401D"], [PT("97112", 23), PT("97110", 12), PT("97140", 9)], []),

        // JWO Goshen PTA: "1:1 ▸ Y — van driver waited in the lobby"; tandem on the beam, stepping over the dowels, eyes-closed stance; slow stepping reactions and postural sway; Berg and TUG; 22m matches: passes.
        ["vord-h147-jwo-amish-cabinetmaker"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 22m
            1:1 ▸ Y — van driver waited in the lobby
            Tx ▸ tandem on the foam beam, stepping over the dowels, eyes-closed stance on foam
            Area ▸ slow stepping reactions & postural sway, caught himself on the workbench twice
            # ▸ Berg 46/56; TUG 10.9 s
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // JWO Plymouth PTA 97110 for a shoulder: doses and a region; 15m matches: passes.
        ["vord-h147-jwo-plymouth-shoulder-97110"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 15m
            Tx ▸ ER/IR red band 3x15, prone rows 3 lb 3x12, wall walks 2x10
            Area ▸ L shoulder weakness after the cuff repair, can't lift the berry flats to the truck
            """,
            ["Z98.890", "M62.81"], [PTA("97110", 15)], []),

        // JWO Warsaw lumbar two codes: 97140 and 97110, each with its minutes, technique, region and dose: passes.
        ["vord-h147-jwo-lumbar-two-codes"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97140 ▸ 11m
            Tx ▸ L4-5 PA mobs grade III, STM to the R QL, 3 bouts x 30 s
            Area ▸ lumbar extension stiffness, flexion to mid-shin
            97110 ▸ 14m
            Tx ▸ bird-dog 3x10, side plank 3x20 s each, hip hinge w/ dowel 3x10
            Area ▸ lumbar & core weakness, aches standing at the polishing wheel
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 14)], []),

        // Merle: the school-bus driver on gravel roads — 1:1, head turns while walking, rocker, foam reaches; vestibular loss; DGI; 23 min matches: passes.
        ["vord-h147-rpt-school-bus-driver"] = new(
            """
            Rawhide PT — M. Vankirk PT: Bonnie Ackerman, 97112 23 min; 1:1, her & me only; walking the hall w/ head turns & stops, rocker board eyes shut, reaching off the foam to the shelf; R vestibular hypofunction, dizzy checking her mirrors on the gravel route; DGI 18/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Merle's dense line of two codes, 97110 and 97116, each with its minutes and content: passes.
        ["vord-h147-rpt-97110-97116-one-line"] = new(
            """
            Rawhide PT — M. Vankirk PT: Lorraine Gaukel, 97110 13 min: sit-to-stand 3x10, hip abduction 2 lb 3x12, heel raises 3x15 for L hip & calf weakness after the L THA — 97116 15 min: gait training walker to cane on the hall & the curb out front, L short stance; 240 ft cane SBA, curb CGA.
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 13), PT("97116", 15)], []),

        // Merle 97140: suboccipital release and cervical glides with bouts; cervical rotation stiffness checking traffic; degrees; 12 min matches: passes.
        ["vord-h147-rpt-97140-neck"] = new(
            """
            Rawhide PT — M. Vankirk PT: Earl Bruegger, 97140 12 min; suboccipital release, R C4-5 unilateral PA glides grade III 3 bouts x 30 s, STM R upper trap; cervical rotation stiffness, can't look back hitching the stock trailer; rotation R 50° → 62°.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // Merle: the Stagecoach Museum volunteer — 1:1, stepping over the threshold boards, tandem with head turns, perturbations; postural control; Berg and TUG; 24 min matches: passes.
        ["vord-h147-rpt-stagecoach-museum-volunteer"] = new(
            """
            Rawhide PT — M. Vankirk PT: Gladys Wunder, 97112 24 min; one-on-one; stepping over a row of boards like the museum's door sills, tandem w/ head turns, perturbations at the shoulders; postural control & stepping reactions slow, catches her toe on the sills giving tours; Berg 44/56, TUG 13.2 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Merle on Tuesday in the Manville hall, 97112 and 97530 with their minutes, 1:1: passes.
        ["vord-h147-rpt-manville-hall-two-codes"] = new(
            """
            Rawhide PT — M. Vankirk PT (Manville hall, Tues): Alvin Zerbe, 97112 22 min: 1:1; foam stance eyes shut, step-and-stick onto the mat, nudges in tandem; L ankle & knee proprioception poor after the tib fracture; SLS L 6 s — 97530 14 min: getting down to the floor & up through half-kneel 4x CGA, carrying a 20 lb feed bucket 50 ft 3x; L leg weakness, can't get up off the barn floor.
            """,
            ["S82.202D"], [PT("97112", 22), PT("97530", 14)], []),

        // Merle 97116 for the sheep rancher's widow: gait with the rollator on the boardwalk and the grass, distance and assistance; shuffling gait and L foot clearance after a stroke; 21 min matches: passes.
        ["vord-h147-rpt-97116-rollator-on-the-grass"] = new(
            """
            Rawhide PT — M. Vankirk PT: Inez Bausch, 97116 21 min; gait training w/ the rollator on the boardwalk, the grass behind the clinic & the ramp, cues for L heel strike; short shuffling steps & poor L foot clearance since the stroke; 280 ft SBA, grass CGA.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // Merle: the Legend of Rawhide pageant rider — 1:1, seated balance on the therapy ball, perturbations, half-kneel; trunk postural control after a back injury; seconds and Berg; 23 min matches: passes.
        ["vord-h147-rpt-pageant-rider"] = new(
            """
            Rawhide PT — M. Vankirk PT: Travis Koerwitz, 97112 23 min; 1:1; seated on the therapy ball w/ perturbations, half-kneel rhythmic stabilization, tall kneel w/ ball toss; trunk postural control poor since the horse threw him at pageant practice; ball sitting feet up 25 s, Berg 50/56.
            """,
            ["S39.012D", "R26.89"], [PT("97112", 23)], []),

        // Merle 97530 for the BNSF section hand: tie-plate carry, kneeling to the rail and up, shovel work, with loads and counts; back and hip weakness; 19 min matches: passes.
        ["vord-h147-rpt-97530-section-hand"] = new(
            """
            Rawhide PT — M. Vankirk PT: Dale Schoemaker, 97530 19 min; carrying a 35 lb tie plate 40 ft 4x, kneeling to the rail height & up 6x, shoveling ballast into a bucket 3x; low back & hip weakness, can't work the track without stopping.
            """,
            ["M54.50", "M62.81"], [PT("97530", 19)], []),

        // SHMC stroke: full boilerplate, individual, weight shifts and reactive stepping, R hemiparesis, Berg and TUG; 24 min matches: passes.
        ["vord-h147-shmc-stroke-padded"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: walked around the block with his wife twice this week.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS: weight shifts onto the R with tactile cues at the knee; reactive stepping to pushes; stepping onto the foam with the R leading.
            IMPAIRMENTS ADDRESSED: R hemiparesis with poor R weight acceptance and delayed protective stepping.
            OUTCOME MEASURES: Berg 42/56; TUG 14.8 sec with the cane.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // SHMC vestibular: individual, X2 viewing and walking with head turns, bilateral vestibular loss, DVA and DGI; 22 min matches: passes.
        ["vord-h147-shmc-vestibular"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: X2 viewing standing; walking the hall with head turns; stance on foam with eyes closed.
            IMPAIRMENTS ADDRESSED: bilateral vestibular loss after gentamicin; oscillopsia walking and unsteady in the dark.
            OUTCOME MEASURES: dynamic visual acuity loss 4 lines; DGI 16/24.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["H81.23"], [PT("97112", 22)], []),

        // SHMC OT 97530: making the bed and folding towels standing, with a count and assistance; L hemiparesis and standing balance for ADLs; 20 min matches: passes.
        ["vord-h147-shmc-ot-bed-making"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            INFECTION PREVENTION: hand hygiene before and after contact.   INTERPRETER: not needed.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 20 min
            INTERVENTIONS: making the bed in the ADL suite, tucking the sheet corners bilaterally; folding a basket of towels standing at the counter.
            IMPAIRMENTS ADDRESSED: L hemiparesis with L arm use and standing balance for household tasks.
            OUTCOME MEASURES: bed made with stand-by assist; 12 towels folded standing without a rest.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // SHMC two codes 97112 and 97110 in the charges block, individual; each code's content; both match: passes.
        ["vord-h147-shmc-97112-97110-padded"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: back to walking the dog on the lakeshore path.
            CHARGES / TIMED SERVICES:
              97112 Neuromuscular re-education — 23 min
              97110 Therapeutic exercise — 13 min
            DELIVERY MODE: Individual — this therapist with this patient only for all timed minutes.
            INTERVENTIONS (97112): tandem walking with head turns; single-leg stance on foam with ball toss; stepping over hurdles.
            INTERVENTIONS (97110): sit-to-stand 3x10; hip abduction in standing 3 lb 3x12; heel raises 3x15.
            IMPAIRMENTS ADDRESSED: proprioception in both feet with the neuropathy; hip abductor and calf weakness.
            OUTCOME MEASURES: Berg 49/56; tandem stance 14 sec.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back; patient verbalized understanding.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: next visit as scheduled.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, K. Nienhuis, PTA.
            """,
            ["G62.9", "M62.81"], [PTA("97112", 23), PTA("97110", 13)], []),

        // SHMC MS: individual, Frenkel-type stepping and rhythmic stabilisation, ataxia with MS, T25FW and Berg; 24 min matches: passes.
        ["vord-h147-shmc-ms-ataxia"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: heat sensitivity — fan on.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: Frenkel stepping to floor targets; rhythmic stabilization in standing; slow marching on foam.
            IMPAIRMENTS ADDRESSED: lower-limb ataxia and postural control with multiple sclerosis.
            OUTCOME MEASURES: T25FW 9.4 sec; Berg 46/56.
            RESPONSE TO TREATMENT: tolerated well with a rest.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["R27.0", "R26.89"], [PT("97112", 24)], []),

        // SHMC 97116 for Parkinson's: cueing strategies over the doorway and turns, freezing, distance and assistance; 22 min matches: passes.
        ["vord-h147-shmc-97116-parkinson-doorways"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97116 Gait training — 22 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: gait training through doorways and around cones with laser-line and metronome cueing; wide turns instead of pivots.
            IMPAIRMENTS ADDRESSED: freezing of gait at doorways and turns, short shuffling steps with Parkinson's disease.
            OUTCOME MEASURES: 350 ft without a device, stand-by assist; doorway passes 8 of 10 without a freeze.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // SHMC dual-task work for Parkinson's: individual, walking while counting backward, obstacle stepping; dual-task gait cost and TUG; 23 min matches: passes.
        ["vord-h147-shmc-parkinson-dual-task"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            SUBJECTIVE: his wife says he stops in the middle of the kitchen when she talks to him.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual; his wife watched from the chair.
            INTERVENTIONS: dual-task walking while naming animals and counting backward by threes; obstacle stepping while carrying a tray.
            IMPAIRMENTS ADDRESSED: postural control and gait automaticity under dual task with Parkinson's disease.
            OUTCOME MEASURES: TUG 12.1 sec; TUG cognitive 16.8 sec.
            RESPONSE TO TREATMENT: tolerated well.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // SHMC post-concussion: individual, saccades and VOR on foam, visual-vestibular deficits, NPC and DGI; 21 min matches: passes.
        ["vord-h147-shmc-post-concussion"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: patient identity verified with name and date of birth before treatment.
            ALLERGIES: reviewed, no changes.   PRECAUTIONS: standard; no change in medical history since last visit.
            INFECTION PREVENTION: hand hygiene before and after contact; equipment wiped with approved disinfectant after use.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 21 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: horizontal saccades standing on foam; VOR x1 walking; ball toss while walking with head turns.
            IMPAIRMENTS ADDRESSED: visual-vestibular integration and oculomotor control after the concussion on the ice.
            OUTCOME MEASURES: NPC 8 cm; DGI 20/24.
            RESPONSE TO TREATMENT: mild headache, settled.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["S06.0X0D"], [PT("97112", 21)], []),

        // JWO complete note with no diagnosis on the claim: diagnosis missing only.
        ["vord-h147-jwo-complete-no-dx"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ rocker board eyes closed, perturbations in tandem
            Area ▸ L ankle proprioception ↓ after the sprain
            # ▸ SLS L 8 s
            """,
            [], [PTA("97112", 22)], [Dx]),

        // Merle's complete line on a claim whose diagnosis is "TBD": not a well-formed ICD-10-CM code: diagnosis missing only.
        ["vord-h147-rpt-dx-tbd"] = new(
            """
            Rawhide PT — M. Vankirk PT: Florence Hoppe, 97112 22 min; 1:1; foam stance eyes shut, stepping over the rope, reaching to the shelf from tandem; postural sway & slow ankle strategy; Berg 45/56.
            """,
            ["TBD"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
