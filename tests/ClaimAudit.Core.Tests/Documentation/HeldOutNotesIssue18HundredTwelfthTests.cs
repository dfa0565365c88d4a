using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twelfth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07) is a random week of notes in which what was done today stands beside what was done
/// before, planned, hoped for or only considered — notes that recap the last visit or the last progress note (its
/// techniques, its one-on-one, its minutes), state the plan for next visit, write the goals and the plan of care beside
/// today's work, say what would have been done had the patient tolerated it, what was attempted and abandoned and what
/// the patient reports another provider (a chiropractor, a home-health PT, a massage therapist, an ENT) did, and notes
/// full of hedging, double negatives and litotes ("not without assistance", "never left unattended", "no fewer than 8 of
/// 10", "did not fail to", "hardly any sway", "not one-on-one" against "not other than one-on-one") — about two thirds
/// ordinary and complete (67 of 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, two in a visit,
/// a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a university hospital's outpatient neurologic clinic ("Huron Valley University Hospital — Outpatient Neuro
/// Rehabilitation", HVUH: the Briarwood clinic in Ann Arbor, Michigan, its satellites in Ypsilanti and Chelsea, and the
/// hospital's atrium concourse used as a walking track) whose "HVUH Neuro PT Daily Note" template carries the blocks
/// "PREVIOUS SESSION (date):", "TODAY'S SESSION:", "PLAN NEXT SESSION:" and "POC GOALS:", a "Delivery: [ ] 1:1 [ ]
/// concurrent [ ] group" row and goal boxes "☐ Met ☐ Progressing ☐ Not met": Priya Raman (PT, DPT, NCS), Jonah Feld (PT,
/// DPT, neuro resident, with a DPT student observing), Keisha Boateng (PTA) and Miriam Castellanos (OTR/L); a retired
/// auto-plant line worker with Parkinson's disease, a graduate student after a vestibular schwannoma resection, a
/// stadium usher, an ice fisherman, a piano teacher, and a husband who holds the coats;</item>
/// <item>a rural practice whose owner writes long narrative paragraphs in the past perfect and the future tense
/// ("Kettle River Physical Therapy", KRPT: Moose Lake and Sandstone, Minnesota, and a Tuesday outreach room in the
/// Willow River school), with an EMR line "Direct one-on-one (Y/N): __" he seldom fills: Hal Lindqvist (PT, owner), Bev
/// Tormanen (PTA) and Sarah Koski (OTR/L, contract OT on Thursdays); a logger who climbs onto his skidder, a school-bus
/// driver, a snowmobile-trail groomer, a church organist, a woman who cans tomatoes, a deer hunter and his stand, a
/// bait-shop owner, and wives who sit in with their knitting;</item>
/// <item>a Medicare Advantage-heavy group whose "MA Review-Ready Note v3" answers a reviewer's questions ("Suncoast
/// Senior Therapy Partners", SSTP: Port Charlotte, Venice and North Port, Florida): "Q: Was the patient seen
/// one-on-one? A: …", "Q: What skilled technique was used today? A: …", "Q: What deficit was addressed? A: …", "Q:
/// Objective measure today? A: …", "Q: Minutes per code? A: …", "☐ Yes ☐ No" boxes and "A: ______" blanks: Denise
/// Albright (PT), Omar Haddad (PT, DPT), Tracy Nguyen (PTA) and Lorraine Pike (OTR/L); a snowbird from Toledo, a
/// shuffleboard player, a man who drives his golf cart to the clubhouse, a condo pool, a pontoon boat, a bingo caller
/// and a granddaughter.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer judges them: only what the note says was done
/// today in the billed time counts — a recap of the last visit or the last progress note, a plan for next visit, a goal,
/// what would have been done, what another provider did and a technique only considered are not today's service, one
/// attempted and abandoned is named only for what was done, and a double negative is read for what it asserts:
/// <list type="bullet">
/// <item>class 1 (v1-h112-…): one-on-one in these writers' own words ("Not other than one-on-one — Denise and Mr.
/// Kowalczyk only", "she had my undivided attention; at no point during the 97112 time was I treating anyone else", "I
/// had kept him to myself the whole 97112 time", "just Bev and Leonard; Marlys sat in with her knitting", "1:1 with
/// Jonah; a DPT student observed", "Yes — not for a moment did she work without me, and no one else was on my
/// schedule for that block", today's 1:1 under a previous session that was a group class), notes that negate it ("Not
/// one-on-one; Mrs. Faye was on the NuStep beside her", "I had also been treating Mrs. Halvorsen on the mat table beside
/// him", one-on-one only planned for next session under today's group, alternating with the patient on the next plinth)
/// or state it only for the last visit (a "PREVIOUS SESSION: 1:1" block, "as on Thursday, when I had worked with her
/// one-on-one"), and the codes without a one-on-one check: an OT's 97530 in a kitchen pair and a PTA's 97110 beside
/// another patient;</item>
/// <item>class 2 (v2-h112-…): checkbox and blank-field states: "Delivery: [X] 1:1 [ ] concurrent [ ] group" and the
/// same row with nothing ticked, "A: ______" under the one-on-one question, "☒ Yes ☐ No", "Q: Objective measure today?
/// A: ____", a "Technique today:" line left blank under a "PLAN NEXT SESSION" that names techniques, "Impairment: N/A",
/// "A: 97112 ___ / 97110 ___" and "A: 97112 [ 22 ] / 97116 [ 15 ]", unticked goal boxes, "Direct one-on-one (Y/N): __"
/// beside a narrative that says it, an empty "PLAN NEXT SESSION: [ ]", and "Assist: ___ Distance: ___" on a gait
/// note;</item>
/// <item>class 3 (v3-h112-…): named programmes and methods as techniques when done today (the Perfetti method's
/// recognition tasks under the foot, action observation followed by execution, the Carr and Shepherd Motor Relearning
/// Programme for sit-to-stand, reactive lean-and-release beside the home-health PT's Otago, X1 viewing done instead of
/// a Brandt-Daroff series she could not have tolerated, a FAME-style task circuit, Affolter guided tactile-kinaesthetic
/// input for an OT's 97530, Maitland grade IV PAs at L4, Stroop walking with a cone weave) and not when only another
/// provider did them, only the next session will do them, or they were considered and left (a chiropractor's Activator
/// and Graston under "manual per POC", LSVT BIG named for next week under "continued per POC", McKenzie meant and not
/// begun under "his exercises as in the home program");</item>
/// <item>class 4 (v4-h112-…): deficits stated as findings and in the past perfect (a toe that still catches on the
/// atrium carpet, a boot that had caught on the skidder step since the stroke, "not a lack of strength so much as not
/// knowing where her feet are in the dark", "hardly any sway eyes open but she falls to the L eyes closed", "not
/// unsteady on tile; unsteady, and more than a little, on the grass at the dog park", jar lids at canning time, a hip
/// hike on the concourse, a shoulder that won't reach the lanai shelf) and notes that state none ("Deficit: see previous
/// session", "Problems: as per the plan of care", "none — vestibular screen negative, sensation intact", "A: Per the
/// evaluation.");</item>
/// <item>class 5 (v5-h112-…): measures in every usual form ("no fewer than 8 of 10 perturbations", a Mini-BESTest beside
/// the last progress note's and the goal, tandem seconds then and now, a TUG with the walker, gait speed and distance
/// with the cane, "not without assistance — CGA on the gravel", doses for 97110) and notes
/// with none ("hardly any sway, a good deal steadier, her husband agrees", "Measure: deferred to the progress note",
/// "we will do the Berg next Tuesday", "not unsteadier; no falls reported", an OT's "did better than last week");</item>
/// <item>class 6 (v6-h112-…): minutes in these writers' forms beside the minutes of other sessions (the previous
/// session's minutes for the same code, a plan for next session giving minutes to a code not billed today, "I had
/// billed 97112 for longer at her last visit; today it ran 22 minutes", "A: 97112 — 24; 97140 — 11", a clock range on
/// the code's own line, "we had planned more but she lasted 25 minutes of 97112", a PTA's two codes, a PT's and an
/// OT's code each with its minutes) and true mismatches ("97112 — 35 min" on a 22-minute line, "I had spent 30 minutes
/// on 97110 with him" against 18, "97116 — 30" against 20, a line billed at the planned 30 where the note says 20 were
/// done) and truly missing separate time (a total only, today's per-code minutes missing beside the previous session's);</item>
/// <item>class 7 (v7-h112-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a logger's shoulder), 97530 (the golf cart and a laundry basket), 97140
/// (thoracic PAs and a first-rib mobilisation for cervicogenic dizziness) and 97116 (the church's gravel lot and
/// steps), and wholly generic notes: a template of recap, today and plan that each say "continue POC", a narrative
/// that had done well and will do well, and a question-and-answer note of "per plan of care" and "tolerated well";</item>
/// <item>ordinary (vord-h112-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their recaps, plans, goals, other providers and hedges, and one ordinary weak one: a complete note with
/// no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (today's minutes; minutes the note gives to the previous session or the
/// next one are not today's). Every timed line earns at least one unit under the 8-minute rule. This set's notes carry
/// people and numbers that are not the code's or its minutes — wives, a husband, a granddaughter, a DPT student, a
/// chiropractor, a home-health PT (none of them a patient; Mrs. Faye on the NuStep, Mrs. Halvorsen on the mat table and
/// the man on the next plinth are), dates of visits and progress notes, ages, years on a job, step heights in inches,
/// loads in pounds, band colours, degrees, gait speeds, distances in feet and metres, times of day, counts of
/// perturbations, cones and jars, and the scores of earlier sessions and of goals — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 — 24
/// min", "97112, 23 minutes", "A: 97112 — 24; 97140 — 11"), in its block's heading, in a minute box or as a clock
/// range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that
/// gives the visit a total ("Total treatment time: 38 minutes") and the generic narrative's visit; notes failed for
/// want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note
/// names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, student or staff member in the room does not
/// undo a one-on-one statement, another patient treated in the same block does, and a therapist attending someone else
/// during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the past, the planned and the hedged that could honestly be read either way: a measure
/// taken only at the last visit or the last progress note and none today (a number, yet not today's), a goal or a plan
/// naming the only deficit, a technique attempted for part of the block and abandoned with nothing else named, "same as
/// last visit" or "as above" pointing back to a recap that names the element, "never left unattended", "constant
/// supervision" or "I believe she was seen one-on-one" as the only one-on-one statement, a litotes whose negation
/// reverses the measure ("did not fail to clear all of them" with no count), and a previous session's minutes that
/// equal today's line where today gives none.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 89 of 104 cases agree (102 needed), and 8 of the 67 notes the reviewer passes got a finding, on the analyzer of 3940f40 (the start of the 2026-12-07 eighteenth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 104, no false positive — "Not other than one-on-one" (and "no fewer than", "no less than") is no denial; "Q: … one-on-one? A: Yes — …" answered after its label; "As on Thursday, when I had worked with her one-on-one" speaks of Thursday; "had meant to start the McKenzie …, so we left it" is not done; what a patient reports another provider did ("her chiropractor did Activator adjustments") is not today's technique; a "PREVIOUS SESSION" line's list of codes and minutes goes on past a semicolon; "standing on foam eyes closed 7 sec" on the Objective line is a test; vocabulary (slow or multi-step stepping reaction, losing her balance, numb feet in the past perfect).</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwelfthTests(ITestOutputHelper output)
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

        // HVUH: the previous session was the PD group class (not billed); today "1:1 with Priya in the vestibular room, nobody else"; perturbations at the pelvis, backward stepping to a called cue, four-square turns; retropulsion and postural instability; pull test and Mini-BESTest; 97112 — 24 min matches: passes.
        ["v1-h112-hvuh-today-one-on-one-after-group-class"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION (12/03): Parkinson's group exercise class in the gym (not billed).
            TODAY'S SESSION: 97112 — 24 min
            Delivery: 1:1 with Priya in the vestibular room, nobody else in the room.
            Perturbations at the pelvis backward and to each side, backward stepping to a called cue, turning in the four-square grid both directions.
            Deficit: retropulsion and postural instability with turns, Parkinson's disease; he backs into the kitchen counter at home.
            Objective: pull test 3 steps to recover (5 at the progress note); Mini-BESTest 17/28.
            PLAN NEXT SESSION: add dual-task turning.
            """,
            ["G20.A1", "R26.81"], [PT("97112", 24)], []),

        // HVUH: "PREVIOUS SESSION (12/02): 1:1, X1 on foam" and today's block names techniques, deficit and measure but never says how today was delivered: one-on-one missing (a recap is not today's).
        ["v1-h112-hvuh-previous-one-on-one-today-unstated"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Jonah Feld, PT, DPT
            PREVIOUS SESSION (12/02): 1:1; X1 viewing on foam, head-turn walking.
            TODAY'S SESSION: 97112 — 22 min
            X1 viewing at 1.5 Hz standing on foam, walking with horizontal head turns down the atrium concourse, tandem stance with eyes closed.
            Deficit: L vestibular hypofunction after the vestibular schwannoma resection; oscillopsia reading the bus signs.
            Objective: DHI 38/100 (52 at eval); tandem stance eyes closed 9 sec.
            """,
            ["D33.3", "H81.92"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HVUH: "PLAN NEXT SESSION: 1:1 in the quiet room once the group ends" while today she worked in the PD group circuit with Keisha cueing her and two others: negated for today — one-on-one missing; otherwise complete.
        ["v1-h112-hvuh-one-on-one-only-planned-today-group"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 20 min
            Delivery: worked in the Parkinson's circuit with two other group members; I cued all three at the stations.
            Large-amplitude stepping to targets, perturbations at the shoulders in stride stance, turning around a cone on cue.
            Deficit: festination and postural instability on turns.
            Objective: 180-degree turn in 6 steps (9 last month); TUG 13.1 sec.
            PLAN NEXT SESSION: 1:1 in the quiet room once the group ends.
            """,
            ["G20.A1"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // SSTP Q&A: "Q: Was the patient seen one-on-one? A: Not other than one-on-one — Denise and Mr. Kowalczyk only, the entire 97112 time."; lean-and-release, foam stance with head turns, stepping over the pool noodles; slow stepping reaction; ABC and perturbations; 97112 — 23 min: passes.
        ["v1-h112-sstp-not-other-than-one-on-one"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Not other than one-on-one — Denise and Mr. Kowalczyk only, the entire 97112 time.
            Q: What skilled technique was used today? A: Lean-and-release reactive stepping, foam stance with head turns, stepping over pool noodles laid on the floor.
            Q: What deficit was addressed? A: Slow, short stepping reaction backward; fell stepping off the shuffleboard court in October.
            Q: Objective measure today? A: Recovered 7 of 10 lean-and-release trials with one step; Berg 45/56.
            Q: Minutes per code? A: 97112 — 23 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SSTP PTA: "A: Not one-on-one; Mrs. Faye was on the NuStep beside her and I set her resistance twice": negated — one-on-one missing; otherwise complete.
        ["v1-h112-sstp-pta-not-one-on-one"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: Was the patient seen one-on-one? A: Not one-on-one; Mrs. Faye was on the NuStep beside her and I set her resistance twice during the block.
            Q: What skilled technique was used today? A: Rocker board A/P with eyes closed, semi-tandem on foam with ball toss.
            Q: What deficit was addressed? A: R ankle proprioception after the sprain on the condo stairs.
            Q: Objective measure today? A: Rocker board 12 sec without an edge touch; semi-tandem on foam 18 sec.
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // SSTP: "A: She had my undivided attention; at no point during the 97112 time was I treating anyone else. Her granddaughter watched from the chair." — a double negative that asserts one-on-one; D2 PNF, rhythmic stabilisation in half-kneel, perturbations; trunk postural control after a stroke; FGA and reach; 97112 — 25 min: passes.
        ["v1-h112-sstp-undivided-attention-at-no-point"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: She had my undivided attention; at no point during the 97112 time was I treating anyone else. Her granddaughter watched from the chair by the window.
            Q: What skilled technique was used today? A: PNF D2 flexion/extension with the L arm in standing, rhythmic stabilization in half-kneeling, perturbations at the trunk on the foam.
            Q: What deficit was addressed? A: Trunk postural control and L-sided motor recruitment after the R MCA stroke.
            Q: Objective measure today? A: FGA 18/30; functional reach 8 inches (5 at eval).
            Q: Minutes per code? A: 97112 — 25 min.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // KRPT Hal's narrative: "Last Tuesday Arvid had been in the Willow River group and had done his balance in a line with two others; today I kept him to myself the whole 97112 time, one-on-one in the back room"; the past group is not today's; perturbations, rocker board, stepping over the kindling; numb feet; rocker seconds and Berg; 97112, 22 minutes: passes.
        ["v1-h112-krpt-had-been-group-kept-to-myself-today"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            Last Tuesday Arvid had been in with the Willow River group and had done his balance work in a line with two others. Today I kept him to myself the whole 97112 time, one-on-one in the back room, 22 minutes. We had him on the rocker board with his eyes closed, then on the foam while I gave him perturbations at the hips, and then stepping over split kindling laid across the floor without looking down. His feet had been numb to the ankles for two years from the diabetes, and he had not been able to feel the ground in his felt-lined boots. He held the rocker board 11 seconds today and his Berg was 46/56. Next week I will add the head turns.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // KRPT Hal: "Next week Bev will see him one-on-one; today he had worked at the parallel bars while I had also been treating Mrs. Halvorsen on the mat table beside him" — another patient in the block: one-on-one missing; otherwise complete.
        ["v1-h112-krpt-will-be-one-on-one-today-another-patient"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97112, 20 minutes.
            Next week Bev will see him one-on-one. Today he had worked at the parallel bars on tandem walking with head turns and on the foam with perturbations at the shoulders, while I had also been treating Mrs. Halvorsen on the mat table beside him. He had been catching his R toe on the snowmobile trailer since the stroke and had been leaning to the R in the bars. Tandem with head turns was 8 steps before a touch today, and his 10-metre walk was 0.68 m/s.
            """,
            ["I69.351"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // KRPT PTA Bev: "one-on-one, just Bev and Leonard; his wife Marlys sat in with her knitting" — family does not undo it; gaze stabilisation X1 and habituation turns; dizziness rolling in bed; DVA; 97112, 23 minutes: passes.
        ["v1-h112-krpt-pta-wife-with-knitting"] = new(
            """
            Kettle River PT — Moose Lake. Bev Tormanen, PTA. 97112, 23 minutes.
            Treatment was one-on-one, just Bev and Leonard; his wife Marlys sat in with her knitting. We did X1 viewing with the card on the wall sitting and then standing, and habituation turns to the L in standing. He had been getting dizzy rolling to the L in bed since the flu in October and had quit driving the school bus route. Dynamic visual acuity 3 lines lost today (5 lines at the eval on 10/28).
            """,
            ["H81.22", "R42"], [PTA("97112", 23)], []),

        // HVUH: "1:1 with Jonah; a DPT student observed and took notes" — a student in the room does not undo it; Herdman X2, walking with head turns, standing on foam eyes closed; bilateral vestibular loss; DGI; 97112 — 21 min: passes.
        ["v1-h112-hvuh-student-observed"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 21 min
            Delivery: 1:1 with Jonah; a DPT student observed and took notes, did not treat.
            X2 viewing with the target moving opposite the head, walking with head turns past the atrium kiosks, standing on foam eyes closed with a hand hovering.
            Deficit: bilateral vestibular hypofunction after gentamicin; sways and widens his base in the dark.
            Objective: DGI 15/24 (12 at the last progress note, goal 19).
            """,
            ["H81.23"], [PT("97112", 21)], []),

        // SSTP: "A: Yes — not for a moment did she work without me, and no one else was on my schedule for that block." — one-on-one asserted in double negatives; perturbations on foam, tandem with head turns; postural control and sway eyes closed; mCTSIB; 97112 — 22 min: passes.
        ["v1-h112-sstp-not-for-a-moment-without-me"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Yes — not for a moment did she work without me, and no one else was on my schedule for that block.
            Q: What skilled technique was used today? A: Perturbations on the foam at the pelvis, tandem walking with head turns, reaching out of her base to a target on the wall.
            Q: What deficit was addressed? A: Postural control with eyes closed — sways badly getting up at night to the bathroom.
            Q: Objective measure today? A: mCTSIB foam eyes closed 14 sec (6 at eval), firm eyes closed 30 sec.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HVUH OT 97530 with a second patient at the ADL kitchen counter — 97530 has no one-on-one check; meal prep standing at the counter, reaching to the upper cabinet, carrying a pot; L arm weakness and standing tolerance; doses and counts; 97530 — 24 min: passes.
        ["v1-h112-hvuh-ot-97530-kitchen-pair"] = new(
            """
            HVUH Neuro OT Note — Briarwood, Ann Arbor    Clinician: Miriam Castellanos, OTR/L
            TODAY'S SESSION: 97530 — 24 min
            Worked in the ADL kitchen with one other patient at the far counter. Standing meal prep: reaching the L hand to the upper cabinet for mugs, carrying a half-full pot from the sink to the stove, unloading the dishwasher.
            Deficit: L upper extremity weakness and reduced standing tolerance after the R MCA stroke; wants to cook for her piano students' recital.
            Objective: 12 of 12 mugs reached with the L hand; stood 3 rounds at the counter with one seated break; pot carried 4 trips with SBA.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // KRPT Hal: "As on Thursday, when I had worked with her one-on-one, we did …" — one-on-one stated only for Thursday: today's delivery unstated: one-on-one missing; otherwise complete.
        ["v1-h112-krpt-one-on-one-only-last-thursday"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97112, 24 minutes.
            As on Thursday, when I had worked with her one-on-one, we did the rhythmic stabilisation in sitting and standing and then stepping onto the foam with a stop. She had been losing her balance backward reaching up to the top pews while dusting the organ loft, and her trunk control had been poor since the fall in the church parking lot. Today she stepped onto the foam and stopped without a touch on 6 of 10 and her TUG was 12.4 seconds. I will check her Berg at the progress note.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SSTP PTA 97110 with another patient on the next mat — no one-on-one check for 97110; sit-to-stands, step-ups, band rows with doses; hip and quad weakness, getting out of the golf cart; 97110 — 18 min: passes.
        ["v1-h112-sstp-pta-97110-beside-another"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: Was the patient seen one-on-one? A: No — Mr. Yoder was on the next mat doing his bridges.
            Q: What was done today? A: Sit-to-stand from the low chair 3x10, step-ups onto the 6 inch step 3x10, rows with the green band 3x15.
            Q: What deficit was addressed? A: Bilateral hip extensor and quad weakness; he pulls on the steering wheel to get out of his golf cart.
            Q: Minutes per code? A: 97110 — 18 min.
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // HVUH: "alternated between her and the man on the next plinth" during the NMR block — not one-on-one; otherwise complete.
        ["v1-h112-hvuh-alternated-with-next-plinth"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 22 min
            Delivery: alternated between her and the man on the next plinth for the whole block.
            Quadruped rhythmic stabilization, tall-kneeling perturbations, half-kneel to stand with a reach.
            Deficit: trunk ataxia and poor postural control after the cerebellar stroke.
            Objective: half-kneel hold 20 sec before a hand down; SARA 12/40.
            """,
            ["I69.393"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // HVUH delivery row "[X] 1:1 [ ] concurrent [ ] group"; ball-catch perturbations on foam, stepping over a hurdle row with a stop; ankle strategy and sway after a fall on the ice; FGA; 97112 — 23 min: passes.
        ["v2-h112-hvuh-delivery-one-to-one-ticked"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 23 min
            Delivery: [X] 1:1  [ ] concurrent  [ ] group
            Ball catches with perturbations on the foam, stepping over a row of hurdles with a stop on each, narrow stance on the rocker with eyes closed.
            Deficit: poor ankle strategy and anterior-posterior sway since the fall on the ice at the fishing shanty.
            Objective: FGA 20/30 (16 at the last progress note).
            POC GOALS: FGA 24/30 ☐ Met ☒ Progressing ☐ Not met
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HVUH delivery row with nothing ticked "[ ] 1:1 [ ] concurrent [ ] group": one-on-one missing; otherwise complete.
        ["v2-h112-hvuh-delivery-row-none-ticked"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 22 min
            Delivery: [ ] 1:1  [ ] concurrent  [ ] group
            PNF D1 diagonals with the R leg in standing, weight shifts onto the R on the foam, step-to-stop onto a 4 inch box.
            Deficit: R lower extremity motor recruitment and timing after the L pontine stroke.
            Objective: single-leg stance on the R 6 sec; 5 of 10 step-to-stops without a sway out.
            """,
            ["I69.351"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SSTP "Q: Was the patient seen one-on-one? A: ______" left blank: one-on-one missing; otherwise complete.
        ["v2-h112-sstp-one-on-one-answer-blank"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: ______
            Q: What skilled technique was used today? A: Gaze stabilization X1 seated and standing, walking with head turns along the hallway rail.
            Q: What deficit was addressed? A: R vestibular hypofunction; gets dizzy turning to back the pontoon off the lift.
            Q: Objective measure today? A: DHI 44/100; DVA 4 lines lost.
            Q: Minutes per code? A: 97112 — 20 min.
            """,
            ["H81.21"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SSTP "☒ Yes ☐ No" under the one-on-one question; tandem on foam with perturbations, clock stepping; sway and late stepping; Berg; 97112 — 24 min: passes.
        ["v2-h112-sstp-yes-box-ticked"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: Tandem stance on foam with perturbations at the shoulders, clock stepping to numbers I called.
            Q: What deficit was addressed? A: Lateral sway and a late stepping reaction; she catches herself on the bingo tables.
            Q: Objective measure today? A: Berg 43/56; tandem on foam 9 sec.
            Q: Minutes per code? A: 97112 — 24 min.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // SSTP "Q: Objective measure today? A: ____" blank and no other number but the code and its minutes: measure missing; otherwise complete.
        ["v2-h112-sstp-objective-answer-blank"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Yes, just the two of us.
            Q: What skilled technique was used today? A: Rocker board with eyes closed, perturbations in stride stance, stepping over the shuffleboard cues laid on the floor.
            Q: What deficit was addressed? A: Proprioception in both feet from the neuropathy.
            Q: Objective measure today? A: ____
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["G62.9"], [PT("97112", 21)], [At(Measure, "97112")]),

        // HVUH "Technique today:" left blank under a "PLAN NEXT SESSION" that names PNF and foam perturbations — the plan is not today's: technique missing; one-on-one, deficit and measure today.
        ["v2-h112-hvuh-technique-blank-plan-names-them"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 20 min
            Delivery: 1:1, just Priya and the patient.
            Technique today:
            Deficit: L hemibody sensory loss and postural control after the R thalamic stroke; leans on the walls at the stadium concourse where he ushers.
            Objective: Berg 42/56; standing on foam eyes closed 7 sec.
            PLAN NEXT SESSION: PNF D2 patterns, perturbations on the foam, tandem with head turns.
            """,
            ["I69.398"], [PT("97112", 20)], [At(Tech, "97112")]),

        // KRPT "Direct one-on-one (Y/N): __" left blank beside Hal's narrative "I had her to myself for all of it"; weight shifts on the wobble board, stepping over the canning jars' boxes; sway after the fall at the garden; Berg; 97112, 21 minutes: passes.
        ["v2-h112-krpt-yn-blank-narrative-says-it"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            Direct one-on-one (Y/N): __
            97112, 21 minutes. I had her to myself for all of it; nobody else was in the clinic before noon. We had started on the wobble board with weight shifts forward and back and then had her stepping over the empty canning-jar boxes with a pause on each. She had fallen in the tomato rows in August and had been swaying whenever she looked down. Her Berg was 47/56 today, up from 41 in September. I will add the foam next week.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], []),

        // HVUH "Impairment: N/A" and nothing else naming a deficit or system: deficit missing; one-on-one, techniques and measure stated.
        ["v2-h112-hvuh-impairment-na"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 21 min
            Delivery: 1:1 with Keisha.
            PNF D1 and D2 patterns with the ball in standing, perturbations at the pelvis on the foam, step-and-stick onto the 6 inch box.
            Impairment: N/A
            Objective: Mini-BESTest 20/28; 7 of 10 step-and-sticks held.
            """,
            ["R26.89"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // SSTP "Q: Minutes per code? A: 97112 ___ / 97110 ___" left blank on a two-code visit: separate time missing; both codes otherwise complete.
        ["v2-h112-sstp-minutes-per-code-blank"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes — one-on-one for the balance work.
            Q: What skilled technique was used today? A: 97112: perturbations on foam, tandem with head turns. 97110: bridges 3x15, side-lying hip abduction 3 lb 3x12, heel raises 3x15.
            Q: What deficit was addressed? A: Postural control with eyes closed, and bilateral hip abductor weakness.
            Q: Objective measure today? A: TUG 12.9 sec; tandem on foam 11 sec.
            Q: Minutes per code? A: 97112 ___ / 97110 ___
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // SSTP minute boxes "A: 97112 [ 22 ] / 97116 [ 15 ]", both match; one-on-one; perturbations and clock stepping; walker gait with distance and SBA; stepping reaction and short steps; Berg: passes.
        ["v2-h112-sstp-minute-boxes-filled"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: 97112: perturbations at the pelvis, clock stepping on cue. 97116: gait training with the rollator on the condo walkway, cues for step length and heel strike.
            Q: What deficit was addressed? A: Slow stepping reaction; short shuffling steps on the walkway.
            Q: Objective measure today? A: Berg 44/56; rollator gait 450 ft SBA.
            Q: Minutes per code? A: 97112 [ 22 ] / 97116 [ 15 ]
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // HVUH with every goal box unticked "☐ Met ☐ Progressing ☐ Not met" — irrelevant to the billed service; 1:1; X1 viewing, optokinetic habituation; visual motion sensitivity; DHI and DVA; 97112 — 22 min: passes.
        ["v2-h112-hvuh-goal-boxes-unticked"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 22 min
            Delivery: 1:1 with Jonah.
            X1 viewing against the checkerboard, optokinetic stripes on the screen in standing, walking the atrium concourse while scanning the signs.
            Deficit: visual motion sensitivity after the concussion; sick in the grocery aisles.
            Objective: DHI 40/100; DVA 2 lines lost.
            POC GOALS: DHI under 30  ☐ Met ☐ Progressing ☐ Not met
            """,
            ["S06.0X0D", "R42"], [PT("97112", 22)], []),

        // HVUH "PLAN NEXT SESSION: [ ]" left empty — harmless; 1:1; perturbations on the treadmill and stepping to targets; reactive stepping after falls; Mini-BESTest; 97112 — 24 min: passes.
        ["v2-h112-hvuh-plan-next-session-empty"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 24 min
            Delivery: 1:1, Priya and patient only.
            Manual perturbations while walking on the treadmill with the harness, stepping to floor targets on a called cue, backward walking.
            Deficit: delayed reactive stepping; three falls backward since summer.
            Objective: Mini-BESTest 16/28; 6 of 10 backward perturbations recovered with one step.
            PLAN NEXT SESSION: [ ]
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // KRPT PTA Bev 97116 "Assist: ___ Distance: ___" blank, no number but the code and its minutes: measure missing; walker gait with cues, short L step named.
        ["v2-h112-krpt-pta-gait-assist-distance-blank"] = new(
            """
            Kettle River PT — Sandstone. Bev Tormanen, PTA. 97116, 19 minutes.
            Gait training with the walker up and down the hallway and out to the mailbox, cues for a longer L step and an upright trunk.
            Problem: short L step and a flexed posture after the L hip fracture.
            Assist: ___  Distance: ___
            """,
            ["S72.002D"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques (today's, not another's or next week's)

        // HVUH Perfetti method recognition tasks under the foot (sponge densities and ramp heights with eyes closed) and then weight acceptance; R foot somatosensory loss after a stroke; recognition counts and stance seconds; 1:1; 97112 — 22 min: passes.
        ["v3-h112-hvuh-perfetti-recognition-under-the-foot"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 22 min
            Delivery: 1:1.
            Perfetti cognitive therapeutic exercise: eyes closed, recognizing sponges of three densities and ramps of three heights under the R foot, then weight acceptance onto the R in stride with the same targets.
            Deficit: R foot somatosensory loss and poor weight acceptance after the L MCA stroke.
            Objective: 8 of 12 recognitions correct (4 of 12 at the previous session); single-leg stance R 5 sec.
            """,
            ["I69.351", "R20.8"], [PT("97112", 22)], []),

        // HVUH action observation (video of a reach-to-step) followed by execution, with tapping to targets; L leg motor planning after a stroke; target counts and FGA; 1:1; 97112 — 21 min: passes.
        ["v3-h112-hvuh-action-observation-then-execution"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 21 min
            Delivery: 1:1 with Jonah.
            Action observation therapy: watched a short video of a forward step-and-reach, then executed it to floor targets, alternating legs; stepping to targets on a light cue.
            Deficit: L lower extremity motor planning and timing after the R frontal stroke.
            Objective: 14 of 20 targets hit with the L foot; FGA 17/30.
            """,
            ["I69.398"], [PT("97112", 21)], []),

        // KRPT Hal's Carr and Shepherd Motor Relearning Programme for sit-to-stand (foot placement, trunk forward over the feet, practice in the truck-seat height); weight bearing through the R after a stroke; counts; one-on-one; 97112, 23 minutes: passes.
        ["v3-h112-krpt-motor-relearning-sit-to-stand"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97112, 23 minutes, one-on-one.
            We had gone back to the Carr and Shepherd Motor Relearning Programme for his sit-to-stand: I had him place the R foot behind the L, bring the trunk forward over the feet, and stand to the height of his log-truck seat, with my hand guiding the R knee forward. He had been standing up with all his weight on the L ever since the stroke and had been pulling on the door frame of the cab. Today 7 of 10 stands were symmetrical on the scales (2 of 10 last week), and he took 48 percent through the R. Next week we will do it from the cab step.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SSTP: the home-health PT "had her doing the Otago program" (another provider's) and today lean-and-release reactive stepping and stepping over obstacles — today's technique named; backward stepping deficit; counts and TUG; one-on-one; 97112 — 24 min: passes.
        ["v3-h112-sstp-otago-by-home-health-today-lean-and-release"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Yes, one-on-one.
            Q: What skilled technique was used today? A: She reports the home-health PT had her doing the Otago program before discharge. Today I did lean-and-release reactive stepping backward and sideways and stepping over obstacles of two heights.
            Q: What deficit was addressed? A: Reactive stepping backward; she falls back into her recliner.
            Q: Objective measure today? A: 6 of 10 backward lean-and-release trials recovered in one step; TUG 14.0 sec.
            Q: Minutes per code? A: 97112 — 24 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SSTP 97140 whose only named techniques are the chiropractor's ("Activator adjustments and Graston last Friday"); today "manual per POC": technique and measure missing (deficit stated).
        ["v3-h112-sstp-chiropractor-did-it-manual-per-poc-97140"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: What skilled technique was used today? A: Pt reports her chiropractor did Activator adjustments and Graston to the low back last Friday. Today: manual per POC.
            Q: What deficit was addressed? A: L sacroiliac region pain and stiffness; cannot sit through a bingo session.
            Q: Minutes per code? A: 97140 — 12 min.
            """,
            ["M53.3"], [PT("97140", 12)], [At(Tech, "97140"), At(Measure, "97140")]),

        // HVUH: "PLAN NEXT SESSION: start LSVT BIG" and today "continued per POC, pt fatigued after the neurology visit": no technique done today named; one-on-one, deficit and measure stated: technique missing.
        ["v3-h112-hvuh-lsvt-next-session-continued-today"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 20 min
            Delivery: 1:1.
            Continued per POC; pt fatigued after his neurology visit this morning.
            Deficit: hypokinetic, festinating gait and postural instability, Parkinson's disease.
            Objective: pull test 4 steps to recover; 180-degree turn in 8 steps.
            PLAN NEXT SESSION: start LSVT BIG.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(Tech, "97112")]),

        // KRPT Hal: "I would have done the Brandt-Daroff series had she not been nauseated; instead we did X1 viewing seated and then standing" — what was done is named; L vestibular hypofunction; DVA; one-on-one; 97112, 20 minutes: passes.
        ["v3-h112-krpt-would-have-done-brandt-daroff-did-x1"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97112, 20 minutes, one-on-one throughout.
            I would have done the Brandt-Daroff series had she not been nauseated when she came in; instead we did X1 viewing with the business card, seated and then standing with her feet together, and slow head turns walking down the hall. She had had the L vestibular neuritis since the spring and had stopped driving the bait-shop truck. Dynamic visual acuity was 3 lines lost today (4 last week).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // SSTP FAME-style task circuit (step-ups to a stop, walking while carrying a tray, stepping over the hose, sit-to-stand to a stop); postural control; circuit rounds and Berg; one-on-one; 97112 — 25 min: passes.
        ["v3-h112-sstp-fame-task-circuit"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Not other than one-on-one.
            Q: What skilled technique was used today? A: FAME-style task circuit: step-up to a stop, walking while carrying a tray of cups, stepping over the garden hose, sit-to-stand with a stop and turn.
            Q: What deficit was addressed? A: Postural control and weight shift onto the paretic L after the R stroke.
            Q: Objective measure today? A: 3 rounds of the circuit without a loss of balance; Berg 46/56.
            Q: Minutes per code? A: 97112 — 25 min.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // HVUH OT 97530 Affolter guided tactile-kinaesthetic input through a sandwich-making task; L neglect and motor planning; steps completed; 97530 — 22 min: passes.
        ["v3-h112-hvuh-ot-affolter-guiding-97530"] = new(
            """
            HVUH Neuro OT Note — Ypsilanti    Clinician: Miriam Castellanos, OTR/L
            TODAY'S SESSION: 97530 — 22 min
            Affolter guided tactile-kinaesthetic input: I guided both hands through making a sandwich and wrapping it, then faded the guiding for the wrap.
            Deficit: L neglect and motor planning for two-handed tasks after the R parietal stroke.
            Objective: 9 of 12 task steps done without guiding (5 of 12 on 11/24); moderate assist for the wrap.
            """,
            ["I69.398"], [OT("97530", 22)], []),

        // KRPT Hal 97140 Maitland grade IV PAs at L4 and L5 and hip distraction; stiff lumbar spine bending to the deer stand ladder; doses; 97140, 13 minutes: passes.
        ["v3-h112-krpt-maitland-grade-iv-97140"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97140, 13 minutes.
            I had given him Maitland grade IV central PAs at L4 and L5, 3 sets of 30 seconds each, and long-axis hip distraction on the R, 3 bouts of 30 seconds. He had been stiff through the low back since he fell off his deer stand ladder in November and could not bend to lace his boots. Lumbar flexion went from fingertips at the knees to mid-shin afterward.
            """,
            ["M54.50", "S33.5XXD"], [PT("97140", 13)], []),

        // KRPT Hal 97110: "I had meant to start the McKenzie repeated extension, but he had been to the chiropractor that morning and was sore, so we left it; he did his exercises as in the home program": no exercise done today named and no dose: technique and measure missing (the region and the goal are stated).
        ["v3-h112-krpt-mckenzie-meant-not-begun-97110"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97110, 16 minutes.
            I had meant to start the McKenzie repeated extension today, but he had been to the chiropractor that morning and was sore, so we left it. He did his exercises as in the home program. He has low back pain and cannot bend to the tackle box in the bait shop.
            """,
            ["M54.50"], [PT("97110", 16)], [At(Tech, "97110"), At(Measure, "97110")]),

        // SSTP Stroop walking (naming ink colours while weaving the cones) and dual-task turns; cognitive-motor interference after a stroke; gait speed single and dual; one-on-one; 97112 — 22 min: passes.
        ["v3-h112-sstp-stroop-walking-cone-weave"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Yes — just Denise and the patient for the whole 97112.
            Q: What skilled technique was used today? A: Stroop walking: naming the ink colour of cards while weaving through cones; dual-task 180-degree turns while counting back by threes.
            Q: What deficit was addressed? A: Cognitive-motor interference — she stops walking when she talks, after the L stroke.
            Q: Objective measure today? A: 10-metre walk 0.92 m/s single task, 0.71 m/s dual task.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["I69.398"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, in the past perfect, in litotes; and none

        // HVUH: today's finding "she still catches the L toe on the atrium carpet when she tires" beside a recap; 1:1; PNF D1 with the L leg, stepping over cords, tibialis timing; 10-metre walk and toe catches; 97112 — 23 min: passes.
        ["v4-h112-hvuh-still-catches-toe-on-the-carpet"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION (12/01): PNF D1 with the L leg, seated.
            TODAY'S SESSION: 97112 — 23 min
            Delivery: 1:1.
            PNF D1 flexion with the L leg in standing with resistance at the dorsum of the foot, stepping over cords taped on the floor, heel-strike timing to a metronome.
            Finding: she still catches the L toe on the atrium carpet when she tires — late tibialis anterior timing in swing after the R MCA stroke.
            Objective: 4 toe catches over 200 ft (9 on 12/01); 10-metre walk 0.78 m/s.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // KRPT Hal in the past perfect: "his boot had caught on the skidder step every morning since the stroke"; one-on-one; step-ups to a stop, PNF with the R leg, perturbations; TUG; 97112, 24 minutes: passes.
        ["v4-h112-krpt-boot-had-caught-on-the-skidder-step"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97112, 24 minutes, one-on-one.
            His R boot had caught on the skidder step every morning since the stroke, and he had gone down once in the slash pile. Today we did step-ups to a stop on the 12 inch box, PNF D1 patterns with the R leg against my hand, and perturbations while he stood on the R with the L on the box. The R ankle had been late to lift and he had been hiking the hip to clear it. His TUG was 10.9 seconds today and he cleared the box 9 of 10 times without a toe drag.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // SSTP litotes deficit "Not a lack of strength so much as her not knowing where her feet are in the dark — numb soles to the ankles"; one-on-one; foam and rocker eyes closed, toe-tapping to targets; mCTSIB; 97112 — 22 min: passes.
        ["v4-h112-sstp-not-a-lack-of-strength-so-much-as"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes, one-on-one.
            Q: What skilled technique was used today? A: Foam stance and rocker board with eyes closed, toe taps to targets without looking.
            Q: What deficit was addressed? A: Not a lack of strength so much as her not knowing where her feet are in the dark — numb soles to the ankles from the neuropathy.
            Q: Objective measure today? A: mCTSIB foam eyes closed 11 sec; Semmes-Weinstein 5.07 absent at 6 of 10 plantar sites.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // SSTP "hardly any sway with her eyes open, but she falls to the L with them closed" — a deficit stated by contrast; one-on-one; Romberg progressions, foam with head turns; sharpened Romberg seconds; 97112 — 21 min: passes.
        ["v4-h112-sstp-hardly-any-sway-eyes-open"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Not other than one-on-one.
            Q: What skilled technique was used today? A: Romberg to sharpened Romberg progressions with eyes closed, foam stance with head turns, weight shifts to the R against resistance.
            Q: What deficit was addressed? A: Hardly any sway with her eyes open, but she falls to the L with them closed — somatosensory and L vestibular loss.
            Q: Objective measure today? A: Sharpened Romberg eyes closed 6 sec (2 at eval).
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["R26.81", "H81.92"], [PT("97112", 21)], []),

        // HVUH "Deficit: see previous session" — a note must say it itself: deficit missing; one-on-one, techniques and measure today.
        ["v4-h112-hvuh-deficit-see-previous-session"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 22 min
            Delivery: 1:1.
            Perturbations at the pelvis on the foam, tandem walking with head turns, step-and-stick onto the 4 inch box.
            Deficit: see previous session.
            Objective: Mini-BESTest 19/28; tandem with head turns 10 steps before a step out.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // KRPT Hal "Problems: as per the plan of care" and nothing else naming a deficit or system: deficit missing; one-on-one, techniques and measure stated.
        ["v4-h112-krpt-problems-as-per-plan-of-care"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97112, 21 minutes, one-on-one.
            We had him on the rocker board forward and back, then standing on the foam while I gave perturbations at the shoulders, and then stepping over the hurdles to a stop. Problems: as per the plan of care. He held the rocker board 15 seconds and recovered 7 of 10 perturbations without a step.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // HVUH "Deficit today: none — vestibular screen negative, sensation intact" and nothing targeted: deficit missing; one-on-one, techniques and measure stated.
        ["v4-h112-hvuh-deficit-none-screen-negative"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 20 min
            Delivery: 1:1 with Keisha.
            Lateral perturbations in stride stance, stepping over the cone row, single-leg stance on the foam with a ball catch.
            Deficit today: none — vestibular screen negative, sensation intact.
            Objective: single-leg stance on foam 9 sec R, 7 sec L; 8 of 10 ball catches without a step.
            """,
            ["R26.89"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // SSTP "Not unsteady on level tile; unsteady, and more than a little, on the grass at the dog park and on sand" — a deficit by litotes; one-on-one; uneven-surface stance, perturbations on the foam, stepping on the grass mat; FGA; 97112 — 23 min: passes.
        ["v4-h112-sstp-not-unsteady-on-tile"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes — one-on-one, nobody else in the gym.
            Q: What skilled technique was used today? A: Stance and stepping on the foam and the artificial-grass mat, perturbations at the pelvis on the foam, walking on the mat with head turns.
            Q: What deficit was addressed? A: Not unsteady on level tile; unsteady, and more than a little, on the grass at the dog park and on sand — postural control on compliant surfaces.
            Q: Objective measure today? A: FGA 21/30; 5 of 8 perturbations on foam recovered without a step.
            Q: Minutes per code? A: 97112 — 23 min.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // KRPT OT Sarah 97530 "she had not been able to get the jar lids off at canning time"; jar opening, carrying jars to the shelf, wringing; R hand grip weakness after a wrist fracture; grip and counts; 97530, 20 minutes: passes.
        ["v4-h112-krpt-ot-jar-lids-at-canning-time"] = new(
            """
            Kettle River PT — Moose Lake. Sarah Koski, OTR/L (Thursday). 97530, 20 minutes.
            She had not been able to get the jar lids off at canning time in September and had been asking her neighbour. Today we worked on opening jars of three sizes, carrying quart jars to the pantry shelf, and wringing out a dish towel. R hand grip weakness and pain at the thumb base after the R wrist fracture. Grip R 28 lb (18 on 11/06), L 52 lb; opened 5 of 6 jars.
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // HVUH 97116 "hip hikes and circumducts the R leg down the atrium concourse"; gait training with the quad cane and cues for knee flexion in swing; distance and assist; 97116 — 18 min: passes.
        ["v4-h112-hvuh-pta-hip-hike-on-the-concourse-97116"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97116 — 18 min
            Gait training with the quad cane down the atrium concourse and back, cues for R knee flexion in swing and heel strike.
            Finding: hip hikes and circumducts the R leg, stiff-knee gait after the L MCA stroke.
            Objective: 400 ft with the quad cane, CGA; 2 toe catches.
            """,
            ["I69.351"], [PTA("97116", 18)], []),

        // SSTP 97140 "L shoulder capsule tight — can't reach to hook her bra or to the top shelf on the lanai"; GH posterior and inferior glides, STM to the pec minor; doses; 97140 — 12 min: passes.
        ["v4-h112-sstp-shoulder-wont-reach-the-lanai-shelf-97140"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: What skilled technique was used today? A: GH inferior and posterior glides grade III, 3 bouts of 30 sec each; soft tissue mobilization to the L pec minor.
            Q: What deficit was addressed? A: L shoulder capsule tight after the proximal humerus fracture — can't reach to hook her bra or to the top shelf on the lanai.
            Q: Objective measure today? A: L shoulder flexion 118 to 131 degrees after.
            Q: Minutes per code? A: 97140 — 12 min.
            """,
            ["S42.202D"], [PT("97140", 12)], []),

        // SSTP "Q: What deficit was addressed? A: Per the evaluation." and nothing else naming a deficit: deficit missing; one-on-one, techniques and measure stated.
        ["v4-h112-sstp-deficit-per-the-evaluation"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes.  One-on-one.
            Q: What skilled technique was used today? A: Perturbations in tandem, stepping over the pool noodles, clock stepping on cue.
            Q: What deficit was addressed? A: Per the evaluation.
            Q: Objective measure today? A: Berg 47/56; 6 of 10 perturbations recovered without a step.
            Q: Minutes per code? A: 97112 — 24 min.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // SSTP "no fewer than 8 of 10 perturbations recovered with a single step" — a count in litotes; one-on-one; perturbations in stride and on foam; stepping reaction; 97112 — 22 min: passes.
        ["v5-h112-sstp-no-fewer-than-8-of-10"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Yes, one-on-one.
            Q: What skilled technique was used today? A: Manual perturbations in stride stance and on the foam, forward, back and lateral.
            Q: What deficit was addressed? A: Slow, multi-step stepping reaction; she went down at the clubhouse door in November.
            Q: Objective measure today? A: No fewer than 8 of 10 perturbations recovered with a single step (4 of 10 at eval).
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // HVUH Mini-BESTest today beside the last progress note's score and the goal; 1:1; reactive stepping, foam head turns and beam tandem; sensory ataxia after cervical myelopathy; 97112 — 24 min: passes.
        ["v5-h112-hvuh-mini-bestest-beside-progress-note-and-goal"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 24 min
            Delivery: 1:1.
            Reactive stepping to release from a lean, head turns standing on foam, tandem walking on the beam.
            Deficit: sensory ataxia and postural control after the cervical myelopathy surgery.
            Objective: Mini-BESTest 18/28 today (14/28 at the progress note on 11/12; POC goal 22/28).
            """,
            ["G95.9", "R27.0"], [PT("97112", 24)], []),

        // KRPT Hal "she had managed 6 seconds of tandem on Tuesday and today held it 14 seconds"; one-on-one; tandem progressions, foam, perturbations; postural sway; 97112, 22 minutes: passes.
        ["v5-h112-krpt-tandem-then-and-now"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97112, 22 minutes, one-on-one.
            We had worked tandem stance on the floor and then on the foam, with perturbations at the hips once she was steady. She had been swaying side to side in church and had been holding the pew in front. She had managed 6 seconds of tandem on the foam on Tuesday and today held it 14 seconds; on the floor she held it the full 30 seconds. I will start head turns on Thursday.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SSTP "Q: Objective measure today? A: Hardly any sway now, a good deal steadier than at her last visit, and her husband agrees." — no number but the code and its minutes: measure missing.
        ["v5-h112-sstp-hardly-any-sway-husband-agrees"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: One-on-one, yes.
            Q: What skilled technique was used today? A: Rocker board with eyes closed, foam stance with head turns, stepping over the pool noodles.
            Q: What deficit was addressed? A: Ankle proprioception after the ankle fracture.
            Q: Objective measure today? A: Hardly any sway now, a good deal steadier than at her last visit, and her husband agrees.
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["S82.892D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // HVUH "Objective: deferred to the progress note next week" — no number but the code and its minutes: measure missing.
        ["v5-h112-hvuh-measure-deferred-to-progress-note"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 22 min
            Delivery: 1:1.
            Gaze stabilization X1 standing on foam, walking with head turns and pivots, habituation rolls to the R.
            Deficit: R vestibular hypofunction; unsteady turning to check the ice-fishing lines.
            Objective: deferred to the progress note next week.
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KRPT Hal "We will do the Berg next Tuesday when her daughter can drive her" — only a plan, no number: measure missing.
        ["v5-h112-krpt-berg-next-tuesday"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT. 97112, 20 minutes, one-on-one.
            We had done weight shifts onto the L on the foam, reaching out of her base for the cups on the counter, and stepping over the broom handle with a stop. She had been losing her balance to the L reaching into the canner since the knee replacement. We will do the Berg next Tuesday when her daughter can drive her.
            """,
            ["R26.81", "Z96.652"], [PT("97112", 20)], [At(Measure, "97112")]),

        // SSTP PTA 97112 TUG with the walker and a perturbation count; one-on-one; perturbations and turns; 97112 — 20 min: passes.
        ["v5-h112-sstp-pta-tug-with-the-walker"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: Was the patient seen one-on-one? A: Yes — Tracy and Mr. Delgado only.
            Q: What skilled technique was used today? A: Perturbations at the walker in standing, 180-degree turns to a cue, stepping over a line of tape sideways.
            Q: What deficit was addressed? A: Postural instability on turns; he freezes turning in the kitchen.
            Q: Objective measure today? A: TUG with the rollator 16.2 sec (21.5 at eval); 1 freeze in 6 turns.
            Q: Minutes per code? A: 97112 — 20 min.
            """,
            ["G20.A1"], [PTA("97112", 20)], []),

        // HVUH 97116 gait speed and distance with the cane and CGA; cane gait with cues for step length on the concourse; short L step after a stroke; 97116 — 19 min: passes.
        ["v5-h112-hvuh-gait-speed-and-distance-97116"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97116 — 19 min
            Gait training with the straight cane on the atrium concourse, cues for a longer L step and arm swing.
            Deficit: short L step length and slow cadence after the R MCA stroke.
            Objective: 10-metre walk 0.64 m/s (0.51 at the last progress note); 600 ft with the cane, CGA.
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // KRPT PTA Bev 97116 "not without assistance — CGA on the gravel, SBA on the blacktop, 300 ft each"; walker to cane on the church lot; short R step; 97116, 17 minutes: passes.
        ["v5-h112-krpt-pta-not-without-assistance-97116"] = new(
            """
            Kettle River PT — Moose Lake. Bev Tormanen, PTA. 97116, 17 minutes.
            Gait training with the cane on the gravel of the church lot and on the blacktop, cues for a longer R step and a heel strike. He had been tripping on the gravel since the R knee replacement. He walked it, not without assistance — CGA on the gravel, SBA on the blacktop, 300 ft each.
            """,
            ["Z96.651"], [PTA("97116", 17)], []),

        // SSTP PTA 97110 doses as the measure; band rows, chair squats, heel raises; shoulder and hip weakness; 97110 — 17 min: passes.
        ["v5-h112-sstp-pta-doses-97110"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: What was done today? A: Seated rows with the red band 3x15, chair squats to the 18 inch chair 3x10, heel raises at the counter 3x15, standing hip abduction 2 lb 3x12.
            Q: What deficit was addressed? A: Bilateral hip abductor and scapular weakness; can't lift the cooler onto the pontoon.
            Q: Minutes per code? A: 97110 — 17 min.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // KRPT OT Sarah 97530 "she did the laundry transfer; she did better than last week" — no number but the code and its minutes: measure missing (activities and deficit named).
        ["v5-h112-krpt-ot-did-better-than-last-week-97530"] = new(
            """
            Kettle River PT — Sandstone. Sarah Koski, OTR/L (Thursday). 97530, 21 minutes.
            We worked on moving wet laundry from the washer to the basket and carrying the basket to the line, and hanging sheets with both arms overhead. She has L arm weakness and poor standing endurance after the stroke. She did better than last week.
            """,
            ["I69.354"], [OT("97530", 21)], [At(Measure, "97530")]),

        // SSTP "Q: Objective measure today? A: Not unsteadier. No falls reported since the last visit." — no number: measure missing.
        ["v5-h112-sstp-not-unsteadier-no-falls"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? A: Not other than one-on-one.
            Q: What skilled technique was used today? A: Perturbations at the pelvis, stepping over the cones to a stop, tandem walking with head turns.
            Q: What deficit was addressed? A: Delayed stepping strategy and lateral sway.
            Q: Objective measure today? A: Not unsteadier. No falls reported since the last visit.
            Q: Minutes per code? A: 97112 — 23 min.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes beside other sessions' minutes, true mismatches, truly missing separate time

        // HVUH "PREVIOUS SESSION (12/03): 97112 — 38 min" and "TODAY'S SESSION: 97112 — 25 min" on a 25-min line: today's minutes match (the recap's are the last visit's); 1:1; complete: passes.
        ["v6-h112-hvuh-previous-session-minutes-differ"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION (12/03): 97112 — 38 min; perturbations and treadmill stepping.
            TODAY'S SESSION: 97112 — 25 min
            Delivery: 1:1.
            Perturbations on the treadmill at slow speed, backward walking, stepping to targets on a light cue.
            Deficit: delayed reactive stepping and retropulsion, Parkinson's disease.
            Objective: pull test 2 steps; Mini-BESTest 19/28.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // HVUH "PLAN NEXT SESSION: add 97116 — 20 min on the concourse" (not billed today) beside today's 97112 — 23 min: one timed code today, its minutes match; 1:1; complete: passes.
        ["v6-h112-hvuh-plan-gives-minutes-to-a-code-not-billed"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 23 min
            Delivery: 1:1 with Jonah.
            X1 viewing in tandem, walking with vertical head turns, standing on foam with eyes closed and a ball toss.
            Deficit: L vestibular hypofunction after the schwannoma resection; veers on the library stairs.
            Objective: DVA 2 lines lost; tandem eyes closed 12 sec.
            PLAN NEXT SESSION: add 97116 — 20 min on the concourse.
            """,
            ["D33.3", "H81.92"], [PT("97112", 23)], []),

        // KRPT Hal "I had billed 97112 for longer at her last visit; today the neuromuscular re-education ran 22 minutes (97112)" on a 22-min line; one-on-one; complete: passes.
        ["v6-h112-krpt-ran-22-minutes-today"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            I had billed 97112 for longer at her last visit, when she had been fresher; today the neuromuscular re-education ran 22 minutes (97112), one-on-one the whole of it. We had her stepping onto the foam and stopping, turning in a small box on cue, and walking the hall with head turns. She had been turning en bloc and had nearly gone over turning at the organ bench. She turned in 5 steps today (8 at the eval) and her TUG was 11.6 seconds.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // KRPT Hal two codes in narrative, "97112, 23 minutes" and "97110, 15 minutes", both match; one-on-one for the NMR; complete: passes.
        ["v6-h112-krpt-narrative-two-codes-with-minutes"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT.
            97112, 23 minutes, one-on-one: we had done perturbations on the foam, tandem walking with head turns and stepping over the snowshoes laid on the floor. He had been losing his balance grooming the trail on the uneven snow since the concussion. Tandem with head turns 12 steps today (5 a fortnight ago).
            97110, 15 minutes: leg press 90 lb 3x12, step-ups to the 8 inch box 3x10, bridges 3x15 for bilateral quad and hip extensor weakness.
            """,
            ["S06.0X0D", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // SSTP "Q: Minutes per code? A: 97112 — 24; 97140 — 11." (minutes by the question), both match; one-on-one; complete: passes.
        ["v6-h112-sstp-minutes-answer-without-min"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes, one-on-one for the whole 97112.
            Q: What skilled technique was used today? A: 97112: perturbations on the foam and clock stepping. 97140: cervical SNAGs for rotation 3 sets of 6, suboccipital release.
            Q: What deficit was addressed? A: Postural control with head turns; cervical rotation stiffness, can't check the blind spot in the golf cart.
            Q: Objective measure today? A: FGA 22/30; cervical rotation L 52 to 64 degrees.
            Q: Minutes per code? A: 97112 — 24; 97140 — 11.
            """,
            ["R26.81", "M54.2"], [PT("97112", 24), PT("97140", 11)], []),

        // SSTP PTA 97116 clock range on the code's own line "97116 from 1:10 to 1:32 pm" (22 min), matches; rollator gait with distance and SBA; shuffling gait: passes.
        ["v6-h112-sstp-pta-clock-range-on-the-code-line"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: Minutes per code? A: 97116 from 1:10 to 1:32 pm.
            Q: What was done today? A: Gait training with the rollator down the condo walkway and around the pool deck, cues for heel strike and bigger steps.
            Q: What deficit was addressed? A: Short, shuffling steps with Parkinson's disease.
            Q: Objective measure today? A: 500 ft with the rollator, SBA; 2 freezes at the gate.
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // KRPT Hal "we had planned more but she lasted 25 minutes of 97112 before the headache" on a 25-min line: the minutes done match; one-on-one; complete: passes.
        ["v6-h112-krpt-planned-more-lasted-25"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            We had planned more, but she lasted 25 minutes of 97112 before the headache came on, one-on-one with me throughout. We had done X1 viewing standing, head turns walking the hall and standing on the foam with her eyes closed. She had been dizzy since the car went in the ditch on Highway 23 in October. Her DHI was 46/100 today and DVA 3 lines lost.
            """,
            ["S06.0X0D", "R42"], [PT("97112", 25)], []),

        // KRPT PTA Bev two codes "97116, 16 minutes" and "97110, 12 minutes", both match; complete: passes.
        ["v6-h112-krpt-pta-two-codes"] = new(
            """
            Kettle River PT — Sandstone. Bev Tormanen, PTA.
            97116, 16 minutes: gait training with the walker around the clinic and up the ramp, cues for an even step; 350 ft SBA.
            97110, 12 minutes: sit-to-stand 3x8, standing marches 3x10, hip abduction with the yellow band 3x12.
            Problem: weak L hip and an uneven step after the L total hip; she drives the school bus and needs to climb its steps.
            """,
            ["Z96.642"], [PTA("97116", 16), PTA("97110", 12)], []),

        // HVUH a PT's 97112 and an OT's 97530 each with its own minutes in its block, both match; 1:1 for the PT block; complete: passes.
        ["v6-h112-hvuh-pt-and-ot-each-with-minutes"] = new(
            """
            HVUH Neuro Co-visit Note — Briarwood, Ann Arbor
            PT (Priya Raman, PT, DPT, NCS) — 97112 — 22 min: 1:1. Perturbations in stride, stepping over the cords, weight shift onto the R on the foam. Deficit: R hemiparesis with poor weight acceptance. Berg 40/56.
            OT (Miriam Castellanos, OTR/L) — 97530 — 20 min: putting groceries away standing at the counter, reaching the R hand to the second shelf, carrying a gallon jug. Deficit: R arm weakness and standing balance for kitchen tasks. 10 of 14 items shelved with the R; 3 jug carries with CGA.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 20)], []),

        // HVUH today's "97112 — 35 min" (copied from the previous session) on a 22-min line: mismatch; otherwise complete.
        ["v6-h112-hvuh-35-min-on-a-22-min-line"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 35 min
            Delivery: 1:1.
            Perturbations on the foam, stepping over the hurdles to a stop, tandem with head turns.
            Deficit: postural control and slow stepping reaction after the L cerebellar stroke.
            Objective: Berg 45/56; 6 of 10 hurdle stops held.
            """,
            ["I69.393"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // KRPT Hal "I had spent 30 minutes on 97110 with him" on an 18-min line: mismatch; otherwise complete.
        ["v6-h112-krpt-30-minutes-on-an-18-minute-line-97110"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            I had spent 30 minutes on 97110 with him: shoulder flexion with the dowel 3x15, rows with the blue band 3x12, wall push-ups 3x10. His R shoulder had been weak since the rotator cuff repair and he could not lift the chainsaw to the bench.
            """,
            ["M75.121"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // SSTP PTA "A: 97116 — 30" on a 20-min line: mismatch; otherwise complete.
        ["v6-h112-sstp-pta-97116-30-against-20"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: What was done today? A: Gait training with the quad cane on the sidewalk and the curb cut, cues for a heel strike on the L.
            Q: What deficit was addressed? A: L foot drop and short steps after the stroke.
            Q: Objective measure today? A: 400 ft with the quad cane, CGA; curb with min assist.
            Q: Minutes per code? A: 97116 — 30.
            """,
            ["I69.354"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // HVUH "97112 — 20 min of the 30 planned" on a line billed at the planned 30: mismatch; otherwise complete.
        ["v6-h112-hvuh-billed-the-planned-30"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 20 min of the 30 planned (pt left early for a ride).
            Delivery: 1:1.
            Rhythmic stabilization in standing, perturbations on the foam, step-and-stick onto the box.
            Deficit: trunk ataxia and postural control after the cerebellar stroke.
            Objective: SARA 10/40; step-and-stick 5 of 10.
            """,
            ["I69.393"], [PT("97112", 30)], [At(Mismatch, "97112")]),

        // SSTP two codes with only "Total treatment time: 38 minutes": separate time missing; both complete.
        ["v6-h112-sstp-total-only-two-codes"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: Neuromuscular: perturbations in tandem, clock stepping. Exercise: bridges 3x15, clamshells with the red band 3x12, heel raises 3x15.
            Q: What deficit was addressed? A: Lateral sway and late stepping; bilateral hip abductor weakness.
            Q: Objective measure today? A: Berg 46/56.
            Q: Minutes per code? A: Total treatment time: 38 minutes.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // HVUH two codes with per-code minutes only in the PREVIOUS SESSION recap and none for today: separate time missing (the recap's minutes are the last visit's); both complete.
        ["v6-h112-hvuh-only-previous-session-minutes-two-codes"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Jonah Feld, PT, DPT
            PREVIOUS SESSION (12/02): 97112 — 30 min; 97116 — 8 min.
            TODAY'S SESSION:
            Delivery: 1:1.
            97112: perturbations on the foam, stepping over cords, tandem with head turns. Deficit: postural control after the R MCA stroke. Mini-BESTest 16/28.
            97116: gait training with the cane on the concourse, cues for L heel strike; 500 ft CGA. Deficit: L foot drop.
            """,
            ["I69.354"], [PT("97112", 20), PT("97116", 18)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a two-code visit (97112 and 97116): note missing on each line, nothing else.
        ["v7-h112-empty-note-two-codes"] = new(
            "",
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h112-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning in Hal's narrative: shoulder exercises with loads, sets and reps (technique and measure), R shoulder weakness limiting the logger's overhead work (deficit); 97110, 19 minutes: passes.
        ["v7-h112-krpt-97110-loggers-shoulder"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97110, 19 minutes.
            He had done side-lying external rotation with 3 lb 3x15, prone Ts and Ys 3x10, and overhead press with the 5 lb dumbbell 3x10. His R shoulder had been weak and painful overhead since the rotator cuff strain limbing a spruce in October, and he will need it to set chokers again by spring.
            """,
            ["S46.011D"], [PT("97110", 19)], []),

        // 97530's meaning on an SSTP OT note: getting in and out of the golf cart, carrying a laundry basket on the lanai, with assist levels and counts; L hip weakness after a hip replacement; 97530 — 23 min: passes.
        ["v7-h112-sstp-ot-golf-cart-and-laundry-97530"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Lorraine Pike, OTR/L
            Q: What was done today? A: Practised getting in and out of the golf cart in the clinic lot with hip precautions, and carrying a laundry basket from the washer across the lanai to the folding table.
            Q: What deficit was addressed? A: L hip weakness and pain after the L total hip; cannot drive to the clubhouse or do her laundry.
            Q: Objective measure today? A: Golf-cart transfers 4 of 4 with SBA (min assist last week); basket carried 3 trips, 6 lb, with SBA.
            Q: Minutes per code? A: 97530 — 23 min.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 23)], []),

        // 97140's meaning on an HVUH note: thoracic PAs and a first-rib mobilisation with doses for cervicogenic dizziness; cervical stiffness; 97140 — 12 min: passes.
        ["v7-h112-hvuh-97140-thoracic-and-first-rib"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97140 — 12 min
            Upper thoracic central PAs T2 to T4 grade III, 3 bouts of 30 sec; L first-rib caudal mobilization, 3 bouts; suboccipital release.
            Deficit: cervicothoracic stiffness with cervicogenic dizziness after the whiplash; L cervical rotation limited.
            Objective: cervical rotation L 48 to 60 degrees after.
            """,
            ["S13.4XXD", "R42"], [PT("97140", 12)], []),

        // 97116's meaning on a KRPT PTA note: cane gait on the church's gravel lot and up its steps with a rail, distance and assist levels; short R step; 97116, 18 minutes: passes.
        ["v7-h112-krpt-pta-97116-church-lot-and-steps"] = new(
            """
            Kettle River PT — Sandstone. Bev Tormanen, PTA. 97116, 18 minutes.
            Gait training with the cane across the gravel lot of Bethany Lutheran and up its five front steps with the rail, cues for a longer R step and to lead up with the L. Short R step and R knee stiffness after the R total knee. 250 ft on gravel SBA; steps with the rail and CGA.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18)], []),

        // HVUH template with recap, today and plan each saying only "continue POC" on a 97112: nothing named, no one-on-one statement.
        ["v7-h112-hvuh-recap-today-plan-all-continue-poc"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor
            PREVIOUS SESSION: continue POC.
            TODAY'S SESSION: 97112 — 22 min. Balance training. Pt tolerated well.
            PLAN NEXT SESSION: continue POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // KRPT Hal's generic narrative that "had done well and will keep doing well" on a two-code visit with only the visit's time: nothing named for either code, no one-on-one statement, no minutes for each.
        ["v7-h112-krpt-had-done-well-will-do-well"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT.
            She had been doing well and she will keep doing well. We had worked on balance training and strengthening as she tolerated, and she had tolerated it well. We will continue the plan of care. Visit 40 minutes.
            """,
            ["R26.81"], [PT("97112", 25), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // SSTP OT question-and-answer note of "per plan of care" and "tolerated well" on a 97530: nothing named.
        ["v7-h112-sstp-ot-per-plan-of-care-97530"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Lorraine Pike, OTR/L
            Q: What was done today? A: Therapeutic activities per plan of care.
            Q: What deficit was addressed? A: Per plan of care.
            Q: Response? A: Tolerated well.
            Q: Minutes per code? A: 97530 — 22 min.
            """,
            ["I69.354"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // HVUH complete 97112 with all four blocks (recap, today, plan, POC goals with a box ticked): 1:1; PWR! Up and Step in standing with perturbations; hypokinesia and postural instability; Mini-BESTest and pull test; 97112 — 24 min: passes.
        ["vord-h112-hvuh-parkinsons-four-blocks"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION (12/03): PWR! Moves in sitting; pull test 4 steps.
            TODAY'S SESSION: 97112 — 24 min
            Delivery: 1:1, Priya and patient only; his wife held the coats by the door.
            PWR! Up and PWR! Step in standing with perturbations at the pelvis, large-amplitude stepping to floor targets, turns in the four-square box.
            Deficit: hypokinesia and postural instability, Parkinson's disease; shuffles on the plant floor tour he still gives.
            Objective: pull test 2 steps; Mini-BESTest 18/28.
            PLAN NEXT SESSION: dual-task turns.
            POC GOALS: Mini-BESTest 22/28  ☐ Met ☒ Progressing ☐ Not met
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HVUH PTA 97110 with a recap of the last progress note's doses and today's doses; L hip and quad weakness; 97110 — 16 min: passes.
        ["vord-h112-hvuh-pta-97110-after-the-progress-note"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Keisha Boateng, PTA
            PREVIOUS SESSION (12/02, progress note): leg press 50 lb.
            TODAY'S SESSION: 97110 — 16 min
            Leg press 60 lb 3x12, step-ups to the 6 inch step 3x10 L lead, side-lying hip abduction 2 lb 3x12.
            Deficit: L hip abductor and quad weakness after the R MCA stroke; she can't climb the stadium bleachers.
            PLAN NEXT SESSION: progress the step height.
            """,
            ["I69.354"], [PTA("97110", 16)], []),

        // HVUH OT 97530 with goals beside today's work: bathroom transfers and reaching in the shower mock-up with assist levels; L inattention and arm weakness after a stroke; 97530 — 21 min: passes.
        ["vord-h112-hvuh-ot-shower-mock-up-97530"] = new(
            """
            HVUH Neuro OT Note — Chelsea    Clinician: Miriam Castellanos, OTR/L
            TODAY'S SESSION: 97530 — 21 min
            Tub-bench transfers in the shower mock-up, reaching for the shampoo on the L ledge, standing to wash with one hand on the grab bar.
            Deficit: L inattention and L arm weakness after the R parietal stroke.
            Objective: tub-bench transfers 3 of 3 with CGA (min assist on 11/20); found the L-side items 5 of 6.
            POC GOALS: tub transfer with SBA by 01/15.
            """,
            ["I69.398"], [OT("97530", 21)], []),

        // HVUH two codes 97112 and 97140 with minutes in each heading, both match; 1:1 for the NMR; complete: passes.
        ["vord-h112-hvuh-nmr-and-manual"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Jonah Feld, PT, DPT
            97112 — 22 min: 1:1. X1 viewing on foam, walking with head turns, habituation turns to the L. Deficit: L vestibular hypofunction. DHI 36/100; DVA 2 lines lost.
            97140 — 10 min: suboccipital release, C1-2 rotation SNAGs 3 sets of 6. Deficit: upper cervical stiffness, rotation L limited. Rotation L 55 to 66 degrees.
            PLAN NEXT SESSION: the same, and the DGI.
            """,
            ["H81.22", "M54.2"], [PT("97112", 22), PT("97140", 10)], []),

        // KRPT Hal's long narrative 97112 with hedges and the plan in the future tense: one-on-one; perturbations, foam with head turns, stepping over the ice-fishing auger; Berg; 97112, 23 minutes: passes.
        ["vord-h112-krpt-narrative-nmr-ice-fisherman"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97112, 23 minutes.
            I had him one-on-one the whole of it. We had started with perturbations at the hips while he stood on the foam, had gone on to head turns on the foam, and had finished stepping over the auger and the bucket laid on the floor without looking down. He had been slipping and catching himself on the lake ice since the fall in January and had not, I think, been entirely honest about how often. His postural control was not unimpaired: he swayed well outside his base with his eyes closed. Berg 48/56 today (43 at the eval). Next week he will try it in his boots.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // KRPT PTA Bev 97110 with the patient's report that the massage therapist worked on her neck (another provider) and today's doses; neck and shoulder weakness; 97110, 15 minutes: passes.
        ["vord-h112-krpt-pta-massage-therapist-and-today-97110"] = new(
            """
            Kettle River PT — Sandstone. Bev Tormanen, PTA. 97110, 15 minutes.
            She says the massage therapist in Hinckley had worked on her neck Saturday. Today: chin tucks 3x10 with a 5 sec hold, scapular retraction with the red band 3x15, wall angels 2x10. Neck and upper back weakness and forward head posture; she gets a neck ache playing the organ for the two services.
            """,
            ["M54.2"], [PTA("97110", 15)], []),

        // KRPT OT Sarah 97530 "I will bring the canning funnel next Thursday" beside today's kitchen work with counts; R hand coordination; 97530, 22 minutes: passes.
        ["vord-h112-krpt-ot-kitchen-97530"] = new(
            """
            Kettle River PT — Moose Lake. Sarah Koski, OTR/L (Thursday). 97530, 22 minutes.
            We had her peeling and slicing potatoes standing at the counter, ladling water into jars and screwing the bands on. R hand coordination and grip weakness after the stroke; she had been dropping the ladle. Slices 20 of 20 without a drop, bands on 6 of 6 jars, stood at the counter 3 rounds. I will bring the canning funnel next Thursday.
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // KRPT Hal 97116 and 97112 each with minutes; one-on-one for the NMR; complete: passes.
        ["vord-h112-krpt-gait-and-nmr"] = new(
            """
            Kettle River Physical Therapy — Sandstone. Hal Lindqvist, PT.
            97112, 20 minutes, one-on-one: step-and-stick onto the foam, perturbations at the shoulders in stride, rocker board forward and back. He had been catching the R foot and losing his balance on the bus steps since the stroke. Rocker board 16 seconds; 7 of 10 step-and-sticks.
            97116, 14 minutes: gait training with the cane outside on the sidewalk and the curb, cues for R dorsiflexion; 500 ft SBA, curb with CGA.
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 14)], []),

        // KRPT Hal 97140 with "had tried dry needling elsewhere, had not liked it" and today's joint mobilisation with doses; stiff ankle after a fracture; 97140, 11 minutes: passes.
        ["vord-h112-krpt-ankle-manual-97140"] = new(
            """
            Kettle River Physical Therapy — Moose Lake. Hal Lindqvist, PT. 97140, 11 minutes.
            He had tried dry needling at a clinic in Duluth and had not liked it. Today I did talocrural posterior glides grade III, 3 bouts of 30 seconds, and soft tissue mobilisation to the L calf. L ankle stiffness after the fracture; he could not get his foot flat in the tree stand. Dorsiflexion knee bent went from 4 to 10 degrees.
            """,
            ["S82.892D"], [PT("97140", 11)], []),

        // SSTP complete 97112 with the granddaughter present and "did not fail to" in the assessment: one-on-one; D1/D2 PNF with the cane, foam perturbations; R hemiparetic postural control; FGA and reach; 97112 — 23 min: passes.
        ["vord-h112-sstp-granddaughter-nmr"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes, one-on-one; his granddaughter sat in.
            Q: What skilled technique was used today? A: PNF D1 and D2 with the R arm in standing, perturbations at the pelvis on the foam, stepping over the cones to a stop.
            Q: What deficit was addressed? A: R hemiparesis with poor postural control stepping to the R after the L stroke.
            Q: Objective measure today? A: FGA 19/30; functional reach 9 inches.
            Q: Response? A: He did not fail to stop at a single cone.
            Q: Minutes per code? A: 97112 — 23 min.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SSTP PTA 97116 with the plan of care beside today's work; walker to cane; short steps; distance and assist; 97116 — 18 min: passes.
        ["vord-h112-sstp-pta-walker-to-cane-97116"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: What was done today? A: Gait training progressing from the walker to the straight cane on the clinic hallway and the parking-lot ramp, cues for step length and an upright trunk.
            Q: What deficit was addressed? A: Short steps and a forward trunk after the R hip fracture.
            Q: Objective measure today? A: 300 ft with the cane, CGA; ramp with the cane, CGA.
            Q: Plan of care? A: Cane independent in the condo by the end of the month.
            Q: Minutes per code? A: 97116 — 18 min.
            """,
            ["S72.001D"], [PTA("97116", 18)], []),

        // SSTP two codes 97112 and 97530 (PT and OT) each with minutes; one-on-one for the PT's; complete: passes.
        ["vord-h112-sstp-pt-and-ot-codes"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3
            PT — Denise Albright, PT. Q: Was the patient seen one-on-one? A: Not other than one-on-one. Q: What was done? A: 97112 — 22 min: perturbations in tandem, foam stance with head turns. Q: Deficit? A: Postural control after the fall at the shuffleboard court. Q: Measure? A: Berg 47/56.
            OT — Lorraine Pike, OTR/L. Q: What was done? A: 97530 — 20 min: standing at the kitchen counter to load the dishwasher, reaching to the upper cupboard. Q: Deficit? A: Standing balance and R shoulder weakness for kitchen tasks. Q: Measure? A: 12 of 12 dishes loaded with SBA.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), OT("97530", 20)], []),

        // SSTP 97140 with "the ENT had done the Epley last month" (another provider) and today's thoracic and cervical work with doses; neck stiffness; 97140 — 12 min: passes.
        ["vord-h112-sstp-ent-did-epley-today-manual-97140"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: What skilled technique was used today? A: She reports the ENT had done the Epley last month. Today: cervical lateral glides grade III 3 bouts of 30 sec, upper thoracic PAs, soft tissue mobilization to the upper trapezius.
            Q: What deficit was addressed? A: Cervical stiffness and pain turning to back the car out of the carport.
            Q: Objective measure today? A: Cervical rotation R 50 to 62 degrees.
            Q: Minutes per code? A: 97140 — 12 min.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // SSTP 97112 with hedges ("I would say", "it seemed") beside a clear statement, technique, deficit and measure: one-on-one; vestibular habituation; DHI and DVA; 97112 — 21 min: passes.
        ["vord-h112-sstp-hedged-vestibular-nmr"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Yes — one-on-one, I was with him the whole 97112.
            Q: What skilled technique was used today? A: Habituation: repeated head turns seated and standing, X1 viewing, walking while calling bingo numbers off a card.
            Q: What deficit was addressed? A: I would say visual dependence more than anything; it seemed his R vestibular loss is what brings on the dizziness calling bingo.
            Q: Objective measure today? A: DHI 34/100; DVA 2 lines lost.
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["H81.21", "R42"], [PT("97112", 21)], []),

        // HVUH complete PTA 97116 with a "would have used the body-weight harness had it been free" aside and today's gait: stiff knee gait; distance and assist; 97116 — 17 min: passes.
        ["vord-h112-hvuh-pta-gait-harness-not-free-97116"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97116 — 17 min
            Would have used the body-weight-support harness had it been free. Instead: gait training with the hemi-walker on the hallway and the ramp, cues for R knee flexion and step length.
            Deficit: stiff-knee gait and short R step after the L MCA stroke.
            Objective: 300 ft with the hemi-walker, CGA; ramp with min assist.
            """,
            ["I69.351"], [PTA("97116", 17)], []),

        // A complete HVUH 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h112-hvuh-no-diagnosis"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 22 min
            Delivery: 1:1.
            Perturbations at the pelvis on the foam, tandem walking with head turns, step-and-stick onto the box.
            Deficit: postural control after the R cerebellar stroke.
            Objective: Berg 44/56.
            """,
            [], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
