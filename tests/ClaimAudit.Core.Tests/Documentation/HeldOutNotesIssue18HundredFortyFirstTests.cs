using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind after the hundred-and-thirty-seventh to hundred-and-fortieth
/// sets) is the next week (20 – 24 April 2026) of the clinics of those four sets, each clinic in its own style and on its
/// own templates: the same writers, new patients and returning ones, new days and new wording. No style is new; the set
/// measures how the analyzer does on the next week of clinics it has seen, with notes it has not. About two thirds are
/// ordinary and complete (74 of 116), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>the week-to-week clinics of the hundred-and-thirtieth and hundred-and-thirty-fourth sets: Rosario Strait
/// Physiotherapy (RSP: Anacortes, Mount Vernon and Friday Harbor, Washington; "97112 NMR 09.00–09.23 (23') · 1:1",
/// day-first dotted dates, metric loads): Jonas Brenner, Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz
/// Wierzbicki (PTA); Big Horn Basin Regional Hospital (BHBR: Worland, Thermopolis and Greybull, Wyoming; "▸ START ■ STOP
/// … = 22 MIN" rows): Maren Thorsby, Joel Akiyama and Cody Ostrander (PTs) and Renata Villalobos (PTA); Prairie Coteau
/// Sports Medicine (PCSM: Brookings and Yankton, South Dakota; pipes, "1:1 [x]", "Imp:", "Obj:"): Jens Halvorsen and Maya
/// Two Bulls (PTs) and Tate Kloster (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville, Virginia;
/// "Visit at:", "Present:", minute boxes "97112 [ 22 ] min", "Assist/Dist:"): Rhonda Sizemore (PT), Darnell Hash and
/// Kaylee Quesenberry (PTAs) and Lorena Bowman (OTR/L); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning
/// and Ithaca, New York; the narrative "What we worked on / Why / How she did / Time"): Naomi Castellucci and Bram
/// Oosterhuis (PTs), Leticia Fairweather (PTA) and Joan Pettibone (OTR/L); Tuscarawas Valley Medical Center (TVMC: New
/// Philadelphia, Dover and Sugarcreek, Ohio; the activity log with its timers): Renee Stutzman and Tom Gerber (PTs) and
/// Ben Oyelaran (PTA); Thermopolis Physical Therapy (TPT: "tx/ why/ #s/" and the owner's slash form): Russ Ekberg (PT) and
/// Jolene Sandoval (PTA); Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted Living in Ponca City;
/// "CST GERI VISIT" with falls, near-falls, orthostatics and "1:1: Y"): Loretta Haskins and Bao Tran (PTs), Wendell
/// Pickard (PTA) and Renata Holloway (OTR/L);</item>
/// <item>the multi-problem clinics of the hundred-and-thirty-first set: Tri-Rivers Multispecialty Clinic (TRMC: Paducah,
/// Mayfield and Murray, Kentucky; "PROBLEM #1 — … (ICD-10)" sections with "97112 — 24 min" indented): Naomi Achterberg
/// and Lionel Fairweather (PTs); St. Columba Memorial Hospital (SCMH: Marquette, Ishpeming and Negaunee, Michigan;
/// "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group", "Completed by:"): Tove
/// Lindqvist and Gabe Niemi (PTs), Rosalind Kivela (PTA) and Marit Salo (OTR/L); Quarry Hill Physical Therapy (QHPT:
/// Barre and Montpelier, Vermont; "Re: …", dotted leaders "97112 ........ 23 mins — balance (Dr. Bell)" and the "☐ PT ☒
/// PTA" row): Jonah Pelletier and Mireille Gagnon (PTs) and Travis Lamoureux (PTA);</item>
/// <item>the adjunct clinics of the hundred-and-thirty-second set: Black Hills Sports &amp; Spine (BHSS: Spearfish,
/// Sturgis and Belle Fourche; "Service | By | Time" rows and the "RECOVERY BAR — cash, not billed" block): Tessa Lindahl
/// and Grady Two Bulls (PTs), Mikayla Schade (PTA) and Noah Fergen (ATC); River Bend Chiropractic &amp; Physical Therapy
/// (RBC: Muscatine, Wilton and West Liberty, Iowa; "Who: [X] PT", "One-on-one: (Y) / N", the DC's line and the CA's
/// IFC): Jana Kruse and Luis Medrano (PTs), Becca Ehlers (PTA), Kori Hahn (CA) and Dr. Vollmer (DC); Blue Mountain
/// Regional Hospital (BMRH: Pendleton, Hermiston and Milton-Freewater, Oregon; "[97112] Neuromuscular re-ed — 22 min —
/// F. Orozco PT", the delivery row and the MODALITY ROOM line): Marguerite Ashby and Felipe Orozco (PTs) and Dawn
/// Hollister (PTA);</item>
/// <item>the report clinics of the hundred-and-thirty-third set: Kaskaskia River Medical Center (KRMC: Carlyle, Breese
/// and Highland, Illinois; the "IE | LAST PR | TODAY" grid and "TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23
/// MIN"): Miriam Okafor and Trent Hollis (PTs) and Renata Quist (OTR/L); Marshside Physical Therapy &amp; Balance (MPT:
/// Brunswick, St. Simons Island and Darien, Georgia; the daily note's "Billing:" line and the discharge summary): Colleen
/// Drayton and Jamal Whitfield (PTs) and Ashlyn Pruitt (PTA); Cottonwood Creek Health &amp; Rehabilitation (CCHR, Meridian
/// Rehab Partners: "SKILLED INTERVENTIONS THIS DATE" and "Resident seen:"): Gil Archuleta and Dolores Vang (PTs), Kurt
/// Engebretsen (PTA) and Farah Nadeem (OTR/L);</item>
/// <item>the eight-clinician clinic of the hundred-and-thirty-fifth set (Shoal Creek Therapy &amp; Hand, SCTH, Joplin,
/// Missouri, "SCTH Daily v3" on ClearChart): Maren Oduya's full fields and vestibular room, Curt Blevins's one-liners,
/// Raj Pillai's "Pt presents to clinic …", Brandi Stockton's late entries, Luis Arredondo's code grid, Shelby Kuhn's
/// boxes and the clinic's "Steady Steps", and Nadia Farrow's "Hand therapy —" heading;</item>
/// <item>the one template of the hundred-and-thirty-sixth set ("QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)"):
/// Chequamegon Bay Health (CBH: Maren Tollefsrud's ASSESSMENT-only notes with clock ranges, Brent Hakala's pasted
/// SUBJECTIVE, Celeste Duquette's OT note and the default attestation), Pee Dee Physical Therapy Associates (PDPT: Deja
/// McCants's "--Select--" dropdown, Travis Godbold's prose minutes beside "(no rows)") and Purgatoire Valley Rural Health
/// Clinic (PVRHC: Rosalind Archibeque, Hannah Velarde and the printed "[ ] One-on-one" box);</item>
/// <item>the character-limited fields of the hundred-and-thirty-eighth set: Tamarack Health Advantage's portal (THA:
/// "Delivery (1:1/Grp/Conc):", "Interventions (250 char max):", "Minutes by CPT: 97112 = 22", "Addl comments (cont.)",
/// the plan's "StrongSteps" weeks and a print view without the limits) filled by Lakeland Therapy Partners' Renata Voss
/// (PT), Colby Ashgrove (PTA), Hana Mikkelsen (OTR/L) and the auth coordinator Jolene Pruitt; Caney Fork Physical Therapy
/// (CFPT: OfficeMate PM capitals, "CPT 97112 X 22 MIN", "1ON1 FLAG: Y", "[X] INDIVIDUAL [ ] GROUP [ ] CONCURRENT"):
/// Dwayne Kittrell and Hollis Tate (PTs), Earlene Pruett (PTA) and Wanda Sells (OTR); and Saguaro Home Therapy's text
/// charting (SHT: TxtChart lines, "[10:05a]" stamps that agree with a code's texted minutes, "Delivery? ▸ [1:1 ✓]",
/// "97112 23m" and prime minutes "12'"): Marisol Ybarra (PT), Trent Haugen (PTA) and Priya Natarajan (OTR/L).</item>
/// </list>
/// This week's people: an oyster-farm hand on the tide flats, a kelp diver, a sheep shearer at lambing, a rodeo clown, a
/// softball catcher, a pheasant guide, a banjo maker, a Christmas-tree farmer, a tasting-room host on Seneca Lake, a
/// retired Corning glass engraver, an Amish buggy maker, a Swiss-cheese-house worker, a hot-springs lifeguard, a retired
/// grain-elevator manager, a domino player at the assisted living, a towboat pilot, a quilt-show judge, a pasty baker, a
/// snowshoe lacer, a granite carver, a hunting guide, a pearl-button museum docent, a barge deckhand, a wheat-truck
/// driver at harvest, a Round-Up parade volunteer, a woollen-mill weaver, a Carlyle Lake sailor, a retired coal miner, a
/// Jekyll Island tram driver, a former church secretary, a softball umpire, a kayak guide on the Apostle Islands, a
/// tobacco-barn hand, a peach-stand owner, a coal-camp retiree, a santero carving saints, a ski patroller, a sorghum-mill
/// volunteer, a retired astronomer from Kitt Peak and a snowbird from Winnipeg — with a husband reading the ferry
/// schedule, a daughter-in-law in the doorway, a grandson counting steps, a son on the bench, a caregiver learning the
/// exercises, a wife on the caseload doing her own exercises, the DC adjusting in the next room, the CA's IFC,
/// an activities aide and an ATC.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "____", "N/A", "-Select-", "--Select--", an unanswered box, dropdown or "Y / N" and an unreplied quick reply
/// state nothing, a box is read as ticked or not and a circled letter as answered, a time stamp on a log line or a text
/// and a report's earlier columns are never a code's minutes, a default sentence the clinician signed is read as written
/// unless the note shows it false, what an aide, an ATC, a chiropractor or a CA did is not the billed service, and a
/// branded programme's level or week never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h141-…): one-on-one in these writers' own words ("1:1 — only Mrs. Lindgren and me in the treatment
/// room; her husband read the ferry schedule in the lobby", "1:1, Mr. Dalton's was the only treatment going; his
/// daughter-in-law watched from the doorway", "One-to-one the whole balance piece — Naomi and Mr. Gossett; his grandson
/// sat in and counted the steps", "(Y) / N — only Mrs. Vance on my table; Dr. Vollmer was adjusting in room 1", "1:1,
/// just Mrs. Kowalczyk + me; her caregiver Rosa watched from the doorway to learn it", "1:1, Mr. Hershberger and me; his
/// son sat on the bench"), notes that negate it (a PTA cueing another patient's standing program at the next station
/// between sets, Curt working a patient and a high-school soccer player on the BOSU at once, a PTA with two patients at
/// the foam station "back and forth") or never state it (an STBF narrative and an MPT daily note with no delivery word,
/// an auth coordinator's re-entry with no delivery box), and the codes without a one-on-one check: an OT's 97530 in the
/// activity room with two other residents and a PTA's 97110 with the patient's wife doing her own exercises on the next
/// mat;</item>
/// <item>class 2 (v2-h141-…): checkbox and blank-field states ("1:1 [x] / grp [ ]" ticked, "1:1: ___" left blank,
/// "Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked, the dropdown answered "Yes", the printed "[ ] One-on-one
/// for all timed minutes" left empty on a 97112, "One-on-one: Y / N" uncircled, "1ON1 FLAG: Y", an unreplied "Delivery?
/// ▸ [1:1] [Group] [Concurrent]", "Delivery (1:1/Grp/Conc): -Select-", "Imp: ____", "Assist/Dist: ______" on a 97116,
/// "Resident seen: ☐ 1:1 ☒ Concurrent ☐ Group", an empty "By" cell on the cash bar beside a complete note, "[X]
/// Individual" ticked);</item>
/// <item>class 3 (v3-h141-…): named programmes and methods as techniques (optokinetic stimulation and VOR cancellation,
/// Dynamic Neuromuscular Stabilization positions, Mulligan SNAGs, Cyriax deep transverse friction, the Postural
/// Restoration Institute's 90/90 hip lift, Janda's sensorimotor training, CO-OP goal-plan-do-check for an OT's 97530,
/// PNF rhythmic initiation and slow reversal-hold), Curt's "Steady Steps L5 per clinic handout." as the
/// only technique, the Silbernagel Achilles loading programme "per the handout" with no dose, and diagonal patterns with
/// no number;</item>
/// <item>class 4 (v4-h141-…): deficits stated as findings (a kelp diver who can't tell where his feet are on the float after
/// a dive, a man who can't rise from the low pew without pulling on the one in front, a resident who drifts left pushing
/// her walker down the long hall at dusk, clothespins she can't pinch hard enough to hang the wash, a weaver who sways
/// and grabs the rail when the parade horses pass, feet that can't tell the tile from the rug by afternoon, a rodeo clown's
/// knee that buckles landing off the barrel) and notes that state none ("Deficit: as per plan of care.", "why/ same", "IMP:
/// SEE PREV NOTE", "Why: continuing her plan.");</item>
/// <item>class 5 (v5-h141-…): measures in every usual form (the Fullerton Advanced Balance scale, hop-test limb symmetry
/// in percent, TUG against TUG-cognitive, an FGA in the TODAY column with a sharpened Romberg, porch steps and grass
/// distance with assistance for a 97116, the Nine-Hole Peg Test and grip pounds for 97530s, the push-and-release test
/// with a gait speed) and notes with none ("Berg — ran out of time", "did better on the porch steps, her husband says", a
/// BHSS 97110 row with exercises and no dose, a print view's "Objective findings: will test next visit");</item>
/// <item>class 6 (v6-h141-…): minutes in these templates' forms (two RSP ranges, Luis's grid, Maren's clock ranges in
/// ASSESSMENT, an MPT billing line with units and minutes, two TVMC timers, two BMRH brackets, prime minutes in a text, a
/// PT's and an OT's CST headings) and true mismatches (a BHBR stamped row of 32 on 20, a PCSM pipe head of 25 on 14, a
/// texted "34m" on 22, a Quillwork grid row of 35 on 23) and truly missing separate time (a portal's "Minutes by CPT"
/// left blank over "total timed 35 min" in the comments box, KRMC headings without minutes over "TOTAL TIMED: 37
/// MIN");</item>
/// <item>class 7 (v7-h141-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty three-code visit, tabs and line breaks on a PTA's 97112, an empty PT-and-PTA visit with no diagnosis), the
/// contract's meanings for 97110 (seated marching, sit-to-stands and heel raises after a hip fracture), 97530 (salt blocks
/// to the bunk and the step into the stock trailer), 97140 (side-lying lumbar rotation mobilisation and QL release) and
/// 97116 (walker to forearm crutches on the hall and the granite stairs), and wholly generic notes (an RSP "balance
/// exercises as tolerated", Curt's "Skilled PT per POC … 36 min total for the visit" on two codes, an OT's "ADL
/// retraining as tolerated", an MPT "TE per plan", a KRMC "manual therapy as indicated");</item>
/// <item>ordinary (vord-h141-…): complete notes of this week from every kind of clinic that a reviewer passes (the
/// false-positive guard) — single-code and two-code visits, a discharge summary with the day's treatment, adjuncts
/// written apart (compression boots on the cash bar, the CA's IFC, ice in the modality room), a late
/// entry, a pasted SUBJECTIVE, the Quillwork defaults, a portal OT entry — and the ordinary weak ones: a complete note
/// with no diagnosis and a claim whose diagnosis is the word "imbalance".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, a daughter-in-law, a
/// grandson, a son, a caregiver, an activities aide, an ATC, a CA and a chiropractor (none of them a patient; Mrs.
/// Ostrom, the high-school soccer player, the second patient at the foam station and the residents at the activity-room
/// tables are), ages, dates of service, visit numbers and treatment days, auth numbers, times of day on log lines and texts,
/// step and box heights in inches and centimetres, loads in pounds and kilograms, band colours, degrees, distances in
/// feet, gait speeds, percentages, counts of steps, pegs, clothespins, jars, blocks and trips, and outcome scores in a
/// report's earlier columns — and each is written so that a reviewer cannot take it for a billed code's minutes; a
/// code's minutes are written next to the code, in its block's heading, in a minute box, a stamped row, a timer line, a
/// texted code, a billing line, a leader or a grid row of the code, or as a clock range on the code's own line; no note
/// gives minutes to a visit, a drill, a rest or a test, except the three that fail for a visit's total ("total timed 35
/// min", "TOTAL TIMED: 37 MIN", "36 min total for the visit"); notes failed for want of a measure carry no number but
/// their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note has
/// no number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff member
/// in the room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist
/// attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates could honestly be read either way on: a ticked one-on-one box
/// beside a sentence that names a second patient in the block, two codes joined by a slash or a "+" with a single figure
/// after them, a PT's and an OT's code on one visit with one total between them, a walking test named by its minutes
/// (the six-minute walk) as a measure, a D1 or D2 pattern name as the only "number" in a note failed for want of a
/// measure, a home visit with nothing said on delivery, and a method whose name is itself a programme of group classes
/// (Matter of Balance, Rock Steady) named as a 97112's technique.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 115 of 116 cases agree (114 needed), and none of the 74 notes the reviewer passes got a finding, on the analyzer of 2232693 (the 2026-12-07 twenty-first session: its start c72e39a and one commit of readings made before any set of this round was seen) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 116 of 116, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyFirstTests(ITestOutputHelper output)
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

        // RSP Friday Harbor head "97112 NMR 10.15–10.38 (23') · 1:1 — only Mrs. Lindgren and me in the treatment room; her husband read the ferry schedule in the lobby"; foam stance on the wobble cushion with head turns, sideways stepping over the oyster-bag row, pushes in tandem; somatosensory loss in the feet; mCTSIB foam and pushes: passes.
        ["v1-h141-rsp-husband-reading-the-ferry-schedule"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 21.04.2026 · oyster-farm hand, 66 y
            97112 NMR 10.15–10.38 (23') · 1:1 — only Mrs. Lindgren and me in the treatment room; her husband read the ferry schedule in the lobby
            Tx: wobble-cushion stance with slow head turns; sideways stepping over the row of oyster bags; light pushes at the shoulders in tandem.
            Problem: somatosensory loss in both feet; she can't feel the tide-flat gravel shift and sits down hard.
            Measures: mCTSIB foam eyes closed 14 s (6 s at intake); 6/10 pushes recovered without a hand.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // BHBR Thermopolis PTA stamped row: "Mrs. Ostrom did her standing program at the next station while I ran Mr. Kessler's NMR — I went back to cue her between his sets" — another patient treated in the block: one-on-one missing; rocker board, foam step-ups with a hold, reactive steps; R ankle proprioception; rocker seconds and Berg present.
        ["v1-h141-bhbr-pta-cueing-the-next-station"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:30 ■ STOP 08:52 = 22 MIN
            Mrs. Ostrom did her standing program at the next station while I ran Mr. Kessler's NMR — I went back to cue her between his sets.
            NMR: rocker board A/P with eyes closed, step-up onto the foam with a three-count hold, reactive steps to light pushes.
            Impairment: R ankle proprioception after the sprain in the lambing shed; rolls it on the bedding straw.
            Objective: rocker board 10 s without an edge touch; Berg 49/56.
            Renata Villalobos, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PTH Galax home visit, "Present: daughter-in-law, watched from the doorway" and "97112 [ 21 ] min — 1:1, Mr. Dalton's was the only treatment going"; stepping to the kitchen-tile targets, foam stance reaching into the cupboard, perturbations at the sink; late step and sway; FGA and reach: passes.
        ["v1-h141-pth-daughter-in-law-in-the-doorway"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: daughter-in-law, watched from the doorway
            97112 [ 21 ] min — 1:1, Mr. Dalton's was the only treatment going
            Tx: stepping to the kitchen-tile targets I called, foam stance reaching up into the cupboard, perturbations at the hips holding the sink edge
            Problem: late protective step and sway backward; the banjo maker lost his balance reaching for the wood glue on the top shelf
            Assist/Dist: FGA 18/30; functional reach 9 inches
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // STBF Corning narrative with a "Time:" line that gives the code and its minutes and no word on delivery anywhere: not stated; foam head turns, tandem with a tray, perturbations; sway and a narrow base; Berg and a tandem count present.
        ["v1-h141-stbf-corning-no-delivery-word"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Evelyn Dassler — Leticia Fairweather, PTA
            What we worked on: foam stance with head turns, tandem walking carrying a tray of glasses, perturbations at the pelvis in stride stance.
            Why: postural sway and a narrow base; the retired glass engraver wobbles carrying trays at church.
            How she did: Berg 47/56; tandem walk 8 steps without a side step.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TRMC Paducah two problems: "One-to-one the whole balance piece — Naomi and Mr. Gossett; his grandson sat in and counted the steps for him"; stepping strategy on the clock face, foam with head turns, pushes; slow step and sway; TUG and pushes; PROBLEM #2 97110 with doses; 23 and 12 match: passes.
        ["v1-h141-trmc-grandson-counted-the-steps"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Harlan Gossett. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Imbalance (R26.81), Tri-Rivers Neurology
              97112 — 23 min
              One-to-one the whole balance piece — Naomi and Mr. Gossett; his grandson sat in and counted the steps for him.
              Stepping-strategy drills to the numbers on the floor clock, foam stance with head turns, pushes at the pelvis forward and back.
              Impairment: slow stepping reaction and sway; the towboat pilot grabs the rail on the wheelhouse ladder.
              Measures: TUG 12.2 s; 7 of 10 pushes recovered with one step.
            PROBLEM #2 — L hip OA (M16.12), Tri-Rivers Orthopaedics
              97110 — 12 min
              Sidelying hip abduction 3x12, bridges 3x15, sit-to-stand from the low mat 3x10.
              Impairment: L hip abductor and extensor weakness.
            """,
            ["R26.81", "M16.12"], [PT("97112", 23), PT("97110", 12)], []),

        // SCTH Curt one-liner: "worked him + the HS soccer kid on the BOSU at the same time, alternating sets" — another patient treated in the block: one-on-one missing; BOSU perturbations, hop-and-stick, star taps; L ankle proprioception; SLS seconds present.
        ["v1-h141-scth-curt-two-on-the-bosu"] = new(
            """
            SCTH — C. Blevins PT
            97112 22 min.
            Worked him + the HS soccer kid on the BOSU at the same time, alternating sets.
            BOSU SL stance w/ perturb, lat hop-and-stick, star taps off the foam.
            L ankle proprio ↓ s/p sprain sliding into 2nd at the church league game.
            SLS EC L 8 s (R 19 s).
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RBC Muscatine "One-on-one: (Y) / N — only Mrs. Vance on my table; Dr. Vollmer was adjusting in room 1" (the DC's patient is not Luis's); half-kneel rhythmic stabilisation, tall-kneel ball catches, foam marching; trunk and hip motor control; half-kneel hold and Berg; heading 24 matches: passes.
        ["v1-h141-rbc-dc-adjusting-in-room-one"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 24 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one:  (Y) / N — only Mrs. Vance on my table; Dr. Vollmer was adjusting in room 1.
            Half-kneel rhythmic stabilization, tall-kneel ball catches off to each side, marching on the foam with eyes closed.
            Deficit: trunk and hip motor control after the lumbar fusion; she tips sideways leaning over the pearl-button display cases.
            Half-kneel held 25 sec each side; Berg 48/56.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): none today.
            """,
            ["Z98.1", "R26.81"], [PT("97112", 24)], []),

        // MPT Darien daily note with no delivery word anywhere ("Today:", "Problem:", "Objective:", "Billing:"): not stated; perturbations on the dock-board mat, head-turn walking, stepping over the rope; sway; FGA present.
        ["v1-h141-mpt-daily-note-no-delivery"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Daily Note
            Today: NMR — perturbations standing on the dock-board mat, walking with head turns along the hall, stepping over the coiled rope on cue.
            Problem: postural sway and a late step; the shrimper loses his footing when the deck tilts.
            Objective: FGA 20/30 (17/30 last visit).
            Billing: 97112 NMR — 24 min
            Jamal Whitfield, PT, OCS
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CCHR OT 97530 in the activity room with two other residents at their own tables (97530 has no one-on-one check); sorting dominoes standing, carrying the tile tray on the walker, wiping the tables; L grip and standing tolerance; counts and SBA; heading 21 matches: passes.
        ["v1-h141-cchr-ot-activity-room-97530"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            OT DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 21 min
            Resident in the activity room; two other residents at their own tables with the activities aide.
            Turning and sorting dominoes standing at the table, carrying the tile tray to the shelf on the walker, wiping down the tables.
            Deficit: L grip weakness and poor standing tolerance; she drops the tiles and sits down halfway through a task.
            Stood through sorting the whole set; tray carried 4 times with SBA; 3 tables wiped standing.
            Farah Nadeem, OTR/L
            """,
            ["M62.81", "R26.89"], [OT("97530", 21)], []),

        // THA portal re-entered from the chart by the auth coordinator, the Delivery box absent from her entry and nothing else on delivery: not stated; foam head turns, tandem on the line, perturbations; vestibular hypofunction; DGI; "Minutes by CPT: 97112 = 23" matches.
        ["v1-h141-tha-coordinator-re-entry-no-delivery"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06402    DOS 04/22/2026
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT    Entered by: J. Pruitt, auth coord (from chart)
            Interventions (250 char max): gaze stab X1 standing on foam, walking w/ hd turns + stops, tandem on the line EC
            Impairment targeted (150 char): L vestibular hypofunction, sailor on L Pend Oreille, deck swims when he turns to trim the sail
            Objective findings (200 char): DGI 18/24
            Minutes by CPT: 97112 = 23
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SHT text by Trent: "1:1, just Mrs. Kowalczyk + me; her caregiver Rosa watched from the doorway to learn it"; counter perturbations, foam stance EC, step-overs on the patio; postural control; Berg and pushes; "97112 22m" with stamps that agree: passes.
        ["v1-h141-sht-caregiver-watched-to-learn"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Green Valley
            [10:04a] 1:1, just Mrs. Kowalczyk + me; her caregiver Rosa watched from the doorway to learn it
            [10:05a] 97112 22m: perturbations at the counter, foam pad stance EC, stepping over the patio planter edge w/ stop on cue
            [10:27a] problem: postural control + late stepping, snowbird from Winnipeg, tips back on the patio step
            [10:28a] Berg 46/56, 7/10 pushes w/o a step
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // CFPT PTA 97110 with the patient's wife (also on the caseload) doing her own exercises on the next mat (97110 has no one-on-one check); bridges, clamshells, step-ups with doses; R hip weakness; "CPT 97110 X 16 MIN" matches: passes.
        ["v1-h141-cfpt-pta-97110-wife-on-the-next-mat"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/21/26
            CPT 97110 X 16 MIN
            NOTE: WIFE (ALSO OUR PT) DOING HER OWN EXERCISES ON THE NEXT MAT. BRIDGES 3X15, CLAMSHELLS GREEN BAND 3X12, FWD STEP UPS 6 IN 3X10, SIDELYING HIP ABD 2 LB 3X12. IMP: R HIP ABDUCTOR + EXTENSOR WEAKNESS AFTER R THA, CANT STEP UP ONTO THE SORGHUM MILL PLATFORM.
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 16)], []),

        // QHPT Montpelier PTA: "had Mrs. Benoit and Mr. Rouleau at the foam station together, back and forth between them" — another patient treated in the block: one-on-one missing; foam stance, rocker board, tandem with head turns; proprioceptive loss; tandem seconds and Berg present.
        ["v1-h141-qhpt-pta-two-at-the-foam-station"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Travis Lamoureux, PTA
            ☐ PT ☒ PTA
            97112 ........ 22 mins — balance (Dr. Bell, neuro)
              Had Mrs. Benoit and Mr. Rouleau at the foam station together, back and forth between them.
              Foam stance eyes closed, rocker board A/P, tandem with head turns along the parallel bars.
              Deficit: proprioceptive loss both feet; the granite carver can't feel the shed floor through his boots.
              Today: tandem 7 s; Berg 45/56.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TVMC New Philadelphia log "13:30 97112 timer started (T. Gerber, PT) — 1:1, Mr. Hershberger and me; his son sat on the bench"; PNF trunk patterns in sitting, foam stance with reaches, step-and-stick; trunk control after a stroke; Berg and reach; timer 22: passes.
        ["v1-h141-tvmc-son-on-the-bench"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            13:30 97112 timer started (T. Gerber, PT) — 1:1, Mr. Hershberger and me; his son sat on the bench
            13:31 PNF chops and lifts in sitting, foam stance with reaches across midline, step-and-stick onto the foam with the R
            13:44 Impairment: trunk control and R weight acceptance after the L stroke; the buggy maker leans off the shop stool
            13:50 Berg 43/56; forward reach 8 inches
            13:52 97112 timer stopped — 22 min
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // TPT Worland PTA "97112 = 21 min — 1:1 [x] / grp [ ]" ticked; rocker board, foam tandem, step-over cones; L ankle proprioception; tandem and Berg: passes.
        ["v2-h141-tpt-pta-one-to-one-ticked"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112 = 21 min — 1:1 [x] / grp [ ]
            tx/ rocker board M/L eyes closed, foam tandem w/ head turns, step-over cones on a called colour
            why/ L ankle proprio ↓ after she rolled it on the hot-springs pool deck
            #s/ tandem foam 11 s; Berg 51/56
            """,
            ["S93.402D"], [PTA("97112", 21)], []),

        // CST Enid PTA "1:1: ___" left blank and nothing else on delivery: not stated; foam stance with ball taps, side-stepping at the rail, pushes; late step; Berg present.
        ["v2-h141-cst-one-to-one-blank"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning from the grain-elevator photos in the hall
            ORTHOSTATICS lying → standing: negative
            1:1: ___
            97112 NMR — 22 min
            TX: foam stance with ball taps to the cones, side-stepping along the hall rail, reactive steps to light pushes.
            PROBLEM: late stepping reaction and lateral sway; he catches himself on the wall turning.
            OBJECTIVE: Berg 44/56.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SCMH Marquette "Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked and nothing else on delivery: not stated; X1 viewing, head-turn walking, foam; vestibular; DGI.
        ["v2-h141-scmh-attendance-nothing-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sulo Maki
            EPISODE A: Dizziness    ICD-10: H81.21
            Timed: 97112 ▸ 22 min
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing on the busy card standing, walking the hall with vertical head turns, feet together on foam eyes closed.
            Impairment: R vestibular hypofunction; the pasty baker gets dizzy bending to the low oven.
            Measures (Last | Today): DGI 16/24 | 18/24
            Completed by: Gabe Niemi, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PDPT Hartsville dropdown answered "One-on-one (all timed minutes): Yes"; grid row 23 matches; tandem on the foam beam, stepping onto the tobacco-stick bundle and holding, pushes; sway and a slow step; Berg and tandem: passes.
        ["v2-h141-pdpt-dropdown-answered-yes"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Wants to hang tobacco sticks in the barn again.
            OBJECTIVE: Berg 48/56; tandem 10 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Tandem on the foam beam, stepping up onto the block and holding, perturbations at the pelvis. Postural sway and a slow step up; he wobbles on the barn tier poles.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PVRHC printed box "[ ] One-on-one for all timed minutes" left empty on a 97112 and nothing else on delivery: not stated; rocker board, foam ball catches, hurdles; ankle proprioception; Berg and rocker seconds.
        ["v2-h141-pvrhc-printed-box-empty-97112"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 47/56; rocker board 9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            Rocker board M/L eyes closed, foam stance with ball catches, stepping over the hurdles forward and sideways.
            ASSESSMENT: L ankle proprioception down after she turned it on the coal-camp road.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RBC West Liberty PTA "One-on-one:  Y / N" with neither letter circled and nothing else on delivery: not stated; foam marching, tandem walk, pushes; foot sensation; Berg and pushes.
        ["v2-h141-rbc-y-n-uncircled"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 21 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  Y / N
            Marching on the foam, tandem walking along the mat table, reactive steps to light pushes.
            Deficit: decreased sensation both feet with the neuropathy; the barge deckhand can't feel the deck plates.
            Berg 46/56; 6 of 10 pushes with one step.
            """,
            ["E11.42"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CFPT capitals "1ON1 FLAG: Y"; foam stance EC, tandem with head turns, step-overs; decreased proprioception; Berg; "CPT 97112 X 23 MIN": passes.
        ["v2-h141-cfpt-1on1-flag-y"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 04/22/26
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            NOTE: FOAM STANCE EC, TANDEM WALK W/ HD TURNS, STEP OVER CANES FWD + LAT, PERTURBATIONS @ PELVIS. IMP: DECR PROPRIOCEPTION B ANKLES, UNSTEADY ON THE ROCK ISLAND TRAIL GRAVEL. OBJ: BERG 47/56, TANDEM 9 SEC.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SHT text with the quick reply "Delivery? ▸ [1:1] [Group] [Concurrent]" never answered and nothing else on delivery: not stated; hall head turns, foam pad, perturbations; vestibular; DGI.
        ["v2-h141-sht-quick-reply-unanswered"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Oro Valley
            Delivery? ▸ [1:1] [Group] [Concurrent]
            97112 23m: walking the hall w/ hd turns to the star charts, foam pad stance EC, perturbations at the kitchen island
            problem: R vestibular hypofunction, retired astronomer from Kitt Peak, dizzy looking up at the night sky
            DGI 17/24
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // THA portal "Delivery (1:1/Grp/Conc): -Select-" and nothing else on delivery: not stated; Airex head turns, tandem, pushes; L knee proprioception; SLS and FGA.
        ["v2-h141-tha-delivery-select"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06417    DOS 04/23/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): -Select-
            Interventions (250 char max): Airex stance w/ hd turns, tandem walk on the line, lateral pushes @ hips, step-and-stick onto foam R leg leading
            Impairment targeted (150 char): R knee proprioception after ACL recon, ski patroller, knee wobbles on the cat track
            Objective findings (200 char): SLS R foam 12 s (L 26 s); FGA 24/30
            Minutes by CPT: 97112 = 22
            """,
            ["S83.511D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PCSM Yankton PTA "Imp: ____" left blank and nothing else naming a deficit, system or region; "1:1 [x]", techniques and numbers present: deficit missing.
        ["v2-h141-pcsm-pta-imp-blank"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Reese Vondracek, softball catcher
            97112 NMR — 22 min | 1:1 [x]
            Tx: squat-to-throw off the foam pad | lateral hop-and-stick | band perturbations in the catcher's crouch
            Imp: ____
            Obj: 7/10 sticks held | SL stance foam 18 s
            """,
            ["S83.242D"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PTH Hillsville 97116 with "Assist/Dist: ______" left blank and no number but the box's minutes: measure missing on 97116; walker gait over the thresholds and the porch ramp with cues; short steps after a hip fracture.
        ["v2-h141-pth-assist-dist-blank-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: husband, in the den
            97116 [ 20 ] min
            Tx: gait training with the rolling walker through the kitchen, over the bedroom threshold and down the porch ramp, cues for a longer L step and an upright trunk
            Problem: short L step and a flexed trunk after the L hip fracture; shuffles on the porch ramp to the Christmas-tree lot
            Assist/Dist: ______
            """,
            ["S72.002D"], [PT("97116", 20)], [At(Measure, "97116")]),

        // CCHR "Resident seen: ☐ 1:1 ☒ Concurrent ☐ Group" — concurrent ticked: not one-on-one; rail tandem, foam marching, pushes; posterior lean; Berg present.
        ["v2-h141-cchr-concurrent-ticked"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☐ 1:1 ☒ Concurrent ☐ Group
            Tandem stance at the rail, marching on the foam, reactive steps to light pushes at the shoulders.
            Deficit: posterior lean and a slow step back; the former church secretary sits down hard at the piano bench.
            Berg 40/56.
            Kurt Engebretsen, PTA
            """,
            ["R26.81", "R29.6"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BHSS Spearfish with the cash bar's "By" cell left empty beside a complete billed row; "Delivery: one-on-one"; BOSU step-downs, lateral bounds to a stick, band perturbations; L knee proprioception; counts; row 23: passes.
        ["v2-h141-bhss-empty-cash-cell-complete-note"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 23 min
            Delivery: one-on-one.
            NMR: step-downs off the BOSU with band perturbations at the knee, lateral bounds to a stick, single-leg stance on foam with ball catches.
            Deficit: L knee proprioception after the meniscus repair; the hunting guide's knee wobbles on the deadfall.
            Objective: 8 of 10 step-downs without valgus; SL stance foam 16 s.
            RECOVERY BAR — cash, not billed
            Compression boots after the billed block |  | membership
            """,
            ["S83.232D"], [PT("97112", 23)], []),

        // KRMC Breese daily note "Treatment delivery: [X] Individual [ ] Concurrent [ ] Group"; tandem on foam with pushes, hurdle stepping, head-turn walking; postural control; the TODAY column; heading 22 matches: passes.
        ["v2-h141-krmc-individual-ticked"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT DAILY NOTE
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      39/56     43/56       46/56
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Tandem stance on foam with pushes at the pelvis, stepping over the hurdle row on cue, walking with head turns to the wall targets.
            Impairment: postural control and a late step; the retired coal miner stumbles on the church basement stairs.
            Trent Hollis, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SCTH Maren in the vestibular room: optokinetic stimulation with the stripe video and VOR cancellation, then walking with head turns; visual dependence after vestibular neuritis; DGI and the motion-sensitivity positions; "CPT / min: 97112 — 24 min" and one-on-one: passes.
        ["v3-h141-scth-maren-okn-and-vor-cancellation"] = new(
            """
            SHOAL CREEK THERAPY & HAND — DAILY NOTE (ClearChart)
            Clinician: Maren Oduya, PT, DPT, NCS | Visit 11 | Appt 8:45 AM | Area: vestibular room
            CPT / min: 97112 — 24 min
            Attendance: one-on-one in the vestibular room, just the two of us.
            Treatment: optokinetic stimulation with the moving-stripe video standing on foam; VOR cancellation with the thumb target while turning in the chair; walking the hall with head turns.
            Impairment targeted: visual dependence after L vestibular neuritis; the grocery aisles make her sway and grab the cart.
            Measures: DGI 20/24 (14 at eval); MSQ positions provoking symptoms 3 (8 at eval).
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // BHBR Greybull Dynamic Neuromuscular Stabilization positions (supine 90/90 with breathing, side-lying, tripod, bear) and single-leg stance with reaches; trunk stabilisation and motor recruitment after a discectomy; SLS and bear hold; stamped row 23 and "1:1 throughout": passes.
        ["v3-h141-bhbr-dns-positions"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 11:10 ■ STOP 11:33 = 23 MIN
            1:1 throughout.
            NMR: Dynamic Neuromuscular Stabilization — supine 90/90 with diaphragmatic breathing and intra-abdominal pressure, side-lying, tripod and bear positions; single-leg stance with reaches.
            Impairment: trunk stabilization and poor motor recruitment of the deep core after the L5-S1 discectomy; the sheep shearer's back gives out bent over the ewe.
            Objective: bear position held 20 s with neutral spine; SLS R 15 s, L 12 s.
            Joel Akiyama, PT
            """,
            ["M51.26", "Z98.890"], [PT("97112", 23)], []),

        // QHPT Barre 97140 Mulligan SNAGs for cervical rotation and suboccipital release; cervical rotation stiffness; degrees; "97140 ........ 12 mins": passes.
        ["v3-h141-qhpt-mulligan-snags-97140"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            97140 ........ 12 mins — neck (Dr. Lavoie)
              Mulligan SNAGs C5-6 into R rotation sitting, suboccipital release, STM to the R levator scapulae.
              Deficit: R cervical rotation stiffness; the granite carver can't turn to check the crane behind him.
              Today: R rotation 48 → 62 degrees after.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // RBC Wilton 97140 Cyriax deep transverse friction to the supraspinatus and GH posterior glides; R shoulder tendinopathy and capsular stiffness; flexion degrees; heading 10 matches: passes.
        ["v3-h141-rbc-cyriax-friction-97140"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97140 Manual therapy — 10 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            Cyriax deep transverse friction to the R supraspinatus tendon, GH posterior glides grade III.
            Deficit: R supraspinatus tendinopathy and posterior capsule stiffness; painful arc lifting the hay hooks.
            R flexion 135 → 148 degrees after; painful arc from 80 to 110 degrees.
            """,
            ["M75.81"], [PT("97140", 10)], []),

        // THA portal 97110 with the Postural Restoration Institute's 90/90 hip lift with a balloon, side-lying hip abduction and wall squats with doses; L hip and lumbopelvic weakness; "Minutes by CPT: 97110 = 14" and 1:1: passes.
        ["v3-h141-tha-pri-hip-lift-97110"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06433    DOS 04/22/2026
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): PRI 90/90 hip lift w/ balloon 4 x 5 breaths, L sidelying hip abd 3x12, wall squats w/ ball squeeze 3x10, dead bugs 3x8
            Impairment targeted (150 char): L hip abductor + lumbopelvic weakness, back aches on the chairlift ramp
            Objective findings (200 char): hip abd L 4-/5
            Minutes by CPT: 97110 = 14
            """,
            ["M54.50", "M62.81"], [PT("97110", 14)], []),

        // KRMC Carlyle Janda sensorimotor training (short foot, half-step, rocker and wobble boards); chronic ankle instability; SLS and wobble-board seconds; "[X] Individual"; heading 22 matches: passes.
        ["v3-h141-krmc-janda-sensorimotor"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT DAILY NOTE
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Janda sensorimotor training: short foot in standing, half-step with the short foot held, rocker board A/P then the wobble board.
            Impairment: R chronic ankle instability and poor proprioception; the sailor's ankle turns on the wet dock at Carlyle Lake.
            Objective: SLS eyes closed R 7 s (L 18 s); wobble board 15 s without an edge touch.
            Miriam Okafor, PT, DPT, NCS
            """,
            ["M25.371"], [PT("97112", 22)], []),

        // CBH Washburn Celeste OT 97530 with CO-OP goal-plan-do-check on packing the kayak dry bags and carrying the paddle; R hand coordination after a concussion; counts; grid 19 and default attestation: passes.
        ["v3-h141-cbh-celeste-co-op-97530"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: Kayak guide, wants to lead Apostle Islands trips by June.
            OBJECTIVE: 4 of 5 dry bags packed and rolled shut; paddle and bag carried 60 ft x 2 independently.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 19
            ASSESSMENT: CO-OP goal-plan-do-check with packing the dry bags in order, rolling and clipping them shut, carrying the bag and paddle across the gym. Slowed R hand coordination and sequencing after the concussion.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S06.0X0D"], [OT("97530", 19)], []),

        // TRMC Murray PNF rhythmic initiation and slow reversal-hold in sidelying and on the mat; trunk and pelvic motor control in Parkinson's; Mini-BESTest; "One-to-one, Lionel and Mrs. Cothran"; 23 min: passes.
        ["v3-h141-trmc-pnf-rhythmic-initiation"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Ruby Ann Tackett. Lionel Fairweather, PT
            PROBLEM #1 — Parkinson's disease (G20.A1), Tri-Rivers Neurology
              97112 — 23 min
              One-to-one, Lionel and Mrs. Tackett only.
              PNF rhythmic initiation into pelvic anterior elevation in sidelying, slow reversal-hold for trunk rotation, then rolling and sit-to-stand with the same cues.
              Impairment: trunk and pelvic motor control, slow initiation; the quilt-show judge freezes turning between the frames.
              Measures: Mini-BESTest 19/28.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // SCTH Curt "Steady Steps L5 per clinic handout." as the whole treatment line: no technique named; ☑ 1:1, deficit and measures present.
        ["v3-h141-scth-curt-steady-steps-level-5-only"] = new(
            """
            SCTH — C. Blevins PT
            97112 23 min.
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Steady Steps L5 per clinic handout.
            Postural control ↓, late step; umpire stumbles backing up behind the plate.
            Berg 49/56; TUG 10.8 s.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // PCSM Brookings 97110 "Silbernagel Achilles loading programme, phase two, per the handout" with no sets, repetitions or load and no number but the code and its minutes: measure missing on 97110; technique and deficit present.
        ["v3-h141-pcsm-silbernagel-per-handout"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Jace Oyen, pheasant guide
            97110 TE — 14 min
            Tx: Silbernagel Achilles loading programme, phase two, per the handout | heel raises | eccentric drops off the step | quick rebounding
            Imp: L mid-portion Achilles tendinopathy, calf gives out walking the cornrows behind the dogs
            Obj: per handout
            """,
            ["M76.62"], [PT("97110", 14)], [At(Measure, "97110")]),

        // MPT Brunswick PNF diagonal leg patterns with rhythmic stabilisation and slow reversals, "Objective: moving better per pt" and no number but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v3-h141-mpt-diagonal-patterns-no-number"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Daily Note
            Today: NMR — PNF diagonal flexion and extension patterns of the R leg standing at the rail, rhythmic stabilization in stride stance, slow reversals.
            Delivery: one-on-one, just Colleen and Mr. Rhodes.
            Problem: motor control of the R leg after the stroke; his R foot catches stepping up into the Jekyll Island tram.
            Objective: moving better per pt.
            Billing: 97112 NMR — 23 min
            Colleen Drayton, PT, DPT
            """,
            ["I69.351"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // RSP Anacortes: "can't tell where his feet are on the float when he comes up from a dive" as the problem; foam stance eyes closed, rocker board, tandem with head turns; mCTSIB and rocker seconds; "· 1:1": passes.
        ["v4-h141-rsp-kelp-diver-on-the-float"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 22.04.2026 · kelp diver, 52 y
            97112 NMR 13.00–13.22 (22') · 1:1
            Tx: foam stance eyes closed; rocker board A/P and M/L; tandem walking with head turns along the tape line.
            Problem: can't tell where his feet are on the float when he comes up from a dive — foot and ankle proprioception down after the ankle fracture.
            Measures: mCTSIB foam eyes closed 11 s; rocker board 13 s.
            """,
            ["S82.892D"], [PT("97112", 22)], []),

        // PTH Wytheville PTA 97110: "can't rise from the low pew without pulling on the one in front" as the problem; sit-to-stands, step-ups, mini squats with doses; R quad weakness; box 15 matches: passes.
        ["v4-h141-pth-pta-cant-rise-from-the-low-pew"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            Present: wife, in the kitchen
            97110 [ 15 ] min
            Tx: sit-to-stand from the low kitchen chair 3x10, step-ups onto the bottom porch step 3x10, mini squats at the counter 2x15, seated knee extension 3 lb 3x12
            Problem: R quad weakness — he can't rise from the low pew at church without pulling on the one in front
            Assist/Dist: sit-to-stand without hands on the last set
            """,
            ["M62.81", "M17.11"], [PTA("97110", 15)], []),

        // CST Stillwater "drifts left pushing her walker down the long hall at dusk — leans on her vision" as the problem; eyes-closed stance, dim-light foam, head-turn walking; mCTSIB and Berg; "1:1: Y"; heading 23: passes.
        ["v4-h141-cst-drifts-left-at-dusk"] = new(
            """
            CST GERI VISIT — Stillwater          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one in the hall after supper
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: eyes-closed stance at the rail, foam stance with the lights dimmed, walking with head turns past the hall pictures.
            PROBLEM: drifts left pushing her walker down the long hall at dusk — leans on her vision and loses postural control when the light drops.
            OBJECTIVE: mCTSIB foam eyes closed 6 s; Berg 42/56.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH Ishpeming OT 97530: "can't pinch the clothespins hard enough to hang the wash"; hanging the wash, wringing the towel, carrying the basket; R pinch weakness after a CMC arthroplasty; pinch pounds and counts; "Timed: 97530 ▸ 17 min": passes.
        ["v4-h141-scmh-ot-clothespins"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Hilja Ranta
            EPISODE A: R thumb CMC arthroplasty    ICD-10: Z96.691
            Timed: 97530 ▸ 17 min
            Interventions: hanging the wash on the practice line with clothespins, wringing out the dish towel, carrying the basket from the washer to the line.
            Impairment: R lateral pinch weakness; the snowshoe lacer can't pinch the clothespins hard enough to hang the wash.
            Measures: lateral pinch R 9 lb (L 16 lb); 12 of 15 clothespins placed; basket carried 20 ft x 2 with SBA.
            Completed by: Marit Salo, OTR/L
            """,
            ["Z96.691"], [OT("97530", 17)], []),

        // BMRH Pendleton "sways and grabs the rail when the parade horses go by" as the problem; moving-stripe screen, head turns against a busy background, foam; visual motion sensitivity; FGA and mCTSIB; "Individual [X]"; bracket 24: passes.
        ["v4-h141-bmrh-sways-when-the-parade-horses-pass"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: Individual [X] Concurrent [ ] Group [ ]
            Standing on foam in front of the moving-stripe screen, walking with head turns against the busy checkerboard, stepping over the cones as they were called.
            Impairment: visual motion sensitivity; the woollen-mill weaver sways and grabs the rail when the Round-Up parade horses go by.
            Objective: FGA 19/30; mCTSIB foam eyes open 20 s.
            """,
            ["H81.393", "R26.81"], [PT("97112", 24)], []),

        // SHT text: "can't tell the tile from the rug under her feet by afternoon" as the problem; foam stance, tandem in the hall, pushes; distal sensory loss; tandem and Berg; "97112 22m", "[1:1 ✓]": passes.
        ["v4-h141-sht-tile-from-the-rug"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            97112 22m: foam pad stance EC at the counter, tandem down the hall, light pushes at the hips near the couch
            problem: can't tell the tile from the rug under her feet by afternoon, distal sensory loss w/ the neuropathy
            tandem 6 s; Berg 44/56
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CCHR "Deficit: as per plan of care." and nothing else naming a deficit, system or region; "☒ 1:1", techniques and Berg present: deficit missing.
        ["v4-h141-cchr-deficit-as-per-plan"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 23 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Tandem walking along the rail, stepping over the cane on the floor, reactive steps to light pushes, reaching to the cones on the foam.
            Deficit: as per plan of care.
            Berg 43/56.
            Dolores Vang, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // TPT Thermopolis "why/ same" and nothing else naming a deficit; "1:1 [x]", techniques and numbers present: deficit missing.
        ["v4-h141-tpt-why-same"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112 = 22 min — 1:1 [x] / grp [ ]
            tx/ foam stance w/ ball toss, side-step over the cane row, reactive steps to pushes, tandem on the beam
            why/ same
            #s/ Berg 47/56; 7 of 10 pushes w/ one step
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CFPT PTA capitals "IMP: SEE PREV NOTE" and nothing else naming a deficit; "1ON1 FLAG: Y", techniques and measures present: deficit missing.
        ["v4-h141-cfpt-imp-see-prev-note"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/23/26
            CPT 97112 X 22 MIN
            1ON1 FLAG: Y
            NOTE: FOAM STANCE W/ HD TURNS, TANDEM WALK, STEP OVER HURDLES, REACTIVE STEPS TO PUSHES. IMP: SEE PREV NOTE. OBJ: BERG 46/56, TANDEM 8 SEC.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // STBF Elmira narrative "Why: continuing her plan." and nothing else naming a deficit; techniques, measures and "one-on-one" on the Time line present: deficit missing.
        ["v4-h141-stbf-why-continuing-her-plan"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Doris Vanderpool — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: perturbations in tandem, stepping over the cones on cue, walking with head turns down the long hall.
            Why: continuing her plan.
            How she did: Mini-BESTest 22/28; 8 of 10 perturbations with one step.
            Time: Neuromuscular re-education (97112), 23 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BHSS Belle Fourche: "L knee buckles landing off the barrel" as the problem; drop landings, BOSU perturbations, lateral bounds; knee neuromuscular control; counts; "Delivery: one-on-one"; row 22; the ATC's tape on the cash bar: passes.
        ["v4-h141-bhss-knee-buckles-off-the-barrel"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Grady Two Bulls PT | 22 min
            Delivery: one-on-one.
            NMR: drop landings off the 12 inch box to a stick, BOSU single-leg stance with band perturbations, lateral bounds to a hold.
            Deficit: L knee neuromuscular control after the ACL reconstruction; the rodeo clown's knee buckles landing off the barrel.
            Objective: 7 of 10 landings without valgus; BOSU SL stance 14 s.
            RECOVERY BAR — cash, not billed
            Kinesio tape to the L knee | Noah Fergen ATC | cash
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // RSP Mount Vernon with the Fullerton Advanced Balance scale and a tandem count; foam head turns, stepping over the crates, pushes; sway; "(24') · 1:1": passes.
        ["v5-h141-rsp-fullerton-advanced-balance"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 23.04.2026 · retired dairy-co-op driver, 74 y
            97112 NMR 15.30–15.54 (24') · 1:1
            Tx: foam stance with diagonal head turns; stepping over the seed-crate row and back; pushes at the shoulders in narrow stance.
            Problem: postural sway and a slow protective step; he lurches getting down from the tractor seat.
            Measures: Fullerton Advanced Balance scale 25/40 (19/40 at intake); tandem walk 10 steps without a side step.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // PCSM Brookings hop-test limb symmetry in percent; hop-and-stick, BOSU perturbations, deceleration; R knee control after ACL; "1:1 [x]"; head 23: passes.
        ["v5-h141-pcsm-hop-test-symmetry"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT | pt: Kenzie Larsen, SDSU softball
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL hop-and-stick forward + lateral | BOSU SL stance w/ band perturbations | deceleration cuts to a stop on my clap
            Imp: R knee neuromuscular control after ACL reconstruction, knee dives in rounding first
            Obj: single hop LSI 86 % | triple hop LSI 82 % | 8/10 sticks held
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 23)], []),

        // STBF Ithaca narrative with the TUG against the TUG-cognitive in seconds; dual-task walking, foam head turns, stepping targets; dual-task gait and sway; "Time: … 22 minutes, one-on-one": passes.
        ["v5-h141-stbf-tug-and-tug-cognitive"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Ms. Renata Kowal — Bram Oosterhuis, PT
            What we worked on: walking while naming wineries backward from the list, foam stance with head turns, stepping to the floor targets I called.
            Why: she slows and sways when she talks while walking; the tasting-room host stumbles carrying glasses and chatting.
            How she did: TUG 10.9 s, TUG-cognitive 15.8 s; stepped to 9 of 10 targets without a stumble.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // KRMC Highland progress note with an FGA in the TODAY column and a sharpened Romberg; perturbations, head-turn walking, tandem on foam; postural control; "[X] Individual"; heading 24: passes.
        ["v5-h141-krmc-fga-today-and-romberg"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            FGA                       14/30     18/30       22/30
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in stride stance, walking with head turns to the wall targets, tandem on foam with eyes closed.
            Impairment: postural control and a late step after the stroke; she catches the walker on the kitchen doorframe.
            Sharpened Romberg 12 s (4 s at IE).
            Miriam Okafor, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PTH Galax PTA 97116 with steps, distance and assistance: porch steps with one rail, the grass to the garden; short R step after a knee replacement; box 19: passes.
        ["v5-h141-pth-pta-97116-porch-steps-and-grass"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: nobody else home
            97116 [ 19 ] min
            Tx: gait training with the cane down the porch steps, across the grass to the garden gate and back, cues for R knee bend in swing and an even step
            Problem: short R step and stiff-knee gait after the R TKA
            Assist/Dist: 6 porch steps with one rail, CGA; 120 ft on the grass with the cane, SBA
            """,
            ["Z96.651"], [PTA("97116", 19)], []),

        // SCTH Nadia hand therapy 97530 with the Nine-Hole Peg Test and grip pounds; tying fishing flies, opening the bait jar, carrying the tackle box; R hand dexterity after a carpal tunnel release; "97530 — 18 min": passes.
        ["v5-h141-scth-nadia-nine-hole-peg"] = new(
            """
            Hand therapy — Nadia Farrow, OTR/L, CHT
            97530 — 18 min
            Functional tasks: tying a clinch knot on the practice line, unscrewing the bait jar, lifting the tackle box from the floor to the truck-bed height shelf.
            Problem: R hand dexterity and grip weakness after the carpal tunnel release; fumbles the knots.
            Nine-Hole Peg Test R 27 s (L 21 s); grip R 44 lb; 5 of 6 knots tied.
            """,
            ["G56.01", "Z98.890"], [OT("97530", 18)], []),

        // TVMC Sugarcreek log, the push-and-release test and a gait speed; stepping reactions, backward walking, foam; retropulsion in Parkinson's; timer 23 with "1:1": passes.
        ["v5-h141-tvmc-push-and-release"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            09:00 97112 timer started (R. Stutzman, PT) — 1:1, just Mr. Mast and me
            09:01 Backward stepping reactions to my pulls, backward walking with a stop on cue, big-step turns on the foam
            09:12 Impairment: retropulsion and slow backward stepping with Parkinson's; the cheese-house worker falls back closing the cooler door
            09:20 Push-and-release test 2 (3 at eval); 10MWT 0.96 m/s
            09:23 97112 timer stopped — 23 min
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // RBC Wilton "Berg — ran out of time." and no number but the code and its minutes: measure missing; "(Y)" circled, techniques and deficit present.
        ["v5-h141-rbc-berg-ran-out-of-time"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Foam stance with head turns, stepping over the hurdles on cue, reactive steps to light pushes at the pelvis.
            Deficit: postural sway and a late step; she stumbles on the river-walk boards.
            Berg — ran out of time.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTH Galax "Assist/Dist: did better on the porch steps, her husband says" and no number but the box's minutes: measure missing; "1:1", techniques and deficit present.
        ["v5-h141-pth-better-her-husband-says"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT, DPT
            Present: husband, on the porch
            97112 [ 22 ] min — 1:1
            Tx: perturbations at the kitchen counter, foam stance with head turns, stepping up and holding on the porch step
            Problem: late stepping reaction and sway; she tips backward coming down the porch steps with the mail
            Assist/Dist: did better on the porch steps, her husband says
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BHSS Sturgis PTA 97110 row with the exercises and the region but no sets, repetitions, load or hold, and no number but the row's minutes: measure missing on 97110.
        ["v5-h141-bhss-pta-97110-no-dose"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Mikayla Schade PTA | 15 min
            TE: hip thrusts, goblet squats, lateral band walks, step-ups.
            Deficit: R hip extensor and abductor weakness after the hip scope; the hunting guide can't climb into the tree stand.
            RECOVERY BAR — cash, not billed
            Compression boots after | self-serve | membership
            """,
            ["Z98.890", "M24.151"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // THA print view "Objective findings: will test next visit" and no number but the code and its minutes: measure missing; "Delivery: 1:1", techniques and deficit present.
        ["v5-h141-tha-print-view-will-test-next-visit"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal — print view
            Outpatient Therapy Concurrent Review: Visit Detail
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: C. Ashgrove PTA
            Delivery: 1:1
            Interventions: foam stance w/ hd turns, tandem walk along the rail, perturbations @ pelvis, step-and-stick onto foam
            Impairment targeted: postural sway + slow stepping reaction, stumbles on the marina ramp
            Objective findings: will test next visit
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SHT Priya OT 97530 text with grip pounds and counts; lifting the cast-iron pan, carrying groceries from the carport, hanging towels; R grip weakness after a wrist fracture; "97530 20m": passes.
        ["v5-h141-sht-ot-grip-and-pan"] = new(
            """
            TxtChart · Saguaro Home Therapy · P. Natarajan OTR/L · home visit, Oro Valley
            [2:10p] 97530 20m: lifting the cast-iron pan from the stove to the sink, carrying grocery bags in from the carport, hanging towels on the bar
            [2:30p] problem: R grip + wrist weakness after the distal radius fx, drops the pan
            [2:31p] grip R 29 lb (L 51 lb); pan lifted 4/4; 3 bags carried 40 ft SBA
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // RSP Anacortes PTA two range lines ("97112 NMR 09.00–09.23 (23') · 1:1", "97110 TE 09.23–09.35 (12')"); both codes complete: passes.
        ["v6-h141-rsp-pta-two-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 20.04.2026 · ferry-terminal ticket seller, 61 y
            97112 NMR 09.00–09.23 (23') · 1:1
            Tx: rocker board A/P; foam tandem with head turns; step-and-stick onto the foam, L leg leading.
            Problem: L ankle proprioception down after the fracture; she rolls it on the ramp when the ferry docks.
            Measures: rocker board 12 s; SLS L 9 s (R 24 s).
            97110 TE 09.23–09.35 (12')
            Tx: heel raises off the step 3x15; banded eversion with the green band 3x15; lateral step-downs off the 10 cm step 3x10.
            Problem: L calf and peroneal weakness.
            """,
            ["S82.62XD"], [PTA("97112", 23), PTA("97110", 12)], []),

        // SCTH Luis's grid "97112 | NMR | 22" and "97116 | GAIT | 14"; "1:1 the whole visit"; both complete: passes.
        ["v6-h141-scth-luis-grid-nmr-and-gait"] = new(
            """
            SCTH — L. Arredondo PTA
            CPT | description | min
            97112 | NMR | 22
            97116 | GAIT | 14
            Attendance: 1:1 the whole visit.
            NMR: foam stance with head turns, stepping over the cones on a called colour, reactive steps to pushes. Deficit: postural sway and a late step after the stroke. Berg 45/56.
            GAIT: quad cane on the hall and the ramp out to the parking lot, cues for R heel strike. Deficit: R foot drag. 300 ft quad cane SBA; ramp CGA.
            """,
            ["I69.351"], [PTA("97112", 22), PTA("97116", 14)], []),

        // CBH Ashland, Maren's ASSESSMENT-only note with clock ranges on each code's own line ("97112 13:00–13:24 one-on-one", "97116 13:24–13:36"); both complete: passes.
        ["v6-h141-cbh-maren-two-clock-ranges"] = new(
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
            97112 13:00–13:24 one-on-one: foam stance with head turns, tandem walking, perturbations at the pelvis. Postural sway and a late step after the stroke; she loses it on the ice-road ruts. Berg 44/56.
            97116 13:24–13:36: cane on the hall and the lobby ramp, cues for an even L step. Short L step and L hip weakness. 350 ft with the cane, SBA.
            PLAN: continue POC.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 12)], []),

        // MPT St. Simons PTA daily note with the billing line "97112 NMR — 2 units — 24 min; 97116 Gait — 1 unit — 13 min"; one-on-one; both complete: passes.
        ["v6-h141-mpt-pta-billing-line-two-codes"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            Daily Note
            Today: NMR — perturbations on the foam, stepping over the hurdles, walking with head turns along the hall. Gait — rollator on the hall and across the parking-lot curb, cues for step length.
            Delivery: one-on-one, just Ashlyn and Mrs. Bledsoe.
            Problem: postural sway and a late step; short shuffling steps after the hip fracture; the tram driver catches her foot at the curb.
            Objective: Berg 46/56; rollator 300 ft SBA, curb with CGA.
            Billing: 97112 NMR — 2 units — 24 min; 97116 Gait — 1 unit — 13 min
            Ashlyn Pruitt, PTA
            """,
            ["R26.81", "S72.002D"], [PTA("97112", 24), PTA("97116", 13)], []),

        // TVMC Dover log with two timers (97112 stopped at 22, 97140 at 10); 1:1; both complete: passes.
        ["v6-h141-tvmc-two-timers"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            15:00 97112 timer started (T. Gerber, PT) — 1:1
            15:01 Foam stance with head turns, tandem walking, perturbations at the pelvis
            15:12 Impairment: sway and a late step; the buggy maker stumbles on the shop's sawdust
            15:18 Berg 47/56
            15:22 97112 timer stopped — 22 min
            15:23 97140 timer started — L3-5 central PA mobilisations grade III, STM to the paraspinals for lumbar extension stiffness
            15:31 Standing extension 10 → 18 degrees after
            15:33 97140 timer stopped — 10 min
            """,
            ["R26.81", "M54.50"], [PT("97112", 22), PT("97140", 10)], []),

        // BMRH Milton-Freewater two brackets ([97112] 23, [97110] 12); "Delivery: Individual [X]"; both complete: passes.
        ["v6-h141-bmrh-two-brackets"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — F. Orozco PT
            Delivery: Individual [X] Concurrent [ ] Group [ ]
            Rocker board A/P eyes closed, foam stance with ball catches, stepping onto the half-foam roller and holding. Impairment: R ankle proprioception; the wheat-truck driver rolls it stepping down from the cab. Objective: rocker board 10 sec; SLS R 11 sec.
            [97110] Ther ex — 12 min — F. Orozco PT
            Heel raises 3x15, banded inversion and eversion red 3x15, step-downs 6 inch 2x10. Impairment: R calf and peroneal weakness.
            MODALITY ROOM: ice to the R ankle after, by the aide — untimed, not billed.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97110", 12)], []),

        // SHT text with prime minutes on two codes ("97112 23'", "97116 12'"); "[1:1 ✓]"; both complete: passes.
        ["v6-h141-sht-prime-minutes-two-codes"] = new(
            """
            TxtChart · Saguaro Home Therapy · M. Ybarra PT · home visit, Tucson
            Delivery? ▸ [1:1 ✓] [Group] [Concurrent]
            97112 23': perturbations at the counter, foam pad stance EC, stepping over the garden hose w/ stop on cue; postural control + late step; Berg 45/56
            97116 12': walker down the driveway + over the gravel to the mailbox, cues for heel strike; short R step after the R TKA; 200 ft walker SBA
            """,
            ["R26.81", "Z96.651"], [PT("97112", 23), PT("97116", 12)], []),

        // CST Prairie Rose a PT's and an OT's headings on one visit ("97112 NMR — 22 min", "97530 THER ACT — 16 min"); "1:1: Y"; both complete: passes.
        ["v6-h141-cst-pt-and-ot-headings"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min (Loretta Haskins, PT, GCS)
            TX: foam stance with head turns at the hall rail, stepping over the cane and back, reactive steps to light pushes.
            PROBLEM: posterior lean and a slow step back; she sits down hard at the domino table.
            OBJECTIVE: Berg 41/56.
            97530 THER ACT — 16 min (Renata Holloway, OTR/L)
            TX: setting out the dominoes standing, carrying the tile box on the walker tray, wiping the table.
            PROBLEM: R grip weakness and standing tolerance.
            OBJECTIVE: stood through setting out the whole set; tile box carried 3 times with SBA.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), OT("97530", 16)], []),

        // BHBR Worland stamped row "START 10:00 ■ STOP 10:32 = 32 MIN" on a 20-minute line: mismatch; all else present.
        ["v6-h141-bhbr-row-32-on-20"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:32 = 32 MIN
            1:1 throughout.
            NMR: foam stance with head turns, stepping over the hurdle row, perturbations in tandem.
            Impairment: sway and a late step; the rodeo-grounds announcer stumbles on the bleacher steps.
            Objective: Berg 48/56.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // PCSM Yankton two pipe heads, the 97112's 23 matching and "97110 TE — 25 min" on a 14-minute line: mismatch on 97110; both complete.
        ["v6-h141-pcsm-pipe-head-25-on-14"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Tanner Hofer, pheasant guide
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL stance on foam w/ ball catches | lateral hop-and-stick | band perturbations at the hips
            Imp: L ankle proprioception after the sprain in the shelterbelt
            Obj: SL stance foam L 13 s | 7/10 sticks held
            97110 TE — 25 min
            Tx: heel raises 3x15 | banded eversion blue 3x15 | lateral step-downs 3x10
            Imp: L calf + peroneal weakness
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // SHT text "97112 34m" (stamps [2:00p] and [2:34p] agree with it) on a 22-minute line: mismatch; all else present.
        ["v6-h141-sht-texted-34m-on-22"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Tucson
            [2:00p] 97112 34m: perturbations at the counter, foam stance w/ hd turns, stepping over the hose, 1:1 just him + me
            [2:34p] problem: postural control + late stepping, tips back at the front-door step
            [2:35p] Berg 47/56; 7/10 perturbations w/o a step
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // PDPT Florence grid "97112 | Neuromuscular re-education | 35" on a 23-minute line: mismatch; dropdown "Yes", techniques, deficit and measures present.
        ["v6-h141-pdpt-grid-35-on-23"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Runs the peach stand on the highway, on her feet all day.
            OBJECTIVE: Berg 47/56; tandem 9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 35
            ASSESSMENT: Foam stance with head turns, stepping over the crate row, perturbations at the pelvis. Postural sway and a late step; she stumbles on the gravel pulling out the bins.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // THA portal with "Minutes by CPT:" left blank and "Addl comments (cont.): total timed 35 min" on two codes: separate time missing; 1:1; both codes complete.
        ["v6-h141-tha-minutes-box-blank-total-in-comments"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06455    DOS 04/24/2026
            Provider: Lakeland Therapy Partners (Sandpoint)    Rendering: R. Voss PT DPT
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): NMR: foam stance w/ hd turns, tandem walk, perturbations in stride. TE: step-ups 6 in 3x10, bridges 3x15, sidelying hip abd 3x12
            Impairment targeted (150 char): postural control + late step; L hip abductor weakness, ski patroller
            Objective findings (200 char): Berg 51/56; tandem 15 s
            Minutes by CPT:
            Addl comments (cont.): total timed 35 min
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // KRMC Carlyle headings for 97112 and 97116 without minutes and "TOTAL TIMED: 37 MIN" under them: separate time missing; individual ticked; both codes complete.
        ["v6-h141-krmc-headings-without-minutes-total"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT DAILY NOTE
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with head turns, stepping over the hurdle row, perturbations at the pelvis. Impairment: sway and a late step after the stroke. Berg 45/56.
            TREATMENT TODAY — CPT 97116 GAIT TRAINING
            Quad cane on the hall and the ramp, cues for L heel strike. Impairment: L foot drag. 250 ft with the quad cane, SBA.
            TOTAL TIMED: 37 MIN
            Trent Hollis, PT
            """,
            ["I69.354"], [PT("97112", 24), PT("97116", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a three-code visit (97112, 97110, 97140) with diagnoses: note missing on each profiled line, nothing else.
        ["v7-h141-empty-note-three-codes"] = new(
            "",
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Tabs and line breaks only on a PTA's 97112 with a diagnosis (cells are trimmed): note missing only.
        ["v7-h141-tabs-and-line-breaks-pta-97112"] = new(
            "\t\n \t\n\t",
            ["R26.81"], [PTA("97112", 21)], [At(NoteMissing, "97112")]),

        // An empty note on a PT's 97110 and a PTA's 97116 with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h141-empty-note-pt-and-pta-no-dx"] = new(
            "",
            [], [PT("97110", 13), PTA("97116", 18)], [At(NoteMissing, "97110"), At(NoteMissing, "97116"), Dx]),

        // 97110's meaning on an SCMH PTA episode: seated marching with ankle weights, sit-to-stands, heel raises and standing hip abduction with doses (technique and measure), L hip and quad weakness after a hip fracture (deficit); "Timed: 97110 ▸ 15 min": passes.
        ["v7-h141-scmh-pta-97110-after-hip-fracture"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aino Heikkila
            EPISODE A: L hip fracture, ORIF    ICD-10: S72.002D
            Timed: 97110 ▸ 15 min
            Interventions: seated marching with 2 lb ankle weights 3x15, sit-to-stand from the standard chair 3x10, heel raises at the counter 3x15, standing hip abduction 3x12.
            Impairment: L hip abductor and quad weakness; she can't get up from the sauna bench without a push from her husband.
            Measures: sit-to-stand without hands on all 10 of the last set.
            Completed by: Rosalind Kivela, PTA
            """,
            ["S72.002D"], [PTA("97110", 15)], []),

        // 97530's meaning on a BHBR note: carrying a 25 lb salt block to the bunk, stepping up into the stock trailer with a hand on the gate, kneeling to fix a water float and rising (technique and measure), low back and L hip weakness (deficit); stamped row 18: passes.
        ["v7-h141-bhbr-97530-salt-blocks-and-trailer"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97530 THERAPEUTIC ACTIVITIES ▸ START 14:00 ■ STOP 14:18 = 18 MIN
            Activities: carrying a 25 lb salt block 40 ft to the bunk x 4, stepping up into the practice stock-trailer step with one hand on the gate x 6, half-kneel to fix the water float and rise x 5.
            Impairment: low back and L hip extensor weakness after the lumbar fusion; the sheep shearer can't step up into the trailer with the ewes.
            Objective: all trailer steps with SBA; rises from half-kneel with one hand on the rail.
            Cody Ostrander, PT
            """,
            ["Z98.1", "M62.81"], [PT("97530", 18)], []),

        // 97140's meaning on a TRMC note: side-lying lumbar rotation mobilisation grade III and QL release (technique), L4-5 hypomobility with a stiff side bend (deficit), side-bend fingertip distance in centimetres (measure); "97140 — 11 min": passes.
        ["v7-h141-trmc-97140-lumbar-rotation"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Dewey Crittenden. Naomi Achterberg, PT, DPT, OCS — one-on-one for the visit.
            PROBLEM #1 — Low back pain (M54.50), Tri-Rivers Orthopaedics
              97140 — 11 min
              Side-lying L4-5 rotation mobilisation grade III, quadratus lumborum release, STM to the L paraspinals.
              Impairment: L4-5 hypomobility and a stiff L side bend; the towboat deckhand can't lean to throw the line.
              Measures: L side bend fingertip to floor 52 → 46 cm after.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning on a QHPT PTA note: walker to forearm crutches on the hall and the granite stairs with cues (technique), L knee stiffness and a short R step after a tibial plateau fracture (deficit), distance and assistance (measure); leader 18: passes.
        ["v7-h141-qhpt-pta-97116-walker-to-crutches"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Travis Lamoureux, PTA
            ☐ PT ☒ PTA
            97116 ........ 18 mins — gait after L tib plateau fx (Dr. Okafor)
              Gait training from the walker to forearm crutches on the hall and the granite stairs out front, cues for L heel strike and knee bend.
              Deficit: stiff L knee and a short R step; the carver can't get up the shed stairs.
              Today: crutches 300 ft SBA; 8 stairs with a rail and one crutch, CGA.
            """,
            ["S82.142D"], [PTA("97116", 18)], []),

        // RSP "Tx: balance exercises as tolerated. Problem: as before. Measures: —" with "· 1:1": nothing named on the 97112.
        ["v7-h141-rsp-balance-exercises-as-tolerated"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · sawmill retiree
            97112 NMR 11.00–11.22 (22') · 1:1
            Tx: balance exercises as tolerated.
            Problem: as before.
            Measures: —
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // SCTH Curt two codes "Skilled PT per POC — balance and ther ex as tolerated. Tol well, cont POC." with only "36 min total for the visit": nothing named for either code, no one-on-one statement and no minutes for each.
        ["v7-h141-scth-curt-skilled-pt-per-poc-total"] = new(
            """
            SCTH — C. Blevins PT
            Codes: 97112, 97110.
            Skilled PT per POC — balance and ther ex as tolerated. Tol well, cont POC.
            36 min total for the visit.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // PTH OT "Tx: ADL retraining as tolerated / Problem: per POC / Assist/Dist: did well" with "97530 [ 20 ] min": nothing named on the 97530.
        ["v7-h141-pth-ot-adl-retraining-as-tolerated"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: daughter
            97530 [ 20 ] min
            Tx: ADL retraining as tolerated
            Problem: per POC
            Assist/Dist: did well
            """,
            ["R26.89"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // MPT "Today: TE per plan. Problem: see plan. Objective: tolerated well." with "Billing: 97110 TE — 15 min": nothing named on the 97110.
        ["v7-h141-mpt-te-per-plan"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Daily Note
            Today: TE per plan.
            Problem: see plan.
            Objective: tolerated well.
            Billing: 97110 TE — 15 min
            Ashlyn Pruitt, PTA
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // KRMC "TREATMENT TODAY — CPT 97140 MANUAL THERAPY — 10 MIN / Manual therapy as indicated. Tolerated well.": nothing named on the 97140.
        ["v7-h141-krmc-manual-therapy-as-indicated"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT DAILY NOTE
            TREATMENT TODAY — CPT 97140 MANUAL THERAPY — 10 MIN
            Manual therapy as indicated. Tolerated well.
            Trent Hollis, PT
            """,
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week, and the ordinary weak ones

        // RSP Mount Vernon PTA 97110 range line (15'); Bulgarian split squats and step-downs with kilograms; L quad and glute weakness: passes.
        ["vord-h141-rsp-pta-97110-range"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            T. Wierzbicki, PTA · 22.04.2026 · berry-field irrigator, 44 y
            97110 TE 11.40–11.55 (15')
            Tx: Bulgarian split squats with 6 kg dumbbells 3x8 each side; forward step-downs off the 20 cm step 3x10; hip thrusts 40 kg 3x10.
            Problem: L quad and glute weakness after the ACL reconstruction; he can't climb the irrigation-pipe trailer.
            """,
            ["S83.512D", "Z98.890"], [PTA("97110", 15)], []),

        // BHBR Thermopolis 97116 stamped row 19; cane on the hall and the terrace ramp; short L step after a stroke; distance and assistance: passes.
        ["vord-h141-bhbr-97116-stamped-row"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97116 GAIT TRAINING ▸ START 15:00 ■ STOP 15:19 = 19 MIN
            Gait: single-point cane on the hall, up and down the terrace ramp to the hot-springs path, cues for L heel strike and an even step.
            Impairment: short L step and L knee hyperextension in stance after the R stroke.
            Objective: 400 ft with the cane, SBA; ramp with CGA.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // PTH Hillsville PTA 97112: "1:1 — nobody else in the house but the cat"; counter perturbations, stepping over the hearth rug, foam head turns; foot proprioception; tandem and Berg; box 22: passes.
        ["vord-h141-pth-pta-97112-hearth-rug"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Darnell Hash, PTA
            Present: nobody, wife at work
            97112 [ 22 ] min — 1:1 the whole visit
            Tx: perturbations at the kitchen counter, stepping over the hearth rug on cue, foam stance with head turns
            Problem: poor foot proprioception with the neuropathy; he catches the hearth rug carrying wood to the stove
            Assist/Dist: tandem 8 s at the counter; Berg 45/56
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // STBF Elmira OT 97530 narrative: pulling laundry from the front-loader, folding at the counter standing, carrying the basket; R hemiparesis and standing balance; counts with SBA; "Time: Therapeutic activities (97530), 19 minutes": passes.
        ["vord-h141-stbf-ot-laundry-97530"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Lorraine Haskell — Joan Pettibone, OTR/L
            What we worked on: pulling wet laundry out of the front-loader from a half-squat, folding towels standing at the counter, carrying the basket to the bedroom.
            Why: R arm weakness and poor standing balance after the stroke; she leans on the dryer and drops the towels.
            How she did: 10 towels folded standing without leaning; basket carried 30 ft x 2 with SBA.
            Time: Therapeutic activities (97530), 19 minutes.
            """,
            ["I69.351"], [OT("97530", 19)], []),

        // TVMC Sugarcreek PTA 97110 log, timer 14; leg press, step-ups, TKE with doses; L quad weakness after a knee replacement: passes.
        ["vord-h141-tvmc-pta-97110-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            10:30 97110 timer started (B. Oyelaran, PTA)
            10:31 Leg press 70 lb 3x12, step-ups 6 inch 3x10, TKE with the blue band 3x15, heel slides 2x15
            10:40 Impairment: L quad weakness and a slow stair pattern after the L TKA; can't step up onto the cheese-house loading dock
            10:44 97110 timer stopped — 14 min
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 14)], []),

        // TPT Thermopolis 97140 shorthand: talocrural glides and STM; ankle DF stiffness; knee-to-wall centimetres; "97140 = 11 min": passes.
        ["vord-h141-tpt-97140-ankle"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97140 = 11 min
            tx/ talocrural post glides gr III-IV, distraction, STM R gastroc-soleus
            why/ R ankle DF stiff after the fracture, lifeguard can't squat at the pool edge
            #s/ knee-to-wall 5 → 9 cm after
            """,
            ["S82.891D"], [PT("97140", 11)], []),

        // CST Enid PTA 97116 with "1:1: Y"; walker gait to the dining room with turns; short steps and a flexed trunk; distance and assistance; heading 18: passes.
        ["vord-h141-cst-pta-97116-dining-room"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97116 GAIT — 18 min
            TX: gait training with the front-wheeled walker from his room to the dining room, turning at the salad bar, cues for step length and an upright trunk.
            PROBLEM: short shuffling steps and a flexed trunk; the retired grain-elevator manager shuffles and tips forward turning.
            OBJECTIVE: walker 250 ft with SBA; turns with CGA.
            """,
            ["R26.89"], [PTA("97116", 18)], []),

        // TRMC Murray two problems: 97112 (one-to-one; foam, hurdles, pushes; sway; Berg) and 97140 (cervical glides; rotation degrees), each with indented minutes: passes.
        ["vord-h141-trmc-two-problems-97112-97140"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Opal Whitnell. Lionel Fairweather, PT
            PROBLEM #1 — Imbalance (R26.81), Tri-Rivers Neurology
              97112 — 22 min
              One-to-one, Lionel and Mrs. Whitnell; nobody else in the gym.
              Foam stance with head turns, stepping over the hurdle row on cue, reactive steps to pushes at the pelvis.
              Impairment: postural sway and a late step; she stumbles on the courthouse-square curbs.
              Measures: Berg 46/56.
            PROBLEM #2 — Neck pain (M54.2), Tri-Rivers Orthopaedics
              97140 — 10 min
              C5-6 unilateral PA glides grade III L, suboccipital release.
              Impairment: L cervical rotation 50 degrees, stiff turning to back out of the drive.
            """,
            ["R26.81", "M54.2"], [PT("97112", 22), PT("97140", 10)], []),

        // SCMH Marquette 97112 "Attendance: ☒ 1:1"; step-and-stick on the foam, tandem with head turns, reactive steps; ankle proprioception; Last | Today; "Timed: 97112 ▸ 23 min": passes.
        ["vord-h141-scmh-97112-ore-dock"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Lahti
            EPISODE A: R ankle sprain    ICD-10: S93.401D
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: step-and-stick onto the foam with the R, tandem walking with head turns, reactive steps to pushes.
            Impairment: R ankle proprioception; the ore-dock worker turns it on the frozen ruts.
            Measures (Last | Today): SLS R 8 s | 13 s
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // QHPT Montpelier "Re: balance (Dr. Bell, neuro) — 97112 — 24 min — Mireille Gagnon, PT" with "One-on-one in the back room"; perturbations, hurdles, head turns; sway; Berg and TUG: passes.
        ["vord-h141-qhpt-re-line-97112"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Re: balance (Dr. Bell, neuro) — 97112 — 24 min — Mireille Gagnon, PT
            One-on-one in the back room.
            Perturbations in stride stance on the foam, stepping over the hurdle row with a stop, walking with head turns past the window.
            Deficit: postural sway and a late step; she slips on the sugarhouse floor boiling sap.
            Today: Berg 48/56; TUG 11.2 sec.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // BHSS Spearfish 97140 row with compression boots on the cash bar after; thoracic PA mobilisations and rib glides; thoracic stiffness; rotation degrees; row 12: passes.
        ["vord-h141-bhss-97140-thoracic"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97140 MT | Tessa Lindahl PT | 12 min
            MT: T4-8 central PA mobilisations grade III, rib glides on the R, STM to the R rhomboids.
            Deficit: thoracic stiffness; the rodeo clown can't turn to watch the bull behind him.
            Objective: seated thoracic rotation R 35 → 48 degrees after.
            RECOVERY BAR — cash, not billed
            Compression boots after the billed block | self-serve | membership
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // RBC Muscatine PTA 97110 with the CA's IFC after (not billed by PT); doses; lumbar and core weakness; heading 15: passes.
        ["vord-h141-rbc-pta-97110-ca-ifc-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97110 Therapeutic exercise — 15 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Bird dogs 3x10, dead bugs 3x10, side plank on the knees 3 x 20 sec, hip hinge with the dowel 3x10.
            Deficit: lumbar extensor and core weakness; back aches lifting the button-blank crates at the museum.
            IFC after by Kori Hahn, CA, under the DC's plan — not part of this PT note.
            """,
            ["M54.50"], [PTA("97110", 15)], []),

        // BMRH Pendleton PTA 97116 bracket 20; walker to cane on the hall and the lobby ramp; short R step; distance and assistance; ice in the modality room: passes.
        ["vord-h141-bmrh-pta-97116"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97116] Gait training — 20 min — D. Hollister PTA
            Gait training from the walker to the single-point cane on the hall and the lobby ramp, cues for R heel strike and equal step length.
            Impairment: short R step and R hip weakness after the THA; the Round-Up volunteer can't walk the parade route.
            Objective: cane 300 ft with SBA; ramp with CGA.
            MODALITY ROOM: ice to the R hip after, by the aide — untimed, not billed.
            """,
            ["Z96.641"], [PTA("97116", 20)], []),

        // KRMC Highland OT 97530 daily note: galley tasks on the sailboat mock-up; L shoulder; counts; heading 18: passes.
        ["vord-h141-krmc-ot-97530-galley"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            OT DAILY NOTE
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 18 MIN
            Lifting the cooler onto the bench, reaching to the overhead cabinet for the mugs, coiling the dock line standing.
            Impairment: L shoulder flexion weakness after the cuff repair; the sailor can't stow gear overhead.
            Cooler 15 lb lifted 5 times independently; 6 of 6 mugs reached; line coiled twice without a rest.
            Renata Quist, OTR/L
            """,
            ["Z98.890", "M75.122"], [OT("97530", 18)], []),

        // MPT Darien discharge summary with the day's 97116; cane on the boardwalk and the dock ramp; short steps; distance and assistance; billing line 17: passes.
        ["vord-h141-mpt-discharge-97116"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Discharge Summary — treatment provided this date
            Today: Gait — single-point cane on the boardwalk mat and up the dock ramp, cues for step length and heel strike.
            Problem: short R step after the R THA; the shrimper shuffles on the dock ramp at low tide.
            Objective: cane 500 ft independent on level; ramp with SBA.
            Discharge status: goals met, independent with the home program.
            Billing: 97116 Gait — 17 min
            Jamal Whitfield, PT, OCS
            """,
            ["Z96.641"], [PT("97116", 17)], []),

        // CCHR PT 97110 at the rail with doses; bilateral hip and quad weakness; heading 14: passes.
        ["vord-h141-cchr-pt-97110"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            DAILY NOTE
            SKILLED INTERVENTIONS THIS DATE — 97110 Therapeutic exercise: 14 min
            Sit-to-stand from the dining chair 3x8, standing hip abduction at the rail 2x12, heel raises 3x12, seated knee extension 2 lb 3x12.
            Deficit: bilateral hip and quad weakness; the resident can't rise from the low chapel chair.
            Gil Archuleta, PT, director of rehab
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // SCTH Brandi's late entry 97112 "Pt seen one-to-one for the whole NMR block"; foam stance, cone steps, pushes; postural control; Berg; "97112 (23 min)": passes.
        ["vord-h141-scth-brandi-late-entry"] = new(
            """
            Late entry — charted at the end of the day for the early-afternoon visit. B. Stockton, PTA
            97112 (23 min)
            Pt seen one-to-one for the whole NMR block.
            Did foam stance with head turns, stepping to the cones on a called colour, and reactive steps to pushes at the shoulders.
            Deficit: postural control and a late stepping reaction; she trips on the dugout step at her grandson's games.
            Measures: Berg 47/56; 6 of 8 pushes with one step.
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // CBH Washburn, Brent's treatment pasted into SUBJECTIVE with the deficit in ASSESSMENT, OBJECTIVE Berg, grid 22 and the default one-on-one attestation: passes.
        ["vord-h141-cbh-hakala-pasted-subjective"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Foam stance with ball catches, stepping over the cane row, reactive steps to pushes, tandem walking along the mat.
            OBJECTIVE: Berg 46/56; tandem 9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Postural sway and a slow step; he loses it on the ice-fishing shack steps.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PVRHC Trinidad, Hannah's OT 97530: carving at the bench standing, sanding, lifting the santo to the shelf; L hand and standing tolerance; counts; grid 20: passes.
        ["vord-h141-pvrhc-hannah-ot-97530"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Pt reports no new complaints. Wants to finish the San Isidro for the church.
            OBJECTIVE: 3 of 3 blocks sanded standing; santo lifted to the shelf 4 times without a rest.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 20
            Carving at the bench standing with the knife in the L hand, sanding practice blocks, lifting the santo to the top shelf.
            ASSESSMENT: L grip and wrist weakness after the fracture; standing tolerance limited.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["S52.502D"], [OT("97530", 20)], []),

        // THA portal OT 97530 (Hana Mikkelsen): carrying the kayak paddle and PFD, loading the dishwasher, reaching to the top shelf; R shoulder weakness; counts and assistance; "Minutes by CPT: 97530 = 21": passes.
        ["vord-h141-tha-ot-97530-dock-box"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06461    DOS 04/21/2026
            Provider: Lakeland Therapy Partners (Coeur d'Alene)    Rendering: H. Mikkelsen OTR/L
            Interventions (250 char max): lifting the PFDs + paddles into the dock box, loading + unloading the dishwasher, reaching plates to the top shelf standing
            Impairment targeted (150 char): R shoulder flexion + ER weakness after R RCR, marina dock hand
            Objective findings (200 char): dock box loaded 3/3 trips SBA; 10/10 plates to the top shelf w/o a rest
            Minutes by CPT: 97530 = 21
            """,
            ["M75.121", "Z98.890"], [OT("97530", 21)], []),

        // CFPT PTA capitals with the "[X] INDIVIDUAL [ ] GROUP [ ] CONCURRENT" row; foam stance, tandem, hurdles; foot proprioception; Berg; "CPT 97112 X 22 MIN": passes.
        ["vord-h141-cfpt-pta-individual-row"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: EARLENE PRUETT PTA     DOS 04/24/26
            CPT 97112 X 22 MIN
            [X] INDIVIDUAL [ ] GROUP [ ] CONCURRENT
            NOTE: FOAM STANCE EC, TANDEM W/ HD TURNS, STEP OVER HURDLES, REACTIVE STEPS TO PUSHES. IMP: DECR PROPRIOCEPTION B FEET W/ NEUROPATHY, CANT FEEL THE CHURCH CARPET EDGE. OBJ: BERG 45/56, TANDEM 7 SEC.
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // CFPT OT capitals 97530: stringing beans standing, canning-jar lids, carrying the bean pot; R hand coordination after a stroke; counts; "CPT 97530 X 19 MIN": passes.
        ["vord-h141-cfpt-ot-97530-bean-stringing"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA          OFFICEMATE PM 4.0   DAILY NOTE
            PROV: WANDA SELLS OTR     DOS 04/20/26
            CPT 97530 X 19 MIN
            NOTE: STRINGING + SNAPPING BEANS STANDING AT THE COUNTER, SCREWING CANNING JAR RINGS ON + OFF, CARRYING THE BEAN POT TO THE STOVE. IMP: R HAND COORDINATION + STANDING TOLERANCE AFTER CVA. OBJ: 8/10 RINGS ON W/O DROPPING, POT CARRIED 15 FT X 3 SBA.
            """,
            ["I69.341"], [OT("97530", 19)], []),

        // CFPT owner 97140 capitals: lumbar PA glides and STM; L4-5 stiffness; extension degrees; "CPT 97140 X 12 MIN": passes.
        ["vord-h141-cfpt-dwayne-97140"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - MCMINNVILLE     OFFICEMATE PM 4.0   DAILY NOTE
            PROV: DWAYNE KITTRELL PT     DOS 04/23/26
            CPT 97140 X 12 MIN
            NOTE: L4-5 CENTRAL PA GLIDES GR III-IV, STM L PARASPINALS + QL. IMP: L4-5 HYPOMOBILITY, BACK LOCKS BENDING INTO THE NURSERY BEDS. OBJ: STANDING EXT 10 TO 20 DEG AFTER.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // SCTH Raj "Pt presents to clinic …", "Billed: 97112 x 23 minutes", one-on-one with a teammate's mother in the lobby; cutting drills with a stick, SL landings, BOSU; knee valgus; counts: passes.
        ["vord-h141-scth-raj-cutting-drills"] = new(
            """
            SCTH Daily v3 — Raj Pillai, PT, DPT
            S: Pt presents to clinic after school. 16 y/o softball shortstop, L knee gives on cuts.
            Billed: 97112 x 23 minutes
            Attendance: Session delivered one-on-one, therapist in constant attendance; her mother waited in the lobby.
            O: 45-degree cuts to a stick with mirror feedback, single-leg landings off the box, BOSU single-leg stance with band pulls at the knee.
            Impairment: L dynamic knee valgus and late hip control on cutting.
            Measures: 7 of 10 cuts without valgus; BOSU SL stance L 16 s.
            """,
            ["M22.2X2"], [PT("97112", 23)], []),

        // SCTH Shelby's boxes with only the billed box filled ("☑ 97112 [ 22 ] min") and "☑ 1:1"; foam line, rocker board, pushes; proprioception; mCTSIB: passes.
        ["vord-h141-scth-shelby-only-billed-box"] = new(
            """
            SCTH Daily v3 — Shelby Kuhn, PTA
            ☑ 97112 [ 22 ] min   ☐ 97110 [   ] min   ☐ 97116 [   ] min
            Attendance: ☑ 1:1  ☐ concurrent  ☐ group
            Treatment (97112): tandem on the foam line, rocker board A/P, light pushes at the shoulders.
            Impairment targeted: proprioceptive loss both feet; she can't feel the bleacher steps at the ballpark.
            Measures: mCTSIB foam eyes closed 9 s; rocker board 11 s.
            """,
            ["G62.9"], [PTA("97112", 22)], []),

        // PDPT Hartsville, Travis's prose minutes beside "(no rows)": "97110 therapeutic exercise, 14 minutes: …" with doses and R shoulder weakness: passes.
        ["vord-h141-pdpt-godbold-prose-97110"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Works the tobacco barn, wants to hang sticks overhead.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97110 therapeutic exercise, 14 minutes: band rows green 3x15, ER with the yellow band 3x12, wall walks 2x10, scaption 1 lb 2x12. R shoulder flexion and ER weakness after the cuff repair.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 14)], []),

        // CST Stillwater complete 97112 ("1:1: Y"; foam, hall rail stepping, pushes; posterior lean; Berg) sent with no diagnosis.
        ["vord-h141-cst-no-diagnosis"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns, stepping backward along the hall rail, reactive steps to light pushes.
            PROBLEM: posterior lean and a slow step back; she sits down hard at the domino table.
            OBJECTIVE: Berg 43/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // THA complete 97112 (1:1; foam, tandem, pushes; sway; Berg) whose claim carries the word "imbalance" as its diagnosis: not a well-formed ICD-10-CM code.
        ["vord-h141-tha-dx-word-imbalance"] = new(
            """
            TAMARACK HEALTH ADVANTAGE (HMO) — TamarackUM Provider Portal
            Outpatient Therapy Concurrent Review: Visit Detail    Auth # THA-26-06470    DOS 04/24/2026
            Provider: Lakeland Therapy Partners (Post Falls)    Rendering: C. Ashgrove PTA
            Delivery (1:1/Grp/Conc): 1:1
            Interventions (250 char max): foam stance w/ hd turns, tandem walk along the rail, lateral pushes @ hips, stepping over the cane row
            Impairment targeted (150 char): postural sway + late step, huckleberry picker, falls on the slope
            Objective findings (200 char): Berg 47/56; tandem 10 s
            Minutes by CPT: 97112 = 23
            """,
            ["imbalance"], [PTA("97112", 23)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
