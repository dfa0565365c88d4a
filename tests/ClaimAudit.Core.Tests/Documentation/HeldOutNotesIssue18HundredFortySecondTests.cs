using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-first) is notes organised goal
/// by goal: each short- and long-term goal ("STG 1", "LTG 2", "Goal #3", "Functional goal: …") with its status (met,
/// progressing, not met, revised, deferred), the interventions, codes and minutes that served it and the measure that
/// showed its progress written under the goal; outcome-driven notes (FOTO, LEFS, ODI, NDI, ABC and DGI numbers with
/// their dates), goals rewritten mid-episode, one code serving two goals, and notes whose goals' measures are the
/// previous visit's or the evaluation's beside today's. About two thirds are ordinary and complete (71 of
/// 107), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an
/// OT's code on one visit), by PTs, PTAs and OTs, from three employers no earlier set has, each with its own goal
/// template:
/// <list type="number">
/// <item>an outcomes-driven orthopaedic group ("Malheur Bend Orthopaedic Outcomes Group", MBOG: clinics in Ontario,
/// Nyssa and Vale, Oregon; the "MBOG Outcomes Daily Note" with a "PRIMARY OUTCOME:" line (FOTO FS, LEFS, ODI, NDI,
/// QuickDASH with the intake score and its date), goals numbered "STG 1 (by visit 6)" and "LTG 2 (by 01/15)" with a
/// status in capitals, the codes under each goal as arrows "→ 97110 · 14 min · …" and the goal's measure on a "▸
/// measured by:" line): Dr. Rosalind Quenneville (PT, DPT, OCS), Ignacio Barragán (PT) and Kenzie Pfleger (PTA); an
/// onion-packing-shed sorter, a sugar-beet piler operator, a barrel racer, a museum volunteer, a
/// mural painter on Vale's Oregon Trail walls, a hay-squeeze operator and a daughter filming the home programme;</item>
/// <item>a hospital neuro clinic ("Blackberry Creek Hospital — Neurologic Therapy Clinic", BCH: the hospital clinic in
/// Matewan, West Virginia, and its satellites in Kermit and Delbarton; "Goal #1 — …" blocks with "Status:", "Treated
/// with: 97112 (24 min) — …" and "How we know: DGI 16/24 on 11/30 → 19/24 today", an "Attendance:" line or its "☒ 1:1
/// ☐ concurrent ☐ group" row, goals "rewritten" with the date): Dr. Ophelia Stanbury (PT, DPT, NCS), Lyle Maynard
/// (PT), Jodi Spurlock (PTA) and Annaliese Varney (OTR/L); a retired roof bolter, a trail guide on the ATV trails, a
/// church pianist, a school-bus driver, a Tug Fork catfisherman, a museum docent, a CNA waiting at the door and a
/// grandson who drove;</item>
/// <item>a value-based-contract practice ("Logan Creek Physical Therapy", LCPT: Wisner, West Point and Pender,
/// Nebraska, on the "Northeast Nebraska Value Contract" bundle, NNVC; the "NNVC GOAL TRACKER" with "episode visit 4 of
/// 12", "Functional goal: … [status: …]", "Codes/min: 97530 = 16", "Progress measure:" under each goal and a "Contract
/// outcome:" line with the intake score, its date and whether the MCID was reached; the contract's "Falls Pathway"
/// steps): Corisande Feeken and Arlo Wiechmann (PTs), Tressa Uhing (PTA) and Mirela Hrabik (OTR/L); a feedlot pen
/// rider, a grain-elevator operator, a polka accordion player, a school custodian, a kolache baker, a hog-barn worker
/// and a husband in the lobby.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads goal-organised notes: what a goal block
/// says of today's treatment is part of the note, a goal's status word is not a measure, a goal's target is not today's
/// result, a blank, "___", "see eval", "see POC", "unchanged" and an unticked box state nothing, and a code's minutes
/// are its own wherever the goal template puts them (under a goal, on an arrow, after "=") so long as they are on the
/// code's own line:
/// <list type="bullet">
/// <item>class 1 (v1-h142-…): one-on-one in these writers' own words ("Attendance: just Mr. Blankenship and me, start
/// to finish of the neuro re-ed", "one-to-one; his daughter filmed the home programme on her phone", "Seen individually
/// — no other patient in the gym while we worked Goal 1", "hands-on with her alone the entire 97112; the CNA from her
/// facility waited at the door", "direct one-on-one contact throughout; a PT student observed"), notes that negate it
/// (a PTA who had a second patient on the stairs alternating with this one, "not one-on-one today — two bundle patients
/// shared the balance station", "concurrent with the 10:30 patient") or never state it (a complete MBOG goal note with
/// no delivery line), and the codes without a one-on-one check (an OT's 97530 with a second patient at the kitchen
/// table, a 97110 beside another patient on the bike);</item>
/// <item>class 2 (v2-h142-…): checkbox and blank-field states on goal templates ("☒ 1:1 ☐ concurrent ☐ group" ticked
/// and the same row unticked, "Delivery: [x] 1:1 [ ] supervised" and nothing ticked, goal-status boxes ticked or left,
/// "Goal addressed: ☐ Goal 1 ☐ Goal 2 ☒ Goal 3", "Progress measure: ______", "Impairment targeted: [ ]", "FOTO ___ (due
/// visit 10)" beside a measure of today, "Codes/min: 97112 = __");</item>
/// <item>class 3 (v3-h142-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises, the Otago
/// strength and balance programme with its dose, Cawthorne-Cooksey progressions, Mulligan mobilisation with movement,
/// Maitland grade IV, blood-flow-restriction training with its dose, Tai Ji Quan: Moving for Better Balance, Brandt-
/// Daroff habituation with gaze stabilisation), and the contract's "Falls Pathway step 3" and a surgeon's "ACL protocol
/// phase 2" as the only technique;</item>
/// <item>class 4 (v4-h142-…): deficits stated as findings (sways hard with eyes closed on foam, a toe that catches the
/// church-step nosing from a weak dorsiflexor, a knee that buckles stepping off the sorting platform, feet that cannot
/// feel the stirrup, a trunk that sways turning to look behind in the cab, a step reaction that comes late and short)
/// and notes that state none ("Impairment: see eval" under a goal that says only "see POC", "Impairment: unchanged"
/// under an LTG "per plan of care", "Impairment: ___" under a goal "to be set at re-eval");</item>
/// <item>class 5 (v5-h142-…): measures in every usual form (an FGA from the evaluation's date to today's, LEFS with the
/// change since intake beside today's single-leg stance, ABC beside a five-times sit-to-stand, a 10MWT gait speed for a
/// 97116, the evaluation's Berg on an LTG beside today's tandem seconds on an STG, the previous visit's ODI beside
/// today's dose, curb steps counted) and notes with none ("How we know: will re-test at the progress note", "steadier on
/// the foam per patient", "Progress measure: deferred to the progress visit", a 97116 that walked "farther than
/// Monday", a 97110 of exercises named without a dose);</item>
/// <item>class 6 (v6-h142-…): minutes in these templates' forms ("Treated with: 97112 (24 min)" under one goal and
/// "97116 (15 min)" under another, "→ 97110 · 14 min", "Codes/min: 97530 = 16", one code serving two goals with its
/// minutes once and "see 97112 above" under the second, a clock range on the code's own line, a minute box, a PT's and an
/// OT's code under a rewritten goal) and true mismatches ("→ 97110 · 25 min" on a 14-minute line, "97112 (30 min)" on
/// 19, "97140 = 8" on 20, a 97116 of 28 against 15 beside a 97112 that matches) and truly missing separate time (two
/// goals' codes with only "Total treatment 38 min", "97112 + 97110 = 37", one arrow with minutes and one without);</item>
/// <item>class 7 (v7-h142-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (quad and hip work with loads after a knee replacement), 97530 (lifting
/// and carrying the kolache trays, floor to stand), 97140 (lumbar PA glides and STM) and 97116 (quad cane to straight
/// cane on the corridor, the ramp and a curb), and wholly generic notes (a BCH goal block of "balance training,
/// tolerated well", an LCPT two-code tracker of "ther ex and functional activities per pathway", an MBOG "manual therapy
/// as tolerated", a one-on-one "neuro re-ed and coordination exercises");</item>
/// <item>ordinary (vord-h142-…): complete goal-by-goal notes of the three employers that a reviewer passes (the
/// false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis is the
/// words "L TKA", a PTA's goal minutes carried from a longer visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code that serves two goals gives its minutes once). Every timed line
/// earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the code's
/// or its minutes — daughters, a husband, a grandson, a CNA, a PT student (none of them a patient; the second patient
/// on the stairs, the bundle patients at the balance station and the 10:30 patient are), dates of evaluations, goals and
/// re-tests, visit numbers of an episode ("visit 8", "episode visit 4 of 12"), outcome scores and percentages, ages,
/// step heights in inches, loads in pounds, band colours, degrees, seconds, gait speeds, distances in feet, counts of
/// steps, curbs and trays, and times of day in clock ranges — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code ("→ 97110 · 14 min", "Treated with:
/// 97112 (24 min)", "Codes/min: 97530 = 16"), in its block's heading, in a minute box or as a clock range on the code's
/// own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that gives the visit a total
/// ("Total treatment 38 min"); no goal is written in minutes of walking or standing; notes failed for want of a
/// measure carry no number but their code and its minutes (their goals are written without targets). DOC_GENERIC_ONLY
/// is expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check
/// only on an objective measure with a number and fails it only when the note has no number but its code, its minutes
/// and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff
/// member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the goal-note forms that could honestly be read either way: a goal's measure dated to the
/// evaluation or the last visit as a 97112's only number (every such note here also has a number of today, or is a
/// code for which today's dose is a measure), a goal's target ("Berg ≥ 45/56") as a note's only number, one code's
/// minutes split between two goals, a goal whose wording names the impairment as the only deficit of a 97112 ("LTG 1:
/// improve postural control to …"), a self-rated outcome (FOTO, ODI, NDI, LEFS, ABC) as a note's only number, a goal
/// status ticked "met" with no result written, and a goal rewritten today whose old and new wording disagree on the
/// element a rule reads.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 107 cases agree (105 needed), and 2 of the 71 notes the reviewer passes got a finding, on the analyzer of 2232693 (the 2026-12-07 twenty-first session: its start c72e39a and one commit of readings made before any set of this round was seen) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 107 of 107, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortySecondTests(ITestOutputHelper output)
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

        // BCH Matewan goal block: "Attendance: just Mr. Blankenship and me, start to finish of the neuro re-ed"; foam stance with head turns, step-and-stick, lateral perturbations; somatosensory loss in both feet; DGI eval → today; "Treated with: 97112 (24 min)" matches: passes.
        ["v1-h142-bch-just-him-and-me-start-to-finish"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Virgil Blankenship, 71, retired roof bolter · 12/01/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk the gravel drive to the mailbox without a loss of balance
               Status: progressing
               Treated with: 97112 (24 min) — foam stance with horizontal head turns, step-and-stick onto the Airex, lateral perturbations at the pelvis
               Impairment: somatosensory loss in both feet from the diabetic neuropathy; he watches his feet on any uneven ground
               How we know: DGI 14/24 on 11/02 (eval) → 18/24 today
            Attendance: just Mr. Blankenship and me, start to finish of the neuro re-ed.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // MBOG Ontario: "one-to-one; his daughter filmed the home programme on her phone" (family, not a patient); rocker board, single-leg stance with ball toss, perturbations; L ankle proprioception after a sprain at the packing shed; SLS seconds; "→ 97112 · 22 min" matches: passes.
        ["v1-h142-mbog-daughter-filmed-the-hep"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Rogelio Arambula · Visit 6 · 12/02/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 55/80 today (intake 38/80, 11/04/2026)
            STG 1 (by visit 8): stand on the L foot on the sorting-line platform without grabbing the rail — PROGRESSING
               → 97112 · 22 min · rocker board A/P and M/L, single-leg stance on the L catching a ball, perturbations at the shoulders
               Impairment: L ankle proprioception down after the inversion sprain on the shed's loading dock
               ▸ measured by: SLS L 11 sec today (3 sec at eval); rocker M/L 18 sec without an edge touch
            Delivery: one-to-one; his daughter filmed the home programme on her phone at the end.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LCPT Wisner tracker: "Seen individually — no other patient in the gym while we worked Goal 1"; tandem walking with head turns, reactive stepping to pushes, foam reaching; delayed stepping reaction; FGA and 4 of 6 pushes; "Codes/min: 97112 = 23" matches: passes.
        ["v1-h142-lcpt-seen-individually-empty-gym"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 4 of 12)
            Pt: Harlan Dinklage, feedlot pen rider · C. Feeken, PT
            Functional goal: get on and off his horse at the pens without a fall [status: progressing]
              Codes/min: 97112 = 23
              Interventions: tandem walking with head turns, reactive stepping to pushes from behind and the side, reaching to cones while standing on foam
              Impairment: delayed stepping reaction and postural sway after the fall off the pen gate
              Progress measure: FGA 19/30 (15/30 on 11/10); recovered 4 of 6 pushes with one step
            Seen individually — no other patient in the gym while we worked Goal 1.
            Contract outcome: ABC 62% (intake 41%, 11/10) — MCID reached
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // BCH Kermit PTA: "I had Mr. Hatcher on the stairs too and went back and forth between them" — a second patient treated inside the block: one-on-one missing; tandem, foam and rhythmic stabilisation with Berg and tandem seconds; postural control after a stroke.
        ["v1-h142-bch-pta-second-patient-on-the-stairs"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Loretta Muncy · 12/02/2026 · J. Spurlock, PTA
            Goal #2 — get up the three church steps with one rail to play the piano on Sunday
               Status: progressing
               Treated with: 97112 (21 min) — tandem stance at the stair rail, marching on foam, rhythmic stabilization at the trunk in standing
               Impairment: postural control and R-sided weight acceptance after the L MCA stroke
               How we know: Berg 41/56 today; tandem R foot forward 8 sec
            I had Mr. Hatcher on the stairs too and went back and forth between them the whole block.
            """,
            ["I69.351"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // MBOG Nyssa complete goal note with no delivery line and nothing saying one-on-one or individual: not stated; perturbation training on the half foam roll, single-leg hops to stick, eyes-closed SLS; knee proprioception after an ACL repair; SLS and hop count present.
        ["v1-h142-mbog-no-delivery-line"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Shaylee Copeland, barrel racer · Visit 12 · 12/03/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 61/80 today (intake 27/80, 09/22/2026)
            LTG 1 (by 01/15): return to running the barrel pattern on her mare — PROGRESSING
               → 97112 · 24 min · perturbation training standing on the half foam roll, single-leg hop to a stick landing, eyes-closed SLS on the R
               Impairment: R knee proprioception and dynamic valgus on landing after the R ACL reconstruction
               ▸ measured by: SLS eyes closed R 9 sec (L 16 sec); 7 of 10 hop landings without valgus
            """,
            ["S83.511D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LCPT West Point: "not one-on-one today — two bundle patients shared the balance station" (negated); rocker board and foam head turns with tandem seconds; vestibular hypofunction: one-on-one missing.
        ["v1-h142-lcpt-not-one-on-one-shared-station"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Marlys Kuhlmann · A. Wiechmann, PT
            Functional goal: turn her head to back the car out of the garage without getting dizzy [status: progressing]
              Codes/min: 97112 = 22
              Interventions: rocker board with eyes closed, standing on foam with head turns side to side, gaze stabilization X1 at the wall
              Impairment: L vestibular hypofunction after neuritis, dizzy and off balance turning her head
              Progress measure: tandem on foam 6 sec (2 sec on 11/17); DGI 17/24
            Not one-on-one today — two bundle patients shared the balance station and I split my time.
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // BCH Delbarton OT 97530 with a second patient at the kitchen table (97530 has no one-on-one check); setting the table and carrying a plate, reaching to the top cabinet; R arm weakness after a stroke; counts and assist; "97530 (23 min)" matches: passes.
        ["v1-h142-bch-ot-second-patient-at-the-kitchen-table-97530"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Opal Justice · 12/03/2026 · A. Varney, OTR/L
            Goal #1 — set her own table and carry a plate to it
               Status: progressing
               Treated with: 97530 (23 min) — setting four places at the kitchen table, carrying a plate of cornbread from the counter, reaching to the top cabinet with the R arm
               Impairment: R arm weakness and poor grasp release after the L CVA
               How we know: 4 of 4 plates carried with stand-by assist; top-cabinet reach 3 of 5 with the R
            Mrs. Bailey was at the kitchen table with us doing her own task.
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // LCPT Pender PTA 97110 beside another patient on the bike (97110 has no one-on-one check); leg press, step-ups and hip abduction with doses; R hip weakness after a hip replacement; "97110 = 18" matches: passes.
        ["v1-h142-lcpt-pta-97110-another-patient-on-the-bike"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 6 of 10)
            Pt: Delbert Sock, school custodian · T. Uhing, PTA
            Functional goal: climb the boiler-room ladder at the school [status: progressing]
              Codes/min: 97110 = 18
              Interventions: leg press 90 lb 3x12, forward step-ups onto the 8 inch box 3x10, standing hip abduction with the green band 3x15
              Impairment: R hip abductor and extensor weakness after the R THA
              Progress measure: step-ups 10 per side without the rail (6 on 11/24)
            Another bundle patient was on the recumbent bike next to us.
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 18)], []),

        // BCH: "hands-on with her alone the entire 97112; the CNA from her facility waited at the door" (staff, not a patient); PNF D1/D2 with resisted stepping, foam, rhythmic stabilisation; ataxia; Berg; "(22 min)" matches: passes.
        ["v1-h142-bch-cna-waited-at-the-door"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Ila Mae Stepp · 12/03/2026 · L. Maynard, PT
            Goal #3 — walk from her room to the dining hall with the rollator and no loss of balance
               Status: progressing
               Treated with: 97112 (22 min) — PNF D1/D2 lower-extremity patterns with resisted stepping, rhythmic stabilization in standing, marching on foam at the counter
               Impairment: truncal and limb ataxia after the cerebellar stroke
               How we know: Berg 36/56 today (31/56 at eval on 10/28)
            Attendance: hands-on with her alone the entire 97112; the CNA from her facility waited at the door.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // MBOG Vale: "direct one-on-one contact throughout; a PT student observed"; BAPS board, foam perturbations, lateral step-and-hold; L ankle proprioception; BAPS level and SLS; "→ 97112 · 23 min" matches: passes.
        ["v1-h142-mbog-student-observed"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorinda Moss, mural painter · Visit 5 · 12/04/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FOTO ankle FS 58 today (intake 44, 11/13/2026)
            STG 2 (by visit 8): stand on the scaffold plank and reach overhead without stepping — PROGRESSING
               → 97112 · 23 min · BAPS board level 3 clockwise and counter, perturbations on the foam pad while reaching overhead, lateral step-and-hold
               Impairment: L ankle proprioception and slow ankle strategy after the fracture
               ▸ measured by: SLS L 14 sec (R 25 sec); 6 of 8 perturbations without a step
            Delivery: direct one-on-one contact throughout; a PT student observed.
            """,
            ["S82.62XD"], [PT("97112", 23)], []),

        // LCPT Wisner: "concurrent with the 10:30 patient (both on the balance beam)" — another patient in the block: one-on-one missing; foam beam tandem, perturbations; postural control; tandem seconds.
        ["v1-h142-lcpt-concurrent-with-the-1030-patient"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 3 of 12)
            Pt: Irene Stodola, kolache baker · A. Wiechmann, PT
            Functional goal: carry a tray across the bakery floor without losing her balance [status: progressing]
              Codes/min: 97112 = 20
              Interventions: tandem walking on the foam beam, perturbations at the shoulders in tandem, turning in place on foam
              Impairment: postural control and a slow hip strategy after two falls at the bakery
              Progress measure: tandem on the beam 10 sec; Mini-BESTest 19/28
            Concurrent with the 10:30 patient today (both on the balance beam).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // BCH 97112 serving Goal #1 and Goal #2 in one block: "1:1 — both goals worked in the same block"; X1 viewing, walking with head turns, foam; vestibular hypofunction; DGI; minutes once (23) match: passes.
        ["v1-h142-bch-one-block-two-goals-one-on-one"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Darrell Kiser, school-bus driver · 12/04/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — check his mirrors without dizziness
               Status: progressing
               Treated with: 97112 (23 min, serves Goal #1 and Goal #2) — X1 viewing with a busy background, walking the hall with head turns, feet together on foam eyes closed
               Impairment: R vestibular hypofunction, oscillopsia with quick head turns
               How we know: DGI 18/24 today (13/24 at eval); dynamic visual acuity 2 lines lost
            Goal #2 — climb the bus steps without holding both rails
               Status: progressing — see 97112 above
            Attendance: 1:1 — both goals worked in the same block, just Darrell and me.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BCH attendance row ticked "☒ 1:1 ☐ concurrent ☐ group"; foam and rocker with head turns, step-overs; proprioception in Parkinson's; Mini-BESTest; "(22 min)" matches: passes.
        ["v2-h142-bch-attendance-row-ticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Carlos Fuller · 12/01/2026 · L. Maynard, PT
            Goal #1 — step over the trail roots on the ATV trail walk without stopping
               Status: progressing
               Treated with: 97112 (22 min) — rocker board with head turns, stepping over hurdles with big steps, backward walking on the foam mat with a stop on cue
               Impairment: postural instability and slow stepping responses with Parkinson's disease
               How we know: Mini-BESTest 21/28 today (17/28 on 10/30)
            Attendance: ☒ 1:1   ☐ concurrent   ☐ group
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // BCH attendance row left unticked "☐ 1:1 ☐ concurrent ☐ group" and nothing else about delivery: one-on-one missing; otherwise complete (perturbations, tandem, foam; proprioception; Berg).
        ["v2-h142-bch-attendance-row-unticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Wilma Sparks · 12/02/2026 · J. Spurlock, PTA
            Goal #1 — hang the wash on the line without reaching for the post
               Status: progressing
               Treated with: 97112 (23 min) — perturbations at the hips in tandem, reaching overhead standing on foam, weight shifts onto the L with tapping
               Impairment: L ankle and knee proprioception after the L knee replacement and a fall
               How we know: Berg 44/56 today
            Attendance: ☐ 1:1   ☐ concurrent   ☐ group
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // MBOG goal-status boxes "[ ] MET [x] PROGRESSING [ ] NOT MET" and "Delivery: [x] 1:1 [ ] supervised"; Airex single-leg with perturbations, lateral hops to stick; ankle proprioception; Y-balance and SLS; "→ 97112 · 24 min" matches: passes.
        ["v2-h142-mbog-status-boxes-and-delivery-ticked"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Tavin Yturri · Visit 9 · 12/01/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FOTO ankle FS 66 today (intake 47, 10/27/2026)
            STG 3: hop off the piler catwalk step and land without the ankle rolling — [ ] MET [x] PROGRESSING [ ] NOT MET
               → 97112 · 24 min · single-leg stance on the Airex with perturbations, lateral hops to a stick landing, star-excursion reaches
               Impairment: R ankle proprioception and late peroneal response after repeated sprains
               ▸ measured by: Y-balance anterior reach R 58 cm (L 66 cm); SLS eyes closed R 10 sec
            Delivery: [x] 1:1   [ ] supervised
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // MBOG "Delivery: [ ] 1:1 [ ] supervised" with nothing ticked: one-on-one missing; otherwise complete (PNF rhythmic stabilisation and BOSU squats; knee proprioception; SLS).
        ["v2-h142-mbog-delivery-nothing-ticked"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lance Ugalde · Visit 7 · 12/02/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 49/80 today (intake 31/80, 10/29/2026)
            LTG 1 (by 01/20): climb the hay-squeeze ladder without the knee giving way — PROGRESSING
               → 97112 · 21 min · PNF rhythmic stabilization in single-leg stance, BOSU squats with perturbations, lateral step-downs with a mirror
               Impairment: L knee proprioception and quad recruitment after the meniscus repair
               ▸ measured by: SLS L 12 sec; 8 of 10 step-downs without knee valgus
            Delivery: [ ] 1:1   [ ] supervised
            """,
            ["S83.232D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // LCPT "Progress measure: ______" left blank and no number but the code's minutes: measure missing; one-on-one, rocker board and foam head turns, vestibular deficit present.
        ["v2-h142-lcpt-progress-measure-blank"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Rosalie Hansen · C. Feeken, PT
            Functional goal: walk to the mailbox on the gravel lane without veering [status: progressing]
              Codes/min: 97112 = 22
              Interventions: rocker board with eyes closed, walking with head turns and sudden stops, gaze stabilization on foam
              Impairment: R vestibular hypofunction, veers to the R with head turns
              Progress measure: ______
            One-on-one with me for the whole block.
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LCPT "Goal addressed: ☐ Goal 1 ☐ Goal 2 ☒ Goal 3" with the impairment typed under it; tandem, foam perturbations, step strategy; somatosensory loss; tandem seconds and FGA; 1:1; "97112 = 24" matches: passes.
        ["v2-h142-lcpt-goal-addressed-box-ticked"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Ervin Wortmann, grain-elevator operator · A. Wiechmann, PT
            Goal addressed: ☐ Goal 1   ☐ Goal 2   ☒ Goal 3
            Functional goal 3: walk the elevator catwalk grating without holding the rail [status: progressing]
              Codes/min: 97112 = 24
              Interventions: tandem stance on foam, perturbations on the grating mat, stepping strategy to cues in four directions
              Impairment: somatosensory loss in both feet from the neuropathy; he can't feel the grating
              Progress measure: tandem on foam 9 sec; FGA 20/30
            1:1, the whole block.
            """,
            ["G62.9"], [PT("97112", 24)], []),

        // BCH "Goal #2: (not yet written)" and "Impairment targeted: [ ]" left empty; no deficit anywhere: deficit missing; 1:1, PNF patterns and foam, Berg present.
        ["v2-h142-bch-impairment-targeted-empty"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Homer Dotson · 12/02/2026 · L. Maynard, PT
            Goal #2 — (not yet written)
               Status: —
               Treated with: 97112 (22 min) — PNF D2 flexion patterns standing, rhythmic stabilization in half-kneel, marching on foam
               Impairment targeted: [ ]
               How we know: Berg 43/56 today
            Attendance: 1:1 with Mr. Dotson throughout.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MBOG "PRIMARY OUTCOME: FOTO ___ (due visit 10)" blank beside today's SLS and step-down count; 1:1; foam reaches, perturbations; knee proprioception; "→ 97112 · 22 min" matches: passes.
        ["v2-h142-mbog-foto-blank-beside-todays-measure"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Gretchen Ayerza · Visit 8 · 12/03/2026 · I. Barragán, PT
            PRIMARY OUTCOME: FOTO knee FS ___ (due visit 10)
            STG 2 (by visit 10): step down from the museum stage without holding on — PROGRESSING
               → 97112 · 22 min · foam single-leg reaches in three directions, perturbations at the pelvis in single-leg stance, forward step-downs off the 6 inch step
               Impairment: R knee proprioception and quad control after the R TKA
               ▸ measured by: SLS R 7 sec today; 6 of 10 step-downs controlled
            Delivery: [x] 1:1   [ ] supervised
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // LCPT two codes with "Codes/min: 97112 = __" unfilled and "97110 = 14": separate time missing; both complete (1:1; rocker and foam; ankle proprioception; rocker seconds; 97110 doses and calf weakness).
        ["v2-h142-lcpt-codes-min-blank-for-97112"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Lorraine Schinstock · C. Feeken, PT
            Functional goal 1: walk the parish-hall floor in her dance shoes [status: progressing]
              Codes/min: 97112 = __
              Interventions: rocker board M/L, foam stance with head turns, step-and-stick to the side
              Impairment: L ankle proprioception after the sprain at the polka dance
              Progress measure: rocker M/L 16 sec; SLS L 9 sec
            Functional goal 2: rise onto her toes to reach the top shelf [status: progressing]
              Codes/min: 97110 = 14
              Interventions: heel raises 3x15 with 10 lb, eccentric heel drops off the step 3x12, seated calf press 60 lb 3x12
              Impairment: L calf weakness
            One-on-one for the neuro re-ed.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // BCH goal-status row "☐ met ☐ progressing ☐ not met" left unticked but everything the contract reads present (1:1; perturbations and foam; vestibular; DGI); "(24 min)" matches: passes.
        ["v2-h142-bch-goal-status-unticked"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Pauline Runyon · 12/04/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk into the grocery without holding the cart for balance
               Status: ☐ met   ☐ progressing   ☐ not met
               Treated with: 97112 (24 min) — gaze stabilization X2 standing on foam, walking with pitch and yaw head turns, perturbations while turning
               Impairment: bilateral vestibular hypofunction after gentamicin; unsteady in busy aisles
               How we know: DGI 16/24 today (12/24 at eval)
            Attendance: ☒ 1:1   ☐ concurrent   ☐ group
            """,
            ["H81.93"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BCH LSVT BIG maximal daily exercises and functional component tasks, big stepping with turns; bradykinesia and small steps in Parkinson's; 10MWT and TUG; 1:1; "(24 min)" matches: passes.
        ["v3-h142-bch-lsvt-big-97112"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Earl Hatfield · 12/01/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — turn around in the church aisle without freezing
               Status: progressing
               Treated with: 97112 (24 min) — LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps), functional component task of turning in the aisle with big steps
               Impairment: bradykinesia, small steps and freezing at turns with Parkinson's disease
               How we know: TUG 11.8 sec (14.6 at eval); 2 freezes in the aisle (5 last week)
            Attendance: 1:1, LSVT sessions are always one-on-one here.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BCH PTA 97110 on the Otago strength programme with its dose (ankle weights, sets and reps); leg weakness; "(16 min)" matches: passes.
        ["v3-h142-bch-pta-otago-97110"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Nola Adkins · 12/01/2026 · J. Spurlock, PTA
            Goal #2 — get up from her recliner without pushing on the arms
               Status: progressing
               Treated with: 97110 (16 min) — Otago strength: front knee strengthening with 4 lb cuff 2x10, side hip strengthening 4 lb 2x10, calf raises 2x10, sit to stand without arms 2x10
               Impairment: bilateral hip and knee extensor weakness
               How we know: 30-sec chair stand 9 (6 at eval)
            """,
            ["M62.81", "R26.81"], [PTA("97110", 16)], []),

        // BCH Cawthorne-Cooksey progressions (eye and head movements, standing with eyes closed, ball toss while walking); vestibular hypofunction; DGI; 1:1; "(22 min)" matches: passes.
        ["v3-h142-bch-cawthorne-cooksey-97112"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Doyle Maynard, Tug Fork catfisherman · 12/02/2026 · L. Maynard, PT
            Goal #1 — stand in the johnboat while casting without grabbing the gunwale
               Status: progressing
               Treated with: 97112 (22 min) — Cawthorne-Cooksey progression: eye and head movements standing, standing on foam eyes closed, throwing a ball hand to hand while walking and turning
               Impairment: L vestibular hypofunction after labyrinthitis
               How we know: DGI 19/24 today; feet together on foam eyes closed 12 sec
            Attendance: one-on-one.
            """,
            ["H83.02"], [PT("97112", 22)], []),

        // MBOG Mulligan mobilisation with movement for the ankle and a tibial glide with a belt; DF stiffness; knee-to-wall cm; "→ 97140 · 12 min" matches: passes.
        ["v3-h142-mbog-mulligan-mwm-97140"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Fidel Ochoa · Visit 4 · 12/02/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 44/80 today (intake 30/80, 11/16/2026)
            STG 1 (by visit 6): squat to the bottom onion bin without lifting the R heel — PROGRESSING
               → 97140 · 12 min · Mulligan mobilization with movement for R ankle DF in lunge 3x10, posterior talar glide with the belt in weight bearing
               Impairment: R ankle dorsiflexion stiffness after the fracture
               ▸ measured by: knee-to-wall R 6 cm → 10 cm after (L 13 cm)
            """,
            ["S82.61XD"], [PT("97140", 12)], []),

        // MBOG Maitland grade IV PA glides to the thoracic spine and rib springing; thoracic stiffness; rotation degrees; "→ 97140 · 11 min" matches: passes.
        ["v3-h142-mbog-maitland-grade-iv-97140"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorinda Moss · Visit 6 · 12/04/2026 · I. Barragán, PT
            PRIMARY OUTCOME: NDI 22% today (intake 40%, 11/13/2026)
            LTG 2 (revised 11/30, was "paint seated"): paint the upper panels of the mural on the scaffold — PROGRESSING
               → 97140 · 11 min · Maitland grade IV central PA glides T3-T6, rib springing on the R, STM to the R rhomboid
               Impairment: thoracic extension and rotation stiffness, R upper back pain looking up to paint
               ▸ measured by: thoracic rotation R 35 to 45 degrees after
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // MBOG PTA blood-flow-restriction training with its dose (cuff pressure, 30-15-15-15 sets, load); quad atrophy after an ACL repair; "→ 97110 · 15 min" matches: passes.
        ["v3-h142-mbog-pta-bfr-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Shaylee Copeland · Visit 13 · 12/04/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 63/80 today
            STG 4 (by visit 14): single-leg squat on the R to the chair without valgus — PROGRESSING
               → 97110 · 15 min · blood-flow-restriction training at 80% limb occlusion pressure: leg press 30 lb 30/15/15/15, knee extension 10 lb 30/15/15/15
               Impairment: R quad atrophy and weakness after the ACL reconstruction
               ▸ measured by: thigh girth 10 cm above the patella R 47 cm (L 49.5 cm)
            """,
            ["S83.511D"], [PTA("97110", 15)], []),

        // LCPT Tai Ji Quan: Moving for Better Balance forms with weight shifting and stepping; postural control; Mini-BESTest; 1:1; "97112 = 23" matches: passes.
        ["v3-h142-lcpt-tai-ji-quan-97112"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Agnes Hoffman · A. Wiechmann, PT
            Functional goal: stand and sway to the music at the polka mass without holding the pew [status: progressing]
              Codes/min: 97112 = 23
              Interventions: Tai Ji Quan: Moving for Better Balance — forms 1 to 4 with slow weight shifting, single-leg stepping and controlled turning; perturbations in the form stance
              Impairment: postural control, slow weight transfer to the L after the fall
              Progress measure: Mini-BESTest 20/28 (16 on 11/13)
            Individual, 1:1.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCPT Brandt-Daroff habituation plus X1 gaze stabilisation; vestibular hypofunction after BPPV; DHI is self-rated, DGI is the objective number; 1:1; "97112 = 22" matches: passes.
        ["v3-h142-lcpt-brandt-daroff-and-x1-97112"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 3 of 10)
            Pt: Carol Beckendorf · C. Feeken, PT
            Functional goal: bend to the bottom oven rack at the bakery without dizziness [status: progressing]
              Codes/min: 97112 = 22
              Interventions: Brandt-Daroff habituation, 3 sets each side; gaze stabilization X1 horizontal and vertical standing on foam
              Impairment: residual motion-provoked dizziness and unsteadiness after R posterior canal BPPV
              Progress measure: DGI 20/24 (16 on 11/20)
            Seen 1:1.
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // LCPT the contract's "Falls Pathway step 3 per NNVC" as the only technique (no neuromuscular technique named); 1:1; postural sway; Berg: technique missing only.
        ["v3-h142-lcpt-falls-pathway-step-as-technique"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Leona Brummels · A. Wiechmann, PT
            Functional goal: walk to the church basement without a fall [status: progressing]
              Codes/min: 97112 = 21
              Interventions: Falls Pathway step 3 per NNVC.
              Impairment: postural sway and poor ankle strategy, increased sway with eyes closed
              Progress measure: Berg 45/56 (41 on 11/09)
            1:1 throughout.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], [At(Tech, "97112")]),

        // MBOG PTA "ACL protocol phase 2 per Dr. Yragui, 3x15 each" as the only technique for a 97110 (no exercise named); quad weakness; dose present: technique missing only.
        ["v3-h142-mbog-pta-acl-protocol-phase-as-technique"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Kade Ballantyne · Visit 5 · 12/03/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 40/80 today (intake 22/80, 11/12/2026)
            STG 1 (by visit 8): full knee extension and a normal stair pattern — PROGRESSING
               → 97110 · 16 min · ACL protocol phase 2 per Dr. Yragui, 3x15 each.
               Impairment: L quad weakness and an extension lag after the L ACL reconstruction
            """,
            ["S83.512D"], [PTA("97110", 16)], [At(Tech, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // BCH deficit as a finding: "sways hard as soon as she closes her eyes on foam — leans on vision, feet don't tell her much"; foam with eyes closed, head turns, sensory reweighting; CTSIB seconds; 1:1; "(23 min)" matches: passes.
        ["v4-h142-bch-sways-hard-eyes-closed-on-foam"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Juanita Cline · 12/01/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — walk to the bathroom at night without a fall
               Status: progressing
               Treated with: 97112 (23 min) — sensory reweighting: standing on foam with eyes closed, head turns on foam, walking the dim hall with a night-light only
               Impairment: she sways hard as soon as she closes her eyes on foam — leans on vision, her feet don't tell her much
               How we know: mCTSIB foam eyes closed 9 sec (3 sec at eval)
            Attendance: 1:1.
            """,
            ["R26.81", "G62.9"], [PT("97112", 23)], []),

        // BCH: "the L toe catches the nosing of the church steps — weak tibialis anterior, it fires late"; tapping and quick stretch to the tib ant, stepping over a raised line, NMES-free motor-control drills; stair count; 1:1; "(22 min)" matches: passes.
        ["v4-h142-bch-toe-catches-the-church-step"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opaline Sammons, church pianist · 12/02/2026 · L. Maynard, PT
            Goal #1 — get up the four steps to the choir loft with one rail
               Status: progressing
               Treated with: 97112 (22 min) — quick stretch and tapping to the L tibialis anterior during swing, step-overs of a raised line with a hold at heel strike, motor-control drills for dorsiflexion timing
               Impairment: the L toe catches the nosing of the church steps — weak tibialis anterior, it fires late after the R stroke
               How we know: 4 of 4 steps without a toe catch (1 of 4 at eval); 10MWT 0.78 m/s
            Attendance: 1:1 with Opaline.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // MBOG: "the R knee buckles stepping down off the sorting platform — quads fire late"; perturbations in single-leg stance, step-downs with a cue, hop-and-stick; knee control; step-down count; 1:1; "→ 97112 · 21 min" matches: passes.
        ["v4-h142-mbog-knee-buckles-off-the-platform"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Maricela Tovar, onion-shed sorter · Visit 7 · 12/01/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 47/80 today (intake 29/80, 10/30/2026)
            STG 2 (by visit 10): step down off the sorting platform without the knee buckling — PROGRESSING
               → 97112 · 21 min · perturbations in single-leg stance on the R, forward step-downs off the 8 inch step with a cue to "land soft", hop-and-stick
               Impairment: the R knee buckles stepping down off the sorting platform — the quads fire late on landing
               ▸ measured by: 7 of 10 step-downs without a buckle (2 of 10 at eval)
            Delivery: 1:1, Maricela and me.
            """,
            ["S83.241D"], [PT("97112", 21)], []),

        // LCPT: "he can't feel the stirrup — numb feet, looks down to find it" (somatosensory loss); foam and textured-mat stepping with eyes closed, stirrup-height step-ups with a hold; Semmes-Weinstein and tandem; 1:1; "97112 = 23" matches: passes.
        ["v4-h142-lcpt-cant-feel-the-stirrup"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Harlan Dinklage · C. Feeken, PT
            Functional goal: put his foot in the stirrup without looking down [status: progressing]
              Codes/min: 97112 = 23
              Interventions: stepping onto the textured mat and foam with eyes closed, stirrup-height step-ups with a single-leg hold, foot-placement drills to targets without looking
              Impairment: he can't feel the stirrup — numb feet from the neuropathy, he looks down to find it
              Progress measure: Semmes-Weinstein 5.07 absent at 4 of 6 sites R; tandem 8 sec
            1:1.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // LCPT PTA: "his trunk sways and he steps out when he turns to look behind in the tractor cab" (postural control with rotation); seated and standing trunk rotation on the ball with perturbations, turning drills; FGA; 1:1; "97112 = 22" matches: passes.
        ["v4-h142-lcpt-pta-trunk-sways-turning-in-the-cab"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Wendell Ortmeier · T. Uhing, PTA
            Functional goal: check behind him in the tractor cab without grabbing the wheel [status: progressing]
              Codes/min: 97112 = 22
              Interventions: trunk rotation on the therapy ball with perturbations, standing turns to look behind on foam, quick 180-degree turns to a target
              Impairment: his trunk sways and he steps out when he turns to look behind — poor postural control with rotation
              Progress measure: FGA 21/30 (17 on 11/12); turns 5 of 6 without a step-out
            Seen 1:1 by Tressa the whole block.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // MBOG 97110 with the deficit as a finding: "R shoulder ER 4-/5, can't hold the lead rope up" ; ER/IR with bands, rows, wall slides with doses; "→ 97110 · 17 min" matches: passes.
        ["v4-h142-mbog-shoulder-er-weakness-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Conrad Esplin · Visit 5 · 12/02/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: QuickDASH 34 today (intake 52, 11/12/2026)
            STG 1 (by visit 8): lift the saddle onto the rack — PROGRESSING
               → 97110 · 17 min · sidelying ER 3 lb 3x12, band ER and IR with the red band 3x15, rows 3x15, wall slides with the foam roller 2x10
               Impairment: R shoulder ER 4-/5 after the rotator-cuff repair; can't hold the lead rope up
            """,
            ["M75.121", "Z98.890"], [PT("97110", 17)], []),

        // LCPT: "the step reaction comes late and short — she falls into the push before she steps"; reactive stepping, lean-and-release; stepping-reaction deficit; 5 of 8 releases; 1:1; "97112 = 21" matches: passes.
        ["v4-h142-lcpt-step-reaction-late-and-short"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 4 of 12)
            Pt: Helen Dvorak · A. Wiechmann, PT
            Functional goal: catch herself when the grandkids bump into her [status: progressing]
              Codes/min: 97112 = 21
              Interventions: lean-and-release for compensatory stepping forward and backward, reactive stepping to pushes at the pelvis, step-and-stick to the side
              Impairment: the step reaction comes late and short — she falls into the push before she steps
              Progress measure: recovered 5 of 8 lean-and-releases with one step (2 of 8 on 11/19)
            Just the two of us the whole time.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], []),

        // BCH "Impairment: see eval" and a goal block that says "Goal #1 (see POC 11/02)": no deficit stated: deficit missing; 1:1, perturbations and foam, Berg present.
        ["v4-h142-bch-impairment-see-eval"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Everett Hager · 12/03/2026 · J. Spurlock, PTA
            Goal #1 (see POC 11/02)
               Status: progressing
               Treated with: 97112 (22 min) — perturbations at the shoulders in standing, marching on foam, tandem walking at the rail
               Impairment: see eval
               How we know: Berg 40/56 today
            Attendance: 1:1.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // MBOG "Impairment: unchanged" and an LTG that says only "per plan of care": no deficit stated: deficit missing; 1:1, BAPS and perturbations, SLS present.
        ["v4-h142-mbog-impairment-unchanged"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lyle Fretwell · Visit 10 · 12/03/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 58/80 today (intake 35/80, 10/08/2026)
            LTG 1 (by 12/31): per plan of care — PROGRESSING
               → 97112 · 22 min · BAPS board level 4, perturbations in single-leg stance, star-excursion reaches on foam
               Impairment: unchanged
               ▸ measured by: SLS R 18 sec; star-excursion anterior 62 cm
            Delivery: 1:1.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LCPT "Impairment: ___" blank and "Functional goal: (to be set at re-eval)" — no deficit anywhere: deficit missing; 1:1, rocker board and perturbations, Mini-BESTest present.
        ["v4-h142-lcpt-impairment-blank-goal-to-be-set"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 2 of 12)
            Pt: Gertrude Wobken · C. Feeken, PT
            Functional goal: (to be set at re-eval) [status: —]
              Codes/min: 97112 = 24
              Interventions: rocker board A/P, perturbations in tandem, stepping over a foam block
              Impairment: ___
              Progress measure: Mini-BESTest 18/28
            One-on-one.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BCH "How we know: FGA 15/30 on 10/27 (eval) → 21/30 today"; 1:1; obstacle walking with head turns, foam, perturbations; postural control after a subdural; "(24 min)" matches: passes.
        ["v5-h142-bch-fga-eval-to-today"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Roscoe Vance, museum docent · 12/01/2026 · L. Maynard, PT
            Goal #1 — lead a tour through the museum on his feet without a cane
               Status: progressing
               Treated with: 97112 (24 min) — obstacle walking with head turns, perturbations while standing on foam, stepping over the rope line
               Impairment: postural control and slow righting reactions after the subdural hematoma
               How we know: FGA 15/30 on 10/27 (eval) → 21/30 today
            Attendance: 1:1.
            """,
            ["S06.5X0D", "R26.81"], [PT("97112", 24)], []),

        // MBOG "LEFS 57/80 (↑ 20 since intake)" plus today's SLS and star-excursion; 1:1; foam reaches and perturbations; knee proprioception; "→ 97112 · 23 min" matches: passes.
        ["v5-h142-mbog-lefs-change-since-intake"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Tavin Yturri · Visit 11 · 12/04/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 57/80 (↑ 20 since intake on 10/27/2026; MCID met)
            LTG 1 (by 01/10): work a full shift on the beet piler with no ankle giving way — PROGRESSING
               → 97112 · 23 min · star-excursion reaches on foam, perturbations in single-leg stance, lateral bounding to a stick
               Impairment: R ankle proprioception and peroneal timing
               ▸ measured by: SLS eyes closed R 15 sec today; 9 of 10 bounds stuck
            Delivery: [x] 1:1   [ ] supervised
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // LCPT "Contract outcome: ABC 68% → 74%" (self-rated) beside today's 5xSTS and tandem (objective); 1:1; foam, perturbations, sit-to-stand on foam; postural control; "97112 = 22" matches: passes.
        ["v5-h142-lcpt-abc-beside-five-times-sit-to-stand"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 10 of 12)
            Pt: Marlys Kuhlmann · A. Wiechmann, PT
            Functional goal: walk into Mass and kneel and rise at the pew [status: progressing]
              Codes/min: 97112 = 22
              Interventions: sit to stand from foam with eyes closed, perturbations in half-kneel, tandem stance with head turns
              Impairment: postural control and slow anticipatory adjustments rising from low seats
              Progress measure: 5xSTS 13.4 sec today (17.9 on 11/17); tandem 14 sec
            Contract outcome: ABC 68% → 74% (MCID reached)
            1:1.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BCH 97116 with a 10MWT gait speed and distance; walker to cane on the corridor, cues for step length; short R step after a stroke; "(20 min)" matches: passes.
        ["v5-h142-bch-97116-gait-speed"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Bessie Mounts · 12/02/2026 · J. Spurlock, PTA
            Goal #3 — walk from the car into the clinic with the cane
               Status: progressing
               Treated with: 97116 (20 min) — gait training with the quad cane on the corridor and the lobby carpet, cues for a longer R step and heel strike
               Impairment: short R step and reduced R stance time after the L stroke
               How we know: 10MWT 0.64 m/s with the quad cane (0.41 at eval); 300 ft CGA
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // BCH LTG measured by the evaluation's Berg ("re-test at visit 10") beside today's tandem seconds under the STG; 1:1; tandem, foam perturbations; proprioception; "(22 min)" matches: passes.
        ["v5-h142-bch-ltg-eval-berg-stg-todays-tandem"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Arvel Chafin · 12/03/2026 · O. Stanbury, PT, DPT, NCS
            STG 1 — tandem stance long enough to stand at the sink on the bad days
               Status: progressing
               Treated with: 97112 (22 min) — tandem stance at the counter with head turns, perturbations on foam, narrow-base walking
               Impairment: proprioceptive loss in both feet with the neuropathy
               How we know: tandem 11 sec today (4 sec on 11/24)
            LTG 1 — community walking without a fall
               Status: progressing
               How we know: Berg 39/56 at eval (10/29) — re-test at visit 10
            Attendance: 1:1.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // LCPT 97110 whose goal measure is the previous visit's ODI (11/28) but today's exercises carry doses; lumbar extensor and core weakness; "97110 = 16" matches: passes.
        ["v5-h142-lcpt-previous-visit-odi-todays-dose-97110"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Duane Kampschneider, hog-barn worker · T. Uhing, PTA
            Functional goal: lift the feed-cart handle and push it down the alley [status: progressing]
              Codes/min: 97110 = 16
              Interventions: bird dog 3x10, dead bug 3x12, hip hinge with the dowel 3x10, prone press-ups 2x10
              Impairment: lumbar extensor and core weakness, low back pain pushing the cart
              Progress measure: ODI 30% on 11/28 (not re-scored today); hinge 10 in a row without losing neutral
            """,
            ["M54.50"], [PTA("97110", 16)], []),

        // MBOG 97116 with curb steps counted and distance: "4 of 5 curbs with the cane, no rail"; cane gait on the sidewalk and curbs; L hip weakness after a fracture; "→ 97116 · 19 min" matches: passes.
        ["v5-h142-mbog-curbs-counted-97116"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Josefa Landa · Visit 9 · 12/04/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 36/80 today (intake 19/80, 10/21/2026)
            STG 3 (by visit 12): cross the street at the Four Rivers center with the cane — PROGRESSING
               → 97116 · 19 min · gait training with the single-point cane on the sidewalk, up and down curbs, cues for an equal step and upright trunk
               Impairment: L hip weakness and a Trendelenburg gait after the hip fracture
               ▸ measured by: 4 of 5 curbs with the cane, no rail; 500 ft SBA
            """,
            ["S72.002D"], [PTA("97116", 19)], []),

        // BCH "How we know: will re-test at the progress note" and no number but the code's minutes: measure missing; 1:1, foam and perturbations, proprioception present.
        ["v5-h142-bch-will-retest-at-progress-note"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Ottis Ferrell · L. Maynard, PT
            Goal — walk the porch steps without grabbing the post
               Status: progressing
               Treated with: 97112 (23 min) — perturbations at the pelvis on foam, tandem walking, stepping over cones without looking down
               Impairment: proprioceptive loss in both ankles, worse in the dark
               How we know: will re-test at the progress note
            Attendance: 1:1 with Ottis.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MBOG "▸ measured by: steadier on the foam per patient" and no number but the code's minutes (the outcome line left for the progress visit): measure missing; 1:1, BAPS and perturbations, ankle proprioception present.
        ["v5-h142-mbog-steadier-per-patient"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Wade Sillonis · I. Barragán, PT
            PRIMARY OUTCOME: not collected today
            STG: walk the uneven ditch bank to the headgate without the ankle rolling — PROGRESSING
               → 97112 · 22 min · BAPS board clockwise and counter, perturbations in single-leg stance on foam, lateral step-and-hold
               Impairment: L ankle proprioception after repeated sprains
               ▸ measured by: steadier on the foam per patient
            Delivery: 1:1.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LCPT "Progress measure: deferred to the progress visit" and no number but the code's minutes (the episode line left without a count): measure missing; 1:1, rocker and head turns, vestibular deficit present.
        ["v5-h142-lcpt-measure-deferred"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Bernadine Thiele · A. Wiechmann, PT
            Functional goal: ride along in the grain truck without getting dizzy [status: progressing]
              Codes/min: 97112 = 21
              Interventions: rocker board with head turns, gaze stabilization on a busy background, walking with head turns and stops
              Impairment: L vestibular hypofunction, dizzy and unsteady with head movement
              Progress measure: deferred to the progress visit
            1:1.
            """,
            ["H81.22"], [PT("97112", 21)], [At(Measure, "97112")]),

        // BCH 97116 that walked "farther than Monday" with no distance, assistance level or count: measure missing; walker gait with cues; short L step.
        ["v5-h142-bch-97116-farther-than-monday"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Hubert Marcum · L. Maynard, PT
            Goal — walk to the end of the hospital hall and back with the walker
               Status: progressing
               Treated with: 97116 (21 min) — gait training with the front-wheeled walker on the corridor, cues to step past the R foot with the L and to stand tall
               Impairment: short L step and forward trunk lean after the R stroke
               How we know: walked farther than Monday before he asked to sit
            """,
            ["I69.354"], [PT("97116", 21)], [At(Measure, "97116")]),

        // MBOG 97110 exercises named with no dose ("quad sets, SLR, heel slides, short-arc quads — as tolerated"): measure missing; L quad weakness after a knee replacement.
        ["v5-h142-mbog-exercises-without-dose-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Velma Corta · K. Pfleger, PTA
            PRIMARY OUTCOME: not collected today
            STG: straighten the L knee fully to walk without limping — PROGRESSING
               → 97110 · 17 min · quad sets, straight-leg raises, heel slides, short-arc quads — as tolerated
               Impairment: L quad weakness and knee extension lag after the L TKA
            """,
            ["Z96.652"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // BCH two goals, "Treated with: 97112 (24 min)" under Goal #1 and "97116 (15 min)" under Goal #2, both match; 1:1; foam and perturbations with Berg; cane gait with distance; postural control and short step after a stroke: passes.
        ["v6-h142-bch-two-goals-two-codes"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Verna Blackburn · 12/01/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — stand at the stove to cook without holding the counter
               Status: progressing
               Treated with: 97112 (24 min) — weight shifts onto the R on foam, perturbations at the pelvis, reaching across midline standing
               Impairment: postural control and poor R weight acceptance after the L stroke
               How we know: Berg 42/56 today (35/56 at eval)
            Goal #2 — walk to the church fellowship hall with the cane
               Status: progressing
               Treated with: 97116 (15 min) — gait training with the quad cane on the corridor and a ramp, cues for R heel strike
               Impairment: short R stance and R toe drag in swing
               How we know: 350 ft quad cane SBA; ramp with CGA
            Attendance: 1:1 for the neuro re-ed.
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 15)], []),

        // MBOG arrows "→ 97110 · 14 min" and "→ 97140 · 10 min" under two STGs, both match; doses and degrees; shoulder weakness and stiffness: passes.
        ["v6-h142-mbog-two-arrows-two-stgs"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Conrad Esplin · Visit 7 · 12/04/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: QuickDASH 29 today (intake 52, 11/12/2026)
            STG 1 (by visit 8): lift the saddle onto the rack — PROGRESSING
               → 97110 · 14 min · band ER 3x15 red, prone Y and T 2x12 with 1 lb, rows 3x15
               Impairment: R rotator-cuff weakness
            STG 2 (by visit 10): reach the top of the horse's neck with the brush — PROGRESSING
               → 97140 · 10 min · GH posterior and inferior glides grade III, STM to the R posterior cuff
               Impairment: R shoulder capsular stiffness
               ▸ measured by: flexion 132 to 145 degrees after
            """,
            ["M75.121", "Z98.890"], [PT("97110", 14), PT("97140", 10)], []),

        // LCPT OT and PT on one tracker, "Codes/min: 97530 = 16" (OT) and "97110 = 13" (PT), both match; tray carrying with counts and assist; hip exercise with doses: passes.
        ["v6-h142-lcpt-ot-and-pt-codes-min"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Irene Stodola, kolache baker
            Functional goal 1 (OT, M. Hrabik, OTR/L): carry the full kolache trays from the rack to the oven [status: progressing]
              Codes/min: 97530 = 16
              Interventions: carrying a loaded sheet tray from the rack to the oven 6x, reaching to the top rack, turning with the tray
              Impairment: R wrist and forearm weakness after the distal radius fracture
              Progress measure: 6 of 6 trays carried with stand-by assist; tray load 8 lb
            Functional goal 2 (PT, A. Wiechmann, PT): stand the whole bake without hip pain [status: progressing]
              Codes/min: 97110 = 13
              Interventions: side-lying hip abduction 3x12 with 3 lb, bridges 3x15, standing hip extension with the red band 3x12
              Impairment: L hip abductor weakness
            """,
            ["S52.531D", "M62.81"], [OT("97530", 16), PT("97110", 13)], []),

        // BCH one code serving two goals with its minutes once ("97112 (25 min) — serves Goal #1 and Goal #3") and "see 97112 above" under Goal #3; 1:1; complete: passes.
        ["v6-h142-bch-code-serves-two-goals-minutes-once"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Clyde Dingess, trail guide · 12/02/2026 · L. Maynard, PT
            Goal #1 — walk the trailhead gravel without a loss of balance
               Status: progressing
               Treated with: 97112 (25 min) — serves Goal #1 and Goal #3: perturbations on the foam, tandem walking with head turns, stepping over a log on the mat
               Impairment: ataxia and delayed stepping reactions after the cerebellar stroke
               How we know: Berg 47/56 today; tandem 12 sec
            Goal #3 — climb onto the ATV without holding on to someone
               Status: progressing — see 97112 above
            Attendance: 1:1.
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // MBOG clock range on the code's own line "→ 97116 · 10:05–10:27" (22) matches; crutch to cane gait with distance; antalgic gait after a tibial plateau fracture: passes.
        ["v6-h142-mbog-clock-range-97116"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Reuben Aldape · Visit 6 · 12/02/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 33/80 today (intake 14/80, 11/06/2026)
            STG 2 (by visit 8): walk the barn aisle with the cane only — PROGRESSING
               → 97116 · 10:05–10:27 · gait training from axillary crutches to the cane on the clinic floor and the gravel path, cues for heel strike and equal stance
               Impairment: antalgic gait with a short R stance after the R tibial plateau ORIF
               ▸ measured by: 400 ft with the cane SBA; gravel path 150 ft CGA
            """,
            ["S82.141D"], [PT("97116", 22)], []),

        // BCH minute box "97112 [ 23 ] min" on the treated-with line; 1:1; X1 and habituation; vestibular; DGI: passes.
        ["v6-h142-bch-minute-box-97112"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Garnet Chapman · 12/03/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — look up at the hymn board without getting dizzy
               Status: progressing
               Treated with: 97112 [ 23 ] min — gaze stabilization X1 vertical standing, habituation to looking up and down, walking with pitch head turns
               Impairment: L vestibular hypofunction, dizziness and sway with looking up
               How we know: DGI 18/24 today (14/24 on 11/05)
            Attendance: ☒ 1:1   ☐ concurrent   ☐ group
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BCH goal rewritten mid-episode ("Goal #2 rewritten 11/30: from the dining room to the mailbox") with a PT's 97112 (22) and an OT's 97530 (18), both match; complete: passes.
        ["v6-h142-bch-goal-rewritten-pt-and-ot"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Thelma Varney · 12/03/2026
            Goal #2 (rewritten 11/30 — was "walk to the dining room", met) — walk to the mailbox at the road
               Status: progressing
               Treated with: 97112 (22 min, L. Maynard, PT) — perturbations on the grass mat, tandem with head turns, stepping over a hose line
               Impairment: postural control and slow stepping after the L stroke
               How we know: Berg 46/56 today; tandem 10 sec
               Attendance: 1:1 with Lyle.
            Goal #4 — wash dishes standing at the sink
               Status: progressing
               Treated with: 97530 (18 min, A. Varney, OTR/L) — standing at the sink washing and stacking dishes, reaching to the upper cupboard, turning to the table with a plate
               Impairment: R arm weakness and reduced standing tolerance at the sink
               How we know: stood through 12 dishes without leaning; 5 of 5 plates to the cupboard with SBA
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 18)], []),

        // MBOG PTA "→ 97110 · 25 min" on a 14-minute line: mismatch; otherwise complete (doses; knee weakness).
        ["v6-h142-mbog-pta-arrow-25-on-14"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Gretchen Ayerza · Visit 9 · 12/04/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FOTO knee FS 57 today (intake 39, 10/26/2026)
            STG 3 (by visit 12): climb the museum's front stairs reciprocally — PROGRESSING
               → 97110 · 25 min · leg press 70 lb 3x12, step-ups onto the 6 inch step 3x10, TKE with the blue band 3x15
               Impairment: R quad weakness after the R TKA
            """,
            ["Z96.651"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // BCH "Treated with: 97112 (30 min)" on a 19-minute line: mismatch; otherwise complete (1:1; PNF and foam; ataxia; Berg).
        ["v6-h142-bch-30-on-19"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Ila Mae Stepp · 12/04/2026 · L. Maynard, PT
            Goal #3 — walk from her room to the dining hall with the rollator
               Status: progressing
               Treated with: 97112 (30 min) — PNF D2 patterns with resisted stepping, marching on foam, rhythmic stabilization in standing
               Impairment: truncal ataxia after the cerebellar stroke
               How we know: Berg 38/56 today
            Attendance: 1:1.
            """,
            ["I69.393"], [PT("97112", 19)], [At(Mismatch, "97112")]),

        // LCPT "Codes/min: 97140 = 8" on a 20-minute line: mismatch; otherwise complete (lumbar glides and STM; stiffness; degrees).
        ["v6-h142-lcpt-97140-8-on-20"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 5 of 10)
            Pt: Duane Kampschneider · C. Feeken, PT
            Functional goal: bend to scrape the pens without back pain [status: progressing]
              Codes/min: 97140 = 8
              Interventions: L4-5 central PA glides grade III, STM to the lumbar paraspinals, sidelying lumbar rotation mobilization
              Impairment: L4-5 hypomobility and paraspinal guarding
              Progress measure: lumbar flexion 45 to 60 degrees after
            Contract outcome: ODI 34% (intake 52%, 11/10)
            """,
            ["M54.50"], [PT("97140", 20)], [At(Mismatch, "97140")]),

        // BCH two goals' codes with only "Total treatment 38 min" and no minutes for each: separate time missing; both blocks complete (1:1; foam and perturbations; Berg; cane gait with distance).
        ["v6-h142-bch-total-treatment-only"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Sherman Hager · 12/04/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — stand in the shower without holding the grab bar
               Status: progressing
               Treated with: 97112 — foam stance with eyes closed, perturbations at the shoulders, head turns in tandem
               Impairment: proprioceptive loss in both legs and postural sway
               How we know: Berg 44/56 today
            Goal #2 — walk the hospital parking lot with the cane
               Status: progressing
               Treated with: 97116 — gait training with the cane on the lot and a curb, cues for step length
               Impairment: short, uneven steps from the numb feet
               How we know: 600 ft cane SBA
            Attendance: 1:1.
            Total treatment 38 min.
            """,
            ["R26.81", "G62.9"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // LCPT "Codes/min: 97112 + 97110 = 37" — two codes' minutes together: separate time missing; both complete (1:1; rocker and foam; SLS; exercise doses and hip weakness).
        ["v6-h142-lcpt-two-codes-together"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Lorraine Schinstock · A. Wiechmann, PT
            Functional goal: dance a full polka set at the parish hall [status: progressing]
              Codes/min: 97112 + 97110 = 37
              Interventions: rocker board M/L with eyes closed, quick turns on foam, step-and-stick (NMR); lateral band walks 3x10 green, single-leg bridges 3x10, heel raises 3x15 (ther ex)
              Impairment: L ankle proprioception and L hip abductor weakness
              Progress measure: SLS L 17 sec; rocker M/L 20 sec
            1:1 for the neuro re-ed.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // MBOG one arrow with minutes ("→ 97140 · 10 min") and one without ("→ 97110 · bridges …"): separate time missing; both complete.
        ["v6-h142-mbog-one-arrow-without-minutes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Emmett Goodyear · Visit 4 · 12/01/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 38% today (intake 54%, 11/10/2026)
            STG 1 (by visit 6): sit through the drive to Boise without leg pain — PROGRESSING
               → 97140 · 10 min · L4-5 unilateral PA glides on the L grade III, STM to the L quadratus lumborum
               Impairment: L4-5 stiffness with L leg pain sitting
               ▸ measured by: straight-leg raise L 55 to 70 degrees after
            STG 2 (by visit 8): lift the irrigation pipe with a hip hinge — PROGRESSING
               → 97110 · bridges 3x15, bird dog 3x10, hip hinge with the dowel 3x12
               Impairment: core and gluteal weakness
            """,
            ["M51.16"], [PT("97140", 10), PT("97110", 15)], [SepTime]),

        // BCH 97112 (24) matches but "97116 (28 min)" on a 15-minute line: mismatch on 97116; both complete.
        ["v6-h142-bch-97116-28-on-15"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Bessie Mounts · 12/04/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — stand at the church door to greet without holding the rail
               Status: progressing
               Treated with: 97112 (24 min) — weight shifts onto the R with tapping, perturbations in standing, step-and-stick on foam
               Impairment: R hemiparesis with poor weight acceptance and a late R step
               How we know: Berg 45/56 today
            Goal #3 — walk from the car into the clinic with the cane
               Status: progressing
               Treated with: 97116 (28 min) — gait training with the quad cane on the corridor and the curb, cues for R heel strike
               Impairment: short R stance and a R toe catch at the curb
               How we know: 400 ft quad cane SBA
            Attendance: 1:1 for the neuro re-ed.
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 15)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the tracker export sent nothing): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h142-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of tabs and line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h142-tabs-and-line-breaks-97110"] = new(
            "\t\n\t\t\n  ",
            ["M62.81"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h142-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on an MBOG note: leg press, terminal knee extension, step-ups and hip abduction with loads, sets and reps (technique and measure), L quad and hip weakness after a knee replacement (deficit); "→ 97110 · 18 min" matches: passes.
        ["v7-h142-mbog-97110-after-a-knee-replacement"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Velma Corta · Visit 10 · 12/04/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FOTO knee FS 61 today (intake 36, 10/19/2026)
            STG 2 (by visit 12): get up from the low church pew without pushing — PROGRESSING
               → 97110 · 18 min · leg press 60 lb 3x12, TKE with the blue band 3x15, forward step-ups onto the 6 inch step 3x10, standing hip abduction 2 lb 3x12
               Impairment: L quad and hip abductor weakness after the L TKA
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // 97530's meaning on an LCPT OT note: lifting and carrying the kolache trays, floor to stand through half-kneel, with counts, load and assist (technique and measure), R wrist and trunk weakness (deficit); "97530 = 21" matches: passes.
        ["v7-h142-lcpt-ot-97530-trays-and-floor-to-stand"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Irene Stodola · M. Hrabik, OTR/L
            Functional goal: load the proof box and get down to the bottom shelf and back up [status: progressing]
              Codes/min: 97530 = 21
              Interventions: lifting a loaded sheet tray from the table to the proof box 8x; floor to stand through half-kneel with the step stool 5x; carrying the flour tub 30 ft 3x
              Impairment: R wrist weakness after the fracture and trunk and hip weakness getting off the floor
              Progress measure: tray 8 of 8 without dropping; floor to stand 5 of 5 with SBA; flour tub 12 lb
            """,
            ["S52.531D", "M62.81"], [OT("97530", 21)], []),

        // 97140's meaning on an LCPT note: lumbar PA glides grade III-IV, STM and a lumbar rotation mobilisation (technique), L4-5 stiffness with back pain (deficit), flexion degrees (measure); "97140 = 12" matches: passes.
        ["v7-h142-lcpt-97140-lumbar-glides"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 6 of 10)
            Pt: Duane Kampschneider · C. Feeken, PT
            Functional goal: bend to scrape the pens without back pain [status: progressing]
              Codes/min: 97140 = 12
              Interventions: L4-5 central PA glides grade III-IV, STM to the L paraspinals, sidelying lumbar rotation mobilization grade III
              Impairment: L4-5 hypomobility and paraspinal guarding, pain bending forward
              Progress measure: lumbar flexion 50 to 65 degrees after
            Contract outcome: ODI 28% (intake 52%, 11/10) — MCID reached
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on a BCH PTA note: quad cane to straight cane on the corridor, the ramp and a curb with cues (technique), L foot drag and a short R step after a stroke (deficit), distance and assistance (measure); "(22 min)" matches: passes.
        ["v7-h142-bch-pta-97116-quad-cane-to-straight-cane"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Homer Dotson · 12/04/2026 · J. Spurlock, PTA
            Goal #2 — walk into the post office with a straight cane
               Status: progressing
               Treated with: 97116 (22 min) — gait training from the quad cane to the straight cane on the corridor, the ramp to the lobby and the curb out front, cues for L hip and knee flexion in swing
               Impairment: L foot drag and a short R step after the R stroke
               How we know: 400 ft straight cane CGA; ramp and curb SBA
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // BCH goal block wholly generic: "Goal #1 — progressing. Treated with: 97112 (23 min) — balance training. Tolerated well. Continue POC." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h142-bch-generic-goal-block-97112"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Goal — progressing
               Treated with: 97112 (23 min) — balance training
               Tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // LCPT two-code tracker with each code's minutes but only "ther ex and functional activities per pathway; tolerated well; progressing toward goals": nothing named for either code (minutes given for each, so no separate-time finding).
        ["v7-h142-lcpt-generic-two-code-tracker"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER
            Functional goal: per pathway [status: progressing]
              Codes/min: 97110 = 14
              Codes/min: 97530 = 15
              Interventions: ther ex and functional activities per pathway. Tolerated well. Progressing toward goals.
            """,
            ["M62.81"], [PT("97110", 14), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // MBOG "→ 97140 · 11 min · manual therapy as tolerated" with the outcome line not collected and the goal only "per plan of care": nothing named for the code.
        ["v7-h142-mbog-manual-therapy-as-tolerated"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            PRIMARY OUTCOME: not collected today
            STG: per plan of care — PROGRESSING
               → 97140 · 11 min · manual therapy as tolerated. Continue plan of care.
            """,
            ["M54.2"], [PT("97140", 11)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // BCH "Attendance: 1:1 throughout" with a wholly generic service ("neuro re-ed and coordination exercises, tolerated well"): no technique, deficit or number but its code and minutes; one-on-one stated.
        ["v7-h142-bch-one-on-one-but-generic-97112"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Goal — progressing
               Treated with: 97112 (22 min) — neuro re-ed and coordination exercises, tolerated well
            Attendance: 1:1 throughout.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // MBOG complete 97112 + 97110 under two goals with the PRIMARY OUTCOME line; 1:1; perturbations and foam with SLS; hip exercise with doses; ankle proprioception and hip weakness; 22 and 13 match: passes.
        ["vord-h142-mbog-ankle-nmr-and-hip-exercise"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Rogelio Arambula · Visit 8 · 12/04/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 60/80 today (intake 38/80, 11/04/2026)
            STG 1 (by visit 8): stand on the L foot on the sorting-line platform without grabbing the rail — MET today
               → 97112 · 22 min · perturbations in L single-leg stance on foam, lateral step-and-stick, single-leg stance with a ball toss
               Impairment: L ankle proprioception after the inversion sprain
               ▸ measured by: SLS L 21 sec (goal 20); 9 of 10 perturbations without a step
            STG 3 (by visit 10): stand the full shift without the L hip aching — PROGRESSING
               → 97110 · 13 min · side-lying hip abduction 3 lb 3x12, clamshells with the green band 3x15, lateral band walks 3 x 20 ft
               Impairment: L hip abductor weakness
            Delivery: [x] 1:1   [ ] supervised
            """,
            ["S93.402D", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // MBOG PTA 97110 after a rotator-cuff repair with the QuickDASH line; doses; R shoulder weakness; "→ 97110 · 20 min" matches: passes.
        ["vord-h142-mbog-pta-cuff-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Conrad Esplin · Visit 9 · 12/07/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: QuickDASH 25 today (intake 52, 11/12/2026)
            LTG 1 (by 01/22): throw a saddle onto a 16-hand horse — PROGRESSING
               → 97110 · 20 min · sidelying ER 4 lb 3x12, prone rows 5 lb 3x12, scaption to shoulder height 2 lb 3x10, wall push-ups plus 2x15
               Impairment: R rotator-cuff and scapular weakness after the repair
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 20)], []),

        // MBOG 97140 cervical with NDI; suboccipital release and C-spine glides; rotation degrees; neck stiffness; "→ 97140 · 10 min" matches: passes.
        ["vord-h142-mbog-cervical-manual-ndi"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Inez Arriola, museum volunteer · Visit 5 · 12/03/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: NDI 24% today (intake 42%, 11/18/2026)
            STG 1 (by visit 6): turn her head to check traffic at the Nyssa crossing — PROGRESSING
               → 97140 · 10 min · suboccipital release, C4-5 and C5-6 unilateral PA glides on the L grade III, STM to the L levator
               Impairment: L cervical rotation stiffness with neck pain
               ▸ measured by: rotation L 48 to 62 degrees after
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // MBOG 97116 and 97110 with LEFS, arrows 16 and 12 match; cane gait with distance; knee exercise with doses; antalgic gait after a knee replacement: passes.
        ["vord-h142-mbog-gait-and-exercise-after-tka"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Milo Uranga, hay-squeeze operator · Visit 6 · 12/02/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 39/80 today (intake 21/80, 11/09/2026)
            STG 1 (by visit 8): walk the stackyard without the walker — PROGRESSING
               → 97116 · 16 min · gait training from the walker to the cane on the clinic floor and the gravel lot, cues for heel strike and knee extension at stance
               Impairment: antalgic, stiff-knee gait after the R TKA
               ▸ measured by: 450 ft with the cane SBA; gravel 100 ft CGA
            STG 2 (by visit 10): climb into the squeeze cab — PROGRESSING
               → 97110 · 12 min · step-ups onto the 8 inch step 3x10, heel slides with the strap 2x15, quad sets with a 5 sec hold 2x15
               Impairment: R quad weakness and knee flexion to 95 degrees
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 16), PT("97110", 12)], []),

        // MBOG 97112 after a knee scope for the barrel racer, LTG status DEFERRED for a second goal; 1:1; perturbations and hop-to-stick; proprioception; SLS; "→ 97112 · 23 min" matches: passes.
        ["vord-h142-mbog-barrel-racer-ltg-deferred"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Shaylee Copeland · Visit 14 · 12/07/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 66/80 today (intake 27/80, 09/22/2026)
            LTG 1 (by 01/15): return to running the barrel pattern — PROGRESSING
               → 97112 · 23 min · perturbation training on the half foam roll, single-leg hop to stick forward and lateral, cutting drills to a cue
               Impairment: R knee proprioception and dynamic valgus on landing after the ACL reconstruction
               ▸ measured by: SLS eyes closed R 14 sec; 9 of 10 hop landings without valgus
            LTG 2: return to team roping — DEFERRED (off season)
            Delivery: one-to-one, the whole block.
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // MBOG lumbar 97110 with ODI and a goal revised mid-episode; doses; core and hip weakness; "→ 97110 · 15 min" matches: passes.
        ["vord-h142-mbog-lumbar-goal-revised-97110"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Emmett Goodyear · Visit 6 · 12/04/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: ODI 30% today (intake 54%, 11/10/2026)
            STG 2 (revised 12/01, was "lift a hand line"): lift and carry the irrigation pipe with a hip hinge — PROGRESSING
               → 97110 · 15 min · hip hinge with the dowel 3x12, bird dog 3x10, side plank 3 x 20 sec, goblet squat 15 lb 3x10
               Impairment: core and gluteal weakness with low back pain lifting
            """,
            ["M51.16"], [PTA("97110", 15)], []),

        // BCH complete 97112 on the Matewan template with ABC and a Berg; 1:1 "just her and me"; stepping strategy and foam; postural control; "(23 min)" matches: passes.
        ["vord-h142-bch-stepping-strategy-abc-and-berg"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Loretta Muncy, 68 · 12/04/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — walk to the piano bench at church without reaching for the pews
               Status: progressing
               Treated with: 97112 (23 min) — stepping strategy to cues in four directions, standing on foam with reaching, obstacle walking between the chairs
               Impairment: postural control and delayed stepping to the R after the L stroke
               How we know: Berg 47/56 today (41/56 on 11/16); ABC 63%
            Attendance: just her and me.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // BCH OT 97530 for the roof bolter: buttoning, shaving and getting in and out of the truck; R hand weakness and coordination; counts and assist; "(21 min)" matches: passes.
        ["vord-h142-bch-ot-truck-and-grooming-97530"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Virgil Blankenship · 12/03/2026 · A. Varney, OTR/L
            Goal #4 — get in and out of his truck and dress for church on his own
               Status: progressing
               Treated with: 97530 (21 min) — buttoning his church shirt, shaving at the sink standing, practice getting in and out of the truck mock-up with the grab handle
               Impairment: R hand weakness and poor fine-motor coordination after the L stroke
               How we know: 6 of 6 buttons done; truck in and out 3 of 3 with set-up only
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // BCH 97112 + 97116 at Kermit with Goal #2 met and a new goal written; 1:1; PNF and foam with FGA; cane gait with distance; both minutes match: passes.
        ["vord-h142-bch-goal-met-new-goal-two-codes"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Carlos Fuller · 12/07/2026 · L. Maynard, PT
            Goal #2 — step up onto the ATV footboard: MET 12/04. New Goal #5 written today — walk the first quarter mile of the trail with poles.
            Goal #1 — step over the trail roots without stopping
               Status: progressing
               Treated with: 97112 (22 min) — PNF D1 and D2 stepping patterns with resistance, big-step hurdles, backward walking on foam with a stop on cue
               Impairment: slow stepping responses and postural instability with Parkinson's disease
               How we know: FGA 19/30 today (14/30 on 10/30)
            Goal #5 — walk the trail with poles
               Status: new
               Treated with: 97116 (15 min) — gait training with Nordic poles on the hospital walking path and the grass, cues for arm swing and a long step
               Impairment: short shuffling steps outdoors
               How we know: 800 ft with poles, supervision
            Attendance: 1:1 for the neuro re-ed.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 15)], []),

        // BCH PTA vestibular 97112 for the school-bus driver, the DGI's previous date and today's; "Attendance: one-on-one with Darrell"; X1 and head turns; "(21 min)" matches: passes.
        ["vord-h142-bch-pta-bus-driver-vestibular"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Darrell Kiser · 12/07/2026 · J. Spurlock, PTA
            Goal #1 — check his mirrors without dizziness
               Status: progressing
               Treated with: 97112 (21 min) — X1 viewing seated then standing on foam, walking with quick head turns to mirror targets taped on the wall, stopping and turning
               Impairment: R vestibular hypofunction, oscillopsia and sway with quick head turns
               How we know: DGI 20/24 today (18/24 on 12/04)
            Attendance: one-on-one with Darrell.
            """,
            ["H81.21"], [PTA("97112", 21)], []),

        // BCH 97110 for a grandfather whose grandson drove him; Otago-style strength with doses; hip and knee weakness; "(15 min)" matches: passes.
        ["vord-h142-bch-grandson-drove-97110"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Everett Hager, 79 · 12/07/2026 · J. Spurlock, PTA
            Goal #3 — stand up from the truck seat without pulling on the door
               Status: progressing
               Treated with: 97110 (15 min) — sit to stand from the 18 inch chair 3x8, seated knee extension 3 lb 3x12, standing hip extension 3 lb 2x12, mini squats at the counter 2x10
               Impairment: bilateral hip and knee extensor weakness
               How we know: 30-sec chair stand 10 (7 at eval)
            His grandson drove him and waited in the lobby.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // BCH OT 97530 for the church pianist: reaching to the hymn rack, turning pages, getting on and off the piano bench; R arm and hand weakness; counts and assist; "(19 min)" matches: passes.
        ["vord-h142-bch-ot-piano-bench-97530"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opaline Sammons · 12/04/2026 · A. Varney, OTR/L
            Goal #2 — play a hymn from the bench and turn her own pages
               Status: progressing
               Treated with: 97530 (19 min) — getting on and off the piano bench with a lateral scoot, reaching to the hymn rack with the R hand, turning pages and placing the fingers on the keys
               Impairment: R shoulder and hand weakness after the L stroke
               How we know: bench on and off 4 of 4 with SBA; 10 of 12 page turns with the R
            """,
            ["I69.331"], [OT("97530", 19)], []),

        // BCH Delbarton 97112 for a retired miner with the ABC and an mCTSIB; "just Mr. Chafin and me"; foam and eyes-closed work; neuropathic proprioception; "(24 min)" matches: passes.
        ["vord-h142-bch-retired-miner-foam-mctsib"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Arvel Chafin, retired miner · 12/07/2026 · O. Stanbury, PT, DPT, NCS
            STG 1 — tandem stance long enough to stand at the sink on the bad days
               Status: met 12/07
               Treated with: 97112 (24 min) — standing on foam with eyes closed and head turns, tandem walking at the rail, stepping onto the Airex and holding
               Impairment: proprioceptive loss in both feet with the neuropathy
               How we know: tandem 21 sec today; mCTSIB foam eyes closed 14 sec
            Attendance: just Mr. Chafin and me.
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // LCPT complete 97112 with the contract outcome line and the MCID note; 1:1; perturbations and reactive stepping; stepping reaction; lean-and-release count and FGA; "97112 = 23" matches: passes.
        ["vord-h142-lcpt-grandkids-reactive-stepping"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Helen Dvorak · A. Wiechmann, PT
            Functional goal: catch herself when the grandkids bump into her [status: progressing]
              Codes/min: 97112 = 23
              Interventions: lean-and-release backward and to each side, perturbations at the shoulders while walking, step-and-stick onto the foam
              Impairment: late, short compensatory steps and postural control after the falls
              Progress measure: recovered 7 of 8 lean-and-releases with one step; FGA 22/30
            Contract outcome: ABC 71% (intake 48%, 11/19) — MCID reached
            1:1 the whole block; her husband waited in the lobby.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCPT PTA 97110 for the grain-elevator operator with the contract's LEFS; doses; calf and hip weakness; "97110 = 17" matches: passes.
        ["vord-h142-lcpt-pta-elevator-ladder-97110"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 10 of 12)
            Pt: Ervin Wortmann · T. Uhing, PTA
            Functional goal: climb the elevator's cage ladder rung over rung [status: progressing]
              Codes/min: 97110 = 17
              Interventions: step-ups onto the 12 inch box 3x10, heel raises 3x15 with 10 lb, lat pull-downs 50 lb 3x12, farmer's carry 25 lb 4 x 50 ft
              Impairment: bilateral calf and grip weakness, shoulder fatigue on the ladder
            Contract outcome: LEFS 58/80 (intake 41/80, 10/28)
            """,
            ["G62.9", "M62.81"], [PTA("97110", 17)], []),

        // LCPT OT 97530 for the polka accordion player: strapping on the accordion, standing to play, getting up from the low stage chair; shoulder and trunk weakness; counts and load; "97530 = 20" matches: passes.
        ["vord-h142-lcpt-ot-accordion-97530"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 5 of 10)
            Pt: Leonard Vlach, polka accordion player · M. Hrabik, OTR/L
            Functional goal: strap on his accordion and play a full set standing [status: progressing]
              Codes/min: 97530 = 20
              Interventions: lifting the accordion from the case to his lap and shouldering the straps, standing to play with weight shifts, rising from the low stage chair with the instrument on
              Impairment: L shoulder and trunk weakness after the rotator-cuff repair
              Progress measure: accordion 22 lb lifted and strapped 4 of 4 with set-up; 3 sit-to-stands with it on, SBA
            """,
            ["M75.122", "Z98.890"], [OT("97530", 20)], []),

        // LCPT two codes 97112 and 97116 with the Falls Pathway named beside real techniques; 1:1; foam and perturbations with Berg; walker to cane gait with distance; both "Codes/min" lines match: passes.
        ["vord-h142-lcpt-falls-pathway-beside-techniques"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 11 of 12)
            Pt: Leona Brummels · A. Wiechmann, PT
            Functional goal 1: walk to the church basement without a fall [status: progressing]
              Codes/min: 97112 = 22
              Interventions: Falls Pathway step 4 — perturbations in tandem, stepping over the cane on the floor, turning on foam with head turns
              Impairment: postural sway and a poor ankle strategy with eyes closed
              Progress measure: Berg 49/56 (41 on 11/09)
            Functional goal 2: walk the basement stairs landing and hall with the cane [status: progressing]
              Codes/min: 97116 = 14
              Interventions: gait training from the walker to the cane in the hall and on the landing, cues for step length and turning
              Impairment: short, cautious steps at turns
              Progress measure: 300 ft cane SBA
            1:1 for the NMR.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 14)], []),

        // LCPT 97140 and 97110 for a school custodian with hip osteoarthritis and the ODI; STM and hip mobilisation with degrees; hip exercise with doses; "97140 = 10" and "97110 = 15" match: passes.
        ["vord-h142-lcpt-hip-manual-and-exercise"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 9 of 10)
            Pt: Arlen Bruning, school custodian · C. Feeken, PT
            Functional goal: mop the gym floor bending at the hips [status: progressing]
              Codes/min: 97140 = 10
              Interventions: long-axis distraction and posterior glides to the R hip grade III, STM to the R TFL and glute med
              Impairment: R hip capsular stiffness from osteoarthritis
              Progress measure: hip IR 12 to 20 degrees after
              Codes/min: 97110 = 15
              Interventions: bridges 3x15, standing hip abduction with the green band 3x15, split squats at the bar 3x8
              Impairment: R glute weakness
            Contract outcome: ODI 20% (intake 38%, 10/30)
            """,
            ["M16.11"], [PT("97140", 10), PT("97110", 15)], []),

        // LCPT 97112 vestibular for a woman who rides in the grain truck, with the DGI's dates; "Individual — nobody else in the gym"; X1 on foam, habituation; vestibular hypofunction; "97112 = 24" matches: passes.
        ["vord-h142-lcpt-grain-truck-vestibular"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Bernadine Thiele · A. Wiechmann, PT
            Functional goal: ride along in the grain truck without getting dizzy [status: progressing]
              Codes/min: 97112 = 24
              Interventions: gaze stabilization X1 standing on foam, habituation to quick head turns seated then standing, walking with head turns and sudden stops
              Impairment: L vestibular hypofunction, dizzy and unsteady with head movement
              Progress measure: DGI 19/24 today (15/24 on 11/21)
            Individual — nobody else in the gym.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // MBOG Vale 97112 + 97140 for the mural painter with NDI; 1:1; gaze and head-turn balance on the plank; cervical glides with degrees; both arrows match: passes.
        ["vord-h142-mbog-mural-painter-nmr-and-manual"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorinda Moss · Visit 8 · 12/07/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: NDI 18% today (intake 40%, 11/13/2026)
            LTG 2 (revised 11/30): paint the upper panels of the mural on the scaffold — PROGRESSING
               → 97112 · 21 min · standing on a plank on foam with head turns and looking up, perturbations while reaching overhead with the brush, step-and-stick off the plank
               Impairment: cervicogenic dizziness and postural sway looking up
               ▸ measured by: 8 of 10 perturbations on the plank without stepping off; SLS L 16 sec
               → 97140 · 10 min · suboccipital release, C1-2 SNAGs for rotation, STM to the upper traps
               Impairment: upper cervical stiffness
               ▸ measured by: rotation R 55 to 66 degrees after
            Delivery: one-to-one, both codes.
            """,
            ["M54.2"], [PT("97112", 21), PT("97140", 10)], []),

        // BCH 97112 for the trail guide with a goal NOT MET and rewritten; 1:1; PNF and perturbations; ataxia; tandem and Berg; "(22 min)" matches: passes.
        ["vord-h142-bch-goal-not-met-rewritten"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Clyde Dingess · 12/07/2026 · L. Maynard, PT
            Goal #3 — climb onto the ATV without holding on to someone
               Status: not met by the target date — rewritten today: climb on with one hand on the rack
               Treated with: 97112 (22 min) — PNF stepping patterns with resistance onto a step, rhythmic stabilization in single-leg stance at the bars, perturbations while stepping up
               Impairment: limb ataxia on the R and slow postural responses after the cerebellar stroke
               How we know: Berg 48/56 today; single-leg stance R 6 sec
            Attendance: 1:1.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // MBOG PTA 97116 for the beet-piler operator after an ankle fracture with LEFS; crutches to no device; distance and assistance; "→ 97116 · 18 min" matches: passes.
        ["vord-h142-mbog-pta-beet-piler-gait-97116"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Tavin Yturri · Visit 12 · 12/07/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 59/80 today
            STG 4 (by visit 14): walk the piler catwalk with no device — PROGRESSING
               → 97116 · 18 min · gait training without the cane on the clinic floor, the ramp and the grass, cues for push-off and an even step
               Impairment: R ankle stiffness with a short R push-off after the fracture
               ▸ measured by: 600 ft no device, modified independent; ramp SBA
            """,
            ["S82.891D"], [PTA("97116", 18)], []),

        // BCH OT 97530 and PT 97112 for the museum docent; each block complete; 1:1 on the PT block; both minutes match: passes.
        ["vord-h142-bch-docent-pt-and-ot"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Roscoe Vance · 12/04/2026
            Goal #1 — lead a tour on his feet without a cane
               Status: progressing
               Treated with: 97112 (23 min, L. Maynard, PT) — walking with head turns to exhibit cases, perturbations on foam, stepping backward with a stop
               Impairment: postural control and slow righting reactions after the subdural
               How we know: FGA 23/30 today
               Attendance: 1:1 with Lyle.
            Goal #2 — lift the display cases' glass lids and set out the artifacts
               Status: progressing
               Treated with: 97530 (16 min, A. Varney, OTR/L) — lifting a hinged lid overhead, setting artifacts on the shelf at eye level, carrying a tray of arrowheads
               Impairment: L arm weakness and reaching overhead
               How we know: lid lifted 5 of 5; tray 20 ft 3x with SBA
            """,
            ["S06.5X0D", "R26.81"], [PT("97112", 23), OT("97530", 16)], []),

        // LCPT 97112 PTA on the balance beam for the kolache baker with a 10:30 start on a clock range on the code's own line (10:30–10:52 = 22); 1:1; foam beam tandem and perturbations; postural control; tandem seconds: passes.
        ["vord-h142-lcpt-pta-clock-range-beam"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Irene Stodola · T. Uhing, PTA
            Functional goal: carry a tray across the bakery floor without losing her balance [status: progressing]
              Codes/min: 97112 10:30–10:52
              Interventions: tandem walking on the foam beam, perturbations at the shoulders in tandem, turning in place on foam
              Impairment: postural control and a slow hip strategy after the falls
              Progress measure: tandem on the beam 18 sec; Mini-BESTest 22/28
            One-on-one, just Irene and me on the beam.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // MBOG 97110 for the onion-shed sorter with an LEFS measure taken at the previous visit and today's doses; knee and hip weakness; "→ 97110 · 16 min" matches: passes.
        ["vord-h142-mbog-sorter-previous-lefs-todays-dose"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Maricela Tovar · Visit 9 · 12/07/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 52/80 on 12/03 (not re-scored today; intake 29/80)
            STG 3 (by visit 12): squat to the bottom bin and stand without pushing on her thigh — PROGRESSING
               → 97110 · 16 min · goblet squat to the box 10 lb 3x10, lateral step-downs off the 6 inch step 3x10, hamstring curls 20 lb 3x12
               Impairment: R quad and hamstring weakness
            """,
            ["S83.241D"], [PTA("97110", 16)], []),

        // BCH complete 97112 (1:1; perturbations and foam; ataxia; Berg) sent with no diagnosis.
        ["vord-h142-bch-no-diagnosis"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Ila Mae Stepp · 12/07/2026 · L. Maynard, PT
            Goal #3 — walk from her room to the dining hall with the rollator
               Status: progressing
               Treated with: 97112 (23 min) — perturbations in standing, marching on foam, rhythmic stabilization at the trunk
               Impairment: truncal ataxia after the cerebellar stroke
               How we know: Berg 40/56 today
            Attendance: 1:1.
            """,
            [], [PT("97112", 23)], [Dx]),

        // MBOG complete 97140 (shoulder glides; stiffness; degrees) whose claim diagnosis is the words "L TKA": not a well-formed ICD-10-CM code.
        ["vord-h142-mbog-dx-written-as-words"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Velma Corta · Visit 11 · 12/07/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FOTO knee FS 64 today (intake 36, 10/19/2026)
            STG 1: straighten the L knee fully — PROGRESSING
               → 97140 · 11 min · tibiofemoral extension mobilizations grade III, patellar glides superior and inferior, STM to the L hamstring
               Impairment: L knee extension stiffness after the TKA
               ▸ measured by: knee extension -8 to -3 degrees after
            """,
            ["L TKA"], [PT("97140", 11)], [Dx]),

        // LCPT PTA minutes carried from a longer visit: "Codes/min: 97110 = 28" on a 16-minute line: mismatch; otherwise complete (doses; calf and hip weakness).
        ["vord-h142-lcpt-pta-minutes-carried-28-on-16"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 10 of 12)
            Pt: Lorraine Schinstock · T. Uhing, PTA
            Functional goal 2: rise onto her toes to reach the top shelf [status: met]
              Codes/min: 97110 = 28
              Interventions: heel raises 3x15 with 15 lb, eccentric heel drops 3x12, lateral band walks 3 x 20 ft green
              Impairment: L calf and hip abductor weakness
            """,
            ["S93.402D"], [PTA("97110", 16)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
