using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of metabolic, vascular and weight-related outpatient therapy — diabetes with peripheral
/// neuropathy in a foot-at-risk programme (10-g monofilament site maps, a 128 Hz fork timed at the hallux, LOPS,
/// IWGDF risk categories, extra-depth shoes, custom inserts and rocker soles, a Charcot foot in a CROW, a
/// forefoot-offloading shoe and a knee scooter, foot inspections before and after; wound care, callus paring and
/// dressings by the wound nurses and the podiatrist, never on a line), peripheral arterial disease before and after
/// a stent, an endarterectomy or a fem-pop bypass (ABI and TBI, non-compressible vessels, Rutherford class,
/// claudication onset and peak walking distance off a Gardner–Skinner treadmill test; supervised exercise therapy
/// billed under its own code, 93668, and never on a line), chronic kidney disease and hemodialysis patients seen on
/// their off days (MWF and TTS schedules, fistula, graft and chest-catheter precautions, dry weight), bariatric
/// patients before and after a sleeve or a gastric bypass (BMI, pounds lost, thigh cuffs, bariatric chairs,
/// commodes, rollators and a NuStep rated 600 lb, weight-bearing and standing tolerance), obesity with knee OA,
/// statin myopathy, and deconditioning and steroid myopathy after a kidney transplant — as the people who treat them
/// write it: glucose checks before exercise with hold rules and carbohydrate given, blood-pressure, heart-rate and
/// SpO2 rows, the SPPB item by item, gait speed on a 4-m course, the Four Square Step Test, grip dynamometry on the
/// arm without the access, the 30-s chair stand and a stair climb test — about two thirds ordinary and complete (68
/// of 103), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, and a PT's and
/// an OT's code on one morning), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital's diabetes-and-wound centre and its metabolic and bariatric surgery programme ("Kern Valley
/// Regional — Diabetes &amp; Wound Center, Outpatient Rehab" and "Metabolic &amp; Bariatric Surgery Program":
/// Bakersfield's Truxtun campus, with Delano, Shafter, Arvin and Tehachapi clinics; "KVRMC" on one short header) on
/// a hospital template ("PRE-ACTIVITY CHECK:" rows and a value / hold-if grid, "FEET:" and "SHOES:" lines, "Treatment mode: (•)
/// Individual ( ) Concurrent ( ) Group" radio buttons, a "Therapist : patient ☒ 1 : 1" row, a sensation box row, a
/// monofilament site map, "MEASURES" / "RESPONSE" / "Why:", a "TIME / CPT" dot-leader row) with PTs, a PTA and OTs:
/// an almond-huller operator, a grape picker and a grape-tray driver in Delano, an oil-field pumper from Taft, a Sikh
/// long-haul driver whose son interprets, a dairy milker in the parlour pit, a wind-farm technician on tower
/// ladders, a retired Kern County deputy, a swap-meet boot vendor, a Basque restaurant on Sumner Street, a
/// Filipino-American retired nurse, a cashier at the Vallarta on Niles Street, an onion picker near Arvin, the GET
/// bus step, the Kern River Parkway path and the Tehachapi Loop;</item>
/// <item>a vascular surgery group's PT programme ("Magic City Vascular Surgeons — Limb Preservation &amp; Walking
/// Program", "MCVS" on its short flowsheet: Birmingham's Southside, Bessemer, Hoover, Gardendale, Trussville and
/// Jasper, Alabama) writing terse flowsheets ("Vasc:" with ABI, TBI and Rutherford, "Pt:", numbered "Today:" items,
/// "Deficit:", "Min: NMR 97112 — 21", "NMR 1:1? ☐ Y ☒ N", "Target impairment: ____", a gait log by lap, "Tx time 34
/// min (TE + gait)") with PTs and PTAs: a retired foundry man, a barber on 3rd Avenue North, a school custodian, an
/// ACIPCO pipe inspector, a mail carrier, a Mercedes retiree from Vance, an Alabama Power lineman, a coal-truck
/// driver, a BBQ pitmaster, a church mother, a UAB unit secretary, a produce stand on Highway 78, the Galleria mall
/// walk, Rickwood Field, Legion Field and the Iron Bowl;</item>
/// <item>a nephrology-affiliated clinic in eastern North Carolina ("Neuse River Kidney Partners — Renal Rehab &amp;
/// Therapy", "NRKP Therapy" on its short form: Goldsboro, Kinston, Greenville, Wilson and New Bern) whose PTs and OTs
/// write a short header (dialysis schedule and unit, the access and its precautions, pre-exercise vitals) and then
/// first-person prose ("We worked on …", "I was with her alone …"), with box rows for the dialysis schedule, the
/// assistance level and "Seen 1:1", a "CPT / min:" row, charges with units and minutes and clock times per code: a
/// sweet-potato grader and a packing-line worker, tobacco, hog and soybean farmers, a Seymour Johnson retiree, a
/// deli clerk at the Food Lion, a deacon in the men's choir, a church pianist, a bait stand and the Union Point
/// dock, a ferry deckhand on the Neuse, a school-bus driver, collards and butter beans, the Whirligig Park and a
/// Piggly Wiggly trip.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h81-…): one-on-one in these writers' own words ("Just the two of us in the foot-clinic gym for
/// all of the 97112", "had my undivided attention the whole neuro re-ed block — I had no one else booked beside
/// her", "the sole patient in the walking gym for his re-ed block; I stayed hands-on with him throughout and left him
/// for no one", "Treated singly — I carried no other patient during his 97112", "Treatment was exclusive to Mr.
/// Pettaway" with his grandson in the doorway), notes that negate it (another patient at the other end of the
/// parallel bars, a PTA keeping watch on another patient's recumbent bike, a PT setting up another patient on the
/// leg press) or never state it (a husband and a diabetes educator in the room, a nephrology nurse drawing labs
/// before the session), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile): a 97110 in an off-day strength group of three, an OT 97530 with a rehab aide as second person
/// and a 97116 with two patients on the hallway loop;</item>
/// <item>class 2 (v2-h81-…): template states: "Treatment mode: (•) Individual" and "(•) Concurrent", "Seen 1:1 — ☐
/// yes ☐ no" left blank, "NMR 1:1? ☐ Y ☒ N", "Target impairment: ____" left blank, a "Therapist : patient ☒ 1 : 1"
/// row with a sensation row ticked for LOPS, a pre-activity value / hold-if grid, a dialysis-schedule box row, a gait
/// log by lap after a bypass, a "SHOES:" box row with new rocker soles, a "CPT / min:" row filled for one of two
/// codes, an exercise grid with nothing ticked, a bariatric pre-op exercise grid with loads, assistance-level box
/// rows for an OT after a transplant;</item>
/// <item>class 3 (v3-h81-…): named protocols, programmes and devices as techniques (Tai Chi for Diabetes, the IWGDF
/// foot–ankle exercise programme, Kaltenborn talocrural traction and glides, a CROW walker, an AlterG at a share of
/// body weight, PNF D1/D2 patterns and rhythmic stabilisation for a steroid myopathy, a SciFit arm ergometer for a
/// claudicant, GLA:D, the Freeman wobble-board progression, a knee scooter for forefoot offloading, gait training
/// after a Gardner–Skinner test), a NuStep programme with no dose or number and a Bertec balance plate with no
/// deficit;</item>
/// <item>class 4 (v4-h81-…): deficits stated as findings (a boot that can't tell the brake from the gas, a calf that
/// knots up by the third mailbox, a grandmother on the bathroom floor until supper, thighs that burn rising from the
/// pew with the statin held, knees that buckle on the bus step, hands that shake and a weave down the church aisle
/// after a transplant, a leg held stiff to spare the groin incision, a knee that won't straighten, shoes worn through
/// on the outside edge, soles she can't see or reach to check) and notes that state none (a transplant patient with
/// a normal screen and "No deficit found today", an IWGDF risk 0 screen with "Nothing to work on today");</item>
/// <item>class 5 (v5-h81-…): measures in their usual forms (a monofilament site map in + and −, a timed 128 Hz fork
/// with the examiner's margin, gait speed on a 4-m course, the SPPB item by item, grip on the arm without the
/// fistula and the 30-s chair stand, distance before knee pain on a bariatric rollator, the Four Square Step Test, a
/// stair climb test) and notes with none ("walked the gravel more surely than last week", "felt stronger this week",
/// "walked farther before the cramp than last time");</item>
/// <item>class 6 (v6-h81-…): minutes in their usual forms ("Min: TE 97110 — 18 | GT 97116 — 12", a "TIME / CPT"
/// dot-leader row for three codes, "We spent 23 minutes on balance retraining (97112) … Then 15 minutes on functional
/// practice (97530)", a PT's and an OT's code on one morning, gait in two pieces around a post-exercise ABI, charges
/// with units and minutes, "Neuro re-ed × 21 min" for the one timed code, start and end clock times per code) and
/// true mismatches (a PTA's ther ex 28 against 16, NMR 12 against 24, an OT's 30 against 18, gait 26 against 14, an
/// OT's 12 against 25 beside a PT's code that matches) and truly missing separate time ("Tx time 34 min (TE +
/// gait)", a third code's line with no minutes);</item>
/// <item>class 7 (v7-h81-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (conditioning before a sleeve), 97530 (a grocery aisle after a
/// transplant), 97140 (a bypass scar and a stiff ankle) and 97116 (a cane on the Kern River Parkway path), and wholly
/// generic 97112, 97110 + 97140 and OT 97530 notes;</item>
/// <item>ordinary (vord-h81-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, the ICD-9 codes 443.9 and 585.6 as a
/// visit's only diagnosis, a generic two-code note with a total.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — husbands, a sister, sons and
/// a grandson, a son who interprets, a diabetes educator, a rehab aide, a wound nurse, a nephrology nurse and a
/// sonographer (none of them a patient; the man at the other end of the bars, the woman on the recumbent bike, the
/// man on the leg press and the members of the off-day strength group are), glucose readings and grams of
/// carbohydrate, blood pressures, heart rates and SpO2, ABIs and TBIs, Rutherford classes and IWGDF risk categories,
/// BMIs, pounds lost, dry weights, an A1c and a CK, post-operative days and weeks, lifting limits, claudication onset
/// and peak walking distances, treadmill speeds, grades and metronome beats, watts and rpm, NuStep levels and steps,
/// miles, foot temperatures, step, curb, seat and box heights, loads in pounds, degrees, ages and years on a job —
/// and each is written so that a reviewer cannot take it for a code's minutes; the notes failed for want of a
/// measure carry no number but their code's and its minutes; no note gives minutes to a test, a rest, a walking
/// bout, dialysis, wound care, a trip to the vascular lab or a work shift.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (supervised exercise therapy, wound care, group classes and evaluations stay in the
/// notes, never on a line).
/// This set also leaves out wound care, dressings, debridement, callus paring and total-contact casting as any part
/// of a line's content or with minutes of their own, supervised exercise therapy with minutes or treadmill walking
/// to claudication pain as a 97116's content (the gait notes here train the pattern), exercise on the dialysis
/// chair, barefoot work on textured surfaces for insensate feet, an ABI, a TBI, a BMI, a glucose reading, a
/// claudication pain grade, a Rutherford class or an IWGDF risk category as a note's only number, a heart-rate or
/// RPE target as a 97110's only dose, a disease or a transplant named as a 97112's only target (every passing 97112
/// names a sensory, position-sense, postural or motor-recruitment deficit), a clinic's name in a note failed for want
/// of a deficit (those notes carry a short header that names no condition), a co-treatment by a PT and an OT on one
/// code, whether balance work for a neuropathy, GLA:D or Tai Chi for Diabetes belongs under 97110, 97112 or 97530, and
/// whether a payer covers pre-operative conditioning required by a bariatric surgeon (coding and coverage
/// questions, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 96 of 103 cases agree (101 needed), and 6 of the 68 notes the reviewer passes got a finding, on the analyzer of b32474d (the start of the 2026-12-06 twelfth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 103 of 103, no false positive — "Treatment was exclusive to Mr. P for all of the re-ed", "Therapist : patient ☒ 1 : 1" (a ratio written with spaces), "all of it just her and me", "Gait 97116 in two pieces: 9 min, then …, then 8 min more — 17 min in all", vocabulary from a helper (sway path, pedals felt by the feet, the ankle that gives).</para>
/// </summary>
public class HeldOutNotesIssue18EightyFirstTests(ITestOutputHelper output)
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

        // Kern Truxtun almond-huller operator: "Just the two of us in the foot-clinic gym for all of the 97112 — no other patient on my list in that slot"; Airex in work boots, rocker board, unannounced pelvic nudges; somatosensory loss (LOPS); Airex seconds, monofilament sites and fork; 23 matches: passes.
        ["v1-h81-kern-foot-gym-just-the-two-of-us"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 172 mg/dL (his own meter) · BP 136/74 · HR 80 · SpO2 98% RA
            FEET: both inspected, shoes and socks off and back on — no new redness, no blisters; callus R 1st MTH unchanged
            Almond-huller operator, 58, T2DM x 19 yr. Lost his footing twice on the huller catwalk grating this month.
            Just the two of us in the foot-clinic gym for all of the 97112 — no other patient on my list in that slot.
            97112 — 23 min
              - standing on the Airex in his work boots, eyes open → eyes closed, with head turns
              - rocker board A-P, then M-L, hands hovering over the bar
              - reactive stepping: I nudged him at the pelvis unannounced and he recovered with a step
            MEASURES: Airex eyes closed 11 s (4 s at eval); 10-g monofilament felt at 3/10 sites R, 4/10 L; 128 Hz fork at the hallux absent R, 3 s L
            RESPONSE: somatosensory loss both feet (LOPS) — leans on his eyes; steadier with a step strategy after the nudges
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Magic City Bessemer: "Mr. Oden (fem-pop bypass, wk 6) was on the other end of the parallel bars — I cued them both, trading back and forth": another patient in the block; foam-beam tandem, hurdles with a ball overhead, rocker-board shifts; plantar sensory and proprioceptive loss; seconds and sites present: one-on-one missing.
        ["v1-h81-magic-city-other-patient-other-end-of-the-bars"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: ABI R 0.68 / L 0.72 · TBI R 0.41 · Rutherford 2
            Pt: retired US Pipe foundry man, 71, T2DM with neuropathy; two falls stepping off the church van.
            Mr. Oden (fem-pop bypass, wk 6) was on the other end of the parallel bars — I cued them both, trading back and forth between his set and this pt's.
            Today:
             1. tandem stance on the foam beam, eyes closed on my count
             2. stepping over the 6-in. hurdles holding a 2-lb ball overhead
             3. lateral weight shifts on the rocker board to a laser dot on the wall
            Deficit: plantar sensory loss and poor ankle proprioception — can't feel where the van step is
            Tandem on foam 7 s (2 s at eval); monofilament 2/10 sites R, 3/10 L
            Min: NMR 97112 — 21
            """,
            ["E11.42", "I70.213"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Neuse Goldsboro off-day visit, first-person prose: "Mrs. Faircloth had my undivided attention the whole neuro re-ed block — I had no one else booked beside her"; foam EC, half-roller, tandem, shoulder pushes; uremic neuropathy with lost position sense; Mini-BESTest and seconds; 22 matches: passes.
        ["v1-h81-neuse-undivided-attention-off-day"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro
            HD: MWF at the Goldsboro unit — seen Tuesday, her off day.
            Access: L forearm AVF (thrill present) — no BP, no cuff weights, no band loops on the L arm.
            Pre: BP 148/82 R arm · HR 76 · SpO2 97%
            Mrs. Faircloth is a retired sweet-potato grader, 66. She says her feet "feel like they're wrapped in cotton" and she grabbed the dresser twice getting up at night this week. Mrs. Faircloth had my undivided attention the whole neuro re-ed block — I had no one else booked beside her.
            97112 — 22 min. We worked on standing on the foam pad with her eyes closed, stepping onto and off a half-round roller, and tandem walking along the tape with a light touch on my hand and then without it. I gave small unexpected pushes at her shoulders while she stood on the foam.
            Uremic neuropathy with loss of position sense at both ankles; she over-relies on her eyes.
            Mini-BESTest 17/28 (13/28 at eval); foam eyes closed 8 s.
            """,
            ["N18.6", "Z99.2", "R26.81"], [PT("97112", 22)], []),

        // Kern Delano grape picker with her husband in the room and the diabetes educator stopping in to go over sensor alarms; nothing states one-on-one; single-leg stance, uneven-surface path with head turns, ball catches on the Airex; proprioceptive loss; seconds, fork and sites present: one-on-one missing.
        ["v1-h81-kern-husband-and-educator-never-stated"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Delano clinic
            PRE-ACTIVITY CHECK: CGM (Libre) 148 mg/dL, flat arrow · BP 128/70 · SpO2 99% RA
            Grape picker, 52, T2DM on insulin. Her husband came in with her; the diabetes educator stopped in partway through to go over her sensor alarms with him.
            97112 — 20 min
              - single-leg stance at the counter, eyes open → closed, each side
              - walking the uneven-surface path (gravel tray, turf, foam squares) in her shoes, head turns to call out colours
              - catching a ball on the Airex, tossed off to each side
            MEASURES: single-leg stance R 6 s, L 8 s; 128 Hz fork at the hallux absent both; 10-g felt 5/10 sites R
            RESPONSE: proprioceptive loss at both ankles from the neuropathy — rolls the R ankle on the clods between the vine rows
            """,
            ["E11.42", "Z79.4"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Neuse Kinston Tuesday off-day strength group of three HD patients, "I went station to station": 97110 has no one-on-one check; weighted sit-to-stands, cuff-weight knee extension, hip abduction, stepper with doses; quad and hip weakness with a tractor goal; 30-s chair stand; 20 matches: passes.
        ["v1-h81-neuse-off-day-strength-group-97110"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Kinston
            Tuesday off-day strength group — three of our MWF hemodialysis patients working the stations at once; I went station to station.
            This chart: Mr. Sutton, 61, still farms tobacco with his sons. Access: R upper-arm AVG — no weights or band on the R arm.
            Pre: BP 152/84 L arm · HR 82
            97110 — 20 min
              sit-to-stand from the 18-in. chair holding a 6-lb ball, 3 x 10
              seated knee extension with 3-lb cuff weights at the ankles, 3 x 12 each
              standing hip abduction at the bar, 2 x 15 each
              recumbent stepper, level 4, 800 steps
            Why: quadriceps and hip weakness since starting dialysis — can't climb onto the tractor without hauling with his arms
            30-s chair stand 9 (6 at intake)
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 20)], []),

        // Magic City Gardendale PTA "While he worked through the foam sets I was also keeping watch on Mrs. Pruitt's recumbent bike and her heart-rate monitor at the next station": attending another patient; foam EC with head turns, beam heel-toe, step-and-reach; somatosensory loss; seconds and steps present: one-on-one missing.
        ["v1-h81-magic-city-pta-watching-another-patients-bike"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Gardendale · PTA note
            Vasc: ABI L 0.64 · Rutherford 3
            Pt: school custodian, 63; diabetic neuropathy and L calf claudication. His SET sessions (93668) are billed on their own days; today is balance only.
            While he worked through the foam sets I was also keeping watch on Mrs. Pruitt's recumbent bike and her heart-rate monitor at the next station.
            Today:
             1. foam stance eyes closed with head turns
             2. heel-toe walking on the 2x4 beam, forward and back
             3. step-and-reach to cones set at shin height, alternating legs
            Deficit: somatosensory loss below both knees — sways as soon as vision is taken away
            Foam EC 10 s; beam heel-toe 9 steps without stepping off
            Min: 97112 — 18
            """,
            ["E11.42", "I70.212"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Kern bariatric OT with a rehab aide as second person for tub transfers: 97530 has no one-on-one check; bariatric tub bench, sock aid and reacher, grooming at the sink; limited reach and standing tolerance after a sleeve; CGA and mod I; 24 matches: passes.
        ["v1-h81-kern-ot-bariatric-tub-bench-aide-97530"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Occupational Therapy · Bakersfield
            PRE-ACTIVITY CHECK: BP 138/82 (thigh cuff) · HR 92 · SpO2 95% RA
            Sleeve gastrectomy POD 19. BMI 51.8 (58.3 pre-op). Lives with her sister in Oildale; wants to shower alone again.
            Rehab aide in the room as second person for the tub-bench transfers.
            OT 97530 — 24 min
              - bariatric tub transfer bench (rated 500 lb): in and out of the ADL tub, x 4, long-handled sponge for the back and feet
              - lower-body dressing with a sock aid and a 32-in. reacher, seated on the bariatric commode
              - standing at the sink with the bariatric walker for grooming, two rounds
            Assist: tub transfers CGA (mod A at eval); socks with the sock aid mod I
            Why: limited trunk flexion and reach past the abdomen and low standing tolerance since surgery; goal — shower and dress without her sister
            """,
            ["E66.01", "Z68.43", "Z98.84"], [OT("97530", 24)], []),

        // Magic City Southside barber: "He was the sole patient in the walking gym for his re-ed block; I stayed hands-on with him throughout and left him for no one"; foam tandem with pushes, backward walking, half-roller EC with catches; sensory ataxia; Romberg and Berg; 24 matches: passes.
        ["v1-h81-magic-city-sole-patient-hands-on-throughout"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Southside
            Vasc: ABI non-compressible both sides — TBI R 0.52 / L 0.58 · Rutherford 1
            Pt: barber on 3rd Avenue North, 69; on his feet all day on the shop tile; numb feet; R calf tightens by the end of the block.
            He was the sole patient in the walking gym for his re-ed block; I stayed hands-on with him throughout and left him for no one.
            Today:
             1. tandem stance on the foam pad with small unannounced pushes at the shoulders and pelvis
             2. backward walking along the tape line, gait belt on
             3. standing on the half-foam roller, eyes closed, then catching a ball tossed to either side
            Deficit: sensory ataxia from the diabetic neuropathy — widens his base and watches his feet
            Romberg eyes closed 14 s (6 s at eval); Berg 47/56
            Min: 97112 — 24
            """,
            ["E11.42", "E11.51", "I70.213"], [PT("97112", 24)], []),

        // Neuse Greenville transplant patient: "She did the foam and rocker-board sequence at the bar while I was setting up Mr. Kornegay on the leg press and taking his blood pressure": attending another patient in the block; postural control and ankle proprioception deficit; seconds present: one-on-one missing.
        ["v1-h81-neuse-leg-press-neighbour-in-the-block"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville
            Ms. Barnhill, 44, kidney transplant in November (tacrolimus, prednisone). Mask on in the gym. Hand tremor on the tacrolimus; unsteady since the hospital stay.
            97112 — 22 min. She did the foam and rocker-board sequence at the bar while I was setting up Mr. Kornegay on the leg press and taking his blood pressure, then I came back to her for the step-ups.
            Sequence: foam stance, feet together, eyes closed; rocker board front-to-back with a 3-second hold at each end; step-up to the 6-in. step with a pause on one leg at the top.
            Impaired postural control and ankle proprioception after the long ICU and hospital stay.
            Foam eyes closed 12 s; single-leg pause on the step R 5 s, L 4 s.
            """,
            ["Z94.0", "M62.81", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Kern Shafter Sikh long-haul driver, son interpreting: "Treated singly — I carried no other patient during his 97112"; mock cab-step drills, foam with perturbations, ankle position matching; proprioceptive and plantar loss; matching error in degrees, seconds, sites; 21 matches: passes.
        ["v1-h81-kern-treated-singly-truck-cab-step"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Shafter clinic
            PRE-ACTIVITY CHECK: BG 205 mg/dL · BP 144/86 · SpO2 98% RA
            FEET: both inspected — healed ulcer site L hallux intact, no drainage; wearing the new extra-depth shoes
            Long-haul driver, 57; his son interprets in Punjabi. Can't feel the clutch or the truck step well; missed the cab step last week.
            Treated singly — I carried no other patient during his 97112.
            97112 — 21 min
              - stepping up and down the 12-in. mock cab step, eyes on a target ahead (not his feet), hand on the grab bar
              - foam stance, eyes closed, then with pelvic perturbations
              - ankle joint-position matching: I placed the R foot, he copied it with the L, eyes closed
            MEASURES: position-matching error 8° (20° at eval); foam EC 9 s; monofilament 2/10 sites L
            RESPONSE: proprioceptive and plantar sensory loss both feet; looks down to place every step
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // Magic City Hoover ACIPCO retiree: "Treatment was exclusive to Mr. Pettaway for all of the re-ed; his grandson watched from the doorway" (family does not undo it); foam step-overs, figure-of-eight obstacles, rocker board EC; lost proprioception and plantar sensation; clearances, seconds, sites; 20 matches: passes.
        ["v1-h81-magic-city-grandson-in-the-doorway-exclusive"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Hoover
            Vasc: ABI R 0.71 (after the R SFA stent in December) · Rutherford 1
            Pt: Mr. Pettaway, 74, retired ACIPCO pipe inspector; numb feet; caught his toe on the Galleria mall-walking route and went down on one knee.
            Treatment was exclusive to Mr. Pettaway for all of the re-ed; his grandson watched from the doorway and drove him home.
            Today:
             1. stepping onto the foam square and off on the far side, eyes forward, 3 rounds
             2. obstacle course in a figure of eight: shoebox, rolled towel, 4-in. step
             3. standing on the rocker board with eyes closed, weight shifts toe to heel
            Deficit: lost proprioception and plantar sensation in both feet — can't feel where his toes are to clear the floor
            Figure-of-eight course 10 of 10 clearances; rocker board EC 15 s; monofilament 4/10 sites R
            Min: 97112 — 20
            """,
            ["E11.42", "I70.211"], [PT("97112", 20)], []),

        // Neuse Wilson barber, the nephrology nurse drew labs before the session; nothing states one-on-one; curb step-downs eyes up, cane step-overs, foam with head turns; lost plantar sensation and position sense; counts and seconds present: one-on-one missing.
        ["v1-h81-neuse-labs-drawn-first-never-stated"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Wilson
            HD: MWF, Wilson unit — today is Thursday, his off day. Access: R chest catheter (fistula maturing in the L arm) — keep the catheter dressing dry; no weights on the L arm.
            Pre: BP 138/78 · HR 84 · BG 156
            The nephrology nurse drew his monthly labs before we started.
            Mr. Batts, 58, barber downtown near the Whirligig Park. Diabetes and kidney failure; his feet are numb to the ankles and he wobbles stepping off the curb to his truck.
            97112 — 19 min. We practiced curb step-downs with his eyes up, stepping sideways over a cane laid on the floor, and standing feet together on the foam pad while he turned his head to read cards on the wall.
            Diabetic neuropathy with loss of plantar sensation and ankle position sense; over-uses his eyes.
            Curb step-downs 8 of 10 without a grab; feet together on foam 15 s.
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Kern Arvin: two offloading-shoe patients walked the hallway loop together, "I walked between them": 97116 has no one-on-one check; gait in the forefoot-offloading shoe with a walker, turns, thresholds; vaulting and a short step while offloading an ulcer (wound RN, not billed); feet, SBA and CGA; 16 matches: passes.
        ["v1-h81-kern-two-offloading-shoes-on-the-loop-97116"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Arvin clinic
            Two of our offloading-shoe patients walked the hallway loop together today; I walked between them.
            PRE-ACTIVITY CHECK: BG 188 mg/dL · BP 140/80
            This chart: Sra. Lozano, 61, school cafeteria cook. R plantar forefoot ulcer under the 2nd met head, dressed by the wound RN before therapy (not billed here). Forefoot-offloading shoe on the R, a matched-height sole on the L.
            97116 — 16 min
              - gait in the offloading shoe with the front-wheeled walker: heel-first contact on the R, no push-off through the forefoot, 4 laps of the 120-ft loop (480 ft)
              - turns to the R without pivoting on the forefoot; the door threshold and the carpet edge
              - SBA on the loop, CGA on the turns
            Why: must keep weight off the R forefoot; without cues she vaults onto the R toes and shortens the L step
            """,
            ["E11.621", "L97.512", "E11.42"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 2: radio buttons, box rows, grids and logs

        // Kern Tehachapi "Treatment mode: (•) Individual": one-on-one; T1 wind-farm tech, carbohydrate given before exercise; dowel-rung stance with a tool bag, BOSU squats, trunk perturbations; early large-fibre neuropathy; dowel seconds and timed fork; 22 matches: passes.
        ["v2-h81-kern-radio-individual-selected"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Tehachapi clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 108 mg/dL on the pump's sensor — 15 g carbohydrate given per protocol, re-check 141 · BP 122/70
            Wind-farm technician, 41, type 1 since age 9; insulin pump. Climbs the tower ladders for work.
            97112 — 22 min
              - ladder-rung stance: feet on a dowel rung laid on the floor, eyes closed, then holding a 10-lb tool bag
              - BOSU (dome up) squats to a target, eyes closed for the last reps
              - perturbations at the trunk while standing on the dowel
            MEASURES: dowel stance eyes closed 16 s (7 s at eval); vibration (128 Hz) at the hallux R 6 s, L 7 s (examiner 15 s)
            RESPONSE: early large-fibre neuropathy — reduced vibration and position sense both feet; he "feels for" the rung
            """,
            ["E10.42"], [PT("97112", 22)], []),

        // Kern Truxtun "Treatment mode: ( ) Individual (•) Concurrent": not one-on-one; Taft pumper; gravel-and-turf tray with head turns, rocker EC, single-leg on foam; impaired ankle proprioception; seconds and fork present: one-on-one missing.
        ["v2-h81-kern-radio-concurrent-selected"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            Treatment mode:  ( ) Individual   (•) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 164 mg/dL · BP 132/76 · SpO2 97% RA
            FEET: inspected — dry skin both heels, no fissures; lotion reviewed (not between the toes)
            Oil-field pumper from Taft, 60; checks wells on the lease roads and the gravel shoulders turn his ankles.
            97112 — 20 min
              - walking the gravel and turf tray with head turns to read well numbers on cards
              - rocker board M-L with eyes closed
              - single-leg stance on the foam, reaching to a cone
            MEASURES: single-leg on foam R 4 s, L 6 s; 128 Hz fork at the hallux R 2 s, L 3 s
            RESPONSE: impaired ankle proprioception from the neuropathy — rolls the ankle on loose rock
            """,
            ["E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Neuse New Bern "Seen 1:1 — ☐ yes ☐ no" with neither ticked and nothing else stating it; CKD 5 before PD; mirror-target weight shifts on foam, foam-beam tandem, tipped rocker board; proprioceptive loss; steps and seconds present: one-on-one missing.
        ["v2-h81-neuse-seen-one-to-one-neither-box"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · New Bern
            Seen 1:1 —  ☐ yes   ☐ no
            CKD 5, not yet on dialysis (PD training starts next month). Pre: BP 150/86 · BG 174.
            Mrs. Ipock, 70, a crab-pot fisherman's widow who still runs the bait stand by the river. Her feet tingle and burn at night and she doesn't trust them on the dock boards.
            97112 — 21 min. We did weight shifts on the foam pad to targets taped on the mirror, then tandem walking on a foam beam with her hand hovering over the bar, then standing on the rocker board while I tipped it gently in each direction.
            Proprioceptive loss at both ankles from her diabetic neuropathy; slow balance reactions.
            Tandem on the foam beam 11 steps (5 at eval); rocker board held level 20 s.
            """,
            ["N18.5", "E11.22", "E11.42"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // MCVS Trussville short flowsheet "Target impairment: ____" left blank and nothing else names a deficit or system ("1:1 with PT: ☒ yes"); foam EC, tandem forward and back, hurdles and cones; seconds and steps: deficit missing.
        ["v2-h81-magic-city-target-impairment-blank"] = new(
            """
            MCVS · PT flowsheet · Trussville
            1:1 with PT:  ☒ yes
            Target impairment: ____________
            Today:
             1. foam stance eyes closed, then with head turns
             2. tandem walk on the tape line, forward and backward
             3. stepping over three hurdles, then weaving around cones
            Foam EC 13 s; tandem backward 8 steps
            Min: 97112 — 19
            Pt talked about the Iron Bowl the whole time.
            """,
            ["E11.42", "I70.213"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Kern Truxtun "Therapist : patient ☒ 1 : 1" and a sensation row "☒ LOPS (loss of protective sensation) — felt 3/10 R, 5/10 L" as the deficit; wet-mat mock-up with overhead reaches, pit step-downs, hip perturbations; seconds and k of 10; 23 matches: passes.
        ["v2-h81-kern-one-to-one-row-and-lops-box"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            Therapist : patient    ☒ 1 : 1    ☐ 1 : 2    ☐ group
            Sensation (10-g, 10 sites)    ☒ LOPS (loss of protective sensation) — felt 3/10 R, 5/10 L    ☐ intact
            Vibration (128 Hz, hallux)    ☐ normal    ☒ reduced    ☐ absent
            Pulses DP / PT                ☒ palpable    ☐ diminished
            PRE-ACTIVITY CHECK: BG 139 mg/dL · BP 126/72
            Dairy milker in Shafter, 55; stands in the milking-parlour pit on wet rubber mats.
            97112 — 23 min
              - standing on the wet-mat mock-up (foam under a rubber mat), reaching overhead to the rail, eyes closed for the last reps
              - step-down from the 8-in. pit step onto the foam, controlled landing
              - perturbations at the hips while he reached
            MEASURES: mat-on-foam stance eyes closed 12 s (5 s at eval); 8 of 10 step-downs without a grab
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Kern Delano pre-activity value / hold-if grid (BG, BP, HR, SpO2, feet) before a 97110: ankle-weight marching, raised sit-to-stands, hip abduction, bike miles; hip and thigh weakness with an after-supper walking goal; 18 matches: passes.
        ["v2-h81-kern-pre-activity-hold-grid-97110"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Delano clinic
            PRE-ACTIVITY CHECK    value           hold if
              BG (meter)          212 mg/dL       < 100 or > 300
              BP                  146/84          > 180/110
              HR                  88              > 120 at rest
              SpO2                97% RA          < 90%
              Feet                no new lesions, socks dry
            Filipino-American retired nurse, 67, BMI 41; A1c 9.4 and the endocrinologist wants her walking after meals. Knees and hips ache on the walk to the mailbox.
            97110 — 18 min
              - seated marching with 2-lb ankle weights, 3 x 15 each
              - sit-to-stand from a raised chair (20 in.), 3 x 8
              - standing hip abduction at the counter, 2 x 12 each
              - recumbent bike, level 3, 1.5 miles
            Why: hip and thigh weakness and low exercise tolerance; goal — walk around the block after supper with her husband
            """,
            ["E11.65", "E66.01", "Z68.41"], [PT("97110", 18)], []),

        // Neuse Kinston "HD: ☒ MWF … Today: ☒ off day" box row before a 97530: low-pew stands, standing at the music stand with a hymnal, choir-riser step-ups; legs give out with long standing since dialysis; counts and rail; 22 matches: passes.
        ["v2-h81-neuse-dialysis-schedule-boxes-97530"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Kinston
            HD:  ☒ MWF   ☐ TTS   ☐ home PD        Today:  ☒ off day   ☐ post-dialysis
            Access: L upper-arm AVF — no BP, no carrying loads on the L arm.
            Pre: BP 134/70 R arm · HR 80
            Mr. Dawson, 72, deacon at his church; sings in the men's choir and wants to stand through a whole hymn again and get up from the pew without help.
            97530 — 22 min. We practiced standing up from the low pew mock-up (17-in. bench, no arms) and sitting back with control, ten times; standing at the music stand holding a hymnal in his R hand and turning pages, three rounds until his legs tired; and stepping up onto the 7-in. choir riser and turning to face front, eight times with the rail on his R.
            Since starting dialysis his legs give out with long standing and he needs a hand to get up from a low seat.
            Pew stands 10 of 10 without arms (needed a push on 4 of 10 at intake); riser 8 of 8 with one hand on the rail.
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97530", 22)], []),

        // Magic City Southside gait log by lap (distance, device, assist, cue) after a R fem-pop bypass, walker toward cane; stiff-legged short R step and trunk lean guarding the incision; 16 matches: passes.
        ["v2-h81-magic-city-gait-log-after-bypass-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Southside
            Vasc: R fem-pop bypass (Dr. Haskins) 5 wk ago; graft pulse strong; ABI R 0.94 post-op (0.52 pre-op) · Rutherford — n/a since the bypass
            97116 — 16 min: gait training from the rolling walker toward the cane, one cue per lap as logged
            Gait log
              lap | distance | device | assist | cue
              1   | 150 ft   | RW     | SBA    | heel first on the R
              2   | 150 ft   | RW     | SBA    | even step length
              3   | 200 ft   | SPC    | CGA    | straighten the R knee at heel strike
              4   | 200 ft   | SPC    | SBA    | arm swing on the L
            Deficit: stiff-legged, short R step and trunk lean off the R since the bypass; guarding the groin incision
            """,
            ["I70.211", "Z95.828", "Z48.812"], [PT("97116", 16)], []),

        // Kern Tehachapi "SHOES: ☒ extra-depth ☒ custom total-contact inserts ☒ rocker sole (new, week 1)" row before a 97116: rocker-sole gait on the hall, slope and curb ramp with cues; rushing, pitching forward, short shuffle; feet, SBA and mod I; 15 matches: passes.
        ["v2-h81-kern-shoes-row-rocker-soles-97116"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Tehachapi clinic
            SHOES:  ☒ extra-depth   ☒ custom total-contact inserts   ☒ rocker sole (new, week 1)   ☐ post-op shoe   ☐ CROW
            FEET: both inspected after the walk — no red areas under the inserts
            Retired Kern County deputy, 70; new rocker-sole shoes from the pedorthist; says he feels like he's "rolling downhill" in them.
            97116 — 15 min
              - gait in the rocker soles without a device on the hallway, then the parking-lot slope and the curb ramp, 3 x 200 ft
              - cues: shorter steps, let the rocker roll him through instead of pushing off; stand tall on the slope
              - SBA on the slope, mod I on the level
            Why: rushes and pitches forward over the rocker with a short, shuffling step; fell once in his old shoes last spring
            """,
            ["E11.42", "Z91.81"], [PT("97116", 15)], []),

        // Neuse Greenville "CPT / min: 97110 [ 18 ] 97530 [    ]" with both billed: no minutes for the ther act — separate time missing; both sections complete (leg press, step-ups, bridges, abduction with doses for hip and thigh weakness; barn-aisle carry and crouch-to-stand with counts for a crouch he can't do unaided).
        ["v2-h81-neuse-cpt-min-row-empty-for-97530"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville
            CPT / min:   97110 [ 18 ]    97530 [    ]
            Mr. Tyndall, 49, kidney transplant eleven weeks ago; hog-farm manager who wants to get back to walking the barns. Lifting limit 10 lb from the transplant team. Mask on.
            Ther ex: leg press 3 x 12 at 70 lb; step-ups to an 8-in. step 3 x 10 each; bridges 3 x 12; side-lying hip abduction 2 x 15 — hip and thigh weakness after the long hospital stay.
            Functional: walking the barn-aisle mock-up (rubber mat, a hose across the floor) carrying a 10-lb feed scoop, 4 lengths; crouching to check a waterer nipple and standing back up, 10 times — he can't crouch and stand without pulling on something yet.
            Crouch-to-stand 10 of 10 with no hand support today.
            """,
            ["Z94.0", "M62.81"], [PT("97110", 18), PT("97530", 14)], [SepTime]),

        // MCVS Jasper exercise grid with nothing ticked and "Sets / reps: ______", "Pt participated in exercise program as tolerated": no exercise, region or dose — wholly generic.
        ["v2-h81-magic-city-exercise-grid-unticked"] = new(
            """
            MCVS · PT flowsheet · Jasper
            Exercises:   ☐ heel raises   ☐ toe raises   ☐ mini-squats   ☐ arm ergometer   ☐ recumbent bike
            Sets / reps: ______
            97110 — 16 min. Pt participated in exercise program as tolerated. Will continue per plan.
            """,
            ["I70.213"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Kern bariatric pre-op conditioning grid (exercise / equipment / load / sets x reps) with the surgeon's visit requirement; quad and hip weakness and standing endurance at a tire-shop counter; 20 matches: passes.
        ["v2-h81-kern-pre-op-conditioning-grid-97110"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Pre-op Conditioning (PT) · Bakersfield
            PRE-ACTIVITY CHECK: BP 152/90 (thigh cuff) · HR 96 · SpO2 94% RA (CPAP at night)
            Surgeon's pre-op requirement: 12 supervised conditioning visits before the gastric bypass — this is visit 8.
            BMI 71.3. Works the front counter at a tire shop; has to rest on the stool after every customer.
            exercise               | equipment                     | load      | sets x reps
            sit-to-stand           | bariatric chair, 22 in.       | body wt   | 3 x 6
            seated knee extension  | cuff weights                  | 3 lb      | 3 x 10
            wall push-ups          | —                             | —         | 2 x 10
            bariatric NuStep       | level 2 (rated 600 lb)        | —         | 700 steps
            97110 — 20 min
            Why: quadriceps and hip weakness and low standing endurance; goal — stand through a customer at the counter and meet the pre-op conditioning target
            """,
            ["E66.01", "Z68.45", "G47.33"], [PT("97110", 20)], []),

        // Neuse Goldsboro OT assistance-level box rows (tub transfer ☒ Mod I, LB dressing ☒ SBA) after a transplant: tub-bench transfers, compression stockings with a donner, buttoning with a tremor; fatigue and tub-wall clearance; 21 matches: passes.
        ["v2-h81-neuse-ot-assist-level-boxes-97530"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro · Occupational Therapy
            Tub transfer:     ☐ I   ☒ Mod I (tub bench)   ☐ SBA   ☐ CGA   ☐ Min A
            LB dressing:      ☐ I   ☐ Mod I   ☒ SBA   ☐ CGA   ☐ Min A
            Ms. Grady, 53, cafeteria manager at an elementary school; kidney transplant in January. No lifting over 10 lb; no tub soaks until the incision is signed off. Shaky hands on the tacrolimus.
            OT 97530 — 21 min. Tub-bench transfers in and out of the ADL bathroom tub, four times, with the handheld shower; compression stockings on with a donner and shoes tied sitting on the bench; buttoning her work blouse through the tremor — slowed down, elbows braced on the counter.
            Since the transplant she tires before she's dressed and can't get her legs over the tub wall on her own.
            Dressed fully in one go today (two seated rests at eval).
            """,
            ["Z94.0", "M62.81", "R53.81"], [OT("97530", 21)], []),

        // MCVS Trussville "NMR 1:1? ☐ Y ☒ N (shared with a 2nd pt)": not one-on-one; Mercedes retiree; rocker EC, clock-pattern foam stepping, foam-square tandem; plantar sensory and position-sense loss; seconds and calls present: one-on-one missing.
        ["v2-h81-magic-city-nmr-one-to-one-n-ticked"] = new(
            """
            MCVS · Limb Preservation & Walking Program (PT) · Trussville
            NMR 1:1?   ☐ Y   ☒ N (shared with a 2nd pt)
            Vasc: ABI L 0.66 · Rutherford 2
            Pt: Mercedes plant retiree from Vance, 66; neuropathic feet, L calf claudication.
            Today:
             1. rocker board A-P, eyes closed for the last set
             2. foam-pad stepping in a clock pattern to the numbers I called
             3. tandem walking on foam squares
            Deficit: plantar sensory and position-sense loss both feet; catches himself on the cabinet at night
            Rocker board EC 9 s; clock stepping 12 of 12 calls without a touch-down
            Min: 97112 — 20
            """,
            ["E11.42", "I70.212"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Magic City Bessemer church mother, "Mrs. Ragland was my only patient for the whole block; nobody shared her time": Tai Chi for Diabetes forms slowed, fixed gaze then eyes closed, foam step-outs; somatosensory loss with poor weight transfer; single-leg seconds and TUG; 22 matches: passes.
        ["v3-h81-magic-city-tai-chi-for-diabetes"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: ABI R 0.79 / L 0.83 · Rutherford 1
            Pt: Mrs. Ragland, 68, church mother at her AME Zion church; diabetic neuropathy; two near-falls on the fellowship-hall tile.
            Mrs. Ragland was my only patient for the whole block; nobody shared her time.
            Today:
             1. Tai Chi for Diabetes (Dr. Lam's programme): the six basic movements with weight transfers slowed to my count, then the stepping forms with her eyes on a fixed point, then the warm-up forms with eyes closed
             2. stepping out and back on the foam pad in four directions
            Deficit: somatosensory loss at both feet with poor weight transfer — stiff, narrow-based steps on the tile
            Single-leg stance R 5 s / L 6 s (2 s / 3 s at eval); TUG 12.6 s
            Min: 97112 — 22
            """,
            ["E11.42", "I70.213"], [PT("97112", 22)], []),

        // Kern Truxtun forklift driver, IWGDF risk 3, the IWGDF foot–ankle exercise programme week 4: band toe spreading, towel gathering, strap hallux stretch, ankle circles, heel raises with doses; stiff hallux and ankle, weak foot muscles loading the old ulcer site; MTP degrees and raises; 17 matches: passes.
        ["v3-h81-kern-iwgdf-foot-ankle-programme-97110"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 156 mg/dL · BP 130/78
            FEET: healed R hallux ulcer site intact; callus pared by the podiatrist Monday
            Packing-house forklift driver, 54. IWGDF risk 3 (healed ulcer). Endocrinology asked us to start the foot–ankle exercise programme from the IWGDF guideline.
            97110 — 17 min (foot–ankle programme, week 4)
              - toe spreading against a loop band, 3 x 10
              - towel gathering with the toes, 3 towels each foot
              - seated big-toe extension stretch with a strap, 5 x 20 s
              - ankle pumps and circles, 2 x 15 each way
              - double-leg heel raises at the counter, 2 x 12
            MEASURES: R 1st MTP extension 42° (31° at the start); heel raises 12 without a pause (6 at the start)
            Why: stiff R big toe and ankle with weak foot muscles — pressure builds under the 1st met head where the ulcer was
            """,
            ["E11.42", "M25.674"], [PT("97110", 17)], []),

        // Kern Shafter irrigator: Kaltenborn grade III talocrural distraction and posterior glides, subtalar glides, 1st MTP dorsal glides, calf and plantar-fascia STM; limited joint mobility loading the forefoot; dorsiflexion and MTP degrees; 12 matches: passes.
        ["v3-h81-kern-kaltenborn-talocrural-97140"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Shafter clinic
            PRE-ACTIVITY CHECK: BG 142 mg/dL · BP 128/74
            Almond-orchard irrigator, 59; T2DM with stiff ankles — the podiatrist flagged high forefoot pressure on his pressure-mat scan.
            97140 — 12 min
              - Kaltenborn grade III talocrural distraction in the loose-packed position, then posterior talar glides, R
              - subtalar medial and lateral glides, R
              - dorsal glides of the R 1st MTP, grade III
              - STM to the R gastroc-soleus and plantar fascia (skin intact, checked first)
            MEASURES: R ankle dorsiflexion, knee straight, −2° → 6°; R 1st MTP extension 35° → 41°
            Why: limited joint mobility of the R ankle and big toe — no dorsiflexion to roll over the foot, so he loads the forefoot
            """,
            ["E11.42", "M25.671"], [PT("97140", 12)], []),

        // Kern Truxtun Charcot foot in a CROW (orthotist fitted it last week), skin checks at the strap lines, temperature difference: CROW gait with a walker on tile and carpet, sit-to-stand and turns without pivoting; vaulting and a short R step; feet, CGA → SBA; 15 matches: passes.
        ["v3-h81-kern-crow-walker-charcot-97116"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 198 mg/dL · BP 138/80 · SpO2 98% RA
            FEET: L foot in the CROW — skin checked at every strap line before and after, no redness; L foot 1.6 °C warmer than the R (3.1 °C last month)
            Sheepherder's son who runs the family's Basque restaurant on Sumner Street, 62. L Charcot foot, consolidation phase; the orthotist fitted the CROW last week.
            97116 — 15 min
              - gait with the CROW and a front-wheeled walker: heel strike into the rocker, roll through, an equal step on the R; 3 x 100 ft on tile, 1 x 100 ft on carpet
              - sit-to-stand and turning in the CROW without pivoting on the L foot
              - CGA on the first lap → SBA by the last
            Why: vaults over the CROW's rocker and takes a short, fast R step; has to protect the L midfoot while it consolidates
            """,
            ["E11.610", "M14.672"], [PT("97116", 15)], []),

        // Kern bariatric sleeve at six weeks with both knees OA: AlterG at 70% then 80% body weight with speed and distance, gait cues, over-ground feet with SBA; wide, stiff-kneed waddle; 18 matches: passes.
        ["v3-h81-kern-alterg-after-the-sleeve-97116"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Bakersfield
            PRE-ACTIVITY CHECK: BP 140/86 (large cuff) · HR 90 · SpO2 96% RA
            BMI 47.2; six weeks after a sleeve gastrectomy, down 41 lb. Both knees OA (Kellgren-Lawrence 3). Wants to walk the Kern River Parkway path with her daughters.
            97116 — 18 min
              - AlterG anti-gravity treadmill at 70% body weight, 1.8 mph, 0.3 mile; then at 80%, 1.8 mph, 0.2 mile
              - cues: heel first, straighten the knee at the end of swing, a narrower base, arms swinging
              - over-ground walking in the hall afterwards, 300 ft without a device, SBA
            Why: wide-based, stiff-kneed waddle with short steps from both knees and her weight; knee pain limits her walking to the car
            """,
            ["M17.0", "E66.01", "Z68.42"], [PT("97116", 18)], []),

        // Neuse Greenville steroid myopathy after a rejection episode, "I was with her alone for all of the 97112 — no other patient treated in that time": PNF D1/D2 LE patterns, rhythmic stabilisation in half- and tall-kneeling, combination of isotonics; poor hip motor recruitment; 5xSTS and hold seconds; 20 matches: passes.
        ["v3-h81-neuse-pnf-steroid-myopathy"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville
            Mrs. Jernigan, 57, kidney transplant last fall; high-dose prednisone after a rejection episode in December. Her hips and thighs have gone weak and she rolls onto her hands and knees to get up from the floor.
            I was with her alone for all of the 97112 — no other patient treated in that time.
            97112 — 20 min. PNF: D1 and D2 lower-extremity patterns in side-lying with resistance through the range; rhythmic stabilization in half-kneeling, then tall-kneeling; combination of isotonics rising from the mat table to standing and lowering back down slowly.
            Poor motor recruitment of the hip extensors and abductors (steroid myopathy) and poor trunk control in kneeling.
            Five-times sit-to-stand 16.8 s (22.4 s at eval); half-kneel held against my rhythmic stabilization 25 s each side.
            """,
            ["Z94.0", "G72.0", "T38.0X5D"], [PT("97112", 20)], []),

        // Magic City Southside pitmaster awaiting endovascular work (SET on hold): SciFit Pro1 arm ergometer bouts in watts and rpm, seated band presses and rows, ankle pumps and long-arc quads with doses; deconditioning with walking limited by bilateral claudication, a cook-day goal; 15 matches: passes.
        ["v3-h81-magic-city-scifit-arm-ergometer-97110"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Southside
            Vasc: ABI R 0.58 / L 0.63 · Rutherford 3 — endovascular work planned after the holidays; walking SET on hold until then per Dr. Haskins
            Pt: Mr. Shivers, 64, BBQ pitmaster; both calves cramp within half a block.
            Today (97110 — 15 min):
             1. SciFit Pro1 upper-body ergometer, 4 bouts at 45 W, 60 rpm, seated rest between until his breathing settles
             2. seated shoulder press with the red band, 3 x 12; seated rows, 3 x 12
             3. seated ankle pumps and long-arc quads, 2 x 20 each
            Why: whole-body deconditioning with walking limited by bilateral calf claudication; goal — keep up with the smokers on a cook day
            """,
            ["I70.213", "E78.5"], [PT("97110", 15)], []),

        // Kern bariatric pre-op knee OA, "GLA:D® program, session 5 of 12, level 2": bridges with a ball squeeze, knee-over-toe step-ups, chair squats, leg press, abduction with doses; quad and abductor weakness with valgus on steps; 30-s chair stand; 20 matches: passes.
        ["v3-h81-kern-glad-knee-oa-pre-op-97110"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Bakersfield
            PRE-ACTIVITY CHECK: BP 136/82 · HR 84
            GLA:D® program, session 5 of 12, level 2. BMI 42.6, pre-op; knee OA both sides, R worse. Cashier at the Vallarta on Niles Street — stands a full shift.
            97110 — 20 min
              - pelvic lifts (bridges) with a ball squeeze, 3 x 10
              - step-ups onto a 6-in. step, knee over the second toe in the mirror, 3 x 10 each
              - chair squats to a 20-in. seat holding a 6-lb ball, 3 x 10
              - leg press, both legs, 3 x 12 at 90 lb
              - side-lying hip abduction, 2 x 12 each
            MEASURES: 30-s chair stand 10 (7 at session 1)
            Why: quadriceps and hip-abductor weakness; the R knee drifts inward on steps and squats; goal — finish a shift standing without sitting on the milk crate
            """,
            ["M17.0", "E66.01", "Z68.41"], [PT("97110", 20)], []),

        // Neuse Wilson transplant, "NuStep at a comfortable level", sit-to-stands, marches, heel raises, side-steps "stopping before his legs shook", thigh and calf weakness with a church-steps goal — no level, count, load, distance or number but the code's: measure missing.
        ["v3-h81-neuse-nustep-programme-no-dose-97110"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Wilson
            Mr. Farmer had his kidney transplant in the fall and is off the walker now. His legs give out halfway up the steps at church homecoming and he stops to lean on the rail.
            97110 — 18 min. NuStep at a comfortable level to warm up, then sit-to-stands from the mat, standing marches and heel raises at the counter, and side-stepping along the counter, stopping before his legs shook.
            Thigh and calf weakness since the transplant; goal is to climb the church steps without stopping.
            Plan: progress next visit.
            """,
            ["Z94.0", "M62.81"], [PT("97110", 18)], [At(Measure, "97110")]),

        // MCVS Hoover short flowsheet, "1:1 with PT: ☒ yes — no other pt on the schedule for this block": Bertec balance plate games, eyes-closed foam stance, lit-square stepping; targets and sway path — no deficit, impairment or system named: deficit missing.
        ["v3-h81-magic-city-bertec-plate-no-deficit"] = new(
            """
            MCVS · PT flowsheet · Hoover
            1:1 with PT:  ☒ yes — no other pt on the schedule for this block
            Today:
             1. Bertec balance plate training games: weight-shift targets, then the ski-slalom game, eyes open; then quiet standing, eyes closed, on the foam insert
             2. stepping to the plate's lit squares on cue
            Weight-shift targets 14 of 16; sway path eyes closed on foam 38 cm (52 cm first session)
            Min: 97112 — 20
            Pt talked about his grandson's graduation at Legion Field.
            """,
            ["E11.42", "I73.9"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Neuse Kinston deli clerk, CKD 4: "Individual session — I treated Mrs. Hardee only, no co-treated patient, for all of the 97112"; Freeman wobble-board progression to single-leg eyes closed; ankle proprioception and plantar sensation with repeated sprains; board seconds; 21 matches: passes.
        ["v3-h81-neuse-freeman-wobble-board"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Kinston
            CKD stage 4 (diabetic kidney disease); not on dialysis. Pre: BP 144/82 · BG 162.
            Mrs. Hardee, 63, works the deli counter at the Food Lion; turned her L ankle twice this winter stepping off the loading-dock ramp and says she "can't feel the floor" by the end of a shift.
            Individual session — I treated Mrs. Hardee only, no co-treated patient, for all of the 97112.
            97112 — 21 min. Freeman wobble-board progression: two-legged on the rocker board front-to-back, then side-to-side, then the round wobble board two-legged, then single-leg on the rocker board holding the bar, eyes open, then closed for the last round.
            Impaired ankle proprioception and plantar sensation from the diabetic neuropathy, with repeated L ankle sprains.
            Wobble board two-legged without an edge touch 20 s (8 s at eval); single-leg rocker L 6 s.
            """,
            ["N18.4", "E11.22", "E11.42"], [PT("97112", 21)], []),

        // Kern Truxtun knee scooter for forefoot offloading (ulcer dressed by the wound RN, not billed): scooter transfers from chair and toilet height, kitchen-aisle turns carrying in the basket, ramp and threshold; no weight through the R forefoot; counts, SBA, trips; 17 matches: passes.
        ["v3-h81-kern-knee-scooter-offloading-97530"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 176 mg/dL · BP 134/80
            R plantar forefoot ulcer under the 2nd met head — dressed by the wound RN before therapy, not billed here. Offloading ordered: no weight through the R forefoot. Crutches failed (R shoulder pain); knee scooter from the DME vendor yesterday.
            Swap-meet vendor, 48; sells boots at the Saturday market.
            97530 — 17 min
              - on and off the knee scooter from a chair and from toilet height, x 5 each
              - kitchen mock-up: turning in the narrow aisle, carrying a plate and a cup in the basket to the table, 4 trips of 20 ft
              - the curb ramp and the door threshold at the clinic entrance, x 3
            MEASURES: scooter transfers 10 of 10 with the brakes set, SBA; kitchen trips with the R foot never touching down
            Why: must keep all weight off the R forefoot at home and at his booth until the ulcer closes
            """,
            ["E11.621", "L97.512", "E11.42"], [PT("97530", 17)], []),

        // Magic City Bessemer lineman after a R SFA stent, Gardner–Skinner test distances before and after: metronome treadmill gait with step and heel-strike cues, over-ground with head up and arm swing, mod I; short flat-footed R step left from the claudication; 14 matches: passes.
        ["v3-h81-magic-city-gardner-skinner-then-gait-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: R SFA stent 6 wk ago · ABI R 0.86 post-stent (0.61 before) · Rutherford 1
            Gardner–Skinner graded treadmill test Monday (vascular lab): claudication onset at 210 m, peak walking distance 520 m (120 m and 260 m before the stent)
            Pt: retired Alabama Power lineman, 70. The pain is gone but he still walks like it's coming — short, flat-footed steps on the R.
            Today (gait 97116 — 14 min):
             1. treadmill at 1.8 mph, 0% grade, metronome at 100 bpm: cues for a longer R step and heel strike, 0.25 mile
             2. over-ground in the hall: same cues, then head up and arm swing, 2 x 300 ft, mod I
            Deficit: short, flat-footed R step and reduced R push-off — a habit left from the claudication
            """,
            ["I70.211", "Z95.820"], [PT("97116", 14)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Kern Truxtun grape-tray driver: can't tell brake from gas without looking, turns his ankle on clods he never felt, stubbed toe found by the blood in his sock — the findings; "Seen on his own — no other patient in my care during his 97112"; pedal-by-feel drill, clod-mat walking, single-leg reaches on foam; counts, seconds, sites; 22 matches: passes.
        ["v4-h81-kern-cant-tell-the-brake-from-the-gas"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 191 mg/dL · BP 138/82
            FEET: stubbed the L 2nd toe last week and didn't know until he saw blood in his sock — scabbed, no drainage; wound RN aware
            Grape-tray driver at a Delano vineyard, 56. He can't tell whether his boot is on the brake or the gas without looking down, and in the vineyard rows he turns his ankle on clods he never felt.
            Seen on his own — no other patient in my care during his 97112.
            97112 — 22 min
              - pedal-position drill, seated: eyes closed, place the R foot on the brake block or the gas block by feel, then on a cue at the ankle
              - walking the clod-and-furrow mat with eyes up, then with head turns
              - single-leg stance on foam, reaching to cones on the floor
            MEASURES: pedal placement by feel 7 of 10 (3 of 10 at eval); single-leg on foam R 5 s, L 4 s; 10-g felt 2/10 sites R
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Magic City Gardendale retired mail carrier: R calf knots up by the third mailbox, heel raises 9 R vs 22 L, R calf 2 cm smaller — the findings; single-leg raises, calf press, toe and heel walking, stepper with doses; 18 matches: passes.
        ["v4-h81-magic-city-calf-knots-at-the-third-mailbox-97110"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Gardendale
            Vasc: ABI R 0.69 / L 1.02 · Rutherford 2
            Pt: Mr. Cotten, 67, retired mail carrier. His R calf knots up by the third mailbox on his street and he has to stand still till it lets go; R heel raises 9 in a row vs 22 on the L; R calf 2 cm smaller around.
            Today (97110 — 18 min):
             1. single-leg heel raises R at the counter, 3 x 10, slow lowering
             2. calf press on the leg-press sled, R then both, 3 x 12 at 60 lb
             3. toe walking 4 x 30 ft, then heel walking 4 x 30 ft
             4. recumbent stepper, level 5, 900 steps
            """,
            ["I70.211"], [PT("97110", 18)], []),

        // Neuse Goldsboro: slid to the bathroom floor after dialysis and sat there from lunch to supper, rocks three times and pushes on both knees to rise from the couch — the findings; floor recovery pushing through the non-access hand, low-couch rises, floor reaches; CGA and counts; 20 matches: passes.
        ["v4-h81-neuse-on-the-bathroom-floor-until-supper-97530"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro
            HD: TTS at the Goldsboro unit — seen Monday, an off day. Access: L upper-arm AVF — no BP, no weight-bearing through the L arm.
            Pre: BP 128/70 R arm · HR 88
            Ms. Coley, 76. Last Friday she slid down to the bathroom floor after dialysis and couldn't get up until her grandson came home from his shift; she sat there from lunch to supper. She can't rise from her low couch without rocking three times and pushing on both knees.
            97530 — 20 min. Floor recovery from the mat: roll to her R side, up to hands and knees pushing through the R hand only, to half-kneel at a sturdy chair, and up to sit, four times; couch transfers from the 16-in. low seat with a slide forward and feet back, ten times; getting down to the floor to reach a dropped item and back up, using the chair.
            Floor to chair 4 of 4 with CGA (max A at eval); low-couch stands 10 of 10 without rocking.
            """,
            ["N18.6", "Z99.2", "R29.6"], [PT("97530", 20)], []),

        // Magic City Trussville statin myopathy, atorvastatin held after a CK of 1,140: thighs ache and burn, pushes on both knees to stand from the pew, stairs one at a time, hip flexors 4-/5 — the findings; low-load sit-to-stands, cuff hip flexion, bridges, abduction, bike with doses; 18 matches: passes.
        ["v4-h81-magic-city-statin-thighs-and-the-pew-97110"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Trussville
            Vasc: ABI R 0.81 / L 0.77 · Rutherford 1
            Meds: atorvastatin 80 held by Dr. Haskins since the CK came back at 1,140; the lipid clinic will try a different agent.
            Pt: Mrs. Yeager, 71. Her thighs ache and burn and she has to push on both knees to stand from the church pew; takes the stairs to the choir loft one at a time, leading with the L; hip flexors 4-/5 both sides, quads 4/5.
            Today (97110 — 18 min):
             1. sit-to-stand from a raised mat, arms crossed, 2 x 8 (stopping at a 3/10 ache)
             2. seated hip flexion with a 1-lb cuff, 2 x 10 each
             3. supine bridges 2 x 10; side-lying hip abduction 2 x 8 each
             4. recumbent bike, level 2, 1.2 miles
            """,
            ["G72.0", "T46.6X5D", "I70.213"], [PT("97110", 18)], []),

        // Kern bariatric pre-op county clerk: knees buckle on the GET bus step, hauls up by the pole, rocks to stand from the low seat, avoids the stop with the high curb — the findings; bus-step mock-up, seat rises, curb with a lunch bag; counts; 21 matches: passes.
        ["v4-h81-kern-knees-buckle-on-the-bus-step-97530"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Bakersfield
            PRE-ACTIVITY CHECK: BP 148/88 (thigh cuff) · HR 94 · SpO2 95% RA
            BMI 53.0, pre-op for a sleeve. Rides the GET bus to her job at the county clerk's office. Her knees buckle on the bus's first step and she hauls herself up by the pole; standing from the low bus seat she rocks and still needs the pole; she stopped getting off at the library stop because of its high curb.
            97530 — 21 min
              - bus-step mock-up (14-in. step) up and down with the pole, the stronger L leading up and the R leading down, 8 times
              - standing from a 17-in. seat without the pole, shifting forward first, 10 times
              - the curb at the entrance up and down, 6 times, then again carrying her lunch bag
            MEASURES: bus step 8 of 8 without the knees buckling; seat rises 7 of 10 without the pole (0 of 10 at eval)
            """,
            ["M17.0", "E66.01", "Z68.43"], [PT("97530", 21)], []),

        // Neuse Greenville Seymour Johnson retiree ten weeks after a transplant: hands shake on tacrolimus, weaves down the church aisle when greeted from both sides, sways and opens his eyes when they're closed — the findings; "the only patient on my schedule for this block, and I stayed beside him the entire time"; head-turn walking with stops, foam EC, target stepping with a cup; Romberg seconds and passes; 21 matches: passes.
        ["v4-h81-neuse-weaves-down-the-church-aisle"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville
            Mr. Outlaw, 60, Seymour Johnson retiree (aircraft mechanic); kidney transplant ten weeks ago. Since the transplant his hands shake with the tacrolimus, he weaves walking down the church aisle when people greet him from both sides, and with his eyes closed he sways until he has to open them.
            He was the only patient on my schedule for this block, and I stayed beside him the entire time.
            97112 — 21 min. We did walking with head turns to faces on cards taped along the hall, stopping on my call; feet-together and then semi-tandem stance on foam with eyes closed; and stepping to targets on the floor while carrying a cup of water to steady the hand.
            Romberg on foam eyes closed 9 s (3 s at eval); head-turn walk 10 m without a sidestep on 4 of 5 passes.
            """,
            ["Z94.0", "R26.81", "R25.1"], [PT("97112", 21)], []),

        // Magic City Hoover unit secretary after a L fem-pop bypass: holds the L knee stiff and steps short to spare the groin incision, toe catches, hip hitch, trunk lean — the findings; cane gait with cues, rope step-overs, ramp and stairs; SBA and CGA; 14 matches: passes.
        ["v4-h81-magic-city-holds-the-leg-stiff-after-the-bypass-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Hoover
            Vasc: L fem-pop bypass with vein, 7 wk · ABI L 0.97
            Pt: Ms. Tubbs, 62, UAB unit secretary. She holds the L knee stiff and steps short to spare the groin incision; the L toe catches on the carpet edge and she hitches the hip to clear it; she leans her trunk off the L at mid-stance.
            Today (97116 — 14 min):
             1. hallway gait with a single-point cane in the R hand, 3 x 150 ft: knee bend in swing, heel first, step past the R foot
             2. stepping over a 2-in. rope in the gait path, 10 times, L leading
             3. the ramp and four stairs with the rail, step-over-step
            Assist: SBA on the level and the ramp; CGA on the stairs
            """,
            ["I70.212", "Z95.828", "Z48.812"], [PT("97116", 14)], []),

        // Kern Delano gastric bypass with R knee OA: the knee won't straighten, she walks with it bent, the kneecap barely moves, the back of the knee tight and tender — the findings; prone extension mobilisation, patellar glides, STM and sustained overpressure; extension degrees; 11 matches: passes.
        ["v4-h81-kern-knee-wont-straighten-97140"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Delano clinic
            PRE-ACTIVITY CHECK: BP 134/80
            BMI 43.8, four months after a gastric bypass. R knee OA: the R knee won't straighten, so she stands and walks with it bent and the kneecap barely moves; the back of the knee is tight and tender.
            97140 — 11 min
              - tibiofemoral extension mobilization, grade III, prone with a towel under the thigh
              - patellar glides superior and medial, grade III
              - STM to the R hamstring tendons and the popliteal area; sustained hold into extension with overpressure
            MEASURES: R knee extension −14° → −8°; superior patellar glide from hypomobile to normal
            """,
            ["M17.11", "E66.01", "Z68.41"], [PT("97140", 11)], []),

        // NRKP Kinston school-bus driver a year after a transplant: normal light touch and position sense, Berg 56/56, 30-s single-leg stance, clean tandem, "No deficit found today"; one-on-one; foam EC with head turns, reaches, hurdles and pivots — no deficit targeted: deficit missing.
        ["v4-h81-neuse-no-deficit-found-before-the-bus-route"] = new(
            """
            NRKP Therapy · Kinston
            Mr. Jones, 52, a year out from his transplant; drives a Lenoir County school bus. Today's screen: light touch and position sense normal in both feet; Berg 56/56; single-leg stance 30 s each side; tandem walk 20 steps clean; no sway with eyes closed on foam.
            No deficit found today. He asked for one more session before his route starts back up.
            97112 — 17 min, one-on-one (just him and me): foam stance eyes closed with head turns, single-leg reaches to cones, stepping over hurdles and pivoting on my call.
            Discharge to his home program.
            """,
            ["Z94.0"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // KVRMC Arvin foot-at-risk screen all normal (10/10 sites, normal fork, pulses, IWGDF risk 0, single-leg and TUG normal), "Nothing to work on today", "(•) Individual"; foam EC, rocker, hurdles with head turns — no deficit targeted: deficit missing.
        ["v4-h81-kern-risk-zero-nothing-to-work-on"] = new(
            """
            KVRMC Outpatient Rehab · Arvin clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 124 mg/dL · BP 124/76
            Foot-at-risk screen: 10-g felt at 10/10 sites both feet; 128 Hz fork at the hallux normal both; pulses palpable; IWGDF risk 0. Single-leg stance 25 s each side; TUG 8.1 s.
            Nothing to work on today — feet and balance within normal limits. Did the standing circuit at his request before discharge.
            97112 — 18 min
              - foam stance eyes closed, rocker board A-P, stepping over the hurdles with head turns
            """,
            ["E11.9"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Magic City Southside usher: shoes worn through on the outside edge, rolls onto the outer border without feeling it, went down off a dark curb, can't say whether his big toe was moved up or down — the findings; "Private session in the back gym — PT and patient only; I treated nobody else during it"; medial-border rocker shifts, dim-light curb step-downs, toe-position drill; counts; 20 matches: passes.
        ["v4-h81-magic-city-shoes-worn-through-on-the-outside"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Southside
            Vasc: ABI R 0.88 / L 0.84 · Rutherford 1
            Pt: Mr. Lankford, 73, usher at the old-timers' games at Rickwood Field. His shoes wear through on the outside edge; he rolls onto the outer border of both feet and doesn't feel it until the ankle gives; he went down stepping off the curb on 2nd Avenue in the dark. With his eyes closed he can't say whether I've moved his big toe up or down.
            Private session in the back gym — PT and patient only; I treated nobody else during it.
            Today:
             1. medial-border weight shifts on the rocker board, eyes open then closed
             2. curb step-downs in the dimmed gym, landing flat, 10 each leg
             3. great-toe position drill: I place it, he names up or down, eyes closed
            Toe position correct 6 of 10 (2 of 10 at eval); dim-light curb step-downs 10 of 10 flat landings R, 8 of 10 L
            Min: 97112 — 20
            """,
            ["E11.42", "I70.213"], [PT("97112", 20)], []),

        // Kern Truxtun OT: can't see or reach the soles of her feet past her abdomen, so the daily foot check doesn't happen, a heel blister she never knew of, no lotion on the heels — the findings; long-handled mirror foot check, lotion applicator, sock aid and shoehorn; areas, mod I, tries; 20 matches: passes.
        ["v4-h81-kern-ot-cant-see-her-soles-97530"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Occupational Therapy · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 167 mg/dL · BP 136/84
            Retired school-bus aide, 64, BMI 46. She can't see or reach the soles of her feet past her abdomen, so the daily foot check doesn't happen; the wound RN found a blister under the R heel she never knew about. She can't get lotion on her heels or trim her nails.
            OT 97530 — 20 min
              - daily foot check with the long-handled inspection mirror, seated on the bed edge, both soles and between the toes, 3 rounds
              - lotion on both heels with the long-handled applicator, keeping it out from between the toes
              - socks on with a sock aid, shoes on with a long shoehorn and elastic laces
            MEASURES: foot check complete at all 10 areas per foot, mod I with the mirror (unable at eval); socks and shoes on in one try each
            """,
            ["E11.42", "E66.01", "Z68.42"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Kern Tehachapi 10-g monofilament site map in + and − for ten sites each foot (4/10 R, 7/10 L), "(•) Individual"; bumpy turf and foam squares with head turns, Airex EC with catches, hurdle side-steps; somatosensory loss worse on the R; 21 matches: passes.
        ["v5-h81-kern-monofilament-site-map"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Tehachapi clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            10-g monofilament (+ felt / − not felt)
                   hallux  3rd toe  5th toe  1st MTH  3rd MTH  5th MTH  med arch  lat arch  heel  dorsum
              R      −       −        −        −        +        −        +         −        +      +     → 4/10
              L      +       −        −        +        +        −        +         +        +      +     → 7/10
            PRE-ACTIVITY CHECK: BG 147 mg/dL · BP 130/72
            Cattle rancher in the Tehachapi foothills, 66; trips on the pasture grass and on the trough apron.
            97112 — 21 min
              - walking the bumpy-turf and foam-square path with head turns, eyes up
              - standing on the Airex, eyes closed, catching a ball
              - side-stepping over the low hurdles, leading each way
            RESPONSE: somatosensory loss, worse on the R — relies on vision; uneven ground throws him
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // Magic City Jasper timed 128 Hz fork (patient feels / examiner feels beyond, hallux and malleolus), "No concurrent patients — direct, individual care the whole 97112"; porch-step mock-up eyes forward, gravel tray head turns, foam EC; large-fibre loss; semi-tandem seconds; 20 matches: passes.
        ["v5-h81-magic-city-timed-fork-with-examiner-margin"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Jasper
            Vasc: ABI R 0.74 / L 0.70 · Rutherford 2
            Vibration, 128 Hz fork, timed (pt feels / examiner feels beyond): R hallux 3 s / +12 s, L hallux 5 s / +10 s, R medial malleolus 9 s, L medial malleolus 10 s
            Pt: Mr. Sides, 65, retired coal-truck driver from the Walker County mines; stumbles on the gravel drive and the porch steps.
            No concurrent patients — direct, individual care the whole 97112.
            Today:
             1. porch-step mock-up (three 7-in. steps) with eyes forward, not on his feet
             2. gravel-tray walking with head turns
             3. eyes-closed stance on foam, then semi-tandem
            Deficit: large-fibre sensory loss both feet — vibration and position sense; steps by sight
            Semi-tandem on foam eyes closed 7 s
            Min: 97112 — 20
            """,
            ["E11.42", "I70.213"], [PT("97112", 20)], []),

        // Magic City Bessemer gait speed on a 4-m course (usual and fast, against eval) before a 97116: hall gait with posture and step cues, speed changes on call, cone turns; mod I; forward-flexed slow gait that slows with cramping; 16 matches: passes.
        ["v5-h81-magic-city-gait-speed-four-metre-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: ABI R 0.62 / L 0.66 · Rutherford 2
            Gait speed (4-m course): usual 0.82 m/s, fast 1.06 m/s (0.68 / 0.90 at eval)
            Pt: Mrs. Moody, 69, retired school custodian; walks bent forward and slows to a shuffle once the calves start.
            Today (97116 — 16 min):
             1. over-ground gait on the long hall with cues: upright trunk, heel strike, longer steps — 4 x 200 ft
             2. speed changes on my call, slow → brisk → slow, 3 x 100 ft
             3. turning around cones without stopping
            Assist: mod I, no device
            Deficit: forward-flexed, short, slow gait that slows further when both calves cramp
            """,
            ["I70.213", "E11.51"], [PT("97116", 16)], []),

        // Neuse Goldsboro SPPB item by item (balance, 4-m gait, chair stands) against intake, "It was only the two of us in the therapy room during his neuro re-ed"; tandem progressions on foam, turning reaches, broom-handle step-overs; postural instability; 22 matches: passes.
        ["v5-h81-neuse-sppb-item-by-item"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro
            SPPB 7/12 — balance 3 (tandem 4 s) · 4-m gait 2 (6.1 s) · five chair stands 2 (14.8 s)    [5/12 at intake]
            HD MWF, Goldsboro unit; seen Tuesday. Access: L upper-arm AVG — no BP, no weights on the L.
            Mr. Hill, 74, worked the sweet-potato packing line for thirty years. Wobbles reaching into the low freezer and turning from the stove.
            It was only the two of us in the therapy room during his neuro re-ed.
            97112 — 22 min. Tandem and semi-tandem stance progressions on the floor and then on foam; reaching to shelves at three heights while turning; stepping over a broom handle forward and sideways.
            Postural instability with sarcopenia and kidney failure — narrow-base stance and reaching are where he loses it.
            """,
            ["N18.6", "Z99.2", "M62.84"], [PT("97112", 22)], []),

        // Neuse New Bern grip dynamometer on the R only ("L not tested — fistula arm") and the 30-s chair stand: putty, curls, sit-to-stands, marches, heel raises with doses, nothing on the access arm; grip and leg weakness; 19 matches: passes.
        ["v5-h81-neuse-grip-off-the-fistula-arm-97110"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · New Bern
            HD TTS at the New Bern unit; seen Wednesday, her off day. Access: L forearm AVF.
            Grip dynamometer: R 19 kg (15 kg at intake); L not tested — fistula arm. 30-s chair stand: 9 (6 at intake).
            Mrs. Midyette, 68, retired second-grade teacher; can't open jars or carry her grocery bags in from the car.
            97110 — 19 min. R-hand putty squeezes and pinches, 3 x 15 each; R-arm curls with a 3-lb dumbbell, 3 x 10; sit-to-stand from the 18-in. chair, 3 x 8; standing marches 2 x 20; heel raises at the counter 2 x 15. Nothing on the L arm.
            Grip and leg weakness since starting dialysis.
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 19)], []),

        // Kern bariatric three weeks after a gastric bypass: distance on the bariatric rollator before knee pain stopped her (280 ft against 170 ft), second bout, locked-brake turns to sit; SBA; short, wide gait on knees that won't take her weight long; 17 matches: passes.
        ["v5-h81-kern-rollator-distance-after-the-bypass-97116"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Bakersfield
            PRE-ACTIVITY CHECK: BP 142/84 (large cuff) · HR 98 · SpO2 95% RA
            Gastric bypass three weeks ago; BMI 55.6 (63.2 pre-op). Both knees OA. Walking tolerance is what keeps her from going back to her job at the county library.
            97116 — 17 min
              - gait with the bariatric rollator (rated 500 lb) on the hallway loop: upright posture, steps inside the frame, heel first — 280 ft before knee pain stopped her (170 ft last visit)
              - seated rest on the rollator seat, then a second bout of 200 ft
              - standing from the rollator seat with the brakes locked, turning to sit safely
            Assist: SBA
            Why: short, wide, side-to-side gait on knees that won't take her weight for long since surgery
            """,
            ["E66.01", "Z68.43", "Z98.84", "M17.0"], [PT("97116", 17)], []),

        // Kern Arvin onion picker: "She walked the gravel more surely than last week and didn't reach for the bar"; "Individual treatment … exclusively"; furrow mat and gravel tray, foam EC, pipe step-overs; somatosensory loss — no number but the code's: measure missing.
        ["v5-h81-kern-walked-the-gravel-more-surely-no-number"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Arvin clinic
            PRE-ACTIVITY CHECK: glucose on her own meter, in range; BP in range
            Sra. Cervantes picks in the onion fields outside Arvin. Her feet are numb and she trips on the furrows.
            Individual treatment: PT with Sra. Cervantes exclusively — no one else seen during it.
            97112 — 20 min
              - walking the furrow mat and the gravel tray with eyes up, then with head turns
              - standing on foam with eyes closed
              - stepping sideways over the irrigation-pipe mock-up
            RESPONSE: somatosensory loss in both feet from the neuropathy — watches the ground to walk
            She walked the gravel more surely than last week and didn't reach for the bar.
            """,
            ["E11.42"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Neuse Wilson CKD without dialysis: "She said she felt stronger this week"; sit-to-stands, heel raises, mini-squats, side-steps, knee extensions with hip and thigh weakness and a truck and pew goal — no count, load, distance or number but the code's: measure missing.
        ["v5-h81-neuse-felt-stronger-no-count-97110"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Wilson
            Mrs. Boykin has chronic kidney disease (not on dialysis) and diabetes. She said she felt stronger this week and got in and out of her son's truck without help on Sunday.
            97110 — 18 min. Sit-to-stands from the kitchen-height chair, heel raises and mini-squats holding the counter, side-stepping along the counter, and seated knee extensions. She was tired by the end.
            Hip and thigh weakness; the goal is getting up into the truck and out of the low church pew without a pull.
            """,
            ["N18.32", "E11.22"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Magic City Gardendale retired steelworker: "He walked farther before the cramp than last time and stood taller doing it"; step-length, heel-strike and posture cues, pacing at the first cramp; short bent-over claudication gait — no distance, assistance level or number but the code's: measure missing.
        ["v5-h81-magic-city-walked-farther-no-number-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Gardendale
            Pt: Mr. Hyche, retired steelworker; both calves cramp on the walk out to his truck.
            Today (gait 97116 — 14 min):
             — hallway gait with cues to lengthen his steps, land on the heel, and stand tall instead of bending over when the calves start
             — pacing practice: slowing at the first cramp instead of stopping dead, then picking the pace back up
            Deficit: short, bent-over gait from the calf claudication
            He walked farther before the cramp than last time and stood taller doing it.
            """,
            ["I70.213"], [PT("97116", 14)], [At(Measure, "97116")]),

        // Neuse New Bern Four Square Step Test against eval and its cut-off, "I worked with him exclusively — nobody else on the floor with me for his 97112"; four-square stepping on call, crab-pot box and rope step-overs, wet-dock mock-up turns; slowed stepping and ankle proprioception; 19 matches: passes.
        ["v5-h81-neuse-four-square-step-test"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · New Bern
            Four Square Step Test 13.9 s (18.2 s at eval; over 15 s is the fall-risk range)
            HD MWF at the New Bern unit — seen Thursday. Access: R chest catheter — keep it dry and covered.
            Mr. Lupton, 71, takes his grandsons crabbing off the Union Point dock; lost his footing on the wet boards stepping over a crab pot in the fall.
            I worked with him exclusively — nobody else on the floor with me for his 97112.
            97112 — 19 min. Four-square stepping over canes forward, sideways and backward, then to squares I called out; stepping over a crab-pot-sized box and a rope; standing on the wet-dock mock-up (foam under a rubber mat) turning to look behind him.
            Slowed stepping responses and poor ankle proprioception from the diabetic neuropathy.
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 19)], []),

        // Kern Tehachapi stair climb test (12 steps up and down, one rail) against eval before a 97530: stairs with a laundry basket, front-loader bends, basket carries across the lot; knee pain and quad weakness; flights, counts, trips; 18 matches: passes.
        ["v5-h81-kern-stair-climb-test-laundry-97530"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Tehachapi clinic
            PRE-ACTIVITY CHECK: BP 138/80 · HR 86
            Stair climb test (12 steps up and down, one rail): 21.7 s (31.4 s at eval)
            BMI 40.9; both knees OA. Lives in a second-floor apartment near the Tehachapi Loop lookout; carries her laundry down to the machines.
            97530 — 18 min
              - stairs with a laundry basket on the hip (8 lb), one hand on the rail, step-over-step up, step-to down, 4 flights of 12
              - pulling clothes out of a front-loader and standing back up, 10 times
              - carrying the basket across the gravel lot to the car, 2 trips
            Why: knee pain and quad weakness make the stairs with a load her limit; goal — do her own laundry without her neighbour
            """,
            ["M17.0", "E66.01", "Z68.41"], [PT("97530", 18)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Magic City Bessemer "Min: TE 97110 — 18 | GT 97116 — 12" (both match); heel raises, calf press, mini-squats with doses for calf and thigh weakness; hall and slope gait with distance and mod I for a shuffling gait: passes.
        ["v6-h81-magic-city-min-row-te-and-gt"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: ABI R 0.71 / L 0.68 · Rutherford 2
            Pt: Mr. Tolbert, 66, deacon; his calves give out at the end of the church parking lot.
            Today:
             1. TE: standing heel raises 3 x 15; seated calf press 3 x 12 at 70 lb; mini-squats at the bar 2 x 12 — calf and thigh weakness, R worse
             2. GT: hall gait with cues for heel strike and longer steps, 4 x 150 ft, then the parking-lot slope 2 x 100 ft; mod I — short, shuffling gait once the calves tighten
            Min: TE 97110 — 18 | GT 97116 — 12
            """,
            ["I70.213", "E11.51"], [PT("97110", 18), PT("97116", 12)], []),

        // Kern Truxtun "TIME / CPT: 97112 ........ 20 min | 97110 ........ 12 min | 97140 ........ 8 min" (all match), "(•) Individual"; rocker, perturbations, dowel stance; heel raises, toe spreading, calf stretch; talocrural and MTP glides; sensory loss, calf weakness, stiff ankle; seconds, doses and degrees: passes.
        ["v6-h81-kern-time-cpt-dot-leaders-three-codes"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 158 mg/dL · BP 132/78 · SpO2 98% RA
            TIME / CPT:   97112 ........ 20 min   |   97110 ........ 12 min   |   97140 ........ 8 min
            Tehachapi wind-farm electrician, 53; neuropathic feet and a stiff R ankle.
            NMR: rocker board with eyes closed; foam stance with perturbations; dowel-rung stance — somatosensory and position-sense loss both feet; dowel stance EC 10 s
            TE: heel raises 3 x 12; toe spreading with a band 3 x 10; standing calf stretch 4 x 30 s — calf weakness and a tight R heel cord
            MT: talocrural posterior glides gr III and 1st MTP dorsal glides, R — R ankle dorsiflexion 0° → 5°
            """,
            ["E11.42", "M25.671"], [PT("97112", 20), PT("97110", 12), PT("97140", 8)], []),

        // Neuse Kinston prose minutes: "We spent 23 minutes on balance retraining (97112), all of it just her and me … Then 15 minutes on functional practice (97530)" (both match); clothesline reaches on foam, rope side-steps; wash-basket carries down two steps; position-sense loss and tiring legs; counts and SBA: passes.
        ["v6-h81-neuse-minutes-in-the-prose"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Kinston
            HD MWF, Kinston unit; seen Tuesday. Access: L forearm AVF — nothing on the L arm.
            Mrs. Stroud, 69, keeps the nursery at her Free Will Baptist church and hangs her wash on the line. Numb feet; she wobbles when she reaches up to the clothesline and turns.
            We spent 23 minutes on balance retraining (97112), all of it just her and me: foam stance with eyes closed and head turns, reaching overhead to a clothesline rope strung across the gym while standing on foam, and side-stepping over a rope. Diabetic neuropathy with loss of position sense at both ankles. Reaching on foam 10 of 10 without a step (4 of 10 at eval).
            Then 15 minutes on functional practice (97530): carrying a wet-wash basket (10 lb) from the washer mock-up out the back door and down two steps to the line, hanging six pieces, and back — three rounds. Her legs tire and she can't yet carry the basket down the steps safely. Three rounds with the basket, SBA on the steps.
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 23), PT("97530", 15)], []),

        // Kern bariatric PT then OT on one morning: "PT 97110: 20 min" and "OT 97530: 22 min" each match their own discipline's line; NuStep, sit-to-stands, abduction, wall push-ups with doses for hip and thigh weakness; car transfers and grocery loading with counts and CGA → SBA: passes.
        ["v6-h81-kern-pt-then-ot-one-morning"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program · Bakersfield — PT then OT
            PRE-ACTIVITY CHECK: BP 136/84 (large cuff) · HR 92 · SpO2 96% RA
            Sleeve gastrectomy POD 34; BMI 50.4. Lifting limit 15 lb until week 6.
            PT 97110: 20 min
              - bariatric NuStep level 3, 800 steps; sit-to-stand from a 20-in. chair 3 x 8; standing hip abduction 2 x 12 each; wall push-ups 2 x 10
              - hip and thigh weakness after surgery; goal — walk into church without stopping
            OT 97530: 22 min
              - getting in and out of her car in the parking lot (sit first, then swing the legs), 4 times; loading a 10-lb grocery bag into the back seat and out, 4 times
              - can't get her legs into the car or twist to the back seat since surgery; car transfer CGA → SBA today
            """,
            ["E66.01", "Z68.43", "Z98.84"], [PT("97110", 20), OT("97530", 22)], []),

        // Magic City Trussville "Gait 97116 in two pieces: 9 min, then the sonographer took him for his post-exercise ABI recheck, then 8 min more — 17 min in all" (matches); cued hall gait, box carry through the path with turns; mod I; a habitual L limp after the stent: passes.
        ["v6-h81-magic-city-gait-in-two-pieces-around-the-abi"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Trussville
            Vasc: L SFA stent, 4 wk · resting ABI L 0.89
            Gait 97116 in two pieces: 9 min, then the sonographer took him for his post-exercise ABI recheck, then 8 min more — 17 min in all.
            Pt: Mr. Bearden, 63, warehouse picker; limps on the L from habit though the calf pain is gone.
            Piece one: hall gait, cues for an even L step and heel strike, 2 x 200 ft.
            Piece two: carrying a 10-lb box along the gait path, turning at the cones, 3 x 100 ft; mod I.
            Deficit: a limp with a short L stance and no L push-off — a habit from months of claudication
            """,
            ["I70.212", "Z95.820"], [PT("97116", 17)], []),

        // Neuse Greenville "Charges today: 97112 (1 unit, 22 min) · 97110 (1 unit, 13 min)" (both match); "For the 97112 he was the only one I treated — I never stepped away"; tractor-step step-downs onto foam, rutted-field mat; leg press, step-ups, bridges with doses; postural control and thigh weakness; counts and seconds: passes.
        ["v6-h81-neuse-charges-with-units-and-minutes"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville
            Charges today: 97112 (1 unit, 22 min) · 97110 (1 unit, 13 min)
            Mr. Godwin, 55, kidney transplant in the summer; farms sweet potatoes and soybeans with his brother. He's unsteady getting down off the tractor step and on the rutted field edge.
            For the 97112 he was the only one I treated — I never stepped away. Foam stance eyes closed, stepping down from the 14-in. tractor-step mock-up onto foam, walking the rutted-field mat with head turns. Impaired postural control and ankle position sense after the long transplant stay. Step-downs onto foam 8 of 8 without a grab; foam EC 14 s.
            For the 97110: leg press 3 x 12 at 80 lb, step-ups 3 x 10, bridges 3 x 12 — thigh and hip weakness.
            """,
            ["Z94.0", "M62.81", "R26.81"], [PT("97112", 22), PT("97110", 13)], []),

        // Kern Delano "Neuro re-ed × 21 min, one-on-one the whole time" with the one timed code named only by its service (21 matches); dowel-on-foam ladder rung, clothespin reaches on foam, hip perturbations; plantar sensory loss; seconds and sites: passes.
        ["v6-h81-kern-neuro-re-ed-times-21-no-code"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Delano clinic
            PRE-ACTIVITY CHECK: BG 133 mg/dL · BP 126/70
            Neuro re-ed × 21 min, one-on-one the whole time.
            Grape picker, 47, T2DM; ladder work in the table-grape rows.
              - standing on the orchard ladder's lowest-rung mock-up (a dowel on foam), eyes closed for the last set
              - reaching overhead and to the side on foam to pick clothespins off a line
              - perturbations at the hips during the reaches
            MEASURES: dowel-on-foam stance EC 9 s (4 s at eval); 10-g felt 4/10 sites R, 6/10 L
            RESPONSE: plantar sensory loss with poor balance reactions on narrow and soft footing
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // Magic City Jasper PTA "Min: TE 97110 — 28" against a 16-min PTA line: mismatch; raises, calf press, stepper with doses and calf weakness complete.
        ["v6-h81-magic-city-pta-te-28-against-16"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Jasper · PTA note
            Vasc: ABI R 0.66 / L 0.70 · Rutherford 2
            Today:
             1. heel raises 3 x 15; toe raises 3 x 15; seated calf press 3 x 12 at 60 lb
             2. recumbent stepper, level 4, 1,000 steps
            Deficit: calf weakness and early fatigue in both legs with the claudication
            Min: TE 97110 — 28
            """,
            ["I70.213"], [PTA("97110", 16)], [At(Mismatch, "97110")]),

        // Neuse Goldsboro "97112 — 12 min" against a 24-min line: mismatch; otherwise complete (one-on-one; rocker EC, foam head turns, tape tandem; neuropathic position-sense loss; seconds and steps).
        ["v6-h81-neuse-nmr-12-against-24"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro
            HD MWF; seen Thursday. Access: R upper-arm AVF.
            Mr. Exum, 67. One-on-one for the 97112, only him and me. 97112 — 12 min: rocker board eyes closed, foam stance with head turns, tandem walking on the tape. Diabetic neuropathy with lost position sense in both feet. Rocker board EC 10 s; tandem 12 steps.
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // Kern bariatric OT "OT 97530 — 30 min" against an 18-min OT line: mismatch; commode transfers and a long-handled hygiene aid with counts, limited reach complete.
        ["v6-h81-kern-ot-30-against-18"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Occupational Therapy · Bakersfield
            OT 97530 — 30 min
              - bariatric commode transfers, 5 times; toilet hygiene with the long-handled wiping aid, 3 trials
              - limited reach behind her and low standing tolerance since the bypass
              - transfers mod I; hygiene aid 3 of 3 trials complete
            """,
            ["E66.01", "Z68.42", "Z98.84"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // Magic City Hoover "Tx time 34 min (TE + gait)" is the only time for two codes: separate time missing; both items complete (raises, calf press, step-ups with doses for calf and thigh weakness; hall and sidewalk gait with distance and mod I for a bent-forward shuffle).
        ["v6-h81-magic-city-tx-time-34-te-and-gait"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Hoover
            Vasc: ABI R 0.64 / L 0.69 · Rutherford 2
            Pt: Mrs. Ingram, 70, school crossing guard; her calves cramp at the far corner.
            Today — Tx time 34 min (TE + gait):
             1. TE: heel raises 3 x 12; seated calf press 3 x 12 at 50 lb; step-ups to a 6-in. step 2 x 10 — calf and thigh weakness
             2. Gait: hall and sidewalk, heel strike and upright posture, 3 x 200 ft, mod I — a shuffling, bent-forward gait when the calves cramp
            """,
            ["I70.213"], [PT("97110", 20), PT("97116", 14)], [SepTime]),

        // Kern Shafter three codes: 97112 20 and 97110 12 have minutes, the 97140 line has none: separate time missing; every line complete ("(•) Individual"; foam, rocker, beam tandem; towel curls, raises, band eversion; talocrural and subtalar glides; sensory loss, weak evertors, stiff ankle; steps, doses, degrees).
        ["v6-h81-kern-manual-line-without-minutes"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Shafter clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 171 mg/dL · BP 136/80
            97112 — 20 min: foam stance eyes closed, rocker board A-P, tandem on the beam — plantar sensory loss both feet; tandem on the beam 12 steps
            97110 — 12 min: towel curls, 3 towels; heel raises 3 x 12; band ankle eversion 3 x 15 — weak R ankle evertors
            97140: talocrural posterior glides gr III and subtalar glides, R — R ankle dorsiflexion 2° → 7°
            """,
            ["E11.42", "M25.671"], [PT("97112", 20), PT("97110", 12), PT("97140", 9)], [SepTime]),

        // Neuse New Bern start and end clock times per code ("97110 started 10:05, ended 10:23. 97530 from 10:23 to 10:37" — 18 and 14, both match); leg press, step-ups, bridges, band abduction with doses; boat-ramp carries and kneel-to-cleat with counts; weak legs on the ramp: passes.
        ["v6-h81-neuse-clock-times-per-code"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · New Bern
            HD TTS; seen Friday. Access: L forearm AVF — no loads on the L.
            97110 started 10:05, ended 10:23. 97530 from 10:23 to 10:37.
            Mr. Fulcher, 64, retired ferry deckhand on the Neuse. Quads and hips weak since he started dialysis; his legs shake on the boat ramp.
            97110: leg press 3 x 12 at 70 lb; step-ups to a 7-in. step 3 x 10 each; bridges 3 x 12; hip abduction with the band 2 x 15.
            97530: walking the boat-ramp mock-up (incline board) up and down carrying a 12-lb cooler in the R hand, 6 trips; getting down on one knee to tie a line to the cleat and back up, 8 times. His knees give and he grabs for the piling on the ramp. 6 of 6 ramp trips without a grab today.
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 18), PT("97530", 14)], []),

        // Kern Delano "Gait training × 26 min" against a 14-min line (the one timed code): mismatch; walker-boot gait over a midfoot Charcot with distance and SBA, vaulting and a hurried step complete.
        ["v6-h81-kern-gait-26-against-14"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Delano clinic
            PRE-ACTIVITY CHECK: BG 149 mg/dL · BP 130/76
            Gait training × 26 min: offloading walker boot on the R; front-wheeled walker; heel-to-toe over the boot's rocker, even step length, 4 x 150 ft, SBA
            Why: R midfoot Charcot — a short, hurried L step and vaulting over the boot
            """,
            ["E11.610", "M14.671"], [PT("97116", 14)], [At(Mismatch, "97116")]),

        // Neuse Greenville PT and OT on one morning: "PT — 97112 — 20 min" matches the PT line, "OT — 97530 — 12 min" against a 25-min OT line: mismatch on the OT code only; both sections complete (one-on-one; foam, rocker, head-turn walking; postural control; seconds — dishwasher unloading and stove standing; fatigue and shaky hands; racks).
        ["v6-h81-neuse-pt-matches-ot-12-against-25"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville — PT and OT, same morning
            Ms. Ebron, 59, kidney transplant in October.
            PT — 97112 — 20 min, one-on-one start to finish: foam stance eyes closed, rocker board, walking with head turns down the hall — impaired postural control and ankle position sense after the long hospital stay; foam EC 12 s, rocker board 15 s.
            OT — 97530 — 12 min: kitchen task — unloading the dishwasher to the upper and lower cabinets, 2 racks; standing at the stove to cook a full pan of eggs — fatigue and shaky hands since the transplant; 2 racks without a seated rest.
            """,
            ["Z94.0", "R26.81", "R25.1"], [PT("97112", 20), OT("97530", 25)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h81-empty-ther-ex-and-gait"] = new(
            "",
            ["I70.213"], [PT("97110", 18), PT("97116", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // Empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h81-empty-97112-no-dx"] = new(
            "",
            [], [PT("97112", 20)], [At(NoteMissing, "97112"), Dx]),

        // A note of spaces, a tab and line breaks only (cells are trimmed) on an OT 97530 with diagnoses: note missing only.
        ["v7-h81-whitespace-only-ot-97530"] = new(
            " \n \t\n  \n",
            ["E66.01", "Z68.42"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Kern: step-ups, cuff knee extension and band rows with doses (technique and measure), thigh weakness and standing endurance before a sleeve with a Mass goal (deficit); 16 matches: passes.
        ["v7-h81-kern-97110-before-the-sleeve"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Pre-op Conditioning (PT) · Delano clinic
            97110 — 16 min
              - step-ups to a 4-in. step holding the bar, 3 x 8 each
              - seated knee extension with a 2-lb cuff, 3 x 12 each
              - standing rows with the green band, 3 x 12
            Why: thigh weakness and poor standing endurance before her sleeve; goal — stand through Sunday Mass at Our Lady of Guadalupe
            """,
            ["E66.01", "Z68.42"], [PT("97110", 16)], []),

        // 97530's meaning at Neuse: a mock grocery aisle — cart, top and bottom shelves, lifting a bag of collards and a gallon of tea, porch steps with bags (technique), tiring out and lifting from the cart since the transplant (deficit), rounds and rests (measure); 19 matches: passes.
        ["v7-h81-neuse-97530-grocery-aisle-after-transplant"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Wilson
            97530 — 19 min. Grocery practice in the clinic's mock aisle: pushing the cart, reaching to the top and bottom shelves, lifting a 10-lb bag of collards and a gallon of tea from the cart to the counter, and carrying two light bags up the three porch steps — four rounds.
            Since the transplant he tires out before the end of a Piggly Wiggly trip and can't lift from the bottom of the cart without a rest.
            Four rounds with one seated rest (three at eval).
            """,
            ["Z94.0", "R53.81"], [PT("97530", 19)], []),

        // 97140's meaning at Magic City: scar mobilisation of a healed bypass incision, talocrural posterior glides, gastrocnemius STM (technique), an adherent thigh scar and a stiff ankle (deficit), dorsiflexion degrees (measure); 10 matches: passes.
        ["v7-h81-magic-city-97140-bypass-scar-and-ankle"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Southside
            97140 — 10 min
             1. scar mobilization along the healed R medial-thigh bypass incision — skin rolling and cross-friction; incision closed and signed off by Dr. Haskins
             2. talocrural posterior glides, grade III, R
             3. STM to the R gastrocnemius
            R ankle dorsiflexion 3° → 9°; the scar now glides freely over its lower two-thirds
            Deficit: an adherent R thigh scar that pulls with the stride, and a stiff R ankle after weeks of limited walking
            """,
            ["I70.211", "Z95.828", "M25.671"], [PT("97140", 10)], []),

        // 97116's meaning at Kern: cane gait on the Kern River Parkway path and the grass verge with cues (technique), distance and SBA/CGA (measure), a wide-based, slapping, eyes-down neuropathic gait (deficit); 14 matches: passes.
        ["v7-h81-kern-97116-on-the-parkway-path"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Bakersfield (Truxtun)
            97116 — 14 min
              - gait on the Kern River Parkway path behind the clinic with the single-point cane, 2 x 500 ft, then the grass verge, 200 ft
              - cues: eyes up ahead, a quiet heel landing instead of slapping, even step length
              - SBA on the path, CGA on the grass
            Why: wide-based, foot-slapping gait with his eyes on the ground from the neuropathy; wants to walk the path with his wife in the evenings
            """,
            ["E11.42", "R26.89"], [PT("97116", 14)], []),

        // Generic 97112: "Pt seen for balance program. Worked on coordination and stability. Did well with all activities. Plan: same next visit. 97112 20 min." — no technique, deficit, number but the code's minutes, or one-on-one statement.
        ["v7-h81-generic-balance-program-97112"] = new(
            "Pt seen for balance program. Worked on coordination and stability. Did well with all activities. Plan: same next visit. 97112 20 min.",
            ["E11.42"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 10, both match): "Manual therapy and strengthening per plan. Pt tolerated session well. Progressing toward goals." — nothing named for either code.
        ["v7-h81-generic-ther-ex-and-manual"] = new(
            "TE 97110 15 min / MT 97140 10 min. Manual therapy and strengthening per plan. Pt tolerated session well. Progressing toward goals.",
            ["M17.0"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic OT 97530: "OT: functional activities addressed. Pt engaged and motivated. Will continue OT POC." — no activity, deficit or level named.
        ["v7-h81-generic-ot-functional-activities"] = new(
            "OT 97530 22 min. OT: functional activities addressed. Pt engaged and motivated. Will continue OT POC.",
            ["Z94.0"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Kern bariatric pre-op, visit 10 of 12: 97110 16 and 97530 12 match; NuStep, sit-to-stands, cuff knee extension, wall push-ups with doses for thigh and arm weakness; floor rises and bariatric-bed sit-ups with counts and CGA for a home health aide who can't get up off the floor: passes.
        ["vord-h81-kern-pre-op-ther-ex-and-ther-act"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Pre-op Conditioning (PT) · Bakersfield
            PRE-ACTIVITY CHECK: BP 144/86 (thigh cuff) · HR 90 · SpO2 95% RA
            BMI 58.1. Visit 10 of the 12 the surgeon requires before her bypass. Home health aide; has to get her clients in and out of bed.
            97110 — 16 min: bariatric NuStep level 3, 650 steps; sit-to-stand from a 21-in. chair 3 x 8; seated knee extension with a 3-lb cuff 3 x 10 each; wall push-ups 2 x 10 — thigh and arm weakness and low endurance
            97530 — 12 min: getting up from the floor using the bariatric mat-table edge and a chair (in case of a fall at home), 3 times; rolling and sitting up on the 48-in. bariatric bed, 5 times — can't get up off the floor alone and has to pull on the bed rail to sit up; floor rise 3 of 3 with CGA
            """,
            ["E66.01", "Z68.43"], [PT("97110", 16), PT("97530", 12)], []),

        // Magic City Bessemer TCI steelworker: "NMR 97112 — 22 min, one-on-one; I had no one else in the gym" and "TE 97110 — 13 min" (both match); rocker EC, foam tandem with pelvic perturbations, obstacle stepping; raises, calf press, stepper with doses; sensory loss and calf weakness; seconds, Berg: passes.
        ["vord-h81-magic-city-nmr-and-te"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Bessemer
            Vasc: ABI R 0.76 / L 0.72 · Rutherford 1
            Pt: Mr. Gaines, 72, retired TCI steelworker; numb feet and calves that tighten at the end of the street.
            Today:
             1. NMR 97112 — 22 min, one-on-one; I had no one else in the gym: rocker board eyes closed, foam tandem with perturbations at the pelvis, obstacle stepping with head turns — plantar sensory and position-sense loss both feet; foam tandem 10 s (3 s at eval), Berg 48/56
             2. TE 97110 — 13 min: heel raises 3 x 15, seated calf press 3 x 12 at 60 lb, recumbent stepper level 4 for 800 steps — calf weakness and endurance with the claudication
            """,
            ["E11.42", "I70.213"], [PT("97112", 22), PT("97110", 13)], []),

        // Neuse Kinston tobacco-barn builder who fell off the porch onto the slope in the dark: "The whole 97112 was one-on-one — I was with Mr. Sugg alone"; dim-light porch step-downs onto a slope board, foam EC with head turns, stop-and-turn walking; diabetic and uremic neuropathy; counts and seconds; 23 matches: passes.
        ["vord-h81-neuse-off-day-porch-and-slope-nmr"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Kinston
            HD MWF, Kinston unit; seen Thursday, his off day. Access: L upper-arm AVF — no BP, no weights on the L.
            Pre: BP 142/80 R arm · HR 78 · BG 168. Dry weight 86.0 kg; up 2.1 kg since Wednesday.
            Mr. Sugg, 65, retired tobacco-barn builder; fell in his yard stepping off the porch onto the slope in the dark.
            The whole 97112 was one-on-one — I was with Mr. Sugg alone.
            97112 — 23 min. Porch-step mock-up, stepping down onto the slope board, first with the lights up, then dimmed; foam stance with eyes closed and head turns; walking the hall with sudden stops and turns on my call.
            Diabetic and uremic neuropathy — lost position sense at the ankles and no feel for the slope underfoot.
            Step-downs onto the slope board in dim light 8 of 10 without a grab (3 of 10 at eval); foam EC 9 s.
            """,
            ["N18.6", "Z99.2", "E11.42"], [PT("97112", 23)], []),

        // Neuse Greenville OT church pianist nine weeks after a transplant: piano-bench transfers and pedal reach, directing with arms up, music-bag carries up the loft steps; arms tire overhead and thighs shake from the low bench; counts and verses; 23 matches: passes.
        ["vord-h81-neuse-ot-church-pianist-97530"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Greenville · Occupational Therapy
            Mrs. Whitfield, 61, kidney transplant nine weeks ago; church pianist and choir director. No lifting over 10 lb until the team clears her.
            OT 97530 — 23 min. Piano bench: getting on and off the low bench and sliding over to reach the pedals, six times; standing to direct the choir with her arms up, three verses' worth; carrying her music bag (6 lb) up the three choir-loft steps with the rail, four times.
            Since the transplant her arms tire overhead and her thighs shake coming up from the low bench.
            Bench transfers 6 of 6 without pushing off the keys; arms up through all three verses today (one verse at eval).
            """,
            ["Z94.0", "M62.81"], [OT("97530", 23)], []),

        // Kern Tehachapi feed-store clerk after a gastric bypass with L knee OA: 97140 10 and 97110 15 match; posterior glides, flexion mobilisation with movement, patellar glides with flexion degrees; bike, wall sits, TKEs, step-downs with doses for quad weakness and a kneeling and ladder goal: passes.
        ["vord-h81-kern-knee-oa-manual-and-ther-ex"] = new(
            """
            KERN VALLEY REGIONAL · Metabolic & Bariatric Surgery Program — Outpatient PT · Tehachapi clinic
            PRE-ACTIVITY CHECK: BP 132/78 · HR 82
            BMI 41.7, eight months after a gastric bypass, down 96 lb. L knee OA; works the counter at the feed store.
            97140 — 10 min: L tibiofemoral posterior glides gr III at 90°, then flexion mobilization with movement; patellar inferior glides — L knee flexion 104° → 112°
            97110 — 15 min: stationary bike with the seat low, 2.5 miles; wall sits 3 x 20 s; terminal knee extension with the band 3 x 15; step-downs from a 6-in. step 3 x 8 — L quad weakness and stiffness; goal — kneel to stock the low shelves and climb the hay-loft ladder
            """,
            ["M17.12", "E66.01", "Z68.41"], [PT("97140", 10), PT("97110", 15)], []),

        // Magic City Gardendale PTA after a femoral endarterectomy: hall gait with stance and arm-swing cues, curbs and ramps, look-behind turns; mod I and SBA; short L stance and trunk lean; 15 matches: passes.
        ["vord-h81-magic-city-pta-gait-after-endarterectomy-97116"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Gardendale · PTA note
            Vasc: L femoral endarterectomy, 6 wk · ABI L 0.92
            Pt: Mr. Kilgore, 68, retired church-bus driver; still steps short on the L and leans on the cart at Walmart.
            Today (gait 97116 — 15 min):
             1. hall gait without a device: heel strike and a full L stance, arm swing, 3 x 200 ft
             2. the parking-lot curbs and ramp: 4 curbs, 2 ramps
             3. walking and turning to look behind him, 10 turns
            Assist: mod I on the level, SBA on the curbs
            Deficit: short L stance and step with a trunk lean over the L after the endarterectomy
            """,
            ["I70.212", "Z48.812"], [PTA("97116", 15)], []),

        // Kern Arvin PTA, "(•) Individual", potato-field tractor driver: tractor-step step-downs onto foam eyes forward, foam EC with head turns, laser rocker; plantar and position-sense loss; counts, seconds, sites; 19 matches: passes.
        ["vord-h81-kern-pta-tractor-step-nmr"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — PTA Treatment Note · Arvin clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 132 mg/dL · BP 128/74 · SpO2 98% RA
            FEET: both inspected with the pt — no new areas; new seamless socks
            Tractor driver in the potato fields near Lamont, 58; numb feet; misses the tractor step getting down.
            97112 — 19 min
              - stepping down from the 16-in. tractor-step mock-up onto foam, eyes forward, 10 each leg
              - foam stance eyes closed, with head turns
              - rocker board M-L to a laser target
            MEASURES: step-downs 9 of 10 R and 10 of 10 L without looking down; foam EC 11 s; monofilament 3/10 sites R
            RESPONSE: plantar sensory and position-sense loss both feet; uses vision to find every step
            """,
            ["E11.42"], [PTA("97112", 19)], []),

        // Neuse Goldsboro CKD 4 with a fistula maturing: box squats with a dumbbell in the non-access hand, step-ups, abduction, half-kneel rises with doses; quad and hip weakness with a garden-picking goal; 17 matches: passes.
        ["vord-h81-neuse-ckd4-collards-and-butter-beans-97110"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Goldsboro
            CKD stage 4 (hypertensive); not on dialysis — a fistula placed in the L arm last month is maturing, so nothing on the L arm.
            Pre: BP 156/88 R arm · HR 72
            Mr. Rouse, 71, still tends a quarter acre of collards and butter beans. His thighs burn squatting to pick and he pulls on the fence to stand.
            97110 — 17 min. Squats to a 20-in. box holding a 5-lb dumbbell in the R hand, 3 x 10; step-ups to a 7-in. step, 3 x 10 each; standing hip abduction, 2 x 15 each; half-kneel to stand at the mat, 2 x 5 each side.
            Quad and hip weakness; goal — squat to pick and stand up without the fence.
            """,
            ["N18.4", "I12.9", "M62.81"], [PT("97110", 17)], []),

        // Magic City Jasper produce-stand owner after a R SFA stent: raises, melon-ball sit-to-stands, bike, crate-lift mini-squats with doses; R calf and thigh weakness with a truck-loading goal; 18 matches: passes.
        ["vord-h81-magic-city-produce-stand-after-stent-97110"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Jasper
            Vasc: R SFA stent 3 wk · ABI R 0.90
            Pt: Mrs. Gilbreath, 66, runs a produce stand on Highway 78; stands all day loading cantaloupes.
            Today (97110 — 18 min):
             1. standing heel raises 3 x 15, then single-leg R 2 x 8
             2. sit-to-stand holding an 8-lb ball, 3 x 10
             3. recumbent bike, level 4, 2.1 miles
             4. mini-squats to lift from a low crate, 2 x 10
            Deficit: R calf and thigh weakness after months of limited walking; goal — load the truck without sitting down between crates
            """,
            ["I70.211", "Z95.820"], [PT("97110", 18)], []),

        // Kern Truxtun OT retired welder with numb, stiff fingers: trainer insulin pen, meter strips from a built-up vial, buttoning with and without a hook; hand sensory loss and stiffness; trials and counts; 21 matches: passes.
        ["vord-h81-kern-ot-insulin-pen-and-buttons-97530"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Occupational Therapy · Bakersfield (Truxtun)
            PRE-ACTIVITY CHECK: BG 244 mg/dL · BP 140/82
            Retired oil-field welder, 71; numb fingertips and stiff fingers (prayer sign positive). Dropped his insulin pen twice this week and mis-dialed a dose; can't do his shirt buttons.
            OT 97530 — 21 min
              - insulin-pen practice with the trainer pen: cap off, attach the needle, dial to the number read aloud, check the window, 8 trials
              - meter strips out of the vial and into the meter, 10 trials, with the vial built up in foam
              - buttoning a work shirt with a button hook and without, 6 buttons
            MEASURES: pen dialed correctly 8 of 8 (5 of 8 at eval); strips 9 of 10 without a drop; 6 buttons with the hook, 4 without
            Why: sensory loss and stiffness in both hands — he manages his insulin alone
            """,
            ["E11.42", "E11.618", "Z79.4"], [OT("97530", 21)], []),

        // Neuse New Bern retired cashier: "97112 — 21 min, one-on-one, only her in the gym with me" and "97116 — 12 min" (both match); foam turns on call, tandem progressions, rocker shifts; rollator gait on the hall and sidewalk with distance and SBA; postural instability and a shuffling gait; counts and seconds: passes.
        ["vord-h81-neuse-nmr-and-rollator-gait"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · New Bern
            HD MWF at the New Bern unit; seen Tuesday. Access: R forearm AVF — no BP, no weights on the R.
            Mrs. Becton, 73, retired Food Lion cashier. She shuffles with her eyes on the floor and lost her balance twice turning at the sink.
            97112 — 21 min, one-on-one, only her in the gym with me: turning in place to called directions on foam, tandem stance progressions, weight shifts on the rocker board. Postural instability and slowed balance reactions with uremic neuropathy. Turns 8 of 10 without a stagger; tandem 12 s.
            97116 — 12 min: gait with the rollator on the hall and the sidewalk, 3 x 150 ft, cues for heel strike and eyes ahead, SBA — short, shuffling steps and a flexed trunk.
            """,
            ["N18.6", "Z99.2", "R26.89"], [PT("97112", 21), PT("97116", 12)], []),

        // Kern Delano complete 97112 ("(•) Individual"; foam EC with head turns, rocker, beam tandem; somatosensory loss; seconds, steps, sites) sent with no diagnosis.
        ["vord-h81-kern-no-diagnosis"] = new(
            """
            KERN VALLEY REGIONAL · Diabetes & Wound Center — Outpatient Rehab · Delano clinic
            Treatment mode:  (•) Individual   ( ) Concurrent   ( ) Group
            PRE-ACTIVITY CHECK: BG 161 mg/dL · BP 134/78
            Table-grape packer, 50; neuropathic feet.
            97112 — 20 min
              - foam stance eyes closed with head turns; rocker board A-P; tandem on the beam
            MEASURES: foam EC 10 s; tandem on the beam 9 steps; 10-g felt 4/10 sites R
            RESPONSE: somatosensory loss both feet
            """,
            [], [PT("97112", 20)], [Dx]),

        // Magic City Hoover complete 97110 (raises, calf press, stepper with doses; R calf weakness with claudication) with the ICD-9 code 443.9 as its only diagnosis: not well formed.
        ["vord-h81-magic-city-icd9-443-9"] = new(
            """
            MAGIC CITY VASCULAR SURGEONS · Limb Preservation & Walking Program (PT) · Hoover
            Vasc: ABI R 0.67 · Rutherford 2
            Today (97110 — 17 min): heel raises 3 x 15; seated calf press 3 x 12 at 60 lb; recumbent stepper level 4, 900 steps
            Deficit: R calf weakness and poor endurance with the claudication
            """,
            ["443.9"], [PT("97110", 17)], [Dx]),

        // Neuse Wilson complete 97530 (floor-to-chair rises through the R hand, SUV transfers; can't get up off the floor since dialysis; counts, CGA → SBA) with the ICD-9 code 585.6 as its only diagnosis: not well formed.
        ["vord-h81-neuse-icd9-585-6"] = new(
            """
            NEUSE RIVER KIDNEY PARTNERS · Renal Rehab & Therapy · Wilson
            HD MWF; seen Thursday. Access: L forearm AVF.
            97530 — 18 min. Floor-to-chair recovery pushing through the R hand, 4 times; transfers into her daughter's SUV, 5 times. She can't get up off the floor alone since starting dialysis. SUV transfers CGA → SBA; floor rise 4 of 4 with CGA.
            """,
            ["585.6"], [PT("97530", 18)], [Dx]),

        // Generic two-code note with a shared total ("Balance and strengthening today, 33 min"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h81-generic-two-codes-with-a-total"] = new(
            "Balance and strengthening today, 33 min. Pt did fine. Cont plan, recheck sugars before next session.",
            ["E11.42"], [PT("97112", 20), PT("97110", 13)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
