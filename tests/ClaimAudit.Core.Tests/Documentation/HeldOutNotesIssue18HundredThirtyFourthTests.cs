using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind after the hundred-and-thirtieth to hundred-and-thirty-third
/// sets were worked through) is the next week (30 March – 3 April 2026) of the same clinics and writers as those four
/// sets, in their styles and with new patients, new days and new wording within the same templates: the
/// hundred-and-twenty-eighth and hundred-and-twenty-ninth sets' clinics (one-line heads with dotted ranges and prime
/// minutes, stamped START / STOP rows, pipe shorthand with "1:1 [x]", home-visit minute boxes, the visit narrative, the
/// activity log with its timers, the owner's slash shorthand and the geriatric visit with its screens), visits treating
/// two or three problems in sections per region or referral, adjuncts and cash services written beside billed timed
/// codes, and progress reports, recertifications and discharges that also bill treatment. No style is new; the set
/// measures how the analyzer does on styles it has already seen, with notes it has not. About two thirds are ordinary
/// and complete (71 of 107), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit,
/// a PT's and a PTA's or an OT's code on one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>from the hundred-and-thirtieth set's clinics: Rosario Strait Physiotherapy (RSP: Anacortes, Mount Vernon and
/// Friday Harbor, Washington; "97112 NMR 09.05–09.28 (23')", "Setting:", "Tx:", "Problem:", "Measures:", day-first
/// dotted dates and metric loads): Jonas Brenner, Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz Wierzbicki
/// (PTA); Big Horn Basin Regional Hospital — Outpatient Rehabilitation (BHBR: Worland, Thermopolis and Greybull,
/// Wyoming; "▸ START ■ STOP … = 23 MIN" rows): Maren Thorsby, Joel Akiyama, Cody Ostrander (PTs) and Renata Villalobos
/// (PTA); Prairie Coteau Sports Medicine (PCSM: Brookings and Yankton, South Dakota; pipes, "Imp:", "Obj:"): Jens
/// Halvorsen and Maya Two Bulls (PTs) and Tate Kloster (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and
/// Wytheville, Virginia; "Visit at:", "Present:" and minute boxes): Rhonda Sizemore (PT), Darnell Hash and Kaylee
/// Quesenberry (PTAs) and Lorena Bowman (OTR/L); Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning and
/// Ithaca, New York; the visit narrative): Naomi Castellucci and Bram Oosterhuis (PTs), Leticia Fairweather (PTA) and
/// Joan Pettibone (OTR/L); Tuscarawas Valley Medical Center (TVMC: New Philadelphia, Dover and Sugarcreek, Ohio; the
/// activity log with "timer started / stopped"): Renee Stutzman and Tom Gerber (PTs) and Ben Oyelaran (PTA);
/// Thermopolis Physical Therapy (TPT: Thermopolis and Worland; "tx/ why/ #s/" and "97112/97140 = 23/11 min"): Russ
/// Ekberg (PT) and Jolene Sandoval (PTA); and Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted
/// Living in Ponca City; "CST GERI VISIT" with falls, orthostatics and "1:1: Y"): Loretta Haskins and Bao Tran (PTs)
/// and Renata Holloway (OTR/L);</item>
/// <item>from the hundred-and-thirty-first set's multi-problem clinics: Tri-Rivers Multispecialty Clinic (TRMC:
/// Paducah, Mayfield and Murray, Kentucky; "PROBLEM #1 — …" sections with "97112 — 23 min" on an indented line and
/// "***" wildcards): Naomi Achterberg, Lionel Fairweather (PTs) and Brandi Oyelaran (PTA); St. Columba Memorial
/// Hospital (SCMH: Marquette, Ishpeming and Negaunee, Michigan; "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", the
/// attendance row and "Completed by:"): Tove Lindqvist, Gabe Niemi (PTs), Rosalind Kivela (PTA) and Marit Salo
/// (OTR/L); and Quarry Hill Physical Therapy (QHPT: Barre and Montpelier, Vermont; "Re: … — 97112, 23 min", dotted
/// leaders and a "☐ PT ☒ PTA" row): Jonah Pelletier, Mireille Gagnon (PTs) and Travis Lamoureux (PTA);</item>
/// <item>from the hundred-and-thirty-second set's adjunct clinics: Black Hills Sports &amp; Spine (BHSS: Spearfish,
/// Sturgis and Belle Fourche; "Service | By | Time" rows and the "RECOVERY BAR — cash, not billed" block with dry
/// needling, cupping, kinesio tape and compression boots): Tessa Lindahl, Grady Two Bulls (PTs), Mikayla Schade (PTA)
/// and Noah Fergen (ATC); River Bend Chiropractic &amp; Physical Therapy (RBC: Muscatine, Wilton and West Liberty, Iowa;
/// "Who: [X] PT", "One-on-one: (Y) / N", "97112 x 23 min", the DC's line, the CA's IFC and the HydroMassage bed): Jana
/// Kruse, Luis Medrano (PTs) and Becca Ehlers (PTA); and Blue Mountain Regional Hospital (BMRH: Pendleton, Hermiston
/// and Milton-Freewater, Oregon; "[97112] Neuromuscular re-ed — 24 min — M. Ashby PT", the Delivery box row and the
/// MODALITY ROOM line): Marguerite Ashby, Felipe Orozco (PTs), Dawn Hollister (PTA) and Samantha Whitecrane
/// (OTR/L);</item>
/// <item>from the hundred-and-thirty-third set's report clinics: Kaskaskia River Medical Center (KRMC: Carlyle, Breese
/// and Highland, Illinois; "PT PROGRESS NOTE / RE-EVALUATION", the IE | LAST PR | TODAY grid and "TREATMENT TODAY —
/// CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN"): Miriam Okafor, Trent Hollis (PTs) and Renata Quist (OTR/L); Marshside
/// Physical Therapy &amp; Balance (MPT: Brunswick, St. Simons Island and Darien, Georgia; the WebPT-style progress report
/// with its "Billing:" line, the Raintree-style recertification grid "CPT | Description | Min" and the owner's discharge
/// summary): Colleen Drayton, Jamal Whitfield (PTs) and Ashlyn Pruitt (PTA); and Cottonwood Creek Health &amp;
/// Rehabilitation (CCHR, Meridian Rehab Partners: "PART B PROGRESS REPORT (10th treatment day)", the LTG table and
/// "SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 23 min"): Gil Archuleta, Dolores Vang (PTs),
/// Kurt Engebretsen (PTA) and Farah Nadeem (OTR/L).</item>
/// </list>
/// This week's people: a ferry ticket agent, a towboat deckhand, a barrel racer, a tulip-field crew lead, a retired kayak
/// guide, a dairy herdsman, a sugar-beet hauler, a sousaphone player, a high jumper, a steeplechaser, a retired ferry
/// mechanic, a hay-wagon rancher, a school-bus driver, a melon grower, a hog farmer, a woman who judges rabbits at the
/// fair, a sweetgrass-basket seller, a net caster off the bow and residents at bingo and the coffee urn — with a husband
/// in the van, a daughter-in-law on the phone, a granddaughter filming the home program, a son reading in the lobby, a
/// sister, a wife in the kitchen, a roommate at the beauty shop, an aide, an ATC, a chiropractor and a CA.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "____", "***" and an unanswered "Y / N" state nothing, a box is read as ticked or not and a circled (Y) as
/// answered, a time stamp on a log line and a report's earlier columns are never a code's minutes, a section on hold or
/// discharged states nothing about today, what an aide, an ATC, a chiropractor or a CA did is not the billed service,
/// and a branded programme's level never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h134-…): one-on-one in these writers' own words ("1:1 — she had me to herself in the back room; her
/// husband waited in the van", "Undivided attention — Lionel and Mr. Yarbrough only, for the dizziness work", "she was
/// my only patient on the turf for the billed block", "One-on-one with this therapist for the entire neuro re-ed; her
/// granddaughter filmed the home program on her phone", "Resident seen 1:1 at the rail in her room; her roommate was
/// down at the beauty shop", "1:1; daughter-in-law on the phone in the kitchen the whole visit"), notes that negate it
/// (a PTA who "worked her in the parallel bars alongside Mr. Maki, cueing them both", "Ran the hurdle drills as a pair
/// with Mrs. Couture", "two at the foam stations — Mr. Cree and this patient, alternating sets") or never state it (a
/// recertification with no delivery word), and the codes without a one-on-one check: an OT's 97530 at a dining-room
/// table of three residents and a PTA's 97110 beside an athlete on the next rack;</item>
/// <item>class 2 (v2-h134-…): checkbox and blank-field states ("Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing
/// ticked, "Individual [X]" with the aide's paraffin after, "One-on-one: (Y) / N" circled and "Y / N" with neither,
/// "Measures: ***" with the other problem on hold, "[X] Individual" on a progress note, "Deficit addressed: ________",
/// "Delivery: ___________", a dotted leader "97140 ........ ___ mins", a row's "1:1 ☒" beside a cash row's "Billed ☐
/// Cash ☒", "Imp: ____");</item>
/// <item>class 3 (v3-h134-…): named programmes and methods as techniques (Cyriax transverse friction massage, the Otago
/// balance retraining items, Rock Steady-style boxing combinations, LSVT BIG maximal daily exercises and functional
/// component tasks, the CO-OP approach for an OT's kitchen tasks, Mulligan SNAGs and NAGs, Pilates reformer work,
/// metronome-cued gait at a set cadence, Stanish eccentric decline squats), the contract company's branded "Meridian
/// Balance Pathway, Level 3, per company protocol" as the only technique and a Stanish protocol "per the handout" with
/// no dose;</item>
/// <item>class 4 (v4-h134-…): deficits stated as findings (feet that feel like packing foam on a towboat deck, a woman
/// who tips downwind in the parking lot, a net caster who loses his footing turning his head, a hand that overshoots
/// the rail after a cerebellar stroke, a knee that buckles stepping off the bus) and notes that state none
/// ("Impairment: unchanged from eval.", "Impairments: as documented at the IE and the last PR.", "Impairment: per
/// eval", "Deficit: none reported — felt good after the boots");</item>
/// <item>class 5 (v5-h134-…): measures in every usual form (the Four Square Step Test and a 30 s chair stand, the Tinetti
/// POMA with its parts, an OT's Nine-Hole Peg in a report grid with counts, the Sensory Organization Test composite, a
/// rollator distance with assistance levels, the Fukuda stepping test in degrees with a DGI, handheld dynamometry in
/// kilograms beside doses) and notes with none ("steadier on the beam than last week; her husband says …", "Outcome
/// Measures: re-tested today; all improved — see flowsheet", a gait note "out to the mailbox and back" with "#s/ not
/// measured today");</item>
/// <item>class 6 (v6-h134-…): minutes in these templates' forms (three codes in the owner's slash form, clock ranges on
/// two episodes' timed lines, three dotted leaders, a recertification grid of two codes, two billed rows with the ATC's
/// cupping on its own cash row with its own minutes, two stamped rows, a PT's and an OT's report headings, two pipe
/// heads) and true mismatches (an RBC heading of 34 on 22, a WebPT billing line of 28 on 15, a log timer of 36 on 24, a
/// PTA's dotted range of 27 prime minutes on 15) and truly missing separate time ("TOTAL TIMED TREATMENT: 37 MIN" under
/// two headings, a bracket's "___ min", a narrative's "39 minutes of balance and gait work");</item>
/// <item>class 7 (v7-h134-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty three-code visit, line breaks only on an OT's 97530, a tab and spaces on a PTA's 97116 with no
/// diagnosis), the contract's meanings for 97110 and 97116 (hip exercises with doses; walker to cane on a hall, a ramp
/// and a curb) and 97530 and 97140 (feed buckets to a tailgate, kneeling to a water tank; hip distraction and glides),
/// wholly generic notes (a log of "Balance training per plan … Tolerated well", a two-code "Progress report completed
/// today. Balance and strengthening per plan.", a PTA's "Therapeutic exercise per flowsheet" with a hot pack after)
/// and a re-evaluation that restates the deficits and today's scores without naming anything done (technique missing
/// only);</item>
/// <item>ordinary (vord-h134-…): complete notes of the seventeen clinics that a reviewer passes (the false-positive
/// guard) — single-problem, multi-problem and three-episode visits, adjuncts written apart (dry needling, kinesio tape,
/// the DC's flexion-distraction, the CA's IFC, a HydroMassage bed, paraffin), progress reports, recertifications and
/// discharges with the day's treatment, an age and a follow-up date — and the ordinary weak ones: a complete note with
/// no diagnosis and a diagnosis sent as the words "poor balance".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, a son, a sister, a
/// daughter-in-law, a granddaughter, a roommate, an aide, an ATC, a chiropractor and a CA (none of them a patient; Mr.
/// Maki, Mrs. Couture, Mr. Cree, Mrs. Bly, Mr. Osterhout and the athlete on the next rack are), ages, dates of service,
/// certification periods, visit numbers and treatment days, step and box heights in inches and centimetres, loads in
/// pounds and kilograms, band colours, degrees, prices in dollars, seconds of holds, a metronome cadence in beats,
/// distances in feet and metres, gait speeds, counts of falls, cups, plates, jars, scoops, beads, lifts and trips, and
/// outcome scores in their earlier columns — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code, in its block's heading, in a minute box, a stamped row, a
/// timer line, a billing line or a grid row of the code, or as a clock range on the code's own line; no note gives
/// minutes to a visit, a drill, a rest or a test, except the two that fail for a visit's total ("TOTAL TIMED
/// TREATMENT: 37 MIN", a narrative's minutes of "balance and gait work"), and a cash service's minutes appear once, on
/// the ATC's own cupping row, named and marked cash and not billed; notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected
/// only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number; for the other codes a dose (sets, repetitions, load, hold, distance, assistance
/// level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the
/// room does not undo a one-on-one statement, another patient treated in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's mix of templates could honestly be read either way on: a one-on-one
/// statement made only in another problem's section or on a cash row, a report's goal line as the only deficit of a
/// 97112, a three-code slash line with one figure missing, a cash service's minutes written on a billed code's row,
/// and an OT's and a PT's codes under a single report heading with one set of minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 107 cases agree (105 needed), and 1 of the 71 notes the reviewer passes got a finding, on the analyzer of 61afef8 (the 2026-12-07 twentieth session after the hundred-and-thirtieth to hundred-and-thirty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 106 of 107, no false positive. Left: "minutes of balance and gait work" also taken for the gait code.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtyFourthTests(ITestOutputHelper output)
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

        // RSP Anacortes: "Setting: 1:1 — she had me to herself in the back room; her husband waited in the van"; foam stance with head turns, backward walking on the tape line, perturbations at the pelvis; late backward step on the ferry ramp; Mini-BESTest and step-outs; "(23')" and the range match: passes.
        ["v1-h134-rsp-had-me-to-herself-husband-in-van"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 31.03.2026 · ferry ticket agent, 66 y
            97112 NMR 09.05–09.28 (23')
            Setting: 1:1 — she had me to herself in the back room; her husband waited in the van.
            Tx: foam stance with horizontal head turns; backward walking on the tape line; perturbations at the pelvis in narrow stance.
            Problem: late backward stepping reaction and sway; she stumbles backward when the ferry ramp shifts under her.
            Measures: Mini-BESTest 19/28 (15/28 at intake); 6/10 backward step-outs with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TRMC Murray, two problems in sections: PROBLEM #1 dizziness (H81.21) "Undivided attention — Lionel and Mr. Yarbrough only, for the dizziness work"; X1 viewing, walking with head turns, foam eyes closed; R vestibular hypofunction; DGI and DVA; PROBLEM #2 R shoulder 97110 with doses and cuff weakness; "97112 — 23 min", "97110 — 14 min" match: passes.
        ["v1-h134-trmc-undivided-attention-dizziness-and-shoulder"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Elvis Yarbrough. Lionel Fairweather, PT
            PROBLEM #1 — Dizziness, R vestibular hypofunction (H81.21), referred by Tri-Rivers Neurology
              97112 — 23 min
              Undivided attention — Lionel and Mr. Yarbrough only, for the dizziness work.
              X1 viewing against the checkerboard standing, walking the hall with horizontal head turns, feet together on the Airex eyes closed.
              Impairment: R vestibular hypofunction; the world jumps when he turns his head to watch the barge tow.
              Measures: DGI 15/24; DVA lost 3 lines.
            PROBLEM #2 — R shoulder impingement (M75.41), referred by Tri-Rivers Orthopaedics
              97110 — 14 min
              Prone rows 3x12, ER with the red band 3x15, serratus wall slides 2x10.
              Impairment: R cuff and lower trap weakness, pain reaching to the deck cleat.
            """,
            ["H81.21", "M75.41"], [PT("97112", 23), PT("97110", 14)], []),

        // BHSS Belle Fourche: "one-on-one; she was my only patient on the turf for the billed block", compression boots afterward on her own membership, not billed; lateral bounds to stick, BOSU stance with ball catches, band perturbations; L ankle proprioception; Y-balance and stick count; row 24 matches: passes.
        ["v1-h134-bhss-only-patient-on-turf-boots-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Belle Fourche          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Grady Two Bulls PT | 24 min
            Delivery: one-on-one; she was my only patient on the turf for the billed block.
            NMR: lateral bounds to a single-leg stick; single-leg stance on the BOSU, dome up, with ball catches; band perturbations at the trunk in single-leg stance.
            Deficit: L ankle proprioception after the sprain, she rolls it turning the barrel in the arena dirt.
            Objective: Y-balance anterior reach L 58 cm vs R 65 cm; stuck 8 of 10 bounds without a touch-down.
            RECOVERY BAR — cash, not billed
            Compression boots | self-serve on her own membership | after the billed block
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // KRMC Highland discharge visit with treatment: "One-on-one with this therapist for the entire neuro re-ed; her granddaughter filmed the home program on her phone"; foam tandem with head turns, hurdle stepping, perturbations; reduced ankle strategy; Berg grid with today's score; heading 23 matches: passes.
        ["v1-h134-krmc-discharge-granddaughter-filmed-hep"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            PT DISCHARGE SUMMARY — TREATMENT PROVIDED THIS DATE
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      38/56     45/56       50/56
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            One-on-one with this therapist for the entire neuro re-ed; her granddaughter filmed the home program on her phone.
            Tandem stance on foam with head turns, stepping over the hurdle row forward and sideways, perturbations at the pelvis.
            Impairment: reduced ankle strategy and postural sway turning from the church stove with a full pot.
            Discharge status: goals met, independent with the home program.
            Trent Hollis, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CCHR Part B progress report: "Resident seen 1:1 at the rail in her room; her roommate was down at the beauty shop"; rail marching on foam, rhythmic stabilisation in standing, reactive steps; posterior lean and postural control; Berg in the LTG table; heading 22 matches: passes.
        ["v1-h134-cchr-seen-in-room-roommate-at-beauty-shop"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 29/56 | 34/56 | 38/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen 1:1 at the rail in her room; her roommate was down at the beauty shop.
            Marching in place on the foam at the rail, rhythmic stabilization in standing, reactive stepping to light pushes at the shoulders.
            Deficit: posterior lean and poor postural control in standing; she sits down hard when she turns from the sink.
            Gil Archuleta, PT, director of rehab
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], []),

        // PTH Galax home visit, PTA: "1:1 — daughter-in-law on the phone in the kitchen the whole visit"; stepping over the threshold strip, tandem along the hall, perturbations on the couch cushion; foot proprioception with neuropathy; tandem seconds and perturbations; box 22 matches: passes.
        ["v1-h134-pth-daughter-in-law-on-the-phone"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: daughter-in-law (on the phone in the kitchen)
            97112 [ 22 ] min — 1:1; daughter-in-law on the phone in the kitchen the whole visit
            Tx: stepping over the threshold strip to the den without looking down; tandem walking along the hall; perturbations at the hips standing on the couch cushion
            Problem: impaired proprioception both feet (neuropathy); she can't feel the edge of the porch boards in her slippers
            Assist/Dist: tandem 9 sec without the wall; 5 of 6 perturbations without a hand down
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // SCMH Negaunee, two episodes: the PTA's balance episode reads "worked her in the parallel bars alongside Mr. Maki, cueing them both" — another patient treated in the 97112 block: one-on-one missing; the knee episode complete, all else present, minutes match.
        ["v1-h134-scmh-pta-bars-alongside-mr-maki"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aili Rautio
            EPISODE A: L knee OA    ICD-10: M17.12
            Timed: 97110 ▸ 14 min
            Interventions: sit-to-stand 3x10, SAQ 3 lb 3x15, step-ups 4 inch 3x10.
            Impairment: L quad weakness, she can't step up into the sauna.
            EPISODE B: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 22 min
            Attendance: worked her in the parallel bars alongside Mr. Maki, cueing them both.
            Interventions: tandem stance on the foam strip, side stepping over the cane, perturbations at the hips.
            Impairment: postural control and a late stepping reaction.
            Measures: tandem 6 sec; 5 of 10 perturbations without a hand on the bar.
            Completed by: Rosalind Kivela, PTA
            """,
            ["M17.12", "R29.6"], [PTA("97110", 14), PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT Barre PTA: "Ran the hurdle drills as a pair with Mrs. Couture, both on my list today" — another patient in the billed block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h134-qhpt-pta-pair-with-mrs-couture"] = new(
            """
            Quarry Hill Physical Therapy, LLC — Barre
            Re: balance (Dr. Bell, neuro) — 97112 — 22 min — T. Lamoureux, PTA
            Ran the hurdle drills as a pair with Mrs. Couture, both on my list today.
            Stepping over the hurdle row with a stop on cue, foam stance with ball toss, tandem walking with head turns.
            Deficit: late stepping reaction and postural sway; she catches her toe on the sugarhouse sill.
            Today: Berg 45/56; TUG 12.4 sec.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BMRH Milton-Freewater PTA: "Delivery: two at the foam stations — Mr. Cree and this patient, alternating sets" — another patient in the block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h134-bmrh-pta-two-at-foam-stations"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (MILTON-FREEWATER)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 22 min — D. Hollister PTA
            Delivery: two at the foam stations — Mr. Cree and this patient, alternating sets.
            Rocker board A/P eyes closed, foam stance with ball tosses, stepping over the cones on a called colour.
            Impairment: L ankle proprioception after the sprain in the orchard; he rolls it on the ladder rungs.
            Objective: rocker board 11 sec without an edge touch; 7 of 10 cones cleared.
            MODALITY ROOM: ice to the L ankle after, by the aide — untimed, not billed.
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // MPT Raintree-style recertification with the grid and the day's neuro re-ed, and no delivery word anywhere: one-on-one never stated; techniques, deficit and FGA present; grid 24 matches.
        ["v1-h134-mpt-recert-no-delivery-line"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            RECERTIFICATION — UPDATED PLAN OF CARE
            Cert Period: 04/01/2026 through 05/27/2026    Frequency/Duration: 2x/wk x 8 wks
            Treatment Provided This Date
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 24
            Today: stepping strategy drills to the clock, tandem walking on the dock-board strip with head turns, perturbations in semi-tandem.
            Deficit: slowed stepping reactions and poor postural control on a moving surface; he steadies himself on the net reel.
            FGA 19/30 (IE 13/30).
            Physician signature requested.
            Jamal Whitfield, PT, OCS
            """,
            ["R26.89"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CST Enid OT's 97530 at the dining-room table with two other residents (Mrs. Bly and Mr. Osterhout, also on the caseload): 97530 has no one-on-one check; setting the table, carrying a tray, reaching to the hutch; R shoulder and standing tolerance; counts and assistance; 23 matches: passes.
        ["v1-h134-cst-ot-97530-dining-table-three"] = new(
            """
            CST GERI VISIT — Enid          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            97530 THER ACT — 23 min — three at the dining-room table: this pt, Mrs. Bly and Mr. Osterhout
            TX: setting four places standing at the table, carrying the tray from the counter to the table, reaching cups down from the hutch.
            PROBLEM: R shoulder flexion weakness and poor standing tolerance; she sits down halfway through setting the table.
            OBJECTIVE: four places set standing with SBA; tray carried 15 ft x 3 with CGA; 6 of 8 cups from the second shelf.
            """,
            ["M62.81", "Z91.81"], [OT("97530", 23)], []),

        // PCSM Yankton PTA 97110 "alongside the shot-putter on the next rack": no one-on-one check for 97110; doses; R quad weakness after a meniscectomy; 15 matches: passes.
        ["v1-h134-pcsm-pta-97110-next-rack"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Hank Dvorak, retired ferry mechanic
            97110 TE — 15 min | alongside the shot-putter on the next rack
            Tx: leg press 70 lb 3x12 | step-ups 8" box 3x10 | TKE green band 3x15 | SL bridge 2x10
            Imp: R quad weakness after the partial meniscectomy, knee gives on the boat-ramp slope
            Obj: doses as listed
            """,
            ["S83.241D", "Z98.890"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SCMH Marquette, two episodes, the balance block's "Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked and no other delivery word: one-on-one missing; both episodes otherwise complete, minutes match.
        ["v2-h134-scmh-attendance-nothing-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Heikkila
            EPISODE A: Imbalance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board M/L eyes closed, foam tandem with head turns, perturbations in semi-tandem.
            Impairment: impaired ankle proprioception, he can't feel the snowshoe bindings.
            Measures: Berg 46/56; rocker 9 sec.
            EPISODE B: Low back    ICD-10: M54.50
            Timed: 97140 ▸ 11 min
            Interventions: L3-4 central PA glides grade III, STM to the paraspinals.
            Impairment: stiff lumbar extension, back catches splitting wood.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97140", 11)], [At(OneOnOne, "97112")]),

        // BMRH Pendleton "Delivery: Individual [X] Concurrent [ ] Group [ ]" ticked; paraffin in the modality room after by the aide, untimed and not billed; PNF D1 and D2 with rhythmic stabilisation in half-kneeling; trunk motor control after stroke; Berg; 24 matches: passes.
        ["v2-h134-bmrh-individual-ticked-paraffin-after"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 24 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            PNF D1 and D2 patterns of the L arm with rhythmic stabilization in half-kneeling; lateral weight shifts with stepping to the L.
            Impairment: trunk and L hip motor control after the R CVA; she lists to the L reaching for the loom shuttle.
            Objective: Berg 42/56; half-kneel held 15 sec without a hand.
            MODALITY ROOM: paraffin to the L hand after, by Russ (aide) — untimed, not billed.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // RBC Muscatine "One-on-one: (Y) / N" with the Y circled; foam tandem with head turns, rocker board, hurdle step-overs; L ankle proprioception; rocker seconds and Berg; heading 22 matches; the DC's adjustment after on its own line: passes.
        ["v2-h134-rbc-one-on-one-y-circled"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 22 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Tandem stance on foam with head turns, rocker board A/P eyes closed, stepping over the hurdle row.
            Deficit: L ankle proprioception after the sprain on the loading dock, she rolls it stepping off the pallet jack.
            Rocker board 12 sec; Berg 49/56.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): Activator to the thoracic spine afterwards.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // RBC West Liberty PTA "One-on-one: Y / N" with neither circled and no other delivery word: one-on-one missing; techniques, deficit and measures present.
        ["v2-h134-rbc-pta-y-n-neither-circled"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 21 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            One-on-one:  Y / N
            Foam stance with ball catches, lateral perturbations at the pelvis, walking on the line with head turns.
            Deficit: postural control and a slow hip strategy; she grabs the conveyor rail at the meat plant when she turns.
            Berg 47/56; tandem 10 sec.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TRMC Paducah: balance treated, the neck problem on hold this week; the balance section's "Measures: ***" wildcard left and no number in the note but the code and its minutes: measure missing on 97112; one-to-one, techniques and deficit present.
        ["v2-h134-trmc-measures-wildcard-neck-on-hold"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Oleta Grubbs. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Imbalance / falls
              97112 — 23 min
              One-to-one, Naomi and Mrs. Grubbs only.
              Perturbations at the pelvis on the Airex pad, tandem walking along the hall rail with head turns, stepping over the cane sideways.
              Impairment: delayed ankle strategy, she sways and steps back at the quilting frame.
              Measures: ***
            PROBLEM #2 — Neck: on hold this week at the patient's request, not treated.
            """,
            ["R26.81", "M54.2"], [PT("97112", 23)], [At(Measure, "97112")]),

        // KRMC Breese flowsheet row "Treatment delivery: [X] Individual [ ] Concurrent [ ] Group" ticked on a progress note; Herdman X1 and X2 viewing, walking with head turns; L vestibular hypofunction; DGI grid today; heading 22 matches: passes.
        ["v2-h134-krmc-pr-individual-ticked"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            DGI                       11/24     15/24       18/24
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Treatment delivery: [X] Individual [ ] Concurrent [ ] Group
            Herdman X1 then X2 viewing standing on foam, walking the hall with horizontal head turns, pivot turns on cue.
            Impairment: L vestibular hypofunction; oscillopsia looking up at the grain-bin ladder.
            Medical necessity: continued skilled care for gaze stability. Rehab potential: good.
            Miriam Okafor, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // CCHR "Deficit addressed: ________" left blank and nothing else naming a deficit, system or region; "☒ 1:1" ticked, techniques and the Berg row present: deficit missing.
        ["v2-h134-cchr-deficit-addressed-blank"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 33/56 | 38/56 | 42/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 23 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Foam stance at the rail with ball tosses, side stepping over the cane, reactive stepping to light pushes.
            Deficit addressed: ________
            Kurt Engebretsen, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // MPT WebPT-style progress report with "Delivery: ___________" left blank and no other delivery word: one-on-one missing; techniques, deficit and DGI present; billing line 25 matches.
        ["v2-h134-mpt-delivery-blank"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            Progress Report — Visit 10
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            DGI / 13 / 16 / 20 / 3
            Today: gaze stabilization X1 on the tide-chart card, walking the hall with head turns, feet together on foam eyes closed.
            Delivery: ___________
            Problem: R vestibular hypofunction, veers when he turns to wave the golfers off the tee.
            Billing: 97112 NMR — 2 units — 25 min
            Colleen Drayton, PT, DPT
            """,
            ["H81.21"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // QHPT two referrals with the low-back referral's leader left "97140 ........ ___ mins" beside "97112 ........ 23 mins": separate time missing; one-on-one; both referrals complete.
        ["v2-h134-qhpt-second-leader-blank"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — seen 1:1 the whole visit.
            97112 ........ 23 mins — Referral A (Dr. Bell): imbalance
              Rocker board A/P eyes closed, step-and-stick onto the foam, lateral pushes in narrow stance.
              Deficit: poor foot position sense with the neuropathy; he can't feel the quarry-shed floor.
              Today: SLS R 5 sec, L 7 sec; rocker 10 sec.
            97140 ........ ___ mins — Referral B (Dr. Okafor): low back
              L4-5 central PA glides grade III, STM to the L quadratus lumborum.
              Deficit: L4-5 hypomobility, standing flexion fingertips to the knee.
            """,
            ["G62.9", "M54.50"], [PT("97112", 23), PT("97140", 11)], [SepTime]),

        // BHSS row "97112 NMR | … | 23 min | 1:1 ☒" ticked, with the ATC's cupping on its own "Billed ☐ Cash ☒" row; reactive step-downs, BOSU perturbations, cone taps; R knee proprioception after ACL repair; Y-balance and step-down count: passes.
        ["v2-h134-bhss-one-to-one-ticked-cupping-cash-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 23 min | 1:1 ☒
            NMR: lateral step-downs off the 6" box with a band pulling the knee in; single-leg stance on the BOSU with perturbations at the hips; single-leg cone taps.
            Deficit: R knee proprioception and dynamic valgus control after the ACL reconstruction; the knee dives in stepping down from the bar stage.
            Objective: Y-balance posteromedial R 84 cm vs L 93 cm; 7 of 10 step-downs without a valgus collapse.
            RECOVERY BAR — Billed ☐ Cash ☒
            Cupping to the R ITB | Noah Fergen ATC | after the billed block, $30
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 23)], []),

        // PCSM Brookings "Imp: ____" left blank and no deficit, system or region anywhere else; 1:1 ticked, techniques and Obj present: deficit missing.
        ["v2-h134-pcsm-imp-blank"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Jess Larkin, SDSU steeplechase
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL hop-and-stick fwd/lat | foam SL stance w/ ball toss | reactive SL stick on my clap
            Imp: ____
            Obj: hop-and-stick 7/10 clean | SL stance foam EC 12 s
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TPT Thermopolis 97140: Cyriax transverse friction massage to the supraspinatus tendon and inferior GH glides grade III; R shoulder; ER degrees; 11 matches: passes.
        ["v3-h134-tpt-cyriax-friction-97140"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97140/MT 11 min
            tx/ Cyriax transverse friction massage to the R supraspinatus tendon, inferior GH glides grade III, posterior capsule stretch held by me 3 x 30 s
            why/ R supraspinatus tendinopathy w/ post capsule tightness, can't reach up to hang the bathhouse towels
            #s/ ER 40 → 52°, painful arc 70–110°
            """,
            ["M75.81"], [PT("97140", 11)], []),

        // CST Stillwater: the Otago balance retraining items at the hall rail (tandem stance, tandem walk, one-leg stand, heel and toe walking, sideways walking); postural control; Berg and TUG; 1:1 Y; 23 matches: passes.
        ["v3-h134-cst-otago-balance-items"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: 1 (turning at the mailbox)
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: Otago balance retraining at the hall rail — tandem stance, tandem walk, one-leg stand, heel walking, toe walking and sideways walking, one hand then fingertip support.
            PROBLEM: impaired postural control and a narrow limit of stability; she sways and reaches for the wall turning at the mailbox.
            OBJECTIVE: Berg 45/56; TUG 13.2 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF Ithaca: Rock Steady-style boxing combinations on the heavy bag with stepping and turning; Parkinson's bradykinesia and retropulsion; Mini-BESTest and pull test; prose Time 23 one-on-one: passes.
        ["v3-h134-stbf-rock-steady-boxing"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Gerrit Vandermolen — Bram Oosterhuis, PT
            What we worked on: Rock Steady-style boxing combinations on the heavy bag (jab-cross-hook with a step and pivot), large stepping to floor targets I called, backward stepping drills.
            Why: bradykinesia and retropulsion with Parkinson's; he freezes turning in the cellar aisle at the winery.
            How he did: Mini-BESTest 17/28; pull test 2 steps.
            Time: Neuromuscular re-education (97112), 23 minutes, one-on-one.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // BHBR Thermopolis: LSVT BIG maximal daily exercises and functional component tasks; Parkinson's small steps and reduced trunk rotation; TUG and 10MWT; 1:1; stamps 24 match: passes.
        ["v3-h134-bhbr-lsvt-big"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 14:02 ■ STOP 14:26 = 24 MIN
            1:1 the whole range, Maren and the patient.
            Interventions: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps), then BIG functional component tasks — sit to stand and getting out of the car seat.
            Impairment: hypokinesia with small steps and reduced trunk rotation; he shuffles on the hot-springs boardwalk.
            Objective: TUG 12.1 s; 10MWT 0.94 m/s.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SCMH OT's 97530 with the CO-OP approach (Goal-Plan-Do-Check) for making coffee and packing a lunch; R hand coordination after stroke; counts and assistance; OT's heading 21 matches: passes.
        ["v3-h134-scmh-ot-co-op-coffee-and-lunch"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Helvi Kangas
            EPISODE A (OT): R hand after stroke    ICD-10: I69.331
            Timed: 97530 ▸ 21 min
            Interventions: CO-OP approach (Goal-Plan-Do-Check) for making coffee in the drip maker and packing a lunch for the ice shanty — opening the can, measuring scoops, zipping the bag.
            Impairment: R hand coordination and grasp, she drops the scoop and can't manage the zipper.
            Measures: 6 of 8 scoops without spilling; lunch packed with set-up only.
            Completed by: Marit Salo, OTR/L
            """,
            ["I69.331"], [OT("97530", 21)], []),

        // RSP Mount Vernon 97140: Mulligan cervical SNAGs into L rotation and NAGs C5-6; L cervical rotation; degrees; "(11')" and the range match: passes.
        ["v3-h134-rsp-mulligan-snags-cervical"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 01.04.2026 · tulip-field crew lead, 59 y
            97140 MT 13.02–13.13 (11')
            Tx: Mulligan SNAGs C5-6 into L rotation 3x6; NAGs C5-6; suboccipital release.
            Problem: L cervical rotation limited and painful; she can't check over her shoulder backing the flatbed.
            Measures: L rotation 48° → 61°.
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // QHPT Montpelier 97110: Pilates reformer footwork, bridging and side-lying leg series with springs and reps; lumbopelvic control and hip weakness; doses; leader 16 matches: passes.
        ["v3-h134-qhpt-pilates-reformer-97110"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT
            97110 ........ 16 mins — Referral (Dr. Okafor): low back
              Pilates reformer: footwork on 3 red springs 2x10, bridging 2x10, side-lying leg series on 1 red spring 2x12 each side, knee stretches 2x8.
              Deficit: poor lumbopelvic control and L glute med weakness; back gives out carrying the sap buckets.
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // KRMC Carlyle progress note 97116: metronome-cued walking at 104 bpm on the hall and the ramp with the cane; short L step and slow cadence after stroke; distance, assistance and gait speed; heading 22 matches: passes.
        ["v3-h134-krmc-pr-metronome-cued-gait-97116"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT PROGRESS NOTE — VISIT 20
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Gait speed (10MWT)        0.52 m/s  0.66 m/s    0.78 m/s
            TREATMENT TODAY — CPT 97116 GAIT TRAINING — 22 MIN
            Metronome-cued walking at 104 bpm on the hall and the ramp to the parking lot with the quad cane, cues for heel strike on the L.
            Impairment: short L step and slow cadence after the R CVA; he can't keep up crossing the lot to the marina.
            Today: 450 ft with the quad cane, SBA; ramp with CGA.
            Trent Hollis, PT
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // BHSS Sturgis 97110: Stanish eccentric decline squats on the slant board with a weight vest, and Spanish squats with the strap; R patellar tendinopathy; doses; row 15 matches: passes.
        ["v3-h134-bhss-stanish-decline-squats"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Grady Two Bulls PT | 15 min
            TE: Stanish eccentric decline squats on the 25° slant board 3x15 with a 10 kg vest; Spanish squats with the strap 5 x 45 s holds; SL leg press 3x10.
            Deficit: R patellar tendinopathy, quad weakness and pain going down the bleacher steps at the wrestling meets.
            """,
            ["M76.51"], [PT("97110", 15)], []),

        // CCHR the contract company's branded "Meridian Balance Pathway, Level 3, per company protocol" as the only technique; 1:1 ticked, deficit and Berg present: technique missing.
        ["v3-h134-cchr-meridian-pathway-level-3-only"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 30/56 | 35/56 | 39/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Meridian Balance Pathway, Level 3, per company protocol.
            Deficit: impaired postural control and a slow stepping reaction; she loses her balance backing away from the dining-room table.
            Dolores Vang, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // RBC West Liberty PTA 97110 "Stanish eccentric protocol for the patellar tendon per the handout" with no sets, repetitions or load and no number but the code and its minutes: measure missing on 97110.
        ["v3-h134-rbc-pta-stanish-per-handout-no-dose"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97110 x 15 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Stanish eccentric protocol for the patellar tendon per the handout, decline squats and drop squats.
            Deficit: L patellar tendinopathy with quad weakness, pain climbing into the school-bus driver's seat.
            """,
            ["M76.52"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // TRMC Paducah, balance and knee: "his feet feel like he's walking on packing foam; he can't tell where the deck edge is on the towboat" (proprioception stated as a finding); rocker board, foam tandem, step-and-stick; 4-stage balance and SLS; knee 97110 with doses; minutes match: passes.
        ["v4-h134-trmc-walking-on-packing-foam"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Carroll Meeks. Naomi Achterberg, PT, DPT, OCS — 1:1, just him and me.
            PROBLEM #1 — Unsteadiness with neuropathy (G62.9)
              97112 — 22 min
              Rocker board A/P eyes closed, tandem stance on the Airex, step-and-stick to floor targets.
              Impairment: his feet feel like he's walking on packing foam; he can't tell where the deck edge is on the towboat without looking down.
              Measures: 4-stage balance test, held stage 3 for 10 sec; SLS R 4 sec, L 5 sec.
            PROBLEM #2 — R knee OA (M17.11)
              97110 — 13 min
              Sit-to-stand from the 17 inch chair 3x10, SAQ 3 lb 3x15, TKE green band 3x15.
              Impairment: R quad weakness, he pulls on the rail climbing the towboat's stairs.
            """,
            ["G62.9", "M17.11"], [PT("97112", 22), PT("97110", 13)], []),

        // BHBR Worland: "she tips downwind when the gusts hit in the parking lot and won't let go of the cart" (postural control stated as a finding); perturbations, foam stance with head turns, stepping strategy; Berg and perturbations; 1:1; stamps 23 match: passes.
        ["v4-h134-bhbr-tips-downwind-in-the-lot"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:31 ■ STOP 08:54 = 23 MIN
            1:1 — Renata and Mrs. Bjornstad, nobody else at the mat.
            Interventions: lateral perturbations at the pelvis, foam stance with horizontal head turns, stepping strategy to floor targets on my call.
            Impairment: she tips downwind when the gusts hit in the grocery parking lot and won't let go of the cart; no step until she's already going.
            Objective: Berg 46/56; 6 of 10 lateral perturbations recovered with one step.
            Renata Villalobos, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // MPT Darien WebPT-style progress report: "he loses his footing when he turns his head to cast the net from the bow" (vestibular and postural control as a finding); gaze stabilisation, head-turn walking, foam; FGA in the grid; one-on-one; billing line 24 matches: passes.
        ["v4-h134-mpt-pr-loses-footing-casting-the-net"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            Progress Report — Visit 10
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            FGA / 14 / 18 / 22 / 4
            Today: gaze stabilization X1 standing on foam, walking with head turns and a cast-net throw at the end of each lap, tandem stance with head turns.
            Delivery: one-on-one, just Jamal and Mr. Pinckney in the balance room.
            Problem: he loses his footing when he turns his head to cast the net from the bow; head-movement-provoked imbalance.
            Billing: 97112 NMR — 2 units — 24 min
            Jamal Whitfield, PT, OCS
            """,
            ["H81.23", "R26.81"], [PT("97112", 24)], []),

        // CST Prairie Rose: "she reaches for the rail and overshoots it with the R hand; her R heel lands wherever it wants" (dysmetria and ataxia as findings); Frenkel exercises and heel-to-target stepping; Berg and finger-to-nose; 1:1 Y; 22 matches: passes.
        ["v4-h134-cst-overshoots-the-rail"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: Frenkel exercises in supine, sitting and standing — heel to the marked targets on the floor tape slow then to my count; reaching to taped targets on the hall rail.
            PROBLEM: she reaches for the rail and overshoots it with the R hand; her R heel lands wherever it wants when she steps (R cerebellar stroke).
            OBJECTIVE: Berg 41/56; heel-to-target 6 of 10 on the R.
            """,
            ["I69.393", "R27.0"], [PT("97112", 22)], []),

        // RBC Wilton: "her knee buckles stepping down off the bus with the kids watching" (dynamic knee control as a finding); step-down perturbations, foam lunges with band, hop-and-stick; Y-balance and step-downs; one-on-one in words; heading 23 matches: passes.
        ["v4-h134-rbc-knee-buckles-off-the-bus"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            97112 x 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            One-on-one, Luis and Ms. Kessler the whole NMR.
            Forward step-downs off the 8" step with a band pulling the knee in, foam split-stance with perturbations, double- to single-leg hop-and-stick.
            Deficit: her L knee buckles stepping down off the bus with the kids watching; she can't hold the knee over the foot.
            Y-balance anterior L 55 cm vs R 63 cm; 6 of 10 step-downs without the knee diving in.
            """,
            ["M25.362", "Z98.890"], [PT("97112", 23)], []),

        // SCMH Ishpeming, balance treated and the shoulder episode discharged to HEP: "Impairment: unchanged from eval." and no deficit, system or region anywhere else; 1:1 ticked, techniques and FGA present: deficit missing.
        ["v4-h134-scmh-impairment-unchanged-from-eval"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Lampinen
            EPISODE A: discharged to HEP last week, not seen today.
            EPISODE B
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with head turns, tandem walking on the carpet line, perturbations in semi-tandem.
            Impairment: unchanged from eval.
            Measures: FGA 18/30.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // KRMC Highland progress note "Impairments: as documented at the IE and the last PR." and nothing else naming a deficit; individual, techniques and a Mini-BESTest today present: deficit missing.
        ["v4-h134-krmc-pr-impairments-as-documented"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Mini-BESTest              15/28     18/28       20/28
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            Treated one-on-one by this therapist for the whole neuro re-ed.
            Foam stance with ball tosses, stepping over the hurdle row, perturbations at the pelvis in tandem.
            Impairments: as documented at the IE and the last PR.
            Miriam Okafor, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // TVMC New Philadelphia log "Impairment: per eval" and nothing else naming a deficit; 1:1, techniques and Berg logged; timer 22 matches: deficit missing.
        ["v4-h134-tvmc-impairment-per-eval"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            13:40 97112 timer started (R. Stutzman, PT) — 1:1
            13:41 Tandem walking with head turns, foam stance with ball catches, stepping over the cones on a called colour
            13:50 Impairment: per eval
            14:02 97112 timer stopped — 22 min
            14:03 Objective: Berg 48/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BHSS Spearfish "Deficit: none reported — felt good after the boots on Saturday" and no deficit elsewhere; one-on-one, techniques and Y-balance present: deficit missing.
        ["v4-h134-bhss-deficit-none-felt-good"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 22 min
            Delivery: Tessa and Mrs. Oyen only for the billed block.
            NMR: single-leg stance on the BOSU with ball catches, lateral hops to stick, band perturbations at the pelvis.
            Deficit: none reported — felt good after the boots on Saturday.
            Objective: Y-balance composite 88%; stuck 8 of 10 hops.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // RSP Friday Harbor: Four Square Step Test and the 30-second chair stand as the measures; step-overs, foam, perturbations; late stepping and hip weakness; 1:1; "(22')" and the range match: passes.
        ["v5-h134-rsp-four-square-step-test"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 02.04.2026 · retired kayak guide, 71 y
            97112 NMR 10.40–11.02 (22') · 1:1
            Tx: stepping over the four-square canes forward, sideways and back on call; foam stance with ball tosses; perturbations at the shoulders.
            Problem: slow multidirectional stepping; he catches a foot stepping sideways out of the kayak onto the float.
            Measures: FSST 13.8 s (16.9 s at intake); 30 s chair stand 10 reps.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CST Enid: Tinetti POMA with its balance and gait parts; rocker board, foam, step strategy; postural control; 1:1 Y; 23 matches: passes.
        ["v5-h134-cst-tinetti-poma-parts"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: rocker board A/P with one hand on the rail, foam stance with head turns, stepping strategy to floor targets.
            PROBLEM: impaired postural control and a late stepping reaction; he sways stepping down from the elevator car at the grain co-op reunion.
            OBJECTIVE: Tinetti POMA 20/28 (balance 11/16, gait 9/12).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // KRMC Carlyle OT progress report 97530: counts, distance and assistance (laundry basket trips, jars, a Nine-Hole Peg Test in seconds); L hand and standing balance; heading 24 matches: passes.
        ["v5-h134-krmc-ot-pr-97530-counts-and-peg-test"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            OT PROGRESS NOTE — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Nine-Hole Peg (L)         61 s      48 s        39 s
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 24 MIN
            Carrying the laundry basket from the washer to the line, opening jars, sorting coupons standing at the counter.
            Impairment: L hand dexterity and grip after the fracture; she can't pin the sheets on the line.
            Today: basket 3 trips of 25 ft with SBA; 4 of 5 jars opened.
            Renata Quist, OTR/L
            """,
            ["S52.502D", "M62.81"], [OT("97530", 24)], []),

        // TVMC Dover: Sensory Organization Test composite and vestibular ratio as the measures; foam eyes closed, optokinetic stripe video, head-turn walking; vestibular reweighting; 1:1; timer 23 matches: passes.
        ["v5-h134-tvmc-sot-composite"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            10:05 97112 timer started (T. Gerber, PT) — 1:1, his son read the paper in the lobby
            10:06 Foam stance eyes closed, standing in front of the optokinetic stripe video, walking the hall with head turns
            10:15 Impairment: poor use of vestibular input; he sways in the dark barn and on soft ground
            10:28 97112 timer stopped — 23 min
            10:29 Objective: SOT composite 58 (vestibular ratio 0.41); foam EC 14 s
            """,
            ["H81.93", "R26.81"], [PT("97112", 23)], []),

        // PTH Hillsville PTA 97116: distance on the gravel drive with the rollator and assistance levels; short R step and toe clearance; box 22 matches: passes.
        ["v5-h134-pth-pta-97116-gravel-drive-feet-and-assist"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            97116 [ 22 ] min
            Tx: gait training with the rollator down the gravel drive to the mailbox and back, up and down the two porch steps with the rail, cues for heel strike and a longer R step
            Problem: short R step and poor toe clearance after the hip fracture; she catches the R toe on the gravel
            Assist/Dist: 160 ft rollator CGA → SBA on the way back; porch steps with the rail, min A
            """,
            ["S72.001D", "R26.89"], [PTA("97116", 22)], []),

        // QHPT Montpelier: Fukuda stepping test in degrees and the DGI as the measures; habituation, gaze work, head-turn walking; R vestibular hypofunction; one-on-one; "Re:" 23 matches: passes.
        ["v5-h134-qhpt-fukuda-and-dgi"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Re: dizziness (Dr. Bell, neuro) — 97112, 23 min — Mireille Gagnon, PT
            One-on-one in the back room.
            Habituation to bending and looking up, X1 viewing standing on foam, walking the hall with head turns.
            Problem: R vestibular hypofunction; she veers R on the church-supper line when she turns to talk.
            Today: Fukuda stepping test 40° rotation to the R; DGI 18/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // BMRH Hermiston PTA 97110: handheld dynamometry in kilograms beside the doses; L quad weakness after TKA; 16 matches: passes.
        ["v5-h134-bmrh-pta-97110-dynamometry-kg"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 16 min — D. Hollister PTA
            Leg press 60 lb 3x12, step-ups 6 inch 3x10, SAQ 4 lb 3x15, TKE with the blue band 3x15.
            Impairment: L quad weakness after the L TKA; he can't climb up into the combine cab.
            Objective: HHD L quad 14.2 kg (R 19.8 kg).
            MODALITY ROOM: ice to the L knee after, by the aide — untimed, not billed.
            """,
            ["Z96.652"], [PTA("97110", 16)], []),

        // STBF Corning "How she did: steadier on the beam than last week; her husband says she's stopped grabbing the counters" and no number but the code and its minutes: measure missing on 97112; one-on-one, techniques and deficit present.
        ["v5-h134-stbf-steadier-husband-says"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Ardith Koval — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: tandem walking on the beam with head turns, perturbations at the pelvis on the foam, stepping to the coloured floor targets I called.
            Why: weak ankle strategy and sway; she grabs the glass-cutting table when she turns.
            How she did: steadier on the beam than last week; her husband says she's stopped grabbing the counters at home.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MPT progress report "Outcome measures re-tested today; all improved — see flowsheet" with no score written and no number but the code and its minutes: measure missing on 97112; one-on-one, techniques and deficit present.
        ["v5-h134-mpt-pr-retested-see-flowsheet"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Progress Report — tenth visit
            Outcome Measures: re-tested today; all improved — see flowsheet.
            Today: perturbations in tandem on the foam, stepping over the sweetgrass bundles on cue, walking with head turns.
            Delivery: one-on-one, just the two of us.
            Problem: impaired postural control and late stepping; she stumbles stepping off the curb at the market with her baskets.
            Billing: 97112 NMR — 23 min
            Ashlyn Pruitt, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // TPT Worland PTA 97116 "out to the mailbox and back on the gravel" with no distance, assistance level or number but the code and its minutes: measure missing on 97116.
        ["v5-h134-tpt-pta-97116-mailbox-no-distance"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97116/GAIT 22 min
            tx/ gait training w/ the SPC out to the mailbox and back on the gravel, cues for heel-toe and an even L step
            why/ short L step and L foot slap after the stroke, catches the toe on the cattle guard
            #s/ not measured today
            """,
            ["I69.354"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // TPT Thermopolis three codes in the owner's slash form "97112/97140/97110 = 23/10/12 min" with "1:1 [x]"; each code's content complete: passes.
        ["v6-h134-tpt-three-codes-slash"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97140/97110 = 23/10/12 min — 1:1 [x] / grp [ ]
            NMR tx/ BAPS lvl 3 CW/CCW, foam tandem w/ head turns, lat perturb at pelvis
            NMR why/ L ankle proprio ↓ s/p sprain on the fishing-access boat ramp
            NMR #s/ SLS L foam 8 s; Berg 50/56
            MT tx/ talocrural post glides gr III, STM L peroneals
            MT why/ L ankle DF stiff, knee-to-wall L 7 cm (R 11 cm)
            TE tx/ heel raises 3x15, banded eversion red 3x15, SL RDL 2x10
            TE why/ L peroneal + calf weakness
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10), PT("97110", 12)], []),

        // SCMH clock ranges on each episode's timed line ("97112 ▸ 13:30–13:53", "97116 ▸ 13:53–14:05"), 23 and 12 match; 1:1 ticked; both episodes complete: passes.
        ["v6-h134-scmh-clock-ranges-balance-and-gait"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Saari
            EPISODE A: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 13:30–13:53
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance eyes closed, perturbations in tandem, stepping to targets with a stop on cue.
            Impairment: impaired postural control with a late stepping reaction.
            Measures: Berg 44/56.
            EPISODE B: Gait after L THA    ICD-10: Z96.642
            Timed: 97116 ▸ 13:53–14:05
            Interventions: gait training with the cane on the hall and over the snowbank-side ramp, cues for an even step length.
            Impairment: L Trendelenburg and short R step.
            Measures: 350 ft with the cane, SBA.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "Z96.642"], [PT("97112", 23), PT("97116", 12)], []),

        // QHPT three codes with dotted leaders ("97112 ........ 23 mins", "97140 ........ 9 mins", "97110 ........ 10 mins"); one-on-one; all complete: passes.
        ["v6-h134-qhpt-three-dotted-leaders"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — one-on-one for the whole visit.
            97112 ........ 23 mins — balance (Dr. Bell)
              Perturbations in semi-tandem, foam stance with head turns, hurdle step-overs.
              Deficit: postural sway and a late protective step on the icy quarry road.
              Today: Berg 47/56.
            97140 ........ 9 mins — neck (Dr. Okafor)
              C5-6 unilateral PA glides grade III R, suboccipital release.
              Deficit: R cervical rotation 52 degrees.
            97110 ........ 10 mins — neck (Dr. Okafor)
              Chin tucks 2x15, prone rows 3x12, wall angels 2x10.
              Deficit: weak deep neck flexors and lower traps.
            """,
            ["R26.81", "M54.2"], [PT("97112", 23), PT("97140", 9), PT("97110", 10)], []),

        // MPT Raintree-style recertification grid "CPT | Description | Min" with two codes (24 and 11); one-on-one; both complete: passes.
        ["v6-h134-mpt-recert-grid-two-codes"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            RECERTIFICATION — UPDATED PLAN OF CARE
            Cert Period: 04/02/2026 through 05/28/2026    Frequency/Duration: 2x/wk x 8 wks
            Treatment Provided This Date
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 24
            97140 | Manual therapy | 11
            97112: one-on-one; rocker board with head turns, foam tandem, lateral perturbations. Deficit: R ankle proprioception, rolls it on the shrimp-boat deck. Berg 51/56; rocker 15 sec.
            97140: talocrural posterior glides grade III, STM to the R peroneals. Deficit: R ankle DF stiffness, knee-to-wall 8 cm.
            Physician signature requested.
            Colleen Drayton, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 24), PT("97140", 11)], []),

        // BHSS two billed rows (a PT's 97112 and a PTA's 97110) with the ATC's cupping "8 min, cash — not billed" on its own Recovery Bar row; one-on-one; both complete: passes.
        ["v6-h134-bhss-two-rows-cupping-own-row"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 23 min
            97110 TE | Mikayla Schade PTA | 14 min
            Delivery: one-on-one with Tessa for the NMR.
            NMR: reactive lateral step-downs, BOSU single-leg stance with perturbations, hop to stick. Deficit: R knee proprioception after ACL reconstruction. Objective: hop-and-stick R 7/10; Y-balance anterior R 62 cm.
            TE: SL leg press 50 lb 3x10, Nordic curls assisted 3x5, split squats 3x8. Deficit: R quad and hamstring weakness.
            RECOVERY BAR — cash, not billed
            Cupping to the R hamstring | Noah Fergen ATC | 8 min, cash — not billed
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 23), PTA("97110", 14)], []),

        // BHBR two stamped rows (97112 10:02–10:25 = 23, 97140 10:25–10:36 = 11); 1:1; both complete: passes.
        ["v6-h134-bhbr-two-stamped-rows"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:02 ■ STOP 10:25 = 23 MIN
            97140 MANUAL THERAPY ▸ START 10:25 ■ STOP 10:36 = 11 MIN
            1:1 throughout.
            NMR: foam stance with head turns, tandem walking on the beam, perturbations at the hips. Impairment: L ankle proprioception after the sprain off the hangar step. Objective: tandem on the beam 3 m; 7 of 10 perturbations with one step.
            Manual: talocrural posterior glides grade III, STM to the L calf. Impairment: L ankle DF stiffness, knee-to-wall 6 cm.
            Cody Ostrander, PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 11)], []),

        // CCHR report with the PT's heading "97112 Neuromuscular re-education: 22 min" and the OT's "97530 Therapeutic activities: 16 min"; 1:1 ticked on the PT's block; both complete: passes.
        ["v6-h134-cchr-pt-and-ot-headings"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Berg | 35/56 | 39/56 | 43/56
            SKILLED INTERVENTIONS THIS DATE — 97112 Neuromuscular re-education: 22 min
            Resident seen: ☒ 1:1 ☐ Concurrent ☐ Group
            Foam stance at the rail with head turns, reactive stepping to light pushes, tandem walking at the hall rail.
            Deficit: impaired postural control; she loses her balance turning from the bingo table.
            Dolores Vang, PT
            SKILLED INTERVENTIONS THIS DATE — 97530 Therapeutic activities: 16 min
            Standing at the sink to wash and dry dishes, reaching plates to the cupboard, carrying the cup from the cart to the table.
            Deficit: R shoulder weakness and poor standing tolerance.
            Eight plates shelved with SBA; stood at the sink with CGA.
            Farah Nadeem, OTR/L
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), OT("97530", 16)], []),

        // PCSM two pipe heads ("97112 NMR — 22 min | 1:1 [x]", "97110 TE — 13 min"); both complete: passes.
        ["v6-h134-pcsm-two-pipe-heads"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Abby Lindquist, SDSU high jump
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL hop-and-stick fwd/lat | perturbations on the BOSU | reactive SL stick on my clap
            Imp: R ankle proprioception ↓ after the sprain on the takeoff
            Obj: hop-and-stick R 6/10 | SL foam EC 10 s
            97110 TE — 13 min
            Tx: heel raises 3x20 | banded eversion green 3x15 | SL RDL 10 lb 3x10
            Imp: R calf and peroneal weakness
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 13)], []),

        // RBC heading "97112 Neuromuscular re-education — 34 min" on a 22-minute line: mismatch on 97112; otherwise complete.
        ["v6-h134-rbc-heading-34-on-22"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 34 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Rocker board M/L eyes closed, foam tandem with head turns, stepping over the hurdles.
            Deficit: R ankle proprioception after the sprain in the melon field.
            Rocker board 10 sec; Berg 50/56.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // MPT WebPT billing line "97110 Ther Ex — 2 units — 28 min" on a 15-minute line beside a matching "97112 NMR — 2 units — 23 min": mismatch on 97110; both complete.
        ["v6-h134-mpt-billing-line-28-on-15"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            Progress Report — Visit 20
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            Berg / 40 / 45 / 49 / 5
            Today: one-on-one; perturbations on the foam, stepping strategy to targets, tandem with head turns; then sit-to-stand 3x10, step-ups 6 inch 3x10, side-stepping with the red band 3x20 ft.
            Problem: late stepping reaction and postural sway; L hip abductor weakness.
            Billing: 97112 NMR — 2 units — 23 min; 97110 Ther Ex — 2 units — 28 min
            Jamal Whitfield, PT, OCS
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97110")]),

        // TVMC timer started 11:00 and stopped 11:36 "— 36 min" on a 24-minute line: mismatch on 97112; otherwise complete.
        ["v6-h134-tvmc-timer-36-on-24"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            11:00 97112 timer started (T. Gerber, PT) — 1:1
            11:01 Rocker board A/P eyes closed, foam tandem with head turns, perturbations at the pelvis
            11:12 Impairment: proprioception both feet with neuropathy; he can't feel the buggy step
            11:36 97112 timer stopped — 36 min
            11:37 Objective: Berg 45/56; rocker 9 s
            """,
            ["E11.42"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // RSP PTA's 97110 written "14.00–14.27 (27')" on a 15-minute line beside the PT's matching 97112: mismatch on 97110; both complete.
        ["v6-h134-rsp-pta-97110-prime-27-on-15"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT / T. Wierzbicki, PTA · 03.04.2026 · dairy herdsman, 62 y
            97112 NMR 13.35–13.58 (23') · 1:1 with Jonas
            Tx: rocker board eyes closed; perturbations in tandem; step-and-stick to targets.
            Problem: ankle proprioception both sides; he slips on the wet parlour floor.
            Measures: rocker 11 s; 6/10 step-and-stick.
            97110 TE 14.00–14.27 (27') · Tomasz
            Tx: leg press 60 kg 3x10; step-ups 20 cm box 3x10; calf raises 3x15.
            Problem: quad and calf weakness both sides.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // KRMC two TREATMENT TODAY headings without minutes and only "TOTAL TIMED TREATMENT: 37 MIN": separate time missing; both codes complete.
        ["v6-h134-krmc-total-timed-only"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT DAILY NOTE
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED
            Treated one-on-one by this therapist.
            Foam stance with head turns, hurdle stepping, perturbations in tandem. Impairment: postural control and a late stepping reaction. Berg 46/56.
            TREATMENT TODAY — CPT 97110 THER EX
            Sit-to-stand 3x10, step-ups 6 inch 3x10, hip abduction 2 lb 3x12. Impairment: R hip weakness.
            TOTAL TIMED TREATMENT: 37 MIN
            Trent Hollis, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // BMRH second bracket "[97140] Manual therapy — ___ min" beside "[97112] … — 23 min": separate time missing; both complete.
        ["v6-h134-bmrh-second-bracket-blank-minutes"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — F. Orozco PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Foam stance with head turns, tandem walking on the line, perturbations at the pelvis. Impairment: postural control after the fall at the grain elevator. Objective: Berg 47/56.
            [97140] Manual therapy — ___ min — F. Orozco PT
            L4-5 central PA glides grade III, STM to the paraspinals. Impairment: stiff lumbar extension.
            MODALITY ROOM: hot pack to the low back after, by Russ — untimed, not billed.
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97140", 11)], [SepTime]),

        // STBF narrative "Time: 39 minutes of balance and gait work, one-on-one." with no minutes for either code: separate time missing; both complete.
        ["v6-h134-stbf-minutes-of-balance-and-gait-work"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Wendell Prue — Bram Oosterhuis, PT
            What we worked on: neuromuscular re-education — perturbations on the foam, tandem on the beam with head turns; gait training (97116) with the cane on the ramp and the curb outside, cues for heel strike.
            Why: late stepping reaction and sway; short R step after the hip fracture.
            How he did: Berg 44 out of 56; 300 ft with the cane, SBA.
            Time: 39 minutes of balance and gait work, one-on-one.
            """,
            ["R26.81", "S72.001D"], [PT("97112", 24), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a three-code visit (balance, low back, hip) with diagnoses: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h134-empty-note-three-codes"] = new(
            "",
            ["R26.81", "M54.50", "M16.11"], [PT("97112", 23), PT("97140", 10), PT("97110", 12)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // Line breaks only on an OT's 97530 with a diagnosis: note missing on the line only.
        ["v7-h134-line-breaks-only-ot-97530"] = new(
            "\n\n\n",
            ["I69.331"], [OT("97530", 24)], [At(NoteMissing, "97530")]),

        // A tab and spaces only on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h134-tab-and-spaces-pta-97116-no-dx"] = new(
            "\t   \n ",
            [], [PTA("97116", 22)], [At(NoteMissing, "97116"), Dx]),

        // The contract's meanings for 97110 and 97116 on a TRMC two-problem note: hip and knee exercises with doses (97110); walker to cane on the hall, the levee-path ramp and the curb with distance and assistance (97116); deficits; minutes match: passes.
        ["v7-h134-trmc-97110-and-97116-meanings"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Opal Sturgill. Brandi Oyelaran, PTA (supervising PT: L. Fairweather)
            PROBLEM #1 — R THA, 7 weeks (Z96.641)
              97110 — 14 min
              Bridges 3x12, standing hip abduction 2 lb 3x12, sit-to-stand from the 18 inch chair 3x10, heel raises 3x15.
              Impairment: R hip abductor and extensor weakness, she lurches to the R in stance.
            PROBLEM #2 — Gait after the THA (R26.89)
              97116 — 23 min
              Gait training from the rolling walker to the straight cane on the hall, the ramp down to the levee path and the curb at the entrance; cues for heel first on the R and an even step.
              Impairment: short L step and R Trendelenburg; afraid of the curb.
              Measures: 320 ft with the cane, CGA; ramp and curb with min A.
            """,
            ["Z96.641", "R26.89"], [PTA("97110", 14), PTA("97116", 23)], []),

        // The contract's meanings for 97530 and 97140 on an RBC note: lifting feed buckets to the truck tailgate and carrying them to the pen with counts and assistance (97530); long-axis hip distraction and inferior glides with degrees (97140); deficits; headings match: passes.
        ["v7-h134-rbc-97530-and-97140-meanings"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Wilton
            PHYSICAL THERAPY — daily note
            Who: [X] PT  [ ] PTA  [ ] CA      Luis Medrano, PT
            97530 Therapeutic activities — 22 min
            Lifting the feed bucket from the floor to the truck tailgate with a hip hinge, carrying two half-full buckets to the pen and back, kneeling to the water tank and getting up again.
            Deficit: R hip stiffness and weakness, he can't kneel to the hog waterer or carry the feed.
            6 lifts to the tailgate with SBA; buckets carried 40 ft x 3; kneel to stand with one hand on the tank.
            97140 Manual therapy — 11 min
            Long-axis distraction and inferior glides to the R hip grade III, STM to the R TFL.
            Deficit: R hip flexion 95 degrees and IR 10 degrees.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): none today.
            """,
            ["M16.11"], [PT("97530", 22), PT("97140", 11)], []),

        // TVMC log of a wholly generic 97112: "balance training per plan … tolerated well … continue plan of care" between the timer lines; nothing named, no one-on-one; timer 23 matches.
        ["v7-h134-tvmc-generic-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            15:10 97112 timer started (B. Oyelaran, PTA)
            15:11 Balance training per plan
            15:20 Tolerated well, no complaints
            15:33 97112 timer stopped — 23 min
            15:34 Continue plan of care
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MPT wholly generic progress note on two codes: "Progress report completed today. Balance and strengthening per plan. Patient tolerated treatment well. Continue plan of care." with each code's minutes: nothing named for either code, no one-on-one.
        ["v7-h134-mpt-generic-progress-two-codes"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Progress Report
            Progress report completed today. Balance and strengthening per plan. Patient tolerated treatment well. Continue plan of care.
            Billing: 97112 NMR — 23 min; 97110 Ther Ex — 15 min
            Ashlyn Pruitt, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // BMRH wholly generic 97110 with the aide's hot pack after: "Therapeutic exercise per flowsheet. Tolerated well." — nothing named for 97110.
        ["v7-h134-bmrh-generic-97110-hot-pack-after"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (HERMISTON CLINIC)
            TIMED INTERVENTIONS
            [97110] Therapeutic exercise — 15 min — D. Hollister PTA
            Therapeutic exercise per flowsheet. Tolerated well. Continue per plan.
            MODALITY ROOM: hot pack after, by the aide — untimed, not billed.
            """,
            ["M54.50"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // KRMC re-evaluation that restates the IE's deficits and today's scores under a 97112 heading, one-on-one, without naming anything done in the billed time: technique missing only.
        ["v7-h134-krmc-re-eval-restates-nothing-done"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (BREESE)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      37/56     42/56       45/56
            TUG                       17.2 s    14.9 s      13.1 s
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            Treated one-on-one by this therapist.
            Impairments re-assessed: impaired postural control, delayed stepping reaction and decreased proprioception in both feet, as at the IE; improving.
            Medical necessity: continued skilled care to reduce fall risk. Rehab potential: good.
            Miriam Okafor, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // RSP Mount Vernon ordinary two-code day in two dotted ranges with prime minutes: 97112 (22') and 97110 (13'); 1:1; both complete: passes.
        ["vord-h134-rsp-nmr-and-te-two-ranges"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 30.03.2026 · seed-potato grader, 64 y
            97112 NMR 08.10–08.32 (22') · 1:1
            Tx: foam stance with ball tosses; tandem walk with head turns; perturbations at the shoulders.
            Problem: postural sway and a late stepping reaction at the grading belt.
            Measures: Mini-BESTest 20/28; tandem 12 s.
            97110 TE 08.32–08.45 (13')
            Tx: sit to stand 3x10; step-ups 20 cm box 3x10; hip abduction 1 kg 3x12.
            Problem: hip abductor weakness both sides.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // BHBR Greybull PTA 97116 with the quad cane on the hall and the ramp, distance and assistance; L foot drop gait; stamps 23 match: passes.
        ["vord-h134-bhbr-pta-97116-quad-cane"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97116 GAIT TRAINING ▸ START 15:05 ■ STOP 15:28 = 23 MIN
            Interventions: gait training with the quad cane and the L AFO on the hall, the ramp and the curb cut outside, cues for L knee flexion in swing.
            Impairment: L foot drop with a steppage gait after the peroneal nerve injury; he catches the L toe on the shop floor.
            Objective: 380 ft quad cane SBA; ramp and curb CGA.
            Renata Villalobos, PTA
            """,
            ["M21.372"], [PTA("97116", 23)], []),

        // PCSM Brookings 97140: patellar mobilisations and STM to the quad with knee flexion degrees; R knee stiffness after ACL repair; 12 matches: passes.
        ["vord-h134-pcsm-97140-patellar-mobs"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Tori Haugen, SDSU volleyball
            97140 MT — 12 min
            Tx: superior/inferior patellar mobs gr III | tibiofemoral post glides in flexion | STM to the distal quad and ITB
            Imp: R knee flexion stiffness 10 wks after ACLR, can't get into a block-jump squat
            Obj: R knee flexion 118° → 126°
            """,
            ["Z98.890", "S83.511D"], [PT("97140", 12)], []),

        // PTH Wytheville OT 97530 in the kitchen: carrying the skillet, reaching the spice shelf, stepping over the dog gate; L shoulder and standing tolerance; counts and assistance; box 23 matches: passes.
        ["vord-h134-pth-ot-97530-kitchen"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: pt's sister
            97530 [ 23 ] min
            Tx: carrying the cast-iron skillet from the stove to the sink, reaching the spice shelf above the stove, stepping over the dog gate with a dish in hand
            Problem: L shoulder weakness after the fracture and poor standing balance carrying; she puts the skillet down halfway
            Assist/Dist: skillet carried 12 ft x 4 with SBA; 7 of 8 reaches to the shelf
            """,
            ["S42.202D", "M62.81"], [OT("97530", 23)], []),

        // STBF Elmira PTA 97112 and OT 97530 with prose Time lines; one-on-one on the PTA's work; both complete: passes.
        ["vord-h134-stbf-pta-and-ot-prose-time"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Hazel Dunning — Leticia Fairweather, PTA and Joan Pettibone, OTR/L
            What we worked on: Leticia one-on-one for the balance work — foam stance with head turns, tandem on the beam, perturbations at the pelvis. Joan: carrying a tray of glasses to the table, reaching to the top cupboard, putting groceries away standing.
            Why: slow ankle strategy and sway; R shoulder weakness reaching overhead.
            How she did: Berg 47 out of 56; tray carried 20 ft x 3 with SBA; 5 of 6 reaches to the top shelf.
            Time: Neuromuscular re-education (97112), 23 minutes. Therapeutic activities (97530), 15 minutes.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), OT("97530", 15)], []),

        // TVMC New Philadelphia two timers in the log (97110 14, 97112 23); 1:1 on the 97112; both complete: passes.
        ["vord-h134-tvmc-two-timers-te-and-nmr"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            08:00 97110 timer started (R. Stutzman, PT)
            08:01 Bridges 3x12, side-lying hip abduction 2 lb 3x12, step-ups 6 inch 3x10
            08:05 Impairment: R hip weakness after the THA, she can't step up into the buggy
            08:14 97110 timer stopped — 14 min
            08:14 97112 timer started — 1:1
            08:15 Foam stance with head turns, tandem walking on the line, perturbations at the pelvis
            08:22 Impairment: postural control, she sways turning at the harness bench
            08:37 97112 timer stopped — 23 min
            08:38 Objective: Berg 47/56; tandem 11 s
            """,
            ["Z96.641", "R26.81"], [PT("97110", 14), PT("97112", 23)], []),

        // TPT Thermopolis "97112/97140 = 23/11 min" with "1:1 [x]"; both complete: passes.
        ["vord-h134-tpt-nmr-and-manual-slash"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97140 = 23/11 min — 1:1 [x] / grp [ ]
            NMR tx/ foam SLS w/ ball toss, BAPS lvl 4, step-downs off the 6" box EC
            NMR why/ R ankle proprio ↓ s/p sprain on the terrace steps at the hot springs
            NMR #s/ SLS R foam 11 s; 8/10 step-downs w/o a hand
            MT tx/ talocrural post glides gr III, STM R gastroc
            MT why/ R ankle DF stiff, knee-to-wall 8 cm
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 11)], []),

        // CST Stillwater two geri heads (97112 22 and 97116 14); 1:1 Y; both complete with screens: passes.
        ["vord-h134-cst-nmr-and-gait-two-heads"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns, tandem at the hall rail, stepping strategy to targets.
            PROBLEM: impaired postural control and a slow step; she sways reaching for the hymnal rack.
            OBJECTIVE: Berg 44/56.
            97116 GAIT — 14 min
            TX: gait with the rollator on the hall and into the dining room, cues for upright posture and a longer L step.
            PROBLEM: short L step, flexed posture.
            OBJECTIVE: 300 ft rollator SBA.
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // TRMC Paducah three problems (balance 97112, neck 97140, knee 97110) with indented code lines; one-to-one; all complete: passes.
        ["vord-h134-trmc-three-problems"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Dessie Ramage. Naomi Achterberg, PT, DPT, OCS — one-to-one throughout.
            PROBLEM #1 — Imbalance (R26.81)
              97112 — 23 min
              Perturbations on the Airex, tandem walking with head turns, stepping over the cane row.
              Impairment: late stepping reaction and postural sway.
              Measures: Berg 45/56.
            PROBLEM #2 — Cervicalgia (M54.2)
              97140 — 9 min
              C4-5 unilateral PA glides grade III L, suboccipital release.
              Impairment: L cervical rotation 50 degrees, she can't see the blind spot.
            PROBLEM #3 — L knee OA (M17.12)
              97110 — 12 min
              Sit-to-stand 3x10, SAQ 3 lb 3x15, step-ups 4 inch 3x10.
              Impairment: L quad weakness.
            """,
            ["R26.81", "M54.2", "M17.12"], [PT("97112", 23), PT("97140", 9), PT("97110", 12)], []),

        // SCMH Marquette PT's balance episode and PTA's knee episode, each with "Completed by:"; 1:1 ticked; both complete: passes.
        ["vord-h134-scmh-pt-balance-pta-knee"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sulo Niskanen
            EPISODE A: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, perturbations in semi-tandem, stepping over the hurdles.
            Impairment: ankle proprioception and postural control; he slips on the ore-dock stairs.
            Measures: Berg 46/56; rocker 12 sec.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            EPISODE B: R TKA    ICD-10: Z96.651
            Timed: 97110 ▸ 15 min
            Interventions: bike level 3, step-ups 6 inch 3x10, TKE green band 3x15.
            Impairment: R quad weakness, knee flexion 110 deg.
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81", "Z96.651"], [PT("97112", 24), PTA("97110", 15)], []),

        // QHPT Barre low back (97140) and balance (97112) per referral with their minutes; one-on-one; both complete: passes.
        ["vord-h134-qhpt-low-back-and-balance"] = new(
            """
            Quarry Hill Physical Therapy, LLC — Barre
            Daily note, Jonah Pelletier, PT. Two referrals, one visit.
            Re: low back (Dr. Okafor, ortho) — 97140, 11 min
            L4-5 central PA glides grade III, STM to the L paraspinals and QL.
            Problem: L4-5 hypomobility; stiff bending to set the chisel on the carving bench.
            Today: standing flexion fingertips to mid-shin.
            Re: balance (Dr. Bell, neuro) — 97112, 23 min
            One-on-one, my only patient for this part.
            Rocker board A/P eyes closed, step-and-stick onto the foam, lateral pushes in narrow stance.
            Problem: poor foot position sense with the neuropathy.
            Today: SLS R 6 sec, L 7 sec.
            """,
            ["M54.50", "G62.9"], [PT("97140", 11), PT("97112", 23)], []),

        // BHSS Spearfish 97112 with dry needling after the billed block, cash and consented; one-on-one; complete: passes.
        ["vord-h134-bhss-nmr-needling-after-cash"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Spearfish          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97112 NMR | Tessa Lindahl PT | 24 min
            Delivery: one-on-one, Tessa and Mr. Haakenson only.
            NMR: single-leg stance on the foam with head turns, lateral hops to stick, perturbations at the pelvis in split stance.
            Deficit: L knee proprioception and quad timing after the ACL reconstruction; knee wobbles landing off the hay-wagon step.
            Objective: Y-balance anterior L 60 cm vs R 66 cm; 7 of 10 hops stuck.
            RECOVERY BAR — cash, not billed
            Dry needling L VMO | Tessa Lindahl PT | after the billed block, self-pay $65, separate consent
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 24)], []),

        // BHSS Sturgis PTA 97110 for the R shoulder with kinesio tape by the ATC after, cash: passes.
        ["vord-h134-bhss-pta-shoulder-tape-after"] = new(
            """
            BLACK HILLS SPORTS & SPINE — Sturgis          BHSS Visit Note
            BILLED — Medicare
            Service | By | Time
            97110 TE | Mikayla Schade PTA | 16 min
            TE: sidelying ER 2 lb 3x12, prone Y and T 2x10, rows with the green band 3x15, serratus punches 3x12.
            Deficit: R cuff and lower trap weakness; shoulder aches throwing hay bales.
            RECOVERY BAR — cash, not billed
            Kinesio tape R shoulder | Noah Fergen ATC | after, $15
            """,
            ["M75.41"], [PTA("97110", 16)], []),

        // RBC Muscatine 97112 with the DC's adjustment and the CA's IFC on their own lines; one-on-one in words; complete: passes.
        ["vord-h134-rbc-nmr-dc-adjustment-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — Muscatine
            PHYSICAL THERAPY — daily note
            97112 Neuromuscular re-education — 23 min
            Who: [X] PT  [ ] PTA  [ ] CA      Jana Kruse, PT, DPT
            One-on-one:  (Y) / N
            Rhythmic stabilization in half-kneel, foam stance with head turns, stepping over the hurdle row.
            Deficit: trunk and postural control; she sways reaching to the top shelf at the pearl-button museum.
            Berg 47/56; 8 of 10 hurdles cleared.
            CHIROPRACTIC (Dr. Vollmer — billed by the DC, not part of this PT note): Cox flexion-distraction afterwards.
            IFC to the low back by Kori (CA), unattended, not part of this PT note.
            """,
            ["R26.89", "M62.81"], [PT("97112", 23)], []),

        // RBC West Liberty PTA 97110 for the low back with the HydroMassage bed after on the wellness membership: passes.
        ["vord-h134-rbc-pta-97110-hydromassage-after"] = new(
            """
            River Bend Chiropractic & Physical Therapy — West Liberty
            PHYSICAL THERAPY — daily note
            97110 x 14 min
            Who: [ ] PT  [X] PTA  [ ] CA      Becca Ehlers, PTA
            Bird dogs 3x10, dead bugs 3x10, bridges with the band 3x12, side planks on the knees 4 x 20 sec.
            Deficit: lumbar stabilizer and glute weakness; back aches after a shift on the furniture line.
            HydroMassage bed afterwards — wellness membership, not billed.
            """,
            ["M54.50"], [PTA("97110", 14)], []),

        // BMRH Pendleton OT's 97530 and PT's 97112 in brackets with the aide's paraffin untimed; individual ticked on the PT's bracket; both complete: passes.
        ["vord-h134-bmrh-ot-and-pt-brackets"] = new(
            """
            BLUE MOUNTAIN REGIONAL HOSPITAL — OUTPATIENT THERAPY (PENDLETON)
            TIMED INTERVENTIONS
            [97112] Neuromuscular re-ed — 23 min — M. Ashby PT
            Delivery: Individual [X]  Concurrent [ ]  Group [ ]
            Foam stance with head turns, perturbations at the pelvis, stepping over the cones on a called colour. Impairment: postural control after the R CVA; she lists R at the bead table. Objective: Berg 43/56.
            [97530] Therapeutic activities — 16 min — S. Whitecrane OTR/L
            Stringing beads standing at the counter, carrying the bead tray to the table, reaching to the top bin. Impairment: R hand coordination and standing tolerance. Objective: tray carried 15 ft x 3 with SBA; 20 beads strung in a row.
            MODALITY ROOM: paraffin to the R hand after, by Russ — untimed, not billed.
            """,
            ["I69.351", "I69.331"], [PT("97112", 23), OT("97530", 16)], []),

        // KRMC Carlyle progress note with the grid, goal status and two codes under TREATMENT TODAY headings; one-on-one; both complete: passes.
        ["vord-h134-krmc-pr-nmr-and-te"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (CARLYLE)
            PT PROGRESS NOTE / RE-EVALUATION — VISIT 10
            REPORTING PERIOD: 03/02/2026 to 03/30/2026
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Berg                      39/56     44/56       48/56
            GOAL STATUS: LTG 1 carry the laundry down the basement stairs — PROGRESSING
            TREATMENT TODAY — CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            Treated one-on-one by this therapist.
            Foam stance with head turns, tandem walking on the line, perturbations at the pelvis.
            Impairment: delayed ankle strategy and postural sway on the basement stairs.
            TREATMENT TODAY — CPT 97110 THER EX — 14 MIN
            Sit-to-stand 3x10, step-ups 6 inch 3x10, heel raises 3x15.
            Impairment: bilateral quad and calf weakness.
            Medical necessity: continued skilled care. Rehab potential: good.
            Trent Hollis, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // KRMC Highland OT discharge summary with the day's 97530: dressing and tub transfer with assistance; R shoulder; heading 22 matches: passes.
        ["vord-h134-krmc-ot-discharge-97530"] = new(
            """
            KASKASKIA RIVER MEDICAL CENTER — OUTPATIENT THERAPY (HIGHLAND)
            OT DISCHARGE SUMMARY — TREATMENT PROVIDED THIS DATE
            OUTCOME MEASURES          IE        LAST PR     TODAY
            Grip R                    22 lb     31 lb       38 lb
            TREATMENT TODAY — CPT 97530 THERAPEUTIC ACTIVITIES — 22 MIN
            Putting on a pullover and a coat standing, tub transfer with the bench, carrying the rabbit carrier to the car.
            Impairment: R shoulder weakness and reduced reach after the RCR; she can't lift the carrier to the fair table.
            Today: pullover and coat independent; tub transfer with supervision; carrier lifted 5 times.
            Discharge status: goals met, home program reviewed.
            Renata Quist, OTR/L
            """,
            ["Z47.89", "M75.121"], [OT("97530", 22)], []),

        // MPT owner's discharge summary with treatment: 97140 and 97110 on the billing line; L shoulder; both complete: passes.
        ["vord-h134-mpt-discharge-manual-and-te"] = new(
            """
            Marshside Physical Therapy & Balance — Darien
            DISCHARGE SUMMARY
            Discharge status: goals met; independent with the home program.
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            QuickDASH / 52 / 31 / 18 / 8
            Today: posterior and inferior GH glides grade III and a sleeper stretch held by me; then ER with the red band 3x15, rows 3x12, wall slides 2x10.
            Problem: L posterior capsule tightness and cuff weakness; she can't reach back for the seatbelt.
            L shoulder ER 68° today (IE 35°).
            Billing: 97140 Manual — 1 unit — 11 min; 97110 Ther Ex — 1 unit — 14 min
            Colleen Drayton, PT, DPT
            """,
            ["M75.02"], [PT("97140", 11), PT("97110", 14)], []),

        // MPT Raintree-style recertification with a 97116 grid row; gait with the cane on the boardwalk and stairs; distance and assistance; grid 23 matches: passes.
        ["vord-h134-mpt-recert-gait-grid"] = new(
            """
            Marshside Physical Therapy & Balance — St. Simons Island
            RECERTIFICATION — UPDATED PLAN OF CARE
            Cert Period: 04/03/2026 through 05/29/2026    Frequency/Duration: 2x/wk x 8 wks
            Treatment Provided This Date
            CPT | Description | Min
            97116 | Gait training | 23
            Today: gait training with the straight cane on the pier boardwalk and the stairs to the beach access, cues for heel strike on the R and a longer L step.
            Deficit: short L step and R knee hyperextension in stance after the stroke.
            6MWT 880 ft (IE 610 ft); stairs with the rail, SBA.
            Physician signature requested.
            Jamal Whitfield, PT, OCS
            """,
            ["I69.351"], [PT("97116", 23)], []),

        // CCHR Part B PTA 97110 for a resident, seated and rail exercise with ankle weights; hip and knee weakness; heading 15 matches: passes.
        ["vord-h134-cchr-pta-97110-rail-exercise"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            30 s chair stand | 3 | 5 | 7
            SKILLED INTERVENTIONS THIS DATE — 97110 Therapeutic exercise: 15 min
            Seated LAQ 2 lb 3x12, marching 2 lb 3x15, standing heel raises at the rail 3x12, mini squats at the rail 2x10.
            Deficit: bilateral hip and knee weakness; she can't rise from the dining chair without pushing twice.
            Kurt Engebretsen, PTA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // CCHR Part B PT 97116 on the hall to the dining room with the walker; distance and assistance; heading 22 matches: passes.
        ["vord-h134-cchr-pt-97116-hall-to-dining-room"] = new(
            """
            COTTONWOOD CREEK HEALTH & REHABILITATION — MERIDIAN REHAB PARTNERS
            PART B PROGRESS REPORT (10th treatment day)
            LTG | Baseline | Prior report | Current
            Gait distance (FWW) | 40 ft | 110 ft | 180 ft
            SKILLED INTERVENTIONS THIS DATE — 97116 Gait training: 22 min
            Gait training with the front-wheeled walker on the hall to the dining room and back, turns at the doorway, cues for step length and staying inside the walker.
            Deficit: short shuffling steps and a forward trunk; she drifts out of the walker at the doorway.
            Today: 180 ft FWW with CGA, two turns at the doorway.
            Gil Archuleta, PT, director of rehab
            """,
            ["R26.89", "M62.81"], [PT("97116", 22)], []),

        // SCMH three episodes (PT vestibular, PTA hip, OT wrist) with their timed lines; 1:1 ticked on the PT's; all complete: passes.
        ["vord-h134-scmh-three-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Hilma Koski
            EPISODE A (PT): Dizziness    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking with head turns, habituation to bending.
            Impairment: L vestibular hypofunction.
            Measures: DGI 19/24.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            EPISODE B (PT): L hip OA    ICD-10: M16.12
            Timed: 97110 ▸ 13 min
            Interventions: bridges 3x12, clamshells 3x15, standing abduction 2 lb 3x12.
            Impairment: L hip abductor weakness.
            Completed by: Rosalind Kivela, PTA
            EPISODE C (OT): R wrist fracture    ICD-10: S52.501D
            Timed: 97530 ▸ 15 min
            Interventions: wringing a dish towel, opening jars, carrying the pasty tray.
            Impairment: R grip weakness.
            Measures: 4 of 5 jars opened; tray carried 10 ft x 3.
            Completed by: Marit Salo, OTR/L
            """,
            ["H81.22", "M16.12", "S52.501D"], [PT("97112", 22), PTA("97110", 13), OT("97530", 15)], []),

        // TRMC Mayfield vestibular (97112) and neck (97140); one-to-one; both complete: passes.
        ["vord-h134-trmc-vestibular-and-neck"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Nova Cantrell. Lionel Fairweather, PT — one-to-one, private room.
            PROBLEM #1 — Dizziness (H81.22)
              97112 — 22 min
              X1 and X2 viewing standing on the Airex, walking the hall with head turns, habituation to rolling.
              Impairment: L vestibular hypofunction; she can't look down the tobacco-barn rows without the room spinning.
              Measures: DGI 17/24; DVA lost 2 lines.
            PROBLEM #2 — Cervicalgia (M54.2)
              97140 — 10 min
              Upper cervical mobilization, suboccipital release, STM to the levator.
              Impairment: R rotation 55 degrees.
            """,
            ["H81.22", "M54.2"], [PT("97112", 22), PT("97140", 10)], []),

        // QHPT Montpelier PTA's knee (97110) and PT's gait (97116) per referral with leaders; both complete: passes.
        ["vord-h134-qhpt-pta-knee-pt-gait"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            97110 ........ 15 mins — Re: R TKA (Dr. Okafor) — T. Lamoureux, PTA  ☐ PT ☒ PTA
              Bike level 4, step-ups 6 inch 3x10, leg press 70 lb 3x12, TKE green band 3x15.
              Deficit: R quad weakness, knee flexion 115 degrees.
            97116 ........ 23 mins — Re: gait (Dr. Bell) — M. Gagnon, PT  ☒ PT ☐ PTA
              Gait training with the cane on the snow-cleared sidewalk and the church steps, cues for an even step and heel strike.
              Deficit: short R step and a R knee that stays straight in swing.
              Today: 500 ft with the cane, mod I; church steps with the rail, SBA.
            """,
            ["Z96.651", "R26.89"], [PTA("97110", 15), PT("97116", 23)], []),

        // PTH Galax two boxes (97112 22, 97116 15) by the PT at home; 1:1; both complete: passes.
        ["vord-h134-pth-nmr-and-gait-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT, DPT
            Present: wife, in the kitchen
            97112 [ 22 ] min — 1:1, his wife in the kitchen
            97116 [ 15 ] min
            Tx (97112): tandem along the counter, stepping over the rug edge, perturbations on the couch cushion
            Tx (97116): gait with the cane out to the fiddle shed and back on the uneven yard, cues for heel strike
            Problem: impaired proprioception both feet and a late step; short L step on the uneven yard
            Assist/Dist: tandem 8 sec; 5 of 6 perturbations without a hand; 200 ft cane SBA on the grass
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 15)], []),

        // BHBR Worland PT 97112 with the patient's age and a follow-up date; 1:1; stamps 24 match: passes.
        ["vord-h134-bhbr-age-and-follow-up-date"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:20 ■ STOP 09:44 = 24 MIN
            1:1 the whole range. Pt is 79, retired sugar-beet hauler; next visit 04/06/2026.
            Interventions: rocker board M/L eyes closed, tandem walking with head turns, perturbations in semi-tandem.
            Impairment: ankle proprioception both feet and postural sway; he can't feel the edge of the loading ramp.
            Objective: Berg 45/56; rocker 10 s.
            Joel Akiyama, PT
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // PCSM Yankton PTA 97112 with pipes and "1:1 [x]"; complete: passes.
        ["vord-h134-pcsm-pta-nmr-pipes"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Luke Sazama, marching-band sousaphone
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL stance on foam w/ head turns | backward march on the foam beam | lat perturbations at the pelvis
            Imp: L ankle proprioception ↓ after the sprain on the field-house ramp
            Obj: SL foam L 9 s | 7/10 perturbations w/o a step
            """,
            ["S93.402D"], [PTA("97112", 23)], []),

        // CST Enid complete 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h134-cst-complete-no-diagnosis"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with ball tosses, tandem walking at the hall rail, lateral perturbations at the hips.
            PROBLEM: impaired postural control; he sways reaching to the coffee urn.
            OBJECTIVE: Berg 46/56; TUG 12.6 s.
            """,
            [], [PT("97112", 22)], [Dx]),

        // MPT complete WebPT-style progress report whose diagnosis cell reads the words "poor balance": not an ICD-10-CM code — diagnosis missing only.
        ["vord-h134-mpt-diagnosis-in-words"] = new(
            """
            Marshside Physical Therapy & Balance — Brunswick
            Progress Report — Visit 10
            Outcome Measures: Measure / Initial Eval / Previous / Current / MCID
            Berg / 41 / 46 / 50 / 5
            Today: perturbations on the foam, stepping strategy drills, tandem walking with head turns.
            Delivery: one-on-one.
            Problem: late stepping reaction and postural sway on the pulp-mill catwalk.
            Billing: 97112 NMR — 2 units — 23 min
            Colleen Drayton, PT, DPT
            """,
            ["poor balance"], [PT("97112", 23)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
