using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind after the hundred-and-thirty-fourth to hundred-and-thirty-sixth
/// sets were worked through) is the next week (6 – 10 April 2026) of the same clinics and writers as those three sets, in
/// their styles and with new patients, new days and new wording within the same templates. No style is new; the set
/// measures how the analyzer does on styles it has already seen, with notes it has not. About two thirds are ordinary
/// and complete (69 of 107), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT's and a PTA's or an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the seventeen clinics of the hundred-and-thirtieth to hundred-and-thirty-third sets, as the hundred-and-thirty-
/// fourth set describes them: Rosario Strait Physiotherapy (RSP: "97112 NMR 13.10–13.34 (24')", "Setting:", day-first
/// dotted dates), Big Horn Basin Regional Hospital (BHBR: "▸ START ■ STOP … = 23 MIN" rows), Prairie Coteau Sports
/// Medicine (PCSM: pipes, "Imp:", "Obj:"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:", minute boxes),
/// Southern Tier Balance and Falls Clinic (STBF: the visit narrative "What we worked on / Why / How she did / Time"),
/// Tuscarawas Valley Medical Center (TVMC: the activity log with its timers), Thermopolis Physical Therapy (TPT: "tx/ why/
/// #s/" and the owner's slash form "97112/97110 = 24/12 min — 1:1 [x] / grp [ ]"), Cimarron Senior Therapy (CST: "CST
/// GERI VISIT" with falls, orthostatics and "1:1: Y"), Tri-Rivers Multispecialty Clinic (TRMC: "PROBLEM #1 — …" sections
/// with indented minutes), St. Columba Memorial Hospital (SCMH: episodes, "Timed: 97112 ▸ 23 min", the attendance row,
/// "Completed by:"), Quarry Hill Physical Therapy (QHPT: "Re: …", dotted leaders, the "☐ PT ☒ PTA" row), Black Hills
/// Sports &amp; Spine (BHSS: "Service | By | Time" and the cash RECOVERY BAR), River Bend Chiropractic &amp; Physical
/// Therapy (RBC: "Who: [X] PT", "One-on-one: (Y) / N", the DC's line and the CA's IFC), Blue Mountain Regional Hospital
/// (BMRH: "[97112] Neuromuscular re-ed — 24 min — M. Ashby PT" and the MODALITY ROOM line), Kaskaskia River Medical
/// Center (KRMC: the IE | LAST PR | TODAY grid), Marshside Physical Therapy &amp; Balance (MPT: the WebPT-style "Billing:"
/// line, the recertification grid and the owner's discharge summary) and Cottonwood Creek Health &amp; Rehabilitation
/// (CCHR: the Part B progress report and "SKILLED INTERVENTIONS THIS DATE"), with the same writers;</item>
/// <item>the eight-clinician clinic of the hundred-and-thirty-fifth set on its next Tuesday (Shoal Creek Therapy &amp;
/// Hand, SCTH, Joplin, Missouri, "SCTH Daily v3" on ClearChart): Maren Oduya's full fields, Curt Blevins's one-liners,
/// Tessa Lindqvist's "[copied forward from 3/3 — reviewed/updated]", Raj Pillai's "Pt presents to clinic …", Brandi
/// Stockton's late entries, Luis Arredondo's code grid, Shelby Kuhn's boxes and the clinic's "Steady Steps", and Nadia
/// Farrow's "Hand therapy —" headings;</item>
/// <item>the one EMR template of the hundred-and-thirty-sixth set at its three organisations ("QUILLWORK EMR — THERAPY
/// DAILY NOTE (STANDARD)"): Chequamegon Bay Health (CBH: Maren Tollefsrud's ASSESSMENT-only notes, Gordon Baumgartner's
/// grid, Brent Hakala's pasted SUBJECTIVE, Celeste Duquette's OT notes and the default attestation sentence), Pee Dee
/// Physical Therapy Associates (PDPT: Lamar Sellers, Deja McCants, Travis Godbold's prose minutes, Shonda Gause's "N/A"
/// and the "--Select--" dropdown) and Purgatoire Valley Rural Health Clinic (PVRHC: Rosalind Archibeque, Zeke Pruneda and
/// Hannah Velarde, the printed box and the defaults).</item>
/// </list>
/// This week's people: a tulip-bulb sorter, a retired towboat deckhand, a man who works a bison pen, a high-school high jumper, a
/// cross-country skier who coaches middle-schoolers, a lock tender on the Tennessee River, a retired iron-ore shovel
/// operator, a maple sugarer, a rodeo pickup man, a feed-store clerk, a woman who quilts at the Grange, a shrimp-boat
/// net mender, a retired whale-watch skipper, a marching-band director, a Mennonite baker, a lineman, a church pianist, a
/// snowplough driver and residents at the Friday social — with a sister in the waiting area, a husband out in the truck, a
/// wife holding the cane by the door, a PT student charting numbers, a granddaughter in the car, an aide refilling a
/// water pitcher, a son-in-law from Pilot Rock in the lobby, a chiropractor, a CA and an ATC.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "___", an unanswered box or dropdown and an uncircled "Y / N" state nothing, a box is read as ticked or not and
/// a circled letter as answered, a time stamp on a log line and a report's earlier columns are never a code's minutes, a
/// default sentence the clinician signed is read as written unless the note shows it false, what an aide, an ATC, a
/// chiropractor or a CA did is not the billed service, and a branded programme's level never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h137-…): one-on-one in these writers' own words ("1:1 — nobody else booked in the small gym; her
/// sister read in the waiting area", "Just the two of us — Naomi and Mrs. Gentry — for the balance piece", "just Mr.
/// Lasley and me on the mat with the curtain pulled", "1:1 the whole block; the PT student … charted the numbers for
/// me", "[X] One-on-one … Rosalind and Mrs. Trujillo only", "1:1: Y — seen alone in her apartment; the aide came in to
/// refill the water pitcher and left", "one-on-one; her son-in-law … waited in the lobby"), notes that negate it
/// ("One-on-one: Y / (N) — worked her and Mr. Stoltz together on the foam lane", a home visit treating a husband and
/// wife together in the den, Shelby running two on the foam beam) or never state it (a KRMC progress note and a TVMC log
/// with no delivery word), and the codes without a one-on-one check: an OT's 97530 in a dining room with two other
/// residents and a PTA's 97110 beside another patient's squat rack;</item>
/// <item>class 2 (v2-h137-…): checkbox and blank-field states ("☒ 1:1" on an episode, "(Y) / N" circled, a printed "[ ]
/// One-on-one for all timed minutes" left empty, Curt's attendance row with nothing ticked, Raj's "Impairment: -- select
/// --", a home visit's "Problem: ______", two code boxes ticked with their minutes and the third empty, "1:1: ___" on a
/// geriatric visit, Shonda's "N/A" fields around a complete note, "☒ 1:1" beside a cash kinesio-tape row, the "☐ PT ☒
/// PTA" row, and "1:1 [ ] / grp [x]");</item>
/// <item>class 3 (v3-h137-…): named programmes and methods as techniques (Tai Ji Quan: Moving for Better Balance forms,
/// Redcord Neurac activation in slings, mirror therapy and left/right judgement for an OT's 97112, strain-counterstrain
/// with its tender points, blood-flow-restriction leg press at a limb-occlusion pressure, instrument-assisted soft
/// tissue mobilisation with HawkGrips, Maitland grade IV thoracic glides, the GRASP arm programme), the clinic's "Steady
/// Steps Level 3 per the clinic handout" as the only technique, Jobe exercises "per the handout" with no dose, and PNF
/// rhythmic stabilisation with "Imp: same as last note";</item>
/// <item>class 4 (v4-h137-…): deficits stated as findings (feet that can't find the ground when the snow crust gives,
/// a man who sways at the sale-barn rail as the cattle go by, gravel in a winery lot she can't feel, a knee that buckles
/// stepping down from the choir loft, a woman who tips backward reaching to the top of the pie safe, a slipper that
/// catches the braided rug) and notes that state none ("Impairment: see problem list", "Deficit: resident at baseline",
/// ASSESSMENT left at "Pt tolerated tx well. Continue POC.", "Deficit: no change from last week");</item>
/// <item>class 5 (v5-h137-…): measures in every usual form (the STEADI four-stage balance test, the Motion Sensitivity
/// Quotient with a DGI, 10MWT and 5xSTS, a Y-balance composite with single-leg squat counts, Box and Block for an OT's
/// 97530, quad-cane distance and assistance for a 97116, dressing steps and set-up for a 97530) and notes with none
/// ("Berg: deferred — he had to leave for the shrimp boat", "Objective: better than last week per pt", "Obj: see HEP" with no dose,
/// a late entry's "Measures: didn't get to them");</item>
/// <item>class 6 (v6-h137-…): minutes in these templates' forms (the owner's slash form, two stamped rows, two grid rows,
/// clock ranges on two codes' own lines in ASSESSMENT, two RBC headings, two dotted leaders, a PT's and an OT's report
/// headings) and true mismatches (a BMRH heading of 30 on 18, a new graduate's 38 on 23, a narrative's 35 on 22, a
/// second grid row of 25 against 13) and truly missing separate time (episodes' timed lines without minutes over "Total
/// timed minutes this visit: 37", a billing line in units with only "Total timed treatment: 37 min", a narrative's "36
/// minutes between the balance work and the walking");</item>
/// <item>class 7 (v7-h137-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty three-code visit, tabs and spaces on a PTA's 97112, an empty OT 97530 with no diagnosis), the contract's
/// meanings for 97110 (recliner sit-to-stands and heel raises at a farmhouse counter), 97530 (sled pushes and farmer
/// carries for fence work), 97140 (thoracic PA mobilisations and rib springing) and 97116 (a rollator to the dining
/// room), and wholly generic notes ("Tx: balance training as per plan", a two-code slash note "balance + strengthening
/// per POC", "Functional activities as tolerated", "Ther ex per flowsheet. Tolerated well.");</item>
/// <item>ordinary (vord-h137-…): complete notes of this week from every employer that a reviewer passes (the
/// false-positive guard) — single-code and two- and three-code visits, a discharge summary and a progress report with
/// the day's treatment, adjuncts written apart (dry needling on the cash bar, the DC's adjustment, the CA's IFC, ice by
/// the aide), a copied-forward pelvic-health note, a late entry, the Quillwork defaults — and the ordinary weak ones: a
/// complete note with no diagnosis and a claim whose diagnosis is the words "balance problems".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sisters, husbands, wives, a
/// son-in-law, a granddaughter, a PT student, an aide, an ATC, a chiropractor and a CA (none of them a patient; Mr.
/// Stoltz, Mr. Akers, Mr. Dodd, the patient at the next squat rack and the two residents at the dining table are), ages,
/// dates of service, certification periods, visit numbers and treatment days, times of day on log lines, appointments
/// and late entries, step and box heights in inches and centimetres, loads in pounds and kilograms, band colours,
/// cuff pressures in percent, degrees, distances in feet and metres, gait speeds, counts of falls, blocks, pegs, steps,
/// pushes and trips, and outcome scores in a report's earlier columns — and each is written so that a reviewer cannot
/// take it for a billed code's minutes; a code's minutes are written next to the code, in its block's heading, in a
/// minute box, a stamped row, a timer line, a billing line or a grid row of the code, or as a clock range on the code's
/// own line; no note gives minutes to a visit, a drill, a rest or a test, except the three that fail for a visit's total
/// ("Total timed minutes this visit: 37", "Total timed treatment: 37 min", a narrative's "36 minutes between the balance
/// work and the walking"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, student or staff member in the room does not
/// undo a one-on-one statement, another patient treated in the same block does, and a therapist attending someone else
/// during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates could honestly be read either way on: a report grid whose
/// TODAY column is blank beside numbers in its earlier columns (whether an earlier score is a measure of today), a
/// single timer started for two codes and stopped once with one figure after it, two codes joined by "+" with one
/// figure beside them (whether the figure is the second code's), Brandt-Daroff habituation named as a 97112's only
/// technique, a box ticked and a dropdown answered differently for the same visit, and a late entry whose minutes were
/// reconstructed from the schedule rather than charted.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 107 cases agree (105 needed), and none of the 69 notes the reviewer passes got a finding, on the analyzer of d48cc24 (the 2026-12-07 twentieth session after the hundred-and-thirty-fourth to hundred-and-thirty-sixth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run (6b8cb41): 105 of 107, no false positive, as at its first run. Left: "see HEP" as the 97110 measure, and "36 minutes between both" also taken for the gait code.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtySeventhTests(ITestOutputHelper output)
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

        // RSP Mount Vernon: "Setting: 1:1 — nobody else booked in the small gym; her sister read in the waiting area"; foam stance with diagonal head turns, side-stepping over bulb crates, perturbations in tandem; sway and a late hip strategy; Mini-BESTest and pushes; "(24')" and the range match: passes.
        ["v1-h137-rsp-small-gym-sister-waiting"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 07.04.2026 · tulip-bulb sorter, 63 y
            97112 NMR 13.10–13.34 (24')
            Setting: 1:1 — nobody else booked in the small gym; her sister read in the waiting area.
            Tx: foam stance with diagonal head turns; side-stepping over the bulb crates; perturbations at the shoulders in tandem.
            Problem: sway and a late hip strategy; she lurches sideways turning between the sorting tables.
            Measures: Mini-BESTest 21/28 (17/28 at intake); 7/10 lateral pushes recovered with one step.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // TRMC Mayfield, two problems: PROBLEM #1 balance "Just the two of us — Naomi and Mrs. Gentry — for the balance piece; her husband stayed out in the truck"; tandem on foam with head turns, stepping over the cane row, reactive steps; slow stepping and sway; Berg and steps; PROBLEM #2 L knee 97110 with doses; 22 and 13 match: passes.
        ["v1-h137-trmc-just-the-two-of-us-husband-in-truck"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Opal Gentry. Naomi Achterberg, PT
            PROBLEM #1 — Imbalance with falls (R26.81), referred by Tri-Rivers Family Medicine
              97112 — 22 min
              Just the two of us — Naomi and Mrs. Gentry — for the balance piece; her husband stayed out in the truck.
              Tandem stance on foam with head turns, stepping over the cane row on a called side, reactive steps to light pushes at the hips.
              Impairment: slow stepping reaction and sway; she tipped over backing away from the lock-house railing last month.
              Measures: Berg 46/56; 6 of 8 pushes recovered with one step.
            PROBLEM #2 — L knee OA (M17.12), referred by Tri-Rivers Orthopaedics
              97110 — 13 min
              Sit-to-stand from a low chair 3x10, SAQ 3 lb 3x15, step-ups onto a 6 inch step 2x10.
              Impairment: L quad weakness; knee aches on the lock-wall ladder.
            """,
            ["R26.81", "M17.12"], [PT("97112", 22), PT("97110", 13)], []),

        // SCTH Maren: "just Mr. Lasley and me on the mat with the curtain pulled; his wife held his cane by the door"; PNF D1 with rhythmic initiation, big stepping to floor targets, reactive steps backward; retropulsion and small steps in Parkinson's; pull test and TUG; "97112 — 25 min" matches: passes.
        ["v1-h137-scth-maren-curtain-pulled-wife-by-door"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 14 | Appt 8:15 AM
            CPT / min: 97112 — 25 min
            Attendance: one-on-one — just Mr. Lasley and me on the mat with the curtain pulled; his wife held his cane by the door.
            Treatment: PNF D1 upper extremity with rhythmic initiation in sitting then standing; large-amplitude stepping to floor targets; reactive backward steps to a tug at the gait belt.
            Impairment targeted: retropulsion and short shuffling steps with Parkinson's disease; he backs into the pew when he stands for the hymn.
            Measures: pull test 2 steps to recover (4 at eval); TUG 13.2 s.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Quillwork CBH Hayward, Gordon's grid and ASSESSMENT: "1:1 the whole block; the PT student from Northland College charted the numbers for me"; Airex single-leg stance with ball tosses, lateral hops to a stick, band perturbations; R ankle proprioception after a sprain on a ski trail; SLS and hops; grid 23 matches: passes.
        ["v1-h137-cbh-student-charted-the-numbers"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Coaches middle-school cross-country skiing; rolled the R ankle on a rutted trail in February.
            OBJECTIVE: SLS on the Airex R 11 s, L 26 s; 6 of 10 lateral hops stuck.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: 1:1 the whole block; the PT student from Northland College charted the numbers for me. Single-leg stance on the Airex with ball tosses, lateral hops to a stick, band perturbations at the hips. R ankle proprioception still poor; the ankle rolls when the ski track tilts.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // PVRHC Kim monthly day, printed box ticked "[X] One-on-one for all timed minutes — Rosalind and Mrs. Trujillo only; her granddaughter waited in the car"; weight shifts on the rocker board, foam tandem, stepping over the sandbag row; R hemiparesis with late R weight acceptance; Berg and 10MWT; grid 24 matches: passes.
        ["v1-h137-pvrhc-kim-granddaughter-in-the-car"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Kim monthly day
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 41/56. 10MWT 0.66 m/s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 24
            Weight shifts onto the R on the rocker board, tandem on the foam beam, stepping over the row of sandbags leading with the R.
            ASSESSMENT: R hemiparesis after the L MCA stroke; slow to put weight on the R leg and she catches the R toe on the ditch bank.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes — Rosalind and Mrs. Trujillo only; her granddaughter waited in the car.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // CST Prairie Rose: "1:1: Y — seen alone in her apartment; the aide came in to refill the water pitcher and left"; counter-top weight shifts, marching on the foam square, reactive steps; posterior lean; Tinetti balance part and sit-to-stands; 22 matches: passes.
        ["v1-h137-cst-aide-refilled-the-pitcher"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, reaching for the walker at night
            ORTHOSTATICS lying → standing: negative
            1:1: Y — seen alone in her apartment; the aide came in to refill the water pitcher and left.
            97112 NMR — 22 min
            TX: weight shifts forward and back at the kitchenette counter, marching on the foam square with one hand on the counter, reactive steps to light pushes at the sternum.
            PROBLEM: posterior lean and a late ankle strategy; she falls back onto the bed when she stands from it.
            OBJECTIVE: Tinetti balance 10/16; 4 of 5 sit-to-stands without falling back.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // BMRH Pendleton: "Delivery: one-on-one; her son-in-law drove her in from Pilot Rock and waited in the lobby"; gaze stabilisation X1 on foam, walking with head turns, habituation to bending; L vestibular hypofunction; DGI; heading 24 matches; ice by the aide after: passes.
        ["v1-h137-bmrh-son-in-law-from-pilot-rock"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: one-on-one; her son-in-law drove her in from Pilot Rock and waited in the lobby.
            X1 viewing standing on foam, walking the hall with horizontal head turns, habituation to bending down to the bottom shelf and back up.
            Impairment: L vestibular hypofunction; the feed-store aisles swim when she turns to a customer.
            Objective: DGI 17/24 (12 at eval).
            MODALITY ROOM: none today.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // RBC Wilton PTA with the N circled, "One-on-one: Y / (N) — worked her and Mr. Stoltz together on the foam lane": negated, another patient in the block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h137-rbc-pta-n-circled-mr-stoltz"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  Y / (N) — worked her and Mr. Stoltz together on the foam lane.
            Foam lane tandem walking, rocker board side to side, catching a ball thrown off to each side on the foam.
            Deficit: ankle proprioception and a slow ankle strategy; she wobbles on the uneven grain-bin floor.
            Tandem on foam 8 sec; rocker board 10 sec without an edge touch.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PTH Wytheville home visit, PTA treating a married couple together: "Mr. and Mrs. Akers both on my caseload — ran their balance together in the den, back and forth": another patient in the billed block: one-on-one missing; all else present.
        ["v1-h137-pth-pta-husband-and-wife-together"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            Present: husband (also on our caseload)
            97112 [ 23 ] min — Mr. and Mrs. Akers both on my caseload; ran their balance together in the den, back and forth between them
            Tx: tandem stance at the kitchen counter, stepping over the rolled towel, turning in place to each side with a stop
            Problem: postural control and lost sensation in both feet; she sways in the dark hall at night
            Assist/Dist: tandem 7 sec without the counter; 4 of 6 turns without a hand down
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // SCTH Shelby (PTA): "had her and Mr. Dodd on the foam beam at once, cueing down the line": another patient in the block: one-on-one missing; all else present.
        ["v1-h137-scth-shelby-two-on-the-foam-beam"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: had her and Mr. Dodd on the foam beam at once, cueing down the line.
            Treatment: tandem walking on the foam beam, side-stepping with head turns, perturbations at the pelvis.
            Impairment targeted: postural sway with the neuropathy; she can't tell where her feet are on the church carpet.
            Measures: mCTSIB foam eyes closed 12 s; 5 of 8 perturbations without a step.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // KRMC Breese PT progress note with treatment and no delivery word anywhere: one-on-one never stated; techniques, deficit and Berg in the grid's TODAY column present; heading 23 matches.
        ["v1-h137-krmc-progress-note-no-delivery-word"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 12
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      37/56     43/56       47/56
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            Perturbations in semi-tandem on the foam, stepping to floor targets with a stop on cue, walking with head turns along the mirror.
            Impairment: slow reactive stepping and postural sway; he grabs the hog-barn gate turning around.
            Miriam Okafor, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVMC Sugarcreek activity log with no delivery word on any line: one-on-one never stated; techniques, deficit and measures present; timer 24 matches.
        ["v1-h137-tvmc-log-no-delivery-word"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            13:40 97112 timer started (R. Stutzman, PT)
            13:41 Rocker board A/P eyes closed, tandem on the foam with head turns, stepping over the hurdles on cue
            13:52 Impairment: R ankle and knee proprioception after the fall off the bakery loading step
            14:04 97112 timer stopped — 24 min
            14:05 Objective: tandem on foam 11 s; 8 of 10 hurdles cleared without a touch
            """,
            ["S93.401D", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CCHR OT's 97530 in the dining room with two other residents (97530 has no one-on-one check): setting the table for the Friday social, carrying cups on a tray, reaching to the sideboard; L shoulder weakness and standing tolerance; counts and assistance; 19 matches: passes.
        ["v1-h137-cchr-ot-97530-dining-room-three"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 19 min
            In the dining room with two other residents on the OT caseload, setting up for the Friday social.
            Setting four places standing at the table, carrying cups on a tray from the counter, reaching napkins down from the sideboard.
            Deficit: L shoulder flexion weakness and poor standing tolerance; she has to sit before the table is set.
            Four places set standing with SBA; tray carried 12 ft x 3 with CGA.
            Farah Nadeem, OTR/L
            """,
            ["M62.81", "R26.89"], [OT("97530", 19)], []),

        // BHSS Sturgis PTA 97110 "while Tessa's patient used the next squat rack" (97110 has no one-on-one check): goblet squats, step-downs, RDLs with doses; R quad weakness after a meniscus repair; row 16 matches: passes.
        ["v1-h137-bhss-pta-97110-next-squat-rack"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Mikayla Schade PTA | 16 min
            While Tessa's patient used the next squat rack.
            TE: goblet squats 20 lb 3x10, lateral step-downs off a 6 inch box 3x8, single-leg RDL 15 lb 2x10.
            Deficit: R quad weakness after the meniscus repair; knee gives climbing into the bison-pen truck.
            """,
            ["S83.241D", "Z98.890"], [PTA("97110", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SCMH Ishpeming, two episodes, the balance block's "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group"; rocker board, foam with head turns, reactive steps; proprioception; Berg and rocker seconds; the shoulder episode's 97110 with doses and cuff weakness; 23 and 12 match: passes.
        ["v2-h137-scmh-one-to-one-ticked-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Lahti
            EPISODE A: Imbalance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board M/L eyes closed, foam stance with head turns, reactive stepping to pushes at the shoulders.
            Impairment: impaired ankle proprioception; he can't feel the cab step of the ore shovel in his old boots.
            Measures: Berg 47/56; rocker board 13 sec without an edge touch.
            EPISODE B: R shoulder    ICD-10: M75.121
            Timed: 97110 ▸ 12 min
            Interventions: sidelying ER 2 lb 3x12, prone Y and T 2x10, band rows green 3x15.
            Impairment: R cuff weakness, can't lift the snow shovel overhead.
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81", "M75.121"], [PT("97112", 23), PT("97110", 12)], []),

        // RBC Wilton PT "One-on-one: (Y) / N" with the Y circled; foam stance with head turns, hurdle stepping, lateral perturbations; L ankle proprioception; Berg and a tandem time; the CA's IFC after on its own line, not billed: passes.
        ["v2-h137-rbc-y-circled-ca-ifc-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 24 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N
            Foam stance with head turns, stepping over the hurdle row forward and sideways, lateral perturbations at the pelvis in tandem.
            Deficit: L ankle proprioception after the sprain in the feed-store lot; she rolls it on the pallet edge.
            Berg 50/56; tandem on foam 12 sec.
            CA: IFC to the low back afterwards on the chiropractic side, set up by the CA — not part of this PT note, not billed here.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // PVRHC Trinidad, Zeke's printed box left "[ ] One-on-one for all timed minutes" and nothing else on delivery: not stated; techniques, deficit and measures present; grid 22 matches.
        ["v2-h137-pvrhc-printed-box-left-empty"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: SLS L 7 s, R 17 s. TUG 11.9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Rocker board A/P, foam stance with ball catches, step-and-stick onto the foam with the L.
            ASSESSMENT: L ankle proprioception poor after the sprain on the rodeo-arena fence rail.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SCTH Curt's attendance row with nothing ticked "Attendance: ☐ 1:1 ☐ concurrent ☐ group" and no other delivery word: not stated; perturb in split stance, BAPS, hop-and-stick; ankle proprioception; SEBT and sticks present.
        ["v2-h137-scth-curt-row-nothing-ticked"] = new(
            """
            SCTH — C. Blevins PT
            97112 23 min   Attendance: ☐ 1:1 ☐ concurrent ☐ group
            perturb split stance on foam, BAPS lvl 3 CW/CCW, hop-and-stick off 6 in box.
            L ankle proprioception s/p inversion sprain, rolls it stepping off the lineman's truck.
            SEBT ant L 57 cm / R 66 cm. 6/10 sticks w/o touchdown.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCTH Raj's "Impairment: -- select --" with nothing anywhere naming a deficit, system or body region; treated individually, rocker-board perturbations, hop-and-stick and lateral bounds named, counts and seconds present: deficit missing.
        ["v2-h137-scth-raj-impairment-select-left"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after track practice. 16 y/o hurdler. Reports feeling good today.
            Billed: 97112 x 22 minutes
            Attendance: Pt was treated individually for the whole session.
            O: Perturbation training on the rocker board in single-leg stance; hop-and-stick forward and lateral; lateral bounds to a 2 s hold.
            Impairment: -- select --
            Measures: 8 of 10 sticks held; single-leg stance eyes closed 21 s.
            A: Pt is progressing toward goals. P: Pt educated on HEP.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PTH Hillsville home visit with "Problem: ______" left blank and nothing else naming a deficit, system or region; 1:1 typed in the box line, foam and stepping work named, tandem seconds and a step count: deficit missing.
        ["v2-h137-pth-problem-line-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: nobody else home
            97112 [ 22 ] min — 1:1
            Tx: tandem stance on the couch cushion, stepping over the broom handle on the kitchen floor, reaching to the top cupboard from the foam pad
            Problem: ______
            Assist/Dist: tandem 10 sec; 7 of 8 step-overs without the counter
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCTH Shelby's code boxes "☑ 97112 [ 22 ] min ☑ 97110 [ 12 ] min ☐ 97140 [   ] min" with two codes billed; ☑ 1:1; both codes complete: passes.
        ["v2-h137-scth-shelby-two-boxes-third-empty"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [ 22 ] min   ☑ 97110 [ 12 ] min   ☐ 97140 [   ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment (97112): walking the hall with head turns, feet together on foam with eyes closed, stepping to the floor clock on a called number.
            Treatment (97110): sit-to-stand 3x10, heel raises 3x15, side-stepping with the red band 3 lengths of the bars.
            Impairment targeted: postural control and a slow step after the fall at the Route 66 car show; both hips weak on stairs.
            Measures: FGA 21/30; TUG 10.8 s.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 12)], []),

        // CST Stillwater "1:1: ___" left blank on the geriatric form and no other delivery word: not stated; techniques, deficit and measures present; 23 matches.
        ["v2-h137-cst-one-to-one-field-blank"] = new(
            """
            CST GERI VISIT — Stillwater          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: ___
            97112 NMR — 23 min
            TX: stepping strategy to the floor targets, foam stance with head turns, rhythmic stabilization in standing at the rail.
            PROBLEM: late stepping reaction; he sways stepping off the curb at the Grange hall.
            OBJECTIVE: Berg 44/56; TUG 12.9 s.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PDPT Florence, Shonda answers SUBJECTIVE and PLAN "N/A" around a complete note, dropdown "Yes"; foam perturbations, clock stepping, tandem with head turns; postural control and sway; Berg and TUG; grid 22 matches: passes.
        ["v2-h137-pdpt-shonda-na-around-complete"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: Berg 45/56. TUG 12.2 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            Perturbations on the foam, clock stepping to called numbers, tandem walking with head turns.
            ASSESSMENT: Postural control poor with head turns, sways and reaches for the wall; she plays piano for the Wednesday service and sways getting off the bench.
            PLAN: N/A
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // BHSS Spearfish "Delivery: ☒ 1:1" with kinesio tape on the RECOVERY BAR cash row (no minutes); BOSU single-leg stance, hop-to-stick, band perturbations; R knee proprioception after ACL reconstruction; Y-balance and sticks; row 24 matches: passes.
        ["v2-h137-bhss-box-ticked-tape-on-cash-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 24 min
            Delivery: ☒ 1:1 ☐ Group
            NMR: BOSU single-leg stance with ball catches, forward hop to a stick, band perturbations at the trunk.
            Deficit: R knee proprioception after the ACL reconstruction; the knee wobbles planting on the rodeo-arena dirt.
            Objective: Y-balance anterior R 59 cm vs L 66 cm; 7 of 10 hops stuck.
            RECOVERY BAR — cash, not billed
            Kinesio tape to the R knee | Noah Fergen ATC | cash
            """,
            ["S83.511D"], [PT("97112", 24)], []),

        // QHPT Montpelier, the "☐ PT ☒ PTA" row (who furnished it) with "one-on-one" typed; X1 viewing, walking with head turns, foam eyes closed; R vestibular hypofunction; DGI; "Re:" 22 matches: passes.
        ["v2-h137-qhpt-pta-row-one-on-one-typed"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Re: dizziness (Dr. Bell, neuro) — 97112, 22 min — T. Lamoureux, PTA
            ☐ PT ☒ PTA
            One-on-one in the back room.
            X1 viewing against the plaid card standing, walking the hall with head turns, feet together on foam eyes closed.
            Deficit: R vestibular hypofunction; the sap lines blur when he turns to check the taps.
            Today: DGI 18/24; 12 head turns walking without a side step.
            """,
            ["H81.21"], [PTA("97112", 22)], []),

        // TPT Worland PTA "97112 = 22 min — 1:1 [ ] / grp [x]": the group box ticked — not one-on-one: one-on-one missing; technique, deficit and measures present.
        ["v2-h137-tpt-pta-group-box-ticked"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112 = 22 min — 1:1 [ ] / grp [x]
            tx/ foam tandem w/ head turns, rocker board A/P, step over hurdles on cue
            why/ ankle proprio ↓ both sides, sways in the dark calving barn
            #s/ tandem foam 9 s; Berg 47/56
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CST Enid: Tai Ji Quan: Moving for Better Balance forms with weight shifts and "single whip" stepping; 1:1 Y; limits of stability and a slow step; Four Square Step Test and functional reach; 23 matches: passes.
        ["v3-h137-cst-tai-ji-quan-forms"] = new(
            """
            CST GERI VISIT — Enid          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: Tai Ji Quan: Moving for Better Balance — forms 1 to 4 with slow weight shifts over each foot, "single whip" stepping to the side, then forward and back stepping with arm circles.
            PROBLEM: narrow limits of stability and a slow sideways step; she stumbles turning from the quilt frame at the Grange.
            OBJECTIVE: FSST 14.1 s; functional reach 8 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // BHSS Belle Fourche: Redcord Neurac activation in the slings (supine pelvic lift, side-lying hip abduction with vibration) and single-leg stance on the sling; one-on-one; gluteal recruitment and pelvic control; hold seconds and a drop count; row 22 matches: passes.
        ["v3-h137-bhss-redcord-neurac"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Grady Two Bulls PT | 22 min
            Delivery: one-on-one at the Redcord station, nobody else in the back room.
            NMR: Redcord Neurac activation — supine pelvic lift in the slings with perturbation by vibration, side-lying hip abduction in the sling, then single-leg stance with the other foot in the sling.
            Deficit: poor R gluteal recruitment and pelvic drop; he loses the saddle on the R turning a bronc as a pickup man.
            Objective: side-lying sling hold R 18 sec (L 40 sec); pelvic drop in 3 of 10 single-leg squats (7 of 10 at eval).
            """,
            ["M62.81", "M25.551"], [PT("97112", 22)], []),

        // SCTH Nadia (OT, CHT) 97112 for a hand: mirror therapy and left/right judgement for CRPS after a wrist fracture; 1:1 at the hand table with nobody else this hour; sensorimotor body-schema deficit; two-point discrimination and a judgement percentage; "97112 — 21 min" matches: passes.
        ["v3-h137-scth-nadia-mirror-therapy"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97112 — 21 min
            1:1 at the hand table, nobody else booked this hour.
            Neuro re-ed: left/right hand judgement cards on the tablet, then mirror therapy — R hand moving behind the mirror box through opposition and wrist circles while she watches the reflection; graded tactile discrimination with the textured dowels.
            Problem: CRPS R hand after the distal radius fracture; she says the hand "doesn't feel like hers" and she guards it from touch.
            L/R judgement 78 % correct (61 % last visit); two-point discrimination R index 9 mm (L 4 mm).
            """,
            ["G90.511", "S52.501D"], [OT("97112", 21)], []),

        // RBC Muscatine 97140: strain-counterstrain at four cervical tender points with 90 s positional holds; R upper trap and levator tenderness with limited rotation; rotation degrees; heading 11 matches; the DC's adjustment on its own line: passes.
        ["v3-h137-rbc-strain-counterstrain"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 11 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Strain-counterstrain to 4 cervical tender points (R levator, R upper trap, C3 and C4 posterior), 90 s positional holds each.
            Deficit: R neck rotation limited and painful; she can't check her blind spot driving the school route.
            Cervical rotation R 52 → 66 degrees after.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): diversified adjustment to the thoracic spine afterwards.
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // BMRH Hermiston 97110: blood-flow-restriction leg press at 80 % limb-occlusion pressure in 30/15/15/15 sets and BFR knee extension; L quad atrophy after a TKA; loads and pressures; heading 15 matches: passes.
        ["v3-h137-bmrh-bfr-leg-press"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 15 min — F. Orozco PT
            Blood-flow-restriction training, cuff at 80 % limb-occlusion pressure on the L thigh: leg press 40 lb 30/15/15/15 reps, then BFR knee extension 5 lb 30/15/15/15.
            Impairment: L quad atrophy and weakness after the L TKA; she can't climb the melon-shed steps leading with the L.
            MODALITY ROOM: ice to the L knee after, by the aide — untimed, not billed.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15)], []),

        // TVMC Dover 97140: instrument-assisted soft tissue mobilisation with HawkGrips along the plantar fascia and calf, then first-ray mobilisation; L heel pain and DF stiffness; degrees; timer 10 matches: passes.
        ["v3-h137-tvmc-hawkgrips-iastm"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            09:15 97140 timer started (T. Gerber, PT)
            09:16 IASTM with the HawkGrips along the L plantar fascia and the medial gastroc, first-ray plantar glides grade III
            09:20 Impairment: L heel pain at first step and ankle DF stiffness; baker on a concrete floor from 4 AM
            09:25 97140 timer stopped — 10 min
            09:26 Objective: DF knee to wall L 6 cm → 9 cm after
            """,
            ["M72.2"], [PT("97140", 10)], []),

        // RSP Friday Harbor 97140: Maitland grade IV central PA oscillations T5 to T8 and rib springing; thoracic extension stiffness with a rounded posture; degrees; "(12')" and the range match: passes.
        ["v3-h137-rsp-maitland-grade-iv-thoracic"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 08.04.2026 · retired towboat deckhand, 69 y
            97140 MT 10.05–10.17 (12')
            Setting: in the treatment room.
            Tx: Maitland grade IV central PA oscillations T5–T8 in prone; rib springing R 5th to 7th; thoracic extension mobilisation over the wedge.
            Problem: stiff thoracic extension and a rounded upper back; he can't look up to read the ferry board.
            Measures: thoracic extension in standing 12° → 19° after (inclinometer).
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // SCMH Negaunee OT 97110: the GRASP arm programme (graded repetitive arm supplementary program) level 2 with doses; R arm weakness after a stroke; counts; "97110 ▸ 17 min" matches: passes.
        ["v3-h137-scmh-ot-grasp-programme"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Koski
            EPISODE A: R hemiparesis    ICD-10: I69.351
            Timed: 97110 ▸ 17 min
            Interventions: GRASP level 2 — shoulder flexion with the 1 lb weight 2x10, wrist extension over the table edge 3x10, squeezing the sponge 3x15, stacking 10 cups.
            Impairment: R arm and hand weakness after the L MCA stroke; she can't lift the coffee pot at church.
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.351"], [OT("97110", 17)], []),

        // SCTH Shelby: "Steady Steps Level 3 per the clinic handout" as the only technique; ☑ 1:1, deficit and Berg present: technique missing.
        ["v3-h137-scth-steady-steps-level-3-only"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 23 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: Steady Steps Level 3 per the clinic handout.
            Impairment targeted: postural control and a late stepping reaction after two falls on her gravel drive.
            Measures: Berg 44/56; TUG 13.4 s.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // MPT Brunswick PTA 97110 "Jobe exercises per the handout" with no sets, repetitions, load or any number but the code and its minutes: measure missing on 97110; exercises and deficit named.
        ["v3-h137-mpt-pta-jobe-per-handout"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Daily Note
            Today: Jobe exercises per the handout — full can, prone horizontal abduction, sidelying ER.
            Problem: R rotator cuff weakness; she can't lift the net over the rail mending it.
            Billing: 97110 TE — 16 min
            Ashlyn Pruitt, PTA
            """,
            ["M75.101"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // PCSM Brookings PNF rhythmic stabilisation and combination of isotonics with "Imp: same as last note" and nothing else naming a deficit, system or region: deficit missing; 1:1 and measures present.
        ["v3-h137-pcsm-pnf-imp-same-as-last-note"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT | pt: Lowell Bakke, retired lineman
            97112 NMR — 23 min | 1:1 [x]
            Tx: PNF rhythmic stabilization in half-kneeling | combination of isotonics sit-to-stand | PNF D2 with the band, standing
            Imp: same as last note
            Obj: 5xSTS 13.6 s | Berg 48/56
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // SCMH Marquette: "when the snow crust gives under her she can't find her feet" (proprioception as a finding); ☒ 1:1; foam stance eyes closed, rocker board, stepping onto the crash mat; Berg and foam seconds; 22 matches: passes.
        ["v4-h137-scmh-snow-crust-cant-find-her-feet"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Helmi Ranta
            EPISODE A: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with eyes closed, rocker board A/P, stepping from the floor onto the crash mat and holding.
            Impairment: when the snow crust gives under her she can't find her feet — proprioception in both ankles is poor and she has to look down.
            Measures: Berg 45/56; foam eyes closed 9 sec.
            Completed by: Gabe Niemi, PT
            """,
            ["R29.6", "R26.81"], [PT("97112", 22)], []),

        // BHBR Worland: "he sways at the sale-barn ring rail when the cattle go by" (visual motion sensitivity); 1:1 throughout; optokinetic video on foam, head turns walking, feet together on foam; DGI and foam seconds; stamped row 23 matches: passes.
        ["v4-h137-bhbr-sways-at-the-sale-barn-rail"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:10 ■ STOP 14:33 = 23 MIN
            1:1 throughout.
            NMR: standing on foam in front of the moving-stripe video, walking the hall with head turns, feet together on foam with eyes closed.
            Impairment: visual dependence and motion sensitivity; he sways at the sale-barn ring rail when the cattle go by and has to grab the rail.
            Objective: DGI 16/24; feet together on foam eyes closed 8 sec.
            Maren Thorsby, PT
            """,
            ["R42", "R26.81"], [PT("97112", 23)], []),

        // STBF Ithaca narrative: "she doesn't feel the gravel in the winery lot under her shoes" (somatosensory loss as a finding); one-on-one; stepping on the textured mats eyes closed, tandem, perturbations; mCTSIB; 24 matches: passes.
        ["v4-h137-stbf-cant-feel-the-winery-gravel"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Della Fenstermacher — Bram Oosterhuis, PT
            What we worked on: walking over the textured mats with eyes closed, tandem stance on the firm floor then the foam, perturbations at the pelvis in narrow stance.
            Why: she doesn't feel the gravel in the winery lot under her shoes and stumbles when it shifts; somatosensory loss in both feet.
            How she did: mCTSIB foam eyes closed 7 s (3 s two weeks ago); 5 of 8 perturbations without a step.
            Time: Neuromuscular re-education (97112), 24 minutes, one-on-one.
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // PDPT Hartsville, Travis's prose minutes "Spent 22 min on 97112": "her L knee buckles stepping down from the choir loft" (a deficit as a finding); dropdown "Yes"; step-downs with a hold, perturbations, foam stance; step-down count and SLS; passes.
        ["v4-h137-pdpt-knee-buckles-from-the-choir-loft"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt sings alto at the Wednesday practice.
            OBJECTIVE: SLS L 6 s, R 19 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: Spent 22 min on 97112 — step-downs off a 4 inch step with a 3 s hold at the bottom, perturbations at the L knee in single-leg stance, foam stance with a ball toss. Her L knee buckles stepping down from the choir loft; quad timing and knee proprioception on the L poor. 6 of 10 step-downs without the knee diving in.
            PLAN: same next visit.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): Yes
            """,
            ["M17.12"], [PTA("97112", 22)], []),

        // KRMC Carlyle OT progress note 97530: "she tips backward reaching to the top of the pie safe" (a deficit as a finding); reaching to a high shelf, carrying a pie plate, stepping back from the counter; counts and assistance; heading 21 matches: passes.
        ["v4-h137-krmc-ot-tips-back-at-the-pie-safe"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            OT PROGRESS NOTE — VISIT 8
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Functional reach          5 in      7 in        9 in
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 21 MIN
            Reaching plates to the top shelf standing, carrying a pie plate from the counter to the table, stepping back from the counter with a turn.
            Impairment: she tips backward reaching to the top of the pie safe; poor standing balance with overhead reach after the hip fracture.
            Today: 6 of 8 plates to the top shelf with SBA; pie plate carried 10 ft x 4 with CGA.
            Renata Quist, OTR/L
            """,
            ["S72.001D", "R26.89"], [OT("97530", 21)], []),

        // PTH Galax home visit: "her slipper catches the braided rug" (toe clearance as a finding); 97116 with the walker in the hall and over the rug; distance and assistance; box 20 matches: passes.
        ["v4-h137-pth-slipper-catches-the-braided-rug"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: husband in the kitchen
            97116 [ 20 ] min
            Tx: gait training with the walker from the bedroom to the kitchen and over the braided rug, cues for heel strike and lifting the R foot
            Problem: her R slipper catches the braided rug — poor R toe clearance and a short R step after the stroke
            Assist/Dist: 90 ft x 3 with the walker, CGA over the rug, SBA on the bare floor
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // TVMC New Philadelphia log "Impairment: see problem list" and nothing else naming a deficit, system or region: deficit missing; 1:1, techniques and measures present.
        ["v4-h137-tvmc-see-problem-list"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            11:02 97112 timer started (B. Oyelaran, PTA) — 1:1
            11:03 Foam stance with ball catches, stepping over the hurdles on cue, walking with head turns
            11:12 Impairment: see problem list
            11:25 97112 timer stopped — 23 min
            11:26 Objective: Berg 46/56; 9 of 10 hurdles without a touch
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // CCHR Kurt (PTA) "Deficit: resident at baseline" and nothing else naming a deficit, system or region: deficit missing; ☒ 1:1, techniques and the Berg row present.
        ["v4-h137-cchr-resident-at-baseline"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 31/56 | 36/56 | 40/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Marching on foam at the rail, tandem stance with head turns, reactive steps to light pushes.
            Deficit: resident at baseline.
            Kurt Engebretsen, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PVRHC Trinidad, Zeke's ASSESSMENT left at the default "Pt tolerated tx well. Continue POC." and nothing else naming a deficit, system or region: deficit missing; box ticked, techniques and measures present.
        ["v4-h137-pvrhc-assessment-default-only"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 48/56. Tandem 14 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            Rocker board M/L, foam tandem with head turns, stepping over the cones on a called colour.
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // QHPT Barre "Deficit: no change from last week" and nothing else naming a deficit, system or region: deficit missing; one-on-one, techniques and measures present.
        ["v4-h137-qhpt-no-change-from-last-week"] = new(
            """
            Quarry Hill Physical Therapy, LLC — Barre
            Re: balance (Dr. Bell, neuro) — 97112 — 23 min — Jonah Pelletier, PT
            One-on-one, nobody else on my schedule this hour.
            Perturbations in tandem on the foam, stepping over the hurdle row with a stop, walking with head turns.
            Deficit: no change from last week.
            Today: Berg 49/56; TUG 10.9 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // CST Ponca City: the STEADI four-stage balance test with each stage in seconds; 1:1 Y; tandem progressions, foam, stepping; postural control; 22 matches: passes.
        ["v5-h137-cst-four-stage-balance-test"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: semi-tandem to tandem progression at the hallway rail, foam stance with head turns, side-stepping over the rolled bath mat.
            PROBLEM: impaired postural control with a narrow base; he sways getting his mail from the lobby boxes.
            OBJECTIVE: Four-stage balance test — feet together 10 s, semi-tandem 10 s, tandem 6 s, single leg 2 s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SCTH Maren: the Motion Sensitivity Quotient with a DGI; one-on-one; habituation to the provoking positions, X1 on foam, walking with pitch head movements; visual-vestibular mismatch; "97112 — 24 min" matches: passes.
        ["v5-h137-scth-maren-msq-and-dgi"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 6 | Area: vestibular room
            CPT / min: 97112 — 24 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group — her husband waited in the lobby.
            Treatment: habituation to her worst positions (supine to sit, nose to knee), X1 viewing standing on foam, walking the hall with pitch head movements.
            Impairment targeted: motion-provoked dizziness and visual-vestibular mismatch after the concussion; the church projector screen sets her off.
            Measures: Motion Sensitivity Quotient 14 (28 at eval); DGI 19/24.
            """,
            ["S06.0X0D", "R42"], [PT("97112", 24)], []),

        // RSP Anacortes: 10MWT and 5xSTS as the measures; 1:1; step-up to a stick, foam head turns, backward walking; weak hip strategy; range and "(23')" match: passes.
        ["v5-h137-rsp-10mwt-and-5xsts"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 09.04.2026 · marina fuel-dock attendant, 58 y
            97112 NMR 15.20–15.43 (23') · 1:1
            Tx: step-up onto the foam to a stick; foam stance with head turns; backward walking on the tape line with a stop.
            Problem: weak hip strategy and sway when the dock moves under him; he grabs the fuel hose.
            Measures: 10MWT 1.02 m/s; 5xSTS 12.4 s (15.8 s at intake).
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // BHSS Spearfish: Y-balance composite percentage and single-leg squat counts; one-on-one; lateral bounds, single-leg squats to a box, BOSU perturbations; L knee valgus; row 23 matches: passes.
        ["v5-h137-bhss-y-balance-composite"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 23 min
            Delivery: one-on-one, only patient on the turf.
            NMR: lateral bounds to a stick, single-leg squats to a box with mirror feedback, BOSU single-leg stance with perturbations.
            Deficit: L knee dynamic valgus and poor hip control on landing; she plants and the knee dives in on the ski slope.
            Objective: Y-balance composite L 86 % (R 94 %); 4 of 5 single-leg squats without valgus.
            """,
            ["M22.2X2"], [PT("97112", 23)], []),

        // SCTH Nadia (OT) 97530: Box and Block count and the number of buttons fastened; buttoning, stacking cans, carrying a coffee mug; L hand dexterity after a stroke; "97530 — 18 min" matches: passes.
        ["v5-h137-scth-nadia-box-and-block"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 18 min
            Functional tasks: buttoning the shirt-board, stacking soup cans on the pantry shelf, carrying a full coffee mug across the clinic without spilling.
            Problem: L hand dexterity and grip after the R MCA stroke; she spills her coffee walking to the table.
            Box and Block L 31 (R 54); 5 of 6 buttons fastened; mug carried 20 ft x 3 without a spill.
            """,
            ["I69.342"], [OT("97530", 18)], []),

        // PDPT Darlington, Deja's 97116: quad-cane distances with assistance levels; short L step and L knee hyperextension; grid 21 matches: passes.
        ["v5-h137-pdpt-97116-quad-cane-distance"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Wants to walk from the car to her pew on Sunday.
            OBJECTIVE: 250 ft x 2 with the quad cane, CGA; 4 steps with the rail, minimal assist.
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait training | 21
            ASSESSMENT: Gait training with the quad cane on the hall and the ramp, stair training with the rail, cues for L heel strike. Short L step and L knee snaps back in stance after the stroke.
            PLAN: progress to the straight cane.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // CCHR OT 97530: upper-body dressing steps and set-up level; dressing sitting on the edge of the bed, reaching to the closet rod; R shoulder weakness; heading 20 matches: passes.
        ["v5-h137-cchr-ot-dressing-steps"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 20 min
            Upper-body dressing sitting on the edge of the bed, reaching a blouse down from the closet rod standing, fastening the front buttons.
            Deficit: R shoulder flexion weakness after the proximal humerus fracture; she can't reach the closet rod.
            Dressing 9 of 10 steps with set-up only; 3 of 4 reaches to the rod without a loss of balance.
            Farah Nadeem, OTR/L
            """,
            ["S42.201D"], [OT("97530", 20)], []),

        // MPT Darien "Berg: deferred — he had to leave for the shrimp boat" and no number in the note but the code and its minutes: measure missing on 97112; one-on-one, techniques and deficit present.
        ["v5-h137-mpt-berg-deferred-shrimp-boat"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Daily Note
            Today: perturbations standing on the foam, stepping over the dock-line coils on cue, walking with head turns.
            Delivery: one-on-one, just Jamal and Mr. Rountree in the balance room.
            Problem: late stepping reaction and sway on a moving surface; he loses his footing when the boat rolls.
            Berg: deferred — he had to leave for the shrimp boat.
            Billing: 97112 NMR — 23 min
            Jamal Whitfield, PT, OCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // RBC Muscatine "Objective: better than last week per pt" and no number but the code and its minutes: measure missing on 97112; one-on-one circled, techniques and deficit present.
        ["v5-h137-rbc-better-per-pt"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Rocker board A/P, foam tandem with head turns, stepping over the hurdles with a stop on cue.
            Deficit: R ankle proprioception after the sprain on the riverfront levee steps; she rolls it on the wet concrete.
            Objective: better than last week per pt.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PCSM Yankton PTA 97110 "Obj: see HEP" with exercises named but no sets, repetitions, load or number but the code and its minutes: measure missing on 97110; deficit present.
        ["v5-h137-pcsm-pta-97110-see-hep"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Verna Schiltz, retired school cook
            97110 TE — 14 min
            Tx: leg press | step-ups | TKE with the green band | bridges
            Imp: L quad weakness after the TKA, can't get up from the church kneeler
            Obj: see HEP
            """,
            ["Z96.652"], [PTA("97110", 14)], [At(Measure, "97110")]),

        // SCTH Brandi's late entry "Measures: didn't get to them" and no number but the code and its minutes: measure missing on 97112; one-to-one, techniques and deficit present.
        ["v5-h137-scth-brandi-late-entry-no-measures"] = new(
            """
            Late entry — charted at the end of the day for the late-morning visit. B. Stockton, PTA
            97112 (22 min)
            Pt seen one-to-one for the whole NMR block.
            Did foam stance with head turns, stepping over the cones on a called colour, and reactive steps to pushes at the shoulders.
            Deficit: postural control and a late stepping reaction; she caught her heel on the back-porch step last week.
            Measures: didn't get to them, will re-test Thursday.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // TPT Thermopolis owner's slash form "97112/97110 = 24/12 min — 1:1 [x] / grp [ ]"; both codes complete: passes.
        ["v6-h137-tpt-two-codes-slash"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97110 = 24/12 min — 1:1 [x] / grp [ ]
            NMR tx/ rocker board lvl 2 eyes closed, foam tandem w/ head turns, step-over hurdles on cue
            NMR why/ R ankle proprio ↓ s/p sprain on the bison-pen chute
            NMR #s/ tandem foam 10 s; Berg 49/56
            TE tx/ heel raises 3x15, banded eversion green 3x15, step-downs 4" 2x10
            TE why/ R calf + peroneal weakness
            """,
            ["S93.401D"], [PT("97112", 24), PT("97110", 12)], []),

        // BHBR Greybull PTA two stamped rows (97116 = 20, 97110 = 12); both complete: passes.
        ["v6-h137-bhbr-pta-two-stamped-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97116 GAIT TRAINING ▸ START 13:00 ■ STOP 13:20 = 20 MIN
            97110 THERAPEUTIC EXERCISE ▸ START 13:20 ■ STOP 13:32 = 12 MIN
            Gait: cane on the hall and the back-lot ramp, cues for an even R step. Impairment: short R step and R hip weakness after the THA. Objective: 400 ft with the cane, SBA.
            TE: sidelying hip abduction 3x12, bridges 3x15, step-ups 6 inch 2x10. Impairment: R hip abductor weakness.
            Renata Villalobos, PTA
            """,
            ["Z96.641"], [PTA("97116", 20), PTA("97110", 12)], []),

        // SCTH Luis's grid "97112 | NMR | 23" and "97110 | TE | 14"; "1:1 the whole visit"; both complete: passes.
        ["v6-h137-scth-luis-grid-two-rows"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 23
            97110 | TE | 14
            Attendance: 1:1 the whole visit.
            NMR: rocker board A/P, foam stance with ball catches, step-and-stick onto the foam with the R. Deficit: R knee proprioception s/p R TKA. Rocker board 12 s; 6 of 8 sticks held.
            TE: leg press 80 lb 3x12, SAQ 4 lb 3x15, step-ups 6 in 3x10. Deficit: R quad weakness.
            """,
            ["Z96.651", "Z47.1"], [PTA("97112", 23), PTA("97110", 14)], []),

        // CBH Ashland, Maren's ASSESSMENT-only note with clock ranges on each code's own line ("97112 09:30–09:53", "97110 09:53–10:05"); one-on-one; both complete: passes.
        ["v6-h137-cbh-maren-clock-ranges-in-assessment"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT:
            97112 09:30–09:53 one-on-one: tandem on the Airex with head turns, stepping over the cane row, perturbations at the pelvis. Sway and a late step after the stroke. Berg 46/56.
            97110 09:53–10:05: sit-to-stand 3x10, heel raises 3x15, side-stepping with the band 2 lengths. L hip and ankle weakness.
            PLAN: continue POC.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 12)], []),

        // RBC Muscatine two headings (97112 — 23 min, 97140 — 10 min), "(Y)" circled; both complete; the DC's line apart: passes.
        ["v6-h137-rbc-two-headings"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            97112 Neuromuscular re-education — 23 min
            Foam stance with head turns, rocker board M/L, lateral perturbations. Deficit: L ankle proprioception after the sprain. Berg 50/56; rocker 14 sec.
            97140 Manual therapy — 10 min
            Talocrural posterior glides grade III, STM to the L peroneals. Deficit: L ankle DF stiffness, knee-to-wall 7 cm.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): adjustment to the lumbar spine.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10)], []),

        // QHPT two referrals with dotted leaders (97112 ........ 22 mins, 97116 ........ 12 mins); one-on-one; both complete: passes.
        ["v6-h137-qhpt-two-dotted-leaders"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — one-on-one for the whole visit.
            97112 ........ 22 mins — balance (Dr. Bell)
              Perturbations in tandem on the foam, hurdle step-overs, walking with head turns.
              Deficit: postural sway and a late protective step in the sugarhouse.
              Today: Berg 46/56.
            97116 ........ 12 mins — gait after L TKA (Dr. Okafor)
              Gait training with the cane on the hall and the ramp, cues for L knee extension at heel strike.
              Deficit: stiff-knee L gait.
              Today: 300 ft with the cane, SBA.
            """,
            ["R26.81", "Z96.652"], [PT("97112", 22), PT("97116", 12)], []),

        // CCHR report with the PT's heading "97112 …: 23 min" and the OT's "97530 …: 17 min"; 1:1 ticked on the PT's block; both complete: passes.
        ["v6-h137-cchr-pt-and-ot-headings"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 34/56 | 38/56 | 42/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 23 min (Dolores Vang, PT)
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Foam stance at the rail with head turns, tandem walking along the rail, reactive steps to pushes. Deficit: postural control and a slow step turning from the sink.
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 17 min (Farah Nadeem, OTR/L)
            Toileting transfers with the grab bar, standing at the sink to brush her teeth. Deficit: standing balance and L grip. 5 of 5 transfers with SBA.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), OT("97530", 17)], []),

        // BMRH Pendleton heading "[97112] Neuromuscular re-ed — 30 min" on an 18-minute line: mismatch; all else present.
        ["v6-h137-bmrh-heading-30-on-18"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 30 min — F. Orozco PT
            Delivery: one-on-one.
            Rocker board A/P, foam stance with ball tosses, stepping over the cones on a called colour.
            Impairment: R ankle proprioception after the sprain at the Round-Up grounds.
            Objective: rocker board 13 sec; 8 of 10 cones cleared.
            MODALITY ROOM: none today.
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // SCTH Raj's "Billed: 97112 x 38 minutes" on a 23-minute line: mismatch; all else present.
        ["v6-h137-scth-raj-38-on-23"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after school. 15 y/o Carthage point guard, L ankle sprain at practice.
            Billed: 97112 x 38 minutes
            Attendance: Pt was treated individually, therapist in constant attendance.
            O: Single-leg perturbations on the rocker board; lateral hop-and-stick; cutting drill to a stop on cue.
            Impairment: L ankle proprioception, rolls it on a hard cut.
            Measures: SLS eyes closed L 10 s (R 25 s); 7 of 10 sticks held.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // STBF Corning narrative "Time: Neuromuscular re-education (97112), 35 minutes, one-on-one." on a 22-minute line: mismatch; all else present.
        ["v6-h137-stbf-narrative-35-on-22"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Wendell Spaulding — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: foam stance with head turns, stepping to the coloured floor targets I called, perturbations in tandem.
            Why: slow stepping reaction and sway; he grabs the band-room podium turning to the trumpets.
            How he did: Berg 47/56; 6 of 8 perturbations with one step.
            Time: Neuromuscular re-education (97112), 35 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // PDPT Darlington grid second row "97110 | Therapeutic exercise | 25" on a 13-minute line: mismatch on 97110; the 97112 row matches; all else present.
        ["v6-h137-pdpt-second-row-25-on-13"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Weeds her tomato bed on her knees.
            OBJECTIVE: Berg 48/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            97110 | Therapeutic exercise | 25
            ASSESSMENT: 97112: half-kneel to stand with perturbations, foam stance with head turns. Postural control poor rising from kneeling. 97110: bridges 3x15, clamshells green band 3x12, sit-to-stand 3x10. Hip extensor and abductor weakness.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // SCMH Negaunee two episodes whose timed lines carry no minutes ("Timed: 97112", "Timed: 97110") over "Total timed minutes this visit: 37": separate time missing; both complete.
        ["v6-h137-scmh-timed-lines-bare-total-only"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sulo Maki
            EPISODE A: Imbalance    ICD-10: R26.81
            Timed: 97112
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam tandem with head turns, rocker board A/P, reactive steps. Impairment: ankle proprioception. Measures: Berg 45/56.
            EPISODE B: L knee OA    ICD-10: M17.12
            Timed: 97110
            Interventions: SAQ 3 lb 3x15, step-ups 4 inch 3x10. Impairment: L quad weakness.
            Total timed minutes this visit: 37
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81", "M17.12"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // MPT Brunswick billing line in units only with "Total timed treatment: 37 min": separate time missing; both codes complete.
        ["v6-h137-mpt-units-and-total-only"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Daily Note
            Today: NMR — perturbations in tandem on the foam, stepping over the dock-line coils, head-turn walking. Therapeutic exercise — bridges 3x15, step-ups 6 inch 3x10, band rows red 3x15.
            Delivery: one-on-one, just Colleen and Mrs. Polite.
            Problem: late stepping reaction and sway; hip and upper-back weakness mending nets.
            Objective: Berg 46/56.
            Billing: 97112 NMR — 2 units; 97110 TE — 1 unit
            Total timed treatment: 37 min
            Colleen Drayton, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // STBF Elmira narrative "We spent 36 minutes between the balance work and the walking" with no minutes for either code: separate time missing; both complete.
        ["v6-h137-stbf-narrative-36-between-both"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Lorraine Ostrowski — Leticia Fairweather, PTA
            What we worked on: neuromuscular re-education (97112) — foam stance with head turns, perturbations in tandem; gait training (97116) — cane on the hall and out over the parking-lot curb.
            Why: sway and a late step; short L step after the hip fracture.
            How she did: Berg 44/56; 250 ft with the cane, SBA, curb with CGA.
            Time: we spent 36 minutes between the balance work and the walking, one-on-one.
            """,
            ["R26.81", "S72.002D"], [PTA("97112", 22), PTA("97116", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a three-code visit: note missing on each profiled line, nothing else.
        ["v7-h137-empty-note-three-codes"] = new(
            "",
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Tabs and spaces only on a PTA's 97112 with a diagnosis: note missing only.
        ["v7-h137-tabs-and-spaces-pta-97112"] = new(
            "\t  \t   ",
            ["R26.81"], [PTA("97112", 22)], [At(NoteMissing, "97112")]),

        // An empty OT 97530 note with no diagnosis: note missing and diagnosis missing.
        ["v7-h137-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // PTH Galax 97110: recliner sit-to-stands and heel raises at the farmhouse counter with doses; bilateral hip and knee weakness; box 15 matches: passes.
        ["v7-h137-pth-97110-recliner-and-counter"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: daughter
            97110 [ 15 ] min
            Tx: sit-to-stand from the recliner 3x8, heel raises at the kitchen counter 2x15, seated marching with 2 lb cuffs 2x20
            Problem: bilateral hip and knee weakness; she rocks three times to get out of the recliner
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // BHSS Sturgis 97530: sled pushes and farmer carries for fence work with loads and distances; L shoulder and grip endurance; row 18 matches: passes.
        ["v7-h137-bhss-97530-sled-and-carries"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97530 TA | Grady Two Bulls PT | 18 min
            TA: sled push 90 lb 4 lengths of the turf, farmer carries 25 lb each hand 3 x 60 ft, lifting a 40 lb post bag from floor to tailgate height 2x5.
            Deficit: L shoulder and grip endurance for fence work after the rotator cuff repair.
            """,
            ["Z98.890", "M75.122"], [PT("97530", 18)], []),

        // SCMH Ishpeming 97140: thoracic PA mobilisations and rib springing; thoracic stiffness; rotation degrees; "97140 ▸ 11 min" matches: passes.
        ["v7-h137-scmh-97140-thoracic-mobilisation"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvo Hakala
            EPISODE A: Thoracic pain    ICD-10: M54.6
            Timed: 97140 ▸ 11 min
            Interventions: central PA mobilisations grade III T4–T8, rib springing R 4th to 6th, STM to the R rhomboids.
            Impairment: stiff thoracic rotation; he can't turn to back the snowplough.
            Measures: seated thoracic rotation R 30° → 42° after.
            Completed by: Tove Lindqvist, PT
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // CST Enid 97116: rollator from the apartment to the dining room with distance and assistance; short steps and a flexed posture; 19 matches: passes.
        ["v7-h137-cst-97116-rollator-to-dining-room"] = new(
            """
            CST GERI VISIT — Enid          Loretta Haskins, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97116 GAIT — 19 min
            TX: gait training with the rollator from her apartment to the dining room and back, cues for upright posture and a longer step, turning at the elevator.
            PROBLEM: short shuffling steps and a flexed trunk; she runs the rollator ahead of her.
            OBJECTIVE: 180 ft x 2 with the rollator, SBA; turns with CGA.
            """,
            ["R26.89"], [PT("97116", 19)], []),

        // RSP Anacortes "Tx: balance training as per plan" with "Problem: —" and "Measures: —"; 1:1 stated: nothing else named on the 97112.
        ["v7-h137-rsp-balance-training-as-per-plan"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 06.04.2026
            97112 NMR 08.30–08.52 (22')
            Setting: 1:1.
            Tx: balance training as per plan.
            Problem: —
            Measures: —
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // TPT two-code slash note "balance + strengthening per POC", "tolerated well", minutes for each, no delivery box: nothing named for either code and one-on-one not stated on the 97112.
        ["v7-h137-tpt-slash-per-poc-only"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/97110 = 23/12 min
            tx/ balance + strengthening per POC
            why/ per POC
            #s/ tolerated well
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CCHR OT "Functional activities as tolerated. Resident participated well.": nothing named on the 97530.
        ["v7-h137-cchr-ot-functional-activities-as-tolerated"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 20 min
            Functional activities as tolerated. Resident participated well.
            Farah Nadeem, OTR/L
            """,
            ["R26.89"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // PDPT Florence, Lamar's grid row "97110 | Therapeutic exercise | 15" and "ASSESSMENT: Ther ex per flowsheet. Tolerated well.": nothing named on the 97110.
        ["v7-h137-pdpt-ther-ex-per-flowsheet"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 15
            ASSESSMENT: Ther ex per flowsheet. Tolerated well.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["M54.50"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week, and the ordinary weak ones

        // RSP Friday Harbor two codes on their own range lines (97112 23', 97140 10'); 1:1; both complete: passes.
        ["vord-h137-rsp-nmr-and-mt-two-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 10.04.2026 · retired whale-watch skipper, 72 y
            97112 NMR 11.00–11.23 (23') · 1:1
            97140 MT 11.23–11.33 (10')
            Tx NMR: rocker board A/P eyes closed; foam tandem with head turns; perturbations at the pelvis.
            Tx MT: talocrural posterior glides grade III; STM to the R peroneals.
            Problem: R ankle proprioception and DF stiffness after the sprain on the float.
            Measures: rocker board 14 s; knee-to-wall R 8 cm (L 12 cm); Berg 51/56.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 10)], []),

        // BHBR Thermopolis stamped row 97112 = 24; 1:1 throughout; foam, hurdles, perturbations; late step; Berg: passes.
        ["vord-h137-bhbr-stamped-row-97112"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:40 ■ STOP 11:04 = 24 MIN
            1:1 throughout.
            NMR: foam stance with head turns, stepping over the hurdle row on cue, perturbations at the shoulders in tandem.
            Impairment: late stepping reaction and sway; she stumbles on the hot-springs terraces boardwalk.
            Objective: Berg 47/56; 7 of 10 perturbations with one step.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // PCSM Brookings pipes, 97112 with "1:1 [x]"; hop-and-stick, BOSU, perturbations; L knee control after ACL; counts: passes.
        ["vord-h137-pcsm-pipes-97112"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT | pt: Kade Wipf, high-school high jumper
            97112 NMR — 22 min | 1:1 [x]
            Tx: single-leg hop-and-stick | BOSU single-leg stance with ball catches | band perturbations at the knee
            Imp: L knee neuromuscular control after the ACL reconstruction, knee dives in on take-off
            Obj: 7/10 sticks held | single-leg hop 84 % LSI
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // PTH Hillsville OT 97530: kitchen tasks at home with counts and assistance; R hand weakness; box 21 matches: passes.
        ["vord-h137-pth-ot-97530-kitchen"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Lorena Bowman, OTR/L
            Present: husband on the porch
            97530 [ 21 ] min
            Tx: unloading the dishwasher to the upper cabinet, carrying a pot of beans from the sink to the stove, wiping the table standing
            Problem: R shoulder and grip weakness after the stroke; drops the pot lid
            Assist/Dist: 8 of 10 dishes to the upper cabinet with SBA; pot carried 6 ft x 4 with CGA
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // STBF Ithaca PTA narrative 97112 22 one-on-one; complete: passes.
        ["vord-h137-stbf-pta-narrative"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Everett Lamoreaux — Leticia Fairweather, PTA
            What we worked on: tandem walking on the beam with head turns, stepping to the floor targets I called, foam stance with ball tosses.
            Why: postural sway and a late step; he catches himself on the gorge-trail railing.
            How he did: FGA 20/30; tandem on the beam 3 m without a step-off.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // STBF Corning OT narrative 97530; complete: passes.
        ["vord-h137-stbf-ot-narrative-97530"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. June Hadley — Joan Pettibone, OTR/L
            What we worked on: getting in and out of the tub bench, carrying laundry down the two steps to the washer, reaching the high shelf in the pantry.
            Why: standing balance and L hip weakness after the fracture; she's afraid of the laundry steps.
            How she did: tub bench transfer with SBA x 3; basket down the steps with the rail, CGA.
            Time: Therapeutic activities (97530), 19 minutes.
            """,
            ["S72.002D"], [OT("97530", 19)], []),

        // TVMC Sugarcreek PTA 97110 log; doses; timer 15 matches: passes.
        ["vord-h137-tvmc-pta-97110-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            08:30 97110 timer started (B. Oyelaran, PTA)
            08:31 Leg press 60 lb 3x12, step-ups 6 inch 3x10, TKE with the blue band 3x15
            08:40 Impairment: R quad weakness after the TKA; can't carry the bread trays up the bakery steps
            08:45 97110 timer stopped — 15 min
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // TPT Worland owner's 97140 alone "97140 = 11 min"; manual, why and degrees: passes.
        ["vord-h137-tpt-97140-alone"] = new(
            """
            TPT Worland · R. Ekberg PT
            97140 = 11 min
            tx/ L glenohumeral post glides gr III, STM to the L posterior cuff
            why/ L shoulder IR stiff, can't reach his back pocket
            #s/ IR 35 → 48 degrees after
            """,
            ["M25.612"], [PT("97140", 11)], []),

        // CST Enid 97112 with 1:1 Y; complete: passes.
        ["vord-h137-cst-97112-complete"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: foam stance with head turns, stepping over the cane on the floor, reactive steps to light pushes.
            PROBLEM: late stepping reaction; she stumbles turning to the coffee urn after Mass.
            OBJECTIVE: Berg 46/56; TUG 12.2 s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TRMC Paducah PTA two problems each with indented minutes; one-on-one; both complete: passes.
        ["vord-h137-trmc-pta-two-problems"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Rufus Oakley. Brandi Oyelaran, PTA
            PROBLEM #1 — Dizziness, L vestibular hypofunction (H81.22), referred by Tri-Rivers Neurology
              97112 — 23 min
              One-on-one for the dizziness work.
              X1 viewing standing on foam, walking with head turns, feet together eyes closed.
              Impairment: L vestibular hypofunction; the river swims when he turns to watch a tow.
              Measures: DGI 17/24.
            PROBLEM #2 — Low back pain (M54.50), referred by Tri-Rivers Orthopaedics
              97110 — 12 min
              Bridges 3x15, bird dogs 2x10, prone press-ups 2x10.
              Impairment: weak lumbar extensors and glutes, back aches on the boat deck.
            """,
            ["H81.22", "M54.50"], [PTA("97112", 23), PTA("97110", 12)], []),

        // SCMH Negaunee OT 97530; complete: passes.
        ["vord-h137-scmh-ot-97530"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Irja Nurmi
            EPISODE A: L wrist fracture    ICD-10: S52.502D
            Timed: 97530 ▸ 18 min
            Interventions: wringing a dish towel, opening jars, carrying the sauna bucket by the handle.
            Impairment: L grip weakness and wrist stiffness after the fracture.
            Measures: 4 of 5 jars opened; bucket carried 30 ft x 3.
            Completed by: Marit Salo, OTR/L
            """,
            ["S52.502D"], [OT("97530", 18)], []),

        // QHPT Montpelier two leaders 97140 and 97110; both complete: passes.
        ["vord-h137-qhpt-97140-and-97110-leaders"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Jonah Pelletier, PT
            97140 ........ 10 mins — neck (Dr. Okafor)
              C5-6 unilateral PA glides grade III L, suboccipital release.
              Deficit: L cervical rotation 50 degrees.
            97110 ........ 13 mins — neck (Dr. Okafor)
              Chin tucks 2x15, prone rows 3x12, wall angels 2x10.
              Deficit: weak deep neck flexors and lower traps.
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 13)], []),

        // BHSS Sturgis 97112 with dry needling on the cash bar (no minutes); complete: passes.
        ["vord-h137-bhss-97112-dry-needling-cash"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Grady Two Bulls PT | 23 min
            Delivery: one-on-one.
            NMR: reactive step-downs off the 6 inch box, single-leg stance on the BOSU with perturbations, lateral bounds to a stick.
            Deficit: R knee proprioception after the meniscus repair.
            Objective: 8 of 10 bounds stuck; Y-balance anterior R 60 cm vs L 66 cm.
            RECOVERY BAR — cash, not billed
            Dry needling to the R VMO | Grady Two Bulls PT | cash
            """,
            ["S83.241D"], [PT("97112", 23)], []),

        // BMRH Pendleton two headings 97112 and 97116; ice by the aide; complete: passes.
        ["vord-h137-bmrh-97112-and-97116"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            [97116] Gait training — 12 min — M. Ashby PT
            Delivery: one-on-one for both.
            NMR: foam tandem with head turns, stepping over cones, perturbations. Impairment: sway and a late step. Objective: Berg 45/56.
            Gait: cane on the hall and the ramp, cues for an even step. Impairment: short L step after the THA. Objective: 350 ft with the cane, SBA.
            MODALITY ROOM: ice to the L hip after, by the aide — untimed, not billed.
            """,
            ["R26.81", "Z96.642"], [PT("97112", 23), PT("97116", 12)], []),

        // BMRH Hermiston OT 97530; complete: passes.
        ["vord-h137-bmrh-ot-97530"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97530] Therapeutic activities — 20 min — S. Whitecrane OTR/L
            Carrying a watermelon-sized ball from the floor to the counter, loading the dryer, folding towels standing.
            Impairment: R shoulder weakness after the cuff repair; can't lift melons onto the stand.
            Objective: 10 lb ball floor to counter 5 times with SBA; 12 towels folded standing.
            """,
            ["M75.121", "Z98.890"], [OT("97530", 20)], []),

        // MPT owner's discharge summary with the day's 97112; complete: passes.
        ["vord-h137-mpt-discharge-with-treatment"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            DISCHARGE SUMMARY — treatment provided this date
            Today: perturbations in tandem on the foam, walking with head turns, stepping over the net bundles.
            Delivery: one-on-one, just Colleen and Mrs. Gadsden.
            Problem: postural control and a late step; she stumbled on the pier boards in March.
            Outcome: Berg 52/56 (41/56 at IE). Goals met; independent with the home program.
            Billing: 97112 NMR — 22 min
            Colleen Drayton, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CCHR Dolores 97116; complete: passes.
        ["vord-h137-cchr-97116"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97116 Gait training: 18 min
            Gait training with the front-wheeled walker from the room to the therapy gym, cues for step length and turning.
            Deficit: short steps and a forward-flexed posture; she drags the R foot when tired.
            Walker 150 ft x 2 with CGA.
            Dolores Vang, PT
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // SCTH Curt 97140 one-liners; complete: passes.
        ["vord-h137-scth-curt-97140"] = new(
            """
            SCTH — C. Blevins PT
            97140 12 min.
            Lumbar PA mobs L4-5 gr III, STM QL and paraspinals.
            Lumbar ext stiff s/p lifting strain at the rail yard.
            Standing ext 10 → 18 deg after.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // SCTH Tessa copied forward, 1:1 ticked; pelvic floor 97112 complete: passes.
        ["vord-h137-scth-tessa-copied-forward-complete"] = new(
            """
            [copied forward from 3/3 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 23 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: pelvic floor motor-control drills with sEMG — quick flicks, 10 s holds, the Knack before a cough, in standing.
            Impairment targeted: pelvic floor recruitment and timing; leaks when she lifts the grandson.
            Measures: sEMG peak 34 µV (25 µV last week); 10 s hold x 9 before fatigue.
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // SCTH Brandi late entry 97116; complete: passes.
        ["vord-h137-scth-brandi-late-entry-97116"] = new(
            """
            Late entry — charted at the end of the day for the afternoon visit. B. Stockton, PTA
            97116 (20 min)
            Did gait training with the cane on the back lot and up the ramp, cues for R heel strike.
            Deficit: short R step and R foot drag after the stroke.
            Walked 300 ft with the cane, SBA; ramp with CGA.
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // CBH Celeste OT 97530 grid; complete: passes.
        ["vord-h137-cbh-celeste-ot-97530"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: Wants to split kindling again.
            OBJECTIVE: 6 of 8 logs carried to the box with SBA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 19
            ASSESSMENT: Carrying split logs to the wood box, stacking kindling, reaching to the mantel. L grip and shoulder weakness after the fall.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M62.81"], [OT("97530", 19)], []),

        // PVRHC Hannah OT 97530; complete: passes.
        ["vord-h137-pvrhc-hannah-ot-97530"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: 10 tortillas rolled standing; pan to stove x 4 with SBA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 20
            Rolling tortillas standing at the counter, carrying the cast-iron pan to the stove, reaching the comal down from the shelf.
            ASSESSMENT: R wrist and grip weakness after the fracture; standing tolerance limited.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // RBC Muscatine complete 97112 sent with no diagnosis: diagnosis missing.
        ["vord-h137-rbc-no-diagnosis"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N
            Foam stance with ball catches, rocker board A/P, stepping over hurdles.
            Deficit: L ankle proprioception after the sprain.
            Rocker board 11 sec; Berg 49/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // KRMC Breese complete 97110 whose claim carries the words "balance problems" as its diagnosis: not a well-formed ICD-10-CM code.
        ["vord-h137-krmc-dx-words"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT DAILY NOTE
            TREATMENT TODAY — CPT 97110 THERAPEUTIC EXERCISE — 15 MIN
            Sit-to-stand 3x10, step-ups 6 inch 3x10, side-stepping with the red band 3 lengths.
            Impairment: bilateral hip weakness; she can't climb into the grain truck.
            Trent Hollis, PT
            """,
            ["balance problems"], [PT("97110", 15)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
