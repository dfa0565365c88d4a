using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out
/// files (read for their format and to write styles, phrasings and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them. The notes are written the
/// way clinics that the earlier sets did not sample write them: dictated narrative prose (voice-to-text
/// in full sentences, no abbreviations, "period" / "comma" left in by the dictation software, minutes,
/// measures and parameters written as words, CPT codes mid-sentence), EMR auto-text templates ("Skilled
/// intervention provided: …", "Patient performed … with … assistance"), copied-forward sections with a
/// dated update under them, markdown-like notes (headings, <c>- [x]</c> task lists, <c>*</c> / <c>-</c>
/// bullets, bold labels, a pipe table), key=value boolean exports, (+)/(−) impairment screens, ON/OFF
/// toggles, "-- Select --" placeholders, filled-circle radios and an asterisk legend; orthopaedic post-op
/// and sports notes (ACL reconstruction and ACL-deficient perturbation training, TKA, THA, rotator-cuff
/// repair, reverse TSA, ankle ORIF, Achilles repair, GH instability, PFPS, tendinopathy), aquatic
/// sessions billed with land codes, lymphedema (CDT phase I, MLD for the leg and for head and neck) and
/// manual therapy (IASTM, thrust manipulation, joint-mobilisation grades, trigger-point release, neural
/// sliders), paediatric (Down syndrome, CP, DCD) and neuro notes (stroke, lateropulsion, Parkinson's,
/// SCI, bilateral vestibular loss, PPPD, cerebellar ataxia). Each note's DOC_* findings were judged by
/// hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h7-…): one-on-one stated in dictated prose, in auto-text, as "1 therapist : 1
/// patient" and for an OT's 97112; notes that negate it (an aquatic class, a copied-forward "1:1" that
/// today's dated update says was not so, a therapist writing another patient's evaluation during the
/// session) or never state it (voice-to-text, a school para's "1:1"); 97530 has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h7-…): markdown task lists ticked and unticked, key=value booleans, (+)/(−)
/// impairment screens (all negative is no deficit), ON/OFF toggles, a "Direct one-on-one: No"
/// breadcrumb, an unselected "-- Select --" assistance field, a filled-circle radio assistance level, an
/// asterisk legend;</item>
/// <item>class 3 (v3-h7-…): named protocols and programs as techniques (Fitzgerald perturbation training,
/// Ai Chi, Bad Ragaz ring method, Silbernagel Achilles loading, Universal Exercise Unit / TheraSuit,
/// CDT with Földi MLD, high-intensity gait training, CO-OP), one Rood-facilitation note with no number
/// and one Pilates-reformer 97110 with no target;</item>
/// <item>class 4 (v4-h7-…): deficits stated as findings (arthrogenic quadriceps inhibition with
/// extensor lag, shrug sign and painful arc, lateropulsion with its scale, oscillopsia and catch-up
/// saccades, antalgic gait with absent heel-off, pitting edema and a fist that lacks centimetres to the
/// palm) and notes that state none (a dictated 97140 with no region, a 97112 that names only the surgery
/// and a sport goal, a paediatric obstacle course with no goal);</item>
/// <item>class 5 (v5-h7-…): measures in their usual forms (a Berg score in words, hop-test LSI, buttoning
/// seconds, pressure-pain thresholds, a markdown re-assessment table, parameters in words, an auto-text
/// assistance level) and notes with none (dictated gaze work, a gait trainer "around the classroom",
/// IASTM with only "feels looser");</item>
/// <item>class 6 (v6-h7-…): minutes in words ("the first ten minutes … the remaining eighteen"), codes
/// mid-sentence ("we billed 97530 for 24 minutes … and 97140 for 9 minutes"), bold markdown code
/// bullets, auto-text "x 16 minutes"; true mismatches (thirty minutes in words, an asterisk PTA bullet,
/// "performed for 40 minutes" on a visit with one timed code) and truly missing separate time (a
/// copied-forward template whose MT minutes were never filled in, a dictated total, a third code without
/// minutes);</item>
/// <item>class 7 (v7-h7-…): empty notes on visits with one timed code (DOC_NOTE_MISSING on the profiled
/// line, nothing else but the diagnosis check), and the contract's meanings for the other codes: a
/// functional goal as 97116's target, assistance levels as 97530's only measure, a passive neural
/// slider as a 97140 technique, and wholly generic 97110 and 97112 notes;</item>
/// <item>ordinary (vord-h7-…): complete notes across these styles, codes and disciplines that a
/// reviewer passes (the false-positive guard), and weak ones that must fail.</item>
/// </list>
/// Where a visit has two timed codes and only one section lacks something, the case was left out unless
/// the whole note lacks it too (the contract reads one note for the visit); small minute differences were
/// left out as well (every mismatch here is five minutes or more). Every visit goes through the real
/// engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code, every line attested
/// one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no part
/// and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per
/// line and "RULE" per visit (separate time, diagnosis).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 77 of 96 cases agree (95 needed), and 10 of the 62 notes the reviewer passes got a finding,
/// at its first run on the analyzer of c584360 (the issue-18 work of the sessions before; the lead read
/// nothing of this file before that run). Written blind at the same time as the eighth set.
/// </para>
/// <para>
/// After: development data from that run on. The lead read its disagreements and fixed what they showed
/// as classes, each with new examples in NotesAsWrittenTests' seventh-set cases: numbers written as
/// words with their unit ("twenty seconds", "forty-four out of fifty-six", "three sets of ten"); a
/// negation's object ending at the next word that joins none of its terms ("without UE support compared
/// with 8 s last week") while a comma list stays negated ("no foam, balance beam or rocker board");
/// "held 20 s" as a duration, not a withheld service; a screen's "(−)" sign; a radio-button scale whose
/// ticked level is the measure; breadcrumb steps ("▸") as fields; a blank minutes field ("___ min") that
/// is no box for what follows; minutes joined to their service by "on"/"were"; "not 1:1"; a 1:1 para and
/// a parent's report as someone else's; CO-OP, shoe tying, return-to-sport drills, push toys, limb
/// volume, trigger-point pressure release. 96 of 96 then agree, no false positive. The eighth set, run
/// once after these fixes, measures them.
/// </para>
/// </summary>
public class HeldOutNotesIssue18SeventhTests(ITestOutputHelper output)
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

        // Dictated prose, "I treated Mr. Alvarez one on one for the entire twenty-four minutes": one-on-one and minutes (24, matches) in words; pushes/foam with head turns, neuropathic proprioception and delayed stepping, "six of ten" recoveries: passes.
        ["v1-h7-dictated-one-on-one-prose"] = new(
            "Neuromuscular re-education note, dictated. I treated Mr. Alvarez one on one for the entire twenty-four minutes of neuromuscular re-education today. "
            + "We started with unexpected pushes at the shoulders and pelvis in quiet standing to train his reactive stepping, then had him stand on a compliant "
            + "foam pad with his eyes closed while turning his head left and right. He still has reduced protective sensation and proprioception in both feet "
            + "from his diabetic neuropathy and a delayed stepping response to the left. Today he recovered with a single step on six of ten pushes to the left, "
            + "compared with three of ten two weeks ago. Next visit I plan to add pushes while he is walking.",
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // EMR auto-text ("Skilled intervention provided", "Patient performed … with … assistance") with "Therapist provided direct one-on-one treatment; no other patient was treated": foam beam/BOSU/PNF chops, L ankle proprioception after ORIF, SLS seconds: passes.
        ["v1-h7-emr-autotext-no-other-patient"] = new(
            """
            Skilled intervention provided: Neuromuscular Re-education (97112) – 25 minutes
            Patient performed tandem walking on foam beam with contact guard assistance.
            Patient performed single-leg stance on BOSU (dome up) with minimal assistance.
            Patient performed standing PNF D2 flexion/extension chops on Airex with stand-by assistance.
            Therapist provided direct one-on-one treatment; no other patient was treated during this service.
            Impairment addressed: decreased L ankle proprioception and anticipatory postural control following L trimalleolar ORIF.
            Objective: single-leg stance L 12 seconds on firm surface (R 30 seconds).
            """,
            ["S82.852D"], [PT("97112", 25)], []),

        // Aquatic 97112 run as a balance class "4 participants, 1 PT in water": not one-on-one; water tandem/turbulence/stepping, PD postural control and retropulsion, land tandem seconds and pull test present.
        ["v1-h7-aquatic-class-four-participants"] = new(
            """
            AQUATIC THERAPY — 97112 — 30 min
            Setting: therapy pool, aquatic balance class (4 participants, 1 PT in water, 1 aide on deck)
            Ex: tandem walking in chest-deep water fwd/back 4 lengths, SLS w/ therapist-made turbulence, multidirectional stepping to pool-floor targets, standing on submerged step w/ EC
            Target: ↓ postural control + retropulsion (PD)
            Land re-check after pool: tandem stance 9 s; pull test 2 steps to recover
            """,
            ["G20.A1", "R26.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // The copied-forward block says "pt seen 1:1 throughout" (02/26) but the dated update says today's NMR ran in a circuit with 2 other pts, "not 1:1 today": one-on-one fails; content complete.
        ["v1-h7-copied-forward-1to1-today-circuit"] = new(
            """
            === Carried forward from 02/26/2026 (reviewed) ===
            NMR 97112: pt seen 1:1 throughout. Weight shifts onto L LE in stride stance w/ mirror feedback, step-ups to 4-in step w/ L lead + tactile cue at L glute med, lateral stepping over cane.
            Deficit: ↓ L LE motor recruitment + L stance stability (R MCA CVA).
            === Update 03/04/2026 ===
            Today's NMR was run in the balance circuit w/ 2 other pts (1 PT) due to staffing — not 1:1 today. Same activities, 20 min.
            L SLS 4 s (2 s on 02/26); L WB 41% BW on scale.
            """,
            ["I69.354", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Paediatric Down syndrome note: the only "1:1" is the child's para at school; beam/stepping stones/wobble disc, hypotonia-related postural stability, SLS seconds and k of 4 present: one-on-one not stated for the session.
        ["v1-h7-peds-school-para-not-session"] = new(
            """
            Peds PT — 6 y/o w/ Down syndrome. Mom reports teacher wants more carryover; he has a 1:1 para at school for transitions and recess.
            NMR 97112 25 min: balance-beam walking (4-in wide) w/ HHA → no hands, stepping stones of varied heights, standing on wobble disc while popping bubbles overhead, kicking ball from static stance.
            For hypotonia-related ↓ postural stability and ↓ single-leg balance.
            SLS R 3 s, L 2 s; beam 8 ft w/o step-off 2 of 4 trials.
            """,
            ["Q90.9", "R26.89"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // OT's 97112 (the code, not the discipline, carries the check): "Client treated individually; OT hands-on for the full service with no other clients": PNF/approximation/tapping, L UE recruitment, FMA-UE: passes.
        ["v1-h7-ot-treated-individually"] = new(
            """
            OT — Neuromuscular re-ed (97112), 28 min. Client treated individually; OT hands-on for the full service with no other clients on the schedule.
            PNF D1 flexion pattern L UE w/ rhythmic initiation → active assist; closed-chain WB through L forearm on wedge w/ approximation + tapping to triceps; graded forward reach w/ trunk rotation to targets.
            Focus: L UE motor recruitment + scapular control after R MCA stroke (flexor synergy dominates reach).
            FMA-UE 31/66 (24/66 at eval).
            """,
            ["I69.354"], [OT("97112", 28)], []),

        // The PT wrote another patient's evaluation at the next plinth during the foam series: not one-on-one (and nothing states it); foam/tugs, somatosensory and reactive-stepping deficits, seconds and k of 5 present.
        ["v1-h7-therapist-documenting-other-patient"] = new(
            "Pt completed foam-stance series (feet together EO/EC, semi-tandem EC) and reactive stepping to light tugs at the gait belt. While she worked through "
            + "the foam series I completed another pt's eval write-up at the next plinth and checked her form between sets. Targets: ↓ somatosensory contribution "
            + "to balance, slow reactive stepping. Semi-tandem EC 14 s; 3/5 single-step recoveries to tugs. NMR 97112 22 min.",
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Dash bullets with "Format: individual, 1 therapist : 1 patient" (one-on-one as a ratio); VOR x1 on busy background/head-turn walking, L hypofunction, DVA lines and gait speed: passes.
        ["v1-h7-ratio-notation-bullets"] = new(
            """
            - Service: 97112 NMR | 23 min
            - Format: individual, 1 therapist : 1 patient
            - Interventions:
              - VOR x1 viewing, target on busy background, seated → standing on foam
              - walking w/ horizontal head turns, picking up cones on cue
            - Impairment: L vestibular hypofunction w/ gaze instability on head turns
            - Outcome: DVA 3 lines lost (5 at IE); head-turn gait speed 0.72 m/s
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // 97530 in open gym while the PT also supervised another patient: the contract's one-on-one check is for 97112 only; lifting/carrying/dryer tasks, reps and SBA, laundry goal: no DOC finding.
        ["v1-h7-97530-open-gym-no-check"] = new(
            """
            TA 97530 – 20 min – pt at functional-training station in open gym while PT also supervised 1 other pt
            Floor-to-waist lift of laundry basket (8 lb) x 8, carrying basket 40 ft x 3, reaching into low dryer from half-kneel x 6; SBA
            Goal: manage own laundry in basement apartment (↓ LE strength + endurance)
            """,
            ["M62.81", "Z74.09"], [PT("97530", 20)], []),

        // Voice-to-text with "period"/"comma"/"New paragraph" left in: rhythmic stabilization and rocker-board perturbations, R LE motor control/timing, half-kneel seconds; minutes match — but nothing says one-on-one.
        ["v1-h7-voice-to-text-unstated"] = new(
            "Neuromuscular re-education 20 minutes period. Patient worked on rhythmic stabilization in tall kneeling comma then half kneeling with the right leg "
            + "forward comma then standing on the rocker board with the therapist providing perturbations at the pelvis period. New paragraph. Impairment is right "
            + "lower extremity motor control and weight shift timing after left hemisphere stroke period. Right half kneel hold 20 seconds without upper extremity "
            + "support compared with 8 seconds last week period.",
            ["I69.351"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Markdown task list: "- [x] Treated 1:1 by PT for the entire service", ticked perturbation and VOR items (unticked ones ignored), stepping/vestibular deficit, FGA and k of 8: passes.
        ["v2-h7-markdown-tasklist-complete"] = new(
            """
            ### Neuro Re-ed (97112) — 22 min
            - [x] Treated 1:1 by PT for the entire service
            - [x] Lean-and-release perturbations (ant/lat)
            - [x] VOR x1 gaze stabilization, standing
            - [ ] Rocker board
            - [ ] Dual-task walking
            **Deficit:** delayed compensatory stepping; L vestibular hypofunction
            **Outcome:** FGA 19/30 (16/30 at IE); lean-and-release 5/8 single-step recoveries
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], []),

        // Markdown task list with "- [ ] Treated 1:1" unticked and "- [x] Concurrent (1 other pt)" ticked: not one-on-one; amplitude stepping/perturbations, PD deficits, TUG and pull test present.
        ["v2-h7-markdown-tasklist-1to1-unticked"] = new(
            """
            ## 97112 Neuromuscular re-education · 25 min
            - [ ] Treated 1:1
            - [x] Concurrent (1 other pt)
            - [x] Cued large-amplitude stepping to floor targets
            - [x] Perturbations in stride stance, backward pulls
            Targets: hypokinesia, ↓ backward protective stepping (PD)
            Results: TUG 11.8 s; backward pull test 3 steps to recover
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // key=value export with booleans "one_on_one=true / group=false", rhythmic stabilization and ball perturbations, SCI trunk control, FIST and hold seconds, minutes_97112=24 (matches): passes.
        ["v2-h7-keyvalue-boolean-export"] = new(
            """
            one_on_one=true
            group=false
            technique=rhythmic stabilization quadruped -> half-kneel; seated perturbations on therapy ball; tall-kneel ball toss
            deficit=trunk postural control + hip motor recruitment (incomplete T11 SCI)
            outcome=FIST 44/56 (36/56 IE); half-kneel hold 25 s each side
            minutes_97112=24
            """,
            ["G82.22"], [PT("97112", 24)], []),

        // "Assist level: -- Select --" and "Distance (ft): --" never filled in, and no other number: no measure for 97116; walker gait training, deviations and a night-time bathroom goal present.
        ["v2-h7-select-placeholder-97116"] = new(
            """
            Gait Training (97116) — 15 min
            Device: front-wheeled walker
            Assist level: -- Select --
            Distance (ft): --
            Pattern: step-to → step-through w/ cues
            Deviations: ↓ L stance time, trunk flexion, L hip hike in swing
            Goal: walk to the bathroom at night safely
            """,
            ["S72.002D"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Impairment screen with (+) ataxia and (+) ↓ proprioception (the (−) items are absent): deficit stated; heel-shin tracing, metronome stepping, tandem at counter; SARA and tandem seconds; 1:1: passes.
        ["v2-h7-plus-signs-impairments"] = new(
            """
            NMR 97112 | 23 min | 1:1 w/ PT
            Impairments: (+) ataxia L UE/LE   (+) ↓ proprioception L foot   (−) vestibular   (−) visual field cut
            Tx: heel-to-shin tracing to targets on floor, stepping into floor squares to a metronome beat, tandem stance at counter w/ fingertip support fading
            SARA 14/40 (17/40 at IE); tandem stance 7 s
            """,
            ["R27.0", "R26.0"], [PT("97112", 23)], []),

        // Every item of the impairment screen is (−) and no deficit is written anywhere else: no neuromuscular deficit; foam/beam/hurdle techniques, 1:1 and SLS seconds present.
        ["v2-h7-minus-signs-all-negative"] = new(
            """
            NMR 97112 — 20 min — pt treated 1:1
            Impairment screen: (−) proprioceptive loss  (−) vestibular signs  (−) ataxia  (−) sensory deficit  (−) motor control deficit
            Tx: single-leg stance on foam w/ ball toss, tandem walk on balance beam, stepping over hurdles w/ head turns
            SLS on foam R 15 s / L 14 s; beam 10 ft w/o step-off
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ON/OFF toggles: mobilization and STM ON (grades, oscillations, L shoulder capsular restriction, IR degrees), traction and contract-relax OFF: 97140 passes.
        ["v2-h7-on-off-toggles-97140"] = new(
            """
            Manual Therapy 97140 · 12 min
            Joint mobilization ........ ON   L GH posterior + inferior glides, gr III–IV, 3 x 30 oscillations
            Soft tissue mobilization .. ON   L infraspinatus/teres minor, pec minor
            Traction .................. OFF
            Contract-relax ............ OFF
            Impairment: L shoulder capsular restriction (adhesive capsulitis) — IR at 90° abd 20° pre → 32° post
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // Breadcrumb template "Attendance ▸ Direct one-on-one: No ▸ Supervised by PTA in gym: Yes": not one-on-one; Airex/foam beam/LOS reach, plantar sensation and LOS deficit, inches and seconds present.
        ["v2-h7-breadcrumb-direct-no"] = new(
            """
            Attendance ▸ Direct one-on-one: No ▸ Supervised by PTA in gym: Yes
            Neuromuscular re-ed (97112) ▸ 20 min
            ▸ Airex stance EC w/ head nods, sidestepping on 2-in foam beam, reach-and-return to LOS targets
            ▸ For ↓ plantar sensation and ↓ limits of stability (diabetic PN)
            ▸ LOS reach fwd 7 in; Airex EC 10 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT 97530 radio row "○ Indep ○ Mod I ● SBA ○ CGA …": the filled circle is the assistance level (the measure, the only one); dressing/tub-bench/reacher tasks and a hip-precaution ADL goal: passes.
        ["v2-h7-filled-circle-radio-ot-97530"] = new(
            """
            OT · Therapeutic activities (97530) · 24 min
            Task: LB dressing with reacher + sock aid, tub-bench transfer, retrieving pans from low cupboard w/ reacher
            Assist:  ○ Indep  ○ Mod I  ● SBA  ○ CGA  ○ Min A  ○ Mod A
            Hip precautions: ● maintained  ○ cues needed
            Goal: dress and bathe w/o spouse's help while following posterior hip precautions
            """,
            ["Z96.642", "M62.81"], [OT("97530", 24)], []),

        // Asterisk legend "(* = done today)": starred level/curb/ramp gait with SPC, distances, "*CGA → SBA", stiff R knee after TKA and a community goal: PTA 97116 passes.
        ["v2-h7-asterisk-legend-97116"] = new(
            """
            Gait trng 97116 — 18 min (PTA)
            Interventions (* = done today):
             *level surfaces w/ SPC   stairs   *curb up/down w/ SPC   *ramp
            Distance: 2 x 150 ft level; curb x4; ramp x2
            Assist: *CGA → SBA   min A
            Deficits: ↓ R knee flexion in swing, short R step after R TKA; goal: community amb to church
            """,
            ["Z96.651"], [PTA("97116", 18)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Fitzgerald perturbation training (roller/rocker/tilt board) for an ACL-deficient knee; quad/hamstring co-contraction timing; global rating % and valgus k of 10; 1:1: passes.
        ["v3-h7-fitzgerald-perturbation-acl"] = new(
            """
            97112 NMR 23 min, 1:1
            Fitzgerald perturbation training (L ACL-deficient, coper screen passed): roller board A/P + M/L, rockerboard A/P + M/L, tilt board on platform; pt in athletic stance, PT delivering random perturbations, progressed to sport-specific stance.
            For ↓ L knee dynamic stability w/ quad/hamstring co-contraction timing deficit (stiffening response).
            Global rating of knee function 70%; single-leg squat: dynamic valgus on 2 of 10 reps (6 of 10 last wk).
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // Ai Chi (aquatic program) with narrowed stance and turbulence perturbations, PT in water 1:1, postural-control deficit, land Mini-BESTest and tandem seconds: an aquatic session billed as 97112 passes the documentation checks.
        ["v3-h7-ai-chi-aquatic-97112"] = new(
            """
            Aquatic tx (pool, chest-deep), billed 97112, 25 min, PT in water 1:1.
            Ai Chi sequence moves 1–12 (contemplating → floating → uplifting → enclosing → folding → soothing) w/ narrowed BOS, progressed to tandem for moves 8–12; therapist-generated turbulence perturbations in SLS; eyes-closed stepping in place.
            For ↓ anticipatory/reactive postural control and fear of falling.
            Land retest: Mini-BESTest 19/28 (15/28 at IE); tandem stance EC 6 s.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 25)], []),

        // Bad Ragaz ring method as aquatic 97110: patterns with sets/reps, lumbar extensor and hip abductor weakness with a work goal: passes.
        ["v3-h7-bad-ragaz-97110"] = new(
            "97110 (aquatic, 20 min): Bad Ragaz Ring Method — PT stabilised pt at hips/knees while she floated supine on rings; bilateral symmetrical LE "
            + "flexion–extension patterns 3 x 8, trunk lateral flexion (isotonic) 3 x 8 each side, unilateral hip abd/add patterns 2 x 10 each. For lumbar "
            + "extensor + hip abductor weakness and poor trunk endurance limiting standing at work (cashier, goal: full shifts).",
            ["M54.50", "M62.81"], [PT("97110", 20)], []),

        // Silbernagel Achilles loading programme phase 3 with loads and sets; L mid-portion Achilles tendinopathy; VISA-A and heel-raise reps: passes.
        ["v3-h7-silbernagel-achilles-97110"] = new(
            """
            Ther ex 97110 — 18 min
            Silbernagel Achilles loading programme, phase 3: SL heel raises on step edge 3 x 15 w/ 8 kg backpack, eccentric heel drops off step 3 x 15, quick-rebound heel raises 3 x 20, pain-monitoring model (≤ 5/10 allowed).
            L mid-portion Achilles tendinopathy limiting running.
            VISA-A 58/100 (41 at IE); SL heel-raise endurance L 19 reps vs R 31.
            """,
            ["M76.62"], [PT("97110", 18)], []),

        // Intensive model: Universal Exercise Unit (spider cage) with bungees, rocker-board perturbations; CP trunk/pelvic postural control; standing seconds; 1:1: passes.
        ["v3-h7-universal-exercise-unit-peds"] = new(
            """
            Intensive (TheraSuit model) day 7 of 15 — 97112 — 30 min — 1:1
            Universal Exercise Unit (spider cage) w/ bungee support: kneel ↔ half-kneel transitions, standing on rocker board w/ pelvic perturbations, step-stance weight shifts w/ reach across midline.
            For ↓ trunk/pelvic postural control and ↓ selective hip motor control (spastic diplegia, GMFCS III).
            Independent standing 12 s (5 s on day 1); half-kneel hold R 10 s, L 4 s.
            """,
            ["G80.1"], [PT("97112", 30)], []),

        // CDT phase I with MLD per Földi (pathways, sections, fibrotic techniques) for L leg secondary lymphedema; perometer volumes in mL: 97140 passes.
        ["v3-h7-cdt-foldi-mld-leg-97140"] = new(
            """
            CDT phase I, day 4 — 97140, 35 min
            MLD per Földi: neck/terminus prep, abdominal deep breathing, L axillary + R inguinal nodes opened, L inguino-axillary and anterior inter-inguinal anastomoses; L thigh → knee → lower leg in sections, proximal clearing then distal-to-proximal strokes; fibrotic techniques over L medial knee + dorsum of foot.
            L LE secondary lymphedema (stage II) after L pelvic node dissection.
            Perometer L limb volume 8,940 mL (9,410 mL day 1); R 7,210 mL.
            """,
            ["I89.0", "Z85.43"], [PT("97140", 35)], []),

        // High-intensity gait training (treadmill at HR targets, then variable overground stepping, CGA); paretic propulsion and speed after stroke with a community goal; 10MWT and 6MWT: passes.
        ["v3-h7-high-intensity-gait-97116"] = new(
            """
            97116 GT — 30 min
            High-intensity gait training (Hornby/Moore protocol): treadmill 1.6 → 2.0 mph w/ harness (no BWS) at 70–85% HRmax (peak 138 bpm), 5 bouts ~200 m each; then variable overground stepping: stairs x 2 flights, sideways and backward walking 4 x 40 ft, CGA.
            For ↓ L LE paretic propulsion + gait speed/endurance after R MCA stroke; goal: community amb w/o AD.
            10MWT self-selected 0.61 m/s (0.44 m/s at IE); 6MWT 214 m.
            """,
            ["I69.354"], [PT("97116", 30)], []),

        // OT CO-OP approach (Goal–Plan–Do–Check) for shoe tying; motor planning/bilateral coordination in DCD; bows tied k of 5: 97530 passes.
        ["v3-h7-co-op-shoe-tying-ot-97530"] = new(
            "OT — 97530 — 30 min. CO-OP Approach session 5: child chose goal 'tie my shoes for gym class'. Used Goal–Plan–Do–Check; child generated plan "
            + "'bunny ears, cross, tuck, pull' and self-checked with verbal guide. Practiced on shoe-tying board, then own sneakers. Motor planning/sequencing "
            + "difficulty (DCD) + ↓ bilateral hand coordination. Double bow tied independently 3 of 5 trials (0 of 5 at session 1).",
            ["F82"], [OT("97530", 30)], []),

        // Rood facilitation (icing, brushing, tapping, approximation) named and targeted at R wrist-extensor recruitment, 1:1 — but the only numbers are the minutes and "1:1": no objective measure.
        ["v3-h7-rood-facilitation-no-number"] = new(
            "97112 NMR, 20 min, 1:1. Rood facilitation: quick icing and light brushing over R wrist/finger extensors, tapping over R triceps, joint approximation "
            + "through R shoulder in quadruped and through R hip in half-kneel, then slow reversal hold in side-lying. Targets ↓ motor recruitment of R wrist "
            + "extensors and R proximal stability after L MCA CVA. Pt could initiate R wrist extension against gravity by end of session; good carryover from last visit.",
            ["I69.351"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Pilates reformer 97110 with springs, sets and reps, but no body region, impairment or functional goal anywhere: deficit missing.
        ["v3-h7-pilates-reformer-no-target"] = new(
            "97110 — 20 min — Pilates reformer: bridging 2 x 10 on 2 red springs, long-box pulling straps 2 x 10 on 1 blue spring, elephant 2 x 8, mermaid "
            + "stretch 2 x 5 each side, standing side splits 2 x 8 on 1 yellow. Cues for breathing and control.",
            ["M54.50"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ACLR wk 5: "no superior patellar glide on quad set, SLR w/ 10° extensor lag" (arthrogenic inhibition) is the impairment; exercises with doses: 97110 passes.
        ["v4-h7-aclr-quad-inhibition-97110"] = new(
            """
            TE 97110 20 min — R ACLR (BPTB) wk 5
            Arthrogenic quad inhibition: no superior patellar glide on quad set, SLR w/ 10° extensor lag, knee ext -3°.
            Quad sets w/ towel under knee 3 x 10 w/ 10-s hold, SLR in tripod position 3 x 10, prone hangs w/ 2-lb ankle weight 3 bouts, TKE w/ green band 3 x 15, wall sits at 60° 3 x 30 s.
            """,
            ["S83.511D"], [PT("97110", 20)], []),

        // Rotator-cuff repair wk 10: "shrug sign on active R elevation, painful arc 80–110°, ER 4-/5" are the impairments; ER/row/wand/serratus work with loads: 97110 passes.
        ["v4-h7-rcr-shrug-sign-97110"] = new(
            """
            Ther ex 97110 — 18 min — R RCR (supraspinatus, double-row) wk 10
            Finding: shrug sign on active R elevation (UT substitution), painful arc 80–110°, R ER strength 4-/5.
            Side-lying ER w/ 1 lb 3 x 12, prone row to neutral 3 x 10, supine AA flexion w/ wand → AROM 3 x 10, serratus punch 2# 3 x 12.
            """,
            ["M75.121"], [PT("97110", 18)], []),

        // Lateropulsion (contraversive pushing) with its Burke scale score is the postural-control deficit; vertical-alignment training with visual feedback; k of 6; 1:1: passes.
        ["v4-h7-lateropulsion-burke-scale"] = new(
            """
            NMR (97112) 25 min, 1:1 throughout.
            Lateropulsion to L (contraversive pushing w/ R UE/LE in sitting and standing); Burke Lateropulsion Scale 9/17 (12/17 at IE).
            Tx: vertical alignment training against a door frame and a vertical tape line in the mirror, sitting → standing weight shifts onto R w/ visual feedback, reaching to R targets beyond midline; pt self-corrected to upright 4 of 6 trials.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Bilateral vestibular loss stated by its signs (oscillopsia, wide base in dim light, catch-up saccades both ways); remembered-target/VOR/somatosensory substitution; DVA and FGA; one-on-one: passes.
        ["v4-h7-bilateral-vestibular-loss-signs"] = new(
            """
            NMR 97112 — 22 min — one-on-one
            Bilateral vestibular hypofunction (gentamicin 2024): oscillopsia when walking, wide-based gait in dim light, head-impulse catch-up saccades both directions.
            Tx: remembered-target exercises (EC head turn → open), VOR x1 at 1 Hz on checkerboard, walking on firm surface in dimmed light w/ light touch on wall → none.
            DVA loss 5 lines (7 at IE); FGA 17/30.
            """,
            ["H81.93", "R26.81"], [PT("97112", 22)], []),

        // Dictated 97140: oscillatory mobilizations, STM and trigger-point release with "four bouts of thirty seconds", minutes in words (ten, matches) — but no body region or impairment anywhere.
        ["v4-h7-dictated-97140-no-region"] = new(
            "Manual therapy, dictated. I performed grade three oscillatory mobilizations followed by sustained soft tissue mobilization and trigger point "
            + "pressure release, four bouts of thirty seconds each, and the patient relaxed well into the techniques. Manual therapy ten minutes.",
            ["M54.2"], [PT("97140", 10)], [At(Deficit, "97140")]),

        // 97112 after ACLR names only the surgery, a volleyball goal and the techniques/measures: no neuromuscular deficit or system is stated (a functional goal is 97112's target only if it names one).
        ["v4-h7-nmr-surgery-and-goal-only"] = new(
            """
            NMR 97112 — 20 min — 1:1
            s/p R ACLR (hamstring autograft), wk 16.
            SL stance on BOSU w/ ball catches, lateral hop-to-stick onto foam, reactive cutting to PT's hand signals at 50% speed.
            Hop-to-stick 8/10 landings held 2 s; SL stance BOSU R 22 s (L 30 s).
            Goal: return to club volleyball.
            """,
            ["S83.511D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Ankle ORIF: "shortened R stance, absent R heel-off/push-off, DF 2°" is the gait impairment; boot-to-sneaker gait with distances, stairs and SBA: 97116 passes.
        ["v4-h7-ankle-orif-antalgic-97116"] = new(
            """
            GT 97116 15 min — R trimalleolar ORIF wk 9, WBAT, weaning CAM boot → sneaker + ASO brace
            Antalgic gait: shortened R stance, absent R heel-off and push-off, R ankle DF 2° (L 12°).
            Amb in sneaker/ASO 3 x 120 ft no AD w/ cues for R heel-off; stairs 12 steps step-to w/ rail, SBA.
            """,
            ["S82.851D"], [PT("97116", 15)], []),

        // Paediatric obstacle course (rock wall, box jump-down, tunnel, ladder, carrying) with counts and Min A/SBA, but no goal, impairment or body region: 97530 deficit missing.
        ["v4-h7-peds-obstacle-course-no-target"] = new(
            "Peds PT 97530 — 25 min. Obstacle course x5 rounds: climbing up 4-ft rock wall w/ spot, jumping down from 12-in box with stable landing 5 of 5, "
            + "army crawl through tunnel, ladder rungs 6 steps across, carrying 2-lb weighted ball over hurdles. Min A at top of rock wall; others SBA.",
            ["F82"], [PT("97530", 25)], [At(Deficit, "97530")]),

        // OT hand: "2+ pitting edema dorsum R hand; composite fist lacks 3.5 cm to DPC; MCP flexion 45°" are the impairments; tendon glides/blocking/retrograde AROM/putty with doses: 97110 passes.
        ["v4-h7-ot-hand-edema-fist-97110"] = new(
            """
            Hand OT — 97110 — 15 min — R 2nd MC shaft fx, ORIF 4 wk
            2+ pitting edema dorsum R hand; composite fist lacks 3.5 cm to DPC; MCP flexion index 45°.
            Tendon glides (straight, hook, full, tabletop) x10 each w/ hand elevated, blocking MCP flexion index 3 x 10, retrograde AROM w/ elevation 2 x 20, putty squeeze (soft) 2 x 10.
            """,
            ["S62.300D"], [OT("97110", 15)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Dictated: "Her Berg Balance Scale today was forty-four out of fifty-six" (a number in words); stepping after release/foam reach/turns, reactive stepping and hip strategy; "treated individually, with my full attention"; 25 in words matches: passes.
        ["v5-h7-berg-in-words"] = new(
            "Dictated note. Mrs. Okafor was treated individually, with my full attention for the whole session, for twenty-five minutes of neuromuscular "
            + "re-education. We practiced stepping strategies to the side and backward after release from a supported lean, standing on a foam cushion while "
            + "reaching outside her base of support, and turning in a small circle around a cone. She has slowed reactive stepping and poor use of her hip "
            + "strategy. Her Berg Balance Scale today was forty-four out of fifty-six, up from thirty-nine at the initial evaluation.",
            ["Z91.81", "R26.81"], [PT("97112", 25)], []),

        // Return-to-sport 97530 after ACLR: deceleration/cutting/landing drills with reps, soccer goal, hop battery with LSI %: passes.
        ["v5-h7-hop-battery-lsi-97530"] = new(
            """
            TA 97530 — 25 min — L ACLR wk 26, return-to-sport phase
            Deceleration drills (sprint → 3-step stop) x6, 45° cutting off L at cones x8 each way, lateral shuffle → crossover → sprint x5, box jump-downs to SL landing on L x8 w/ cues for knee over 2nd toe.
            Goal: return to high-school soccer (cleared at LSI ≥ 90%).
            Hop battery L/R: single hop 142/158 cm (LSI 90%), triple hop 410/462 cm (LSI 89%), 6-m timed hop 2.31/2.12 s.
            """,
            ["S83.512D"], [PT("97530", 25)], []),

        // OT fine-motor ADL 97530: buttoning seconds, 9-HPT and pill bottles k of 3; dressing/meds goal with R hand dexterity loss: passes.
        ["v5-h7-buttoning-seconds-ot-97530"] = new(
            """
            OT 97530 — 22 min
            Fine-motor ADL practice: buttoning a 5-button shirt on self, fastening a watch strap, opening push-and-turn pill bottles, cutting putty 'steak' with knife/fork.
            Goal: dress + manage own meds without her husband (R hand ↓ dexterity after L MCA CVA).
            Buttoning 5 buttons 74 s (112 s at eval); 9-HPT R 41 s; pill bottles 3/3 opened indep.
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // Pressure-pain thresholds in kPa (algometer) and flexion-rotation degrees; trigger-point release/STM/C0–C1 glide for cervicogenic headache: 97140 passes.
        ["v5-h7-algometer-kpa-97140"] = new(
            """
            Manual 97140 — 12 min
            Trigger point pressure release R upper trapezius + levator scapulae (3 points, 90 s each), STM R suboccipitals, C0–C1 upglide gr III.
            R-sided cervicogenic headache w/ R upper trap/levator myofascial tenderness.
            PPT R upper trap 182 → 246 kPa post (algometer, mean of 3); CFRT R 26° → 34°.
            """,
            ["M54.2", "M79.18"], [PT("97140", 12)], []),

        // Bold heading with "(30 min, 1:1 with PT)" and a markdown pipe table of Mini-BESTest, 10MWT and functional reach; stepping/step-stance/quick stops; stepping and stance-stability deficits: passes.
        ["v5-h7-markdown-reassessment-table"] = new(
            """
            **Progress note — visit 10 — 97112 (30 min, 1:1 with PT)**

            | Test | Eval 01/22 | Today | Change |
            |---|---|---|---|
            | Mini-BESTest | 12/28 | 18/28 | +6 |
            | 10MWT (comfortable) | 0.52 m/s | 0.71 m/s | +0.19 |
            | Functional reach | 6 in | 9.5 in | +3.5 |

            Tx today: compensatory stepping to multidirectional releases, L stance on 4-in step w/ R toe taps, walking w/ quick stops/starts on cue.
            Impairments: delayed L stepping response, ↓ L stance stability / postural control.
            """,
            ["I69.354", "R26.89"], [PT("97112", 30)], []),

        // Dictated gaze stabilization and head-turn walking, R vestibular hypofunction, "undivided, one-to-one attention", 20 in words — but the only number is the minutes: no objective measure.
        ["v5-h7-dictated-gaze-no-number"] = new(
            "Dictated. Ms. Tran had my undivided, one-to-one attention for the twenty minutes of neuromuscular re-education. She did gaze stabilization with a "
            + "business card at arm's length while turning her head side to side, first sitting and then standing on a pillow, and then walked down the hallway "
            + "turning her head to read signs on the walls. Her right vestibular hypofunction is still causing blurred vision and veering with head turns. She "
            + "reports the exercises are getting easier and she is driving short distances again.",
            ["H81.21"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Peds gait trainer "around the classroom and down the school hallway to the library", cues only: no distance, assistance level or number; crouch/scissoring and a lunchroom goal present.
        ["v5-h7-peds-gait-trainer-no-measure"] = new(
            "Peds GT 97116 20 min. Walked in his Rifton Pacer gait trainer around the classroom and down the school hallway to the library, cues to keep "
            + "reciprocal stepping and to lift his head. Crouched posture, scissoring in swing and short steps. Goal: walk to the lunchroom with classmates "
            + "in the gait trainer.",
            ["G80.0"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Dictated 97110 with every parameter in words ("three sets of ten … five-second hold … one-pound ankle weight"), L knee extension limit and quad weakness after TKA; twenty matches: passes.
        ["v5-h7-parameters-in-words-97110"] = new(
            "Therapeutic exercise, twenty minutes, dictated. After her left total knee replacement she still cannot fully straighten the knee and her quadriceps "
            + "are weak. She did three sets of ten quad sets with a five-second hold, two sets of fifteen straight leg raises with a one-pound ankle weight, two "
            + "sets of ten mini squats at the counter, and three thirty-second hamstring stretches on the step.",
            ["Z96.652"], [PT("97110", 20)], []),

        // Auto-text "Patient performed sit to stand … with moderate assistance" etc.: assistance levels are the measure; transfers named, a discharge goal; the generic closing does not matter: 97530 passes.
        ["v5-h7-autotext-assist-levels-97530"] = new(
            """
            Skilled intervention provided: Therapeutic Activities (97530) – 23 minutes.
            Patient performed sit to stand from low couch with moderate assistance.
            Patient performed supine to sit on bed with minimal assistance and verbal cues for log roll.
            Patient performed toilet transfer with grab bar with contact guard assistance.
            Functional goal: return home with daughter, transfers with supervision only.
            Patient tolerated treatment well without adverse reaction.
            """,
            ["S72.001D", "M62.81"], [PT("97530", 23)], []),

        // IASTM, talocrural/subtalar glides and STM for R ankle stiffness after ORIF, but only "feels looser afterward" — no grade, bout, ROM or other number: 97140 measure missing.
        ["v5-h7-iastm-subjective-only-97140"] = new(
            "97140 MT — 10 min. IASTM (HawkGrips) over R lateral ankle scar and peroneal tendon sheath, talocrural posterior glides and subtalar lateral glides "
            + "in supine, STM R gastroc-soleus. For R ankle stiffness and scar adhesion after ORIF. Pt reports the ankle feels looser afterward.",
            ["S82.851D"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Dictated "the first ten minutes on manual therapy … The remaining eighteen minutes were therapeutic exercise": both match; L shoulder posterior capsule, grades/degrees/sets in words: passes.
        ["v6-h7-words-first-remaining"] = new(
            "Dictated. I spent the first ten minutes on manual therapy for her left shoulder: posterior capsule glides at grade three and soft tissue "
            + "mobilization of the posterior cuff. The remaining eighteen minutes were therapeutic exercise: sidelying external rotation with two pounds for "
            + "three sets of twelve, prone horizontal abduction for two sets of ten, and sleeper stretches held thirty seconds three times. She has a painful "
            + "arc and a tight posterior capsule on the left, with internal rotation to forty degrees.",
            ["M75.42"], [PT("97140", 10), PT("97110", 18)], []),

        // Dictated "We spent thirty minutes on gait training" against a 22-min 97116 line: mismatch; "fifteen minutes of therapeutic exercise" matches; both sections complete.
        ["v6-h7-words-gait-mismatch"] = new(
            "Dictated. We spent thirty minutes on gait training with his new quad cane, two laps of the hallway and the outdoor ramp, stand-by assistance, "
            + "working on the right hip drop and short left step after his right hip replacement. Then fifteen minutes of therapeutic exercise for right hip "
            + "abductor weakness: sidelying hip abduction, bridges and standing hip extension, each three sets of ten.",
            ["Z96.641"], [PT("97116", 22), PT("97110", 15)], [At(Mismatch, "97116")]),

        // Codes mid-sentence: "we billed 97530 for 24 minutes, which was … and 97140 for 9 minutes, …": both match; floor-recovery/tub/laundry-stairs tasks with assist levels and goals; knee mobs with flexion degrees: passes.
        ["v6-h7-codes-mid-sentence"] = new(
            "Today we billed 97530 for 24 minutes, which was floor-to-stand transfers through half-kneel (x5, CGA), stepping into and out of a bathtub mock-up "
            + "(x4, SBA) and carrying a laundry basket up 4 steps with one rail (x3, CGA), because her goal is to get up from the floor after a fall and manage "
            + "laundry at home; and 97140 for 9 minutes, patellar mobilizations and tibiofemoral AP glides at grade III to her left knee for stiffness "
            + "(flexion 104° → 110°).",
            ["M17.12"], [PT("97530", 24), PT("97140", 9)], []),

        // Copied-forward template with "___ min" blanks; the dated update fills in only "TE 20 min today": MT has no minutes; both codes' content complete.
        ["v6-h7-copied-template-mt-minutes-blank"] = new(
            """
            [Copied forward from 02/27/2026 — edit before signing]
            TE (97110): ___ min — bird dog 3 x 10, dead bug 3 x 10, side plank on knees 3 x 20 s, hip hinge w/ dowel 2 x 12
            MT (97140): ___ min — L4–5 central PAs gr III, L side-lying lumbar rotation gr IV, STM L paraspinals
            Region: lumbar spine, L-sided LBP w/ ↓ segmental mobility L4–5 and ↓ trunk endurance
            Update 03/04/2026: TE 20 min today; added suitcase carry 2 x 40 ft w/ 15 lb. Trunk flexion ROM fingertips to mid-shin (knee last visit).
            """,
            ["M54.50"], [PT("97110", 20), PT("97140", 10)], [SepTime]),

        // Dictated "Total timed treatment today was thirty-eight minutes, all one on one" for NMR + GT, no minutes for either: separate time missing; both sections complete.
        ["v6-h7-dictated-total-only"] = new(
            "Dictated. Total timed treatment today was thirty-eight minutes, all one on one. Neuromuscular re-education: large-amplitude stepping to floor "
            + "targets, backward and lateral stepping after pulls at the pelvis, and turning in a narrow space with visual cues, for his hypokinesia and impaired "
            + "backward protective stepping from Parkinson's disease. Gait training: walking with a laser-cue cane, two passes of two hundred feet, stand-by "
            + "assistance, to reduce freezing at doorways. Pull test two steps to recover; turn of one hundred eighty degrees in five steps.",
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Markdown bullets with bold codes "**97110** … 17 min" and "**97140** … 11 min": both match; reverse TSA exercises with doses and elevation limit; grade I–II oscillations with ER degrees: passes.
        ["v6-h7-markdown-bold-code-bullets"] = new(
            """
            **R reverse TSA — POD 42**
            - **97110** ther ex — 17 min
              - supine AAROM flexion w/ wand 3 x 10
              - isometric ER/IR/ext at wall 10 x 5 s each
              - scapular retraction 3 x 15
              - *for R shoulder elevation limit (AAROM flex 105°) and deltoid weakness*
            - **97140** manual — 11 min
              - gr I–II GH oscillations for pain, STM R upper trap/deltoid
              - *R shoulder passive ER 18° → 26° after*
            """,
            ["Z96.611"], [PT("97110", 17), PT("97140", 11)], []),

        // One timed code; "Ther activity performed for 40 minutes" against a 30-min OT 97530 line: mismatch; kitchen task with CGA/cues and a meal-prep goal complete.
        ["v6-h7-single-code-40-vs-30"] = new(
            "OT note. Ther activity performed for 40 minutes: kitchen task — making toast and tea in standing, retrieving items from upper and lower cabinets, "
            + "carrying mug 10 ft with R hand; CGA for standing balance, min verbal cues for sequencing. Goal: independent light meal prep at home (R hemiparesis).",
            ["I69.351"], [OT("97530", 30)], [At(Mismatch, "97530")]),

        // NMR 20 and TE 15 written, MT (97140) without minutes: separate time missing; each section complete (1:1, ankle proprioception, SLS seconds; band/heel raises; glides with knee-to-wall cm).
        ["v6-h7-three-codes-mt-unstated"] = new(
            """
            NMR 20 min (1:1): SLS on foam w/ perturbations, star-excursion reach R, hop-to-stabilize fwd 10 reps; ↓ R ankle proprioception + peroneal reaction after recurrent inversion sprains; SLS foam R 11 s (L 26 s).
            TE 15 min: eversion w/ blue band 3 x 15, heel raises off step 3 x 15, lateral band walks 3 x 30 ft, for R evertor + PF weakness.
            MT: talocrural posterior glides gr III–IV, distal tib-fib AP glide, for R ankle DF restriction; knee-to-wall R 7 → 10 cm.
            """,
            ["S93.401D"], [PT("97112", 20), PT("97110", 15), PT("97140", 8)], [SepTime]),

        // EMR auto-text "Therapeutic Exercise (97110) x 16 minutes; Gait Training (97116) x 14 minutes": both match; ankle exercises with doses and DF/PF target; SPC gait with distance and supervision: passes.
        ["v6-h7-autotext-x-minutes"] = new(
            """
            Skilled intervention provided: Therapeutic Exercise (97110) x 16 minutes; Gait Training (97116) x 14 minutes.
            Therapeutic Exercise: Patient performed seated ankle alphabet x2, towel scrunches 3 x 20, calf raises in standing 3 x 12, and gastroc stretch 3 x 30 s to address R ankle DF and plantarflexor weakness following ORIF.
            Gait Training: Patient ambulated 2 x 150 ft with single-point cane and supervision; cues to reduce R toe-out and increase push-off.
            Patient tolerated treatment well.
            """,
            ["S82.851D"], [PT("97110", 16), PT("97116", 14)], []),

        // PTA asterisk bullets "* TE: 12 min" against a 20-min 97110 line: mismatch; "* GT: 15 min" matches; both bullets complete.
        ["v6-h7-pta-asterisk-te-mismatch"] = new(
            """
            PTA daily note — R TKA, visit 9
            * TE: 12 min — heel slides w/ strap 3 x 15, SAQ 3# 3 x 10, standing TKE w/ band 3 x 15; R quad weakness + knee flex limited to 98°
            * GT: 15 min — amb w/ SPC 3 x 150 ft, SBA, cues for heel strike and R knee flexion in swing (stiff-knee gait)
            * Pt tolerated well; RTC Thurs
            """,
            ["Z96.651"], [PTA("97110", 20), PTA("97116", 15)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note, one 97140 line: DOC_NOTE_MISSING on it and nothing else.
        ["v7-h7-empty-97140"] = new(
            "",
            ["M75.01"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // Empty note, 97116 with a hot pack (97010, no documentation profile) and no diagnosis: missing on 97116 only, plus the diagnosis check.
        ["v7-h7-empty-97116-hot-pack-no-dx"] = new(
            "",
            [], [PT("97116", 15), PT("97010", 10)], [At(NoteMissing, "97116"), Dx]),

        // Spaces only on a 97112 visit: empty, so DOC_NOTE_MISSING alone (no one-on-one or content findings on a note that is not there).
        ["v7-h7-spaces-only-97112"] = new(
            "    ",
            ["I69.354"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // 97116 whose only target is a functional goal (walk to the mailbox at the end of a gravel driveway), which the contract counts; SPC on grass/gravel/ramp, distance and SBA: passes.
        ["v7-h7-97116-functional-goal-only"] = new(
            "Gait training 97116 — 16 min: SPC on grass, gravel and a wheelchair ramp, 3 x 100 ft, SBA; stepping up a 6-in curb x4. Goal: walk to the "
            + "mailbox at the end of her gravel driveway.",
            ["R26.89"], [PT("97116", 16)], []),

        // 97530 whose only measure is assistance levels (minimal, stand-by, contact guard), no counts: the contract counts assistance level; bed mobility/transfers and a commode goal: passes.
        ["v7-h7-97530-assist-levels-only"] = new(
            "Ther act 97530 — 23 min. Bed mobility: rolling R/L and supine → sit with minimal assistance; sit → stand from recliner with stand-by assistance; "
            + "bedside commode transfer with contact guard assistance. Goal: get to the commode at night without waking her husband.",
            ["M62.81", "R26.89"], [PT("97530", 23)], []),

        // 97110 described only as "Exercises performed per flowsheet … tolerated session well. Continue current plan of care.": no exercise, target or number; generic only.
        ["v7-h7-97110-all-generic"] = new(
            "Therapeutic exercise 97110, 15 minutes. Exercises performed per flowsheet. Patient tolerated session well. Continue current plan of care.",
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // A passive median-nerve slider performed by the PT is a manual technique for 97140; R carpal-tunnel symptoms; oscillations and ULNT1 elbow-extension degrees: passes.
        ["v7-h7-97140-neural-slider"] = new(
            "MT 97140 – 10 min: passive median nerve slider mobilization by PT through the ULNT1 sequence (shoulder depression, wrist ext with elbow flex ↔ "
            + "elbow ext with wrist flex), 3 x 10 oscillations; carpal bone glides (capitate dorsal glide) gr III 3 x 30 s. For R carpal tunnel symptoms w/ "
            + "median neural mechanosensitivity. ULNT1 R elbow ext -40° → -25° post.",
            ["G56.01"], [PT("97140", 10)], []),

        // 97112 "Balance training and coordination exercises as tolerated. Continue plan of care." with 1:1: no technique, deficit or number, generic only.
        ["v7-h7-97112-all-generic"] = new(
            "NMR 97112, 20 min, 1:1. Balance training and coordination exercises as tolerated. Continue plan of care.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Dictated ACLR wk 12: NMR twenty-two minutes one on one (foam catches, hop-to-stabilize, band pulls; knee proprioception and landing timing; valgus k of 10) and TE sixteen minutes (loads/sets; quad/hamstring weakness): passes.
        ["vord-h7-aclr-dictated-nmr-te"] = new(
            "Dictated visit note, right ACL reconstruction, week twelve. Neuromuscular re-education, twenty-two minutes, one on one: single-leg balance on a "
            + "foam pad while catching a ball thrown off to either side, lateral hop to stabilize on the right, and reactive stepping when I pulled on a band "
            + "at his waist. His right knee proprioception and the timing of his quadriceps and hamstrings on landing remain impaired; he collapsed into valgus "
            + "on three of ten landings, down from six of ten last week. Therapeutic exercise, sixteen minutes: single-leg press with sixty pounds for three "
            + "sets of ten, Nordic hamstring lowers for two sets of five, and step-downs from an eight-inch box for three sets of eight, for right quadriceps "
            + "and hamstring weakness.",
            ["S83.511D"], [PT("97112", 22), PT("97110", 16)], []),

        // EMR auto-text TKA POD 17: "Manual Therapy (97140) – 12 minutes; Therapeutic Exercise (97110) – 20 minutes", patellar/tib-fem mobs with flexion degrees, exercises with doses, R knee ROM/quad target: passes.
        ["vord-h7-tka-autotext-mt-te"] = new(
            """
            Skilled intervention provided: Manual Therapy (97140) – 12 minutes; Therapeutic Exercise (97110) – 20 minutes.
            Manual Therapy: Patellar mobilizations superior/inferior and medial/lateral grade III, tibiofemoral posterior glides grade III in 90° flexion, scar mobilization along R anterior knee incision. R knee flexion 92° pre → 99° post.
            Therapeutic Exercise: Patient performed recumbent bike rocking for ROM x 20 revolutions, heel slides 3 x 15, quad sets 3 x 10 with 5-second hold, SAQ with 2 lb 3 x 10, standing hamstring curls 3 x 10.
            Impairments addressed: R knee ROM and quadriceps strength following R TKA (POD 17).
            Patient tolerated treatment well without adverse reaction.
            """,
            ["Z96.651"], [PT("97140", 12), PT("97110", 20)], []),

        // Copied-forward RCR block (exercises, mobs, shoulder targets) with a dated update giving TE 18 and MT 10 (both match) and PROM degrees: passes.
        ["vord-h7-rcr-copied-forward-update"] = new(
            """
            --- Copied forward from 02/25/2026, reviewed ---
            R RCR (supraspinatus + infraspinatus, 10 wk). Precautions: no resisted IR/flex until wk 12.
            TE: table slides flex/scaption 2 x 10, wand ER to neutral 2 x 10, pulley flexion 2 x 15, scapular clocks 2 x 10.
            MT: GH inferior + posterior glides gr II–III, STM R pec minor / posterior cuff.
            Targets: R shoulder elevation + ER ROM, scapular control.
            --- Update 03/04/2026 ---
            TE 18 min: progressed to AROM flex sidelying 2 x 10, isometric ER at wall 10 x 5 s.
            MT 10 min: as above; added gr III posterior glide in 60° abd.
            PROM flex 138° (124° on 02/25); ER at side 48° (40°).
            """,
            ["M75.121"], [PT("97110", 18), PT("97140", 10)], []),

        // Markdown bullets, bimalleolar ORIF: GT 15 (walker → SPC, distances, CGA → SBA, antalgic gait) and TE 15 (ankle exercises with doses, DF ROM and PF weakness): passes.
        ["vord-h7-ankle-orif-markdown-gt-te"] = new(
            """
            ## L bimalleolar ORIF — wk 10 — visit 8
            * **Gait training (97116) — 15 min**
              * FWW → SPC, 4 x 100 ft, CGA → SBA
              * cues: L heel strike, ↑ L stance time, equal step length
              * antalgic gait, ↓ L push-off
            * **Ther ex (97110) — 15 min**
              * ankle AROM alphabet x2, calf raises B 3 x 15, red band DF/PF/inv/ev 2 x 15 each, gastroc stretch on slant board 3 x 30 s
              * for L ankle DF ROM (6°) and PF weakness
            """,
            ["S82.842D"], [PT("97116", 15), PT("97110", 15)], []),

        // Aquatic session billed with land codes: TE 97110 20 (water walking/squats/wall exercises, knee OA weakness) and NMR 97112 18 "PT in water 1:1" (tandem/turbulence/stepping, proprioception, land tandem seconds): passes.
        ["vord-h7-aquatic-land-codes-te-nmr"] = new(
            """
            Aquatic session (therapy pool, waist- to chest-deep), billed 97110 / 97112
            TE 97110, 20 min: forward/backward/lateral water walking 6 lengths each (25 ft), noodle-assisted squats 3 x 12, standing hip abd/ext at pool wall 3 x 15 each, step-ups on pool step 3 x 10 — for R knee OA with quad/hip weakness limiting stairs.
            NMR 97112, 18 min, PT in water 1:1: tandem stance EO → EC in waist-deep water, SLS w/ therapist-generated turbulence, multidirectional stepping to reach a floating ring — for ↓ proprioception/postural control R LE.
            Land check: tandem EC 8 s (4 s at IE); SLS R 7 s.
            """,
            ["M17.11", "R26.81"], [PT("97110", 20), PT("97112", 18)], []),

        // Post-mastectomy lymphedema: MLD 97140 30 (pathways and sections) and remedial exercise 97110 10 (doses), R UE stage II and shoulder flexion limit, circumferences and volume: passes.
        ["vord-h7-lymphedema-mld-remedial"] = new(
            """
            Lymphedema visit — R UE, post R mastectomy + ALND
            97140 (30 min): simple MLD sequence — terminus, L axilla, anterior thorax anastomosis, R upper arm lateral bundle, forearm and hand in sections.
            97110 (10 min): remedial exercises — shoulder rolls x10, scapular retraction 2 x 10, fist pumps 2 x 20, elbow flex/ext 2 x 15, wand flexion 2 x 10.
            R UE lymphedema stage II w/ ↓ R shoulder flexion (130°).
            Circumference R (L): 10 cm above wrist 21.6 (18.9) cm, 10 cm above elbow 31.2 (28.0) cm; R UE volume ↓ 85 mL since last wk.
            """,
            ["I97.2"], [PT("97140", 30), PT("97110", 10)], []),

        // Lateral elbow: IASTM/radial-head glides/mobilization with movement 9 min and isometric/eccentric loading 14 min (both match), L lateral elbow tendinopathy, grip kg: passes.
        ["vord-h7-iastm-lateral-elbow-mt-te"] = new(
            """
            MT 97140 – 9 min: IASTM (convex edge) L common extensor origin + ECRB muscle belly, radial head A/P glides gr III, lateral glide mobilization with movement (gripping) 3 x 10.
            TE 97110 – 14 min: isometric wrist ext at 30° 5 x 45 s, eccentric wrist ext 1 kg 3 x 15, supination w/ hammer 3 x 15.
            L lateral elbow tendinopathy; pain-free grip L 18 kg → 24 kg w/ mobilization with movement (R 39 kg).
            """,
            ["M77.12"], [PT("97140", 9), PT("97110", 14)], []),

        // Peds hemiplegic CP "pt seen 1:1": NMR 25 (rocker/stepping stones/ball tips; protective and equilibrium reactions; k of 5, SLS) and TA 15 (ladder/steps/squats with assist and a playground goal): passes.
        ["vord-h7-peds-cp-nmr-ta"] = new(
            """
            Peds PT — 4 y/o, R spastic hemiplegic CP — mom and PT in session, pt seen 1:1
            NMR (97112) 25 min: half-kneel → stand over R LE on rocker board, stepping stones w/ R lead, therapy-ball sitting w/ lateral tips to elicit R protective reactions.
            ↓ R protective + equilibrium reactions, ↓ R LE weight acceptance.
            R protective extension 3/5 lateral tips (1/5 last month); SLS R 2 s.
            TA (97530) 15 min: climbing playground ladder (5 rungs) w/ min A at R foot, ascending/descending curb-height steps x6 w/ HHA, squat-to-pick-up toys x10.
            Goal: play on preschool playground with peers.
            """,
            ["G80.2"], [PT("97112", 25), PT("97530", 15)], []),

        // Early-intervention home visit, Down syndrome toddler: TA 20 (cruising, floor-to-stand, squat with min A/CGA, play goal) and GT 15 (push toy/hand-hold distances, low-tone gait deviations): passes.
        ["vord-h7-peds-down-syndrome-ta-gt"] = new(
            """
            Early intervention visit (home) — 22 mo w/ Down syndrome
            Ther activities 97530 — 20 min: cruising along couch to reach toys 4 ft away x6, floor → stand via half-kneel at ottoman x5 w/ min A at pelvis, squat-to-stand retrieving blocks x8 w/ CGA. Goal: independent floor-to-stand for play.
            Gait training 97116 — 15 min: walking w/ push toy 3 x 10 ft, then 2-hand hold 4 x 15 ft; wide BOS, hip ER and knee hyperextension from low tone; first 3 independent steps today!
            """,
            ["Q90.9"], [PT("97530", 20), PT("97116", 15)], []),

        // OT stroke: NMR 20 "one-on-one with OT" (WB, task-specific reach with trunk restraint, tapping; R UE motor control; ARAT) and TA 20 (dressing/grooming with min A/SBA, dressing goal): passes.
        ["vord-h7-ot-stroke-nmr-ta"] = new(
            """
            OT treatment note — R hemiparesis (L MCA CVA, 4 mo)
            Neuromuscular re-ed 97112 (20 min), one-on-one with OT: weight bearing through R UE in sitting w/ lateral weight shifts, task-specific reach-to-grasp cup at graded distances w/ trunk restraint, facilitation of R wrist ext w/ tapping.
            Deficit: R UE motor control (shoulder-hiking compensation, ↓ wrist/finger ext).
            ARAT R 22/57 (15/57 at eval).
            Therapeutic activities 97530 (20 min): UB dressing (button shirt) + grooming at sink in standing w/ R UE assisting; min A for buttons, SBA standing balance.
            Goal: dress upper body with set-up only.
            """,
            ["I69.351"], [OT("97112", 20), OT("97530", 20)], []),

        // Parkinson's in number words: "Twenty-five minutes of neuromuscular re-education, one on one" and "Fifteen minutes of gait training", pull test steps and freezing counts, distances and stand-by: passes.
        ["vord-h7-pd-number-words-nmr-gt"] = new(
            "Twenty-five minutes of neuromuscular re-education, one on one: forward, backward and side steps to floor targets at maximal amplitude, reactive "
            + "backward stepping after pulls at the shoulders, and turning around a cone with a count-out rhythm. For his hypokinesia, freezing during turns, "
            + "and posterior instability. Pull test improved to two steps (three last month). Fifteen minutes of gait training with a rolling walker, four "
            + "passes of one hundred feet through doorways with floor stripes as visual cues, stand-by assistance. Freezing episodes dropped from five to two "
            + "per lap.",
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], []),

        // MT 8 (thoracic thrust gr V, PA mobs, STM; thoracic hypomobility; rotation degrees) and TE 15 (thoracic/scapular/DNF exercises with doses): passes.
        ["vord-h7-thoracic-thrust-mt-te"] = new(
            """
            MT 97140 8 min: supine T4–T6 thrust manipulation (gr V), cavitation x1; prone T2–T7 central PA mobs gr III–IV 3 x 30 s; STM B rhomboids.
            For upper thoracic hypomobility w/ mid-scapular pain; cervical rot L 58° → 66°, R 62° → 70°.
            TE 97110 15 min: open books 2 x 10 each, foam-roller thoracic ext 2 x 10, prone Y/T/W 2 x 10 with 1#, chin tucks 10 x 10 s — for thoracic ext mobility + lower trap/DNF endurance.
            """,
            ["M54.6", "M54.2"], [PT("97140", 8), PT("97110", 15)], []),

        // Home-health PTA, hip hemiarthroplasty: therapeutic activities 22 (tub/car/reacher with CGA/min A/SBA, church goal) and gait 15 (RW distances, garage steps, CGA, cues): passes.
        ["vord-h7-hh-hip-fracture-ta-gt"] = new(
            """
            HOME HEALTH PTA VISIT — L hip hemiarthroplasty (femoral neck fx) wk 5
            Therapeutic activities (22 min): tub transfer via bench x3 w/ CGA, getting in/out of her car in the garage x2 w/ min A for L LE management, picking items off floor w/ reacher x5 SBA. Goal: attend church w/ daughter driving.
            Gait (15 min): RW in home, kitchen → garage → back 3 x 60 ft, 2 garage steps w/ rail step-to, CGA; cues for L heel-toe and ↑ L stance.
            """,
            ["S72.002D"], [PTA("97530", 22), PTA("97116", 15)], []),

        // Complete SCI wheelchair user: TE 20 (dips/pulldown/row/band ER with loads; shoulder depressor/triceps strength) and TA 20 (transfers and wheelie with SBA/min A and seconds; car-transfer goal): passes.
        ["vord-h7-sci-te-ta"] = new(
            """
            T8 complete SCI (AIS A), outpatient, w/c level
            TE 97110 — 20 min: seated dips on push-up blocks 3 x 10, lat pulldown 40 lb 3 x 12, seated row 35 lb 3 x 12, rotator cuff ER w/ red band 3 x 15 — shoulder depressor + triceps strength for transfers, RC balance to protect shoulders.
            TA 97530 — 20 min: level pivot transfers w/c ↔ mat w/o board x6 (SBA), uneven transfer w/c → car-seat height x3 (min A), w/c wheelie balance w/ spotter 3 x 20 s hold. Goal: independent car transfers for return to work.
            """,
            ["G82.21"], [PT("97110", 20), PT("97530", 20)], []),

        // Voice-to-text with "comma/colon/period" left in: "twenty-three minutes comma one on one"; optokinetic/busy-hallway/treadmill head-turn habituation, visual dependence, NPQ and foam seconds in words: passes.
        ["vord-h7-voice-to-text-pppd-nmr"] = new(
            "Voice note, transcribed. Neuromuscular re-education twenty-three minutes comma one on one period. Habituation to visual motion colon optokinetic "
            + "stripe video while standing on firm then foam surface comma walking through the busy clinic hallway while looking at moving patients comma and "
            + "head turns while walking on the treadmill at one point five miles per hour period. Impairment is visual dependence and motion provoked dizziness "
            + "from persistent postural perceptual dizziness with increased sway on foam with eyes closed period. Niigata PPPD questionnaire forty-one "
            + "compared with fifty-eight at evaluation comma foam stance eyes closed twenty seconds period.",
            ["R42", "R26.81"], [PT("97112", 23)], []),

        // Markdown, R C6 radiculopathy: MT **10 min** (lateral glides, manual traction, median slider) and TE **15 min** (DNF biofeedback, band, stretch), ULTT1 degrees and NDI: passes.
        ["vord-h7-cervical-radiculopathy-markdown"] = new(
            """
            **Dx:** R C6 radiculopathy
            - MT (97140) **10 min** — R C5–6 lateral glides gr III 3 x 30 s, manual cervical traction 10 x 10 s, median nerve slider R 2 x 10
            - TE (97110) **15 min** — DNF chin nods w/ biofeedback 22 → 26 mmHg 10 x 10 s, scap retraction w/ band 2 x 15, doorway pec stretch 3 x 30 s, for DNF/scapular weakness
            - ULTT1 R elbow ext -35° → -20° post; Spurling R still +; NDI 34%
            """,
            ["M54.12"], [PT("97140", 10), PT("97110", 15)], []),

        // Achilles repair, three codes each with minutes (10, 15, 8, all match) and content: gait with SBA/distance, calf loading with loads, scar/glides with DF degrees and heel-raise reps: passes.
        ["vord-h7-achilles-repair-three-codes"] = new(
            """
            L Achilles repair, wk 12, out of boot 2 wk
            GT 97116 (10 min): heel-lift removed; amb 4 x 100 ft no AD, SBA, cues for L heel-off and equal step length; ↓ L push-off, short R step.
            TE 97110 (15 min): double-leg heel raises 3 x 15 → L-biased 2 x 10, seated soleus raises 20 kg 3 x 12, leg press 3 x 10 @ 60 kg, for L calf weakness.
            MT 97140 (8 min): STM/scar mobs L posterior incision, talocrural posterior glides gr III 3 x 30 s.
            L DF (knee ext) 4° → 8°; SL heel raise L 3 reps vs R 25.
            """,
            ["S86.012D"], [PT("97116", 10), PT("97110", 15), PT("97140", 8)], []),

        // Runner with PFPS, prime minutes "TE (20')" and "TA (15')" (both match): hip/step-down exercises with loads for dynamic valgus; running re-training with cadence and a 10 km goal; valgus k of 10: passes.
        ["vord-h7-pfps-runner-te-ta"] = new(
            """
            Runner, L PFPS — visit 6
            TE (20'): side-lying hip abd 3 x 15 w/ 2 kg, SL RDL 3 x 8 w/ 8 kg KB, step-downs 6-in 3 x 10 w/ mirror, wall sit 3 x 40 s — for L hip abductor/ER weakness and dynamic valgus.
            TA (15'): treadmill running re-training at 7.5 km/h, cadence 160 → 170 spm w/ metronome, 4 bouts; downhill walking practice 3 bouts. Goal: return to 10 km runs pain-free.
            L step-down: 2 of 10 valgus collapse (7 of 10 at IE); pain on stairs 2/10.
            """,
            ["M22.2X2"], [PT("97110", 20), PT("97530", 15)], []),

        // Dictated, wholly generic ("strengthening program and functional activities … tolerated everything well … continue with the plan of care") for TE + TA with no minutes: every content check on both codes and separate time.
        ["vord-h7-generic-dictated-two-codes"] = new(
            "Dictated. The patient came in today and was seen for therapeutic exercise and therapeutic activities. She worked hard on her strengthening program "
            + "and functional activities and tolerated everything well. We will continue with the plan of care and progress as tolerated.",
            ["M62.81"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Aquatic TE + NMR with only "total timed 38 min in pool" (no minutes for either code): separate time missing; both sections complete, one-on-one stated for the whole session.
        ["vord-h7-aquatic-total-only"] = new(
            """
            Aquatic PT — total timed 38 min in pool; PT in water one-on-one whole session.
            Ex (97110): water walking fwd/back 8 lengths, deep-water cycling w/ flotation belt 4 x 50 pedal strokes, wall squats 3 x 12, hip abd/ext at wall 3 x 15 — for lumbar stenosis w/ neurogenic claudication limiting walking and hip extensor weakness.
            NMR (97112): tandem walking in chest-deep water, SLS w/ turbulence, stepping over submerged noodles — for ↓ postural control/proprioception B LE.
            Land: tandem stance 10 s; TUG 11.6 s.
            """,
            ["M48.062"], [PT("97110", 23), PT("97112", 15)], [SepTime]),

        // Complete TKA 97110 (exercises with doses, L knee flexion ROM and quad lag) sent with no diagnosis.
        ["vord-h7-tka-te-no-diagnosis"] = new(
            "TE 97110 20 min — L TKA POD 24: heel slides 3 x 15, prone knee hangs w/ 2 lb 3 bouts, SLR 3 x 10, step-ups 4-in 3 x 10, for L knee flexion ROM "
            + "(96°) + quad weakness (ext lag 5°).",
            [], [PT("97110", 20)], [Dx]),

        // Hip OA: TE 22 (matches) but "MT 15 min" against an 8-min 97140 line: mismatch on 97140; both sections complete.
        ["vord-h7-hip-oa-mt-mismatch"] = new(
            """
            TE 22 min: hip flexor stretch half-kneel 3 x 30 s, clamshells w/ band 3 x 15, bridges 3 x 12, sit-to-stand w/ 10 lb 3 x 10 — L hip ext/abd weakness + flexion contracture from L hip OA.
            MT 15 min: L hip long-axis distraction gr III–IV 4 x 30 s, posterior glide in flexion/adduction, STM L TFL/iliopsoas; L hip IR 12° → 18°.
            """,
            ["M16.12"], [PT("97110", 22), PT("97140", 8)], [At(Mismatch, "97140")]),

        // Paediatric OT sensory-motor course (platform swing, tunnel, heavy beanbags, cutting) with a motor-planning/school goal, but no assistance level, count or any number: 97530 measure missing.
        ["vord-h7-peds-ot-course-no-measure"] = new(
            "OT — 97530 — 25 min. Sensory-motor obstacle course: climbing onto and jumping off the platform swing, crawling through the lycra tunnel, carrying "
            + "heavy beanbags to a bin across the room, then seated tabletop cutting along a curved line. Goal: improve motor planning and body awareness so he "
            + "can follow the class PE routine and cut out shapes for school projects.",
            ["F82"], [OT("97530", 25)], [At(Measure, "97530")]),

        // Cerebellar stroke SOAP: NMR 20 1:1 (line/half-roller/midline reach; ataxia and postural control; tandem steps and SARA) and TE 18 (doses, hip/ankle weakness); "Tolerated treatment well. Continue plan of care" alongside: passes.
        ["vord-h7-cerebellar-soap-generic-closers"] = new(
            """
            S: No falls. Walking to the corner store again.
            O: NMR (20 min, 1:1): tandem walk on 4-in line w/ head turns, SLS on half-foam roller, reaching across midline to cones in semi-tandem; for truncal/L limb ataxia and ↓ postural control after L cerebellar infarct. Tandem 10 steps w/o step-off (6 at IE); SARA 9/40.
               TE (18 min): L hip abd sidelying 3 x 12, bridges w/ march 3 x 10, heel raises 3 x 15, for L hip/ankle weakness.
            A: Tolerated treatment well.
            P: Continue plan of care, 2x/wk.
            """,
            ["I69.393", "R26.0"], [PT("97112", 20), PT("97110", 18)], []),

        // Head-and-neck lymphedema 97140: MLD pathways, myofascial release of fibrosis, passive jaw stretch; submental/neck edema and fibrosis; neck circumference cm and interincisal mm: passes.
        ["vord-h7-head-neck-lymphedema-97140"] = new(
            """
            97140 — 25 min. Head & neck lymphedema after R neck dissection + radiation: MLD w/ terminus + bilateral axillary node prep, submandibular and submental fluid rerouted posteriorly toward the L side; myofascial release R SCM/platysma fibrosis; passive jaw-opening stretch.
            Submental/neck edema + R neck tissue fibrosis (MDACC H&N grade 1b).
            Neck circumference at mid-neck 41.5 cm (43.0 cm on 2/11); max interincisal opening 31 mm → 34 mm post.
            """,
            ["I89.0", "Z85.819"], [PT("97140", 25)], []),

        // OT hand, R thumb CMC OA: 97110 12 (pinch/isometric/band work with doses) and 97140 8 (CMC distraction/glides, thenar STM), key pinch kg and abduction degrees: passes.
        ["vord-h7-ot-thumb-cmc-te-mt"] = new(
            """
            Hand OT — R thumb CMC OA
            97110 (12 min): FDI/opponens strengthening w/ putty pinch 2 x 10, thumb IP flexion blocking 2 x 10, isometric 'C' hold 10 x 10 s, dorsal radial abduction w/ rubber band 2 x 15.
            97140 (8 min): CMC distraction + dorsal glides gr II–III, STM thenar eminence/adductor pollicis.
            R thumb web space tightness + pinch pain; key pinch R 4.0 kg (L 6.5 kg); palmar abduction 38° → 44° post.
            """,
            ["M18.11"], [OT("97110", 12), OT("97140", 8)], []),

        // Dictated gait training fifteen minutes with walker laps, distance and contact guard, stairs — but no impairment, region or goal anywhere: 97116 deficit missing.
        ["vord-h7-gait-dictated-no-target"] = new(
            "Gait training fifteen minutes with the rolling walker: three laps of the clinic loop, about two hundred feet each, with contact guard, then up and "
            + "down four stairs with one rail and contact guard.",
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Pitcher with anterior GH instability: NMR 15 1:1 (rhythmic stabilization at 90/90, ball-on-wall, BOSU; shoulder proprioception/dynamic stability; JPS and CKCUEST) and TE 15 (cuff/scapular work with loads): passes.
        ["vord-h7-pitcher-shoulder-nmr-te"] = new(
            """
            Baseball pitcher, R anterior GH instability (post-dislocation, wk 10)
            NMR 97112 — 15 min — 1:1: rhythmic stabilization at 90/90 ER w/ PT perturbations, ball-on-wall circles 3 x 30 s, quadruped weight shifts on BOSU; for ↓ R shoulder proprioception + dynamic stability.
            JPS error at 90° ER 7° → 4°; CKCUEST 19 touches.
            TE 97110 — 15 min: sidelying ER 3 lb 3 x 15, prone T/Y 2 x 12, band ER/IR at 90/90 3 x 15, push-up plus 3 x 10 — R RC/scapular strength.
            """,
            ["S43.014D"], [PT("97112", 15), PT("97110", 15)], []),

        // SNF PTA: "Resident seen individually (no other residents on PTA's caseload during session)"; NMR 23 (targets/pushes/obstacle; reactive control and foot sensation; k of 6 and Tinetti) and TA 15 (CGA/SBA, ALF goal): passes.
        ["vord-h7-snf-pta-nmr-ta"] = new(
            """
            SNF — PTA note — Resident seen individually in therapy gym (no other residents on PTA's caseload during session).
            NMR 97112 23 min: weight shifts in standing to lit targets on wall, reactive stepping to gentle pushes via gait belt, stepping over 2-in obstacle w/ RW; for ↓ reactive postural control + ↓ L foot sensation. 4/6 effective steps to lateral pushes; Tinetti POMA 17/28 (13/28 on admit).
            TA 97530 15 min: wheelchair → toilet w/ grab bar x3 (CGA), reaching into closet for clothes x4 (SBA). Goal: return to ALF.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97530", 15)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
