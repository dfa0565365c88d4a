using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fortieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind beside the hundred-and-thirty-ninth) is one Thursday's notes
/// (16 April 2026) drawn at random across all the clinics of the hundred-and-thirtieth to hundred-and-thirty-eighth sets,
/// each clinic in its own style and no clinic with more than eight notes: the next week of the earlier clinics, visits
/// treating several problems in sections, adjuncts and cash services beside billed codes, progress reports,
/// recertifications and discharges that bill treatment, the eight-clinician clinic, the one template used differently,
/// and character-limited fields. No style is new; the set measures how the analyzer does across the styles it has
/// already seen, with notes it has not. About two thirds are ordinary and complete (66 of 104), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs
/// and OTs, from these employers:
/// <list type="number">
/// <item>the week-to-week clinics of the hundred-and-thirtieth and hundred-and-thirty-fourth sets: Rosario Strait
/// Physiotherapy (RSP: Anacortes, Mount Vernon and Friday Harbor, Washington; "97112 NMR 14.00–14.23 (23') · 1:1",
/// day-first dotted dates, metric loads): Jonas Brenner, Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz
/// Wierzbicki (PTA); Big Horn Basin Regional Hospital (BHBR: Worland, Thermopolis and Greybull, Wyoming; "▸ START ■ STOP
/// … = 22 MIN" rows): Maren Thorsby, Joel Akiyama and Cody Ostrander (PTs) and Renata Villalobos (PTA); Prairie Coteau
/// Sports Medicine (PCSM: Brookings and Yankton, South Dakota; pipes, "1:1 [x]", "Imp:", "Obj:"): Jens Halvorsen and Maya
/// Two Bulls (PTs) and Tate Kloster (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville, Virginia;
/// "Visit at:", "Present:", minute boxes "97112 [ 22 ] min", "Assist/Dist:"): Rhonda Sizemore (PT), Darnell Hash and
/// Kaylee Quesenberry (PTAs) and Lorena Bowman (OTR/L); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning
/// and Ithaca, New York; the narrative "What we worked on / Why / How he did / Time"): Naomi Castellucci and Bram
/// Oosterhuis (PTs), Leticia Fairweather (PTA) and Joan Pettibone (OTR/L); Tuscarawas Valley Medical Center (TVMC: New
/// Philadelphia, Dover and Sugarcreek, Ohio; the activity log with timers): Renee Stutzman and Tom Gerber (PTs) and Ben
/// Oyelaran (PTA); Thermopolis Physical Therapy (TPT: "tx/ why/ #s/" and "97112/97140 = 23/10 min — 1:1 [x] / grp [ ]"):
/// Russ Ekberg (PT) and Jolene Sandoval (PTA); Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted
/// Living in Ponca City; "CST GERI VISIT" with falls, near-falls, orthostatics and "1:1: Y"): Loretta Haskins and Bao Tran
/// (PTs), Wendell Pickard (PTA) and Renata Holloway (OTR/L);</item>
/// <item>the multi-problem clinics of the hundred-and-thirty-first set: Tri-Rivers Multispecialty Clinic (TRMC: Paducah,
/// Mayfield and Murray, Kentucky; "PROBLEM #1 — … (ICD-10)" sections with "97112 — 24 min" indented and "***"
/// wildcards): Naomi Achterberg and Lionel Fairweather (PTs); St. Columba Memorial Hospital (SCMH: Marquette, Ishpeming
/// and Negaunee, Michigan; "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group",
/// "Measures (Last | Today)", "Completed by:"): Tove Lindqvist and Gabe Niemi (PTs), Rosalind Kivela (PTA) and Marit Salo
/// (OTR/L); Quarry Hill Physical Therapy (QHPT: Barre and Montpelier, Vermont; dotted leaders "97112 ........ 23 mins —
/// balance (Dr. Bell)" and the "☐ PT ☒ PTA" row): Jonah Pelletier and Mireille Gagnon (PTs) and Travis Lamoureux
/// (PTA);</item>
/// <item>the adjunct clinics of the hundred-and-thirty-second set: Black Hills Sports &amp; Spine (BHSS: Spearfish,
/// Sturgis and Belle Fourche, South Dakota; "Service | By | Time" rows and the "RECOVERY BAR — cash, not billed" block
/// with compression boots and kinesio tape): Tessa Lindahl and Grady Two Bulls (PTs), Mikayla Schade (PTA), Noah Fergen
/// (ATC) and Cole Janssen's own training client; River Bend Chiropractic &amp; Physical Therapy (RBC: Muscatine, Wilton
/// and West Liberty, Iowa; "Who: [X] PT", "One-on-one: (Y) / N", the DC's line, the CA's IFC and the HydroMassage bed):
/// Jana Kruse and Luis Medrano (PTs), Becca Ehlers (PTA) and Kori Hahn (CA); Blue Mountain Regional Hospital (BMRH:
/// Pendleton, Hermiston and Milton-Freewater, Oregon; "[97112] Neuromuscular re-ed — 22 min — F. Orozco PT", the
/// "Delivery: Individual [X] Concurrent [ ] Group [ ]" row and the MODALITY ROOM line): Marguerite Ashby and Felipe
/// Orozco (PTs) and Dawn Hollister (PTA);</item>
/// <item>the report clinics of the hundred-and-thirty-third set: Kaskaskia River Medical Center (KRMC: Carlyle, Breese
/// and Highland, Illinois; the "IE | LAST PR | TODAY" grid and "TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23
/// MIN"): Miriam Okafor and Trent Hollis (PTs) and Renata Quist (OTR/L); Marshside Physical Therapy &amp; Balance (MPT:
/// Brunswick, St. Simons Island and Darien, Georgia; the WebPT-style progress report with its "Billing:" line, the
/// recertification grid "CPT | Description | Min" and the daily note): Colleen Drayton and Jamal Whitfield (PTs) and
/// Ashlyn Pruitt (PTA); Cottonwood Creek Health &amp; Rehabilitation (CCHR, Meridian Rehab Partners: the Part B progress
/// report's LTG table and "SKILLED INTERVENTIONS THIS DATE"): Gil Archuleta and Dolores Vang (PTs), Kurt Engebretsen (PTA)
/// and Farah Nadeem (OTR/L);</item>
/// <item>the eight-clinician clinic of the hundred-and-thirty-fifth set (Shoal Creek Therapy &amp; Hand, SCTH, Joplin,
/// Missouri, "SCTH Daily v3" on ClearChart): Maren Oduya's full fields and vestibular room, Curt Blevins's one-liners,
/// Tessa Lindqvist's "[copied forward from 4/9 — reviewed/updated]", Raj Pillai's "Pt presents to clinic …", Shelby
/// Kuhn's boxes and the clinic's "Steady Steps", and Nadia Farrow's "Hand therapy —" heading;</item>
/// <item>the one template of the hundred-and-thirty-sixth set ("QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)"):
/// Chequamegon Bay Health (CBH: Maren Tollefsrud's ASSESSMENT-only notes with clock ranges, Gordon Baumgartner's grid
/// cell, Brent Hakala's pasted SUBJECTIVE, Celeste Duquette's OT note and the default attestation), Pee Dee Physical
/// Therapy Associates (PDPT: Lamar Sellers's numbers in PLAN, Deja McCants's "--Select--" dropdown, Travis Godbold's prose
/// minutes beside "(no rows)", Shonda Gause's "N/A") and Purgatoire Valley Rural Health Clinic (PVRHC: Rosalind
/// Archibeque, Zeke Pruneda's grid minutes and the printed "[ ] One-on-one" box);</item>
/// <item>the character-limited fields of the hundred-and-thirty-eighth set: Tamarack Health Advantage's portal (THA:
/// "Delivery (1:1/Grp/Conc):", "Interventions (250 char max):", "Minutes by CPT: 97112 = 22; 97110 = 13", the plan's
/// "StrongSteps" weeks and a print view without the limits) filled by Lakeland Therapy Partners' Renata Voss (PT) and
/// Colby Ashgrove (PTA); Caney Fork Physical Therapy (CFPT: OfficeMate PM capitals, "CPT 97112 X 22 MIN", "[X] INDIVIDUAL
/// [ ] GROUP [ ] CONCURRENT"): Dwayne Kittrell and Hollis Tate (PTs), Earlene Pruett (PTA) and Wanda Sells (OTR); and
/// Saguaro Home Therapy's text charting (SHT: TxtChart lines, "[1:31p]" stamps that agree with a code's texted minutes,
/// "Delivery? ▸ [1:1 ✓]", "97112 23m"): Marisol Ybarra (PT) and Trent Haugen (PTA).</item>
/// </list>
/// This Thursday's people: a retired net mender, a whale-watch deckhand, a seed-potato grader, a tulip-field crew lead,
/// a fly-fishing guide off a raft, a bean-plant sorter, a combine driver on a ladder, a Jackrabbits pole vaulter and
/// high jumper, a steeplechaser, a Yankton drum major, a high-school wrestler, a Hillsville fiddler, a Wytheville
/// retired bus driver, a glass-shop worker, a woman on the Cascadilla gorge stairs, a pottery glazer, an Amish
/// harness-shop sill, a parish-hall casserole, a bingo caller's table, a bird feeder, a saddle to throw up, a sauna
/// path, cribbage pegs, a sugarhouse, a school-bus driver, a meat-plant line, a melon-truck ramp, an orchard row, a
/// packing shed, a sailboat's sailbag, a church-kitchen roaster pan, a turtle-patrol volunteer, a woman on the
/// shrimp-dock boards, a one-room-school teacher, a rail-yard carman, a diner waitress, a Joplin keeper and her mother
/// filming, a rice harvester's push pole, a raceway usher, a choir on the risers, a cane-truck driver, a rancher at the
/// cattle guard, a huckleberry picker, a float-plane dock, a bass boat, a quilt frame, a nursery truck, a snowbird from
/// Duluth and a tortoise pen — with a daughter in the ferry lane, a grandson on the porch, a husband holding a purse, a
/// wife learning the exercises, a neighbour with tamales, an activities director, a CA's own IFC patient, a strength
/// coach's own client and an ATC.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "____", "***", "N/A", an unanswered box, dropdown or "Y / N" and an unreplied quick-reply state nothing, a box
/// is read as ticked or not and a circled letter as answered, a time stamp on a log line or a text and a report's earlier
/// columns are never a code's minutes, a default sentence the clinician signed is read as written unless the note shows it
/// false, what an aide, an ATC, a chiropractor, a CA or a strength coach did is not the billed service, and a branded
/// programme's level or week never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h140-…): one-on-one in these writers' own words ("1:1 — just Mr. Haugland and me in the back room;
/// his daughter waited in the car in the ferry lane", "1:1, only Mrs. Alderman and me in the front room" with a grandson
/// on the porch, "One-to-one for the balance piece — Lionel and Mrs. Cothran; her husband held her purse by the door",
/// "(Y) / N — Jana with Mr. Hinkle only; Kori had her own IFC patient in room 2", "1:1 — pt's wife sat in to learn the
/// HEP, not treated", "1:1 in the casita, just him + me; neighbour dropped off tamales + left"), notes that negate it (a
/// PTA with two patients on the balance beam, Shelby with two on the foam line "I cued them both", a PTA who "ran Brody
/// and his teammate through hop-and-stick together" under a ticked "1:1 [x]") or never state it (a narrative's "Time:"
/// line and a progress note with no delivery word), and the codes without a one-on-one check: an OT's 97530 at a
/// dining-room table with two other residents and a PTA's 97110 with another patient on the bike;</item>
/// <item>class 2 (v2-h140-…): checkbox and blank-field states ("1:1 [ ] / grp [ ]" with nothing ticked, "1:1: Y" and
/// "1:1: Y / N" left as printed, "☒ 1:1" on an episode and a resident row, "--Select--" never answered, "[X] One-on-one for
/// all timed minutes", "Obj: ____", "Deficit: ________", "Individual [X]" ticked and the same row with nothing ticked, an
/// unrelated "Present: ______" beside a complete note, Curt's "☑ 1:1" row);</item>
/// <item>class 3 (v3-h140-…): named programmes and methods as techniques (the Otago Exercise Programme's level C balance
/// items, Active Release Technique with nerve sliders, Herdman X1 and X2 viewing to a metronome with habituation, PNF D1
/// and D2 patterns with rhythmic stabilisation in half-kneeling, Mulligan mobilisation with movement in a grid cell, LSVT
/// BIG maximal daily exercises, Tai Ji Quan: Moving for Better Balance forms, McKenzie repeated extension in lying), the
/// plan's "StrongSteps Week 5 per plan protocol" and the clinic's "Steady Steps Level 4 per the clinic handout" as the
/// only technique, and an Alfredson protocol "per protocol" with no dose;</item>
/// <item>class 4 (v4-h140-…): deficits stated as findings (a deckhand who can't tell where his feet are on the dock boards
/// when the wake comes through, a knee that buckles stepping down off the combine ladder, a woman who tips backward
/// filling the bird feeder, a parka zipper she can't start with the L hand, a toe that drags on the raceway concourse
/// ramp, a man who veers into the wall in the narrow hall to the casita) and notes that state none ("Impairment: see
/// IE.", "IMP: N/A", ASSESSMENT left at "Pt tolerated tx well. Continue POC." with the treatment pasted in SUBJECTIVE,
/// "why/ per eval");</item>
/// <item>class 5 (v5-h140-…): measures in every usual form (a Mini-BESTest and a gait speed in prose, a Y-balance
/// composite in percent with a reach difference in centimetres, the 4-stage test and 5xSTS, a 97116's distances and
/// assistance on three surfaces, Box and Block and grip pounds for a 97530, an mCTSIB row "30 / 30 / 30 / 9 s", the Four
/// Square Step Test and TUG) and notes with none ("Berg: deferred — resident had to leave early for her hair
/// appointment", "steadier than last week per pt and her granddaughter", a text's "did better on the foam today 👍", a
/// 97110 one-liner with exercises and no dose);</item>
/// <item>class 6 (v6-h140-…): minutes in these templates' forms (the owner's slash form, two stamped rows, two pipe heads,
/// two texted codes, "Minutes by CPT" with two codes, two "X MIN" lines, a PT's and an OT's report headings) and true
/// mismatches ("Timed: 97112 ▸ 33 min" on 21, a leader's 28 on 16 beside a matching one, a clock range of thirty-five
/// minutes on 23, a recertification grid's 30 on 18) and truly missing separate time (a home-visit box "[ __ ]" beside a
/// filled one, a log with only the session's start and end and "36 min total", BHSS rows with empty time cells over
/// "TIMED TOTAL: 37 min");</item>
/// <item>class 7 (v7-h140-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty note on a 97112 and 97140 visit, line breaks and spaces on a PTA's 97116, an empty OT 97530 with no
/// diagnosis), the contract's meanings for 97110 (rows, wall slides and side-lying ER after a cuff repair), 97530
/// (sandbags to a tailgate and feed buckets), 97140 (cervical lateral glides and suboccipital release) and 97116 (walker
/// to cane on a hall, ramp and curb), and wholly generic notes ("TX: balance training per POC. Tolerated well." with "1:1:
/// Y", two grid rows under "Pt tolerated tx well. Continue POC." and "N/A" fields, an OT narrative of "functional
/// activities … per plan … did well", a portal print view of "balance and coordination exercises per POC");</item>
/// <item>ordinary (vord-h140-…): complete notes of this Thursday from every kind of clinic that a reviewer passes (the
/// false-positive guard) — single-code and two- and three-code visits, a PT's and an OT's episodes on one visit, a
/// progress report, a Part B progress report and an OT discharge with the day's treatment, adjuncts written apart (the
/// HydroMassage bed, the strength coach's client, an aide's hot pack), a copied-forward pelvic-health note, a new
/// graduate's SOAP note — and the ordinary weak ones: a complete text note with no diagnosis and a claim whose diagnosis
/// is the words "low back pain".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, a grandson, husbands, wives,
/// a neighbour, a mother filming, an activities director, an aide, an ATC, a CA, a chiropractor and a strength coach
/// (none of them a patient; Mrs. Ugland, Mr. Tull, Brody's teammate and the patient on the bike are), ages, dates of
/// service, certification periods, visit numbers and treatment days, appointment times, times of day on log lines and
/// texts, step and box heights in inches and centimetres, loads in pounds and kilograms, band colours, degrees, distances
/// in feet and metres, gait speeds, reach in inches and centimetres, grip pounds, microvolts, counts of falls, cups,
/// pegs, buttons, needles, towels, sticks, pushes and trips, and outcome scores in a report's earlier columns — and each
/// is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the
/// code, in its block's heading, in a minute box, a stamped row, a timer line, a texted code, a billing line, a leader or
/// a grid row of the code, or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest
/// or a test, except the two that fail for a visit's total ("session ended — 36 min total", "TIMED TOTAL: 37 min"); notes
/// failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where
/// the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure
/// with a number and fails it only when the note has no number but its code and its minutes; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, neighbour or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does (even under a ticked box), and a therapist attending someone else during the
/// block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a day drawn across so many templates could honestly be read either way on: a cash or
/// membership service's own minutes on a single-code visit (whether they are the code's), a report grid whose TODAY
/// column is blank beside earlier scores, two codes joined by "+" with one figure, a text stamp that disagrees with the
/// code's texted minutes, a box ticked one way and a sentence saying another about the same element, and a field cut
/// mid-word exactly where its number or its delivery word would have been.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 104 cases agree (102 needed), and none of the 66 notes the reviewer passes got a finding, on the analyzer of 14e717a (the 2026-12-07 twentieth session after the hundred-and-thirty-seventh and hundred-and-thirty-eighth sets were worked through and two reviews, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data (6b8cb41): 103 of 104, no false positive, as at its first run. Left: two athletes worked together by a PTA.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortiethTests(ITestOutputHelper output)
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

        // RSP Anacortes one-line head "97112 NMR 14.00–14.23 (23') · 1:1 — just Mr. Haugland and me in the back room; his daughter waited in the car at the ferry lane"; rocker board, foam tandem with head turns, perturbations at the pelvis; R ankle proprioception on a rolling deck; rocker seconds and Berg: passes.
        ["v1-h140-rsp-daughter-in-the-ferry-lane"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 16.04.2026 · retired net mender, 77 y
            97112 NMR 14.00–14.23 (23') · 1:1 — just Mr. Haugland and me in the back room; his daughter waited in the car in the ferry lane
            Tx: rocker board A/P eyes closed; foam tandem with head turns; perturbations at the pelvis in narrow stance.
            Problem: R ankle proprioception down after the sprain on the float; he can't feel the deck when it rolls.
            Measures: rocker board 12 s without an edge touch; Berg 48/56.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // BHBR Worland PTA stamped row: "had Mr. Fenske and Mrs. Ugland on the balance beam together, cueing one then the other" — another patient in the block: one-on-one missing; beam tandem, foam marching, lateral pushes; sensory loss in the feet; tandem seconds and pushes present.
        ["v1-h140-bhbr-pta-two-on-the-beam"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:15 ■ STOP 09:37 = 22 MIN
            Had Mr. Fenske and Mrs. Ugland on the balance beam together, cueing one then the other through the whole block.
            NMR: tandem walking on the beam, marching on the foam strip, lateral pushes at the hips.
            Impairment: sensory loss in both feet with the neuropathy; watches his boots to stay on the beam.
            Objective: tandem on the beam 8 s; 5 of 8 pushes without a step.
            Renata Villalobos, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PTH Hillsville home visit: "Present: grandson, stayed out on the porch" and "1:1 — only Mrs. Alderman and me in the front room"; counter perturbations, stepping over the rug edge, foam stance with head turns; foot proprioception and late stepping; tandem seconds and FGA; box 22 matches: passes.
        ["v1-h140-pth-grandson-out-on-the-porch"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: grandson, stayed out on the porch
            97112 [ 22 ] min — 1:1, only Mrs. Alderman and me in the front room
            Tx: perturbations at the kitchen counter, stepping over the braided rug edge on cue, foam stance with head turns
            Problem: poor foot position sense and a late step; caught her toe on the rug going to the wood stove
            Assist/Dist: tandem 7 s at the counter; FGA 17/30
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], []),

        // STBF Ithaca narrative whose "Time:" line gives the code and its minutes and never says how he was seen, nothing else on delivery: not stated; foam head turns, floor targets, perturbations; sway and a late step; Berg and a perturbation count present.
        ["v1-h140-stbf-narrative-time-line-no-delivery"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Amos Rutledge — Bram Oosterhuis, PT
            What we worked on: foam stance with head turns, stepping to the floor targets I called, perturbations in tandem at the pelvis.
            Why: postural sway and a late protective step; he grabs the rail on the Cascadilla gorge stairs.
            How he did: Berg 46/56; 6 of 10 perturbations recovered with one step.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TRMC Murray two problems: "One-to-one for the balance piece — Lionel and Mrs. Cothran, her husband held her purse by the door"; X1 viewing, head-turn walking, foam feet together; vestibular hypofunction; DGI; the neck problem's 97140 with glides and degrees; minutes on indented lines match: passes.
        ["v1-h140-trmc-husband-held-her-purse"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Edna Cothran. Lionel Fairweather, PT
            PROBLEM #1 — Dizziness, R vestibular hypofunction (H81.21), Tri-Rivers Neurology
              97112 — 24 min
              One-to-one for the balance piece — Lionel and Mrs. Cothran; her husband held her purse by the door.
              X1 viewing on the busy card standing on foam, walking the hall with head turns, feet together eyes closed.
              Impairment: R vestibular hypofunction; the pews swim when she turns to the aisle.
              Measures: DGI 16/24.
            PROBLEM #2 — Neck pain (M54.2), Tri-Rivers Orthopaedics
              97140 — 10 min
              C4-5 unilateral PA glides grade III R, suboccipital release.
              Impairment: R cervical rotation 55 degrees, stiff turning to back the car.
            Pt goals: ***
            """,
            ["H81.21", "M54.2"], [PT("97112", 24), PT("97140", 10)], []),

        // SCTH Shelby (PTA): "Mrs. Grisham and Mr. Tull side by side on the foam line, I cued them both" — another patient in the block: one-on-one missing; foam tandem, marching with head turns, pushes; foot sensation; mCTSIB and pushes present.
        ["v1-h140-scth-shelby-two-on-the-foam-line"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 22 min
            Attendance: Mrs. Grisham and Mr. Tull side by side on the foam line, I cued them both the whole time.
            Treatment: tandem stance on the foam line, marching with head turns, light pushes at the shoulders.
            Impairment targeted: somatosensory loss both feet; she loses it when she can't see the floor.
            Measures: mCTSIB foam eyes closed 11 s; 6 of 8 pushes without a step.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // RBC Wilton "One-on-one: (Y) / N — Jana with Mr. Hinkle only; Kori had the IFC patient in room 2" (the CA's patient is not treated by Jana); foam ball catches, rocker board, hurdles; R ankle proprioception; rocker seconds and Berg; heading 23 matches: passes.
        ["v1-h140-rbc-kori-had-the-ifc-patient"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N — Jana with Mr. Hinkle only; Kori had her own IFC patient in room 2.
            Foam stance with ball catches, rocker board M/L eyes closed, stepping over hurdles forward and sideways.
            Deficit: R ankle proprioception after the sprain on the melon-truck ramp.
            Rocker board 13 sec; Berg 50/56.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): none today.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // KRMC Highland progress note with the day's treatment and no delivery word anywhere: not stated; perturbations, hurdle row, head-turn walking; postural control; the TODAY column filled; heading 24 matches.
        ["v1-h140-krmc-progress-note-no-delivery"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 20
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      36/56     42/56       47/56
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            Perturbations at the pelvis in tandem on foam, stepping over the hurdle row on cue, walking with head turns to the wall targets.
            Impairment: postural control and a late stepping reaction; she stumbles carrying the casserole down the parish-hall steps.
            GOAL STATUS: Berg 50/56 — PROGRESSING.
            Miriam Okafor, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CCHR OT 97530 at the dining-room table with two other residents at their own places (97530 has no one-on-one check); folding towels standing, reaching to the cupboard, walker to the sink with a cup; L grip and standing tolerance; counts with SBA; heading 19 matches: passes.
        ["v1-h140-cchr-ot-97530-dining-table"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 19 min
            Resident at the dining-room table; two other residents at their own places with the activities director.
            Folding towels standing at the table, reaching to the cupboard for the cups, carrying a cup of coffee to the sink on the walker tray.
            Deficit: L grip weakness and poor standing tolerance; she sits down before the task is done.
            12 towels folded standing; cup carried 4 times with SBA, no spill.
            Farah Nadeem, OTR/L
            """,
            ["M62.81"], [OT("97530", 19)], []),

        // THA portal: "Delivery (1:1/Grp/Conc): 1:1 — pt's wife sat in to learn the HEP, not treated"; Airex head turns, tandem walk, perturbations; L ankle proprioception after a fracture; SLS and FGA; "Minutes by CPT: 97112 = 24" matches: passes.
        ["v1-h140-tha-wife-sat-in-to-learn"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06120    DOS 04/16/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1 — pt's wife sat in to learn the HEP, not treated
            Interventions (250 char max): Airex stance w/ hd turns, tandem walk along the rail, perturbations @ pelvis in stride stance, step-and-stick onto foam L leg leading
            Impairment targeted (150 char): L ankle proprioception after bimalleolar fx; unsteady on the float-plane dock
            Objective findings (200 char): SLS L 7 s (R 22 s); FGA 19/30
            Minutes by CPT: 97112 = 24
            """,
            ["S82.842D"], [PT("97112", 24)], []),

        // SHT text home visit: "1:1 in the casita, just him + me; neighbour dropped off tamales + left"; perturbations at the island, foam stance eyes closed, stepping over the hose; postural control; FGA and perturbations; "97112 23m" with stamps that agree: passes.
        ["v1-h140-sht-neighbour-dropped-off-tamales"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            [1:30p] 1:1 in the casita, just him + me; neighbour dropped off tamales + left
            [1:31p] 97112 23m: perturbations at the kitchen island, foam pad stance EC, stepping over the garden hose w/ stop on cue
            [1:54p] problem: postural control + slow stepping, snowbird from Duluth, fell backing out of the carport
            [1:55p] FGA 18/30, 7/10 perturbations w/o a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CFPT PTA 97110 with another patient on the bike beside him (97110 has no one-on-one check); step-ups, leg press, TKE with doses; R quad weakness after a TKA; "CPT 97110 X 17 MIN" matches: passes.
        ["v1-h140-cfpt-pta-97110-bike-beside"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/16/26
            CPT 97110 X 17 MIN
            NOTE: ANOTHER PT ON THE BIKE BESIDE HIM. FWD STEP UPS 6 IN 3X10, LEG PRESS 60 LB 3X12, TKE BLUE BAND 3X15, HEEL SLIDES 2X15. IMP: R QUAD WEAKNESS + SLOW STAIRS AFTER R TKA, CANT STEP UP INTO THE NURSERY TRUCK.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 17)], []),

        // PCSM Yankton PTA pipe head "1:1 [x]" but "ran Brody and his teammate through hop-and-stick together, alternating" — another patient in the block: one-on-one missing; hop-and-stick, BOSU, band perturbations; L knee control; counts present.
        ["v1-h140-pcsm-pta-two-athletes-together"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Brody Menning, marching-band drum major
            97112 NMR — 23 min | 1:1 [x]
            Tx: ran Brody and his teammate through hop-and-stick together, alternating reps | BOSU SL stance w/ ball toss | band perturbations at the knee
            Imp: L knee neuromuscular control after the patellar dislocation, knee caves on the high step
            Obj: 6/10 sticks held | SL stance BOSU 15 s
            """,
            ["S83.005D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // TPT Thermopolis owner's slash form with "1:1 [ ] / grp [ ]" and nothing ticked, nothing else on delivery: not stated; rocker board, foam tandem, hurdles; R ankle proprioception; tandem seconds and Berg present.
        ["v2-h140-tpt-box-row-nothing-ticked"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112 = 23 min — 1:1 [ ] / grp [ ]
            tx/ rocker board eyes closed, foam tandem w/ head turns, step-over hurdles on cue
            why/ R ankle proprio ↓ after he rolled it on the bathhouse steps
            #s/ tandem foam 9 s; Berg 50/56
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CST Stillwater "1:1: Y"; foam stance with head turns, reactive steps, stepping over the cane; late step turning; Berg and TUG; heading 22 matches: passes.
        ["v2-h140-cst-one-to-one-y"] = new(
            """
            CST GERI VISIT — Stillwater          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, caught herself on the recliner
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns, reactive steps to light pushes, stepping over the cane on the floor and back.
            PROBLEM: late stepping reaction turning; she stumbles turning from the mailbox.
            OBJECTIVE: Berg 45/56; TUG 13.1 s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CST Ponca City "1:1: Y / N" left as printed and nothing else on delivery: not stated; rail marching on foam, tandem at the rail, pushes; posterior lean; Berg present.
        ["v2-h140-cst-y-n-left-as-printed"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y / N
            97112 NMR — 23 min
            TX: marching in place on the foam at the hall rail, tandem stance at the rail, reactive steps to light pushes at the shoulders.
            PROBLEM: posterior lean and poor postural control; she sits down hard at the bingo table.
            OBJECTIVE: Berg 39/56.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCMH Marquette "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" on the episode; X2 viewing, head-turn walking on the ore-dock photo hallway, feet together on foam; vestibular hypofunction; DGI; "Timed: 97112 ▸ 23 min" matches: passes.
        ["v2-h140-scmh-attendance-one-to-one-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Saari
            EPISODE A: Dizziness    ICD-10: H81.22
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X2 viewing standing, walking the hall with horizontal head turns, feet together on foam eyes closed.
            Impairment: L vestibular hypofunction; the snowbanks spin when he turns to look for traffic.
            Measures (Last | Today): DGI 15/24 | 18/24
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PDPT Hartsville dropdown "One-on-one (all timed minutes): --Select--" never answered and nothing else on delivery: not stated; grid row 22 matches; techniques, deficit and measure present.
        ["v2-h140-pdpt-dropdown-left-at-select"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Wants to stand on the risers for Easter choir.
            OBJECTIVE: Berg 46/56; tandem 8 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Tandem on the foam beam, stepping up onto the riser block and holding, perturbations at the pelvis. Postural sway and a slow step on the riser.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): --Select--
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PVRHC printed box ticked "[X] One-on-one for all timed minutes"; grid 23 matches; rocker board, foam stance, hurdle steps; ankle proprioception; Berg: passes.
        ["v2-h140-pvrhc-printed-box-ticked"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Aguilar outreach room
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 49/56; rocker board 10 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            Rocker board A/P eyes closed, foam stance with ball catches, stepping over the hurdles on cue.
            ASSESSMENT: R ankle proprioception down after he rolled it on the cattle guard.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // PCSM Brookings "Obj: ____" left blank and no number anywhere but the code and its minutes: measure missing; 1:1 ticked, techniques and deficit present.
        ["v2-h140-pcsm-obj-blank"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT | pt: Jackrabbits pole vaulter
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL hop-and-stick off the box | BOSU SL stance w/ ball catches | reactive stick on my clap
            Imp: R ankle proprioception after the sprain on the runway, rolls it on the plant
            Obj: ____
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // RBC West Liberty "Deficit: ________" left blank and nothing else naming a deficit, system or region; "(Y)" circled; techniques and measures present: deficit missing.
        ["v2-h140-rbc-deficit-line-blank"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N
            Foam stance with ball tosses, side stepping over the cane, reactive stepping to light pushes.
            Deficit: ________
            Berg 47/56; 7 of 10 pushes with one step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BMRH Milton-Freewater "Delivery: Individual [X] Concurrent [ ] Group [ ]" ticked; rocker board, foam head turns, cones on a called colour; ankle proprioception; rocker seconds and Berg; bracket 22 matches: passes.
        ["v2-h140-bmrh-individual-ticked"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — F. Orozco PT
            Delivery: Individual [X] Concurrent [ ] Group [ ]
            Rocker board M/L eyes closed, foam stance with head turns, stepping to the cone of the colour I call.
            Impairment: L ankle proprioception after the sprain in the orchard rows.
            Objective: rocker board 11 sec; Berg 51/56.
            MODALITY ROOM: ice to the L ankle after, by the aide — untimed, not billed.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BMRH Pendleton PTA "Delivery: Individual [ ] Concurrent [ ] Group [ ]" with nothing ticked and nothing else on delivery: not stated; techniques, deficit and measures present.
        ["v2-h140-bmrh-pta-delivery-row-empty"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — D. Hollister PTA
            Delivery: Individual [ ] Concurrent [ ] Group [ ]
            Tandem walking on the foam beam, stepping over the cones forward and back, perturbations at the shoulders.
            Impairment: postural sway and a late step after the stroke; he drifts R on the grain-elevator catwalk.
            Objective: Berg 44/56; FGA 18/30.
            """,
            ["I69.351"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PTH Wytheville PTA with an unrelated "Present: ______" left blank beside a complete note that says "1:1 the whole visit"; foam marching, tandem at the counter, stepping over the threshold strip; foot proprioception; tandem seconds and Berg; box 23 matches: passes.
        ["v2-h140-pth-present-blank-complete-note"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            Present: ______
            97112 [ 23 ] min — 1:1 the whole visit
            Tx: marching on the foam pad at the counter, tandem stance along the counter, stepping over the threshold strip into the bathroom
            Problem: poor foot proprioception with the neuropathy; shuffles over the door thresholds
            Assist/Dist: tandem 9 s with fingertip support; Berg 43/56
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // CCHR Part B daily note "Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group" ticked; rhythmic stabilisation in standing, rail tandem, reactive steps; posterior lean; Berg; heading 22 matches: passes.
        ["v2-h140-cchr-resident-seen-ticked"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Rhythmic stabilization in standing at the rail, tandem walking along the rail, reactive steps to light pushes.
            Deficit: posterior lean and a slow step back; she falls back into the chair at the birding slide show.
            Berg 41/56.
            Kurt Engebretsen, PTA
            """,
            ["R26.81", "R29.6"], [PTA("97112", 22)], []),

        // SCTH Curt's attendance row ticked "☑ 1:1 ☐ concurrent ☐ group"; SL perturb on foam, BAPS level 3, lateral hop-and-stick; R ankle s/p sprain; SLS seconds; "97112 23 min." matches: passes.
        ["v2-h140-scth-curt-row-ticked"] = new(
            """
            SCTH — C. Blevins PT
            97112 23 min.
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            SL perturb on foam, BAPS level 3 CW/CCW, lat hop-and-stick.
            R ankle proprio ↓ s/p inversion sprain on the rail-yard ballast.
            SLS EC R 9 s (L 21 s).
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // QHPT Barre the Otago Exercise Programme's balance items (backward walking, sideways walking, heel-toe walking, sit-to-stand with no hands) at level C; postural control; 4-stage and Berg; "97112 ........ 23 mins" and "seen 1:1": passes.
        ["v3-h140-qhpt-otago-balance-items"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — seen 1:1 the whole visit.
            97112 ........ 23 mins — balance (Dr. Bell, neuro)
              Otago Exercise Programme balance items, level C: backward walking, sideways walking, heel-toe walking along the line, figure-of-eight walking round the cones.
              Deficit: postural control and a narrow margin turning; she sways turning in the choir loft.
              Today: 4-stage balance test stage 3 held 10 s; Berg 47/56.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHSS Belle Fourche 97140 Active Release Technique to the R hamstring and sciatic nerve glides; hamstring tightness; straight-leg raise degrees; row 12 matches; compression boots on the cash bar after: passes.
        ["v3-h140-bhss-active-release-97140"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97140 MT | Grady Two Bulls PT | 12 min
            MT: Active Release Technique to the R proximal hamstring, sciatic nerve slider glides, STM to the R adductor magnus.
            Deficit: R hamstring tightness after the strain roping; can't reach down to his spurs.
            Objective: SLR R 55 → 68 degrees after.
            RECOVERY BAR — cash, not billed
            Compression boots after the billed block | self-serve | membership
            """,
            ["S76.311D"], [PT("97140", 12)], []),

        // SCTH Maren Herdman X1 progressed to X2 viewing with a metronome beside habituation to her two worst positions; vestibular hypofunction; DGI and head turns; "CPT / min: 97112 — 24 min" and one-on-one in the vestibular room: passes.
        ["v3-h140-scth-maren-herdman-x2-metronome"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 9 | Appt 9:15 AM | Area: vestibular room
            CPT / min: 97112 — 24 min
            Attendance: one-on-one in the vestibular room, door shut.
            Treatment: Herdman X1 then X2 viewing to the metronome, seated then standing on foam; habituation to her two worst positions (rolling R, bending to the low shelf).
            Impairment targeted: R vestibular hypofunction; oscillopsia at the diner counter turning to the pass-through.
            Measures: DGI 19/24 (13 at eval); MSQ positions provoking symptoms 4 (9 at eval).
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // TVMC New Philadelphia log, PNF D1 and D2 patterns with rhythmic stabilisation in half-kneeling; trunk and hip motor control after a stroke; Berg and half-kneel hold; timer 23 with "1:1": passes.
        ["v3-h140-tvmc-pnf-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            13:00 97112 timer started (R. Stutzman, PT) — 1:1, just Mrs. Yoder and me on the mat
            13:02 PNF D1 and D2 lower-extremity patterns in sidelying, then rhythmic stabilization in half-kneeling
            13:14 Impairment: trunk and L hip motor control after the R MCA stroke; she tips L rising from the pew
            13:20 Berg 42/56; half-kneel held 20 s without hand support
            13:23 97112 timer stopped — 23 min
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // CBH Hayward, Gordon's grid cell: Mulligan mobilisation with movement for ankle dorsiflexion in lunge, talocrural posterior glides; DF stiffness; knee-to-wall centimetres; row 11 matches: passes.
        ["v3-h140-cbh-gordon-mulligan-mwm-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97140 | Manual: Mulligan MWM for L ankle DF in standing lunge 3x10, talocrural posterior glides grade III; L ankle DF stiffness after the fracture, knee-to-wall 5 cm to 9 cm after | 11
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S82.892D"], [PT("97140", 11)], []),

        // KRMC Breese LSVT BIG maximal daily exercises and functional component tasks in a progress note with the day's treatment; small amplitude and slow turns in Parkinson's; TODAY column and a 10MWT; one-on-one; heading 23 matches: passes.
        ["v3-h140-krmc-lsvt-big-progress-note"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Mini-BESTest              14/28     17/28       20/28
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps) and functional component tasks: sit to stand, turning to reach the coffee pot.
            Impairment: small-amplitude movement and slow turns with Parkinson's disease; he freezes turning in the kitchen.
            10MWT 0.92 m/s.
            Trent Hollis, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // STBF Elmira Tai Ji Quan: Moving for Better Balance forms with weight shifts; sway and a narrow step; Berg and the forms done; "Time: … 22 minutes, one-on-one": passes.
        ["v3-h140-stbf-tai-ji-quan-forms"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Geraldine Pusey — Leticia Fairweather, PTA
            What we worked on: Tai Ji Quan: Moving for Better Balance — the first four forms with slow weight shifts, then stepping forward and back in the form's rhythm.
            Why: postural sway and a narrow base; she totters reaching into the glass-cutter's bench drawers.
            How she did: Berg 48/56; all four forms without a hand on the rail.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // CFPT capitals 97110 McKenzie repeated extension in lying with a dose, prone press-ups and hip hinge; lumbar extension loss; doses; "CPT 97110 X 15 MIN": passes.
        ["v3-h140-cfpt-mckenzie-repeated-extension"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/16/26
            CPT 97110 X 15 MIN
            NOTE: MCKENZIE REPEATED EXT IN LYING 3X10, EIL W/ BELT OVERPRESSURE 2X10, HIP HINGE W/ DOWEL 3X10, BRIDGES 3X15. IMP: LUMBAR EXT LOSS + CENTRALIZING L LEG SX, BACK LOCKS BENDING OVER THE BASS BOAT.
            """,
            ["M51.26"], [PT("97110", 15)], []),

        // THA portal whose interventions box holds only "StrongSteps Week 5 per plan protocol" (the plan's branded falls programme): no neuromuscular technique named; 1:1, deficit and measures present.
        ["v3-h140-tha-strongsteps-week-only"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06188    DOS 04/16/2026
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): StrongSteps Week 5 per plan protocol
            Impairment targeted (150 char): postural sway + slow stepping reaction, huckleberry picker, falls on the hillside
            Objective findings (200 char): Berg 46/56; TUG 12.4 s
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // SCTH Shelby "Treatment: Steady Steps Level 4 per the clinic handout" as the whole treatment line: no technique named; ☑ 1:1, deficit and measures present.
        ["v3-h140-scth-steady-steps-level-only"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            CPT / min: 97112 — 23 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: Steady Steps Level 4 per the clinic handout.
            Impairment targeted: postural control and a late step; she catches her heel on the church organ bench.
            Measures: Berg 47/56; TUG 11.9 s.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // RSP Mount Vernon 97110 "Alfredson eccentric heel drops per protocol" with no sets, repetitions or load and no number but the code's range: measure missing on 97110; technique and deficit present.
        ["v3-h140-rsp-alfredson-per-protocol"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · seed-potato grader
            97110 TE 10.05–10.20 (15')
            Tx: Alfredson eccentric heel drops off the step per protocol, straight and bent knee.
            Problem: R mid-portion Achilles tendinopathy; calf gives out standing at the grading line.
            Measures: per protocol sheet.
            """,
            ["M76.61"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // RSP Friday Harbor: "can't tell where his feet are on the dock boards when the wake comes through" as the problem; foam stance eyes closed, rocker board, tandem with head turns; mCTSIB and rocker seconds; 1:1: passes.
        ["v4-h140-rsp-cant-tell-where-his-feet-are"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 16.04.2026 · whale-watch deckhand, 58 y
            97112 NMR 08.40–09.02 (22') · 1:1
            Tx: foam stance eyes closed; rocker board M/L; tandem walking with head turns along the line.
            Problem: can't tell where his feet are on the dock boards when the wake comes through — somatosensory loss after the chemo.
            Measures: mCTSIB foam eyes closed 8 s; rocker board 9 s.
            """,
            ["G62.0"], [PT("97112", 22)], []),

        // BHBR Greybull "knee buckles stepping down off the combine ladder" as the impairment; step-downs with perturbations, foam single-leg stance, reactive stepping; counts and SLS; stamped row 23 and "1:1 throughout": passes.
        ["v4-h140-bhbr-knee-buckles-off-the-ladder"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:05 ■ STOP 14:28 = 23 MIN
            1:1 throughout.
            NMR: step-downs off the 6 inch box with perturbations at the knee, single-leg stance on foam with ball catches, reactive steps on cue.
            Impairment: R knee buckles stepping down off the combine ladder; quad timing late after the meniscectomy.
            Objective: 7 of 10 step-downs without a buckle; SLS foam R 12 s.
            Joel Akiyama, PT
            """,
            ["S83.231D"], [PT("97112", 23)], []),

        // CST Enid "tips backward reaching up to fill the bird feeder" as the problem; reaching on foam, backward stepping, ankle-strategy sway; Berg and reach; "1:1: Y"; heading 23: passes.
        ["v4-h140-cst-tips-back-at-the-bird-feeder"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one at the bird feeder
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: overhead reaching standing on foam, backward stepping to a cue, ankle-strategy sways at the wall.
            PROBLEM: tips backward reaching up to fill the bird feeder; posterior loss of balance with no ankle strategy.
            OBJECTIVE: Berg 44/56; functional reach 8 inches.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH Ishpeming OT 97530: "can't get the zipper of her parka started with the L hand"; zipper board, buttoning, carrying the wood basket; L hand coordination; counts and time; "Timed: 97530 ▸ 18 min": passes.
        ["v4-h140-scmh-ot-parka-zipper"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aili Koski
            EPISODE A: L hand weakness after stroke    ICD-10: I69.342
            Timed: 97530 ▸ 18 min
            Interventions: starting the zipper on the parka board, buttoning the cardigan, carrying the wood basket from the door to the stove.
            Impairment: L hand coordination; can't get the zipper of her parka started with the L hand.
            Measures: zipper started 4 of 5; 5 buttons in 52 s; basket carried 20 ft x 3 with SBA.
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.342"], [OT("97530", 18)], []),

        // PDPT Hartsville, Travis's prose minutes with the grid left "(no rows)": "97116 gait training, 21 minutes"; "R toe drags on the raceway concourse ramp"; cane gait on the hall and ramp; distance and assistance: passes.
        ["v4-h140-pdpt-godbold-toe-drags-on-the-ramp"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Usher at the raceway, wants to work the spring race.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97116 gait training, 21 minutes: quad cane on the hall, up and down the ramp, cues for R heel strike and hip flexion. His R toe drags on the concourse ramp — R foot drop after the stroke. 300 ft with the quad cane SBA; ramp with CGA.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["I69.351"], [PTA("97116", 21)], []),

        // SHT text: "veers into the wall turning in the narrow hall to the casita" as the problem; head-turn walking, foam stance, perturbations; vestibular; DGI; "97112 22m", "1:1": passes.
        ["v4-h140-sht-veers-in-the-narrow-hall"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            97112 22m: walking the hall w/ hd turns to the photos, foam pad stance EC, perturbations at the kitchen island
            problem: veers into the wall turning in the narrow hall to the casita, L vestibular hypofunction
            DGI 17/24; 6/10 perturbations w/o a step
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // KRMC Carlyle "Impairment: see IE" as the only deficit line, nothing else naming one; techniques, one-on-one and the TODAY column present: deficit missing.
        ["v4-h140-krmc-impairment-see-ie"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT DAILY NOTE
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      40/56     44/56       46/56
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with ball tosses, stepping over the hurdle row, reactive steps to light pushes.
            Impairment: see IE.
            Trent Hollis, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CFPT capitals "IMP: N/A" and no deficit, system or region anywhere: deficit missing; "PT SEEN 1:1", techniques and measures present.
        ["v4-h140-cfpt-imp-na"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/16/26
            CPT 97112 X 23 MIN
            NOTE: PT SEEN 1:1. FOAM STANCE W/ BALL TOSS, SIDE STEPPING OVER CANES, REACTIVE STEPS TO PUSHES. IMP: N/A. OBJ: BERG 45/56, 7/10 PUSHES W/ 1 STEP.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CBH Washburn, Brent's treatment pasted into SUBJECTIVE and ASSESSMENT left at "Pt tolerated tx well. Continue POC." with no deficit anywhere: deficit missing; default one-on-one attestation, techniques and measure present.
        ["v4-h140-cbh-hakala-assessment-default"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Foam stance with ball catches, stepping over the cane row, reactive steps to pushes, tandem walking along the mat.
            OBJECTIVE: Berg 45/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // TPT Worland PTA "why/ per eval" and nothing else naming a deficit; "1:1 [x]", techniques and numbers present: deficit missing.
        ["v4-h140-tpt-why-per-eval"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112 = 22 min — 1:1 [x] / grp [ ]
            tx/ foam stance w/ ball toss, side-step over the cane row, reactive steps to pushes
            why/ per eval
            #s/ Berg 46/56; 6 of 8 pushes w/ one step
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // STBF Corning narrative with a Mini-BESTest and a gait speed in prose; perturbations, head-turn walking, obstacle course; one-on-one; "Time: … 23 minutes": passes.
        ["v5-h140-stbf-mini-bestest-and-gait-speed"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Dale Vanderhoef — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: perturbations in stride stance, walking with head turns and a stop on cue, the obstacle course of cones and a foam step.
            Why: slow protective stepping and sway; he caught himself on the glass-shop cart last week.
            How he did: Mini-BESTest came up to 21 out of 28, and his gait speed was 1.02 m/s on the 10-metre walk.
            Time: Neuromuscular re-education (97112), 23 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCSM Brookings Y-balance composite as a percentage and an anterior-reach difference in centimetres; SL stick drills, BOSU perturbations; knee control after ACL; "1:1 [x]"; head 23: passes.
        ["v5-h140-pcsm-y-balance-composite"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Taryn Olivier, SDSU high jumper
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL lateral hop-and-stick | BOSU SL stance w/ band perturbations | single-leg squat to a box w/ mirror
            Imp: L knee neuromuscular control after ACL reconstruction, knee dives in on take-off
            Obj: Y-balance composite L 88 % vs R 96 % | anterior reach diff 5 cm
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // TRMC Paducah the STEADI 4-stage test and 5xSTS; foam head turns, tandem, reactive steps; postural sway; one-on-one; "97112 — 22 min": passes.
        ["v5-h140-trmc-four-stage-and-5xsts"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Wilma Gaither. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Imbalance, falls (R26.81, Z91.81), Tri-Rivers Neurology
              97112 — 22 min
              One-to-one, Naomi and Mrs. Gaither only.
              Foam stance with head turns, tandem walking along the wall, reactive steps to pushes at the pelvis.
              Impairment: postural sway and a slow step; she stumbles on the levee path.
              Measures: 4-stage balance test stage 3 held 10 s, stage 4 held 3 s; 5xSTS 14.6 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTH Galax PTA 97116 with distance and assistance on three surfaces; short steps after a hip fracture; box 20 matches: passes.
        ["v5-h140-pth-pta-97116-three-surfaces"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: husband
            97116 [ 20 ] min
            Tx: gait training with the rollator through the kitchen, over the porch threshold and down the gravel drive to the mailbox, cues for upright trunk and a longer L step
            Problem: short L step and a flexed trunk after the L hip fracture
            Assist/Dist: 80 ft indoors SBA; threshold with CGA; 150 ft on the gravel with CGA
            """,
            ["S72.002D"], [PTA("97116", 20)], []),

        // SCTH Nadia hand therapy 97530 with Box and Block and grip pounds; pouring, jar opening, laundry basket; R hand weakness; "97530 — 18 min": passes.
        ["v5-h140-scth-nadia-box-and-block"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 18 min
            Functional tasks: pouring from the coffee pot to the mug with the logo, opening the practice jars, lifting the laundry basket from the dryer to the table.
            Problem: R grip and pinch weakness after the distal radius fracture; drops the coffee pot lid.
            Box and Block R 41 (L 58); grip R 31 lb; basket lifted 6 times without setting it down.
            """,
            ["S52.571D"], [OT("97530", 18)], []),

        // QHPT Montpelier PTA with an mCTSIB row of four conditions in seconds; foam, rocker board, head-turn walking; foot proprioception; "seen 1:1"; leader 22: passes.
        ["v5-h140-qhpt-pta-mctsib-row"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Travis Lamoureux, PTA — seen 1:1, no one else on my schedule that hour.
            ☐ PT ☒ PTA
            97112 ........ 22 mins — balance (Dr. Bell, neuro)
              Foam stance eyes closed, rocker board A/P, walking with head turns past the window.
              Deficit: proprioceptive loss both feet with the neuropathy; wobbles on the snowmobile trailer ramp.
              Today: mCTSIB 30 / 30 / 30 / 9 s.
            """,
            ["G62.9"], [PTA("97112", 22)], []),

        // BMRH Hermiston with the Four Square Step Test and TUG in seconds; stepping drills, perturbations, cone weaving; "Delivery: one-on-one"; bracket 24: passes.
        ["v5-h140-bmrh-fsst-and-tug"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: one-on-one.
            Multidirectional stepping over the cane cross, perturbations at the pelvis, weaving through the cones with a turn on cue.
            Impairment: slow stepping and poor weight shift after the stroke; she catches her foot sorting at the packing shed.
            Objective: Four Square Step Test 15.2 s; TUG 13.8 s.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // CCHR daily note "Berg: deferred — resident had to leave early for her hair appointment" with no number but the code and its minutes: measure missing; "☒ 1:1", techniques and deficit present.
        ["v5-h140-cchr-berg-deferred"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 23 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Tandem stance at the rail, marching on the foam, reactive steps to light pushes at the shoulders.
            Deficit: poor postural control and a late step; she loses her balance turning from the sink.
            Berg: deferred — resident had to leave early for her hair appointment.
            Dolores Vang, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MPT Darien daily note "Objective: steadier than last week per pt and her granddaughter" with no number but the code and its minutes: measure missing; one-on-one, techniques and deficit present.
        ["v5-h140-mpt-steadier-per-granddaughter"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Daily Note
            Today: NMR — perturbations in tandem on the foam, stepping over the crab-trap lines, walking with head turns on the boardwalk mat.
            Delivery: one-on-one, just Jamal and Mrs. Quarterman.
            Problem: postural sway and a late step; she stumbles on the shrimp-dock boards.
            Objective: steadier than last week per pt and her granddaughter.
            Billing: 97112 NMR — 23 min
            Jamal Whitfield, PT, OCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SHT text with no stamps and no number but "97112 22m": "did better on the foam today"; 1:1, techniques and deficit present: measure missing.
        ["v5-h140-sht-did-better-on-the-foam"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Green Valley
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            97112 22m: foam pad stance w/ hd turns, tandem down the hall, perturbations at the counter
            problem: postural control + slow stepping, grabs the fridge turning in the kitchen
            did better on the foam today 👍
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SCTH Curt 97110 one-liner with the exercises and the region but no sets, repetitions, load or hold, and no number but the code and its minutes: measure missing on 97110.
        ["v5-h140-scth-curt-97110-no-dose"] = new(
            """
            SCTH — C. Blevins PT
            97110 14 min.
            SL hip abd, prone hip ext, bridges, clams w/ band.
            R glute med + max weakness s/p R THA, Trendelenburg on stairs.
            """,
            ["Z96.641"], [PT("97110", 14)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // TPT Thermopolis owner's slash form "97112/97140 = 23/10 min — 1:1 [x] / grp [ ]"; both codes complete: passes.
        ["v6-h140-tpt-slash-97112-97140"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97140 = 23/10 min — 1:1 [x] / grp [ ]
            NMR tx/ rocker board eyes closed, foam tandem w/ head turns, perturbations at the pelvis
            NMR why/ L ankle proprio ↓ after the fall off the fly-fishing raft
            NMR #s/ rocker 11 s; Berg 49/56
            MT tx/ talocrural post glides gr III, STM L peroneals
            MT why/ L ankle DF stiff, knee-to-wall 6 cm
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10)], []),

        // BHBR Thermopolis PT two stamped rows (97112 = 22, 97116 = 13); 1:1 throughout; both complete: passes.
        ["v6-h140-bhbr-two-stamped-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:22 = 22 MIN
            97116 GAIT TRAINING ▸ START 10:22 ■ STOP 10:35 = 13 MIN
            1:1 throughout.
            NMR: foam stance with head turns, stepping over the hurdle row, perturbations in tandem. Impairment: sway and a late step. Objective: Berg 46/56.
            Gait: cane on the hall and the terrace boardwalk ramp, cues for an even step. Impairment: short R step after the stroke. Objective: 350 ft with the cane, SBA.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "I69.351"], [PT("97112", 22), PT("97116", 13)], []),

        // PCSM Yankton two pipe heads ("97112 NMR — 23 min | 1:1 [x]", "97110 TE — 12 min"); both complete: passes.
        ["v6-h140-pcsm-two-pipe-heads"] = new(
            """
            PCSM — Yankton | J. Halvorsen PT | pt: Cole Ferris, high-school wrestler
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL hop-and-stick | BOSU squat w/ perturbations | lateral bound to a stick
            Imp: R knee neuromuscular control after the MCL sprain, knee caves on the shot
            Obj: 8/10 sticks held | SL squat 10 reps w/o valgus
            97110 TE — 12 min
            Tx: split squats 3x8 w/ 15 lb DBs | Nordic curls 2x5 | Copenhagen side plank 3x20 s
            Imp: R quad + hamstring + adductor weakness
            """,
            ["S83.411D"], [PT("97112", 23), PT("97110", 12)], []),

        // SHT text two codes "97112 23m" and "97110 11m"; 1:1 tapped; both complete: passes.
        ["v6-h140-sht-two-codes-m"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Green Valley
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            97112 23m: perturbations at the counter, foam stance EC, stepping over the tortoise-pen board w/ stop on cue
            NMR problem: postural control + late stepping, retired copper-mine electrician; Berg 45/56
            97110 11m: sit-to-stand from the dining chair 3x10, heel raises at the counter 3x15, side-stepping w/ red band 2 laps
            TE problem: bilat hip + calf weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 11)], []),

        // THA portal "Minutes by CPT: 97112 = 22; 97110 = 13"; 1:1; both complete: passes.
        ["v6-h140-tha-minutes-by-cpt-two-codes"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06231    DOS 04/16/2026
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): NMR: foam stance w/ hd turns, tandem walk, perturbations in stride. TE: step-ups 6 in 3x10, sidelying hip abd 3x12, bridges 3x15
            Impairment targeted (150 char): postural control + late step; L hip abductor weakness, ski lift ramp
            Objective findings (200 char): Berg 50/56; tandem 14 s
            Minutes by CPT: 97112 = 22; 97110 = 13
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // CFPT capitals "CPT 97112 X 22 MIN" and "CPT 97116 X 13 MIN"; 1:1; both complete: passes.
        ["v6-h140-cfpt-two-x-min-lines"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/16/26
            CPT 97112 X 22 MIN
            CPT 97116 X 13 MIN
            [X] INDIVIDUAL [ ] GROUP [ ] CONCURRENT
            NOTE: NMR: FOAM STANCE EC, TANDEM W/ HD TURNS, STEP OVER HURDLES. IMP: DECR PROPRIOCEPTION B FEET. OBJ: BERG 44/56. GAIT: SPC IN HALL + UP THE RAMP, CUES FOR STEP LENGTH. IMP: SHORT STEPS, SHUFFLES ON THE CHURCH CARPET. OBJ: 250 FT SPC SBA.
            """,
            ["E11.42", "R26.89"], [PT("97112", 22), PT("97116", 13)], []),

        // KRMC Carlyle PT's and OT's headings on one visit ("CPT 97112 … — 23 MIN" and "CPT 97530 … — 18 MIN"); individual ticked; both complete: passes.
        ["v6-h140-krmc-pt-and-ot-headings"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT / OT DAILY NOTE
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN (Miriam Okafor, PT, DPT, NCS)
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with head turns, stepping over the hurdle row, perturbations at the pelvis. Impairment: postural sway after the stroke. Berg 45/56.
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 18 MIN (Renata Quist, OTR/L)
            Carrying the sailbag from the floor to the bench, coiling line standing, reaching to the top locker. Impairment: R grip and standing balance. Sailbag lifted 5 times with SBA.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 18)], []),

        // SCMH Negaunee "Timed: 97112 ▸ 33 min" on a 21-minute line: mismatch; all else present.
        ["v6-h140-scmh-33-on-21"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Harju
            EPISODE A: Imbalance    ICD-10: R26.81
            Timed: 97112 ▸ 33 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board A/P, foam tandem with head turns, reactive steps to pushes.
            Impairment: ankle proprioception and a late step on the icy path to the sauna.
            Measures (Last | Today): Berg 44/56 | 47/56
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Mismatch, "97112")]),

        // QHPT Barre two dotted leaders, the 97112's 23 matching and the 97110's "28 mins" on a 16-minute line: mismatch on 97110; both complete.
        ["v6-h140-qhpt-leader-28-on-16"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — one-on-one for the whole visit.
            97112 ........ 23 mins — balance (Dr. Bell)
              Perturbations in tandem on the foam, stepping over the sap-line hurdles, walking with head turns.
              Deficit: postural sway and a late step in the sugarhouse.
              Today: Berg 47/56.
            97110 ........ 28 mins — knee (Dr. Okafor)
              SAQ 4 lb 3x15, step-ups 6 inch 3x10, wall sits 3x30 s.
              Deficit: L quad weakness after the TKA.
            """,
            ["R26.81", "Z96.652"], [PT("97112", 23), PT("97110", 16)], [At(Mismatch, "97110")]),

        // CBH Ashland, Maren's ASSESSMENT-only note with a clock range "97112 09:00–09:35" (35) on a 23-minute line: mismatch; all else present.
        ["v6-h140-cbh-maren-range-35-on-23"] = new(
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
            97112 09:00–09:35 one-on-one: X1 viewing standing on foam, walking the hall with head turns, feet together eyes closed. L vestibular hypofunction; the lake spins when she turns on the ferry ramp. DGI 17/24.
            PLAN: continue POC.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // MPT recertification grid "97116 | Gait training | 30" on an 18-minute line: mismatch; technique, deficit, distance and assistance present.
        ["v6-h140-mpt-recert-grid-30-on-18"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            RECERTIFICATION — UPDATED PLAN OF CARE
            Cert Period: 04/16/2026 – 06/14/2026    Frequency/Duration: 2x/week x 8 weeks
            Treatment Provided This Date
            CPT | Description | Min
            97116 | Gait training | 30
            Gait training with the rollator on the hall and across the parking-lot curb, cues for heel strike and an upright trunk.
            Deficit: short steps and a flexed trunk after the L hip fracture; the pulp-mill retiree shuffles at the curb.
            Rollator 300 ft with SBA; curb with CGA.
            Physician signature requested.
            Ashlyn Pruitt, PTA
            """,
            ["S72.002D"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // PTH Hillsville home visit with "97110 [ __ ] min" left blank beside "97112 [ 23 ] min": separate time missing; 1:1; both complete.
        ["v6-h140-pth-second-box-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: wife in the kitchen
            97112 [ 23 ] min — 1:1
            97110 [ __ ] min
            Tx: perturbations at the counter, stepping over the porch threshold, foam stance with head turns; sit-to-stand from the recliner 3x10, heel raises 3x15
            Problem: late stepping and sway, a fiddler who tips turning on the porch; hip and calf weakness
            Assist/Dist: Berg 45/56
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // TVMC Dover log with only the session's start and end ("session started", "session ended — 36 min total") and no timer for either code: separate time missing; 1:1; both codes complete.
        ["v6-h140-tvmc-session-start-and-end-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            10:00 session started (T. Gerber, PT) — 1:1
            10:01 97112: foam stance with head turns, tandem walking, perturbations at the pelvis
            10:10 Impairment: sway and a late step; the pottery glazer stumbles carrying ware boards
            10:15 Berg 46/56
            10:20 97110: step-ups 6 inch 3x10, sidelying hip abduction 3x12, bridges 3x15 for L hip weakness
            10:36 session ended — 36 min total
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // BHSS rows with the time cells left empty and "TIMED TOTAL: 37 min" under them: separate time missing; one-on-one; both codes complete.
        ["v6-h140-bhss-time-cells-empty-total"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT |
            97140 MT | Tessa Lindahl PT |
            TIMED TOTAL: 37 min
            Delivery: one-on-one.
            NMR: BOSU SL stance with perturbations, lateral step-downs off the box, cone taps. Deficit: L knee proprioception after the ACL reconstruction. Objective: 7 of 10 step-downs without valgus.
            MT: patellar glides, tibiofemoral extension mobilisation grade III. Deficit: L knee extension lag, lacks 5 degrees.
            RECOVERY BAR — cash, not billed
            Kinesio tape to the L knee | Noah Fergen ATC | cash
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 24), PT("97140", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a 97112 and 97140 visit: note missing on each profiled line, nothing else.
        ["v7-h140-empty-note-two-codes"] = new(
            "",
            ["R26.81", "M54.2"], [PT("97112", 23), PT("97140", 11)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // Line breaks and spaces only on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h140-line-breaks-pta-97116"] = new(
            "\n   \n  \n",
            ["R26.89"], [PTA("97116", 19)], [At(NoteMissing, "97116")]),

        // An empty OT 97530 note with no diagnosis: note missing and diagnosis missing.
        ["v7-h140-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // MPT St. Simons 97110 after a rotator cuff repair: rows, wall slides and side-lying ER with doses; R shoulder weakness; billing line 16 matches: passes.
        ["v7-h140-mpt-97110-after-cuff-repair"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            Daily Note
            Today: TE — seated rows with the green band 3x15, wall slides 2x12, side-lying ER 2 lb 3x12, scaption to shoulder height 2x10.
            Problem: R shoulder ER and abduction weakness after the cuff repair; can't lift the golf bag onto the cart.
            Billing: 97110 TE — 16 min
            Ashlyn Pruitt, PTA
            """,
            ["Z98.890", "M75.121"], [PTA("97110", 16)], []),

        // PVRHC Trinidad PTA 97530 (minutes only in the grid): lifting hay-bale-weight sandbags to the truck bed, carrying feed buckets, kneeling to standing at the trough; L shoulder and back endurance; loads and counts: passes.
        ["v7-h140-pvrhc-zeke-97530-feeding-cattle"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints. Wants to feed his cattle by hand again.
            OBJECTIVE: 40 lb sandbag floor to tailgate height x 6; two 25 lb buckets carried 50 ft x 3 with SBA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 18
            Lifting a sandbag from the floor to the tailgate, carrying feed buckets across the gym, half-kneel to stand at the trough box.
            ASSESSMENT: L shoulder and low back endurance after the lumbar fusion.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["Z98.1", "M54.50"], [PTA("97530", 18)], []),

        // RBC Muscatine 97140: cervical lateral glides, upper-trap and levator STM, suboccipital release; cervical rotation degrees; heading 11 matches; the DC's adjustment apart: passes.
        ["v7-h140-rbc-97140-cervical-glides"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 11 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            C5-6 lateral glides grade III R, upper trapezius and levator STM, suboccipital release.
            Deficit: R cervical rotation stiffness; can't check his blind spot in the school bus.
            R rotation 50 → 62 degrees after.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): thoracic adjustment.
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // BMRH Pendleton PTA 97116: walker to cane on the hall, the ramp and the curb with distance and assistance; short R step; bracket 19 matches; hot pack by the aide: passes.
        ["v7-h140-bmrh-pta-97116-walker-to-cane"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97116] Gait training — 19 min — D. Hollister PTA
            Gait training progressing from the walker to the single-point cane on the hall, the ramp and the curb outside the lobby, cues for R heel strike.
            Impairment: short R step and R knee stiffness after the TKA.
            Objective: cane 250 ft with SBA; curb up and down with CGA.
            MODALITY ROOM: hot pack to the R knee before, by the aide — untimed, not billed.
            """,
            ["Z96.651"], [PTA("97116", 19)], []),

        // CST Enid "TX: balance training per POC. Tolerated well." with "PROBLEM: see POC" and "OBJECTIVE: —"; "1:1: Y": nothing named on the 97112.
        ["v7-h140-cst-balance-training-per-poc"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: not done
            1:1: Y
            97112 NMR — 22 min
            TX: balance training per POC. Tolerated well.
            PROBLEM: see POC.
            OBJECTIVE: —
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // PDPT Florence grid rows "97112 | Neuromuscular re-education | 23" and "97110 | Therapeutic exercise | 12" with ASSESSMENT at "Pt tolerated tx well. Continue POC." and the dropdown answered Yes: nothing named for either code.
        ["v7-h140-pdpt-two-rows-default-only"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            97110 | Therapeutic exercise | 12
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: N/A
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // STBF Ithaca OT narrative "What we worked on: functional activities. Why: per plan. How she did: did well." with "Time: Therapeutic activities (97530), 20 minutes": nothing named on the 97530.
        ["v7-h140-stbf-ot-functional-activities"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Constance Merritt — Joan Pettibone, OTR/L
            What we worked on: functional activities.
            Why: per plan.
            How she did: did well, no complaints.
            Time: Therapeutic activities (97530), 20 minutes.
            """,
            ["R26.89"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // THA print view without its limits or header numbers: "Interventions: balance and coordination exercises per POC", "Impairment targeted: see eval", "Objective findings: tolerated well", "Delivery: 1:1", "Minutes by CPT: 97112 = 22": nothing named on the 97112.
        ["v7-h140-tha-print-view-per-poc"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal — print view
            Outpatient Therapy Concurrent Review: Visit Detail
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: C. Ashgrove PTA
            Delivery: 1:1
            Interventions: balance and coordination exercises per POC
            Impairment targeted: see eval
            Objective findings: tolerated well
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this Thursday, and the ordinary weak ones

        // RSP Mount Vernon PTA 97110 range line (16'); split squats and step-downs with kilograms; L quad weakness: passes.
        ["vord-h140-rsp-pta-97110-range"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            T. Wierzbicki, PTA · 16.04.2026 · tulip-field crew lead, 49 y
            97110 TE 15.10–15.26 (16')
            Tx: split squats with 8 kg kettlebell 3x8 each side; lateral step-downs off the 15 cm step 3x10; leg press 60 kg 3x12.
            Problem: L quad weakness after the patellar fracture; she can't kneel and rise in the bulb rows.
            """,
            ["S82.002D"], [PTA("97110", 16)], []),

        // BHBR Worland stamped row 97140 = 11; lumbar PA mobilisations and STM; lumbar extension stiffness; degrees after: passes.
        ["vord-h140-bhbr-97140-stamped-row"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97140 MANUAL THERAPY ▸ START 15:40 ■ STOP 15:51 = 11 MIN
            MT: central PA mobilisations grade III L3–L5, STM to the paraspinals and QL.
            Impairment: lumbar extension stiffness; the bean-plant sorter can't stand straight after a shift.
            Objective: standing extension 10 → 20 degrees after.
            Cody Ostrander, PT
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // PCSM Brookings PTA pipes 97110 with doses; hip and core weakness in a runner; head 14: passes.
        ["vord-h140-pcsm-pta-97110-pipes"] = new(
            """
            PCSM — Brookings | T. Kloster PTA | pt: Ellie Haugen, SDSU steeplechase
            97110 TE — 14 min
            Tx: SL RDL 3x8 w/ 10 lb KB | side plank w/ hip abd 3x10 | lateral band walks green 3 laps
            Imp: R glute med + core weakness, hip drops over the barrier
            """,
            ["M76.891"], [PTA("97110", 14)], []),

        // PTH Wytheville OT 97530 at home: dressing from the closet, bed making and carrying laundry down the hall; L hemiparesis; counts and assistance; box 20: passes.
        ["vord-h140-pth-ot-97530-bed-and-laundry"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: husband (retired bus driver) in the den
            97530 [ 20 ] min
            Tx: getting dressed standing at the closet, making the bed, carrying the laundry basket down the hall to the washer
            Problem: L arm weakness and standing balance after the stroke; leans on the dresser to pull up her slacks
            Assist/Dist: dressed standing with SBA; bed made with CGA; basket carried 25 ft x 2 with SBA
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // TVMC Sugarcreek PTA 97116 log, timer 20; cane on the hall and the curb; short L step; distance and assistance: passes.
        ["vord-h140-tvmc-pta-97116-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            14:10 97116 timer started (B. Oyelaran, PTA)
            14:11 Gait training with the cane on the hall, over the threshold and up the curb outside, cues for L heel strike
            14:22 Impairment: short L step and L hip weakness after the THA; catches his toe on the harness-shop sill
            14:28 Cane 400 ft SBA; curb with CGA
            14:30 97116 timer stopped — 20 min
            """,
            ["Z96.642"], [PTA("97116", 20)], []),

        // TPT Worland PTA 97110 with doses in the shorthand; R shoulder weakness; "97110 = 13 min": passes.
        ["vord-h140-tpt-pta-97110"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97110 = 13 min
            tx/ band rows red 3x15, ER w/ towel roll yellow 3x12, wall walks 2x10, prone T's 2x10
            why/ R shoulder ER + scapular weakness after the cuff repair, can't throw the saddle up
            #s/ flex 140 deg
            """,
            ["Z98.890", "M75.121"], [PTA("97110", 13)], []),

        // CST Ponca City OT 97530 at the assisted living: coffee-urn task, walker to the dining room with a tray, bingo cards; R grip; counts and assistance: passes.
        ["vord-h140-cst-ot-97530-coffee-urn"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97530 THER ACT — 18 min
            TX: filling a cup at the coffee urn standing, carrying it to the table on the walker tray, setting out bingo cards and daubers.
            PROBLEM: R grip weakness and tremor; spills the coffee and can't hold the dauber.
            OBJECTIVE: 4 of 5 cups filled and carried without a spill, SBA; grip R 28 lb.
            """,
            ["G25.0", "M62.81"], [OT("97530", 18)], []),

        // TRMC Mayfield three codes on two problems, each with indented minutes; one-on-one for the visit; all complete: passes.
        ["vord-h140-trmc-three-codes-two-problems"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Otis Beasley. Naomi Achterberg, PT, DPT, OCS — one-on-one for the whole visit.
            PROBLEM #1 — Imbalance (R26.81), Tri-Rivers Neurology
              97112 — 22 min
              Foam stance with head turns, stepping over the hurdle row, perturbations in tandem.
              Impairment: sway and a late step; he stumbles on the grain-truck step.
              Measures: Berg 47/56.
            PROBLEM #2 — R knee OA (M17.11), Tri-Rivers Orthopaedics
              97110 — 10 min
              SAQ 3 lb 3x15, step-ups 4 inch 3x10, mini squats 2x12.
              Impairment: R quad weakness.
              97140 — 8 min
              Patellar glides, tibiofemoral extension mobilisation grade III.
              Impairment: R knee extension lacks 6 degrees.
            """,
            ["R26.81", "M17.11"], [PT("97112", 22), PT("97110", 10), PT("97140", 8)], []),

        // SCMH Ishpeming PT's and OT's episodes on one visit, each with its timed line and "Completed by:"; ☒ 1:1 on the PT's; both complete: passes.
        ["vord-h140-scmh-pt-and-ot-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Lahti
            EPISODE A: Imbalance after stroke    ICD-10: I69.354
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam tandem with head turns, stepping over the ski poles on the floor, reactive steps.
            Impairment: postural control and a late L step.
            Measures (Last | Today): Berg 42/56 | 45/56
            Completed by: Gabe Niemi, PT
            EPISODE B: L hand after stroke    ICD-10: I69.342
            Timed: 97530 ▸ 16 min
            Interventions: cribbage pegging, buttoning the flannel shirt, carrying the coffee mug to the table.
            Impairment: L fine motor coordination.
            Measures: 10 pegs in 48 s; 5 buttons with SBA.
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.354", "I69.342"], [PT("97112", 22), OT("97530", 16)], []),

        // QHPT Montpelier two referrals with dotted leaders (97116 15, 97140 10); both complete: passes.
        ["vord-h140-qhpt-97116-and-97140-leaders"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT
            97116 ........ 15 mins — gait after R THA (Dr. Okafor)
              Gait training with the cane on the hall and the granite steps out front, cues for R hip extension.
              Deficit: short L step, R Trendelenburg.
              Today: 400 ft with the cane, SBA; steps with the rail, CGA.
            97140 ........ 10 mins — neck (Dr. Lavoie)
              C2-3 and C3-4 unilateral PA glides grade III, suboccipital release.
              Deficit: L cervical rotation 45 degrees.
            """,
            ["Z96.641", "M54.2"], [PT("97116", 15), PT("97140", 10)], []),

        // BHSS Sturgis PTA 97110 row with Cole Janssen's own client on the far rack; doses; hip weakness: passes.
        ["vord-h140-bhss-pta-97110-coach-client-apart"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Mikayla Schade PTA | 15 min
            TE: goblet squats 20 lb 3x10, hip thrusts 3x12, lateral band walks blue 3 laps, step-ups 8 inch 3x10.
            Deficit: L hip extensor and abductor weakness after the hip scope; she can't climb into the saddle.
            Cole Janssen's own training client on the far rack — his session, not ours.
            """,
            ["Z98.890", "M24.152"], [PTA("97110", 15)], []),

        // RBC West Liberty PTA 97110 with the HydroMassage bed after on her membership (no minutes); doses; lumbar weakness: passes.
        ["vord-h140-rbc-pta-97110-hydromassage-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 14 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Bird dogs 3x10, dead bugs 3x10, bridges with march 3x8, prone press-ups 2x10.
            Deficit: lumbar extensor and core weakness; back aches on the meat-plant line.
            HydroMassage bed after, wellness membership — not billed.
            """,
            ["M54.50"], [PTA("97110", 14)], []),

        // KRMC Highland OT discharge summary with the day's 97530; the TODAY column filled; church-kitchen tasks; R shoulder; counts: passes.
        ["vord-h140-krmc-ot-discharge-97530"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            OT DISCHARGE SUMMARY — TREATMENT PROVIDED THIS DATE
            OUTCOME MEASURES          IE        LAST PR     TODAY
            QuickDASH                 61        38          20
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 17 MIN
            Lifting the roaster pan to the top oven rack, reaching to the high cupboard for the serving bowls, carrying a stack of plates to the pass-through.
            Impairment: R shoulder flexion weakness after the cuff repair.
            Roaster pan lifted 5 times independently; plates carried 30 ft x 3.
            Discharge status: goals met, independent with the home program.
            Renata Quist, OTR/L
            """,
            ["Z98.890", "M75.121"], [OT("97530", 17)], []),

        // MPT WebPT-style progress report with the billing line giving each code its minutes ("97112 NMR — 2 units — 23 min; 97110 TE — 1 unit — 12 min"); one-on-one; both complete: passes.
        ["vord-h140-mpt-progress-report-two-codes"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Progress Report — Visit 10
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            Berg / 38 / 43 / 48 / 5
            Today: NMR — perturbations in tandem on the foam, stepping over the hurdles, walking with head turns. TE — sit-to-stand 3x10, step-ups 6 inch 3x10, band rows green 3x15.
            Delivery: one-on-one, just Colleen and Mr. Hightower.
            Problem: late stepping reaction and sway; hip weakness and a stooped posture at the turtle-patrol nest checks.
            Billing: 97112 NMR — 2 units — 23 min; 97110 TE — 1 unit — 12 min
            Colleen Drayton, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CCHR Part B progress report with the PT's 97112 and the same PT's 97116 headings; 1:1 ticked; both complete: passes.
        ["vord-h140-cchr-progress-report-97112-and-97116"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 31/56 | 36/56 | 40/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Tandem at the rail, foam marching, reactive steps to light pushes. Deficit: postural control and a late step; the one-room-school teacher sways at the chalkboard mural.
            SKILLED INTERVENTIONS THIS DATE — 97116 Gait training: 14 min
            Walker from her room to the chapel, cues for step length and turning. Deficit: short shuffling steps. Walker 200 ft with CGA.
            Gil Archuleta, PT, director of rehab
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // SCTH Tessa copied forward, 97112 and 97110 on the "CPT / min" line; ☑ 1:1; pelvic floor motor control and hip strengthening; sEMG and doses: passes.
        ["vord-h140-scth-tessa-two-codes-copied-forward"] = new(
            """
            [copied forward from 4/9 — reviewed/updated] T. Lindqvist, PT, DPT, WCS
            CPT / min: 97112 — 22 min; 97110 — 10 min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment: 97112 — pelvic floor motor-control drills with sEMG, quick flicks and holds, the Knack before lifting the grandson's car seat. 97110 — bridges with ball squeeze 3x12, clamshells green band 3x15.
            Impairment targeted: pelvic floor recruitment and timing, leaks lifting the car seat; hip abductor weakness.
            Measures: sEMG peak 38 µV (31 µV last week); 10 s hold x 8.
            """,
            ["N39.3", "M62.81"], [PT("97112", 22), PT("97110", 10)], []),

        // SCTH Raj new-grad SOAP: "Pt presents to clinic …", "Session delivered one-on-one"; LESS and landing drills; knee valgus; "Billed: 97112 x 24 minutes": passes.
        ["vord-h140-scth-raj-landing-drills"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after practice. 14 y/o keeper at a Joplin club, R knee pain landing.
            Billed: 97112 x 24 minutes
            Attendance: Session delivered one-on-one, therapist in constant attendance; mother filmed the drills for home.
            O: Drop-jump landings with mirror feedback, lateral bounds to a stick, single-leg landing off the box with a band pulling the knee in.
            Impairment: bilateral dynamic knee valgus and trunk lean on landing.
            Measures: LESS 6 (9 at eval); 8 of 10 single-leg landings without valgus.
            Pt educated on landing cues for home.
            """,
            ["M22.2X1"], [PT("97112", 24)], []),

        // CBH Ashland Celeste OT 97530 grid and ASSESSMENT; splitting kindling and carrying to the wood box; L grip; counts: passes.
        ["vord-h140-cbh-celeste-ot-97530"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: Wants to get back in the canoe for the rice harvest.
            OBJECTIVE: Push pole lifted and planted 10 times standing; gear bag 15 lb carried 40 ft x 2 with SBA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 19
            ASSESSMENT: Planting and pulling a push pole standing in the balance frame, knocking rice with the sticks seated, carrying the gear bag. R shoulder and grip endurance after the fracture.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S42.291D"], [OT("97530", 19)], []),

        // CFPT capitals OT 97530: quilting-frame reach, threading, carrying the fabric tub; R hand; counts; "CPT 97530 X 18 MIN": passes.
        ["vord-h140-cfpt-ot-97530-quilting"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: WANDA SELLS OTR     DOS 04/16/26
            CPT 97530 X 18 MIN
            NOTE: REACHING ACROSS THE QUILT FRAME STANDING, THREADING NEEDLES, CARRYING THE FABRIC TUB TO THE TABLE. IMP: R HAND DEXTERITY + STANDING TOLERANCE AFTER CVA. OBJ: 6/8 NEEDLES THREADED, TUB CARRIED 20 FT X 3 SBA.
            """,
            ["I69.341"], [OT("97530", 18)], []),

        // SHT PTA 97110 complete text note sent with no diagnosis: diagnosis missing.
        ["vord-h140-sht-pta-97110-no-diagnosis"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Tucson
            97110 15m: sit-to-stand from the couch 3x10, heel raises at the counter 3x15, seated knee ext 3 lb 3x12
            problem: bilat quad + calf weakness, can't get up off the patio chair
            """,
            [], [PTA("97110", 15)], [Dx]),

        // PDPT Florence, Lamar's complete 97110 (his numbers only in PLAN) whose claim carries the words "low back pain" as its diagnosis: not a well-formed ICD-10-CM code.
        ["vord-h140-pdpt-lamar-dx-words"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Cane-truck driver, harvest is over.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 14
            ASSESSMENT: Bird dogs, dead bugs, hip hinges with a dowel. Lumbar extensor and core weakness; back locks climbing down from the cab.
            PLAN: today bird dogs 3x10, dead bugs 3x10, hip hinges 3x10; same next visit.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["low back pain"], [PT("97110", 14)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
