using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fiftieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-eighth) is notes written to
/// survive an appeal: each intervention given with its reason ("because", "in order to", "to address"), the skilled
/// part spelled out ("required the skills of a therapist because …", "skilled cueing for …", "the progression was
/// decided rep by rep"), the patient's response and the plan, long and explicit — and, among them, notes where all that
/// reasoning still leaves out one required element, or states it only as a reason ("one-on-one is medically necessary
/// because …", "because her Berg score puts her at high fall risk") or only as a plan ("next visit: begin perturbation
/// training", "Berg and FGA to be retested for the next auth request", "requesting 1:1 NMR for the next authorization
/// period") — about two thirds ordinary and complete (71 of 112), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three
/// employers no earlier set has:
/// <list type="number">
/// <item>an appeals-savvy private practice whose owner spent eight years as a Medicare contractor's medical reviewer
/// before she bought it ("Touchet Valley Physical Therapy", TVPT: Walla Walla — the Rose Street clinic — Waitsburg,
/// College Place and Dayton, Washington), on her own template with headings in capitals ("SERVICE", "DELIVERY", "WHAT I
/// DID AND WHY", "SKILLED COMPONENT", "DEFICIT ADDRESSED", "OBJECTIVE", "RESPONSE", "PLAN"), her habit of a "NOTE TO
/// REVIEWER:" line and a citation of the Benefit Policy Manual's chapter on outpatient therapy, a "One-on-one for the
/// entire billed service? Y / N" line and a "(list each technique and the reason)" prompt: Celeste Vandergriff (PT,
/// DPT, owner), Owen Takacs (PT), Brianna Ferrell (PTA) and Nadia Sorensen (OTR/L); a wheat farmer on his combine
/// ladder at harvest, a winery tasting-room host on the cellar stairs and a cellar worker at the bottom of them, an
/// onion-shed sorter, a retired Whitman College chemistry professor, an elk hunter side-hilling in the Blue Mountains,
/// a Fort Walla Walla Museum volunteer, a wife learning to guard and an aide restocking towels;</item>
/// <item>a Medicare Advantage-heavy practice whose notes are written for the plans' prior-authorization and
/// concurrent-review nurses ("Llano Estacado Rehab &amp; Balance", LERB: Hereford, Dumas, Dalhart and Friona, Texas;
/// "Staked Plains Senior Advantage (HMO)" and "Mesa Gold Medicare Advantage PPO"), on an "auth-ready" template ("AUTH
/// #", "visit 6 of 12 authorized", "Functional deficit driving medical necessity:", "Skilled interventions (with
/// rationale):", "Objective data for reviewer:", "Attendance: [Select: 1:1 / Concurrent / Group]", "Progress toward
/// authorized goals:", "Continued need / next request:", "Minutes by CPT: 97112 = 24 | 97116 = 14") and the HMO's own
/// falls pathway "Steady at Home" with numbered weeks: Wendell Graf (PT, DPT, owner), Dale Hobart (PT), Yesenia
/// Carrizales (PTA) and Kirsten Aldana (OTR/L); a feedlot pen rider, a school-bus driver, a cotton-gin operator, a
/// retired grain-elevator manager, a woman who plays 42 at the church hall, a cattle-auction ringman, a retired
/// wind-farm technician and a daughter interpreting Spanish;</item>
/// <item>a practice six months out of a Targeted Probe and Educate audit that now over-documents everything ("Ocmulgee
/// River Physical Therapy", ORPT: Warner Robins — Watson Boulevard — Fort Valley, Milledgeville and Hawkinsville,
/// Georgia), on its "Daily Note — post-TPE template rev. C" (precautions, "Constant attendance:", a ticked or unticked
/// "[X] 1:1 constant attendance [ ] Concurrent [ ] Group" row, a clock in–out on each timed code's own line,
/// "Intervention and skilled rationale:", "Impairment addressed:", "Objective measure:", "Patient response:",
/// "Education:", "Plan:", a repeated "Time statement:" and a "TPE self-audit" checklist at the foot): Rhonda Akins (PT,
/// DPT, clinic director), Terrence Bledsoe (PT), Kiana Rowe (PTA) and Marjorie Tillman (OTR/L); a peach-packing-shed
/// grader, a retired aircraft mechanic from the base, a church pianist, a retired Central State Hospital orderly, a
/// woman who fishes off the dock at Lake Sinclair, a Georgia National Fair volunteer, a deacon on the church steps and
/// a grandson who found his grandmother on the kitchen floor.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads a great many notes written for appeal,
/// applying the contract to what the note says was done at this visit: a reason, a justification or a request says why
/// or what next, not what was done; a technique, a measure or a delivery named only for a later visit or a later
/// authorization is not documentation of this one; an unticked box, an unanswered drop-down, a blank field, "N/A", "see
/// plan of care" and "see initial evaluation" state nothing; and a ticked box or an answered field says what it says:
/// <list type="bullet">
/// <item>class 1 (v1-h150-…): one-on-one in these writers' own words ("DELIVERY: one-on-one — Mr. Schreck was the only
/// patient I treated and I was the only person treating him for the whole NMR service", "one-on-one with me throughout;
/// his wife stood at the end of the parallel bars to learn the guarding", "Attendance: 1:1, therapist and patient only,
/// no concurrent or group time", "Constant attendance: YES. One-on-one; therapist-to-patient ratio 1:1 for the whole
/// service", "I treated him individually for the whole NMR service; our aide … treated no one", "1:1 — his daughter
/// Marisela interpreted from Spanish"), notes that negate it (a PTA checking another patient's home programme on the
/// next mat, a PTA cueing two patients in the balance corner alternately, a PT who stepped out to start another
/// patient's evaluation while the tech watched), notes that state it only as a reason ("Medical necessity for
/// one-on-one: … cannot safely be done in a group") or only as a request ("Continued need / next request: 1:1 NMR twice
/// a week") or not at all under a long rationale, and the codes without a one-on-one check: an OT's 97530 with two
/// patients in the ADL kitchen and a 97110 beside a patient on the bike;</item>
/// <item>class 2 (v2-h150-…): checkbox and blank-field states on these templates: "Attendance: [Select: 1:1 /
/// Concurrent / Group]" unanswered, the post-TPE row ticked "[X] 1:1 constant attendance" and the same row with nothing
/// ticked, "One-on-one for the entire billed service? Y" and the same question left "___", "Functional deficit driving
/// medical necessity: ________", "Objective measure: Berg ____ TUG ____", "WHAT I DID AND WHY: (list each technique and
/// the reason)" left as the prompt, "OBJECTIVE: N/A — manual day" on a 97140, and boxes beside filled-in text that
/// states the element ("[x] Berg … [ ] FGA ___", "Next request: [pending re-eval]", a blank "Education:" line, the "TPE
/// self-audit" checklist ticked at the foot of a complete note);</item>
/// <item>class 3 (v3-h150-…): named programmes and methods as techniques (error-augmentation walking against lateral
/// resistance at the pelvis, PNF slow reversal-hold in half-kneeling, auditory Stroop walking, positional release of
/// the piriformis and iliacus, sciatic nerve sliders in slump sitting, backward-chained floor recovery, Carr and
/// Shepherd motor relearning for sit-to-stand, VOR x1 and x2 to a metronome, the CO-OP goal–plan–do–check approach in
/// the kitchen), the HMO's "Steady at Home pathway, week 5 activities per the plan's handout" as the only technique, a
/// high-intensity resistance and impact programme with no dose, and a note whose only named technique is the one
/// planned for the next visit;</item>
/// <item>class 4 (v4-h150-…): deficits stated as findings in these writers' terms (a farmer who misses the rungs of the
/// combine ladder when he looks up at the cab, a school-bus driver who sways and reaches for the seat backs when she
/// turns her head to the mirror, a deacon who cannot tell whether his foot is on the step or hanging off it without
/// looking down, a cellar worker who misses the bottom cellar step in the dim light, a 42 player who cannot reach
/// across the table without sliding her hips forward, a woman who has to pull on the pew to stand for the hymn, a pen
/// rider whose knee snaps back in the alley mud, a cup that rattles on its saucer, a sorter who fumbles onions on the
/// belt) and notes that state none ("Impairment addressed: none new this visit; see plan of care", "Functional deficit
/// driving medical necessity: see initial evaluation", a long skilled-need paragraph that never says what is
/// impaired);</item>
/// <item>class 5 (v5-h150-…): measures in every usual form (the STEADI four-stage balance test in seconds, Berg and TUG
/// "since the last auth" with arrows, a Sensory Organization Test composite, a retropulsion test in steps, Functional
/// Reach in inches with a five-times sit-to-stand, distance and assistance for gait, doses for 97110, a robe buttoned
/// in seconds for 97530) and notes with none (a Berg named only as the reason for the treatment, "FGA and Berg to be
/// retested at the progress visit", "markedly improved tandem time, fewer steps on perturbation", "will measure
/// cervical rotation next visit" on a 97140, "distance and assist not recorded today" on a 97116);</item>
/// <item>class 6 (v6-h150-…): minutes in these templates' forms (the TVPT headings "97112 Neuromuscular re-education —
/// 23 min", "Minutes by CPT: 97112 = 24 | 97116 = 14", clock ranges on each code's own line, "97116 GAIT TRAINING — 2
/// units — 25 minutes", a "Time statement:" repeating a code's minutes, "Billed 97112 for 22 minutes", a PT's and an
/// OT's code each with its minutes, three codes, a single code whose minutes are "see billing record") and true
/// mismatches (35 written for a 23-minute line, 30 for an 18-minute 97110 beside a matching 97112, a clock range of 38
/// minutes on a 24-minute line, an OT's 35 against 23) and truly missing separate time (a second code named with no
/// minutes, "Total timed minutes: 37 (97112 + 97116)", the post-TPE "Total treatment time … total timed … units" line
/// with the codes listed without their minutes);</item>
/// <item>class 7 (v7-h150-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit, an empty OT note with no diagnosis, tabs and line breaks only), the
/// contract's meanings for 97110 (hex-bar deadlifts, step-ups and farmer carries for a wheat farmer), 97530 (loading
/// the truck bed, carrying a salt block and opening the pipe gate), 97140 (thoracic PA mobilisation and rib springing)
/// and 97116 (cane gait on the clinic ramp, the gravel lot and a curb), and wholly generic notes: prior-authorization
/// language with nothing in it ("Skilled NMR provided per plan of care to address deficits and progress toward
/// authorized goals"), the post-TPE template with every heading filled with generic text, a two-code note "exercise per
/// plan … manual per plan" with each code's minutes, and "functional activities per plan of care" on a 97530;</item>
/// <item>ordinary (vord-h150-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), long and explicit, with their reasons, citations, auth lines, precautions, education and checklists, and the
/// ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis is "TBD", and a two-code note whose
/// 97110 minutes were carried from another visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a time statement repeating a code's minutes repeats the same number).
/// Every timed line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are
/// not the code's or its minutes — wives, a daughter, a grandson, an aide and a tech (none of them a patient; Mr.
/// Ybarra on the next mat, Mrs. Toole in the balance corner and the new patient whose evaluation was started during the
/// block are), dates of service and of evaluations, authorization numbers and visit counts ("visit 6 of 12
/// authorized"), ages, years at a job, ladder rungs, step and box heights in inches, loads in pounds, a metronome's
/// beats per second, seconds, degrees, feet walked, counts of trips, reps and perturbations, and units — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code
/// ("97112 Neuromuscular re-education — 24 min", "CPT 97112 — 23 minutes", "Billed 97112 for 22 minutes", "97112 =
/// 24"), in its block's heading or as a clock range on the code's own line; no note gives minutes to a visit, a drill,
/// a rest or a test, except the two that give the visit a total; notes failed for want of a measure carry no number but
/// their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
/// at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note
/// has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter
/// or staff member in the room does not undo a one-on-one statement, another patient treated in the same block does,
/// and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the reasoning that could honestly be read either way: a deficit named only in the plan
/// ("next visit address her ankle proprioception") beside a session that names none, a "continue one-on-one" that
/// implies the past visits' delivery without stating this one's, an assistance level written only as the goal the
/// authorization is meant to reach, a self-audit checklist ticked "one-on-one stated" on a note that states it nowhere
/// else, a required element stated once for the visit and once, differently, for the authorization period, and a
/// justification that says the patient "was guarded one-on-one" only inside a sentence about why a group would be
/// unsafe.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 112 cases agree (110 needed), and 2 of the 71 notes the reviewer passes got a finding, on the analyzer of 77b2ba1 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-ninth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 112 of 112, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftiethTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words, negated, stated only as a reason or a request, unstated

        // TVPT Walla Walla, Celeste's template: "DELIVERY: one-on-one — Mr. Schreck was the only patient I treated and I was the only person treating him for the whole NMR service"; foam perturbations, tandem with head turns, hurdle stepping, each with its reason; ankle and hip strategy, sway, neuropathy; Berg and perturbations; heading 24 matches: passes.
        ["v1-h150-tv-only-patient-i-treated"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Arlen Schreck, age 71 · DOS 03/04/2026 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one — Mr. Schreck was the only patient I treated and I was the only person treating him for the whole NMR service.
            WHAT I DID AND WHY: perturbations at the pelvis while he stood on the foam, in order to train a faster ankle and hip strategy; tandem walking with head turns to address his sway when he looks up at the combine cab; stepping over the hurdle row without looking down, because he watches his feet on the ladder.
            SKILLED COMPONENT: required the skills of a therapist because the timing and size of each push were graded to his last recovery, and he needs a hand at the pelvis on the foam.
            DEFICIT ADDRESSED: delayed ankle and hip strategy and increased postural sway with eyes up; proprioceptive loss in both feet from the neuropathy.
            OBJECTIVE: Berg 42/56 (36 at eval); recovered 6 of 10 perturbations with a single step.
            RESPONSE: fewer grabs for the mat table; asked to practise the head turns at home.
            PLAN: progress the perturbations to the rocker board; re-check Berg at the progress note.
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], []),

        // TVPT Waitsburg PTA: "one-on-one with me throughout; his wife stood at the end of the parallel bars to learn the guarding and did not take part in the treatment" (family, not a patient); large-amplitude stepping with backward perturbations, cued turns; retropulsion and freezing in Parkinson's; pushes recovered and steps to turn; heading 22 matches: passes.
        ["v1-h150-tv-pta-wife-learning-the-guarding"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Brianna Ferrell, PTA (supervising PT: C. Vandergriff) · Pt: Harold Lindahl
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one with me throughout; his wife stood at the end of the parallel bars to learn the guarding and did not take part in the treatment.
            WHAT I DID AND WHY: large-amplitude stepping to the floor targets with backward and lateral perturbations at the shoulders, in order to rebuild his backward stepping reaction; turning in place around the cone to a four-count, to break up the freezing.
            SKILLED COMPONENT: skilled cueing for step size and for a reactive step rather than a reach for the bar; I raised the push force only when he recovered with one step.
            DEFICIT ADDRESSED: retropulsion and slow, small reactive steps with Parkinson's disease; freezing on turns.
            OBJECTIVE: recovered 5 of 8 backward pushes with one step (3 of 8 last week); 180-degree turn in 4 steps.
            RESPONSE: no freezing on the last three turns; his wife guarded correctly at the gait belt.
            PLAN: per PT plan of care; add dual-task turns next visit.
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // LERB Hereford, written for the HMO's concurrent-review nurse: "Attendance: 1:1, therapist and patient only, no concurrent or group time during the 97112 service"; X1 viewing on foam, head-turn walking with stops, rolling habituation, each with its rationale; R vestibular hypofunction; DGI and dynamic visual acuity; auth line with visit counts; "CPT 97112 — 23 minutes" matches: passes.
        ["v1-h150-le-attendance-no-concurrent-or-group"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04417 · visit 6 of 12 authorized
            Pt: Rosendo Quiñones · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, therapist and patient only, no concurrent or group time during the 97112 service.
            Functional deficit driving medical necessity: R vestibular hypofunction after neuritis; oscillopsia and a stagger to the R when he turns his head to check the pens from the truck.
            Skilled interventions (with rationale): gaze stabilization X1 viewing seated, then standing on foam, to drive VOR adaptation; walking the hall with horizontal head turns and sudden stops on my cue, in order to carry the gain into gait; habituation to rolling in bed, because rolling to the R still provokes him.
            Objective data for reviewer: DGI 16/24 (12 at eval); dynamic visual acuity loss 4 lines (6 at eval).
            Progress toward authorized goals: STG 1 met (no loss of balance turning his head in the hall); STG 2 in progress.
            Continued need / next request: remaining authorized visits sufficient; reassess at visit 10.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // LERB Dumas PTA: "while she did the foam work I also supervised Mr. Ybarra's home-program exercises on the next mat and checked on both of them" — another patient inside the block: one-on-one missing; foam reaches, rocker board eyes closed, tandem with head turns, each with its reason; proprioceptive loss and late ankle strategy; tandem and rocker seconds present.
        ["v1-h150-le-pta-second-patient-on-the-next-mat"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0092215 · visit 4 of 10 authorized
            Pt: Verna Kettleman · Yesenia Carrizales, PTA
            CPT 97112 — 21 minutes
            Attendance: while she did the foam work I also supervised Mr. Ybarra's home-program exercises on the next mat and checked on both of them.
            Functional deficit driving medical necessity: proprioceptive loss in both feet and an ankle strategy that comes late; she loses her balance reaching into the dryer.
            Skilled interventions (with rationale): foam stance with reaches to targets outside her base, in order to train ankle and hip strategies; rocker board A/P with eyes closed, because she relies on her eyes; tandem along the wall with head turns.
            Objective data for reviewer: tandem stance 11 sec (4 at eval); rocker board A/P 18 sec without an edge touch.
            Progress toward authorized goals: reaching into the dryer with one hand on the counter now.
            Continued need / next request: PT to reassess for the progress report.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ORPT Warner Robins, post-TPE template: "Constant attendance: YES. One-on-one; therapist-to-patient ratio 1:1 for the whole service; no other patient was on my schedule for this block"; PNF rhythmic stabilisation in half-kneeling, reactive stepping on foam, beam tandem with head turns; trunk postural control and L leg ataxia after a cerebellar stroke; Berg and SARA item; clock range 2:05–2:28 (23) on the code's line matches: passes.
        ["v1-h150-or-constant-attendance-ratio-one-to-one"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Clarence Dukes | Therapist: Rhonda Akins, PT, DPT | Precautions: fall risk; on an anticoagulant, avoid hard falls
            97112 Neuromuscular Re-education | 2:05–2:28 pm
            Constant attendance: YES. One-on-one; therapist-to-patient ratio 1:1 for the whole service; no other patient was on my schedule for this block.
            Intervention and skilled rationale: PNF rhythmic stabilization in half-kneeling, because his trunk gives way when he kneels to look under his truck; reactive stepping to pushes at the pelvis on the foam, in order to train a stepping strategy; tandem on the balance beam with head turns. Required the skills of a therapist because each resistance and push was graded to his response and he needs contact guard on the beam.
            Impairment addressed: trunk and hip postural control and slow reactive stepping after his L cerebellar stroke; ataxia of the L leg.
            Objective measure: Berg 45/56 (38 at eval); SARA gait item 3 (5 at eval).
            Patient response: two losses of balance on the beam, both recovered with a step.
            Education: reviewed the home program; he demonstrated the half-kneel hold.
            Plan: continue per plan of care; progress to the beam without the rail.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // ORPT Fort Valley PTA: "Mrs. Whitlow and Mrs. Toole (another patient, her own plan) were both in the balance corner during this block and I cued them alternately" — another patient treated in the block: one-on-one missing; foam eyes closed with head turns, Airex step-and-hold, lateral perturbations; somatosensory loss and late lateral stepping; mCTSIB and pushes present; clock range 10:14–10:36 (22) matches.
        ["v1-h150-or-pta-two-patients-in-the-balance-corner"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Lorene Whitlow | Kiana Rowe, PTA (supervising PT: T. Bledsoe) | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:14–10:36 am
            Constant attendance: Mrs. Whitlow and Mrs. Toole (another patient, her own plan) were both in the balance corner during this block and I cued them alternately.
            Intervention and skilled rationale: foam stance with eyes closed and head turns, in order to make her use her feet and inner ear instead of her eyes; step-and-hold onto the Airex; lateral perturbations at the hips, because she side-steps late when she is bumped on the packing-shed line.
            Impairment addressed: somatosensory loss in both feet and a late lateral stepping response.
            Objective measure: mCTSIB foam eyes closed 12 sec (5 at eval); 6 of 10 lateral pushes recovered with one step.
            Patient response: tired toward the end; no falls.
            Plan: per PT plan of care.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TVPT College Place, one-on-one stated only as a reason: "MEDICAL NECESSITY FOR ONE-ON-ONE: … this work cannot safely be done in a group or unattended" — why it should be one-on-one, never that it was: one-on-one missing; rocker board, backward walking with stops, foam perturbations, each with its reason; backward instability and visual dependence; rocker seconds and pushes present.
        ["v1-h150-tv-one-on-one-only-as-the-reason"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Gail Mortensen, 74, tasting-room host
            SERVICE: 97112 Neuromuscular re-education — 23 min
            MEDICAL NECESSITY FOR ONE-ON-ONE: her backward loss of balance on the rocker board comes without warning, so this work cannot safely be done in a group or unattended.
            WHAT I DID AND WHY: rocker board A/P with eyes open and closed, to train her ankle strategy; backward walking with a stop on my cue, because she falls backward on the cellar stairs; perturbations forward and back at the shoulders on the foam in order to draw out a step.
            SKILLED COMPONENT: required the skills of a therapist because the direction and timing of the pushes were varied unpredictably and graded to each recovery.
            DEFICIT ADDRESSED: backward postural instability and a delayed ankle strategy; visual dependence in dim light.
            OBJECTIVE: rocker board A/P eyes closed 9 sec (3 at eval); 4 of 8 backward pushes recovered with one step.
            RESPONSE: more willing to step back; no near-falls.
            PLAN: add the dim-light condition next visit.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LERB Dalhart, one-on-one only in the request for the next authorization ("requesting 1:1 NMR twice a week for four more weeks") and no attendance line for this visit: one-on-one missing; X1 on the checkerboard, quick head turns toward calls, pivot habituation; L vestibular hypofunction with motion sensitivity; DGI and MSQ present.
        ["v1-h150-le-one-on-one-only-in-the-next-request"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05130 · visit 11 of 12 authorized
            Pt: Buck Trammell, cattle-auction ringman · Dale Hobart, PT
            CPT 97112 — 24 minutes
            Functional deficit driving medical necessity: L vestibular hypofunction with motion sensitivity; he sways and grabs the rail when he turns his head quickly to the bidders.
            Skilled interventions (with rationale): X1 viewing against the busy checkerboard, in order to improve gaze stability during quick head turns; walking with quick head turns toward my calls from either side, to carry it into his ring work; habituation to the quick pivot, because pivoting still provokes him.
            Objective data for reviewer: DGI 19/24 (14 at eval); Motion Sensitivity Quotient 11 (28 at eval).
            Progress toward authorized goals: worked a whole sale day last Thursday with one rail grab.
            Continued need / next request: requesting 1:1 NMR twice a week for four more weeks in order to reach the ring-work goal.
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ORPT Milledgeville OT 97530 with another patient at the far counter (97530 has no one-on-one check): pans from the low cabinet with the reacher, carrying a dish with the cart, wiping the table standing, each with its reason; L hip weakness after a hip replacement; pans and assist level; clock range 11:02–11:26 (24) matches: passes.
        ["v1-h150-or-ot-97530-two-in-the-adl-kitchen"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C (OT)
            Patient: Inez Callaway | Marjorie Tillman, OTR/L | Precautions: posterior hip precautions
            97530 Therapeutic Activities | 11:02–11:26 am
            Delivery: ADL kitchen, with one other patient working at the far counter on her own task.
            Intervention and skilled rationale: retrieving pans from the low cabinet with the reacher, because she must keep her hip precautions at home; carrying a casserole dish from the counter to the table with the rolling cart; wiping the table standing, in order to build her standing tolerance for cooking.
            Impairment addressed: L hip weakness and pain after the posterior-approach hip replacement; she cannot stand at the counter long enough to cook.
            Objective measure: 4 pans retrieved with the reacher, no precaution breaks; stood through the whole cooking task with stand-by assist.
            Patient response: needed one seated rest.
            Plan: add unloading the dishwasher next visit.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // TVPT Walla Walla: "I treated him individually for the whole NMR service; our aide was in the gym restocking towels and treated no one" (staff, not a patient); sensory reintegration on foam, Airex step-ups at the museum-stair height, tandem reaches; somatosensory loss and sway; mCTSIB and tandem seconds; a "Note to reviewer" citing the manual; heading 25 matches: passes.
        ["v1-h150-tv-aide-restocking-towels"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Dwight Emmerson, 68, Fort Walla Walla Museum volunteer · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 25 min
            DELIVERY: I treated him individually for the whole NMR service; our aide was in the gym restocking towels and treated no one.
            WHAT I DID AND WHY: sensory reintegration on the foam with eyes closed, because he leans on his vision; stepping on and off the Airex at the pioneer-village step height (7 in), in order to rehearse the museum's steps; reaching for cones from tandem stance.
            SKILLED COMPONENT: skilled manual guarding and cueing for a hip strategy; the surface and base of support were changed each set on what he showed me.
            DEFICIT ADDRESSED: somatosensory loss in both feet with reliance on vision; postural sway in tandem.
            OBJECTIVE: mCTSIB condition 4 held 14 sec (6 at eval); tandem stance R foot forward 18 sec.
            RESPONSE: steadier on the step-downs; mild fatigue.
            PLAN: progress to uneven grass outside next visit.
            NOTE TO REVIEWER: skilled under the Benefit Policy Manual, ch. 15 §220.2 — the complexity of the progression required a therapist.
            """,
            ["R26.81"], [PT("97112", 25)], []),

        // LERB Friona: "1:1 — his daughter Marisela interpreted from Spanish; no other patients in the room"; weight shifts with tapping, step-and-stick on foam, reactive steps, each with its rationale; L hemiparesis with poor weight acceptance; weight-bearing percentage and step-and-stick count; "CPT 97112 — 22 minutes" matches: passes.
        ["v1-h150-le-daughter-interpreting"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0101877 · visit 3 of 8 authorized
            Pt: Eusebio Villarreal, 79 · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: 1:1 — his daughter Marisela interpreted from Spanish; no other patients in the room.
            Functional deficit driving medical necessity: L hemiparesis after the R MCA stroke, with poor weight acceptance on the L and a late L step; he falls toward the L getting out of the pickup.
            Skilled interventions (with rationale): weight shifts onto the L with tapping at the glute med, to recruit the L hip in stance; step-and-stick onto the foam with the L leading, because his L stance collapses on soft ground; reactive steps to pushes toward the L, in order to train a protective step.
            Objective data for reviewer: L stance 40% of body weight on the scales (28% at eval); 5 of 10 step-and-sticks without a hand.
            Progress toward authorized goals: gets out of the pickup with one hand on the door.
            Continued need / next request: on track; no change in frequency.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // ORPT Hawkinsville 97110 with "another patient was on the recumbent bike beside us" (97110 has no one-on-one check); dowel flexion, sidelying ER, band rows and retraction holds with doses; R shoulder weakness after a cuff repair; degrees; clock range 3:40–3:58 (18) matches: passes.
        ["v1-h150-or-97110-beside-a-patient-on-the-bike"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Odell Parrish, retired aircraft mechanic | Terrence Bledsoe, PT | Precautions: no lifting over 20 lb with the R arm
            97110 Therapeutic Exercise | 3:40–3:58 pm
            Delivery: another patient was on the recumbent bike beside us during this block.
            Intervention and skilled rationale: supine active-assisted flexion with the dowel 2x15; sidelying ER with 1 lb 3x12; rows with the green band 3x15; scapular retraction holds 10 x 5 sec — in order to restore the strength he needs to lift the hood of his truck. Skilled because I held the load back each time his shoulder hiked.
            Impairment addressed: R shoulder flexion and external-rotation weakness after the rotator cuff repair.
            Objective measure: active flexion 128 degrees (95 at eval).
            Patient response: no increase in pain.
            Plan: add the wall walk with a light weight next visit.
            """,
            ["S46.011D"], [PT("97110", 18)], []),

        // TVPT Dayton: a long rationale for every intervention (side-hill wedge walking with perturbations, foam SLS with head turns, log step-overs), a skilled-component paragraph, deficit and measures — but no word on delivery: one-on-one missing.
        ["v1-h150-tv-long-rationale-no-delivery"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Owen Takacs, PT · Pt: Lyle Haberman, 66, elk hunter
            SERVICE: 97112 Neuromuscular re-education — 24 min
            WHAT I DID AND WHY: side-hill walking on the wedge ramp with perturbations at the pelvis, in order to train his ankle and hip strategies on a slope; single-leg stance on the foam with head turns, because he loses his footing when he looks up for elk; stepping over foam-roll "logs" at varied heights without looking down.
            SKILLED COMPONENT: required the skills of a therapist because the slope, the surface and the timing of each push were set by his last recovery, and he needs guarding on the wedge.
            DEFICIT ADDRESSED: R ankle proprioception and a delayed ankle strategy after the R ankle fracture; sway on uneven ground.
            OBJECTIVE: SLS on foam R 8 sec (L 21 sec); 7 of 10 perturbations on the wedge without a step.
            RESPONSE: one loss of balance on the wedge, recovered with a step; no pain above his baseline.
            PLAN: add the rocker board with his pack on next visit, because he carries a pack in the field.
            """,
            ["S82.891D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ORPT Warner Robins: "Constant attendance: partly; I stepped out to start a new patient's evaluation in room B during the block while our tech watched her on the foam" — the therapist attended someone else: one-on-one missing; foot-targeting with eyes closed, foam head turns, PNF D1/D2 of the leg; R leg proprioception and recruitment after a stroke; target accuracy and Berg present; clock range 9:30–9:53 (23) matches.
        ["v1-h150-or-stepped-out-for-an-evaluation"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Beatrice Hollins, church pianist | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:30–9:53 am
            Constant attendance: partly; I stepped out to start a new patient's evaluation in room B during the block while our tech watched her on the foam.
            Intervention and skilled rationale: foot-placement targeting with eyes closed, because her R foot cannot find the sustain pedal without looking; foam stance with head turns, in order to reduce her reliance on vision; PNF D1 and D2 patterns of the R leg against manual resistance.
            Impairment addressed: R lower-extremity proprioceptive loss and slow recruitment at the R ankle after the L ACA stroke.
            Objective measure: foot-target accuracy 6 of 10 with eyes closed (2 of 10 at eval); Berg 47/56.
            Patient response: frustrated by the eyes-closed targets but improving.
            Plan: continue per plan of care.
            """,
            ["I69.398"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, unanswered drop-downs and prompts

        // LERB "Attendance: [Select: 1:1 / Concurrent / Group]" left unanswered and nothing else on delivery: not stated; PNF rhythmic stabilisation at the table, resisted stepping to floor targets, tandem along the rail, each with its rationale; ataxia and postural control after a cerebellar stroke; SARA and tandem steps present.
        ["v2-h150-le-attendance-select-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04788 · visit 2 of 12 authorized
            Pt: Oleta Brumley, plays 42 at the church hall · Dale Hobart, PT
            CPT 97112 — 22 minutes
            Attendance: [Select: 1:1 / Concurrent / Group]
            Functional deficit driving medical necessity: postural control after the R cerebellar stroke, with ataxia of the R arm and leg; she veers to the R walking to the domino table.
            Skilled interventions (with rationale): PNF rhythmic stabilization sitting and standing at the table, to steady her trunk; stepping to floor targets with the R leg against light manual resistance, in order to grade the R leg's movement; tandem along the hall with a hand on the rail.
            Objective data for reviewer: SARA 11/40 (15 at eval); tandem 6 steps before a side-step.
            Progress toward authorized goals: walks to the domino table without touching the chairs.
            Continued need / next request: continue through the authorized visits.
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ORPT post-TPE row ticked "[X] 1:1 constant attendance [ ] Concurrent [ ] Group"; BAPS circles on the L, single-leg catches on foam, lateral hops with a stick, each with its reason; L ankle proprioception after a sprain in the peach rows; SLS and Y-balance reach; clock range 1:10–1:34 (24) matches: passes.
        ["v2-h150-or-attendance-box-ticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Wallace Tibbs, peach-packing-shed grader | Rhonda Akins, PT, DPT | Precautions: none beyond fall risk
            97112 Neuromuscular Re-education | 1:10–1:34 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: BAPS board level 3 circles standing on the L, in order to restore L ankle position sense for the uneven orchard rows; single-leg ball catches on the foam, because the ankle gives way when he turns with a lug box; lateral hops to a stick and hold. Required a therapist to choose the level and to stop each set at the first substitution.
            Impairment addressed: L ankle proprioceptive loss and giving way after the lateral ankle sprain.
            Objective measure: SLS L on foam 9 sec (R 24 sec); Y-balance anterior reach L 58 cm (R 66 cm).
            Patient response: no giving way today.
            Education: ankle alphabet and single-leg stance at the kitchen sink.
            Plan: progress to hops on the foam next visit.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // ORPT the same row with nothing ticked ("[ ] 1:1 constant attendance [ ] Concurrent [ ] Group") and nothing else on delivery: the label is not a statement — one-on-one missing; X1 at the doorway chart, head-turn walking, foam eyes closed; L vestibular hypofunction; DGI and dynamic visual acuity present.
        ["v2-h150-or-attendance-boxes-none-ticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Roosevelt Napier, retired Central State Hospital orderly | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 8:15–8:38 am
            Attendance: [ ] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: X1 viewing at the chart on the doorway, in order to drive VOR adaptation; walking the hallway with horizontal head turns, because he staggers when someone calls him from the side; foam stance with eyes closed to make him use his vestibular input.
            Impairment addressed: L vestibular hypofunction with oscillopsia on head turns.
            Objective measure: DGI 17/24 (13 at eval); dynamic visual acuity loss 3 lines.
            Patient response: brief dizziness that settled with rest.
            Plan: add pitch-plane head turns next visit.
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVPT "One-on-one for the entire billed service? Y" answered; foam perturbations at the belt-height table, rhythmic stabilisation in a stagger stance, each with its reason; lateral sway and R ankle proprioception after a fall at the onion shed; Berg and perturbations; heading 22 matches: passes.
        ["v2-h150-tv-one-on-one-question-answered-y"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Reyna Castellanos, onion-shed sorter · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: perturbations while she sorted tennis balls at a belt-height table standing on the foam, in order to train her to keep her feet under her while her hands are busy; rhythmic stabilization in a stagger stance, because she sways sideways when the belt jerks.
            SKILLED COMPONENT: the push direction and the surface were changed on each set by what I saw; she needs a hand at the pelvis on the foam.
            DEFICIT ADDRESSED: lateral postural sway and R ankle proprioception after her fall at the onion shed.
            OBJECTIVE: Berg 46/56; 8 of 10 perturbations without a step.
            RESPONSE: kept sorting through the pushes by the last set.
            PLAN: add head turns at the table next visit.
            """,
            ["R26.81", "S93.401D"], [PT("97112", 22)], []),

        // TVPT PTA the same question left blank ("One-on-one for the entire billed service? ___") and nothing else on delivery: not stated; rocker board M/L, foam tandem, step-and-hold, each with its reason; proprioceptive loss with neuropathy; rocker and tandem seconds present.
        ["v2-h150-tv-one-on-one-question-left-blank"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Brianna Ferrell, PTA (supervising PT: C. Vandergriff) · Pt: Dr. Ambrose Kettering, retired Whitman College chemistry professor
            SERVICE: 97112 Neuromuscular re-education — 25 min
            One-on-one for the entire billed service? ___
            WHAT I DID AND WHY: rocker board M/L with eyes open and closed, in order to train ankle strategy without his eyes; tandem stance on the foam, because he stumbles on the uneven brick walk to the science hall; step-and-hold onto the foam pad.
            SKILLED COMPONENT: skilled cueing to keep his eyes off his feet; the foam was removed whenever he could not hold the first rep.
            DEFICIT ADDRESSED: proprioceptive loss in both feet with the peripheral neuropathy.
            OBJECTIVE: rocker board M/L 16 sec without an edge touch; tandem on foam 7 sec.
            RESPONSE: two catches on the rail in the eyes-closed set.
            PLAN: per PT plan of care.
            """,
            ["G62.9"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // LERB "Functional deficit driving medical necessity: ________" left blank and the rationale gives only the auth goal ("in order to meet authorized goal 2"), never a deficit, system or region: deficit missing; 1:1, foam perturbations, half-kneel rhythmic stabilisation, Airex step-and-hold; Berg and perturbations present; no generic phrase.
        ["v2-h150-le-deficit-field-underscores"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05002 · visit 5 of 12 authorized
            Pt: Lonnie Spradlin, feedlot pen rider · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: ________
            Skilled interventions (with rationale): perturbation training on the foam, rhythmic stabilization in half-kneeling and step-and-hold onto the Airex, each progressed by the therapist set by set in order to meet authorized goal 2.
            Objective data for reviewer: Berg 44/56 (37 at eval); 7 of 10 perturbations recovered with one step.
            Progress toward authorized goals: goal 2 partly met.
            Continued need / next request: finish the authorized visits.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ORPT "Objective measure: Berg ____ TUG ____" left blank and no number in the note but the code and its minutes: measure missing; ticked 1:1 row, rocker board eyes closed, foam perturbations while casting, tandem with head turns; ankle proprioception and postural control on moving surfaces present.
        ["v2-h150-or-measure-fields-blank"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Annie Mae Sizemore, fishes off the dock at Lake Sinclair | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | minutes: 24
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: rocker board with eyes closed, because the dock moves under her; perturbations on the foam while she casts with a dowel, in order to keep her feet set while her arms move; tandem with head turns. A therapist graded every push and guarded her on the rocker.
            Impairment addressed: ankle proprioception and postural control on moving surfaces.
            Objective measure: Berg ____   TUG ____
            Patient response: steadier on the rocker by the end.
            Plan: retest next visit.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // TVPT "WHAT I DID AND WHY: (list each technique and the reason)" left as the prompt and nothing else names a technique: technique missing; one-on-one, L vestibular hypofunction, DGI and dynamic visual acuity present; a skilled-component sentence but no generic phrase.
        ["v2-h150-tv-technique-prompt-left"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Owen Takacs, PT · Pt: Faye Lundquist
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one, Faye and me only.
            WHAT I DID AND WHY: (list each technique and the reason)
            SKILLED COMPONENT: required the skills of a therapist because she needs close guarding and the progression was decided set by set.
            DEFICIT ADDRESSED: L vestibular hypofunction with oscillopsia when she turns her head in the grocery aisle.
            OBJECTIVE: DGI 15/24; dynamic visual acuity loss 5 lines.
            RESPONSE: mild dizziness that settled before she left.
            PLAN: recheck DGI at the progress note.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Tech, "97112")]),

        // LERB "Objective data for reviewer: [x] Berg 39/56 [x] TUG 15.2 sec [ ] FGA ___" — one box blank beside two filled: measures present; 1:1, PNF D2, stepping-strategy drills, perturbations, each with its rationale; delayed stepping and lateral sway after a fall from the module-feeder platform; heading 24 matches: passes.
        ["v2-h150-le-one-measure-box-blank-two-filled"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0104410 · visit 7 of 12 authorized
            Pt: Travis Eudy, cotton-gin operator · Dale Hobart, PT
            CPT 97112 — 24 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: delayed stepping strategy and lateral sway after his fall from the module-feeder platform.
            Skilled interventions (with rationale): PNF D2 patterns of the arms in standing, to load his trunk control while his feet stay put; stepping-strategy drills to the floor clock on my call, in order to shorten his step reaction; perturbations from behind at the shoulders.
            Objective data for reviewer: [x] Berg 39/56   [x] TUG 15.2 sec   [ ] FGA ___
            Progress toward authorized goals: climbs the platform ladder at home with three points of contact.
            Continued need / next request: on track.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // ORPT complete note with the "TPE self-audit" checklist ticked at its foot (the note itself states every element): ticked 1:1, dual-task tray walking, shoulder perturbations, cone turns; postural instability and freezing in Parkinson's; Mini-BESTest and turn steps; clock range 2:40–3:03 (23) matches: passes.
        ["v2-h150-or-self-audit-checklist-at-the-foot"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Norma Jean Pickens, Georgia National Fair volunteer | Rhonda Akins, PT, DPT | Precautions: fall risk; orthostatic on standing
            97112 Neuromuscular Re-education | 2:40–3:03 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: dual-task walking carrying a tray while naming fair exhibits, because she freezes when she talks and walks at the fairground; perturbations at the shoulders in standing, in order to train a larger reactive step; large-amplitude turns around the cones. Skilled cueing for step length on every turn.
            Impairment addressed: postural instability and freezing on turns with Parkinson's disease.
            Objective measure: Mini-BESTest 19/28; 360-degree turn in 5 steps (8 at eval).
            Patient response: one freeze at the doorway, broke it with the cue.
            Education: the step-over-the-line cue for doorways at home.
            Plan: continue per plan of care.
            TPE self-audit: ☑ technique named  ☑ impairment named  ☑ measure with a number  ☑ minutes per code  ☑ one-on-one stated  ☑ signed
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // TVPT 97140 with "OBJECTIVE: N/A — manual day" and no dose or number anywhere but the code and its minutes: measure missing on 97140; sustained talocrural glides and calf soft tissue mobilisation with their reason, dorsiflexion stiffness after a fracture present.
        ["v2-h150-tv-manual-objective-n-a"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Emil Gravengaard
            SERVICE: 97140 Manual therapy — 12 min
            WHAT I DID AND WHY: sustained posterior glides of the R talocrural joint and soft tissue mobilization to the R gastroc-soleus, in order to restore the dorsiflexion he needs to squat in the onion rows.
            SKILLED COMPONENT: the glide direction and force were set by end-feel; not something he can do for himself.
            DEFICIT ADDRESSED: R ankle dorsiflexion stiffness after the ankle fracture.
            OBJECTIVE: N/A — manual day
            RESPONSE: squatted deeper after the glides.
            PLAN: measure at the progress note.
            """,
            ["S82.891D"], [PT("97140", 12)], [At(Measure, "97140")]),

        // LERB PTA 97116 with an unrelated placeholder "Next request: [pending re-eval]"; cane gait across the lot and the curb with heel-strike cues; L foot drop and dorsiflexor weakness; distance and SBA/CGA; "CPT 97116 — 22 minutes" matches: passes.
        ["v2-h150-le-pending-bracket-unrelated"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0098321 · visit 8 of 12 authorized
            Pt: Gus Pohlmeier, retired grain-elevator manager · Yesenia Carrizales, PTA
            CPT 97116 — 22 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: L foot drop and dorsiflexor weakness after the peroneal nerve injury; he catches his toe on the elevator office steps.
            Skilled interventions (with rationale): gait training with the single-point cane across the clinic lot and up and down the curb, with cues for heel strike and hip flexion in swing, because his L toe drags on the gravel.
            Objective data for reviewer: 400 ft with the cane, SBA on the lot; curb up and down with CGA.
            Progress toward authorized goals: no toe catches on the last lap.
            Continued need / next request: [pending re-eval]
            """,
            ["M21.372"], [PTA("97116", 22)], []),

        // ORPT PTA 97110 with a blank "Education: ______" line (nothing required there); sit-to-stands, step-ups, bridges and hip abduction with doses; hip extensor and quad weakness, she rocks to get up from the porch glider; clock range 9:05–9:22 (17) matches: passes.
        ["v2-h150-or-education-line-blank"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Dorothy Vann | Kiana Rowe, PTA (supervising PT: R. Akins) | Precautions: none
            97110 Therapeutic Exercise | 9:05–9:22 am
            Intervention and skilled rationale: sit-to-stand from the low chair 3x10, step-ups onto the 6 in step 3x10, bridges 3x15, standing hip abduction with 3 lb 3x12 — to strengthen her hips and knees so she can get up from her porch glider without rocking three times; skilled because her knees cave in and needed cueing on every set.
            Impairment addressed: bilateral hip extensor and quadriceps weakness.
            Patient response: knees stayed out on the last set of step-ups.
            Education: ______
            Plan: progress the step height next visit.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TVPT error-augmentation walking (lateral resistance at the pelvis from the cable column toward her error) and split-stance weight shifts, each with its reason; R hemiparesis with poor lateral pelvic control; gait speed and step width; one-on-one; heading 23 matches: passes.
        ["v3-h150-tv-error-augmentation-walking"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Marguerite Olander · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one, just the two of us on the walkway.
            WHAT I DID AND WHY: error-augmentation walking — lateral resistance at the pelvis from the cable column, pulling her toward the side she already drifts to, so that her own correction is trained and carries over when the pull is removed; split-stance weight shifts onto the R with tapping at the glute med, in order to recruit the R hip in mid-stance.
            SKILLED COMPONENT: required the skills of a therapist because the pull was set and released by hand on each pass according to her step.
            DEFICIT ADDRESSED: R hemiparesis with poor lateral pelvic control; she drifts to the R in mid-stance.
            OBJECTIVE: 10MWT 0.72 m/s (0.58 at eval); step width 14 cm on the mat grid.
            RESPONSE: straighter path after the pull came off.
            PLAN: same next visit, with a faster pace.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // LERB the HMO's branded pathway as the only intervention ("Steady at Home pathway, week 5 activities per the plan's handout") — names no technique: technique missing; 1:1, slow reactive stepping and sway with eyes closed, Berg and TUG present; no generic phrase.
        ["v3-h150-le-hmo-pathway-week-as-the-only-technique"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04920 · visit 5 of 12 authorized
            Pt: Irma Schoenhals · Dale Hobart, PT
            CPT 97112 — 22 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: slow reactive stepping and sway with her eyes closed, after two falls in the barn.
            Skilled interventions (with rationale): Steady at Home pathway, week 5 activities per the plan's handout, in order to meet the pathway's week-5 goals.
            Objective data for reviewer: Berg 41/56; TUG 14.1 sec.
            Progress toward authorized goals: on the pathway schedule.
            Continued need / next request: week 6 of the pathway next visit.
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ORPT PNF slow reversal-hold of the pelvis in sidelying and half-kneeling, with its reason; L hip and trunk motor control after a stroke; half-kneel hold and Berg; ticked 1:1; clock range 10:40–11:04 (24) matches: passes.
        ["v3-h150-or-pnf-slow-reversal-hold"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Henrietta Glover | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:40–11:04 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: PNF slow reversal-hold of the pelvis in sidelying, then in half-kneeling, in order to build L hip control through the range she needs to shift onto the L; rhythmic stabilization in half-kneeling. Required a therapist for the manual resistance and its timing.
            Impairment addressed: L hip and trunk motor control after the R MCA stroke; she cannot shift her weight onto the L to reach the hymnal rack.
            Objective measure: half-kneel hold 20 sec without loss of balance (unable at eval); Berg 40/56.
            Patient response: fatigued at the end, no loss of balance.
            Education: weight shifts at the kitchen counter.
            Plan: add standing reaches to the L next visit.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // TVPT auditory Stroop walking on a figure-eight and the Stroop card task on foam, each with its reason; divided-attention postural control after a concussion; single- and dual-task gait speed; one-on-one; heading 22 matches: passes.
        ["v3-h150-tv-auditory-stroop-walking"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Corinne Aspelund, tasting-room host
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: auditory Stroop walking on a figure-eight — I say "high" in a low voice and she answers the pitch, not the word — because she stops walking when she has to think at the tasting-room counter; foam stance with the Stroop card task, in order to load her postural control with a cognitive task.
            SKILLED COMPONENT: the task was made harder only when her path stayed on the figure-eight.
            DEFICIT ADDRESSED: postural control under divided attention after the concussion; she slows and veers with a cognitive load.
            OBJECTIVE: gait speed single task 1.12 m/s, dual task 0.86 m/s (dual-task cost 23%).
            RESPONSE: headache did not increase.
            PLAN: add head turns to the figure-eight.
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // LERB 97140 positional release of the R piriformis and iliacus tender points held to release, with its reason; R hip and buttock pain with a tight piriformis; hold dose and internal-rotation degrees; "CPT 97140 — 11 minutes" matches: passes.
        ["v3-h150-le-positional-release-97140"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0099154 · visit 9 of 12 authorized
            Pt: Clete Ruhl, retired wind-farm technician · Wendell Graf, PT, DPT
            CPT 97140 — 11 minutes
            Functional deficit driving medical necessity: R hip and buttock pain with a tight piriformis; he cannot swing his leg over the saddle.
            Skilled interventions (with rationale): positional release of the R piriformis and iliacus tender points, each held 90 sec in the position of ease, in order to reduce the guarding that blocks his hip rotation.
            Objective data for reviewer: R hip internal rotation 22 degrees after (14 before).
            Progress toward authorized goals: mounted the horse at home from the block.
            Continued need / next request: no further manual therapy requested.
            """,
            ["M25.551"], [PT("97140", 11)], []),

        // ORPT 97140 sciatic nerve sliders in slump sitting performed by the therapist and L4-5 PA mobilisation, with their reasons and doses; L sciatic neural tension and segmental hypomobility; slump knee-extension degrees; clock range 4:10–4:22 (12) matches: passes.
        ["v3-h150-or-sciatic-sliders-in-slump"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Lamar Pittman | Terrence Bledsoe, PT | Precautions: none
            97140 Manual Therapy | 4:10–4:22 pm
            Intervention and skilled rationale: sciatic nerve sliders in slump sitting, performed by the therapist with the knee and the neck moving in opposition, 3 sets of 10, because his leg tingles when he bends to the lower shelves; central PA mobilization of L4-5, to restore the segmental motion that loads the nerve.
            Impairment addressed: L sciatic neural tension and L4-5 hypomobility.
            Objective measure: slump knee extension lacking 30 degrees after (45 before).
            Patient response: no tingling on the last set.
            Education: seated slider at home, gentle.
            Plan: add the L4-5 mobilization in sidelying next visit.
            """,
            ["M54.42"], [PT("97140", 12)], []),

        // TVPT 97110 named high-intensity resistance and impact programme ("LIFTMOR-style": hex-bar deadlifts, overhead press, jump landings) with no sets, reps or load and no number in the note but the code and its minutes: measure missing on 97110; osteoporosis with hip and back extensor weakness present.
        ["v3-h150-tv-impact-programme-without-a-dose"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Bernadette Voigt · Celeste Vandergriff, PT, DPT
            SERVICE: 97110 Therapeutic exercise — 20 min
            WHAT I DID AND WHY: LIFTMOR-style high-intensity resistance and impact training — deadlifts with the hex bar, overhead press, jump landings off a low box — in order to load her spine and hips, because she has osteoporosis and broke her wrist in a fall.
            SKILLED COMPONENT: required a therapist to teach and check the hip hinge and a neutral spine on every lift.
            DEFICIT ADDRESSED: osteoporosis with hip and back extensor weakness.
            RESPONSE: good form on the deadlift by the last set.
            PLAN: progress the load next visit.
            """,
            ["M81.0"], [PT("97110", 20)], [At(Measure, "97110")]),

        // ORPT 97530 backward-chained floor recovery (tall-kneel, then side-sit, then supine), with its reason; hip and trunk weakness, she could not get up after a fall; reps and assist levels; clock range 1:45–2:07 (22) matches: passes.
        ["v3-h150-or-backward-chained-floor-recovery"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Mattie Lou Harrell | Terrence Bledsoe, PT | Precautions: fall risk
            97530 Therapeutic Activities | 1:45–2:07 pm
            Intervention and skilled rationale: backward-chained floor recovery — first from tall-kneel at the chair to standing, then from side-sit, then from lying — because she lay on her kitchen floor until her grandson came after her last fall. Skilled because each link was added only when the one before was safe.
            Impairment addressed: hip and trunk weakness; she cannot get up from the floor.
            Objective measure: side-sit to stand with the chair, CGA, 3 reps; supine to stand with minimal assist, 2 reps.
            Patient response: scared at first, then willing.
            Education: how to crawl to a chair and where to keep the phone low.
            Plan: floor recovery without the chair next visit.
            """,
            ["R29.6", "M62.81"], [PT("97530", 22)], []),

        // LERB motor relearning for sit-to-stand (Carr and Shepherd: the missing component, then the whole task from the truck-seat height), with its reason; poor timing and sequencing of sit-to-stand after a stroke; 5xSTS and R foot loading; 1:1; heading 23 matches: passes.
        ["v3-h150-le-motor-relearning-sit-to-stand"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05217 · visit 4 of 12 authorized
            Pt: Delbert Kuehn · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: poor timing and sequencing of sit-to-stand after the L stroke; he stands with his weight on the L and pushes up with his arms.
            Skilled interventions (with rationale): motor relearning for sit-to-stand (Carr and Shepherd) — practice of the missing component, forward trunk lean with the feet drawn back, then the whole task from the height of his truck seat, in order to make the R leg take its share.
            Objective data for reviewer: 5x sit-to-stand 17.8 sec without arms (unable at eval); R foot loading 45% on the scales.
            Progress toward authorized goals: out of the truck without pulling on the wheel.
            Continued need / next request: on track.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // TVPT a long note whose only named technique is the one planned for the next visit ("PLAN: next visit begin perturbation training and foam stance with head turns"); today's intervention is standing at the counter with her hands free — technique missing; one-on-one, sway and delayed ankle strategy, Berg present; no generic phrase.
        ["v3-h150-tv-technique-named-only-in-the-plan"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT · Pt: Loretta Quist
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one, Loretta and me only.
            WHAT I DID AND WHY: standing at the kitchen-height counter with her hands free, in order to see how long she goes before she reaches for it, because she grabs the counter when she cooks.
            SKILLED COMPONENT: guarding at the pelvis; I decided when she needed the counter back.
            DEFICIT ADDRESSED: postural sway and a delayed ankle strategy.
            OBJECTIVE: Berg 40/56.
            RESPONSE: reached for the counter less by the end.
            PLAN: next visit begin perturbation training and foam stance with head turns.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Tech, "97112")]),

        // ORPT VOR x1 and x2 viewing to a metronome and head-turn walking timed to it, with their reasons; bilateral vestibular hypofunction after gentamicin; dynamic visual acuity and FGA; ticked 1:1; clock range 3:15–3:37 (22) matches: passes.
        ["v3-h150-or-vor-to-a-metronome"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Calvin Stroud | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 3:15–3:37 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: VOR x1 and x2 viewing to a metronome at 2 beats per second, in order to push gaze stability at a speed he meets when walking; walking with head turns timed to the metronome, because the world bounces when he walks down the church aisle. A therapist set the speed and stopped each set when the target blurred.
            Impairment addressed: bilateral vestibular hypofunction after gentamicin; oscillopsia while walking.
            Objective measure: dynamic visual acuity loss 4 lines (7 at eval); FGA 18/30.
            Patient response: mild nausea that passed.
            Education: X1 at home with the card on the refrigerator.
            Plan: raise the metronome next visit.
            """,
            ["H81.8X3"], [PT("97112", 22)], []),

        // TVPT OT 97530 with the CO-OP approach (goal–plan–do–check) for packing a lunch standing and carrying it to the door, with its reason; R hand incoordination and sequencing after a stroke; steps without a cue, distance and stand-by assist; heading 23 matches: passes.
        ["v3-h150-tv-ot-co-op-packing-a-lunch"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Nadia Sorensen, OTR/L · Pt: Vernon Achterberg
            SERVICE: 97530 Therapeutic activities — 23 min
            WHAT I DID AND WHY: CO-OP approach — he set the goal (pack his own lunch), made the plan, did it and checked it with my guided questions — because he loses his place in the steps since the stroke; packing the lunch standing at the counter; carrying the lunch box to the door, in order to build the standing tolerance the task needs.
            SKILLED COMPONENT: guided discovery rather than instructions; the questions were chosen from what he missed.
            DEFICIT ADDRESSED: R hand incoordination and sequencing after the L stroke.
            OBJECTIVE: packed the lunch in 9 of 11 steps without a cue; carried it 30 ft with stand-by assist.
            RESPONSE: caught his own missed step once.
            PLAN: making coffee with the same approach next visit.
            """,
            ["I69.318", "I69.351"], [OT("97530", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // TVPT: "he misses the rungs of the combine ladder when he looks up at the cab, and can't feel them through his boots" (proprioceptive loss and visual dependence as findings); rung stepping on foam eyes up, foam perturbations, eyes-closed stance; monofilament sites and stepping accuracy; one-on-one; heading 24 matches: passes.
        ["v4-h150-tv-misses-the-combine-ladder-rungs"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Daily note · Pt: Walter Brandvold, wheat farmer · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one for the whole service.
            WHAT I DID AND WHY: stepping rung to rung on the rope ladder laid over the foam with his eyes up at a target, because that is how he climbs to the cab; perturbations at the pelvis on the foam, in order to train a quicker ankle response; stance on the foam with eyes closed.
            SKILLED COMPONENT: required the skills of a therapist because the target height, the surface and the pushes were changed by his last attempt, with guarding throughout.
            DEFICIT ADDRESSED: he misses the rungs of the combine ladder when he looks up at the cab, and he can't feel them through his boots.
            OBJECTIVE: monofilament absent at 5 of 8 sites on each foot; rung stepping 7 of 10 on target with eyes up.
            RESPONSE: fewer misses on the last pass.
            PLAN: add a bucket in one hand next visit, because he carries one up the ladder.
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // LERB: "she sways and reaches for the seat backs when she turns her head to check the mirror and the kids behind her" (vestibular and postural findings); X1 to a mirror target, quick head-turn walking, foam head turns; DGI and head turns without a sidestep; 1:1; heading 22 matches: passes.
        ["v4-h150-le-bus-driver-reaches-for-the-seat-backs"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0107763 · visit 5 of 10 authorized
            Pt: Rufina Salcido, school-bus driver · Dale Hobart, PT
            CPT 97112 — 22 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: she sways and reaches for the seat backs when she turns her head to check the mirror and the kids behind her.
            Skilled interventions (with rationale): gaze stabilization X1 with head turns to a target on the mirror, in order to hold her gaze through the turn; walking with quick head turns to the side and back on my call; standing on foam with head turns, because the bus floor moves.
            Objective data for reviewer: DGI 18/24 (13 at eval); 6 of 8 head turns in walking without a sidestep.
            Progress toward authorized goals: checked the mirrors on her route this week without grabbing a seat.
            Continued need / next request: two more visits, then discharge.
            """,
            ["H81.392"], [PT("97112", 22)], []),

        // ORPT: "he can't tell whether his L foot is on the step or hanging off it without looking down, and it slaps on the tile" (proprioceptive loss and weak dorsiflexion as findings); taped step targets eyes up, heel-toe tapping to a cadence, foam eyes closed; targets and tandem; ticked 1:1; clock range 11:20–11:43 (23) matches: passes.
        ["v4-h150-or-foot-hanging-off-the-step"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Deacon Alford Beasley | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 11:20–11:43 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: stepping to taped targets on the stairs with his eyes up, because he looks down at every church step; heel-toe tapping to a cadence, in order to time the L dorsiflexion; foam stance with eyes closed. Skilled cueing for foot placement on each step.
            Impairment addressed: he can't tell whether his L foot is on the step or hanging off it without looking down, and it slaps on the tile.
            Objective measure: 7 of 10 step targets hit with eyes up (3 at eval); tandem stance 12 sec.
            Patient response: hit the last four targets in a row.
            Education: keep the stair light on at night.
            Plan: add descending targets next visit.
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // TVPT: "he misses the bottom step of the cellar stairs in the dim light and catches himself on a barrel" (visual dependence and somatosensory loss as findings); step-downs onto foam with the lights dimmed, eyes-closed foam stance, foam perturbations; mCTSIB and step-downs; one-on-one; heading 22 matches: passes.
        ["v4-h150-tv-misses-the-bottom-cellar-step"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Owen Takacs, PT · Pt: Ignacio Beltrán, winery cellar worker
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one, only Ignacio and me.
            WHAT I DID AND WHY: step-downs off the 6 in step onto the foam with the gym lights dimmed, in order to rehearse the cellar stairs; stance on the foam with eyes closed, because he depends on his eyes; perturbations on the foam.
            SKILLED COMPONENT: the light, the step height and the pushes were set by his last trial, and he was guarded at the belt.
            DEFICIT ADDRESSED: he misses the bottom step of the cellar stairs in the dim light and catches himself on a barrel.
            OBJECTIVE: mCTSIB condition 4 at 11 sec (4 at eval); 8 of 10 step-downs without a hand touch.
            RESPONSE: no misses on the last set.
            PLAN: add a case of bottles in his arms next visit.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LERB OT 97530: "she can't reach across the 42 table for the dominoes without sliding her hips forward and catching the table edge" (trunk control and reach as findings); standing reaches to collect dominoes, shuffling the tiles, wiping the table; reach inches and tile count with stand-by assist; "CPT 97530 — 22 minutes" matches: passes.
        ["v4-h150-le-ot-cannot-reach-across-the-42-table"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05388 · visit 3 of 8 authorized
            Pt: Pauline Wedel, plays 42 at the church hall · Kirsten Aldana, OTR/L
            CPT 97530 — 22 minutes
            Functional deficit driving medical necessity: she can't reach across the 42 table for the dominoes without sliding her hips forward and catching the table edge.
            Skilled interventions (with rationale): seated and then standing reaches across the table to turn and collect dominoes, in order to build trunk control over a fixed base; shuffling the tiles with both hands; standing to wipe the table, because she plays standing at the church hall.
            Objective data for reviewer: standing reach 14 in past the table edge (8 in at eval); 28 tiles collected with stand-by assist.
            Progress toward authorized goals: played a whole game standing last Sunday.
            Continued need / next request: on track.
            """,
            ["M62.81"], [OT("97530", 22)], []),

        // ORPT "Impairment addressed: none new this visit; see plan of care" and nothing else names a deficit, system or region: deficit missing; ticked 1:1, rocker board, foam perturbations and tandem with head turns, Berg and rocker seconds present.
        ["v4-h150-or-impairment-none-new-see-poc"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Eula Ransom | Kiana Rowe, PTA (supervising PT: R. Akins) | Precautions: none
            97112 Neuromuscular Re-education | 8:50–9:14 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: rocker board A/P and M/L, in order to progress per the plan of care; perturbations on the foam; tandem walking with head turns. Skilled because each progression was decided on her last trial.
            Impairment addressed: none new this visit; see plan of care.
            Objective measure: Berg 43/56; rocker board M/L 15 sec without an edge touch.
            Patient response: steady on the rocker by the last set.
            Education: none today.
            Plan: progress per PT.
            """,
            ["R26.81"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // TVPT a long skilled-need paragraph ("the progression of surface, base of support and speed was decided rep by rep") with "DEFICIT ADDRESSED: per evaluation" and nothing that says what is impaired: deficit missing; one-on-one, foam perturbations and rocker board eyes closed, Berg and rocker seconds present.
        ["v4-h150-tv-skilled-need-without-a-deficit"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Merle Sauvageau
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: perturbation training on the foam and rocker board work with eyes closed, because he has progressed past the static level of the plan of care.
            SKILLED COMPONENT: required the skills of a therapist because the progression of surface, base of support and speed was decided rep by rep, and because guarding is needed on the rocker board.
            DEFICIT ADDRESSED: per evaluation.
            OBJECTIVE: Berg 47/56; rocker board A/P eyes closed 20 sec.
            RESPONSE: one step-off on the rocker, recovered.
            PLAN: same next visit.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LERB "Functional deficit driving medical necessity: see initial evaluation dated 01/12/2026" and the rationale gives only the auth goal: deficit missing; 1:1, PNF rhythmic stabilisation, stepping-strategy drills, foam head turns, FGA and TUG present.
        ["v4-h150-le-deficit-see-initial-evaluation"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05019 · visit 9 of 12 authorized
            Pt: Opal Haverkamp · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: see initial evaluation dated 01/12/2026.
            Skilled interventions (with rationale): PNF rhythmic stabilization in standing, stepping-strategy drills to the floor clock on my call and foam stance with head turns, each progressed in order to reach authorized goal 3.
            Objective data for reviewer: FGA 20/30; TUG 11.9 sec.
            Progress toward authorized goals: goal 3 met.
            Continued need / next request: discharge planned at visit 12.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ORPT 97110: "she has to pull on the pew in front of her to stand for the hymn, and her knees buckle on the last step up to the choir loft" (hip and knee weakness as the finding); low-bench sit-to-stands, step-ups, wall sits and leg press with doses; clock range 2:15–2:33 (18) matches: passes.
        ["v4-h150-or-97110-pulls-on-the-pew-to-stand"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Ora Lee Fambro | Kiana Rowe, PTA (supervising PT: T. Bledsoe) | Precautions: none
            97110 Therapeutic Exercise | 2:15–2:33 pm
            Intervention and skilled rationale: sit-to-stand from the low bench 3x8, step-ups to the 8 in step 3x10, wall sits 5 x 20 sec, leg press 60 lb 3x12 — in order to build the strength to rise and climb without her hands; skilled cueing to keep her knees over her toes.
            Impairment addressed: she has to pull on the pew in front of her to stand for the hymn, and her knees buckle on the last step up to the choir loft.
            Patient response: no knee buckling on the step-ups.
            Education: sit-to-stands during TV commercials.
            Plan: raise the step next visit.
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // LERB 97116: "his R knee snaps back in stance and he hikes the hip to clear the foot in the alley mud" (knee control and swing clearance as findings); cane gait on the lot and gravel with cues for a soft knee and swing flexion; distance, CGA and a count of snap-backs; heading 21 matches: passes.
        ["v4-h150-le-97116-knee-snaps-back-in-the-mud"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0102296 · visit 6 of 12 authorized
            Pt: Wade Ostrander, feedlot pen rider · Dale Hobart, PT
            CPT 97116 — 21 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: his R knee snaps back in stance and he hikes the hip to clear the foot in the alley mud.
            Skilled interventions (with rationale): gait training with the cane on the clinic lot and the gravel strip, with cues for a soft knee in stance and for knee flexion in swing, because the snap-back is what buckles him on wet ground.
            Objective data for reviewer: 300 ft on gravel with the cane, CGA; the knee snapped back on 2 of 20 counted steps (most steps at eval).
            Progress toward authorized goals: walked the feed alley at home with the cane.
            Continued need / next request: on track.
            """,
            ["R26.89"], [PT("97116", 21)], []),

        // ORPT: "her coffee cup rattles on the saucer when she carries it, and she bumps the pew ends walking up the aisle" (ataxia and postural control as findings); weighted-cuff target reaches, tandem along a tape line with a tray, rhythmic stabilisation at the shoulders; SARA and tandem steps; ticked 1:1; clock range 9:40–10:03 (23) matches: passes.
        ["v4-h150-or-cup-rattles-on-the-saucer"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Viola Gaskins | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:40–10:03 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: reaching to targets with a light weighted cuff on the wrist, in order to damp the overshoot; tandem walking along the tape line carrying a tray, because she carries her coffee to the table; rhythmic stabilization at the shoulders in standing.
            Impairment addressed: her coffee cup rattles on the saucer when she carries it, and she bumps the pew ends walking up the aisle.
            Objective measure: SARA 9/40 (12 at eval); tandem 8 steps before a sidestep.
            Patient response: tray stayed level for the last two passes.
            Education: carry the cup in both hands, close to her body.
            Plan: remove the cuff for part of the next session.
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // TVPT OT 97530: "her L hand fumbles the onions on the belt and she drops the sack ties" (hand dexterity as the finding); sorting balls on a turning lazy Susan, twisting sack ties, lifting a mesh sack to the pallet; drops, ties and lifts counted; heading 23 matches: passes.
        ["v4-h150-tv-ot-fumbles-onions-on-the-belt"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Nadia Sorensen, OTR/L · Pt: Alma Téllez, onion-shed sorter
            SERVICE: 97530 Therapeutic activities — 23 min
            WHAT I DID AND WHY: sorting mixed golf and tennis balls off a turning lazy Susan, because the belt keeps moving whether she is ready or not; twisting sack ties; lifting a mesh sack of onions from belt height to the pallet, in order to rehearse the end of her line.
            SKILLED COMPONENT: the speed of the turntable and the size of the objects were graded by her drops.
            DEFICIT ADDRESSED: her L hand fumbles the onions on the belt and she drops the sack ties.
            OBJECTIVE: 40 balls sorted with 3 drops (11 at eval); 6 sack ties in a row; a 10 lb sack lifted to the pallet 8 times.
            RESPONSE: no numbness by the end.
            PLAN: add a faster turntable next visit.
            """,
            ["G56.02"], [OT("97530", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none (a measure only as a reason or a plan)

        // TVPT the STEADI four-stage balance test in seconds ("feet together 10 s, semi-tandem 10 s, tandem 6 s, single leg 2 s"); tandem and semi-tandem holds on foam with perturbations, single-leg stance with head turns; narrow-stance postural control and ankle proprioception; one-on-one; heading 23 matches: passes.
        ["v5-h150-tv-steadi-four-stage-in-seconds"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Daily note · Pt: Ruth Ann Pfeiffer, 82 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one throughout.
            WHAT I DID AND WHY: tandem and semi-tandem holds on the foam with light perturbations, in order to widen what she can recover from in a narrow stance; single-leg stance at the counter with head turns, because she stands on one leg to step into the tub.
            SKILLED COMPONENT: I chose the stance and the push on each trial from her last recovery and guarded at the pelvis.
            DEFICIT ADDRESSED: postural control in narrow stance; proprioceptive loss at both ankles.
            OBJECTIVE: STEADI 4-Stage Balance Test — feet together 10 s, semi-tandem 10 s, tandem 6 s, single leg 2 s.
            RESPONSE: held tandem longer on the last trial.
            PLAN: tub-transfer rehearsal next visit.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LERB "Berg 37 → 44/56 since the last auth; TUG 16.8 → 12.9 sec" written for the concurrent-review nurse; foam perturbations, stepping over a low rail, stepping-strategy drills; delayed protective stepping and sway after a fall in the sale barn; 1:1; heading 24 matches: passes.
        ["v5-h150-le-berg-and-tug-since-the-last-auth"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05544 (second auth period) · visit 2 of 8 authorized
            Pt: Hollis Dyer, retired cattle buyer · Wendell Graf, PT, DPT
            CPT 97112 — 24 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: delayed protective stepping and sway after his fall in the sale barn.
            Skilled interventions (with rationale): perturbations on the foam, in order to shorten his step reaction; stepping over a low rail without looking down, because he trips on the pen rails; stepping-strategy drills to the floor clock.
            Objective data for reviewer: Berg 37 → 44/56 since the last auth; TUG 16.8 → 12.9 sec.
            Progress toward authorized goals: walks the barn alley without a hand on the rail.
            Continued need / next request: finish this authorization, then discharge to the home program.
            """,
            ["R26.81", "R29.6"], [PT("97112", 24)], []),

        // ORPT Sensory Organization Test composite "58 (norm for his age, 70)" with falls on conditions 5 and 6; foam eyes closed with head turns, dimmed-light mat walking, VOR x1 on foam; poor use of vestibular input; ticked 1:1; clock range 2:50–3:12 (22) matches: passes.
        ["v5-h150-or-sensory-organization-test-composite"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Leon Satterfield | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 2:50–3:12 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: foam stance with eyes closed and head turns, in order to force the use of vestibular input; walking the mat with the lights dimmed, because he falls in the dark; VOR x1 standing on the foam.
            Impairment addressed: poor use of vestibular input when vision and the surface are unreliable.
            Objective measure: Sensory Organization Test composite 58 (norm for his age, 70); falls on conditions 5 and 6.
            Patient response: two catches on the rail in the dim light.
            Education: night-lights in the hall and bathroom.
            Plan: retest the SOT at the progress note.
            """,
            ["H81.93"], [PT("97112", 22)], []),

        // TVPT the Berg named only as the reason ("because her Berg score puts her at high fall risk", "Berg not repeated today") and no number in the note but the code and its minutes: measure missing; one-on-one, foam perturbations, tandem with head turns, hurdle stepping, delayed stepping and sway present.
        ["v5-h150-tv-berg-only-as-the-reason"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Delphine Marchbank
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one, Delphine and me only.
            WHAT I DID AND WHY: perturbations on the foam, tandem walking with head turns and stepping over the hurdles without looking down, because her Berg score puts her at high fall risk.
            SKILLED COMPONENT: required the skills of a therapist because the pushes were graded to each recovery and she needs guarding on the foam.
            DEFICIT ADDRESSED: delayed stepping reaction and sway when she looks up.
            OBJECTIVE: Berg not repeated today; see the reason above.
            RESPONSE: fewer hurdle touches by the end.
            PLAN: repeat the Berg at the progress note.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // LERB "Objective data for reviewer: FGA and Berg to be retested at the progress visit for the next auth request" — the measure only as a plan — and no number in the note but the code and its minutes: measure missing; 1:1, rocker board, foam perturbations, step-and-hold, ankle proprioception present.
        ["v5-h150-le-measure-only-for-the-next-auth"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · auth on file
            Pt: Rowdy Kimbrell · Dale Hobart, PT
            CPT 97112 — 22 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: ankle proprioception and a late ankle strategy after the ankle sprain in the pens.
            Skilled interventions (with rationale): rocker board with eyes closed, in order to train ankle strategy without vision; perturbations on the foam; step-and-hold onto the Airex, because he lands stiff-legged off the trailer step.
            Objective data for reviewer: FGA and Berg to be retested at the progress visit for the next auth request.
            Progress toward authorized goals: steadier in the pens by his report.
            Continued need / next request: will submit with the progress note.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ORPT "Objective measure: markedly improved tandem time, fewer steps on perturbation than at last visit" — described, not numbered — and no number but the code and its minutes: measure missing; ticked 1:1, beam tandem, pelvic perturbations, half-kneel rhythmic stabilisation, postural control and slow stepping present.
        ["v5-h150-or-measure-described-not-numbered"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Jessie Culpepper | Terrence Bledsoe, PT | Precautions: none
            97112 Neuromuscular Re-education | minutes: 23
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: tandem walking on the beam, perturbations at the pelvis, rhythmic stabilization in half-kneeling, in order to speed his reactions on the orchard ladder. Each push was graded by the therapist.
            Impairment addressed: postural control and slow stepping after his fall from the peach ladder.
            Objective measure: markedly improved tandem time, fewer steps on perturbation than at last visit.
            Patient response: pleased with the beam.
            Education: tandem stance at the counter.
            Plan: continue per plan of care.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], [At(Measure, "97112")]),

        // TVPT PTA 97116 walker to cane on the sidewalk and the clinic ramp with cues; short R step after a hip fracture; distance and SBA/CGA as the measure; heading 22 matches: passes.
        ["v5-h150-tv-pta-97116-distance-and-assist"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Brianna Ferrell, PTA (supervising PT: C. Vandergriff) · Pt: Lorenzo Abbadessa
            SERVICE: 97116 Gait training — 22 min
            WHAT I DID AND WHY: gait training from the rolling walker to the single-point cane on the Rose Street sidewalk and the clinic ramp, with cues for step length and heel strike, because his R step is short and he leans over the cane.
            SKILLED COMPONENT: skilled cueing and guarding; the surface was changed only when his step evened out.
            DEFICIT ADDRESSED: short R step and decreased R stance time after the R hip fracture.
            OBJECTIVE: 350 ft with the cane, SBA on the sidewalk; ramp up and down with CGA.
            RESPONSE: even step length on the last lap.
            PLAN: curb and grass next visit, per PT plan of care.
            """,
            ["S72.001D"], [PTA("97116", 22)], []),

        // LERB PTA 97110 with sets, reps and loads as the measure; bridges, clamshells, step-ups and hip extension; L hip abductor and extensor weakness after a hip replacement; "CPT 97110 — 16 minutes" matches: passes.
        ["v5-h150-le-pta-97110-sets-reps-and-load"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0103318 · visit 10 of 12 authorized
            Pt: Marvella Kropp · Yesenia Carrizales, PTA
            CPT 97110 — 16 minutes
            Functional deficit driving medical necessity: L hip abductor and extensor weakness after the hip replacement; Trendelenburg on the stairs.
            Skilled interventions (with rationale): bridges 3x15, clamshells with the red band 3x15, step-ups to the 6 in step 3x10, standing hip extension with 2 lb 3x12 — in order to level her pelvis on the stairs; cueing to stop the hip drop on every step-up.
            Progress toward authorized goals: climbs her porch steps reciprocally with the rail.
            Continued need / next request: per PT at the re-eval.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 16)], []),

        // ORPT OT 97530 a choir robe buttoned in seconds and boot zips counted; buttoning, zipping and fastening a necklace standing; R hand fine-motor coordination after a stroke; clock range 10:05–10:26 (21) matches: passes.
        ["v5-h150-or-ot-choir-robe-buttoned-in-seconds"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C (OT)
            Patient: Geneva Whitehurst | Marjorie Tillman, OTR/L | Precautions: none
            97530 Therapeutic Activities | 10:05–10:26 am
            Intervention and skilled rationale: buttoning her choir robe standing at the mirror, zipping her boots seated, fastening a necklace clasp — because she has to dress herself for Sunday service; the task order was graded from large to small fasteners.
            Impairment addressed: R hand fine-motor coordination after the L stroke.
            Objective measure: buttoned the choir robe in 48 sec (95 sec at eval); zipped the boots 3 of 3 with no assist.
            Patient response: did the necklace on the second try.
            Education: button hook for the cuff buttons.
            Plan: pantyhose and shoes next visit.
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // TVPT 97140 with the measure only as a plan ("PLAN: will measure cervical rotation next visit") and no number in the note but the code and its minutes: measure missing on 97140; suboccipital release and mid-cervical unilateral PA glides with their reason, L cervical rotation stiffness present.
        ["v5-h150-tv-97140-measure-only-in-the-plan"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Daily note · Pt: Lowell Tschirgi · Celeste Vandergriff, PT, DPT
            SERVICE: 97140 Manual therapy — 10 min
            WHAT I DID AND WHY: suboccipital release and unilateral PA glides to the mid-cervical spine on the L, in order to restore the rotation he needs to back the grain truck.
            SKILLED COMPONENT: force and level were chosen by segmental assessment before and after.
            DEFICIT ADDRESSED: L cervical rotation stiffness with a pulling pain at the base of the skull.
            RESPONSE: turned further to the L after the glides by his own account.
            PLAN: will measure cervical rotation next visit.
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // LERB PTA 97116 with "distance and assist level not recorded today — the measuring wheel was in the other gym" and no number but the code and its minutes: measure missing on 97116; walker gait on the lot and ramp with posture and step cues, shuffling and flexed trunk in Parkinson's present.
        ["v5-h150-le-97116-distance-not-recorded"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · auth on file
            Pt: Arvel Lindemann · Yesenia Carrizales, PTA
            CPT 97116 — 20 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: shuffling gait and forward trunk flexion with Parkinson's disease.
            Skilled interventions (with rationale): gait training with the rolling walker on the clinic lot and the ramp, with cues for an upright trunk and a longer step, because he shuffles and pitches forward on the ramp.
            Objective data for reviewer: distance and assist level not recorded today — the measuring wheel was in the other gym.
            Progress toward authorized goals: longer steps on the ramp by the end.
            Continued need / next request: per PT.
            """,
            ["G20.A1"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // ORPT a retropulsion (pull) test in steps ("2 steps to recover, 4 at eval") with the Mini-BESTest; backward stepping to targets, perturbations from behind, large-amplitude backward walking; retropulsion in Parkinson's; ticked 1:1; clock range 3:30–3:54 (24) matches: passes.
        ["v5-h150-or-pull-test-in-steps"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Wilbur Tarver | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 3:30–3:54 pm
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: backward stepping to floor targets on my cue, perturbations from behind at the shoulders, large-amplitude backward walking with a stop, because he falls backward opening the screen door.
            Impairment addressed: retropulsion and slow backward stepping with Parkinson's disease.
            Objective measure: pull test 2 steps to recover (4 at eval); Mini-BESTest 21/28.
            Patient response: caught himself with one big step on the last trials.
            Education: stand to the side to open the screen door.
            Plan: add backward stepping with a door prop next visit.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // LERB Functional Reach in inches with a five-times sit-to-stand in seconds; reaches outside the base on foam, stepping-strategy drills, perturbations; reduced forward limits of stability and late stepping; 1:1; heading 23 matches: passes.
        ["v5-h150-le-functional-reach-and-five-times-sit-to-stand"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05611 · visit 7 of 12 authorized
            Pt: Lavonne Treadaway, retired county extension agent · Wendell Graf, PT, DPT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: reduced forward limits of stability and late stepping; she falls reaching into the deep freezer.
            Skilled interventions (with rationale): reaching to targets outside her base of support standing on the foam, in order to widen her limits of stability; stepping-strategy drills on my call; perturbations at the pelvis.
            Objective data for reviewer: Functional Reach 7.5 in (4 in at eval); five-times sit-to-stand 15.4 s.
            Progress toward authorized goals: reaches into the deep freezer with one hand on the lid.
            Continued need / next request: on track.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // TVPT two SERVICE headings, "97112 Neuromuscular re-education — 23 min" and "97110 Therapeutic exercise — 15 min", both match; one-on-one; foam perturbations and rocker board with Berg; step-ups and leg press with doses; ankle strategy and quad weakness after a knee replacement: passes.
        ["v6-h150-tv-two-service-headings-both-match"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Elwood Harshman · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one for the NMR.
            WHAT I DID AND WHY: perturbations on the foam and rocker board A/P, in order to restore a quick ankle strategy on the new knee; stepping over the hurdles without looking down.
            DEFICIT ADDRESSED: L knee and ankle proprioception after the L TKA; delayed ankle strategy.
            OBJECTIVE: Berg 48/56; rocker board A/P 17 sec.
            SERVICE: 97110 Therapeutic exercise — 15 min
            WHAT I DID AND WHY: step-ups to the 6 in step 3x10 and leg press 80 lb 3x12, because his L quad gives out on stairs.
            DEFICIT ADDRESSED: L quadriceps weakness after the TKA.
            RESPONSE: no knee pain increase.
            PLAN: add lateral step-downs next visit.
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 23), PT("97110", 15)], []),

        // LERB "Minutes by CPT: 97112 = 24 | 97116 = 14", both match; 1:1; rocker board and foam perturbations with DGI; cane gait on gravel with distance and SBA; vestibular hypofunction and a short step: passes.
        ["v6-h150-le-minutes-by-cpt-line"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0095012 · visit 8 of 12 authorized
            Pt: Reuben Stoltzfus · Dale Hobart, PT
            Minutes by CPT: 97112 = 24 | 97116 = 14
            Attendance: 1:1 for both services.
            Functional deficit driving medical necessity: R vestibular hypofunction with a stagger on head turns; a short L step on gravel.
            Skilled interventions (with rationale): NMR — X1 viewing on the foam and walking with head turns, in order to steady his gaze while he walks; gait training — cane on the gravel lot with cues for an even step, because he shortens the L step on rough ground.
            Objective data for reviewer: DGI 18/24; 250 ft on gravel with the cane, SBA.
            Progress toward authorized goals: walks to the mailbox on the county road with the cane.
            Continued need / next request: on track.
            """,
            ["H81.21", "R26.89"], [PT("97112", 24), PT("97116", 14)], []),

        // ORPT clock ranges on each code's own line ("97112 … 9:02–9:25 am", "97110 … 9:25–9:38 am": 23 and 13), both match; ticked 1:1; PNF D2 and foam perturbations with Berg; band rows and wall push-ups with doses; trunk control and shoulder weakness: passes.
        ["v6-h150-or-clock-range-on-each-code"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Cornelius Lanier, retired aircraft mechanic | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:02–9:25 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: PNF D2 patterns of the arms standing on the foam, because he reaches overhead into the hangar cabinets; perturbations at the pelvis.
            Impairment addressed: trunk postural control with overhead reach.
            Objective measure: Berg 46/56.
            97110 Therapeutic Exercise | 9:25–9:38 am
            Intervention and skilled rationale: rows with the blue band 3x15 and wall push-ups 3x12, in order to strengthen the shoulder girdle for overhead work.
            Impairment addressed: bilateral scapular and shoulder weakness.
            Patient response: good form.
            Plan: continue per plan of care.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // TVPT a PT's 97112 and an OT's 97530 on one visit, each with its minutes ("SERVICE (PT): 97112 … — 22 min", "SERVICE (OT): 97530 … — 24 min"), both match; one-on-one for the NMR; half-kneel rhythmic stabilisation and foam reaches with Berg; kitchen tasks with counts and assist; R hemiparesis: passes.
        ["v6-h150-tv-pt-and-ot-each-with-minutes"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Co-scheduled visit · Pt: Myrna Haugland
            SERVICE (PT): 97112 Neuromuscular re-education — 22 min · Celeste Vandergriff, PT, DPT
            DELIVERY: one-on-one with me for the NMR.
            WHAT I DID AND WHY: rhythmic stabilization in half-kneeling and reaches from the foam, in order to give her trunk control over her R side.
            DEFICIT ADDRESSED: R hemiparesis with poor trunk and hip postural control after the L stroke.
            OBJECTIVE: Berg 39/56.
            SERVICE (OT): 97530 Therapeutic activities — 24 min · Nadia Sorensen, OTR/L
            WHAT I DID AND WHY: unloading the dishwasher standing and carrying plates to the cupboard, because she drops things when she turns.
            DEFICIT ADDRESSED: R arm weakness and standing control while turning, after the stroke.
            OBJECTIVE: 12 plates put away with stand-by assist, no drops.
            PLAN: both disciplines per their plans of care.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 24)], []),

        // LERB three codes each with its minutes ("CPT 97112 — 24 minutes", "CPT 97110 — 13 minutes", "CPT 97140 — 10 minutes"), all match; 1:1; foam perturbations with FGA; hip exercise with doses; patellar glides and STM with degrees; knee proprioception and stiffness after a knee replacement: passes.
        ["v6-h150-le-three-codes-each-with-minutes"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04630 · visit 10 of 12 authorized
            Pt: Alvina Stucky · Wendell Graf, PT, DPT
            CPT 97112 — 24 minutes
            Attendance: 1:1
            Skilled interventions (with rationale): perturbations on the foam and single-leg stance with head turns, in order to restore R knee joint position sense.
            CPT 97110 — 13 minutes
            Skilled interventions (with rationale): terminal knee extension with the band 3x15, sidelying hip abduction 3x12, because her R hip drops in stance.
            CPT 97140 — 10 minutes
            Skilled interventions (with rationale): patellar glides and soft tissue mobilization to the quad tendon, to gain the flexion she needs on the stairs.
            Functional deficit driving medical necessity: R knee proprioception and stiffness after the TKA; R hip abductor weakness.
            Objective data for reviewer: FGA 21/30; knee flexion 112 degrees after the glides.
            Continued need / next request: discharge at the end of this auth.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 24), PT("97110", 13), PT("97140", 10)], []),

        // ORPT a "Time statement:" at the foot repeating the code's minutes ("97112 — 24 minutes of one-on-one neuromuscular re-education") beside the clock range 1:00–1:24 on the code's line: both 24, match; rocker board, foam perturbations, tandem; ankle proprioception; rocker seconds and Berg: passes.
        ["v6-h150-or-time-statement-repeats-the-minutes"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Hattie Mae Rountree | Terrence Bledsoe, PT | Precautions: none
            97112 Neuromuscular Re-education | 1:00–1:24 pm
            Intervention and skilled rationale: rocker board with eyes closed, perturbations on the foam and tandem walking with head turns, in order to restore ankle proprioception after her sprain on the packing-shed ramp. Skilled because the surface and the pushes were graded to each trial.
            Impairment addressed: R ankle proprioceptive loss and a late ankle strategy.
            Objective measure: rocker board A/P eyes closed 13 sec; Berg 49/56.
            Patient response: no giving way.
            Plan: hop-and-stick next visit.
            Time statement: 97112 — 24 minutes of one-on-one neuromuscular re-education, constant attendance by the treating therapist.
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // TVPT "SERVICE: 97112 Neuromuscular re-education — 35 min" on a 23-min line: mismatch on 97112; otherwise complete (one-on-one; foam perturbations and clock stepping; slow stepping and sway; Berg and perturbations).
        ["v6-h150-tv-mismatch-35-written-23-billed"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT · Pt: Clifford Ostheller
            SERVICE: 97112 Neuromuscular re-education — 35 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: perturbations on the foam and stepping-strategy drills to the floor clock, in order to shorten his step reaction, because he fell stepping off the grain-truck running board.
            SKILLED COMPONENT: the pushes and the targets were chosen by his last recovery.
            DEFICIT ADDRESSED: slow stepping reaction and postural sway.
            OBJECTIVE: Berg 45/56; 7 of 10 perturbations with one step.
            PLAN: running-board rehearsal next visit.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // LERB "CPT 97112 — 24 minutes" matching and "CPT 97110 — 30 minutes" on an 18-min line: mismatch on 97110; both sections complete (1:1; foam perturbations with Berg; leg press and step-ups with doses; postural control and quad weakness).
        ["v6-h150-le-97110-30-written-18-billed"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0100644 · visit 5 of 12 authorized
            Pt: Lester Wiebe · Dale Hobart, PT
            CPT 97112 — 24 minutes
            Attendance: 1:1
            Skilled interventions (with rationale): perturbations on the foam and tandem with head turns, in order to speed his recovery steps.
            CPT 97110 — 30 minutes
            Skilled interventions (with rationale): leg press 90 lb 3x12 and step-ups to the 8 in step 3x10, because he can't climb into the tractor cab.
            Functional deficit driving medical necessity: postural control with slow recovery steps; bilateral quadriceps weakness.
            Objective data for reviewer: Berg 44/56.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 18)], [At(Mismatch, "97110")]),

        // ORPT a clock range of 38 minutes on the code's own line ("97112 … 10:10–10:48 am") for a 24-min line: mismatch on 97112; otherwise complete (ticked 1:1; PNF and beam tandem; trunk postural control; Berg).
        ["v6-h150-or-clock-range-38-on-a-24-line"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Obadiah Sapp | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:10–10:48 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: PNF rhythmic stabilization in standing and tandem on the beam with head turns, in order to steady his trunk over his feet.
            Impairment addressed: trunk postural control and sway after his cerebellar stroke.
            Objective measure: Berg 42/56.
            Plan: continue per plan of care.
            """,
            ["I69.393"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // TVPT "SERVICE: 97112 … — 24 min" and a second heading "SERVICE: 97140 Manual therapy" with no minutes: separate time missing; both sections complete (one-on-one; rocker board and foam perturbations with rocker seconds; talocrural glides with dorsiflexion degrees; ankle proprioception and stiffness).
        ["v6-h150-tv-second-service-without-minutes"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Verl Nusbaum
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: rocker board with eyes closed and perturbations on the foam, in order to restore his ankle proprioception after the fracture.
            OBJECTIVE: rocker board A/P 15 sec.
            SERVICE: 97140 Manual therapy
            WHAT I DID AND WHY: posterior talocrural glides, because his dorsiflexion is blocked.
            OBJECTIVE: dorsiflexion 8 degrees after (2 before).
            DEFICIT ADDRESSED: L ankle proprioceptive loss and dorsiflexion stiffness after the ankle fracture.
            """,
            ["S82.892D"], [PT("97112", 24), PT("97140", 10)], [SepTime]),

        // LERB both codes listed without their minutes and only "Total timed minutes: 37 (97112 + 97116)": separate time missing; both sections complete (1:1; foam perturbations with Berg; walker gait with distance and CGA; postural control and a shuffling gait).
        ["v6-h150-le-total-timed-minutes-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04955 · visit 4 of 12 authorized
            Pt: Theda Brockmeyer · Wendell Graf, PT, DPT
            CPT 97112 / CPT 97116
            Total timed minutes: 37 (97112 + 97116)
            Attendance: 1:1 for both services.
            Functional deficit driving medical necessity: postural control with a late stepping strategy; a shuffling gait with the walker.
            Skilled interventions (with rationale): perturbations on the foam and stepping-strategy drills, in order to shorten her step reaction; gait training with the rolling walker on the lot with cues for a longer step, because she shuffles on the gravel.
            Objective data for reviewer: Berg 40/56; 200 ft with the walker, CGA.
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 14)], [SepTime]),

        // ORPT the post-TPE "Time statement: total treatment time 41 min, total timed 38 min, units 3" with the two codes named without their minutes: separate time missing; both sections complete (ticked 1:1; foam perturbations with Berg; sit-to-stands and step-ups with doses; postural control and hip weakness).
        ["v6-h150-or-total-treatment-time-statement-only"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Luella Kinchen | Terrence Bledsoe, PT | Precautions: fall risk
            Timed codes: 97112 Neuromuscular Re-education; 97110 Therapeutic Exercise
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: perturbations on the foam and tandem with head turns, in order to train her recovery steps; sit-to-stands 3x10 and step-ups 3x10, because her hips give out on the church steps.
            Impairment addressed: postural control with slow recovery steps; bilateral hip weakness.
            Objective measure: Berg 43/56.
            Time statement: total treatment time 41 min, total timed 38 min, units 3.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // TVPT "Billed 97112 for 22 minutes" in the prose of the note, matching; one-on-one; X1 viewing and head-turn walking; L vestibular hypofunction; DGI: passes.
        ["v6-h150-tv-billed-97112-for-22-minutes"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Daily note · Pt: Iola Rasmussen · Celeste Vandergriff, PT, DPT
            Billed 97112 for 22 minutes, delivered one-on-one.
            WHAT I DID AND WHY: X1 viewing against the checkerboard and walking with head turns, in order to steady her gaze while she walks the aisle at the Dayton grocery.
            DEFICIT ADDRESSED: L vestibular hypofunction with oscillopsia.
            OBJECTIVE: DGI 17/24 (12 at eval).
            RESPONSE: mild dizziness, settled quickly.
            PLAN: add pitch-plane turns.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // LERB a PT's "CPT 97112 — 22 minutes" matching and an OT's "CPT 97530 — 35 minutes" on a 23-min line: mismatch on 97530; both sections complete (1:1; foam perturbations with Berg; laundry tasks with counts and assist; postural control and L arm weakness).
        ["v6-h150-le-ot-97530-35-written-23-billed"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0106025 (PT and OT) · visit 6 of 12 authorized
            Pt: Gertrude Friesen
            CPT 97112 — 22 minutes · Wendell Graf, PT, DPT
            Attendance: 1:1
            Skilled interventions (with rationale): perturbations on the foam and reaching outside her base, in order to steady her reach.
            Objective data for reviewer: Berg 42/56.
            CPT 97530 — 35 minutes · Kirsten Aldana, OTR/L
            Skilled interventions (with rationale): carrying the laundry basket from the dryer to the bed and folding standing, because she cannot do her laundry.
            Objective data for reviewer: 3 basket carries with stand-by assist.
            Functional deficit driving medical necessity: postural control with reach; L arm weakness after the shoulder fracture.
            """,
            ["R26.81", "S42.202D"], [PT("97112", 22), OT("97530", 23)], [At(Mismatch, "97530")]),

        // ORPT "97116 GAIT TRAINING — 2 units — 25 minutes" (units beside the minutes), matching; cane gait on the clinic hall, the ramp and the curb with cues; antalgic gait after a hip replacement; distance and SBA: passes.
        ["v6-h150-or-97116-units-beside-minutes"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Burl Haskins | Kiana Rowe, PTA (supervising PT: R. Akins) | Precautions: posterior hip precautions
            97116 GAIT TRAINING — 2 units — 25 minutes
            Intervention and skilled rationale: gait training with the cane in the clinic hall, on the ramp and up and down the curb, with cues for equal step length and hip extension at push-off, because he limps and shortens the R step.
            Impairment addressed: antalgic gait and weak R hip extension after the R hip replacement.
            Objective measure: 400 ft with the cane, SBA; curb with CGA.
            Patient response: evener step on the last lap.
            Plan: per PT plan of care.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 25)], []),

        // TVPT a single code whose time field says only "see billing record": no minutes stated, and with one timed code nothing to mismatch or separate; one-on-one, PNF and foam perturbations, ataxia and postural control, SARA: passes.
        ["v6-h150-tv-single-code-time-see-billing-record"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Augustin Delacroix · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education
            TIME: see billing record
            DELIVERY: one-on-one throughout.
            WHAT I DID AND WHY: PNF rhythmic stabilization in standing and perturbations on the foam, in order to steady his trunk over his feet, because he lurches when he turns in the museum aisles.
            DEFICIT ADDRESSED: truncal ataxia and postural control after the cerebellar stroke.
            OBJECTIVE: SARA 10/40.
            PLAN: continue.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h150-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h150-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note of tabs, spaces and line breaks only (cells are trimmed) on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h150-tabs-and-line-breaks-97110"] = new(
            "\t\n \t \n\t",
            ["M62.81"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // 97110's meaning on a TVPT note: hex-bar deadlifts, loaded step-ups to a box and farmer carries with loads, sets and distances (technique and measure), low back and hip extensor weakness, he can't lift the seed bags (deficit); heading 19 matches: passes.
        ["v7-h150-tv-97110-deadlifts-and-farmer-carries"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Owen Takacs, PT · Pt: Harlan Kessinger, wheat farmer
            SERVICE: 97110 Therapeutic exercise — 19 min
            WHAT I DID AND WHY: hex-bar deadlifts 65 lb 3x8, step-ups to the 12 in box holding 20 lb 3x10, farmer carries with 25 lb in each hand 4 x 60 ft — in order to build the lift and carry he needs for the seed bags at planting; cueing for a neutral spine on every deadlift.
            DEFICIT ADDRESSED: low back and hip extensor weakness; he can't lift the seed bags off the truck.
            RESPONSE: no back pain after.
            PLAN: progress the deadlift load next visit.
            """,
            ["M62.81", "M54.50"], [PT("97110", 19)], []),

        // 97530's meaning on a LERB note: loading feed buckets onto the truck bed, carrying a salt block and opening and closing the pipe gate, with loads, distances and counts (technique and measure), R shoulder and trunk weakness after a clavicle fracture (deficit); heading 23 matches: passes.
        ["v7-h150-le-97530-truck-bed-salt-block-and-pipe-gate"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0093377 · visit 9 of 12 authorized
            Pt: Jody Van Pelt · Dale Hobart, PT
            CPT 97530 — 23 minutes
            Functional deficit driving medical necessity: R shoulder and trunk weakness after the R clavicle fracture from the fall off his horse.
            Skilled interventions (with rationale): loading feed buckets onto the truck bed, carrying a salt block across the lot, opening and closing the pipe gate, because these are the chores his wife is doing for him now; lifting mechanics cued on each trip.
            Objective data for reviewer: 30 lb buckets onto the tailgate 8 times; a 50 lb salt block carried 40 ft 3 times with SBA; the pipe gate opened and latched 5 times.
            Progress toward authorized goals: feeding at home with his grandson's help.
            Continued need / next request: on track.
            """,
            ["S42.001D"], [PT("97530", 23)], []),

        // 97140's meaning on an ORPT note: thoracic PA mobilisation, rib springing on the R and STM to the rhomboids (technique), thoracic stiffness and R rib pain on reaching (deficit), rotation degrees before and after (measure); clock range 4:30–4:42 (12) matches: passes.
        ["v7-h150-or-97140-thoracic-mobilisation-and-rib-springing"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Roscoe Whitaker | Terrence Bledsoe, PT | Precautions: none
            97140 Manual Therapy | 4:30–4:42 pm
            Intervention and skilled rationale: central PA mobilization of the mid-thoracic spine, rib springing on the R and soft tissue mobilization to the rhomboids, in order to restore the rotation he needs to reach across to the packing table.
            Impairment addressed: mid-thoracic stiffness and R rib pain on reaching and turning.
            Objective measure: thoracic rotation to the R 35 degrees after (20 before).
            Patient response: reached across without the rib catching.
            Plan: add open-book rotation to the home program.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning on a TVPT PTA note: cane gait on the clinic ramp, the gravel lot and a curb with cues for a soft knee (technique), R knee buckling in stance after a knee replacement (deficit), distance and SBA/CGA (measure); heading 22 matches: passes.
        ["v7-h150-tv-pta-97116-ramp-gravel-and-curb"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Brianna Ferrell, PTA (supervising PT: C. Vandergriff) · Pt: Norbert Liedtke
            SERVICE: 97116 Gait training — 22 min
            WHAT I DID AND WHY: gait training with the single-point cane on the clinic ramp, the gravel lot and the curb out front, with cues for a soft knee at heel strike, because his R knee buckles when he steps down.
            DEFICIT ADDRESSED: R knee buckling in stance after the R TKA.
            OBJECTIVE: 500 ft with the cane, SBA on the gravel; curb up and down with CGA.
            RESPONSE: no buckling on the last lap.
            PLAN: per PT plan of care.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22)], []),

        // LERB prior-authorization language with nothing in it ("Skilled NMR provided per plan of care to address deficits and progress toward authorized goals … continued skilled services remain medically necessary"): no technique, deficit, number but its code and minutes, or one-on-one statement on the 97112.
        ["v7-h150-le-generic-prior-auth-language"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · auth on file
            Pt: Ila Mae Boatwright · Dale Hobart, PT
            CPT 97112 — 23 minutes
            Skilled interventions (with rationale): skilled NMR provided per plan of care to address deficits and progress toward authorized goals.
            Objective data for reviewer: progressing.
            Progress toward authorized goals: progressing as expected. Patient tolerated treatment well.
            Continued need / next request: continued skilled services remain medically necessary; continue plan of care.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ORPT post-TPE template with every heading filled with generic text ("therapeutic exercise per plan of care; skilled because of the patient's condition", "Impairment addressed: per plan of care", "Objective measure: patient progressing"): nothing named on the 97110 and no number but its code and minutes.
        ["v7-h150-or-generic-text-under-every-heading"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Wendell Causey | Kiana Rowe, PTA (supervising PT: R. Akins) | Precautions: standard
            97110 Therapeutic Exercise | minutes: 18
            Intervention and skilled rationale: therapeutic exercise per plan of care; skilled because of the patient's condition and the complexity of the plan.
            Impairment addressed: per plan of care.
            Objective measure: patient progressing.
            Patient response: tolerated well.
            Education: continue home program.
            Plan: continue plan of care.
            """,
            ["M62.81"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // TVPT two codes each with its minutes but nothing named ("97110 … — 15 min: exercise per plan", "97140 … — 10 min: manual per plan", "tolerated well"): technique, generic, deficit and measure on each code; the minutes match, so no time finding.
        ["v7-h150-tv-generic-two-codes-with-minutes"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Doyle Penwell
            SERVICE: 97110 Therapeutic exercise — 15 min
            WHAT I DID AND WHY: exercise per plan.
            SERVICE: 97140 Manual therapy — 10 min
            WHAT I DID AND WHY: manual per plan.
            RESPONSE: tolerated well.
            PLAN: continue plan of care.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // LERB OT "functional activities per plan of care, to progress toward authorized goals" with "Objective data for reviewer: see flowsheet": nothing named on the 97530 and no number but its code and minutes.
        ["v7-h150-le-ot-functional-activities-per-plan"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Mesa Gold Medicare Advantage PPO · auth on file
            Pt: Velma Gerlach · Kirsten Aldana, OTR/L
            CPT 97530 — 22 minutes
            Skilled interventions (with rationale): functional activities per plan of care, to progress toward authorized goals.
            Objective data for reviewer: see flowsheet.
            Progress toward authorized goals: good effort today.
            Continued need / next request: continue per plan.
            """,
            ["M62.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // TVPT complete 97112 with a "NOTE TO REVIEWER" line: one-on-one; Airex stance with ball tosses, rocker board eyes closed, backward cone step-overs; somatosensory loss and sway with eyes closed; mCTSIB and Berg; heading 24 matches: passes.
        ["vord-h150-tv-97112-note-to-reviewer"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Estelle Rainwater, 77 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: one-on-one for the whole service.
            WHAT I DID AND WHY: Airex stance with ball tosses from either side, in order to load her postural control while her attention is on her hands; rocker board M/L with eyes closed, because she sways when the lights go off; stepping backward over cones.
            SKILLED COMPONENT: the toss direction, the surface and the step distance were chosen from her previous trial, with guarding at the belt.
            DEFICIT ADDRESSED: somatosensory loss in both feet; sway with eyes closed.
            OBJECTIVE: mCTSIB foam eyes closed 9 s (3 at eval); Berg 47/56.
            RESPONSE: no loss of balance; pleased with the backward steps.
            PLAN: dim-light walking next visit.
            NOTE TO REVIEWER: each element required by the Benefit Policy Manual for this service is documented above.
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // TVPT PTA 97110 with doses: TKE, quad sets, straight-leg raises with a weight, mini squats; R quad weakness after a meniscus repair; heading 16 matches: passes.
        ["vord-h150-tv-pta-97110-after-a-meniscus-repair"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Brianna Ferrell, PTA (supervising PT: O. Takacs) · Pt: Kendall Ruud
            SERVICE: 97110 Therapeutic exercise — 16 min
            WHAT I DID AND WHY: terminal knee extension with the green band 3x15, quad sets 10 x 10 sec, straight-leg raises with 2 lb 3x12 and mini squats 3x15, in order to get his R quad firing before he goes back to pruning on the ladder; cueing to stop the lag on the SLR.
            DEFICIT ADDRESSED: R quadriceps weakness and an extensor lag after the medial meniscus repair.
            RESPONSE: no effusion increase.
            PLAN: per PT plan of care.
            """,
            ["S83.241D"], [PTA("97110", 16)], []),

        // TVPT OT 97530: tub-bench transfer rehearsal, reaching into the upper cupboard, carrying a laundry basket; L shoulder weakness and limited reach after a humerus fracture; reps, reach count and SBA; heading 22 matches: passes.
        ["vord-h150-tv-ot-97530-tub-bench-and-cupboard"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Nadia Sorensen, OTR/L · Pt: Hazel Oberst
            SERVICE: 97530 Therapeutic activities — 22 min
            WHAT I DID AND WHY: tub-bench transfers on the bathroom mock-up, because she bathes alone; reaching into the upper cupboard for cups with the L arm; carrying a half-full laundry basket to the bed, in order to rebuild the lift she needs at home.
            SKILLED COMPONENT: the shelf height and the basket load were graded to her shoulder hitch.
            DEFICIT ADDRESSED: L shoulder weakness and limited overhead reach after the proximal humerus fracture.
            OBJECTIVE: tub transfer 3 times with SBA; the second shelf reached 10 times without hiking.
            RESPONSE: tired by the end, no pain increase.
            PLAN: hanging clothes in the closet next visit.
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // TVPT 97112 + 97140, each heading with its minutes (23 and 12), both match; one-on-one; rocker board and foam perturbations with SLS; talocrural glides with dorsiflexion degrees; ankle proprioception and stiffness after a sprain: passes.
        ["vord-h150-tv-97112-and-97140"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Owen Takacs, PT · Pt: Merrill Fackler
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: rocker board A/P with eyes closed and perturbations on the foam, in order to restore the ankle's position sense for the hillside orchard.
            OBJECTIVE: SLS on foam R 10 sec (L 22 sec).
            SERVICE: 97140 Manual therapy — 12 min
            WHAT I DID AND WHY: posterior talocrural glides and soft tissue mobilization to the peroneals, because his dorsiflexion is blocked on the ladder rungs.
            OBJECTIVE: dorsiflexion 12 degrees after (6 before).
            DEFICIT ADDRESSED: R ankle proprioceptive loss and dorsiflexion stiffness after the ankle sprain.
            PLAN: hop-and-stick next visit.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 12)], []),

        // TVPT 97116 on the hall and the Rose Street sidewalk with the cane and cues; step-to pattern and antalgic gait from knee osteoarthritis; distance and SBA; heading 21 matches: passes.
        ["vord-h150-tv-97116-sidewalk-gait"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Wilhelmina Goetz · Celeste Vandergriff, PT, DPT
            SERVICE: 97116 Gait training — 21 min
            WHAT I DID AND WHY: gait training with the cane in the hall and out on the Rose Street sidewalk, cueing a reciprocal pattern and heel strike on the L, because she steps-to and limps on the L.
            DEFICIT ADDRESSED: step-to pattern and antalgic gait from L knee osteoarthritis.
            OBJECTIVE: 600 ft with the cane, SBA, reciprocal for the last 300 ft.
            RESPONSE: knee pain unchanged.
            PLAN: curbs next visit.
            """,
            ["M17.12"], [PT("97116", 21)], []),

        // LERB complete 97112: 1:1; PNF in half-kneeling, BOSU perturbations, single-leg stance with head turns, each with its rationale; L hip and ankle proprioception after a fall from a horse; SLS and Y-balance; heading 22 matches: passes.
        ["vord-h150-le-97112-after-a-fall-from-a-horse"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04861 · visit 8 of 12 authorized
            Pt: Dub Hardesty · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: L hip and ankle proprioception after the fall from his horse; he can't stand on the L to swing the R leg over the saddle.
            Skilled interventions (with rationale): PNF rhythmic stabilization in half-kneeling; perturbations standing on the BOSU, in order to train quick ankle and hip responses; single-leg stance on the L with head turns, because he looks back at the cattle while he mounts.
            Objective data for reviewer: SLS L 12 sec (3 at eval); Y-balance anterior reach L 61 cm.
            Progress toward authorized goals: mounted from the block at home.
            Continued need / next request: four more visits within this auth.
            """,
            ["S76.012D", "R26.81"], [PT("97112", 22)], []),

        // LERB PTA 97116 with the rollator on the lot and the church ramp with cues; shuffling and short steps after a hip fracture; distance and CGA; heading 20 matches: passes.
        ["vord-h150-le-pta-97116-rollator-on-the-church-ramp"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0105590 · visit 4 of 10 authorized
            Pt: Gladys Penner · Yesenia Carrizales, PTA
            CPT 97116 — 20 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: short shuffling steps and poor L stance after the L hip fracture.
            Skilled interventions (with rationale): gait training with the rollator on the clinic lot and up the church-style ramp, cues for step length and an upright trunk, because she shuffles on the ramp at church.
            Objective data for reviewer: 350 ft with the rollator, CGA on the ramp, SBA on the level.
            Progress toward authorized goals: got into church on the ramp Sunday with her son beside her.
            Continued need / next request: per PT at the re-eval.
            """,
            ["S72.002D"], [PTA("97116", 20)], []),

        // LERB 97110 + 97112 each with its minutes (14 and 23), both match; 1:1; rocker board and foam perturbations with Berg; hip and knee exercise with doses; postural control and hip weakness: passes.
        ["vord-h150-le-97110-and-97112"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-04702 · visit 7 of 12 authorized
            Pt: Arlis Vogt · Dale Hobart, PT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Skilled interventions (with rationale): rocker board M/L and perturbations on the foam, in order to speed his hip strategy.
            CPT 97110 — 14 minutes
            Skilled interventions (with rationale): sidelying hip abduction 3x12, bridges 3x15, step-ups to the 6 in step 3x10, because his hips give out climbing into the cotton trailer.
            Functional deficit driving medical necessity: lateral postural control; bilateral hip abductor weakness.
            Objective data for reviewer: Berg 45/56.
            Continued need / next request: on track.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // LERB OT 97530: loading the washer from the basket, hanging sheets on the line, carrying the basket back; L hand grip and shoulder endurance after a wrist fracture; counts, load and assist; heading 24 matches: passes.
        ["vord-h150-le-ot-97530-clothesline"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05275 · visit 5 of 10 authorized
            Pt: Nadine Ekholm · Kirsten Aldana, OTR/L
            CPT 97530 — 24 minutes
            Functional deficit driving medical necessity: L hand grip and shoulder endurance after the L distal radius fracture; she can't pin sheets on the line.
            Skilled interventions (with rationale): loading the washer from the basket, hanging sheets on the clothesline with clothespins, carrying the wet basket back to the porch, because she dries her wash outdoors; the clothespin resistance was graded to her grip.
            Objective data for reviewer: 2 sheets hung with 12 pins; wet basket 12 lb carried 30 ft with SBA.
            Progress toward authorized goals: hangs towels at home.
            Continued need / next request: on track.
            """,
            ["S52.502D"], [OT("97530", 24)], []),

        // LERB 97140: lumbar rotational mobilisation in sidelying and STM to the quadratus lumborum; L3-4 hypomobility and low back stiffness; fingertip-to-floor inches; heading 11 matches: passes.
        ["vord-h150-le-97140-lumbar-rotation-mobilisation"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0097415-B · visit 3 of 8 authorized
            Pt: Darrel Siebert · Wendell Graf, PT, DPT
            CPT 97140 — 11 minutes
            Functional deficit driving medical necessity: L3-4 hypomobility and low back stiffness; he can't bend to shovel the feed bunk.
            Skilled interventions (with rationale): lumbar rotational mobilization in R sidelying and soft tissue mobilization to the L quadratus lumborum, in order to restore flexion for bending.
            Objective data for reviewer: fingertips to 6 in above the floor after (14 in before).
            Continued need / next request: on track.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // ORPT complete 97112 with precautions, education and the ticked 1:1 row: foam perturbations, dock-plank walking with head turns, rocker board; postural control on moving surfaces; Berg and rocker seconds; clock range 8:30–8:53 (23) matches: passes.
        ["vord-h150-or-97112-lake-sinclair-dock"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Earline Towns | Rhonda Akins, PT, DPT | Precautions: fall risk; osteoporosis
            97112 Neuromuscular Re-education | 8:30–8:53 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: perturbations standing on the foam, walking a plank on the foam with head turns, in order to rehearse the floating dock at Lake Sinclair; rocker board A/P, because the dock rocks when a boat passes. The therapist graded each push and guarded at the belt.
            Impairment addressed: postural control on moving surfaces; a delayed ankle strategy.
            Objective measure: Berg 48/56; rocker board A/P 19 sec.
            Patient response: steady on the plank by the last pass.
            Education: sit to bait the hook on the dock.
            Plan: continue per plan of care.
            """,
            ["R26.81", "M81.0"], [PT("97112", 23)], []),

        // ORPT PTA 97110 with doses: seated rows, shoulder press, wall slides and ER with the band; R shoulder weakness after a fall; clock range 11:00–11:15 (15) matches: passes.
        ["vord-h150-or-pta-97110-shoulder"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Ozell Fairbanks | Kiana Rowe, PTA (supervising PT: T. Bledsoe) | Precautions: none
            97110 Therapeutic Exercise | 11:00–11:15 am
            Intervention and skilled rationale: seated rows 15 lb 3x12, shoulder press 5 lb 3x10, wall slides 2x15, ER with the red band 3x15, in order to rebuild the reach he needs for the top shelf in the tool room; cueing to keep the shoulder down.
            Impairment addressed: R shoulder flexion and ER weakness after the fall.
            Patient response: no pain.
            Education: wall slides daily.
            Plan: add the overhead reach task next visit.
            """,
            ["S43.401D"], [PTA("97110", 15)], []),

        // ORPT 97116 walker to cane in the hall, the parking lot and the clinic steps with cues; short L step and weak L hip after a stroke; distance and CGA; clock range 1:30–1:52 (22) matches: passes.
        ["vord-h150-or-97116-walker-to-cane"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Sylvester Gaines | Terrence Bledsoe, PT | Precautions: fall risk
            97116 Gait Training | 1:30–1:52 pm
            Intervention and skilled rationale: gait training from the walker to the quad cane in the hall, the parking lot and the four clinic steps, with cues for L hip flexion in swing, because his L foot catches on the parking-lot seams.
            Impairment addressed: short L step and weak L hip flexion after the R MCA stroke.
            Objective measure: 300 ft with the quad cane, CGA; the steps with the rail, CGA.
            Patient response: no toe catches on the last lap.
            Education: wife shown how to guard on the steps.
            Plan: continue per plan of care.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // ORPT a PT's 97112 and an OT's 97530 on one visit, each with a clock range on its own line (2:00–2:23 and 2:25–2:47: 23 and 22), both match; ticked 1:1 for the NMR; foam perturbations and PNF with Berg; kitchen tasks with counts and SBA; R hemiparesis: passes.
        ["vord-h150-or-pt-97112-and-ot-97530"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C (PT and OT)
            Patient: Essie Culbreath | Precautions: fall risk
            97112 Neuromuscular Re-education | 2:00–2:23 pm | Rhonda Akins, PT, DPT
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: PNF rhythmic stabilization in standing and perturbations on the foam, in order to steady her over the weak R leg.
            Impairment addressed: R hemiparesis with poor postural control after the L stroke.
            Objective measure: Berg 41/56.
            97530 Therapeutic Activities | 2:25–2:47 pm | Marjorie Tillman, OTR/L
            Intervention and skilled rationale: carrying cups from the sink to the table and wiping the counter standing, because she makes her own breakfast.
            Impairment addressed: R arm weakness and standing tolerance after the stroke.
            Objective measure: 6 cups carried with SBA, no spills.
            Plan: both disciplines per plan of care.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 22)], []),

        // ORPT 97140 + 97110 each with a clock range on its own line (3:00–3:12 and 3:12–3:27: 12 and 15), both match; cervical glides and STM with rotation degrees; chin tucks and rows with doses; cervical stiffness and postural weakness: passes.
        ["vord-h150-or-97140-and-97110"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Agnes Whatley, church pianist | Terrence Bledsoe, PT | Precautions: none
            97140 Manual Therapy | 3:00–3:12 pm
            Intervention and skilled rationale: unilateral PA glides of the mid-cervical spine on the R and soft tissue mobilization to the upper trapezius, because she cannot turn to see the choir director.
            Objective measure: cervical rotation R 60 degrees after (45 before).
            97110 Therapeutic Exercise | 3:12–3:27 pm
            Intervention and skilled rationale: chin tucks 10 x 5 sec, rows with the green band 3x15, wall angels 2x10, in order to hold the posture at the piano.
            Impairment addressed: R cervical stiffness and weak deep neck flexors and scapular muscles.
            Patient response: turned further without pain.
            Plan: continue per plan of care.
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 15)], []),

        // TVPT a long appeal-style 97112 note with a citation of the manual and a "why a therapist" paragraph: one-on-one; PNF D1/D2, Airex reaches, backward walking with stops; postural control and trunk recruitment after a stroke; Berg and reach inches; heading 25 matches: passes.
        ["vord-h150-tv-appeal-style-97112"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Ferdinand Stahl, 80 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 25 min
            DELIVERY: one-on-one; I was with Mr. Stahl alone for the whole service.
            WHAT I DID AND WHY: PNF D1 and D2 patterns of the arms standing, in order to load his trunk recruitment while his feet stay put; reaches to targets from the Airex, because he falls reaching for the mailbox; backward walking with a stop on my cue.
            SKILLED COMPONENT: required the skills of a therapist because the resistance, the target distance and the surface were chosen from his last attempt, and because he cannot be guarded safely by anyone less trained on the Airex.
            DEFICIT ADDRESSED: postural control and trunk recruitment after the R MCA stroke; a late stepping strategy backward.
            OBJECTIVE: Berg 43/56 (35 at eval); reach from the Airex 9 in without a step.
            RESPONSE: no losses of balance; tired at the end.
            PLAN: progress to reaching while walking next visit.
            NOTE TO REVIEWER: reasonable and necessary under the Benefit Policy Manual, ch. 15 §220.2 — the service is of a level of complexity that requires a therapist, and measurable progress is shown above.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // LERB the HMO's "Steady at Home pathway, week 7" named beside the techniques actually done (perturbations on foam, tandem with head turns, stepping over the rail); 1:1; delayed stepping and sway; Berg and TUG; heading 23 matches: passes.
        ["vord-h150-le-steady-at-home-beside-real-techniques"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05180 · visit 9 of 12 authorized
            Pt: Elvira Unruh · Dale Hobart, PT
            CPT 97112 — 23 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: delayed stepping and sway with eyes closed after her fall in the garden.
            Skilled interventions (with rationale): Steady at Home pathway, week 7 — perturbations standing on the foam, tandem walking with head turns and stepping over a low rail, in order to shorten her step reaction and stop the toe catches.
            Objective data for reviewer: Berg 46/56; TUG 11.8 sec.
            Progress toward authorized goals: gardening with a hand on the fence.
            Continued need / next request: discharge with the pathway's week 8 home sheet.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], []),

        // ORPT OT 97530: stripping and making the bed, carrying the laundry basket down the hall; L shoulder and grip weakness after a fracture; counts and SBA; clock range 9:15–9:38 (23) matches: passes.
        ["vord-h150-or-ot-97530-making-the-bed"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C (OT)
            Patient: Lillian Bostwick | Marjorie Tillman, OTR/L | Precautions: no lifting over 10 lb with the L arm
            97530 Therapeutic Activities | 9:15–9:38 am
            Intervention and skilled rationale: stripping and making the bed, tucking the sheet corners, carrying the laundry basket down the hall, because she lives alone and makes her bed every morning; the basket load was kept under her lifting limit.
            Impairment addressed: L shoulder and grip weakness after the L proximal humerus fracture.
            Objective measure: bed made with 4 corners tucked, SBA; basket carried 40 ft twice.
            Patient response: shoulder ache that settled.
            Education: slide the basket on the counter instead of lifting it.
            Plan: hanging clothes next visit.
            """,
            ["S42.202D"], [OT("97530", 23)], []),

        // LERB complete 97112 (1:1; foam perturbations and step-and-hold; ankle proprioception; SLS and Berg) sent with no diagnosis.
        ["vord-h150-le-complete-97112-no-diagnosis"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05093 · visit 6 of 12 authorized
            Pt: Cecil Funderburg · Wendell Graf, PT, DPT
            CPT 97112 — 22 minutes
            Attendance: 1:1, therapist and patient only.
            Functional deficit driving medical necessity: R ankle proprioceptive loss after the sprain.
            Skilled interventions (with rationale): perturbations on the foam and step-and-hold onto the Airex, in order to train a quick ankle response.
            Objective data for reviewer: SLS R 11 sec; Berg 49/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // ORPT complete 97112 (ticked 1:1; rocker board and foam perturbations; ankle proprioception; rocker seconds and Berg) with the claim's diagnosis left as "TBD": not a well-formed ICD-10-CM code.
        ["vord-h150-or-diagnosis-tbd-on-the-claim"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Mavis Drummond | Terrence Bledsoe, PT | Precautions: none
            97112 Neuromuscular Re-education | 10:30–10:52 am
            Attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: rocker board with eyes closed and perturbations on the foam, in order to restore L ankle proprioception.
            Impairment addressed: L ankle proprioceptive loss after the sprain.
            Objective measure: rocker board A/P 14 sec; Berg 50/56.
            Plan: continue per plan of care.
            """,
            ["TBD"], [PT("97112", 22)], [Dx]),

        // TVPT two codes with the 97110 heading's minutes carried from another visit ("97110 Therapeutic exercise — 25 min" on a 14-min line): mismatch on 97110; "97112 … — 23 min" matches; both sections complete (one-on-one; foam perturbations with Berg; step-ups and bridges with doses; postural control and hip weakness).
        ["vord-h150-tv-97110-minutes-carried-from-another-visit"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT · Pt: Lavern Schmick
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: one-on-one.
            WHAT I DID AND WHY: perturbations on the foam and tandem with head turns, in order to speed his recovery steps.
            OBJECTIVE: Berg 44/56.
            SERVICE: 97110 Therapeutic exercise — 25 min
            WHAT I DID AND WHY: step-ups to the 8 in step 3x10 and bridges 3x15, because his hips give out on the hayloft ladder.
            DEFICIT ADDRESSED: postural control with slow recovery steps; bilateral hip extensor weakness.
            PLAN: continue.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
