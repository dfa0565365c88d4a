using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirtieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three services, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Mid-Atlantic hospital system's outpatient cancer-rehabilitation and lymphedema programme
/// ("CRH Cancer Rehab" / "CRH Lymphedema Clinic": Towson, Annapolis, Glen Burnie, Columbia, Bel Air, Easton,
/// Salisbury): prehabilitation before a Whipple, an esophagectomy, a cystectomy and a lobectomy; post-chemo
/// deconditioning and cancer-related fatigue; chemotherapy-induced neuropathy named by its drug (docetaxel,
/// paclitaxel, oxaliplatin, bortezomib, vincristine); post-radiation fibrosis of the neck, chest wall and
/// jaw (woody induration, trismus in interincisal millimetres); spinal-accessory palsy after neck
/// dissection; radiation brachial plexopathy; steroid myopathy; sclerotic chronic GVHD; bone metastases with
/// precautions; a precaution screen of Y / N rows; oncology shorthand (C3D8, R-CHOP, FOLFOX, CROSS);
/// complete decongestive therapy with girth grids and truncated-cone volumes;</item>
/// <item>a cardiac/pulmonary-adjacent outpatient balance service for older adults with heart failure and
/// COPD ("Heart &amp; Lung Steady Steps": Wilmington, Newark DE, Dover, Salisbury): vital-sign tables (HR, BP,
/// SpO2, RR per minute, oxygen in L NC, LPM and L/min, daily weights, Borg and RPE), exercise-clearance
/// grids with thresholds, HF-ACTION-style interval training by heart-rate reserve, the Incremental Shuttle
/// Walk Test, SPPB components, the STEADI 4-Stage Balance Test, a pacemaker's arm precautions;</item>
/// <item>a community clinic in Newark's Ironbound and in Irvington serving Haitian-Creole- and
/// Portuguese-speaking patients (and one Cape Verdean Kriolu speaker): interpreter-mediated visits (staff,
/// agency, phone line, video), notes that quote the interpreter and the patient in Kreyòl or Portuguese with
/// the English rendering, a bilingual English / Kreyòl daily form, a Kreyòl-speaking PT writing part of the
/// note in Kreyòl, an interpreter's connection clock times beside the codes' minutes.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside untimed
/// 97010 and G0283. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h30-…): one-on-one in these writers' words ("the PT's undivided attention", "only the
/// pt, the PT and the interpreter in the treatment room", "face-to-face with this patient only", "Sesyon
/// endividyèl — PT ak pasyan an sèlman"), notes that negate it (a station circuit of four participants, a
/// semi-private slot the PT split, a concurrent patient on the NuStep) or never state it (a Kreyòl
/// interpreter present the whole visit), a 97116 in a shared gym and a 97110 prehab class, which have no
/// one-on-one check;</item>
/// <item>class 2 (v2-h30-…): template states: a bilingual Yes/Wi – No/Non form answered both ways, a
/// selected option shown between &gt;&gt; &lt;&lt; answered both ways, an impairment checklist left
/// unticked, an outcome-measure template left blank (its printed "/12" is no result), a code grid whose
/// minutes cell is a dash, an oncology precaution screen of Y / N rows, a lymphedema girth grid, an OT task
/// grid with Portuguese labels;</item>
/// <item>class 3 (v3-h30-…): named protocols and programmes as techniques (Streckmann sensorimotor training,
/// the PAL weight-training protocol, HF-ACTION-style intervals, Herdman gaze-stabilisation progression,
/// Barnes myofascial release, the 4 Ps of energy conservation, Dellon sensory re-education, trimodal
/// prehabilitation), one Norton School remedial-exercise 97110 with no dose or number and one Kabat PNF
/// 97112 whose impairments are "as per initial evaluation";</item>
/// <item>class 4 (v4-h30-…): deficits stated as findings (pinprick to mid-shin with absent Achilles reflexes,
/// woody induration of the neck, trismus in millimetres, shoulder droop and winging after neck dissection,
/// Gowers' manoeuvre in steroid myopathy, exertional desaturation, steppage gait after vincristine) and notes
/// that state none ("Impairments: as previously documented" on a 97112, "conforme plano (per plan of care)"
/// on a 97530, a PTA rollator note with vitals only on a 97116);</item>
/// <item>class 5 (v5-h30-…): measures in their usual forms (SPPB with its components, the STEADI 4-Stage test,
/// truncated-cone volume excess, the ISWT, the Fullerton Advanced Balance scale, the Stair Climb Power Test in
/// watts, a TUG pushing the oxygen cart) and notes with none (a chemo cycle-and-day as the only number, a
/// patient's "M santi m pi fò jodi a", an MLD note with "visibly softer");</item>
/// <item>class 6 (v6-h30-…): minutes in their usual forms (spelled out in a dictated note, "Mins → NMR=23 |
/// GT=15", "[97530 · 18 mins]", "×1 unit (15 min)", an interpreter's connection window beside the codes'
/// minutes, a coded untimed 97010 with its own minutes), true mismatches ("NMR time: 30 min", an OT's minutes
/// in a co-treatment, "Manual lymph drainage × 20 minutes") and truly missing separate time (a timed total
/// only, minutes for one of two codes, "35 min combined");</item>
/// <item>class 7 (v7-h30-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283), and the contract's meanings of technique, deficit and measure for 97110
/// (a quoted goal as the only target), 97530 (an assistance level as the only measure), 97140 (holds as the
/// parameter), 97116 (distances as the only measure), and wholly generic 97110 and 97112 notes;</item>
/// <item>ordinary (vord-h30-…): complete notes of the three services across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: an NMR + TE note that never says
/// one-on-one, a missing diagnosis, an ICD-9 diagnosis, a generic two-code note with a total, a PTA
/// ther-ex time that differs from the line, a CIPN 97112 with no number.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Vital signs, Borg / RPE ratings and laboratory values appear freely, but never as a note's only number.
/// Where a patient, interpreter or clinician writes in Kreyòl or Portuguese, every element the judgement
/// rests on is also given in English. Cases a careful reviewer could argue either way were left out: a
/// content gap in one section of a multi-code note (multi-code notes fail here only on time, one-on-one,
/// diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or a measure without a
/// technique, minutes of an activity, a rest or a test inside a note, self-rated scores, vitals or labs as the
/// only number, a grade with no dose as a 97140's only parameter, a one-on-one left to be inferred from an
/// interpreter's presence alone, three-character or dotless diagnosis codes, minute ranges and approximate
/// minutes, a task practised read as a 97530's goal.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 90 of 99 cases agree (98 needed), and 4 of the 65 notes the reviewer passes got a finding, on the
/// analyzer of b07f3d1 (the start of the 2026-12-04/05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 92 of 99, 4 false positives, at its first run on that session's analyzer after the twenty-eighth and
/// twenty-ninth sets were worked through and reviewed (87ddc8b): the held-out figure.
/// Then worked through as development data: 98 of 99, no false positive — bilingual Y/N answers ("Yes/Wi [ ]
/// No/Non [X]"), an option chosen between chevrons (">>Individual<<"), a clinic named "… Community Rehab", "NMR=23 |
/// GT=15 | timed total=38", textured-mat and gravel-tray sensory training, a kitchen task with a step card
/// (NotesAsWrittenTests, thirtieth-thirty-first-worked-through). Left: a 97530 task's words read as its functional
/// goal ("carrying a laundry basket" beside "Goal/impairment addressed: conforme plano").
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtiethTests(ITestOutputHelper output)
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

        // Towson CIPN: "the PT's undivided attention for the entire NMR block; no other patient on my schedule" states one-on-one; blanket-stack EO/EC stance, air-disc marching, rope S-curve stepping; stocking somatosensory loss; sharpened Romberg seconds: passes.
        ["v1-h30-towson-undivided-attention-cipn"] = new(
            """
            CHESAPEAKE REGIONAL HEALTH · Cancer Rehabilitation · Towson
            PT Daily · 97112 Neuromuscular re-education, 24 min
            Onc: L breast ca, s/p AC-T — docetaxel completed 6 wk ago; numbness in both feet persisting.
            Pt had the PT's undivided attention for the entire NMR block; no other patient on my schedule.
             - Stance on a stack of folded blankets vs firm floor, EO → EC, feet together then semi-tandem
             - Marching in place on an air-filled disc, light touch withdrawn
             - Stepping along a rope laid in an S-curve without looking down (chin-up cue)
            Impairment: stocking-distribution somatosensory loss to mid-shin after docetaxel; relies on vision, stamps her feet.
            Sharpened Romberg EO 14 s, EC 3 s (EC 0 s at IE).
            """,
            ["C50.912", "G62.0", "T45.1X5D"], [PT("97112", 24)], []),

        // Dover balance service: "station circuit — 4 participants, 1 PT + 1 rehab aide rotating" negates one-on-one; foam head turns, hurdles, off-centre catch on a wedge; narrow limits of stability and late strategy; Functional Reach present.
        ["v1-h30-dover-station-circuit-four"] = new(
            """
            HEART & LUNG STEADY STEPS — Dover outpatient balance service
            Billed: 97112, 25 min
            Format: station circuit — 4 participants, 1 PT + 1 rehab aide rotating; pt wore his own pulse oximeter.
            Stations: (1) foam stance w/ slow head turns; (2) stepping over 3 low hurdles and back; (3) catching a beach ball tossed off-center while standing on a wedge.
            Pre HR 74, SpO2 95% RA / peak HR 101, SpO2 92% RA; dyspnea Borg 3.
            Problem: narrow limits of stability and a late hip/step strategy (HFrEF), 2 falls this winter.
            Functional Reach 7.5 in (5 in at IE).
            """,
            ["I50.22", "R29.6"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Ironbound, in-person Portuguese interpreter: "Individual session — only the pt, the PT and the interpreter in the treatment room throughout"; X1 on a checkered background, head-turn walking, habituation turns; L vestibular hypofunction; Gaze Stabilization Test: passes.
        ["v1-h30-ironbound-individual-with-interpreter"] = new(
            """
            Ironbound Community Rehab — Ferry St., Newark — PT
            Interpreter: Portuguese (Brazilian), in person, agency badge seen.
            Individual session — only the pt, the PT and the interpreter in the treatment room throughout.
            97112 — 23 min
            Via interpreter: "Fico tonta quando viro a cabeça no ônibus" — she gets dizzy turning her head on the bus.
            • X1 viewing, yaw then pitch, letter card on a checkered background, standing firm → foam
            • Walking the hall with horizontal head turns to read signs taped on the walls
            • Habituation: quick turns toward the L in standing, stop and fixate
            L vestibular hypofunction (uncompensated), motion-provoked dizziness on yaw.
            Gaze Stabilization Test: yaw to L 95°/s (70°/s at IE).
            """,
            ["H81.392"], [PT("97112", 23)], []),

        // Irvington, Kreyòl staff interpreter present the whole visit, complete NMR (dimmed-light foam EO/EC, rail tandem with head turns, shoulder-push side steps; DM somatosensory loss; seconds and 6/10) that never says one-on-one.
        ["v1-h30-irvington-interpreter-unstated"] = new(
            """
            Irvington Community Rehab — PT Daily Note
            Interpreter: Haitian Creole (Kreyòl), staff interpreter Mr. Pierre-Louis, present for the whole visit.
            Pt per interpreter: "Lè m mache nan fènwa, m santi m prale tonbe" — when she walks in the dark she feels she is going to fall.
            97112 NMR 22 min:
              – standing on a 2-in foam pad EO/EC with the room lights dimmed
              – tandem walk along the wall rail w/o touching it, then w/ head turns
              – lateral stepping over a yardstick w/ PT pushes at the shoulders
            Somatosensory loss B feet (type 2 DM neuropathy) w/ heavy visual reliance.
            Foam EC 8 s (3 s last wk); 6/10 pushes recovered w/ one step.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Annapolis "Semi-private slot today: PT split her attention between this pt and a post-op knee pt": not one-on-one; heel-to-knee tracing, dot foot placement, half-kneel rhythmic stabilization; sensory ataxia after oxaliplatin; 12/15 and seconds present.
        ["v1-h30-annapolis-semi-private-split"] = new(
            """
            Chesapeake Regional Health — Cancer Rehab — Annapolis
            Semi-private slot today: PT split her attention between this pt and a post-op knee pt on the next plinth.
            97112 — 22 min
            Heel-to-knee-to-toe tracing on a taped line in sitting → standing foot placement to numbered floor dots; rhythmic stabilization at the pelvis in half-kneel; slow step-ups with a 3-count pause at the top.
            Target: L>R sensory ataxia after oxaliplatin (colon ca), wide-based steps.
            Dot hits 12/15; half-kneel hold 20 s.
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Wilmington PTA 97116 "(gym shared w/ 2 cardiac-rehab pts on treadmills)": 97116 has no one-on-one check; walker → rollator with distances and a bag carry, vitals table; HFrEF LE weakness and endurance with a grocery goal; SBA/CGA: passes.
        ["v1-h30-wilmington-97116-shared-gym"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PTA Daily
            97116 Gait training — 18 min (gym shared w/ 2 cardiac-rehab pts on treadmills)
            Vitals   Rest        After gait
            HR       82          104
            BP       112/70      124/72
            SpO2     96% RA      93% RA
            Gait: standard walker → rollator, 3 × 150 ft w/ a seated recovery between bouts, then 2 × 40 ft carrying a grocery bag on the seat; cues for upright posture and heel strike.
            HFrEF (EF 30%): B LE weakness + ↓ gait endurance; goal: walk the aisles at Giant with his wife.
            SBA on level floor, CGA on carpet.
            """,
            ["I50.22", "R26.89"], [PTA("97116", 18)], []),

        // Easton: "face-to-face with this patient only, start to finish"; PNF scapular patterns with rhythmic initiation, ball-on-wall stabilization, cued serratus punch; serratus/lower-trap recruitment in radiation plexopathy; MMT and 8/10: passes.
        ["v1-h30-easton-face-to-face-plexopathy"] = new(
            """
            CRH Cancer Rehab — Easton — PT
            97112 · 25 min · face-to-face with this patient only, start to finish
            Context: R radiation-induced brachial plexopathy (upper trunk), 4 yr after breast XRT.
            Tx: PNF scapular patterns (anterior elevation / posterior depression) w/ rhythmic initiation; closed-chain rhythmic stabilization on a ball against the wall; supine serratus punch w/ tactile cue at the inferior angle and mirror feedback for upward rotation.
            Deficit: poor R serratus anterior / lower trap recruitment — scapular dyskinesis w/ early shrug on elevation.
            R serratus MMT 3+/5; wall push-ups w/o winging 8/10.
            """,
            ["G54.0", "Z92.3", "Z85.3"], [PT("97112", 25)], []),

        // Salisbury: "concurrent: a second pt on the NuStep under my supervision during this block" negates one-on-one; belt-tug stepping, rocker board with O2 tubing, tandem EC; COPD delayed stepping; seconds and 5/8 present.
        ["v1-h30-salisbury-concurrent-nustep"] = new(
            """
            Heart & Lung Steady Steps — Salisbury
            97112 — 23 min — concurrent: a second pt on the NuStep under my supervision during this block
            O2: 2 L NC continuous; SpO2 93–95% throughout.
            Compensatory stepping to anterior/lateral tugs at a gait belt; rocker board A/P w/ the O2 tubing managed by PT; semi-tandem → tandem stance w/ EC.
            COPD (GOLD 3): delayed stepping reactions, ↓ ankle strategy.
            Tandem EC 6 s; tugs 5/8 recovered w/ a single step.
            """,
            ["J44.9", "Z99.81", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Kreyòl-speaking PT: "Sesyon endividyèl — PT ak pasyan an sèlman (individual session, PT and patient only)"; cushion SLS with ball bounce, EC joint-position matching, mirror step-downs; L knee proprioception after TKA; JPS error degrees: passes.
        ["v1-h30-irvington-sesyon-endividyel"] = new(
            """
            Irvington Community Rehab — PT (Kreyòl-speaking PT, no interpreter needed)
            Sesyon endividyèl — PT ak pasyan an sèlman (individual session, PT and patient only)
            97112 — 20 min
            Pasyan an di: "Jenou gòch mwen pa konnen kote l ye" (my L knee doesn't know where it is).
            Tx: L single-leg stance on a balance cushion w/ ball bounces; L knee joint-position matching EC to 30° and 60°; forward step-downs from a 4-in step w/ mirror for knee over toes.
            Deficit: ↓ L knee proprioception s/p L TKA 12 wk.
            Joint-position error L 8° (14° at IE); L SLS on cushion 9 s.
            """,
            ["Z96.652", "Z47.1", "R26.81"], [PT("97112", 20)], []),

        // Columbia prehab class "pt exercised alongside 2 other pre-op pts, 1 PT" billed 97110: no one-on-one check on 97110; circuit with doses and IMT at % MIP; deconditioning before a Whipple with a walk-the-halls goal: passes.
        ["v1-h30-columbia-prehab-class-97110"] = new(
            """
            CRH Cancer Rehab — Columbia — "Fit for Surgery" prehab class
            Billed 97110 — 30 min — pt exercised alongside 2 other pre-op pts, 1 PT
            Pre-op for pancreaticoduodenectomy (Whipple) in 3 wk; goal: walking the unit halls on post-op day 1.
            Circuit: sit-to-stand from an 18-in chair 3 × 10; farmer's carry 8 lb each hand 4 × 50 ft; step-ups 6-in 2 × 12 each; inspiratory trainer 30 breaths at 30% MIP; seated band rows 3 × 12 red.
            Deconditioned, B LE and grip weakness after neoadjuvant FOLFIRINOX.
            """,
            ["C25.0", "R53.81"], [PT("97110", 30)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Bilingual English/Kreyòl form "Individual session / Sesyon endividyèl: Yes/Wi [X] No/Non [ ]": one-on-one; nudge stepping, foam-beam tandem, wobble-board reach; delayed L protective stepping after CVA; 7/10 and steps: passes.
        ["v2-h30-bilingual-form-wi"] = new(
            """
            Irvington Community Rehab — Daily form (English / Kreyòl)
            Individual session / Sesyon endividyèl:   Yes/Wi [X]   No/Non [ ]
            Interpreter / Entèprèt:                   Yes/Wi [ ]   No/Non [X]   (pt speaks English at work)
            CPT 97112 · Minutes/Minit: 23
            Treatment / Tretman: lateral and posterior reactive stepping to manual nudges; tandem on a foam beam; standing on a wobble board w/ reaching to the L.
            Problem / Pwoblèm: delayed L protective stepping + ↓ L LE motor control (R MCA CVA 6 mo).
            Result / Rezilta: 7/10 nudges recovered w/ a L step (3/10 at IE); foam beam 6 steps w/o step-off.
            """,
            ["I69.354", "R26.81"], [PT("97112", 23)], []),

        // The same bilingual form answered "Yes/Wi [ ] No/Non [X]" for the individual session: not one-on-one; belt perturbations, foam EC with nods, obstacle stepping carrying water; plantar sensory loss quoted through the interpreter; seconds and 5/6 present.
        ["v2-h30-bilingual-form-non"] = new(
            """
            Irvington Community Rehab — Daily form (English / Kreyòl)
            Individual session / Sesyon endividyèl:   Yes/Wi [ ]   No/Non [X]
            Interpreter / Entèprèt:                   Yes/Wi [X]   No/Non [ ]   (staff, in person)
            CPT 97112 · Minutes/Minit: 25
            Treatment / Tretman: gait-belt perturbations in stance; EC stance on foam w/ head nods; stepping over obstacles carrying a cup of water.
            Problem / Pwoblèm: B plantar sensory loss (DM) — per interpreter, "pye m ap pike m, m pa santi atè a" (my feet prickle, I can't feel the floor).
            Result / Rezilta: foam EC 10 s; obstacles cleared w/o spilling 5/6.
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Clearance grid with thresholds and "Delivery: >>Individual<< Concurrent Group (selected option shown between >> <<)": one-on-one; treadmill belt-speed perturbations, clock stepping, sit-to-turn; reactive stepping and turning control in HFpEF; turn steps and 8/12: passes.
        ["v2-h30-selected-marker-individual"] = new(
            """
            HEART & LUNG STEADY STEPS — Newark DE — Balance visit
            Delivery:    >>Individual<<    Concurrent    Group        (selected option shown between >> <<)
            Exercise clearance     Rest           Threshold          OK to proceed
            HR                     68             < 120              Y
            BP                     126/78         < 160/100          Y
            SpO2 (2 L NC)          95%            ≥ 88%              Y
            Daily weight           81.4 kg        Δ < 1 kg           Y
            CPT 97112 — 24 min
            Interventions: perturbation training on the treadmill at 0.8 mph (PT-delivered belt-speed bumps); stepping to clock-face targets w/ O2 tubing over the shoulder; sit-to-stand into an immediate turn.
            Impairment: slowed reactive stepping + ↓ postural control during turns (HFpEF, on 2 L).
            Outcome: 360° turn in 6 steps (9 steps at IE); reactive trials 8/12 single step.
            """,
            ["I50.32", "Z99.81", "R26.81"], [PT("97112", 24)], []),

        // The same grid with ">>Group<<" selected: not one-on-one; dual-task line walking, foam ball pass, cone taps; anticipatory postural control in COPD; narrow-base walk step-offs present.
        ["v2-h30-selected-marker-group"] = new(
            """
            HEART & LUNG STEADY STEPS — Newark DE — Balance visit
            Delivery:    Individual    Concurrent    >>Group<<        (selected option shown between >> <<)
            Exercise clearance     Rest           Threshold          OK to proceed
            HR                     77             < 120              Y
            BP                     138/82         < 160/100          Y
            SpO2 (RA)              93%            ≥ 88%              Y
            CPT 97112 — 25 min
            Interventions: line walking while counting backward by 3s; foam stance passing a ball around the body; alternating toe taps to cones.
            Impairment: impaired anticipatory postural control, sways w/ dual task (COPD).
            Outcome: narrow-base walk 6 m with 2 step-offs (5 at IE).
            """,
            ["J44.9", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Flowsheet "Impairments targeted: ☐ proprioception ☐ vestibular ☐ postural control ☐ motor recruitment Other: ______" with nothing ticked and no deficit written anywhere; techniques, measures and one-on-one present: deficit missing.
        ["v2-h30-impairment-checklist-unticked"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT NMR flowsheet
            Session: one-on-one (PT + pt only)        CPT 97112        Time: 22 min
            Techniques performed:  ☑ compliant-surface stance   ☑ perturbations   ☑ gaze stabilization   ☐ PNF
              detail: Airex stance EC w/ horizontal head turns; manual perturbations at the trunk in tandem; X1 viewing standing on Airex.
            Impairments targeted:  ☐ proprioception   ☐ vestibular   ☐ postural control   ☐ motor recruitment   Other: ______
            Measures:  Airex EC 18 s; tandem perturbations recovered 7/10.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Bel Air template "Outcome measures (complete at each visit): SPPB ___/12 Gait speed ___ m/s …" left blank, no dose or other number; one-on-one, techniques and CIPN proprioceptive target present: measure missing.
        ["v2-h30-outcome-template-blank"] = new(
            """
            CRH Cancer Rehab — Bel Air — NMR
            Seen one-on-one; no other pts in the gym.
            CPT 97112 · 20 min
            Tx: tandem and single-leg stance on foam w/ ball toss; reactive stepping to pulls at the pelvis; heel-toe walking on a foam beam w/ head turns.
            Targets: proprioceptive loss in both feet after paclitaxel; late stepping reactions.
            Outcome measures (complete at each visit):
              SPPB ___/12      Gait speed ___ m/s      5xSTS ___ s      Tandem stance ___ s
            A: steadier on foam today.
            """,
            ["C50.911", "G62.0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // OT/CLT CDT phase I note with a girth grid (cm above the wrist, today vs day 1 vs R): MLD with anastomoses and multilayer bandaging; L UE lymphedema after ALND and chest-wall XRT: 97140 passes.
        ["v2-h30-girth-grid-97140"] = new(
            """
            CRH Lymphedema Clinic — Towson — OT/CLT
            97140 — 30 min — CDT phase I, day 6
            MLD: diaphragmatic breathing, R axillary + B inguinal node stimulation, anterior and posterior axillo-axillary and L axillo-inguinal anastomoses, then L arm clearing proximal → distal → proximal.
            Compression: short-stretch multilayer bandaging L fingers → axilla over a foam chip pad at the forearm.
            L UE lymphedema (ISL stage II) after L mastectomy + ALND + chest wall XRT; fibrotic pitting at the forearm.
            Girth (cm)      L today   L day 1   R
            Wrist           17.2      18.4      15.6
            +10 cm          24.9      26.8      21.3
            +20 cm          28.1      30.0      24.7
            +30 cm          31.5      32.9      29.0
            """,
            ["I97.2", "C50.912"], [OT("97140", 30)], []),

        // Ironbound OT task grid with Portuguese labels (Task | Done? | Level), one row N (deferred); mop wringing, bucket carry, cabinet wiping; R shoulder and grip endurance with a house-cleaning goal; Mod I/SBA: 97530 passes.
        ["v2-h30-portuguese-task-grid-97530"] = new(
            """
            Ironbound Community Rehab — OT — 97530 — 25 min
            Interpreter: Portuguese, video (VRI), whole visit.
            Task (PT-BR label)                           | Done? | Level
            Wring out a mop (torcer o esfregão)           | Y     | Mod I
            Carry 2-gal bucket 30 ft (carregar o balde)   | Y     | SBA
            Wipe high cabinet doors (limpar o armário)    | Y     | SBA, 2 rests
            Vacuum the stairs (aspirar a escada)          | N     | deferred — R shoulder pain 6/10
            R shoulder RC tendinopathy + ↓ grip endurance; goal: go back to her house-cleaning job (3 houses a week).
            """,
            ["M75.81", "M25.511"], [OT("97530", 25)], []),

        // Code grid "CPT | Description | Min | 1:1" with the 97110 minutes cell a dash (97112 23 Y); both sections complete: separate time missing, nothing else.
        ["v2-h30-code-grid-dash-minutes"] = new(
            """
            Heart & Lung Steady Steps — Dover — PT
            CPT     | Description           | Min | 1:1
            97112   | Neuromuscular re-ed   | 23  | Y
            97110   | Therapeutic exercise  | —   | N
            NMR: staggered-stance perturbations; toe-tap sequences to 4 colored spots; side-stepping on Airex.
            TE: seated knee extension 2 lb 3 × 12; standing hip abduction 2 × 10 each; heel raises 2 × 15.
            Impairment: ↓ postural control (late ankle/hip strategy); B hip abductor weakness (COPD, deconditioned).
            Toe-tap sequence 10/12 correct; SpO2 ≥ 91% on 2 L.
            """,
            ["J44.9", "Z99.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Oncology precaution screen of Y/N rows (neutropenic N, bone mets Y with limits, port Y, lymphedema-risk arm Y) before a complete 97110 (wall sits, weighted STS, marching, band hip extension, calf raises; hip/knee extensor weakness, stairs goal): passes.
        ["v2-h30-precaution-screen-97110"] = new(
            """
            CRH Cancer Rehab — Annapolis — PT Daily
            Precaution screen               Y/N   Note
            Neutropenic (ANC < 1.0)          N
            Platelets < 50K                  N
            Bone mets / lytic lesions        Y     T8 lesion — no loaded spinal flexion/rotation, no lifting > 10 lb
            Port / PICC                      Y     R chest port
            Lymphedema-risk arm              Y     L — no BP or sticks
            Fever / new SOB / chest pain     N
            97110 Therapeutic exercise — 20 min
            Wall sits 3 × 20 s; sit-to-stand 2 × 10 holding 4-lb dumbbells; supine marching w/ TA brace 2 × 10 each; standing hip extension w/ band 2 × 12 each; calf raises at the counter 2 × 15.
            B hip/knee extensor weakness and deconditioning during chemo (breast ca w/ bone mets); goal: climb the 14 stairs to her bedroom.
            """,
            ["C50.912", "C79.51", "M62.81"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Glen Burnie: Streckmann sensorimotor training for CIPN (stable → unstable surfaces, narrowing base, EC and cognitive task, 3 × 20 s), "exclusive one-on-one"; oxaliplatin proprioceptive loss; SLS seconds: passes.
        ["v3-h30-streckmann-sensorimotor-97112"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT · 97112 · 25 min · exclusive one-on-one
            Sensorimotor training per Streckmann (CIPN): stance tasks progressed stable → unstable (balance pad → wobble board → oscillating platform), narrowing the base (bipedal → semi-tandem → tandem → single-leg), then adding EC and a cognitive task; 3 × 20 s per exercise.
            Target: oxaliplatin CIPN — ↓ ankle/foot proprioception and postural control, sways w/ EC.
            Stage reached: tandem on the wobble board EO; SLS on balance pad R 11 s / L 8 s (R 4 s / L 3 s at baseline).
            """,
            ["C18.7", "G62.0", "T45.1X5D"], [PT("97112", 25)], []),

        // Bel Air: PAL (Physical Activity and Lymphedema) slowly progressive weight training with loads and its progression rule; upper-body weakness after mastectomy with a lift-the-grandson goal: 97110 passes.
        ["v3-h30-pal-weight-training-97110"] = new(
            """
            CRH Lymphedema Clinic — Bel Air — PT — 97110 — 23 min
            PAL (Physical Activity and Lymphedema) slowly progressive weight training, compression sleeve on L:
              seated row 3 × 10 @ 20 lb; chest press 3 × 10 @ 15 lb; lat pull-down 3 × 10 @ 25 lb; dumbbell biceps curl 3 × 10 @ 4 lb; leg press 3 × 10 @ 70 lb.
              Upper-body loads go up by the smallest increment only if arm symptoms unchanged for 2 weeks.
            Upper-body weakness and fear of using the L arm after L mastectomy + SLNB; goal: lift her 22-lb grandson.
            L arm symptoms unchanged; sleeve fit OK.
            """,
            ["Z90.12", "Z85.3", "M62.81"], [PT("97110", 23)], []),

        // Wilmington: HF-ACTION-style aerobic intervals by heart-rate reserve (bouts by distance and speed, grade); exercise intolerance in HFrEF with a boardwalk goal; HR/BP/SpO2 and RPE beside the parameters: 97110 passes.
        ["v3-h30-hf-action-intervals-97110"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT — 97110 — 30 min
            HF-ACTION–style aerobic training on the treadmill, HR-guided (target 60–70% HRR = 98–108 bpm; on carvedilol).
            Warm-up at 1.5 mph 0% → work bouts 6 × 200 m at 2.3 mph 2% grade with 100 m easy at 1.5 mph between; cool-down.
            HR peak 106; BP 132/74 at peak; SpO2 ≥ 94% RA; RPE 13.
            Impairment: ↓ aerobic capacity / exercise intolerance w/ HFrEF (LVEF 35%); goal: walk the boardwalk at Rehoboth w/ the grandkids this summer.
            """,
            ["I50.22"], [PT("97110", 30)], []),

        // Ironbound: Herdman gaze-stabilisation progression (X1 busy background, X2, remembered target, eye–head shifts), "Individual (PT with this pt only)" with a video interpreter; bilateral hypofunction after gentamicin; DVA lines: passes.
        ["v3-h30-herdman-gaze-portuguese-97112"] = new(
            """
            Ironbound Community Rehab — PT — 97112 — 22 min
            Individual (PT with this pt only); Portuguese interpreter by video for the whole visit.
            Herdman gaze-stabilization progression: X1 viewing horizontal → vertical to a target on a busy background, standing narrow base; X2 viewing in sitting; remembered-target exercise; eye–head shifts between two targets.
            Via interpreter: "A vista pula quando eu ando" — her vision jumps when she walks.
            Deficit: B vestibular hypofunction after gentamicin, oscillopsia w/ walking.
            DVA loss 4 lines (7 at IE); X1 tolerated at 1.5 Hz for 30 s.
            """,
            ["H81.393", "T36.5X5S"], [PT("97112", 22)], []),

        // Easton: Barnes-approach myofascial release (cross-hand holds over the irradiated chest wall) and ischaemic compression of pec minor with holds; radiation fibrosis tethering L shoulder elevation; degrees before/after: 97140 passes.
        ["v3-h30-barnes-mfr-chest-wall-97140"] = new(
            """
            CRH Cancer Rehab — Easton — PT — 97140 — 15 min
            Sustained myofascial release (Barnes approach): cross-hand release over the irradiated L anterior chest wall and axillary fold, 3 × 90 s holds; ischemic compression of L pec minor trigger points 4 × 30 s; skin-and-subcutis gliding along the L lumpectomy scar.
            Radiation fibrosis of the L anterior chest wall/axillary fold after breast XRT — tethering limits L shoulder elevation.
            L shoulder flexion 128° → 141° post; abduction 110° → 122°.
            """,
            ["L90.5", "Y84.2", "Z85.3"], [PT("97140", 15)], []),

        // Salisbury OT: the 4 Ps of energy conservation applied to laundry (seated sorting, stool loading, rolling cart, planned rests); cancer-related fatigue during radiation with a laundry goal; loads, rests and SBA: 97530 passes.
        ["v3-h30-four-ps-laundry-97530"] = new(
            """
            CRH Cancer Rehab — Salisbury — OT — 97530 — 23 min
            Energy conservation (the 4 Ps — Pace, Plan, Prioritize, Position) applied to laundry: sorting seated at the table, loading the front-loader from a stool, moving half loads in a rolling cart, folding seated w/ elbows supported; rests planned before fatigue.
            Cancer-related fatigue during radiation (R lung ca); goal: do her own laundry on the 2nd floor without napping afterward.
            Completed 3 loads' worth of tasks w/ 2 planned seated rests, SBA; SpO2 96% RA.
            """,
            ["C34.11", "R53.0"], [OT("97530", 23)], []),

        // Glen Burnie: Norton School remedial lymphedema exercises named in bandages, L leg lymphedema after vulvar ca with a bus-step problem, but no sets, reps, load or any number ("Pt did well"): measure missing.
        ["v3-h30-norton-remedial-no-dose-97110"] = new(
            """
            CRH Lymphedema Clinic — Glen Burnie — PT — 97110 — 15 min
            Remedial lymphedema exercises (Norton School sequence) in bandages: deep diaphragmatic breathing, shoulder shrugs and circles, knee-to-chest, ankle pumps and circles, supine hip abduction, heel slides.
            Targets L leg lymphedema after vulvar ca w/ inguinal node dissection; heaviness stepping up into the bus.
            Pt did well; will add to home program.
            """,
            ["I89.0", "C51.9"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Dover: Kabat PNF (LE diagonals with combination of isotonics, pelvic patterns, stabilizing reversals), one-on-one, holds and a five-rep sit-to-stand time, but "Deficit(s): as per initial evaluation" and nothing targeted: deficit missing.
        ["v3-h30-kabat-pnf-no-deficit-97112"] = new(
            """
            Heart & Lung Steady Steps — Dover — PT — 97112 — 20 min — one-on-one
            Kabat PNF: D1/D2 LE patterns in sidelying and standing w/ combination of isotonics; pelvic patterns (anterior elevation/posterior depression) w/ rhythmic initiation; stabilizing reversals in standing.
            Deficit(s): as per initial evaluation.
            Stabilizing reversals held 15 s each direction; sit-to-stand ×5 without UE in 16.4 s.
            """,
            ["I50.32", "R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Towson OT: Dellon sensory re-education (moving/constant touch, graded textures, objects in rice), "OT with pt alone in the hand clinic, no other clients"; bortezomib fingertip sensory loss; 2PD mm and 6/10: 97112 passes.
        ["v3-h30-dellon-sensory-reed-ot-97112"] = new(
            """
            CRH Cancer Rehab — Towson — OT — 97112 — 24 min — OT with pt alone in the hand clinic, no other clients
            Sensory re-education (Dellon approach) for bortezomib neuropathy: moving-touch and constant-touch localization w/ vision occluded → confirmed w/ vision; graded textures (velvet → corduroy → sandpaper); finding coins, keys and buttons in a bowl of dry rice without looking.
            R>L fingertip sensory loss (bortezomib, multiple myeloma) — drops buttons, can't find her keys in her purse.
            2PD R index 9 mm (12 mm at IE); object ID 6/10 w/ vision occluded.
            """,
            ["C90.00", "G62.0", "T45.1X5D"], [OT("97112", 24)], []),

        // Columbia trimodal prehabilitation before an Ivor Lewis esophagectomy: cycling sprints in seconds and watts, goblet squats, IMT at % MIP, rows; pre-op deconditioning with a post-op walking goal; MIP in cmH2O: 97110 passes.
        ["v3-h30-trimodal-prehab-97110"] = new(
            """
            CRH Cancer Rehab — Columbia — PT — Prehab (trimodal: exercise + nutrition + psychology) — 97110 — 20 min
            Pre-op Ivor Lewis esophagectomy (date set), neoadjuvant CROSS completed.
            Exercise arm: interval cycling on the upright bike, 8 bouts of 30 s hard / 60 s easy at 60–80 W; goblet squats 3 × 10 @ 15 lb; inspiratory muscle training 2 × 30 breaths @ 35% MIP; dumbbell rows 3 × 12 @ 12 lb.
            Targets pre-op deconditioning, LE weakness and low respiratory muscle strength; goal: 4 laps of the surgical unit on post-op day 2.
            MIP −58 cmH2O (−44 at start of prehab).
            """,
            ["C15.5", "R53.81"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Bel Air: the exam finding (pinprick lost to mid-shin, absent Achilles reflexes, vibration lost at the malleoli, veers in dim light after paclitaxel) is the somatosensory deficit; textured-mat EC, gravel tray, dual-task heel-toe; "PT and pt only"; seconds and 3 of 4: passes.
        ["v4-h30-pinprick-achilles-finding-97112"] = new(
            """
            CRH Cancer Rehab — Bel Air — PT — NMR 97112 — 23 min — PT and pt only; hands-on through every drill
            Exam today: pinprick lost to mid-shin B, Achilles reflexes absent, vibration lost at the medial malleoli; veers when the lights are dimmed (after paclitaxel).
            Drills: barefoot stance on a textured mat EO → EC; walking across a gravel tray and a cushioned mat; heel-toe walking while naming items in a category.
            Textured mat EC 15 s (6 s at IE); heel-toe 10 steps w/o step-off in 3 of 4 trials.
            """,
            ["C56.9", "G62.0", "T45.1X5D"], [PT("97112", 23)], []),

        // Columbia: "woody induration of the L anterolateral neck … skin won't lift or pinch" with rotation degrees and a driving problem is the impairment; skin-stretch and pin-and-stretch with holds, graded rotation mobs with bouts; rotation after: 97140 passes.
        ["v4-h30-woody-neck-fibrosis-97140"] = new(
            """
            CRH Cancer Rehab — Columbia — PT — 97140 — 12 min
            Finding: woody induration of the L anterolateral neck over the SCM/platysma — skin won't lift or pinch ("my neck feels like it's in a collar"); cervical rotation L 38°, R 52°; can't check her blind spot driving.
            MT: sustained skin stretch and pin-and-stretch of platysma/SCM 5 × 30 s; gentle C2–C4 rotation mobs gr II 3 × 30 s; soft-tissue gliding along the scar line.
            Post: rotation L 46°.
            """,
            ["C32.9", "Z92.3", "L90.5"], [PT("97140", 12)], []),

        // Towson H&N: trismus (interincisal opening 23 mm, hard masseter after oropharyngeal XRT) is the finding; intraoral masseter release, TMJ distraction and lateral glides with holds; MIO after: 97140 passes.
        ["v4-h30-trismus-intraoral-97140"] = new(
            """
            CRH Cancer Rehab — Towson — PT (head & neck) — 97140 — 15 min
            Finding: trismus — maximal interincisal opening 23 mm (normal ≥ 35), can't fit a forkful of rice; R masseter/medial pterygoid hard after R oropharyngeal XRT.
            Intraoral: gloved-thumb masseter release 3 × 60 s; TMJ inferior distraction gr III 3 × 30 s B; lateral glides 2 × 30 s each side.
            Post: MIO 27 mm.
            """,
            ["C10.9", "Z92.3", "R25.2"], [PT("97140", 15)], []),

        // Annapolis: shoulder droop, lateral winging and weak shrug after neck dissection (spinal accessory injury) with a top-shelf problem is the deficit; prone rows, serratus wall slides, shrug-and-set, scaption with doses: 97110 passes.
        ["v4-h30-spinal-accessory-winging-97110"] = new(
            """
            CRH Cancer Rehab — Annapolis — PT — 97110 — 18 min
            Finding: R shoulder droop, lateral scapular winging and a weak shrug (upper trap 2+/5) after R modified radical neck dissection — spinal accessory nerve injury; can't reach the top kitchen shelf.
            Ther ex: prone rows 3 × 10 @ 2 lb; serratus wall slides w/ foam roller 2 × 12; levator/rhomboid shrug-and-set 3 × 10; standing scaption to 90° 2 × 10 @ 1 lb.
            """,
            ["G52.8", "C32.9"], [PT("97110", 18)], []),

        // Glen Burnie: Gowers' manoeuvre and proximal weakness grades in steroid myopathy are the deficit; raised-mat STS lowered per set, bridges, hip extension, step-ups with doses: 97110 passes.
        ["v4-h30-gowers-steroid-myopathy-97110"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT — TE 97110 — 20 min
            Finding: proximal weakness w/ a Gowers' maneuver from the mat, can't rise from an 18-in chair without pushing off; hip flex 3+/5, hip ext 3/5 — steroid myopathy (dexamethasone during glioblastoma treatment).
            Ex: sit-to-stand from a raised mat (22 in) 3 × 8, lowering the mat 1 in per set; bridging 3 × 10; standing hip extension at the counter 2 × 12 each; step-ups 4-in 2 × 10 each.
            """,
            ["G72.0", "T38.0X5D", "C71.9"], [PT("97110", 20)], []),

        // Salisbury: exertional desaturation limiting walking endurance (SpO2 95% → 86% after 80 ft, leans on furniture) is the impairment; rollator gait on 2 L with pursed-lip pacing, distances, SBA: 97116 passes.
        ["v4-h30-exertional-desaturation-97116"] = new(
            """
            Heart & Lung Steady Steps — Salisbury — PT — 97116 — 20 min
            Finding: exertional desaturation limiting walking endurance — SpO2 95% → 86% on RA after 80 ft; leans on furniture at home and stops in every room.
            Gait: rollator on 2 L NC (per pulmonology), pursed-lip exhalation paced to 4 steps, forearm-rest posture on the rollator; 4 × 120 ft.
            SpO2 stayed 90–93% on 2 L; SBA; no seated recovery needed until the 4th bout.
            """,
            ["J44.9", "J96.11"], [PT("97116", 20)], []),

        // Towson PTA: bilateral steppage gait with foot slap and DF 3-/5 after vincristine is the finding; AFO gait with distances, threshold step-overs and stairs; SBA and toe catches: 97116 passes.
        ["v4-h30-vincristine-steppage-97116"] = new(
            """
            CRH Cancer Rehab — Towson — PTA — Gait 97116 — 15 min
            Finding: B steppage gait w/ foot slap, DF 3-/5 B, toe catch on thresholds — vincristine neuropathy (ALL maintenance, age 19).
            Gait: off-the-shelf PLS AFOs B donned; hallway 4 × 150 ft w/ cues for heel contact; stepping over 2-in thresholds ×10; stairs 12 steps reciprocal w/ 1 rail.
            SBA w/ AFOs; 0 toe catches on the last 2 passes.
            """,
            ["C91.01", "G62.0", "T45.1X5D"], [PTA("97116", 15)], []),

        // Newark DE 97112 with "just the PT and the pt in the room", backward EC line walking, half-roller reaches, release stepping and numbers, but "Impairments: as previously documented" and no deficit or system anywhere: deficit missing.
        ["v4-h30-as-previously-documented-97112"] = new(
            """
            Heart & Lung Steady Steps — Newark DE — PT — 97112 — 22 min — just the PT and the pt in the room
            Vitals: pre HR 70 / BP 118/66 / SpO2 97% RA; post HR 88 / BP 128/70 / SpO2 96% RA.
            Interventions: backward walking along a 10-ft line w/ EC on the last pass; standing on a half foam roller (flat side down) w/ reaches; reactive steps to anterior/posterior releases.
            Impairments: as previously documented.
            Releases recovered w/ one step 6/8; half-roller stance 25 s.
            """,
            ["I50.42", "R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Ironbound OT 97530 by phone interpreter: laundry carrying, washer loading, hanging and folding with reps and SBA → Mod I, but "Goal/impairment addressed: conforme plano (per plan of care)" and no goal, region or impairment: deficit missing.
        ["v4-h30-conforme-plano-97530"] = new(
            """
            Ironbound Community Rehab — OT — Ther act 97530 — 20 min
            Portuguese interpreter on the phone line (agency), whole visit.
            Activities: carrying a laundry basket 25 ft ×4; loading and unloading the washer ×2; hanging 10 items on a drying rack; folding towels standing at the counter.
            Assist: SBA → Mod I by the last trial.
            Goal/impairment addressed: conforme plano (per plan of care).
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // Dover PTA rollator note in short lines: distances, ramp and curb with SBA/CGA between a rest and a post vitals line, and no impairment, region or goal: deficit missing on 97116.
        ["v4-h30-pta-rollator-vitals-no-target-97116"] = new(
            """
            Heart & Lung Steady Steps — Dover — PTA — 97116 — 15 min
            Rest: HR 74, BP 122/70, SpO2 97% RA
            Rollator 3 × 200 ft, SBA
            Ramp up/down ×2, CGA
            Curb step ×3 w/ rollator, CGA
            Post: HR 96, BP 134/72, SpO2 95% RA
            D. Okafor, PTA
            """,
            ["I50.9", "R26.89"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Wilmington re-check: "SPPB 7/12 (balance 2 · gait 3 · chair stands 2); gait speed 0.71 m/s" as the measure; sensory-conflict stance, hurdle stepping, belt-pull reactive training; integration for postural control; "PT solely w/ this pt, no concurrent pts": passes.
        ["v5-h30-sppb-components-97112"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT re-check — 97112 — 25 min — PT solely w/ this pt, no concurrent pts
            Tx: sensory-conflict stance (foam + EC, then foam + head turns); stepping over a 6-in hurdle w/ the O2 tubing managed; reactive step training w/ belt pulls.
            Target: ↓ somatosensory/vestibular integration for postural control — sways and grabs on soft surfaces (HFrEF, ESRD neuropathy).
            SPPB 7/12 (balance 2 · gait 3 · chair stands 2); gait speed 0.71 m/s.
            """,
            ["I50.22", "N18.6", "R26.81"], [PT("97112", 25)], []),

        // Irvington, Kreyòl interpreter: the STEADI 4-Stage Balance Test by stage in seconds as the measure; counter stance progression, reaches outside BOS, rocker board; ankle strategy and postural control after TKA; "pt seen one-on-one (PT, pt, interpreter only)": passes.
        ["v5-h30-steadi-four-stage-97112"] = new(
            """
            Irvington Community Rehab — PT — 97112 — 20 min
            Interpreter: Kreyòl, in person; pt seen one-on-one (PT, pt, interpreter only).
            Pt via interpreter: "M pa ka kanpe pou m lave asyèt san m pa kenbe kontwa a" — she can't stand to wash dishes without holding the counter.
            Tx: narrow stance → semi-tandem → tandem progression at the counter w/ hands hovering; reaching into cabinets outside her base of support; weight shifts on a rocker board.
            Deficit: ↓ ankle strategy and postural control after R TKA, fearful of letting go.
            CDC STEADI 4-Stage Balance Test: stage 1 10 s, stage 2 10 s, stage 3 4 s (stops at stage 3).
            """,
            ["Z96.651", "R26.81"], [PT("97112", 20)], []),

        // Annapolis CLT: limb volume by truncated cone from circumferences, excess % against day 1, as the measure; MLD with anastomosis and short-stretch bandaging; R leg lymphedema after cervical ca: 97140 passes.
        ["v5-h30-truncated-cone-volume-97140"] = new(
            """
            CRH Lymphedema Clinic — Annapolis — PT/CLT — 97140 — 25 min
            MLD: terminus, deep abdominal work, R axillo-inguinal anastomosis, then the R leg in segments; short-stretch bandaging R toes → groin w/ a foam layer at the knee.
            R LE lymphedema after cervical ca (pelvic node dissection + XRT).
            Limb volume (circumferences every 4 cm → truncated cone): R 8,410 mL vs L 6,980 mL — excess 20.5% (27.3% at start of CDT).
            """,
            ["I89.0", "C53.9", "Z92.3"], [PT("97140", 25)], []),

        // Dover COPD on 3 LPM: NuStep by steps, STS with pursed-lip exhale, wall push-ups, band rows, marches with doses; LE/UE endurance with a groceries problem; last week's ISWT level and metres: 97110 passes.
        ["v5-h30-iswt-copd-97110"] = new(
            """
            Heart & Lung Steady Steps — Dover — PT — 97110 — 24 min
            O2 3 LPM by concentrator during exercise.
            Ther ex: NuStep level 4 × 600 steps; sit-to-stand 3 × 8 w/ pursed-lip exhale on the rise; wall push-ups 2 × 12; seated band rows 3 × 12 green; standing marches 2 × 20.
            COPD: ↓ LE/UE endurance, dyspneic carrying groceries up the 2 steps into the house.
            ISWT (last wk): level 6, 280 m (210 m at IE).
            """,
            ["J44.9", "Z99.81"], [PT("97110", 24)], []),

        // Easton: the Fullerton Advanced Balance scale as the measure; cued 360° turns, bench step-overs, EC tandem, two-footed jump; ataxia and anticipatory control from cerebellar mets; "PT ↔ pt only": passes.
        ["v5-h30-fullerton-fab-97112"] = new(
            """
            CRH Cancer Rehab — Easton — PT — 97112 — 23 min — seen individually (PT ↔ pt only)
            Context: prostate ca on ADT, cerebellar mets s/p SRS; ataxic, wide-based.
            Tx: 360° turns to L and R on cue; stepping up onto and over a 6-in bench w/o rail; tandem walking EO → EC; two-footed jump for distance onto a mat (PT guarding).
            Ataxia + ↓ anticipatory postural control (cerebellar).
            Fullerton Advanced Balance scale 21/40 (16/40 at IE).
            """,
            ["C79.31", "R27.0"], [PT("97112", 23)], []),

        // Bel Air prehab before radical cystectomy: Stair Climb Power Test in watts as the measure beside leg press, vest step-ups, band walks, RDLs with doses; LE power with a stairs goal: 97110 passes.
        ["v5-h30-stair-climb-power-97110"] = new(
            """
            CRH Cancer Rehab — Bel Air — PT — Prehab before radical cystectomy — 97110 — 20 min
            Ex: leg press 3 × 10 @ 90 lb; step-ups w/ 10-lb vest 3 × 8 each; lateral band walks 2 × 15 ft each way; Romanian deadlift w/ 20-lb kettlebell 3 × 10.
            Targets: B LE power/strength before surgery; goal: climb the 2 flights at home independently after discharge.
            Stair Climb Power Test: 10 steps in 5.8 s = 312 W (265 W at start).
            """,
            ["C67.9", "R53.81"], [PT("97110", 20)], []),

        // Newark DE: a TUG pushing the O2 cart in seconds with CGA → SBA as the measure; cart-pushing gait with turns and doorways; short shuffling steps and turning in HF on oxygen: 97116 passes.
        ["v5-h30-tug-with-o2-cart-97116"] = new(
            """
            Heart & Lung Steady Steps — Newark DE — PT — 97116 — 15 min
            Gait training pushing her own O2 cart: hallway 3 × 100 ft w/ 180° turns at the end, through 2 doorways, into and out of a bathroom mock-up; cues for longer steps and turning the cart wide.
            Short, shuffling steps and en-bloc turns (HFpEF on 2 L); goal: walk to the dining room at her senior apartments.
            TUG w/ O2 cart 16.2 s (21.5 s at IE); CGA → SBA.
            """,
            ["I50.32", "Z99.81", "R26.89"], [PT("97116", 15)], []),

        // Bel Air PTA 97110 whose only number is "FOLFOX C3D8" (cycle 3, day 8): exercises named without dose, hip/LE weakness with a dog-walking goal: measure missing.
        ["v5-h30-cycle-day-only-97110"] = new(
            """
            CRH Cancer Rehab — Bel Air — PTA — TE 97110 — 15 min
            Onc: colon ca, FOLFOX C3D8 today (pump disconnect tomorrow); port R chest.
            Ex: sit-to-stand from the mat, mini squats at the counter, standing hip abduction, wall push-ups, seated rows w/ band.
            B LE and hip weakness w/ chemo-related fatigue; wants to keep walking her dog.
            Tolerated all; rested between exercises.
            """,
            ["C18.7", "R53.0"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Irvington OT 97530 via Kreyòl interpreter: pot lifting, stirring, pouring, plate carrying with a cooking goal and R UE weakness, but no assist level, reps or number — only "M santi m pi fò jodi a" (she feels stronger): measure missing.
        ["v5-h30-kreyol-feels-stronger-97530"] = new(
            """
            Irvington Community Rehab — OT — Ther act 97530 — 22 min
            Interpreter: Kreyòl, in person (Ms. Étienne).
            Tasks: cooking simulation — lifting the big pot (chodyè) from the low shelf to the stove, stirring at the stove while standing, pouring rice into the pot, carrying a plate to the table.
            R UE weakness + ↓ standing endurance after L CVA; goal: cook Sunday dinner for her children again.
            Per interpreter, pt says "M santi m pi fò jodi a" — she feels stronger today.
            """,
            ["I69.351"], [OT("97530", 22)], [At(Measure, "97530")]),

        // Easton OT/CLT MLD and bandaging for L arm lymphedema with no holds, passes, girth or volume — only "visibly softer" and "pitting less": measure missing on 97140.
        ["v5-h30-mld-visibly-softer-97140"] = new(
            """
            CRH Lymphedema Clinic — Easton — OT/CLT — 97140 — 20 min
            MLD: neck and R axillary node stimulation, anterior chest rerouting to the R axilla, then the L arm proximal → distal.
            Short-stretch bandaging reapplied, L hand → axilla.
            L arm lymphedema after L lumpectomy + ALND and breast XRT; heaviness and tight rings.
            Arm visibly softer at the forearm after treatment; pitting less at the back of the hand. Pt happy with progress.
            """,
            ["I97.2", "Z85.3"], [OT("97140", 20)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Dictated Annapolis note with minutes spelled out ("Twenty-two minutes of neuromuscular re-education … Then fifteen minutes of therapeutic exercise"), both match; one-on-one; hip-strategy and abductor deficits; foam seconds: passes.
        ["v6-h30-minutes-spelled-out"] = new(
            """
            CRH Cancer Rehab — Annapolis — PT (dictated, transcribed)
            Ms. K was seen one-on-one the whole time. Twenty-two minutes of neuromuscular re-education: rhythmic stabilization in half-kneel and then standing on a foam pad, lateral step-and-stick onto a compliant mat, and catching a weighted ball with her eyes on a target. Then fifteen minutes of therapeutic exercise: bridges, three sets of ten; side-lying hip abduction, two sets of twelve with a two-pound cuff; mini squats, three sets of ten.
            She has poor hip-strategy control and slowed postural responses after chemo for ovarian cancer, and hip abductor weakness at 3+/5. Foam stance with eyes closed was 12 seconds, up from 5 at the last re-check.
            """,
            ["C56.9", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // "Mins → NMR=23 | GT=15 | timed total=38": both match; direct one-on-one NMR (obstacle course, belt tugs, foam head turns) and 4WW gait with O2 (distances, stairs, CGA → SBA); COPD stepping and strategy deficits; 7/10 and speed: passes.
        ["v6-h30-mins-equals-pipe"] = new(
            """
            Heart & Lung Steady Steps — Newark DE — PT Daily
            Mins → NMR=23 | GT=15 | timed total=38
            NMR (direct one-on-one): obstacle course w/ O2 tubing managed by pt; step-strategy training to belt tugs; tandem stance on foam w/ head turns.
            GT: 4WW w/ O2 cylinder, 3 × 150 ft, then a 12-step flight w/ rail, CGA → SBA.
            COPD + deconditioning: late stepping responses, ↓ ankle/hip strategy; short, slow steps.
            Tug recoveries 7/10 single step; gait speed 0.62 m/s.
            """,
            ["J44.9", "Z99.81", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // Salisbury OT "[97530 · 18 mins]" and "[97110 · 15 mins]", both match; bathing/dressing after a latissimus-flap reconstruction with Mod I/SBA; shoulder exercises with doses; shower-and-dress goal and flexion degrees: passes.
        ["v6-h30-bracket-code-mins-ot"] = new(
            """
            CRH Cancer Rehab — Salisbury — OT
            [97530 · 18 mins] Bathing/dressing retraining after R mastectomy + latissimus flap: reaching to wash her back w/ a long-handled sponge, donning a front-closing bra and a pullover seated, tub-bench transfer ×3; Mod I for dressing, SBA on the tub bench.
            [97110 · 15 mins] R shoulder AAROM wand flexion 2 × 10, table slides 2 × 12, scapular retraction w/ red band 3 × 10, pec doorway stretch 3 × 30 s.
            Goal: shower and dress alone before her husband leaves for work. R shoulder flexion 118°.
            """,
            ["Z90.11", "C50.911"], [OT("97530", 18), OT("97110", 15)], []),

        // "Billing: 97110 ×1 unit (15 min); 97140 ×1 unit (10 min)", both match; thoracic/shoulder exercises with doses and rib mobs/STM with grade and bouts; chest-wall stiffness after thoracotomy; flexion degrees: passes.
        ["v6-h30-units-and-minutes"] = new(
            """
            CRH Cancer Rehab — Easton — PT
            Billing: 97110 ×1 unit (15 min); 97140 ×1 unit (10 min)
            TE: thoracic extension over a foam roll 2 × 10; wall angels 2 × 10; band pull-aparts 3 × 12; side-lying open books 10 each side.
            MT: R ribs 4–7 posterior-anterior mobs gr III 3 × 30 s; STM R latissimus/serratus along the thoracotomy incision.
            R chest wall and shoulder stiffness after R thoracotomy + upper lobectomy; can't reach behind to fasten her seatbelt.
            R shoulder flexion 140° → 150° post.
            """,
            ["C34.11", "Z90.2"], [PT("97110", 15), PT("97140", 10)], []),

        // "NMR time: 30 min (1:1, PT with pt only)" against a 22-minute 97112 line ("TE time: 15 min" matches): mismatch on 97112; both sections complete.
        ["v6-h30-nmr-time-30-vs-22"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT
            NMR time: 30 min (1:1, PT with pt only)
            TE time: 15 min
            NMR: forward/backward weight shifts on a rocker board; stepping over 2 hurdles w/ head turns; reactive steps to pushes at the sternum and pelvis.
            TE: sit-to-stand 3 × 10; standing hip abd w/ 2-lb cuff 2 × 12; heel raises 3 × 12.
            Deficits: delayed reactive stepping, ↓ postural control on turning; B hip abductor weakness 4-/5 (HFrEF).
            Reactive steps 6/10 single step; hurdles w/o touch 8/10.
            """,
            ["I50.22", "R26.81"], [PT("97112", 22), PT("97110", 15)], [At(Mismatch, "97112")]),

        // Kreyòl co-treatment "two clinicians, one patient, no one else in the room": PT 97112 20 matches, OT "97530 — 25 min" against a 15-minute OT line: mismatch on 97530; both sections complete.
        ["v6-h30-cotreat-ot-minutes-mismatch"] = new(
            """
            Irvington Community Rehab — PT/OT co-treatment — two clinicians, one patient, no one else in the room
            Interpreter: Kreyòl (staff), whole visit.
            PT — 97112 — 20 min: weight shifts onto L on a step; reactive steps to L after pelvic nudges; foam stance while reaching to a shelf.
            OT — 97530 — 25 min: carrying a bucket of water 20 ft ×3 (per interpreter, she carries water to the back yard garden); washing dishes standing at the sink; putting dishes in a high cabinet; SBA.
            L hemiparesis (R MCA CVA): delayed L stepping reaction + ↓ L weight acceptance; goal: keep her garden and kitchen going.
            L stepping reaction 5/10 single step (2/10 at IE).
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 15)], [At(Mismatch, "97530")]),

        // "Manual lymph drainage × 20 minutes" in a single-code 97140 visit billed at 12: mismatch on 97140; MLD and bandaging, L arm lymphedema and girths complete.
        ["v6-h30-mld-20-vs-12"] = new(
            """
            CRH Lymphedema Clinic — Columbia — PT/CLT — 97140
            Manual lymph drainage × 20 minutes: terminus, R axilla, anterior axillo-axillary anastomosis, then L upper arm → forearm → hand; short-stretch bandaging L hand → axilla.
            L arm lymphedema after L mastectomy + ALND.
            Girth 10 cm above wrist 23.4 cm (24.1 cm last visit); 10 cm above elbow 29.8 cm.
            """,
            ["I97.2", "Z90.12"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // "Timed minutes today: 38 (NMR + TE)" for 97112 23 and 97110 15, no minutes for either code; both sections complete and one-on-one stated: separate time missing.
        ["v6-h30-timed-total-only"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT
            Timed minutes today: 38 (NMR + TE)
            NMR, one-on-one: foam stance EC; tandem walk w/ head turns; step-and-stick onto an Airex pad.
            TE: sit-to-stand 3 × 10; step-ups 6-in 2 × 10 each; calf raises 3 × 15; band hip abduction 2 × 15.
            Docetaxel CIPN — ↓ ankle proprioception; B hip/calf weakness.
            Foam EC 11 s; tandem head-turn walk 10 steps w/o step-off.
            """,
            ["C50.912", "G62.0"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Minutes for gait "(15 min)" only, none for NMR (97112 20 + 97116 15); NMR one-on-one and both sections complete: separate time missing.
        ["v6-h30-gait-minutes-only"] = new(
            """
            Heart & Lung Steady Steps — Salisbury — PT
            NMR — one-on-one — reactive stepping to belt pulls; foam stance w/ head turns; sidestepping over cones.
            Gait training (15 min) — rollator on 2 L NC, 3 × 150 ft, 1 curb, SBA.
            COPD: delayed stepping reactions and ↓ postural control; ↓ gait endurance.
            Belt pulls 6/10 single step; foam head turns 15 s.
            """,
            ["J44.9", "Z99.81"], [PT("97112", 20), PT("97116", 15)], [SepTime]),

        // Phone interpreter "connected 0902–0944" beside "97110 — 15 min" and "97116 — 20 min" (both match): the interpreter's window is not a code's time; shoulder/knee exercises with doses, SPC gait with distance and SBA; knee weakness and a church-walk goal: passes.
        ["v6-h30-interpreter-window-and-code-minutes"] = new(
            """
            Ironbound Community Rehab — PT
            Interpreter (Portuguese) via phone line, connected 0902–0944, ID P-3318.
            97110 — 15 min: quad sets 10 × 5 s; SAQ 3 × 12 @ 3 lb; standing TKE w/ band 3 × 15; mini squats 2 × 12.
            97116 — 20 min: SPC 3 × 120 ft w/ cues for heel strike and knee extension at stance; 8 stairs step-over-step w/ rail.
            R knee OA w/ quad weakness 4-/5; goal: walk to Mass at Our Lady of Fatima on Sundays.
            SBA gait and stairs.
            """,
            ["M17.11"], [PT("97110", 15), PT("97116", 20)], []),

        // Coded untimed "97010 moist heat … 10 min (untimed)" beside "97110 — 15 min": one timed code, its minutes match; shoulder exercises with doses for post-lumpectomy stiffness: passes.
        ["v6-h30-coded-97010-minutes"] = new(
            """
            CRH Cancer Rehab — Annapolis — PT
            97010 moist heat to the R shoulder — 10 min (untimed, before exercise)
            97110 — 15 min: supine wand flexion 2 × 15; sidelying ER w/ 1 lb 2 × 12; standing rows w/ green band 3 × 12; wall walks ×10.
            R shoulder stiffness after R lumpectomy + SLNB and XRT; flexion 142°, ER 55°. Goal: reach the top shelf at the corner store she runs.
            """,
            ["Z85.3", "M25.611"], [PT("97010", 10), PT("97110", 15)], []),

        // "MLD + remedial exercise — 35 min combined" for 97140 20 and 97110 15; both parts complete (MLD sequence and bandaging; exercises with doses; L leg lymphedema; girth): separate time missing.
        ["v6-h30-combined-35-min"] = new(
            """
            CRH Lymphedema Clinic — Salisbury — PT/CLT
            MLD + remedial exercise — 35 min combined
            MLD: terminus, abdominal breathing, L axillo-inguinal anastomosis, L leg thigh → foot; short-stretch bandaging toes → groin.
            Remedial ex in bandages: ankle pumps 2 × 20; heel slides 2 × 12; supine bicycle 2 × 20; bridges 2 × 10.
            L leg lymphedema after endometrial ca w/ pelvic node dissection.
            Girth L ankle 26.2 cm (27.4 day 1); L calf 41.0 cm.
            """,
            ["I89.0", "C54.1"], [PT("97140", 20), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on an HF visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h30-empty-nmr-gait"] = new(
            "",
            ["I50.22"], [PT("97112", 20), PT("97116", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note with untimed G0283 (no documentation profile) and 97140: DOC_NOTE_MISSING on 97140 only.
        ["v7-h30-empty-g0283-and-mt"] = new(
            "",
            ["M54.50"], [PT("G0283", 15), PT("97140", 12)], [At(NoteMissing, "97140")]),

        // Tab and newline only on an OT 97530 visit sent with no diagnosis: DOC_NOTE_MISSING on 97530 and the diagnosis check.
        ["v7-h30-tab-newline-no-dx"] = new(
            "\t\n\t",
            [], [OT("97530", 15)], [At(NoteMissing, "97530"), Dx]),

        // Ironbound 97110: the goal quoted through the interpreter (carry groceries up the 3 flights) is the only target; step-ups, ball STS, carries, band walks with doses: passes.
        ["v7-h30-97110-quoted-goal-only"] = new(
            """
            Ironbound Community Rehab — PT — 97110 — 15 min
            Via interpreter, her goal: "Quero subir os três andares do meu prédio com as compras" — to carry her groceries up the 3 flights to her apartment.
            Step-ups 6-in 3 × 10; sit-to-stand w/ 6-lb medicine ball 3 × 10; farmer's carry 10 lb each hand 4 × 40 ft; lateral band walks 2 × 20 ft each way.
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // Irvington OT 97530: market-stall set-up tasks with a market goal and L UE weakness; "Min A … SBA …" is the only measure: passes.
        ["v7-h30-97530-assist-only-measure"] = new(
            """
            Irvington Community Rehab — OT — 97530 — 20 min
            Interpreter: Kreyòl (staff).
            Market-stall simulation: lifting produce crates from the floor to a waist-high table, carrying a crate across the room, arranging plantains and mangoes on the display, making change from a cash box.
            L UE weakness after R CVA; goal: go back to selling at her stall on Springfield Ave.
            Min A for lifting the crates; SBA for carrying and arranging.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // Salisbury 97140 for axillary web syndrome: cord stretching with holds (4 × 45 s) as the parameter, skin traction, MLD; L axilla/medial arm as the region; no outcome number: passes.
        ["v7-h30-97140-holds-as-parameter"] = new(
            """
            CRH Lymphedema Clinic — Salisbury — PT — 97140 — 10 min
            L axilla/medial arm cording (axillary web syndrome) 5 wk after SLNB.
            Manual cord stretching w/ the arm in abduction: sustained holds 4 × 45 s along the cord; skin traction proximal → distal; gentle MLD to the L axilla.
            """,
            ["I89.8", "Z85.3"], [PT("97140", 10)], []),

        // Wilmington PTA 97116: rollator with the O2 cylinder, hallway and outdoor distances; LE weakness and shuffling as the target; distances are the only measure: passes.
        ["v7-h30-97116-distances-only"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PTA — Gait 97116 — 15 min
            Rollator w/ the O2 cylinder in the basket: hallway 2 × 180 ft, then outdoors on the sidewalk and a curb cut 1 × 250 ft.
            Cues for pacing and upright posture.
            B LE weakness, short shuffling steps (HFpEF).
            """,
            ["I50.32", "R26.89"], [PTA("97116", 15)], []),

        // Wholly generic 97110 via a Kreyòl interpreter ("did her exercises today and reviewed HEP. Tolerated well …"): technique, generic, deficit and measure.
        ["v7-h30-generic-97110-interpreter"] = new(
            "Interpreter used (Kreyòl). Pt did her exercises today and reviewed HEP. Tolerated well, no complaints. Continue POC.",
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Wholly generic 97112 in the balance service ("Balance activities per POC. Pt tolerated fair. Vitals stable.") with no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h30-generic-97112-vitals-stable"] = new(
            "Balance activities per POC. Pt tolerated fair. Vitals stable. Continue.",
            ["I50.9", "R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Annapolis after R-CHOP: 97110 18 (bike distance, STS, step-ups, curl-to-press) and 97530 15 (bed making, basket on stairs, dishwasher; SBA/Mod I); fatigue and LE weakness with a chores goal; 30CST: passes.
        ["vord-h30-annapolis-post-chemo-te-ta"] = new(
            """
            CRH Cancer Rehab — Annapolis — PT Daily — visit 5 of POC
            S: Finished R-CHOP ×6 for DLBCL in January. "I get winded just making the bed." Lives w/ husband, split-level house.
            O: Vitals pre 118/72, HR 84, SpO2 98% RA.
               97110 — 18 min: recumbent bike level 3 for 1 mile; sit-to-stand 3 × 10 from an 18-in chair; step-ups 6-in 2 × 10 each; biceps curl to press 3 × 10 @ 5 lb.
               97530 — 15 min: making a bed (fitted sheet on the ADL-suite bed) ×2; carrying a laundry basket up/down 7 stairs ×3; bending to load the dishwasher; SBA for stairs w/ basket, Mod I bed making.
            A: B LE weakness + cancer-related fatigue after R-CHOP; goal: do household chores without needing a nap after. 30CST 10 (7 at IE).
            P: Continue 2×/wk.
            """,
            ["C83.30", "R53.0"], [PT("97110", 18), PT("97530", 15)], []),

        // Glen Burnie CIPN: 97112 (23 min) "uninterrupted one-on-one" (dense-foam EC, rope heel-toe, unstable-disc step-ups) and 97116 (15 min) outdoor grass/mulch walking with SBA; plantar sensation and ankle proprioception; seconds and 10MWT: passes.
        ["vord-h30-glen-burnie-cipn-nmr-gait"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT
            97112 (23 min) — uninterrupted one-on-one: barefoot stance on a dense-foam pad EC; heel-toe walking along a rope; step-ups onto an unstable disc w/ slow lowering.
            97116 (15 min): outdoor walk over the parking lot's grass strip and the mulch path 2 × 200 ft, cues for heel-first contact and eyes ahead, not on her feet; SBA.
            ↓ plantar sensation and ankle proprioception (paclitaxel CIPN, R breast ca); watches her feet.
            Dense-foam EC 9 s (4 s at IE); 10MWT 1.02 m/s.
            """,
            ["C50.911", "G62.0", "T45.1X5D"], [PT("97112", 23), PT("97116", 15)], []),

        // Easton radiation fibrosis: 97140 · 12 min (MFR holds, scar mobilisation, GH glide with grade and bouts) and 97110 · 15 min (wand, doorway stretch, prone abduction, serratus punch with doses); L shoulder limits with a top-shelf problem; degrees: passes.
        ["vord-h30-easton-fibrosis-mt-te"] = new(
            """
            CRH Cancer Rehab — Easton — PT
            97140 · 12 min — MFR L pec major/minor 3 × 90 s; scar mobilization along the L lumpectomy and axillary incisions; L GH posterior glide gr III 3 × 30 s.
            97110 · 15 min — supine wand flexion 2 × 15; doorway pec stretch 3 × 30 s; prone horizontal abduction 2 × 10 @ 1 lb; serratus punch 3 × 10.
            L shoulder flexion/ER limited by radiation fibrosis of the L chest wall; can't reach the top shelf.
            Flexion 132° → 140°; ER 60°.
            """,
            ["L90.5", "Y84.2", "Z85.3"], [PT("97140", 12), PT("97110", 15)], []),

        // Salisbury melanoma CDT: 97140 30 MLD sequence and short-stretch bandaging; R leg lymphedema after inguinal dissection; girths against day 1: passes.
        ["vord-h30-salisbury-leg-cdt-97140"] = new(
            """
            CRH Lymphedema Clinic — Salisbury — PT/CLT — 97140 — 30 min — CDT intensive, day 4
            MLD: cervical terminus, abdominal breathing, R axillo-inguinal anastomosis, then R thigh → knee → lower leg → foot in segments.
            Bandaging: short-stretch R toes → groin w/ gray foam at the knee and a kidney pad behind the malleoli.
            R leg lymphedema after R inguinal node dissection (melanoma R thigh).
            Girth R 10 cm above knee 52.1 → 50.6 cm; ankle 25.8 cm (27.0 cm day 1).
            """,
            ["I89.0", "C43.71"], [PT("97140", 30)], []),

        // Columbia head & neck after chemoradiation: 97110 15 (TheraBite holds, chin tucks, rotation AROM, shrugs with doses) and 97140 10 (STM, submandibular mobilisation, up-glides with grade and bouts); neck stiffness and jaw opening; MIO mm and rotation: passes.
        ["vord-h30-columbia-head-neck-te-mt"] = new(
            """
            CRH Cancer Rehab — Columbia — PT (H&N)
            97110 Ther ex 15 min — TheraBite jaw stretches 5 × 30 s holds; chin tucks 2 × 10; cervical rotation AROM w/ overpressure 10 each way; shoulder shrugs w/ 3 lb 2 × 12.
            97140 Manual 10 min — STM R SCM/scalenes; submandibular soft-tissue mobilization; C3–C5 R up-glide mobs gr III 3 × 30 s.
            Post-radiation neck stiffness and limited jaw opening after R tonsil ca (chemoradiation).
            MIO 31 mm; cervical rotation R 55°.
            """,
            ["C09.9", "Z92.3"], [PT("97110", 15), PT("97140", 10)], []),

        // Bel Air sclerotic chronic GVHD: 97110 20 (slant-board stretches, band DF, STS, heel walking with doses) and 97140 10 (talocrural glides with grade and bouts, soft-tissue mobilisation of sclerotic skin); ankle DF with a mailbox goal; degrees: passes.
        ["vord-h30-bel-air-gvhd-te-mt"] = new(
            """
            CRH Cancer Rehab — Bel Air — PT
            97110 — 20 min: gastroc/soleus stretch on a slant board 3 × 45 s; ankle DF w/ band 3 × 15; sit-to-stand 3 × 10; heel walking 4 × 30 ft.
            97140 — 10 min: talocrural posterior glides gr III 3 × 30 s B; soft-tissue mobilization of the sclerotic skin at both distal legs.
            Chronic sclerotic GVHD (skin + fascia) after allogeneic SCT — B ankle DF limited, toe-walking tendency; goal: walk to the mailbox in flat shoes.
            Ankle DF (knee extended) R −2° → 3°, L 0° → 4°.
            """,
            ["D89.811", "Z94.84"], [PT("97110", 20), PT("97140", 10)], []),

        // Towson myeloma with a lytic femur lesion: 97116 20 with WBAT/no-twist precautions, FWW distances, turns and stairs; antalgic gait with a church goal; CGA/SBA: passes.
        ["vord-h30-towson-bone-mets-gait"] = new(
            """
            CRH Cancer Rehab — Towson — PT — 97116 — 20 min
            Precautions: multiple myeloma w/ lytic L femur lesion — WBAT L per ortho, no twisting on the L, FWW at all times.
            Gait: FWW 3 × 100 ft on tile, 1 × 60 ft on carpet; step-through pattern w/ equal step length; turns in small steps (no pivot on the L); 4 stairs w/ 2 rails, step-to.
            Antalgic L gait w/ ↓ L stance time; goal: get from the car into church.
            CGA on stairs, SBA on level.
            """,
            ["C90.00", "C79.51"], [PT("97116", 20)], []),

        // Wilmington HF: vitals and Borg table, daily weight; 97112 22 "therapist-to-patient ratio 1:1 for the whole block" and 97110 15 with doses; delayed stepping and head-movement control, hip/ankle weakness; 7/10 and steps: passes.
        ["vord-h30-wilmington-hf-nmr-te-vitals"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT Daily Note
                                  Pre       Post
            HR                    72        94
            BP                    116/68    128/72
            SpO2 (RA)             97%       95%
            Dyspnea (Borg CR10)   0.5       3
            Weight today 176.4 lb (dry weight 175), no new edema.
            97112 NMR — 22 min — therapist-to-patient ratio 1:1 for the whole block:
               tandem walk w/ horizontal head turns; foam stance reaching to cones; reactive stepping to pulls at the gait belt
            97110 TE — 15 min:
               sit-to-stand 3 × 10; standing hip abduction 2 × 12 @ 2 lb; heel raises 3 × 12; mini squats 2 × 12
            Impairments: delayed step response + ↓ postural control w/ head movement; B hip/ankle weakness (HFrEF).
            Results: reactive pulls 7/10 single step; tandem walk 12 steps w/o step-off.
            """,
            ["I50.22", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Dover COPD "O2: 2 L/min via NC": gait training (97116) 15 (rollator with tank, curb, ramp) and ther activities (97530) 15 (groceries, cans, tub bench); endurance and ADL dyspnea with a groceries goal; SBA/Mod I: passes (L/min is oxygen flow).
        ["vord-h30-dover-copd-gait-ta-l-per-min"] = new(
            """
            Heart & Lung Steady Steps — Dover — PT
            O2: 2 L/min via NC throughout (home Rx); SpO2 91–95%.
            Gait training (97116) — 15 min: walking w/ rollator carrying the portable tank in the basket, 3 × 120 ft, then a 6-in curb and the entrance ramp; pursed-lip breathing paced to steps.
            Ther activities (97530) — 15 min: carrying a 5-lb grocery bag from the "car" to the kitchen counter ×4; putting cans away at shoulder height ×12; shower simulation on a tub bench w/ hand-held shower ×2.
            COPD (GOLD 3) w/ ↓ gait endurance and dyspnea w/ ADLs; goal: unload groceries without sitting down mid-task.
            SBA gait; Mod I kitchen tasks; 1 seated rest during groceries.
            """,
            ["J44.9", "Z99.81"], [PT("97116", 15), PT("97530", 15)], []),

        // Newark DE PTA 97110 with RR written "16/min" and "22/min" in the vitals (respiratory rate, not minutes); NuStep steps, knee extension, marches, push-ups, STS with doses; HFpEF weakness with a bingo goal: passes.
        ["vord-h30-newark-de-te-resp-rate"] = new(
            """
            Heart & Lung Steady Steps — Newark DE — PTA — Ther ex 97110 — 20 min
            Rest: HR 68, BP 110/64, RR 16/min, SpO2 97% RA
            Ex: NuStep level 3 × 800 steps; seated knee extension 3 × 12 @ 3 lb; standing marches at the counter 2 × 20; wall push-ups 2 × 12; sit-to-stand 2 × 10.
            Post: HR 92, BP 124/66, RR 22/min, SpO2 95% RA; RPE 12.
            HFpEF w/ B LE weakness and ↓ activity tolerance; goal: walk to the community center for bingo.
            """,
            ["I50.32", "M62.81"], [PTA("97110", 20)], []),

        // Salisbury new pacemaker: "Solo appointment — I treated no one else during it"; R-side pushes and pelvic pulls, foam head turns, hurdle side-steps within arm precautions; delayed protective stepping after syncopal falls; 6/8 and seconds: passes.
        ["vord-h30-salisbury-pacemaker-nmr"] = new(
            """
            Heart & Lung Steady Steps — Salisbury — PT — 97112 — 23 min
            New dual-chamber pacemaker (L chest) 3 wk ago: no L arm above shoulder height, no pushing/pulling w/ the L — PT guarded from the R side only.
            Solo appointment — I treated no one else during it.
            NMR: stepping-strategy practice to R-side pushes and pelvic pulls; standing on foam w/ horizontal head turns; sidestepping over a 4-in hurdle, R hand light touch only.
            Syncopal falls ×2 before the pacemaker; now delayed protective stepping and ↑ sway on foam.
            Protective steps effective 6/8; foam head-turn stance 20 s.
            """,
            ["Z95.0", "R29.6"], [PT("97112", 23)], []),

        // Wilmington re-assessment, three codes on one line "NMR 97112 15 min (one-on-one) | TE 97110 15 min | Gait 97116 10 min", all match; each section complete; SPPB and gait speed: passes.
        ["vord-h30-wilmington-three-codes"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT re-assessment visit
            NMR 97112 15 min (one-on-one) | TE 97110 15 min | Gait 97116 10 min
            NMR: reactive stepping to belt tugs; foam stance w/ head turns.
            TE: sit-to-stand 2 × 10; heel raises 2 × 15; band hip abduction 2 × 12.
            Gait: SPC 2 × 200 ft outdoors on the sidewalk and grass, SBA.
            Problems: slowed reactive stepping and postural sway (HFrEF, peripheral neuropathy); B hip abductor weakness; goal: walk the dog around the block.
            Re-assessment: SPPB 8/12 (6/12 at IE); gait speed 0.84 m/s.
            """,
            ["I50.22", "G62.9", "R26.81"], [PT("97112", 15), PT("97110", 15), PT("97116", 10)], []),

        // Ironbound frozen shoulder via a staff Portuguese interpreter: TE (97110) 15 and MT (97140) 10 with doses and grades/bouts; ER/flexion loss with a laundry and house-cleaning goal; degrees: passes.
        ["vord-h30-ironbound-shoulder-te-mt"] = new(
            """
            Ironbound Community Rehab — PT Daily Note
            Interpreter: Portuguese (Brazilian), staff, in person.
            Pt via interpreter: "Meu ombro dói quando eu estendo roupa no varal" — her R shoulder hurts hanging clothes on the line.
            TE (97110) 15 min: pulleys flexion/scaption 2 × 15; sidelying ER w/ 2 lb 3 × 12; prone rows 3 × 10; wall slides w/ lift-off 2 × 10.
            MT (97140) 10 min: R GH posterior and inferior glides gr III 3 × 30 s; STM R posterior cuff and upper trap.
            R shoulder adhesive capsulitis, ↓ ER/flexion; goal: hang laundry and go back to cleaning houses.
            R flexion 128° → 135°; ER 32° → 38°.
            """,
            ["M75.01"], [PT("97110", 15), PT("97140", 10)], []),

        // Ironbound L TKA 6 wk via a video interpreter: 97110 15 (quad sets, heel slides, SAQ, step-ups with doses) and 97116 13 (SPC distances, stairs, SBA); flexion and quad grade, stiff-knee gait, a Mass goal: passes.
        ["vord-h30-ironbound-tka-te-gait"] = new(
            """
            Ironbound Community Rehab — PT — L TKA 6 wk
            Intérprete (Portuguese) by video; pt's son also present.
            97110 — 15 min: quad sets w/ towel roll 10 × 5 s; heel slides 3 × 12; SAQ 3 × 12 @ 2 lb; step-ups 4-in 2 × 10.
            97116 — 13 min: SPC in the R hand, 3 × 150 ft, cues for heel-toe and knee bend in swing; 12 stairs step-over-step w/ rail.
            L knee flexion 98° → 104°; quad 4-/5; stiff-knee L gait w/ a short R step. Goal: walk to Mass on Sundays.
            SBA for gait and stairs.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97116", 13)], []),

        // Irvington stroke via a Kreyòl interpreter, "pt and PT one-on-one w/ interpreter present": 97112 23 (rocker, step-taps, foam toss, rhythmic stabilization) and 97530 15 (kneeler, pew bench, carrying); R motor control; % BW and min A → CGA: passes.
        ["vord-h30-irvington-stroke-nmr-ta"] = new(
            """
            Irvington Community Rehab — PT
            Interpreter: Kreyòl, in person (staff) — pt and PT one-on-one w/ interpreter present.
            97112 — 23 min: weight shifting onto the R on a rocker board; step-taps to 4 targets w/ the R foot; standing on foam w/ ball toss; rhythmic stabilization in standing.
            97530 — 15 min: kneeling → standing from a church kneeler (set up at the mat) ×5; in/out of a pew-height bench ×6; carrying her hymnal and purse while walking 30 ft ×3.
            R hemiparesis (L MCA): ↓ R LE motor control and R weight acceptance. Per interpreter: "M vle ka ajenou lamès ankò" — she wants to kneel at Mass again.
            R weight bearing 42% BW; kneeler → stand min A → CGA.
            """,
            ["I69.351"], [PT("97112", 23), PT("97530", 15)], []),

        // Irvington sidewalk produce vendor via a Kreyòl phone interpreter: 97110 (15 min) hinge, crate deadlift, side plank, bird dog with doses and 97140 (10 min) PA mobs with grade/bouts and STM; LBP with lifting; crate-lift load: passes.
        ["vord-h30-irvington-lbp-te-mt"] = new(
            """
            Irvington Community Rehab — PT
            Interpreter: Kreyòl (phone line), whole visit.
            Pt sells produce at a sidewalk stall; per interpreter: "Do m fè m mal lè m leve kès yo" — her back hurts lifting the crates.
            97110 (15 min): hip hinge w/ dowel 3 × 10; deadlift from a box w/ a 20-lb crate 3 × 8; side plank on knees 3 × 20 s; bird dog 2 × 10 each.
            97140 (10 min): L4–L5 central PA mobs gr III 3 × 30 s; STM B lumbar paraspinals.
            LBP w/ lifting; ↓ trunk extensor endurance; prone instability test +.
            Crate lift floor → waist: 20 lb pain-free ×8 (10 lb at IE).
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)], []),

        // Cape Verdean Kriolu phone interpreter: 97116 20 after hemiarthroplasty, FWW → SPC distances and outdoor steps with cues; abductor weakness and Trendelenburg with a bakery goal; CGA → SBA: passes.
        ["vord-h30-kriolu-hip-fx-gait"] = new(
            """
            Irvington Community Rehab — PT — Gait 97116 — 20 min
            Interpreter: Cape Verdean Creole (Kriolu) via phone line.
            R hip hemiarthroplasty 9 wk (fell on the ice). Per interpreter, he wants to walk to the bakery on his own.
            FWW → SPC trial: SPC 3 × 120 ft, then up/down the clinic's 4 outside steps w/ rail; cues for R hip extension in late stance and a level pelvis.
            R hip abductor weakness w/ compensated Trendelenburg.
            SPC: CGA → SBA by the last pass.
            """,
            ["S72.001D"], [PT("97116", 20)], []),

        // Irvington DM neuropathy via a Kreyòl staff interpreter: "Direct one-on-one PT throughout; the interpreter only translated"; textured pad EC, ridged mat with a basket, half-dome steps; plantar somatosensory loss; monofilament and seconds: passes.
        ["vord-h30-irvington-dm-neuropathy-nmr"] = new(
            """
            Irvington Community Rehab — PT — NMR 97112 — 25 min
            Entèprèt / Interpreter: Kreyòl, staff. Direct one-on-one PT throughout; the interpreter only translated.
            Per interpreter: "Pye m ap boule m lannwit, e m pa santi kote m ap mache" — her feet burn at night and she can't feel where she's walking.
            Tx: barefoot stance on a textured pad EC; walking over a ridged mat carrying a basket at her waist; stepping onto a half-dome w/ hands hovering.
            Deficit: plantar somatosensory loss (DM neuropathy), ↑ visual reliance.
            Monofilament 4/10 sites B; textured pad EC 12 s.
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // Towson OT after a latissimus-flap reconstruction: 97110 15 (wand, band ER, wall walks, scapular setting with doses) and 97140 8 (donor-site scar mobilisation, STM, GH glides with grade and bouts); flexion/abduction and a dishes-and-cat goal: passes.
        ["vord-h30-towson-ot-lat-flap-te-mt"] = new(
            """
            CRH Cancer Rehab — Towson — OT
            R mastectomy w/ latissimus dorsi flap reconstruction 10 wk.
            97110 Ther ex 15 min: wand flexion/abduction 2 × 12; ER w/ yellow band 3 × 12; wall walks 10 reps; scapular setting 3 × 10 w/ 5 s hold.
            97140 Manual 8 min: scar mobilization along the posterior donor site; STM R axillary fold; gentle GH inferior glides gr II 3 × 30 s.
            R shoulder flexion 135° (AROM), abduction 120°; tightness at the donor site. Goal: put dishes away in the upper cabinets and lift her cat.
            """,
            ["Z90.11", "Z85.3"], [OT("97110", 15), OT("97140", 8)], []),

        // Dover PTA "GT 97116 · 15 min | TE 97110 · 15 min" with a pre/post vitals line: rollator turns, stand-to-walk, gravel path, SBA; heel raises, hip flexion, STS, step-ups with doses; shuffling gait and hip/PF weakness; gait speed: passes.
        ["vord-h30-dover-pta-gait-te"] = new(
            """
            Heart & Lung Steady Steps — Dover — PTA DN
            GT 97116 · 15 min | TE 97110 · 15 min
            Vitals pre/post: HR 76/98 · BP 124/72 → 136/74 · SpO2 96%/94% RA
            GT: rollator 2 × 250 ft w/ 180° turns at cones; stand-to-walk w/o pause ×5; gravel path outside 1 × 100 ft; SBA.
            TE: heel raises 3 × 12; seated hip flexion w/ 2 lb 2 × 15; sit-to-stand w/ arms crossed 3 × 8; step-ups 4-in 2 × 10.
            Slow, shuffling gait w/ ↓ hip flexor/plantarflexor strength (HFrEF, deconditioned after admission).
            Gait speed 0.68 m/s (0.55 two wk ago).
            """,
            ["I50.22", "R53.81"], [PTA("97116", 15), PTA("97110", 15)], []),

        // Columbia OT cancer-related cognitive impairment: 97530 25 cooking with a step card, checklist and stove self-check under a dual task; error counts and a cue; safe-dinner goal: passes.
        ["vord-h30-columbia-ot-chemo-brain-97530"] = new(
            """
            CRH Cancer Rehab — Columbia — OT — 97530 — 25 min
            Cancer-related cognitive impairment after chemo (L breast ca); pt: "I start dinner and leave a burner on."
            Task: preparing a two-dish lunch (scrambled eggs + toast) in the ADL kitchen using a written step card and a checklist; self-check of the stove knobs before leaving the stove; a phone call answered mid-recipe as a dual task.
            Errors: 2 sequencing errors, 0 safety errors (4 and 1 last session); 1 verbal cue to use the checklist.
            Goal: cook family dinner safely while her husband is at work.
            """,
            ["C50.912", "R41.844"], [OT("97530", 25)], []),

        // Easton prehab before a lobectomy: 97110 20 stairs, bike sprints in seconds/watts, incentive spirometer volume, foam-roll extension, vest STS; pre-op capacity and strength with post-op goals: passes.
        ["vord-h30-easton-lobectomy-prehab-97110"] = new(
            """
            CRH Cancer Rehab — Easton — PT — Prehab before R upper lobectomy — 97110 — 20 min
            Ex: stair climbing 3 flights × 2 (standing rest at the landings); upright bike at 50 W w/ 4 sprints of 20 s; incentive spirometer 10 breaths to 1,750 mL; thoracic extension over a foam roll 2 × 10; sit-to-stand w/ a 10-lb vest 3 × 10.
            Targets pre-op aerobic capacity and LE strength (stage IB NSCLC, 40 pack-yr); goal: walk the halls on POD 1 and climb her 12 porch steps at discharge.
            SpO2 ≥ 93% RA throughout; HR peak 132.
            """,
            ["C34.11"], [PT("97110", 20)], []),

        // Wilmington NMR 20 + TE 18 (both match), complete (foam path stepping, release steps, head-turn walking; STS, marching, hip extension, calf raises; vestibular/postural and LE deficits; 5/8 and feet) with vitals, never saying one-on-one.
        ["vord-h30-wilmington-nmr-te-unstated"] = new(
            """
            Heart & Lung Steady Steps — Wilmington — PT Daily
            97112 NMR 20 min: forward/backward stepping along a foam path; reactive steps to releases; head-turn walking in the hallway.
            97110 TE 18 min: seated marching 2 × 20; sit-to-stand 3 × 10; standing hip extension 2 × 12 each; calf raises 2 × 15.
            Vitals: HR 70 → 96, SpO2 96% → 94% RA.
            Deficits: delayed protective stepping and ↓ vestibular contribution to postural control; B LE weakness (HFrEF).
            Releases 5/8 single step; head-turn walk 50 ft w/o LOB.
            """,
            ["I50.22", "R26.81"], [PT("97112", 20), PT("97110", 18)], [At(OneOnOne, "97112")]),

        // Ironbound complete 97110 for a prep cook's wrist after distal radius ORIF (putty, weights, hammer, towel wringing with doses; grip kg; shift goal) sent with no diagnosis: diagnosis only.
        ["vord-h30-ironbound-wrist-no-dx"] = new(
            """
            Ironbound Community Rehab — PT — 97110 — 20 min
            Intérprete de português no local (in-person Portuguese interpreter).
            Pt via interpreter: "Não consigo abrir os potes no trabalho" — can't open the jars at work (restaurant prep cook).
            R distal radius fx ORIF 10 wk: putty gross grip 3 × 15 (green); wrist flexion/extension w/ 2 lb 3 × 12; pronation/supination w/ a hammer 3 × 12; towel wringing 2 × 10.
            R grip weakness 18 kg vs L 30 kg; goal: back to full prep-cook shifts.
            """,
            [], [PT("97110", 20)], [Dx]),

        // Dover complete COPD 97116 (rollator distances with pursed-lip breathing, curb, SBA; gait endurance with a senior-centre goal) with the ICD-9 code 491.21 in the diagnosis field: diagnosis only.
        ["vord-h30-dover-icd9-copd-97116"] = new(
            """
            Heart & Lung Steady Steps — Dover — PT — Gait 97116 — 15 min
            O2 2 L NC. Rollator 3 × 150 ft w/ pursed-lip breathing, 1 seated rest; 6-in curb ×3; SBA.
            COPD w/ ↓ gait endurance; goal: walk from the parking lot into the senior center.
            SpO2 90–94%.
            """,
            ["491.21"], [PT("97116", 15)], [Dx]),

        // Annapolis "Pt seen for manual therapy and ther ex per plan. Tolerated well … Total 25 min.": nothing named for either code and no minutes for each: every content check on both codes and separate time.
        ["vord-h30-annapolis-generic-mt-te-total"] = new(
            "Pt seen for manual therapy and ther ex per plan. Tolerated well, no complaints. Continue current POC. Total 25 min.",
            ["Z85.3", "M25.612"], [PT("97140", 10), PT("97110", 15)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Irvington PTA "Ther ex — 25 min" on a single 15-minute 97110 line: mismatch; exercises with doses and knee OA with a stairs goal complete.
        ["vord-h30-irvington-pta-te-25-vs-15"] = new(
            """
            Irvington Community Rehab — PTA — Ther ex — 25 min
            Interpreter: Kreyòl (staff).
            Step-ups 6-in 3 × 10; sit-to-stand 3 × 10; TKE w/ band 3 × 15; SLR 2 × 12; bridges 2 × 15.
            L knee OA, quad weakness 4-/5; goal: climb the 3 flights to her apartment w/ groceries.
            """,
            ["M17.12"], [PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Glen Burnie 97112 "one-on-one, PT and pt only" with foam, tape-line tandem and dual-task step-overs for docetaxel proprioceptive loss, but no number or dose at all ("Steadier … fewer touches to the rail"): measure missing.
        ["vord-h30-glen-burnie-cipn-no-number"] = new(
            """
            CRH Cancer Rehab — Glen Burnie — PT — NMR 97112 — 22 min — one-on-one, PT and pt only
            Barefoot stance on foam EO → EC; tandem walking along the hallway tape line; stepping over a low hurdle while counting backward.
            Target: proprioceptive loss in both ankles/feet after docetaxel; relies on vision.
            Steadier than last visit; fewer touches to the rail.
            """,
            ["C50.912", "G62.0"], [PT("97112", 22)], [At(Measure, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
