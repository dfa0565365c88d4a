using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of surgeon-owned and hospital-owned outpatient practices whose Medicare caseload is
/// mostly post-operative orthopaedics — total knee (with a Mako knee, a medial and a lateral partial knee, staged
/// bilateral knees and a manipulation under anaesthesia for arthrofibrosis), total hip by the anterior and the
/// posterior approach with their precautions, hip hemiarthroplasty, a Gamma nail, a cephalomedullary nail and a
/// sliding hip screw after hip fractures, reverse total shoulder, rotator cuff repair with a biceps tenodesis,
/// bimalleolar, trimalleolar and Weber B ankle ORIF with a syndesmotic TightRope, L4–5 laminectomy, TLIF, XLIF
/// with posterior fixation and a long posterior fusion — billing 97110, 97112, 97530, 97140 and 97116 alone and
/// together, about three in five ordinary and complete (60 of 99), from five employers:
/// <list type="number">
/// <item>a surgeon-owned practice in the Inland Northwest ("INOA Physical Therapy": Spokane Valley, Liberty Lake,
/// South Hill, North Spokane / Wandermere, Cheney, Coeur d'Alene, Post Falls) whose header carries the surgeon, the
/// pathway, "Wk 4 / POD 27", the protocol phase and the weight-bearing status, with incision and calf checks
/// (Aquacel off, Homans' negative, stroke-test effusion), a Kinetec CPM and Polar Care at home, and a "Billing:"
/// line written "97110=23m", "TE 97110 · 20 min | MT 97140 · 10 min" or "Timed 38 = TE 23 + MT 15"; drift boats,
/// the Centennial Trail, a lake dock, Rathdrum, Fish Lake;</item>
/// <item>a hospital system's outpatient rehabilitation in the Tulsa area ("Green Country Medical Center":
/// Owasso, Broken Arrow, Jenks, Bixby, Sand Springs, Tulsa Midtown) printing Epic-style flowsheets ("Row Name |
/// 03/04/26 0815", "Ther Ex Minutes", "NMR Measure", "Gait Training Detail"), "Delivery &lt;x&gt; Individual
/// &lt; &gt; Concurrent &lt; &gt; Group", "One-on-one  Yes: X  No: __", an e-signature line;</item>
/// <item>a surgeon-owned joint and spine group in West Michigan ("WMBJ Rehab Services": Grand Rapids / Knapp's
/// Corner, Kentwood, Grandville, Hudsonville, Rockford, Wyoming) charting CC / ROM / Tx / Resp / Plan, "Time: 23
/// min → 97110 · 15 min → 97112", a Thursday new-knee class, a Y|N technique column, dotted impairment rows with
/// [yes] / [no], a printed assistance scale left blank; Meijer, Tulip Time, snowblowers;</item>
/// <item>a hospital-owned therapy department on the South Plains ("Caprock Regional Health": Lubbock, Levelland,
/// Plainview, Amarillo, Slaton, Wolfforth) dictating narrative notes with spelled-out minutes and spoken codes
/// ("ninety-seven five-thirty, twenty-two minutes"), RUSI biofeedback, surface EMG in microvolts, a "Face-to-face
/// time" on a one-code OT visit; cotton farmers, a gin, cattle, pickups, Dairy Queen;</item>
/// <item>a surgeon-owned bone-and-joint group in north Louisiana ("RRBJ PT": Shreveport, Bossier City, Minden,
/// Natchitoches, Benton, Haughton) in terse dash-list shorthand ("s/p L rTSA · wk 10 · sling d/c'd wk 6"),
/// "Group tx (no)  Individual tx (yes)", a Wednesday knee class, a PT/OT co-treat; Barksdale, a bass boat, a
/// trotline, a deer stand.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h55-…): one-on-one in everyday words ("DPT with this pt alone the entire block (no handoff to
/// the rehab tech)", "seen one-on-one in the post-op room; the gym's joint class was run by another PT", "me + pt
/// only in the back treatment room, hands-on throughout", "I treated no one else during this block"), notes that
/// negate it (a new-knee class of five, ranging another post-op shoulder on the next plinth, a balance station the
/// rehab tech supervised during an evaluation) or never state it (a dictated two-code note after an MUA, "manual
/// perturbations by PT"), and a PTA's 97116 in a shared hallway, which has no one-on-one check;</item>
/// <item>class 2 (v2-h55-…): template states: &lt;x&gt; against Individual, "Yes: X  No: __" and "Yes: __  No: X",
/// "Supervision: direct — not one-on-one", a Y|N technique column all N, dotted impairment rows all [no], a blank
/// printed assistance scale and distance, blank goniometry fields, "(no)" / "(yes)" after Group and Individual,
/// dotted manual-technique rows marked Y / N;</item>
/// <item>class 3 (v3-h55-…): named protocols and programmes as techniques (DeLorme PRE, RUSI multifidus retraining
/// with a pressure-biofeedback cuff, Neer Phase II, Vodder manual lymph drainage, Nordic walking poles, the
/// Fitzgerald / Delaware perturbation programme, Back School lifting), one in a class, a Williams flexion programme
/// with no number and a perturbation programme with no deficit;</item>
/// <item>class 4 (v4-h55-…): deficits stated as post-operative findings (a 15° quad lag, an extensor lag from
/// active and passive extension, a positive shrug sign after a reverse shoulder, Kibler scapular dyskinesis, a
/// compensated Trendelenburg, L5 hypoesthesia with great-toe JPS, delayed peroneal response with a JPS error, an
/// OT's reach findings after a reverse shoulder), a 97112 whose screen finds no deficit and a 97112 whose only
/// deficit is knee stiffness;</item>
/// <item>class 5 (v5-h55-…): measures in their usual forms ("ext −5 / flex 104", HHD with a limb symmetry index,
/// cadence in steps/min with step length, a 12-step stair climb in seconds, a step test "7 in 15 s", flexion PROM
/// before and after mobilisation) and notes with none ("see flowsheet", "knee bending better", protocol days, weeks
/// and a handout number, a gait note with no distance or level);</item>
/// <item>class 6 (v6-h55-…): minutes in their usual forms (an equation of the timed total, Epic "… Minutes" rows,
/// minutes before the code with an arrow, spoken codes with spelled-out minutes, "97110=23m"), true mismatches (the
/// equation's TE, "Face-to-face time" on a one-code OT visit, the OT's minutes in a PT/OT co-treat) and truly
/// missing separate time (a total only, minutes rows for two codes of three);</item>
/// <item>class 7 (v7-h55-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (an ankle programme with doses), 97530 (a car transfer within hip
/// precautions), 97140 (glenohumeral glides with a PROM change) and 97116 (touch-down weight bearing in a CAM boot),
/// and wholly generic 97110, 97112 (with a header and an e-signature), 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h55-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, the surgical CPT code 27447 in the
/// diagnosis field, a generic two-code note with a total, a three-code note that never says one-on-one, "manual
/// therapy to the right knee" with no technique, a 97530 with no number or level, a one-code gait note whose
/// minutes differ from the line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact.
/// Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number and the deficit check only on a neuromuscular deficit; for the other codes a dose (sets,
/// repetitions, load, hold, bouts, grade with bouts, distance, assistance level) is a measure and a body region,
/// impairment or functional goal is a deficit. Numbers that are not minutes of a code or measures (ages, post-op
/// days and weeks, protocol phases and weeks, dates, clock times in a flowsheet's header, spinal levels, lifting
/// limits, CPM settings, an aspirin dose, step heights, a handout number, a cadence in steps/min) are read as what
/// they are; no note states minutes of an activity, a rest, a test or a device (CPM and cryotherapy are named
/// without minutes). Cases a careful reviewer could argue either way were left out: a content gap in one section of
/// a multi-code note, generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's
/// measure, self-rated or patient-reported scores as the only number, "gait training" or therapist PROM as the only
/// technique, a weight-bearing percentage as the only measure, minute ranges and approximate minutes, codes without
/// a documentation profile (modalities, self-care training), and diagnosis codes whose form is in doubt.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 93 of 99 cases agree (98 needed), and 3 of the 60 notes the reviewer passes got a finding, on the
/// analyzer of 452469f (the start of the 2026-12-05 seventh session) — its first run: nothing had changed before it, so this
/// is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with read-only reviews of the readings): 99 of 99, no false
/// positive — post-operative orthopaedics in surgeon- and hospital-owned practices: "<x> Individual" flowsheet rows,
/// "Seen one-on-one …; the class was run by another PT", a "Technique  Y|N" column, "Deficit: L knee dynamic stability
/// / quad-ham co-activation timing", "15 min → 97112 · 15 min → 97110". New examples in NotesAsWrittenTests "fifty-
/// third-to-fifty-seventh-sets", the reviews' controls in "review-of-the-fifty-third-to-fifty-seventh".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftyFifthTests(ITestOutputHelper output)
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

        // Surgeon-owned TKA wk 4 "DPT with this pt alone the entire block (no handoff to the rehab tech)"; tilt board, cup walking, SLS taps; quad recruitment + knee JPS; SLS seconds and buckles k of 10: passes.
        ["v1-h55-spokanevalley-this-pt-alone-no-tech-handoff"] = new(
            """
            INOA PHYSICAL THERAPY — Spokane Valley
            Surgeon: Dr. Rasmussen · R TKA (Mako) · Wk 4 / POD 27 · Phase II · WBAT, SPC outdoors
            Incision well approximated, Aquacel off POD 7, no drainage; calf soft, non-tender
            97112 — 16 min — DPT with this pt alone the entire block (no handoff to the rehab tech)
              Tilt-board A/P weight shifts w/ R knee soft-flexed; cup walking (6 cups) leading w/ the R; R SLS on a folded mat w/ 4-way toe taps
              Target: delayed R quad recruitment at loading response + ↓ R knee joint position sense (knee buckles on early stance)
              R SLS 6 s (2 s at wk 2); buckling on cup walk 3 of 10 passes
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 16)], []),

        // Hospital THA posterior approach wk 5: "Seen one-on-one in the post-op room; the gym's 0900 joint class was run by another PT and this pt was not part of it"; NMR 15 and TE 23 match; both complete: passes.
        ["v1-h55-owasso-post-op-room-not-in-class"] = new(
            """
            GREEN COUNTRY MEDICAL CENTER · OUTPATIENT REHAB · OWASSO
            L THA, posterior approach (Dr. Haskell) — 5 wk post-op — posterior precautions through wk 6: no hip flexion past 90°, no IR past neutral, no adduction past midline
            Seen one-on-one in the post-op room; the gym's 0900 joint class was run by another PT and this pt was not part of it.
            97112 Neuromuscular Re-ed — 15 min: lateral weight shifts onto the L on a rocker board; L SLS w/ R foot taps to 3 cones; manual perturbations at the pelvis in staggered stance. For L hip abductor motor recruitment + lateral postural control (pelvic drop on L stance). L SLS 5 s; Berg 47/56.
            97110 Ther Ex — 23 min: sidelying L hip abd 3 x 10; bridges 3 x 12; standing hip ext w/ yellow band 3 x 10; mini-squats w/ RW support 2 x 10 — L hip abductor/extensor weakness 3+/5.
            """,
            ["Z96.642", "Z47.1"], [PT("97112", 15), PT("97110", 23)], []),

        // PTA ankle ORIF wk 9 "NMR (18 min) — me + pt only in the back treatment room, hands-on throughout"; BAPS, half foam roll SLS, clock reaches; late peroneal response + proprioception; SLS seconds: passes.
        ["v1-h55-grandville-pta-me-and-pt-only"] = new(
            """
            WMBJ Rehab Services — Grandville · PTA daily note
            Dr. Kooistra · R bimalleolar ankle ORIF + syndesmotic TightRope · 9 wk · CAM boot d/c'd wk 8 · FWB in shoe
            CC: ankle "rolls" on the gravel drive to the mailbox
            ROM: R DF 8° (knee ext), PF 38°
            Tx: NMR (18 min) — me + pt only in the back treatment room, hands-on throughout: BAPS lvl 3 CW/CCW x 20 in standing; R SLS on a half foam roll; clock reaches in R stance, 3 directions x 5
            Resp: late peroneal response to inversion tilt + ↓ R ankle proprioception; R SLS firm 12 s (L 30 s)
            Plan: add lateral hops at wk 12 per protocol
            """,
            ["S82.841D"], [PTA("97112", 18)], []),

        // Reverse shoulder wk 10 "I treated no one else during this block; pt on the mat w/ me the whole time"; rhythmic stab, CKC shifts, deltoid-driven elevation; deltoid/scapular motor control; degrees and k of 10: passes.
        ["v1-h55-bossier-treated-no-one-else"] = new(
            """
            RRBJ PT — Bossier City
            s/p L rTSA (Dr. Thibodeaux) · wk 10 · sling d/c'd wk 6 · no IR behind back / no combined ext-add-IR till wk 12
            NMR 97112 – 20 min. I treated no one else during this block; pt on the mat w/ me the whole time.
            – rhythmic stab @ 90° flex supine → 100° sitting, manual, 3 x 30 s
            – CKC wt shift on a Swiss ball at the wall, 4 directions x 10
            – deltoid-driven elevation drills w/ tactile cue to lower trap (mirror)
            Deficit: deltoid + scapular motor control (shrug w/ elevation, late upward rotation)
            Obj: active elev 105° w/o shrug (90° last wk); shrug present 3 of 10 reps
            """,
            ["Z96.612", "Z47.1"], [PT("97112", 20)], []),

        // Thursday New-Knee Class "(1 PT, 5 pts)", "PT rotating between pts": not one-on-one; stations, proprioception/postural control and seconds otherwise complete.
        ["v1-h55-kentwood-new-knee-class"] = new(
            """
            WMBJ Rehab Services — Kentwood · Thursday New-Knee Class (1 PT, 5 pts)
            Dr. Brink · R TKA · POD 33
            Tx: NMR stations, PT rotating between pts — step-overs onto foam; tandem walk on the balance beam; ball toss on the tilt board
            Resp: R knee proprioception + standing postural control ↓; tandem 10 s, R SLS 7 s
            Plan: cont class Tu/Th
            """,
            ["Z96.651"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Cuff repair wk 14: "During the quadruped + ball-on-wall sets I was also ranging the 10:30 post-op shoulder on the next plinth": not one-on-one; techniques, RC/scapular motor control and k of 10 present.
        ["v1-h55-shreveport-ranging-next-plinth"] = new(
            """
            RRBJ PT — Shreveport (Line Ave)
            s/p R RCR (supra + infra, double row) · Dr. Thibodeaux · 14 wk · Phase III
            NMR 97112 — 15 min
            – sidelying ER rhythmic stab @ 45° abd, 3 x 30 s
            – quadruped wt shifts onto the R hand on a wobble cushion x 20
            – ball-on-wall circles @ 90° flex, 3 x 30 s
            During the quadruped + ball-on-wall sets I was also ranging the 10:30 post-op shoulder on the next plinth.
            Deficit: R RC/scapular motor control — hike + early upward rotation w/ elevation
            Obj: hike on elevation 4 of 10 reps (7 of 10 last wk)
            """,
            ["Z47.89", "M75.121"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Partial knee: "Station supervised by the rehab tech while the PT completed a new eval": not one-on-one; rocker/cup walking/foam, proprioception and seconds present.
        ["v1-h55-bixby-tech-supervised-station"] = new(
            """
            GCMC Outpatient Rehab — Bixby
            R UKA (medial partial knee) — POD 36
            NMR 97112 — 14 min
            Balance station: rocker board A/P, cup walking fwd/lateral, foam SLS w/ ball toss
            Station supervised by the rehab tech while the PT completed a new eval; PT rechecked form at the end.
            Impairment: R knee proprioception, ↓ single-limb postural control
            Measures: R SLS foam 9 s; lateral cup walk 2 of 8 cups touched
            """,
            ["Z96.651"], [PT("97112", 14)], [At(OneOnOne, "97112")]),

        // Dictated TKA after an MUA: NMR fifteen (sEMG biofeedback, rocker TKE, perturbations; quad recruitment; microvolts) and TE twenty-three (doses, degrees) spelled out and matching, but one-on-one is never stated.
        ["v1-h55-lubbock-dictated-mua-unstated"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Lubbock
            Dictated daily note. Patient is a 68-year-old cotton farmer, right TKA by Dr. Aldana on 1/2, manipulation under anesthesia on 2/23 for arthrofibrosis (flexion had stalled at 85 degrees). Home CPM 0 to 110, three times a day.
            Neuromuscular re-education, 97112, for fifteen minutes: quad setting with surface EMG biofeedback to bring up VMO activity, then terminal knee extension on the rocker board with tactile cues, then single-leg stance on foam with perturbations at the knee. Target is right quad motor recruitment (quad inhibition after the MUA, 10-degree extensor lag). sEMG peak VMO 62 microvolts, up from 38 on Monday.
            Therapeutic exercise, 97110, for twenty-three minutes: heel slides with a strap 3 x 15, wall slides 3 x 10, prone hangs with a 3-lb cuff weight for 3 bouts, recumbent bike full revolutions both directions. Right knee flexion today 104 degrees active, 112 passive; extension minus 4.
            """,
            ["Z96.651", "T84.82XD", "M25.661"], [PT("97112", 15), PT("97110", 23)], [At(OneOnOne, "97112")]),

        // Ankle ORIF wk 12: "Manual perturbations by PT" is hands-on, not a statement of one-on-one; tilt-board catches, hurdles onto a pillow, proprioception/peroneal deficit and seconds present.
        ["v1-h55-postfalls-manual-perturbations-unstated"] = new(
            """
            INOA PHYSICAL THERAPY — Post Falls
            Surgeon: Dr. Lindgren · L trimalleolar ankle ORIF · Wk 12 · FWB, lace-up brace for uneven ground
            97112 · 18 min
              Manual perturbations by PT at the pelvis and knee in L SLS; tilt-board inversion/eversion catches; side-stepping over 4-in hurdles onto a pillow
              L ankle proprioception + peroneal reaction ↓ (rolls it on the dock at the lake)
              L SLS eyes closed 4 s (R 18 s); inversion-catch failures 3 of 10
            """,
            ["S82.852D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // PTA 97116 after a cephalomedullary nail, "walked the back hallway alongside another post-op hip patient, with the PTA cueing both": 97116 has no one-on-one check; device, feet, CGA/SBA, deviations, minutes match: passes.
        ["v1-h55-plainview-pta-97116-shared-hallway"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Plainview
            Gait training, 97116, 14 minutes. Patient is 4 weeks out from a left intertrochanteric fracture fixed with a cephalomedullary nail (Dr. Pruitt), weight bearing as tolerated. Walked the back hallway alongside another post-op hip patient, with the PTA cueing both of them. Progressed from the rolling walker to a single-point cane in the right hand: 2 x 120 feet with contact guard, then 1 x 120 feet with standby assist. Short left stance time and a left lateral trunk lean; cued for equal step length and heel strike.
            """,
            ["S72.142D"], [PTA("97116", 14)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Epic "Row Name" flowsheet with "Delivery <x> Individual < > Concurrent < > Group"; NMR 15 and manual 10 minutes rows match; both complete (tilt board/foam/retro stepping with seconds; glides with grade and bouts, degrees): passes.
        ["v2-h55-jenks-angle-bracket-individual"] = new(
            """
            GCMC OUTPATIENT REHAB — JENKS
            PT Treatment Flowsheet
            Row Name                         03/04/26 1015
            Delivery                         <x> Individual   < > Concurrent   < > Group
            Procedure                        L TKA 02/05 (Dr. Haskell) — POD 27
            Precautions                      none; WBAT
            NMR Minutes                      15
            NMR Interventions                tilt board A/P + M/L; L SLS on foam w/ head turns; retro stepping over cones
            NMR Target                       L knee proprioception + delayed quad recruitment at heel strike
            NMR Measure                      L SLS foam 7 s; retro stepping 2 cone contacts in 10
            Manual Therapy Minutes           10
            Manual Therapy Interventions     patellar glides sup/inf gr III 3 x 30 s; tibiofemoral A-P glides gr III at end-range flexion 3 x 30 s
            Manual Therapy Target            L knee flexion ROM — ext -3 / flex 106
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 15), PT("97140", 10)], []),

        // "One-on-one  Yes: X  No: __" on a reverse-shoulder NMR: one-on-one; PNF D2 with rhythmic initiation, rhythmic stabilization, CKC shifts; deltoid/scapular recruitment; degrees and a hold in seconds: passes.
        ["v2-h55-sandsprings-yes-x-no-blank"] = new(
            """
            GCMC OUTPATIENT REHAB — SAND SPRINGS
            Neuromuscular re-ed 97112 · 22 min
            One-on-one        Yes: X     No: __
            Dx: L rTSA POD 58 (sling off since wk 6)
            Techniques: PNF D2 flexion L UE w/ rhythmic initiation (manual resistance); rhythmic stabilization at 90° / 100° / 110° flexion in supine; CKC weight shifts on a ball at the table
            Deficit: L deltoid + scapular motor recruitment after rTSA — shoulder hikes to lift
            Measure: active L flexion 112° w/o hike; holds rhythmic stab at 100° for 25 s
            """,
            ["Z96.612", "Z47.1"], [PT("97112", 22)], []),

        // "One-on-one  Yes: __  No: X" and "(PT also supervising 2 pts on bikes during the block)": not one-on-one; rocker/foam/perturbed step-ups, abductor recruitment and FSST present.
        ["v2-h55-midtown-yes-blank-no-x"] = new(
            """
            GCMC OUTPATIENT REHAB — TULSA MIDTOWN
            Neuromuscular re-ed 97112 · 15 min
            One-on-one        Yes: __     No: X
            (PT also supervising 2 pts on bikes during the block)
            Dx: R THA anterior approach POD 40 — anterior precautions d/c'd
            Techniques: rocker board M/L shifts; R SLS on a half foam roll; lateral step-ups onto foam w/ perturbation at the pelvis
            Deficit: R hip abductor recruitment + lateral postural control (pelvic drop in R stance)
            Measure: R SLS 8 s; FSST 12.4 s
            """,
            ["Z96.641"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // NMR add-on form with a "Technique  Y|N" column all N and "other: ____" blank: no technique; "1:1 w/ PT  Y", quad recruitment deficit, SLS and 5xSTS present; "Minutes: 15" matches (no generic phrase, so technique only).
        ["v2-h55-rockford-yn-technique-column-all-n"] = new(
            """
            WMBJ Rehab Services — Rockford · NMR add-on form
            Dr. VanderMolen · L TKA · wk 6 · Phase II
            Technique                     Y|N
              perturbation training       N
              rocker / tilt board         N
              foam / compliant surface    N
              PNF                         N
              other: ____
            1:1 w/ PT                      Y
            Deficit: L quad motor recruitment (quad inhibition; extensor lag 8°)
            Measure: L SLS 6 s; 5xSTS 17.2 s
            Minutes: 15
            """,
            ["Z96.652"], [PT("97112", 15)], [At(Tech, "97112")]),

        // Dotted impairment rows all "[no]" and no deficit elsewhere: no neuromuscular deficit; "one-on-one w/ PT: [yes]", tilt-board catches/pillow SLS/hops and SLS EC + Y-balance present.
        ["v2-h55-hudsonville-impairment-rows-all-no"] = new(
            """
            WMBJ Rehab Services — Hudsonville
            Dr. Hoekstra · R trimalleolar ORIF · 14 wk · FWB
            NMR 97112 (17 min) · one-on-one w/ PT: [yes]
            Impairments this visit
              ankle proprioception ...... [no]
              postural control .......... [no]
              peroneal reaction time .... [no]
            Tx: tilt-board inversion catches 3 x 10; SL stance on a pillow w/ ball toss; lateral hops over a line x 20
            Obj: R SLS EC 20 s (L 22 s); Y-balance ant R 64 cm
            """,
            ["S82.851D"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Gait grid with "Distance: ____ ft" blank and the printed assistance scale unticked: no measure; walker → cane, step-to → step-through, deviations and a church goal present.
        ["v2-h55-wyoming-blank-assist-scale-97116"] = new(
            """
            WMBJ Rehab Services — Wyoming
            Dr. Brink · L TKA · POD 22
            Gait 97116
              Device: front-wheeled walker → straight cane (R hand)
              Distance: ____ ft
              Assist: ☐ I  ☐ Mod I  ☐ SBA  ☐ CGA  ☐ Min A
              Pattern: step-to → step-through
              Deviations: ↓ L stance time, L knee held stiff in swing, trunk lean to the L
              Goal: walk into church from the far lot
            """,
            ["Z96.652"], [PT("97116", 15)], [At(Measure, "97116")]),

        // "ROM (goniometer): ext ____° flex ____° quad lag ____°" blank and exercises with no dose: no measure; exercises and the L knee ROM/quad focus present.
        ["v2-h55-wandermere-blank-goniometry-97110"] = new(
            """
            INOA PHYSICAL THERAPY — North Spokane (Wandermere)
            Surgeon: Dr. Rasmussen · L TKA · Phase II
            ROM (goniometer):  ext ____°   flex ____°   quad lag ____°
            97110: heel slides, quad sets, SAQ over a bolster, standing TKE w/ band, step-ups onto the low step, recumbent bike full revs
            Focus: L knee flexion ROM + quad strength for the stairs at home
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20)], [At(Measure, "97110")]),

        // "Group tx (no)   Individual tx (yes)": one-on-one; foam-beam stepping, disc SLS with catches, L hip motor control, SLS and Berg: passes.
        ["v2-h55-minden-group-no-individual-yes"] = new(
            """
            RRBJ PT — Minden
            Group tx (no)   Individual tx (yes)
            s/p L THA posterior (Dr. Guidry) · wk 7 · posterior precautions lifted at wk 6 per MD
            NMR 97112 — 16 min
            – lateral stepping on the foam beam
            – SLS on an inflatable disc w/ ball catches
            – fwd/back weight shifts in tandem w/ PT perturbations
            Deficit: L hip motor control — pelvic drop + knee valgus in L stance
            Obj: L SLS 9 s; Berg 50/56
            """,
            ["Z96.642"], [PT("97112", 16)], []),

        // Dotted manual-technique rows marked Y / N (three Y, scap mobs N) after a cuff repair: techniques named with grade and bouts; capsular stiffness with PROM degrees; "(97140) — 12 min" matches: passes.
        ["v2-h55-libertylake-manual-rows-y-n-97140"] = new(
            """
            INOA PHYSICAL THERAPY — Liberty Lake
            Surgeon: Dr. Okonjo · R RCR (supraspinatus, single row) · Wk 8 · Phase II (AAROM) · sling d/c'd wk 6
            Manual (97140) — 12 min
              GH inferior glide gr II–III, 3 x 30 s ......... Y
              GH posterior glide gr II, 3 x 30 s ............ Y
              STM posterior cuff / teres ..................... Y
              Scap mobs in sidelying ......................... N
            Target: R shoulder capsular stiffness — PROM flex 128°, ER at side 35°
            """,
            ["Z47.89", "M75.121"], [PT("97140", 12)], []),

        // "Supervision: direct (PT in the gym) — not one-on-one": negated; cup walking/foam/tilt board, proprioception + recruitment and SLS present.
        ["v2-h55-levelland-supervision-direct-not-one-on-one"] = new(
            """
            Caprock Regional Health — Outpatient Therapy, Levelland
            PT Daily — R TKA POD 45 (Dr. Aldana)
            Supervision: direct (PT in the gym) — not one-on-one
            97112 (14 min): cup walking fwd/retro; SLS on foam w/ trunk rotation; tilt board A/P
            R knee proprioception + quad recruitment ↓ with fatigue
            R SLS foam 8 s
            """,
            ["Z96.651"], [PT("97112", 14)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // "DeLorme PRE, knee-extension machine (10RM 25 lb): 10 @ 12.5, 10 @ 19, 10 @ 25" with leg press and step-ups; R quad weakness with lag and HHD; firewood goal: passes.
        ["v3-h55-southhill-delorme-pre-97110"] = new(
            """
            INOA PHYSICAL THERAPY — South Hill
            Surgeon: Dr. Rasmussen · R TKA · Wk 9 · Phase III (strength)
            97110 — 20 min
              DeLorme PRE, knee-extension machine 90→30° arc (10RM 25 lb): 10 @ 12.5 lb, 10 @ 19 lb, 10 @ 25 lb
              leg press 3 x 10 @ 70 lb; forward step-ups 6-in 3 x 10
              R quad weakness — quad lag 5°, knee ext HHD 15.8 kg (L 24.1 kg); goal: carry firewood up the deck steps
            """,
            ["Z96.651"], [PT("97110", 20)], []),

        // TLIF 12 wk: "one-on-one with the treating PT", RUSI biofeedback for multifidus, pressure-biofeedback drawing-in with fall-outs; stabilizer motor-control deficit; thickness change % and 7 of 10 holds: passes.
        ["v3-h55-amarillo-rusi-multifidus-97112"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Amarillo
            L4–5 TLIF (Dr. Vance) — 12 weeks; LSO weaned at wk 10; no lifting over 20 lb per surgeon
            97112, 20 min, one-on-one with the treating PT. Real-time ultrasound imaging (RUSI) biofeedback for multifidus activation at L5 in prone, then abdominal drawing-in with a pressure biofeedback cuff in crook-lying, progressed to bent-knee fall-outs while holding the cuff steady.
            Lumbar stabilizer motor control deficit — multifidus not activating on the R at L5, substitution with the thoracic erectors.
            R L5 multifidus thickness change on RUSI 6% (0% at wk 8); cuff held at 40 mmHg (±2) in 7 of 10 fall-outs.
            """,
            ["Z98.1", "M43.16"], [PT("97112", 20)], []),

        // Reverse shoulder POD 44 "Neer Phase II" wand/pulley/ER/isometric exercises with doses; flexion and ER degrees; kitchen-shelf goal: passes.
        ["v3-h55-coeurdalene-neer-phase-ii-97110"] = new(
            """
            INOA PHYSICAL THERAPY — Coeur d'Alene
            Surgeon: Dr. Okonjo · L reverse TSA · POD 44 · sling discontinued POD 42
            Precautions: no IR behind back, no combined ext/add/IR, no lifting more than a coffee cup until wk 12
            97110 — 18 min: Neer Phase II — supine AAROM flexion w/ wand 2 x 15; pulleys flexion 2 x 15; supine ER w/ wand to 30° 2 x 15; submax deltoid isometrics 5 x 5-s holds
            L shoulder flexion AROM 95° (supine), ER 25°; goal: reach the 2nd kitchen shelf
            """,
            ["Z96.612", "Z47.1"], [PT("97110", 18)], []),

        // TKA POD 16 "Manual lymph drainage (Vodder)" with proximal clearing and patellar glides; post-op edema limiting flexion; girth cm and flexion degrees; minutes match: passes.
        ["v3-h55-brokenarrow-vodder-mld-97140"] = new(
            """
            GCMC OUTPATIENT REHAB — BROKEN ARROW
            R TKA POD 16 (Dr. Haskell) · staples out POD 14, steri-strips on
            Manual Therapy 97140 — 13 min
              Manual lymph drainage (Vodder) to the R LE — proximal clearing at the inguinal nodes, then thigh → knee → calf strokes
              Patellar glides gr I–II, 2 x 30 s each direction
              Target: post-op R knee/calf edema limiting flexion
              Girth mid-patella R 45.5 cm / L 40.0 cm (47.0 cm on POD 9); flex 92°
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 13)], []),

        // Anterior THA wk 6 "walking-pole gait training (two Nordic poles, 4-point pattern)" to wean the cane; feet with SBA, stairs; stance/step deviations and a trail goal: passes.
        ["v3-h55-cheney-nordic-poles-97116"] = new(
            """
            INOA PHYSICAL THERAPY — Cheney
            Surgeon: Dr. Rasmussen · L THA, anterior approach · Wk 6 · WBAT; anterior precautions (no hip ext past neutral w/ ER) d/c'd today
            97116 — 15 min: walking-pole gait training (two Nordic poles, 4-point pattern) to wean off the SPC — 3 x 200 ft on the track, SBA; then 1 flight of stairs reciprocal w/ rail, SBA
            Gait: ↓ L stance time, short R step, L hip held flexed at terminal stance; goal: walk the Columbia Plateau Trail with her husband
            """,
            ["Z96.642"], [PT("97116", 15)], []),

        // TKA wk 8 "NMR 97112 — 18 min — 1:1", "Fitzgerald perturbation program" on roller/tilt/rocker boards; co-activation timing deficit; give-way k of 12 and SLS: passes.
        ["v3-h55-natchitoches-fitzgerald-perturbation-97112"] = new(
            """
            RRBJ PT — Natchitoches
            s/p R TKA (Dr. Guidry) · wk 8
            NMR 97112 — 18 min — 1:1
            – Fitzgerald perturbation program: roller board A/P + M/L, tilt board, rocker board, 3 bouts each, PT-applied
            Deficit: R knee dynamic stability — late quad/ham co-activation timing to perturbation (gives way on the uneven yard)
            Obj: give-way 1 of 12 perturbations (5 of 12 at wk 5); R SLS 14 s
            """,
            ["Z96.651"], [PT("97112", 18)], []),

        // Wednesday knee class "(4 pts, 1 PT)" doing Fitzgerald perturbation stations with pts rotating: not one-on-one; timing deficit and k of 12 present.
        ["v3-h55-haughton-perturbation-class"] = new(
            """
            RRBJ PT — Haughton · Wed knee class (4 pts, 1 PT)
            s/p L TKA (Dr. Guidry) · wk 7
            NMR 97112 — 15 min: Fitzgerald perturbation stations — roller board, tilt board, rocker board, pts rotating every 3 rounds
            Deficit: L knee dynamic stability / quad-ham co-activation timing
            Obj: give-way 3 of 12 perturbations; L SLS 8 s
            """,
            ["Z96.652"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Dictated laminectomy "Williams flexion program" with its exercises named and a standing/walking tolerance deficit, but no dose or number (spinal levels and weeks are not measures): no measure.
        ["v3-h55-slaton-williams-flexion-no-measure"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Slaton
            Therapeutic exercise today: Williams flexion program — posterior pelvic tilts, single and double knee-to-chest, partial sit-ups, seated forward flexion, hamstring stretching, squat-to-stand. Patient is six weeks out from an L3–L5 laminectomy for stenosis (Dr. Vance). Focus is tolerance to standing and walking — neurogenic claudication into both calves, can't stand long enough to cook. Tolerated well; will progress as able.
            """,
            ["M48.062", "Z98.890"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Partial knee "Delaware perturbation protocol" and cup walking, 1:1, SLS and cup touches, but no neuromuscular deficit named anywhere: no deficit.
        ["v3-h55-knappscorner-delaware-no-deficit"] = new(
            """
            WMBJ Rehab Services — Grand Rapids (Knapp's Corner)
            Dr. VanderMolen · R UKA (medial partial knee) · wk 7
            Tx: NMR 97112, 16 min, 1:1 — Delaware perturbation protocol: roller board A/P + M/L, tilt board, platform perturbations, 3 sets of 30 s each; then cup walking fwd/lat x 4 passes
            Resp: R SLS 15 s; lateral cup walk 1 cup touched in 10
            Plan: add sport-cord side shuffles next visit
            """,
            ["Z96.651"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // XLIF + posterior fixation 14 wk "Back School lifting retraining": golfer's lift, hip-hinge box lift and carry, dishwasher; lifting mechanics deficit with a bass-boat goal; SBA and cues: passes.
        ["v3-h55-bossier-back-school-97530"] = new(
            """
            RRBJ PT — Bossier City
            s/p L4–S1 XLIF + posterior fixation (Dr. Melancon) · 14 wk · BLT precautions lifted; lift limit 25 lb
            97530 — 18 min — Back School lifting retraining:
            – golfer's lift to pick up the newspaper + grandkid's toys from the floor x 10
            – hip-hinge lift of a 15-lb box floor → counter x 8, then carrying it 40 ft
            – loading the dishwasher in staggered stance
            Trunk/LE mechanics ↓ after fusion — flexes through the thoracic spine on lifts; goal: bait his trotline and lift the tackle box into the bass boat
            SBA, 2 verbal cues for the hinge
            """,
            ["Z98.1", "M43.17"], [PT("97530", 18)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // TKA POD 20 "Findings: SLR with a 15° quad lag; AROM ext −8 / flex 92; stroke test 2+; Homans' neg" then quad exercises with doses: passes.
        ["v4-h55-libertylake-quad-lag-findings-97110"] = new(
            """
            INOA PHYSICAL THERAPY — Liberty Lake
            Surgeon: Dr. Rasmussen · L TKA · Wk 3 / POD 20 · Phase I→II · WBAT w/ RW
            Findings: SLR with a 15° quad lag; AROM ext −8 / flex 92; L knee warm, mild effusion (stroke test 2+); Homans' neg, calf soft
            97110 — 22 min: quad sets w/ towel under heel 2 x 15 (5-s holds); SLR in the lag-free range 3 x 8; SAQ over bolster 3 x 12; heel slides w/ strap 3 x 15
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 22)], []),

        // Dictated 97140: active extension lacks 15 and passive minus 5, "a 10-degree extensor lag"; P-A glides grade III in 4 bouts, patellar glides, STM: passes.
        ["v4-h55-amarillo-extensor-lag-97140"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Amarillo
            Manual therapy, 97140, 12 minutes, right knee 7 weeks after TKA (Dr. Aldana). Active extension lacks 15 degrees but passive comes to minus 5, a 10-degree extensor lag; flexion 101 degrees. Performed tibiofemoral posterior-to-anterior glides in prone at end-range extension, grade III, 4 bouts of 30 seconds; superior patellar glides grade III; soft-tissue mobilization to the distal hamstrings and popliteal fossa.
            """,
            ["Z96.651"], [PT("97140", 12)], []),

        // Reverse shoulder wk 10 "shrug sign (+) — scapula hikes before 70° of elevation" with AROM degrees; deltoid-press, wall slides, raises, band work with doses; hair/pantry goal: passes.
        ["v4-h55-owasso-shrug-sign-97110"] = new(
            """
            GCMC OUTPATIENT REHAB · OWASSO
            Ther Ex Minutes 17 — R rTSA wk 10 (Dr. Tsosie)
            Findings: shrug sign (+) — scapula hikes before 70° of elevation; AROM flex 104° / abd 85°; ER at side 30°
            Exercises: supine deltoid press w/ cane 3 x 10; wall slides w/ towel 2 x 12; sidelying anterior deltoid raises w/ 1 lb 2 x 10; scapular retraction + depression w/ yellow band 3 x 10
            Goal: comb her hair, reach the pantry shelf
            """,
            ["Z96.611"], [PT("97110", 17)], []),

        // Cuff repair 18 wk "L scapular dyskinesis — inferior angle + medial border prominence on lowering (Kibler type I/II); late lower-trap recruitment", one-on-one; CKCUEST and k of 10: passes.
        ["v4-h55-kentwood-scapular-dyskinesis-97112"] = new(
            """
            WMBJ Rehab Services — Kentwood
            Dr. Hoekstra · L RCR (supra/infra) · 18 wk · Phase III
            CC: shoulder "clunks" lifting the snowblower cover
            Tx: NMR 97112 (15 min) — one-on-one — rhythmic stabilization at 90° scaption in standing; CKC push-up plus on the wall → table; ball-on-wall alphabet w/ the L hand
            Findings: L scapular dyskinesis — inferior angle + medial border prominence on lowering (Kibler type I/II); late lower-trap recruitment
            Obj: CKCUEST 16 touches (11 at 14 wk); dyskinesis 5 of 10 lowering reps
            Plan: progress to prone Y/T next wk
            """,
            ["Z47.89", "M75.122"], [PT("97112", 15)], []),

        // Anterior THA POD 29 "compensated Trendelenburg — trunk leans over the L hip in stance" with cane distance, SBA and curbs; "Gait Training Minutes 14" matches: passes.
        ["v4-h55-midtown-compensated-trendelenburg-97116"] = new(
            """
            GCMC OUTPATIENT REHAB — TULSA MIDTOWN
            Gait Training Minutes 14
            L THA anterior approach (Dr. Haskell) POD 29 — WBAT
            Finding: compensated Trendelenburg — trunk leans over the L hip in stance; short L step; slow cadence
            Gait: SPC in the R hand x 300 ft (3 laps of the halls), SBA; cued for upright trunk and equal steps; curb up/down w/ SPC x 4, CGA
            """,
            ["Z96.642"], [PT("97116", 14)], []),

        // Laminectomy 8 wk "hypoesthesia over the left L5 dermatome", great-toe JPS 2 of 5, one-on-one foam EC stance, textured mat, target taps; somatosensory/postural control: passes.
        ["v4-h55-levelland-l5-hypoesthesia-97112"] = new(
            """
            Caprock Regional Health — Outpatient Therapy, Levelland
            Patient is a 71-year-old retired ginner, 8 weeks out from an L4–L5 decompressive laminectomy (Dr. Vance). Findings: hypoesthesia over the left L5 dermatome (dorsum of foot, great toe) that has not cleared since surgery; left great-toe joint position sense 2 of 5 correct; left SLS 5 seconds.
            97112, 16 minutes, one-on-one: barefoot stance on foam with eyes closed, walking on the textured mat and the gravel tray, and left-foot target taps to numbered spots without looking.
            Target: left-foot somatosensory loss and standing postural control.
            """,
            ["M48.062", "R20.2", "Z98.890"], [PT("97112", 16)], []),

        // Weber B ORIF 16 wk: "delayed peroneal response to sudden inversion on the tilt platform; L ankle JPS reproduction error 6°", 1:1 trampoline catches and perturbations; SLS EC and catches: passes.
        ["v4-h55-hudsonville-delayed-peroneal-jps-97112"] = new(
            """
            WMBJ Rehab Services — Hudsonville
            Dr. Kooistra · L Weber B ankle fx ORIF + syndesmotic screw (removed wk 12) · 16 wk
            CC: ankle gives way on the uneven grass along the Tulip Time parade route
            Findings: delayed peroneal response to sudden inversion on the tilt platform; L ankle JPS reproduction error 6° (R 2°)
            Tx: NMR 97112 (20 min), 1:1 w/ PT — mini-trampoline SLS w/ ball catches; inversion perturbations on the tilt platform; star reaches on foam
            Obj: L SLS EC 9 s; catches w/o touch-down 8 of 10
            """,
            ["S82.62XD"], [PT("97112", 20)], []),

        // Ankle ORIF wk 20 "Screen today: R ankle proprioception intact, no balance or coordination deficit found": the 97112 targets no deficit; 1:1, techniques and SLS present.
        ["v4-h55-spokanevalley-screen-finds-none-97112"] = new(
            """
            INOA PHYSICAL THERAPY — Spokane Valley
            Surgeon: Dr. Lindgren · R ankle ORIF (lateral malleolus) · Wk 20 · discharge planning
            97112 — 15 min — one-on-one
              Screen today: R ankle proprioception intact, no balance or coordination deficit found; pt asked to keep doing the balance drills
              Tilt-board catches, foam SLS w/ head turns, lateral hops onto foam
              R SLS 30 s EO / 22 s EC (= L)
            """,
            ["S82.61XD"], [PT("97112", 15)], [At(Deficit, "97112")]),

        // TKA wk 5 NMR whose only "Deficit:" is knee stiffness in degrees: not a neuromuscular deficit, so the 97112 has none; 1:1, tilt board/foam/beam and SLS present.
        ["v4-h55-natchitoches-stiffness-only-97112"] = new(
            """
            RRBJ PT — Natchitoches
            s/p L TKA (Dr. Guidry) · wk 5
            NMR 97112 — 15 min — 1:1
            – tilt board A/P, foam stance w/ ball toss, retro walking on the beam
            Deficit: L knee stiffness — flex 96°, ext −6°
            Obj: L SLS 6 s
            """,
            ["Z96.652"], [PT("97112", 15)], [At(Deficit, "97112")]),

        // OT reverse shoulder 12 wk: reach findings (can't tuck a shirt or reach the top cupboard, elevation 110°), shelf/closet/basket tasks with a count, independent with set-up, one rest, dishes goal: passes.
        ["v4-h55-plainview-ot-reach-findings-97530"] = new(
            """
            Caprock Regional Health — Outpatient OT, Plainview
            OT 97530, 20 min. Right reverse total shoulder 12 weeks ago (Dr. Whitfield). Findings: cannot reach behind to tuck in a shirt or reach the top cupboard; active elevation 110 degrees; no internal rotation behind the back yet per protocol. Practiced putting dishes away on a shelf at shoulder height (20 plates and cups), hanging shirts on the closet rod, and pulling a laundry basket across the counter. Independent with set-up; one rest. Goal: put away her own dishes and hang her church clothes.
            """,
            ["Z96.611", "Z47.1"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // "ROM (supine goni): ext −5 / flex 104 (PROM 0 / 110)" and "Quad lag 0° today" with dosed exercises; drift-boat flexion goal: passes.
        ["v5-h55-coeurdalene-ext-flex-slash-97110"] = new(
            """
            INOA PHYSICAL THERAPY — Coeur d'Alene
            Surgeon: Dr. Rasmussen · R TKA · Wk 4 / POD 27 · Phase II · WBAT, SPC
            ROM (supine goni): ext −5 / flex 104 (PROM 0 / 110)
            97110 — 24 min: heel slides on a sliding board 3 x 15; prone knee hangs 3 bouts; long-sitting hamstring stretch w/ strap 3 x 30 s; wall squats to 45° 3 x 10; forward + lateral step-ups 4-in 2 x 12
            Quad lag 0° today (5° last wk)
            Goal: knee flexion ≥ 115° to get in and out of his drift boat
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24)], []),

        // Epic rows "HHD knee extension (kg)  R 16.4 / L 27.3 — LSI 60%" with loaded exercises; stair-descent quad target; "Ther Ex Minutes 25" matches: passes.
        ["v5-h55-jenks-hhd-limb-symmetry-97110"] = new(
            """
            GCMC OUTPATIENT REHAB — JENKS
            Row Name                       03/04/26 1330
            Procedure                      R TKA — wk 10 (Dr. Haskell)
            Ther Ex Minutes                25
            Exercises                      leg press 3 x 12 @ 80 lb; knee ext machine 3 x 10 @ 20 lb (90→45°); split squat at the rail 2 x 8; lateral step-downs 6-in 2 x 10
            Target                         R quad strength for stair descent step-over-step
            HHD knee extension (kg)        R 16.4 / L 27.3 — LSI 60%
            """,
            ["Z96.651"], [PT("97110", 25)], []),

        // Hip fracture TFN wk 8 "cadence 88 steps/min (72 at wk 4); step length R 42 cm / L 51 cm" (a rate, not minutes) beside feet and SBA; "Gait 97116 — 16 min" matches: passes.
        ["v5-h55-bossier-cadence-steps-per-min-97116"] = new(
            """
            RRBJ PT — Bossier City
            s/p R intertrochanteric fx, TFN (Dr. Guidry) · 8 wk · WBAT
            Gait 97116 — 16 min
            – RW → SPC in the L hand, 4 x 150 ft indoor + 1 x 300 ft on the parking lot, SBA
            – cadence 88 steps/min (72 at wk 4); step length R 42 cm / L 51 cm
            – R antalgic, ↓ R stance; cued heel strike + push-off
            Goal: walk into the Barksdale commissary w/o the walker
            """,
            ["S72.141D"], [PT("97116", 16)], []),

        // "12-step stair climb test 24 s asc w/ 1 rail (41 s wk 4)" with basement-stair and floor-transfer tasks, SBA; knee flexion/quad limit and laundry goal: passes.
        ["v5-h55-rockford-stair-climb-seconds-97530"] = new(
            """
            WMBJ Rehab Services — Rockford
            Dr. Brink · L TKA · wk 7
            Tx: 97530 (20 min) — stair negotiation to the basement laundry: 12-step flight w/ rail, carrying a 6-lb laundry basket down on the last 2 passes; floor → stand transfer via half-kneel x 3
            Obj: 12-step stair climb test 24 s ascending w/ 1 rail (41 s at wk 4); floor transfer SBA
            Limit: L knee flexion 108° + quad weakness → step-to on descent; goal: do her own laundry in the basement
            """,
            ["Z96.652"], [PT("97530", 20)], []),

        // Hemiarthroplasty wk 9 Epic rows with <x> Individual: "Step Test L 7 in 15 s / R 11 in 15 s; Berg 44/56"; perturbed step-ups, foam side-stepping, rocker SLS; abductor recruitment/postural control: passes.
        ["v5-h55-sandsprings-step-test-97112"] = new(
            """
            GCMC OUTPATIENT REHAB — SAND SPRINGS
            Row Name                      03/04/26 0930
            Delivery                      <x> Individual  < > Concurrent  < > Group
            Procedure                     L femoral neck fx, hemiarthroplasty, posterior approach — wk 9 (Dr. Haskell)
            Neuromuscular Re-ed Minutes   18
            Interventions                 step-ups onto foam w/ perturbation; side-stepping over cones on foam; L SLS on a rocker board w/ ball catch
            Target                        L hip abductor recruitment + lateral postural control; 2 falls last yr
            Measure                       Step Test L 7 in 15 s / R 11 in 15 s; Berg 44/56
            """,
            ["S72.002D", "Z96.642"], [PT("97112", 18)], []),

        // Post-MUA 97140 "R knee flex PROM 98° pre → 106° post" with grade IV glides in bouts, patellar glides, STM; arthrofibrosis flexion stiffness and a bike/stairs goal: passes.
        ["v5-h55-shreveport-pre-post-prom-97140"] = new(
            """
            RRBJ PT — Shreveport (Line Ave)
            s/p R TKA + MUA (Dr. Guidry) · 2 wk post-MUA
            MT 97140 — 15 min
            – tib-fem A-P glides gr IV at end-range flex, 5 x 30 s
            – patellar sup/inf glides gr III
            – STM distal quad / suprapatellar pouch
            R knee flex PROM 98° pre → 106° post; ext 0
            Arthrofibrosis → flexion stiffness; goal ≥ 110° for the bike + stairs
            """,
            ["Z96.651", "T84.82XD"], [PT("97140", 15)], []),

        // "ROM/strength: see flowsheet" with undosed exercises and "slowly improving": no number anywhere; exercises and R knee ROM/quad deficit present.
        ["v5-h55-grandville-see-flowsheet-97110"] = new(
            """
            WMBJ Rehab Services — Grandville
            Dr. Kooistra · R TKA · wk 5
            Tx: 97110 — heel slides, wall slides, SAQ, TKEs w/ band, mini squats, bike
            ROM/strength: see flowsheet
            Resp: R knee flexion ROM and quad strength slowly improving; still step-to on stairs
            """,
            ["Z96.651"], [PT("97110", 20)], [At(Measure, "97110")]),

        // PTA "Knee bending better, quad firing better, less swelling, walking w/o limp in clinic" after undosed exercises: no measure; exercises and L knee ROM/quad focus present.
        ["v5-h55-minden-bending-better-97110"] = new(
            """
            RRBJ PT — Minden · PTA
            s/p L TKA (Dr. Guidry)
            TE 97110: quad sets, SLR, heel slides, LAQ, step-ups, calf raises. Knee bending better, quad firing better, less swelling, walking w/o limp in clinic. L knee ROM/quad strength focus.
            """,
            ["Z96.652"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // Cuff repair POD 41 whose only numbers are protocol days and weeks, a follow-up interval and "HEP handout #3": no measure; pendulums/slides/wand/pulleys and the R shoulder ROM target present.
        ["v5-h55-wandermere-protocol-numbers-only-97110"] = new(
            """
            INOA PHYSICAL THERAPY — North Spokane (Wandermere)
            Surgeon: Dr. Okonjo · R RCR · POD 41 · Phase II starts POD 42 per protocol · sling d/c at wk 6 · f/u w/ Dr. Okonjo in 2 wk
            97110: pendulums, table slides, supine AAROM flexion w/ wand, pulleys, scapular squeezes — HEP handout #3 updated
            R shoulder PROM → AAROM transition; pt sleeping better in the recliner
            """,
            ["Z47.89", "M75.121"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Dictated gait after trimalleolar ORIF: cane "around the clinic and out to the parking lot and back", heel strike/push-off cues, "less antalgic": no distance, level or number.
        ["v5-h55-wolfforth-gait-no-distance-97116"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Wolfforth
            Gait training 97116. Patient walked with the single-point cane around the clinic and out to the parking lot and back, working on heel strike and push-off on the right and a longer left step. Less antalgic than last session. Right ankle trimalleolar ORIF, cleared by Dr. Pruitt for full weight bearing in a shoe this week.
            """,
            ["S82.851D"], [PT("97116", 15)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // "Timed 38 = TE 23 + MT 15": each code's minutes in an equation, both match; dosed exercises, grade III–IV glides in bouts, scar mobilization; knee degrees and an e-bike goal: passes.
        ["v6-h55-spokanevalley-timed-equation"] = new(
            """
            INOA PHYSICAL THERAPY — Spokane Valley
            Surgeon: Dr. Rasmussen · L TKA · Wk 6 / POD 41 · Phase II
            Timed 38 = TE 23 + MT 15
            TE: stationary bike full revs (seat 6); step-ups 6-in 3 x 10; TKE w/ green band 3 x 15; prone hangs w/ 2 lb, 3 bouts
            MT: tibiofemoral A-P glides gr III–IV in flexion 4 x 30 s; patellar mobs inf/sup gr III; scar mobilization along the incision
            L knee ROM ext −2 / flex 110 — short of the 115° she needs to ride her e-bike on the Centennial Trail; stairs step-to
            """,
            ["Z96.652"], [PT("97110", 23), PT("97140", 15)], []),

        // Epic rows "Ther Ex Minutes 23" and "Gait Training Minutes 12" match; dosed exercises, cane in the L hand with feet and SBA, knee degrees and stiff-knee gait: passes.
        ["v6-h55-midtown-epic-minutes-rows"] = new(
            """
            GCMC OUTPATIENT REHAB — TULSA MIDTOWN
            Row Name                                 03/04/26 0745
            Procedure                                R TKA — POD 31 (Dr. Haskell)
            Ther Ex Minutes                          23
            Ther Ex Detail                           wall slides 3 x 10; SAQ 3 x 15 @ 3 lb; standing hamstring curls 3 x 10; step-ups 4-in 3 x 10
            Gait Training Minutes                    12
            Gait Training Detail                     SPC in the L hand, 2 x 250 ft, SBA; cued heel-toe and knee extension at heel strike
            Impairments                              R knee flex 102 / ext −4; stiff-knee gait, ↓ R stance
            """,
            ["Z96.651", "R26.89"], [PT("97110", 23), PT("97116", 12)], []),

        // "Time: 23 min → 97110 · 15 min → 97112 (1:1)": minutes before each code, both match; clamshells/bridges/abduction/STS with doses; foam catches, rocker, tandem; abductor weakness and lateral postural control with seconds: passes.
        ["v6-h55-hudsonville-minutes-arrow-code"] = new(
            """
            WMBJ Rehab Services — Hudsonville
            Dr. Hoekstra · R THA posterior · wk 8 · precautions lifted
            Time: 23 min → 97110 · 15 min → 97112 (1:1)
            Tx 97110: clamshells 3 x 15 w/ green band; bridges on the ball 3 x 10; sidelying hip abd 3 x 12 w/ 2 lb; sit-to-stand from a 17" chair w/o hands 3 x 8
            Tx 97112: R SLS on foam w/ ball catches; lateral weight shifts on the rocker; tandem walk fwd/retro on the line
            Resp: R hip abd weakness 4-/5; R lateral postural control ↓ (pelvic drop, widens BOS when turning); R SLS foam 6 s, tandem 8 steps w/o step-off
            """,
            ["Z96.641"], [PT("97110", 23), PT("97112", 15)], []),

        // Transcribed dictation with spoken codes, "Therapeutic activities, ninety-seven five-thirty, twenty-two minutes … Gait training, ninety-seven one-sixteen, twelve minutes": both match; hemiarthroplasty car transfer and walker gait complete: passes.
        ["v6-h55-amarillo-spoken-codes-spelled-minutes"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Amarillo
            [Dictated — transcribed] Patient is 3 weeks out from a left hip hemiarthroplasty, posterior approach (Dr. Pruitt), posterior precautions.
            Therapeutic activities, ninety-seven five-thirty, twenty-two minutes: car transfer into her son's pickup — back up to the seat, sit, swing the legs in with the leg lifter while keeping the hip under 90 degrees — 3 trials, minimal assist on the first, contact guard on the last two; sit to stand from the raised recliner 5 times with supervision. Goal: ride to church in the pickup and get up from her own recliner.
            Gait training, ninety-seven one-sixteen, twelve minutes: rolling walker, 2 x 100 feet, contact guard; short left stance and a left lateral trunk lean; cued for even steps.
            """,
            ["S72.002D", "Z96.642"], [PT("97530", 22), PT("97116", 12)], []),

        // "Billing: 97110=23m  97140=12m": minutes as "m" beside each code, both match; dosed shoulder exercises, GH glides with grade and bouts, STM; AROM degrees and a milk-jug goal: passes.
        ["v6-h55-libertylake-equals-m-suffix"] = new(
            """
            INOA PHYSICAL THERAPY — Liberty Lake
            Surgeon: Dr. Okonjo · R rTSA · Wk 14 · Phase III
            Billing: 97110=23m  97140=12m
            97110: standing flexion to 120° w/ 1 lb 3 x 10; sidelying ER w/ 1 lb 3 x 12; rows w/ red band 3 x 15; wall push-up plus 2 x 10
            97140: GH posterior glides gr III 3 x 30 s; scapular mobs in sidelying; STM to pec minor / upper trap
            R shoulder AROM flex 128° / ER 38°; goal: lift the gallon milk jug to the top shelf of the fridge
            """,
            ["Z96.611"], [PT("97110", 23), PT("97140", 12)], []),

        // "Timed 48 = TE 33 + MT 15" against a 23-min 97110 line: TE differs by ten; MT 15 matches; both sections complete.
        ["v6-h55-southhill-equation-te-differs"] = new(
            """
            INOA PHYSICAL THERAPY — South Hill
            Surgeon: Dr. Rasmussen · R TKA · Wk 5 · Phase II
            Timed 48 = TE 33 + MT 15
            TE: heel slides 3 x 15; wall slides 3 x 10; SAQ 3 x 15 @ 2 lb; step-ups 4-in 3 x 10
            MT: patellar glides gr III 3 x 30 s each direction; tibiofemoral A-P glides gr III at end-range flexion 4 x 30 s
            R knee ROM ext −4 / flex 99; quad lag 5°
            """,
            ["Z96.651"], [PT("97110", 23), PT("97140", 15)], [At(Mismatch, "97110")]),

        // OT "Face-to-face time: 30 minutes" on a one-code visit with an 18-min 97530 line: the uncoded minutes are the code's and differ; tub/pickup/reacher tasks with CGA/supervision, knee flexion and a bathing goal complete.
        ["v6-h55-wolfforth-ot-face-to-face-30-against-18"] = new(
            """
            Caprock Regional Health — Outpatient OT, Wolfforth
            Face-to-face time: 30 minutes. OT therapeutic activity (97530): after the left TKA the patient practiced tub transfers with the tub bench and a handheld shower, getting in and out of her pickup from the curb, and picking items up from the floor with the reacher; contact guard for the tub transfer, supervision for the rest. Left knee flexion 95 degrees limits the car transfer; goal: bathe without her daughter there.
            """,
            ["Z96.652"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // PT/OT co-treat after a hemiarthroplasty: the PT's "97116 — 15 min" matches; the OT's "97530 — 30 min" against an 18-min OT line differs; both sections complete.
        ["v6-h55-haughton-cotreat-ot-minutes-differ"] = new(
            """
            RRBJ PT/OT — Haughton · co-treat
            s/p L femoral neck fx, cemented hemi (Dr. Guidry) · wk 5 · posterior precautions
            PT 97116 — 15 min: RW, 3 x 120 ft, CGA → SBA; L step short, ↓ L stance; cued heel strike
            OT 97530 — 30 min: toilet transfer to the raised seat x 3 and LB dressing w/ sock aid + reacher within precautions; min A → CGA; goal: toilet + dress without her husband's help
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 15), OT("97530", 18)], [At(Mismatch, "97530")]),

        // "Total timed tx: 35 min" is the only time for 97110 and 97140: no minutes for each; exercises with doses and glides with grade, bouts and scar massage, knee degrees complete.
        ["v6-h55-kentwood-total-only"] = new(
            """
            WMBJ Rehab Services — Kentwood
            Dr. Brink · R TKA · wk 3
            Total timed tx: 35 min
            Tx: heel slides w/ strap 3 x 15; SAQ 3 x 15; quad sets 10 x 5-s holds; patellar mobs sup/inf gr II–III; tib-fem A-P glides gr III 3 x 30 s; scar massage along the incision
            ROM: R ext −7 / flex 95
            """,
            ["Z96.651"], [PT("97110", 20), PT("97140", 15)], [SepTime]),

        // Epic rows give "Ther Ex Minutes 15" and "Manual Therapy Minutes 10" but the gait row has detail and no minutes: separate time missing for the third code; all three sections complete.
        ["v6-h55-bixby-minutes-for-two-of-three"] = new(
            """
            GCMC OUTPATIENT REHAB — BIXBY
            Row Name                          03/04/26 1100
            Procedure                         L TKA POD 24 (Dr. Haskell)
            Ther Ex Minutes                   15
            Ther Ex Detail                    SAQ 3 x 15; heel slides 3 x 15; standing TKE w/ band 3 x 12
            Manual Therapy Minutes            10
            Manual Therapy Detail             patellar glides gr III all directions 3 x 30 s; tib-fem A-P glides gr III
            Gait Training Detail              RW → SPC (R hand) 2 x 150 ft, CGA; cued heel strike and knee ext at initial contact
            Knee ROM                          L ext −6 / flex 97
            """,
            ["Z96.652"], [PT("97110", 15), PT("97140", 10), PT("97116", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a TKA visit with 97110 and 97140: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h55-empty-tka-te-mt"] = new(
            "",
            ["Z96.651"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Spaces, a tab and line feeds only on a 97112 visit sent without a diagnosis: missing on 97112, and the diagnosis check.
        ["v7-h55-whitespace-97112-no-diagnosis"] = new(
            "  \n\t  \n",
            [], [PT("97112", 15)], [At(NoteMissing, "97112"), Dx]),

        // Empty note on a hip-fracture co-treat with the PT's 97116 and the OT's 97530: missing on both lines and nothing else.
        ["v7-h55-empty-pt-gait-ot-activity"] = new(
            "",
            ["S72.141D"], [PT("97116", 12), OT("97530", 15)], [At(NoteMissing, "97116"), At(NoteMissing, "97530")]),

        // 97110 after trimalleolar ORIF: towel scrunches, band 4-way, heel raises, calf stretch with doses; R ankle DF degrees and PF weakness: passes.
        ["v7-h55-benton-97110-ankle-program"] = new(
            """
            RRBJ PT — Benton
            TE 97110 — 14 min — s/p R trimalleolar ankle ORIF (Dr. Broussard), wk 10
            – towel scrunches 3 x 20
            – blue-band ankle 4-way 3 x 15
            – heel raises double → single 3 x 10
            – runner's calf stretch 3 x 30 s
            R ankle DF 6° (L 14°); PF weak — 10 single heel raises only w/ hand support
            """,
            ["S82.851D"], [PT("97110", 14)], []),

        // 97530 car transfer into a sedan within posterior hip precautions, low-recliner sit-to-stand, reacher pick-ups; counts, CGA → SBA and a graduation goal: passes.
        ["v7-h55-grandville-97530-car-transfer"] = new(
            """
            WMBJ Rehab Services — Grandville
            97530 (15 min) — L THA posterior, wk 3: car transfer into the sedan simulator (seat reclined, pillow on the seat) x 4; sit → stand from a low recliner w/ the L leg forward x 6; picking up keys w/ the reacher x 5; CGA → SBA. Goal: ride to her granddaughter's graduation within hip precautions.
            """,
            ["Z96.642"], [PT("97530", 15)], []),

        // 97140 after cuff repair: GH inferior and posterior glides grade II in bouts, STM to the posterior cuff, scapular mobs; ER PROM 20° → 32°: passes.
        ["v7-h55-slaton-97140-gh-glides"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Slaton
            Manual therapy 97140 — 11 minutes. Left rotator cuff repair, 9 weeks (Dr. Whitfield). Glenohumeral inferior and posterior glides, grade II, 3 bouts of 30 seconds each; soft-tissue mobilization to the posterior cuff and teres minor; scapular mobilization in right sidelying. Left shoulder capsular tightness: external rotation PROM 20 degrees before, 32 after.
            """,
            ["Z47.89", "M75.122"], [PT("97140", 11)], []),

        // 97116 early after trimalleolar ORIF: touch-down weight bearing in a CAM boot with a walker, feet and CGA, hop-to → swing-to, unsteady R landing and R LE fatigue, foot-placement cues: passes.
        ["v7-h55-cheney-97116-ttwb-cam-boot"] = new(
            """
            INOA PHYSICAL THERAPY — Cheney
            Surgeon: Dr. Lindgren · L trimalleolar ankle ORIF · Wk 3 · TTWB L in CAM boot
            97116 — 12 min: RW, TTWB L, 3 x 40 ft, CGA; hop-to → swing-to pattern; unsteady landing on the R and R LE fatigue by the end of each pass; cues for L foot placement and keeping the weight off the L heel
            """,
            ["S82.852D"], [PT("97116", 12)], []),

        // "Ther ex per MD protocol. Tolerated session well. Continue per plan.": no exercise, region or number: generic only.
        ["v7-h55-generic-97110-md-protocol"] = new(
            "Ther ex per MD protocol. Tolerated session well. Continue per plan.",
            ["Z96.651"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // A hospital header, "Neuromuscular re-ed per POC. Pt tolerated, no c/o." and an e-signature with date and time: judged on content, the 97112 names nothing, states no one-on-one and has no measure.
        ["v7-h55-generic-97112-header-e-signature"] = new(
            """
            GCMC OUTPATIENT REHAB
            PT Daily Note
            Neuromuscular re-ed per POC. Pt tolerated, no c/o.
            Electronically signed by: R. Lightfoot, PT, DPT on 03/04/26 at 1642
            """,
            ["Z96.651"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // "Manual therapy as indicated. Pt reports relief after. Cont POC.": no manual technique, region or number: generic only on 97140.
        ["v7-h55-generic-97140-as-indicated"] = new(
            "Manual therapy as indicated. Pt reports relief after. Cont POC.",
            ["Z96.652"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // "Therapeutic activities completed. Pt motivated and progressing toward goals. Cont skilled PT.": no activity, goal or number: generic only on 97530.
        ["v7-h55-generic-97530-toward-goals"] = new(
            "Therapeutic activities completed. Pt motivated and progressing toward goals. Cont skilled PT.",
            ["Z96.641"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // TKA POD 15 first week out of staples, "Billing: TE 97110 · 20 min | MT 97140 · 10 min | Gait 97116 · 12 min" all match; CPM and Polar Care named without minutes; each section complete: passes.
        ["vord-h55-spokanevalley-tka-three-codes"] = new(
            """
            INOA PHYSICAL THERAPY — Spokane Valley
            Surgeon: Dr. Rasmussen · R TKA · Wk 2 / POD 15 · Phase I · WBAT w/ RW · staples out today by the PA, incision well approximated, no drainage
            Home: Kinetec CPM 0→95°, Polar Care between sessions
            Billing: TE 97110 · 20 min | MT 97140 · 10 min | Gait 97116 · 12 min
            TE: quad sets w/ 5-s holds x 20; SLR 3 x 8 (10° lag); heel slides w/ strap 3 x 15; seated knee flexion w/ foot slide 3 x 10
            MT: patellar glides sup/inf/med/lat gr II 2 x 30 s each; retrograde edema massage thigh → knee
            Gait: RW, 2 x 150 ft, SBA; step-to → step-through; cues for heel strike and knee ext at IC
            R knee: ext −8 / flex 88; effusion moderate; goal 0–110 by wk 6 per protocol
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 20), PT("97140", 10), PT("97116", 12)], []),

        // Posterior THA POD 18 Epic rows with precautions and an abduction wedge; Ther Ex 20 and Gait 15 minutes match; doses, walker → cane with feet and CGA, abductor grades and Trendelenburg: passes.
        ["vord-h55-owasso-tha-posterior-te-gait"] = new(
            """
            GCMC OUTPATIENT REHAB · OWASSO
            Row Name                            03/04/26 0900
            Procedure                           R THA, posterior approach — POD 18 (Dr. Haskell)
            Precautions                         posterior hip (no flex > 90°, no IR, no crossing legs) — abduction wedge in bed
            Weight Bearing                      WBAT
            Ther Ex Minutes                     20
            Ther Ex Detail                      supine hip abd slides 3 x 12; glute sets 10 x 5-s; standing hip abd/ext at the counter 3 x 10 each; mini-squats 2 x 10
            Gait Training Minutes               15
            Gait Training Detail                RW → SPC trial in the L hand, 3 x 100 ft, CGA; curb step w/ RW x 2, min A
            Impairments                         R hip abd 3-/5, ext 3/5; R Trendelenburg w/ SPC; ↓ R stance time
            Goal                                SPC for community distances by wk 8
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 20), PT("97116", 15)], []),

        // Cuff repair + tenodesis POD 19 Phase I (PROM only, sling and abduction pillow): MT 12 (PROM oscillations gr I–II, scapular mobs, STM) and TE 10 (pendulums, slides with doses) match; PROM degrees: passes.
        ["vord-h55-knappscorner-rcr-phase-i-mt-te"] = new(
            """
            WMBJ Rehab Services — Grand Rapids (Knapp's Corner)
            Dr. Hoekstra · L RCR (supraspinatus, double row) + biceps tenodesis · POD 19 · Phase I: PROM only, sling + abduction pillow at all times except exercise, no AROM until wk 6
            CC: sleeping in the recliner; pain 4/10
            Tx: MT 97140 (12 min) — GH PROM within protocol limits (flex to 120°, ER to 30° in scaption) w/ gr I–II oscillations; scapular mobs in R sidelying; STM upper trap/levator
                TE 97110 (10 min) — pendulums 2 x 30 circles each way; table slides flexion 2 x 15; elbow/wrist/hand AROM 2 x 15; scapular retraction in the sling 2 x 15
            ROM: L shoulder PROM flex 105°, ER 22°, abd 70°
            Resp: guarding ↓ after mobs
            Plan: PROM per protocol; f/u Dr. Hoekstra at 6 wk
            """,
            ["Z47.89", "M75.122"], [PT("97140", 12), PT("97110", 10)], []),

        // Dictated laminectomy 10 wk "Treated one-on-one for the whole visit"; TE 18 (stepper distance, holds, doses; extensor weakness) and NMR 15 (foam EC, SLS cone pick-ups; L-leg postural control) match; SLS and Berg: passes.
        ["vord-h55-lubbock-laminectomy-te-nmr"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Lubbock
            Daily note, dictated. Patient is 10 weeks out from an L4–L5 laminectomy and foraminotomy (Dr. Vance); walking tolerance is up to about a block before the left leg gets heavy. Treated one-on-one for the whole visit.
            Therapeutic exercise, 97110, 18 minutes: recumbent stepper, level 4, 0.5 mile; bird-dog 3 x 10 with 5-second holds; bridges 3 x 12; partial curl-ups 2 x 10; sciatic nerve flossing in sitting 2 x 10. Aimed at the lumbar and hip extensor weakness and the left leg fatigue with walking.
            Neuromuscular re-education, 97112, 15 minutes: tandem and single-leg stance on foam with eyes closed, cone pick-ups in left single-leg stance, and lateral stepping against band resistance while catching a ball. Left foot drag and impaired left-leg postural control since the surgery; L5-distribution numbness.
            Left SLS 7 seconds (4 at initial evaluation); Berg 49/56.
            """,
            ["M48.062", "Z98.890"], [PT("97110", 18), PT("97112", 15)], []),

        // Reverse shoulder wk 8 dash lists: TE 20 (AAROM → AROM, ER to 30°, pulleys, isometrics with doses) and MT 10 (glides with grade and bouts, STM) match; AROM/PROM degrees and a bank-fishing goal: passes.
        ["vord-h55-shreveport-rtsa-te-mt"] = new(
            """
            RRBJ PT — Shreveport (Line Ave)
            s/p R rTSA (Dr. Thibodeaux) · wk 8 · sling d/c'd wk 6 · no IR behind back, no lifting > 1 lb, no pushing up from a chair w/ the R
            TE 97110 — 20 min
            – supine AAROM flex w/ cane 3 x 15 → AROM 2 x 10
            – supine ER w/ cane to 30° 3 x 10
            – pulleys 2 x 15
            – deltoid isometrics 5 x 5-s (ant/mid/post)
            MT 97140 — 10 min
            – GH inf + post glides gr II–III 3 x 30 s
            – STM ant deltoid / pec minor
            R shoulder AROM flex 96°, PROM flex 130° / ER 30°
            Goal: R hand to mouth + hair w/o trunk lean; back to fishing the Red River from the bank
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // Gamma nail wk 6: Gait 13 (walker → cane, feet, SBA, Trendelenburg) and TA 17 (floor recovery, porch steps, grocery carry with levels) match; abductor grade and a live-alone goal: passes.
        ["vord-h55-bossier-gamma-nail-gait-ta"] = new(
            """
            RRBJ PT — Bossier City
            s/p L intertrochanteric fx, Gamma nail (Dr. Guidry) · wk 6 · WBAT · Barksdale retiree, lives alone in a one-story
            Gait 97116 — 13 min
            – RW → SPC in the R hand, 2 x 200 ft, SBA; L Trendelenburg + short R step; cued equal stride
            TA 97530 — 17 min
            – floor → stand via half-kneel w/ a chair, x 3, min A → CGA
            – up/down 3 porch steps w/ 1 rail + SPC, step-to, x 4, CGA
            – carrying a 5-lb grocery bag 30 ft w/ SPC, SBA
            L hip abductor weakness 3/5; goal: get up from the floor alone + carry the groceries in
            """,
            ["S72.142D"], [PT("97116", 13), PT("97530", 17)], []),

        // Trimalleolar ORIF wk 8 "TTWB → WBAT in CAM boot per today's MD visit"; "Billing: Gait 97116 = 14 min · TE 97110 = 16 min" match; crutch progression with feet and levels, dosed ankle exercises, DF/PF degrees: passes.
        ["vord-h55-coeurdalene-ankle-ttwb-to-wbat"] = new(
            """
            INOA PHYSICAL THERAPY — Coeur d'Alene
            Surgeon: Dr. Lindgren · R trimalleolar ankle ORIF · Wk 8 · TTWB → WBAT in CAM boot per today's MD visit; incision healed, sutures out wk 2
            Billing: Gait 97116 = 14 min · TE 97110 = 16 min
            Gait: WBAT in CAM boot w/ RW → bilateral forearm crutches, 3 x 100 ft, CGA → SBA; swing-through → 3-point; R heel-first cue
            TE: ankle AROM alphabet x 2; towel scrunches 3 x 20; seated heel raises 3 x 15; red-band ankle 4-way 2 x 15
            R ankle DF −2° (neutral not reached), PF 30°; calf atrophy; goal: walk the dock to the boat slip without crutches
            """,
            ["S82.851D"], [PT("97116", 14), PT("97110", 16)], []),

        // Epic rows the morning after an MUA: Manual 14 (grade IV glides in bouts, patellar glides, STM) and Ther Ex 24 (doses) match; flexion before/after and arthrofibrosis: passes.
        ["vord-h55-brokenarrow-day-after-mua"] = new(
            """
            GCMC OUTPATIENT REHAB — BROKEN ARROW
            Row Name                            03/04/26 0715
            Procedure                           L TKA 12/18 (Dr. Haskell); MUA 03/03 — 0–120° under anesthesia
            Notes                               PT day 1 after MUA, seen same AM per surgeon's order
            Manual Therapy Minutes              14
            Manual Therapy Detail               tib-fem A-P glides gr IV at end-range flexion 5 x 30 s; patellar inferior glides gr III–IV; STM suprapatellar pouch/quad tendon
            Ther Ex Minutes                     24
            Ther Ex Detail                      bike rocking → full revs; heel slides w/ overpressure 3 x 15; wall slides 3 x 10; quad sets 10 x 10-s; SLR 3 x 10
            Knee ROM (deg)                      ext 0 / flex 114 post-tx (108 pre)
            Impairments                         L knee arthrofibrosis w/ flexion loss; goal keep ≥ 115°
            """,
            ["Z96.652", "T84.82XD"], [PT("97140", 14), PT("97110", 24)], []),

        // Lateral partial knee wk 6: NMR 18 "1:1" (retro treadmill, tilt board, box drop onto foam, cup walking; proprioception/eccentric control; SLS) and TE 15 (loads and doses) match: passes.
        ["vord-h55-kentwood-uka-nmr-te"] = new(
            """
            WMBJ Rehab Services — Kentwood
            Dr. VanderMolen · L UKA (lateral) · wk 6
            CC: knee feels "wobbly" stepping off the curb at Meijer
            ROM: L ext 0 / flex 122
            Tx: NMR 97112 (18 min) — 1:1 — retro walking on the treadmill; tilt board A/P w/ ball toss; stepping off a 6-in box onto foam; lateral cup walking
                TE 97110 (15 min) — leg press 3 x 12 @ 60 lb; eccentric step-downs 4-in 3 x 10; hamstring curls 3 x 12 @ 10 lb
            Resp: L knee proprioception + quad eccentric control ↓ (knee "gives" landing off the box); L SLS 11 s; quad 4/5
            """,
            ["Z96.652"], [PT("97112", 18), PT("97110", 15)], []),

        // Long posterior fusion 16 wk: TE 16 (core work with holds and loads; trunk/hip extensor weakness) and TA 14 (feed buckets, carry, truck-cab step with supervision and cues; cattle goal) match: passes.
        ["vord-h55-amarillo-fusion-te-ta"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Amarillo
            Treatment summary. L3–S1 posterior fusion, 16 weeks (Dr. Vance). Bending/lifting/twisting precautions lifted at week 12; still no lifting over 25 pounds.
            Therapeutic exercise 97110 — 16 minutes: dead bugs 3 x 10, side plank from the knees 3 x 20 seconds, bird-dog 3 x 10, Pallof press 3 x 10 with the red band, sit-to-stand holding a 10-pound kettlebell 3 x 10. Trunk and hip extensor weakness; poor endurance holding positions.
            Therapeutic activities 97530 — 14 minutes: picking up 15-lb feed buckets from the floor with a hip hinge x 8, carrying them 50 feet, stepping up into a simulated truck cab (18-inch step with grab bar) x 5; supervision with 2 cues for the hinge. Goal: feed his cattle and drive the pickup again.
            """,
            ["Z98.1", "M48.062"], [PT("97110", 16), PT("97530", 14)], []),

        // PTA gait after staged bilateral knees: walker → cane with feet, curb and a flight with SBA; stiff-knee gait with reduced swing flexion; festival goal; minutes match: passes.
        ["vord-h55-natchitoches-pta-bilateral-tka-gait"] = new(
            """
            RRBJ PT — Natchitoches · PTA note
            s/p bilat TKA (staged: L 10/14, R 01/20 — Dr. Guidry) · R wk 6
            Gait 97116 — 15 min
            – RW → SPC, 4 x 120 ft indoor + curb, SBA
            – stiff-knee gait R > L, ↓ knee flexion in swing; cued hip/knee flexion + heel strike
            – 1 flight (14 steps) reciprocal w/ rail, SBA
            Goal: walk the Christmas festival on Front St w/ the SPC
            """,
            ["Z96.653"], [PTA("97116", 15)], []),

        // OT reverse shoulder wk 9 Epic rows: "Therapeutic Activity Minutes 22", dressing/reaching/hair tasks with counts, SBA and Mod I; elevation degrees and a Sunday goal: passes.
        ["vord-h55-jenks-ot-rtsa-97530"] = new(
            """
            GCMC OUTPATIENT REHAB — JENKS · OCCUPATIONAL THERAPY
            Row Name                          03/04/26 1400
            Procedure                         L rTSA — wk 9 (Dr. Tsosie)
            Precautions                       no IR behind back; no lifting > 5 lb; no pushing up w/ the L
            Therapeutic Activity Minutes      22
            Activity Detail                   UB dressing (button-down shirt, L arm first) x 3; reaching dishes to a counter-height shelf x 20; washing hair in a seated shower simulation w/ the L hand assisting
            Assist                            UB dressing SBA (min A at IE); reaching Mod I
            Deficit / Goal                    L shoulder elevation 100°; goal: dress + do her hair for Sunday service
            """,
            ["Z96.612", "Z47.1"], [OT("97530", 22)], []),

        // Mako TKA POD 9 first outpatient visit (Prevena off, Homans' negative, aspirin, CPM and Cryo/Cuff named without minutes): TE 18 and Gait 12 match; doses, lag, feet and SBA, degrees: passes.
        ["vord-h55-hudsonville-tka-first-visit-cpm-cryo"] = new(
            """
            WMBJ Rehab Services — Hudsonville
            Dr. Brink · R TKA (Mako) · POD 9 · first outpt visit · Prevena incision vac removed POD 7; incision well approximated, mild ecchymosis distal thigh; Homans' neg; on aspirin 81 BID
            Home: CPM 0→90° TID; Cryo/Cuff after each session
            Tx: TE 97110 (18 min) — quad sets 2 x 15; SLR w/ 20° lag 2 x 8; heel slides 3 x 10; ankle pumps 2 x 20; SAQ 2 x 10
                Gait 97116 (12 min) — RW, 2 x 80 ft, SBA; step-to pattern; cues for heel strike + R knee ext at IC
            ROM: R ext −10 / flex 78
            Resp: quad lag 20°, R knee flexion ROM ↓; goal: 0–90 by POD 14 per Dr. Brink's pathway
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18), PT("97116", 12)], []),

        // Dictated cuff repair wk 10 "Seen one-on-one."; exercise 20 (doses, degrees) and NMR 13 (rhythmic stabilization, scapular clock, CKC circles; dynamic cuff/scapular motor control; hike k of 10) match: passes.
        ["vord-h55-wolfforth-rcr-phase-ii-te-nmr"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Wolfforth
            Right rotator cuff repair (Dr. Whitfield), 10 weeks, phase II. Sling off since week 6. Seen one-on-one.
            Exercise 97110, 20 minutes: standing wand flexion 3 x 10; sidelying external rotation with a 1-pound weight 3 x 10; prone rows 3 x 12; prone extension to neutral 2 x 12; wall walks to 130 degrees 2 x 10. Right shoulder flexion active 128 degrees, external rotation 45.
            Neuromuscular re-education 97112, 13 minutes: rhythmic stabilization at 90 degrees of flexion in supine, progressed to 120; scapular clock in sidelying; closed-chain ball-on-table circles. Targets dynamic rotator cuff/scapular motor control — the humeral head rides up and the scapula hikes with elevation. Hike visible in 3 of 10 elevations (6 of 10 last week).
            """,
            ["Z47.89", "M75.121"], [PT("97110", 20), PT("97112", 13)], []),

        // PTA sliding-hip-screw wk 7 "Billing: TE 97110 = 15 min · TA 97530 = 15 min" match; dosed hip exercises and transfers/tub step/dryer reach with counts and levels; abductor grade and a shower/laundry goal: passes.
        ["vord-h55-postfalls-pta-hip-screw-te-ta"] = new(
            """
            INOA PHYSICAL THERAPY — Post Falls · PTA visit (PT on site)
            Surgeon: Dr. Lindgren · L femoral neck fx, sliding hip screw · Wk 7 · WBAT
            Billing: TE 97110 = 15 min · TA 97530 = 15 min
            TE: sidelying L hip abd 3 x 10 (1 lb); bridges 3 x 12; standing hip ext at the counter 3 x 10; heel raises 3 x 15
            TA: bed → chair → toilet transfers x 3 each, SBA; stepping into/out of the tub over a 14-in wall w/ grab bar x 4, CGA; reaching into the low dryer w/ the SPC in hand x 5
            L hip weakness (abd 3/5); goal: shower + do laundry alone at home in Rathdrum
            """,
            ["S72.002D"], [PTA("97110", 15), PTA("97530", 15)], []),

        // Bimalleolar ORIF + TightRope 13 wk "pt seen 1:1": NMR 16 (pillow SLS, tilt-board catches, grapevine; proprioception/peroneal timing; SLS and step-offs) and TE 15 (doses, degrees, PF grade) match: passes.
        ["vord-h55-benton-ankle-nmr-te"] = new(
            """
            RRBJ PT — Benton
            s/p L bimalleolar ORIF + syndesmotic TightRope (Dr. Broussard) · 13 wk · FWB in shoe
            NMR 97112 — 16 min — pt seen 1:1
            – SLS on a pillow w/ head turns; tilt-board inversion catches; grapevine on a line
            – L ankle proprioception + peroneal timing ↓ (rolled the ankle on the deer-stand ladder last wk)
            – L SLS 8 s (R 28 s); grapevine 2 step-offs / 20 ft
            TE 97110 — 15 min
            – SL heel raises 3 x 10; eccentric heel drops 3 x 12; blue-band eversion 3 x 15; calf stretch 3 x 30 s
            – L DF 10° / PF 40°, PF 4-/5
            """,
            ["S82.842D"], [PT("97112", 16), PT("97110", 15)], []),

        // Dictated PTA TKA wk 5: TE 18 (bike, step-ups, wall sits, weighted LAQ; degrees) and TA 14 (pickup transfer, garden kneeling, watering-can carry with CGA/supervision; garden goal) match: passes.
        ["vord-h55-plainview-pta-tka-te-ta"] = new(
            """
            Caprock Regional Health — Outpatient Therapy Services, Plainview
            PTA daily note (supervising PT on site). Left TKA, 5 weeks (Dr. Aldana).
            TE 97110 — 18 minutes: recumbent bike full revolutions; step-ups on the 6-inch step 3 x 10; wall sits 3 x 20 seconds; long-arc quads with a 3-pound weight 3 x 12. Left knee flexion 108 degrees, extension minus 3; quad lag gone.
            TA 97530 — 14 minutes: getting in and out of the pickup using the grab handle x 4, kneeling to the garden bed on a pad and back up x 3, carrying a 2-gallon watering can 40 feet; contact guard for kneeling, supervision otherwise. Goal: tend her garden and drive her grandson to the Dairy Queen.
            """,
            ["Z96.652"], [PTA("97110", 18), PTA("97530", 14)], []),

        // Laminectomy 5 wk gait: cane → no device, 3 laps (660 ft) with SBA; L foot slap and short stride from claudication; "Gait 97116 (15 min)" matches: passes.
        ["vord-h55-rockford-laminectomy-gait"] = new(
            """
            WMBJ Rehab Services — Rockford
            Dr. Hoekstra (spine) · L4–5 laminectomy · 5 wk · no bending, lifting > 10 lb or twisting
            Tx: Gait 97116 (15 min) — SPC → no device on the indoor track, 3 laps (660 ft), SBA; cues for longer steps + arm swing
            Resp: L foot slap at heel strike (↓ L DF 4/5) and short stride from claudication; goal: walk the Rogue River trail loop without the cane
            """,
            ["M48.062", "Z98.890"], [PT("97116", 15)], []),

        // OT posterior THA wk 3 Epic rows: LB dressing with devices, tub bench with a leg lifter, raised toilet; CGA → SBA, min A, SBA; precautions and an independence goal; minutes match: passes.
        ["vord-h55-sandsprings-ot-tha-adl"] = new(
            """
            GCMC OUTPATIENT REHAB — SAND SPRINGS · OT
            Row Name                          03/04/26 1015
            Procedure                         L THA posterior — wk 3 (Dr. Haskell)
            Precautions                       posterior hip — no flex > 90°, no IR, no crossing midline
            Therapeutic Activity Minutes      18
            Activity Detail                   LB dressing w/ reacher + sock aid + long-handled shoe horn x 2 trials; tub bench transfer w/ leg lifter x 3; toilet w/ raised seat x 2
            Assist                            LB dressing CGA → SBA on trial 2; tub bench min A; toilet SBA
            Goal                              dress + bathe independently within hip precautions
            """,
            ["Z96.642"], [OT("97530", 18)], []),

        // PTA anterior THA wk 5 (anterior precautions): slider abduction, bridges, weighted standing hip work, STS from a chair with doses; flexor/abductor grades and a couch/trail goal; minutes match: passes.
        ["vord-h55-cheney-pta-tha-anterior-te"] = new(
            """
            INOA PHYSICAL THERAPY — Cheney · PTA
            Surgeon: Dr. Rasmussen · R THA, anterior approach · Wk 5 · anterior precautions through wk 6 (no hip ext past neutral, no ER w/ ext)
            97110 — 20 min: supine hip abd w/ slider 3 x 15; bridges 3 x 12; standing hip flexion/abd at the counter 3 x 12 w/ 2 lb; sit-to-stand w/o hands from an 18-in chair 3 x 8
            R hip flexor + abductor weakness (4-/5), ↓ sit-to-stand power; goal: get up off the couch + walk the Fish Lake trail
            """,
            ["Z96.641"], [PTA("97110", 20)], []),

        // Hemiarthroplasty after a kitchen fall, wk 10, "1:1 w/ PT": reactive stepping to pushes, obstacle course, tandem with head turns; reactive stepping/lateral postural control; TUG, Berg and steps to recover: passes.
        ["vord-h55-minden-hemi-fall-nmr"] = new(
            """
            RRBJ PT — Minden
            s/p R hip hemi for a femoral neck fx after a fall in the kitchen (Dr. Guidry) · wk 10
            NMR 97112 — 20 min — 1:1 w/ PT
            – reactive stepping to manual pushes A/P/lateral
            – obstacle course: step over 2 shoes + around a chair, then stop on command
            – tandem stance → tandem walk on a line w/ head turns
            Deficit: ↓ reactive stepping + lateral postural control; fell last Nov
            Obj: TUG 13.2 s; Berg 46/56; lateral push → 2 steps to recover (3+ at wk 6)
            """,
            ["S72.001D", "Z96.641", "Z91.81"], [PT("97112", 20)], []),

        // Complete ankle ORIF 97110 (heel raises, band 4-way, step-ups, stretch with doses; DF degrees and PF grade; mowing goal) sent with no diagnosis.
        ["vord-h55-libertylake-ankle-te-no-diagnosis"] = new(
            """
            INOA PHYSICAL THERAPY — Liberty Lake
            Surgeon: Dr. Lindgren · L lateral malleolus ORIF · Wk 10 · FWB
            97110 — 18 min: heel raises 3 x 12; blue-band ankle 4-way 2 x 15; step-ups 6-in 3 x 10; standing calf stretch 3 x 30 s
            L ankle DF 8° (R 15°), PF 4-/5; goal: mow the lawn on the slope
            """,
            [], [PT("97110", 18)], [Dx]),

        // Complete TKA Epic note (Ther Ex 18, Manual 10, both match and complete) whose diagnosis field carries the surgical CPT code 27447: not an ICD-10-CM code.
        ["vord-h55-owasso-surgical-cpt-in-diagnosis"] = new(
            """
            GCMC OUTPATIENT REHAB · OWASSO
            Row Name                            03/04/26 1530
            Procedure                           R TKA — POD 22 (Dr. Haskell)
            Ther Ex Minutes                     18
            Ther Ex Detail                      SAQ 3 x 15; heel slides 3 x 15; standing TKE w/ band 3 x 12; step-ups 4-in 2 x 10
            Manual Therapy Minutes              10
            Manual Therapy Detail               patellar glides gr III 3 x 30 s each direction; tib-fem A-P glides gr III at end-range flexion
            Impairments                         R knee flexion ROM + quad strength — ext −4 / flex 101
            """,
            ["27447"], [PT("97110", 18), PT("97140", 10)], [Dx]),

        // "Pt seen today. Ther ex + manual per protocol. Tolerating well, progressing as expected. Total timed 30 min." on 97110 + 97140: nothing named for either code and a total only.
        ["vord-h55-shreveport-generic-two-codes-total"] = new(
            "Pt seen today. Ther ex + manual per protocol. Tolerating well, progressing as expected. Total timed 30 min. Cont POC, f/u w/ MD as scheduled.",
            ["Z96.651"], [PT("97110", 20), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Complete three-code ankle note ("Time: 15 min → 97112 · 15 min → 97110 · 10 min → 97116", all match and complete) that never says the NMR was one-on-one.
        ["vord-h55-grandville-three-codes-attendance-unstated"] = new(
            """
            WMBJ Rehab Services — Grandville
            Dr. Kooistra · R trimalleolar ORIF · 11 wk · FWB
            Time: 15 min → 97112 · 15 min → 97110 · 10 min → 97116
            Tx 97112: tilt-board inversion catches; SLS on foam w/ ball toss; lateral stepping over hurdles onto foam
            Tx 97110: heel raises 3 x 12; blue-band 4-way 2 x 15; step-ups 6-in 3 x 10
            Tx 97116: no device, 4 x 150 ft + 2 curbs, SBA; R push-off cues
            Resp: R ankle proprioception ↓ (SLS foam 5 s); R PF weakness 4-/5; ↓ R push-off + short L step
            """,
            ["S82.851D"], [PT("97112", 15), PT("97110", 15), PT("97116", 10)], [At(OneOnOne, "97112")]),

        // Dictated "Manual therapy to the right knee, 12 minutes, for flexion stiffness after TKA. Flexion 98 degrees before, 104 after.": a region and numbers but no manual technique named.
        ["vord-h55-levelland-manual-unnamed-97140"] = new(
            """
            Caprock Regional Health — Outpatient Therapy, Levelland
            Manual therapy to the right knee, 12 minutes, for flexion stiffness after TKA (Dr. Aldana). Flexion 98 degrees before, 104 after.
            """,
            ["Z96.651"], [PT("97140", 12)], [At(Tech, "97140")]),

        // 97530 car transfers, floor recovery and cane stairs with a truck/garden goal, but "doing better with these" is no level, count or number: no measure.
        ["vord-h55-bixby-97530-no-level-no-number"] = new(
            """
            GCMC Outpatient Rehab — Bixby
            97530: practiced car transfers into the truck, getting up from the floor, and stairs with the cane. Pt doing better with these.
            L TKA (Dr. Haskell); goal: get in and out of his truck and up from the ground after gardening.
            """,
            ["Z96.652"], [PT("97530", 15)], [At(Measure, "97530")]),

        // "97116 — 25 min" on the one gait line billed at 12: mismatch; walker → cane, feet, SBA, deviations after anterior THA complete.
        ["vord-h55-cheney-gait-25-against-12"] = new(
            """
            INOA PHYSICAL THERAPY — Cheney
            Surgeon: Dr. Rasmussen · R THA, anterior approach · Wk 4 · WBAT
            97116 — 25 min: RW → SPC in the L hand, 3 x 150 ft, SBA; short L step + R lateral trunk lean; cued for equal step length and upright trunk
            """,
            ["Z96.641"], [PT("97116", 12)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
