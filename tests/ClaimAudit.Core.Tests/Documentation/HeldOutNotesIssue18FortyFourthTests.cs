using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Great Lakes and the Ohio Valley, in the proportions a billing manager sees them — about two thirds ordinary
/// and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by
/// PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a Michigan hospital system's outpatient sites ("Huron Shores Health — Outpatient Rehab": Livonia, Novi,
/// Brighton, Howell, Canton, Monroe, Flint, Grand Blanc, Lapeer, Port Huron) charting on a Cerner-style "PT Daily
/// Treatment Note" (Treatment Rendered / Impairments / Objective / Patient Response / Performed by, PowerForm
/// fields left empty or "(not documented)", a "Charge Summary: 97110 x 1 unit (15 min)" line), with auto no-fault
/// (PIP) patients beside Medicare ones: whiplash and seat-belt and dashboard injuries after I-96 collisions, a
/// TBI patient whose wife gives "1:1 attendant care" paid by the no-fault carrier, household replacement
/// services, light duty at a parts supplier, Meijer, the Ford plant, a fall on the ice;</item>
/// <item>an Ohio physician-owned orthopaedic practice ("Scioto Valley Orthopaedics &amp; Sports Medicine — PT":
/// Dublin, Hilliard, Westerville, Grove City, Delaware, Marysville) whose PTAs chart on tablets between patients
/// in lowercase shorthand ("tx:", "why:", "obj:", "//" between exercises, "sup PT:"), a "Delivery: 1:1 ✓ |
/// Concurrent ✗ | Group ✗" row, bracketed chips "[pulleys flex ×20]", a treatment timer exported as mm:ss, a
/// GLA:D knee class, job simulation for the Honda line, the Scioto Mile;</item>
/// <item>an Indiana rural clinic with one PT and one PTA ("Patoka Valley Therapy": Jasper, Huntingburg, Ferdinand,
/// Loogootee) writing plain sentences ("I had no one else in the gym this afternoon and worked right alongside
/// him", "Started with him at 1:30 … until 1:45", "We spent 30 minutes of gait training", "Deficits: same as last
/// time"), a DID / SKIP task list, the hog farm, the grain-bin ladder, the combine cab, the skid steer, a hay
/// wagon, the church festival's chicken-dinner line, Sunday Mass and the henhouse;</item>
/// <item>a Pittsburgh neuro outpatient programme ("Allegheny Neuro Outpatient — Three Rivers Neuro Program":
/// Oakland, Shadyside, Squirrel Hill, South Side, Monroeville, Cranberry) seeing stroke, MS and Parkinson's:
/// filled and empty squares "■ yes □ no", interval locomotor training, Pedaling for Parkinson's, MDS-UPDRS Part III,
/// the Bells Test, cerebellar signs, the city steps, the hill off Carson St., the bus on Forbes Ave, the
/// Monongahela Incline, a row house in Bloomfield, Giant Eagle;</item>
/// <item>a Wisconsin therapy clinic inside a senior-living campus ("Cedar Crossing Senior Living — Campus Therapy
/// Clinic", De Pere: Maple Court independent living, Birch Court assisted living) with residents' goals — the
/// Friday supper club in the dining room, euchre and sheepshead, the campus bowling lanes, the chapel, the
/// shuttle to Festival Foods, a Packers party at the pub, laundry in the Birch Court laundry room — a morning
/// "Stay Upright" class, Yang-style Tai Chi, Xbox Kinect exergames, a Fitbit step count, a sets × reps × load grid,
/// "Minutes: 23 NMR / 15 TE".</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h44-…): one-on-one in everyday words ("PT provided direct one-on-one treatment; no other
/// patient was scheduled with or treated by this therapist", "one-on-one w/ PTA — next pt wasn't roomed till she
/// left", "I had no one else in the gym this afternoon and worked right alongside him … from start to end", "seen
/// individually in treatment room B — PT working with her alone"), notes that negate it (a campus balance class of
/// six, a PTA who overlapped with the next TKA patient going back and forth) or never state it (a no-fault TBI
/// note whose only "1:1" is the wife's attendant care at home, a complete stroke note), and a 97530 in a shared
/// teaching kitchen and a 97116 while the PTA watched a NuStep patient, which have no one-on-one check;</item>
/// <item>class 2 (v2-h44-…): template states: a tablet "Delivery: 1:1 ✓ | Concurrent ✗ | Group ✗" row and its
/// reverse, a Cerner interventions field left empty, Cerner outcome fields "(not documented)", a DID / SKIP task
/// list with assistance levels, "■ yes □ no" with impairment squares filled or all empty, a sets × reps × load grid
/// with a row not done, gait fields "Distance (ft): ____ / Assist level: ____", bracketed tablet chips;</item>
/// <item>class 3 (v3-h44-…): named protocols and programmes as techniques (high-intensity interval locomotor
/// training, the Pro Fitter, proximal tib-fib mobilisation, Shuttle MVP and sled pushes, Yang-style Tai Chi's
/// 24-form, Pedaling for Parkinson's, Toglia's multicontext approach), one Xbox Kinect 97112 with no number, one
/// SafeGait perturbation 97112 with no deficit and a GLA:D class (not one-on-one);</item>
/// <item>class 4 (v4-h44-…): deficits stated as findings (dysdiadochokinesia and past-pointing, left inattention
/// with Bells Test omissions, C5-6 hypomobility on PA spring testing, effusion on the stroke test with a quad lag,
/// a positive CMC grind test, a lateral trunk lean over the stance hip, a posterior lean with no ankle strategy)
/// and notes that state none ("Problems identified today: none", "gait today: reciprocal, symmetric … no
/// deviations", "Deficits: same as last time");</item>
/// <item>class 5 (v5-h44-…): measures in their usual forms (a Fitbit step count beside gait speed, Biodex
/// isokinetic torque and LSI, MDS-UPDRS Part III, Dynamic Visual Acuity lines, loads and counts on a farm 97530,
/// wrist degrees and dynamometer pounds) and notes with none ("Berg due at the progress note", a hill and a curb
/// with no distance or level, tractor and feed-bucket practice with no level or count, an exercise list with no
/// dose);</item>
/// <item>class 6 (v6-h44-…): minutes in their usual forms (a tablet timer in mm:ss, a Cerner charge summary with
/// units and minutes, clock times in a sentence, "Minutes: 23 NMR / 15 TE", "Out of 43 timed minutes today, 20
/// were …", "38 timed minutes today: … 23 minutes (97112), the remaining 15 minutes …"), true mismatches (a timer
/// row, a charge-summary row, "We spent 30 minutes of gait training" on the one timed code) and truly missing
/// separate time (a total only, minutes for two codes of three);</item>
/// <item>class 7 (v7-h44-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a goal as the only target), 97530 (an assistance level as the only
/// measure), 97140 (sternoclavicular and costovertebral mobilisation with grades and bouts) and 97116 (crutch
/// training with distance and level; an AFO with gait speed), and wholly generic 97140 and 97530 + 97110
/// notes;</item>
/// <item>ordinary (vord-h44-…): complete notes of the five employers across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code
/// in the diagnosis field, a tablet's generic two-code note with a total, a complete two-code note that never says
/// one-on-one, a gait time that differs, soft-tissue work with no parameter or number, minutes for one of two
/// codes, a one-on-one 97112 of "balance and strength … did good".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (highway and apartment numbers, hours of attendant care, a
/// treadmill's speed, a bike's level, dates, clock times that bound a code's service) are read as what they are;
/// no note states minutes of an activity, a rest or a test. Cases a careful reviewer could argue either way were
/// left out: a content gap in one section of a multi-code note (multi-code notes fail here only on time,
/// one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, self-rated scores as the only number, a cueing level
/// as the only measure, an exercise's name as a 97110's only region, a 97530 with no goal or impairment, a
/// one-on-one left to be inferred from a schedule, "gait training" alone on a 97116, minute ranges and
/// approximate minutes, 2- and 6-minute walk tests, canalith repositioning, three-character diagnosis codes, and
/// any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 90 of 99 cases agree (98 needed), and 6 of the 62 notes the reviewer passes got a finding, on the analyzer
/// of 4ba782b (the start of the 2026-12-05 fifth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 90 of 99, 6 false positives — the same nine cases — at its first run on the analyzer of 1d8d823 (the session's
/// readings of the thirty-ninth to forty-third sets and two reviews; not shaped by this set): the held-out figure — plain
/// notes of the ordinary middle of the market, 91 %. Then development data, worked through: 99 of 99 — minutes written
/// before the code's name ("Minutes: 23 NMR / 15 TE", "20 were neuromuscular re-education (97112), 13 gait training"), a
/// timer's mm:ss, "(97110) until 1:45" timed from the clock before it, "1:1 attendant care at home" as someone else's,
/// perturbations and cues in plain words ("a nudge at the hips", "slips and trips", "release from a lean", "laser line",
/// "lines of tape"). New examples in NotesAsWrittenTests "forty-fourth-forty-fifth-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyFourthTests(ITestOutputHelper output)
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

        // Michigan Cerner no-fault note: "PT provided direct one-on-one treatment; no other patient was scheduled with or treated by this therapist"; head-mounted laser tracing, foam head rotations, pursuit walking; cervical proprioception and postural control; JPE degrees and BESS errors: passes.
        ["v1-h44-livonia-cerner-no-other-pt-treated"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (LIVONIA)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — MVA 12/18/2025, rear-ended on I-96
            Treatment Rendered:
              Neuromuscular Re-education 97112 — 24 minutes
               • head-mounted laser: tracing a figure-8 and a zig-zag on the wall target, slow then fast
               • standing on a foam pad feet together, head rotations to numbers called out on the wall
               • walking the hallway following a moving target with the eyes, head still
              PT provided direct one-on-one treatment; no other patient was scheduled with or treated by this therapist during the session.
            Impairments: ↓ cervical proprioception (joint position error) and ↓ postural control with head movement since the collision
            Objective: cervical JPE R rotation 6.8° (avg of 6 trials; 9.5° at IE); BESS 16 errors (23 at IE)
            Patient Response: dizziness 2/10 at end, settled at rest.
            Performed by: A. Kowalski, PT, DPT
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97112", 24)], []),

        // Ohio PTA tablet shorthand "one-on-one w/ PTA — next pt wasn't roomed till she left"; step-downs to a target, Dyna-disc SL stance with toss, taped-line tandem; L knee proprioception and quad timing; SLS seconds and k of 10 valgus reps: passes.
        ["v1-h44-dublin-pta-next-pt-not-roomed"] = new(
            """
            SVOS PT Dublin · PTA note (tablet)
            97112 nmr · 22 min
            one-on-one w/ PTA — next pt wasn't roomed till she left
            tx: lateral step-downs off 4" box eyes on target // sl stance on Dyna-disc w/ ball toss // fwd/back tandem on taped line
            why: L knee proprioception ↓, quad timing late — knee dives in on step down
            obj: L SLS on disc 8 s (R 21 s); step-down w/ valgus 3/10 reps (7/10 at IE)
            sup PT: J. Hartman PT on site
            """,
            ["S83.242D"], [PTA("97112", 22)], []),

        // Indiana plain words "I had no one else in the gym this afternoon and worked right alongside Mr. Kerstiens, hands on him, from start to end"; pillow stance eyes shut, corn-cob step-overs, hip nudges; numb feet and visual reliance; seconds and k of 6: passes.
        ["v1-h44-jasper-no-one-else-right-alongside"] = new(
            """
            PATOKA VALLEY THERAPY — Jasper, IN
            Kurt Schnell, PT
            I had no one else in the gym this afternoon and worked right alongside Mr. Kerstiens, hands on him, from start to end.
            Balance (97112), 23 minutes:
            - stood on a bed pillow with feet together, then one foot ahead of the other, eyes shut
            - stepped over a row of corn cobs laid on the floor without looking down
            - let go of the parallel bar and caught himself when I gave him a nudge at the hips, forward and sideways
            He can't feel his feet well (diabetic nerve damage) and leans on his eyes; wobbles bad in the dark barn.
            Numbers: feet together eyes shut on the pillow 6 seconds (he could not do it at all in January); caught himself with one step on 4 of 6 nudges.
            He wants to climb the grain bin ladder again come fall.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // Pittsburgh MS note "seen individually in treatment room B — PT working with her alone"; quadruped rhythmic stabilization, kneel transitions, metronome target stepping; truncal ataxia and dysmetria; T25FW and tandem steps: passes.
        ["v1-h44-oakland-seen-individually-room-b"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Three Rivers Neuro Program (Oakland)
            Relapsing MS, L > R limb and trunk ataxia
            97112 (23 min) — seen individually in treatment room B, PT working with her alone.
            Tx: quadruped opposite arm/leg reaches w/ rhythmic stabilization at the pelvis; kneel → half-kneel transitions w/o UE; stepping onto numbered floor targets to a metronome, slowing the pace to cut the overshoot
            Impairment: truncal ataxia and L LE dysmetria — overshoots targets, wide base, can't stop cleanly on turns
            Measure: T25FW 8.9 s (10.6 s at IE); tandem walk 4 steps before stepping out (2 at IE)
            Plan: add dual-task work next session; she rides the bus to work and stands when it's crowded.
            """,
            ["R27.0", "R26.89"], [PT("97112", 23)], []),

        // Wisconsin campus: "took part in the morning Stay Upright class in the fitness room with 5 other residents; I led the class and guarded each of them in turn": not one-on-one; rail tandem, foam marching, outside-base reaches, rope step-overs; M/L postural control; tandem and 4-stage test present.
        ["v1-h44-depere-stay-upright-class"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic (De Pere, WI)
            Resident: Birch Court (assisted living), apt 214
            97112 — 20 min
            Resident took part in the morning Stay Upright class in the fitness room with 5 other residents; I led the class and guarded each of them in turn.
            Class work: tandem walking along the handrail; marching in place on foam mats; reaching forward and to the side for bean bags held outside her base; stepping over a rope on the floor
            Problem: ↓ side-to-side postural control in narrow stance; 2 falls in her apartment since Thanksgiving
            Tandem stance 8 s; Four-Stage Balance Test: stage 3 held, stage 4 not attempted
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Ohio PTA tablet "overlapped w/ my next TKA pt the whole block — going back & forth between the two mats": not one-on-one; half-kneel rhythmic stabilization, foam head turns, taped tandem; R ankle proprioception and peroneal timing; SLS and tandem steps present.
        ["v1-h44-westerville-pta-overlapped-next-pt"] = new(
            """
            SVOS PT Westerville · PTA note (tablet)
            97112 nmr · 23 min
            overlapped w/ my next TKA pt the whole block — going back & forth between the two mats
            tx: rhythmic stab in half-kneel // SL stance R on foam w/ head turns // tandem fwd/bwd on taped line
            why: R ankle proprioception ↓ + late peroneal response since R lateral ankle sprain
            obj: R SLS on foam 9 s (L 24 s); tandem 12 steps w/o stepping off
            sup PT: J. Hartman PT on site
            """,
            ["S93.401D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Michigan no-fault TBI: the only "1:1" is the wife's attendant care at home ("wife provides 1:1 attendant care at home, 12 hrs/day"), not the session; dual-task walking, foam clock reaches, clap stops; sequencing and dual-task postural control; TUG-cognitive and k of 10: one-on-one not stated.
        ["v1-h44-grandblanc-no-fault-attendant-care"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (GRAND BLANC)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP). TBI after MVA 10/2025; wife provides 1:1 attendant care at home, 12 hrs/day, billed to the no-fault carrier.
            Treatment Rendered: Neuromuscular Re-education 97112, 25 minutes
             • walking the hallway while naming grocery items by category (dual task), then carrying a tray of cups
             • standing on a foam pad reaching to clock targets called out of order
             • quick stops and turns on a hand clap
            Impairments: ↓ dual-task postural control and slow motor sequencing after TBI — stops walking when he has to think
            Objective: TUG-cognitive 16.2 s (TUG 10.4 s); foam reach 7 of 10 targets without a step
            """,
            ["S06.2X0D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Pittsburgh stroke, complete (PNF resisted progression, tapped L weight shifts, target step-ups; L LE recruitment and timing with hyperextension; Fugl-Meyer LE and stance %) — but nothing says how the session was delivered.
        ["v1-h44-southside-stroke-complete-unstated"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — South Side
            R MCA stroke 8/2025, L hemiparesis
            97112 — 22 min
            Tx: PNF resisted progression at the pelvis walking forward; weight shifts onto the L leg in stride stance w/ tapping over the L glute med; L step-ups to a 4-in step w/ the R foot tapping a cone
            Deficit: ↓ L LE motor recruitment and timing; L knee hyperextension in mid-stance; won't trust the L leg on the city steps up to her house
            Measures: Fugl-Meyer LE motor 23/34 (19/34 at IE); L stance time 38% of the gait cycle
            Plan: progress to the real steps on Josephine St. next week.
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Wisconsin OT 97530 "in the teaching kitchen alongside another resident working with the COTA": 97530 has no one-on-one check; boxed coffee-cake baking with cupboard reaches and oven transfer, SBA/CGA, proximal humerus fx, coffee-hour goal: passes.
        ["v1-h44-depere-ot-shared-kitchen-97530"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic · OT
            97530 — 22 min, in the teaching kitchen alongside another resident working with the COTA
            Task: baking a coffee cake from a box mix — gather items from the upper and lower cupboards, stir at the counter, move the pan to the oven with a towel
            Assist: SBA standing at the counter; CGA for the low-cupboard reach; 2 seated rest breaks
            Problem: ↓ standing tolerance and L shoulder pain with reaching after a L proximal humerus fx
            Goal: bake for the Sunday coffee hour on her floor
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // Indiana PTA 97116 "Walked with Mrs. Hochgesang while keeping an eye on another patient on the NuStep": 97116 has no one-on-one check; walker → cane, heel-first cues; stiff-knee gait after TKA; 150 ft SBA: passes.
        ["v1-h44-huntingburg-pta-gait-while-watching-nustep"] = new(
            """
            PATOKA VALLEY THERAPY — Huntingburg, IN · PTA visit
            Brenda Vollmer, PTA (Kurt Schnell, PT, in clinic)
            97116 gait — 15 min. Walked with Mrs. Hochgesang while keeping an eye on another patient on the NuStep.
            Front-wheeled walker → single-point cane in the hall; cued heel first on the R and to stop looking at her feet
            R TKA 7 wks: short R step, stiff-knee gait, R knee bends only 40° in swing
            Distance: 150 ft x 3 with the cane, SBA; one loss of balance on the turn, caught herself
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Ohio tablet row "Delivery: 1:1 ✓ | Concurrent ✗ | Group ✗": one-on-one; step-down heel taps, Airex chest passes, line hops with a stick; knee proprioception and valgus after ACLR; SLS and k of 10: passes.
        ["v2-h44-hilliard-tablet-1to1-checked"] = new(
            """
            SVOS PT Hilliard · PTA tablet note
            Delivery:  1:1 ✓ | Concurrent ✗ | Group ✗
            97112 nmr — 24 min
            tx: step-down to heel tap off 6" box, eyes on target // SL stance on Airex w/ med-ball chest pass // lateral hops line-to-line, stick 2 s
            why: L knee proprioception ↓ + valgus collapse on landing (L ACLR 5 mo)
            obj: L SLS on Airex 12 s (R 27 s); 6/10 hops stuck w/o valgus
            """,
            ["S83.512D", "Z98.890"], [PTA("97112", 24)], []),

        // The same tablet row reversed, "Delivery: 1:1 ✗ | Concurrent ✓ | Group ✗": not one-on-one; BAPS, half-roller tandem, SL cone taps; R ankle proprioception after ORIF; SLS EO/EC and k of 8 present.
        ["v2-h44-marysville-tablet-concurrent-checked"] = new(
            """
            SVOS PT Marysville · PTA tablet note
            Delivery:  1:1 ✗ | Concurrent ✓ | Group ✗
            97112 nmr — 20 min
            tx: BAPS lvl 3 CW/CCW // tandem on half foam roller // cone taps in SL stance
            why: R ankle proprioception ↓ after R ankle ORIF — rolls it on the plant floor
            obj: R SLS 10 s EO / 3 s EC; cone taps 5/8 w/o touch-down
            """,
            ["S82.891D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Cerner PowerForm "Neuromuscular Re-education Interventions:" and "Comments:" left empty and no technique anywhere: technique missing; individual delivery, postural control and stepping deficit, Berg and TUG present, no generic phrase.
        ["v2-h44-howell-cerner-interventions-empty"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (HOWELL)
            PT Daily Treatment Note
            Treatment Delivery: Individual — one therapist, one patient
            Neuromuscular Re-education Minutes: 20
            Neuromuscular Re-education Interventions:
            Neuromuscular Re-education Comments:
            Impairments: ↓ postural control and delayed stepping reactions after L hip hemiarthroplasty; catches the L foot on the garage threshold
            Outcome: Berg 44/56; TUG 13.8 s with cane
            """,
            ["S72.002D", "Z96.642"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Cerner outcome fields "Berg Balance Scale Total: (not documented)" and "Timed Up and Go (seconds): (not documented)", no number anywhere but the code and minutes: measure missing; 1:1, rocker/foam EC/beam, chemo-neuropathy somatosensory loss present.
        ["v2-h44-monroe-cerner-outcomes-not-documented"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (MONROE)
            PT Daily Treatment Note
            Treatment Delivery: Individual (1:1)
            Neuromuscular Re-education 97112: 23 minutes
            Interventions: rocker board A/P and M/L at the bars; standing on foam with eyes closed and head turns; forward and backward walking on a balance beam
            Impairments: somatosensory loss in both feet and over-reliance on vision (chemo-induced neuropathy)
            Berg Balance Scale Total: (not documented)
            Timed Up and Go (seconds): (not documented)
            """,
            ["G62.0", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Indiana PTA DID / SKIP task list on a 97530: pickup cab, feed pail to the hog pen, tractor platform with counts and SBA/CGA (the skipped kneeling row adds nothing); R knee after TKA; hog-farm chores goal: passes.
        ["v2-h44-jasper-did-skip-list-97530"] = new(
            """
            PATOKA VALLEY THERAPY — Jasper · PTA visit (Brenda V.)
            Ther act 97530 — 20 min
             DID   climb into the pickup cab using the running board and grab handle — x3, SBA
             DID   carry the feed pail to the hog pen (half full), 40 ft x2 — CGA
             SKIP  kneel at the sweet corn rows — knee swollen today
             DID   step up onto the tractor platform and sit in the seat — x4, SBA
            Problem: R knee weakness and stiffness after R TKA (flexion 100°)
            Goal: back to morning chores on the hog farm by planting
            """,
            ["Z96.651", "Z47.1"], [PTA("97530", 20)], []),

        // Pittsburgh "One-on-one for the NMR time: ■ yes □ no" and "■ ataxia … ■ impaired proprioception" filled; Frenkel-style foot placement, quadruped rhythmic stabilization, line walking; SARA and tandem steps: passes.
        ["v2-h44-shadyside-filled-squares"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Shadyside · Neuro Daily Note
            One-on-one for the NMR time:  ■ yes  □ no
            97112 — 24 min
            Impairments targeted:  ■ ataxia  □ spasticity  ■ impaired proprioception  □ neglect  □ vestibular
            Interventions: Frenkel-style foot placement to floor dots in standing; quadruped rhythmic stabilization; walking a 4-in-wide line with turns at each end
            Measures: SARA 12/40 (15/40 at IE); tandem walk 6 steps
            """,
            ["I69.393", "R27.0"], [PT("97112", 24)], []),

        // Same template with every impairment square empty and no deficit written anywhere: deficit missing; "■ yes" one-on-one, shoebox step-overs, foam reaching, belt-held backward walking, Mini-BESTest and 10MWT present.
        ["v2-h44-monroeville-empty-squares"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Monroeville · Neuro Daily Note
            One-on-one for the NMR time:  ■ yes  □ no
            97112 — 22 min
            Impairments targeted:  □ ataxia  □ spasticity  □ impaired proprioception  □ neglect  □ vestibular
            Interventions: stepping over a row of 3 shoeboxes; reaching to a shelf while standing on a foam pad; backward walking with the PT holding the gait belt
            Measures: Mini-BESTest 19/28; 10MWT 0.88 m/s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Wisconsin Sets × Reps × Load grid for 97110 (one row "— —", not done); quad/hip weakness grade and dining-chair goal: passes.
        ["v2-h44-depere-sets-reps-load-grid-97110"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97110 Ther Ex — 16 min
            Exercise                      Sets × Reps    Load
            Seated knee extension         2 × 12         3 lb cuff
            Standing hip abduction        2 × 10         2 lb cuff
            Sit-to-stand (no arms)        3 × 6          —
            Heel raises at the rail       2 × 15         —
            Seated row (band)             —              —
            Problem: B quad and hip weakness (knee ext 4-/5 B) — needs both arms to get up from the dining chair
            Goal: rise from the dining room chair without pushing on the table
            """,
            ["M62.81", "R26.89"], [PT("97110", 16)], []),

        // Wisconsin gait fields "Distance (ft): ____" and "Assist level: ____" left blank, no number anywhere but the code and minutes: measure missing on 97116; rollator training with cues and flexed, shuffling gait present.
        ["v2-h44-maple-court-gait-fields-blank"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97116 Gait — 15 min
            Device: rollator
            Distance (ft): ____
            Assist level: ____
            Gait training in the Maple Court hallway: cues to walk inside the walker frame, lift the feet, and set the brakes before sitting
            Deviations: flexed trunk, short shuffling steps, drifts to the R
            """,
            ["R26.89"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Ohio tablet bracketed chips "[R shoulder]", "[pulleys flex ×20] [wand ER 2×15] …", AROM degrees and a cupboard goal on a 97110 after cuff repair: passes.
        ["v2-h44-grovecity-tablet-bracket-chips-97110"] = new(
            """
            SVOS PT Grove City · PTA tablet note
            97110 TE — 18 min
            Region: [R shoulder]   Post-op: [RTC repair, 10 wk]
            Exercises: [pulleys flex ×20] [wand ER 2×15] [sidelying ER 2×12 @ 1 lb] [prone row 2×12] [scaption to 90° 2×10]
            Today: R shoulder AROM flex 128°, ER 40°
            Goal: [reach the top shelf of the kitchen cupboard]
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Pittsburgh 97116 "High-intensity interval locomotor training" (30-s fast bouts on the treadmill and overground, HR target); foot drop and stiff-knee swing after stroke; mph, HR and 10MWT; bus-stop goal: passes.
        ["v3-h44-oakland-interval-locomotor-97116"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Oakland
            97116 — 20 min
            High-intensity interval locomotor training: treadmill bouts of 30 s at her fastest safe speed alternated with 30 s of easy walking, then the same pattern overground in the hallway; HR kept at 70–80% of age-predicted max
            Gait: R foot drop w/ toe catch, short L step, R knee stiff in swing (L MCA stroke 2025)
            Today: peak treadmill speed 2.2 mph; HR peak 128 bpm; overground 10MWT 0.74 m/s (0.58 m/s at IE)
            Goal: walk from the bus stop on Forbes Ave to her church
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Indiana Pro Fitter side-to-side glides and platform catches plus half-roller step-and-hold, "just him and me in the gym, one-on-one"; lateral postural control after THA; glide count and SLS: passes.
        ["v3-h44-ferdinand-pro-fitter-97112"] = new(
            """
            PATOKA VALLEY THERAPY — Ferdinand, IN
            Kurt Schnell, PT — just him and me in the gym, one-on-one
            97112 balance — 23 min
            Pro Fitter side-to-side glides holding the parallel bars, then hands free
            Standing on the Pro Fitter platform catching and tossing a ball
            Step-and-hold onto a half foam roller, L then R
            Problem: slow weight shift and poor side-to-side postural control since his L hip replacement; sways hard to the R on one leg
            Numbers: 30 glides hands-free without grabbing (10 last week); L single-leg stance 7 s
            Wants to get back on the ladder to clean the church gutters.
            """,
            ["Z96.642", "R26.81"], [PT("97112", 23)], []),

        // Michigan no-fault dashboard injury, 97140: proximal tib-fib anterolateral glide and patellar glides grade III in bouts, STM; R lateral knee stiffness with flexion degrees before and after: passes.
        ["v3-h44-canton-proximal-tib-fib-97140"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (CANTON)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — passenger, R knee hit the dashboard 11/2025
            Manual Therapy 97140 — 12 minutes
             • proximal tib-fib joint anterolateral glide, grade III, 3 x 30 s
             • patellar inferior and medial glides, grade III, 3 x 30 s
             • STM to the R lateral hamstring and popliteus
            Impairments: R lateral knee pain and stiffness; R knee flexion 112° before → 121° after
            """,
            ["S80.01XD"], [PT("97140", 12)], []),

        // Ohio PTA Shuttle MVP jumps and single-leg presses by cords, sled pushes, Nordic eccentrics; L quad/hamstring strength deficit after ACLR with HHD %: 97110 passes.
        ["v3-h44-dublin-shuttle-mvp-sled-97110"] = new(
            """
            SVOS PT Dublin · PTA tablet note
            97110 TE — 20 min
            Shuttle MVP: double-leg jumps 3×10 @ 4 cords; single-leg L press 3×10 @ 3 cords
            Sled push 4×40 ft @ 90 lb on the sled
            Nordic hamstring eccentrics w/ partner 2×6
            L ACLR (BTB) 6 mo — L quad + hamstring strength deficit; L quad HHD 68% of R
            """,
            ["S83.512D", "Z98.890"], [PTA("97110", 20)], []),

        // Wisconsin Yang-style Tai Chi, first section of the 24-form, with bow-stance steps onto firm then foam pads, seen one-on-one; weight transfer and narrow-base postural control; tandem and Berg: passes.
        ["v3-h44-depere-tai-chi-24-form-97112"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 24 min — resident seen one-on-one in the therapy room
            Yang-style Tai Chi, first section of the 24-form (commencing, parting the wild horse's mane, white crane spreads its wings, brush knee) — slow weight transfers with the PT guarding at the belt
            Stepping into a bow stance and back, first onto a firm pad, then a foam pad
            Problem: poor side-to-side weight transfer and narrow-base postural control; shuffles when turning in her kitchenette
            Tandem stance 9 s (4 s at eval); Berg 47/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Pittsburgh PD 97110 "Pedaling for Parkinson's protocol" forced-rate cycling plus big-arm sit-to-stands and dowel rotations; bradykinesia, axial rigidity and aerobic capacity; rpm and HR: passes.
        ["v3-h44-squirrelhill-pedaling-for-parkinsons-97110"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Squirrel Hill
            97110 — 18 min
            Pedaling for Parkinson's protocol on the recumbent bike: forced-rate pedaling at 80–90 rpm, resistance level 4
            Then sit-to-stand from a low mat with a big arm swing 3 x 10 and standing trunk rotation with a dowel 2 x 12
            Problem: bradykinesia, axial rigidity and ↓ aerobic capacity (PD, H&Y 2)
            Cadence held 84 rpm average; HR 112 bpm at the end
            """,
            ["G20.A1"], [PT("97110", 18)], []),

        // Michigan no-fault TBI OT 97530 "Multicontext approach (Toglia)": pill organizer and mock bills with a checklist strategy; executive dysfunction; error counts and min verbal cues; medications-and-bills goal: passes.
        ["v3-h44-flint-toglia-multicontext-ot-97530"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (FLINT) · OT Daily Note
            Funding: auto no-fault (PIP)
            Therapeutic Activities 97530 — 25 minutes
            Multicontext approach (Toglia): filling a 7-day pill organizer from 4 bottles, then paying 3 mock bills from a checkbook; pt predicted his errors first, then used a checklist strategy and checked his own work
            Impairment: executive dysfunction after TBI — poor planning, skips steps, doesn't check his work
            Performance: pill organizer 2 errors (6 at last session); bills 3 of 3 correct with the checklist; min verbal cues
            Goal: manage his own medications and household bills without his sister
            """,
            ["S06.2X0D"], [OT("97530", 25)], []),

        // Wisconsin Xbox Kinect exergaming (ski slalom, soccer headers, bowling step-and-reach), one-on-one, weight-shift and postural-control deficit — but no number anywhere but the code and minutes: measure missing.
        ["v3-h44-appleton-kinect-exergame-no-number"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 20 min — one-on-one in the therapy room
            Xbox Kinect exergaming: ski slalom (side-to-side weight shifts), soccer headers (stepping out to the ball), bowling with a step-and-reach
            Problem: slow weight shifting and poor postural control when stepping to the side; fell reaching for the TV remote
            Resident enjoyed it and wants to play again; her grandson has the same game.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Michigan SafeGait overhead-harness slips and trips, stop-and-turn walking, harnessed hurdle crossing, individual, k of 10 recoveries and 10MWT — but no deficit, system or goal named anywhere: deficit missing.
        ["v3-h44-novi-safegait-no-deficit"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (NOVI)
            PT Daily Treatment Note
            Treatment Delivery: Individual — PT with this patient only
            Neuromuscular Re-education 97112 — 23 minutes
             • SafeGait overhead harness: unannounced slips and trips on the walkway, forward and lateral
             • walking with sudden stops and direction changes on command
             • obstacle crossing with the harness on, 6-in and 10-in hurdles
            Results: 8 of 10 perturbations recovered with a single step; 10MWT 1.02 m/s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Ohio "GLA:D knee class, 6 participants, 1 PT" billed as 97112: not one-on-one; GLA:D alignment squats, band side-steps, foam SL reaches; knee valgus and neuromuscular control; 40-m walk seconds and k of 10 present.
        ["v3-h44-delaware-glad-class"] = new(
            """
            SVOS PT Delaware · PT note
            97112 — 22 min — GLA:D knee class, 6 participants, 1 PT
            Program: GLA:D neuromuscular exercise — knee-over-foot alignment in squats and lunges, sideways stepping w/ band, SL stance on foam w/ reaching
            Problem: R knee dynamic valgus and poor neuromuscular control of the knee in single-leg tasks (R knee OA)
            Today: 40-m fast-paced walk test 29.1 s; SL squat 8/10 reps w/o valgus
            """,
            ["M17.11"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Pittsburgh cerebellar stroke "Exam today: dysdiadochokinesia L hand, past-pointing L …, heel-to-shin slides off, truncal sway sitting unsupported" is the deficit; physioball rhythmic stabilization, kneel transitions, metronome stepping; one-on-one; TIS and tandem: passes.
        ["v4-h44-cranberry-cerebellar-signs"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Cranberry
            L cerebellar stroke 12/2025
            97112 — 23 min, one-on-one (PT and pt alone in the neuro gym)
            Exam today: dysdiadochokinesia L hand, past-pointing L on finger-to-nose, L heel-to-shin slides off the shin, truncal sway sitting unsupported on the mat edge
            Tx: seated reach-and-return on a physioball with rhythmic stabilization; tall-kneel to half-kneel w/o UE; stepping to floor targets at a slowed metronome beat
            Measure: Trunk Impairment Scale 15/23; tandem 3 steps before stepping out
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // Pittsburgh OT 97530 "Findings: L inattention — leaves food on the L of her plate, bumps the L door frame, omitted 9 of 15 L-side targets on the Bells Test"; anchored shelf retrieval and sandwich making; CGA and item counts; Giant Eagle goal: passes.
        ["v4-h44-shadyside-ot-left-inattention-97530"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Shadyside · OT
            97530 — 22 min
            Findings: L inattention — leaves the food on the L of her plate, bumps the L door frame with her walker, omitted 9 of 15 L-side targets on the Bells Test
            Tx: retrieving items from the clinic's mock grocery aisle with a red anchor line on the L shelf edge; making a sandwich with the items set out on her L
            Assist: CGA standing at the shelf; retrieved 11 of 14 items, 4 of them from the L side
            Goal: shop at the Giant Eagle with her daughter and make her own lunch
            """,
            ["I69.398", "R41.4"], [OT("97530", 22)], []),

        // Michigan no-fault whiplash 97140 "Findings: C5-6 hypomobile and painful R on PA spring testing; R upper trapezius and levator hypertonic with taut bands; rotation R 50°"; unilateral PA grade III in bouts, upslope glides, STM; 61° after: passes.
        ["v4-h44-livonia-c5-6-hypomobile-97140"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (LIVONIA)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — MVA 1/2026
            Manual Therapy 97140 — 10 minutes
            Findings: C5-6 hypomobile and painful R on PA spring testing; R upper trapezius and levator scapulae hypertonic with taut bands; cervical rotation R 50° (L 70°)
            Treatment: R C5-6 unilateral PA grade III, 3 x 30 s; upslope glides C4–C6 R in sitting x 10; STM R upper trap and levator
            After: cervical rotation R 61°
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97140", 10)], []),

        // Ohio PTA "findings: effusion 2+ on stroke test; quad lag 15° on SLR; R knee flex 105°" after partial meniscectomy; quad sets, SLR, heel slides, bike with doses: 97110 passes.
        ["v4-h44-dublin-effusion-quad-lag-97110"] = new(
            """
            SVOS PT Dublin · PTA tablet note
            97110 TE — 15 min
            findings: effusion 2+ on stroke test; quad lag 15° on SLR; R knee flex 105°
            ex: quad sets w/ towel under knee 10 × 5 s // SLR 2×10 // heel slides w/ strap 2×15 // bike rocking → full revolutions ×20
            R knee post partial medial meniscectomy, 3 wk
            """,
            ["S83.241D", "Z98.890"], [PTA("97110", 15)], []),

        // Wisconsin OT "Findings: R thumb CMC grind test positive with crepitus; key pinch 7 lb R / 12 lb L; pain opening jars"; isometric thumb abduction, first dorsal interosseous, web-space stretch, opposition with doses: 97110 passes.
        ["v4-h44-depere-ot-cmc-grind-97110"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic · OT
            97110 — 15 min
            Findings: R thumb CMC grind test positive with crepitus; key pinch 7 lb R / 12 lb L; pain opening jars and turning the key in her door
            Exercises: isometric thumb abduction against putty 10 × 5 s; first dorsal interosseous strengthening w/ band 2 × 12; thumb web-space stretch 3 × 30 s; opposition to each fingertip 2 × 10
            """,
            ["M18.11"], [OT("97110", 15)], []),

        // Indiana "leans his trunk over the L hip every time he steps on it, L glute med 3+/5, steps shorter with the R" is the gait deficit; cane and mirror gait training; 200 ft SBA and gravel CGA: 97116 passes.
        ["v4-h44-jasper-lateral-trunk-lean-97116"] = new(
            """
            PATOKA VALLEY THERAPY — Jasper · PT
            97116 — 16 min
            How he walks: leans his trunk over the L hip every time he steps on it, L glute med 3+/5, steps shorter with the R (about 18 in vs 22 in on the L) — L hip replacement 9 wks ago
            Gait training with the cane in his R hand; watched himself in the hallway mirror to keep his shoulders level; cued even steps
            Walked 200 ft x 2 with the cane, stand-by assist; 50 ft on the gravel drive with contact guard
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 16)], []),

        // Wisconsin "falls backward reaching up into her kitchen cupboard — posterior lean, toes come up, no ankle strategy; steps back late and small" is the deficit; toes-up wedge weight shifts, sternal-tap backward steps, feet-together reaching; one-on-one; reach inches and Berg: passes.
        ["v4-h44-maple-court-posterior-lean"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 22 min — one-on-one, resident and PT the only ones in the room
            Findings: falls backward reaching up into her kitchen cupboard — posterior lean, toes come up, no ankle strategy; reactive steps back are late and small
            Tx: forward weight shifts at the counter standing on a toes-up wedge; backward stepping to a tap at the sternum; reaching to the top shelf with feet together
            Functional reach 7 in (4 in at eval); Berg 45/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Wisconsin "Problems identified today: none — resident states she feels steady and has had no falls" and no deficit anywhere: deficit missing; one-on-one, rail tandem, foam marching, cane step-overs, tandem seconds and Berg present.
        ["v4-h44-birch-court-problems-none"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 20 min — seen one-on-one in the therapy room
            Tx: tandem walking along the hallway rail; marching on a foam mat; stepping over a cane laid on the floor; reaching to cones at shoulder height
            Problems identified today: none — resident states she feels steady and has had no falls
            Tandem stance 14 s; Berg 52/56
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Ohio PTA 97116 "gait today: reciprocal, symmetric step length, no deviations, no AD needed" with treadmill, overground and stair distances and no goal or impairment: deficit missing.
        ["v4-h44-westerville-pta-gait-symmetric"] = new(
            """
            SVOS PT Westerville · PTA tablet note
            97116 gait — 15 min
            treadmill 2.8 mph @ 4% incline ×2 bouts; overground 600 ft ×2 no AD; stairs 12 steps reciprocal ×2
            gait today: reciprocal, symmetric step length, no deviations, no AD needed
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // Indiana PTA "Deficits: same as last time" names nothing and nothing else does: deficit missing; one-on-one, rocker board, eyes-shut pillow stance, broom-handle sidesteps, seconds present.
        ["v4-h44-huntingburg-deficits-same-as-last-time"] = new(
            """
            PATOKA VALLEY THERAPY — Huntingburg · PTA visit
            Brenda Vollmer, PTA — worked one-on-one with her, nobody else in the gym
            97112 balance — 22 min
            Did: rocker board front-to-back holding the bars, then letting go; feet together on a bed pillow with her eyes shut; sidestepping over the broom handle
            Deficits: same as last time
            Rocker board hands-free 20 s; pillow eyes shut 8 s
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Wisconsin 97116 "320 ft x 2, SBA; gait speed 0.68 m/s; Fitbit average 2,900 steps/day"; rollator training to the dining room; flexed short-stepped gait after pneumonia; supper-club goal: passes.
        ["v5-h44-maple-court-fitbit-gait-speed-97116"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97116 — 17 min
            Gait training with her rollator from Maple Court to the dining room and back: cues for upright posture, longer steps, using the brakes at the door
            Problem: flexed posture, short steps and poor endurance after her pneumonia in January
            Measures: 320 ft x 2, SBA; gait speed 0.68 m/s (10-meter walk); Fitbit average 2,900 steps/day this week (1,700 at eval)
            Goal: walk to the Friday supper club in the dining room without the wheelchair
            """,
            ["R26.89", "R53.81"], [PT("97116", 17)], []),

        // Ohio PTA "Biodex isokinetic quads @ 60°/s: L 98 Nm / R 142 Nm (LSI 69%)" with leg press, knee extension, step-downs and RDL loads; L quad deficit after ACLR: 97110 passes.
        ["v5-h44-westerville-biodex-torque-97110"] = new(
            """
            SVOS PT Westerville · PTA tablet note
            97110 TE — 20 min
            leg press 3×10 @ 110 lb // knee ext 90–45° 3×10 @ 20 lb (L) // step-downs 6" 3×10 // RDL 3×8 @ 25 lb KB
            Biodex isokinetic quads @ 60°/s: L 98 Nm / R 142 Nm (LSI 69%)
            L quad strength deficit 5 mo post L ACLR
            """,
            ["S83.512D", "Z98.890"], [PTA("97110", 20)], []),

        // Pittsburgh PD "Measures (ON medication): MDS-UPDRS Part III 31; 360° turn 5.8 s; Mini-BESTest 20/28"; amplitude stepping, line-cued turning box, belt-tug backward steps; hypokinesia and freezing; one-on-one: passes.
        ["v5-h44-squirrelhill-updrs-part-iii"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Squirrel Hill
            97112 — 23 min — one-on-one
            Tx: large-amplitude stepping to floor targets in 4 directions; turning in a tight taped box w/ a visual line cue; backward stepping after a tug at the belt
            Deficit: hypokinesia (short steps), freezing when turning, delayed backward stepping
            Measures (ON medication): MDS-UPDRS Part III 31; 360° turn 5.8 s; Mini-BESTest 20/28
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Michigan no-fault concussion "Dynamic Visual Acuity — 2 lines lost today (4 at IE); FGA 23/30"; VOR x1 on foam, head-turn hallway reading, optokinetic stripes; vestibulo-ocular dysfunction; one-on-one: passes.
        ["v5-h44-porthuron-dva-lines"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (PORT HURON)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — concussion, MVA 12/2025
            Treatment Delivery: one-on-one with the treating PT for the whole session
            Neuromuscular Re-education 97112 — 22 minutes
             • VOR x1 yaw and pitch standing on foam, letter target at arm's length
             • walking the hallway reading signs while turning the head
             • standing in front of a moving-stripe video on the TV (optokinetic)
            Impairments: post-concussion vestibulo-ocular dysfunction and visual motion sensitivity
            Measures: Dynamic Visual Acuity — 2 lines lost today (4 at IE); FGA 23/30
            """,
            ["S06.0X0D", "R42"], [PT("97112", 22)], []),

        // Indiana 97530 loads and counts ("25-lb sack of feed 50 ft x 3", bucket floor-to-tailgate x 6, skid steer x 3, modified independent); back after L4-5 fusion; hog chores goal: passes.
        ["v5-h44-ferdinand-loads-counts-97530"] = new(
            """
            PATOKA VALLEY THERAPY — Ferdinand · PT
            97530 — 20 min
            Carried a 25-lb sack of feed 50 ft x 3; lifted a half-full bucket from the floor to the tailgate x 6 with a hip hinge; climbed in and out of the skid steer x 3
            Modified independent on all of it; one rest sitting on the tailgate
            Problem: low back after his L4-5 fusion — lifts with a rounded back when he's tired
            Goal: back to the hog chores by himself
            """,
            ["Z98.1", "M54.50"], [PT("97530", 20)], []),

        // Wisconsin OT after distal radius ORIF "wrist ext 48°, flex 42°, supination 65°; grip (dynamometer, 2nd position) 24 lb L / 46 lb R" with AROM, hammer, putty and curls in doses; sheepshead-club goal: 97110 passes.
        ["v5-h44-depere-ot-wrist-degrees-grip-97110"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic · OT
            97110 — 16 min
            L wrist 9 wks after distal radius ORIF
            Exercises: wrist flex/ext AROM 2 × 15; forearm sup/pron w/ a hammer 2 × 10; putty squeeze 2 × 15; wrist curls 1 lb 2 × 12
            Measures: wrist ext 48°, flex 42°, supination 65°; grip (dynamometer, 2nd position) 24 lb L / 46 lb R
            Goal: hold the cards and deal for the Thursday sheepshead club
            """,
            ["S52.532D"], [OT("97110", 16)], []),

        // Wisconsin 97112 "Berg due at the progress note." and no number anywhere but the code and minutes: measure missing; one-on-one, counter side-steps, foam EC, shoulder-check walking, ankle/hip strategy deficit present.
        ["v5-h44-birch-court-berg-due-no-number"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 21 min — one-on-one in the therapy room
            Tx: side-stepping along the counter, then letting go; standing on the foam pad with eyes closed; turning to look over each shoulder while walking
            Problem: poor ankle and hip strategy; sways and grabs for the wall when she turns to look behind her
            Berg due at the progress note.
            Resident walked back to her apartment with her rollator.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Pittsburgh 97116 outside on a hill and the bus-stop curb with a quad cane, knee snap-back and hip hike — no distance, assistance level or number: measure missing.
        ["v5-h44-southside-hill-curb-no-number-97116"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — South Side
            97116 — 16 min
            Gait training outside: up and down the hill on the side street off Carson St., then the curb at the bus stop, quad cane in the R hand; cued a shorter step downhill and to keep the L knee soft
            Deviations: L knee snaps back in stance, L hip hikes to clear the foot (R pontine stroke)
            Did better on the downhill than last week.
            """,
            ["I69.354"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Indiana 97530 tractor-seat climbing, feed buckets to the trough, rising off the barn floor with a hay bale; shoulder/hip weakness and pasture goal — no level, count, load or number: measure missing.
        ["v5-h44-jasper-tractor-no-level-97530"] = new(
            """
            PATOKA VALLEY THERAPY — Jasper · PT
            97530 — 18 min
            Practiced climbing up into the tractor seat and back down facing the steps; lifting feed buckets from the floor to the trough; getting up off the barn floor using a hay bale
            Problem: weak L shoulder and hip after he fell off the hay wagon
            Goal: back to chores before the cattle go out to pasture
            """,
            ["M62.81", "R26.89"], [PT("97530", 18)], [At(Measure, "97530")]),

        // Ohio PTA tablet "ex: bike // LAQ // SLR // heel slides // standing TKE w/ band // mini squats at counter" after TKA with a driving goal — no set, repetition, load or number: measure missing.
        ["v5-h44-marysville-pta-list-no-dose-97110"] = new(
            """
            SVOS PT Marysville · PTA tablet note
            97110 TE — 15 min
            ex: bike // LAQ // SLR // heel slides // standing TKE w/ band // mini squats at counter
            R TKA early post-op — quad weak, stiff getting up out of the car
            goal: drive to the plant and back
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Ohio tablet "Tx timer (mm:ss): TE 15:00 · NMR 23:00" gives 15 and 23 minutes, both matching; NMR 1:1 (Airex toss, rocker EC, hurdle head turns); TE doses; knee weakness and proprioception; SLS and rocker seconds: passes.
        ["v6-h44-hilliard-tablet-timer-mmss"] = new(
            """
            SVOS PT Hilliard · PTA tablet note
            Tx timer (mm:ss):  TE 15:00 · NMR 23:00
            TE: leg press 3×10 @ 70 lb // lateral step-ups 6" 2×12 // sidelying hip abd 2×15 @ 2 lb
            NMR (1:1, PTA hands-on the whole block): SL stance on Airex w/ ball toss // rocker board EC // hurdle step-overs w/ head turns
            why: R quad weakness (4-/5) + ↓ R knee proprioception after R TKA
            obj: R SLS on Airex 6 s; rocker EC 15 s
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 15), PTA("97112", 23)], []),

        // Michigan Cerner "Charge Summary: 97110 x 1 unit (15 min); 97140 x 1 unit (10 min)" both match; core exercises with doses and lumbar mobilization grade III with STM; lumbar flexion and endurance; fingertip-to-floor and plank: passes.
        ["v6-h44-canton-cerner-charge-summary"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (CANTON)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — lumbar strain, MVA 11/2025
            Treatment Rendered:
             Therapeutic Exercise: bird dog 2 x 10 w/ 5 s hold; dead bug 2 x 10; side plank from knees 3 x 20 s; hip hinge w/ dowel 2 x 10
             Manual Therapy: L4-5 central PA grade III 3 x 30 s; R sidelying lumbar rotation grade III; STM R lumbar paraspinals
            Impairments: ↓ lumbar flexion and core endurance; R low back pain lifting her toddler into the car seat
            Objective: fingertip-to-floor 18 cm (26 cm at IE); prone plank 35 s
            Charge Summary: 97110 x 1 unit (15 min); 97140 x 1 unit (10 min)
            """,
            ["S39.012D", "M54.50"], [PT("97110", 15), PT("97140", 10)], []),

        // Indiana clock times in a sentence: "Started with him at 1:30. Leg exercises (97110) until 1:45 … Then gait training outdoors (97116) until 1:58" = 15 and 13, both matching; doses, 300 ft SBA, hip weakness: passes.
        ["v6-h44-loogootee-clock-times-in-a-sentence"] = new(
            """
            PATOKA VALLEY THERAPY — Loogootee, IN · PT
            Started with him at 1:30. Leg exercises (97110) until 1:45: step-ups on the 6-in step 2 x 12, sit-to-stand from the low chair 3 x 8, standing hip abduction with the red band 2 x 15. Then gait training outdoors (97116) until 1:58: walked the gravel lane to the road and back with his cane, 300 ft x 2, stand-by assist; cued heel first and a longer L step.
            Problem: weak R hip and knee (4-/5) after his R hip fracture; short L step, slow on the gravel
            Goal: walk out to the barn lot by himself
            """,
            ["S72.141D"], [PT("97110", 15), PT("97116", 13)], []),

        // Wisconsin number-first "Minutes: 23 NMR / 15 TE" both match; one-on-one the whole visit; foam head turns, rail tandem, called floor targets; TE doses; postural control and weakness; tandem and 5xSTS: passes.
        ["v6-h44-depere-minutes-number-first"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            Minutes: 23 NMR / 15 TE. Resident seen one-on-one the whole visit.
            NMR: standing on the foam pad feet together w/ head turns; tandem walk along the hallway rail; stepping to floor targets called out of order
            TE: seated knee extension 2 × 12 @ 3 lb; standing hip extension at the counter 2 × 12; heel raises 2 × 15
            Problem: ↓ postural control with head movement; B quad and hip extensor weakness (4-/5)
            Measures: tandem stance 7 s; 5x sit-to-stand 16.4 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Pittsburgh "Out of 43 timed minutes today, 20 were neuromuscular re-education (97112), 13 gait training (97116) and 10 therapeutic activity (97530)" — all three match; one-on-one; each section complete: passes.
        ["v6-h44-monroeville-out-of-43-timed-minutes"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Monroeville
            Out of 43 timed minutes today, 20 were neuromuscular re-education (97112), 13 gait training (97116) and 10 therapeutic activity (97530). PT and patient one-on-one throughout.
            NMR: rhythmic stabilization in stride stance, L foot forward; L step-ups w/ a tap at the L quad; reactive steps after a release from a lean
            Gait: hemi-walker → quad cane, 150 ft x 2 with CGA; cues for L knee control in stance
            Ther act: floor-to-chair transfer practice x 3 with min A; carrying a laundry bag 20 ft in the R hand x 2, CGA
            Deficits: ↓ L LE motor recruitment and timing, L knee buckling in stance (R MCA stroke)
            Measures: Berg 38/56; 10MWT 0.41 m/s
            Goal: get up off the floor if she falls and carry her laundry down to the basement washer
            """,
            ["I69.354"], [PT("97112", 20), PT("97116", 13), PT("97530", 10)], []),

        // Michigan "38 timed minutes today: neuromuscular re-education 23 minutes (97112), the remaining 15 minutes therapeutic exercise (97110)" both match; individual one-on-one; perturbations, foam beam, hurdles; sit-to-stands, band walks, bridges; Mini-BESTest and chair stands: passes.
        ["v6-h44-brighton-remaining-15-minutes"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (BRIGHTON)
            PT Daily Treatment Note
            38 timed minutes today: neuromuscular re-education 23 minutes (97112), the remaining 15 minutes therapeutic exercise (97110).
            Treatment Delivery: Individual — one-on-one with the PT for all timed minutes
            97112: perturbations in stride stance at the pelvis; walking on a foam balance beam; stepping over hurdles with a head turn
            97110: sit-to-stand from a low mat 3 x 10; lateral band walks 3 x 20 ft; bridges 2 x 15
            Impairments: delayed stepping reactions and ↓ postural control after a fall on the ice; B hip abductor weakness 4-/5
            Objective: Mini-BESTest 21/28; 30-s chair stand 11 reps
            """,
            ["R26.81", "Z91.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Ohio tablet timer "NMR 23:00 · TE 25:00" against a 15-min 97110 line: mismatch on 97110 (NMR matches); both sections complete with 1:1 on the NMR.
        ["v6-h44-grovecity-tablet-timer-te-mismatch"] = new(
            """
            SVOS PT Grove City · PTA tablet note
            Tx timer (mm:ss):  NMR 23:00 · TE 25:00
            NMR (1:1 w/ PTA): rocker board A/P w/ EC // tandem on foam beam // SL stance w/ cone taps
            TE: leg press 3×10 @ 60 lb // clamshells 2×15 // step-ups 6" 2×12
            why: ↓ L ankle proprioception + L hip abductor weakness 4-/5 (L ankle ORIF)
            obj: L SLS 8 s; tandem on foam 11 s
            """,
            ["S82.892D"], [PTA("97112", 23), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Michigan Cerner "Charge Summary: 97110 x 1 unit (15 min); 97140 x 1 unit (10 min)" against a 20-min 97140 line: mismatch on 97140; both sections complete.
        ["v6-h44-lapeer-cerner-charge-mt-mismatch"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (LAPEER)
            PT Daily Treatment Note
            Treatment Rendered:
             Therapeutic Exercise: chin tucks 2 x 10 w/ 5 s hold; prone T and Y 2 x 10; band rows 2 x 15; wall angels 2 x 10
             Manual Therapy: upper thoracic PA grade III–IV T2–T5, 3 x 30 s each level; R first rib inferior glide grade III; suboccipital release
            Impairments: thoracic hypomobility, forward head, R neck and shoulder-blade pain at her desk
            Objective: cervical rotation R 58° → 67°
            Charge Summary: 97110 x 1 unit (15 min); 97140 x 1 unit (10 min)
            """,
            ["M54.2", "M54.6"], [PT("97110", 15), PT("97140", 20)], [At(Mismatch, "97140")]),

        // Indiana one timed code: "We spent 30 minutes of gait training out on the gravel lane and the porch steps" against a 15-min 97116 line: mismatch; walker training, 250 ft SBA, porch steps CGA, weak L leg after TKA complete.
        ["v6-h44-loogootee-spent-30-minutes-gait-mismatch"] = new(
            """
            PATOKA VALLEY THERAPY — Loogootee · PT
            We spent 30 minutes of gait training out on the gravel lane and the porch steps with his walker. Cued him to stay inside the walker and to lead with the R going up the steps.
            Walked 250 ft x 2 with stand-by assist; porch steps up and down x 3 with the rail, contact guard
            Problem: weak L leg and shuffling steps after his L knee replacement; scared of the gravel
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Pittsburgh "Total timed treatment: 38 min (NMR + gait training)" and no minutes for either code: separate time missing; one-on-one, PNF rhythmic initiation, mirror weight shifts, hemi-walker gait, deficits, Fugl-Meyer and 10MWT complete.
        ["v6-h44-southside-total-timed-only"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — South Side
            Total timed treatment: 38 min (NMR + gait training). One-on-one with the PT throughout.
            NMR: PNF rhythmic initiation for sit-to-stand; weight shifts onto the R leg w/ mirror feedback; R step-ups to a target
            Gait: hemi-walker, 120 ft x 3 with CGA; cues for R heel strike and knee control
            Deficits: ↓ R LE motor recruitment, R knee hyperextension in stance, R foot drop (L MCA stroke)
            Measures: Fugl-Meyer LE 21/34; 10MWT 0.36 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Wisconsin three codes with "NMR 20 min" and "TE 10 min" (both match) but the transfer work (97530, 13 min) has no minutes: separate time missing; every section complete with a recliner goal.
        ["v6-h44-cedar-minutes-for-two-of-three"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            NMR 20 min, one-on-one: stepping over a cane on the floor; tandem walk at the hallway rail; standing on foam with eyes closed
            TE 10 min: seated knee extension 2 × 12 @ 2 lb; standing hip abduction 2 × 10; heel raises 2 × 15
            Also worked on transfers: in and out of her recliner x 5 and on/off the raised toilet x 3, SBA
            Problem: ↓ postural control with eyes closed; B hip and knee weakness; struggles out of her recliner
            Measures: tandem 6 s; Berg 46/56
            Goal: get out of her recliner without pushing on the walker
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 10), PT("97530", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a Michigan NMR + TE visit: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h44-livonia-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 with no diagnosis: note missing on 97530 and the diagnosis check.
        ["v7-h44-shadyside-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // Spaces, tabs and CR/LF only are an empty note: missing on 97140 and 97116, nothing else.
        ["v7-h44-jasper-whitespace-mt-gait"] = new(
            "   \r\n\t  \r\n  ",
            ["M17.12"], [PT("97140", 10), PT("97116", 15)], [At(NoteMissing, "97140"), At(NoteMissing, "97116")]),

        // 97110 whose only target is a functional goal ("climb up into the combine cab and ride through harvest"), exercises with doses: passes.
        ["v7-h44-ferdinand-goal-only-combine-cab-97110"] = new(
            """
            PATOKA VALLEY THERAPY — Ferdinand · PT
            97110 — 15 min
            Step-ups on the 8-in step 3 x 10 each leg; farmer carries with 20-lb dumbbells 4 x 50 ft; gripper squeezes 3 x 15; climbs on the wall bars 3 x 5 rungs
            Goal: climb up into the combine cab and ride through harvest
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // OT 97530 whose only measure is an assistance level ("Contact guard assist throughout"), laundry tasks and an own-laundry goal: passes.
        ["v7-h44-birch-court-assist-level-only-ot-97530"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic · OT
            97530 — 20 min
            Laundry in the Birch Court laundry room: moved wet clothes from the washer to the dryer, cleaned the lint trap, folded towels standing at the table, carried the basket back on her walker seat
            Contact guard assist throughout
            Goal: do her own laundry again instead of sending it out
            """,
            ["R26.89", "M62.81"], [OT("97530", 20)], []),

        // Michigan seat-belt injury 97140: sternoclavicular glides and costovertebral PA mobilization grade III in bouts, STM; R anterior chest wall and SC pain with an overhead limit: passes.
        ["v7-h44-canton-sc-costovertebral-97140"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (CANTON)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — seat-belt injury to the R chest, MVA 12/2025
            Manual Therapy 97140 — 12 minutes
             • R sternoclavicular joint posterior and inferior glides, grade III, 3 x 30 s
             • R 1st–2nd costovertebral PA mobilization, grade III, 3 x 30 s
             • STM R pectoralis major and minor
            Impairment: R anterior chest wall and SC joint pain; can't reach overhead to the top shelf with the R arm
            """,
            ["S29.011D", "S23.41XD"], [PT("97140", 12)], []),

        // Ohio PTA 97116 crutch training PWB with 3-point pattern and stairs; 150 ft mod I, stairs SBA; step-to and short stance after tibial plateau ORIF: passes.
        ["v7-h44-dublin-pta-crutch-training-97116"] = new(
            """
            SVOS PT Dublin · PTA tablet note
            97116 gait — 15 min
            gait trng w/ axillary crutches, PWB 50% L per MD → 3-point pattern; stairs up w/ R, down w/ crutches + L
            150 ft ×2 mod I; stairs 8 steps w/ rail + crutch, SBA
            L tibial plateau ORIF 8 wk: step-to pattern, ↓ L stance time, ↓ L knee flex in swing
            """,
            ["S82.142D"], [PTA("97116", 15)], []),

        // Michigan 97140 "Manual per plan. Responded well to tx. Will continue.": no technique, region, impairment or parameter; generic only.
        ["v7-h44-porthuron-generic-manual-97140"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (PORT HURON)
            PT Daily Treatment Note
            Manual Therapy 97140 — 10 minutes
            Manual per plan. Responded well to tx. Will continue.
            """,
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Ohio tablet "TA 20 min · TE 15 min / functional activities + strengthening per POC. pt did well …": minutes match, but nothing named for either code.
        ["v7-h44-westerville-generic-ta-te"] = new(
            """
            SVOS PT Westerville · PTA tablet note
            TA 20 min · TE 15 min
            functional activities + strengthening per POC. pt did well, tol without issue. will progress next visit.
            """,
            ["M62.81"], [PTA("97530", 20), PTA("97110", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Pittsburgh MS 97116 with a new posterior leaf spring AFO on three surfaces; foot drop and toe drag with fatigue; gait speed in ft/sec with and without the AFO, 400 ft mod I: passes.
        ["v7-h44-oakland-ms-afo-ft-per-sec-97116"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Oakland
            97116 — 15 min
            Gait training with her new posterior leaf spring AFO on the L: hallway, carpet, and the ramp to the lobby; cued heel first and an even rhythm
            Gait: L foot drop and toe drag that get worse as she tires, L knee hyperextends in stance (MS)
            Gait speed 2.9 ft/sec (2.3 ft/sec without the AFO); 400 ft x 2 without a rest, mod I
            """,
            ["R26.89", "M21.372"], [PT("97116", 15)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Michigan no-fault whiplash: "Therapeutic Exercise 97110 — 15 minutes" (CCFT with cuff, band retraction, open books, foam-roll extension) and "Manual Therapy 97140 — 10 minutes" (C2–C4 PA grade III, suboccipital, STM); DNF weakness and rotation; degrees and NDI: passes.
        ["vord-h44-livonia-no-fault-whiplash-te-mt"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (LIVONIA)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — whiplash, MVA 1/2026; back at the parts supplier on light duty
            Therapeutic Exercise 97110 — 15 minutes: craniocervical flexion w/ pressure cuff 22 mmHg 10 x 10 s; scapular retraction w/ band 2 x 15; open books 2 x 10 each side; thoracic extension over a foam roll 2 x 10
            Manual Therapy 97140 — 10 minutes: C2–C4 R unilateral PA grade III 3 x 30 s; suboccipital release; STM R upper trapezius and scalenes
            Impairments: deep neck flexor weakness, ↓ cervical rotation R, R neck pain when driving (checking the blind spot)
            Objective: cervical rotation R 58° (45° at IE); NDI 30% (44% at IE)
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97110", 15), PT("97140", 10)], []),

        // Michigan Medicare TKA: "Therapeutic Exercise 97110 — 16 minutes" (bike, heel slides, SAQ, TKE, prone hangs) and "Gait Training 97116 — 12 minutes" (SPC 200 ft SBA, stairs); knee ROM and lag, stiff-knee gait; Meijer goal: passes.
        ["vord-h44-brighton-tka-te-gait"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (BRIGHTON)
            PT Daily Treatment Note
            Therapeutic Exercise 97110 — 16 minutes: recumbent bike, full revolutions, level 2; heel slides w/ strap 2 x 15; SAQ 2 x 15 @ 3 lb; standing TKE w/ band 2 x 15; prone hangs 3 x 30 s
            Gait Training 97116 — 12 minutes: SPC in the hallway, 200 ft x 2, SBA; cued heel strike and full knee extension in stance; 4 stairs reciprocal w/ rail
            Impairments: L knee flexion 102°, extension −6°; quad lag 5°; stiff-knee gait with a short R step
            Goal: walk into Meijer and do her own shopping
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97116", 12)], []),

        // Michigan PT and OT back-to-back after stroke: PT 97112 24 one-on-one (weight shifts, target placement, foam catches; R LE motor and postural control; Berg and % WB) and OT 97530 23 (breakfast tasks, SBA/min A, breakfast goal): passes.
        ["vord-h44-grandblanc-stroke-pt-nmr-ot-ta"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (GRAND BLANC) — PT and OT back-to-back
            PT — Neuromuscular Re-education 97112 — 24 minutes, one-on-one with the PT:
             • lateral weight shifts onto the R leg in the bars, then hands free
             • R foot placement onto floor targets while standing on the L
             • standing on a foam pad feet apart, catching a beach ball
             Impairments: ↓ R LE motor control and postural control in standing (L MCA stroke 10/2025)
             Measures: Berg 41/56 (35/56 at IE); R LE weight bearing 42% on the scale
            OT — Therapeutic Activities 97530 — 23 minutes:
             • making toast and coffee in the ADL kitchen using the R hand as a stabilizer
             • reaching to the upper cupboard with the R arm, then carrying a mug to the table
             Assist: SBA in the kitchen, min A to reach the upper shelf. Goal: make her own breakfast at home
            """,
            ["I69.351"], [PT("97112", 24), OT("97530", 23)], []),

        // Ohio PTA ACL: "TE 97110 — 15 min" (SL press, split squats, ball curls) and "NMR 97112 — 23 min, 1:1 (my only pt during the NMR)" (bound-and-stick, band-perturbed SL stance, reactive cone touches); quad weakness and valgus; k of 10: passes.
        ["vord-h44-dublin-pta-acl-te-nmr"] = new(
            """
            SVOS PT Dublin · PTA tablet note
            TE 97110 — 15 min: leg press SL 3×10 @ 60 lb // Bulgarian split squat 3×8 // hamstring curl on ball 2×12
            NMR 97112 — 23 min, 1:1 (my only pt during the NMR): lateral bound & stick onto foam // perturbed SL stance w/ band pulls // reactive cone touches to called colors
            why: L quad weakness + ↓ L knee neuromuscular control / valgus on landing (L ACLR 4 mo)
            obj: L SL squat 8/10 reps w/o valgus; stick landings 7/10
            """,
            ["S83.512D", "Z98.890"], [PTA("97110", 15), PTA("97112", 23)], []),

        // Ohio PTA cuff repair: "MT 97140 — 10 min" (GH glides grade III in bouts, PROM) and "TE 97110 — 15 min" (pulleys, slides, isometrics, retraction); capsular tightness with PROM degrees; grooming goal: passes.
        ["vord-h44-hilliard-pta-cuff-mt-te"] = new(
            """
            SVOS PT Hilliard · PTA tablet note
            MT 97140 — 10 min: GH posterior + inferior glides gr III 3×30 s each // PROM flex/ER in supine to end range
            TE 97110 — 15 min: pulleys ×20 // table slides flex 2×15 // isometric ER/IR 10 × 5 s // scapular retraction 2×15
            R RTC repair 8 wk: ↓ R flexion/ER, capsular tightness; PROM flex 135°, ER 45°
            goal: comb her hair and fasten her bra without help
            """,
            ["M75.121", "Z98.890"], [PTA("97140", 10), PTA("97110", 15)], []),

        // Ohio PTA ankle ORIF 97116: boot to ASO brace, SPC on sidewalk and grass, 350 ft mod I, grass SBA, curbs; antalgic gait with short step: passes.
        ["vord-h44-grovecity-pta-ankle-gait-97116"] = new(
            """
            SVOS PT Grove City · PTA tablet note
            97116 gait — 16 min
            boot → ASO brace; gait trng in the hallway, on the outdoor sidewalk and on grass, SPC R hand; cues heel-toe and equal step length
            350 ft ×2 mod I on the sidewalk; grass 100 ft SBA; curb ×4 SBA
            L ankle bimalleolar ORIF 10 wk: antalgic, ↓ L push-off, short R step
            """,
            ["S82.842D"], [PTA("97116", 16)], []),

        // Ohio knee OA 97140: tibiofemoral belt distraction and posterior glides grade III in bouts, patellar mobs, STM; extension and flexion degrees; Scioto Mile goal: passes.
        ["vord-h44-delaware-knee-oa-97140"] = new(
            """
            SVOS PT Delaware · PT note
            97140 — 12 min
            R tibiofemoral distraction w/ belt gr III 3×30 s; posterior tibial glides gr III 3×30 s; patellar mobs sup/inf/med; STM R VMO and ITB
            R knee OA: knee extension −8° (−12° at last visit), flexion 110°; pain on stairs
            Goal: walk the Scioto Mile with his grandson
            """,
            ["M17.11"], [PT("97140", 12)], []),

        // Indiana stenosis 97110: flexion exercises with holds and reps, forward-lean bike; neurogenic claudication; walking distance before symptoms; church chicken-dinner goal: passes.
        ["vord-h44-jasper-stenosis-flexion-97110"] = new(
            """
            PATOKA VALLEY THERAPY — Jasper · PT
            97110 — 18 min
            Flexion exercises: single and double knee-to-chest 3 x 20 s each; posterior pelvic tilts 2 x 15; seated flexion stretch over the ball 3 x 20 s; recumbent bike leaning forward, level 3
            Problem: spinal stenosis — legs go numb and heavy walking more than a block; can't stand long enough to work the church festival's chicken-dinner line
            Walked 600 ft before leg symptoms today (300 ft at eval)
            """,
            ["M48.062"], [PT("97110", 18)], []),

        // Indiana PTA THA 97530: Buick transfer with the leg lifter, sock aid and shoehorn, reacher egg gathering with counts and SBA/CGA; hip precautions; Mass and henhouse goal: passes.
        ["vord-h44-huntingburg-pta-tha-97530"] = new(
            """
            PATOKA VALLEY THERAPY — Huntingburg · PTA visit (Brenda Vollmer, PTA)
            97530 — 20 min
            Car transfer into her Buick with the leg lifter, keeping her hip precautions — x 4, SBA
            Socks on with the sock aid and shoes with the long shoehorn — x 2, SBA
            Picking eggs out of the floor basket with the reacher and carrying the basket 30 ft with her cane — CGA
            Problem: R posterior hip precautions after R THA, R hip weakness
            Goal: drive to Sunday Mass and gather the eggs from the henhouse on her own
            """,
            ["Z96.641", "Z47.1"], [PTA("97530", 20)], []),

        // Indiana neuropathy: "Balance (97112) 22 min, one-on-one with me the whole time" (pillow EC, tape-line heel-to-toe, garden-hose step-overs) and "Walking (97116) 15 min" (cane on gravel and grass, 300 ft SBA); numb feet; seconds and steps: passes.
        ["vord-h44-ferdinand-neuropathy-nmr-gait"] = new(
            """
            PATOKA VALLEY THERAPY — Ferdinand · PT (Kurt Schnell, PT)
            Balance (97112) 22 min, one-on-one with me the whole time: standing on a bed pillow with feet together and eyes closed; heel-to-toe along the tape line; stepping over garden hoses laid across the floor
            Walking (97116) 15 min: with the cane on the gravel lot and the grass, 300 ft x 2 stand-by assist; cued to look ahead, not at his feet
            Problem: numb feet from diabetic nerve damage — can't tell where his feet are; wide, careful steps on uneven ground
            Numbers: feet together eyes closed 9 s; heel-to-toe 10 steps without stepping off
            """,
            ["E11.42"], [PT("97112", 22), PT("97116", 15)], []),

        // Pittsburgh stroke 97112 23 one-on-one (half-kneel rhythmic stabilization, tapped block step-ups, L-leg cone reaches) and 97116 15 (quad cane 180 ft CGA, gym steps); recruitment and timing; Berg, 10MWT, stance %; Incline goal: passes.
        ["vord-h44-oakland-stroke-nmr-gait"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Oakland
            97112 — 23 min — one-on-one: tall-kneel → half-kneel w/ the L leg forward, rhythmic stabilization at the pelvis; stepping the L foot onto a 4-in block w/ tapping to the L quad; standing on the L leg reaching to cones
            97116 — 15 min: quad cane, 180 ft x 3 w/ CGA; cues for L heel strike and to keep the L knee from snapping back; the 4 steps up to the gym w/ the rail, CGA
            Deficits: ↓ L LE motor recruitment and timing, L knee hyperextension, poor L stance control (R MCA stroke)
            Measures: Berg 40/56; 10MWT 0.52 m/s; L stance time 35% of the cycle
            Goal: ride the Monongahela Incline with his grandkids
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Pittsburgh PD 97112 "PT with pt one-on-one in the PD bay": tape step-overs for freezing, counted box turns, belt-release stepping, laser-cued doorway; freezing and festination; FOG-Q, TUG and recovery steps: passes.
        ["vord-h44-squirrelhill-pd-freezing-97112"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Squirrel Hill
            97112 — 24 min — PT with pt one-on-one in the PD bay
            Tx: stepping over lines of tape on the floor to break up freezing; 180° turns in a taped box while counting out loud; backward and sideways stepping after a release from the belt; walking through a doorway with a laser line cue
            Deficit: freezing at doorways and on turns, festinating steps, slow backward stepping (PD)
            Measures: FOG-Q 12/24; TUG 12.6 s; backward steps to recover 3 (5 at IE)
            """,
            ["G20.A2"], [PT("97112", 24)], []),

        // Pittsburgh MS "97110 — 15 min" (cuffed knee extension, counter abduction, bridges) and "97530 — 18 min" (couch rises, basket on steps CGA, reacher pick-ups SBA); weakness and heat fatigue; basement-laundry goal: passes.
        ["vord-h44-monroeville-ms-te-ta"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Monroeville
            97110 — 15 min: seated knee ext 2 x 12 @ 3 lb; standing hip abduction at the counter 2 x 10; bridges 2 x 12; cooling towel between sets
            97530 — 18 min: sit-to-stand from her low couch height x 8; carrying a laundry basket up 4 steps with the rail x 3, CGA; picking items up off the floor with a reacher x 10, SBA
            Problem: L hip flexor and quad weakness (4-/5), heat-sensitive fatigue (MS); catches the L toe on the stairs
            Goal: do her own laundry in the basement
            """,
            ["R26.89", "M62.81"], [PT("97110", 15), PT("97530", 18)], []),

        // Pittsburgh OT stroke UE 97530: shelf cup stacking, page turning, buttoning, table wiping; R hand grasp and release deficits; Box and Blocks and buttons with SBA; church dressing goal: passes.
        ["vord-h44-shadyside-ot-stroke-hand-97530"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Shadyside · OT
            97530 — 24 min
            R UE task practice: stacking cups on a shelf at shoulder height x 15; turning the pages of a newspaper; buttoning a shirt on herself; wiping the table in big circles with the R hand
            R hand: gross grasp 3/5, ↓ finger extension, slow release (L MCA stroke 2025)
            Box and Blocks R 18 blocks (11 at IE); buttoned 5 of 6 buttons, SBA
            Goal: dress herself for church
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // Wisconsin 97112 "One-on-one; the resident was the only person in the therapy room with me": lean-release stepping, foam steps in four directions, cup-on-saucer walking; protective stepping and ankle strategy; Berg and k of 6; shuttle goal: passes.
        ["vord-h44-cedar-shuttle-step-97112"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97112 — 23 min. One-on-one; the resident was the only person in the therapy room with me.
            Tx: reactive stepping when I released her from a forward lean; stepping in four directions onto a foam pad; walking while carrying a cup of water on a saucer
            Problem: late, short protective steps and ↓ ankle strategy; nearly fell stepping off the campus shuttle
            Berg 44/56; 4 of 6 forward releases caught in one step
            Goal: ride the shuttle to Festival Foods and to the Packers party at the pub
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Wisconsin "TE 97110 — 15 min" (cuffed marches, LAQ, heel raises, mini-squats) and "TA 97530 — 20 min" (casserole carry, half-kneel to the cupboard, campus-lane bowling, SBA); weakness and kneeling; euchre and bowling goal: passes.
        ["vord-h44-cedar-te-ta-bowling"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            TE 97110 — 15 min: seated hip march 2 × 15 @ 2 lb; long-arc quads 2 × 12 @ 3 lb; standing heel raises 2 × 15; mini-squats at the counter 2 × 10
            TA 97530 — 20 min: carrying a casserole dish from the counter to the table 10 ft × 4; getting down on one knee to the low cupboard and back up × 3 using the counter; bowling with the lightweight ball on the campus lanes × 10 frames, SBA
            Problem: B hip and knee weakness (4-/5) and poor standing balance; can't get down to kneel
            Goal: host her euchre group and bowl in the Wednesday league
            """,
            ["M62.81", "R26.89"], [PT("97110", 15), PT("97530", 20)], []),

        // Wisconsin 97116 rollator on the covered walkway to the chapel, threshold and ramp; flexed trunk and foot drag; 500 ft SBA, ramp CGA; Sunday Mass goal: passes.
        ["vord-h44-cedar-chapel-walk-97116"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            97116 — 15 min
            Walked with her rollator along the covered walkway to the chapel and back; practiced the door threshold and the ramp; cued to stand tall and keep the walker close
            Deviations: forward flexed trunk, short steps, drags the R foot when tired
            500 ft with one seated rest, SBA; ramp and threshold CGA
            Goal: walk to Sunday Mass at the campus chapel
            """,
            ["R26.89", "R53.81"], [PT("97116", 15)], []),

        // Wisconsin OT after trigger-finger release 97110: tendon gliding, place-and-hold fist, marble pick-ups, light gripper with doses; PIP flexion degrees and grip lb; mitten-knitting goal: passes.
        ["vord-h44-cedar-ot-trigger-finger-97110"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic · OT
            97110 — 15 min
            L index finger 4 wks after trigger-finger release: tendon gliding (straight, hook, tabletop, full fist) 10 each; place-and-hold fist 5 × 5 s; picking up marbles and dropping them in a cup 2 × 20; light gripper 2 × 12
            L index PIP flexion 85° (70° at OT eval); grip 30 lb L / 42 lb R
            Goal: knit mittens for the church bazaar again
            """,
            ["M65.322", "Z98.890"], [OT("97110", 15)], []),

        // Michigan no-fault fractures: "Gait Training 97116 — 14 minutes" (platform walker → forearm crutch, 250 ft SBA, stairs CGA) and "Therapeutic Activities 97530 — 18 minutes" (pickup, box lift, dishwasher, SBA); stiffness and weakness; replacement-services goal: passes.
        ["vord-h44-monroe-no-fault-gait-ta"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (MONROE)
            PT Daily Treatment Note
            Funding: auto no-fault (PIP) — R tibial shaft fx (IM nail) and R wrist fx, MVA 11/2025; household replacement services still in place
            Gait Training 97116 — 14 minutes: platform walker → forearm crutch on the L; 250 ft x 2 SBA; stairs x 12 step-to with the rail, CGA; cues for R heel strike and equal stance time
            Therapeutic Activities 97530 — 18 minutes: in and out of his pickup using the grab handle x 4, SBA; floor-to-waist lift of a 10-lb box x 8 with a squat, SBA; unloading the dishwasher standing, SBA
            Impairments: R knee and ankle stiffness, R quad weakness 4-/5, antalgic gait
            Goal: stop needing household replacement services and go back to his job at the Ford plant
            """,
            ["S82.201D", "S52.501D"], [PT("97116", 14), PT("97530", 18)], []),

        // Ohio 97530 job simulation for the Honda line: overhead bolt driving, parts bins, cart push with loads and counts; overhead endurance after decompression; return-to-line goal: passes.
        ["vord-h44-marysville-line-job-simulation-97530"] = new(
            """
            SVOS PT Marysville · PT note
            97530 — 22 min
            Job simulation for the assembly line: overhead bolt-driving at a mock fixture with a 4-lb drill, 3 sets of 10; lifting 20-lb parts bins waist to shoulder x 10; pushing a cart 100 ft x 4 @ 60 lb
            R shoulder after subacromial decompression (12 wk): ↓ overhead endurance, pain above 90° elevation
            Goal: return to full duty on the line at the Honda plant
            """,
            ["M75.41", "Z98.890"], [PT("97530", 22)], []),

        // Complete Indiana 97112 (one-on-one; counter tandem, camping-pad EC, leash step-overs; ankle strategy and visual reliance; seconds) sent with no diagnosis.
        ["vord-h44-loogootee-complete-no-diagnosis"] = new(
            """
            PATOKA VALLEY THERAPY — Loogootee · PT
            Worked one-on-one with Mrs. Wagler for the whole balance session; nobody else in the gym this morning.
            97112 — 22 min: tandem walk along the kitchen-height counter; standing on a doubled-up foam camping pad with her eyes closed; stepping over the dog's leash laid on the floor
            Problem: sways backward with her eyes closed, slow to catch herself — poor ankle strategy, leans on her eyes
            Numbers: feet together eyes closed on the pad 10 s; tandem at the counter 8 s
            """,
            [], [PT("97112", 22)], [Dx]),

        // Complete Pittsburgh 97110 (cuffed hip abduction/extension, step-ups, staggered sit-to-stands; L hip and knee weakness with Trendelenburg drop; row-house steps goal) whose diagnosis field holds the ICD-9 code "438.20".
        ["vord-h44-cranberry-icd9-in-diagnosis-field"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Cranberry
            97110 — 16 min
            Standing hip abduction and extension at the counter 2 x 12 each w/ a 2-lb cuff on the L; L step-ups onto a 4-in step 2 x 10; sit-to-stand with the R foot back 3 x 8
            L hemiparesis after R MCA stroke: L hip abductors 3+/5, L knee ext 4-/5; L Trendelenburg drop in stance
            Goal: get up the front steps of her row house in Bloomfield
            """,
            ["438.20"], [PT("97110", 16)], [Dx]),

        // Ohio tablet "ex + bal work per flowsheet. pt did well. 38 min. cont poc.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h44-westerville-tablet-generic-total"] = new(
            """
            SVOS PT Westerville · PTA tablet note
            ex + bal work per flowsheet. pt did well. 38 min. cont poc.
            """,
            ["M62.81", "R26.81"], [PTA("97110", 15), PTA("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Complete Wisconsin two-code note ("NMR 97112 — 22 min" rocker, foam cone reaches, clap stops; "Gait 97116 — 15 min" rollator 400 ft SBA; anticipatory control and toe catching; Berg and TUG) — but nothing states one-on-one.
        ["vord-h44-cedar-two-codes-one-on-one-unstated"] = new(
            """
            CEDAR CROSSING SENIOR LIVING — Campus Therapy Clinic
            NMR 97112 — 22 min: rocker board front-to-back with light touch on the bars; standing on foam reaching to cones on the floor; walking with quick stops on a clap
            Gait 97116 — 15 min: rollator on the carpeted hallway and the tile lobby, 400 ft SBA; cues to lift the feet at the carpet transition
            Problem: ↓ anticipatory postural control and slow stepping; shuffles and catches her toes on carpet edges
            Measures: Berg 43/56; TUG 15.1 s with the rollator
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // Michigan "Gait Training 97116 — 25 minutes" against a 15-min line: mismatch; hemi-walker and ramp, 160 ft CGA, foot drop and buckling complete.
        ["vord-h44-howell-gait-minutes-mismatch"] = new(
            """
            HURON SHORES HEALTH — OUTPATIENT REHAB (HOWELL)
            PT Daily Treatment Note
            Gait Training 97116 — 25 minutes
            Hemi-walker in the hallway and up the practice ramp, 160 ft x 3 with CGA; cues for L heel strike and a longer R step
            Impairments: L foot drop and L knee buckling in stance (R MCA stroke 9/2025); short R step
            """,
            ["I69.354"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Ohio 97140 STM, IASTM and cross-friction at the common extensor origin for lateral epicondylalgia — no grade, bout, hold or number anywhere but the code and minutes: measure missing.
        ["vord-h44-delaware-mt-no-parameter-97140"] = new(
            """
            SVOS PT Delaware · PT note
            97140 — 10 min
            STM and IASTM to the R wrist extensor mass; cross-friction at the common extensor origin
            R lateral epicondylalgia — pain gripping a coffee mug and the steering wheel
            """,
            ["M77.11"], [PT("97140", 10)], [At(Measure, "97140")]),

        // Pittsburgh "NMR 97112 — 22 min, one-on-one" and gait training "afterward" with no minutes of its own: separate time missing; both sections complete (PD dual-task postural control, shuffling; Mini-BESTest, 10MWT, 300 ft SBA).
        ["vord-h44-cranberry-minutes-for-one-of-two"] = new(
            """
            ALLEGHENY NEURO OUTPATIENT — Cranberry
            NMR 97112 — 22 min, one-on-one: standing on foam w/ head turns; tandem walking while carrying a cup of water; stepping over cones on a called cue
            Gait training afterward with the rollator, 300 ft x 2 SBA, cues for a longer step
            Deficits: ↓ postural control under dual task and short shuffling steps (PD)
            Measures: Mini-BESTest 18/28; 10MWT 0.84 m/s
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // Indiana PTA "Worked one-on-one with him on his balance and his strength. He did good today. Same plan." on a 97112: one-on-one stated, nothing else — no technique, deficit or number; generic only.
        ["vord-h44-huntingburg-pta-generic-one-on-one"] = new(
            """
            PATOKA VALLEY THERAPY — Huntingburg · PTA visit
            Worked one-on-one with him on his balance and his strength. He did good today. Same plan.
            97112 — 20 min
            """,
            ["R26.81"], [PTA("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
