using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-fifty-first) is one Tuesday's notes
/// (12 May 2026) drawn at random across all the clinics of the hundred-and-forty-first to hundred-and-fiftieth sets,
/// each clinic in its own style and on its own template, at most seven notes from any one clinic (twenty-seven clinics,
/// two to six notes each): the same writers, new patients and new wording. No style is new; the set measures how the
/// analyzer does across the styles it has already seen, with notes it has not. About two thirds are ordinary and
/// complete (68 of 105), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's
/// and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the week-to-week clinics of the hundred-and-forty-first set: Rosario Strait Physiotherapy (RSP: Anacortes, Mount
/// Vernon and Friday Harbor; day-first dotted dates, "97112 NMR 08.30–08.53 (23') · 1:1", kilograms and centimetres):
/// Jonas Brenner, Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz Wierzbicki (PTA); Big Horn Basin Regional
/// Hospital (BHBR: Worland, Thermopolis and Greybull; "▸ START ■ STOP … = 24 MIN" rows): Maren Thorsby and Joel Akiyama
/// (PTs) and Renata Villalobos (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville; "Visit at:",
/// "Present:", "97112 [ 23 ] min", "Assist/Dist:"): Rhonda Sizemore (PT), Darnell Hash and Kaylee Quesenberry (PTAs) and
/// Lorena Bowman (OTR/L); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning and Ithaca; "What we worked on /
/// Why / How she did / Time"): Naomi Castellucci and Bram Oosterhuis (PTs), Leticia Fairweather (PTA) and Joan Pettibone
/// (OTR/L); St. Columba Memorial Hospital (SCMH: Marquette, Ishpeming and Negaunee; "EPISODE A: … ICD-10:", "Timed:
/// 97112 ▸ 23 min", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group", "Measures (Last | Today):", "Completed by:"): Tove
/// Lindqvist and Gabe Niemi (PTs), Rosalind Kivela (PTA) and Marit Salo (OTR/L); Cimarron Senior Therapy (CST: Enid and
/// Prairie Rose Assisted Living in Ponca City; "CST GERI VISIT" with falls, near-falls, orthostatics and "1:1: Y"):
/// Wendell Pickard (PTA) and Renata Holloway (OTR/L); Caney Fork Physical Therapy (CFPT: Smithville and Sparta,
/// Tennessee; OfficeMate PM capitals, "CPT 97112 X 24 MIN", "1ON1 FLAG: Y", "NOTE:", "IMP:", "OBJ:"): Dwayne Kittrell and
/// Hollis Tate (PTs) and Earlene Pruett (PTA); Saguaro Home Therapy's text charting (SHT: TxtChart lines with "[2:11p]"
/// stamps that agree with a code's texted minutes, "97112 22m"): Marisol Ybarra (PT) and Trent Haugen (PTA);</item>
/// <item>the goal-by-goal clinics of the hundred-and-forty-second set: Malheur Bend Orthopaedic Outcomes Group (MBOG:
/// Ontario, Nyssa and Vale; "PRIMARY OUTCOME:", "STG 2 (by visit 8)", "→ 97116 · 17 min · …", "▸ measured by:"): Rosalind
/// Quenneville (PT, DPT, OCS) and Ignacio Barragán (PT); Blackberry Creek Hospital's Neurologic Therapy Clinic (BCH:
/// Matewan, Kermit and Delbarton; "Goal #1 — …", "Status:", "Treated with: 97112 (23 min) — …", "How we know:",
/// "Attendance:" typed or as its "☒ 1:1 ☐ concurrent ☐ group" row): Ophelia Stanbury (PT, DPT, NCS), Lyle Maynard (PT),
/// Jodi Spurlock (PTA) and Annaliese Varney (OTR/L); Logan Creek Physical Therapy (LCPT: Wisner, West Point and Pender;
/// the "NNVC GOAL TRACKER", "Functional goal: … [status: …]", "Codes/min: 97112 = 22", "Progress measure:", "Contract
/// outcome:"): Corisande Feeken (PT), Tressa Uhing (PTA) and Mirela Hrabik (OTR/L);</item>
/// <item>the migrated clinics of the hundred-and-forty-third set, on their new templates: Oneota River Physical Therapy
/// (ORPT: Decorah, Waukon and Cresco; Prairielight EHR's "Delivery:", "1:1 (Y/N):", "Interventions:", "Clinical
/// Findings:", "Objective Measures:" and the "Billing Grid: 97112 | Neuromuscular re-education | 23 min" whose minute
/// column still defaults to 15): Hallie Bjornstad (PT, DPT), Osvaldo Reyes (PT) and Kirsten Tjernagel (PTA); Sangre de
/// Cristo Valley Hospital (SCVH: Monte Vista, Del Norte and South Fork; Aspenline Clinical's "Supervision/Delivery:",
/// "Intervention:", "Target impairment:", "Outcome:", "Timed Codes: …" and "(none entered)"): Teodora Ulibarri (PT, DPT,
/// NCS), Gideon Trujillo (PT), Lupita Atencio (PTA) and Renae Holcomb (OTR/L); Pocomoke Sound Therapy Group (PSTG:
/// Pocomoke City, Onancock and Chincoteague; TidePoint Rehab Cloud's "Mode of delivery: … ▾", "☒ 1:1 ☐ Group ☐
/// Co-treat", "Skilled Interventions:", "Impairments Addressed:", "Measurables:" and a diagnosis carried over as
/// "#Error"): Marisol Quillen (PT), Desmond Kellam (PT, DPT) and Jolie Tawes (PTA);</item>
/// <item>the city hospital gym of the hundred-and-forty-fourth set: St. Casimir Lakeshore Hospital's Pavilion B gym and
/// neuro clinic (SCLH: Dolores "Dee" Wachowski's abbreviations "indiv. thruout", "c̄", "↓ proprioc.", "perturb.", Nathaniel
/// Osei-Bonsu's first-person sentences "(CPT 97112): 23 minutes, provided one-on-one", Marisol Ocampo (PTA), Anjali
/// Subramaniam's clock ranges and Helga Lindqvist's float note with "Pt received seated, gait belt on", "Problem: ***"
/// and "Timed code minutes: 97112 = 22"); Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( )
/// concurrent ( ) group" with "Tx:", "Why:", "#s:", and the resident's "97112 | 22 min | 1-on-1"): Rosa Delgado-Finn
/// (PT), Kelsey Drummond (PT, DPT, sports resident) and Terrence "TJ" Kowalczyk (PTA); NorthPier Per Diem Therapy (NPD):
/// Bogdan Petrescu (PT), covering Pavilion B on Tuesday evening, his notes late entries written Wednesday morning in
/// "97112 x 23 min" and "Result:" form;</item>
/// <item>the four practices of the hundred-and-forty-sixth set: Petit Caillou Physical Therapy (PCPT: Houma and
/// Thibodaux; "Code 97112 Neuro re-ed ........ 22 min", "Attendance: [X] one-on-one [ ] concurrent [ ] group", "Did:",
/// "For:", "Numbers:"): Cleo Robichaux (PT, DPT), Jules Guidry (PTA, "cher", "ça c'est bon") and Annette Breaux (PT);
/// Harbor Light Physical Therapy (HLPT: Stonington and Blue Hill; S:/O:/A:/P: with "Billed: 97112 (23 min)" and "☒ 1:1 ☐
/// group"): Peg Sargent (PT, DPT) and Caleb Eaton (PTA); Lakeside Macomb Hospital (LMH: Sterling Heights, Warren and
/// Roseville; "Timed Procedures", "97112 Neuromuscular Re-ed: 23 Minutes", "***" and "{LMH DELIVERY TYPE:30451}"):
/// Keisha Whitfield (PT, DPT, NCS), Dariusz Nowicki (PT), LaToya Grant (PTA) and Renee Kaminski (OTR/L); Little Colorado
/// River Therapy (LCRT: Winslow and Holbrook; "Svc: NMR 97112 | Time: 24 minutes | 1:1: Y", "Activity:", "Problem:",
/// "Measure:"): Loretta Begay (PT, DPT), Wendell Yazzie (PTA) and Emily Hartman (PT);</item>
/// <item>the minimal and padded notes of the hundred-and-forty-seventh set: JointWorks Orthopedic &amp; Sports Physical
/// Therapy (JWO: Warsaw, Goshen, Elkhart and Plymouth; the QuickNote's "97112 ▸ 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸",
/// the Plymouth "☒ Y ☐ N" toggle, the chain's "StableStart" cards and its default "15m" in the first minute field): Kyle
/// Amstutz (PT, DPT), Devin Yoder (PT), Jenna Hochstetler and Marisa Beer (PTAs); Rawhide Physical Therapy (RPT: Merle
/// Vankirk, PT, one dense line of semicolons a visit, in Lusk and on this Tuesday afternoon in the Manville community
/// hall); Sheboygan Harbor Medical Center's Outpatient Neurologic Rehabilitation (SHMC: the "NEURO OP DAILY NOTE — ALL
/// SECTIONS REQUIRED (Policy REH-114)" with its identity, allergy, precaution, infection-prevention, advance-directive,
/// interpreter and attestation lines, "CHARGES / TIMED SERVICES" and "DELIVERY MODE" typed or as its "[X] Individual"
/// row): Annika Vandervelde (PT, DPT, NCS), Kayla Nienhuis (PTA) and Renee Wolfgram (OTR/L);</item>
/// <item>the appeal-ready practices of the hundred-and-fiftieth set: Touchet Valley Physical Therapy (TVPT: Walla Walla,
/// Waitsburg, College Place and Dayton; "SERVICE:", "DELIVERY:", "WHAT I DID AND WHY", "SKILLED COMPONENT", "DEFICIT
/// ADDRESSED", "OBJECTIVE", "NOTE TO REVIEWER:" and the "One-on-one for the entire billed service? Y / N" line):
/// Celeste Vandergriff (PT, DPT), Owen Takacs (PT) and Brianna Ferrell (PTA); Llano Estacado Rehab &amp; Balance (LERB:
/// Hereford, Dumas, Dalhart and Friona; the auth-ready template's "AUTH #", "visit 5 of 12 authorized", "Functional
/// deficit driving medical necessity:", "Skilled interventions (with rationale):", "Objective data for reviewer:",
/// "Attendance: [Select: 1:1 / Concurrent / Group]", "Minutes by CPT:" and the HMO's "Steady at Home" weeks): Wendell
/// Graf (PT, DPT), Dale Hobart (PT) and Yesenia Carrizales (PTA); Ocmulgee River Physical Therapy (Warner Robins, Fort
/// Valley and Milledgeville; the "DAILY NOTE — post-TPE template rev. C" with "Precautions:", a clock range on each timed
/// code's line, "Constant attendance: [X] 1:1 constant attendance [ ] Concurrent [ ] Group", "Intervention and skilled
/// rationale:", "Time statement:" and the "TPE self-audit" boxes): Rhonda Akins (PT, DPT), Terrence Bledsoe (PT) and
/// Kiana Rowe (PTA).</item>
/// </list>
/// This Tuesday's people: a retired ferry-terminal ticket seller, a crab-boat deckhand, a marine-supply clerk, a
/// seed-potato grader, a retired bison-ranch hand, a retired crop-duster pilot, a sugar-beet dump worker, a retired
/// furniture-factory finisher, an old-time fiddler, a woman who feeds the cookstove, a retired Harris Hill glider tow
/// pilot, a cider-mill cashier, a racetrack-grounds retiree, an ore-dock retiree, an ore-boat cook, a pasty baker, a
/// retired rural mail carrier, a hay-wagon fall, a church-camp goer, an onion-field irrigator, a sugar-factory
/// millwright, a packing-shed line lead, a retired mine electrician, a choir singer, a quilter, a parish-hall cook, a
/// seed-corn dealer, a hog-barn manager, a woman raising bottle calves, a Mississippi boat-ramp sprain, a sandhill-crane
/// festival volunteer, a beadworker, a tomato-cannery retiree, an oyster-boat hand, a paletero with his cart, a
/// volleyball setter, a water-taxi commuter, a bowler, a wheat farmer, a vineyard pruner, a cattle-guard rancher, a
/// grain-truck driver, a feed-bunk feeder, a peach-packing-line worker, a boatyard rigger, a sea-glass seller, a net
/// mender, a crab-line fisherwoman, a ewe-herder in the corral, an RV-line parts runner, a boat-lift installer, an
/// Amish buggy driver, a windmill-platform fall, a retired sailmaker, a Hmong gardener and a kringle baker — with a son
/// on the bench with the dog, a daughter-in-law holding his hat, a transport aide, a brother in the doorway, a
/// neighbour on the porch swing, a wife in the waiting room, a sister on the porch, husbands on the bench and in the
/// kitchen, a wife reading in the lobby, a wife shelling peas, a daughter at the sink, a son interpreting in Arabic, a
/// granddaughter interpreting in Spanish and a Hmong interpreter, and the patients who were treated alongside (Mr.
/// Naquin and Mrs. Dupré on the big mat, Mr. Wurdeman on the recumbent bike, Mrs. Ruiz and Mr. Cheney at the hall rail,
/// three residents at the activity-room table, Mrs. Brantley on the leg press).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read each of these templates as its
/// writers fill it, applying the contract to what the note's text says: a blank, "____", "***", "—", an unanswered
/// pick-list, "[Select: …]" or "Y / N", an unticked box row, "(none entered)", "see POC", "see initial evaluation" and
/// "unchanged from last visit" state nothing; a ticked box, a marked row or an answered field says what it says; a
/// branded programme's week or card never stands for a technique; a time stamp on a text line is never a code's
/// minutes; and a code's minutes are its own wherever the template puts them so long as they are on the code's own
/// line:
/// <list type="bullet">
/// <item>class 1 (v1-h152-…): one-on-one in these writers' own words ("1:1 — only Mrs. Lindgren and me in room 1; her
/// son waited on the bench outside with the dog", "1ON1 THE WHOLE NMR, DAUGHTER-IN-LAW HELD HIS HAT BY THE DOOR", "just
/// me and Mrs. Hurley for the whole neuro re-ed — the transport aide parked her chair and went back to the front", "One-
/// on-one for the entire billed service? Y — his brother watched from the doorway", "1:1 — just me + Mr. Salcido, his
/// neighbor waited out on the porch swing"), notes that negate it ("had Mr. Naquin and Mrs. Dupré both on the big mat,
/// me going from one to the other", "concurrent — Mr. Wurdeman was on the recumbent bike beside her", "Ran Mrs. Ruiz and
/// Mr. Cheney together at the hall rail, alternating sets") or never state it (a per-diem late entry, an RSP code line
/// without its "· 1:1"), and the codes without a one-on-one check (an OT's 97530 at an activity-room table with three
/// other residents, a PTA's 97110 with its Concurrent box ticked);</item>
/// <item>class 2 (v2-h152-…): checkbox and blank-field states ("☒ 1:1 ☐ Concurrent ☐ Group" ticked, "☒ 1:1 ☐ Group ☐
/// Co-treat" ticked, "Constant attendance: [ ] 1:1 constant attendance [ ] Concurrent [ ] Group" with nothing ticked,
/// "One-on-one for the entire billed service? Y / N" left as printed, "Attendance: [Select: 1:1 / Concurrent / Group]",
/// "{LMH DELIVERY TYPE:30451}" on a two-code visit, "1:1: Y", "1:1 ▸ ☒ Y ☐ N", "O: ☒ 1:1 ☐ group", "Target impairment:
/// (none entered)", "Measure: —", "1:1 (Y/N): Y");</item>
/// <item>class 3 (v3-h152-…): named programmes and methods as techniques (Frenkel exercises for ataxia, Tai Ji Quan:
/// Moving for Better Balance, LSVT BIG for Parkinson's hypokinesia, a Mulligan mobilisation with movement for ankle
/// dorsiflexion, Maitland grade IV glenohumeral glides, mirror therapy for a hemiparetic arm), the HMO's "Steady at Home,
/// week 5" and the chain's "StableStart orange card" as the only technique, and an Otago balance set with no
/// number;</item>
/// <item>class 4 (v4-h152-…): deficits stated as findings (a knee that lets go on the camp's long stair, a woman who goes
/// down when the ewes crowd past her, a rigger who staggers looking up the mast, a rider who can't tell if her foot is in
/// the stirrup, a man who drifts into the shelving pushing the parts cart) and notes that state none ("Why: see POC",
/// "Clinical Findings: unchanged from last visit", "Impairment: ***", "DEFICIT ADDRESSED: see initial
/// evaluation");</item>
/// <item>class 5 (v5-h152-…): measures in every usual form (Tinetti POMA and five times sit-to-stand, functional reach in
/// inches, dynamic visual acuity lines in the "Last | Today" form, a 10-metre walk in metres a second with distance and
/// assistance for a 97116, grip pounds and armloads for a 97530, rollator distance and steps for a 97116) and notes with
/// none ("Numbers: better than last week, ask her husband", "#s: did the whole list", "How we know: she says she's
/// steadier at church", "Assist/Dist: ____");</item>
/// <item>class 6 (v6-h152-…): minutes in these templates' forms (two dotted clock ranges with prime minutes, two
/// START/STOP rows, two "Codes/min:" under two goals, two texted codes with stamps, two CPT lines in capitals, a PT's and
/// an OT's episode) and true mismatches (a Billing Grid's default 15 on a 26-minute line, "Billed: 97116 (30 min)" on 18,
/// "Minutes by CPT: … 97110 = 25" on 14, the QuickNote's default "15m" on 28) and truly missing separate time (a "Time
/// statement:" total under two blank clock ranges, "97112 &amp; 97110, 35 min between them", "97110 Therapeutic
/// Exercise: *** Minutes");</item>
/// <item>class 7 (v7-h152-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (porch-step ups and banded hip work after a hip replacement), 97530 (the
/// milk-replacer bucket for bottle calves), 97140 (lumbar PA and rotational mobilisation) and 97116 (walker to cane on
/// the corridor, the lot and the curb), and wholly generic notes (a Billing Grid's "therapeutic exercise per plan of
/// care … tolerated well", a float note's "Balance training and coordination exercises, tolerated well" with its delivery,
/// problem and assist level left "***", an OfficeMate "THER EX + MANUAL PER POC. TOL WELL.");</item>
/// <item>ordinary (vord-h152-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and the
/// ordinary weak ones: a complete note whose diagnosis came across as "#Error" and a complete note with no
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sons, a daughter-in-law, a brother, a
/// neighbour, wives, a sister, husbands, a daughter, a granddaughter, a transport aide and an interpreter (none of
/// them a patient; Mr. Naquin, Mrs. Dupré, Mr. Wurdeman, Mr. Cheney, the three residents at the table and Mrs. Brantley are), ages, dates
/// of service and of late entries, visit and episode counts, authorization numbers, times of day on text stamps, box
/// and step heights in inches and centimetres, loads in pounds and kilograms, band colours, reach in inches and
/// centimetres, degrees, seconds, grip pounds, gait speeds, numbers of steps, pins, beads, shirts, towels, trips and
/// armloads — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are
/// written next to the code ("97112 NMR 08.30–08.53 (23')", "▸ START 10:00 ■ STOP 10:24 = 24 MIN", "→ 97116 · 17 min",
/// "Codes/min: 97112 = 22", "CPT 97112 X 24 MIN", "[2:11p] 97112 22m", "97112 ▸ 21m"), in its block's heading, in a
/// minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test,
/// except the two that give the visit a total ("Time statement: 37 minutes of timed treatment" and "35 min between
/// them"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number and fails it only when the note has no
/// number but its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Tuesday drawn across so many templates makes arguable: a default minute field (the
/// Billing Grid's 15, the QuickNote's "15m") beside typed minutes for the same code, a delivery row ticked one way beside
/// words that say another, a patient treated alongside for only part of the block, a self-audit box ticked for an
/// element the note states nowhere else, a goal's measure that is only the evaluation's with none of today's, a text
/// stamp that disagrees with the minutes texted beside it, and a branded programme's card or week named beside a
/// technique only its handout describes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 105 cases agree (103 needed), and 3 of the 68 notes the reviewer passes got a finding, on the analyzer of e196673 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-fiftieth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 103 of 105, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftySecondTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' own words, negated, unstated

        // RSP Friday Harbor, Annelies de Vries's code line with its dotted clock range and prime minutes: "1:1 — only Mrs. Lindgren and me in room 1; her son waited on the bench outside with the dog"; foam-block step-offs, head-turn walking, backward pushes; late backward step and sway; pushes and tandem; 23 matches: passes.
        ["v1-h152-rsp-son-on-the-bench-with-the-dog"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 12.05.2026 · retired ferry-terminal ticket seller, 74 y
            97112 NMR 09.40–10.03 (23') · 1:1 — only Mrs. Lindgren and me in room 1; her son waited on the bench outside with the dog
            Tx: stepping onto and off the foam block to a stop; walking the corridor with diagonal head turns; reactive steps to light pushes at the pelvis from behind.
            Problem: late backward stepping reaction and postural sway; she sat down hard on the ferry ramp when the deck shifted.
            Measures: 6/10 backward pushes recovered with one step (2/10 at intake); tandem stance 8 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CFPT Smithville capitals: "1ON1 FLAG: Y" and "1ON1 THE WHOLE NMR, DAUGHTER-IN-LAW HELD HIS HAT BY THE DOOR"; rocker board, foam with ball toss, step-and-stop; R ankle proprioception after a fall off the hay wagon; SLS and rocker seconds; "CPT 97112 X 24 MIN" matches: passes.
        ["v1-h152-cfpt-daughter-in-law-held-his-hat"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 05/12/26
            CPT 97112 X 24 MIN
            1ON1 FLAG: Y
            NOTE: 1ON1 THE WHOLE NMR, DAUGHTER-IN-LAW HELD HIS HAT BY THE DOOR. ROCKER BD A/P + M/L EC, FOAM STANCE W/ BALL TOSS, LAT STEP + STOP TO CUES. IMP: DECR R ANKLE PROPRIOCEPTION AFTER THE FALL OFF THE HAY WAGON, ROLLS IT ON THE BARN LOT. OBJ: SLS R 6 SEC (L 19 SEC), ROCKER M/L 12 SEC.
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // BCH Kermit PTA goal block: "Attendance: just me and Mrs. Hurley for the whole neuro re-ed — the transport aide parked her chair and went back to the front"; weight shifts with tapping, step-and-stick, reaching across midline on foam; L weight acceptance and postural control; Berg then and now and reach inches; 22 matches: passes.
        ["v1-h152-bch-pta-transport-aide-parked-the-chair"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Hurley · 05/12/2026 · J. Spurlock, PTA
            Goal #2 — stand at the stove long enough to fry the cornbread without holding the counter
               Status: progressing
               Treated with: 97112 (22 min) — weight shifts onto the L with tapping at the hip, step-and-stick onto the foam with the L, reaching across midline standing on the foam pad
               Impairment: L-sided weight acceptance and postural control after the R stroke; she hangs on the stove handle
               How we know: Berg 40/56 on 04/14 → 44/56 today; reach across midline 9 in
            Attendance: just me and Mrs. Hurley for the whole neuro re-ed — the transport aide parked her chair and went back to the front.
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // TVPT Waitsburg, Owen Takacs: "One-on-one for the entire billed service? Y — his brother watched from the doorway and did not take part"; taped-ladder walking with head turns, Airex perturbations, step-downs to a stick; delayed postural responses and ankle proprioception; perturbation count and tandem seconds; heading 24 matches: passes.
        ["v1-h152-tvpt-brother-in-the-doorway"] = new(
            """
            Touchet Valley Physical Therapy — Waitsburg
            Owen Takacs, PT · Pt: Lorne Vickery, wheat farmer
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: One-on-one for the entire billed service? Y — his brother watched from the doorway and did not take part.
            WHAT I DID AND WHY: walking the rungs of a ladder taped on the floor forward and backward with head turns, because he climbs the combine ladder looking up; perturbations at the pelvis standing on the Airex, in order to sharpen his ankle and hip responses; step-downs off the 8 in box to a stick.
            SKILLED COMPONENT: push force and timing chosen from each recovery.
            DEFICIT ADDRESSED: delayed postural responses and decreased proprioception in both ankles after the fall from the combine step.
            OBJECTIVE: 7 of 10 perturbations recovered without a step; tandem on the Airex 11 sec.
            RESPONSE: steady on the last set.
            PLAN: dim-light work next visit.
            NOTE TO REVIEWER: each element required for this service is documented above.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SHT text by Marisol Ybarra: "[2:10p] 1:1 — just me + Mr. Salcido, his neighbor waited out on the porch swing"; foam with head turns, stepping over the coiled hose, perturbations; R-sided postural control; Berg and 5xSTS; "97112 22m" with stamps that agree: passes.
        ["v1-h152-sht-neighbour-on-the-porch-swing"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Marana
            [2:10p] 1:1 — just me + Mr. Salcido, his neighbor waited out on the porch swing
            [2:11p] 97112 22m: foam pad stance w/ hd turns at the kitchen island, step over the hose coiled on the patio + stop on cue, perturbations at the hips
            [2:33p] problem: R-sided postural control after the L CVA, leans R into the ocotillo fence when he turns
            [2:34p] Berg 44/56, 5xSTS 15.8 s
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // PCPT Houma PTA Jules: "had Mr. Naquin and Mrs. Dupré both on the big mat, me going from one to the other the whole neuro re-ed" — another patient treated in the block: one-on-one missing; half-kneel and tall-kneel work on foam, paddle step-overs; trunk control and slow step; seconds and pushes present.
        ["v1-h152-pcpt-pta-two-on-the-big-mat"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/12/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: had Mr. Naquin and Mrs. Dupré both on the big mat, me going from one to the other the whole neuro re-ed, cher
            Did: half-kneel on the foam with pushes at the shoulders, tall kneel to stand on the foam, stepping over the paddle laid on the mat
            For: trunk control and a slow step after the fall on the wharf, she tip over getting out the bateau
            Numbers: half-kneel 15 sec without a hand down; 4 of 8 pushes held
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LCPT Pender PTA: "Delivery: concurrent — Mr. Wurdeman was on the recumbent bike beside her and I went between the two of them the whole block" — negated: one-on-one missing; stair work with a tray, eyes-closed foam stance, reactive steps; postural control with a load; FGA and pushes present; minutes match.
        ["v1-h152-lcpt-pta-concurrent-with-the-bike"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 7 of 12)
            Pt: Gladys Wortmann, parish-hall cook · T. Uhing, PTA
            Functional goal: carry the pans up from the church basement kitchen to the hall [status: progressing]
              Codes/min: 97112 = 21
              Interventions: stair stepping carrying a tray, eyes-closed stance on the foam, reactive steps to pushes at the pelvis
              Impairment: postural control with a load in her hands and a slow protective step
              Progress measure: FGA 20/30 (16/30 on 04/07); 6 of 10 pushes recovered with one step
            Delivery: concurrent — Mr. Wurdeman was on the recumbent bike beside her and I went between the two of them the whole block.
            Contract outcome: not due this visit
            """,
            ["R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // BHBR Worland PTA START/STOP row: "Ran Mrs. Ruiz and Mr. Cheney together at the hall rail, alternating sets between them for the whole block" — another patient in the block: one-on-one missing; tandem, foam eyes closed, side-stepping; somatosensory loss; Berg and tandem present; 22 matches.
        ["v1-h152-bhbr-pta-two-at-the-hall-rail"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 15:05 ■ STOP 15:27 = 22 MIN
            Ran Mrs. Ruiz and Mr. Cheney together at the hall rail, alternating sets between them for the whole block.
            NMR: tandem along the rail with head turns, foam stance with eyes closed, side-stepping over the cane.
            Impairment: somatosensory loss in both feet; she can't feel the sugar-beet dump floor under her boots.
            Objective: Berg 46/56; tandem 7 s.
            Renata Villalobos, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // NPD late entry for Tuesday evening, written Wednesday morning, with no delivery word anywhere: one-on-one unstated; step-and-stick, tandem with head turns, perturbations; L ankle proprioception and a late step; SLS and tandem steps present; minutes match.
        ["v1-h152-npd-tuesday-late-entry-no-delivery"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Tuesday evening)
            LATE ENTRY — written Wed 05/13/2026 08:40 for Tue 05/12/2026
            97112 x 23 min
            Step-and-stick onto the foam leading with the L, tandem walking with head turns along the wall bar, perturbations at the shoulders in narrow stance.
            Deficits: L ankle proprioception after the sprain and a late L step; she rolls it stepping off the curb onto Archer.
            Result: SLS L 8 sec; tandem 12 steps.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // RSP Anacortes PTA code line with its dotted range and prime minutes but without the clinic's "· 1:1", and nothing else on delivery: one-on-one unstated; rocker with a ball catch, step-and-stick, perturbations; L knee and ankle proprioception after an ACL reconstruction; SLS and perturbations present; 22 matches.
        ["v1-h152-rsp-pta-no-delivery-on-the-line"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 12.05.2026 · crab-boat deckhand, 38 y
            97112 NMR 13.15–13.37 (22')
            Tx: single-leg stance on the rocker catching a medicine ball (3 kg); step-and-stick onto the foam; perturbations at the pelvis in tandem.
            Problem: L knee and ankle proprioception after the ACL reconstruction; he can't trust the leg on a wet, rolling deck.
            Measures: SLS L on the rocker 9 s (R 21 s); 6/10 perturbations without a step.
            """,
            ["S83.512D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CST Ponca City OT 97530 at the activity-room table with three other residents (97530 has no one-on-one check): sorting dominoes standing, reaching to the centre, carrying the tray of tiles on the walker tray; L hand coordination and standing tolerance; rounds stood and trips with SBA; 18 matches: passes.
        ["v1-h152-cst-ot-97530-activity-room-table"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, reaching for the mail slot
            ORTHOSTATICS lying → standing: negative
            97530 THER ACT — 18 min
            TX: standing at the activity-room table with three other residents, sorting and stacking the dominoes, reaching to the centre of the table and back, carrying the box of tiles to the shelf on the walker tray.
            PROBLEM: L hand coordination and standing tolerance after the R stroke; she sits down halfway through a game.
            OBJECTIVE: stood through 2 rounds without sitting; box carried 3 times with SBA.
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // Ocmulgee Fort Valley PTA 97110 with its Concurrent box ticked and another patient on the leg press (97110 has no one-on-one check); sit-to-stands, band walks and bridges with doses; hip weakness; clock range 9:10–9:26 (16) matches: passes.
        ["v1-h152-ocm-pta-97110-concurrent-box-ticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Leon Hightower | Kiana Rowe, PTA (supervising PT: T. Bledsoe) | Precautions: none
            97110 Therapeutic Exercise | 9:10–9:26 am
            Constant attendance: [ ] 1:1 constant attendance   [X] Concurrent   [ ] Group — Mrs. Brantley was on the leg press beside him.
            Intervention and skilled rationale: sit-to-stand from the low chair 3x10, lateral band walks with the green band 3 laps, bridges 3x15, in order to get him up off the low stool on the peach-packing line; cueing to keep the knees out.
            Impairment addressed: bilateral hip abductor and extensor weakness.
            Patient response: no pain.
            Plan: continue per plan of care.
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SCMH Marquette "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" ticked; X1 viewing on foam, head-pitch walking, turns to targets; bilateral vestibular loss; DGI last and today; "Timed: 97112 ▸ 24 min" matches: passes.
        ["v2-h152-scmh-one-to-one-box-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvo Heikkinen
            EPISODE A: bilateral vestibular hypofunction    ICD-10: H81.23
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing on the checkerboard standing on foam, walking the corridor with head pitches, turning to called targets.
            Impairment: bilateral vestibular loss; the ore-dock retiree loses the horizon walking the breakwall in the wind.
            Measures (Last | Today): DGI 14 | 17
            Completed by: Gabe Niemi, PT
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // PSTG Chincoteague PTA "☒ 1:1 ☐ Group ☐ Co-treat" ticked; box step-offs into foam, tandem lane with head turns, low reaches on foam; L ankle proprioception; SLS and tandem steps; 22 matches: passes.
        ["v2-h152-pstg-pta-box-row-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 05/12/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: stepping down off the 6 in box onto the foam to a stop, tandem along the foam lane turning the head to each side, reaching to targets low and to the L standing on the foam
            Impairments Addressed: L ankle proprioception and a late step after the fall off the oyster-boat gunwale
            Measurables: SLS L 9 sec (R 24 sec); tandem lane 14 steps without a side step
            97112 Neuromuscular Re-ed — 22 min
            J. Tawes, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // Ocmulgee Warner Robins "Constant attendance: [ ] 1:1 constant attendance [ ] Concurrent [ ] Group" with nothing ticked and nothing else on delivery: one-on-one missing; pushes, foam eyes closed, foam step-ups; delayed protective stepping; Berg and pushes present; 10:00–10:23 (23) matches.
        ["v2-h152-ocm-attendance-row-nothing-ticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Warner Robins (Watson Blvd)
            DAILY NOTE — post-TPE template rev. C
            Patient: Mavis Odom | Terrence Bledsoe, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:00–10:23 am
            Constant attendance: [ ] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: stepping strategies to pushes in four directions, in order to train a faster protective step; foam stance with the eyes closed, because she loses her balance in the dark hallway at night; step-ups onto the foam block with a hold.
            Impairment addressed: delayed protective stepping and reliance on vision for balance.
            Objective measure: Berg 44/56; 5 of 8 pushes recovered with one step.
            Patient response: no loss of balance.
            Education: night light in the hall.
            Plan: continue per plan of care.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVPT Rose Street, the "One-on-one for the entire billed service? Y / N" line left as printed and nothing else on delivery: one-on-one missing; X1 on the Airex, pitch head turns, tandem eyes closed; L vestibular hypofunction; DGI and DVA present; heading 23 matches.
        ["v2-h152-tvpt-y-n-left-as-printed"] = new(
            """
            Touchet Valley Physical Therapy — Walla Walla (Rose St)
            Daily note · Pt: Doreen Haskell, 72 · Celeste Vandergriff, PT, DPT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: gaze stabilization X1 viewing standing on the Airex, because her vision blurs when she turns toward the cellar door; walking the hall with pitch head turns; tandem stance with eyes closed.
            SKILLED COMPONENT: the target distance and the head speed were set from her symptoms on the previous trial.
            DEFICIT ADDRESSED: L vestibular hypofunction with oscillopsia on head turns.
            OBJECTIVE: DGI 18/24 (14 at eval); dynamic visual acuity loss 2 lines.
            RESPONSE: dizziness settled within a few seconds.
            PLAN: continue.
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LERB Dumas "Attendance: [Select: 1:1 / Concurrent / Group]" unanswered and nothing else on delivery: one-on-one missing; step-and-stick, rail step-overs, perturbations; R postural control and late R step; Berg and step-overs present; heading 24 matches.
        ["v2-h152-lerb-select-left-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05118 · visit 5 of 12 authorized
            Pt: Ruben Saldívar · Dale Hobart, PT
            CPT 97112 — 24 minutes
            Attendance: [Select: 1:1 / Concurrent / Group]
            Functional deficit driving medical necessity: R-sided postural control and a late R step after the L stroke; he catches his R boot on the cattle-guard rails.
            Skilled interventions (with rationale): step-and-stick onto the foam with the R, in order to load the weak side; stepping over a row of rails laid on the floor with a stop on cue; perturbations at the pelvis in stride stance.
            Objective data for reviewer: Berg 43/56 (37 at eval); 6 of 10 rail step-overs without a toe catch.
            Progress toward authorized goals: walked the corral fence line with the cane.
            Continued need / next request: on track.
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LMH Sterling Heights two codes with the delivery pick-list "{LMH DELIVERY TYPE:30451}" unanswered: one-on-one missing on 97112 only; PNF rhythmic stabilisation, step-and-stick, tandem with Berg; hip exercise with doses; minutes per code (23 and 12) match.
        ["v2-h152-lmh-pick-list-unanswered-two-codes"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: {LMH DELIVERY TYPE:30451}
              Interventions: PNF rhythmic stabilization in standing, step-and-stick to the L onto foam, tandem with head turns.
              Impairments: L-sided postural control after the R CVA; he lists L reaching for the ball return at the lanes.
              Objective: Berg 45/56; tandem 9 sec.
              97110 Therapeutic Exercise: 12 Minutes
              Interventions: sidelying hip abduction with 2 lb 3x12, bridges 3x15, heel raises 3x15.
              Impairments: L hip abductor weakness.
            Goals: ***
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 12)], [At(OneOnOne, "97112")]),

        // CST Enid PTA "1:1: Y" answered; quick turns to cones on the foam path, sideways cane step-overs, reactive steps; slow turning and late sideways step; turn steps and Berg; 22 matches: passes.
        ["v2-h152-cst-pta-one-to-one-y"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning from the dominoes table
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: quick turns to called cones on the foam path, stepping over the cane sideways and back, reactive steps to light pushes from the side.
            PROBLEM: slow turning and a late sideways step; the retired rural mail carrier shuffles around to face the table.
            OBJECTIVE: 180° turn in 6 steps (9 at eval); Berg 46/56.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // JWO Plymouth PTA with the site's toggle ticked, "1:1 ▸ ☒ Y ☐ N"; foam with ball toss, lateral hops to stick, eyes-closed SLS on the half roll; R ankle proprioception; SLS and hops; 21 matches: passes.
        ["v2-h152-jwo-toggle-y-ticked"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 21m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ foam stance w/ ball toss, lateral hops to stick on the Airex, eyes-closed SLS on the half roll
            Area ▸ R ankle proprioception ↓, the boat-lift installer rolls it on the lake-bottom rocks
            # ▸ SLS R EC 6 s (L 14 s); 7/10 hops stuck
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // HLPT Stonington "O: ☒ 1:1 ☐ group" ticked and the Berg filled in; foam with head turns, beam tandem, foam-block step-ups with turns; sway and reliance on vision; Berg and tandem; "Billed: 97112 (23 min)" matches: passes.
        ["v2-h152-hlpt-box-ticked-berg-filled"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 5/12/2026
            S: Set out her sea-glass table at the Saturday market, tired after.
            O: ☒ 1:1 ☐ group
            Foam stance with head turns, tandem on the beam, stepping up onto the foam block and turning.
            Targeting postural sway and reliance on vision; she wobbles on the granite steps at dusk.
            Berg 46/56   tandem 10 sec
            A: Steadier on the beam.
            P: Continue 2x/wk.
            Billed: 97112 (23 min)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCVH Del Norte "Target impairment: (none entered)" and no deficit typed anywhere else: deficit missing; one-on-one, step-and-stick, perturbations, plank-line walking, Berg and tandem present; 22 matches.
        ["v2-h152-scvh-target-impairment-none-entered"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/12/2026
            Supervision/Delivery: one-on-one
            Intervention: step-and-stick onto the foam, perturbations at the pelvis in tandem, walking the taped plank line with head turns
            Target impairment: (none entered)
            Outcome: Berg 47/56; tandem 11 sec
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            G. Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LCRT Winslow PTA "Measure: —" and no number but the code's minutes: measure missing; one-on-one typed, foam eyes closed, rope step-overs, pushes; somatosensory loss in both feet present.
        ["v2-h152-lcrt-pta-measure-dash"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes
            One-on-one — just me and Mr. Tsinajinnie.
            Activity: foam stance with his eyes closed, stepping over the rope laid on the floor, pushes at the hips front and back
            Problem: somatosensory loss in both feet; he can't feel the ruts on the washboard road walking out to the sheep pen
            Measure: —
            W. Yazzie, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ORPT Waukon "1:1 (Y/N): Y" answered; rocker eyes closed, foam perturbations, tilt-board holds; R ankle proprioception after a boat-ramp sprain; SLS and rocker seconds; grid 23 matches: passes.
        ["v2-h152-orpt-one-to-one-y-answered"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/12/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: rocker board M/L with the eyes closed, perturbations on the foam in stride stance, stepping onto the tilt board and holding
            Clinical Findings: R ankle proprioception after the sprain on the wet boat ramp at the Mississippi landing
            Objective Measures: SLS R 10 sec (L 26 sec); rocker M/L 14 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Osvaldo Reyes, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SHMC 2 North, Frenkel exercises (supine heel slides to targets, seated foot placement, standing stepping to footprints) and tandem on the tape line; lower-limb ataxia and dysmetria; heel-to-shin on target and tandem steps; the "[X] Individual" row ticked; 24 matches: passes.
        ["v3-h152-shmc-frenkel-exercises"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk; gait belt for all standing work.
            INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: "My feet don't go where I send them." Retired sailmaker, still mends sails at the marina.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: Frenkel exercises — supine heel slides to marked targets, then seated foot placement onto the floor footprints, then standing stepping to the footprints to a count; tandem walking along the tape line.
            IMPAIRMENTS ADDRESSED: lower-limb ataxia and dysmetria with cerebellar degeneration; he overshoots the step onto the marina dock.
            OUTCOME MEASURES: heel-to-shin on target 4 of 5 (1 of 5 at eval); tandem 7 steps before a side step.
            PATIENT / FAMILY EDUCATION: footprint practice at home.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["R27.0", "G31.89"], [PT("97112", 24)], []),

        // STBF Elmira, Naomi Castellucci: Tai Ji Quan: Moving for Better Balance weight-shift forms and backward "repulse monkey" steps, foam reaches; weight-shift control and a backward lurch; 4-Stage Balance Test by stage and backward steps; "Time:" line 24 one-on-one: passes.
        ["v3-h152-stbf-tai-ji-quan"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Evelyn Strouse — Naomi Castellucci, PT
            What we worked on: Tai Ji Quan: Moving for Better Balance — the weight-shift forms side to side and forward-back, then the single-leg "repulse monkey" steps backward; reaching to the wall targets standing on the foam.
            Why: lateral and backward weight-shift control is poor; the retired Harris Hill glider tow pilot lurches backward stepping down off the hangar apron.
            How she did: 4-Stage Balance Test tandem stage 10 s, single-leg stage lost at 3 s; backward steps 6 of 8 without a catch.
            Time: Neuromuscular re-education (97112), 24 minutes, one-on-one.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // SCLH neuro clinic, Anjali Subramaniam's clock range "97112 10:15–10:39 am" (24): LSVT BIG maximal daily exercises, big steps over the threshold strip, big-step turns; hypokinesia with Parkinson's; Mini-BESTest and turn steps; one-on-one: passes.
        ["v3-h152-anjali-lsvt-big"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS — Tue 05/12/2026
            97112 10:15–10:39 am
            Delivery: one-on-one for the whole block.
            Tx: LSVT BIG — maximal daily exercises (floor-to-ceiling reaches, side-to-side big steps and rocks), then big steps over the Pav B threshold strip with arm swing; turning in big steps instead of shuffling
            Impairment: hypokinesia and reduced stepping amplitude with Parkinson's; she shuffles and loses her balance turning at the stove
            Objective: Mini-BESTest 20/28 (16/28 in March); 360° turn in 5 steps (9 in March)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // TVPT College Place 97140: a Mulligan mobilisation with movement for dorsiflexion (weight-bearing lunge with a belt-assisted talar glide, 3 sets of 10) and STM; L ankle dorsiflexion stiffness after a fibula fracture; knee-to-wall centimetres; heading 12 matches: passes.
        ["v3-h152-tvpt-mulligan-mwm-97140"] = new(
            """
            Touchet Valley Physical Therapy — College Place
            Owen Takacs, PT · Pt: Ignatius Pruitt, vineyard pruner
            SERVICE: 97140 Manual therapy — 12 min
            WHAT I DID AND WHY: Mulligan mobilization with movement for ankle dorsiflexion — weight-bearing lunge with a belt-assisted posterior talar glide, 3 sets of 10 — because his ankle blocks on the steep vineyard rows; soft tissue mobilization to the gastrocnemius.
            DEFICIT ADDRESSED: L ankle dorsiflexion stiffness after the fibula fracture.
            OBJECTIVE: knee-to-wall L 6 cm before, 10 cm after (R 13 cm).
            RESPONSE: no pain after.
            PLAN: home self-MWM with the belt.
            """,
            ["S82.402D"], [PT("97140", 12)], []),

        // LERB Hereford 97140: Maitland grade IV inferior and posterior glenohumeral glides and STM to the pec minor; R shoulder capsular stiffness; flexion and ER degrees before and after; heading 12 matches: passes.
        ["v3-h152-lerb-maitland-grade-iv-97140"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0112207 · visit 4 of 8 authorized
            Pt: Homer Tidwell · Wendell Graf, PT, DPT
            CPT 97140 — 12 minutes
            Functional deficit driving medical necessity: R shoulder capsular stiffness; he can't reach up to the feed-bunk chute lever.
            Skilled interventions (with rationale): Maitland grade IV inferior and posterior glides of the R glenohumeral joint at end range, in order to stretch the capsule; soft tissue mobilization to the pectoralis minor.
            Objective data for reviewer: R shoulder flexion 122° before, 136° after; ER 35° → 46°.
            Continued need / next request: on track.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // BCH Matewan, Ophelia Stanbury: mirror therapy with the R arm behind the mirror box, task-specific reaching with facilitation and forearm weight bearing; R upper-limb motor recruitment; Fugl-Meyer then and now and cones placed; the "☒ 1:1" row ticked; 23 matches: passes.
        ["v3-h152-bch-mirror-therapy"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Clyde Runyon, retired mine electrician · 05/12/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — reach and grasp the railing of his porch steps with the R hand
               Status: progressing
               Treated with: 97112 (23 min) — mirror therapy with the R arm hidden behind the mirror box, reaching and grasping cones; then task-specific reaching to the rail with facilitation at the R shoulder and weight bearing through the R forearm on the mat table
               Impairment: R upper-limb motor recruitment and coordination after the L stroke
               How we know: Fugl-Meyer UE 31/66 on 04/07 → 37/66 today; 6 cones grasped and placed (2 on 04/07)
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.331"], [PT("97112", 23)], []),

        // LERB Friona PTA with the HMO's "Steady at Home, week 5, all of it" as the only thing done: technique missing; 1:1, postural sway and a slow protective step, Berg present; heading 22 matches.
        ["v3-h152-lerb-steady-at-home-week-only"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Friona
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-05340 · visit 6 of 12 authorized
            Pt: Alta Brunson · Yesenia Carrizales, PTA
            CPT 97112 — 22 minutes
            Attendance: 1:1
            Functional deficit driving medical necessity: postural sway and a slow protective step; she caught herself on the clothesline pole in the wind.
            Skilled interventions (with rationale): Steady at Home, week 5, all of it, as the plan requires.
            Objective data for reviewer: Berg 45/56 (40 at eval).
            Progress toward authorized goals: on track.
            Continued need / next request: per PT at the re-eval.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // JWO Warsaw QuickNote with the chain's "StableStart orange card, full card" as the only technique: technique missing; 1:1 Y, L ankle proprioception and SLS present; 22 matches.
        ["v3-h152-jwo-stablestart-card-only"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ StableStart orange card, full card
            Area ▸ L ankle proprioception ↓ after the sprain off the RV-plant loading dock
            # ▸ SLS L 8 s (R 24 s)
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // STBF Ithaca PTA: an Otago balance set (backward, sideways and heel-toe walking, one-leg stands) with "How she did: steadier than she was, and she says so too" and no number but the code's minutes: measure missing; one-on-one and slow backward and sideways stepping present.
        ["v3-h152-stbf-pta-otago-no-number"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Grace Tompkins — Leticia Fairweather, PTA
            What we worked on: Otago balance set — backward walking along the hall rail, sideways walking, heel-toe walking, one-leg stands at the counter with a fingertip.
            Why: backward and sideways stepping reactions are slow; the retired cider-mill cashier steps back into the apple bins and nearly goes down.
            How she did: steadier than she was, and she says so too.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PCPT Thibodaux, Annette Breaux: "her R knee gives way going down the long stair at the camp — the quad lets go and she can't tell where the knee is until it buckles"; step-downs to a stick, eccentric lowering with perturbations, foam turns; step-downs and SLS; attendance ticked; 23 matches: passes.
        ["v4-h152-pcpt-knee-lets-go-on-the-camp-stair"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 05/12/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: step-downs off the 6 in box to a stick, eccentric lowering with perturbations at the knee, foam stance with quarter turns
            For: her R knee gives way going down the long stair at the camp — the quad lets go and she can't tell where the knee is until it buckles
            Numbers: 7 of 10 step-downs without a wobble; SLS R 12 sec
            """,
            ["M17.11"], [PT("97112", 23)], []),

        // LCRT Winslow, Loretta Begay: "when the ewes crowd past her in the corral she goes down — no step comes out until she's already falling"; reactive steps, trough step-overs, foam with head turns; pushes and Berg; "1:1: Y"; 24 matches: passes.
        ["v4-h152-lcrt-ewes-crowd-past-her"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y
            Activity: reactive steps to pushes from behind and each side, stepping over the feed trough laid on its side, foam stance with head turns
            Problem: when the ewes crowd past her in the corral she goes down — no step comes out until she's already falling
            Measure: 6 of 10 pushes recovered with one step (2 at eval); Berg 47/56
            L. Begay, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // HLPT Blue Hill PTA: "Gets dizzy and staggers when he looks up the mast to check the rigging; has to grab a shroud"; X1 up and down, pitch head turns, foam with the head back; DGI; "☒ 1:1"; "Billed: 97112 (22 min)" matches: passes.
        ["v4-h152-hlpt-pta-staggers-looking-up-the-mast"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 5/12/2026
            S: Back at the boatyard stepping masts for the launch.
            O: ☒ 1:1 ☐ group
            Gaze stabilization X1 looking up and down, walking the hall with pitch head turns, foam stance tipping the head back.
            Gets dizzy and staggers when he looks up the mast to check the rigging; has to grab a shroud.
            DGI 19/24, was 15/24.
            A: Less dizzy with pitch turns.
            P: Continue per PT plan.
            Billed: 97112 (22 min)
            """,
            ["H81.93"], [PTA("97112", 22)], []),

        // RPT Tuesday afternoon in the Manville community hall, one dense line: "can't tell if her L foot's in the stirrup w/o looking down, same on the stock-tank rim"; foam eyes shut, lariat step-overs, wobble-board shifts; Berg and SLS; 1:1; 23 matches: passes.
        ["v4-h152-rpt-manville-foot-in-the-stirrup"] = new(
            """
            Rawhide PT — M. Vankirk PT (Tuesday, Manville community hall): Verla Sondergaard, 97112 23 min; 1:1, nobody in the hall but us & the coffee urn; foam stance eyes shut, stepping over the lariat laid in a loop, weight shifts onto the L on the wobble board; can't tell if her L foot's in the stirrup w/o looking down, same on the stock-tank rim; Berg 48/56, SLS L 5 s.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // JWO Elkhart QuickNote: "leans L + drifts into the shelving pushing the parts cart down the RV-line aisle"; sled pushes with perturbations, weighted-cart side-steps, foam with head turns; Berg and pushes; 1:1 Y; 23 matches: passes.
        ["v4-h152-jwo-drifts-into-the-shelving"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ perturbations at the pelvis while pushing the sled, side-stepping w/ a weighted cart, foam stance w/ head turns
            Area ▸ leans L + drifts into the shelving pushing the parts cart down the RV-line aisle; L-sided postural control after the R CVA
            # ▸ Berg 49/56; 8/10 pushes w/o a side step
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // LMPT Bridgeport PTA "Why: see POC" and nothing else naming a deficit: deficit missing; 1:1 marked, foam with catches, step-and-stick, hops to a hold, SLS and hop count present.
        ["v4-h152-lmpt-pta-why-see-poc"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: foam stance w/ ball catches, step-and-stick onto the Airex, lateral hops over the tape line w/ a hold
            Why: see POC
            #s: SLS on foam R 11 sec; 8 of 10 hops stuck
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ORPT Cresco PTA "Clinical Findings: unchanged from last visit" and nothing else naming a deficit: deficit missing; one-on-one, beam tandem, foam step-ups, perturbations, Berg and tandem present; grid 22 matches.
        ["v4-h152-orpt-pta-findings-unchanged"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/12/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: tandem on the foam beam with head turns, step-ups onto the foam block with a hold, perturbations at the shoulders in stride stance
            Clinical Findings: unchanged from last visit
            Objective Measures: Berg 47/56; tandem 9 sec
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            K. Tjernagel, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Pav B, Dee with "Impairment: ***" (the EMR wildcard) and nothing else naming a deficit: deficit missing; 1:1 thruout, perturbations, tandem with head turns, step-over-and-stop, Berg and tandem present; 22 matches.
        ["v4-h152-dee-impairment-wildcard"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 22 min   1:1 thruout
            Tx: perturb. @ pelvis on foam, tandem c̄ head turns along the wall bar, step-over-&-stop at the cones.
            Impairment: ***
            Obj: Berg 48/56; tandem 10 sec.
            A/P: cont. POC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TVPT Dayton PTA "DEFICIT ADDRESSED: see initial evaluation" and nothing else naming a deficit: deficit missing; one-on-one answered Y, rocker, Airex SLS with tosses, step-and-stick, SLS and rocker seconds present; heading 22 matches.
        ["v4-h152-tvpt-pta-deficit-see-initial-evaluation"] = new(
            """
            Touchet Valley Physical Therapy — Dayton
            Brianna Ferrell, PTA (supervising PT: O. Takacs) · Pt: Wendell Ostrom
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rocker board A/P with eyes closed, single-leg stance on the Airex with ball tosses, step-and-stick onto the foam, progressed from last visit.
            SKILLED COMPONENT: toss speed and the surface were progressed set by set.
            DEFICIT ADDRESSED: see initial evaluation.
            OBJECTIVE: SLS on the Airex R 9 sec (L 20 sec); rocker A/P 16 sec.
            RESPONSE: no pain.
            PLAN: per PT plan of care.
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // BHBR Thermopolis, Maren Thorsby: Tinetti POMA and five times sit-to-stand in seconds; foam with head turns, hurdle step-overs to a stop, reactive steps; postural control and a late protective step; 1:1; START/STOP 09:30–09:53 = 23 matches: passes.
        ["v5-h152-bhbr-tinetti-and-five-times-sit-to-stand"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:30 ■ STOP 09:53 = 23 MIN
            1:1, the only patient in the gym.
            NMR: foam stance with head turns, stepping over the hurdle row to a stop, reactive steps to pushes at the shoulders.
            Impairment: postural control and a late protective step; the retired bison-ranch hand went down in the pasture snow.
            Objective: Tinetti POMA 21/28 (16/28 at eval); five times sit-to-stand 14.2 s.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SCLH Nathaniel Osei-Bonsu's sentences: functional reach in inches and five times sit-to-stand in seconds; foam reaches and step-and-hold with perturbations; small limits of stability and a delayed ankle strategy; one-on-one; 23 matches: passes.
        ["v5-h152-newgrad-reach-and-sit-to-stand"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Tuesday 05/12/2026
            Neuromuscular re-education (CPT 97112): 23 minutes, provided one-on-one. I had her reach forward and to each side for targets while standing on the foam pad, then step onto the foam and hold while I gave perturbations at the shoulders. Her limits of stability are small and she grabs the counter when she reaches for the bread at the Jewel; her ankle strategy is delayed. Her functional reach was 9 inches today (6 inches at evaluation) and her five times sit-to-stand was 13.4 seconds.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH Ishpeming: dynamic visual acuity lines lost and DGI in the "Measures (Last | Today):" form; X1 and X2 viewing, head-turn walking; R vestibular hypofunction; box ticked; 22 matches: passes.
        ["v5-h152-scmh-dva-last-and-today"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Edna Koski
            EPISODE A: R vestibular hypofunction    ICD-10: H81.21
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing with the card on a busy background, X2 viewing seated then standing, walking with head turns past the windows.
            Impairment: R vestibular hypofunction; oscillopsia turning her head in the ski-jump bleachers.
            Measures (Last | Today): dynamic visual acuity lines lost 4 | 2; DGI 16 | 19
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // MBOG Nyssa 97116 on an arrow: a 10-metre walk in metres a second with distance and assistance; cane on the lot and the gravel shoulder; antalgic gait after a tibial plateau fracture; arrow 17 matches: passes.
        ["v5-h152-mbog-97116-ten-metre-walk"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Rufina Castañeda, onion-field irrigator · Visit 5 · 05/12/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 44/80 today (intake 27/80, 04/09/2026)
            STG 2 (by visit 8): walk the siphon-tube row along the ditch bank with the cane — PROGRESSING
               → 97116 · 17 min · gait training with the straight cane on the clinic lot and the gravel shoulder, cues for R heel strike and a longer L step
               Impairment: R antalgic gait and a short L step after the R tibial plateau fracture
               ▸ measured by: 10-m walk 0.91 m/s (0.64 at eval); 400 ft with the cane, SBA on gravel
            """,
            ["S82.101D"], [PT("97116", 17)], []),

        // PTH Wytheville OT 97530 home visit: grip pounds and armloads of stove wood carried with SBA; stove-wood carrying, feeding the cookstove, reaching the top shelf; R grip and standing tolerance after a wrist fracture; "97530 [ 19 ] min" matches: passes.
        ["v5-h152-pth-ot-97530-grip-and-armloads"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: daughter, washing up at the sink
            97530 [ 19 ] min
            Tx: carrying stove wood from the porch box to the kitchen cookstove, bending to feed it in, reaching up to the top shelf for the coffee can
            Problem: R hand grip weakness and standing tolerance after the R wrist fracture; she drops the splits halfway across the kitchen
            Assist/Dist: grip R 34 lb (L 52 lb); 6 armloads porch to stove with SBA, none dropped
            """,
            ["S52.501D"], [OT("97530", 19)], []),

        // PSTG Pocomoke City 97116: rollator distance with SBA and the drugstore steps with CGA; sidewalk, curb cut and steps with cues; shuffling after a hip replacement; 18 matches: passes.
        ["v5-h152-pstg-97116-rollator-distance"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/12/2026
            Skilled Interventions: gait training with the rollator along the Market Street sidewalk, up the curb cut and the two steps at the drugstore, cues for heel strike and staying inside the frame
            Impairments Addressed: short shuffling steps and a forward lean after the L hip replacement
            Measurables: 520 ft with the rollator, SBA; the two steps with the rail, CGA
            97116 Gait training — 18 min
            M. Quillen, PT
            """,
            ["Z96.642"], [PT("97116", 18)], []),

        // PCPT Houma PTA Jules: "Numbers: better than last week, ask her husband, ça c'est bon" and no number but the code's minutes: measure missing; attendance ticked, foam reaches, paddle step-overs, pushes; slow reactions and sway present.
        ["v5-h152-pcpt-pta-ask-her-husband"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance reaching out like she pulling a crab line, stepping over the paddle on cue, pushes at the shoulders
            For: slow to catch herself when the skiff rock, postural sway with the eyes shut
            Numbers: better than last week, ask her husband, ça c'est bon
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // LMPT Bridgeport PTA 97110 with the exercises named but "#s: did the whole list" — no dose and no number but the code and its minutes: measure missing for 97110; exercises and hip and quad weakness present.
        ["v5-h152-lmpt-pta-97110-did-the-whole-list"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97110 | Min: 16
            Tx: wall sits, lateral band walks, single-leg RDLs, step-downs off the box
            Why: R hip and quad weakness after the R TKA, can't get up the back-porch stairs without the rail
            #s: did the whole list
            """,
            ["Z96.651"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // BCH Delbarton goal block with "How we know: she says she's steadier at church" and no number but the code's minutes: measure missing; foam eyes closed, foam-step holds, perturbations; sway and reliance on vision; one-to-one present.
        ["v5-h152-bch-how-we-know-she-says"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Reva Mounts · L. Maynard, PT
            Goal — stand to sing in the choir loft without holding the pew
               Status: progressing
               Treated with: 97112 (22 min) — feet-together stance on foam with the eyes closed, stepping up onto the foam step and holding, perturbations at the pelvis
               Impairment: postural sway and reliance on vision after the cerebellar stroke
               How we know: she says she's steadier at church
            Attendance: one-to-one, just Reva and me.
            """,
            ["I69.393"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTH Galax PTA home visit with "Assist/Dist: ____" and no number but the code's minutes: measure missing; one-on-one in the minute box's line, threshold step-overs, cushion stance with head turns, reaches; late step and sway with head turns present.
        ["v5-h152-pth-pta-assist-dist-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: nobody else home
            97112 [ 22 ] min — one-on-one
            Tx: stepping over the threshold strip to a stop, standing on the couch cushion with head turns, reaching to the porch-light switch from the cushion
            Problem: late stepping reaction and sway with head turns; the old-time fiddler stumbles turning to the band at the fiddlers' convention
            Assist/Dist: ____
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // RSP Anacortes, Jonas Brenner's two dotted clock ranges with prime minutes, "97112 NMR 08.30–08.53 (23')" and "97140 MT 08.53–09.04 (11')", both match; 1:1; rocker, step-and-stick, perturbations with SLS; talocrural glides with degrees: passes.
        ["v6-h152-rsp-two-ranges-nmr-and-manual"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 12.05.2026 · marine-supply clerk, 59 y
            97112 NMR 08.30–08.53 (23') · 1:1
            Tx: rocker board A/P with eyes closed; step-and-stick off the 15 cm step onto foam; perturbations at the pelvis in single-leg stance.
            Problem: L ankle proprioception after the fracture; she turns it on the dock ramp at low tide.
            Measures: SLS L 10 s (R 28 s); rocker A/P 17 s.
            97140 MT 08.53–09.04 (11')
            Tx: L talocrural posterior glides grade III–IV; subtalar distraction; STM to the L peroneals.
            Problem: L ankle dorsiflexion stiffness; DF 3° → 9° after.
            """,
            ["S82.62XD"], [PT("97112", 23), PT("97140", 11)], []),

        // BHBR Greybull, Joel Akiyama's two START/STOP rows, 97112 10:00–10:24 = 24 and 97110 10:24–10:37 = 13, both match; 1:1 with his wife in the waiting room; step-and-stick, tandem, pushes with Berg; hip work with doses: passes.
        ["v6-h152-bhbr-two-rows-nmr-and-ther-ex"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:24 = 24 MIN
            1:1 — his wife stayed in the waiting room.
            NMR: step-and-stick onto the foam with the R, tandem with head turns, pushes at the pelvis in stride stance.
            Impairment: R-sided postural control after the L stroke; the retired crop-duster pilot stumbles stepping off the gravel apron at the airstrip.
            Objective: Berg 47/56; tandem 8 s.
            97110 THERAPEUTIC EXERCISE ▸ START 10:24 ■ STOP 10:37 = 13 MIN
            Ther ex: R sidelying hip abduction with 3 lb 3x12, bridges 3x15, step-ups onto the 6 in step 3x10.
            Impairment: R hip abductor and quad weakness.
            Joel Akiyama, PT
            """,
            ["I69.351"], [PT("97112", 24), PT("97110", 13)], []),

        // LCPT Wisner two goals, "Codes/min: 97112 = 22" and "Codes/min: 97116 = 12", both match; 1:1 for the whole visit; foam tandem, ridge step-overs, perturbations with FGA; gravel and curb gait with distance and SBA: passes.
        ["v6-h152-lcpt-two-goals-codes-min"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Harlan Moeller, seed-corn dealer · C. Feeken, PT
            Functional goal: walk the seed-plot rows at the field day without his cane [status: progressing]
              Codes/min: 97112 = 22
              Interventions: tandem on the foam with head turns, stepping over the corn-row ridges taped on the floor, perturbations at the pelvis mid-stride
              Impairment: postural control on uneven ground after the fall in the plot
              Progress measure: FGA 21/30 (17/30 on 04/08)
            Functional goal: walk from the pickup to the sale-barn door on the gravel without the cane [status: progressing]
              Codes/min: 97116 = 12
              Interventions: gait training over the gravel strip and the curb with cues for a longer R step
              Impairment: short R step and R toe catch
              Progress measure: 300 ft on gravel without the cane, SBA
            1:1 — just Corisande and Mr. Moeller for the whole visit.
            Contract outcome: not due this visit
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 12)], []),

        // SHT text by Trent (PTA), two texted codes "97116 16m" and "97110 10m" with stamps that agree, both match; walker gait with distance and assistance; ther ex with doses; shuffling and hip and calf weakness: passes.
        ["v6-h152-sht-pta-two-texted-codes"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Sahuarita
            [9:02a] 97116 16m: gait w/ the 4WW around the block + up the driveway slope, cues for step length + upright trunk
            [9:18a] 97110 10m: sit-to-stand from the dining chair 3x10, heel raises at the counter 3x15, standing marches w/ 2 lb 2x20
            [9:29a] problem: short shuffling steps + B hip/calf weakness after the hospital stay for pneumonia
            [9:30a] 4WW 450 ft SBA, driveway slope CGA
            """,
            ["R26.89", "M62.81"], [PTA("97116", 16), PTA("97110", 10)], []),

        // CFPT Sparta capitals, two CPT lines "CPT 97112 X 22 MIN" and "CPT 97116 X 14 MIN", both match; 1ON1 flag Y; NMR and gait named, L postural control and foot drag, Berg and cane distance: passes.
        ["v6-h152-cfpt-two-cpt-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 05/12/26
            CPT 97112 X 22 MIN
            CPT 97116 X 14 MIN
            1ON1 FLAG: Y
            NOTE: NMR - STEP + STICK ONTO FOAM, TANDEM W/ HD TURNS, PERTURBATIONS @ PELVIS. GAIT - QUAD CANE ON THE HALL + THE FRONT RAMP, CUES FOR L HEEL STRIKE. IMP: L SIDED POSTURAL CONTROL + L FOOT DRAG AFTER R CVA, CATCHES THE TOE ON THE CHURCH-CAMP STEPS. OBJ: BERG 42/56. QUAD CANE 220 FT SBA, RAMP CGA.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], []),

        // SCMH Negaunee PT and OT episodes, "Timed: 97112 ▸ 23 min" (Gabe Niemi) and "Timed: 97530 ▸ 19 min" (Marit Salo), both match; 1:1 ticked; weight shifts, step-and-stick, reactive steps with Berg; pasty-making tasks with counts and SBA: passes.
        ["v6-h152-scmh-pt-and-ot-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Aho
            EPISODE A: R hemiparesis after CVA    ICD-10: I69.351
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: weight shifts onto the R with tapping, step-and-stick with the R onto foam, reactive steps to pushes from the R.
            Impairment: R-sided postural control and weight acceptance.
            Measures (Last | Today): Berg 39 | 42
            Completed by: Gabe Niemi, PT
            EPISODE A (OT): same diagnosis
            Timed: 97530 ▸ 19 min
            Interventions: rolling pasty dough standing at the counter, reaching the rutabaga from the low drawer, carrying the pan to the oven.
            Impairment: R hand coordination and standing tolerance with reach.
            Measures (Last | Today): pasties crimped standing 6 | 11; pan carried with SBA
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 19)], []),

        // ORPT Decorah Billing Grid left at its default "15 min" on a 26-minute line: mismatch; otherwise complete (one-on-one, step-and-stick, beam tandem, perturbations, postural sway, Berg and tandem).
        ["v6-h152-orpt-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/12/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: step-and-stick onto the foam, tandem along the beam with head turns, perturbations at the pelvis in stride stance
            Clinical Findings: postural sway and a late protective step after the fall on the ice in the co-op parking lot
            Objective Measures: Berg 46/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            Hallie Bjornstad, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // HLPT Blue Hill PTA "Billed: 97116 (30 min)" on an 18-minute line: mismatch; otherwise complete (cane gait on the hall, lot and ramp with cues, short step and knee stiffness, distance and assistance).
        ["v6-h152-hlpt-pta-billed-30-on-18"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 5/12/2026
            S: Wants to walk down to the town wharf for the fish fry.
            O: Gait training with the straight cane on the clinic hall, the gravel lot and down the practice ramp, cues for R heel strike and a longer L step. 350 ft with the cane, SBA; ramp with CGA.
            Short L step and R knee stiffness after the R TKA.
            A: Better heel strike.
            P: Continue per PT plan.
            Billed: 97116 (30 min)
            """,
            ["Z96.651"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // LERB Dalhart "Minutes by CPT: 97112 = 23 | 97110 = 25" on a 14-minute 97110 line: mismatch on 97110 only; 1:1, lateral perturbations and hurdle side-steps with Berg and pushes, hip work with doses, lateral control and hip weakness.
        ["v6-h152-lerb-minutes-by-cpt-25-on-14"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dalhart
            Mesa Gold Medicare Advantage PPO · AUTH # MG-0118834 · visit 7 of 10 authorized
            Pt: Eldon Frerich · Dale Hobart, PT
            Attendance: 1:1
            Functional deficit driving medical necessity: lateral postural control and bilateral hip abductor weakness; he lurches sideways stepping off the grain-truck running board.
            Skilled interventions (with rationale): lateral perturbations on the foam and side-stepping over the hurdle row, in order to train a sideways step (neuro re-ed); sidelying hip abduction with 3 lb 3x12 and lateral band walks with the blue band 3 laps, because his hips drop (ther ex).
            Objective data for reviewer: Berg 46/56; 7 of 10 lateral pushes recovered with one step.
            Minutes by CPT: 97112 = 23 | 97110 = 25
            Continued need / next request: on track.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // JWO Goshen PTA QuickNote with the chain's default "15m" never changed on a 28-minute 97110 line: mismatch; otherwise complete (doses and quad and glute weakness).
        ["v6-h152-jwo-pta-default-15m-on-28"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97110 ▸ 15m
            Tx ▸ leg press 3x12 @ 90 lb, split squats 3x8, step-downs off the 6 in box 3x10, SL bridges 3x12
            Area ▸ L quad + glute weakness after the L TKA, can't get up onto the buggy seat
            """,
            ["Z96.652"], [PTA("97110", 28)], [At(Mismatch, "97110")]),

        // Ocmulgee Milledgeville two codes whose clock ranges were left "____" with only "Time statement: 37 minutes of timed treatment today, 97112 and 97116": separate time missing; both otherwise complete.
        ["v6-h152-ocm-time-statement-total-only"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Cleveland Pitts | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | ____
            Constant attendance: [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: perturbations at the pelvis standing on the foam, in order to speed his stepping response; stepping over the cane with a stop on cue.
            Impairment addressed: delayed stepping reaction after the fall on the church steps.
            Objective measure: Berg 45/56; 6 of 10 pushes recovered with one step.
            97116 Gait Training | ____
            Intervention and skilled rationale: gait training with the straight cane in the hall and up the clinic steps, cues for a longer L step, because he catches his L toe on the steps.
            Impairment addressed: short L step and L toe catch.
            Objective measure: 300 ft with the cane, SBA; steps with the rail, CGA.
            Time statement: 37 minutes of timed treatment today, 97112 and 97116.
            TPE self-audit: ☒ technique ☒ impairment ☒ measure ☐ minutes by code
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97116", 14)], [SepTime]),

        // RPT dense line "97112 & 97110, 35 min between them" with no minutes for either code: separate time missing; both otherwise complete (1:1, foam, string step-overs, pushes, Berg; sit-to-stands and step-ups with doses; sway and weak hips).
        ["v6-h152-rpt-two-codes-one-total"] = new(
            """
            Rawhide PT — M. Vankirk PT: Ardis Pfister, 97112 & 97110, 35 min between them; 1:1, nobody else in the building; foam stance w/ head turns, stepping over the baling twine laid on the floor, pushes at the hips, then sit-to-stands from the low chair 3x10 & step-ups on the porch-height box 3x8; sway w/ eyes shut & weak hips, can't get down the bunkhouse steps w/o the rail; Berg 45/56.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // LMH Warren two codes with "97110 Therapeutic Exercise: *** Minutes" (the wildcard where the number goes) beside "97112 Neuromuscular Re-ed: 22 Minutes": separate time missing; both otherwise complete.
        ["v6-h152-lmh-second-code-minutes-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one
              Interventions: rocker board eyes closed, foam stance with head turns, step-and-stick to the L.
              Impairments: L ankle proprioception after the sprain in the Meijer lot.
              Objective: SLS L 9 sec; rocker 13 sec.
              97110 Therapeutic Exercise: *** Minutes
              Interventions: heel raises 3x15, banded eversion with the green band 3x15, lateral step-downs 3x10.
              Impairments: L calf and peroneal weakness.
            Goals: ***
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h152-empty-note-nmr-and-ther-ex"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An OT note of blank lines, spaces and a tab only, with a diagnosis: DOC_NOTE_MISSING on the 97530 line and nothing else.
        ["v7-h152-blank-lines-ot-97530"] = new(
            "\n   \n\t\n  ",
            ["S52.501D"], [OT("97530", 18)], [At(NoteMissing, "97530")]),

        // An empty note for a PTA's 97116 sent with no diagnosis: DOC_NOTE_MISSING and the diagnosis finding.
        ["v7-h152-empty-97116-no-diagnosis"] = new(
            "",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // 97110's meaning on a PTH home visit: porch-step ups, rocker sit-to-stands, banded hip abduction and heel raises with doses (technique and measure), R quad and hip abductor weakness after a hip replacement (deficit); "97110 [ 16 ] min" matches: passes.
        ["v7-h152-pth-pta-97110-porch-steps"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: wife, shelling peas on the porch
            97110 [ 16 ] min
            Tx: step-ups on the bottom porch step 3x10, sit-to-stand from the rocker 3x8, standing hip abduction with the green band 3x12, heel raises at the porch rail 3x15
            Problem: R quad and hip abductor weakness after the R THA; can't carry the wood up the porch steps
            """,
            ["Z96.641"], [PTA("97110", 16)], []),

        // 97530's meaning on an LCPT goal: mixing and carrying the milk-replacer bucket to the calf-pen mock-up, setting it in the holder and lifting it back (activities), L shoulder weakness and standing endurance (deficit), load, distance, counts and SBA (measure); 20 matches: passes.
        ["v7-h152-lcpt-ot-97530-bottle-calves"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 4 of 10)
            Pt: Delores Kaup · M. Hrabik, OTR/L
            Functional goal: feed her bottle calves morning and night without help [status: progressing]
              Codes/min: 97530 = 20
              Interventions: mixing the milk replacer at the sink, carrying the bucket to the calf-pen mock-up, bending to set it in the holder and lifting it back out
              Impairment: L shoulder elevation weakness and standing endurance after the L proximal humerus fracture
              Progress measure: 10 lb bucket carried 40 ft x 4 with SBA; set in the holder and lifted out 6 times
            """,
            ["S42.292D"], [OT("97530", 20)], []),

        // 97140's meaning at PCPT Houma: central PA mobilisations L3–L5, sidelying rotation mobilisation and paraspinal STM (technique), low back stiffness and guarding (deficit), fingertip-to-floor inches (measure); dotted leader 12 matches: passes.
        ["v7-h152-pcpt-97140-net-mender"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/12/2026 · Cleo Robichaux, PT, DPT
            Code 97140 Manual ........ 12 min
            Did: central PA mobilizations L3–L5 grade III, sidelying lumbar rotation mobilization on the R, STM to the L paraspinals
            For: low back stiffness and L paraspinal guarding; the net mender can't bend over the trawl spread on the shop floor
            Numbers: fingertips to 5 in from the floor after (12 in before)
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning at SCVH Monte Vista: walker to cane on the corridor, the lot and the curb with cues (gait training), short R step and poor L stance after a hip replacement (deficit), distances and assistance levels (measure); "Timed Codes: 97116 Gait training — 17 min" matches: passes.
        ["v7-h152-scvh-pta-97116-walker-to-cane"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/12/2026
            Intervention: gait training from the front-wheeled walker to the straight cane on the corridor, the parking lot and the curb at the front door, cues for L heel strike and weight onto the L
            Target impairment: short R step and poor L stance time after the L total hip
            Outcome: 280 ft with the cane, CGA; curb with CGA; 150 ft with the walker, SBA
            Timed Codes: 97116 Gait training — 17 min
            L. Atencio, PTA
            """,
            ["Z96.642"], [PTA("97116", 17)], []),

        // ORPT Waukon generic Prairielight note: "therapeutic exercise per plan of care", "tolerated well", "Objective Measures: —", "continue plan of care" with the grid's 14 for 97110 — no exercise, deficit or measure named.
        ["v7-h152-orpt-generic-ther-ex"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note
            Delivery: one-on-one
            Interventions: therapeutic exercise per plan of care
            Clinical Findings: tolerated well
            Objective Measures: —
            Session Summary: continue plan of care
            Billing Grid:  97110 | Therapeutic exercise | 14 min
            Osvaldo Reyes, PT
            """,
            ["M62.81"], [PT("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SCLH float note: "Balance training and coordination exercises, tolerated well." with "Delivery: ***", "Problem: ***" and "Assist level: ***" beside "Timed code minutes: 97112 = 22" — no technique, deficit, measure or one-on-one.
        ["v7-h152-float-generic-balance-training"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage — H. Lindqvist, PT
            Pt received seated, gait belt on.
            Delivery: ***
            Balance training and coordination exercises, tolerated well.
            Problem: ***
            Assist level: ***
            Timed code minutes: 97112 = 22
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CFPT Smithville generic capitals for two codes, "THER EX + MANUAL PER POC. TOL WELL. CONT POC." with "CPT 97110 X 14 MIN" and "CPT 97140 X 10 MIN" — nothing named for either code; minutes per code given, so no separate-time finding.
        ["v7-h152-cfpt-generic-two-codes"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM   DAILY NOTE
            PROV: EARLENE PRUETT PTA
            CPT 97110 X 14 MIN
            CPT 97140 X 10 MIN
            NOTE: THER EX + MANUAL PER POC. TOL WELL. CONT POC.
            """,
            ["M54.50"], [PTA("97110", 14), PTA("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // RSP Mount Vernon, Sanne Verhoeven's 97110 with its dotted range and prime minutes (16'), loads in kilograms and a single-leg sit-to-stand count; R hip and quad weakness after a knee arthroscopy: passes.
        ["vord-h152-rsp-97110-seed-potato-grader"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 12.05.2026 · seed-potato grader, 52 y
            97110 TE 11.10–11.26 (16')
            Tx: goblet squats 3x10 holding 12 kg; split squats 3x8 with 6 kg in each hand; single-leg bridges 3x12; Copenhagen planks 3x20 s.
            Problem: R hip and quad weakness after the R knee arthroscopy; he can't squat to the bottom grading belt.
            Measures: single-leg sit-to-stand R 6 (L 12).
            """,
            ["Z98.890", "M62.81"], [PT("97110", 16)], []),

        // BCH Kermit OT 97530 on a goal block: pinning along the quilting frame standing, reaching across it, side-stepping its length; L hand dexterity and standing balance with reach; pins then and now and SBA; "97530 (19 min)" matches: passes.
        ["vord-h152-bch-ot-97530-quilting-frame"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Nola Justice · 05/12/2026 · A. Varney, OTR/L
            Goal #2 — set up and work at her quilting frame standing for a full row
               Status: progressing
               Treated with: 97530 (19 min) — threading and pinning along the frame standing, reaching across the frame to the far rail, stepping sideways along it with the pin cushion
               Impairment: L hand dexterity and standing balance with reach after the R stroke
               How we know: 12 pins placed standing (5 on 04/21); stepped the length of the frame with SBA
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // BCH Matewan 97116 on a goal block: quad-cane gait on the hallway, ramp and curb with cues; short R step and foot drag; distance then and now and curb assistance; "97116 (16 min)" matches: passes.
        ["vord-h152-bch-97116-to-the-store-door"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Estill Blankenship, 77 · 05/12/2026 · L. Maynard, PT
            Goal #2 — walk from the parking lot to the Food City door with the cane
               Status: progressing
               Treated with: 97116 (16 min) — gait training with the quad cane on the hallway, the ramp and the parking-lot curb, cues for a longer R step and R heel strike
               Impairment: short R step and R foot drag after the L stroke
               How we know: 240 ft with the quad cane, SBA (120 ft on 04/14); curb with CGA
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // LCPT Wisner PTA 97110 under a goal: box step-ups, hurdle step-overs, goblet squats and cuff-weight marches with doses; L hip flexor and quad weakness after a hip replacement; hurdle count then and now; "Codes/min: 97110 = 17" matches: passes.
        ["vord-h152-lcpt-pta-97110-farrowing-pen-gates"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Vernon Schlickbernd, hog-barn manager · T. Uhing, PTA
            Functional goal: step over the farrowing-pen gates without using his arms [status: progressing]
              Codes/min: 97110 = 17
              Interventions: step-ups onto the 12 in box 3x10, lateral step-overs of the 18 in hurdle 3x10 each way, goblet squats holding 20 lb 3x10, standing hip flexor marches with the cuff weight 3x12
              Impairment: L hip flexor and quad weakness after the L THA
              Progress measure: hurdle step-over without the rail 10 of 10 (4 of 10 on 04/09)
            """,
            ["Z96.642"], [PTA("97110", 17)], []),

        // NPD late entry for Tuesday evening with "97112 x 24 min — one-on-one, the gym empty but for us": rocker eyes closed, step-and-stick, perturbations in tandem; R ankle proprioception after a fracture; SLS and rocker seconds: passes.
        ["vord-h152-npd-97112-late-entry-complete"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Tuesday evening)
            LATE ENTRY — written Wed 05/13/2026 09:05 for Tue 05/12/2026
            97112 x 24 min — one-on-one, the gym empty but for us
            Rocker board M/L with eyes closed, step-and-stick onto the foam with the R, perturbations at the pelvis in tandem.
            Deficits: R ankle proprioception after the fracture; he turns it stepping off the Damen bus.
            Result: SLS R 9 sec (L 25 sec); rocker 14 sec.
            """,
            ["S82.61XD"], [PT("97112", 24)], []),

        // NPD late entry with two codes on one line, "97140 x 11 min / 97110 x 14 min", both match; GH glides and STM with flexion degrees; band rows, wall slides and ER with doses; L shoulder stiffness and scapular weakness: passes.
        ["vord-h152-npd-manual-and-ther-ex-slash-line"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B, Tuesday evening)
            LATE ENTRY — written Wed 05/13/2026 09:20 for Tue 05/12/2026
            97140 x 11 min / 97110 x 14 min
            Manual: L GH posterior glides grade III and STM to the L upper trap and levator.
            Ther ex: rows with the green band 3x15, wall slides 2x12, ER at 0° with the red band 3x15.
            Deficits: L shoulder capsular stiffness and scapular weakness; can't reach the top shelf at the hardware counter.
            Result: L shoulder flexion 131° → 142° after the glides.
            """,
            ["M75.02"], [PT("97140", 11), PT("97110", 14)], []),

        // SCMH Ishpeming PTA 97116 on episode B: cane gait on the corridor, gravel path and entry steps; knee stiffness and a short step after a knee replacement; distance and assistance last and today; "Timed: 97116 ▸ 15 min" matches: passes.
        ["vord-h152-scmh-pta-97116-gravel-path"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Maki
            EPISODE B: L TKA    ICD-10: Z96.652
            Timed: 97116 ▸ 15 min
            Interventions: gait training with the straight cane on the corridor, outside on the gravel path and up the three entry steps, cues for L knee extension at heel strike.
            Impairment: L knee stiffness and a short R step after the L TKA.
            Measures (Last | Today): 250 ft | 400 ft with the cane, SBA; steps CGA | SBA
            Completed by: Rosalind Kivela, PTA
            """,
            ["Z96.652"], [PTA("97116", 15)], []),

        // SCMH Marquette 97140 on episode C: suboccipital release, cervical glides, levator STM; L cervical stiffness; rotation degrees last and after; "Timed: 97140 ▸ 12 min" matches: passes.
        ["vord-h152-scmh-97140-ore-boat-cook"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Carol Juntunen
            EPISODE C: cervicalgia    ICD-10: M54.2
            Timed: 97140 ▸ 12 min
            Interventions: suboccipital release, C5–C6 unilateral PA glides grade III on the L, STM to the L levator scapulae.
            Impairment: L cervical stiffness; the ore-boat cook can't turn to see the galley door.
            Measures (Last | Today): L rotation 52° | 66° after
            Completed by: Gabe Niemi, PT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PSTG Onancock, "Mode of delivery: One-on-one ▾" answered; rhythmic stabilisation in tandem, step-off lunges to a stop, foam lane with head turns; postural control after a cerebellar stroke; Berg and tandem; 23 matches: passes.
        ["vord-h152-pstg-97112-tomato-cannery-retiree"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/12/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: rhythmic stabilization in tandem stance, stepping off the foam block into a lunge with a stop, walking the foam lane with head turns to called names
            Impairments Addressed: postural control and a slow stepping response after the L cerebellar stroke; the tomato-cannery retiree sways reaching to the high rack
            Measurables: Berg 47/56; tandem 11 sec
            97112 Neuromuscular Re-ed — 23 min
            D. Kellam, PT, DPT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // PSTG Pocomoke City PTA complete note whose diagnosis came across from the old system as "#Error": diagnosis missing, nothing else (1:1 ticked, rocker, step-and-stick, perturbations, R ankle proprioception, SLS and rocker seconds, 21 matches).
        ["vord-h152-pstg-pta-dx-error"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/12/2026
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board A/P with the eyes closed, step-and-stick onto the foam with the R, perturbations at the shoulders in narrow stance
            Impairments Addressed: R ankle proprioception after the sprain stepping off the crab-house loading dock
            Measurables: SLS R 8 sec (L 22 sec); rocker A/P 12 sec
            97112 Neuromuscular Re-ed — 21 min
            J. Tawes, PTA
            """,
            ["#Error"], [PTA("97112", 21)], [Dx]),

        // LMH Roseville PTA: "Delivery: One-on-one — her son sat in to interpret in Arabic"; cane step-overs to a stop, foam with head turns, perturbations; sway and a late protective step; Berg and pushes; 22 matches: passes.
        ["vord-h152-lmh-pta-97112-son-interpreting"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one — her son sat in to interpret in Arabic.
              Interventions: stepping over the cane and back to a stop, foam stance with head turns, perturbations at the pelvis in stride stance.
              Impairments: postural sway and a late protective step; she nearly fell stepping down into the sunken living room.
              Objective: Berg 44/56; 5 of 8 pushes recovered with one step.
            Goals: ***
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // LMH Sterling Heights OT 97530: laundry basket on the practice stairs, loading the washer, hanging shirts; R shoulder weakness and balance with a load after a humerus fracture; basket load, trips and shirts; 21 matches: passes.
        ["vord-h152-lmh-ot-97530-laundry-stairs"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 21 Minutes
              Interventions: carrying the laundry basket down and up the practice stairs, loading the front-load washer kneeling on the cushion, hanging shirts on the closet rod.
              Impairments: R shoulder weakness and standing balance with a load after the R proximal humerus fracture.
              Objective: basket with 8 lb carried on the stairs x 3 with SBA; 10 shirts hung without a rest.
            Goals: ***
            """,
            ["S42.291D"], [OT("97530", 21)], []),

        // SCVH Monte Vista, Teodora Ulibarri: "one-on-one — the granddaughter interpreting in Spanish sat by the door"; X1 on foam, head-turn walking, stops and turns; L vestibular hypofunction; DGI and tandem steps; 24 matches: passes.
        ["vord-h152-scvh-97112-crane-festival-volunteer"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/12/2026
            Supervision/Delivery: one-on-one — the granddaughter interpreting in Spanish sat by the door
            Intervention: gaze stabilization X1 on the busy card standing on foam, walking the hall with head turns, quick stops and turns to called targets
            Target impairment: L vestibular hypofunction; the sandhill-crane festival volunteer staggers turning to point out the cranes
            Outcome: DGI 17/24 (12/24 at eval); tandem with head turns 8 steps
            Timed Codes: 97112 Neuromuscular re-education — 24 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // SCVH South Fork OT 97530: beading at the craft table standing, reaching the bead tray, carrying it to the case; R fine-motor coordination and standing tolerance after a carpal tunnel release; beads strung and trips with SBA; 18 matches: passes.
        ["vord-h152-scvh-ot-97530-beadwork"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/12/2026
            Intervention: beading at the craft table standing, reaching the bead tray down from the upper shelf, carrying the tray to the display case
            Target impairment: R hand fine-motor coordination and standing tolerance after the R carpal tunnel release
            Outcome: 20 beads strung standing (9 last week); tray carried 30 ft x 3, SBA
            Timed Codes: 97530 Therapeutic activities — 18 min
            R. Holcomb, OTR/L
            """,
            ["G56.01", "Z98.890"], [OT("97530", 18)], []),

        // LCRT Holbrook 97116 by Emily Hartman: cane gait on the hall, the dirt lot and the chapter-house ramp with cues; short step and foot drag after a knee replacement; distance and assistance; "Time: 17 minutes" on the code row matches: passes.
        ["vord-h152-lcrt-97116-chapter-house-ramp"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Gait 97116 | Time: 17 minutes
            Activity: gait training with the straight cane on the hall, across the dirt lot and up the ramp at the chapter house, cues for R heel strike and an upright trunk
            Problem: short L step and R knee stiffness after the R TKA; he drags the R foot on the washboard road to the mailbox
            Measure: 320 ft with the cane, SBA; ramp with CGA
            E. Hartman, PT
            """,
            ["Z96.651"], [PT("97116", 17)], []),

        // LCRT Winslow PTA complete 97110 sent with no diagnosis: diagnosis missing, nothing else (stool sit-to-stands, step-ups and band work with doses, hip and quad weakness, chair-stand count; 15 matches).
        ["vord-h152-lcrt-pta-97110-no-diagnosis"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Ther ex 97110 | Time: 15 minutes
            Activity: sit-to-stand from the low stool 3x10, step-ups onto the 8 in step 3x10, hip abduction with the red band 3x12
            Problem: B hip and quad weakness; she can't get up off the low stool by the woodstove without pushing on the wall
            Measure: 30-second chair stand 9 (6 at eval)
            W. Yazzie, PTA
            """,
            [], [PTA("97110", 15)], [Dx]),

        // SHMC 2 North PTA under the full template: "DELIVERY MODE: Individual — therapist and patient, with the interpreter"; step-and-stick, squat-to-stand on foam, perturbations; R-sided postural control; Berg and squat count; 23 matches: passes.
        ["vord-h152-shmc-pta-97112-garden-rows"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk.   INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: Hmong, in person.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: Tends her plot at the community gardens again.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: Individual — therapist and patient, with the interpreter.
            INTERVENTIONS: step-and-stick onto the foam, squatting to a low target and rising on the foam, perturbations at the pelvis in stride stance.
            IMPAIRMENTS ADDRESSED: R-sided postural control after the L stroke; she tips to the R rising from a squat in the garden rows.
            OUTCOME MEASURES: Berg 45/56; 7 of 10 squat-to-stands on foam without a hand down.
            PATIENT / FAMILY EDUCATION: home program reviewed through the interpreter.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["I69.351"], [PTA("97112", 23)], []),

        // SHMC 2 North OT 97530 under the full template: kringle dough at the counter, the sheet pan to the upper rack, reaching the pegboard; L grip and coordination after a stroke; grip pounds and pan lifts with SBA; 20 matches: passes.
        ["vord-h152-shmc-ot-97530-kringle"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk.   INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: Wants to bake the kringle for her granddaughter's shower.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 20 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: rolling out and cutting kringle dough at the counter standing, lifting the sheet pan to the upper oven rack, reaching to the pegboard for the cutters.
            IMPAIRMENTS ADDRESSED: L hand grip and coordination after the R stroke; she drops the sheet pan and steadies on the counter when she reaches.
            OUTCOME MEASURES: grip L 28 lb (R 46 lb); sheet pan to the upper rack 5 times with SBA.
            PATIENT / FAMILY EDUCATION: husband shown the two-hand pan grip.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // STBF Corning, Bram Oosterhuis's narrative: reactive stepping to pushes, foam-curb step-offs, walking and looking over the shoulder; late short protective step; pushes and TUG; "Time:" line 23, one-on-one with his wife in the lobby: passes.
        ["vord-h152-stbf-97112-grandstand-steps"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Harold Van Etten — Bram Oosterhuis, PT
            What we worked on: reactive stepping to pushes at the pelvis in all four directions, stepping onto and off the foam curb, walking and turning to look over his shoulder.
            Why: his protective step is late and short; the retired racetrack-grounds worker fell backward on the grandstand steps at Watkins Glen.
            How he did: 7 of 10 backward pushes recovered with one step (3 of 10 at eval); TUG 11.2 s.
            Time: Neuromuscular re-education (97112), 23 minutes, one-on-one — his wife read in the lobby.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF Elmira OT 97530, Joan Pettibone: car-seat transfers, grocery bags trunk to counter, shelving cans standing; R hip weakness and balance with a load; transfers and bags with SBA; "Time:" line 19: passes.
        ["vord-h152-stbf-ot-97530-groceries"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Vera Szabo — Joan Pettibone, OTR/L
            What we worked on: getting in and out of the car-seat mock-up, lifting the grocery bag from the trunk to the counter, putting cans away on the upper shelf standing.
            Why: R hip weakness and poor balance with a load after the R hip fracture; she stops halfway with the bag propped on the hood.
            How she did: car transfer 3 times with SBA; 6 bags lifted trunk to counter, cans shelved standing without a rest.
            Time: Therapeutic activities (97530), 19 minutes.
            """,
            ["S72.001D"], [OT("97530", 19)], []),

        // SCLH Pav B, Dee's Tuesday NMR: "Pt seen indiv. thruout, husband on the bench"; foam eyes closed with head turns, Airex step-up and hold, perturbations in tandem; ↓ proprioception both feet; Berg and tandem; "NMR (97112) — 24 min" matches: passes.
        ["vord-h152-dee-tuesday-nmr-water-taxi"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 24 min   Pt seen indiv. thruout, husband on the bench
            Tx: foam stance EC c̄ head turns, step-up & hold on the Airex, perturb. @ shoulders in tandem.
            Imp: ↓ proprioc. B feet, DM neuropathy, LOB on the gangway to the water taxi.
            Obj: Berg 47/56; tandem 9 sec EC.
            A/P: progressing, cont. POC.
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // SCLH Pav B PTA Marisol Ocampo 97110: leg press, step-ups, TKE and heel raises with doses; R quad weakness after a knee replacement; flexion and lag degrees; "Timed: 97110 — 15 min" matches: passes.
        ["vord-h152-ocampo-pta-97110-two-flat-stairs"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo, PTA
            Timed: 97110 — 15 min
            Tx: leg press 3x12 @ 70 lb, step-ups onto the 6 in step 3x10, TKE w/ black band 3x15, heel raises 3x15.
            Impairment: R quad weakness after the R TKA; can't climb the back stairs of her two-flat.
            Objective: knee flexion 112°, ext lag 4°.
            A/P: cont. POC.
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // RPT Tuesday afternoon in the Manville hall, one dense line: 1:1 at the card tables; floor-seam step-overs, foam with head turns, pushes; late step and sway at the pasture gate; Berg and pushes; 22 matches: passes.
        ["vord-h152-rpt-manville-pasture-gate"] = new(
            """
            Rawhide PT — M. Vankirk PT (Tuesday, Manville community hall): Clete Hornbeck, 97112 22 min; 1:1, just him & me at the card tables; stepping over the floor seams to a stop, foam stance w/ head turns, pushes at the hips; late step & sway, the pasture gate swung on him in the wind & he couldn't get a foot out; Berg 46/56, 6/10 pushes w/o a step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // RPT dense line 97140: GH glides and posterior-cuff STM; L shoulder stiffness after the windmill-platform fall; flexion degrees before and after; 11 matches: passes.
        ["vord-h152-rpt-97140-windmill-platform"] = new(
            """
            Rawhide PT — M. Vankirk PT: Lyle Brost, 97140 11 min; L GH posterior & inferior glides grade III, STM to the L posterior cuff; L shoulder stiff since the fall off the windmill platform, can't reach up to pitch hay off the stack; flexion 118° → 130° after.
            """,
            ["M25.612"], [PT("97140", 11)], []),

        // LMPT Archer Ave, Rosa Delgado-Finn: PNF D2 patterns on foam, half-roll tandem, step-and-stick; L knee proprioception and trunk control after an ACL reconstruction; SLS and Y-balance; 1:1 marked; "Code: 97112 | Min: 23" matches: passes.
        ["vord-h152-lmpt-97112-paletero"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: PNF D2 flexion/extension patterns standing on foam, tandem on the half roll, step-and-stick onto the Airex w/ the L
            Why: L knee proprioception + trunk control after the ACL reconstruction; the paletero pushing his cart wobbles stepping off the curb
            #s: SLS on foam L 10 sec (R 26 sec); Y-balance ant. reach L 58 cm
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // LMPT resident note, two codes "97112 | 22 min | 1-on-1" and "97110 | 12 min", both match; Dynavision reaches on the BOSU, reactive cuts, drop landings with landing count and SLS; calf and peroneal work with doses: passes.
        ["vord-h152-lmpt-resident-nmr-and-ther-ex"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            97112 | 22 min | 1-on-1
            Tx: Dynavision light-board reaches standing on the BOSU, reactive cutting to a called side, drop landings to stick from the 12 in box
            Why: L ankle proprioception and late landing control after the lateral ankle sprain; the club volleyball setter rolls it landing at the net
            #s: 7 of 10 landings stuck; SLS on BOSU L 12 sec
            97110 | 12 min
            Tx: eccentric heel drops 3x15, banded eversion black 3x15, single-leg calf raises 3x12
            Why: L calf and peroneal weakness
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12)], []),

        // MBOG Ontario 97140 on an arrow: lumbar PA and rotational mobilisations and QL STM; lumbar hypomobility and guarding; fingertip-to-floor inches; arrow 12 matches: passes.
        ["vord-h152-mbog-97140-conveyor-bearings"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Leland Yasuda, sugar-factory millwright · Visit 7 · 05/12/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ODI 28% today (intake 46%, 04/02/2026)
            STG 1 (by visit 10): bend to grease the conveyor bearings without the back locking — PROGRESSING
               → 97140 · 12 min · central and unilateral PA mobilizations L3–L5 grade III, sidelying rotational mobilization, STM to the R quadratus lumborum
               Impairment: lumbar hypomobility and R paraspinal guarding
               ▸ measured by: fingertip-to-floor 7 in (15 in at eval)
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MBOG Vale 97112 on an arrow, "Delivery: one-on-one — Rosalind and Ms. Arriola only"; rocker eyes closed, foam SLS with ball catches, tilt-board holds; R ankle proprioception; SLS and Y-balance; arrow 22 matches: passes.
        ["vord-h152-mbog-97112-wet-shed-floor"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Josefina Arriola, packing-shed line lead · Visit 9 · 05/12/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 78% today (intake 52%, 03/24/2026)
            LTG 1 (by 07/01): walk the wet shed floor all shift without the ankle giving way — PROGRESSING
               → 97112 · 22 min · rocker board with the eyes closed, single-leg stance on the foam catching a ball, stepping onto a tilt board and holding
               Impairment: R ankle proprioception after the second inversion sprain
               ▸ measured by: SLS R foam 11 sec (4 sec at eval); Y-balance anterior R 63 cm (L 69 cm)
            Delivery: one-on-one — Rosalind and Ms. Arriola only.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // PTH Hillsville, Rhonda Sizemore: "97112 [ 23 ] min — 1:1, the only patient in the house" with her sister on the porch; hall-runner tandem with head turns, step-overs of the dog's bed, counter perturbations; sway and a late step; Berg and tandem: passes.
        ["vord-h152-pth-97112-furniture-finisher"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: sister, out on the porch with the dog
            97112 [ 23 ] min — 1:1, the only patient in the house
            Tx: tandem along the hall runner with head turns, stepping over the dog's bed to a stop, perturbations at the hips at the counter edge
            Problem: postural sway and a late step; the retired furniture-factory finisher fell backward off the porch stoop in March
            Assist/Dist: Berg 44/56; tandem 9 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PTH Wytheville PTA 97116 home visit: rollator gait down the gravel drive and up the porch steps with cues; shuffling and forward lean after a hip fracture; distance and assistance; "97116 [ 17 ] min" matches: passes.
        ["vord-h152-pth-pta-97116-gravel-drive"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            Present: husband, watching from the kitchen
            97116 [ 17 ] min
            Tx: gait training with the rollator down the gravel drive to the mailbox and back, up the two porch steps with the rail, cues for step length and heel strike
            Problem: short shuffling steps and a forward lean after the L hip fracture
            Assist/Dist: 380 ft with the rollator, SBA; porch steps CGA
            """,
            ["S72.002D"], [PTA("97116", 17)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
