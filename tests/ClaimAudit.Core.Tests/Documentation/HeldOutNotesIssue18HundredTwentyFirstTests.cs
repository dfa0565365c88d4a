using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, in the nineteenth session, blind beside the hundred-and-nineteenth) is a random week of
/// flowsheets and grids that carry several visits at once — a flowsheet whose columns are dates (the last three visits,
/// today's column last or first, headed "03/04 TODAY", "TODAY 03/04" or only "03/04", the date of service), exercise
/// grids with sets × reps @ load per visit ("3x10 @ 25#" under MON and TODAY), outcome-measure tables with Baseline,
/// Last and Today columns, goal tables with Baseline / Current / Target / Status, running visit logs where each row is a
/// visit (Mon 3/2, Tue 3/3, Wed 3/4 …), and grids copied forward from the last visit with one column updated — where the
/// billed codes' minutes are in today's column, with the other visits' minutes beside them — about two thirds ordinary
/// and complete (73 of 113), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>an outpatient neuro clinic whose EMR prints a three-visit flowsheet into every daily note ("Kennebec Neuro
/// Rehabilitation", KNR: the Augusta and Waterville clinics, Maine; "NeuroChart 3-visit flowsheet", columns dated
/// 02/25 | 02/27 | 03/04 TODAY, a "newest first" variant with TODAY 03/04 first, a row per code "97112 neuro re-ed
/// (min)", a Delivery row, a "1:1 attendance ☐/☒" row, technique rows with ticks or counts per visit, "Impairment
/// (today):" and "Measures (today):" lines, outcome and goal tables, "(carried forward from 03/02 — today's column
/// updated)"): Maren Thibodeau (PT, DPT, NCS), Owen Pelletier (PT, LSVT BIG certified), Jolene Cyr (PTA) and Thérèse
/// Levesque (OTR/L); a snowmobile-trail groomer who checks his mirror, a woman feeling for the stair with her toe in the
/// dark, a man who fell on the ice at the Hannaford lot, a woman nauseated scanning supermarket shelves, a daughter
/// practising guarding, a husband waiting in the car and a patient from bay 2 on the treadmill;</item>
/// <item>a sports practice whose whiteboard exercise grid is transcribed into the note ("Clearwater Sports PT", CSPT:
/// Lewiston, Idaho, and Clarkston, Washington; "CODE / EX | MON | TODAY" grids with a minute row per code, "3x8 @ 20#",
/// "3x30 sec", ticks, "copied from Mon — TODAY column updated", "Time:" rows, return-to-sport tables with Y-balance
/// composite and hop LSI percentages): Colby Vance (PT, DPT, SCS), Priya Raman (PT, ATC) and Dex Moreno (PTA); a
/// high-school wrestler whose knee caves on the sprawl, a Salmon River rafting guide stepping between river rocks with a
/// cooler, a ski patroller, a team roper with hay bales, a wildland firefighter with a pack, a lineman climbing poles in
/// gaffs, a wheat farmer climbing into his combine, a father filming from the bench and two volleyball players in the
/// turf circuit;</item>
/// <item>a skilled-nursing facility's Part B caseload whose notes carry a week's log ("Willow Glen Health &amp;
/// Rehabilitation", WGHR: Lebanon, Missouri; "PART B WEEK LOG (Mar 2–6)" with a row per weekday, today's row Wed 3/4
/// with its codes and minutes, blank rows for the days to come, clock ranges "0905–0928" on a code's own line, "☐ 1:1 ☐
/// concurrent ☐ group" box rows, ditto marks, a PT's and an OT's rows for one resident): Bernadette Kowalczyk (PT), Luis
/// Arreola (PTA) and Hannah Sato (OTR/L); a retired fiddler who can't feel his strings, a woman who pushes off the armrest
/// to the L, a bingo player dropping her cards, a fall at the ice-cream social, a walk to the chapel, a CNA who helped
/// with the gait belt, a daughter in the doorway and a second resident at the hall rail.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads flowsheets every day, applying the
/// contract to today's service: today's column (or today's row, or the column dated with the date of service) says what
/// was done, how, to what deficit, with what result and for how many minutes today; the other visits' columns and rows
/// are read as history and never taken for today's numbers, minutes or delivery; a blank or unticked cell in today's
/// column states nothing, a tick beside a named technique is that technique done, and a grid copied forward says what
/// its today's column says:
/// <list type="bullet">
/// <item>class 1 (v1-h121-…): one-on-one in these writers' own words in today's column or row ("1:1 — Maren and Gilles
/// only, daughter watched from the doorway", "1:1 w/ Colby the whole NMR block; his dad filmed from the bench", "1:1 in
/// her room; the CNA helped with the gait belt and left", "one-on-one with Owen, husband waited in the car" in a
/// newest-first column beside an earlier group-class column), notes that negate it (today's Delivery cell "concurrent —
/// pt in bay 2 on the treadmill with me" under earlier "1:1" cells, "ran her in the turf circuit with the two volleyball
/// girls", "worked Mrs. Dettmer and Mr. Hadley together at the hall rail, alternating") or never state it for today (a
/// Delivery row filled for the two earlier visits and blank today, a whiteboard grid with no word of delivery), and the
/// codes without a one-on-one check: a PTA's 97110 with two others on the squat rack and an OT's 97530 at the
/// activity-room table beside another resident;</item>
/// <item>class 2 (v2-h121-…): checkbox and blank-field states in grids (a "1:1 attendance" row ☒ ☒ ☐ with today's box
/// unticked, ☐ ☐ ☒ with only today's ticked, "Impairment: ______________" on today's row, technique rows "☐" in every
/// column, a DGI row "___ ___ ___", a 97110 minute cell "__" in today's column beside a filled 97112 cell, "☒ 1:1 ☐
/// concurrent" today under Monday's "☐ 1:1 ☒ concurrent", a goal table with its Status and Date-met columns blank,
/// "Distance —" and "Assist —" today on a 97116, and a "Minutes: [   ]" box over a line giving each code its
/// minutes);</item>
/// <item>class 3 (v3-h121-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises and
/// functional component tasks, Otago level C, FIFA 11+ part 2, Frenkel exercises to floor targets, Mulligan SNAGs with
/// Maitland grade IV glides and HawkGrips IASTM, constraint-induced movement therapy with shaping tasks, Blazepod reaction
/// drills and Redcord Neurac, LEAPS-style locomotor training), Tai Ji Quan: Moving for Better Balance with no deficit, a
/// Nordic hamstring protocol "per protocol" with no dose and Cawthorne-Cooksey "per protocol" with neither deficit nor
/// number;</item>
/// <item>class 4 (v4-h121-…): deficits stated as findings in these writers' terms (a groomer who drifts toward the ditch
/// checking his mirror and for whom "the room keeps going", an ankle that rolls between river rocks, a resident who
/// pushes off the armrest to the L, a knee that caves on the sprawl, a foot that feels for the stair in the dark, a
/// fiddler who can't feel his buttons or strings) and notes that state none ("see eval" in every column, ditto marks
/// under "same as last week", "Problems: none — cleared by ortho", "no new impairments");</item>
/// <item>class 5 (v5-h121-…): measures in every usual form (a Baseline / Last / Today table of Berg, TUG and FGA, mCTSIB
/// as four conditions in seconds on today's row, Y-balance composite and hop LSI percentages, distance and assistance per
/// log row, sets × reps @ load per visit for 97110, gait speeds and the Four Square Step Test per column, assistance
/// levels for an OT's 97530, a "Berg by date" line ending at the date of service) and notes with none (arrows and "steadier
/// than Monday, husband agrees", "Berg — not retested, due at the progress note", a 97110 grid of ticks, "Gait: better,
/// less limp — keep going");</item>
/// <item>class 6 (v6-h121-…): minutes in these grids' forms (a minute row per code with today's column last, first or
/// marked only by its date, three codes' minute rows, clock ranges on each code's line in today's log row, a PT's and
/// an OT's rows on one day, a grid copied forward with today's column updated, a blank minute prompt beside a clock range
/// on the code's own line) and true mismatches (today's cell 34 on a 22-minute line, a 97110 billed with the last
/// column's 25 while today's reads 12, a copied-forward minute cell left at 30 on an 18-minute line, a PTA's log row of
/// 35 on 22) and truly missing separate time (today's column with only "Total timed 38" where earlier columns had each
/// code's minutes, "NMR + gait, 40 min", a whiteboard "Time: 45" over three codes);</item>
/// <item>class 7 (v7-h121-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty two-code note, one of line breaks and tabs, an empty 97110 with no diagnosis), the contract's meanings for
/// 97110 (split squats, trap-bar deadlifts and Copenhagen planks with loads), 97530 (bed making, a laundry bag and a
/// car-transfer simulation), 97140 (talocrural glides and soft-tissue work with dorsiflexion degrees) and 97116 (a
/// walking boot on the track and the stadium steps), and wholly generic notes: a flowsheet of "Balance training ✓ ✓ ✓"
/// and "tol well", a two-code log with minutes each and nothing else, a "1:1 — balance work as usual" whiteboard and an
/// OT's "functional activities per plan";</item>
/// <item>ordinary (vord-h121-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with other visits' minutes, numbers and deliveries beside today's, and the ordinary weak ones: a complete
/// note with no diagnosis, an ICD-9 code (781.2) on the claim, a generic two-code whiteboard with only "Time: TODAY
/// 32", a PTA's log minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (today's column, row or date column gives each billed code exactly its
/// line's minutes; the other visits' minutes beside them are history). Every timed line earns at least one unit under
/// the 8-minute rule. This set's notes carry people and numbers that are not the code's or its minutes — wives,
/// husbands, daughters, a father filming, a coach, a grandson, a CNA and an activity room's residents folding towels
/// (none of them a patient; the patient in bay 2, the two volleyball girls and the second resident at the hall rail
/// are), the other visits' dates, minutes, counts and scores in their own columns and rows, room numbers, ages, body
/// weights, box and step heights in inches, loads in pounds, distances in feet, metres and miles, gait speeds, treadmill
/// speeds and grades, seconds of holds and stances, degrees, centimetres of reach, percentages, scale maxima, mitt days,
/// grip pounds and 24-hour clock times — and each is written so that a reviewer cannot take it for a billed code's
/// minutes of today; a code's minutes are written next to the code (a minute row "97112 neuro re-ed (min)" read in
/// today's column, "Wed 3/4 97112 23 min" in today's log row, "97112 — 24 min"), in its block's heading, in a minute box
/// or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the
/// four that give the visit a total ("Total timed (min) 38", "NMR + gait, 40 min", "Time: 45" and the generic
/// whiteboard's "Time: TODAY 32"); notes failed for want of a measure carry no number but their code and its
/// minutes (their columns are headed by weekday, not by date). DOC_GENERIC_ONLY is expected only where the note names
/// no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number
/// and fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes of
/// today: a family member, coach, caregiver or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a one-on-one cell of another visit's column does not state it for today.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the grids that could honestly be read either way: a today's column whose date is not the
/// date of service or that is not marked at all, today's cell written as a ditto mark, an arrow or "same" pointing at
/// another visit's number or minutes, another visit's numbers as the only measure beside a blank today's cell, a
/// technique ticked only in another visit's column with today's cell blank, a grid copied forward where the note does
/// not say which column was updated, today's minutes in a column and different minutes for the same code in a log row
/// of the same day, and a goal table's target or status as a note's only measure or deficit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 31 of 113 cases agree (111 needed), and 64 of the 73 notes the reviewer passes got a finding, on the analyzer of 12a6bcd (the start of the 2026-12-07 nineteenth session, whose engine is the eighteenth session final af24a09, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 113 of 113, no false positive — a flowsheet of several visits read for today's column (marked "today" or dated the note's date of service; a heading that lost its indent to the export; a long cell running past the next column) and a week's log for today's rows (VisitColumns.cs); a single-leg stance with its eyes' condition then each side's time a test; two codes joined before a comma's minutes share them ("NMR + gait, 40 min").</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyFirstTests(ITestOutputHelper output)
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

        // KNR Augusta three-visit flowsheet, today's column last and marked TODAY: the Delivery row reads "1:1 | 1:1 | 1:1 — Maren and Gilles only, daughter watched from the doorway"; tandem walking with head turns, rocker board eyes closed, perturbations at the pelvis in the three columns; proprioceptive loss and ataxic stepping; Berg and perturbation count today; today's 97112 minutes 24 beside 22 and 25: passes.
        ["v1-h121-knr-delivery-row-today-with-daughter-in-doorway"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Arsenault, Gilles    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        22           25           24
            Delivery                       1:1          1:1          1:1 — Maren and Gilles only, daughter watched from the doorway
            Tandem walk w/ head turns      2 laps       3 laps       3 laps, no step-off
            Rocker board A/P eyes closed   x5           x5           x8
            Pelvic perturbations           lat only     lat + A/P    lat + A/P + rotational
            Impairment (today): proprioceptive loss both feet and ataxic, wide-based stepping after the cerebellar stroke; he scuffs the L on the kitchen threshold.
            Measures (today): Berg 43/56; recovered 7 of 10 perturbations with one step.
            """,
            ["I69.393", "R27.0"], [PT("97112", 24)], []),

        // KNR Waterville flowsheet: earlier columns say "1:1" but today's Delivery cell reads "concurrent — pt in bay 2 on the treadmill with me" — another patient treated in today's block: one-on-one missing; technique, deficit, measure present; today's 97112 minutes 23 match.
        ["v1-h121-knr-today-concurrent-earlier-columns-one-on-one"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Boucher, Yvette    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        03/02        03/04 TODAY
            97112 neuro re-ed (min)        25           24           23
            Delivery                       1:1          1:1          concurrent — pt in bay 2 on the treadmill with me
            Foam stance eyes closed        x3           x4           x4
            Step-and-stick onto foam       R lead       R + L lead   R + L lead
            Reaching to cones from foam    —            ✓            ✓
            Impairment (today): impaired postural control with somatosensory loss from the neuropathy; sways and grabs with eyes closed.
            Measures (today): mCTSIB foam eyes closed 11 sec; step-and-stick 6 of 10 without a hand.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KNR flowsheet with the Delivery row filled for the two earlier visits and left blank in today's column, nothing else in the note stating one-on-one for today: not stated for this visit; X1 viewing, walking with head turns and habituation positions; vestibular hypofunction; DGI today; minutes 22 match.
        ["v1-h121-knr-delivery-blank-in-today-column"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Gagnon, Rita    DOS 03/04/2026    Therapist: J. Cyr, PTA (sup. M. Thibodeau)
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           25           22
            Delivery                       1:1          1:1
            X1 viewing, busy background    seated       standing     standing on foam
            Hall walk with head turns      ✓            ✓            ✓
            Habituation (MSQ positions)    3            3            4
            Impairment (today): R vestibular hypofunction; oscillopsia and veering R when she turns her head in the grocery aisle.
            Measures (today): DGI 18/24.
            """,
            ["H81.21"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CSPT Lewiston whiteboard grid transcribed by Colby: "1:1 w/ Colby the whole NMR block; his dad filmed from the bench" (a parent is not a patient); drop-landing with knee-over-toe cues, single-leg hops to stick, lateral perturbations on the BOSU; dynamic valgus and poor landing control after ACL reconstruction; Y-balance and stick count; "97112 — 25" in the Today column beside Mon's 20: passes.
        ["v1-h121-cspt-dad-filmed-from-the-bench"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Brody Kessler, HS wrestler, 16 y/o, 4 months post R ACL recon
            CODE / EX                     MON          TODAY (WED)
            97112 NMR min                 20           25
            Drop landing 12" box          2x8          3x8, knee over 2nd toe
            SL hop to stick               2x5 R        3x5 R, 3x5 L
            BOSU lateral perturbations    —            3x30 sec
            1:1 w/ Colby the whole NMR block; his dad filmed from the bench for the wrestling coach.
            Problem: R knee dynamic valgus on landing and late quad recruitment; the knee caves on his shots.
            Today: Y-balance anterior R 61 cm vs L 68 cm; stuck 11 of 15 hops without a hop-out.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 25)], []),

        // CSPT Clarkston grid: "ran her in the turf circuit with the two volleyball girls" during the 97112 block — other patients treated together: one-on-one missing; agility ladder with reactive cues, single-leg balance with ball toss; ankle proprioception; counts present; Today 22 matches.
        ["v1-h121-cspt-turf-circuit-with-volleyball-girls"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Kenzie Lund, 19, club volleyball
            CODE / EX                     FRI          MON          TODAY
            97112 NMR min                 24           23           22
            Ladder w/ reactive color cue  3 rounds     3 rounds     4 rounds
            SLS on Airex w/ ball toss     x20          x25          x30
            Ran her in the turf circuit with the two volleyball girls from the same club today; rotated between the three of them.
            Problem: L ankle proprioception after the recurrent inversion sprains; rolls it landing a block.
            Today: SLS on Airex eyes closed 14 sec L vs 26 sec R; 4 of 30 catches with a touch-down.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WGHR Lebanon SNF Part B week log, today's row (Wed 3/4): "97112 23 min — 1:1 in her room; the CNA helped with the gait belt and left" (staff do not undo it); weight shifts, reaching outside base of support, stepping strategy at the rail; L lateral lean and delayed protective stepping; Berg and reach in inches; passes.
        ["v1-h121-wghr-log-cna-helped-with-gait-belt"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Opal Dettmer, rm 114    PT: B. Kowalczyk, PT
            Mon 3/2  97112 22 min — weight shifts in standing, stepping strategy at the hall rail. Berg 36.
            Tue 3/3  no visit (MD appt in Springfield)
            Wed 3/4  97112 23 min — 1:1 in her room; the CNA helped with the gait belt and left. Lateral weight shifts with a tap to the R hip, reaching for cups on the dresser outside her base of support, stepping strategy to catch a forward nudge at the rail.
                     Deficit: L lateral lean and late protective stepping; she lists L reaching into her closet.
                     Berg 39/56; functional reach 7 in (5 in on 2/23).
            Thu 3/5
            Fri 3/6
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WGHR log, today's row: "97112 22 min — worked Mrs. Dettmer and Mr. Hadley together at the hall rail, alternating" — another resident treated in today's block: one-on-one missing; reactive stepping, head-turn walking; postural control; TUG present.
        ["v1-h121-wghr-log-two-residents-at-the-rail"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Cletus Hadley, rm 207    PTA: L. Arreola, PTA
            Mon 3/2  97112 24 min — 1:1 in the rehab gym, stepping strategy to the clock.
            Wed 3/4  97112 22 min — worked Mrs. Dettmer and Mr. Hadley together at the hall rail, alternating between them. Reactive stepping to nudges at the hips, walking with head turns to read the room numbers.
                     Deficit: impaired postural control, backward loss of balance when he turns his head.
                     TUG 19 sec with the walker.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CSPT whiteboard 97110 with "two others on the squat rack next to him" (97110 has no one-on-one check); goblet squats, RDLs, step-downs with loads; R quad and glute weakness after a meniscectomy; Today 97110 20 matches: passes.
        ["v1-h121-cspt-97110-two-others-on-the-rack"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Tate Ostrander, 24, river guide (Salmon River)
            CODE / EX                     MON           TODAY
            97110 ther ex min             18            20
            Goblet squat                  3x10 @ 25#    3x10 @ 35#
            Single-leg RDL                3x8 @ 15#     3x8 @ 20#
            Lateral step-down 6"          3x10          3x12
            Two others on the squat rack next to him during the lift block.
            Problem: R quad and glute med weakness after the R partial medial meniscectomy; knee aches hauling the raft up the bank.
            """,
            ["Z98.890", "M62.81"], [PTA("97110", 20)], []),

        // WGHR OT log, today's row: a 97530 at the activity-room table with another resident folding towels beside her (no one-on-one check); sit-to-stand from the table, towel folding standing, reaching to the top shelf; R hemiparesis; counts and assistance; today's 97530 24 min matches: passes.
        ["v1-h121-wghr-ot-97530-resident-beside-her"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Lorene Beasley, rm 122    OT: H. Sato, OTR/L
            Mon 3/2  97530 22 min — grooming at the sink standing.
            Wed 3/4  97530 24 min — at the activity-room table, another resident folding towels beside her. Sit-to-stand from the table to fold towels standing, carrying the stack to the linen cart, reaching to the top shelf of the cart with the R hand.
                     Problem: R hemiparesis after the L CVA, poor R grasp and standing tolerance at the sink.
                     Sit-to-stand 6x with min A; stood through 12 towels before she sat; 3 of 5 reaches to the top shelf.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // CSPT whiteboard 97112 with nothing about who was there or how the block was delivered: one-on-one not stated; BAPS, single-leg balance with perturbations, lateral hops; ankle proprioception; BAPS and hop counts; Today 23 matches.
        ["v1-h121-cspt-whiteboard-no-delivery-word"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Josie Harrah, 15, barrel racer
            CODE / EX                     MON          TODAY
            97112 NMR min                 21           23
            BAPS level 3 clockwise        x10          x15
            SLS w/ band perturbations     3x20 sec     3x30 sec
            Lateral line hops             2x10         3x10
            Problem: L ankle proprioception after the high ankle sprain dismounting; she turns it stepping off the mounting block.
            Today: SLS eyes closed L 12 sec (R 28); lateral line hops 10 of 10 clean on the last set.
            """,
            ["S93.432D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KNR flowsheet with today's column first ("TODAY 03/04 | 03/02 | 02/27") and "one-on-one with Owen, wife in the car" today; a group class on 02/27 in its own column is another visit's; PNF D1/D2 patterns standing, rhythmic stabilisation in half-kneel; trunk and hip motor control after MS flare; FGA today; minutes 23 first in the row: passes.
        ["v1-h121-knr-today-first-one-on-one-earlier-group"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet (newest first)
            Pt: Lachance, Denise    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           TODAY 03/04     03/02        02/27
            97112 neuro re-ed (min)        23              24           — (balance class, not billed)
            Delivery                       one-on-one with Owen, husband waited in the car     1:1     group class
            PNF D1/D2 standing w/ band     3x8             3x8          —
            Half-kneel rhythmic stab.      3 rounds        2 rounds     —
            Impairment (today): trunk and hip motor control after the relapse; her L leg fatigues and drags by the end of the hallway.
            Measures (today): FGA 19/30; half-kneel hold 25 sec without loss of balance.
            """,
            ["R26.89", "M62.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states in grids

        // KNR flowsheet with a "1:1 ☐/☒" row: ☒ for 02/25 and 02/27 and ☐ (unticked) in today's column, nothing else stating one-on-one: not stated for today; mirror therapy and motor-control drills; R hand motor recruitment; box and blocks today; minutes 24 match.
        ["v2-h121-knr-one-on-one-box-unticked-today"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Pomerleau, Armand    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           23           24
            1:1 attendance                 ☒            ☒            ☐
            Mirror therapy R hand          ☒            ☒            ☒
            Graded reach-grasp-release     ☒            ☒            ☒
            Impairment (today): R hand motor recruitment and timing after the L MCA stroke; drops the coffee mug on release.
            Measures (today): Box and Block R 14 blocks (L 48); 7 of 10 releases on target.
            """,
            ["I69.331"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // KNR flowsheet with the "1:1" box ticked only in today's column (☐ ☐ ☒; the earlier visits were group class): stated for today; perturbations on the treadmill, backward stepping to cue; retropulsion in Parkinson's; pull test and 10MWT; minutes 22 match: passes.
        ["v2-h121-knr-one-on-one-ticked-today-only"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Thériault, Lucien    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        —            —            22
            1:1 attendance                 ☐            ☐            ☒
            Treadmill w/ perturbations     —            —            ☒ 0.8 mph
            Backward stepping to cue       ☐            ☐            ☒
            (02/25 and 02/27 were PWR! group class — no billed NMR)
            Impairment (today): retropulsion and small, slow backward steps with Parkinson's disease; he goes over backwards opening the fridge.
            Measures (today): pull test 4 steps to recover; 10MWT 0.86 m/s.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // WGHR log row with a blank "Impairment: ______" for today and no deficit anywhere else in today's row or the note: deficit missing; tandem at the rail, foam marching, reaching outside base; Berg present; 1:1 stated; minutes 23 match.
        ["v2-h121-wghr-log-impairment-blank-today"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Vernon Pickett, rm 118    PT: B. Kowalczyk, PT
            Wed 3/4  97112 23 min    Delivery: 1:1, rehab gym
                     Tx: tandem stance at the rail, marching on the foam strip, reaching for bean bags placed outside his base of support
                     Impairment: ______________
                     Measure: Berg 41/56
            Thu 3/5
            Fri 3/6
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CSPT grid whose technique rows are all "☐" in every column (a blank grid copied from the whiteboard template) and no technique written anywhere else: technique missing; deficit and measure present; "1:1 — just me and Cody"; Today 22 matches.
        ["v2-h121-cspt-technique-grid-all-unticked"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Cody Fenn, 17, point guard
            CODE / EX                     MON          TODAY
            97112 NMR min                 —            22
            BOSU                          ☐            ☐
            Perturbation                  ☐            ☐
            Reactive ladder               ☐            ☐
            1:1 — just me and Cody.
            Problem: L ankle proprioception after the grade II inversion sprain; he rolls it landing on a defender's foot.
            Today: SLS eyes closed L 9 sec vs R 27 sec.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // KNR flowsheet with a measure row whose every cell is "___" and no number anywhere but the code and today's minutes (columns are headed Mon / Fri / TODAY): measure missing; habituation and gaze stabilisation; vestibular hypofunction; "one-on-one"; minutes 22 match.
        ["v2-h121-knr-measure-row-all-blank"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart flowsheet
            Pt: Nadeau, Celeste    Therapist: M. Thibodeau, PT, DPT, NCS
                                           Mon          Fri          TODAY
            97112 neuro re-ed (min)                                  22
            Delivery                                                 one-on-one
            Gaze stabilization, head turns seated       seated       standing on foam
            Habituation (MSQ positions)    ✓            ✓            ✓
            DGI                            ___          ___          ___
            Impairment (today): L vestibular hypofunction; motion-provoked dizziness rolling to the L and looking up into the kitchen cupboard.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CSPT two-code grid with the 97110 minute cell in today's column left "__" (the 97112 cell filled): no minutes for each billed code; both codes otherwise complete; the 97112 Today cell 20 matches.
        ["v2-h121-cspt-two-codes-97110-minute-cell-blank"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Macy Troxel, 20, WSU club soccer
            CODE / EX                     MON          TODAY
            97112 NMR min                 22           20
            97110 ther ex min             15           __
            Reactive cutting to light cue 3x6          4x6
            SL squat to box 18"           3x8          3x10 @ 10# vest
            Nordic hamstring lowers       2x5          3x5
            1:1 with Priya for the NMR block.
            Problem: L knee dynamic valgus cutting and hamstring weakness after the L ACL recon.
            Today: 5 of 24 cuts with valgus (9 of 18 Mon).
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 20), PT("97110", 13)], [SepTime]),

        // WGHR log with "☒ 1:1 ☐ concurrent ☐ group" on today's row; the Monday row had "☐ 1:1 ☒ concurrent": today's box decides; stepping over the cane, foam stance with head turns; bilateral foot sensory loss; Berg and tandem seconds; minutes 24 match: passes.
        ["v2-h121-wghr-box-row-today-1to1-monday-concurrent"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Beulah Crain, rm 131    PTA: L. Arreola, PTA
            Mon 3/2  97112 22 min   ☐ 1:1 ☒ concurrent ☐ group   foam stance, walking the hall
            Wed 3/4  97112 24 min   ☒ 1:1 ☐ concurrent ☐ group
                     Stepping over the cane laid on the floor, foam stance with head turns, marching with eyes closed at the rail
                     Deficit: somatosensory loss both feet with the neuropathy; she can't tell if her foot is on the footrest
                     Berg 40/56; tandem 8 sec
            """,
            ["E11.42"], [PTA("97112", 24)], []),

        // KNR goal table (baseline / current / target / status) with the status column left blank and a "Date met" column empty — harmless; today's 97112 complete with "1:1"; rhythmic stabilisation, perturbations in sitting and standing; trunk control after a SCI; current values today; minutes 25 match: passes.
        ["v2-h121-knr-goal-table-status-blank"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Michaud, Renald    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        24           22           25
            Delivery                       1:1          1:1          1:1
            Rhythmic stabilization sitting ✓            ✓            ✓ on the therapy ball
            Perturbations in standing      —            ✓            ✓ with the walker removed
            Impairment (today): trunk postural control after the incomplete T11 injury; he pitches forward reaching to the floor.
            GOAL TABLE          Baseline     Current (today)    Target     Status     Date met
            Modified FRT        4 in         9 in               12 in
            Sitting perturb.    2/10         8/10               10/10
            """,
            ["G82.22", "R26.89"], [PT("97112", 25)], []),

        // CSPT grid on a 97116 with the "Assist" and "Distance" cells left "—" in today's column and no other number today but the code and its minutes: gait measure missing; gait training on the track with cues; antalgic gait after a tibial plateau fracture; "97116 — 18" today.
        ["v2-h121-cspt-97116-assist-and-distance-blank"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Rowdy Deal, hunting guide
            CODE / EX                     LAST         TODAY
            97116 gait min                             18
            Gait on the indoor track      ✓            ✓ heel strike and push-off cues, weaning the crutch
            Distance                      —            —
            Assist                        —            —
            Problem: antalgic gait, short R stance and no push-off after the R tibial plateau ORIF.
            """,
            ["S82.141D"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // WGHR log whose "Minutes:" field on today's row is "[   ]" while its two codes are written with minutes on the line below ("97112 22 / 97116 14"): each code has its minutes; complete; passes.
        ["v2-h121-wghr-minutes-box-empty-codes-written-below"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Harlan Voss, rm 109    PT: B. Kowalczyk, PT
            Wed 3/4  Minutes: [   ]
                     97112 22 min / 97116 14 min
                     97112: 1:1 in the gym. Stepping strategy to nudges at the pelvis, tandem at the rail with head turns. Deficit: backward loss of balance and late stepping. Berg 42/56.
                     97116: gait with the rollator in the hall and to the dining room, cues for step length and heel strike. Deficit: short shuffling steps after the hip fracture. 180 ft rollator CGA, 2 standing rests.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 22), PT("97116", 14)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // KNR flowsheet: LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side) and functional component tasks with amplitude cues; small, slow movements in Parkinson's; TUG and stride length today; "1:1"; minutes 24 beside 25 and 23: passes.
        ["v3-h121-knr-lsvt-big-flowsheet"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Dostie, Armand    DOS 03/04/2026    Therapist: O. Pelletier, PT (LSVT BIG certified)
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           23           24
            Delivery                       1:1          1:1          1:1
            LSVT BIG max daily ex.         7 of 7       7 of 7       7 of 7, bigger on side-to-side
            BIG functional component tasks sit-stand    sit-stand    sit-stand + turning to the counter
            Impairment (today): hypokinesia and reduced stride with Parkinson's disease; shuffles and freezes turning in the kitchen.
            Measures (today): TUG 12.1 sec; stride length 0.98 m on the 10 m walk.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // WGHR log: Otago balance exercises at level C (backward walking, sideways walking, heel-toe walking at the rail) with counts; postural control and fear of falling after a fall; 30-second chair stand and Berg; "1:1 in the gym"; today's 97112 22 matches: passes.
        ["v3-h121-wghr-otago-level-c"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Ida Mae Furlong, rm 127    PTA: L. Arreola, PTA
            Mon 3/2  97112 20 min — Otago level B at the rail.
            Wed 3/4  97112 22 min — 1:1 in the gym. Otago balance set at level C: backward walking 4 lengths of the rail, sideways walking 4 lengths, heel-toe walking holding with one hand, one-leg stand with fingertip support.
                     Deficit: impaired postural control with backward loss of balance since the fall in the dining room.
                     Berg 43/56; 30-sec chair stand 9.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // CSPT whiteboard: FIFA 11+ part 2 (single-leg stance with ball pass, squats to toe raise, jumping with partner bumps) as the NMR; dynamic valgus and poor trunk control on landing; stick counts and LESS score; "1:1 with Colby"; Today 23 matches: passes.
        ["v3-h121-cspt-fifa-11-plus-part-two"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Ainsley Shook, 18, LCSC soccer
            CODE / EX                          MON          TODAY
            97112 NMR min                      24           23
            FIFA 11+ pt 2 SLS w/ ball pass     2x30 sec     3x30 sec each leg
            FIFA 11+ squats w/ toe raise       2x10         3x10
            FIFA 11+ jumps w/ partner bump     —            3x6 (I bumped her mid-air)
            1:1 with Colby.
            Problem: bilateral dynamic valgus and trunk lean on landing, R worse; she lands stiff-legged.
            Today: LESS 6 (9 Mon); stuck 14 of 18 landings.
            """,
            ["M62.81", "R29.898"], [PT("97112", 23)], []),

        // KNR flowsheet: Frenkel exercises for the lower limbs in supine, sitting and standing, with targets on the floor; ataxia after a cerebellar bleed; foot-placement accuracy and SARA gait item today; "one-on-one"; minutes 22 match: passes.
        ["v3-h121-knr-frenkel-floor-targets"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Ouellette, Paul    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        23           24           22
            Delivery                       one-on-one   one-on-one   one-on-one
            Frenkel LE supine/sitting      ✓            ✓            sitting only
            Frenkel standing to targets    —            footprints   footprints + numbered squares
            Impairment (today): bilateral LE ataxia and dysmetria after the cerebellar hemorrhage; overshoots the curb and the bottom stair.
            Measures (today): 17 of 25 foot placements on target; SARA gait item 3.
            """,
            ["I69.193", "R27.0"], [PT("97112", 22)], []),

        // CSPT 97140: Mulligan SNAGs to the lumbar spine and Maitland grade IV PA glides, HawkGrips IASTM to the ITB; lumbar extension stiffness and lateral thigh tissue restriction; degrees of extension; the Today cell "97140 — 12" beside Mon's 10: passes.
        ["v3-h121-cspt-mulligan-maitland-iastm-97140"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Garrett Pfaff, 31, CrossFit coach
            CODE / EX                     MON          TODAY
            97140 manual min              10           12
            Mulligan SNAGs L4-5 ext       3x6          3x6
            Maitland PA glides L4-5       gr III       gr IV, 3 bouts of 30 sec
            HawkGrips IASTM R ITB         ✓            ✓
            Problem: L4-5 extension hypomobility and R lateral thigh restriction; can't lock out an overhead squat without his back pinching.
            Today: standing lumbar extension 14° to 22° after.
            """,
            ["M54.50", "M99.03"], [PT("97140", 12)], []),

        // WGHR log: Tai Ji Quan: Moving for Better Balance forms 1-4 with weight shifting, done 1:1 at the rail — a named programme — but no deficit or impairment stated anywhere: deficit missing; TUG today; minutes 23 match.
        ["v3-h121-wghr-tai-ji-quan-no-deficit"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Nettie Blevins, rm 133    PT: B. Kowalczyk, PT
            Mon 3/2  97112 24 min — TJQMBB forms 1–2.
            Wed 3/4  97112 23 min — 1:1 at the rail. Tai Ji Quan: Moving for Better Balance forms 1–4 with the weight-shifting and single-leg integration, moving from the rail to fingertip touch.
                     TUG 14 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CSPT whiteboard 97110 "Nordic hamstring protocol, week 3 per protocol" with the Today cells ticked and no sets, reps or load today or before: no dose — measure missing on 97110; hamstring weakness after a strain; "97110 — 19".
        ["v3-h121-cspt-nordic-protocol-no-dose"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Devin Schrock, sprinter
            CODE / EX                     LAST         TODAY
            97110 ther ex min                          19
            Nordic hamstring protocol     ✓            ✓ per protocol
            Hip hinge w/ dowel            ✓            ✓
            Glute bridge march            ✓            ✓
            Problem: R hamstring weakness after the proximal hamstring strain; pulls up at top speed.
            """,
            ["S76.311D"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // KNR flowsheet: constraint-induced movement therapy with shaping tasks (coins into a slot, flipping cards) as 97530 by an OT — a named method with counts; L hand dexterity after a R MCA stroke; grip pounds and counts; today's 97530 25: passes.
        ["v3-h121-knr-ot-cimt-shaping-97530"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet (OT)
            Pt: Roy, Madeleine    DOS 03/04/2026    Therapist: T. Levesque, OTR/L
                                           02/25        02/27        03/04 TODAY
            97530 ther activities (min)    23           24           25
            CIMT shaping: coins to slot    12           15           19
            CIMT shaping: card flips       20           26           31
            Buttoning the cardigan         —            3 of 5       5 of 5
            Problem (today): L hand dexterity and grasp after the R MCA stroke; she can't get a coin out of her change purse at the pharmacy.
            Today: grip L 18 lb (R 52); mitt worn at home 5 of 7 days.
            """,
            ["I69.344"], [OT("97530", 25)], []),

        // CSPT grid: "Blazepod reaction drills" and Redcord Neurac suspension planks as NMR with counts — named methods — for a ski patroller's trunk control and reaction; reaction time in seconds; "1:1 the whole block"; Today 22 matches: passes.
        ["v3-h121-cspt-blazepod-and-redcord"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Lacey Vogt, 28, ski patrol
            CODE / EX                          MON          TODAY
            97112 NMR min                      20           22
            Blazepod reactive SL taps (4 pods) 3x30 sec     4x30 sec
            Redcord Neurac side plank          3x20 sec     3x30 sec w/ vibration
            Redcord SL squat w/ perturbation   —            3x8
            1:1 the whole block.
            Problem: delayed trunk and hip muscle recruitment after the L knee MCL sprain; knee drifts in on the L edge.
            Today: Blazepod mean reaction 0.71 sec (0.84 Mon); 27 hits in 30 sec on the L.
            """,
            ["S83.412D"], [PT("97112", 22)], []),

        // WGHR log: "LEAPS-style locomotor training" — task-specific overground walking with speed progression (a named protocol) as 97116; R hemiparetic gait; speed and distance; today's 97116 24 matches: passes.
        ["v3-h121-wghr-locomotor-training-97116"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Wendell Purcell, rm 104    PT: B. Kowalczyk, PT
            Mon 3/2  97116 22 min — overground walking, hall.
            Wed 3/4  97116 24 min — locomotor training per LEAPS: fast overground walking in the hall and around the dining room, then stepping over the threshold strips and turning at the nurses' station.
                     Problem: R hemiparetic gait after the L CVA, short L step and R toe drag late in the walk.
                     10MWT 0.52 m/s (0.44 on 2/23); 420 ft with the hemi-walker, SBA.
            """,
            ["I69.351"], [PT("97116", 24)], []),

        // KNR flowsheet: Cawthorne-Cooksey exercises named only "per protocol" for today, with no neuromuscular deficit and no number but the code and today's minutes: deficit and measure missing (the method is named); "1:1"; minutes 22.
        ["v3-h121-knr-cawthorne-cooksey-per-protocol"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart flowsheet
            Pt: Cote, Emile    Therapist: O. Pelletier, PT
                                           Mon          TODAY
            97112 neuro re-ed (min)                     22
            Delivery                                    1:1
            Cawthorne-Cooksey              ✓            ✓ per protocol
            Comments (today): tolerated, continue plan.
            """,
            ["H81.393"], [PT("97112", 22)], [At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none

        // KNR flowsheet: a snowmobile-trail groomer who "drifts toward the ditch side when he checks his mirror" and "the room keeps going after he stops turning" — vestibular deficit as findings; X1 viewing and walking with head turns; DGI and DVA today; "1:1"; minutes 23: passes.
        ["v4-h121-knr-groomer-drifts-checking-mirror"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Bolduc, Réjean    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           24           23
            Delivery                       1:1          1:1          1:1
            X1 viewing, standing           ✓            ✓            ✓ on foam
            Walking w/ head turns          ✓            ✓            ✓ with a stop-and-pivot
            Findings (today): drifts toward the ditch side when he checks his L mirror on the groomer; says the room keeps going after he stops turning his head.
            Measures (today): DGI 17/24; DVA 4 lines lost.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CSPT whiteboard: a rafting guide whose "ankle rolls stepping between river rocks with a cooler in his hands" and who "can't feel the edge of the rock with his foot" — proprioceptive deficit as findings; BAPS, single-leg on rocker with catches; SLS seconds; "1:1"; Today 21: passes.
        ["v4-h121-cspt-rafting-guide-river-rocks"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Hollis Barnhart, 33, rafting guide
            CODE / EX                       MON          TODAY
            97112 NMR min                   23           21
            BAPS level 4                    x10 each way x15 each way
            Rocker SL w/ med-ball catches   2x10         3x10
            1:1 w/ Colby.
            What he tells me: his R ankle rolls stepping between river rocks with a cooler in his hands, and he "can't feel the edge of the rock" under his foot.
            Today: SLS on rocker R 16 sec (L 34); 27 of 30 catches without a touch-down.
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // WGHR log: a resident who "leans L in the wheelchair and pushes off the armrest to the L when she stands" — postural control deficit (pushing) as findings; midline orientation with mirror feedback, weight shifts to the R; Burke Lateropulsion Scale and sitting balance; "1:1 in her room"; today 24: passes.
        ["v4-h121-wghr-pushes-off-the-armrest"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Velma Hoskins, rm 112    PT: B. Kowalczyk, PT
            Mon 3/2  97112 22 min — midline work, mirror.
            Wed 3/4  97112 24 min — 1:1 in her room. Midline orientation with the mirror and a vertical tape line, reaching to the R outside her base, weight shifts to the R in standing at the dresser.
                     What I see: she leans L in the wheelchair and pushes off the armrest to the L when she stands; she can't find upright without the mirror.
                     Burke Lateropulsion Scale 9 (12 on 2/26); sits unsupported 40 sec.
            """,
            ["I69.398", "R29.818"], [PT("97112", 24)], []),

        // CSPT whiteboard: a high-school wrestler whose "knee caves in when he sprawls and he lands on the inside of his foot" — dynamic valgus motor control deficit; reactive sprawl drills and single-leg landings with cues; counts; "1:1"; Today 24: passes.
        ["v4-h121-cspt-wrestler-knee-caves-on-the-sprawl"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Ty Esparza, 17, 152 lb wrestler
            CODE / EX                       MON          TODAY
            97112 NMR min                   22           24
            Reactive sprawl to clap cue     3x6          4x6
            SL landing off 8" box           3x8          3x8 with a med-ball catch
            Lateral bounds to stick         —            3x6 each way
            1:1 — just Ty and me, his coach picked him up after.
            Problem: R knee caves in when he sprawls and he lands on the inside of his foot; hip and trunk control fall apart when he's tired.
            Today: 18 of 24 landings with knee over toes (11 of 24 Mon).
            """,
            ["M62.81", "M25.361"], [PT("97112", 24)], []),

        // KNR flowsheet whose "Impairment" row reads "see eval" in every column and no deficit anywhere else in the note: deficit missing; perturbations and step training; Berg; "1:1"; minutes 22 match.
        ["v4-h121-knr-impairment-see-eval-every-column"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Doyon, Marc    DOS 03/04/2026    Therapist: J. Cyr, PTA
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        24           25           22
            Delivery                       1:1          1:1          1:1
            Perturbations on foam          ✓            ✓            ✓
            Step-over cones, head turns    —            ✓            ✓
            Impairment                     see eval     see eval     see eval
            Measures (today): Berg 45/56.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // WGHR log with ditto marks: today's row "Deficit: 〃 〃" under a Monday row that itself says "same as last week" — no deficit stated anywhere: deficit missing; tandem and foam stance at the rail; tandem seconds; "1:1"; 23 min today.
        ["v4-h121-wghr-deficit-ditto-marks"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Loyd Tharp, rm 121    PTA: L. Arreola, PTA
            Mon 3/2  97112 25 min   1:1   Tx: tandem at rail, foam stance EO/EC     Deficit: same as last week
            Wed 3/4  97112 23 min   1:1   Tx: tandem at rail, foam stance EO/EC, step-ups onto the foam   Deficit: 〃 〃
                     Tandem 12 sec; foam EC 15 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // CSPT grid "Problems: none — cleared by ortho, just finishing up" on a 97112 with ladder drills and hops and counts: no deficit stated; "1:1"; Today 20.
        ["v4-h121-cspt-problems-none-cleared"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Kaylee Dorr, 21, softball
            CODE / EX                       MON          TODAY
            97112 NMR min                   22           20
            Ladder, reactive cues           3 rounds     4 rounds
            SL hops to stick, 4 directions  2x4          3x4
            1:1 with Colby.
            Problems: none — cleared by ortho, just finishing up.
            Today: 46 of 48 hops stuck.
            """,
            ["S83.512D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // KNR flowsheet: "she can't tell where her foot is on the stair in the dark and feels for it with her toe" — somatosensory deficit as a finding; stair approach with eyes closed, foam step-ups, textured mat walking; mCTSIB; "1:1"; minutes 25 today (first column): passes.
        ["v4-h121-knr-feels-for-the-stair-with-her-toe"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet (newest first)
            Pt: Poulin, Jeannine    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           TODAY 03/04     03/02        02/27
            97112 neuro re-ed (min)        25              23           24
            Delivery                       1:1             1:1          1:1
            Step-ups onto foam, EC         2x8             2x8          2x6
            Textured-mat walking           4 lengths       3 lengths    3 lengths
            Stair approach, lights off     ✓               ✓            —
            Finding (today): she can't tell where her foot is on the stair in the dark and feels for it with her toe before she steps down.
            Measures (today): mCTSIB foam EC 13 sec (fall at 6 sec on 02/27).
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], []),

        // WGHR OT log: a retired fiddler "can't feel the buttons on his shirt or the strings" — R hand sensory deficit as a finding for 97530 dressing and fine-motor tasks; counts and times; today's 97530 22: passes.
        ["v4-h121-wghr-ot-fiddler-cant-feel-the-buttons"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Arlis Pendergrass, rm 140    OT: H. Sato, OTR/L
            Mon 3/2  97530 23 min — buttoning board.
            Wed 3/4  97530 22 min — buttoning his own shirt seated on the bed, snapping his jeans, picking up coins and pills from the tray with vision occluded then open.
                     Problem: he can't feel the buttons on his shirt or the strings of his fiddle with the R fingers since the stroke.
                     Buttoned 6 buttons in 95 sec with vision, 3 of 6 occluded; picked up 9 of 12 coins.
            """,
            ["I69.351", "R20.8"], [OT("97530", 22)], []),

        // KNR flowsheet whose "Impairment" cell today reads "no new impairments" and no deficit is written anywhere: deficit missing; PNF and perturbations named; FGA; "1:1"; minutes 24.
        ["v4-h121-knr-no-new-impairments"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Bergeron, Luc    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        03/02        03/04 TODAY
            97112 neuro re-ed (min)        23           22           24
            Delivery                       1:1          1:1          1:1
            PNF D2 flexion, standing       3x10         3x10         3x12
            Perturbations, tandem stance   ✓            ✓            ✓
            Impairment                                               no new impairments
            Measures (today): FGA 22/30.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // KNR outcome-measure table with Baseline (eval 02/09), Last (02/27) and Today columns: Berg 38 / 43 / 46, TUG 17.2 / 14.0 / 12.6 sec, FGA 12 / 16 / 19 — today's values present; weight shifts, perturbations and obstacle stepping; postural control after a stroke; "1:1"; minutes 24: passes.
        ["v5-h121-knr-outcome-table-baseline-last-today"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart outcome flowsheet
            Pt: Levasseur, Guy    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
            97112 neuro re-ed: 24 min today, 1:1
            Tx today: weight shifts onto the L with a tap at the glute med, perturbations at the trunk in stride stance, stepping over a row of shoebox obstacles.
            Impairment: L hemiparetic postural control after the R MCA stroke; loses balance to the L turning toward the fridge.
            MEASURE        Baseline (eval 02/09)    Last (02/27)    Today
            Berg /56       38                       43              46
            TUG (sec)      17.2                     14.0            12.6
            FGA /30        12                       16              19
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // WGHR log: today's row gives mCTSIB as four conditions in seconds (30 / 30 / 22 / 8) and the Monday row gives only the first two — today's numbers stand; foam stance, eyes-closed stance at the rail, head turns; bilateral somatosensory and visual dependence; "1:1"; 97112 23 today: passes.
        ["v5-h121-wghr-mctsib-four-conditions-today"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Oleta Gaskins, rm 116    PTA: L. Arreola, PTA
            Mon 3/2  97112 21 min   mCTSIB 30 / 30 / — / —
            Wed 3/4  97112 23 min   1:1 in the gym
                     Foam stance EO and EC at the rail, head turns on the foam, eyes-closed stance with a hand hovering over the rail.
                     Deficit: relies on vision for balance with the neuropathy in both feet; sways in the dark bathroom.
                     mCTSIB firm EO 30 sec, firm EC 30 sec, foam EO 22 sec, foam EC 8 sec.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // CSPT return-to-sport table: Y-balance composite % and single-leg hop LSI % in Mon and Today columns; reactive hops and landing drills; knee control after ACL reconstruction; "1:1 the whole block"; Today 22: passes.
        ["v5-h121-cspt-y-balance-and-hop-lsi-table"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Quinn Haldane, 20, LCSC baseball (catcher)
            CODE / EX                       MON          TODAY
            97112 NMR min                   25           22
            Crossover hops to stick         2x5          3x5
            Reactive lateral hops (cue)     —            3x6
            Y-balance composite R/L         86% / 95%    91% / 96%
            Single hop LSI                  82%          88%
            1:1 the whole block.
            Problem: R knee hop-landing control and quad recruitment after the R ACL recon; won't trust it coming out of the squat to throw.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22)], []),

        // WGHR 97116 log with distance and assistance in every row (Mon 150 ft min A, today 260 ft CGA with the rollator, 2 rests): today's dose is the measure; gait with cues for heel strike; shuffling gait; today 97116 21: passes.
        ["v5-h121-wghr-gait-distance-assist-each-row"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Earl Duvall, rm 103    PT: B. Kowalczyk, PT
            Mon 3/2  97116 20 min   150 ft rollator, min A
            Wed 3/4  97116 21 min   260 ft rollator, CGA, 2 standing rests
                     Gait with the rollator in the hall and into the dining room; cues for heel strike and an upright trunk; turning around the med cart.
                     Problem: short shuffling steps and forward trunk lean after the L hip fracture.
            """,
            ["S72.002D"], [PT("97116", 21)], []),

        // CSPT 97110 exercise grid with sets x reps @ load per visit (Mon / Today) for hip and core work: doses today; R hip abductor weakness with a Trendelenburg on the run; Today 97110 18: passes.
        ["v5-h121-cspt-97110-sets-reps-load-grid"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Tessa Sixkiller, 26, trail runner
            CODE / EX                       MON             TODAY
            97110 ther ex min               16              18
            Side-lying hip abd              3x12 @ 3#       3x12 @ 5#
            Banded monster walks            3x15 ft green   3x20 ft blue
            Single-leg bridge               3x10            3x12
            Copenhagen plank (short lever)  3x15 sec        3x20 sec
            Problem: R hip abductor weakness, R hip drops on the downhill stretch of the Lewiston levee trail.
            """,
            ["M62.81", "M76.31"], [PTA("97110", 18)], []),

        // KNR flowsheet with every measure cell in words ("Balance: better ↑ | ↑ | ↑", "steadier than Mon, wife agrees") and no number but the code and today's minutes: measure missing on the 97112; technique, deficit and one-on-one present.
        ["v5-h121-knr-arrows-and-words-no-numbers"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart flowsheet
            Pt: Caron, Lise    Therapist: O. Pelletier, PT
                                           Fri          Mon          TODAY
            97112 neuro re-ed (min)                                  23
            Delivery                                                 one-on-one
            Rocker board eyes closed       ✓            ✓            ✓
            Perturbations at the pelvis    ✓            ✓            ✓ harder
            Balance                        ↑            ↑            ↑ steadier than Monday, husband agrees
            Impairment (today): ankle proprioception and delayed ankle strategy after the L ankle fracture; she catches herself on the counter.
            """,
            ["S82.892D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WGHR log: "Berg — not retested, due at the progress note" and "looked steadier" on today's row, no number today or before but the code and its minutes: measure missing on the 97112; foam and tandem named; deficit; "1:1".
        ["v5-h121-wghr-berg-not-retested"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG
            Resident: Myrtle Sisco    PT: B. Kowalczyk, PT
            Wed (today)  97112 22 min   1:1 in the gym
                     Foam stance with head turns, tandem walking at the rail, reaching to the floor for the bingo cards she drops.
                     Deficit: impaired postural control, forward loss of balance reaching down.
                     Berg — not retested, due at the progress note. Looked steadier reaching down.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CSPT 97110 grid with ticks only in the Today column ("✓ ✓ ✓") and no sets, reps, load or hold anywhere: measure missing on 97110; exercises named; shoulder weakness; Today 17.
        ["v5-h121-cspt-97110-ticks-only"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Jory Amsden, pitcher
            CODE / EX                       LAST         TODAY
            97110 ther ex min                            17
            Sidelying ER                    ✓            ✓
            Prone Y-T-W                     ✓            ✓
            Serratus wall slides            ✓            ✓
            Problem: R rotator cuff and scapular weakness, arm dies by the fourth inning.
            """,
            ["M75.81"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // KNR flowsheet: 10MWT self-selected and fast speeds and the Four Square Step Test in today's column, earlier columns beside them; treadmill with speed changes and obstacle stepping; gait and balance after MS; "one-on-one"; minutes 22: passes.
        ["v5-h121-knr-gait-speeds-and-fsst-columns"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Fortin, Sylvie    DOS 03/04/2026    Therapist: J. Cyr, PTA (sup. M. Thibodeau)
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        23           25           22
            Delivery                       one-on-one   one-on-one   one-on-one
            Stepping over obstacles        ✓            ✓            ✓ two heights
            Four-square stepping drill     ✓            ✓            ✓ with a cognitive task
            10MWT self / fast (m/s)        0.88 / 1.10  0.91 / 1.14  0.97 / 1.22
            FSST (sec)                     15.8         14.2         12.9
            Impairment (today): timing and sequencing of stepping and L foot clearance with MS; she catches the L toe crossing the snowbank at the end of the driveway.
            """,
            ["R26.89", "M62.81"], [PTA("97112", 22)], []),

        // WGHR OT log 97530: toilet transfer and lower-body dressing with assist levels and a reacher, counts today; hip precautions and poor standing balance; today's 97530 23: passes.
        ["v5-h121-wghr-ot-assist-levels-today"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Dorcas Whitfield, rm 119    OT: H. Sato, OTR/L
            Mon 3/2  97530 20 min   toilet transfer mod A
            Wed 3/4  97530 23 min   toilet transfer to the raised seat min A, grab bar; lower-body dressing with the reacher and sock aid, pants over both feet min A, socks set-up only
                     Problem: poor standing balance and posterior hip precautions after the R hemiarthroplasty; can't reach her feet.
                     3 toilet transfers; stood 45 sec at the sink to pull up her pants.
            """,
            ["S72.001D", "Z96.641"], [OT("97530", 23)], []),

        // CSPT 97116 grid "Gait: better, less limp — keep going" with no distance, assist level or speed: measure missing on 97116; gait training with cues named; antalgic gait; Today 16.
        ["v5-h121-cspt-97116-better-less-limp"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Bo Caldwell, elk hunter
            CODE / EX                       LAST         TODAY
            97116 gait min                               16
            Gait on the track, no crutch    ✓            ✓ heel-toe and arm-swing cues, then the incline
            Gait: better, less limp — keep going.
            Problem: antalgic L gait with a short L stance after the L Achilles repair.
            """,
            ["S86.012D"], [PT("97116", 16)], [At(Measure, "97116")]),

        // KNR flowsheet with today's Berg written only by date ("03/04: 47") in a running "Berg by date" line beside earlier dates: today's score is there; rhythmic stabilisation, perturbations; postural control; "1:1"; minutes 25: passes.
        ["v5-h121-knr-berg-by-date-line"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Morin, Gaétan    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04
            97112 neuro re-ed (min)        22           24           25
            Delivery                       1:1          1:1          1:1
            Rhythmic stab. half-kneel      ✓            ✓            ✓
            Perturbations, stride stance   ✓            ✓            ✓ unexpected
            Berg by date: 02/09: 39 · 02/25: 42 · 02/27: 44 · 03/04: 47
            Impairment: postural control and delayed reactive stepping after the fall on the ice at the Hannaford lot.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 6: minutes in these flowsheets' forms, true mismatches, missing separate time

        // KNR two-code flowsheet, today's column last: "97112 neuro re-ed (min) 25 | 22 | 24" and "97116 gait (min) 12 | 15 | 14" — today's 24 and 14 match the lines; both codes complete: passes.
        ["v6-h121-knr-two-code-rows-today-last"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Vachon, Normand    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           22           24
            97116 gait (min)               12           15           14
            Delivery                       1:1          1:1          1:1
            NMR: perturbations in stride stance, foam tandem with head turns, step-and-stick onto the foam with the R.
            NMR impairment: R-sided postural control and late R stepping reaction after the L pontine stroke.
            NMR measure (today): Berg 44/56; 6 of 10 step-and-sticks.
            Gait: treadmill then overground with a metronome, cues for R heel strike and step length; R foot flat at initial contact and a short L step. Today 10MWT 0.74 m/s; 500 ft with the straight cane, SBA.
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 14)], []),

        // KNR flowsheet with today's column first ("TODAY 03/04 | 03/02 | 02/27") and the minutes rows "97112 22 | 25 | 23" and "97530 12 | 10 | —": today's 22 and 12 match; both codes complete: passes.
        ["v6-h121-knr-two-code-rows-today-first"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet (newest first)
            Pt: Gosselin, Hervé    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           TODAY 03/04     03/02        02/27
            97112 neuro re-ed (min)        22              25           23
            97530 ther activities (min)    12              10           —
            Delivery                       1:1             1:1          1:1
            97112: PNF D1 and D2 patterns in standing with resistance at the pelvis, rhythmic stabilization in tall kneel; trunk and hip motor recruitment after the R MCA stroke, trunk collapses L reaching; tall-kneel hold 30 sec, 8 of 10 reaches without loss of balance.
            97530: floor transfer through half-kneel to the chair and carrying a laundry basket down the hall; L leg weakness and poor sequencing getting up off the floor; floor transfer 3x with min A, basket carried 60 ft.
            """,
            ["I69.354"], [PT("97112", 22), PT("97530", 12)], []),

        // KNR flowsheet whose today's column is marked only by its date (03/04, the date of service) with 97112 23 and 97110 11 beside 02/25's and 02/27's minutes: today's match; complete: passes.
        ["v6-h121-knr-today-only-by-date"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Pelletier, Rose    DOS 03/04/2026    Therapist: J. Cyr, PTA
                                           02/25        02/27        03/04
            97112 neuro re-ed (min)        24           25           23
            97110 ther ex (min)            10           8            11
            Delivery                       1:1          1:1          1:1
            97112: foam stance with head turns, lateral perturbations at the shoulders, stepping to the clock face; somatosensory loss both feet and a late ankle strategy; mCTSIB foam EC 12 sec, 7 of 10 pushes without a step.
            97110: sit-to-stand from the 18 in chair 3x10, heel raises 3x15, standing hip abduction with 2 lb 3x12; bilateral hip and calf weakness, she can't rise from the church pew without her hands.
            """,
            ["E11.42", "M62.81"], [PTA("97112", 23), PTA("97110", 11)], []),

        // CSPT whiteboard with three codes, each with a minute row (Mon | Today): 97112 20 | 23, 97110 15 | 13, 97140 8 | 9 — today's match; complete: passes.
        ["v6-h121-cspt-three-code-minute-rows"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Shay Kimbrough, 22, rodeo bronc rider
            CODE                          MON          TODAY
            97112 NMR min                 20           23
            97110 ther ex min             15           13
            97140 manual min              8            9
            NMR: 1:1 — seated perturbations on the physioball, half-kneel chops with perturbation, SL stance on the rocker with head turns. Trunk and R hip motor control after the lumbar strain; he can't hold his seat centred. Today: rocker SL R 21 sec; 9 of 10 perturbations held.
            Ther ex: dead bugs 3x10, Pallof press 3x12 @ 15#, bird dog rows 3x10 @ 20#. Core and hip extensor weakness.
            Manual: grade III PA glides T12-L2 and STM to the R QL; thoracolumbar stiffness. Lumbar flexion 48° to 58° after.
            """,
            ["S39.012D", "M62.81"], [PT("97112", 23), PT("97110", 13), PT("97140", 9)], []),

        // WGHR log with clock ranges on each code's own line for today (97112 0905–0928, 97116 0928–0941) under Monday's row with its own ranges: today's 23 and 13 match; complete: passes.
        ["v6-h121-wghr-clock-ranges-on-each-code-line"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Alvie Stroud, rm 108    PT: B. Kowalczyk, PT
            Mon 3/2  97112 1015–1040 · 97116 1040–1050
            Wed 3/4  97112 0905–0928   1:1 in the gym — stepping strategy to nudges at the pelvis, foam stance with head turns; delayed stepping reaction and backward loss of balance; Berg 41/56.
                     97116 0928–0941   gait with the rollator to the dining room and back, cues for heel strike; short shuffling steps after the fall; 300 ft CGA.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97116", 13)], []),

        // WGHR visit with a PT's 97112 row and an OT's 97530 row on today's log, each with its minutes (22 and 24), other days beside them: both match; complete: passes.
        ["v6-h121-wghr-pt-and-ot-rows-same-day"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6), PT and OT
            Resident: Zelda Haney, rm 130
            Mon 3/2  PT 97112 20 min · OT 97530 25 min
            Wed 3/4  PT 97112 22 min (B. Kowalczyk, PT) — 1:1 in her room. Reaching outside her base of support from standing, stepping strategy with nudges, marching at the rail with eyes closed. Deficit: postural control and late stepping after the fall. Berg 38/56.
                     OT 97530 24 min (H. Sato, OTR/L) — standing at the sink for grooming and reaching for her clothes in the wardrobe. Deficit: poor standing tolerance and balance reaching. Stood through brushing her teeth and hair without sitting; 4 of 5 reaches with SBA.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), OT("97530", 24)], []),

        // CSPT copied-forward grid ("copied from Mon — TODAY column updated") with 97112 and 97110 minutes updated today (21, 10) beside Mon's (24, 15): match; complete: passes.
        ["v6-h121-cspt-copied-forward-today-updated"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC; copied from Mon — TODAY column updated)
            Athlete: Wren Ashby, 16, cross-country skier
            CODE / EX                       MON          TODAY
            97112 NMR min                   24           21
            97110 ther ex min               15           10
            Slideboard w/ perturbations     3x30 sec     3x45 sec
            SL squat on the Airex           3x8          3x10
            Lateral step-downs 8"           3x10         3x12 @ 10#
            1:1 with Priya for the NMR.
            Problem: L knee valgus and hip drop on single-leg stance after the L patellar dislocation; L quad weakness.
            Today: SL squat 8 of 10 reps without valgus; slideboard 45 sec without losing the line.
            """,
            ["S83.005D"], [PT("97112", 21), PT("97110", 10)], []),

        // KNR flowsheet whose today's 97112 cell reads 34 against a 22-minute line (the earlier columns 24 and 23): true mismatch; otherwise complete.
        ["v6-h121-knr-today-cell-34-on-22"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Paradis, Ernest    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        24           23           34
            Delivery                       1:1          1:1          1:1
            Rocker board M/L eyes closed   x5           x8           x10
            Perturbations on foam          ✓            ✓            ✓
            Impairment (today): ankle and hip strategy delayed with proprioceptive loss after the L TKA; buckles turning in the shed.
            Measures (today): rocker board M/L 18 sec; Berg 47/56.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // KNR two-code flowsheet billed with the 02/27 column's 97110 minutes (25) while today's column reads 12: the 97110 line differs from today's note — mismatch on 97110; the 97112 23 matches; complete.
        ["v6-h121-knr-97110-billed-from-last-column"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Labrie, Josée    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        22           15           23
            97110 ther ex (min)            15           25           12
            Delivery                       1:1          1:1          1:1
            97112: tandem walking with head turns, perturbations in tandem stance, foam stance with eyes closed; vestibular and somatosensory loss after chemo; FGA 18/30.
            97110: leg press 60 lb 3x12, step-ups onto the 6 in step 3x10, heel raises 3x15; bilateral quad and calf weakness.
            """,
            ["G62.0", "R26.81"], [PT("97112", 23), PT("97110", 25)], [At(Mismatch, "97110")]),

        // CSPT grid copied forward from Mon whose TODAY column's minute cell was not updated (30, same as Mon) while the 97110 line is 18: today's stated minutes differ by twelve — mismatch; otherwise complete.
        ["v6-h121-cspt-copied-forward-minutes-not-updated"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA; copied from Mon)
            Athlete: Reese Tolliver, 29, lineman (Avista)
            CODE / EX                       MON             TODAY
            97110 ther ex min               30              30
            Farmer carry                    4x40 ft @ 40#   4x40 ft @ 50#
            Half-kneel cable press          3x10 @ 20#      3x10 @ 25#
            Step-ups 16" box                3x8             3x10 @ 20# vest
            Problem: L shoulder and core weakness after the L shoulder labral repair; he can't climb the pole in his gaffs with a full belt.
            """,
            ["S43.432D", "Z98.890"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // WGHR PTA log: today's row "97116 35 min" against a 22-minute line: mismatch; gait with distance and assist; deficit.
        ["v6-h121-wghr-pta-97116-35-against-22"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Buford Kimes, rm 102    PTA: L. Arreola, PTA
            Mon 3/2  97116 20 min   200 ft, walker, CGA
            Wed 3/4  97116 35 min   gait with the front-wheeled walker down the long hall and back, cues for step-through and an upright trunk; R knee buckling in stance after the R TKA; 320 ft FWW CGA, 1 standing rest
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22)], [At(Mismatch, "97116")]),

        // KNR two-code flowsheet whose earlier columns have a minute row per code but today's column has only "Total timed: 38" (the per-code cells empty): no minutes for each code today — separate time missing; both codes otherwise complete.
        ["v6-h121-knr-today-total-only-earlier-by-code"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Drouin, Armande    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        23           22
            97116 gait (min)               15           16
            Total timed (min)              38           38           38
            Delivery                       1:1          1:1          1:1
            97112: step-and-stick onto foam, perturbations during weight shifts, gaze-fixed head turns in tandem; postural control and vestibular loss after the concussion; DGI 19/24.
            97116: overground gait with dual task (naming grocery items) and turns on cue; slows and veers with head turns; 10MWT dual-task 0.92 m/s, 600 ft independent.
            """,
            ["S06.0X0D", "H81.23"], [PT("97112", 24), PT("97116", 14)], [SepTime]),

        // WGHR log row "Wed 3/4 NMR + gait, 40 min" with two codes billed (25 and 15) and no minutes for each: separate time missing; both elements complete.
        ["v6-h121-wghr-log-nmr-and-gait-forty-together"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Gladys Overby, rm 111    PT: B. Kowalczyk, PT
            Wed 3/4  NMR + gait, 40 min. 1:1 in the gym.
                     NMR: foam stance, reaching outside the base of support, reactive stepping to nudges; backward loss of balance and a late stepping reaction; Berg 40/56.
                     Gait: rollator in the hall with turns around the med cart, cues for step length; short steps and a forward lean after the spinal stenosis surgery; 250 ft SBA.
            """,
            ["R26.81", "M48.062"], [PT("97112", 25), PT("97116", 15)], [SepTime]),

        // CSPT whiteboard "Time: 45" at the bottom of Today's column with three codes billed (15 each) and no code minute rows: separate time missing; each code's content complete.
        ["v6-h121-cspt-time-45-three-codes"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Dacey Marchbanks, 35, pickleball
            EX                              MON             TODAY
            SL stance on Airex w/ catches   3x20 sec        3x30 sec
            Lateral shuffle to reactive cue 3x6             4x6
            Calf raises SL                  3x10            3x15 @ 10#
            Step-ups 8"                     3x10            3x12
            Talocrural A-P glides gr III    ✓               ✓
            Time:                           38              45
            NMR 1:1 with Priya. Problem: L ankle proprioception and calf weakness after the L Achilles tendinopathy flare; talocrural stiffness. Today: Airex SL eyes closed 13 sec L; DF 8° to 13° after the glides.
            """,
            ["M76.62"], [PT("97112", 15), PT("97110", 15), PT("97140", 15)], [SepTime]),

        // WGHR PTA log with a single 97112 whose today's row says "97112 — min: ___" but a clock range "1330–1353" on the same code line: the range gives 23 minutes on the code's own line; complete: passes.
        ["v6-h121-wghr-minute-blank-clock-range-on-line"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Thelma Rudd, rm 135    PTA: L. Arreola, PTA
            Wed 3/4  97112 — min: ___ — 1330–1353
                     1:1 in the gym. Tandem walking at the rail with head turns, foam stance eyes closed, stepping over the reacher laid on the floor.
                     Deficit: somatosensory loss in both feet, sways with eyes closed.
                     Tandem 7 sec; foam EC 10 sec.
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a KNR two-code visit with a diagnosis (the flowsheet failed to print into the note): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h121-empty-note-two-codes"] = new(
            "",
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of line breaks and tabs only on a WGHR PTA 97112 with a diagnosis (cells are trimmed): note missing only.
        ["v7-h121-line-breaks-and-tabs-97112"] = new(
            "\n\t\n  \t \n",
            ["R26.81"], [PTA("97112", 22)], [At(NoteMissing, "97112")]),

        // An empty note on a CSPT 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h121-empty-note-97110-no-dx"] = new(
            "",
            [], [PT("97110", 19)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning on a CSPT exercise grid: rear-foot-elevated split squats, trap-bar deadlifts and Copenhagen planks with sets, reps and loads (technique and measure), L hip adductor and quad weakness (deficit); Today 97110 21: passes.
        ["v7-h121-cspt-97110-split-squats-trap-bar"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Colt Wilder, 19, LCSC hockey club
            CODE / EX                       MON              TODAY
            97110 ther ex min               18               21
            RFE split squat                 3x8 @ 20# DBs    3x8 @ 25# DBs
            Trap-bar deadlift               3x6 @ 135#       3x6 @ 155#
            Copenhagen plank, long lever    3x15 sec         3x20 sec
            Problem: L adductor and quad weakness after the L adductor longus strain; can't push off into his stride on the ice.
            """,
            ["S76.212D"], [PT("97110", 21)], []),

        // 97530's meaning on a WGHR OT log: making her bed standing, carrying her laundry bag to the cart and a car-transfer simulation with assist and counts (activities and measure), L hemiparesis with poor standing balance (deficit); today's 97530 23: passes.
        ["v7-h121-wghr-ot-97530-bed-laundry-car-transfer"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Inez Rainwater, rm 128    OT: H. Sato, OTR/L
            Mon 3/2  97530 22 min — bed making, seated.
            Wed 3/4  97530 23 min — making her bed standing, pulling up the spread around both sides; carrying the laundry bag to the cart at the end of the hall; car-transfer simulation in the therapy car for her daughter's visit on Sunday.
                     Problem: L hemiparesis and poor standing balance reaching across the bed after the R CVA.
                     Bed made with SBA, 2 standing rests; laundry bag 40 ft with the walker basket; car transfer 2x min A.
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // 97140's meaning on a KNR flowsheet: joint mobilisation to the L ankle (talocrural posterior glides grade III) and soft-tissue mobilisation to the gastroc-soleus (technique), a stiff ankle after a fracture limiting heel-off (deficit), dorsiflexion degrees (measure); today's 97140 10: passes.
        ["v7-h121-knr-97140-talocrural-glides"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Sirois, Gilbert    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97140 manual (min)             9            10           10
            Talocrural post. glides        gr II        gr III       gr III, 4 bouts of 30 sec
            STM gastroc-soleus L           ✓            ✓            ✓
            Impairment (today): L ankle stiffness after the L bimalleolar ORIF; no heel-off on the L on the stairs.
            Measures (today): L DF 4° before, 9° after (knee extended).
            """,
            ["S82.842D"], [PT("97140", 10)], []),

        // 97116's meaning on a CSPT grid: gait training on the track and the stadium steps with a walking boot, cues for heel strike and step length (technique), a shortened R stance after an ankle fracture (deficit), distance and assist (measure); Today 97116 17: passes.
        ["v7-h121-cspt-97116-stadium-steps-boot"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Lane Hutsell, 44, wheat farmer
            CODE / EX                       MON              TODAY
            97116 gait min                  15               17
            Track, walking boot             400 ft, 1 crutch     800 ft, no crutch, SBA
            Stadium steps, reciprocal       6 steps w/ rail  12 steps w/ rail, mod I
            Cues: heel strike on the R, equal step length, arm swing.
            Problem: short R stance and step-to pattern on stairs after the R ankle fracture; he can't climb up into the combine cab yet.
            """,
            ["S82.891D"], [PTA("97116", 17)], []),

        // A wholly generic KNR flowsheet on a 97112: "Balance training ✓ ✓ ✓ / Tolerated well / Continue POC" — no technique, deficit, number but the code and its minutes, or one-on-one statement.
        ["v7-h121-knr-generic-ticks-97112"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart flowsheet
            Pt: Giguère, Paul    Therapist: O. Pelletier, PT
                                           Mon          Fri          TODAY
            97112 neuro re-ed (min)                                  22
            Balance training               ✓            ✓            ✓
            Coordination exercises         ✓            ✓            ✓
            Comments                       tol well     tol well     tolerated well, continue POC
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // A generic WGHR two-code log row with minutes for each ("Ther ex 15 min — tolerated well. Gait 12 min — continue plan."): nothing named for either code; the minutes are each code's, so no separate-time finding.
        ["v7-h121-wghr-generic-two-codes-minutes-each"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG
            Resident: Roscoe Tidwell    PTA: L. Arreola, PTA
            Wed (today)  97110 ther ex 15 min — tolerated well.
                     97116 gait 12 min — continue plan of care.
            """,
            ["M62.81"], [PTA("97110", 15), PTA("97116", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // A generic CSPT 97112 "1:1 — balance work as usual, tolerated well, progressing" with one-on-one stated but no technique, deficit or number but the code and its minutes.
        ["v7-h121-cspt-generic-97112-one-on-one-stated"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            CODE                          LAST         TODAY
            97112 NMR min                              20
            1:1 — balance work as usual, tolerated well, progressing. Continue plan.
            """,
            ["S93.401D"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // A generic WGHR OT log row on a 97530 "functional activities per plan, pt participated, will continue": nothing named; minutes match.
        ["v7-h121-wghr-ot-generic-97530"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Hazel Purdy    OT: H. Sato, OTR/L
            Wed (today)  97530 22 min — functional activities per plan; pt participated; will continue.
            """,
            ["M62.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // KNR complete 97112, today's column last: habituation to the MSQ positions, X2 viewing and walking with head pitches; motion sensitivity after a concussion; MSQ and DGI today; "1:1"; 23 beside 25 and 22: passes.
        ["vord-h121-knr-habituation-msq"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Cyr, Noémie    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           22           23
            Delivery                       1:1          1:1          1:1
            Habituation, MSQ positions     4            5            5 (added rolling R)
            X2 viewing, standing           —            ✓            ✓ on foam
            Walking w/ head pitches        ✓            ✓            ✓ hallway and stairs
            Impairment (today): motion sensitivity and visual-vestibular mismatch after the concussion at the hockey rink; nauseated scanning the supermarket shelves.
            Measures (today): MSQ 18 (31 at eval); DGI 20/24.
            """,
            ["S06.0X0D", "H81.393"], [PT("97112", 23)], []),

        // KNR PTA 97112 + 97110, today's column first: step training to targets and perturbations; sit-to-stands and heel raises with doses; minutes 24 and 9 first in their rows: passes.
        ["vord-h121-knr-pta-nmr-and-ther-ex-today-first"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet (newest first)
            Pt: Ferland, Odile    DOS 03/04/2026    Therapist: J. Cyr, PTA (sup. M. Thibodeau)
                                           TODAY 03/04     03/02        02/27
            97112 neuro re-ed (min)        24              22           25
            97110 ther ex (min)            9               12           10
            Delivery                       1:1             1:1          1:1
            97112: stepping to numbered targets on cue, lateral perturbations at the pelvis, tandem stance on foam; late protective stepping and proprioceptive loss in both feet; 8 of 10 targets hit, tandem on foam 9 sec.
            97110: sit-to-stand 3x10 from the 17 in chair, heel raises 3x15, seated marching with 2 lb 3x15; hip extensor and calf weakness.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 9)], []),

        // KNR 97116 flowsheet: gait with the AFO on the hallway and the ramp, cues for L hip flexion; L foot drop after a stroke; 10MWT and distance today; 17 beside 15 and 16: passes.
        ["vord-h121-knr-97116-afo-ramp"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Bouchard, Rémi    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97116 gait (min)               15           16           17
            Hallway w/ AFO + cane          300 ft       400 ft       600 ft, SBA
            Ramp up/down                   —            CGA          SBA
            Cues: L hip flexion in swing, heel first on the L, even step length.
            Impairment (today): L foot drop and hip hiking after the R MCA stroke; catches the L toe on the threshold.
            Measures (today): 10MWT 0.68 m/s.
            """,
            ["I69.354"], [PT("97116", 17)], []),

        // KNR 97112 with a goal table whose status column reads "progressing" / "met": gaze stabilisation and perturbations; vestibular loss; current values today; "1:1"; 22: passes.
        ["vord-h121-knr-goal-table-progressing-met"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Ménard, Aurèle    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        24           25           22
            Delivery                       1:1          1:1          1:1
            Gaze stab. w/ walking          ✓            ✓            ✓ outdoors on the lot
            Perturbations in tandem        ✓            ✓            ✓
            Impairment (today): bilateral vestibular loss after gentamicin; unsteady in the dark and on the uneven dooryard.
            GOAL TABLE          Baseline     Current (today)    Target     Status
            FGA                 11/30        20/30              22/30      progressing
            Tandem EC           0 sec        12 sec             10 sec     met
            """,
            ["H81.8X3", "R26.81"], [PT("97112", 22)], []),

        // KNR OT 97530 with today's column marked only by date: kitchen tasks with the L hand, counts and grip; L hand weakness; 24: passes.
        ["vord-h121-knr-ot-97530-kitchen-by-date"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet (OT)
            Pt: Lavoie, Bernadette    DOS 03/04/2026    Therapist: T. Levesque, OTR/L
                                           02/25        02/27        03/04
            97530 ther activities (min)    22           25           24
            Pouring from a pitcher, L hand —            5 pours      8 pours, no spill
            Opening jars                   ✓            ✓            4 of 5 jars
            Unloading the dishwasher       ✓ seated     ✓ standing   ✓ standing, 20 items
            Problem: L hand weakness and poor grasp-release after the R MCA stroke; she drops plates putting them away.
            Grip L 21 lb (R 55).
            """,
            ["I69.344"], [OT("97530", 24)], []),

        // KNR 97112 copied forward ("carried forward from 03/02, today's column updated"): reactive stepping and dual-task walking; Parkinson's; Mini-BESTest and pull test; "1:1"; 25 beside 23 and 24: passes.
        ["vord-h121-knr-carried-forward-today-updated"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            (carried forward from 03/02 — today's column updated)
            Pt: Turcotte, Alcide    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/27        03/02        03/04 TODAY
            97112 neuro re-ed (min)        23           24           25
            Delivery                       1:1          1:1          1:1, wife in the chair by the window
            Reactive stepping, all dirs    ✓            ✓            ✓ with larger pushes
            Dual-task walking (counting)   —            ✓            ✓ with turns
            Impairment (today): reactive stepping and dual-task gait with Parkinson's disease; freezes when his grandson talks to him mid-stride.
            Measures (today): Mini-BESTest 20/28; pull test 2 steps.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // KNR 97112 + 97140: perturbations and foam work; manual to the thoracic spine; minutes 22 and 10 today with earlier columns beside: passes.
        ["vord-h121-knr-nmr-and-manual"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Beaulieu, Gérard    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           23           22
            97140 manual (min)             8            10           10
            Delivery                       1:1          1:1          1:1
            97112: perturbations in stride stance, foam stance with trunk rotation, step-and-reach to the shelf; thoracic-dependent postural control and delayed hip strategy; Berg 46/56, reach 9 in.
            97140: thoracic PA glides T4-T8 grade III and rib mobilisation; thoracic extension stiffness, he can't stand tall at the bench; thoracic extension 12° to 18°.
            """,
            ["M40.204", "R26.81"], [PT("97112", 22), PT("97140", 10)], []),

        // KNR 97112 whose daughter practised guarding with Maren: "1:1 — daughter Claudette practised guarding" (family does not undo it); PNF and stepping; ataxia; SARA and tandem; 24: passes.
        ["vord-h121-knr-daughter-practised-guarding"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Dionne, Hector    DOS 03/04/2026    Therapist: M. Thibodeau, PT, DPT, NCS
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        23           25           24
            Delivery                       1:1          1:1          1:1 — daughter Claudette practised guarding
            PNF rhythmic stab. standing    ✓            ✓            ✓
            Stepping over hurdles          3 heights    3 heights    4 heights
            Impairment (today): truncal and gait ataxia after the cerebellar stroke; he weaves crossing the church parking lot.
            Measures (today): SARA 12 (15 at eval); tandem 6 steps.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // KNR complete 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h121-knr-complete-no-dx"] = new(
            """
            KENNEBEC NEURO REHABILITATION — WATERVILLE        NeuroChart 3-visit flowsheet
            Pt: Lemieux, Florian    DOS 03/04/2026    Therapist: O. Pelletier, PT
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        25           24           23
            Delivery                       1:1          1:1          1:1
            Rocker board eyes closed       ✓            ✓            ✓
            Perturbations on foam          ✓            ✓            ✓
            Impairment (today): ankle proprioception after the L ankle sprain on the icy steps.
            Measures (today): rocker board 20 sec; 8 of 10 perturbations without a step.
            """,
            [], [PT("97112", 23)], [Dx]),

        // KNR PTA 97112: foot placement drills and weight-bearing on the affected leg; sensory ataxia; counts; "1:1"; 21: passes.
        ["vord-h121-knr-pta-sensory-ataxia"] = new(
            """
            KENNEBEC NEURO REHABILITATION — AUGUSTA        NeuroChart 3-visit flowsheet
            Pt: Rioux, Germaine    DOS 03/04/2026    Therapist: J. Cyr, PTA (sup. M. Thibodeau)
                                           02/25        02/27        03/04 TODAY
            97112 neuro re-ed (min)        22           23           21
            Delivery                       1:1          1:1          1:1
            Foot placement to floor tape   ✓            ✓            ✓ eyes open then closed
            Weight shifts w/ visual fdbk   ✓            ✓            ✓ on the scale
            Impairment (today): sensory ataxia with B12 deficiency; can't place her feet without looking down.
            Measures (today): 14 of 20 placements on the tape with eyes closed; 55% weight on the L on cue.
            """,
            ["E53.8", "R27.8"], [PTA("97112", 21)], []),

        // CSPT 97112 + 97110, Fri | Mon | Today columns: reactive agility and landing; hip and knee strength with doses; today's 23 and 12: passes.
        ["vord-h121-cspt-nmr-and-ther-ex-three-columns"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Ivy Strand, 17, basketball
            CODE / EX                       FRI          MON          TODAY
            97112 NMR min                   25           22           23
            97110 ther ex min               10           14           12
            Reactive drop jumps to cue      3x6          3x6          4x6
            SL landing w/ perturbation      —            3x5          3x8
            Bulgarian split squat           3x8 @ 15#    3x8 @ 20#    3x8 @ 25#
            Nordic lowers                   2x4          2x5          3x5
            1:1 w/ Colby for the NMR.
            Problem: L knee valgus on landing and L quad and hamstring weakness after the L ACL recon.
            Today: 15 of 18 landings clean; SL hop L 112 cm (R 131).
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 23), PT("97110", 12)], []),

        // CSPT 97140 alone: cervical and thoracic mobilisation with a rower's rib; stiffness; degrees; "97140 — 11" today beside Mon's 9: passes.
        ["vord-h121-cspt-97140-rib-and-thoracic"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Nell Ruddick, 23, collegiate rower
            CODE                            MON          TODAY
            97140 manual min                9            11
            Rib mobilisation R 6th, gr III  ✓            ✓
            Thoracic PA glides T5-T8        ✓            ✓ gr IV
            STM R rhomboid / serratus       ✓            ✓
            Problem: R 6th rib and mid-thoracic hypomobility with pain at the catch; can't take a full breath at the finish.
            Today: thoracic rotation R 38° to 47° after.
            """,
            ["M99.08", "M54.6"], [PT("97140", 11)], []),

        // CSPT 97110 alone for a pitcher's shoulder with sets, reps, loads: passes.
        ["vord-h121-cspt-97110-pitcher-shoulder"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Ramon Aguirre, 19, pitcher
            CODE / EX                       MON             TODAY
            97110 ther ex min               20              22
            Sidelying ER                    3x15 @ 3#       3x15 @ 4#
            Prone Y-T                       3x10            3x12 @ 1#
            Cable row, half-kneel           3x12 @ 25#      3x12 @ 30#
            Serratus punch                  3x15            3x15 @ 5#
            Problem: R rotator cuff and lower trap weakness with posterior shoulder fatigue by the third inning.
            """,
            ["M75.81", "M62.81"], [PTA("97110", 22)], []),

        // CSPT 97112 reactive agility for a ski patroller's knee: light-cue cutting and perturbations; "1:1"; Today 24: passes.
        ["vord-h121-cspt-reactive-agility-ski-patrol"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Hank Oyler, 38, ski patrol
            CODE / EX                       MON          TODAY
            97112 NMR min                   22           24
            Light-cue cutting, 4 cones      3x6          4x6
            Lateral hop w/ perturbation     3x5          3x8
            SL balance on BOSU, EC          3x15 sec     3x25 sec
            1:1 — just Hank and me.
            Problem: R knee proprioception and delayed hamstring recruitment after the MCL sprain; he can't trust it on a traverse.
            Today: BOSU EC 25 sec R; 22 of 24 cuts without valgus.
            """,
            ["S83.411D"], [PT("97112", 24)], []),

        // CSPT 97530 for a rodeo hand: lifting and carrying hay bales, pitchfork and tossing a rope from the saddle horse, with loads and counts; trunk and hip weakness; Today 20: passes.
        ["vord-h121-cspt-97530-hay-bales"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Dusty Pruett, 27, team roper
            CODE / EX                       MON              TODAY
            97530 ther act min              18               20
            Hay bale lift floor-to-chest    4x @ 50#         6x @ 60#
            Bale carry                      3x40 ft          4x60 ft
            Swinging the rope off the saddle horse  2x10     3x10
            Problem: L trunk rotation weakness and poor hip hinge after the lumbar strain; he can't load the truck without his back catching.
            """,
            ["S39.012D"], [PT("97530", 20)], []),

        // CSPT 97116 after an Achilles repair: gait on the track and incline with cues; distance; Today 19: passes.
        ["vord-h121-cspt-97116-achilles-incline"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Curt Mattingly, 41, softball
            CODE / EX                       MON              TODAY
            97116 gait min                  16               19
            Track, heel wedge out           600 ft           1000 ft, mod I
            Treadmill 5% incline            —                0.5 mi at 2.8 mph
            Cues: push off through the L great toe, equal stance time.
            Problem: L Achilles repair, short L stance and no push-off.
            """,
            ["S86.012D"], [PTA("97116", 19)], []),

        // CSPT 97110 + 97140 for a knee: doses and patellar glides; today's 14 and 9 beside Mon's: passes.
        ["vord-h121-cspt-ther-ex-and-manual-knee"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Jolie Fairbanks, 30, climber
            CODE / EX                       MON              TODAY
            97110 ther ex min               16               14
            97140 manual min                10               9
            Step-downs 6"                   3x10             3x12
            Wall sit                        3x30 sec         3x45 sec
            Patellar glides sup/med gr III  ✓                ✓
            Tib-fem A-P glides              —                ✓ gr III
            Problem: R quad weakness and knee flexion stiffness after the R arthroscopy; can't high-step onto a hold.
            Today: knee flexion 112° to 120° after the glides.
            """,
            ["Z98.890", "M25.661"], [PT("97110", 14), PT("97140", 9)], []),

        // CSPT generic two-code whiteboard ("Ther ex and manual per plan, tol well") with only "Time: 32" today: nothing named for either code and no minutes for each.
        ["vord-h121-cspt-generic-two-codes-total-only"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Ther ex and manual per plan, tol well. Continue.
            Time:   TODAY 32
            """,
            ["M54.50"], [PT("97110", 20), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // CSPT 97112 pickleball ankle: star-excursion reaches and perturbations on the rocker; "1:1"; Today 22: passes.
        ["vord-h121-cspt-pickleball-star-excursion"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by C. Vance, PT, DPT, SCS)
            Athlete: Marla Quist, 62, pickleball
            CODE / EX                       MON          TODAY
            97112 NMR min                   20           22
            Star-excursion reaches          2 rounds     3 rounds
            Rocker board w/ perturbations   3x20 sec     3x30 sec
            1:1 with Colby; her husband waited in the lobby.
            Problem: R ankle proprioception after the inversion sprain at the kitchen line; she rolls it lunging for a dink.
            Today: SEBT anterior R 58 cm (L 66); 8 of 10 perturbations held.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // CSPT 97112 + 97530: reactive balance; sport-specific carry and lunge tasks; today's 22 and 13: passes.
        ["vord-h121-cspt-nmr-and-ther-act"] = new(
            """
            Clearwater Sports PT — Clarkston    (whiteboard grid transcribed by P. Raman, PT, ATC)
            Athlete: Sage Whitten, 24, wildland firefighter
            CODE / EX                       MON          TODAY
            97112 NMR min                   24           22
            97530 ther act min              10           13
            SL stance on foam w/ head turns 3x20 sec     3x30 sec
            Perturbations w/ 30# pack       3x8          3x10
            Hose drag + uphill lunge walk   2x50 ft      3x50 ft @ 45# pack
            1:1 for the NMR.
            Problem: L ankle proprioception after the sprain on the fire line, and L hip weakness carrying the pack uphill.
            Today: foam SLS head turns L 30 sec x3 without a touch-down; 10 of 10 perturbations held.
            """,
            ["S93.402D", "M62.81"], [PT("97112", 22), PT("97530", 13)], []),

        // CSPT 97110 knee after a TKA: doses; Today 23: passes.
        ["vord-h121-cspt-97110-tka"] = new(
            """
            Clearwater Sports PT — Lewiston    (whiteboard grid transcribed by D. Moreno, PTA)
            Athlete: Orville Bybee, 67, golfer
            CODE / EX                       MON             TODAY
            97110 ther ex min               20              23
            Recumbent bike                  ✓               ✓ level 4
            Leg press                       3x12 @ 70#      3x12 @ 80#
            Forward step-ups 6"             3x10            3x12
            TKE, blue band                  3x15            3x20
            Problem: L quad weakness and a stiff-knee swing after the L TKA; can't walk the back nine.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 23)], []),

        // WGHR 97112 log, Mon and today's rows: weight shifts and stepping strategy; postural control; Berg; "1:1 in the gym"; today 24: passes.
        ["vord-h121-wghr-nmr-log-mon-and-wed"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Audie Tuttle, rm 115    PT: B. Kowalczyk, PT
            Mon 3/2  97112 22 min — stepping strategy, foam.
            Wed 3/4  97112 24 min — 1:1 in the gym. Stepping strategy to forward and backward nudges, foam stance with head turns, stepping over the cane.
                     Deficit: backward loss of balance and a late stepping reaction; fell backward at the ice-cream social.
                     Berg 42/56; 4 of 5 backward nudges recovered with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // WGHR PTA 97116 log: rollator gait with distance and assist; short steps; today 20: passes.
        ["vord-h121-wghr-pta-gait-to-the-chapel"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Mavis Lollar, rm 139    PTA: L. Arreola, PTA
            Mon 3/2  97116 18 min — hall, rollator.
            Wed 3/4  97116 20 min — rollator gait from her room to the chapel and back, cues for step length and to stay inside the frame; turns at the nurses' station.
                     Problem: short shuffling steps and a forward lean with Parkinsonism.
                     360 ft rollator SBA, 1 standing rest.
            """,
            ["G21.4", "R26.89"], [PTA("97116", 20)], []),

        // WGHR 97110 log: seated and standing strengthening with doses; hip and knee weakness; today 16: passes.
        ["vord-h121-wghr-ther-ex-doses"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Otis Crabtree, rm 105    PTA: L. Arreola, PTA
            Mon 3/2  97110 15 min — LAQ, marching.
            Wed 3/4  97110 16 min — sit-to-stand from the wheelchair 3x8, LAQ with 3 lb 3x12, standing hip abduction at the rail 3x10, heel raises 3x12.
                     Problem: bilateral quad and hip abductor weakness; can't stand from the dining chair without pushing on the table.
            """,
            ["M62.81", "R26.89"], [PTA("97110", 16)], []),

        // WGHR OT 97530 log: toileting and clothing management with assist levels; today 22: passes.
        ["vord-h121-wghr-ot-toileting"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — OT PART B WEEK LOG
            Resident: Verna Stidham, rm 123    OT: H. Sato, OTR/L
            Mon 3/2  97530 20 min — toileting, mod A.
            Wed 3/4  97530 22 min — toilet transfer with the grab bar, clothing management standing, hand washing at the sink standing.
                     Problem: poor standing balance and L hip weakness after the L hip fracture; she can't let go of the bar to pull up her pants.
                     Toilet transfer min A x2; clothing up and down with CGA; stood at the sink for the whole hand wash.
            """,
            ["S72.002D"], [OT("97530", 22)], []),

        // WGHR PT 97112 + 97110 log: NMR and ther ex with minutes each today (21 and 10) beside Monday's: passes.
        ["vord-h121-wghr-nmr-and-ther-ex"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Floyd Gentry, rm 117    PT: B. Kowalczyk, PT
            Mon 3/2  97112 23 min · 97110 12 min
            Wed 3/4  97112 21 min — 1:1 in the gym. Reactive stepping to nudges, tandem at the rail, reaching to the floor from standing. Deficit: postural control and late stepping after the fall in the shower. Berg 44/56.
                     97110 10 min — bridges 3x10, standing hip extension at the rail 3x10, heel raises 3x15. Hip extensor and calf weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 21), PT("97110", 10)], []),

        // WGHR 97112 with the resident's daughter visiting: "1:1 — daughter sat in on the session from the wheelchair in the doorway" (family, not a patient); obstacle course; FGA; today 23: passes.
        ["vord-h121-wghr-daughter-sat-in"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Pearlie Sadler, rm 126    PT: B. Kowalczyk, PT
            Wed 3/4  97112 23 min — 1:1; her daughter sat in from the doorway. Obstacle course in the gym (stepping over the cane, around the cones, onto and off the foam), head turns while walking to read the name plates.
                     Deficit: impaired dynamic balance with head turns after the vestibular neuritis.
                     FGA 17/30; 3 of 4 obstacles cleared without a touch.
            """,
            ["H81.23", "R26.81"], [PT("97112", 23)], []),

        // WGHR PTA log whose today's row reads "97110 30 min" against an 18-minute line: mismatch; otherwise complete.
        ["vord-h121-wghr-pta-30-on-18"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Ruel Hatfield, rm 110    PTA: L. Arreola, PTA
            Wed 3/4  97110 30 min — sit-to-stand 3x10, LAQ with 4 lb 3x12, seated hip adduction squeeze 3x15.
                     Problem: bilateral quad weakness; can't rise from the recliner.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // WGHR complete 97112 whose claim carries an ICD-9 code (781.2): not a well-formed ICD-10-CM code — diagnosis missing.
        ["vord-h121-wghr-icd9-on-the-claim"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Cordie Basham, rm 132    PT: B. Kowalczyk, PT
            Wed 3/4  97112 22 min — 1:1 in the gym. Tandem at the rail, foam stance eyes closed, reactive stepping to nudges.
                     Deficit: ataxic gait and somatosensory loss.
                     Tandem 6 sec; Berg 39/56.
            """,
            ["781.2"], [PT("97112", 22)], [Dx]),

        // WGHR 97112 + 97116 log with minutes each today (22 and 15) and the week's other rows blank: passes.
        ["vord-h121-wghr-nmr-and-gait"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Lonnie Wampler, rm 101    PT: B. Kowalczyk, PT
            Mon 3/2
            Tue 3/3
            Wed 3/4  97112 22 min — 1:1. Lateral weight shifts, stepping strategy, foam stance. Deficit: L lateral lean and late stepping after the R CVA. Berg 37/56.
                     97116 15 min — hemi-walker gait in the hall with cues for L heel strike; L toe drag. 200 ft hemi-walker CGA.
            Thu 3/5
            Fri 3/6
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // WGHR PT 97112 and OT 97530 rows for one resident on the same day, each with its minutes: passes.
        ["vord-h121-wghr-pt-nmr-ot-dressing"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG, PT and OT
            Resident: Elvie Counts, rm 134
            Wed 3/4  PT 97112 23 min (B. Kowalczyk, PT) — 1:1. Perturbations in sitting and standing, reaching outside the base of support, step-and-stick. Deficit: impaired postural control after the fall. Berg 40/56.
                     OT 97530 21 min (H. Sato, OTR/L) — dressing from the edge of the bed, putting on her shoes with the long shoehorn, standing to pull up her slacks. Deficit: poor sitting balance reaching to her feet. Lower-body dressing min A; 2 losses of balance caught.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), OT("97530", 21)], []),

        // WGHR PTA 97110 knee: doses; today 19: passes.
        ["vord-h121-wghr-pta-knee-ther-ex"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Hubert Stanfill, rm 120    PTA: L. Arreola, PTA
            Mon 3/2  97110 17 min — seated knee ex.
            Wed 3/4  97110 19 min — heel slides with the strap 3x15, quad sets 3x10 with 5 sec holds, SAQ with 2 lb 3x12, mini-squats at the rail 3x10.
                     Problem: R knee flexion stiffness and quad lag after the R TKA.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 19)], []),

        // WGHR 97112 with Tue and Wed rows: today's row complete; one-on-one "just her and me"; gaze stabilisation and habituation; today 22: passes.
        ["vord-h121-wghr-gaze-stab-just-her-and-me"] = new(
            """
            WILLOW GLEN HEALTH & REHABILITATION — PART B WEEK LOG (Mar 2–6)
            Resident: Birdie Stamper, rm 138    PT: B. Kowalczyk, PT
            Tue 3/3  97112 20 min — gaze stab seated.
            Wed 3/4  97112 22 min — just her and me in the gym. Gaze stabilization standing with a card on the wall, walking with horizontal head turns, rolling habituation on the mat.
                     Deficit: R vestibular hypofunction; dizzy rolling over in bed and veers R walking to breakfast.
                     DGI 15/24; dizziness with rolling 2 of 5 trials.
            """,
            ["H81.21"], [PT("97112", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
