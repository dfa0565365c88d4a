using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind beside the hundred-and-thirty-fourth) is one ordinary Tuesday
/// at a single clinic no earlier set has: every note the clinic wrote that day across its whole caseload — post-op
/// orthopaedics, spine, falls and dizziness, neuro, hand, pelvic health and paediatric sports — each clinician with
/// their own habits inside one shared template, about two thirds ordinary and complete (71 of 107), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and an OT. The clinic is
/// "Shoal Creek Therapy &amp; Hand" (SCTH), a busy eight-clinician outpatient practice in one building on East 32nd
/// Street in Joplin, Missouri, on an EMR it chose for itself ("ClearChart"), whose shared template "SCTH Daily v3" has
/// a "CPT / min" line or a code grid ("CPT | description | min"), an "Attendance: ☐ 1:1 ☐ concurrent ☐ group" row, a
/// "Treatment:", an "Impairment targeted:" and a "Measures:" field, pull-downs that show "-- select --" until someone
/// picks, and a front desk that scans the patients' paper intake forms into the note ("[Scanned intake …]" blocks with
/// pain ratings, falls since the last visit and "☐ Y ☑ N" answers). Its people, each with their habit:
/// <list type="number">
/// <item>Maren Oduya (PT, DPT, NCS, the careful one: neuro, vestibular and falls; every field filled, the vestibular
/// room with its door, a PT student observing) and Curt Blevins (PT, OCS, the terse one: spine, post-op shoulders
/// and ankles, one-liners with "s/p", "SL", "perturb", "x10 min" and his aide Kim running the timer);</item>
/// <item>Tessa Lindqvist (PT, DPT, WCS, pelvic health, who copies her last note forward and marks it "[copied forward
/// from 2/24 — reviewed/updated]", sEMG biofeedback, manometry, "the Knack", a grandson's car seat) and Raj Pillai (PT,
/// DPT, the new graduate: paediatric sports and post-op knees, long SOAP notes with "Pt presents to clinic …", "Pt
/// educated on …", the PEP programme, the Landing Error Scoring System, a fourteen-year-old keeper at a Joplin club,
/// a Carthage pitcher and a mother filming the drills for home);</item>
/// <item>Brandi Stockton (PTA, who charts at the end of the day: "Late entry — charted 5:50 PM for the 10:15 AM visit",
/// past tense, a back porch threshold), Luis Arredondo (PTA, the flowsheet man: "Ex | sets x reps | load" rows and the
/// code grid, post-op knees and hips, the rocker board and the stairs) and Shelby Kuhn (PTA, falls and dizziness, the
/// one o'clock balance group, boxes ticked "☑" and "☒", the clinic's in-house "Steady Steps" falls programme);</item>
/// <item>Nadia Farrow (OTR/L, CHT, the hand therapist: "Hand therapy —" headings, the hand table shared with another
/// patient's putty programme, figure-of-eight edema, relative-motion orthosis exercises, a coffee mug with a logo, a
/// laundry basket from the dryer).</item>
/// </list>
/// The patients are a retired lead-smelter hand from the old Eagle-Picher works, a Route 66 diner waitress, a rail-yard
/// carman, a Webb City farmers'-market vendor, a bedding-plant sewer from Carthage, a woman who walks the Mercy Park loop,
/// a retired band teacher, a Missouri Southern soccer player, a church organist and a grandmother with a grandson of 22 lb.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading a whole clinic's day at once, applying the
/// contract to what each note says: a box says what its tick says and nothing when nothing is ticked, a pull-down left
/// at "-- select --" states nothing, a note copied forward is read as what it now says, a late entry's past tense is
/// still the clinician's statement of what was done, and a scanned intake block is the patient's answers, not the
/// clinician's measure:
/// <list type="bullet">
/// <item>class 1 (v1-h135-…): one-on-one in these writers' own words ("just Mrs. Kessler and me in the vestibular room
/// with the door shut — her daughter waited in the lobby", Curt's "1:1 entire time (Kim ran the timer)", "treated
/// individually; mom sat in and filmed the drills for home", a late entry's "seen one-to-one for the whole NMR block",
/// "hands-on and undivided the whole NMR block; PT student observing", the new graduate's "therapist in constant
/// attendance throughout"), notes that negate it (the one o'clock balance group of four on the foam line, a PTA
/// cueing a second man on the stairs while this one rocked, a late entry alternating sets with Mr. Hatch) or never state
/// it (a pelvic-health note copied forward without its attendance row), and an OT's 97530 at the shared hand table
/// (no one-on-one check);</item>
/// <item>class 2 (v2-h135-…): the template's boxes and blanks — "☑ 1:1" ticked, "☒ 1:1", nothing ticked, "☑
/// concurrent", "Attendance: -- select --", "Impairment targeted: -- select --", "Berg ___ TUG ___ s", "1:1: Y"
/// typed, "Treatment: (see flowsheet)" with no flowsheet, a code-box row with the unbilled codes' boxes empty, and
/// unrelated boxes ("HEP: ☐ issued ☐ updated", "Fall since last visit? ☐ Y ☑ N") left as they are;</item>
/// <item>class 3 (v3-h135-…): named methods as techniques (Carr and Shepherd motor relearning, optokinetic
/// stimulation on foam, Cyriax transverse friction, Rocabado 6x6, Sahrmann lower-abdominal progression, the PEP
/// programme with drop-jump feedback, relative-motion orthosis exercises, retrograde massage and scar mobilisation,
/// the Thrower's Ten with bands), the clinic's own "Steady Steps Level 2" as the only technique, a Mulligan
/// mobilisation with movement with no number, and rhythmic stabilisation with "Impairment: see eval";</item>
/// <item>class 4 (v4-h135-…): deficits stated as findings (the room that keeps moving after she stops turning, a toe
/// that catches on the back-porch threshold, a shoulder that hikes before it lifts, leaking when lifting a grandson out
/// of the car seat, a front knee that collapses on the follow-through, a mug dropped when turned, rocking three times
/// to stand, turning en bloc) and notes that state none ("Impairment targeted: no change", "Deficit: per eval",
/// "Impairments: none noted today");</item>
/// <item>class 5 (v5-h135-…): measures in every usual form (Berg, FGA and 5xSTS together, star-excursion reach in
/// centimetres, manometry in cmH2O, mCTSIB trials, distance and assistance for gait, putty and pinch pounds, landing
/// counts, degrees) and notes with none ("looked steadier than Thursday, she agreed", "Berg ___ TUG ___ s (timer
/// broke)", exercises "progressing as tolerated", "outcome measures to be re-tested at the progress note");</item>
/// <item>class 6 (v6-h135-…): minutes in this clinic's forms ("97112 — 24 min", Curt's "97140 x10 min", the code grid
/// "97116 | gait | 22", "97140 (OT) — 9 min", a clock range "97116 9:02–9:24 AM", "Billed: 97110 x 18 minutes, 97112 x
/// 23 minutes", headings "NEUROMUSCULAR RE-ED 97112 (25 min)", code boxes "☑ 97112 [ 23 ] min", three codes) and true
/// mismatches (minutes copied forward from the last visit, Curt's 12 on a 24-minute line, a grid's 30 on 18, an OT's 20
/// on 9) and truly missing separate time ("Total treatment time 41 minutes", empty code boxes over "Timed total: 37
/// min", a late entry that could not recall the split);</item>
/// <item>class 7 (v7-h135-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a two-code visit never charted, whitespace only, an OT note with no diagnosis), the contract's meanings for
/// 97110 (quad sets to step-ups after a knee replacement), 97530 (a laundry basket from dryer to counter and a
/// grocery tote), 97140 (lumbar PA mobilisations and soft tissue to the quadratus lumborum) and 97116 (cane on the back
/// lot ramp and the curb), and wholly generic notes ("Balance and coordination exercises per POC", a two-code note
/// copied forward with nothing but its minutes and "tolerated well", "Therapeutic activities as tolerated", "Ther ex per
/// flowsheet");</item>
/// <item>ordinary (vord-h135-…): complete notes from the rest of the day that a reviewer passes (the false-positive
/// guard) — post-op knees, hips and shoulders, lumbar and cervical radiculopathy, stroke, Parkinson's, neuropathy,
/// carpal tunnel release, trigger finger release, a distal radius fracture, postpartum and stress incontinence, a
/// patellar tendinopathy and an Achilles in a young runner — and the ordinary weak ones: a complete note with no
/// diagnosis and a claim whose diagnosis is the EMR's "see referral".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter, a mother filming, an
/// aide running a timer, a PT student, a husband (none of them a patient; the three others in the balance group, the
/// man on the stairs, Mr. Hatch and Mrs. Doyle at the hand table are), ages, surgery dates, visit numbers, times of day
/// of an appointment or of a late entry, pain ratings from the scanned intake, falls counts, heights of steps and
/// boxes, loads in pounds, band colours, degrees, centimetres and inches, cmH2O and microvolts, distances in feet,
/// counts of landings, perturbations and repetitions, a grandson's weight — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 — 24 min",
/// "97140 x10 min", "97116 | gait | 22" under the grid's "min" column), in its block's heading ("NEUROMUSCULAR RE-ED
/// 97112 (25 min)"), in a minute box ("☑ 97112 [ 23 ] min") or as a clock range on the code's own line; no note gives
/// minutes to a visit, a drill, a rest or a test, except the two that give the visit a total ("Total treatment time 41
/// minutes" and "Timed total: 37 min"); notes failed for want of a measure carry no number but their code and its
/// minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no number
/// but its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the habits of one clinic's day that could honestly be read either way: a note copied
/// forward whose old and new sentences disagree on the same element (last visit's "1:1" above today's "worked him in
/// with the group"), a late entry that says the clinician is charting from memory and is unsure what was done, a
/// scanned intake's self-rated answers (pain, ABC confidence, a falls count) as a note's only number, an aide's or a
/// student's part of the billed time (whether the clinician was in constant attendance), a box ticked beside a
/// sentence that says the opposite, a PT's and a PTA's minutes for one code split in the narrative only, sEMG
/// biofeedback named as the only technique of a pelvic-floor 97112, and the clinic's in-house programme named beside
/// a technique only its handout describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 93 of 107 cases agree (105 needed), and 9 of the 71 notes the reviewer passes got a finding, on the analyzer of 61afef8 (the 2026-12-07 twentieth session after the hundred-and-thirtieth to hundred-and-thirty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 105 of 107, no false positive — "97140 x10 min" after a code, a count held, "hands-on and undivided", a copied-forward date. Left: "Treatment: (see flowsheet)" beside a Berg and a tandem time, and "Hand therapy — Nadia Farrow, OTR/L, CHT" read as the hand named on a generic 97530.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtyFifthTests(ITestOutputHelper output)
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

        // Maren (PT, NCS), vestibular room: "just Mrs. Kessler and me in the vestibular room with the door shut — her daughter waited in the lobby"; X1 viewing on the busy wallpaper, head turns walking the hall, foam stance with eyes closed; L vestibular hypofunction; DGI and head-turn count; "97112 — 24 min" matches: passes.
        ["v1-h135-maren-door-shut-daughter-in-the-lobby"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 7 | Appt 7:30 AM | Area: vestibular room
            CPT / min: 97112 — 24 min
            Attendance: one-on-one for the whole NMR time — just Mrs. Kessler and me in the vestibular room with the door shut; her daughter waited in the lobby.
            Treatment: X1 viewing against the busy wallpaper, seated then standing; walking the hall with horizontal head turns and a stop on cue; feet together on foam with eyes closed.
            Impairment targeted: L vestibular hypofunction after neuritis in January — oscillopsia when she turns her head at the register, veers L in the hall.
            Measures: DGI 18/24 (14 at eval); 20 head turns in the hall without a side step.
            Plan: progress X1 to the hallway with the metronome.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Curt (PT, terse), post-op ankle: "1:1 entire time (Kim ran the timer)" — the aide is staff; SL perturb on foam, BAPS level 3, hop-and-stick; L ankle proprioception after a sprain; SLS seconds; "97112 22 min" matches: passes.
        ["v1-h135-curt-aide-ran-the-timer"] = new(
            """
            SCTH — C. Blevins PT
            97112 22 min. 1:1 entire time (Kim ran the timer).
            SL perturb on foam, BAPS lvl 3 CW/CCW, hop-and-stick off 4 in box.
            L ankle proprioception s/p inversion sprain on the rail-yard ballast, rolls it on gravel.
            SLS foam L 12 s / R 30 s. 7/10 sticks w/o touchdown.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Raj (PT, new grad), paediatric sports: "treated individually; mom sat in and filmed the drills for home" — a parent, not a patient; rocker-board perturbations, drop landings with a hold, single-leg hop-and-stick; L knee neuromuscular control with valgus on landing after an ACL reconstruction; landing count and hop LSI; "97112 x 23 minutes" matches: passes.
        ["v1-h135-raj-mom-filmed-the-drills"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic with mom. 14 y/o club soccer keeper, 5 months s/p L ACL reconstruction (hamstring graft). Reports no giving way at practice.
            Billed: 97112 x 23 minutes
            Attendance: Pt was treated individually; mom sat in and filmed the drills for home.
            O: Perturbation training on the rocker board in single-leg stance; drop landings from the 12 in box with a 3 s hold; single-leg hop-and-stick forward and lateral.
            Impairment: L knee neuromuscular control — dynamic valgus on landing and a stiff-knee catch.
            Measures: 6 of 10 drop landings without valgus (3 of 10 last week); single-leg hop 81 % LSI.
            A: Pt is progressing toward goals. P: Pt educated on landing cues; continue per POC.
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // Brandi (PTA) late entry: "charted 5:50 PM for the 10:15 AM visit. Pt seen one-to-one for the whole NMR block"; tandem walking with head turns, foam step-ups with a hold, reactive steps to pushes; postural control and a slow stepping reaction after two falls; Berg and pushes; "97112 (22 min)" matches: passes.
        ["v1-h135-brandi-late-entry-one-to-one"] = new(
            """
            Late entry — charted 5:50 PM for the 10:15 AM visit. B. Stockton, PTA
            97112 (22 min)
            Pt seen one-to-one for the whole NMR block.
            Did tandem walking with head turns along the mirror, step-ups onto the foam with a hold at the top, and reactive steps to pushes at the hips.
            Deficit: postural control and a slow stepping reaction — 2 falls in the garden since Christmas.
            Berg 45/56. Recovered 6 of 8 pushes with one step.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // Shelby (PTA) ran the NMR inside the one o'clock balance group — "Mrs. Pruitt plus three others on the foam line": other patients treated in the billed time — one-on-one missing; foam-line tandem, perturbations and head turns; sway and sensory loss in the feet; mCTSIB and count present.
        ["v1-h135-shelby-one-oclock-balance-group"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 23 min
            Mrs. Pruitt did her NMR in the 1 PM balance group — her plus three others on the foam line, I rotated cues down the line.
            Treatment: tandem stance on the foam line, perturbations at the shoulders, head turns while marching on foam.
            Impairment targeted: somatosensory loss both feet with the neuropathy, sways when she can't see her feet.
            Measures: mCTSIB foam eyes closed 9 s; 5 of 8 perturbations without a step.
            """,
            ["E11.42"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Luis (PTA) had Mr. Gage on the rocker board "while I cued Mr. Ames on the stairs, back and forth the whole block": another patient inside the billed time — one-on-one missing; rocker board, foam stance with ball catches, step-and-stick; R knee proprioception after a TKA; rocker seconds present.
        ["v1-h135-luis-second-man-on-the-stairs"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 21
            Had Mr. Gage on the rocker board while I cued Mr. Ames on the stairs, back and forth the whole block.
            Ex: rocker board A/P and M/L, foam stance with ball catches, step-and-stick onto the foam with the R.
            Deficit: R knee proprioception and quad timing s/p R TKA, knee buckles stepping off the curb.
            Rocker board M/L 11 s without an edge touch; 5 of 8 sticks held.
            """,
            ["Z96.651", "Z47.1"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // Tessa (PT, pelvic health) copied her last note forward without its attendance row and nothing says one-on-one or individual: not stated; pelvic floor motor-control drills with sEMG, quick flicks with a cough (the Knack); recruitment and timing with leaking on cough; sEMG microvolts and holds present.
        ["v1-h135-tessa-copied-forward-no-attendance"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 24 min
            Treatment: pelvic floor motor-control drills with sEMG surface electrodes — quick flicks, 10 s holds, and the Knack (contract before a cough) in sitting then standing.
            Impairment targeted: pelvic floor motor recruitment and timing; leaks with a cough and a sneeze, and lifting the laundry.
            Measures: sEMG peak 31 µV (22 µV at eval), resting tone back to 3 µV; 10 s hold x 8 before fatigue.
            """,
            ["N39.3"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Maren: "hands-on and undivided the whole NMR block; a PT student observing" (staff/student, not a patient); PNF D2 with rhythmic initiation in standing, half-kneel rhythmic stabilisation, stepping over the cane row; L hemiparesis with poor hip recruitment; Berg and 10MWT; "97112 — 25 min" matches: passes.
        ["v1-h135-maren-undivided-student-observing"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 11 | Appt 9:00 AM
            CPT / min: 97112 — 25 min
            Attendance: hands-on and undivided the whole NMR block; a PT student from Missouri State was observing.
            Treatment: PNF D2 lower extremity with rhythmic initiation in standing; rhythmic stabilization in half-kneel; stepping over the row of canes leading with the L.
            Impairment targeted: L hemiparesis after the R MCA stroke — poor L hip recruitment and a late L step.
            Measures: Berg 39/56; 10MWT 0.71 m/s (0.58 at eval).
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Nadia (OT, CHT) 97530 at the shared hand table "Mrs. Doyle doing her putty programme next to him" (97530 has no one-on-one check); buttoning, key turning and lifting a gallon jug; R grip weakness and slow release after a carpal tunnel release; counts and pounds; "97530 — 16 min" matches: passes.
        ["v1-h135-nadia-shared-hand-table-97530"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 16 min
            At the hand table with Mrs. Doyle doing her putty program next to him.
            Functional tasks: buttoning the shirt-board, turning the key in the practice lock, lifting a gallon jug from the counter to the shelf.
            Problem: R grip weakness and slow release after the R carpal tunnel release; drops his keys at the rail yard.
            Shirt-board 5 buttons in 41 s; gallon jug lifted 8 times without a drop; grip R 38 lb.
            """,
            ["G56.01"], [OT("97530", 16)], []),

        // Raj, new grad: "Session delivered as individual skilled intervention, therapist in constant attendance throughout"; drop-jump landings with mirror feedback, lateral bounds with a stick, tuck-jump drills; bilateral valgus and trunk lean on landing; LESS and a landing count; "Billed: 97112 x 24 minutes" matches: passes.
        ["v1-h135-raj-constant-attendance-throughout"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after school. 15 y/o volleyball middle blocker with bilateral knee pain on landing.
            Billed: 97112 x 24 minutes
            Attendance: Session delivered as individual skilled intervention, therapist in constant attendance throughout.
            O: Drop-jump landings from the 12 in box with mirror feedback; lateral bounds with a 2 s stick; tuck-jump drills with cues for soft knees.
            Impairment: neuromuscular control of landing — bilateral dynamic valgus and trunk lean to the L.
            Measures: LESS 6 (9 at eval); 8 of 10 drop jumps with knees over toes.
            A: Pt tolerated tx well. P: Pt educated on landing cues.
            """,
            ["M22.2X1", "M22.2X2"], [PT("97112", 24)], []),

        // Brandi (PTA) late entry: "saw her alongside Mr. Hatch in the gym — we alternated sets on the foam the whole NMR block": another patient treated in the billed time — one-on-one missing; foam stance, perturbations, tandem; proprioception after an ankle fracture; SLS and count present.
        ["v1-h135-brandi-alternating-sets-with-mr-hatch"] = new(
            """
            Late entry — charted 6:05 PM for the 2:30 PM visit. B. Stockton, PTA
            97112 (20 min)
            Saw her alongside Mr. Hatch in the gym — we alternated sets on the foam the whole NMR block.
            Did single-leg stance on foam, perturbations at the pelvis, tandem walking on the line.
            Deficit: R ankle proprioception after the R ankle fracture, she watches her feet on the Mercy Park loop.
            SLS foam R 6 s (L 19 s). 4 of 8 perturbations without a step.
            """,
            ["S82.891D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Curt, shoulder: "1:1 whole NMR block" in his shorthand; rhythmic stabilisation at 90° in supine and standing, scapular clock with a ball on the wall; lower trap recruitment after a rotator cuff repair; holds and a perturbation count; "97112 21 min" matches: passes.
        ["v1-h135-curt-whole-block-shoulder"] = new(
            """
            SCTH — C. Blevins PT
            97112 21 min. 1:1 whole NMR block.
            Rhythmic stab R shoulder at 90 flex supine then standing, ball-on-wall scapular clock, perturb at the wrist in quadruped.
            Lower trap and cuff recruitment poor s/p R RCR, scap wings w/ reach.
            Quadruped hold 30 s w/o wing. 8/10 perturb held.
            """,
            ["S46.011D"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: the template's boxes, pull-downs and blanks

        // Maren's attendance row ticked "☑ 1:1 ☐ concurrent ☐ group"; gaze stabilisation X2 viewing, standing on foam with optokinetic stripes, walking with pitch head movements; bilateral vestibular loss; DGI and dynamic visual acuity; "97112 — 23 min" matches: passes.
        ["v2-h135-maren-one-to-one-box-ticked"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 5 | Area: vestibular room
            CPT / min: 97112 — 23 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: gaze stabilization X2 viewing seated; standing on foam in front of the optokinetic stripes; walking the hall with pitch (up/down) head movements.
            Impairment targeted: bilateral vestibular loss after gentamicin — bobbing vision walking, can't read the hymn board at church while walking in.
            Measures: DGI 16/24; dynamic visual acuity loss 4 lines (6 at eval).
            """,
            ["H91.93", "R42"], [PT("97112", 23)], []),

        // Luis's attendance row with nothing ticked ("☐ 1:1 ☐ concurrent ☐ group") and nothing else on how he was seen: not stated; foam tandem, rocker board and step-overs; proprioception after a THA; tandem seconds present.
        ["v2-h135-luis-attendance-nothing-ticked"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 22
            Attendance: ☐ 1:1  ☐ concurrent  ☐ group
            Ex: tandem stance on foam, rocker board A/P, stepping over the 6 in hurdles with the L leading.
            Deficit: L hip proprioception and abductor timing s/p L THA, lurches to the L stepping over the hose.
            Tandem on foam 14 s; 7 of 10 hurdle step-overs without a hand.
            """,
            ["Z96.642", "Z47.1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Shelby's row ticked "☐ 1:1 ☑ concurrent ☐ group": concurrent is not one-on-one — one-on-one missing; foam marching, tandem, perturbations; postural sway with neuropathy; mCTSIB present.
        ["v2-h135-shelby-concurrent-ticked"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: ☐ 1:1  ☑ concurrent  ☐ group
            Treatment: marching on foam, tandem at the counter, perturbations forward and back.
            Impairment targeted: postural sway and lost foot sensation with the neuropathy.
            Measures: mCTSIB foam eyes closed 11 s; 6 of 8 perturbations without a step.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Raj's attendance pull-down left at "-- select --" and nothing else saying how the patient was seen: not stated; single-leg rocker-board perturbations, hop-and-stick, lateral bound with a hold; R ankle proprioception after a sprain at practice; SLS and stick count present.
        ["v2-h135-raj-attendance-select-left"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after practice. 16 y/o Carthage shortstop, R ankle sprain at practice.
            Billed: 97112 x 22 minutes
            Attendance: -- select --
            O: Single-leg perturbations on the rocker board; hop-and-stick forward and lateral; lateral bound to a 3 s hold.
            Impairment: R ankle proprioception, rolls it on the base path.
            Measures: SLS eyes closed R 9 s (L 24 s); 6 of 10 sticks held.
            P: Pt educated on HEP; continue per POC.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Shelby's "Impairment targeted: -- select --" with nothing anywhere naming a deficit, system or region; ☑ 1:1, rocker board, perturbations and hurdle stepping named, Berg and a perturbation count: deficit missing.
        ["v2-h135-shelby-impairment-select-left"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 21 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: rocker board front to back, perturbations at the pelvis, stepping over the hurdle row with a stop.
            Impairment targeted: -- select --
            Measures: Berg 46/56; 8 of 10 perturbations without a step.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // Luis's measure blanks left "Berg ___   TUG ___ s" and no number in the note but the code and its minutes: measure missing; "one-on-one the whole block", foam stance, rocker board, perturbations; knee proprioception after a TKA.
        ["v2-h135-luis-berg-and-tug-blanks"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 23
            Attendance: one-on-one the whole block.
            Ex: foam stance with head turns, rocker board side to side, perturbations at the hips.
            Deficit: L knee proprioception s/p L TKA, unsteady on the grass at the farmers' market.
            Measures: Berg ___   TUG ___ s
            """,
            ["Z96.652", "Z47.1"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // Tessa typed "1:1: Y" in the field (a filled answer); pelvic floor down-training with diaphragmatic breathing and reverse Kegels, then coordinated contraction with a cough; pelvic floor overactivity and poor relaxation; sEMG resting microvolts; "97112 — 22 min" matches: passes.
        ["v2-h135-tessa-one-to-one-y-typed"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 22 min
            1:1: Y
            Treatment: pelvic floor down-training — diaphragmatic breathing with reverse Kegels in hooklying and child's pose, then the Knack with a cough in standing, sEMG feedback on screen.
            Impairment targeted: pelvic floor overactivity and poor relaxation after contraction; urgency and pain with intercourse.
            Measures: sEMG resting tone 4.2 µV (9.8 µV at eval); returns to rest in 3 s after a quick flick.
            """,
            ["N94.10", "R39.15"], [PT("97112", 22)], []),

        // Curt's ☑ 1:1 with the unrelated "HEP: ☐ issued ☐ updated" boxes left; perturbations in split stance, BAPS, lateral hop with a stick; R ankle proprioception after a sprain; SEBT reach; "97112 21 min" matches: passes.
        ["v2-h135-curt-hep-boxes-unticked"] = new(
            """
            SCTH — C. Blevins PT
            97112 21 min   Attendance: ☑ 1:1 ☐ concurrent ☐ group
            perturb split stance, BAPS lvl 4, lat hop to stick.
            R ankle proprioception s/p inversion sprain, gives way on the diner's back step.
            SEBT ant R 61 cm / L 70 cm.
            HEP: ☐ issued ☐ updated
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // Shelby's code-box row "☑ 97112 [ 23 ] min  ☐ 97110 [   ] min  ☐ 97140 [   ] min" with only the 97112 billed: the ticked box's minutes match; ☑ 1:1; walking with head turns, foam with eyes closed, perturbations; postural control after a fall; Berg and FGA: passes.
        ["v2-h135-shelby-code-boxes-unbilled-empty"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [ 23 ] min   ☐ 97110 [   ] min   ☐ 97140 [   ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: walking the hall with head turns, feet together on foam with eyes closed, perturbations at the shoulders in tandem.
            Impairment targeted: postural control and a slow stepping reaction after the fall in the Walmart parking lot.
            Measures: Berg 47/56; FGA 20/30.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // Luis's "Treatment: (see flowsheet)" with no flowsheet in the note and no technique named anywhere; 1:1, knee proprioception deficit and a Berg and a tandem time present: technique missing.
        ["v2-h135-luis-see-flowsheet-not-attached"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 22
            Attendance: 1:1.
            Treatment: (see flowsheet)
            Deficit: R knee proprioception and quad timing s/p R TKA.
            Berg 48/56; tandem stance 15 s.
            """,
            ["Z96.651", "Z47.1"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // Shelby's box ticked with an X "☒ 1:1"; foam-beam tandem, perturbations, stepping strategies to the floor clock; late stepping reaction; TUG and clock steps; "97112 — 24 min" matches: passes.
        ["v2-h135-shelby-x-in-the-box"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 24 min
            Attendance: ☒ 1:1  ☐ concurrent  ☐ group
            Treatment: tandem walking on the foam beam, perturbations at the pelvis, stepping-strategy drills to the numbers on the floor clock.
            Impairment targeted: late stepping reaction backward and to the L; she sits down hard when she loses it.
            Measures: TUG 13.1 s; 9 of 12 clock steps to the L without a hand.
            """,
            ["R26.81"], [PTA("97112", 24)], []),

        // Brandi's late entry under a scanned intake ("Fall since last visit? ☐ Y ☑ N", pain 2/10) with "1:1 for all of the NMR" typed; foam step-ups, perturbations, backward walking with a stop; postural control in Parkinson's; Mini-BESTest and a pull test; "97112 (24 min)" matches: passes.
        ["v2-h135-brandi-scanned-intake-boxes"] = new(
            """
            [Scanned intake — front desk 10:48 AM] Fall since last visit? ☐ Y ☑ N   Pain today: 2/10   New meds? ☐ Y ☑ N
            Late entry — charted 5:35 PM. B. Stockton, PTA
            97112 (24 min)
            1:1 for all of the NMR.
            Did step-ups onto the foam, perturbations backward at the shoulders, backward walking with a stop on cue.
            Deficit: postural control — retropulsion and small backward steps with Parkinson's.
            Mini-BESTest 17/28; pull test 3 steps to recover.
            """,
            ["G20.A1"], [PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named methods and programmes as techniques

        // Maren's Carr and Shepherd motor relearning — sit-to-stand broken into its components (foot placement, trunk forward over the feet, knee-forward) then practised whole, with feedback; L hemiparesis with weight kept off the L; 5xSTS and weight-bearing percentage; one-on-one; "97112 — 24 min" matches: passes.
        ["v3-h135-maren-carr-shepherd-motor-relearning"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 14
            CPT / min: 97112 — 24 min
            Attendance: ☑ 1:1 — only patient in the neuro gym.
            Treatment: Carr and Shepherd motor relearning for sit-to-stand — component practice (L foot back, trunk forward over the feet, knees forward), then the whole task from the 18 in mat with verbal and mirror feedback.
            Impairment targeted: L hemiparesis after the R pontine stroke; shifts off the L and pushes up with the R arm only.
            Measures: 5xSTS 17.2 s without the arms (22.9 s with them at eval); L weight bearing 42 % on the scales at lift-off.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Maren's optokinetic stimulation — standing on foam in front of the moving-stripe projection, then walking toward it; visual dependence and motion sensitivity in persistent postural-perceptual dizziness; VSS and a foam time; one-on-one; "97112 — 22 min" matches: passes.
        ["v3-h135-maren-optokinetic-on-foam"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Area: vestibular room
            CPT / min: 97112 — 22 min
            Attendance: one-on-one, door shut, her husband in the car.
            Treatment: optokinetic stimulation — standing on foam in front of the moving-stripe projection, feet apart then together, then walking toward the screen and turning away.
            Impairment targeted: visual dependence and motion sensitivity (PPPD); the cereal aisle and the checkout scanner lights set her off.
            Measures: foam stance in front of the moving stripes 45 s before sway (15 s at eval); Vertigo Symptom Scale short form 18 (31 at eval).
            """,
            ["R42", "F45.8"], [PT("97112", 22)], []),

        // Curt's Cyriax transverse friction to the R supraspinatus tendon, three bouts, then a sleeper stretch; supraspinatus tendinopathy with a painful arc; pain-free abduction degrees; "97140 x9 min" matches: passes.
        ["v3-h135-curt-cyriax-friction-supraspinatus"] = new(
            """
            SCTH — C. Blevins PT
            97140 x9 min
            Cyriax transverse friction massage R supraspinatus tendon at the greater tuberosity, 3 bouts; manual sleeper stretch 3 x 30 s.
            R supraspinatus tendinopathy, painful arc reaching to the diner's top shelf.
            Pain-free abd 95 -> 120 deg after.
            """,
            ["M75.81"], [PT("97140", 9)], []),

        // Curt's Rocabado 6x6 programme — six exercises, six reps each, six times a day — taught and checked; TMJ hypermobility with clicking and forward head; opening millimetres; "97110 x10 min" matches: passes.
        ["v3-h135-curt-rocabado-6x6-tmj"] = new(
            """
            SCTH — C. Blevins PT
            97110 x10 min
            Rocabado 6x6: tongue-up rest position, controlled TMJ rotation, rhythmic stab of the jaw, axial neck extension, shoulder retraction, cervical flexion — 6 reps each, 6x/day; checked form on all six.
            R TMJ hypermobility w/ opening click, forward head.
            Opening 41 mm w/o click (46 mm w/ click at eval).
            """,
            ["M26.621"], [PT("97110", 10)], []),

        // Tessa's Sahrmann lower-abdominal progression levels 1 to 3 with breath, dosed, and a curl-up substitute; postpartum diastasis recti of two and a half finger-widths with lumbopelvic control; widths and reps; "97110 — 15 min" matches: passes.
        ["v3-h135-tessa-sahrmann-lower-abdominal-levels"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97110 — 15 min
            Treatment: Sahrmann lower-abdominal progression levels 1–3 on exhale, 10 reps each; heel slides with TrA bracing 2x10; modified side plank 3 x 20 s.
            Impairment targeted: postpartum diastasis recti and lumbopelvic control, 4 months after her second baby; low back aches lifting the car seat.
            Measures: inter-recti distance 2.5 finger-widths at the umbilicus (3 at eval); holds level 3 without doming.
            """,
            ["M62.08", "O90.89"], [PT("97110", 15)], []),

        // Raj's PEP programme (the Santa Monica ACL prevention warm-up) with drop-jump landings and mirror feedback and a partner perturbation in single-leg stance; valgus and trunk lean on landing; LESS and a count; "Pt was seen 1:1"; "97112 x 23 minutes" matches: passes.
        ["v3-h135-raj-pep-programme-landing-feedback"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 13 y/o forward with Joplin FC, no pain today.
            Billed: 97112 x 23 minutes
            Attendance: Pt was seen 1:1.
            O: PEP program (Santa Monica ACL prevention) plyometric and agility blocks — drop-jump landings with mirror feedback, scissor jumps with a stick, single-leg stance with my perturbations at the pelvis.
            Impairment: neuromuscular control of landing, R knee valgus and trunk lean on single-leg landings.
            Measures: LESS 5 (8 at eval); 7 of 10 single-leg landings without valgus.
            P: Pt educated on the PEP warm-up for practice.
            """,
            ["M22.2X1"], [PT("97112", 23)], []),

        // Nadia's relative-motion orthosis exercises after an extensor tendon repair — composite fist and hook fist inside the orthosis, dosed hourly, with a blocked MP; zone V extensor repair with an extensor lag; reps and degrees; "97110 — 14 min" matches: passes.
        ["v3-h135-nadia-relative-motion-orthosis"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97110 — 14 min
            Relative-motion extension orthosis exercises: active composite fist and hook fist inside the orthosis, 10 reps each, hourly at home; active MP extension with the wrist neutral 2x10.
            Problem: R index extensor tendon repair zone V (surgery 1/29/26), 20 degree extensor lag at the MP.
            Composite fist now to 2 cm from the palm (4 cm last week).
            """,
            ["S66.320D"], [OT("97110", 14)], []),

        // Nadia's retrograde massage and scar mobilisation with Dycem to the thumb base; edema and adherent scar after a trapeziectomy; figure-of-eight centimetres; "97140 — 10 min" matches: passes.
        ["v3-h135-nadia-retrograde-massage-scar"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97140 — 10 min
            Retrograde massage R hand and wrist, distal to proximal; scar mobilization with Dycem over the thumb-base incision in circles and cross-wise.
            Problem: R hand edema and an adherent scar after the R trapeziectomy; can't open the church organ's music folder.
            Figure-of-eight R hand 46.1 cm (47.4 cm before); scar now glides with thumb flexion.
            """,
            ["M18.11", "Z98.890"], [OT("97140", 10)], []),

        // Luis's Thrower's Ten with the red band, two sets of fifteen each, and prone Ts and Ys with a 2 lb weight; R posterior cuff and scapular weakness in a high-school pitcher; doses; "97110 | ther ex | 17" matches: passes.
        ["v3-h135-luis-throwers-ten-red-band"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 17
            Ex: Thrower's Ten, red band, 2x15 each; prone Ts and Ys with 2 lb 2x12; sidelying ER 3 lb 3x12.
            Deficit: R posterior cuff and lower trap weakness, arm tired by the 3rd inning.
            """,
            ["M75.81"], [PTA("97110", 17)], []),

        // Shelby's "Steady Steps Level 2 circuit" (the clinic's in-house falls programme) as the whole treatment, naming no technique; ☑ 1:1, a deficit (slow stepping, sway on turns) and Berg and TUG present: technique missing.
        ["v3-h135-shelby-steady-steps-level-2-only"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: Steady Steps Level 2 circuit.
            Impairment targeted: slow stepping reaction and sway on turns; grabs the walls turning in the hallway at home.
            Measures: Berg 44/56; TUG 14.3 s.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // Curt's Mulligan mobilisation with movement for the ankle, the belt around his hips, with no repetitions, grade or any number but the code and its minutes: measure missing on 97140; L ankle dorsiflexion stiffness after a sprain stated.
        ["v3-h135-curt-mulligan-mwm-no-number"] = new(
            """
            SCTH — C. Blevins PT
            97140 x11 min
            Mulligan MWM ankle DF in lunge w/ belt, talar glide posterior; STM gastroc.
            L ankle DF stiff s/p sprain, can't squat to the bottom shelf.
            """,
            ["S93.402D"], [PT("97140", 11)], [At(Measure, "97140")]),

        // Raj's rhythmic stabilisation, alternating isometrics and PNF chops and lifts with "Impairment: see eval" and nothing naming a deficit, system or region; "Pt was treated 1:1" and a half-kneel hold and chop count present: deficit missing.
        ["v3-h135-raj-rhythmic-stab-impairment-see-eval"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic, no new complaints.
            Billed: 97112 x 21 minutes
            Attendance: Pt was treated 1:1.
            O: Rhythmic stabilization and alternating isometrics in quadruped and half-kneel; PNF chops and lifts in half-kneel with the cable.
            Impairment: see eval.
            Measures: half-kneel hold 40 s without loss of position; 9 of 10 chops through full range.
            A: Pt tolerated tx well. P: continue per POC.
            """,
            ["M62.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // Maren: "the room keeps moving for a second after she stops turning her head" (a vestibular finding); X1 viewing at the metronome, head-turn walking, foam with eyes closed; DGI and head-turn count; one-on-one; "97112 — 23 min" matches: passes.
        ["v4-h135-maren-room-keeps-moving"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Area: vestibular room
            CPT / min: 97112 — 23 min
            Attendance: ☑ 1:1 — the two of us, door shut.
            Treatment: X1 viewing paced to the metronome, yaw then pitch; walking with head turns to read cards on the walls; foam stance with eyes closed.
            Impairment targeted: the room keeps moving for a second after she stops turning her head — R vestibular hypofunction, retired band teacher who can't follow the conductor's baton in the community band.
            Measures: DGI 19/24; read 9 of 12 wall cards walking without slowing.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Brandi's late entry: "she catches her L toe on the threshold of her back porch every time" (foot clearance as the finding); cane gait on the clinic hall and the back lot with cues for hip and knee flexion and heel strike, over a threshold strip; distance and assistance; "97116 (21 min)" matches: passes.
        ["v4-h135-brandi-toe-on-the-porch-threshold"] = new(
            """
            Late entry — charted 5:40 PM for the 1:45 PM visit. B. Stockton, PTA
            97116 (21 min)
            Gait training with the single-point cane down the hall and across the back lot, cues for L hip and knee flexion and heel strike; practiced over the threshold strip at the back door 10x.
            Deficit: she catches her L toe on the threshold of her back porch every time — L foot clearance after the stroke.
            400 ft SBA with the cane; threshold strip cleared 9 of 10 without a catch.
            """,
            ["I69.354"], [PTA("97116", 21)], []),

        // Curt: "shoulder hikes up to her ear before the arm gets to 70" (scapular motor control as the finding); rhythmic stabilisation, scapular setting with feedback in the mirror, wall slides with a lift-off; hold and count; "1:1 entire time"; "97112 22 min" matches: passes.
        ["v4-h135-curt-shoulder-hikes-before-it-lifts"] = new(
            """
            SCTH — C. Blevins PT
            97112 22 min. 1:1 entire time.
            Scap setting w/ mirror feedback, rhythmic stab at 90 in standing, wall slides w/ lift-off.
            L shoulder hikes up to her ear before the arm gets to 70 — upper trap dominance, lower trap recruitment poor, impingement.
            Elevation to 120 w/o hike 8/10. Lift-off hold 10 s.
            """,
            ["M75.42"], [PT("97112", 22)], []),

        // Tessa: "leaks when she lifts her grandson (22 lb) out of the car seat" (pelvic floor timing under load as the finding); the Knack with a lift, pelvic floor contraction timed to exhale during a squat-to-lift, sEMG feedback; 1:1; sEMG and a lift count; "97112 — 23 min" matches: passes.
        ["v4-h135-tessa-grandson-out-of-the-car-seat"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 23 min
            Attendance: 1:1, private treatment room.
            Treatment: pelvic floor contraction timed to the exhale before a squat-to-lift with the 20 lb kettlebell, the Knack before a cough, sEMG feedback on screen throughout.
            Impairment targeted: she leaks when she lifts her grandson (22 lb) out of the car seat — pelvic floor timing and recruitment under load.
            Measures: 8 of 10 lifts with a pre-contraction on sEMG; peak 28 µV (19 µV at eval).
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // Raj: "his front knee collapses on the follow-through and he falls off toward first base" (lead-leg control as the finding); single-leg perturbations on foam, step-and-stick into a stride with a hold, lateral lunges with a stop; "treated one-on-one"; stick count and Y reach; "97112 x 22 minutes" matches: passes.
        ["v4-h135-raj-front-knee-collapses-on-follow-through"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 17 y/o Carthage pitcher, L knee pain late in outings.
            Billed: 97112 x 22 minutes
            Attendance: Pt treated one-on-one.
            O: Single-leg perturbations on foam; step-and-stick into his stride length with a 3 s hold; lateral lunges with a stop on cue.
            Impairment: his front (L) knee collapses on the follow-through and he falls off toward first base — L hip and knee neuromuscular control.
            Measures: 7 of 10 stride sticks with the knee over the foot; Y-balance anterior L 63 cm / R 71 cm.
            A: Pt is progressing toward goals.
            """,
            ["M25.562"], [PT("97112", 22)], []),

        // Nadia: "she drops her coffee mug when she turns it to read the logo" (forearm rotation and grip as the finding); turning a mug on the shelf, pouring from a pitcher, wringing a cloth; R supination and grip after a distal radius fracture; counts and degrees; "97530 — 15 min" matches: passes.
        ["v4-h135-nadia-drops-the-mug"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 15 min
            Functional tasks: turning a mug on the shelf to read the logo, pouring from a half-full pitcher into cups, wringing a wet dishcloth.
            Problem: she drops her coffee mug when she turns it to read the logo — R supination and grip after the R distal radius fracture.
            Poured 6 cups without a spill; supination 62 degrees (48 last week); grip R 22 lb.
            """,
            ["S52.531D"], [OT("97530", 15)], []),

        // Luis: "he stands up by rocking three times and pushing off both knees" (sit-to-stand power as the finding); sit-to-stand from lower and lower heights, floor-to-chair practice, carrying a 10 lb bag across the gym; counts and assistance; "97530 | ther act | 18" matches: passes.
        ["v4-h135-luis-rocks-three-times-to-stand"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97530 | ther act | 18
            Ex: sit-to-stand from 20 in then 18 in then 17 in chairs, floor-to-chair through half-kneel, carrying a 10 lb grocery bag across the gym and setting it on the counter.
            Deficit: he stands up by rocking three times and pushing off both knees — hip and quad weakness, retired lead-smelter hand.
            10 stands from 18 in without the knees; floor-to-chair x3 CGA; bag carried 4 laps SBA.
            """,
            ["M62.81", "R26.2"], [PTA("97530", 18)], []),

        // Maren: "she turns en bloc and steps wide to turn" (axial rigidity and turning in Parkinson's as the finding); LSVT BIG-style large-amplitude turning, pivot turns around a cone to a metronome, backward stepping; 360-degree turn steps and Mini-BESTest; one-on-one; "97112 — 24 min" matches: passes.
        ["v4-h135-maren-turns-en-bloc"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 9
            CPT / min: 97112 — 24 min
            Attendance: ☑ 1:1.
            Treatment: LSVT BIG-style large-amplitude turning with the trunk leading, pivot turns around a cone paced to the metronome, backward stepping with a stop on cue.
            Impairment targeted: she turns en bloc and steps wide to turn — axial rigidity and turning instability with Parkinson's; freezes turning at the church organ bench.
            Measures: 360-degree turn 7 steps (11 at eval); Mini-BESTest 20/28.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Shelby's "Impairment targeted: no change" (a status, not a deficit) with nothing naming a deficit, system or region; ☑ 1:1, foam tandem, perturbations, head-turn walking and FGA and a count: deficit missing.
        ["v4-h135-shelby-impairment-no-change"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: tandem stance on foam, perturbations at the shoulders, walking with head turns and a stop.
            Impairment targeted: no change.
            Measures: FGA 21/30; 7 of 10 perturbations without a step.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Curt's "Deficit: per eval." with nothing naming a deficit, system or region; 1:1, foam perturbations, BAPS and tandem with head turns, SLS seconds: deficit missing.
        ["v4-h135-curt-deficit-per-eval"] = new(
            """
            SCTH — C. Blevins PT
            97112 20 min. 1:1.
            perturb on foam, BAPS lvl 3, tandem w/ head turns.
            Deficit: per eval.
            SLS foam 14 s. 6/8 perturb held.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Raj's "Impairments: none noted today" (a new graduate's template default) with nothing naming a deficit, system or region; "Pt treated 1:1", perturbation training on the rocker board, hop-and-stick and LESS and a count: deficit missing.
        ["v4-h135-raj-impairments-none-noted"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic, 15 y/o, reports practice went well.
            Billed: 97112 x 22 minutes
            Attendance: Pt treated 1:1.
            O: Perturbation training on the rocker board; single-leg hop-and-stick; lateral bounds with a 2 s hold.
            Impairments: none noted today.
            Measures: LESS 4; 8 of 10 sticks held.
            A: Pt tolerated tx well. P: continue per POC.
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // Maren's three measures together — "Berg 41/56, FGA 17/30, 5xSTS 13.9 s"; perturbations on the foam, tandem walking with head turns, stepping strategies to the floor clock; postural control and delayed stepping after a fall; one-on-one; "97112 — 25 min" matches: passes.
        ["v5-h135-maren-berg-fga-and-5xsts"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 6
            CPT / min: 97112 — 25 min
            Attendance: ☑ 1:1 — no one else in the neuro gym.
            Treatment: perturbations standing on foam in all four directions; tandem walking with head turns; stepping-strategy drills to the floor clock.
            Impairment targeted: postural control and a delayed stepping reaction after the fall off the porch steps in January.
            Measures: Berg 41/56, FGA 17/30, 5xSTS 13.9 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Curt's star-excursion reach in centimetres, both legs ("SEBT ant L 61 / R 70 cm, PM L 88 / R 97 cm"); perturbations in single-leg stance, BAPS, hop to stick; L ankle proprioception; "1:1"; "97112 23 min" matches: passes.
        ["v5-h135-curt-star-excursion-cm"] = new(
            """
            SCTH — C. Blevins PT
            97112 23 min. 1:1.
            SL perturb on foam, BAPS lvl 4, hop to stick fwd/lat.
            L ankle proprioception s/p 2nd inversion sprain this season (MSSU soccer).
            SEBT ant L 61 / R 70 cm, PM L 88 / R 97 cm.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // Tessa's manometry in cmH2O ("squeeze 24 cmH2O, endurance 8 s x 6"); pelvic floor motor-control drills with pressure feedback, quick flicks and long holds; recruitment and endurance with urge leakage; "1:1"; "97112 — 22 min" matches: passes.
        ["v5-h135-tessa-manometry-cmh2o"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 22 min
            Attendance: 1:1.
            Treatment: pelvic floor motor-control drills with pressure-manometry feedback — quick flicks, then 10 s holds with full relaxation between; urge-suppression contractions in standing.
            Impairment targeted: pelvic floor recruitment and endurance; urge leakage on the way to the bathroom at the bedding plant.
            Measures: squeeze 24 cmH2O (15 at eval); endurance 8 s x 6 reps.
            """,
            ["N39.46"], [PT("97112", 22)], []),

        // Shelby's mCTSIB trials listed ("condition 4: 12 s, 17 s, 9 s"); foam stance with eyes closed, foam with head turns, perturbations; somatosensory and vestibular reliance; ☑ 1:1; "97112 — 21 min" matches: passes.
        ["v5-h135-shelby-mctsib-three-trials"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 21 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: foam stance with eyes closed, foam stance with head turns, perturbations at the pelvis on firm then foam.
            Impairment targeted: poor use of vestibular input when the feet can't be trusted — somatosensory loss with the neuropathy.
            Measures: mCTSIB condition 4: 12 s, 17 s, 9 s (best 5 s at eval).
            """,
            ["G62.9", "R26.81"], [PTA("97112", 21)], []),

        // Luis's gait distance and assistance ("180 ft x 2 RW min A -> CGA"); walker gait with cues for step length and heel strike, a turn around a cone; short steps and hip pain after a THA; "97116 | gait | 19" matches: passes.
        ["v5-h135-luis-gait-distance-and-assist"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97116 | gait | 19
            Ex: gait with the rolling walker down the long hall and around the cone, cues for equal step length, heel strike on the R and upright trunk.
            Deficit: short L step and an antalgic pattern s/p R THA (surgery 2/11/26).
            180 ft x 2 RW, min A -> CGA by the second lap.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 19)], []),

        // Nadia's putty and pinch pounds ("green putty 3x10; tip pinch 6 lb"); putty rolls, pinches and finger extension against a band; trigger finger release with weak pinch; "97110 — 12 min" matches: passes.
        ["v5-h135-nadia-putty-and-pinch-pounds"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97110 — 12 min
            Green putty: roll, pinch and hook-grip, 3x10 each; finger extension against the rubber band 3x15; tendon glides 10 each.
            Problem: R long finger stiffness and weak pinch after the trigger finger release.
            Tip pinch R 6 lb (4 lb last week).
            """,
            ["M65.331"], [OT("97110", 12)], []),

        // Raj's landing counts and degrees ("8 of 10 landings with knee flexion over 60 degrees"); box drop landings with soft-knee cues, single-leg squats to a box with mirror feedback, perturbations in a lunge; stiff landings and quad avoidance after an ACL reconstruction; "Pt treated individually"; "97112 x 24 minutes" matches: passes.
        ["v5-h135-raj-landing-counts-and-degrees"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 16 y/o, 7 months s/p R ACL reconstruction, cleared to jog.
            Billed: 97112 x 24 minutes
            Attendance: Pt treated individually, dad in the waiting room.
            O: Box drop landings with soft-knee cues; single-leg squats to the box with mirror feedback; perturbations at the pelvis in a split lunge.
            Impairment: R quad avoidance and stiff-knee landings.
            Measures: 8 of 10 landings with knee flexion over 60 degrees (measured on the app); single-leg squat R 7 of 10 without valgus.
            """,
            ["S83.511D"], [PT("97112", 24)], []),

        // Brandi's late entry with no measure — "she looked steadier than Thursday, she agreed" — and no number in the note but the code and its minutes: measure missing; 1:1, foam tandem and perturbations, postural control.
        ["v5-h135-brandi-steadier-than-thursday"] = new(
            """
            Late entry — charted at end of day. B. Stockton, PTA
            97112 (22 min)
            One-on-one the whole NMR block.
            Did tandem walking on the foam beam, perturbations at the hips, head turns while marching.
            Deficit: postural control and sway to the R with head turns.
            She looked steadier than Thursday, she agreed.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Shelby's "Berg ___   TUG ___ s (timer broke)" and no number but the code and its minutes: measure missing; "one-on-one, just the two of us", rocker board, perturbations and head-turn walking; vestibular and postural control.
        ["v5-h135-shelby-timer-broke"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 23 min
            Attendance: one-on-one, just the two of us.
            Treatment: rocker board with eyes closed, perturbations at the shoulders, walking with head turns.
            Impairment targeted: vestibular and postural control, veers on head turns.
            Measures: Berg ___   TUG ___ s (timer broke)
            """,
            ["R42"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // Luis's 97110 "bridges, clamshells, heel raises — progressing as tolerated" with no sets, reps, load or any number but the code and its minutes: measure missing on 97110; L hip abductor weakness after a THA stated.
        ["v5-h135-luis-progressing-as-tolerated"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 16
            Ex: bridges, clamshells with the band, heel raises at the counter, side-stepping — progressing as tolerated.
            Deficit: L hip abductor weakness s/p L THA, hip drops when he walks.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // Raj's "Outcome measures to be re-tested at the progress note" and no number but the code and its minutes: measure missing; "Pt treated one-on-one", perturbation training, hop-and-stick; L knee neuromuscular control after an ACL reconstruction.
        ["v5-h135-raj-retest-at-progress-note"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. Reports knee felt good at practice.
            Billed: 97112 x 23 minutes
            Attendance: Pt treated one-on-one.
            O: Perturbation training on the rocker board in single-leg stance; hop-and-stick forward and lateral; drop landings with a hold.
            Impairment: L knee neuromuscular control, dynamic valgus on landing.
            Measures: outcome measures to be re-tested at the progress note.
            P: Pt educated on landing cues.
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Curt's cervical rotation degrees before and after ("rot R 60 -> 70 deg"); C5-6 unilateral PA glides grade III, suboccipital release, STM to the upper trap; R cervical stiffness with radiating arm pain; "97140 x10 min" matches: passes.
        ["v5-h135-curt-cervical-rotation-degrees"] = new(
            """
            SCTH — C. Blevins PT
            97140 x10 min
            UPA C5-6 R gr III, suboccipital release, STM R upper trap/levator.
            R cervical stiffness w/ radiating R arm pain, can't check his blind spot in the switch engine.
            Rot R 60 -> 70 deg after.
            """,
            ["M54.12"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 6: minutes in this clinic's forms, true mismatches, missing separate time

        // Maren's two codes each on its own "CPT / min" line ("97112 — 24 min", "97110 — 15 min"), both match; one-on-one; foam perturbations and tandem with head turns with a Berg; sit-to-stands and step-ups with doses; postural control and hip weakness: passes.
        ["v6-h135-maren-two-cpt-min-lines"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 8
            CPT / min: 97112 — 24 min
            Attendance: ☑ 1:1.
            Treatment: perturbations on foam, tandem walking with head turns, stepping over the cane row.
            Impairment targeted: postural control and a slow stepping reaction.
            Measures: Berg 43/56; 7 of 10 perturbations without a step.
            CPT / min: 97110 — 15 min
            Treatment: sit-to-stand from the 18 in mat 3x10, step-ups to the 6 in step 3x10 each, standing hip abduction with 2 lb 3x12.
            Impairment targeted: bilateral hip abductor and quad weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 15)], []),

        // Curt's two codes in his shorthand ("97140 x10 min", "97110 x16 min"), both match; lumbar PA glides and STM with a flexion measure; repeated extension and bird dogs with doses; L5-S1 stiffness and a weak core: passes.
        ["v6-h135-curt-x-min-two-codes"] = new(
            """
            SCTH — C. Blevins PT
            97140 x10 min — CPA L4-5/L5-S1 gr III, STM L paraspinals/QL. L5-S1 hypomobility, low back pain bending to the rail car couplers. Flex fingertips to 14 in from floor (20 before).
            97110 x16 min — REIL 2x10, bird dog 3x10 w/ 5 s hold, dead bug 3x10, side plank 3 x 20 s. Weak lumbopelvic stabilizers.
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 16)], []),

        // Luis's code grid ("97116 | gait | 22", "97110 | ther ex | 13"), both match; cane gait with distance and assistance; quad sets, SAQ and step-ups with doses; R TKA with a stiff-knee gait and quad weakness: passes.
        ["v6-h135-luis-grid-two-rows"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97116 | gait | 22
            97110 | ther ex | 13
            Gait: SPC in the hall and on the ramp out back, cues for heel strike and knee flexion in swing — 350 ft SBA, ramp CGA.
            Ex | sets x reps | load
            SAQ | 3x12 | 3 lb
            step-ups 6 in | 3x10 | —
            TKE | 3x15 | green band
            Deficit: stiff-knee gait and R quad weakness s/p R TKA (surgery 1/20/26).
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22), PTA("97110", 13)], []),

        // Nadia's two OT codes ("97140 (OT) — 9 min", "97530 (OT) — 15 min"), both match; joint mobilisation and retrograde massage with degrees; jar opening and key turning with counts; R wrist stiffness after a distal radius fracture: passes.
        ["v6-h135-nadia-two-ot-codes"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97140 (OT) — 9 min: radiocarpal dorsal and volar glides grade III 3 x 30 s, retrograde massage to the R hand; wrist extension 38 -> 46 degrees after.
            97530 (OT) — 15 min: opening jars, turning the key in the practice lock, carrying a full grocery tote; 4 of 5 jars opened, tote carried 3 laps.
            Problem: R wrist stiffness and weak grip after the R distal radius fracture; she sells jam at the Webb City farmers' market and can't open her own jars.
            """,
            ["S52.531D"], [OT("97140", 9), OT("97530", 15)], []),

        // Brandi's late entry with the clock range on the code's own line ("97116 9:02–9:24 AM", 22 min), matches; walker to cane on the hall and the back lot with cues; short R step after a hip fracture; distance and assistance: passes.
        ["v6-h135-brandi-clock-range-on-code-line"] = new(
            """
            Late entry — charted 5:45 PM. B. Stockton, PTA
            97116 9:02–9:24 AM
            Gait training from the walker to the quad cane in the hall and across the back lot, cues for a longer R step and upright trunk.
            Deficit: short R step and forward lean after the L hip fracture.
            300 ft quad cane CGA; 150 ft on the lot SBA.
            """,
            ["S72.002D"], [PTA("97116", 22)], []),

        // Raj's billing line with both codes ("Billed: 97110 x 18 minutes, 97112 x 23 minutes"), both match; "Pt treated individually"; squats and lunges with loads; perturbations and hop-and-stick with a LESS; quad weakness and landing control after an ACL reconstruction: passes.
        ["v6-h135-raj-billed-line-both-codes"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 16 y/o, 6 months s/p R ACL reconstruction.
            Billed: 97110 x 18 minutes, 97112 x 23 minutes
            Attendance: Pt treated individually.
            Ther ex: goblet squats 25 lb 3x10, reverse lunges 3x8 each, Nordic curls 2x5 — R quad and hamstring weakness.
            NMR: perturbations in single-leg stance on foam, hop-and-stick forward and lateral — R knee neuromuscular control, valgus on landing. LESS 5 (8 at eval); 7 of 10 sticks.
            P: Pt educated on HEP progression.
            """,
            ["S83.511D"], [PT("97110", 18), PT("97112", 23)], []),

        // Tessa's headings "NEUROMUSCULAR RE-ED 97112 (25 min)" and "THER EX 97110 (12 min)", both match; 1:1; pelvic floor motor-control drills with sEMG; bridges and side-lying hip work with doses; pelvic floor recruitment and hip weakness: passes.
        ["v6-h135-tessa-two-headings"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            NEUROMUSCULAR RE-ED 97112 (25 min)
            Attendance: 1:1.
            Pelvic floor motor-control drills with sEMG — quick flicks and 10 s holds in standing, the Knack with a cough. Pelvic floor recruitment and timing, leaks on a cough. sEMG peak 26 µV (18 at eval).
            THER EX 97110 (12 min)
            Bridges with an adductor ball 3x12, side-lying hip abduction 3x12, clamshells with the blue band 3x12. Hip abductor and glute weakness.
            """,
            ["N39.3"], [PT("97112", 25), PT("97110", 12)], []),

        // Shelby's code boxes "☑ 97112 [ 23 ] min  ☑ 97116 [ 14 ] min", both match; ☑ 1:1; foam tandem, perturbations and FGA; cane gait with distance and assistance; postural control and a shuffling gait: passes.
        ["v6-h135-shelby-two-code-boxes"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [ 23 ] min   ☑ 97116 [ 14 ] min   ☐ 97110 [   ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            NMR: tandem on foam, perturbations at the pelvis, walking with head turns. Postural control, sways on turns. FGA 19/30.
            Gait: cane gait in the hall with cues for step length and a wider turn. Shuffling gait with short steps. 400 ft SBA.
            """,
            ["R26.81", "R26.89"], [PTA("97112", 23), PTA("97116", 14)], []),

        // Maren's three codes on three "CPT / min" lines ("97112 — 23 min", "97116 — 15 min", "97110 — 10 min"), all match; one-on-one; PNF and perturbations with Berg; gait with a cane with distance; step-ups with doses; L hemiparesis: passes.
        ["v6-h135-maren-three-codes"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 12
            Attendance: ☑ 1:1 for all three.
            CPT / min: 97112 — 23 min — PNF D1 with rhythmic initiation in standing, perturbations at the pelvis in stride stance. L hemiparesis, poor L hip recruitment. Berg 42/56.
            CPT / min: 97116 — 15 min — quad cane gait in the hall and on the ramp, cues for L knee flexion in swing. L toe drag. 500 ft SBA.
            CPT / min: 97110 — 10 min — L step-ups to the 4 in step 3x10, L hip abduction 3x12 with 2 lb. L hip and quad weakness.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15), PT("97110", 10)], []),

        // Tessa copied her last note forward with last visit's "97112 — 25 min" on today's 14-min line: mismatch on 97112; otherwise complete (1:1; quick flicks and holds with sEMG; recruitment with leaking; sEMG peak).
        ["v6-h135-tessa-copied-forward-minutes"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 25 min
            Attendance: 1:1.
            Treatment: pelvic floor motor-control drills with sEMG, quick flicks and 10 s holds, the Knack before a cough.
            Impairment targeted: pelvic floor recruitment and timing; leaks on a cough at choir practice.
            Measures: sEMG peak 24 µV.
            """,
            ["N39.3"], [PT("97112", 14)], [At(Mismatch, "97112")]),

        // Curt's "97110 x12 min" on a 24-min line: mismatch on 97110; otherwise complete (rows, pull-downs and ER with loads; R shoulder weakness after a cuff repair).
        ["v6-h135-curt-twelve-on-twenty-four"] = new(
            """
            SCTH — C. Blevins PT
            97110 x12 min
            Rows 15 lb 3x12, lat pull-down 30 lb 3x10, ER w/ red band 3x15, scaption 2 lb 3x10.
            R shoulder flexion/ER weakness s/p R RCR (surgery 10/28/25).
            """,
            ["S46.011D"], [PT("97110", 24)], [At(Mismatch, "97110")]),

        // Luis's grid "97116 | gait | 30" on an 18-min line with "97110 | ther ex | 13" matching: mismatch on 97116; both sections complete (walker gait with distance and assistance; bridges and heel raises with doses; hip weakness after a THA).
        ["v6-h135-luis-grid-thirty-on-eighteen"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97116 | gait | 30
            97110 | ther ex | 13
            Gait: rolling walker in the long hall, cues for equal steps and an upright trunk — 250 ft x 2 SBA.
            Ex: bridges 3x12, heel raises 3x15, standing hip abduction 3x12 with 2 lb.
            Deficit: R hip abductor weakness and a short L step s/p R THA.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 18), PTA("97110", 13)], [At(Mismatch, "97116")]),

        // Nadia's "97140 (OT) — 20 min" on a 9-min line with "97530 (OT) — 15 min" matching: mismatch on 97140; both sections complete (glides and scar work with degrees; buttoning and pouring with counts; wrist stiffness after a fracture).
        ["v6-h135-nadia-twenty-on-nine"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97140 (OT) — 20 min: midcarpal glides grade III 3 x 30 s, scar mobilization over the volar plate incision; wrist flexion 40 -> 47 degrees after.
            97530 (OT) — 15 min: buttoning the shirt-board, pouring from a pitcher, wringing a cloth; 5 buttons in 38 s, 6 cups poured without a spill.
            Problem: L wrist stiffness and weak grip after ORIF of the L distal radius; a diner waitress who can't carry plates on the L.
            """,
            ["S52.532D"], [OT("97140", 9), OT("97530", 15)], [At(Mismatch, "97140")]),

        // Raj's two codes with only "Total treatment time 41 minutes" and no minutes for either: separate time missing; both sections complete (individual; squats and step-downs with loads; perturbations and hop-and-stick with LESS; quad weakness and landing control).
        ["v6-h135-raj-total-treatment-time-only"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 15 y/o, 8 months s/p L ACL reconstruction.
            Billed: 97110, 97112
            Attendance: Pt treated individually.
            Ther ex: goblet squats 20 lb 3x10, lateral step-downs 3x10, single-leg RDL 3x8 — L quad and glute weakness.
            NMR: perturbations on the rocker board in single-leg stance, hop-and-stick — L knee neuromuscular control. LESS 6; 6 of 10 sticks.
            Total treatment time 41 minutes.
            """,
            ["S83.512D"], [PT("97110", 18), PT("97112", 23)], [SepTime]),

        // Shelby's two ticked code boxes with empty minute boxes ("☑ 97112 [   ] min  ☑ 97110 [   ] min") and "Timed total: 37 min" under them: separate time missing; both sections complete (1:1; foam tandem and perturbations with Berg; sit-to-stands and heel raises with doses; postural control and hip weakness).
        ["v6-h135-shelby-empty-minute-boxes-timed-total"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [   ] min   ☑ 97110 [   ] min   ☐ 97116 [   ] min
            Timed total: 37 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            NMR: tandem on foam, perturbations at the shoulders, stepping over hurdles. Postural control after two falls. Berg 45/56.
            Ther ex: sit-to-stand 3x10, heel raises 3x15, side-stepping with the band 4 laps. Hip abductor and calf weakness.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // Brandi's late entry with two codes and "didn't write the split down" — no minutes for either: separate time missing; both sections complete (cane gait with distance and assistance; step-ups and bridges with doses; short step and hip weakness after a hip replacement).
        ["v6-h135-brandi-did-not-write-the-split"] = new(
            """
            Late entry — charted 6:10 PM for the 11:30 AM visit. B. Stockton, PTA
            Billed 97116 and 97110 — didn't write the split down at the time.
            Gait: single-point cane in the hall and on the back ramp, cues for a longer L step; 350 ft SBA, ramp CGA.
            Ther ex: step-ups to the 4 in step 3x10, bridges 3x12, standing hip abduction 3x12.
            Deficit: short L step and R hip weakness after the R THA.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 20), PTA("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // A two-code visit never charted (the note cell empty) with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h135-two-codes-never-charted"] = new(
            "",
            ["Z96.651", "Z47.1"], [PTA("97116", 20), PTA("97110", 13)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // A note of whitespace only (spaces, a tab, line breaks; cells are trimmed) on a PTA's 97112 with a diagnosis: note missing only.
        ["v7-h135-whitespace-only-97112"] = new(
            " \t \n  \n ",
            ["R26.81"], [PTA("97112", 22)], [At(NoteMissing, "97112")]),

        // An empty note on an OT's 97140 with no diagnosis: note missing and diagnosis missing.
        ["v7-h135-empty-ot-97140-no-dx"] = new(
            "",
            [], [OT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // 97110's meaning on a Luis flowsheet: quad sets, SAQ, heel slides and step-ups with sets, reps and loads (technique and measure), L quad weakness and knee flexion loss after a TKA (deficit); "97110 | ther ex | 20" matches: passes.
        ["v7-h135-luis-97110-after-a-knee-replacement"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 20
            Ex | sets x reps | load
            quad sets | 2x15, 5 s hold | —
            SAQ | 3x12 | 2 lb
            heel slides | 3x15 | strap
            step-ups 4 in | 3x10 | —
            recumbent bike | rocking for ROM | seat 9
            Deficit: L quad weakness and knee flexion to 98 degrees s/p L TKA (surgery 2/3/26).
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 20)], []),

        // 97530's meaning on a Nadia note: lifting a laundry basket from the dryer to the counter and carrying a grocery tote, with loads and counts (technique and measure), L grip and forearm weakness after a fracture (deficit); "97530 — 17 min" matches: passes.
        ["v7-h135-nadia-97530-laundry-basket"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 17 min
            Functional tasks: lifting a 12 lb laundry basket from the dryer height to the counter 6x; carrying a grocery tote with 8 lb in it across the clinic 4 laps; folding towels standing.
            Problem: L grip and forearm weakness after the L distal radius fracture; the basket tips out of her L hand.
            Basket lifted 6 of 6 without tipping; grip L 31 lb (R 52 lb).
            """,
            ["S52.502D"], [OT("97530", 17)], []),

        // 97140's meaning on a Curt note: lumbar central PA mobilisations grade III-IV and soft tissue to the quadratus lumborum (technique), L4-5 hypomobility with central back pain (deficit), flexion reach inches (measure); "97140 x12 min" matches: passes.
        ["v7-h135-curt-97140-lumbar-pa-and-ql"] = new(
            """
            SCTH — C. Blevins PT
            97140 x12 min
            CPA L3-L5 gr III-IV, STM R QL and lumbar paraspinals in sidelying.
            L4-5 hypomobility w/ central LBP, can't bend to lace his work boots.
            Flex fingertips to 10 in from floor (16 in before).
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on a Brandi late entry: cane gait on the back-lot ramp and up and down the curb with cues (technique), L foot clearance and a short R step after a stroke (deficit), distance and assistance (measure); "97116 (23 min)" matches: passes.
        ["v7-h135-brandi-97116-ramp-and-curb"] = new(
            """
            Late entry — charted 5:25 PM. B. Stockton, PTA
            97116 (23 min)
            Gait training with the quad cane on the back-lot ramp and up and down the curb at the side door, cues for L hip and knee flexion and a longer R step.
            Deficit: L foot drags and a short R step after the R CVA.
            Ramp x4 SBA, curb x6 CGA, 300 ft on the lot SBA.
            """,
            ["I69.354"], [PTA("97116", 23)], []),

        // Shelby's wholly generic 97112: "Balance and coordination exercises per POC. Tolerated well. Continue plan of care." — no technique, deficit, number but the code and its minutes, or one-on-one statement.
        ["v7-h135-shelby-balance-and-coordination-per-poc"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Balance and coordination exercises per POC. Tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Tessa's two-code note copied forward with nothing left but the headings' minutes and "Ther ex and NMR per POC, tolerated well": nothing named for either code and no one-on-one statement; each code has its minutes, so no separate-time finding.
        ["v7-h135-tessa-copied-forward-generic-two-codes"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            THER EX 97110 (12 min)
            NEUROMUSCULAR RE-ED 97112 (24 min)
            Ther ex and NMR per POC, tolerated well. Continue POC.
            """,
            ["N39.3"], [PT("97110", 12), PT("97112", 24)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Nadia's wholly generic 97530: "Therapeutic activities as tolerated. Pt tolerated well. Continue POC." — nothing named; the minutes match.
        ["v7-h135-nadia-ther-act-as-tolerated"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 16 min
            Therapeutic activities as tolerated. Pt tolerated well. Continue POC.
            """,
            ["S52.531D"], [OT("97530", 16)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Luis's wholly generic 97110: "Ther ex per flowsheet. Pt tolerated tx well. Continue POC." with no flowsheet in the note — nothing named; the grid's minutes match.
        ["v7-h135-luis-ther-ex-per-flowsheet"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 14
            Ther ex per flowsheet. Pt tolerated tx well. Continue POC.
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: the rest of the day's complete notes, and the ordinary weak ones

        // Maren, first patient of the day: stroke, 97112 with a scanned intake above it; one-on-one; weight shifts with tapping, step-and-stick on foam, reactive steps; R hemiparesis; Berg and step count; "97112 — 24 min" matches: passes.
        ["vord-h135-maren-first-patient-stroke"] = new(
            """
            [Scanned intake — front desk 7:18 AM] Pain today: 1/10   Fall since last visit? ☐ Y ☑ N
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 10 | Appt 7:30 AM
            CPT / min: 97112 — 24 min
            Attendance: ☑ 1:1 — her husband parked the car and stayed out in the lobby.
            Treatment: weight shifts onto the R with tapping to the glute med; step-and-stick onto foam leading with the L; reactive steps to pushes at the pelvis.
            Impairment targeted: R hemiparesis after the L MCA stroke — poor R weight acceptance and a late R protective step.
            Measures: Berg 40/56; 7 of 10 R protective steps on time.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Curt, lumbar radiculopathy: 97110 repeated extension and nerve glides with doses; L5 radicular pain with a weak great toe; "97110 x14 min" matches: passes.
        ["vord-h135-curt-lumbar-radic-97110"] = new(
            """
            SCTH — C. Blevins PT
            97110 x14 min
            REIS 3x10, prone press-up 3x10 w/ 3 s hold, L sciatic nerve glides sitting 2x15, bird dog 3x10.
            L L5 radicular pain to the lateral calf, weak L EHL 4-/5, centralizes w/ ext.
            """,
            ["M54.16"], [PT("97110", 14)], []),

        // Curt, post-op shoulder: 97140 passive ROM and posterior glides with degrees; R shoulder stiffness after a cuff repair; "97140 x10 min" matches: passes.
        ["vord-h135-curt-post-op-shoulder-97140"] = new(
            """
            SCTH — C. Blevins PT
            97140 x10 min
            PROM R shoulder flex/scaption/ER in supine, GH posterior and inferior glides gr II-III.
            R shoulder stiffness s/p R RCR, 8 wks post-op.
            Flex 118 -> 130 deg, ER 35 -> 42 deg after.
            """,
            ["S46.011D"], [PT("97140", 10)], []),

        // Tessa, postpartum: 97110 core and hip progression with doses; lumbopelvic weakness and diastasis; "97110 — 14 min" matches: passes.
        ["vord-h135-tessa-postpartum-97110"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97110 — 14 min
            Treatment: dead bug with exhale 3x10, bridges with a ball squeeze 3x12, bird dog 3x10 each, side plank from the knees 3 x 20 s.
            Impairment targeted: postpartum lumbopelvic weakness and a 2-finger diastasis; back aches carrying the baby on her hip.
            """,
            ["M62.08", "O90.89"], [PT("97110", 14)], []),

        // Tessa, stress incontinence with 97112 and 97110, each heading with its minutes, both match: 1:1; the Knack and quick flicks with sEMG; squats and bridges with doses; recruitment and hip weakness: passes.
        ["vord-h135-tessa-sui-two-codes"] = new(
            """
            [copied forward from 2/24 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            NEUROMUSCULAR RE-ED 97112 (23 min)
            Attendance: 1:1 in the private room.
            The Knack before a cough and a jump, quick flicks and 10 s holds in standing with sEMG feedback. Pelvic floor recruitment and timing; leaks jumping rope with her daughter. sEMG peak 29 µV; 6 of 8 coughs with a pre-contraction.
            THER EX 97110 (15 min)
            Squats with an exhale 3x12, bridges with a ball squeeze 3x12, lateral band walks 3 laps. Glute and hip abductor weakness.
            """,
            ["N39.3"], [PT("97112", 23), PT("97110", 15)], []),

        // Raj, patellar tendinopathy in a teenage runner: 97110 decline squats and isometrics with doses; R patellar tendon pain with jumping; "Billed: 97110 x 16 minutes" matches: passes.
        ["vord-h135-raj-patellar-tendinopathy-97110"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic. 15 y/o cross-country and track runner with R knee pain on hills.
            Billed: 97110 x 16 minutes
            O: Wall-sit isometrics 5 x 30 s; decline board single-leg squats 3x10; step-downs 8 in 3x10; calf raises 3x15.
            Impairment: R patellar tendinopathy, quad weakness, pain going downhill.
            A: Pt tolerated tx well, pain 2/10 after. P: Pt educated on load management.
            """,
            ["M76.51"], [PT("97110", 16)], []),

        // Raj, Achilles in a young runner: 97110 eccentric heel drops with load; R Achilles pain and calf weakness; "Billed: 97110 x 17 minutes" matches: passes.
        ["vord-h135-raj-achilles-young-runner-97110"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic with mom. 12 y/o soccer player, R heel cord pain after games.
            Billed: 97110 x 17 minutes
            O: Eccentric heel drops off the step, straight and bent knee, 3x15 each; seated calf raises 15 lb 3x12; soleus stretch 3 x 30 s.
            Impairment: R Achilles tendinopathy and calf weakness, can't finish the second half.
            P: Pt and mom educated on HEP.
            """,
            ["M76.61"], [PT("97110", 17)], []),

        // Brandi late entry, neuropathy: 97112 one-on-one, foam and perturbations; somatosensory loss; mCTSIB; "97112 (21 min)" matches: passes.
        ["vord-h135-brandi-neuropathy-97112"] = new(
            """
            Late entry — charted 5:30 PM for the 3:15 PM visit. B. Stockton, PTA
            97112 (21 min)
            One-on-one for the NMR block.
            Did foam stance with head turns, perturbations at the hips, tandem walking at the counter.
            Deficit: somatosensory loss in both feet with the diabetic neuropathy.
            mCTSIB foam eyes closed 10 s (4 s at eval); 6 of 8 perturbations without a step.
            """,
            ["E11.42"], [PTA("97112", 21)], []),

        // Luis, post-op hip: 97110 flowsheet with doses; R hip weakness after a THA; "97110 | ther ex | 18" matches: passes.
        ["vord-h135-luis-post-op-hip-97110"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 18
            Ex | sets x reps | load
            bridges | 3x12 | —
            standing hip abduction | 3x12 | 3 lb
            sit-to-stand 18 in | 3x10 | —
            heel raises | 3x15 | —
            Deficit: R hip abductor and extensor weakness s/p R THA (surgery 1/27/26).
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 18)], []),

        // Luis, gait after a knee replacement with 97116 alone: walker to cane with distance and assistance; stiff-knee gait; "97116 | gait | 21" matches: passes.
        ["vord-h135-luis-tka-gait-97116"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97116 | gait | 21
            Gait: rolling walker to single-point cane in the long hall, cues for knee flexion in swing and heel strike; 4 stairs with one rail, step-to pattern.
            Deficit: stiff-knee gait on the R s/p R TKA.
            300 ft SPC SBA; stairs CGA.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 21)], []),

        // Shelby, dizziness: 97112 ☑ 1:1, habituation head movements and gaze work on foam; vestibular hypofunction; DGI; "97112 — 22 min" matches: passes.
        ["vord-h135-shelby-dizziness-97112"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: X1 viewing on foam, habituation head movements in sitting, walking with head turns and a stop.
            Impairment targeted: R vestibular hypofunction, dizzy turning to look behind her backing the car.
            Measures: DGI 19/24 (15 at eval).
            """,
            ["H81.21"], [PTA("97112", 22)], []),

        // Shelby, falls with 97112 and 97530: each code box with its minutes, both match; ☑ 1:1; perturbations and tandem with Berg; floor recovery and carrying with counts and assist; postural control and leg weakness: passes.
        ["vord-h135-shelby-falls-two-codes"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [ 22 ] min   ☑ 97530 [ 15 ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            NMR: perturbations at the pelvis, tandem walking on foam, stepping-strategy drills. Postural control, delayed stepping after three falls this winter. Berg 44/56.
            Ther act: floor-to-chair recovery through half-kneel 3x CGA, carrying a laundry basket across the gym 4 laps SBA. Leg weakness, can't get up from the floor alone.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22), PTA("97530", 15)], []),

        // Nadia, carpal tunnel release: 97110 tendon and nerve glides and putty with doses; R hand stiffness and weak grip; "97110 — 13 min" matches: passes.
        ["vord-h135-nadia-carpal-tunnel-release-97110"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97110 — 13 min
            Tendon glides 10 each position; median nerve glides 2x10; yellow putty squeeze and pinch 3x10; wrist flexion and extension with 1 lb 2x15.
            Problem: R hand stiffness and weak grip after the R carpal tunnel release (2/10/26), scar tender.
            """,
            ["G56.01"], [OT("97110", 13)], []),

        // Nadia, trigger finger release: 97140 scar mobilisation and PIP glides with degrees; stiffness at the PIP; "97140 — 9 min" matches: passes.
        ["vord-h135-nadia-trigger-finger-97140"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97140 — 9 min
            Scar mobilization at the A1 pulley incision, PIP joint volar and dorsal glides grade II-III on the R ring finger.
            Problem: R ring finger PIP flexion contracture and adherent scar after the trigger finger release.
            PIP extension -25 -> -15 degrees after.
            """,
            ["M65.341"], [OT("97140", 9)], []),

        // Maren, Parkinson's with 97112 and 97116: two lines each with its minutes, both match; one-on-one; big-step practice and perturbations with Mini-BESTest; cued gait with distance and speed; shuffling and freezing: passes.
        ["vord-h135-maren-parkinsons-two-codes"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 15
            Attendance: ☑ 1:1 for both.
            CPT / min: 97112 — 23 min — large-amplitude stepping drills, perturbations backward at the shoulders, stepping over floor lines to break a freeze. Postural instability and freezing with Parkinson's. Mini-BESTest 18/28.
            CPT / min: 97116 — 15 min — gait with metronome cueing in the hall and through the doorway, cues for heel strike. Shuffling, festinating gait. 10MWT 0.88 m/s; 600 ft SBA.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Curt, cervical radiculopathy with 97140 and 97110: shorthand lines with minutes, both match; glides and traction by hand with degrees; deep neck flexor and row work with doses; C6 radicular pain: passes.
        ["vord-h135-curt-cervical-two-codes"] = new(
            """
            SCTH — C. Blevins PT
            97140 x9 min — manual cervical traction 10 x 10 s, lateral glides C5-6 L gr III. L C6 radicular pain to the thumb. Rot L 55 -> 64 deg.
            97110 x15 min — chin tucks supine 3x10 w/ 10 s hold, rows green band 3x15, W's 3x12. Deep neck flexor and scapular weakness.
            """,
            ["M54.12"], [PT("97140", 9), PT("97110", 15)], []),

        // Raj, post-op knee 97110 and 97116: billing line with both, both match; quad work with doses; gait with crutches to none with distance; quad lag after a TKA: passes.
        ["vord-h135-raj-post-op-knee-two-codes"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic, 71 y/o, 4 weeks s/p L TKA.
            Billed: 97110 x 16 minutes, 97116 x 14 minutes
            Ther ex: quad sets 2x15 with 5 s hold, SAQ 2 lb 3x12, heel slides 3x15, mini squats 3x10 — L quad lag and knee flexion to 95 degrees.
            Gait: weaning from the walker to a cane in the hall, cues for heel strike and knee extension at stance — L stiff-knee gait. 250 ft with the cane SBA.
            P: Pt educated on icing and HEP.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97116", 14)], []),

        // Brandi late entry, 97530 after a hip fracture: car transfer and a step into the pickup with counts and assistance; hip weakness; "97530 (16 min)" matches: passes.
        ["vord-h135-brandi-car-transfer-97530"] = new(
            """
            Late entry — charted 5:55 PM for the 12:30 PM visit. B. Stockton, PTA
            97530 (16 min)
            Practiced car transfers on the clinic's car-door frame 5x and a step up into a pickup cab height 4x; carried a purse and a bag of groceries across the gym 3 laps.
            Deficit: L hip weakness after the L hip fracture, can't lift her leg into her son's pickup.
            Car transfer 5x SBA; pickup step 4x CGA with the grab handle.
            """,
            ["S72.002D"], [PTA("97530", 16)], []),

        // Maren, cerebellar ataxia: 97112 heel-to-target stepping, weighted-vest stance on foam and trunk rhythmic stabilisation, one-on-one; ataxia; SARA and a target count; "97112 — 22 min" matches: passes.
        ["vord-h135-maren-ataxia-97112"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 4
            CPT / min: 97112 — 22 min
            Attendance: one-on-one, just the two of us in the neuro gym.
            Treatment: heel-to-target stepping onto numbered floor spots, stance with a 4 lb weighted vest on foam, rhythmic stabilization at the trunk in sitting.
            Impairment targeted: cerebellar ataxia after the L cerebellar stroke — overshoots targets and wide-based sway.
            Measures: SARA gait item 3 (5 at eval); 8 of 12 targets hit without overshoot.
            """,
            ["I69.393", "R27.0"], [PT("97112", 22)], []),

        // Curt's complete 97112 (1:1, BAPS and perturbations, ankle proprioception, SLS) with no diagnosis on the claim: diagnosis missing.
        ["vord-h135-curt-complete-no-dx"] = new(
            """
            SCTH — C. Blevins PT
            97112 21 min. 1:1.
            BAPS lvl 3, SL perturb on foam, hop to stick.
            R ankle proprioception s/p sprain.
            SLS foam R 15 s / L 28 s.
            """,
            [], [PT("97112", 21)], [Dx]),

        // Luis's complete 97110 (flowsheet with doses, knee weakness after a TKA) with the claim's diagnosis left as the EMR's "see referral": not a well-formed ICD-10-CM code.
        ["vord-h135-luis-dx-see-referral"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97110 | ther ex | 15
            Ex: quad sets 2x15, SAQ 3x12 with 2 lb, step-ups 4 in 3x10.
            Deficit: R quad weakness s/p R TKA.
            """,
            ["see referral"], [PTA("97110", 15)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
