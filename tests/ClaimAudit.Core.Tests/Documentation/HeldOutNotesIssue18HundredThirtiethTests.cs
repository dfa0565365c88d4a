using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirtieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind after the hundred-and-twenty-eighth and hundred-and-twenty-ninth
/// sets) is the next week (23–27 March 2026) of the same clinics and writers as those two sets, in the same styles and
/// with new patients, new days and new wording within the same templates: one-line heads with clock ranges and prime
/// minutes, stamped START / STOP rows with HOLD rows, pipe shorthand with "1:1 [x]", home-visit minute boxes, the
/// narrative's "What we worked on / Why / How she did / Time", an activity log with a clock time on every line, the
/// owner's slash shorthand and the geriatric visit with its screens. No style is new; the set measures how the analyzer
/// does on styles it has already seen, with notes it has not. About two thirds are ordinary and complete (70 of 108),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PTA's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from these employers:
/// <list type="number">
/// <item>from the hundred-and-twenty-eighth set's week: Rosario Strait Physiotherapy (RSP: Anacortes, Mount Vernon and
/// Friday Harbor, Washington; "97112 NMR 10.14–10.37 (23') · 1:1", "Setting:", "Tx:", "Problem:", "Measures:", dotted
/// day-first dates and metric heights and loads): Jonas Brenner, Annelies de Vries and Sanne Verhoeven (PTs) and Tomasz
/// Wierzbicki (PTA); Big Horn Basin Regional Hospital — Outpatient Rehabilitation (BHBR: Worland, Thermopolis and
/// Greybull, Wyoming; "▸ START ■ STOP … = 23 MIN" rows and "⏸ HOLD" rows): Maren Thorsby (PT, DPT, NCS), Joel Akiyama
/// (PT), Renata Villalobos (PTA) and Cody Ostrander (PT); Prairie Coteau Sports Medicine (PCSM: Brookings and Yankton,
/// South Dakota; "97112 NMR — 22 min | 1:1 [x]", pipes, "Imp:", "Tx:", "Obj:"): Dr. Jens Halvorsen (PT, DPT, SCS), Maya
/// Two Bulls (PT, ATC) and Tate Kloster (PTA); Porchlight Therapy at Home (PTH: Galax, Hillsville and Wytheville,
/// Virginia; "Visit at:", "Present:", "Tx:", "Problem:", "Assist/Dist:" and minute boxes "97116 [ 23 ] min"): Rhonda
/// Sizemore (PT, DPT), Darnell Hash and Kaylee Quesenberry (PTAs) and Lorena Bowman (OTR/L); and Southern Tier Balance
/// and Falls Clinic (STBF: Elmira, Corning and Ithaca, New York; the "STBF Visit Narrative"): Dr. Naomi Castellucci (PT,
/// DPT, NCS), Bram Oosterhuis (PT), Leticia Fairweather (PTA) and Joan Pettibone (OTR/L);</item>
/// <item>from the hundred-and-twenty-ninth set's Monday: Tuscarawas Valley Medical Center — Outpatient Therapy (TVMC:
/// New Philadelphia, Dover and Sugarcreek, Ohio; the activity log with "timer started / stopped"): Renee Stutzman (PT),
/// Tom Gerber (PT) and Ben Oyelaran (PTA); Thermopolis Physical Therapy (TPT: Thermopolis and Worland; "tx/ why/ #s/",
/// "97112/97140 = 23/11 min" and "1:1 [x] / grp [ ]"): Russ Ekberg (PT) and Jolene Sandoval (PTA); and Cimarron Senior
/// Therapy (CST: Enid, Stillwater and Prairie Rose Assisted Living in Ponca City; "CST GERI VISIT" with falls,
/// orthostatics, ROS and "1:1: Y / N"): Loretta Haskins (PT, GCS), Bao Tran (PT), Wendell Pickard (PTA) and Renata
/// Holloway (OTR/L).</item>
/// </list>
/// This week's people: a San Juan Islands whale-watch deckhand, a retired net mender, a Skagit seed-potato grader, a
/// Worland bean-plant sorter, a Shoshone River fly-fishing guide, a Greybull airtanker mechanic, a Jackrabbits pole
/// vaulter, a Yankton marching-band drum major, a Hillsville fiddler, a woman who quilts on the porch, a Wytheville
/// retired bus driver, a Corning glass cutter, a Seneca Lake winery cellar hand, an Amish harness maker, a Dover
/// pottery glazer, a Hot Springs bathhouse attendant, an oilfield roustabout, a retired Enid grain-elevator
/// operator and a woman who calls bingo at the assisted living — with a granddaughter on the porch swing, a
/// son-in-law in the pickup, a sister, a wife by the door and an aide who set out the cones.
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading each template as its writers fill it: a
/// blank, "____" and an unanswered "Y / N" state nothing, a box is read as ticked or not, a time stamp on a log line, a
/// HOLD row and a screen's count are never a code's minutes, a code's split ranges add up, and a branded programme's
/// level never stands for a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h130-…): one-on-one in these writers' own words ("1:1, the two of us in the net-loft room", "1:1 —
/// just me and Mr. Vass; his granddaughter watched from the porch swing", "1:1/just pt &amp; me — son-in-law waiting in
/// the pickup", "one-on-one; her sister sat in on the balance work", "1:1, his wife in the chair by the door", "1:1 the
/// whole range; the aide set out the cones"), notes that negate it (a PTA "had Mrs. Lindahl and Mr. Okada on the beam
/// together, swapping between them", "1:1: N — Mrs. Whitlow at the hall rail beside her, cued both", a PT who ran two
/// athletes through hop-and-stick together) or never state it (a slash-shorthand note and a stamped note with no
/// delivery word), and the codes without a one-on-one check: an OT's 97530 in a kitchen with the husband, also on the
/// caseload, at the table, and a PTA's 97110 beside another patient on the bike;</item>
/// <item>class 2 (v2-h130-…): checkbox and blank-field states ("1:1 [x] / grp [ ]" ticked and "1:1 [ ] / grp [ ]" with
/// nothing ticked, "1:1: Y / N" left as printed, "PROBLEM: ____", "Obj: ____", "Tx: ______" in a home-visit note, a
/// narrative's "What we worked on: ____", "Setting: ____", a log's "Impairment: ____" line, and an unrelated
/// "NEAR-FALLS: ____" left blank beside a complete note);</item>
/// <item>class 3 (v3-h130-…): named programmes and methods as techniques (PNF D1 and D2 with rhythmic stabilisation,
/// Herdman X1 and X2 viewing, Mulligan mobilisation with movement at the ankle, McKenzie repeated extension in lying,
/// Otago strengthening with cuff weights, Tai Ji Quan: Moving for Better Balance forms, Maitland grade III glides to
/// the knee, Kaltenborn grade III distraction at the hip, Graston to the plantar fascia), the hospital's branded "Firm
/// Footing Program Level 3" as the only technique and an Alfredson protocol "per protocol" with no dose;</item>
/// <item>class 4 (v4-h130-…): deficits stated as findings (a woman who can't feel where the porch step ends in the dark,
/// a deckhand who sways when the deck rolls and he looks up, a vaulter whose knee caves in on the plant, a potter who
/// can't tell whether her feet are on the rug with her eyes shut) and notes that state none ("PROBLEM: see POC", "why/
/// same as last", "Why: as before", "Impairment: none today");</item>
/// <item>class 5 (v5-h130-…): measures in every usual form (a score in prose, "SLS EO/EC 25/7 s", a Y-balance composite
/// in percent, a Mini-BESTest and a gait speed, "~120 ft RW → SBA", counts with assistance for 97530, a six-minute walk
/// in feet) and notes with none ("steadier on the foam than last week, her sister agrees", "Obj: deferred — sore from
/// the meet", a home gait note "out to the henhouse and back" with no distance or assistance);</item>
/// <item>class 6 (v6-h130-…): minutes in these templates' forms (two codes in stamped rows around a HOLD, two timers in a
/// log, "97112/97140 = 23/11 min", two dotted ranges with prime minutes, two minute boxes, prose "Time" lines, two
/// one-line heads, two geri heads) and true mismatches (stamps adding to 35 on a 23-minute line, "97112/NMR 34 min" on
/// 22, "(12')" on a 24-minute 97110, a box of 12 on a 25-minute 97110, a timer's 33 on 21) and truly missing separate
/// time (a narrative's "38 minutes of balance and gait work", a log with only the session's start and end, a
/// home-visit box left "[ __ ]" beside a filled one, a pipe note with minutes on one head only);</item>
/// <item>class 7 (v7-h130-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code export, spaces and line breaks only on an OT's 97530, an empty PTA 97110 with no diagnosis),
/// the contract's meanings for 97110 (split squats and step-downs with kilograms), 97530 (a bingo caller reaching,
/// carrying and transferring), 97140 (thoracic PAs and rib mobilisation) and 97116 (cane on the gravel, the porch steps
/// and the ramp), and wholly generic notes (a narrative of "balance training … tolerated well", a shorthand "ther ex per
/// POC", a stamped two-code note "NMR and TE per plan of care");</item>
/// <item>ordinary (vord-h130-…): complete notes of the eight clinics that a reviewer passes (the false-positive guard),
/// and the ordinary weak one: a complete note with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — granddaughters, a son-in-law, a
/// sister, wives, husbands and an aide (none of them a patient; Mr. Okada, Mrs. Whitlow, the second athlete, the man on
/// the bike and the quilter's husband are), ages, dates, years at a job, step, box and curb heights in inches and centimetres, loads in pounds
/// and kilograms, band colours, degrees, counts of falls, cones, laps and trips, distances and gait speeds — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the
/// code, in its block's heading, in a minute box, in a stamped row or a timer line of the code, or as a clock range on
/// the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that fail for a
/// visit's total (a narrative's minutes of "balance and gait work", a log's session start and end); notes failed for
/// want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note
/// names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates could honestly be read either way on: a log line's clock time
/// that falls inside one code's timer but names another code's exercise, a geri screen's finding ("SENSATION: decreased
/// both feet") as the only deficit when the PROBLEM line says "see POC", a pipe note's "1:1 [x]" ticked beside a word
/// that a teammate "jumped in" for part of the block, a stamped range whose HOLD row is not said to be off the clock,
/// and a home-visit 97112 whose "Present:" names a spouse who is also a patient without saying whether he was treated.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 108 cases agree (106 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of a165bc4 (the start of the 2026-12-07 twentieth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 106 of 108, no false positive. Left: "39 minutes of balance and gait work" is also taken for the gait code (a mismatch beside the separate-time finding), and a blank second box reads a 97110 technique missing beside the separate-time finding.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtiethTests(ITestOutputHelper output)
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

        // RSP Friday Harbor: "Setting: 1:1, the two of us in the net-loft room"; half-roller stance with head turns, backward step-outs, PNF rhythmic stabilisation in stride; late backward step on the rolling deck; Mini-BESTest and step-outs; "(23')" and the range match: passes.
        ["v1-h130-rsp-two-of-us-net-loft-room"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. de Vries, PT · 24.03.2026 · whale-watch deckhand, 57 y
            97112 NMR 10.14–10.37 (23')
            Setting: 1:1, the two of us in the net-loft room.
            Tx: stance on the half-roller with head turns; backward step-outs to my call; PNF rhythmic stabilisation at the pelvis in stride stance.
            Problem: late backward protective step and sway; he staggers when the boat rolls under him at the rail.
            Measures: Mini-BESTest 20/28 (17/28 at intake); 7/10 backward step-outs with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PTH Hillsville: "1:1 — just me and Mr. Vass; his granddaughter watched from the porch swing"; tandem along the counter, step-overs of the rug edge, perturbations; proprioception; tandem seconds and perturbations; box 22 matches: passes.
        ["v1-h130-pth-granddaughter-on-porch-swing"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: granddaughter (on the porch swing)
            97112 [ 22 ] min — 1:1, just me and Mr. Vass; his granddaughter watched from the porch swing
            Tx: tandem walking along the kitchen counter; stepping over the braided-rug edge without looking down; perturbations at the hips standing on the couch cushion
            Problem: impaired proprioception both feet (neuropathy) and a late stepping reaction; he plays fiddle standing and tips back at the end of a tune
            Assist/Dist: tandem 7 sec without the counter (3 sec at SOC); 4 of 6 perturbations without a hand down
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // TPT Thermopolis shorthand: "1:1/just pt & me — son-in-law waiting in the pickup"; foam tandem, BAPS, lateral perturbations; R ankle proprio; SLS seconds and Berg; 23 matches: passes.
        ["v1-h130-tpt-son-in-law-in-the-pickup"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 23 min — 1:1/just pt & me — son-in-law waiting in the pickup
            tx/ tandem on foam w/ head turns, BAPS lvl 4 CW/CCW, lat perturb at pelvis
            why/ R ankle proprio ↓ s/p sprain on the bathhouse pool steps, rolls it on wet tile
            #s/ SLS R EO/EC 24/6 s; Berg 51/56
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // STBF Corning: "one-on-one; her sister sat in on the balance work"; foam perturbations, tandem on the beam, stepping to coloured targets; ankle strategy and sway; Berg and pushes; prose Time 24 matches: passes.
        ["v1-h130-stbf-sister-sat-in"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Rosalind Petrakis — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one; her sister sat in on the balance work. Perturbations at the pelvis on the foam, tandem walking on the beam with head turns, stepping to the coloured floor targets I called.
            Why: weak ankle strategy and sway; she grabs the cutting table at the glass works when she turns.
            How she did: Berg 45 out of 56; stayed on the foam without a step on 6 of 10 pushes.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // TVMC Dover log: "97112 timer started — 1:1, his wife in the chair by the door"; rocker board, foam catches, step-and-stick; L ankle proprioception; rocker seconds and counts; timer 22 matches: passes.
        ["v1-h130-tvmc-wife-in-chair-by-door"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            09:15 97112 timer started (T. Gerber, PT) — 1:1, his wife in the chair by the door
            09:16 Rocker board A/P and M/L eyes closed, ball catches on the foam, step-and-stick to floor targets
            09:24 Impairment: L ankle proprioception after the sprain in the harness shop; he turns it on the buggy step
            09:37 97112 timer stopped — 22 min
            09:38 Objective: rocker M/L 12 s without an edge touch; 7/10 step-and-stick
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BHBR Greybull: "1:1 the whole range; the aide set out the cones"; cone step-overs, foam stance with head turns, perturbations; postural control after a fall from the tanker wing; Berg and perturbations; stamps = 24 match: passes.
        ["v1-h130-bhbr-aide-set-out-cones"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 13:05 ■ STOP 13:29 = 24 MIN
            1:1 the whole range; the aide set out the cones beforehand.
            Interventions: stepping over the cone row on a called colour; foam stance with head turns; lateral perturbations at the hips.
            Impairment: postural control and a slow stepping reaction since he fell off the airtanker wing stand.
            Objective: Berg 47/56; 8 of 10 perturbations recovered with one step.
            Cody Ostrander, PT
            """,
            ["R26.81", "W11.XXXD"], [PT("97112", 24)], []),

        // RSP Mount Vernon PTA "had Mrs. Lindahl and Mr. Okada on the beam together, swapping between them": another patient in the block — one-on-one missing; techniques, deficit and measures present.
        ["v1-h130-rsp-pta-lindahl-and-okada-on-beam"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            T. Wierzbicki, PTA · 23.03.2026 · seed-potato grader, 63 y
            97112 NMR 11.02–11.24 (22')
            Setting: had Mrs. Lindahl and Mr. Okada on the beam together, swapping between them.
            Tx: tandem walking on the beam; foam stance with ball tosses; perturbations at the shoulders.
            Problem: postural sway and poor ankle strategy; she sways at the grading belt when it starts.
            Measures: tandem on the beam 4 m without a step off; 6/10 perturbations without a step.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CST Stillwater PTA "1:1: N — Mrs. Whitlow at the hall rail beside her, cued both": negated; techniques, deficit and measures present: one-on-one missing.
        ["v1-h130-cst-pta-one-on-one-n-whitlow"] = new(
            """
            CST GERI VISIT — Stillwater          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: N — Mrs. Whitlow at the hall rail beside her, cued both
            97112 NMR — 21 min
            TX: tandem walking at the hall rail, marching on the foam strip, forward and backward perturbations at the shoulders.
            PROBLEM: impaired postural control and a delayed stepping response; she loses her balance backing away from the elevator.
            OBJECTIVE: Berg 43/56; tandem 6 s.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // PCSM Brookings PT "ran him and the 800 runner through hop-and-stick together": another athlete treated in the block — one-on-one missing; techniques, deficit and measures present.
        ["v1-h130-pcsm-two-athletes-hop-and-stick"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Brady Vos, SDSU pole vault
            97112 NMR — 23 min | ran him and the 800 runner through hop-and-stick together, alternating reps
            Tx: SL hop-and-stick fwd/lat | BOSU dome-down perturbations in SL stance | reactive drop to SL stick on my clap
            Imp: L knee dyn valgus on landing, proprioception ↓ after the L patellar dislocation
            Obj: hop-and-stick L 6/10 clean | SL squat valgus 4 of 5 reps
            """,
            ["S83.005D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TPT Worland PTA shorthand with no delivery word at all (the "1:1 [ ] / grp [ ]" row deleted): one-on-one never stated; techniques, deficit and measures present.
        ["v1-h130-tpt-pta-no-delivery-word"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/NMR 22 min
            tx/ SLS on foam w/ ball toss, step-downs off the 6" box EC, lat perturb at hips
            why/ L ankle proprio ↓ s/p sprain on the roustabout catwalk
            #s/ SLS L foam 9 s; 7/10 step-downs w/o a hand
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BHBR Worland stamped note with no delivery line anywhere: one-on-one never stated; X1 viewing, head-turn walking, foam stance; vestibular hypofunction; DGI; 23 matches.
        ["v1-h130-bhbr-stamped-no-delivery"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:40 ■ STOP 11:03 = 23 MIN
            Interventions: X1 viewing standing on foam, walking the hall with horizontal head turns, feet together eyes closed on the mat.
            Impairment: L vestibular hypofunction; she gets dizzy turning to the sorting belt at the bean plant.
            Objective: DGI 17/24.
            Joel Akiyama, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PTH Wytheville OT 97530 in the kitchen with her husband, also on the caseload, at the table: 97530 has no one-on-one check; reaching, carrying, standing at the stove; R shoulder and standing tolerance; counts and assistance; box 24 matches: passes.
        ["v1-h130-pth-ot-97530-husband-at-table"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: husband (also on our caseload) at the kitchen table
            97530 [ 24 ] min
            Tx: reaching plates down from the second shelf, carrying the kettle from sink to stove, standing at the stove to stir with the L hand on the counter
            Problem: R shoulder elevation limited and poor standing tolerance since the fall; she quilts seated and can't stand to cook
            Assist/Dist: 8 of 10 reaches to the second shelf with SBA; stood at the stove 4 rounds with CGA
            """,
            ["M62.81", "Z91.81"], [OT("97530", 24)], []),

        // TVMC New Philadelphia PTA 97110 beside Mr. Hostetler on the bike: no one-on-one check for 97110; doses; L hip and quad weakness; timer 15 matches: passes.
        ["v1-h130-tvmc-pta-97110-beside-bike"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            14:20 97110 timer started (B. Oyelaran, PTA) — Mr. Hostetler on the bike beside her
            14:21 Sit to stand 3x10, step-ups 6 inch 3x10, side-lying hip abduction 2 lb 3x12, LAQ 3 lb 3x15
            14:28 Impairment: L hip abductor and quad weakness after the L TKA; she can't step up to the kiln shelf
            14:35 97110 timer stopped — 15 min
            """,
            ["Z96.652", "M62.81"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // TPT Thermopolis "1:1 [x] / grp [ ]" ticked; foam stance with head turns, step-overs, perturbations; postural control; EO/EC seconds and Berg; 22 matches: passes.
        ["v2-h130-tpt-one-to-one-box-ticked"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 22 min — 1:1 [x] / grp [ ]
            tx/ foam stance w/ head turns, step-overs of the garden-hose row, fwd + lat perturb at pelvis
            why/ ↓ postural control + late step, 3 near-falls on the bathhouse deck since Feb
            #s/ tandem EO/EC 28/8 s; Berg 49/56
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // TPT Worland PTA "1:1 [ ] / grp [ ]" with nothing ticked and no other delivery word: one-on-one missing; techniques, deficit and measures present.
        ["v2-h130-tpt-pta-boxes-unticked"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/NMR 23 min — 1:1 [ ] / grp [ ]
            tx/ BAPS lvl 3 all directions, foam SLS w/ ball toss, tandem on the beam
            why/ R ankle proprio ↓ s/p sprain off the pipe rack
            #s/ SLS R foam 7 s (L 19 s); BAPS 10 circles w/o an edge touch
            """,
            ["S93.401D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CST Enid "1:1: Y / N" left as printed (neither answered) and no other delivery word: one-on-one missing; techniques, deficit and measures present.
        ["v2-h130-cst-one-on-one-y-n-as-printed"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: 1 (slid off the bed edge, no injury)   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y / N
            97112 NMR — 23 min
            TX: rocker board A/P eyes open then closed, foam stance with head turns, stepping strategy to floor targets.
            PROBLEM: impaired postural control and slow stepping; the retired grain-elevator operator sways stepping onto the manlift he ran for 30 years.
            OBJECTIVE: Berg 44/56; TUG 13.9 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CST Stillwater "PROBLEM: ____" blank and nothing else naming a deficit (screens negative): deficit missing; 1:1 Y, techniques and Berg present.
        ["v2-h130-cst-problem-blank"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with ball tosses, tandem walking at the hall rail, lateral perturbations at the hips.
            PROBLEM: ____
            OBJECTIVE: Berg 46/56.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PCSM Yankton "Obj: ____" blank and no number but the code and its minutes: measure missing on 97112; 1:1 ticked, techniques and deficit present.
        ["v2-h130-pcsm-obj-blank"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Drew Lammers, drum major
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL stance on foam w/ head turns | lat perturbations at the pelvis | high-knee march on the foam beam
            Imp: R ankle proprioception ↓ after the sprain on the stadium steps, rolls it marching backward
            Obj: ____
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PTH Galax "Tx: ______" blank on a 97112 with one-on-one, problem and measures filled: technique missing.
        ["v2-h130-pth-tx-blank-97112"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            97112 [ 23 ] min — 1:1, nobody else home
            Tx: ______
            Problem: impaired postural control and slow stepping since the fall off the back stoop
            Assist/Dist: Berg 41/56; TUG 16.2 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // STBF Elmira "What we worked on: ____" blank; one-on-one in the Time line, Why and How she did filled: technique missing.
        ["v2-h130-stbf-worked-on-blank"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Walter Brinks — Leticia Fairweather, PTA
            What we worked on: ____
            Why: slow stepping reaction and sway on uneven ground since the fall in the winery cellar.
            How she did: Berg 44 out of 56; TUG 12.8 seconds.
            Time: Neuromuscular re-education (97112), 22 minutes, one-on-one.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // RSP Anacortes "Setting: ____" left blank, nothing else on delivery: one-on-one missing; techniques, deficit and measures present.
        ["v2-h130-rsp-setting-blank"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 25.03.2026 · retired net mender, 74 y
            97112 NMR 08.30–08.52 (22')
            Setting: ____
            Tx: foam stance with eyes closed; tandem walk with head turns; step-and-stick to floor targets.
            Problem: proprioceptive loss both feet with neuropathy; he can't feel the dock boards through his boots.
            Measures: foam stance EC 11 s; 6/10 step-and-stick.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TVMC Sugarcreek log with an "Impairment: ____" line and nothing else naming a deficit: deficit missing; 1:1, techniques and Berg logged.
        ["v2-h130-tvmc-impairment-line-blank"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            10:02 97112 timer started (R. Stutzman, PT) — 1:1
            10:03 Tandem stance on foam, lateral perturbations at the hips, stepping over the cones
            10:10 Impairment: ____
            10:25 97112 timer stopped — 23 min
            10:26 Objective: Berg 47/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CST Enid "NEAR-FALLS: ____" left blank (unrelated) beside an otherwise complete note: passes.
        ["v2-h130-cst-near-falls-blank-complete"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: ____
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns, tandem walking at the hall rail, forward perturbations at the shoulders.
            PROBLEM: impaired postural control with a late stepping response; she wobbles turning from the bingo board.
            OBJECTIVE: Berg 45/56; tandem 9 s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // RSP Mount Vernon: PNF D1 and D2 patterns with rhythmic stabilisation in half-kneeling; trunk and hip motor control after a stroke; Mini-BESTest and half-kneel hold; 1:1; 24 matches: passes.
        ["v3-h130-rsp-pnf-d1-d2-rhythmic-stabilisation"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 26.03.2026 · retired seed-potato grader, 70 y
            97112 NMR 13.10–13.34 (24') · 1:1
            Tx: PNF D1 and D2 flexion/extension patterns of the R arm with rhythmic stabilisation in half-kneeling; chop and lift in tall kneeling.
            Problem: trunk and R hip motor control after the L CVA; she lists to the R reaching across the grading table.
            Measures: Mini-BESTest 16/28; half-kneel hold 20 s without a hand.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // BHBR Thermopolis: Herdman X1 and X2 viewing standing on foam; R vestibular hypofunction; DGI and DVA; 1:1; stamps 22 match: passes.
        ["v3-h130-bhbr-herdman-x1-x2"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:10 ■ STOP 09:32 = 22 MIN
            1:1 the whole range.
            Interventions: Herdman X1 then X2 viewing, seated then standing on foam, against the busy river-map background.
            Impairment: R vestibular hypofunction; oscillopsia turning his head to watch the fly line on the Shoshone.
            Objective: DGI 18/24; dynamic visual acuity lost 3 lines.
            Joel Akiyama, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PCSM Brookings 97140: Mulligan mobilisation with movement for ankle DF in lunge; L ankle stiffness; DF lunge cm; 12 min: passes.
        ["v3-h130-pcsm-mulligan-mwm-ankle-97140"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Kari Sletten, SDSU hurdler
            97140 MT — 12 min
            Tx: Mulligan MWM talocrural posterior glide w/ weight-bearing lunge 3x10 | STM to the L gastroc-soleus
            Imp: L ankle DF stiffness after the sprain, can't get the knee over the toes on the trail leg
            Obj: knee-to-wall L 6 cm → 10 cm (R 12 cm)
            """,
            ["S93.402D"], [PT("97140", 12)], []),

        // TPT Thermopolis 97110: McKenzie repeated extension in lying with doses; low back and L leg symptoms; 14 min: passes.
        ["v3-h130-tpt-mckenzie-repeated-extension"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97110/TE 14 min
            tx/ McKenzie REIL 3x10 w/ overpressure, EIS at the counter 2x10, prone press-up holds 5 x 10 s
            why/ low back pain w/ L buttock referral, centralizes w/ extension; can't bend to the bathhouse tub drains
            #s/ doses as listed
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // STBF Ithaca PTA 97110: Otago strengthening with cuff weights; hip and ankle weakness; doses; prose time 15: passes.
        ["v3-h130-stbf-otago-cuff-weights-97110"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Edna Calloway — Leticia Fairweather, PTA
            What we worked on: Otago strengthening — knee extension with a 3 lb cuff weight 2x10, side hip raises 3 lb 2x10, calf raises 2x15, toe raises 2x15, sit to stand 2x10.
            Why: hip abductor and ankle weakness; she can't get up from the low pew at church without pulling.
            How she did: doses as listed, all without a rest.
            Time: Therapeutic exercise (97110), 15 minutes.
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 15)], []),

        // CST Prairie Rose: Tai Ji Quan: Moving for Better Balance forms with weight shifts; postural control; Berg and TUG; 1:1 Y; 23 matches: passes.
        ["v3-h130-cst-tai-ji-quan-forms"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: 1 (turning from the bingo cage)
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 23 min
            TX: Tai Ji Quan: Moving for Better Balance — the eight forms with weight shifts side to side and forward-back, then single-form repetitions of "Step forward and back" at the hall rail.
            PROBLEM: impaired postural control with poor weight transfer; she sways when she turns from the bingo board.
            OBJECTIVE: Berg 44/56; TUG 14.1 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PTH Wytheville 97140: Maitland grade III AP glides to the knee and patellar mobs; R knee stiffness after TKA; flexion degrees; box 12: passes.
        ["v3-h130-pth-maitland-knee-97140"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT, DPT
            97140 [ 12 ] min
            Tx: Maitland grade III tibiofemoral AP glides in sitting; patellar inferior glides; STM to the distal quad
            Problem: R knee flexion stiffness after the TKA; the retired bus driver can't get his foot back under the chair
            Assist/Dist: knee flexion 92° → 99° after
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12)], []),

        // RSP Anacortes 97140: Kaltenborn grade III long-axis distraction at the hip; hip stiffness; IR degrees; range 11': passes.
        ["v3-h130-rsp-kaltenborn-hip-97140"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 27.03.2026 · retired net mender, 72 y
            97140 MT 15.20–15.31 (11')
            Tx: Kaltenborn grade III long-axis distraction at the R hip with a belt; inferior glide in 90° flexion.
            Problem: R hip capsular stiffness with OA; he can't sit on the low mending stool.
            Measures: hip IR 12° → 18° after.
            """,
            ["M16.11"], [PT("97140", 11)], []),

        // BHBR Worland 97140: Graston to the plantar fascia and calf; L heel pain; DF degrees; stamps 12: passes.
        ["v3-h130-bhbr-graston-plantar-fascia"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97140 MANUAL THERAPY ▸ START 14:02 ■ STOP 14:14 = 12 MIN
            Interventions: Graston instrument-assisted soft tissue mobilisation to the L plantar fascia and medial gastrocnemius; great-toe extension mobs.
            Impairment: L plantar fasciitis with first-step heel pain and tight calf; she stands the whole shift on the bean-plant sorting line.
            Objective: ankle DF 4° → 9°; great-toe extension 45° → 55°.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["M72.2"], [PT("97140", 12)], []),

        // TVMC Dover log: "Firm Footing Program Level 3 per protocol" is the only technique logged; 1:1, deficit and measures present: technique missing.
        ["v3-h130-tvmc-firm-footing-level-3-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            13:00 97112 timer started (R. Stutzman, PT) — 1:1
            13:01 Tx: Firm Footing Program Level 3 per protocol
            13:08 Impairment: postural sway and delayed stepping; she steadies on the glaze tables at the pottery
            13:22 97112 timer stopped — 22 min
            13:23 Objective: Berg 46/56; TUG 11.9 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // TPT Worland PTA 97110 "Alfredson heel drops per protocol" with no dose and no number but the code and its minutes: measure missing; technique and Achilles deficit present.
        ["v3-h130-tpt-pta-alfredson-no-dose"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97110/TE 16 min
            tx/ Alfredson eccentric heel drops per protocol, straight and bent knee
            why/ R Achilles tendinopathy, pain + calf weakness on the derrick ladder
            #s/ per protocol
            """,
            ["M76.61"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PTH Galax: "she can't feel where the porch step ends in the dark" — proprioception in her own words; 1:1; step-downs, foam stance, tandem; counts and seconds; box 23: passes.
        ["v4-h130-pth-cant-feel-porch-step-end"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT, DPT
            97112 [ 23 ] min — 1:1, her quilt frame pushed back so we had the front room to ourselves
            Tx: step-downs off the porch step with eyes closed and a hand hovering; foam-cushion stance with head turns; tandem along the hall wall
            Problem: she can't feel where the porch step ends in the dark — proprioception both feet down since the chemo
            Assist/Dist: 7 of 10 step-downs EC without touching the post; tandem 8 sec
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], []),

        // RSP Friday Harbor: "he sways when the deck rolls and he looks up at the birds" — visual-vestibular dependence; 1:1; foam with head tilts, rocker; seconds and Mini-BESTest; 22: passes.
        ["v4-h130-rsp-sways-looking-up-on-deck"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 23.03.2026 · whale-watch deckhand, 49 y
            97112 NMR 16.05–16.27 (22') · 1:1
            Tx: foam stance with head tilts up and down; rocker board A/P with eyes closed; walking with upward gaze to targets on the wall.
            Problem: he sways when the deck rolls and he looks up at the birds; relies on vision, sensory reweighting to the feet poor after the concussion.
            Measures: foam stance EC 9 s (4 s at intake); Mini-BESTest 22/28.
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 22)], []),

        // PCSM Brookings: "Imp: L knee caves in on the plant" — dynamic valgus; 1:1 [x]; perturbations and hop drills; counts and Y-bal; 23: passes.
        ["v4-h130-pcsm-knee-caves-on-the-plant"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Nate Hoff, 21, SDSU pole vault
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL landing off a 12" box to stick | BOSU SL perturbations | plant-step drill w/ band pulling the knee in
            Imp: L knee caves in on the plant, hip and knee neuromuscular control ↓ after the ACL reconstruction
            Obj: 8/10 clean landings L | Y-bal ANT 58/63 cm L/R
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 23)], []),

        // TVMC Dover log: "she can't tell whether her feet are on the rug with her eyes shut" — somatosensory loss; 1:1; foam EC, tandem, step-and-stick; seconds; timer 21: passes.
        ["v4-h130-tvmc-feet-on-the-rug-eyes-shut"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            15:10 97112 timer started (B. Oyelaran, PTA) — 1:1, nobody else in the gym
            15:11 Foam stance eyes closed, tandem at the bars, step-and-stick onto floor dots without looking
            15:18 Impairment: she can't tell whether her feet are on the rug with her eyes shut — somatosensory loss both feet, pottery glazer
            15:31 97112 timer stopped — 21 min
            15:32 Objective: foam EC 6 s; 5/10 step-and-stick
            """,
            ["E11.42"], [PTA("97112", 21)], []),

        // CST Enid "PROBLEM: see POC" and nothing else naming a deficit (screens negative): deficit missing; 1:1 Y, techniques and Berg present.
        ["v4-h130-cst-problem-see-poc"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: rocker board M/L, foam stance with ball catches, backward stepping to a tap at the shoulders.
            PROBLEM: see POC
            OBJECTIVE: Berg 47/56; TUG 12.2 s.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TPT Thermopolis "why/ same as last": no deficit; 1:1 ticked, techniques and measures present: deficit missing.
        ["v4-h130-tpt-why-same-as-last"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 23 min — 1:1 [x] / grp [ ]
            tx/ tandem on foam w/ head turns, lat perturb at hips, BAPS lvl 3
            why/ same as last
            #s/ tandem EO/EC 30/10 s; Berg 50/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // STBF Corning "Why: as before." — no deficit; one-on-one, techniques and Berg present: deficit missing.
        ["v4-h130-stbf-why-as-before"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Leon Szabo — Bram Oosterhuis, PT
            What we worked on: one-on-one. Tandem walking on the beam, perturbations at the pelvis on the foam, stepping over the hurdles on a called number.
            Why: as before.
            How she did: Berg 46 out of 56; 7 of 10 pushes without a step.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BHBR Greybull PTA "Impairment: none today" and no other deficit: deficit missing; 1:1, techniques and Berg present.
        ["v4-h130-bhbr-pta-impairment-none-today"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:20 ■ STOP 08:43 = 23 MIN
            1:1 the whole range.
            Interventions: foam stance with head turns, lateral perturbations at the hips, stepping over the cone row.
            Impairment: none today.
            Objective: Berg 49/56.
            Renata Villalobos, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // STBF Ithaca: score in prose "Berg came up to 47 out of 56, from 42 in February"; one-on-one; techniques and deficit; prose Time 23: passes.
        ["v5-h130-stbf-berg-in-prose-from-february"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Ida Ferrante — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one, the two of us in the small gym. Stepping-strategy drills off the belt release, foam stance with head turns, tandem walking past the window.
            Why: delayed stepping reaction; she stumbles on the uneven cellar floor at the winery.
            How she did: Berg came up to 47 out of 56, from 42 in February. Caught herself with one step on 8 of 10 releases.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TPT Worland PTA "#s/ SLS EO/EC 25/7 s R"; 1:1 ticked; foam, BAPS, perturbations; R ankle proprio; 22: passes.
        ["v5-h130-tpt-pta-sls-eo-ec-seconds"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/NMR 22 min — 1:1 [x] / grp [ ]
            tx/ SLS on foam EO/EC, BAPS lvl 4, perturb at pelvis in SLS
            why/ R ankle proprio ↓ s/p sprain stepping off the frac tank
            #s/ SLS EO/EC 25/7 s R (L 30/18 s)
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // PCSM Yankton: Y-balance composite in percent; 1:1 [x]; hop-and-stick, perturbations; R ankle proprioception; 22: passes.
        ["v5-h130-pcsm-y-balance-composite-percent"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Tess Kloucek, Yankton HS volleyball
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL hop-and-stick med/lat | SL stance on the airex w/ ball toss | reactive shuffle-to-stick on my calls
            Imp: R ankle proprioception ↓ after the 2nd inversion sprain, rolls it landing off a block
            Obj: Y-bal composite R 91% / L 96% | hop-and-stick R 8/10
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // RSP Anacortes: Mini-BESTest and 10 m walk speed; 1:1; dual-task walking and step-outs; postural control; 23: passes.
        ["v5-h130-rsp-mini-bestest-and-gait-speed"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 26.03.2026 · ferry-dock ticket clerk, 68 y
            97112 NMR 09.45–10.08 (23') · 1:1
            Tx: walking with head turns while naming ferry stops backward; step-outs to the side on cue; foam stance with a tray.
            Problem: impaired postural control under dual task; she drifts and stops when she talks and walks.
            Measures: Mini-BESTest 21/28; 10 m walk 0.96 m/s, dual task 0.71 m/s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PTH Hillsville PTA 97116 "Assist/Dist: ~120 ft RW → SBA, CGA on the ramp"; gait with the rolling walker, cues; short R step; box 21: passes.
        ["v5-h130-pth-pta-97116-approx-feet-arrow"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Darnell Hash, PTA
            97116 [ 21 ] min
            Tx: gait training w/ the rolling walker from the bedroom to the back door and down the plywood ramp, cues for a longer R step and heel strike
            Problem: short R step and R foot flat at contact after the fall; shuffles on the kitchen linoleum
            Assist/Dist: ~120 ft RW → SBA; ramp down and back with CGA
            """,
            ["R26.89", "Z91.81"], [PTA("97116", 21)], []),

        // CST Enid OT 97530: transfers and reaching for the bingo cage with counts and assistance; L shoulder and standing tolerance; 22: passes.
        ["v5-h130-cst-ot-bingo-counts"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            97530 Therapeutic activities — 22 min
            TX: standing at the activity-room table to turn the bingo cage and reach the balls across the board; sit to stand from the folding chair; carrying the prize basket to the shelf.
            PROBLEM: poor standing tolerance and L shoulder reach since the fall; she calls bingo seated and wants to stand.
            OBJECTIVE: stood 4 rounds of the cage with SBA; sit to stand 6 of 6 with CGA; basket carried 25 ft twice with SBA.
            """,
            ["M62.81", "Z91.81"], [OT("97530", 22)], []),

        // BHBR Worland PTA 97116: six-minute walk in feet and a gait speed; cane gait on the hall and the outdoor walk; R foot drop; stamps 23: passes.
        ["v5-h130-bhbr-pta-97116-six-minute-walk"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97116 GAIT TRAINING ▸ START 11:15 ■ STOP 11:38 = 23 MIN
            Interventions: gait with the straight cane on the hall and the outdoor walk to the helipad, cues for R heel strike and step length; AFO on.
            Impairment: R foot drop and short R step after the fall from the sugar-beet pile.
            Objective: 6MWT 980 ft with the cane, SBA; 10MWT 0.88 m/s.
            Renata Villalobos, PTA
            """,
            ["M21.371"], [PTA("97116", 23)], []),

        // STBF Elmira "steadier on the foam than last week, her sister agrees" — no number but the code and its minutes: measure missing; one-on-one, techniques and deficit present.
        ["v5-h130-stbf-sister-agrees-no-number"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Gloria Dunning — Leticia Fairweather, PTA
            What we worked on: one-on-one. Perturbations at the pelvis on the foam, tandem walking with head turns, stepping over the foam roll without looking down.
            Why: sway and a slow stepping reaction since she slipped on the glass-works parking lot ice.
            How she did: steadier on the foam than last week, her sister agrees.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PCSM Brookings "Obj: deferred — sore from the meet" and no number but the code and its minutes: measure missing; 1:1 ticked, techniques and deficit present.
        ["v5-h130-pcsm-obj-deferred-sore-from-meet"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Logan Ree, SDSU jumps
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL stance on the BOSU w/ perturbations | lat hop-and-stick | reactive cone taps
            Imp: L ankle proprioception ↓ after the sprain off the takeoff board
            Obj: deferred — sore from the meet
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PTH Galax 97116 "out to the henhouse and back" with no distance or assistance and no number but the box: measure missing on 97116; gait with cues and the deficit present.
        ["v5-h130-pth-97116-henhouse-no-distance"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            97116 [ 22 ] min
            Tx: gait training w/ the quad cane out the back door, across the yard to the henhouse and back, cues for a longer L step and heel strike on the slope
            Problem: short L step and L toe drag after the stroke; catches the toe on the yard ruts
            Assist/Dist: did well, out to the henhouse and back
            """,
            ["I69.354"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // BHBR Thermopolis two codes in stamped rows: 97112 09:00–09:09 + 09:15–09:29 = 23 around a HOLD, 97140 09:30–09:41 = 11; 1:1 for the NMR; both complete: passes.
        ["v6-h130-bhbr-nmr-split-and-manual"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:00 ■ STOP 09:09 ▸ START 09:15 ■ STOP 09:29 = 23 MIN
            ⏸ HOLD 09:09 — phone call from his pharmacy, not treatment
            97140 MANUAL THERAPY ▸ START 09:30 ■ STOP 09:41 = 11 MIN
            97112: 1:1 both ranges. Rocker board eyes closed, foam stance with head turns, step-and-stick off the 4 inch step. L ankle proprioception after the sprain on the river rocks. Rocker 12 sec; 7 of 10 step-and-stick.
            97140: talocrural posterior glides grade III and STM to the L peroneals for L ankle stiffness; DF 6° → 11°.
            Cody Ostrander, PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 11)], []),

        // TVMC New Philadelphia two timers: 97110 stopped at 13, 97112 stopped at 23; 1:1; all elements: passes.
        ["v6-h130-tvmc-two-timers-te-and-nmr"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            10:30 97110 timer started (R. Stutzman, PT)
            10:31 Sit to stand 3x10, bridges 3x15, step-ups 6 inch 3x10 for R hip and quad weakness
            10:43 97110 timer stopped — 13 min
            10:44 97112 timer started — 1:1, just the two of us
            10:45 Tandem on foam with head turns, lateral perturbations at the pelvis, stepping over the cones
            10:52 Impairment: postural control and slow stepping after the fall at the harness shop
            11:07 97112 timer stopped — 23 min
            11:08 Objective: Berg 45/56
            """,
            ["R26.81", "M62.81"], [PT("97110", 13), PT("97112", 23)], []),

        // TPT Thermopolis "97112/97140 = 23/11 min" read position by position; 1:1 ticked; all elements: passes.
        ["v6-h130-tpt-nmr-and-manual-parallel"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/97140 = 23/11 min — 1:1 [x] / grp [ ]
            tx/ NMR: BAPS lvl 4, foam SLS w/ ball toss, lat perturb | MT: talocrural post glides gr III, STM peroneals
            why/ R ankle proprio ↓ + DF stiffness s/p sprain on the bathhouse steps
            #s/ SLS R foam 12 s; DF 8° → 12° after MT
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 11)], []),

        // RSP Mount Vernon two dotted ranges with prime minutes: 97112 (22') and 97110 (13'); 1:1; all elements: passes.
        ["v6-h130-rsp-two-dotted-ranges-nmr-te"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            A. de Vries, PT · 25.03.2026 · tulip-field irrigator, 59 y
            97112 NMR 14.00–14.22 (22') · 1:1
            Tx: foam stance with head turns; backward step-outs on cue; tandem walking over the irrigation-pipe mock-up.
            Problem: late backward step; he tips back stepping over the pipes in the field.
            Measures: Mini-BESTest 19/28; 6/10 step-outs with one step.
            97110 TE 14.22–14.35 (13')
            Tx: split squats 3×8 with 6 kg; step-ups to a 25 cm box 3×10. Hip extensor and quad weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // PTH two minute boxes: "97112 [ 22 ] min" and "97116 [ 15 ] min"; 1:1 for the NMR; all elements: passes.
        ["v6-h130-pth-two-boxes-nmr-and-gait"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Rhonda Sizemore, PT, DPT
            97112 [ 22 ] min — 1:1. Tandem at the counter with head turns; perturbations at the hips on the rug; step-overs of the broom handle. Sway and a late step since the fall off the bus step. Tandem 6 sec; 4 of 6 perturbations w/o a hand.
            97116 [ 15 ] min — quad cane on the gravel drive and the 2 porch steps, cues for heel strike; ~100 ft x2 SBA, steps w/ rail CGA
            Problem: short R step and weak push-off; he stops halfway down the drive
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // STBF Corning prose Time lines for a PTA's 97112 and an OT's 97530, each its own minutes: passes.
        ["v6-h130-stbf-prose-time-pta-and-ot"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Arnold Pike
            What we worked on (Leticia Fairweather, PTA): one-on-one for the balance work — perturbations at the pelvis on the foam, tandem walking with head turns, stepping to floor targets on a called colour.
            What we worked on (Joan Pettibone, OTR/L): carrying a glass tray 20 ft to the bench, reaching to the top shelf of the cutting-room rack, standing at the bench to score a practice pane.
            Why: sway and a late step; his R shoulder won't reach the top rack since the fall.
            How she did: Berg 46 out of 56; tray carried 20 ft 4 times with SBA; 5 of 6 reaches to the top shelf.
            Time: Neuromuscular re-education (97112), 22 minutes. Therapeutic activities (97530), 16 minutes.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), OT("97530", 16)], []),

        // PCSM two one-line heads "97112 NMR — 23 min | 1:1 [x]" and "97110 TE — 14 min"; all elements: passes.
        ["v6-h130-pcsm-two-heads-nmr-te"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Ellie Brandt, SDSU soccer
            97112 NMR — 23 min | 1:1 [x]
            Tx: SL perturbations on the BOSU | deceleration to SL stick | reactive cone taps
            Imp: R knee dyn valgus + proprioception ↓ after the ACL reconstruction
            Obj: 7/10 clean sticks R | SL squat valgus 2 of 5 reps
            97110 TE — 14 min
            Tx: Nordic lowers 3x5 | SL RDL 3x8 w/ 20# KB | Copenhagen plank 3 x 20"
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 23), PT("97110", 14)], []),

        // CST Stillwater two geri heads "97112 NMR — 22 min" and "97116 Gait — 14 min"; 1:1 Y; all elements: passes.
        ["v6-h130-cst-two-geri-heads"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: foam stance with head turns, forward and lateral perturbations at the shoulders, stepping strategy to floor targets.
            97116 Gait — 14 min
            TX: 4-wheeled walker to the dining room and back with cues for step length and turning wide.
            PROBLEM: impaired postural control with a late step, and short shuffling steps after the hip fracture.
            OBJECTIVE: Berg 43/56; walker 200 ft SBA.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 22), PT("97116", 14)], []),

        // BHBR Worland stamps adding to 35 (10:00–10:16, 10:21–10:40) on a 23-minute 97112 line: mismatch; otherwise complete.
        ["v6-h130-bhbr-stamps-35-on-23"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:00 ■ STOP 10:16 ▸ START 10:21 ■ STOP 10:40 = 35 MIN
            ⏸ HOLD 10:16 — water break, not treatment
            Delivery: 1:1 both ranges.
            Interventions: tandem on foam with ball catches; lateral perturbations at the hips; stepping over the hurdle row.
            Impairment: postural sway and delayed stepping since the fall on the bean-plant loading dock.
            Objective: Berg 46/56; 7 of 10 perturbations with one step.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // TPT Thermopolis "97112/NMR 34 min" on a 22-minute line: mismatch; otherwise complete.
        ["v6-h130-tpt-34-on-22"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 34 min — 1:1 [x] / grp [ ]
            tx/ tandem on foam EO/EC, step-overs of the cones, lat perturb at pelvis
            why/ ↓ postural control, late step, near-fall in the bathhouse locker room
            #s/ tandem EO/EC 26/7 s; Berg 48/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // RSP Anacortes PTA 97110 "09.10–09.22 (12')" on a 24-minute line: mismatch; otherwise complete.
        ["v6-h130-rsp-pta-12-on-24"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 24.03.2026 · boatyard rigger, 52 y
            97110 TE 09.10–09.22 (12')
            Tx: step-downs from a 20 cm box 3×10; split squats 3×8 with 8 kg; lateral band walks green 3 laps.
            Problem: R quad and glute weakness after the R knee scope; he can't climb the boatyard ladder.
            """,
            ["M62.81", "Z98.890"], [PTA("97110", 24)], [At(Mismatch, "97110")]),

        // PTH Wytheville PTA box "[ 12 ]" on a 25-minute 97110 line: mismatch; otherwise complete.
        ["v6-h130-pth-pta-box-12-on-25"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            97110 [ 12 ] min
            Tx: sit to stand from the kitchen chair 3x10, standing hip abduction 3x12, heel raises at the counter 3x15, mini squats 2x10
            Problem: bilateral hip and calf weakness; she can't get up from the porch rocker without pushing twice
            """,
            ["M62.81"], [PTA("97110", 25)], [At(Mismatch, "97110")]),

        // TVMC Sugarcreek "97112 timer stopped — 33 min" on a 21-minute line: mismatch; otherwise complete.
        ["v6-h130-tvmc-timer-33-on-21"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            08:05 97112 timer started (T. Gerber, PT) — 1:1
            08:06 Rocker board eyes closed, foam stance with head turns, lateral perturbations at the shoulders
            08:15 Impairment: R ankle proprioception after the sprain in the harness shop
            08:38 97112 timer stopped — 33 min
            08:39 Objective: rocker 10 s; 6/10 perturbations without a step
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Mismatch, "97112")]),

        // STBF Ithaca narrative "Time: 38 minutes of balance and gait work" on a 97112 and a 97116: separate time missing.
        ["v6-h130-stbf-minutes-of-balance-and-gait-work"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Vera Lindqvist — Bram Oosterhuis, PT
            What we worked on: one-on-one. Foam stance with head turns and perturbations at the pelvis; then gait with the cane on the hall and the ramp with cues for a longer R step.
            Why: postural sway and a short R step since the fall on the Commons.
            How she did: Berg 44 out of 56; 250 ft with the cane, SBA.
            Time: 38 minutes of balance and gait work.
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // TVMC Dover log with only "Session started" and "Session ended" stamps on a 97112 and a 97140: separate time missing.
        ["v6-h130-tvmc-session-start-end-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            13:30 Session started (T. Gerber, PT) — 1:1 throughout
            13:31 NMR (97112): rocker board EC, foam stance with ball catches, step-and-stick; L ankle proprioception after the sprain on the kiln steps
            13:48 MT (97140): talocrural posterior glides grade III, STM to the L calf for L ankle stiffness
            14:05 Objective: rocker 13 s; DF 7° → 12°
            14:07 Session ended
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 12)], [SepTime]),

        // PTH two codes, "97112 [ 23 ] min" filled and "97110 [ __ ] min" left blank: separate time missing.
        ["v6-h130-pth-second-box-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            97112 [ 23 ] min — 1:1. Tandem at the counter EC, step-overs of the rug edge, perturbations at the hips. Late step and sway since the fall at the fiddlers' convention. Tandem 5 sec; 3 of 5 perturbations w/o a hand.
            97110 [ __ ] min — sit to stand 3x10, standing hip abduction 3x12, heel raises 3x15
            Problem: hip and calf weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // PCSM Yankton two codes with minutes on the 97112 head only: separate time missing.
        ["v6-h130-pcsm-second-head-no-minutes"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Cole Wieseler, drum major
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL stance on the airex w/ head turns | lat perturbations | backward march on the foam beam
            Imp: L ankle proprioception ↓ after the sprain on the bleacher steps
            Obj: SLS EC L 8" / R 20" | 6/10 perturbations w/o a step
            97110 TE
            Tx: calf raises 3x15 @ 20# | banded eversion 3x20 | SL RDL 3x10
            """,
            ["S93.402D"], [PTA("97112", 22), PTA("97110", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a 97112 and 97140 visit with a diagnosis (the stamped rows never exported): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h130-empty-note-nmr-and-manual"] = new(
            "",
            ["S93.401D"], [PT("97112", 22), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of spaces and line breaks only on an OT's 97530: note missing only.
        ["v7-h130-spaces-and-line-breaks-ot-97530"] = new(
            " \n\n  \n ",
            ["M62.81"], [OT("97530", 21)], [At(NoteMissing, "97530")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h130-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning: split squats, step-downs and hip hikes with kilograms and doses (technique and measure), L knee and hip weakness (deficit): passes.
        ["v7-h130-rsp-97110-split-squats-kg"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 27.03.2026 · kayak outfitter, 45 y
            97110 TE 11.40–11.56 (16')
            Tx: split squats 3×8 with 10 kg; step-downs from a 20 cm box 3×10; hip hikes on the step 3×12; Copenhagen plank short lever 3 × 15 s.
            Problem: L quad and hip abductor weakness after the L ACL reconstruction; knee drifts in carrying kayaks down the ramp.
            """,
            ["Z98.890", "M62.81"], [PT("97110", 16)], []),

        // 97530's meaning: reaching, carrying and transferring for the bingo caller with counts and assistance (activities and measure), standing balance and R hand grasp (deficit): passes.
        ["v7-h130-cst-ot-97530-bingo-caller"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            97530 Therapeutic activities — 23 min
            TX: picking bingo balls out of the cage tray and calling them standing; reaching to pin the numbers on the board at shoulder height; transfers wheelchair to the activity-room chair and back.
            PROBLEM: R hand grasp weak and standing balance poor since the stroke; she drops the balls and sits to call.
            OBJECTIVE: 15 of 20 balls picked and held R hand; stood 3 rounds with CGA; transfers 4 of 4 with SBA.
            """,
            ["I69.331", "R26.81"], [OT("97530", 23)], []),

        // 97140's meaning: thoracic PAs and rib mobilisation with STM (manual techniques), thoracic stiffness (deficit), rotation degrees (measure): passes.
        ["v7-h130-tpt-97140-thoracic-pas-and-ribs"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97140/MT 12 min
            tx/ central PAs T4-T8 gr III, R rib 5-7 mobs in side-lying, STM R rhomboids + mid-trap
            why/ T-spine stiffness + R rib pain w/ rotation, can't turn to back the stock trailer
            #s/ seated thoracic rotation R 30° → 42° after
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning: cane gait on the gravel, the porch steps and the ramp with cues (gait training), short R step and poor clearance (deficit), distance and assistance (measure): passes.
        ["v7-h130-pth-97116-cane-gravel-steps-ramp"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT, DPT
            97116 [ 22 ] min
            Tx: gait training w/ the straight cane on the gravel drive, up and down the 3 porch steps w/ the rail, and on the plywood ramp to the shed; cues for R heel strike and knee bend
            Problem: short R step and poor R toe clearance after the stroke; drags the R foot on the gravel
            Assist/Dist: ~180 ft gravel w/ cane SBA; 3 steps w/ rail CGA; ramp x2 SBA
            """,
            ["I69.351"], [PT("97116", 22)], []),

        // STBF Elmira narrative of generic phrases only: "balance training … tolerated well … continue plan of care" — no technique, deficit, measure or one-on-one on the 97112.
        ["v7-h130-stbf-generic-balance-training"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Patricia Hale — Leticia Fairweather, PTA
            What we worked on: balance training and coordination exercises.
            Why: balance.
            How she did: tolerated well. Continue plan of care.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // TPT Worland PTA shorthand "tx/ ther ex per POC, why/ per POC, #s/ tolerated well" on a 97110: nothing named, targeted or measured.
        ["v7-h130-tpt-pta-generic-ther-ex"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97110/TE 15 min
            tx/ ther ex per POC
            why/ per POC
            #s/ tolerated well
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // BHBR Greybull stamped two-code note "NMR and TE per plan of care. Tolerated well." — each code has its stamps, but nothing named, targeted or measured, and no one-on-one.
        ["v7-h130-bhbr-generic-two-codes-stamped"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 15:00 ■ STOP 15:22 = 22 MIN
            97110 THERAPEUTIC EXERCISE ▸ START 15:22 ■ STOP 15:35 = 13 MIN
            NMR and TE per plan of care. Tolerated well. Continue plan of care.
            Joel Akiyama, PT
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 13)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak one

        // RSP Anacortes, a retired boatwright: foam tandem, step-outs, rocker; postural control; Mini-BESTest; 1:1; 23: passes.
        ["vord-h130-rsp-boatwright-nmr"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            J. Brenner, PT · 23.03.2026 · retired boatwright, 77 y
            97112 NMR 08.05–08.28 (23') · 1:1
            Tx: tandem stance on foam with head turns; lateral step-outs on cue; rocker board A/P with eyes closed.
            Problem: impaired postural control and slow lateral stepping; he sways planing a hull on the shop's sloped floor.
            Measures: Mini-BESTest 19/28 (16/28 at intake); rocker A/P EC 8 s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // RSP Friday Harbor PTA 97110: step-ups, band walks, calf raises with loads; L hip and calf weakness; 14': passes.
        ["vord-h130-rsp-pta-97110-ferry-steps"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 26.03.2026 · ferry deckhand, 44 y
            97110 TE 12.00–12.14 (14')
            Tx: step-ups to a 30 cm box 3×10 with 6 kg; lateral band walks blue 3 laps; single-leg calf raises 3×12.
            Problem: L hip abductor and calf weakness after the L ankle fracture; he can't take the car-deck stairs two at a time.
            """,
            ["S82.62XD", "M62.81"], [PTA("97110", 14)], []),

        // RSP Mount Vernon vestibular: X1 viewing, walking with head turns, habituation; L hypofunction; DGI and DVA; 1:1; 22: passes.
        ["vord-h130-rsp-vestibular-bulb-sorter"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            S. Verhoeven, PT · 24.03.2026 · tulip-bulb sorter, 55 y
            97112 NMR 15.30–15.52 (22') · 1:1
            Tx: X1 viewing standing with feet together; walking the corridor with horizontal head turns; habituation — rolling to the L and back.
            Problem: L vestibular hypofunction; dizzy and veering L looking down the sorting belt.
            Measures: DGI 18/24 (14/24 at intake); DVA loss 2 lines.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BHBR Worland manual and ther ex stamped: 97140 = 11, 97110 = 14; L shoulder; degrees and doses: passes.
        ["vord-h130-bhbr-shoulder-manual-and-te"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97140 MANUAL THERAPY ▸ START 08:00 ■ STOP 08:11 = 11 MIN
            97110 THERAPEUTIC EXERCISE ▸ START 08:12 ■ STOP 08:26 = 14 MIN
            97140: GH posterior and inferior glides grade III, STM to the L pec minor. Elevation 128° → 139°.
            97110: rows with the green band 3x15, side-lying ER 2 lb 3x12, wall slides 2x10.
            Impairment: L shoulder stiffness and cuff weakness after the fall on the sugar-factory catwalk.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["M75.02", "M62.81"], [PT("97140", 11), PT("97110", 14)], []),

        // BHBR Thermopolis PTA 97116 single stamped range: walker to cane on the hall and curb; L knee hyperextension; distance and assist: passes.
        ["vord-h130-bhbr-pta-97116-walker-to-cane"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97116 GAIT TRAINING ▸ START 14:30 ■ STOP 14:52 = 22 MIN
            Interventions: progressed from the front-wheeled walker to the quad cane on the hall; up and down the 6 inch curb outside the lobby; cues for a soft L knee.
            Impairment: L knee hyperextension in stance and a short R step after the stroke.
            Objective: 250 ft quad cane CGA; curb up and down 4 times, minimal assist.
            Renata Villalobos, PTA
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // BHBR Greybull NMR with a HOLD: 09:30–09:41 + 09:47–09:59 = 23; 1:1; foam, perturbations, step-overs; ankle strategy; Berg: passes.
        ["vord-h130-bhbr-nmr-hold-bp-recheck"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:30 ■ STOP 09:41 ▸ START 09:47 ■ STOP 09:59 = 23 MIN
            ⏸ HOLD 09:41 — BP recheck seated, 142/84, not treatment
            1:1 both ranges.
            Interventions: foam stance with eyes closed; forward and backward perturbations at the shoulders; stepping over the hurdle row.
            Impairment: weak ankle strategy and postural sway; she rocks back climbing the airtanker base stairs.
            Objective: Berg 45/56; 6 of 10 perturbations without a step.
            Cody Ostrander, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCSM Brookings shoulder 97110 and 97140 on one-line heads: doses and degrees; R shoulder: passes.
        ["vord-h130-pcsm-thrower-shoulder-te-mt"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Jace Hoffman, 19, SDSU javelin
            97110 TE — 15 min
            Tx: side-lying ER 3# 3x15 | prone Y/T/W 2x10 | 90/90 ER w/ red band 3x12
            97140 MT — 11 min
            Tx: posterior capsule glides gr III | sleeper-stretch contract-relax | STM R infraspinatus
            Imp: R shoulder IR deficit + cuff weakness, pain at release
            Obj: IR R 42° → 51° (L 63°)
            """,
            ["M25.511", "M62.81"], [PT("97110", 15), PT("97140", 11)], []),

        // PCSM Yankton PTA NMR: 1:1 [x]; SL perturbations, hop-and-stick; L ankle proprioception; counts and seconds; 22: passes.
        ["vord-h130-pcsm-pta-nmr-band-clarinet"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Maddie Sejnoha, marching band clarinet
            97112 NMR — 22 min | 1:1 [x]
            Tx: SL stance on the airex w/ perturbations | backward march on the foam beam | hop-and-stick lat
            Imp: L ankle proprioception ↓ after the sprain on the practice-field sprinkler head
            Obj: SLS EC L 9" / R 24" | hop-and-stick L 6/10
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // PCSM Brookings 97530: cutting and deceleration drills with counts; R knee; 16: passes.
        ["vord-h130-pcsm-97530-cutting-drills"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Ava Nelson, SDSU soccer
            97530 TA — 16 min
            Tx: 45° cut off the R foot to a cone 3x6 | deceleration from a jog to a stop on the line 3x6 | lateral shuffle and sprint-out 3x5
            Imp: R knee control on cutting after the ACL reconstruction, slows down before every cut
            Obj: 16 of 18 cuts w/o valgus on video | shuffle-sprint 5/5
            """,
            ["Z98.890", "S83.511D"], [PT("97530", 16)], []),

        // PTH Hillsville NMR: 1:1, wife in the kitchen; tandem, step-ups, perturbations; proprioception; counts: passes.
        ["vord-h130-pth-fiddler-nmr"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            Present: wife (in the kitchen)
            97112 [ 23 ] min — 1:1, just me and Mr. Cockerham in the front room
            Tx: tandem along the hall wall with head turns; step-ups onto the porch step with a hold; perturbations at the hips standing on the couch cushion
            Problem: proprioceptive loss both feet and a late stepping reaction; he sways standing to play the fiddle
            Assist/Dist: tandem 9 sec; 5 of 6 step-ups without the post; 4 of 6 perturbations without a hand
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // PTH Galax PTA 97110: sit to stand, marching, heel raises at the counter with doses; hip and calf weakness: passes.
        ["vord-h130-pth-pta-97110-porch-rocker"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97110 [ 16 ] min
            Tx: sit to stand from the porch rocker 3x8, standing marches at the rail 2x20, heel raises 3x15, side-stepping along the counter 3 laps
            Problem: hip flexor and calf weakness after the hospital stay; can't get up from the rocker without a push
            """,
            ["M62.81", "R53.81"], [PTA("97110", 16)], []),

        // PTH Wytheville OT 97530: hanging a quilt on the frame, reaching and carrying; R shoulder; counts and assist: passes.
        ["vord-h130-pth-ot-quilt-frame"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            97530 [ 22 ] min
            Tx: pinning a quilt top to the frame at shoulder height, carrying the sewing basket from the bedroom to the porch, standing to thread the frame's far side
            Problem: R shoulder elevation limited and poor standing endurance after the cuff repair; she quilts only seated now
            Assist/Dist: 10 pins placed at shoulder height, 2 rests; basket carried 30 ft SBA; stood 6 rounds at the frame
            """,
            ["M75.101", "Z98.890"], [OT("97530", 22)], []),

        // STBF Elmira NMR: one-on-one, daughter in the chairs; beam, foam, stepping; sway; Berg and count; 23: passes.
        ["vord-h130-stbf-daughter-in-the-chairs"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Lorraine Kowalczyk — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: one-on-one; her daughter waited in the chairs. Sideways walking on the beam, perturbations at the pelvis on the foam, stepping over the hurdles on a called colour.
            Why: weak hip strategy and sway on narrow surfaces; she wobbles on the plank walk in her garden.
            How she did: Berg 48 out of 56; stayed on the beam for 5 of 6 lengths.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // STBF Corning OT 97530: kitchen reaching and carrying with counts; L hand and balance; 18: passes.
        ["vord-h130-stbf-ot-pantry-reaching"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Ruth Albrecht — Joan Pettibone, OTR/L
            What we worked on: reaching cans from the high pantry shelf and setting them on the counter, carrying a pot of water 10 ft to the stove, unloading the dishwasher standing.
            Why: poor standing balance reaching overhead and a weak L grip since the stroke.
            How she did: 9 of 10 cans with SBA; pot carried 10 ft 3 times with CGA.
            Time: Therapeutic activities (97530), 18 minutes.
            """,
            ["I69.342", "R26.81"], [OT("97530", 18)], []),

        // STBF Ithaca 97116: cane gait on the hall and the stairs with cues; short L step; distance and assist; 21: passes.
        ["vord-h130-stbf-97116-cane-and-stairs"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Dale Nyquist — Bram Oosterhuis, PT
            What we worked on: gait training with the straight cane on the hall and the back stairs, cues for a longer L step and a heel-first contact.
            Why: short L step and L toe catch after the stroke; he trips on the ferry gangway.
            How she did: 300 ft with the cane, SBA; 12 stairs with the rail, CGA.
            Time: Gait training (97116), 21 minutes.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // TVMC Sugarcreek log 97112: 1:1, her husband waiting in the van; foam, tandem, perturbations; postural control; Berg and TUG; timer 22: passes.
        ["vord-h130-tvmc-sugarcreek-husband-in-van"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            11:00 97112 timer started (R. Stutzman, PT) — 1:1, her husband waiting in the van
            11:01 Foam stance with head turns, tandem walking at the bars, forward and lateral perturbations at the pelvis
            11:09 Impairment: postural control and a late stepping reaction; she catches herself on the quilt-shop counters
            11:22 97112 timer stopped — 22 min
            11:23 Objective: Berg 46/56; TUG 11.4 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TVMC Dover log 97140: lumbar mobs and STM; low back stiffness; flexion inches; timer 12: passes.
        ["vord-h130-tvmc-dover-97140-lumbar"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            16:00 97140 timer started (T. Gerber, PT)
            16:01 Prone central PAs L3-L5 grade III, side-lying rotational mobs at L4-5, STM to the R paraspinals
            16:06 Impairment: low back stiffness and guarding; the harness maker can't bend over the stitching horse
            16:12 97140 timer stopped — 12 min
            16:13 Objective: fingertips 14 inches from the floor before, 9 inches after
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // TVMC New Philadelphia PTA 97116: walker gait on the hall and ramp; short steps; distance and assist; timer 21: passes.
        ["vord-h130-tvmc-pta-97116-ramp"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            09:40 97116 timer started (B. Oyelaran, PTA)
            09:41 Gait with the rolling walker on the hall and up and down the lobby ramp, cues for step length and an upright trunk
            09:50 Impairment: short shuffling steps and a forward lean after the hip fracture
            10:01 97116 timer stopped — 21 min
            10:02 Objective: 220 ft with the walker, SBA; ramp twice with CGA
            """,
            ["S72.002D"], [PTA("97116", 21)], []),

        // TVMC Dover log 97530: lifting and carrying harness parts; back and hip; counts and loads; timer 17: passes.
        ["vord-h130-tvmc-97530-harness-parts"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            12:10 97530 timer started (R. Stutzman, PT)
            12:11 Lifting a 20 lb crate of buckles from the floor to the bench with a hip hinge, carrying it 30 ft, kneeling to the bottom shelf and back up
            12:18 Impairment: poor hip hinge and low back weakness; he bends with a round back at the harness bench
            12:27 97530 timer stopped — 17 min
            12:28 Objective: 8 lifts with a neutral spine out of 10; 3 carries of 30 ft; kneel to stand 5 times with SBA
            """,
            ["M54.50", "M62.81"], [PT("97530", 17)], []),

        // TPT Thermopolis 97116: cane gait in the bathhouse hall and the steps; L foot drop; distance and assist; 20: passes.
        ["vord-h130-tpt-97116-bathhouse-hall"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97116/gait 20 min
            tx/ SPC gait on the clinic hall + 4 steps w/ rail, cues heel strike L + longer R step, AFO on
            why/ L foot drop s/p L peroneal palsy, catches toe on the bathhouse tile edges
            #s/ 350 ft SPC SBA; 4 steps w/ rail CGA
            """,
            ["M21.372", "G57.32"], [PT("97116", 20)], []),

        // TPT Worland PTA two codes "97110/97112 = 14/22 min"; 1:1 ticked; all elements: passes.
        ["vord-h130-tpt-pta-te-nmr-parallel"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97110/97112 = 14/22 min — 1:1 [x] / grp [ ]
            tx/ TE: clamshells grn band 3x12, bridges 3x15, step-ups 6" 3x10 | NMR: foam tandem w/ head turns, lat perturb, BAPS lvl 3
            why/ R hip abd weakness; ↓ postural control, near-fall off the pipe-rack step
            #s/ Berg 48/56; TE doses as listed
            """,
            ["R26.81", "M62.81"], [PTA("97110", 14), PTA("97112", 22)], []),

        // TPT Thermopolis 97110 knee: quad sets, step-ups, TKE with doses; R quad weakness; 15: passes.
        ["vord-h130-tpt-97110-knee-tka"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97110/TE 15 min
            tx/ TKE grn band 3x15, SAQ 4# 3x12, step-ups 6" 3x10, wall sits 3 x 20 s
            why/ R quad weakness + ext lag s/p R TKA, can't step up into the hay truck
            #s/ doses as listed; ext lag 10° → 5°
            """,
            ["Z96.651", "M62.81"], [PT("97110", 15)], []),

        // CST Enid PTA 97110: seated and standing strengthening with doses; STRENGTH line; 15: passes.
        ["vord-h130-cst-pta-97110-hip-knee"] = new(
            """
            CST GERI VISIT — Enid          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS lying → standing: negative
            STRENGTH: both hips 4-/5, quads 4/5
            97110 TE — 15 min
            TX: sit to stand from the dining chair 3x8, standing hip abduction 2 lb 3x12, LAQ 3 lb 3x15, heel raises at the counter 3x15.
            PROBLEM: bilateral hip and quad weakness; he needs both arms to stand from the dining chair.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // CST Stillwater 97112: 1:1 Y; rocker, foam, stepping strategy; sensation decreased both feet named as the problem; Berg and tandem; 22: passes.
        ["vord-h130-cst-stillwater-neuropathy-nmr"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: 1 (in the dark bathroom)
            ORTHOSTATICS lying → standing: negative
            1:1: Y
            97112 NMR — 22 min
            TX: rocker board A/P eyes open then closed, foam stance with head turns, stepping onto and off the foam to floor targets.
            PROBLEM: proprioceptive loss both feet with diabetic neuropathy; she loses her balance in the dark on the way to the bathroom.
            OBJECTIVE: Berg 45/56; tandem 7 s.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // CST Prairie Rose 97116: walker to the dining room with cues; shuffling; distance and SBA; 1:1 Y; 21: passes.
        ["vord-h130-cst-97116-to-the-dining-room"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   FOOTWEAR / DEVICE: sneakers, 4-wheeled walker
            1:1: Y
            97116 Gait — 21 min
            TX: 4-wheeled walker from her apartment to the dining room and back with cues for a longer step and turning wide at the doorway.
            PROBLEM: short shuffling steps and a narrow turn after the pelvic fracture.
            OBJECTIVE: 240 ft with the walker, SBA; 2 standing rests.
            """,
            ["S32.592D"], [PT("97116", 21)], []),

        // CST Enid OT 97530: dressing from the closet and grooming standing; L hemiparesis; assistance levels and counts; 22: passes.
        ["vord-h130-cst-ot-dressing-at-the-closet"] = new(
            """
            CST GERI VISIT — Enid          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            97530 Therapeutic activities — 22 min
            TX: choosing and taking clothes off the closet rod standing, putting on a cardigan standing at the dresser, grooming at the sink standing.
            PROBLEM: L arm weakness and poor standing balance after the stroke; she sits for everything in the morning.
            OBJECTIVE: cardigan on with min A (mod A last week); stood at the sink 3 rounds with CGA; 4 of 5 hangers off the rod.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // PCSM Yankton PTA 97110: hip and core strengthening with doses; L hip weakness: passes.
        ["vord-h130-pcsm-pta-97110-hip-core"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Owen Rye, Yankton HS wrestling
            97110 TE — 16 min
            Tx: side plank w/ clam 3 x 20" | SL bridge 3x12 | lateral lunges w/ 15# DB 3x8 | Pallof press 3x10 w/ blue band
            Imp: L hip abductor + core weakness, knee drifts in on the shot
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // PTH Galax PTA 97112: 1:1, son in the yard; step-overs, tandem, reaching; sway; counts and seconds; box 22: passes.
        ["vord-h130-pth-pta-nmr-son-in-the-yard"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Present: son (out in the yard)
            97112 [ 22 ] min — 1:1, just me and Mrs. Edwards in the kitchen
            Tx: stepping over the broom handle on the floor without looking down; tandem at the sink with eyes closed; reaching outside her base to the top cupboard on the foam cushion
            Problem: sway and a late stepping reaction after the fall in the garden; she grabs the counter turning from the stove
            Assist/Dist: tandem EC 4 sec; 6 of 8 reaches without a hand down
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // TVMC Sugarcreek complete 97112 log with no diagnosis on the claim: diagnosis missing only.
        ["vord-h130-tvmc-complete-no-diagnosis"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            14:00 97112 timer started (T. Gerber, PT) — 1:1
            14:01 Rocker board M/L eyes closed, foam stance with ball catches, step-and-stick to floor targets
            14:08 Impairment: L ankle proprioception after the sprain on the cheese-house steps
            14:22 97112 timer stopped — 22 min
            14:23 Objective: rocker M/L 11 s; 7/10 step-and-stick
            """,
            [], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
