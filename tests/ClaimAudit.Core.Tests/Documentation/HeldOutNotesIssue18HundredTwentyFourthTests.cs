using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind after the hundred-and-nineteenth to hundred-and-twenty-third
/// sets were worked through) is the next week (Mar 9–13) of the clinics and writers of those five sets, in the styles
/// the analyzer has already seen and with notes it has not: notes that show their own billing arithmetic (units
/// worksheets, RevCapture charge lines, "x2u" shorthand, modifiers, fees, visit counters and KX and YTD lines),
/// flowsheets and logs that carry several visits at once (three-visit flowsheets with today's column marked, oldest or
/// newest first, whiteboard grids with a Today column, a skilled-nursing week log with today's row, an EMR activity
/// log with a clock time on every line), time written every way (prime minutes, dotted and 24-hour clock ranges on a
/// code's own line, 0:23 and 00:23:00 duration fields, minutes in words, "97112/97140 = 23/12 min", timer lines,
/// stopwatch times beside the minutes), and methods and schools named by brand, eponym and acronym — about two thirds
/// ordinary and complete (69 of 108), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a
/// visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from fourteen of those employers:
/// <list type="number">
/// <item>Copper Bluff Physical Therapy (CBPT: Calumet, Lake Linden and L'Anse, Michigan), the "CBPT DAILY NOTE" with its
/// boxed "UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)" of code, modifier, minutes, units, fee and
/// Delivery, visit counters, "GP-KX" and the YTD line: Kirsti Maki (PT, DPT, owner), Owen Pelto (PT) and Jake Trudeau
/// (PT); a snowmobile-trail groomer, a copper-mine tour guide 400 ft down the adit, a sauna builder, a woman who curls
/// in Calumet, a pasty-shop owner and a wife with the crossword in the lobby;</item>
/// <item>Mississippi Bluffs Medical Center — Rehabilitation Services (MBMC: Dubuque, Dyersville and the Galena
/// outreach room), SOAP headings in capitals, "Treatment delivery:" and "Impairments: ☒ / ☐" fields and "RevCapture ▸"
/// charge lines with QTY, minutes and charge: Renata Voss (PT, DPT, NCS), Craig Mueller (PT), Shelby Kluesner (PTA) and
/// Hannah Schmitt (OTR/L); a meat-packing retiree, a retired towboat pilot, a Field of Dreams tour guide and a son
/// writing down the cues;</item>
/// <item>Pine Mountain Family Therapy (PMFT: Whitesburg and the Thursday room at Isom, Kentucky), lower-case
/// shorthand "NMR 97112 x2u 23min", "TE 1u", "CQ", "prob:" and "____": Loretta Sexton and Rusty Banks (PTAs) and Wade
/// Combs (PT); a woman who cans beans, a fiddler at the Friday jam, a ginseng digger and Mr. Combs on the NuStep;</item>
/// <item>Kennebec Neuro Rehabilitation (KNR: Augusta and Waterville, Maine), the "NeuroChart 3-visit flowsheet" with
/// columns 03/04 | 03/06 | 03/11 TODAY (and a newest-first variant), code rows in minutes, Delivery and "1:1 attendance
/// ☐/☒" rows, outcome and goal tables: Maren Thibodeau (PT, DPT, NCS), Owen Pelletier (PT) and Jolene Cyr (PTA); a woman
/// nauseated in the Hannaford cereal aisle, an ice fisherman and a wife waiting in the car;</item>
/// <item>Clearwater Sports PT (CSPT: Lewiston, Idaho, and Clarkston, Washington), whiteboard grids "CODE / EX | MON |
/// TODAY" with a minute row per code and return-to-sport tables: Colby Vance (PT, DPT, SCS), Priya Raman (PT, ATC) and
/// Dex Moreno (PTA); a lineman in gaffs, a wildland firefighter, a ski patroller, a team roper, volleyball players and
/// the next athlete's ankle being taped;</item>
/// <item>Willow Glen Health &amp; Rehabilitation (WGHR: Lebanon, Missouri), the "PART B WEEK LOG (Mar 9–13)" with
/// today's row Wed 3/11, "☐ 1:1 ☐ concurrent ☐ group" boxes and clock ranges on a code's own line: Bernadette Kowalczyk
/// (PT), Luis Arreola (PTA) and Hannah Sato (OTR/L); bingo at 2 p.m., clothespins on the line and a second resident at
/// the hall rail;</item>
/// <item>Rosario Strait Physiotherapy (RSP: Anacortes, Mount Vernon and Friday Harbor, Washington), "97112 NMR
/// 09.10–09.33 (23') · 1:1", dotted day-first dates, ditto seconds and metric loads: Annelies de Vries, Jonas Brenner and
/// Sanne Verhoeven (PTs) and Tomasz Wierzbicki (PTA); a ferry deckhand on the 06.25 sailing, a retired ferry purser, an
/// oyster farmer, a tulip-field foreman and a cyclist on the dike road;</item>
/// <item>Popo Agie Valley Medical Center — Outpatient Rehabilitation (PAVMC: Lander, Hudson and Dubois, Wyoming), the
/// "TheraChart Daily Note" with "CPT 97112 Neuromuscular Re-education" headers, "Duration: 0:23", "Timed Duration:
/// 00:23:00", "Individual (1:1): Yes / No / [X] / [ ]" and "__:__" blanks: Gwen Vandersloot (PT, DPT), Derek Ashdown
/// (PT) and Marisela Cota (PTA); a steer in the chute, a stock-trailer ramp, an irrigation valve and a balance class of
/// three;</item>
/// <item>Catahoula Physical Therapy (Natchez, Mississippi, Vidalia and Ferriday, Louisiana), dictations transcribed
/// by ScribeLine with minutes, scores and doses in words and the transcriptionist's "blank": Everett Stampley (PT, DPT),
/// Lavonne Fairchild (PT), Desmond Moak (PTA) and Priscilla Ducote (OTR/L); a pecan sheller, a choir-loft hymnal, a
/// barge gangway and a johnboat;</item>
/// <item>Saluda Shoals Orthopaedic Manual Therapy (SSOMT: Gervais Street, West Columbia and Chapin, South Carolina),
/// the fellowship format's "1:1 (Y/N):", "Technique / grade / dosage:", "Comparable sign (*):" and "Re-test:": Dr.
/// Lucinda Pryor, Tomás Acevedo (fellow), Walt Brannon (mentor) and Shanice Goodwin (PTA); a Lake Murray fishing guide,
/// a peach-shed packer and a church pianist;</item>
/// <item>Bluestem Neurologic Therapy (BNT: Salina, Abilene and McPherson, Kansas), "BNT Neuro Daily" with "Certified
/// method:", "Delivery: ☐ Individual ☐ Group ☐ Concurrent" and care partners: Harriet Voss (PT, DPT, NCS, LSVT BIG),
/// Cody Ebert (PTA, PWR! Moves), Jens Lindahl (PT) and Marisol Quintanilla (OTR/L); a wheat farmer, a retired
/// grain-elevator manager, a Mennonite quilter and a wife married 54 years;</item>
/// <item>Harbor Light Movement Physical Therapy (HLM: Newburyport and Amesbury, Massachusetts), the "Studio Session
/// Card" with "Session: ☐ Private ☐ Duet ☐ Trio", "Apparatus:", springs by colour, "Skilled focus / impairment:" and
/// "Objective:": Genevieve Marchand (PT, DPT), Owen Tully (PT, Schroth), Bria Castellucci (PTA) and Noriko Abe (PT); a
/// retired clam digger, a harbour pilot, a sailor on a stern ladder and a sister in the window seat;</item>
/// <item>Tuscarawas Valley Medical Center — Outpatient Therapy (TVMC: New Philadelphia, Dover and Sugarcreek, Ohio), the
/// activity log with a clock time on every line and "97112 timer started / stopped — 22 min": Renee Stutzman and Tom
/// Gerber (PTs) and Sara Hochstetler (OTR/L); a harness maker, a buggy step and a son translating Pennsylvania
/// Dutch;</item>
/// <item>Thermopolis Physical Therapy (TPT: Thermopolis and Worland, Wyoming), the owner's slash shorthand "tx/ why/ #s/",
/// "97112/97140 = 23/12 min" and "1:1 [x] / grp [ ]": Russ Ekberg (PT), Jolene Sandoval (PTA) and Kari Lungren (OTR/L); a
/// bison-ranch hand, a beet-truck driver, a beet-harvest crew's cook and Mrs. Hoff at the next counter.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes of these
/// templates: a worksheet's, charge line's or flowsheet's minutes for a code are that code's minutes when they are
/// today's (another visit's column or row says nothing of today), a box is read as ticked or not, a blank states
/// nothing, a brand, school or eponym is a technique when the note says what was done, and a school's named
/// impairment is a deficit:
/// <list type="bullet">
/// <item>class 1 (v1-h124-…): one-on-one in these writers' own words ("1:1" in the worksheet's Delivery column with a
/// wife in the lobby, "one-on-one, the whole neuro re-ed; her son sat in and wrote down the cues", a newest-first
/// flowsheet's "1:1 — Owen and Mr. Poulin only; wife waited in the car", "It was just Mrs. Dunbar and me in the
/// treatment room from start to finish", "mentor treating; the fellow charted from the stool", "physio and patient
/// only"), notes that negate it (two residents at the hall rail taking turns, "Individual (1:1): No — balance class,
/// three patients", a PTA running two patients through LSVT BIG, a PTA taping the next athlete's ankle during the
/// block) or never state it (an activity log with timer lines and no delivery word), and the codes without a
/// one-on-one check (a PTA's 97110 beside the NuStep, an OT's 97530 beside another patient at the next counter);</item>
/// <item>class 2 (v2-h124-…): checkbox and blank-field states ("Individual (1:1): [X]" and "[ ]", "Treatment delivery:
/// ______" beside ticked impairment boxes, a flowsheet's "1:1 attendance ☐/☒" row ticked today, a week log's box row
/// with nothing ticked, the Private box alone, "Problem: ______", "1:1 [ ] / grp [x]", a dictated "Berg score today,
/// blank." and "tandem ____ sec" beside a filled Berg);</item>
/// <item>class 3 (v3-h124-…): named methods as techniques (Mulligan SNAGs and a Maitland grade III PA, LSVT BIG with a
/// functional component task, Schroth rotational angular breathing and the muscle cylinder, Herdman X1 and X2, Nordic
/// curls and Copenhagen planks, NDT/Bobath key points, Feldenkrais pelvic clock, PNF hold-relax and combination of
/// isotonics, CIMT shaping), PWR! Moves with no number, a reformer footwork series with no dose and NDT with
/// "IMPAIRMENTS: see initial evaluation";</item>
/// <item>class 4 (v4-h124-…): deficits stated as findings (feet that can't feel the wet sauna boards, nausea and veering
/// in the cereal aisle, a knee that buckles on the stock-trailer ramp, a hymnal sliding out of the hand, rib flare and
/// loss of the zone of apposition stepping onto a moving float, a lineman who can't drive up off the L foot) and notes
/// that state none ("why/ see POC", "Deficit: nothing new", "Problem: as before");</item>
/// <item>class 5 (v5-h124-…): measures in these forms (stopwatch "5xSTS: 00:14.8" beside "Duration: 0:23", DGI and
/// tandem seconds in words, a Baseline / Last / Today outcome table, ditto seconds, hop LSI percentages, assistance
/// levels and counts for a 97530, distance and assistance for a 97116) and notes with none ("Re-test: smoother, fewer
/// corrections", "Mini-BESTest improved, TUG faster", "felt stronger", "berg — didn't get to it today", a 97116 that
/// "did real well");</item>
/// <item>class 6 (v6-h124-…): minutes in these forms (a two-code units worksheet, two RevCapture lines, "x2u 24min" and
/// "x1u 14min", two code rows in a flowsheet's today column, clock ranges on a week log's code lines, dotted ranges,
/// 00:22:00 fields, minutes in words, "97112/97140 = 23/12 min", two timer pairs, a PT's and an OT's charge lines) and
/// true mismatches (a worksheet's 26 on a 14-minute 97110, "Duration: 0:30" on 18, a dotted range of twelve minutes on a
/// 24-minute 97140, "thirty-two minutes" on 20, a today cell of 35 on 22) and truly missing separate time (QTY only with
/// "Total treatment time: 38 min", "97112 + 97110 — 40 min together", units only with "Total timed: 38 min = 3
/// units");</item>
/// <item>class 7 (v7-h124-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (squats and band walks with loads), 97530 (toileting tasks with
/// assistance), 97140 (a thoracic grade IV PA, thrust and STM) and 97116 (rollator to cane over a ramp and curb), and
/// wholly generic notes (a PMFT 97112, a MBMC 97140, a TPT two-code slash note, a BNT OT 97530);</item>
/// <item>ordinary (vord-h124-…): complete notes of these employers that a reviewer passes (the false-positive guard),
/// with their numbers that are not minutes, and the ordinary weak ones: a complete flowsheet with no diagnosis and a
/// claim whose diagnosis reads "DX PENDING".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, sons, a sister, care partners,
/// a mentor and a fellow, a son translating (none of them a patient; the second resident at the rail, the balance class, the
/// second LSVT patient and the next athlete are), ages, years, earlier visits' minutes in other columns and rows, units,
/// fees, visit counters and YTD dollars, heights, weights, loads, distances, degrees, percentages, springs, clock times
/// of day ("arrived 07:48 for the 08:00 slot", "the 06.25 sailing", "bingo at 2 p.m.", "from 7 to 10 p.m."), stopwatch
/// times and seconds — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code, in its block's heading, in a minute box, worksheet or charge line, or as a
/// clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the three
/// that give the visit a total; notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a
/// measure. One-on-one is judged on the billed minutes: a family member, care partner, student, mentor or staff member
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
/// This set also leaves out the notes of these templates that could honestly be read either way: a worksheet, charge
/// line or flowsheet whose minutes for a code disagree with the same code's minutes elsewhere in the note, a flowsheet
/// whose today column is not marked or dated, units or a QTY with no minutes on a single-code visit, a week log whose
/// today's row is not the only row with the billed code, a fee or dollar figure beside "min", a bare brand or
/// certification named with nothing said of what was done, and minutes written with a prime beside heights in feet.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 108 cases agree (106 needed), and 6 of the 69 notes the reviewer passes got a finding, on the analyzer of 0b70643 (the 2026-12-07 nineteenth session after the hundred-and-nineteenth to hundred-and-twenty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 108 of 108, no false positive — a field's name restated in parentheses before its answer ("Individual (1:1): No — balance class"), a row's key of boxes ("1:1 attendance ☐/☒"), a blank to fill in kept to its own cell ("tandem ____ sec   Berg 43/56"; "Service End: __:__   Duration: 0:21"), a code's 24-hour range without colons ("97112 0905–0928"), drop landings and reactive hops, "late protective step".</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyFourthTests(ITestOutputHelper output)
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

        // CBPT Calumet, Owen Pelto: "1:1" in the worksheet's Delivery column and "his wife waited in the lobby with the crossword"; tandem walking on the foam beam with eyes closed, perturbations at the pelvis, stepping over the taped snowmobile-trail markers; slow ankle strategy in the dark; Berg and perturbation count; worksheet "97112 | GP | 24 | 2 | $74.18 | 1:1" matches; visit counter and YTD dollars: passes.
        ["v1-h124-cb-delivery-column-wife-in-lobby"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Toivo Hakala (66)   Therapist: Owen Pelto, PT
            S: grooms the trail out of Mohawk at night; says the ruts in the headlight are where he wobbles. His wife waited in the lobby with the crossword.
            Tx: tandem walking on the foam beam eyes closed; perturbations at the pelvis in stride stance; stepping over the trail markers we taped on the floor without looking down.
            Problem: slow ankle strategy and sway that grows in the dark; two stumbles off the groomer step this winter.
            O: Berg 47/56 (43 at eval). Recovered 7 of 10 perturbations with a single step.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee    | Delivery
            97112 | GP  | 24  | 2     | $74.18 | 1:1
            Total units: 2    Visit 4 of 12 (POC)    YTD PT/SLP $1,112.60
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MBMC Dubuque, Renata Voss: "Treatment delivery: one-on-one, the whole neuro re-ed; her son sat in and wrote down the cues" (family, not a patient); half-kneel to stand with tapping at the glute med, step-and-stick onto foam, PNF D1 lifts; R hemiparesis with poor R weight acceptance; FGA and weight-bearing percentage; RevCapture "QTY 2 | 23 MIN" matches: passes.
        ["v1-h124-mb-delivery-son-wrote-down-cues"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            SUBJECTIVE: Mrs. Kerper, 71, retired from the meat-packing line; wants to carry the laundry basket down to the basement.
            Treatment delivery: one-on-one, the whole neuro re-ed; her son sat in and wrote down the cues.
            INTERVENTIONS: half-kneel to stand leading with the R with tapping over the R glute med; step-and-stick onto the foam pad; PNF D1 lifts in standing, my hands at the pelvis.
            IMPAIRMENTS: R hemiparesis after the L MCA stroke; poor weight acceptance on the R and a late R step.
            OBJECTIVE: FGA 17/30. On the scales she puts 43% of her weight through the R (41% last week).
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // KNR Waterville flowsheet, newest first (TODAY 03/11 column first): Delivery row "1:1 — Owen and Mr. Poulin only; wife waited in the car"; step-and-stick, head-turn walking, rocker board; proprioceptive loss and ataxic steps; today's measures; today's 97112 minutes 23 beside 25 and 24: passes.
        ["v1-h124-knr-newest-first-wife-in-the-car"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet (newest first)
            Pt: Poulin, Armand    Therapist: O. Pelletier, PT
                                           TODAY 03/11                      03/06        03/04
            97112 neuro re-ed (min)        23                               25           24
            Delivery                       1:1 — Owen and Mr. Poulin only; wife waited in the car     1:1          1:1
            Step-and-stick onto foam       R + L lead                       R lead       R lead
            Hall walk w/ head turns        3 laps                           2 laps       2 laps
            Rocker board A/P eyes closed   x8                               x6           x5
            Impairment (today): proprioceptive loss in both feet and ataxic, wide-based stepping; he catches the L toe on the porch sill.
            Measures (today): Berg 45/56; step-and-stick 8 of 10 without a hand.
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // WGHR Part B week log, today's row Wed 3/11: "97112 22 min — did Mrs. Greer and Mr. Lutz together at the hall rail, taking turns" — another resident treated in today's block: one-on-one missing; stepping strategy and reaching out of base; backward loss of balance; Berg present.
        ["v1-h124-wghr-log-two-residents-taking-turns"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Ida Greer, rm 118    PTA: L. Arreola, PTA
            Mon 3/9   97112 24 min — 1:1 in the rehab gym.
            Wed 3/11  97112 22 min — did Mrs. Greer and Mr. Lutz together at the hall rail, taking turns. Stepping strategy to a backward nudge, reaching for the clothespins clipped outside her base of support.
                      Deficit: backward loss of balance, no step when she is tipped back.
                      Berg 38/56.
            Fri 3/13
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PAVMC Hudson TheraChart "Individual (1:1): No — balance class, three patients": the field says not one-on-one; rocker board, foam head turns, perturbations; ankle proprioception; FGA present; Duration 0:22 matches.
        ["v1-h124-pav-individual-no-balance-class"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Service Start: 15:10   Service End: 15:32   Duration: 0:22
              Individual (1:1): No — balance class, three patients
              Interventions: rocker board M/L eyes closed; foam stance with horizontal head turns; perturbations at the shoulders in tandem.
              Impairment: R ankle proprioception after the sprain in the calving barn; rolls the ankle in the frozen ruts.
              Objective: FGA 22/30; rocker board M/L 13 s without an edge touch.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Catahoula Natchez, dictated through ScribeLine: "It was just Mrs. Dunbar and me in the treatment room from start to finish"; perturbations on the foam, stepping over the hymnal boxes, head turns in tandem; somatosensory loss; Berg and FGA in words; "97112 … twenty-three minutes" matches: passes.
        ["v1-h124-cat-just-her-and-me-start-to-finish"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty-three minutes. It was just Mrs. Dunbar and me in the treatment room from start to finish.
            Perturbations at the hips standing on the foam, stepping over a row of hymnal boxes without looking down, then tandem stance with head turns.
            She has lost sensation in both feet from the neuropathy and sways when she cannot see the floor in the choir loft.
            Berg forty-four out of fifty-six, up from thirty-nine. Functional gait assessment nineteen out of thirty.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // SSOMT West Columbia, Walt Brannon (mentor): "1:1 (Y/N): Y — mentor treating; the fellow charted from the stool" (staff); deep neck flexor recruitment with the pressure biofeedback unit, laser-guided head repositioning, rhythmic stabilisation of the neck; cervical proprioception and motor control; CCFT and JPE; "97112 — 21 min" matches: passes.
        ["v1-h124-ssomt-mentor-treating-fellow-charted"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Earl Mims, 63    Clinician: Walt Brannon, PT, OCS (mentor)
            97112 — 21 min
            1:1 (Y/N): Y — mentor treating; the fellow charted from the stool.
            Technique / grade / dosage: deep neck flexor recruitment on the pressure biofeedback unit; laser-guided head repositioning to the target from rotation; rhythmic stabilization of the neck in sitting.
            Comparable sign (*): poor deep neck flexor control and impaired cervical proprioception; the chin pokes and he overshoots turning to back the boat trailer.
            Re-test: CCFT held at 26 mmHg (22 at IE); JPE from L rotation 5.2 cm to 3.6 cm.
            """,
            ["M54.2", "M53.82"], [PT("97112", 21)], []),

        // BNT Abilene PTA "I ran Mrs. Stucky and Mr. Regier through LSVT BIG together, alternating the maximal daily exercises" on a billed 97112: another patient in the block — one-on-one missing; technique, hypokinesia and Mini-BESTest present.
        ["v1-h124-bnt-pta-two-through-lsvt-big"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Edna Stucky    Clinician: Cody Ebert, PTA
            97112: 24 minutes
            Delivery: ☐ Individual ☐ Group ☐ Concurrent — I ran Mrs. Stucky and Mr. Regier through LSVT BIG together, alternating the maximal daily exercises.
            Certified method: LSVT BIG floor-to-ceiling and side-to-side maximal daily exercises, then big stepping forward, sideways and back.
            Problem: hypokinesia and short, shuffling steps with Parkinson's disease; she freezes at the church doorway.
            Measures: Mini-BESTest 18/28; 180° turn in 7 steps.
            """,
            ["G20.A1"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // TVMC Sugarcreek activity log with clock times on every line and the timer lines for 97112, nothing saying how the session was delivered: one-on-one not stated; rocker board, foam tandem, perturbations; proprioception after an ankle fracture; Berg and rocker seconds; "timer stopped — 22 min" matches.
        ["v1-h124-tv-log-no-delivery-line"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            13:30 Session started — Tom Gerber, PT
            13:31 97112 timer started
            13:32 Intervention: rocker board A/P eyes closed; tandem stance on the foam; perturbations at the shoulders
            13:41 Impairment: L ankle proprioception after the trimalleolar fracture; unsteady on the wet harness-shop floor
            13:48 Measure: rocker board 12 sec; Berg 48/56
            13:53 97112 timer stopped — 22 min
            """,
            ["S82.852D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // RSP Friday Harbor (Sanne Verhoeven): "1:1 — physio and patient only, the harbour-side room"; step-out reactions, half-roller stance, PNF rhythmic stabilisation; late protective step; Mini-BESTest and step-out count; "97112 NMR 10.05–10.28 (23')" matches: passes.
        ["v1-h124-rsp-physio-and-patient-only"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 11.03.2026 · retired ferry purser, 72 y
            97112 NMR 10.05–10.28 (23')
            Setting: 1:1 — physio and patient only, the harbour-side room.
            Tx: step-out reactions to the front and to the L on cue; stance on the half-roller with reaching; PNF rhythmic stabilisation at the pelvis in stride stance.
            Problem: late L protective step and backward loss of balance on the car-deck ramp.
            Measures: Mini-BESTest 20/28 (17/28 at intake); 7/10 step-outs L with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PMFT Whitesburg, Loretta Sexton (PTA): a 97110 with "Mr. Combs on the NuStep beside us" (no one-on-one check for 97110); bridges, step-ups, heel raises with doses; R quad and calf weakness after a knee replacement; "TE 97110 x1u 13min" matches: passes.
        ["v1-h124-pm-pta-97110-beside-the-nustep"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            TE 97110 x1u 13min CQ
            Mr. Combs on the NuStep beside us the whole time
            bridges 3x12, step-ups onto 6" step 3x10 R leads, heel raises 3x15, sit-to-stand from the church-pew height chair 2x8
            prob: R quad & calf weakness s/p R TKA, can't get up the 3 porch steps w/o the rail
            L. Sexton PTA / sup W. Combs PT
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 13)], []),

        // TPT Worland OT, Kari Lungren: a 97530 at the kitchen with "Mrs. Hoff at the next counter on her own program" (no one-on-one check for 97530); reaching, carrying and a stove-to-sink pan transfer; L hemiparesis; counts and assistance; "97530 21 min" matches: passes.
        ["v1-h124-tpt-ot-97530-next-counter"] = new(
            """
            TPT/Worland — K. Lungren OTR/L
            97530 21 min — Mrs. Hoff at the next counter on her own program
            tx/ pan from stove to sink x6; unloading groceries to the upper cupboard L hand x10; wiping the counter standing
            why/ L hemiparesis s/p R CVA — weak L reach and grasp, can't cook standing
            #s/ pan carry SBA; upper cupboard 7/10 w/ min A for L arm
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // CSPT Clarkston, Dex Moreno (PTA): "while she held the Airex SLS sets I was taping the next athlete's ankle at the table" — the therapist attended someone else during the block: one-on-one missing; SLS on Airex with ball toss, lateral hops to stick; ankle proprioception; counts and seconds present; Today 97112 21 matches.
        ["v1-h124-cspt-taping-the-next-athlete"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Jordyn Pratt, 20, club volleyball
            CODE / EX                     MON          TODAY
            97112 NMR min                 23           21
            SLS on Airex w/ ball toss     x25          x30
            Lateral hop to stick          2x5          3x5
            While she held the Airex SLS sets I was taping the next athlete's ankle at the table.
            Problem: R ankle proprioception after the inversion sprain; rolls it landing from a block.
            Today: SLS on Airex eyes closed 12 sec R vs 25 sec L; stuck 12 of 15 hops.
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PAVMC Lander TheraChart "Individual (1:1): [X]" (the box marked): one-on-one; X1 viewing, walking with head turns, foam stance; L vestibular hypofunction; DGI and DVA; "Timed Duration: 00:23:00" matches: passes.
        ["v2-h124-pav-individual-box-marked"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Timed Duration: 00:23:00
              Individual (1:1): [X]
              Interventions: X1 viewing against the checkerboard standing on foam; walking the Riverside Entrance hall with horizontal head turns; foam stance eyes closed.
              Impairment: L vestibular hypofunction; oscillopsia and veering L turning to watch the gate while he backs the stock trailer.
              Objective: DGI 18/24; DVA 3 lines lost (5 at eval).
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PAVMC Dubois PTA "Individual (1:1): [ ]" left unmarked and nothing else saying one-on-one: not stated; cone weaving, obstacle stepping, tandem; ataxia; FGA; Duration 0:21 matches.
        ["v2-h124-pav-pta-individual-box-empty"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA (supervising PT: G. Vandersloot)
            CPT 97112 Neuromuscular Re-education
              Service Start: __:__   Service End: __:__   Duration: 0:21
              Individual (1:1): [ ]
              Interventions: weaving 6 cones on cue, stepping over 4 and 8 in hurdles, tandem walk on the tape line.
              Impairment: truncal ataxia after the cerebellar stroke; overshoots the turn at the hay shed.
              Objective: FGA 15/30; cone course 29 s.
            """,
            ["I69.393"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // MBMC Dyersville "Treatment delivery: ______" and "Impairments: ☒ proprioception ☒ postural control ☐ vestibular" with the rest typed: one-on-one not stated, the ticked impairments are the deficit; rocker board, foam perturbations, tandem; Berg and perturbation count; RevCapture 22 MIN matches.
        ["v2-h124-mb-delivery-blank-impairments-ticked"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            Treatment delivery: ______
            INTERVENTIONS: rocker board A/P eyes closed; perturbations at the pelvis standing on the foam; tandem walk on the line with head turns.
            Impairments: ☒ proprioception ☒ postural control ☐ vestibular ☐ strength
            OBJECTIVE: Berg 44/56; recovered 6 of 8 perturbations with one step.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            C. Mueller, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // KNR Augusta flowsheet "1:1 attendance ☐/☒" row with today's column ☒: one-on-one; tandem walking, rocker board, perturbations; somatosensory loss; Berg today; today's 97112 minutes 24: passes.
        ["v2-h124-knr-attendance-row-ticked-today"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Lachance, Noëlla    Therapist: J. Cyr, PTA (sup. M. Thibodeau)
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        22           25           24
            1:1 attendance ☐/☒             ☒            ☒            ☒
            Tandem walk w/ head turns      1 lap        2 laps       3 laps
            Rocker board A/P eyes closed   x4           x6           x6
            Pelvic perturbations           lat          lat + A/P    lat + A/P
            Impairment (today): somatosensory loss in both feet from the neuropathy; feels for the stair edge with her toe in the dark.
            Measures (today): Berg 41/56; tandem 9 sec.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 24)], []),

        // WGHR week log with today's "☐ 1:1 ☐ concurrent ☐ group" row left with nothing ticked and no other word of delivery: one-on-one not stated; weight shifts, stepping to nudges, reaching; L lateral lean; Berg present; today's 97112 23 min matches.
        ["v2-h124-wghr-box-row-nothing-ticked"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Mae Pruitt, rm 109    PT: B. Kowalczyk, PT
            Mon 3/9   97112 25 min ☒ 1:1 ☐ concurrent ☐ group
            Wed 3/11  97112 23 min ☐ 1:1 ☐ concurrent ☐ group
                      Lateral weight shifts at the hall rail, stepping strategy to a forward nudge, reaching for the bingo cards set outside her base of support.
                      Deficit: L lateral lean and late protective step.
                      Berg 37/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLM Amesbury studio card "Session: ☒ Private ☐ Duet ☐ Trio" (the Private box alone, read as one-on-one): reformer standing balance with carriage perturbations, side-lying leg springs with rhythmic stabilisation; hip strategy loss; SLS and FGA; "CPT 97112 (22 min)" matches: passes.
        ["v2-h124-hlm-private-box-ticked"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Roland Pettengill, 74    Therapist: Bria Castellucci, PTA
            CPT 97112 (22 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer, 1 red spring; standing on the carriage with small unexpected carriage perturbations; side-lying on the Cadillac with rhythmic stabilisation at the pelvis.
            Skilled focus / impairment: late hip strategy and postural sway on a moving surface; he lost his footing on the harbour pilot boat ladder.
            Objective: SLS R 9 sec, L 6 sec; FGA 21/30.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // BNT Salina "Problem: ______" left blank and no deficit written anywhere: deficit missing; individual ticked, PNF rhythmic stabilisation and step-and-stick, Mini-BESTest and step-out count present.
        ["v2-h124-bnt-problem-line-blank"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Dale Wedel    Clinician: Jens Lindahl, PT
            97112: 22 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: PNF rhythmic stabilization in half-kneeling and tall kneeling; step-and-stick onto the foam pad.
            Problem: ______
            Measures: Mini-BESTest 20/28; 6 of 8 step-outs without a second step.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TPT Thermopolis "1:1 [ ] / grp [x]" — the group box ticked on a 97112: not one-on-one; BAPS, foam head turns, perturbations; plantar sensation loss; Romberg and mCTSIB seconds; "97112/NMR 23 min" matches.
        ["v2-h124-tpt-group-box-ticked"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            97112/NMR 23 min — 1:1 [ ] / grp [x]
            tx/ BAPS lvl 2 CW/CCW; foam EO→EC w/ head turns; A/P perturb @ pelvis
            why/ ↓ b/l plantar sensation (DM) → ↑ sway EC, grabs the beet-truck mirror
            #s/ Romberg EO/EC 30/12 s; mCTSIB foam EC 14 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Catahoula Vidalia dictation "Berg score today, blank." — the transcriptionist's blank where the score was said, and no other number but the code and its minutes in words: measure missing; one-on-one, technique and deficit present.
        ["v2-h124-cat-berg-score-blank"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-two minutes, one-on-one with Mr. Guidry the whole time.
            Rocker board front to back with his eyes closed, perturbations at the shoulders in tandem stance, stepping over the cane row.
            He has poor proprioception in the right ankle since the fracture and rolls it on the levee gravel.
            Berg score today, blank.
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PMFT Whitesburg shorthand with "tandem ____ sec" left blank beside a filled Berg and push count: the blank says nothing, the filled numbers are the measure; "just me & her"; foam marching, lateral pushes; ↓ sensation both feet; "NMR 97112 x2u 23min" matches: passes.
        ["v2-h124-pm-tandem-blank-berg-filled"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            NMR 97112 x2u 23min
            just me & her in the back room for all of NMR
            foam marching, lateral pushes @ hips w/ step recovery, stepping over the cane on the floor
            prob: ↓ sensation both feet, watches her feet on the church steps
            tandem ____ sec   Berg 43/56   5 of 6 pushes w/o grabbing
            R. Banks PTA
            """,
            ["G62.9"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // SSOMT Gervais St fellow: Mulligan C5-6 SNAGs into R rotation and a Maitland grade III unilateral PA at C5-6 on a 97140; comparable sign (R cervical rotation stiffness) and re-tested degrees; "97140 — Mulligan/Maitland — 12 min" matches: passes.
        ["v3-h124-ssomt-mulligan-snags-maitland-pa"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Purvis Lott, 61, Lake Murray fishing guide    Clinician: Tomás Acevedo, PT, DPT (fellow)
            97140 — Mulligan/Maitland — 12 min
            Technique / grade / dosage: Mulligan SNAGs C5-6 into R rotation 3 x 6; Maitland unilateral PA C5-6 R grade III, 3 x 30 sec.
            Comparable sign (*): R cervical rotation limited and painful at C5-6; can't turn to look behind the boat while backing it down the ramp.
            Re-test: R rotation 52° → 64°, pain 5/10 → 2/10 at end range.
            """,
            ["M54.2", "M47.812"], [PT("97140", 12)], []),

        // BNT Salina, Harriet Voss (LSVT BIG certified): "one-on-one, husband (care partner) in the chair by the door"; LSVT BIG maximal daily exercises and a functional component task (reaching into the chest freezer); hypokinesia and bradykinesia; TUG and 180° turn steps; "97112: 24 minutes" matches: passes.
        ["v3-h124-bnt-lsvt-big-chest-freezer"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Alvin Stucky, retired grain-elevator manager    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 24 minutes
            Delivery: ☒ Individual — one-on-one; her husband (care partner) sat in the chair by the door.
            Certified method: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps, rock and reach), then the functional component task — big reach down into the chest freezer and back up.
            Problem: hypokinesia and bradykinesia with Parkinson's disease; small, slow steps and a stooped reach.
            Measures: TUG 11.8 sec (14.6 at eval); 180° turn in 5 steps.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // HLM Newburyport, Owen Tully (Schroth C2): a 97110 of Schroth rotational angular breathing in side-lying and the muscle cylinder in standing with doses; R thoracic curve and weak L lumbar extensors; scoliometer and doses; "CPT 97110 (16 min)" matches: passes.
        ["v3-h124-hlm-schroth-rab-muscle-cylinder"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Tessa Lavoie, 15    Therapist: Owen Tully, PT
            CPT 97110 (16 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: Schroth wall bars and the ball; rotational angular breathing side-lying on the ball 3 x 8 breaths; muscle cylinder in standing 3 x 20 sec holds; prone lumbar extension 3 x 10.
            Skilled focus / impairment: R thoracic curve with a L rib hump and weak L lumbar extensors.
            Objective: scoliometer ATR at T8 11° (13° last month).
            """,
            ["M41.125"], [PT("97110", 16)], []),

        // KNR Augusta, Maren Thibodeau: Herdman X1 and X2 viewing progressed by column, walking with head turns; R vestibular hypofunction; DGI and DVA today; today's 97112 22 and Delivery "1:1": passes.
        ["v3-h124-knr-herdman-x1-x2-by-column"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Ouellette, Marc    Therapist: M. Thibodeau, PT, DPT, NCS
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        25           24           22
            Delivery                       1:1          1:1          1:1
            Herdman X1, busy background    seated       standing     standing on foam
            Herdman X2                     —            seated       standing
            Hall walk w/ head turns        ✓            ✓            ✓ with a ball toss
            Impairment (today): R vestibular hypofunction; oscillopsia and veering R checking his mirror on the sled.
            Measures (today): DGI 19/24; DVA 2 lines lost.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // CSPT Lewiston, Priya Raman: a 97110 of Nordic hamstring curls, Copenhagen adductor planks and single-leg RDLs with doses; R hamstring and adductor weakness after a strain; Today 97110 18 matches: passes.
        ["v3-h124-cspt-nordic-copenhagen"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Cade Ellison, 27, wildland firefighter
            CODE / EX                     MON           TODAY
            97110 ther ex min             16            18
            Nordic hamstring curl         2x5           3x5
            Copenhagen plank (short)      2x15 sec      3x20 sec
            Single-leg RDL                3x8 @ 20#     3x8 @ 25#
            Problem: R hamstring and adductor weakness after the grade II hamstring strain; can't hike the fire line with his pack.
            """,
            ["S76.311D"], [PT("97110", 18)], []),

        // RSP Mount Vernon, Jonas Brenner: NDT/Bobath facilitation at the key points (pelvis, thorax) in sit-to-stand and stepping; poor L weight acceptance after the stroke; 10-m walk speed and a stepping count; "97112 NMR 14.05–14.28 (23') · 1:1" matches: passes.
        ["v3-h124-rsp-bobath-key-points"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 11.03.2026 · tulip-field foreman, 64 y
            97112 NMR 14.05–14.28 (23') · 1:1
            Tx: NDT/Bobath facilitation at the key points — pelvis and thorax — through sit-to-stand and into L stance; stepping forward with facilitation at the L pelvis.
            Problem: poor L weight acceptance and late L hip extension since the R MCA stroke; the L knee snaps back in stance.
            Measures: 10-m walk 0.74 m/s (0.61 at intake); 8/10 L stance phases without knee snap-back.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PAVMC Lander: Feldenkrais Awareness Through Movement pelvic clock and a rolling sequence on a 97112, with "Individual (1:1): Yes"; poor lumbopelvic dissociation and trunk motor control; Mini-BESTest and a count; Duration 0:24 matches: passes.
        ["v3-h124-pav-feldenkrais-pelvic-clock"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:24
              Individual (1:1): Yes
              Interventions: Feldenkrais Awareness Through Movement — pelvic clock in hook-lying, then rolling from supine to side-lying led from the pelvis; weight shifts in sitting on the saddle stool.
              Impairment: poor lumbopelvic dissociation and trunk motor control; moves as a block and loses balance reaching down to the irrigation valve.
              Objective: Mini-BESTest 22/28; 6 of 8 reaches to the floor without a hand down.
            """,
            ["M62.81", "R26.89"], [PT("97112", 24)], []),

        // Catahoula Ferriday dictation: PNF hold-relax and rhythmic stabilisation in kneeling, combination of isotonics sit to stand; L hip motor control after a hip replacement; chair stands and step-outs in words; "one-on-one", "twenty-one minutes": passes.
        ["v3-h124-cat-pnf-hold-relax-combination-isotonics"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, twenty-one minutes, one-on-one.
            PNF rhythmic stabilization in tall kneeling, hold-relax for the left hip, then combination of isotonics on the sit to stand from the pew-height chair.
            Poor motor control of the left hip since the replacement; the hip drops and she lurches stepping off the ferry landing.
            Thirty-second chair stand eleven repetitions. She recovered seven of eight step-outs to the left.
            """,
            ["Z96.642", "R26.89"], [PT("97112", 21)], []),

        // BNT Abilene, Cody Ebert: PWR! Moves described step by step with no number anywhere but the code and its minutes ("bigger and faster than Tuesday"): measure missing; one-on-one, technique and hypokinesia present.
        ["v3-h124-bnt-pwr-moves-no-number"] = new(
            """
            Bluestem Neurologic Therapy — Abilene
            BNT Neuro Daily    Pt: Wilbur Janzen    Clinician: Cody Ebert, PTA (PWR! Moves certified)
            97112: 23 minutes
            Delivery: ☒ Individual — just Cody and Mr. Janzen in the gym.
            Certified method: PWR! Moves — PWR!Up against the wall, PWR!Rock side to side, PWR!Twist with a reach, PWR!Step over the tape line and into a turn.
            Problem: hypokinesia and a stooped, shuffling gait with Parkinson's disease; freezes turning at the barn door.
            Measures: moves bigger and faster than Tuesday, turns look smoother.
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // HLM Amesbury, Bria Castellucci (PTA): a 97110 reformer footwork series and bridging named with no springs, sets or repetitions anywhere and no number but the code and its minutes: measure missing; technique and deficit present.
        ["v3-h124-hlm-reformer-footwork-no-dose"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Phyllis Dow    Therapist: Bria Castellucci, PTA
            CPT 97110 (15 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer — footwork series (toes, arches, heels, tendon stretch), then bridging on the footbar.
            Skilled focus / impairment: weak quads and glutes after the knee replacement; pulls on the rail to stand from the low couch.
            Objective: worked through the whole series, good control.
            """,
            ["Z96.651"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // MBMC Galena: NDT facilitation at the trunk and pelvis and PNF chops in sitting with "IMPAIRMENTS: see initial evaluation" and nothing targeted anywhere: deficit missing; one-on-one, technique and Berg present.
        ["v3-h124-mb-ndt-impairments-see-initial-eval"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: one-on-one.
            INTERVENTIONS: NDT facilitation at the trunk and pelvis through reaching in sitting and sit-to-stand; PNF chops and lifts in sitting.
            IMPAIRMENTS: see initial evaluation.
            OBJECTIVE: Berg 40/56; sit-to-stand x5 without the hands.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 23 MIN | $186.00
            R. Voss, PT, DPT, NCS
            """,
            ["I69.398"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // TVMC New Philadelphia OT log: CIMT shaping tasks (coin flipping, pegs, stacking cones) with a mitt on the R hand on a 97530; L learned non-use after a stroke; counts and times; "97530 timer stopped — 24 min" matches: passes.
        ["v3-h124-tv-ot-cimt-shaping"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            09:00 Session started — Sara Hochstetler, OTR/L
            09:01 97530 timer started
            09:02 Intervention: CIMT with the mitt on the R hand — shaping tasks: flipping coins, pegs into the board, stacking cones, turning the quilt pages
            09:14 Impairment: learned non-use of the L hand after the R CVA; can't pin quilt squares with the L
            09:20 Measure: 9-hole peg L 58 sec (71 sec at eval); 14 cones stacked with the L hand
            09:25 97530 timer stopped — 24 min
            """,
            ["I69.332"], [OT("97530", 24)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // CBPT L'Anse, Kirsti Maki: the deficit as the patient's finding ("can't tell where his feet are on the wet sauna boards, sways the second the lights go down"); foam stance eyes closed, rocker board, tandem on the beam; Romberg and rocker seconds; "1:1"; worksheet 22 matches: passes.
        ["v4-h124-cb-feet-on-the-wet-sauna-boards"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Reino Lahti   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1 in the back gym.
            Tx: foam stance eyes closed with head turns; rocker board A/P; tandem on the foam beam.
            Problem: can't tell where his feet are on the wet sauna boards (diabetic neuropathy) and sways the second the lights go down.
            O: Romberg on foam eyes closed 9 sec (4 at eval); rocker board 15 sec without an edge touch.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 22  | 1     | $37.09
            Total units: 1    Visit 7 of 12
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // KNR Waterville: the deficit in the patient's words and the therapist's ("nauseated and veering scanning the cereal aisle at Hannaford"; visual motion sensitivity); habituation, optokinetic background, walking with head turns; MSQ and DGI today; today 23 with 1:1: passes.
        ["v4-h124-knr-veers-in-the-cereal-aisle"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Thibault, Carmen    Therapist: O. Pelletier, PT
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        24           22           23
            Delivery                       1:1          1:1          1:1
            Optokinetic video while walking  seated     standing     walking
            Habituation (MSQ positions)    3            4            4
            Hall walk w/ head turns        ✓            ✓            ✓
            Impairment (today): visual motion sensitivity after the concussion; nauseated and veering scanning the cereal aisle at Hannaford.
            Measures (today): MSQ 18 (26 at eval); DGI 20/24.
            """,
            ["F07.81", "H81.8X3"], [PT("97112", 23)], []),

        // PAVMC Hudson PTA: "knee buckles when he steps down the stock-trailer ramp" as the deficit (with quad timing); step-downs with perturbations, split stance on foam, terminal knee extension timing; step-down count and SLS; one-on-one; Duration 0:22 matches: passes.
        ["v4-h124-pav-knee-buckles-on-trailer-ramp"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): Yes
              Interventions: forward step-downs off a 6 in step with perturbations at the knee; split stance on foam with rhythmic stabilization; terminal knee extension timing drills with a band cue.
              Impairment: R knee buckles when he steps down the stock-trailer ramp; late quad firing after the ACL repair.
              Objective: 9 of 12 step-downs without a buckle; SLS R 14 s (L 28 s).
            """,
            ["S83.511D"], [PTA("97112", 22)], []),

        // Catahoula Natchez OT dictation, Priscilla Ducote: the deficit as a finding ("her right hand lets the hymnal slide and she can't turn a page with it"); in-hand manipulation, page turning, buttoning the choir robe on a 97530; counts and time in words; "97530, twenty-two minutes": passes.
        ["v4-h124-cat-ot-hymnal-slides-from-the-hand"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Priscilla Ducote, OTR/L. Transcribed by ScribeLine.
            97530, therapeutic activities, twenty-two minutes.
            Her right hand lets the hymnal slide out of it and she cannot turn a page with the right thumb since the stroke.
            We worked on in-hand manipulation with coins to the palm and back, turning the hymnal pages one at a time, and buttoning the choir robe standing at the mirror.
            She turned ten of fifteen pages singly and buttoned all six buttons in ninety seconds, down from a hundred and fifty seconds.
            """,
            ["I69.331"], [OT("97530", 22)], []),

        // HLM Newburyport, Genevieve Marchand: DNS developmental positions and PRI left side-lying respiratory pull-back on a 97112 with "rib flare and loss of the zone of apposition, can't brace stepping off the dock onto the moving float"; counts and SLS; Private ticked; "CPT 97112 (23 min)" matches: passes.
        ["v4-h124-hlm-rib-flare-stepping-onto-the-float"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Agnes Keefe, 69, retired clam digger    Therapist: Genevieve Marchand, PT, DPT
            CPT 97112 (23 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: mat; DNS 3-month supine and side-lying to quadruped transitions with breathing; PRI left side-lying respiratory left adductor pull-back; then step-ups onto the wobble board with the brace held.
            Skilled focus / impairment: rib flare and loss of the zone of apposition; poor trunk stabilization, she can't brace stepping from the dock onto the moving float.
            Objective: 7 of 10 wobble-board step-ups without a hand; SLS L 8 sec.
            """,
            ["M62.81", "R26.89"], [PT("97112", 23)], []),

        // TPT Worland PTA "why/ see POC" with nothing targeted today: deficit missing; one-on-one, BAPS, foam and perturbations, Romberg and BAPS count present.
        ["v4-h124-tpt-why-see-poc"] = new(
            """
            TPT/Worland — J. Sandoval PTA
            97112/NMR 22 min — 1:1 [x] / grp [ ]
            tx/ BAPS lvl 3 CW/CCW; foam EO→EC; lat perturb @ pelvis; tandem in the bars
            why/ see POC
            #s/ Romberg foam EC 13 s; BAPS 6 circles w/o edge touch
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // WGHR week log today's row "Deficit: nothing new" and no impairment anywhere: deficit missing; 1:1 ticked, stepping to nudges and reaching, Berg present; today's 97112 24 min matches.
        ["v4-h124-wghr-deficit-nothing-new"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Harlan Fite, rm 203    PT: B. Kowalczyk, PT
            Mon 3/9   97112 22 min ☒ 1:1 ☐ concurrent ☐ group
            Wed 3/11  97112 24 min ☒ 1:1 ☐ concurrent ☐ group
                      Stepping strategy to nudges at the hall rail, reaching for the clothespins on the line, tandem stance at the rail.
                      Deficit: nothing new.
                      Berg 41/56.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // RSP Anacortes "Problem: as before" with nothing targeted: deficit missing; 1:1, perturbations, half-roller, Mini-BESTest present; "97112 NMR 21'" matches.
        ["v4-h124-rsp-problem-as-before"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 11.03.2026
            97112 NMR 21' · 1:1
            Tx: perturbations standing on the half-roller; step-and-hold onto the foam block; reaching out of base with head turns.
            Problem: as before.
            Measures: Mini-BESTest 22/28; 8/10 perturbations recovered with one step.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // CSPT Lewiston, Colby Vance: a 97110 whose deficit is a functional finding ("can't drive up off the L foot climbing a pole in his gaffs") and a calf weakness; heel raises, eccentric drops, step-ups with doses; Today 97110 17 matches: passes.
        ["v4-h124-cspt-lineman-off-the-l-foot"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Rusty Kolb, 41, power-company lineman
            CODE / EX                     FRI           TODAY
            97110 ther ex min             15            17
            SL heel raise off step        3x12          3x15 @ 20#
            Eccentric heel drop           3x10          3x15
            Step-up 12" box               3x8           3x10 @ 25# vest
            Problem: L calf and soleus weakness after the Achilles repair; can't drive up off the L foot climbing a pole in his gaffs.
            """,
            ["S86.012D"], [PT("97110", 17)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // PAVMC Lander: a stopwatch five-times sit-to-stand "5xSTS: 00:14.8" and a "TUG: 00:12.2" beside "Duration: 0:23" — the stopwatch times are the measures, the duration the code's minutes; one-on-one; perturbations and step-outs; delayed stepping: passes.
        ["v5-h124-pav-stopwatch-5xsts-and-tug"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): Yes
              Interventions: perturbations at the pelvis in stride stance; step-out reactions forward and back on cue; stepping onto the foam with a head turn.
              Impairment: delayed stepping reaction and backward loss of balance; she sat down hard in the saddle room in January.
              Objective: 5xSTS: 00:14.8 (00:18.3 at eval); TUG: 00:12.2.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Catahoula Vidalia dictation, Lavonne Fairchild: DGI and tandem stance in words ("Dynamic Gait Index seventeen out of twenty-four", "tandem held eleven seconds"); one-on-one; X1 viewing on foam and habituation; L vestibular hypofunction; "twenty-four minutes": passes.
        ["v5-h124-cat-dgi-and-tandem-in-words"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — VIDALIA. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-four minutes, one-on-one with Mrs. Thibodeaux.
            Gaze stabilization X1 viewing standing on foam, habituation with the head turns she gets dizzy with, walking the hall reading the flyers on the board.
            Left vestibular hypofunction after the neuritis; she veers left leaving the church pew.
            Dynamic Gait Index seventeen out of twenty-four. Tandem stance held eleven seconds.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // KNR Augusta outcome table (Baseline / Last / Today) with Berg, TUG and ABC rows and the flowsheet's 97112 row today 24; 1:1; step-and-stick, tandem, perturbations; ataxia: passes.
        ["v5-h124-knr-outcome-table-baseline-last-today"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Roy, Lucien    Therapist: M. Thibodeau, PT, DPT, NCS
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        25           23           24
            Delivery                       1:1          1:1          1:1
            Step-and-stick onto foam       R            R + L        R + L, eyes closed
            Pelvic perturbations           lat          lat + A/P    lat + A/P + rot
            Impairment (today): limb and truncal ataxia after the cerebellar stroke; overshoots stepping onto the ice-fishing shack step.
            OUTCOMES              Baseline     Last     Today
            Berg (/56)            36           42       44
            TUG (sec)             17.9         14.2     13.4
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // RSP Anacortes, Tomasz Wierzbicki (PTA): TUG 12.4" and SLS 6" with ditto marks for seconds beside "97112 NMR 22'" (prime minutes on the code's line); 1:1; perturbations on the foam block; sway on the rolling deck: passes.
        ["v5-h124-rsp-pta-ditto-seconds"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            T. Wierzbicki, PTA · 11.03.2026 · oyster farmer, 59 y
            97112 NMR 22' · 1:1
            Tx: perturbations on the foam block, eyes open → closed; step-and-hold onto the half-roller; tandem walk with head turns.
            Problem: impaired postural control on unstable ground; sways and steps off the tide-flat boards.
            Measures: TUG 12.4" (14.9" at intake); SLS R 6" on foam, L 9".
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // CSPT Clarkston return-to-sport table: Y-balance composite and hop LSI percentages today; 1:1 w/ Priya; drop landings and reactive hops; R knee valgus; Today 97112 25 matches: passes.
        ["v5-h124-cspt-hop-lsi-table"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Shay Morrow, 18, volleyball
            CODE / EX                     MON          TODAY
            97112 NMR min                 22           25
            Drop landing 12" box          3x6          3x8 knee over toe
            Reactive hop to color cue     2x6          3x6
            1:1 w/ Priya for the NMR block.
            Problem: R knee dynamic valgus on landing after the ACL reconstruction; late glute med recruitment.
            RTS            LAST     TODAY
            Y-bal comp R   86%      90%
            Single hop LSI 78%      84%
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 25)], []),

        // WGHR OT week log today's row: a 97530 with assistance levels and counts (bed making min A, tray carried 20 ft with SBA); R hemiparesis; "97530 23 min" matches: passes.
        ["v5-h124-wghr-ot-assist-levels-and-counts"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG (Mar 9–13)
            Resident: Velma Spurgeon, rm 126    OT: H. Sato, OTR/L
            Mon 3/9   97530 22 min — grooming at the sink standing.
            Wed 3/11  97530 23 min — making her bed standing (pulling up the sheet and spread), carrying her breakfast tray from the cart to the table, reaching into the top dresser drawer with the R hand.
                      Problem: R hemiparesis after the L CVA; weak R grasp and poor standing balance for self-care.
                      Bed making min A; tray carried 20 ft with SBA; 4 of 5 reaches to the top drawer.
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // MBMC Dubuque PTA: a 97116 with distance and assistance (FWW to SPC, 180 ft CGA, 4 curb steps min A); short L step after a hip fracture; RevCapture "97116 GP GAIT TRAINING | QTY 1 | 14 MIN" matches: passes.
        ["v5-h124-mb-97116-distance-and-assist"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            INTERVENTIONS: gait training from the FWW to the SPC on tile and carpet; curb and 4 steps with the rail.
            IMPAIRMENTS: short L step and poor L stance after the L hip ORIF.
            OBJECTIVE: 180 ft with SPC, CGA; curb with SPC min A x 1; 4 steps step-to with rail, SBA.
            RevCapture ▸ 97116 GP GAIT TRAINING | QTY 1 | 14 MIN | $61.00
            S. Kluesner, PTA
            """,
            ["S72.142D"], [PTA("97116", 14)], []),

        // SSOMT Chapin, Shanice Goodwin (PTA): "Re-test: smoother, fewer corrections" with no number anywhere but the code and its minutes: measure missing; 1:1, laser-guided repositioning, deep neck flexor work, cervical proprioception present.
        ["v5-h124-ssomt-pta-retest-smoother"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Chapin)
            Patient: Mrs. Shealy    Clinician: Shanice Goodwin, PTA
            97112 — 22 min
            1:1 (Y/N): Y
            Technique / grade / dosage: laser-guided head repositioning to the target; eye-head coordination with the trunk turning under a fixed gaze; deep neck flexor holds on the pressure biofeedback unit.
            Comparable sign (*): impaired cervical proprioception and poor deep neck flexor control after the whiplash; overshoots turning to look at the organ console.
            Re-test: smoother, fewer corrections.
            """,
            ["S13.4XXD"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // BNT McPherson "Measures: Mini-BESTest improved, TUG faster" with no number anywhere but the code and its minutes: measure missing; individual ticked, PNF and stepping, freezing at doorways present.
        ["v5-h124-bnt-mini-best-improved-no-score"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Ruth Unruh, Mennonite quilter    Clinician: Jens Lindahl, PT
            97112: twenty-two minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Certified method: PNF rhythmic stabilization in standing; big stepping through the doorway with a visual line on the floor; turning practice around the quilt frame.
            Problem: freezing of gait at doorways and on turns with Parkinson's disease.
            Measures: Mini-BESTest improved, TUG faster.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLM Newburyport mat class card for a 97110 with the exercises named and "Objective: felt stronger" and no dose or number anywhere but the code and its minutes: measure missing; technique and deficit present.
        ["v5-h124-hlm-97110-felt-stronger"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Dorothy Carney    Therapist: Noriko Abe, PT
            CPT 97110 (14 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: mat — side-lying leg lifts, bridging, clamshells with the band, standing heel raises at the barre.
            Skilled focus / impairment: weak hip abductors and calves; she tires walking the Plum Island boardwalk.
            Objective: felt stronger, less wobble on the heel raises.
            """,
            ["M62.81"], [PT("97110", 14)], [At(Measure, "97110")]),

        // PMFT Isom outreach PTA: "berg — didn't get to it today" and nothing else measured, no number but the code and its minutes: measure missing; just me & him, foam and tandem, ↓ sensation present.
        ["v5-h124-pm-pta-berg-didnt-get-to-it"] = new(
            """
            PMFT — Isom (Thurs)
            NMR 97112 24min
            just me & him at the bars, nobody else booked
            foam marching, tandem in the bars, lateral pushes @ hips w/ step recovery
            prob: ↓ sensation both feet from the sugar, can't feel the gravel on the ginseng hill
            berg — didn't get to it today
            R. Banks PTA
            """,
            ["E11.42"], [PTA("97112", 24)], [At(Measure, "97112")]),

        // Catahoula Ferriday PTA dictation, a 97116 on the levee path: gait training with the cane on grass and gravel named, short R step, "did real well" and no distance, assistance or number but the code and its minutes in words: measure missing.
        ["v5-h124-cat-97116-did-real-well"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97116, gait training, eighteen minutes.
            Gait training with the straight cane on the grass and the gravel of the levee path, working on a longer right step and a heel strike.
            Short right step and poor right push-off since the hip surgery.
            He did real well.
            """,
            ["Z96.641"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, truly missing separate time

        // CBPT Lake Linden, Jake Trudeau: a two-code worksheet (97112 | GP | 23 | 2 and 97110 | GP | 15 | 1) with minutes only in the worksheet, both matching; 1:1 in the Delivery column; clock stepping and treadmill perturbations with TUG; step-ups and bridges with doses for the R hip: passes.
        ["v6-h124-cb-two-code-worksheet"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mrs. Koski, 77, curls Tuesdays in Calumet   Therapist: Jake Trudeau, PT
            NMR: clock stepping to called numbers; small perturbations on the treadmill in the harness; backward walking over cones.
            TE: step-ups onto 6" step 3x10 R leads; bridges 3x15; sidelying hip abduction 3x12 with 2#.
            Problem: delayed stepping response after the R hip fracture; R hip abductor weakness, the R hip drops on the curling-club stairs.
            O: TUG 11.9 sec with cane; clock stepping 10 of 12 correct.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee    | Delivery
            97112 | GP  | 23  | 2     | $74.18 | 1:1
            97110 | GP  | 15  | 1     | $31.50 | 1:1
            Total units: 3    Visit 10 of 12
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // MBMC Dubuque, two RevCapture lines (97112 QTY 2 | 24 MIN and 97140 QTY 1 | 14 MIN), both matching; one-on-one; perturbations and tandem with FGA; talocrural glides with degrees; ankle proprioception and DF stiffness: passes.
        ["v6-h124-mb-two-revcapture-lines"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            Treatment delivery: one-on-one for both.
            INTERVENTIONS: NMR — perturbations at the pelvis on the foam, tandem walk with head turns, rocker board eyes closed. MANUAL — talocrural posterior glides grade III and STM to the R gastroc-soleus.
            IMPAIRMENTS: R ankle proprioception and dorsiflexion stiffness after the fracture; can't squat to the bottom shelf at work.
            OBJECTIVE: FGA 22/30; R DF 6° → 11° after the glides.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00
            RevCapture ▸ 97140 GP MANUAL THERAPY | QTY 1 | 14 MIN | $58.00
            """,
            ["S82.891D"], [PT("97112", 24), PT("97140", 14)], []),

        // PMFT Whitesburg PTA shorthand, two codes "NMR 97112 x2u 24min" and "TE 97110 x1u 14min" on their own lines, both matching; just me & her; foam stance and pushes with Berg; knee exercises with doses: passes.
        ["v6-h124-pm-shorthand-two-codes"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            pt: Mrs. Maggard, cans beans every summer
            NMR 97112 x2u 24min — just me & her the whole time
            foam stance EC, lateral pushes @ hips, stepping over the cane row
            prob: ↓ proprioception both feet (neuropathy), sways at the canner
            Berg 45/56; 5 of 6 pushes w/o a grab
            TE 97110 x1u 14min
            LAQ 3 lb 3x15, step-ups 6" 3x10, bridges 3x12 — L quad & hip weakness
            L. Sexton PTA / sup W. Combs PT
            """,
            ["E11.42", "M62.81"], [PTA("97112", 24), PTA("97110", 14)], []),

        // KNR Augusta flowsheet with two code rows (97112 and 97116) and today's column 22 and 14, the other columns' minutes beside them; 1:1; step-and-stick and perturbations with Berg; gait training with distance and assistance; both match: passes.
        ["v6-h124-knr-two-code-rows-today"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Michaud, Bernadette    Therapist: M. Thibodeau, PT, DPT, NCS
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        25           24           22
            97116 gait training (min)      12           11           14
            Delivery                       1:1          1:1          1:1
            Step-and-stick onto foam       R            R + L        R + L
            Pelvic perturbations           lat          lat + A/P    lat + A/P
            Gait w/ quad cane, hallway     150 ft       200 ft       250 ft, CGA
            Impairment (today): L hemiparesis with poor L stance control and a short R step.
            Measures (today): Berg 40/56.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 14)], []),

        // WGHR week log, today's row with clock ranges on each code's own line ("97112 0905–0928", "97110 0930–0942"), both matching; 1:1 ticked; weight shifts and stepping with Berg; hip exercises with doses: passes.
        ["v6-h124-wghr-clock-ranges-two-codes"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Orville Dunn, rm 211    PT: B. Kowalczyk, PT
            Wed 3/11  97112 0905–0928 ☒ 1:1 — weight shifts and stepping strategy at the hall rail, reaching for the coffee cups outside his base.
                      97110 0930–0942 ☒ 1:1 — sit-to-stand 3x8, standing hip abduction 3x10 each, heel raises 3x15.
                      Deficit: backward loss of balance; weak hips and calves, can't rise from the dining chair without pushing.
                      Berg 39/56.
            Thu 3/12
            Fri 3/13
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // RSP Mount Vernon, dotted 24-hour ranges on each code's line ("97112 NMR 09.10–09.33 (23')", "97140 MT 09.35–09.47 (12')"), both matching; 1:1; perturbations and Mini-BESTest; lumbar PA mobilisations with doses: passes.
        ["v6-h124-rsp-dotted-ranges-two-codes"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon
            J. Brenner, PT · 11.03.2026 · cyclist on the dike road, 66 y
            97112 NMR 09.10–09.33 (23') · 1:1 — perturbations on the foam, step-and-hold, tandem with head turns.
            97140 MT 09.35–09.47 (12') — central PA mobilisations grade III L4–L5, 3 × 45"; STM R QL 2 × 60".
            Problem: delayed ankle strategy on the bike's dismount; L4–L5 hypomobility.
            Measures: Mini-BESTest 21/28; 8/10 perturbations recovered.
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97140", 12)], []),

        // PAVMC Lander, two TheraChart headers with "Timed Duration: 00:22:00" and "Timed Duration: 00:13:00", both matching; one-on-one; rocker board and foam with FGA; step-ups and band rows with doses: passes.
        ["v6-h124-pav-hh-mm-ss-two-codes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Timed Duration: 00:22:00
              Individual (1:1): Yes
              Interventions: rocker board A/P eyes closed; foam stance catching a ball from the side.
              Impairment: L ankle proprioception after the sprain stepping off the stock trailer.
              Objective: FGA 23/30; rocker board 16 s.
            CPT 97110 Therapeutic Exercise
              Timed Duration: 00:13:00
              Interventions: step-ups 8 in 3x10; band rows 3x15 green; heel raises 3x20.
              Impairment: L calf and hip weakness.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 13)], []),

        // Catahoula Natchez dictation with each code's minutes in words ("97112 … twenty-three minutes", "97530 … fourteen minutes"), both matching; one-on-one; perturbations and Berg in words; stepping up into the boat with counts: passes.
        ["v6-h124-cat-words-two-codes"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Everett Stampley, PT, DPT. Transcribed by ScribeLine.
            97112, neuromuscular re-education, twenty-three minutes, one-on-one. Perturbations at the hips on the foam, then tandem walking with head turns. Poor postural control, he lost his balance on the barge gangway. Berg forty-five out of fifty-six.
            97530, therapeutic activities, fourteen minutes. Stepping up into and down out of the johnboat mock-up with the rail, eight times, and lifting the tackle box from the floor to the seat, ten times, with stand-by assist. Weak legs and poor reach for getting in and out of his boat.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 14)], []),

        // TPT Thermopolis slash shorthand "97112/97140 = 23/12 min", both matching; 1:1 [x]; BAPS and perturbations with Romberg; talocrural glides with degrees: passes.
        ["v6-h124-tpt-slash-pair"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            61 y/o M bison-ranch hand, R ankle sprain on the squeeze-chute catwalk.
            97112/97140 = 23/12 min — 1:1 [x] / grp [ ]
            NMR tx/ BAPS lvl 3, foam EO→EC, A/P perturb @ pelvis | why/ ↓ R ankle proprioception | #s/ Romberg foam EC 13 s
            MT tx/ talocrural post glides gr III 3x30 s, STM R gastroc | why/ R DF stiffness | #s/ DF 5° → 10°
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 12)], []),

        // TVMC Dover log with two timer pairs ("97112 timer stopped — 22 min", "97110 timer stopped — 13 min"), both matching; "1:1 with Renee"; rocker board and foam with Berg; exercises with doses: passes.
        ["v6-h124-tv-two-timer-pairs"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            08:00 Session started — Renee Stutzman, PT; 1:1 with Renee, no other patient on the schedule
            08:01 97112 timer started
            08:02 Intervention: rocker board M/L eyes closed; tandem on the foam; perturbations at the pelvis
            08:10 Impairment: R ankle proprioception after the fall from the buggy step
            08:20 Measure: Berg 46/56; rocker board 14 sec
            08:23 97112 timer stopped — 22 min
            08:24 97110 timer started
            08:25 Intervention: heel raises 3x15, step-ups 6" 3x10, bridges 3x12 — R calf and hip weakness
            08:37 97110 timer stopped — 13 min
            """,
            ["S93.401D", "W10.8XXD"], [PT("97112", 22), PT("97110", 13)], []),

        // MBMC Dubuque, a PT's 97112 and an OT's 97530 on one visit, each RevCapture line with its minutes (24 and 18), both matching; one-on-one; perturbations with FGA; kitchen tasks with assistance: passes.
        ["v6-h124-mb-pt-and-ot-lines"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            PT — Treatment delivery: one-on-one. INTERVENTIONS: perturbations at the pelvis on the foam; step-and-stick R leading. IMPAIRMENTS: R hemiparesis, late R step. OBJECTIVE: FGA 18/30.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | 24 MIN | $186.00   R. Voss, PT
            OT — INTERVENTIONS: carrying a pot from the stove to the sink x6; reaching the top cupboard with the R hand x10. IMPAIRMENTS: weak R reach and grasp. OBJECTIVE: carries with SBA, reach min A.
            RevCapture ▸ 97530 GO THERAPEUTIC ACTIVITIES | QTY 1 | 18 MIN | $118.00   H. Schmitt, OTR/L
            """,
            ["I69.351"], [PT("97112", 24), OT("97530", 18)], []),

        // CBPT Calumet worksheet "97110 | GP | 26 | 2" on a 14-minute 97110 line (and 97112 22 matching): mismatch on 97110; otherwise complete.
        ["v6-h124-cb-worksheet-97110-mismatch"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Salmi   Therapist: Owen Pelto, PT
            NMR: tandem on the foam beam, perturbations at the pelvis, stepping over taped markers. Problem: slow ankle strategy. O: Berg 46/56.
            TE: step-ups 8" 3x10, bridges 3x15, heel raises 3x20 — R calf and quad weakness.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Delivery
            97112 | GP  | 22  | 1     | 1:1
            97110 | GP  | 26  | 2     | 1:1
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], [At(Mismatch, "97110")]),

        // PAVMC Dubois "Duration: 0:30" on an 18-minute 97112 line: mismatch; otherwise complete.
        ["v6-h124-pav-duration-thirty-on-eighteen"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 Neuromuscular Re-education
              Duration: 0:30
              Individual (1:1): Yes
              Interventions: weaving cones on cue; obstacle stepping; tandem walk on the tape line.
              Impairment: truncal ataxia after the cerebellar stroke.
              Objective: FGA 16/30.
            """,
            ["I69.393"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // RSP Friday Harbor "97140 MT 10.05–10.17 (12')" on a 24-minute 97140 line (97110 15' matching): mismatch on 97140.
        ["v6-h124-rsp-range-mismatch-manual"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 11.03.2026
            97140 MT 10.05–10.17 (12') — thoracic PA mobilisations grade III T4–T8, 3 × 45"; STM R upper trapezius.
            97110 TE 15' — rows with the red band 3 × 15, wall slides 3 × 10, prone Y 2 × 10.
            Problem: thoracic hypomobility and weak lower trapezius; neck aches paddling the kayak.
            """,
            ["M54.6"], [PT("97140", 24), PT("97110", 15)], [At(Mismatch, "97140")]),

        // Catahoula Ferriday "97112, thirty-two minutes" dictated on a 20-minute line: mismatch; otherwise complete.
        ["v6-h124-cat-thirty-two-on-twenty"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97112, neuromuscular re-education, thirty-two minutes, one-on-one.
            Rocker board with eyes closed and perturbations at the hips in tandem.
            Poor proprioception in the left ankle since the sprain.
            Rocker board eighteen seconds. Berg forty-six out of fifty-six.
            """,
            ["S93.402D"], [PTA("97112", 20)], [At(Mismatch, "97112")]),

        // KNR Waterville flowsheet, today's 97112 cell 35 on a 22-minute line (earlier columns 25 and 24): mismatch; otherwise complete.
        ["v6-h124-knr-today-cell-thirty-five"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Cloutier, René    Therapist: O. Pelletier, PT
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        25           24           35
            Delivery                       1:1          1:1          1:1
            Rocker board A/P eyes closed   x5           x6           x8
            Tandem walk w/ head turns      1 lap        2 laps       2 laps
            Impairment (today): proprioceptive loss in both feet after chemotherapy.
            Measures (today): Berg 42/56.
            """,
            ["G62.0"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // MBMC Galena RevCapture lines with QTY only and no minutes for either code, and "Total treatment time: 38 min": separate time missing; otherwise complete.
        ["v6-h124-mb-qty-only-total-time"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (GALENA OUTREACH)
            Treatment delivery: one-on-one.
            INTERVENTIONS: NMR — X1 viewing and walking with head turns. TE — step-ups 3x10, bridges 3x15.
            IMPAIRMENTS: L vestibular hypofunction; L hip weakness.
            OBJECTIVE: DGI 19/24.
            Total treatment time: 38 min
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 2 | $186.00
            RevCapture ▸ 97110 GP THERAPEUTIC EXERCISE | QTY 1 | $62.00
            C. Mueller, PT
            """,
            ["H81.22", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // WGHR week log, today's row "97112 + 97110 — 40 min together" with no minutes for each: separate time missing; otherwise complete.
        ["v6-h124-wghr-two-codes-together"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Lottie Briggs, rm 115    PTA: L. Arreola, PTA
            Wed 3/11  97112 + 97110 — 40 min together ☒ 1:1
                      Stepping strategy to nudges and reaching outside her base; sit-to-stand 3x8 and heel raises 3x15.
                      Deficit: late protective step; weak hips and calves.
                      Berg 40/56.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 25), PTA("97110", 15)], [SepTime]),

        // CBPT L'Anse worksheet with units and no minutes per code, only "Total timed: 38 min = 3 units": separate time missing; otherwise complete.
        ["v6-h124-cb-worksheet-total-timed-only"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mrs. Aho   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1.
            NMR: rhythmic stabilization in tall kneel, rocker board perturbations. Problem: R knee proprioception after the ACL repair. O: SLS R eyes closed 12 sec.
            TE: step-downs 3x10, wall sits 3x30 sec — R quad weakness.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Units
            97112 | GP  | 2
            97110 | GP  | 1
            Total timed: 38 min = 3 units
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // KNR flowsheet export that came through empty on a two-code visit: DOC_NOTE_MISSING on each line.
        ["v7-h124-knr-empty-two-codes"] = new(
            "",
            ["I69.354"], [PT("97112", 23), PT("97116", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // HLM studio card sent as line breaks and spaces only on a 97110 line: DOC_NOTE_MISSING.
        ["v7-h124-hlm-whitespace-only-97110"] = new(
            "  \n \n   ",
            ["M62.81"], [PT("97110", 16)], [At(NoteMissing, "97110")]),

        // TVMC OT activity log never exported (empty) and no diagnosis on the claim: DOC_NOTE_MISSING and the diagnosis check.
        ["v7-h124-tv-ot-empty-no-dx"] = new(
            "",
            [], [OT("97530", 21)], [At(NoteMissing, "97530"), Dx]),

        // CSPT 97110 as the contract means it: goblet squats, split squats and lateral band walks with loads and doses, the R knee and hip as the region; Today 97110 19: passes.
        ["v7-h124-cspt-97110-squats-and-band-walks"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Mason Kiehl, 35, ski patroller
            CODE / EX                     MON           TODAY
            97110 ther ex min             17            19
            Goblet squat                  3x10 @ 30#    3x10 @ 35#
            Split squat                   3x8 @ 15#     3x10 @ 15#
            Lateral band walk             2 laps green  3 laps blue
            Problem: R quad and glute med weakness after the tibial plateau ORIF; the R knee aches on the sled run.
            """,
            ["S82.141D"], [PTA("97110", 19)], []),

        // WGHR OT 97530 as the contract means it: toilet transfers and reaching for the paper, pulling up her slacks standing, with assistance and counts; L hemiparesis and poor standing balance; today's row 97530 22 min: passes.
        ["v7-h124-wghr-ot-97530-toileting-tasks"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG (Mar 9–13)
            Resident: Beulah Marsh, rm 130    OT: H. Sato, OTR/L
            Wed 3/11  97530 22 min — toilet transfers with the grab bar, reaching back for the paper, pulling up her slacks standing at the sink.
                      Problem: L hemiparesis and poor standing balance for toileting after the R CVA.
                      Toilet transfer min A x 4; stood through clothing management 3 of 4 trials with CGA.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // SSOMT 97140 as the contract means it: Maitland grade IV PA at T5-6, a thoracic thrust and STM to the rhomboids with doses; thoracic hypomobility; re-tested degrees; "97140 — 13 min": passes.
        ["v7-h124-ssomt-97140-thoracic"] = new(
            """
            SSOMT Daily Note — Fellowship Format (Gervais St)
            Patient: Lamar Huggins, church pianist    Clinician: Dr. Lucinda Pryor, PT, DPT, OCS, FAAOMPT
            97140 — 13 min
            Technique / grade / dosage: Maitland central PA T5-6 grade IV, 3 x 30 sec; supine thoracic thrust T5-6 x1; STM to the R rhomboids 2 x 60 sec.
            Comparable sign (*): T5-6 hypomobility with pain reaching across the keyboard.
            Re-test: thoracic rotation R 38° → 47°; reach pain 4/10 → 1/10.
            """,
            ["M54.6"], [PT("97140", 13)], []),

        // CBPT 97116 as the contract means it: gait training with the rollator to the cane on the clinic floor, the snowy ramp mock-up and a curb, with distance and assistance; short L step; worksheet 97116 | GP | 14 | 1: passes.
        ["v7-h124-cb-97116-rollator-to-cane"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Niemi, pasty-shop owner   Therapist: Owen Pelto, PT
            Tx: gait training from the rollator to the SPC on the clinic floor, up the ramp and over the curb at the side door.
            Problem: short L step and poor L stance after the L THA.
            O: 220 ft with SPC, SBA; ramp and curb with SPC, CGA.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units
            97116 | GP  | 14  | 1
            """,
            ["Z96.642"], [PT("97116", 14)], []),

        // PMFT wholly generic 97112 ("neuro re-ed per POC, tolerated well, cont POC") with "NMR 97112 22min": technique, generic, deficit, measure and one-on-one.
        ["v7-h124-pm-generic-97112"] = new(
            """
            PMFT — Whitesburg
            NMR 97112 22min
            neuro re-ed per POC. balance & coordination ex. tolerated well. cont POC.
            W. Combs PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MBMC wholly generic 97140 ("Manual therapy as indicated. Tolerated without adverse reaction.") with RevCapture 12 MIN: technique, generic, deficit and measure.
        ["v7-h124-mb-generic-97140"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            INTERVENTIONS: Manual therapy as indicated.
            ASSESSMENT: Tolerated without adverse reaction. Continue plan of care.
            RevCapture ▸ 97140 GP MANUAL THERAPY | QTY 1 | 12 MIN | $58.00
            """,
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // TPT wholly generic two-code slash note with each code's minutes ("97110/97112 = 15/23 min"): every content check on both lines and one-on-one on 97112, no separate-time finding.
        ["v7-h124-tpt-generic-two-codes-slash"] = new(
            """
            TPT/Worland — J. Sandoval PTA
            97110/97112 = 15/23 min
            tx/ ther ex & neuro re-ed per POC
            plan/ cont POC, pt tolerated well
            """,
            ["R26.81"], [PTA("97110", 15), PTA("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // BNT OT wholly generic 97530 ("Functional activities per plan. Pt participated well.") with "97530: 20 minutes": technique, generic, deficit and measure.
        ["v7-h124-bnt-ot-generic-97530"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Clinician: Marisol Quintanilla, OTR/L
            97530: 20 minutes
            Certified method: functional activities per plan.
            Problem: per plan of care.
            Measures: participated well.
            """,
            ["I69.351"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes of this week

        // CBPT Calumet 97112 (1:1; foam beam, perturbations; sway in the dark; Berg) with a copper-mine tour guide's "400 ft down the adit", a ladder stand 14 ft up, "Visit 11 of 12" and "KX threshold $2,410 reached 03/02" — none the code's minutes; worksheet 23 matches: passes.
        ["vord-h124-cb-tour-guide-kx-line"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Eino Rautio (68), copper-mine tour guide   Therapist: Owen Pelto, PT
            S: walks the tour 400 ft down the adit with a headlamp; wants to climb his 14 ft ladder stand in November.
            Delivery: 1:1.
            Tx: tandem on the foam beam with head turns; perturbations at the pelvis in stride stance; stepping over the rail ties taped on the floor eyes on the target.
            Problem: sway and a slow ankle strategy in low light; grabs the handrail in the adit.
            O: Berg 49/56; recovered 9 of 10 perturbations with one step.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97112 | GP-KX | 23  | 2     | $74.18
            Visit 11 of 12    KX threshold $2,410 reached 03/02 — medical necessity per re-cert.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // MBMC Dubuque 97112 (one-on-one; X1 viewing and head-turn walking; vestibular hypofunction; DGI) with a towboat pilot's "12-hour watches" and the charge "$93.00": RevCapture 22 MIN matches: passes.
        ["vord-h124-mb-towboat-pilot-watches"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DUBUQUE)
            SUBJECTIVE: retired towboat pilot, 70; stood 12-hour watches for 31 years; dizzy turning to look upriver from his deck chair.
            Treatment delivery: one-on-one.
            INTERVENTIONS: X1 viewing against the checkerboard standing on foam; walking the hall with horizontal head turns and a ball toss.
            IMPAIRMENTS: R vestibular hypofunction; oscillopsia with quick head turns.
            OBJECTIVE: DGI 20/24; DVA 2 lines lost.
            RevCapture ▸ 97112 GP NEUROMUSC REEDUC | QTY 1 | 22 MIN | $93.00
            R. Voss, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PMFT Whitesburg PTA 97112 (just me & him; rocker board and foam; ↓ proprioception; tandem and Berg) with "fiddles at the Friday jam from 7 to 10 p.m." and "x2u" units: "NMR 97112 x2u 24min" matches: passes.
        ["vord-h124-pm-fiddler-friday-jam"] = new(
            """
            Pine Mountain Family Therapy — Whitesburg
            pt: Mr. Adams, 74, fiddles at the Friday jam from 7 to 10 p.m.
            NMR 97112 x2u 24min
            just me & him in the back room
            rocker board A/P EC, foam stance turning to face the band (head turns), lateral pushes @ hips
            prob: ↓ proprioception both feet, sways turning on the stage riser
            tandem 10 sec R fwd; Berg 46/56
            L. Sexton PTA / sup W. Combs PT
            """,
            ["E11.42"], [PTA("97112", 24)], []),

        // KNR Augusta 97112 flowsheet (1:1; step-and-stick and perturbations; proprioceptive loss; Berg and a tandem) with a goal table (Baseline / Current / Target / Status) in seconds and scores: today 24 matches: passes.
        ["vord-h124-knr-goal-table"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Pelletier, Ginette    Therapist: M. Thibodeau, PT, DPT, NCS
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        23           25           24
            Delivery                       1:1          1:1          1:1
            Step-and-stick onto foam       R            R + L        R + L
            Pelvic perturbations           lat          lat + A/P    lat + A/P
            Impairment (today): proprioceptive loss in both feet; she fell on the ice at the post office in January.
            GOALS                 Baseline   Current   Target   Status
            Berg (/56)            37         44        48       progressing
            Tandem stance (sec)   3          12        20       progressing
            """,
            ["G62.9", "Z91.81"], [PT("97112", 24)], []),

        // CSPT Lewiston 97112 (1:1 w/ Colby; SL hops and BOSU perturbations; ankle proprioception; SLS seconds) with a team roper's "hay bales 60 lb" and "Mon" column minutes: today 23 matches: passes.
        ["vord-h124-cspt-team-roper"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Wade Tiegs, 33, team roper — throws 60 lb hay bales twice a day
            CODE / EX                     MON          TODAY
            97112 NMR min                 21           23
            BOSU lateral perturbations    3x20 sec     3x30 sec
            SL hop to stick               2x5          3x5
            1:1 w/ Colby for the NMR block.
            Problem: L ankle proprioception after the sprain dismounting; rolls it on the arena dirt.
            Today: SLS on Airex EC 18 sec L vs 27 sec R; stuck 13 of 15 hops.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // WGHR week log 97112 (1:1; weight shifts, reaching, stepping; L lateral lean; Berg) with "bingo at 2 p.m." and "daughter visits Sundays": today's row 22 min matches: passes.
        ["vord-h124-wghr-bingo-at-two"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 9–13)
            Resident: Hazel Coble, rm 121    PT: B. Kowalczyk, PT
            Mon 3/9   97112 24 min ☒ 1:1
            Wed 3/11  97112 22 min ☒ 1:1 — lateral weight shifts at the rail, reaching for bingo cards laid outside her base of support, stepping strategy to a sideways nudge. She plays bingo at 2 p.m. and wants to walk there without the aide.
                      Deficit: L lateral lean and late protective step to the L.
                      Berg 42/56 (38 on 2/23).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // RSP Anacortes 97112 (1:1; half-roller and perturbations; sway on the deck; Mini-BESTest) with "ferry 06.25 sailing" and dates dotted: "97112 NMR 22'" matches: passes.
        ["vord-h124-rsp-early-ferry"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. de Vries, PT · 11.03.2026 · ferry deckhand, 54 y, 1.84 m, 91 kg
            97112 NMR 22' · 1:1
            S: works the 06.25 sailing; no slips on the car deck since 25.02.
            Tx: perturbations standing on the half-roller; step-and-hold onto the foam block; tandem walk with head turns on the rocking board.
            Problem: impaired postural control on a moving surface; sways and reaches for the rail when the deck rolls.
            Mini-BESTest 23/28; 9/10 perturbations recovered with one step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PAVMC Lander 97112 (one-on-one; rocker and foam; ankle proprioception; FGA) with "arrived 07:48 for the 08:00 slot" and a 1,200-lb steer — times of day, not minutes; Duration 0:23 matches: passes.
        ["vord-h124-pav-arrived-for-the-eight-oclock"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            Arrived 07:48 for the 08:00 slot. Rolled the ankle when a 1,200-lb steer pushed him into the chute.
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): Yes
              Interventions: rocker board A/P eyes closed; foam stance catching a ball; tandem walk with head turns.
              Impairment: R ankle proprioception after the sprain.
              Objective: FGA 24/30; rocker board 19 s.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // Catahoula Natchez 97110 dictation (knee exercises with doses in words; L quad weakness) with "shells pecans in the afternoons" and "eighty-one years old": "97110, seventeen minutes": passes.
        ["vord-h124-cat-pecan-sheller-knee"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — NATCHEZ. Dictated by Desmond Moak, PTA. Transcribed by ScribeLine.
            97110, therapeutic exercise, seventeen minutes. Mrs. Jenkins is eighty-one years old and shells pecans in the afternoons.
            Long-arc quads with a three-pound weight three sets of fifteen, step-ups on a six-inch step three sets of ten, wall sits three times thirty seconds.
            Left quadriceps weakness after the knee replacement; she can't climb the choir-loft steps without the rail.
            """,
            ["Z96.652"], [PTA("97110", 17)], []),

        // SSOMT West Columbia 97140 (Mulligan MWM for the elbow, Graston with dose; lateral elbow pain; grip and degrees) with "kinesio tape applied, not billed" and a peach-shed shift: "97140 — 11 min" matches: passes.
        ["vord-h124-ssomt-peach-packer-elbow"] = new(
            """
            SSOMT Daily Note — Fellowship Format (West Columbia)
            Patient: Treva Oakes, 52, peach-shed packer    Clinician: Walt Brannon, PT, OCS
            97140 — 11 min
            Technique / grade / dosage: Mulligan lateral-glide MWM with gripping 3 x 10; Graston to the common extensors 2 x 60 sec. Kinesio tape applied after, not billed.
            Comparable sign (*): R lateral elbow pain gripping the peach crates.
            Re-test: pain-free grip 18 kg → 26 kg.
            """,
            ["M77.11"], [PT("97140", 11)], []),

        // BNT Salina 97112 (individual; LSVT BIG and big turns; hypokinesia; TUG and turn steps) with the care partner and "married 54 years": "97112: 23 minutes" matches: passes.
        ["vord-h124-bnt-married-fifty-four-years"] = new(
            """
            Bluestem Neurologic Therapy — Salina
            BNT Neuro Daily    Pt: Harvey Ediger, wheat farmer    Clinician: Harriet Voss, PT, DPT, NCS
            97112: 23 minutes
            Delivery: ☒ Individual ☐ Group ☐ Concurrent. Care partner present: wife (married 54 years), watching.
            Certified method: LSVT BIG maximal daily exercises, then big turns around a cone and big steps over the hose line.
            Problem: hypokinesia and multi-step turning with Parkinson's disease.
            Measures: TUG 12.6 sec; 180° turn in 5 steps (8 at eval).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // HLM Newburyport 97112 (Private ticked; reformer standing perturbations; ankle strategy; SLS and FGA) with "1 blue + 1 red spring" and the sister in the window seat: "CPT 97112 (22 min)" matches: passes.
        ["vord-h124-hlm-sister-in-window-seat"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Newburyport)
            Client: Nora Kimball, 79    Therapist: Genevieve Marchand, PT, DPT
            CPT 97112 (22 min)
            Session: ☒ Private ☐ Duet ☐ Trio — her sister waited in the window seat.
            Apparatus: reformer, 1 blue + 1 red spring; standing on the carriage with small unexpected perturbations; step-ups onto the jump board with eyes closed.
            Skilled focus / impairment: late ankle strategy and backward sway; she stumbled on the Plum Island boardwalk.
            Objective: SLS R 8 sec, L 7 sec; FGA 22/30.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TVMC New Philadelphia 97112 log (1:1 written at the start; foam and perturbations; proprioception; Berg) with "son translating Pennsylvania Dutch": timer 23 min matches: passes.
        ["vord-h124-tv-son-translating"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            14:00 Session started — Tom Gerber, PT; 1:1, son translating Pennsylvania Dutch from the chair
            14:01 97112 timer started
            14:02 Intervention: foam stance eyes closed; perturbations at the pelvis; stepping onto the buggy-step mock-up without the rail
            14:10 Impairment: L ankle proprioception after the fracture; unsteady on the buggy step
            14:19 Measure: Berg 47/56; tandem on foam 8 sec
            14:24 97112 timer stopped — 23 min
            """,
            ["S82.852D"], [PT("97112", 23)], []),

        // TPT Thermopolis OT 97530 (reach and carry at the stove with counts and assistance; R hemiparesis) with "sugar-beet harvest in October": "97530 20 min" matches: passes.
        ["vord-h124-tpt-ot-stove-reach"] = new(
            """
            TPT/Thermopolis — K. Lungren OTR/L
            97530 20 min
            tx/ carry pot stove → sink x5; reach to upper cupboard R hand x8; stand at counter to peel potatoes
            why/ R hemiparesis s/p L CVA — wants to cook for the beet-harvest crew in October
            #s/ carry SBA; 6/8 reaches w/ min A; stood at counter 4 trials w/o sitting
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // CBPT L'Anse two-code worksheet (97112 24 and 97140 14) with the YTD line and a fee column; 1:1; rocker board and SLS; talocrural glides; ankle proprioception and stiffness: passes.
        ["vord-h124-cb-two-codes-ytd"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Tyler Lampi, 29, sauna builder   Therapist: Kirsti Maki, PT, DPT
            NMR: rocker board M/L eyes closed; SLS on foam with ball toss; hop to stick.
            MT: talocrural posterior glides grade III 3 x 30 sec; STM to the R peroneals.
            Problem: R ankle proprioception and dorsiflexion stiffness after the sprain on the sauna roof.
            O: SLS on foam EC R 11 sec (L 24); DF 8° → 12°.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee    | Delivery
            97112 | GP  | 24  | 2     | $74.18 | 1:1
            97140 | GP  | 14  | 1     | $29.90 | 1:1
            Total units: 3    YTD PT/SLP $2,006.10
            """,
            ["S93.401D"], [PT("97112", 24), PT("97140", 14)], []),

        // MBMC Dyersville PTA 97110 (band and weight exercises with doses; L shoulder weakness) with "Field of Dreams tours on weekends": RevCapture 15 MIN matches: passes.
        ["vord-h124-mb-pta-97110-field-of-dreams"] = new(
            """
            MISSISSIPPI BLUFFS MEDICAL CENTER — REHABILITATION SERVICES (DYERSVILLE CLINIC)
            SUBJECTIVE: gives the Field of Dreams tours on weekends; can't lift the gate latch overhead.
            INTERVENTIONS: rows with the green band 3x15; serratus punches 2 lb 3x12; prone Y and T 2x10; wall slides 3x10.
            IMPAIRMENTS: L shoulder flexion weakness and scapular dyskinesis after the rotator-cuff repair.
            RevCapture ▸ 97110 GP THERAPEUTIC EXERCISE | QTY 1 | 15 MIN | $62.00
            S. Kluesner, PTA
            """,
            ["Z98.890", "M75.122"], [PTA("97110", 15)], []),

        // PAVMC Hudson 97116 (PTA; FWW to cane with distance and assistance; short L step) with "lives 22 miles out" and "3 porch steps": Duration 0:14 matches: passes.
        ["vord-h124-pav-pta-97116-lives-out"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON CLINIC)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            Lives 22 miles out on a gravel road; 3 porch steps with one rail.
            CPT 97116 Gait Training
              Duration: 0:14
              Interventions: gait training FWW to SPC on tile and the gravel path outside; the 3 porch steps with the rail.
              Impairment: short L step and poor L stance after the L TKA.
              Objective: 200 ft SPC with CGA on gravel; 3 steps with rail and SPC, SBA.
            """,
            ["Z96.652"], [PTA("97116", 14)], []),

        // RSP Friday Harbor 97110 (metric loads; hip and calf weakness) with "walks to the whale-watch deck 2 km": "97110 TE 09.40–09.55 (15')": passes.
        ["vord-h124-rsp-97110-metric-loads"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            T. Wierzbicki, PTA · 11.03.2026 · 71 y
            97110 TE 09.40–09.55 (15')
            S: walks the 2 km to the whale-watch deck most mornings.
            Tx: sit-to-stand with 4 kg 3 × 10; side-lying hip abduction 3 × 12; heel raises on the step 3 × 15.
            Problem: weak R hip abductors and calves; tires on the hill back from the deck.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // Catahoula Ferriday two-code dictation (97112 one-on-one twenty-two minutes, 97110 fifteen minutes, in words); perturbations and Berg in words; hip exercises with doses; each matches: passes.
        ["vord-h124-cat-two-codes-in-words"] = new(
            """
            CATAHOULA PHYSICAL THERAPY — FERRIDAY. Dictated by Lavonne Fairchild, PT. Transcribed by ScribeLine.
            97112, twenty-two minutes, one-on-one. Perturbations at the hips standing on foam and stepping over the cane row. Impaired postural control, she sways reaching into the deep freeze. Berg forty-three out of fifty-six.
            97110, fifteen minutes. Bridges three sets of fifteen, clamshells with the red band three sets of twelve, standing hip abduction three sets of ten. Weak hip abductors, she drops her hip on the stairs.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // BNT McPherson OT 97530 (CIMT shaping at the quilt frame; learned non-use; counts and a peg time) with "quilts for the Mennonite relief sale": "97530: 24 minutes" matches: passes.
        ["vord-h124-bnt-ot-cimt-quilt-frame"] = new(
            """
            Bluestem Neurologic Therapy — McPherson
            BNT Neuro Daily    Pt: Lena Funk    Clinician: Marisol Quintanilla, OTR/L
            97530: 24 minutes
            Certified method: CIMT shaping with the mitt on the R hand — threading the needle, pinning quilt squares, folding fabric at the quilt frame with the L hand.
            Problem: learned non-use of the L hand after the R stroke; quilts for the Mennonite relief sale and can't pin with the L.
            Measures: 9-hole peg L 64 sec (80 at eval); pinned 12 squares with the L hand.
            """,
            ["I69.332"], [OT("97530", 24)], []),

        // KNR Waterville 97112 flowsheet complete in every field, with no diagnosis on the claim: the diagnosis check only.
        ["vord-h124-knr-complete-no-diagnosis"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Dubé, Gérard    Therapist: O. Pelletier, PT
                                           03/04        03/06        03/11 TODAY
            97112 neuro re-ed (min)        24           25           23
            Delivery                       1:1          1:1          1:1
            Rocker board A/P eyes closed   x5           x6           x8
            Step-and-stick onto foam       R            R + L        R + L
            Impairment (today): impaired postural control with somatosensory loss from the neuropathy.
            Measures (today): Berg 45/56; tandem 11 sec.
            """,
            [], [PT("97112", 23)], [Dx]),

        // HLM Amesbury 97110 complete (springs with repetitions; weak glutes) on a claim whose diagnosis reads "DX PENDING": the diagnosis check only.
        ["vord-h124-hlm-dx-pending"] = new(
            """
            Harbor Light Movement PT — Studio Session Card (Amesbury)
            Client: Gail Sorensen    Therapist: Bria Castellucci, PTA
            CPT 97110 (16 min)
            Session: ☒ Private ☐ Duet ☐ Trio
            Apparatus: reformer footwork 2 red springs 3 x 10; bridging on the footbar 3 x 12; side-lying leg series 1 blue spring 2 x 10 each.
            Skilled focus / impairment: weak glutes and quads after the L hip replacement; can't climb the stern ladder of the sailboat.
            """,
            ["DX PENDING"], [PTA("97110", 16)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
