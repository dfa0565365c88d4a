using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twentieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (2026-12-07, nineteenth session, written blind beside the hundred-and-nineteenth) is notes that show their
/// own billing arithmetic — charge lines and unit counts written into the note ("97112 x2", "NMR 2u", "units: 2",
/// "(2 units)", "#2"), an 8-minute-rule units worksheet at the foot of the note (per-code minutes and units, total
/// units, and in the notes that fail for it a visit's total timed minutes, "remainder 8 → 1 unit" and "38 min = 3
/// units"), modifiers written beside the codes (GP, 59, XU, KX, CQ, "GP-KX"), fee, charge and allowed amounts in
/// dollars, visit counters and therapy-threshold running totals ("visit 9 of 12", "KX threshold $2,410 reached", "YTD
/// $1,986.40"), time-in/time-out and total-treatment-time lines, and notes whose billed minutes appear only in the
/// worksheet — about two thirds ordinary and complete (68 of 103), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a billing-savvy private practice whose owner makes every therapist fill in a units worksheet before signing
/// ("Copper Bluff Physical Therapy", CBPT: clinics in Calumet, Lake Linden and L'Anse on Michigan's Keweenaw; the
/// "CBPT DAILY NOTE" with a boxed "UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)" at its foot, a
/// table of code, modifier, minutes, units and fee, a "Delivery" column, a "Justification" column and an "Outcomes"
/// row, the owner's "Copper Country Balance Circuit" station cards, and the visit and YTD lines the owner wants on every
/// note): Kirsti Maki (PT, DPT, owner), Owen Pelto (PT), Jake Trudeau (PT) and Brianna Laakso (PTA); a snowmobile-trail
/// groomer, a copper-mine tour guide, a woman who curls in Calumet, a retired ferry deckhand, a pasty-shop owner, a
/// sauna builder, a deer hunter who climbs into a ladder stand, and an aide named Tessa who moves the bars;</item>
/// <item>a hospital department whose charge capture prints the charge lines into the note ("Mississippi Bluffs Medical
/// Center — Rehabilitation Services", MBMC: the main campus in Dubuque, Iowa, the Dyersville clinic and an outreach room
/// in Galena, Illinois; SOAP headings in capitals, and "RevCapture ▸" charge lines with the code, modifier, the CPT
/// short descriptor — "NEUROMUSC REEDUC", sometimes with its "EA 15 MIN" — "QTY", the minutes and the hospital's charge,
/// and the module's "Treatment delivery:" and "Impairments: ☒ / ☐" fields): Renata Voss (PT, DPT, NCS), Craig Mueller
/// (PT), Shelby Kluesner (PTA) and Hannah Schmitt (OTR/L); a retired towboat pilot, a woman who sings in the
/// cathedral choir, a Field of Dreams tour guide, a meat-packing retiree, a daughter learning the home programme, and
/// Mr. Kremer on the other mat;</item>
/// <item>a rural clinic whose PTA writes "x2" and "u" in shorthand ("Pine Mountain Family Therapy", PMFT: Whitesburg,
/// Kentucky, and a Thursday outreach room at Isom; one-page notes in lower-case shorthand — "pt", "w/", "↑", "NMR 97112
/// x2u 23min", "TE 1u", "#2", "CQ" beside a PTA's codes — with blanks drawn "____" where the PTA skipped a line, and
/// the supervising PT's fuller notes): Loretta Sexton (PTA), Rusty Banks (PTA) and Wade Combs (PT); a retired coal
/// miner, a quilter, a bluegrass fiddler who turns to face the band, a school-bus driver, a woman who cans beans, a
/// ginseng digger on a hillside, a husband who holds the gait belt, church steps, and Mrs. Fields and Mr. Adams in the
/// parallel bars.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes carrying their own
/// billing, applying the contract to what the note says: a code's minutes are taken where the note gives them (next
/// to the code, in its block's heading, in a worksheet's minutes column or as a clock range on the code's line), and a
/// unit count, a modifier, a dollar amount, a visit counter, a CPT descriptor's "15 MIN", the name of the 8-minute rule
/// or a running total is never taken for a code's minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h120-…): one-on-one in these writers' own words ("1:1" in the worksheet's Delivery column, "one-on-one
/// for the whole neuro re-ed; her daughter sat in to learn the home program", "just me &amp; him in the back room the
/// whole NMR time", "one on one, nobody else in the gym" beside "GP-KX", "1:1 — Tessa moved the bars and stepped out",
/// "one-on-one w/ me, her husband held the gait belt"), notes that negate it (a PTA going back and forth between the
/// patient and Mr. Kremer on the other mat, a PTA with Mrs. Fields and Mr. Adams both in the bars) or never state it
/// (a worksheet with no Delivery column, a charge-capture note whose charge line is its only statement about the
/// service), and the codes without a one-on-one check: an OT's 97530 in a kitchen group of three and a PTA's 97110
/// beside another patient on the bike;</item>
/// <item>class 2 (v2-h120-…): checkbox and blank-field states ("Delivery: ☐ 1:1 ☐ concurrent ☐ group" with nothing ticked
/// and with 1:1 ticked, "Treatment delivery: ________", "One-on-one: [X] Yes [ ] No", "Prob: ________", "Tx: ________",
/// "Berg: ____  TUG: ____", "dist ____ ft  assist ____", a technique checklist and an impairment checklist ticked, and
/// a worksheet whose "Units" box was left blank beside filled minutes);</item>
/// <item>class 3 (v3-h120-…): named programmes and methods as techniques (Otago balance retraining, LSVT BIG maximal
/// daily exercises, Cawthorne-Cooksey exercises, Mulligan SNAGs, Tai Ji Quan: Moving for Better Balance forms, the
/// Tyler twist with a Flexbar, body-weight-supported treadmill training), the owner's "Copper Country Balance Circuit,
/// station card B" as the only technique, and Dynamic Neuromuscular Stabilization positions with no dose;</item>
/// <item>class 4 (v4-h120-…): deficits stated as findings in these writers' terms (a knee that buckles stepping down off
/// the groomer cab, a woman who sways and grabs the pew standing to sing, a fiddler who loses his balance turning to
/// the band, a curler whose L knee wobbles in the slide, a casserole she can't lift from the oven, church steps he
/// can't climb without pulling on the rail, an ankle that turns on the hillside digging ginseng, a deficit written in
/// the worksheet's Justification column) and notes that state none ("Problem: see eval", "Problem list: unchanged from
/// last visit", "prob: same as before");</item>
/// <item>class 5 (v5-h120-…): measures in every usual form (a Berg in the worksheet's Outcomes row, the CDC four-stage
/// balance test, shorthand "TUG 14.2s w/ cane", perturbations as a fraction with a gait speed, distances and
/// assistance for gait, sets, reps and pounds for 97110, a nine-hole peg time and grip pounds for 97530, a DGI) and
/// notes with none ("Outcomes: deferred to re-eval", "OBJECTIVE: pt reports feeling steadier", "did better on the
/// foam today", a 97110 exercise list with no dose);</item>
/// <item>class 6 (v6-h120-…): minutes in these notes' forms (a worksheet table "97112 | GP | 23 | 2 | $74.18", RevCapture
/// lines "| QTY 2 | 24 MIN | $186.00", shorthand "NMR 97112 x2u 23min", minutes only in the worksheet, a clock range
/// on the charge line, codes with 59 and XU beside them, a PT's and an OT's charge lines, three codes on one
/// worksheet, and a single code billed "97112 GP x2 — $74.18" with no minutes anywhere) and true mismatches (a
/// worksheet filled with the 38-minute appointment slot on a 24-minute line, RevCapture's default "30 MIN" on an
/// 18-minute line, a PTA's minutes written against the wrong codes, an OT's 35 against 22) and truly missing separate
/// time (units only, "Time in 1:02 / Time out 1:48" and a total treatment time, "total timed 38 → 2 full units +
/// remainder 8 → 1 unit = 3u", one code's minutes and the other's "x1");</item>
/// <item>class 7 (v7-h120-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hip and core exercise for a sauna builder), 97530 (a hospital OT's
/// laundry and kitchen tasks), 97140 (lumbar PA glides and a hip distraction) and 97116 (a walker to a quad cane on
/// the church ramp), and wholly generic notes: an NMR "per POC, balance training, tolerated well", a hospital two-code
/// note each with its minutes and nothing but "therapeutic exercises per plan" and "manual therapy as tolerated", and
/// a PTA's "functional activities, tol well, cont POC";</item>
/// <item>ordinary (vord-h120-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their charge lines, fees, allowed amounts, modifiers, visit counters and YTD and KX lines, and the
/// ordinary weak ones: a complete note with no diagnosis and one whose diagnosis is the charge capture's "DX PENDING".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter, a husband, an aide (none
/// of them a patient; Mr. Kremer on the other mat, Mrs. Fields and Mr. Adams in the bars and the two in the kitchen
/// group are), unit counts, quantities, modifiers with digits (59), fees, charges and allowed amounts in dollars, visit
/// counters, YTD totals and the KX threshold, dates, ages, years, step heights in inches, loads in pounds, band
/// colours, degrees, distances, body-weight percentages and times of day — and each is written so that a reviewer
/// cannot take it for a billed code's minutes; a code's minutes are written next to the code ("NMR 97112 x2u 23min",
/// "| 24 MIN |"), in its block's heading, in a worksheet's minutes column or as a clock range on the code's own line;
/// no note gives minutes to a visit, a drill, a rest or a test, except the ones that fail for a visit total (a time in
/// and out with a total treatment time, and a worksheet's "total timed 38"); notes failed for want of a measure carry
/// no number but their code and its minutes (no units, fees or counters either). DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number and fails it only when the note has no number but its code and its minutes; for the other
/// codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the
/// billed minutes: a family member, caregiver or staff member in the room does not undo a one-on-one statement,
/// another patient treated in the same block does, and a therapist attending someone else during the block is not
/// one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the billing arithmetic that could honestly be read either way: a unit count that
/// contradicts the code's minutes ("97112 23 min x1"), a worksheet whose minutes for a code differ from the body's
/// minutes for the same code, minutes shown only as units times fifteen ("2 units (30)"), a remainder written as
/// minutes beside a code ("97112 23 min = 15 + 8"), a charge line whose "QTY" could be minutes, a time in and out
/// with one timed code, a worksheet minutes column with no heading, a total timed line beside every code's own
/// minutes, KX or a co-treat as the only word on delivery, and a PTA's "CQ" read as a statement of supervision.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 99 of 103 cases agree (101 needed), and 3 of the 68 notes the reviewer passes got a finding, on the analyzer of 12a6bcd (the start of the 2026-12-07 nineteenth session, whose engine is the eighteenth session final af24a09, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 103 of 103, no false positive — a test's sides after another test's score ("Berg 45/56, SLS L 4 sec, R 9 sec") a result, not a drill; a code with its modifier's hyphen ("MT 97140-59 x1u 12 min") the code its name names; "the L knee wobbles in", "ankle turns on the hillside".</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentiethTests(ITestOutputHelper output)
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

        // CBPT Calumet, Owen Pelto: one-on-one only in the worksheet's Delivery column ("1:1" beside the code); tandem walking on the foam beam with head turns, perturbations at the pelvis, stepping over the rail ties; slow ankle strategy and sway in the dark; Berg and perturbation count; worksheet "97112 | GP | 23 | 2 | $74.18 | 1:1" matches; visit counter and YTD dollars: passes.
        ["v1-h120-cb-delivery-column-one-to-one"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Arvo Heikkila (61)   Therapist: Owen Pelto, PT   DOS 03/04/2026
            S: gives the tours down the adit again, says the wet rail bed in the dark is where he feels it.
            Tx: tandem walking on the foam beam with head turns L/R; perturbations at the pelvis in stride stance, eyes open then closed; stepping over the rail ties we taped on the floor without looking down.
            Problem: slow ankle strategy, sways and grabs for the wall when the lights are dimmed.
            O: Berg 46/56 (was 41 at eval). Recovered 8 of 10 perturbations with a single step.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee    | Delivery
            97112 | GP  | 23  | 2     | $74.18 | 1:1
            Total units: 2    Visit 9 of 12 (POC)    YTD PT/SLP $1,986.40
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // MBMC Dubuque, Renata Voss: "Treated one-on-one for the whole neuro re-ed; her daughter sat in to learn the home program" (family, not a patient); weight shifts with tapping, step-and-stick onto foam, PNF D2 lifts in standing; R hemiparesis with poor weight acceptance; FGA and percentage of weight on the R; RevCapture "97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00" matches: passes.
        ["v1-h120-mb-one-on-one-daughter-learning-hep"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            SUBJECTIVE: Mrs. Hentges, 74, wants to get back up the choir loft stairs at the cathedral.
            INTERVENTIONS: Treated one-on-one for the whole neuro re-ed; her daughter sat in to learn the home program. Weight shifts onto the R with tapping over the glute med; step-and-stick onto the foam pad R leg leading; PNF D2 lifts in standing with my hands at the pelvis.
            IMPAIRMENTS: R hemiparesis after the L MCA stroke; poor weight acceptance on the R and a late R step.
            OBJECTIVE: FGA 16/30. Standing on the scales she puts 41% of her weight through the R (35% last week).
            ASSESSMENT: improving R stance control; daughter return-demonstrated the weight shifts.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // PMFT Whitesburg, Loretta Sexton (PTA) shorthand: "just me & him in the back room the whole NMR time"; rocker board eyes closed, foam stance w/ ball toss, lateral pushes; ↓ proprioception both feet w/ the neuropathy; tandem seconds and Berg; "NMR 97112 x2u 23min CQ" matches: passes.
        ["v1-h120-pm-pta-just-me-and-him"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            pt: Mr. Caudle, retired from the mine 19 yrs
            NMR 97112 x2u 23min CQ
            just me & him in the back room the whole NMR time
            rocker board A/P eyes closed, foam stance w/ ball toss from the side, lateral pushes at hips
            prob: ↓ proprioception both feet w/ the neuropathy, can't feel the ground on the gravel drive
            tandem 8 sec R foot fwd, 5 sec L fwd; Berg 42/56
            L. Sexton PTA / sup W. Combs PT
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // MBMC Dyersville, Shelby Kluesner (PTA): "Mr. Kremer was on the other mat doing his own balance program and I went back and forth between them" — another patient inside the block: one-on-one missing; half-kneel rhythmic stabilisation, foam reaching, eyes-closed stance; trunk motor control after a cerebellar stroke; Berg and reach present; RevCapture minutes match.
        ["v1-h120-mb-pta-back-and-forth-mr-kremer"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            INTERVENTIONS: Mr. Kremer was on the other mat doing his own balance program and I went back and forth between them. Half-kneel rhythmic stabilization; reaching out of base on the foam; feet-together stance eyes closed.
            IMPAIRMENTS: truncal ataxia and poor trunk motor control after the cerebellar stroke.
            OBJECTIVE: Berg 39/56. Forward reach 8 in on the foam.
            RevCapture ▸ 97112 GP CQ NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            S. Kluesner, PTA
            """,
            ["I69.393"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PMFT Isom outreach, Rusty Banks (PTA): "had Mrs. Fields & Mr. Adams both in the bars, switching back & forth" — another patient treated in the block: one-on-one missing; foam marching, tandem in the bars, sidestepping over a cane; ↓ somatosensation both feet; tandem seconds and 4 of 6 pushes; "NMR 97112 x2u 24min" matches.
        ["v1-h120-pm-pta-two-in-the-bars"] = new(
            """
            PMFT — Isom (Thurs)
            NMR 97112 x2u 24min
            had Mrs. Fields & Mr. Adams both in the bars, switching back & forth
            foam marching, tandem in the bars, sidestepping over a cane on the floor, pushes at the hips
            prob: ↓ sensation both feet, watches her feet to walk
            tandem 6 sec w/ 1 hand; 4 of 6 pushes w/o grabbing the bar
            R. Banks PTA
            """,
            ["G62.9"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // CBPT Lake Linden, Jake Trudeau: a complete note on the owner's worksheet with its Delivery column left off and nothing anywhere saying one-on-one or individual: not stated; clock stepping, perturbations on the treadmill, backward walking over cones; delayed stepping after a hip fracture; TUG and clock-step count present; worksheet minutes match.
        ["v1-h120-cb-worksheet-without-delivery-column"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mrs. Jarvi   Therapist: Jake Trudeau, PT
            Tx: clock stepping to called numbers; small perturbations on the treadmill at slow speed with the harness; backward walking over cones.
            Problem: delayed stepping response and short backward step since the R hip fracture last fall.
            O: TUG 13.1 sec with cane (15.8 at eval). Clock stepping 9 of 12 correct without a stumble.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 24  | 2     | $74.18
            Total units: 2    Visit 6 of 12
            """,
            ["S72.001D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MBMC Galena, Craig Mueller: the charge line is the note's only statement about how the service was given ("RevCapture ▸ 97112 GP … | QTY 2 | 23 MIN") and nothing says one-on-one: not stated; X1 viewing on the checkerboard, walking with head turns, foam stance with eyes closed; L vestibular hypofunction; DGI and dynamic visual acuity present.
        ["v1-h120-mb-charge-line-only-no-delivery"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            SUBJECTIVE: retired towboat pilot; dizzy turning his head to back the truck up.
            INTERVENTIONS: X1 viewing against the checkerboard sitting then standing; walking the hall with horizontal head turns; foam stance with eyes closed.
            IMPAIRMENTS: L vestibular hypofunction, oscillopsia with quick head turns.
            OBJECTIVE: DGI 18/24. Dynamic visual acuity 3 lines lost (5 at eval).
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            C. Mueller, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MBMC Dubuque, Hannah Schmitt (OTR/L): a 97530 in a kitchen group of three (no one-on-one check for 97530): carrying a pan from stove to counter, unloading the dishwasher to the top shelf, wiping the table standing; L hemiparesis with weak reach and standing tolerance; counts and assistance; RevCapture "97530 GO THERAPEUTIC ACTIVITIES | QTY 1 | 21 MIN" matches: passes.
        ["v1-h120-mb-ot-kitchen-group-97530"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE) — OCCUPATIONAL THERAPY
            INTERVENTIONS: kitchen group with two other patients. Carried a small pan from the stove to the counter x 6; unloaded the dishwasher to the top shelf x 10 items with the L hand; wiped the table standing.
            IMPAIRMENTS: L hemiparesis — weak L shoulder flexion and reach, stands less than she needs to cook.
            OBJECTIVE: carries with SBA, reaches the top shelf with min A for L arm.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 1 | 21 MIN | $118.00
            H. Schmitt, OTR/L
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // PMFT Whitesburg, Loretta (PTA): a 97110 with "Mrs. Blair on the bike beside us the whole time" (no one-on-one check for 97110); bridges, step-ups and sit-to-stands with doses; L quad and hip weakness after a knee replacement; "TE 97110 x1u 14min" matches: passes.
        ["v1-h120-pm-pta-97110-mrs-blair-on-the-bike"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            TE 97110 x1u 14min CQ
            Mrs. Blair on the bike beside us the whole time
            bridges 3x12, step-ups onto 6" step 3x10 L leads, sit-to-stand from the low chair 2x8, LAQ 2 lb 3x15
            prob: L quad & hip weakness after the L TKA, can't get up out of the recliner w/o pushing
            L. Sexton PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 14)], []),

        // CBPT L'Anse, Kirsti Maki (owner): "1:1 — Tessa moved the parallel bars over for us and stepped out" (staff, not a patient); rhythmic stabilisation in tall kneel, perturbations on the rocker board, stepping onto the BOSU; R knee proprioception after an ACL repair; Y-balance reach and SLS seconds; worksheet minutes 25 match; KX line: passes.
        ["v1-h120-cb-owner-aide-moved-the-bars"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Kaylee Rantala, 17   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1 — Tessa moved the parallel bars over for us and stepped out.
            Tx: rhythmic stabilization in tall kneel; perturbations standing on the rocker board R leg; stepping onto the BOSU and sticking the landing.
            Problem: R knee proprioception and quad control after the ACL repair, knee drifts in on the landing.
            O: Y-balance anterior reach R 58 cm / L 66 cm; SLS eyes closed R 11 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP-KX | 25  | 2     | $74.18
            KX threshold $2,410 reached 02/26 — medical necessity per re-cert.
            """,
            ["S83.511D"], [PT("97112", 25)], []),

        // CBPT Calumet, Owen: "one on one, nobody else in the gym" beside "97112-GP-KX" and a YTD of $2,466.90; foam tandem with head turns, stepping over hurdles, perturbations while catching; postural control after a concussion on the ice; FGA and perturbation count; worksheet minutes 22 match: passes.
        ["v1-h120-cb-gp-kx-one-on-one-nobody-else"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Lahti, 58, hit his head on the rink ice in January
            97112-GP-KX — one on one, nobody else in the gym
            Tx: foam tandem with head turns; stepping over hurdles at walking pace; perturbations at the shoulders while catching a ball.
            Problem: postural control and dizziness with head movement since the concussion.
            O: FGA 20/30; 7 of 10 perturbations without a step.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP-KX | 22  | 1     | $37.09
            YTD PT/SLP $2,466.90 (over threshold — KX applied)
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // PMFT Whitesburg, Wade Combs (PT): "one-on-one w/ me, her husband held the gait belt" (caregiver, not a patient); stepping strategy drills on the foam, lateral reactive steps, obstacle course of canning jars; delayed lateral stepping; Mini-BESTest and a step count; "NMR 97112 #2 — 23 min" matches: passes.
        ["v1-h120-pm-husband-held-the-gait-belt"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            NMR 97112 #2 — 23 min
            One-on-one w/ me, her husband held the gait belt so he could learn how.
            Stepping strategy drills off the foam, lateral reactive steps to my release, walking an obstacle course of empty canning jars.
            Prob: delayed lateral stepping, falls sideways in the garden rows.
            Mini-BESTest 17/28. Lateral steps 5 of 8 recovered on the first step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // CBPT Lake Linden, Brianna Laakso (PTA): the worksheet's delivery row "Delivery: ☐ 1:1 ☐ concurrent ☐ group" with nothing ticked and nothing else on how he was seen: not stated; rocker board eyes closed, foam stance with head turns, step-and-hold onto the half roll; L ankle proprioception after a sprain on the ferry dock; rocker seconds and Berg present; worksheet minutes match.
        ["v2-h120-cb-pta-delivery-boxes-none-ticked"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Koski, retired ferry deckhand   Therapist: Brianna Laakso, PTA
            Tx: rocker board M/L eyes closed; foam stance with head turns; step-and-hold onto the half foam roll.
            Problem: L ankle proprioception down since he rolled it on the ferry dock; turns it on the boat ramp.
            O: rocker board M/L 12 sec without an edge touch; Berg 47/56.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            97112  Mod GP CQ   Min 23   Units 2   Fee $74.18
            Delivery: ☐ 1:1  ☐ concurrent  ☐ group
            """,
            ["S93.402D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CBPT Calumet, Owen: the same row ticked "Delivery: ☒ 1:1 ☐ concurrent ☐ group"; curling-slide drills on the slider board, perturbations in a lunge, eyes-closed single-leg stance; L knee proprioception and control after a meniscus repair; Y-balance reach and SLS seconds; worksheet minutes 24 match: passes.
        ["v2-h120-cb-delivery-box-one-to-one-ticked"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Maija Niemi, 66, curls Tuesday nights   Therapist: Owen Pelto, PT
            Tx: slide-position holds on the slider board; perturbations at the shoulders in a deep lunge; single-leg stance eyes closed on the L.
            Problem: L knee proprioception and quad control after the meniscus repair; the knee wobbles in the slide.
            O: Y-balance anterior L 61 cm (R 67 cm); SLS eyes closed L 7 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            97112  Mod GP   Min 24   Units 2   Fee $74.18
            Delivery: ☒ 1:1  ☐ concurrent  ☐ group
            """,
            ["S83.232D"], [PT("97112", 24)], []),

        // MBMC Dubuque charge-capture field "Treatment delivery: ________" left blank and nothing else on delivery: not stated; PNF D1 and D2 with rhythmic initiation, standing on foam with head turns, stepping over the hose; R hip recruitment after a stroke; FGA and 10-metre walk present; RevCapture minutes match.
        ["v2-h120-mb-treatment-delivery-blank"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: ________
            INTERVENTIONS: PNF D1 and D2 lower-extremity patterns with rhythmic initiation; standing on foam with head turns; stepping over the garden hose laid on the floor.
            IMPAIRMENTS: poor R hip recruitment in stance after the stroke; R foot catches on the hose.
            OBJECTIVE: FGA 14/30. 10-metre walk 0.71 m/s.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            R. Voss, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MBMC Dyersville charge-capture checkbox "One-on-one: [X] Yes [ ] No"; perturbation training on the treadmill, tandem on the balance beam, reactive stepping to releases; delayed stepping in Parkinson's; pull test and Mini-BESTest; RevCapture minutes 23 match: passes.
        ["v2-h120-mb-one-on-one-yes-checked"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            One-on-one: [X] Yes  [ ] No
            INTERVENTIONS: perturbation training on the treadmill at slow speed; tandem on the balance beam; reactive stepping to releases from a forward lean.
            IMPAIRMENTS: delayed and short protective steps, retropulsion when he turns at the barn door (Parkinson's).
            OBJECTIVE: pull test took 3 steps to recover; Mini-BESTest 18/28.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            C. Mueller, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PMFT Whitesburg, Loretta (PTA): "prob: ________" left blank and nothing else names a deficit, system or region: deficit missing; "1:1", rocker board, foam tandem with head turns, lateral pushes; Berg and rocker seconds present; "NMR 97112 x2u 23min" matches.
        ["v2-h120-pm-pta-problem-line-blank"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 x2u 23min CQ
            pt seen 1:1
            rocker board A/P & M/L, foam tandem w/ head turns, lateral pushes
            prob: ________
            Berg 44/56, rocker M/L 10 sec
            L. Sexton PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // PMFT Isom, Rusty (PTA): "tx: ________" left blank and nothing else names a technique; "1:1", a deficit (L ankle proprioception after a fall on creek rock) and Berg and SLS present, no generic phrase: technique missing.
        ["v2-h120-pm-pta-tx-line-blank"] = new(
            """
            PMFT — Isom (Thurs)
            NMR 97112 x2u 24min
            pt seen 1:1
            tx: ________
            prob: L ankle proprioception poor since she fell on the creek rock, ankle turns on the hillside
            Berg 45/56, SLS L 4 sec, R 9 sec
            R. Banks PTA
            """,
            ["S93.402D", "Z91.81"], [PTA("97112", 24)], [At(Tech, "97112")]),

        // CBPT Calumet, Jake: the outcome line "Berg: ____  TUG: ____" never filled and the worksheet's units and fee boxes left blank (its header shortened to "complete before you sign"), so no number but the code and its minutes: measure missing; "one-on-one", foam perturbations, tandem turns and step-overs, and slow hip strategy present.
        ["v2-h120-cb-outcome-blanks-unfilled"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Aho   Therapist: Jake Trudeau, PT
            Delivery: one-on-one
            Tx: perturbations standing on foam; tandem walking with turns at the end of the hall; stepping over shoeboxes.
            Problem: slow hip strategy, leans and grabs when she turns in the pasty shop.
            O: Berg: ____  TUG: ____
            UNITS WORKSHEET (complete before you sign. K.M.)
            97112  Mod GP   Min 23   Units ___   Fee ___
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PMFT Whitesburg, Rusty (PTA) 97116 with "dist ____ ft  assist ____" never filled and no number but the code and its minutes: measure missing on 97116; walker gait on the ramp and the gravel drive with heel-strike and step-length cues; shuffling gait after a hip replacement present.
        ["v2-h120-pm-pta-gait-blanks-97116"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            GT 97116 — 22min
            walker gait on the clinic ramp & the gravel drive, cues for heel strike & longer R step
            dist ____ ft  assist ____
            prob: shuffling gait, short R step after the R THA
            R. Banks PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // MBMC Galena technique checklist ticked ("☒ Perturbation training ☒ Foam / unstable surface ☐ PNF ☐ Vestibular"); "Treatment delivery: One-on-one"; sensory loss in the feet; mCTSIB seconds and Berg; RevCapture minutes 22 match: passes.
        ["v2-h120-mb-technique-checklist-ticked"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: One-on-one
            Techniques: ☒ Perturbation training  ☒ Foam / unstable surface  ☐ PNF  ☐ Vestibular
            IMPAIRMENTS: somatosensory loss both feet (diabetic neuropathy); relies on vision, unsteady in the dark.
            OBJECTIVE: mCTSIB foam eyes closed 9 sec (eyes open 30 sec). Berg 43/56.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            C. Mueller, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // MBMC Dubuque impairment checklist ticked ("Impairments: ☒ proprioception ☒ postural control ☐ vestibular ☐ strength"); one-on-one, rocker board, foam tandem, reactive stepping; Berg and rocker seconds; RevCapture minutes 24 match: passes.
        ["v2-h120-mb-impairment-checklist-ticked"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            INTERVENTIONS: rocker board A/P with eyes closed; tandem on foam; reactive stepping to a release from a lean.
            Impairments: ☒ proprioception  ☒ postural control  ☐ vestibular  ☐ strength
            OBJECTIVE: Berg 45/56; rocker board A/P 15 sec.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            S. Kluesner, PTA
            """,
            ["S82.61XD"], [PTA("97112", 24)], []),

        // CBPT L'Anse, Kirsti: the worksheet's "Units" box left blank beside filled minutes ("97116 | GP | 22 | ___"): a blank states nothing and the minutes are there; cane gait on the ramp and the icy lot with cues, distance and SBA; short L step after a hip replacement: passes.
        ["v2-h120-cb-units-box-blank-minutes-filled"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mr. Paquette   Therapist: Kirsti Maki, PT, DPT
            Tx: cane gait down the ramp and across the salted lot; cues for heel strike and equal step length; curb up and down with the cane.
            Problem: short L step and L Trendelenburg after the L THA.
            O: 400 ft with the cane SBA; curb with CGA.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97116 | GP  | 22  | ___   | ___
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // MBMC Dubuque Otago balance retraining — tandem walk, figure-of-eight walking, sideways walking and backward walking, progressed to no hand hold; postural control and history of falls; Berg and 30-second chair stand; "Treatment delivery: One-on-one"; RevCapture minutes 23 match: passes.
        ["v3-h120-mb-otago-balance-retraining"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            INTERVENTIONS: Otago balance retraining, level C — tandem walk, figure-of-eight walking around two cones, sideways walking and backward walking along the counter, all without a hand hold today.
            IMPAIRMENTS: impaired postural control with turning; three falls at home since the fall of 2025.
            OBJECTIVE: Berg 44/56; 30-second chair stand 9 reps.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            R. Voss, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CBPT Lake Linden, Jake: LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward steps) with big-amplitude cues; bradykinesia and small steps in Parkinson's; step length in inches and a timed sit-to-stand; "1:1"; worksheet minutes 24: passes.
        ["v3-h120-cb-lsvt-big-maximal-daily-exercises"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Hakala (sauna builder, retired)   Therapist: Jake Trudeau, PT
            Delivery: 1:1
            Tx: LSVT BIG maximal daily exercises — floor-to-ceiling, side-to-side, forward and backward steps with big reaches; BIG walking the hall with amplitude cues.
            Problem: bradykinesia, small shuffling steps and reduced arm swing (Parkinson's).
            O: step length 19 in (15 in at eval); 5xSTS 14.6 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 24  | 2     | $74.18
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // MBMC Galena Cawthorne-Cooksey exercises — eye movements, head movements sitting, then standing ball toss and walking with head turns; dizziness with head movement in bilateral vestibular loss; DGI; one-on-one; RevCapture minutes 22 match: passes.
        ["v3-h120-mb-cawthorne-cooksey"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: One-on-one
            INTERVENTIONS: Cawthorne-Cooksey exercises — eye movements up/down and side to side, head movements sitting, then standing ball toss above eye level and walking across the room with head turns.
            IMPAIRMENTS: bilateral vestibular loss after gentamicin; dizzy and unsteady with head movement.
            OBJECTIVE: DGI 15/24.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            C. Mueller, PT
            """,
            ["H81.23"], [PT("97112", 22)], []),

        // PMFT Whitesburg, Wade: Mulligan SNAGs for cervical rotation and an upper-trap release; neck stiffness turning to check traffic on the school bus; rotation degrees before and after; "MT 97140 x1u 11 min": passes.
        ["v3-h120-pm-mulligan-snags-97140"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            MT 97140 x1u 11 min
            Mulligan SNAGs C5-6 into R rotation, sets of 6; STM / release to the R upper trap & levator.
            Prob: cervical stiffness, can't turn far enough to check the mirror & traffic driving the school bus.
            R rotation 52° → 64° after; L 68°.
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // CBPT Calumet, Owen: Tai Ji Quan: Moving for Better Balance forms (the eight-form routine with weight shifting and single-leg transitions); slow weight shift and lateral instability; Berg and four-square step test; "1:1"; worksheet minutes 23: passes.
        ["v3-h120-cb-tai-ji-quan-moving-for-better-balance"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Salo, 80   Therapist: Owen Pelto, PT
            Delivery: 1:1
            Tx: Tai Ji Quan: Moving for Better Balance — the eight-form routine with slow weight shifting, single-leg transitions and stepping out to the side, mirrored.
            Problem: slow lateral weight shift and lateral instability, catches herself on the counter.
            O: Berg 45/56; four-square step test 14.8 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PMFT Isom, Loretta (PTA): the Tyler twist with a red Flexbar and wrist eccentrics with doses; R lateral elbow pain and grip weakness from quilting; grip pounds; "TE 97110 x1u 12min": passes.
        ["v3-h120-pm-pta-flexbar-tyler-twist-97110"] = new(
            """
            PMFT — Isom (Thurs)
            TE 97110 x1u 12min CQ
            Tyler twist w/ red Flexbar 3x15, wrist extension eccentrics 2 lb 3x12, putty squeeze 2x20
            prob: R lateral elbow pain & weak grip from quilting, drops the rotary cutter
            grip R 48 lb / L 62 lb
            L. Sexton PTA
            """,
            ["M77.11"], [PTA("97110", 12)], []),

        // MBMC Dyersville, Shelby (PTA): body-weight-supported treadmill training in the harness with cues for heel strike; R hemiparetic gait with a short L step; speed, body-weight unloading percentage and distance; RevCapture "97116 GP GAIT TRAINING | QTY 2 | 24 MIN" matches: passes.
        ["v3-h120-mb-pta-body-weight-supported-treadmill-97116"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            INTERVENTIONS: body-weight-supported treadmill training in the overhead harness, cues for R heel strike and equal step length.
            IMPAIRMENTS: R hemiparetic gait after the stroke, R toe drag and short L step.
            OBJECTIVE: 30% body weight unloaded at 0.8 mph, 900 ft total; R toe clearance with min A at the ankle.
            RevCapture ▸ 97116 GP CQ GAIT TRAINING | QTY 2 | 24 MIN | $154.00
            S. Kluesner, PTA
            """,
            ["I69.351"], [PTA("97116", 24)], []),

        // CBPT Calumet, Owen: the owner's branded "Copper Country Balance Circuit, station card B" is the whole of the intervention and names no technique; "1:1", a deficit (sway with eyes closed, slow stepping) and Berg and TUG present, no generic phrase: technique missing.
        ["v3-h120-cb-balance-circuit-card-only"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Mattila   Therapist: Owen Pelto, PT
            Delivery: 1:1
            Tx: Copper Country Balance Circuit, station card B, per clinic protocol.
            Problem: sways with eyes closed and steps late when he loses it; fell on the church steps in February.
            O: Berg 43/56; TUG 12.9 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // MBMC Dubuque, Craig: Dynamic Neuromuscular Stabilization positions (the supine baby position with diaphragmatic breathing, rolling, quadruped rocking) with no sets, holds or load and no number in the note but the code and its minutes: measure missing on 97110; poor trunk stabilisation with low back pain on lifting present.
        ["v3-h120-mb-dns-positions-no-dose-97110"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            INTERVENTIONS: Dynamic Neuromuscular Stabilization positions — supine baby position with diaphragmatic breathing, rolling, quadruped rocking with neutral spine.
            IMPAIRMENTS: poor trunk stabilization and low back pain with lifting the grandkids.
            RevCapture ▸ 97110 GP THERAPEUTIC EXERCISE | 14 MIN
            C. Mueller, PT
            """,
            ["M54.50"], [PT("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // CBPT L'Anse, Kirsti: "his L knee buckles when he steps down off the groomer cab" (knee control as the finding); step-downs with a perturbation at landing, split-stance rhythmic stabilisation, foam step-and-stick; "1:1"; step-down count and Y-balance; worksheet minutes 23: passes.
        ["v4-h120-cb-knee-buckles-off-the-groomer-cab"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Dale Ruokolainen, grooms the snowmobile trails nights   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1
            Finding: his L knee buckles when he steps down off the groomer cab onto packed snow.
            Tx: step-downs off a 12-in box with a perturbation at landing; rhythmic stabilization in split stance; step-and-stick onto foam.
            O: 8 of 10 step-downs without the knee buckling; Y-balance anterior L 55 cm (R 63 cm).
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            """,
            ["M25.362"], [PT("97112", 23)], []),

        // MBMC Dubuque, Renata: "she sways and grabs the pew when she stands up to sing" (postural control on standing as the finding); sit-to-stand to a hold with eyes closed, narrow-base stance with head turns, reaching out of base; one-on-one; Berg and 5xSTS; RevCapture minutes 22: passes.
        ["v4-h120-mb-grabs-the-pew-standing-to-sing"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            SUBJECTIVE: sings in the cathedral choir; "I sway and grab the pew when we stand up to sing."
            INTERVENTIONS: sit-to-stand to a three-second hold with eyes closed; narrow-base stance with head turns; reaching out of base to a hymnal held at shoulder height.
            IMPAIRMENTS: she sways and grabs the pew when she stands up to sing — delayed postural response on rising.
            OBJECTIVE: Berg 46/56; 5xSTS 15.2 sec.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            R. Voss, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PMFT Whitesburg, Wade: "loses his balance turning around on stage to face the band" (turning balance as the finding); pivot turns on foam, walking with head turns, quick 180° turns to a called cue; "1:1"; turn steps and DGI; "NMR 97112 x2u 24min": passes.
        ["v4-h120-pm-fiddler-turning-to-face-the-band"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            NMR 97112 x2u 24min
            1:1 this visit.
            Plays fiddle at the Friday jam — loses his balance turning around on stage to face the band.
            Pivot turns on foam; walking w/ head turns; quick 180° turns to a called cue both directions.
            180° turn in 4 steps (was 7); DGI 19/24.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CBPT Calumet, Owen: "the L knee wobbles in and she can't hold the slide out of the hack" (knee control as the finding); slider-board slide holds with perturbations, single-leg squats on foam, lunge-and-stick; "1:1 w/ Owen"; SLS seconds and Y-balance; worksheet minutes 25: passes.
        ["v4-h120-cb-curler-cant-hold-the-slide"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Ruth Perttula, curls at the Calumet rink   Therapist: Owen Pelto, PT
            Delivery: 1:1 w/ Owen
            Finding: the L knee wobbles in and she can't hold the slide out of the hack.
            Tx: slide holds on the slider board with perturbations at the trunk; single-leg mini squats on foam; lunge-and-stick.
            O: SLS L eyes closed 6 sec; Y-balance anterior L 57 cm.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 25  | 2     | $74.18
            """,
            ["M17.12"], [PT("97112", 25)], []),

        // MBMC Dubuque, Hannah (OT) 97530: "she can't lift the casserole out of the oven, the R wrist gives" (wrist and grip weakness as the finding); oven-to-counter transfers with a weighted dish, opening jars, carrying a laundry basket; counts, load and assist; RevCapture "97530 GO … | 23 MIN" matches: passes.
        ["v4-h120-mb-ot-casserole-out-of-the-oven-97530"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE) — OCCUPATIONAL THERAPY
            Treatment delivery: One-on-one
            INTERVENTIONS: lifting a 6-lb weighted dish from the oven rack to the counter x 8 with mitts; opening jars x 5; carrying a laundry basket across the room x 4.
            IMPAIRMENTS: can't lift the casserole out of the oven — the R wrist gives and the grip lets go (after the distal radius fracture).
            OBJECTIVE: oven to counter with SBA; jars with mod I using a jar opener.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 2 | 23 MIN | $236.00
            H. Schmitt, OTR/L
            """,
            ["S52.501D"], [OT("97530", 23)], []),

        // PMFT Isom, Rusty (PTA) 97110: "can't get up the church steps w/o pulling on the rail" (hip and quad weakness as the finding); step-ups, wall sits and hip extension with doses; "TE 97110 x1u 15min": passes.
        ["v4-h120-pm-pta-church-steps-97110"] = new(
            """
            PMFT — Isom (Thurs)
            TE 97110 x1u 15min CQ
            can't get up the church steps w/o pulling on the rail — B hip ext & quad weakness
            step-ups 8" box 3x10 each, wall sits 5x20 sec, standing hip ext w/ yellow band 3x12
            R. Banks PTA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // PMFT Whitesburg, Loretta (PTA): "ankle turns on the hillside digging sang" (ankle proprioception as the finding); rocker board on an incline wedge, foam stance on the slant board, step-overs on the hill path; "1:1"; SLS and rocker seconds; "NMR 97112 x2u 23min": passes.
        ["v4-h120-pm-pta-ankle-turns-digging-ginseng"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 x2u 23min CQ
            pt seen 1:1
            R ankle turns on the hillside digging sang
            rocker board on the incline wedge, foam stance on the slant board, step-overs on the hill path out back
            SLS R 7 sec (L 15), rocker M/L 11 sec
            L. Sexton PTA
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // CBPT Lake Linden, Brianna (PTA): the deficit written only in the worksheet's Justification column ("L ankle proprioception after the fall at the ski hill"); "1:1"; rocker board, foam head turns and perturbations; Berg and rocker seconds; worksheet minutes 22: passes.
        ["v4-h120-cb-pta-deficit-in-justification-column"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Ms. Wiitala   Therapist: Brianna Laakso, PTA
            Delivery: 1:1
            Tx: rocker board A/P; foam stance with head turns; perturbations in single-leg stance.
            O: Berg 50/56; rocker A/P 16 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Justification
            97112 | GP CQ | 22  | 1     | L ankle proprioception after the fall at the ski hill
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // CBPT Calumet, Jake: "Problem: see eval" and nothing else names a deficit, system or region: deficit missing; "1:1", foam perturbations, tandem with turns and hurdles; Berg and TUG present; worksheet minutes match.
        ["v4-h120-cb-problem-see-eval"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Keranen   Therapist: Jake Trudeau, PT
            Delivery: 1:1
            Tx: perturbations standing on foam; tandem walking with turns; stepping over hurdles.
            Problem: see eval.
            O: Berg 44/56; TUG 12.4 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 24  | 2     | $74.18
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // MBMC Dyersville, Craig: "IMPAIRMENTS: Problem list unchanged from last visit." and no deficit anywhere: deficit missing; one-on-one, rocker board, foam head turns, clock stepping; FGA and rocker seconds present; RevCapture minutes match.
        ["v4-h120-mb-problem-list-unchanged"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            Treatment delivery: One-on-one
            INTERVENTIONS: rocker board A/P eyes closed; foam stance with head turns; clock stepping to called numbers.
            IMPAIRMENTS: Problem list unchanged from last visit.
            OBJECTIVE: FGA 21/30; rocker board 14 sec.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            C. Mueller, PT
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PMFT Isom, Rusty (PTA): "prob: same as before" and nothing else names a deficit or system: deficit missing; "1:1", rocker board, foam tandem and ball toss; Berg and tandem seconds present; "NMR 97112 x2u 24min" matches.
        ["v4-h120-pm-pta-prob-same-as-before"] = new(
            """
            PMFT — Isom (Thurs)
            NMR 97112 x2u 24min
            pt seen 1:1
            rocker board, foam tandem, ball toss on foam
            prob: same as before
            Berg 41/56, tandem 7 sec
            R. Banks PTA
            """,
            ["R26.81"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // CBPT Calumet, Owen: the measures only in the worksheet's Outcomes row ("Outcomes: Berg 43/56 (↑4) · TUG 11.8 sec"); "1:1"; perturbations on the BOSU, tandem on the beam, figure-eight walking; lateral postural control; worksheet minutes 23 match: passes.
        ["v5-h120-cb-measures-in-worksheet-outcomes-row"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Lindgren, copper-mine tour guide   Therapist: Owen Pelto, PT
            Delivery: 1:1
            Tx: perturbations standing on the BOSU; tandem on the balance beam; figure-eight walking around cones.
            Problem: lateral postural control — steps out to the side and catches the wall on the tour route.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            Outcomes: Berg 43/56 (↑4) · TUG 11.8 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // MBMC Dubuque, Renata: the CDC four-stage balance test ("stage 3 held 10 sec, stage 4 held 3 sec"); one-on-one; tandem progression on foam, single-leg stance with reaches, perturbations; postural control after a fall on the ice; RevCapture minutes 24: passes.
        ["v5-h120-mb-four-stage-balance-test"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            INTERVENTIONS: semi-tandem to tandem progression on foam; single-leg stance with reaches to targets; small perturbations in tandem.
            IMPAIRMENTS: impaired static postural control since her fall on the ice in January.
            OBJECTIVE: four-stage balance test — stage 3 held 10 sec, stage 4 held 3 sec.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            R. Voss, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PMFT Whitesburg, Loretta (PTA) shorthand measures "TUG 14.2s w/ cane" and "SLS R 3s L 6s"; "1:1"; weight shifts w/ tapping, foam step-ups, lateral stepping over a broom handle; ↓ R weight acceptance after a stroke; "NMR 97112 x2u 24min": passes.
        ["v5-h120-pm-pta-shorthand-tug-and-sls"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 x2u 24min CQ
            pt seen 1:1
            wt shifts onto R w/ tapping, foam step-ups R leads, lateral stepping over a broom handle
            prob: ↓ R wt acceptance & R knee control since the stroke
            TUG 14.2s w/ cane; SLS R 3s L 6s
            L. Sexton PTA
            """,
            ["I69.351"], [PTA("97112", 24)], []),

        // MBMC Galena, Craig: perturbations as a fraction and a gait speed ("recovered 7/10 perturbations; 10MWT 0.92 m/s"); one-on-one; treadmill perturbations, obstacle walking, foam head turns; postural control after a cerebellar stroke; RevCapture minutes 23: passes.
        ["v5-h120-mb-perturbation-fraction-and-gait-speed"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: One-on-one
            INTERVENTIONS: treadmill perturbations at slow speed in the harness; obstacle walking over foam blocks; foam stance with head turns.
            IMPAIRMENTS: ataxic postural control after the cerebellar stroke, wide-based and lurching.
            OBJECTIVE: recovered 7/10 perturbations without the harness catching him; 10MWT 0.92 m/s.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            C. Mueller, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // CBPT L'Anse, Kirsti 97116 with distances and assistance levels as the measure ("2 x 250 ft SBA in the clinic, 150 ft CGA on the snow-packed walk"); rollator to cane with step-length cues; short R step after a knee replacement; worksheet minutes 21: passes.
        ["v5-h120-cb-gait-distances-and-assist-97116"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mrs. Bouchard   Therapist: Kirsti Maki, PT, DPT
            Tx: gait training from the rollator to a single-point cane; cues for R heel strike and equal step length; the snow-packed front walk.
            Problem: short R step and stiff-knee gait after the R TKA.
            O: 2 x 250 ft SBA in the clinic with the cane; 150 ft CGA on the snow-packed walk.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97116 | GP  | 21  | 1     | $31.22
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 21)], []),

        // PMFT Isom, Rusty (PTA) 97110 with sets, reps and pounds as the measure; clamshells, side-lying abduction, bridges, heel raises; L hip abductor weakness, L hip drops climbing the bus steps; "TE 97110 x1u 16min": passes.
        ["v5-h120-pm-pta-97110-sets-reps-pounds"] = new(
            """
            PMFT — Isom (Thurs)
            TE 97110 x1u 16min CQ
            clamshells green band 3x15, SL hip abd 3 lb 3x12, bridges 3x15, heel raises 2x20
            prob: L hip abductor weakness, L hip drops climbing the bus steps
            R. Banks PTA
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // MBMC Dubuque, Hannah (OT) 97530 with a nine-hole peg time and grip pounds; buttoning, zipping a coat, sorting coins into a jar; R hand dexterity after a carpal tunnel release; RevCapture minutes 22: passes.
        ["v5-h120-mb-ot-nine-hole-peg-and-grip-97530"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE) — OCCUPATIONAL THERAPY
            Treatment delivery: One-on-one
            INTERVENTIONS: buttoning a shirt front, zipping a winter coat, sorting coins into a jar with the R hand.
            IMPAIRMENTS: R hand dexterity and pinch after the carpal tunnel release; fumbles buttons.
            OBJECTIVE: nine-hole peg R 31 sec (L 22 sec); grip R 41 lb.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 1 | 22 MIN | $118.00
            H. Schmitt, OTR/L
            """,
            ["G56.01"], [OT("97530", 22)], []),

        // MBMC Dyersville, Shelby (PTA): a DGI as the measure ("DGI 17/24, stairs item 2"); one-on-one; X2 viewing, walking with pitch and yaw head turns, stair stepping with head turns; R vestibular hypofunction; RevCapture minutes 24: passes.
        ["v5-h120-mb-pta-dgi-as-the-measure"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            Treatment delivery: One-on-one
            INTERVENTIONS: X2 viewing with the card moving opposite the head; walking with pitch and yaw head turns; stairs with head turns.
            IMPAIRMENTS: R vestibular hypofunction — veers and feels the floor move with head turns.
            OBJECTIVE: DGI 17/24 (stairs item scored 2).
            RevCapture ▸ 97112 GP CQ NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            S. Kluesner, PTA
            """,
            ["H81.21"], [PTA("97112", 24)], []),

        // CBPT Lake Linden, Jake: "Outcomes: deferred to re-eval" and no number in the note but the code and its minutes (the worksheet's units, fee and header left off): measure missing; "one-on-one", rocker board, foam tandem with head turns, hurdle stepping; postural control present.
        ["v5-h120-cb-outcomes-deferred-to-re-eval"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Tervo   Therapist: Jake Trudeau, PT
            Delivery: one-on-one
            Tx: rocker board A/P; foam tandem with head turns; stepping over hurdles.
            Problem: impaired postural control and slow stepping reactions.
            Outcomes: deferred to re-eval.
            Worksheet: 97112 GP — 23 min
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MBMC Dubuque, Craig: "OBJECTIVE: patient reports feeling steadier" and no number but the code and its minutes (the RevCapture line without its quantity and charge): measure missing; one-on-one, PNF, foam head turns, tandem; R proprioception after a stroke present.
        ["v5-h120-mb-objective-reports-feeling-steadier"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            INTERVENTIONS: PNF rhythmic stabilization in standing; foam stance with head turns; tandem walking in the hall.
            IMPAIRMENTS: decreased R lower-extremity proprioception after the stroke.
            OBJECTIVE: patient reports feeling steadier.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | 22 MIN
            C. Mueller, PT
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PMFT Whitesburg, Loretta (PTA): "did better on the foam today" and no number but the code and its minutes: measure missing; "one-on-one", foam tandem, rocker board, lateral pushes; ↓ proprioception both feet present.
        ["v5-h120-pm-pta-did-better-on-the-foam"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 — 23min CQ
            pt seen one-on-one
            foam tandem, rocker board M/L, lateral pushes
            prob: ↓ proprioception both feet, unsteady on the gravel drive
            did better on the foam today
            L. Sexton PTA
            """,
            ["E11.42"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // PMFT Isom, Rusty (PTA) 97110 with its exercise list and no sets, reps, load or hold and no number but the code and its minutes: measure missing on 97110; bridges, clamshells, step-ups; R hip weakness present.
        ["v5-h120-pm-pta-97110-list-no-dose"] = new(
            """
            PMFT — Isom (Thurs)
            TE 97110 — 14min CQ
            bridges, clamshells w/ band, step-ups, standing hip abd
            prob: R hip abductor & extensor weakness, R hip drops on stairs
            R. Banks PTA
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these notes' forms, true mismatches, truly missing separate time

        // CBPT Calumet, Owen: a two-code worksheet table "97112 | GP | 23 | 2 | $74.18" and "97110 | GP | 15 | 1 | $30.40" with "Total units: 3", both match; "1:1"; foam perturbations and tandem turns with Berg; step-ups, bridges and hip abduction with doses; postural control and hip weakness: passes.
        ["v6-h120-cb-worksheet-table-two-codes"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Saarinen, 77   Therapist: Owen Pelto, PT
            Delivery: 1:1
            NMR: perturbations on foam; tandem walking with turns; stepping over cones. Problem: slow hip and stepping strategy. Berg 42/56.
            Ther ex: step-ups 6-in 3x10; bridges 3x12; standing hip abduction 2 lb 3x10. Problem: B hip abductor weakness 4-/5.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            97110 | GP  | 15  | 1     | $30.40
            Total units: 3    Visit 4 of 12    YTD PT/SLP $612.75
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // MBMC Dubuque, Renata: two RevCapture lines printing the CPT descriptor's "EA 15 MIN" beside the code and the minutes in their own column ("| QTY 2 | 24 MIN |", "| QTY 1 | 14 MIN |"), both match; one-on-one; rocker board and foam head turns with FGA; talocrural glides grade III and STM with dorsiflexion degrees; ankle proprioception and stiffness after a fracture: passes.
        ["v6-h120-mb-revcapture-two-lines-with-descriptor"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            NEUROMUSCULAR RE-ED: rocker board A/P eyes closed; foam stance with head turns; step-and-stick onto foam. IMPAIRMENTS: R ankle proprioception after the fracture. FGA 22/30.
            MANUAL: talocrural posterior glides grade III; STM to the gastroc-soleus. IMPAIRMENTS: R ankle dorsiflexion stiffness, DF 4° → 9° after.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC EA 15 MIN | QTY 2 | 24 MIN | $186.00
            RevCapture ▸ 97140 GP MANUAL THERAPY EA 15 MIN | QTY 1 | 14 MIN | $88.00
            R. Voss, PT, DPT, NCS
            """,
            ["S82.61XD"], [PT("97112", 24), PT("97140", 14)], []),

        // PMFT Whitesburg, Loretta (PTA) shorthand "NMR 97112 x2u 23min" and "TE 97110 1u 15min", both match; "1:1"; foam and rocker work with Berg; band and step work with doses; ↓ proprioception and hip weakness: passes.
        ["v6-h120-pm-pta-shorthand-two-codes"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            pt seen 1:1 whole visit
            NMR 97112 x2u 23min CQ — rocker board eyes closed, foam tandem, lateral pushes; ↓ proprioception both feet; Berg 43/56
            TE 97110 1u 15min CQ — step-ups 6" 3x10, clamshells red band 3x15, heel raises 2x20; B hip & calf weakness
            L. Sexton PTA
            """,
            ["E11.42", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], []),

        // CBPT L'Anse, Kirsti: the body headed only "Gait:" and "Ther ex:" and the billed minutes only in the worksheet ("97116 | GP | 18 | 1", "97110 | GP | 12 | 1"), both match; cane gait with distance and SBA; hip and knee exercise with doses; short L step and quad weakness after a knee replacement: passes.
        ["v6-h120-cb-minutes-only-in-the-worksheet"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mr. Beauchamp, deer hunter, wants back up his ladder stand   Therapist: Kirsti Maki, PT, DPT
            Gait: single-point cane in the clinic and on the ramp, cues for L knee flexion in swing and a longer R step; 300 ft SBA.
            Ther ex: terminal knee extension with blue band 3x15; step-ups 8-in box 3x10; ladder-rung step-ups holding the rails 2x8.
            Problem: short R step and weak L quad after the L TKA.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97116 | GP  | 18  | 1     | $31.22
            97110 | GP  | 12  | 1     | $30.40
            Total units: 2
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 18), PT("97110", 12)], []),

        // MBMC Dyersville, Shelby (PTA): a clock range on the code's own charge line ("97116 GP GAIT TRAINING | QTY 1 | 14:05–14:27", 22 min), matches; walker gait on the hallway and the parking-lot curb with cues, distance and CGA; flexed posture and short steps after a spinal stenosis flare: passes.
        ["v6-h120-mb-pta-clock-range-on-charge-line"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            INTERVENTIONS: rolling-walker gait down the main hallway and out to the parking-lot curb; cues for upright trunk and longer steps.
            IMPAIRMENTS: flexed posture and short shuffling steps with the lumbar stenosis; legs tire at the curb.
            OBJECTIVE: 2 x 200 ft with the walker CGA; curb up and down min A.
            RevCapture ▸ 97116 GP CQ GAIT TRAINING | QTY 1 | 14:05–14:27 | $77.00
            S. Kluesner, PTA
            """,
            ["M48.062"], [PTA("97116", 22)], []),

        // PMFT Whitesburg, Wade: 59 written beside the manual code of an NCCI pair ("MT 97140-59 x1u 12 min", "TA 97530 x1u 16 min"), both match; thoracic PA glides grade III with rotation degrees; lifting a canner of jars and carrying bean baskets with counts and load; thoracic stiffness and trunk weakness: passes.
        ["v6-h120-pm-modifier-59-beside-manual"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            MT 97140-59 x1u 12 min: thoracic PA glides T6-9 grade III; STM to the paraspinals. Thoracic rotation R 30° → 38°.
            TA 97530 x1u 16 min: lifting the canner with 7 quart jars from the stove to the counter x 4; carrying a 10-lb bean basket up 3 porch steps x 5; squat-to-reach to the low shelf x 10.
            Prob: thoracic stiffness & trunk extensor weakness, can't lift the full canner since the compression fracture healed.
            """,
            ["S22.050D"], [PT("97140", 12), PT("97530", 16)], []),

        // MBMC Dubuque: a PT's 97112 and an OT's 97530 on one visit, each with its RevCapture line and minutes ("97112 GP … | 23 MIN", "97530 GO … | 22 MIN"), both match; one-on-one for the neuro re-ed; PNF and foam work with Berg; bathroom transfers and dressing with counts and assist; L hemiparesis: passes.
        ["v6-h120-mb-pt-and-ot-charge-lines"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            PT (R. Voss): one-on-one. PNF D2 upper-extremity patterns in standing; weight shifts onto the L on foam; stepping over a line with head turns. L hemiparesis with poor L stance control. Berg 37/56.
            OT (H. Schmitt): toilet transfers with the grab bar x 5 with min A; lower-body dressing seated with the reacher, pants over the L foot with SBA; L hemiparesis, weak L grasp.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 1 | 22 MIN | $118.00
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 22)], []),

        // CBPT Calumet, Jake: three codes on one worksheet with XU beside the manual code ("97112 | GP | 30 | 2", "97110 | GP | 15 | 1", "97140 | GP XU | 8 | 1"), all match; "1:1"; perturbations and foam turns with FGA; squats and step-ups with doses; patellar glides and STM; knee proprioception and quad weakness after an ACL repair: passes.
        ["v6-h120-cb-three-codes-xu-beside-manual"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Tanner Hiltunen, 24   Therapist: Jake Trudeau, PT
            Delivery: 1:1
            NMR: perturbations in single-leg stance on foam; hop-and-stick; cutting drill to a called direction. Problem: R knee proprioception after the ACL repair. FGA 28/30.
            Ther ex: goblet squats 20 lb 3x10; lateral step-downs 3x10; Nordic hamstring lowers 3x5. Problem: R quad weakness, quad index 78%.
            Manual: patellar mobilizations superior/inferior; STM to the lateral retinaculum. Problem: R patellar hypomobility, flexion 122°.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP    | 30  | 2     | $74.18
            97110 | GP    | 15  | 1     | $30.40
            97140 | GP XU | 8   | 1     | $27.94
            Total units: 4
            """,
            ["S83.511D"], [PT("97112", 30), PT("97110", 15), PT("97140", 8)], []),

        // CBPT Calumet, Owen: a single 97112 billed "97112 GP x2 — $74.18" with no minutes anywhere in the note: with one timed code nothing to separate or mismatch; "1:1"; rocker board, foam tandem and perturbations; ankle proprioception after a sprain on the pier; Berg: passes.
        ["v6-h120-cb-single-code-units-only"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Nurmi   Therapist: Owen Pelto, PT
            Delivery: 1:1
            Tx: rocker board A/P eyes closed; foam tandem; perturbations in single-leg stance.
            Problem: R ankle proprioception since he rolled it on the pier; turns it on wet planks.
            O: Berg 49/56; SLS R eyes closed 6 sec.
            Charge: 97112 GP x2 — $74.18
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // CBPT Lake Linden, Brianna (PTA): the worksheet filled with the whole appointment slot, "97112 | GP CQ | 38 | 3", on a 24-minute line: mismatch on 97112; otherwise complete ("1:1", foam and rocker work, ankle proprioception, Berg and rocker seconds).
        ["v6-h120-cb-pta-worksheet-slot-38-on-24"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mrs. Makela   Therapist: Brianna Laakso, PTA
            Delivery: 1:1
            Tx: rocker board M/L; foam stance with head turns; step-and-hold onto the half roll.
            Problem: L ankle proprioception poor after the sprain, rolls it on the church parking lot.
            O: Berg 47/56; rocker M/L 13 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP CQ | 38  | 3     | $111.27
            """,
            ["S93.402D"], [PTA("97112", 24)], [At(Mismatch, "97112")]),

        // MBMC Galena: RevCapture's default "30 MIN" printed on an 18-minute 97116 line: mismatch on 97116; otherwise complete (cane gait on the brick sidewalk and the hill with distance and SBA; short L step after a hip fracture).
        ["v6-h120-mb-revcapture-default-30-on-18"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            INTERVENTIONS: cane gait out on the brick sidewalk and up the Main Street hill; cues for L heel strike and a longer R step.
            IMPAIRMENTS: short R step and L hip weakness after the L hip fracture.
            OBJECTIVE: 350 ft with the cane SBA; the hill with CGA.
            RevCapture ▸ 97116 GP GAIT TRAINING | QTY 2 | 30 MIN | $154.00
            C. Mueller, PT
            """,
            ["S72.002D"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // PMFT Isom, Rusty (PTA) wrote the minutes against the wrong codes ("NMR 97112 x1u 12min", "TE 97110 x2u 25min") on a 25-minute 97112 and a 12-minute 97110: mismatch on both lines; otherwise complete ("1:1", foam and rocker work with Berg, band work with doses, proprioception and hip weakness).
        ["v6-h120-pm-pta-minutes-against-the-wrong-codes"] = new(
            """
            PMFT — Isom (Thurs)
            pt seen 1:1
            NMR 97112 x1u 12min — rocker board, foam tandem w/ head turns, lateral pushes; ↓ proprioception L ankle; Berg 46/56
            TE 97110 x2u 25min — clamshells green band 3x15, bridges 3x12, step-ups 6" 2x10; L hip abd weakness
            R. Banks PTA
            """,
            ["S93.402D", "M62.81"], [PTA("97112", 25), PTA("97110", 12)], [At(Mismatch, "97112"), At(Mismatch, "97110")]),

        // CBPT Calumet, Jake: a worksheet of units only ("97112 x2 GP $74.18", "97110 x1 GP $30.40") and "Total timed: 38 min = 3 units": no minutes for each code — separate time missing; both sections complete ("1:1"; foam perturbations with Berg; bridges and step-ups with doses; postural control and hip weakness).
        ["v6-h120-cb-worksheet-units-and-total-only"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Juntunen   Therapist: Jake Trudeau, PT
            Delivery: 1:1
            NMR: perturbations on foam; tandem with head turns; stepping over hurdles. Problem: delayed stepping strategy. Berg 44/56.
            Ther ex: bridges 3x12; step-ups 6-in 3x10; sidestepping with red band 2 laps. Problem: B hip abductor weakness.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            97112 x2 GP $74.18
            97110 x1 GP $30.40
            Total timed: 38 min = 3 units
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // MBMC Dubuque, Craig: "Time in 1:02 PM / Time out 1:48 PM", "Total treatment time 46 min, total timed 38 min" and RevCapture lines with quantities but no minutes: separate time missing; both sections complete (one-on-one; rocker board and foam head turns with FGA; lumbar PA glides with degrees; stenosis and postural control).
        ["v6-h120-mb-time-in-out-and-totals-only"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Time in 1:02 PM    Time out 1:48 PM    Total treatment time 46 min    Total timed 38 min
            Treatment delivery: One-on-one
            NEUROMUSCULAR RE-ED: rocker board A/P; foam stance with head turns; tandem in the hall. IMPAIRMENTS: postural control, leans forward and steps late. FGA 19/30.
            MANUAL: lumbar central PA glides L3-5 grade III; STM to the lumbar paraspinals. IMPAIRMENTS: lumbar extension stiffness, extension 10° → 16°.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | $186.00
            RevCapture ▸ 97140 GP MANUAL THERAPY | QTY 1 | $88.00
            C. Mueller, PT
            """,
            ["M48.061", "R26.81"], [PT("97112", 24), PT("97140", 14)], [SepTime]),

        // PMFT Whitesburg, Loretta (PTA): "NMR 2u", "TE 1u" and "total timed 38 → 2 full units + remainder 8 → 1u = 3u": no minutes for each code — separate time missing; both sections complete ("1:1"; rocker and foam work with Berg; step-ups and band work with doses; proprioception and hip weakness).
        ["v6-h120-pm-pta-total-and-remainder-only"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            pt seen 1:1
            NMR 2u CQ — rocker board eyes closed, foam tandem, ball toss on foam; ↓ proprioception both feet; Berg 42/56
            TE 1u CQ — step-ups 6" 3x10, clamshells green band 3x15; B hip abd weakness
            total timed 38 → 2 full units + remainder 8 → 1u = 3u
            L. Sexton PTA
            """,
            ["E11.42", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // CBPT L'Anse, Kirsti: "97112 — 23 min" for the neuro re-ed but the ther ex only "97110 x1": minutes for one code of two — separate time missing; both sections complete ("1:1"; PNF and foam work with FGA; hip exercise with doses; postural control and hip weakness).
        ["v6-h120-cb-one-code-minutes-other-x1"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mrs. Pelkie   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1
            97112 — 23 min: PNF rhythmic stabilization in standing; foam stance with head turns; stepping over the broom handle. Problem: poor postural control with turns. FGA 18/30.
            97110 x1: side-lying hip abduction 2 lb 3x12; bridges 3x15; heel raises 2x20. Problem: L hip abductor weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // MBMC Dubuque: a PT's 97112 "| 24 MIN |" matches but the OT's 97530 line printed "| 35 MIN |" on a 22-minute line: mismatch on 97530; both sections complete (one-on-one; foam and perturbation work with Berg; kitchen tasks with counts and assist; R hemiparesis).
        ["v6-h120-mb-ot-35-against-22"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            PT (R. Voss): one-on-one. Perturbations in stride stance; foam stance with head turns; step-and-stick R leg leading. R hemiparesis with a late R step. Berg 40/56.
            OT (H. Schmitt): carrying a pot from sink to stove x 6 with SBA; unloading groceries to the upper cupboard x 12 items; R hemiparesis, weak R reach.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 2 | 35 MIN | $236.00
            """,
            ["I69.351"], [PT("97112", 24), OT("97530", 22)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the charge capture posted the charges, the note was never written): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h120-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97140", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h120-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 22)], [At(NoteMissing, "97116"), Dx]),

        // A note of a tab and line breaks only (cells are trimmed) on a 97110 with a diagnosis: note missing only.
        ["v7-h120-tab-and-line-breaks-97110"] = new(
            "\t\n\n",
            ["M62.81"], [PT("97110", 15)], [At(NoteMissing, "97110")]),

        // 97110's meaning on a CBPT Jake note: dead bugs, bird dogs, Pallof presses and farmer carries with loads, sets and reps (technique and measure), trunk and hip weakness lifting cedar for the sauna benches (deficit); worksheet "97110 | GP | 16 | 1" matches: passes.
        ["v7-h120-cb-97110-sauna-builder-core"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Hakala (builds saunas)   Therapist: Jake Trudeau, PT
            Tx: dead bugs 3x10; bird dogs 3x10 each side; Pallof press with green band 3x12 each way; farmer carries 25 lb each hand 4 laps.
            Problem: trunk and hip extensor weakness, low back gives out lifting cedar planks for the benches.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97110 | GP  | 16  | 1     | $30.40
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // 97530's meaning on an MBMC OT note: carrying a laundry basket from the washer, hanging shirts on the line-height rod, making the bed (technique), with counts and assistance (measure), L shoulder weakness and reach after a rotator-cuff repair (deficit); RevCapture minutes 24 match: passes.
        ["v7-h120-mb-ot-97530-laundry-and-bed"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE) — OCCUPATIONAL THERAPY
            INTERVENTIONS: carried a half-full laundry basket from the washer to the table x 4; hung shirts on the rod at shoulder height x 10 with the L arm; made the bed, tucking the sheet at the far corner.
            IMPAIRMENTS: L shoulder weakness and limited overhead reach after the rotator-cuff repair.
            OBJECTIVE: basket carry with mod I; rod hanging with SBA, 2 rests.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 2 | 24 MIN | $236.00
            H. Schmitt, OTR/L
            """,
            ["M75.102"], [OT("97530", 24)], []),

        // 97140's meaning on a PMFT Wade note: lumbar unilateral PA glides grade III–IV and long-axis hip distraction with a belt (technique), lumbar and R hip stiffness after years on the roof bolter (deficit), SLR and hip IR degrees (measure); "MT 97140 x1u 13 min": passes.
        ["v7-h120-pm-97140-lumbar-glides-and-hip-distraction"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            MT 97140 x1u 13 min
            Unilateral PA glides L4-5 R grade III–IV; long-axis distraction of the R hip w/ the belt, 4 bouts of 30 sec.
            Prob: lumbar & R hip stiffness, 23 yrs running a roof bolter underground.
            R hip IR 18° → 24°; SLR R 55°.
            """,
            ["M54.50", "M25.651"], [PT("97140", 13)], []),

        // 97116's meaning on a PMFT Loretta note: walker to quad cane on the church ramp and the fellowship-hall steps with cues (technique), L foot drag after a stroke (deficit), distance and assistance levels (measure); "GT 97116 x1u 21min": passes.
        ["v7-h120-pm-pta-97116-walker-to-quad-cane"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            GT 97116 x1u 21min CQ
            walker → quad cane on the church ramp & the fellowship hall steps, cues for L hip & knee flexion in swing
            prob: L foot drags & catches since the stroke
            120 ft quad cane CGA, 4 steps w/ rail & quad cane min A
            L. Sexton PTA
            """,
            ["I69.354"], [PTA("97116", 21)], []),

        // CBPT Calumet generic 97112: "NMR per POC. Balance training. Pt tolerated well. Continue POC." with only "97112 GP — 23 min": no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h120-cb-generic-nmr-per-poc"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Tx: NMR per POC. Balance training. Pt tolerated well. Continue POC.
            Worksheet: 97112 GP — 23 min
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MBMC generic two-code note with each code's minutes on its own line ("THER EX 97110 — 15 MIN: therapeutic exercises per plan", "MANUAL 97140 — 10 MIN: manual therapy as tolerated"): nothing named for either code; minutes given for each, so no separate-time finding.
        ["v7-h120-mb-generic-two-codes-minutes-each"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            THER EX 97110 — 15 MIN: therapeutic exercises per plan.
            MANUAL 97140 — 10 MIN: manual therapy as tolerated.
            ASSESSMENT: tolerated treatment well. Continue per plan of care.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // PMFT Isom PTA generic 97530: "TA 97530 — 22min / functional activities, tol well, cont POC" — nothing named; the minutes match.
        ["v7-h120-pm-pta-generic-functional-activities-97530"] = new(
            """
            PMFT — Isom (Thurs)
            TA 97530 — 22min CQ
            functional activities, tol well, cont POC
            R. Banks PTA
            """,
            ["M62.81"], [PTA("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // CBPT Calumet 97112 with a worksheet carrying the fee and the allowed amount ("$37.09 · allowed $34.50"); "1:1 w/ Owen"; X1 viewing, head-turn walking, foam stance eyes closed; R vestibular hypofunction; DGI; worksheet minutes 22: passes.
        ["vord-h120-cb-calumet-vestibular-nmr"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Ollila, 69   Therapist: Owen Pelto, PT
            Delivery: 1:1 w/ Owen
            Tx: X1 viewing seated and standing against the busy poster; walking the hall with head turns; foam stance eyes closed.
            Problem: R vestibular hypofunction — dizzy and veering with head turns at the grocery.
            O: DGI 19/24.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee    | Allowed
            97112 | GP  | 22  | 1     | $37.09 | $34.50
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // CBPT Lake Linden PTA 97110 with the CQ payment noted ("allowed $25.84 (CQ 85%)"); rows, wall slides, ER with band with doses; R shoulder weakness after a fall on the ice; worksheet minutes 13: passes.
        ["vord-h120-cb-lake-linden-pta-shoulder-97110"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Paavola   Therapist: Brianna Laakso, PTA
            Tx: seated rows 15 lb 3x12; wall slides 2x10; ER with red band 3x12; serratus punches 2 lb 3x10.
            Problem: R shoulder weakness and limited elevation after the fall on the ice.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee    | Allowed
            97110 | GP CQ | 13  | 1     | $30.40 | $25.84 (CQ 85%)
            """,
            ["S46.011D"], [PTA("97110", 13)], []),

        // CBPT L'Anse 97140 shoulder; posterior glides grade III and STM to the posterior cuff; R shoulder stiffness; ER and IR degrees; worksheet minutes 12 and "Visit 11 of 12 — re-cert due": passes.
        ["vord-h120-cb-lanse-shoulder-manual-97140"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mrs. Dompierre   Therapist: Kirsti Maki, PT, DPT
            Tx: GH posterior glides grade III, 3 bouts; inferior glides in abduction; STM to the posterior cuff and teres minor.
            Problem: R shoulder capsular stiffness, can't reach behind her to tuck in a blouse.
            O: ER 38° → 46°; IR to L3 → L1.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97140 | GP  | 12  | 1     | $27.94
            Visit 11 of 12 — re-cert due
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // CBPT Calumet two codes on the worksheet ("97116 | GP | 15 | 1", "97530 | GP | 16 | 1"), both match; cane gait on the snowbank path with distance and SBA; getting in and out of the truck and carrying firewood with counts; short L step and hip weakness after a hip replacement: passes.
        ["vord-h120-cb-gait-and-firewood-97116-97530"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Tuomi   Therapist: Jake Trudeau, PT
            Gait: cane on the shoveled path between the snowbanks, cues for a longer R step and L heel strike; 2 x 200 ft SBA.
            Activities: in and out of the pickup cab x 5 with the cane; carrying an armful of firewood 20 ft to the porch x 4; squatting to the bottom of the woodbox x 6.
            Problem: short L step and L hip abductor weakness after the L THA.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97116 | GP  | 15  | 1     | $31.22
            97530 | GP  | 16  | 1     | $38.75
            Total units: 2
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 15), PT("97530", 16)], []),

        // CBPT Calumet 97112 and 97110 with "GP-KX" on both codes and "KX threshold $2,410 reached 02/11 — YTD PT/SLP $2,588.14"; "1:1"; perturbations and foam work with Berg; band and step work with doses; both worksheet minutes match: passes.
        ["vord-h120-cb-kx-threshold-reached-two-codes"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Heikkinen-Lowe, 83   Therapist: Owen Pelto, PT
            Delivery: 1:1
            NMR: perturbations in stride stance; foam tandem with head turns; stepping over cones to a called color. Problem: delayed stepping reactions, two falls this winter. Berg 40/56.
            Ther ex: sit-to-stand 3x8; heel raises 2x15; sidestepping with red band 3 laps. Problem: B hip and calf weakness.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP-KX | 24  | 2     | $74.18
            97110 | GP-KX | 14  | 1     | $30.40
            KX threshold $2,410 reached 02/11 — YTD PT/SLP $2,588.14
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 14)], []),

        // CBPT L'Anse 97112 with the visit and YTD line ("Visit 3 of 12 · YTD PT/SLP $311.02"); "1:1"; tandem on the beam, perturbations on the rocker, stepping to targets eyes closed; L foot proprioception after a stroke; Berg and TUG; worksheet minutes 23: passes.
        ["vord-h120-cb-lanse-visit-and-ytd-line"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mr. Genschow   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1
            Tx: tandem on the balance beam; perturbations standing on the rocker board; stepping the L foot to floor targets with eyes closed.
            Problem: L foot proprioception and late L step after the R MCA stroke.
            O: Berg 45/56; TUG 12.2 sec.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            Visit 3 of 12 · YTD PT/SLP $311.02
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // MBMC Dubuque 97112 for Parkinson's; one-on-one; big-amplitude stepping, turning in the doorway with cues, dual-task walking; freezing at doorways; Mini-BESTest and freezing count; RevCapture minutes 24: passes.
        ["vord-h120-mb-dubuque-parkinson-nmr"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            SUBJECTIVE: retired from the packing plant after 31 years; freezes in the bathroom doorway.
            Treatment delivery: One-on-one
            INTERVENTIONS: big-amplitude stepping to floor targets; turning through the doorway with visual and rhythmic cues; walking while naming grocery items.
            IMPAIRMENTS: freezing of gait at doorways and turns, reduced step amplitude (Parkinson's).
            OBJECTIVE: Mini-BESTest 19/28; froze 2 of 10 doorway passes (6 of 10 at eval).
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            R. Voss, PT, DPT, NCS
            """,
            ["G20.B1"], [PT("97112", 24)], []),

        // MBMC Dyersville PTA 97110; leg press, step-ups and TKE with doses; L quad weakness after a knee replacement; RevCapture "97110 GP CQ … | QTY 1 | 15 MIN" matches: passes.
        ["vord-h120-mb-dyersville-pta-knee-97110"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            INTERVENTIONS: leg press 60 lb 3x12; step-ups 6-in 3x10; TKE with blue band 3x15; mini squats at the counter 2x12.
            IMPAIRMENTS: L quad weakness 4-/5 and an extension lag after the L TKA.
            RevCapture ▸ 97110 GP CQ THERAPEUTIC EXERCISE | QTY 1 | 15 MIN | $64.00
            S. Kluesner, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15)], []),

        // MBMC Galena 97116 on the hospital's hill walk with the cane, cues for step length; short step after a stroke; distance and SBA; RevCapture minutes 23: passes.
        ["vord-h120-mb-galena-hill-walk-97116"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            SUBJECTIVE: gives the Field of Dreams tours in summer, wants to walk the outfield again.
            INTERVENTIONS: quad cane to single-point cane in the hall, then on the grassy slope outside; cues for L heel strike and a longer R step.
            IMPAIRMENTS: short R step and L knee hyperextension in stance after the stroke.
            OBJECTIVE: 300 ft single-point cane SBA on level; 100 ft on the slope CGA.
            RevCapture ▸ 97116 GP GAIT TRAINING | QTY 2 | 23 MIN | $154.00
            C. Mueller, PT
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // MBMC Dubuque OT 97530 bathing and dressing after a hip replacement with the tub bench and sock aid, counts and assist; hip precautions and L hip weakness; RevCapture minutes 24: passes.
        ["vord-h120-mb-ot-tub-bench-and-sock-aid-97530"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE) — OCCUPATIONAL THERAPY
            INTERVENTIONS: tub-bench transfer x 4 keeping hip precautions; sock aid and long-handled shoe horn; lower-body dressing seated.
            IMPAIRMENTS: L hip weakness and posterior hip precautions limit bathing and dressing.
            OBJECTIVE: tub bench with CGA; socks and shoes with SBA using the aids.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 2 | 24 MIN | $236.00
            H. Schmitt, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // MBMC Dubuque 97112 + 97116 RevCapture lines, both match; one-on-one; perturbations and foam with FGA; cane gait with distance and SBA; postural control and short step after a fall: passes.
        ["vord-h120-mb-nmr-and-gait-two-lines"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            NEUROMUSCULAR RE-ED: perturbations in tandem; foam stance with head turns; stepping over the hose. IMPAIRMENTS: delayed stepping strategy. FGA 20/30.
            GAIT: cane on the skybridge and the ramp, cues for a longer L step; 2 x 300 ft SBA. IMPAIRMENTS: short L step since the fall.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            RevCapture ▸ 97116 GP GAIT TRAINING | QTY 1 | 15 MIN | $77.00
            R. Voss, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97116", 15)], []),

        // MBMC Dyersville 97112 with the authorisation counter ("Visit 7 of 10 authorized — auth through 03/31/2026") and the allowed amount; one-on-one; rocker board, foam step-and-stick, head-turn walking; ankle proprioception after a fracture; Berg and SLS; RevCapture minutes 22: passes.
        ["vord-h120-mb-auth-counter-and-allowed"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            Visit 7 of 10 authorized — auth through 03/31/2026
            Treatment delivery: One-on-one
            INTERVENTIONS: rocker board M/L eyes closed; step-and-stick onto foam; walking with head turns.
            IMPAIRMENTS: L ankle proprioception after the fibula fracture.
            OBJECTIVE: Berg 51/56; SLS L eyes closed 8 sec.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00 (allowed $36.12)
            C. Mueller, PT
            """,
            ["S82.402D"], [PT("97112", 22)], []),

        // PMFT Whitesburg PTA 97112 shorthand; "1:1"; rocker board, foam tandem, ball toss, lateral pushes; ↓ proprioception both feet; Berg and tandem; "NMR 97112 x2u 24min": passes.
        ["vord-h120-pm-whitesburg-pta-nmr"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 x2u 24min CQ
            pt seen 1:1
            rocker board A/P eyes closed, foam tandem, ball toss on foam, lateral pushes
            prob: ↓ proprioception both feet, stumbles on the porch boards at night
            Berg 45/56, tandem 11 sec
            L. Sexton PTA
            """,
            ["E11.42"], [PTA("97112", 24)], []),

        // PMFT Isom PTA 97116 shorthand "GT 97116 1u 20min"; walker gait on the gravel lot and the ramp with cues; short steps after a hip fracture; distance and assist: passes.
        ["vord-h120-pm-isom-pta-gait-97116"] = new(
            """
            PMFT — Isom (Thurs)
            GT 97116 1u 20min CQ
            walker gait on the gravel lot & the ramp, cues for heel strike & longer steps
            prob: short steps & flexed trunk after the R hip fx
            150 ft x 2 walker SBA, ramp CGA
            R. Banks PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // PMFT Wade 97112 with "(2 units)" after the minutes; "one-on-one"; PNF D1/D2 in standing, rhythmic stabilisation, stepping onto foam; L hip recruitment after a stroke; 10MWT and FGA; "NMR 97112 — 25 min (2 units)": passes.
        ["vord-h120-pm-wade-nmr-two-units-in-brackets"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            NMR 97112 — 25 min (2 units)
            One-on-one this visit.
            PNF D1/D2 LE patterns in standing, rhythmic stabilization at the pelvis, stepping onto foam L leg leading.
            Prob: poor L hip recruitment & L knee snaps back in stance since the stroke.
            10MWT 0.74 m/s; FGA 17/30.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // PMFT Whitesburg PTA 97110 with "units: 1"; wall push-ups, rows and shoulder flexion with doses; R shoulder weakness after a cuff repair; "TE 97110 — 14min": passes.
        ["vord-h120-pm-pta-shoulder-97110-units-one"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            TE 97110 — 14min CQ   units: 1
            wall push-ups 2x10, rows w/ red band 3x12, shoulder flexion w/ dowel 2x15, ER w/ yellow band 3x10
            prob: R shoulder weakness after the cuff repair, can't lift the quilt frame
            L. Sexton PTA
            """,
            ["M75.101"], [PTA("97110", 14)], []),

        // PMFT Isom PTA 97112 + 97116, each with its minutes ("NMR 97112 x2u 23min", "GT 97116 1u 15min"), both match; "1:1"; foam and rocker with Berg; cane gait with distance and SBA; proprioception loss and short step: passes.
        ["vord-h120-pm-pta-nmr-and-gait"] = new(
            """
            PMFT — Isom (Thurs)
            pt seen 1:1
            NMR 97112 x2u 23min — rocker board, foam stance w/ head turns, tandem in the bars; ↓ proprioception L foot; Berg 44/56
            GT 97116 1u 15min — cane on the ramp & the gravel, cues for L heel strike; 200 ft SBA; short L step
            R. Banks PTA
            """,
            ["G62.9"], [PTA("97112", 23), PTA("97116", 15)], []),

        // PMFT Wade 97530 for a school-bus driver: climbing the bus steps with the grab rail, reaching the stop arm, sitting and rising from the driver's seat, with counts and assist; L knee weakness and pain on the steps; "TA 97530 x2u 24 min": passes.
        ["vord-h120-pm-bus-driver-97530"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            TA 97530 x2u 24 min
            Climbing 3 bus-height steps w/ the grab rail x 8; reaching up & across to a stop-arm switch x 10; in & out of a low driver's seat x 6.
            Prob: L knee pain & quad weakness on steps, has to pass her DOT physical in April.
            Steps reciprocal w/ rail, mod I; seat transfers independent.
            """,
            ["M17.12"], [PT("97530", 24)], []),

        // PMFT Whitesburg Wade 97140 + 97110 with "MT 97140 x1u 10 min" and "TE 97110 x1u 13 min", both match; lumbar PA glides and STM with degrees; bridges and bird dogs with doses; lumbar stiffness and core weakness: passes.
        ["vord-h120-pm-lumbar-manual-and-exercise"] = new(
            """
            Pine Mountain Family Therapy — W. Combs PT
            MT 97140 x1u 10 min: central PA glides L3-5 grade III; STM to the lumbar paraspinals. Extension 12° → 18°.
            TE 97110 x1u 13 min: bridges 3x12; bird dogs 3x10; prone press-ups 2x10.
            Prob: lumbar stiffness & core weakness, back locks up bent over the bean rows.
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 13)], []),

        // MBMC Dubuque complete 97112 (one-on-one; foam perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h120-mb-no-diagnosis"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: One-on-one
            INTERVENTIONS: perturbations standing on foam; tandem walking with head turns.
            IMPAIRMENTS: postural control and slow stepping after the fall.
            OBJECTIVE: Berg 46/56.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            """,
            [], [PT("97112", 23)], [Dx]),

        // MBMC Galena complete 97112 (one-on-one; rocker board and perturbations; ankle proprioception; rocker seconds) whose claim diagnosis is the charge capture's "DX PENDING": not a well-formed ICD-10-CM code.
        ["vord-h120-mb-dx-pending-on-the-claim"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: One-on-one
            INTERVENTIONS: rocker board eyes closed; perturbations on the foam.
            IMPAIRMENTS: R ankle proprioception after the sprain.
            OBJECTIVE: rocker board 13 sec; 7 of 10 perturbations without a step.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            """,
            ["DX PENDING"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
