using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, payer medical review) who had not read the
/// note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files (read for
/// their format and to write styles, phrasings and examples they do not already have). The engine's output
/// on these notes was never looked at while writing them. The notes come from clinics and templates the
/// earlier sets drew on little: terse one-line billing notes from busy clinics (slash- and pipe-separated,
/// prime minutes, "tot 30'"), progress-report visits with re-assessment tables and goal status (met /
/// partially met / not met), OASIS M-item and Section GG scoring lines, work conditioning and
/// return-to-work tasks (crate lifts, carries, loaded carts, hand trucks) for 97530, vestibular and
/// concussion notes (VOR x1 / VOR cancellation, VMS, vergence, Buffalo treadmill), TMJ, pelvic health
/// (pad test, perineometer, internal release), hand therapy (orthosis fabrication, tendon glides, sensory
/// re-education, nerve sliders), amputee prosthetic training, wheelchair skills, cardiopulmonary endurance
/// work (COPD, ILD, CHF, post-CABG, post-ICU), Spanish-speaking patients seen with a video, phone or
/// in-person interpreter (their words quoted and translated, interpreter ID numbers), times given as
/// ranges ("8–10 min" in a home programme, "3 x 8–10", "60–90 s") and in seconds (holds, a timer log in
/// seconds, an hh:mm:ss duration export), and notes whose therapist writes the CPT descriptions in full
/// ("Therapeutic activities", "Neuromuscular reeducation", "Manual therapy techniques") instead of codes.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h8-…): one-on-one in words and notation ("face-to-face, PT and pt only in the room",
/// "1 PT : 1 pt", "exclusive PT attention", a slash-separated "/1:1/"), notes that negate it (a PT
/// checking in between another patient's exercises, partner drills with a second patient, a PT "floating"
/// in open gym) or never state it (pelvic health), and a pulmonary class billed as 97110, which has no
/// one-on-one check;</item>
/// <item>class 2 (v2-h8-…): template states in new forms: <c>(•)</c> radio dots, a lowercase y/n column,
/// a "+ / −" legend, an X placed under an assistance-level column, key=value pairs joined by ";",
/// dropdown exports <c>[… ▾]</c>, <c>[ON]/[OFF]</c> toggles, a transcribed "(YES circled)", a Done (Y/N)
/// column, and gait-deviation boxes all left empty;</item>
/// <item>class 3 (v3-h8-…): named protocols and programs as techniques (Rocabado 6x6, DNS, SaeboFlex
/// task practice, work conditioning, Feldenkrais ATM, Square-Stepping Exercise, PRI, ACBT with IMT, Rood
/// facilitation, prosthetic gait training), with one note lacking a deficit and one lacking a
/// measure;</item>
/// <item>class 4 (v4-h8-…): deficits stated as findings with their sign (head-shake nystagmus and impaired
/// VOR cancellation, S-curve TMJ deviation with clicks, levator ani hypertonicity, extensor lag with
/// dorsal scar adhesion, ideomotor apraxia, exertional desaturation, R inattention in a wheelchair,
/// dysmetria with overshoot) and notes that state none (only a golf goal; Nordic walking with
/// no target);</item>
/// <item>class 5 (v5-h8-…): measures in their usual forms (OASIS M1850/M1860, Section GG codes, a 1-h pad
/// test and a bladder diary, the Purdue Pegboard, HiMAT, IASTM passes and seconds as 97140's parameters,
/// a 2-minute step test with HR and BP) and notes with none (symptoms only in words, a visit count
/// "8/12" and an interpreter ID, "walked the length of the gym … needed help");</item>
/// <item>class 6 (v6-h8-…): minutes in their usual forms (full CPT descriptions, an hh:mm:ss duration
/// export, a timer log in seconds, ranges that are a home programme's or a hold's and not the code's,
/// seconds-only holds beside one coded time), true mismatches (a full description against its code, an
/// "approx 10 min" against 20, the OT line of a co-treat) and truly missing separate time (a terse
/// total, a second code "time not recorded separately", a progress report with one timed total);</item>
/// <item>class 7 (v7-h8-…): empty notes (DOC_NOTE_MISSING on each profiled line only, beside an untimed
/// evaluation, with a free-text diagnosis) and the contract's meanings of technique, deficit and measure
/// for 97110 (a region alone is the target), 97530 ("Min A" alone is the measure), 97140 (grade and
/// seconds are its parameters; "hands-on tx" names no technique) and 97116;</item>
/// <item>ordinary (vord-h8-…): complete notes across these settings, codes and disciplines that a
/// reviewer passes (the false-positive guard), and weak ones that must fail.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis).
/// Multi-code notes fail, when they fail, only on time, one-on-one or diagnosis: a content gap in one
/// section of a visit's shared note is a question of reading the note per section, which the contract
/// leaves open, so no case turns on it. Mismatches differ from the line by at least five minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 83 of 99 cases agree (98 needed), and 11 of the 65 notes the reviewer passes got a finding,
/// at its first run on the analyzer of c584360 (in a separate worktree; the lead read only these two
/// figures). Written blind at the same time as the seventh set.
/// </para>
/// <para>
/// After: 83 of 99, 11 false positives, the same 16 cases, at its first run on the analyzer with the
/// seventh set's fixes (3c3c620): the held-out figure of that work. Each blind set keeps finding names,
/// templates and phrasings the earlier ones lacked. The lead then read this set's disagreements and
/// fixed what they showed as classes (new examples in NotesAsWrittenTests' eighth-set cases): a method
/// written by its capitalised name ending in a method's head word ("Square-Stepping Exercise",
/// "Dynamic Neuromuscular Stabilization") is a named technique (TermList.NamedBy, data); toggles
/// "[ON]"/"[OFF]"; "hh:mm:ss" durations under a heading that gives its format; a timer's log in seconds;
/// "Tot" as a total; a spaced dash ending a clause; "Visit 8/12" as the visit's number; jaw/TMJ regions
/// and mouth opening; tactile gnosis; car, porch and overhead tasks; high-level mobility and pelvic-floor
/// motor-control drills. One case moved to ReviewedNoteCaseTests (an empty note on a line the 8-minute
/// rule gives no unit): 98 of 98 then agree, no false positive. Development data from here on; the
/// ninth set measures these fixes.
/// </para>
/// </summary>
public class HeldOutNotesIssue18EighthTests(ITestOutputHelper output)
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

        // Concussion: "face-to-face, PT and pt only in the room" is one-on-one; VOR x1 on foam / VOR cancellation, VOR + VMS deficit, VOMS/NPC/King-Devick numbers: passes.
        ["v1-h8-face-to-face-pt-and-pt-only"] = new(
            """
            Concussion f/u — 97112 — 22 min — face-to-face, PT and pt only in the room
            VOR x1 yaw @ 120 bpm (metronome) standing on firm → foam, 3 x 45 s; VOR cancellation w/ thumb target 3 x 30 s; walking w/ head turns in busy hallway.
            Targets: VOR gain deficit + visual motion sensitivity (VMS) after soccer concussion 4 wk ago.
            VOMS VMS provocation +1 (+4 at IE); NPC 6 cm; King-Devick 48.2 s (56.9 s post-injury).
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // Spanish VRI interpreter (ID number is no measure) and "1 PT : 1 pt (no other pts on schedule)": one-on-one; reactive stepping/foam head turns; neuropathic somatosensory deficit; tandem seconds and k of 8: passes.
        ["v1-h8-vri-interpreter-one-pt-one-pt"] = new(
            """
            Interpreter: Spanish VRI, interpreter ID #70419, used for entire visit. Pt seen 1 PT : 1 pt (no other pts on schedule during this slot).
            97112 Neuro re-ed 25 min
            - reactive stepping to anterior/posterior pushes at sternum and scapulae, 3 x 8 each direction
            - tandem stance on 2" foam w/ horizontal head turns, 4 x 20 s
            - sit ↔ stand on Airex w/o UE
            Impairment: delayed compensatory stepping + ↓ somatosensory use (B feet numb, DM neuropathy).
            Pt via interpreter: "tengo miedo de caerme en la calle" (afraid of falling in the street).
            Tandem on foam 14 s (6 s at IE); backward push recovered in 1 step on 6 of 8 trials.
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], []),

        // Slash-separated billing line: "97112/23'/1:1/…" — PNF D2 with rhythmic stabilization, CKC wall-ball, scapular stability and GH proprioception after dislocation, JPS error and UE Y-balance: passes.
        ["v1-h8-slash-billing-line-1to1"] = new(
            "97112/23'/1:1/R sh PNF D2 flex w/ rhythmic stab @ 90°, CKC wall-ball circles 3x30s, quadruped UE perturbations/↓ R scap stability + ↓ GH proprioception "
            + "p R ant dislocation/JPS error 7° (11° IE), UE Y-balance R 71% limb length",
            ["S43.014D"], [PT("97112", 23)], []),

        // The pt worked a balance station "on her own … while PT treated a post-op pt at next table; PT checked in between that pt's exercises": not one-on-one; rocker/foam/cone taps, R ankle proprioception, seconds present.
        ["v1-h8-pt-checking-in-between-other-pt"] = new(
            """
            NMR 97112 — 20 min
            Pt worked through balance station on her own (rocker board A/P, foam tandem, cone taps in SLS) while PT treated a post-op pt at next table; PT checked in between that pt's exercises for cues.
            ↓ ankle strategy + ↓ R ankle proprioception after R trimalleolar ORIF.
            Foam tandem 12 s; rocker A/P 30 s w/o edge touch (4 touches last wk).
            """,
            ["S82.851D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // "Paired session w/ another vestibular pt … PT cueing both pts": not one-on-one; partner ball tosses with head turns, R vestibular hypofunction with veering, FGA present.
        ["v1-h8-partner-drills-second-pt"] = new(
            """
            Vestibular 97112 23 min. Paired session w/ another vestibular pt (scheduling) — partner ball tosses while walking w/ head turns, partner-called stops and pivot turns; PT cueing both pts.
            R vestibular hypofunction (neuritis 7 wk) w/ gait veering on head turns.
            FGA 21/30 (16/30 at IE); gait w/ horizontal head turns item 2/3.
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Pelvic health 97112, complete (pelvic brace rehearsal with lifts, perineometer biofeedback timing drills; delayed/anticipatory PFM recruitment; PERFECT and k of 6) but nothing says one-on-one.
        ["v1-h8-pelvic-unstated"] = new(
            """
            Pelvic health f/u — 97112 — 25 min
            Pelvic brace: TrA + PFM co-contraction before lift ("exhale on effort"), rehearsed w/ 10 lb laundry basket lifts x 8; PFM quick-contraction timing drills w/ perineometer pressure biofeedback (contract on tone cue), 3 x 10.
            Delayed PFM recruitment / poor anticipatory PFM timing → leakage w/ lifting + coughing (SUI).
            PERFECT: P 3, E 6 s, R 5, F 8; perineometer peak 18 cmH2O (11 at IE); leak on 1 of 6 simulated coughs.
            """,
            ["N39.3"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Pulmonary rehab class of 6 billed as 97110: the one-on-one check is 97112's only; intervals/arm ergometer/STS, exertional dyspnea and LE endurance with a goal, SpO2/HR/RPE: no DOC finding.
        ["v1-h8-pulm-class-97110-no-check"] = new(
            """
            Pulmonary rehab class (97110), 6 pts / 1 PT + RT: interval treadmill walking 1.6–1.8 mph, 0% grade, 3 bouts; seated arm ergometer; sit-to-stand 2 x 10; pursed-lip breathing coached throughout.
            Pt: exertional dyspnea + LE endurance deficit (COPD GOLD 3); goal: walk into church from the parking lot.
            SpO2 90–94% on 2 L; HR 96 → 118; RPE 13.
            """,
            ["J44.9", "R06.02"], [PT("97110", 30)], []),

        // "Exclusive PT attention throughout; no other pts scheduled this hour" is one-on-one; TT-prosthesis weight shifts/step-ups/perturbations on foam, socket proprioception, % BW and SLS seconds: passes.
        ["v1-h8-exclusive-attention-amputee"] = new(
            """
            97112 NMR 23 min — exclusive PT attention throughout; no other pts scheduled this hour.
            L transtibial prosthesis, 5 mo post amputation. Weight shifting onto prosthesis in parallel bars w/ scale feedback, sound-limb step-ups to 6" step (prosthetic-side stance), reactive stepping w/ light perturbations at pelvis on foam.
            ↓ WB acceptance + ↓ proprioceptive feedback through socket; hip strategy over-used on prosthetic side.
            Prosthetic-side WB 44% BW (36% at IE); prosthetic-side SLS 5 s.
            """,
            ["Z89.512"], [PT("97112", 23)], []),

        // Open gym "PT floating among 4 pts on the floor": not one-on-one; hurdle course/Dyna-disc/backward walking, PD postural instability, Mini-BESTest and turn steps present.
        ["v1-h8-open-gym-floating"] = new(
            """
            Open gym — NMR 97112 20 min. PT floating among 4 pts on the floor.
            Stepping over hurdle course w/ direction changes, SLS on Dyna-disc w/ ball toss, backwards walking on tape line.
            For PD postural instability w/ ↓ step amplitude on turns.
            Mini-BESTest 19/28; 360° turn 7 steps.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT hand "1:1 tx": sensory re-education after digital nerve repair (localization, textures, object ID), mislocalization and tactile gnosis, Semmes-Weinstein/2PD/k of 10: passes.
        ["v1-h8-ot-sensory-reeducation-1to1"] = new(
            """
            OT hand — 97112 — 20 min, 1:1 tx
            Sensory re-education R index/long after digital nerve repair (wk 14): localization of touch w/ vision occluded → vision check → re-touch, graded texture discrimination (sandpaper grades, fabrics), object ID in rice bin.
            Deficit: mislocalization + ↓ tactile gnosis R radial digits.
            Semmes-Weinstein R index 4.31 (was 4.56); static 2PD 9 mm (12 mm at wk 10); localized 7/10 touches correctly.
            """,
            ["S64.490D"], [OT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // "Session: (•) Individual ( ) Concurrent ( ) Group" selects individual; optokinetic/busy-pattern habituation, VMS/visual dependence, VOMS and SOT ratio: passes.
        ["v2-h8-dot-radio-individual"] = new(
            """
            Session: (•) Individual  ( ) Concurrent  ( ) Group
            97112 NMR — 24 min
            Habituation: optokinetic stripes video on 55" screen in standing 3 x 30 s, walking in busy-pattern (checkerboard) hallway, grocery-aisle simulation w/ head scanning.
            Visual motion sensitivity / visual dependence post-concussion; sx in stores + when scrolling.
            VOMS VMS +3 → +1; SOT visual ratio 0.71.
            """,
            ["F07.81"], [PT("97112", 24)], []),

        // Lowercase y/n column with "Seen 1:1 … n": not one-on-one; Brock string/Hart chart/pursuits, convergence insufficiency and saccadic dysfunction, NPC cm and saccade count present.
        ["v2-h8-lowercase-yn-column-1to1-n"] = new(
            """
            Concussion vision/vestibular 97112 — 20 min
            Item                            y/n
            Seen 1:1                        n
            Brock string (vergence)         y
            Hart chart saccades             y
            Smooth pursuit w/ head still    y
            Convergence insufficiency + saccadic dysfunction after concussion (HA w/ reading).
            NPC 14 cm → 9 cm; saccades 22 in 30 s w/o sx ↑.
            """,
            ["S06.0X1D", "H51.11"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Legend "+ done today − not done": "+ 1:1 treatment", + perturbation/dual task/clock-face turning (− BAPS); PD instability and automaticity; pull-test steps and dual-task speed: passes.
        ["v2-h8-plus-minus-legend"] = new(
            """
            NMR 97112 | 25 min
            Legend: + done today   − not done
            + 1:1 treatment
            + perturbation (pelvic nudges in stride stance)
            + dual-task walking (serial 7s)
            − BAPS
            + large-amplitude turning w/ clock-face floor cues
            Deficit: postural instability + ↓ gait automaticity (PD, H&Y 3).
            Pull test: 3 steps to recover (5 at IE); dual-task gait speed 0.74 m/s.
            """,
            ["G20.A1", "R26.81"], [PT("97112", 25)], []),

        // OT 97530 assistance grid with an X under a level for each task (CGA, Min, S), tasks named, shower/laundry goal after THA: passes ("Min" is the assist column, not minutes).
        ["v2-h8-x-under-assist-column-ot-97530"] = new(
            """
            OT Ther Act 97530 — 22 min
            Task                   I    S    CGA  Min  Mod
            Sit <-> stand                    X
            Tub bench transfer                    X
            Laundry basket carry        X
            Goal: shower + do own laundry at home w/o daughter present (R THA, posterior precautions)
            """,
            ["Z96.641"], [OT("97530", 22)], []),

        // key=value pairs joined by ";" with "INDIVIDUAL_TX=N;GROUP_SIZE=3": not one-on-one; PNF chops/lifts, rhythmic stabilization, trunk recruitment after central cord SCI, Mini-BESTest present; MIN=25 matches.
        ["v2-h8-kv-equals-individual-n"] = new(
            """
            CPT=97112;MIN=25;INDIVIDUAL_TX=N;GROUP_SIZE=3
            TECH=PNF chops/lifts in half-kneel; rhythmic stabilization in tall-kneel; step-ups w/ contralateral UE reach
            DEFICIT=trunk motor recruitment + timing (incomplete C5 SCI, central cord)
            OUTCOME=Mini-BESTest 16/28; half-kneel hold 25 s
            """,
            ["S14.125D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Dropdown export "[Direct one-on-one ▾]", "Minutes: [23]" matches; gaze stabilization on foam, bilateral vestibular hypofunction with oscillopsia, DVA and GST: passes.
        ["v2-h8-dropdown-export"] = new(
            """
            Attendance: [Direct one-on-one ▾]
            Service: [Neuromuscular re-ed (97112) ▾]   Minutes: [23]
            Interventions: [Gaze stabilization ▾] [Compliant surface ▾]
            Detail: X1 viewing pitch/yaw on foam 3 x 60 s, X2 viewing seated 3 x 30 s, tandem walk on foam mat w/ head turns 4 passes
            Impairment: [Vestibular hypofunction ▾] — bilateral, aminoglycoside-related; oscillopsia when walking
            Outcome: DVA 4-line loss (6 at IE); GST yaw 110°/s
            """,
            ["H81.393"], [PT("97112", 23)], []),

        // Every technique toggle "[OFF]" and the free text is BP checks and fall-risk education: no neuromuscular technique; 1:1, reactive-control deficit, Berg/TUG present (no generic phrase), so technique only.
        ["v2-h8-technique-toggles-off"] = new(
            """
            NMR 97112 — 20 min — 1:1
            Perturbation [OFF]   Foam/compliant [OFF]   Gaze stab [OFF]   PNF [OFF]   Dual task [OFF]
            Comment: orthostatic BP checked sitting/standing; pt education re: fall-risk factors and night lighting.
            Deficit: ↓ reactive postural control, backward LOB when reaching overhead.
            Berg 44/56; TUG 13.1 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Tech, "97112")]),

        // 97116 with device, surface, distance and CGA → SBA, but every gait-deviation box ☐ empty and no region, impairment or goal written: deficit missing.
        ["v2-h8-gait-deviation-boxes-empty-97116"] = new(
            """
            Gait 97116 — 15 min
            Device: FWW   Surface: tile + carpet   Distance: 2 x 120 ft   Assist: CGA → SBA
            Cues: step through, stay close to walker
            Deviations:  ☐ antalgic  ☐ Trendelenburg  ☐ steppage  ☐ circumduction  ☐ shuffling  ☐ ↓ step length
            """,
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Transcribed paper form "One-on-one? YES / NO (YES circled)"; physioball rhythmic stabilization, side-lying pelvic PNF, quadruped holds; lumbopelvic motor control; hold seconds and ASLR: passes.
        ["v2-h8-yes-circled-transcribed"] = new(
            """
            Daily note (scanned form, transcribed)
            One-on-one?   YES / NO   (YES circled)
            97112  ___23___ min
            Rx: rhythmic stabilization at trunk sitting on physioball, PNF pelvic anterior elevation/posterior depression in side-lying, quadruped → 3-point hold
            Impairment: ↓ lumbopelvic motor control (delayed multifidus/TrA activation) w/ recurrent LBP
            Objective: 3-point quadruped hold 12 s w/o pelvic drop (4 s at IE); ASLR score 2 → 1
            """,
            ["M54.50"], [PT("97112", 23)], []),

        // OT hand 97110 grid with a "Done (Y/N)" column: done rows (tendon glides, blocking, tenodesis) have reps; R middle finger PIP flexion contracture after trigger release: passes (the N row is ignored).
        ["v2-h8-done-yn-column-hand-97110"] = new(
            """
            Hand therapy (OT) — Ther Ex 97110 — 15 min
            Exercise                          Done (Y/N)   Dose
            Tendon glides (5 positions)       Y            10 reps each
            Isolated FDS / FDP blocking       Y            2 x 10
            Putty gross grip (green)          N            —
            Wrist tenodesis                   Y            2 x 15
            Region: R middle finger, 8 wk s/p trigger finger release — PIP flexion contracture -20°
            """,
            ["M65.331"], [OT("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // 97110 TMJ: Rocabado 6x6 program with its six exercises and dose; L TMJ disc displacement with reduction (deflection, click); MIO and lateral excursion mm: passes.
        ["v3-h8-rocabado-6x6-tmj-97110"] = new(
            """
            TMJ — Ther Ex 97110 — 12 min
            Rocabado 6x6 program: tongue-up rest position, controlled TMJ rotation opening (tongue on palate), rhythmic stabilization of the mandible, upper cervical flexion (chin nod), scapular retraction, shoulder-girdle posture — 6 reps each, pt to do 6x/day.
            L TMJ disc displacement w/ reduction: opening deflects to L, reciprocal click L at ~20 mm.
            MIO 33 mm pain-free (29 mm at IE); L lateral excursion 7 mm.
            """,
            ["M26.632"], [PT("97110", 12)], []),

        // DNS (Dynamic Neuromuscular Stabilization) developmental positions with IAP breathing, 1:1; impaired IAP regulation and deep stabilizer recruitment; hold seconds and ODI: passes.
        ["v3-h8-dns-developmental-positions"] = new(
            """
            97112 NMR — 30 min — 1:1
            DNS (Dynamic Neuromuscular Stabilization): 3-month supine w/ feet on wall → 90/90 hold w/ IAP breathing, prone 3-month elbow support, side-lying → oblique sit transition; cues for diaphragm–pelvic floor–abdominal wall co-activation.
            Impaired IAP regulation + poor deep stabilizer recruitment (apical breathing, rib flare) w/ chronic LBP.
            Supine 90/90 hold w/ IAP 40 s (15 s at IE); prone 3-month hold 25 s; ODI 28% (40% at IE).
            """,
            ["M54.59"], [PT("97112", 30)], []),

        // OT SaeboFlex task-specific grasp/release (springs graded), "pt treated 1:1"; ↓ L finger extensor recruitment after CVA; balls in 60 s and FMA hand: passes (60 s is no minute statement).
        ["v3-h8-saeboflex-ot-97112"] = new(
            """
            OT NMR 97112 (25 min, pt treated 1:1)
            SaeboFlex dynamic orthosis on L hand for task-specific grasp/release: ball pick-up and place into container at 3 heights, cylinder grasp on vertical pegboard, spring tension graded 2 → 3 springs.
            ↓ L finger extensor recruitment / unable to release grasp voluntarily (R MCA CVA, 6 mo).
            Balls transferred 16 in 60 s (9 at IE); FMA-UE hand 5/14.
            """,
            ["I69.334"], [OT("97112", 25)], []),

        // Work conditioning day 8/20 for a warehouse picker: crate lifts, carries, loaded cart push/pull, stoop sorting with loads; RTW full-duty goal; 45 min matches: 97530 passes.
        ["v3-h8-work-conditioning-97530"] = new(
            """
            Work conditioning (WC) — day 8 of 20 — Ther Act 97530 — 45 min
            Job: warehouse order picker (Medium PDL per job description)
            • floor-to-waist crate lift 35 lb x 10, waist-to-shoulder 25 lb x 10 (hip hinge, load close)
            • bilateral carry 40 lb x 6 laps of 50 ft
            • loaded cart push/pull 250 lb x 4 lengths of clinic (~120 ft), turns at cones
            • sustained stoop while sorting bins, 3 bouts
            Goal: RTW full duty by 4/15 (L4-5 discectomy 14 wk ago).
            HR ≤ 110; no radicular sx; pain 2/10 after.
            """,
            ["M51.16"], [PT("97530", 45)], []),

        // Feldenkrais ATM lesson (pelvic clock, differentiated rotation), 1:1, a reach measure — but only "engaged, asked good questions": no neuromuscular deficit or system targeted.
        ["v3-h8-feldenkrais-no-deficit"] = new(
            """
            97112 — 23 min — 1:1
            Feldenkrais Awareness Through Movement lesson: pelvic clock in supine (12–6, 3–9, full circles), then in sitting; differentiated head/eye/trunk rotation in sitting.
            Pt engaged, asked good questions, plans to repeat at home.
            Seated rotation reach 38 cm (31 cm at start of session).
            """,
            ["M54.59"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Square-Stepping Exercise (SSE) on the grid mat, one-on-one; stepping accuracy/sequencing and choice-stepping deficits; errors k of 12 and reaction time: passes.
        ["v3-h8-square-stepping-exercise"] = new(
            """
            97112 NMR 20 min, one-on-one w/ PT
            Square-Stepping Exercise (SSE) on 4 x 10 grid mat: intermediate patterns 5–8 (forward, lateral, diagonal); pt memorizes pattern from demo, then steps it without cues.
            Stepping accuracy + sequencing errors under time pressure; slowed choice stepping (3 falls this year).
            Errors on 2 of 12 passes (7 of 12 at IE); choice stepping reaction time 1.21 s.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 20)], []),

        // 97110 PRI non-manual techniques (90/90 hip lift with balloon, adductor pull-back, wall reach) with breaths; L AIC pattern with R hip IR limit; IR degrees and adduction drop test: passes.
        ["v3-h8-pri-hip-lift-97110"] = new(
            """
            Ther ex 97110 — 15 min
            PRI (Postural Restoration) non-manual techniques: 90/90 hip lift w/ balloon 4 breaths x 4, L side-lying L adductor pull-back 3 x 5 breaths, standing wall reach w/ R arm 3 x 5 breaths.
            L AIC pattern w/ R hip IR limit + R lateral hip pain w/ running.
            R hip IR 18° → 27° post; adduction drop test L positive → negative.
            """,
            ["M25.551"], [PT("97110", 15)], []),

        // Post-ICU 97110: ACBT cycles, IMT at 40% MIP, arm-ergometer intervals in seconds, STS; respiratory muscle weakness and exertional dyspnea; MIP, SpO2 and 30s CST: passes.
        ["v3-h8-acbt-imt-cardiopulm-97110"] = new(
            """
            Ther Ex (97110) 20 min — cardiopulm
            ACBT (active cycle of breathing technique) 3 cycles; IMT w/ threshold trainer at 40% MIP, 5 sets x 6 breaths; seated UE ergometer intervals level 2, 4 x 60 s on / 60 s off; sit-to-stand 2 x 8.
            Resp muscle weakness + exertional dyspnea after prolonged ICU stay (ARDS, trach removed).
            MIP 46 → 54 cmH2O; SpO2 ≥ 93% RA; 30s CST 8 reps.
            """,
            ["J96.11", "R06.02"], [PT("97110", 20)], []),

        // OT Rood facilitation (quick icing, tapping, approximation) with reach, 1:1, flaccid L UE with absent triceps/wrist extensor activation — but not one number: no objective measure.
        ["v3-h8-rood-facilitation-no-measure"] = new(
            """
            OT — 97112 — 20 min — 1:1
            Rood facilitation: quick icing and tapping over L triceps and wrist extensors, joint approximation through L UE in weight bearing on mat, then reach-to-target with L UE during facilitation.
            Flaccid L UE w/ absent triceps/wrist extensor activation (R thalamic hemorrhage).
            Flicker of triceps activity w/ facilitation, none without. Spouse trained in icing precautions.
            """,
            ["I69.154"], [OT("97112", 20)], [At(Measure, "97112")]),

        // 97116 prosthetic gait training (TF, microprocessor knee): bars → SPC, distances, SBA, ramp; deviations over the prosthesis; L Test and AMPPRO: passes.
        ["v3-h8-prosthetic-gait-tf-97116"] = new(
            """
            Prosthetic gait training 97116 — 30 min
            L transfemoral amp, microprocessor knee, 9 wk w/ prosthesis.
            Weight-shift + step-through drills in bars, then 4 x 150 ft w/ SPC in R hand, SBA; ramp up/down 3x w/ step-to pattern; cues for prosthetic-side hip extension in late stance and equal step length.
            Deviations: short sound-side step, lateral trunk lean over prosthesis, ↓ prosthetic stance time.
            L Test 31.8 s (38.5 s at IE); AMPPRO 36/47.
            """,
            ["Z89.612"], [PT("97116", 30)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "Head-shake nystagmus beating R; VOR cancellation w/ catch-up saccades; EC foam sway" is the L vestibular deficit by its signs; X1/VOR cancellation/EC foam, 1:1, CTSIB seconds: passes.
        ["v4-h8-head-shake-vor-cancellation-signs"] = new(
            """
            97112 — 20 min — pt seen 1:1
            Signs today: head-shake nystagmus beating R after 20 cycles; VOR cancellation impaired w/ catch-up saccades; falls toward L w/ EC on foam.
            Tx: X1 viewing yaw in standing 3 x 60 s, VOR cancellation (head + target moving together) 3 x 45 s, EC stance on foam w/ arms crossed 4 x 20 s.
            CTSIB foam EC 11 s (4 s at IE).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // 97140 TMJ: "S-curve deviation, clicks at 22/8 mm, trigger points, capsular hypomobility" is the impairment; intraoral distraction/glides with grade and seconds, STM; MIO and excursion: passes.
        ["v4-h8-tmj-deviation-signs-97140"] = new(
            """
            97140 MT 15 min — R TMJ
            Findings: S-curve deviation on opening to R, click R at 22 mm opening / 8 mm closing, trigger points R masseter + medial pterygoid (gloved intraoral palpation), R TMJ capsular hypomobility.
            Tx: intraoral R TMJ distraction gr II–III 3 x 60 s, lateral glides to L gr III 3 x 30 s, intraoral trigger-point release R masseter + medial pterygoid, suboccipital release.
            MIO 31 → 37 mm post; lateral excursion L 6 → 8 mm.
            """,
            ["M26.621"], [PT("97140", 15)], []),

        // Pelvic 97140: "↑ resting tone R levator ani + obturator internus, taut band, delayed relaxation" is the impairment; internal trigger-point release with points and seconds; tone and palpation scores: passes.
        ["v4-h8-levator-hypertonicity-97140"] = new(
            """
            Pelvic PT — MT (97140) 20 min — consent re-confirmed, chaperone offered/declined
            Findings: ↑ resting tone R levator ani + obturator internus, taut band w/ referral to R labia, deep dyspareunia, delayed PFM relaxation after voluntary contraction.
            Tx: internal (vaginal) trigger-point release R levator ani 4 points x 90 s each, obturator internus myofascial release 3 x 60 s, external STM R adductors + perineal body.
            Resting tone R levator 2 → 1 (0–3 scale) post; palpation pain 7/10 → 3/10.
            """,
            ["N94.10", "M62.89"], [PT("97140", 20)], []),

        // OT hand 97110: "MP extensor lag 25° w/ full passive ext; dorsal scar moves w/ tendon" is the adhesion by its signs; tendon glides, reverse blocking, stretch, putty with reps; lag degrees: passes.
        ["v4-h8-extensor-lag-adhesion-ot-97110"] = new(
            """
            Hand (OT) — 97110 — 15 min
            R dorsal hand crush injury, zone VI extensor repair 10 wk: extensor lag MP long/ring 25° w/ full passive ext; dorsal scar adhesion (scar moves w/ tendon on composite fist).
            Tendon glides (hook, full fist, straight fist, tabletop) 10 each; reverse blocking MP ext 3 x 10; composite wrist + digit flexion stretch 3 x 30 s; putty pinch-pull 2 x 10.
            MP ext lag long 25° → 15°, ring 25° → 20°; composite fist 1.5 cm from DPC.
            """,
            ["S66.320D"], [OT("97110", 15)], []),

        // OT 97530: "ideomotor apraxia: uses comb as toothbrush, perseverates on step 2" is the deficit; errorless learning with backward chaining of oral care; cue counts, k of 5 steps, grooming goal: passes.
        ["v4-h8-ideomotor-apraxia-ot-97530"] = new(
            """
            OT 97530 — 25 min
            Ideomotor apraxia after L parietal CVA: uses comb as toothbrush, perseverates on step 2 of toothbrushing, cannot pantomime on command.
            Tx: errorless learning w/ backward chaining of oral care + grooming at sink, real objects only, hand-over-hand on first trial then faded.
            Sequencing cues needed: 3 (7 last visit); completed 4 of 5 toothbrushing steps w/o error. Goal: indep a.m. grooming w/ set-up.
            """,
            ["I69.390"], [OT("97530", 25)], []),

        // ILD 97110: "desaturates to 85% w/ 60 ft walk; quad 4-/5" is the impairment; LAQ/STS/marching with loads and paced breathing; SpO2 nadir and 30s CST: passes.
        ["v4-h8-exertional-desaturation-97110"] = new(
            """
            97110 TE 22 min (ILD, home O2 3 L)
            Desaturates to 85% w/ 60 ft walk on 3 L; dyspnea limits standing ADLs; quads 4-/5 B.
            Seated LAQ 3# 3 x 10 B, sit-to-stand from 19" 3 x 6 w/ pacing, standing marching 2 x 20 at counter, pursed-lip + paced breathing w/ each rep; rests until SpO2 ≥ 90%.
            SpO2 nadir 87% (85% last wk); 30s CST 7.
            """,
            ["J84.10"], [PT("97110", 22)], []),

        // Techniques (beam tandem EC, lateral hop-and-hold on foam, half-dome rotation), 1:1 and numbers, but "wants to get back to golf" is a goal, not a neuromuscular deficit or system.
        ["v4-h8-golf-goal-no-deficit"] = new(
            """
            Neuro re-ed 97112 — 25 min — 1:1
            Pt motivated; reviewed goals w/ pt + wife, wants to get back to golf.
            Tx: tandem walking on balance beam EO → EC, lateral hop-and-hold on foam, golf-stance trunk rotation on half dome w/ club.
            Tandem beam 20 ft w/o step-off on 3 of 4 passes; half-dome rotation hold 30 s.
            """,
            ["R26.81"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // 97116 Nordic walking with poles, distances and mod I — no region, impairment or functional goal written anywhere.
        ["v4-h8-nordic-walking-no-target-97116"] = new(
            "GT 97116 — 20 min: Nordic walking w/ poles on paved loop + grass, 3 x 400 ft, mod I; instructed diagonal pole plant and push-off; 1 standing rest.",
            ["M17.0"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // 97530 wheelchair hemi-propulsion: "veers R, bumps R side on doorways, forgets R brake" is the R inattention by its signs; distance, SBA, counts, ALF dining-hall goal: passes.
        ["v4-h8-wheelchair-inattention-97530"] = new(
            """
            Ther Act 97530 — 20 min
            W/c hemi-propulsion training: L hand on rim + L foot paddling, steering through doorways and around furniture in simulated apartment, locking brakes before transfers.
            R hemiplegia w/ R inattention: veers R, bumps R side on doorways, forgets R brake.
            Propelled 150 ft indoors w/ SBA; R doorway contacts 2 (5 last visit); R brake locked on 4 of 5 transfers. Goal: propel to dining hall at ALF indep.
            """,
            ["I69.351"], [PT("97530", 20)], []),

        // Frenkel coordination exercises and precision stepping, one-to-one; "L LE dysmetria: overshoots floor targets, poor rate/force grading" is the ataxia; ICARS subscore and k of 10: passes.
        ["v4-h8-frenkel-dysmetria"] = new(
            """
            97112 — 23 min — one-to-one
            Frenkel coordination exercises: supine heel slides to called targets on shin, sitting foot placement to floor marks, standing step to numbered targets at slow → fast cadence.
            L LE dysmetria: overshoots floor targets, poor rate/force grading (L cerebellar stroke).
            Foot placement on target 7/10 (3/10 at IE); ICARS posture/gait subscore 14 (18 at IE).
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Home-health PTA 97530: transfer tasks with reps; OASIS-style lines "M1850 Transferring 1 (2 at SOC)", "M1860 2 (3 at SOC)"; night-toileting goal: passes.
        ["v5-h8-oasis-items-pta-97530"] = new(
            """
            HH PTA visit — Ther Act 97530 23 min — co-signed by supervising PT
            Bed → bedside commode stand-pivot 4 reps, sit-to-stand from recliner w/ armrests 5 reps, walker-to-toilet approach + turn 3 reps.
            OASIS-style scoring today: M1850 Transferring 1 (2 at SOC); M1860 Ambulation/Locomotion 2 (3 at SOC).
            Goal: toilet at night w/o waking husband.
            """,
            ["S72.142D", "Z74.09"], [PTA("97530", 23)], []),

        // 97530 wheelchair mobility and sliding-board transfers in paraplegia; Section GG "GG0170R wheel 50 ft w/ two turns 04 → 06", "GG0170E 03"; home goal: passes.
        ["v5-h8-section-gg-wheel-50ft-97530"] = new(
            """
            97530 Ther Act 25 min — w/c mobility + transfers (T12 complete paraplegia, 8 wk)
            Level sliding-board transfers w/c ↔ mat x 4, w/c ↔ toilet x 2; w/c propulsion w/ turns in hallway + through doorways; pressure-relief push-ups x 3 held 60 s.
            GG0170R Wheel 50 ft with two turns: 04 → 06 today; GG0170E Chair/bed-to-chair transfer: 03.
            Goal: indep at w/c level in ground-floor apartment.
            """,
            ["G82.21"], [PT("97530", 25)], []),

        // Pelvic 97110: PFM holds/quick flicks/bridges/squats with doses; PFM weakness and endurance with mixed UI; 1-h pad test grams and bladder-diary voids: passes.
        ["v5-h8-pad-test-bladder-diary-97110"] = new(
            """
            Pelvic floor ther ex (97110) 15 min
            PFM endurance holds 8 s x 8 in standing, quick flicks x 10, bridges w/ PFM contraction 2 x 10, squats w/ exhale + PFM 2 x 8.
            PFM weakness + ↓ endurance w/ urge + stress UI (postmenopausal).
            1-h pad test 5 g (14 g at IE); bladder diary 9 voids/day (13 at IE).
            """,
            ["N39.46"], [PT("97110", 15)], []),

        // OT 97112 in-hand manipulation and graded pinch force, 1:1; fine-motor coordination and force grading in MS; Purdue Pegboard and 9HPT: passes.
        ["v5-h8-purdue-pegboard-ot"] = new(
            """
            OT — Neuro re-ed (97112) — 23 min — 1:1
            In-hand manipulation: translation of coins palm → fingertips 3 x 10, shift of pen for writing, rotation of pegs; graded pinch force on foam cubes w/o crushing.
            ↓ fine-motor coordination + force grading R hand (MS relapse, R dominant).
            Purdue Pegboard R 9 pegs / 30 s (6 at IE); 9HPT R 31.4 s.
            """,
            ["R27.8", "R26.89"], [OT("97112", 23)], []),

        // High-level mobility after TBI (skipping, hopping, bounding, quick turns), 1:1; dynamic postural control and L motor timing; HiMAT and hop count: passes.
        ["v5-h8-himat-tbi"] = new(
            """
            97112 — 30 min — 1:1
            High-level mobility for return to running after TBI: skipping, hopping forward on each leg, bounding over cones, backwards walking w/ quick turns, stairs 2 at a time.
            ↓ dynamic postural control + L-sided motor timing delay in high-level tasks (TBI 6 mo).
            HiMAT 29/54 (18/54 at IE); hop forward L 8 hops over 10 m.
            """,
            ["S06.2X1S"], [PT("97112", 30)], []),

        // Optokinetic habituation for VMS, 1:1 — but the only outcome is in words ("mild", "a bit swimmy", "tolerated longer"): no objective measure.
        ["v5-h8-vms-symptoms-in-words-only"] = new(
            """
            NMR 97112 — 20 min — 1:1
            Optokinetic habituation: OKN stripes on tablet in sitting → standing, walking through busy-pattern carpet area, head turns while scanning shelves.
            Visual motion sensitivity after concussion.
            Sx mild at start, "a bit swimmy" by end, settled w/ rest; tolerated longer than last time.
            """,
            ["F07.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // The only numbers are "Visit 8/12" and a phone interpreter's ID: no measure; habituation and gaze stab, R hypofunction, "seen individually by PT" present.
        ["v5-h8-visit-count-and-interpreter-id-only"] = new(
            """
            Visit 8/12. Interpreter: Spanish phone line, ID 2214; pt's daughter also present.
            97112 NMR 23 min — pt seen individually by PT.
            Pt reports: "todavía me mareo cuando me agacho" (still dizzy when bending down).
            Tx: habituation — bending to floor and back up, sit ↔ supine w/ head turned, standing pivot turns R/L; gaze stab X1 seated.
            R vestibular hypofunction + motion-provoked dizziness.
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97140 IASTM passes x seconds, graded PA mobs with bouts (parameters are 97140's measure), rib glides; R mid-back stiffness with ↓ thoracic rotation: passes.
        ["v5-h8-iastm-passes-seconds-97140"] = new(
            "MT 97140 — 10 min: IASTM (HawkGrips) along R thoracolumbar fascia + lats 2 passes x 90 s per region, T6–T9 PA mobs gr III 3 x 30 s, rib 7–8 posterior glides. "
            + "R mid-back stiffness w/ ↓ thoracic rotation to R (rower).",
            ["M54.6"], [PT("97140", 10)], []),

        // 97116 prosthetic gait (hemi-walker → SPC, cues) with the circumduction deficit, but "walked the length of the gym and back several times, needed help on turns": no distance, assistance level or number.
        ["v5-h8-prosthetic-gait-no-measure-97116"] = new(
            "Gait 97116 — 15 min: prosthetic gait training w/ hemi-walker → SPC trial; walked the length of the gym and back several times, needed help on turns; "
            + "cues for prosthetic knee flexion in swing. Circumducts R prosthesis w/ ↓ knee flexion in swing (R TF amputation).",
            ["Z89.611"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Post-CABG 97110: treadmill/bike/step-ups/bands with doses; aerobic capacity and stair goal; "2-minute step test 64 steps" is a test, not a time; HR/BP/RPE: passes.
        ["v5-h8-2-minute-step-test-cardiac-97110"] = new(
            """
            Cardiac (post-CABG wk 7) — 97110 — 25 min
            Treadmill 2.0 mph 2% grade, recumbent bike 25 W, step-ups 6" 2 x 10, band rows + chest press 2 x 12 (sternal precautions lifted).
            ↓ aerobic capacity + LE endurance limiting stairs to 2nd-floor bedroom.
            2-minute step test 64 steps (48 at IE); HR 84 → 112, BP 118/72 → 146/76, RPE 12–13.
            """,
            ["Z95.1", "I25.10"], [PT("97110", 25)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Full CPT descriptions instead of codes: "Neuromuscular reeducation — 23 minutes — one-on-one", "Therapeutic activities — 15 minutes"; both match; both sections complete: passes.
        ["v6-h8-full-cpt-descriptions"] = new(
            """
            Neuromuscular reeducation — 23 minutes — one-on-one
              Reactive balance: lean-and-release stepping (ant/post/lat), stepping onto 4" platform w/ perturbation, narrow-BOS reaching on foam.
              For delayed compensatory stepping + lateral postural instability.
              Lateral lean-and-release: 1-step recovery on 5 of 6 (2 of 6 at IE).
            Therapeutic activities — 15 minutes
              Simulated car-seat transfer x 4, curb step-up/down w/ SPC x 5, carrying 2 x 8 lb grocery bags 40 ft x 2, SBA.
              Goal: drive to the store and carry groceries in from the car.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97530", 15)], []),

        // "Therapeutic exercise: 20 minutes" against a 15-min 97110 line is a mismatch; "Manual therapy techniques: 10 minutes" matches 97140; both sections complete.
        ["v6-h8-full-description-mismatch-97110"] = new(
            """
            Therapeutic exercise: 20 minutes — R shoulder s/p RTC repair 12 wk: side-lying ER 2# 3 x 12, prone row 3# 3 x 12, prone T 2 x 10, standing flexion w/ 1# 2 x 10. ER strength 4-/5.
            Manual therapy techniques: 10 minutes — R GH posterior + inferior glides gr III 3 x 30 s, scapular mobs in side-lying; IR 35° → 42° post.
            """,
            ["M75.121"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97110")]),

        // Duration export in hh:mm:ss ("00:23:00", "00:15:00") under a "Duration" heading: 23 and 15 minutes, both match; NMR (1:1) and GT complete: passes.
        ["v6-h8-duration-hh-mm-ss"] = new(
            """
            Code    Service                        Duration (hh:mm:ss)
            97112   Neuromuscular re-education     00:23:00
            97116   Gait training                  00:15:00
            NMR (1:1): lateral weight shift to floor targets in stride stance, stepping over 2 obstacles w/ cognitive dual task, tandem walk on foam strip. ↓ L lateral postural control + dual-task interference (R MCA CVA). Obstacle contacts 1/10 (4/10 at IE).
            GT: 3 x 150 ft w/ L AFO + quad cane, SBA; cues for L hip flexion in swing; L circumduction w/ ↓ knee flexion. 10MWT 0.66 m/s.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // A timer log in seconds ("97110 = 1080", "97140 = 540") is 18 and 9 minutes, both match; TE and MT sections complete: passes.
        ["v6-h8-timer-log-in-seconds"] = new(
            """
            Timer log (seconds): 97110 = 1080; 97140 = 540
            TE: quadruped rock-backs 2 x 15, bird-dog 3 x 10 w/ 5 s hold, side plank on knees 3 x 20 s, deadlift w/ 15# KB 3 x 8 — L lumbar extensor endurance deficit + flexion intolerance.
            MT: L L4-5 unilateral PA mobs gr III 3 x 30 s, L side-lying rotation gr III, STM L QL; lumbar flexion fingertip-to-floor 24 → 17 cm.
            """,
            ["M54.50"], [PT("97110", 18), PT("97140", 9)], []),

        // Ranges that are a hold's, a rest's or the home programme's ("3 x 8–10", "30–45 s", "60–90 s", HEP "bike 8–10 min", "ice 10–15 min") are not the codes' time; TE 20 and MT 8 match: passes.
        ["v6-h8-ranges-hep-not-session-time"] = new(
            """
            TE 97110 — 20 min: step-downs 6" 3 x 8–10, wall sit 3 x 30–45 s, SL RDL w/ 10# 2 x 8–10, rest 60–90 s between sets. For L patellofemoral pain w/ quad + glute med weakness (L hip abd 4-/5).
            MT 97140 — 8 min: L patellar medial glides + tilts gr III 3 x 30 s, STM L ITB/VL.
            HEP: bike 8–10 min before exercises; ice 10–15 min after.
            """,
            ["M22.2X2"], [PT("97110", 20), PT("97140", 8)], []),

        // "GT approx 10 min" against a 20-min 97116 line is a mismatch (an approximation, but far off); "TE 15 min" matches; both sections complete.
        ["v6-h8-approx-gt-mismatch"] = new(
            """
            GT approx 10 min — amb w/ RW 2 x 80 ft + 1 x 40 ft, CGA; cues for upright posture; B shuffling steps + festination on turns.
            TE 15 min — LAQ 2# 2 x 12 B, sit-to-stand 2 x 8, heel raises 2 x 15 for B LE weakness (hip ext 3+/5).
            """,
            ["G20.A1", "R26.89"], [PT("97116", 20), PT("97110", 15)], [At(Mismatch, "97116")]),

        // Terse billing line with only "Tot timed 30' (TE + MT)": no minutes for each timed code (the total is neither's); both sections complete.
        ["v6-h8-terse-total-only"] = new(
            "Tot timed 30' (TE + MT) | TE: sh AAROM wand flex 2x15, ER isometrics 5x10s, scap squeezes 2x15 — R frozen sh, flex 110° | MT: GH inf/post glides gr III–IV 3x30s, "
            + "ER 20° → 28°",
            ["M75.01"], [PT("97110", 20), PT("97140", 10)], [SepTime]),

        // NMR 23 min (1:1, complete); the 97530 work is "same session, time not recorded separately": two timed codes, one without minutes.
        ["v6-h8-second-code-time-not-recorded"] = new(
            """
            NMR 97112 – 23 min – 1:1: sit-to-stand on foam w/ EC, stepping strategy drills to lateral pulls, standing reach outside BOS on rocker board. For ↓ reactive postural control + R LE proprioception after R TKA. Lateral pulls: 1-step recovery 4 of 6 (1 of 6 at IE).
            Also toilet transfers + tub-bench entry (97530), same session, time not recorded separately: 5 reps each, min A → CGA; goal: bathe w/ husband's supervision only.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // PT/OT co-treat for a TT amputee: PT 97116 says 20 (line 20); OT 97530 says 18 but the OT line bills 25: one mismatch, on the OT 97530 line; both sections complete.
        ["v6-h8-cotreat-amputee-ot-mismatch"] = new(
            """
            PT/OT co-treat — L TT amputee; both therapists with this pt only
            PT 97116 — 20 min: prosthetic gait in bars → RW, 3 x 60 ft, CGA; cues for equal step length + prosthetic-side hip ext; short sound-side step, ↓ prosthetic stance time.
            OT 97530 — 18 min: liner + prosthesis donning/doffing seated x 3 (min A for pin-lock alignment), standing at counter making a sandwich 2 trials, SBA. Goal: dress + make lunch w/ prosthesis on.
            """,
            ["Z89.512"], [PT("97116", 20), OT("97530", 25)], [At(Mismatch, "97530")]),

        // One coded time (15 min) and every other time in seconds (holds, rests): seconds are not minutes; half-kneel perturbations/SLS foam/beam EC, 1:1, postural control and proprioception, SLS and Y-balance: passes.
        ["v6-h8-seconds-only-besides-code-time"] = new(
            """
            Neuro re-ed 97112 – 15 min – 1:1
            Half-kneel holds w/ perturbations 4 x 45 s each side; SLS on foam w/ head turns 3 x 30 s; tandem on beam w/ EC 3 x 20 s; rest 90 s between.
            ↓ hip/trunk postural control + L LE proprioception after L ACL-R (wk 16).
            SLS foam L 22 s (R 30+ s); Y-balance anterior L 61 cm / R 67 cm.
            """,
            ["S83.512D"], [PT("97112", 15)], []),

        // Progress report with goal status and one "treatment time 38 min (timed)" for NMR + TE: no minutes for each code; content complete, NMR 1:1.
        ["v6-h8-progress-report-one-total"] = new(
            """
            PROGRESS REPORT (visit 10 of 12) — treatment time 38 min (timed)
            Re-assessment     IE         Today      Goal         Status
            Berg              40/56      47/56      ≥ 48/56      partially met
            5xSTS             18.9 s     13.2 s     < 15 s       met
            Gait speed        0.71 m/s   0.93 m/s   ≥ 1.0 m/s    not met
            NMR (1:1): compliant-surface stance w/ head turns, perturbed stepping, obstacle crossing w/ dual task — ↓ somatosensory + reactive postural control (neuropathy).
            TE: sit-to-stand 3 x 10, step-ups 6" 3 x 10, hip abd 3# 3 x 12 — B hip/knee extensor weakness (4-/5).
            """,
            ["G62.9", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note beside an untimed evaluation code (97162, no profile): missing on 97116 only.
        ["v7-h8-empty-with-evaluation"] = new(
            "",
            ["Z96.641"], [PT("97162", 30), PT("97116", 15)], [At(NoteMissing, "97116")]),

        // Line breaks only and a free-text diagnosis ("low back pain"), which is no ICD-10-CM code: missing on 97140 and the diagnosis check.
        ["v7-h8-blank-lines-free-text-dx"] = new(
            "\n\n",
            ["low back pain"], [PT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // 97110 whose only target is the region "L shoulder", which the contract counts as the deficit; exercises with doses: passes.
        ["v7-h8-97110-region-only"] = new(
            "TE 97110 — 15 min — L shoulder: pendulums 2 x 30 s, table slides into flexion 2 x 15, wand ER in supine 2 x 15, isometric ER/IR 5 x 5 s.",
            ["S42.202D"], [PT("97110", 15)], []),

        // 97530 whose only measure is the assistance level "Min A" (which is no minute statement); car/porch tasks and church goal named: passes.
        ["v7-h8-97530-assist-level-only"] = new(
            "Ther Act 97530 — 20 min: practised getting in/out of pt's own car (backing in, swivel), loading walker into the trunk, stepping up onto front porch step w/ rail. "
            + "Min A. Goal: go to Sunday services w/ son driving.",
            ["Z96.652"], [PT("97530", 20)], []),

        // 97140 Cyriax deep transverse friction (3 x 90 s) and GH glides with grade: seconds and grade are its parameters; L supraspinatus tendinopathy with painful arc: passes.
        ["v7-h8-97140-friction-parameters"] = new(
            "Manual 97140 — 8 min: Cyriax deep transverse friction to L supraspinatus tendon in modified Crass position 3 x 90 s; GH posterior glides gr III 2 x 30 s. "
            + "L supraspinatus tendinopathy w/ painful arc.",
            ["M75.42"], [PT("97140", 8)], []),

        // 97140 "hands-on tx to R TMJ region + R masseter" names no manual technique; region and MIO numbers are there, so only the technique fails.
        ["v7-h8-97140-hands-on-no-technique"] = new(
            "97140 — 10 min — hands-on tx to R TMJ region + R masseter; MIO 30 → 35 mm post; pt less guarded w/ opening.",
            ["M26.621"], [PT("97140", 10)], [At(Tech, "97140")]),

        // 97116 described only generically ("progressing per POC, tolerated well, continue"): no gait training, target or number; 15 min matches.
        ["v7-h8-97116-generic-only"] = new(
            "97116 — 15 min — pt progressing toward goals per POC, tolerated well, will continue to progress as tolerated.",
            ["R26.89"], [PT("97116", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // OT 97530 whose target is an impairment ("R shoulder elevation limited to 115° w/ scapular hiking"), overhead tasks with reps and SBA: passes.
        ["v7-h8-97530-impairment-as-target"] = new(
            "OT 97530 — 22 min: retrieving 1–3 lb cans from overhead shelf x 12, hanging clothes on closet rod x 8, wiping high cabinet doors; SBA. "
            + "R shoulder elevation limited to 115° w/ scapular hiking after R RTC repair (wk 14).",
            ["M75.121"], [OT("97530", 22)], []),

        // 97110 gym exercises with loads and reps (goblet squats, farmer carries, sled push, dead bugs) but no region, impairment or functional goal.
        ["v7-h8-97110-no-target"] = new(
            "TE 97110 — 15 min: goblet squats 15# 3 x 10, farmer carries 20# x 4 laps, sled push 90 lb x 4, dead bugs 3 x 10.",
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Terse billing note, pipe-separated: "97110 15'" and "97140 8'" (both match); L hip exercises with doses and glute med grade; long-axis distraction with grade/seconds, IR degrees: passes.
        ["vord-h8-terse-te-mt-billing"] = new(
            "97110 15' — L hip: bridges 3x12, SL abd 2x15, clams RTB 3x15 — glute med 4-/5 | 97140 8' — L hip long-axis distraction gr III 3x30s, post glides — IR 18° → 24°",
            ["M16.12"], [PT("97110", 15), PT("97140", 8)], []),

        // One-line gait note: 4WW, distances, curb, SBA, step-to and ↓ L stance after THA, gait speed; "12'" matches: passes.
        ["vord-h8-terse-gt-one-line"] = new(
            "GT 97116 12' — 4WW 2x150' + curb x2, SBA; L step-to, ↓ L stance time p L THA; gait spd 0.78 m/s",
            ["Z96.642"], [PT("97116", 12)], []),

        // Progress report: minutes per code (25, 13, "both one-on-one"), goal table with met / partially met / not met, NMR and TE content with targets: passes.
        ["vord-h8-progress-report-goal-status"] = new(
            """
            PROGRESS REPORT — visit 10 — re-assessment
            Minutes: NMR 97112 25 | TE 97110 13 — both one-on-one
            Goal                                   Baseline   Today     Status
            STG1 Berg ≥ 45/56                      38/56      46/56     MET
            STG2 TUG < 13.5 s                      17.2 s     14.0 s    PARTIALLY MET
            LTG1 community walk 500 ft w/o LOB     150 ft     320 ft    NOT MET
            LTG2 ABC ≥ 67%                         44%        58%       PARTIALLY MET
            NMR today: treadmill perturbations (belt start/stop), EC stance on foam, multidirectional stepping to light targets — ↓ reactive + anticipatory postural control, visual dependence.
            TE today: leg press 60# 3 x 12, lateral step-ups 6" 3 x 10, hip abd machine 30# 3 x 12 — B hip abductor/quad weakness (4-/5).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25), PT("97110", 13)], []),

        // OT progress note, "Therapeutic activities 28 min": goals with status, today's dressing/shower/pot-carry tasks with assist levels and trials, L hemiparesis: passes.
        ["vord-h8-ot-progress-97530-goals"] = new(
            """
            OT Progress Note (10th visit) — Therapeutic activities 28 min
            Goals:
             1. Indep UB dressing incl. bra — MET (mod I w/ front-closure bra)
             2. Shower transfer w/ tub bench, SBA — PARTIALLY MET (CGA today x 3)
             3. Prepare a simple hot meal in standing — NOT MET (needs seated rests, 2 LOB at stove)
            Today: tub-bench shower transfer x 3 w/ CGA; UB dressing mod I; stove-to-counter pot transfer (2 lb) x 4 w/ rollator tray, SBA.
            L hemiparesis w/ ↓ standing balance during bimanual tasks.
            """,
            ["I69.354"], [OT("97530", 28)], []),

        // Work hardening for a delivery driver: "Therapeutic activities 30 min" (hand truck, overhead placement, loaded hamper cart; full-duty goal) and "Therapeutic exercise 15 min" (cuff/scapular with loads): passes.
        ["vord-h8-work-hardening-ta-te"] = new(
            """
            Work hardening — RTW: package delivery driver, R shoulder s/p SLAP repair 5 mo
            Therapeutic activities 30 min: hand-truck loading/unloading 4 boxes (30 lb) x 5 trips up 2 steps; overhead package placement onto 60" shelf 15 lb x 12; pushing loaded hamper cart (180 lb) 4 x 100 ft w/ turns; SBA, no compensatory shrug by final set. Goal: full duty w/ 70 lb occasional lift.
            Therapeutic exercise 15 min: R ER/IR at 90° abd w/ cable 5# 3 x 12, prone Y/T 2# 3 x 10, bottoms-up KB carry 8 kg x 4 laps — R posterior cuff + lower trap weakness (ER 4/5).
            """,
            ["S43.431D"], [PT("97530", 30), PT("97110", 15)], []),

        // Concussion wk 4: 97110 15 (Buffalo-protocol sub-symptom aerobic treadmill, target HR; exercise intolerance) and 97112 20 (one-on-one VOR x1/saccades/OKN; VOR + VMS); VOMS and BCTT HR: passes.
        ["vord-h8-concussion-bctt-te-nmr"] = new(
            """
            Concussion program — wk 4
            Therapeutic exercise (97110) 15 min: sub-symptom-threshold aerobic training per Buffalo Concussion Treadmill Test — treadmill 3.4 mph, 2% grade, target HR 148 bpm (90% of sx-threshold HR).
            Neuromuscular re-ed (97112) 20 min, one-on-one: VOR x1 pitch/yaw at 2 Hz standing on foam, saccades between 2 targets head still → walking, VMS habituation w/ optokinetic video.
            Deficits: ↓ aerobic tolerance (exercise-induced HA); VOR + visual motion sensitivity.
            Today: VOMS VOR +1, VMS 0 (+3 / +2 at IE); BCTT sx-threshold HR 164 (142 at IE).
            """,
            ["S06.0X0D"], [PT("97110", 15), PT("97112", 20)], []),

        // TMJ SOAP: MT (97140) 12 (intraoral distraction with grade/seconds, STM, SNAG) and TE (97110) 10 (controlled opening, resisted deviation, chin tucks with reps); TMJ restriction, DNF weakness; MIO: passes.
        ["vord-h8-tmj-soap-mt-te"] = new(
            """
            S: Jaw pain 3/10 chewing (6/10 at IE); no locking this wk.
            O: MT 97140 — 12 min: intraoral L TMJ long-axis distraction gr III 4 x 30 s, L masseter/temporalis STM, C1–C2 rotation SNAG to L x 6.
               TE 97110 — 10 min: controlled opening w/ tongue on palate 2 x 10 in mirror, resisted lateral deviation 2 x 10, chin tucks 10 x 10 s.
               L TMJ capsular restriction + masticatory myalgia, opening deflects L; forward head posture w/ DNF weakness.
               MIO 36 mm (30 mm at IE); straight opening in mirror on 8 of 10 reps.
            A: ↑ mandibular control.
            P: cont 1x/wk x 3 wk.
            """,
            ["M26.622", "M79.18"], [PT("97140", 12), PT("97110", 10)], []),

        // Post-prostatectomy: 97112 (20, 1:1 in private room; PFM isolation with tactile cueing and pre-contraction; delayed recruitment; leaks k of 10 and pads) and 97110 (15; endurance holds, squats, walking): passes.
        ["vord-h8-pelvic-prostatectomy-nmr-te"] = new(
            """
            Pelvic health — post-prostatectomy (wk 10)
            97112 (20 min, 1:1 in private tx room): PFM isolation w/ tactile perineal cueing and "stop-the-flow" imagery, PFM pre-contraction timed w/ sit-to-stand + cough.
              Delayed PFM recruitment w/ glute/adductor substitution → leakage on transitions.
              Leak on 2 of 10 sit-to-stands (7 of 10 at IE); pads 2/day (5/day at IE).
            97110 (15 min): PFM endurance holds 10 s x 10 supine → standing, squats w/ PFM 3 x 8, walking w/ PFM holds 4 x 20 m — PFM endurance deficit.
            """,
            ["N39.3", "Z90.79"], [PT("97112", 20), PT("97110", 15)], []),

        // OT hand: orthotic fabrication (97760, timed) 20 and ther ex 97110 10, both by code; custom thumb spica with wear schedule; isometrics/glides/putty for CMC instability with pinch kg: passes.
        ["vord-h8-hand-orthosis-tendon-glides"] = new(
            """
            OT Hand Clinic — L thumb CMC OA
            Orthotic fabrication/fitting (97760) 20 min: custom hand-based thumb spica (1/8" thermoplastic), CMC in palmar abduction, IP free; wear during pinch-heavy tasks + nights; checked after wear trial — no pressure areas.
            Ther ex (97110) 10 min: isometric thumb abduction/opposition 10 x 5 s, tendon glides x 10 each, first dorsal interosseous strengthening w/ putty 2 x 10 — L thumb CMC instability + pinch weakness.
            Key pinch L 3.5 kg (R 6.0 kg).
            """,
            ["M18.12"], [OT("97760", 20), OT("97110", 10)], []),

        // PTA amputee note: 97116 20 (level/uneven distances with SPC, SBA/CGA, prosthetic stance deficit) and 97530 15 (floor recovery with prosthesis, laundry carry, sock-ply management; home/gardening goal): passes.
        ["vord-h8-pta-amputee-gt-ta"] = new(
            """
            PTA note — R TT prosthesis (wk 6 of wear)
            Gait 97116 — 20 min: level 3 x 200 ft w/ SPC in L hand, SBA; grass/gravel 2 x 60 ft, CGA; cues for prosthetic heel-strike → foot-flat and equal step length. ↓ prosthetic-side stance time, short L (sound) step.
            Ther act 97530 — 15 min: floor-to-stand recovery w/ prosthesis via half-kneel (sound side first) x 4, CGA → SBA; carrying laundry basket 30 ft x 2, SBA; sock-ply management (added 2-ply sock for residual-limb volume loss). Goal: indep at home + back to gardening.
            """,
            ["Z89.511"], [PTA("97116", 20), PTA("97530", 15)], []),

        // SCI wheelchair skills: 97542 25 (wheelie holds, curb and 1:12 ramp, WST-Q %) and 97530 20 (floor-to-w/c and car transfers, min A/SBA, work goal); both coded with minutes: passes.
        ["vord-h8-wheelchair-skills-97542-97530"] = new(
            """
            SCI — T6 complete (AIS A), 10 wk
            W/c management (97542) 25 min: wheelie balance w/ spotter strap 3 x 15 s holds, 4" curb ascent/descent in wheelie x 4, 1:12 ramp up/down x 3, rolling over door thresholds w/ backpack. WST-Q capacity 68% (52% at IE).
            Ther act (97530) 20 min: floor-to-w/c transfer (w/c in front, depression method) x 3, min A; car transfer + loading w/c frame x 2, SBA. Goal: indep car transfers to return to office work.
            """,
            ["G82.21"], [PT("97542", 25), PT("97530", 20)], []),

        // CHF: TE 97110 15 (LAQ/STS/hip abd with doses, B LE weakness, RPE/HR) and GT 97116 15 (rollator laps, SBA, rests by HR, shuffling when fatigued, gait speed): passes.
        ["vord-h8-chf-te-gt"] = new(
            """
            CHF (HFrEF, EF 30%) — outpatient PT
            TE 97110 15 min: seated LAQ 2# 3 x 10 B, sit-to-stand 2 x 8, standing hip abd 2 x 10 B; paced to RPE 11–13, HR 78 → 102. For B LE weakness/endurance (hip abd 4-/5).
            GT 97116 15 min: hallway 3 x 150 ft w/ rollator, SBA, seated rest between laps until HR < 100; cues for upright trunk + breathing rhythm. Shuffles + ↓ step length when fatigued; gait speed 0.74 m/s.
            """,
            ["I50.22"], [PT("97110", 15), PT("97116", 15)], []),

        // In-person Spanish interpreter, the patient's goal quoted and translated; 97530 tub/jug/floor tasks with reps, CGA → SBA, after L TKA; 24 min matches: passes.
        ["vord-h8-interpreter-ta-grandson-goal"] = new(
            """
            In-person Spanish interpreter (certified, hospital staff) present entire visit; pt's answers in Spanish, translated below.
            Ther Act 97530 — 24 min: stepping in/out of bathtub w/ grab bar x 5, carrying 1-gal water jug from car trunk to counter 3 trips, squatting to pick up grandchild's toys from floor x 10. CGA → SBA.
            Pt: "Quiero cuidar a mi nieto otra vez" — wants to babysit her grandson again (goal). L TKA wk 8.
            """,
            ["Z96.652"], [PT("97530", 24)], []),

        // Phone interpreter with an ID; NMR 23 (1:1; stepping-strategy pulls, foam cone reaches, wide-base turns; cerebellar lateral LOB; FGA) and TE 15 (heel raises, squats, band abd; B hip/ankle weakness): passes.
        ["vord-h8-phone-interpreter-nmr-te"] = new(
            """
            Language line (Spanish) via speakerphone, interpreter #5521, entire session.
            NMR 97112 — 23 min — 1:1: stepping-strategy drills w/ therapist pulls at hips, cone reaches standing on foam, 180° turns w/ cues to widen BOS. ↓ postural control w/ lateral LOB to L (L cerebellar stroke). FGA 15/30 (11/30 at IE).
            TE 97110 — 15 min: heel raises 2 x 15, mini squats 2 x 12, band hip abd RTB 2 x 15 — B hip/ankle weakness.
            Pt: "ya camino mejor en la iglesia" (walking better at church).
            """,
            ["I69.393"], [PT("97112", 23), PT("97110", 15)], []),

        // Home health with clock time in/out (visit time) and each code's minutes (20, 15, both match); transfers with reps/SBA/bathing goal; rollator gait with porch steps, CGA; OASIS M1860 line: passes.
        ["vord-h8-hh-oasis-ta-gt"] = new(
            """
            HH PT — Time in 10:02 / Time out 10:47 (vitals + med review included)
            Ther act 97530 — 20 min: tub transfer w/ bench x 3, toilet w/ riser x 4, SBA; goal: bathe w/o aide.
            Gait 97116 — 15 min: rollator 2 x 60 ft in home + 3 porch steps w/ rail, CGA; ↓ foot clearance + ↑ sway on turns.
            M1860 Ambulation/Locomotion today: 2.
            """,
            ["R26.89", "M62.81"], [PT("97530", 20), PT("97116", 15)], []),

        // SNF Section GG lines, then 97530 23 (bed mobility/STS/toilet pivot with reps, discharge goal) and 97116 15 (FWW 2 x 50 ft with turns, mod A → min A, gait deviations): passes.
        ["vord-h8-snf-gg-ta-gt"] = new(
            """
            SNF Part A — PT daily — Section GG (today)
            GG0170B Sit to lying: 04   GG0170D Sit to stand: 03   GG0170I Walk 10 ft: 03   GG0170J Walk 50 ft w/ two turns: 02
            97530 TA 23 min: rolling + supine ↔ sit x 5, sit-to-stand from w/c x 8, stand-pivot to toilet x 2; goal: discharge to daughter's home.
            97116 GT 15 min: FWW 2 x 50 ft w/ 2 turns, mod A → min A; ↓ B step length, forward trunk flexion, ↓ L foot clearance.
            """,
            ["S72.001D", "R26.89"], [PT("97530", 23), PT("97116", 15)], []),

        // Three full descriptions ("Neuromuscular reeducation: 20 minutes. One-on-one.", "Therapeutic exercise: 12 minutes.", "Manual therapy: 8 minutes."), each complete: passes.
        ["vord-h8-full-descriptions-three-codes"] = new(
            """
            Neuromuscular reeducation: 20 minutes. One-on-one. Short-foot activation in SLS on foam, lateral hop-to-stick, star excursion reaches — R ankle proprioception + peroneal timing deficit (chronic ankle instability). SLS foam R 14 s; SEBT posteromedial R 84% limb length.
            Therapeutic exercise: 12 minutes. R eversion w/ GTB 3 x 15, heel raises off step 3 x 12, SL RDL 2 x 10 — R peroneal/calf weakness.
            Manual therapy: 8 minutes. R talocrural posterior glides gr IV 3 x 30 s, subtalar eversion mobs; knee-to-wall R 7 → 10 cm.
            """,
            ["M25.371"], [PT("97112", 20), PT("97110", 12), PT("97140", 8)], []),

        // Busy-clinic RTW one-liner for 97530: crate lifts, carries (40' is feet), cart pushes with loads, SBA, grocery-stocker goal and L LBP; "20'" matches: passes.
        ["vord-h8-terse-rtw-ta"] = new(
            "TA 97530 20' — lift 20# crate floor→waist 3x8, carry 40' x4, push stock cart 100# x4 laps, SBA; RTW grocery stocker, L LBP",
            ["M54.50"], [PT("97530", 20)], []),

        // OT cubital tunnel 97110: ulnar nerve sliders, intrinsic and key-pinch strengthening with reps; L intrinsic weakness with clawing; key pinch kg: passes.
        ["vord-h8-ot-cubital-tunnel-97110"] = new(
            """
            OT hand — L cubital tunnel (conservative)
            TE 97110 12 min: ulnar nerve sliders (elbow flex/ext w/ wrist + neck) 2 x 10, finger abduction against rubber band 3 x 10, key pinch w/ putty 2 x 10 — L intrinsic weakness (1st DI 4-/5), clawing of small finger.
            Night elbow extension orthosis reviewed.
            Key pinch L 4.0 kg (R 7.5 kg).
            """,
            ["G56.22"], [OT("97110", 12)], []),

        // Post-TKA one-liner with two codes: "TE 97110 20'" and "GT 97116 10'" (both match); exercises with doses and knee ROM; SPC gait distances, SBA, stiff-knee swing: passes.
        ["vord-h8-terse-tka-te-gt"] = new(
            "TE 97110 20' quad sets 10x5s, SAQ 3# 3x10, heel slides 3x10, bike rocking for flexion — R knee flex 98° ext -6° | GT 97116 10' SPC 2x100' SBA, cues heel strike, R stiff-knee swing",
            ["Z96.651"], [PT("97110", 20), PT("97116", 10)], []),

        // Neurogenic TOS: MT 97140 9 (first-rib caudal mobs with grade/seconds, scalene STM + MET) and TE 97110 15 (nerve sliders, stretch, shrugs with doses; plexus mechanosensitivity); ULTT degrees: passes.
        ["vord-h8-tos-mt-te"] = new(
            """
            Thoracic outlet (neurogenic) — R
            MT 97140 9 min: R 1st rib caudal mobs gr III 3 x 30 s, scalene STM + post-isometric relaxation 5 s x 4.
            TE 97110 15 min: median/ulnar nerve sliders 2 x 10, scalene stretch 3 x 30 s, scapular elevation shrugs 3# 2 x 12 — R brachial plexus mechanosensitivity + depressed scapular posture.
            ULTT1 R elbow ext -40° → -25°.
            """,
            ["G54.0"], [PT("97140", 9), PT("97110", 15)], []),

        // Terse generic: "NMR 97112 x 23' — bal/coord act, tol well, cont POC": no technique, only generic phrases, no deficit, no number, no 1:1 (23 matches).
        ["vord-h8-terse-generic-nmr"] = new(
            "NMR 97112 x 23' — bal/coord act, tol well, cont POC",
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete postpartum pelvic 97110 (holds, quick flicks, bridges, with SUI/PFM weakness) sent with no diagnosis.
        ["vord-h8-pelvic-postpartum-no-dx"] = new(
            "Pelvic floor TE 97110 15 min: supine PFM holds 10 s x 10, quick flicks x 10, bridges w/ exhale + PFM 3 x 10, side-lying clams 2 x 15 — postpartum (9 wk) PFM weakness "
            + "w/ SUI on running.",
            [], [PT("97110", 15)], [Dx]),

        // Complete 97116 whose diagnosis field is free text "s/p R THA": not a well-formed ICD-10-CM code.
        ["vord-h8-dx-free-text-97116"] = new(
            "GT 97116 15 min: amb w/ SPC 3 x 150 ft, SBA, stairs 8 steps w/ rail step-to; cues for R hip extension in terminal stance; R Trendelenburg w/ short L step. "
            + "10MWT 0.82 m/s.",
            ["s/p R THA"], [PT("97116", 15)], [Dx]),

        // One-line 97530 "TA 97530 30'" against a 23-min line: mismatch; tasks, assist and goal complete.
        ["vord-h8-terse-ta-mismatch"] = new(
            "TA 97530 30' — bed ↔ w/c squat-pivot x 5, toilet transfer w/ grab bar x 3, min A → CGA; goal home w/ spouse after L hip fx",
            ["S72.002D"], [PT("97530", 23)], [At(Mismatch, "97530")]),

        // Work hardening with only "session 60 min total (work sim + conditioning)" for 97530 + 97110: no minutes for each code; both sections complete.
        ["vord-h8-work-hardening-total-only"] = new(
            """
            Work hardening — session 60 min total (work sim + conditioning)
            Work sim: lifting 30 lb tool bag floor → truck-bed height x 12, ladder climb 8 rungs x 4 carrying 10 lb, overhead drilling simulation in standing 3 bouts; SBA. Goal: RTW as HVAC technician (L rotator cuff repair 6 mo).
            Conditioning: rowing machine 500 m x 2, cable ER/IR 5# 3 x 12, push-ups on incline 3 x 10 — L shoulder endurance + cuff weakness (ER 4/5).
            """,
            ["M75.122"], [PT("97530", 45), PT("97110", 15)], [SepTime]),

        // Spanish interpreter with an ID number and only "functional training per POC; motivated, tolerated well": no activity, goal or assistance level for 97530 (the ID is no measure).
        ["vord-h8-interpreter-generic-97530"] = new(
            "Pt seen w/ Spanish interpreter (ID #3381). Ther act 97530 20 min: functional training per POC; pt motivated, tolerated well, no c/o. Continue.",
            ["M62.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Complete BPPV-residual vestibular 97112 (gaze stab X2, habituation, head-turn gait; residual vestibular dizziness and veering; DGI and DVA) that never says one-on-one.
        ["vord-h8-vestibular-unstated"] = new(
            """
            Vestibular f/u — 97112 — 22 min
            Residual dizziness after R post-canal BPPV cleared last wk: gaze stabilization X2 viewing seated → standing 3 x 30 s, habituation bending to floor x 5, walking w/ horizontal head turns 4 x 40 ft.
            Impaired gaze stability + veering w/ head turns.
            DGI 19/24 (14/24 at IE); DVA 2-line loss.
            """,
            ["H81.11"], [PT("97112", 22)], [At(OneOnOne, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
