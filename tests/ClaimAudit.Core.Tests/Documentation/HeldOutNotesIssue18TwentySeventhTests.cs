using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three California employers, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>an urban multi-site group ("Pacific Rim Rehab": Daly City, Westminster's Little Saigon, Koreatown,
/// San Gabriel, Monterey Park and Alhambra, Glendale) whose clinicians learned English as a second or third
/// language and chart in their own English: Tagalog speakers ("seen 1 is to 1 by this writer", "no other pt
/// handled", "( / )" as the tick on a paper form, "0930H–0953H" times, "already", "Pt was fetched by her
/// daughter", "w/o untoward incident", "endorsed to PT"), Vietnamese speakers ("one-one whole session",
/// "25 minute", "feeling of both feet decrease", "both are PT patient … go back and forth"), Korean speakers
/// ("other patient none", "Patient have", "97140(10min)", an O / X checklist with its legend, "14:00~14:10"),
/// Mandarin speakers ("3 groups, each group 10 times" for sets and repetitions, "from beginning to end",
/// "9:30~9:53", √ / × grids, "no obvious impairment found") and Armenian speakers ("complains on", "has fear
/// to fall", "made exercises", "were made during 15 minutes", a minutes grid with 1:1 / concurrent / group
/// columns); the goals of their patients: a fiesta tinikling, a balikbayan box for Cebu, BART to Sunday mass,
/// the family pho restaurant, the Bolsa market, a floor table and floor mattress, the Koreatown church stairs
/// and H Mart, congee for a husband, lavash for Easter, standing through the liturgy;</item>
/// <item>a spine and manual-therapy group ("Golden State Spine &amp; Manual Therapy", Oakland) charting in its
/// courses' notation: Maitland CPA / UPA with grades, P1 and R1, PPIVM and PAIVM; Mulligan SNAGs, SMWLM and
/// BLR; McKenzie EIL / EIS / SGIS with an effect legend and cervical retraction; Kaltenborn traction and
/// glides; Greenman muscle energy with the supine-to-long-sit test; Jones strain-counterstrain; Cyriax friction
/// with Mills' manipulation; Elvey's lateral glide beside mechanical traction (97012); SEAS for adult scoliosis;
/// a supine thoracic thrust;</item>
/// <item>a Parkinson's and multiple-sclerosis neuro clinic ("Arroyo Movement Disorders &amp; MS Rehab",
/// Pasadena): ON-state visits, wearing-off, PWR!Moves, SPARX-style treadmill, cueing grids and a therapist :
/// patient ratio row, Pisa syndrome, the sequence effect, en bloc turns, a hip flexion assist orthosis,
/// cooling vests, an INO with oscillopsia, Arm Ability Training, the Six-Spot Step Test, the 360° turn test,
/// the Functional Dexterity Test, cadence in steps/min, community gait across a timed crosswalk.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// 97012 and G0283. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h27-…): one-on-one in these writers' words ("seen 1 is to 1 by this writer", "Therapist
/// and patient one-one whole session", "Therapist alone with this patient from beginning to end" with "3 groups"
/// as sets, "other patient none", "Staffing: 1 PT for 1 pt; rehab aide held the harness line only"), notes that
/// negate it (a balance corner with two other patients, a husband and wife both on the caseload with the PT
/// going back and forth, a Tai Chi class of six) or never state it (an Armenian speaker's VRT note), and a
/// 97116 in a shared corridor, which has no one-on-one check;</item>
/// <item>class 2 (v2-h27-…): template states: a paper form's "( / )" tick on Individual or on "With other pts",
/// an O / X checklist with its legend (1:1 O; group O), √ / × grids (every problem row ×; an OT assistance
/// row with SBA √), a minutes grid whose 1:1 column holds the minutes or whose concurrent column does, a
/// "Therapist : patient ratio [X] 1:1 / [X] 1:2" row, a McKenzie effect table, an assistance scale marked
/// "◄ this";</item>
/// <item>class 3 (v3-h27-…): named programmes and methods as techniques (Mulligan SMWLM and BLR, Kaltenborn
/// grades, Greenman MET, Arm Ability Training, SEAS, Cyriax friction with Mills' manipulation, a modified
/// tinikling drill), one PWR!Moves 97112 with no number, one Biodex 97112 and one SPARX-style 97116 with no
/// deficit;</item>
/// <item>class 4 (v4-h27-…): deficits stated as findings (Pisa syndrome, the sequence effect, an INO with
/// oscillopsia, graphesthesia and astereognosis, knee kinesthesia thresholds, Bragard's sign, PPIVM
/// hypomobility, vaulting and hip hiking) and notes that state none ("no obvious impairment found" on a
/// 97112, "Impairment: N/A" on a 97110 with no region);</item>
/// <item>class 5 (v5-h27-…): measures in their usual forms (the Six-Spot Step Test, cadence in steps/min, the
/// 360° turn test, the Functional Dexterity Test, the modified Schober and walking distance before symptoms,
/// floor-to-stand time) and notes with none ("ambulate farther already", "better than last time, patient
/// say", cervical segment numbers only, a levodopa dose and schedule only);</item>
/// <item>class 6 (v6-h27-…): minutes in their usual forms ("0930H–0953H", "9:30~9:53", "15 minute",
/// "97140(10min)", "were made during 15 minutes", an untimed 97012 with its own minutes beside one timed
/// code), true mismatches (a single "NMR x 30 mins" against 22, a gait "25 minute" against 15, a
/// "14:00~14:10" range against 20) and truly missing separate time (a total only, minutes for one of two
/// codes);</item>
/// <item>class 7 (v7-h27-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283), and the contract's meanings of technique, deficit and measure for 97140
/// (counterstrain holds as the parameter), 97116 (a goal as the only target, an assistance level as the only
/// measure), 97110 (a goal as the only target; named exercises with no dose) and wholly generic 97530 and
/// 97112 notes;</item>
/// <item>ordinary (vord-h27-…): complete notes of the three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a generic two-code note with a
/// total, a missing, an ICD-9 and a free-text diagnosis, an NMR + TE note that never says one-on-one, a 97140
/// whose minutes differ, a total only.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. Where a writer's English is unusual, every
/// element the judgement rests on is one a California reviewer reads without doubt. Cases a careful reviewer
/// could argue either way were left out: a content gap in one section of a multi-code note (multi-code notes
/// fail here only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases
/// beside a deficit or a measure without a technique, minutes of an activity or of a rest inside a note,
/// self-rated scores or vitals as the only number, a grade with no dose as a 97140's only parameter, a
/// one-on-one left to be inferred, three-character or dotless diagnosis codes, minute ranges and approximate
/// minutes, a task practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 73 of 100 cases agree (98 needed), and 18 of the 64 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 74 of 100, 17 false positives, at its first run on that session's analyzer after the twenty-fourth and
/// twenty-fifth sets were worked through and reviewed (68f1fc4): the held-out figure.
/// Then worked through as development data: 100 of 100 — "other patient none", "1 PT for 1 pt" (capitals the
/// therapist, lower case the patient), "therapist with only this patient", an "O = done, X = not done" legend, a
/// "(√ = did, × = not did)" grid, "( / )" ticks, a ratio row's ticked 1:2, a "1:1 min" column beside zero
/// concurrent and group columns, "0930H–0953H" and "14:10~14:25 Exercise (97110)" ranges, "15 minute: walk …",
/// a medication dose no measure, "unable to … (astereognosis)", McKenzie and PD turning vocabulary
/// (NotesAsWrittenTests, twenty-sixth-twenty-seventh-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentySeventhTests(ITestOutputHelper output)
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

        // Tagalog-speaking PT: "Pt seen 1 is to 1 by this writer for the whole NMR; no other pt handled" states one-on-one; PNF D2 in standing, zigzag cone stepping, hands-free rocker board; righting reactions and L LE proprioception; rocker seconds; 23 matches: passes.
        ["v1-h27-tagalog-one-is-to-one"] = new(
            """
            PACIFIC RIM REHAB — Daly City — PT Daily Note
            Pt seen 1 is to 1 by this writer for the whole NMR; no other pt handled during that time.
            97112 NMR — 23 mins
             • PNF D2 flexion/extension pattern for L LE in standing w/ manual resistance at the pelvis
             • stepping to 4 cones set in a zigzag, eyes on target then EC
             • rocker board A/P then M/L, hands-free
            Pt still with delayed righting reactions and poor L LE proprioception (s/p R thalamic CVA).
            Pt was able to stand on rocker board hands-free x 12 secs already vs 4 secs last tx.
            Tolerated tx w/o untoward incident. Pt was fetched by her daughter.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Vietnamese-speaking PT: "Therapist and patient one-one whole session, no other patient at that time" states one-on-one; foam perturbations, head-turn heel-to-toe walking, hands-free BOSU steps; foot sensation and ankle position sense in neuropathy; tandem seconds and Berg; "25 minute" matches: passes.
        ["v1-h27-vietnamese-one-one-whole-session"] = new(
            """
            Little Saigon site (Westminster) — PT note
            Therapist and patient one-one whole session, no other patient at that time.
            97112 Neuromuscular re-ed — 25 minute
            - Patient stand on foam, therapist push small at shoulder and hip, front/back/side (perturbation)
            - Walk on line heel to toe, turn head left and right
            - Step up and down on BOSU, no hand support
            Problem: balance bad when eye close, feeling of both feet decrease (diabetes neuropathy), ankle position sense poor.
            Tandem stand on floor eye close 5 second (last week 2 second). Berg 44/56.
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], []),

        // Mandarin-speaking PT: "3 groups, each group 10 times" are sets and repetitions, not group therapy, under "Therapist alone with this patient from beginning to end, no other patient"; Airex catches, cloud-hands shifts on a half roller, metronome hurdle side-steps; big-toe position sense; k of 10 and SLS: passes.
        ["v1-h27-mandarin-groups-are-sets"] = new(
            """
            San Gabriel site — PT treatment record
            Treatment: 97112 neuromuscular re-education, 24min. Therapist alone with this patient from beginning to end, no other patient.
            1. Stand on Airex, catch and throw ball, 3 groups, each group 10 times.
            2. Tai chi weight shifting (wave hands like clouds) on half foam roller, 2 groups × 8 times.
            3. Side step over hurdle follow metronome beat, 3 groups × 6 times.
            Main problem: balance not so good, especially eyes close; left ankle and big toe position sense poor (peripheral neuropathy), cannot tell up or down of big toe correctly.
            Big toe position sense 3/10 correct (last time 1/10). Single leg stand L 6s.
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // Korean-speaking PT: "Therapist stay beside patient every minute, other patient none" states one-on-one; BAPS with sets/reps, balance pad EC with head turns, banded side steps with pushes; late ankle strategy and lateral reactions; SLS and pad seconds: passes.
        ["v1-h27-korean-other-patient-none"] = new(
            """
            K-town site. PT daily note.
            Today treatment: NMR 97112 22min. Therapist stay beside patient every minute, other patient none.
            Content: BAPS board level 3 clockwise and counterclockwise, 2 set 20 rep. Standing on balance pad eye close with head turn. Side stepping with band, therapist give small push from side.
            Patient have poor ankle strategy, lateral balance reaction is late, Rt side more.
            Result: SLS Rt 7sec / Lt 15sec. Balance pad eye close 20sec (before 8sec).
            """,
            ["M25.371", "R26.81"], [PT("97112", 22)], []),

        // PD clinic: "Staffing: 1 PT for 1 pt; rehab aide held the harness line only" is one-on-one; harness-protected compensatory stepping to pulls, counted wide turns, random start-stop walking; retropulsion and en bloc turning; pull-test steps and turn steps/seconds: passes.
        ["v1-h27-pd-staffing-1pt-for-1pt"] = new(
            """
            ARROYO MOVEMENT DISORDERS & MS REHAB — Pasadena — PT visit
            PD, seen in ON state (took AM carbidopa-levodopa before coming).
            Staffing: 1 PT for 1 pt; rehab aide held the harness line only.
            97112 — 26 min
            Overhead harness, no body-weight support (fall protection only). Backward and lateral compensatory stepping to PT pulls at the hips; large-amplitude turns around a cone w/ "1-2-3-turn" counting; start-stop walking to PT's random "stop!" calls.
            Impaired reactive postural control w/ retropulsion; en bloc turning, 7+ steps for 180°.
            Pull test: 3 steps to recover (5+ w/ PT catch at IE). 180° turn 5 steps / 2.9 s.
            """,
            ["G20.A1"], [PT("97112", 26)], []),

        // MS 97116 walked in a corridor shared with another pt and the PTA: 97116 has no one-on-one check; HFAO and forearm crutch, laps in feet, SBA; heat/fatigue-related L foot drop and hip flexor weakness; T25FW: passes.
        ["v1-h27-ms-97116-shared-corridor"] = new(
            """
            Arroyo MS program — Gait training 97116 — 18 min
            Walked the hallway loop while another pt did gait trials in the same corridor with our PTA.
            L hip flexion assist orthosis (HFAO) + R forearm crutch; 4 × 150 ft, SBA, seated rest w/ fan between laps; cues for L hip flexion in swing, ↓ circumduction.
            L foot drop + L hip flexor weakness (3-/5), worse with heat and fatigue (RRMS).
            T25FW 9.6 s (11.2 s at IE).
            """,
            ["R26.89", "M21.372"], [PT("97116", 18)], []),

        // Armenian-speaking PT: complete VRT note ("Made exercises for vestibular system": X1 sitting → standing, head-turn walking, EC foam; L hypofunction; DHI and DGI) that never says how the session was staffed: one-on-one missing.
        ["v1-h27-armenian-vrt-never-states"] = new(
            """
            Glendale site — PT session note
            S: Patient complains on dizziness when turns in bed and when looks up to the shelf. Has fear to fall on the street.
            O: 97112 — 20 min. Made exercises for vestibular system: gaze stabilization x1 looking to a letter on the wall with head turns horizontal and vertical, sitting then standing; walking in hallway with head turns; standing on foam with eyes closed.
            Problem: L vestibular hypofunction, unsteadiness during head movement.
            DHI 48 (was 62). DGI 17/24 (was 14/24).
            A: Better tolerance to head movement.
            P: Continue VRT 2x/week.
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Tagalog-speaking PT: "seen together w/ 2 other pts in the balance corner, PT supervising all 3" negates one-on-one; foam-beam tandem, reaches outside BOS, called-target stepping; R weight shift and stepping reaction; tandem seconds present.
        ["v1-h27-tagalog-with-2-other-pts"] = new(
            """
            Daly City — PT Daily Note
            Pt was seen together w/ 2 other pts in the balance corner, PT supervising all 3; pt did her sets while PT cued the others.
            97112 — 20 mins
            - semi-tandem → tandem on foam beam
            - reaching to cones placed on the floor outside BOS
            - lateral stepping to colored targets called by PT in random order
            Pt still with poor weight shifting to R and delayed stepping reaction (R hemiparesis s/p L MCA CVA).
            Pt was able to do tandem on foam beam x 8 secs vs 3 secs last tx.
            """,
            ["I69.351"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Vietnamese-speaking PT: husband and wife "both are PT patient", the therapist "help both same time in the gym, go back and forth": not one-on-one; trampoline single-leg holds, dual-task obstacle course, wobble-board shifts; postural control and stepping reaction; touches k of 10 present.
        ["v1-h27-vietnamese-husband-both-pts"] = new(
            """
            Westminster site — PT note
            Patient and husband come together, both are PT patient. Therapist help both same time in the gym, go back and forth.
            97112 23 minute: patient stand one leg on mini trampoline hold 10 second each leg 5 time; walk obstacle course with dual task (say name of fruit); weight shift on wobble board.
            Problem: postural control poor, slow reaction when step (Parkinson disease).
            Obstacle course 2 touch in 10 pass (last visit 5 touch).
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Mandarin-speaking PT: 97112 given "in Tai Chi balance class (6 patients, 1 PT leading)": not one-on-one; brush knee, repulse monkey, cloud hands with side step; backward stepping reaction and postural control; steps and FSST present.
        ["v1-h27-mandarin-taichi-class"] = new(
            """
            Monterey Park site — 97112 × 25min in Tai Chi balance class (6 patients, 1 PT leading).
            Movement: brush knee, repulse monkey (walking backward), wave hands like clouds with side step; 8 forms × 3 rounds.
            Purpose: train postural control and weight shift; patient backward stepping reaction poor, afraid of falling.
            Patient finish backward walking 10 steps no loss of balance; FSST 13.8s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Daly City paper form with "( / )" as the tick: "( / ) Individual" over "(   ) With other pts"; PNF rhythmic stabilization on a gym ball, balance-cushion catches, kneel-to-stand transitions; trunk control and balance reactions; gym-ball seconds: passes (the unticked 97110 row is not billed).
        ["v2-h27-slash-tick-individual"] = new(
            """
            DALY CITY — PT DAILY TX RECORD
            Type of session:   ( / ) Individual    (   ) With other pts    (   ) Co-tx
            Procedure                                   Time
            ( / ) 97112 Neuromuscular re-ed             22 mins
            (   ) 97110 Ther ex                         —
            Tx given: PNF rhythmic stabilization sitting on gym ball; standing on balance cushion w/ ball catch; kneeling → half-kneel → stand w/o UE.
            Pt still with impaired trunk control and delayed balance reactions (L hemiparesis).
            Pt can now sit on gym ball w/ both UE lifted x 30 secs vs 10 secs last week.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // The same form with "( / ) With other pts": not one-on-one; bar tandem with fading support, gait-belt tugs, EC foam marching; backward stepping and ankle proprioception; chair-stand reps and tandem seconds present.
        ["v2-h27-slash-tick-with-other-pts"] = new(
            """
            DALY CITY — PT DAILY TX RECORD
            Type of session:   (   ) Individual    ( / ) With other pts    (   ) Co-tx
            ( / ) 97112 Neuromuscular re-ed             20 mins
            Tx given: tandem walking in parallel bars, one hand → fingertip support; stepping-strategy drill to PT tugs at gait belt (ant/post); marching on foam w/ EC.
            Pt still with poor backward stepping reaction and decreased ankle proprioception B.
            30s chair stand 8 reps; tandem stance 6 secs.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Koreatown checklist with its legend "(O = done / yes, X = not done / no)": "1:1 treatment O", "Group / concurrent X"; perturbation, unstable surface and dual-task walking "O"; somatosensory loss and slow backward response; mCTSIB seconds and steps: passes.
        ["v2-h27-o-x-legend-one-to-one"] = new(
            """
            K-TOWN SITE — Treatment checklist (O = done / yes, X = not done / no)
            1:1 treatment ............... O
            Group / concurrent .......... X
            97112 NMR ................... O  (24min)
            97110 TherEx ................ X
            Perturbation training ....... O
            Vestibular / gaze ........... X
            Unstable surface (foam) ..... O
            Dual task walking ........... O
            Deficit: somatosensory loss both feet, slow postural response to backward push.
            Measure: mCTSIB foam eye close 11sec (before 4sec). Backward push: 2 step to recover.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // The same legend with "1:1 treatment X" and "Group O (balance group, 4 pt)": not one-on-one; wobble board EC, foam path with head turns, reaches out of base; MS trunk ataxia; tandem step-offs present.
        ["v2-h27-o-x-legend-group"] = new(
            """
            K-TOWN SITE — Treatment checklist (O = done / yes, X = not done / no)
            1:1 treatment ............... X
            Group ....................... O  (balance group, 4 pt)
            97112 NMR 20min ............. O
            Wobble board eye close ...... O
            Foam path walk + head turn .. O
            Reach out of base to target . O
            Deficit: trunk ataxia (MS), wide base when turn.
            Measure: tandem walk 10 step, 3 step-off (before 6).
            """,
            ["R27.0", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Mandarin-speaking PT's grid "(√ = did, × = not did)": techniques ticked and "Patient alone with therapist all the session" states one-on-one, but every "Problems addressed" row is "×" and no deficit is written anywhere: deficit missing.
        ["v2-h27-check-cross-problems-all-cross"] = new(
            """
            Monterey Park — NMR record — 97112, 22min
            Patient alone with therapist all the session.
            Techniques (√ = did, × = not did):   PNF D1/D2 √ | Perturbation √ | Foam / unstable surface √ | Vestibular ×
            Problems addressed (√ = yes, × = no): Proprioception × | Vestibular × | Postural control × | Coordination ×
            Result: SLS R 9s, L 11s; forward reach 24cm.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // OT 97530 grid in the same marks: tasks ticked √ (vegetable cutting in standing, a 2 kg pot carried), "SBA √" on the assistance row, and a congee-cooking goal with R hand weakness after stroke: passes (the × task is not counted).
        ["v2-h27-check-cross-ot-97530"] = new(
            """
            Monterey Park — OT ADL training 97530 — 25min   (√ = did, × = not did)
            Cut vegetables at counter in standing ........... √
            Carry pot sink → stove (2kg water) ............... √
            Reach to high cabinet ............................ ×
            Assist level (√ one): Indep × | SBA √ | CGA × | Min A ×
            Goal: cook congee for herself and husband safely again; R hand weak and clumsy after L MCA stroke.
            """,
            ["I69.331"], [OT("97530", 25)], []),

        // Glendale minutes grid with a "1:1 min" column (23 and 15) beside "Concurrent min" and "Group min" of 0: one-on-one, and minutes for each code that match; rocker/foam/head-turn tandem for R knee-ankle proprioception after TKA; leg press, step-ups, curls with doses; SLS and flexion degrees: passes.
        ["v2-h27-glendale-1to1-minutes-column"] = new(
            """
            GLENDALE SITE — Treatment minutes
            Code   | Service                | 1:1 min | Concurrent min | Group min
            97112  | Neuromuscular re-ed    | 23      | 0              | 0
            97110  | Therapeutic exercise   | 15      | 0              | 0
            NMR: Patient made weight shifting on rocker board, standing on foam with ball throws, tandem walking with head turns. Problem — poor proprioception of R knee and ankle after R TKA, balance reactions are late.
            TE: leg press 40 lb 3×12, step-ups 6" 3×10, standing hamstring curls 3 lb 3×12, for R quadriceps and hamstring weakness.
            Results: SLS R 6 s (L 18 s); R knee flexion 112°.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // The same grid with 97112 "1:1 min 0 | Concurrent min 22": the minutes were concurrent, not one-on-one (they still total the 22-minute line); beam walking, EC foam, pelvic perturbations; L ankle proprioception after ORIF; seconds and feet present.
        ["v2-h27-glendale-concurrent-minutes"] = new(
            """
            GLENDALE SITE — Treatment minutes
            Code   | Service               | 1:1 min | Concurrent min
            97112  | Neuromuscular re-ed   | 0       | 22
            NMR: Patient made walking on balance beam forward and backward, standing on foam with eyes closed, small perturbations from PT at pelvis.
            Problem — L ankle proprioception is poor after L ankle ORIF, patient loses balance on uneven ground.
            Results: SLS L on foam 5 s (was 2 s); beam 10 ft without step-off.
            """,
            ["S82.852D", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PD clinic's "Therapist : patient ratio [X] 1:1 [ ] 1:2 [ ] 1:3+" row is one-on-one; weight-shift gait initiation, transverse stripes, metronome doorway walking, stop–shift–step; freezing at doorways; freezes k of 10 and step length: passes.
        ["v2-h27-ratio-row-1to1"] = new(
            """
            Arroyo PD program — NMR 97112 — 24 min
            Therapist : patient ratio   [X] 1:1   [ ] 1:2   [ ] 1:3+
            Cueing used:   [X] visual   [X] auditory   [ ] tactile   [X] attentional
            Gait initiation w/ lateral weight shift before first step; stepping over transverse floor stripes 55 cm apart; walking through a narrowed doorway set-up to metronome 100 bpm; "stop–shift–step" strategy when a freeze starts.
            Freezing of gait at doorways and turns, short shuffling steps (PD, wearing-off in the afternoon).
            Doorway trials: 3 freezes in 10 (6 in 10 at IE); step length 46 cm w/ stripes, 38 cm w/o.
            """,
            ["G20.A2"], [PT("97112", 24)], []),

        // The same row with "[X] 1:2" ticked: two patients to one PT, not one-on-one; heel-to-shin tracing on a floor ladder, paced target stepping, weighted-belt tandem; LE dysmetria and gait ataxia; target hits and tandem steps present.
        ["v2-h27-ratio-row-1to2"] = new(
            """
            Arroyo MS program — NMR 97112 — 22 min
            Therapist : patient ratio   [ ] 1:1   [X] 1:2   [ ] 1:3+
            Heel-to-shin tracing along a floor ladder in sitting → standing; stepping to numbered floor targets at slow then fast pace; tandem walk w/ 1 kg weighted belt.
            LE dysmetria and gait ataxia R > L (MS).
            Floor targets hit 7/10 R, 9/10 L; tandem 8 steps before step-off.
            """,
            ["R27.0", "R26.0"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // McKenzie repeated-movement table for 97110 with its effect legend (C / P / NE / B / W): EIL, EIL hips off-centre, EIS and SGIS with sets × reps; L4/5 derangement with R buttock/thigh pain; fingertip-to-floor cm: passes.
        ["v2-h27-mdt-effect-columns-97110"] = new(
            """
            Golden State Spine & Manual Therapy — MDT follow-up — 97110 — 18 min
            Effect legend: C = centralises · P = peripheralises · NE = no effect · B = better · W = worse
            Movement                        | Sets × reps   | During | After
            EIL (prone press-up)            | 3 × 10        | C      | B
            EIL w/ hips off-centre to L     | 2 × 10        | C      | B
            EIS (standing back-bend)        | 2 × 10        | NE     | NE
            SGIS R (side glide in standing) | 2 × 10        | P      | W  → stopped
            Classification: derangement, L4/5, R buttock and posterior thigh pain, directional preference extension.
            Fingertip-to-floor 31 cm (42 cm last visit); pain now buttock only, no thigh.
            """,
            ["M54.41"], [PT("97110", 18)], []),

        // Tagalog-speaking PTA's gait form with an assistance scale marked "CGA ◄ this": the assistance level is the measure; quad-cane gait on tile and ramp with heel-strike cues; antalgic gait and R quad weakness after TKA: passes.
        ["v2-h27-assist-scale-marked-97116"] = new(
            """
            DALY CITY — PTA Gait Training 97116 — 15 mins
            Device: small-base quad cane (L hand)      Surface: level tile + clinic ramp
            Assist:  Indep  |  Mod I  |  SBA  |  CGA ◄ this  |  Min A  |  Mod A
            Tx given: gait training w/ quad cane, 2-point pattern, cues for R heel strike and longer L step; ramp up/down w/ cane first.
            Pt still with antalgic gait and R quad weakness s/p R TKA, knee flexed in stance.
            """,
            ["Z96.651"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs as techniques

        // Spine group: Mulligan SMWLM at L5/S1 and BLR with sets and reps, for R lumbosacral pain with limited SLR; SLR degrees before and after: 97140 passes.
        ["v3-h27-mulligan-smwlm-blr"] = new(
            """
            GOLDEN STATE SPINE & MANUAL THERAPY — Oakland
            97140 MT — 12 min
            Mulligan SMWLM (spinal mobilisation w/ leg movement) L5/S1: transverse glide on L5 spinous + active R SLR w/ belt, 3 × 6.
            Mulligan BLR (bent leg raise) R, 3 × 5, painfree into flexion/abduction.
            For R lumbosacral pain w/ limited R SLR (posterior thigh pull).
            SLR R 48° → 62° post-tx; sit-to-stand without R buttock pain.
            """,
            ["M54.41"], [PT("97140", 12)], []),

        // Kaltenborn grade III distraction and posterior glide at the L hip with bouts, for a capsular pattern in hip OA; flexion and IR degrees: 97140 passes.
        ["v3-h27-kaltenborn-hip"] = new(
            """
            Spine & MT group — L hip — 97140 — 10 min
            Kaltenborn Gr III lateral distraction in resting position, 3 × 60 s; Gr III posterior glide in flexion per convex rule, 3 × 45 s.
            L hip OA w/ capsular pattern (IR > flex > abd), stiff end-feel.
            Post: L hip flex 96° → 104°, IR 12° → 18°.
            """,
            ["M16.12"], [PT("97140", 10)], []),

        // Greenman muscle energy for a R anterior innominate (supine-to-long-sit sign) with isometric rounds, plus a prone sacral rock with holds; ASLR score and leg-length difference: 97140 passes.
        ["v3-h27-greenman-met-innominate"] = new(
            """
            97140 — 12 min — Manual therapy (Golden State Spine)
            Greenman MET for R anterior innominate: supine, R hip flexed to barrier, pt pushes hip into extension 5 s × 4 rounds, new barrier each round; then sacral rock in prone 2 × 30 s.
            Findings pre: supine-to-long-sit R leg long → short (anterior innominate R); R SIJ pain on sitting.
            Post: ASLR score 3 → 1; supine leg-length difference 8 mm → 2 mm.
            """,
            ["M99.04", "M54.50"], [PT("97140", 12)], []),

        // OT, MS: Arm Ability Training (Platz) with its eight speed-accuracy tasks, "private OT slot (1 OT : 1 pt)"; R UE intention tremor and fine-motor speed/accuracy; hits and coins per 30 s: passes.
        ["v3-h27-arm-ability-training-ot"] = new(
            """
            Arroyo MS program — OT — 97112 — 25 min — private OT slot (1 OT : 1 pt), OT with pt throughout
            Arm Ability Training (Platz), R UE, 8 tasks: aiming at dot targets, tracing mazes, crossing out small circles, placing pegs, turning coins, dragging a nut along a bolt, picking up paper clips, tapping two targets; each at max speed w/ accuracy feedback.
            R UE intention tremor and ↓ fine-motor speed and accuracy (MS), drops utensils.
            Aiming 41 targets hit / 30 s (29 at IE); coins turned 12 / 30 s.
            """,
            ["R27.8", "R25.1"], [OT("97112", 25)], []),

        // SEAS (Scientific Exercise Approach to Scoliosis) self-correction held through stabilisation tasks with sets, reps and holds; adult degenerative thoracolumbar curve with trunk shift; scoliometer degrees and plumb-line cm: 97110 passes.
        ["v3-h27-seas-scoliosis-97110"] = new(
            """
            Golden State Spine — 97110 TE — 20 min
            SEAS (Scientific Exercise Approach to Scoliosis): active 3-D self-correction in sitting, then held during stabilisation tasks — 4-point kneel arm lift 3 × 8, sit-to-stand 2 × 10, single-leg stance 3 × 20 s, lunge w/ self-correction 2 × 8, wall slide 2 × 10.
            Adult degenerative scoliosis, R thoracolumbar curve, trunk shift to L w/ fatigue on standing.
            Scoliometer ATR T12 9° → 7° w/ self-correction; plumb line from C7 2.5 cm L of gluteal cleft (4 cm at IE).
            """,
            ["M41.9"], [PT("97110", 20)], []),

        // Cyriax deep transverse friction to the R ECRB origin in bouts, then Mills' manipulation; R lateral elbow tendinopathy; pain-free grip kg: 97140 passes.
        ["v3-h27-cyriax-friction-mills"] = new(
            """
            Golden State Spine — R elbow — 97140 — 10 min
            Cyriax deep transverse friction to R ECRB origin, elbow flexed / forearm supinated, 3 × 90 s; followed by Mills' manipulation × 1.
            R lateral elbow tendinopathy, pain on resisted wrist extension and gripping a pan.
            Pain-free grip R 14 kg → 19 kg (L 31 kg).
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // Daly City: a modified tinikling stepping drill (poles still, then slowly opened/closed) for a parish-fiesta dance goal after L TKA; CGA → SBA and 8 of 10 cycles: 97530 passes.
        ["v3-h27-tinikling-97530"] = new(
            """
            Daly City — PT — Ther Activity 97530 — 20 mins
            Modified tinikling stepping drill: bamboo poles on the floor held still, pt steps in-out-in sideways to "1-2-3" count, then poles slowly opened/closed by PT aide; forward/back variation; carrying a fan in R hand for the dance.
            Goal: to dance the tinikling w/ her apo during the parish fiesta in May (s/p L TKA, L knee still stiff, slow to clear the poles).
            CGA first 2 rounds → SBA; 8 of 10 cycles w/o touching the poles.
            """,
            ["Z96.652"], [PT("97530", 20)], []),

        // PWR!Moves (PWR!Up, Rock, Twist, Step) in quadruped and standing, "one-on-one w/ PT", for axial rigidity, hypokinesia and weight shifting — but not one number: measure missing.
        ["v3-h27-pwr-moves-no-number"] = new(
            """
            Arroyo PD program — NMR 97112 — 23 min — one-on-one w/ PT
            PWR!Moves: PWR!Up (antigravity extension), PWR!Rock (weight shift), PWR!Twist (axial rotation), PWR!Step (large-amplitude stepping) in quadruped, then in standing; PT cues for maximal effort and full range.
            For axial rigidity, hypokinesia and reduced weight shifting during turns (PD).
            Pt moved bigger by end of session; spouse to video the moves for home.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Korean site: Biodex Balance System SD training (platform level, on-screen weight-shift targets, maze game, EC static trial) with "therapist with only this patient" and numbers, but no impairment, system or goal: deficit missing.
        ["v3-h27-biodex-no-deficit"] = new(
            """
            Koreatown site — NMR 97112 — 20min — therapist with only this patient
            Biodex Balance System SD: dynamic platform, level 8 → 6; weight shift to 8 targets on screen, maze game twice; eyes closed static trial on firm platform.
            Overall stability index 2.8 → 1.9. Maze game time 62 s → 49 s.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // SPARX-style high-intensity treadmill walking with speeds, bouts, distance and SBA, but no impairment, region or goal anywhere: deficit missing on 97116.
        ["v3-h27-sparx-treadmill-no-deficit"] = new(
            """
            Arroyo PD program — 97116 — 22 min
            SPARX-style high-intensity treadmill walking: 3 bouts at 2.6 → 2.9 mph, 0% grade, overhead harness for safety only, HR kept at 80–85% of max.
            Total 1,950 ft; no LOB; SBA on and off the belt.
            """,
            ["G20.A1"], [PT("97116", 22)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // PD: Pisa syndrome stated as the finding (lateral trunk flexion 15°, leans further walking, loses balance to L on turns); mirror/plumb-line midline training and weight shifts onto a scale; "1 pt / 1 PT"; degrees and % BW: passes.
        ["v4-h27-pisa-syndrome-finding"] = new(
            """
            Arroyo PD program — NMR 97112 — 24 min — 1 pt / 1 PT, neuro room closed to others
            Finding: Pisa syndrome — lateral trunk flexion to L 15° in quiet standing, leans further when walking; loses balance to L on turns.
            Tx: midline training w/ vertical tape line on mirror + plumb line; tactile cue at L flank; lateral weight shifts onto R over a bathroom scale; walking w/ R hand trailing the wall, then free.
            Trunk lateral flexion 15° → 8° w/ cue (inclinometer at T1); weight on R 42% → 49% BW.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // PD: the sequence effect as the finding (toe-tap amplitude decays, step length shrinks over 10 m, festination); stripe amplitude training, count-in, backward stepping, wide-arc turns; individually and hands-on; step lengths: passes.
        ["v4-h27-sequence-effect-finding"] = new(
            """
            Arroyo PD program — 97112 NMR — 22 min — seen individually, PT hands-on throughout
            O/E: sequence effect — toe tapping amplitude decays after 8 taps; in the hallway step length shrinks from 52 cm to 31 cm over 10 m, then festinates.
            Tx: amplitude training over floor stripes set at 55 cm; "big step" count-in 1-2-3 before each bout; backward stepping over stripes; turns w/ wide arc.
            Step length at end of 10 m: 47 cm w/ stripes, 40 cm w/o (31 cm pre-tx).
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // MS: a R INO with oscillopsia on head turns and veering as the finding; X1 viewing, eye-then-head refixation, target-fixed walking; "PT with this one pt only"; DVA lines and DGI: passes.
        ["v4-h27-ino-oscillopsia-finding"] = new(
            """
            Arroyo MS program — 97112 — 20 min — PT with this one pt only
            Exam: R INO (adduction lag R eye, abducting nystagmus L eye on L gaze); oscillopsia w/ quick head turns, veers when looking side to side while walking.
            Tx: X1 viewing slow → moderate yaw, seated then standing; eye-then-head refixation between 2 targets; walking w/ gaze fixed on a target while turning the head.
            DVA 4-line loss → 3-line; DGI 16/24 (13/24 at IE).
            """,
            ["H51.21", "R26.89"], [PT("97112", 20)], []),

        // OT sensory re-education after stroke: graphesthesia 2/10, 2-pt discrimination 11 mm and astereognosis as the somatosensory finding; vision-occluded texture grading and rice-bin object finding; "OT one-on-one, only this patient in room"; object-ID count: passes.
        ["v4-h27-graphesthesia-astereognosis-ot"] = new(
            """
            OT — Koreatown site — 97112 sensory re-education — 25min — OT one-on-one, only this patient in room
            Finding: R hand graphesthesia 2/10, 2-pt discrimination index pad 11 mm, cannot tell key from coin without looking (astereognosis).
            Tx: graded texture discrimination (sandpaper grits, fabrics) with vision occluded; find and name objects in rice bin without looking, then check with eyes.
            Object identification 4/10 (1/10 at IE).
            """,
            ["I69.398", "R20.8"], [OT("97112", 25)], []),

        // Vietnamese-speaking PT: R knee kinesthesia threshold (9° vs 3°) after TKA as the finding; EC rocker shifts, EC foam mini-squats, joint repositioning to 45° with sets; "therapist with this patient only whole time"; repositioning error: passes.
        ["v4-h27-tka-kinesthesia-finding"] = new(
            """
            Westminster site — 97112 — 23 minute — therapist with this patient only whole time
            Finding: R knee kinesthesia poor — detect passive movement at 9° (L side 3°), patient look at knee when walk.
            Tx: weight shift on rocker board eye close; mini squat on foam eye close; knee joint reposition to 45° with eye close, therapist check with goniometer, 3 set 10 time.
            Joint reposition error 7° → 4°.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23)], []),

        // Spine group: R Bragard's sign (SLR 40° reproducing posterior thigh pain, worse with ankle DF) as the finding; PT-applied sciatic sliders and L5/S1 UPA with reps and bouts; SLR degrees: 97140 passes.
        ["v4-h27-bragard-finding-97140"] = new(
            """
            Golden State Spine — 97140 — 11 min
            O/E: SLR R 40° reproduces posterior thigh pain, ↑ w/ added ankle DF (Bragard's +); L SLR 75° clear.
            Tx: PT-applied sciatic nerve sliders supine (hip flex w/ knee ext + ankle PF, alternating), 3 × 10; L5/S1 R UPA gr III, 3 × 45 s.
            Post: SLR R 54° before symptoms.
            """,
            ["M54.41"], [PT("97140", 11)], []),

        // Spine group: PPIVM hypomobility (↓ R side-flexion L3/4, firm end-feel) with familiar pain on CPA as the finding; Maitland UPA and rotation mobs with bouts; side-flexion cm: 97140 passes.
        ["v4-h27-ppivm-hypomobile-97140"] = new(
            """
            Golden State Spine — MT 97140 — 10 min
            PPIVM: ↓ R side-flexion L3/4, firm end-feel; CPA L3 reproduces familiar R low back ache.
            Maitland R UPA L3/4 gr IV- 3 × 60 s; lumbar rotation mob in L side-lying gr III 3 × 30 s.
            AROM R side-flex 14 cm → 18 cm fingertip slide down thigh.
            """,
            ["M54.50", "M99.03"], [PT("97140", 10)], []),

        // MS PTA gait: vaulting on the R and hip hiking to clear the L foot as the finding; gait training with a new posterior leaf-spring AFO and SPC, laps in feet, SBA; toe drags per lap: 97116 passes.
        ["v4-h27-vaulting-finding-97116"] = new(
            """
            MS program — PTA — 97116 gait — 16 min
            Observed: vaults on R (early heel rise) and hikes L hip to clear L foot in swing; L toe drag on carpet.
            Gait trng w/ new L posterior leaf-spring AFO + SPC: 3 × 120 ft on tile and carpet, cues for L knee flexion and R heel down; SBA.
            L toe drags once per lap w/ AFO (every few steps without).
            """,
            ["R26.89", "M21.372"], [PTA("97116", 16)], []),

        // Mandarin-speaking PT: "Assessment: today no obvious impairment found" is the only statement of a target on a one-to-one NMR with EC foam, push-and-step reactions and obstacle stepping, with numbers: deficit missing.
        ["v4-h27-no-obvious-impairment-97112"] = new(
            """
            San Gabriel site — 97112 NMR 20min, therapist and patient one to one whole time
            Exercise: stand on foam eyes close 3 groups × 30s; therapist push from front and back, patient step to recover; walk and step over small obstacle 10 times.
            Assessment: today no obvious impairment found.
            Result: foam eyes close 30s no loss of balance; step over obstacle 10/10 no touch.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Armenian-speaking PT's 97110 with doses (bike level, sit-to-stand, step-ups, wall push-ups, marching) and "Impairment: N/A", no region, impairment or goal anywhere: deficit missing.
        ["v4-h27-97110-impairment-na"] = new(
            """
            Glendale site — 97110 — 15 min
            Recumbent bike level 4 warm-up; sit-to-stand 3 × 10; step-ups 6" 2 × 10; wall push-ups 2 × 12; marching in place 2 × 20.
            Impairment: N/A.
            Patient made all exercises with good form.
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // MS: Six-Spot Step Test seconds as the measure; cone-grid stepping, block pushing, foam tandem; "individual session, one PT and this pt"; ataxic foot placement: passes.
        ["v5-h27-six-spot-step-test"] = new(
            """
            Arroyo MS program — NMR 97112 — 22 min — individual session, one PT and this pt
            Grid stepping over low cones (fwd, sideways, cross-over), pushing foam blocks out of circles w/ the inside of the foot, tandem on foam mat w/ head still then turning.
            Gait ataxia w/ poor L foot placement and clearance; loses balance on cross-over steps.
            Six-Spot Step Test 11.8 s (14.5 s at IE); tandem on foam 7 steps.
            """,
            ["R26.0", "R27.0"], [PT("97112", 22)], []),

        // PD PTA gait to a metronome: cadence in steps/min and stride length in metres are measures, not minutes; "97116 — 20 min" is the only time and matches: passes.
        ["v5-h27-cadence-steps-per-minute"] = new(
            """
            Arroyo PD program — PTA — 97116 — 20 min
            Treadmill then overground walking to metronome set 10% above preferred cadence, cues "heel first, long step"; 4 bouts overground 200 ft each, SBA.
            Short shuffling steps, ↓ heel strike B (PD).
            Cadence 96 → 108 steps/min w/ metronome; stride length 0.92 m → 1.04 m; 10MWT 1.02 m/s.
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 20)], []),

        // PD: 360° turn test steps and seconds each way as the measure (and TUG); floor-clock turns, counted wide U-turns, kitchen mock-up turns with a cup; turning hesitation and en bloc turns; "solo appointment … no overlapping pt": passes.
        ["v5-h27-360-turn-test"] = new(
            """
            Arroyo PD program — NMR 97112 — 25 min — solo appointment: PT hands-on w/ this pt, no overlapping pt
            Turning strategy practice: clock-turn (stepping to 12-3-6-9 on a floor clock) both directions; wide-arc U-turns around a cone w/ count "1-2-3-4"; turning in a narrow kitchen mock-up w/ a cup in hand.
            Turning hesitation and en bloc turns w/ ↑ step count, 2 near-falls turning at home (PD).
            360° turn test: L 9 steps / 4.1 s, R 7 steps / 3.2 s (L 13 steps / 6.0 s at IE); TUG 11.4 s.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // OT, PD: Functional Dexterity Test seconds as the measure; coin translation, card flipping, finger-extension flicks, putty pinch with doses; R hand bradykinesia and dexterity: 97110 passes.
        ["v5-h27-functional-dexterity-test-ot"] = new(
            """
            OT — Arroyo PD program — 97110 — 18 min
            Coin translation palm → fingertips 3 × 10; flipping playing cards 2 × 20; large-amplitude finger extension flicks 3 × 10; putty pinch 2 × 15.
            R hand bradykinesia, ↓ dexterity for buttons and pill bottles (PD).
            Functional Dexterity Test R 46 s, no penalties (61 s at IE).
            """,
            ["G20.A1"], [OT("97110", 18)], []),

        // Spine group: modified Schober cm, dual-inclinometer flexion degrees and walking distance before leg symptoms as measures; flexion-biased exercises with doses; lumbar stenosis with neurogenic claudication: 97110 passes.
        ["v5-h27-schober-walking-distance-97110"] = new(
            """
            Golden State Spine — 97110 — 15 min
            Flexion-biased program: double knee-to-chest 3 × 10 w/ 5 s hold, posterior pelvic tilt 2 × 15, cat-camel 2 × 10, seated flexion w/ ball roll-out 2 × 10, recumbent stepper in flexed posture.
            Lumbar stenosis w/ neurogenic claudication (B calf heaviness walking > 1 block).
            Modified Schober 3.1 cm → 4.0 cm; dual-inclinometer lumbar flexion 34°; walks 650 ft before leg symptoms (400 ft at IE).
            """,
            ["M48.062"], [PT("97110", 15)], []),

        // Korean site: floor-to-stand time (the patient eats and sleeps on the floor) as the 97530 measure; cushion → half-kneel → stand, low-table reaching, floor transfers; floor-table goal after TKA: passes.
        ["v5-h27-floor-to-stand-time-97530"] = new(
            """
            K-town site — 97530 — 20min
            Patient eat and sleep on floor at home (floor mattress), so practice: sit on floor cushion → half kneel → stand with one hand on low table; reach to items on low table from cross-leg sitting; lower down to floor and get up again, 6 time.
            Goal: get up from floor table after meal without daughter lifting (R TKA 10 week).
            Floor to stand 16.2s with one hand support (IE: could not without 2 person help).
            """,
            ["Z96.651"], [PT("97530", 20)], []),

        // Tagalog-speaking PT's gait note: quad-cane gait on level and stairs, L hemiparetic gait — but "Pt was able to ambulate farther already vs last tx, less cues needed" has no distance, assistance level or number: measure missing.
        ["v5-h27-farther-already-no-number-97116"] = new(
            """
            Daly City — PT — Gait training 97116 — 15 mins
            Gait training w/ quad cane on level surface and clinic stairs w/ rail, step-to pattern; cues for L knee control and L foot clearance.
            Pt still with L hemiparetic gait, L knee hyperextends in stance.
            Pt was able to ambulate farther already vs last tx, less cues needed. Pt's son was instructed on guarding.
            """,
            ["I69.354"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Korean-speaking PT: head-turn walking, X1 on a pillow, habituation; vestibular neuritis dizziness; "only this patient with therapist, whole time" — but "Balance is better than last time, patient say" is the only result: measure missing.
        ["v5-h27-better-patient-say-97112"] = new(
            """
            K-town site — NMR 97112 22min — only this patient with therapist, whole time
            Content: head turn walking in hallway; X1 exercise standing on pillow; habituation — bend down and up, turn in bed both side.
            Patient have dizziness with head move after vestibular neuritis, Lt side weak.
            Balance is better than last time, patient say. Dizziness less.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Armenian-speaking PT's manual therapy: C5/6 R UPA mobilization, suboccipital release, STM of trapezius/levator for neck stiffness, no grade, dose or number ("movement is more free"); the segment numbers are not measures: measure missing.
        ["v5-h27-segments-not-measures-97140"] = new(
            """
            Glendale site — MT 97140 — 12 min
            Mobilization C5/6 R UPA, suboccipital release, soft tissue mobilization of R upper trapezius and levator scapulae.
            Patient complains on stiffness of neck and pain when turns head to R while driving.
            After mobilization movement is more free, patient says pain is less.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // PD NMR whose only numbers are the medication dose and schedule (carbidopa-levodopa 25/100 at 0700 and 1100) and the next visit date: measure missing; reactive stepping, wide turns, freeze-breaking; reactive postural control; "PT and pt alone".
        ["v5-h27-med-dose-not-measure-97112"] = new(
            """
            Arroyo PD program — NMR 97112 — 20 min — PT and pt alone, closed room
            Meds: carbidopa-levodopa 25/100, 1 tab at 0700 and 1100; seen ON.
            Tx: reactive stepping to PT releases from lean (fwd/back/lateral); turning practice around a chair w/ wide arc; stepping over a line to break a freeze.
            Deficit: ↓ reactive postural control, freezing when turning.
            Next visit 3/9.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Filipino hospital-style 24-hour times with an "H" ("0930H–0953H" NMR, "0953H–1008H" TE): 23 and 15 minutes, both match; "Ratio for NMR: 1 PT : 1 pt"; PNF/foam/perturbations and TE with doses; proprioception and glute med grade; seconds: passes.
        ["v6-h27-filipino-h-suffix-times"] = new(
            """
            Daly City — PT Daily Note — Ratio for NMR: 1 PT : 1 pt
            0930H–0953H  NMR (97112): PNF D1 extension L LE w/ rhythmic stabilization in standing; semi-tandem on foam w/ EC; PT perturbations at pelvis during stepping.
            0953H–1008H  TE (97110): bridging 3 x 10, side-lying hip abd 2 x 12, terminal knee ext w/ band 3 x 10.
            Pt still with ↓ L LE proprioception and delayed balance reactions (L hemiparesis s/p R MCA CVA); L hip abductor weakness 3+/5.
            Semi-tandem on foam EC x 10 secs (4 secs last tx).
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], []),

        // Mandarin-speaking PT's tilde ranges ("9:30~9:53" 97112, "9:53~10:08" 97110): 23 and 15, both match; one-to-one; foam head turns, push reactions, beam walking; strength sets; ankle/hip strategy and extensor weakness; steps and 5xSTS: passes.
        ["v6-h27-tilde-time-ranges"] = new(
            """
            San Gabriel site — PT record
            9:30~9:53  97112 balance training, therapist and patient one-to-one: standing on foam pad head turn left-right 3 groups × 30s; step forward/backward react to therapist push; walk on balance beam 5 times.
            9:53~10:08  97110 strength: sit-to-stand 3 groups × 10 times; step-up 15cm 3 groups × 10; bridge 2 groups × 15.
            Problem: poor ankle and hip strategy, slow reaction to backward push; bilateral hip and knee extensors weak 4-/5.
            Backward push: 3 step to recover (last time 5); 5xSTS 15.2s.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Vietnamese-speaking PT's minutes in the singular ("15 minute", "20 minute"): both match; walker gait with distances and contact guard; bed/car transfers and reacher pick-ups, min A → CGA; hip fracture, Bolsa-market goal: passes.
        ["v6-h27-minute-singular-gt-ta"] = new(
            """
            Westminster site — PT note
            Gait training 97116 — 15 minute: walk with front-wheel walker 2 time 150 feet, contact guard, teach long step and heel strike left; turn around slow.
            Therapeutic activity 97530 — 20 minute: bed to chair transfer 5 time, car transfer with car simulator 3 time, pick up object from floor with reacher; min assist → contact guard.
            Problem: left hip fracture after fall, left leg weak, step short on left.
            Goal: go to Bolsa market with daughter, get in and out of car by self.
            """,
            ["S72.142D", "R26.89"], [PT("97116", 15), PT("97530", 20)], []),

        // Korean-speaking PT writes code and minutes together ("97140(10min)", "97110(18min)"): both match; C1/2 SNAG and thoracic PA mobs with sets; DNF and scapular exercises with doses; neck pain/headache and DNF weakness; degrees: passes.
        ["v6-h27-code-paren-minutes"] = new(
            """
            K-town site — PT daily
            97140(10min) Manual: C1/2 Rt rotation SNAG with belt 3 set × 6; upper thoracic PA mobilization T2–T5 gr III 3 × 30s.
            97110(18min) Exercise: chin tuck with head lift 10s hold × 10; prone Y-T-W 2 set × 10; band row 3 set × 12.
            Patient have neck pain and headache Rt side, neck rotation limited, deep neck flexor weak.
            Flexion-rotation test Rt 26° → 36°. Cervical rotation Rt 55° → 64°.
            """,
            ["M54.2", "R51.9"], [PT("97140", 10), PT("97110", 18)], []),

        // Armenian-speaking PT: "was made during 23 minutes, individually, therapist with patient the whole time" and "were made during 15 minutes": both match; foam/perturbation/tandem NMR and TE with doses; postural control and hip/quad weakness; tandem steps and Berg: passes.
        ["v6-h27-during-n-minutes"] = new(
            """
            Glendale site — PT note
            Neuromuscular re-education (97112) was made during 23 minutes, individually, therapist with patient the whole time: standing on foam with eyes closed and head turns, stepping reactions to perturbations from PT at shoulders, tandem walking on a line.
            Therapeutic exercises (97110) were made during 15 minutes: seated knee extension 3 lb 3×12, standing hip abduction with band 3×10, heel raises 2×15.
            Problems: impaired postural control and delayed stepping reaction; weakness of B hip abductors and quadriceps 4-/5. Patient has fear to fall in the church during long standing.
            Tandem walk 12 steps without step-off (was 5); Berg 47/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Spine group: untimed 97012 mechanical traction with its own minutes beside its code, and one timed code (97140, 10 min, matches): Elvey lateral glide, median nerve slider, scalene STM; R C6 radiculopathy; ULNT1 degrees: passes.
        ["v6-h27-traction-97012-beside-97140"] = new(
            """
            Golden State Spine — Cervical radiculopathy R C6
            97012 mechanical cervical traction, supine, 20° flexion, 12 lb static → 15 lb, 12 min.
            97140 MT 10 min: R C5/6 lateral glide (Elvey) gr III 3 × 45 s; upper-limb nerve slider for median nerve 2 × 10; STM R scalenes.
            R C6 radicular arm pain to thumb, ↓ R biceps reflex; ULNT1 R elbow ext −35° → −20°.
            """,
            ["M54.12"], [PT("97012", 12), PT("97140", 10)], []),

        // Tagalog-speaking PT on a single 97112: "NMR x 30 mins" against a 22-minute line: mismatch (content and "handled by this PT only all throughout" complete).
        ["v6-h27-tagalog-30-vs-22"] = new(
            """
            Daly City — PT Daily Note
            NMR x 30 mins. Pt was handled by this PT only all throughout; no other pt.
            Tx given: reactive stepping to PT pushes at the sternum and back; standing on half foam roller w/ ball toss; figure-8 walking around cones w/ head turns.
            Pt still with delayed protective stepping backward and poor postural control on turns (Parkinson's).
            Pt was able to recover w/ 2 steps backward vs 4 steps last tx; figure-8 x 3 laps w/o LOB.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Vietnamese-speaking PT: "Gait 97116 — 25 minute" against a 15-minute line (TE "15 minute" matches): mismatch on 97116; both sections complete.
        ["v6-h27-vietnamese-gait-25-vs-15"] = new(
            """
            Westminster site — PT note
            Therapeutic exercise 97110 — 15 minute: quad set 10 time × 3, straight leg raise 3 × 10, heel slide 3 × 10, mini squat 2 × 10.
            Gait 97116 — 25 minute: walk with cane 3 time 100 feet, teach step-through and heel strike right, stand-by assist.
            Problem: right knee weak and stiff after right TKA 6 week, flexion 98°, walk with limp.
            """,
            ["Z96.651"], [PT("97110", 15), PT("97116", 15)], [At(Mismatch, "97116")]),

        // Korean-speaking PT's tilde ranges: "14:00~14:10 MT (97140)" is 10 minutes against a 20-minute line; "14:10~14:25 Exercise (97110)" is 15 and matches: mismatch on 97140.
        ["v6-h27-korean-tilde-mt-mismatch"] = new(
            """
            K-town site — PT daily
            14:00~14:10 MT (97140): Lt shoulder posterior glide gr III 3 × 30s, inferior glide gr III 3 × 30s, STM Lt infraspinatus.
            14:10~14:25 Exercise (97110): pulley flexion 2 × 15, wand ER 3 × 10, sleeper stretch 30s × 3.
            Patient have Lt frozen shoulder, ER and IR limited, cannot reach back pocket.
            Lt shoulder ER 28° → 35°, flexion 125°.
            """,
            ["M75.02"], [PT("97140", 20), PT("97110", 15)], [At(Mismatch, "97140")]),

        // Mandarin-speaking PT's total only ("Today total 33min: manual therapy and exercise") for 97140 10 and 97110 23; both sections complete: separate time missing.
        ["v6-h27-mandarin-total-only"] = new(
            """
            San Gabriel site — PT record
            Today total 33min: manual therapy and exercise.
            Manual therapy: R knee tibiofemoral AP glide gr III 3 groups × 30s, patella mobilization all directions 2 groups × 30s.
            Exercise: straight leg raise with 1kg 3 groups × 10 times, wall squat 3 groups × 10s hold, stationary bike.
            Problem: R knee OA, flexion stiff, quadriceps weak, stairs difficult.
            R knee flexion 105° → 112°; 5 steps up/down with one rail.
            """,
            ["M17.11"], [PT("97140", 10), PT("97110", 23)], [SepTime]),

        // Armenian-speaking PT: "Gait training (97116) was made during 15 minutes" but the therapeutic activity section has no minutes (97116 15 + 97530 20): separate time missing.
        ["v6-h27-armenian-one-of-two-minutes"] = new(
            """
            Glendale site — PT note
            Gait training (97116) was made during 15 minutes: walking with rollator in hallway 3 × 100 ft, then outside on sidewalk and curb, stand-by assist; cues for upright posture.
            Therapeutic activity (97530): getting up from low sofa 5 times, carrying a tray with tea cups from kitchen to table 4 times, picking up objects from floor with reacher; min assist → SBA.
            Problems: L hip weakness after L THA, short step on R, slow gait. Goal: serve tea to guests at home without help.
            """,
            ["Z96.642"], [PT("97116", 15), PT("97530", 20)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a PD visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h27-empty-pd-nmr-gait"] = new(
            "",
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on a spine visit with G0283 (untimed, no documentation profile) and 97140: DOC_NOTE_MISSING on 97140 only.
        ["v7-h27-empty-estim-and-mt"] = new(
            "",
            ["M54.50"], [PT("G0283", 15), PT("97140", 12)], [At(NoteMissing, "97140")]),

        // Tabs and line feeds only on an OT 97530 + 97110 visit sent with no diagnosis: DOC_NOTE_MISSING on both lines and the diagnosis check.
        ["v7-h27-whitespace-ot-no-dx"] = new(
            "\t\n\t\n",
            [], [OT("97530", 20), OT("97110", 15)], [At(NoteMissing, "97530"), At(NoteMissing, "97110"), Dx]),

        // 97140 by Jones strain-counterstrain: positions of ease held 90 s × 2 at two tender points are the parameter; L anterior hip/buttock region: passes.
        ["v7-h27-97140-counterstrain-holds"] = new(
            """
            Golden State Spine — 97140 — 10 min
            Strain-counterstrain (Jones): L iliacus tender point, position of ease in hip flex/ER, held 90 s × 2; L piriformis tender point, prone hip ext/abd/ER, held 90 s × 2; slow return to neutral.
            L anterior hip and buttock myofascial pain w/ guarded L hip extension.
            """,
            ["M62.838"], [PT("97140", 10)], []),

        // 97116 on the BART escalator and station stairs with an SPC: the goal (ride BART alone to Sunday mass) is the target and "CGA → SBA" the measure: passes.
        ["v7-h27-97116-bart-escalator-goal"] = new(
            """
            Daly City — PT — Gait training 97116 — 20 mins
            Walked w/ SPC from clinic to Daly City BART station; practiced stepping on/off the escalator w/ R hand on the moving rail, then the station stairs w/ rail.
            CGA on the escalator → SBA on the stairs and level.
            Goal: to ride BART alone to her Sunday mass in the city.
            """,
            ["R26.89"], [PT("97116", 20)], []),

        // Tagalog-speaking PT: 97110 whose only target is a functional goal (lift and pack the balikbayan box for her family in Cebu), exercises with doses and loads: passes.
        ["v7-h27-97110-balikbayan-goal"] = new(
            """
            Daly City — PT — Ther Ex 97110 — 18 mins
            Squats to chair 3 x 10; deadlift w/ 10 lb kettlebell from step 3 x 8; farmer carry 8 lb each hand 4 x 40 ft; step-ups 6" 2 x 10.
            Goal: to be able to lift and pack the balikbayan box for her family in Cebu before December.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // Koreatown 97110: named L shoulder exercises (pendulum, wand, wall walk, scapular squeeze, towel stretch) for adhesive capsulitis, but no dose or number: measure missing.
        ["v7-h27-97110-shoulder-no-dose"] = new(
            """
            Koreatown site — 97110
            Exercise for Lt shoulder: pendulum, wand flexion and ER, finger wall walk, scapular squeeze, towel stretch behind back.
            Lt adhesive capsulitis, reaching overhead and behind back is limited.
            Patient do well.
            """,
            ["M75.02"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Vietnamese-speaking PT, wholly generic 97530 ("Patient do functional activity as plan. Tolerate good"): technique, generic, deficit and measure.
        ["v7-h27-vietnamese-generic-97530"] = new(
            "Patient do functional activity as plan. Tolerate good, no complain. Continue plan.",
            ["M62.81"], [PT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Armenian-speaking PT, wholly generic 97112 ("Balance exercises were made according to the plan. Patient tolerated well") with no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h27-armenian-generic-97112"] = new(
            "Balance exercises were made according to the plan. Patient tolerated well, without complaints. To continue.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Spine group, Maitland notation: MT 12 (L4 CPA IV−, L4/5 UPA III+ with P1/R1, rotation mobs, bouts) and TE 15 (press-ups, rocking, bird-dog, hinge with doses); L4/5 hypomobility and lumbopelvic control; extension degrees: passes.
        ["vord-h27-spine-maitland-lumbar-mt-te"] = new(
            """
            GOLDEN STATE SPINE & MANUAL THERAPY — Daily note — LBP
            97140 MT — 12 min: L4 CPA gr IV− 3 × 60 s; R UPA L4/5 gr III+ 3 × 45 s (P1 at mid-range, R1 near end); L4/5 R rotation in L side-lying gr IV 2 × 30 s.
            97110 TE — 15 min: prone press-ups 3 × 10; quadruped rocking 2 × 15; bird-dog 2 × 10 w/ 5 s hold; hip hinge w/ dowel 2 × 10.
            Central L4/5 pain w/ ↓ lumbar extension (hypomobile L4/5 on PAIVM); ↓ lumbopelvic control on lifting.
            Lumbar ext AROM 10° → 18°; ODI 34% (46% at IE).
            """,
            ["M54.50", "M99.03"], [PT("97140", 12), PT("97110", 15)], []),

        // Spine group: MT 10 (supine thoracic thrust T4–T6, rib glides with bouts) and TE 23 (foam-roll extension, open-books, prone T/Y, serratus slides, pull-aparts); stiff upper thoracic spine with R shoulder impingement; rotation degrees and painful arc: passes.
        ["vord-h27-spine-thoracic-thrust-te"] = new(
            """
            Golden State Spine — Thoracic / R shoulder — daily
            97140 — 10 min: supine thoracic thrust T4–T6 ("dog" technique), 2 thrusts w/ cavitation; R ribs 3–5 posterior glides gr III 2 × 30 s.
            97110 — 23 min: thoracic ext over foam roll 2 × 10; open-book rotations 2 × 10 each; prone T/Y w/ 1 lb 3 × 10; serratus wall slides 3 × 12; band pull-aparts 3 × 15.
            Stiff upper thoracic spine w/ R shoulder impingement (painful arc 80–120°), ↓ scapular upward rotation.
            Seated thoracic rotation R 38° → 47°; painful arc now 100–115°.
            """,
            ["M75.41", "M54.6"], [PT("97140", 10), PT("97110", 23)], []),

        // Spine group MDT: cervical retraction and retraction-extension with reps and sets, for a R-sided derangement with directional preference; centralised, degrees: 97110 passes.
        ["vord-h27-spine-mdt-cervical-97110"] = new(
            """
            Golden State Spine — MDT — 97110 — 16 min
            Cervical retraction in sitting 10 × 4 sets, last set w/ PT overpressure; retraction-extension 10 × 2; pt taught hourly retraction at the desk.
            Derangement, R-sided neck and medial scapular pain, directional preference retraction/extension.
            Symptoms centralised from R scapula to R lower neck; cervical ext 35° → 50°, R rot 60° → 70°.
            """,
            ["M54.2"], [PT("97110", 16)], []),

        // Spine group: MT 12 (posterior innominate MET, SIJ gapping with bouts) and TA 15 (crate lifts, carries, cart pushes with loads, bracing cues); R SIJ pain with a food-bank volunteer goal; loads and SBA: passes.
        ["vord-h27-spine-si-met-lifting"] = new(
            """
            Golden State Spine — R SIJ — daily
            97140 — 12 min: R posterior innominate MET (prone, hip ext against resistance) 5 s × 4; SIJ gapping in L side-lying gr III 3 × 30 s.
            97530 — 15 min: floor-to-waist lifting of a 15 lb crate w/ hip hinge 3 × 6; carrying the crate 40 ft × 4; pushing a loaded cart 100 ft × 3; cues to brace and avoid trunk rotation.
            R SIJ pain w/ lifting and stairs; goal: return to volunteer shifts at the food bank (lifting 20 lb boxes).
            Lifting 15 lb crate w/o pain, SBA; thigh thrust now negative.
            """,
            ["M99.04", "M54.50"], [PT("97140", 12), PT("97530", 15)], []),

        // PD: 97112 25 ("PT w/ this pt only, hands-on throughout"; lean-and-release, half-kneel transitions, foam rotation reaches) and 97116 15 (4WW with distances, wide-arc turns, SBA); postural instability and hypokinetic gait; Mini-BESTest and gait speed: passes.
        ["vord-h27-pd-nmr-gait"] = new(
            """
            Arroyo Movement Disorders & MS Rehab — PD follow-up (visit 8)
            97112 — 25 min — PT w/ this pt only, hands-on throughout: lean-and-release reactive stepping (fwd/back/lateral); half-kneel → stand transitions w/o UE; standing trunk rotation reaches on foam.
            97116 — 15 min: 4-wheeled walker w/ hand brakes, 4 × 150 ft incl. turns in a wide arc; cues "heel down, long step"; SBA.
            Postural instability w/ delayed compensatory steps; hypokinetic shuffling gait w/ ↓ heel strike (PD).
            Mini-BESTest 17/28 (14/28 at IE); gait speed 0.78 m/s.
            """,
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], []),

        // PD OT 97530: bed mobility in a model bedroom with "big" movements and a satin sheet; night-time bathroom goal; supine-to-sit seconds and SBA: passes.
        ["vord-h27-pd-ot-bed-mobility-97530"] = new(
            """
            Arroyo PD program — OT — 97530 — 23 min
            Bed mobility in the model bedroom: rolling w/ knee bend + reach across, side-lying → sit using "big" movements; getting in/out of bed under the covers (satin sheet); sit → stand from bed edge in night-light level lighting.
            Goal: get up to the bathroom at night without waking her husband (PD, stiffness in the evening).
            Supine → sit 14 s w/ satin sheet (26 s at IE); SBA, no cues on last 3 trials.
            """,
            ["G20.A1"], [OT("97530", 23)], []),

        // MS: 97112 22 ("PT with her alone, start to finish"; EC foam, head-turn tandem, paced target stepping) and 97110 15 (leg press, cuff hip flexion, calf raises with doses) after pre-cooling; somatosensory and timing deficits and L weakness; tandem seconds and FGA: passes.
        ["vord-h27-ms-nmr-te"] = new(
            """
            Arroyo MS program — PT daily (RRMS)
            Pre-cooled w/ cooling vest before the session (heat-sensitive).
            97112 — 22 min — PT with her alone, start to finish: standing on foam w/ EC; tandem walking w/ head turns; stepping to visual targets at varied speeds (timing).
            97110 — 15 min: seated leg press 3 × 10 @ 50 lb; standing hip flexion w/ 2 lb cuff 2 × 10 L; calf raises 2 × 15.
            ↓ somatosensory/proprioceptive input B feet, poor timing of stepping; L hip flexor + DF weakness (3+/5).
            Tandem EC 6 s (2 s at IE); FGA 18/30.
            """,
            ["R26.89", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // MS OT 97530: laundry and kitchen tasks with energy conservation (perching stool, sliding pots, batching); work-day goal with fatigue and standing balance; tasks, rests, SBA and LOB count: passes.
        ["vord-h27-ms-ot-energy-conservation-97530"] = new(
            """
            Arroyo MS program — OT — 97530 — 25 min
            Laundry & kitchen practice w/ energy conservation: sitting on a perching stool to fold laundry, sliding pots along the counter instead of carrying, planning rest breaks; unloading the dishwasher in 2 batches.
            Goal: do laundry and make dinner for her kids on a work day w/o crashing (MS fatigue, ↓ standing balance).
            Completed 4 tasks w/ 1 seated rest, SBA; 0 LOB.
            """,
            ["R53.83", "R26.89"], [OT("97530", 25)], []),

        // Tagalog-speaking PTA: TE 15 (quad sets, SLR, heel slides, flexion stretch with doses) and GT 12 (SPC distances, stairs, SBA/CGA); R knee stiffness and quad lag after TKA; "endorsed to PT for re-eval": passes.
        ["vord-h27-tagalog-pta-tka-te-gt"] = new(
            """
            Daly City — PTA Daily Note — R TKA wk 5
            TE 97110 x 15 mins: quad sets 10 x 5 secs hold; SLR 3 x 10; heel slides w/ strap 3 x 10; seated knee flexion stretch 5 x 20 secs.
            GT 97116 x 12 mins: amb w/ SPC 3 x 100 ft, SBA; stairs 8 steps w/ 1 rail, step-to, CGA.
            Pt still with R knee stiffness (flexion 98°) and quad lag 5°.
            Pt was able to do stairs already w/ 1 rail only.
            Endorsed to PT for re-eval next visit.
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 12)], []),

        // Vietnamese-speaking PT: MT 10 (posterior and inferior glides grade III with bouts, STM) and TE 15 (pulley, wand ER, side-lying ER, band retraction with doses); R shoulder stiffness after cuff repair with a high-shelf goal; degrees: passes.
        ["vord-h27-vietnamese-shoulder-mt-te"] = new(
            """
            Westminster site — PT note
            Manual 97140 — 10 minute: right shoulder posterior glide grade III 3 × 30 second, inferior glide grade III 3 × 30 second, soft tissue to infraspinatus.
            Exercise 97110 — 15 minute: pulley flexion 2 × 15, wand external rotation 3 × 10, sidelying ER 1 lb 3 × 10, scapular retraction with band 3 × 12.
            Problem: right shoulder stiff after rotator cuff repair 12 week, cannot reach high shelf in kitchen.
            Right shoulder flexion 128° → 136°, ER 40°.
            """,
            ["S46.011D"], [PT("97140", 10), PT("97110", 15)], []),

        // Korean-speaking PT: 97110 20 (leg press, TKE, banded side steps, bridges with loads and sets) and 97530 15 (church stairs, rice-bag carry, pew-height sit-to-stand); B knee OA with a Koreatown church and H Mart goal; stairs, SBA and chair stands: passes.
        ["vord-h27-korean-knee-oa-te-ta"] = new(
            """
            K-town site — PT daily
            97110 20min: leg press 3 set × 12 (30 kg); terminal knee ext with band 3 set × 15; side step with band 2 set × 10 meter; bridge 3 set × 10.
            97530 15min: stair up/down 12 step with one rail × 3, carry bag of rice 4 kg 10 meter × 3, get up from low church pew height chair × 5.
            Patient have Bt knee OA, quadriceps weak, knee pain when stair.
            Goal: climb stairs of church in Koreatown and carry groceries from H Mart.
            Stair 12 step one rail no rest, SBA; 30s chair stand 10.
            """,
            ["M17.0"], [PT("97110", 20), PT("97530", 15)], []),

        // Mandarin-speaking PT, residual dizziness after BPPV: X1 standing, head-turn walking, EC foam with "groups" as sets; "therapist and patient one to one"; unsteadiness with head movement and sway on foam; DGI and foam seconds: passes.
        ["vord-h27-mandarin-residual-dizziness-nmr"] = new(
            """
            San Gabriel site — 97112 vestibular rehab 20min — therapist and patient one to one
            History: R posterior canal BPPV, repositioned last week, Dix-Hallpike R today negative.
            Exercise: X1 gaze stability (look at card, head turn left-right) standing 3 groups × 30s; walking with head up-down turn 4 times 20 meter; standing on foam eyes close 3 groups × 20s.
            Problem: still dizzy and unsteady when fast head move, postural sway increase on foam.
            DGI 19/24 (16/24 last time); foam eyes close 20s no step.
            """,
            ["H81.11"], [PT("97112", 20)], []),

        // Armenian-speaking PT after a R intertrochanteric ORIF: GT 15 (SPC distances, ramp, SBA) and TE 18 (hip abduction, bridges, sit-to-stand, step-ups with doses); abductor weakness with Trendelenburg gait and a liturgy goal; gait speed: passes.
        ["vord-h27-armenian-hip-fx-gt-te"] = new(
            """
            Glendale site — PT note — R hip ORIF (intertrochanteric) wk 8
            Gait training 97116 — 15 min: walking with SPC in L hand 3 × 150 ft in hallway and on ramp, SBA; cues for equal step length and R hip extension in stance.
            Therapeutic exercise 97110 — 18 min: standing hip abduction with 2 lb 3×10, bridges 3×12, sit-to-stand from low chair 3×8, step-ups 4" 2×10.
            Problems: R hip abductor weakness 3+/5 with Trendelenburg gait, decreased endurance; goal to stand through the liturgy at church.
            Gait speed 0.86 m/s (0.61 at IE).
            """,
            ["S72.141D"], [PT("97116", 15), PT("97110", 18)], []),

        // Tagalog OT hand clinic after a R Colles fracture: 97140 10 (retrograde massage, radiocarpal glides with bouts) and 97110 15 (AROM, forearm rotation, tendon glides, gripper with doses); stiffness and grip with a caregiver job; degrees, kg and cm: passes.
        ["vord-h27-tagalog-ot-colles-mt-te"] = new(
            """
            Daly City — OT Hand Clinic — R Colles fx, cast off 3 wks
            97140 x 10 mins: retrograde edema massage R hand/wrist; radiocarpal dorsal/volar glides gr II–III 3 x 30 secs each.
            97110 x 15 mins: wrist AROM flex/ext 3 x 10; supination/pronation w/ hammer 3 x 10; tendon glides x 10 each; gripper 10 lb 2 x 12.
            Pt still with R wrist stiffness and weak grip; works as a caregiver, needs to assist her client in transfers.
            R wrist ext 45° → 52°; grip R 12 kg / L 24 kg; fig-8 wrist 16.8 → 16.2 cm.
            """,
            ["S52.531D"], [OT("97140", 10), OT("97110", 15)], []),

        // PD PTA community gait: crosswalks within the signal, curbs, a café doorway, "big step" cues, SBA; threshold freezing; crossing seconds, freezes and feet: 97116 passes.
        ["vord-h27-pd-pta-community-gait"] = new(
            """
            Arroyo PD program — PTA — 97116 — 20 min
            Community gait on the Colorado Blvd sidewalk: 2 crosswalks within the signal, curb up/down w/o rail, walking through the coffee shop doorway; cues "big step" at thresholds; SBA.
            Freezing at thresholds and in crowded spaces, ↓ step length under time pressure.
            Crossed the 4-lane crosswalk in 14 s (signal 20 s); 1 freeze at the doorway in 4 passes; 1,200 ft total.
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // Vietnamese-speaking PT 97530: tray carries, low-stool squats and overhead box placement for the family pho restaurant after L ankle ORIF; feet, reps, stand-by assist and no-spill count: passes.
        ["vord-h27-vietnamese-pho-restaurant-97530"] = new(
            """
            Westminster site — 97530 — 22 minute
            Practice work at family pho restaurant: carry tray with 2 bowl of water (3 kg) 20 feet × 5; squat down to low stool and stand up 8 time; reach to shelf above shoulder and put box 6 time; wipe table in standing.
            Goal: go back to help at restaurant every lunch (L ankle ORIF 10 week, still limp, ankle stiff).
            Stand-by assist, no loss of balance; tray carry 20 feet no spill 5/5.
            """,
            ["S82.842D"], [PT("97530", 22)], []),

        // Mandarin-speaking PT's single 97110 with "groups" and "times" as sets and reps (sit-to-stand, weighted SLR, wall squat holds, step-ups); L knee OA with quad weakness; stair time: passes.
        ["vord-h27-mandarin-knee-te-groups"] = new(
            """
            Monterey Park site — 97110 23min
            Knee exercise: sit to stand 3 groups × 10 times; straight leg raise with 1.5kg 3 groups × 10 times; wall squat 3 groups × 10s hold; step up 15cm 3 groups × 8 times.
            Problem: L knee OA, quadriceps weak (4-/5), pain up and down stairs.
            Stairs 12 steps with one rail, 28s (last time 35s).
            """,
            ["M17.12"], [PT("97110", 23)], []),

        // Korean-speaking PT, three codes each with minutes (97112 20 "1:1 whole NMR", 97110 15, 97140 10), all matching; BOSU/hop/star excursion, eversion and heel raises, talocrural glides; ankle proprioception, peroneal weakness, DF limit; seconds and cm: passes.
        ["vord-h27-korean-ankle-three-codes"] = new(
            """
            K-town site — PT daily (Rt ankle sprain, chronic instability)
            97112 20min — 1:1 whole NMR: single leg stand on BOSU eye close, hop and stick forward/side, star excursion reach.
            97110 15min: band eversion 3 set × 15, heel raise single leg 3 set × 10, lateral lunge 2 set × 10.
            97140 10min: talocrural posterior glide gr III 3 × 30s, STM Rt peroneus.
            Patient have Rt ankle proprioception poor, peroneal weak, dorsiflexion limited.
            SLS Rt BOSU eye close 8s (before 3s); knee to wall Rt 7cm → 9cm.
            """,
            ["M25.371", "S93.401D"], [PT("97112", 20), PT("97110", 15), PT("97140", 10)], []),

        // Armenian-speaking OT after a R reverse TSA: 97110 "during 15 minutes" and 97530 "during 20 minutes", both matching; wand, wall slides, isometrics, front raises; dough rolling, shelf reaching, hanging laundry, SBA; R shoulder weakness and a lavash goal: passes.
        ["vord-h27-armenian-ot-rtsa-te-ta"] = new(
            """
            Glendale site — OT note — R reverse TSA wk 12
            Therapeutic exercises (97110) during 15 minutes: supine flexion with wand 3×10, standing wall slides 2×10, ER isometrics 5×5 s, 1 lb front raise 2×10.
            Therapeutic activities (97530) during 20 minutes: rolling dough at counter height and reaching to upper shelf for trays (1 kg), hanging laundry on the line at shoulder height 10 items; SBA.
            Problems: R shoulder weakness and limited elevation (flexion 110°). Goal: bake lavash with her sisters for Easter.
            """,
            ["Z96.611"], [OT("97110", 15), OT("97530", 20)], []),

        // PD PT/OT co-treat, "both of us with this one pt (no other pts in the room)": PT 97112 25 and OT 97530 20, each with its discipline's minutes; reactive stepping, counted turns, dual-task obstacles; tub and standing-dressing tasks, min A → CGA; pull test and turn steps: passes.
        ["vord-h27-pd-pt-ot-cotreat"] = new(
            """
            Arroyo PD program — PT/OT co-treatment, both of us with this one pt (no other pts in the room)
            PT — 97112 — 25 min: reactive stepping to PT pulls from behind; turning practice w/ external count; obstacle negotiation while carrying a laundry basket (dual task).
            OT — 97530 — 20 min: getting in/out of the shower over a tub ledge w/ grab bar; dressing in standing w/ back to wall; min A → CGA.
            Retropulsion and delayed compensatory steps; freezing on turns (PD).
            Goal (OT): shower w/o husband's help.
            Pull test 2 steps (4 at IE); 180° turn in 4 steps.
            """,
            ["G20.A2"], [PT("97112", 25), OT("97530", 20)], []),

        // Mandarin-speaking PT after a R MCA stroke: 97112 24 ("therapist one person with patient only"; PNF pelvic patterns, scale weight shifts, L step-ups in groups) and 97116 16 (hemi cane + AFO, metres, contact guard); L motor control and knee hyperextension; % BW and 10MWT: passes.
        ["vord-h27-mandarin-stroke-nmr-gait"] = new(
            """
            Alhambra site — PT record — L hemiparesis after R MCA stroke (6 months)
            97112 24min, therapist one person with patient only: PNF pelvic pattern anterior elevation / posterior depression in side lying; standing weight shift to L on scale 3 groups × 10 times; step L foot onto step stool 3 groups × 8.
            97116 16min: walk with hemi cane + L AFO 3 times × 30 meter, contact guard; teach L knee control, not hyperextend.
            Problem: L leg motor control poor, weight on L not enough, L knee hyperextension in stance.
            L weight bearing 38% → 45% body weight; 10MWT 0.52 m/s.
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 16)], []),

        // Korean-speaking PT, generic two-code note ("Exercise and manual therapy done same as before … Total 30min") for 97110 18 + 97140 12: both codes wholly generic, and a total only.
        ["vord-h27-korean-generic-two-code-total"] = new(
            "Exercise and manual therapy done same as before. Patient tolerate well. Continue same program. Total 30min.",
            ["M54.50"], [PT("97110", 18), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Vietnamese-speaking PT's complete 97110 (SLR with load, SAQ, sit-to-stand, step-ups; L knee weakness after TKA; 5xSTS seconds) sent with no diagnosis: diagnosis missing.
        ["vord-h27-vietnamese-te-no-dx"] = new(
            """
            Westminster site — PT note — 97110 — 20 minute
            Exercise: straight leg raise with 1 kg 3 × 10, short arc quad 3 × 10, sit to stand 3 × 8, step up 10 cm 2 × 10, calf raise 2 × 15.
            Problem: left knee weak after left TKA 8 week, quadriceps 4-/5, walk stairs slow.
            Sit to stand 5 time 16.4 second (last week 19.8 second).
            """,
            [], [PT("97110", 20)], [Dx]),

        // Armenian-speaking PT's complete PD NMR (individual, weight shifts at the pelvis, counted stepping over a stick, big-step 360° turns; shuffling and freezing; turn steps and push recovery) sent with an ICD-9 code (332.0): diagnosis not well formed.
        ["vord-h27-armenian-pd-icd9-dx"] = new(
            """
            Glendale site — NMR 97112 — 23 min — individual session: PT with patient only, no others in the gym at that hour
            Made exercises: weight shifting forward/backward with PT hands at pelvis, stepping over a stick on the floor with counting "one-two", turning 360° around a cone with big steps.
            Problems: shuffling steps and freezing when turning; poor postural control with backward lean (Parkinson's).
            360° turn: 8 steps / 4.6 s (was 11 steps); backward push — 2 steps to recover.
            """,
            ["332.0"], [PT("97112", 23)], [Dx]),

        // Mandarin-speaking PT's complete MS gait note (rollator on level and ramp, metres, contact guard → stand-by; L foot drag and wide base; 10-metre walk and toe catches) with "multiple sclerosis" typed in the diagnosis cell: diagnosis not well formed.
        ["vord-h27-mandarin-ms-free-text-dx"] = new(
            """
            Alhambra site — 97116 gait training 18min
            Walk with rollator on level floor and ramp 4 times × 40 meter, contact guard → stand-by; teach L foot clearance and slow turn.
            Problem: L foot drag when tired, wide base, unsteady (MS).
            10 meter walk 0.71 m/s; toe catch 2 times in 4 laps.
            """,
            ["multiple sclerosis"], [PT("97116", 18)], [Dx]),

        // Tagalog-speaking PT's complete NMR + TE note (PNF rhythmic initiation, foam tandem with head turns, called-dot stepping; TE with doses; balance reactions and L hip control; tandem seconds; minutes each) that never says one-on-one.
        ["vord-h27-tagalog-nmr-te-never-states"] = new(
            """
            Daly City — PT Daily Note
            NMR (97112) x 23 mins: PNF rhythmic initiation for sit-to-stand; tandem stance on foam w/ head turns; stepping to colored dots called by PT (random).
            TE (97110) x 15 mins: bridging 3 x 10, clamshells w/ band 3 x 12, sit-to-stand from low chair 3 x 8.
            Pt still with delayed balance reactions and poor L hip control (L hemiparesis); L glute med 3+/5.
            Pt was able to do tandem on foam x 10 secs vs 5 secs last tx. Pt tolerated tx w/o untoward incident.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Spine group 97140 "— 20 min" (L3/4 UPA, sitting flexion SNAG, STM; facet-type pain; fingertip and side-flexion cm) against a 12-minute line: mismatch.
        ["vord-h27-spine-97140-20-vs-12"] = new(
            """
            Golden State Spine — MT — 97140 — 20 min
            L3/4 R UPA gr III+ 3 × 60 s; lumbar Mulligan SNAG into flexion in sitting 3 × 6; STM R lumbar paraspinals.
            R lumbar facet-type pain, stiff into L side-flexion and flexion.
            Flexion fingertip-to-floor 28 cm → 19 cm; L side-flex 12 cm → 16 cm.
            """,
            ["M54.50", "M99.03"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // PD visit with only "Total timed tx 40 min (NMR + gait)" for 97112 25 + 97116 15; "PT and pt only throughout", both sections complete: separate time missing.
        ["vord-h27-pd-total-only"] = new(
            """
            Arroyo PD program — PT daily
            Total timed tx 40 min (NMR + gait), PT and pt only throughout.
            NMR: lean-and-release compensatory stepping; rapid weight shifts to targets; dual-task stepping while naming streets.
            Gait: treadmill 1.8 mph w/ long-step cues, then overground 3 × 200 ft w/ 4WW, SBA.
            Delayed compensatory steps, ↓ step length and arm swing (PD).
            Compensatory stepping: 1 step to recover ant/post (3 at IE); gait speed 0.92 m/s.
            """,
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], [SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
