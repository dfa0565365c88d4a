using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Upper Midwest and the Plains, in the proportions a billing manager sees them — about two thirds
/// ordinary and complete (63 of 99), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a Minnesota multi-site orthopaedic and spine practice ("Ten Lakes Orthopedics &amp; Spine": Maple Grove,
/// Woodbury, Eagan, Edina, Burnsville, Stillwater, Chaska, Blaine, St. Cloud, Rochester, and its Edina hand
/// therapy) on an Epic-style "PT Treatment Note": "writer", procedure headings with the code in parentheses and
/// "– 23 min", SmartText fields left at "***", a "TIMED MINUTES:" line, "Timed: 30 min", PTA notes with the
/// supervising PT; lumbar stenosis and radiculopathy, McGill's big three, hip CARs, Mulligan mobilisation with
/// movement, Maitland PA and rotational glides, TKA, THA, reverse TSA, adhesive capsulitis, a Colles' fracture;
/// Cub Foods, Lake Elmo Park Reserve, Lebanon Hills, Bunker Hills, the cabin dock, a boat trailer on the ramp,
/// Mayo Clinic's lab bench, the ice auger on Mille Lacs;</item>
/// <item>a critical-access hospital's outpatient therapy in rural North Dakota ("Prairie Rose Community Hospital
/// (Critical Access)", Langdon, with clinic days in Cando, Walhalla, Cavalier and Park River) with one PT and one
/// PTA and many farmers and ranchers: S/O/A/P in plain words, a Meditech-style "Pt seen 1:1? ........ Y" field
/// list, a balance menu answered "not done", "the only outpatient on the books this hour", spelled-out minutes,
/// a long-term-care resident on the NuStep; sunflowers to the elevator in Munich, the sugar-beet campaign and
/// the beet truck, plugging in the pickup, the grain-truck ladder, mineral tubs and salt blocks, a cow-calf herd,
/// a gate chain, ice fishing on Devils Lake, cross-country ski poles on the gravel lot;</item>
/// <item>an Iowa hospital system's neuro outpatient clinic ("Cedar Valley Health — Neuro Outpatient Rehab":
/// Waterloo, Cedar Falls, Cedar Rapids, Iowa City, Ames, Mason City, Dubuque) seeing stroke, Parkinson's and MS:
/// "Delivery: one therapist to one patient for every timed minute", "Direct 1:1 contact for NMR: N", unchecked
/// impairment boxes, a "Billing: 97112 x2u (25 min) | 97116 x1u (13 min)" line, a PT/OT co-treatment with both
/// on 97530; a Parkinson's boxing circuit, adapted Argentine tango, Agility Boot Camp, contraversive pushing,
/// en-bloc turns, the CO-OP approach (Goal–Plan–Do–Check), the LiteGait, a weighted walker and vest; Hy-Vee
/// aisles, the John Deere plant, the Pedestrian Mall, the Iowa State campus;</item>
/// <item>a Nebraska practice inside a fitness centre ("Elkhorn Valley Athletic Club — Physical Therapy": Elkhorn,
/// Papillion, Gretna, Bellevue, Fremont) writing a gym "PT session log" (WARM-UP / BLOCK A / BLOCK B, "Why:",
/// "Numbers:", a Set 1 / Set 2 / Set 3 table, "TE (20 mins)"), with a semi-private session of a couple, a
/// member's 1-on-1 personal training on hold, a SilverSneakers class that is not the visit, Keiser power
/// training, reaction lights, the Senior Fitness Test; Memorial Stadium, the Offutt base exchange, a church
/// volleyball league, a softball team at the Elkhorn fields, water aerobics, Nebraska Furniture Mart;</item>
/// <item>a Wisconsin Lutheran senior-living campus's outpatient therapy ("Grace Lutheran Communities —
/// Outpatient Therapy", Eau Claire and Chippewa Falls: Riverview Cottages, Linden Court) in skilled-nursing
/// words ("Skilled interventions:", "Resident response:", "Mode of treatment: Individual / Concurrent"), with the
/// residents' goals: ushering at the Sunday service, passing the offering plate, the narthex at Advent, lefse
/// for the Christmas bazaar with the Ladies' Aid, the Wednesday hymn sing at the piano, Lenten services, the
/// Thursday cribbage club, the quilting room, Tai Chi for Arthritis in the fellowship hall.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h48-…): one-on-one in everyday words ("just the pt and the PT in treatment bay 4", "the only
/// outpatient on the books this hour, so PTA was 1 on 1 with him", "I did not step away or take another
/// resident", "one therapist to one patient for every timed minute"), notes that negate it (a Parkinson's boxing
/// circuit of five, a PT finishing manual therapy with the previous patient at the next plinth) or never state it
/// (a member's "1-on-1 personal training" that is on hold, a complete Linden Court note), and a 97110 in a
/// couple's semi-private session and a PTA's 97116 with a second patient in the gym, which have no one-on-one
/// check;</item>
/// <item>class 2 (v2-h48-…): template states: an Epic "One-on-one: ***" and "Outcome measures: ***" left unfilled,
/// "Mode of treatment: Individual (not concurrent, not group)" and "Mode of treatment: Concurrent", a dot-leader
/// "Pt seen 1:1? ........ Y", a balance menu with every row "not done", impairment boxes "[ ]" all unchecked,
/// "Direct 1:1 contact for NMR: N", a gym Set 1 / Set 2 / Set 3 table, an OT Task | Done? | Assist table;</item>
/// <item>class 3 (v3-h48-…): named protocols and programmes as techniques (Mulligan mobilisation with movement,
/// McGill's big three and hip CARs, adapted Argentine tango, Keiser pneumatic power training, Nordic walking with
/// ski poles, Maitland lumbar glides, the CO-OP approach), one Agility Boot Camp 97112 with no deficit, one
/// Feldenkrais Awareness Through Movement 97112 with no number and a Tai Chi for Arthritis class (not
/// one-on-one);</item>
/// <item>class 4 (v4-h48-…): deficits stated as findings (contraversive pushing, en-bloc turning with start
/// hesitation and a positive pull test, L5 foot slap and steppage, fatigue-related toe drag with ankle clonus in
/// MS, great-toe position sense wrong in k of 5 trials, a posterior lean with no ankle strategy, a Trendelenburg
/// sign) and notes that state none (a negative neuro screen on a 97112, "5/5 throughout … no functional
/// limitations" on a 97110, "nothing abnormal seen today" on a 97116);</item>
/// <item>class 5 (v5-h48-…): measures in their usual forms (the Senior Fitness Test 8-ft up-and-go, a Modified
/// Ashworth grade, the 30-second chair stand, goniometry before and after, loads and trips on a farm 97530, 10MWT
/// comfortable and fast speeds, hand-held dynamometry in pounds) and notes with none ("felt steadier … needed
/// fewer handholds", "walked farther than last time", a hip programme named without a dose);</item>
/// <item>class 6 (v6-h48-…): minutes in their usual forms (a "TIMED MINUTES:" line with a total, a billing line of
/// units with minutes, spelled-out minutes, "TE (20 mins) / TA (15 mins)", clock ranges, a PT/OT co-treatment with
/// both on 97530, three codes in parentheses), true mismatches (a gait code, "Tx time: 35 min (97110)" on the one
/// timed code) and truly missing separate time (a total only, units only, minutes for one code of two);</item>
/// <item>class 7 (v7-h48-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (holds with a region), 97530 (an assistance level and a distance with
/// a goal), 97140 (thoracic and rib glides with grades and bouts) and 97116 (an AFO, a device and a distance), and
/// wholly generic 97110 + 97530, 97112 and 97140 notes;</item>
/// <item>ordinary (vord-h48-…): complete notes of the five employers across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code
/// in the diagnosis field, a generic two-code note with a total, a complete two-code note that never says
/// one-on-one, a gait time that differs, a PTA's farm 97530 with no number or assistance level.</item>
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
/// Numbers that are not minutes of a code or measures (ages, weeks since surgery, step and box heights, clock
/// times of a church service, a bike's level or seat, a treadmill's speed, a metronome's bpm, degrees, pounds,
/// a 30-second test's name) are read as what they are; no note states minutes of an activity, a rest or a test.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a multi-code
/// note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing),
/// generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure,
/// self-rated scores as the only number, a cueing level as the only measure, a band colour as the only load, an
/// exercise's name as a 97110's only region, a task practised read as a 97530's goal, "gait training" as the
/// whole of a 97116 note, a one-on-one left to be inferred from a schedule, minute ranges, approximate minutes and
/// "20m" (minutes or metres), 2- and 6-minute walk tests, canalith repositioning, three-character diagnosis codes
/// and codes without their dot, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 99 cases agree (98 needed), and 2 of the 63 notes the reviewer passes got a finding, on the analyzer
/// of 9bc1aa7 (the start of the 2026-12-05 sixth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 91 of 99, 2 false positives — the same cases — at its first run on the analyzer of 37948e2 (the session's
/// readings of what the forty-third to forty-seventh sets had left; not shaped by this set): the held-out figure —
/// plain notes of ordinary Upper Midwest and Plains clinics. Then development data, worked through (with four read-only
/// reviews of the readings): 99 of 99, no false positive — the "Direct 1:1 contact for NMR: N" field, an Epic
/// "One-on-one: ***" left unfilled, a balance menu's "not done" rows, a negative neuro screen "light touch and
/// proprioception intact both LE", "strength 5/5 throughout, ROM full", "his 1-on-1 personal training … on hold",
/// cribbage and coffee cups opening the line under the 97530's code line. New examples in NotesAsWrittenTests
/// "forty-eighth-to-fifty-second-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyEighthTests(ITestOutputHelper output)
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

        // Minnesota Epic note "Delivery: one-on-one — just the pt and the PT in treatment bay 4"; half-roller step-up stick, SLS ball pass, stepping-strategy drill; R knee proprioception and quad reaction after TKA; SLS and Four Square seconds: passes.
        ["v1-h48-maplegrove-bay-4-one-on-one"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Maple Grove)
            PT Treatment Note · R TKA 10 wks
            Delivery: one-on-one — just the pt and the PT in treatment bay 4 for the whole neuro re-ed block
            Neuromuscular Re-education (97112) – 23 min
             - R step-up onto a half foam roller, stick and hold 3 s at the top
             - R SLS on a folded blue mat passing a ball around the waist
             - stepping-strategy drill: steps to tape targets fwd / side / back on the PT's call
            Deficit: ↓ R knee proprioception and slow quad reaction; R knee gave way stepping off the curb at Cub Foods last week
            Measures: R SLS 6 s (L 19 s); Four Square Step Test 13.2 s
            Plan: add stair descent with perturbation next visit.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 23)], []),

        // North Dakota CAH PTA "the only outpatient on the books this hour, so PTA was 1 on 1 with him the whole time"; rocker board EC, rubber mat / pea-gravel walking with head turns, foam SLS catches; L ankle proprioception after fibula ORIF; tandem and SLS seconds: passes.
        ["v1-h48-langdon-only-op-on-the-books"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Langdon ND
            PTA visit — D. Kraft, PTA (M. Solberg, PT, supervising)
            S: Hauled sunflowers to the elevator in Munich all week. Says the L ankle "still feels wobbly on the shop floor."
            O: 97112 balance / NM re-ed — 22 min. He was the only outpatient on the books this hour, so PTA was 1 on 1 with him the whole time.
               - rocker board front-back and side-side, then eyes closed
               - walking over the rubber mat and the pea-gravel box by the back door with head turns
               - L single-leg stance on the foam pad catching a seed bag tossed from either side
               L ankle proprioception ↓ since the L distal fibula fx (ORIF Nov 2025); doesn't trust his footing on the bin steps.
               Tandem stance EO 9 s; L SLS 4 s (R 15 s).
            A: Steadier on the foam than last week, still grabs for the bar on the rocker with eyes closed.
            P: Continue per PT plan.
            """,
            ["S82.62XD"], [PTA("97112", 22)], []),

        // Iowa Parkinson's boxing circuit "in the main gym with four other participants; PT and one volunteer coach rotating between the stations": not one-on-one; bag combinations with steps, reactive mitt stepping, cone walking; reactive postural responses; pull-test steps and 360° turn present.
        ["v1-h48-waterloo-parkinsons-boxing-circuit"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Waterloo)
            Treatment Note · Parkinson's disease, H&Y 2.5
            Setting: Tues/Thurs Parkinson's boxing circuit in the main gym with four other participants; PT and one volunteer coach rotating between the stations.
            97112 — 24 min
              • heavy-bag combinations with a big step into each punch
              • reactive stepping to the coach's focus mitts called out at random
              • sideways and backward walking between cones on a whistle
            Impairment: small, slow reactive steps and poor postural responses backward; turns in many short steps
            Objective: retropulsion test 3 steps to recover; 360° turn 14 steps / 6.2 s
            Plan: continue circuit; Mini-BESTest at the progress note.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Nebraska gym log: the only "1-on-1" is the member's personal training with the club trainer, on hold until discharge — not this session; reaction lights on a pad, band side-steps, turf tandem with med ball; lateral postural control after hip fracture; light count and feet present.
        ["v1-h48-gretna-personal-training-on-hold"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Gretna)
            PT session log · R hip hemiarthroplasty wk 12 (slipped on ice in the parking lot at Nebraska Crossing)
            FYI: his 1-on-1 personal training with the club trainer (Tue/Thu mornings) stays on hold until he's discharged from PT.
            97112 — 21 min
            WARM-UP: side-stepping along the squat rack with a mini band at the knees
            BLOCK A: reaction-light taps in a half circle while standing on a balance pad, lights on random
            BLOCK B: tandem walk down the turf lane passing a med ball side to side
            Why: slow side-to-side stepping and poor lateral postural control since the fall; R hip abductors fire late
            Numbers: 31 of 40 lights hit; tandem walk 20 ft w/o a side step (10 ft last wk)
            """,
            ["S72.001D", "Z96.641"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Wisconsin campus "Treated one-on-one; I did not step away or take another resident at any point"; foam reaching to pew-back targets, threshold step-overs with head turns, EC nudges; ankle strategy and posterior LOB; Berg and Functional Reach; ushering goal: passes.
        ["v1-h48-eauclaire-did-not-step-away"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages resident · Medicare Part B
            97112 Neuromuscular Re-education — 25 minutes
            Treated one-on-one; I did not step away or take another resident at any point in the session.
            Skilled interventions: reaching forward and to the side for targets at pew-back height while standing on a foam cushion; stepping over a threshold strip with head turns, as at the chapel doorway; eyes-closed standing at the rail with small nudges at the pelvis from the PT
            Problem: delayed ankle strategy with posterior loss of balance when she turns to pass the offering plate; fell backward in the narthex at Advent
            Measures: Berg 44/56 (40/56 at start of care); Functional Reach 8 in
            Goal: usher at the Sunday 9:00 service again
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Minnesota: the patient "began the balance station on her own while writer finished manual therapy with the previous patient at the next plinth": not one-on-one; BAPS, disc SLS cone touches, hop-and-stick; ankle proprioception and peroneal timing; seconds and k of 8 present.
        ["v1-h48-woodbury-finishing-previous-patient"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Woodbury)
            PT Treatment Note · L ankle ORIF 14 wks
            Neuromuscular Re-education (97112) – 20 min
            Pt began the balance station on her own while writer finished manual therapy with the previous patient at the next plinth; writer checked in between and cued from the table.
             - BAPS board level 3, circles both directions
             - L SLS on a Dyna-disc with cone touches
             - lateral hops onto a foam pad and stick
            Deficit: ↓ L ankle proprioception and late peroneal response; rolls the ankle on the trail at Lake Elmo Park Reserve
            Measures: L SLS on disc 7 s (R 22 s); 5 of 8 cone touches without touch-down
            """,
            ["S82.852D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Iowa stroke "Delivery: one therapist to one patient for every timed minute today"; 97112 (24; tapping-facilitated weight acceptance, step-ups, sit-to-stand; R LE recruitment/timing; Berg, k of 10) and 97116 (15; quad cane, heel-strike cues; toe drag; feet and CGA): passes.
        ["v1-h48-cedarrapids-one-therapist-one-patient"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Cedar Rapids)
            Treatment Note · L MCA stroke 9/2025, R hemiparesis
            Delivery: one therapist to one patient for every timed minute today.
            97112 (24 min)
              Facilitated weight acceptance onto the R leg in stride stance with tapping over the R quad and glute med; L foot steps up to a 6-in step and back while the R leg holds; sit-to-stand with the R foot placed back and weight-shift cues
              Deficit: ↓ R LE motor recruitment and timing; R knee snaps into hyperextension in mid-stance
              Measures: Berg 39/56; R knee hyperextension in 4 of 10 steps (8 of 10 at IE)
            97116 (15 min)
              Gait with a quad cane in the hallway, cues for R heel strike and even step length
              R toe drag at pre-swing, short L step; 180 ft x 2 with CGA
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 15)], []),

        // Nebraska "Semi-private session: pt and his wife … worked side by side; PT moved between them": 97110 has no one-on-one check; leg press, split squat, curls, cable TKE with loads; L quad/hamstring weakness after TKA; stadium-stairs goal: passes.
        ["v1-h48-fremont-semi-private-97110"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Fremont)
            PT session log · L TKA 4 mo
            Semi-private session: pt and his wife (R shoulder, her own chart) worked side by side; PT moved between them.
            97110 — 18 min
              Leg press 3 x 12 @ 110 lb
              Split squat, L foot forward, 2 x 8 holding 10-lb dumbbells
              Seated hamstring curl machine 3 x 12 @ 35 lb
              Cable terminal knee extension 3 x 15
            Why: L quad and hamstring weakness (L knee ext 4/5), L knee flexion 112°
            Goal: climb the stairs at Memorial Stadium for the Huskers' home opener
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // Wisconsin complete 97112 (tapped weight shifts, rope side-steps, foam head turns; L lateral postural control after hip fracture; Berg and SLS) with a "Resident response" — but nothing says how the session was delivered.
        ["v1-h48-chippewa-complete-unstated"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Chippewa Falls campus)
            Linden Court resident · Part B
            97112 — 22 minutes
            Skilled interventions: weight shifts onto the L leg in stride stance at the rail with tapping to the L glute med; side-stepping over a rope line; standing on a foam cushion turning to look over each shoulder
            Problem: ↓ L lateral postural control and slow L hip abductor activation after L hip fracture (ORIF); leans on the walls going down the hall to the dining room
            Measures: Berg 43/56; L SLS 3 s (R 11 s)
            Resident response: pleasant, asked to practice the stepping before Bible study.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ND CAH PTA 97116 with "two pts in the gym at once … PTA kept both in view": 97116 has no one-on-one check; walker → cane laps with cues; L knee stiffness and hip hike after TKA; feet and CGA: passes.
        ["v1-h48-cando-pta-gait-two-in-gym"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Cando clinic day
            PTA visit · D. Kraft, PTA
            97116 gait — 14 min. Two pts in the gym at once (this pt + a long-term-care resident on the NuStep); PTA kept both in view.
            Gait training with a front-wheeled walker, then a straight cane, laps of the gym; cues for a longer R step and to stop hiking the L hip
            L knee stiffness after L TKA (flexion 98°), short R step, L hip hike in swing
            Distance 160 ft x 2 with the cane, CGA on turns
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 14)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Epic SmartText "One-on-one: ***" never filled in: one-on-one not stated; beam tandem with dowel, foam EC rotations, backward walking with stops; foot proprioception and narrow-stance postural control; Mini-BESTest and tandem seconds present.
        ["v2-h48-burnsville-epic-one-on-one-wildcard"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Burnsville)
            PT Treatment Note · lumbar stenosis w/ neurogenic claudication
            One-on-one: ***
            Neuromuscular Re-education (97112) – 22 min
             - tandem walking on a 2x6 beam holding a dowel overhead
             - standing on foam, eyes closed, slow trunk rotations
             - backward walking with sudden stops on the PT's cue
            Deficit: ↓ proprioception in both feet and ↓ postural control in narrow stance; walks wide-based in the dark garage
            Measures: Mini-BESTest 18/28; tandem stance on foam 5 s
            """,
            ["M48.062"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // "Mode of treatment: Individual (not concurrent, not group)": one-on-one; narrow stance on foam EO/EC, ball catches, taped-rug step-overs; somatosensory loss from diabetic neuropathy; mCTSIB seconds and Berg: passes.
        ["v2-h48-linden-court-mode-individual"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy
            Linden Court (assisted living) · Medicare Part B
            Mode of treatment: Individual (not concurrent, not group)
            97112 — 24 min
            Skilled interventions: narrow stance at the handrail on a foam cushion, eyes open then closed; catching and returning a light ball to either side; stepping over the edge of a taped "throw rug" with the PT guarding
            Problem: somatosensory loss in both feet (diabetic neuropathy), leans on vision; two falls at night on the way to the bathroom
            Measures: mCTSIB foam eyes closed 6 s; Berg 41/56
            Resident response: tired at end, no dizziness.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 24)], []),

        // The same field "Mode of treatment: Concurrent — with one other Part B resident at the parallel bars": not one-on-one; step-taps, tandem holding a hymnal, rocker board; A-P postural control; alternate step test and tandem seconds present.
        ["v2-h48-riverview-mode-concurrent"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy
            Riverview Cottages · Medicare Part B
            Mode of treatment: Concurrent — with one other Part B resident at the parallel bars
            97112 — 20 min
            Skilled interventions: alternating step-taps to a 4-in step without UE; tandem stance holding a hymnal in both hands; weight shifts on a rocker board at the bars
            Problem: ↓ anterior-posterior postural control and slow stepping response after a fall on the icy walk to the chapel
            Measures: alternate step test 8 taps in 14.6 s; tandem stance 7 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Meditech-style dot-leader fields "Pt seen 1:1? ........ Y" / "Family present? ..... N": one-on-one; EC pushes, step-and-catch, figure-8 reversals; stepping reactions, postural control, vibration loss; k of 10 and seconds: passes.
        ["v2-h48-langdon-meditech-seen-1to1-y"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            Therapy Daily Documentation
              Pt seen 1:1? ........ Y
              Family present? ..... N
              Tx: 97112 neuro re-ed — 23 min
              Activity: pushes at the shoulders and pelvis in standing with pt's eyes closed; step-and-catch off a 4-in step; figure-8 walk around two chairs with quick reversals
              Problem: slow stepping reactions and poor postural control since he fell off the grain-truck ladder at harvest; also ↓ vibration sense at both great toes
              Objective: catches with one step on 6 of 10 pushes; figure-8 walk 11.4 s
            M. Solberg, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // A balance menu with every row "not done" and the visit spent talking through the home program: no technique performed; 1:1 Y, L LE proprioception/postural control and Berg/TUG present, not generic-only.
        ["v2-h48-langdon-balance-menu-not-done"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            PTA visit · D. Kraft, PTA
              Pt seen 1:1? ........ Y
              Tx: 97112 neuro re-ed — 20 min
              Balance interventions:
                Rocker board ......... not done
                Foam / compliant ..... not done
                Perturbations ........ not done
                Gaze stabilization ... not done
              Pt sore in the L knee after fixing fence Saturday; visit went mostly to talking through his home program.
              Problem: ↓ L LE proprioception and postural control after L TKA
              Objective: Berg 46/56; TUG 12.1 s
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 20)], [At(Tech, "97112")]),

        // Iowa "Impairments addressed (check all that apply)" with every box "[ ]" empty and no deficit written anywhere: deficit missing; 1:1, tall-kneel catches, half-kneel rises, narrow-path head turns, T25FW and k of 5 present.
        ["v2-h48-ames-impairment-boxes-empty"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Ames)
            Treatment Note · PT treated 1:1
            97112 — 22 min
            Impairments addressed (check all that apply):  [ ] spasticity  [ ] ataxia  [ ] sensory loss  [ ] vestibular  [ ] postural instability
            Interventions: tall-kneeling on the mat with ball catches; half-kneel to stand without hands; walking a narrow path between two taped lines with head turns
            Objective: Timed 25-Foot Walk 7.4 s; half-kneel to stand 3 of 5 without UE
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Gym Set 1 / Set 2 / Set 3 table for 97110 (one cell "—"): cable ER, TRX row, landmine press, prone Y with reps and loads; R cuff and scapular weakness after repair; volleyball goal: passes.
        ["v2-h48-papillion-set-columns-97110"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Papillion)
            PT session log · R shoulder, RTC repair 16 wks
            97110 — 16 min
            Exercise              | Set 1     | Set 2     | Set 3
            Cable ER at 0° abd    | 12 @ 5 lb | 12 @ 5 lb | 10 @ 7.5 lb
            TRX row               | 10        | 10        | 10
            Landmine press (R)    | 8 @ 25 lb | 8 @ 25 lb | —
            Prone Y on bench      | 10 @ 2 lb | 10 @ 2 lb | —
            Why: R rotator cuff and scapular weakness; R flexion AROM 150°
            Goal: serve a volleyball in his church league again
            """,
            ["M75.121", "Z98.890"], [PT("97110", 16)], []),

        // Epic "Outcome measures: ***" unfilled and no number anywhere but the code and minutes: measure missing; one-on-one, pelvic perturbations in tandem, hurdle-to-foam, SLS clock reaches, L knee proprioception after TKA present.
        ["v2-h48-stillwater-outcome-wildcard"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Stillwater)
            PT Treatment Note · L TKA
            Pt seen one-on-one by writer for the entire neuro re-ed portion.
            Neuromuscular Re-education (97112) – 23 min
             - perturbations at the pelvis in tandem stance
             - stepping over mini hurdles onto a foam pad
             - SLS with opposite-leg clock reaches
            Deficit: ↓ L knee proprioception and dynamic knee control; knee wobbles going down the steps to the lake
            Outcome measures: ***
            """,
            ["Z96.652"], [PT("97112", 23)], [At(Measure, "97112")]),

        // "Direct 1:1 contact for NMR: N (pt worked in the LiteGait while PT evaluated a new patient)": not one-on-one; LiteGait target stepping, heel-shin and foot-tap drills, metronome rocking; R limb ataxia/dysmetria; SARA and k of 20 present.
        ["v2-h48-masoncity-direct-contact-n"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Mason City)
            Treatment Note · R cerebellar stroke
            Direct 1:1 contact for NMR:  N  (pt worked in the LiteGait while PT evaluated a new patient in the next bay)
            97112 — 23 min
            Interventions: stepping to floor targets in the LiteGait with the harness unweighted; heel-to-shin slides and foot-tap accuracy drills in sitting; quadruped rocking to a metronome
            Impairment: R limb ataxia and dysmetria, overshoots targets; wide-based, staggering gait
            Objective: SARA 11/40; foot-tap accuracy 12 of 20 targets
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // OT Task | Done? | Assist table on a 97530 (one row N): rolling lefse, lifting the griddle, carrying plates with SBA/CGA; R shoulder pain/weakness after reverse TSA; bazaar goal: passes.
        ["v2-h48-riverview-ot-task-table-97530"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy · OT
            Riverview Cottages · Medicare Part B
            97530 Therapeutic Activities — 24 min
            Task                                      | Done? | Assist
            Roll lefse at the counter                 | Y     | SBA standing, 2 seated rests
            Lift the griddle from the lower cupboard  | Y     | CGA
            Carry a stack of plates to the table 10 ft | Y    | SBA
            Wipe down the counter                     | N     | —
            Problem: R shoulder pain and weakness with overhead and low reaching after R reverse total shoulder (flexion 110°)
            Goal: bake lefse for the Christmas bazaar with the Ladies' Aid
            """,
            ["Z96.611", "Z47.1"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Minnesota 97140: Mulligan mobilisation with movement (belt-assisted talar glide in a lunge), talocrural glides grade III, STM; L ankle DF stiffness; knee-to-wall cm before and after: passes.
        ["v3-h48-eagan-mulligan-mwm-97140"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Eagan)
            PT Treatment Note · L ankle sprain, chronic (6 mo)
            Manual Therapy (97140) – 12 min
             - Mulligan mobilization with movement: belt-assisted posterior talar glide during a weight-bearing lunge, 3 x 10
             - talocrural posterior glides, grade III, 3 x 30 s
             - STM to the L gastroc-soleus
            Impairment: ↓ L ankle dorsiflexion, stiff on stairs and squatting to the bottom shelf
            Measures: knee-to-wall L 6 cm → 9 cm after (R 12 cm)
            """,
            ["S93.402D", "M25.672"], [PT("97140", 12)], []),

        // Minnesota 97110: McGill big three with holds, hip controlled articular rotations, dowel hip hinge; lumbar flexor and lateral trunk endurance; endurance seconds: passes.
        ["v3-h48-edina-mcgill-big-three-cars-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Edina)
            PT Treatment Note · L4-5 disc w/ L radiculopathy, directional preference extension
            Therapeutic Exercise (97110) – 15 min
             - McGill big three: modified curl-up 5 x 10-s holds, side bridge from knees 4 x 10-s holds each side, bird dog 6 x 8-s holds each side
             - hip controlled articular rotations (CARs) in quadruped, 5 each direction
             - hip hinge with a dowel on the back, 2 x 10
            Impairment: poor lumbar flexor and lateral trunk endurance; pain with bending to load the dishwasher
            Trunk flexor endurance 38 s; side bridge 22 s R / 19 s L
            """,
            ["M51.16", "M54.16"], [PT("97110", 15)], []),

        // Iowa PD: adapted Argentine tango led by the PT (ochos, side steps to the beat, stop/start on phrases) and backward walking on cue, "PT-led, one-on-one; he was my only patient in the studio"; freezing at turns; k of 10 and seconds: passes.
        ["v3-h48-iowacity-adapted-tango-97112"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Iowa City)
            Treatment Note · Parkinson's disease, H&Y 2
            97112 — 23 min — PT-led, one-on-one; he was my only patient in the studio
            Adapted Argentine tango with the PT leading: forward and backward ochos, side steps to the beat, stopping and starting on the music's phrases; then backward walking on cue with eyes on a wall target
            Impairment: hesitant backward stepping and freezing at turns; shuffles when he has to change direction in the Hy-Vee aisles
            Objective: freezing on 2 of 10 180° turns (5 of 10 at IE); backward walk 10 ft in 7.8 s
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Nebraska 97110 Keiser pneumatic power protocol (40% 1RM, fast concentric) and med-ball sit-to-stands; LE power deficit with a floor-rise goal; watts and chair-stand reps: passes.
        ["v3-h48-gretna-keiser-power-97110"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Gretna)
            PT session log · deconditioned after a hospital stay for pneumonia; SilverSneakers member
            97110 — 17 min
            Power protocol on the Keiser pneumatic machines: leg press 3 x 8 at 40% of 1RM, pushing as fast as possible; seated chest press 2 x 10 at 40%
            Sit-to-stand from a low bench holding a 6-lb med ball, 3 x 6, fast up / slow down
            Why: ↓ LE power — slow to rise from low chairs and can't get up off the floor when playing with the grandkids
            Numbers: leg press peak power 612 W (488 W at eval); 30-s chair stand 11 reps
            """,
            ["R53.81", "M62.81"], [PT("97110", 17)], []),

        // ND CAH 97116: Nordic-style walking with his own cross-country ski poles on the corridor and the gravel lot, opposite-pole cues; short L step and trunk lean after THA; feet, SBA and gait speed; pasture goal: passes.
        ["v3-h48-langdon-ski-poles-97116"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            M. Solberg, PT
            97116 — 16 min
            Nordic-style walking with his own cross-country ski poles: down the hospital corridor, then out on the packed gravel lot by the ambulance bay; cued opposite pole to opposite foot and a longer L step
            Gait problem: short, shuffled L step and forward trunk lean after L THA; keeps looking at his feet
            Walked 300 ft x 2 on gravel with the poles, SBA; gait speed 0.86 m/s indoors
            Goal: walk his pasture fence line to check the cattle
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 16)], []),

        // Minnesota 97140: Maitland central PA glides L3–L5 and rotational mobilisation grade IV in bouts, STM; lumbar extension hypomobility; extension degrees before and after: passes.
        ["v3-h48-rochester-maitland-lumbar-97140"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Rochester)
            PT Treatment Note · lumbar spondylosis
            Manual Therapy (97140) – 13 min
             - Maitland central PA glides L3–L5, grade III–IV, 3 bouts x 30 s each level
             - lumbar rotational mobilization in sidelying, grade IV, 3 x 30 s each side
             - STM to the lumbar paraspinals and R quadratus lumborum
            Impairment: ↓ lumbar extension and segmental mobility L3–L5 with central low back pain; can't straighten up after shoveling
            Standing lumbar extension 10° → 18° after
            """,
            ["M47.816", "M54.50"], [PT("97140", 13)], []),

        // Iowa Agility Boot Camp stations (kayak lunges, boxing step-outs, Tai Chi shifts, cone/hurdle course), one-on-one, Mini-BESTest/TUG/TUG-cognitive — but no deficit, system or goal written anywhere: deficit missing.
        ["v3-h48-dubuque-agility-boot-camp-no-deficit"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Dubuque)
            Treatment Note · seen one-on-one
            97112 — 24 min
            Agility Boot Camp stations: kayaking lunges with a paddle, boxing combinations with step-outs, Tai Chi weight shifts, and an agility course of cones and hurdles with direction changes on command
            Objective: Mini-BESTest 21/28; TUG 9.6 s; TUG while counting backward by threes 13.1 s
            Plan: continue, progress hurdle height.
            """,
            ["G20.A2"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Wisconsin Feldenkrais Awareness Through Movement lesson adapted to standing, one-on-one, postural-control deficit — but no number anywhere but the code and minutes ("said she felt lighter on her feet"): measure missing.
        ["v3-h48-eauclaire-feldenkrais-no-number"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages · Medicare Part B
            97112 — 22 min — one-on-one in the therapy room
            Feldenkrais Awareness Through Movement lesson adapted to standing: slow pelvic clocks at the rail, shifting weight heel to toe and side to side with attention to pressure under the feet, then the same with eyes closed
            Problem: stiff, hesitant weight shifting and ↓ postural control since her hip replacement; she stops and holds the pew end before stepping into the aisle
            Resident response: said she felt lighter on her feet; asked for the lesson to do at home.
            """,
            ["Z96.641"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Tai Chi for Arthritis class in the fellowship hall, "eight residents, one PT leading from the front": not one-on-one; named moves with weight transfers; lateral weight transfer and narrow-base postural control; tandem and Berg present.
        ["v3-h48-chippewa-tai-chi-for-arthritis-class"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Chippewa Falls campus)
            97112 — 20 min
            Tai Chi for Arthritis (Sun style), Tuesday class in the fellowship hall: eight residents, one PT leading from the front
            Moves: commencement, open and close hands with a forward step, single whip, wave hands in clouds with side steps; weight transfers held at the end of each step
            Problem: ↓ lateral weight transfer and narrow-base postural control; shuffles on turns in the dining room
            Measures: tandem stance 10 s; Berg 48/56
            """,
            ["M17.0", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Iowa OT 97530 CO-OP approach (Goal–Plan–Do–Check) for coffee and toast with the L hand as stabiliser; L UE incoordination and inattention; steps, cues, k of 5 and SBA; breakfast goal: passes.
        ["v3-h48-cedarfalls-co-op-ot-97530"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Cedar Falls) · OT
            Treatment Note · R MCA stroke, L hemiparesis
            97530 — 25 min
            CO-OP approach (Goal–Plan–Do–Check) for making his morning coffee and toast: pt wrote his own plan, did it, then checked what worked; the L hand used as a stabilizer for the filter basket and the bread bag
            Impairment: L UE incoordination and L inattention — misses items on the L side of the counter
            Performance: task done in 9 steps with 2 verbal cues (6 cues last week); L hand stabilized the bag 4 of 5 times; SBA standing at the counter
            Goal: make his own breakfast before his wife leaves for her shift at the John Deere plant
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Iowa stroke: contraversive pushing toward the hemiparetic side with a tilted sense of upright, one-on-one; mirror/tape-line midline reaching, weight shifts against the PT's hand; Scale for Contraversive Pushing and sitting seconds: passes.
        ["v4-h48-cedarrapids-contraversive-pushing"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Cedar Rapids)
            Treatment Note · R hemispheric stroke 11/2025, L hemiparesis · PT one-on-one
            97112 — 25 min
            Interventions: sitting and standing at the mirror with a vertical tape line, pt finds midline and reaches to the R for cones; weight shifts onto the R leg against the PT's hand; sit-to-stand toward the R from a high-low mat
            Finding: pushes toward the L (hemiparetic) side in sitting and standing and resists correction to midline; perceives upright as tilted to the L
            Objective: Scale for Contraversive Pushing 3.5/6 (5/6 at IE); sits unsupported 45 s
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Iowa PD: en-bloc turning, start hesitation at doorways and a positive pull test stated as findings, "individual session, PT with pt alone"; floor-stripe turns, big-step shifts, belt-tug stepping; turn steps/seconds and k of 5: passes.
        ["v4-h48-waterloo-en-bloc-turns"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Waterloo)
            Treatment Note · Parkinson's, H&Y 3 · individual session, PT with pt alone
            97112 — 23 min
            Interventions: stepping across floor stripes during 180° turns with a count of four; lateral weight shifts with a big step on a "go" cue; backward stepping after an unexpected tug at the gait belt
            Findings: turns en bloc with trunk and head moving as one; start hesitation at the doorway; 4 backward steps to recover on the pull test
            Objective: 180° turn 7 steps / 4.1 s (11 steps at IE); freezing at the doorway 1 of 5 passes
            """,
            ["G20.A2"], [PT("97112", 23)], []),

        // Minnesota PTA 97116: L foot slap and steppage with EHL 3/5 and no heel walk (L5 radiculopathy) as findings; heel-strike cues, heel/toe walking, stairs; feet and SBA: passes.
        ["v4-h48-blaine-l5-foot-slap-97116"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Blaine)
            PTA Treatment Note · supervising PT: K. Lindqvist, DPT
            Gait Training (97116) – 14 min
             - overground walking with cues for a controlled heel strike and hip-knee flexion in swing on the L
             - walking on heels and toes in the hallway, then stairs step-over-step
            Finding: L foot slap at initial contact and L steppage in swing; L EHL 3/5, can't heel walk on the L (L5 radiculopathy after L4-5 decompression)
            Walked 400 ft no device, SBA; foot slap on about half the L steps by the end (every step at IE)
            """,
            ["M54.16", "Z98.890"], [PTA("97116", 14)], []),

        // Iowa MS 97116: fatigue-related L toe drag worsening with heat, ankle clonus and hip-flexor grade as findings; AFO + cane gait with clearance cues; laps of feet, SBA and toe-catch counts: passes.
        ["v4-h48-dubuque-ms-fatigue-clonus-97116"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Dubuque)
            Treatment Note · relapsing MS
            97116 — 15 min
            Gait training with the L AFO and a single-point cane, rest break after each lap of the unit; cues for hip flexion to clear the L foot as she tires
            Finding: L foot drag and toe catch appear after the first lap and worsen in the heat; 3 beats of clonus at the L ankle on heel strike; L hip flexors 3+/5
            Walked 3 laps of 150 ft with SBA; toe catches 1 on lap one, 4 on lap three
            """,
            ["G35.A", "R26.89"], [PT("97116", 15)], []),

        // ND CAH: great-toe position sense wrong in k of 5 trials and a positive Romberg as findings, "1 on 1, only pt in the dept"; foam EO/EC, dim-light heel-toe walking, stride-stance ball toss; proprioceptive loss: passes.
        ["v4-h48-langdon-toe-position-sense"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            M. Solberg, PT · 1 on 1, only pt in the dept this afternoon
            97112 — 22 min
            S: Done with the sugar-beet campaign for good this year; unsteady in the dark farmyard going out to plug in the pickup.
            O: Great-toe position sense wrong on 3 of 5 trials R and 4 of 5 L. Romberg: sways and steps with eyes closed at 6 s.
               Tx: standing on foam at the counter, eyes open then closed; heel-toe walking along a taped line with the lights dimmed; ball toss in stride stance
            A: Proprioceptive loss in both feet (diabetic neuropathy) — leans on his eyes, trouble in the dark.
            P: Add head turns on foam next visit.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Wisconsin: posterior lean with no ankle strategy and uncontrolled descent to the chair as findings, one-on-one; counter reaching, heel-to-toe rocking, nose-over-toes sit-to-stand; Functional Reach and k of 5; hymn-sing goal: passes.
        ["v4-h48-linden-court-posterior-lean"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy
            Linden Court · Medicare Part B · resident treated one-on-one
            97112 — 24 minutes
            Skilled interventions: reaching forward to a target on the countertop with the PT guarding from behind; rocking heel-to-toe at the rail; sit-to-stand with nose over toes and a cue to hold the finish
            Findings: posterior lean in standing, weight stays on the heels with no ankle strategy; sits down hard without control (drops back into the chair)
            Measures: Functional Reach 5 in; sit-to-stand with a controlled descent 3 of 5
            Goal: stand at the piano to lead the Wednesday hymn sing
            """,
            ["R26.89"], [PT("97112", 24)], []),

        // Minnesota PTA 97110: a R Trendelenburg sign and abductor grade as the finding; sidelying abduction with cuff, hip hikes, band walks with doses: passes.
        ["v4-h48-chaska-trendelenburg-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Chaska)
            PTA Treatment Note · supervising PT: K. Lindqvist, DPT
            Therapeutic Exercise (97110) – 16 min
             - sidelying hip abduction 3 x 10 w/ 2-lb cuff
             - standing hip hike off a 4-in step 3 x 10 (R stance)
             - lateral band walks 3 x 20 ft
            Finding: R Trendelenburg sign, pelvis drops on the L in R stance; R hip abductors 3+/5
            """,
            ["M16.11"], [PTA("97110", 16)], []),

        // Minnesota 97112 whose neuro screen is stated negative ("no balance deficits identified"), with no deficit targeted anywhere: deficit missing; one-on-one, foam SLS toss, half-dome lunges, SL reaches, SLS seconds and Y-balance present.
        ["v4-h48-edina-neuro-screen-negative"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Edina)
            PT Treatment Note · treated one-on-one by writer
            Neuromuscular Re-education (97112) – 20 min
             - SLS on a foam pad with ball toss to a rebounder
             - lateral lunges onto a half dome with a 3-s stick
             - single-leg reaches to cones
            Neuro screen today: light touch and proprioception intact both LE, reflexes symmetric, no balance deficits identified
            Measures: SLS on foam 24 s R / 26 s L; Y-balance composite 94% R / 96% L
            """,
            ["Z96.651"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Nebraska gym 97110 "Screen: strength 5/5 throughout, ROM full, no pain, no functional limitations": no region, impairment or goal; bike, sled push, carries and box step-ups with doses: deficit missing.
        ["v4-h48-bellevue-no-deficits-97110"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Bellevue)
            PT session log
            97110 — 18 min
            WARM-UP: recumbent bike, level 6, 1 mile
            MAIN SET: sled push 4 x 40 ft @ 90 lb; farmer carry 3 x 60 ft with two 30-lb kettlebells; box step-ups 3 x 10 onto a 12-in box
            Screen: strength 5/5 throughout, ROM full, no pain, no functional limitations reported today
            """,
            ["Z96.651"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // ND CAH PTA 97116 "Gait: reciprocal and symmetric … nothing abnormal seen today", no region, impairment or goal; treadmill and corridor walking with direction changes, distance and level present: deficit missing.
        ["v4-h48-parkriver-gait-nothing-abnormal-97116"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Park River clinic day
            PTA visit · D. Kraft, PTA
            97116 — 15 min
            Gait training on the treadmill at 2.4 mph, then overground in the corridor with direction changes and stepping over a cord
            Gait: reciprocal and symmetric, normal step length and heel strike, no device; nothing abnormal seen today
            Distance overground 600 ft, independent
            """,
            ["Z96.641"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Nebraska "one-on-one PT visit in the studio (not the SilverSneakers Classic class …)"; BOSU step-and-stick, head-turn figure-8s, band-release stepping; protective stepping and postural control; Senior Fitness Test 8-ft up-and-go and k of 10: passes.
        ["v5-h48-bellevue-8ft-up-and-go-97112"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Bellevue)
            PT session log · one-on-one PT visit in the studio (not the SilverSneakers Classic class he takes Mondays)
            97112 — 22 min
            BLOCK A: stepping onto a BOSU dome and back, fwd and lateral, to a 2-s stick
            BLOCK B: walking figure-8s around two cones while turning his head to read cards on the wall
            BLOCK C: reactive catch-and-step — PT lets go of a resistance band at his waist without warning
            Why: slow protective stepping and ↓ postural control with head turns (fell in the church parking lot in January)
            Numbers: Senior Fitness Test 8-ft up-and-go 7.9 s (9.4 s at eval); one-step recovery on 7 of 10 band releases
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Iowa stroke "PT 1:1 entire session"; wedge heel weight bearing, eccentric step-downs, pelvic rhythmic stabilisation, metronome stepping; plantarflexor spasticity and DF recruitment; Modified Ashworth grade and k of 10: passes.
        ["v5-h48-ames-modified-ashworth-97112"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Ames)
            Treatment Note · PT 1:1 entire session
            97112 — 24 min
            Interventions: prolonged weight bearing through the L heel in stride stance on a wedge, then slow eccentric step-downs leading with the R; rhythmic stabilization at the pelvis in standing; reciprocal stepping to a metronome at 80 bpm
            Impairment: L plantarflexor spasticity and poor L dorsiflexor recruitment — toe contact first on the L
            Objective: Modified Ashworth L gastroc-soleus 1+ (2 at IE); L heel-first contact on 6 of 10 steps
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Wisconsin 97110: cuffed knee extension, rail abduction, heel raises, chair-height sit-to-stands with doses; B hip/knee extensor weakness; 30-second chair stand reps and grades; standing-through-the-service goal: passes.
        ["v5-h48-eauclaire-30s-chair-stand-97110"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages · Part B
            97110 Therapeutic Exercise — 15 min
            Seated knee extension with 3-lb cuff weights 2 x 12; standing hip abduction at the rail 2 x 10; heel raises 2 x 15; sit-to-stand from dining-chair height 3 x 5
            Problem: B hip and knee extensor weakness — pushes up with both arms from the sanctuary pew
            Measures: 30-second chair stand 8 reps (5 at start of care); knee extension 4-/5 B
            Goal: stand for the hymns through the whole Sunday service
            """,
            ["M62.81", "R26.89"], [PT("97110", 15)], []),

        // Minnesota 97140 after TKA: tibiofemoral and patellar glides grade III with bouts, scar mobilisation; knee flexion stiffness with a recliner goal; flexion degrees before and after: passes.
        ["v5-h48-burnsville-goniometry-97140"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Burnsville)
            PT Treatment Note · R TKA 5 wks
            Manual Therapy (97140) – 11 min
             - tibiofemoral posterior glides in flexion, grade III, 4 x 30 s
             - patellar superior/inferior glides, grade III
             - STM and scar mobilization along the R incision
            Impairment: R knee flexion stiffness, can't get his heel back far enough to stand from the recliner
            R knee flexion AAROM 98° before → 106° after; extension -4°
            """,
            ["Z96.651", "M25.661"], [PT("97140", 11)], []),

        // ND CAH PTA farm 97530: mineral-tub lifts to tailgate height, water-pail carries, mock cab step-ups with loads, distances and counts; low back/hip extensor weakness after fusion; cow-calf goal; SBA: passes.
        ["v5-h48-walhalla-loads-and-trips-97530"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Walhalla clinic day
            PTA visit · D. Kraft, PTA
            97530 — 20 min
            Farm-task practice in the gym: lifting a 40-lb mineral tub floor → tailgate height (36 in) x 6 with a hip hinge; carrying a 5-gal water pail 50 ft x 4; stepping up into a mock tractor cab (3 steps, grab bar) x 5
            Problem: low back pain and weak hip extensors after lumbar fusion; bends at the back to lift
            Goal: get back to feeding and watering his cow-calf herd by himself
            SBA for the carries, cues on 2 of 6 lifts
            """,
            ["Z98.1", "M54.50"], [PTA("97530", 20)], []),

        // Iowa 97116: fast overground gait with a hemi walker and curb practice; stiff-knee circumduction; 10-meter walk test comfortable and fast m/s; Pedestrian Mall goal: passes.
        ["v5-h48-iowacity-10mwt-two-speeds-97116"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Iowa City)
            Treatment Note · L pontine stroke, R hemiparesis
            97116 — 16 min
            Overground gait training at fast speed in the hallway with a hemi walker, cues for R knee flexion in swing and a longer L step; curb up/down x 4
            Deviations: R stiff-knee gait with circumduction, short L step
            10-meter walk test: comfortable 0.62 m/s, fast 0.81 m/s (0.44 / 0.57 at IE); curb with CGA
            Goal: walk from the parking ramp to the Pedestrian Mall with his wife
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // Nebraska 97110: leg extension, Spanish squat holds, reverse sled drag with loads; R quad weakness with stair pain; hand-held dynamometry pounds and %: passes.
        ["v5-h48-papillion-hhd-97110"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Papillion)
            PT session log · R knee OA
            97110 — 18 min
            Leg extension machine 3 x 10 @ 40 lb (R only); Spanish squat with a band behind the knees 4 x 30-s holds; reverse sled drag 4 x 60 ft @ 70 lb
            Why: R quad weakness, pain going down the stairs at the Papillion Landing pool
            Numbers: HHD knee extension R 42 lb / L 58 lb (72%)
            """,
            ["M17.11"], [PT("97110", 18)], []),

        // Wisconsin one-on-one 97112 (foam reaching across midline, head-turn walking, tap-cued stepping; postural control with head movement) whose only result is "felt steadier … fewer handholds than last week", no number but the code and minutes: measure missing.
        ["v5-h48-chippewa-felt-steadier-no-number"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Chippewa Falls campus)
            Linden Court · Medicare Part B
            97112 — 23 minutes, one-on-one with the PT
            Skilled interventions: standing on a foam cushion while reaching across midline for bean bags; walking with head turns to read the bulletin board; stepping backward and sideways to the PT's tap at the hip
            Problem: ↓ postural control with head movement and slow protective stepping; grabs the walls in the hallway to the chapel
            Resident response: felt steadier today and needed fewer handholds than last week
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ND CAH 97116 with a cane around the parking lot, step and cane cues, short stiff R step after TKA — "walked farther than last time", no distance, level or number: measure missing.
        ["v5-h48-parkriver-walked-farther-97116"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Park River clinic day
            M. Solberg, PT
            97116 — 15 min
            Gait training with his straight cane out the side door and around the parking lot, cues for a longer R step and to keep the cane in the L hand
            Gait: short R step and stiff R knee after R TKA, wide turns
            Walked farther than last time before needing to stop.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Minnesota PTA hip programme listed without any sets, reps, load or hold ("Reviewed form on each"); L hip abductor/extensor weakness: measure missing on 97110.
        ["v5-h48-eagan-hip-program-no-dose-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Eagan)
            PTA Treatment Note · supervising PT: K. Lindqvist, DPT
            Therapeutic Exercise (97110) – 14 min
             - clamshells
             - bridges
             - sidelying hip abduction
             - standing hip extension at the counter
            Reviewed form on each; pt's L hip aches after walking the dog around Lebanon Hills
            Impairment: L hip abductor and extensor weakness (L hip OA)
            """,
            ["M16.12"], [PTA("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Minnesota "TIMED MINUTES: 97110 Ther Ex 15 | 97112 Neuro Re-ed 23 | Total timed 38", one-on-one; both codes complete: passes.
        ["v6-h48-maplegrove-timed-minutes-line"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Maple Grove)
            PT Treatment Note · R TKA 7 wks · pt treated one-on-one by writer for all timed minutes
            Therapeutic Exercise: recumbent bike for ROM, full revolutions; quad sets with 5-s holds x 15; SAQ 3 x 10 @ 3 lb; standing TKE with band 3 x 15 — R quad weakness, R knee extension lag
            Neuromuscular Re-education: R SLS at the counter with ball taps; tandem walk on a foam beam; step-up to a stick on a 6-in step — ↓ R knee proprioception and postural control on stairs
            Measures: R knee AROM 4–108°; R SLS 9 s; Four Square Step Test 12.6 s
            TIMED MINUTES: 97110 Ther Ex 15 | 97112 Neuro Re-ed 23 | Total timed 38
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97112", 23)], []),

        // Iowa "Billing: 97112 x2u (25 min) | 97116 x1u (13 min)" after unlabelled NMR / Gait paragraphs, "individual, PT and pt only"; both complete: passes.
        ["v6-h48-waterloo-billing-units-with-minutes"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Waterloo)
            Treatment Note · L cerebellar stroke · individual, PT and pt only
            NMR: quadruped and tall-kneel rhythmic stabilization; heel-shin and toe-tap accuracy drills in standing; tandem walking along the hallway handrail — L limb ataxia and truncal sway. SARA 9/40; tandem 6 steps.
            Gait: walking with a 4WW weighted to 10 lb, cues for even step length; then without a device along the rail — wide base, lurching on turns. 220 ft x 2 with 4WW SBA; 40 ft without device CGA.
            Billing: 97112 x2u (25 min) | 97116 x1u (13 min)
            """,
            ["I69.393", "R27.0"], [PT("97112", 25), PT("97116", 13)], []),

        // ND CAH spelled-out minutes "Spent twenty-two minutes on balance (97112) … Then fifteen minutes of exercise (97110)", "one on one today"; both complete: passes.
        ["v6-h48-langdon-spelled-out-minutes"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            M. Solberg, PT — saw him one on one today, nobody else in the department
            Spent twenty-two minutes on balance (97112): rocker board with his eyes closed, stepping onto the foam pad and holding it, catching a ball while standing heel-to-toe. He loses his balance backward and can't feel where his feet are (neuropathy). Heel-to-toe stance 7 seconds; rocker board eyes closed 10 seconds without touching the bar.
            Then fifteen minutes of exercise (97110): sit-to-stands 3 x 10, heel raises 3 x 15, mini squats 2 x 12 at the counter, for leg weakness — he wants to climb up into the grain truck again this fall.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Nebraska "TE (20 mins)" / "TA (15 mins)" after reverse TSA; loads, reps and a grocery goal: passes.
        ["v6-h48-papillion-te-ta-mins"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Papillion)
            PT session log · L reverse total shoulder, 4 mo
            TE (20 mins): cable rows 3 x 12 @ 15 lb; sidelying ER 3 x 12 @ 2 lb; wall slides with a foam roller 2 x 10; half-kneeling landmine press 3 x 8 @ 15 lb — L shoulder flexor and ER weakness, flexion 125°
            TA (15 mins): lifting a 10-lb grocery bag from the cart to a shoulder-height shelf x 8; overhead placement of 3-lb cans x 10; carrying a laundry basket 40 ft x 3 — goal: unload and put away her groceries without help
            """,
            ["Z96.612", "Z47.1"], [PT("97110", 20), PT("97530", 15)], []),

        // Wisconsin clock ranges "1:05–1:29 Neuromuscular re-education (97112)" (24) and "1:29–1:44 Therapeutic exercise (97110)" (15), one-on-one; both complete: passes.
        ["v6-h48-eauclaire-clock-ranges"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages · Medicare Part B · resident seen one-on-one
            1:05–1:29  Neuromuscular re-education (97112): stepping over a cane laid on the floor, fwd and lateral; standing on foam with eyes closed and head turns; reaching for targets outside her base at the counter. Problem: ↓ postural control and slow stepping reactions after a fall in the church parking lot. Berg 46/56; tandem stance 6 s.
            1:29–1:44  Therapeutic exercise (97110): seated marching with 2-lb cuffs 2 x 15; sidelying hip abduction 2 x 10; heel raises at the counter 2 x 15 — B hip abductor and calf weakness.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 15)], []),

        // Iowa PD: "97112 – 23 min" matches, but "97116 – 25 min" against a 15-minute gait line: time mismatch on 97116; both codes otherwise complete and one-on-one.
        ["v6-h48-dubuque-gait-stated-25-line-15"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Dubuque)
            Treatment Note · Parkinson's · PT one-on-one
            97112 – 23 min: large-amplitude stepping in all directions to a count; weight shifts with reaching across midline; quick stop-and-go walking on a hand clap. Impairment: hypokinetic stepping and ↓ postural responses. Mini-BESTest 19/28; 3 steps to recover on the pull test.
            97116 – 25 min: gait with auditory cueing to a metronome at 110 bpm and heel-strike cues, then through the doorway and around the kitchen mock-up — short shuffling steps, freezing at thresholds. Gait speed 0.92 m/s; step length 48 cm.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [At(Mismatch, "97116")]),

        // ND CAH "Tx time: 35 min (97110)" on a 22-minute 97110, the one timed code: time mismatch; exercises, doses, R shoulder after cuff repair present.
        ["v6-h48-cavalier-tx-time-single-code"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Cavalier clinic day
            M. Solberg, PT
            Tx time: 35 min (97110)
            Ther ex for the R shoulder after rotator cuff repair (14 wks): pulleys flexion x 20; supine wand flexion 2 x 15; sidelying ER 3 x 10 @ 1 lb; prone rows 3 x 10 @ 2 lb
            R shoulder flexion 135°, ER 50°; can't reach the top shelf in the shop
            """,
            ["M75.121", "Z98.890"], [PT("97110", 22)], [At(Mismatch, "97110")]),

        // Minnesota cervical visit with exercise and manual both complete but only "Timed: 30 min" for 97110 + 97140: separate time missing.
        ["v6-h48-chaska-timed-total-only"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Chaska)
            PT Treatment Note · cervical radiculopathy, R C6
            Interventions: chin tucks with 10-s holds x 10; prone Ys and Ts 2 x 10; band rows 3 x 12; cervical retraction with overpressure x 10; manual — C5–C6 R unilateral PA glides grade III, 3 x 30 s; suboccipital release; STM R upper trap and levator
            Impairment: ↓ cervical rotation R and deep neck flexor endurance; R arm tingling when looking up into the cupboard
            Measures: cervical rotation R 52° → 60° after manual; DNF endurance 16 s
            Timed: 30 min
            """,
            ["M54.12", "M50.122"], [PT("97110", 18), PT("97140", 12)], [SepTime]),

        // Wisconsin "NMR x 2 units" / "TE x 1 unit" with no minutes for either code: separate time missing; one-on-one and both codes otherwise complete.
        ["v6-h48-linden-court-units-only"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy
            Linden Court · Medicare Part B · one-on-one
            NMR x 2 units: tandem walking along the hallway handrail; standing on foam reaching for cups from the cupboard; stepping over a taped line with head turns. Problem: ↓ postural control with reaching and turning after a fall in her kitchenette. Berg 45/56.
            TE x 1 unit: sit-to-stand 3 x 8; seated knee extension with 2-lb cuffs 2 x 15; standing hip abduction 2 x 10 — B LE weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Nebraska "97530 — 18 min" but "97110:" with no minutes: separate time missing (minutes for one code of two); both codes otherwise complete.
        ["v6-h48-elkhorn-minutes-for-one-of-two"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Elkhorn)
            PT session log · R THA 10 wks
            97530 — 18 min: floor-to-stand practice on the turf via half-kneel x 4; in and out of a car-height seat leading with the R leg x 6; picking up a 15-lb bag of softballs from the floor x 5 with a hip hinge — goal: back to coaching his granddaughter's softball team at the Elkhorn fields. SBA for floor transfers.
            97110: hip bridges 3 x 12; side-lying hip abduction 3 x 10 @ 2 lb; step-ups onto an 8-in box 3 x 10 — R hip abductor and extensor weakness (4-/5).
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 18), PT("97110", 14)], [SepTime]),

        // Iowa PT/OT co-treatment, both on 97530: "PT — 97530 — 15 min" and "OT — 97530 — 20 min" match each discipline's line; both parts complete: passes.
        ["v6-h48-cedarfalls-pt-ot-both-97530"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Cedar Falls)
            PT/OT co-treatment · R MCA stroke, L hemiparesis · both therapists with this patient only
            PT — 97530 — 15 min: standing at the kitchen counter sliding a pan of bars along to the L; stepping to the L to reach the sink; cues for L LE weight bearing. ↓ L hip/knee control in stance; CGA.
            OT — 97530 — 20 min: cutting the bars and plating them with the L hand stabilizing the pan; carrying the plate to the table 12 ft with a hemi walker. L UE incoordination and L inattention; min verbal cues x 3, CGA.
            Goal: help serve coffee and bars after church.
            """,
            ["I69.354"], [PT("97530", 15), OT("97530", 20)], []),

        // Minnesota three codes "TE 97110 (12 min)", "MT 97140 (10 min)", "Gait 97116 (15 min)", each complete: passes.
        ["v6-h48-stcloud-three-codes-in-parentheses"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (St. Cloud)
            PT Treatment Note · L TKA 3 wks
            TE 97110 (12 min): heel slides with strap 2 x 15; quad sets 10 x 5-s holds; SAQ 2 x 12; seated knee flexion stretch 5 x 20-s holds — L knee flexion and quad weakness
            MT 97140 (10 min): patellar glides all directions grade II–III; tibiofemoral posterior glides grade III 3 x 30 s; L knee flexion 84° → 92° after
            Gait 97116 (15 min): FWW → SPC trial in the hallway, cues for heel-toe and knee bend in swing; stiff-knee gait and short R step; 150 ft x 2 with SPC, CGA
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 12), PT("97140", 10), PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a 97112 with a diagnosis: DOC_NOTE_MISSING only.
        ["v7-h48-empty-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Empty note on a PTA 97110 + 97140 visit with no diagnosis: DOC_NOTE_MISSING on each profiled line and the diagnosis check, nothing else.
        ["v7-h48-empty-two-codes-no-diagnosis"] = new(
            "",
            [], [PTA("97110", 15), PTA("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // Empty note on a 97116: DOC_NOTE_MISSING only.
        ["v7-h48-empty-97116"] = new(
            "",
            ["Z96.641"], [PT("97116", 14)], [At(NoteMissing, "97116")]),

        // 97110 meaning: press-ups, bridges, bird dog with holds and reps; low back extensor/gluteal weakness with a tailgate task: passes.
        ["v7-h48-97110-holds-and-region"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            97110 — 13 min
            Prone press-ups 2 x 10 with a 3-s hold at the top; supine bridges 3 x 10 with 5-s holds; quadruped bird dog 2 x 8 each side with 5-s holds
            Low back — lumbar extensor and gluteal weakness; hurts to bend over the tailgate to pull the salt blocks
            """,
            ["M54.50"], [PT("97110", 13)], []),

        // 97530 meaning (OT): bed making and carrying the quilt basket with Min A / SBA and a distance; L shoulder stiffness and standing endurance; stay-in-assisted-living goal: passes.
        ["v7-h48-97530-assist-distance-goal"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy · OT
            Linden Court · Part B
            97530 — 22 min
            Making her bed: pulling up the sheet and quilt from both sides, tucking the corners, placing the pillows; then carrying her quilt-square basket to the quilting room, 60 ft with the rollator seat
            Min A for the far-side tuck, SBA for the walk
            Problem: L shoulder stiffness (flexion 100°) and ↓ standing endurance after L proximal humerus fracture
            Goal: keep up her own apartment so she can stay in assisted living
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // 97140 meaning: thoracic PA glides and rib springing with grades and bouts, STM; thoracic hypomobility with a boat-trailer task: passes.
        ["v7-h48-97140-thoracic-grades-bouts"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Woodbury)
            Manual Therapy (97140) – 10 min
             - thoracic PA glides T4–T8, grade III, 3 bouts of 30 s per level, prone
             - R ribs 5–7 anterior-posterior springing, grade II
             - STM R rhomboid and middle trap
            Impairment: thoracic hypomobility and R mid-back pain with turning to back the boat trailer down the ramp
            """,
            ["M54.6"], [PT("97140", 10)], []),

        // 97116 meaning (PTA): AFO + quad cane gait on tile and carpet with cues; R foot drop after stroke; feet, CGA and toe-catch count: passes.
        ["v7-h48-97116-afo-device-distance"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Mason City)
            97116 — 16 min
            Gait training with a posterior-leaf AFO on the R and a quad cane, indoor tile then the carpeted hallway; cues for R hip flexion and heel-first contact
            R foot drop and toe catch after L MCA stroke
            250 ft x 2, CGA; 1 toe catch on carpet
            """,
            ["I69.351"], [PTA("97116", 16)], []),

        // Wholly generic 97110 + 97530 with minutes for each ("progressed as tolerated", "continue plan of care"): no technique, deficit or measure for either code, generic only.
        ["v7-h48-generic-te-ta"] = new(
            """
            PT session log
            TE 15 min / TA 15 min
            Pt tolerated treatment well. Exercises and activities progressed as tolerated. Continue plan of care; see next week.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Wholly generic PTA 97112 ("balance and coordination exercises per PT plan. Tolerated well."): technique, generic, deficit, measure and one-on-one.
        ["v7-h48-generic-97112"] = new(
            "97112 NMR 23 min — balance and coordination exercises per PT plan. Tolerated well. Continue POC.",
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Wholly generic 97140 ("Manual therapy performed as tolerated"): technique, generic, deficit and measure.
        ["v7-h48-generic-97140"] = new(
            "Manual Therapy (97140) – 12 min. Manual therapy performed as tolerated. Pt tolerated well. Continue per POC.",
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Minnesota lumbar radiculopathy 97110 (16; press-ups, sliders, dead bug, Pallof; trunk weakness) + 97140 (10; PA glides, rotation mob, STM; SLR degrees): passes.
        ["vord-h48-eagan-lumbar-97110-97140"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Eagan)
            PT Treatment Note · visit 6 · L lumbar radiculopathy
            S: Leg pain now stays above the knee; sleeping through the night. Golfed nine holes at Bunker Hills.
            Therapeutic Exercise (97110) – 16 min: prone press-ups 3 x 10; sciatic nerve sliders in sitting 2 x 15; dead bug 3 x 8; Pallof press 3 x 10 each way @ 10 lb — lumbar flexion intolerance and trunk stabilizer weakness
            Manual Therapy (97140) – 10 min: L4–L5 central PA glides grade III, 3 x 30 s; L sidelying lumbar rotation mob grade III; STM L glute med and piriformis
            Objective: SLR L 55° (40° at eval); lumbar flexion fingertips to mid-shin
            Plan: progress hip hinge loading.
            """,
            ["M54.16", "M51.16"], [PT("97110", 16), PT("97140", 10)], []),

        // Minnesota PTA reverse TSA 97110: wand, table slides, isometrics with holds, rows; R shoulder flexion and deltoid weakness; mug-shelf and casting goal: passes.
        ["vord-h48-stcloud-reverse-tsa-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (St. Cloud)
            PTA Treatment Note · R reverse TSA 9 wks · supervising PT: A. Nygaard, PT
            Therapeutic Exercise (97110) – 20 min
             - supine wand flexion 2 x 15
             - table slides into flexion and scaption 2 x 15
             - isometric ER / IR / flexion at the wall, 10 x 5-s holds each
             - seated rows with yellow band 2 x 15
            Impairment: R shoulder AROM flexion 105°, deltoid weakness
            Goal: reach the coffee mugs on the second shelf and cast a line off the dock at the cabin
            Pt response: mild soreness, no increase in night pain.
            """,
            ["Z96.611", "Z47.1"], [PTA("97110", 20)], []),

        // Minnesota cervical 97140 (12; C2–C3 glides, manual traction holds, suboccipital release, STM; rotation degrees) + 97110 (13; chin tucks with holds, prone extension, pull-aparts, foam-roll extension): passes.
        ["vord-h48-rochester-cervical-97140-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Rochester)
            PT Treatment Note · cervicalgia w/ R upper trap strain
            MANUAL (97140) — 12 min: C2–C3 R unilateral PA glides grade III 3 x 30 s; manual cervical traction 5 x 20-s holds; suboccipital release; STM R upper trap and levator scapulae
            EXERCISE (97110) — 13 min: supine chin tuck with head lift 3 x 10 with 5-s holds; prone shoulder extension 2 x 12; band pull-aparts 3 x 15; thoracic extension over a foam roll x 10
            Impairment: R cervical rotation 55° (L 70°), forward head, weak deep neck flexors; neck pain after long shifts at the Mayo Clinic lab bench
            Post-manual rotation R 64°.
            """,
            ["M54.2", "S16.1XXD"], [PT("97140", 12), PT("97110", 13)], []),

        // Minnesota PTA THA 97116 (15; walker→cane, step-length and stair cues; Trendelenburg lurch; feet, stairs, SBA) + 97110 (14; abduction, bridges, squats, side-steps; abductor grade): passes.
        ["vord-h48-blaine-tha-97116-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Blaine)
            PTA Treatment Note · L anterior THA 5 wks · supervising PT: K. Lindqvist, DPT
            Gait Training (97116) – 15 min: walker to cane transition in the hallway, cane in the R hand; cues for equal step length and hip extension at terminal stance; stairs with a rail, step-to → step-over-step. Short R step and L Trendelenburg lurch. 300 ft with cane, SBA; 12 stairs with rail, SBA.
            Therapeutic Exercise (97110) – 14 min: standing hip abduction 2 x 12; bridges 3 x 10; mini squats to a chair 2 x 10; side-stepping along the counter 3 laps — L hip abductor and extensor weakness (3+/5).
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 15), PTA("97110", 14)], []),

        // Minnesota recurrent ankle sprain 97112 "one-on-one with writer, start to end of NMR"; foam-beam SLS perturbations, star-excursion reaches, hop-to-stabilisation; ankle proprioception; SLS EC and SEBT %: passes.
        ["vord-h48-chaska-ankle-97112"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Chaska)
            PT Treatment Note · R ankle inversion sprain, recurrent · one-on-one with writer, start to end of NMR
            Neuromuscular Re-education (97112) – 22 min
             - R SLS on a foam beam with perturbations at the shoulders
             - star-excursion reaches in R stance (ant / PM / PL)
             - lateral hop to stabilization onto foam, 2-s hold
            Deficit: ↓ R ankle proprioception and peroneal timing, gives way on uneven ground at the cabin
            Measures: R SLS EC 8 s (L 18 s); SEBT posteromedial 78% of limb length (L 91%)
            """,
            ["S93.401D", "M25.371"], [PT("97112", 22)], []),

        // ND CAH PTA farm 97530: mock truck-cab ladder with 3-point contact, gate chain, dog-food carries with counts, SBA and cues; L shoulder after cuff repair; beet-truck goal: passes.
        ["vord-h48-langdon-beet-truck-97530"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            PTA visit · D. Kraft, PTA / M. Solberg, PT
            S: Wants to be back driving beet truck for next fall's campaign. Wife drove him in today.
            O: 97530 — 21 min
               - climbing the 3-step ladder into a mock truck cab with the grab handle, 3-point contact, x 5
               - pulling and latching a gate chain at chest height x 10
               - carrying a 25-lb bag of dog food 40 ft x 3 and setting it on the shop bench
               SBA on the ladder; verbal cues for 3-point contact on 2 of 5 trips
               L shoulder weakness and pain reaching overhead after L rotator cuff repair (20 wks); L flexion 140°
            A: Steady on the ladder, L arm tires with the chain.
            P: Continue per POC; add overhead lifting.
            """,
            ["M75.122", "Z98.890"], [PTA("97530", 21)], []),

        // ND CAH rancher 97110 (15; bike, step-ups, TKE, wall sits with holds; R quad weakness) + 97140 (12; glides grade III, STM; flexion degrees); checking-cows goal: passes.
        ["vord-h48-cavalier-rancher-97110-97140"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Cavalier clinic day
            M. Solberg, PT
            S: Rancher, 71. Sorted pairs for turnout last week; the R knee swells after a day horseback.
            Ex (97110) 15 min: stationary bike level 3 for knee ROM; step-ups onto a 4-in step 3 x 10; TKE with band 3 x 15; wall sits 5 x 20-s holds — R quad weakness, knee flexion 110°
            Manual (97140) 12 min: R tibiofemoral posterior and patellar glides grade III 3 x 30 s; STM R quad and ITB. Flexion 110° → 118° after.
            Goal: get on and off his horse and walk out to check his cows on pasture.
            """,
            ["M17.11"], [PT("97110", 15), PT("97140", 12)], []),

        // ND CAH fall on the ice, "1 on 1 the whole visit": Balance 97112 (23; rocker EC, foam step-and-reach, unannounced pushes; protective stepping and ankle proprioception; Berg, k of 8) + Gait 97116 (15; ice-cleat mat and ramp with cane; feet, SBA): passes.
        ["vord-h48-walhalla-ice-fall-97112-97116"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Walhalla clinic day
            M. Solberg, PT — 1 on 1 the whole visit
            Balance 97112 (23 min): rocker board side-side with eyes closed; step-and-reach off the foam pad; pushes at the shoulder without warning in stride stance. Slow protective stepping and ↓ ankle proprioception since the fall on the ice by the stock tank. Berg 47/56; catches with one step on 5 of 8 pushes.
            Gait 97116 (15 min): walking on the ice-cleat mat and the rubber ramp by the loading dock with his cane, cues to shorten the step on slick spots; wide-based, flat-footed, stops to look down. 250 ft x 2 with cane, SBA.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97116", 15)], []),

        // Iowa OT 97530 simulated grocery shopping in the ADL apartment; L UE use (Fugl-Meyer UE) and L inattention (k of 6 missed); CGA and cues; Hy-Vee goal: passes.
        ["vord-h48-iowacity-ot-grocery-97530"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Iowa City) · OT
            Treatment Note · R MCA stroke, L hemiparesis
            97530 — 24 min
            Simulated grocery shopping in the ADL apartment: pushing a cart, reaching to the L shelf for 6 items from a list, placing them on the counter, unpacking into the fridge
            L UE functional use ↓ (Fugl-Meyer UE 38/66) and L visual inattention — missed 2 of 6 items on the L at first pass
            CGA for balance with reaching; min verbal cues to scan left
            Goal: grocery shop at the Hy-Vee with her daughter
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Iowa MS "one-on-one, PT with pt only, cooling vest on": 97112 (22; foam EC head turns, tandem ball pass, pelvic pushes; foot proprioception and postural responses; tandem, mCTSIB) + 97110 (14; cuffed hip flexion, abduction, sit-to-stand; grades): passes.
        ["vord-h48-masoncity-ms-97112-97110"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Mason City)
            Treatment Note · relapsing MS · one-on-one, PT with pt only, cooling vest on
            97112 (22 min): standing on a foam pad with head turns and eyes closed; tandem steps along the parallel-bar tape with a ball pass; reactive stepping to light pushes at the pelvis. Impairment: ↓ proprioception in both feet and slow postural responses; catches her toe and stumbles when tired. Tandem stance 8 s; mCTSIB foam EC 12 s.
            97110 (14 min): seated hip flexion with 2-lb cuff 2 x 12; standing hip abduction 2 x 10; sit-to-stand 2 x 8 — L hip flexor and abductor weakness (3+/5).
            """,
            ["R26.89", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // Iowa PD 97116: transverse tape-strip cueing, doorway and chair navigation with big-step cues; shuffling and doorway freezing; 10MWT, step lengths, k of 6; graduation goal: passes.
        ["vord-h48-ames-pd-visual-cue-97116"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Ames)
            Treatment Note · Parkinson's disease H&Y 2
            97116 — 15 min
            Gait training with visual cues (transverse tape strips at step-length spacing), then through the doorway and around chairs without the strips; big-step and arm-swing cues
            Gait: short, shuffling steps with reduced arm swing, freezing at doorways
            10MWT 1.02 m/s; step length 52 cm with strips, 41 cm without; 2 freezes in 6 doorway passes
            Goal: walk across the Iowa State campus to his grandson's graduation
            """,
            ["G20.A1"], [PT("97116", 15)], []),

        // Iowa cerebellar stroke "individual session, PT only with this pt"; Frenkel-type heel placement, line walking with stops, weighted vest on foam; dysmetria and titubation; heel-shin k of 5, tandem steps, Berg: passes.
        ["vord-h48-dubuque-cerebellar-97112"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Dubuque)
            Treatment Note · R cerebellar stroke · individual session, PT only with this pt
            97112 — 24 min
            Frenkel-type heel placement to floor targets in standing; walking on a line with turns and stops on command; weighted vest (5 lb) for trunk stability while reaching on foam
            Impairment: R limb dysmetria and truncal titubation; unsteady on turns, veers to the R
            Objective: heel-shin overshoot on 4 of 5 trials (R); tandem walk 8 steps (3 at IE); Berg 42/56
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Nebraska TKA revision 97110 (15; machines with loads; quad/hamstring weakness) + 97530 (16; pool-deck floor transfers, ladder steps, bag carries; SBA; water-aerobics goal): passes.
        ["vord-h48-papillion-tka-revision-97110-97530"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Papillion)
            PT session log · R TKA revision, 12 wks
            97110 — 15 min: leg press 3 x 12 @ 70 lb (R only); knee extension machine 3 x 10 @ 25 lb; hamstring curl 3 x 10 @ 30 lb — R quad and hamstring weakness, R knee flexion 105°
            97530 — 16 min: getting down to and up from the pool deck edge x 4; stepping into and out of the pool-ladder mock-up x 6; carrying a pool bag 50 ft x 2 — goal: back to water aerobics three mornings a week. SBA for the floor transfers.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97530", 16)], []),

        // Nebraska "seen 1-on-1 in the PT studio": folded-mat SLS cone taps, track stops and turns, rocker-board catches; ankle/hip strategy and stepping reactions; SLS and Four Square: passes.
        ["vord-h48-bellevue-offutt-curb-97112"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Bellevue)
            PT session log · seen 1-on-1 in the PT studio
            97112 — 22 min
            BLOCK A: single-leg stance on a folded mat with cone taps, R and L
            BLOCK B: walking the indoor track lane with sudden stops and turns on the PT's call
            BLOCK C: catching a tossed ball while standing on a rocker board
            Why: ↓ ankle and hip strategy use and slow stepping reactions; two near-falls stepping off the curb at the Offutt base exchange
            Numbers: L SLS 5 s / R 8 s; Four Square Step Test 14.1 s
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // Nebraska spondylolisthesis 97110 (17; trap-bar deadlift, bird dog, side plank, suitcase carry with loads/holds) + 97140 (11; STM, psoas release, manual traction pulls); lumbar endurance, Thomas test, mowing goal: passes.
        ["vord-h48-elkhorn-low-back-97110-97140"] = new(
            """
            ELKHORN VALLEY ATHLETIC CLUB — Physical Therapy (Elkhorn)
            PT session log · chronic LBP w/ L4-5 spondylolisthesis
            97110 — 17 min: trap bar deadlift 3 x 8 @ 65 lb; bird dog 3 x 8 with 5-s holds; side plank from knees 3 x 20-s holds; suitcase carry 3 x 80 ft @ 25 lb
            97140 — 11 min: STM lumbar paraspinals and QL; psoas release in supine; manual lumbar traction in hook-lying 5 x 30-s pulls
            Why: ↓ lumbar extensor and trunk endurance, hip flexor tightness (Thomas test positive B); goal: mow with the push mower and work his shift at the Nebraska Furniture Mart warehouse
            """,
            ["M43.16", "M54.50"], [PT("97110", 17), PT("97140", 11)], []),

        // Wisconsin PTA hip fracture 97110 (14; cuffed extension, rail hip work, sit-to-stand; abduction grade) + 97116 (15; rollator to chapel with cues; feet and SBA); Lenten-services goal: passes.
        ["vord-h48-eauclaire-hip-fx-97110-97116"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages · Medicare Part B · PTA treatment note (sup PT: R. Halvorsen, PT)
            Therapeutic exercise 97110 — 14 minutes: seated knee extension with 2-lb cuff 2 x 12; standing hip abduction and extension at the rail 2 x 10 each; sit-to-stand 2 x 6 — R hip weakness after R hip fracture (ORIF), hip abduction 3/5.
            Gait training 97116 — 15 minutes: rollator to the chapel and back along the main corridor, cues to step into the walker and lift the R foot over the carpet seams; short R stance, shuffles on turns. 240 ft x 2, SBA.
            Goal: walk to chapel for the Wednesday Lenten services.
            """,
            ["S72.001D"], [PTA("97110", 14), PTA("97116", 15)], []),

        // Wisconsin OT 97530 cribbage set-up, pegging, dealing and standing table set-up; R hand weakness and fine-motor loss after carpal tunnel release; grip lb, k of 20, SBA; cribbage-club goal: passes.
        ["vord-h48-chippewa-ot-cribbage-97530"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Chippewa Falls campus) · OT
            Linden Court · Part B
            97530 — 20 min
            Setting up the cribbage board and pegging, shuffling and dealing a deck, then standing at the card table to set out coffee cups for eight
            R hand weakness and ↓ fine-motor coordination after R carpal tunnel release; grip R 28 lb (L 44 lb); dropped pegs 3 of 20
            SBA while standing at the table
            Goal: host the Thursday cribbage club in the Linden Court lounge
            """,
            ["G56.01", "Z98.890"], [OT("97530", 20)], []),

        // Wisconsin "one-on-one with the PT throughout": 97112 (23; foam EC head turns, tap stepping, rail tandem; visual reliance; Berg, mCTSIB) + 97530 (15; carrying plate and cup, napkin pick-ups, chair push-in; CGA; brunch goal): passes.
        ["vord-h48-linden-court-97112-97530"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy
            Linden Court · Medicare Part B · one-on-one with the PT throughout
            97112 — 23 min: standing on a foam pad with eyes closed and head turns; stepping in all directions to the PT's taps; tandem walking beside the hallway rail. Problem: ↓ vestibular and proprioceptive contribution to balance, relies on vision; unsteady in the dim chapel. Berg 46/56; mCTSIB foam EC 9 s.
            97530 — 15 min: carrying a plate and a cup from the dining room counter to her table, 30 ft x 3; bending to pick up a dropped napkin x 5; getting up from the dining chair and pushing it in x 5. CGA for the carries. Goal: go through the buffet line at Sunday brunch on her own.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97530", 15)], []),

        // Minnesota TKA three codes, "writer with pt one-on-one throughout": 97110 (13), 97112 (15; foam toss, BOSU step-up hold, head-turn tandem; proprioception; SLS, Four Square), 97140 (10; glides, STM; degrees): passes.
        ["vord-h48-woodbury-tka-three-codes"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Woodbury)
            PT Treatment Note · R TKA 8 wks · writer with pt one-on-one throughout
            97110 (13 min): recumbent bike, seat 7, for ROM; leg press 3 x 12 @ 60 lb; step-downs from a 4-in step 2 x 10 — R quad weakness, R knee flexion 110°
            97112 (15 min): R SLS on foam with ball toss; forward step-up onto a BOSU and hold 3 s; tandem walking with head turns — ↓ R knee proprioception and postural control on uneven ground. R SLS on foam 7 s; Four Square Step Test 11.9 s.
            97140 (10 min): patellar glides grade III; tibiofemoral posterior glides grade III 3 x 30 s; STM to the R distal quad. Flexion 110° → 116° after.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 13), PT("97112", 15), PT("97140", 10)], []),

        // Minnesota hand-therapy OT 97110 after a Colles' fracture: wrist AROM, forearm rotation with a hammer, putty, curls with doses; wrist/forearm ROM and grip; ice-auger goal: passes.
        ["vord-h48-edina-hand-ot-97110"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Hand Therapy (Edina) · OT
            Hand Therapy Treatment Note · L distal radius fx, ORIF 8 wks
            Therapeutic Exercise (97110) – 18 min
             - wrist flexion/extension AROM over the table edge 2 x 15
             - supination/pronation with a hammer 2 x 15
             - putty gripping 3 x 10
             - wrist curls with a 1-lb dumbbell 2 x 12
            Impairment: L wrist extension 45°, supination 60°, grip L 22 lb (R 61 lb)
            Goal: hold the ice auger and scoop the hole on Mille Lacs this winter
            """,
            ["S52.532D"], [OT("97110", 18)], []),

        // ND CAH PTA 97110 after TKA: bike, SAQ, curls, step-ups, heel slides with doses; L knee ROM and quad grade; ice-fishing story: passes.
        ["vord-h48-langdon-pta-knee-97110"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab
            PTA visit · D. Kraft, PTA
            S: Out ice fishing on Devils Lake Saturday; knee stiff after sitting in the fish house.
            O: 97110 — 16 min
               bike level 2 for ROM; SAQ 3 x 10 @ 4 lb; standing hamstring curls 3 x 10 @ 4 lb; step-ups onto the 6-in step 3 x 10; heel slides 2 x 15
               L knee flexion 118°, ext 0°; quad 4/5
            A: Pain 2/10 after, tolerating the step-ups.
            P: Add leg press next visit per PT.
            """,
            ["Z96.652"], [PTA("97110", 16)], []),

        // Minnesota complete 97140 for adhesive capsulitis (GH glides grade III with bouts, scapular mob, STM; IR/flexion degrees before and after) sent with no diagnosis: diagnosis missing.
        ["vord-h48-rochester-complete-no-diagnosis"] = new(
            """
            TEN LAKES ORTHOPEDICS & SPINE — Physical Therapy (Rochester)
            Manual Therapy (97140) – 12 min
             - R glenohumeral posterior and inferior glides, grade III, 3 x 30 s
             - R scapular mobilization in sidelying
             - STM R posterior cuff and pec minor
            Impairment: R shoulder IR 35° and flexion 140° (adhesive capsulitis); can't reach behind to tuck in his shirt
            After: IR 42°, flexion 148°
            """,
            [], [PT("97140", 12)], [Dx]),

        // ND CAH complete 97110 (sit-to-stands, curls, step-ups, extensions with doses; L knee OA quad weakness; county-fair goal) with an ICD-9 code "715.36" in the diagnosis field: diagnosis missing.
        ["vord-h48-cando-icd9-code"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Cando clinic day
            M. Solberg, PT
            97110 — 15 min: sit-to-stand from a low chair 3 x 8; standing knee flexion with 3-lb cuff 3 x 10; step-ups onto a 4-in step 3 x 10; seated knee extension 3 x 12 @ 3 lb
            Problem: L knee OA — quad weakness 4-/5, pain on the stairs down to the basement
            Goal: walk the grandkids around the county fair in July
            """,
            ["715.36"], [PT("97110", 15)], [Dx]),

        // Nebraska two-code note "Worked on balance and strengthening today … Total 35 min": generic for both codes, no one-on-one, and only a total for 97112 + 97110.
        ["vord-h48-gretna-generic-two-code-total"] = new(
            "PT session log. Pt here for PT. Worked on balance and strengthening today. Tolerated session well, no complaints. Total 35 min. Continue plan.",
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Iowa complete 97112 (22; tactile-cued weight shifts, step-ups with stance hold, foam reaching; L LE sensation/proprioception; Berg, SLS) + 97110 (15; doses, grade) that never says how the NMR was delivered.
        ["vord-h48-cedarfalls-complete-no-one-on-one"] = new(
            """
            CEDAR VALLEY HEALTH — Neuro Outpatient Rehab (Cedar Falls)
            Treatment Note · R thalamic stroke, L hemiparesis
            97112 (22 min): weight shifts onto the L in stride stance with tactile cues at the L hip; stepping the R foot onto a 4-in step while the L holds; standing on foam reaching across midline. Impairment: ↓ L LE sensation and proprioception, L knee buckles when she looks away. Berg 44/56; L SLS 3 s.
            97110 (15 min): bridges 3 x 10; sidelying hip abduction 2 x 10; seated knee extension 2 x 12 @ 2 lb — L hip and knee weakness, L hip abductors 3+/5.
            """,
            ["I69.354"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Wisconsin PTA "Gait training 97116 — 25 minutes" against a 13-minute gait line: time mismatch; rollator route with cues, flexed posture, feet and SBA, goal present.
        ["vord-h48-eauclaire-gait-time-differs"] = new(
            """
            GRACE LUTHERAN COMMUNITIES — Outpatient Therapy (Eau Claire campus)
            Riverview Cottages · Medicare Part B · PTA note
            Gait training 97116 — 25 minutes
            Walked from her cottage to the Commons and back with the four-wheeled walker, including the ramp by the mailroom; cues for upright posture and to keep the walker close
            Forward-flexed posture, short steps, drifts to the L on the ramp
            400 ft total with 1 seated rest, SBA on the ramp
            Goal: walk to the Commons for the noon meal on her own
            """,
            ["R26.89"], [PTA("97116", 13)], [At(Mismatch, "97116")]),

        // ND CAH PTA farm 97530 (pickup, shop-floor pick-ups, pail to the tailgate; R knee after TKA; chores goal) with no load, count, distance or assistance level — "Did well": measure missing.
        ["vord-h48-walhalla-pta-97530-no-number"] = new(
            """
            PRAIRIE ROSE COMMUNITY HOSPITAL (Critical Access) — Outpatient Rehab, Walhalla clinic day
            PTA visit · D. Kraft, PTA
            97530 — 18 min
            Practiced getting in and out of his pickup, bending to pick up tools off the shop floor, and lifting a pail of minerals onto the tailgate
            Problem: R knee pain and weakness after R TKA; can't kneel in the shop
            Goal: back to doing his own chores around the yard and shop
            Did well, will keep working on it.
            """,
            ["Z96.651", "Z47.1"], [PTA("97530", 18)], [At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
