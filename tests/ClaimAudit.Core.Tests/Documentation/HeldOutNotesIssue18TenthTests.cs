using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The tenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, payer medical review) who had not read the
/// note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings and examples they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were
/// never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from a multi-site
/// outpatient group as a billing manager sees them — most notes ordinary and complete (about two thirds
/// pass), written quickly by PTs, PTAs, OTs and OTAs in their own words and their own clinic's template:
/// SOAP, narrative, bullets, pipe tables, EMR exports (key=value, flags, drop-down remnants
/// <c>Yes ▾</c>, Epic-style <c>***</c> left in a field), underscored template blanks, voice dictation,
/// one-liners and half-page notes; codes 97110, 97112, 97116, 97140, 97530 alone and together, beside
/// untimed codes (95992, 97164, 97018); ortho, neuro, vestibular (PPPD, cervicogenic dizziness, bilateral
/// loss, post-schwannoma), geriatric falls and home health, paediatric (Down syndrome, DMD, DCD, femur
/// fracture, TheraSuit), pelvic (dyssynergia, post-prostatectomy), hand (digital nerve repair, thumb CMC,
/// trigger finger, CTS), amputee (TT and TF), cardiopulmonary (COPD, heart failure, CABG, long COVID) and
/// TMJ. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h10-…): one-on-one in everyday words ("just me and Mr. K … nobody else on my
/// schedule", "individual session, no other clients in the clinic", "tx solo … PT + pt only", "private
/// treatment room, PT and pt only", "my only patient for this session") and notes that negate it (a PTA
/// alternating between overlapping patients, a PTA cueing two residents at the bars) or never state it
/// (a TF amputee bullet list);</item>
/// <item>class 2 (v2-…): drop-down remnants (<c>Yes ▾</c>), <c>one_on_one=FALSE</c>, 0/1 technique
/// flags all 0, +/– marks with a legend, filled / empty squares (<c>▣ / ▢</c>) for an assistance level,
/// an "Impairment(s) addressed: N/A" field, underscored minutes for ticked codes, a Y/N question left with
/// both boxes empty, Done / Held columns;</item>
/// <item>class 3 (v3-…): named approaches and programmes as techniques (Rood facilitation, Brunnstrom,
/// the Motor Relearning Programme, Thrower's Ten, inspiratory muscle training, Nordic walking,
/// Sportsmetrics), one without any number (action observation) and one without a deficit
/// (TheraSuit);</item>
/// <item>class 4 (v4-…): deficits stated as findings (ideomotor apraxia by its errors, a positive smooth
/// pursuit neck torsion test with head relocation error, an orthostatic drop, exertional desaturation,
/// a residual-limb contracture, an abducted prosthetic gait, a W-sitting child who cannot hold prone
/// extension) and notes that state none (a 97112 with only the patient's words and fishing goal, a
/// 97116 with device, distance and assistance only);</item>
/// <item>class 5 (v5-…): measures in their usual forms (SPPB with subscores, 2MWT, TUDS and floor rise,
/// Kapandji and pinch, BOT-2, FIM, an assistance level "supervision" alone for 97116, dorsiflexion and
/// heel-raise count) and notes with none (progress only in words; a car transfer with no assistance
/// level or count);</item>
/// <item>class 6 (v6-…): minutes in their usual forms ("× 2 units (23 min)", "18 minutes of ther ex
/// and 10 of manual", "about half an hour" dictated, a CPT / Units / Minutes table, an untimed re-eval
/// beside one timed code), true mismatches (TE and NMR minutes swapped, "3 units / 45 min", "twenty
/// minutes of manual" dictated) and truly missing separate time (time in / time out for three codes,
/// the second code of a visit without minutes);</item>
/// <item>class 7 (v7-…): empty notes (DOC_NOTE_MISSING on each profiled line only, with OTA lines and
/// an untimed paraffin line, with a "pending" diagnosis), and the contract's meanings of technique,
/// deficit and measure for 97116 (crutch gait NWB, hallway walking with a walker), 97530 (a lifting goal),
/// 97140 (nerve sliders, carpal mobs) and 97110 (parameters only; a generic home visit);</item>
/// <item>ordinary (vord-h10-…): complete notes across settings, codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a cloned-sounding generic two-code note,
/// an Epic <c>***</c> left in one code's minutes, a 97112 that never says one-on-one, a gait-time
/// mismatch, an OT two-code note with a total only, a generic 97530, a missing and an ICD-9
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis).
/// Cases a careful reviewer could argue either way under the contract were left out (a measure or
/// deficit given in one code's section only of a multi-code note, generic phrases beside a deficit or
/// a measure, minutes of an exercise inside a one-code note, diagnosis codes without their dot).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 76 of 94 cases agree (93 needed), and 13 of the 64 notes the reviewer passes got a finding,
/// on the analyzer of c584360 (in a separate worktree; the lead read only these two figures).
/// </para>
/// <para>
/// After: 77 of 94, 13 false positives, at its first run on the analyzer with the seventh and eighth sets'
/// fixes, the first half of the ninth set's and the review's (29ecaab): the held-out figure of that work —
/// as with every set before it, the fixes made from other sets barely carried. With the rest of the ninth
/// set's fixes it reads 82 of 94 (the activity named with its dose, techniques after an impairment cue).
/// Its twelve disagreements were then worked through (2026-12-04, later) as development data: everyday
/// one-on-one wording ("just me and …", "private treatment room, PT and pt only"), low postural tone, a
/// rotator cuff repair as the region, Sportsmetrics and head-relocation practice, a head relocation error as
/// a measure, "supervision" as gait's and tasks' level of help (not 97112's), cooking as a task, "18
/// minutes of ther ex and 10 of manual", a 0/1 flag row under its "(1 = done)" legend, "as tolerated"
/// and "did great" as generic; each class has new examples and controls in NotesAsWrittenTests
/// ("tenth-set", with a read-only review's reproducers). Now 93 of 94, no false positive — not a
/// held-out figure. Left: v6-h10-dictated-twenty-manual, "fifteen minutes of exercise" — "exercise" alone
/// as 97110's name took home-programme, bike and vestibular-exercise minutes for 97110 (the review).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    /// <summary>A line furnished by an occupational therapy assistant (the harness has PT, PTA and OT helpers).</summary>
    private static CaseLine OTA(string code, int minutes) => new(code, minutes, "OTA");

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in everyday words, negated, unstated

        // Dictated: "just me and Mr. K in the vestibular room for the whole 25 minutes, nobody else on my schedule" is one-on-one; X1 / remembered-target / head-turn walking, L hypofunction with oscillopsia, DVA lines and DGI; 25 matches: passes.
        ["v1-h10-dictation-just-me-and-pt"] = new(
            """
            Dictated, not proofread. Mr. K is six weeks out from labyrinthitis on the left and still has left vestibular hypofunction with oscillopsia when he turns his head walking in the store. Today it was just me and Mr. K in the vestibular room for the whole 25 minutes, nobody else on my schedule. We did X1 viewing horizontal and vertical against a plain wall and then against the checkerboard, then the remembered target exercise, look at the dot, close the eyes, turn the head, open and see if the eyes stayed on it, and then walking with head turns down the back hallway. Dynamic visual acuity loss is 3 lines today, it was 5 at the eval. DGI 19 out of 24.
            """,
            ["H83.02"], [PT("97112", 25)], []),

        // OT hand clinic 97112: "Individual session, no other clients in the clinic at the time" is one-on-one; sensory re-education (localisation, rice-bin object ID, grits); protective/discriminative sensation loss; SWM, object ID and m2PD: passes.
        ["v1-h10-ot-hand-individual-no-other-clients"] = new(
            """
            Hand OT — 97112 — 20 min
            Individual session, no other clients in the clinic at the time.
            R index/long digital nerve repairs (wk 14). Sensory re-ed phase 2: localisation of moving touch w/ pencil eraser, vision occluded → eyes open to correct; object ID of coins/keys/buttons hidden in a rice bin; graded texture discrimination (sandpaper grits).
            Deficits: ↓ protective + discriminative sensation R index/long, drops small items when not looking.
            SWM R index 3.61 (was 4.31); object ID 7/12 vision occluded; m2PD 7 mm.
            """,
            ["S64.490D", "S64.492D"], [OT("97112", 20)], []),

        // PTA "alternated between the two, pt did sets on her own while I was across the gym" negates one-on-one; half-kneel rhythmic stabilization/foam, glute recruitment and postural control, hold seconds and Mini-BEST present.
        ["v1-h10-pta-overlap-alternated"] = new(
            """
            PTA daily — 97112 x 23 min. Schedule overlap: pt + a 2nd pt (knee) in gym same slot; I alternated between the two, pt did her sets on her own while I was across the gym.
            - tall kneel → half kneel transitions w/ rhythmic stab at pelvis
            - half kneel on foam, ball toss 3 x 10
            - lat step-ups on 4" step w/ mirror for pelvic level
            Targets: ↓ R glute max/med recruitment + ↓ postural control in narrow BOS (R hemi after CVA)
            Half-kneel hold on foam R fwd 22 s (12 s last wk); Mini-BEST 17/28
            """,
            ["I69.351"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Paediatric Down syndrome: "Seen one-on-one, grandma watched from bench" is one-on-one; peanut-ball perturbations/stepping stones; low postural tone and trunk co-contraction; PDMS-2 raw score and SLS seconds: passes.
        ["v1-h10-peds-grandma-watching"] = new(
            """
            Peds PT — 4 yo w/ Down syndrome. Seen one-on-one, grandma watched from the bench + learned 2 home activities.
            Peanut ball bouncing in sitting w/ perturbations (lat + post), stepping-stone path w/ 1 HHA, squat-to-stand at bench for toys, climbing onto/off couch cushions.
            Low postural tone + ↓ trunk co-contraction; wide BOS w/ knee hyperext in stance; hypermobile (Beighton 7/9).
            PDMS-2 stationary raw 38 (33 at 6-mo re-eval); stands on 1 foot w/ 1 hand held 4 s, w/o support 1 s.
            97112 30 min.
            """,
            ["Q90.9"], [PT("97112", 30)], []),

        // TF amputee bullet list, complete (prosthetic weight shifts, step-ups, foam with trunk rotation; proprioceptive feedback and weight acceptance; % BW and AMPPRO) but nothing says one-on-one.
        ["v1-h10-tf-amputee-bullets-unstated"] = new(
            """
            • L TF amputee (dysvascular), 5 mo w/ definitive socket, MPK
            • NMR 97112 25 min
            • weight shifts onto prosthesis in bars → out of bars w/ R foot taps to cone
            • stepping R foot onto/off 4" step to load L prosthetic limb in stance
            • standing on foam w/ trunk rotations, EO/EC
            • Impairment: ↓ proprioceptive feedback + poor weight acceptance through prosthetic side
            • WB L prosthesis 41% → 47% BW (scale); AMPPRO 34/47
            """,
            ["Z89.612"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // PPPD: "Tx solo in the quiet room — PT + pt only, door shut, no other pts" is one-on-one; graded optic-flow VR on foam; visual dependence/sensory reweighting; Sharpened Romberg seconds: passes.
        ["v1-h10-solo-quiet-room-pppd"] = new(
            """
            Tx solo in the quiet room — PT + pt only, door shut, no other pts.
            PPPD (neuro-otology dx in Jan): visual dependence + ↓ sensory reweighting, sx ↑ in busy visual environments.
            Graded optic-flow exposure on VR headset (supermarket-aisle scene, speed 2 → 3) standing firm → foam; head turns while walking past busy poster wall.
            Sharpened Romberg EC 18 s (6 s at IE).
            97112 — 20'
            """,
            ["R42"], [PT("97112", 20)], []),

        // SNF PTA "w/ resident + roommate … cues given to both as they alternated rest/work" is not one-on-one; foam EC/reactive steps/weight shifts, ankle strategy and posterior LOB, Tinetti present.
        ["v1-h10-snf-roommate-at-bars"] = new(
            """
            SNF — Rm 214B. PTA w/ resident + roommate in gym, both working at the parallel bars; cues given to both as they alternated rest/work.
            NMR 20 min: standing on foam pad in bars EO → EC, reactive steps to light posterior tugs at gait belt, lateral weight shifts to cone taps.
            Posterior LOB w/ ↓ ankle strategy, retropulses on tugs.
            Tinetti balance 9/16 (7/16 on admit).
            """,
            ["R29.6"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Pelvic health SOAP: "private treatment room, PT and pt only" is one-on-one; PFM motor-control retraining with Peritron pressure biofeedback; dyssynergia (timing); cmH2O and k of 10: passes.
        ["v1-h10-pelvic-private-room"] = new(
            """
            Pelvic health f/u — private treatment room, PT and pt only.
            S: Straining w/ BMs less, still needs to splint some days.
            O: 97112 PFM coordination 30 min: PFM motor-control retraining — paradoxical contraction on bear-down corrected w/ Peritron pressure biofeedback (relax–bulge–relax cues), diaphragmatic breath → PFM lengthening, toilet posture w/ footstool + "moo" bulge practice.
               Pelvic floor dyssynergia: paradoxical PFM contraction on defecatory effort (PFM timing/coordination).
               Peritron resting 38 → 24 cmH2O after downtraining; correct relaxation on bear-down 7/10 attempts (2/10 at IE).
            A: good carryover of relaxation cue.
            P: 2 wk f/u.
            """,
            ["K59.02"], [PT("97112", 30)], []),

        // MS clinic: "Pt was my only patient for this session (1:1 throughout)"; quadruped rhythmic stabilization, tall-kneel catches, floor-ladder heel-toe with ankle weights; trunk/LE ataxia; functional reach and tandem steps: passes.
        ["v1-h10-ms-only-patient"] = new(
            """
            MS clinic — NMR 30 min. Pt was my only patient for this session (1:1 throughout).
            Trunk/LE ataxia w/ dysmetria R > L on heel-to-shin.
            Quadruped alternating arm/leg lifts w/ rhythmic stabilization, tall-kneel ball catches, heel-to-toe along floor ladder w/ 1 lb ankle weights for proprioceptive loading.
            Functional reach 8.5 in (6 in at IE); tandem 5 consecutive steps w/o step-out.
            """,
            ["R27.0", "R26.89"], [PT("97112", 30)], []),

        // ---------------------------------------------------------------- class 2: drop-downs, flags, marks and template blanks

        // Drop-down remnants "Pt seen 1:1? Yes ▾" and technique/impairment picks with details; perturbations/Airex/hurdle pushes, reactive postural control, k of 5 and FGA: passes.
        ["v2-h10-dropdown-yes"] = new(
            """
            Neuro Re-ed (97112)   Minutes: 23
            Pt seen 1:1?  Yes ▾
            Technique(s):  Perturbation training ▾   Compliant surface ▾
            Details: manual perturbations in stride stance + on Airex, stepping over 6" hurdle to L w/ push at R shoulder
            Impairment:  Reactive postural control ▾
            Details: late protective stepping to L, crossover step absent
            Outcome: effective lateral steps to L pushes 3 of 5; FGA 21/30
            """,
            ["Z91.81", "R26.81"], [PT("97112", 23)], []),

        // key=value export "one_on_one=FALSE" denies it; rocker/half-roller technique, ankle proprioception and peroneal response, SLS seconds present.
        ["v2-h10-one-on-one-false"] = new(
            """
            encounter_type=daily_note
            cpt=97112
            minutes=25
            one_on_one=FALSE
            technique=rocker board A/P + M/L with EC; SLS on half foam roller with head turns
            deficit=R ankle proprioception, delayed peroneal response after recurrent sprains
            measure=SLS EC R 9 s, L 21 s; rocker A/P level hold 12 s
            """,
            ["M25.371"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // 0/1 technique flags all 0 and no technique written elsewhere; 1:1, postural-control deficit and Berg present, no generic phrase: technique only.
        ["v2-h10-flags-all-zero"] = new(
            """
            NMR 20 min
            NMR flags (1 = done): PERTURB 0 | FOAM 0 | BAPS 0 | PNF 0 | VEST 0 | GAIT_DUAL 0
            1:1 — yes
            Impairment: ↓ postural control in standing, L lateral lean w/ EC
            Berg 41/56
            """,
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112")]),

        // "+ = done / – = not done" legend: BAPS, foam SLS, star excursion and "1:1 +" are done; L ankle proprioception; SEBT cm and BAPS circles: passes (the "–" items ignored).
        ["v2-h10-plus-minus-marks"] = new(
            """
            NMR 97112 24 min        (+ = done / – = not done)
            1:1 w/ PT +
            + BAPS lvl 3 seated → standing        – PNF
            + foam SLS w/ ball toss               – rocker
            + star excursion reach (ant/PM/PL)
            Targets: + L ankle proprioception   + overuse of hip strategy
            SEBT ant L 61 cm / R 70 cm; BAPS CW/CCW 20 circles w/o LOB
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // OT 97530 with "▣ CGA" among empty "▢" boxes: laundry tasks with load and distance, laundry goal with COPD, CGA and item count: passes.
        ["v2-h10-filled-square-assist-ot"] = new(
            """
            OT — Ther Act 97530 — 25 min
            Task: IADL laundry — carry basket (6 lb) 20 ft, load front-loader, transfer to dryer, fold at counter in standing
            Assist:  ▢ Indep  ▢ Mod I  ▢ SBA  ▣ CGA  ▢ Min A  ▢ Mod A
            Goal: indep laundry at home w/ rollator seat for rests (COPD, dyspneic on standing tasks)
            Folded 12 items standing before first seated rest; SpO2 ≥ 92% throughout.
            """,
            ["J44.9"], [OT("97530", 25)], []),

        // "Impairment(s) addressed: N/A" and no deficit anywhere; rocker/hurdle/tandem EC techniques, one-on-one ☑, DGI and tandem steps present.
        ["v2-h10-impairment-na"] = new(
            """
            Daily Note — Neuro Re-Education 97112 (20 min)
            Delivered one-on-one: ☑
            Interventions: rocker board M/L tilts, lateral stepping over hurdles, tandem walk EC along wall
            Impairment(s) addressed: N/A
            Patient response: DGI 20/24 today; tandem EC 8 steps before step-out
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Template "[x] 97110 Ther Ex __15__ min / [x] 97140 Manual __8__ min" with unticked codes left blank: both minutes given and matching; L TKA exercises and mobs, ROM and lag: passes.
        ["v2-h10-underscored-minutes-template"] = new(
            """
            TIMED CODES (enter minutes):
            [x] 97110 Ther Ex   __15__ min
            [x] 97140 Manual    __8__ min
            [ ] 97112 NMR       ____ min
            [ ] 97116 Gait      ____ min
            Ther Ex: prone hangs for ext 3 x 30 s, heel slides w/ strap 2 x 15, quad sets 10 x 10 s, SAQ 2 lb 2 x 15, stationary bike rocking → full revolutions
            Manual: tibiofemoral A/P glides gr III–IV at end-range flexion, patellar mobs sup/inf, STM distal quad
            L TKA POD 19 — knee ext -6°, flex 98° (AROM); quad lag 5°
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97140", 8)], []),

        // "Constant attendance required: ☐ Y ☐ N" left with both boxes empty and nothing else says it: not stated; PD cueing/turn/backward-step drills, freezing/retropulsion, FOG count and pull test present.
        ["v2-h10-constant-attendance-both-blank"] = new(
            """
            Constant attendance required:  ☐ Y  ☐ N
            NMR 23 min — PD (H&Y 3): cued turning strategy w/ visual floor targets, weight shift + step initiation to auditory cue ("1-2-3 step"), backward stepping to posterior pulls
            Freezing at doorways + on turns; ↓ step initiation; retropulsion
            FOG episodes in 10-m course w/ doorway: 2 (5 last wk); pull test 3 steps to recover
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Done/Held columns: X1, habituation and head-turn walking done (foam EC held today); "1:1 w/ PT entire 25 min: yes"; L vestibular hypofunction and motion sensitivity; MSQ and DVA: passes.
        ["v2-h10-done-held-columns"] = new(
            """
            Vestibular program                Done   Held
            X1 viewing (yaw/pitch)             X
            Foam EC stance                            X   (sx too high today)
            Habituation — bend-to-floor        X
            Walking w/ head turns              X
            1:1 w/ PT entire 25 min: yes
            Impairment: L vestibular hypofunction + motion sensitivity (neuritis 7 wk ago)
            MSQ 18 (31 at IE); DVA loss 0.3 logMAR
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named approaches and programmes

        // Rood facilitation (quick icing, tapping, brushing, joint approximation) is a named NM approach; ↓ R triceps recruitment with flexor tone; elbow AROM and WB hold seconds; 1:1: passes.
        ["v3-h10-rood-facilitation"] = new(
            """
            NMR 20 min 1:1. Rood facilitation for R triceps/wrist ext: quick icing over muscle belly, tapping + light brushing, then joint approximation through R UE in quadruped and weight bearing on extended arm at mat table.
            L MCA CVA 4 mo: ↓ R triceps recruitment (barely activates against gravity), flexor tone at elbow.
            Elbow ext AROM in sitting -40° → -28° post-facilitation; holds R UE WB on mat 25 s (10 s last wk).
            """,
            ["I69.331"], [PT("97112", 20)], []),

        // OT Brunnstrom approach (associated reactions, synergy break-out with tapping) with stages; flexor synergy/↓ selective motor control; FMA-UE and reach cm; 1:1: passes.
        ["v3-h10-brunnstrom-ot"] = new(
            """
            OT NMR 97112 — 25 min, 1:1
            Brunnstrom approach (arm stage III / hand stage II): resisted shoulder flexion to elicit elbow ext via associated reaction, then breaking out of flexor synergy w/ tapping over triceps + reaching to forward cone targets; mass grasp/release using proximal traction response.
            ↓ selective motor control: can't isolate L elbow ext from shoulder flex/abd (flexor synergy dominant).
            FMA-UE 24/66 (19 at IE); reaches 22 cm fwd across table.
            """,
            ["I69.334"], [OT("97112", 25)], []),

        // PTA: Motor Relearning Programme (Carr & Shepherd) sit-to-stand part/whole practice; timing of trunk/knee extension and ↓ L loading; k of 10 and 5xSTS; "1:1 w/ PTA": passes.
        ["v3-h10-motor-relearning-sts"] = new(
            """
            PTA — Motor Relearning Programme (Carr & Shepherd), sit-to-stand component, 23 min, 1:1 w/ PTA.
            Part practice: feet back + trunk fwd over feet w/ knees forward, then whole-task practice from 3 seat heights (20" → 18" → 17"), mirror + verbal knowledge of performance.
            Poor timing of trunk flexion-to-extension and knee extension (lifts off before weight is over feet), ↓ L LE loading (L hemi).
            STS from 17" w/o hands 6/10 trials; 5xSTS 18.2 s (24.5 s at IE).
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // 97110: Thrower's Ten (phase 2) with bands/loads/sets for a pitcher's R shoulder; posterior cuff weakness and GIRD; HHD ratio: passes.
        ["v3-h10-throwers-ten"] = new(
            """
            TE 97110 20 min — Thrower's Ten program (phase 2), HS pitcher, R shoulder.
            ER/IR at 0° abd w/ red band 2 x 15, ER at 90/90 w/ 2 lb 2 x 12, prone horizontal abd T/Y w/ 2 lb 2 x 10, sidelying ER 3 lb 2 x 15, seated press-ups 10 x 5 s, wrist flex/ext + pro/sup 3 lb 2 x 15.
            R posterior cuff weakness + GIRD (IR deficit 24°); ER strength R/L 78% on HHD.
            """,
            ["S46.011D"], [PT("97110", 20)], []),

        // Cardiopulmonary 97110: inspiratory muscle training with a threshold device at % MIP, breaths and sets, breathing drills; inspiratory weakness/exertional dyspnea; MIP cmH2O: passes.
        ["v3-h10-imt-copd"] = new(
            "Pulm rehab — TE 97110 15 min: inspiratory muscle training w/ POWERbreathe threshold device at 35% MIP, 30 breaths x 2 sets; diaphragmatic + pursed-lip "
            + "breathing in sitting → walking; seated UE diagonals w/ 1 lb 2 x 10 timed to exhale. Inspiratory muscle weakness + exertional dyspnea (COPD, GOLD 3). "
            + "MIP -46 cmH2O (-38 at IE); Borg dyspnea 3 at end of set.",
            ["J44.9"], [PT("97110", 15)], []),

        // 97116: Nordic walking with 2 poles on path and gravel, distances, SBA; gait speed/endurance and flexed posture after compression fractures; 10MWT: passes.
        ["v3-h10-nordic-walking"] = new(
            "97116 – 20 min – Nordic walking w/ 2 poles (instructed diagonal pole plant + arm swing), outdoor path 3 x 200 ft w/ turns, then gravel 100 ft; SBA. "
            + "For ↓ gait speed/endurance + forward-flexed posture after 2 osteoporotic vertebral compression fx. 10MWT w/ poles 1.02 m/s vs 0.84 m/s w/ SPC.",
            ["M80.08XD"], [PT("97116", 20)], []),

        // Sportsmetrics jump training after ACLR, one-on-one; dynamic valgus/↓ NM control on landing; tuck jump flaws and knee separation %: passes.
        ["v3-h10-sportsmetrics"] = new(
            """
            NMR 97112 25 min. R ACLR (hamstring graft) 7 mo — Sportsmetrics jump-training phase 1, one-on-one.
            Wall jumps, tuck jumps, broad jump-and-stick, squat jumps w/ feedback for "soft landing, knees over toes"; 180° jump-and-stick.
            R knee dynamic valgus + ↓ neuromuscular control on landing; R quad inhibition on decel.
            Tuck jump assessment 5 flaws (8 at start of phase); drop vertical jump knee separation 62% of hip width.
            """,
            ["S83.511D", "Z47.89"], [PT("97112", 25)], []),

        // OT action observation + motor imagery (named motor-learning approach), L hand recruitment/reach-to-grasp planning, seen 1:1 — but no number besides the minutes: no objective measure.
        ["v3-h10-action-observation-no-number"] = new(
            "OT — 97112 — 20 min, seen 1:1. Action observation therapy: pt watched short video clips of a hand reaching for and drinking from a cup, then imitated each "
            + "clip with the L hand; followed by motor imagery of the same sequence with eyes closed. Aimed at L hand motor recruitment and reach-to-grasp planning "
            + "after R MCA stroke. Pt engaged throughout, better L finger opening by the end of the session.",
            ["I69.354"], [OT("97112", 20)], [At(Measure, "97112")]),

        // Paediatric TheraSuit / spider-cage session with perturbations, GMFM % and stance seconds, 1:1 — but no deficit or system is written (mom's question is not one).
        ["v3-h10-therasuit-no-deficit"] = new(
            """
            Peds intensive wk 2 — TheraSuit method 97112 30 min 1:1: suit on w/ standard bungee configuration, standing in Universal Exercise Unit (spider cage) w/ bungee support, perturbations in kneeling + standing, stepping in cage to targets.
            Mom asked about summer camp; handout given.
            GMFM-66 dimension D 41% (35% pre-intensive); stands in cage w/o hands 45 s.
            """,
            ["G80.1"], [PT("97112", 30)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits as findings, and notes with none

        // OT 97530: "can't pantomime brushing on command, used comb as toothbrush, sequence errors" is ideomotor apraxia by its errors; grooming tasks; error count and Min A → SBA; goal: passes.
        ["v4-h10-apraxia-grooming-ot"] = new(
            """
            OT TA 97530 25 min — grooming + hygiene at sink: toothbrushing, hair combing, shaving w/ electric razor, deodorant.
            Ideomotor apraxia (L hemisphere CVA): can't pantomime brushing on command, used comb as toothbrush x1, sequencing errors on shaving (turned razor off before starting).
            Tactile/verbal cueing faded through task; errors 4 (7 last session); Min A → SBA for sequencing. Goal: groom self at sink w/ setup only.
            """,
            ["I69.390"], [OT("97530", 25)], []),

        // "SPNT + (gain diff 0.14), HRE 6.2°" states ↓ cervical proprioception; eye-head coordination with neck torsion, relocation practice; HRE post; 1:1: passes.
        ["v4-h10-cervicogenic-spnt"] = new(
            """
            NMR 97112 20 min 1:1.
            Cervicogenic dizziness after rear-end MVA: smooth pursuit neck torsion test + (gain diff 0.14 torsion vs neutral), head relocation error 6.2° to L w/ overshoot → ↓ cervical proprioception; unsteady EC on foam.
            Tx: gaze-direction + eye-head coordination drills in neck torsion, head relocation practice to laser target, trunk-on-head rotation in sitting w/ eyes fixed on target.
            HRE 3.9° post.
            """,
            ["R42", "S13.4XXD"], [PT("97112", 20)], []),

        // Home health 97530: the orthostatic drop (BP supine → standing, lightheaded) is the impairment; graded stands and kitchen carrying; reps, BP and CGA → SBA; breakfast goal: passes.
        ["v4-h10-orthostatic-drop-97530"] = new(
            """
            HH PT — TA 97530 23 min.
            Orthostatic drop: BP 128/74 supine → 104/66 after 60 s standing w/ lightheadedness (new antihypertensive; MD office messaged).
            Graded upright tasks: ankle pumps + glute sets before each stand, sit → stand at EOB x5 w/ seated pause, walk to kitchen w/ RW, pour juice + carry to table x2.
            Goal: make own breakfast standing at counter.
            BP after 3rd stand 112/70, no sx; CGA → SBA.
            """,
            ["I95.1", "R26.89"], [PT("97530", 23)], []),

        // PTA 97530: "SpO2 96% → 86% after 1 flight w/o pacing" is exertional desaturation; paced stair climbing and laundry carry; nadir, rests and SBA; bedroom goal: passes.
        ["v4-h10-exertional-desat-stairs"] = new(
            """
            PTA — 97530 x 25 min. Stair climbing w/ paced breathing (step on exhale), 2 flights w/ rail x 3 trials; carrying laundry basket (5 lb) up 6 steps, seated rest between.
            Exertional desaturation: SpO2 96% at rest → 86% after 1 flight w/o pacing; RR 28.
            Goal: get to 2nd-floor bedroom w/o stopping.
            SpO2 nadir w/ pacing 90%; 1 rest on landing (3 rests last wk); SBA.
            """,
            ["J44.9", "R06.02"], [PTA("97530", 25)], []),

        // 97110 pre-prosthetic TT: "R knee flexion contracture 10° + hip flex tightness; distal edema" is the impairment; prone lying, knee ext over bolster, hip ext with doses: passes.
        ["v4-h10-residual-limb-contracture"] = new(
            """
            TE 97110 — 20 min — R TT amputee (4 wk post, pre-prosthetic)
            R knee flexion contracture 10° + hip flexor tightness; residual limb 2 cm distal edema (shrinker on)
            Prone lying w/ towel roll under distal thigh 3 x 60 s, R knee ext over bolster w/ 2 lb at distal end 3 x 15, prone hip ext 2 x 12, bridges w/ residual limb on bolster 2 x 10, sidelying hip abd 2 x 15.
            """,
            ["Z89.511"], [PT("97110", 20)], []),

        // 97116 TF: "abducted gait on L w/ wide BOS (~20 cm) and circumduction" is the gait impairment; bars → FWW → LBQC, distances, SBA/CGA; step width and stance time: passes.
        ["v4-h10-tf-abducted-gait"] = new(
            """
            GT 97116 23 min: L TF (microprocessor knee), parallel bars → FWW → LBQC in R hand, 4 x 75 ft; cues for narrower BOS + equal step length; SBA, CGA on turns.
            Abducted gait on L w/ wide BOS (~20 cm) and circumduction at initial swing, shortened R step.
            Step width 13 cm by last trial; L single-limb stance time 0.48 s on gait mat.
            """,
            ["Z89.612"], [PT("97116", 23)], []),

        // Paediatric 97110: "W-sits, can't hold prone extension > 3 s, falls into lordosis on tall kneel" is the core/trunk weakness; animal walks and holds with doses: passes.
        ["v4-h10-peds-wsitting-core"] = new(
            """
            Peds PT (6 yo) — 97110 — 23 min
            Always W-sits on floor; can't hold prone extension ("superman") > 3 s; hangs into lordosis in tall kneel → trunk/core weakness.
            Ex: supine flexion hold (tuck) 4 x 8 s, prone superman over therapy ball 4 x 10 s, wheelbarrow walk 3 x 10 ft, bear walk + crab walk 3 x 15 ft each, tall-kneel ball passes 2 x 10.
            """,
            ["R62.50", "M62.81"], [PT("97110", 23)], []),

        // Lunge matrix/Airex/band shuffles with seconds and catches, 1:1 — but only the patient's words and a fishing goal: no neuromuscular deficit or system (97112 needs one).
        ["v4-h10-nmr-patient-words-only"] = new(
            """
            Neuro re-ed 23 min, 1:1.
            Did: lunge matrix to floor clock, SL stance on Airex w/ theraband kicks, lateral shuffles w/ band at knees + reactive ball catch.
            Pt: "the boat dock will be easy after this." Wants to be back fishing by May.
            SL stance Airex L 28 s, R 30 s; ball catches 9/10.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // 97116 with device, distances, surfaces, CGA → SBA and a rest — but no gait impairment, region or functional goal.
        ["v4-h10-97116-no-target"] = new(
            "GT 97116 15 min: amb w/ RW 2 x 150 ft on tile + carpet, CGA → SBA, 1 standing rest.",
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // SPPB with subscores is the measure; semi-tandem → tandem with head turns, foam marching, lean-release stepping; stepping response/ankle strategy; one-on-one: passes.
        ["v5-h10-sppb-subscores"] = new(
            """
            97112 NMR 25 min, one-on-one | geri falls clinic
            Semi-tandem → tandem progression w/ head turns, compliant-surface marching, reactive stepping to therapist-released lean (A/P + lat).
            ↓ stepping response + ↓ ankle strategy; 2 falls since Jan.
            SPPB 7/12 (balance 3, gait 2, chair 2) — 4/12 at IE.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 25)], []),

        // 97116 with hemi-walker: distances, min A → CGA, cues; R hemiparetic gait with toe drag; 2MWT metres: passes.
        ["v5-h10-2mwt-hemiwalker"] = new(
            "GT 97116 15 min: amb w/ hemi-walker in L hand, indoor 3 x 60 ft + 1 x 100 ft, cues for R heel-first contact and ↑ R hip flex in swing; min A → CGA. "
            + "R hemiparetic gait w/ R toe drag and short L step. 2MWT 96 m (71 m at IE).",
            ["I69.351"], [PT("97116", 15)], []),

        // Paediatric DMD 97530: floor rise, stairs, bus-step mock-up, backpack carry; school goal; TUDS and floor-rise seconds, SBA: passes.
        ["v5-h10-tuds-dmd-97530"] = new(
            """
            Peds PT 97530 – 20 min. 6 yo, Duchenne MD.
            Floor → stand (Gowers' → half-kneel strategy), stairs w/ rail (reciprocal up, step-to down), on/off school-bus step mock-up (14"), carrying backpack 5 lb 30 ft.
            Goal: manage school bus steps + classroom floor sitting w/ SBA.
            TUDS 14.6 s (12.1 s at 6-mo visit); floor rise 7.8 s; SBA on bus step.
            """,
            ["G71.01"], [PT("97530", 20)], []),

        // OT 97110 thumb CMC OA: opposition, thenar isometrics, putty pinch, web-space stretch with doses; ↓ abduction/opposition and pinch weakness; Kapandji and pinch kg: passes.
        ["v5-h10-kapandji-cmc-ot"] = new(
            """
            OT hand — TE 97110 — 15 min. L thumb CMC OA, splint off for ex.
            Thumb opposition to each fingertip 2 x 10, thenar isometrics (abd against band) 3 x 10 s, putty pinch 2 x 12, web-space stretch 3 x 30 s.
            ↓ thumb abd/opposition + pinch weakness.
            Kapandji 7/10 (5/10 at IE); lateral pinch L 4.0 kg / R 6.5 kg.
            """,
            ["M18.12"], [OT("97110", 15)], []),

        // Paediatric DCD 97112: beam walking, hoop hopping sequences, kneeling on peanut ball; balance/bilateral coordination/motor planning; BOT-2 scale score and beam SLS; seen 1:1: passes.
        ["v5-h10-bot2-dcd"] = new(
            """
            Peds — 97112 — 25 min — seen 1:1 (mom in waiting room)
            7 yo, DCD: balance beam walk fwd/back w/ bean bag on head, SL hopping through hoop sequence, kneeling on peanut ball w/ ball toss.
            ↓ static/dynamic balance + ↓ bilateral coordination (motor planning).
            BOT-2 balance subtest scale score 8 (5 at IE); SLS on beam R 6 s / L 4 s.
            """,
            ["F82"], [PT("97112", 25)], []),

        // OT inpatient-style 97530 after posterior THA: toilet/tub-bench transfers, LB dressing with AE; reaching within precautions; FIM items; home goal: passes.
        ["v5-h10-fim-tha-ot"] = new(
            """
            OT: 97530 30 min — toilet transfer w/ grab bar x4, tub bench transfer x3 w/ leg lifter, LB dressing from w/c (pants + shoes w/ reacher/sock aid).
            R THA (posterior precautions) — can't reach feet within hip precautions.
            FIM toilet transfer 4 → 5; LB dressing 3 → 4. Goal: home w/ husband at mod I.
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 30)], []),

        // PTA 97116 whose only measure is the assistance level "supervision" (no distance or other number): the contract counts an assistance level; community gait with SPC, L antalgic gait: passes.
        ["v5-h10-supervision-only-97116"] = new(
            "PTA: gait training 97116, 15 min — community ambulation practice in parking lot + up/down curb w/ SPC, supervision; cues for L heel strike + keeping cane in "
            + "R hand. L antalgic gait s/p L TKA, ↓ L stance time.",
            ["Z96.652"], [PTA("97116", 15)], []),

        // 97110 after medial malleolus ORIF: slant board, eccentric heel drops, band 4-way with doses; DF and heel-raise count: passes.
        ["v5-h10-ankle-dorsiflexion-heel-raise"] = new(
            """
            TE 97110 — 23 min
            R ankle ORIF (med mall) 9 wk — ↓ DF + plantarflexor weakness.
            Slant-board calf stretch 3 x 30 s, eccentric heel drops off step 2 x 12, blue band 4-way ankle 2 x 15 each, SL stance on firm 3 x 20 s.
            DF (knee ext) 8° → 12° after session; SL heel raise R 6 reps (L 22).
            """,
            ["S82.51XD"], [PT("97110", 23)], []),

        // Progress only in words ("sway visibly smaller", "far fewer saves", "more planted"): no number; foam EC/rocker/obstacles, somatosensory reliance/ankle strategy, 1:1 present.
        ["v5-h10-progress-in-words-only"] = new(
            "NMR twenty min, 1:1 — foam stance w/ EC, rocker board lat tilts, obstacle course w/ head turns. Targeting somatosensory reliance + ↓ ankle strategy "
            + "(neuropathy). Sway visibly smaller on foam by the last trials, needed far fewer saves than last week, pt says she feels \"more planted\".",
            ["E11.42"], [PT("97112", 20)], [At(Measure, "97112")]),

        // 97530 car transfer into own sedan and loading the walker, goal to ride to daughter's — but no assistance level, repetitions or number: no measure.
        ["v5-h10-car-transfer-no-measure"] = new(
            "Ther act 97530 20 min: car transfer practice into pt's own sedan (low seat) using back-in and swing-legs method, then loading walker into back seat. "
            + "Goal: ride to daughter's house for Sunday dinner. L hip precautions reviewed during transfer.",
            ["Z96.642"], [PT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // "97110 × 2 units (23 min) | 97140 × 1 unit (15 min)": the minutes in brackets are each code's (units are not minutes); both match; TE and MT complete: passes.
        ["v6-h10-units-with-minutes-in-brackets"] = new(
            """
            Billing: 97110 × 2 units (23 min) | 97140 × 1 unit (15 min)
            TE: Pallof press green band 3 x 10 ea side, dead bug 3 x 8, bird dog 3 x 10 w/ 5 s hold, hip hinge w/ dowel 2 x 12 — for lumbar stabilizer endurance, LBP w/ flexion intolerance
            MT: central PA mobs L3–L5 gr III 3 x 30 s, STM B lumbar paraspinals, for lumbar segmental hypomobility
            Lumbar flexion ROM 70% of normal (50% at IE); Oswestry 24% (40% at IE)
            """,
            ["M54.50"], [PT("97110", 23), PT("97140", 15)], []),

        // "Spent 18 minutes of ther ex and 10 of manual": the "10" is manual's minutes by the sentence; both match; frozen-shoulder exercises and GH glides complete: passes.
        ["v6-h10-ten-of-manual"] = new(
            "R frozen shoulder, freezing → frozen phase. Spent 18 minutes of ther ex and 10 of manual today. Ther ex: pulley flexion/scaption 2 x 15, wand ER supine "
            + "3 x 10 w/ 5 s hold, sleeper stretch 3 x 30 s, table slides 2 x 10. Manual: GH inferior + posterior glides gr III–IV, 3 bouts of 45 s, scapular mobs in "
            + "sidelying. For capsular restriction R GH w/ ↓ ER + elevation. Flex 118° (102° at IE), ER at 45° abd 32°.",
            ["M75.01"], [PT("97110", 18), PT("97140", 10)], []),

        // Dictated "about half an hour of neuro re-ed, one on one" is 30 min and the line bills 30; heel-toe with weighted belt, quadruped rhythmic stabilization, foam blocks; cerebellar ataxia; tandem steps and FGA: passes.
        ["v6-h10-half-an-hour-dictated"] = new(
            "Dictation: Saw Mrs. D for about half an hour of neuro re-ed, one on one, in the main gym. She has the cerebellar ataxia from her stroke last fall, wide "
            + "base, staggers to the right. We worked on heel-toe walking along the tape line with the weighted belt, quadruped rhythmic stabilization, and stepping "
            + "over the foam blocks with my hand at her hip. She did 7 steps tandem without a step out, and her Functional Gait Assessment was 16 of 30.",
            ["I69.393"], [PT("97112", 30)], []),

        // "TE 23' / NMR 15'" with the lines the other way round (97112 23, 97110 15): both stated minutes differ from their lines; both sections otherwise complete, NMR 1:1.
        ["v6-h10-swapped-minutes"] = new(
            """
            TE 23' / NMR 15'
            TE: LAQ 4# 3 x 12, standing hip abd/ext 3# 2 x 12, mini-squats 3 x 10, for B quad/hip weakness (4-/5) limiting stairs
            NMR (1:1): tandem on foam, lateral reactive stepping to band pulls at pelvis, EC stance on rocker; for ↓ reactive lateral stepping + somatosensory loss B feet
            Berg 44/56; 5xSTS 15.8 s
            """,
            ["R26.81", "G62.9"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97110"), At(Mismatch, "97112")]),

        // OT "97530 x 3 units / 45 min" against a 38-min line: mismatch; kitchen-mobility tasks with reps, CGA, lunch goal and L hemiparesis complete.
        ["v6-h10-units-and-45-min-mismatch"] = new(
            """
            OT — 97530 x 3 units / 45 min
            Kitchen mobility w/ 4WW tray: carry plate + mug 15 ft x3; retrieve pot from low cabinet via half-kneel x2; wipe counters in standing; CGA for balance on reaches.
            Goal: prepare simple lunch at home alone (husband works days).
            Impairment: L hemiparesis w/ ↓ standing balance on reach.
            """,
            ["I69.354"], [OT("97530", 38)], [At(Mismatch, "97530")]),

        // "In 10:00 / Out 10:53" for three timed codes and no minutes by code: separate time missing (the span is no code's, so no mismatch); TE, NMR (1:1) and GT complete.
        ["v6-h10-in-out-three-codes"] = new(
            """
            In 10:00 / Out 10:53. TE, NMR and gait training this visit.
            TE: sit-to-stand 3 x 8, heel raises 2 x 15, marching w/ 2 lb 2 x 20, for B LE weakness
            NMR (1:1): Airex stance EC, step-ups onto foam w/ ball catch, reactive stepping to lateral tugs; ↓ lateral stepping reactions + sensory reweighting (neuropathy)
            GT: FWW → SPC trial in hallway 2 x 100 ft, CGA; cues for step length (short shuffling steps)
            Berg 40/56; 10MWT 0.74 m/s
            """,
            ["G62.9", "R26.89"], [PT("97110", 15), PT("97112", 15), PT("97116", 10)], [SepTime]),

        // "MT 10'" then the work-simulation (97530) with no minutes at all: two timed codes, one without its time; both contents complete.
        ["v6-h10-work-sim-no-minutes"] = new(
            """
            MT 10': R C5-6 lateral glides gr III 3 x 30 s (R radic), STM R upper trap/levator; cerv rot R 58° → 66°.
            Work-sim after: overhead shelving of 10 lb boxes x12 w/ neutral neck, keyboard posture setup + 3 microbreak drills; goal: return to stocking shifts at hardware store; 12 lifts before R arm tingling (8 last visit).
            """,
            ["M54.12"], [PT("97140", 10), PT("97530", 15)], [SepTime]),

        // CPT / Units / Minutes table: 97112 25 and 97116 10 match; NMR (one-on-one, BOSU/foam/cones, L hip/ankle strategy and proprioception, Y-balance) and gait (no AD, distances, stairs, mod I, stiff knee): passes.
        ["v6-h10-cpt-units-minutes-table"] = new(
            """
            CPT   | Units | Minutes | Provider
            97112 | 2     | 25      | PT
            97116 | 1     | 10      | PT
            NMR: one-on-one; BOSU (dome up) squats w/ perturbation, SL stance on foam w/ cervical rotation, side-stepping over cones, for ↓ L hip/ankle strategy + L LE proprioception after L tib plateau fx; Y-balance ant L 54 cm / R 63 cm
            Gait: no AD now, 4 x 150 ft incl. ramp + 12 stairs reciprocal w/ rail, mod I; L knee stiff in swing (knee flex 48° on video)
            """,
            ["S82.142D"], [PT("97112", 25), PT("97116", 10)], []),

        // Untimed re-eval (97164) beside one timed code, "NMR 97112 13 min, 1:1" (13 matches); gaze stab on foam/head-turn walking, R vestibular hypofunction; DGI: passes.
        ["v6-h10-reeval-beside-nmr"] = new(
            """
            Re-eval (97164) today + NMR 97112 13 min, 1:1.
            Re-eval: ABC 58% (41% IE); goals updated, POC recert sent.
            NMR: gaze stab X1 in standing on foam 2 x 45 s; walking w/ pitch/yaw head turns 3 x 40 ft; for R vestibular hypofunction (schwannoma resection 4 mo ago) w/ veering on head turns.
            DGI 17/24 (12/24 IE).
            """,
            ["H81.91"], [PT("97164", 20), PT("97112", 13)], []),

        // Dictated "twenty minutes of manual" against a 12-min 97140 line: mismatch; "fifteen minutes of exercise" matches 97110; hip OA content complete for both.
        ["v6-h10-dictated-twenty-manual"] = new(
            "Dictated. For her right hip OA with capsular tightness I did twenty minutes of manual, long-axis distraction with the belt, three bouts of forty-five "
            + "seconds, and posterior glides grade four, then fifteen minutes of exercise, clamshells two sets of fifteen, bridges two sets of ten, and standing hip "
            + "extension with the red band. Glute weakness still. Her hip internal rotation went from 15 to 24 degrees.",
            ["M16.11"], [PT("97140", 12), PT("97110", 15)], [At(Mismatch, "97140")]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PTA gait + ther ex visit: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h10-empty-pta-gt-te"] = new(
            "",
            ["S72.141D"], [PTA("97116", 15), PTA("97110", 23)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // A line feed only is empty; OTA 97530 with an untimed paraffin bath (97018, no profile): missing on 97530 only.
        ["v7-h10-empty-ota-97530-paraffin"] = new(
            "\n",
            ["M18.12"], [OTA("97530", 23), OTA("97018", 10)], [At(NoteMissing, "97530")]),

        // CRLF, space and tab only is empty on three profiled codes, and "pending" is not an ICD-10-CM code: missing on each line plus the diagnosis check.
        ["v7-h10-empty-three-codes-dx-pending"] = new(
            " \t\r\n",
            ["pending"], [PT("97112", 20), PT("97110", 10), PT("97140", 8)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // 97116: Lofstrand crutch gait NWB L (swing-to → swing-through), curbs, ramp, stairs with counts and SBA/CGA; bimalleolar ORIF and front-steps goal: passes.
        ["v7-h10-97116-lofstrand-nwb"] = new(
            "GT 97116 20 min: Lofstrand crutches NWB L, swing-to → swing-through on level 3 x 80 ft, curb up/down (6\") x4 and ramp x2, SBA; stairs 8 steps w/ rail + "
            + "1 crutch, CGA. L bimalleolar ankle ORIF wk 3, NWB L per surgeon; goal: get up the 3 front steps at home.",
            ["S82.842D"], [PT("97116", 20)], []),

        // 97530: crate lifting with progressive loads, lift-and-carry, crib-height lift with sets; the functional goal (lift 25-lb grandson w/o LBP flare) is the target: passes.
        ["v7-h10-97530-lift-grandson"] = new(
            "TA 97530 23': floor-to-waist lift of weighted crate (15 → 25 lb) w/ hip hinge 3 x 5, lift-and-carry 20 ft x4, reach over mock crib rail (36\" high) to lift "
            + "20 lb sandbag 2 x 5; goal: lift 25-lb grandson from crib w/o L-sided LBP flare. Lumbar neutral kept on 13/15 reps.",
            ["M54.59"], [PT("97530", 23)], []),

        // OT 97140: median nerve sliders and carpal (lunate/capitate) glides are manual techniques, with sets/grade/holds; R CTS with + Phalen and flexor tightness: passes.
        ["v7-h10-97140-median-sliders-ot"] = new(
            "MT (97140) 10 min — R median nerve sliders (wrist/elbow alternating) 3 x 10, carpal bone mobs (lunate/capitate volar-dorsal glides) gr III 3 x 30 s, STM to "
            + "R pronator + thenar eminence. R CTS (non-op) w/ + Phalen at 20 s and forearm flexor tightness.",
            ["G56.01"], [OT("97140", 10)], []),

        // 97110 in heart failure: seated marching, sit-to-stand, heel raises, arm raises with sets/loads (parameters are the measure); deconditioning/LE weakness and a mailbox goal: passes.
        ["v7-h10-97110-parameters-heart-failure"] = new(
            "TE 97110 20 min (HFrEF): seated marching 2 x 20, sit-to-stand from recliner height 2 x 6, standing heel raises at counter 2 x 10, arm raises w/ 1 lb 2 x 10; "
            + "RPE kept 11–13. For deconditioning + ↓ LE strength limiting walk to mailbox.",
            ["I50.22"], [PT("97110", 20)], []),

        // PTA 97116: walking with FWW on the unit hallway with cues is gait training; flexed knees/trunk and ↓ clearance; distances and CGA; 15 min matches: passes.
        ["v7-h10-97116-hallway-fww"] = new(
            "PTA: walked w/ FWW 2 x 150 ft on unit hallway, CGA, cues for upright trunk + longer steps; knees flexed + trunk forward, ↓ step clearance B. 15 min.",
            ["R26.89"], [PTA("97116", 15)], []),

        // Home visit 97110 "went through HEP together, tolerated tx well, will cont to progress": no exercise, region, parameter or number; only generic phrases.
        ["v7-h10-hh-generic-97110"] = new(
            "Home visit. Pt seen in home for skilled TE per POC. Went through HEP together. Tolerated tx well, no c/o. Caregiver present. Will cont to progress as tolerated.",
            ["M62.81"], [PT("97110", 25)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes: a week's sample

        // Ortho SOAP, R TKA 4 wk: TE 20, MT 10, GT 8 by name (all match); exercises with doses, patellar/tibiofemoral mobs, SPC gait with stairs/SBA, stiff-knee gait; ROM and lag: passes.
        ["vord-h10-tka-soap-three-codes"] = new(
            """
            S: R TKA 4 wk. Sleeping better, using cane in house. Pain 3/10 on stairs.
            O: TE (20 min): recumbent bike rocking → full revolutions, quad sets 10 x 5 s, SLR 2 x 10, heel slides w/ strap 2 x 15, step-ups 4" 2 x 10.
               MT (10 min): R patellar mobs all directions, tibiofemoral A/P glides gr III in flexion, scar mobilization R knee.
               GT (8 min): SPC in L hand, 2 x 150 ft + 4 stairs reciprocal w/ rail, SBA; cues to bend knee in swing (stiff-knee gait on fatigue).
               R knee AROM 3–104° (8–92° last wk); quad lag 5°.
            A: ROM + quad control improving.
            P: progress closed-chain, cont 2x/wk.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20), PT("97140", 10), PT("97116", 8)], []),

        // PTA one-liner, R cuff repair wk 8: pulleys, wand, table slides, sub-max isometrics with doses; AAROM degrees: passes.
        ["vord-h10-rcr-pta-one-liner"] = new(
            "PTA: 97110 15 min — R RCR wk 8, pulleys flex/scap 2 x 20, supine wand flex + ER 3 x 10, table slides 2 x 15, isometric ER/IR 5 x 10 s sub-max; AAROM flex 135°, ER 40°.",
            ["S46.011D"], [PTA("97110", 15)], []),

        // Runner: 97140 (8 min) thoracic thrust and CPAs with grade/bouts, thoracic ext restriction; 97110 (20 min) open books/roller/side plank/SL RDL with doses, R lateral hip endurance; side plank seconds: passes.
        ["vord-h10-runner-thoracic-thrust-te"] = new(
            """
            Runner, 34 — mid-back + R-sided LBP
            97140 (8 min): T6–T8 supine thrust manipulation x2 (cavitation), prone CPA T5–T9 gr IV 2 x 30 s; for thoracic extension restriction.
            97110 (20 min): open books 2 x 10 ea, foam roller thoracic ext 10 x 5 s, side plank 3 x 20 s, SL RDL 3 x 8 w/ 10 kg KB, quadruped rock-backs 2 x 10; for R lateral hip endurance deficit (side plank R 22 s vs L 41 s).
            """,
            ["M54.6", "M54.50"], [PT("97140", 8), PT("97110", 20)], []),

        // Untimed Semont maneuver (95992) beside one timed 97112 15 min (1:1): post-maneuver head-turn gait and foam EO/EC, ↓ postural control; Romberg foam seconds and FGA: passes.
        ["vord-h10-semont-beside-nmr"] = new(
            """
            R post-canal BPPV: Dix-Hallpike R upbeating torsional nystagmus; Semont maneuver x2 (95992). Repeat D-H R neg.
            NMR 97112 15 min, 1:1: post-maneuver gait w/ head turns, static stance on foam EO/EC, for residual ↓ postural control + unsteadiness on turns.
            Romberg on foam EC 14 s; FGA 23/30.
            """,
            ["H81.11"], [PT("95992", 10), PT("97112", 15)], []),

        // Home health falls visit: "1:1 in home throughout"; NMR 20 (cushion EC/tandem/pushes; reactive stepping/visual reliance; Berg) and TA 20 (floor recovery, upper cabinet, mail carry; porch goal; CGA → SBA): passes.
        ["vord-h10-hh-falls-nmr-ta"] = new(
            """
            HH visit 7. Pt lives alone w/ her cat; 1:1 in home throughout.
            NMR 20 min: at kitchen counter — EC stance on couch cushion, tandem along hallway w/ fingertip support, reactive steps to gentle pushes; ↓ reactive stepping + reliance on vision (L cataract).
            TA 20 min: floor recovery via half-kneel to sturdy chair x3, reaching into upper cabinet w/ counter support x5, carrying mail in 1 hand + cane from porch x2; goal: manage porch + mail safely. Floor recovery CGA → SBA.
            Berg 42/56 (35/56 at SOC).
            """,
            ["Z91.81", "R26.81"], [PT("97112", 20), PT("97530", 20)], []),

        // OT stroke, "▸" bullets: 97530 25 (dishwashing/unloading, CGA, kitchen goal) and 97110 15 (AAROM/AROM/putty with doses, L hemiparesis, grip kg): passes.
        ["vord-h10-ot-stroke-ta-te"] = new(
            """
            OT tx note — L hemiparesis (R CVA, 3 mo)
            ▸ 97530 – 25 min: standing at sink for bimanual dishwashing, L UE as stabilizer (holds plate); unloading dishwasher to shoulder-height shelves; CGA for standing balance, min verbal cues for L UE use. Goal: indep light kitchen tasks.
            ▸ 97110 – 15 min: L shoulder AAROM w/ cane 2 x 10, L elbow/wrist AROM 2 x 10, soft putty gross grasp 2 x 15, scapular retraction 2 x 10.
            L grip 6 kg / R 28 kg.
            """,
            ["I69.354"], [OT("97530", 25), OT("97110", 15)], []),

        // Paediatric femur fracture: gait 97116 15 (weaning crutches, distances, SBA, R Trendelenburg/short stance) and ther act 97530 15 (stairs race, squat pick-ups; recess/gym goal; stairs count): passes.
        ["vord-h10-peds-femur-gt-ta"] = new(
            """
            Peds (9 yo) R femoral shaft fx (flexible nails), WBAT.
            Gait 97116 15 min: weaned bilat crutches → 1 crutch → none; 4 x 60 ft, cues for equal stance time + R knee flex in swing; R Trendelenburg + short R stance. SBA.
            Ther act 97530 15 min: stepping-stone game on floor spots, stair race up/down 14 steps w/ rail, squat to pick up toys x10; goal: back to recess + gym class.
            Stairs reciprocal up 14/14 w/o rail on last trial.
            """,
            ["S72.301D"], [PT("97116", 15), PT("97530", 15)], []),

        // Male pelvic health 97110 after prostatectomy: PFM holds/quick contractions/pre-contraction before cough and STS, bridges with doses; stress incontinence, endurance seconds: passes.
        ["vord-h10-post-prostatectomy-pfm"] = new(
            """
            Pelvic PT (male) — RALP 6 wk, leaks w/ cough + sit-to-stand.
            TE 97110 20 min: PFM contractions supine → sitting → standing, 10 s hold x 10 each; quick contractions x 10; PFM pre-contraction before cough + STS x 10; TrA + PFM bridges 2 x 10.
            Post-prostatectomy stress UI w/ ↓ PFM endurance: 8 s hold (4 s at IE); pads/day 3 (5 at IE).
            """,
            ["N39.3"], [PT("97110", 20)], []),

        // OT trigger-finger release POD 16: 97140 8 (scar/retrograde massage, PIP ext mobs with grade/bouts) and 97110 10 (tendon glides, place-and-hold, blocking with doses); PIP lag and DPC cm: passes.
        ["vord-h10-trigger-finger-ot"] = new(
            """
            Hand OT — R long finger A1 pulley release, POD 16
            97140 – 8 min: scar massage + retrograde edema massage R long, PIP ext mobs gr III 3 x 30 s.
            97110 – 10 min: tendon glides 10 ea, place-and-hold fist 10 x 5 s, PIP/DIP blocking 2 x 10.
            PIP ext lag R long -15° (-25° at IE); composite fist 1 cm from DPC.
            """,
            ["M65.331"], [OT("97140", 8), OT("97110", 10)], []),

        // TT amputee, new prosthesis: 97116 20 (bars → RW, distances, CGA, short stance/hip hiking) and 97530 15 (donning liner/prosthesis, couch-height STS, floor pick-up, min A → CGA, goal): passes.
        ["vord-h10-tt-new-prosthesis-gt-ta"] = new(
            """
            L TT amputee, new prosthesis (pin-lock liner, 5-ply sock).
            97116 — 20 min: parallel bars → RW: weight shifts onto prosthesis, step-through pattern, 3 x 50 ft w/ RW, CGA; cues for L knee flexion at loading + equal step length; short L stance time + hip hiking on L.
            97530 — 15 min: donning liner + prosthesis at EOB (indep after 2 trials), sit ↔ stand from couch height w/ prosthesis x6, picking item off floor w/ prosthesis on; min A → CGA. Goal: indep donning + home amb w/ RW.
            Sock ply checked after gait: stayed at 5.
            """,
            ["Z89.512"], [PT("97116", 20), PT("97530", 15)], []),

        // Post-CABG 97530 under sternal precautions: log roll, STS without UE push, carrying within the lift limit, reps and SBA; return-home goal: passes.
        ["vord-h10-cabg-sternal-precautions-97530"] = new(
            "97530 — 20 min — CABG x3, POD 24, sternal precautions. Log roll → sidelying → sit w/o UE push x4, sit-to-stand w/o hands from 18\" chair x8 (arms crossed), "
            + "carrying 5-lb grocery bag held close 40 ft x3, car-seat entry practice w/ pillow splint x2; SBA. Goal: get in/out of bed, car and recliner at home w/o pushing through the arms. "
            + "HR 88 → 104 bpm, RPE 12.",
            ["Z95.1"], [PT("97530", 20)], []),

        // PTA ankle ORIF wk 10: GT 12 (crutch → no AD, distances, grass, SBA, ↓ push-off) and TE 15 (heel raises, band 4-way, slant board with doses); DF and heel-raise reps: passes.
        ["vord-h10-pta-ankle-fx-gt-te"] = new(
            """
            PTA note – s/p R ankle ORIF wk 10, WBAT in shoe.
            GT 12 min: 1 ax crutch → no AD, 3 x 100 ft + grass 50 ft, heel-toe cues; ↓ R push-off + short L step; SBA.
            TE 15 min: heel raises DL → SL 3 x 10, 4-way ankle w/ blue band 2 x 15 each, slant-board calf stretch 3 x 30 s.
            R DF 10° (knee ext); SL heel raise R 7 reps.
            """,
            ["S82.51XD"], [PTA("97116", 12), PTA("97110", 15)], []),

        // Telegraphic MS one-liner: "97112 20' 1:1", hurdles/foam tandem/pelvic perturbations, ↓ LE proprioception and ataxic stepping, tandem seconds and FSST: passes.
        ["vord-h10-ms-one-liner"] = new(
            "97112 20' 1:1 – MS: hurdle stepping + tandem on foam + lat perturbations at pelvis for ↓ LE proprioception/ataxic stepping; tandem 6 s → 11 s; FSST 14 s.",
            ["R27.0", "R26.89"], [PT("97112", 20)], []),

        // PD: "1:1 entire visit"; NMR 25 (amplitude stepping, dual-task walking, pivot turns, backward pulls; freezing/postural reactions) and GT 15 (treadmill speeds, overground distances, SBA, shuffling); Mini-BEST, TUG-cog, gait speed: passes.
        ["vord-h10-pd-nmr-gt"] = new(
            """
            PD (H&Y 2) — 1:1 entire visit
            NMR 25 min: large-amplitude stepping in 4 directions to floor targets, dual-task walking w/ word lists, pivot turns w/ step counting, backward stepping to pulls; for freezing on turns + ↓ postural reactions
            GT 15 min: treadmill 1.6 → 1.9 mph, 0% incline, light UE touch; then overground 2 x 200 ft no AD, SBA; cues for heel strike + arm swing; shuffling gait w/ festination when fatigued
            Mini-BEST 19/28; TUG-cog 14.1 s; gait speed 1.02 m/s
            """,
            ["G20.A1"], [PT("97112", 25), PT("97116", 15)], []),

        // SCI T8 AIS A 97530: wheelchair skills (wheelie holds, curb, ramp, floor → chair) with counts and mod A → min A; community/fall-recovery goal: passes.
        ["vord-h10-sci-wheelchair-skills"] = new(
            "SCI (T8 AIS A) — 97530 30 min: w/c skills — wheelie balance point holds 5 x 20 s, 4\" curb ascent/descent w/ spotter x4, 1:12 ramp up/down x3, floor → w/c "
            + "transfer using cushion as step x2 (mod A → min A). Goal: indep community w/c mobility + floor-to-chair after a fall.",
            ["G82.21"], [PT("97530", 30)], []),

        // Progress-note table (IE vs today: flexion, extension, 30s chair stand, stairs) for 97110 with leg press/step-downs/TKE doses; L TKA eccentric quad weakness: passes.
        ["vord-h10-tka-progress-table-97110"] = new(
            """
            Progress note (visit 12) — 97110 25 min
            | Measure          | IE                | Today               |
            | Knee flex AROM   | 88°               | 121°                |
            | Knee ext AROM    | -9°               | -2°                 |
            | 30s chair stand  | 6                 | 11                  |
            | Stairs           | step-to, 2 rails  | reciprocal, 1 rail  |
            TE today: leg press 3 x 12 @ 40 kg, lateral step-downs 6" 3 x 10, TKE w/ band 3 x 15, wall sit 3 x 30 s.
            L TKA — residual quad weakness on eccentric step-down.
            """,
            ["Z96.652"], [PT("97110", 25)], []),

        // TMJ: MT 10 (intraoral pterygoid/masseter release, distraction/glides with grade/bouts) and TE 12 (Rocabado 6x6 program with reps); R disc displacement; opening mm: passes.
        ["vord-h10-tmj-rocabado"] = new(
            """
            TMJ — R disc displacement w/ reduction, clicking + jaw pain on chewing.
            MT 10 min: intraoral R lateral pterygoid + masseter release, R TMJ distraction/lateral glides gr II–III 3 x 30 s, suboccipital release.
            TE 12 min: Rocabado 6x6 program (tongue rest position, controlled opening, jaw rhythmic stabilization, chin tucks, shoulder retraction) 6 reps each, tongue-up controlled opening in mirror 10 reps.
            Opening 36 mm (29 mm at IE); deviation to R on opening ↓.
            """,
            ["M26.631"], [PT("97140", 10), PT("97110", 12)], []),

        // SNF PTA hip fracture: gait 15 (FWW distances, min A → CGA, antalgic/flexed trunk) and ther ex 10 (LAQ/isometrics/heel slides/mini-squats with doses, hip abductor/quad weakness); generic closing beside specifics: passes.
        ["vord-h10-snf-pta-hip-fx"] = new(
            """
            SNF Rehab — PTA Daily
            L hip IT fx s/p IMN, WBAT.
            Gait: 15 min — FWW 2 x 90 ft → 120 ft, min A x1 → CGA; cues for L heel strike + step-through; antalgic L w/ ↓ L stance, flexed trunk.
            Ther ex: 10 min — seated LAQ 2 lb 2 x 12, hip abd isometric w/ belt 10 x 5 s, heel slides 2 x 15, standing mini-squats at FWW 2 x 8; L hip abductor/quad weakness.
            Res. tolerated well; cont POC.
            """,
            ["S72.142D"], [PTA("97116", 15), PTA("97110", 10)], []),

        // OT long COVID 97530: pacing/energy conservation (seated shower simulation, laundry in bouts, activity log); post-exertional symptom exacerbation; HR cap, rests and mod I; shower goal: passes.
        ["vord-h10-long-covid-pacing-ot"] = new(
            """
            OT 97530 25 min — Long COVID w/ post-exertional symptom exacerbation.
            Activity pacing + energy conservation practice: shower simulation (seated on shower chair, long-handled sponge), laundry split into 3 short bouts w/ seated rests, planning the week on a traffic-light activity log.
            HR kept < 105 bpm (watch); 2 rests needed (4 last wk); mod I w/ shower chair. Goal: shower + dress w/o next-day crash.
            """,
            ["U09.9", "R53.83"], [OT("97530", 25)], []),

        // OTA note co-signed by OTR: 97530 meal prep at stove with rollator tray, one-handed egg cracking, SBA, one cue, rests vs last session; hot-meal goal, L hand dexterity: passes.
        ["vord-h10-ota-meal-prep"] = new(
            "OTA note (co-signed OTR): 97530 x 23 min. Pt made scrambled eggs on stovetop: gathered items from fridge w/ rollator tray, cracked eggs w/ R hand (L hand "
            + "as stabilizer), stood at stove for the whole cook w/o seated rest (1 rest needed last session). SBA for safety at stove; 1 verbal cue to turn off burner. "
            + "Goal: make a simple hot meal alone. L hemiparesis w/ ↓ L hand dexterity.",
            ["I69.354"], [OTA("97530", 23)], []),

        // Bilateral vestibular loss: "1 on 1"; VOR cancellation (X0), X1 pitch on foam, dim-light walking, foam EC marching; oscillopsia/dark unsteadiness; DGI and DVA: passes.
        ["vord-h10-bilateral-vestibular-x0"] = new(
            """
            Vestibular — 97112 — 23 min — 1 on 1
            B vestibular hypofunction (gentamicin) — oscillopsia + unsteady in the dark.
            VOR cancellation (X0) seated → standing, X1 viewing w/ pitch on foam, walking in dim hallway w/ lights off, marching on foam EC 3 x 20 s w/ CGA.
            DGI 15/24 (11/24 IE); DVA loss 0.5 logMAR.
            """,
            ["H81.93"], [PT("97112", 23)], []),

        // Cloned-sounding generic note: both minutes given (match) but nothing names an exercise, technique, deficit or number for either code, and no one-on-one.
        ["vord-h10-cloned-generic-te-nmr"] = new(
            "Pt seen for skilled PT. Tolerated tx well, no adverse reaction. Will cont per POC. TE 15 min, NMR 23 min.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Epic-style note with "Minutes: ***" left in the manual section: two timed codes, one without its time; both sections' content complete.
        ["vord-h10-epic-stars-manual-minutes"] = new(
            """
            THERAPEUTIC EXERCISE (97110)
            Minutes: 15
            Wrist ext eccentrics w/ 2 lb 3 x 15, isometric wrist ext 5 x 45 s, supination w/ hammer 2 x 15, for R lateral elbow tendinopathy w/ painful grip.
            MANUAL THERAPY (97140)
            Minutes: ***
            Radial head posterior glides gr III 3 x 30 s, STM to R ECRB/ECRL.
            Pain-free grip R 18 kg (12 kg at IE).
            """,
            ["M77.11"], [PT("97110", 15), PT("97140", 8)], [SepTime]),

        // Complete 97112 (sit-to-stand on foam EC, backward walking, braiding; hip strategy/posterior LOB; backward walk seconds and Berg) that never says one-on-one.
        ["vord-h10-knee-oa-nmr-unstated"] = new(
            """
            NMR 97112 — 25 min
            72 yo, B knee OA + 2 falls backward this winter.
            Sit-to-stand on foam w/ EC, backward walking along counter, braiding (carioca) w/ fingertip support, stepping back to light anterior-to-posterior tugs.
            ↓ hip strategy + posterior LOB on backward stepping.
            Backward walk 3 m in 6.2 s; Berg 46/56.
            """,
            ["M17.0", "Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // One timed code: "Gait trng 20 min" against a 15-min 97116 line is a mismatch; 4WW outdoor gait, curbs, SBA, flexed posture from stenosis and footage before rest complete.
        ["vord-h10-gait-minutes-mismatch"] = new(
            "Gait trng 20 min: 4WW on outdoor path 2 x 300 ft + 3 curbs, SBA; cues for upright posture + step length; flexed posture + short steps (lumbar stenosis). "
            + "600 ft before seated rest (400 ft last wk).",
            ["M48.062"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Complete 97110 for R patellofemoral pain (step-downs, box squats, band walks, clamshells with doses; hip weakness on HHD) sent with no diagnosis.
        ["vord-h10-pfp-97110-no-dx"] = new(
            "97110 – 20 min: lat step-downs 6\" 3 x 10, SL squat to box 3 x 8, side-steps w/ band at ankles 3 x 20 ft, clamshells green band 3 x 15. R patellofemoral "
            + "pain w/ ↓ hip abd/ext strength (HHD abd R 14 kg / L 19 kg).",
            [], [PT("97110", 20)], [Dx]),

        // OT two-code note with only "total tx time 38 min (NMR + ther act)": no minutes per code; and nothing says the NMR was one-on-one. Both contents complete.
        ["vord-h10-ot-total-only-unstated"] = new(
            """
            OT — total tx time 38 min (NMR + ther act).
            NMR: weight bearing through L forearm on wedge during table-top tasks, PNF D2 flexion L UE w/ tapping, graded reach to targets; ↓ L shoulder/elbow motor recruitment + scapular instability. FMA-UE 31/66.
            Ther act: UE dressing (button-up shirt) in sitting w/ L UE assisting; CGA + min cues; goal: dress w/o help before daughter leaves for work.
            """,
            ["I69.354"], [OT("97112", 20), OT("97530", 18)], [SepTime, At(OneOnOne, "97112")]),

        // Generic OT 97530: "Functional tasks as tolerated. Pt did great! Cont w/ POC." names no activity, goal, assistance or number.
        ["vord-h10-ot-generic-97530"] = new(
            "OT 97530 25 min. Functional tasks as tolerated. Pt did great! Cont w/ POC.",
            ["M62.81"], [OT("97530", 25)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Complete 97530 (bed-to-commode and shower-chair transfers, min A → CGA, goal) whose only diagnosis is an ICD-9 code (719.45): not a well-formed ICD-10-CM code.
        ["vord-h10-icd9-dx-97530"] = new(
            "TA 97530 20 min: bed → bedside commode stand-pivot x4, shower-chair transfer w/ grab bar x3, clothing mgmt in standing; min A → CGA. Goal: toilet at night "
            + "w/o waking husband. R hip pain + ↓ standing tolerance.",
            ["719.45"], [PT("97530", 20)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
