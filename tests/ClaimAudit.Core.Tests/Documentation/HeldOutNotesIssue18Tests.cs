using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// Held-out notes for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance) who had not read the note analyzer, its
/// vocabulary files, its unit tests or the samples, only PRODUCT.md section 5, the issue and the two
/// earlier held-out files (to write styles and examples they do not already have). Each note is
/// written the way real clinics write in an EMR (SOAP, pipe / tab / aligned flowsheet tables with a
/// minutes column, checkbox templates with <c>[x]</c>, <c>[X]</c>, <c>☒</c>, <c>☑</c>, <c>☐</c>,
/// <c>(x)</c>, <c>X</c> before or after a label and Y/N pairs, heavy abbreviation, dictated prose,
/// bullet lists, arrows, copy-forward templates with blank fields) and its DOC_* findings were judged
/// by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (c1-…): one-on-one written as notation or in words, and notes that do not state it or
/// negate it (group, concurrent, patient working alone); 97110 has no one-on-one check;</item>
/// <item>class 2 (c2-…): checkbox states: an unticked or blank box is not written, a ticked "no" is a
/// no, a ticked box counts;</item>
/// <item>class 3 (c3-…): named protocols and programs as techniques, for 97112 and the other codes;</item>
/// <item>class 4 (c4-…): deficits stated as findings with their sign, and notes that state none;</item>
/// <item>class 5 (c5-…): measures in their usual forms (k of n, percent, counts against last visit,
/// assistance levels for 97530, distances, sets and loads for 97110), and notes with no measure or
/// only numbers that are not measures;</item>
/// <item>class 6 (c6-…): minutes in their usual forms (tables with a minutes column, "N min of X then
/// M min of Y", NMR / TE / TA / MT / GT, minutes after a description), true mismatches and truly
/// missing separate time;</item>
/// <item>class 7 (c7-…): empty notes (DOC_NOTE_MISSING on each profiled code, nothing else but the
/// diagnosis check), a placeholder note judged on its content, and the contract's meanings of
/// technique, deficit and measure for 97110, 97530, 97140 and 97116;</item>
/// <item>ordinary (ord-…): complete notes across styles and codes that a reviewer passes (the
/// false-positive guard) and weak ones that must fail.</item>
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
/// Before: 58 of 87 cases agree (first and only run before the analyzer change, at commit f63b166 on
/// branch heldout18, code of 502090d; 86 needed), and 14 of the 52 notes the reviewer passes got a finding.
/// Disagreeing then — c1: c1-dictated-no-other-patients, c1-session-type-individual,
/// c1-negated-notation; c2: c2-unicode-direct-1to1-no, c2-x-after-label-blank-deficits,
/// c2-yn-field-answered-n, c2-blank-outcome-fields, c2-unticked-code-row-with-minutes; c3:
/// c3-fifa-11-plus, c3-lokomat-97116; c4: c4-hip-hike-circumduction; c5: c5-k-of-n-trials,
/// c5-percent-successful, c5-lob-count-vs-last-visit; c6: c6-tab-flowsheet, c6-then-sequence,
/// c6-then-sequence-mismatch, c6-ta-gt-abbreviations, c6-combined-time; c7: c7-see-flowsheet-two-codes,
/// c7-97110-exercises-no-target, c7-97530-no-measure, c7-97140-no-measure, c7-97116-generic,
/// c7-97116-stairs-complete; ordinary: ord-pta-te-gt, ord-ta-generic, ord-no-diagnosis-97116,
/// ord-blank-template-nmr. The lead saw these names and the findings of each (not the note texts)
/// before changing the analyzer. No case or expectation was changed after that run.
/// </para>
/// </summary>
public class HeldOutNotesIssue18Tests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private sealed record Issue18Case(string Note, string[] Diagnoses, CaseLine[] Lines, string[] Expected);

    private static readonly Dictionary<string, Issue18Case> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as notation

        // "1 on 1" (spaces, no hyphens) states one-on-one; rocker/foam/perturbation techniques, proprioceptive/postural deficit, FGA: passes.
        ["c1-1-on-1-spaced"] = new(
            "NMR 97112 x 24 min, pt seen 1 on 1 with PT. Rocker board A/P and M/L in bilateral stance 3 x 45 s, tandem stance on Airex w/ horizontal head turns 3 x 30 s, "
            + "lateral stepping over 4\" hurdles w/ light perturbations at pelvis, for reduced postural control and decreased L LE proprioception after L TKA. FGA 18/30 (15/30 at IE).",
            ["Z96.652", "R26.81"], [PT("97112", 24)], []),

        // "PT:pt ratio 1:1 for the whole session" states one-on-one; gaze stabilization/habituation for vestibular hypofunction, DVA and DHI: passes.
        ["c1-ratio-pt-to-patient"] = new(
            "97112 Neuro re-ed — 30 min. PT:pt ratio 1:1 for the whole session. Gaze stabilization X1 viewing yaw/pitch on firm then foam, 4 x 60 s each; "
            + "habituation to provoking movements (rolling R, bending forward) 3 reps each; for L vestibular hypofunction w/ oscillopsia on head turns. "
            + "DVA loss 5 lines (7 lines at IE); DHI 42/100.",
            ["H81.22"], [PT("97112", 30)], []),

        // Dictated: "I was with her for the entire session and treated no other patients" is a one-on-one statement in prose; PNF, motor recruitment, FSST: passes.
        ["c1-dictated-no-other-patients"] = new(
            "Dictated. Ms. R was seen for neuromuscular re-education for 38 minutes. I was with her for the entire session and treated no other patients during that time. "
            + "We worked on PNF diagonal patterns for the right lower extremity with manual resistance and on stepping over obstacles on foam, to address impaired motor "
            + "recruitment of the right hip flexors and dorsiflexors after her stroke. Her Four Square Step Test improved to 15.2 seconds from 19.8 seconds at the last progress note.",
            ["I69.351"], [PT("97112", 38)], []),

        // Header field "Individual — PT with this pt only (not group, not concurrent)" states one-on-one; rhythmic stabilization, lumbopelvic motor control, hold time: passes.
        ["c1-session-type-individual"] = new(
            """
            Session type: Individual — PT with this pt only (not group, not concurrent)
            Service: 97112 Neuromuscular re-education, 20 min
            Interventions: rhythmic stabilization in half-kneel and tall-kneel, alternating isometrics at shoulders/pelvis, quadruped alternate arm/leg lifts w/ perturbation at pelvis
            Impairment: poor lumbopelvic motor control, pt loses neutral spine w/ limb load
            Measure: quadruped hold w/ contralateral lift 25 s before loss of neutral (12 s last wk)
            """,
            ["M54.50"], [PT("97112", 20)], []),

        // PTA note, "PTA 1-to-1 entire tx" states one-on-one; weight shift/PNF, decreased L weight bearing and glute med recruitment, % BW and 5xSTS: passes.
        ["c1-pta-1-to-1"] = new(
            "PTA daily note. 97112 x 22 min, PTA 1-to-1 entire tx. Seated then standing weight shifts onto L w/ tactile cues at L hip, step-taps to targets w/ L stance, "
            + "PNF rhythmic initiation for sit<>stand, to address decreased L weight bearing and L gluteus medius recruitment post R CVA. "
            + "Weight on L 38% of BW on scale (31% last wk); 5xSTS 17.5 s.",
            ["I69.354"], [PTA("97112", 22)], []),

        // A balance class of 4 patients with one PT is not one-on-one; everything else (perturbations, foam, stepping deficit, FGA) is there.
        ["c1-falls-group-class"] = new(
            "Falls-prevention balance class today (4 pts, 1 PT). 97112 x 30 min: partner-assisted perturbations in stride stance, tandem stance on foam pads, "
            + "step-and-reach to clock targets. Pt's focus: slow and short posterior stepping response to backward displacement. FGA 20/30.",
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // "Pt then worked independently while PT attended another pt" negates one-on-one; BAPS/foam SLS, ankle proprioception, SLS seconds present.
        ["c1-independent-while-other-pt"] = new(
            "NMR 97112 20 min: set up on BAPS L ankle CW/CCW 3 x 60 s and SLS on foam L, pt then worked independently while PT attended another pt; "
            + "PT returned to progress to EC SLS. For decreased L ankle proprioception after inversion sprain. SLS foam L 11 s (R 25 s).",
            ["S93.402D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // The notation is there but negated: "NOT 1:1 this visit (PT covering 2 pts, alternating)"; treadmill perturbations, reactive stepping deficit, pull test/TUG present.
        ["c1-negated-notation"] = new(
            "97112 NMR 25 min – NOT 1:1 this visit (PT covering 2 pts, alternating). Perturbation training on treadmill at 0.6 mph w/ unexpected stops, "
            + "backward walking w/ cues, for reduced reactive stepping and posterior instability (PD). Pull test 3 steps to recover; TUG 14.1 s.",
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Complete SOAP for 97112 (Airex, hops, BOSU perturbations; knee proprioception; Y-balance) that simply never says one-on-one.
        ["c1-soap-unstated"] = new(
            """
            S: "My knee gives way on the stairs." No falls.
            O: 97112 NMR 18 min: SL stance on Airex w/ ball catches 3 x 30 s, lateral hop-to-stabilize 2 x 8, perturbations on BOSU (flat side up) in mini-squat, for R knee instability and reduced R knee proprioception 5 mo s/p ACLR. Y-balance ant reach R 59 cm, L 66 cm.
            A: Knee stays out of valgus w/ perturbation 7/10.
            P: Add cutting drills.
            """,
            ["S83.511D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // 97110 is not a one-on-one code: exercising alongside other patients raises nothing; exercises, quad weakness, loads/reps all there.
        ["c1-group-gym-97110"] = new(
            "Pt exercised in the gym alongside 2 other pts; PT supervised and progressed ex. Ther ex 97110 x 25 min: leg press 70# 3 x 12, step-ups 8\" 3 x 10 w/o rail, "
            + "TKE w/ blue band 3 x 15, for R quad weakness limiting stair ascent (R quad 4/5).",
            ["M17.11"], [PT("97110", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox states

        // Every named technique box is unticked; the only ticked task (static standing on level floor) is not a neuromuscular technique. Deficit, Romberg, 1:1 [x] Y present.
        ["c2-brackets-level-floor"] = new(
            """
            97112 Neuromuscular re-ed – 20 min
            Balance tasks:  [ ] foam   [ ] rocker board   [ ] BAPS   [ ] perturbations   [x] static standing on level floor, feet apart
            Impairment: increased postural sway w/ somatosensory loss B feet (Romberg +)
            Romberg EC 12 s before step-out (8 s last visit)
            1:1 with PT:  [x] Y   [ ] N
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Unicode boxes: PNF and rhythmic stabilization ticked, motor recruitment/postural control ticked, Fugl-Meyer; but "Direct 1:1: ☐ Y ☑ N" ticks no.
        ["c2-unicode-direct-1to1-no"] = new(
            """
            ☐ 97110   ☑ 97112 Neuro re-ed   Min: 25
            Techniques: ☑ PNF  ☑ rhythmic stabilization  ☐ vestibular  ☐ BAPS
            Detail: PNF D1/D2 UE patterns w/ manual resistance R, rhythmic stabilization in sitting w/ R UE weight bearing
            Deficit: ☑ motor recruitment  ☐ proprioception  ☑ postural control (trunk)
            Measure: Fugl-Meyer UE 41/66
            Direct 1:1:  ☐ Y  ☑ N
            """,
            ["I69.351"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // ☒ ticks: perturbation training and foam, reactive-stepping/somatosensory deficits, mCTSIB seconds, ☒ one-on-one; the unticked 97530 row has no line: passes.
        ["c2-ballot-x-complete"] = new(
            """
            Treatment provided:
            ☒ Neuromuscular re-education (97112) ....... 23 min
            ☐ Therapeutic activities (97530) ........... ___ min
            Interventions: ☒ perturbation training  ☒ foam/compliant surface  ☐ PNF  ☐ gaze stabilization
            Impairment targeted: ☒ delayed reactive stepping  ☐ vestibular  ☒ somatosensory loss (neuropathy B feet)
            Outcome: mCTSIB cond 2 30 s, cond 4 9 s (5 s last visit)
            Attendance: ☒ one-on-one  ☐ group  ☐ concurrent
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // (x) marks: PNF and rhythmic stabilization, trunk motor control and timing deficits, TIS score, "1:1? (x) yes": passes.
        ["c2-paren-marks-complete"] = new(
            """
            NMR 97112   Time: 30 min
            Approach: (x) PNF  ( ) NDT  (x) rhythmic stabilization  ( ) vestibular
            Performed: PNF pelvic patterns (ant elevation/post depression) in SL 2 x 10 each, rhythmic stabilization at trunk in sitting on therapy ball
            For: (x) trunk motor control  (x) timing/sequencing of pelvic rotation in gait  ( ) vestibular
            Measure: TIS 14/23 (11/23 at IE)
            1:1?  (x) yes  ( ) no
            """,
            ["I69.354"], [PT("97112", 30)], []),

        // X before the label ticks it, "__" leaves it blank: PNF + perturbation, postural control + proprioception, 6/10 recoveries, "X Seen 1:1": passes.
        ["c2-x-before-label-complete"] = new(
            """
            DAILY NOTE – NEURO
            X  97112 NMR  22 min        __ 97110 TE  __ min
            Tech:     X PNF     __ BAPS     X Perturbation     __ Foam
            Deficit:  X Postural control     __ Vestibular     X Proprioception (R LE)
            PNF D2 ext LE w/ manual resistance, stride-stance perturbations A/P and lateral.
            Reactive step recovery 6/10 (3/10 last wk).
            X  Seen 1:1 entire session
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // X after a label ticks techniques, but every impairment is left "___" and nothing else names a deficit; Berg/TUG and 1:1 present.
        ["c2-x-after-label-blank-deficits"] = new(
            """
            NMR 97112 ....... 25 min
            Techniques:   PNF  X    Perturbation  X    Foam  ___    Vestibular  ___
            Impairments:  Proprioception ___   Vestibular ___   Postural control ___   Coordination ___
            PNF D1/D2 LE patterns w/ manual resist 2 x 10 ea; stride-stance perturbations A/P.
            Measures: Berg 45/56; TUG 13.8 s
            1:1: X
            """,
            ["R26.81"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // Y/N field answered "N": one-on-one not stated (it is denied); technique, postural-control deficit and tandem-gait times are all there.
        ["c2-yn-field-answered-n"] = new(
            """
            Tx: NMR 97112 – 23 min
            Activity: tandem walking on 4" beam fwd/bwd, SLS on rocker board w/ head turns, obstacle course w/ dual-task (naming animals)
            Targets: impaired dynamic postural control under dual-task, decreased gait automaticity s/p concussion
            Outcome: tandem gait dual-task 24.1 s (single-task 15.3 s)
            One-on-one (Y/N): N
            """,
            ["S06.0X0D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // [X] ticked exercises with sets/reps/loads, ticked focus "R hip abductor weakness", MMT; the unticked item is ignored: passes.
        ["c2-97110-ticked-exercises"] = new(
            """
            Ther Ex (97110)  Time: 18 min
            [X] Bridges 3 x 15
            [X] Clamshells RTB 3 x 12 B
            [ ] Prone hip ext
            [X] Sidelying hip abd 2# 3 x 10 R
            [X] Monster walks GTB 3 laps
            Focus: [X] R hip abductor weakness  [ ] knee  [ ] ankle
            R hip abd 3+/5 → 4-/5 since IE
            """,
            ["M16.11", "M62.81"], [PT("97110", 18)], []),

        // Copy-forward exercise list left entirely unticked: nothing done is documented; the rest is generic ("tolerated", "continue POC").
        ["c2-97110-all-unticked"] = new(
            """
            Ther Ex (97110)  Time: 15 min
            [ ] Bridges 3 x 15
            [ ] Clamshells RTB 3 x 12 B
            [ ] Sidelying hip abd 2# 3 x 10
            [ ] Monster walks GTB 3 laps
            Focus: [ ] hip  [ ] knee  [ ] ankle
            Pt tolerated session w/o complaints. Continue POC.
            """,
            ["M16.11"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Copy-forward outcome fields left blank ("Berg ___/56"): no measure; technique, ankle proprioception deficit and 1:1 stated.
        ["c2-blank-outcome-fields"] = new(
            """
            NEURO RE-ED 97112   Minutes: 20   1:1 w/ PT: Yes
            Interventions: perturbation training in tandem stance, BAPS CW/CCW, foam SLS w/ reaching
            Deficit: decreased R ankle proprioception and delayed peroneal response
            Outcome measures (copy fwd):  Berg ___/56   TUG ____ s   SLS R ____ s   L ____ s
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Unticked 97530 row still carries copied-forward "15 min" but no 97530 line is billed; only 97110 (20, matches) is: complete 97110, passes.
        ["c2-unticked-code-row-with-minutes"] = new(
            """
            Timed services
            [x] 97110 Ther ex ........ 20 min
            [ ] 97530 Ther act ....... 15 min
            [ ] 97140 Manual ......... __ min
            Ther ex: sit-to-stand from 18" w/o UE 3 x 8, heel raises 3 x 15, standing hip abd w/ 2# 2 x 12, for B LE weakness limiting community ambulation; 30-s chair stand 9 reps (7 at IE).
            """,
            ["M62.81", "R26.81"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Tai Ji Quan: Moving for Better Balance is a named balance program (technique); limits-of-stability deficit, FRT/Mini-BEST, one-on-one: passes.
        ["c3-tai-ji-quan-mbb"] = new(
            "97112 NMR 25 min, one-on-one w/ PT. Tai Ji Quan: Moving for Better Balance – forms 1–4 w/ emphasis on weight transfer and single-leg phase, "
            + "progressed to eyes on moving target. For reduced limits of stability (anterior/lateral) and slow weight transfer. FRT 8 in (5.5 in at IE); Mini-BESTest 20/28.",
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // PWR!Moves (a Parkinson's amplitude program) named with its moves; hypokinesia/festination deficits, turn steps/seconds and TUG, 1:1: passes.
        ["c3-pwr-moves"] = new(
            "Neuro re-ed 97112 30 min 1:1. PWR!Moves in standing: PWR!Up, PWR!Rock, PWR!Twist, PWR!Step, 2 x 10 each w/ max amplitude cueing; transitioned to PWR!Step "
            + "during gait w/ 180° turns. Targets hypokinesia, reduced trunk rotation and festination on turns (PD H&Y 2.5). 180° turn 7 steps / 3.9 s "
            + "(10 steps / 5.6 s last month); TUG 11.8 s.",
            ["G20.A1"], [PT("97112", 30)], []),

        // FIFA 11+ is a named neuromuscular program; landing valgus/knee control deficit, LESS and hop distance, 1:1: passes.
        ["c3-fifa-11-plus"] = new(
            "NMR 97112 20 min 1:1: FIFA 11+ part 2 progression – single-leg stance w/ ball pass, squats w/ toe raise, lateral/forward jumps w/ soft landing, "
            + "partner perturbations in SLS. For dynamic knee valgus on landing and poor L hip/knee neuromuscular control 7 mo s/p L ACLR. "
            + "LESS 5 (8 at last re-eval); SL hop L 142 cm (R 158 cm).",
            ["S83.512D"], [PT("97112", 20)], []),

        // 97140: Mulligan MWM and Kaltenborn distraction are named manual techniques; R lateral elbow region; grip kg numbers: passes.
        ["c3-mulligan-mwm-97140"] = new(
            "Manual 97140 x 12 min: Mulligan MWM – lateral glide of R elbow w/ pain-free gripping 3 x 10, then Kaltenborn grade III distraction of R radiocarpal jt, "
            + "for R lateral elbow pain and restricted grip. Pain-free grip R 18 kg → 24 kg post-MWM.",
            ["M77.11"], [PT("97140", 12)], []),

        // 97110: the Alfredson eccentric heel-drop protocol with sets/reps/load; R Achilles tendinopathy; VISA-A and heel-raise counts: passes.
        ["c3-alfredson-97110"] = new(
            "TE 97110 20 min: Alfredson eccentric heel-drop protocol on step, straight-knee and bent-knee, 3 x 15 each, w/ 10-lb backpack; concentric calf raises B 2 x 15. "
            + "For R mid-portion Achilles tendinopathy. VISA-A 58/100 (44 at IE); single-leg heel raise R 18 reps (L 27).",
            ["M76.61"], [PT("97110", 20)], []),

        // 97116: Lokomat robotic-assisted locomotor training with BWS %, speed, guidance; reciprocal stepping deficit after SCI; WISCI II level: passes.
        ["c3-lokomat-97116"] = new(
            "Gait trng 97116 x 30 min: Lokomat robotic-assisted locomotor training, BWS 40% → 35%, 1.8 km/h, guidance force 70% B, 2 bouts; then overground stepping "
            + "in parallel bars w/ max A for L limb advancement. For incomplete T10 SCI w/ impaired reciprocal stepping and L foot clearance. WISCI II level 6.",
            ["G82.22"], [PT("97116", 30)], []),

        // Herdman VOR adaptation progression named, vestibular deficit, 1:1 — but the only outcome is the patient's report: no objective measure with a number.
        ["c3-herdman-no-measure"] = new(
            "NMR 97112, 20 min, seen 1:1. Herdman VOR adaptation progression: head turns while fixating on target, progressed from plain to busy background, "
            + "standing on firm then foam; habituation to rolling and bending. For R vestibular hypofunction w/ motion-provoked dizziness. "
            + "Pt reports less dizziness w/ head turns since last visit.",
            ["H81.21"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97140: strain-counterstrain and muscle energy named with holds/contractions (parameters), but no body region or impairment is said.
        ["c3-counterstrain-no-region"] = new(
            "97140 Manual x 8 min: strain-counterstrain to 4 tender points, 90 s holds each, then muscle energy technique 3 x 5 s contractions. Tolerated well.",
            ["M54.50"], [PT("97140", 8)], [At(Deficit, "97140")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "Pt hikes R hip and circumducts R LE in swing due to decreased R hip/knee flexor recruitment" is the deficit; PNF, step length, 10MWT, 1:1: passes.
        ["c4-hip-hike-circumduction"] = new(
            "NMR 97112 28 min 1:1. PNF D1 flexion R LE in sidelying and supine w/ rhythmic initiation, standing marching w/ controlled R knee flexion to target, "
            + "stepping over 6\" obstacle w/ tactile cue at R hamstrings. Pt hikes R hip and circumducts R LE in swing due to decreased R hip/knee flexor recruitment. "
            + "R step length 38 cm (L 52 cm); 10MWT 0.71 m/s.",
            ["I69.351"], [PT("97112", 28)], []),

        // OT 97112: "overshoots targets and shows intention tremor on finger-to-nose L" is the (ataxic) deficit; weighted reaching, rhythmic stabilization, 9-Hole Peg: passes.
        ["c4-overshoot-intention-tremor-ot"] = new(
            "OT – 97112 Neuromuscular re-ed 25 min, 1:1. Target reaching w/ 1-lb wrist weight L UE, rhythmic stabilization at L shoulder in sitting, slow-reversal PNF D2 UE "
            + "w/ visual target. Pt overshoots targets and shows intention tremor on finger-to-nose L, worse w/ speed. 9-Hole Peg L 52 s (61 s at eval).",
            ["R27.0"], [OT("97112", 25)], []),

        // "Falls to the R within seconds when eyes close on foam (over-reliance on vision)" is the sensory-organization deficit; mCTSIB, one-on-one: passes.
        ["c4-visual-dependence"] = new(
            "97112 NMR x 20 min, one-on-one. Sensory reweighting: EC stance on foam w/ CGA, standing in front of moving optic-flow video, head turns on foam. "
            + "Pt falls to the R within seconds when eyes close on foam (over-reliance on vision, poor use of vestibular input). mCTSIB cond 4: 7 s (3 s at IE); cond 3: 30 s.",
            ["R26.81"], [PT("97112", 20)], []),

        // "Retropulsion on pull test" is the deficit with its sign; backward stepping strategy with perturbations; step counts and Mini-BEST subscore; 1:1: passes.
        ["c4-retropulsion-pull-test"] = new(
            "NMR 97112 – 23 min – 1:1 PT. Backward stepping strategy drills w/ therapist-applied posterior perturbations at pelvis, large-step backward walking w/ auditory cue, "
            + "sit-to-stand w/ forward weight-shift cueing. Retropulsion on pull test (took 4 steps back, needed assist to recover); today 2 steps w/o assist after training. "
            + "Mini-BESTest reactive section 2/6.",
            ["G20.A1"], [PT("97112", 23)], []),

        // 97110: "R Trendelenburg (contralateral pelvic drop) in R stance from R glute med weakness" is the impairment; named exercises with loads/reps, MMT: passes.
        ["c4-trendelenburg-97110"] = new(
            "TE 97110 x 20 min: sidelying hip abd 3# 3 x 12 R, lateral band walks GTB 3 laps, SL bridges 3 x 8 R, step-downs 4\" w/ mirror 2 x 10. "
            + "Pt shows R Trendelenburg (contralateral pelvic drop) in R stance from R glute med weakness. R hip abd 3+/5.",
            ["M16.11"], [PT("97110", 20)], []),

        // 97116: "steppage gait on R w/ toe drag in terminal swing (R foot drop)" is the gait impairment; AFO gait training, distances, SBA, gait speed: passes.
        ["c4-steppage-foot-drop-97116"] = new(
            "Gait training 97116 – 18 min: amb w/ R posterior leaf AFO 3 x 150 ft on tile and carpet, SBA, then w/o AFO 1 x 40 ft for comparison; cues for heel-first contact. "
            + "High-stepping steppage gait on R w/ toe drag in terminal swing (R foot drop, DF 2/5). Gait speed w/ AFO 0.88 m/s.",
            ["M21.371"], [PT("97116", 18)], []),

        // Techniques, Berg/TUG and 1:1 present, but "improve function and safety at home" names no neuromuscular deficit or system.
        ["c4-goal-only-no-deficit"] = new(
            "NMR 97112 x 20 min 1:1 w/ PT: perturbation training in tandem and SLS, BAPS board CW/CCW, foam stance w/ ball toss. "
            + "Goal: improve function and safety at home. Berg 48/56; TUG 12.4 s.",
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // 97116: device, distances, surfaces and SBA, but no gait impairment, region or functional goal is stated.
        ["c4-gait-no-deficit-97116"] = new(
            "Gait trng 97116 x 15 min: amb 250 ft x 2 w/ SPC in L hand, SBA, on tile and carpet, and 4 stairs w/ 1 rail, SBA.",
            ["R26.2"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // "Recovered w/ single step on 9 of 12 trials (6 of 12 last visit)" is the measure; reactive balance techniques, compensatory stepping deficit, 1:1: passes.
        ["c5-k-of-n-trials"] = new(
            "97112 NMR 22 min 1:1. Reactive balance: unannounced lean-and-release and lateral pushes in stance, treadmill slip simulation at 1.0 mph w/ harness. "
            + "For delayed compensatory stepping (posterior/lateral). Recovered w/ single step on 9 of 12 trials (6 of 12 last visit).",
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // "Obstacle clearance successful 80% of trials (55% last week)": a percentage measure; precision stepping, foot clearance/motor planning deficit, 1:1: passes.
        ["c5-percent-successful"] = new(
            "NMR 20 min 1:1 (97112): obstacle step-over on foam path w/ dual-task, precision stepping to floor targets, for decreased foot clearance and impaired "
            + "motor planning of L LE after TBI. Obstacle clearance successful 80% of trials (55% last week).",
            ["S06.2X0D"], [PT("97112", 20)], []),

        // 97530 whose only measure is the assistance level ("mod A → min A", "CGA"), which the contract counts for 97530; tasks and functional goal named: passes.
        ["c5-assist-arrow-97530"] = new(
            "Ther act 97530 x 28 min: bed mobility supine<>sit w/ HOB flat using log-roll technique, sit<>stand and stand-pivot toilet transfer w/ grab bar. "
            + "Supine→sit mod A → min A this wk; toilet transfer CGA w/ grab bar. Goal: return home w/ spouse able to assist safely.",
            ["M62.81", "Z74.09"], [PT("97530", 28)], []),

        // "LOB x3 during tandem beam walk today (x7 last visit)": a count against last visit; beam/head-turn walking, ataxic gait deficit, 1:1: passes.
        ["c5-lob-count-vs-last-visit"] = new(
            "NMR 97112 25 min 1:1: tandem walk on 4-in beam fwd/bwd, walking w/ horizontal/vertical head turns, figure-8 walking around cones, "
            + "for cerebellar ataxia w/ wide-based staggering gait. LOB x3 during tandem beam walk today (x7 last visit).",
            ["R27.0", "R26.0"], [PT("97112", 25)], []),

        // 97116 in metres: "2 x 45 m", "1 x 30 m", SBA; shuffling/flexed gait deficit; cues and device named: passes.
        ["c5-distance-metres-97116"] = new(
            "GT 97116 20 min: amb 2 x 45 m w/ 4WW indoors, 1 x 30 m outdoors on ramp, SBA, VC for step length and upright trunk, for short shuffling steps and flexed posture.",
            ["R26.2"], [PT("97116", 20)], []),

        // 97110 whose only numbers are parameters (load, sets, reps, hold): the contract counts them as the measure; region/impairment stated: passes.
        ["c5-params-only-97110"] = new(
            "97110 ther ex 15 min: goblet squat 8 kg 3 x 10, RDL w/ 8 kg KB 3 x 10, wall sit 3 x 40 s hold, for R knee extensor weakness after meniscectomy.",
            ["S83.241D"], [PT("97110", 15)], []),

        // "Fewer losses of balance than last visit and steadier on foam": progress without a number is not an objective measure.
        ["c5-progress-without-number"] = new(
            "Neuro re-ed 97112 30 min, 1:1. Perturbation training in stride stance and on rocker board, foam tandem stance w/ head turns, for impaired postural control "
            + "and slowed protective stepping. Pt had fewer losses of balance than last visit and was steadier on foam.",
            ["R26.81"], [PT("97112", 30)], [At(Measure, "97112")]),

        // Numbers that are not measures (age, weeks since onset, visit frequency); PNF technique, motor recruitment deficit, 1:1 present.
        ["c5-numbers-not-measures"] = new(
            "78 y/o F, 6 wk s/p L MCA CVA, seen 2x/wk. NMR 97112 x 25 min 1:1: PNF D2 UE flexion/extension R w/ manual resistance, weight bearing through R UE in sitting "
            + "w/ reach L. For impaired R UE motor recruitment and scapular control. Family present, HEP updated.",
            ["I69.351"], [PT("97112", 25)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Pipe table with a "Min" column (no unit): 23 / 15 / 8 match the three lines; each row complete, 1:1 in the NMR row: passes.
        ["c6-pipe-table-min-column"] = new(
            """
            | CPT   | Service        | Min | Detail |
            |-------|----------------|-----|--------|
            | 97112 | Neuro re-ed    | 23  | rhythmic stabilization in half-kneel, perturbations on rocker board A/P, for impaired postural control and R ankle proprioception; SLS R 9 s (5 s at IE); 1:1 w/ PT |
            | 97110 | Ther ex        | 15  | heel raises 3 x 15, R ankle eversion RTB 3 x 15, step-ups 6" 2 x 10 for R ankle evertor/calf weakness; eversion 4-/5 |
            | 97140 | Manual therapy | 8   | talocrural posterior glides gr III, STM R peroneals, for R ankle DF restriction; DF 6° → 10° |
            """,
            ["S93.401D"], [PT("97112", 23), PT("97110", 15), PT("97140", 8)], []),

        // Tab-separated flowsheet with a "Minutes" column: 97116 15 and 97530 20 match; gait and transfer rows complete: passes.
        ["c6-tab-flowsheet"] = new(
            "Code\tService\tMinutes\tDetail\n"
            + "97116\tGait training\t15\tamb 3 x 100 ft w/ SPC, CGA → SBA, cues for heel strike and equal step length, for antalgic gait/decreased L stance time s/p L THA\n"
            + "97530\tTher activities\t20\tcar transfer w/ hip kit, curb up/down w/ SPC x 4, picking items from floor w/ reacher, min A → SBA, to return to community errands",
            ["Z96.642", "Z47.1"], [PT("97116", 15), PT("97530", 20)], []),

        // Aligned columns: the note gives ther ex 18 min but the 97110 line bills 23; NMR 25 matches; "Total timed 43" belongs to neither code.
        ["c6-aligned-columns-mismatch"] = new(
            """
            Service                    CPT     Min
            Neuromuscular re-ed        97112   25
            Therapeutic exercise       97110   18
            Total timed                        43
            NMR: PNF D1/D2 LE patterns, tandem stance on foam w/ head turns, for impaired proprioception/postural control B LE (peripheral neuropathy). Berg 46/56.
            TE: seated knee ext 3# 3 x 12, standing hip abd 2 x 12, heel raises 3 x 15, for B LE weakness (hip abd 4-/5).
            1:1 all timed services.
            """,
            ["E11.42"], [PT("97112", 25), PT("97110", 23)], [At(Mismatch, "97110")]),

        // "Began with 10 min of ther ex …, then 25 min of neuro re-ed …, and finished with 8 min of manual": each number is the activity after it; all match: passes.
        ["c6-then-sequence"] = new(
            "Began with 10 min of ther ex (recumbent bike warm-up, then SLR 3 x 10, bridges 3 x 12 for L hip/knee weakness, L quad 4-/5), then 25 min of neuro re-ed "
            + "(PNF D1 LE patterns, lateral weight shift onto L w/ perturbations, stepping over hurdles, for impaired L LE motor control and delayed weight acceptance; TUG 15.2 s), "
            + "and finished with 8 min of manual (patellar mobs and STM to L quad/ITB for L knee flexion restriction; flex 102° → 110°). Entire session 1:1.",
            ["Z96.652", "R26.81"], [PT("97110", 10), PT("97112", 25), PT("97140", 8)], []),

        // "15 min of gait training followed by 10 min of manual therapy": the manual line bills 12, so 97140 mismatches; gait 15 matches.
        ["c6-then-sequence-mismatch"] = new(
            "15 min of gait training followed by 10 min of manual therapy. Gait: amb 200 ft x 3 w/ RW → SPC, CGA, cues for heel-toe and knee extension at IC, "
            + "for R flexed-knee gait s/p R TKA. Manual: R tibiofemoral ext mobs gr III-IV and patellar sup glides for R knee ext deficit; ext lag -8° → -4°.",
            ["Z96.651"], [PT("97116", 15), PT("97140", 12)], [At(Mismatch, "97140")]),

        // "TA 18 min" and "GT 12 min" are the usual abbreviations of 97530 and 97116; both match; both sections complete: passes.
        ["c6-ta-gt-abbreviations"] = new(
            """
            TA 18 min: sit-to-stand from low couch w/o UE 3 x 8, floor-to-chair transfer practice via half-kneel, carrying 5# grocery bag 50 ft, to return to indep home mgmt; floor transfer min A → SBA.
            GT 12 min: amb 300 ft w/ SPC incl 2 doorway thresholds, SBA, cues for step-through, for decreased R step length after fall and R hip fx. Gait speed 0.82 m/s.
            """,
            ["S72.001D", "Z91.81"], [PT("97530", 18), PT("97116", 12)], []),

        // "Ther act – 20 mins" matches 97530, "MT – 9 mins" does not match the 12-min 97140 line.
        ["c6-ther-act-mt-mins-mismatch"] = new(
            "Ther act – 20 mins: overhead reaching to cupboard w/ 2# cans 3 x 10, laundry basket lift waist-to-shelf 2 x 8, for return to kitchen tasks w/ R shoulder. "
            + "MT – 9 mins: GH inferior/posterior glides gr III, scapular mobs in sidelying, for R shoulder capsular restriction; flex 132° → 141°.",
            ["M75.01"], [PT("97530", 20), PT("97140", 12)], [At(Mismatch, "97140")]),

        // "TE/NMR x 35 min" is one combined time for two timed codes: separate time missing; the 35 is neither code's, so no mismatch. Content and 1:1 complete.
        ["c6-combined-time"] = new(
            "TE/NMR x 35 min, 1:1. TE: hip abd SL 3 x 12 B, mini squats 3 x 10, heel raises 2 x 20 for B hip/ankle weakness, hip abd 4-/5. "
            + "NMR: rocker board A/P, tandem stance on foam w/ head turns, perturbations in stride stance, for delayed postural responses and reduced ankle proprioception B. Berg 47/56.",
            ["R26.81"], [PT("97110", 15), PT("97112", 20)], [SepTime]),

        // Three timed codes; NMR (23) and TE (12) have minutes, the manual section has none: separate time missing. Content complete, 1:1.
        ["c6-three-codes-manual-untimed"] = new(
            """
            NMR (97112) 23 min, 1:1: cervical joint position error retraining w/ head laser, smooth pursuit w/ head still, for cervicogenic dizziness and impaired cervical proprioception; JPE 6.5 cm (9 cm IE).
            TE (97110) 12 min: deep neck flexor endurance w/ pressure biofeedback 10 x 10 s, scapular rows GTB 3 x 15, for DNF and scapular weakness.
            Manual: suboccipital release, C1-2 SNAGs, for restricted upper cervical rotation; rot R 55° → 64°.
            """,
            ["M54.2", "R42"], [PT("97112", 23), PT("97110", 12), PT("97140", 8)], [SepTime]),

        // One timed code (97112, 30) and "Treatment: 40 minutes" with no code: the note's time is 97112's and differs.
        ["c6-single-code-uncoded-mismatch"] = new(
            "Treatment: 40 minutes. NMR: gaze stabilization X1 viewing on foam, dynamic gait w/ head turns and pivots, standing on foam EC, for bilateral vestibular "
            + "hypofunction w/ oscillopsia. FGA 16/30 (12/30 at IE). Seen 1:1.",
            ["H81.23"], [PT("97112", 30)], [At(Mismatch, "97112")]),

        // Hot pack "(97010) x 10 min" is the untimed code's; the only timed code (97110, 22) gets the uncoded "22 min"; matches and content complete: passes.
        ["c6-hot-pack-then-uncoded-exercise"] = new(
            """
            Moist hot pack (97010) to lumbar region x 10 min pre-tx.
            Then 22 min therapist-directed ex: prone press-ups 2 x 10, bird-dog 3 x 8 w/ 5 s hold, dead-bug 3 x 10, hip hinge dowel drill 2 x 10, for lumbar extensor endurance deficit and poor lumbopelvic control limiting lifting. Biering-Sorensen hold 48 s (31 s IE).
            """,
            ["M54.50"], [PT("97010", 10), PT("97110", 22)], []),

        // Minutes after a long bracketed description ("Neuromuscular re-education (…) – 18 minutes"); both match; content and one-on-one complete: passes.
        ["c6-minutes-after-description"] = new(
            "Neuromuscular re-education (PNF rhythmic initiation for rolling and sit-to-stand, weight-shift training in standing w/ tactile cues, for impaired motor planning "
            + "and initiation in PD) – 18 minutes. Therapeutic exercise (seated trunk rotation w/ dowel 2 x 10, standing hip ext and abd 2 x 12 B, for trunk rigidity and "
            + "hip extensor weakness, hip ext 4-/5) – 12 minutes. Both services one-on-one. 5xSTS 14.6 s.",
            ["G20.A1"], [PT("97112", 18), PT("97110", 12)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note, one profiled code: DOC_NOTE_MISSING on 97112 and nothing else.
        ["c7-empty-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 20)], [At(NoteMissing, "97112")]),

        // Whitespace-only note, three timed codes: missing on the two profiled codes (97112, 97110), none on 97035; no separate-time finding on an empty note.
        ["c7-whitespace-three-codes"] = new(
            "   \n   \n",
            ["M17.11"], [PT("97112", 20), PT("97110", 15), PT("97035", 8)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A tab alone is empty; no diagnosis either, and the diagnosis check still runs.
        ["c7-tab-only-no-dx"] = new(
            "\t",
            [], [PT("97116", 23)], [At(NoteMissing, "97116"), Dx]),

        // Empty note on a visit with only unprofiled codes (97035, G0283): DOC_NOTE_MISSING fires only on profiled codes, so nothing.
        ["c7-empty-unprofiled-codes-only"] = new(
            "",
            ["M75.41"], [PT("97035", 10), PT("G0283", 15)], []),

        // "See flowsheet" is not empty: judged on content it has no technique, deficit, measure or minutes for either code, only generic words.
        ["c7-see-flowsheet-two-codes"] = new(
            "See flowsheet. Tolerated tx well.",
            ["M62.81"], [PT("97530", 20), PT("97110", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // 97110: exercises with loads/reps named, but no body region, impairment or functional goal targeted.
        ["c7-97110-exercises-no-target"] = new(
            "TE 97110 x 20 min: goblet squats 20# 3 x 10, TRX rows 3 x 12, farmer carries 2 x 100 ft w/ 25# each hand, Pallof press GTB 3 x 10 each side.",
            ["M62.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // 97530: tub-bench and car transfers named, bathing goal stated, but no assistance level, repetitions or any number.
        ["c7-97530-no-measure"] = new(
            "Ther act 97530 x 25 min: practiced tub-bench transfer in/out of tub and car transfer in clinic car, maintaining posterior hip precautions, "
            + "so pt can bathe at home w/o her husband's help.",
            ["Z96.641", "Z47.1"], [PT("97530", 25)], [At(Measure, "97530")]),

        // 97140: named glides, contract-relax and STM, R posterior shoulder tightness, IR degrees and HBB level: passes.
        ["c7-97140-complete"] = new(
            "MT 97140 x 12 min: gr III-IV posterior and inferior GH glides, sleeper-position stretch w/ contract-relax, STM to R infraspinatus/teres minor, "
            + "for R posterior shoulder tightness limiting IR. IR 35° → 48° post; HBB L3 → L1.",
            ["M75.01"], [PT("97140", 12)], []),

        // 97140: STM and cross-friction named, L lateral knee restriction stated, but no parameter or number (subjective "less tightness" only).
        ["c7-97140-no-measure"] = new(
            "Manual therapy 97140 x 10 min: STM and cross-friction massage to L lateral hamstring tendon and distal ITB for L lateral knee soft-tissue restriction. "
            + "Pt reported less tightness afterwards.",
            ["M76.32"], [PT("97140", 10)], [At(Measure, "97140")]),

        // 97116 described only generically: no gait training named, no impairment, no distance/assistance/number.
        ["c7-97116-generic"] = new(
            "97116 x 15 min per POC. Pt tolerated well, progressing as expected.",
            ["R26.2"], [PT("97116", 15)], [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // 97116 stair training: steps, rail, step-to pattern, SBA/CGA, L knee weakness limiting stair descent: passes.
        ["c7-97116-stairs-complete"] = new(
            "GT 97116 20 min: stair training 12 steps x 2 w/ L rail, step-to pattern up w/ R and down w/ L, SBA; curb up/down w/ SPC, CGA; "
            + "for L knee flexor/extensor weakness limiting stair descent s/p L TKA.",
            ["Z96.652"], [PT("97116", 20)], []),

        // ---------------------------------------------------------------- ordinary notes

        // SOAP with two timed codes, each with its minutes; NMR techniques/deficits, TE exercises/region, Mini-BEST and chair stand, 1:1: passes.
        ["ord-soap-nmr-te"] = new(
            """
            S: Pt reports 1 near-fall getting out of car Sat. Dizziness 0/10.
            O: 97112 Neuromuscular re-ed 23 min (1:1): stepping strategy training w/ manual perturbations A/P/lateral, SLS on foam w/ contralateral reach, tandem walk w/ head turns. Deficits: delayed lateral stepping response, decreased somatosensory use on compliant surfaces.
            97110 Ther ex 15 min: sit-to-stand from 17" 3 x 10 w/o UE, standing hip abd 3# 3 x 10 B, heel raises 3 x 15, for B hip abductor and plantarflexor weakness (hip abd 4-/5).
            Measures: Mini-BESTest 19/28 (16/28 at IE); 30-s chair stand 11 reps.
            A: Progressing; reactive lateral stepping still slow.
            P: Add unexpected perturbations; progress HEP.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // PTA bullet list: 1:1 by PTA, gaze stabilization and foam EC, vestibular hypofunction/visual dependence, DGI/DHI; "tolerated well" beside specifics: passes.
        ["ord-pta-bullets-vestibular"] = new(
            """
            PTA Treatment Note – 97112 (25 min)
            • Seen 1:1 by PTA for full session
            • Gaze stabilization: X1 viewing, horizontal & vertical, seated → standing on foam, 3 x 60 s each
            • Standing balance on foam w/ EC, 4 x 30 s, CGA
            • Walking w/ head turns 4 x 50 ft, SBA
            • Addressing: L vestibular hypofunction, visual dependence on compliant surface
            • DGI 18/24 (16/24 last wk); DHI 36
            • Tolerated well; no ↑ symptoms >2/10
            """,
            ["H81.22"], [PTA("97112", 25)], []),

        // Heavy abbreviation with prime minutes (20', 15'); NMR and GT both complete (PNF/foam, ↓ motor recruit; device, CGA, recurvatum, BBS and gait speed); 1:1: passes.
        ["ord-abbrev-nmr-gt"] = new(
            """
            NMRE 97112 x 20': PNF D1/D2 R LE w/ man resist, R SLS on foam w/ UE support → no UE, lat wt shift onto R w/ TC @ pelvis, for ↓ R LE motor recruit & postural ctrl s/p L CVA. BBS 41/56 (37 IE). 1:1.
            GT 97116 x 15': amb 150 ft x 2 w/ hemi-walker → quad cane, CGA, VC for R heel strike & knee ctrl; R genu recurvatum in stance. GS 0.42 m/s.
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 15)], []),

        // OT dictated 97530: dressing/grooming activities, independence goal, assistance level min A down from mod A; 30 minutes matches: passes.
        ["ord-dictated-ot-97530"] = new(
            "OT visit, dictated. Patient was seen for therapeutic activities for 30 minutes. We practiced upper-body and lower-body dressing seated at the edge of the bed "
            + "using a reacher and sock aid, then grooming at the sink in standing with one hand on the counter. She needed minimal assistance for lower-body dressing, "
            + "down from moderate assistance last week, and stood at the sink with contact guard. The goal is independent dressing so she can return home alone.",
            ["M62.81", "Z74.09"], [OT("97530", 30)], []),

        // Arrow-heavy post-TKA 97110: named exercises with holds/loads, ROM deficit and quad inhibition, AROM and lag numbers: passes.
        ["ord-arrows-tka-97110"] = new(
            "97110 TE x 30 min → heel slides w/ strap 3 x 15, quad sets 5 s hold x 20, SAQ 3# 3 x 12, bike full revs, prone knee hang 3 x 60 s; "
            + "for R knee flex/ext ROM deficit + quad inhibition s/p R TKA (POD 19). AROM 5→108° today (10→95° last wk); quad lag 10° → 5°.",
            ["Z96.651", "Z47.1"], [PT("97110", 30)], []),

        // Evaluation (97161, untimed, its 30 min by its code) plus one timed 97112 (15 min, coded): foam/perturbations, somatosensory deficit, tandem seconds, 1:1: passes.
        ["ord-eval-plus-nmr"] = new(
            """
            PT eval, low complexity (97161): 30 min – 3 falls in 6 mo; findings: decreased ankle/hip strategies, impaired somatosensation B feet (monofilament absent 4/10 sites), Berg 42/56, TUG 16.8 s. POC 2x/wk x 8 wk.
            NMR (97112): 15 min, 1:1, after eval – foam stance EO/EC w/ CGA 3 x 30 s, perturbations in stride stance, for impaired postural control and somatosensory loss; tandem stance 4 s.
            """,
            ["R26.81", "Z91.81"], [PT("97161", 30), PT("97112", 15)], []),

        // Neck SOAP: MT (97140) 10 min and TE (97110) 15 min by code; named mobs/exercises, cervical hypomobility and DNF weakness, ROM and endurance: passes.
        ["ord-neck-soap-mt-te"] = new(
            """
            S: Neck pain 4/10, HA less frequent (2 this wk vs 5).
            O: MT (97140) 10 min – suboccipital release, C2-3 R unilateral PA mobs gr III, STM R upper trap/levator, for R upper cervical hypomobility and muscle guarding. Cerv rot R 52° → 63°.
            TE (97110) 15 min – DNF chin-nod w/ pressure biofeedback 22→26 mmHg 10 x 10 s, prone Y/T 2 x 10, rows GTB 3 x 15, for deep neck flexor and lower trap weakness. DNF endurance 24 s.
            A: Good response to mobs.
            P: Progress DNF, add thoracic mobility.
            """,
            ["M54.2", "R51.9"], [PT("97140", 10), PT("97110", 15)], []),

        // Filled-in copy-forward template (values between underscores); TE row blank and not billed; NMR and GT complete, 1:1 Y: passes.
        ["ord-template-filled-nmr-gt"] = new(
            """
            NEURO DAILY NOTE
            Timed: NMR 97112 __25__ min   GT 97116 __15__ min   TE 97110 ____ min
            1:1 w/ PT: __Y__
            NMR techniques: __rhythmic stabilization (trunk), PNF pelvic patterns, reactive stepping w/ perturbations__
            NMR deficit: __impaired trunk postural control & L pelvic rotation timing (MS)__
            GT: __amb 2 x 200 ft w/ L AFO & SPC, SBA, cues for L hip flexion in swing; L toe drag__
            Measures: __MSWS-12 48; T25FW 9.8 s (11.2 s IE)__
            """,
            ["G35"], [PT("97112", 25), PT("97116", 15)], []),

        // Complete concussion 97112 that also has the generic closing phrases ("tolerated treatment well", "continue plan of care"): passes.
        ["ord-concussion-with-generic-closing"] = new(
            "97112 NMR 25 min one-on-one. Saccades and VOR x1 w/ metronome 120 bpm, standing on foam in busy hallway, ball toss w/ head turns while walking, "
            + "for post-concussion visual-vestibular mismatch and impaired gaze stability. VOMS total 9 (18 last wk); NPC 5 cm. "
            + "Pt tolerated treatment well, no adverse reaction. Continue plan of care.",
            ["S06.0X0D", "F07.81"], [PT("97112", 25)], []),

        // Ultrasound (97035) 8 min and ther ex (97110) 22 min, both by code; 97110 complete (exercises, gluteal tendinopathy, sets/holds, MMT): passes.
        ["ord-ultrasound-te"] = new(
            """
            Ultrasound (97035) 8 min: 1 MHz, 1.5 W/cm2, continuous, to R greater trochanteric region prior to ex.
            Ther ex (97110) 22 min: SL hip abd 3 x 12, clamshells GTB 3 x 15, side plank on knees 3 x 20 s, ITB/TFL stretch 3 x 30 s, for R gluteal tendinopathy and hip abductor weakness (hip abd 4-/5 R). Pain w/ SLS 3/10 (6/10 IE).
            """,
            ["M70.61"], [PT("97035", 8), PT("97110", 22)], []),

        // Parkinson's bullets: NMR 20 (1:1, cueing/turn strategy, freezing deficits, FOG-Q and freeze counts) and ther act 15 (bed mobility, floor recovery, assist levels, goal): passes.
        ["ord-pd-bullets-nmr-ta"] = new(
            """
            97112 NMR – 20 min – 1:1
             - large-amplitude stepping w/ visual floor stripes, clock-turn strategy training
             - dual-task walking w/ metronome cueing 100 bpm
             - targets: freezing at doorways, reduced step amplitude, turning hesitation
             - FOG-Q 12 (15 at IE); 3 freezes in 10 doorway passes (6/10 last wk)
            97530 Ther act – 15 min
             - bed mobility w/ satin sheet + bed rail: supine→sit min A → SBA
             - floor recovery practice (half-kneel → chair), CGA, 3 trials
             - goal: independent night-time toileting and safe fall recovery at home
            """,
            ["G20.A1", "R26.89"], [PT("97112", 20), PT("97530", 15)], []),

        // Paediatric CP: NMR 20 (rocker board, kneel-walking, anticipatory postural control/crouch, GMFM %, 1:1) and ther act 15 (stairs, curb, CGA, school goal): passes.
        ["ord-peds-cp-nmr-ta"] = new(
            """
            Peds PT. NMR 97112 20 min, 1:1: standing on rocker board w/ reaching, kneel-walking, PNF-facilitated weight shifts, for impaired anticipatory postural control and crouch in stance (spastic diplegia). GMFM dimension D 41% (36% last quarter).
            Ther act 97530 15 min: stair climbing 4 steps w/ rail in reciprocal pattern, stepping on/off curb during play, obstacle course carrying a ball, CGA, so child can keep up with peers at recess.
            """,
            ["G80.1"], [PT("97112", 20), PT("97530", 15)], []),

        // Unattended e-stim (G0283, untimed) 15 min by its code, one timed code 97110 25 min by its code; ther ex complete: passes.
        ["ord-estim-te"] = new(
            """
            Unattended e-stim (G0283), IFC to lumbar paraspinals x 15 min in hooklying.
            Ther ex (97110) x 25 min: prone press-ups 3 x 10, standing lumbar ext 2 x 10, bird-dog 3 x 10 w/ 3 s hold, bridges 3 x 15, for lumbar extensor weakness and flexion intolerance (centralizing L buttock pain). Sx centralized after 20 reps of ext.
            """,
            ["M54.16"], [PT("G0283", 15), PT("97110", 25)], []),

        // PTA 97110 15 and 97116 10, both coded with minutes; exercises/quad weakness/reps and gait distance/assistance/stiff-knee pattern: passes.
        ["ord-pta-te-gt"] = new(
            "PTA note – 97110 ther ex 15 min: step-ups fwd/lat 6\" 2 x 10 ea, standing TKE GTB 3 x 15, wall sits 3 x 30 s, for L quad weakness limiting stairs (L quad 4-/5). "
            + "97116 gait training 10 min: amb 2 x 250 ft no AD, indep on level, SBA on 12 stairs w/ reciprocal pattern and rail, cues to reduce L stiff-knee pattern.",
            ["Z96.652"], [PTA("97110", 15), PTA("97116", 10)], []),

        // Weak bullet list of generic phrases only, "w/ supervision" is not one-on-one: every 97112 content check fails.
        ["ord-bullets-generic-nmr"] = new(
            """
            Neuro re-ed 97112 – 20 min
            • balance activities
            • coordination drills
            • standing exercises w/ supervision
            • pt tolerated well
            • continue POC
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Weak 97530: "functional activities per POC" names no activity, goal or assistance level.
        ["ord-ta-generic"] = new(
            "Ther act x 20 min. Functional activities per POC. Pt tolerated well.",
            ["M62.81"], [PT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Complete 97110, but the second diagnosis is ICD-9 (715.36), not a well-formed ICD-10-CM code.
        ["ord-dx-icd9-beside-icd10"] = new(
            "TE 97110 20 min: quad sets 5 s hold x 15, SLR 3 x 10, mini squats 3 x 12, step-ups 4\" 2 x 10 for R quad weakness and pain w/ stairs (knee OA); "
            + "R quad 4-/5, 30-s chair stand 10 reps.",
            ["M17.11", "715.36"], [PT("97110", 20)], [Dx]),

        // Complete 97116 with no diagnosis at all.
        ["ord-no-diagnosis-97116"] = new(
            "GT 97116 x 18 min: amb 3 x 150 ft w/ RW → rollator, SBA, cues for upright posture and step length, for kyphotic flexed-trunk gait w/ short steps. Gait speed 0.64 m/s.",
            [], [PT("97116", 18)], [Dx]),

        // Copy-forward template with every field left blank and a generic closing: all 97112 content checks fail (15 min matches).
        ["ord-blank-template-nmr"] = new(
            """
            97112 NMR   Min: 15
            Technique: ______________
            Deficit addressed: ______________
            Objective measure: ______________
            1:1: ___
            Tolerated well. Continue POC.
            """,
            ["R26.89"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),
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
