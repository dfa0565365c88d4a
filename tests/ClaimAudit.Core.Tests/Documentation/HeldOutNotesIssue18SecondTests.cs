using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The second blind held-out set for issue 18 (read notes the way therapists write them), written by
/// an outside reviewer (physical-therapy billing and compliance) who had not read the note analyzer,
/// its vocabulary files, its unit tests or the samples: only the issue, PRODUCT.md section 5, the note
/// harness and the earlier held-out files (issue 8, the first held-out notes and the first issue 18
/// set), read to copy their format and to avoid repeating their notes, wording and templates. The
/// notes come from other clinics' voices and EMR templates: WebPT-, Raintree- and Epic-like exports
/// (timed-code minute blocks, CPT / units / minutes grids, "… Minutes:" fields), dictation
/// transcripts with filler words and self-corrections, ALL-CAPS legacy notes, "•" and "-" bullets,
/// semicolon run-ons, start/stop clock times, number words, Y/N column grids, radio buttons and
/// heavy abbreviation ("pt", "w/", "c/o", "s/p", "B", "R/L", "↑/↓", "~", "approx", "≈"). Each
/// note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (s1-…): one-on-one stated in other words ("ONE ON ONE", "1 therapist : 1 patient",
/// "undivided attention, no other patients", "Treatment delivery: One-to-one"), negated
/// (semi-private, concurrent, left with an aide while the PT evaluated another patient) or not stated
/// (including a "1:1" that is a work:rest ratio and an "individualized" HEP); 97530 has no
/// one-on-one check;</item>
/// <item>class 2 (s2-…): checkbox states in new layouts (<c>Y [X] N [ ]</c>, radio <c>( )</c>/<c>(x)</c>,
/// Y/N column grids with <c>☐</c>/<c>☒</c>, a "Done" column with <c>X</c>, a box after the label):
/// an unticked box is not written even when a value sits beside it, a ticked "N" or a ticked
/// "Group: Yes" is not one-on-one;</item>
/// <item>class 3 (s3-…): named protocols and programs as techniques (graded motor imagery, HiBalance,
/// Vojta, Schroth, blood-flow-restriction training, Graston, rhythmic auditory stimulation, McKenzie,
/// Kabat PNF), with one note missing a measure and one missing a deficit;</item>
/// <item>class 4 (s4-…): deficits stated as findings with their sign (knee hyperextension thrust,
/// dysmetria, excessive sway in SOT conditions 5–6, absent protective extension, scapular winging, foot
/// slap, firm capsular end-feel) and notes that state none (97112, 97530);</item>
/// <item>class 5 (s5-…): measures in new forms (Biodex limits-of-stability %, "≈"/"~" values, error
/// counts "3 of 20", prime feet and mod I/SBA for 97116, load progressions with arrows for 97110,
/// lift/carry loads for 97530) and notes with none (progress words only, numbers that are not
/// measures, 97140 and 97116 with no parameter);</item>
/// <item>class 6 (s6-…): minutes in new layouts (WebPT timed-code block with totals, Raintree
/// CPT/units/minutes grid, clock start–stop times, number words in dictation, "Mins: A 20 / B 12 / C 8",
/// an untimed code's minutes by its usual name), true mismatches (Epic "… Minutes:" field, "8 min MT →
/// 22 min TE", an ALL-CAPS uncoded total in a one-timed-code visit, an ultrasound line) and truly
/// missing separate time (a total only, a blank minutes cell);</item>
/// <item>class 7 (s7-…): empty notes (CR/LF and tab, no-break spaces, an empty note beside an
/// untimed evaluation, an empty note with an ICD-9 code), a placeholder judged on its content, and
/// the contract's meanings of technique, deficit and measure for 97530, 97140, 97110 and 97116;</item>
/// <item>ordinary (sord-…): complete notes across styles, codes and disciplines that a reviewer
/// passes (the false-positive guard) and weak ones that must fail.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, every
/// line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part); only DOC_* findings are compared, as "RULE@code" per line and
/// "RULE" per visit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 57 of 90 cases agree (first and only run before the analyzer change, at commit d804740 on
/// branch heldout18b, analyzer of 502090d; 89 needed), and 17 of the 51 notes the reviewer passes got a
/// finding. This set was written while the analyzer was being changed against the first issue-18 set,
/// by a second reviewer who had read neither the analyzer nor the vocabulary; the lead read only these
/// two figures and, cut off in the same line, the first false positive (s1-raintree-attendance-ratio,
/// DOC_ONE_ON_ONE_MISSING) — no other case names, findings or notes — before the final run. No case
/// or expectation was changed after that run.
/// </para>
/// <para>
/// After: 78 of 90 agreed, and 7 of the 51 passing notes got a finding, at its first run on the changed
/// analyzer (8965f45, the analyzer the first set and review had shaped). The lead then read this set's
/// disagreements and notes and changed the analyzer again (section "found in the second set" of the
/// commits after 91c9c06): 90 of 90. From then on this set, too, is development data; the held-out
/// figure after that change is the third set's.
/// </para>
/// </summary>
public class HeldOutNotesIssue18SecondTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private sealed record SecondCase(string Note, string[] Diagnoses, CaseLine[] Lines, string[] Expected);

    private static readonly Dictionary<string, SecondCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in other words

        // ALL-CAPS legacy note, "ONE ON ONE W/ PT ENTIRE SESSION"; BAPS/foam/perturbations, R ankle proprioception and peroneal response, SLS seconds and Y-balance: passes.
        ["s1-allcaps-one-on-one"] = new(
            """
            DAILY TX NOTE
            PT C/O "WOBBLY" ON CURBS, NO FALLS.
            97112 NEURO RE-ED 24 MIN, ONE ON ONE W/ PT ENTIRE SESSION.
            BAPS R ANKLE CW/CCW, SLS R ON FOAM W/ HEAD TURNS, LATERAL PERTURBATIONS AT PELVIS IN SLS.
            TARGET: DECREASED R ANKLE PROPRIOCEPTION + DELAYED PERONEAL RESPONSE S/P R ANKLE FX.
            SLS R FOAM 8 SEC (4 SEC LAST VISIT). Y-BAL ANT R 58 CM (L 66 CM).
            """,
            ["S82.891D"], [PT("97112", 24)], []),

        // Raintree-like header "Attendance: Direct contact, 1 therapist : 1 patient" states one-on-one; gaze stabilization/habituation, L vestibular hypofunction, DGI: passes.
        ["s1-raintree-attendance-ratio"] = new(
            """
            Visit Type: Treatment | Attendance: Direct contact, 1 therapist : 1 patient
            97112 Neuromuscular Reeducation   Minutes: 26
            Interventions: gaze stabilization VORx1 yaw/pitch standing on foam; habituation to supine<>sit and head-turn provocations; walking w/ head turns in hallway
            Deficit: L peripheral vestibular hypofunction w/ oscillopsia and head-motion provoked imbalance
            Objective: DGI 19/24 (15/24 at eval); head impulse test + to L
            """,
            ["H81.22"], [PT("97112", 26)], []),

        // Dictation with filler words: "he had my undivided attention the whole time, no other patients" states one-on-one; PNF/rhythmic stabilization, L UE motor recruitment, Fugl-Meyer: passes.
        ["s1-dictation-undivided-attention"] = new(
            "Okay, um, this is the daily note for, uh, Mr. Alvarez. So today we did neuromuscular re-ed, uh, 28 minutes, and he had my undivided attention the whole time, "
            + "no other patients, um, on my schedule during that. We did PNF, uh, D2 flexion patterns for the left arm with manual resistance and rhythmic stabilization at the "
            + "shoulder in sitting, um, because he's still got that, uh, poor motor recruitment in the left deltoid and scapular muscles after the stroke. His Fugl-Meyer upper "
            + "extremity went up to 38/66 from 31/66 at the last progress note. Okay, end of note.",
            ["I69.354"], [PT("97112", 28)], []),

        // Epic-like field "Treatment delivery: One-to-one"; reactive balance pushes/pulls and Airex stepping, delayed compensatory stepping, 7/10 recoveries: passes.
        ["s1-epic-delivery-one-to-one"] = new(
            """
            PT TREATMENT
            Therapeutic Procedures
              Neuromuscular Re-education (97112): 22 minutes
              Treatment delivery: One-to-one
              Activity: reactive balance – therapist-delivered pushes and pulls at trunk in stance and during gait; stepping to targets on Airex
              Impairment addressed: delayed compensatory stepping and reduced lateral weight shift onto L following L TKA
              Response: successful single-step recovery on 7/10 lateral pushes (4/10 last session)
            """,
            ["Z96.652", "R26.81"], [PT("97112", 22)], []),

        // "Semi-private session (2 pts sharing PT, alternating stations)" is not one-on-one; Biodex LOS and foam beam, postural control deficit, LOS % present.
        ["s1-semi-private-negated"] = new(
            "Semi-private session (2 pts sharing PT, alternating stations). 97112 x 25 min: pt on Biodex Balance System LOS training and tandem on foam beam w/ ball toss; "
            + "for impaired postural control / ↓ limits of stability toward L post R CVA. Biodex LOS overall 34% (27% IE).",
            ["I69.354"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // PTA "treated concurrently w/ another Medicare pt; PTA split time btw both" negates one-on-one; rocker/foam, somatosensory deficit, tandem EC seconds present.
        ["s1-concurrent-split-time"] = new(
            "97112 NMR 20 min – pt treated concurrently w/ another Medicare pt; PTA split time btw both. Rocker board A/P, SLS on foam w/ reach to targets, cone taps. "
            + "For ↓ somatosensory use B feet (DM neuropathy). Tandem stance EC 6 s (3 s prior).",
            ["E11.42"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // PT set up a circuit and "left pt w/ rehab aide … while PT performed eval on new pt": not one-on-one; foam step-ups/tandem, ataxia, SARA present.
        ["s1-left-with-aide"] = new(
            "NMR (97112) 18 min. PT set up circuit then left pt w/ rehab aide to complete it while PT performed eval on new pt: step-ups onto foam, tandem walk on line, "
            + "ball kicks in SLS. For ataxia w/ wide-based gait (SCA). SARA 12/40.",
            ["G11.9"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // "1:1 work:rest" is an interval ratio, not attendance; nothing else says one-on-one. BOSU/Airex perturbations, L knee control deficit, LESS/hop LSI present.
        ["s1-work-rest-ratio-not-attendance"] = new(
            "NMR 97112 25 min: reactive agility + perturbation circuit on BOSU and Airex, 30 s on / 30 s off (1:1 work:rest) x 8 rounds, "
            + "for ↓ L knee neuromuscular control & dynamic valgus on landing, 9 mo s/p L ACLR. LESS 6; SL hop L 88% LSI.",
            ["S83.512D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Complete "•" bullet note (sensory reweighting on foam, visual dependence, mCTSIB/DHI) that never states one-on-one; "HEP individualized" is not attendance.
        ["s1-bullets-unstated"] = new(
            """
            • NMR 97112 – 21 min
            • Sensory reweighting: EC standing on foam, standing on foam facing optokinetic video, walking on grass outside w/ head turns
            • Addresses visual dependence + ↓ use of somatosensory input after concussion
            • mCTSIB foam EC 14 s (6 s last wk); DHI 28
            • HEP individualized & reviewed
            """,
            ["S06.0X0D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // 97530 in a small-group circuit (3 pts, 1 PT): no one-on-one check for 97530; lifting/carrying/obstacles, loads and reps, CGA, housekeeping goal: passes.
        ["s1-group-circuit-97530"] = new(
            "Ther act 97530 – 30 min, pt in small-group functional circuit (3 pts, 1 PT): floor-to-shelf lifting 10 lb box x 10, carrying laundry basket 2 x 50 ft, "
            + "stepping over obstacles while carrying a tray; CGA on obstacle course. Goal: return to independent housekeeping.",
            ["M62.81", "R26.89"], [PT("97530", 30)], []),

        // ---------------------------------------------------------------- class 2: checkbox states

        // "Constant attendance by PT: Y [X] N [ ]" ticks yes; ticked perturbations/Airex and ticked deficits, Mini-BEST: passes (unticked BAPS/PNF ignored).
        ["s2-yn-bracket-yes"] = new(
            """
            NEURO RE-ED (97112)                     Min 23
            Constant attendance by PT:   Y [X]   N [ ]
            Tx:      [X] perturbation trng (manual, A/P + lat)   [X] tandem/SLS on Airex   [ ] BAPS   [ ] PNF
            Deficit: [X] excessive sway w/ narrow BOS   [X] ↓ somatosensation B feet   [ ] vestibular
            Measure: Mini-BEST 17/28 (14/28 IE)
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // "1:1 contact: Y [ ] N [X]" ticks no; gaze stabilization/foam, R vestibular hypofunction, DVA/FGA all there.
        ["s2-yn-bracket-no"] = new(
            """
            97112 NMR  Min 20
            1:1 contact:  Y [ ]   N [X]
            Tx:       [X] gaze stab X1 (horiz/vert)   [X] foam EC stance   [ ] habituation
            Deficit:  [X] R vestibular hypofunction   [X] gaze instability w/ head turns
            Measure:  DVA 4 lines lost (6 lines IE); FGA 21/30
            """,
            ["H81.21"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Every radio technique is empty "( )"; the free text (standing at counter, "standing balance") names no neuromuscular technique. Deficit, Berg, 1:1 present.
        ["s2-radio-techniques-empty"] = new(
            """
            Neuromuscular Re-ed 97112 — 25 min — 1:1 w/ PTA
            Technique:  ( ) PNF   ( ) rhythmic stabilization   ( ) perturbations   ( ) foam/compliant surface
            Performed: standing at counter w/ BUE support, pt practiced standing balance
            Deficit: impaired trunk postural control and R LE motor recruitment (R hemiparesis)
            Outcome: Berg 39/56 (35/56 at IE)
            """,
            ["I69.351"], [PTA("97112", 25)], [At(Tech, "97112")]),

        // Ticked techniques and "1:1 ☑" (box after label), but every target box is ☐ and no deficit is written anywhere else.
        ["s2-unicode-targets-unticked"] = new(
            """
            97112 NMR ▸ 22 min ▸ 1:1 ☑
            Tech:    ☑ BAPS CW/CCW   ☑ rocker board A/P   ☑ SLS on foam w/ ball toss   ☐ gaze stab
            Targets: ☐ proprioception   ☐ postural control   ☐ vestibular   ☐ coordination
            SLS on foam 12 s EO; Y-balance composite 84%
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Copy-forward outcome values sit beside unticked boxes ("re-test due"): not measured today, so no measure; techniques, deficits, one-on-one [x] present.
        ["s2-unticked-measures-with-values"] = new(
            """
            Neuro re-ed 97112 | 20 min | one-on-one [x]
            Done: [x] rhythmic stabilization tall-kneel   [x] PNF chop/lift   [x] reactive stepping w/ perturbations
            For:  [x] trunk postural control   [x] timing of protective stepping (MS)
            Outcome (copied fwd, re-test due):  [ ] Berg 44/56   [ ] TUG 13.6 s   [ ] 5xSTS 16 s
            """,
            ["G35"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Exercise grid with a "Done" column (X = done); done rows have sets/reps/loads, L hip abductor weakness with valgus, MMT: passes.
        ["s2-done-column-97110"] = new(
            """
            THER EX (97110) — 18 min
            Exercise              Sets  Reps  Wt/Band   Done
            Clamshell              3     15    GTB       X
            Side-lying hip abd     3     12    2#        X
            Single-leg bridge      3     8     —         X
            Lateral step-down 6"   2     10    —
            Monster walk           3     lap   BTB
            Focus: L hip abductor weakness w/ L knee valgus on step-down (hip abd 4-/5)
            """,
            ["M22.2X2"], [PT("97110", 18)], []),

        // OT radio template: ticked tasks, assist level "(x) min A", trial counts, toileting/bathing goal: 97530 passes.
        ["s2-ot-radio-assist-97530"] = new(
            """
            OT Tx — Therapeutic Activities 97530 — 30 min
            Tasks: (x) toilet transfer w/ grab bar   (x) tub-bench transfer   ( ) car transfer   (x) LB dressing w/ reacher
            Assist level today:  ( ) max A   ( ) mod A   (x) min A   ( ) CGA   ( ) SBA
            Trials: toilet 3, tub bench 2, LB dressing 1
            Goal: toileting and bathing w/o spouse assist at home
            """,
            ["I69.354", "Z74.09"], [OT("97530", 30)], []),

        // Ballot boxes for device and assist (☒ RW, ☒ CGA), distances written, gait deviations stated: 97116 passes.
        ["s2-ballot-device-assist-97116"] = new(
            """
            Gait (97116) ☒   15 min
            Device: ☐ none  ☐ SPC  ☒ RW  ☐ 4WW      Assist: ☐ indep  ☐ SBA  ☒ CGA  ☐ min A
            Distance: 2 x 120 ft tile, 1 x 60 ft carpet
            Pattern: ↓ R step length, ↓ R heel strike, trunk flexed; VC for upright trunk + heel-first contact
            """,
            ["S72.001D", "Z91.81"], [PT("97116", 15)], []),

        // "Group [X] Yes [ ] No", 3 pts in session: not one-on-one; stepping drills/foam/obstacles, slowed reactive stepping, pull test/TUG present.
        ["s2-group-box-ticked-yes"] = new(
            """
            NMR 97112   25 min
            Session:  Group [X] Yes  [ ] No      Pts in session: 3
            Content: stepping strategy drills w/ partner perturbations, tandem stance on foam, obstacle negotiation w/ turns
            Deficit: slowed reactive stepping and small step amplitude (PD)
            Measure: pull test 2 steps to recover; TUG 12.9 s
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // The one-on-one statement is an unticked box "☐ Pt seen 1:1 …": not stated. OT 97112 otherwise complete (PNF/weight bearing, scapular recruitment, FMA-UE).
        ["s2-unticked-one-on-one-line"] = new(
            """
            Neuromuscular re-education 97112 .... 24 min
            ☐ Pt seen 1:1 by therapist for duration of timed service
            Interventions: PNF D1 flex/ext L UE w/ approximation, weight bearing thru L UE on wedge w/ reach R, rhythmic stabilization at L shoulder
            Impairment: ↓ L scapular stability and L shoulder motor recruitment post R CVA
            Measure: FMA-UE 29/66 (24/66 IE)
            """,
            ["I69.354"], [OT("97112", 24)], [At(OneOnOne, "97112")]),

        // Y/N column grid with every technique answered ☒ N; "seated balance activities" is generic; "1:1: Y" written, deficit and FIST present: technique missing only.
        ["s2-yn-grid-all-no"] = new(
            """
            NEURO RE-ED 97112 — 20 min — 1:1: Y
                                Y    N
            PNF                 ☐    ☒
            Perturbations       ☐    ☒
            Foam/compliant      ☐    ☒
            Gaze stabilization  ☐    ☒
            Other: seated balance activities at EOB
            Impairment: poor sitting postural control w/ L lateral trunk lean
            Measure: Function in Sitting Test 28/56 (22/56 IE)
            """,
            ["I69.354"], [PT("97112", 20)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Graded motor imagery (laterality, explicit imagery, mirror box) is a named motor-learning program; L hand body-schema deficit; laterality % and RT; 1:1: passes.
        ["s3-graded-motor-imagery"] = new(
            "97112 NMR 25 min, 1:1 w/ PT. Graded motor imagery stages 1–2: L/R hand laterality judgments (40 images) and explicit motor imagery of wrist ext/grasp, "
            + "then mirror-box tasks (stage 3 intro). For L hand body-schema disruption in CRPS-1 (neglect-like sx, altered laterality). "
            + "Laterality accuracy L 71% (58% IE), reaction time 2.4 s; no flare.",
            ["G90.512"], [PT("97112", 25)], []),

        // HiBalance program stations (sensory integration on foam, APAs, dual-task stepping); reduced APAs/dual-task cost in PD; Mini-BEST and TUG; 1:1: passes.
        ["s3-hibalance-pd"] = new(
            "NMR 97112 x 30 min (1:1). HiBalance program block: sensory integration stations (foam + EC), anticipatory postural adjustments w/ rapid arm raises, "
            + "dual-task stepping while subtracting by threes, for PD w/ ↓ anticipatory postural adjustments and high dual-task cost. "
            + "Mini-BESTest 20/28; dual-task TUG 14.8 s vs single-task 11.2 s.",
            ["G20.A1"], [PT("97112", 30)], []),

        // Vojta reflex locomotion (reflex rolling/creeping) is a named technique; delayed head righting/asymmetric trunk activation; AIMS; 1:1: passes.
        ["s3-vojta-peds"] = new(
            "Peds PT 97112 — 30 min, 1:1. Vojta reflex locomotion: reflex rolling (phase 1) and reflex creeping from prone, both sides; then supported sitting w/ lateral weight shifts. "
            + "For delayed head righting and asymmetric trunk activation (L weaker than R), hx torticollis. AIMS 24 (12th percentile), prone subscale 6/21.",
            ["R62.0", "M43.6"], [PT("97112", 30)], []),

        // 97110: Schroth corrections (rotational angular breathing, muscle cylinder) with sets/holds; R thoracic curve/rib hump; scoliometer ATR: passes.
        ["s3-schroth-97110"] = new(
            "Ther ex 97110 – 25 min: Schroth corrections – rotational angular breathing in side-lying over bolster 3 x 8 breaths, muscle cylinder in side-lying 3 x 20 s hold, "
            + "'snake' at wall bars 2 x 5, for R thoracic curve w/ rib hump and L lumbar counter-curve (AIS). ATR thoracic 9° on scoliometer (12° at IE).",
            ["M41.124"], [PT("97110", 25)], []),

        // 97110 with blood-flow-restriction training (80% LOP, 30-15-15-15 at 30% 1RM); R quad atrophy after ACLR; thigh girth numbers: passes.
        ["s3-bfr-97110"] = new(
            "TE 97110 x 20 min w/ blood flow restriction (R thigh cuff at 80% LOP): leg press at 30% 1RM 30-15-15-15, LAQ 4# 30-15-15-15, "
            + "for R quad atrophy/weakness 10 wk s/p R ACLR. Thigh girth 10 cm above patella R 44.5 cm (L 47 cm).",
            ["S83.511D"], [PT("97110", 20)], []),

        // 97140: Graston (IASTM) and weight-bearing talocrural glides with movement 3 x 10; R heel pain and ↓ DF; knee-to-wall cm: passes.
        ["s3-graston-97140"] = new(
            "MT 97140: 10 min – Graston (IASTM) to R plantar fascia, medial gastroc and soleus, followed by talocrural posterior glides w/ movement in weight-bearing lunge 3 x 10, "
            + "for R plantar heel pain and ↓ R ankle DF. Knee-to-wall R 6 cm → 9 cm post.",
            ["M72.2"], [PT("97140", 10)], []),

        // 97116: rhythmic auditory stimulation (metronome gait) with distances and SBA; ↓ cadence/shuffling in PD; "steps/min" is a cadence, not minutes (20 matches): passes.
        ["s3-ras-metronome-97116"] = new(
            "GT 97116 — 20 min. Rhythmic auditory stimulation: metronome gait at 100 bpm → 110 bpm, 4 x 100 ft bouts on level tile, then outdoor sidewalk 1 x 300 ft, SBA. "
            + "For ↓ cadence and short shuffling steps (PD), no freezing today. Cadence 96 → 108 steps/min; gait speed 0.94 m/s.",
            ["G20.A1", "R26.89"], [PT("97116", 20)], []),

        // 97110: McKenzie (MDT) repeated extension and shift correction named, central LBP with R lateral shift stated, but no sets/reps or any number.
        ["s3-mckenzie-no-parameters"] = new(
            "97110 ther ex 15 min. McKenzie MDT: repeated extension in lying, progressed to extension w/ overpressure and extension in standing; lateral shift correction against wall. "
            + "For central LBP w/ R lateral shift. Pt centralized by end of session and left w/o buttock sx.",
            ["M54.50"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Kabat PNF with slow reversals, BAPS, Berg and 1:1, but no neuromuscular deficit or system targeted is written.
        ["s3-kabat-no-deficit"] = new(
            "NMR 97112 20 min, 1:1. Kabat PNF D1/D2 LE patterns w/ slow reversals and combination of isotonics, then BAPS CW/CCW in standing and stride-stance weight transfers on foam. "
            + "Berg 49/56. HEP reviewed.",
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "R knee hyperextension thrust in midstance from poor quad/hamstring co-activation timing" is the deficit; PNF stabilization at knee; recurvatum counts; 1:1: passes.
        ["s4-knee-hyperextension-thrust"] = new(
            "NMR 97112 · 24 min · 1:1. PNF rhythmic stabilization at R knee in stride stance, controlled mini-squats on R w/ mirror feedback, step-through w/ knee-flexion target "
            + "and tactile cue at R popliteal fossa. R knee hyperextension thrust in midstance from poor quad/hamstring co-activation timing (MS). "
            + "Recurvatum on 3/20 steps on video (11/20 IE).",
            ["G35"], [PT("97112", 24)], []),

        // "Dysmetria on heel-to-shin B, dysdiadochokinesia, wide-based staggering gait" is the ataxic deficit; quadruped rhythmic stabilization, weighted walking; SARA: passes.
        ["s4-dysmetria-signs"] = new(
            "97112 — 25 min, PT 1:1. Quadruped rhythmic stabilization, weighted walking w/ 1 kg ankle cuffs, stepping to targets on floor grid, heel-to-shin slides paced by metronome. "
            + "Dysmetria on heel-to-shin B (overshoots ~5 cm), dysdiadochokinesia, wide-based staggering gait. SARA 13.5/40 (15/40 IE); 6 tandem steps before step-off.",
            ["R27.0", "R26.0"], [PT("97112", 25)], []),

        // "Sways excessively and steps out in SOT cond 5 & 6 (vestibular ratio 0.38)" is the sensory-organization deficit; foam EC/gaze work; SOT composite; 1:1: passes.
        ["s4-sot-vestibular-ratio"] = new(
            "97112 NMR 20 min 1:1 – EC stance on foam w/ head tilts, walking on foam mats EC w/ CGA, gaze stab X1 on foam. Pt sways excessively and steps out in SOT conditions 5 & 6 "
            + "(vestibular ratio 0.38) → poor use of vestibular input when vision and surface are unreliable. SOT composite 58 (49 IE).",
            ["H81.23", "R42"], [PT("97112", 20)], []),

        // "Delayed L lateral righting and absent L protective extension in sitting" is the deficit; therapy-ball tilts, tall-kneel perturbations; 4/10 responses; 1:1: passes.
        ["s4-absent-protective-extension"] = new(
            "NMR 97112 – 22 min – 1:1 PT. Sitting on therapy ball w/ lateral tilts to elicit righting and protective extension L, quadruped weight shift onto L UE, tall-kneel perturbations. "
            + "Delayed L lateral righting and absent L protective extension in sitting (falls to L w/o catching). Protective response L on 4/10 tilts (1/10 IE).",
            ["I69.354"], [PT("97112", 22)], []),

        // 97110: "R medial scapular winging on wall push-up & ↓ upward rotation (serratus 3+/5)" is the impairment; serratus exercises with sets/loads: passes.
        ["s4-scapular-winging-97110"] = new(
            "TE 97110 — 18 min; wall push-up plus 3 x 12, supine serratus punches 3# 3 x 15, ball-on-wall circles 2 x 30 s, prone Y 2 x 10, "
            + "for R medial scapular winging on wall push-up & ↓ upward rotation (serratus 3+/5).",
            ["M25.511", "M62.81"], [PT("97110", 18)], []),

        // 97116: "R foot slap at initial contact and ↓ R push-off" after peroneal palsy is the gait deficit; AFO gait w/ distances, SBA, gait speed: passes.
        ["s4-foot-slap-97116"] = new(
            "GT 97116 x 16 min: amb w/o AFO 2 x 100 ft then w/ R carbon AFO 3 x 150 ft, indoor → outdoor ramp, SBA; cues for controlled heel rocker. "
            + "R foot slap at initial contact and ↓ R push-off (DF 3-/5, PF 4-/5) after R peroneal nerve palsy. Gait speed w/ AFO 1.02 m/s (w/o 0.86 m/s).",
            ["G57.31"], [PT("97116", 16)], []),

        // Semicolon run-on: Airex/BAPS/rocker/perturbations, Berg/FGA and 1:1, but no deficit or system is named anywhere.
        ["s4-runon-no-deficit"] = new(
            "97112 nmr 20 min 1:1; airex tandem 3 rounds; BAPS board CW/CCW; ball toss in stride stance on rocker; manual perturbs A/P; Berg 50/56; FGA 24/30; progress next visit; HEP updated",
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // 97530: activities with loads/reps/CGA named, but no region, impairment or functional goal is stated.
        ["s4-97530-no-goal"] = new(
            "TA 97530 x 20 min: med ball chest pass 2 kg x 20, agility ladder 4 lengths, cone pick-up squat-to-reach x 10, sled push 4 x 15 m; CGA on ladder.",
            ["M62.81"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // 97140: "L ankle DF restricted w/ firm capsular end-feel & anterior pinch" is the impairment; glides/STM with bouts; knee-to-wall numbers: passes.
        ["s4-capsular-end-feel-97140"] = new(
            "Manual tx 97140 — 12 min: talocrural posterior glides and subtalar lateral glides, STM to L gastroc-soleus, 4 x 30 s bouts each. "
            + "L ankle DF restricted w/ firm capsular end-feel & anterior pinch at end range (knee-to-wall L 4 cm vs R 11 cm) → 7 cm post.",
            ["S93.402D"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 5: measures in new forms

        // Biodex limits-of-stability percentage and completion time are the measure; LOS/platform training on Airex, ↓ A/P limits of stability; 1:1: passes.
        ["s5-biodex-los-percent"] = new(
            "97112 NMR 23 min 1:1 – Biodex Balance System: LOS training (8 targets) and postural stability training on dynamic platform, then weight shift to targets on Airex. "
            + "For ↓ anterior/posterior limits of stability and slow weight transfer post R TKA. LOS overall directional control 41% (29% IE); completion time 68 s.",
            ["Z96.651", "R26.81"], [PT("97112", 23)], []),

        // Approximate values with "≈" and "~" are still numbers: functional reach and tandem seconds; multidirectional reach on foam, hip strategy deficit; 1:1: passes.
        ["s5-approx-values"] = new(
            "NMR 97112 x 20 min, 1:1. Multidirectional reach on foam, ball kicks in SLS, tandem on balance beam w/ head turns. For ↓ anticipatory postural control & poor hip strategy "
            + "(peripheral neuropathy). Functional reach ≈ 9 in (~6 in at IE); tandem EO ~18 s.",
            ["G62.9"], [PT("97112", 20)], []),

        // Error count "stepping errors 3 of 20 (9 of 20 last visit)" and FSST are the measure; sequenced/grid stepping, timing/sequencing deficit; 1:1: passes.
        ["s5-error-count"] = new(
            "NMR 97112 – 25 min – 1:1. Four-square stepping fwd/back/side to verbal sequence, clock stepping to called targets, grid stepping w/ dual task, "
            + "for impaired timing/sequencing of stepping & ↓ L foot placement accuracy post R CVA. Stepping errors 3 of 20 (9 of 20 last visit); FSST 11.4 s.",
            ["I69.354"], [PT("97112", 25)], []),

        // 97116: "~300'" and "100'" are feet, not minutes; mod I/SBA assistance with an arrow; antalgic shortened R stance s/p THA: passes (20 matches).
        ["s5-prime-feet-assist-97116"] = new(
            "GT 97116 20 min: amb 2 x ~300' on level w/ SPC, 1 x 100' on grass, 4 curbs; mod I on level, SBA on grass/curbs (SBA → mod I on level since last wk). "
            + "For ↓ endurance and antalgic R gait w/ shortened R stance s/p R THA.",
            ["Z96.641", "Z47.1"], [PT("97116", 20)], []),

        // 97110: load/volume progression with arrows ("5# 3 x 12 (↑ from 4# 2 x 10)", 6" → 8"), L quad weakness and lag degrees: passes.
        ["s5-load-progression-97110"] = new(
            "Ther ex 97110 — 22 min: SAQ 5# 3 x 12 (↑ from 4# 2 x 10), standing TKE w/ BTB 3 x 15, step-ups 6\" → 8\" 3 x 10, seated HS curl GTB 3 x 12. "
            + "For L knee ext weakness & quad lag s/p L TKA; active ext lag 5° (10° last wk).",
            ["Z96.652"], [PT("97110", 22)], []),

        // 97530: lift/carry/push loads and reps, return-to-duty goal; "(26 min)" matches: passes.
        ["s5-lift-carry-97530"] = new(
            "TA 97530 (26 min): floor→waist lift 20 lb crate x 5 w/ hip hinge, waist→shoulder 15 lb x 5, 2-hand carry 30 lb 2 x 50 ft, push cart 100 lb x 3 laps, "
            + "for return to full duty as grocery stocker (current lifting restriction 25 lb). No ↑ LBP w/ lifts.",
            ["M54.50"], [PT("97530", 26)], []),

        // PTA one-to-one, gaze stabilization/foam/pivots for L vestibular hypofunction, but progress only in words ("steadier", "less veering"): no measure.
        ["s5-progress-words-only"] = new(
            "97112 – 22 min – PTA one-to-one entire session. Gaze stabilization X1 and X2, standing on foam w/ EC, walking w/ head turns and quick pivots. "
            + "For L vestibular hypofunction w/ visual dependence. Pt noticeably steadier w/ head turns, less veering, more confident turning; dizziness ↓ vs last tx.",
            ["H81.22"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Numbers that are not measures (age, handout number, appointment dates); rocker/Airex/perturbations, reactive postural control deficit, 1:1.
        ["s5-numbers-not-measures"] = new(
            "Pt 81 y/o, hx of falls per daughter. NMR 97112 x 20 min 1:1: rocker board A/P + M/L, SLS on Airex w/ UE support PRN, manual perturbations in stride stance. "
            + "For impaired reactive postural control/delayed stepping. HEP sheet #3 issued; MD f/u 3/18; next PT 3/6.",
            ["R29.6"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97140: myofascial release, STM and manual traction named, R cervical guarding/rotation stated, but no parameter or number ("feels looser").
        ["s5-97140-no-parameters"] = new(
            "Manual 97140 x 9 min: myofascial release to R upper trap and levator, STM suboccipitals, manual cervical traction, for R cervical muscle guarding and ↓ R rotation. "
            + "Pt reports neck feels looser.",
            ["M54.2"], [PT("97140", 9)], [At(Measure, "97140")]),

        // 97116: device, cues, turning and doorways named, shuffling/flexed trunk stated, but no distance, assistance level or number.
        ["s5-97116-no-distance"] = new(
            "GT 97116 15 min: amb in hallway w/ 4WW, cues for ↑ step length and upright posture, practiced turning around cones and through doorways; "
            + "for short shuffling steps and forward-flexed trunk.",
            ["R26.89"], [PT("97116", 15)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in new layouts

        // WebPT-like block: totals (38 timed, 48 overall) plus each code's minutes (23, 15, hot pack 10); both profiled codes complete, 1:1: passes.
        ["s6-webpt-timed-code-block"] = new(
            """
            Timed Code Treatment Minutes: 38
            Total Treatment Time: 48
            97112 – Neuromuscular Re-education: 23 minutes
            97110 – Therapeutic Exercises: 15 minutes
            97010 – Hot/Cold Packs: 10 minutes (untimed)
            Neuromuscular Re-education: provided 1:1; PNF rhythmic stabilization in half-kneel, stepping over obstacles on foam path, for impaired postural control & ↓ R LE proprioception after R TKA. Berg 47/56 (42/56 IE).
            Therapeutic Exercises: SAQ 3# 3 x 12, step-ups 6" 3 x 10, bridges 3 x 15, for R quad/glute weakness (quad 4-/5).
            """,
            ["Z96.651"], [PT("97112", 23), PT("97110", 15), PT("97010", 10)], []),

        // Raintree-like grid CPT / Units / Mins (units are not minutes): 14 and 25 match; gait and ther act narratives complete: passes.
        ["s6-raintree-units-mins-grid"] = new(
            """
            CPT      Description                    Units   Mins
            97116    Gait Training                  1       14
            97530    Therapeutic Activities         2       25
            Gait: amb 3 x 150 ft w/ L AFO & hemi-walker, CGA, cues for L hip flexion in swing; L toe drag & ↓ L step length.
            Ther act: sit↔stand from low surfaces x 10, floor transfer via half-kneel w/ min A, reaching to overhead cabinet in standing x 8; goal: independent home mobility w/ L hemiparesis.
            """,
            ["I69.354"], [PT("97116", 14), PT("97530", 25)], []),

        // Clock start–stop times with the minutes in brackets (23, 15); NMR and TE complete, 1:1: passes.
        ["s6-start-stop-times"] = new(
            """
            NMR 0902–0925 (23 min) | TE 0925–0940 (15 min)
            NMR, 1:1: standing on foam w/ saccades and head turns, tandem walk w/ ball toss, for visual-vestibular integration deficit post-concussion; FGA 22/30 (18/30 IE).
            TE: DNF chin tucks 10 x 10 s, scapular rows GTB 3 x 15, prone T 2 x 10, for deep neck flexor and scapular weakness; DNF endurance 28 s.
            """,
            ["S06.0X0D", "M54.2"], [PT("97112", 23), PT("97110", 15)], []),

        // Dictation with minutes as number words ("twenty-five minutes", "about fifteen minutes") for each service; both complete, one-on-one: passes.
        ["s6-dictation-number-words"] = new(
            "Um, okay, treatment note. So we did, uh, twenty-five minutes of neuromuscular re-ed one-on-one, that was, um, rocker board and foam stance with perturbations "
            + "for his, uh, impaired ankle proprioception and delayed postural responses on the right, Berg was 48/56. Then about, uh, fifteen minutes of therapeutic exercise, "
            + "heel raises 3 x 15, um, banded eversion 3 x 15, for right ankle evertor and calf weakness. Okay, that's it.",
            ["S93.401D"], [PT("97112", 25), PT("97110", 15)], []),

        // Epic-like "Neuromuscular Re-education Minutes: 30" but the 97112 line bills 23; TE 15 matches; content and one-on-one complete.
        ["s6-epic-minutes-field-mismatch"] = new(
            """
            Neuromuscular Re-education Minutes: 30
            Therapeutic Exercise Minutes: 15
            Neuromuscular Re-education: one-on-one; rhythmic stabilization in sitting on dynadisc and tall kneel, reactive stepping w/ manual perturbations in all directions; targets delayed protective stepping & trunk postural control post L CVA; Berg 44/56 (40/56 IE).
            Therapeutic Exercise: R hip abd sidelying 3 x 10, bridging w/ ball squeeze 3 x 12, R knee ext 3# 3 x 10, for R LE weakness (R hip abd 3+/5).
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // "8 min MT → 22 min TE": each number is the activity after it; the 97110 line bills 15, so 97110 mismatches; 97140's 8 matches; content complete.
        ["s6-arrow-sequence-mismatch"] = new(
            "Session: 8 min MT → 22 min TE. MT: thoracic PA mobs T4–T8 and STM to R rhomboids for thoracic hypomobility; thoracic rotation R 35° → 45°. "
            + "TE: prone Y/T/W 2# 3 x 10, open books 2 x 10, rows BTB 3 x 15, for mid-back/scapular weakness and slumped posture.",
            ["M54.6"], [PT("97140", 8), PT("97110", 15)], [At(Mismatch, "97110")]),

        // ALL CAPS with only "TOTAL TIMED MIN 38" for NMR + TE: separate time missing; the total belongs to neither code; content and 1:1 complete.
        ["s6-allcaps-total-only"] = new(
            """
            TX: NMR + TE PERFORMED 1:1. TOTAL TIMED MIN 38.
            NMR: TANDEM + SLS ON FOAM W/ HEAD TURNS, BAPS CW/CCW, PERTURBATIONS IN STRIDE STANCE; FOR IMPAIRED B ANKLE PROPRIOCEPTION & POSTURAL SWAY (DM NEUROPATHY). BERG 46/56.
            TE: HEEL RAISES 3X15, TOE RAISES 3X15, STANDING HIP ABD 3X10 B, FOR B ANKLE/HIP WEAKNESS (DF 4-/5).
            """,
            ["E11.42"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Markdown table whose 97530 minutes cell is blank: two timed codes, one without minutes; both rows' content complete, 1:1 on NMR.
        ["s6-table-blank-minutes-cell"] = new(
            """
            | Code  | Service             | Minutes | Notes |
            |-------|---------------------|---------|-------|
            | 97112 | Neuromuscular re-ed | 24      | 1:1; PNF D2 ext R UE w/ manual resistance, rhythmic stabilization in quadruped; ↓ R scapular/shoulder motor recruitment post L CVA; FMA-UE 34/66 |
            | 97530 | Therapeutic act     |         | carry tray w/ 2 cups 30 ft, reach to overhead shelf x 8, min A for standing balance; goal: independent meal setup |
            """,
            ["I69.351"], [PT("97112", 24), PT("97530", 15)], [SepTime]),

        // "Unattended e-stim (IFC) … x 15 min" belongs to G0283 by its usual name; the one timed code's "x 25 min" matches; ther ex complete: passes.
        ["s6-estim-by-name-untimed"] = new(
            """
            Unattended e-stim (IFC) to L lumbar paraspinals x 15 min, hooklying, pre-tx.
            Ther ex x 25 min: dead bug 3 x 10, bird dog 3 x 10 w/ 5 s hold, side plank on knees 3 x 20 s B, hip hinge w/ dowel 2 x 10, for ↓ lumbopelvic motor control & trunk extensor endurance. Prone extension hold 42 s (30 s IE).
            """,
            ["M54.50"], [PT("G0283", 15), PT("97110", 25)], []),

        // One timed code; ALL-CAPS "TOTAL TX TIME 30 MIN" is 97116's and the line bills 25: mismatch; gait content complete.
        ["s6-allcaps-single-code-total-mismatch"] = new(
            "GAIT TRAINING. TOTAL TX TIME 30 MIN. AMB 3 X 200 FT W/ RW, CGA → SBA, VC FOR STEP LENGTH + UPRIGHT TRUNK; FESTINATING GAIT W/ FORWARD TRUNK LEAN (PD).",
            ["G20.A1"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // "Mins: Neuro Re-Ed 20 / Ther-Ex 12 / Manual 8" gives each of three codes its minutes; each section complete, 1:1: passes.
        ["s6-mins-prefix-slash-list"] = new(
            """
            Mins: Neuro Re-Ed 20 / Ther-Ex 12 / Manual 8
            Neuro Re-Ed (1:1): SLS on BOSU w/ ball catches, lateral hop-to-stabilize, perturbations in single-leg mini-squat; for ↓ L knee proprioception & dynamic valgus 6 mo s/p L ACLR. Y-balance ant L 57 cm (R 64 cm).
            Ther-Ex: SL leg press 60# 3 x 10, Nordic HS curls 3 x 5, step-downs 8" 3 x 10, for L quad/HS weakness (quad LSI 78%).
            Manual: patellar sup/inf glides, tib-fem ext mobs, STM L distal quad; L knee ext 0° (−3° last wk), flex 128°.
            """,
            ["S83.512D"], [PT("97112", 20), PT("97110", 12), PT("97140", 8)], []),

        // "US (97035) 6 min" but the 97035 line bills 8: mismatch on the unprofiled timed code; TE 20 matches and is complete.
        ["s6-ultrasound-mismatch"] = new(
            """
            US (97035) 6 min: 3 MHz, 1.0 W/cm², 50% pulsed, over R supraspinatus tendon.
            TE (97110) 20 min: ER/IR w/ RTB 3 x 15, scaption to 90° w/ 1# 3 x 10, sidelying ER 2# 3 x 12, for R rotator cuff weakness (ER 4-/5) & painful arc.
            """,
            ["M75.41"], [PT("97035", 8), PT("97110", 20)], [At(Mismatch, "97035")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // CR/LF, a space and a tab only: empty; DOC_NOTE_MISSING on both profiled codes and nothing else (no separate-time finding on an empty note).
        ["s7-crlf-tab-whitespace"] = new(
            "\r\n \r\n\t",
            ["M17.12"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note with an untimed evaluation (97163) and 97530: missing only on the profiled 97530.
        ["s7-empty-eval-and-97530"] = new(
            "",
            ["I69.351"], [PT("97163", 45), PT("97530", 15)], [At(NoteMissing, "97530")]),

        // Empty note and an ICD-9 code (438.89): note missing on 97112 and the diagnosis check still fires.
        ["s7-empty-icd9-diagnosis"] = new(
            "",
            ["438.89"], [PT("97112", 20)], [At(NoteMissing, "97112"), Dx]),

        // No-break spaces only are whitespace: the note is empty.
        ["s7-nbsp-only-97116"] = new(
            "\u00A0\u00A0\u00A0",
            ["R26.2"], [PT("97116", 20)], [At(NoteMissing, "97116")]),

        // "Refer to scanned paper note" is not empty: judged on content it has nothing but a generic phrase, so every 97112 check fails.
        ["s7-placeholder-scanned-note"] = new(
            "Refer to scanned paper note in chart. Pt tolerated tx well.",
            ["R26.81"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // 97530: functional goal and assistance level/rounds written, but no activity is named ("circuit" names none).
        ["s7-97530-no-activity-named"] = new(
            "Ther act 97530 x 20 min toward return to full duty as warehouse order picker; CGA → SBA by end of session; 4 rounds of circuit. Pt tolerated.",
            ["M62.81"], [PT("97530", 20)], [At(Tech, "97530")]),

        // 97140: Maitland oscillatory mobs and STM with bouts/passes, but no body region or impairment targeted.
        ["s7-97140-no-region"] = new(
            "97140 MT 10 min: Maitland oscillatory mobs, 4 bouts x 30 s; STM 2 passes; pt relaxed well into techniques.",
            ["M54.2"], [PT("97140", 10)], [At(Deficit, "97140")]),

        // 97110 described only as "exercises per HEP flowsheet", tolerated, continue POC: every content check fails.
        ["s7-97110-generic-flowsheet"] = new(
            "Ther ex 97110 — 15 min. Pt performed exercises per HEP flowsheet; tolerated well; continue POC.",
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // 97116 community ambulation: sidewalk/curb cuts/ramp/grass with distances, mod I/SBA, crosswalk seconds, community-errand goal and uneven-ground deficit: passes.
        ["s7-97116-community-ambulation"] = new(
            "GT 97116 — 22 min: community ambulation training outdoors w/ SPC: 400 ft sidewalk, 2 curb cuts, 1 ramp, 50 ft on grass; mod I on level, SBA on grass. "
            + "Crossed 40-ft crosswalk in 11 s. For return to community errands; ↓ L stance time and L lateral lean on uneven ground.",
            ["S72.002D"], [PT("97116", 22)], []),

        // ---------------------------------------------------------------- ordinary notes

        // WebPT-like SOAP: NMR 23 (direct 1:1, PNF/obstacles/perturbations, L limb recruitment) and GT 15 (AFO/SPC, distances, SBA, toe-catch count), 10MWT: passes.
        ["sord-webpt-soap-nmr-gt"] = new(
            """
            Subjective: Pt reports tripping over L foot x2 at home since last visit; no falls. Pain 0/10.
            Objective:
              Neuromuscular Re-education (97112) – 23 min – direct 1:1: PNF D1 flexion L LE w/ rhythmic initiation, step-over cones leading w/ L, perturbations in stride stance (A/P), for ↓ L hip flexor/DF recruitment & delayed L limb advancement.
              Gait Training (97116) – 15 min: amb 3 x 150 ft w/ L AFO + SPC, SBA, cues for L hip/knee flexion in swing; L toe catch 1x per 150 ft (3x last visit).
              Outcome: 10MWT 0.78 m/s (0.66 m/s IE).
            Assessment: Improving L limb clearance; still toe-catches w/ fatigue.
            Plan: Continue NMR/GT 2x/wk; trial dual-task gait next visit.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // ALL-CAPS legacy 97110: exercises with sets/loads, B hip/quad weakness limiting sit-to-stand, MMT and 5xSTS: passes.
        ["sord-allcaps-legacy-97110"] = new(
            """
            THER EX 97110 X 20 MIN: SLR 3X10 B, SIDELYING HIP ABD 2# 3X10 B, STANDING HEEL RAISES 3X15, MINI SQUATS TO 45 DEG 3X10, NUSTEP WARM-UP.
            FOR B HIP/QUAD WEAKNESS LIMITING SIT-TO-STAND (HIP ABD 4-/5, QUAD 4/5). 5XSTS 15.8 SEC (18.9 SEC IE).
            """,
            ["M62.81", "R26.89"], [PT("97110", 20)], []),

        // Dictation with fillers: manual 10 minutes and ther ex 18 minutes, each complete (glides/STM, R shoulder IR limit, degrees; sleeper/ER/rows, cuff weakness, sets): passes.
        ["sord-dictation-97140-97110"] = new(
            "Uh, okay, so daily note for, um, Mrs. Chen. Manual therapy, uh, 10 minutes: posterior glides to the right shoulder and, um, soft tissue mobilization to the pec minor "
            + "and posterior cuff, because she's still, uh, really limited in internal rotation and reaching behind her back. IR went from 30 to 42 degrees after. Then, um, "
            + "therapeutic exercise, 18 minutes: sleeper stretch 3 x 30 seconds, side-lying ER with 2 pounds 3 x 12, and, um, rows with the green band 3 x 15, for right rotator cuff "
            + "and scapular weakness. Okay, end of dictation.",
            ["M75.01"], [PT("97140", 10), PT("97110", 18)], []),

        // Semicolon run-on 97112: 1:1, gaze stab on foam and habituation, R vestibular hypofunction/motion sensitivity, MSQ and DVA: passes.
        ["sord-semicolon-runon-97112"] = new(
            "pt seen for NMR 97112 x 26 min 1:1 w/ PT; c/o ↑ dizziness w/ quick turns at work; gaze stab x1 viewing horiz/vert 60 s bouts on foam; habituation: quick pivots + bending to floor 5 reps each; "
            + "for R vestibular hypofunction & motion sensitivity; MSQ 22 (34 IE); DVA 3 lines lost; no nausea; HEP updated",
            ["H81.21"], [PT("97112", 26)], []),

        // OT dash bullets: ther act 20 (kitchen tasks, min A → CGA, meal-prep goal) and ther ex 10 (AAROM/putty with sets, R UE weakness, grip kg): passes.
        ["sord-dash-bullets-ot-97530-97110"] = new(
            """
            OT Daily
            - Ther act (97530) 20 min
              - kitchen task: retrieve items from upper/lower cabinets, carry 2 plates to table w/ 1 hand on counter
              - dynamic standing reach at counter min A → CGA, 4 rounds
              - goal: prepare a simple meal independently at home
            - Ther ex (97110) 10 min
              - R shoulder flex/abd AAROM w/ dowel 2 x 15, theraputty gross grasp (yellow) 2 x 20
              - for R UE weakness post L CVA (grip R 11 kg)
            """,
            ["I69.351"], [OT("97530", 20), OT("97110", 10)], []),

        // Epic-like PTA note: "Gait Training — 12 Minutes", "Therapeutic Exercise — 15 Minutes"; both sections complete: passes.
        ["sord-epic-pta-97116-97110"] = new(
            """
            PHYSICAL THERAPY TREATMENT NOTE (PTA)
            Treatment Time
              Gait Training — 12 Minutes
              Therapeutic Exercise — 15 Minutes
            Gait Training: amb 2 x 250 ft w/ rollator → 1 x 100 ft w/ SPC, SBA, cues for step-through pattern; ↓ R knee flexion in swing w/ R hip hike.
            Therapeutic Exercise: seated HS curls GTB 3 x 12, standing marching 2# 3 x 10, heel/toe raises 3 x 15, for R hip/knee flexor weakness (R hip flex 4-/5).
            """,
            ["Z96.651"], [PTA("97116", 12), PTA("97110", 15)], []),

        // "NMR 97112 ~20 min" (20 billed); VORx1/head-turn walking/foam EC, bilateral vestibular hypofunction, DGI/FGA with "≈": passes.
        ["sord-vestibular-tilde-approx"] = new(
            "NMR 97112 ~20 min (1:1, PT). VORx1 seated → standing w/ busy background, 60 s bouts; walking w/ head turns ≈ 100 ft x 4; standing on foam EC. "
            + "Deficit: bilateral vestibular hypofunction w/ oscillopsia & ↑ sway in the dark. DGI 17/24 (≈ 14/24 IE); FGA 19/30.",
            ["H81.23"], [PT("97112", 20)], []),

        // Peds OT 97530: HABIT bimanual play tasks, ↓ L assisting-hand use, AHA units and k/10 tasks: passes.
        ["sord-peds-ot-habit-97530"] = new(
            "OT 97530 — 30 min. HABIT (hand-arm bimanual intensive therapy) play block: opening snack containers w/ L hand stabilizing, stringing large beads, 2-handed ball catch; "
            + "shaping w/ graded container size. For ↓ L assisting-hand use in bimanual tasks (L hemiplegic CP). AHA 54 units (48 at baseline); spontaneous L hand use 7/10 tasks (4/10 last wk).",
            ["G80.2"], [OT("97530", 30)], []),

        // Pipe rows without a header: NMR 20 (1:1, rhythmic stab/perturbed step-ups, hip abductor recruitment/trunk control, Mini-BEST) and ther act 18 (floor transfer, stairs w/ basket, CGA/SBA, home goal): passes.
        ["sord-ms-pipe-rows-nmr-ta"] = new(
            """
            97112 | 20 min | 1:1 — rhythmic stabilization in half-kneel, lateral step-ups onto foam w/ perturbation, for ↓ L hip abductor motor recruitment & trunk postural control (MS); Mini-BEST 18/28.
            97530 | 18 min | floor-to-stand transfer via half-kneel (CGA, 3 reps), carrying laundry basket up 4 steps w/ rail (SBA), for independent home management.
            """,
            ["G35"], [PT("97112", 20), PT("97530", 18)], []),

        // Reverse TSA: MT (97140) 10 min (PROM/oscillations/scapular mobs, flex/ER degrees) and TE (97110) 15 min (AAROM/isometrics with sets, deltoid/scapular weakness): passes.
        ["sord-rtsa-97140-97110"] = new(
            "s/p R reverse TSA 8 wk. MT (97140) 10 min: PROM R shoulder flex/scaption/ER in supine to tolerance, gentle GH oscillations, scapular mobs in sidelying; PROM flex 120° (108° last wk), ER 30°. "
            + "TE (97110) 15 min: supine AAROM flex w/ wand 2 x 15, deltoid isometrics 5 x 10 s, scapular retraction 3 x 15, for R deltoid/scapular weakness & ↓ R shoulder elevation; standing AROM flex 95°.",
            ["Z96.611", "Z47.1"], [PT("97140", 10), PT("97110", 15)], []),

        // Raintree-like procedure grid with a "Min" column for three codes, then one complete paragraph per code, 1:1 on NMR: passes.
        ["sord-raintree-three-codes"] = new(
            """
            Procedure                          CPT     Min   Provider
            Neuromuscular Reeducation          97112   22    PT
            Therapeutic Exercise               97110   12    PT
            Gait Training                      97116   10    PT
            NMR (1:1): rocker board w/ reaches, tandem walk on foam beam, manual perturbations in stance; for impaired somatosensory postural control B feet (CIPN); mCTSIB foam EC 11 s (5 s IE).
            TE: heel raises 3 x 15, ankle DF w/ RTB 3 x 15, standing hip abd 3 x 10 B, for B ankle DF and hip abd weakness (DF 4-/5).
            GT: amb 2 x 200 ft no AD on tile/carpet, SBA, cues for heel strike; B foot slap & wide BOS; gait speed 0.90 m/s.
            """,
            ["G62.0", "R26.81"], [PT("97112", 22), PT("97110", 12), PT("97116", 10)], []),

        // OT 97112: weight bearing/PNF with quick stretch, ↓ R wrist/finger extensor recruitment and flexor synergy, ARAT and Box & Blocks, 1:1: passes.
        ["sord-ot-97112-ue"] = new(
            "OT Neuro Re-ed (97112) 25 min, 1:1. Weight bearing thru R UE on mat table w/ lateral shifts, PNF D1 UE w/ quick stretch to R wrist extensors, graded reach-to-grasp of cones at shoulder height. "
            + "For ↓ R wrist/finger extensor motor recruitment and flexor synergy pattern post L CVA. ARAT 22/57 (16/57 IE); Box & Blocks R 9 blocks.",
            ["I69.331"], [OT("97112", 25)], []),

        // Attended NMES (97032) 10 min and TE (97110) 20 min, both by code; 97110 complete (quad exercises with sets/loads, L quad inhibition, lag): passes.
        ["sord-nmes-97032-te"] = new(
            """
            Attended e-stim (97032) 10 min: NMES to L quad in long-sitting w/ quad sets, 50 Hz, 10 s on / 50 s off, visible contraction.
            TE (97110) 20 min: SLR 3 x 10, SAQ 2# 3 x 12, mini squats 3 x 10, for L quad inhibition and weakness after L TKA; ext lag 12° → 8°.
            """,
            ["Z96.652", "M62.81"], [PT("97032", 10), PT("97110", 20)], []),

        // Post-COVID 97530: sit-to-stand sets, carrying, stairs, SBA, grocery/stair goal, 30-s chair stand reps: passes.
        ["sord-post-covid-97530"] = new(
            "TA 97530 · 24 min · post-COVID deconditioning: sit-to-stand from standard chair 3 sets of 5 w/ 60 s rest (SpO2 ≥ 92%), carrying 5-lb grocery bag 3 x 40 ft, "
            + "stair practice 8 steps w/ rail; SBA throughout; for return to independent grocery shopping and stair climbing at home. 30-s chair stand 8 reps (5 reps IE).",
            ["U09.9", "R53.81"], [PT("97530", 24)], []),

        // Lumbar stenosis: TE (97110) 15 min flexion-biased program with holds, walking tolerance in feet; MT (97140) 8 min flexion mobs/STM, fingertip-to-floor cm: passes.
        ["sord-stenosis-97110-97140"] = new(
            "TE (97110) 15 min: flexion-biased program – SKTC 3 x 30 s B, posterior pelvic tilts 2 x 15, seated flexion stretch 3 x 30 s, for lumbar stenosis w/ neurogenic claudication "
            + "limiting walking; walking tolerance 600 ft (300 ft IE). MT (97140) 8 min: sidelying lumbar flexion mobs and STM to L paraspinals for ↓ lumbar flexion mobility and L paraspinal guarding; "
            + "fingertip-to-floor 22 cm → 15 cm.",
            ["M48.062"], [PT("97110", 15), PT("97140", 8)], []),

        // ALL-CAPS generic one-liner: nothing but "balance and coordination activities", "tolerated well", "cont POC": every 97112 check fails.
        ["sord-allcaps-generic-nmr"] = new(
            "NEURO RE-ED 97112 20 MIN. BALANCE AND COORDINATION ACTIVITIES AS PER POC. PT TOLERATED WELL. CONT POC.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete 97116 whose only diagnosis is an ICD-9 code (438.89): diagnosis not well formed.
        ["sord-icd9-only-97116"] = new(
            "GT 97116 x 18 min: amb 3 x 120 ft w/ hemi-walker, CGA, cues for R heel strike and knee control; R genu recurvatum and short R step. Gait speed 0.38 m/s.",
            ["438.89"], [PT("97116", 18)], [Dx]),

        // Complete 97140 with no diagnosis at all.
        ["sord-no-diagnosis-97140"] = new(
            "MT 97140 x 12 min: L hip inferior and lateral distraction mobs w/ belt 5 x 30 s, STM L TFL/glute med, for L hip capsular restriction; hip IR L 18° → 25°.",
            [], [PT("97140", 12)], [Dx]),

        // Copy-forward 97116 template with every field blank and a generic closing: every 97116 content check fails (15 min matches).
        ["sord-copyforward-blank-97116"] = new(
            """
            GAIT TRAINING 97116   15 min
            Device: ________   Assist: ________   Distance: ________
            Deviations: ________
            Tolerated well. Continue POC.
            """,
            ["R26.2"], [PT("97116", 15)], [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Two codes: "97112 NMR 30 min" vs the 23 billed (mismatch) and no one-on-one statement; TE 10 matches; content complete otherwise.
        ["sord-mismatch-and-unstated"] = new(
            """
            97112 NMR 30 min: stride-stance perturbations, SLS on Airex w/ head turns, step-over hurdles, for delayed stepping response & ↓ R ankle proprioception; FGA 20/30.
            97110 TE 10 min: heel raises 3 x 15, R ankle eversion RTB 3 x 15, for R ankle evertor weakness (4-/5).
            """,
            ["S93.401D", "R26.81"], [PT("97112", 23), PT("97110", 10)], [At(Mismatch, "97112"), At(OneOnOne, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading()
    {
        var disagreements = new List<(string Id, List<string> Expected, List<string> Actual)>();
        foreach (var (id, c) in Cases)
        {
            var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
            var actual = FindingsViaCsv(id, c.Note, c.Diagnoses, c.Lines);
            if (!expected.SequenceEqual(actual)) disagreements.Add((id, expected, actual));
        }

        var agree = Cases.Count - disagreements.Count;
        var required = (Cases.Count * RequiredAgreementPercent + 99) / 100;
        output.WriteLine($"{agree} of {Cases.Count} held-out notes agree exactly (required: {required}, {RequiredAgreementPercent} % rounded up).");
        if (disagreements.Count > 0)
        {
            output.WriteLine("");
            output.WriteLine($"{"case",-42} | {"expected (reviewer)",-48} | actual (engine)");
            foreach (var (id, expected, actual) in disagreements)
                output.WriteLine($"{id,-42} | {Show(expected),-48} | {Show(actual)}");
        }

        Assert.True(agree >= required,
            $"{agree} of {Cases.Count} held-out notes agree, {required} required. Disagreeing: "
            + string.Join("; ", disagreements.Select(d => $"{d.Id}: expected {Show(d.Expected)}, got {Show(d.Actual)}")));
    }

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding()
    {
        var offenders = new List<string>();
        var passing = 0;
        foreach (var (id, c) in Cases.Where(kv => kv.Value.Expected.Length == 0))
        {
            passing++;
            var actual = FindingsViaCsv(id, c.Note, c.Diagnoses, c.Lines);
            if (actual.Count > 0) offenders.Add($"{id}: {Show(actual)}");
        }

        output.WriteLine($"{passing - offenders.Count} of {passing} notes the reviewer passes get no DOC_* finding.");
        foreach (var offender in offenders) output.WriteLine(offender);

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} of {passing} notes the reviewer passes got DOC_* findings (false positives): " + string.Join("; ", offenders));
    }

    private static string Show(List<string> findings) => findings.Count == 0 ? "[]" : "[" + string.Join(", ", findings) + "]";
}
