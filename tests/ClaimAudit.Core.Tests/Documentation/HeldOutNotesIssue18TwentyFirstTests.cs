using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from small therapist-owned private
/// practices, in the proportions a billing manager sees them — about two thirds ordinary and complete,
/// single- and multi-code visits:
/// <list type="number">
/// <item>an orthopaedic practice whose clinicians type on tablets, with the autocorrect slips left in
/// ("squad sets", "heal slides", "tip-fem mobs", "lumber stabilization", "rotator cup", "pt did grate"), and
/// terse PTA daily notes ("PTA DN", "16'" for minutes beside "300' x 2" for feet, "x2u / x1u");</item>
/// <item>an OT hand-therapy clinic (CHT): flexor-tendon early active motion, a relative motion orthosis,
/// the dart thrower's motion, trigger-finger and trigger-thumb releases, Dupuytren's, CMC OA joint
/// protection, De Quervain's, manual edema mobilization with figure-of-8 tape, pinch gauges, task grids;</item>
/// <item>a vestibular and concussion specialist (head impulse with a refixation saccade, convergence
/// insufficiency with a barrel card, the Leddy sub-symptom aerobic programme, the Balance Error Scoring
/// System, residual dizziness after BPPV, vestibular migraine);</item>
/// <item>an aquatic-therapy pool programme (97113 beside 97110, 97112 and 97116, the Burdenko Method,
/// submerged kickboards, lanes shared with other walkers, land re-tests after the pool);</item>
/// <item>a pediatric sensory gym (bolster and Lycra swings, a foam pit, the Alert Program, Ayres sensory
/// integration billed 97533 beside 97530, gravitational insecurity, postrotary nystagmus, a PT/OT
/// co-treat);</item>
/// <item>clinicians writing in English as a second language: Spanish-speaking ("attended in individual
/// form", "were realized", "presents decrease of", the Vivifrail programme), Tagalog-speaking ("attended to
/// personally by the undersigned", "no other pt was catered", "Pt verbalized", "Pt can now … vs … last
/// tx"), Hindi-speaking ("Pt is having", "Pt was made to do", "quadripod stick", "static cycling", "Same was
/// explained to attendant") and Korean-speaking ("Therapist and patient only in room", "Patient have",
/// "other 2 patient", "no special problem found") therapists.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside untimed 97010 and G0283 and timed
/// but unprofiled 97113, 97533 and 97760 (whose sections are written complete, so only their minutes can
/// matter). Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h21-…): one-on-one in these writers' words ("attended in individual form", "Therapist
/// and patient only in room", "no other pt was catered", "my only kiddo for the session", "just this pt on my
/// sched"), notes that negate it (a Korean therapist's gym "together with other 2 patient … in turn", a pool
/// lane shared with another patient, an OT rotating among clients at the hand table) or never state it (a
/// Hindi-speaking PT's complete note), and a pool 97116 in a shared lane, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h21-…): template states: a tablet segmented control "→ [Individual]", "◯ Yes ● No", a
/// "[+]"-marked vestibular form, a hand-clinic exercise grid, an assist scale with the level in brackets, a
/// task grid whose Trials / Time / Assist cells are blank, a "(•) N/A" deficit radio, a pool flowsheet, a PTA
/// "Done" column, outcome boxes left unticked as "deferred";</item>
/// <item>class 3 (v3-h21-…): named protocols and programmes as techniques (Saint John early active motion,
/// a relative motion orthosis, the dart thrower's motion, the Leddy protocol, the Burdenko Method, the Alert
/// Program, Ayres sensory integration, Vivifrail), one Feldenkrais 97112 with no number and one Reformer
/// 97110 with no target;</item>
/// <item>class 4 (v4-h21-…): deficits stated as findings (Finkelstein, head impulse with a refixation
/// saccade, NPC break and recovery, gravitational insecurity, a Trendelenburg sign, MMT with extensor lag,
/// scar tethering) and notes that state none ("no special problem found" on a 97112, "no deficits were
/// observed" on a 97530, a PTA gait note with no target);</item>
/// <item>class 5 (v5-h21-…): measures in their usual forms (figure-of-8 hand circumference, a pinch gauge,
/// the Balance Error Scoring System, catches and hops, the Hill Step Test, 10 m walk time and metres, Tinetti)
/// and notes with none ("improved much the balance", "pt did grate today!!", "Pt verbalized lightness");</item>
/// <item>class 6 (v6-h21-…): minutes in their usual forms ("(23 mins)", "97112 → 22 min", "1u/14m", minutes
/// in dictated words, a PT/OT co-treat, coded 97010 and G0283 beside one timed code), true mismatches (a pool
/// gait line, a Korean therapist's NMR) and truly missing separate time (units and a
/// total, a total only, minutes for one of two codes);</item>
/// <item>class 7 (v7-h21-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010), and the contract's meanings of technique, deficit and measure for 97530
/// (a goal as the only target), 97140 (repetitions and holds as the parameter), 97110 (holds as the
/// parameter), 97116 (assistance levels as the only measure), and wholly generic 97110, 97112 and 97530
/// notes;</item>
/// <item>ordinary (vord-h21-…): complete notes of all these practices across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: no diagnosis, a description typed
/// into the diagnosis cell, a generic two-code note with a total only, an NMR + TE note that never says
/// one-on-one, a gait note with no number, a TE note with no target, a 97140 minute that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. Cases a careful reviewer could
/// argue either way were left out: a content gap in one section of a multi-code note (multi-code notes fail
/// here only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a
/// deficit or a measure without a technique, minutes of an activity inside a one-timed-code note, uncoded
/// minutes of untimed care, self-rated scores or vitals as the only number, diagnosis codes without their dot
/// or of three characters, minute ranges and approximate minutes, and any finding that would depend on
/// whether 97113, 97533 or 97760 carry a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 101 cases agree (99 needed), and 10 of the 67 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 88 of 101, 10 false positives, at its first run on the analyzer with the phrase batteries' readings
/// (d0abbd0), written before this set was read: the held-out figure, the same thirteen disagreements.
/// Then development data: "my only kiddo for the session", "just this pt on my sched", "PT in the water with her only",
/// "Only me and patient", a segmented control's "→ [Individual]", "97113 aquatic ther ex — 20 min", "rocker bd",
/// "R ankle proprio ↓", gravitational insecurity, platform swing and the slide.
/// Worked through: 100 of 101, no false positive (left: "In the session no deficits were observed" beside a laundry
/// task, whose word is also a functional goal).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyFirstTests(ITestOutputHelper output)
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

        // Spanish-speaking PT: "attended in individual form by the physical therapist during all the session" states one-on-one; rocker board EC, foam stance with catches, pelvic perturbations; L ankle proprioception after fibula ORIF; SLS seconds; "23 minutes … 97112" matches: passes.
        ["v1-h21-spanish-individual-form"] = new(
            """
            Daily note — Physical Therapy
            Patient was attended in individual form by the physical therapist during all the session.
            Neuromuscular reeducation (97112), 23 minutes. Were realized: exercises of proprioception on rocker board antero-posterior and lateral with eyes closed, single leg stance on foam pad with catching of ball, perturbations in the pelvis in tandem position.
            Patient presents decrease of proprioception of the left ankle after fracture of the fibula (ORIF 10 weeks ago).
            Single leg stance left on foam: 9 seconds (in the evaluation 3 seconds). Right: 25 seconds.
            """,
            ["S82.62XD"], [PT("97112", 23)], []),

        // Korean-speaking PT: "Therapist and patient only in room, whole treatment time" states one-on-one; VOR x1 on foam and habituation positions; R vestibular hypofunction with oscillopsia; DGI: passes.
        ["v1-h21-korean-therapist-patient-only"] = new(
            """
            PT daily note (vestibular)
            Therapist and patient only in room, whole treatment time.
            97112 25min — gaze stability exercise X1 viewing yaw and pitch direction, standing on foam pad. Habituation exercise: sit to supine with head turn right 5 times, rolling both side.
            Patient have right vestibular hypofunction, oscillopsia when walking and turning head.
            DGI 17/24 (last month 13/24). Patient say dizziness little bit less.
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // Korean-speaking PT: "did balance exercise in gym together with other 2 patient. Therapist watch and correct each patient in turn": not one-on-one; beam tandem, BOSU EC, hurdles; neuropathic proprioception; tandem steps.
        ["v1-h21-korean-shared-gym-in-turn"] = new(
            """
            Patient did balance exercise in gym together with other 2 patient. Therapist watch and correct each patient in turn.
            97112 22min: tandem walking on balance beam, standing on BOSU ball with eyes close, stepping over hurdle 6 inch.
            Decrease postural control and proprioception both leg (diabetic neuropathy).
            Tandem walking 10 step without lose balance (before 4 step).
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Tagalog-speaking PT: "attended to personally by the undersigned PT from start until end of session; no other pt was catered" states one-on-one; PNF stabilizing reversals, Dyna Disc stepping, mirror weight shifts; L hemiparesis postural control; seconds on the disc: passes.
        ["v1-h21-tagalog-attended-personally"] = new(
            """
            Daily Progress Note — PT
            Pt was attended to personally by the undersigned PT from start until end of session; no other pt was catered during this time.
            Management: NMR (97112) x 24 mins
             - PNF stabilizing reversals in sitting on therapy ball then in standing
             - step on/off Dyna Disc with opposite UE reach across midline
             - lateral weight shifting c̄ mirror feedback
            Pt still with poor postural control and delayed equilibrium reactions (L hemiparesis s/p R MCA CVA).
            Pt can now stand on Dyna Disc x 15 secs w/o UE support vs 5 secs last tx.
            Pt was advised to continue HEP religiously.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Hindi-speaking PT: a complete NMR note (wobble board, foam tandem, perturbations, dual task; neuropathic proprioception and Romberg; tandem seconds) that never says how it was delivered; "attendant" is the family member: one-on-one missing.
        ["v1-h21-hindi-never-states-attendance"] = new(
            """
            Physiotherapy Daily Note
            Pt came with c/o imbalance while walking on uneven ground. O/E: pt is having decreased proprioception of both feet (diabetic neuropathy), Romberg positive.
            Treatment given: Neuro re-education (97112) - 23 mins
            1. Wobble board balance with eyes open and closed
            2. Tandem walking on foam mat, 4 rounds
            3. Perturbation training in standing, anterior-posterior and lateral
            Pt was made to do the same with dual task (counting backwards from 50).
            Tandem stance EO 14 sec, EC 4 sec (prev. EO 6 sec, EC 0).
            Same was explained to attendant. Pt to continue HEP.
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Sensory gym: "Mateo was my only kiddo for the session; the other 2 children in the gym had their own OTs" states one-on-one; bolster swing, crash-pad path; vestibular under-responsivity and postural-ocular control; seconds and postrotary nystagmus: passes.
        ["v1-h21-peds-only-kiddo"] = new(
            """
            Little Leaps Pediatric Therapy — PT session note (Mateo, 5 y)
            Mateo was my only kiddo for the session; the other 2 children in the gym had their own OTs.
            97112, 25 min: prone on bolster swing reaching for bean bags, kneeling on bolster swing with lateral tilts, "lava path" across crash pads and compliant stepping tiles, hopscotch.
            Poor postural-ocular control and vestibular under-responsivity; W-sits and fatigues quickly in upright.
            Kneeling on bolster swing 40 s without falling off (15 s last month); postrotary nystagmus 3 s (expected about 9–11 s for age).
            """,
            ["F84.0", "R27.8"], [PT("97112", 25)], []),

        // Pool: "Lane 2 shared with another pt on my schedule; I went back and forth between the two of them": not one-on-one; submerged kickboard, lane-line tandem, EC step-ups; PD postural control; seconds.
        ["v1-h21-aquatic-lane-shared"] = new(
            """
            AquaMotion PT — pool session note
            97112, 20 min. Lane 2 shared with another pt on my schedule (R TKA); I went back and forth between the two of them.
            Water at xiphoid depth. Stance on a submerged kickboard with turbulence made around pt, tandem walking along the lane line, step-ups onto the 8" pool step with eyes closed.
            Impaired postural control with delayed hip strategy (Parkinson's).
            Submerged kickboard stance 20 s (8 s at IE).
            """,
            ["G20.A1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Pool 97116 in a lane with 2 other walkers: 97116 has no one-on-one check; water gait with cues, laps of 20 m; L knee stiffness after TKA and a store-walking goal: passes.
        ["v1-h21-aquatic-97116-shared-lane-no-check"] = new(
            """
            AquaMotion PT — 97116 gait training in pool, 18 min. Chest-deep lane with 2 other walkers; aide on deck.
            Forward, backward and sideways walking, 6 laps each (20 m lap), cues for heel strike and full knee extension in stance; then 2 laps at waist depth for more loading.
            L knee stiffness and short antalgic L stance after TKA; goal: walk around the warehouse store without leaning on the cart.
            """,
            ["Z96.652", "M25.662"], [PT("97116", 18)], []),

        // Hand clinic OT 97112 "at the hand table with 3 other clients doing their programs; I rotated among them": not one-on-one; localization, texture bins, desensitization; median hypersensitivity after CTR; Semmes-Weinstein.
        ["v1-h21-hand-table-rotated"] = new(
            """
            Harbor Hand & UE Therapy — OT daily note
            97112 sensory re-ed, 20 min, done at the hand table with 3 other clients doing their programs; I rotated among them.
            Moving and constant touch localization with pencil eraser, texture discrimination bins (rice, lentils, felt), desensitization dowels graded coarse → fine.
            Hypersensitivity and ↓ discriminative sensation R median nerve distribution after carpal tunnel release.
            Semmes-Weinstein 3.61 at thumb and index tips (4.31 at eval); localization 8/10 correct.
            """,
            ["G56.01"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // Terse PTA: "just this pt on my sched for the slot, hands-on entire NMR" states one-on-one; BAPS, half foam roll, hops to stick; R ankle proprioception; SLS EC seconds; "22'" matches: passes.
        ["v1-h21-pta-just-this-pt"] = new(
            """
            PTA DN — just this pt on my sched for the slot, hands-on entire NMR.
            NMR 97112 22': BAPS lvl 3 CW/CCW x3 ea, SLS on half foam roll, lat hops to stick x10 ea.
            R ankle proprio ↓ s/p lat sprain 6 wk.
            SLS EC R 11 s / L 24 s.
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Tablet segmented control "Individual | Concurrent | Group → [Individual]": one-on-one; D1 PNF with rhythmic initiation, half-kneel perturbations, clock taps; L LE recruitment/timing; 10MWT and taps: passes.
        ["v2-h21-segmented-bracket-individual"] = new(
            """
            TheraTab — Daily Note (tablet)
            Session type:  Individual | Concurrent | Group  → [Individual]
            Code: 97112   Time: 24 min
            Interventions: D1 flexion/extension PNF patterns L LE in sidelying w/ rhythmic initiation, half-kneel to stand w/ perturbations, step taps to clock targets.
            Impairment: L LE motor recruitment/timing after R ACA stroke.
            Objective: 10MWT 0.82 m/s (0.61 at IE); clock taps 11/12 accurate.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // "Seen one-on-one?  ◯ Yes  ● No": the filled circle is on No; VOR x1 on foam, head-turn walking, optokinetic video; L hypofunction with visual dependence; mCTSIB seconds: one-on-one missing.
        ["v2-h21-filled-circle-no"] = new(
            """
            Vestibular Daily Form
            Seen one-on-one?   ◯ Yes   ● No
            97112 — 22 min
            VOR x1 with letter target at 2 Hz on foam, walking with horizontal head turns past a busy poster wall, standing with optokinetic video.
            L vestibular hypofunction with visual dependence.
            mCTSIB condition 4: 14 s (6 s at IE).
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Hand-clinic exercise grid with Sets x Reps / Hold / Load columns filled, a jar/key goal after CMC arthroplasty and a pinch number: OT 97110 passes.
        ["v2-h21-hand-exercise-grid"] = new(
            """
            Hand Therapy — Clinic Exercise Grid (R thumb CMC arthroplasty, LRTI wk 8)
            Exercise                      | Sets x Reps | Hold | Load
            Thenar isometrics (abd)       | 3 x 10      | 5 s  | —
            Opposition to each fingertip  | 2 x 10      | —    | —
            Putty lateral pinch           | 3 x 12      | —    | yellow
            Web-space stretch             | 3           | 30 s | —
            97110 — 18 min. Goal: open jars and turn car key without thumb pain.
            Lateral pinch 3.5 kg R (2.0 kg at wk 6).
            """,
            ["M18.11"], [OT("97110", 18)], []),

        // Vestibular form with "[+]" for done: "[+] 1:1 with PT", VOR x1, saccades and pivots ticked, gaze instability (L UVH) ticked, DVA lines and pivots: passes.
        ["v2-h21-plus-marked-vestibular-form"] = new(
            """
            VESTIBULAR REHAB — daily   (legend: [+] = done / present)
            Attendance: [+] 1:1 with PT   [ ] group
            Tx: [+] VOR x1   [ ] VOR x2   [+] saccades between 2 targets   [+] habituation: seated → standing pivots   [ ] Brandt–Daroff
            Deficit: [+] gaze instability (L UVH)   [+] motion-provoked dizziness   [ ] central signs
            97112 25 min
            Objective: DVA 2 lines lost (4 at IE); 180° pivot x 10 with no stagger.
            """,
            ["H81.92"], [PT("97112", 25)], []),

        // Sensory-gym obstacle course with the assist level chosen in brackets on a scale "I — SBA — [CGA] — Min …", dyspraxia and a playground goal, laps and steps: OT 97530 passes.
        ["v2-h21-peds-assist-scale-bracket"] = new(
            """
            Little Leaps — OT 97530 — 23 min
            Obstacle course: climb over peanut-ball barrel → army crawl under tunnel → jump into foam pit → carry 3-lb weighted ball back to start (heavy work). 5 laps.
            Assist:  I — SBA — [CGA] — Min — Mod — Max
            Needs: poor motor planning (dyspraxia) and low body awareness; goal: climb the playground ladder at recess.
            Sequenced all 4 steps w/o cue on 3 of 5 laps.
            """,
            ["R27.8"], [OT("97530", 23)], []),

        // Hand-clinic task grid with Trials / Time / Assist cells all "___" and no number anywhere: tasks and a supination/grip target with a cooking goal, but no measure for 97530.
        ["v2-h21-hand-task-grid-blank"] = new(
            """
            Hand Therapy — Functional Task Grid (L distal radius fx, ORIF wk 9)
            97530 — 20 min
            Task                          | Trials | Time | Assist
            Opening pill bottles          | ___    | ___  | ___
            Wringing a washcloth          | ___    | ___  | ___
            Turning doorknob / key        | ___    | ___  | ___
            Pouring from a gallon jug     | ___    | ___  | ___
            Limits: ↓ L forearm supination and grip for household tasks; goal: cook for her family again.
            """,
            ["S52.502D"], [OT("97530", 20)], [At(Measure, "97530")]),

        // "Deficit addressed: ( ) ROM ( ) Strength ( ) Balance ( ) Endurance (•) N/A" and exercises with no region, impairment or goal anywhere: 97110 lacks the deficit only.
        ["v2-h21-deficit-radio-na"] = new(
            """
            Daily Ex Log — 97110 — 16 min
            Deficit addressed:  ( ) ROM  ( ) Strength  ( ) Balance  ( ) Endurance  (•) N/A
            Sit-to-stand 3 x 10, lateral band walks 3 x 20 ft, step-ups 2 x 12, wall push-ups 2 x 15, farmer's carry 4 x 30 ft @ 10 lb.
            Pt completed all sets.
            """,
            ["M62.81"], [PT("97110", 16)], [At(Deficit, "97110")]),

        // Pool flowsheet (water temp, depth, "In water with pt: PT (Y)"): 97113 20 min and land 97110 12 min each with exercises and doses, B knee OA with a stairs goal, 5xSTS; no 97112, minutes per code: passes.
        ["v2-h21-pool-flowsheet-97113-97110"] = new(
            """
            AquaMotion PT — Pool Flowsheet
            Water temp 92°F | Depth: chest | In water with pt: PT (Y) | Deck only: N
            97113 aquatic ther ex — 20 min: deep-water cycling with flotation belt 4 x 1 lap, noodle-supported hip abd/add 3 x 15, water squats 3 x 12, heel raises at wall 3 x 15.
            97110 land — 12 min: sit-to-stand from 18" chair 3 x 10, step-ups 6" 2 x 10.
            B knee OA with quad weakness; goal: stairs at daughter's house (14 steps).
            5xSTS 15.2 s (19.6 s at IE).
            """,
            ["M17.0"], [PT("97113", 20), PT("97110", 12)], []),

        // 1:1 NMR with named perturbation work and a reactive-control deficit, but "Outcome measures today: ☐ Mini-BEST ☐ FGA ☐ TUG — deferred, pt arrived late" and no number: measure missing.
        ["v2-h21-outcome-boxes-deferred"] = new(
            """
            NMR Daily — 97112 — 23 min — 1:1 PT
            Perturbation training: lean-and-release forward/back, lateral pushes in narrow stance, reactive stepping to unexpected pulls at the gait belt; stepping over obstacles on cue.
            Problem: impaired reactive postural control, slow compensatory stepping, recurrent falls this winter.
            Outcome measures today:  ☐ Mini-BEST   ☐ FGA   ☐ TUG   — deferred, pt arrived late.
            """,
            ["R29.6"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PTA flowsheet with an "X" in the Done column, sets/reps and weights, one row not done, R quad weakness with a lag: 97110 passes.
        ["v2-h21-pta-flowsheet-done-x"] = new(
            """
            PTA flowsheet — R TKA wk 5
            Exercise            Done  Sets/Reps   Wt
            Quad sets            X    2x15        —
            SAQ                  X    3x10        2#
            Heel slides          X    2x15        —
            Step-ups 4"          X    2x10        —
            TKE band             X    3x15        green
            Leg press                  —          —
            97110 TE 20 min. R quad weakness w/ 5° ext lag.
            """,
            ["Z96.651"], [PTA("97110", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Hand clinic: Saint John early active motion protocol after zone II flexor repair (passive warm-up, true active "half fist", tenodesis), flexion lag, tip-to-DPC cm and TAM: OT 97110 passes.
        ["v3-h21-hand-saint-john-early-active-motion"] = new(
            """
            Hand Therapy (CHT) — L index FDP/FDS repair zone II, wk 4, early active motion protocol (Saint John)
            97110 — 20 min: in dorsal blocking orthosis — passive warm-up flexion x 10, true active "half fist" x 20, then extend to the hood of the orthosis; tenodesis with wrist to 30° ext x 10.
            Flexion lag and tendon adhesion risk after repair.
            Active composite flexion: tip-to-DPC 3.5 cm (5 cm last wk); TAM 155°.
            """,
            ["S66.121D"], [OT("97110", 20)], []),

        // Relative motion extension orthosis (yoke) fabricated under 97760 12 min beside 97110 15 min (fisting in the orthosis, tendon glides, EDC isolation); extensor lag with EDC subluxation, work goal, lag degrees: passes.
        ["v3-h21-hand-relative-motion-orthosis"] = new(
            """
            Hand Therapy — R sagittal band injury, long finger (boxer's knuckle), wk 2
            97760 orthotic mgmt — 12 min: relative motion extension orthosis (yoke) fabricated, long finger held in 20° more extension than its neighbours; checked for pressure after 10 fist cycles; wear full time except hygiene.
            97110 — 15 min: full active fisting in the orthosis 3 x 10, tendon glides (hook, straight, full fist) 10 each, isolated EDC extension 2 x 10.
            Long finger extensor lag at MCP and ulnar subluxation of EDC on fisting; goal: back to work on the assembly line.
            MCP ext lag 25° (40° at eval).
            """,
            ["S66.392D"], [OT("97760", 12), OT("97110", 15)], []),

        // Dart thrower's motion on the DTM board after scapholunate repair, FCR isometrics, gyroscopic ball; wrist motion limited, AROM degrees: OT 97110 passes.
        ["v3-h21-hand-dart-throwers-motion"] = new(
            """
            Hand Therapy — R scapholunate ligament repair (wk 10)
            97110, 17 min: dart thrower's motion (radial-extension → ulnar-flexion) on the DTM board 3 x 15, isometric FCR activation in supination 5 x 10 s, gyroscopic ball 3 x 30 s.
            Wrist extension/flexion limited, SL instability — DTM plane protects the repair.
            Wrist AROM ext 48° / flex 42° (35° / 30° at wk 8).
            """,
            ["S63.511D"], [OT("97110", 17)], []),

        // Concussion clinic: Leddy sub-symptom threshold aerobic programme on the treadmill (target HR, speed, incline, miles), exertional intolerance with a soccer goal: 97110 passes.
        ["v3-h21-leddy-subsymptom-aerobic"] = new(
            """
            Equilibrium Concussion Center — PT
            97110 — 22 min: Leddy sub-symptom threshold aerobic program on treadmill, target HR 136 bpm (80% of BCTT threshold 170), 3.4 mph at 3% incline, 1.6 miles; symptom check every 2 laps of the track display.
            Post-concussion exercise intolerance (headache with exertion); goal: return to varsity soccer practice.
            Symptoms stayed within 1 point of baseline at target HR; BCTT re-test next week.
            """,
            ["S06.0X1D"], [PT("97110", 22)], []),

        // Pool 97112 with the Burdenko Method balance sequence, "PT in the water with her only"; MS proprioception/postural control; land SLS seconds after the pool: passes.
        ["v3-h21-aquatic-burdenko-method"] = new(
            """
            AquaMotion PT — pool, 86°F (kept cool for her MS)
            97112 — 24 min, PT in the water with her only.
            Burdenko Method balance sequence: single-leg stance holding a kickboard overhead, walking backward and sideways against the current jet, "bicycling" while vertical in deep water with belt, then turning 360° on the spot.
            Impaired proprioception and postural control both legs (MS).
            Land check after pool: SLS R 6 s / L 4 s (R 2 s / L 0 s at IE).
            """,
            ["R26.81", "R20.2"], [PT("97112", 24)], []),

        // Sensory gym: Alert Program "engine" check-in then a heavy-work circuit and a seated lacing task; self-regulation with a circle-time goal; lengths, reps and reminders counted: OT 97530 passes.
        ["v3-h21-peds-alert-program-heavy-work"] = new(
            """
            Little Leaps — OT 97530, 25 min
            Alert Program "How does your engine run?" check-in (arrived 'too fast'), then heavy-work circuit: pushing the weighted cart 4 lengths of the gym, wheelbarrow walk 3 x 10 ft, wall push-ups x 10, then seated fine-motor table task (lacing card).
            Sensory modulation / self-regulation difficulty; goal: sit through circle time at kindergarten with the class.
            Stayed seated for the whole lacing task with 2 verbal reminders (7 last session); rated his engine 'just right' at the end.
            """,
            ["F84.0"], [OT("97530", 25)], []),

        // Ayres sensory integration billed 97533 24 min beside 97530 15 min (cutting, Lego kit), sensory-based dyspraxia with school goals, scooter prone extension seconds and task counts; minutes per code: passes.
        ["v3-h21-peds-ayres-si-97533-97530"] = new(
            """
            Little Leaps — OT session (Ava, 6 y)
            97533 sensory integrative tx (ASI, Ayres fidelity) — 24 min: child-directed vestibular and proprioceptive play — Lycra swing orbiting, jumping from the ladder into the crash pad, pulling self up the inclined ramp on the scooter board.
            97530 — 15 min: bilateral coordination tasks — cutting along a curved line and building a Lego kit from the picture sheet.
            Sensory-based dyspraxia with poor bilateral integration; goal: climb playground equipment and cut out shapes at school.
            Prone extension on scooter held 12 s (4 s at IE); cut within ¼" of the line for 80% of the curve; 10-step Lego kit with 2 cues.
            """,
            ["R27.8"], [OT("97533", 24), OT("97530", 15)], []),

        // Spanish-speaking PT: Vivifrail programme passport B (chair stands, heel raises, weighted knee extension, line walking with series and metres), leg strength and a market-walking goal, SPPB: 97110 passes.
        ["v3-h21-spanish-vivifrail-passport"] = new(
            """
            Therapeutic exercise (97110) — 20 minutes. Vivifrail program, passport B (the patient had pre-frail result in the evaluation).
            Were realized: sit-to-stand from chair without arms 3 series of 8, heel raises with support 3 x 12, knee extension in sitting with 1 kg ankle weight 3 x 10, walking in line 4 times of 5 meters.
            Objective of the program: to improve the strength of the legs and the walking for go to the market alone.
            SPPB: 7/12 (in the evaluation 5/12).
            """,
            ["M62.81", "R26.89"], [PT("97110", 20)], []),

        // Feldenkrais Awareness Through Movement ("pelvic clock", pelvic/thoracic differentiation), 1:1, lumbopelvic motor control after fusion, but only "moving more freely" and a re-test planned: measure missing.
        ["v3-h21-feldenkrais-no-number"] = new(
            """
            NMR 97112, 1:1 in the quiet room.
            Feldenkrais Awareness Through Movement: "pelvic clock" in hooklying, then in sitting; differentiating pelvic tilt from thoracic flexion; slow segmental rolling.
            Poor lumbopelvic motor control and dissociation after L4-5 fusion.
            Pt reports moving "more freely"; will re-test next visit.
            """,
            ["Z98.1", "M54.50"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Reformer session (jumpboard, hundred, elephant, long-box, mermaid, side splits with springs and reps) and "Good form today", with no region, impairment or goal: deficit missing.
        ["v3-h21-reformer-no-target"] = new(
            """
            Reformer session — 97110, 20 min
            Jumpboard series x 20 (1 red + 1 blue spring), hundred x 100 beats, elephant 2 x 8, long-box pulling straps 2 x 8, mermaid x 4 each side, standing side splits x 8 each side.
            Good form today.
            """,
            ["M62.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // De Quervain's: "Finkelstein (+) R, TTP over 1st dorsal compartment" as the finding; eccentric radial deviation, isometrics, stretch with doses: OT 97110 passes.
        ["v4-h21-hand-finkelstein"] = new(
            """
            Hand clinic — R De Quervain's, conservative (thumb spica at night).
            O: Finkelstein (+) R, TTP over 1st dorsal compartment, painful resisted thumb ext.
            97110 — 16 min: eccentric radial deviation with 1-lb hammer 3 x 12, isometric thumb abduction against band 5 x 10 s, wrist ulnar-deviation stretch 3 x 30 s.
            """,
            ["M65.4"], [OT("97110", 16)], []),

        // Vestibular deficit stated only as findings (head impulse + to the L with a refixation saccade, head-shake nystagmus); VOR x1 to metronome, head-turn walking, foam with yaw; 1:1; FGA: passes.
        ["v4-h21-vestibular-refixation-saccade"] = new(
            """
            Equilibrium Vestibular — PT f/u
            Findings today: bedside head impulse (+) to the L with a visible refixation saccade; head-shake → 3 beats of R-beating nystagmus on video goggles; no spontaneous nystagmus with fixation.
            97112 23 min, 1:1: VOR x1 to the L with metronome 120 bpm seated → standing, head-turn walking with target tracking, progressive foam standing with yaw head movement.
            FGA 22/30 (16/30 at IE).
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Convergence insufficiency as findings (NPC break/recovery cm, exophoria at near) after concussion; barrel card, pencil push-ups, near/far saccades on foam; "1-on-1"; NPC after tx: passes.
        ["v4-h21-concussion-convergence-insufficiency"] = new(
            """
            Equilibrium Concussion — PT
            NPC break 14 cm / recovery 18 cm; exophoria at near; print blurs after a page of reading (post-concussion, 5 wk).
            97112 (1-on-1) 20 min: barrel card vergence drill, pencil push-ups to a single-letter target, saccades between near/far charts while standing on foam, head turns with fixation on a letter target.
            NPC after tx today 9 cm.
            """,
            ["S06.0X1D"], [PT("97112", 20)], []),

        // Gravitational insecurity stated as what the child does (cries and clings when feet leave the ground); graded swing and slide work; seconds and slide count: OT 97530 passes.
        ["v4-h21-peds-gravitational-insecurity"] = new(
            """
            Little Leaps — OT 97530 (Noah, 4 y) — 22 min
            Cries and clings when his feet leave the ground; won't go down the slide (gravitational insecurity). Graded: sitting on low platform swing with feet touching, then feet lifted; climbing the 3-step ladder to the small slide with hand held.
            Feet off the ground on platform swing 45 s before asking to stop (10 s last wk); went down the small slide 3 times with hand held.
            """,
            ["R62.50"], [OT("97530", 22)], []),

        // Pool clinic's land session: Trendelenburg sign (+) R with abductors 3+/5 after THA as the finding; hip abductor program with sets and load: 97110 passes.
        ["v4-h21-aquatic-land-trendelenburg"] = new(
            """
            AquaMotion PT — land session today (pool closed for chemical balancing)
            97110 — 18 min: side-lying hip abd 3 x 12, standing hip abd on cable 5 lb 3 x 10, monster walks 3 x 20 ft, single-leg bridge 2 x 8.
            Trendelenburg sign (+) R with R hip abductors 3+/5; R lateral hip pain after THA.
            """,
            ["Z96.641"], [PT("97110", 18)], []),

        // Korean-speaking PT: "Today patient condition good, no special problem found" is the only statement of a target on a 1:1 NMR with rocker, foam catches and cone stepping and foam SLS seconds: deficit missing.
        ["v4-h21-korean-no-special-problem"] = new(
            """
            97112 NMR 23min, one therapist for this patient only.
            Exercise: rocker board forward-back and side, standing on foam with ball throw and catch, step over cone side to side.
            Today patient condition good, no special problem found.
            Single leg stance foam 20s both side.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Tablet autocorrect: "lumber stabilization", "heal raises … for calf endurance", "lumber stiffness + poor core endurance w lifting grandkids" are region and impairment; doses present: 97110 passes.
        ["v4-h21-tablet-lumber-heal-autocorrect"] = new(
            """
            ther ex 97110 20 min
            lumber stabilization: dead bugs 3x10, bird dogs 3x10 w 3 sec hold, side plank from knees 3x20 sec
            heal raises 3x15 for calf endurance, tolerated
            lumber stiffness + poor core endurance w lifting grandkids
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // Hindi-speaking PT: "Pt is having weakness of R quadriceps (MMT 3+/5) with extensor lag of 15 deg post TKR" as the finding; SLR with cuff weight, VMO/TKE, static cycling, mini squats with doses: 97110 passes.
        ["v4-h21-hindi-mmt-extensor-lag"] = new(
            """
            Pt is having weakness of R quadriceps (MMT 3+/5) with extensor lag of 15 deg post TKR (6 wks).
            Treatment given: Therapeutic exercises (97110) 22 mins –
            SLR with 1 kg cuff weight 3x10, VMO strengthening (TKE with theraband) 3x15, static cycling for ROM, mini squats 2x10 with support.
            Pt was made to walk with walker after exercises. Advised ice fomentation at home.
            """,
            ["Z96.651", "M62.81"], [PT("97110", 22)], []),

        // Spanish-speaking PT: "In the session no deficits were observed" and no goal, on 97530 tasks with repetitions and stand-by assistance: deficit missing.
        ["v4-h21-spanish-no-deficits-observed"] = new(
            """
            Therapeutic activities (97530) 18 minutes.
            The patient realized carrying of a basket of laundry 15 feet 4 times, transfers from sofa to standing 8 repetitions, picking objects from the floor with the reacher 10 times. Assistance: stand-by.
            In the session no deficits were observed.
            """,
            ["M62.81"], [PT("97530", 18)], [At(Deficit, "97530")]),

        // Hand clinic: scar adhesion with FPL/FDS tethering stated as the finding; cross-friction and lifting scar mobilization 4 x 60 s, tendon glides with the scar held; wrist ext degrees: OT 97140 passes.
        ["v4-h21-hand-scar-tethering"] = new(
            """
            Hand Therapy — L volar wrist scar (ORIF wk 7)
            Scar adhesion over the volar incision with FPL/FDS tethering: skin moves with the tendons on fisting, blanches on wrist ext.
            97140 — 10 min: scar mobilization (cross-friction and lifting/rolling the scar), 4 x 60 s; tendon gliding with the scar held distally x 10.
            Wrist ext 50° (42° last wk).
            """,
            ["S52.502D"], [OT("97140", 10)], []),

        // Terse PTA gait note "Gait trng 97116 18': RW, 150' x 3, CGA → SBA last lap. Tol well.": technique and measure, no region, impairment or goal: deficit missing ("18'" matches; "150'" is feet).
        ["v4-h21-pta-gait-no-target"] = new(
            "PTA DN. Gait trng 97116 18': RW, 150' x 3, CGA → SBA last lap. Tol well.",
            ["R26.89"], [PTA("97116", 18)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Manual edema mobilization and finger wraps after metacarpal ORIF, measured by figure-of-8 hand circumference in cm and tip-to-DPC: OT 97140 passes.
        ["v5-h21-hand-figure-of-8-edema"] = new(
            """
            Hand Therapy — R hand edema after 5th metacarpal ORIF (wk 5)
            97140 — 12 min: manual edema mobilization, proximal clearing then distal → proximal strokes from axilla through forearm to dorsum of hand; retrograde finger wraps with self-adherent wrap.
            Figure-of-8 hand circumference R 49.5 cm (L 45.0 cm; R 52.0 cm last wk).
            Composite fist: tip-to-DPC 2 cm.
            """,
            ["S62.326D"], [OT("97140", 12)], []),

        // Putty pinch series and clothespins after carpal tunnel release, thenar weakness, B&L pinch gauge 3-jaw/tip/lateral in kg: OT 97110 passes.
        ["v5-h21-hand-pinch-gauge"] = new(
            """
            Hand Therapy — R CTS s/p open release, wk 6
            97110 — 15 min: putty pinch series (3-jaw chuck, tip, lateral) 2 x 15 each in red putty, thenar strengthening with clothespins (3 lb) x 20, tendon/nerve glides 5 positions x 10.
            Thenar weakness R.
            B&L pinch gauge R: 3-jaw 4.5 kg, tip 3.0 kg, lateral 6.0 kg (2.5 / 1.5 / 4.0 at wk 3).
            """,
            ["G56.01"], [OT("97110", 15)], []),

        // Concussion 97112 (Airex SLS/tandem EC, head-turn tandem walking, ball toss), 1:1, postural instability, measured by the Balance Error Scoring System and tandem gait seconds: passes.
        ["v5-h21-concussion-balance-error-scoring"] = new(
            """
            Equilibrium Concussion — PT, 1:1
            97112 — 24 min: single-leg and tandem stance on Airex with eyes closed, head-turn tandem walking, ball toss on foam with a visual target.
            Post-concussion postural instability and visual-vestibular mismatch (soccer header injury).
            Balance Error Scoring System 14 errors (26 at IE); tandem gait 11.8 s.
            """,
            ["S06.0X0D"], [PT("97112", 24)], []),

        // Pediatric PT 97530 ball and playground skills for coordination with a recess goal, measured by catches out of 10, consecutive hops and rope jumps: passes.
        ["v5-h21-peds-catches-and-hops"] = new(
            """
            Little Leaps — PT 97530, 20 min (Isla, 7 y, DCD)
            Ball and playground skills: catching a tennis ball from 5 ft, hopping on one foot along the hopscotch, jumping rope (single bounce), galloping across the gym.
            Poor bilateral coordination and timing for gross motor play; goal: join in at recess games.
            Catches 7/10 (3/10 at IE); hops on R 8 in a row, L 5; 4 rope jumps in a row.
            """,
            ["R27.8"], [PT("97530", 20)], []),

        // Pool 97112 (EC step-ups, turbulence side-steps, shoulder perturbations, SLS with kickboard), PT in water 1:1, ankle/hip strategy after ankle ORIF, land Hill Step Test counts: passes.
        ["v5-h21-aquatic-hill-step-test"] = new(
            """
            AquaMotion PT — 97112, 22 min, pool (PT in water 1:1)
            Standing at chest depth: step-ups onto the submerged step with EC, lateral stepping against turbulence, perturbations at the shoulders from PT, single-leg stance holding a kickboard under water.
            Impaired ankle/hip strategy and proprioception after L ankle ORIF.
            Land re-test after pool: Hill Step Test L 9 / R 13 steps in 15 s.
            """,
            ["S82.852D"], [PT("97112", 22)], []),

        // Spanish-speaking PT: individual NMR (perturbations, tandem on the line, BAPS) for neuropathic proprioception, but "The patient improved much the balance" is the only outcome: measure missing.
        ["v5-h21-spanish-improved-much-no-number"] = new(
            """
            Neuromuscular reeducation (97112). The session was individual with the physiotherapist all the time.
            Were realized perturbations in standing in different directions, walking in tandem over the line, exercises in the BAPS board in all the directions.
            Patient presents alteration of the balance by decrease of the proprioception of both feet (diabetic neuropathy).
            The patient improved much the balance in comparison with the last week.
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Tablet note "pt did grate today!!": clamshells, bridges, side planks, monster walks and hip hikes with no sets, reps, load or number, for R hip abductor weakness: measure missing.
        ["v5-h21-tablet-grate-no-dose"] = new(
            """
            te 97110: clam shells, bridges, side planks, monster walks, hip hikes off step
            for R hip abductor weakness and lateral hip pain w stairs
            pt did grate today!! no increase in pain
            """,
            ["M25.551"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Hindi-speaking PT 97116 with a quadripod stick on plain ground, ramp and stairs, hemiplegic gait, measured in metres, 10 m walk seconds and stairs: passes.
        ["v5-h21-hindi-quadripod-metres"] = new(
            """
            Gait training (97116) – 20 mins
            Pt was made to walk with quadripod stick on plain ground and ramp, emphasis on heel strike and equal step length. Stair climbing training with railing, reciprocal pattern.
            Pt is having hemiplegic gait with circumduction of R LE and knee hyperextension (old CVA).
            Walked 200 mtrs with quadripod stick under supervision. 10 m walk time 14.2 sec (prev 18.6 sec). Climbed 12 stairs with one railing.
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Korean-speaking PT: "Only me and patient in the session"; Airex reaches, head-turn tandem, backward walking, pelvic perturbation; post-stroke balance reaction and proprioception; Tinetti score: passes.
        ["v5-h21-korean-tinetti"] = new(
            """
            97112 balance re-education 22min. Only me and patient in the session.
            Standing on Airex pad reach to cone 8 direction, tandem walk on line with head turn, backward walking, perturbation at pelvis.
            Patient has poor balance reaction and decrease proprioception of left leg after stroke.
            Tinetti 19/28 (2 weeks ago 16/28).
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // Tagalog-speaking PT: STM, myofascial release and suboccipital release to the neck and shoulders with no dose or number, "Pt verbalized lightness of the neck": measure missing.
        ["v5-h21-tagalog-stm-verbalized-lightness"] = new(
            """
            Intervention/s done: Manual therapy (97140) — STM and myofascial release done on B upper trapezius and levator scapulae, suboccipital release.
            Pt c/o neck stiffness and tightness of B UT from prolonged computer work (call center agent).
            Pt verbalized lightness of the neck after tx.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Hindi-speaking PT: "(97112) (23 mins)" and "(97110) (15 mins)" in numbered sections, "given individual session by me; no other pt was taken in between"; both sections complete: passes.
        ["v6-h21-hindi-mins-in-brackets"] = new(
            """
            Physiotherapy Daily Note
            Pt was given individual session by me; no other pt was taken in between.
            1) Neuromuscular re-education (97112) (23 mins): weight shifting on balance board, stepping strategy training with perturbations, tandem walking on foam.
               Pt is having impaired balance reactions and proprioception of L LE (post stroke).
               Berg Balance Scale 44/56 (prev 39/56).
            2) Therapeutic exercises (97110) (15 mins): bridging 3x10, hip abductor strengthening with 1 kg weight 3x10, sit to stand 2x10 for L hip and knee weakness.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], []),

        // Spanish-speaking PT: "Time by code: 97112 → 22 min ; 97530 → 16 min", worked with the patient alone; both sections complete (perturbations/foam, PD, TUG; floor rise/shower, min assist, goal): passes.
        ["v6-h21-spanish-arrow-times"] = new(
            """
            Time by code: 97112 → 22 min ; 97530 → 16 min
            The physical therapist worked with the patient alone, without other patients at the same time.
            97112: exercises of balance with perturbations in standing, walking with changes of direction to the voice command, standing on foam with eyes closed. Patient presents decrease of the postural control (Parkinson). Timed Up and Go 13.4 seconds (before 16.9).
            97530: practice of getting up from the floor using a chair, entering and exiting the shower with bench; minimal assistance. Objective: to take shower alone.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97530", 16)], []),

        // Tablet "97110 1u/14m" and "97140 1u/10m": units and minutes per code, both match; ankle exercises and talocrural glides, stiffness/weak PF, DF degrees: passes.
        ["v6-h21-tablet-units-slash-minutes"] = new(
            """
            97110 1u/14m — ankle alphabet x2, towel scrunches 3x20, seated heel raises 3x15 w 10#, BAPS seated lvl 2 x20 cw/ccw
            97140 1u/10m — talocrural AP glides gr III 3x30s, STM achilles/gastroc
            R ankle stiffness + weak PF after fx (boot d/c 2 wk ago)
            DF 8° (3° last wk)
            """,
            ["S82.61XD"], [PT("97110", 14), PT("97140", 10)], []),

        // Terse PTA: "NMR x2u, TE x1u, 38 min total": units per code and a total, no minutes per code; both sections complete and 1:1 stated: separate time missing.
        ["v6-h21-pta-units-and-total-only"] = new(
            """
            PTA DN — NMR x2u, TE x1u, 38 min total. Hands-on 1:1 thru NMR.
            NMR: rocker bd EC, tandem on beam, lat stepping to pushes — B LE proprio ↓ (neuropathy). Tandem EC 6s.
            TE: heel raises 3x15, ankle DF w band 3x15 — B ankle weakness.
            """,
            ["E11.42"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // Hand clinic: a "Manual:" section (scar massage, IP distraction/glides with holds) with no minutes beside "97110 — 15 min": minutes for one of two timed codes only: separate time missing.
        ["v6-h21-hand-manual-without-minutes"] = new(
            """
            Hand Therapy — L trigger thumb release, wk 3
            Manual: scar massage over the A1 incision and gentle IP joint distraction/glides, 3 x 30 s each.
            97110 — 15 min: isolated FPL blocking 3 x 10, thumb opposition to each finger 2 x 10, putty pinch 2 x 15.
            IP flexion limited after release; IP flex 45° (30° last wk).
            """,
            ["M65.312"], [OT("97140", 10), OT("97110", 15)], [SepTime]),

        // Pool: 97113 20 min matches, but "97116 — 25 min" against a 97116 line of 15: mismatch on 97116; content complete.
        ["v6-h21-aquatic-gait-minutes-differ"] = new(
            """
            AquaMotion PT
            97113 — 20 min: water walking warm-up 4 laps, hip abd/ext/flexion at wall 3 x 15 each with cuff floats, step-ups on pool step 3 x 10.
            97116 — 25 min: gait training at waist depth progressing to hip depth, 8 laps of 20 m, cues for heel-toe and arm swing.
            L THA wk 8: Trendelenburg gait and weak L hip abductors; goal: walk without the cane at church.
            """,
            ["Z96.642"], [PT("97113", 20), PT("97116", 15)], [At(Mismatch, "97116")]),

        // Tablet dictation with minutes and numbers in words ("for twenty two minutes", "for fifteen minutes", "twelve seconds", "three sets of fifteen"), one on one; both codes complete and match: passes.
        ["v6-h21-dictated-minutes-in-words"] = new(
            """
            Dictated via tablet. Neuromuscular reeducation for twenty two minutes one on one with me: rhythmic stabilization in half kneeling, Bosu squats with perturbations, stepping over hurdles with head turns. Left ankle proprioceptive deficit and delayed peroneal reaction after recurrent sprains. Single leg stance on Bosu left twelve seconds, right twenty five. Therapeutic exercise for fifteen minutes: eversion with red band three sets of fifteen, single leg heel raises three by twelve, lateral lunges two by ten for left ankle weakness.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], []),

        // Korean-speaking PT: "97112 NMR 30min, 1:1 treatment" against a line of 22: mismatch; ball perturbations, Airex EC head turns, beam; trunk control/ataxia; counts.
        ["v6-h21-korean-nmr-minutes-differ"] = new(
            """
            97112 NMR 30min, 1:1 treatment.
            Perturbation at trunk in sitting on ball, standing on Airex with eyes close and head turn, walking on balance beam.
            Patient has decrease trunk control and ataxia (cerebellar infarct).
            Sitting on ball with perturbation 10 time without fall. Tandem walk 6 step.
            """,
            ["I69.393"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Sensory-gym PT/OT co-treat: PT 97112 20 min (PT hands-on with Leo alone; bolster tall-kneel, wobble dish, foam blocks; CP trunk control; seconds) and OT 97530 20 min (chair, tray, potty; min A → CGA; preschool goal): per discipline both match: passes.
        ["v6-h21-peds-cotreat-per-discipline"] = new(
            """
            Little Leaps — PT/OT co-treat (Leo, 3 y, spastic diplegia)
            PT portion — 97112, 20 min, PT hands-on with Leo alone: tall-kneel on the bolster with lateral tilts, standing on the wobble dish reaching for stickers on the mirror, stepping over foam blocks with trunk support faded.
               Poor trunk postural control and delayed protective reactions (CP, GMFCS II).
               Tall-kneel on bolster 20 s w/o hands (8 s at IE).
            OT portion — 97530, 20 min: climbing onto the classroom-height chair, carrying a lunch tray 10 ft, pulling pants up/down at the potty; min A → CGA. Goal: manage the preschool bathroom routine.
            """,
            ["G80.1"], [PT("97112", 20), OT("97530", 20)], []),

        // Hindi-speaking PT: "Total time of session: 40 mins (TE + MT)" and no minutes per code; both sections complete: separate time missing.
        ["v6-h21-hindi-total-time-of-session-only"] = new(
            """
            Total time of session: 40 mins (TE + MT)
            Therapeutic exercises: chin tucks 3x10 with 5 sec hold, scapular retraction with theraband 3x15, cervical isometrics 10 x 5 sec.
            Manual therapy: manual cervical traction, Maitland grade II central PA C5-C6 3 x 30 sec.
            Pt is having cervical spondylosis with stiffness and reduced neck rotation; R rotation 50 deg.
            """,
            ["M47.812"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // Coded untimed care ("HP (97010) … x 10 min", "IFC unattended (G0283) x 15 min") beside one timed code "Manual 97140 — 12 min" (patellar and tib-fem mobs, ext deficit after ACL recon): no separate-time duty, minutes match: passes.
        ["v6-h21-hotpack-estim-one-timed-code"] = new(
            """
            HP (97010) to L knee x 10 min prior; IFC unattended (G0283) x 15 min with ice post.
            Manual 97140 — 12 min: patellar mobs superior/inferior gr III 3 x 30 s, tib-fem extension mobs with belt 3 x 30 s, STM distal quad.
            L knee ext deficit −8° after ACL recon (wk 6); goal: full ext for normal gait.
            """,
            ["S83.512D"], [PT("97010", 10), PT("G0283", 15), PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a hand-clinic 97140 + 97110 visit: DOC_NOTE_MISSING on each line, nothing else.
        ["v7-h21-empty-hand-mt-te"] = new(
            "",
            ["M18.11"], [OT("97140", 10), OT("97110", 15)], [At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // Note of blank lines only (a tablet's empty text box) on a 97530 with no diagnosis sent: missing on 97530 and the diagnosis check.
        ["v7-h21-blank-lines-peds-no-dx"] = new(
            "\n\n",
            [], [OT("97530", 25)], [At(NoteMissing, "97530"), Dx]),

        // Empty note with untimed 97010 (no profile) and 97116: missing on 97116 only.
        ["v7-h21-empty-hotpack-gait"] = new(
            "",
            ["R26.89"], [PT("97010", 10), PT("97116", 15)], [At(NoteMissing, "97116")]),

        // 97530 whose only target is a functional goal (get on the school bus without the aide lifting her), with step-unit trials and CGA → SBA: a goal is a deficit for 97530: passes.
        ["v7-h21-97530-bus-goal-only-target"] = new(
            """
            97530 — 20 min: practiced climbing the 3 tall steps of the mock school-bus step unit while wearing a backpack, stepping down leading with R, grabbing the handrail; 6 trials, CGA → SBA.
            Goal: get on the school bus without the aide lifting her.
            """,
            ["G80.1"], [PT("97530", 20)], []),

        // 97140 Mulligan mobilization with movement (3 x 10) and radial head glides (3 x 30 s) at the L elbow, grip-limiting pain: repetitions and holds are the parameter: passes.
        ["v7-h21-97140-mwm-repetitions"] = new(
            "97140: Mulligan MWM L elbow lateral glide with gripping, 3 x 10; radial head posterior glides gr III 3 x 30 s. L lateral elbow pain limiting grip.",
            ["M77.12"], [PT("97140", 10)], []),

        // OT 97110 with stretches held 3 x 30 s and forearm rotation work for stiffness after a radial head fracture: holds are the parameter: passes.
        ["v7-h21-97110-stretch-holds"] = new(
            "97110: wrist flexor and extensor stretches 3 x 30 s hold each, pronation/supination with hammer; R forearm rotation stiffness after radial head fx.",
            ["S52.124D"], [OT("97110", 12)], []),

        // 97116 whose only measure is the assistance level ("mod A → min A of 1") with hemi-walker gait training and L foot clearance / knee buckling: passes.
        ["v7-h21-97116-assist-level-only"] = new(
            "Gait trng w/ hemi-walker: mod A → min A of 1 for L foot clearance and weight shift; L knee buckling in stance.",
            ["I69.354"], [PT("97116", 15)], []),

        // Tagalog-speaking PT, wholly generic 97530 ("functional activities as per program", "tolerated tx", "To continue"): technique, generic, deficit and measure.
        ["v7-h21-tagalog-generic-ta"] = new(
            "Pt was given functional activities as per program. Pt tolerated tx. To continue.",
            ["M62.81"], [PT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Korean-speaking PT, wholly generic 97112 ("Balance exercise done. Patient tolerate well. Continue plan."): technique, generic, deficit, measure and one-on-one.
        ["v7-h21-korean-generic-nmr"] = new(
            "Balance exercise done. Patient tolerate well. Continue plan.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Hindi-speaking PT, wholly generic 97110 ("Exercises given as per protocol. Pt tolerated well. Continue same."): technique, generic, deficit and measure.
        ["v7-h21-hindi-generic-te"] = new(
            "Exercises given as per protocol. Pt tolerated well. Continue same.",
            ["M17.11"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes (vord-…)

        // Tablet TKA note with autocorrect slips ("squad sets", "heal slides", "tip-fem flexion mobs"): TE 15 and MT 10 match; exercises and mobs with doses, knee ROM/quad weakness with a car goal, flexion degrees: passes.
        ["vord-h21-tablet-tka-autocorrect"] = new(
            """
            R TKA 4 wks — daily note (typed on iPad)
            TE 97110 15 min: squad sets 2x15 w 5 sec hold, heal slides w strap 2x15, SAQ 3x10 2#, recumbent bike rocking → full revs x 20
            MT 97140 10 min: patella mobs sup/inf gr III, tip-fem flexion mobs in sitting 3x30s
            R knee flex ROM limited + quad weakness, goal: get in/out of car normally
            Knee flex 98° AROM (88° last visit)
            """,
            ["Z96.651", "M25.661"], [PT("97110", 15), PT("97140", 10)], []),

        // Terse PTA THA note: "TE 97110 16'" and "GT 97116 14'" (primes for minutes beside "300' x 2" for feet); exercises with doses, SPC gait with distance and SBA, abductor weakness and lurch: passes.
        ["vord-h21-pta-tha-te-gait"] = new(
            """
            PTA DN — L THA POD 23, anterior approach
            TE 97110 16': glute sets 2x15, standing hip abd/ext 3x10 ea, mini squats 2x10, step-ups 4" 2x10.
            GT 97116 14': SPC, 300' x 2 indoor + 1 curb, SBA; cues ↑ L stance, ↓ lurch.
            L hip abd weak, Trendelenburg lurch L.
            """,
            ["Z96.642"], [PTA("97110", 16), PTA("97116", 14)], []),

        // Hand clinic after trigger-finger release: tendon glides, blocking, differential glides and putty with doses; PIP stiffness with a steering-wheel goal; PIP ext and TAM: OT 97110 passes.
        ["vord-h21-hand-trigger-finger-release"] = new(
            """
            Harbor Hand — R long finger trigger release (A1), POD 12
            97110 — 16 min: tendon glides (straight, hook, full fist, tabletop, straight fist) 10 each, DIP/PIP blocking 2 x 10, differential FDS/FDP glides, putty squeeze green 2 x 15.
            PIP stiffness with flexion contracture tendency; goal: grip the steering wheel without catching.
            PIP ext −10°, TAM 230°.
            """,
            ["M65.331"], [OT("97110", 16)], []),

        // Hand clinic CMC OA: joint-protection training in kitchen tasks (97530 14 min, trials and cues) and FDI/thenar strengthening (97110 12 min, doses); thumb pain with a cooking goal, key pinch kg: passes.
        ["vord-h21-hand-cmc-oa-ta-te"] = new(
            """
            Harbor Hand — L thumb CMC OA (Eaton II), custom hand-based orthosis in use
            97530 — 14 min: joint-protection training in tasks: opening a jar with rubber grip and palm press, turning key with built-up key holder, lifting a pot two-handed with forearms neutral; 5 trials each, no cues on the last 3.
            97110 — 12 min: first dorsal interosseous strengthening with putty 3 x 10, thenar isometrics in a stable "C" 5 x 10 s.
            Thumb pain with pinch and grip; goal: cook without dropping pans.
            Key pinch L 4.0 kg (3.0 at eval).
            """,
            ["M18.12"], [OT("97530", 14), OT("97110", 12)], []),

        // Hand clinic after Dupuytren's fasciectomy: scar massage and sustained PIP extension stretch (97140 10 min), active extension and glides (97110 15 min); loss of PIP extension, degrees: passes.
        ["vord-h21-hand-dupuytren-mt-te"] = new(
            """
            Hand Therapy — R ring finger s/p partial fasciectomy (Dupuytren), wk 3
            97140 — 10 min: scar massage along the zig-zag incision, sustained PIP extension stretch 4 x 60 s.
            97110 — 15 min: active PIP/DIP ext 3 x 10, tendon glides 10 each, tabletop 2 x 10.
            Loss of PIP extension R ring finger; night extension orthosis checked, fits.
            PIP ext −25° (−40° pre-op); MCP full.
            """,
            ["M72.0"], [OT("97140", 10), OT("97110", 15)], []),

        // Vestibular follow-up after BPPV cleared (Dix-Hallpike negative): individual session, habituation, gaze x1 walking, foam tandem EC; residual imbalance; MSQ and seconds: passes.
        ["vord-h21-vestibular-residual-after-bppv"] = new(
            """
            Equilibrium Vestibular — f/u after R posterior canal BPPV cleared last visit (Dix-Hallpike negative today).
            97112, 22 min, individual session: habituation to bending and head-up positions x 5 reps each, gaze x1 walking with pitch turns, tandem on foam with eyes closed.
            Residual imbalance and motion-provoked dizziness after BPPV.
            Motion Sensitivity Quotient 8 (24 at IE); tandem on foam EC 12 s.
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // Concussion NMR 20 (PT 1:1 in the vision room; pursuits, saccades, VOR x1, head-turn gait; DVA lines) and TE 18 (bike at target HR with miles, DNF chin-nods with holds; flexor endurance seconds): passes.
        ["vord-h21-concussion-nmr-te"] = new(
            """
            Equilibrium Concussion Center — PT daily
            97112 — 20 min — PT 1:1 in the vision room: smooth pursuit and saccades seated → walking, VOR x1 with busy background, head-turn gait while naming colours.
            97110 — 18 min: stationary bike at 75% of threshold HR (129 bpm), 4.2 miles; cervical DNF chin-nod 3 x 10 with 10-s hold.
            Post-concussion: visual-vestibular dysfunction and exercise intolerance, cervical DNF weakness. Goal: full school day.
            DVA 1 line lost (3 at IE); cervical flexor endurance 24 s.
            """,
            ["S06.0X1D"], [PT("97112", 20), PT("97110", 18)], []),

        // Vestibular migraine, "1 on 1, dim room": visual-motion habituation with a scrolling clip, VR aisle, hallway head turns; visual dependence with a shopping goal; tolerance seconds and FGA: passes.
        ["vord-h21-vestibular-migraine-habituation"] = new(
            """
            Vestibular migraine — PT (1 on 1, dim room)
            NMR 97112 24 min: visual-motion habituation with a scrolling-stripes clip on the TV seated then standing, graded supermarket-aisle VR clip, head turns walking down the hallway.
            Visual motion sensitivity / visual dependence; goal: grocery shop without holding the cart.
            Tolerated the scrolling clip 90 s before symptoms (30 s last wk); FGA 25/30.
            """,
            ["G43.909"], [PT("97112", 24)], []),

        // Pool programme 97113 alone (water walking, deep-water cycling, wall exercises, squats), B knee OA with a bus-stop goal, lap seconds: passes.
        ["vord-h21-aquatic-97113-knee-oa"] = new(
            """
            AquaMotion PT — 97113 aquatic therapeutic exercise, 30 min, pool 90°F, chest depth.
            Water walking fwd/back/sideways 3 laps each; deep-water cycling with flotation belt 2 x 2 laps; hip abduction/extension at the wall 3 x 15 with cuff floats; squats 3 x 12.
            B knee OA and obesity — can't tolerate land loading yet; goal: walk 2 blocks to the bus stop.
            Water walking 20-m lap time 24 s (31 s at IE).
            """,
            ["M17.0", "E66.9"], [PT("97113", 30)], []),

        // Pool 97113 15 (aqua-jogging, wall work, bench sit-to-stand; hip/knee weakness) and 97112 23 "PT in the water 1:1" (EC lane tandem, turbulence SLS, noodle step-overs, perturbations; neuropathy); land tandem and 5x sit-to-stand: passes.
        ["vord-h21-aquatic-97113-97112"] = new(
            """
            AquaMotion PT — pool session
            97113 — 15 min: aqua-jogging with belt 4 laps, standing hip abd/ext at wall 3 x 15, sit-to-stand from pool bench 3 x 10 — B hip/knee weakness.
            97112 — 23 min, PT in the water 1:1: tandem walking along the lane line with eyes closed, single-leg stance with turbulence made around her, stepping over a floating noodle, perturbations at the shoulders.
            Impaired proprioception and postural reactions (peripheral neuropathy).
            Land tandem stance after pool 10 s (4 s at IE); 5x sit-to-stand 14.1 s.
            """,
            ["G62.9"], [PT("97113", 15), PT("97112", 23)], []),

        // First land session after the pool phase: gait 97116 15 (no cane, sidewalk and grass, feet, curbs, SBA) and TherEx 97110 15 (leg press, step-downs, TKE with doses), quad weakness with a dog-walking goal: passes.
        ["vord-h21-aquatic-to-land-gait-te"] = new(
            """
            AquaMotion PT — first land session after the pool phase (R TKA wk 10)
            Gait 97116 — 15 min: without cane, outdoor sidewalk + grass, 600 ft, cues for heel strike and knee ext; curbs x 4, SBA.
            TherEx 97110 — 15 min: leg press 3 x 10 @ 60 lb, step-downs 4" 3 x 8, TKE band 3 x 15.
            R quad weakness and stiff-knee gait; goal: walk the dog around the block.
            """,
            ["Z96.651"], [PT("97116", 15), PT("97110", 15)], []),

        // Sensory gym OT 97530 dressing routine at the cubby with a visual schedule, motor planning for self-care with a recess goal, steps out of 4 and zipper trials with HOH: passes.
        ["vord-h21-peds-cubby-dressing-routine"] = new(
            """
            Little Leaps — OT 97530, 24 min (Jonah, 6 y, ASD)
            Dressing routine at the cubby after swing (calming linear input first): unzipping/zipping jacket, donning shoes with Velcro, hanging backpack on hook; visual schedule with 4 pictures.
            Poor motor planning and sequencing for self-care; goal: get ready for recess with his class.
            Completed 3 of 4 steps independently (1 of 4 at IE); zipper engaged 2 of 4 trials with HOH.
            """,
            ["F84.0"], [OT("97530", 24)], []),

        // Pediatric PT toe walker: 1:1 w/ PT, heel-walking races, rocker board flat-footed, wedge ramp, squats without heel lift; ankle proprioception and heel-strike pattern with DF degrees; heel strikes out of 20: passes.
        ["vord-h21-peds-toe-walking-nmr"] = new(
            """
            Little Leaps — PT (Sofia, 4 y, idiopathic toe walking)
            97112 — 22 min, 1:1 w/ PT: heel-walking races, standing on the rocker board with flat feet, walking up the wedge ramp, squatting to pick up animals from the floor without heel lift.
            Poor ankle proprioception and heel-strike motor pattern; DF limited to 5° with knee straight.
            Heel strike on 14 of 20 steps on video (6 of 20 at IE).
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // Pediatric PT Down syndrome: 97110 15 (step-ups, bridges, animal walks with doses; LE/core weakness) and 97530 16 (rope ladder, slide, swing; CGA), playground goal, rungs: passes.
        ["vord-h21-peds-down-syndrome-te-ta"] = new(
            """
            Little Leaps — PT (Eli, 8 y, Down syndrome)
            97110 — 15 min: stair step-ups 6" 3 x 10, bridges 3 x 10, animal walks (bear crawl, crab walk) 4 x 15 ft — for LE and core weakness, ligamentous laxity.
            97530 — 16 min: playground skills — climbing the rope ladder, going down the slide feet first, getting on/off the swing; CGA on ladder.
            Goal: keep up with classmates on the playground.
            Rope ladder 5 rungs CGA (2 rungs at IE).
            """,
            ["Q90.9"], [PT("97110", 15), PT("97530", 16)], []),

        // Spanish-speaking OT: 97530 breakfast preparation with stand-by assistance and cues, R UE weakness/coordination after stroke with a breakfast goal, Nine Hole Peg seconds: passes.
        ["vord-h21-spanish-ot-breakfast"] = new(
            """
            Occupational Therapy — daily note
            97530 therapeutic activities, 25 minutes. The patient practiced the preparation of a simple breakfast: to fill the kettle, to take cups from the upper cabinet with the right hand, to spread butter in the bread. Stand-by assistance, 2 verbal cues for security.
            Patient presents weakness and decrease of coordination of the right upper extremity after stroke. Objective: to prepare her breakfast alone at home.
            Nine Hole Peg Test right 48 seconds (62 seconds in the evaluation).
            """,
            ["I69.331"], [OT("97530", 25)], []),

        // Tagalog-speaking PT SOAP: TherEx (97110) x 18 mins and Manual therapy (97140) x 10 mins, each with doses/grades; L quad weakness and tight lateral structures (PFPS); step-downs without valgus: passes.
        ["vord-h21-tagalog-pfps-te-mt"] = new(
            """
            Daily Progress Note — PT
            S: Pt verbalized less knee pain upon climbing stairs.
            Intervention/s:
             - TherEx (97110) x 18 mins: SLR 3x10 c̄ 2 lbs, quad sets 3x10 hold 5 secs, terminal knee ext c̄ yellow TB 3x15, step ups 4" 2x10
             - Manual therapy (97140) x 10 mins: patellar glides gr II-III, STM to L ITB and lateral retinaculum
            A: Pt still with L quad weakness and tight lateral structures (PFPS). Pt managed 10 step-downs w/o knee valgus vs 5 last tx.
            P: Cont. POC, progress load as tolerated.
            """,
            ["M22.2X2"], [PT("97110", 18), PT("97140", 10)], []),

        // Hindi-speaking PT: ULTT1 positive as the finding; Manual therapy (97140) 12 mins (median nerve slider, Elvey lateral glide) and Therapeutic exercises (97110) 13 mins (DNF with pressure biofeedback, scapular setting); rotation degrees: passes.
        ["vord-h21-hindi-cervical-radiculopathy"] = new(
            """
            Physiotherapy Daily Note
            Pt is having neck pain radiating to R arm with reduced cervical rotation (cervical radiculopathy C6). ULTT1 (median) positive R.
            Manual therapy (97140) – 12 mins: median nerve slider mobilisation 3 x 10, cervical lateral glide (Elvey) grade III 3 x 30 sec.
            Therapeutic exercises (97110) – 13 mins: deep neck flexor training with pressure biofeedback 22 → 26 mmHg x 10, scapular setting 3 x 10, chin tucks 3 x 10.
            R cervical rotation 60 deg (45 deg at IE).
            """,
            ["M54.12"], [PT("97140", 12), PT("97110", 13)], []),

        // Korean-speaking PT 97110 after cuff repair: pulley, wand ER, side-lying ER with load, band retraction, wall walking; L shoulder stiffness/weakness; AROM degrees: passes.
        ["vord-h21-korean-shoulder-te"] = new(
            """
            97110 therapeutic exercise 20min
            Patient do pulley flexion 20 times, wand exercise external rotation 2x15, sidelying ER with 1lb 3x10, scapula retraction with red band 3x15, wall walking.
            Left shoulder stiffness and weakness after rotator cuff repair (12 week).
            Left shoulder flexion AROM 135°, ER 40° (last time 120°, 30°).
            """,
            ["M75.122"], [PT("97110", 20)], []),

        // Tablet lumbar-strain note: 97110 14 (press-ups, cat camel, bird dogs, hinge with doses) and 97530 12 (box lifts, carrying, cart pushing with loads and distances), warehouse return-to-duty goal: passes.
        ["vord-h21-tablet-lumbar-te-ta"] = new(
            """
            lumbar strain, wk 3 — iPad note
            97110 14 min: prone press ups 2x10, cat camel x15, bird dogs 3x10 w 3 sec hold, hip hinge w dowel 3x10
            97530 12 min: lifting 15# box floor → waist x10 w hip hinge, carrying box 20 ft x4, pushing loaded cart 50 ft
            pt is a warehouse picker, goal back to full duty; low back stiffness + poor lift mechanics
            """,
            ["S39.012D"], [PT("97110", 14), PT("97530", 12)], []),

        // Terse PTA NMR + TE: "Hands-on w/ pt, no other pts during NMR"; NMR 23' (line tandem, Airex SLS with toss, cone side-steps, turns; neuropathy; steps) and TE 15' (doses, ankle weakness): passes.
        ["vord-h21-pta-terse-nmr-te"] = new(
            """
            PTA DN. Hands-on w/ pt, no other pts during NMR.
            NMR 97112 23': tandem walk fwd/bkwd on line, SLS on Airex w/ ball toss, side-stepping over cones, 180° turns on cue.
              ↓ postural ctrl + proprio B LE (PN). Tandem 10 steps w/o LOB (4 at IE).
            TE 97110 15': heel raises 3x15, DF w/ band 3x15, mini squats 2x10; B ankle weakness.
            """,
            ["G62.9"], [PTA("97112", 23), PTA("97110", 15)], []),

        // Owner-therapist neuro practice: "the only person on my schedule during this hour"; NMR 23 (scale weight acceptance, target stepping with tapping, foot-placement STS) and gait 15 (AFO, SBQC, feet, CGA); L hemiparesis; % BW: passes.
        ["vord-h21-owner-neuro-nmr-gait"] = new(
            """
            Stepwise Neuro PT (owner-therapist) — pt was the only person on my schedule during this hour.
            97112 — 23 min: weight acceptance drills L LE with biofeedback scale, stepping L to floor targets with tapping to glutes, sit-to-stand with L foot placed behind R.
            97116 — 15 min: gait with L AFO and SBQC, 250 ft x 2, CGA; cues for L heel strike, ↓ circumduction.
            L hemiparesis — impaired L LE motor recruitment and weight shift.
            Scale: 45% BW on L (35% at IE).
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Tablet cuff-repair note ("rotator cup"): MT 12 (GH glides with holds, sleeper stretch) and TE 16 (ER, prone T/Y, rows, isometrics with doses); capsule tightness/cuff weakness with seat-belt goal; IR level and ER degrees: passes.
        ["vord-h21-tablet-rotator-cup-mt-te"] = new(
            """
            L rotator cup repair wk 14 (typed on tablet, pls excuse typos)
            MT 97140 12 min: GH post glides gr III 3x30s, inf glides gr III, sleeper stretch w overpressure 3x30s
            TE 97110 16 min: side lying ER 3x12 2#, prone T/Y 2x10, rows w red band 3x15, ER/IR isometrics 5x10s
            L post capsule tightness + cuff weakness, goal: reach seat belt + put dishes in upper cupboard
            IR behind back to L3 (sacrum last wk), ER 60°
            """,
            ["M75.112"], [PT("97140", 12), PT("97110", 16)], []),

        // Complete hand-clinic 97110 (wrist AROM, deviation with load, forearm rotation, putty; stiffness and weak grip; Jamar kg) sent with no diagnosis: the diagnosis check only.
        ["vord-h21-hand-wrist-no-diagnosis"] = new(
            """
            Harbor Hand — L wrist sprain, wk 4
            97110 — 15 min: wrist AROM in all planes 2 x 15, radial/ulnar deviation with 1-lb dumbbell 3 x 10, forearm rotation with hammer 3 x 10, grip putty 2 x 15.
            L wrist stiffness and weak grip for typing and lifting.
            Jamar L 18 kg / R 30 kg.
            """,
            [], [OT("97110", 15)], [Dx]),

        // Complete tablet 97110 whose diagnosis cell holds the words "knee OA" instead of an ICD-10-CM code: the diagnosis check only.
        ["vord-h21-tablet-words-in-dx-cell"] = new(
            """
            knee oa — te 97110 20 min: leg press 3x10 60#, step ups 6" 3x10, TKE red band 3x15, SLR 3x10 2#
            R knee weakness + pain w stairs
            sit to stand x5 13.2 sec
            """,
            ["knee OA"], [PT("97110", 20)], [Dx]),

        // Tablet "TE + MT done as usual, pt tol well, cont w POC. 25 min": wholly generic for both codes and only a total: technique, generic, deficit and measure on each, and separate time.
        ["vord-h21-tablet-generic-te-mt-total"] = new(
            "TE + MT done as usual, pt tol well, cont w POC. 25 min",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Tagalog-speaking PT, NMR x 22 mins and TherEx x 15 mins both complete (wobble board EC, tandem perturbations; neuropathy; tandem seconds / doses, hip weakness) but never says how the NMR was delivered: one-on-one missing.
        ["vord-h21-tagalog-nmr-te-unstated"] = new(
            """
            Tx done today:
             - NMR (97112) x 22 mins: wobble board c̄ eyes closed, perturbation training in tandem stance, stepping over obstacles.
             - TherEx (97110) x 15 mins: hip abd c̄ 2 lbs 3x10, bridging 3x10, heel raises 3x15.
            A: Pt with poor standing balance and ↓ proprioception B LE (DM neuropathy); B hip weakness. Pt maintained tandem stance x 12 secs vs 5 secs last tx.
            P: Cont. POC.
            """,
            ["E11.42"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Korean-speaking PT 97116: quad-cane gait in hallway and outside with heel-strike and step cues, R leg weakness after stroke, "Patient walk better than before" and no number: measure missing.
        ["vord-h21-korean-gait-no-number"] = new(
            "97116 gait training. Patient walk with quad cane in hallway and outside, practice heel strike and bigger step. Right leg weakness and short step after stroke. Patient walk better than before.",
            ["I69.351"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Spanish-speaking PT 97110 with treadmill, squats, step-ups and rower doses but no region, impairment or goal: deficit missing.
        ["vord-h21-spanish-te-no-target"] = new(
            """
            Therapeutic exercise 97110, 18 minutes. Were realized: walking in the treadmill 0.5 miles at 2.0 mph, squats 3 series of 10, step ups in step of 6 inches 3 x 10, rowing machine 500 meters.
            The patient finished all the exercises without rest.
            """,
            ["M62.81"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // Hand clinic distal radius: "97140 — 18 min" against an OT 97140 line of 10 (97110 15 matches); content complete: mismatch on 97140.
        ["vord-h21-hand-manual-minutes-differ"] = new(
            """
            Harbor Hand — R distal radius fx (ORIF wk 8)
            97140 — 18 min: radiocarpal dorsal/volar glides gr III 3 x 30 s, distal radioulnar glides for supination 3 x 30 s.
            97110 — 15 min: wrist ext/flex with 1 lb 3 x 12, supination with hammer 3 x 10, grip putty 2 x 15.
            R wrist stiffness, supination limited.
            Supination 55° (40° at wk 6); wrist ext 45°.
            """,
            ["S52.501D"], [OT("97140", 10), OT("97110", 15)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
