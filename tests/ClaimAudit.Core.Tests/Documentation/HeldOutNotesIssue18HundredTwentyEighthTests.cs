using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind after the hundred-and-twenty-fourth to hundred-and-twenty-seventh
/// sets were worked through) is the next week of the same clinics and writers as those four sets, in the same styles and
/// with new patients, new days and new wording within the same templates: the next week of the hundred-and-nineteenth to
/// hundred-and-twenty-third sets' clinics (two of them here), education, home programmes and care-partner training inside
/// billed sessions, split and interrupted session times with untimed modalities interleaved, and measures written every
/// way. No style is new; the set measures how the analyzer does on styles it has already seen, with notes it has not.
/// About two thirds are ordinary and complete (68 of 113), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PTA's and an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>from the hundred-and-twenty-fourth set's week: Rosario Strait Physiotherapy (RSP: Anacortes, Mount Vernon and
/// Friday Harbor, Washington; "97112 NMR 09.10–09.33 (23') · 1:1", dotted day-first dates, metric heights and loads):
/// Annelies de Vries, Jonas Brenner and Sanne Verhoeven (PTs) and Tomasz Wierzbicki (PTA); a Guemes Island ferry
/// ticket-taker, a retired boatwright, a tulip-bulb sorter and a kayak guide; and Bluestem Neurologic Therapy (BNT:
/// Salina, Abilene and McPherson, Kansas; "BNT Neuro Daily" with "Certified method:", "Delivery: ☐ Individual ☐ Group ☐
/// Concurrent" and a care partner line): Harriet Voss (PT, DPT, NCS), Cody Ebert (PTA) and Marisol Quintanilla (OTR/L);
/// a retired custom harvester, a Mennonite baker, a sale-barn auctioneer and a husband and a son as care partners;</item>
/// <item>from the hundred-and-twenty-fifth set's week: Tamarack Valley Health — Outpatient Neuro Rehabilitation (TVH:
/// Grand Rapids, Hibbing and Deer River, Minnesota; "NEURO OP DAILY NOTE", "Delivery: ☒ 1:1 ☐ Concurrent ☐ Group", the
/// EDUCATION grid "Learner | Method | Response" and "Barriers to learning:"): Solveig Haugen (PT, DPT, NCS), Dario
/// Pellegrini (PT), Brianna Kuusisto (PTA) and Mae Lindqvist (OTR/L); Sawtooth Home Program Orthopedics (SHPO: the Boise
/// Bench, Meridian and Eagle, Idaho; "HEP: [x] reviewed [ ] progressed …", Medbridge codes, handout numbers, app logs,
/// "Code / time" lines and "CPT | min | units" grids): Tomasz Wren (PT, OCS), Rafael Ibarra (PT, DPT), Kaylee Ashdown and
/// Jen Marchetti (PTAs); and Harborlight Memory and Movement — Care Partner Training Program (HMM: South Portland, the
/// Westbrook adult day centre and the practice apartment; "Care partner:", "Patient trained:", "Care partner trained:",
/// "Return demo:", "One-on-one (Y/N):", cue words in quotation marks, metronome beats per minute): Ngozi Ferreira (PT,
/// DPT), Hiroko Tanabe (PT), Walt Brannigan (PTA) and Colette Arsenault (OTR/L); a retired paper-mill millwright, an
/// iron-ore railroad brakeman, a Lake Pokegama loon counter, a Boise State groundskeeper, a hop-farm irrigator, a
/// retired Bath Iron Works welder and a woman who sings in the Portland Symphony chorus, with wives, husbands, a
/// daughter-in-law and an adult-day aide as learners and care partners;</item>
/// <item>from the hundred-and-twenty-sixth set's week: Big Horn Basin Regional Hospital — Outpatient Rehabilitation
/// (BHBR: Worland, Thermopolis and Greybull, Wyoming; stamped rows "▸ START 09:02 ■ STOP 09:10 … = 23 MIN", "⏸ HOLD"
/// rows and a "TIME IN / TIME OUT" banner): Maren Thorsby (PT, DPT, NCS), Joel Akiyama (PT), Renata Villalobos (PTA) and
/// Cody Ostrander (PT); Columbia Basin Orthopaedics &amp; Sports Medicine (CBOSM: Kennewick, Pasco and West Richland,
/// Washington; "CLIPBOARD (typed in):" rows of code, in, out and initials with "— pt to restroom —" between them):
/// Shaunté Rollins and Bryce Kettleman (PTAs), Anil Varma (PT, OCS) and Heidi Lindqvist (PT); and North Fork Pain &amp;
/// Spine Center — PT Service (NFPS: Paonia, Hotchkiss and Cedaredge, Colorado; "PRE:", "TIMED:" and "POST:" blocks with
/// the hot pack, IFC and traction "untimed — not in timed total"): Lorenzo Pacheco (PT, DPT), Gwen Atcitty (PT) and
/// Trisha Ballard (PTA); a Worland sugar-factory boiler operator, a Ten Sleep rock-climbing guide, a hay broker, a
/// Columbia River sturgeon guide, a Tri-Cities hydroplane-race volunteer, a retired orchard-ladder maker, a Hotchkiss
/// cattle-sale clerk and a Paonia cherry grower;</item>
/// <item>from the hundred-and-twenty-seventh set's week: Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning
/// and Ithaca, New York; the "STBF Visit Narrative" with "What we worked on", "Why", "How she did" and "Time", scores
/// in prose): Dr. Naomi Castellucci (PT, DPT, NCS), Bram Oosterhuis (PT), Leticia Fairweather (PTA) and Joan Pettibone
/// (OTR/L); Prairie Coteau Sports Medicine (PCSM: Brookings and Yankton, South Dakota; one-line heads "97112 NMR — 22 min",
/// pipes, "Imp:", "Tx:", "Obj:", "1:1 [x]"): Dr. Jens Halvorsen (PT, DPT, SCS), Maya Two Bulls (PT, ATC) and Tate Kloster
/// (PTA); and Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville, Virginia; "Visit at:", "Present:",
/// "Tx:", "Problem:", "Assist/Dist:" and minute boxes "97116 [ 23 ] min"): Rhonda Sizemore (PT, DPT), Darnell Hash and
/// Kaylee Quesenberry (PTAs) and Lorena Bowman (OTR/L); a Mark Twain study-guide docent, a Cornell dairy-barn milker, a
/// Jackrabbits wrestler, a Brookings rodeo bullfighter, a Yankton bridge painter, a woman who cans chow-chow, a man who
/// splits kindling on the porch, a granddaughter, a grandson home from Radford, a neighbour and a rooster.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: an
/// education grid, a home programme handed out or a care partner trained is part of the visit but is no technique
/// trained, a modality in a PRE or POST block or between two stamped ranges is no timed code's minutes, a code's split
/// ranges add up, and a measure counts in whatever form it is written:
/// <list type="bullet">
/// <item>class 1 (v1-h128-…): one-on-one in these writers' own words ("physio and patient only, the boat-shed room", "☒ Individual
/// — her husband Merle learned the guarding from the doorway", "one-on-one with Mrs. Thibault; her daughter-in-law took
/// the care-partner turn", "just the two of us at the bars both rows", "I was with him alone; his wife drove the truck
/// round", "Mr. Paquette had me to himself for the NMR; the aide held the coffee"), notes that negate it (a PTA with
/// this patient and Mr. Sandoval on the foam at once, a PT "between her and the knee at station 4", a BNT PTA
/// running two through PWR! Moves, a home-visit PTA "also working with her husband, who is on our caseload, in the same
/// room") or never state it (a clipboard note with no delivery line, a shorthand note), and the codes without a
/// one-on-one check: an OT's 97530 with two residents at the adult-day table and a PTA's 97110 beside a teammate;</item>
/// <item>class 2 (v2-h128-…): checkbox and blank-field states on these templates ("Delivery: ☒ 1:1" ticked and "☐ 1:1 ☐
/// Concurrent ☐ Group" untouched, "One-on-one (Y/N): Y" and left blank, "1:1 [x]" and "1:1 [ ]", "Impairment: ______",
/// "Tx: ______", "Assist/Dist: ___ / ___", "Berg: [score not entered]", an unrelated "Present: ______" beside a
/// typed one-on-one line, an EDUCATION grid's boxes all unticked beside a complete note);</item>
/// <item>class 3 (v3-h128-…): named programmes and methods as techniques (LSVT BIG, PWR! Moves, Herdman gaze
/// stabilisation X1 and X2 with habituation, the Alfredson heel-drop protocol with its doses, Mulligan mobilisation
/// with movement, PNF contract-relax, Tai Ji Quan: Moving for Better
/// Balance, the CO-OP approach, Maitland grade IV glides, reactive neuromuscular training), and notes where the named
/// thing is no technique trained: an Otago booklet reviewed only, a freezing handout taught only, a Medbridge code
/// texted only, a programme named with no dose on a 97110 and an LSVT BIG note with no deficit;</item>
/// <item>class 4 (v4-h128-…): deficits stated as findings in these writers' terms (a foot that catches the sill of the
/// sugar-factory catwalk, a man who can't find the floor of the hay barn in the dusk, "(+) Trendelenburg R at 6 steps",
/// a woman who turns in tiny steps around the kitchen island, a welder whose hand drops the rod, a climber whose knee
/// wobbles on the high step) and notes that state none ("Impairment: see IE", "Problem: no change", "Imp: same",
/// "Why: ongoing", "Deficit: per POC");</item>
/// <item>class 5 (v5-h128-…): measures in every form ("Berg 47 of 56", "Berg = 41", "TUG 11.8 s", "7x out of 10",
/// "mod A → min A", "~200 ft", "0.82 m/s", "↑ from 84%", "ER 4-/5", "R knee ext −8°", "3x10 @ 8#") and notes with
/// none — a 97112 whose only numbers are the patient's age and a route number, a 97112 whose only numbers are a clinic
/// extension and a date, a 97110 with exercises and no dose, a 97116 round the house with no distance or assistance
/// level, a Berg "deferred — ran out of room on the schedule";</item>
/// <item>class 6 (v6-h128-…): minutes in these writers' forms (stamped split rows with a HOLD, clipboard rows around a
/// restroom trip, a TIMED block between a hot pack and IFC, "97112 NMR 09.02–09.25 (23')", prose "Time" lines, "CPT | min
/// | units" grids, minute boxes, a PTA's and an OT's code each with its minutes) and true mismatches (stamps adding to 36
/// on a 24-minute line, clipboard rows adding to 12 on a 24-minute line, a box "[ 30 ]" on an 18-minute line, a prose
/// "thirty-five minutes" on a 23-minute line) and truly missing separate time (a TIME IN / TIME OUT banner only, "TIMED:
/// 37 min — 97110 and 97140", one clipboard row's Out left blank, one of two codes with no minutes);</item>
/// <item>class 7 (v7-h128-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (step-downs, lateral band walks and bridges with doses), 97530 (a laundry
/// basket from dryer to table and towels folded standing), 97140 (Mulligan SNAGs and STM to the
/// levator) and 97116 (a rollator on the gravel drive and the porch ramp), and wholly generic notes in these employers'
/// voices;</item>
/// <item>ordinary (vord-h128-…): complete notes of these employers that a reviewer passes (the false-positive guard),
/// full of numbers that are not minutes, and the ordinary weak ones: a complete note with no diagnosis, a claim whose
/// diagnosis is an old ICD-9 code, a complete note whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's split ranges or clipboard rows add up to its line). Every timed
/// line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — husbands, wives, a daughter-in-law, a son, a granddaughter, a grandson, a neighbour, an
/// adult-day aide (none of them a patient; Mr. Sandoval on the foam, the knee at station 4, the second man in the PWR!
/// Moves pair and the husband on the caseload are), dates of service, ages, route and house numbers, a clinic
/// extension, ferry sailings, a held BP, Medbridge codes, handout numbers, app-log days, metronome beats per minute,
/// step and box heights in inches and centimetres, loads in pounds and kilograms, scores, trials, seconds, distances,
/// speeds, degrees, grades and percentages — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code, in its block's heading, in a minute box or as clock ranges
/// on the code's own line; a hot pack, IFC or traction in a PRE or POST block is untimed and never on a line; no note
/// gives minutes to a visit, a drill, a rest or a test, except those that fail for a visit's total (a TIME IN / TIME
/// OUT banner, a TIMED total over two codes, a generic note's total); notes failed for want of a measure carry no number
/// but their code and its minutes and, in this set, numbers that plainly measure nothing (an age, a date, a route
/// number, a clinic extension). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
/// at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note
/// has no number but its code, its minutes and numbers that are plainly something else; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates could honestly be read either way on: a care partner trained
/// inside the billed minutes while the patient rested (whether those minutes were the patient's treatment), a split
/// range whose pause is not said to be off the clock, a stamped range that overlaps another code's range, a home
/// programme's exercises listed only as what was handed out with no word that they were done in the session, a
/// metronome's beats per minute as a 97112's only number, a step's height or a spring's colour as the only number, and
/// a score with no test named.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 109 of 113 cases agree (111 needed), and 1 of the 68 notes the reviewer passes got a finding, on the analyzer of 3a1b212 (the 2026-12-07 nineteenth session after the hundred-and-twenty-fourth to hundred-and-twenty-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 110 of 113, no false positive — "I was with him alone on the porch"; a booklet gone through together is no exercise done; a movement graded out of five ("hip abduction 4-/5") is a muscle test. Left: a blank "Tx: ______" beside "SLS on foam R 9 sec (L 22)" (the stance and the foam still read as drills), a booklet reviewed for 97110 beside "hip abductor … weakness", and "Him and me only." with "8 of 10 held without a shift" on a 97112 (one-on-one and the measure not read).</para>
/// <para>Later (2026-12-07, twentieth session): 112 of 113, no false positive, both tests run again — a single-leg stance on foam timed on each side ("SLS on foam R 9 sec (L 22)") and a Y-balance direction's sides after it are results, and "Him and me only." as a sentence of its own states one-on-one. Left: the booklet reviewed for 97110.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyEighthTests(ITestOutputHelper output)
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

        // RSP Anacortes: "1:1 — physio and patient only, the boat-shed room"; step-out reactions, half-roller stance with reaching, PNF rhythmic stabilisation; late protective step on the ferry ramp; Mini-BESTest and step-outs; "97112 NMR 14.02–14.25 (23')" matches: passes.
        ["v1-h128-rsp-physio-and-patient-only-boat-shed-room"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 18.03.2026 · Guemes ferry ticket-taker, 66 y
            97112 NMR 14.02–14.25 (23')
            Setting: 1:1 — physio and patient only, the boat-shed room.
            Tx: step-out reactions to the back and to the R on my call; stance on the half-roller reaching for cones; PNF rhythmic stabilisation at the shoulders in stride stance.
            Problem: late backward protective step; he loses his balance stepping back off the ferry ramp when the boat shifts.
            Measures: Mini-BESTest 21/28 (18/28 at intake); 8/10 step-outs backward with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // BNT McPherson: "Delivery: ☒ Individual — her husband Merle learned the guarding from the doorway"; LSVT BIG maximal daily exercises then big stepping over the hose; hypokinesia and freezing at the barn door; TUG and turn steps; "97112: 24 minutes" matches: passes.
        ["v1-h128-bnt-individual-husband-learned-from-doorway"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Irene Unruh, Mennonite baker    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 24 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent — her husband Merle learned the guarding from the doorway.
            Certified method: LSVT BIG floor-to-ceiling and side-to-side maximal daily exercises, then big steps over the hose line and big turns around the cone.
            Problem: hypokinesia with Parkinson's disease; her steps shrink and she freezes at the bakery's back door.
            Measures: TUG 13.2 sec (15.9 at eval); 180° turn in 6 steps.
            """,
            ["G20.A1", "R26.89"], [PT("97112", 24)], []),

        // HMM South Portland: "One-on-one with Mrs. Thibault; her daughter-in-law took the care-partner turn"; "big step" cue at floor tape, weight shift before turns, backward stepping to a nudge; freezing at doorways; freezes in 10 passes and pull test: passes.
        ["v1-h128-hmm-daughter-in-law-took-care-partner-turn"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Simone Thibault, 77, sings in the symphony chorus    Care partner: daughter-in-law Kara
            97112 — 22 min
            One-on-one with Mrs. Thibault; her daughter-in-law took the care-partner turn at the end.
            Patient trained: "big step" over floor-tape lines at the mock doorway; shifting weight onto the outside foot before turning; backward steps to a nudge at the shoulders.
            Deficit: freezing of gait at doorways and in turns; retropulsion when she backs toward the piano bench.
            Data: froze on 3 of 10 doorway passes (7 of 10 at intake); pull test 2 steps to recover.
            Care partner trained: Kara cued "big step" at the doorway and guarded at the belt; return demo correct.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1", "R26.89"], [PT("97112", 22)], []),

        // CBOSM Kennewick PTA clipboard 97112 in two rows (10:04–10:15, 10:21–10:33 = 23) around a restroom trip, "just the two of us at the bars both rows"; BAPS, rocker, foam ball catches; R ankle proprioception; SLS and rocker seconds: passes.
        ["v1-h128-cbosm-pta-two-of-us-both-rows"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 10:04  Out 10:15  BK
              — pt to restroom —
              97112  In 10:21  Out 10:33  BK
            Just the two of us at the bars both rows.
            BAPS board level 4 both directions; rocker board M/L eyes closed; single-leg stance on foam catching a ball thrown wide.
            Problem: R ankle proprioception after the sprain stepping off the hydroplane pit dock; rolls it on the uneven planks.
            SLS on foam R 8 sec (L 21); rocker M/L 14 sec without an edge touch.
            Bryce Kettleman, PTA
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // PTH Wytheville, Darnell (PTA): "I was with him alone on the porch; his wife drove the truck round to the barn"; tandem along the porch rail, reaching to the kindling box, perturbations at the hips; sway and slow catch step; tandem seconds and reaches; "97112 [ 22 ] min" matches: passes.
        ["v1-h128-pth-with-him-alone-wife-drove-truck"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            Present: wife (left partway to move the truck)
            97112 [ 22 ] min — I was with him alone on the porch; his wife drove the truck round to the barn
            Tx: tandem stance along the porch rail w/ head turns; reaching out of base to the kindling box; perturbations at the hips standing on the door mat
            Problem: postural sway and a slow catch step since he fell splitting kindling; grabs the post when he turns
            Assist/Dist: tandem 11 sec R fwd, 6 sec L fwd; 4 of 5 reaches w/o touching the rail
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // HMM Westbrook adult day: "Mr. Paquette had me to himself for the NMR; the aide held his coffee"; PWR! Up and PWR! Step, weight shifts to a metronome; freezing and small steps; TUG and step length: passes.
        ["v1-h128-hmm-had-me-to-himself-aide-held-coffee"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, therapy room
            Patient: Lucien Paquette, 83, retired Bath Iron Works welder    Care partner: adult-day aide (Denise)
            97112 — 24 min
            Mr. Paquette had me to himself for the NMR; the aide held his coffee and watched.
            Patient trained: PWR! Up and PWR! Step in standing; weight shifts side to side to the metronome at 96 bpm; stepping over tape lines with the "big step" cue.
            Deficit: freezing on turns and short shuffling steps; he stalls turning toward the dining room.
            Data: TUG 17.8 sec with the rollator (21.0 last month); step length 38 cm with the cue, 24 cm without.
            Care partner trained: Denise practised the "big step" cue at the dining-room doorway.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RSP Mount Vernon PTA "had this patient and Mr. Sandoval on the foam at once, swapping between them": another patient inside the block — one-on-one missing; foam tandem, rocker, perturbations; ankle proprioception; rocker seconds and perturbations present.
        ["v1-h128-rsp-pta-sandoval-on-the-foam-at-once"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            T. Wierzbicki, PTA · 19.03.2026 · tulip-bulb sorter, 58 y
            97112 NMR 09.40–10.02 (22')
            Setting: had this patient and Mr. Sandoval on the foam at once, swapping between them.
            Tx: tandem stance on foam with head turns; rocker board A/P; lateral perturbations at the pelvis.
            Problem: L ankle proprioception after the fracture; she can't feel the edge of the sorting-shed floor drain.
            Measures: rocker A/P 10 s without an edge touch; 6/10 perturbations recovered without a step.
            """,
            ["S82.62XD"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // STBF Ithaca PT going "between her and the knee at station 4 the whole time": not one-on-one; beam walking, foam perturbations, rhythmic stabilisation; ankle strategy; Berg and pushes present.
        ["v1-h128-stbf-between-her-and-the-knee-at-station-4"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Dolores Quinlan — Bram Oosterhuis, PT
            What we worked on: I was going between her and the knee at station 4 the whole time. For Mrs. Quinlan: sideways walking on the balance beam, perturbations at the pelvis standing on the foam, rhythmic stabilization with her feet together.
            Why: weak ankle strategy and poor postural control since the fall on the Commons steps; she takes a big step at the slightest push.
            How she did: Berg 42 of 56; held the foam without stepping on 5 of 10 pushes.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BNT Abilene PTA "ran Mr. Friesen and Mr. Goering through PWR! Moves side by side": another patient treated — one-on-one missing; technique, hypokinesia and Mini-BESTest present.
        ["v1-h128-bnt-pta-two-through-pwr-moves"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Arlo Friesen    Clinician: Cody Ebert, PTA
            97112: 23 minutes
            Delivery: ☐ Individual ☐ Group ☐ Concurrent — ran Mr. Friesen and Mr. Goering through PWR! Moves side by side, taking turns cueing each.
            Certified method: PWR! Up, PWR! Rock, PWR! Twist and PWR! Step in standing, then big steps over the cones.
            Problem: hypokinesia and reduced trunk rotation with Parkinson's disease; turns en bloc at the sale barn.
            Measures: Mini-BESTest 19/28; 360° turn in 9 steps.
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PTH Galax PTA "also working with her husband, who is on our caseload, in the same room": another patient — one-on-one missing; techniques, deficit and measures present.
        ["v1-h128-pth-pta-husband-on-caseload-same-room"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: husband (also on our caseload — I worked with him in the same room during her balance block)
            97112 [ 21 ] min
            Tx: tandem stance at the counter w/ head turns; marching on the folded quilt with eyes closed; perturbations at the hips
            Problem: proprioceptive loss in both feet w/ neuropathy; she can't tell where the henhouse step is in the dark
            Assist/Dist: tandem 9 sec; 3 of 5 perturbations w/o reaching for the counter
            """,
            ["E11.42", "R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CBOSM Pasco clipboard with no delivery line at all: one-on-one not stated; BAPS, foam perturbations, star-excursion; L knee proprioception; Y-balance and SLS present; one row 11 + one row 12 = 23 matches.
        ["v1-h128-cbosm-clipboard-no-delivery-line"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97112  In 8:30  Out 8:41  SR
              97112  In 8:45  Out 8:57  SR
            BAPS board level 3; perturbations at the hips on the foam pad in single-leg stance; star-excursion reaches on the L.
            Problem: L knee proprioception after the ACL reconstruction; his knee wobbles stepping down off the sturgeon boat.
            Y-balance anterior reach L 59 cm / R 66 cm; SLS eyes closed L 7 sec.
            Shaunté Rollins, PTA
            """,
            ["S83.512D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PCSM shorthand with no delivery word: one-on-one not stated; hop-and-stick, BOSU perturbations; dyn valgus; hop counts and Y-bal present.
        ["v1-h128-pcsm-shorthand-no-delivery"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Ty Rasmussen, 20 y/o, SDSU wrestling (174)
            97112 NMR — 23 min
            Tx: SL hop-and-stick fwd/med | BOSU dome-up perturbations in SL stance | reactive shuffle to my calls
            Imp: R knee dyn valgus on landing, proprioception ↓ 4 mo s/p R MCL sprain
            Obj: hop-and-stick R 7/10 clean | Y-bal ANT 64/69 cm R/L
            """,
            ["S83.411D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HMM Westbrook OT 97530 at the adult-day table with two other residents folding laundry beside her: no one-on-one check for 97530; folding, sorting socks, carrying the basket; sequencing with dementia; assist level and counts: passes.
        ["v1-h128-hmm-ot-97530-two-residents-at-the-table"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, activity table
            Patient: Marguerite Roy, 80    Care partner: adult-day aide
            97530 — 26 min (OT)
            Two other residents folded napkins at the same table while we worked.
            Patient trained: folding towels in thirds, matching socks from a mixed basket, carrying the basket 20 ft to the shelf with both hands.
            Deficit: sequencing and task initiation with Alzheimer's dementia; she stops mid-fold and needs a restart.
            Data: 8 of 10 towels folded with one verbal cue (min A last week); basket carried 20 ft SBA.
            C. Arsenault, OTR/L
            """,
            ["G30.1", "F02.80"], [OT("97530", 26)], []),

        // PCSM Yankton PTA 97110 beside a teammate in bay 2: no one-on-one check for 97110; Nordic lowers, Copenhagen planks, lateral lunges with doses; hamstring and adductor weakness: passes.
        ["v1-h128-pcsm-pta-97110-beside-teammate"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Reid Hanson (Yankton HS soccer) — teammate in bay 2 on the bike
            97110 TE — 18 min
            Tx: Nordic hamstring lowers 3x5 | Copenhagen plank short lever 3 x 20" | lateral lunges 3x8 each w/ 15# DB
            Imp: L hamstring and adductor weakness after the grade II strain, can't sprint the last 40 yd
            """,
            ["S76.312D"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // TVH Grand Rapids "Delivery: ☒ 1:1 ☐ Concurrent ☐ Group" ticked, grid filled with the wife as learner; X1 viewing, foam head turns, perturbations; vestibular hypofunction; DGI and DVA: passes.
        ["v2-h128-tvh-delivery-ticked-wife-learner"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: gaze stabilization X1 viewing, horizontal and vertical, standing on foam; walking with head turns down the hall; perturbations at the pelvis in tandem.
            Impairment: L vestibular hypofunction after neuritis; the world bounces when he turns his head on the ore train.
            Objective: DGI 17/24 (13 at eval); dynamic visual acuity 3-line loss (5 lines at eval).
            EDUCATION
            Learner | Method | Response
            Wife | demo: X1 viewing card taped at eye level at home | return demo correct
            Barriers to learning: none.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // TVH Deer River "Delivery: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked and no other delivery word: one-on-one missing; technique, deficit and measure present.
        ["v2-h128-tvh-delivery-nothing-ticked"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Brianna Kuusisto, PTA
            97112 — 22 min
            Delivery: ☐ 1:1 ☐ Concurrent ☐ Group
            Treatment: rocker board A/P eyes closed; tandem walking on the foam beam; stepping over the hurdle row on my call.
            Impairment: somatosensory loss in both feet; she watches her feet on the dock at Lake Pokegama.
            Objective: Berg 46/56; rocker A/P 11 sec without an edge touch.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HMM "One-on-one (Y/N): Y" answered with the care partner fields filled: passes; stepping to cones at a metronome, turning in an arc, sit-to-stand with "nose over toes"; freezing in turns; turn steps and 5xSTS.
        ["v2-h128-hmm-one-on-one-y-answered"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Roland Gagnon, 79    Care partner: wife Yvette
            97112 — 25 min    One-on-one (Y/N): Y
            Patient trained: stepping to cones at the metronome set to 100 bpm; turning in a wide arc instead of pivoting; sit-to-stand from the couch with "nose over toes".
            Deficit: freezing in turns and festination when he hurries to the phone.
            Data: 180° turn in 5 steps (9 at intake); 5xSTS 16.2 sec.
            Care partner trained: Yvette counted the arc turn out loud; return demo: correct.
            W. Brannigan, PTA / N. Ferreira, PT, DPT
            """,
            ["G20.A1"], [PTA("97112", 25)], []),

        // HMM "One-on-one (Y/N): ____" left blank with the care partner line filled: one-on-one missing; technique, deficit, measure present.
        ["v2-h128-hmm-one-on-one-yn-blank"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Evelyn Doucette, 74    Care partner: husband Norm
            97112 — 23 min    One-on-one (Y/N): ____
            Patient trained: weight shifts in stride stance with the laser cane's line; backward stepping to a nudge; turning on the floor-tape clock face.
            Deficit: freezing at the start of walking and retropulsion.
            Data: pull test 3 steps; froze on 4 of 10 starts.
            Care partner trained: Norm practised the laser-cane line at the bedroom door.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PCSM "1:1 [x]" ticked in the code head; star excursion, perturbations, reactive drop landings; ankle proprioception; SLS and Y-bal: passes.
        ["v2-h128-pcsm-one-to-one-box-ticked"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Cody Moe, 24, rodeo bullfighter
            97112 NMR — 24 min | 1:1 [x]
            Tx: star excursion reaches L | lat perturbations on the foam in SL stance | drop landings off a 12" box to SL stick
            Imp: L ankle proprioception ↓ after the 3rd inversion sprain, rolls it cutting in the arena dirt
            Obj: SLS eyes closed L 8" / R 22" | Y-bal PM 88/97 cm L/R
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // PCSM "1:1 [ ]" left empty with no other delivery word: one-on-one missing.
        ["v2-h128-pcsm-one-to-one-box-empty"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Lena Jorgensen, bridge painter
            97112 NMR — 22 min | 1:1 [ ]
            Tx: tandem on the foam beam w/ head turns | rocker board M/L | reactive steps to pulls on the belt
            Imp: postural control ↓ on narrow surfaces, she sways on the scaffold plank since the concussion
            Obj: tandem EC 6" (14" last wk) | 7 of 10 pulls caught w/ one step
            """,
            ["S06.0X0D", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PTH "Present: ______" left blank (unrelated) beside a typed "1:1 — just me and Mrs. Hurst": passes; tandem at the sink, step-ups to the porch step, perturbations; proprioception; tandem seconds.
        ["v2-h128-pth-present-blank-typed-one-on-one"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: ______
            97112 [ 24 ] min — 1:1, just me and Mrs. Hurst in the kitchen
            Tx: tandem stance at the sink w/ eyes closed; forward step-ups onto the back-porch step w/ a hold; perturbations at the hips on the braided rug
            Problem: impaired proprioception and postural control since the TKA; she misjudges the porch step at dusk
            Assist/Dist: tandem EC 5 sec (0 at SOC); 4 of 5 perturbations w/o a hand on the sink
            """,
            ["R26.81", "Z96.651"], [PT("97112", 24)], []),

        // PTH PTA 97116 "Assist/Dist: ___ / ___" left blank and nothing else with a number but the box: measure missing on 97116; technique and deficit present.
        ["v2-h128-pth-pta-97116-assist-dist-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97116 [ 22 ] min
            Tx: gait training w/ the rolling walker from the bedroom through the kitchen and out to the porch, cues for step-through pattern and walker placement at the threshold
            Problem: short L step and toe drag after the stroke; catches the L foot on the kitchen threshold
            Assist/Dist: ___ / ___
            """,
            ["I69.354"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // SHPO "Impairment: ______" left blank on a 97110 with doses and nothing else naming a region or impairment: deficit missing.
        ["v2-h128-shpo-impairment-blank-97110"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [ ] progressed [ ] new [ ] printed — Medbridge HEP code 9PQ4T
            Code / time: 97110 (17 min)
            Performed in clinic: bridges 3x15, side-lying hip abduction 3x12 with 3 lb, step-ups on the 6-inch step 3x10, sit-to-stand 3x10.
            Impairment: ______
            K. Ashdown, PTA
            """,
            ["M16.11"], [PTA("97110", 17)], [At(Deficit, "97110")]),

        // STBF "Berg: [score not entered]" with no other number but the code's minutes: measure missing on 97112; one-on-one, techniques and deficit present.
        ["v2-h128-stbf-berg-score-not-entered"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Otis Wendell — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one, the two of us. Perturbations at the pelvis on the foam, tandem walking along the rail turning his head to the cards, and stepping over the hose without looking down.
            Why: slow stepping reaction and sway on soft ground since the fall in the Woodlawn cemetery grass.
            How she did: Berg: [score not entered]. Steadier on the foam by the end.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CBOSM "Tx: ______" typed blank but the problem and numbers filled: technique missing on 97112 (one-on-one stated).
        ["v2-h128-cbosm-tx-blank-97112"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97112  In 2:10  Out 2:33  AV
            1:1 the whole row.
            Tx: ______
            Problem: R ankle proprioception after the sprain on the orchard ladder's bottom rung.
            SLS on foam R 9 sec (L 22); Y-balance anterior R 61 cm / L 67 cm.
            Anil Varma, PT, OCS
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TVH EDUCATION grid's boxes all unticked beside an otherwise complete note with "Delivery: ☒ 1:1": the empty grid is no finding; passes.
        ["v2-h128-tvh-education-grid-unticked-complete"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 24 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: stepping-strategy drills to floor targets called at random; tandem stance on foam with ball catches; lateral perturbations at the pelvis.
            Impairment: R ataxia and delayed stepping after the R cerebellar stroke; he overshoots the curb on 1st Avenue.
            Objective: Mini-BESTest 18/28 (15 at eval); 6 of 10 lateral pushes recovered with one step.
            EDUCATION
            Learner: ☐ Patient ☐ Spouse ☐ Other / Method: ☐ Demo ☐ Written ☐ Teach-back / Response: ☐ Return demo ☐ Needs reinforcement
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TVH Herdman gaze stabilisation X1 and X2 with habituation to the provoking positions; vestibular hypofunction; DHI is self-rated so the DGI and DVA carry it; "1:1": passes.
        ["v3-h128-tvh-herdman-x1-x2-habituation"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: Herdman gaze stabilization X1 then X2 viewing against the checkerboard; habituation to the provoking positions (supine to sit, bending to the floor) three rounds each.
            Impairment: R unilateral vestibular hypofunction; she gets dizzy bending to the loon-survey scope.
            Objective: DGI 19/24 (15 at eval); dynamic visual acuity 2-line loss.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BNT Salina Tai Ji Quan: Moving for Better Balance forms with weight shifts and stepping; postural control; TUG and 30-s chair stand count; individual: passes.
        ["v3-h128-bnt-tai-ji-quan-forms"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Wendell Krehbiel, retired custom harvester    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 22 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: Tai Ji Quan: Moving for Better Balance — the eight-form core with weight shifting and diagonal stepping, then the forms walking forward and back.
            Problem: impaired postural control with diagonal steps; he lists to the L climbing down from the combine.
            Measures: TUG 11.4 sec; 30-s chair stand 11 reps (8 at eval).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SHPO Alfredson heel-drop protocol with its doses on 97110; R Achilles tendinopathy; passes.
        ["v3-h128-shpo-alfredson-with-doses"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [x] progressed [ ] new [ ] printed — Medbridge HEP code 3HW8L
            Code / time: 97110 (16 min)
            Performed in clinic: Alfredson eccentric heel drops off the step, straight knee 3x15 and bent knee 3x15, 10 lb in the backpack; seated soleus raises 3x20.
            Impairment: R mid-portion Achilles tendinopathy; morning stiffness and pain on the hill mowing the stadium turf.
            R. Ibarra, PT, DPT
            """,
            ["M76.61"], [PT("97110", 16)], []),

        // SHPO Mulligan mobilisation with movement for the ankle and PNF contract-relax to the calf on 97140; ankle dorsiflexion stiffness; knee-to-wall cm: passes.
        ["v3-h128-shpo-mulligan-mwm-ankle"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [ ] progressed [ ] new [ ] printed
            Code / time: 97140 (12 min)
            Performed in clinic: Mulligan weight-bearing mobilisation with movement for DF with the belt, 3 sets of 10; PNF contract-relax to the gastrocnemius 4 rounds.
            Impairment: L ankle dorsiflexion stiffness after the fracture; can't squat to the hop-field valve.
            Knee-to-wall L 6 cm → 9 cm after (R 12 cm).
            T. Wren, PT, OCS
            """,
            ["S82.892D"], [PT("97140", 12)], []),

        // NFPS Maitland grade IV PAs to the thoracic spine with a hot pack in PRE; thoracic stiffness; rotation degrees: passes.
        ["v3-h128-nfps-maitland-grade-iv-thoracic"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: moist hot pack to the thoracic spine (97010 — untimed, not in timed total)
            TIMED: 97140 manual therapy — 11 min
            Maitland grade IV central PAs T4–T8; thoracic rotation mobilisation in sitting; STM to the R rhomboid.
            Deficit: mid-thoracic hypomobility, can't turn to back the stock trailer.
            Objective: seated thoracic rotation R 32° → 41° after, L 44°.
            Gwen Atcitty, PT
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // HMM OT CO-OP approach: goal-plan-do-check for making tea; sequencing with dementia; steps completed and cue counts; 97530: passes.
        ["v3-h128-hmm-ot-co-op-making-tea"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Ruth Belanger, 76    Care partner: husband Paul
            97530 — 24 min (OT)
            Patient trained: CO-OP approach, Goal–Plan–Do–Check, for making a cup of tea at the practice-apartment counter; kettle filled, carried and poured with both hands.
            Deficit: sequencing and planning with mild Alzheimer's dementia; she leaves the kettle on and forgets the cup.
            Data: 9 of 11 steps done without a cue (6 of 11 last week); min A → SBA for the pour.
            Care partner trained: Paul practised asking "what's your plan?" instead of doing it for her.
            C. Arsenault, OTR/L
            """,
            ["G30.1", "F02.80"], [OT("97530", 24)], []),

        // PCSM reactive neuromuscular training with a band pulling the knee into valgus during split squats; dyn valgus; LSI and hop counts; 1:1: passes.
        ["v3-h128-pcsm-rnt-band-valgus"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Brynn Aakre, 17, softball pitcher
            97112 NMR — 21 min | 1:1 [x]
            Tx: RNT split squats w/ the band pulling the R knee into valgus | lat hops to stick on the foam | perturbations in SL stance
            Imp: R dyn valgus on SL squat, late glute med firing, 6 mo s/p R ACL-R
            Obj: SL hop LSI 87% | lat hop-and-stick 8/10
            """,
            ["S83.511D"], [PT("97112", 21)], []),

        // STBF Otago booklet reviewed only ("we went through the booklet together") with no exercise done: technique missing on 97110; deficit and MMT grade present.
        ["v3-h128-stbf-otago-booklet-reviewed-only"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. June Haskell — Leticia Fairweather, PTA
            What we worked on: we went through the Otago booklet together page by page; she read it back to me and marked the pages she wants her granddaughter to see.
            Why: hip abductor and ankle weakness, she catches her toe on the study-guide cart at the Twain study.
            How she did: hip abduction 4-/5 R, 3+/5 L; ankle DF 4/5 both.
            Time: Therapeutic exercise (97110), 15 minutes.
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15)], [At(Tech, "97110")]),

        // HMM freezing handout taught only on a 97112 (cue card read and explained, no drill done): technique missing; one-on-one, deficit and freezing count present.
        ["v3-h128-hmm-freezing-handout-taught-only"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            Patient: Gerald Cote, 82    Care partner: wife Lorraine
            97112 — 22 min    One-on-one (Y/N): Y
            Patient trained: went over the freezing handout (#7) and the cue card for the fridge door; answered their questions.
            Deficit: freezing of gait in the kitchen doorway and at the bathroom threshold.
            Data: froze on 6 of 10 doorway passes at intake, 5 of 10 last visit.
            H. Tanabe, PT
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SHPO Medbridge code texted only on a 97110, with the knee named and a quad-lag measure: technique missing.
        ["v3-h128-shpo-medbridge-code-texted-only"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [ ] reviewed [ ] progressed [x] new [ ] printed — Medbridge HEP code 6LT2V texted to her phone
            Code / time: 97110 (14 min)
            Performed in clinic: set up the Medbridge app with her and showed her where the new code lives.
            Impairment: L quad weakness after the TKA; can't climb into the irrigation truck.
            Quad lag L 10° (18° at eval).
            J. Marchetti, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 14)], [At(Tech, "97110")]),

        // BNT PTA "PWR! Moves home program" on a 97110 with no dose at all: measure missing; technique and deficit present.
        ["v3-h128-bnt-pta-pwr-moves-no-dose-97110"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Lyle Schrag    Clinician: Cody Ebert, PTA
            97110: 16 minutes
            Certified method: PWR! Moves home program in standing — PWR! Up, Rock, Twist and Step, and chair push-ups.
            Problem: trunk extensor and hip extensor weakness with Parkinson's disease; he stoops at the auction block.
            """,
            ["G20.A1", "M62.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // BNT LSVT BIG with no problem stated anywhere: deficit missing on 97112; individual, technique and TUG present.
        ["v3-h128-bnt-lsvt-big-no-deficit"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Norma Penner    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: LSVT BIG maximal daily exercises, big stepping in four directions, big reach-and-turn to the shelf.
            Measures: TUG 12.1 sec (14.6 at eval); 180° turn in 5 steps.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // BHBR Worland: a foot that catches the sill of the sugar-factory catwalk (foot drop, proprioception); stamped split NMR 13:05–13:16 and 13:22–13:34 = 23 around a BP HOLD; 1:1; ankle-strategy drills, foam, stepping over the sill board; FGA and trials: passes.
        ["v4-h128-bhbr-foot-catches-catwalk-sill"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:05 ■ STOP 13:16 ▸ START 13:22 ■ STOP 13:34 = 23 MIN
            ⏸ HOLD 13:16 — BP recheck seated, 148/86
            Delivery: 1:1 both stamped ranges.
            Interventions: ankle-strategy sway drills on the foam; stepping over the sill board without looking down; tandem walking with head turns.
            Impairment: his R foot catches the sill of the sugar-factory catwalk — R dorsiflexor weakness and poor foot-position sense after the L3-4 decompression.
            Objective: FGA 20/30 (16 at eval); cleared the sill board on 8 of 10 passes.
            Joel Akiyama, PT
            """,
            ["M21.371", "R26.89"], [PT("97112", 23)], []),

        // CBOSM Kennewick PTA: "can't find the floor of the hay barn in the dusk" (somatosensory reliance on vision); two clipboard rows 9:00–9:12 and 9:15–9:26 = 23; 1:1; foam EC, rocker, perturbations; SLS and rocker seconds: passes.
        ["v4-h128-cbosm-cant-find-the-barn-floor-at-dusk"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97112  In 9:00  Out 9:12  BK
              97112  In 9:15  Out 9:26  BK
            1:1 both rows, his wife in the lobby.
            Foam stance eyes closed with head turns; rocker board A/P eyes closed; perturbations at the shoulders in tandem.
            Problem: he can't find the floor of the hay barn in the dusk — reduced foot sensation with the neuropathy, leans on his eyes for balance.
            Foam EC 9 sec (3 at eval); rocker A/P EC 7 sec.
            Bryce Kettleman, PTA
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // PCSM "(+) Trendelenburg R at 6 steps" as the deficit on a 97110 with doses: passes.
        ["v4-h128-pcsm-trendelenburg-at-six-steps"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Kris Hofer, 44, grain-truck driver
            97110 TE — 17 min
            Tx: side-lying hip abd 3x15 w/ 3# | lateral band walks 3 x 30 ft green | SL bridges 3x10 each
            Imp: (+) Trendelenburg R at 6 steps, R glute med 3+/5
            """,
            ["M62.81", "M25.551"], [PT("97110", 17)], []),

        // HMM: "she turns in tiny steps around the kitchen island and stalls" as the deficit; clock-face turning, arc turns with count, weight shift; turn steps and freezes; one-on-one: passes.
        ["v4-h128-hmm-tiny-steps-round-kitchen-island"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Pauline Lavoie, 78    Care partner: husband Réal
            97112 — 24 min    One-on-one (Y/N): Y
            Patient trained: turning on the floor-tape clock face to called hours; wide arc turns with a count of four; weight shift to the outside foot before the turn.
            Deficit: she turns in tiny steps around the kitchen island and stalls halfway — freezing in turns.
            Data: 180° turn 4 steps with the count (10 at intake); froze on 2 of 8 island turns.
            Care partner trained: Réal counted the turn; return demo correct.
            N. Ferreira, PT, DPT
            """,
            ["G20.A1", "R26.89"], [PT("97112", 24)], []),

        // TVH OT: a welder whose R hand drops the rod (grip and fine motor after a stroke) on 97530; nine-hole peg and grip; passes.
        ["v4-h128-tvh-ot-welder-drops-the-rod"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 25 min
            Treatment: picking up and placing welding rods from a tray into the quiver; turning nuts onto bolts on the pegboard; carrying the lunch pail by its handle 50 ft.
            Impairment: R hand drops the rod — weak grip and slow in-hand manipulation after the L MCA stroke.
            Objective: nine-hole peg R 41 sec (58 at eval); grip R 38 lb, L 71 lb.
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // RSP climber whose R knee wobbles on the high step; step-ups to a 40 cm box, split squats; R quad and glute weakness; 97110 with metric loads: passes.
        ["v4-h128-rsp-knee-wobbles-on-the-high-step"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 17.03.2026 · kayak guide and climber, 35 y
            97110 TE 10.30–10.46 (16')
            Tx: step-ups to a 40 cm box 3×8 with 10 kg; Bulgarian split squats 3×8; single-leg RDL 3×10 with 12 kg.
            Problem: R knee wobbles into valgus on the high step — quad and glute med weakness after the meniscus repair.
            """,
            ["S83.241D"], [PT("97110", 16)], []),

        // TVH "Impairment: see IE" with nothing else naming a deficit: deficit missing; technique, 1:1 and measure present.
        ["v4-h128-tvh-impairment-see-ie"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: perturbations in tandem stance; stepping-strategy drills to floor targets; foam stance with head turns.
            Impairment: see IE.
            Objective: Berg 45/56 (41 at eval); 7 of 10 perturbations recovered with one step.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CBOSM "Problem: no change" on a PTA 97110 with doses: deficit missing.
        ["v4-h128-cbosm-problem-no-change"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 3:02  Out 3:20  SR
            Leg press 80 lb 3x12, lateral step-downs 6 inch 3x10, wall sits 4 x 30 sec.
            Problem: no change.
            Shaunté Rollins, PTA
            """,
            ["Z96.651"], [PTA("97110", 18)], [At(Deficit, "97110")]),

        // PCSM "Imp: same" on a 97112 with 1:1, techniques and measures: deficit missing.
        ["v4-h128-pcsm-imp-same"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Jace Wipf
            97112 NMR — 22 min | 1:1 [x]
            Tx: BOSU SL stance w/ ball toss | lat perturbations on the foam pad | hop-and-stick fwd
            Imp: same
            Obj: SLS EC R 10" / L 21" | hop-and-stick 6/10
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // STBF "Why: ongoing." with nothing else naming a deficit: deficit missing; one-on-one, techniques and Berg present.
        ["v4-h128-stbf-why-ongoing"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Harlan Royce — Leticia Fairweather, PTA
            What we worked on: just him and me, one-on-one. Tandem walking with head turns, perturbations at the hips on the foam, and stepping over the cones on my call.
            Why: ongoing.
            How she did: Berg = 46 (43 two weeks ago).
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // NFPS "Deficit: per POC" on a 97112 with the hot pack in PRE: deficit missing; "him and me only", rhythmic stabilisation, half-kneel perturbations and roller reaches, and the perturbation count present.
        ["v4-h128-nfps-deficit-per-poc-97112"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: moist hot pack, prone (97010 — untimed, not in timed total)
            TIMED: 97112 neuromuscular re-education — 22 min
            Him and me only.
            Rhythmic stabilization in quadruped; perturbations in half-kneel; alternate arm and leg reaches lying on the foam roller.
            Deficit: per POC.
            Objective: half-kneel perturbations 8 of 10 held without a shift.
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // STBF prose "she scored 47 of 56 on the Berg, up from 40" and "TUG 11.8 s"; one-on-one; perturbations, tandem, stepping drills; sway: passes.
        ["v5-h128-stbf-berg-47-of-56-and-tug"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Greta Lindahl — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one for the whole balance block. Small pushes at the pelvis while she stood on the foam, tandem walking along the rail with head turns, and quick steps out to the tape marks when I let go of the belt.
            Why: she sways and steps late when the floor gives, and she has stumbled twice on the church-hall carpet since Christmas.
            How she did: she scored 47 of 56 on the Berg, up from 40 when she started; TUG 11.8 s.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCSM "7x out of 10" and "Y-bal composite 91% ↑ from 84%"; 1:1; hop-and-stick, BOSU, cone reactions; dyn valgus: passes.
        ["v5-h128-pcsm-seven-x-out-of-ten-and-composite"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Addie Kjerstad, 16, basketball guard
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL hop-and-stick lat/med | BOSU flat-up SL squats w/ perturbations | reactive cone taps to my calls
            Imp: L dyn valgus on landing, hip/knee proprioception ↓ after the L ACL sprain
            Obj: hop-and-stick L 7x out of 10 | Y-bal composite L 91% (↑ from 84%)
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // PTH PTA 97116 "amb ~200 ft RW CGA → SBA" and "porch ramp 1 rep min A"; gait pattern cues; short R step: passes.
        ["v5-h128-pth-pta-97116-approx-distance-assist-arrow"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: grandson (home from Radford for the week)
            97116 [ 23 ] min
            Tx: gait training w/ rolling walker, bedroom → kitchen → porch, cues for heel strike R and walker 1 step ahead; porch ramp up and down
            Problem: short R step and R knee buckling after the TKA; catches the R toe on the porch threshold
            Assist/Dist: amb ~200 ft RW CGA → SBA; porch ramp 1 rep min A
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 23)], []),

        // BHBR PTA 97116 with gait speed "0.82 m/s" and "6MWT 910 ft"; stamped 10:00–10:11 and 10:17–10:29 = 23 around an O2 HOLD; gait training; hemiparetic gait: passes.
        ["v5-h128-bhbr-pta-97116-speed-and-6mwt"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97116 GAIT TRAINING ▸ START 10:00 ■ STOP 10:11 ▸ START 10:17 ■ STOP 10:29 = 23 MIN
            ⏸ HOLD 10:11 — SpO2 recheck seated, 93% on room air
            Interventions: gait training with the quad cane in the hall and over the threshold strips, cues for L hip and knee flexion in swing.
            Impairment: L hemiparetic gait with circumduction after the R MCA stroke; he catches the L toe on the hay-broker office step.
            Objective: 10MWT 0.82 m/s (0.64 at eval); 6MWT 910 ft with the quad cane, SBA.
            Renata Villalobos, PTA
            """,
            ["I69.354"], [PTA("97116", 23)], []),

        // SHPO 97110 with MMT grades and doses in "3x10 @ 8#" shorthand; R shoulder weakness: passes.
        ["v5-h128-shpo-97110-grades-and-doses"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [x] progressed [ ] new [x] printed — handout #11 v3
            Code / time: 97110 (18 min)
            Performed in clinic: rows 3x10 @ 8#, sidelying ER 3x12 @ 3#, scaption to 90° 3x10 @ 2#, wall slides 2x12.
            Impairment: R rotator cuff weakness after the repair; can't lift the hedge trimmer overhead. ER 4-/5, scaption 3+/5.
            T. Wren, PT, OCS
            """,
            ["M75.121", "Z98.890"], [PT("97110", 18)], []),

        // NFPS 97140 with knee extension "−8°" to "−3°" after; tibiofemoral glides grade III; R knee stiffness; hot pack PRE: passes.
        ["v5-h128-nfps-97140-knee-extension-minus-degrees"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack to the R knee (97010 — untimed, not in timed total)
            TIMED: 97140 manual therapy — 11 min
            Tibiofemoral posterior glides grade III in end-range extension; patellar mobilisation superior and medial; STM to the R popliteus.
            Deficit: R knee extension stiffness after the TKA, he walks with the knee bent picking cherries.
            Objective: R knee ext −8° → −3° after; flexion 112°.
            Gwen Atcitty, PT
            """,
            ["Z96.651", "M25.661"], [PT("97140", 11)], []),

        // HMM OT 97530 car transfer in the frame "mod A → min A" with "25% assist" and a count; sequencing: passes.
        ["v5-h128-hmm-ot-car-transfer-assist-levels"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Henri Morin, 81    Care partner: son Marc
            97530 — 22 min (OT)
            Patient trained: car transfer in the practice car frame — back up until the seat touches the legs, sit, then swing the legs in; "scoot, lean, push" to get out.
            Deficit: sequencing and motor planning with Parkinson's dementia; he tries to step in head first.
            Data: in mod A → min A (about 25% assist); out 4 of 5 trials with one cue.
            Care partner trained: Marc gave "scoot, lean, push" and guarded at the door; return demo correct.
            C. Arsenault, OTR/L
            """,
            ["G20.A1", "F02.B0"], [OT("97530", 22)], []),

        // RSP ditto seconds "SLS EO 20 s / EC 6 s" and "Mini-BESTest 22/28"; 1:1; half-roller, step-outs, PNF; sway on the dock: passes.
        ["v5-h128-rsp-sls-seconds-and-mini-bestest"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 20.03.2026 · retired boatwright, 74 y
            97112 NMR 11.10–11.32 (22') · 1:1
            Tx: stance on the half-roller with head turns; step-outs to the side on cue; PNF rhythmic stabilisation at the pelvis.
            Problem: sway and a late side step on the floating dock; he grabs the piling when a wake comes through.
            Measures: SLS EO 20 s / EC 6 s (R); Mini-BESTest 22/28.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // STBF 97112 whose only numbers are her age and the county route: measure missing; one-on-one, techniques and deficit present.
        ["v5-h128-stbf-only-age-and-route-number"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Alma Pettit, 84, from out on County Route 41 — Bram Oosterhuis, PT
            What we worked on: one-on-one the whole block. Tandem walking with head turns, perturbations at the pelvis on the foam, stepping over the cones when I called a colour.
            Why: delayed stepping reaction and sway with her eyes closed; she tipped over in the dark hallway last month.
            How she did: steadier on the foam than last week, fewer grabs for the rail.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TVH 97112 whose only numbers are a clinic extension and a date: measure missing.
        ["v5-h128-tvh-only-extension-and-date"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Dario Pellegrini, PT
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: X1 viewing standing on foam; walking with head turns; perturbations in tandem.
            Impairment: R vestibular hypofunction with motion-provoked dizziness looking up at the ore-dock gantry.
            Objective: not tested today — recheck 03/25/2026; wife to call ext. 4471 if dizziness worsens.
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CBOSM PTA 97110 exercises with no dose at all: measure missing; hip weakness stated.
        ["v5-h128-cbosm-pta-97110-no-dose"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97110  In 11:05  Out 11:22  SR
            Clamshells with the band, bridges, side-lying hip abduction, step-ups, monster walks.
            Problem: L hip abductor weakness after the THA; she lurches carrying the orchard ladder.
            Shaunté Rollins, PTA
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // PTH 97116 walker walk round the house with no distance or assist level: measure missing.
        ["v5-h128-pth-97116-round-the-house-no-distance"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT, DPT
            97116 [ 24 ] min
            Tx: gait training w/ the rolling walker through the front room, round the woodstove and out the back door; cues for step length and turning wide at the stove
            Problem: shuffling gait and a narrow turn after the hip fracture; she clips the woodbox turning
            Assist/Dist: did well, walked farther than last time
            """,
            ["S72.001D"], [PT("97116", 24)], [At(Measure, "97116")]),

        // BNT Berg "deferred — ran out of room on the schedule" with no other number: measure missing on 97112.
        ["v5-h128-bnt-berg-deferred"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Ervin Stucky, sale-barn auctioneer    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 22 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent. Care partner present: son, watching.
            Certified method: LSVT BIG maximal daily exercises, big steps over the hose line, big turns.
            Problem: hypokinesia and short steps with Parkinson's disease; he shuffles across the sale-ring floor.
            Measures: Berg deferred — ran out of room on the schedule; next visit.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, mismatches, missing separate time

        // BHBR two codes each in stamped split rows with a HOLD: 97112 08:02–08:10 + 08:16–08:31 = 23, 97110 08:33–08:45 = 12; both complete: passes.
        ["v6-h128-bhbr-two-codes-stamped-split"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:02 ■ STOP 08:10 ▸ START 08:16 ■ STOP 08:31 = 23 MIN
            ⏸ HOLD 08:10 — pt to the restroom
            97110 THERAPEUTIC EXERCISE ▸ START 08:33 ■ STOP 08:45 = 12 MIN
            Delivery: 1:1 for the NMR ranges.
            97112: tandem perturbations at the pelvis, foam stance with head turns, stepping over the hurdle row. Impairment: delayed stepping and postural sway since the fall off the boiler-room ladder. Objective: Berg 45/56; 7 of 10 perturbations recovered with one step.
            97110: hip abduction 3 lb 3x12, heel raises 3x15, sit to stand 3x10. Hip abductor and calf weakness.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CBOSM PTA 97110 rows around a restroom trip (1:02–1:13, 1:18–1:30 = 23) and a PT's 97140 row (1:32–1:43 = 11): both match; passes.
        ["v6-h128-cbosm-pta-and-pt-rows"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97110  In 1:02  Out 1:13  BK
              — pt to restroom —
              97110  In 1:18  Out 1:30  BK
              97140  In 1:32  Out 1:43  HL
            97110 (BK): rows with the green band 3x15, wall slides 3x10, sidelying ER 2 lb 3x12.
            97140 (HL): GH posterior glides grade III, STM to the R infraspinatus.
            Problem: R shoulder stiffness and cuff weakness; can't reach the top shelf at the race-pits trailer.
            R shoulder ER 34° → 42° after the glides.
            Heidi Lindqvist, PT / Bryce Kettleman, PTA
            """,
            ["M75.01", "M75.121"], [PTA("97110", 23), PT("97140", 11)], []),

        // NFPS TIMED block between a hot pack and IFC: "97110 — 24 min" and "97140 — 12 min" each on its own line: passes.
        ["v6-h128-nfps-timed-block-between-pre-and-post"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: moist hot pack to the lumbar spine (97010 — untimed, not in timed total)
            TIMED:
              97110 therapeutic exercise — 24 min: bridges 3x15, bird dogs 2x10 each, side planks 3 x 20 sec each side, hip hinge with the dowel 3x10.
              97140 manual therapy — 12 min: central PA glides L4-L5 grade III, STM to the L quadratus lumborum.
            Deficit: L4-5 hypomobility and trunk and hip extensor weakness; can't bend to the cherry lugs.
            Objective: lumbar flexion fingertips 10 inches from the floor (16 at eval).
            POST: IFC (G0283, unattended) to the lumbar spine — untimed, not in timed total
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.50"], [PT("97110", 24), PT("97140", 12)], []),

        // SHPO "CPT | min | units" grid with 97110 | 16 | 1 and 97140 | 10 | 1: passes.
        ["v6-h128-shpo-cpt-min-units-grid"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed [ ] new [ ] printed
            CPT   | min | units
            97110 | 16  | 1
            97140 | 10  | 1
            97110: step-downs off the 6-inch step 3x10, TKE with the band 3x15, wall sits 3 x 30 sec.
            97140: patellar mobilisation superior/inferior, tibiofemoral extension glides grade III.
            Impairment: R knee extension lag and quad weakness after the TKA; can't step down off the golf-cart curb.
            Knee ext −5° (−9° at eval).
            R. Ibarra, PT, DPT
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 16), PT("97140", 10)], []),

        // STBF prose "Time" lines for a PTA's 97112 and an OT's 97530, each its own minutes: passes.
        ["v6-h128-stbf-prose-time-pta-and-ot"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Helen Brandt
            What we worked on (Leticia Fairweather, PTA): one-on-one for the balance work — tandem walking with head turns, perturbations at the pelvis on the foam, stepping over cones on a called colour.
            What we worked on (Joan Pettibone, OTR/L): reaching to the top cupboard and lowering a jar to the counter, carrying a laundry basket 30 ft, standing at the counter to fold towels.
            Why: sway and a late step on soft floors; she can't reach the high shelf of her pantry without holding on.
            How she did: Berg 45 out of 56 (41 last month); basket carried 30 ft with SBA, 6 of 6 reaches without touching the counter.
            Time: Neuromuscular re-education (97112), 23 minutes. Therapeutic activities (97530), 15 minutes.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23), OT("97530", 15)], []),

        // PTH minute boxes for 97116 and 97110: "97116 [ 20 ] min" and "97110 [ 14 ] min": passes.
        ["v6-h128-pth-two-minute-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT, DPT
            97116 [ 20 ] min — gait w/ rollator on the gravel drive to the mailbox and back, cues for step length; ~150 ft x2, SBA
            97110 [ 14 ] min — sit to stand from the kitchen chair 3x10, standing hip abduction 3x12, heel raises 3x15
            Problem: short steps and hip weakness after the fall; she stops to rest halfway to the mailbox
            """,
            ["R26.89", "M62.81"], [PT("97116", 20), PT("97110", 14)], []),

        // RSP "97112 NMR 09.02–09.25 (23')" and "97110 TE 09.25–09.37 (12')": passes.
        ["v6-h128-rsp-two-dotted-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 16.03.2026 · tulip-field foreman, 61 y
            97112 NMR 09.02–09.25 (23') · 1:1
            Tx: half-roller stance with head turns; step-outs backward on cue; tandem walk on the foam strip.
            Problem: late backward step and sway; he tips back stepping over the irrigation pipe.
            Measures: Mini-BESTest 20/28; 7/10 step-outs with one step.
            97110 TE 09.25–09.37 (12')
            Tx: step-ups to a 30 cm box 3×10 with 8 kg; heel raises 3×15. Hip extensor and calf weakness.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], []),

        // BHBR stamps adding to 36 (09:00–09:18, 09:24–09:42) on a 24-minute 97112 line: mismatch.
        ["v6-h128-bhbr-stamps-36-on-24"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:00 ■ STOP 09:18 ▸ START 09:24 ■ STOP 09:42 = 36 MIN
            ⏸ HOLD 09:18 — water break
            Delivery: 1:1 both ranges.
            Interventions: rocker board A/P eyes closed; tandem on foam with ball catches; lateral perturbations at the hips.
            Impairment: R ankle proprioception after the climbing fall at Ten Sleep; he misjudges the first step of the approach trail.
            Objective: rocker A/P EC 9 sec; SLS on foam R 7 sec (L 18).
            Cody Ostrander, PT
            """,
            ["S93.401D"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // CBOSM PTA clipboard rows adding to 12 (2:00–2:05, 2:10–2:17) on a 24-minute 97110 line: mismatch.
        ["v6-h128-cbosm-rows-12-on-24"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97110  In 2:00  Out 2:05  SR
              — pt on phone —
              97110  In 2:10  Out 2:17  SR
            Leg press 70 lb 3x12, step-ups 6 inch 3x10, clamshells with the band 3x15.
            Problem: R quad and glute weakness after the R TKA; she can't climb the orchard-ladder rungs.
            Shaunté Rollins, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 24)], [At(Mismatch, "97110")]),

        // PTH PTA box "[ 30 ]" on an 18-minute 97116 line: mismatch.
        ["v6-h128-pth-pta-box-30-on-18"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97116 [ 30 ] min
            Tx: gait training w/ the quad cane from the front room to the porch and down the 3 porch steps, step-to pattern w/ the rail
            Problem: L knee buckling and short L step after the stroke
            Assist/Dist: ~90 ft quad cane CGA; 3 steps w/ rail min A
            """,
            ["I69.354"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // STBF prose "thirty-five minutes" on a 23-minute 97112 line: mismatch; otherwise complete.
        ["v6-h128-stbf-thirty-five-on-23"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Floyd Ackerly — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one. Perturbations on the foam, tandem walking with head turns, stepping-strategy drills off the belt release.
            Why: slow stepping and sway since he slipped in the Cornell dairy barn.
            How she did: Berg 43 out of 56; got a foot out on six of ten releases.
            Time: Neuromuscular re-education (97112), thirty-five minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // BHBR "TIME IN 13:00 / TIME OUT 13:41" banner only, no stamps per code, on 97112 + 97116: separate time missing.
        ["v6-h128-bhbr-time-in-out-banner-only"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            TIME IN 13:00 / TIME OUT 13:41
            (stamps not captured — tablet died)
            97112 NEUROMUSCULAR RE-ED: 1:1. Foam tandem with head turns, perturbations at the pelvis, stepping over the hurdle row. Postural control and slow stepping after the fall at the sugar factory. Berg 46/56.
            97116 GAIT TRAINING: quad cane in the hall and over the threshold strips, cues for heel strike R. R foot drop. 300 ft SBA.
            Joel Akiyama, PT
            """,
            ["R26.81", "M21.371"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // NFPS "TIMED: 37 min — 97110 and 97140" over two codes (traction in POST): separate time missing.
        ["v6-h128-nfps-timed-37-over-two-codes"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            PRE: hot pack to the neck (97010 — untimed, not in timed total)
            TIMED: 37 min — 97110 and 97140
            97110: chin tucks 3x10, rows with the red band 3x15, prone Y's 2x10.
            97140: unilateral PA glides C5-6 R grade III, suboccipital release.
            Deficit: R cervical rotation stiffness and deep neck flexor weakness; he can't check his blind spot hauling cattle.
            Objective: cervical rotation R 48° → 58° after.
            POST: mechanical cervical traction (97012) — untimed, not in timed total
            Gwen Atcitty, PT
            """,
            ["M54.2"], [PT("97110", 25), PT("97140", 12)], [SepTime]),

        // CBOSM 97110 row with its time and a 97530 row with the Out cell blank: separate time missing.
        ["v6-h128-cbosm-out-cell-blank-97530"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — West Richland
            CLIPBOARD (typed in):
              97110  In 10:00  Out 10:22  BK
              97530  In 10:25  Out ____  BK
            97110: leg press 60 lb 3x12, side-lying hip abduction 3x12, step-ups 6 inch 3x10.
            97530: lifting a ladder-rung crate from the floor to the bench 8x, carrying it 40 ft 3 trips, kneeling to the lowest shelf 5x SBA.
            Problem: R hip weakness after the THA; the retired ladder maker can't kneel to his bottom shelf.
            Bryce Kettleman, PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 22), PTA("97530", 12)], [SepTime]),

        // PCSM two codes, minutes for only the 97112: separate time missing.
        ["v6-h128-pcsm-second-code-no-minutes"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Sam Wipf, 22, rodeo team
            97112 NMR — 22 min | 1:1 [x]
            Tx: BOSU SL perturbations | hop-and-stick lat | reactive cone taps
            Imp: R ankle proprioception ↓ after the sprain coming off the bronc
            Obj: SLS EC R 9" / L 23" | hop-and-stick 7/10
            97110 TE
            Tx: calf raises 3x15 @ 25# | banded eversion 3x20 | SL RDL 3x10
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a 97112 and 97116 visit with a diagnosis (the stamps never exported): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h128-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces and line breaks only on an OT's 97530: note missing only.
        ["v7-h128-spaces-and-line-breaks-ot-97530"] = new(
            "  \n \n\n   ",
            ["I69.351"], [OT("97530", 24)], [At(NoteMissing, "97530")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h128-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 18)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning: step-downs, lateral band walks and bridges with doses (technique and measure), L knee and hip weakness (deficit): passes.
        ["v7-h128-rsp-97110-step-downs-band-walks"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 19.03.2026 · retired ferry purser, 69 y
            97110 TE 15.00–15.17 (17')
            Tx: lateral step-downs off a 20 cm step 3×10; lateral band walks with the green band 3 × 10 steps each way; bridges 3×15 with a 2 s hold at the top.
            Problem: L knee and hip weakness after the TKA; he lowers himself down the gangway stairs one step at a time.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 17)], []),

        // 97530's meaning: a laundry basket from dryer to table and folding at the counter, with assistance and counts (technique and measure), standing tolerance and dynamic balance in tasks (deficit): passes.
        ["v7-h128-tvh-ot-97530-laundry-dryer-to-table"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 23 min
            Treatment: unloading the dryer into a basket, carrying the basket to the folding table, folding and stacking towels standing at the counter.
            Impairment: poor dynamic standing balance and L arm weakness in two-handed tasks after the R MCA stroke; she leans on the dryer to reach in.
            Objective: basket carried 25 ft with CGA (min A last week); 10 towels folded standing, one seated rest.
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // 97140's meaning: Mulligan SNAGs to C5-6 and STM to the levator (technique), R cervical rotation stiffness (deficit), degrees (measure): passes.
        ["v7-h128-nfps-97140-snags-and-levator"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Cedaredge)
            PRE: hot pack to the neck (97010 — untimed, not in timed total)
            TIMED: 97140 manual therapy — 11 min
            Mulligan SNAGs for R rotation at C5-6, 3 sets of 6; STM to the R levator scapulae and upper trapezius.
            Deficit: R cervical rotation stiffness; she can't turn to back the peach truck out of the packing shed.
            Objective: cervical rotation R 46° → 57° after.
            Gwen Atcitty, PT
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // 97116's meaning: a rollator on the gravel drive and the porch ramp with distance and assistance (technique and measure), a shuffling gait after a hip fracture (deficit): passes.
        ["v7-h128-pth-97116-rollator-gravel-and-ramp"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: neighbour (Mrs. Goad, brought the mail)
            97116 [ 22 ] min
            Tx: gait training w/ the rollator on the gravel drive and up and down the porch ramp, cues for heel strike and brakes on the slope
            Problem: shuffling gait and poor clearance after the L hip fracture; she catches the rollator wheel in the gravel
            Assist/Dist: ~180 ft gravel SBA; ramp x2 CGA
            """,
            ["S72.002D"], [PT("97116", 22)], []),

        // HMM wholly generic 97112: "Care partner training completed. Tolerated well. Continue POC." — no technique, deficit, number or one-on-one statement.
        ["v7-h128-hmm-generic-care-partner-training"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (South Portland)
            97112 — 22 min
            Patient trained: balance training.
            Care partner trained: care partner training completed.
            Tolerated well. Continue POC.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SHPO wholly generic 97110: "HEP reviewed. Exercises per flowsheet. Pt tolerated well." — nothing named.
        ["v7-h128-shpo-generic-hep-reviewed"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [ ] progressed [ ] new [ ] printed
            Code / time: 97110 (16 min)
            Performed in clinic: exercises per flowsheet. Pt tolerated well. Continue POC.
            K. Ashdown, PTA
            """,
            ["M25.561"], [PTA("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // BHBR generic two codes with only a TIMED TOTAL: nothing named for either code and no minutes for each.
        ["v7-h128-bhbr-generic-two-codes-timed-total"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            Therapeutic exercise and gait training per plan of care. Patient tolerated treatment well. Continue plan of care.
            TIMED TOTAL: 36 MIN
            """,
            ["R26.89"], [PT("97110", 24), PT("97116", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // ---------------------------------------------------------------- ordinary notes

        // RSP Friday Harbor 97112 (1:1; half-roller, step-outs; sway on the ferry; Mini-BESTest) with "06.25 sailing", 1.71 m and 64 kg: passes.
        ["vord-h128-rsp-kayak-guide-nmr"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 18.03.2026 · kayak guide, 47 y, 1.71 m, 64 kg
            97112 NMR 08.40–09.03 (23') · 1:1
            S: came over on the 06.25 sailing; no falls on the dock since 02.03.
            Tx: stance on the half-roller with paddle-stroke trunk rotation; step-outs forward and to the L on cue; perturbations at the pelvis in stride stance.
            Problem: impaired postural control on moving surfaces after the concussion; she sways stepping into the kayak.
            Measures: Mini-BESTest 22/28 (19 at intake); 8/10 step-outs with a single step.
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 23)], []),

        // BNT Salina PTA 97116 (big steps cued, metronome at 104 bpm; short steps; distance and cadence): passes.
        ["vord-h128-bnt-pta-97116-metronome"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Dale Koehn    Clinician: Cody Ebert, PTA
            97116: 18 minutes
            Certified method: gait training to the metronome at 104 bpm with the "big step" cue, turning wide around the cones, walking through the doorway without stopping.
            Problem: short shuffling steps and freezing at doorways with Parkinson's disease.
            Measures: 400 ft without a freeze, SBA; step length 52 cm with the cue.
            """,
            ["G20.A1"], [PTA("97116", 18)], []),

        // BNT OT 97530 (bed mobility and getting up from the recliner; hypokinesia; assist level and counts): passes.
        ["vord-h128-bnt-ot-recliner-and-bed"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Martha Regier    Clinician: Marisol Quintanilla, OTR/L
            97530: 24 minutes
            Certified method: LSVT BIG-based functional tasks — rolling and sitting up from the mat with big movements, standing from the recliner with a big rock forward, reaching big to the top shelf.
            Problem: hypokinesia and slow transfers with Parkinson's disease; she gets stuck in the recliner.
            Measures: recliner to stand 5 of 5 with SBA (min A at eval); supine to sit 8 sec.
            """,
            ["G20.A1"], [OT("97530", 24)], []),

        // TVH Hibbing PTA 97112 + 97110 (1:1; foam, perturbations; ataxia; Berg; doses) with the education grid: both match: passes.
        ["vord-h128-tvh-pta-nmr-and-ther-ex"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (HIBBING)
            NEURO OP DAILY NOTE — Brianna Kuusisto, PTA
            97112 — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: foam tandem with head turns; lateral perturbations at the pelvis; stepping over the hurdle row on my call.
            Impairment: L limb ataxia and postural sway after the cerebellar stroke.
            Objective: Berg 44/56 (40 at eval).
            97110 — 12 min
            Treatment: sit to stand 3x10, step-ups 6 inch 3x10, hip abduction 2 lb 3x12. L hip and quad weakness.
            EDUCATION
            Learner | Method | Response
            Patient | demo + handout #4: sit to stand at the kitchen table | return demo correct
            """,
            ["I69.393"], [PTA("97112", 23), PTA("97110", 12)], []),

        // TVH OT 97530 (dressing with a reacher after a hip fracture; sock aid; assist and time): passes.
        ["vord-h128-tvh-ot-dressing-reacher"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (DEER RIVER)
            NEURO OP DAILY NOTE — Mae Lindqvist, OTR/L
            97530 — 22 min
            Treatment: lower-body dressing at the edge of the mat with the reacher and sock aid, standing to pull up pants at the walker.
            Impairment: limited hip flexion and standing balance with posterior hip precautions after the R hip ORIF.
            Objective: LB dressing min A → SBA; socks on with the sock aid 2 of 2.
            EDUCATION
            Learner | Method | Response
            Daughter | demo: hip precautions with the reacher | teach-back correct
            """,
            ["S72.001D"], [OT("97530", 22)], []),

        // SHPO Meridian 97112 (1:1 in the code line; BOSU, SL catches, star excursion; ankle proprioception; Y-balance) with app log "6 of 7 days": passes.
        ["vord-h128-shpo-ankle-nmr-app-log"] = new(
            """
            Sawtooth Home Program Orthopedics — Meridian
            HEP: [x] reviewed [x] progressed [ ] new [ ] printed — app log: 6 of 7 days
            Code / time: 97112 (22 min) — 1:1 the whole NMR time
            Performed in clinic: BOSU dome-up single-leg stance with perturbations; single-leg stance on foam catching a ball tossed wide; star-excursion reaches on the L.
            Target: L ankle proprioception after the sprain on the stadium sideline; she rolls it on the sprinkler heads.
            Data: Y-balance anterior reach L 60 cm / R 67 cm; SLS EC L 9 sec.
            R. Ibarra, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // SHPO PTA 97110 (hip OA; doses; handout #14) with the grandmother's twins: passes.
        ["vord-h128-shpo-pta-hip-oa-twins"] = new(
            """
            Sawtooth Home Program Orthopedics — Eagle
            HEP: [x] reviewed [x] progressed [ ] new [x] printed — handout #14
            Code / time: 97110 (19 min)
            Performed in clinic: sit to stand from a low chair 3x10, side-lying hip abduction 3x12 with 2 lb, bridges 3x15, standing hip extension with the yellow band 3x12.
            Impairment: R hip OA with abductor weakness; she can't get up off the floor after playing with her twin grandsons, age 3.
            J. Marchetti, PTA
            """,
            ["M16.11"], [PTA("97110", 19)], []),

        // HMM PTA 97116 (Westbrook loop with the laser cane; freezing; distance and freezes): passes.
        ["vord-h128-hmm-pta-97116-laser-cane-loop"] = new(
            """
            Harborlight Memory and Movement — Westbrook Adult Day, hallway loop
            Patient: Bernard Levesque, 84, retired millwright    Care partner: adult-day aide
            97116 — 19 min
            Patient trained: gait training round the hallway loop with the laser cane's line, stepping over it at each doorway; wide turns at the corners.
            Deficit: freezing at doorways and short shuffling steps.
            Data: 2 loops (about 300 ft each) with 1 freeze (4 last week), SBA.
            Care partner trained: aide practised turning the laser on at the doorway.
            W. Brannigan, PTA
            """,
            ["G20.A1"], [PTA("97116", 19)], []),

        // HMM 97112 + OT 97530 (one-on-one PT part; PWR! Moves; freezing; TUG; OT bathroom routine with assist level): both match: passes.
        ["vord-h128-hmm-nmr-and-ot-bathroom"] = new(
            """
            Harborlight Memory and Movement — Care Partner Training Program (practice apartment)
            Patient: Cecile Poulin, 80    Care partner: husband Gilles
            97112 — 22 min (PT)    One-on-one (Y/N): Y
            Patient trained: PWR! Step and PWR! Twist, weight shift before turning, stepping over the floor tape at the bathroom door.
            Deficit: freezing at the bathroom threshold and turning en bloc.
            Data: TUG 15.1 sec (18.3 at intake).
            97530 — 16 min (OT)
            Patient trained: toilet transfer with the grab bar and getting in and out of the mock tub with the bench; "scoot, lean, push".
            Deficit: sequencing with Parkinson's dementia; she sits before she reaches the bench.
            Data: tub bench transfer min A → CGA; toilet transfer SBA 3 of 3.
            Care partner trained: Gilles guarded at the belt; return demo correct.
            H. Tanabe, PT / C. Arsenault, OTR/L
            """,
            ["G20.A1", "F02.80"], [PT("97112", 22), OT("97530", 16)], []),

        // BHBR Greybull 97140 + 97110 stamped rows with an ice HOLD between: 97140 14:00–14:11 = 11, 97110 14:15–14:38 = 23: passes.
        ["vord-h128-bhbr-manual-and-ther-ex-stamped"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97140 MANUAL THERAPY ▸ START 14:00 ■ STOP 14:11 = 11 MIN
            ⏸ HOLD 14:11 — ice pack swapped to the R shoulder (not treatment)
            97110 THERAPEUTIC EXERCISE ▸ START 14:15 ■ STOP 14:38 = 23 MIN
            97140: GH posterior and inferior glides grade III, STM to the R pec minor.
            97110: pulleys 3x15, wand flexion 3x12, rows with the red band 3x15, sidelying ER 2 lb 3x12.
            Impairment: R shoulder stiffness and cuff weakness; the mechanic can't reach up into the wheel well.
            Objective: R shoulder flexion 128° → 136° after the glides.
            Cody Ostrander, PT
            """,
            ["M75.01"], [PT("97140", 11), PT("97110", 23)], []),

        // BHBR PTA 97116 (walker to cane; stamped single range 11:05–11:27 = 22; distance and assist): passes.
        ["vord-h128-bhbr-pta-97116-single-range"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97116 GAIT TRAINING ▸ START 11:05 ■ STOP 11:27 = 22 MIN
            Interventions: gait training walker to single-point cane in the hall, over the threshold strips and up and down the 4-step practice stair with the rail.
            Impairment: antalgic gait and R hip weakness after the THA.
            Objective: 250 ft with the cane SBA; stairs step-through with the rail CGA.
            Renata Villalobos, PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 22)], []),

        // CBOSM Pasco PTA 97530 (lifting and carrying lugs; rows 3:30–3:41 and 3:45–3:56 = 22): passes.
        ["vord-h128-cbosm-pta-97530-lugs"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Pasco
            CLIPBOARD (typed in):
              97530  In 3:30  Out 3:41  SR
              — pt to restroom —
              97530  In 3:45  Out 3:56  SR
            Lifting a cherry lug from the floor to the sorting table 10x with a hip hinge, carrying it 50 ft 4 trips, reaching to the top bin 8x.
            Problem: low back pain and hip hinge control after the lifting strain; she needs to get back on the packing line.
            Floor-to-table lift 20 lb 10 of 10 with good form; carries SBA.
            Shaunté Rollins, PTA
            """,
            ["S39.012D"], [PTA("97530", 22)], []),

        // CBOSM Kennewick PT 97110 + 97140 rows (8:05–8:28 = 23, 8:30–8:41 = 11): passes.
        ["vord-h128-cbosm-pt-knee-rows"] = new(
            """
            Columbia Basin Orthopaedics & Sports Medicine — Kennewick
            CLIPBOARD (typed in):
              97110  In 8:05  Out 8:28  AV
              97140  In 8:30  Out 8:41  AV
            97110: stationary bike seat to 8, quad sets 3x10 with 5 sec holds, heel slides 3x15, step-ups 4 inch 3x10.
            97140: patellar mobilisation, tibiofemoral flexion glides grade III, STM to the quads.
            Problem: L knee flexion stiffness and quad weakness after the TKA.
            L knee flexion 98° → 105° after.
            Anil Varma, PT, OCS
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23), PT("97140", 11)], []),

        // NFPS PTA 97112 + 97110 with hot pack PRE and IFC POST: passes.
        ["vord-h128-nfps-pta-nmr-and-ther-ex"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Paonia)
            PRE: hot pack to the lumbar spine (97010 — untimed, not in timed total)
            TIMED:
              97112 neuromuscular re-education — 23 min — him and me only: TrA drawing-in with the pressure cuff, quadruped rhythmic stabilization, tall-kneel perturbations.
              97110 therapeutic exercise — 12 min: bridges 3x15, dead bugs 2x10, side-lying hip abduction 3x12.
            Deficit: delayed deep trunk recruitment and lumbopelvic control lost when he reaches; hip weakness.
            Objective: pressure cuff held at 40 mmHg for 8 of 10 reps; tall-kneel perturbations 7 of 10 held.
            POST: IFC (G0283, unattended) — untimed, not in timed total
            Trisha Ballard, PTA
            """,
            ["M54.50"], [PTA("97112", 23), PTA("97110", 12)], []),

        // NFPS 97110 (thoracic and scapular exercises; doses; posture) with the pain-procedure schedule beside: passes.
        ["vord-h128-nfps-ther-ex-after-injection"] = new(
            """
            North Fork Pain & Spine Center — PT Service (Hotchkiss)
            Dr. Fenn's facet injection scheduled 03/26 — PT to hold the visit the day of.
            PRE: hot pack to the thoracic spine (97010 — untimed, not in timed total)
            TIMED: 97110 therapeutic exercise — 19 min: prone Y's and T's 2x10, thoracic extension over the foam roll 2x10, rows with the green band 3x15, chin tucks 3x10.
            Deficit: thoracic kyphosis and scapular retractor weakness; aching by noon at the sale-barn desk.
            Lorenzo Pacheco, PT, DPT
            """,
            ["M54.6"], [PT("97110", 19)], []),

        // STBF Corning 97112 (one-on-one with the grandson in the chairs; prose Berg and trials): passes.
        ["vord-h128-stbf-grandson-in-the-chairs"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Emmett Karl, 88 — Bram Oosterhuis, PT
            What we worked on: one-on-one; his grandson waited in the chairs. Stepping-strategy drills off the belt release, tandem walking with head turns, perturbations on the foam.
            Why: he steps late and falls backward; two falls on the porch steps this winter.
            How she did: Berg = 41 (36 at start); got a foot back in time on 6 of 10 releases.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // STBF OT 97530 (reaching and carrying in the kitchen; balance in tasks; counts): passes.
        ["vord-h128-stbf-ot-kitchen-reaching"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Ida Burdick — Joan Pettibone, OTR/L
            What we worked on: reaching to the top cupboard and down to the oven drawer, carrying a casserole dish from the counter to the table, and unloading the dishwasher standing.
            Why: she loses her balance reaching overhead and bending low; she has stopped cooking for her church circle.
            How she did: 8 of 8 reaches without grabbing the counter; carried the dish 12 ft with SBA.
            Time: Therapeutic activities (97530), 21 minutes.
            """,
            ["R26.81"], [OT("97530", 21)], []),

        // PCSM Brookings 97110 + 97140 shorthand (doses, ROM, shoulder): passes.
        ["vord-h128-pcsm-shoulder-te-and-mt"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Cole Brekke, 21, SDSU pitcher
            97110 TE — 16 min | 97140 MT — 10 min
            TE: sidelying ER 3x15 @ 3# | prone Y/T 2x12 | rows 3x12 @ 40#
            MT: GH posterior glides gr III | sleeper stretch w/ OP | STM infraspinatus
            Imp: R GIRD and posterior cuff weakness, ER 4-/5
            Obj: IR 42° → 51° after MT
            """,
            ["M25.611", "M75.101"], [PT("97110", 16), PT("97140", 10)], []),

        // PCSM Yankton PTA 97112 (1:1 [x]; BOSU, hops; knee proprioception; hop counts): passes.
        ["vord-h128-pcsm-pta-nmr-bridge-painter"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Rita Heine, 51, bridge painter
            97112 NMR — 23 min | 1:1 [x]
            Tx: tandem on the foam beam w/ head turns | BOSU SL perturbations | step-downs to a stick on the foam
            Imp: L knee proprioception ↓ after the meniscectomy, wobbles on the scaffold ladder
            Obj: SLS EC L 8" / R 19" | step-down-and-stick 7/10
            """,
            ["S83.242D"], [PTA("97112", 23)], []),

        // PTH Galax PTA 97112 (one-on-one; henhouse step; tandem seconds) with house number and the rooster: passes.
        ["vord-h128-pth-pta-henhouse-step"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, 1148 Fries Rd, Galax    Clinician: Darnell Hash, PTA
            Present: daughter (in the yard w/ the rooster)
            97112 [ 22 ] min — one-on-one on the back porch
            Tx: tandem stance at the rail w/ head turns; stepping up onto a 7-inch block and holding; perturbations at the hips on the door mat
            Problem: postural sway and proprioceptive loss in the feet; she misjudges the henhouse step
            Assist/Dist: tandem 10 sec; 4 of 5 step-up holds w/o a hand on the rail
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // PTH OT 97530 (canning at the stove; standing balance and UE endurance; assist and counts): passes.
        ["vord-h128-pth-ot-canning-chow-chow"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            97530 [ 24 ] min
            Tx: standing at the stove to stir the chow-chow, lifting filled pint jars into the canner rack, carrying the jar tray to the table
            Problem: poor standing tolerance and L arm weakness after the stroke; she has to sit before the batch is done
            Assist/Dist: stood 6 jars' worth SBA; 12 jars lifted into the rack w/ L hand assisting
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // PTH PT 97116 + 97110 boxes (kindling porch; distances; doses): passes.
        ["vord-h128-pth-gait-and-ther-ex-kindling-porch"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            97116 [ 18 ] min — gait w/ the cane from the kitchen to the kindling pile and back, cues for heel strike; ~120 ft x2 SBA; porch steps x4 w/ rail CGA
            97110 [ 13 ] min — sit to stand 3x10, standing hip abduction 3x12, heel raises 3x15, step-ups onto the 7-inch porch step 2x8
            Problem: R hip weakness and short R step after the THA
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18), PT("97110", 13)], []),

        // RSP Mount Vernon PTA 97110 (metric loads; knee): passes.
        ["vord-h128-rsp-pta-bulb-sorter-knee"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            T. Wierzbicki, PTA · 17.03.2026 · tulip-bulb sorter, 58 y
            97110 TE 13.15–13.34 (19')
            Tx: leg press 50 kg 3×12; step-ups to a 20 cm box 3×10; wall sits 3 × 30 s; terminal knee extension with the band 3×15.
            Problem: R quad weakness after the patellar fracture; she can't squat to the lowest bulb crate.
            """,
            ["S82.001D"], [PTA("97110", 19)], []),

        // TVH complete 97112 (1:1; X1; vestibular; DGI) on a claim with no diagnosis code: diagnosis missing only.
        ["vord-h128-tvh-complete-no-diagnosis"] = new(
            """
            TAMARACK VALLEY HEALTH — OUTPATIENT NEURO REHABILITATION (GRAND RAPIDS)
            NEURO OP DAILY NOTE — Solveig Haugen, PT, DPT, NCS
            97112 — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: X1 viewing standing on foam; walking with head turns; tandem perturbations.
            Impairment: L vestibular hypofunction with gaze instability.
            Objective: DGI 18/24 (14 at eval).
            """,
            [], [PT("97112", 22)], [Dx]),

        // BNT complete 97112 (individual; LSVT BIG; hypokinesia; TUG) on a claim whose diagnosis is the old ICD-9 "332.0": diagnosis not well formed.
        ["vord-h128-bnt-complete-icd9-diagnosis"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Vernon Unruh    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: LSVT BIG maximal daily exercises and big steps over the hose line.
            Problem: hypokinesia and short steps with Parkinson's disease.
            Measures: TUG 12.9 sec.
            """,
            ["332.0"], [PT("97112", 23)], [Dx]),

        // SHPO complete 97140 (Mulligan MWM; ankle stiffness; knee-to-wall) whose "Code / time" says 24 on a 12-minute line: mismatch.
        ["vord-h128-shpo-complete-minutes-differ"] = new(
            """
            Sawtooth Home Program Orthopedics — Boise Bench
            HEP: [x] reviewed [ ] progressed [ ] new [ ] printed
            Code / time: 97140 (24 min)
            Performed in clinic: Mulligan mobilisation with movement for DF, 3 sets of 10; talocrural posterior glides grade III.
            Impairment: R ankle dorsiflexion stiffness after the sprain.
            Knee-to-wall R 7 cm → 10 cm after.
            T. Wren, PT, OCS
            """,
            ["S93.401D"], [PT("97140", 12)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
