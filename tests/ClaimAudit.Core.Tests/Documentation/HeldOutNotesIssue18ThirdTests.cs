using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The third held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance) who had not read the note analyzer,
/// its vocabulary files, its unit tests or the samples — only PRODUCT.md section 5, the issue, the
/// harness and the earlier held-out files (to write styles and examples they do not already have);
/// the second issue-18 set was not seen. The notes are written the way real clinics write: legacy
/// all-caps notes, SOAP, Markdown / whitespace-aligned flowsheets with a minutes column, key=value
/// time lines, checkbox and radio templates (<c>◉ / ○</c>, <c>[✔]</c>, <c>[*]</c>, <c>(x)</c>,
/// dotted leaders with <c>X</c> after the label, Yes / No columns), dictation, heavy abbreviation,
/// bullets, copy-forward templates with blank fields, and paediatric, neuro, vestibular, ortho,
/// pelvic-health, lymphedema, prosthetic and OT hand-therapy notes. Each note's DOC_* findings were
/// judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (t1-…): one-on-one stated in words or notation (all-caps "ONE TO ONE", "undivided
/// attention", "seen individually", a footer attestation), and notes that negate it (concurrent
/// session, aide-supervised circuit) or never state it;</item>
/// <item>class 2 (t2-…): checkbox and radio states: an unticked box or blank field is not written,
/// a ticked "No" is a no, ticked boxes count;</item>
/// <item>class 3 (t3-…): named protocols and programs as techniques (Stepping On, graded motor
/// imagery, BFR, Schroth, FES gait, sEMG pelvic-floor biofeedback, NDT, AlterG);</item>
/// <item>class 4 (t4-…): deficits stated as findings with their sign (positive head impulse,
/// recurvatum from late quad timing, heel-to-shin dysmetria, neglect, clonus and synergy, elevated
/// first rib, vaulting over a prosthesis), and a note that states none;</item>
/// <item>class 5 (t5-…): measures in usual forms (therapist saves per passes, time to stabilisation,
/// dynamometry, laps and assistance level, timed floor transfer), and notes with only a
/// self-rating or no number;</item>
/// <item>class 6 (t6-…): minutes in usual forms (Markdown table "Time (min)", "97110=15",
/// "15 min TE, 10 min MT", "NMR :  25 mins", an untimed code beside uncoded minutes), units without
/// minutes, a total only, and true mismatches;</item>
/// <item>class 7 (t7-…): empty notes (DOC_NOTE_MISSING on each profiled code, nothing else but the
/// diagnosis check), a "same as previous" placeholder judged on its content, and the contract's
/// meanings of technique, deficit and measure for 97110, 97530, 97140 and 97116;</item>
/// <item>ordinary (tord-…): complete notes across styles, codes and disciplines that a reviewer
/// passes (the false-positive guard), and weak ones that must fail.</item>
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
/// Before: 49 of 71 cases agree (first and only run before the analyzer change, at commit ce724a9 on
/// branch heldout18c, analyzer of 85a823c, the same as 502090d's; 70 needed), and 13 of the 42 notes the
/// reviewer passes got a finding. Written by a third outside reviewer who had read neither the analyzer
/// nor the vocabulary, while the lead fixed what the second set had found; the lead read only these two
/// figures (grep of the summary lines: no case names, findings or notes) before the run on the final
/// analyzer. No case or expectation was changed after that run.
/// </para>
/// <para>
/// After: 63 of 71 agreed, and 6 of the 42 passing notes got a finding, at its first run on the final
/// analyzer of the second set's fixes (9492a90). The lead then read this set's disagreements and notes
/// and fixed what they showed (padded markdown tables, minutes before abbreviations such as "US",
/// "goals" alone stating no goal, tendon-gliding and torticollis exercises, counts of saves): 70 of 71
/// (the one left, t5-self-rated-dizziness-only, takes a self-rated 4/10 for a measure). From then on
/// this set, too, is development data.
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirdTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private sealed record ThirdCase(string Note, string[] Diagnoses, CaseLine[] Lines, string[] Expected);

    private static readonly Dictionary<string, ThirdCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in words and notation

        // Legacy all-caps: "PROVIDED ONE TO ONE BY PT, DIRECT CONTACT THROUGHOUT" states it; perturbation/rocker/foam, lateral postural control, Berg and FSST: passes.
        ["t1-allcaps-one-to-one"] = new(
            """
            PT DAILY NOTE
            NEUROMUSCULAR RE-ED (97112) 25 MIN. PROVIDED ONE TO ONE BY PT, DIRECT CONTACT THROUGHOUT.
            PERTURBATION TRAINING IN STRIDE STANCE, ROCKER BOARD M/L 3 X 60 SEC, TANDEM WALK ON FOAM BEAM W/ HEAD TURNS.
            FOR DECREASED LATERAL POSTURAL CONTROL AND DELAYED HIP STRATEGY ON PERTURBATION.
            BERG 44/56 (40/56 AT IE). FOUR SQUARE STEP TEST 16.2 SEC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Dictated prose: "he had my undivided attention for the entire session; no other patient was on my schedule" is one-on-one; NDT/PNF, selective motor control, % body weight: passes.
        ["t1-undivided-attention-dictated"] = new(
            "Dictation: Mr. T was treated today for 30 minutes of neuromuscular re-education, and he had my undivided attention for the entire session; "
            + "no other patient was on my schedule during that time. We used Bobath/NDT facilitation at the pelvis for weight shift onto the left in standing "
            + "and PNF stabilizing reversals in half kneeling, to address his left hemiparesis with poor selective motor control of the left hip extensors. "
            + "Weight bearing through the left leg measured 42 percent of body weight on the scales, up from 35 percent last week.",
            ["I69.354"], [PT("97112", 30)], []),

        // Paediatric: "Seen individually, PT and child only" states one-on-one (a parent watching does not change it); dynamic disc/half roll/vestibular swing, postural tone, PBS: passes.
        ["t1-seen-individually-peds"] = new(
            "Peds PT – 97112 NMR 20 min. Seen individually, PT and child only (mother observed from doorway). Tall-kneeling on dynamic disc w/ reach-and-place, "
            + "standing on half foam roll w/ ball catch, linear swing for vestibular input before standing balance tasks. Targets: low postural tone w/ trunk "
            + "instability and poor righting reactions in standing (Down syndrome). Pediatric Balance Scale 38/56 (33/56 last quarter); SLS R 3 s, L 2 s.",
            ["Q90.9", "R26.89"], [PT("97112", 20)], []),

        // Two timed codes, each with its minutes; a signed footer attests every timed service was one-on-one; NMR and TE complete: passes.
        ["t1-footer-attestation-two-codes"] = new(
            """
            NMR 97112 – 23 min: dual-task gait w/ serial subtraction, obstacle negotiation on foam path, reactive stepping to therapist pushes, for impaired anticipatory and reactive postural control in PD (H&Y 2). Mini-BESTest 18/28 (15/28 IE).
            TE 97110 – 15 min: sit-to-stand 3 x 10 from 18", standing hip ext 3# 3 x 12 B, heel raises 3 x 15, for B hip extensor and plantarflexor weakness (hip ext 4-/5).
            Attestation: I certify that all timed services above were provided one-on-one with direct patient contact. — K. Lee, PT, DPT
            """,
            ["G20.A1", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // "Concurrent session (PT treating this pt and a 2nd pt)" negates one-on-one; gaze stabilization X2, vestibular hypofunction, DGI all present.
        ["t1-concurrent-two-pts"] = new(
            "97112 NMR 23 min, concurrent session (PT treating this pt and a 2nd pt in the adjacent mat area). Gaze stabilization X2 viewing yaw on firm surface, "
            + "walking w/ horizontal head turns 4 x 50 ft, standing on foam EC w/ CGA. For R vestibular hypofunction w/ gait instability on head turns. "
            + "DGI 17/24 (14/24 at IE).",
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SOAP: the circuit was done "under rehab aide supervision while PT completed another pt's eval": not one-on-one; technique, neuropathy deficit, Airex seconds present.
        ["t1-aide-supervised-circuit"] = new(
            """
            S: Pt feels steadier at church.
            O: NMR 97112 x 20 min. PT instructed and set up balance circuit (rocker board A/P, tandem stance on Airex, step-ups onto BOSU); pt completed circuit under rehab aide supervision while PT completed another pt's eval. Focus: impaired ankle proprioception and postural sway from B LE peripheral neuropathy. Tandem stance on Airex 14 s (9 s last wk).
            A: Improving static control on compliant surface.
            P: Continue circuit, add EC.
            """,
            ["E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT sensory re-education for 97112, complete (technique, tactile-gnosis deficit, 2-pt discrimination) but nothing states one-on-one.
        ["t1-unstated-ot-sensory-reed"] = new(
            "OT Tx – NMR 97112 20 min. Sensory re-education R hand: graded texture discrimination (sandpaper grades), localization of touch w/ vision occluded, "
            + "object identification in rice bin. For impaired R hand sensation / tactile gnosis after R median nerve repair. "
            + "2-pt discrimination index finger 9 mm (12 mm last month); object ID 6/10 w/o vision.",
            ["S64.11XD"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and radio states

        // Radio template, "◉" selected and "○" not: one-on-one Yes, gaze stabilization/habituation, L vestibular hypofunction, DVA/DGI: passes.
        ["t2-radio-filled-yes"] = new(
            """
            Neuro Re-Ed 97112 ............ 20 min
            Direct one-on-one:   ◉ Yes   ○ No
            Intervention:  ◉ Gaze stabilization   ○ PNF   ◉ Habituation   ○ Perturbation
            Detail: X1 viewing horizontal on firm → foam; habituation rolling to L and bending forward
            Deficit:  ◉ L vestibular hypofunction   ○ Proprioception   ○ Ataxia
            Measure: DVA 3-line loss (5-line at IE); DGI 19/24
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Same radio template with "○ Yes ◉ No" for one-on-one: the selected No means not one-on-one; the rest (perturbation, PD amplitude/instability, pull test/TUG) is complete.
        ["t2-radio-no-selected"] = new(
            """
            NMR 97112 ............ 25 min
            Direct one-on-one:   ○ Yes   ◉ No
            Intervention:  ◉ Large-amplitude training   ◉ Perturbation   ○ Vestibular
            Detail: big-step forward/backward walking w/ auditory cue, retropulsion drills w/ posterior perturbation at pelvis
            Deficit:  ◉ Reduced step amplitude (hypokinesia)   ◉ Posterior instability
            Measure: pull test 3 steps (5 steps at IE); TUG 12.6 s
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // OT 97530 with "[✔]" ticks: ticked transfer/meal-prep tasks, ticked CGA (assistance level is 97530's measure), functional goal: passes.
        ["t2-checkmarks-97530-ot"] = new(
            """
            OT – Ther Act 97530 — 25 min
            Tasks:   [✔] tub-bench transfer   [✔] toilet transfer w/ grab bar   [ ] car transfer   [✔] standing at counter for meal prep
            Assist:  [ ] Indep   [ ] SBA   [✔] CGA   [ ] Min A   [ ] Mod A
            Goal: bathe and prepare light meals at home w/o spouse's help
            """,
            ["M62.81", "Z74.09"], [OT("97530", 25)], []),

        // 97116 template: device and surface ticked, but every assistance box unticked and the distance blank: no parameter or number (technique and antalgic gait present).
        ["t2-assist-unticked-97116"] = new(
            """
            Gait Training 97116 – 15 min
            Device:   [x] RW   [ ] SPC   [ ] none
            Assist:   [ ] Indep   [ ] SBA   [ ] CGA   [ ] Min A   [ ] Mod A
            Distance: ______ ft
            Surface:  [x] level tile   [ ] carpet   [ ] stairs
            Gait training w/ RW in hallway, cues for R heel strike and step length; R antalgic gait w/ short R stance after R THA.
            """,
            ["Z96.641"], [PT("97116", 15)], [At(Measure, "97116")]),

        // "[*]" ticks PNF/rhythmic stabilization and 1:1, but every impairment box is unticked and no deficit is written elsewhere; Fugl-Meyer present.
        ["t2-asterisk-impairments-blank"] = new(
            """
            NMR 97112     Time: 23 min     [*] 1:1 w/ PT
            Techniques:  [*] PNF D2 UE   [*] rhythmic stabilization   [ ] vestibular   [ ] foam
            Impairment:  [ ] motor recruitment   [ ] proprioception   [ ] coordination   [ ] postural control
            PNF D2 flexion/extension R UE w/ manual resistance 2 x 10; rhythmic stabilization in sitting w/ R UE weight bearing
            Fugl-Meyer UE 44/66 (39/66 at IE)
            """,
            ["I69.351"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Yes/No columns: the X for "Seen one-on-one" sits under No: not one-on-one; BAPS/perturbation/foam, ankle proprioception, SLS seconds present.
        ["t2-yes-no-columns-x-under-no"] = new(
            """
            Neuro re-ed 97112   22 min
            Perturbation training in SLS and stride stance, BAPS level 3 CW/CCW, hop-to-stabilize on foam, for delayed peroneal reaction and ↓ R ankle proprioception after recurrent R inversion sprains. SLS R on foam 18 s (11 s last wk).
                                           Yes    No
            Seen one-on-one                ___    _X_
            HEP reviewed                   _X_    ___
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Legacy all-caps dotted leaders with X after the label: FOAM and BAPS ticked (ROCKER/PERTURB blank), ankle proprioception ticked, 1:1 ticked, SLS seconds: passes.
        ["t2-caps-dotted-x-after"] = new(
            """
            TREATMENT: NMR 97112  22 MIN
              FOAM .......... X
              ROCKER ........
              BAPS .......... X
              PERTURB .......
            DEFICIT:
              PROPRIOCEPTION L ANKLE .. X
              VESTIBULAR ..............
            1:1 ............. X
            SLS L ON FOAM 14 SEC (9 SEC LAST VISIT)
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Copy-forward NMR template complete except the one-on-one box "[ ] Treatment provided 1:1" left unticked: not stated.
        ["t2-copy-forward-1to1-unticked"] = new(
            """
            Neuro re-ed (97112) 25 min
            [x] Perturbation training   [x] Dual-task gait   [ ] Foam
            [x] Impaired reactive postural control   [x] Reduced gait automaticity under dual-task
            Outcome: TUG-cognitive 18.4 s (TUG 12.9 s)
            [ ] Treatment provided 1:1
            """,
            ["R26.81", "S06.0X0D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "☑" exercises and region ticked, but the sets/reps/load and ROM fields are blank: 97110 has no parameter or number.
        ["t2-ticked-no-parameters-97110"] = new(
            """
            Ther Ex 97110 — 15 min
            ☑ heel slides   ☑ quad sets   ☑ SAQ   ☐ SLR   ☐ bike
            Region:  ☑ R knee (s/p TKA)   ☐ L knee
            Sets / reps / load: __________
            AROM: ____
            """,
            ["Z96.651"], [PT("97110", 15)], [At(Measure, "97110")]),

        // "(x)" marks for 97140: joint mobilization and MET ticked, grade III–IV and lumbar L4-5 ticked, detail with holds, extension degrees: passes.
        ["t2-parens-marks-97140"] = new(
            """
            Manual Therapy 97140 – 10 min
            (x) joint mobilization   ( ) STM   (x) MET
            Grade:   ( ) I–II   (x) III–IV
            Region:  (x) lumbar L4-5   ( ) thoracic   ( ) SI
            Central PA L4-5 gr III–IV 3 x 30 s, L side-lying rotational mobs; MET for L5 rotation restriction.
            Lumbar extension 10° → 20° after mobs.
            """,
            ["M54.50", "M99.03"], [PT("97140", 10)], []),

        // Every technique box unticked; the only ticked item is "balance training" (generic); no deficit, no number; 1:1 ticked, 20 min matches.
        ["t2-only-generic-item-ticked"] = new(
            """
            97112 NMR   20 min   [x] 1:1
            [ ] PNF   [ ] vestibular   [ ] BAPS   [ ] perturbation   [x] balance training
            Pt tolerated well. Continue POC.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // "Stepping On program balance sequence" is a named falls program (with its exercises); ankle strategy/limits of stability, FR and Berg, 1:1: passes.
        ["t3-stepping-on-program"] = new(
            "NMR 97112 25 min, 1:1. Stepping On program balance sequence adapted for individual tx: heel-toe walking, sideways walking, step-ups w/ reach, "
            + "standing on one leg w/ progressively less UE support, plus obstacle-crossing practice. For reduced ankle strategy and narrow anterior/lateral "
            + "limits of stability. Functional reach 7.5 in (5 in at IE); Berg 47/56.",
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // OT graded motor imagery (laterality, imagined movement, mirror box) for CRPS with disturbed body schema; laterality accuracy/speed; one-on-one: passes.
        ["t3-graded-motor-imagery-ot"] = new(
            "OT – 97112 neuro re-ed 30 min, one-on-one. Graded motor imagery: L/R hand laterality recognition (app, 40 images), explicit motor imagery of "
            + "wrist/finger movements, then mirror-box therapy w/ L hand moving, R hand hidden. For CRPS type 1 R hand with disturbed body schema and impaired "
            + "cortical motor representation (pt reports R hand 'feels foreign'). Laterality accuracy 82% at 2.1 s/image (61% at 3.0 s at IE).",
            ["G90.511"], [OT("97112", 30)], []),

        // 97110: blood flow restriction training at 80% LOP with the 30/15/15/15 scheme and loads; L quad atrophy/weakness; girth and dynamometry: passes.
        ["t3-bfr-97110"] = new(
            "TE 97110 22 min: blood flow restriction (BFR) training, cuff on L proximal thigh at 80% limb occlusion pressure — leg press 30/15/15/15 reps at 30% 1RM, "
            + "knee ext 30/15/15/15 at 10 lb; then straight-leg raises 3 x 10. For L quad atrophy and knee extensor weakness 10 wk s/p L ACLR. "
            + "Thigh girth 10 cm above patella L 44.5 cm / R 47 cm; HHD knee ext L 19.6 kg (R 30.1 kg).",
            ["S83.512D"], [PT("97110", 22)], []),

        // 97110: Schroth 3D scoliosis exercises (rotational angular breathing, muscle cylinder) with breaths/holds; AIS curve and rib hump; scoliometer ATR: passes.
        ["t3-schroth-97110"] = new(
            "97110 Ther Ex – 25 min. Schroth 3D scoliosis exercises: rotational angular breathing into the L concave ribs in side-lying 3 x 10 breaths, "
            + "'muscle cylinder' in side-lying over ball 3 x 20 s hold, corrected sitting at wall bars w/ pelvic correction 3 x 5 breaths. For R thoracic "
            + "adolescent idiopathic scoliosis (Cobb 28° at T8) w/ R rib hump. Scoliometer ATR at T8 9° (12° at IE).",
            ["M41.125"], [PT("97110", 25)], []),

        // 97116: gait training with the Bioness L300 FES (named device protocol), distances, SBA, L foot drop from MS, 10MWT with/without: passes.
        ["t3-l300-fes-97116"] = new(
            "GT 97116 x 23 min: gait training w/ Bioness L300 Go FES to L peroneal nerve (stim on heel-off), 4 x 150 ft level + 1 x 100 ft outdoor ramp, SBA; "
            + "compared 1 x 50 ft w/o FES (toe catch x3). For L foot drop / L toe drag from MS. 10MWT w/ FES 0.94 m/s (0.78 m/s w/o).",
            ["G35"], [PT("97116", 23)], []),

        // Pelvic health 97112: sEMG-biofeedback PFM downtraining and "the Knack"; elevated resting tone, delayed recruitment; µV and k-of-n coughs; 1:1: passes.
        ["t3-pelvic-biofeedback-97112"] = new(
            """
            Pelvic health – 97112 NMR 25 min, seen 1:1 in private tx room.
            sEMG biofeedback (internal sensor) for PFM downtraining: diaphragmatic breathing w/ PFM release, quick flicks 10 x 1 s, 'the Knack' PFM pre-contraction before cough and lift.
            Findings: elevated resting PFM tone w/ delayed PFM recruitment before cough (leaks w/ cough); poor PFM relaxation after contraction.
            sEMG resting 6.8 µV → 3.1 µV after downtraining; Knack timed correctly 8/10 coughs (3/10 last visit).
            """,
            ["N39.3", "M62.89"], [PT("97112", 25)], []),

        // OT NDT (Bobath) handling and key-point control, trunk shortening/flexor synergy stated, 1:1 — but no number at all: no objective measure.
        ["t3-ndt-handling-no-measure"] = new(
            "OT 97112 NMR 25 min 1:1. NDT (Bobath) handling at trunk and L scapula for weight shift in sitting, facilitated reach-to-grasp w/ L UE in supported "
            + "standing, key-point control at L shoulder girdle. Targets: L trunk shortening, scapular retraction w/ flexor synergy in L UE after R MCA stroke. "
            + "Pt initiated L reach w/ less trunk compensation than last session.",
            ["I69.354"], [OT("97112", 25)], [At(Measure, "97112")]),

        // 97116: AlterG anti-gravity treadmill with % BW, speed, distance, then overground walking — but no impairment, region or functional goal stated.
        ["t3-alterg-no-deficit-97116"] = new(
            "Gait trng 97116 x 20 min: AlterG anti-gravity treadmill at 60% BW, 2.5 mph, 0.6 mi total, then 3 x 100 ft overground w/o device, indep.",
            ["M17.11"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "Head impulse test + to L w/ overt catch-up saccade; oscillopsia when walking" is the vestibular deficit by its sign; X2 viewing, DVA, 1:1: passes.
        ["t4-head-impulse-positive"] = new(
            "NMR 97112 – 20 min – seen 1:1. Gaze stabilization X2 viewing (head and target opposite), yaw 3 x 45 s at 2 Hz w/ metronome, walking w/ head turns in "
            + "hallway. Findings: head impulse test + to L w/ overt catch-up saccade; oscillopsia when walking. DVA 4-line loss (6-line at IE).",
            ["H81.22"], [PT("97112", 20)], []),

        // "L knee snaps back into hyperextension at midstance from late quad and hamstring activation" is the motor-timing deficit; step/cueing/sEMG work; k of n steps: passes.
        ["t4-recurvatum-late-quad"] = new(
            "NMR 97112 25 min 1:1: stepping onto 4\" step w/ L knee kept soft, tactile cue at L popliteal fossa during stance, sEMG biofeedback on L quad/hamstrings "
            + "for timing, backward walking. L knee snaps back into hyperextension at midstance from late quad and hamstring activation (L hemiparesis). "
            + "Recurvatum in 3/10 steps over 50 ft (8/10 last wk).",
            ["I69.354"], [PT("97112", 25)], []),

        // "L heel-to-shin undershoots and wavers; wide-based, staggering gait to the L" is the ataxia by its signs; precision stepping with cuffs; SARA: passes.
        ["t4-dysmetria-heel-shin"] = new(
            "NMR 97112 30 min, 1:1. Precision stepping to floor targets w/ 1-lb ankle cuffs, slow heel-to-shin practice w/ visual guidance, sitting on therapy ball "
            + "w/ reach-out to targets. L heel-to-shin undershoots and wavers; wide-based, staggering gait to the L (L cerebellar stroke). "
            + "SARA 11/40 (14/40 at IE); tandem steps 4 before step-out.",
            ["I69.393"], [PT("97112", 30)], []),

        // OT 97530: "L-sided inattention: pt bumps L door frames and missed L-side items" is the deficit; meal-prep task with anchoring; k of n items, CGA: passes.
        ["t4-neglect-97530-ot"] = new(
            "OT Ther Act 97530 – 25 min: meal-prep task w/ utensils and ingredients placed on L side of counter, visual scanning w/ L-side red anchor line, retrieval "
            + "of items from L cupboards. L-sided inattention: pt bumps L door frames and missed L-side items on tray. Found 7/10 L-side items (3/10 last wk); "
            + "CGA for standing balance during task.",
            ["I69.354", "R41.4"], [OT("97530", 25)], []),

        // "Sustained R ankle clonus and R LE extensor synergy limiting swing-phase knee flexion" is the deficit; PNF with rhythmic initiation; MAS and 10MWT: passes.
        ["t4-clonus-extensor-synergy"] = new(
            "NMR 97112 23 min 1:1: PNF D1 flexion R LE w/ rhythmic initiation, slow rhythmic rotation of R LE for tone reduction, supine bridging w/ isolated "
            + "R knee flexion. Sustained R ankle clonus (4 beats) and R LE extensor synergy limiting swing-phase knee flexion. MAS R plantarflexors 1+ (2 at IE); "
            + "10MWT 0.55 m/s.",
            ["I69.351"], [PT("97112", 23)], []),

        // 97140: "L 1st rib elevated and hypomobile: CRLF test + L" is the impairment; first-rib mobs, MET, STM; test result and rotation degrees: passes.
        ["t4-first-rib-97140"] = new(
            "MT 97140 x 10 min: L 1st rib caudal mobs gr III in supine and sitting, MET for L scalenes 3 x 5 s contractions, STM L upper trapezius. "
            + "L 1st rib elevated and hypomobile: cervical rotation-lateral flexion test + L. Post tx CRLF test negative; cervical rot L 60° → 72°.",
            ["M54.2", "G54.0"], [PT("97140", 10)], []),

        // 97116: "vaulting on L sound side and lateral trunk lean over R prosthesis in stance" is the gait impairment; prosthetic gait training, distance, SBA, % BW: passes.
        ["t4-prosthetic-vaulting-97116"] = new(
            "GT 97116 25 min: prosthetic gait training in parallel bars → SPC, weight shift onto R transtibial prosthesis w/ scale feedback, step-through w/ cueing "
            + "for equal step length. Vaulting on L sound side and lateral trunk lean over R prosthesis in stance. Amb 2 x 100 ft w/ SPC SBA; "
            + "weight acceptance on R 75% BW (60% at IE).",
            ["Z89.511"], [PT("97116", 25)], []),

        // Techniques (wobble board, BOSU perturbations), SLS seconds and 1:1, but only a ski goal and an ache: no neuromuscular deficit or system named.
        ["t4-ski-goal-no-deficit"] = new(
            "NMR 97112 20 min 1:1 w/ PT: wobble-board squats, lateral bounds w/ stick landing, SLS on BOSU w/ perturbations. Pt wants to ski in 6 wk. "
            + "Reports 2/10 ache at end. SLS on BOSU R 22 s, L 25 s.",
            ["M25.561"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // "Needed 2 therapist saves in 15 obstacle passes (5 saves last session)" is the measure; obstacle course/perturbation, PSP reactive control, 1:1: passes.
        ["t5-therapist-saves-per-passes"] = new(
            "97112 NMR 25 min, 1:1. Obstacle course on mixed surfaces (foam, gravel mat, 6\" hurdles) w/ dual-task, backward walking w/ perturbation. For impaired "
            + "reactive postural control and slowed protective stepping (PSP). Needed 2 therapist saves in 15 obstacle passes (5 saves last session).",
            ["G23.1"], [PT("97112", 25)], []),

        // "Time to stabilization after lateral hop L 1.8 s" and "landed w/o valgus 8/10 reps" are measures; landing/hop drills, L knee neuromuscular control, 1:1: passes.
        ["t5-time-to-stabilization"] = new(
            "NMR 97112 20 min 1:1: single-leg drop landings from 12\" box w/ stick, lateral hop-and-hold, reactive SLS on Airex w/ ball toss. For poor L knee "
            + "neuromuscular control w/ dynamic valgus on landing 6 mo s/p L ACLR. Time to stabilization after lateral hop L 1.8 s (2.6 s 3 wk ago); "
            + "landed w/o valgus 8/10 reps.",
            ["S83.512D"], [PT("97112", 20)], []),

        // 97110: loads/sets plus hand-held dynamometry with limb symmetry index; L quad weakness after patellar fracture: passes.
        ["t5-dynamometry-97110"] = new(
            "TE 97110 x 25 min: seated knee ext machine 25# 3 x 10 L, Spanish squat 4 x 30 s, step-downs 6\" 3 x 8 L, for L quad weakness after patellar fx ORIF. "
            + "HHD knee ext L 21.4 kg / R 29.8 kg (LSI 72%, 58% at IE).",
            ["S82.002D"], [PT("97110", 25)], []),

        // 97116: "3 laps of unit (~450 ft)" with 4WW and contact guard is distance and assistance; flexed-trunk shuffling gait; gait speed: passes.
        ["t5-laps-contact-guard-97116"] = new(
            "GT 97116 – 15 min: amb 3 laps of unit (~450 ft) w/ 4WW, contact guard on turns, 1 standing rest; cues for upright posture and step-through. "
            + "For flexed-trunk, shuffling gait w/ short step length (deconditioning after pneumonia). Gait speed 0.58 m/s.",
            ["R26.89", "J18.9"], [PT("97116", 15)], []),

        // 97530: floor-to-stand recovery, kneel-to-stand, carrying laundry up steps, gardening goal; timed floor-to-stand and SBA: passes.
        ["t5-timed-floor-transfer-97530"] = new(
            "Ther act 97530 x 20 min: floor-to-stand recovery via half-kneel to chair 5 reps, kneel-to-stand w/o UE 2 x 5, carrying 10# laundry basket up 4 steps, "
            + "to return to independent gardening and fall recovery at home. Floor-to-stand 38 s (55 s last wk), SBA.",
            ["Z91.81", "M62.81"], [PT("97530", 20)], []),

        // The only numbers are the patient's own dizziness ratings (4/10 vs 6/10): a self-rating, not an objective measure; technique, deficit, 1:1 present.
        ["t5-self-rated-dizziness-only"] = new(
            "97112 NMR 20 min, 1:1. Gaze stabilization X1 viewing horizontal and vertical, seated then standing on foam; habituation to bending and rolling. "
            + "For L vestibular hypofunction w/ motion-provoked dizziness. Pt rates dizziness during head turns 4/10 today vs 6/10 last wk.",
            ["H81.22"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97140: talar glides, tib-fib mobs and STM named for R ankle DF restriction, but no grade, hold, repetition or number: no parameter or measure.
        ["t5-97140-no-parameters"] = new(
            "MT 97140 x 10 min: posterior talar glides and distal tibiofibular mobs R ankle, STM to R peroneals and anterior tibialis, for R ankle DF restriction "
            + "and stiffness after lateral ankle sprain. Pt felt ankle moved more freely afterwards.",
            ["S93.401D"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Markdown table with a "Time (min)" column: 20 / 15 / 10 match the three lines; every row complete, 1:1 in the NMR row: passes.
        ["t6-markdown-time-column"] = new(
            """
            | Code  | Intervention     | Time (min) | Details |
            |:-----:|------------------|:----------:|---------|
            | 97112 | Neuro re-ed      | 20 | perturbation training in stride stance, tandem on foam w/ head turns, for impaired postural control (PD); 1:1; Mini-BEST 19/28 |
            | 97116 | Gait training    | 15 | amb 3 x 150 ft w/ U-step walker, SBA, cues for step length on turns; festinating gait w/ short steps |
            | 97530 | Ther activities  | 10 | bed mobility supine ↔ sit w/ log roll, car transfer simulation, CGA, to return to driving outings w/ spouse |
            """,
            ["G20.A1"], [PT("97112", 20), PT("97116", 15), PT("97530", 10)], []),

        // "TIMED MINUTES: 97110=15; 97140=10" gives each code its minutes (both match); TE and MT sections complete: passes.
        ["t6-key-equals-minutes"] = new(
            """
            TIMED MINUTES: 97110=15; 97140=10
            TE: prone press-ups 3 x 10, thoracic ext over foam roll 2 x 10, chin tucks w/ 5 s hold x 15, rows GTB 3 x 15, for thoracic hypomobility and postural weakness w/ upper back pain.
            MT: T4-7 central PA mobs gr III, rib 5-6 R posterior glides, STM R rhomboids; thoracic ext AROM 10° → 18°.
            """,
            ["M54.6"], [PT("97110", 15), PT("97140", 10)], []),

        // "Today: 15 min TE, 10 min MT, 8 min US": minutes before each abbreviation belong to it; all three match; TE and MT complete (97035 has no profile): passes.
        ["t6-minutes-before-abbreviations"] = new(
            """
            Today: 15 min TE, 10 min MT, 8 min US.
            US (97035): 3 MHz, 1.0 W/cm2, 50% pulsed, to R supraspinatus tendon.
            TE: sidelying ER 2# 3 x 12, scaption to 90° 1# 3 x 10, rows RTB 3 x 15, for R rotator cuff weakness (ER 4-/5) limiting overhead reach.
            MT: GH posterior glides gr III, STM R infraspinatus, for R posterior capsule tightness; IR 40° → 52°.
            """,
            ["M75.41"], [PT("97110", 15), PT("97140", 10), PT("97035", 8)], []),

        // Units without minutes ("97112 x 2 units, 97110 x 1 unit") do not give minutes for each timed code: separate time missing; content and 1:1 complete.
        ["t6-units-without-minutes"] = new(
            """
            Billed: 97112 x 2 units, 97110 x 1 unit.
            NMR: reactive stepping w/ perturbations A/P and lateral, tandem walk on foam, EC stance on Airex, for delayed protective stepping and somatosensory loss B feet. 1:1 throughout. Berg 45/56.
            TE: sit-to-stand 3 x 10, heel raises 3 x 15, standing hip abd 2# 2 x 12 B, for B hip/ankle weakness (hip abd 4-/5).
            """,
            ["E11.42", "R26.81"], [PT("97112", 25), PT("97110", 12)], [SepTime]),

        // "TE 10 min" matches 97110; "GT 20 min" against a 15-min 97116 line is a mismatch; both sections complete.
        ["t6-gt-minutes-mismatch"] = new(
            """
            TE 10 min – quad sets 5 s x 15, SAQ 2# 3 x 10, heel slides 2 x 15, for R quad weakness and knee flex ROM deficit s/p R TKA (flex 98°).
            GT 20 min – amb 2 x 200 ft w/ SPC, SBA, cues for heel strike and R knee ext at IC; R flexed-knee gait.
            """,
            ["Z96.651"], [PT("97110", 10), PT("97116", 15)], [At(Mismatch, "97116")]),

        // Whitespace-aligned flowsheet with a "Mins" column: Manual 97140 says 12 but the line bills 8; ther ex 20 matches; both rows complete.
        ["t6-aligned-flowsheet-mt-mismatch"] = new(
            """
            Intervention        Code    Mins   Notes
            Ther ex             97110   20     shoulder pulleys 2 x 15, wand flex/ER 3 x 10, ER/IR RTB 3 x 12, for L adhesive capsulitis ROM loss; flex 118°
            Manual              97140   12     GH inferior/posterior glides gr III-IV, scapular mobs in SL, for L GH capsular restriction; ER 22° → 30°
            """,
            ["M75.02"], [PT("97110", 20), PT("97140", 8)], [At(Mismatch, "97140")]),

        // Ultrasound (timed 97035) and ther ex with only "Total timed tx: 25 min": no minutes for each timed code; the total is neither's, so no mismatch; TE complete.
        ["t6-total-only-us-and-te"] = new(
            """
            Total timed tx: 25 min.
            US 1 MHz 1.5 W/cm2 continuous to L lateral knee / ITB insertion.
            Ther ex: SL hip abd 3 x 12, clamshells GTB 3 x 15, lateral step-downs 4" 2 x 10, ITB foam roll, for L hip abductor weakness contributing to L lateral knee pain w/ running (hip abd 4-/5 L).
            """,
            ["M76.32"], [PT("97035", 8), PT("97110", 17)], [SepTime]),

        // Untimed traction "(97012) 15 min" is its own; the only timed code (97140, 12) gets the uncoded "12 minutes hands-on": matches; manual content complete: passes.
        ["t6-traction-then-uncoded-manual"] = new(
            """
            Mechanical cervical traction (97012) 15 min, intermittent 18 lb, 60 s on / 20 s off.
            Followed by 12 minutes hands-on: C5-6 R unilateral PA mobs gr III, suboccipital release, STM R scalenes/levator, for R C6 radicular sx w/ lower cervical hypomobility. Cerv rot R 50° → 62°.
            """,
            ["M54.12"], [PT("97012", 15), PT("97140", 12)], []),

        // One timed code (OT 97530, 38 min) and "OT session 45 min" with no code: the stated time is 97530's and differs; the content is complete.
        ["t6-ot-session-uncoded-mismatch"] = new(
            "OT session 45 min. Ther act: kitchen mobility w/ rollator tray carrying items counter-to-table, reaching to upper cabinet in standing, retrieving items "
            + "from dryer, to return to independent IADLs at home; SBA for standing tasks, 3 trials each.",
            ["M62.81", "R26.89"], [OT("97530", 38)], [At(Mismatch, "97530")]),

        // "NMR :  25 mins" and "TA  :  15 mins" (spaced colons, "mins") match; NMR (PNF chop/lift, rhythmic stabilization, SCI postural control, Mini-BEST, 1:1) and TA complete: passes.
        ["t6-spaced-colon-mins"] = new(
            """
            NMR :  25 mins  (1:1)  → PNF trunk patterns (chop/lift) in half-kneel, rhythmic stabilization in tall-kneel, reactive stepping on treadmill w/ harness; for impaired trunk postural control and delayed stepping response (SCI C6 AIS D). Mini-BEST 16/28.
            TA  :  15 mins  → floor-to-w/c transfer practice, reach into car trunk from standing w/ 1 UE support, min guard, to return to community shopping.
            """,
            ["G82.54"], [PT("97112", 25), PT("97530", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT 97140 + OT 97530 visit: DOC_NOTE_MISSING on both profiled lines and nothing else (no separate-time finding on an empty note).
        ["t7-empty-pt-and-ot"] = new(
            "",
            ["M75.02"], [PT("97140", 10), OT("97530", 20)], [At(NoteMissing, "97140"), At(NoteMissing, "97530")]),

        // Line breaks and spaces only (CRLF) is empty: missing on 97116; the diagnosis sent is ICD-9 (844.2), so the diagnosis check fires too.
        ["t7-crlf-only-icd9"] = new(
            "\r\n  \r\n",
            ["844.2"], [PT("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Empty note with 97112 and an unprofiled hot pack (97010): missing on 97112 only.
        ["t7-empty-nmr-and-hot-pack"] = new(
            "",
            ["R26.81"], [PT("97112", 20), PT("97010", 10)], [At(NoteMissing, "97112")]),

        // "Same as previous visit. See flowsheet." is not empty: judged on content it names nothing, only generic words, and no one-on-one.
        ["t7-same-as-previous"] = new(
            "Same as previous visit. See flowsheet.",
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // 97140: "Manual therapy to R shoulder" is the service's name, not a manual technique; region and degrees are there, so only the technique fails.
        ["t7-97140-service-name-only"] = new(
            "Manual therapy to R shoulder x 10 min. Flexion 140° → 152° after tx.",
            ["M75.01"], [PT("97140", 10)], [At(Tech, "97140")]),

        // Dictated 97530: car transfer with back-in technique and porch steps carrying a tote, SBA/CGA, community-outings goal; 25 minutes matches: passes.
        ["t7-97530-dictated-complete"] = new(
            "Patient was seen for therapeutic activities for 25 minutes. We practiced getting in and out of her car using the back-in technique with a swivel "
            + "cushion, five repetitions, and climbing the three porch steps with one rail while carrying a tote bag. She needed stand-by assistance for the car "
            + "and contact guard on the steps. Goal: independent community outings after her right hip replacement.",
            ["Z96.641"], [PT("97530", 25)], []),

        // 97116: treadmill gait training (speed, incline, UE support) then overground with SPC mod I; reduced cadence/endurance for community ambulation; cadence: passes.
        ["t7-97116-treadmill-complete"] = new(
            "GT 97116 20 min: treadmill gait training 1.4 mph, 0% incline, 2 bouts w/ seated rest, B UE on rails → R UE only; then overground 300 ft w/ SPC, mod I. "
            + "For reduced cadence and gait endurance limiting community ambulation (deconditioning after CABG). Cadence 92 → 101 steps/min.",
            ["Z95.1", "R53.81"], [PT("97116", 20)], []),

        // 97110 described only as a HEP review "per sheet" with generic closing phrases: no exercise, region, parameter or number.
        ["t7-97110-hep-review-generic"] = new(
            "Ther ex 97110 — 12 min. Reviewed HEP. Pt performed exercises per sheet, tolerated well, no new complaints. Continue plan of care.",
            ["M62.81"], [PT("97110", 12)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Legacy all-caps SOAP, ther ex 15 and manual 8 by code; exercises with loads, L cuff weakness after repair, glides for capsular tightness, AROM: passes.
        ["tord-caps-soap-te-manual"] = new(
            """
            S: PATIENT REPORTS L SHOULDER PAIN 3/10, ABLE TO REACH TOP SHELF NOW.
            O: THER EX 97110 X 15 MIN: PULLEYS FLEX/SCAPTION 2 X 20, SUPINE WAND ER 3 X 10, SIDELYING ER 1# 3 X 12, ROWS GTB 3 X 15 FOR L ROTATOR CUFF WEAKNESS S/P L RCR (12 WK).
            MANUAL 97140 X 8 MIN: GH POST/INF GLIDES GR III, SCAPULOTHORACIC MOBS IN SIDELYING FOR L GH CAPSULAR TIGHTNESS. AROM FLEX 142° (128° LAST RE-EVAL), ER 55°.
            A: PROGRESSING TOWARD OVERHEAD GOALS.
            P: ADD PRONE T/Y NEXT VISIT.
            """,
            ["M75.102", "Z47.89"], [PT("97110", 15), PT("97140", 8)], []),

        // Infant torticollis 97110: SCM stretch with holds, active rotation/prone work, R CMT with tilt and limited rotation, rotation degrees: passes.
        ["tord-infant-torticollis-97110"] = new(
            "Infant PT (7 mo). Ther ex 97110 – 20 min: passive R SCM stretch into R rotation and L lateral flexion 3 x 30 s holds, active R rotation tracking toy in "
            + "supine and prone, prone on wedge w/ visual tracking to R. For R congenital muscular torticollis w/ R head tilt and limited R cervical rotation. "
            + "Cervical rot to R 70° (55° at IE); MFS 2.",
            ["Q68.0"], [PT("97110", 20)], []),

        // OT hand therapy, two codes by code with minutes; tendon glides / place-and-hold with reps and TAM; retrograde massage and scar mobilization with edema cm: passes.
        ["tord-ot-flexor-tendon-te-mt"] = new(
            """
            Hand therapy (OT) – L index FDP repair, wk 5.
            97110 – 15 min: tendon-gliding series (hook, full fist, straight fist) 10 reps each, place-and-hold composite flexion 10 x 5 s, blocking DIP/PIP 2 x 10, for L index active flexion deficit. TAM L index 185° (150° last wk); pulp-to-palm 2 cm.
            97140 – 10 min: retrograde edema massage and scar mobilization to L palmar incision, for scar adhesion limiting FDP glide. Figure-8 edema 0.5 cm ↓ post.
            """,
            ["S66.121D"], [OT("97110", 15), OT("97140", 10)], []),

        // Lymphedema 97140: Vodder MLD with the drainage sequence, L UE secondary lymphedema after ALND, circumference in cm: passes.
        ["tord-lymphedema-mld-97140"] = new(
            "MLD 97140 x 30 min: manual lymph drainage (Vodder) — clearing of R axillary and L inguinal nodes, axillo-axillary and axillo-inguinal anastomoses, "
            + "then L UE proximal → distal → proximal strokes. For L UE secondary lymphedema after L ALND w/ L arm heaviness. Circumference L 10 cm above "
            + "olecranon 31.5 cm → 30.4 cm; L forearm 24.8 cm (R 22.1 cm).",
            ["I97.2", "Z85.3"], [PT("97140", 30)], []),

        // Star-bullet vestibular 97112: 1:1 throughout, X1 → X2 viewing, foam EC, pivot turns, R vestibular hypofunction and visual dependence, FGA/DVA: passes.
        ["tord-vestibular-star-bullets"] = new(
            """
            * 97112 NMR — 23 min — 1:1 with PT throughout
            * Gaze stab X1 → X2 viewing, yaw & pitch, standing on foam, 4 x 45 s each
            * Standing on foam EC w/ head turns, 3 x 30 s, CGA
            * Gait w/ pivot turns and stops, 4 x 40 ft
            * Addressing: R unilateral vestibular hypofunction (vestibular neuritis 6 wk ago), visual dependence
            * FGA 21/30 (17/30 at IE); DVA 2-line loss
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Postpartum pelvic health: TE (97110) 20 and TA (97530) 15 by code; exercises with reps for diastasis/abdominal weakness; car-seat lifting with k of n doming: passes.
        ["tord-pelvic-postpartum-te-ta"] = new(
            """
            Pelvic health PT, 4 mo postpartum.
            TE (97110) 20 min: TrA activation w/ exhale in hooklying 2 x 10, modified dead-bug 3 x 8, side-lying clams GTB 3 x 12, heel slides w/ PFM co-contraction 2 x 10, for diastasis recti (2.5 FB at umbilicus) and abdominal wall weakness.
            TA (97530) 15 min: lifting infant car seat (20#) from floor w/ exhale-on-effort and PFM pre-contraction 2 x 5, stroller push up ramp 3 reps, so pt can carry out infant care w/o leakage or doming. Doming on lift 1/10 reps (6/10 at IE).
            """,
            ["M62.08", "N39.3"], [PT("97110", 20), PT("97530", 15)], []),

        // SNF PTA note: GT 97116 15 and TA 97530 23 by code; distances, FWW, CGA → SBA, shuffling gait; toilet/closet tasks with reps and assist, ALF goal: passes.
        ["tord-snf-pta-gt-ta"] = new(
            """
            PTA TX NOTE (SNF, Part B)
            GT 97116 – 15 min: amb 2 x 120 ft w/ FWW, CGA → SBA, VC for B step length and RW proximity; forward-flexed trunk and short shuffling steps.
            TA 97530 – 23 min: toilet transfers w/ grab bar 5 reps SBA, sit ↔ stand from w/c w/ hand placement cues 3 x 5, reaching into closet for clothes in standing w/ RW, CGA, to return to ALF w/ distant supervision.
            """,
            ["R26.89", "M62.81"], [PTA("97116", 15), PTA("97530", 23)], []),

        // Telegraphic one-liner: "1:1 NMR 97112 23'" with foam/beam/perturbation, ankle/hip strategy and proprioception deficit, SLS seconds: passes.
        ["tord-telegraphic-nmr"] = new(
            "1:1 NMR 97112 23': SLS foam R EO→EC, tandem fwd/bwd on beam, perturb @ pelvis A/P/lat, ↓ R ankle/hip strategy & R proprioception post R ankle ORIF. "
            + "SLS foam R EC 6 s (2 s 2 wk ago).",
            ["S82.851D"], [PT("97112", 23)], []),

        // OT stroke note: NMR 20 (1:1, weight bearing/PNF/grasp-release, L UE recruitment and timing, Box & Block) and TA 20 (grooming, bimanual, assist levels, goal): passes.
        ["tord-ot-stroke-nmr-ta"] = new(
            """
            OT Daily – R CVA, L hemiparesis
            97112 NMR 20 min (1:1): weight bearing through L UE on mat w/ reach R, PNF D1 UE w/ manual facilitation, task-specific grasp-release of cones w/ L hand. For L UE motor recruitment deficit and impaired grasp-release timing. Box & Block L 14 blocks (8 at IE).
            97530 TA 20 min: grooming at sink in standing w/ L UE as stabilizer, opening containers bimanually, min A → CGA for standing balance, goal indep grooming.
            """,
            ["I69.354"], [OT("97112", 20), OT("97530", 20)], []),

        // Complete 97140 (SNAGs, suboccipital release, upper cervical hypomobility, flexion-rotation test degrees) sent with no diagnosis.
        ["tord-no-diagnosis-97140"] = new(
            "MT 97140 x 12 min: C1-2 SNAGs for rotation, suboccipital release, STM B upper trap, for upper cervical hypomobility w/ cervicogenic HA. "
            + "Cervical flexion-rotation test R 28° → 38°.",
            [], [PT("97140", 12)], [Dx]),

        // Long but generic: 97116 and 97530 each have their minutes by code (both match), but nothing names an activity, impairment, goal or number for either code.
        ["tord-long-generic-gt-ta"] = new(
            "Pt arrived on time, in good spirits. 97116 15 min and 97530 15 min completed as per plan of care. Pt participated fully and tolerated treatment well, "
            + "no adverse reactions. Progressing toward goals. Will continue with current POC and progress as tolerated.",
            ["R26.89"], [PT("97116", 15), PT("97530", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // All-caps 97110 with exercises and loads but no body region, impairment or functional goal.
        ["tord-caps-97110-no-target"] = new(
            "THER EX 97110 X 15 MIN: LEG PRESS 60# 3 X 12, STEP-UPS 6\" 3 X 10, SIDE PLANKS 3 X 20 SEC, FARMER CARRY 25# 2 X 100 FT. TOLERATED WELL.",
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),
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
            output.WriteLine($"{"case",-40} | {"expected (reviewer)",-48} | actual (engine)");
            foreach (var (id, expected, actual) in disagreements)
                output.WriteLine($"{id,-40} | {Show(expected),-48} | {Show(actual)}");
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
