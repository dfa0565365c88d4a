using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twentieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from one employer,
/// in the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits:
/// <list type="number">
/// <item>the outpatient rehabilitation departments of a large hospital-owned integrated health system in
/// the Carolinas ("Piedmont Atlantic Health": neuro rehab, a fall-prevention clinic, a vestibular and balance
/// clinic, a hand and upper-extremity centre, pelvic health, a spine centre, sports medicine, work rehab,
/// paediatrics, an amputee clinic, a transitional-care unit seeing Part B patients), charting in Epic with
/// the house dot phrases expanded and their leftovers kept (".PAHNEURODAILY", ".PAHATTEND →", unresolved
/// <c>@NAME@</c> / <c>@REFPROV@</c> tokens, <c>***</c> wildcards never filled), flowsheet rows pasted into the
/// note with a date-and-time column ("Session Format | Individual (only pt on therapist's schedule)",
/// "Gait Training Minutes | 17", "Timed Minutes Total | 38", an exercise grid of dashes), smart lists with
/// one option kept
/// ("Delivery (keep one): Concurrent", "Session type: [Individual]"), charge-capture lines ("Charges filed:
/// 97110 x1 (15 min)", "Patients per therapist during service: 2"), and e-signature and co-signature
/// blocks;</item>
/// <item>travel therapists on 13-week contracts who bring the charting habits of their last assignments —
/// acute care ("Pt received seated in lobby, agreeable to tx", "Pt left in lobby w/ spouse, all needs met",
/// AM-PAC 6-Clicks and JH-HLM), skilled nursing ("Skilled need: …", Part B in a transitional-care unit) and
/// home health ("Time in 0902 · Time out 0925", a family member taught to guard).</item>
/// </list>
/// The region's goals and tasks: the beach-access boardwalk at Nags Head, a pontoon boat on Lake Norman, the
/// Speedway grandstand in May, a church potluck casserole, surf fishing at Kure Beach, a golf cart and nine
/// holes, Friday-night football bleachers, a push mower around the yard, the parts counter at a dealership.
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside untimed G0283. Each note's DOC_*
/// findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h20-…): one-on-one in these writers' words (an attendance dot phrase "every timed
/// minute … delivered by me directly to this patient; no second patient was booked, supervised or looked in
/// on", a PT/OT co-treat where "both therapists were with this pt only", a PTA "in a one-patient slot",
/// "every minute … hands-on by me with this pt alone; the tech only fitted the harness", a dictated "Nobody
/// else was on my caseload"), notes that negate it (an overlapping appointment, a traveler who left the gym
/// to return a page while the tech spotted, a three-station balance pod) or never state it (an OT sensory
/// re-education note), and a 97116 with a daughter walking alongside and an OT dyad on 97530, which have
/// no one-on-one check;</item>
/// <item>class 2 (v2-h20-…): Epic states: a pasted "Session Format | Individual (only pt on therapist's
/// schedule)" row, a kept smart-list option "Concurrent", "[Individual]", an impairment field left at
/// <c>***</c>, a pre-treatment screen of Y / N answers, an assist level left at <c>***</c>, "Patients per
/// therapist during service: 2", a gait flowsheet, an exercise grid whose Sets / Reps / Resistance cells
/// are all dashes, a Performed / Deferred column;</item>
/// <item>class 3 (v3-h20-…): named programmes and methods as techniques (prism adaptation with limb
/// activation, action observation with mental practice, Stanish eccentric decline squats, a
/// "knees-over-toes" series, a cuboid whip, a side-lying lumbar roll, positional release, four-point gait
/// with Lofstrand crutches, a Valpar work sample), one immersive-VR 97112 with no number, one
/// music-supported-therapy 97112 with no deficit and one Total Gym 97110 with no target;</item>
/// <item>class 4 (v4-h20-…): deficits stated as findings (trunk titubation with dysdiadochokinesia, Kibler
/// type II scapular dyskinesis, Gillet and ASLR, a shoulder capsular pattern, Spurling's with a C6 reflex
/// change, tactile extinction on bilateral simultaneous touch, pusher behaviour on the SCP, an extensor
/// lag with a sweep-test effusion, Hoffmann's sign with a spastic gait) and notes that state none (a 97112 whose only
/// target is the Nags Head boardwalk; "Impairments: none identified this date" on a yard-work 97530);</item>
/// <item>class 5 (v5-h20-…): measures in their usual forms (AM-PAC 6-Clicks and JH-HLM, the Unipedal Stance
/// Test, PDMS-2, a pinch gauge, SPPB, EFPT subtests, the 40m fast-paced walk test) and notes with none
/// ("much steadier than last week", a visit count, a room and an appointment time; soft-tissue work with
/// "ROM WFL");</item>
/// <item>class 6 (v6-h20-…): minutes in their usual forms (pasted timed-code flowsheet rows with totals,
/// "Charges filed: … x1 (15 min)", "Provided 23 min of NMR (97112)", clock in / out on a one-code visit,
/// an untimed G0283 with its minutes beside one timed code), true mismatches (a dot phrase's "x 30
/// minutes" against 22, the OT half of a co-treat, a PTA's co-signed ther-ex, a gait flowsheet row) and
/// truly missing separate time (flowsheet totals only, minutes for one of two codes, clock in / out only);</item>
/// <item>class 7 (v7-h20-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283), and the contract's meanings of technique, deficit and measure for
/// 97110 (a functional goal as the only target; exercises with no dose), 97530 (assistance levels as the
/// only measure; a generic smart phrase), 97140 (grade and bouts with a region), 97116 (no target; stairs
/// with assistance) and a generic 97112 smart phrase;</item>
/// <item>ordinary (vord-h20-…): complete notes of the system's departments and its travelers across codes
/// and disciplines that a reviewer passes (the false-positive guard), and the ordinary weak ones: a generic
/// two-code smart phrase, a missing diagnosis, a CPT code typed into the diagnosis field, an NMR + TE note
/// that never says one-on-one, a three-code total only, a traveler's gait time that differs, an OT kitchen
/// note with no assistance level or number.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity inside a one-timed-code note, self-rated scores or vital signs as the only number,
/// three-character or dotless diagnosis codes, minute ranges and approximate minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 97 of 106 cases agree (104 needed), and 5 of the 68 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 97 of 106, 5 false positives, at its first run on the analyzer with the phrase batteries' readings
/// (b851c62), written before this set was read: the held-out figure (two notes moved from two findings to one).
/// Then development data: "both therapists were with this pt only", "neither of us had another pt", prism adaptation and
/// limb activation, music-supported therapy, a Valpar work sample, "her problem is right ankle and knee position
/// sense", "Delayed, multi-step compensatory stepping", a generic "dynamic functional activities" smart phrase.
/// Worked through: 105 of 106, no false positive (left: "PT guarding at the gait belt" read as an assistance level, which
/// five earlier sets count as the patient's measure).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentiethTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as notation, negated, unstated

        // Attendance dot phrase expanded: "every timed minute … delivered by me directly to this patient; no second patient was booked, supervised or looked in on" is one-on-one; texture discrimination, EC pad stance with head nods, heel-to-shin tactile strip; plantar sensation / JPS loss; k of 10 and seconds: passes.
        ["v1-h20-attend-phrase-alone-neuropathy"] = new(
            """
            PAH Outpatient Neuro Rehab — Hickory · PT Daily Note (.PAHNEURODAILY)
            Patient: @NAME@ · Referring: @REFPROV@
            S: "It's like walking on sponges."
            .PAHATTEND → Attendance: every timed minute below was delivered by me directly to this patient; no second patient was booked, supervised or looked in on while they ran.
            97112 Neuromuscular Re-education — 24 min
             · texture discrimination on floor mats (turf / rubber nubs / carpet squares) w/ eyes closed, pt naming the surface under each foot
             · narrow stance on a balance pad w/ vision occluded, then adding slow head nods
             · heel-to-shin slides along a raised tactile strip taped to the opposite shin
            Deficit: ↓ plantar sensation + LE joint position sense (alcohol-related polyneuropathy); widens base and watches feet to compensate
            Surfaces named correctly 7/10 (3/10 at IE); balance pad EC 9 s (4 s at IE)
            """,
            ["G62.1"], [PT("97112", 24)], []),

        // Overlapping appointment: the PT was at another patient's plinth for part of the balance work while this patient kept going alone — not one-on-one; clock stepping, half-roll sidesteps, rocker board; ankle strategy; k of 12 and seconds present.
        ["v1-h20-overlapping-appt-counter"] = new(
            """
            PT Daily Note — PAH Rehab Mooresville
            Overlapping appt: Mr. T (TKA, wk 3) was booked into the same slot, and I was at his plinth doing patellar mobs for part of this pt's balance work while she kept going at the counter on her own.
            97112 — 22 min
            Clock stepping to floor tape at 12 / 3 / 6 / 9 o'clock w/ quick return to center; sidestepping over a half foam roll; rocker board A/P w/ fingertip touch on the counter
            ↓ ankle strategy + slow lateral stepping response, 10 wk s/p R trimalleolar ORIF
            Clock targets 10/12 w/o a touch-down; rocker board 20 s w/o edge contact
            """,
            ["S82.851D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Traveler (acute-care habits): patient continued drills with the rehab tech spotting while the PT left the gym to return a page — attendance broken, not one-on-one; foam head turns, tandem, ball catch on foam; vestibulospinal deficit; steps and seconds present.
        ["v1-h20-traveler-stepped-out-for-call"] = new(
            """
            Traveler PT (13-wk contract; last assignment acute care in Tucson) — Outpt Vestibular
            Pt received seated in lobby, agreeable to tx. Partway through, pt continued the foam + tandem drills w/ the rehab tech spotting while I left the gym to return Dr. K's page about another pt.
            NMR 97112 23 min: compliant-foam stance w/ horizontal head turns; tandem walking fwd/bwd along a 20-ft tape line; catch-and-throw w/ a 2-lb ball standing on foam
            Impairment: ↓ vestibulospinal postural control — R vestibular loss after Ramsay Hunt syndrome
            Tandem fwd 14 consecutive steps (8 at IE); foam + head turns held 30 s
            Pt left in lobby w/ spouse, all needs met.
            """,
            ["B02.21", "H81.91"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PT/OT co-treat, "both therapists were with this pt only, start to finish": one-on-one for the PT's 97112; each discipline's minutes match (PT 97112 20, OT 97530 20); weight shifts with tapping, foot taps, trunk rotation reach; hip recruitment; % of gait cycle; grooming with min A → CGA and goal: passes.
        ["v1-h20-pt-ot-cotreat-this-pt-only"] = new(
            """
            PT/OT co-treatment (PAH Neuro Transitions Clinic)
            Both therapists were with this pt only, start to finish; neither of us had another pt booked or running.
            PT — 97112 — 20 min: step-stance weight shifts onto the L w/ tapping over L glute med; L stance w/ R foot taps to a 4" stool; standing trunk rotation reaching across midline
               L hemiparesis: delayed L hip extensor/abductor firing, poor L weight acceptance
               L single-limb support on the Zeno walkway 27% of the gait cycle (22% last wk)
            OT — 97530 — 20 min: grooming standing at the sink — shaving w/ the L hand steadying the can, reaching up into the medicine cabinet; min A for balance → CGA
               Goal: groom standing at the sink w/ spouse on standby
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 20)], []),

        // PTA "seen … in a one-patient slot (nobody else on the PTA's grid)" with PT co-signature block: one-on-one; big-amplitude sit-to-stand, stride-stance shifts, backward stepping to release; retropulsion/bradykinesia; pull-test steps and 5xSTS: passes.
        ["v1-h20-pta-one-patient-slot-cosigned"] = new(
            """
            PTA Treatment Note — PAH Rehab Boone
            Pt seen by PTA in a one-patient slot (nobody else on the PTA's grid for it); PTA at her side at the gait belt throughout.
            97112 NMR x 25 min
            - big-amplitude sit-to-stand w/ reach to floor targets
            - stride-stance weight shifts w/ exaggerated arm swing
            - backward stepping to a sudden release from a shoulder pull
            PD (H&Y 2.5): ↓ backward postural reactions (retropulsion) + bradykinesia
            Retropulsion (pull) test: recovered in 2 steps, was 4 at IE; 5xSTS 14.9 s
            Electronically signed by: R. Haynes, PTA  03/04/2026 12:48 PM
            Cosigned by: L. Okafor, PT, DPT  03/04/2026 5:16 PM — I have reviewed this note and agree with the treatment provided.
            """,
            ["G20.A1"], [PTA("97112", 25)], []),

        // OT sensory re-education 97112 (stereognosis in a rice bin, sandpaper grit matching, in-hand translation) with astereognosis and 2-point discrimination and numbers — but nothing says how the session was delivered.
        ["v1-h20-ot-stereognosis-unstated"] = new(
            """
            OT Neuro — PAH Hand & Upper Extremity Center — @NAME@
            97112 — 23 min
            Sensory re-education L hand: stereognosis practice retrieving coins / keys / paper clips from a rice bin w/ vision blocked; graded texture matching (sandpaper 60 → 220 grit); in-hand manipulation, translating a coin finger-to-palm
            Astereognosis + ↓ 2-point discrimination L hand after R parietal infarct
            Objects identified w/o vision 6/12 (2/12 at IE); static 2-pt discrimination L index pad 9 mm
            Electronically signed by D. Whitfield, OTR/L 03/04/2026 3:37 PM
            """,
            ["I69.398"], [OT("97112", 23)], [At(OneOnOne, "97112")]),

        // Three-station balance pod (3 pts, 1 PT + 1 tech) billed as 97112: not one-on-one; dance-pad choice stepping, balance pods, metronome cone steps; slowed stepping and plantar sensory loss; k of 40 and seconds present.
        ["v1-h20-balance-pod-rotation"] = new(
            """
            Balance Pod — PAH Rehab Greensboro (3 pts rotate through 3 stations; 1 PT + 1 rehab tech)
            This pt's stations (97112 — 24 min): choice stepping on a dance pad to lit arrows; standing on balance pods w/ ball toss; lateral stepping over cones to a metronome
            Problem list: slow choice-stepping reaction + ↓ lateral postural control; ↓ plantar sensation (diabetic peripheral neuropathy); 2 falls since Jan
            Dance pad: 31/40 arrows hit (22/40 at IE); pods stance 30 s w/o UE support
            """,
            ["E11.42", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Home-health traveler's 97116 with the daughter walking alongside: no one-on-one check for 97116; Hurrycane over hallway, grass and curbs with distances and SBA; circumduction/toe clearance: passes.
        ["v1-h20-97116-daughter-alongside"] = new(
            """
            Traveler PT (3 prior contracts in home health) — Outpt Neuro
            97116 Gait training — 18 min: Hurrycane in L hand; clinic hallway → out the side door → grass median → back, 3 x 200 ft; up/down 2 curbs. Daughter walked alongside learning to guard at the belt. SBA.
            R hemiparetic gait: R toe clearance drops as he tires, circumducts R in swing.
            Skilled need: gait deviations + fall risk require PT cueing/progression. Vitals stable, no c/o.
            """,
            ["I69.351"], [PT("97116", 18)], []),

        // "Every minute of the re-ed was hands-on by me with this pt alone; the rehab tech only fitted the overhead harness": one-on-one; harness perturbation pulls and slide-board slips; delayed compensatory stepping; k of 10 and k of 6: passes.
        ["v1-h20-tech-fitted-harness-only"] = new(
            """
            PAH Fall Prevention Clinic — 97112 — 25 min
            Every minute of the re-ed was hands-on by me with this pt alone; the rehab tech only fitted the overhead harness and then left the bay.
            Perturbation-based balance training in the harness: unannounced pulls at the pelvis (fwd / back / lateral) in quiet standing and during slow walking to force compensatory steps; then slip practice on a low-friction slide board.
            Delayed, multi-step compensatory stepping; fell backward x3 this winter.
            Single-step recoveries 6/10 (2/10 at IE); lateral pulls answered w/ a crossover step 4/6.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Dragon dictation "Nobody else was on my caseload from the time Mrs. P came back to the gym until she left": one-on-one; trampette bounces, tandem on a half roller, backward line walking; R ankle/knee position sense; seconds and feet; "22 minutes" matches: passes.
        ["v1-h20-dictated-only-patient-treated"] = new(
            "Dictated (Dragon), not proofread. Nobody else was on my caseload from the time Mrs. P came back to the gym until she left, and I was hands on or within arm's reach "
            + "of her the entire time. Neuro re-ed 97112, 22 minutes: small bounces and stops on the trampette, then tandem stance on the flat face of a half-round foam roll, then walking backward on a "
            + "floor line with eyes up. Her problem is right ankle and knee position sense since the lumbar fusion; she cannot tell where the right foot is without looking. Tandem on the "
            + "roller 11 seconds (5 at her evaluation). Walked backward 15 feet with one step off the line.",
            ["Z98.1", "R26.81"], [PT("97112", 22)], []),

        // OT dyad in the ADL apartment billed as 97530: no one-on-one check for 97530; potluck casserole task with cabinet, cart and oven; shoulder flexion limit and goal; SBA and cue count: passes.
        ["v1-h20-97530-dyad-potluck"] = new(
            """
            OT — 97530 — 25 min — dyad session in the ADL apartment (this pt + 1 other pt, OT moving between them)
            Assembling a chicken-and-rice casserole for her church potluck: getting the baking dish from a low cabinet, opening cans w/ an electric opener, moving the dish to the oven on a rolling cart, oven rack in/out w/ long mitts.
            R shoulder flexion 100° after proximal humerus fx (wk 14); goal: cook for the Wednesday night potluck again.
            Set-up + SBA; 2 verbal cues to use the cart.
            """,
            ["S42.201D"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 2: Epic rows, kept options, wildcards, grids

        // Pasted flowsheet rows with a date-time column: "Session Format | Individual (only pt on therapist's schedule)", "Neuro Re-ed Minutes | 23" (matches), perturbations/foam/stepping strategy, postural control and B-foot proprioception, Berg: passes.
        ["v2-h20-flowsheet-delivery-individual"] = new(
            """
            Flowsheet rows pasted into note (PT Tx)
                                          | 03/04/26 0931
            Session Format                | Individual (only pt on therapist's schedule)
            Neuro Re-ed Minutes           | 23
            NMR Interventions             | Manual perturbations; Compliant surface; Stepping strategy
            NMR Detail                    | lateral pelvic pushes in stance → crossover step; stance on 4" foam EO/EC; step-and-reach to cones
            Impairment Focus              | Postural control; Proprioception (B feet)
            Balance Outcome               | Berg 45/56 (41 on 2/11)
            """,
            ["R26.89", "Z91.81"], [PT("97112", 23)], []),

        // Smart list with one option kept, "Delivery (keep one): Concurrent", the PT also running a second patient's program: not one-on-one; Balance Tutor perturbation treadmill; delayed reactive stepping; k of 15 present.
        ["v2-h20-kept-option-concurrent"] = new(
            """
            .PAHOPDAILY
            Delivery (keep one): Concurrent
              pt on the Balance Tutor while PT also ran a 2nd pt's pulley + cane program at the next station
            97112 — 20 min: Balance Tutor perturbation treadmill at 0.8 mph w/ unexpected belt accelerations/decelerations and lateral platform shifts, harness on
            Deficit: delayed reactive stepping (L > R) — vascular parkinsonism
            Recovered w/o loading the harness on 11/15 perturbations (6/15 at IE)
            """,
            ["G21.4"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bracketed smart-list values "Session type: [Individual]": one-on-one; habituation positions, head–eye gaze shifts, pitch head turns in the atrium; visual-motion sensitivity after neuritis; MSQ and DVA: passes.
        ["v2-h20-bracketed-individual"] = new(
            """
            PAH Vestibular & Balance — Asheville
            Session type: [Individual]   Interpreter: [Not needed]   Fall risk: [Yes]
            97112 Vestibular rehab / NMR — 25 min
            - habituation: 5 reps each of the 3 most provoking positions (R sidelying, nose to R knee, supine → sit)
            - head–eye gaze shifts between 2 wall targets (eyes lead, head follows)
            - walking w/ pitch head turns through the atrium at the lunch crowd
            Visual-motion sensitivity + gaze instability, s/p L vestibular neuritis
            Motion Sensitivity Quotient 14 (32 at IE); DVA 2-line loss (4 at IE)
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // Impairment field left at the Epic wildcard "***" and no deficit or system anywhere; foam-step step-ups, Dyna-Disc cone taps, reverse lunges to a hold, bound-and-stick; one-to-one; seconds and k of 10: deficit only.
        ["v2-h20-impairment-wildcard"] = new(
            """
            Epic Daily Note (.PAHSPORTSDAILY)
            97112 NMR — 22 min — one-to-one
            Interventions: foam-step step-ups w/ march and hold; SL stance on a Dyna-Disc w/ cone taps; reverse lunges to a 3-s balance hold; lateral bound-and-stick
            Body structure/function impairments addressed: ***
            Outcome: SL stance on Dyna-Disc 18 s; bound-and-stick 7/10 w/o touch-down
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Pre-treatment Y/N screen "Pt treated 1:1? Y · Group? N" (the N's on falls and meds change nothing); PNF D1/D2 LE, slow reversal–hold, half-kneel rhythmic stabilization; LE recruitment/timing after central cord injury; hold seconds and 10MWT: passes.
        ["v2-h20-yn-screen-treated-1-1-y"] = new(
            """
            Pre-treatment screen: New falls since last visit? N · Med changes? N · Pt treated 1:1? Y · Group? N
            97112 — 24 min: PNF D1/D2 LE patterns in sidelying → standing w/ manual resistance; slow reversal–hold for R hip ext/abd; rhythmic stabilization applied at the pelvis while in half-kneel
            ↓ R LE motor recruitment + timing of hip ext/abd — incomplete C6 central cord injury (AIS D)
            Half-kneel hold w/o UE 45 s (15 s at IE); 10MWT 0.72 m/s
            """,
            ["S14.126D"], [PT("97112", 24)], []),

        // OT 97530 laundry tasks with a goal, "Assist level: ***" never filled and no number anywhere: measure only.
        ["v2-h20-assist-level-wildcard-97530"] = new(
            """
            OT Daily (.PAHOTDAILY) — @NAME@
            97530 — 20 min
            Task practice: loading + unloading the top-load washer, transferring the wet load into the dryer, folding towels standing at the counter
            Assist level: ***
            Goal: do her own laundry in the basement laundry room again
            """,
            ["M17.0"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Charge capture "Patients per therapist during service: 2": not one-on-one; numbered foot-placement targets with and without vision, Airex EC; sensory ataxia with a positive Romberg; k of 20 and seconds present.
        ["v2-h20-patients-per-therapist-two"] = new(
            """
            Charge capture (Epic Rehab) — 97112 · 23 min · Patients per therapist during service: 2
            NMR: foot placement to numbered floor targets w/ vision, then w/ vision occluded; stance on Airex EC; slow heel-to-target stepping onto coloured dots
            LE sensory ataxia (MS): overshoots foot placement, Romberg +
            Foot placement on target 14/20; Airex EC 12 s
            """,
            ["R27.8", "R26.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Gait flowsheet rows: "Gait Training Minutes | 17" (matches), device, assist levels, distances, surfaces, deviations and a Speedway grandstand goal: passes.
        ["v2-h20-gait-flowsheet-rows"] = new(
            """
            Flowsheet — Gait
                                  | 03/04/26 1402
            Gait Training Minutes | 17
            Assistive Device      | Rolling walker → SPC (trial)
            Assist Level          | CGA w/ RW; Min A w/ SPC
            Distance (ft)         | 120; 120; 60
            Surface               | tile; carpet; ADA ramp
            Gait Deviations       | ↓ L step length, ↓ L heel strike, flexed trunk
            Comment               | L THA (anterior) wk 4 — goal: walk up into the Speedway grandstand for the May race
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 17)], []),

        // Exercise flowsheet whose Sets / Reps / Resistance cells are all "—" and no number anywhere; exercises named, R knee TKA and quad weakness stated: measure only.
        ["v2-h20-exercise-grid-blank-doses"] = new(
            """
            Exercise flowsheet (pasted) — 97110 — 15 min
            Exercise                 | Sets | Reps | Resistance | Comment
            Heel slides w/ strap     |  —   |  —   |  —         |
            Quad sets                |  —   |  —   |  —         |
            SAQ over bolster         |  —   |  —   |  —         |
            Standing hip abduction   |  —   |  —   |  —         |
            R knee s/p TKA — quad weakness, slow on stairs
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Status column "Performed / Deferred" (optokinetic deferred, gaze x1 and foam tandem performed), "Delivery: 1:1 (… no concurrent pts)"; bilateral hypofunction after gentamicin; seconds: passes.
        ["v2-h20-performed-deferred-column"] = new(
            """
            Vestibular — 97112 — 24 min
            Delivery: 1:1 (PT w/ pt, no concurrent pts)
            Activity                          | Status
            Gaze stabilization x1, yaw        | Performed
            Gaze stabilization x1, pitch      | Performed
            Tandem on foam, EC                | Performed
            Optokinetic habituation           | Deferred — migraine today
            Bilateral vestibular hypofunction after IV gentamicin: oscillopsia walking, ↑ sway on foam EC
            x1 yaw at 1.5 Hz sustained 60 s; tandem foam EC 7 s (3 s at IE)
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods

        // OT 97112 prism adaptation with rightward-deviating goggles, L limb activation and anchored scanning; L hemi-inattention; star cancellation and line bisection; "individual tx, OT w/ pt throughout": passes.
        ["v3-h20-prism-adaptation-neglect"] = new(
            """
            OT — 97112 — 25 min — individual tx, OT w/ pt throughout
            Prism adaptation: 10-diopter rightward-deviating goggles, 50 rapid pointing trials to targets at midline / R / L, goggles off; then L limb activation (L hand taps a buzzer while scanning) and anchored visual scanning of a place setting.
            L hemi-inattention after R MCA infarct: bumps L door frames, leaves L-side food on the plate
            Star cancellation 38/54 (24/54 at IE); line bisection 12 mm R of center (21 mm at IE)
            """,
            ["I69.354", "R41.4"], [OT("97112", 25)], []),

        // Action observation + mental practice then physical practice (blocked → random) for reach-to-grasp; selective UE motor control after stroke; ARAT and k of 10; 1:1: passes.
        ["v3-h20-action-observation-mental-practice"] = new(
            """
            PAH Neuro — PT — 97112 — 22 min — 1:1
            Action observation + mental practice for R reach-to-grasp: pt watched a video of the reach-to-cup task, then a scripted imagery run-through, then physical practice of the same task 3 x 10 (cup, then can, then jar at 3 heights); blocked → random order in the last set.
            ↓ R UE selective motor control (shoulder hike + trunk lean substituting for reach) after L MCA stroke
            ARAT 27/57 (19/57 at IE); reach to 40 cm w/o trunk lean 7/10
            """,
            ["I69.331"], [PT("97112", 22)], []),

        // 97110 Stanish eccentric decline squats with wall-sit isometrics, SL leg press and hip thrusts with loads; L patellar tendinopathy with a league goal: passes.
        ["v3-h20-stanish-decline-squats"] = new(
            """
            PAH Sports Medicine — 97110 — 20 min
            Stanish eccentric decline squats on a 25° board, L leg 3 x 15 (slow 3-s lowering, 2-leg rise); wall-sit isometric holds at 60° 5 x 45 s; SL leg press 3 x 10 @ 90 lb; hip thrusts 3 x 10 @ 65 lb
            L patellar tendinopathy (inferior pole) — pain jumping + going down stairs; goal: back to the Thursday volleyball league
            """,
            ["M76.52"], [PT("97110", 20)], []),

        // 97110 "knees-over-toes" series (reverse Nordics, tib bar raises, Jefferson curl, Cossack squats, backward sled drag) with loads and doses; B anterior knee pain with quad/tib ant weakness and SLR degrees: passes.
        ["v3-h20-knees-over-toes-series"] = new(
            """
            97110 — 23 min — "knees-over-toes" series (pt follows it online; we dosed it)
            Reverse Nordics on a pad 3 x 6; tib bar raises 3 x 15 @ 10 lb; Jefferson curl from a 12" box 2 x 8 @ 15 lb; Cossack squats to a bench 2 x 8 each side; backward sled drag 4 x 60 ft
            B anterior knee pain (PFPS) w/ quad + tibialis anterior weakness, hamstring tightness (SLR 60°)
            """,
            ["M22.2X1", "M22.2X2"], [PT("97110", 23)], []),

        // 97140 cuboid whip (HVLA) with talocrural glides grade IV and bouts, STM with bouts; R lateral midfoot/cuboid finding and DF degrees: passes.
        ["v3-h20-cuboid-whip"] = new(
            """
            MT 97140 — 10 min: cuboid whip (HVLA), R, x2 w/ audible release; talocrural posterior glides gr IV 3 x 30 s; STM R peroneals 3 x 60 s
            R lateral midfoot pain after an inversion on the stairs — cuboid tender on its plantar side, ↓ R ankle DF 6°
            """,
            ["M25.571"], [PT("97140", 10)], []),

        // 97110 on the Total Gym with levels, sets and reps, "Good effort." — no region, impairment or goal anywhere: deficit only.
        ["v3-h20-total-gym-no-target"] = new(
            """
            TE 97110 — 18 min (Total Gym)
            Incline level 12: squats 3 x 15; soft-landing jump squats 2 x 10; pull-overs 2 x 12; assisted sit-ups 2 x 10; then level 8 lunges 2 x 8 each
            Good effort.
            """,
            ["M62.81"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Immersive VR headset 97112 (standing on foam through the boat-deck and city-crosswalk scenes, reaching for virtual objects, turning toward sounds), 1:1, visual dependence after concussion — but no number besides the minutes: measure only.
        ["v3-h20-immersive-vr-no-number"] = new(
            """
            97112 — 1:1 — 25 min
            Immersive VR balance program (headset, PT guarding at the gait belt): standing on foam through the "rocking boat deck" and "city crosswalk" scenes, reaching out to the sides to grab virtual objects, turning toward sounds behind her.
            For visual dependence w/ ↓ postural control in busy visual surroundings after concussion
            Pt said the crosswalk scene "didn't make me queasy this time."
            """,
            ["S06.0X0D"], [PT("97112", 25)], [At(Measure, "97112")]),

        // OT music-supported therapy 97112 (MIDI drum-pad patterns at rising tempo, keyboard runs, blocked → random), one-on-one, counts of 20 and 5 — but no impairment, system or goal: deficit only.
        ["v3-h20-music-supported-no-deficit"] = new(
            """
            PAH Neuro — OT — 97112 — 20 min — OT's sole client this slot
            Music-supported therapy: MIDI drum-pad patterns (1 → 4 pads, 60 → 80 bpm), then single-finger keyboard runs up and down an octave; blocked, then random pattern order.
            Pad patterns done w/o a miss 18/20; keyboard run w/o a skipped key 4/5.
            Pt enjoyed it; daughter bringing the keyboard from home next wk.
            """,
            ["I69.331"], [OT("97112", 20)], [At(Deficit, "97112")]),

        // 97140 side-lying lumbar roll (HVLA) each side and central PA grade III with bouts; acute L low back pain with reduced extension: passes.
        ["v3-h20-lumbar-roll-hvla"] = new(
            """
            MT 97140 — 8 min
            Side-lying lumbar roll (HVLA) at L4–5, R side up then L side up, 1 thrust each w/ cavitation; prone central PA L3–L5 gr III 3 x 30 s
            Acute L-sided low back pain w/ ↓ lumbar ext (fingertips reach mid-thigh on backward bending)
            """,
            ["M54.50"], [PT("97140", 8)], []),

        // 97116 four-point gait with B Lofstrand crutches on tile, carpet, ramp and stairs with distances and SBA/CGA; hereditary spastic paraplegia with scissoring: passes.
        ["v3-h20-four-point-lofstrand-hsp"] = new(
            """
            GT 97116 — 20 min
            Four-point gait w/ B Lofstrand crutches: level tile 2 x 150 ft, carpet 100 ft, ramp up/down x2; then 8 stairs w/ rail + 1 crutch, step-to; SBA, CGA on stairs
            Hereditary spastic paraplegia: scissoring w/ B toe-walking in late swing, ↓ hip abd clearance
            """,
            ["G11.4"], [PT("97116", 20)], []),

        // OT work rehab 97530 Valpar work sample 9 (whole-body ROM nut-and-bolt stations) with % of MTM standard, independent; shoulder after cuff repair and a parts-counter goal: passes.
        ["v3-h20-valpar-9-work-sample"] = new(
            """
            OT Work Rehab — 97530 — 30 min
            Valpar work sample 9 (whole body range of motion): threading nuts and bolts onto plates mounted at overhead, shoulder, waist, knee and floor heights, moving through each station and back
            Completed at 88% of the MTM standard (71% at IE); independent, 1 standing rest
            L shoulder s/p RTC repair (wk 20); goal: return to the parts counter at the Ford dealership, stocking overhead bins
            """,
            ["M75.122"], [OT("97530", 30)], []),

        // 97140 positional release (Jones) at iliacus and piriformis tender points with 90-s holds, then hip long-axis distraction grade III; L anterior hip/groin pain and Thomas test: passes.
        ["v3-h20-positional-release-iliacus"] = new(
            """
            97140 — 12 min — positional release (Jones): L iliacus and L piriformis tender points, each held 90 s in the position of ease x2; then gr III L hip long-axis distraction 3 x 30 s
            L anterior hip / groin pain, ↓ L hip ext (Thomas test L −10°)
            """,
            ["M25.552"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes with none

        // "Findings today: trunk titubation …, dysdiadochokinesia B hands, overshoot" is the cerebellar deficit; rhythmic stabilization on a ball, tall-kneel shifts, target stepping with cuff weights; "1-to-1 w/ PT"; seconds and k of 20: passes.
        ["v4-h20-titubation-dysdiadochokinesia"] = new(
            """
            PAH Ataxia Clinic — PT — 97112 — 25 min — 1-to-1 w/ PT
            Findings today: trunk titubation in unsupported sitting, dysdiadochokinesia B hands, overshoot when reaching across midline
            Tx: rhythmic stabilization sitting on a therapy ball; tall-kneel weight shifts to targets; stepping to floor targets w/ light ankle cuff weights (1 lb)
            Sits on ball w/o UE 40 s (12 s at IE); steps landing on target 16/20
            """,
            ["G11.2"], [PT("97112", 25)], []),

        // 97110: "Scapular dyskinesis R, Kibler type II … scapular assistance test +" is the impairment; serratus slides, prone Y/T, ER, rows with loads and doses: passes.
        ["v4-h20-kibler-type-ii-97110"] = new(
            """
            97110 — 18 min
            Scapular dyskinesis R, Kibler type II (medial border prominence on lowering from flexion); scapular assistance test + (pain ↓ w/ assist)
            Serratus wall slides w/ foam roller 3 x 10; prone Y and T 3 x 10 w/ 1 lb; side-lying ER 3 x 12 w/ 2 lb; low rows w/ green band 3 x 15
            """,
            ["M75.81"], [PT("97110", 18)], []),

        // 97140: "L SIJ: Gillet +, ASLR + …, tender long dorsal ligament" is the region and impairment; muscle energy with contractions and rounds, SI gapping grade III with bouts: passes.
        ["v4-h20-gillet-aslr-97140"] = new(
            """
            97140 — 10 min
            L SIJ: Gillet +, ASLR + (easier w/ manual pelvic compression), tender L long dorsal ligament
            Muscle energy for L anterior innominate rotation, 5-s contractions x3, 3 rounds; L SI gapping mob gr III 3 x 30 s in sidelying
            """,
            ["M53.3"], [PT("97140", 10)], []),

        // 97140: "R GH capsular pattern: ER 20°, abd 80°, IR to L5" is the impairment; inferior and posterior glides grade III–IV with bouts, scapulothoracic mobs: passes.
        ["v4-h20-capsular-pattern-97140"] = new(
            """
            MT 97140 — 15 min
            R GH capsular pattern: ER 20°, abd 80°, IR to L5 — adhesive capsulitis, stage 2
            Inferior glides gr III in loose-packed → gr IV at end range 3 x 45 s; posterior glides gr IV 3 x 45 s; scapulothoracic mobs in sidelying
            """,
            ["M75.01"], [PT("97140", 15)], []),

        // "Spurling's + R (reproduces R thumb numbness, C6); ↓ R biceps reflex 1+" is the deficit; MT 10 (lateral glides grade III, traction holds, median slider) and TE 15 (chin tucks, retraction, wall angels with doses), both minutes match: passes.
        ["v4-h20-spurling-c6-mt-te"] = new(
            """
            Spurling's + R (reproduces R thumb numbness, C6); ↓ R biceps reflex 1+; R grip 22 kg vs L 34 kg
            MT 97140 — 10 min: R C5–6 lateral glides gr III 3 x 30 s; manual cervical traction, 10-s holds x8; R median nerve slider 2 x 10
            TE 97110 — 15 min: supine chin tucks 10 x 10 s; scapular retraction w/ red band 3 x 15; wall angels 2 x 10
            """,
            ["M54.12"], [PT("97140", 10), PT("97110", 15)], []),

        // OT: "L tactile extinction on bilateral simultaneous touch … L hand left out of two-handed tasks" is the deficit; BATRAC to a metronome, bimanual tasks; k of 10 counts; one-on-one: passes.
        ["v4-h20-extinction-batrac"] = new(
            """
            OT — 97112 — 23 min — one-on-one
            L tactile extinction on bilateral simultaneous touch (each hand felt when touched alone, only the R when both are touched at once); L hand left out of two-handed tasks
            BATRAC (bilateral arm training w/ rhythmic auditory cueing): both handles pushed/pulled together to a 60-bpm metronome, then alternating, 4 bouts; then bimanual towel folding and jar opening w/ cue to bring the L hand in
            L hand used w/o a cue in 6/10 bimanual tasks; L extinguished on 5/10 bilateral touches (9/10 at IE)
            """,
            ["I69.354", "R41.4"], [OT("97112", 23)], []),

        // "Pusher behavior … fights any attempt to bring her back past midline; SCP total 4.25/6" is the deficit; mirror/door-frame verticality feedback, weight shifts to the R, sit-to-stand against the wall; 1:1; seconds: passes.
        ["v4-h20-pusher-behavior-scp"] = new(
            """
            PT Neuro — 97112 — 24 min — PT at pt's side 1:1 throughout
            Pusher behavior: R arm and leg drive her over to the L in sitting + standing, and she fights any attempt to bring her back past midline; SCP total 4.25/6
            Tx: visual verticality feedback w/ the mirror + a door frame as vertical reference; weight shifts onto the R to reach targets; sit-to-stand w/ the R side against the wall
            Sits unsupported at midline 30 s (needed mod A to sit at IE)
            """,
            ["I69.354", "R29.818"], [PT("97112", 24)], []),

        // 97110: "R knee extensor lag 15° on SLR, quad inhibition; effusion sweep test 2+" is the impairment; quad sets, SLR, TKE, heel slides with doses and flexion degrees: passes.
        ["v4-h20-extensor-lag-effusion"] = new(
            """
            TE 97110 — 20 min
            R knee extensor lag 15° on SLR, quad inhibition; effusion sweep test 2+ (TKA wk 3)
            Quad sets w/ towel under the knee 10 x 10 s; SLR w/ lag cueing 3 x 10; TKE w/ blue band 3 x 15; heel slides w/ strap 2 x 15; seated knee flexion 110°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20)], []),

        // 97112 whose only target is a Nags Head boardwalk goal (sand mat, towel step-overs, foam ball toss, step-up), 1:1, k of 10 counts: no neuromuscular deficit or system — deficit only.
        ["v4-h20-boardwalk-goal-only-nmr"] = new(
            """
            PT — 97112 — 22 min — 1:1
            Walking across the sand-filled mat; stepping over rolled beach towels; stance on compliant foam w/ ball toss; stepping up onto a 6" step w/o rail
            Goal: walk the beach-access boardwalk at Nags Head and down onto the sand w/ her grandkids in June
            Ball toss on foam 8/10 caught w/o a step; step-up w/o rail 10/10
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // 97530 "Impairments: none identified this date" with yard tasks (push mower laps, raking and bagging, picking up sticks) and SBA — but no region, impairment or goal anywhere: deficit only.
        ["v4-h20-97530-impairments-none-identified"] = new(
            """
            97530 — 20 min
            Impairments: none identified this date
            Pushing the push mower 2 laps around the parking-lot island; raking leaves into a pile and bagging 3 bags; bending to pick up sticks from the grass x10; SBA
            """,
            ["M62.81"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // 97116: "Cervical myelopathy … Hoffmann + B, hyperreflexic knees, wide-based spastic gait, can't tandem" is the impairment; uneven surfaces, tight turns, obstacles with a quad cane, distances and CGA → SBA: passes.
        ["v4-h20-hoffmann-myelopathy-gait"] = new(
            """
            GT 97116 — 20 min
            Cervical myelopathy — 3 mo after a two-level anterior fusion (C4–C6): Hoffmann + B, hyperreflexic knees, wide-based spastic gait, can't tandem
            Gait on uneven surfaces (gravel path, grass), turning 180° in a tight space, stepping over 4" obstacles; quad cane in R hand; 3 x 120 ft, CGA → SBA
            """,
            ["M47.12", "Z98.1"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Acute-care traveler's 97530: bed-to-chair-to-standing tasks; AM-PAC 6-Clicks raw score and JH-HLM level as the measures; recliner/bathroom goal after an ICU stay: passes.
        ["v5-h20-ampac-jhhlm-traveler-97530"] = new(
            """
            Traveler PT (13 wk; acute-care background) — outpt follow-up after hospital d/c
            Pt received seated in w/c in lobby, agreeable. 97530 — 23 min
            Rolling to sit via sidelying on the mat x4, scooting to the edge, sit ↔ stand from the mat and from a low recliner x6, then walking to the sink and standing to wash + dry hands
            AM-PAC 6-Clicks Basic Mobility raw 19/24 (15/24 at hospital d/c); JH-HLM 6 today (walked 10+ steps)
            Goal: get up from his recliner and to the bathroom at night alone; deconditioned after a long ICU stay
            Pt left in lobby w/ wife, all needs met.
            """,
            ["R53.81", "M62.81"], [PT("97530", 23)], []),

        // 97112 "Unipedal Stance Test: R EO 12.4 s / EC 3.1 s"; foam unipedal stance with reaches, half-roller rocking, beam heel-toe; ankle strategy and somatosensory loss; "individual, PT only w/ pt": passes.
        ["v5-h20-unipedal-stance-test"] = new(
            """
            97112 — 20 min — individual, PT only w/ pt
            Unipedal stance practice on firm → foam w/ trunk rotation and arm reaches; ankle-strategy drills on the half-roller (toes-up / heels-up rocking); heel-toe walk on a 2x4 beam
            ↓ ankle strategy + R somatosensory loss (diabetic neuropathy)
            Unipedal Stance Test: R EO 12.4 s / EC 3.1 s (R EO 5.0 s at IE)
            """,
            ["E11.42"], [PT("97112", 20)], []),

        // Paediatric 97530: hopscotch, jump-down landings, kicking on the run, ladder climbing; recess/slide goal; PDMS-2 locomotion standard score and jump distance: passes.
        ["v5-h20-pdms2-peds-97530"] = new(
            """
            Peds Rehab (PAH Children's outpt) — PT — 97530 — 30 min
            Hopping games on a hopscotch grid, jumping off a 12" step to land on a spot, kicking a ball to a goal while running, climbing the playground-style ladder
            Goal: keep up w/ classmates at recess + use the slide on the school playground
            PDMS-2 locomotion: standard score 7, up from 4 at IE; 2-foot jump forward 18"
            """,
            ["R62.50", "R27.8"], [PT("97530", 30)], []),

        // Hand OT 97110: tip and key pinch by pinch gauge in kg; thumb CMC OA with web-space narrowing; thenar isometrics, FDI activation, opposition, wrist extension with doses: passes.
        ["v5-h20-pinch-gauge-cmc-97110"] = new(
            """
            Hand therapy OT — 97110 — 15 min
            R thumb CMC OA: tip pinch 2.0 kg, key pinch 4.1 kg (pinch gauge); web-space narrowing
            Thenar isometrics in neutral 10 x 6 s; 1st dorsal interosseous activation (index abduction) w/ putty 2 x 12; thumb-to-fingertip opposition 2 x 10; wrist extension 1 lb 2 x 12
            """,
            ["M18.11"], [OT("97110", 15)], []),

        // 97110: "SPPB total 8 — balance 4 / gait speed 2 / chair stands 2"; weighted-vest sit-to-stand, knee extension, hip abduction, heel raises, marching with doses; hip/knee extensor weakness: passes.
        ["v5-h20-sppb-97110"] = new(
            """
            PAH Senior Health Outpt — TE 97110 — 25 min
            Sit-to-stand from an 18" chair 3 x 10 w/ a 4-lb vest; seated knee extension 5 lb 3 x 12; standing hip abd 3 lb 2 x 12; heel raises 3 x 15; standing marching 2 x 20
            B hip + knee extensor weakness, slow chair rise
            SPPB total 8 — balance 4 / gait speed 2 / chair stands 2
            """,
            ["M62.81", "R26.89"], [PT("97110", 25)], []),

        // OT 97530 medication set-up and bill paying with EFPT subtest scores; goal to stay in her apartment after a frontal hemorrhage: passes.
        ["v5-h20-efpt-bills-meds-97530"] = new(
            """
            OT — 97530 — 25 min
            Medication set-up from 4 pill bottles into a weekly AM/PM organizer; paying 2 bills (electric + water) by check and logging them in the register; phoning the pharmacy for a refill
            EFPT bill-paying subtest 6 (indirect verbal cues); medication subtest 3 (gestural cues)
            Goal: handle her own pillbox and bill-paying after the R frontal hemorrhage so she can keep living alone in her apartment
            """,
            ["I69.198"], [OT("97530", 25)], []),

        // 97112 with head-turn tray walking, foam EC, tandem with a moving target, L hypofunction, 1:1 — but "much steadier than last week … fewer side-steps" and no number: measure only.
        ["v5-h20-steadier-no-number"] = new(
            """
            97112 — 22 min — 1:1
            Corridor walking w/ yaw + pitch head movements while carrying a tray; stance on foam EC; tandem walking w/ eyes on a moving target
            L peripheral vestibular hypofunction; unsteady and veers when turning the head while walking
            Much steadier than last week on the head turns; fewer side-steps, pt says the spinning is less.
            """,
            ["H81.92"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTA 97116 whose only numbers are a visit count, a room and the next appointment; cane gait and curb with cues, antalgic gait after TKA: measure only.
        ["v5-h20-visit-count-appt-only-97116"] = new(
            """
            PTA — visit 6 of 12 — Rm 4
            97116 — 15 min: gait training w/ straight cane down the hall and out across the parking lot; cues for heel strike and equal step length; practiced stepping off the curb
            Antalgic L gait after L TKA
            Next appt 3/11 @ 1030.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // 97140 STM, suboccipital release and cervical lateral glides for R neck pain with "ROM WFL after tx" — no grade, bout, hold or number: measure only.
        ["v5-h20-mt-no-parameters-rom-wfl"] = new(
            """
            97140 — 10 min
            STM R upper trap + levator scapulae, suboccipital release, cervical lateral glides
            R neck pain + stiffness after sleeping wrong
            ROM WFL after tx, pt reports relief
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // 97116: 40m fast-paced walk test seconds and m/s; fast intervals, cone turns, reciprocal stairs; stiff-knee gait with B knee OA: passes.
        ["v5-h20-40m-fast-paced-walk"] = new(
            """
            GT 97116 — 15 min
            Over-ground gait w/o device: fast-paced intervals down the 40-m hallway x4, turns around a cone, stairs 2 flights reciprocal w/ rail; cues for knee flexion in swing and push-off
            B knee OA — stiff-knee gait, ↓ push-off
            40m fast-paced walk test 31.2 s (1.28 m/s), was 36.0 s at IE
            """,
            ["M17.0"], [PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 6: minutes in usual forms, true mismatches, truly missing separate time

        // Pasted timed-code rows "Neuromuscular Re-ed (97112) | 23", "Therapeutic Exercise (97110) | 15" with totals (both match); NMR 1:1 on Airex/foam with band perturbations, knee proprioception after ACLR, seconds; TE with loads: passes.
        ["v6-h20-flowsheet-timed-code-rows"] = new(
            """
            Timed Code Minutes             | 03/04/26 1120
            Neuromuscular Re-ed (97112)    | 23
            Therapeutic Exercise (97110)   | 15
            Timed Minutes Total            | 38
            Treatment Time Total           | 45
            NMR (1:1 w/ PT): half-kneel → stand w/o hands on an Airex; lateral lunge onto a foam pad w/ stick-hold; SL stance w/ band perturbations pulled by PT — ↓ R knee proprioception + dynamic valgus control, R ACLR 6 mo. SL foam stance R 22 s (L 35 s).
            TE: SL leg press 3 x 12 @ 70 lb; step-downs 6" 3 x 10; SL RDL 3 x 8 @ 15 lb — R quad + hamstring weakness.
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15)], []),

        // "Charges filed: 97110 x1 (15 min) · 97140 x1 (10 min)" — each code's minutes in brackets, both match; lumbar stabilisation with doses, PA mobs with grade/bouts; LBP and a church/drive goal: passes.
        ["v6-h20-charges-filed-units-minutes"] = new(
            """
            Charges filed: 97110 x1 (15 min) · 97140 x1 (10 min)
            TE: prone press-ups 2 x 10; bird dogs 3 x 10 w/ 3-s hold; bridges 3 x 12; hip hinge w/ dowel 2 x 10
            MT: L4–5 central PA gr III 3 x 30 s; L side-lying rotation mob gr III 3 x 30 s
            Chronic mechanical LBP w/ ↓ lumbar ext; goal: sit through Sunday service and the drive to Raleigh
            """,
            ["M54.59"], [PT("97110", 15), PT("97140", 10)], []),

        // NMR dot phrase left at its default "x 30 minutes" on a 22-minute 97112 line (one-on-one, content complete): mismatch.
        ["v6-h20-nmr-phrase-default-30-vs-22"] = new(
            """
            (.PAHNMR) Neuromuscular re-education provided x 30 minutes, one-on-one, to address balance deficits.
            Specifics: stepping-strategy training w/ manual pushes at the shoulders, heel-to-toe walking along a foam beam, SL stance on a rocker board
            Impaired reactive stepping + ↓ L LE proprioception (L TKA 10 wk)
            Rocker board L 15 s; push recoveries w/ 1 step 7/10
            """,
            ["Z96.652", "R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // PT/OT co-treat: PT gait 97116 "20 min" matches, OT "ADL retraining 97530 25 min" against a 15-minute OT line: mismatch on 97530 (per discipline); both sections complete.
        ["v6-h20-cotreat-ot-minutes-differ"] = new(
            """
            PT/OT co-treat — L CVA wk 9
            PT — GT 97116 20 min: hemi-walker in R hand, 3 x 80 ft + 4 stairs step-to w/ rail; min A → CGA; L knee hyperextension in stance, toe drag L
            OT — ADL retraining 97530 25 min: LB dressing seated at the mat edge (pants over the AFO, slip-on shoes), then standing at the sink to brush his teeth; min A; goal: dress himself for church
            """,
            ["I69.354"], [PT("97116", 20), OT("97530", 15)], [At(Mismatch, "97530")]),

        // Co-signed PTA note: "TE 97110 — 20 min" against a 12-minute line (TA 15 matches); both sections complete: mismatch on 97110.
        ["v6-h20-pta-te-differs-ta-matches"] = new(
            """
            PTA Daily Note — @NAME@
            TE 97110 — 20 min: recumbent bike level 3 warm-up; LAQ 3 lb 3 x 12; standing hip abd 2 x 12; mini squats 2 x 10 — B LE weakness, hip abd 4-/5
            TA 97530 — 15 min: car transfers on the clinic car simulator x3; picking items up off the floor using a reacher x8; SBA; goal: get in/out of her son's truck
            Electronically signed by J. Pruitt, PTA 03/04/2026 10:58 AM
            Cosigned by M. Ostrowski, PT 03/04/2026 6:02 PM
            """,
            ["M62.81"], [PTA("97110", 12), PTA("97530", 15)], [At(Mismatch, "97110")]),

        // Timed-code flowsheet with only "Timed Minutes Total | 38" and a treatment total for 97112 + 97110; both sections complete (NMR 1-to-1): separate time missing.
        ["v6-h20-flowsheet-totals-only"] = new(
            """
            Timed Code Minutes             | 03/04/26 0815
            Timed Minutes Total            | 38
            Treatment Time Total           | 44
            NMR — 1-to-1 w/ PT: reactive stepping to therapist pushes (fwd/back/lateral), stance on a wobble board, gaze fixation w/ head turns while walking — ↓ reactive postural control, 3 falls in 6 mo. Push recoveries 6/10 w/ a single step.
            TE: sit-to-stand 3 x 10; heel raises 3 x 15; step-ups 6" 2 x 10 — B LE weakness.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // "Gait 97116 — 15 min" (matches) and "TE also done: …" with no minutes for the ther-ex: separate time missing; both sections complete.
        ["v6-h20-minutes-for-one-code-only"] = new(
            """
            Gait 97116 — 15 min: SPC on level + ramp, 4 x 100 ft, SBA; cues for R heel strike; R foot drop — carbon AFO trial
            TE also done: seated DF w/ band 3 x 15; heel raises 2 x 12; sidelying hip abd 2 x 12 — R DF weakness 2+/5
            """,
            ["M21.371"], [PT("97116", 15), PT("97110", 12)], [SepTime]),

        // "Time in 1400 · Time out 1440" only, for 97140 + 97110: no minutes per code — separate time missing; both sections complete.
        ["v6-h20-time-in-out-two-codes"] = new(
            """
            Time in 1400 · Time out 1440
            MT: L shoulder posterior glides gr III 3 x 30 s; inferior glides gr III 3 x 30 s; STM L infraspinatus
            TE: pulleys flexion 2 x 15; cane ER 2 x 12; sidelying ER 1 lb 3 x 10; rows w/ green band 3 x 12 — L shoulder flexion 130°, ER 40° (adhesive capsulitis, thawing)
            """,
            ["M75.02"], [PT("97140", 10), PT("97110", 30)], [SepTime]),

        // Minutes written before the codes ("Provided 23 min of NMR (97112) one-to-one, then 15 min of TherEx (97110)"), both match; BOSU catches, hurdle step-overs with head turns, SL EC; ankle proprioception; TE with doses: passes.
        ["v6-h20-minutes-written-before-code"] = new(
            """
            Provided 23 min of NMR (97112) one-to-one, then 15 min of TherEx (97110).
            NMR: BOSU dome-up stance w/ ball catches; lateral step-overs of a 6" hurdle, head turning on each step; SL stance EC on the firm floor — ↓ L ankle proprioception after 2 inversion sprains this year. SL EC L 6 s (R 18 s).
            TherEx: band eversion w/ green band 3 x 15; SL heel raises 3 x 12; lateral band walks 3 x 20 ft — L peroneal + glute med weakness.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 15)], []),

        // Gait flowsheet "Gait Training Minutes | 25" against a 15-minute 97116 line; device, CGA, distances and deviations present: mismatch.
        ["v6-h20-gait-flowsheet-25-vs-15"] = new(
            """
            Flowsheet — Gait
                                  | 03/04/26 1530
            Gait Training Minutes | 25
            Assistive Device      | Small-base quad cane
            Assist Level          | CGA
            Distance (ft)         | 100; 100; 60
            Gait Deviations       | R knee hyperextension in stance, ↓ R hip flexion in swing (R hemiparesis)
            Comment               | gait training in the hallway w/ cues for R hip flexion + knee control
            """,
            ["I69.351"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Traveler OT's "Time in 0902 · Time out 0925" on a one-code 97530 visit: 23 minutes, matching the line; tub-bench transfers, bathing simulation, CGA → SBA, THA precautions and goal: passes.
        ["v6-h20-time-in-out-one-code"] = new(
            """
            Traveler OT — Time in 0902 · Time out 0925
            97530: tub transfer w/ tub bench + grab bar x3, LB bathing simulation w/ long-handled sponge, reaching to a shower caddy; CGA → SBA
            L THA, posterior precautions; goal: shower at home w/o her husband's help
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 23)], []),

        // Untimed G0283 written with its own 15 minutes beside one timed code (97140 "10 min", matches): no separate-time or mismatch finding; PA mobs with grade/bouts, STM with bouts, L LBP with side-bend limit: passes.
        ["v6-h20-g0283-beside-97140"] = new(
            """
            G0283 IFC to L lumbar paraspinals, unattended, 15 min (pt prone, pillows under abdomen)
            97140 — 10 min: L L4–5 unilateral PA gr III 3 x 30 s; STM L QL + paraspinals 3 x 60 s
            L-sided mechanical LBP, ↓ lumbar side-bend R (fingertips to knee joint line)
            """,
            ["M54.59"], [PT("G0283", 15), PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 7: empty notes, and the contract's meanings for the other codes

        // Empty note on a 97112 + 97110 visit: DOC_NOTE_MISSING on both lines and nothing else.
        ["v7-h20-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Non-breaking spaces only are an empty note; 97116 with no diagnosis: note missing plus the diagnosis check.
        ["v7-h20-empty-nbsp-no-dx"] = new(
            "\u00A0\u00A0\u00A0",
            [], [PT("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Blank lines only on a G0283 + OT 97530 visit: note missing on 97530 only (G0283 has no documentation profile).
        ["v7-h20-empty-g0283-97530"] = new(
            " \n \n",
            ["M62.81"], [PT("G0283", 15), OT("97530", 25)], [At(NoteMissing, "97530")]),

        // 97110 whose only target is a functional goal (lift the grandbaby from the pack-n-play and carry him upstairs); goblet squats, carries, box deadlifts, step-ups with loads: passes.
        ["v7-h20-97110-goal-only"] = new(
            """
            TE 97110 — 20 min: goblet squats 15 lb 3 x 10; farmer carries 20 lb per side 4 x 60 ft; deadlifts from a 12" box 3 x 8 @ 25 lb; step-ups 8" 3 x 10
            Goal: lift her 9-month-old grandbaby out of the pack-n-play and carry him up the 14 steps to the nursery
            """,
            ["M62.81"], [PT("97110", 20)], []),

        // 97110 with exercises named and a region (L shoulder after cuff repair) but no set, rep, load, hold or number: measure only.
        ["v7-h20-97110-no-doses"] = new(
            """
            97110 — 15 min
            L shoulder: pulleys, cane flexion + ER, wall walks, isometric ER/IR, scapular squeezes. HEP updated.
            L shoulder stiffness after RTC repair
            """,
            ["M75.122"], [PT("97110", 15)], [At(Measure, "97110")]),

        // 97530 whose only measure is the assistance level (min A → CGA, SBA); low-couch stands, walker-and-cart kitchen trips, unloading the dishwasher; goal: passes.
        ["v7-h20-97530-assist-levels-only"] = new(
            """
            97530 — 23 min: sit ↔ stand from the low couch in the ADL apartment, walking to the kitchen w/ RW while pushing a rolling cart, taking dishes out of the dishwasher and putting them away in lower cabinets
            Min A from the low couch → CGA by the end; SBA in the kitchen
            Goal: get up from her own couch and unload the dishwasher alone
            """,
            ["M62.81", "R26.89"], [PT("97530", 23)], []),

        // 97140: talocrural A-P glides grade IV and subtalar glides grade III with bouts as its parameters; R ankle stiffness after immobilization as its region/impairment: passes.
        ["v7-h20-97140-grade-bouts-region"] = new(
            "97140 — 8 min: R talocrural A-P glides gr IV 3 x 30 s; subtalar lateral glides gr III 3 x 30 s — R ankle stiffness after boot immobilization",
            ["S82.61XD"], [PT("97140", 8)], []),

        // 97116 with a walker, distances, turns, stairs and SBA — but no gait deviation, region, impairment or goal: deficit only.
        ["v7-h20-97116-no-target"] = new(
            "Gait training 97116 — 15 min: RW in the hallway 3 x 150 ft, turns at the cones, 4 stairs w/ B rails; SBA",
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Generic 97112 smart phrase ("completed neuro re-ed program focusing on balance and stability … No adverse reaction … per POC"): no technique, deficit, number or one-on-one.
        ["v7-h20-97112-generic-smartphrase"] = new(
            ".PAHNMRGEN: Pt completed neuro re-ed program focusing on balance and stability. No adverse reaction noted. Will continue to progress per POC. 97112 x 20 min.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic OT 97530 smart phrase ("Pt engaged in dynamic functional activities to increase independence and safety with daily tasks … Continue per plan."): no task, target or number — generic only.
        ["v7-h20-97530-generic-smartphrase"] = new(
            ".PAHTHERACT: Pt engaged in dynamic functional activities to increase independence and safety with daily tasks. Tolerated well w/o adverse reaction. Continue per plan.",
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // 97116 stair training (steps, rail + cane, step-to/reciprocal, curbs, Min A → CGA) for knee buckling with quad weakness after TKA: passes.
        ["v7-h20-97116-stairs-assist"] = new(
            """
            97116 — 18 min: stair training 12 steps w/ 1 rail + cane, step-to up / step-to down, then reciprocal up x2; curb x3; Min A → CGA
            L knee buckling on step-down (L quad weakness 3+/5, TKA)
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 18)], []),

        // ---------------------------------------------------------------- ordinary notes: one week across the system and its travelers

        // Epic RTC repair note with @tokens and a *** visit number: TE 20 (AAROM, ER, rows, scaption with doses) and MT 8 (glides with grade/bouts), both match; flexion/ER degrees; signature block: passes.
        ["vord-h20-epic-rtc-te-mt-signed"] = new(
            """
            PAH Outpatient Rehabilitation — PT Daily Note
            @NAME@ · @AGE@ y.o. · Visit: ***
            Subjective: Slept through the night for the first time since surgery.
            R RTC repair (wk 12), cleared for AROM + light strengthening
            97110 Ther Ex — 20 min: supine AAROM wand flexion 2 x 15; sidelying ER 1 lb 3 x 10; prone rows 3 x 12; scaption to 90° w/o weight 2 x 10; ball-on-wall circles 3 x 30 s
            97140 Manual — 8 min: R GH posterior + inferior glides gr III 3 x 30 s; scapular mobs in sidelying
            R shoulder flexion AROM 128° (105° 2 wk ago); ER at side 45°
            Plan: progress per Dr. Lowe's protocol.
            Electronically signed by: C. Barringer, PT, DPT  03/04/2026 4:41 PM
            """,
            ["M75.121"], [PT("97110", 20), PT("97140", 8)], []),

        // Neuro stroke note "Tx provided 1:1 for all timed codes": NMR 23 (forced weight bearing, PNF pelvic patterns, foam step-ups) and GT 15 (AFO + hemi-walker, distances, CGA), both match; R LE recruitment; % BW and gait speed: passes.
        ["vord-h20-stroke-nmr-gt-winston"] = new(
            """
            PAH Neuro Rehab — Winston-Salem · PT
            Tx provided 1:1 for all timed codes.
            97112 — 23 min: forced weight-bearing on the R in stride stance w/ L foot on a 4" block; PNF pelvic patterns (anterior elevation / posterior depression) R in sidelying; step-ups onto foam w/ R LE leading
            97116 — 15 min: AFO + hemi-walker 3 x 100 ft, cues for R heel strike and step length; curb up/down x2; CGA
            ↓ R LE motor recruitment + weight acceptance after L pontine stroke; R knee hyperext in stance
            R stance on scale 44% BW (35% at IE); gait speed 0.51 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // PD gait 97116 with a laser-line cane and metronome, distances, doorway passes, SBA; freezing/festination; freeze count and turn steps: passes.
        ["vord-h20-pd-gait-laser-cane"] = new(
            """
            97116 — 20 min: laser-line cane cueing for freezing at doorways + turns (4 x 150 ft, 10 doorway passes), then walking w/o the cue to a 100-bpm metronome; SBA
            PD H&Y 3: start hesitation + freezing in doorways, festination on turns
            Doorway freezes 2/10 (7/10 at IE); 180° turn in 5 steps
            """,
            ["G20.A2"], [PT("97116", 20)], []),

        // L TKA three codes, each with minutes (TE 15, MT 8, TA 10, all match): exercises with doses, patellar/tibiofemoral mobs with grade/bouts, dock step-down and half-kneel tasks with SBA; ROM and a Lake Norman pontoon goal: passes.
        ["vord-h20-tka-three-codes-pontoon"] = new(
            """
            PAH Rehab Boone — L TKA wk 6
            TE 97110 — 15 min: recumbent bike, full revolutions, level 2; SAQ 4 lb 3 x 12; step-ups 6" 3 x 10; TKE w/ blue band 3 x 15
            MT 97140 — 8 min: L patellar glides sup/inf gr III 3 x 30 s; tibiofemoral flexion mobs gr III 3 x 30 s in sitting
            TA 97530 — 10 min: stepping down 18" from a platform onto a lower step w/ rail (dock-to-boat practice) x5; lowering to half-kneel to tie off a rope x3; SBA
            L knee flexion 108°, ext −4°; goal: get on and off their pontoon boat at Lake Norman by Memorial Day
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97140", 8), PT("97530", 10)], []),

        // Hand OT after CMC arthroplasty: MT 10 (scar massage and STM with bouts, distraction grade I–II) and TE 15 (thumb AROM, putty, web-space stretch with doses), both match; Kapandji and tip pinch: passes.
        ["vord-h20-ot-cmc-arthroplasty-mt-te"] = new(
            """
            Hand Center — OT — R thumb basal-joint arthroplasty (trapeziectomy + LRTI), 8 wk post-op; spica off for exercise only
            97140 — 10 min: scar massage along the radial incision 3 x 60 s; thenar STM; gentle CMC distraction gr I–II 3 x 30 s
            97110 — 15 min: thumb AROM (palmar/radial abd, opposition to the small finger) 2 x 10; light putty pinch 2 x 10; web-space stretch 3 x 30 s
            Kapandji 7/10; tip pinch 1.5 kg
            """,
            ["M18.11"], [OT("97140", 10), OT("97110", 15)], []),

        // Paediatric DCD 97530: bike progression, ball catching, shoe tying; bike and PE goal; feet pedaled and k of 10: passes.
        ["vord-h20-peds-dcd-97530"] = new(
            """
            Peds Rehab — PT — 97530 — 25 min
            8 y/o w/ DCD: bike-riding progression on the clinic path (balance-bike glide → pedaling w/ PT holding the seat), ball-catching drills w/ a tennis ball, shoe-tying at the bench
            Goal: ride a 2-wheeler w/ his brothers + tie his own shoes for PE
            Pedaled 40 ft w/o a hand on the seat (0 ft at IE); caught 7/10 tosses from 6 ft
            """,
            ["R27.8", "R62.50"], [PT("97530", 25)], []),

        // Pelvic health 97110 after prostatectomy: PFM holds, quick flicks, PFM with sit-to-stand and bridging with doses; stress incontinence; pad weight and pads/day: passes.
        ["vord-h20-pelvic-post-prostatectomy-97110"] = new(
            """
            Pelvic Health — Greensboro — 97110 — 20 min
            PFM strengthening (s/p radical prostatectomy 10 wk): supine → sitting → standing PFM holds 10 x 8 s; quick flicks 2 x 10; PFM contraction w/ sit-to-stand 2 x 10; bridging w/ PFM 2 x 12
            Post-prostatectomy stress incontinence — leaks standing up from a chair and on his golf swing
            Pad weight 22 g/24 h (58 g at IE); pads/day 2 → 1
            """,
            ["N39.3", "Z90.79"], [PT("97110", 20)], []),

        // Vestibular PPPD 97112 "individual session, only pt on my schedule this slot": graded visual-environment exposure, foam with scrolling video, head turns past the waiting area; visually induced dizziness; seconds and FGA: passes.
        ["vord-h20-pppd-visual-exposure"] = new(
            """
            PAH Vestibular — Asheville — 97112 — 24 min — individual session, only pt on my schedule this slot
            Graded visual-environment exposure: walking while the striped "store aisle" video plays on the big screen, standing on foam w/ the scrolling-pattern video, turning her head side to side while passing the busy waiting area
            PPPD after a vestibular migraine flare: visually induced dizziness + stiff, cautious postural control
            Tolerated 90 s of the scrolling pattern on foam before symptoms (30 s at IE); FGA 22/30
            """,
            ["H81.8X3", "G43.809"], [PT("97112", 24)], []),

        // Amputee clinic R TTA 97116: prosthetic gait with SPC in bars → hallway, ramp/curb, SBA; short prosthetic stance and trunk lean; gait speed and AMPPRO: passes.
        ["vord-h20-tta-prosthetic-gait"] = new(
            """
            Amputee clinic — R TTA, new check socket wk 2 — 97116 — 20 min
            Gait w/ prosthesis + SPC in parallel bars → hallway: 4 x 100 ft, ramp + curb, cues for full prosthetic stance and equal step length; SBA
            Short R prosthetic stance, trunk leans out over the prosthetic side; socket fit at 5-ply
            Gait speed 0.79 m/s; Amputee Mobility Predictor w/ prosthesis 34/47
            """,
            ["Z89.511"], [PT("97116", 20)], []),

        // Transitional-care Part B (traveler with SNF habits): TA 20 (toilet/stand-pivot transfers, standing grooming, CGA → SBA, ALF goal) and TE 15 (doses; hip/knee weakness), both match: passes.
        ["vord-h20-tcu-traveler-ta-te"] = new(
            """
            PAH Transitional Care — Part B outpt tx (Traveler PT, SNF background)
            Skilled need: unsafe transfers + LE weakness after CHF admission
            97530 — 20 min: toilet transfers using the grab bar x4, stand-pivot bed → w/c x4, standing at the bathroom sink to comb hair + wash face x2 trials; CGA → SBA; goal: return to her ALF apartment
            97110 — 15 min: seated marching 2 x 20, LAQ 2 lb 2 x 15, sit-to-stand 2 x 8, heel raises 2 x 15 — B hip/knee weakness 3+/5
            """,
            ["I50.9", "M62.81"], [PT("97530", 20), PT("97110", 15)], []),

        // Home-health-habit traveler: GT 15 (rollator on sidewalk and gravel, distances, SBA) and TA 20 (car, grocery carry, porch steps, CGA → SBA), both match; hip OA/deconditioning and a grocery/porch goal: passes.
        ["vord-h20-hh-traveler-gt-ta"] = new(
            """
            Traveler PT (home health background) — outpt
            GT 97116 — 15 min: rollator 2 x 200 ft on the sidewalk + 1 x 100 ft on the gravel lot; SBA; cues for upright posture, less trunk flexion
            TA 97530 — 20 min: in/out of the passenger seat of the car x3; carrying a grocery bag in the rollator basket from car to door x2; up/down 3 porch steps w/ rail x3; CGA → SBA
            L hip OA pain + deconditioning; goal: go to the grocery store w/ his daughter and manage his 3 porch steps
            """,
            ["M16.12", "R53.81"], [PT("97116", 15), PT("97530", 20)], []),

        // Acute-care-habit traveler, "Treatment was 1-to-1 with this PT; nobody else overlapped": kneel transitions with rhythmic stabilization, reaching out of BOS, foam EC head turns; truncal ataxia after cerebellar hemorrhage; hold seconds and Berg: passes.
        ["vord-h20-acute-traveler-nmr"] = new(
            """
            Traveler PT — Outpt Neuro. Pt received seated in lobby in w/c, agreeable. Treatment was 1-to-1 with this PT; nobody else overlapped.
            97112 — 25 min: moving from tall-kneel into half-kneel and back w/ rhythmic stabilization at the trunk; reaching out of BOS in standing to targets; foam stance, eyes closed, then w/ head turns
            ↓ trunk + hip postural control after L cerebellar hemorrhage, truncal ataxia
            Half-kneel hold L knee down 30 s (10 s at IE); Berg 41/56 (34/56 at IE)
            Pt left in lobby w/ wife, call light N/A, all needs met.
            """,
            ["I69.193"], [PT("97112", 25)], []),

        // R THA: GT 15 (SPC on level and grass, stairs, SBA, Trendelenburg) and TA 15 (golf-cart seat transfers, ball retriever), both match; abductor weakness and a golf goal: passes.
        ["vord-h20-tha-gait-ta-golf"] = new(
            """
            R THA (posterior) wk 6
            GT 97116 — 15 min: SPC in L hand, 3 x 200 ft on level + grass, 4 steps reciprocal w/ rail; SBA; R Trendelenburg ↓ w/ cues
            TA 97530 — 15 min: getting in/out of a golf-cart seat (side entry) x4; picking up golf balls from the grass w/ a ball retriever x10; posterior precautions kept
            R hip abductor weakness 3+/5; goal: ride the golf cart and play 9 holes w/ his Tuesday group
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 15), PT("97530", 15)], []),

        // Lateral epicondylalgia: TE 15 (eccentric wrist extension, FlexBar twist, supination, putty with doses) and MT 8 (MWM lateral glide with reps, DTFM with bouts), both match; pain-free grip kg: passes.
        ["vord-h20-lateral-elbow-te-mt"] = new(
            """
            R lateral epicondylalgia — carpenter, 6 wk
            TE 97110 — 15 min: eccentric wrist ext w/ 3 lb 3 x 15; FlexBar twist (red) 3 x 15; hammer rotations into supination 2 x 12; grip putty 2 x 15
            MT 97140 — 8 min: MWM lateral glide at the elbow w/ gripping 3 x 10; DTFM R ECRB 3 bouts of 60 s
            Pain-free grip strength R 18 kg / L 40 kg
            """,
            ["M77.11"], [PT("97110", 15), PT("97140", 8)], []),

        // Whiplash: MT 10 (thoracic PA grade III with bouts, suboccipital release, SNAGs with reps) and TE 15 (craniocervical flexion with pressure biofeedback, prone Y, pull-aparts with doses), both match; rotation degrees: passes.
        ["vord-h20-whiplash-mt-te"] = new(
            """
            MVC 5 wk — whiplash (WAD II)
            97140 — 10 min: upper thoracic PA mobs T1–T4 gr III 3 x 30 s; suboccipital release; C2–3 R SNAG 3 sets of 6
            97110 — 15 min: craniocervical flexion w/ pressure biofeedback 22 → 26 mmHg 10 x 10 s; prone scapular Y 3 x 10; band pull-aparts 3 x 15
            Neck pain + ↓ cervical rotation R 55°, L 70°
            """,
            ["S13.4XXD"], [PT("97140", 10), PT("97110", 15)], []),

        // MS: TE 15 (stepper, sit-to-stand, bridges, band abduction with doses; hip weakness) and NMR 20 "1:1" (dual-task obstacles, foam EC, backward line walking; proprioception/dual-task postural control; T25FW and seconds), both match: passes.
        ["vord-h20-ms-te-nmr"] = new(
            """
            MS (relapsing), EDSS 4.0 — PT
            97110 — 15 min: recumbent stepper level 4 intervals; sit-to-stand 3 x 8; bridges 3 x 10; standing hip abd w/ band 2 x 12 — L hip flexor/abductor weakness (4-/5), fatigue
            97112 — 20 min, 1:1: stepping over obstacles while counting backward by 3s; standing on foam EC; backward walking on a tape line — ↓ L LE proprioception + dual-task postural control
            Timed 25-ft walk 7.1 s; foam EC 14 s
            """,
            ["R26.89", "R27.8"], [PT("97110", 15), PT("97112", 20)], []),

        // OT stroke "one-on-one for both timed services": TA 15 (sandwich at the counter, L hand as stabilizer, CGA, lunch goal) and NMR 20 (UE weight bearing, finger-extension facilitation, peg placement; L UE recruitment; pegs and Fugl-Meyer), both match: passes.
        ["vord-h20-ot-stroke-ta-nmr"] = new(
            """
            OT — R MCA CVA 4 mo, L hemiparesis — one-on-one for both timed services
            97530 — 15 min: making a sandwich standing at the counter, L hand stabilizing the bread + jar; carrying the plate to the table; CGA for standing balance; goal: make his own lunch at home
            97112 — 20 min: weight bearing through the extended L arm on the mat table while reaching w/ the R; L finger-extension facilitation w/ vibration + tapping; placing pegs w/ the L hand
              ↓ L UE motor recruitment, flexor synergy pattern
              L hand placed 8/15 pegs; Fugl-Meyer UE 34/66
            """,
            ["I69.354"], [OT("97530", 15), OT("97112", 20)], []),

        // Pulmonary outpatient 97110: NuStep and UE ergometer intervals with SpO2 kept up, sit-to-stand and step-ups with doses, pursed-lip breathing; COPD exertional dyspnea and LE endurance; 6MWT metres: passes.
        ["vord-h20-copd-97110"] = new(
            """
            Pulmonary outpt — PT — 97110 — 25 min
            NuStep level 4 intervals (SpO2 kept ≥ 90% on 2 L); UE ergometer level 2 intervals; sit-to-stand 3 x 8; step-ups 4" 2 x 10; PLB cued with each effort
            COPD: dyspnea on exertion, ↓ LE endurance
            6MWT 240 m (195 m at IE)
            """,
            ["J44.9"], [PT("97110", 25)], []),

        // Achilles rupture: TE 20 (seated/standing heel raises, eccentric drops, leg-press calf raises with loads) and GT 10 (walking without the boot, distances, treadmill), both match; plantarflexor weakness with heel-raise reps: passes.
        ["vord-h20-achilles-te-gt"] = new(
            """
            R Achilles tendon tear treated in a walking boot w/ heel wedges — out of the boot 2 wk, now wk 12
            TE 97110 — 20 min: seated heel raises 3 x 15 w/ 20 lb on the knees; standing B heel raises 3 x 15; eccentric R heel drops off a step 3 x 10; leg-press calf raises 3 x 12 @ 60 lb
            GT 97116 — 10 min: walking w/o the boot 4 x 150 ft, cues for R push-off and equal step length; treadmill at 2.5 mph
            R calf (plantarflexor) weakness — single-leg heel raise R 4 reps vs L 22
            """,
            ["S86.011D"], [PT("97110", 20), PT("97116", 10)], []),

        // Spine centre, three codes (MT 8, TE 15, TA 15, all match): PA mobs with grade/bouts, stabilisation with doses, cooler lift/carry and hip hinge with SBA; LBP and a surf-fishing goal: passes.
        ["vord-h20-lbp-three-codes-surf-fishing"] = new(
            """
            PAH Spine Center — Wilmington
            MT 97140 — 8 min: L4–5 central PA gr III–IV 3 x 30 s; hip flexor stretch w/ mob belt 3 x 30 s
            TE 97110 — 15 min: dead bugs 3 x 10; side plank from knees 3 x 20 s; bird dogs 3 x 10; Pallof press 3 x 10 ea
            TA 97530 — 15 min: lifting a 20 lb cooler from floor to tailgate height x8; carrying it 50 ft x3; hip hinge to pick up the bait bucket x10; SBA
            Chronic LBP w/ ↓ lumbar flexion tolerance; goal: load the cooler and go surf fishing at Kure Beach
            """,
            ["M54.50"], [PT("97140", 8), PT("97110", 15), PT("97530", 15)], []),

        // OT 97530: upper-cabinet reaching, hanging shirts, making the bed; shoulder flexion limit after humerus fracture; SBA, rests and k of 10; goal: passes.
        ["vord-h20-ot-shoulder-97530-make-bed"] = new(
            """
            OT — 97530 — 20 min
            Reaching into upper kitchen cabinets for 1–3 lb items x10; hanging shirts on the closet rod x8; making the bed (pulling the fitted-sheet corners over, tucking the top sheet)
            L shoulder flexion 120° after proximal humerus fx; SBA, 2 rest breaks; 10/10 items placed on the shelf
            Goal: hang her own clothes and make her bed
            """,
            ["S42.202D"], [OT("97530", 20)], []),

        // Knee OA 97110: bike warm-up, sit-to-stand, SAQ, hamstring curls, lateral step-ups with doses; quad weakness, stair pain and a bleachers goal: passes.
        ["vord-h20-knee-oa-97110-bleachers"] = new(
            """
            TE 97110 — 20 min (R knee OA)
            Recumbent bike level 3 warm-up; sit-to-stand from an 18" chair 3 x 10; SAQ 3 lb 3 x 12; standing hamstring curls 3 lb 2 x 12; lateral step-ups 4" 2 x 10
            R quad weakness 4-/5 + knee pain going up stairs; goal: climb up the bleachers at her grandson's Friday-night football games
            """,
            ["M17.11"], [PT("97110", 20)], []),

        // Generic two-code smart phrase ("Skilled therapeutic exercise and functional activities completed today as outlined in the plan of care … tolerated … advance program"), minutes 15/15 matching: generic only on both codes.
        ["vord-h20-generic-te-ta-smartphrase"] = new(
            """
            .PAHDAILYGEN
            Skilled therapeutic exercise and functional activities completed today as outlined in the plan of care. Patient tolerated session without complaints. Will continue to advance program.
            97110: 15 min · 97530: 15 min
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Complete 97116 (SPC, distances, curbs, SBA, antalgic gait after TKA) sent with no diagnosis.
        ["vord-h20-complete-gait-no-dx"] = new(
            "GT 97116 — 15 min: SPC in R hand, 3 x 150 ft + curb x2, SBA; cues for L heel strike — L antalgic gait after L TKA",
            [], [PT("97116", 15)], [Dx]),

        // Complete 97140 whose diagnosis field holds the CPT code "97140" (a data-entry slip), not an ICD-10-CM code: diagnosis missing.
        ["vord-h20-cpt-in-dx-field"] = new(
            "MT 97140 — 10 min: R GH inferior glides gr III 3 x 30 s; posterior capsule stretch 3 x 30 s; STM R pec minor — R shoulder ER 35°, flexion 125°",
            ["97140"], [PT("97140", 10)], [Dx]),

        // NMR 20 and TE 15 both match and each is complete (lean-release stepping, rocker EC, hurdles with head turns; reactive postural control; counts and seconds), but nothing says one-on-one.
        ["vord-h20-nmr-te-one-on-one-unstated"] = new(
            """
            NMR 97112 — 20 min: reactive stepping to release-from-lean (fwd/back/lateral); stance on a rocker board EC; stepping over 6" hurdles while turning the head
            TE 97110 — 15 min: leg press 3 x 12 @ 60 lb; step-ups 6" 3 x 10; hip abd w/ band 3 x 15
            ↓ reactive postural control + B hip weakness after a fall w/ L pubic ramus fx (healed)
            Lean-release recovered w/ 1 step 6/8; rocker board EC 12 s
            """,
            ["S32.592D", "Z91.81"], [PT("97112", 20), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // "Total timed minutes 38 (3 units)" for TE + MT + TA with no minutes by code: separate time missing (the total is no code's); all three sections complete.
        ["vord-h20-three-codes-total-only"] = new(
            """
            Total timed minutes 38 (3 units)
            TE: clamshells w/ green band 3 x 12; bridges 3 x 12; sidelying hip abd 2 x 12 — R hip abductor weakness 3+/5
            MT: R hip long-axis distraction gr III 3 x 30 s; posterior glides gr III 3 x 30 s
            TA: in/out of the car x3; lifting the laundry basket floor → dryer top x5; SBA — goal: do her laundry and drive to church
            """,
            ["M16.11"], [PT("97110", 15), PT("97140", 8), PT("97530", 15)], [SepTime]),

        // Traveler's "GT x 30 min" against a 20-minute 97116 line; hemi-walker gait with distance, min A and deviations complete: mismatch.
        ["vord-h20-traveler-gait-30-vs-20"] = new(
            "Traveler PT — GT x 30 min: hemi-walker 4 x 60 ft, min A; L foot drag + L knee buckling; cues for L hip/knee flexion in swing.",
            ["I69.354"], [PT("97116", 20)], [At(Mismatch, "97116")]),

        // OT kitchen 97530 with tasks and a goal but no assistance level, count or other number: measure only.
        ["vord-h20-ot-kitchen-no-measure"] = new(
            """
            OT — 97530 — 20 min
            Putting groceries away into upper and lower cabinets, wiping down the counters, carrying items from the counter to the table w/ the walker tray
            Goal: cook for herself again after the L wrist fx
            """,
            ["S52.502D"], [OT("97530", 20)], [At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
