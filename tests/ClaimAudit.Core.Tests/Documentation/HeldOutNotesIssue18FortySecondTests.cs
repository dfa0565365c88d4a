using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Mountain West and the Great Plains, in the proportions a billing manager sees them — about two thirds
/// ordinary and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit), PTAs carrying most of the daily notes, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a large multi-state outpatient chain ("Prairie &amp; Peaks Physical Therapy": Billings, Great Falls, Miles
/// City, Casper, Gillette, Riverton, Sheridan, Laramie, Rapid City, Sioux Falls, Aberdeen, Bismarck, Dickinson,
/// Fargo, Kearney, Grand Island, North Platte, Scottsbluff, Hays, Salina, Garden City) on its own EMR template,
/// "PeakChart": a "Tx Delivery Type:" drop-down (answered, or left "(not selected)"), "Free text – interventions:" /
/// "Free text – impairment:" boxes, a CPT / Description / Min / Units grid with a "1:1?" column, an NMR menu
/// answered Y / N, a "Deficits addressed (Y/N)" block, technique drop-downs left at "&lt;Choose one&gt;", an
/// outcome line of blanks "Berg ___/56", a "Charges:" line in units, PTA notes with the supervising PT;</item>
/// <item>a sports-medicine clinic for rodeo athletes in Rapid City ("Chute Six Sports Medicine &amp; PT") seeing
/// senior-circuit ropers, barrel racers and retired rough-stock riders on Medicare: "Athlete:", the event and the
/// horse, an Equicizer mechanical horse, a rubber stall mat, a roping dummy, a saddle rack and a mounting block,
/// the stock trailer, a jackpot roping, the Black Hills Stock Show;</item>
/// <item>a rural critical-access hospital's outpatient PT and OT ("Niobrara Valley Hospital (Critical Access)") on a
/// Meditech-style flowsheet with radio buttons "⦿ Individual ○ Concurrent ○ Group", a printed assistance scale
/// with one level in parentheses (or none selected), "Timed treatment:" with totals, and a PT who also covers the
/// swing beds;</item>
/// <item>a cardiac and pulmonary rehabilitation gym that also bills PT ("Platte Valley Cardiopulmonary Rehab",
/// Kearney): a balance station inside the Phase II telemetry hour, sternal precautions after CABG, COPD on oxygen
/// with pursed-lip breathing "I:E 1:2", energy conservation for chores, vitals on the rehab flowsheet;</item>
/// </list>
/// with the region's tasks and goals (the mailbox on packed snow, calving season and the calving barn, square
/// bales and hay flakes to the bunk, the tractor cab steps, a feed-bunk rail, a 5-gallon water jug to the chicken
/// coop, a chest freezer, hanging wash on the clothesline and gathering eggs, the Legion hall's Friday fish fry, a
/// K-State game, the church organ, a snowplow truck).
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h42-…): one-on-one in everyday words ("Tx Delivery Type: One-on-one, same clinician for the
/// whole timed service", "this pt was the only patient on my schedule — I was hands-on with him the whole 23 min",
/// "Worked with him solo in the back gym; no other athletes in the room", "Seen individually today, not in the
/// Thursday Parkinson's class — PT with pt alone in the side gym", "PT one-on-one with pt for the entire NMR time
/// (husband sat in to learn the HEP)"), notes that negate it (a PT watching four telemetry patients at once, a CAH PT
/// stepping out to a swing-bed patient, a PTA splitting time between the Biodex and the bars) or never state it (a
/// pulmonary-rehab note whose only ratio is the breathing ratio I:E 1:2), and a 97530 in a couple's semi-private
/// session, which has no one-on-one check;</item>
/// <item>class 2 (v2-h42-…): template states: a delivery drop-down "(not selected)", radio buttons on Individual and
/// on Concurrent, an NMR menu with some rows Y, technique drop-downs left at "&lt;Choose one&gt;", deficit rows all N,
/// a PTA's task / assistance grid with one X a row, outcome blanks, a per-code "1:1?" column, a printed assistance
/// scale with no level selected and no distance;</item>
/// <item>class 3 (v3-h42-…): named protocols and programmes as techniques (Tai Ji Quan: Moving for Better Balance,
/// the Alfredson heel-drop protocol, blood-flow-restriction training at % LOP, PWR! Moves in a group, rhythmic
/// auditory cueing to a metronome, Graston IASTM with muscle energy technique, backward-chained floor recovery,
/// Kaltenborn distraction), one Herdman gaze-stabilisation progression with no number and one Bertec
/// perturbation protocol with no deficit;</item>
/// <item>class 4 (v4-h42-…): deficits stated as findings (head-shake nystagmus and a catch-up saccade, genu
/// recurvatum in mid-stance, scapular dyskinesis with a painful arc, truncal titubation and heel-shin dysmetria,
/// loss of protective sensation by monofilament, McKenzie centralisation and peripheralisation, a capsular
/// dorsiflexion block after ankle ORIF) and notes that state none (a negative neuro screen on a 97112, "Gait today:
/// WNL" on a 97116, "5/5 throughout, no focal weakness" on a cardiac-rehab 97110);</item>
/// <item>class 5 (v5-h42-…): measures in their usual forms (the STEADI 4-Stage Balance Test in seconds, a Y-Balance
/// composite in % of limb length, a Biodex Fall Risk index, floor-to-waist lift capacity, 10MWT speed, Jamar and
/// pinch pounds, cervical rotation before and after) and notes with none ("fewer LOB than last time", "progressed to
/// the next band color", a cane walk with no distance or level, soft-tissue work with no parameter);</item>
/// <item>class 6 (v6-h42-…): minutes in their usual forms (a CPT / Min / Units grid, "Timed treatment: Neuromuscular
/// Re-ed 23 min; Therapeutic Exercise 15 min" with totals, time in / time out on the one timed code, "NMR — 20 mins /
/// Ther act — 18 mins", "Split: TE 12 / gait 13 / TA 15 min"), true mismatches (a grid row, a clock range on the one
/// timed code) and truly missing separate time (a total only, units only, minutes for two codes of three);</item>
/// <item>class 7 (v7-h42-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a goal as the only target), 97530 (an assistance level as the only
/// measure) and 97140 (first-rib and cervicothoracic mobilisation with grades and bouts), and wholly generic
/// 97112, 97110, 97116 and 97530 notes;</item>
/// <item>ordinary (vord-h42-…): complete notes of the four sources across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, a SNOMED
/// concept id in the diagnosis field, a generic two-code note with a total, a complete two-code note that never
/// says one-on-one, an exercise list with no dose and a gait note whose stated minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (oxygen litres, SpO2, the breathing ratio, hours of a
/// drive, grafts, steps per minute of a cadence, ranges of degrees) are read as what
/// they are; no note states minutes of an activity, a rest or a test.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing),
/// generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure, self-rated
/// scores or vitals as the only number, a cueing level as the only measure, an exercise's name as a 97110's only
/// region, a task practised read as a 97530's goal, minute ranges and approximate minutes, and any line with a code
/// that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 100 cases agree (98 needed), and 5 of the 63 notes the reviewer passes got a finding, on the analyzer
/// of bde89f8 (the start of the 2026-12-05 fourth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 92 of 100, 4 false positives at its first run on the analyzer of c410c36 (the session's final readings of the
/// thirty-eighth to forty-first sets and their four reviews; not shaped by this set): the held-out figure — plain notes
/// of the ordinary middle of the market, 92 %. Then development data, worked through: 98 of 100, no false positive — a
/// radio button "⦿" chosen, "SL stance" as a technique, "Strength screen: 5/5 throughout" as no weakness, "so he can
/// fork hay" as a goal, a total after a dash ending a charge in units that is the visit's. Left: "Romberg on foam EC 8
/// s" (a test's condition) read as foam training beside a technique drop-down left at "&lt;Choose one&gt;"; a printed
/// assistance scale with "(no level selected)" read as a level. New examples in NotesAsWrittenTests "forty-second-set".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortySecondTests(ITestOutputHelper output)
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

        // Chain template "Tx Delivery Type: One-on-one, same clinician for the whole timed service"; stability trainer head turns, hurdle side-steps to a called cone, eyes-closed rise and turn; plantar sensation loss and slow lateral step; FSST and 30-s chair stand: passes.
        ["v1-h42-billings-delivery-type-one-on-one"] = new(
            """
            PRAIRIE & PEAKS PHYSICAL THERAPY · Billings Heights, MT · PeakChart Daily Note
            Pt: 78 y/o F — 2 falls since Dec walking out to the mailbox on packed snow
            Tx Delivery Type: One-on-one, same clinician for the whole timed service
            97112 Neuro re-ed ......... 24 min
            Free text – interventions:
             • stance on the blue stability trainer w/ horizontal head turns, 3 x 30 s
             • side-steps over 6-in hurdles toward a cone called out at random
             • sit → stand w/ eyes closed, then 180° turn to the R and to the L
            Free text – impairment: plantar sensation ↓ both feet (DM neuropathy), leans on vision; slow lateral protective step to the L
            Objective: Four Square Step Test 16.8 s (21.0 s at IE); 30-s chair stand 8 reps
            Plan: 2x/wk; add ice-cleat walking outdoors once the lot is plowed
            """,
            ["E11.42", "Z91.81"], [PT("97112", 24)], []),

        // PTA: "For the 97112 block this pt was the only patient on my schedule — I was hands-on with him the whole 23 min" states it (and 23 matches); PNF chop/lift in half-kneel, 2x6 board heel-to-toe, rocker-board catches; R ankle position sense and trunk righting; FGA and step count: passes.
        ["v1-h42-casper-pta-only-patient-on-schedule"] = new(
            """
            P&P PT — Casper, WY — PTA daily note (PeakChart)
            Supervising PT: D. Harlan, PT (on site)
            For the 97112 block this pt was the only patient on my schedule — I was hands-on with him the whole 23 min.
            Interventions:
            - PNF chop and lift patterns in half-kneel, R knee down, manual resistance at the shoulders
            - heel-to-toe walking on a 2x6 board laid on the mat, 4 lengths
            - rocker-board A/P tilts catching a 2-lb ball thrown off-center
            Impairment: ↓ R ankle position sense + slow trunk righting after L pontine stroke (Sept 2025)
            FGA 19/30 (15/30 at IE); heel-to-toe 10 consecutive steps w/o stepping off (4 at IE)
            Plan per PT POC.
            — T. Baca, PTA
            """,
            ["I69.351"], [PTA("97112", 23)], []),

        // Rodeo clinic: "Worked with him solo in the back gym; no other athletes in the room during NMR"; Equicizer perturbations, stall-mat stance with rope swing, box step-down to a stick; late co-contraction and R knee JPS error; JPS degrees and EC seconds: passes.
        ["v1-h42-chute6-heeler-solo-back-gym"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT — Rapid City, SD
            Athlete: 69 y/o M, heeler (senior team roping), R TKA 11 wks ago
            Goal: back on his rope horse for the senior roping at the Black Hills Stock Show
            NMR 97112 — 25 min. Worked with him solo in the back gym; no other athletes in the room during NMR.
            - Equicizer (mechanical horse) at a lope rhythm w/ unannounced pushes at the shoulders, R stirrup loaded
            - R SL stance on a doubled rubber stall mat swinging a rope overhead (no loop thrown)
            - step-down off a 12-in box to a stick landing, freeze 2 s
            Findings: late R quad/hamstring co-contraction on landing; R knee joint position sense ↓ — 7° repositioning error at 45° (L 3°)
            R SL stance EC 11 s (4 s two wks ago)
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 25)], []),

        // Cardiac rehab gym: "PT was monitoring 4 pts on telemetry at the same time — 3 on treadmills/NuStep, this pt at the balance station": not one-on-one; rail tandem, foam, called toe taps, head-turn walking; postural control and neuropathy; tandem and FSST present.
        ["v1-h42-kearney-telemetry-four-pts-negated"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Kearney, NE (PT services)
            PT balance station during the Phase II hour. PT was monitoring 4 pts on telemetry at the same time — 3 on treadmills/NuStep, this pt at the balance station.
            97112 — 20 min
            - tandem stance at the wall rail, then on a foam pad
            - forward and lateral step-ups w/ toe taps to colored dots called by the PT
            - walking w/ horizontal head turns along the rail
            Impairment: ↓ postural control w/ EC and on a compliant surface (DM neuropathy); 6 wks post-CABG
            Tandem 6 s (2 s at IE); FSST 15.2 s
            HR/BP per rehab flowsheet, no ectopy.
            """,
            ["Z95.1", "E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Critical-access PT "also covering the swing-bed pt in Rm 4; stepped out twice … while this pt kept on the foam standing with the rehab tech spotting": not one-on-one; foam, bars tandem, belt tugs; somatosensory use and reactive stepping; mCTSIB and k of 8 present.
        ["v1-h42-cah-swing-bed-stepped-out-negated"] = new(
            """
            Niobrara Valley Hospital (Critical Access) — Outpatient PT
            97112 NMR 22 min
            PT was also covering the swing-bed pt in Rm 4; stepped out twice to help with a bed-to-chair transfer there while this pt kept on the foam standing with the rehab tech spotting.
            Tx: foam stance EO/EC, narrow base; tandem walking along the parallel bars; reactive steps to gait-belt tugs (A/P, lateral)
            Why: ↓ use of somatosensory input, poor ankle strategy, delayed reactive stepping — 3 falls in the yard since October
            Measures: mCTSIB foam EC 9 s; 5/8 tugs recovered w/ a single step
            """,
            ["R29.6", "G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Pulmonary rehab 97112, complete (foam reach to targets, stepping-strategy crossovers after pushes, tape-square turns; limits of stability and stepping; reach inches and k of 6), whose only ratio is the breathing "I:E 1:2": one-on-one never stated.
        ["v1-h42-pulm-rehab-ie-ratio-unstated"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Pulmonary Rehab / PT
            Pt: 74 F, COPD GOLD 3 on 2 L O2, fell twice at home reaching into the dryer
            97112 Neuromuscular re-ed — 23 min
            Pursed-lip breathing kept at I:E 1:2 through all standing tasks.
            - forward and lateral reach on foam to targets at shoulder height and near the floor
            - stepping-strategy drills: lateral crossover step to recover after a push at the pelvis
            - turning in a small square marked w/ tape, both directions
            Impairment: ↓ limits of stability forward and to the L; slow, short stepping response; exertional dyspnea limits dynamic stance
            Functional reach 7 in. (4 in. at IE); 4/6 pushes recovered w/ one step
            SpO2 ≥ 90% on 2 L throughout.
            """,
            ["J44.9", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // A couple treated together ("Semi-private session … treated together in the ADL room"): 97530 has no one-on-one check; side-sit floor recovery, water-jug carries, pickup transfers; CGA/SBA; L hip weakness after THA and a barn goal: passes.
        ["v1-h42-hays-couple-semi-private-97530"] = new(
            """
            P&P PT — Hays, KS — Daily note
            Semi-private session: pt and her husband (also on our caseload) were treated together in the ADL room.
            97530 Therapeutic activities — 22 min
            - floor-to-stand recovery: supine → side-sit → half-kneel → up to a kitchen chair, 3 reps
            - carrying a half-full 5-gal water jug (~20 lb) 30 ft, 3 trips
            - in and out of the pickup using the running board and grab handle, 3 reps
            Level: CGA on floor recovery, SBA on carries and the pickup
            Problem: L hip extensor and quad weakness after L THA (wk 10) — can't get up if she falls in the barn
            Goal: get up off the barn floor alone and haul water to the chicken coop
            """,
            ["Z96.642", "Z47.1"], [PT("97530", 22)], []),

        // "Seen individually today, not in the Thursday Parkinson's class — PT with pt alone in the side gym for the full NMR time"; foam beam big steps, rocker-board toss, taped-square turns; festination, freezing, axial rigidity; 4-stage and turn steps: passes.
        ["v1-h42-bismarck-individual-not-class"] = new(
            """
            P&P PT — Bismarck, ND
            Seen individually today, not in the Thursday Parkinson's class — PT with pt alone in the side gym for the full NMR time.
            97112: 25 min
             - forward/back stepping along a foam beam w/ big-step cues
             - bean-bag reach-and-toss while standing on the rocker board
             - turning inside a 3-ft taped square, 4 turns each way
            Deficit: ↓ step amplitude, festination and freezing on turns; axial rigidity limiting trunk rotation (PD, H&Y 2)
            STEADI 4-stage: tandem 4 s (stops at stage 3); 360° turn 9 steps (13 at IE)
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // PTA "split time between this pt on the Biodex and a second pt at the parallel bars for the whole block": not one-on-one; Biodex stability and random-control training, foam catches; L ankle proprioception and peroneal response; stability index present.
        ["v1-h42-greatfalls-pta-split-time-negated"] = new(
            """
            P&P PT — Great Falls, MT — PTA note
            PTA split time between this pt on the Biodex and a second pt at the parallel bars for the whole block.
            97112 — 20 min
            Biodex Balance System: postural stability training, platform levels 8 → 4, then random-control training
            Staggered stance on foam catching a ball
            Problem: ↓ L ankle proprioception and delayed peroneal response after recurrent L ankle sprains
            Biodex overall stability index 2.4 (3.6 at IE)
            """,
            ["S93.402D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // "PT one-on-one with pt for the entire NMR time (husband sat in to learn the HEP; no other pts in the room)"; X1 to a metronome, head-turn hallway walking with ball, foam EC nods; L vestibular hypofunction; DVA and foam tandem seconds: passes.
        ["v1-h42-scottsbluff-husband-observing"] = new(
            """
            P&P PT — Scottsbluff, NE
            97112 — 22 min — PT one-on-one with pt for the entire NMR time (husband sat in to learn the HEP; no other pts in the room)
            VOR x1 yaw and pitch to a metronome at 2 Hz, standing feet together
            walking the hallway w/ head turns, tossing a ball to herself
            foam stance w/ EC and slow head nods
            L vestibular hypofunction since neuritis in Nov — head-turn imbalance, veers L
            DVA 3 lines lost (5 at IE); tandem on foam EC 6 s
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Chain drop-down "Tx Delivery Type: (not selected)": one-on-one not stated; PNF D2 with rhythmic stabilization, step-up and hold, wobble board; L motor control and timing; Berg and SLS present.
        ["v2-h42-rapidcity-delivery-not-selected"] = new(
            """
            PeakChart Daily Note — Prairie & Peaks PT, Rapid City SD
            Visit 5 of POC    Payer: Medicare Part B    Clinician: R. Two Bulls, PT
            Tx Delivery Type: (not selected)
            97112 Neuro re-ed — 22 min
            Free text – interventions: PNF D2 flexion/extension L UE in standing w/ rhythmic stabilization at end range; stepping onto a 4-in step and holding SL stance while reaching; weight shifts on a wobble board A/P and M/L
            Free text – impairment: L hemibody motor control and timing ↓ after R MCA stroke; hikes the L hip to clear
            Objective: Berg 44/56 (39/56 at IE); SLS L 3 s
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Critical-access radio buttons "Session type: ⦿ Individual ○ Concurrent ○ Group" state one-on-one; half-kneel rise with rhythmic stabilization, unannounced step-stance pushes, SL ball kicks; R recruitment and weight acceptance; 5xSTS, SLS, Berg: passes.
        ["v2-h42-cah-radio-individual"] = new(
            """
            NIOBRARA VALLEY HOSPITAL — OP Rehab Flowsheet
            Session type:   ⦿ Individual   ○ Concurrent   ○ Group
            Code / time: 97112 NMR  24 min
            Interventions: half-kneel → stand transitions w/ rhythmic stabilization at the pelvis; step-stance perturbations (PT pushes at the shoulders, unannounced); ball kicks to a target standing on the R
            Assessment: R LE motor recruitment and weight acceptance ↓ (R hemiparesis), R knee hyperextends under load
            Measures: 5xSTS 16.1 s; R SLS 5 s; Berg 46/56
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Same radio row on Concurrent "○ Individual ⦿ Concurrent ○ Group": not one-on-one; foam catches, step taps, backward bar walking; neuropathic postural control and ankle proprioception; tandem and mCTSIB present.
        ["v2-h42-cah-radio-concurrent"] = new(
            """
            NIOBRARA VALLEY HOSPITAL — OP Rehab Flowsheet
            Session type:   ○ Individual   ⦿ Concurrent   ○ Group
            Code / time: 97112 NMR  20 min
            Interventions: standing on foam catching a weighted ball; alternating step-taps to a 6-in step without UE support; backward walking along the bars
            Assessment: impaired postural control and ankle proprioception (peripheral neuropathy), sways past the base w/ EC
            Measures: tandem 5 s; mCTSIB foam EC 8 s
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // NMR menu answered Y/N (perturbation, foam and dual-task Y; gaze and PNF N) with free text naming them, one-on-one drop-down; anticipatory postural adjustments under dual task; TUG-cognitive and k of 10: passes.
        ["v2-h42-gillette-nmr-menu-some-yes"] = new(
            """
            PeakChart — P&P PT Gillette, WY — NMR menu (Y/N)
            Tx Delivery Type: One-on-one
            97112 — 23 min
              Perturbation training ............ Y
              Compliant surface / foam ......... Y
              Gaze stabilization ............... N
              PNF patterns ..................... N
              Dual-task walking ................ Y
            Free text – interventions: perturbations in stride stance at the pelvis; foam stance w/ EC; walking while naming Wyoming counties
            Free text – impairment: delayed anticipatory postural adjustments, balance falls apart under dual task (mild cognitive impairment)
            Objective: TUG-cognitive 17.9 s (TUG 12.1 s); 3/10 stumbles on perturbation (6/10 at IE)
            """,
            ["R26.81", "G31.84"], [PT("97112", 23)], []),

        // Technique drop-downs left at "<Choose one>" and the interventions box "(blank)": no technique named; one-on-one, R proprioception and sway, foam Romberg and FGA present, no generic phrase.
        ["v2-h42-siouxfalls-technique-choose-one"] = new(
            """
            PeakChart Daily Note — P&P PT Sioux Falls, SD
            Tx Delivery Type: One-on-one
            97112 Neuro re-ed — 22 min
            Primary NMR technique: <Choose one>
            Secondary NMR technique: <Choose one>
            Free text – interventions: (blank)
            Free text – impairment: ↓ R LE proprioception and postural sway in quiet stance after R TKA
            Objective: Romberg on foam EC 8 s; FGA 20/30
            """,
            ["Z96.651"], [PT("97112", 22)], [At(Tech, "97112")]),

        // "Deficits addressed (Y/N)" with every row N and no impairment written anywhere: deficit missing; one-on-one, rocker board, crossover stepping, half-roller stance and Y-balance reach present.
        ["v2-h42-aberdeen-deficit-rows-all-n"] = new(
            """
            PeakChart — P&P PT Aberdeen, SD
            Tx Delivery Type: One-on-one
            97112 — 20 min
            Deficits addressed (Y/N):
              Proprioceptive ............ N
              Vestibular ................ N
              Postural control .......... N
              Motor control / timing .... N
            Free text – interventions: rocker-board A/P and M/L tilts; crossover stepping to targets; SL stance on a half foam roller
            Objective: Y-balance anterior reach R 58 cm / L 60 cm; SL stance on the roller 12 s
            """,
            ["M62.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTA task grid "I / Mod I / SBA / CGA / Min A" with one X a row (tractor-cab steps CGA, bale-flake carry SBA, bunk rail CGA); R knee weakness after TKA; calving-season goal: 97530 passes.
        ["v2-h42-dickinson-pta-task-grid-97530"] = new(
            """
            PeakChart — P&P PT Dickinson, ND — PTA daily note
            97530 Therapeutic activities — 24 min
            Task                                    I   Mod I   SBA   CGA   Min A
            Climb 3 steps into the tractor cab      .     .      .     X      .
            Carry 2 square-bale flakes 40 ft        .     .      X     .      .
            Step over the feed-bunk rail            .     .      .     X      .
            Problem: R knee weakness and ↓ R knee flexion after R TKA (wk 12) — hesitates on the cab steps
            Goal: feed his cows from the tractor by calving season
            — J. Schmidt, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97530", 24)], []),

        // Outcome line of blanks "Berg ___/56 TUG ___ s FSST ___ s (not done today)" and no other number: no measure; one-on-one, stepping-strategy drills, EC line walking, Dynadisc reaching and backward stepping deficit present.
        ["v2-h42-northplatte-outcome-blanks"] = new(
            """
            PeakChart — P&P PT North Platte, NE
            Tx Delivery Type: One-on-one
            97112 Neuro re-ed — 24 min
            Free text – interventions: stepping-strategy drills (forward, lateral, backward) after PT release from a lean; narrow-base walking on the taped line w/ EC; standing on the Dynadisc reaching across midline
            Free text – impairment: slow and short protective stepping backward; posterior lean in stance
            Outcome measures:  Berg ___/56   TUG ___ s   FSST ___ s   (not done today)
            Plan: re-test next visit
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // Grid "CPT | Description | Min | Units | 1:1?" with Y on both rows: minutes match (23 and 15); treadmill perturbed stepping, foam trunk rotation, star cone taps; R abductor weakness and lateral postural control; sit-to-stand, cable and heel-raise doses; SLS and FSST: passes.
        ["v2-h42-kearney-per-code-one-on-one-column"] = new(
            """
            PeakChart — P&P PT Kearney, NE — Daily note
            CPT     Description        Min   Units   1:1?
            97112   Neuro re-ed         23     2      Y
            97110   Ther ex             15     1      Y
            Free text – NMR: perturbed stepping on the treadmill at 1.2 mph w/ PT hand at the pelvis; SL stance on foam w/ trunk rotation; cone taps in a star pattern
            Free text – TE: sit-to-stand from a 17-in chair 3 x 10; standing hip abduction on the cable column 3 x 12 @ 5 lb; heel raises 2 x 15
            Free text – impairment: after R THA — R hip abductors 4-/5, R Trendelenburg; ↓ lateral postural control in R stance
            Objective: R SLS 6 s; FSST 13.8 s
            """,
            ["Z96.641", "Z47.1"], [PT("97112", 23), PT("97110", 15)], []),

        // Printed assistance scale "I Mod I S CGA Min Mod Max (no level selected)" and "Distance: ____": no measure on 97116; individual radio, cane step-through and curb training, Trendelenburg and short stance after hip ORIF present.
        ["v2-h42-cah-assist-scale-unselected-97116"] = new(
            """
            NIOBRARA VALLEY HOSPITAL — OP Rehab Flowsheet
            Session type:   ⦿ Individual   ○ Concurrent   ○ Group
            97116 Gait training — 17 min
            Device: FWW → SPC trial
            Assist level:   I   Mod I   S   CGA   Min   Mod   Max   (no level selected)
            Distance: ____
            Training: step-through pattern w/ the cane, heel-strike emphasis on the L, turning in the hallway, the curb at the ER entrance
            Deviations: L Trendelenburg, short L stance time, wide BOS after L hip ORIF
            """,
            ["S72.142D"], [PT("97116", 17)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Tai Ji Quan: Moving for Better Balance forms (Single Whip, Wave Hands Like Clouds) "one-on-one with PT (individual session, not the community class)"; narrow limits of stability and stiff ankle strategy; Alternate Step Test and reach inches: passes.
        ["v3-h42-salina-tai-ji-quan-individual"] = new(
            """
            P&P PT — Salina, KS
            97112 — 24 min — one-on-one with PT (individual session, not the community class)
            Tai Ji Quan: Moving for Better Balance — core forms w/ PT cueing the weight shifts, then "Single Whip" and "Wave Hands Like Clouds" to the L and R; slow-motion stepping w/ trunk rotation
            Impairment: narrow limits of stability (forward and L), stiff ankle strategy, afraid to shift weight onto the L leg
            Objective: Alternate Step Test 14.1 s (19.3 s at IE); functional reach 9 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Rodeo clinic 97110 by the Alfredson eccentric heel-drop protocol (straight and bent knee, 3 x 15, vest) and leg-press isometrics; R Achilles tendinopathy; heel-raise reps and a dismount-and-sprint goal: passes.
        ["v3-h42-chute6-alfredson-tie-down-roper"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT — Rapid City
            Athlete: 66 y/o M, tie-down roper, R midportion Achilles tendinopathy (12 wks)
            97110 — 18 min
            Alfredson eccentric heel-drop protocol off the step: straight knee 3 x 15, bent knee 3 x 15, + 10-lb vest
            Isometric calf holds on the leg press 5 x 45 s @ 90 lb
            Pain during loading 3/10, settled by the next morning (acceptable)
            R SL heel raise 14 reps (L 26)
            Goal: dismount and sprint to the calf without the heel stopping him
            """,
            ["M76.61"], [PT("97110", 18)], []),

        // Blood-flow-restriction training (Delfi cuff at 80% LOP) with leg press, long-arc quads and TKE at 30/15/15/15; R quad atrophy after TKA with girth cm and lag: 97110 passes.
        ["v3-h42-casper-bfr-after-tka-97110"] = new(
            """
            P&P PT — Casper, WY
            97110 Ther ex — 20 min
            Blood flow restriction (Delfi cuff, R proximal thigh, 80% LOP = 190 mmHg):
             • leg press 30/15/15/15 @ 40 lb
             • long-arc quads 30/15/15/15 @ 3 lb
             • standing terminal knee extension w/ band 30/15/15/15
            Cuff released between exercises; no paresthesia.
            R quad atrophy after R TKA: thigh girth 10 cm above the patella R 44.5 cm / L 47 cm; quad lag 5°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20)], []),

        // "PWR! Moves group — 4 pts w/ Parkinson's, 1 PT + 1 aide": not one-on-one; PWR! Up/Rock/Twist/Step; hypokinesia and axial rigidity; step length and TUG present.
        ["v3-h42-fargo-pwr-moves-group-negated"] = new(
            """
            P&P PT — Fargo, ND
            PWR! Moves group — 4 pts w/ Parkinson's, 1 PT + 1 aide; stations in the big gym
            This pt: 97112 — 22 min
            PWR! Up (extension), PWR! Rock (weight shift), PWR! Twist (axial rotation), PWR! Step (big steps) in standing, then in quadruped
            Deficits: hypokinesia, stooped posture, axial rigidity limiting turning
            Step length 0.48 m (0.41 m at IE); TUG 12.9 s
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PTA gait by rhythmic auditory cueing (metronome 104 → 110 bpm, heel-first on the beat, doorways); shuffling and doorway freezing; cadence, freezes of 8 and SBA with the 4WW: 97116 passes ("steps/min" is a cadence, not minutes).
        ["v3-h42-gardencity-pta-metronome-cueing-97116"] = new(
            """
            P&P PT — Garden City, KS — PTA note
            97116 Gait training — 18 min
            Rhythmic auditory cueing: metronome app at 104 bpm, raised to 110 bpm for the last 4 laps of the clinic loop (160 ft/lap); heel-first cue on each beat; walking through the doorway without stopping
            Gait: shuffling, ↓ stride length, freezing at doorways (PD)
            Cadence 108 steps/min at 110 bpm; 2 freezes in 8 doorway passes (6 last wk); SBA w/ the 4WW
            """,
            ["G20.A1"], [PTA("97116", 18)], []),

        // Rodeo clinic 97140: Graston IASTM along the ITB/TFL in passes and muscle energy technique for an anterior innominate; R lateral hip and ITB; Ober and hip extension degrees before/after; barrel-pattern goal: passes.
        ["v3-h42-chute6-barrel-racer-graston-met-97140"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 67 y/o F, barrel racer — R lateral hip/thigh pain, tight ITB, R anterior innominate rotation
            97140 Manual therapy — 12 min
            IASTM (Graston GT-3 then GT-4) along the R ITB and TFL, 2 passes of 90 s
            Muscle energy technique for the R anterior innominate: hip extension isometrics 4 x 5 s, re-check
            Ober R positive pre → negative post; hip ext R 5° → 12° post
            Goal: run the cloverleaf pattern without R hip pain at the third barrel
            """,
            ["M76.31"], [PT("97140", 12)], []),

        // Floor recovery by backward chaining (last step first) and a gate-rail step-over; CGA/SBA; rancher who lay on the calving-barn floor, hip and knee weakness, get-up goal: 97530 passes.
        ["v3-h42-milescity-backward-chaining-floor-rise-97530"] = new(
            """
            P&P PT — Miles City, MT
            97530 Ther activities — 23 min
            Floor recovery by backward chaining (last step first): chair-supported rise from half-kneel x 4, then kneel → half-kneel → stand x 4, then from side-sit on the mat x 3
            Stepping over a gate rail (PVC bar at 2 ft) x 6
            Level: CGA for the side-sit rise, SBA for the rest
            Why: 76 y/o rancher fell in the calving barn in Feb and lay in the straw until his son found him — L hip and knee weakness, can't get up alone
            Goal: get up off the barn floor by himself during calving
            """,
            ["R29.6", "M62.81"], [PT("97530", 23)], []),

        // Herdman gaze-stabilisation progression and habituation turns, PT one-on-one, R vestibular hypofunction with oscillopsia — but no number anywhere but the code and the minutes: no measure.
        ["v3-h42-bismarck-herdman-progression-no-number"] = new(
            """
            P&P PT — Bismarck
            Neuromuscular re-education 97112 — 22 min — PT one-on-one throughout
            Herdman gaze-stabilization progression: target-fixation head turns in sitting, then standing, then walking; then head and target moving in opposite directions on a plain wall
            Habituation: quick turns to the R in standing, repeated until symptoms settle
            Impairment: R vestibular hypofunction, oscillopsia w/ quick head turns, imbalance in the grocery store aisles
            Pt reports less dizziness and felt steadier walking in.
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Bertec platform perturbation protocol, foam with optic-flow video, step-and-hold drills, one-on-one, k of 16 and k of 12 recoveries — but no impairment, system or deficit written: deficit missing.
        ["v3-h42-billings-bertec-protocol-no-deficit"] = new(
            """
            P&P PT — Billings West End, MT
            97112 — 20 min — one-on-one (PT at the platform the whole time)
            Bertec platform perturbation protocol, level 3: 8 unannounced translations forward and 8 backward, then 6 to each side
            Compliant-foam stance w/ optic-flow video on the screen, 3 x 30 s
            Step-and-hold drills after the translations
            Recovered 14/16 A/P translations w/ a single step; 9/12 lateral
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Kaltenborn long-axis distraction and inferior glide, grade III in bouts; L hip OA with capsular end feel and IR degrees before/after: 97140 passes.
        ["v3-h42-grandisland-kaltenborn-hip-97140"] = new(
            """
            P&P PT — Grand Island, NE
            97140 — 10 min
            Kaltenborn long-axis distraction L hip, grade III, 4 x 30 s w/ a belt; inferior glide in 90° flexion, grade III, 3 x 30 s
            L hip OA: flexion 95°, IR 10°, capsular end feel
            After: IR 16°; walked out w/ less groin pain
            """,
            ["M16.12"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "head-shake test → L-beating nystagmus; head impulse to the R → catch-up saccade" is the R vestibular deficit; VOR x1 walking, foam head turns, hurdles with head turns; one-on-one; FGA and DVA: passes.
        ["v4-h42-sheridan-head-shake-catch-up-saccade"] = new(
            """
            P&P PT — Sheridan, WY
            97112 — 23 min — PT one-on-one the full session
            Exam today: head-shake test → L-beating nystagmus; head impulse to the R → catch-up saccade; R vestibular hypofunction (neuritis in Jan)
            Tx: VOR x1 while walking the hallway; foam stance w/ head turns EO → EC; stepping over low hurdles while turning the head
            FGA 21/30 (16/30 at IE); DVA 2-line loss
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // PTA gait: "R knee snaps back into recurvatum in mid-stance, foot-flat at initial contact" is the impairment; hemi-walker with a trial AFO, knee-soft cue, stair pattern; feet, CGA and k of 10 steps: 97116 passes.
        ["v4-h42-rapidcity-pta-recurvatum-97116"] = new(
            """
            P&P PT — Rapid City — PTA note
            97116 Gait training — 16 min
            R knee snaps back into recurvatum in mid-stance, foot-flat at initial contact, ↓ R DF in swing (L CVA, R hemiparesis)
            Gait trng w/ hemi-walker and the trial posterior-leaf AFO: knee-soft cue at each R step; step-to → step-through on the 4-step stair w/ rail
            Ambulated 220 ft x 2 CGA; recurvatum on 3 of 10 R steps w/ the AFO vs nearly every step without
            """,
            ["I69.351"], [PTA("97116", 16)], []),

        // "R scapular dyskinesis: medial border winging on lowering … painful arc 70–120°" is the region and impairment; wall slides, prone Y/T, band rows and SL ER with doses: 97110 passes.
        ["v4-h42-greatfalls-scapular-dyskinesis-97110"] = new(
            """
            P&P PT — Great Falls
            97110 — 17 min
            R scapular dyskinesis: medial border winging on lowering from flexion, ↓ upward rotation; painful arc 70–120° abduction
            serratus wall slides w/ foam roller 2 x 12; prone Y and T 2 x 10 w/ 1-lb weight; green band rows 3 x 12; SL ER w/ towel roll 2 x 15 @ 2 lb
            """,
            ["M75.41"], [PT("97110", 17)], []),

        // CAH "falls to the R w/ EC; truncal titubation; dysmetria on R heel-shin; wide-based, staggering gait" is the cerebellar deficit; quadruped rhythmic stabilization, weighted target stepping, tall-kneel catches; one-on-one; SARA and sitting seconds: passes.
        ["v4-h42-cah-truncal-titubation-dysmetria"] = new(
            """
            Niobrara Valley Hospital (Critical Access) — OP PT
            97112 — 24 min — one-on-one, PT with this pt only
            Findings: sits unsupported EO but falls to the R w/ EC; truncal titubation; dysmetria on R heel-shin; wide-based, staggering gait (R cerebellar infarct)
            Tx: quadruped alternating arm/leg lifts w/ rhythmic stabilization; 1-lb ankle weights while stepping to numbered floor targets; tall-kneel ball catches
            SARA 11 (15 at IE); sitting EC 20 s before leaning
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // "Monofilament 5.07: insensate at 6/10 sites each foot; vibration absent at both great toes; ankle jerks absent — uses vision to stand" is the somatosensory deficit; textured-mat shifts, foam head turns, foam-beam tandem; "1 on 1"; mCTSIB: passes.
        ["v4-h42-scottsbluff-loss-of-protective-sensation"] = new(
            """
            P&P PT — Scottsbluff
            NMR 97112 — 25 min — 1 on 1
            Monofilament 5.07: insensate at 6/10 sites each foot; vibration absent at both great toes; ankle jerks absent — uses vision to stand, sways hard w/ EC
            Tx: barefoot weight shifts on the textured mat; foam stance w/ head turns; tandem on the foam beam w/ fingertip touch weaned off
            mCTSIB condition 4 (foam EC) 12 s (4 s at IE)
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // 97112 "Neuro screen: light touch intact … great-toe proprioception intact; no nystagmus; coordination normal" and no deficit anywhere: deficit missing; one-on-one, half-roller, stride-stance perturbations, crossover stepping, Berg present.
        ["v4-h42-hays-neuro-screen-negative"] = new(
            """
            P&P PT — Hays
            97112 — 20 min — one-on-one
            Neuro screen: light touch intact both LE; great-toe proprioception intact; no nystagmus; coordination normal finger-nose and heel-shin
            Tx: SL stance on the half foam roller; perturbations in stride stance; crossover stepping to cones
            Berg 52/56; SL stance on the roller 14 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTA 97116 "Gait today: WNL — reciprocal pattern, good heel strike, no deviations noted" with cane gait on gravel and a curb and a distance, but no region, impairment or goal: deficit missing.
        ["v4-h42-salina-pta-gait-wnl-97116"] = new(
            """
            P&P PT — Salina — PTA note
            97116 — 15 min
            Gait today: WNL — reciprocal pattern, good heel strike, no deviations noted.
            Gait trng w/ SPC on the gravel path behind the clinic and up/down the 6-in curb
            Ambulated 400 ft mod I
            """,
            ["Z96.652"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // "L S1 radicular pain, peripheralizes w/ sitting flexion; centralizes to the L buttock w/ repeated extension" is the impairment; repeated extension in lying and standing, prone on elbows, hip-hinge drill with doses; SLR degrees: 97110 passes.
        ["v4-h42-kearney-mckenzie-centralization-97110"] = new(
            """
            P&P PT — Kearney
            97110 Ther ex — 15 min
            L S1 radicular pain, peripheralizes w/ sitting flexion; centralizes to the L buttock w/ repeated extension
            Repeated extension in lying 3 x 10; prone on elbows 3 x 60 s; extension in standing 10 reps every 2 hrs on the tractor; hip hinge drill w/ dowel 2 x 10
            SLR L 45° → 60° after
            """,
            ["M54.17"], [PT("97110", 15)], []),

        // "R ankle DF 2° knee straight (L 14°), posterior talar glide hypomobile w/ firm capsular end feel" after ORIF is the region and impairment; talocrural glide grade IV, belt distraction, MWM lunges; knee-to-wall cm: 97140 passes.
        ["v4-h42-gillette-df-block-after-orif-97140"] = new(
            """
            P&P PT — Gillette
            97140 — 10 min
            R ankle DF 2° knee straight (L 14°), posterior talar glide hypomobile w/ firm capsular end feel — 10 wks after R bimalleolar ORIF
            Talocrural posterior glide grade IV 4 x 30 s; long-axis distraction w/ belt 3 x 30 s; MWM DF in lunge 3 x 10
            Knee-to-wall R 4 cm → 7 cm after
            """,
            ["S82.841D"], [PT("97140", 10)], []),

        // Cardiac-rehab 97110 "Strength screen: 5/5 throughout, no focal weakness; ROM WNL" with NuStep, sit-to-stand, step-ups and wall push-ups in doses — no region, impairment or goal written: deficit missing.
        ["v4-h42-kearney-cardiac-strength-wnl-97110"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Kearney — PT
            97110 — 16 min
            Strength screen: 5/5 throughout, no focal weakness; ROM WNL.
            NuStep level 5, 1,200 steps; sit-to-stand 2 x 10; step-ups onto a 6-in step 2 x 10 each; wall push-ups 2 x 12
            Tolerated; vitals per rehab flowsheet.
            """,
            ["I25.10"], [PT("97110", 16)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // "4-Stage Balance Test today: feet together 10 s, semi-tandem 10 s, tandem 4 s, single leg 1 s"; counter tandem with head turns, foam semi-tandem, step-and-reach; M/L postural control; one-on-one: passes.
        ["v5-h42-riverton-four-stage-seconds"] = new(
            """
            P&P PT — Riverton, WY
            97112 — 22 min — one-on-one
            4-Stage Balance Test today: feet together 10 s, semi-tandem 10 s, tandem 4 s, single leg 1 s (tandem 0 s at IE)
            Tx: tandem stance at the counter w/ head turns; semi-tandem on foam; step-and-reach onto a 4-in step to targets
            Deficit: ↓ M/L postural control in narrow stance, late hip strategy
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Rodeo clinic "Y-Balance composite: L 78% / R 89% of limb length"; BOSU med-ball catches, hop to stick, EC stall-mat stance; "worked 1:1 with her, no other athletes in the gym"; L ankle proprioception and peroneal reaction: passes.
        ["v5-h42-chute6-barrel-racer-ybalance"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 66 y/o F, barrel racer, L ankle sprain coming off a green horse (8 wks)
            97112 — 20 min — worked 1:1 with her, no other athletes in the gym
            Y-Balance composite: L 78% / R 89% of limb length (L 71% at IE)
            Tx: SL stance L on the flat side of a BOSU catching a med ball; small hop to stick on the L; SL stance w/ EC on the stall mat
            Deficit: ↓ L ankle proprioception and slow peroneal reaction, rolls out on the L when landing
            """,
            ["S93.402D"], [PT("97112", 20)], []),

        // "Biodex Fall Risk Test: 3.1 (age norm 1.1–2.0); 4.2 at IE"; limits-of-stability training, dynamic-platform shifts, SL stance; R weight bearing and ankle strategy after THA; one-on-one: passes.
        ["v5-h42-siouxfalls-biodex-fall-risk"] = new(
            """
            P&P PT — Sioux Falls
            97112 — 23 min — one-on-one
            Biodex Fall Risk Test: 3.1 (age norm 1.1–2.0); 4.2 at IE
            Tx: Biodex limits-of-stability training (level 6) and maze game; weight-shift training to the R on the dynamic platform; SL stance w/ UE support faded
            Deficit: ↓ R weight bearing and R ankle strategy after R THA, leans L
            """,
            ["Z96.641"], [PT("97112", 23)], []),

        // "Floor-to-waist lift w/ a crate: 35 lb x 5 … (20 lb at IE); carry 35 lb 50 ft x 3", sandbag bales into the pickup; lumbar extensor endurance, 60-lb bale goal: 97530 passes.
        ["v5-h42-northplatte-lift-capacity-97530"] = new(
            """
            P&P PT — North Platte
            97530 — 24 min
            Floor-to-waist lift w/ a crate: 35 lb x 5 w/ hip hinge (20 lb at IE); carry 35 lb 50 ft x 3
            Lifting and tossing small square bales (sim. w/ a 40-lb sandbag) into the pickup bed, 6 reps
            Problem: low back pain and lumbar extensor endurance limiting lifting; can't feed his horses through the winter
            Goal: lift and carry 60-lb square bales
            """,
            ["M54.50"], [PT("97530", 24)], []),

        // PTA "10MWT self-selected: 0.74 m/s (0.52 m/s at IE)" and 250 ft x 2 SBA; 4WW step-length and turning work; short-stepped gait and hip extension: 97116 passes.
        ["v5-h42-dickinson-pta-gait-speed-97116"] = new(
            """
            P&P PT — Dickinson — PTA note
            97116 — 15 min
            10MWT self-selected: 0.74 m/s (0.52 m/s at IE)
            Gait trng w/ the 4WW: longer steps cued, turns at the end of the hall, 2 laps outside on the sidewalk
            Ambulated 250 ft x 2 SBA
            Deficit: slow, short-stepped gait, ↓ L hip extension at terminal stance
            """,
            ["R26.2"], [PTA("97116", 15)], []),

        // OT 97110 "Jamar (pos. 2): R 38 lb / L 62 lb; lateral pinch R 9 lb / L 14 lb"; putty, tendon glides, wrist weights with doses; wrist/hand stiffness after distal radius fracture: passes.
        ["v5-h42-bismarck-ot-jamar-pinch-97110"] = new(
            """
            P&P PT & OT — Bismarck — OT note
            97110 (OT) — 16 min
            Jamar (pos. 2): R 38 lb / L 62 lb; lateral pinch R 9 lb / L 14 lb
            Red putty gross grasp 2 x 15; tendon glides 10 reps; wrist flex/ext w/ 1-lb weight 2 x 15
            R wrist and hand stiffness + grip weakness 10 wks after R distal radius fx
            """,
            ["S52.501D"], [OT("97110", 16)], []),

        // "Cervical rotation R 50° → 62° post; L 65°" with C5-6 PA grade III bouts, suboccipital release and STM; R neck pain turning to back the plow truck: 97140 passes.
        ["v5-h42-laramie-cervical-rotation-97140"] = new(
            """
            P&P PT — Laramie, WY
            97140 — 11 min
            C5-6 R unilateral PA grade III 3 x 30 s; suboccipital release; R upper trap/levator STM
            Cervical rotation R 50° → 62° post; L 65°
            Retired county snowplow driver — R neck pain turning to look behind when backing the plow truck
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // "Pt did better today — fewer LOB than last time, steadier on the foam": no number anywhere but the code and minutes; one-on-one, rocker board, hurdles, foam head turns, compliant-surface postural control present: no measure.
        ["v5-h42-gillette-fewer-lob-no-number"] = new(
            """
            P&P PT — Gillette
            97112 — 21 min — one-on-one
            Rocker board A/P; stepping over hurdles; foam stance w/ EC and head turns
            Impairment: ↓ postural control on compliant surfaces, slow stepping response to the L
            Pt did better today — fewer LOB than last time, steadier on the foam.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // PTA 97110 after L cuff repair: band ER/IR, rows, scaption, serratus punches, "Progressed to the next band color" — no set, repetition, load or number: no measure.
        ["v5-h42-fargo-pta-next-band-color-97110"] = new(
            """
            P&P PT — Fargo — PTA note
            97110 — 15 min
            L shoulder after rotator cuff repair: band ER/IR, rows, scaption, serratus punches
            Progressed to the next band color; pt reports less fatigue
            """,
            ["M75.122"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // CAH 97116 "Gait training with the SPC inside and on the sidewalk out front; worked on heel strike and a longer R step" with foot slap — no distance, assistance level or number: no measure.
        ["v5-h42-cah-cane-walk-no-distance-97116"] = new(
            """
            Niobrara Valley Hospital (Critical Access) — OP PT
            97116 — 16 min
            Gait training with the SPC inside and on the sidewalk out front; worked on heel strike and a longer R step
            Deviation: R foot slap and short R step after lumbar decompression
            """,
            ["M21.371", "M48.062"], [PT("97116", 16)], [At(Measure, "97116")]),

        // 97140 "STM to the R upper trap and levator; suboccipital release; cervical lateral glides" with R neck stiffness — no grade, bouts, repetitions or degrees: no measure.
        ["v5-h42-casper-soft-tissue-no-parameter-97140"] = new(
            """
            P&P PT — Casper
            97140 — 10 min
            STM to the R upper trap and levator; suboccipital release; cervical lateral glides
            R-sided neck pain and stiffness turning to the R
            Pt felt looser after.
            """,
            ["M54.2"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Chain grid "CPT | Description | Min | Units" 97112 24 / 97110 14 both match; one-on-one drop-down; foam head turns, tandem pushes, rope step-overs; ankle proprioception and hip strategy; step-ups, abduction, bridges; SLS and TUG: passes.
        ["v6-h42-laramie-cpt-min-units-grid"] = new(
            """
            PeakChart — P&P PT Laramie, WY
            Tx Delivery Type: One-on-one
            CPT     Description       Min   Units
            97112   Neuro re-ed        24     2
            97110   Ther ex            14     1
            Free text – NMR: SL stance on foam w/ head turns; perturbations at the pelvis in tandem stance; stepping over a rope at different heights
            Free text – TE: step-ups onto a 6-in step 2 x 12 each; sidelying hip abduction 2 x 15; bridges 2 x 15
            Free text – impairment: ↓ L ankle proprioception and delayed hip strategy; L hip abductors 4-/5 (L TKA)
            Objective: SLS L on foam 7 s; TUG 10.9 s
            """,
            ["Z96.652"], [PT("97112", 24), PT("97110", 14)], []),

        // CAH "Timed treatment: Neuromuscular Re-ed 23 min; Therapeutic Exercise 15 min" with totals 38 both match; individual radio; therapy-ball rhythmic stabilization, foam step-and-hold, mirror shifts; trunk postural control and proprioception; TE doses; Berg and 5xSTS: passes.
        ["v6-h42-cah-timed-treatment-with-totals"] = new(
            """
            NIOBRARA VALLEY HOSPITAL — OP Rehab Flowsheet
            Session type:   ⦿ Individual   ○ Concurrent   ○ Group
            Timed treatment:  Neuromuscular Re-ed 23 min;  Therapeutic Exercise 15 min
            Total timed 38 min | Total treatment time 38 min
            NMR: rhythmic stabilization sitting on a therapy ball; stepping onto a foam pad and holding; lateral weight shifts w/ mirror feedback
            TE: seated knee ext 2 x 15 @ 3 lb; heel raises 2 x 15; mini-squats 2 x 10
            Assessment: ↓ trunk and pelvic postural control, ↓ R ankle proprioception (diabetic neuropathy); R quad 4-/5
            Measures: Berg 43/56; 5xSTS 15.4 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // One timed code "Time in 1310 / Time out 1333" is 23 minutes, matching; "97112 neuro re-ed, one-on-one"; checkerboard X1, pitch head-turn walking, foam EC; L vestibular hypofunction; FGA and mCTSIB: passes.
        ["v6-h42-aberdeen-time-in-out-one-code"] = new(
            """
            P&P PT — Aberdeen
            Time in 1310 / Time out 1333
            97112 neuro re-ed, one-on-one: X1 viewing on a busy checkerboard; walking w/ pitch head turns; foam stance w/ EC
            L vestibular hypofunction, unsteady in the dark
            FGA 22/30; mCTSIB foam EC 18 s
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Rodeo clinic "NMR — 20 mins (1:1, just him and me in the gym)" and "Ther act — 18 mins" both match; stall-mat rope swings, foam step-and-hold, SL perturbations; hoof-stand squat, mounting block, stock trailer with SBA/CGA; abductor recruitment and stance control: passes.
        ["v6-h42-chute6-bronc-rider-nmr-ther-act"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 71 y/o M, retired saddle-bronc rider, L THA 14 wks; still shoes his own horses
            NMR — 20 mins (1:1, just him and me in the gym): SL stance L on the stall mat w/ rope swings; lateral step-and-hold onto a foam pad; perturbations in L single-leg stance
            Ther act — 18 mins: lifting a horse's hind foot onto a hoof stand in a squat and holding; mounting from a 2-step mounting block x 5; stepping up into the stock trailer x 4
            Deficit: L hip abductor recruitment and L stance postural control ↓; pelvis drops R in L stance
            L SLS 9 s (3 s at IE); mounting w/ SBA, trailer step CGA
            Goal: shoe and ride his own horses this summer
            """,
            ["Z96.642", "Z47.1"], [PT("97112", 20), PT("97530", 18)], []),

        // PTA "Split: TE 12 / gait 13 / TA 15 min" gives all three codes' minutes, all matching; cuffs and LAQ doses, RW 180 ft SBA, tub bench CGA and chest freezer SBA; LE weakness, wide-based gait, bathing/cooking goal: passes.
        ["v6-h42-hays-pta-three-code-split-line"] = new(
            """
            P&P PT — Hays — PTA note
            Split: TE 12 / gait 13 / TA 15 min
            TE: seated marching w/ 2-lb cuffs 2 x 15, LAQ 2 x 15, standing heel raises 2 x 10
            Gait: RW on carpet and tile, 180 ft x 2 w/ SBA, turning in the bathroom doorway
            TA: tub-bench transfer x 3 CGA; reaching into the chest freezer for a 5-lb package x 5 SBA
            Problem: B LE weakness and slow, wide-based gait after a hospital stay; wants to manage her own bathing and cooking
            """,
            ["R53.81", "M62.81"], [PTA("97110", 12), PTA("97116", 13), PTA("97530", 15)], []),

        // Grid row "97110 Ther ex 25" against a 15-min line: mismatch on 97110; "97112 … 23" matches; both sections complete (one-on-one, foam, head-turn tandem, stepping drills; proprioception and stepping; leg press, step-downs, band doses; quad grade; seconds).
        ["v6-h42-riverton-grid-row-mismatch"] = new(
            """
            PeakChart — P&P PT Riverton
            Tx Delivery Type: One-on-one
            CPT     Description       Min
            97112   Neuro re-ed        23
            97110   Ther ex            25
            Free text – NMR: foam stance w/ ball toss; tandem walking w/ head turns; stepping-strategy drills after pushes
            Free text – TE: leg press 3 x 10 @ 60 lb; step-downs off a 4-in step 2 x 10; hip abduction w/ band 2 x 15
            Free text – impairment: ↓ R knee proprioception, late stepping response; R quad 4/5
            Objective: tandem on foam 8 s; SLS R 6 s
            """,
            ["M17.11"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97110")]),

        // One timed code "97112 NMR 0900–0940" is 40 minutes against a 25-min line: mismatch; one-on-one, PNF slow reversals, tall-kneel stabilization, foam weight shifts; R recruitment; Berg and step length complete.
        ["v6-h42-fargo-clock-range-mismatch"] = new(
            """
            P&P PT — Fargo
            97112 NMR 0900–0940, PT one-on-one
            Tx: PNF D1/D2 LE patterns in sidelying w/ slow reversals; tall-kneel rhythmic stabilization; step-stance weight shifts over the R on foam
            Deficit: R LE motor recruitment and timing ↓ (L MCA stroke), R knee buckles in stance
            Measures: Berg 40/56; R step length 14 in.
            """,
            ["I69.351"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // "Total timed minutes: 39 (NMR + gait)" with no minutes for either code: separate time missing; NMR one-on-one with foam, pushes, step-overs and proprioception; cane gait 300 ft SBA with antalgic deviation; Berg and TUG.
        ["v6-h42-grandisland-total-only"] = new(
            """
            P&P PT — Grand Island
            Total timed minutes: 39 (NMR + gait)
            NMR one-on-one: foam stance w/ head turns; perturbations at the pelvis; cone step-overs
            Gait: SPC on level and ramp, 300 ft x 2 SBA; heel-strike emphasis R
            Deficit: ↓ R ankle proprioception and postural control after R TKA; R antalgic gait, short L step
            Berg 47/56; TUG 11.8 s
            """,
            ["Z96.651"], [PT("97112", 24), PT("97116", 15)], [SepTime]),

        // "Charges: 97112 x 2 units, 97110 x 1 unit — total treatment time 40 min": units and a total but no minutes by code: separate time missing; both sections complete.
        ["v6-h42-kearney-charges-in-units-only"] = new(
            """
            P&P PT — Kearney
            Charges: 97112 x 2 units, 97110 x 1 unit — total treatment time 40 min
            Tx Delivery Type: One-on-one
            NMR: reactive stepping to releases from a forward lean; SL stance on a half roller; X1 head turns on foam
            TE: clamshells w/ green band 2 x 15; standing hip ext on the cable 3 x 10 @ 5 lb; step-ups 2 x 10
            Impairment: ↓ reactive postural control and hip strategy; L glute med 4-/5
            Objective: FSST 12.6 s; L SLS 5 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // Three codes: "NMR 97112 22 min" and "Gait 97116 15 min" match, but the ther ex has no minutes and there is no total: separate time missing; all sections complete.
        ["v6-h42-laramie-three-codes-te-unminuted"] = new(
            """
            P&P PT — Laramie
            NMR 97112 22 min — one-on-one: PNF pelvic patterns; stepping onto foam; tandem walk w/ ball pass
            Gait 97116 15 min: quad cane, 200 ft x 2 w/ CGA, curb and ramp
            Ther ex: heel slides 2 x 15, SLR 2 x 10, ankle pumps x 20
            Deficit: L hemiparesis — L hip/knee motor recruitment ↓, L knee hyperextension; short L step
            Berg 41/56
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15), PT("97110", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h42-empty-nmr-and-gait"] = new(
            "",
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Spaces, a tab and line breaks only on a 97140 visit sent without a diagnosis: missing on 97140, and the diagnosis check.
        ["v7-h42-whitespace-97140-no-diagnosis"] = new(
            "  \n\t  \n",
            [], [PT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // PTA 97110 whose only target is the goal "So he can fork hay flakes off the flatbed into the bunk all winter", which the contract counts as the deficit; goblet squats, box deadlifts, step-ups and carries with loads: passes.
        ["v7-h42-milescity-97110-hay-goal-only"] = new(
            """
            P&P PT — Miles City — PTA
            97110 — 16 min: goblet squat 3 x 8 @ 15 lb; deadlift from a 12-in box 3 x 8 @ 25 lb; step-ups onto an 8-in step 3 x 10; farmer's carry 4 x 50 ft @ 20 lb
            So he can fork hay flakes off the flatbed into the bunk all winter.
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // PTA 97530 whose only measure is the assistance level ("min assist, then CGA"; "CGA"): SUV and café-booth transfers, L knee flexion and quad weakness after TKA, church-and-breakfast goal: passes.
        ["v7-h42-siouxfalls-97530-assist-level-only"] = new(
            """
            P&P PT — Sioux Falls — PTA
            97530 — 20 min
            Car transfer into the passenger seat of her daughter's SUV (running board): min assist, then CGA by the last try
            Getting in and out of a booth at the café: CGA
            Problem: L knee flexion limited and quad weak after L TKA; wants to go to church and out to breakfast with her daughter
            """,
            ["Z96.652", "Z47.1"], [PTA("97530", 20)], []),

        // 97140: first-rib depression mobilization grade III in oscillations, C7-T1 PA grade III bouts, manual cervical traction holds; elevated first rib, cervicothoracic stiffness and arm tingling: passes.
        ["v7-h42-scottsbluff-97140-first-rib"] = new(
            """
            P&P PT — Scottsbluff
            97140 — 10 min
            R first rib depression mobilization grade III, 3 x 10 oscillations; C7-T1 R unilateral PA grade III 3 x 30 s; manual cervical traction in supine 5 x 20 s
            R elevated first rib, R cervicothoracic stiffness, R arm tingling w/ overhead reach
            """,
            ["M54.12"], [PT("97140", 10)], []),

        // 97112 "NMR per POC. Pt tolerated well. Continue to progress balance activities as able.": only generic phrases, no technique, deficit, number or one-on-one.
        ["v7-h42-97112-generic-per-poc"] = new(
            "P&P PT. 97112: NMR per POC. Pt tolerated well. Continue to progress balance activities as able.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PTA 97110 "Ther ex as per flowsheet. Tolerated well, no c/o. Cont POC.": generic only (the flowsheet is not in the note).
        ["v7-h42-97110-generic-as-per-flowsheet"] = new(
            "P&P PT — PTA. 97110: Ther ex as per flowsheet. Tolerated well, no c/o. Cont POC.",
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // 97116 "Gait training performed. Pt did good. Will continue.": generic only.
        ["v7-h42-97116-generic-did-good"] = new(
            """
            Niobrara Valley Hospital — OP PT
            97116: Gait training performed. Pt did good. Will continue.
            """,
            ["R26.89"], [PT("97116", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // 97530 "Functional activities completed, tolerated fine, no complaints. Plan: same next visit.": generic only.
        ["v7-h42-97530-generic-tolerated-fine"] = new(
            "PLATTE VALLEY CARDIOPULMONARY REHAB — PT. 97530: Functional activities completed, tolerated fine, no complaints. Plan: same next visit.",
            ["R53.81"], [PT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // R TKA at 6 wks: "97140 Manual — 10 min" (patellar and tibiofemoral glides grade III in bouts, scar mobilization) and "97110 Ther ex — 20 min" (bike revolutions, heel slides, quad sets, SLR, step-ups, TKE with doses) both match; AROM and lag; house-steps goal: passes.
        ["vord-h42-kearney-tka-manual-and-ther-ex"] = new(
            """
            P&P PT — Kearney, NE — Daily note (PeakChart)
            R TKA, 6 wks
            97140 Manual — 10 min: patellar glides sup/inf and med/lat grade III 3 x 30 s; tibiofemoral posterior glide at 90° grade III 3 x 30 s; scar mobilization
            97110 Ther ex — 20 min: bike full revolutions x 15 fwd/back; heel slides w/ strap 2 x 15; quad sets 10 x 5 s; SLR 2 x 10; step-ups onto a 4-in step 2 x 10; TKE w/ band 2 x 15
            Knee AROM 6–104° (10–92° at IE); quad lag 5°
            Goal: climb the 4 steps into the house without the rail
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 10), PT("97110", 20)], []),

        // Lumbar stenosis flexion-bias program (pelvic tilts, knee-to-chest holds, recumbent stepper bouts of steps, bridges, half-kneel stretch); neurogenic claudication and hip extensor grade; grocery-aisle goal: 97110 passes.
        ["vord-h42-dickinson-stenosis-flexion-bias-97110"] = new(
            """
            P&P PT — Dickinson, ND
            97110 — 17 min
            Flexion-bias program: posterior pelvic tilts 2 x 15; single knee-to-chest 3 x 20 s; recumbent stepper level 3, 2 bouts of 200 steps; bridges 2 x 12; half-kneel hip flexor stretch 3 x 30 s
            Neurogenic claudication: B thigh heaviness after walking about a block; hip ext 4-/5 B
            Goal: walk the grocery aisles without leaning on the cart
            """,
            ["M48.062"], [PT("97110", 17)], []),

        // Reverse TSA wk 9, protocol phase II: wand AAROM, table slides, deltoid isometrics, retraction, supine punch with doses; AROM degrees, deltoid grade; cabinet goal: 97110 passes.
        ["vord-h42-rapidcity-reverse-tsa-97110"] = new(
            """
            P&P PT — Rapid City
            R reverse TSA (wk 9) — protocol phase II
            97110 — 18 min: supine AAROM flexion w/ wand 2 x 15; table slides 2 x 15; isometric deltoid (flex/abd/ext) 5 x 10 s; scapular retraction 2 x 15; supine punch w/ 1 lb 2 x 10
            AROM R flex 110°, ER 25°; deltoid 3+/5
            Goal: reach the second shelf of the kitchen cabinet
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 18)], []),

        // PTA stroke visit: "97112 NMR — 23 min — one-on-one" (PNF pelvic patterns, foam weight shifts with mirror, foot placement to targets) and "97116 Gait — 15 min" (hemi-walker → quad cane, 150 ft CGA); L motor control, proprioception, toe drag; Berg: passes.
        ["vord-h42-billings-pta-stroke-nmr-gait"] = new(
            """
            P&P PT — Billings — PTA daily note
            97112 NMR — 23 min — one-on-one, no other pts on my schedule this hour
             PNF pelvic anterior elevation/posterior depression L in sidelying; weight shifts onto the L on a foam pad w/ mirror; L foot placement to floor targets
            97116 Gait — 15 min
             hemi-walker → quad cane trial; 150 ft x 2 CGA; cued L hip and knee flexion in swing
            Deficit: ↓ L LE motor control and proprioception; L toe drag, circumduction (R MCA CVA)
            Measures: Berg 38/56 (33 at IE); 150 ft CGA w/ the quad cane
            """,
            ["I69.354"], [PTA("97112", 23), PTA("97116", 15)], []),

        // Residual imbalance after cleared BPPV: one-on-one, head-turn walking with stops, foam EC nods, 360° turns on cue; postural control with head movement and visual dependence; mCTSIB and FGA: passes.
        ["vord-h42-sheridan-post-bppv-residual-97112"] = new(
            """
            P&P PT — Sheridan, WY
            97112 — 22 min — one-on-one
            Residual imbalance after R posterior-canal BPPV cleared last wk (Dix-Hallpike negative today)
            Tx: walking w/ head turns and quick stops; foam stance EC w/ head nods; turning 360° both ways on cue
            Deficit: postural control ↓ w/ head movement, visual dependence
            mCTSIB foam EC 14 s (6 s at IE); FGA 24/30
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // Rodeo barrel racer, proximal humerus fracture: "Manual (97140) 10 min" (GH glides grade III, scapular mobs, STM) and "Ther ex (97110) 15 min" (pulleys, wand, SL ER, band rows with doses) both match; AROM degrees; saddling goal: passes.
        ["vord-h42-chute6-barrel-racer-humerus-mt-te"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 67 y/o F, barrel racer — L proximal humerus fx (non-op), 10 wks; thrown at the second barrel
            Manual (97140) 10 min: GH inferior and posterior glides grade III 3 x 30 s each; scapular mobs in sidelying; STM L posterior cuff
            Ther ex (97110) 15 min: pulleys flexion x 20; wand ER 2 x 15; side-lying ER 2 x 12 @ 1 lb; red band rows 2 x 15
            L shoulder AROM flex 128° (105° at IE), ER 35°
            Goal: saddle her own horse and hold the horn w/ the L hand
            """,
            ["S42.202D"], [PT("97140", 10), PT("97110", 15)], []),

        // Retired rough-stock rider: "97140 — 12 min" (hip distraction with belt, lumbar rotation mob, STM) and "97110 — 15 min" (dead bug, bird-dog, side plank, hip hinge with doses) both match; fingertip-to-floor cm and IR degrees; a 6-hr drive is not minutes: passes.
        ["vord-h42-chute6-bronc-rider-lbp-mt-te"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 70 y/o M, retired bareback/bronc rider — chronic LBP + L hip OA, flares after hauling to rodeos
            97140 — 12 min: L hip long-axis distraction w/ belt grade III 3 x 30 s; lumbar rotation mob L3-4 grade III; STM L QL and glutes
            97110 — 15 min: dead bug 2 x 10; bird-dog 2 x 10 w/ 3 s hold; side plank on knees 3 x 15 s; hip hinge w/ dowel 2 x 10
            Lumbar flexion fingertip-to-floor 22 cm (30 cm at IE); L hip IR 15°
            Goal: drive 6 hrs to a rodeo and climb into the stands without his back stopping him
            """,
            ["M54.50", "M16.12"], [PT("97140", 12), PT("97110", 15)], []),

        // Rodeo team roper after cuff repair, 97530: saddle from rack to stand, heel loops at a roping dummy, hanging the bridle overhead; SBA and reps; jackpot goal: passes.
        ["vord-h42-chute6-roper-saddle-and-dummy-97530"] = new(
            """
            CHUTE SIX SPORTS MEDICINE & PT
            Athlete: 73 y/o M, team roper (header), R rotator cuff repair wk 16
            97530 — 22 min
            Lifting a 30-lb roping saddle from the rack to the saddle stand x 5, SBA
            Swinging and throwing a loop at the roping dummy from standing, 12 throws, R shoulder kept below painful range on the swing
            Hanging the bridle on a hook overhead x 8
            Problem: R shoulder flexion/ER weakness, pain at end-range overhead
            Goal: saddle up and rope at the spring jackpot
            """,
            ["M75.121", "Z98.890"], [PT("97530", 22)], []),

        // CAH hip fracture: "97116 Gait — 15 min" (FWW → SPC, hallway and ramp, 250 ft SBA) and "97110 TE — 15 min" (hip abd/ext, mini-squats, heel raises with doses) both match; individual radio; abductor grade, Trendelenburg; Legion fish-fry goal: passes.
        ["vord-h42-cah-hip-fracture-gait-te"] = new(
            """
            Niobrara Valley Hospital (Critical Access) — OP PT
            Session type:   ⦿ Individual   ○ Concurrent   ○ Group
            97116 Gait — 15 min: FWW → SPC in the hospital hallway and on the front ramp; 250 ft x 2 SBA w/ the SPC; step-through pattern
            97110 TE — 15 min: standing hip abd 2 x 12, hip ext 2 x 12, mini-squats 2 x 10, heel raises 2 x 15
            L hip ORIF (intertrochanteric, 9 wks): L hip abductors 3+/5, antalgic gait, L Trendelenburg
            Goal: walk from the pickup into the Legion hall for the Friday fish fry
            """,
            ["S72.142D"], [PT("97116", 15), PT("97110", 15)], []),

        // CAH OT 97530 meal prep (browning hamburger at the stove, draining at the sink, carrying the pan, setting the table); SBA/CGA and rests; R grip lb and coordination; supper goal: passes.
        ["vord-h42-cah-ot-supper-prep-97530"] = new(
            """
            Niobrara Valley Hospital — OP Occupational Therapy
            97530 — 24 min
            Meal prep in the rehab kitchen: browned 1 lb of hamburger at the stove standing, drained it at the sink, carried the pan 6 ft to the counter; set the table for 2
            Level: SBA at the stove, CGA carrying the pan; 2 seated rests
            Problem: mild R hemiparesis — R grip 28 lb, slow R hand coordination; limited standing tolerance
            Goal: cook supper for herself and her husband again
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // Cardiac rehab PT 97110 after CABG with sternal precautions: sit-to-stand without arms, hip abduction, heel raises, step-ups with doses; 30-s chair stand; LE weakness and recliner goal ("CABG x3" is grafts): passes.
        ["vord-h42-kearney-post-cabg-97110"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Kearney — PT (Phase II pt)
            97110 — 18 min
            Sternal precautions (CABG x3, 7 wks): no pushing up from chair arms, no lifting over 10 lb
            sit-to-stand w/o arms 3 x 8; standing hip abduction 2 x 12; heel raises 2 x 15; step-ups onto a 4-in step 2 x 10
            30-s chair stand 9 reps (6 at IE); HR/BP within rehab limits
            Problem: B LE weakness and deconditioning after a long ICU stay; needs to get up from a low recliner without his arms
            """,
            ["Z95.1", "I25.10"], [PT("97110", 18)], []),

        // Pulmonary rehab PT 97530 energy conservation for chores (laundry basket carry, loading the washer from a stool, bed-making with paced breathing); SBA and rests; dyspnea limiting UE tasks; laundry goal: passes (SpO2 and O2 litres are vitals).
        ["vord-h42-pulm-rehab-chores-97530"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Pulmonary Rehab / PT
            97530 — 20 min
            Energy-conservation practice for morning chores: carrying a laundry basket (8 lb) 40 ft, loading the washer from a stool, making the bed w/ paced breathing
            Level: SBA; 2 seated rests; SpO2 91–94% on 2 L
            Problem: COPD w/ exertional dyspnea and UE endurance limits — stops halfway through making the bed
            Goal: do her laundry and make the bed without stopping
            """,
            ["J44.9"], [PT("97530", 20)], []),

        // Neck: "Manual therapy 97140 — 10 min" (upper thoracic PA, cervical PA, suboccipital release) and "Ther ex 97110 — 15 min" (chin tucks, retraction, band W's, foam-roll extension with doses) both match; rotation degrees, posture; church-organ goal: passes.
        ["vord-h42-laramie-neck-mt-te"] = new(
            """
            P&P PT — Laramie, WY
            Manual therapy 97140 — 10 min: upper thoracic PA grade III T2–T5 3 x 30 s; C4-5 L unilateral PA grade II–III; suboccipital release
            Ther ex 97110 — 15 min: chin tucks 2 x 10 w/ 5 s hold; prone scapular retraction 2 x 12; band W's 2 x 15; thoracic extension over the foam roll x 10
            L neck pain, ↓ cervical rotation L 55°, forward head posture
            Goal: play the organ through a whole Sunday service without neck pain
            """,
            ["M54.2", "M47.812"], [PT("97140", 10), PT("97110", 15)], []),

        // Parkinson's: "97112 (24 min, one-on-one)" (large-amplitude shifts, visual-cue line stepping, retropulsion recovery) and "97530 (15 min)" (bed, car, reacher; SBA/CGA) both match; hypokinesia, freezing, backward postural responses; pull-test and turn steps: passes.
        ["vord-h42-fargo-pd-nmr-and-ta"] = new(
            """
            P&P PT — Fargo, ND
            97112 (24 min, one-on-one): large-amplitude weight shifts and reaching; stepping over floor lines on a visual cue; retropulsion recovery drills w/ the gait belt
            97530 (15 min): getting out of bed from sidelying w/ rocking; in/out of the car seat; picking up items from the floor w/ a reacher — SBA/CGA
            Deficit: PD — hypokinesia, freezing on turns, ↓ backward postural responses
            Pull test: 4 steps (6 at IE); 360° turn 8 steps
            Goal: get in and out of bed and the car at home w/ only his wife standing by
            """,
            ["G20.A1"], [PT("97112", 24), PT("97530", 15)], []),

        // After partial meniscectomy: "PT one-on-one"; rocker-board SL tilts, lateral step-down cone taps, SL RDL on a pillow; R knee giving way, quad timing and proprioception; pillow SLS seconds and k of 10: passes.
        ["vord-h42-greatfalls-meniscectomy-97112"] = new(
            """
            P&P PT — Great Falls
            97112 — 20 min — PT one-on-one
            Rocker-board lateral tilts SL on the R; lateral step-down to a cone tap; single-leg RDL reach standing on a pillow
            Deficit: R knee giving way on pivots, ↓ R quad timing and knee proprioception after partial meniscectomy
            R SLS on the pillow 15 s; step-down 8/10 w/o valgus
            """,
            ["S83.241D"], [PT("97112", 20)], []),

        // PTA knee OA 97110: chair sit-to-stand, wall sit holds, step-ups, curls and recumbent bike revolutions with doses; quad grade and step-to stairs; county-fair goal: passes.
        ["vord-h42-northplatte-pta-knee-oa-97110"] = new(
            """
            P&P PT — North Platte — PTA
            97110 — 15 min
            L knee OA: sit-to-stand from a 19-in chair 3 x 10; wall sit 3 x 20 s; step-ups onto a 6-in step 2 x 12; hamstring curls 2 x 15 @ 3 lb; recumbent bike level 2, 2 x 300 revs
            L quad 4/5; stairs step-to pattern
            Goal: walk the county fairgrounds with the grandkids in August
            """,
            ["M17.12"], [PTA("97110", 15)], []),

        // MS: "NMR 97112 — 23 min — one-on-one the whole time" (quadruped/tall-kneel rhythmic stabilization, bar tandem EO → EC, foam step-ons) and "Gait 97116 — 15 min" (peroneal stim, SPC 250 ft SBA); proprioception, ataxic stepping, foot drop; T25FW and tandem: passes.
        ["vord-h42-bismarck-ms-nmr-and-gait"] = new(
            """
            P&P PT — Bismarck
            NMR 97112 — 23 min — one-on-one the whole time
             - quadruped → tall-kneel transitions w/ rhythmic stabilization
             - tandem walking along the bars EO → EC
             - stepping onto a foam pad, cooling vest on (heat-sensitive)
            Gait 97116 — 15 min: L peroneal stim unit on; 2 x 250 ft w/ SPC, SBA; turns and doorway thresholds
            Deficit (MS): ↓ L LE proprioception, ataxic stepping; L foot drop w/o the stim
            T25FW 8.4 s (9.9 s at IE); tandem EC 3 s
            """,
            ["R26.89", "M21.372"], [PT("97112", 23), PT("97116", 15)], []),

        // CAH OT two codes: "97110 (OT) 15 min" (tendon glides, putty, wrist weight, hammer rotation with doses) and "97530 (OT) 18 min" (jars, jug, buttons, check, belt; indep / min A) both match; grip lb and wrist degrees: passes.
        ["vord-h42-cah-ot-wrist-te-and-ta"] = new(
            """
            Niobrara Valley Hospital — OP OT
            97110 (OT) 15 min: tendon glides x 10 each; putty pinch/grasp 2 x 15; wrist extension w/ 1-lb dumbbell 2 x 15; pronation/supination w/ a hammer 2 x 10
            97530 (OT) 18 min: opening jars and a milk jug, buttoning a work shirt, writing a check, fastening a belt buckle — indep except the jar (min A)
            R distal radius fx (ORIF, wk 9): R grip 24 lb vs L 66 lb; wrist ext 40°
            Goal: do his chores and button his own shirt
            """,
            ["S52.501D"], [OT("97110", 15), OT("97530", 18)], []),

        // Older adult after a concussion on church ice: one-on-one, X1 on a busy background, head-turn walking counting back by 3s, saccade drills; visual-vestibular mismatch and dual-task balance; FGA: passes.
        ["vord-h42-riverton-concussion-97112"] = new(
            """
            P&P PT — Riverton, WY
            97112 — 22 min — one-on-one
            73 y/o F, concussion from a fall on the ice outside church, 5 wks ago
            Tx: X1 gaze stabilization on a busy background; walking w/ head turns while counting back by 3s; saccade drills between two targets
            Deficit: visual-vestibular mismatch in busy places, ↓ balance under dual task, dizziness w/ head turns
            FGA 20/30 (15/30 at IE)
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // CAH gait whose measure is the level in parentheses on the printed scale "I Mod I S (CGA) Min Mod Max"; SPC 3-point pattern on hallway, ramp and curb; antalgic gait after TKA: 97116 passes.
        ["vord-h42-cah-assist-scale-cga-97116"] = new(
            """
            NIOBRARA VALLEY HOSPITAL — OP Rehab Flowsheet
            97116 Gait training — 16 min
            Device: SPC
            Assist level:   I   Mod I   S   (CGA)   Min   Mod   Max
            Training: 3-point pattern in the hallway, on the front ramp and the 6-in curb at the clinic door
            Deviations: R antalgic gait, short L step, R knee stays flexed in stance after R TKA
            """,
            ["Z96.651"], [PT("97116", 16)], []),

        // PTA sciatica 97110: nerve slider, press-ups, hip hinge and bridges with doses; L leg pain and SLR degrees; K-State game goal: passes.
        ["vord-h42-salina-pta-sciatica-97110"] = new(
            """
            P&P PT — Salina — PTA
            97110 — 16 min
            Sciatic nerve slider in sitting 2 x 10; prone press-ups 2 x 10; hip hinge to a chair 2 x 10; bridges w/ 3 s hold 2 x 12
            L leg pain to the calf; L SLR 50°
            Goal: sit through a whole K-State game in the stadium
            """,
            ["M54.16"], [PTA("97110", 16)], []),

        // PTA 97530: clothesline hanging from a floor basket, basket carry, low nest-box egg gathering; SBA with one CGA recovery; reaching balance and knee OA; wash-and-eggs goal: passes.
        ["vord-h42-gardencity-pta-clothesline-eggs-97530"] = new(
            """
            P&P PT — Garden City — PTA
            97530 — 22 min
            Hanging wet towels on a clothesline at shoulder height from a basket on the floor x 10; carrying the basket 30 ft; gathering eggs from a low nest box (crate at knee height) x 8
            Level: SBA; one LOB recovered w/ CGA
            Problem: ↓ standing balance reaching overhead and down low; B knee OA
            Goal: hang her wash and gather the eggs by herself
            """,
            ["M17.0", "R26.81"], [PTA("97530", 22)], []),

        // Cardiac gym PT "seen one-on-one by the PT in the side room (off the rehab floor, no other pts)"; pelvic-push stepping drills, foam reaching, head-turn heel-toe; reactive stepping and neuropathic proprioception; FSST and k of 5: passes.
        ["vord-h42-kearney-cardiac-side-room-97112"] = new(
            """
            PLATTE VALLEY CARDIOPULMONARY REHAB — Kearney — PT
            97112 — 20 min. Pt seen one-on-one by the PT in the side room (off the rehab floor, no other pts).
            Tx: stepping-strategy drills after pelvic pushes; foam stance reaching to targets; heel-toe walking w/ head turns
            Impairment: slowed reactive stepping + ↓ ankle proprioception (DM neuropathy); HF fatigue limits standing time
            FSST 14.0 s (18.6 s at IE); 3/5 pushes recovered in one step
            """,
            ["I50.32", "E11.42"], [PT("97112", 20)], []),

        // Ordinary PTA SOAP: "97112 — 24 min, one-on-one" (Airex ball toss, step-up holds, hurdle side-steps) and "97110 — 14 min" (leg press, abduction machine, calf raises with loads) both match; lateral postural control and abductor grade; Berg and SLS: passes.
        ["vord-h42-rapidcity-pta-soap-nmr-te"] = new(
            """
            P&P PT — Rapid City — PTA Daily Note
            S: No falls since last visit; still nervous on the church steps.
            O: 97112 — 24 min, one-on-one: standing on the Airex w/ ball toss; step-ups w/o UE support and SL hold 3 s; side-stepping over a row of 4-in hurdles
               97110 — 14 min: seated leg press 3 x 10 @ 50 lb; hip abduction machine 2 x 12 @ 30 lb; calf raises 2 x 15
            A: ↓ lateral postural control and slowed stepping; B hip abductors 4-/5. Berg 47/56 (43 at IE); SLS R 7 s / L 5 s
            P: cont per POC, 2x/wk
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 24), PTA("97110", 14)], []),

        // Complete PTA 97116 (FWW on carpet, tile and gravel, 200 ft SBA, curb CGA; short steps and trunk lean; feed-store goal) sent with no diagnosis.
        ["vord-h42-gillette-pta-gait-no-diagnosis"] = new(
            """
            P&P PT — Gillette — PTA
            97116 — 16 min: FWW on carpet, tile and the parking-lot gravel; 200 ft x 2 SBA; curb w/ CGA
            Gait: short B steps, forward trunk lean, ↓ heel strike after a long hospital stay
            Goal: walk from the truck to the feed-store counter
            """,
            [], [PTA("97116", 16)], [Dx]),

        // Complete 97110 (quad sets, SLR, mini-squats, step-ups, TKE with doses; quad grade and flexion; garden goal) whose diagnosis field holds a SNOMED CT concept id "239873007": not an ICD-10-CM code.
        ["vord-h42-aberdeen-snomed-in-diagnosis-field"] = new(
            """
            P&P PT — Aberdeen
            97110 — 17 min: quad sets w/ 5 s hold x 15; SLR 2 x 10 @ 2 lb; mini-squats 2 x 12; step-ups onto a 6-in step 2 x 10; terminal knee ext w/ band 2 x 15
            R knee OA: quad 4-/5, knee flex 110°
            Goal: kneel to plant the garden in May and get back up
            """,
            ["239873007"], [PT("97110", 17)], [Dx]),

        // "Pt in for TE and NMR, 38 min total. Tolerated all well. Cont POC, pt making good progress.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h42-generic-te-nmr-total"] = new(
            "P&P PT. Pt in for TE and NMR, 38 min total. Tolerated all well. Cont POC, pt making good progress.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Complete two-code note ("NMR 97112 — 22 min" foam-beam tandem, pelvic pushes, rebounder catches; proprioception and strategy; "TE 97110 — 15 min" with loads; seconds) — but nothing states one-on-one.
        ["vord-h42-siouxfalls-two-codes-one-on-one-unstated"] = new(
            """
            P&P PT — Sioux Falls
            NMR 97112 — 22 min: tandem walk on the foam beam; step-stance perturbations at the pelvis; SL stance w/ ball toss against a rebounder
            TE 97110 — 15 min: leg press 3 x 10 @ 70 lb; lateral band walks 2 x 20 ft; step-downs off a 6-in step 2 x 10
            Deficit: ↓ L knee proprioception + delayed hip/ankle strategy after L TKA; L quad 4/5
            Tandem on foam 6 s; SLS L 8 s
            """,
            ["Z96.652"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // PTA 97110 naming bridges, clamshells, sidelying abduction, heel raises, step-ups and sit-to-stand for R hip weakness after THA — but no set, repetition, load, hold or number: no measure.
        ["vord-h42-grandisland-pta-exercise-list-no-dose"] = new(
            """
            P&P PT — Grand Island — PTA
            97110 — 15 min
            Bridges, clamshells, sidelying hip abduction, heel raises, step-ups, sit-to-stand.
            R hip weakness and pain on stairs after R THA
            Pt did well, no increase in pain.
            """,
            ["Z96.641"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // PTA "Gait training 30 min" on the one timed code against a 15-min 97116 line: mismatch; cane on level and stairs, 300 ft SBA, knee stiffness and antalgic gait complete.
        ["vord-h42-milescity-pta-gait-minutes-mismatch"] = new(
            """
            P&P PT — Miles City — PTA
            Gait training 30 min: SPC on level surfaces and the clinic's 4-step stair w/ rail; 300 ft x 2 SBA; step-through on the stairs
            R knee stiffness and antalgic gait after R TKA, short L step
            """,
            ["Z96.651"], [PTA("97116", 15)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
