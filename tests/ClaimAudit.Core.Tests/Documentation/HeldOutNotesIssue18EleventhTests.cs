using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eleventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings and examples they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were
/// never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from four
/// independent sources in another region (the rural High Plains), in the proportions a billing manager
/// sees them — most notes ordinary and complete (about two thirds pass):
/// <list type="number">
/// <item>two small private practices whose owner-PTs write tersely in their own shorthand: an
/// orthopaedic / sports practice (lower-case "rx:", "te/mt 15/8'" slash-paired minutes, a
/// "billed (code·min): 97110·20" legend, per-set rep logs "12/12/10", a code / min / 1:1 table) and a
/// balance, vestibular and neuro practice ("RBN // DOS // visit n of m" headers, "NMR 97112 = 25 min",
/// a ◆ / ◇ radio template, a ✓ / ✗ legend);</item>
/// <item>a hospital outpatient department: long templated notes (identity, isolation, interpreter and
/// fall-risk fields, vitals, education lines, e-signatures) with flowsheet text pasted in
/// ("[Pasted from flowsheet …] … [End paste]", dotted-leader rows, semicolon multi-select values,
/// "(no data)" cells, a charge-capture timed-code block, a per-code 1:1 column);</item>
/// <item>a rural clinic where one PT, one PTA and a travelling ("outreach") OT see everything — ranch and
/// farm work as goals and tasks (calf bottles, gates, pickup and tractor cabs, firewood, feed sacks),
/// plain-language notes, a scanned paper form with circled letters (Ⓝ), "½ hr".</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (beside untimed 97010 and timed but
/// unprofiled 97032); conditions the earlier sets barely touched (Charcot-Marie-Tooth, West Nile
/// neuroinvasive disease, superior canal dehiscence, mal de débarquement, cervical myelopathy,
/// Huntington's chorea, cervical dystonia, NPH magnetic gait, CIDP, post-polio syndrome, ALS, functional
/// gait disorder, thoracic outlet syndrome, axillary web syndrome, zone II flexor tendon repair, TFCC,
/// SCFE, SI joint). Each note's DOC_* findings were judged by hand as a payer reviewer applying the
/// contract:
/// <list type="bullet">
/// <item>class 1 (v1-h11-…): one-on-one in these writers' words ("sole pt in clinic this slot, PT
/// hands-on start to finish", "Therapist Presence: Continuous — this patient only", "at her side for
/// the whole NMR block and nobody else was being seen", "Ratio OT:client 1 to 1", "individually rx'd —
/// not double-booked"), notes that negate it (two brothers treated side by side, a rehab tech running
/// the circuit while the PTA charted, a PT who stepped out for a phone call) or never state it (a long
/// hospital SOAP, a "1:1" that is a weight-bearing ratio);</item>
/// <item>class 2 (v2-h11-…): template states: semicolon multi-select flowsheet values, a ◆ / ◇ radio
/// legend, a circled letter on a scanned form, a ✓ / ✗ legend with every technique crossed, "(no data)"
/// assistance cells, a bracketed level on an assistance scale, L / R / B impairment columns, a per-code
/// 1:1 column ticked on one row and dashed on another;</item>
/// <item>class 3 (v3-h11-…): named programmes as techniques (LiFE, FallProof!, the Dai readaptation
/// protocol, BATRAC, Watson stress loading, BTE Primus work simulation, Halliwick, Foundation Training,
/// Perfetti cognitive therapeutic exercise, ZeroG body-weight support), with one in a pool class, one
/// without a target and one without a number;</item>
/// <item>class 4 (v4-h11-…): deficits stated as findings (magnetic gait with en bloc turns, Hoffmann
/// and hyperreflexia with a broad base, chorea throwing her off mid-turn, dystonic head rotation with a
/// sensory trick, Thomas / Ely tests, SI provocation tests, a knee that bends only to 95° for a tractor
/// cab, a positive fovea sign) and notes that state none (impairments "see initial evaluation", a
/// firewood session with no goal);</item>
/// <item>class 5 (v5-h11-…): measures in their usual forms (AM-PAC 6-Clicks, SVV bucket test, Figure-of-8
/// Walk Test, Jebsen-Taylor, PASS, isokinetic peak torque, modified Schober and sit-and-reach, the Stair
/// Climb Test) and notes with none (measures deferred, a skywalk walk "halfway" with no number);</item>
/// <item>class 6 (v6-h11-…): minutes in their usual forms (a code·min legend, slash-paired "te/mt 15/8'",
/// "½ hr", a pasted charge-capture block with units and totals, "TE 15 min + GT 10 min = 25 min timed"), true
/// mismatches (a pasted 17 against 15, a slash pair against the manual line, "½ hr" against 23) and truly
/// missing separate time (blank per-code minute fields, two of three codes sharing one time);</item>
/// <item>class 7 (v7-h11-…): empty notes (DOC_NOTE_MISSING on each profiled line, twice for 97530 billed
/// by PT and OT, none on 97032, nothing else but the diagnosis check), and the contract's meanings of
/// technique, deficit and measure for 97110 (a feed-sack goal; exercises without any parameter), 97530
/// (loads and repetitions as the measure), 97140 (cupping with passes; generic phrases only) and 97116
/// (a walk-to-the-coop goal);</item>
/// <item>ordinary (vord-h11-…): complete notes of all four sources across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: generic two-code notes from
/// both private practices, an ICD-9 and a missing diagnosis, a generic hospital OT note, gait minutes
/// "per flowsheet", a PTA NMR that never says one-on-one, an OT session time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis).
/// Cases a careful reviewer could argue either way under the contract were left out (a measure or
/// deficit given in one code's section only of a multi-code note, generic phrases beside a deficit or a
/// measure, approximate minutes that differ, home-programme durations, diagnosis codes without their dot,
/// a bare number beside a code with no unit).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 77 of 96 cases agree (95 needed), and 9 of the 62 notes the reviewer passes got a finding, on the
/// analyzer of bf583c7 (the start of 2026-12-04's last session; a separate worktree, only these two figures
/// read).
/// </para>
/// <para>
/// After: 77 of 96, 9 false positives — the same figures — at its first run on the analyzer with the tenth
/// set's fixes and their review (24a907b): the held-out figure. Then development data: everyday one-on-one
/// wording ("sole pt in clinic", "at her side … nobody else was being seen", "not double-booked"), a
/// weight-bearing "L:R 1:1" that is no attendance, a "✓ done ✗ not done" legend, a "//" header's date,
/// slash-paired minutes ("te/mt 15/8'"), "½ hr", boilerplate goals ("to improve independence with ADLs"),
/// "did fine", chorea and dystonia, the distal radius, perturbed squats, motor and sensorimotor retraining;
/// each class with new examples and controls in NotesAsWrittenTests ("eleventh-set"): 95 of 96, no false
/// positive. Left: v2-h11-hosp-row-1to1-dash, a table's per-code 1:1 column (the analyzer reads one-on-one
/// for the note, not per row).
/// </para>
/// </summary>
public class HeldOutNotesIssue18EleventhTests(ITestOutputHelper output)
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

        // Neuro practice shorthand: "Sole pt in clinic this slot, PT hands-on start to finish" is one-on-one; hose-line heel-toe, half-deflated ball stagger stance, called side-steps; CMT somatosensory loss with late ankle strategy; tandem steps and SLS seconds; "= 25 min" matches: passes.
        ["v1-h11-rbn-sole-pt-in-clinic"] = new(
            """
            RBN // DOS 03-04 // visit 6 of 12
            Sole pt in clinic this slot, PT hands-on start to finish.
            Charcot-Marie-Tooth 1A — B foot drop (AFOs on), ↓ sensation to ankles.
            NMR 97112 = 25 min
             - heel-toe walk along a garden hose laid in an S-curve, eyes up on a wall target
             - stagger stance on a half-deflated playground ball, R then L fwd, catching bean bags
             - lateral steps over foam pipe-insulation tubes, L/R called at random by PT
            Impair: distal somatosensory loss B feet → late ankle strategy, early hip/stepping strategy
            Tandem on mat 14 steps w/o step-off (9 at visit 1); SLS firm R 5 s / L 4 s
            """,
            ["G60.0"], [PT("97112", 25)], []),

        // Hospital template with a pasted session block "Session Format: Individual / Therapist Presence: Continuous — this patient only": one-on-one; X1 at 1 Hz on foam, corridor head turns; R hypofunction after canal dehiscence repair; DVA and Brief-BESTest; 24 matches: passes.
        ["v1-h11-hosp-continuous-presence"] = new(
            """
            MERCY REGIONAL OUTPATIENT REHABILITATION — PHYSICAL THERAPY DAILY NOTE
            Date of Service: 03/04/2026      Visit: 5      Referral: ENT
            Precautions: no lifting > 10 lb until the 6-wk post-op check

            [Pasted from flowsheet 03/04/26 0915]
            Rehab Session Info
              Session Format ........................ Individual
              Therapist Presence .................... Continuous — this patient only
              Interpreter Used ...................... No
              Falls Since Last Visit ................ No
            [End paste]

            SUBJECTIVE: Bouncing vision when walking the hallway at work is less. Still dizzy w/ quick head turns to the R.

            OBJECTIVE:
            Neuromuscular Re-education (97112) — 24 min
              • Gaze stabilization X1 viewing at 1 Hz (metronome), letter target on plain wall → checkerboard, firm → foam, 4 x 45 s each plane
              • Walking w/ horizontal head turns reading letters posted along the corridor, 4 x 100 ft
              • Foam stance EC w/ slow head pitch, 3 x 30 s
            Impairments addressed: R vestibular hypofunction after R superior canal dehiscence repair (middle fossa approach) — reduced gaze stability w/ head movement, unsteady on compliant surface w/ EC.
            Outcomes: DVA 4 lines lost (6 at IE); Brief-BESTest 15/24 (11/24 at IE).

            ASSESSMENT: Gaze stability improving; symptomatic at faster head speeds.
            PLAN: Progress to 1.5 Hz, add busy-background walking. Continue per POC.
            Electronically signed: K. Lindqvist, PT, DPT   03/04/2026 10:02
            """,
            ["H83.8X1", "R42"], [PT("97112", 24)], []),

        // Rural PTA in plain words: "I was at her side for the whole NMR block and nobody else was being seen" is one-on-one; rhythmic stabilization, tapping over glute max, cushion-stack weight shifts; West Nile L hip/quad recruitment; k of 10 and SLS seconds: passes.
        ["v1-h11-rural-pta-at-her-side"] = new(
            """
            Sandhills Rehab — PTA treatment note (PT to co-sign)
            West Nile neuroinvasive disease last August — L leg still weak and she doesn't trust it on uneven ground.
            I was at her side for the whole NMR block and nobody else was being seen.
            97112 — 23 min
            Quadruped → tall kneel w/ rhythmic stabilization at the pelvis, L step-ups onto the aerobic step w/ tapping over L glute max to cue firing, standing on the couch-cushion stack shifting onto L to hang dish towels on a line.
            Poor L hip extensor/quad recruitment in stance, L knee gives way on the cushions; ↓ L weight acceptance.
            L step-up w/o knee buckle 8/10 (3/10 two wks ago); L SLS firm 6 s.
            """,
            ["A92.32", "R26.89"], [PTA("97112", 23)], []),

        // Two brothers with PD "Tx'd side by side; PT alternated cues + guarding between the two of them": not one-on-one; BIG steps, counted 360° turns, backward tugs; hypokinesia and retropulsion; turn steps/seconds present.
        ["v1-h11-rbn-brothers-side-by-side"] = new(
            """
            RBN // 3/4 // PD — Hal + his brother Ray (also PD) booked in the same slot at the family's request
            Tx'd side by side; PT alternated cues + guarding between the two of them.
            NMR 97112 = 20 min (Hal):
             - BIG forward/back steps to floor tape
             - 360° turn around a cone, counting steps out loud
             - backward steps to PT's tug at the gait belt
            Impair: hypokinetic stepping w/ start hesitation; retropulsion
            360° turn 8 steps / 5.1 s; recovered from backward tug in 2 steps (4 at IE)
            """,
            ["G20.A1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Rural PTA: "Rehab tech walked pt through the stations while I finished morning charting at the front desk": not one-on-one; foam/rocker/cone-weave circuit, peroneal response and R ankle proprioception, SLS seconds present.
        ["v1-h11-rural-tech-ran-circuit"] = new(
            """
            PTA note — balance circuit
            Set up 4 stations (foam pad EC, rocker board A/P, cone weave w/ head turns, step-ups onto foam). Rehab tech walked pt through the stations while I finished morning charting at the front desk; I checked his form between rounds.
            Focus: slow peroneal response + ↓ R ankle proprioception after his 3rd inversion sprain this calving season.
            R SLS on foam 12 s (8 s last wk); cone weave 0 touches on round 2.
            NMR 97112 20 min.
            """,
            ["S93.401D"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Long hospital SOAP with identity / isolation / interpreter / fall-risk fields and a pasted activity table, complete (hurdles, foam tandem, reach, treadmill perturbations; L DF recruitment and reactive stepping; Mini-BESTest) — but nothing says one-on-one.
        ["v1-h11-hosp-long-soap-unstated"] = new(
            """
            MERCY REGIONAL OUTPATIENT REHABILITATION
            PHYSICAL THERAPY TREATMENT NOTE                      Visit 8 / Auth 12
            Patient Identity Verified: Yes (name/DOB)      Isolation: No
            Interpreter Required: No                         Fall Risk Screen: Positive
            Pain: 2/10 (0-10 NRS), L lateral hip, aching

            SUBJECTIVE
            Pt states he "only caught his toe once" this week on the driveway. Using cane outdoors only.

            OBJECTIVE
            [Pasted from flowsheet 03/04/26 1330]
            Neuromuscular Re-ed Activity        Parameters              Response
            Obstacle step-over (6" hurdles)     4 laps x 5 hurdles      L toe contact 1/20
            Tandem stance on foam               3 x 30 s                CGA, 2 steps off
            Lateral reach out of BOS            2 x 10 ea side          min verbal cues
            Treadmill stop/start perturbation   6 trials @ 1.2 mph      6/6 recovered w/ 1 step
            [End paste]
            Neuromuscular re-education 97112 x 25 minutes.
            Impairments targeted: L ankle DF motor recruitment and foot clearance, ↓ reactive stepping after R MCA CVA (L hemiparesis).
            Mini-BESTest 18/28 (14/28 at IE).

            ASSESSMENT
            Improved reactive stepping; toe clearance still variable when fatigued.
            PLAN
            Continue POC 2x/wk; progress to outdoor uneven surfaces.
            Electronically signed by: R. Okafor, PT 03/04/2026 14:12
            """,
            ["I69.354"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // The only "1:1" is the dual-scale weight-bearing ratio L:R, not attendance; PNF weight shift with scales/mirror, forced-use step-ups; R LE weight acceptance and recruitment; step-up stance seconds present: one-on-one not stated.
        ["v1-h11-rbn-wb-ratio-1to1-not-attendance"] = new(
            """
            RBN // 3/4 // R hemi (L pontine CVA 10 wk)
            NMR 97112 = 22 min
            PNF resisted weight shift onto R w/ approximation at pelvis, dual bathroom scales + mirror for feedback; R step-ups w/ L foot taps to cone (forces R stance); R SLS attempts w/ PT blocking R knee
            Impair: ↓ R LE weight acceptance + ↓ R quad/glute recruitment in stance
            Dual-scale WB L:R now 1:1 in quiet stance (60:40 at IE); R step-up stance 6 s
            """,
            ["I69.351"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Travelling OT: "Ratio OT:client 1 to 1 for the session" is one-on-one; facilitated scapular reach, forced use, graded pinch–release; scapular upward rotation and finger-extensor activation; Chedoke-McMaster stages and release count: passes.
        ["v1-h11-travel-ot-1-to-1"] = new(
            """
            OT (outreach, Thurs) — Sandhills Rehab
            Ratio OT:client 1 to 1 for the session.
            97112 — 25 min — L UE after R MCA stroke (4 mo)
            Task-specific reach to a shelf w/ OT facilitating scapular upward rotation at the inferior angle; forced use of L hand for card sorting (R hand resting in lap); graded pinch–release of clothespins onto the rim of a bucket.
            ↓ L scapular upward rotation + delayed finger extensor activation on release.
            Chedoke-McMaster arm stage 4 (3 at IE), hand stage 3; clothespins released onto rim 11 in 60 s.
            """,
            ["I69.354"], [OT("97112", 25)], []),

        // Ortho owner-PT: "Pt did 2nd/3rd rounds on her own — I stepped out to take a call": not one-on-one (nothing states it); slackline, towel SL stance EC, hop-to-stick; peroneal reaction and JPS; seconds and k of 10 present; 18' matches.
        ["v1-h11-nf-pt-stepped-out"] = new(
            """
            rx: L ankle instab (3rd inversion sprain, volleyball). nmr 97112 18'.
            - slackline walk w/ 2-pole assist, 4 lengths
            - SL stance on rolled towel, EC, 3 sets
            - lat hop to stick onto tape X
            Pt did 2nd/3rd rounds on her own — I stepped out to take a call from her ortho's office partway thru.
            deficit: slow peroneal reaction + ↓ L ankle JPS
            SL EC on towel L 9 s / R 22 s; hop-stick 8/10 no touchdown
            """,
            ["M25.372"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Ortho owner-PT: "individually rx'd — not double-booked this hr" is one-on-one; band-perturbed SL squats, drop-step stick, bound-and-freeze; landing timing and dynamic valgus after ACLR; valgus k of 10 and hop LSI: passes.
        ["v1-h11-nf-not-double-booked"] = new(
            """
            97112 nmr 20' — individually rx'd, not double-booked this hr.
            R knee, 14 wk s/p ACLR (BTB) — quad timing poor on landing, knee caves in (dyn valgus) on SL squat.
            - perturbed SL mini-squat: PT band tugs at knee, random direction, 4×8
            - drop-step to stick from 8" box w/ mirror
            - lat bound + freeze 3×6
            SL squat valgus 3/10 reps (7/10 @ 12 wk); SL hop LSI 71%
            """,
            ["S83.511D"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: template states

        // Pasted hospital flowsheet with dotted leaders and semicolon multi-select values: ratio 1:1, perturbation/compliant/dual-task/EC techniques with detail, postural control and reactive balance, "NMR Minutes 23" and FGA 20/30: passes.
        ["v2-h11-hosp-multiselect-semicolons"] = new(
            """
            [Pasted from flowsheet 03/04/26 0805 — T. Berg, PT]
            PT Neuro Interventions
              Patient:Therapist Ratio ............ 1:1
              NMR Techniques ..................... Perturbation training;Compliant surface;Dual-task;Vision removed (EC)
              NMR Technique Detail ............... lateral pushes at shoulders in narrow stance; Airex w/ EC; walking w/ serial 7s
              Neuro Impairment Targeted .......... Postural control;Reactive balance
              Neuro Impairment Detail ............ delayed protective step to L, sway ↑ w/ EC
              NMR Minutes ........................ 23
              Outcome Measure .................... FGA
              Outcome Score ...................... 20/30
            [End paste]
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Radio template with a legend "◆ = selected ◇ = not selected": one-on-one Yes, foam/EC, perturbation and head-turn gait with detail, somatosensory + vestibular systems, seconds and inches against IE: passes.
        ["v2-h11-rbn-diamond-radio-yes"] = new(
            """
            RBN NMR template v3          ◆ = selected   ◇ = not selected
            One-on-one:   ◆ Yes   ◇ No
            Surface:      ◇ firm  ◆ foam   ◇ rocker
            Vision:       ◇ EO    ◆ EC
            Technique:    ◆ perturbation   ◆ head-turn gait   ◇ PNF
            Detail: foam stance EC w/ light sternal + posterior taps; walking w/ yaw head turns past the busy poster wall
            System:       ◆ somatosensory   ◆ vestibular   ◇ visual
            Result: foam EC 17 s before a step (9 s at IE); head-turn gait drift 8 in off the line (15 in at IE)
            97112 = 25 min
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], []),

        // Scanned paper form typed in with the answer circled: "1:1 treatment?  Y  Ⓝ (PTA had 2 pts in the gym)" is a no; rocker M/L, sandbag side-steps, reach; lateral weight shift and hip abductor recruitment; seconds and inches present.
        ["v2-h11-rural-circled-n"] = new(
            """
            Sandhills Rehab — Balance Tx (paper flowsheet, scanned + typed in)
            1:1 treatment?    Y   Ⓝ    (PTA had 2 pts in the gym)
            97112 — 20 min
            Rocker board M/L w/ fingertip support, sidestepping over sandbags, reaching out of BOS for rings on the wall pegs.
            ↓ lateral weight shift + ↓ R hip abductor recruitment in stance (R TKA 3 mo).
            Rocker M/L level hold 15 s; fwd reach 9 in.
            """,
            ["Z96.651", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // "✓ done today / ✗ not done" legend with every technique crossed and none written elsewhere; 1:1 ✓, MSA-C postural deficit and Berg present, no generic phrase: technique only.
        ["v2-h11-rbn-tick-cross-all-crossed"] = new(
            """
            RBN // 3/4        (✓ done today   ✗ not done)
            1:1 w/ PT ✓
            ✗ perturbation   ✗ foam/compliant   ✗ gaze stab   ✗ PNF   ✗ dual-task gait
            Deficit: posterior lean + ↓ anticipatory postural control (MSA-C)
            Berg 44/56
            NMR 97112 = 20 min
            """,
            ["G90.3"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Pasted OT flowsheet: activities, equipment and a bathing goal, but every assistance cell "(no data)" and no repetition or other number: 97530 has no measure.
        ["v2-h11-hosp-ot-assist-no-data"] = new(
            """
            [Pasted from flowsheet 03/04/26 1410]
            OT ADL Retraining
              Activity ......................... Toilet transfer;Tub bench transfer;Lower body dressing
              Adaptive Equipment ............... Raised toilet seat;Reacher;Sock aid;Long-handled sponge
              Toilet Transfer Assist Level ..... (no data)
              Tub Transfer Assist Level ........ (no data)
              LB Dressing Assist Level ......... (no data)
              Patient Goal ..................... "Shower at home without my daughter"
            [End paste]
            Therapeutic activities (97530) x 25 min — practiced the above within posterior hip precautions (L THA 5 wk).
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 25)], [At(Measure, "97530")]),

        // Travelling OT assistance scale with the level in brackets ("[SBA]", legend given); simulated calf-bottle carries, gate latch, kneel-to-stand with counts; chores goal and L shoulder limit after cuff repair: passes.
        ["v2-h11-travel-ot-bracketed-assist"] = new(
            """
            OT outreach (Thurs) — ther act 97530 — 23 min
            Assist (selected level in brackets):  indep / mod I / [SBA] / CGA / min A / mod A / max A
            Simulated chores in clinic: carrying a 2-qt calf bottle in each hand 60 ft x4, working a spring-loaded gate latch w/ L hand x10, kneel ↔ stand at a straw-bale-height bench to reach a low bucket x5.
            Goal: back to morning calf chores w/ son doing the heavy lifting.
            L rotator cuff repair 12 wk — ↓ L shoulder elevation + grip endurance.
            """,
            ["S46.012D", "Z47.89"], [OT("97530", 23)], []),

        // Impairment grid with L / R / B columns: X under R for proprioception and motor recruitment is the deficit; "Tx (1:1, PT)"; JPS matching, BAPS, blanket SL stance; JPS degrees and seconds: passes.
        ["v2-h11-rural-side-columns-deficit"] = new(
            """
            Sandhills Rehab — NMR flow
            Impairment            L    R    B
            Proprioception        .    X    .
            Motor recruitment     .    X    .
            Vestibular            .    .    .
            Tx (1:1, PT): R ankle joint-position matching w/ eyes shut (copy the L foot's position), BAPS lvl 2 seated → standing, R SL stance on a folded moving blanket catching a rubber ball.
            JPS error R 7° (12° at IE); R SLS on blanket 14 s.
            97112 23 min
            """,
            ["S82.61XD"], [PT("97112", 23)], []),

        // Ortho table "code | min | 1:1 | what": 97112 15 with ✓ (balance pod, hop-stick, EC alphabet; proprioception/evertor response; k of 10) and 97110 15 (rep logs; evertor/PF weakness; heel-raise count): passes.
        ["v2-h11-nf-row-1to1-column-ticked"] = new(
            """
            Northfork PT — 3/4 — L ankle s/p Broström 10 wk
            code  | min | 1:1 | what
            97112 | 15  |  ✓  | SL stance on balance pod catching a reaction ball, lat hop-to-stick onto tape X, SL ankle alphabet EC; L ankle proprioception + slow evertor response; hop-stick 7/10
            97110 | 15  |     | calf raise off step 15/15/15, green band eversion 20/20/20, SL RDL 8 kg 10/10/10; L evertor + PF weakness, heel raise L 14 vs R 25
            """,
            ["M25.372"], [PT("97112", 15), PT("97110", 15)], []),

        // Pasted grid with a per-code "1:1" column: Y on the ther ex row, "—" on the neuro re-ed row: the NMR is not stated one-on-one; both rows' content and minutes complete.
        ["v2-h11-hosp-row-1to1-dash"] = new(
            """
            [Pasted from flowsheet 03/04/26 1315]
            Timed Code          Min   1:1   Detail
            97110 Ther Ex       15    Y     recumbent stepper lvl 3; sit-to-stand from 18" 3 x 10; standing hip abd 2 lb 3 x 12 — B hip abductor weakness (4-/5); 5xSTS 16.2 s
            97112 Neuro Re-ed   20    —     tandem walk on foam beam; rocker-board perturbations; stepping over obstacles w/ head turns — ↓ reactive stepping + ↓ somatosensory use (neuropathy); Mini-BESTest 17/28
            [End paste]
            """,
            ["E11.42", "R26.81"], [PT("97110", 15), PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Pasted gait flowsheet with semicolon values: FWW, contact guard, distances "150;150;75", deviations listed; 15 matches: 97116 passes.
        ["v2-h11-hosp-gait-flowsheet-multiselect"] = new(
            """
            [Pasted from flowsheet 03/04/26 1105]
            Gait Training
              Gait Training Minutes ........ 15
              Assistive Device ............. Front-wheeled walker
              Assist Level ................. Contact guard assist
              Distance (ft) ................ 150;150;75
              Surface ...................... Level tile;Carpet
              Gait Pattern ................. Step-through
              Gait Deviations .............. Decreased stride length;Decreased foot clearance - R;Trunk flexion
              Cues ......................... Verbal;Tactile
            [End paste]
            """,
            ["Z96.651", "R26.89"], [PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 3: named programmes as techniques

        // LiFE (Lifestyle-integrated Functional Exercise) balance strategies practised "one-on-one"; limits of stability and ankle strategy; tandem seconds and 30-s chair stand: passes.
        ["v3-h11-rural-life-programme"] = new(
            """
            Sandhills Rehab — PT
            LiFE (Lifestyle-integrated Functional Exercise) balance strategies built into her day: tandem stand at the kitchen sink while washing up, stepping over the dog's bowl and back, turning to reach the spice shelf in narrow stance, heel-to-toe down the hall to the bathroom. Practiced each here w/ PT guarding, one-on-one.
            Narrow limits of stability + ↓ ankle strategy; 2 near-falls turning at the stove.
            Tandem at counter 18 s w/o UE (6 s at IE); 30-s chair stand 9.
            97112 25 min
            """,
            ["Z91.81", "R26.81"], [PT("97112", 25)], []),

        // FallProof! (Rose) components named with their sections, 1:1; multisensory integration and limits of stability; Fullerton Advanced Balance scale: passes.
        ["v3-h11-rbn-fallproof"] = new(
            """
            RBN // 3/4 — FallProof! (Rose) components, 1:1
             - CoG control: seated → standing leans to clock-face targets
             - multisensory: foam + EC + head turns
             - gait pattern: heel-toe, tandem, braiding along the mat
             - moving obstacles: stepping over a rolling ball
            2 falls in the yard since Christmas — ↓ multisensory integration + narrow limits of stability (won't lean past her toes)
            FAB scale 22/40 (17/40 at IE)
            97112 = 25 min
            """,
            ["R29.6", "Z91.81"], [PT("97112", 25)], []),

        // Dai readaptation protocol (OKN with head roll at the rocking frequency) for mal de débarquement, 1:1; maladapted vestibular velocity storage; Fukuda rotation in degrees: passes.
        ["v3-h11-rbn-dai-readaptation"] = new(
            """
            RBN // vestibular // 3/4
            Mal de débarquement (after an Alaska cruise, 5 mo): constant rocking sensation, worse sitting still, better driving.
            Impair: maladapted vestibular velocity storage; Fukuda stepping 80° rotation to L at IE.
            Dai readaptation protocol: full-field OKN stripes moving L → R on the wall projector while PT rolls pt's head at her rocking frequency (0.2 Hz), 3 bouts; then standing sway check.
            Fukuda 35° to L after tx (50° at start of today).
            NMR 97112 = 20 min, 1:1 in the dark room.
            """,
            ["R42"], [PT("97112", 20)], []),

        // Hospital OT: BATRAC (bilateral arm training with rhythmic auditory cueing) with metronome and blocks, "Attendance: one-on-one with OT"; R UE motor control and bimanual coordination; FMA-UE and WMFT: passes.
        ["v3-h11-hosp-ot-batrac"] = new(
            """
            MERCY REGIONAL OUTPATIENT REHABILITATION — OCCUPATIONAL THERAPY DAILY NOTE
            Visit 9 of 16      Attendance: one-on-one with OT
            Neuromuscular Re-education (97112) 25 minutes
            BATRAC (bilateral arm training with rhythmic auditory cueing): seated at the T-bar track handles, bilateral in-phase push–pull, then alternating (anti-phase), metronome 60 → 72 bpm, 4 blocks of 50 cycles.
            Impairments: ↓ R shoulder flexion / elbow extension motor control and bimanual coordination (L MCA CVA, 7 mo).
            Outcome: FMA-UE 38/66 (33/66 at IE); WMFT functional ability 2.6 (2.1 at IE).
            Plan: add unimanual R reaching at 72 bpm next visit. Continue per POC.
            """,
            ["I69.351"], [OT("97112", 25)], []),

        // Travelling OT 97110: Watson stress-loading programme (scrub and carry) with strokes, loads and distances; CRPS R hand with edema and allodynia; figure-8 circumference and fist distance: passes.
        ["v3-h11-travel-ot-watson-stress-loading"] = new(
            """
            OT outreach — 97110 — 20 min
            Watson stress-loading program: scrub phase in quadruped w/ scrub brush on a plywood board, weight through R hand, 3 rounds of 30 strokes; carry phase w/ 3 lb then 5 lb bucket in R hand, 4 x 50 ft.
            CRPS type 1 R hand after distal radius fx: dorsal hand edema, allodynia to light touch, stiff MCPs.
            Figure-8 hand circumference R 49.5 cm (51.0 cm last wk); fist 2 cm from DPC.
            """,
            ["G90.511"], [OT("97110", 20)], []),

        // Rural 97530: BTE Primus steering-wheel and lever simulation with torque/loads/reps, cab-ladder climbs with SBA; combine-harvest goal and R shoulder impingement: passes.
        ["v3-h11-rural-bte-primus-combine"] = new(
            """
            Sandhills Rehab — PT — work sim
            BTE Primus: steering-wheel attachment, continuous turning at 15 in-lb, 3 x 60 rotations; lever pull (hydraulic-lever sim) at 25 lb, 3 x 12 each arm; climbing the 3-step platform w/ grab handle to a mock cab door x6 w/ 3-point contact, SBA.
            Goal: run the combine through fall harvest — long days in the cab, up and down the ladder many times a day.
            R shoulder impingement w/ ↓ overhead endurance; pain 2/10 → 4/10 by end of sim.
            97530 — 25 min
            """,
            ["M75.41"], [PT("97530", 25)], []),

        // Hospital pool: Halliwick Ten-Point Programme run as a class, "4 pts in water w/ 1 PT + 1 aide on deck": not one-on-one; rotation control and turbulence work, MS trunk control, land tandem and 10MWT present.
        ["v3-h11-hosp-halliwick-class"] = new(
            """
            MERCY REGIONAL — AQUATIC THERAPY (pool 92°F)
            Halliwick Ten-Point Programme balance class — 4 pts in water w/ 1 PT + 1 aide on deck.
            Pt: sagittal + transversal rotation control, turbulent gliding, standing balance in chest-deep water against PT-made turbulence, sidestepping along the wall.
            Targets: ↓ trunk rotation control + postural stability (MS, EDSS 5.0).
            Land measures before class: tandem stance 9 s; 10MWT 0.78 m/s.
            97112 × 30 min
            """,
            ["G35"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Foundation Training block (Founder, Woodpecker, 8-Point Plank) with holds and breaths — but no body region, impairment or functional goal anywhere: 97110 deficit missing.
        ["v3-h11-nf-foundation-training-no-target"] = new(
            """
            97110 20' — Foundation Training block
            - Founder 3 × 30 s
            - Woodpecker 3 × 20 s
            - 8-Point Plank 3 × 10 breaths
            - kneeling Founder 2 × 10
            - lunge stretch w/ arms overhead 2 × 30 s ea side
            HEP sheet emailed.
            """,
            ["M54.50"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Hospital OT: Perfetti cognitive therapeutic exercise (vision occluded, sponge density and track position), one-on-one, R hand sensorimotor integration — but no number other than the minutes: no objective measure.
        ["v3-h11-hosp-ot-perfetti-no-number"] = new(
            """
            OT — 97112 — 20 min, one-on-one
            Perfetti cognitive therapeutic exercise: vision occluded, pt identifies which of several sponges of different density is under the R fingertips and which track position the OT moved the R hand to on the inclined board, then reproduces the movement actively.
            Targets: R hand sensorimotor integration + motor control (L parietal CVA, 5 mo).
            Pt more accurate as the session went on; R finger extension starting to follow the imagined path.
            """,
            ["I69.331"], [OT("97112", 20)], [At(Measure, "97112")]),

        // 97116: ZeroG overhead dynamic body-weight support with % BWS, distances, ramps and stairs, facilitation; L hemiparetic gait with circumduction; min A → CGA and 10MWT: passes.
        ["v3-h11-hosp-zerog-overground"] = new(
            """
            Gait Training (97116) — 25 min
            ZeroG overhead dynamic body-weight support: 20% BWS, fall-protection mode, overground 4 x 100 ft incl. 2 ramps and a 4-step staircase; PT facilitating L hip flexion in swing.
            L hemiparetic gait: ↓ L hip/knee flexion in swing w/ circumduction, short R step.
            Min A → CGA for L foot placement by the 3rd lap; 10MWT off harness w/ quad cane 0.46 m/s.
            """,
            ["I69.354"], [PT("97116", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes with none

        // 97116 after a VP shunt: "magnetic — feet barely leave floor, shuffling, en bloc turning; wide BOS" is the gait impairment; tape-line step targets, rollator, distances, SBA; step length and turn steps: passes.
        ["v4-h11-rbn-nph-magnetic-gait"] = new(
            """
            RBN // 3/4 // NPH, 6 wk s/p VP shunt
            GT 97116 = 20 min: overground w/ rollator 3 x 120 ft, cued "lift + reach" stepping over floor tape lines spaced at target step length, 180° turns around a cone in a wide arc; SBA
            Gait: magnetic — feet barely leave the floor, short shuffling steps, en bloc turning; wide BOS
            Step length 38 cm (28 cm pre-shunt); 180° turn 6 steps
            """,
            ["G91.2"], [PT("97116", 20)], []),

        // Hospital 97112: "+ Hoffmann B, patellar 3+ B, broad-based gait, unable to tandem > 2 steps" is the myelopathic postural/proprioceptive deficit by its signs; narrow-base progression, slow-reversal PNF; tandem steps and Romberg seconds; one-on-one: passes.
        ["v4-h11-hosp-myelopathy-signs"] = new(
            """
            PHYSICAL THERAPY DAILY NOTE — Mercy Regional Outpatient Rehab
            Neuromuscular Re-education (97112) 23 min — one-on-one.
            Findings: + Hoffmann B, patellar reflexes 3+ B, broad-based gait, unable to tandem > 2 steps (cervical spondylotic myelopathy, s/p C4–6 ACDF 3 mo).
            Tx: narrow-base stance progression (feet together → semi-tandem → tandem) on firm then foam w/ EO/EC; heel-toe walking along the corridor stripe w/ PT at gait belt; slow-reversal PNF at pelvis in stride stance.
            Outcome: tandem walk 6 steps before stepping off; Romberg EC 20 s (8 s at IE).
            Plan: continue per POC; reassess at visit 12.
            """,
            ["M47.12", "Z98.1"], [PT("97112", 23)], []),

        // "Choreiform trunk + L leg movements throw her off balance mid-turn; can't stop quickly on command" is the deficit (Huntington's); cued stop/turn drills, rhythmic stabilization, weighted vest; k of 10 and TUG; 1:1: passes.
        ["v4-h11-rbn-chorea-turns"] = new(
            """
            RBN // 3/4 // Huntington's (early–mid stage)
            Choreiform trunk + L leg movements throw her off balance mid-turn; impulsive turns, can't stop quickly on command.
            NMR 97112 = 25 min, 1:1:
             - walk → stop on auditory cue ("freeze!") x10
             - slow cued pivot turns inside a taped 4-square box
             - rhythmic stabilization in stride stance, then catching + throwing a beanbag to side targets w/ 2 lb weighted vest
            Stops w/in 1 step 7/10 (3/10 at IE); TUG 11.8 s
            """,
            ["G10"], [PT("97112", 25)], []),

        // "Involuntary head rotation to L when walking; sensory trick (fingers on R jaw) reduces it; ↓ cervical proprioception" is the deficit (cervical dystonia); mirror/laser sensorimotor retraining; TWSTRS and feet walked at midline; one-on-one: passes.
        ["v4-h11-hosp-cervical-dystonia"] = new(
            """
            Neuromuscular Re-education 97112 — 20 min — one-on-one
            Cervical dystonia (torticollis to L w/ laterocollis to R): involuntary head rotation to L when walking or under stress; sensory trick (fingers on R jaw) reduces it; ↓ cervical proprioception.
            Tx: sensorimotor retraining w/ mirror + head laser — holding midline against the pull in sitting → standing → walking; active rotation to R w/ tactile cue on R jaw, cue faded out; kinesthetic midline relocation w/ EC.
            TWSTRS severity 17 (22 at IE); holds midline walking 40 ft before drift (15 ft at IE).
            """,
            ["G24.3"], [PT("97112", 20)], []),

        // 97110: "Thomas test R: hip flexor contracture 12°, Ely's + R" is the impairment (R anterior hip tightness limiting stride); stretches and hip work with holds and rep logs: passes.
        ["v4-h11-nf-thomas-ely-97110"] = new(
            """
            97110 18'
            Thomas test R: hip flexor contracture 12° (thigh won't drop), Ely's + R (rec fem tight) — R anterior hip tightness limiting sprint stride
            - half-kneel hip flexor stretch w/ posterior tilt 3 × 45 s
            - couch stretch R 3 × 30 s
            - glute bridge march 12/12/12
            - SL hip thrust bodyweight 10/10/10
            """,
            ["M62.451"], [PT("97110", 18)], []),

        // 97140: "+ thigh thrust, + compression, + Gaenslen L (3/5 provocation tests +)" is the L SIJ impairment; MET correction, gapping mob with grade/bouts, STM; post-test: passes.
        ["v4-h11-nf-sij-provocation-97140"] = new(
            """
            97140 10'
            L SIJ: + thigh thrust, + compression, + Gaenslen L (3/5 provocation tests +)
            - MET L innominate (posterior rotation) 5 × 5 s contractions, 3 rounds
            - L SIJ gapping mob in R sidelying gr III 3 × 30 s
            - STM L glute med / piriformis
            Post: thigh thrust L now −
            """,
            ["M53.3"], [PT("97140", 10)], []),

        // Rural 97530: "can't get up into the tractor cab … R knee only bends to 95°" is the impairment; box-stack step-ups, backing down with 3-point contact, high-stool transfers with counts, SBA; swather goal: passes.
        ["v4-h11-rural-tractor-cab-97530"] = new(
            """
            Sandhills Rehab — PT
            97530 20 min. Can't get up into the tractor cab: 3 steps w/ an 18" top rise, and his R knee only bends to 95° (TKA 9 wk). Practiced on the clinic's 16" → 18" box stack w/ grab handle: step-up leading R x8, then leading L x8; backing down w/ 3-point contact x8; then sitting onto/off a high stool + swinging legs in x5. SBA.
            Goal: drive the swather himself by June.
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 20)], []),

        // Travelling OT 97110: "+ ulnar fovea sign, painful click w/ loaded ulnar deviation, pronation 60°" is the R TFCC impairment; ECU/pronator quadratus isometrics, gyroscope, wrist work with doses: passes.
        ["v4-h11-travel-ot-tfcc-97110"] = new(
            """
            OT outreach — 97110 — 15 min
            R TFCC (non-op, 8 wk in brace): + ulnar fovea sign, painful click w/ loaded ulnar deviation, pronation 60°.
            Ex: ECU isometrics w/ forearm supinated 10 × 6 s, pronator quadratus isometrics for DRUJ stability 10 × 6 s, gyroscope ball 3 × 30 s, wrist flex/ext w/ 1 lb 2 × 15.
            """,
            ["S63.591D"], [OT("97110", 15)], []),

        // Hospital 97112 whose impairments are "see initial evaluation dated 02/02/26": the note itself names no deficit or system; BOSU/foam stepping stones/perturbations, FGA and 1:1 present.
        ["v4-h11-hosp-see-initial-eval"] = new(
            """
            NMR (97112) 25 min — 1:1
            Dx/Impairments: see initial evaluation dated 02/02/26.
            Interventions: BOSU round-side stance w/ ball rebound, walking on foam stepping stones w/ head turns, perturbations in tandem stance.
            Outcome: FGA 21/30; BOSU stance 40 s.
            Plan: continue per POC.
            """,
            ["R26.81"], [PT("97112", 25)], [At(Deficit, "97112")]),

        // Rural PTA 97530: firewood stacking and carrying with rounds, loads, distance and SBA — but no functional goal, impairment or body region is written.
        ["v4-h11-rural-pta-firewood-no-target"] = new(
            """
            PTA note — 97530, 18 min
            Stacked split firewood from the floor pile onto a waist-high rack, 3 rounds of 10 splits; carried 2 armloads (about 15 lb each) 40 ft; swept bark off the mat afterward in standing. SBA. Rested once seated.
            """,
            ["M62.81"], [PTA("97530", 18)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Hospital 97530: AM-PAC Basic Mobility 6-Clicks raw score is the measure; low-bed sit-to-stand, commode pivots, reacher pick-ups with counts; home-with-wife goal after hemiarthroplasty: passes.
        ["v5-h11-hosp-am-pac-97530"] = new(
            """
            Therapeutic Activities (97530) — 23 min
            Supine → sit → stand from a low bed (19") x5, stand-pivot to bedside commode x3, picking a dropped phone up off the floor w/ reacher x4.
            L hip hemiarthroplasty (6 wk), WBAT. Goal: home with wife, no night-time help.
            AM-PAC Basic Mobility (6-Clicks) raw 19/24 (16/24 at IE).
            """,
            ["S72.002D", "Z96.642"], [PT("97530", 23)], []),

        // SVV by bucket test (degrees, mean of 6 trials) is the measure; foam EC midline correction, VOR x1, rotating-disc visual; utricular bias after L neuritis; 1:1: passes.
        ["v5-h11-rbn-svv-bucket"] = new(
            """
            RBN // vestibular // 3/4
            L vestibular neuritis 4 wk — utricular bias: SVV (bucket test) 7° tilt to L at IE; leans L w/ EC.
            NMR 97112 = 20 min, 1:1:
             - standing on foam w/ EC, midline correction to PT's tap cues
             - VOR x1 vertical + horizontal 3 × 45 s
             - rotating-disc video (tilted-room visual) standing on firm, then foam
            SVV bucket today 3° L (mean of 6 trials)
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Rural 97116: Figure-of-8 Walk Test seconds and steps; gravel lot and grass with SPC, loops, SBA; short L stance, toe-out and hip hike after hip ORIF: passes.
        ["v5-h11-rural-figure-8-walk"] = new(
            """
            Sandhills Rehab — gait
            97116 15 min. Outdoors on the gravel lot + across the grass to the bus bench, SPC in R hand, 3 loops ~200 ft each, SBA; practiced turns around the light pole.
            Short L stance + toe-out on L, hip hike on L after L hip ORIF (PFN, 4 mo).
            Figure-of-8 Walk Test 11.9 s / 17 steps w/ SPC (15.2 s / 21 steps at IE).
            """,
            ["S72.142D"], [PT("97116", 15)], []),

        // Travelling OT 97530: Jebsen-Taylor subtest seconds and mod I; self-feeding and writing tasks; R dominant wrist after ORIF with a checks-and-meals goal: passes.
        ["v5-h11-travel-ot-jebsen"] = new(
            """
            OT outreach — 97530 — 20 min — self-feeding + writing after R wrist fx (ORIF 10 wk), R dominant
            Practiced: cutting meat w/ built-up knife, spearing peas, drinking from a full mug, writing a grocery list + signing checks.
            Jebsen-Taylor: writing 38 s (55 s at IE), simulated feeding 14 s, large light objects 7 s. Mod I w/ built-up handles.
            Goal: write checks + eat w/o switching hands.
            """,
            ["S52.571D"], [OT("97530", 20)], []),

        // Hospital 97112: PASS (Postural Assessment Scale for Stroke) score; sitting wedge shifts with rhythmic stabilization, midline reach, loaded sit-to-stand, mirror; lateral lean and slow righting; one-on-one: passes.
        ["v5-h11-hosp-pass-stroke"] = new(
            """
            Neuromuscular Re-education (97112) — 25 min — one-on-one
            Trunk/postural control after R thalamic hemorrhage (7 wk): rhythmic stabilization in sitting, lateral weight shift onto a wedge toward L, reach across midline to targets placed L, sit-to-stand w/ L foot behind to load L LE, standing w/ mirror for midline.
            Impairment: leans to L in sitting w/ slow righting back to midline; ↓ L LE loading in stance.
            PASS 22/36 (16/36 at IE).
            """,
            ["I69.154"], [PT("97112", 25)], []),

        // Hospital 97110: isokinetic (HUMAC) peak torque in Nm with LSI; leg press, split squats, knee extension and Nordics with rep logs; quad deficit after ACLR: passes.
        ["v5-h11-hosp-humac-isokinetic"] = new(
            """
            Therapeutic Exercise (97110) — 20 min
            Leg press 90 kg 10/10/10, Bulgarian split squat 12 kg DBs 8/8/8 each side, knee extension machine 90–45° 15 kg 12/12/12, band-assisted Nordic hamstring 3 x 5.
            R quad strength deficit 7 mo s/p ACLR (quad tendon graft).
            HUMAC isokinetic 60°/s knee ext peak torque R 148 Nm / L 201 Nm (74% LSI).
            """,
            ["S83.511D"], [PT("97110", 20)], []),

        // Ortho 97110: modified Schober cm and sit-and-reach cm state the lumbar flexion/hamstring limit and measure it; slump sliders, strap stretch, cat-camel, dowel RDL, dead bug with doses: passes.
        ["v5-h11-nf-schober-sit-reach"] = new(
            """
            97110 15' — LBP, desk + weekend roofer
            lumbar: ↓ flexion mobility + hamstring tightness; mod Schober 3.5 cm, sit-and-reach −8 cm
            - seated slump sliders 2×10
            - supine hamstring strap stretch 3 × 30 s
            - cat-camel 2×10
            - RDL w/ dowel 12/12
            - dead bug 8/8/8
            """,
            ["M54.50"], [PT("97110", 15)], []),

        // Rural 97116 after TT amputation: Stair Climb Test seconds; level, ramps and curb with prosthesis + SPC, SBA; short R stance and trunk lean over the prosthesis: passes.
        ["v5-h11-rural-stair-climb-test-tt"] = new(
            """
            97116 — 20 min — R TT (new socket, pin liner)
            Gait w/ prosthesis + SPC: level 3 x 150 ft, 2 ramps, stepping on and off the curb x4; cues for equal step length and full stance time on R; SBA.
            Short R stance, trunk lean over R in stance.
            Stair Climb Test (9 steps up + down, 1 rail) 24.6 s (31.0 s at socket delivery).
            """,
            ["Z89.511"], [PT("97116", 20)], []),

        // "Outcome measures deferred — pt fatigued" and no other number: no objective measure; stepping-strategy releases, tandem with head turns, foam EC; PD reactive stepping; 1:1 present.
        ["v5-h11-rbn-outcomes-deferred"] = new(
            """
            RBN // 3/4
            NMR 97112 = 23 min, 1:1 — stepping-strategy drills to lateral + backward releases, tandem along wall w/ head turns, sit-to-stand on foam EC.
            Impair: slowed reactive stepping + ↓ hip strategy (PD).
            Outcome measures deferred — pt fatigued, end of dose cycle today. Re-test next visit.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Hospital 97116: skywalk walk with a new 4WW "rested on the bench halfway", cues and brake reminders — no distance, assistance level or number besides the minutes: no measure.
        ["v5-h11-hosp-skywalk-no-number"] = new(
            """
            Gait Training (97116)
            Walked the hospital skywalk to the clinic entrance and back w/ a new rollator, rested on the bench halfway; cues for upright trunk + longer steps; reminders to use the brakes on the incline.
            Impairment: flexed trunk w/ short steps + ↓ walking endurance (lumbar stenosis).
            Time: 15 min
            """,
            ["M48.062"], [PT("97116", 15)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Ortho header "billed (code·min): 97110·20  97140·10" (legend given): both match; Achilles loading with rep logs and IASTM/glides with passes and grades; heel-raise count and VISA-A: passes.
        ["v6-h11-nf-code-dot-min-legend"] = new(
            """
            Northfork PT — 3/4 — billed (code·min): 97110·20  97140·10
            R midportion Achilles tendinopathy — pain w/ runs > 3 mi, ↓ calf endurance
            ex: SL heel raise off step w/ 10 kg pack 12/12/12, seated soleus raise 40 kg 15/15/15, pogo hops 3 × 20 s, tib raises 15/15
            man: IASTM R Achilles/soleus 3 passes × 60 s, talocrural posterior glides gr IV 3 × 30 s
            SL heel raise R 21 vs L 30; VISA-A 64
            """,
            ["M76.61"], [PT("97110", 20), PT("97140", 10)], []),

        // "te/mt 15/8'" pairs the minutes with the codes in order: 97110 15 and 97140 8 both match; Rathleff heel raises, foot intrinsics; plantar fascia STM and mobs; DF degrees: passes.
        ["v6-h11-nf-slash-paired-minutes"] = new(
            """
            te/mt 15/8'
            R plantar heel pain (plantar fasciopathy), 1st-step pain 6/10 → 3/10
            te: high-load heel raise w/ towel under toes (Rathleff) 12 RM × 3 sets, towel scrunch 3 × 30 s, short-foot holds 10 × 5 s
            mt: STM R plantar fascia + gastroc, calcaneal eversion mobs gr III 3 × 30 s, 1st MTP extension mobs
            DF knee straight R 4° / L 11°
            """,
            ["M72.2"], [PT("97110", 15), PT("97140", 8)], []),

        // One timed code: "ther act ½ hr" is 30 minutes and the line bills 30; pill organizer, caps and fasteners with counts; crush-injury hand impairments and a meds/dressing goal: passes.
        ["v6-h11-travel-ot-half-hour"] = new(
            """
            OT outreach — ther act ½ hr
            Med management + dressing after L hand crush injury (ranch gate, 4 mo): filling the 7-day pill organizer, opening push-and-turn caps, sorting by shape; then buttoning a work shirt + snapping jeans.
            L hand: ↓ pinch strength + stiff PIPs; drops small pills.
            28 slots filled w/ 2 dropped pills (7 last wk); buttons 6/6 w/o help.
            Goal: manage own meds + dress for chores w/o wife's help.
            """,
            ["S67.22XD"], [OT("97530", 30)], []),

        // Pasted charge-capture block with dotted leaders, minutes and units per code (23, 15) plus totals; functional gait disorder: distraction/entrainment retraining (1:1) and overground gait with stairs; 10MWT and buckle count: passes.
        ["v6-h11-hosp-charge-capture-block"] = new(
            """
            MERCY REGIONAL OUTPATIENT REHABILITATION — PT TREATMENT NOTE
            Functional gait disorder (neurology confirmed, positive Hoover sign): slow, effortful gait w/ knee giving way that improves w/ distraction.
            NMR (1:1): motor retraining w/ distraction — walking while counting backward by 3s, walking to music (entrainment), exaggerated "walking on ice" pattern then normalizing; knee buckles 2 in 100 ft (9 at IE).
            Gait: overground no AD 4 x 150 ft, stairs 12 steps reciprocal w/ rail, SBA; cues for relaxed arm swing.
            10MWT 0.62 m/s (0.31 m/s at IE).

            TIMED CODE SUMMARY (pasted from charge capture 03/04/26 1142)
              Neuromuscular Re-education ......... 97112 ...... 23 min ...... 2 units
              Gait Training ...................... 97116 ...... 15 min ...... 1 unit
              Total Timed Code Minutes: 38    Total Treatment Minutes: 45 (incl. education/vitals, not billed)
            """,
            ["F44.4"], [PT("97112", 23), PT("97116", 15)], []),

        // Rural PTA "TE 15 min + GT 10 min = 25 min timed": each code's minutes (both match), the 25 is neither's; hip abductor/extensor exercises with doses; SPC gait on carpet and steps mock-up with distances and SBA: passes.
        ["v6-h11-rural-pta-additive-minutes"] = new(
            """
            PTA note (co-sign PT) — L THA (anterior) 6 wk
            TE 15 min + GT 10 min = 25 min timed
            TE: supine hip abd slides 2 × 15, bridges 3 × 10, standing hip ext at counter w/ 2 lb 2 × 12, mini-squats 2 × 10 — L hip abductor/extensor weakness, L Trendelenburg.
            GT: SPC on carpet + the 4-step church-basement steps mock-up, 2 × 150 ft, SBA; cues to stop leaning over L in stance.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 15), PTA("97116", 10)], []),

        // Pasted hospital minutes "Therapeutic Exercise Minutes: 17" against a 15-min 97110 line: mismatch (the contract has no tolerance); manual 8 matches; TOS exercises and first-rib mobs complete with the Roos test in seconds.
        ["v6-h11-hosp-te-17-vs-15"] = new(
            """
            [Pasted from flowsheet 03/04/26 0940]
              Therapeutic Exercise Minutes ....... 17
              Manual Therapy Minutes ............. 8
            [End paste]
            Ther ex: scalene stretches 3 x 30 s, first-rib self-mobilization w/ strap 2 x 10, scapular retraction w/ red band 3 x 12, median-bias nerve glides 2 x 10.
            Manual: first rib caudal mobs gr III 3 x 30 s, STM scalenes + pec minor.
            R neurogenic thoracic outlet symptoms w/ overhead work (hand numbness); Roos positive at 70 s (40 s at IE).
            """,
            ["G54.0"], [PT("97110", 15), PT("97140", 8)], [At(Mismatch, "97110")]),

        // Slash pair "te/mt 20/10'" against lines of 20 and 8: the manual minutes differ; hip-scope exercises with logs and holds, distraction/glides; ROM and MMT present.
        ["v6-h11-nf-slash-paired-mismatch"] = new(
            """
            te/mt 20/10' — L hip scope (FAI, labral repair) 10 wk
            te: SL glute bridge 12/12/12, side plank w/ top-leg abd 3 × 20 s, step-down 6" 10/10/10, lateral band walk green 3 × 30 ft, quadruped hip ext 15/15
            mt: L hip long-axis distraction w/ belt 3 × 45 s, inferior glide gr III, STM L TFL / iliacus
            L hip flex 105°, IR 18°; L glute med 4-/5
            """,
            ["S73.192D"], [PT("97110", 20), PT("97140", 8)], [At(Mismatch, "97140")]),

        // One timed code: "Ther act ½ hr" is 30 minutes but the OT 97530 line bills 23: mismatch; dressing/toileting reach tasks with counts, min A / SBA and a goal after reverse TSA complete.
        ["v6-h11-travel-ot-half-hour-vs-23"] = new(
            """
            OT outreach — R reverse TSA 7 wk (sling off)
            Ther act ½ hr: donning a front-opening blouse R arm first, reaching R hand to back pocket, perineal hygiene reach w/ toilet aid, putting 1 lb mugs onto a shoulder-height shelf x10.
            Min A for behind-back reach, SBA otherwise. Goal: dress + toilet w/o husband's help.
            """,
            ["Z96.611", "Z47.1"], [OT("97530", 23)], [At(Mismatch, "97530")]),

        // Hospital template "Timed Code Minutes: 97110 ____ 97530 ____" left blank with only "Total Timed Minutes: 30": no minutes for each code (the total is neither's); TE and TA content complete.
        ["v6-h11-hosp-blank-code-minutes"] = new(
            """
            PT DAILY NOTE — Mercy Regional Outpatient Rehab
            Timed Code Minutes:   97110 ____     97530 ____
            Total Timed Minutes:  30
            TE: seated knee ext 3 lb 3 x 12, standing hip abd 2 x 12, heel raises 3 x 15 — B quad + hip abductor weakness (4-/5) after a long hospital stay.
            TA: sit-to-stand from a low couch height x8, carrying a laundry-size basket (6 lb) 30 ft x3, stepping in and out of a mock shower x4; CGA → SBA. Goal: shower alone at home.
            """,
            ["M62.81", "R26.89"], [PT("97110", 15), PT("97530", 15)], [SepTime]),

        // Three timed codes: "TE 10 min" has its own time but "NMR/GT 28 min" is one time for two codes: separate time missing (the 28 is neither's, no mismatch); all three sections complete, NMR 1:1.
        ["v6-h11-rbn-nmr-gt-combined"] = new(
            """
            RBN // 3/4
            TE 10 min: sit-to-stand 3 × 8, seated knee ext 3 lb 2 × 12, heel raises 2 × 15 — B quad/plantarflexor weakness (4/5)
            NMR/GT 28 min:
             NMR (1:1): foam stance w/ head turns, lateral reactive steps to pelvic pushes, tandem walk along the wall — ↓ lateral stepping reactions + somatosensory loss B feet; 4-stage balance: tandem 6 s
             GT: rollator → SPC trial in the hallway 3 × 100 ft, CGA; short, shuffling steps w/ ↓ toe clearance
            """,
            ["G62.9", "R26.89"], [PT("97110", 10), PT("97112", 15), PT("97116", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT 97140 + PTA 97110 visit: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h11-empty-pt-and-pta-lines"] = new(
            "",
            ["M17.11"], [PT("97140", 8), PTA("97110", 20)], [At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // CR/LF with spaces is empty; 97112 beside attended e-stim (97032, timed, no profile) and no diagnosis: missing on 97112 only, plus the diagnosis check.
        ["v7-h11-empty-crlf-estim-no-dx"] = new(
            "\r\n  \r\n",
            [], [PT("97112", 15), PT("97032", 10)], [At(NoteMissing, "97112"), Dx]),

        // A tab alone is empty; 97112, PT 97530 and OT 97530: missing on each profiled line, so twice for 97530.
        ["v7-h11-empty-tab-pt-ot-97530"] = new(
            "\t",
            ["I69.351"], [PT("97112", 20), PT("97530", 15), OT("97530", 20)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97530"), At(NoteMissing, "97530")]),

        // 97110 whose only target is a functional goal (throw 50-lb feed sacks into the pickup bed), which the contract counts; sandbag deadlifts, carries, goblet squats with loads and sets: passes.
        ["v7-h11-97110-feed-sack-goal"] = new(
            "Sandhills Rehab — TE 97110 20 min: sandbag deadlift from floor 25 → 40 lb 3 × 6, farmer carry 2 × 25 lb 4 × 50 ft, goblet squat 20 lb 3 × 8, half-kneel "
            + "cable chop 15 lb 2 × 10 ea way. Goal: throw 50-lb feed sacks into the pickup bed again.",
            ["M51.26"], [PT("97110", 20)], []),

        // 97530 whose only numbers are loads and repetitions (no assistance level), which the contract counts as its measure; sled push, loaded step-ups, ladder climbs; carpenter's ladder-work goal: passes.
        ["v7-h11-97530-loads-reps-only"] = new(
            "97530 15' — sled push 40 kg × 6 lengths, step-ups onto 12\" box w/ 10 kg sandbag on shoulder ×10, ladder climb 4 rungs up/down ×5 carrying a 2-by-4 stud "
            + "in one hand. Goal: back to framing houses, ladder + carrying lumber.",
            ["S83.241D"], [PT("97530", 15)], []),

        // 97140: myofascial decompression (cupping) with cups, passes and active movement, STM and patellar glides with grade/bouts; R ITB-related lateral knee pain with + Ober: passes.
        ["v7-h11-97140-cupping-itb"] = new(
            "97140 12': myofascial decompression (cupping) R ITB / lateral quad — 4 cups, dynamic cupping w/ active knee flex-ext 3 × 10; STM R TFL; patellar medial "
            + "glides gr III 3 × 30 s. R lateral knee pain (ITBS), Ober + R.",
            ["M76.31"], [PT("97140", 12)], []),

        // PTA 97116 whose only target is the functional goal (walk out to the chicken coop over gravel); gravel and grass with SPC, distances, CGA: passes.
        ["v7-h11-97116-coop-goal"] = new(
            "PTA — 97116 15 min: gravel + grass route in the back lot w/ SPC, 2 × 200 ft, CGA on the grass, SBA on gravel. Goal: walk out to the chicken coop (about "
            + "200 ft of gravel) and do her eggs herself.",
            ["R26.89"], [PTA("97116", 15)], []),

        // Hospital 97110: scapular exercises named and the R subacromial target stated, but no sets, repetitions, load, hold or other number: no parameter or measure.
        ["v7-h11-97110-no-parameters"] = new(
            """
            Therapeutic Exercise (97110) 15 min
            Scapular retraction w/ band, wall slides, sidelying ER, prone row, serratus punch — for R subacromial pain w/ scapular dyskinesis limiting overhead reach.
            Pt performed w/ good form after cues.
            """,
            ["M75.41"], [PT("97110", 15)], [At(Measure, "97110")]),

        // 97140 in generic phrases only ("manual tx as indicated", "tolerated well", "cont POC"): no manual technique, region, parameter or number.
        ["v7-h11-97140-generic-only"] = new(
            "Manual 97140 8 min. Manual tx as indicated, pt tolerated well, reports relief afterward. Cont POC.",
            ["M54.2"], [PT("97140", 8)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes: one week from four sources

        // Ortho shorthand, Achilles rupture non-op wk 14: "te 22' / mt 8'" both match; heel-raise/leg-press calf logs and talocrural glides/STM; PF weakness and DF limit with heel-raise count and knee-to-wall cm: passes.
        ["vord-h11-nf-achilles-rupture-nonop"] = new(
            """
            Northfork PT — 3/4 — L Achilles rupture, non-op (boot weaned wk 10), now wk 14
            te 22' / mt 8'
            te: seated heel raise 20 kg 15/15/15, DL heel raise → eccentric SL lower 10/10/10, leg-press calf 60 kg 12/12/12, tib raises 15/15
            mt: L talocrural posterior glides gr III 3 × 30 s, STM L gastroc-soleus + along the tendon
            L PF weakness + ↓ DF: SL heel raise L 4 (R 26); knee-to-wall L 7 cm / R 12 cm
            """,
            ["S86.012D"], [PT("97110", 22), PT("97140", 8)], []),

        // Complete ortho 97110 one-liner (cuff exercises with logs, painful arc, ER MMT) whose only diagnosis is ICD-9 (726.10): not a well-formed ICD-10-CM code.
        ["vord-h11-nf-icd9-rotator-cuff"] = new(
            "te 97110 18' — R RC tendinopathy (supraspinatus), painful arc 70–120°: sidelying ER 3 lb 12/12/12, prone Y/T 10/10, ER at 90° abd w/ red band 15/15, "
            + "wall slide w/ lift-off 10/10; ER strength R 4-/5.",
            ["726.10"], [PT("97110", 18)], [Dx]),

        // Ortho generic two-code note: "97110 15' / 97140 8'" match, but "same ex's + manual as last", "did fine", "RTC Fri" name no exercise, technique, region or number for either code.
        ["vord-h11-nf-generic-two-codes"] = new(
            """
            Same ex's + manual as last. Did fine. RTC Fri.
            97110 15' / 97140 8'
            """,
            ["M25.561"], [PT("97110", 15), PT("97140", 8)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Ortho one-liner 97110 for proximal hamstring tendinopathy: isometric/SL bridges, KB deadlift, Nordics with logs; hamstring strength % on hand-held dynamometer: passes.
        ["vord-h11-nf-hamstring-one-liner"] = new(
            "97110 20' — R prox hamstring tendinopathy (pain sitting + uphill runs): isometric bridge hold on box 5 × 30 s, SL bridge off 12\" box 10/10/10, KB deadlift "
            + "24 kg 8/8/8, Nordic w/ band 5/5/5; R hamstring strength 78% of L on HHD (MicroFET).",
            ["M76.891"], [PT("97110", 20)], []),

        // Ortho golfer: "mt/ta 8/15'" both match; thoracic rotation mobs and thrust (grades/bouts, rotation degrees) and golf-swing / cable rotation / bag-lifting practice with reps and an 18-holes goal: passes.
        ["vord-h11-nf-golfer-thoracic-mt-ta"] = new(
            """
            mt/ta 8/15'
            R-sided LBP w/ golf, ↓ thoracic rotation L (seated rotation 35° vs R 55°)
            mt: T4–T9 rotation mobs in sitting gr III–IV 3 × 30 s, T6–7 PA thrust x1
            ta: golf-swing practice w/ a 7-iron — half → three-quarter swings w/ hip-hinge + separation cues ×30, cable trunk rotation 8 kg 10/10/10 ea way, bending + lifting the golf bag from the cart ×6. Goal: walk 18 holes by May w/o LBP flare.
            """,
            ["M54.50", "M99.02"], [PT("97140", 8), PT("97530", 15)], []),

        // Neuro practice: vestibular migraine, 1:1; X1 against busy print, aisle habituation walks, optic flow on foam; visually induced dizziness and gaze instability; DVA and FGA: passes.
        ["vord-h11-rbn-vestibular-migraine"] = new(
            """
            RBN // vestibular // 3/4
            Vestibular migraine (neuro managing meds) — visually induced dizziness in stores, ↓ gaze stability w/ head movement.
            NMR 97112 = 23 min, 1:1:
             - X1 yaw against busy wallpaper print, 3 × 40 s
             - habituation: walking the "grocery aisle" of shelving w/ head turns, 4 passes
             - standing on foam w/ optic-flow video 2 × 45 s
            DVA 2 lines lost (4 at IE); FGA 24/30
            """,
            ["G43.809", "R42"], [PT("97112", 23)], []),

        // CIDP: NMR 20 (1:1, rope heel-toe, half-roll SLS, lateral pushes; sensory ataxia and delayed stepping; tandem steps and FGA) and GT 15 (sidewalk/grass no AD, SBA; wide slapping gait; gait speed): passes.
        ["vord-h11-rbn-cidp-nmr-gt"] = new(
            """
            RBN // 3/4 // CIDP (IVIG q3wk)
            NMR 97112 = 20 min, 1:1 — heel-toe on a rope laid on the mat, SLS on half foam roll (flat side down) w/ ball taps, stepping responses to PT's lateral pushes
             Impair: large-fiber sensory loss B feet → sensory ataxia; delayed lateral stepping
             Tandem 8 steps; FGA 19/30
            GT 97116 = 15 min — sidewalk + grass median, 2 × 300 ft no AD, SBA; cues for heel strike + narrower base; wide-based, slapping gait when tired
             Gait speed 0.98 m/s
            """,
            ["G61.81"], [PT("97112", 20), PT("97116", 15)], []),

        // Post-polio 97116: stance-control KAFO and SPC, distances, ramp, curb, CGA/SBA; R quad 2/5 with late knee lock and vaulting; footage before rest: passes.
        ["vord-h11-rbn-post-polio-kafo"] = new(
            """
            RBN // 3/4 // post-polio syndrome (polio age 4, R LE)
            GT 97116 = 20 min: new R KAFO w/ stance-control knee, SPC in L hand; level 4 × 80 ft, 1 ramp, curb x2; energy-conserving pace w/ seated rest between laps; CGA on curb, SBA level.
            R quad 2/5 — knee locks late, vaults on L; fatigues after 250 ft.
            Walks 320 ft before a rest (250 ft last wk).
            """,
            ["G14", "R26.89"], [PT("97116", 20)], []),

        // Neuro practice weak two-code note: "NMR 20 min / GT 15 min" match, but "Tx per POC. Steady today. Pt pleased, will cont." names nothing for either code and no one-on-one.
        ["vord-h11-rbn-generic-nmr-gt"] = new(
            """
            RBN // 3/4
            Tx per POC. Steady today. Pt pleased, will cont.
            NMR 20 min / GT 15 min
            """,
            ["R26.81"], [PT("97112", 20), PT("97116", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Long hospital neuro note with vitals and a pasted activity table: "Session delivered one-on-one by PT for all timed services"; NMR 25 and GT 15 by code; R LE ataxia/dysmetria after pontine infarct; BBS and 10MWT: passes.
        ["vord-h11-hosp-pontine-nmr-gt-long"] = new(
            """
            MERCY REGIONAL OUTPATIENT REHABILITATION
            PHYSICAL THERAPY TREATMENT NOTE — NEURO
            Date of Service: 03/04/2026     Visit 11 of 20     Payer: Medicare Part B
            Patient Identity Verified: Yes (name/DOB)          Isolation: No
            Pain: 0/10 NRS        Vitals: BP 138/82 seated, HR 76

            SUBJECTIVE: "My right foot still does its own thing on the stairs." Walking the dog w/ wife holding the leash.

            OBJECTIVE
            Session delivered one-on-one by PT for all timed services.
            [Pasted from flowsheet 03/04/26 1400]
            Intervention                              Dose                     Response
            NMR - heel-shin tracing to wall target    3 x 10 R                 overshoot ↓ by set 3
            NMR - step-to-target on numbered mat      4 x 12 steps             6/48 misplacements R
            NMR - tandem w/ 1 lb ankle weights        4 x 15 ft                CGA
            Gait - SPC level + 12 stairs              3 x 150 ft; stairs x2    SBA; step-to down
            [End paste]
            Timed services: Neuromuscular Re-education (97112) 25 min; Gait Training (97116) 15 min.
            Impairments: R LE ataxia w/ dysmetria (overshoots targets) and ↓ R LE motor control after L pontine infarct; gait w/ wide BOS, variable R foot placement, step-to on stairs.
            Outcomes: BBS 47/56 (39/56 at IE); 10MWT 0.88 m/s.

            ASSESSMENT: Foot placement more accurate w/ visual targets; stairs still step-to descending.
            PLAN: Continue per POC 2x/wk.
            Electronically signed by: R. Okafor, PT 03/04/2026 15:05
            """,
            ["I69.351", "R27.0"], [PT("97112", 25), PT("97116", 15)], []),

        // Hospital TKA with three timed codes by name (20 / 10 / 8, all match) and an untimed cold pack; exercises with doses, patellar/tibiofemoral mobs, RW → SPC gait with SBA; AROM and lag: passes.
        ["vord-h11-hosp-tka-three-codes-cold-pack"] = new(
            """
            PT TREATMENT NOTE — Mercy Regional Outpatient Rehab — R TKA POD 24
            Timed: Ther Ex (97110) 20 min | Manual (97140) 10 min | Gait (97116) 8 min
            Untimed: cold pack (97010) to R knee after session
            TE: recumbent bike, seat 6 → 5, full revolutions; quad sets 10 x 5 s; SAQ 2 lb 3 x 10; step-ups 4" 2 x 10 — R quad weakness, extensor lag 8°
            MT: patellar mobs sup/inf + med/lat gr II–III; tibiofemoral posterior glides gr III in flexion — R knee flexion limit
            GT: RW → SPC trial 2 x 150 ft, SBA; cues for heel strike + knee flexion in swing (stiff-knee pattern)
            R knee AROM 5–98° (10–85° at IE)
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20), PT("97140", 10), PT("97116", 8), PT("97010", 10)], []),

        // Hospital TLIF: TE 20 (stabilizer work with doses, lumbopelvic stabilizer weakness) and TA 15 (log roll, hip-hinge basket lift, dishwasher with counts, SBA; housework/church goal): passes.
        ["vord-h11-hosp-tlif-te-ta"] = new(
            """
            PHYSICAL THERAPY DAILY NOTE — L4–5 TLIF 10 wk
            Therapeutic Exercise (97110): 20 min — supine TrA bracing w/ marching 2 x 10, bridges 3 x 12, quadruped bird-dog 3 x 8 w/ 5 s hold, wall squats 3 x 10 — lumbopelvic stabilizer weakness.
            Therapeutic Activities (97530): 15 min — log roll / sidelying to sit x5, hip-hinge pick-up of an 8 lb laundry basket from the floor x8, loading + unloading the dishwasher w/ golfer's reach x6; SBA. Goal: light housework + standing through Sunday service.
            Education: Learner: Patient; Method: Demonstration; Response: Return demonstration.
            """,
            ["M43.16", "Z98.1"], [PT("97110", 20), PT("97530", 15)], []),

        // Hospital hand clinic (OT), zone II flexor tendon repair wk 6: 97110 18 (place-and-hold, glides, blocking with reps) and 97140 10 (scar/edema massage, protocol passive ext); TAM degrees and pulp-to-DPC cm: passes.
        ["vord-h11-hosp-ot-flexor-tendon-zone2"] = new(
            """
            MERCY REGIONAL — HAND THERAPY (OT)
            R index + long FDP/FDS zone II repairs, 6 wk (Manchester short splint protocol); dorsal blocking orthosis d/c'd today per protocol.
            97110 — 18 min: place-and-hold composite fist 10 x 5 s, active tendon glides (hook, straight, full fist) 10 each, isolated FDS/FDP blocking 2 x 10 index + long — R index/long active flexion deficit, adhesion risk.
            97140 — 10 min: scar massage + silicone, retrograde edema massage R index/long, gentle passive extension within protocol — volar P1 scar adhesion.
            TAM R index 180° (150° last wk), long 195°; pulp-to-DPC index 2.5 cm.
            """,
            ["S66.120D", "S66.122D"], [OT("97110", 18), OT("97140", 10)], []),

        // Hospital oncology rehab, axillary web syndrome: MT 12 (cord-focused STM/skin traction, MFR, sustained stretch) and TE 15 (wand, doorway stretch, nerve glides, band rows with doses); shoulder flexion/abduction degrees: passes.
        ["vord-h11-hosp-axillary-web-mt-te"] = new(
            """
            ONCOLOGY REHAB — PT DAILY NOTE
            L breast ca, s/p lumpectomy + SLNB 5 wk — axillary web syndrome (palpable cords axilla → medial arm), L shoulder flexion/abduction limited by cord pull.
            Manual Therapy (97140) 12 min: cord-focused STM + skin traction along the cords, myofascial release pec minor/axilla, sustained stretch into abduction 3 x 60 s.
            Therapeutic Exercise (97110) 15 min: supine wand flexion + abduction 2 x 10, doorway pec stretch 3 x 30 s, median/ulnar nerve glides 2 x 10, scapular retraction w/ yellow band 2 x 15.
            L shoulder flexion 140° (118° at IE), abduction 125° (95° at IE).
            """,
            ["C50.912", "I89.8"], [PT("97140", 12), PT("97110", 15)], []),

        // Hospital PTA note, cuff repair wk 14: 97110 x 23 with loads, sets and rhythmic stabilization holds, cuff/scapular weakness and flexion degrees; generic closing beside specifics: passes.
        ["vord-h11-hosp-pta-rcr-97110"] = new(
            """
            PTA DAILY NOTE (supervising PT: K. Lindqvist)
            Therapeutic Exercise (97110) x 23 min — R RCR (supraspinatus, double row), 14 wk
            Prone horizontal abd 1 lb 3 x 10, sidelying ER 2 lb 3 x 12, standing scaption to 90° 1 lb 2 x 10, rhythmic stabilization at 90° flexion in supine 3 x 30 s, UBE retro lvl 2.
            R cuff + scapular weakness (ER 4-/5); AROM flexion 150°.
            Pt tolerated well. Cont per POC.
            """,
            ["S46.011D"], [PTA("97110", 23)], []),

        // Complete hospital 97116 after TAVR (treadmill then overground with SPC, mod I; gait speed/endurance; gait speed number) sent with no diagnosis.
        ["vord-h11-hosp-tavr-gait-no-dx"] = new(
            """
            Gait Training (97116) — 20 min
            Treadmill 1.4 → 1.8 mph, 0% → 2% incline, light B UE touch, 2 bouts; then overground on carpet + the parking lot 2 x 250 ft w/ SPC, mod I.
            Impairment: ↓ gait speed + walking endurance after TAVR (deconditioned).
            Gait speed 1.01 m/s (0.78 at IE).
            """,
            [], [PT("97116", 20)], [Dx]),

        // Hospital OT auto-text: "participated in functional activities to improve independence with ADLs. Tolerated session well." names no activity, goal, assistance or number: generic only.
        ["vord-h11-hosp-ot-generic-97530"] = new(
            """
            OCCUPATIONAL THERAPY DAILY NOTE
            Therapeutic Activities (97530) 23 minutes.
            Patient participated in functional activities to improve independence with ADLs. Tolerated session well. Continue with OT plan of care.
            Patient Education: Learner: Patient; Method: Verbal; Response: Verbalized understanding.
            """,
            ["M62.81"], [OT("97530", 23)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Hospital central cord SCI: NMR "23 min, one-on-one" but gait "time per flowsheet" with no flowsheet in the note: the second timed code has no minutes; both sections complete.
        ["vord-h11-hosp-gait-time-per-flowsheet"] = new(
            """
            PT DAILY NOTE — incomplete SCI C5 AIS D (central cord), 5 mo
            Neuromuscular Re-education (97112): 23 min, one-on-one — foam stance w/ reach to targets, backward walking w/ PT at pelvis, stepping over obstacles w/ head turns. ↓ postural control + LE proprioception. Berg 45/56 (38/56 at IE).
            Gait Training (97116): time per flowsheet — 4WW → SPC trial 3 x 100 ft, CGA; spastic short-step gait w/ B toe drag.
            """,
            ["S14.125D", "G82.54"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Rural rancher after L MCA stroke: NMR 20 (1:1, scale weight shift, facilitated step-ups, half-kneel; R recruitment/knee control; %BW and 5xSTS) and TA 18 (pickup entry, gate stick, water bucket with counts, CGA → SBA; cattle goal): passes.
        ["vord-h11-rural-rancher-nmr-ta"] = new(
            """
            Sandhills Rehab — PT
            Rancher, 71, R hemi after L MCA stroke in Nov. Wife drove him in 40 miles.
            NMR 97112 — 20 min — 1:1: weight shift onto R w/ R foot on a bathroom scale, R step-ups w/ PT facilitating at R knee, kneel → half-kneel w/ R leg forward (like getting down to fix fence).
            ↓ R LE motor recruitment, poor R knee control in stance. R WB 42% BW (30% in Dec); 5xSTS 17 s.
            TA 97530 — 18 min: climbing into the pickup (running board + grab handle) x5, working the wire-gate stick open/closed x6, carrying a 5-gal bucket half full of water 40 ft x3; CGA → SBA. Goal: check cattle w/ wife in the pickup + open his own gates.
            """,
            ["I69.351"], [PT("97112", 20), PT("97530", 18)], []),

        // Rural paediatric SCFE: GT 15 (weaning crutches, distances, stairs, SBA; Trendelenburg/out-toeing) and TE 15 (hip exercises with doses; abductor/extensor weakness 3+/5): passes.
        ["vord-h11-rural-peds-scfe-gt-te"] = new(
            """
            Sandhills Rehab — PT (peds)
            11 yo boy, L SCFE in situ pinning 8 wk, now WBAT.
            GT 97116 15 min: crutches → 1 crutch → no device, 4 × 100 ft in the gym + 12 stairs reciprocal, SBA; L Trendelenburg + out-toeing on L.
            TE 97110 15 min: sidelying hip abd 2 × 15, bridges 3 × 12, clamshell green band 2 × 15, standing hip ext w/ band 2 × 12 — L hip abductor/extensor weakness (abd 3+/5).
            """,
            ["M93.022"], [PT("97116", 15), PT("97110", 15)], []),

        // Travelling OT, distal radius ORIF wk 9: 97140 10 (radiocarpal distraction/glides with grade and bouts, DRUJ mobs, scar) and 97110 15 (wrist/forearm exercises, putty, towel wring with doses); degrees and grip kg: passes.
        ["vord-h11-travel-ot-wrist-fx-mt-te"] = new(
            """
            OT outreach — L distal radius fx (ORIF 9 wk)
            97140 – 10 min: radiocarpal distraction + volar glides gr III 3 × 30 s, supination mobs at the DRUJ, scar mobilization over the volar incision
            97110 – 15 min: wrist ext/flex w/ 1 lb 2 × 15, sup/pro w/ hammer 2 × 15, putty grip 2 × 20, towel wring x10
            L wrist ext 48° (35° at IE), sup 55° (40°); grip L 12 kg / R 26 kg
            """,
            ["S52.572D"], [OT("97140", 10), OT("97110", 15)], []),

        // Rural PTA hip fracture: gait 15 (FWW hall + gravel, SBA → mod I; R antalgic, short stance) and transfers/ther act 20 (sedan transfer, floor recovery, reacher pick-ups with counts; CGA/SBA; town and fall-recovery goal): passes.
        ["vord-h11-rural-pta-hip-fx-gt-ta"] = new(
            """
            PTA note (co-sign PT) — R hip IT fx (IMN) 7 wk
            Gait 97116 – 15 min: FWW 2 × 200 ft in the clinic hall + 1 × 100 ft on the gravel lot, SBA → mod I on level; cues for R heel strike + step-through; R antalgic, short R stance.
            Transfers/ther act 97530 – 20 min: car transfer into their sedan x3 (swing legs, R leg out first), floor → chair via half-kneel at a sturdy chair x3, picking up dropped mail w/ reacher x5; CGA on floor recovery, SBA car. Goal: go to town w/ daughter + get up alone after a fall at home.
            """,
            ["S72.141D"], [PTA("97116", 15), PTA("97530", 20)], []),

        // Rural PTA 97112, complete (X1 on firm/foam, sign-reading head-turn walks, foam EC nods; L hypofunction with veering and oscillopsia; DGI and DVA) that never says one-on-one.
        ["vord-h11-rural-pta-nmr-unstated"] = new(
            """
            PTA note — NMR 97112 22 min
            Pt (78) w/ L peripheral vestibular hypofunction after a fall from his horse in Jan (+ head impulse L).
            X1 viewing yaw + pitch on firm then foam, 4 × 45 s; walking the clinic hall w/ head turns to read the signs; standing on foam w/ EC + head nods.
            Veers L w/ head turns, oscillopsia w/ quick turns.
            DGI 17/24 (13/24 at IE); DVA 3 lines lost.
            """,
            ["H81.92"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Travelling OT: "session 30 min" with one timed code (97530, 28 billed): the uncoded time is 97530's and differs; tub-bench transfers with min A → CGA, long-handled sponge, bathing goal, knee flexion limit complete.
        ["vord-h11-rural-ot-session-time-mismatch"] = new(
            """
            OT outreach — session 30 min — 97530
            Bathroom: tub transfer w/ transfer bench + grab bar x4 (min A → CGA), long-handled sponge for feet, sit → stand to pull up pants in a tight bathroom.
            Goal: bathe w/o her husband lifting her legs over the tub.
            L TKA 6 wk — ↓ L knee flexion limits leg lift over the tub wall.
            """,
            ["Z96.652"], [OT("97530", 28)], [At(Mismatch, "97530")]),

        // Rural PT, large cuff repair wk 16: TE 15 (ER/row/flexion/wall walks with doses; cuff weakness, AROM) and MT 10 (GH glides with grade/bouts, STM; posterior capsule tightness, IR degrees); hay-bale goal: passes.
        ["vord-h11-rural-rcr-te-mt"] = new(
            """
            Sandhills Rehab — PT — R RCR (2-tendon) 16 wk
            TE 15 min: sidelying ER 2 lb 3 × 12, prone row 5 lb 3 × 12, standing flexion to 120° w/ 1 lb 2 × 10, wall walks × 10 — R cuff weakness (ER 4-/5), flexion AROM 135°.
            MT 10 min: GH posterior + inferior glides gr III 3 × 45 s, STM R posterior cuff / teres minor — R posterior capsule tightness (IR 30°).
            Goal: lifting small square bales by haying season.
            """,
            ["S46.011D", "Z47.89"], [PT("97110", 15), PT("97140", 10)], []),

        // Rural PTA one-liner 97110 after partial meniscectomy: quad sets, SLR, mini-squats, step-ups with doses; quad inhibition and flexion degrees: passes.
        ["vord-h11-rural-pta-knee-scope-one-liner"] = new(
            "PTA: 97110 20 min — L knee scope (partial medial meniscectomy) 3 wk: quad sets 10 × 10 s, SLR 3 × 10, mini-squats 3 × 12, step-ups 6\" 2 × 10, stationary "
            + "bike no resistance; L quad inhibition + knee flexion 110°.",
            ["S83.242D"], [PTA("97110", 20)], []),

        // Rural ALS 97116: AFO vs no AFO on level and gravel with a rollator, SBA; L foot drop and hip flexor weakness; toe-drag counts and gait speed with/without: passes.
        ["vord-h11-rural-als-afo-gait"] = new(
            """
            Sandhills Rehab — PT
            ALS (limb onset, dx 8 mo) — L foot drop + ↓ L hip flexor strength; 1 fall in the barn last month.
            97116 20 min: gait w/ new L carbon AFO vs no AFO — 2 × 150 ft each on level + 1 × 60 ft on gravel, rollator, SBA; energy-conserving pace; cues for L hip flexion in swing.
            L toe drag 0 in 150 ft w/ AFO (6 w/o); gait speed w/ AFO 0.82 m/s vs 0.67 m/s w/o.
            """,
            ["G12.21"], [PT("97116", 20)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
