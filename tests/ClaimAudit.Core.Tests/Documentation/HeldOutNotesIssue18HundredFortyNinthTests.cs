using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-eighth) is one Friday's notes
/// (8 May 2026) drawn at random across all the clinics of the hundred-and-forty-first to hundred-and-forty-seventh sets,
/// each clinic in its own style and on its own template, at most eight notes from any one clinic: the same writers, new
/// patients and new wording. No style is new; the set measures how the analyzer does across the styles it has already
/// seen, with notes it has not. About two thirds are ordinary and complete (76 of 120), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs,
/// from these employers:
/// <list type="number">
/// <item>the week-to-week clinics of the hundred-and-forty-first set: Rosario Strait Physiotherapy (RSP: Anacortes, Mount
/// Vernon and Friday Harbor; day-first dotted dates, "97112 NMR 14.05–14.28 (23') · 1:1", kilograms): Jonas Brenner,
/// Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz Wierzbicki (PTA); Big Horn Basin Regional Hospital (BHBR:
/// Worland, Thermopolis and Greybull; "▸ START ■ STOP … = 22 MIN" rows): Maren Thorsby, Joel Akiyama and Cody Ostrander
/// (PTs) and Renata Villalobos (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville; "Visit at:",
/// "Present:", "97112 [ 22 ] min", "Assist/Dist:"): Rhonda Sizemore (PT), Darnell Hash and Kaylee Quesenberry (PTAs) and
/// Lorena Bowman (OTR/L); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning and Ithaca; "What we worked on /
/// Why / How she did / Time"): Naomi Castellucci and Bram Oosterhuis (PTs), Leticia Fairweather (PTA) and Joan Pettibone
/// (OTR/L); St. Columba Memorial Hospital (SCMH: Marquette, Ishpeming and Negaunee; "EPISODE A: … ICD-10:", "Timed: 97112
/// ▸ 23 min", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group", "Measures (Last | Today):", "Completed by:"): Tove Lindqvist and
/// Gabe Niemi (PTs) and Rosalind Kivela (PTA); Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted
/// Living in Ponca City; "CST GERI VISIT" with falls, near-falls, orthostatics and "1:1: Y"): Loretta Haskins and Bao Tran
/// (PTs), Wendell Pickard (PTA) and Renata Holloway (OTR/L);</item>
/// <item>the goal-by-goal clinics of the hundred-and-forty-second set: Malheur Bend Orthopaedic Outcomes Group (MBOG:
/// Ontario, Nyssa and Vale; "PRIMARY OUTCOME:", "STG 1 (by visit 8)", "→ 97112 · 22 min · …", "▸ measured by:"): Rosalind
/// Quenneville (PT, DPT, OCS), Ignacio Barragán (PT) and Kenzie Pfleger (PTA); Blackberry Creek Hospital's Neurologic
/// Therapy Clinic (BCH: Matewan, Kermit and Delbarton; "Goal #1 — …", "Status:", "Treated with: 97112 (23 min) — …", "How
/// we know:", "Attendance:"): Ophelia Stanbury (PT, DPT, NCS), Lyle Maynard (PT), Jodi Spurlock (PTA) and Annaliese Varney
/// (OTR/L); Logan Creek Physical Therapy (LCPT: Wisner, West Point and Pender; the "NNVC GOAL TRACKER", "Codes/min: 97530
/// = 18", "Progress measure:", the contract's "Falls Pathway"): Corisande Feeken and Arlo Wiechmann (PTs), Tressa Uhing
/// (PTA) and Mirela Hrabik (OTR/L);</item>
/// <item>the migrated clinics of the hundred-and-forty-third set, on their new templates: Oneota River Physical Therapy
/// (ORPT: Prairielight EHR's "Delivery:", "1:1 (Y/N):", "Clinical Findings:", "Objective Measures:" and "Billing Grid:
/// 97112 | Neuromuscular re-education | 24 min", and a diagnosis carried over as "#Name?"): Hallie Bjornstad (PT, DPT),
/// Osvaldo Reyes (PT) and Kirsten Tjernagel (PTA); Sangre de Cristo Valley Hospital (SCVH: Aspenline Clinical's
/// "Supervision/Delivery:", "Intervention:", "Target impairment:", "Outcome:", "Timed Codes: …", "(none entered)" and "None
/// identified (default)"): Teodora Ulibarri (PT, DPT, NCS), Gideon Trujillo (PT), Lupita Atencio (PTA) and Renae Holcomb
/// (OTR/L); Pocomoke Sound Therapy Group (PSTG: TidePoint Rehab Cloud's "Mode of delivery: … ▾", "☐ 1:1 ☐ Group ☐
/// Co-treat", "1:1 toggle:", "Skilled Interventions:", "Impairments Addressed:", "Measurables:", "Minutes (auto-calc):"):
/// Marisol Quillen (PT), Desmond Kellam (PT, DPT), Jolie Tawes (PTA) and Beatrix Crockett (OTR/L);</item>
/// <item>the city hospital gym of the hundred-and-forty-fourth set: St. Casimir Lakeshore Hospital's Pavilion B gym and
/// neuro clinic (SCLH: Dolores "Dee" Wachowski's abbreviations, Nathaniel Osei-Bonsu's first-person sentences "(CPT
/// 97112): 24 minutes", Marisol Ocampo (PTA), Anjali Subramaniam's clock ranges and Helga Lindqvist's float note with "☑
/// Pt treated 1:1 for timed codes", "Problem: ***" and "Timed code minutes: 97116 = 17 / 97110 = 11"); Lakeshore Motion PT
/// (LMPT: "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group" with "Tx:", "Why:", "#s:"): Rosa
/// Delgado-Finn (PT), Kelsey Drummond (PT, DPT, sports resident) and Terrence "TJ" Kowalczyk (PTA); NorthPier Per Diem
/// Therapy (NPD): Bogdan Petrescu (PT), whose Friday notes are late entries written Saturday morning in "97112 x 22 min"
/// and "Result:" form;</item>
/// <item>the four practices of the hundred-and-forty-sixth set: Petit Caillou Physical Therapy (PCPT: Houma and
/// Thibodaux; "Code 97112 Neuro re-ed ........ 24 min", "Attendance: [X] one-on-one [ ] concurrent [ ] group", "Did:",
/// "For:", "Numbers:"): Cleo Robichaux (PT, DPT), Jules Guidry (PTA, in his own voice) and Annette Breaux (PT); Harbor
/// Light Physical Therapy (HLPT: Stonington, Blue Hill and Ellsworth; S:/O:/A:/P: with "Billed: 97112 (22 min)", "☐ 1:1
/// ☐ group" and "Berg ____"): Peg Sargent (PT, DPT), Caleb Eaton (PTA) and Hollis Grindle (PT, fragments and clock
/// ranges); Lakeside Macomb Hospital (LMH: Sterling Heights, Warren and Roseville; "Timed Procedures", "97112
/// Neuromuscular Re-ed: 24 Minutes", "***" and "{LMH DELIVERY TYPE:30451}"): Keisha Whitfield (PT, DPT, NCS), Dariusz
/// Nowicki (PT), LaToya Grant (PTA) and Renee Kaminski (OTR/L); Little Colorado River Therapy (LCRT: Winslow and Holbrook;
/// "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y", "Activity:", "Problem:", "Measure:"): Loretta Begay (PT, DPT), Wendell
/// Yazzie (PTA) and Emily Hartman (PT);</item>
/// <item>the minimal and padded notes of the hundred-and-forty-seventh set: JointWorks Orthopedic &amp; Sports Physical
/// Therapy (JWO: Warsaw, Goshen, Elkhart and Plymouth; the QuickNote's "97112 ▸ 22m", "1:1 ▸ Y", "Tx ▸", "Area ▸", "# ▸",
/// the Plymouth "☐ Y ☐ N" toggle and the chain's "StableStart" levels): Kyle Amstutz (PT, DPT), Devin Yoder (PT), Jenna
/// Hochstetler and Marisa Beer (PTAs); Rawhide Physical Therapy (RPT: Merle Vankirk, PT, alone in Lusk, one dense line of
/// semicolons a visit); Sheboygan Harbor Medical Center's Outpatient Neurologic Rehabilitation (SHMC: the "NEURO OP DAILY
/// NOTE — ALL SECTIONS REQUIRED (Policy REH-114)" with its identity, allergy, precaution, infection-prevention,
/// advance-directive and attestation lines, "CHARGES / TIMED SERVICES" and "DELIVERY MODE"): Annika Vandervelde (PT, DPT,
/// NCS), Luis Ochoa-Brandt (PT), Kayla Nienhuis (PTA) and Renee Wolfgram (OTR/L).</item>
/// </list>
/// This Friday's people: a tulip-field crew boss, a bentonite haul-truck driver, a snowshoe-trail groomer, a harbor
/// fish-boil volunteer, a quilt-shop owner, a retired bus mechanic, a pirogue fisherwoman, a retired Tech Center engineer,
/// a blueberry picker, an onion-shed grader, a beet-harvester operator, a hand-bell ringer, a cane-truck mechanic, a
/// lobster-pound hand, a retired millwright, a clam-boat captain, a whale-watch deckhand, a weaver at her loom, a
/// refinery shift operator, a Vale mural painter, a retired iron-range shovel operator, a gorge-trail guide, a club rugby
/// flanker, a feed-mill loader, an ore-boat deckhand, a county snowplow driver, a polka-band drummer, a glass-museum
/// docent, a ski-lift operator and a sea-kayak guide — with a sister holding the tulip-festival map, a brother-in-law in
/// the pickup, a wife knitting by the window, a PT student in the doorway, a grandson out front, a husband in his
/// recliner, a church friend who drove, a granddaughter washing jars, and the patients who were treated alongside (Mrs.
/// Theriot's Mr. Boudreaux, the adjacent mat, the 3:15, Mrs. Tsosie on the NuStep, the kitchen table of three, the
/// patient on the bike).
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read each of these templates as its
/// writers fill it, applying the contract to what the note's text says: a blank, "___", "***", an unanswered pick-list or
/// drop-down, an unticked box row, "(none entered)", "None identified (default)", "see IE", "per POC", "as before" and "no
/// change" state nothing; text typed into the wrong box counts where it was typed; a code's minutes are its own wherever
/// the template puts them so long as they are on the code's own line:
/// <list type="bullet">
/// <item>class 1 (v1-h149-…): one-on-one in these writers' own words ("1:1 — Mr. Eckstrom and me alone in room 2; his
/// sister waited in the lobby", "Treated one to one — his brother-in-law stayed out in the pickup", "one-to-one; his wife
/// sat by the window with her knitting", "Individual — one patient, one therapist for every timed minute; a PT student
/// watched from the doorway", "1:1, her grandson waited out front", "1:1, the only patient in the house", "my only patient
/// for the whole neuro re-ed; the church friend who drove him waited in the lobby"), notes that negate it ("worked Mrs.
/// Theriot in with Mr. Boudreaux at the parallel bars, back and forth", "Concurrent — my second patient was on the
/// adjacent mat", "1:1 ▸ N — ran her w/ the 3:15 pt", "I went back and forth to her during his NMR") or never state it (a
/// per-diem late entry), and the codes without a one-on-one check (an OT's 97530 at a kitchen table of three, a PTA's
/// 97110 beside a patient on the bike);</item>
/// <item>class 2 (v2-h149-…): checkbox and blank-field states ("☒ 1:1 ☐ Concurrent ☐ Group" ticked, "[ ] one-on-one [ ]
/// concurrent [ ] group" and "☐ 1:1 ☐ Group ☐ Co-treat" with nothing ticked, "Mode of delivery: One-on-one ▾" answered,
/// "(x) 1:1" marked, "☐ 1:1 ☐ group" empty beside "Berg ____" and timed stances, "{LMH DELIVERY TYPE:30451}", "[X]
/// Individual" ticked, "Problem: ***", "Target impairment: (none entered)" with the deficit typed in the Intervention box,
/// "1:1: Y", "OBJECTIVE: ___", "Progress measure: ______", the "☐ Y ☐ N" toggle untouched);</item>
/// <item>class 3 (v3-h149-…): named programmes and methods as techniques (Cawthorne-Cooksey and Brandt-Daroff, strain-
/// counterstrain with SI gapping, a Pilates reformer series, rhythmic auditory cueing with a metronome for Parkinson's
/// freezing, Active Release Technique, the Tyler twist with a FlexBar, Brunnstrom-based facilitation out of synergy), the
/// group's "MBOG Harvest-Ready progression, block B", the contract's "Falls Pathway — module four" and the chain's
/// "StableStart lvl 4" as the only technique, and a Herdman progression and an Otago set with no number;</item>
/// <item>class 4 (v4-h149-…): deficits stated as findings (a woman who can't feel where her foot lands on the wet float
/// planks, another who goes over backward pinning sheets, a knee that gives out stepping down into the skiff, a weaver who
/// tips reaching for the weft, legs that go out from under her on the feedlot mud, a man who cannot tell where his feet
/// are on the garden gravel) and notes that state none ("Why: per POC", "Clinical Findings: no change", "PROBLEM: as
/// before", "Target impairment: None identified (default)", "Impairment: see IE");</item>
/// <item>class 5 (v5-h149-…): measures in every usual form (the 4-Stage Balance Test by stage and seconds, Y-balance reach
/// in centimetres, the Four Square Step Test and a 30-second chair stand, Berg in the "Last | Today" form, single- and
/// dual-task gait speed, distance and assistance for a 97116, a chair-stand count for a 97110, a hop for distance with its
/// symmetry) and notes with none ("he steadier on the boat, say his wife", "# ▸ better than Tues", "Result: did all of
/// it", "How we know: walked farther than last time");</item>
/// <item>class 6 (v6-h149-…): minutes in these templates' forms (two dotted clock ranges with prime minutes, two START/STOP
/// rows, two arrows under one LTG, a PT's and an OT's section, two minute boxes, two grid rows, a clock range on the code's
/// own line, "97112 x 23 min / 97116 x 12 min", two codes in one dense line) and true mismatches ("Codes/min: 97110 = 30"
/// on 18, "Timed: 97112 ▸ 35 min" on 22, "Gait training (CPT 97116): 25 minutes" on 14, a PTA's "97110 Ther ex ........ 12
/// min" on 24) and truly missing separate time (a charges line with only "total timed 37 min", "Minutes (auto-calc): 36"
/// for two codes, a PTA's "97110 THER EX — min" left without its number);</item>
/// <item>class 7 (v7-h149-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (bands, serratus punches and wall walks after a cuff repair), 97530 (a water-bath
/// canner and quart jars), 97140 (lumbar PA mobilisations and STM) and 97116 (walker to cane on the sidewalk, curb and
/// library ramp), and wholly generic notes (a hospital macro's "balance training … tolerated well", a goal arrow's
/// "balance and coordination exercises as tolerated", "exercises per programme", an S/O/A/P "ther ex and manual as
/// tolerated" with a billed line, a QuickNote's "ther act per POC");</item>
/// <item>ordinary (vord-h149-…): complete notes of every clinic that a reviewer passes (the false-positive guard), and the
/// ordinary weak ones: a complete note whose diagnosis came across as "#Name?" and a complete note with no
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sisters, wives, a brother-in-law, a
/// grandson, a granddaughter, a church friend and a PT student (none of them a patient; Mr. Boudreaux, the patient on the
/// adjacent mat, the 3:15 and Mrs. Tsosie are), ages, dates of service and of late entries, visit and episode counts,
/// room numbers, times of day, box and step heights in inches, loads in pounds and kilograms, band colours, reach in
/// inches and centimetres, degrees, seconds, grip pounds, beats per minute, gait speeds, numbers of stairs, jars, plates,
/// trays and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code ("97112 NMR 14.05–14.28 (23')", "→ 97112 · 22 min", "Codes/min: 97530 = 18",
/// "Svc: NMR 97112 | Time: 23 minutes", "97112 ▸ 22m"), in its block's heading, in a minute box or as a clock range on
/// the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a
/// total ("total timed 37 min" and "Minutes (auto-calc): 36"); notes failed for want of a measure carry no number but
/// their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
/// at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note
/// has no number but its code, its minutes and numbers that are plainly something else; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Friday across many templates makes arguable: a template's default on one element
/// beside the clinician's different words for the same element (a pre-ticked box row beside "concurrent", a grid's
/// default minutes beside typed ones), a patient "worked in" for only part of the block, a goal's measure that is only
/// the evaluation's or the last visit's with none of today's, a branded programme's level named beside a technique only
/// its manual describes, and a late entry whose minutes were written from memory as "about" a number.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 117 of 120 cases agree (118 needed), and 2 of the 76 notes the reviewer passes got a finding, on the analyzer of af114a4 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 120 of 120, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortyNinthTests(ITestOutputHelper output)
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

        // RSP Mount Vernon, Sanne Verhoeven's code line with its dotted clock range and prime minutes: "1:1 — Mr. Eckstrom and me alone in room 2; his sister waited in the lobby with the tulip-festival map"; foam stance with head turns, stepping over the bulb crates, pushes in tandem; somatosensory loss in both feet; mCTSIB and pushes; 23 matches: passes.
        ["v1-h149-rsp-sister-with-the-tulip-map"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 08.05.2026 · tulip-field crew boss, 63 y
            97112 NMR 14.05–14.28 (23') · 1:1 — Mr. Eckstrom and me alone in room 2; his sister waited in the lobby with the tulip-festival map
            Tx: foam stance with slow diagonal head turns; sideways stepping over the row of bulb crates; light pushes at the shoulders in tandem stance.
            Problem: somatosensory loss in both feet with the neuropathy; he can't feel the furrow edge under his boots and stumbles in the rows.
            Measures: mCTSIB foam eyes closed 11 s (5 s at intake); 7/10 pushes recovered without stepping off the line.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // BHBR Greybull, Joel Akiyama's START/STOP row: "Treated one to one — his brother-in-law stayed out in the pickup"; rocker board eyes closed, step-and-stick onto the foam, reactive steps to pushes; R ankle proprioception after the sprain off the haul-truck ladder; rocker seconds and Berg; 24 matches: passes.
        ["v1-h149-bhbr-brother-in-law-in-the-pickup"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:10 ■ STOP 13:34 = 24 MIN
            Treated one to one — his brother-in-law stayed out in the pickup.
            NMR: rocker board M/L with eyes closed; step-and-stick onto the foam with the R; reactive steps to pushes at the pelvis from each side.
            Impairment: R ankle proprioception after he came off the bottom rung of the bentonite haul-truck ladder; rolls it on the pit gravel.
            Objective: rocker board M/L 13 s without an edge touch; Berg 50/56.
            Joel Akiyama, PT
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // SCMH Ishpeming PTA typing over the attendance row: "Attendance: one-to-one; his wife sat by the window with her knitting"; tandem on the foam beam, perturbations at the pelvis, step-and-stick; L ankle proprioception; SLS last and today; 22 matches: passes.
        ["v1-h149-scmh-pta-wife-knitting-by-the-window"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Rautio
            EPISODE A: L ankle sprain    ICD-10: S93.402D
            Timed: 97112 ▸ 22 min
            Attendance: one-to-one; his wife sat by the window with her knitting.
            Interventions: tandem walking on the foam beam, perturbations at the pelvis in stride stance, step-and-stick onto the Airex leading with the L.
            Impairment: L ankle proprioception; the snowshoe-trail groomer rolls it stepping off the sled onto crusted snow.
            Measures (Last | Today): SLS L 7 s | 12 s
            Completed by: Rosalind Kivela, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // SHMC 2 North, Luis Ochoa-Brandt under the full mandatory template: "DELIVERY MODE: Individual — one patient, one therapist for every timed minute; a PT student watched from the doorway"; PNF rhythmic stabilisation in half-kneel, step-and-stick, perturbations; postural control after a brainstem stroke; Mini-BESTest and tandem steps; 25 matches: passes.
        ["v1-h149-shmc-student-in-the-doorway"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk; gait belt for all standing work.
            INFECTION PREVENTION: hand hygiene before and after contact; mat and foam wiped after use.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: "I lean on the grill cart at the fish boil." Volunteers at the harbor fish boil every summer.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 25 min
            DELIVERY MODE: Individual — one patient, one therapist for every timed minute; a PT student watched from the doorway.
            INTERVENTIONS: PNF rhythmic stabilization in half-kneeling; step-and-stick onto the foam to the L; perturbations at the pelvis in tandem.
            IMPAIRMENTS ADDRESSED: postural control and L-sided motor recruitment after the pontine stroke; he lists L when he turns.
            OUTCOME MEASURES: Mini-BESTest 19/28 (15/28 last month); tandem 6 steps before a side step.
            PATIENT / FAMILY EDUCATION: home program reviewed with teach-back.
            RESPONSE TO TREATMENT: tolerated well; no adverse response.
            PLAN: continue per plan of care.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["I69.354", "R26.81"], [PT("97112", 25)], []),

        // RPT Lusk, Merle Vankirk's one dense line: "1:1, her grandson waited out front in the pickup"; weight shifts on the wobble board, stepping over the bridle on the floor, eyes-shut stance on the foam; proprioception in both feet gone with the sugar; tandem seconds and Berg; 22 matches: passes.
        ["v1-h149-rpt-grandson-out-front"] = new(
            """
            Rawhide PT — M. Vankirk PT: Opal Eisenbarth, 97112 22 min; 1:1, her grandson waited out front in the pickup; wobble board weight shifts A/P & side to side, stepping over the bridle laid on the floor, feet-together on the foam w/ eyes shut; can't feel her feet w/ the sugar, goes down in the corral mud; tandem 6 s, Berg 43/56.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // PTH Hillsville home visit, Rhonda Sizemore: "Present: husband, in his recliner the whole visit" and "97112 [ 24 ] min — 1:1, the only patient in the house"; stepping to the braided-rug targets, counter perturbations, reaching to the top shelf on foam; late protective step; FGA and reach inches; passes.
        ["v1-h149-pth-husband-in-the-recliner"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: husband, in his recliner the whole visit
            97112 [ 24 ] min — 1:1, the only patient in the house
            Tx: stepping to the braided-rug targets I called, perturbations at the hips holding the counter edge, foam stance reaching up to the top pantry shelf
            Problem: late protective step backward; the quilt-shop owner sat down hard reaching for the bolts on the high shelf
            Assist/Dist: FGA 19/30; functional reach 10 inches
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // BCH Matewan, Lyle Maynard's goal block with "Attendance: Mr. Blevins was my only patient for the whole neuro re-ed; the church friend who drove him waited in the lobby"; foam, head turns, stepping over the creek-rock line; proprioceptive loss; DGI then and now; 23 matches: passes.
        ["v1-h149-bch-church-friend-drove-him"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Carl Blevins, 81 · 05/08/2026 · L. Maynard, PT
            Goal #1 — walk the gravel from the porch to the mailbox without his stick
               Status: progressing
               Treated with: 97112 (23 min) — feet-together stance on foam with head turns, stepping over the line of creek rocks on the mat, perturbations at the shoulders
               Impairment: proprioceptive loss in both feet; he can't tell when the gravel shifts and catches himself on the porch post
               How we know: DGI 15/24 on 04/10 → 18/24 today
            Attendance: Mr. Blevins was my only patient for the whole neuro re-ed; the church friend who drove him waited in the lobby.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Annette Breaux: "Attendance: worked Mrs. Theriot in with Mr. Boudreaux at the parallel bars, back and forth the whole neuro re-ed" — another patient treated in the block: one-on-one missing; technique, deficit and measure present.
        ["v1-h149-pcpt-back-and-forth-at-the-bars"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 05/08/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: worked Mrs. Theriot in with Mr. Boudreaux at the parallel bars, back and forth the whole neuro re-ed
            Did: tandem stance on the foam strip, lateral pushes at the hips, stepping over the cane laid across the bars
            For: R ankle proprioception since the fall off the pirogue, she rolls it on the shell drive
            Numbers: tandem 9 sec R in front; 6 of 10 pushes without grabbing the bar
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LMH Roseville PTA: "Delivery: Concurrent — my second patient on the adjacent mat for the full block" — negated: one-on-one missing; step-and-stick, foam, perturbations; L-sided postural control; Berg present; minutes match.
        ["v1-h149-lmh-pta-concurrent-adjacent-mat"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: Concurrent — my second patient was on the adjacent mat for the full block.
              Interventions: step-and-stick onto the foam leading with the L, foam stance with head turns, perturbations at the pelvis.
              Impairments: L-sided postural control after the R CVA; he drifts L at the euchre table getting up.
              Objective: Berg 43/56.
            Goals: ***
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // JWO Elkhart QuickNote: "1:1 ▸ N — ran her w/ the 3:15 pt on the step station" — another patient in the block: one-on-one missing; foam tandem and step-downs with perturbations, knee proprioception, SLS present.
        ["v1-h149-jwo-one-on-one-n-with-the-3-15"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97112 ▸ 21m
            1:1 ▸ N — ran her w/ the 3:15 pt on the step station
            Tx ▸ foam tandem, lateral step-downs w/ perturbations at the hip, eyes-closed stance on the half roll
            Area ▸ R knee proprioception ↓ after the TKA, she misses the RV-plant loading-dock step
            # ▸ SLS R 9 s (L 21 s)
            """,
            ["Z96.651", "R26.89"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // LCRT Holbrook PTA: "Mrs. Tsosie was on the NuStep and I went back and forth to her during his NMR" — another patient attended inside the billed time: one-on-one missing; technique, deficit and measure present.
        ["v1-h149-lcrt-pta-back-and-forth-to-the-nustep"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 21 minutes
            Mrs. Tsosie was on the NuStep and I went back and forth to her during his NMR.
            Activity: stepping to floor marks on cue, foam stance with head turns, lateral pushes at the shoulders
            Problem: R-sided postural control after the L CVA, he leans on the water-barrel rack to step up into the truck bed
            Measure: Berg 45/56; 5 of 8 pushes recovered with one step
            W. Yazzie, PTA
            """,
            ["I69.351"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // NPD late entry for Friday, written Saturday, with no delivery word anywhere: one-on-one unstated; perturbations, foam, tandem; proprioception and late step; Berg present; minutes match.
        ["v1-h149-npd-late-entry-nothing-on-delivery"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 05/09/2026 09:20 for Fri 05/08/2026
            97112 x 22 min
            Perturbations at the pelvis in staggered stance, foam stance with eyes closed, tandem along the wall bar.
            Deficits: ↓ proprioception R ankle and a late stepping response; she trips on the platform gap at the Red Line.
            Result: Berg 46/56; tandem 9 sec.
            """,
            ["S93.401D", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LCPT West Point OT 97530 at the church-kitchen table with two other patients: no one-on-one check for 97530; rolling kolache dough standing, reaching to the upper cupboard, carrying pans; R grip and standing tolerance; counts and assist; minutes match: passes.
        ["v1-h149-lcpt-ot-97530-kitchen-table-of-three"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WEST POINT · NNVC GOAL TRACKER (episode visit 6 of 12)
            Pt: Bernice Wortmann · M. Hrabik, OTR/L
            Functional goal: bake for the parish bake sale standing at her own counter [status: progressing]
              Codes/min: 97530 = 18
              Interventions: rolling kolache dough standing at the counter, reaching the flour canister from the upper cupboard, carrying two filled pans to the oven rack; worked at the kitchen table alongside two other patients
              Impairment: R grip weakness and poor standing tolerance after the R wrist fracture
              Progress measure: stood through 2 pans without a rest; pans carried 4 times with SBA
            """,
            ["S52.501D", "M62.81"], [OT("97530", 18)], []),

        // HLPT Blue Hill PTA 97110 with a second patient on the bike beside them: no one-on-one check for 97110; doses and the shoulder deficit present; "Billed: 97110 (16 min)" matches: passes.
        ["v1-h149-hlpt-pta-97110-patient-on-the-bike"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 5/8/2026
            S: Sore after hauling the float planks Saturday, better by Monday.
            O: Another patient was on the bike beside us while we worked. Rows with the green band 3x15, prone Y's and T's 2x10 with 2 lb, wall slides 2x12, ER at 0° with the red band 3x15.
            Targeting R rotator cuff and lower trap weakness; he can't lift the bait tote up onto the rail.
            A: Good form on the rows.
            P: Continue per PT plan.
            Billed: 97110 (16 min)
            """,
            ["M75.101", "M62.81"], [PTA("97110", 16)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states on these templates

        // SCMH Marquette "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" ticked; X1 viewing standing on foam, walking with head turns, turning to targets; L vestibular hypofunction; DGI last and today; 22 matches: passes.
        ["v2-h149-scmh-one-to-one-box-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Harju
            EPISODE A: Dizziness    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing on the checkerboard standing on foam, walking the hall with horizontal head turns, quick turns to called targets.
            Impairment: L vestibular hypofunction; the church-bazaar cook gets dizzy turning from the stove to the serving window.
            Measures (Last | Today): DGI 15/24 | 18/24
            Completed by: Gabe Niemi, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PCPT Houma "Attendance: [ ] one-on-one [ ] concurrent [ ] group" with nothing marked and nothing else on delivery: one-on-one missing; technique, deficit and measure present.
        ["v2-h149-pcpt-attendance-row-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/08/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [ ] one-on-one [ ] concurrent [ ] group
            Did: rocker board with eyes closed, step-and-hold onto the Airex, perturbations while she reaches to the side like for the crab basket
            For: L ankle proprioception after the sprain on the camp stairs, she rolls it on the wet boards
            Numbers: SLS L 8 sec (R 22 sec); rocker board M/L 12 sec
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSTG Onancock TidePoint "Mode of delivery: One-on-one ▾" answered; stepping strategies to pushes, foam lane tandem, turning to look behind; postural control after the cerebellar stroke; Berg and pushes; 24 matches: passes.
        ["v2-h149-pstg-mode-of-delivery-answered"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/08/2026
            Mode of delivery: One-on-one ▾
            Skilled Interventions: stepping strategies to pushes in all directions, tandem along the foam lane, turning to look behind as if backing the boat trailer
            Impairments Addressed: postural control and slow stepping reactions after the R cerebellar stroke
            Measurables: Berg 45/56; 6 of 10 pushes recovered with one step
            97112 Neuromuscular Re-ed — 24 min
            D. Kellam, PT, DPT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // PSTG Pocomoke City "☐ 1:1 ☐ Group ☐ Co-treat" with nothing ticked and nothing else on delivery: one-on-one missing; technique, deficit and measure present.
        ["v2-h149-pstg-box-row-nothing-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/08/2026
            ☐ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board A/P with eyes closed, single-leg stance on foam reaching to cones, lateral perturbations
            Impairments Addressed: R ankle proprioception after the sprain on the crab-house loading ramp
            Measurables: SLS R 9 sec; rocker A/P 14 sec
            97112 Neuromuscular Re-ed — 21 min
            M. Quillen, PT
            """,
            ["S93.401D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // LMPT Archer Ave visit form "Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group"; lateral hop-and-hold, perturbations on the half roll, cutting to the cone; ankle proprioception; Y-balance reach; passes.
        ["v2-h149-lmpt-attendance-one-to-one-marked"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: lateral hop-and-hold onto the foam, perturbations on the half foam roll, cutting to the cone on a called side
            Why: L ankle proprioception after the third sprain this spring; the club soccer keeper lands and rolls it
            #s: Y-balance anterior reach L 57 cm (R 65 cm); 8 of 10 hop-and-holds stuck
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // HLPT Stonington "☐ 1:1 ☐ group" left empty with a blank "Berg ____" rule beside timed single-leg stance: one-on-one missing only; rocker, foam, pushes and the sensory deficit present; the blank Berg takes nothing away from the seconds.
        ["v2-h149-hlpt-boxes-empty-berg-blank"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 5/8/2026
            S: Fog all week, stayed off the dooryard ledge. No falls.
            O: ☐ 1:1 ☐ group
            Rocker board A/P and M/L, foam stance with head turns, lateral pushes at the shoulders.
            Targeting somatosensory loss in both feet; he loses the deck under him when the boat rolls.
            Berg ____   SLS R 6 sec, L 9 sec; rocker M/L 10 sec.
            A: Steadier eyes open, still lost on foam with eyes closed.
            P: Continue 2x/wk.
            Billed: 97112 (22 min)
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH Warren pick-list never answered, "{LMH DELIVERY TYPE:30451}", and nothing else on delivery: one-on-one missing; gaze stabilisation, head-turn walking; vestibular hypofunction; DGI present.
        ["v2-h149-lmh-delivery-pick-list-unanswered"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: {LMH DELIVERY TYPE:30451}
              Interventions: gaze stabilization X1 standing on foam, walking the track with vertical head turns, stopping to read the wall cards on cue.
              Impairments: L vestibular hypofunction; the retired Tech Center engineer veers looking up at the Meijer aisle signs.
              Objective: DGI 17/24 (14 at eval).
            Goals: ***
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SHMC "DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group" ticked under the long template; PNF D1 patterns and perturbations; truncal ataxia with MS; Berg; 24 matches: passes.
        ["v2-h149-shmc-individual-row-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk; heat sensitivity with MS, fan on.
            INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: not on file, information offered.   INTERPRETER: not needed.   BARRIERS TO LEARNING: fatigue late in the day.
            SUBJECTIVE: "My legs go wobbly halfway through the choir concert."
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Concurrent [ ] Group
            INTERVENTIONS: PNF D1 flexion and extension patterns of the legs in standing; perturbations at the pelvis on foam; tandem walking with the metronome.
            IMPAIRMENTS ADDRESSED: truncal and bilateral leg ataxia with relapsing MS; she overshoots her steps on the risers.
            OUTCOME MEASURES: Berg 44/56; tandem 8 consecutive steps.
            PATIENT / FAMILY EDUCATION: energy conservation reviewed.
            RESPONSE TO TREATMENT: tolerated well; rested once seated for fatigue.
            PLAN: continue per plan of care.
            ATTESTATION: I have reviewed and agree with the content of this note. Electronically signed, A. Vandervelde, PT, DPT, NCS.
            """,
            ["R27.0", "R26.81"], [PT("97112", 24)], []),

        // SCLH float Helga's 97116 with "Problem: ***" (the EMR wildcard) and nothing else naming a deficit: deficit missing for 97116; walker-to-cane gait with distance and assistance present; minutes match.
        ["v2-h149-float-problem-wildcard-97116"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received seated in the Pav B waiting area, gait belt on. ☑ Pt treated 1:1 for timed codes
            Gait: rolling walker to straight cane on the corridor and the ramp to the parking deck.
            Problem: ***
            Assist level: CGA on the ramp, SBA on the level; 280 ft with the cane.
            Timed code minutes: 97116 = 19
            """,
            ["R26.89"], [PT("97116", 19)], [At(Deficit, "97116")]),

        // SCVH Monte Vista Aspenline "Target impairment: (none entered)" with the deficit typed into the Intervention box instead: text counts where it was typed; one-on-one, technique, Berg present; 23 matches: passes.
        ["v2-h149-scvh-deficit-typed-in-the-wrong-box"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/08/2026
            Supervision/Delivery: one-on-one
            Intervention: perturbations at the pelvis on foam, stepping over the hose line, tandem with head turns — for her R-sided postural control after the L stroke, she sways into the potato bins stepping down into the cellar
            Target impairment: (none entered)
            Outcome: Berg 46/56 (41 at eval)
            Timed Codes: 97112 Neuromuscular re-education — 23 min
            T. Ulibarri, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // CST Stillwater "1:1: Y" answered; foam head turns at the hall rail, stepping over the cane, reactive steps; posterior lean; Berg; 21 matches: passes.
        ["v2-h149-cst-one-to-one-y"] = new(
            """
            CST GERI VISIT — Stillwater          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, reaching for the bingo cards on the high shelf
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 21 min
            TX: foam stance with head turns at the hall rail, stepping over the cane and back on cue, reactive steps to light pushes from behind.
            PROBLEM: posterior lean and a late backward step; the retired county extension agent tips back reaching up.
            OBJECTIVE: Berg 42/56.
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // CST Enid PTA 97116 with "OBJECTIVE: ___" left blank and no distance, assistance or other number but the code's minutes: measure missing for 97116; technique and deficit present.
        ["v2-h149-cst-pta-97116-objective-blank"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97116 GAIT — 17 min
            TX: gait training with the front-wheeled walker from his room to the chapel, turning at the nurses' station, cues for step length and an upright trunk.
            PROBLEM: short shuffling steps and a flexed trunk; he tips forward turning out of the elevator.
            OBJECTIVE: ___
            """,
            ["R26.89"], [PTA("97116", 17)], [At(Measure, "97116")]),

        // LCPT Pender "Progress measure: ______" left blank under the goal, no number but the code's minutes: measure missing for 97112; individually treated, foam and perturbations, sensory loss present.
        ["v2-h149-lcpt-progress-measure-blank"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Roland Schuttler, grain-elevator operator · T. Uhing, PTA
            Functional goal: walk the catwalk over the bins without holding the rail [status: progressing]
              Codes/min: 97112 = 22
              Interventions: foam stance with eyes closed, reactive stepping to pushes, walking the balance beam turning his head to the side
              Impairment: proprioceptive loss in both feet; he can't feel the grating through his boots
              Progress measure: ______
            Individually treated — Tressa and Mr. Schuttler alone in the balance room.
            """,
            ["G62.9", "R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // JWO Plymouth QuickNote with the site's "1:1 ▸ ☐ Y ☐ N" toggle left untouched: one-on-one missing; rocker, foam and pushes, ankle proprioception, SLS present.
        ["v2-h149-jwo-toggle-untouched"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97112 ▸ 22m
            1:1 ▸ ☐ Y ☐ N
            Tx ▸ rocker bd eyes closed, foam stance w/ head turns, lateral pushes at the shoulders
            Area ▸ L ankle proprioception ↓ since she stepped off the pontoon onto the dock
            # ▸ SLS L 7 s (R 20 s)
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BCH Kermit, Ophelia Stanbury: Brandt-Daroff habituation and the Cawthorne-Cooksey head and eye progression in standing; R vestibular hypofunction; DGI and motion-sensitivity count; attendance one-to-one; 22 matches: passes.
        ["v3-h149-bch-cawthorne-cooksey-standing"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Nola Dingess, 69 · 05/08/2026 · O. Stanbury, PT, DPT, NCS
            Goal #2 — ride in the church van to the revival without getting sick
               Status: progressing
               Treated with: 97112 (22 min) — Cawthorne-Cooksey head and eye progression in standing, then walking with head turns; Brandt-Daroff habituation sets on the mat
               Impairment: R vestibular hypofunction; she gets swimmy looking out the van window at the hollow going by
               How we know: DGI 16/24 on 04/17 → 19/24 today; 4 of 12 motion-sensitivity positions provoke (7 of 12 at eval)
            Attendance: one-to-one, start to finish.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // MBOG Ontario 97140: strain-counterstrain to the L piriformis and iliacus tender points with 90-second holds, SI gapping; L hip and SI pain with restricted hip IR; IR degrees before and after; "→ 97140 · 11 min" matches: passes.
        ["v3-h149-mbog-counterstrain-97140"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Josefina Arriaga, onion-shed grader · Visit 7 · 05/08/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 30% today (intake 46%, 03/27/2026)
            STG 2 (by visit 10): stand the full shift at the grading belt without leaning on it — PROGRESSING
               → 97140 · 11 min · strain-counterstrain to the L piriformis and iliacus tender points, 90-second holds; SI gapping in sidelying
               Impairment: L SI and posterior hip pain with restricted L hip IR
               ▸ measured by: L hip IR 18° → 29° after; tender point 3/3 → 1/3
            """,
            ["M25.552", "M54.50"], [PT("97140", 11)], []),

        // ORPT Waukon 97110: a Pilates reformer footwork and bridging series with springs and reps; lumbopelvic and hip extensor weakness; grid 18 matches: passes.
        ["v3-h149-orpt-reformer-series-97110"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/08/2026
            Interventions: Pilates reformer footwork on 3 red springs 2x10 each position, bridging on the reformer 2x10, side-lying leg series 2x12 each side, supine marches with a neutral spine 2x12
            Clinical Findings: lumbopelvic control and hip extensor weakness; the church hand-bell ringer's back gives out after the long Sunday set
            Objective Measures: bridge hold 30 sec without a pelvic drop (10 sec at eval)
            Billing Grid:  97110 | Therapeutic exercise | 18 min
            O. Reyes, PT
            """,
            ["M54.50", "M62.81"], [PT("97110", 18)], []),

        // SCLH neuro clinic, Anjali Subramaniam's clock range for 97116: rhythmic auditory cueing with the metronome at a set cadence and a big-step strategy for Parkinson's freezing; cadence and gait speed; passes.
        ["v3-h149-anjali-metronome-cueing-97116"] = new(
            """
            SCLH OP Neuro Rehab — A. Subramaniam, PT, DPT, NCS — Fri 05/08/2026
            97116 1:30–1:48 pm
            Tx: gait training with rhythmic auditory cueing, metronome at 104 beats per minute, on the Pav B corridor and through the doorway; big-step strategy to break freezing at the threshold
            Impairment: shuffling gait and freezing at doorways with Parkinson's; she freezes at the el turnstile
            Objective: 10MWT 0.86 m/s (0.71 last month); 1 freezing episode in 4 doorway passes (4 of 4 last month)
            """,
            ["G20.A1"], [PT("97116", 18)], []),

        // PCPT Thibodaux 97140: Active Release Technique to the R forearm flexors and cross-friction at the medial epicondyle; medial elbow pain with flexor tightness; grip pounds; "Code 97140 Manual ........ 12 min" matches: passes.
        ["v3-h149-pcpt-active-release-97140"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 05/08/2026 · Annette Breaux, PT
            Code 97140 Manual ........ 12 min
            Did: Active Release Technique to the R wrist flexors and pronator teres, cross-friction at the medial epicondyle
            For: R medial elbow pain with flexor tightness, the cane-truck mechanic can't grip the impact gun
            Numbers: grip R 52 lb → 61 lb after (L 88 lb)
            """,
            ["M77.01"], [PT("97140", 12)], []),

        // HLPT Ellsworth, Hollis Grindle's fragments: Tyler twist with the red FlexBar and eccentric wrist extension with a 2 lb weight for a lobster-buyer's tennis elbow; doses; clock range on the code line; passes.
        ["v3-h149-hlpt-flexbar-twist-97110"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 5/8/26.
            Ther ex 97110 10:05–10:19.
            Tyler twist, red FlexBar, 3x15. Eccentric wrist ext 2 lb 3x15. Supination with the hammer 2x15.
            R lateral elbow tendinopathy, wrist ext weakness. Can't hold the crate hook at the lobster pound.
            Cont.
            """,
            ["M77.11"], [PT("97110", 14)], []),

        // LMH Sterling Heights: Brunnstrom-based facilitation out of the flexor synergy in sitting and standing and PNF approximation; L hemiparesis; Fugl-Meyer LE and Berg; individual delivery; 24 matches: passes.
        ["v3-h149-lmh-brunnstrom-out-of-synergy"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: Individual — one-on-one for all timed minutes.
              Interventions: Brunnstrom-based facilitation out of the L flexor synergy in sitting and standing, isolated L knee extension with hip flexed, PNF approximation through the L hip in stance.
              Impairments: L hemiparesis with motor recruitment stuck in synergy after the R MCA stroke; the retired millwright circumducts the L leg.
              Objective: Fugl-Meyer LE 21/34 (17 at eval); Berg 40/56.
            Goals: ***
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // MBOG Nyssa's branded "MBOG Harvest-Ready progression, block B per group protocol" as the only technique: technique missing; one-to-one, knee proprioception and SLS seconds present; minutes match.
        ["v3-h149-mbog-harvest-ready-block-only"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Zamora, beet-harvester operator · Visit 9 · 05/08/2026 · I. Barragán, PT
            PRIMARY OUTCOME: LEFS 58/80 today (intake 33/80, 03/20/2026)
            LTG 1 (by 07/01): climb in and out of the harvester cab three-point — PROGRESSING
               → 97112 · 21 min · MBOG Harvest-Ready progression, block B, per the group's protocol
               Impairment: R knee proprioception and poor landing control after the tibial plateau fracture
               ▸ measured by: SLS R eyes closed 9 sec (L 15 sec)
            Delivery: one-to-one.
            """,
            ["S82.141D"], [PT("97112", 21)], [At(Tech, "97112")]),

        // LCPT Wisner, the contract's "Falls Pathway — module four, as assigned" as the only thing done: technique missing; individually treated, postural sway and FGA present; minutes match.
        ["v3-h149-lcpt-falls-pathway-module-only"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 8 of 12)
            Pt: Irene Pospichal · C. Feeken, PT
            Functional goal: walk to the mailbox at the end of the lane in any weather [status: progressing]
              Codes/min: 97112 = 22
              Interventions: Falls Pathway — module four, as assigned by the contract
              Impairment: postural sway and a late stepping reaction; she caught herself on the yard light pole last week
              Progress measure: FGA 19/30 (15/30 on 04/03)
            1:1 — Corisande and Mrs. Pospichal only.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // JWO Goshen PTA with the chain's "StableStart lvl 4" as the only technique: technique missing; 1:1 Y, ankle proprioception and SLS present; minutes match.
        ["v3-h149-jwo-stablestart-level-only"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ StableStart lvl 4
            Area ▸ R ankle proprioception ↓ since he turned it on the blueberry-row ruts
            # ▸ SLS R 8 s (L 25 s)
            """,
            ["S93.401D"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // PSTG Chincoteague: a Herdman gaze-stabilisation progression "per the handout" with no number but the code's minutes: measure missing for 97112; 1:1 ticked, head-turn walking, vestibular deficit present.
        ["v3-h149-pstg-gaze-progression-per-handout"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: Herdman gaze-stabilization progression per the handout, then walking the hall with head turns to called targets
            Impairments Addressed: L vestibular hypofunction; the clam-boat captain gets dizzy checking the rake over his shoulder
            Measurables: will re-test at the progress note
            97112 Neuromuscular Re-ed — 22 min
            J. Tawes, PTA
            """,
            ["H81.22"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // RPT dense line: an Otago strength set "off the sheet" with no dose and no number but the code's minutes: measure missing for 97110; exercises named, hip and calf weakness present.
        ["v3-h149-rpt-otago-off-the-sheet-no-dose"] = new(
            """
            Rawhide PT — M. Vankirk PT: Delbert Hageman, 97110 16 min; Otago strength set off the sheet — knee extensions w/ cuff weights, side hip raises, toe & heel raises at the counter, sit-to-stands from the kitchen chair; hip & calf weakness, can't get up off the tailgate w/o pulling on the stock rack.
            """,
            ["M62.81", "R26.89"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // RSP Friday Harbor, Annelies de Vries: "she can't feel where the R foot lands on the wet float planks since the stroke and watches every step" — a sensory deficit stated as what she can't do; foam, crate stepping, pushes; tandem and pushes; 1:1; passes.
        ["v4-h149-rsp-cant-feel-the-float-planks"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 08.05.2026 · whale-watch deckhand, 58 y
            97112 NMR 09.40–10.02 (22') · 1:1
            Tx: step-and-stick onto the foam with the R; tandem walking with head turns along the wall bar; pushes at the pelvis in stride stance.
            Problem: she can't feel where the R foot lands on the wet float planks since the stroke and watches every step; the R knee snaps back when she does.
            Measures: tandem stance 11 s (4 s at intake); 7/10 pushes recovered with one step.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // PTH Galax PTA: "goes over backward when she reaches up to pin the sheets on the clothesline" — a postural-control deficit as a finding; counter perturbations, reach on foam, stepping; FGA; 1:1; [ 21 ] matches: passes.
        ["v4-h149-pth-pta-backward-at-the-clothesline"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: nobody, daughter at the fiddlers' convention grounds
            97112 [ 21 ] min — 1:1 the whole visit
            Tx: perturbations at the hips standing at the counter, reaching overhead on the foam cushion like pinning sheets, backward stepping to the tape line on cue
            Problem: goes over backward when she reaches up to pin the sheets on the clothesline; her backward step comes late and short
            Assist/Dist: FGA 17/30; 5 of 8 backward steps reached the line
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // HLPT Ellsworth, Hollis's fragments: "Knee gives out stepping down into the skiff." — a deficit stated as a finding; step-downs with perturbations, foam, rocker; SLS and step-down count; 1:1; passes.
        ["v4-h149-hlpt-knee-gives-out-into-the-skiff"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 5/8/26.
            NMR 97112 23 min. 1:1.
            Lateral step-downs off the 6 in box w/ perturbations at the hip. Foam stance, head turns. Rocker bd A/P.
            L knee gives out stepping down into the skiff. Quad lag, late knee control on landing.
            SLS L 10 sec (R 26). Step-downs 7/10 w/o valgus.
            Cont.
            """,
            ["S83.242D", "R26.89"], [PT("97112", 23)], []),

        // LCRT Winslow, Emily Hartman: "can't hold her balance when she swings the beater back at her loom and reaches for the weft" — the deficit stated as a finding; seated and standing reach with perturbations, foam; functional reach and Berg; 1:1 Y; passes.
        ["v4-h149-lcrt-weaver-at-the-loom"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y
            Activity: reaching outside her base on the foam cushion as at the loom, perturbations at the trunk in sitting then standing, step-and-hold to the side
            Problem: can't hold her balance when she pulls the beater back and reaches for the weft; trunk control is poor after the R stroke and she tips L
            Measure: functional reach 8 in (5 in at eval); Berg 44/56
            E. Hartman, PT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // RPT dense line: "legs go out from under her on the feedlot mud" — a deficit stated as a finding; reactive steps, foam stance, turning in place; pull test and TUG; one-on-one; passes.
        ["v4-h149-rpt-legs-go-out-on-the-feedlot-mud"] = new(
            """
            Rawhide PT — M. Vankirk PT: Verna Pfister, 97112 23 min; one-on-one, just the two of us in the storefront; reactive steps to nudges front & back, feet-together on the foam w/ eyes shut, quick turns in place to the feed-store calendar; legs go out from under her on the feedlot mud, her stepping reaction is slow & short; pull test 3 steps to recover, TUG 13.4 s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCLH Nathaniel Osei-Bonsu, first-person sentences: "He cannot tell where his feet are on the gravel of the community garden and looks down the whole way" — a deficit as a finding; foam, perturbations, head turns; Berg and tandem; one-on-one; passes.
        ["v4-h149-newgrad-cant-tell-where-his-feet-are"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Friday 05/08/2026
            Neuromuscular re-education (CPT 97112): 24 minutes, provided one-on-one. I had him stand on the foam pad with his eyes closed while I gave perturbations at the pelvis, then walk heel to toe along the wall bar turning his head to each side. He cannot tell where his feet are on the gravel paths of the community garden and looks down the whole way; his proprioception in both feet is impaired from the neuropathy. His Berg was 47/56 today and he held tandem stance for 10 seconds.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // LMPT Bridgeport PTA "Why: per POC" and nothing else naming a deficit: deficit missing; 1:1 marked, foam and perturbations, tandem seconds present.
        ["v4-h149-lmpt-pta-why-per-poc"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: tandem on the half foam roll, perturbations at the hips, step-ups onto the foam block w/ a hold
            Why: per POC
            #s: tandem 12 sec; 7 of 10 step-ups w/o the rail
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ORPT Decorah "Clinical Findings: no change" and nothing else naming a deficit: deficit missing; one-on-one, BAPS and perturbations, Berg present.
        ["v4-h149-orpt-clinical-findings-no-change"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/08/2026
            Delivery: one-on-one
            Interventions: BAPS level 3 standing, perturbations at the pelvis on foam, stepping over the hurdles without looking down
            Clinical Findings: no change
            Objective Measures: Berg 49/56
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            Hallie Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CST Ponca City "PROBLEM: as before" and nothing else naming a deficit: deficit missing; 1:1 Y, foam, stepping and reactive steps, Berg present.
        ["v4-h149-cst-problem-as-before"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns at the hall rail, stepping over the cane on cue, reactive steps to light pushes.
            PROBLEM: as before.
            OBJECTIVE: Berg 43/56.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCVH Del Norte "Target impairment: None identified (default)" left and nothing else naming a deficit: deficit missing; one-on-one, X1 and head-turn walking, DGI present.
        ["v4-h149-scvh-none-identified-default"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/08/2026
            Supervision/Delivery: one-on-one
            Intervention: X1 viewing standing on foam, walking the corridor with head turns, pivot turns on cue
            Target impairment: None identified (default)
            Outcome: DGI 19/24
            Timed Codes: 97112 Neuromuscular re-education — 22 min
            G. Trujillo, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCLH Pav B PTA Marisol Ocampo "Imp: see IE" and nothing else naming a deficit: deficit missing; 1:1, foam and perturbations, Berg present.
        ["v4-h149-marisol-imp-see-ie"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — M. Ocampo PTA
            Timed: NMR (97112) — 22 min
            Delivery: 1:1, only pt at the foam station
            Tx: foam stance w/ head turns, perturbations at the pelvis, step-and-stick onto the Airex.
            Impairment: see IE.
            Objective: Berg 48/56.
            A/P: cont. per PT POC.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BHBR Worland, Maren Thorsby: the 4-Stage Balance Test as stage and seconds beside a pushes count; foam, tandem, pushes; ankle and foot proprioception; 1:1; START/STOP 23 matches: passes.
        ["v5-h149-bhbr-four-stage-balance-test"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:40 ■ STOP 11:03 = 23 MIN
            1:1 throughout.
            NMR: feet-together then semi-tandem on the foam with head turns; tandem walking along the hall rail; pushes at the shoulders in stride stance.
            Impairment: proprioceptive loss in both feet; the sugar-factory retiree stumbles on the beet-dump grating.
            Objective: 4-Stage Balance Test — stage 3 held 10 s, stage 4 held 4 s; 6/8 pushes without a step.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // MBOG Vale PTA: Y-balance anterior reach in centimetres beside the ankle's SLS; rocker and hop-and-hold; ankle proprioception; one-to-one; arrow 22 matches: passes.
        ["v5-h149-mbog-pta-y-balance-cm"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Cody Reinholt, hay-squeeze operator · Visit 6 · 05/08/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FAAM ADL 81% today (intake 59%, 03/30/2026)
            STG 1 (by visit 8): step off the squeeze cab onto the stackyard without the ankle rolling — PROGRESSING
               → 97112 · 22 min · rocker board M/L eyes closed, hop-and-hold onto the foam, single-leg perturbations at the hips
               Impairment: L ankle proprioception after the syndesmosis sprain
               ▸ measured by: Y-balance anterior reach L 61 cm (R 68 cm); SLS L eyes closed 7 sec
            Delivery: one-to-one — Kenzie and Mr. Reinholt.
            """,
            ["S93.432D"], [PTA("97112", 22)], []),

        // SHMC 2 North PTA Kayla Nienhuis: the Four Square Step Test in seconds and a 30-second chair stand count; step sequencing drills; motor timing with MS; individual typed; passes.
        ["v5-h149-shmc-pta-four-square-step"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk.   INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: Back at the cheese-curd stand at the farmers market on Saturdays.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: Individual — therapist and patient only.
            INTERVENTIONS: stepping-sequence drills over the cane cross forward, sideways and back; quick step-and-stop to called colours; perturbations at the pelvis in stride stance.
            IMPAIRMENTS ADDRESSED: timing and sequencing of stepping with MS; she stumbles stepping back from the curd cooler.
            OUTCOME MEASURES: Four Square Step Test 13.8 s (17.1 s at eval); 30-second chair stand 9.
            PATIENT / FAMILY EDUCATION: home program progressed.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, K. Nienhuis, PTA.
            """,
            ["R26.81", "R27.8"], [PTA("97112", 22)], []),

        // SCMH Negaunee: "Measures (Last | Today): Berg 41 | 45" in the clinic's last-and-today form; step-and-stick, tandem with head turns, reactive steps; postural control after the L CVA; 1:1 ticked; passes.
        ["v5-h149-scmh-berg-last-and-today"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Wilho Saari
            EPISODE A: R hemiparesis after CVA    ICD-10: I69.351
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: step-and-stick onto the foam with the R, tandem walking with head turns, reactive steps to pushes from the R.
            Impairment: R-sided postural control and late R step; the retired iron-range shovel operator leans on the sauna door.
            Measures (Last | Today): Berg 41 | 45
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // STBF Ithaca, Bram Oosterhuis's narrative: gait speed in metres a second and tandem steps as "How he did"; dual-task walking, foam and targets; sway while talking; "Time:" line 22 with one-on-one: passes.
        ["v5-h149-stbf-gait-speed-and-tandem-steps"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Dale Wilcoxen — Bram Oosterhuis, PT
            What we worked on: walking while reciting the Finger Lakes from west to east, foam stance with head turns, stepping to the floor targets I called.
            Why: he slows and sways when he talks while walking; the retired gorge-trail guide trips on the stone steps chatting to the tourists.
            How he did: 10MWT single task 1.02 m/s, dual task 0.78 m/s; 10 tandem steps without a side step.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LCRT Holbrook 97116 by Emily Hartman: distance and assistance levels with the walker on the lot and the curb; L foot drag; "Time: 16 minutes" on the code row matches: passes.
        ["v5-h149-lcrt-97116-lot-and-curb"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Gait 97116 | Time: 16 minutes
            Activity: gait training with the front-wheeled walker across the gravel lot and up the curb at the trading post door, cues for L heel strike and toe clearance
            Problem: L foot drag and a short R step after the R stroke; she catches the toe on the washboard ruts
            Measure: 260 ft with the walker, SBA on the lot; curb with CGA
            E. Hartman, PT
            """,
            ["I69.354"], [PT("97116", 16)], []),

        // LMH Warren 97110: the 30-second chair stand count and doses; knee and hip weakness after the TKA; "97110 Therapeutic Exercise: 17 Minutes" matches: passes.
        ["v5-h149-lmh-chair-stand-count-97110"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97110 Therapeutic Exercise: 17 Minutes
              Interventions: leg press 3x10 at 60 lb, step-ups onto the 6 in step 3x10, TKE with the blue band 3x15, sit-to-stand from the low chair 3x8.
              Impairments: R quad and hip extensor weakness after the R TKA; the retired die-setter can't get up off the low bowling-alley bench.
              Objective: 30-second chair stand 11 (7 at eval); knee flexion 114°.
            Goals: ***
            """,
            ["Z96.651"], [PT("97110", 17)], []),

        // LMPT Archer Ave resident: single-leg hop for distance in centimetres with the limb symmetry; landing drills and perturbations; knee valgus; "97112 | 22 min | 1-on-1" matches: passes.
        ["v5-h149-lmpt-resident-hop-distance"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Resident note (K. Drummond, PT, DPT, sports residency) — Mentor co-sign to follow
            97112 | 22 min | 1-on-1
            Tx: drop landings to stick from the 12 in box, perturbations on the half foam roll, reactive crossover hops to a called side
            Why: R knee dynamic valgus and late landing control after the ACL reconstruction; the club rugby flanker lands knock-kneed
            #s: single-leg hop for distance R 118 cm, L 136 cm (LSI 87%); 8 of 10 landings without valgus
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // PCPT Houma PTA Jules: "Numbers: he steadier on the boat, say his wife" and no number but the code's minutes: measure missing; one-on-one, foam and pushes, postural sway present.
        ["v5-h149-pcpt-pta-steadier-say-his-wife"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 21 min
            Attendance: me and Mr. Pellegrin one-on-one, nobody else on the mat
            Did: foam stance with his eyes closed, stepping over the cane on cue, pushes at the hips front and back
            For: postural sway and a late step, he grab the rail every time the bateau rock
            Numbers: he steadier on the boat, say his wife — mais we gon' time him next week
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // JWO Warsaw "# ▸ better than Tues" and no number but the code's minutes: measure missing; 1:1 Y, foam tandem and perturbations, knee proprioception present.
        ["v5-h149-jwo-better-than-tues"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT, DPT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ foam tandem, perturbations at the pelvis, eyes-closed stance on the rocker
            Area ▸ L knee proprioception ↓ after the meniscus repair, wobbles on the polishing-room mats
            # ▸ better than Tues
            """,
            ["S83.232D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NPD late entry 97110 with exercises named but "Result: did all of it" — no dose and no number but the code and its minutes: measure missing for 97110; exercises and hip weakness present.
        ["v5-h149-npd-97110-did-all-of-it"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Saturday morning for Friday's visit
            97110 x 15 min
            Ther ex: bridges, sidelying hip abduction, standing hip extension at the bar, mini squats.
            Deficits: L hip abductor and extensor weakness; Trendelenburg on the stairs at the Halsted stop.
            Result: did all of it without a rest.
            """,
            ["M62.81", "R26.89"], [PT("97110", 15)], [At(Measure, "97110")]),

        // BCH Delbarton PTA 97116: "How we know: walked farther than last time" and no number but the code's minutes: measure missing for 97116; quad-cane gait and foot drag present.
        ["v5-h149-bch-pta-97116-farther-than-last-time"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Ivan Muncy · J. Spurlock, PTA
            Goal — walk from the truck to the church door with the cane
               Status: progressing
               Treated with: 97116 (18 min) — gait training with the quad cane on the hallway and the ramp, cues for R toe clearance and a longer L step
               Impairment: R foot drag and a short L step after the L stroke
               How we know: walked farther than last time
            """,
            ["I69.351"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // RSP Anacortes PTA Tomasz: two dotted clock ranges with prime minutes, "97112 NMR 11.00–11.22 (22')" and "97110 TE 11.22–11.35 (13')", both match; 1:1; rocker and foam with SLS; ther ex with doses in kilograms; passes.
        ["v6-h149-rsp-pta-two-ranges-kilos"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 08.05.2026 · refinery shift operator, 57 y
            97112 NMR 11.00–11.22 (22') · 1:1
            Tx: rocker board M/L with eyes closed; foam stance with head turns; step-and-stick onto the foam, R leg leading.
            Problem: R ankle proprioception after the sprain on the catwalk grating; he rolls it on the tank-farm stairs.
            Measures: rocker board 15 s; SLS R 10 s (L 27 s).
            97110 TE 11.22–11.35 (13')
            Tx: single-leg heel raises off the step 3x12; banded eversion, blue band 3x15; goblet squat 3x10 holding 8 kg.
            Problem: R calf and peroneal weakness.
            """,
            ["S93.401D"], [PTA("97112", 22), PTA("97110", 13)], []),

        // BHBR Thermopolis PTA Renata: two START/STOP rows for 97112 and 97116, both match; 1:1; foam, tandem, pushes with Berg; cane gait on the terrace ramp with distance and assistance; passes.
        ["v6-h149-bhbr-pta-two-stamped-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:00 ■ STOP 14:22 = 22 MIN
            1:1, nobody else in the gym.
            NMR: foam stance with head turns, tandem along the rail, pushes at the pelvis in stride stance.
            Impairment: L-sided postural control after the R stroke; leans L on the bathhouse steps.
            Objective: Berg 45/56.
            97116 GAIT TRAINING ▸ START 14:22 ■ STOP 14:37 = 15 MIN
            Gait: straight cane on the hall and the terrace ramp, cues for L heel strike.
            Impairment: short L step and L toe catch.
            Objective: 350 ft with the cane, SBA; ramp with CGA.
            Renata Villalobos, PTA
            """,
            ["I69.354"], [PTA("97112", 22), PTA("97116", 15)], []),

        // MBOG Ontario two arrows under one LTG, "→ 97112 · 23 min" and "→ 97140 · 10 min", both match; one-to-one; perturbations and rocker with SLS; talocrural glides with degrees; passes.
        ["v6-h149-mbog-two-arrows-one-ltg"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Arlen Hatch, Vale mural painter · Visit 8 · 05/08/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: LEFS 55/80 today (intake 31/80, 03/16/2026)
            LTG 1 (by 07/15): work all day from the scaffold plank without the ankle giving way — PROGRESSING
               → 97112 · 23 min · rocker board eyes closed, single-leg perturbations on the foam, stepping along the narrow plank on the floor with head turns
               Impairment: R ankle proprioception after the fall from the scaffold
               ▸ measured by: SLS R 13 sec (3 sec at eval)
               → 97140 · 10 min · R talocrural posterior glides grade III-IV, subtalar distraction
               Impairment: R ankle DF stiffness
               ▸ measured by: R DF 4° → 10° after
            Delivery: one-to-one for the whole visit.
            """,
            ["S82.891D"], [PT("97112", 23), PT("97140", 10)], []),

        // LMH Roseville PT and OT sections, "97112 Neuromuscular Re-ed: 22 Minutes" and the OT's "97530 Therapeutic Activities: 20 Minutes", both match; one-on-one; passes.
        ["v6-h149-lmh-pt-and-ot-sections"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one
              Interventions: step-and-stick onto the foam, lateral perturbations, tandem with head turns.
              Impairments: R-sided postural control after the L CVA; he stumbles turning from the workbench.
              Objective: FGA 17/30.
            Co-signed section — Renee Kaminski, OTR/L
              97530 Therapeutic Activities: 20 Minutes
              Interventions: carrying the bowling bag from the car to the bench, setting the ball on the return, standing to towel the ball with the R hand.
              Impairments: R grip and shoulder weakness; drops the bag on the way in.
              Objective: bag carried 60 ft x 3 with SBA; 10 lb ball lifted to the return 5 times.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 20)], []),

        // PTH Wytheville minute boxes "97112 [ 22 ] min" and "97116 [ 15 ] min", both match; 1:1; foam and counter perturbations with Berg; cane gait to the mailbox with distance and assist; passes.
        ["v6-h149-pth-two-minute-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT
            Present: son, on the porch swing
            97112 [ 22 ] min — 1:1
            Tx: foam stance at the counter with head turns, perturbations at the hips, step-and-stick over the threshold strip
            Problem: poor foot proprioception with the neuropathy; he catches the porch threshold
            Assist/Dist: Berg 46/56; tandem 9 s at the counter
            97116 [ 15 ] min
            Tx: gait training with the cane down the drive to the mailbox and back, over the gravel and the culvert lip
            Problem: short L step and a shuffle when he tires
            Assist/Dist: 200 ft each way with the cane, SBA; culvert lip with CGA
            """,
            ["E11.42", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // ORPT Waukon grid with two rows, "97110 | … | 16 min" and "97140 | … | 12 min", both match; doses and lumbar findings; passes.
        ["v6-h149-orpt-grid-ther-ex-and-manual"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 05/08/2026
            Interventions: bird dog 3x10, side plank on knees 3x20 sec each side, bridges with the green band 3x12; manual — central PA mobilisations L3–L5 grade III and STM to the L quadratus lumborum
            Clinical Findings: lumbar stabilizer weakness and L-sided lumbar stiffness; the county snowplow driver's back locks after the long route
            Objective Measures: lumbar flexion fingertips to 8 in from the floor (14 in at eval)
            Billing Grid:  97110 | Therapeutic exercise | 16 min
                           97140 | Manual therapy | 12 min
            O. Reyes, PT
            """,
            ["M54.50"], [PT("97110", 16), PT("97140", 12)], []),

        // HLPT Ellsworth, Hollis's clock range on the NMR code line, "NMR 97112 2:10–2:33", 23 matches; 1:1; fragments with technique, deficit and measure; passes.
        ["v6-h149-hlpt-clock-range-nmr"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 5/8/26.
            NMR 97112 2:10–2:33. 1:1.
            Foam, eyes closed. Tandem on the beam w/ head turns. Pushes at the shoulders.
            Postural sway and late step. Fell on the mud-season driveway twice in April.
            Berg 47/56. Tandem 8 sec.
            Cont.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // NPD late entry "97112 x 23 min / 97116 x 12 min", both match; 1:1 Y; NMR and gait with their numbers; passes.
        ["v6-h149-npd-nmr-and-gait-slash-line"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 05/09/2026 08:50 for Fri 05/08/2026
            97112 x 23 min / 97116 x 12 min
            1:1: Y
            NMR: perturbations at the pelvis in tandem, foam stance with head turns, stepping over the hurdles.
            Gait: straight cane on the Pav B corridor and the 12 stairs with one rail, cues for L step length.
            Deficits: ↓ proprioception L foot and a short L step after the L ankle fracture.
            Result: Berg 48/56; 400 ft with the cane, SBA; stairs step-over-step with CGA.
            """,
            ["S82.62XD", "R26.89"], [PT("97112", 23), PT("97116", 12)], []),

        // RPT dense line with two codes and their minutes, "97112 22 min … 97140 10 min", both match; one-on-one; passes.
        ["v6-h149-rpt-two-codes-one-line"] = new(
            """
            Rawhide PT — M. Vankirk PT: Clyde Breit, 97112 22 min; 1:1; rocker board eyes shut, stepping over the cattle-guard pipes taped on the floor, pushes at the hips; L ankle proprioception poor since the heifer stepped on it; SLS L 8 s (R 21 s); 97140 10 min; talocrural glides grade III & STM to the L calf; L ankle DF stiff, DF 3° → 9°.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // LCPT Wisner "Codes/min: 97110 = 30" on an 18-minute line: mismatch; otherwise complete (doses and knee weakness).
        ["v6-h149-lcpt-codes-min-30-on-18"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER (episode visit 9 of 12)
            Pt: Dennis Kratochvil, feed-mill loader · A. Wiechmann, PT
            Functional goal: climb the mill's ladder to the bin top [status: progressing]
              Codes/min: 97110 = 30
              Interventions: step-ups onto the 8 in box 3x10, split squats 3x8 holding 15 lb, TKE with the black band 3x15
              Impairment: L quad weakness after the L TKA
              Progress measure: L knee extension lag 3° (8° on 04/10)
            """,
            ["Z96.652"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // SCMH Marquette "Timed: 97112 ▸ 35 min" on a 22-minute line: mismatch; otherwise complete (1:1 ticked, foam and perturbations, proprioception, SLS).
        ["v6-h149-scmh-35-on-22"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Koski
            EPISODE A: R ankle fracture    ICD-10: S82.61XD
            Timed: 97112 ▸ 35 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with eyes closed, perturbations at the pelvis, step-and-stick onto the Airex with the R.
            Impairment: R ankle proprioception; the ore-boat deckhand loses it on the icy dock ladder.
            Measures (Last | Today): SLS R 6 s | 10 s
            Completed by: Gabe Niemi, PT
            """,
            ["S82.61XD"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // SCLH Nathaniel's sentences: "Gait training (CPT 97116): 25 minutes" on a 14-minute line beside a 97112 that matches: mismatch on 97116; both otherwise complete.
        ["v6-h149-newgrad-gait-25-on-14"] = new(
            """
            St. Casimir Lakeshore Hospital — Outpatient Rehabilitation, Pavilion B
            Physical Therapy Daily Note — Nathaniel Osei-Bonsu, PT, DPT — Friday 05/08/2026
            Neuromuscular re-education (CPT 97112): 23 minutes, provided one-on-one. I gave perturbations at the pelvis while she stood on the foam pad and had her step over the hurdle row without looking down. She has a delayed stepping response and increased sway after her fall on the bus steps. Her Berg was 45/56.
            Gait training (CPT 97116): 25 minutes. I trained her with the single-point cane on the hallway and up and down the curb at the Pavilion B entrance, cueing a longer left step. She shortens her left step and drags the left foot when tired. She walked 300 feet with the cane and stand-by assistance.
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 14)], [At(Mismatch, "97116")]),

        // PCPT Houma PTA dotted leader "Code 97110 Ther ex ........ 12 min" on a 24-minute line beside a 97112 that matches: mismatch on 97110; both otherwise complete.
        ["v6-h149-pcpt-pta-ther-ex-12-on-24"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/08/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: me and Miss Odile one-on-one the whole neuro re-ed
            Did: step-and-hold onto the Airex, foam stance with head turns, pushes at the hips
            For: L ankle proprioception after she turn it on the oyster-shell drive
            Numbers: SLS L 9 sec; 7 of 10 pushes with one step
            Code 97110 Ther ex ........ 12 min
            Did: heel raises off the step 3x15, banded eversion green 3x15, lateral step-downs 3x10
            For: L calf and peroneal weakness
            """,
            ["S93.402D"], [PTA("97112", 22), PTA("97110", 24)], [At(Mismatch, "97110")]),

        // SHMC "CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education; 97116 Gait training — total timed 37 min" with no minutes for each code: separate time missing; both otherwise complete.
        ["v6-h149-shmc-charges-total-only"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk.   INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: "The cane catches on the pier boards."
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education; 97116 Gait training — total timed 37 min
            DELIVERY MODE: Individual — therapist and patient only.
            INTERVENTIONS: perturbations at the pelvis on foam and step-and-stick to the R for the neuro re-ed; gait training with the quad cane on the 2 North corridor and the ramp, cues for R toe clearance.
            IMPAIRMENTS ADDRESSED: R-sided postural control and R foot drag after the L stroke.
            OUTCOME MEASURES: Berg 41/56; 240 ft quad cane with SBA, ramp with CGA.
            PATIENT / FAMILY EDUCATION: wife shown the curb technique.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, L. Ochoa-Brandt, PT.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // PSTG Onancock "Minutes (auto-calc): 36" for two codes with no minutes beside either: separate time missing; both otherwise complete.
        ["v6-h149-pstg-auto-calc-total-two-codes"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud · 05/08/2026
            1:1 toggle: ON
            Skilled Interventions: reactive stepping to pushes and tandem on the foam lane (neuro re-ed); sit-to-stand 3x10, lateral band walks 3 laps and step-ups 3x10 onto the 6 in step (ther ex)
            Impairments Addressed: slow stepping reactions and hip abductor weakness after the fall on the poultry-house floor
            Measurables: Berg 46/56; 5 of 6 pushes recovered with one step
            Codes: 97112 Neuromuscular Re-ed; 97110 Therapeutic exercise
            Minutes (auto-calc): 36
            D. Kellam, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // CST Enid two codes, the PTA's "97110 THER EX — min" left without its number beside "97112 NMR — 21 min": separate time missing; both otherwise complete.
        ["v6-h149-cst-pta-ther-ex-minutes-left-off"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 21 min
            TX: foam stance with head turns, stepping over the cane on cue, reactive steps to light pushes.
            PROBLEM: lateral sway and a late step; he catches himself on the dining-room chairs.
            OBJECTIVE: Berg 45/56.
            97110 THER EX — min
            TX: seated marching with 2 lb 3x15, sit-to-stand from the dining chair 3x8, heel raises at the rail 3x12.
            PROBLEM: hip flexor and calf weakness.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 21), PTA("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (a Friday note never opened): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h149-empty-note-nmr-and-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of a tab, spaces and line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h149-tab-and-spaces-pta-97110"] = new(
            "\t  \n \n\n",
            ["M62.81"], [PTA("97110", 16)], [At(NoteMissing, "97110")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h149-empty-97112-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on an SCMH episode: rows, serratus punches and wall walks with loads and counts after a rotator-cuff repair (technique and measure), R cuff and scapular weakness (deficit); minutes match: passes.
        ["v7-h149-scmh-pta-97110-cuff-repair"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sylvia Lahtinen
            EPISODE B: R rotator cuff repair    ICD-10: Z98.890
            Timed: 97110 ▸ 16 min
            Interventions: rows with the green band 3x15, supine serratus punches with 2 lb 3x12, wall walks to the 10th tape mark 2x8, sidelying ER with 1 lb 3x12.
            Impairment: R rotator cuff and scapular weakness; she can't lift the roaster onto the top oven rack.
            Measures: active flexion 128° (104° last month).
            Completed by: Rosalind Kivela, PTA
            """,
            ["Z98.890", "M75.101"], [PTA("97110", 16)], []),

        // 97530's meaning on a PTH OT home visit: lifting the canner from the stove to the counter, carrying jars to the pantry, squat to the low shelf, with counts and assistance (technique and measure), L grip and standing balance (deficit); minutes match: passes.
        ["v7-h149-pth-ot-97530-canning-jars"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Lorena Bowman, OTR/L
            Present: granddaughter, washing jars at the sink
            97530 [ 19 ] min
            Tx: lifting the empty water-bath canner from the stove to the counter, carrying filled quart jars to the pantry in a tote, squatting to set them on the low shelf and rising without the counter
            Problem: L grip weakness and poor standing balance with loads after the L distal radius fracture
            Assist/Dist: 12 jars carried in 4 trips with SBA; 5 squats to the low shelf without pulling on the counter
            """,
            ["S52.502D"], [OT("97530", 19)], []),

        // 97140's meaning on a JWO QuickNote: lumbar PA mobilisations grade III and STM to the L QL with a lumbar rotation gain (technique and measure), lumbar hypomobility (deficit); minutes match: passes.
        ["v7-h149-jwo-97140-lumbar-mobs"] = new(
            """
            JointWorks QuickNote · Elkhart · D. Yoder PT
            97140 ▸ 12m
            Tx ▸ central PA mobs L2–L5 grade III, unilateral PA L4 L side, STM to the L QL
            Area ▸ L-sided lumbar hypomobility, back locks up bending into the RV cabinets
            # ▸ rotation L 20° → 32° after
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on an STBF narrative: walker to cane on the sidewalk, the curb and the library ramp (technique), a short L step and hip drop (deficit), distance and assistance (measure); minutes match: passes.
        ["v7-h149-stbf-pta-97116-walker-to-cane"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mrs. Doris Benedetti — Leticia Fairweather, PTA
            What we worked on: gait training from the rolling walker to the straight cane on the sidewalk, up the curb and along the library ramp, cues for an even step and hip extension on the L.
            Why: short L step and a L hip drop after the hip fracture; the retired school librarian stops every few steps on the ramp.
            How she did: 320 ft with the cane, SBA; curb with CGA.
            Time: Gait training (97116), 17 minutes.
            """,
            ["S72.002D"], [PTA("97116", 17)], []),

        // LMH Warren generic macro: "Interventions: balance training. Objective: tolerated well." under "97112 Neuromuscular Re-ed: 22 Minutes" with "Delivery: ***" — no technique, deficit, measure or one-on-one.
        ["v7-h149-lmh-generic-balance-training"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: ***
              Interventions: balance training.
              Impairments: ***
              Objective: tolerated well.
            Goals: ***
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MBOG generic goal with "one-to-one": "→ 97112 · 22 min · balance and coordination exercises as tolerated; continue plan of care" — technique, generic, deficit and measure.
        ["v7-h149-mbog-generic-arrow"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            STG: per plan of care — PROGRESSING
               → 97112 · 22 min · balance and coordination exercises as tolerated; continue plan of care
               ▸ measured by: patient doing well
            Delivery: one-to-one.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // RSP generic ther-ex line: "97110 TE (15') — exercises per programme, tolerated well" — nothing named.
        ["v7-h149-rsp-te-per-programme"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT
            97110 TE (15') — exercises per programme, tolerated well. Continue.
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // HLPT generic two-code S/O/A/P: "Ther ex and manual as tolerated … Continue POC" with "Billed: 97110 (14 min), 97140 (10 min)" — nothing named for either code; minutes per code given, so no separate-time finding.
        ["v7-h149-hlpt-generic-two-codes-billed-line"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT
            S: Doing okay.
            O: Ther ex and manual as tolerated.
            A: Tolerated treatment well.
            P: Continue POC.
            Billed: 97110 (14 min), 97140 (10 min)
            """,
            ["M54.2"], [PT("97110", 14), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // JWO Goshen generic QuickNote: "Tx ▸ ther act per POC / Area ▸ see IE / # ▸ —" for a 97530 — no activity, deficit or measure named.
        ["v7-h149-jwo-generic-ther-act"] = new(
            """
            JointWorks QuickNote · Goshen · J. Hochstetler PTA
            97530 ▸ 18m
            Tx ▸ ther act per POC, tolerated well
            Area ▸ see IE
            # ▸ —
            """,
            ["M62.81"], [PTA("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // RSP Friday Harbor, Jonas Brenner's 97140 with its dotted range and prime minutes (12'), cervical glides and suboccipital release with rotation degrees; neck stiffness of a kayak guide: passes.
        ["vord-h149-rsp-97140-kayak-guide-neck"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            J. Brenner, PT · 08.05.2026 · sea-kayak guide, 44 y
            97140 MT 16.00–16.12 (12')
            Tx: suboccipital release; C4–C6 unilateral PA glides grade III on the R; upper-trapezius STM.
            Problem: R-sided cervical stiffness; he can't turn to check the group behind his boat.
            Measures: cervical rotation R 48° → 62° after.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // RSP Mount Vernon 97112 by Sanne Verhoeven with dotted range (24'), 1:1, gaze stabilisation and head-turn walking, vestibular hypofunction, DGI: passes.
        ["vord-h149-rsp-vestibular-seed-buyer"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 08.05.2026 · retired seed buyer, 71 y
            97112 NMR 15.10–15.34 (24') · 1:1
            Tx: X1 viewing standing on foam; walking the corridor with horizontal head turns; quick pivots to called targets.
            Problem: R vestibular hypofunction; he drifts R walking the dike path when he looks out at the birds.
            Measures: DGI 18/24 (13/24 at intake).
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // BHBR Worland 97530 by Cody Ostrander with the START/STOP row (18), lifting salt blocks and stepping into the stock trailer with counts: passes.
        ["vord-h149-bhbr-97530-salt-and-trailer"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97530 THERAPEUTIC ACTIVITIES ▸ START 08:15 ■ STOP 08:33 = 18 MIN
            Activity: floor-to-waist lifts of a 25 lb sack with a hip hinge, carrying it 50 ft across the gym, stepping up into the trailer mock-up and back down holding the rail.
            Impairment: lumbar extensor and hip weakness after the L4-5 fusion; he can't load the pickup for the sheep camp.
            Objective: 8 lifts with neutral spine; trailer step 6 times without pulling on the rail.
            Cody Ostrander, PT
            """,
            ["M48.061", "Z98.1"], [PT("97530", 18)], []),

        // BCH Kermit OT 97530 on a goal block: buttoning and reaching to the closet rod standing, counts and assist; L hand coordination after a stroke: passes.
        ["vord-h149-bch-ot-97530-sunday-dress"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Pauline Hatfield · 05/08/2026 · A. Varney, OTR/L
            Goal #3 — get into her Sunday dress and coat without help
               Status: progressing
               Treated with: 97530 (20 min) — buttoning the coat standing at the mirror, reaching the hangers down from the closet rod, stepping into the skirt holding the dresser
               Impairment: L hand coordination and standing balance with reach after the R stroke
               How we know: 6 buttons in 90 sec (3 at eval); skirt on standing with SBA
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // BCH Delbarton, Ophelia's NMR and gait under two goals, "97112 (22 min)" and "97116 (13 min)", attendance one-to-one: passes.
        ["vord-h149-bch-two-goals-nmr-and-gait"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Delbarton)
            Pt: Homer Varney, retired bus mechanic · 05/08/2026 · O. Stanbury, PT, DPT, NCS
            Goal #1 — stand at the workbench without holding on
               Status: progressing
               Treated with: 97112 (22 min) — perturbations at the pelvis on foam, step-and-stick to the R, tandem with head turns
               Impairment: R-sided postural control after the L stroke
               How we know: Berg 44/56 on 04/24 → 47/56 today
            Goal #2 — walk from the truck to the garage with the cane
               Status: progressing
               Treated with: 97116 (13 min) — cane gait on the hallway and the gravel strip, cues for R heel strike
               Impairment: short R step and R toe catch
               How we know: 300 ft with the cane, SBA
            Attendance: one-to-one for the neuro re-ed; nobody else in the room.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 13)], []),

        // LCPT Pender 97112 by Arlo Wiechmann: polka dancer's turns on foam, 1:1 with his wife watching; sway turning; FGA and turns: passes.
        ["vord-h149-lcpt-polka-turns"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER (episode visit 5 of 12)
            Pt: Marlin Dvorak, polka-band drummer · A. Wiechmann, PT
            Functional goal: dance a full polka set at the Czech Days hall [status: progressing]
              Codes/min: 97112 = 23
              Interventions: quick half-turns on foam to the count, grapevine stepping along the line, perturbations at the pelvis mid-step
              Impairment: vestibular and postural control deficits; he sways and steps wide coming out of a turn
              Progress measure: FGA 21/30 (17/30 on 04/02); 8 of 10 half-turns without a side step
            1:1 — his wife watched from the chair by the door.
            Contract outcome: not due this visit
            """,
            ["R26.81", "H81.93"], [PT("97112", 23)], []),

        // ORPT Cresco PTA 97116 with the grid row matching; cane on the sidewalk and the church steps; distance and assist: passes.
        ["vord-h149-orpt-pta-97116-church-steps"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 05/08/2026
            Interventions: gait training with the straight cane on the sidewalk and the six church steps with one rail, cues for R heel strike and an even cadence
            Clinical Findings: short R step and R knee stiffness after the R TKA; the 4-H leader can't keep up at the county fairgrounds
            Objective Measures: 450 ft with the cane, SBA; steps step-over-step with the rail, CGA
            Billing Grid:  97116 | Gait training | 16 min
            K. Tjernagel, PTA
            """,
            ["Z96.651"], [PTA("97116", 16)], []),

        // ORPT complete note whose diagnosis came across from the old system as "#Name?": diagnosis missing, nothing else (1:1, technique, deficit, Berg, minutes match).
        ["vord-h149-orpt-dx-name-error"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 05/08/2026
            Delivery: one-on-one
            1:1 (Y/N): Y
            Interventions: rocker board A/P eyes closed, step-ups onto the foam block with a hold, lateral pushes at the shoulders
            Clinical Findings: L ankle proprioception after the sprain on the trout-hatchery raceway edge
            Objective Measures: SLS L 11 sec; Berg 51/56
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            Hallie Bjornstad, PT, DPT
            """,
            ["#Name?"], [PT("97112", 22)], [Dx]),

        // SCVH Monte Vista OT 97530 on the flowsheet: dressing and reaching from the closet with assist and a carry count; R shoulder weakness; passes.
        ["vord-h149-scvh-ot-97530-closet"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline Clinical · Therapy Flowsheet · 05/08/2026
            Intervention: reaching the work shirts down from the closet rod, putting on the shirt and vest standing, carrying the laundry basket to the washer
            Target impairment: R shoulder weakness and limited elevation after the rotator-cuff repair
            Outcome: shirt and vest on standing with SBA, no seated rest; basket carried 40 ft x 2
            Timed Codes: 97530 Therapeutic activities — 18 min
            R. Holcomb, OTR/L
            """,
            ["Z98.890", "M75.121"], [OT("97530", 18)], []),

        // SCVH South Fork PTA two codes, Timed Codes rows 97110 = 14 and 97116 = 13, both match; doses and gait distance: passes.
        ["vord-h149-scvh-pta-ther-ex-and-gait"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline Clinical · Therapy Flowsheet · 05/08/2026
            Intervention: sit-to-stand 3x10, step-ups onto the 6 in step 3x10, standing hip abduction with the red band 3x12; then gait training with the rolling walker on the corridor and the ramp to the parking lot
            Target impairment: B hip and quad weakness and a short shuffling step after the hospital stay
            Outcome: 300 ft with the walker, SBA; ramp with CGA
            Timed Codes: 97110 Therapeutic exercise — 14 min
                         97116 Gait training — 13 min
            L. Atencio, PTA
            """,
            ["M62.81", "R26.89"], [PTA("97110", 14), PTA("97116", 13)], []),

        // SCVH Del Norte 97140 by Gideon Trujillo: thoracic PA mobilisations and rib springing with rotation degrees: passes.
        ["vord-h149-scvh-97140-ski-lift-operator"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline Clinical · Therapy Flowsheet · 05/08/2026
            Intervention: central PA mobilisations T4–T8 grade III, R rib springing, STM to the R rhomboids
            Target impairment: mid-thoracic and R rib stiffness; the ski-lift operator can't turn to load the chairs
            Outcome: thoracic rotation R 35° → 48° after
            Timed Codes: 97140 Manual therapy — 11 min
            G. Trujillo, PT
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // PSTG Pocomoke City OT 97530 by Beatrix Crockett: picking crab meat standing at the table and lifting trays, counts; R hand and standing tolerance: passes.
        ["vord-h149-pstg-ot-97530-crab-trays"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 05/08/2026
            Skilled Interventions: standing at the table picking practice crabs with the R hand, lifting full trays from the table to the shelf, wiping down the table standing
            Impairments Addressed: R hand dexterity and standing tolerance after the R carpal tunnel release
            Measurables: stood 12 trays without a seated rest; 8 trays lifted to shoulder height with SBA
            97530 Therapeutic activities — 17 min
            B. Crockett, OTR/L
            """,
            ["Z98.890", "G56.01"], [OT("97530", 17)], []),

        // SCLH Pav B, Dee's abbreviations with "1:1 thruout": rocker, perturbations, foam; ↓ proprioception; Berg and LOB count; "NMR (97112) — 23 min" matches: passes.
        ["vord-h149-dee-friday-nmr"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym — D. Wachowski PT
            NMR (97112) — 23 min   1:1 thruout, only pt on the mat
            Tx: rocker bd A/P & M/L EC, perturb. @ pelvis in tandem, step-over-&-stop at the hurdles.
            Imp: ↓ proprioc. (R) ankle s/p fx, LOB stepping off the curb @ Ashland & Cermak.
            Obj: Berg 49/56; LOB 2/10 perturb. (was 6/10).
            A/P: progressing, cont. POC. RTC Tues.
            """,
            ["S82.61XD", "R26.89"], [PT("97112", 23)], []),

        // SCLH float Helga's two codes, "Timed code minutes: 97116 = 17 / 97110 = 11", both match: passes.
        ["vord-h149-float-timed-code-minutes-two"] = new(
            """
            PT TREATMENT NOTE (OP) — float coverage from 7 North — H. Lindqvist, PT
            Pt received seated, gait belt on. ☑ Pt treated 1:1 for timed codes
            Gait: rolling walker on the corridor and into the elevator, cues for step length and turning; 260 ft with SBA.
            Ther ex: seated marching 2x15 with 2 lb, LAQ 2x12, sit-to-stand from the chair 2x10.
            Problem: B quad and hip flexor weakness after the pneumonia admission, short shuffling steps.
            Timed code minutes: 97116 = 17 / 97110 = 11
            """,
            ["M62.81", "R26.89"], [PT("97116", 17), PT("97110", 11)], []),

        // LMPT Bridgeport PTA 97116 on the visit form: cane on the sidewalk and the el stairs; distance and assist; "Code: 97116 | Min: 16" matches: passes.
        ["vord-h149-lmpt-pta-97116-sidewalk"] = new(
            """
            Lakeshore Motion PT — Bridgeport | Visit form (T. Kowalczyk, PTA)
            Code: 97116 | Min: 16
            Tx: gait w/ the straight cane down Halsted to the corner and back, up and down the 20 el stairs w/ the rail, cues for L heel strike
            Why: short L step and L knee stiffness after the L TKA
            #s: 600 ft cane SBA; stairs step-over-step w/ rail, CGA
            """,
            ["Z96.652"], [PTA("97116", 16)], []),

        // LMPT Archer Ave, Rosa Delgado-Finn's two code rows 97112 (21) and 97110 (12), both match; 1:1 marked: passes.
        ["vord-h149-lmpt-two-code-rows"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: foam stance w/ head turns, lateral perturbations, tandem on the half roll
            Why: L ankle proprioception after the sprain at the Pulaski Park courts
            #s: SLS L 10 sec (R 28 sec)
            Code: 97110 | Min: 12
            Tx: heel raises 3x15, banded eversion green 3x15, lateral step-downs 3x10
            Why: L calf and peroneal weakness
            """,
            ["S93.402D"], [PT("97112", 21), PT("97110", 12)], []),

        // LCRT Winslow 97140 by Loretta Begay: cervical glides and suboccipital release with rotation degrees; neck stiffness of a silversmith: passes.
        ["vord-h149-lcrt-97140-silversmith"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Manual 97140 | Time: 12 minutes
            Activity: suboccipital release, C5–C7 lateral glides grade III, STM to the L levator scapulae
            Problem: L-sided neck stiffness and pain, he can't look down at the stamping bench for long
            Measure: cervical rotation L 50° → 63° after
            L. Begay, PT, DPT
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // LCRT Holbrook PTA complete 97112 sent with no diagnosis: diagnosis missing, nothing else.
        ["vord-h149-lcrt-pta-no-diagnosis"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with head turns, step-and-hold to the side, lateral pushes at the shoulders
            Problem: postural sway and a late step; she grabs the hogan door frame stepping over the sill
            Measure: Berg 46/56; tandem 10 sec
            W. Yazzie, PTA
            """,
            [], [PTA("97112", 22)], [Dx]),

        // HLPT Blue Hill PTA 97116 in S/O/A/P with the Billed line; cane on the ramp and gravel; distance and assist: passes.
        ["vord-h149-hlpt-pta-97116-float-ramp"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 5/8/2026
            S: Wants to get down to the boat before the launch.
            O: Gait training with the straight cane on the clinic hall, the gravel lot and the practice ramp, cues for L heel strike and trunk upright. 300 ft with the cane, SBA; ramp with CGA.
            Short L step and L hip weakness after the hip fracture.
            A: Better heel strike on the gravel.
            P: Continue per PT plan.
            Billed: 97116 (17 min)
            """,
            ["S72.002D"], [PTA("97116", 17)], []),

        // JWO Plymouth PTA 97110 QuickNote with doses; knee weakness: passes.
        ["vord-h149-jwo-pta-97110-knee"] = new(
            """
            JointWorks QuickNote · Plymouth · M. Beer PTA
            97110 ▸ 17m
            Tx ▸ leg press 3x12 @ 80 lb, step-ups 8 in box 3x10, TKE black band 3x15, wall sits 3x30 s
            Area ▸ R quad weakness after the TKA, can't climb onto the pontoon deck step over step
            """,
            ["Z96.651"], [PTA("97110", 17)], []),

        // SHMC OT 97530 under the mandatory template, individual typed, kitchen tasks with counts and times: passes.
        ["vord-h149-shmc-ot-97530-bratwurst-tray"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION (2 NORTH)
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED (Policy REH-114)
            IDENTITY: verified with name and date of birth.   ALLERGIES: reviewed, no changes.
            PRECAUTIONS: fall risk.   INFECTION PREVENTION: hand hygiene before and after contact.
            ADVANCE DIRECTIVE: on file.   INTERPRETER: not needed.   BARRIERS TO LEARNING: none identified.
            SUBJECTIVE: Wants to work the church brat fry in June.
            CHARGES / TIMED SERVICES: 97530 Therapeutic activities — 19 min
            DELIVERY MODE: Individual.
            INTERVENTIONS: carrying a loaded tray from the counter to the table, turning brats with tongs standing at the stove, stepping around the kitchen island with the tray.
            IMPAIRMENTS ADDRESSED: R arm ataxia and standing balance with a load after the cerebellar stroke.
            OUTCOME MEASURES: tray carried 25 ft x 4 without spilling, SBA; turned 12 brats standing.
            PATIENT / FAMILY EDUCATION: wife shown the tray grip.
            RESPONSE TO TREATMENT: tolerated well.
            PLAN: continue per plan of care.
            ATTESTATION: Electronically signed, R. Wolfgram, OTR/L.
            """,
            ["I69.393"], [OT("97530", 19)], []),

        // STBF Corning, Naomi Castellucci's narrative: NMR with one-on-one in the "Time:" line; foam and tray walking; sway; mCTSIB and tandem: passes.
        ["vord-h149-stbf-naomi-glass-tray"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Ruth Okonski — Naomi Castellucci, PT
            What we worked on: tandem walking carrying a tray of glass paperweights, foam stance with head turns, reactive steps to pushes at the pelvis.
            Why: postural sway and a narrow base of support; the glass-museum docent wobbles turning with a tray.
            How she did: mCTSIB foam eyes closed 17 s (8 s at eval); tandem walk 12 steps without a side step.
            Time: Neuromuscular re-education (97112), 23 minutes, one-on-one — just the two of us in the balance room.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // STBF Elmira OT 97530 by Joan Pettibone: getting in and out of the tub bench and reaching to the shower caddy with counts: passes.
        ["vord-h149-stbf-ot-tub-bench"] = new(
            """
            Southern Tier Balance and Falls Clinic — Elmira
            STBF Visit Narrative — Mr. Walter Rinaldi — Joan Pettibone, OTR/L
            What we worked on: transferring onto the tub bench and swinging the legs over, reaching up to the shower caddy standing, stepping out onto the bath mat.
            Why: L hip weakness and poor standing balance after the hip fracture; he grabs the towel bar.
            How he did: 4 tub-bench transfers with SBA; reached the caddy 6 times without the towel bar.
            Time: Therapeutic activities (97530), 18 minutes.
            """,
            ["S72.002D"], [OT("97530", 18)], []),

        // CST Ponca City OT 97530 by Renata Holloway: setting the dining table standing and carrying plates on the walker tray: passes.
        ["vord-h149-cst-ot-97530-dining-table"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97530 THER ACT — 17 min
            TX: setting the dining table for four standing, carrying the plates on the walker tray, folding the napkins standing at the sideboard.
            PROBLEM: R grip weakness and standing tolerance; she has to sit partway through at the sideboard.
            OBJECTIVE: table set standing with SBA; 8 plates carried on the tray in 2 trips.
            """,
            ["M62.81", "R26.89"], [OT("97530", 17)], []),

        // RPT dense line 97116: cane on the Main Street sidewalk and the curb; distance and assist: passes.
        ["vord-h149-rpt-97116-main-street"] = new(
            """
            Rawhide PT — M. Vankirk PT: Lloyd Hageman, 97116 18 min; gait training w/ the cane up Main Street to the post office & back, the curb at the corner, cues for L heel strike; short L step & L hip drop after the hip fracture; 500 ft w/ cane SBA, curb CGA.
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // MBOG Nyssa PTA 97110 on an arrow with doses: passes.
        ["vord-h149-mbog-pta-97110-shoulder"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Teresa Ochoa, packing-shed sorter · Visit 4 · 05/08/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: QuickDASH 41 today (intake 59, 04/06/2026)
            STG 1 (by visit 8): reach the top sorting bin all shift — PROGRESSING
               → 97110 · 16 min · rows with the blue band 3x15, wall slides 2x12, ER at 0° with the red band 3x15, scaption to 90° with 2 lb 3x10
               Impairment: R rotator cuff and scapular weakness
            """,
            ["M75.101"], [PTA("97110", 16)], []),

        // PCPT Houma two codes by Cleo with dotted leaders, 97112 (23) and 97140 (10), both match; one-on-one: passes.
        ["vord-h149-pcpt-nmr-and-manual"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 05/08/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance reaching like for the trawl net, pushes at the pelvis
            For: R ankle proprioception after the fracture, he rolls it on the deck when the boat lists
            Numbers: SLS R 11 sec (3 at eval)
            Code 97140 Manual ........ 10 min
            Did: R talocrural posterior glides grade III, subtalar distraction
            For: R ankle DF stiffness; DF 2° → 9° after
            """,
            ["S82.61XD"], [PT("97112", 23), PT("97140", 10)], []),

        // PTH Hillsville PTA 97110 home visit with its minute box; doses; knee weakness: passes.
        ["vord-h149-pth-pta-97110-porch-steps"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: wife, at the kitchen table
            97110 [ 15 ] min
            Tx: sit-to-stand from the kitchen chair 3x10, step-ups on the bottom porch step 3x10, standing hip abduction with the red band 3x12, heel raises at the counter 3x15
            Problem: L quad and hip weakness after the L TKA; can't get up the porch steps step over step
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // NPD late entry 97140 with glides and degrees: passes.
        ["vord-h149-npd-97140-late-entry"] = new(
            """
            NorthPier Per Diem Therapy — B. Petrescu, PT (covering SCLH Pav B)
            LATE ENTRY — written Sat 05/09/2026 10:10 for Fri 05/08/2026
            97140 x 11 min
            Manual: R GH posterior and inferior glides grade III, STM to the R posterior cuff and pec minor.
            Deficits: R shoulder capsular stiffness, can't reach the top shelf at the deli case.
            Result: R shoulder flexion 128° → 141° after; IR 30° → 42°.
            """,
            ["M75.01"], [PT("97140", 11)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
