using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The nineteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from two employers,
/// in the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits:
/// <list type="number">
/// <item>a statewide non-profit rehabilitation network's outpatient neuro, amputee and pelvic-health
/// programmes (stroke, lateral medullary stroke, cerebellar ataxia, functional neurological disorder,
/// Parkinson's, transfemoral and transtibial amputees with microprocessor knees and ply socks, stress
/// incontinence, outlet constipation, diastasis, levator hypertonus), charted by staff PTs, PTAs and OTs,
/// by DPT students whose notes carry their clinical instructor's co-signature, and by per-diem therapists
/// covering several sites;</item>
/// <item>a chain of physical-therapy clinics inside fitness centres, whose clients are gym members
/// (sled pushes, trap-bar deadlifts, the SkiErg and Concept2 rower, battle ropes, a Smith machine, the
/// McGill big three), charted on the floor or at the end of the day from memory ("late entry",
/// "charted from recall at end of day"), on templates whose defaults are left in ("[ ]" menus never
/// ticked, "[select]" drop-downs, a "Pt tolerated tx well" default beside free text, "Treatment type"
/// radio rows).</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside untimed G0283 and 97150 and timed
/// but unprofiled 97035. Each note's DOC_* findings were judged by hand as a payer reviewer applying the
/// contract:
/// <list type="bullet">
/// <item>class 1 (v1-h19-…): one-on-one in these writers' words ("SPT + CI with pt exclusively", "pt was
/// alone with me the entire time", "seen individually in the private pelvic room, door closed, PT present
/// throughout", "PT worked with this pt only" while the prosthetist adjusted alignment, "dedicated
/// appointment (1 pt : 1 PT)"), notes that negate it (two gym members on the open floor with the PT
/// splitting time, a student treating two patients at adjacent mats) or never state it (a per-diem PT
/// covering a site), and a 97140 on a busy gym floor and a group-kitchen 97530, which have no one-on-one
/// check;</item>
/// <item>class 2 (v2-h19-…): template states: a "Treatment type" row with Concurrent ticked, "Y / N"
/// columns, a technique menu of "[ ]" never ticked under a one-on-one "[X]", a default sentence left in
/// beside free text, an impairment row of "☐" with no region anywhere, an assist-level "[select]" never
/// chosen, "(•) Individual ( ) Group", a compact export "ONE_ON_ONE=N", a gait grid filled in, a
/// "Planned / Done today" technique grid;</item>
/// <item>class 3 (v3-h19-…): named programmes and methods as techniques (Affolter guiding, Gailey's
/// prosthetic pre-gait progression, FND motor retraining with distraction and entrainment, PD forced-rate
/// tandem cycling, Bø-style PFM training, the McGill big three, Thiele massage, an AlterG treadmill, a
/// SaeboGlove), one Tai Ji Quan 97112 with no number and one boxing-circuit 97530 with no target;</item>
/// <item>class 4 (v4-h19-…): deficits stated as findings (pistoning in the socket with a lateral trunk
/// lean, intention tremor and rebound, steppage gait with DF grade, an inter-rectus distance with doming,
/// a painful arc with hitching, lateropulsion with subjective visual vertical) and notes that state none
/// (a 97112 with "Impairments: none observed today"; a 97140 with no region);</item>
/// <item>class 5 (v5-h19-…): measures in their usual forms (PFM hold and reps with a bladder diary, the
/// AMPnoPRO, the 30-second chair stand, the Trunk Control Test, the Purdue Pegboard, hand-held dynamometry
/// in kg) and notes with none ("less sway than last session", "walked further today", STM with no dose);</item>
/// <item>class 6 (v6-h19-…): minutes in their usual forms ("23m", "Min: NMR 22 / TA 16", a student's and a
/// CI's codes, an untimed G0283 beside one timed code, an attended 97035 with its minutes, "TherEx — 15
/// minutes"), true mismatches (a single code charted from memory at 30 against 20, two codes swapped at
/// end of day, the OT half of a co-treat) and truly missing separate time (a total only, "split roughly
/// evenly");</item>
/// <item>class 7 (v7-h19-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97150), and the contract's meanings of technique, deficit and measure for
/// 97110 (wholly generic), 97530 (assistance level as the measure; wholly generic), 97140 (hold as the
/// parameter) and 97116 (steps and assistance);</item>
/// <item>ordinary (vord-h19-…): complete notes of both employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a template left at its
/// defaults, a missing and an ICD-9 diagnosis, an NMR + TE note that never says one-on-one, a combined
/// total only, a gait note with no number, a TE note with no target.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note, generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity inside a one-timed-code note, self-rated scores as the only number, three-character or dotless
/// diagnosis codes, minute ranges and approximate minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 80 of 93 cases agree (92 needed), and 9 of the 60 notes the reviewer passes got a finding, on the
/// analyzer of 3e41b73 (the start of 2026-12-04's evening session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 83 of 93, 7 false positives, at its first run on that session's final analyzer (405673e): the
/// held-out figure. Then development data: "NMR 23m 1:1", a Y/N grid's N column, "PT worked with this pt
/// only", "alone with me", verticality retraining, surface-EMG sensory retraining, prosthetic gait deviations,
/// trigger-point compression, "No c/o pain"; 93 of 93, no false positive.
/// </para>
/// </summary>
public class HeldOutNotesIssue18NineteenthTests(ITestOutputHelper output)
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

        // DPT student note co-signed by the CI: "SPT + CI w/ pt exclusively" states one-on-one; PNF chops/lifts and resisted weight shift; R hemiparesis with poor glute med recruitment; % weight through R LE on scales: passes.
        ["v1-h19-spt-ci-exclusively"] = new(
            """
            SPT Daily Note — Neuro Outpt (North campus)
            97112 Neuromuscular re-ed, 25 min. SPT + CI w/ pt exclusively, no other pts on CI's schedule this slot.
            Tx: PNF chops and lifts in half-kneel (L knee down), resisted lateral weight shift onto R LE w/ band at pelvis, stepping R LE onto 4" step w/ tapping to glute med.
            Impairment: R hemiparesis — delayed recruitment of R glute med and poor weight acceptance R stance.
            Objective: standing on 2 scales, R LE 41% BW (33% at IE); R SLS 3 s.
            K. Amadi, SPT / co-signed M. Lindqvist, PT, DPT (CI) — present and directing throughout.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // End-of-day "late entry" from recall: "pt was alone with me the entire time in the vestibular room"; optokinetic habituation and VOR x1 on a busy background; visual dependence after L vestibular neuritis; OKN tolerance in seconds: passes.
        ["v1-h19-late-entry-alone-with-me"] = new(
            """
            LATE ENTRY (charted at end of day for the morning appt, from my recall of the session)
            Pt was alone with me the entire time in the vestibular room.
            97112 x 22 min — optokinetic habituation (moving-stripes projection) in standing, VOR x1 horizontal against busy checkerboard background, head turns while walking past the mirror wall.
            Uncompensated L peripheral vestibular loss (neuritis) w/ visual dependence: ↑ sway + nausea in busy visual environments.
            Tolerated OKN stimulus 95 s before symptom onset (40 s last wk); VOR x1 sustained 60 s without losing target.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Fitness-centre floor: "I split my time between her and another PT client on the open gym floor": not one-on-one; SL RDL on half roller, band tugs; R ankle proprioception after sprain; foam EC seconds.
        ["v1-h19-gym-floor-split-time"] = new(
            """
            FlexFit PT @ Riverside Club — 97112 23 min
            Done on the open gym floor; I split my time between her and another PT client doing their program two racks over.
            SL RDL to cone touch standing on half foam roller, SL stance w/ band tugs at ankle from 4 directions, lateral hops onto AirFlex pad w/ stick-the-landing.
            R ankle proprioception still ↓ 7 wk s/p inversion sprain; late peroneal response on tugs.
            SL stance on foam EC: R 8 s / L 21 s.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Per-diem PT covering a site writes a complete NMR note (rhythmic stabilisation, reactive stepping; trunk postural control in PD; Pull Test steps) and never states how the session was delivered.
        ["v1-h19-per-diem-unstated"] = new(
            """
            Per diem PT covering Lakeshore site for regular therapist (on leave).
            NMR 97112, 24 min: rhythmic stabilization in standing (A/P and rotational), reactive backward stepping to release-from-lean, turning in a 1-m square with floor markers.
            Pt w/ Parkinson's: ↓ trunk postural control and retropulsion, slow reactive steps.
            Retropulsion test: 3 steps to recover (5 steps at last re-eval); 360° turn 7 steps.
            Will hand back to primary PT next wk.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Pelvic programme: "seen individually in the private pelvic room, door closed, PT present throughout"; PFM coordination with sEMG and relaxation on bear-down; dyssynergic pattern; trials out of 5 and first sensation in mL: passes.
        ["v1-h19-pelvic-private-room"] = new(
            """
            Pelvic Health — follow-up. Seen individually in the private pelvic room, door closed, PT present throughout.
            97112 (22 min): PFM motor-control retraining with perineal surface EMG: lengthening/relaxing the pelvic floor during simulated bear-down with abdominal bracing, rectal sensory retraining with graded volumes.
            Deficit: paradoxical PFM contraction on bearing down (dyssynergia) and blunted rectal sensation.
            PFM relaxed on bear-down in 4 of 5 trials (1 of 5 at eval); first sensation at 60 mL (110 mL at eval).
            """,
            ["K59.02"], [PT("97112", 22)], []),

        // Amputee clinic: prosthetist in the room adjusting alignment, "PT worked with this pt only"; stride-stance perturbations and weight shift onto the prosthesis; limb-loading deficit L TFA; % BW and Houghton: passes.
        ["v1-h19-amputee-prosthetist-present"] = new(
            """
            Amputee Program — L TFA, microprocessor knee (C-Leg), wk 5 of training.
            Prosthetist in the room part of the visit adjusting alignment; PT worked with this pt only for the whole NMR block.
            97112 — 24 min: lateral weight shifts onto prosthesis to floor targets, stride-stance perturbations at pelvis, reaching out of base of support with prosthetic limb loaded.
            Limiting: ↓ limb loading and proprioceptive awareness through the socket, trunk lean to L in stance.
            Loading on scale 52% BW (38% last wk); Houghton Scale 7/12.
            """,
            ["Z89.612"], [PT("97112", 24)], []),

        // Student treated "this pt and Mr. K concurrently at adjacent mats under CI supervision": not one-on-one; tall-kneel perturbations and quadruped reach; trunk ataxia; tall-kneel hold seconds.
        ["v1-h19-student-two-pts-adjacent-mats"] = new(
            """
            SPT note (co-sign pending): 97112 20 min. SPT worked w/ this pt and Mr. K concurrently at adjacent mats, CI supervising both.
            Tall-kneel perturbations, quadruped opposite arm/leg reach w/ cane on spine for feedback, side-sitting to tall-kneel transitions.
            Truncal ataxia (cerebellar stroke) w/ overshoot on weight shift.
            Tall-kneel hold w/o UE 25 s (10 s at IE); 2 LOB in 10 reaches.
            """,
            ["I69.393"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // 97140 on a busy gym floor with members all around: no one-on-one check for 97140; PA glides and rotation mobilisation with movement to T4–T8; thoracic hypomobility; rotation degrees: passes.
        ["v1-h19-97140-busy-gym-no-check"] = new(
            """
            Manual 97140 — 12 min, on the treatment table by the squat racks (busy evening, members everywhere).
            Grade III–IV central PA glides T4–T8, seated thoracic rotation mobs w/ movement, STM upper traps.
            Thoracic hypomobility limiting overhead press; R rotation restricted.
            Seated thoracic rotation R 30° → 42° post; L 45°.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // OT 97530 in the group kitchen with two other clients: 97530 has no one-on-one check; stove-to-counter pot transfers and laundry folding standing; L neglect; scanning cues count and min A: passes.
        ["v1-h19-ot-group-kitchen-97530"] = new(
            """
            OT — 97530 25 min, group kitchen (2 other clients cooking at the far bench).
            Boiling pasta: moving pot stove → counter w/ oven mitts, gathering items from L-side cupboards, folding a laundry basket of towels in standing.
            Working on L inattention and standing tolerance for meal prep; goal: make a simple lunch at home alone.
            Min A for balance while carrying; needed 4 verbal cues to scan L (9 cues last session).
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // "Dedicated appointment (1 pt : 1 PT)" states one-on-one; gaze shifts with head-eye coordination and walking with ball tosses; concussion with cervical proprioceptive deficit; head-turn walking errors and NPC cm: passes.
        ["v1-h19-dedicated-1pt-1pt"] = new(
            """
            Appointment type: dedicated (1 pt : 1 PT)
            NMR 97112 23 min — saccade/gaze-shift drills between two targets with head movement, walking with head turns catching a tennis ball, cervical joint position retraining to laser target on wall.
            Post-concussion: impaired head-eye coordination and cervical proprioception.
            Laser JPE 6.1 cm avg (9.4 cm at eval); walking w/ head turns 1 path deviation in 6 passes; NPC 7 cm.
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // "Treatment type: [ ] Individual (1:1) [X] Concurrent [ ] Group": concurrent, not one-on-one; the rest (stepping strategy on the perturbation platform, ↓ postural reactions, mini-BEST item) is complete.
        ["v2-h19-treatment-type-concurrent"] = new(
            """
            Treatment type: [ ] Individual (1:1)   [X] Concurrent   [ ] Group
            97112 — 20 min
            Free text: anterior/posterior lean-and-release for stepping strategy, lateral push-and-catch, obstacle course with sudden stops on therapist's call.
            ↓ reactive postural responses; 2 falls in last 3 months.
            Compensatory stepping: single step in 6/8 releases (3/8 at IE).
            """,
            ["R29.6"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Y / N columns: "Individual session  Y" and "Concurrent / group  N": one-on-one stated; heel-toe walking on a foam beam and eyes-closed tandem; somatosensory loss in neuropathy; monofilament and tandem seconds: passes.
        ["v2-h19-y-n-columns-individual-y"] = new(
            """
            Session                          Y    N
            Individual session               Y
            Concurrent / group                    N
            Interpreter used                      N

            97112 / 24 min: heel-to-toe walking on foam beam, tandem stance EC with head nods, stepping onto compliant pads in a random pattern.
            Peripheral neuropathy: ↓ plantar somatosensation B feet, relies on vision.
            Monofilament 2/10 sites R, 3/10 L; tandem EC 6 s (2 s at IE).
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // Technique and deficit menus left at "[ ]" with one-on-one "[X]" and only "Pt tolerated treatment well" in comments: nothing named, generic only, no deficit, no number; one-on-one is stated.
        ["v2-h19-menus-never-ticked"] = new(
            """
            NEURO RE-ED (97112)   Minutes: 22
            One-on-one: [X]
            Techniques: [ ] PNF  [ ] Perturbation  [ ] Vestibular/gaze  [ ] Unstable surface  [ ] Motor control drills
            Impairment targeted: [ ] Proprioception  [ ] Postural control  [ ] Coordination  [ ] Vestibular
            Outcome measure: ________
            Comments: Pt tolerated treatment well.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // Template default "Patient tolerated treatment well with no adverse reactions. Continue per plan of care." left in above real free text (Bø-style PFM sets and holds for stress incontinence): the free text makes it complete: passes.
        ["v2-h19-default-sentence-beside-free-text"] = new(
            """
            [Template] Patient tolerated treatment well with no adverse reactions. Continue per plan of care.
            [Free text] TherEx 97110, 20 min: PFM near-max contractions 3 x 10, 6-s holds, in supine → sitting → standing; the Knack before cough x 10; transverse abdominis co-contraction w/ exhale 2 x 12.
            For PFM weakness w/ stress urinary leakage on cough and lifting her grandson.
            Leaks this wk 3 (bladder diary; 11 at eval).
            """,
            ["N39.3"], [PT("97110", 20)], []),

        // Impairment row of "☐" with none ticked and no region, impairment or goal anywhere; sit-to-stand, marching, band walks with sets and reps: only the deficit is missing for 97110.
        ["v2-h19-impairment-boxes-empty"] = new(
            """
            Ther Ex 97110 — 18 min
            Impairment: ☐ Strength ☐ ROM ☐ Endurance ☐ Balance
            Sit to stand from 18" chair 3 x 10; standing marching 2 x 20; lateral band walks (green) 3 x 15 ft; bridging 2 x 12.
            No c/o pain.
            """,
            ["M62.81"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // 97530 "Assist level: [select]" never chosen, no distance or reps, transfers named and a goal: only the measure is missing.
        ["v2-h19-assist-level-select-default"] = new(
            """
            Therapeutic Activities (97530) — 20 min
            Task: bed ↔ wheelchair squat-pivot transfers, toilet transfer using grab bar, reaching to the floor from wheelchair to retrieve dropped items.
            Assist level: [select]
            Goal: return home with husband and transfer safely with his help only.
            """,
            ["I69.351"], [PT("97530", 20)], [At(Measure, "97530")]),

        // "(•) Individual ( ) Group" radio row states one-on-one; sensory reintegration on a rocker board in both planes with EC; vestibulospinal postural control after labyrinthitis; CTSIB seconds: passes.
        ["v2-h19-radio-bullet-individual"] = new(
            """
            Delivery: (•) Individual  ( ) Group  ( ) Co-treat
            97112 25 min
            Rocker board A/P and M/L w/ EC, standing on dense foam with slow head rotations, walking 360° turns on call.
            Labyrinthitis (R) w/ poor vestibulospinal postural control on compliant surfaces.
            Foam EC 18 s (7 s at IE); 360° turn 4 s with no stagger.
            """,
            ["H83.01"], [PT("97112", 25)], []),

        // Compact export "ONE_ON_ONE=N": one-on-one negated; weighted-vest walking with metronome and tandem drills; ataxic gait; tandem steps count.
        ["v2-h19-export-one-on-one-n"] = new(
            """
            CPT=97112;MIN=23;ONE_ON_ONE=N;LOC=Gym2
            TX=weighted vest 2 lb at trunk w/ tandem walking, heel-toe to metronome 60 bpm, stepping over staggered cones
            DEFICIT=spinocerebellar ataxia — broad-based staggering gait, ↓ timing of limb placement
            MEASURE=tandem 8 consecutive steps w/o side-step (4 at eval)
            """,
            ["R27.0"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Gait grid filled: device SPC, assist SBA, distance 150 ft x 3, surfaces, deviations (↓ R stance, R Trendelenburg): 97116 complete: passes.
        ["v2-h19-gait-grid-filled"] = new(
            """
            GAIT TRAINING 97116 — 20 min
            Device      | SPC (L hand)
            Assist      | SBA
            Distance    | 150 ft x 3
            Surfaces    | carpet, tile, 1:12 ramp
            Deviations  | ↓ R stance time, R Trendelenburg, cue for heel strike
            Goal        | walk into church from the parking lot w/ cane only
            """,
            ["M16.11", "R26.89"], [PT("97116", 20)], []),

        // "Planned / Done today" technique grid with ✔ under Done for two techniques, 1:1 row ticked, deficit and measure in text: passes.
        ["v2-h19-planned-done-grid"] = new(
            """
            NMR 97112 — 22 min — 1:1 ✔
            Technique                    Planned   Done today
            PNF D1/D2 LE patterns          ✔          ✔
            Half-kneel perturbations       ✔          ✔
            Treadmill backward walking     ✔
            Deficit: L LE motor timing/sequencing for swing (incomplete SCI).
            L foot clearance: toe drag 2 of 20 steps (7 of 20 last wk).
            """,
            ["S14.125D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // OT 97530 with Affolter guiding (nonverbal tactile-kinesthetic guidance) for sandwich making; L hemi, apraxia; mod → min A and steps out of 5: passes.
        ["v3-h19-ot-affolter-guiding"] = new(
            """
            OT 97530 — 24 min
            Affolter guided problem-solving (nonverbal tactile-kinesthetic guiding through both hands) to make a sandwich: opening bread bag, spreading, cutting.
            Ideational apraxia + R hemiparesis after L MCA stroke; goal: prepare own lunch.
            Completed 3 of 5 steps without guiding (1 of 5 last wk); min A overall (mod A at IE).
            """,
            ["I69.390", "I69.351"], [OT("97530", 24)], []),

        // Gailey's prosthetic pre-gait then gait progression with the C-Leg in the bars and hall; L TFA stance; distance and assist: 97116 passes.
        ["v3-h19-gailey-pregait-tfa"] = new(
            """
            97116 gait training 23 min — Gailey's prosthetic pre-gait progression (weight shift, prosthetic step-through, sound-limb step-up) then hallway gait with C-Leg.
            L TFA: short sound-side step and abducted prosthetic gait.
            Hallway 200 ft x 2 with SPC, CGA; step-through in bars 3 x 10.
            """,
            ["Z89.612"], [PT("97116", 23)], []),

        // Functional neurological disorder: motor retraining with distraction and rhythmic entrainment; impaired automatic gait/postural control; S-FMDRS and walk seconds; "my only patient during the hour": passes.
        ["v3-h19-fnd-motor-retraining"] = new(
            """
            Neuro — FND clinic. Pt was my only patient during the hour.
            97112 (25 min): FND motor retraining — walking while counting backwards (distraction), entrainment to music at self-selected beat, backward and sideways walking to reset automatic pattern, mirror feedback.
            Functional gait disorder: effortful dragging L leg, loss of automatic postural control under attention.
            Simplified FMDRS 9 (16 at eval); 10 m walk 11.2 s (19.8 s at eval).
            """,
            ["F44.4"], [PT("97112", 25)], []),

        // PD forced-rate tandem cycling for 97110 with cadence, sets and bouts; bradykinesia and LE power; 30 s chair stand: passes.
        ["v3-h19-pd-forced-rate-cycling"] = new(
            """
            Ther-ex 97110, 22 min. Forced-rate cycling on the tandem bike (therapist pedalling front seat) at 80 rpm, 3 bouts w/ rest, then seated leg press 3 x 10 @ 70 lb.
            Parkinson's bradykinesia w/ ↓ LE power for sit-to-stand.
            30-s chair stand 10 (7 at IE).
            """,
            ["G20.A1"], [PT("97110", 22)], []),

        // McGill big three (curl-up, side bridge, bird dog) in a 5-3-1 pyramid with 10-s holds for flexion-intolerant LBP on the gym floor: passes.
        ["v3-h19-mcgill-big-three"] = new(
            """
            TE 97110 / 20 min — McGill big 3: modified curl-up, side bridge (knees), bird dog; 5-3-1 descending pyramid with 10-s holds; hip hinge w/ dowel 2 x 10.
            Flexion-intolerant lumbar pain, poor trunk endurance; goal: deadlift at the club again.
            Side bridge endurance R 38 s / L 31 s.
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // Thiele massage to the L levator ani and sustained trigger-point pressure to obturator internus, 3 x 90 s holds; levator hypertonus with dyspareunia: 97140 passes.
        ["v3-h19-thiele-massage"] = new(
            """
            Pelvic 97140 15 min. Consent re-confirmed. Thiele massage L levator ani (transvaginal), sustained trigger-point pressure to L obturator internus 3 x 90 s.
            L levator ani hypertonus and tender TrPs reproducing dyspareunia.
            Palpation-provoked pain reproduction at 2 of 6 levator sites (5 of 6 at eval).
            """,
            ["N94.10", "M62.89"], [PT("97140", 15)], []),

        // AlterG anti-gravity treadmill at 75 % body weight for gait after R TKA, speed and distance; antalgic shortened R stance: 97116 passes.
        ["v3-h19-alterg-treadmill"] = new(
            """
            97116 — 20 min on the AlterG anti-gravity treadmill at 75% body weight, 1.8 mph, 0.4 mile total.
            Antalgic gait R TKA wk 6: shortened R stance, stiff-knee swing.
            Cued for equal step length; knee flexion in swing ~50°.
            """,
            ["Z96.651"], [PT("97116", 20)], []),

        // SaeboGlove-assisted grasp-release task practice in OT 97530 (cups, cones, pegs); R hand extensor weakness after stroke; cups moved and pegs count: passes.
        ["v3-h19-saeboglove-grasp-release"] = new(
            """
            OT 97530, 23 min: SaeboGlove on R, grasp-and-release of cups to a shelf, stacking cones, picking up pegs to a board; functional task — holding a toothbrush.
            R finger extensor weakness, can't release grasp s̄ glove (post CVA).
            12 cups moved in 1 min (7 at IE); 6 pegs placed.
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // Tai Ji Quan: Moving for Better Balance forms, weight transfers, 1:1, ↓ postural control named, but no number at all: only the measure is missing.
        ["v3-h19-tai-ji-quan-no-number"] = new(
            """
            97112 — Tai Ji Quan: Moving for Better Balance forms in standing w/ 1:1 guarding by PT; weight transfers with arm circles, wave-hands-like-clouds stepping sideways, rocking forward/back.
            For ↓ postural control and limits of stability (fear of falling).
            Progressing to stepping practice next session.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Boxing circuit 97530 (heavy bag combos, speed bag, agility ladder, rounds and punches, CGA) with no region, impairment or goal anywhere: only the deficit is missing.
        ["v3-h19-boxing-circuit-no-target"] = new(
            """
            TA 97530 — 25 min boxing circuit: heavy bag jab-cross-hook combos 6 rounds of 20 punches, speed bag 3 rounds, agility ladder in/out 4 passes, sidestep-and-punch to called colours.
            CGA on ladder.
            """,
            ["G20.A1"], [PT("97530", 25)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Transtibial amputee: pistoning in the socket at 3-ply and lateral trunk lean over the prosthesis as findings; ply change and gait reps with distance: 97116 passes.
        ["v4-h19-pistoning-trunk-lean"] = new(
            """
            97116 — 24 min. R TTA, pin-lock socket. Pistoning noted w/ 3-ply → added 2-ply (5-ply total); distal residual-limb redness checked after gait, resolved.
            Gait: lateral trunk lean over prosthesis and short sound-side step; cues for pelvic rotation and even step length.
            Parallel bars 4 laps, then hallway 150 ft x 3 with RW, SBA.
            """,
            ["Z89.511"], [PT("97116", 24)], []),

        // Intention tremor and positive rebound as the cerebellar findings; rhythmic stabilisation and weighted-cuff reaching; 1:1; target-reach errors out of 10 and tandem seconds: passes.
        ["v4-h19-intention-tremor-rebound"] = new(
            """
            O: intention tremor R UE on target approach, positive rebound R, wide-based stance (cerebellar hemorrhage, R).
            NMR 97112, 1:1, 25 min: rhythmic stabilization in sitting and standing, weighted-cuff (1 lb) reaching to targets, slow-to-fast alternating stepping to floor dots.
            Target reach errors 3/10 (7/10 at IE); tandem stance 9 s.
            """,
            ["I69.193"], [PT("97112", 25)], []),

        // Steppage gait with DF 2-/5 after peroneal palsy, gait with a trial AFO, distance and assist: 97116 passes.
        ["v4-h19-steppage-df-grade"] = new(
            """
            Gait training (97116) 18 min: trial of posterior leaf AFO vs. none, obstacle stepping, curb practice.
            Findings: steppage gait R, R ankle DF 2-/5, toe catch on curb w/o AFO (R common peroneal palsy).
            With AFO: 300 ft, mod I, 0 toe catches; curb x 4 with SBA.
            """,
            ["G57.31", "M21.371"], [PT("97116", 18)], []),

        // Postpartum diastasis: inter-rectus distance with doming on curl-up as the finding; TrA and graded curl-ups with reps: 97110 passes.
        ["v4-h19-inter-rectus-doming"] = new(
            """
            Postpartum (5 mo) — TE 97110, 20 min: TrA activation w/ exhale 3 x 10, heel slides w/ TrA 2 x 12, graded head-lift curl-ups 2 x 8 without doming, dead bug 2 x 8.
            Inter-rectus distance 2.5 fingerwidths at umbilicus with doming on curl-up (3.5 at eval).
            Goal: lift car seat without abdominal bulging.
            """,
            ["M62.08"], [PT("97110", 20)], []),

        // Painful arc with shoulder hitching as the finding; side-lying ER, wall slides, prone Y with sets and dumbbell load: 97110 passes.
        ["v4-h19-painful-arc-hitching"] = new(
            """
            97110 - 22 min
            L shoulder: painful arc 70–110° with upper-trap hitching on elevation (subacromial pain).
            Side-lying ER 3 x 12 @ 2 lb, wall slides w/ foam roller 2 x 15, prone Y/T 2 x 10 @ 1 lb, cable row 3 x 12 @ 20 lb.
            """,
            ["M75.42"], [PT("97110", 22)], []),

        // Wallenberg (lateral medullary) stroke: ipsilateral lateropulsion with subjective visual vertical deviation; upright-midline training; SVV degrees and lean; 1:1: passes.
        ["v4-h19-lateropulsion-svv"] = new(
            """
            Neuro OP, R lateral medullary (Wallenberg) stroke.
            Pt seen 1 to 1 by PT, 23 min NMR (97112): verticality retraining with plumb-line visual reference, standing against vertical pole w/ faded feedback, side-stepping L against band.
            Ipsilateral (R) lateropulsion, distorted verticality perception.
            SVV 6° R tilt (11° at eval); stands unsupported 45 s w/o lean.
            """,
            ["I69.398"], [PT("97112", 23)], []),

        // "Impairments: none observed today" with perturbation training, 1:1 and a Community Balance and Mobility score: the deficit is missing.
        ["v4-h19-nmr-impairments-none"] = new(
            """
            97112 NMR 1:1, 24 min.
            Perturbation training on treadmill (belt accelerations), hop-and-stick drills, running figure-8s around cones.
            Impairments: none observed today.
            CB&M 71/96.
            """,
            ["Z91.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // 97140 trigger-point compression and grade III accessory glides with hold parameters, no region, impairment or goal: the deficit is missing.
        ["v4-h19-manual-no-region"] = new(
            """
            MT 97140, 10 min: ischemic trigger-point compression 4 x 60 s, grade III accessory glides 3 x 30 s, cross-friction 2 x 90 s.
            """,
            ["M79.18"], [PT("97140", 10)], [At(Deficit, "97140")]),

        // 97116 whose only target is a functional goal (walk the mall loop with his wife): a functional goal is a deficit for 97116; distance and assist present: passes.
        ["v4-h19-gait-goal-only"] = new(
            """
            97116, 20 min. Walked indoor mall-simulation loop in clinic hallway with 4WW, 500 ft x 2, supervision, 1 seated rest.
            Goal: walk the mall loop with his wife on Saturdays.
            """,
            ["R26.2"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // AMPnoPRO score and a prosthetic-side SLS count for a TTA's 97112 (swap-step drills, foam stance with the prosthesis), 1:1 stated: passes.
        ["v5-h19-ampnopro"] = new(
            """
            Amputee Program — R TTA (K2 → K3 goal). Individual session, PT and pt only.
            NMR 97112 22 min: swap-step drills over a line, stance on prosthesis on foam while sound foot taps cones, perturbations at pelvis in stride stance.
            ↓ prosthetic-limb proprioception and delayed hip strategy.
            AMPnoPRO 33/47 (27/47 at eval); prosthetic-side stance 6 s.
            """,
            ["Z89.511"], [PT("97112", 22)], []),

        // Fitness chain: trap-bar deadlift and sled pushes for knee OA; 30-second chair stand count and loads: 97110 passes.
        ["v5-h19-trap-bar-30s-chair-stand"] = new(
            """
            FlexFit PT — TE 97110 24 min: trap-bar deadlift 3 x 6 @ 95 lb, sled push 4 x 20 yd @ 90 lb, step-ups 12" 3 x 10 each.
            B knee OA, ↓ quad strength for stairs.
            30-s chair stand 13 reps (9 at IE).
            """,
            ["M17.0"], [PT("97110", 24)], []),

        // Trunk Control Test score for a subacute stroke's 97112 (reach-and-return in sitting on a wobble cushion, trunk PNF), 1:1: passes.
        ["v5-h19-trunk-control-test"] = new(
            """
            NMR 97112 — 25 min — 1:1 w/ PT
            Seated reach-and-return out of BOS on wobble cushion, trunk PNF (lower trunk rotation with rhythmic initiation), lateral righting reactions from therapist tilt.
            ↓ trunk postural control, delayed righting L.
            Trunk Control Test 61/100 (36/100 at IE).
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Purdue Pegboard pins and a bead-stringing count for an OT 97530 (stringing, coin manipulation, buttoning); R dexterity after stroke: passes.
        ["v5-h19-purdue-pegboard"] = new(
            """
            OT — TA 97530, 22 min: stringing beads, coins in-hand to slot, buttoning shirt on self.
            R fine-motor dexterity ↓ (stroke); goal: button own shirts for church.
            Purdue Pegboard R 8 pins / 30 s (5 at IE); 5 buttons in 2 min.
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // Hand-held dynamometry in kg for a hip abductor program (clamshells, side-lying abduction with cuff weight): 97110 passes.
        ["v5-h19-hhd-kg"] = new(
            """
            TE 97110 20 min: side-lying hip abd 3 x 12 w/ 3 lb cuff, clamshells blue band 3 x 15, lateral step-downs 6" 2 x 10.
            R glute med weakness, R Trendelenburg.
            HHD hip abd R 14.2 kg / L 19.8 kg.
            """,
            ["M25.551"], [PT("97110", 20)], []),

        // "Less sway than last session, pt pleased" is the only outcome for a named, 1:1 NMR with a deficit: only the measure is missing.
        ["v5-h19-less-sway-no-number"] = new(
            """
            NMR 97112 (one-on-one): standing on foam with ball catches, tandem walk with head turns, lateral perturbations.
            L vestibular hypofunction with ↑ sway on compliant surfaces.
            Less sway than last session; pt pleased with progress.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Gait with a rolling walker in the hallway, cues for step length, "walked further today": no distance, assistance or number: only the measure is missing.
        ["v5-h19-walked-further-no-number"] = new(
            """
            Gait training 97116: RW in hallway and around the gym, cues for step length and upright posture.
            Short R step length, forward flexed trunk.
            Walked further today than last time.
            """,
            ["R26.89"], [PT("97116", 20)], [At(Measure, "97116")]),

        // STM and myofascial release to R piriformis and glute med for sitting-limited buttock pain, no dose, grade or number: only the measure is missing.
        ["v5-h19-stm-no-dose"] = new(
            """
            Manual therapy (97140): STM and myofascial release to R piriformis and glute med, skin rolling over R posterior hip.
            R buttock pain limiting sitting in car.
            """,
            ["M79.18"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Pelvic 97110 measured by PFM maximum hold in seconds and quick contractions before fatigue, with holds and reps as parameters; mixed leakage: passes.
        ["v5-h19-pfm-hold-seconds"] = new(
            """
            Pelvic PT — 97110 (18 min): PFM endurance holds in standing 6 x 8 s, quick contractions 10 x 1 s, squat with PFM pre-contraction 2 x 10.
            PFM endurance deficit with urge/stress mixed leakage.
            Max hold 8 s (3 s at eval); 10 quick contractions before fatigue (4 at eval).
            """,
            ["N39.46"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // "23m" / "15m" after the abbreviations, both codes' content complete, 1:1: minutes match: passes.
        ["v6-h19-m-suffix"] = new(
            """
            NMR 23m 1:1 — tandem walk on foam beam, lateral perturbations at pelvis, EC stance on rocker; ↓ proprioception L ankle/knee (post-TKA + neuropathy). Tandem on beam 12 ft w/o step-off (4 ft at IE).
            TE 15m — quad sets 2 x 15, SAQ 3 x 12 @ 2 lb, mini squats 3 x 10; L knee extensor lag 10°.
            """,
            ["Z96.652", "E11.42"], [PT("97112", 23), PT("97110", 15)], []),

        // "Min: NMR 22 / TA 16" line at the end; both complete (dual-task stepping, TBI processing; kitchen reaching, CGA), 1:1: passes.
        ["v6-h19-min-line-at-end"] = new(
            """
            NMR (1:1): dual-task stepping to called numbers on a floor grid, reaction-light taps in standing; slowed postural responses under cognitive load (TBI). Grid errors 2/20 (6/20 at IE).
            TA: carrying groceries from bench to fridge, bending to low shelf; CGA → SBA; goal: put away own groceries.
            Min: NMR 22 / TA 16
            """,
            ["S06.2X0D"], [PT("97112", 22), PT("97530", 16)], []),

        // Student and CI split codes: "SPT — 97530, 18 min" and "CI — 97112, 20 min", each complete, CI states one-on-one: minutes match: passes.
        ["v6-h19-student-and-ci-codes"] = new(
            """
            CI — 97112, 20 min, 1:1: D2 flexion/extension PNF UE patterns w/ hold-relax, quadruped weight shifting; ↓ L scapular motor control and postural stability (stroke). L UE reach in standing 18 cm (11 cm at IE).
            SPT — 97530, 18 min: car transfer simulator, getting in and out of the sedan seat, lifting a 5-lb bag to the trunk; min A. Goal: ride with son to appointments.
            Co-signed by CI (PT, DPT), present for the SPT's portion.
            """,
            ["I69.354"], [PT("97112", 20), PT("97530", 18)], []),

        // One timed code beside untimed G0283: "G0283 unattended e-stim 15 min" and "97110 25 min": minutes match, separate time satisfied: passes.
        ["v6-h19-g0283-and-te"] = new(
            """
            G0283 unattended e-stim (IFC) L low back 15 min in prone.
            97110 25 min: prone press-ups 3 x 10, cat-camel 2 x 10, hip hinge w/ dowel 3 x 10, bird dog 2 x 10 each; lumbar extension mobility ↓ and poor hinge pattern.
            """,
            ["M54.50"], [PT("G0283", 15), PT("97110", 25)], []),

        // Attended ultrasound 97035 with its minutes beside a complete 1:1 NMR: both timed codes carry minutes: passes.
        ["v6-h19-ultrasound-with-minutes"] = new(
            """
            97035 US 1 MHz 1.0 W/cm² R ant shoulder, 8 min.
            97112 NMR 22 min, 1:1: rhythmic stabilization at 90° flexion, closed-chain weight shifting on ball against wall, PNF D2 flexion with manual resistance; ↓ dynamic R shoulder stability (RCR wk 12). Sustained stab 30 s x 3 w/o loss; Closed-chain UE stability test 14 touches.
            """,
            ["M75.121"], [PT("97035", 8), PT("97112", 22)], []),

        // "TherEx — 15 minutes / Gait — 20 minutes" in plain words, both complete: passes.
        ["v6-h19-plain-words-minutes"] = new(
            """
            TherEx — 15 minutes: heel raises 3 x 15, step-ups 6" 3 x 10, terminal knee ext w/ band 3 x 15 (R knee, weak quads after TKA).
            Gait — 20 minutes: SPC on level and stairs, 12 steps x 3 reciprocal w/ rail, SBA; ↓ R knee flexion in swing.
            """,
            ["Z96.651"], [PT("97110", 15), PT("97116", 20)], []),

        // Charted from memory at end of day: "97110 x 30 min" against a line of 20: a true mismatch; content complete.
        ["v6-h19-memory-30-vs-20"] = new(
            """
            End-of-day charting: 97110 x 30 min — hex-bar deadlift 3 x 8 @ 75 lb, side plank 3 x 20 s, SkiErg 4 x 250 m.
            Lumbar flexion-intolerant pain; goal: return to morning gym sessions.
            """,
            ["M54.50"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // End-of-day swap: note "NMR 15 min" and "TE 23 min" against lines 97112 23 and 97110 15: both codes mismatch; content and 1:1 complete.
        ["v6-h19-swapped-codes"] = new(
            """
            (Charted at end of day.) NMR 15 min, 1:1: gaze stabilization x1 on foam, walking with pitch/yaw head turns; B vestibular hypofunction (gentamicin). DVA loss 4 lines (6 lines at eval).
            TE 23 min: recumbent bike resistance 5 for warm-up, sit-to-stand 3 x 10, step-ups 2 x 10; B LE deconditioning.
            """,
            ["H81.23"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112"), At(Mismatch, "97110")]),

        // Total only: "Total timed tx 38 min (NMR + TE)" with lines 23 and 15: separate time missing; content and 1:1 complete.
        ["v6-h19-total-only"] = new(
            """
            Total timed tx 38 min (NMR + TE), 1:1 throughout.
            NMR: PNF D1/D2 LE, half-kneel perturbations; L LE motor recruitment after stroke. L stance 11 s.
            TE: bridges 3 x 10, hip abd 3 x 12 @ 2 lb; L hip weakness.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // PT/OT co-treat: PT NMR 22 min matches, OT TA "30 min" against an OT line of 22: mismatch on the OT line only.
        ["v6-h19-cotreat-ot-mismatch"] = new(
            """
            PT/OT co-treat.
            PT — NMR 97112 22 min, PT hands-on with this pt only: reactive stepping to pushes, stepping over obstacles; ↓ postural responses (SDH). Obstacle contacts 1/10.
            OT — TA 97530 30 min: shower transfer with tub bench, dressing LE in standing; min A; goal: shower at home.
            """,
            ["S06.5X0D"], [PT("97112", 22), OT("97530", 22)], [At(Mismatch, "97530")]),

        // "TE and NMR performed, 38 minutes total, split roughly evenly": no per-code minutes: separate time missing.
        ["v6-h19-split-roughly-evenly"] = new(
            """
            TE and NMR performed, 38 minutes total, split roughly evenly. Pt one-on-one with PT.
            NMR: foam stance EC, tandem on line, lateral stepping to perturbations; ↓ somatosensory balance (neuropathy). Tandem EC 5 s.
            TE: seated ankle DF w/ band 3 x 15, heel raises 3 x 12; B ankle weakness.
            """,
            ["E11.42"], [PT("97112", 20), PT("97110", 18)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note with 97116 and 97140: DOC_NOTE_MISSING on each, nothing else.
        ["v7-h19-empty-gait-manual"] = new(
            "",
            ["R26.89"], [PT("97116", 15), PT("97140", 10)], [At(NoteMissing, "97116"), At(NoteMissing, "97140")]),

        // Spaces only, 97112, no diagnosis sent: missing on 97112 and the diagnosis check.
        ["v7-h19-spaces-nmr-no-dx"] = new(
            "     ",
            [], [PT("97112", 23)], [At(NoteMissing, "97112"), Dx]),

        // Empty note with a 97150 group (untimed, no profile) and 97530: missing on 97530 only.
        ["v7-h19-empty-group-and-ta"] = new(
            "",
            ["M62.81"], [PT("97150", 30), PT("97530", 15)], [At(NoteMissing, "97530")]),

        // Wholly generic 97110 ("Ther ex performed per flowsheet. Tolerated well. Cont POC."): technique, generic, deficit and measure.
        ["v7-h19-generic-te"] = new(
            "Ther ex performed per flowsheet. Tolerated well. Cont POC.",
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // 97530 whose measure is only an assistance level (min A → CGA) with named tasks and a goal: passes.
        ["v7-h19-ta-assist-level-measure"] = new(
            """
            97530: floor-to-stand transfer practice via half-kneel, picking up laundry basket from floor; min A → CGA.
            Goal: get up from the floor after a fall without calling an ambulance.
            """,
            ["R29.6"], [PT("97530", 20)], []),

        // 97140 with named techniques, a region and hold parameters (3 x 60 s): passes.
        ["v7-h19-manual-hold-parameter"] = new(
            "MT: suboccipital release 3 x 60 s, grade II central PAs C2 3 x 30 s; upper cervical stiffness with cervicogenic headache.",
            ["M53.0"], [PT("97140", 10)], []),

        // 97116 with stairs, step count and assistance and a knee-control impairment: passes.
        ["v7-h19-gait-stairs-steps"] = new(
            "Gait trng: stairs w/ hemi-walker step-to pattern, 12 steps x 2, CGA; L knee hyperextension in stance, cue for soft knee.",
            ["I69.354"], [PT("97116", 18)], []),

        // Wholly generic 97530 ("therapeutic activities for function, pt did well, continue plan of care"): technique, generic, deficit and measure.
        ["v7-h19-generic-ta"] = new(
            "Therapeutic activities for function. Pt did well. Continue plan of care.",
            ["M62.81"], [PT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes (vord-…)

        // SOAP neuro note: 1:1 NMR with Gait speed and a TE section, minutes per code: passes.
        ["vord-h19-soap-stroke-nmr-te"] = new(
            """
            S: Pt reports tripping on rug at home x1, no fall.
            O: NMR 97112 24 min, individual (1:1): tapping to cones with L foot while standing on R, PNF pelvic patterns (anterior elevation/posterior depression) w/ timing for emphasis, stepping over 6" hurdles.
               ↓ L LE motor control/foot clearance after R MCA stroke.
               Toe catch 1 of 12 hurdles (5 of 12 at IE); gait speed 0.74 m/s.
               TE 97110 14 min: L hip flexor/DF strengthening — seated marching 3 x 10 w/ 2 lb, DF w/ band 3 x 15.
            A: Improving clearance.
            P: Progress to community distances.
            """,
            ["I69.354"], [PT("97112", 24), PT("97110", 14)], []),

        // Fitness-chain TE note with battle ropes, Smith machine squats and a lateral step-down test; knee: passes.
        ["vord-h19-fitness-te-knee"] = new(
            """
            FlexFit PT — R knee PFPS
            TE 97110 23 min: Smith machine box squat 3 x 8 @ 45 lb, battle ropes alternating waves 4 x 20 s, lateral step-downs 6" 3 x 10, banded TKE 3 x 15.
            R quad control ↓ w/ valgus on step-down.
            Lateral step-down test: 3/6 quality score R (5/6 at IE).
            """,
            ["M22.2X1"], [PT("97110", 23)], []),

        // PTA note co-signed: gait in the parking lot with a quad cane, distances and SBA: 97116 passes.
        ["vord-h19-pta-gait-parking-lot"] = new(
            """
            PTA tx note — 97116 22 min. Outdoor gait in parking lot and curb cut w/ quad cane: 400 ft x 2, SBA, 1 standing rest. Curb up/down x 3 w/ CGA.
            L hemiparetic gait: circumduction L, ↓ L stance time.
            Co-signed by supervising PT.
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // Template left at its defaults: "Balance training performed. Pt tolerated tx well. Cont POC." for 97112: technique, generic, deficit, measure and one-on-one.
        ["vord-h19-template-defaults-nmr"] = new(
            "NMR: Balance training performed. Pt tolerated tx well. Cont POC. 23 min.",
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // OT hand note: 97110 tendon glides, putty and a grip dynamometer number after distal radius fracture: passes.
        ["vord-h19-ot-hand-te"] = new(
            """
            OT hand — L DRF (ORIF wk 8). 97110 18 min: tendon glides 10 x each position, wrist flex/ext w/ 1 lb 3 x 12, putty gross grasp (green) 3 x 15, supination w/ hammer 3 x 10.
            ↓ L grip and wrist extension.
            Grip (Jamar pos 2) L 12 kg / R 28 kg.
            """,
            ["S52.572D"], [OT("97110", 18)], []),

        // Complete 97112 and 97530 with no diagnosis sent: the diagnosis check only.
        ["vord-h19-nmr-ta-no-dx"] = new(
            """
            NMR 97112 — 20 min — 1:1: perturbations on rocker board, SL stance on foam with reaching; ↓ R ankle proprioception. SL foam R 9 s.
            TA 97530 — 15 min: stepping onto and off bus-height step with bag in hand, CGA; goal: ride the bus to the senior centre.
            """,
            [], [PT("97112", 20), PT("97530", 15)], [Dx]),

        // ICD-9 "724.2" on the visit (not ICD-10-CM), note complete: the diagnosis check only.
        ["vord-h19-icd9-dx"] = new(
            """
            TE 97110 20 min: prone press-ups 3 x 10, quadruped rocking 2 x 15, hip hinge w/ dowel 3 x 10; lumbar extension ROM ↓ and low back pain with sitting.
            Lumbar ext 50% limited (75% at IE).
            """,
            ["724.2"], [PT("97110", 20)], [Dx]),

        // NMR + TE note complete and timed per code but never says how the NMR was delivered: one-on-one missing.
        ["vord-h19-nmr-te-no-one-on-one"] = new(
            """
            NMR 97112 — 23 min: standing on Airex with perturbations, backward walking with cues, tandem on line; ↓ postural control (PD). Pull test 2 steps.
            TE 97110 — 15 min: seated leg press 3 x 10 @ 60 lb, standing hip ext w/ band 3 x 12; B hip extensor weakness.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Per-diem PT at a second site: 97140 and 97110 with minutes, region, grades and reps: passes.
        ["vord-h19-per-diem-neck-mt-te"] = new(
            """
            Per-diem coverage, Westgate site.
            97140 — 10 min: grade III unilateral PAs C5-6 R, upper-trap STM, first-rib mob; R cervical rotation limited.
            97110 — 15 min: chin tucks 3 x 10 w/ 5-s hold, prone T 2 x 12, wall angels 2 x 10; poor deep neck flexor endurance.
            Cervical rotation R 55° (40° at IE); DNF endurance 18 s.
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 15)], []),

        // Pelvic 97112 + 97110 with a student, 1:1 stated, minutes per code: passes.
        ["vord-h19-pelvic-spt-nmr-te"] = new(
            """
            SPT + CI with this one pt only (1:1) in the pelvic room.
            NMR 97112 20 min: urge-suppression PFM quick-flick sequence with breath, sEMG-guided PFM contraction/relax timing in standing; ↓ PFM timing/coordination with urge (OAB). Correct timing 8 of 10 trials (3 of 10 at eval).
            TE 97110 15 min: bridges w/ PFM contraction 3 x 10, squats w/ ball squeeze 3 x 10; PFM and hip adductor weakness.
            CI co-sign: present throughout.
            """,
            ["N32.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Gait with no number at all (amputee, "gait in bars and hall with the new socket, looked good"): only the measure is missing.
        ["vord-h19-amputee-gait-no-number"] = new(
            "97116: gait in bars and hallway with the new socket and RW, cues for equal stance time. L TTA, short prosthetic stance. Looked good.",
            ["Z89.512"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Fitness 97110 with no target (rower, kettlebell swings, landmine press, sets/reps, no region or goal): only the deficit is missing.
        ["vord-h19-fitness-te-no-target"] = new(
            "TE 97110: Concept2 rower 1000 m, kettlebell swings 3 x 12 @ 16 kg, landmine press 3 x 10 @ 25 lb, farmer's carry 4 x 40 m @ 20 kg.",
            ["M62.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // OT 97530 + 97110 with minutes, tasks, assistance and goals: passes.
        ["vord-h19-ot-ta-te"] = new(
            """
            OT — 97530 20 min: standing at sink for grooming (shaving, teeth) with R UE weight bearing on counter, SBA; goal: groom standing.
            97110 10 min: R shoulder flexion AAROM w/ cane 2 x 15, R elbow ext w/ 2 lb 3 x 10; R UE weakness after stroke.
            """,
            ["I69.351"], [OT("97530", 20), OT("97110", 10)], []),

        // Charted at the end of the day ("Charted EOD", "one-to-one"): stepping-strategy drills and foam heel/toe walking for MS proprioception; Figure-of-8 walk seconds and LOB count: passes.
        ["vord-h19-eod-nmr-ms"] = new(
            """
            Charted EOD. NMR (97112) 25 min, one-to-one.
            Stepping strategy drills to random pushes, heel-walk/toe-walk on foam, ball kicks standing on compliant pad.
            MS: impaired proprioception B LE and delayed stepping reactions.
            Figure-of-8 walk 9.8 s (12.6 s at IE); 2 LOB in 10 pushes.
            """,
            ["R26.89", "R20.2"], [PT("97112", 25)], []),

        // Pelvic 97140 + 97110 after prostatectomy: scar/abdominal wall release with holds and PFM training with reps; leakage pad count: passes.
        ["vord-h19-pelvic-post-prostatectomy"] = new(
            """
            Post-prostatectomy (wk 10).
            97140 10 min: abdominal wall myofascial release along port-site scars, 4 x 60 s sustained holds; scar restriction L lower quadrant.
            97110 15 min: PFM contractions supine → standing 3 x 10 w/ 5-s holds, PFM pre-contraction with sit-to-stand 2 x 10; post-prostatectomy stress incontinence.
            Pads/day 2 (5 at eval).
            """,
            ["N39.3", "Z90.79"], [PT("97140", 10), PT("97110", 15)], []),

        // Neuro PTA note: 97530 transfers and 97116 gait with minutes, assist levels and distances: passes.
        ["vord-h19-pta-ta-gait"] = new(
            """
            PTA note. 97530 — 15 min: sit↔stand from low couch, car transfer w/ swivel cushion, min A → CGA; goal: get into daughter's car for appointments.
            97116 — 15 min: RW 150 ft x 2, CGA, cues to stay inside walker; ↓ R step length.
            """,
            ["I69.351"], [PTA("97530", 15), PTA("97116", 15)], []),

        // Fitness chain 97112 for ACL return-to-sport: reactive agility, 1:1 in private studio, hop test symmetry: passes.
        ["vord-h19-acl-reactive-agility"] = new(
            """
            Private studio (PT + client only). 97112 23 min: reactive agility to light-board cues, single-leg landing on unstable pad, perturbed single-leg squats with band tugs.
            ↓ L knee neuromuscular control (dynamic valgus on landing) after ACLR 7 mo.
            Single-hop LSI 84%; valgus on 2 of 10 landings (6 of 10 last month).
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 23)], []),

        // Generic shorthand PTA end-of-day note: "TE/TA as per POC, tol well" with both codes and a total only: technique, generic, deficit and measure on both, separate time missing.
        ["vord-h19-pta-shorthand-generic"] = new(
            "TE/TA as per POC, tol well. 33 min total. Cont.",
            ["M62.81"], [PTA("97110", 18), PTA("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Vestibular follow-up, "Individual tx": gaze stabilisation x1/x2 on foam and head-turn walking for L UVH with oscillopsia; DVA lines and staggers: passes.
        ["vord-h19-vestibular-gaze"] = new(
            """
            Vestibular f/u. Individual tx.
            97112 22 min: gaze stabilization x1 pitch and yaw at 2 Hz standing on foam, x2 viewing seated, walking with head turns in busy hallway.
            L UVH, oscillopsia on head movement.
            DVA 3 lines lost (5 at eval); walking with head turns 0 staggers in 4 passes.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // TKA 97140 + 97110 + 97116, all timed per code and complete: passes.
        ["vord-h19-tka-three-codes"] = new(
            """
            R TKA wk 4.
            97140 — 8 min: patellar mobs grade III all directions, tib-fem flexion mobs 3 x 30 s; R knee flexion limited.
            97110 — 15 min: heel slides 2 x 15, quad sets 2 x 15 w/ 5-s hold, stationary bike rocking to full revolutions.
            97116 — 15 min: SPC 200 ft x 2, SBA; stiff-knee gait R.
            R knee flex 98° (85° at IE).
            """,
            ["Z96.651"], [PT("97140", 8), PT("97110", 15), PT("97116", 15)], []),

        // Amputee 97530 with floor recovery and donning practice, CGA, goal: passes.
        ["vord-h19-amputee-ta-donning"] = new(
            """
            97530 — 20 min. L TFA: donning liner and suction socket in sitting x 3 trials, floor-to-chair recovery with prosthesis on, retrieving objects from floor.
            Goal: don prosthesis independently and get up from a fall at home.
            Donning independent 2 of 3 trials; floor recovery CGA.
            """,
            ["Z89.612"], [PT("97530", 20)], []),

        // Fitness 97110 + 97140 shoulder with minutes per code: passes.
        ["vord-h19-fitness-shoulder-te-mt"] = new(
            """
            FlexFit PT — L frozen shoulder
            97140 12 min: grade IV posterior and inferior GH glides 4 x 45 s, sleeper-position stretch with overpressure.
            97110 13 min: cable ER 3 x 12 @ 5 lb, pulley flexion 2 x 20, wall crawl 2 x 10.
            L shoulder ER 35° (20° at IE), flexion 140°.
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 13)], []),

        // A single 97112 written "NMR x 35 min" against a line of 25, everything else complete (1:1, platform perturbations, B LE proprioception, tandem EC seconds): a true mismatch.
        ["vord-h19-nmr-minutes-off"] = new(
            """
            NMR x 35 min, 1:1. Reactive balance on perturbation platform, tandem walking EC, standing on foam with trunk rotations.
            ↓ proprioception B LE (B12 deficiency neuropathy).
            Tandem stance EC 7 s (3 s at IE).
            """,
            ["E53.8", "G62.9"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // OT 97112 (fine-motor NMR) with 1:1: sensory re-education of the hand and graded discrimination; two-point discrimination mm: passes.
        ["vord-h19-ot-sensory-reed"] = new(
            """
            OT — 97112 20 min, one-on-one. Sensory re-education R hand: graded texture discrimination, object identification with vision occluded, localisation of touch.
            ↓ R hand tactile discrimination after median nerve repair.
            2-pt discrimination index finger 9 mm (14 mm at IE); 7 of 10 objects identified.
            """,
            ["S64.11XD"], [OT("97112", 20)], []),

        // Fitness-chain hip note in free text with "Time:" lines per code: box squats, hip airplanes and 90/90 switches with IR degrees, lateral and long-axis hip distraction with holds; minutes per code match: passes.
        ["vord-h19-fitness-hip-time-lines"] = new(
            """
            Client (club member) back after vacation, R hip FAI-type pain with deep squats.
            Ex: box squats to 16" box 3 x 8 holding 20-lb dumbbell, hip airplanes w/ wall support 2 x 6 each, 90/90 hip switches 2 x 10; R hip IR 20° (12° at IE).
            Manual: lateral distraction mobilization R hip w/ belt, 3 x 60 s; long-axis distraction 2 x 45 s; R hip capsular stiffness.
            Time: 97110 17 min
            Time: 97140 9 min
            """,
            ["M25.851"], [PT("97110", 17), PT("97140", 9)], []),

        // Neuro OT 97530 + PT 97116 same day in one visit, each with its own minutes, tasks, assistance and targets: passes.
        ["vord-h19-neuro-ot-pt-same-visit"] = new(
            """
            OT (97530, 20 min): light meal prep in standing — toast and tea, retrieving mugs from upper cupboard w/ L hand; SBA, 2 cues for L UE use. Goal: make breakfast alone.
            PT (97116, 18 min): gait on level and grass outside w/ SPC, 250 ft x 2, SBA; L knee hyperextension in midstance, cued for soft knee.
            """,
            ["I69.354"], [OT("97530", 20), PT("97116", 18)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
