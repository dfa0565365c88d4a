using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three sources, in the proportions
/// a billing manager sees them — about two thirds ordinary and complete, single- and multi-code visits, by
/// PTs, PTAs and OTs:
/// <list type="number">
/// <item>the member clinics of an Upper Midwest independent practice association, each on its own
/// small-practice EMR and each leaving its own headers, macro text and pick-list leftovers in the note: an
/// OptimisPT-like "Daily Note" from the Iron Range (Hibbing, Virginia) with "Patient was seen for skilled PT
/// services as outlined below", an unanswered "Pain scale: (select)" and a "Technique(s): --Select--"; a
/// ReDoc-like "Daily Treatment Record" in Eau Claire with "Service Codes" on dotted leaders, Time In / Time
/// Out and an outcome row of "NT"; a PtEverywhere-like Fargo–Moorhead note with "Visit 6 of 12", "• [97112]"
/// bullets, "mins 24" and a printed, never-chosen device / assist pick list; a HENO-like Sioux Falls
/// "Tx Provided / Patient Response" template with a "(*) Individual ( ) Concurrent" radio row, a "Units/Min
/// 1/12" charge table and an unattended G0283; a Keet-like Driftless clinic (La Crosse, Viroqua) with
/// "[x] One-on-one for all NMR time" boxes and "Session blocks"; a Cliniko-like Brainerd Lakes "Treatment
/// note (standard template)"; a Marquette / Duluth physio's "CC / Tx Narrative"; a Minot form that asks its
/// questions in full and types YES or NO; Wausau, Mankato and Rochester clinics; the region's goals (deer
/// camp and the box blind on the rifle opener, the fish house and the auger on the lake, the church fish fry
/// and a hotdish potluck, the sugar beet harvest, calving and pitching hay, the milking parlor, the dock at
/// the cabin, the Lake Ave grade in Duluth, the Hy-Vee top shelf, the Kwik Trip, Festival Foods, a Canaries
/// game, a curling bonspiel, snowbanks and ice cleats);</item>
/// <item>a stroke- and brain-injury day-rehabilitation programme in Saint Paul ("NeuroDay") whose PTs and
/// OTs write goal-by-goal progress narratives ("GOAL 2 — Client will … / Today: … / Progress: … /
/// Status: …"), with individual blocks beside group blocks, a kitchen-skills group, community re-entry on the
/// Green Line and in the skyway, co-documented PT and OT sessions, and the programme's measures (the Scale for
/// Contraversive Pushing, the Catherine Bergego Scale, the Multiple Errands Test, the Weekly Calendar
/// Planning Activity, the HiMAT, the ARAT, the Trunk Impairment Scale);</item>
/// <item>a geriatric falls-and-balance clinic run by board-certified geriatric PTs (GCS) with PTAs writing
/// very short daily notes ("Daily note (PTA): 97112 x 18 — stayed with him the whole 18"), STEADI screens,
/// a Stepping On class, floor-recovery and winter car-transfer practice.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// G0283. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h26-…): one-on-one in these writers' words ("PT with this pt and no one else for every
/// billed minute", "individual PT block (therapist and client only; client not in the balance group
/// today)", "seen one-on-one in the back treatment room", a PTA's "stayed with him the whole 18, no other
/// pts"), notes that negate it (a PTA running two patients at one balance station, a Stepping On class, a
/// circuit done alone while the PT finished another patient, an aide spotting with the PT stepping in) or
/// never state it (a Fargo vestibular note), and a day-rehab kitchen group billed 97530, which has no
/// one-on-one check;</item>
/// <item>class 2 (v2-h26-…): template states: "(*) Individual" against "(*) Concurrent", a "+ / –" performed
/// legend, an unticked "[ ] One-on-one for all NMR time", "Technique(s): --Select--", a printed device and
/// assistance pick list never chosen with a blank distance, an unticked impairment row, an outcome row of
/// "NT", questions answered YES and NO, an OT task grid with Done / Assist / Cues columns;</item>
/// <item>class 3 (v3-h26-…): named programmes and devices as techniques (Urban Poling with ACTIVATOR
/// poles, the InMotion ARM robot, Goal Management Training, prism adaptation, Stecco fascial manipulation,
/// GRASP, PD Warrior), one Delay the Disease class (not one-on-one), one Johnstone pressure-splint 97112 with
/// no number and one StrongBodies 97110 with no target;</item>
/// <item>class 4 (v4-h26-…): deficits stated as findings (contraversive pushing with its SCP score,
/// associated reactions of the hemiplegic arm, Pisa syndrome, a homonymous hemianopia on confrontation,
/// genu recurvatum with foot drop, a single-leg heel-rise test after Achilles repair, a capsular pattern) and
/// notes that state none ("Deficits: none identified today" on a 97112, a PTA gait note with "Gait pattern
/// WNL", a 97530 with "Functional goal addressed: N/A · Impairment: N/A");</item>
/// <item>class 5 (v5-h26-…): measures in their usual forms (a STEADI screen, the Multiple Errands Test, the
/// HiMAT, a timed floor rise, gait speed written ".68 m/s" and a TUG without its unit, a Berg without its
/// denominator with a Tinetti split and 360° turn steps) and notes with none (a patient's "a lot steadier",
/// "outcome measures deferred", a goal narrative with "needed fewer reminders", exercises with no
/// dose);</item>
/// <item>class 6 (v6-h26-…): minutes in their usual forms (dotted leaders under a "(min)" heading, a
/// "Units/Min" column, minutes in each goal's heading, a code's minutes spread over two session blocks, an
/// untimed G0283 with its own minutes beside one timed code, minutes before one code and after another),
/// true mismatches (a 24-hour clock range, a single code's "Total treatment time", the OT half of a
/// co-documented day-rehab note) and truly missing separate time (a total only, minutes for two of three
/// codes);</item>
/// <item>class 7 (v7-h26-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283), and the contract's meanings of technique, deficit and measure for 97110
/// (a functional goal as the only target), 97530 (an impairment as the target, assistance levels as the
/// measure), 97140 (a region with grades and bouts, no outcome number), 97116 (an assistance level as the only
/// measure), and wholly generic 97530 and 97112 notes;</item>
/// <item>ordinary (vord-h26-…): complete notes of the three sources across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: an NMR + TE note that never says
/// one-on-one, a missing, an ICD-9 and a SNOMED CT diagnosis, a generic two-code note with a total only, a
/// 97140 whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. Cases a careful reviewer could argue either
/// way under the contract were left out: a content gap in one section of a multi-code note (multi-code notes
/// fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases
/// beside a deficit or a measure without a technique, minutes of an activity inside a note, uncoded minutes
/// of untimed care, self-rated scores or vitals as the only number, a dose as a 97112's only number, a
/// one-on-one left to be inferred, three-character or dotless diagnosis codes, minute ranges and approximate
/// minutes, a task practised read as a 97530's goal, "gait training" alone as a 97116's technique, and an
/// assistance level described rather than named.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 99 cases agree (98 needed), and 5 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 91 of 99, 5 false positives — the same — at its first run on that session's analyzer after the
/// twenty-fourth and twenty-fifth sets were worked through and reviewed (68f1fc4): the held-out figure.
/// Then worked through as development data: 98 of 99, no false positive — "PT with this pt and no one else for
/// every billed minute", a day programme's "OT and client only for both blocks", 24-hour clock ranges opening a
/// code's line ("1305–1320 NMR (97112)"), a "Units/Min" column of "1/12", Pisa syndrome, "Functional goal
/// addressed: N/A" (NotesAsWrittenTests, twenty-sixth-twenty-seventh-worked-through). Left: "Technique(s):
/// --Select--" beside "Romberg … on foam 0 s" (the test's condition read as the technique).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentySixthTests(ITestOutputHelper output)
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

        // OptimisPT-like macro text and "Pain scale: (select)"; "PT with this pt and no one else for every billed minute" states one-on-one; slant board, metronome step-ups, half-dome catches; APA deficit; Multi-Directional Reach and k of 10: passes.
        ["v1-h26-iron-range-every-billed-minute"] = new(
            """
            IRON RANGE PHYSICAL THERAPY · Hibbing · Daily Note
            Patient was seen for skilled PT services as outlined below.
            Pain scale: (select)
            Attendance: PT with this pt and no one else for every billed minute
            97112 Neuromuscular Re-education ..... 23 min
             - slant-board stance, toes up then toes down, EC, 4 x 30 s
             - lateral step-ups onto a 4" step to a metronome at 80 bpm, 3 x 10 each way
             - weighted-ball catch and throw standing on a half-dome
            Impairment: delayed ankle strategy, poor anticipatory postural adjustment when reaching (2 falls shoveling the driveway in Jan)
            Objective: Multi-Directional Reach fwd 9", back 4", R 6", L 5"; caught 3/10 tosses w/o a step (1/10 last wk)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Day-rehab goal narrative, "individual PT block (therapist and client only; client not in the balance group today)": one-on-one; scale feedback, knee-control tapping, PNF chops; L LE/trunk recruitment; % BW, TIS: passes.
        ["v1-h26-neuroday-individual-block"] = new(
            """
            NeuroDay Stroke & Brain Injury Day Program — Saint Paul
            PT daily progress narrative — individual PT block (therapist and client only; client not in the balance group today)
            Code/time: 97112 · 25 minutes
            Client: 61 y/o, R MCA infarct 9 wk ago, L hemiparesis
            GOAL 1 — Client will stand at the kitchen counter without hand support while making coffee.
              Today: weight shifts onto the L with a bathroom scale under the L foot for feedback; step-stance with tapping over the L quads for knee control; reaching across midline to the L with the R hand.
              Progress: L stance 41% of body weight (33% at admission); counter stance without UE support 90 s.
            GOAL 2 — Client will sit unsupported at the edge of the bed to dress.
              Today: trunk PNF chops and lifts in sitting; lateral reach to the L off a wedge.
              Progress: Trunk Impairment Scale 13/23 (9/23 at admission).
            Impairments driving both goals: L LE and trunk motor recruitment, L-sided postural control.
            Status: progressing on both; team conference Thursday.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Falls-clinic PTA "running this pt and Mrs. K at the balance station together": two patients at once, not one-on-one; tape-line tandem, tether releases, foam marching; reactive stepping deficit; seconds and k of 10 present.
        ["v1-h26-pta-two-pts-one-station"] = new(
            """
            Falls & Balance Clinic — daily (PTA)
            97112 · 20 min · PTA running this pt and Mrs. K at the balance station together
            Tandem walking along a tape line, EO then EC; lateral reactive steps when a waist-belt tether is released; marching in place on foam with head turns.
            Target: slow lateral reactive stepping, ↓ lateral postural control.
            Tandem stance EC 8 s (5 s last wk); 6/10 single-step recoveries.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // A Stepping On class week (7 participants, PT leading) billed 97112: not one-on-one; the programme's balance set and obstacle stepping, lateral postural control, tandem seconds present.
        ["v1-h26-stepping-on-class"] = new(
            """
            Stepping On — week 4 of 7 (7 participants, PT leading, 1 peer leader)
            97112 — 20 min
            Pt did the program's balance set with the group: sideways walking, tandem walking along the hall rail, heel-toe standing, sit-to-stand without hands, and this week's stepping over obstacles at the curb-practice station.
            Deficit: ↓ lateral postural control, low foot clearance when she hurries.
            Tandem standing without the rail 11 s (6 s in week 1).
            """,
            ["R29.6", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Pt did the circuit "by herself … while I finished with my 10:15 patient": not one-on-one; rocker board, foam tandem, hurdles, clock reaches; ankle proprioception; tuning-fork and foam seconds present.
        ["v1-h26-circuit-while-pt-finished-other"] = new(
            """
            Driftless Therapy · Viroqua — visit note
            Pt worked through the balance circuit by herself (station cards on the wall) while I finished with my 10:15 patient; I checked her form at each station change.
            97112 — 22 mins
            Stations: rocker board A/P and M/L, 3 rounds; foam tandem with head turns, 3 × 30 s; stepping over 6-in hurdles, 10 laps; clock reaches on a balance pad.
            Targets: ↓ proprioception at both ankles (diabetic neuropathy), slow stepping responses.
            128-Hz vibration at the great toes 3 s B; foam tandem best 14 s.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PtEverywhere-like Fargo note, complete (X1 on foam, head-turn walking, habituation turns; L vestibular hypofunction; DVA lines) but it never says how the service was delivered.
        ["v1-h26-red-river-never-says"] = new(
            """
            RED RIVER REHAB — Fargo/Moorhead
            Visit 6 of 12 · POC thru 04/17 · Medicare B
            Interventions performed
            • [97112] Neuromuscular re-ed — mins 24
               – X1 viewing to a letter on the wall, yaw then pitch, seated → standing on foam, 3 × 60 s each
               – walking with head turns down the hallway, 4 laps
               – habituation: quick turns to the L × 10
            • HEP updated (printout given)
            Assessment: L vestibular hypofunction after neuritis in Dec; veers L with head turns.
            Measures: DVA 4 lines lost → 2 lines; DHI 38 (54 at eval).
            """,
            ["H81.22"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // "On the balance stations with our rehab aide spotting; PT stepped in for the perturbation portion only": not one-on-one with the therapist; perturbations, target stepping, foam EC; reactive control; recovery steps and seconds present.
        ["v1-h26-aide-spotted-pt-stepped-in"] = new(
            """
            BIG SIOUX THERAPY — Tx Provided:
            97112 NMR 20 min — pt on the balance stations with our rehab aide spotting; PT stepped in for the perturbation portion only
            Perturbations in step-stance at the pelvis (unpredictable direction); stepping to floor targets on a verbal cue; narrow-base stance on foam EC.
            Patient Response: late compensatory step to the R; ↓ postural control with vision removed.
            Release-from-lean: 2 recovery steps (3 at eval). Narrow stance on foam EC 9 s.
            """,
            ["R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Day-rehab kitchen group (3 clients, OT circulating) billed 97530: section 5's one-on-one check is for 97112 only; tasks, sequencing goal and deficit, cue counts and SBA: no DOC finding.
        ["v1-h26-neuroday-kitchen-group-97530"] = new(
            """
            NeuroDay — OT progress narrative
            Kitchen skills block — 3 clients at separate stations, OT circulating · 97530 · 25 min
            GOAL 3 — Client will make a cold lunch with no more than 2 cues for sequencing.
              Today: made a turkey sandwich and coffee with the one-cup brewer; got items from the fridge and an upper cabinet in standing; followed a written checklist.
              Progress: 4 verbal cues for sequencing (7 last wk); 1 missed step (left the brewer on); SBA for standing balance at the counter.
            Impairments: sequencing and working-memory deficits after TBI; ↓ standing balance reaching overhead.
            Status: progressing.
            """,
            ["S06.2X0S", "R41.844"], [OT("97530", 25)], []),

        // "Seen one-on-one in the back treatment room (main gym closed…)"; sensory reweighting, snowbank-height foam block with a pole, backward walking; somatosensory loss by its signs; Romberg foam seconds: passes.
        ["v1-h26-back-room-one-on-one"] = new(
            """
            LAKE SUPERIOR PHYSIO & BALANCE — Marquette
            CC: "Tippy on the snowbanks."
            Tx Narrative: seen one-on-one in the back treatment room (main gym closed for floor refinishing) — 97112, 22 min.
            Sensory reweighting: firm EC → foam EO → foam EC with head turns; stepping up onto and down off a foam block the height of a snowbank with one walking pole; backward walking along the plinth.
            Findings: vibration absent at both 1st MTPs, Romberg positive — somatosensory loss, leans on vision for balance.
            Romberg on foam EC 7 s (3 s at IE).
            Plan: cont. 2x/wk.
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // Very short PTA note, "stayed with him the whole 18, no other pts": one-on-one; foam EC, weight shifts to targets, perturbation steps; ankle proprioception; seconds and k of 10; 18 matches: passes.
        ["v1-h26-pta-stayed-with-him"] = new(
            "Daily note (PTA): 97112 x 18 — stayed with him the whole 18, no other pts. Foam stance EC; lateral weight shifts to tap targets; fwd/bwd steps to "
            + "pelvic perturbation. Tx'ing ↓ ankle proprioception B + slow step response. Foam EC 12 s (9 s). Step recovery 7/10. Cont per GCS POC. — J.T., PTA",
            ["R26.81", "Z91.81"], [PTA("97112", 18)], []),

        // ---------------------------------------------------------------- class 2: template states

        // HENO-like "Delivery: (*) Individual ( ) Concurrent ( ) Group ( ) Co-treat": one-on-one chosen; PNF D2 with rhythmic stabilization, quadruped perturbation; R UE/trunk motor control; Chedoke stage and hold seconds: passes.
        ["v2-h26-radio-star-individual"] = new(
            """
            BIG SIOUX THERAPY · Sioux Falls — Treatment Note
            Delivery:  (*) Individual   ( ) Concurrent   ( ) Group   ( ) Co-treat
            Precautions: [ ]
            Tx Provided:
              NMR 97112 — 24 min
              PNF D2 flexion/extension R UE with rhythmic stabilization at end range; quadruped alternate arm/leg lifts with manual perturbation at the pelvis; standing reach across midline to targets.
            Impairment: R UE and trunk motor control / timing after L hemisphere stroke.
            Patient Response: Chedoke arm stage 4 (3 at eval); quadruped hold 20 s without collapse (8 s).
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Same template with "(*) Concurrent": not one-on-one; rocker-board sit-to-stand, foam ball toss, cone turns; PD turning/freezing deficit; turn steps and freezes of 10 present.
        ["v2-h26-radio-star-concurrent"] = new(
            """
            BIG SIOUX THERAPY · Sioux Falls — Treatment Note
            Delivery:  ( ) Individual   (*) Concurrent   ( ) Group   ( ) Co-treat
            Tx Provided:
              NMR 97112 — 20 min
              Sit-to-stand onto a rocker board; standing on foam with a ball toss; weaving through cones with 180° turns.
            Impairment: postural control deficit in turning, freezing at doorways (PD, H&Y 2.5).
            Patient Response: 180° turn 5 steps / 3.1 s; froze in 2 of 10 doorway passes.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Ther-ex log with a "+ = performed, – = not performed" legend: the performed rows carry doses, the held row is ignored; L THA abductor weakness: 97110 passes.
        ["v2-h26-plus-minus-legend-97110"] = new(
            """
            Brainerd Lakes Rehab — Ther Ex log (+ = performed today, – = not performed)
            97110 · 18 min
            + Recumbent stepper, level 4, 400 steps
            + Sidelying hip abduction 2 × 12 (L)
            – Standing hip abd w/ band (held: L groin pain)
            + Bridges 3 × 10
            + Step-ups 6" 2 × 10, L lead
            L hip s/p THA (posterior) 7 wk — hip abductor weakness 3+/5, Trendelenburg on L stance.
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 18)], []),

        // Keet-like boxes: "[ ] One-on-one for all NMR time" left unticked while the boxes around it are ticked: not stated; X2 gaze work, head-turn walking, habituation; R hypofunction; FGA present.
        ["v2-h26-one-on-one-box-blank"] = new(
            """
            Driftless Therapy — Today's session
            [x] In clinic   [ ] Telehealth
            [ ] One-on-one for all NMR time
            [x] HEP reviewed in the app
            97112 — 23 min: X2 gaze stabilization (head and card move opposite) in standing; walking past the aquarium with horizontal head turns; seated → standing habituation turns to the R × 10.
            Issue: R vestibular hypofunction — motion-provoked dizziness in busy store aisles.
            Obj: FGA 19/30 (15/30 at eval).
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // "Technique(s): --Select--" left as the pick list printed it and no technique anywhere; 1:1, vestibular/somatosensory target and Romberg/gait-speed numbers present (no generic phrase): technique only.
        ["v2-h26-technique-select-leftover"] = new(
            """
            Iron Range Physical Therapy — NMR
            97112 Neuromuscular Re-education — 20 min — 1:1
            Technique(s): --Select--
            Target system: vestibular + somatosensory (bilateral vestibulopathy after gentamicin)
            Outcome: Romberg EC on firm 30 s, on foam 0 s; gait speed 0.78 m/s
            """,
            ["H81.8X3"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Device and assist pick lists printed with every option and none chosen, "Distance: ____ ft", and no number anywhere: no measure for 97116; gait re-ed with cues and PD deviations present.
        ["v2-h26-assist-picklist-unchosen"] = new(
            """
            Red River Rehab — Gait
            97116 Gait training — 15 min
            Device:  [ RW | 4WW | SPC | QC | none ]
            Assist level:  [ Indep | Mod I | SBA | CGA | Min A | Mod A | Max A ]
            Distance:  ____ ft
            Gait re-ed in the hallway and up/down the ramp with a 4WW; cues for upright trunk, heel strike and slowing before turns; practised parking the walker close to the chair before sitting.
            Deviations: flexed trunk, short shuffling steps, festination at turns (PD).
            """,
            ["G20.A1"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Impairment row "☐ proprioception ☐ vestibular ☐ postural control ☐ motor control" with nothing ticked and no deficit written: deficit missing; 1:1 ☑, rocker/lunges/rope ladder, SLS seconds present.
        ["v2-h26-impairment-row-unticked"] = new(
            """
            Lake Superior Physio — NMR flowsheet
            1:1 w/ PT  ☑
            Impairments addressed:  ☐ proprioception  ☐ vestibular  ☐ postural control  ☐ motor control  ☐ other: ________
            97112 · 21 min
            Rocker board A/P with EC 3 × 45 s; forward lunges onto a foam pad with trunk rotation 2 × 8 each; side-stepping through a rope ladder, 6 lengths.
            SLS on foam R 14 s / L 12 s; no touchdowns in 6 ladder lengths.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Outcome row "Berg: NT TUG: NT FGA: NT Gait speed: NT" and no other number but "1:1" and "the 10th visit": no measure; perturbation/tandem EC/stepping-strategy drills and protective-stepping deficit present.
        ["v2-h26-outcome-row-all-nt"] = new(
            """
            Chippewa Valley Therapy — Daily Treatment Record
            Service: 97112 Neuromuscular re-education      Time: 22 min      Delivery: 1:1
            Done today: perturbation training in stride stance; tandem walking with EC on the last passes; stepping-strategy drills to the side and backward.
            Targets: delayed protective stepping, impaired lateral postural control.
            Outcome measures    Berg: NT    TUG: NT    FGA: NT    Gait speed: NT
            Comment: re-test at the 10th visit.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Minot form asking "Was the pt treated one-on-one for the entire timed service? YES" and "concurrent or group? NO"; harness belt accelerations, obstacle on cue; cerebellar ataxia; SARA item and k of 10: passes.
        ["v2-h26-form-question-yes"] = new(
            """
            DAKOTA PRAIRIE THERAPY — Minot — Daily Note (form rev. 3)
            Was the pt treated one-on-one for the entire timed service?   YES
            Was any part of the service concurrent or group?   NO
            97112 NMR — 25 min
            Interventions: treadmill walking in the harness with sudden belt accelerations; crossing a foam obstacle on an unexpected cue; turning in place to the L and R.
            Deficit: ↓ reactive postural control and R limb / gait ataxia after R cerebellar stroke.
            Measure: SARA gait item 3 (5 at IE); cleared the obstacle 9/10.
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // Same form answered "NO" and "YES — 2nd pt on the adjacent mat": not one-on-one; half-kneel rhythmic stabilization, ball catches, weight shifts; R hip recruitment; hold seconds and TIS present.
        ["v2-h26-form-question-no"] = new(
            """
            DAKOTA PRAIRIE THERAPY — Minot — Daily Note (form rev. 3)
            Was the pt treated one-on-one for the entire timed service?   NO
            Was any part of the service concurrent or group?   YES — 2nd pt on the adjacent mat
            97112 NMR — 20 min
            Interventions: half-kneel to stand transitions with rhythmic stabilization at the pelvis; tall-kneeling ball catches; step-stance weight shifts onto the R.
            Deficit: R hip motor recruitment and trunk control, R hip hikes in swing.
            Measure: half-kneel hold 40 s (15 s last wk); Trunk Impairment Scale 16/23.
            """,
            ["R26.89", "M62.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT task grid with Done / Assist / Cues columns (the "N" row ignored), laundry tasks, SBA/CGA and cue counts, a laundry goal with L hemiparesis and inattention: 97530 passes.
        ["v2-h26-ot-task-grid-done-assist-cues"] = new(
            """
            Chippewa Valley Therapy — OT Daily Treatment Record
            Service: 97530 Therapeutic activities      Time: 24 min
            Task                               Done   Assist   Cues
            Unload front-loading washer         Y      SBA      1 verbal
            Fold towels in standing             Y      SBA      0
            Carry basket to bedroom (30 ft)     Y      CGA      2 tactile
            Hang shirts in closet               N      —        —
            Goal: do her own laundry again at home (L hemiparesis, L inattention)
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and devices

        // 97116: Urban Poling with ACTIVATOR poles, sidewalk grade distances, SBA; short slow steps on hills (stenosis) and a bus-stop goal; gait speed: passes.
        ["v3-h26-urban-poling-97116"] = new(
            """
            Duluth Hillside PT — gait
            97116 — 18 min
            Urban Poling with ACTIVATOR poles: pole technique (opposite arm/leg, pole tips behind the heel), then 3 × 250 ft on the sidewalk incl. the 1st Street grade up and down; SBA on the downhill.
            Why: short, slow steps and forward trunk flexion on hills (lumbar stenosis); goal to walk to the bus stop up the hill in winter.
            Gait speed with poles 0.92 m/s (0.74 without).
            """,
            ["M48.062"], [PT("97116", 18)], []),

        // OT 97112 with the InMotion ARM robot (assist-as-needed point-to-point game) and reach-to-grasp with trunk restraint, "OT + client only"; R arm motor control; robot-assist % and ARAT: passes.
        ["v3-h26-inmotion-robot-ot-97112"] = new(
            """
            NeuroDay — OT individual session (OT + client only)
            97112 · 24 min
            InMotion ARM robot: point-to-point reaching game (8 targets, clock pattern), 3 blocks of 80 movements with the robot assisting only as needed; then unassisted reach-to-grasp of cones on the table with trunk restraint.
            Deficit: R shoulder/elbow motor control — slow, segmented reaching with trunk compensation after L MCA stroke.
            Robot assist-as-needed fell 42% → 27% of movements; ARAT 21/57 (14/57 at admission).
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // OT 97530 goal narrative: Goal Management Training (STOP / define / list / learn / check) applied to cooking; executive dysfunction after frontal TBI; error counts and the Weekly Calendar Planning Activity: passes.
        ["v3-h26-goal-management-training-97530"] = new(
            """
            NeuroDay — OT progress narrative — 97530 · 23 min · individual
            GOAL 4 — Client will plan and cook a 2-item hot meal using a written plan.
              Today: Goal Management Training applied to meal prep — STOP / define the main task / list the steps / learn the steps / check — then made scrambled eggs and toast in the therapy kitchen.
              Progress: 2 errors (burner left on, toast forgotten) vs 6 last wk; 3 "STOP" self-checks used without prompting; Weekly Calendar Planning Activity 5 errors (11 at admission).
            Impairment: executive dysfunction (planning, self-monitoring) after frontal TBI (MVC).
            Status: progressing.
            """,
            ["S06.2X0S", "R41.844"], [OT("97530", 23)], []),

        // OT 97530: prism adaptation pointing then shirt dressing and grooming with an anchor strip; L hemispatial neglect; trials of 5 and Catherine Bergego Scale: passes.
        ["v3-h26-prism-adaptation-97530"] = new(
            """
            NeuroDay — OT daily progress narrative — 97530, 22 min
            GOAL 2 — Client will dress his upper body without missing the L side.
              Today: prism adaptation (10-diopter right-deviating prism goggles) — 60 pointing movements to targets, then dressing a button-front shirt and grooming at the sink with a red anchor strip on the L edge.
              Progress: L sleeve done on 4 of 5 trials (1 of 5 last wk); Catherine Bergego Scale 12/30 (19/30 at admission).
            Impairment: L hemispatial neglect after R MCA stroke.
            """,
            ["I69.354", "R41.4"], [OT("97530", 22)], []),

        // 97140: Stecco fascial manipulation (6 points, 3 passes) and belt-assisted lateral hip glides Gd III with bouts; R lateral hip/thigh region; Ober-position degrees: passes.
        ["v3-h26-stecco-fascial-manipulation-97140"] = new(
            """
            Mankato Movement PT — Manual
            97140 · 12 min
            Fascial Manipulation (Stecco): densification points at the R lateral thigh and lateral knee (6 points, 3 passes each, worked until the tissue softened); then R hip lateral glides in sidelying with a belt, Gd III, 3 × 30 s.
            Region: R lateral hip/thigh — pain with stairs and lying on the R side.
            Post: R hip adduction in Ober position improved 0° → 10°.
            """,
            ["M70.61"], [PT("97140", 12)], []),

        // A Delay the Disease class (6 members, 1 PT instructor) billed 97112: not one-on-one; the class sequence, hypokinesia and slowed postural responses, 10-m walk and turn steps present.
        ["v3-h26-delay-the-disease-class"] = new(
            """
            Delay the Disease class — Tues/Thurs (6 members with PD, 1 PT instructor)
            97112 — 24 min
            Pt did the class sequence: big-amplitude marching with arm swing, lunges to floor markers in 4 directions, sit-to-stand with a cue word, and the "stop-and-go" walking drill.
            Deficit: hypokinesia (short steps) and slowed postural responses with direction changes.
            10-m walk 0.96 m/s; 5 steps for a 180° turn (8 in Jan).
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // OT 97112 "one-on-one" with a Johnstone pressure splint, weight bearing in side-sitting and hand placing; L UE flexor synergy and proximal stability — but no number at all: measure only.
        ["v3-h26-johnstone-splint-no-number"] = new(
            """
            Big Sioux Therapy — OT NMR — one-on-one
            97112 — 20 min
            Johnstone pressure splint (full-arm air splint) on the L UE, then weight bearing through the extended L arm in side-sitting to the L with rocking forward and back; weight shifts onto the L arm while reaching with the R; splint off, then L hand placing on the tabletop with facilitation at the triceps.
            Deficit: L UE flexor synergy and poor proximal stability after R ICH.
            Pt tolerated well; able to keep the L hand on the table longer by the end.
            """,
            ["I69.154"], [OT("97112", 20)], [At(Measure, "97112")]),

        // 97110: a StrongBodies progression with loads, sets and reps, and no region, impairment or goal anywhere ("Pt brought her log"): deficit only.
        ["v3-h26-strongbodies-no-target"] = new(
            """
            Wausau Area PT — 97110, 20 min
            StrongBodies progression (wk 6): DB squats to the chair 3 × 10 @ 8 lb; seated DB overhead press 3 × 10 @ 5 lb; bent-over rows 3 × 10 @ 8 lb; ankle-weight knee extension 3 × 10 @ 5 lb; calf raises 3 × 12.
            Pt brought her log; moved up a weight on squats.
            """,
            ["M81.0"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // OT 97110: GRASP level 2 (putty, wrist ext, finger ext, blocks, cards) with doses; L UE strength/dexterity after stroke; Box and Block and grip kg: passes.
        ["v3-h26-grasp-program-ot-97110"] = new(
            """
            Rochester Hand & Arm OT — 97110 · 20 min
            GRASP (Graded Repetitive Arm Supplementary Program), level 2, reviewed and progressed in clinic: putty squeeze and pinch 3 × 15; wrist extension with a 1-lb weight 3 × 10; finger extension against a rubber band 3 × 12; stacking 10 blocks and turning 20 cards.
            Target: L UE strength and dexterity after R hemisphere stroke.
            Box and Block L 24 (16 four wks ago); grip L 9 kg.
            """,
            ["I69.334"], [OT("97110", 20)], []),

        // PD Warrior core exercises at 80% effort and colour-called stepping, "one PT, one pt, whole session"; bradykinesia and slow APAs; step length and TUG: passes.
        ["v3-h26-pd-warrior-97112"] = new(
            """
            Driftless Therapy — PD program
            97112 — 23 min — one PT, one pt, whole session
            PD Warrior core exercises at 80% effort (floor-to-stand, cross-body lunge, trunk-rotation reach, side-step with arm sweep), then stepping in 4 directions to called colours.
            Targets: bradykinesia and hypometric steps; slow anticipatory postural adjustments at gait initiation.
            Step length 52 cm (45 cm at eval); TUG 10.9 s (12.6 s).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Contraversive pushing by its signs and SCP score; mirror vertical-line feedback, weight shifts to the non-paretic side, wall-assisted upright; midline seconds; individual, PT and client only: passes.
        ["v4-h26-pusher-scp"] = new(
            """
            NeuroDay — PT progress narrative — 97112 · 24 min — individual session, PT and client only
            GOAL 1 — Client will sit at the edge of the mat and stand for transfers without pushing toward the L.
              Findings today: pushes with the R arm toward the hemiplegic L side and resists passive correction to midline in sitting and standing; Scale for Contraversive Pushing 3.75 (5.25 at admission).
              Today: visual vertical feedback using a taped vertical line on the mirror; reaching and weight shifting toward the R (non-paretic) side; standing with the R shoulder against the wall to find upright.
              Progress: holds midline in sitting 40 s unassisted (10 s at admission).
            Impairment: contraversive pushing — disturbed perception of body verticality after R MCA stroke.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // OT 97112: associated reactions of the L arm (elbow flexes, fist clenches with effort) are the motor-control finding; weight bearing through the L arm during sit-to-stand, graded effort; elbow degrees; 1:1: passes.
        ["v4-h26-associated-reactions-ot"] = new(
            """
            Iron Range PT — OT neuro — 97112, 20 min, 1:1
            Observed: associated reactions in the L arm — elbow pulls into flexion and the fist clenches during effortful R-hand tasks and each sit-to-stand.
            Tx (NDT-based, tone-inhibiting weight bearing): sit-to-stand with the L hand flat on the table and the elbow extended, graded from a high to a low seat; R-hand tasks at graded effort while keeping the L arm weight bearing; slow rhythmic trunk rotation to settle tone before each set.
            L elbow flexion during sit-to-stand 60° → 20° by the end (goniometer); 8 of 10 stands with the L hand staying on the table.
            """,
            ["I69.354"], [OT("97112", 20)], []),

        // Pisa syndrome (lateral trunk lean to the L in PD) as the postural finding; mirror-feedback midline, side-lying trunk PNF, wall-slide lateral shifts; lean degrees and step count; "individually, PT and pt only": passes.
        ["v4-h26-pisa-syndrome-pd"] = new(
            """
            Mankato Movement PT — neuro
            97112 — 22 min — treated individually, PT and pt only
            Finding: Pisa syndrome — trunk leans to the L in standing and worsens as she walks; corrects only with a cue and a mirror.
            Tx: midline finding in front of the mirror with a vertical tape line; side-lying trunk PNF (rhythmic stabilization into R lateral flexion); standing lateral shifts along the wall with a ball at the R hip; walking with a laser line on the floor.
            Lateral trunk lean 14° → 8° in standing (inclinometer); 10-m walk without touching the L hallway wall 3/3.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // 97116: L homonymous hemianopia on confrontation and L-side bumping as the impairment; quad-cane hallway gait with scanning cues and cones; distances, SBA and contact counts; Green Line goal: passes.
        ["v4-h26-hemianopia-97116"] = new(
            """
            NeuroDay — PT progress narrative — 97116 · 20 min
            GOAL 3 — Client will walk the Green Line platform to board the train without bumping into people on the L.
              Finding: L homonymous hemianopia on confrontation; bumps door frames and people on the L; slows to a stop when scanning.
              Today: gait in the busy day-program hallway with a quad cane, scanning L every 3rd step to a cue card, weaving around 6 cones set on the L; stepping over a cord on the L.
              Progress: 3 × 200 ft with SBA, 2 L-side contacts (6 last wk).
            """,
            ["H53.462", "I69.398"], [PT("97116", 20)], []),

        // 97116: L genu recurvatum in mid-stance and no heel strike (foot drop) as the deviations; new posterior-leaf AFO, SPC, metronome, thresholds; distances and CGA: passes.
        ["v4-h26-recurvatum-foot-drop-97116"] = new(
            """
            Brainerd Lakes Rehab — Gait training (97116) — 16 min
            Observed: L genu recurvatum in mid-stance and no L heel strike (L foot drop, 5 mo after stroke); L hip hikes in swing.
            Gait with the new L posterior-leaf AFO: 4 × 100 ft in the hallway with a SPC, CGA; knee-control cues and a metronome at 90 bpm; 2 trials over the threshold strip and onto the carpet.
            """,
            ["I69.354", "M21.372"], [PT("97116", 16)], []),

        // 97110: a single-leg heel-rise test of 6 L against 22 R after Achilles repair states the plantarflexor weakness; eccentric heel drops, seated calf raises, band PF with doses: passes.
        ["v4-h26-heel-rise-test-achilles-97110"] = new(
            """
            Wausau Area PT — 97110 — 20 min
            Single-leg heel-rise test: L 6 reps to fatigue at half height, R 22 (L Achilles repair, 14 wk).
            Ex: double → single-leg eccentric heel drops off a step 3 × 12; seated calf raises with 20 lb on the knee 3 × 15; PF with a blue band 3 × 20; bike level 5, seat high, 3 rounds of 60 s.
            """,
            ["S86.012D"], [PT("97110", 20)], []),

        // 97140: R shoulder capsular pattern with a firm end-feel and ER 25° as the finding; posterior-inferior glides and distraction with grades and bouts, contract-relax; ER degrees: passes.
        ["v4-h26-capsular-pattern-97140"] = new(
            """
            Red River Rehab — Manual (97140) — 10 min
            Findings: R shoulder capsular pattern (ER > abduction > IR), firm capsular end-feel, ER 25° at 0° abduction.
            MT: posterior-inferior glides Gd III–IV, 3 × 30 s; long-axis distraction in loose-packed position, 3 × 30 s; sleeper-position IR contract-relax × 5.
            ER 25° → 33° post.
            """,
            ["M75.01"], [PT("97140", 10)], []),

        // "Deficits: none identified today" on a one-on-one 97112 with agility-ladder, pad SLS catches and line hops and their numbers: no neuromuscular deficit.
        ["v4-h26-none-identified-97112"] = new(
            """
            Big Sioux Therapy — NMR 97112 — 20 min — one-on-one
            Deficits: none identified today
            Tx Provided: agility-ladder stepping patterns forward and lateral; single-leg stance on a balance pad with ball catches; lateral hops over a line.
            Patient Response: SLS on pad 30 s B; 10 catches without a touchdown.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTA gait note with SPC, distances, stairs and SBA but "Gait pattern WNL, no deviations noted" and no goal: no target for 97116.
        ["v4-h26-pta-gait-wnl-97116"] = new(
            "PTA — 97116 · 15 min. Gait training with SPC in the R hand, 3 × 150 ft + 1 flight of stairs with the rail, SBA. Gait pattern WNL, no deviations noted. "
            + "Vitals WNL. Next visit Fri.",
            ["R26.89"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // OT 97530 with floor-to-chair, salt-bag carrying and chest-freezer reaching, CGA → SBA, and "Functional goal addressed: N/A / Impairment: N/A": no target.
        ["v4-h26-97530-goal-and-impairment-na"] = new(
            """
            Keweenaw Therapy — Hancock — OT 97530 · 20 min
            Activities: floor-to-chair transfer via half-kneel × 3; carrying a 10-lb bag of water-softener salt 20 ft × 2; reaching into the chest freezer for items × 6.
            Assist: CGA → SBA.
            Functional goal addressed: N/A      Impairment: N/A
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // GCS PT re-check with a STEADI screen (4-Stage Balance seconds, 30-Second Chair Stand, TUG); release-from-lean, dual-task target stepping, foam-strip tandem; 1:1 with the GCS PT: passes.
        ["v5-h26-steadi-screen-gcs"] = new(
            """
            Falls & Balance Clinic — GCS PT re-check (visit 8)
            97112 — 25 min — 1:1 with the GCS PT
            Tx: reactive balance — release-from-lean in 3 directions; stepping to unexpected floor targets while counting back by 3s; tandem walking on a foam strip.
            Impairment: delayed reactive stepping and ↓ postural control under dual task.
            STEADI screen today:
              4-Stage Balance — feet together 10 s, semi-tandem 10 s, tandem 7 s, one leg 2 s
              30-Second Chair Stand — 9 (8 at IE)
              TUG — 12.9 s (15.4 s at IE)
            """,
            ["R29.6", "Z91.81"], [PT("97112", 25)], []),

        // OT 97530 community outing: the Multiple Errands Test in the skyway (rule breaks and inefficiencies against admission) and SBA on stairs; planning deficit after anoxic injury; errands goal: passes.
        ["v5-h26-multiple-errands-test-97530"] = new(
            """
            NeuroDay — community re-entry outing (OT note) — 97530 · 25 min — OT with this client only
            GOAL 6 — Client will run 3 errands downtown (bank, pharmacy, post office) safely and on his own.
              Today: Multiple Errands Test (hospital version adapted to the skyway): buy a stamp, get the price of a cough syrup, find the bank's closing time; walked the St. Paul skyway, an elevator and 2 sets of stairs.
              Progress: 5 rule breaks and 2 inefficiencies (11 and 6 at admission); SBA on stairs, no LOB.
            Impairment: planning and self-monitoring deficits after anoxic brain injury.
            """,
            ["G93.1"], [OT("97530", 25)], []),

        // TBI high-level mobility: skipping, hop-to-stick, bounding, figure-8 jogging; dynamic postural control/timing deficit; HiMAT and k of 10; "PT + client, no group": passes.
        ["v5-h26-himat-tbi-97112"] = new(
            """
            NeuroDay — PT individual block (PT + client, no group) — 97112 · 23 min
            GOAL 2 — Client will return to jogging with his dog on the trail around Lake Como.
              Today: skipping and hop-to-stick drills; bounding over 3 low hurdles; backward walking with quick stops on cue; jogging in a figure-8 with direction changes to a whistle.
              Progress: HiMAT 29/54 (18/54 at admission); hop-to-stick 7/10 L.
            Impairment: impaired dynamic postural control and timing of high-level mobility after TBI.
            """,
            ["S06.5X0S"], [PT("97112", 23)], []),

        // 97530 floor recovery (side-sit → quadruped → half-kneel → stand) with a timed floor rise in seconds and CGA → SBA; fish-house fall history and a get-up goal: passes.
        ["v5-h26-timed-floor-rise-97530"] = new(
            """
            Falls & Balance Clinic — GCS PT — 97530 · 20 min
            Floor recovery practice (lives alone; was stuck on the floor of his fish house until a neighbour came by): side-sit → quadruped → half-kneel → stand using a chair, × 4; lowering to the floor the same way × 4; rolling and scooting to the chair from 6 ft away.
            Timed floor rise 22 s with a chair (41 s at IE); CGA → SBA.
            Goal: get up from the floor on his own after a fall.
            """,
            ["R29.6", "Z91.81"], [PT("97530", 20)], []),

        // 97116 with gait speed written ".68 m/s" and "TUG 13.8" without a unit, distances and SBA; slow cautious gait after hip ORIF: passes.
        ["v5-h26-leading-dot-gait-speed-97116"] = new(
            """
            Mankato Movement PT — Gait 97116 — 17 min
            Gait training in the parking lot and on the grass with a 4WW → SPC: heel-toe pattern cues, step length to floor markers, turning around the light post; 4 × 120 ft, SBA.
            Impairment: slow cautious gait and short L step after L hip ORIF (10 wk).
            Gait speed .68 m/s (.51 at eval); TUG 13.8 (SPC).
            """,
            ["S72.142D"], [PT("97116", 17)], []),

        // "Berg 44 (39 at IE)" without its denominator, "Tinetti 21 (bal 12 / gait 9)" and 360° turn steps; compliant surface EC head turns, obstacle course with a tray; vestibular/somatosensory postural control; 1:1: passes.
        ["v5-h26-berg-tinetti-turn-steps"] = new(
            """
            Falls & Balance — GCS PT — 97112 · 22 min · 1:1
            Tx: standing on a compliant surface with head turns and eyes closed; stepping over a 4-in obstacle course carrying a tray; 360° turns to each side broken into small steps.
            Deficits: ↓ postural control using vestibular and somatosensory input, unsteady on turns.
            Berg 44 (39 at IE). Tinetti 21 (bal 12 / gait 9). 360° turn 6 steps R, 8 steps L.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // Snow-and-ice practice with ice cleats and reactive steps, one-on-one, ankle-strategy deficit — but the only progress is the patient's "a lot steadier" and no number: measure only.
        ["v5-h26-a-lot-steadier-no-number"] = new(
            """
            Lake Superior Physio — Marquette — 97112 · 20 min · one-on-one
            Snow-and-ice practice: stepping on and off the uneven foam "snowbank", walking on a slippery mat in boots with ice cleats, reactive steps to gentle pushes at the shoulders while carrying a grocery bag.
            Targets ↓ ankle strategy and slow reactive stepping after last month's fall on the ice.
            Pt: "a lot steadier — no close calls in the driveway." Looks more confident.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Day-rehab 97116 narrative: quad-cane sidewalk and curb practice for a hemiparetic gait, but "outcome measures deferred" and no distance, assistance level or number: measure only.
        ["v5-h26-measures-deferred-97116"] = new(
            """
            NeuroDay — PT progress narrative — 97116 · 18 min
            GOAL 4 — Client will walk from the van to the day-program entrance with his cane.
              Today: gait outdoors on the sidewalk and the curb cut with a small-base quad cane; practised stepping up the curb with the R leg leading.
              Progress: outcome measures deferred — client fatigued after OT.
            Impairment: L hemiparetic gait with poor L hip extension at terminal stance.
            """,
            ["I69.354"], [PT("97116", 18)], [At(Measure, "97116")]),

        // Day-rehab OT 97530 grooming narrative with L inattention and a grooming goal, but "needed fewer reminders than last week" is neither an assistance level nor a number: measure only.
        ["v5-h26-fewer-reminders-97530"] = new(
            """
            NeuroDay — OT progress narrative — 97530 · 22 min
            GOAL 1 — Client will do his morning grooming at the sink without his wife's help.
              Today: electric shave, brushing teeth and combing hair in standing at the sink; set-up of items on the L side; practised finding items on the L with a scanning cue.
              Progress: more consistent L scanning; needed fewer reminders than last week.
            Impairment: L inattention and ↓ standing tolerance after R MCA stroke.
            """,
            ["I69.354"], [OT("97530", 22)], [At(Measure, "97530")]),

        // 97110 for R knee OA naming heel raises, mini squats, hip abduction and step-ups with no set, rep, load or other number: measure only.
        ["v5-h26-97110-no-dose"] = new(
            """
            Wausau Area PT — 97110 · 15 min
            R knee OA: heel raises at the counter, mini squats, standing hip abduction, step-ups onto the bottom stair; reviewed form and breathing; updated the home sheet.
            """,
            ["M17.11"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // ReDoc-like "Service Codes (min)" on dotted leaders (97112 23, 97116 15, total 38), all matching; NMR 1:1 with perturbations/foam tandem, ankle proprioception, seconds; SPC gait with distances, SBA and a riverfront goal: passes.
        ["v6-h26-dotted-leaders-nmr-gait"] = new(
            """
            Chippewa Valley Therapy — Daily Treatment Record — Service Codes (min)
              97112 Neuromuscular re-education ............ 23
              97116 Gait training ......................... 15
              Total timed ................................. 38
            NMR (1:1): forward/lateral step responses to perturbation at the trunk, foam tandem EC, alternating step-ups to a 6-in box. ↓ reactive postural control and L ankle proprioception after L ankle ORIF. Tandem on foam EC 10 s (4 s).
            Gait: SPC, 3 × 200 ft incl. the hallway turn and the ramp, SBA; cue to lengthen the R step. Goal: walk the Eau Claire riverfront trail with her husband.
            """,
            ["S82.852D"], [PT("97112", 23), PT("97116", 15)], []),

        // HENO-like charge table "Units/Min" (97140 1/12, 97110 1/23), both matching; lumbar PA/rotation mobilizations with grades and bouts, core exercises with doses; radiculopathy and a Canaries-game goal: passes.
        ["v6-h26-units-slash-minutes-table"] = new(
            """
            Big Sioux Therapy — Charges
            CPT     Description              Units/Min
            97140   Manual therapy           1/12
            97110   Therapeutic exercise     1/23
            MT: lumbar PA glides L3–L5 Gd III, 3 × 30 s each; R sidelying lumbar rotation mobilization Gd III × 3 bouts; STM to the R QL.
            TE: prone press-ups 2 × 10; bird-dog 2 × 10 each; bridges with band 3 × 12; hip hinge with a dowel 2 × 10.
            Low back pain with R lumbar radiculopathy — lumbar extension limited to 50%; goal to sit through a Sioux Falls Canaries game.
            """,
            ["M54.16"], [PT("97140", 12), PT("97110", 23)], []),

        // Minutes in each goal's heading ("PT · 97112 · 24 min", "PT · 97116 · 16 min"), both matching; individual; foam EC/shelf reach/perturbations with seconds; SPC gait with distances, CGA → SBA, 10MWT: passes.
        ["v6-h26-minutes-in-goal-headings"] = new(
            """
            NeuroDay — PT progress narrative
            GOAL 1 (balance for showering standing) — PT · 97112 · 24 min · individual, PT and client only
              Today: standing on foam with EC and head turns; reaching to a "shampoo shelf" target outside the base of support; step-stance perturbations at the pelvis.
              Progress: ↓ postural control with vision removed (sensory-reweighting deficit); foam EC 15 s (6 s at admission).
            GOAL 2 (walk into church with a cane) — PT · 97116 · 16 min
              Today: SPC gait 2 × 150 ft on carpet and tile, 6 steps with one rail, CGA → SBA; cues for R heel strike.
              Progress: 10MWT 0.61 m/s (0.44 at admission).
            """,
            ["I69.351", "R26.81"], [PT("97112", 24), PT("97116", 16)], []),

        // Keet-like "Session blocks": 97112 in two blocks (12 + 11 = 23, 1:1 in each) and 97110 15, all matching; perturbations/foam tandem/rapid steps, neuropathy; STS/hip abd/heel raises with doses: passes.
        ["v6-h26-session-blocks-summed"] = new(
            """
            Driftless Therapy — Session blocks
            Block A · balance (97112) · 12 min — 1:1
            Block B · strength (97110) · 15 min
            Block C · balance again (97112) · 11 min — 1:1
            A + C: step-stance perturbations, foam tandem EC, rapid stepping to 4 targets. Target: slow stepping response + ↓ lateral postural control (peripheral neuropathy). Foam tandem EC 9 s (5 s); rapid-step test 4/6 targets hit.
            B: sit-to-stand 3 × 10 with a 6-lb vest; standing hip abduction 3 × 12 B with a 3-lb cuff; heel raises 3 × 15. B hip abductor and calf weakness 4-/5.
            """,
            ["G62.9"], [PT("97112", 23), PT("97110", 15)], []),

        // 24-hour clock ranges: "1305–1320 NMR" is 15 minutes against a 23-minute 97112 line (mismatch); "1320–1338 Ther ex" is 18 and matches; both sections complete, NMR 1:1.
        ["v6-h26-clock-range-nmr-differs"] = new(
            """
            Red River Rehab — Timed services
            1305–1320  NMR (97112)
            1320–1338  Ther ex (97110)
            NMR (1:1) — reactive stepping to cord releases, SLS on foam with head turns, tandem walking EC. Deficit: ↓ postural control and slow reactive stepping (R TKA + neuropathy). SLS on foam R 6 s.
            TE — LAQ 5 lb 3 × 10, mini squats 3 × 12, step-ups 6 in 2 × 10; R quad weakness 4/5.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23), PT("97110", 18)], [At(Mismatch, "97112")]),

        // One timed code with "Total treatment time 25 min" against a 15-minute 97110 line: mismatch; rTSA exercises with doses and flexion degrees complete.
        ["v6-h26-single-code-total-time-differs"] = new(
            """
            Iron Range PT — Billing Summary
            CPT 97110 Ther ex | Total treatment time 25 min
            R shoulder rTSA 14 wk: pulley flexion 2 × 15; wall walks 2 × 10; supine AAROM flexion with a cane 3 × 10; isometric ER/IR 10 × 5-s hold; scap retraction with band 3 × 12.
            Flexion AROM 118° (95° 4 wk ago).
            """,
            ["Z96.611"], [PT("97110", 15)], [At(Mismatch, "97110")]),

        // Co-documented day-rehab note: PT 97112 22 matches, but "OT · 97530 · 25 min" against a 15-minute OT line: mismatch on 97530; both sections complete, PT with client only.
        ["v6-h26-codoc-ot-minutes-differ"] = new(
            """
            NeuroDay — daily co-documented note (PT and OT, sequential individual sessions)
            PT · 97112 · 22 min — rhythmic stabilization in half-kneel, stepping onto a foam block to the L, tapping cones with the L foot; L hip/ankle motor recruitment deficit after R MCA stroke; Fugl-Meyer LE 21/34 (17 at admission). PT with client only.
            OT · 97530 · 25 min — upper-body dressing and shirt buttons in sitting, then transfers to the tub bench; Min A for the tub transfer, SBA dressing; goal: bathe and dress at home with only his wife supervising.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 15)], [At(Mismatch, "97530")]),

        // Cliniko-like template: "timed total 38 min (NMR + TE)" for 97112 23 and 97110 15 with no minutes for either: separate time missing; one-on-one stated, both sections complete.
        ["v6-h26-timed-total-only"] = new(
            """
            Brainerd Lakes Rehab — Treatment note (standard template)
            Presenting complaint: unsteady on the dock and the boat lift since the winter.
            Treatment: timed total 38 min (NMR + TE) — seen one-on-one throughout
              NMR (97112): standing on a rocker board with head turns; stepping onto a wobbly foam "dock" with a bag in each hand; perturbations in tandem. Impaired ankle proprioception and postural control. Rocker board EC 20 s (8 s).
              TE (97110): step-ups 8 in 3 × 10; lateral band walks 3 × 20 ft; calf raises 3 × 15; L hip/ankle weakness 4/5.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Three timed codes with minutes for 97112 (22) and 97116 (15) but none for the car-transfer 97530: separate time missing; every section complete, NMR 1:1.
        ["v6-h26-three-codes-one-without-minutes"] = new(
            """
            Falls & Balance — GCS PT
            97112 · 22 min · 1:1 — perturbed stance on foam, tandem walking with head turns, fast stepping to targets; ↓ postural control and slowed reactive stepping; FGA 18/30.
            97116 · 15 min — 4WW → SPC in the hallway and on the outdoor ramp, 2 × 150 ft, SBA; short R step, cues for heel strike.
            97530 — car transfer practice in the garage mock-up with winter boots on, in and out × 4 with a grab handle; CGA → SBA; goal: get into her son's pickup for church.
            """,
            ["R29.6"], [PT("97112", 22), PT("97116", 15), PT("97530", 15)], [SepTime]),

        // Untimed G0283 with its own "15 min (untimed)" beside one timed 97140 at 12, both matching; unilateral PA and rotation mobilizations with grades and bouts, STM; lumbar stiffness and rotation %: passes.
        ["v6-h26-untimed-estim-beside-manual"] = new(
            """
            Big Sioux Therapy — Tx Provided
            G0283 unattended e-stim, IFC to R lumbar paraspinals — 15 min (untimed)
            97140 manual therapy — 12 min: R L4–5 unilateral PA Gd III 3 × 30 s; R sidelying rotation mobilization Gd III × 3 bouts; STM R QL and glute med.
            R low back pain with lumbar segmental stiffness; lumbar rotation R 30% → 50% of normal.
            """,
            ["M54.50"], [PT("G0283", 15), PT("97140", 12)], []),

        // Minutes after one description and before its code ("— 16 min (97116)") and before another's description ("(97110) 22 min —"), both matching; RW gait with distances/CGA and exercises with doses; hip ORIF and a Kwik Trip goal: passes.
        ["v6-h26-minutes-before-and-after-code"] = new(
            """
            Mankato Movement PT — daily note
            Gait training with a RW on carpet, tile and the outdoor curb ramp, 3 × 150 ft, CGA; step-through pattern and heel-strike cues — 16 min (97116).
            (97110) 22 min — seated march with a 3-lb cuff 3 × 10, LAQ 3 × 12, sit-to-stand 3 × 8, standing hip extension at the counter 2 × 12.
            L hip ORIF 8 wk — antalgic gait, L hip weakness 3+/5; goal: walk into the Kwik Trip and back to the car.
            """,
            ["S72.142D"], [PT("97116", 16), PT("97110", 22)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a day-rehab PT 97112 + OT 97530 visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h26-empty-pt-ot"] = new(
            "",
            ["I69.351"], [PT("97112", 22), OT("97530", 23)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA 97116 visit sent with no diagnosis: DOC_NOTE_MISSING on the line and the diagnosis check.
        ["v7-h26-empty-pta-gait-no-dx"] = new(
            "",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Line feeds and spaces only on untimed G0283 beside 97110: DOC_NOTE_MISSING on 97110 only.
        ["v7-h26-blank-lines-estim-and-te"] = new(
            "\n\n   \n",
            ["M54.50"], [PT("G0283", 15), PT("97110", 20)], [At(NoteMissing, "97110")]),

        // 97110 whose only target is a functional goal (carry the auger and bucket to the fish house); carries, box deadlift, step-ups with loads and doses: passes.
        ["v7-h26-97110-goal-only-target"] = new(
            """
            Driftless Therapy — 97110 · 18 min
            Goal: carry the auger and the 5-gallon bucket of ice-fishing gear from the truck to the fish house.
            Farmer carries with 15-lb kettlebells 4 × 60 ft; deadlift from a 12-in box 3 × 8 @ 35 lb; suitcase carry 3 × 40 ft each side; step-ups 8 in 3 × 10.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // 97530 whose target is an impairment (dynamic standing balance, L knee weakness) rather than a goal, and whose only measure is an assistance level (SBA, CGA): passes.
        ["v7-h26-97530-impairment-and-assist"] = new(
            """
            Red River Rehab — 97530 · 24 min
            Impairment: ↓ dynamic standing balance and L knee weakness after L TKA, limiting household tasks.
            Activities: unloading the dishwasher to the upper cabinet; carrying a laundry basket between rooms; bending to the bottom drawer and back up.
            Assist: SBA for the carry, CGA bending.
            """,
            ["Z96.652"], [PT("97530", 24)], []),

        // 97140 with a region and impairment (L ankle stiffness after ORIF), named glides/distraction/STM with grades and bouts and no outcome number: parameters count as the measure; passes.
        ["v7-h26-97140-grade-and-bouts"] = new(
            """
            Iron Range PT — Manual 97140 — 11 min
            L ankle stiffness after trimalleolar ORIF: talocrural posterior glides Gd III–IV, 4 × 30 s; subtalar distraction 3 × 30 s; STM to the L Achilles.
            """,
            ["S82.852D"], [PT("97140", 11)], []),

        // 97116 with quad-cane gait on carpet and the ramp, swing-phase cues and a senior-centre goal, whose only measure is "Min A → CGA": an assistance level is a parameter; passes.
        ["v7-h26-97116-assist-level-only"] = new(
            """
            Lake Superior Physio — 97116 · 15 min
            Gait training with a quad cane on the hallway carpet and the clinic's outdoor ramp; cues for R knee flexion in swing and equal step length.
            Min A → CGA by the end.
            Goal: walk from the car into the Marquette senior centre for lunch.
            """,
            ["I69.351"], [PT("97116", 15)], []),

        // OT "Functional activities per POC. Pt participated well, tol tx well. Cont plan of care.": wholly generic 97530 — technique, deficit and measure missing and generic only.
        ["v7-h26-generic-97530"] = new(
            "Functional activities per POC. Pt participated well, tol tx well. Cont plan of care. 97530 — 20 min.",
            ["M62.81"], [OT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // PTA "Balance tx 1:1 … Tolerated well, no c/o. Cont POC.": one-on-one stated, but wholly generic 97112 — technique, deficit and measure missing and generic only.
        ["v7-h26-generic-97112-pta"] = new(
            "PTA — Balance tx 1:1, 97112 x 20 min. Tolerated well, no c/o. Cont POC.",
            ["R26.81"], [PTA("97112", 20)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // OptimisPT-like daily note, R TKA 7 wk: TE 23 (bike, heel slides, prone hangs, step-ups, squats with doses) and MT 10 (patellar and tib-fem glides Gd III with bouts, scar mobilization); knee degrees; deer-camp goal: passes.
        ["vord-h26-iron-range-tka-te-mt"] = new(
            """
            IRON RANGE PHYSICAL THERAPY · Virginia · Daily Note
            Patient was seen for skilled PT services as outlined below.
            SUBJECTIVE: R knee stiff in the mornings; wants to get back to deer camp for the rifle opener and climb into the box blind.
            Pain scale: 3/10
            OBJECTIVE / TREATMENT
              Ther Ex (97110) — 23 min: recumbent bike, seat low, full revolutions; heel slides with a strap 2 × 15; prone hangs 3 × 30 s; step-ups 6 in 3 × 10; mini squats 3 × 12.
              Manual (97140) — 10 min: patellar glides sup/inf Gd III 3 × 30 s; tib-fem PA glides at 90° Gd III 3 × 30 s; scar mobilization along the incision.
            ASSESSMENT: R TKA 7 wk — knee flexion 104° → 110° after MT, extension −4°; quad 4/5.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // ReDoc-like record with Time In / Time Out (35 min) and "Service Codes: 97110 — 23 min · 97140 — 12 min", both matching; flexion-bias program and flexion-distraction/PA mobs; stenosis and a fish-fry standing goal: passes.
        ["vord-h26-chippewa-stenosis-te-mt"] = new(
            """
            Chippewa Valley Therapy — Daily Treatment Record
            Time In 0800 / Time Out 0835
            Service Codes: 97110 Ther ex — 23 min · 97140 Manual — 12 min
            S: can stand at the church fish fry serving line only about half as long as she'd like.
            Ther ex: flexion-bias program — supine knees-to-chest 3 × 30 s; posterior pelvic tilts 2 × 15; seated lumbar flexion stretch 3 × 30 s; recumbent stepper level 3, 3 × 200 steps; hip-hinge squats to the chair 2 × 10.
            Manual: lumbar flexion-distraction in sidelying Gd III 3 × 30 s; L3–5 central PA Gd II–III 3 × 30 s; STM to the B lumbar paraspinals.
            A: lumbar stenosis with neurogenic claudication — standing tolerance limited; lumbar extension painful at 50%.
            """,
            ["M48.062"], [PT("97110", 23), PT("97140", 12)], []),

        // PtEverywhere-like bullets "• [97530] … mins 20" and "• [97110] … mins 15", both matching; tractor-cab ladder, mineral bags, auger pin with SBA and a beet-harvest goal; leg press/step-ups/carries with loads and knee weakness: passes.
        ["vord-h26-red-river-beet-harvest"] = new(
            """
            RED RIVER REHAB — Fargo
            Visit 9 of 16 · Medicare B
            • [97530] Ther activities — mins 20
               – climbing the 4-rung ladder into the mock tractor cab (3 points of contact) × 5
               – carrying 25-lb bags of mineral from the pickup bed to a pallet, 8 bags, 30 ft
               – kneeling to check the auger pin and back up × 5
               Assist: SBA on the ladder, independent on the carries
               Goal: back in the truck cab for the sugar beet harvest
            • [97110] Ther ex — mins 15
               – leg press 3 × 10 @ 90 lb; step-ups 12 in 3 × 10; farmer carries 2 × 30 lb × 4 lengths; bird-dogs 2 × 10
               – R knee (TKA, 4 mo) quad and hip extensor weakness 4/5
            """,
            ["Z96.651"], [PT("97530", 20), PT("97110", 15)], []),

        // HENO-like note with "(*) Individual": rTSA TE 22 (pulley, cane, ER, wall slides, serratus with doses) and MT 10 (GH glides with grades and bouts, STM, scapular mobs); degrees; Hy-Vee top-shelf goal: passes.
        ["vord-h26-big-sioux-rtsa-te-mt"] = new(
            """
            BIG SIOUX THERAPY · Sioux Falls — Treatment Note
            Delivery:  (*) Individual   ( ) Concurrent   ( ) Group   ( ) Co-treat
            Tx Provided:
              97110 TE — 22 min: pulley flexion 2 × 15; supine cane flexion 3 × 10; sidelying ER 1 lb 3 × 10; wall slides 2 × 10; serratus punch 2 lb 3 × 12.
              97140 MT — 10 min: GH inferior and posterior glides Gd II–III, 3 × 30 s; STM to the posterior cuff; scapular mobilization in sidelying 2 × 60 s.
            Impairment: L rTSA 12 wk — flexion 120°, ER 30°; can't reach the top shelf at the Hy-Vee.
            Patient Response: flexion 120° → 128° after MT.
            """,
            ["Z96.612", "Z47.1"], [PT("97110", 22), PT("97140", 10)], []),

        // Duluth vestibular follow-up "(97112, 20 min, one-on-one)": VOR x1 on foam, head-turn walking, pivot turns; residual R hypofunction and motion sensitivity; DGI and MSQ: passes.
        ["vord-h26-lake-superior-vestibular"] = new(
            """
            LAKE SUPERIOR PHYSIO & BALANCE — Duluth
            CC: dizzy turning to back the car out; residual after R posterior-canal BPPV cleared 2 wk ago.
            Tx Narrative (97112, 20 min, one-on-one): VOR x1 viewing seated → standing on foam 3 × 45 s each plane; walking with head turns down the hall and back; quick pivot turns to the R × 8; standing on foam EC.
            Findings: residual R vestibular hypofunction and motion sensitivity; Dix-Hallpike R negative today.
            Objective: DGI 19/24 (16/24 at IE); Motion Sensitivity Quotient 14 (28 at IE).
            """,
            ["H81.11"], [PT("97112", 20)], []),

        // Keet-like La Crosse PD note with "[x] One-on-one for all NMR time": NMR 22 (big-step shifts, turning drills, dual-task walking; hypokinesia/freezing; turn steps) and gait 15 (laser-line walker, distances, SBA, step length): passes.
        ["vord-h26-driftless-pd-nmr-gait"] = new(
            """
            Driftless Therapy — Today's session (La Crosse)
            [x] In clinic   [ ] Telehealth
            [x] One-on-one for all NMR time
            97112 — 22 min: big-step weight shifts in 4 directions; turning drills with a 4-count cue; sit-to-stand with a big arm reach; dual-task walking naming towns along the river.
              Issue: hypokinesia and freezing on turns (PD, H&Y 3); slowed anticipatory postural adjustments.
              Obj: 360° turn 7 steps (10 at eval); froze on 1 of 6 turns.
            97116 — 15 min: gait with laser-line cueing from the walker, 3 × 150 ft, SBA; heel-strike and step-length cues for the short shuffling steps.
              Obj: step length 48 cm with the cue (39 cm without).
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 15)], []),

        // Cliniko-like template, L hip fracture 9 wk: gait 17 (SPC on level, slope and stairs, distances, SBA) and TE 20 (hip exercises with doses), abductor weakness and a cabin-dock goal: passes.
        ["vord-h26-brainerd-hip-fracture"] = new(
            """
            Brainerd Lakes Rehab — Treatment note (standard template)
            Presenting complaint: L hip fracture (IT, IM nail) 9 wk; wants to walk down to the dock at the cabin by Memorial Day.
            Treatment:
              Gait training (97116) — 17 min: SPC on level, the grass slope behind the clinic and 8 steps with one rail; 3 × 150 ft, SBA; cues for L hip extension and equal stance time.
              Ther ex (97110) — 20 min: sidelying hip abduction 2 × 12; bridges 3 × 10; standing hip extension with a 2-lb cuff 3 × 10; step-ups 6 in 3 × 10; heel raises 3 × 15.
              L hip abductor weakness 3+/5, Trendelenburg lurch on L stance.
            """,
            ["S72.142D"], [PT("97116", 17), PT("97110", 20)], []),

        // Minot OT form answered YES: MT 10 (radiocarpal distraction/glides with grades and bouts, edema massage) and TE 18 (glides, AROM, hammer, putty with doses); wrist degrees and grip kg; calving goal: passes.
        ["vord-h26-dakota-rancher-wrist-ot"] = new(
            """
            DAKOTA PRAIRIE THERAPY — Minot — OT Daily Note (form rev. 3)
            Was the pt treated one-on-one for the entire timed service?   YES
            97140 Manual — 10 min: radiocarpal distraction and dorsal glides Gd III, 3 × 30 s; retrograde edema massage to the R hand and wrist.
            97110 Ther ex — 18 min: tendon glides × 10 each; wrist flex/ext AROM 3 × 10; supination/pronation with a hammer 3 × 10; putty gross grasp 2 × 20.
            R distal radius fx (cast off 3 wk): wrist ext 38°, supination 55°, grip R 14 kg / L 38 kg; goal: back to calving and pitching hay.
            """,
            ["S52.531D"], [OT("97140", 10), OT("97110", 18)], []),

        // Day-rehab PT narrative with "Times: 97112 · 23 min | 97116 · 15 min", individual, PT and client only; scales, reaching, foam perturbations with % WB and Berg; quad-cane/AFO gait with distances and CGA: passes.
        ["vord-h26-neuroday-pt-two-goals"] = new(
            """
            NeuroDay — PT progress narrative — individual PT session (PT and client only)
            Times: 97112 · 23 min | 97116 · 15 min
            GOAL 1 — Client will stand to pull up his pants without losing his balance.
              Today: sit-to-stand with equal weight bearing on a pair of scales; single-arm reaching in standing while keeping the R knee extended; standing on foam with perturbations at the trunk.
              Progress: R LE weight bearing 44% (36%); Berg 38/56 (31/56 at admission).
            GOAL 2 — Client will walk in his apartment with a cane.
              Today: gait with a large-base quad cane and a R AFO, 4 × 80 ft, CGA; cues for R knee flexion in swing and a longer L step.
              Progress: CGA (Min A at admission).
            Impairments: R hemiparesis with ↓ R LE motor recruitment and postural control after L ICH.
            """,
            ["I69.151"], [PT("97112", 23), PT("97116", 15)], []),

        // Day-rehab OT narrative, "OT and client only for both blocks": 97112 20 (forearm weight bearing, grasp-release with facilitation, mirror; L UE motor control; Box and Block) and 97530 18 (sandwich and tea tasks, Min A/SBA, spills): passes.
        ["vord-h26-neuroday-ot-nmr-and-ta"] = new(
            """
            NeuroDay — OT progress narrative — OT and client only for both blocks
            97112 · 20 min — GOAL 1: Client will use the L hand to steady items during meal prep.
              Today: weight bearing through the L forearm and hand on the table while reaching with the R; task-specific grasp-release of cups with facilitation at the wrist extensors; mirror feedback.
              Deficit: L UE motor control and wrist/finger extensor recruitment (R MCA stroke).
              Progress: Box and Block L 9 (3 at admission).
            97530 · 18 min — GOAL 2: Client will make a sandwich and a cup of tea.
              Today: spreading peanut butter with the L hand steadying the bread; pouring from a kettle with both hands; opening a jar with the L hand holding it.
              Progress: Min A for pouring, SBA spreading; 1 spill (3 last wk).
            """,
            ["I69.354"], [OT("97112", 20), OT("97530", 18)], []),

        // Day-rehab PT community re-entry on the Green Line (97530): platform, ticket machine, boarding within the door chime, standing on the moving train; SBA and counts; divided attention and dynamic balance after TBI: passes.
        ["vord-h26-neuroday-light-rail-97530"] = new(
            """
            NeuroDay — PT community re-entry narrative — 97530 · 25 min — PT with client only
            GOAL 5 — Client will ride the Green Line from University Ave to his job site on his own.
              Today: walked to the Capitol/Rice St platform; bought a ticket at the machine; boarded and stepped off before the doors closed × 3; stood on the moving train holding the pole, then without it on the straight stretch.
              Progress: SBA on the moving train (CGA last wk); 3/3 boardings before the door chime ended; 1 cue to check the direction sign (4 last wk).
            Impairment: impaired divided attention and dynamic balance after TBI (fall from a roof).
            """,
            ["S06.9X0S"], [PT("97530", 25)], []),

        // Day-rehab PT note after aneurysmal SAH: TE 20 (leg press, step-ups, low-chair stands with loads and doses; L extensor weakness; stairs goal) and gait 15 (no device, distances, SBA, gait speed): passes.
        ["vord-h26-neuroday-sah-te-gait"] = new(
            """
            NeuroDay — PT daily — individual, client and PT only
            97110 · 20 min — GOAL 3: Client will climb the 12 stairs at home with one rail.
              Leg press 3 × 10 @ 60 lb; step-ups 6 in 3 × 10 each; sit-to-stand 3 × 10 from a low chair; calf raises 3 × 15.
              L hip/knee extensor weakness 3+/5 after aneurysmal SAH and coiling.
            97116 · 15 min — GOAL 4: Client will walk outdoors around the block without a device.
              Gait on the sidewalk with no device, 2 × 400 ft, SBA; cues for L heel strike.
              Gait speed 0.88 m/s (0.63 at admission).
            """,
            ["I69.054"], [PT("97110", 20), PT("97116", 15)], []),

        // GCS PT note "one-on-one with the GCS PT": NMR 23 (waist-pull perturbations, fast steps over a cane, tandem with a cup; reactive stepping; Mini-BESTest and k of 10) and TE 15 (loaded STS, hip abd, heel raises; weakness): passes.
        ["vord-h26-falls-gcs-nmr-te"] = new(
            """
            Falls & Balance Clinic — GCS PT note
            97112 · 23 min · one-on-one with the GCS PT
              Reactive balance: waist-pull perturbations in standing (ant/post/lat), voluntary fast steps over a cane on the floor, tandem walking while carrying a cup of water.
              Impairment: slow reactive stepping, ↓ postural control under dual task; 2 falls since Thanksgiving.
              Outcome: Mini-BESTest 18/28 (14/28 at IE); 8/10 single-step recoveries to waist pulls.
            97110 · 15 min
              Sit-to-stand holding a 4-lb DB 3 × 10; standing hip abduction with a 3-lb cuff 2 × 12 B; heel raises 3 × 15; seated knee extension 3-lb 3 × 12.
              B hip abductor and plantarflexor weakness 4-/5.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Very short PTA NMR note "97112 23' — 1:1": foam tandem, cone step-overs, nudges; postural control and somatosensory loss; seconds and k of 10: passes.
        ["vord-h26-falls-pta-short-nmr"] = new(
            "PTA — 97112 23' — 1:1. Tandem on foam, step-over cones, reactive steps to pelvic nudges. For ↓ postural ctrl / somatosensory loss (DM PN). Tandem foam 9 s (6). "
            + "7/10 step recov. — K.L., PTA",
            ["E11.42", "Z91.81"], [PTA("97112", 23)], []),

        // Very short PTA gait note: 4WW with distances, curb, SBA, cues; shuffling flexed posture; 10MWT ".72 m/s": passes.
        ["vord-h26-falls-pta-short-gait"] = new(
            "PTA — gait 97116, 15 min: 4WW, 2 × 200 ft hallway + parking-lot curb ×2, SBA; cue ↑ step length, upright trunk. Shuffling, flexed posture. 10MWT .72 m/s.",
            ["R26.89"], [PTA("97116", 15)], []),

        // Very short PTA two-code note "97112 20 min (1:1) + 97110 15 min": rocker/SLS head turns/perturbation steps with ankle-strategy deficit and SLS seconds; STS/hip abd/heel raises with doses and weakness: passes.
        ["vord-h26-falls-pta-short-two-codes"] = new(
            "PTA DAILY · 97112 20 min (1:1) + 97110 15 min\n"
            + "NMR: rocker bd EC, SLS at counter c̄ head turns, fwd/bwd stepping to perturbation. ↓ ankle strategy, L > R. SLS L 4 s / R 9 s.\n"
            + "TE: STS 3×10, hip abd 2×12 B 2#, heel raises 3×15. B hip weakness 4-/5.",
            ["R26.81", "M62.81"], [PTA("97112", 20), PTA("97110", 15)], []),

        // GCS PT 97530 winter car transfers in boots and parka, slippery-mat step-down, carrying a casserole dish; SBA and LOB of 10; balance on slick surfaces and a potluck goal: passes.
        ["vord-h26-falls-gcs-winter-car-transfer"] = new(
            """
            Falls & Balance Clinic — GCS PT — 97530 · 22 min
            Winter car transfers: in and out of the passenger seat of the clinic's mock car with boots and parka on, swinging the legs in together, using the grab handle, × 5; stepping down onto a slippery mat beside the door × 5; carrying a purse and a casserole dish from the car to the door, 40 ft × 2.
            SBA; no LOB in 10 trials.
            ↓ dynamic balance on slick surfaces; goal: ride with her daughter to the church potluck and carry in her hotdish.
            """,
            ["R26.81", "Z91.81"], [PT("97530", 22)], []),

        // Very short PTA 97530 note: floor-to-stand, newspaper pick-ups, basket carry with CGA/SBA and counts; get-up and newspaper goals: passes.
        ["vord-h26-falls-pta-short-97530"] = new(
            "PTA: 97530 × 18 min — floor-to-stand via half-kneel × 4 (CGA), picking up the newspaper from the porch step × 6 (SBA), carrying a laundry basket 30 ft × 2 (SBA). "
            + "Goal: get up alone if she falls + get the paper in. — R.M., PTA",
            ["R29.6"], [PTA("97530", 18)], []),

        // OT hand therapy, R thumb CMC OA: MT 10 (CMC distraction/glide with grades and bouts, web-space STM) and TE 15 (FDI activation, opposition, putty pinch, wrist ext with doses); key pinch kg; milk-jug goal: passes.
        ["vord-h26-mankato-cmc-oa-ot"] = new(
            """
            Mankato Hand Therapy (OT/CHT) — daily
            97140 — 10 min: CMC distraction with a dorsal-radial glide Gd II–III, 3 × 30 s; 1st web-space STM.
            97110 — 15 min: 1st dorsal interosseous activation 3 × 10 × 5-s hold; thumb opposition to each fingertip × 10; lateral pinch with green putty 2 × 15; wrist ext 1 lb 3 × 10.
            R thumb CMC OA — key pinch 3 kg (L 5.5 kg); trouble opening the milk jug.
            """,
            ["M18.11"], [OT("97140", 10), OT("97110", 15)], []),

        // Single 97110 for L knee OA with bike intervals, box squats, step-downs, TKE and curls with doses and a milking-parlor squat goal: passes.
        ["vord-h26-wausau-dairy-knee-97110"] = new(
            """
            Wausau Area PT — Daily note
            97110 — 25 min
            L knee OA: recumbent bike level 4, 3 rounds of 60 s hard / 30 s easy; box squats to an 18-in box 3 × 10; step-downs 4 in 3 × 8; TKE with a blue band 3 × 15; hamstring curls 3 × 12 @ 10 lb.
            Goal: squat down to put the milking units on in the parlor for evening milking.
            """,
            ["M17.12"], [PT("97110", 25)], []),

        // "Timed: gait 97116 = 15 min; NMR 97112 = 23 min (seen one-on-one)", both matching; slant-board slope stance, foam tandem head turns, perturbations with slope postural deficit and seconds; SPC on the Lake Ave grade with distances and SBA: passes.
        ["vord-h26-duluth-hills-nmr-gait"] = new(
            """
            LAKE SUPERIOR PHYSIO & BALANCE — Duluth
            Timed: gait 97116 = 15 min; NMR 97112 = 23 min (seen one-on-one)
            NMR: step-stance on a slant board facing downhill, then uphill; tandem walking on a foam strip with head turns; reactive steps to perturbations at the trunk. ↓ ankle/hip strategy on slopes; postural control deficit after L TKA with neuropathy. Slant-board stance downhill EC 12 s (4 s).
            Gait: SPC on the Lake Ave sidewalk grade, 2 × 300 ft up and down, SBA; cues for shorter steps downhill.
            """,
            ["R26.81", "G62.9"], [PT("97116", 15), PT("97112", 23)], []),

        // Concussion after a fall at a curling bonspiel, "private 1:1 session": saccades, pursuit/VOR on a busy background, Brock string; saccadic accuracy and convergence insufficiency; NPC cm and VOMS: passes.
        ["vord-h26-rochester-concussion-97112"] = new(
            """
            Rochester Sports & Spine PT — concussion follow-up (fell on the ice at a curling bonspiel)
            97112 — 24 min — private 1:1 session
            Saccades between two letter charts at 1 m, seated → standing → walking, 3 × 30 s; smooth pursuit with the head still, then VOR x1 against a busy background, 3 × 45 s; convergence with a Brock string, 3 × 10.
            Deficits: ↓ saccadic accuracy and convergence insufficiency with visual motion sensitivity (5 wk post injury).
            NPC 9 cm (14 cm at eval); VOMS total symptom change +3 (+9 at eval).
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // Mankato PD note, NMR 23 (metronome marching, box turns, backward stepping; hypokinesia/retropulsion; backward 3-m walk) and TE 15 (band rows, wall push-ups, foam-roll extension; thoracic extensor weakness), complete but never says one-on-one.
        ["vord-h26-pd-nmr-te-never-one-on-one"] = new(
            """
            Mankato Movement PT — daily note
            97112 — 23 min: weight shifting with big arm reaches, marching to a metronome at 110 bpm, turning in a box pattern, backward stepping to a line. Hypokinesia, retropulsion and slowed postural responses (PD).
              Backward 3-m walk 6.8 s (9.1 s at eval).
            97110 — 15 min: seated rows with a blue band 3 × 12; wall push-ups 3 × 10; thoracic extension over a foam roll 2 × 10; sit-to-stand 3 × 10. Thoracic extensor weakness with a forward flexed posture.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Complete 97110 for a frozen shoulder (pulleys, cane ER, band rows, wall walks with doses; ER/flexion degrees) sent with no diagnosis code.
        ["vord-h26-frozen-shoulder-no-dx"] = new(
            """
            Iron Range PT — Daily Note
            Ther Ex (97110) — 20 min: shoulder pulleys 2 × 15; cane ER 3 × 10; rows with a red band 3 × 12; wall walks 2 × 10; prone extension 2 × 10.
            R frozen shoulder — ER 20°, flexion 125°.
            """,
            [], [PT("97110", 20)], [Dx]),

        // Complete 97116 (RW → SPC, stairs, distances, CGA; foot drop with steppage gait; Festival Foods goal) whose diagnosis is the ICD-9 code 781.2, not ICD-10-CM.
        ["vord-h26-icd9-gait-dx"] = new(
            """
            Chippewa Valley Therapy — Daily Treatment Record
            Service: 97116 Gait training      Time: 15 min
            RW → SPC on level and 4 steps with one rail, 3 × 120 ft, CGA; cues for R heel strike and step length.
            Deficit: R foot drop with steppage gait; goal to walk into Festival Foods for her groceries.
            """,
            ["781.2"], [PT("97116", 15)], [Dx]),

        // Complete OT 97530 (tub-bench transfers, stocking donner, reacher with SBA/Min A and counts; shower-and-dress goal after THA) whose diagnosis field holds a SNOMED CT concept id, not ICD-10-CM.
        ["vord-h26-snomed-dx-ot"] = new(
            """
            Red River Rehab — OT 97530 · 22 min
            Tub-bench transfers × 4 (SBA); putting on compression stockings with a donner × 2 (Min A); reaching into the dryer with a reacher × 10.
            Goal: shower and dress at home without home-care help (L hip precautions after THA).
            """,
            ["52734007"], [OT("97530", 22)], [Dx]),

        // "TE and NMR per flowsheet. Pt tolerated tx well … Continue POC. Total timed 38 min.": nothing named for either code, generic only, no 1:1, and a total instead of each code's minutes.
        ["vord-h26-generic-two-codes-total"] = new(
            "Big Sioux Therapy — Tx Provided: TE and NMR per flowsheet. Pt tolerated tx well, no complaints. Continue POC. Total timed 38 min.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // 97140 header "Manual 97140 — 20 min" against a 12-minute line: mismatch; cervical PA/suboccipital/STM with grades and holds, rotation degrees and a driving goal complete.
        ["vord-h26-cervical-manual-minutes-differ"] = new(
            """
            Wausau Area PT — Manual 97140 — 20 min
            C-spine: R C5–6 unilateral PA Gd III 3 × 30 s; suboccipital release 3 × 60 s; R upper trap STM.
            R cervical rotation 50° → 62°; R neck pain turning to check the blind spot when driving.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
