using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventeenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from three employers,
/// in the proportions a billing manager sees them — about two thirds ordinary and complete, single- and
/// multi-code visits — written by clinicians trained in the US, the UK, the Philippines and Canada, each in
/// the habits of their training:
/// <list type="number">
/// <item>a rural critical-access hospital's outpatient therapy department on the Great Plains, charting in
/// Cerner / Oracle Health PowerForms whose printed form leaves its habits in the note ("Performed On: … by
/// …", "Label :   value" rows, a "Therapy Timed Minutes" block with "23 Minutes", comma multi-selects,
/// "Performed" / "Not Performed" results, a value marked <c>&lt;In Error&gt;</c> and its "(Modified)"
/// correction); a UK-trained physio (PC / O/E / Rx / Imp, MRC grades, "6/52", "IA", "seen on her own in the
/// side room", STREAM, Hauser Ambulation Index, Gaze Stabilization Test, "marche à petits pas"), a
/// Philippine-trained PT ("Tx rendered:", "ff:", "Pt was handled one-is-to-one", "Pt was able to …"), a
/// Winnipeg-trained PT (Rx / Ax / Obj, IFC, Maitland grades, PNF timing for emphasis, COVS) and US-trained
/// PTs, PTAs and an OT; the region's goals and tasks (the grain-truck cab at wheat harvest, pheasant opener in
/// CRP grass, a center pivot in the wheat, the Lutheran church basement stairs, a polka at the Czech hall in
/// Wilber, a blizzard-closed highway, a retired rural mail carrier on the ice);</item>
/// <item>a cash-based sports practice that now also bills Medicare, on Jane ("Chart Entry", a private
/// booking, a duo session "2 clients : 1 physio", ✓ / ☐ template boxes, Yes / No toggles, "Signed &amp;
/// locked"), with masters athletes (a skier after TKA, a curler, a rower, a gravel cyclist, an 800 m runner, an
/// oldtimers hockey goalie) and its equipment (Skier's Edge, kBox flywheel, Keiser, Woodway Curve, ForceDecks,
/// NordBord, a studio keyboard for Dalcroze eurhythmics, an Egoscue menu);</item>
/// <item>a large orthopaedic surgeon-owned group's PT arm on Practice Perfect ("[Y] / [N]" flags,
/// "&lt;not recorded&gt;" fields, compact 24-hour clock ranges per code "0905–0917") and SPRY (an exercise
/// flowsheet with a Performed Y / N column, "CPT 97110 — 2 units — 23 min", "97110 @ 24 min"), treating
/// surgeons' protocol patients (TKA and MUA, UKA, rTSA, a massive cuff tear, hip arthroscopy, ACDF,
/// laminectomy, fusion, total ankle arthroplasty, calcaneal and distal radius ORIF, tarsal tunnel).</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside untimed 97010 and G0283 and timed but
/// unprofiled 97032. Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h17-…): one-on-one in these writers' words ("handled one-is-to-one by this PT", "1:1 in
/// the side room, no other patients booked with me", "booked as a private session: client and physio only",
/// "OT and client alone in the ADL kitchen", "two staff, one patient"), notes that negate it (a PT paged to the
/// ED while the aide finished the series, a Jane duo session, a hospital wellness-centre class billed as
/// 97112) or never state it (a PowerForm with the wife taught guarding), and a 97140 in an open bay, which has
/// no one-on-one check;</item>
/// <item>class 2 (v2-h17-…): PowerForm results ("One-to-One Treatment :   No", "Not Performed", a "Group
/// &lt;In Error&gt;" corrected to "Individual (one-on-one) (Modified)", "Gait Deviations : None" with
/// "Functional Goal : N/A"), Practice Perfect "[Y] / [N]" flags and "&lt;not recorded&gt;" fields, a SPRY
/// Performed column, Jane ✓ / ☐ target boxes left unticked and Yes / No toggles;</item>
/// <item>class 3 (v3-h17-…): named methods and programmes as techniques (Redcord Neurac, PNF timing for
/// emphasis / hold-relax active motion, Shacklock neurodynamics, Williams flexion exercises, kBox flywheel
/// training, errorless learning with spaced retrieval, incremental VOR adaptation, Woodway Curve gait
/// intervals), one Dalcroze eurhythmics 97112 with no number and one Egoscue menu 97110 with no
/// target;</item>
/// <item>class 4 (v4-h17-…): deficits stated as findings (pronator drift, Babinski and clonus with MRC
/// grades, absent great-toe position sense, Lachman and pivot shift, drop-arm and hornblower's signs,
/// "marche à petits pas", Tinel's at the tarsal tunnel, intersection-syndrome crepitus, a waddling gait) and
/// notes that state none (a 97112 whose only target is pheasant opener; "No impairment noted today" on a
/// 97530);</item>
/// <item>class 5 (v5-h17-…): measures in their usual forms (COVS, DEMMI, the Ito test as 97110's only number,
/// ForceDecks time to stabilisation, the Allen Cognitive Level Screen, an MDS-UPDRS item, timed stair ascent)
/// and notes with none (miles driven, a highway and an appointment date; "with less difficulty"; grip
/// "deferred");</item>
/// <item>class 6 (v6-h17-…): minutes in their usual forms (a PowerForm "Therapy Timed Minutes" block with its
/// total, compact clock ranges "0905–0917", decimal hours ".25 / .50" under an "(hrs)" heading, "97110 @ 24
/// min", a coded G0283 beside one timed code), true mismatches (a PowerForm 30 against 22, Jane manual 20
/// against 12, "Gait training x 30 mins" against 20) and truly missing separate time (an attended 97032 with
/// no minutes, the OT half of a co-treat);</item>
/// <item>class 7 (v7-h17-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97010 or 97032), and the contract's meanings of technique, deficit and measure for
/// 97116 (a center-pivot goal as the only target), 97530 (assistance levels as the only measure), 97140
/// (Maitland grades and a region; techniques with no region) and wholly generic 97110 and 97112
/// notes;</item>
/// <item>ordinary (vord-h17-…): complete notes of all three employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a generic "given TE and TA as per
/// POC" note, a missing and a SNOMED CT diagnosis, an NMR + TE note that never says one-on-one, an OT time
/// that differs in a co-treat, a combined total only, a gait note with no number.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>), as in every earlier set;
/// the contract gives no tolerance, so every mismatch here differs by at least eight minutes and every
/// passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule.
/// Cases a careful reviewer could argue either way under the contract were left out: a content gap in one
/// section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the
/// whole note lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of
/// an activity inside a one-timed-code note, uncoded minutes of untimed care, self-rated scores or vitals as
/// the only number, diagnosis codes without their dot or of three characters, minute ranges and approximate
/// minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 82 of 96 cases agree (95 needed), and 9 of the 62 notes the reviewer passes got a finding, on the
/// analyzer of 3e41b73 (the start of 2026-12-04's evening session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 84 of 96, 7 false positives, at its first run on the same analyzer as the sixteenth set (8bb3ffe):
/// the held-out figure. Then development data: "[Y]"/"[N]" rows, "client and physio only", hours as fractions
/// on an "(hrs)" line, "Functional Goal : N/A", miles driven, a chart title, techniques the lists lacked;
/// 96 of 96, no false positive.
/// </para>
/// </summary>
public class HeldOutNotesIssue18SeventeenthTests(ITestOutputHelper output)
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

        // SPRY, Philippine-trained PT: "Pt was handled one-is-to-one by this PT for the whole neuro re-ed, no other pt on my schedule" is one-on-one; Airex band kicks, tilt board, mirror step-downs; R knee position sense and quad timing after TKA; JPS degrees and SLS seconds; 23 matches: passes.
        ["v1-h17-spry-handled-one-is-to-one"] = new(
            """
            SPRY | Daily Note | Tri-County Orthopaedic & Spine — PT Dept (Dr. Halvorsen's TKA pathway)
            R TKA POD 44. Pt was handled one-is-to-one by this PT for the whole neuro re-ed, no other pt on my schedule during it.
            97112 Neuromuscular Re-ed — 23 mins
             ff:
             - R SL stance on Airex w/ L 4-way band kicks
             - tilt-board A/P weight shifting w/ the R knee in slight flexion, eyes on a target → EC
             - lateral step-down from 4" w/ mirror feedback for knee-over-2nd-toe alignment
            Impairment: ↓ R knee joint position sense and delayed quad activation on loading — the knee dives into valgus on the step-down
            Objective: active JPS reproduction at 45° — R error 7° (11° at IE); SL stance on Airex R 9 s (L 24 s)
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 23)], []),

        // Cerner PowerForm with a UK-trained physio's free text: "Rx (1:1 in the side room, no other patients booked with me)" is one-on-one; half-kneel rhythmic stabilisation, facilitated weight transfer, heel-toe along the plinth; L proprioception and ataxic gait in MS; Hauser index and timed 10 m walk; 25 matches: passes.
        ["v1-h17-cerner-uk-side-room"] = new(
            """
            Outpatient Physical Therapy Daily Note        Entered On: 03/04/2026 11:40 CST
            Performed On: 03/04/2026 10:30 CST by Pritchard, Sian, PT
            Prairie Springs Community Hospital (Critical Access) — Outpatient Rehab
            Therapy Timed Minutes
              Neuromuscular Reeducation :   25 Minutes
            Free Text Treatment
              PC: RRMS — L leg dragging and unsteadiness worse over the winter.
              O/E: L hip flex MRC 3+/5, L ankle DF 3/5; JPS L great toe 2/5 correct; wide BOS, steps out of tandem.
              Rx (1:1 in the side room, no other patients booked with me): rhythmic stabilisation in half-kneel, L knee forward; step-standing weight transfer onto the L w/ facilitation at the pelvis; heel-toe walking along the plinth edge, fingertip support weaned to none.
              Outcome: Hauser Ambulation Index 3 (4 at IA); timed 10 m walk 13.6 s.
              Imp: L LE weakness + impaired L proprioception → ataxic, wide-based gait.
              Plan: cont. weekly, repeat Hauser at 6/52.
            Electronically Signed on: 03/04/2026 11:40 CST by Pritchard, Sian, PT
            """,
            ["R26.89", "R27.0"], [PT("97112", 25)], []),

        // Jane, Canadian-trained physio: "Booked as a private session: client and physio only in the studio, no other bookings overlapping" is one-on-one; Skier's Edge unannounced stops, rocker-board perturbations, skater jumps; R knee co-activation and proprioception after TKA; k of 10 and EC seconds; 24 matches: passes.
        ["v1-h17-jane-private-booking"] = new(
            """
            Jane | Chart Entry | Follow-Up Treatment (Medicare) — Ridgeline Sport & Spine Physio
            Booked as a private session: client and physio only in the studio, no other bookings overlapping.
            S: 74, R TKA 7 mo ago. Wants to ski Big Sky with her grandkids; the knee "goes wobbly" when the simulator platform stops.
            Tx — 97112 NMR (24 min):
            • Skier's Edge lateral simulator w/ unannounced platform stops called by the physio, 6 sets
            • R single-leg mini-squats on a rocker board w/ manual perturbations at the knee
            • small lateral skater jumps landing on the R, hold 3 s
            Ax: delayed R quad/hamstring co-activation + ↓ R knee proprioception; the knee drops into valgus on an unexpected stop
            Obj: 8/10 unexpected stops held w/o valgus collapse (5/10 last visit); R SL stance EC 14 s
            Signed & locked — M-A. Tremblay, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 24)], []),

        // The PT was "paged to the ED for a crutch-fitting consult partway through; pt finished the foam and rocker series w/ the rehab aide guarding": not one-on-one; foam/rocker/belt tugs, somatosensory use and reactive stepping, mCTSIB and k of 6 present.
        ["v1-h17-cah-pt-paged-to-ed"] = new(
            """
            Outpatient PT Daily Note — Prairie Springs CAH — K. Haugen, PT
            S: 77, retired rural mail carrier; 2 falls on the ice since December.
            97112 NMR — 25 min
            Foam stance EO/EC w/ head turns; rocker board M/L weight shifts; reactive stepping to tugs at the gait belt.
            PT paged to the ED for a crutch-fitting consult partway through; pt finished the foam and rocker series w/ the rehab aide guarding.
            Deficit: ↓ use of somatosensory input (neuropathy) + slow reactive stepping — grabs for support instead of stepping.
            mCTSIB foam EC 11 s (6 s at IE); 4/6 tugs recovered w/ one step.
            """,
            ["E11.42", "R29.6"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Jane "Duo Session (2 clients : 1 physio)", his running partner trained alongside on the same circuit: not one-on-one; pad RDL reaches, hop-and-freeze, BOSU passes, reactive shuffles; L ankle proprioception and peroneal reaction; EC seconds and k of 10 present.
        ["v1-h17-jane-duo-session"] = new(
            """
            Jane | Chart Entry | Duo Session (2 clients : 1 physio) — Ridgeline Sport & Spine
            Trained alongside his running partner (also a client today); I coached both through the same circuit.
            97112 — 22 min
             - single-leg RDL reaches to cones standing on a balance pad
             - single-leg hop-and-freeze to a called direction
             - SL stance on the flat side of a BOSU w/ med-ball chest passes
             - lateral shuffles w/ reactive stops on a whistle
            L ankle: ↓ proprioception + slow peroneal reaction after recurrent inversion sprains (68, half-marathoner)
            SL stance EC L 9 s (R 26 s); hop-and-freeze held 7/10
            """,
            ["M25.372"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PowerForm, complete (perturbation / compliant surface / dual-task with detail, postural-control impairments, TUG and tandem seconds, 23 matches), the wife present to learn guarding — but nothing states one-on-one.
        ["v1-h17-cerner-unstated-wife-taught"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 08:15 CST by Haugen, Kari, PT
            Therapy Timed Minutes
              Neuromuscular Reeducation :   23 Minutes
            Interventions Performed :   Perturbation training, Compliant surface training, Dual-task training
            Intervention Detail :   manual perturbations at the shoulders in tandem stance; marching on a foam beam; walking the hallway while naming cattle breeds
            Neuromuscular Impairments :   Impaired postural control, Impaired reactive balance
            Outcome Measures :   TUG 13.9 s; tandem stance 8 s; gait speed 0.92 → 0.71 m/s w/ the naming task
            Patient/Family Education :   wife present, instructed in gait-belt guarding for the home program
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // The hospital wellness centre's "Steady on the Prairie" class, 7 participants led by a PT with an aide, billed as 97112: not one-on-one; foam, rope side-steps, tandem beanbag toss, cone turns; ankle strategy and lateral stepping; seconds and k of 8 present.
        ["v1-h17-cah-wellness-class-billed-97112"] = new(
            """
            Prairie Springs Wellness Center — "Steady on the Prairie" balance class (Tue/Thu), 7 participants, led by PT w/ 1 aide
            Billed for this pt: 97112 — 30 min
            Class content: standing on foam pads EO → EC, side-stepping along a rope on the floor, beanbag toss and catch in tandem stance, turns around cones to a called direction.
            This pt: ↓ ankle strategy + delayed lateral stepping; leans on the wall on foam.
            Foam EO 30 s, EC 7 s; 6 of 8 cone turns w/o a touch-down.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // OT 97112: "OT and client alone in the ADL kitchen throughout" is one-on-one; forearm weight bearing, extensor tapping, place-and-hold, trunk-restrained reach; L UE recruitment and reach sequencing after stroke; Box and Block and k of 8: passes.
        ["v1-h17-ot-adl-kitchen-alone"] = new(
            """
            OT — Outpatient, Prairie Springs CAH. OT and client alone in the ADL kitchen throughout.
            97112 NMR — 20 min
            L UE, R MCA stroke 5 mo: closed-chain weight bearing through the L forearm on the counter while wiping w/ the R; tapping over the L wrist/finger extensors for release; place-and-hold of a mug at 3 shelf heights; reach to the cupboard w/ the trunk strapped to the chair back.
            Impaired L UE motor recruitment + poor sequencing of reach-to-grasp; trunk substitutes on reach.
            Box and Block L 11 (6 at IE); mug to the shelf w/o trunk lean 5 of 8.
            """,
            ["I69.354"], [OT("97112", 20)], []),

        // Practice Perfect 97140 in an open bay with three other patients on adjacent tables: 97140 has no one-on-one check; GH glides with grade/bouts, STM, contract-relax; R shoulder stiffness after RCR with IR degrees: no DOC finding.
        ["v1-h17-ortho-97140-open-bay-no-check"] = new(
            """
            Practice Perfect | Treatment Note | Tri-County Ortho — PT, main campus
            Open treatment bay — 3 other pts on the adjacent tables w/ PTAs during this time.
            97140 Manual Therapy — 12 min: R GH posterior glides gr III 3 x 30 s; inferior glides gr III 3 x 30 s; STM R posterior cuff and pec minor; contract-relax into IR x 3
            R shoulder stiffness 14 wk after arthroscopic RCR: IR 18° → 27° post; ER 30°
            """,
            ["M25.611", "Z98.890"], [PT("97140", 12)], []),

        // "Two staff, one patient: PT and PTA both hands-on with this pt only … neither of us treated anyone else" is one-on-one; tall-kneel rhythmic stabilization, perturbations in the bars, weight-shift sit-to-stand; trunk postural control and R LE recruitment in incomplete SCI; hold seconds: passes.
        ["v1-h17-pt-pta-two-staff-one-pt"] = new(
            """
            Outpatient PT — Prairie Springs CAH — neuro
            Two staff, one patient: PT and PTA both hands-on with this pt only for the full re-ed; neither of us treated anyone else during it.
            97112 — 28 min
            Tall-kneeling on the mat w/ rhythmic stabilization at the pelvis (PTA) while the PT facilitated trunk extension; standing in the bars w/ perturbations to elicit a stepping strategy; sit-to-stand w/ weight-shift cues onto the weaker R.
            Incomplete SCI (C5 AIS D, 6 mo): impaired trunk postural control + ↓ R LE motor recruitment; spastic catch R hamstrings.
            Tall-kneel hold w/o UE 25 s (8 s at IE); R stance in the bars 6 s before grabbing the rail.
            """,
            ["G82.54"], [PT("97112", 28)], []),

        // ---------------------------------------------------------------- class 2: PowerForm results, flags, boxes and toggles

        // PowerForm results: "One-to-One Treatment : Yes", three techniques "Performed" with detail and Brandt-Daroff "Not Performed"; L vestibular hypofunction with oscillopsia; DGI and foam seconds; "Minutes : 22" matches: passes.
        ["v2-h17-cerner-performed-not-performed"] = new(
            """
            Outpatient PT Daily Note — Vestibular        Performed On: 03/04/2026 13:05 CST by Pritchard, Sian, PT
            One-to-One Treatment :   Yes
            Gaze Stabilization X1 :   Performed — yaw and pitch against a busy background, feet together
            Habituation (Brandt-Daroff) :   Not Performed — pt nauseous on arrival, declined
            Walking w/ Head Turns :   Performed — corridor, horizontal then vertical, 4 lengths
            Compliant Surface EC :   Performed — foam, feet apart
            Deficit :   L vestibular hypofunction (neuritis 7/52) — oscillopsia on head turns, veers L
            Outcome :   DGI 17/24 (13/24 at IA); foam EC 12 s
            Neuromuscular Reeducation Minutes :   22
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PowerForm "One-to-One Treatment :   No" with the comment "2 pts on the balance circuit, PT alternating": not one-on-one; rocker/foam beam/pushes, proprioception and postural responses, sharpened Romberg and k of 8 present.
        ["v2-h17-cerner-one-to-one-no"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 14:20 CST by Haugen, Kari, PT
            One-to-One Treatment :   No
            One-to-One Comment :   2 pts on the balance circuit, PT alternating between them
            Balance Interventions :   Rocker board, Foam beam, Perturbation training
            Intervention Detail :   rocker board A/P → M/L w/ EC; heel-toe on the foam beam; manual pushes at sternum/pelvis in semi-tandem
            Neuromuscular Impairments :   Impaired proprioception, Delayed postural responses
            Outcome Measures :   Sharpened Romberg 9 s; 5 of 8 pushes recovered w/ a single step
            Neuromuscular Reeducation Minutes :   20
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // PowerForm "Treatment Delivery : Group <In Error>" then "Individual (one-on-one) (Modified)": the charted error is void, the corrected value is one-on-one; PNF pelvic patterns, rhythmic stabilization, scale weight shift; R LE recruitment and timing; load and 5xSTS: passes.
        ["v2-h17-cerner-in-error-corrected-individual"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 15:10 CST by Manalo, Jerome, PT
            Treatment Delivery :   Group   <In Error>
            Treatment Delivery :   Individual (one-on-one)   (Modified)
            Neuromuscular Reeducation Minutes :   25
            Balance Interventions :   PNF, Rhythmic stabilization, Weight shifting
            Intervention Detail :   PNF pelvic patterns (anterior elevation / posterior depression) side-lying → standing; rhythmic stabilization in step-stance; weight shift onto the R over a bathroom scale for feedback
            Neuromuscular Impairments :   Impaired motor recruitment R LE, Impaired timing
            Outcome Measures :   R LE load 52 → 71 lb of 160 lb BW on the scale; 5xSTS 19.8 s
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // Practice Perfect flags "[Y] 1:1 w/ PT  [N] Group  [N] Concurrent": one-on-one; NMR 20 / TE 15 both match; Airex band pulls, mirror SL squats, level-pelvis step-ups; hip exercises with doses; hip abductor weakness and pelvic control after hip arthroscopy; seconds and k of 10: passes.
        ["v2-h17-pp-bracket-y-one-to-one"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Sports & Hip
            [Y] 1:1 w/ PT    [N] Group    [N] Concurrent
            97112 NMR 20 min / 97110 TE 15 min
            s/p L hip arthroscopy (labral repair + cam osteoplasty) 12 wk
            NMR: L SL stance on Airex w/ band pulls at the pelvis from 4 directions; SL mini-squat w/ hip–knee–2nd-toe alignment to the mirror; lateral step-ups keeping the pelvis level
            TE: side-lying hip abd w/ 2 lb 3 x 12; banded bridges 3 x 15; seated hip ER w/ red band 3 x 12; side plank from the knees 3 x 20 s
            Impairment: L hip abductor weakness 4-/5 + ↓ L hip/pelvic neuromuscular control (contralateral pelvic drop in SL stance)
            Meas: L SL stance on Airex 15 s w/o pelvic drop (6 s at 8 wk); pelvic drop on L step-up 2/10 reps
            """,
            ["M25.852", "Z98.890"], [PT("97112", 20), PT("97110", 15)], []),

        // Practice Perfect "[N] 1:1 w/ PTA  [Y] Concurrent (2nd pt on the next plinth)": not one-on-one; board tandem, foam head rotation, hurdle perturbations; ankle proprioception after ORIF; seconds and step count present.
        ["v2-h17-pp-bracket-n-concurrent"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — PTA (S. Kowalczyk, PTA)
            [N] 1:1 w/ PTA    [Y] Concurrent (2nd pt on the next plinth)    [N] Group
            97112 NMR 23 min
            Tandem walking on a 2x6 board EO → EC; SL stance on foam w/ head rotation; lateral step-overs of 6" hurdles w/ pelvic perturbations
            L ankle proprioceptive loss + ↓ ankle strategy after L bimalleolar ORIF (16 wk)
            SL foam L 7 s (R 21 s); 12 heel-toe steps on the board w/o a step-off (5 last month)
            """,
            ["S82.842D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Jane template: "Treated one-to-one: ✓", techniques ✓ with detail, k of 6 and foam seconds — but every target box (proprioception, vestibular, postural control, motor control) is ☐ and no deficit is written elsewhere.
        ["v2-h17-jane-target-boxes-unticked"] = new(
            """
            Jane | Chart Entry | Balance & Falls Follow-Up — Ridgeline Sport & Spine
            Treated one-to-one: ✓
            Targets this visit (tick all that apply):
             ☐ Proprioception   ☐ Vestibular   ☐ Postural control   ☐ Motor control / timing   ☐ Other: ______
            Interventions:
             ✓ Reactive stepping to unannounced releases from a forward lean
             ✓ Tandem stance on foam w/ head turns
             ✓ Stepping over a 4" hurdle to a floor target, both directions
            Outcome: 5/6 releases recovered w/ one step; tandem on foam 10 s
            """,
            ["R29.6"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Practice Perfect 97530 with "Assist Level: <not recorded>" and "Reps: <not recorded>" and no other number: no measure; car-simulator, trunk-lift and curb tasks and a Sunday-Mass / grocery goal present.
        ["v2-h17-pp-assist-not-recorded-97530"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — PT
            97530 Ther Activities — 20 min
            Tasks: in/out of the clinic car simulator, lifting a grocery bag out of the trunk, stepping up a curb carrying the bag
            Goal: drive himself to Sunday Mass and do his own grocery run after the L TKA
            Assist Level: <not recorded>
            Reps: <not recorded>
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 20)], [At(Measure, "97530")]),

        // SPRY flowsheet with a Performed Y/N column: the Y rows have sets/reps/loads (the N row is ignored), "CPT 97110 — 2 units — 23 min" matches; R shoulder elevation and deltoid weakness after rTSA: passes.
        ["v2-h17-spry-performed-column-97110"] = new(
            """
            SPRY | Exercise Flowsheet | R rTSA wk 10 — Dr. Okafor protocol, phase II
            Exercise                          Sets  Reps  Wt        Performed
            Supine AAROM flexion w/ wand      2     15    —         Y
            Side-lying deltoid raises         2     12    1 lb      Y
            Deltoid isometrics, 3 directions  1     10    5 s ea    Y
            Prone row                         2     12    2 lb      N (pain)
            Table slides, flexion             2     15    —         Y
            CPT 97110 — 2 units — 23 min
            Focus: R shoulder elevation (AROM flexion 105°) + deltoid weakness after rTSA
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 23)], []),

        // PowerForm gait rows: device, distance, stairs and "Supervision" (18 matches), but "Gait Deviations : None" and "Functional Goal : N/A" and nothing else names an impairment, region or goal.
        ["v2-h17-cerner-gait-deviations-none-goal-na"] = new(
            """
            Outpatient PT Daily Note — Gait        Performed On: 03/04/2026 09:40 CST by Manalo, Jerome, PT
            Gait Training Minutes :   18
            Assistive Device :   Single point cane
            Distance :   2 x 250 ft; 12 stairs w/ 1 rail
            Level of Assistance :   Supervision
            Gait Deviations :   None
            Functional Goal :   N/A
            Comment :   walked the east corridor and the stairwell up to the 2nd floor
            """,
            ["R26.89"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // Jane Yes/No toggles: "One-on-one treatment?  Yes" (the "No" answers are to other questions); VOR x2, optokinetic marching on foam, fixed-target pivots; R hypofunction with visual dependence; DGI and vHIT gain; 20 matches: passes.
        ["v2-h17-jane-yes-no-toggles"] = new(
            """
            Jane | Chart Entry | Vestibular Follow-Up — Ridgeline Sport & Spine
            One-on-one treatment?     Yes
            Interpreter used?         No
            Falls since last visit?   No
            97112 — 20 min
            - VOR x2 (head and card moving in opposite directions) seated → standing, 3 x 30 s
            - optokinetic stripes video while marching in place on foam
            - quick 180° pivots w/ eyes fixed on a target
            Problem: uncompensated R vestibular hypofunction w/ visual dependence — unsteady in the Costco aisles
            Numbers: DGI 19/24 (15/24 at IE); vHIT R gain 0.64
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named methods and programmes

        // Redcord Neurac sling work (pelvic lift with rope vibration, sling hip abduction, sling plank), 1:1; lumbopelvic motor control and multifidus/glute recruitment after laminectomy; hold seconds: passes.
        ["v3-h17-redcord-neurac-97112"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Spine
            97112 — 25 min — 1:1 w/ PT
            Redcord Neurac sling work: supine pelvic lift w/ one leg in the sling + rope vibration, 4 x 4; side-lying hip abduction in the sling holding the pelvis level; prone plank on elbows w/ the sling at the knees
            L4-5 laminectomy 10 wk: ↓ lumbopelvic motor control, delayed L multifidus/glute recruitment (weak link on the L side-lying pelvic lift)
            Side-lying pelvic lift L held 12 s w/o rotation (R 30 s); prone sling plank 25 s
            """,
            ["M48.062", "Z98.890"], [PT("97112", 25)], []),

        // Winnipeg-trained PT: PNF timing for emphasis, hold-relax active motion and combination of isotonics named; "individual tx, PT + pt only"; R DF/hip flexor recruitment and eccentric control after a pontine stroke; DF degrees and toe catches: passes.
        ["v3-h17-pnf-timing-for-emphasis"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT — trained in Winnipeg)
            97112 — 23 min — individual tx, PT + pt only
            PNF for the R LE after a L pontine stroke:
             - D1 flexion/extension R LE in side-lying w/ timing for emphasis (pivots at the ankle into DF)
             - hold-relax active motion into R hip flexion in supine
             - combination of isotonics for sit-to-stand (concentric up / eccentric down), 2 sets of 6
            Ax: ↓ R DF and hip flexor recruitment in swing → R toe catch; poor eccentric control sitting down
            Obj: R ankle DF AROM against gravity 0° → 8° after timing for emphasis; toe catches 1 per 50 ft (4 at IE)
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // 97140: neurodynamic mobilization per Shacklock (therapist-performed sliders with sets of oscillations), unilateral PAs with grade, STM; L S1 radiculopathy with slump and SLR; SLR degrees: passes.
        ["v3-h17-shacklock-neurodynamics-97140"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Spine (R. Dizon, PT, PTRP)
            97140 x 10 mins
            Neurodynamic mobilization per Shacklock: therapist-performed sciatic/tibial sliders in slump long-sitting, 3 sets x 10 oscillations; L4-5 L unilateral PAs gr III 3 x 30 s; STM L piriformis/hamstring origin
            Findings: L S1 radiculopathy — slump + on the L reproducing calf pain, SLR L 45° (R 75°)
            Post: SLR L 58°
            """,
            ["M54.17"], [PT("97140", 10)], []),

        // 97110: Williams flexion exercises named with holds and reps ("Tx rendered:"); lumbar stenosis with neurogenic claudication in a retired wheat farmer; 20 matches: passes.
        ["v3-h17-williams-flexion-97110"] = new(
            """
            Outpatient PT — Prairie Springs CAH (J. Manalo, PT)
            Pt is a 79 y/o retired wheat farmer c/o B leg heaviness walking from the pickup to the co-op elevator.
            Tx rendered:
            97110 TherEx x 20 mins — Williams flexion exercises: posterior pelvic tilts x 15 w/ 5 s hold; single then double knee-to-chest x 10 each; partial curl-ups x 10; seated trunk flexion stretch 3 x 30 s; squat-to-stand w/ counter support x 10
            Lumbar spinal stenosis w/ neurogenic claudication; walks about 2 blocks before the heaviness starts.
            """,
            ["M48.062"], [PT("97110", 20)], []),

        // 97110: kBox flywheel (isoinertial) squats with inertia and sets, Keiser leg press with load, split-squat isos; L quad weakness after TKA with a floor-rise goal; Keiser power in watts: passes.
        ["v3-h17-kbox-flywheel-97110"] = new(
            """
            Jane | Chart Entry | Strength Session (Medicare) — Ridgeline Sport & Spine
            97110 — 25 min
            kBox flywheel (isoinertial) squats, inertia 0.025 kg·m², 3 x 8 after 2 spin-up reps
            Keiser pneumatic leg press 3 x 10 @ 180 lb, speed focus
            Split-squat isos 3 x 30 s each side
            Target: L quad weakness 7 mo after L TKA — can't get up off the floor after a fall without a chair
            Keiser leg press peak power L 410 W / R 560 W
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 25)], []),

        // OT 97530: errorless learning with vanishing cues and spaced retrieval for a shower routine on a tub bench; memory and sequencing deficit after a thalamic stroke with a shower goal; k of 5 and SBA: passes.
        ["v3-h17-errorless-learning-ot-97530"] = new(
            """
            OT — Prairie Springs CAH
            97530 — 22 min
            Errorless learning w/ vanishing cues + spaced retrieval for the new shower routine: lock the tub-bench legs, swing the legs over, turn the water on from the seated position, hand-held shower on, reverse to get out; rehearsed start to finish on the dry bench, cues faded from full verbal to the first word only
            Problem: memory + sequencing deficit after a L thalamic stroke; goal: shower without her husband standing by
            Recalled the 5-step sequence w/o a cue on 4 of 5 trials (1 of 5 on Monday); SBA for the bench transfer
            """,
            ["I69.311"], [OT("97530", 22)], []),

        // UK physio: incremental VOR adaptation (metronome stepped up to blur) with active head thrusts, "Seen on her own in the vestibular room (1:1)"; L hypofunction with gaze instability; Gaze Stabilization Test °/s; 20 matches: passes.
        ["v3-h17-incremental-vor-gst"] = new(
            """
            Outpatient Physical Therapy Daily Note        Performed On: 03/04/2026 16:00 CST by Pritchard, Sian, PT
            Therapy Timed Minutes
              Neuromuscular Reeducation :   20 Minutes
            Free Text Treatment
              Seen on her own in the vestibular room (1:1).
              Rx: incremental VOR adaptation — X1 viewing w/ the metronome stepped up 10 bpm each set until the letter blurred, yaw then pitch; feet together → semi-tandem; active head thrusts to the L toward a fixed target.
              Imp: L vestibular hypofunction after neuritis — gaze instability w/ leftward head turns, blurs reading shelf labels at the Co-op.
              Outcome: Gaze Stabilization Test yaw L 90°/s, R 150°/s (L 60°/s at IA).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // 97116: Woodway Curve (non-motorized) walking intervals with cues, then overground distances SBA → mod I; push-off, step length and hip hike after total ankle arthroplasty; 10 m walk speed: passes.
        ["v3-h17-woodway-curve-97116"] = new(
            """
            Jane | Chart Entry | Gait Retraining (Medicare) — Ridgeline Sport & Spine
            97116 — 20 min
            Woodway Curve (non-motorized) walking intervals 6 x 60 s w/ cues for R forefoot push-off and a longer L step; then overground 2 x 100 m w/o a device, SBA → mod I
            R total ankle arthroplasty 5 mo: ↓ R push-off, short L step, R hip hike in swing
            10 m walk 0.98 m/s (0.82 m/s at 3 mo)
            """,
            ["Z96.661"], [PT("97116", 20)], []),

        // Dalcroze eurhythmics-based multitask training named and described, one-to-one, dual-task postural control targeted — but not a single number: no objective measure.
        ["v3-h17-dalcroze-no-number"] = new(
            """
            Jane | Chart Entry | Balance — Ridgeline Sport & Spine
            97112 — one-to-one w/ the physio, who played the rhythms on the studio keyboard
            Dalcroze eurhythmics-based multitask training: walking to the beat, changing direction and step length when the rhythm changes, arm gestures and a handheld hoop added on cue, stopping dead on an accent
            Aim: dual-task gait instability — slows and widens her base as soon as she has to think; ↓ postural control when attention is divided
            Kept up with the rhythm changes better by the end.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97110: an Egoscue e-cise menu with holds and reps (15 matches), but no body region, impairment or functional goal anywhere: deficit missing.
        ["v3-h17-egoscue-no-target-97110"] = new(
            """
            Jane | Chart Entry | Follow-Up (Medicare) — Ridgeline Sport & Spine
            97110 — 15 min
            Egoscue e-cise menu: static back 3 x 60 s; air bench against the wall 3 x 45 s; cats and dogs x 12; standing overhead extension x 10; kneeling "frog" 2 x 60 s
            Printed menu reviewed for home.
            """,
            ["M54.50"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // UK physio: "R pronator drift; R Babinski +ve; clonus; ↓ LT R side; MRC 3/5, DF 2/5" state the motor and sensory deficit by their signs; step-standing facilitation, half-kneel rhythmic stabilisation, graded stepping, 1:1; STREAM and step length: passes.
        ["v4-h17-uk-pronator-drift-stream"] = new(
            """
            Outpatient Physical Therapy Daily Note        Performed On: 03/04/2026 11:15 CST by Pritchard, Sian, PT
            Free Text Treatment
              PC: L MCA infarct 10/52.
              O/E: R pronator drift; R Babinski +ve; clonus R ankle 3 beats; ↓ LT R side; R hip flex MRC 3/5, R ankle DF 2/5.
              Rx 1:1 throughout: facilitated weight transfer onto the R in step-standing w/ tapping over R glut max; half-kneel → stand w/ rhythmic stabilisation; stepping to floor targets R leading, step length graded.
              Outcome: STREAM lower-limb subscale 9/20 (6/20 at IA); R step length 38 cm.
            Therapy Timed Minutes
              Neuromuscular Reeducation :   24 Minutes
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Jane: "absent position sense L great toe (0/6), vibration absent …, steps out when she closes her eyes" is the proprioceptive deficit by its signs; wobble cushion EC, visor-occluded textured stepping, foot placement; "Treated individually — no other clients"; Romberg seconds and k of 10: passes.
        ["v4-h17-ms-absent-toe-position-sense"] = new(
            """
            Jane | Chart Entry | Neuro Follow-Up — Ridgeline Sport & Spine
            Treated individually — no other clients in the studio during her session.
            Obj findings today (RRMS): absent position sense L great toe (0/6), vibration absent at the L medial malleolus; sways, then steps out when she closes her eyes; L heel-shin wavers.
            97112 (22 min):
             - eyes-closed weight shifts on a wobble cushion w/ light touch on the plinth, touch weaned
             - barefoot stepping onto textured discs w/ vision occluded by a visor
             - heel-to-shin slides and foot placement onto called floor numbers
            Romberg EC 5 s → 12 s by the last trial; foot placements on the called number 7/10
            """,
            ["R27.0", "R26.89"], [PT("97112", 22)], []),

        // 97110: "Lachman 2+ w/ soft end-feel, pivot shift +, gives way stepping down off the feed-truck running board" is the L knee impairment (chronic ACL deficiency); closed-chain exercises with loads; PowerForm 20 matches: passes.
        ["v4-h17-lachman-acl-deficient-97110"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 10:05 CST by Haugen, Kari, PT
            Therapy Timed Minutes
              Therapeutic Exercise :   20 Minutes
            Free Text
              L knee, chronic ACL deficiency (old ranch-rodeo injury): Lachman 2+ w/ soft end-feel, pivot shift +, gives way stepping down off the feed-truck running board.
              TE: closed-chain TKE w/ band 3 x 15; lateral step-downs off 6" 3 x 10; machine hamstring curls 3 x 12 @ 25 lb; SL leg press 3 x 10 @ 70 lb.
            """,
            ["M23.52"], [PT("97110", 20)], []),

        // 97110: "drop-arm sign +, hornblower's sign +, ER lag sign 30°; active elevation 70° w/ a shrug" is the R shoulder impairment (massive cuff tear); anterior deltoid re-education program with doses; "x 2u (24 mins)" matches: passes.
        ["v4-h17-massive-cuff-drop-arm-97110"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT (A. Villanueva, PT)
            Pt is a 76 y/o male w/ R massive RC tear, non-operative per Dr. Okafor.
            Findings: drop-arm sign +, hornblower's sign +, ER lag sign 30°; active elevation 70° w/ a shoulder shrug
            Tx rendered: anterior deltoid re-education program (supine → inclined): supine flexion w/ 1 lb 3 x 10; supine punches 3 x 12; wedge-incline flexion 2 x 10; teres minor isometrics 10 x 5 s
            CPT 97110 x 2u (24 mins)
            """,
            ["M75.121"], [PT("97110", 24)], []),

        // 97116, UK physio: "marche à petits pas: short shuffling steps on a broad base … start hesitation and freezes in doorways" is the gait impairment (vascular parkinsonism); stripes, counted initiation, doorway course, distances, SBA; 10 m walk time and steps; 18 matches: passes.
        ["v4-h17-petits-pas-97116"] = new(
            """
            Outpatient Physical Therapy Daily Note — Pritchard, Sian, PT
            Free Text Treatment
              O/E: vascular parkinsonism (small-vessel disease) — marche à petits pas: short shuffling steps on a broad base, upright trunk, normal arm swing; start hesitation and freezes in doorways.
              Gait re-education (97116), 18 mins: overground w/ floor stripes for step length and a counted "1-2-go" for initiation; doorway course x 6; 4 x 20 m w/ 4WW → no aid on the last 2; SBA.
              Outcome: 10 m walk 14.1 s, 26 steps (31 steps at IA).
            """,
            ["G21.4", "R26.89"], [PT("97116", 18)], []),

        // 97140: "Tinel's + behind the medial malleolus; numb medial sole; dorsiflexion-eversion test + at 20 s" is the R tarsal tunnel impairment; tibial nerve sliders, talocrural glides with grade/bouts, STM: passes.
        ["v4-h17-tinel-tarsal-tunnel-97140"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Foot & Ankle
            R tarsal tunnel syndrome: Tinel's + behind the medial malleolus; numb medial sole; dorsiflexion-eversion test + at 20 s
            97140 MT — 12 min: tibial nerve sliders (therapist-performed) DF/eversion w/ knee flex/ext 3 x 10; talocrural posterior glides gr III 3 x 30 s; STM flexor retinaculum and abductor hallucis
            Post: DF-eversion test symptom onset at 45 s
            """,
            ["G57.51"], [PT("97140", 12)], []),

        // OT 97110: "crepitus ('squeaks') 4–6 cm proximal to Lister's tubercle with resisted wrist extension, swelling over the crossing" is the R forearm impairment (intersection syndrome); isometrics, graded eccentrics, glides with doses: passes.
        ["v4-h17-intersection-syndrome-ot-97110"] = new(
            """
            OT Hand — Tri-County Ortho
            R intersection syndrome (masters sculler): crepitus ("squeaks") 4–6 cm proximal to Lister's tubercle w/ resisted wrist extension, swelling over the crossing; pain on the feather at the catch
            97110 — 15 min: wrist extension isometrics 10 x 10 s; eccentric wrist extension w/ 1 lb 2 x 12; radial deviation w/ a hammer 2 x 12; thumb extensor glides w/ the wrist neutral 2 x 10
            """,
            ["M65.831"], [OT("97110", 15)], []),

        // PTA 97116: "Waddling (B Trendelenburg) gait from proximal hip weakness … hip abd 3-/5 B" after ICU myopathy is the gait impairment; 4WW distances, rest, cues, CGA → SBA: passes.
        ["v4-h17-waddling-gait-pta-97116"] = new(
            """
            PTA Note — Prairie Springs CAH (co-signed K. Haugen, PT)
            GT 97116 — 15 min
            Waddling (B Trendelenburg) gait from proximal hip weakness after 3 wk in the ICU (critical-illness myopathy); hip abd 3-/5 B
            4WW in the long hallway 3 x 120 ft, cues for a narrower base and an upright trunk; 1 standing rest; CGA → SBA
            """,
            ["G72.81", "M62.81"], [PTA("97116", 15)], []),

        // 97112 whose only target is the patient's goal (walk the CRP grass and the shelterbelt on pheasant opener and not go down): no neuromuscular deficit or system is named; cornstalk step-overs, crash-mat head turns, foam tandem, belt pulls; 1:1; distance and k of 6 present.
        ["v4-h17-97112-pheasant-goal-only"] = new(
            """
            Outpatient PT Daily Note — Prairie Springs CAH — K. Haugen, PT
            97112 — 22 min — 1:1
            Goal per pt: walk the CRP grass and the shelterbelt on pheasant opener with his shotgun and not go down.
            Stepping over cornstalk bundles and a 6" log; walking on a crash mat w/ head turns to spot targets; tandem on foam holding a dummy shotgun; reactive steps to pulls at the belt
            Crash-mat walk 30 ft w/o a hand-hold (15 ft at IE); 5/6 belt pulls recovered w/ one step
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SPRY 97530 "No impairment noted today." with lift/carry/cart tasks, reps and SBA — but no functional goal, region or impairment anywhere: deficit missing.
        ["v4-h17-97530-no-impairment-noted"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT (A. Villanueva, PT)
            No impairment noted today.
            Tx rendered: 97530 TherAct x 20 mins
             - floor-to-waist lift of an 8 lb box w/ proper body mechanics x 8
             - carrying the box 50 ft x 3
             - pushing a loaded cart 100 ft x 2
            Pt was able to do all activities w/ SBA.
            """,
            ["M54.50"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // 97530 whose only number is the Clinical Outcome Variables Scale (COVS 54/91); bed mobility, stand-pivot, toilet and low-mat transfers; L hemiparesis with a home-with-husband goal: passes.
        ["v5-h17-covs-97530"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            97530 — 25 min
            Rolling to the L and supine → sit over the L edge; w/c ↔ bed stand-pivot toward the L; toilet transfer w/ the grab bar; sit-to-stand from a couch-height mat
            L hemiparesis (R MCA, 4 mo); goal: home w/ her husband as the only helper
            COVS (Clinical Outcome Variables Scale) 54/91 (46/91 at IE)
            """,
            ["I69.354"], [PT("97530", 25)], []),

        // 97112 measured by the de Morton Mobility Index (DEMMI 53/100); reaches outside BOS, sit-to-stand onto foam, tandem → SLS, backward walking; anticipatory postural control and ankle strategy after a hospital stay; "seen 1:1 … x 23 mins" matches: passes.
        ["v5-h17-demmi-97112"] = new(
            """
            Outpatient PT Daily Note — Prairie Springs CAH — J. Manalo, PT
            Pt was seen 1:1 for NMR (97112) x 23 mins after a 12-day hospital stay for pneumonia.
            Tx rendered: standing reaches outside BOS in 4 directions to rings on a pole; sit-to-stand onto foam; tandem → SL stance w/ fingertip support fading; backward walking along the wall rail
            Deficit: ↓ anticipatory postural control, lost her ankle strategy during the admission
            DEMMI 53/100 (41/100 at IE)
            """,
            ["R26.81", "R53.81"], [PT("97112", 23)], []),

        // 97110 with exercises named but no sets, reps or loads; the Ito test (prone trunk-extension hold, seconds) is the objective measure; lumbar extensor endurance in a masters rower (the "500 m" is the erg piece): passes.
        ["v5-h17-ito-test-97110-no-doses"] = new(
            """
            Jane | Chart Entry | Medicare Follow-Up — Ridgeline Sport & Spine
            97110 — 20 min
            Hip-hinge drill w/ a dowel; back extensions on the 45° bench; bird dogs; suitcase carries; banded rows at the rig
            For: lumbar extensor endurance deficit — masters rower (71), his back fades by the second 500 m piece on the erg
            Ito test (prone trunk-extension hold) 61 s (38 s at IE)
            """,
            ["M54.50"], [PT("97110", 20)], []),

        // ForceDecks single-leg drop landing "time to stabilization R 1.8 s / L 0.9 s" and k of 10; drop-to-stick, line hops, reaction-ball catches on foam; R ankle stabilization and proprioception after a sprain; "One-on-one, private slot": passes.
        ["v5-h17-forcedecks-landing-97112"] = new(
            """
            Jane | Chart Entry | Return-to-Run NMR (Medicare) — Ridgeline Sport & Spine
            One-on-one, private slot
            97112 — 22 min
            Drop-to-stick landings off a 20 cm box onto the R; lateral line hops w/ a hold; SL balance on a foam pad catching a reaction ball
            R ankle: slow stabilization + ↓ proprioception after a grade II lateral sprain (trail 50K, age 67)
            ForceDecks SL drop landing, time to stabilization R 1.8 s / L 0.9 s; 8/10 line hops held
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // OT 97530 measured by the Allen Cognitive Level Screen (4.4); medication box, grocery list, microwave meal; multistep-task deficit in early vascular dementia with a pills-on-the-farm goal: passes.
        ["v5-h17-allen-cognitive-level-ot-97530"] = new(
            """
            OT — Prairie Springs CAH — 97530 — 24 min
            Medication set-up from 4 bottles into a 7-day box; grocery list written from a recipe card; microwave meal following the package directions
            Problem: early vascular dementia — misses steps and loses her place in multistep tasks; goal: manage her own pills living alone on the farm
            Allen Cognitive Level Screen 4.4 (4.0 at IE)
            """,
            ["F01.50"], [OT("97530", 24)], []),

        // 97112 measured by an MDS-UPDRS III item (3.12 postural stability 2) and k of 10; pulls from behind, counted big steps, hoop turns, forward-lean STS; PD postural reflexes and freezing; "only client in the gym; physio with him throughout": passes.
        ["v5-h17-mds-updrs-item-97112"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            97112 — 25 min. Pt was the only client in the gym; physio with him throughout.
            Backward stepping to pulls from behind; big steps over floor tape to a count; narrow-base turns inside a hula hoop; sit-to-stand w/ a forward-lean cue
            PD (H&Y 3): ↓ postural reflexes, small shuffling backward steps, freezes at the hoop edge
            MDS-UPDRS III item 3.12 (postural stability) 2 (3 at IE); hoop turns w/o a freeze 6/10
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // 97530 measured by timed stair ascent (12 steps in seconds); stair, basket-carry and car-simulator tasks; basement-laundry and choir-loft goal after TKA: passes.
        ["v5-h17-timed-stair-97530"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — PT
            97530 Ther Act — 18 min
            12-step flight reciprocal w/ 1 rail, step-over-step down leading w/ the L; carrying a laundry basket up 4 steps; car transfer in the clinic simulator
            L TKA 8 wk — goal: get down to her basement laundry and up to the church choir loft
            Timed stair ascent (12 steps) 14.9 s (22.6 s at 4 wk)
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 18)], []),

        // The only numbers are miles driven, a highway number, the next appointment's date and the minutes, and progress is in words: no objective measure; rocker EC, compliant-mat head turns, perturbed semi-tandem; bilateral vestibulopathy; 1:1 present.
        ["v5-h17-miles-and-blizzard-no-measure"] = new(
            """
            Outpatient PT Daily Note — Prairie Springs CAH — K. Haugen, PT
            Pt drove 64 miles in from the ranch; Hwy 20 reopened this morning after the blizzard. Next appt 03/11.
            97112 NMR — 20 min — 1:1
            Rocker-board weight shifts w/ EC; stepping on and off a compliant mat while turning her head to name picture cards; semi-tandem w/ light perturbations at the pelvis
            Deficit: ↓ vestibular contribution to balance (bilateral vestibulopathy after gentamicin) — sways and reaches for the wall in the dark
            Less sway today; she reports fewer stumbles in the barn.
            """,
            ["H81.8X3"], [PT("97112", 20)], [At(Measure, "97112")]),

        // "Pt was instructed … trained … taught …" and "able to perform the above with less difficulty compared to last session": no assistance level, repetition or number for 97530; tasks and a driving/dressing goal after fusion present.
        ["v5-h17-able-to-no-number-97530"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — Spine (R. Dizon, PT, PTRP)
            Pt was seen for TherAct (97530).
             - Pt was instructed in log roll and sidelying-to-sit following spinal precautions
             - Pt was trained in getting in and out of the car and picking up objects from the floor w/ a reacher
             - Pt was taught donning socks w/ a sock aid
            Goal: return to driving and dressing w/o his wife's help s/p L4-5 fusion
            Pt was able to perform the above with less difficulty compared to last session.
            """,
            ["Z98.1", "M48.062"], [PT("97530", 22)], [At(Measure, "97530")]),

        // OT hand 97110: exercises named without sets, reps or load, and "Grip: deferred — dynamometer out for calibration": no parameter or number; R wrist stiffness and weak grip after ORIF stated.
        ["v5-h17-grip-deferred-ot-97110"] = new(
            """
            OT Hand — Tri-County Ortho
            97110: tendon glides; wrist AROM flexion/extension and radial/ulnar deviation; putty squeezes; finger abduction against a rubber band
            R distal radius fx, ORIF 8 wk — wrist stiffness and weak grip
            Grip: deferred — dynamometer out for calibration
            """,
            ["S52.571D"], [OT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // PowerForm "Therapy Timed Minutes" block: "Neuromuscular Reeducation : 23 Minutes", "Therapeutic Exercise : 15 Minutes" (both match) and a "Total Timed Code Minutes : 38" that is neither's; one-to-one Yes; both sections complete: passes.
        ["v6-h17-cerner-minutes-rows"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 09:00 CST by Haugen, Kari, PT
            Therapy Timed Minutes
              Neuromuscular Reeducation :   23 Minutes
              Therapeutic Exercise :   15 Minutes
              Total Timed Code Minutes :   38 Minutes
            One-to-One Treatment :   Yes
            Free Text
              NMR: rocker board w/ EC holds; tandem on a 2x4 w/ ball toss; lateral stepping over hurdles to a metronome — for ↓ proprioception B feet (peripheral neuropathy) and slow lateral stepping. Tandem on the 2x4 14 s (6 s at IE).
              TE: sit-to-stand 3 x 10, heel raises 3 x 15, side-lying hip abd w/ 3 lb 2 x 12 — B hip abductor and plantarflexor weakness 4-/5.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Practice Perfect "Time per code: 97140 0905–0917 | 97110 0917–0940": compact 24-hour clock ranges give 12 and 23 minutes (both match); knee mobs with grade/bouts and exercises with doses; flexion degrees after TKA: passes.
        ["v6-h17-compact-clock-ranges"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — PT
            Time per code:   97140  0905–0917   |   97110  0917–0940
            97140: R patellar mobs sup/inf and med/lat gr III 3 x 30 s; tibiofemoral A-P glides in flexion gr III 3 x 30 s; STM quad/ITB
            97110: heel slides w/ strap 2 x 15; quad sets 10 x 10 s; SAQ 3 lb 2 x 15; rocking on the bike to full revolutions x 20
            R TKA 5 wk, slow flexion gains: knee flexion 88° → 97° after MT; extension lag 5°
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12), PT("97110", 23)], []),

        // "Tx time (hrs): Manual .25 · Ther ex .50" is 15 and 30 minutes (both match); lumbar PAs/rotation mob with grades, STM; exercises with doses; L4/5 hypomobility and extensor weakness: passes.
        ["v6-h17-decimal-hours"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            Tx time (hrs): Manual .25 · Ther ex .50
            Manual (97140): L4/5 central PAs gr IV 3 x 30 s; L side-lying rotation mob gr III 3 x 30 s; STM L QL
            Ther ex (97110): prone press-ups 2 x 10; bird dog 2 x 10; bridge w/ march 2 x 8; hip hinge w/ dowel 2 x 10; side plank from the knees 3 x 20 s
            Mechanical LBP: L4/5 hypomobility w/ ↓ lumbar extension; trunk extensor weakness
            """,
            ["M54.50"], [PT("97140", 15), PT("97110", 30)], []),

        // SPRY "Billed: 97110 @ 24 min | 97530 @ 14 min": minutes after "@" beside each code (both match); knee exercises with doses; garden tasks with loads, reps and SBA; UKA quad weakness with a garden goal: passes.
        ["v6-h17-at-sign-minutes"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT
            Billed: 97110 @ 24 min | 97530 @ 14 min
            97110: step-ups 6" 3 x 10; TKE w/ blue band 3 x 15; wall sits 3 x 30 s; SL bridge 2 x 10
            97530: kneeling on a cushion to weed a raised bed (simulated) and standing back up x 5; carrying a 15 lb bag of potting soil 40 ft x 3; down to and up from the floor via half-kneel x 3; SBA
            R medial UKA 9 wk: quad weakness 4-/5, kneeling intolerance; goal: get her garden in by Memorial Day
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24), PT("97530", 14)], []),

        // Canadian "IFC (G0283, unattended) 15 min" is the untimed code's, coded; the one timed code, 97140, says 10 min and matches; unilateral PAs with grade, STM, suboccipital release; rotation degrees: passes.
        ["v6-h17-g0283-coded-beside-97140"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            IFC (G0283, unattended) 15 min to the R upper trap/levator region, pt seated
            97140 — 10 min: R C4/5 unilateral PAs gr III 3 x 30 s; upper trap/levator STM; suboccipital release
            R-sided neck pain; cervical rotation R 52° → 63° after MT
            """,
            ["M54.2"], [PT("G0283", 15), PT("97140", 10)], []),

        // Attended IFC billed as 97032 (timed) has no minutes, 97110 has "20 min" (matches): two timed codes and the note does not give minutes for each: separate time missing; 97110 content complete.
        ["v6-h17-attended-97032-no-minutes"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            Rx:
             - IFC, attended (billed 97032), 4-pole around the R knee, 80–150 Hz sweep, physio adjusting intensity throughout
             - TE 97110 — 20 min: quad sets 10 x 5 s; SAQ 2 lb 2 x 15; step-ups 4" 2 x 10; sit-to-stand 2 x 10
            R knee OA flare: effusion, quad inhibition (lag 10°), pain on stairs
            """,
            ["M17.11"], [PT("97032", 10), PT("97110", 20)], [SepTime]),

        // PowerForm "Therapeutic Exercise : 30 Minutes" against a 22-min 97110 line: mismatch; "Gait Training : 15 Minutes" matches; both sections complete.
        ["v6-h17-cerner-ther-ex-mismatch"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 13:30 CST by Manalo, Jerome, PT
            Therapy Timed Minutes
              Therapeutic Exercise :   30 Minutes
              Gait Training :   15 Minutes
            Free Text
              TE: LAQ 4 lb 3 x 12; standing hip abd/ext 3 lb 2 x 12; mini-squats 2 x 10; heel raises 2 x 15 — B quad/hip weakness after a hospital stay
              GT: RW → SPC, 2 x 200 ft + 1 flight of stairs, SBA; cues for step length — short, shuffling steps
            """,
            ["R26.89", "M62.81"], [PT("97110", 22), PT("97116", 15)], [At(Mismatch, "97110")]),

        // Jane "Time: manual therapy 20 min · ther ex 15 min" against a 12-min 97140 line: mismatch on 97140; ther ex matches; hip distraction/glides with grades and exercises with doses; L hip OA with IR degrees.
        ["v6-h17-jane-manual-mismatch"] = new(
            """
            Jane | Chart Entry | Follow-Up (Medicare) — Ridgeline Sport & Spine
            Time: manual therapy 20 min · ther ex 15 min
            Manual (97140): L hip long-axis distraction gr IV 3 x 30 s; posterior glides in flexion/adduction gr III 3 x 30 s; STM TFL/glute min
            Exercise (97110): 90/90 hip switches 2 x 8; banded hip airplanes 2 x 6; side-lying adductor lifts 2 x 10; half-kneel hip flexor stretch 3 x 30 s
            L hip OA (oldtimers hockey goalie, 72): IR 12°, stiff hip limiting butterfly drops
            """,
            ["M16.12"], [PT("97140", 12), PT("97110", 15)], [At(Mismatch, "97140")]),

        // One timed code: "Gait training x 30 mins" against a 20-min PTA 97116 line: mismatch; RW → SPC, ramp, curb, distances, CGA → SBA; short stance and Trendelenburg after THA: otherwise complete.
        ["v6-h17-one-code-gait-mismatch"] = new(
            """
            PTA Daily Note — Tri-County Ortho (co-sign pending)
            Gait training x 30 mins: RW → SPC on level, ramp and curb; 3 x 150 ft + curb x 4; CGA → SBA; cues for heel-toe and equal step length
            R THA (posterior) 4 wk: short R stance, R Trendelenburg without the device
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // PT/OT co-treat: "PT — 97112 — 20 min" (matches, one-on-one stated) but the OT's 97530 section has no minutes: two timed codes without minutes for each: separate time missing; both sections complete.
        ["v6-h17-cotreat-ot-no-minutes"] = new(
            """
            PT/OT co-treat — Prairie Springs CAH — PT and OT with this pt only
            PT — 97112 — 20 min: manual perturbations standing at the sink, stepping-strategy drills to the L, tandem stance w/ head turns; ↓ L stepping response and postural control after a R MCA stroke; 4/8 lateral pushes recovered w/ one step
            OT — 97530: standing at the sink to brush teeth and comb hair, clothes from the dresser, sit ↔ stand to pull up pants; CGA → SBA; goal: dress and groom at home
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note with 97112, 97110 and an untimed hot pack (97010): DOC_NOTE_MISSING on the two profiled lines and nothing else.
        ["v7-h17-empty-nmr-te-hot-pack"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15), PT("97010", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // CR/LF and a space only, an OT's 97140, no diagnosis sent: missing on 97140 and the diagnosis check.
        ["v7-h17-crlf-ot-97140-no-dx"] = new(
            "\r\n \r\n",
            [], [OT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // A tab alone is empty; attended e-stim 97032 (timed, no documentation profile) and 97530: missing on 97530 only, no separate-time finding on an empty note.
        ["v7-h17-tab-97032-and-97530"] = new(
            "\t",
            ["M62.81"], [PT("97032", 10), PT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97116 whose only target is a functional goal (walk the quarter mile out to check his center pivot in the wheat), which the contract counts; uneven-ground gait with a walking stick, distances, SBA → mod I: passes.
        ["v7-h17-97116-center-pivot-goal"] = new(
            """
            GT 97116 — 20 min: uneven ground behind the hospital (frozen plowed rows, tall grass along the fence line), 3 x 200 ft w/ a walking stick, then without; stepping over a downed fence wire; SBA → mod I
            Goal: walk the quarter mile out to check his center pivot in the wheat.
            """,
            ["R26.89"], [PT("97116", 20)], []),

        // 97530 whose only measure is an assistance level ("min A → CGA"), which the contract counts; recliner, toilet and walk-in-shower transfers; stay-in-her-own-house goal: passes.
        ["v7-h17-97530-assist-levels-only"] = new(
            """
            TA 97530 — 18 min: rising from her recliner, toilet transfer w/ the grab bar, stepping into the walk-in shower over the lip; min A → CGA
            Goal: stay in her own house in town instead of moving to the care center
            """,
            ["M62.81", "R26.89"], [PT("97530", 18)], []),

        // 97140: Maitland-graded thoracic PAs and rib glides with bouts (its parameters), STM; the region (R mid-back, stiff upper thoracic extension) is the target: passes.
        ["v7-h17-97140-maitland-thoracic"] = new(
            """
            MT 97140 — 10 min: T4–T7 central PAs (Maitland gr IV) 3 x 30 s; R 5th–6th rib posterior glides gr III 3 x 30 s; prone STM R rhomboids
            R-sided mid-back pain w/ stiff upper thoracic extension
            """,
            ["M54.6"], [PT("97140", 10)], []),

        // 97140 with techniques and parameters (graded mobs in bouts, IASTM passes, contract-relax, STM) but no body region or impairment anywhere: deficit missing.
        ["v7-h17-97140-no-region"] = new(
            """
            97140 — 12 min: grade III oscillatory mobs 3 x 30 s; IASTM 2 passes; contract-relax x 3; STM
            Pt felt looser after.
            """,
            ["M25.511"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // "Pt was given therapeutic exercises as per POC. Pt tolerated tx well. No adverse reaction noted. Will continue POC.": no exercise, target or number; generic only.
        ["v7-h17-97110-given-ex-generic"] = new(
            "Pt was given therapeutic exercises as per POC. Pt tolerated tx well. No adverse reaction noted. Will continue POC.",
            ["M17.11"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PowerForm rows "Balance Training : Yes", "Coordination Exercises : Yes", "Tolerated well", "Continue plan of care": no technique, deficit or number, generic only, and no one-on-one (20 matches).
        ["v7-h17-97112-cerner-yes-fields-generic"] = new(
            """
            Outpatient PT Daily Note
            Neuromuscular Reeducation Minutes :   20
            Balance Training :   Yes
            Coordination Exercises :   Yes
            Patient Tolerance :   Tolerated well
            Plan :   Continue plan of care
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // PowerForm TKA visit: TE 25 (step-ups, TKE, leg press, wall slides with doses) and MT 10 (patellar and tibiofemoral mobs with grade/bouts), both match; grain-truck goal, flexion/extension degrees and quad grade: passes.
        ["vord-h17-cerner-tka-te-mt"] = new(
            """
            Outpatient PT Daily Note        Performed On: 03/04/2026 07:45 CST by Haugen, Kari, PT
            Therapy Timed Minutes
              Therapeutic Exercise :   25 Minutes
              Manual Therapy :   10 Minutes
            Free Text
              S: Wants to climb into the grain-truck cab by wheat harvest.
              TE: step-ups 8" 3 x 10; TKE w/ band 3 x 15; SL leg press 3 x 10 @ 60 lb; wall slides for flexion 2 x 15
              MT: patellar mobs gr III 3 x 30 s; tibiofemoral posterior glides in flexion gr III 3 x 30 s
              R TKA 9 wk: flexion 104°, extension -3°, quad 4-/5
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25), PT("97140", 10)], []),

        // CAH PTA: GT 97116 15 (RW → 4WW, distances, SBA, cues) and TA 97530 20 (stairwell, covered-dish carry, folding-chair rises, CGA → SBA), both match; hip fracture with the Lutheran church funeral-lunch stairs as the goal: passes.
        ["vord-h17-cah-pta-hip-fx-church-stairs"] = new(
            """
            PTA Note — Prairie Springs CAH (co-signed K. Haugen, PT)
            GT 97116 — 15 min: RW → 4WW in the long hallway 3 x 200 ft, turns at the nurses' station; SBA; cues for a longer R step
            TA 97530 — 20 min: stairwell practice, 14 steps w/ the rail on the L going down; carrying a covered dish in a tote up 4 steps; sit-to-stand from a folding chair x 6; CGA on the stairs → SBA
            R hip fx (IM nail, 10 wk): R hip abd weakness, short R stance; goal: help serve the Lutheran church funeral lunches down the basement stairs
            """,
            ["S72.141D"], [PTA("97116", 15), PTA("97530", 20)], []),

        // UK physio on a PowerForm: NMR 20 ("Rx (1:1)": VOR x1 on a mat, head-turn corridor walking with stops, pivots) and Ex 15 (cervical AROM, chin tucks, scapular setting), both match; R hypofunction and neck stiffness; FGA and rotation degrees: passes.
        ["vord-h17-uk-vestibular-nmr-te"] = new(
            """
            Outpatient Physical Therapy Daily Note        Performed On: 03/04/2026 14:45 CST by Pritchard, Sian, PT
            Therapy Timed Minutes
              Neuromuscular Reeducation :   20 Minutes
              Therapeutic Exercise :   15 Minutes
            Free Text Treatment
              PC: dizziness and imbalance 6/52 after R vestibular neuritis; wants to be back teaching Sunday school.
              Rx (1:1): VOR x1 yaw/pitch standing on a folded mat; corridor walking w/ head turns and sudden stops; pivot turns to a called side.
              Ex: cervical rotation AROM 2 x 10; chin tucks 10 x 5 s; scapular setting 2 x 10 — neck stiff and guarded from holding her head still.
              Imp: R vestibular hypofunction — gaze instability and ↓ postural stability on head turns; cervical stiffness.
              Outcome: FGA 21/30 (16/30 at IA); cervical rotation R 55° → 66°.
            """,
            ["H81.21", "M54.2"], [PT("97112", 20), PT("97110", 15)], []),

        // Philippine-trained PT, numbered "Tx rendered": NMR 97112 x 23 mins (seen 1:1; mirror weight shift, targeted stepping, counter SLS) and TherAct 97530 x 15 mins (chair rises, toilet transfer, cabinet reach, CGA), both match; R LE motor control after CVA with a Sunday-dinner goal; WB % and SLS seconds (the BP is not the measure): passes.
        ["vord-h17-filipino-cva-nmr-ta"] = new(
            """
            Outpatient PT — Prairie Springs CAH (J. Manalo, PT)
            Pt was seen 1:1 for the whole session. BP 138/82 pre-tx.
            Tx rendered:
            1) NMR 97112 x 23 mins — ff: weight shifting onto the R in standing w/ mirror feedback; stepping to floor targets w/ the R; R SLS w/ fingertip support at the counter
            2) TherAct 97530 x 15 mins — sit-to-stand from the dining chair x 10; toilet transfer w/ grab bar x 3; reaching into the upper cabinet w/ the L while standing; CGA
            Impairments: ↓ R LE motor control and weight bearing (L MCA CVA 3 mo); goal: help cook Sunday dinner at her daughter's
            Measures: R WB 40% BW on 2 scales; R SLS 3 s
            """,
            ["I69.351"], [PT("97112", 23), PT("97530", 15)], []),

        // Canadian physio SOAP: MT 97140 (10 min: SIJ gapping mob with grade, MET contractions, STM) and TE 97110 (18 min: clams, bridges, hip abd, bird dog with doses), both match; R SIJ pain with provocation tests and abductor weakness: passes.
        ["vord-h17-canadian-sij-mt-te"] = new(
            """
            Physio note — Prairie Springs CAH (N. Dubé, PT)
            S: R buttock pain since helping move round bales; worse rolling in bed.
            O: R SIJ provocation 3/5 + (thigh thrust, compression, sacral thrust); R glute med 4-/5; ASLR heavier on the R
            Rx: MT 97140 (10 min) — R SIJ gapping mob in side-lying gr III 3 x 30 s, MET for R anterior innominate 3 x 5 s contractions x 3, STM R glute med/piriformis; TE 97110 (18 min) — side-lying clam w/ band 3 x 12, bridge w/ ball squeeze 3 x 10, side-lying hip abd 2 x 12, bird dog 2 x 10
            Ax: R SIJ pain w/ ↓ lumbopelvic control and R hip abductor weakness; settling.
            """,
            ["M53.3"], [PT("97140", 10), PT("97110", 18)], []),

        // CAH OT, COPD: 97530 23 (bed making, dryer, tub-bench shower simulation; SBA, rests) and 97110 15 (UE weights and band with doses), both match; activity tolerance and UE endurance with a housework goal: passes.
        ["vord-h17-cah-ot-copd-ta-te"] = new(
            """
            OT — Prairie Springs CAH
            97530 — 23 min: making the bed w/ pursed-lip breathing and a seated rest between sides; unloading the dryer into a basket on the counter; shower simulation on the tub bench w/ the hand-held; SBA, 1 rest per task
            97110 — 15 min: B shoulder flex/abd w/ 2 lb 2 x 10 timed to exhale; band rows 2 x 12; seated marching 2 x 15
            COPD on 2 L O2: ↓ activity tolerance and B UE endurance; goal: do her own housework between her son's visits
            """,
            ["J44.9"], [OT("97530", 23), OT("97110", 15)], []),

        // Jane curler: 97530 15 (curling-delivery rehearsal on a slider board, floor rises; SBA and counts) and 97110 20 (split squats, box squats, leg press, step-downs with loads), both match; R knee OA with a league goal: passes.
        ["vord-h17-jane-curler-ta-te"] = new(
            """
            Jane | Chart Entry | Follow-Up (Medicare) — Ridgeline Sport & Spine
            97530 — 15 min: curling-delivery rehearsal on the slider board — lunge into the slide on the L, hold the delivery position using the broom for support, push back up to stand; getting up off the "ice" (floor mat) via half-kneel; SBA; 6 deliveries, 3 floor rises
            97110 — 20 min: split squat to a pad 3 x 8; box squat holding a 12 kg kettlebell 3 x 8; SL leg press 3 x 10 @ 90 lb; step-downs off 6" 3 x 8
            R knee OA (70): quad 4/5, deep flexion 120°; goal: throw lead stones for his Tuesday night league
            """,
            ["M17.11"], [PT("97530", 15), PT("97110", 20)], []),

        // Jane proximal hamstring: 97110 (20 min: isometric bridge, hip thrust, slider curls, back extensions with loads) and 97140 (10 min: STM/pin-and-stretch in rounds, sciatic slider x 10), both match; tendinopathy with NordBord force: passes.
        ["vord-h17-jane-proximal-hamstring-te-mt"] = new(
            """
            Jane | Chart Entry | Proximal Hamstring — Ridgeline Sport & Spine
            97110 (20 min): long-lever bridge isometric 5 x 30 s; hip thrust 3 x 8 @ 40 kg; eccentric slider leg curls 3 x 6; 45° back extension 3 x 10
            97140 (10 min): STM + pin-and-stretch L proximal hamstring/adductor magnus, 3 rounds; L sciatic slider (therapist-performed) x 10
            L proximal hamstring tendinopathy (masters 800 m runner, 69): pain on sitting, ↓ eccentric strength
            NordBord peak eccentric force L 210 N / R 265 N
            """,
            ["M76.892"], [PT("97110", 20), PT("97140", 10)], []),

        // Jane gravel cyclist: 97112 20 ("One-on-one (private booking)"; half-roller SLS, unclip-and-step drills on the trainer, step-down-to-catch) and 97110 18 (loaded leg work), both match; L knee proprioception and stepping reaction after TKA; seconds and k of 10: passes.
        ["vord-h17-jane-gravel-cyclist-nmr-te"] = new(
            """
            Jane | Chart Entry | Medicare Follow-Up — Ridgeline Sport & Spine
            One-on-one (private booking)
            97112 — 20 min: SL stance on a half foam roller w/ ball taps; on his bike on the trainer, unclip-and-step-down drills to each side on a called cue; step-down-to-catch from 6"
            97110 — 18 min: SL leg press 3 x 10 @ 55 kg; step-ups 3 x 10 holding 8 kg; wall sit 3 x 40 s
            L TKA 6 mo (gravel cyclist, 71): ↓ L knee proprioception + slow L stepping reaction when unclipping; L quad 4/5
            SL stance L on the half roller 11 s (R 28 s); unclip-and-step 9/10 w/o a stumble
            """,
            ["Z96.652"], [PT("97112", 20), PT("97110", 18)], []),

        // Practice Perfect PTA, rTSA: 97110 TE 23 (AAROM, deltoid presses and isometrics, band, slides with doses) and 97140 MT 10 (scapular mobs with grade, PROM within protocol), both match; PROM degrees and deltoid grade: passes.
        ["vord-h17-pp-rtsa-pta-te-mt"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — PTA (S. Kowalczyk, PTA)
            97110 TE 23 min: supine AAROM flexion w/ wand 2 x 15; supine deltoid presses 1 lb 3 x 10; deltoid isometrics in 3 directions 10 x 5 s; scapular retraction w/ band 2 x 15; table slides 2 x 15
            97140 MT 10 min: scapular mobs in side-lying gr II–III 3 x 30 s; R GH PROM into flexion and scaption within protocol limits 3 x 10
            R rTSA 7 wk (Dr. Okafor protocol, phase II): PROM flexion 130°, deltoid 3+/5
            """,
            ["Z96.611", "Z47.1"], [PTA("97110", 23), PTA("97140", 10)], []),

        // SPRY, three timed codes each with "CPT … — N min" (10, 20, 10, all match) after TKA with MUA: mobs with grades, flexion exercises with doses, SPC gait with distance, stairs and SBA; flexion degrees and antalgic gait: passes.
        ["vord-h17-spry-post-mua-three-codes"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT
            R TKA w/ MUA 2 wk ago (Dr. Halvorsen): flexion 95° → 104° after MT; ext -4°; antalgic R gait w/ ↓ knee flexion in swing
            CPT 97140 — 10 min: patellar mobs gr III–IV 3 x 30 s; tib-fem A-P glides in flexion gr III 3 x 30 s
            CPT 97110 — 20 min: heel slides w/ strap 2 x 20; seated knee flexion overpressure 10 x 10 s; step-ups 6" 2 x 12; quad sets 10 x 10 s
            CPT 97116 — 10 min: SPC w/ heel-toe and knee-flexion cues, 3 x 100 ft + 1 flight step-over-step; SBA
            """,
            ["Z96.651", "M25.661"], [PT("97140", 10), PT("97110", 20), PT("97116", 10)], []),

        // Practice Perfect spine, ACDF: 97110 x 20 mins (DNF holds, Y/T, rows, wall angels with doses) and 97140 x 10 mins (upper thoracic PAs with grade, STM, suboccipital release), both match; rotation degrees and DNF endurance: passes.
        ["vord-h17-pp-acdf-te-mt"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Spine (R. Dizon, PT, PTRP)
            C5-6 ACDF 10 wk — collar off per Dr. Brandvold.
            97110 x 20 mins: DNF chin-nod holds 10 x 10 s; prone scapular Y/T 2 x 10; band rows 3 x 12; wall angels 2 x 10
            97140 x 10 mins: upper thoracic PAs gr III 3 x 30 s (T1–T4); STM upper trap/levator B; suboccipital release
            Findings: ↓ cervical rotation (R 50° / L 48°), DNF endurance 12 s, forward head posture
            """,
            ["Z98.1", "M54.2"], [PT("97110", 20), PT("97140", 10)], []),

        // SPRY, Philippine-trained PT: "Tx rendered: 97110 x 25 mins" with a bulleted exercise list with loads and reps; L quad weakness after meniscectomy; "cont POC" after complete content does not make it generic: passes.
        ["vord-h17-spry-meniscectomy-te"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT (A. Villanueva, PT)
            Pt was seen for TE. Pt denies pain at rest, 3/10 on stairs.
            Tx rendered: 97110 x 25 mins
             - SAQ w/ 3 lb 3 x 15
             - SLR 3 x 10
             - standing hamstring curls 3 lb 3 x 12
             - mini-squats 3 x 10
             - calf raises 3 x 15
            Assessment: L quad weakness 4-/5 s/p L partial medial meniscectomy (6 wk); pt able to do all ex w/ good form.
            Plan: cont POC, progress wt.
            """,
            ["S83.242D"], [PT("97110", 25)], []),

        // OT hand, distal radius ORIF: 97140 10 (distraction, glides, DRUJ glides, scar mobilization with grade/bouts) and 97110 15 (wrist and forearm exercises with loads and reps), both match; wrist ROM and grip kg: passes.
        ["vord-h17-ot-distal-radius-mt-te"] = new(
            """
            OT Hand — Tri-County Ortho — L distal radius fx, ORIF 7 wk
            97140 — 10 min: radiocarpal distraction + dorsal/volar glides gr III 3 x 30 s; distal radioulnar glides for supination 3 x 30 s; volar scar mobilization 3 x 30 s
            97110 — 15 min: wrist flex/ext w/ 1 lb 2 x 12; supination/pronation w/ a hammer 2 x 12; putty grip 2 x 15; tendon glides 10 each
            L wrist stiffness: ext 40°, supination 55°; grip L 12 kg / R 28 kg
            """,
            ["S52.572D"], [OT("97140", 10), OT("97110", 15)], []),

        // CAH PD visit: NMR 97112 22 (1:1; metronome initiation, pulls, quadrant turns, dual-task walking) and GT 97116 15 (laser cane and stripes through a doorway course, distances, SBA), both match; festination, freezing, postural responses; freeze counts, pull test, step length: passes.
        ["vord-h17-cah-pd-nmr-gt"] = new(
            """
            Outpatient PT Daily Note — Prairie Springs CAH — K. Haugen, PT
            NMR 97112 — 22 min — 1:1: step initiation to a metronome; backward and sideways stepping to pulls; turning in place on floor quadrants; dual-task walking w/ a word list
            GT 97116 — 15 min: laser cane + floor stripes through the doorway course, 4 x 100 ft; SBA; cues for big steps
            PD: festinating gait, freezing at doorways, ↓ reactive postural responses
            Doorway freezes 1/8 (5/8 at IE); pull test 2 steps; step length 48 cm
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 15)], []),

        // CAH, transmetatarsal amputation: GT 97116 x 15 mins (toe filler and rocker sole, SPC distances, stairs, SBA) and TE 97110 x 20 mins (ankle/hip exercises with doses), both match; short stance, push-off and weakness: passes.
        ["vord-h17-cah-tma-gt-te"] = new(
            """
            Outpatient PT — Prairie Springs CAH (J. Manalo, PT)
            GT 97116 x 15 mins: R TMA w/ toe filler + rocker-sole shoe; amb w/ SPC 3 x 150 ft + 1 flight of stairs; SBA; cues for R stance time and heel-to-toe roll-over
            TE 97110 x 20 mins: R ankle DF/PF w/ band 2 x 15; seated heel raises 2 x 15; standing hip abd 2 lb 2 x 12; SLR 2 x 10
            R transmetatarsal amputation (DM) 4 mo: short R stance, ↓ push-off, R plantarflexor/hip abductor weakness
            """,
            ["Z89.431", "E11.51"], [PT("97116", 15), PT("97110", 20)], []),

        // Practice Perfect spine, laminectomy: 97110 TE 15 (bracing, bridges, bird dog, rows with doses) and 97530 TA 23 (hinge lift, carry, weighted broom with SBA), both match; extensor weakness with a housework goal: passes.
        ["vord-h17-pp-laminectomy-te-ta"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Spine
            97110 TE 15 min: TrA bracing w/ heel slides 2 x 12; bridges 2 x 12; bird dog 2 x 10; standing rows w/ green band 2 x 15
            97530 TA 23 min: lifting a 10 lb grocery bag from a low shelf w/ a hip hinge x 8; carrying it 50 ft x 2; vacuuming simulation w/ a weighted push broom 2 laps; SBA
            L4-5 laminectomy 8 wk: trunk/hip extensor weakness, ↓ standing tolerance; goal: do his own housework and grocery shopping
            """,
            ["Z98.890", "M48.062"], [PT("97110", 15), PT("97530", 23)], []),

        // Practice Perfect foot and ankle: 97112 (20, "1:1 w/ PT"; pad SLS with head turns, foam-beam heel-toe, rocker step-ups) for rearfoot proprioception and ankle strategy after calcaneal ORIF; seconds and steps: passes.
        ["vord-h17-pp-calcaneal-nmr"] = new(
            """
            Practice Perfect | Tx Note | Tri-County Ortho — Foot & Ankle
            97112 NMR — 20 min — 1:1 w/ PT
             - SL stance on a balance pad w/ head turns
             - heel-toe walking on a foam beam
             - lateral step-ups onto a rocker board, hold 5 s
            L rearfoot proprioceptive deficit + delayed ankle strategy after L calcaneal ORIF (16 wk)
            SL stance L on the pad 14 s (R 30 s); foam-beam heel-toe 10 steps w/o a step-off
            """,
            ["S92.002D"], [PT("97112", 20)], []),

        // Jane 97110 for a doubles tennis player: cuff and scapular exercises with loads and sets; R cuff tendinopathy with painful arc and ER grade; 23 matches: passes.
        ["vord-h17-jane-tennis-cuff-te"] = new(
            """
            Jane | Chart Entry | Shoulder (Medicare) — Ridgeline Sport & Spine
            97110 — 23 min: side-lying ER 3 x 10 @ 2 kg; prone horizontal abduction, thumb up, 3 x 10 @ 1 kg; half-kneel landmine press 3 x 8; cable ER at 90° abduction 3 x 12
            R rotator cuff tendinopathy (doubles tennis, 70): painful arc 90–120°, ER 4-/5
            """,
            ["M75.81"], [PT("97110", 23)], []),

        // CAH PTA 97110: knee exercises with doses; B knee OA quad weakness with a polka-at-the-Czech-hall goal: passes.
        ["vord-h17-cah-pta-polka-te"] = new(
            """
            PTA Note — Prairie Springs CAH (co-signed J. Manalo, PT)
            97110 — 20 min: step-ups 4" 2 x 10; TKE w/ band 3 x 15; side-stepping w/ a band at the ankles 3 x 20 ft; sit-to-stand from 17" 3 x 10
            B knee OA, quad weakness 4-/5 B; goal: polka at the Czech hall dance in Wilber in June
            """,
            ["M17.0"], [PTA("97110", 20)], []),

        // "Pt was given TE and TA as per POC. Pt tolerated tx w/o c/o. TE x 15 mins, TA x 15 mins.": minutes match, but no exercise, activity, target or number for either code: generic only on both.
        ["vord-h17-filipino-given-te-ta-generic"] = new(
            "Pt was given TE and TA as per POC. Pt tolerated tx w/o c/o. TE x 15 mins, TA x 15 mins. Will continue.",
            ["M62.81"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Complete Jane 97110 (loaded squats, step-downs, RDLs, carries; hip abductor/extensor weakness with a stair hip drop) sent with no diagnosis (the cash practice's habit).
        ["vord-h17-jane-no-dx"] = new(
            """
            Jane | Chart Entry | Medicare Follow-Up — Ridgeline Sport & Spine
            97110 — 20 min: box squat holding a 12 kg kettlebell 3 x 8; step-downs off 8" 3 x 10; SL RDL 3 x 8 @ 8 kg; farmer carry 3 x 30 m @ 16 kg
            R hip abductor/extensor weakness w/ a hip drop going down stairs (67, trail hiker)
            """,
            [], [PT("97110", 20)], [Dx]),

        // Complete Jane 97140 (knee glides with grade/bouts, STM; R knee OA with flexion degrees) whose diagnosis column holds a SNOMED CT concept id (239873007), not an ICD-10-CM code.
        ["vord-h17-jane-snomed-dx"] = new(
            """
            Jane | Chart Entry | Knee — Ridgeline Sport & Spine
            97140 — 12 min: R tibiofemoral A-P glides in flexion gr III 3 x 30 s; patellar medial glides gr III 3 x 30 s; STM R VMO/lateral retinaculum
            R knee OA: flexion 112°, stiff kneeling to garden
            """,
            ["239873007"], [PT("97140", 12)], [Dx]),

        // SPRY "CPT 97112 — 2 units — 23 min | CPT 97110 — 1 unit — 15 min" (both match), NMR and TE complete (Airex toss, foam beam, hurdle perturbations; ankle proprioception after ORIF; seconds / doses and weakness) — but nothing says one-on-one.
        ["vord-h17-spry-nmr-te-no-one-on-one"] = new(
            """
            SPRY | Daily Note | Tri-County Ortho — PT
            CPT 97112 — 2 units — 23 min | CPT 97110 — 1 unit — 15 min
            97112: SL stance on Airex w/ ball toss; tandem walking on a foam beam; lateral hurdle steps w/ pelvic perturbations — R ankle proprioceptive loss + slow ankle strategy after R bimalleolar ORIF; SL Airex R 8 s (L 25 s)
            97110: SL heel raises 3 x 10; band eversion/inversion 3 x 15; step-downs 4" 3 x 10 — R plantarflexor/evertor weakness 4-/5
            """,
            ["S82.841D"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // PT/OT co-treat: "PT — 97110 — 15 min" matches, "OT — 97530 — 30 min" against a 20-min OT line: mismatch on 97530; both sections complete.
        ["vord-h17-cah-cotreat-ot-mismatch"] = new(
            """
            PT/OT co-treat — Prairie Springs CAH
            PT — 97110 — 15 min: sit-to-stand from 18" 3 x 10; standing hip abd 2 lb 2 x 12; heel raises 2 x 15 — B hip/calf weakness after a long hospital stay
            OT — 97530 — 30 min: toileting w/ the grab bar, clothing management in standing, tub-bench transfer x 3; min A → CGA; goal: toilet and bathe at home w/o her daughter lifting
            """,
            ["R53.81", "M62.81"], [PT("97110", 15), OT("97530", 20)], [At(Mismatch, "97530")]),

        // Jane "Treatment: 40 min combined exercise + manual" and no minutes by code: separate time missing (no mismatch — the total is neither's); exercises with loads, glides with grades; R shoulder capsule and scapular weakness with IR degrees.
        ["vord-h17-jane-session-total-only"] = new(
            """
            Jane | Chart Entry | Follow-Up (Medicare) — Ridgeline Sport & Spine
            Treatment: 40 min combined exercise + manual
            Exercise (97110): incline push-ups 3 x 10; half-kneel cable row 3 x 10 @ 20 kg; ER at 90/90 w/ band 3 x 12; wall slides w/ lift-off 2 x 10
            Manual (97140): R GH posterior glides gr III 3 x 30 s; T4–T6 PAs gr IV 3 x 30 s; STM R pec minor
            R shoulder: posterior capsule tightness and scapular upward-rotator weakness after a fall on the ice (IR 35°)
            """,
            ["M25.611"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // CAH PTA 97116 "from the therapy gym down to the cafeteria and back" with cues, deviations and an assisted-living goal — but no distance, assistance level or other number: no measure.
        ["vord-h17-cah-gait-to-cafeteria-no-number"] = new(
            """
            PTA Note — Prairie Springs CAH
            GT 97116 — 15 min: walked w/ the RW from the therapy gym down to the cafeteria and back; cues to stay inside the walker and lift her feet
            L foot scuffing and a flexed trunk; goal: walk to the dining room at the assisted-living place without the wheelchair
            """,
            ["R26.89"], [PTA("97116", 15)], [At(Measure, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
