using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes whose tables were drawn with characters — Word and EMR templates pasted as text
/// with box-drawing borders (┌─┬─┐ │ ├─┼─┤ └─┴─┘ and the double lines ╔═╦═╗ ║ ╠═╬═╣ ╚═╩═╝), ASCII tables (+-----+ with
/// | between the cells and header rules of === or ---), Markdown-like pipe tables with no header rule, and tables whose
/// cells wrap onto a second row of the same borders, the wrapped row's other cells left empty: flowsheets of codes and
/// minutes, of exercises with their sets, reps and loads, of measures with their scores, and checkboxes inside cells
/// (☒ and ☐, [X] and [ ], (*) and ( )), laid out beside ordinary prose — about two thirds ordinary and complete (69 of
/// 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, two in a visit, a PT's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a rural hospital's outpatient department whose notes are typed into a Word template and pasted into the EMR
/// ("Sandhills Regional Medical Center — Outpatient Therapy", SRMC: the basement therapy gym in Ord, Nebraska, and the
/// Tuesday outreach room at the Burwell clinic): the template "OP THERAPY DAILY NOTE (rev. 2019)" with single-line
/// box-drawing tables — a "CPT │ Service │ Min" table, an exercise table of "Exercise │ Sets × Reps │ Load", a
/// "Measure │ Today │ Last" table — ☒ and ☐ boxes for "Treatment provided one-on-one ☒ Yes ☐ No", section headings in
/// capitals (SUBJECTIVE, TREATMENT, ASSESSMENT, PLAN), and cells that wrap onto a second row: Karen Vodehnal (PT, the
/// department head), Jesse Kusek (PT), Amber Sestak (PTA) and Lori Wadas (OTR/L); a cattle rancher who cannot step
/// over the cattle guard without the gatepost, a farm wife with numb feet on the calving-barn floor, a young rodeo bull rider with a knee reconstruction, a school cook who turns from
/// the steam table, a widow who walks to church over gravel, a man who feeds cattle off a flatbed, a stock tank, a
/// windbreak and a pivot's wheel track;</item>
/// <item>a legacy DOS-era practice system's printed daily log exported as text ("Coosa Valley Physical Therapy",
/// CVPT: Gadsden, Alabama, and the Boaz branch; "REHABMASTER 2.4" and its "DAILY TREATMENT LOG"): ASCII tables of
/// +-----+ borders, | between the cells and "=====" or "-----" header rules, capitals throughout, "PT NAME", "ACCT#",
/// "CPT", "DESCRIPTION", "MIN", "1-ON-1 (Y/N)", a "TX NARRATIVE" block cut into fixed-width rows, "NM RE-ED",
/// "THER EX", "GAIT TRN", "MAN THER", "THER ACT", "PT TOL", "CGA", "SBA", "SPC", "QC": R. Whitlock (PT, the owner),
/// J. Battles (PT), T. Moody (PTA) and S. Gilliland (OTR/L); a retired tyre-plant worker, a textile-mill retiree, a
/// church pianist who can no longer find the pedals, a man who fishes off the dock at Lake Guntersville, a mail
/// carrier with a rebuilt ankle, a man with porch steps off a red-clay yard, the Noccalula Falls trail and a woman
/// who cannot get down the porch steps with the laundry basket;</item>
/// <item>a multi-site practice whose EMR renders its flowsheet with box-drawing characters in the billing export
/// ("Gallatin Rehab Partners", GRP: the Oak Street clinic in Bozeman, Belgrade, Livingston and the Big Sky clinic,
/// Montana; the EMR "FlowChart PT"): double-line tables (╔═╦═╗ ║ ╠═╬═╣ ╚═╩═╝) of "Code ║ Service ║ Min ║ 1:1",
/// an "EXERCISE FLOWSHEET" with its sets, reps and loads, an "OUTCOMES" grid, a trial grid of ten boxes, and the
/// clinicians' own Markdown-like pipe tables with no header rule typed into the narrative: Megan Sorensen (PT, DPT),
/// Tyler Two Bears (PT), Brooke Lindqvist (PTA) and Aaron Castellano (OTR/L); a ski patroller after an ACL
/// reconstruction, a fly-fishing guide whose ankle rolls on river rocks, a man with Parkinson's disease doing PWR! Moves,
/// a woman with multiple sclerosis, a snowboarder after a concussion, an elk hunter after a hip replacement, a
/// grandmother walking Livingston's Main Street into the wind and a line cook at a Big Sky lodge.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads drawn tables, applying the contract and
/// reading what a human reads from such a note — a table's header names what its cells hold, a cell that wraps onto a
/// second row of the same borders is one cell, a box drawn ☒ or [X] or (*) is ticked and one drawn ☐ or [ ] or ( ) is
/// not, and an empty cell says nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h108-…): one-on-one in these writers' own words ("Treatment provided one-on-one ☒ Yes ☐ No" under
/// the template's heading, "1-ON-1 (Y/N): Y  PT WITH PT ENTIRE SESSION", "just Jesse and Vern in the gym for the whole
/// block, his wife watched from the bench", "ONE PT ON SCHEDULE THIS HR", a "1:1" column of a double-line table reading
/// "yes — solo", "one-on-one, hands on the whole block" in a cell wrapped onto a second row, "nobody else on the
/// floor" with the aide wiping mats), notes that negate it (a concurrent patient on the NuStep inside the block, two
/// patients sharing the Burwell room, "SEEN W/ HUSBAND (ALSO PT) — ALT SETS"), or never state it (a Big Sky lodge
/// kitchen), and the codes with no one-on-one check: a 97110 while another patient cooled down and a 97530 in a pair;
/// </item>
/// <item>class 2 (v2-h108-…): checkbox and blank-field states inside cells: ☒ one-on-one ☐ group ☐ concurrent,
/// ☐ one-on-one ☒ concurrent, both boxes left ☐, "[X] 1:1 [ ] GRP", "(*) Yes ( ) No", a "1:1" pipe cell reading "Y",
/// a "1:1" cell left empty, a "Done" column of ticked boxes, "☒ 1:1 with PT entire session ☐ aide assisted", an "Impairment" cell left empty with no deficit anywhere, a "Result" column left empty under
/// every measure, a second code's "Min" box left empty, and a template whose every cell is empty but "☒ Tolerated well"
/// and "☒ Continue POC";</item>
/// <item>class 3 (v3-h108-…): named programmes and methods as techniques (PWR! Moves, NDT facilitation at the pelvis,
/// the Otago strength and balance set, LSVT BIG, VOR x1 viewing, Maitland posterior-anterior glides, muscle energy
/// technique, instrument-assisted soft-tissue mobilisation, Kaltenborn hip distraction, a motor-relearning programme
/// after Carr and Shepherd), the Otago set with no dose, PWR! Moves with no number and a Tai Chi for Arthritis form
/// with no deficit;</item>
/// <item>class 4 (v4-h108-…): deficits stated as findings in these writers' terms (a boot that will not clear the
/// cattle guard's rails, feet that cannot feel the calving-barn floor, an ankle that rolls on the river rocks, a church
/// pianist who cannot find the pedals, a cook who lurches turning from the steam table, a knee that gives way coming off
/// a bull, a grandmother who is pushed sideways by a gust on Main Street) and notes that state none ("IMPAIRMENTS:
/// NONE NOTED", a "Deficits" cell reading "WNL", "no impairments found today" in a pipe table, "no new problems, no
/// deficits today");</item>
/// <item>class 5 (v5-h108-…): measures in every usual form and in the tables' forms (a "Measure │ Today │ Last" table,
/// a Berg row wrapped onto a second row, a trial grid of ten boxes with eight ticked, "TUG ║ 12.4 s", an ASCII
/// "TANDEM (SEC)" column, a pipe table of FGA items, a four-square step test, a gait table of distance and assist, an
/// OT's task table of reps and assist) and notes with none (a "Today" column reading "N/T" on every row, "deferred —
/// next visit", "LOOKED STEADIER", a 97116's "walked the block, did better");</item>
/// <item>class 6 (v6-h108-…): minutes in these writers' forms (a "Min" box on each code's row, a "MIN" column of an
/// ASCII log, a double-line "Min" column, a code's cell wrapped onto a second row with its minutes on the first, a
/// block heading "97112 NEUROMUSCULAR RE-ED — 23 MIN" over the block's table, a clock range on each code's row, a
/// pipe table's "| 97140 | MT | 9 min |", a PT's and an OT's rows) and true mismatches (a Min box of 35 against 23, a PTA's MIN of 30 against 18, a second row's 28
/// against 15) and truly missing separate time (a "TOTAL TIMED MIN" row only, a "Treatment time" line over two codes;
/// a second code's MIN cell left empty is in class 2);</item>
/// <item>class 7 (v7-h108-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; an empty note, and one of spaces and line breaks), the contract's meanings for 97110 (hip and knee strength
/// after a hip replacement, with its flowsheet), 97530 (getting into a ranch pickup and carrying a feed bucket), 97140
/// (joint mobilisation and soft-tissue work to a stiff ankle after a fracture) and 97116 (a walker to a cane on a
/// red-clay yard and porch steps), a wholly generic 97112 template, a generic 97110 + 97530 with minutes for each and a
/// generic OT 97530;</item>
/// <item>ordinary (vord-h108-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (781.2) on the claim, a generic
/// two-code pipe table with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, a hospital aide
/// and a hired man (none of them a patient; the husband who is also a patient, the second patient in the Burwell room,
/// the patient on the NuStep and the roommate in the OT pair are), patients' ages, dates of service and of operations, account
/// numbers, heights of boxes and steps in inches, cuff and dumbbell weights, band colours, distances in feet, bike
/// seat settings, counts of steps, stairs and trials, sets, reps and holds in the exercise tables, degrees of range,
/// outreach days and a box height for drop landings — and each is written so that a reviewer cannot take it for a billed code's
/// minutes, kept out of the rows that carry a code; a code's minutes are written next to the code, in a Min or MIN cell
/// on the code's own row (the first row of a cell that wraps), in its block's heading, or as a clock range on the
/// code's own row; no note gives minutes to a visit, a drill, a rest or a test, except the three that give the visit a
/// total (a "TOTAL TIMED MIN" row, a "Treatment time" line, a "Total" row of a pipe table) instead of each code's
/// minutes, which are failed for that. The notes failed for want of a measure carry no number but their code and its
/// minutes (no date, age, account number, step height or "1:1" in those notes; their one-on-one is written in words).
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its
/// code, its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver or staff member in the room does not undo a one-on-one statement, another patient treated in the same
/// block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the drawn tables that could honestly be read either way: a box ticked both ways (☒ Yes
/// ☒ No) or a mark between two boxes, a table whose columns slipped so that a number sits under the wrong header, a
/// units column beside a minutes column on a code's row (which of the two numbers is the minutes), a wrapped cell whose
/// second row carries a number that could belong to the code's row, a "Min" header over a column of exercise holds, a
/// note whose only content is an empty template of borders (whether that is an empty note), and a table cut off at
/// the export's page width in the middle of a number.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 94 of 106 cases agree (104 needed), and 8 of the 69 notes the reviewer passes got a finding, on the analyzer of e8f0d6e (the 2026-12-06 seventeenth session after the hundred-and-third to hundred-and-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 106, 1 false positive — a table drawn with box-drawing characters or in ASCII read as a flowsheet (its rules dropped, its vertical lines cell bars; a "TOTAL TIMED MIN  38" row the visit's total), "his ankle rolls on the river rocks" as the instability, a line cook's and an angler's tasks for 97530. Left: "Just Jesse and Vern in the gym for the whole block, his wife watched from the bench" (two bare names, then family in the sentence) and a "1:1" column left empty on the code's row (the heading's "1:1" still reads as stated).</para>
/// <para>Later (2026-12-07, nineteenth session): 106 of 106, no false positive — a "1:1" column that no row of its table fills states nothing; "Just Jesse and Vern in the gym for the whole block, his wife watched from the bench" read as the signer (J. Kusek, PT) and the patient, the wife looking on; the false-positive fact runs again.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEighthTests(ITestOutputHelper output)
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

        // SRMC Word template pasted with its box-drawing tables: "Treatment provided one-on-one ☒ Yes ☐ No"; perturbations on foam, stepping over the cattle guard's rails drawn on the floor, tandem with head turns; proprioception and a late stepping reaction after a stroke; Berg and perturbations in a measure table; Min 24 on the code's row: passes.
        ["v1-h108-srmc-one-on-one-yes-box-ticked"] = new(
            """
            OP THERAPY DAILY NOTE (rev. 2019)          Sandhills Regional Medical Center
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 24  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: perturbations at the pelvis standing on foam, stepping over rails taped on the floor like the cattle guard, tandem walk with head turns.
            ASSESSMENT: R LE proprioception down and a late stepping reaction since his L CVA; he grabs the gatepost at the cattle guard.
            ┌──────────────────┬─────────┬─────────┐
            │ Measure          │ Today   │ Last    │
            ├──────────────────┼─────────┼─────────┤
            │ Berg             │ 45/56   │ 41/56   │
            │ Perturbations    │ 7 of 10 │ 4 of 10 │
            └──────────────────┴─────────┴─────────┘
            K. Vodehnal, PT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // CVPT DOS log with ASCII borders and a === header rule: "1-ON-1 (Y/N): Y   PT WITH PT ENTIRE SESSION"; rocker board eyes closed, foam tandem, reaching outside base; neuropathic proprioceptive loss in both feet; tandem seconds and rocker seconds; MIN 22 on the code's row: passes.
        ["v1-h108-cvpt-one-on-one-y-entire-session"] = new(
            """
            REHABMASTER 2.4          DAILY TREATMENT LOG          COOSA VALLEY PHYSICAL THERAPY
            PT NAME: PRUITT, WANDA          ACCT#: 44817          DOS: 03/04/2026
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  22 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y    PT WITH PT ENTIRE SESSION
            TX NARRATIVE:
            ROCKER BOARD A/P + M/L EYES CLOSED, TANDEM STANCE ON FOAM,
            REACHING OUTSIDE BASE TO CONES. PROPRIOCEPTION DECR BILAT FEET
            (DIABETIC NEUROPATHY), WATCHES FEET, LOB ON THE CARPET AT CHURCH.
            TANDEM ON FOAM 9 SEC (4 SEC LAST WK). ROCKER M/L 12 SEC.
            J. BATTLES PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // SRMC "just Jesse and Vern in the gym for the whole block, his wife watched from the bench" (family, not a patient); BAPS, perturbations in tandem, stepping over a hay-bale string line; ankle proprioception after a fracture; BAPS level and SLS seconds; Min 23 matches: passes.
        ["v1-h108-srmc-wife-watched-from-the-bench"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-ed          │ 23  │
            └───────┴──────────────────────────────┴─────┘
            Just Jesse and Vern in the gym for the whole block, his wife watched from the bench.
            BAPS board level 3 clockwise and counter, perturbations in tandem, stepping over a line of baling twine without looking down.
            R ankle proprioception impaired after the R trimalleolar fx last fall; his ankle gives on the uneven lot at the sale barn.
            ┌───────────────┬────────────┐
            │ SLS R         │ 11 sec     │
            │ SLS L         │ 28 sec     │
            │ BAPS          │ level 3    │
            └───────────────┴────────────┘
            J. Kusek, PT
            """,
            ["S82.851D"], [PT("97112", 23)], []),

        // CVPT "ONLY PT ON THE FLOOR THIS HR - ONE ON ONE WHOLE TX"; D2 PNF patterns with rhythmic stabilisation, weight shifts on foam, stepping strategy to pushes; L hemiparesis with poor trunk control; FGA and pushes; MIN 25 matches: passes.
        ["v1-h108-cvpt-only-pt-on-the-floor"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  25 |
            +-------+----------------------+-----+
            ONLY PT ON THE FLOOR THIS HR - ONE ON ONE WHOLE TX.
            PNF D2 FLEX/EXT UE PATTERNS IN STANDING W/ RHYTHMIC STABILIZATION,
            WT SHIFTS ON FOAM, STEPPING STRATEGY TO PUSHES FWD/BACK/LAT.
            L HEMIPARESIS, POOR TRUNK CONTROL, SLOW TO STEP W/ THE L.
            FGA 16/30. STEPPED W/ 1 STEP ON 6 OF 10 PUSHES.
            R. WHITLOCK PT
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // GRP billing export, double-line flowsheet with a "1:1" column reading "yes — solo"; gaze stabilisation standing on foam, walking with head turns, Romberg on foam; R vestibular hypofunction; DGI and head-turn passes; Min 22 matches: passes.
        ["v1-h108-grp-one-on-one-column-yes-solo"] = new(
            """
            FlowChart PT — Billing Export — Gallatin Rehab Partners (Belgrade)
            ╔═══════╦═════════════════════╦═════╦═════════════╗
            ║ Code  ║ Service             ║ Min ║ 1:1         ║
            ╠═══════╬═════════════════════╬═════╬═════════════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes — solo  ║
            ╚═══════╩═════════════════════╩═════╩═════════════╝
            Gaze stabilization standing on foam, head side to side then up and down; walking the hall with head turns, stop on cue; feet together on foam eyes closed.
            R vestibular hypofunction after neuritis in January, dizzy and veers R with head turns.
            DGI 18/24; stayed on the line on 7 of 10 head-turn passes.
            M. Sorensen, PT, DPT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // GRP double-line table whose service cell wraps onto a second row of the same borders: "one-on-one, hands on the whole block" in the wrapped cell; perturbations on the rocker board, SLS on river-rock pads; ankle proprioception after a sprain; SLS and perturbations; Min 23 on the first row: passes.
        ["v1-h108-grp-wrapped-cell-one-on-one-hands-on"] = new(
            """
            ╔═══════╦════════════════════════════════╦═════╗
            ║ Code  ║ Service                        ║ Min ║
            ╠═══════╬════════════════════════════════╬═════╣
            ║ 97112 ║ NMR: rocker board perturbations,║ 23  ║
            ║       ║ one-on-one, hands on the whole ║     ║
            ║       ║ block                          ║     ║
            ╚═══════╩════════════════════════════════╩═════╝
            Rocker board A/P and M/L with perturbations, SLS on the rock pad with head turns, stepping off a curb onto the rock pad.
            L ankle proprioception down after the sprain, ankle rolls wading the Gallatin on slick rocks.
            SLS on rock pad L 8 sec / R 25 sec; 6 of 10 perturbations without a step.
            T. Two Bears, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // SRMC "nobody else on the floor, one-on-one" with the hospital aide wiping mats (staff, not a patient); NDT weight shifts, perturbations in half kneel, sit-to-stand onto foam; postural control after a fall with a slow hip strategy; TUG and half-kneel seconds; Min 21 matches: passes.
        ["v1-h108-srmc-aide-wiping-mats-nobody-else"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 21  │
            └───────┴──────────────────────────────┴─────┘
            One-on-one, nobody else on the floor; Tammy the aide was wiping down mats.
            TREATMENT: weight shifts with facilitation at the pelvis, perturbations in half kneel, sit to stand onto foam eyes closed.
            ASSESSMENT: postural control poor after her fall at the mailbox, slow hip strategy, sits back hard.
            ┌──────────────┬──────────┐
            │ TUG          │ 14.2 s   │
            │ Half kneel   │ 20 sec   │
            └──────────────┴──────────┘
            A. Sestak, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // GRP: "Concurrent: second pt on the NuStep this block, cued both" - another patient treated inside the billed block; perturbations on foam, tandem, stepping over cones; proprioception in MS; Berg present: one-on-one missing.
        ["v1-h108-grp-concurrent-patient-on-the-nustep"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 24  ║
            ╚═══════╩═════════════════════╩═════╝
            Concurrent: second pt on the NuStep this block, cued both.
            Perturbations standing on foam, tandem walk on the line, stepping over cones with head turns.
            MS, decreased proprioception both legs, wide base, catches her toe when fatigued.
            Berg 43/56.
            B. Lindqvist, PTA
            """,
            ["G35"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // SRMC Burwell outreach room: "Had Delores and another patient in the Burwell room together today, went back and forth between them" - another patient in the block; foam perturbations, tandem, stepping strategy; somatosensory loss in both feet; tandem seconds present: one-on-one missing.
        ["v1-h108-srmc-burwell-room-two-patients"] = new(
            """
            Burwell outreach (Tuesday)
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-ed          │ 22  │
            └───────┴──────────────────────────────┴─────┘
            Had Delores and another patient in the Burwell room together today, went back and forth between them.
            Perturbations on foam, tandem stance at the counter, stepping strategy to lateral pushes.
            Somatosensory loss both feet, can't feel the calving-barn floor, watches her feet.
            Tandem 10 sec eyes open, 3 sec eyes closed.
            J. Kusek, PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CVPT "SEEN W/ HUSBAND (ALSO PT) - ALT SETS" - another patient treated in the block; BAPS, foam tandem, perturbations; ankle proprioception; SLS seconds: one-on-one missing.
        ["v1-h108-cvpt-seen-with-husband-also-a-patient"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  23 |
            +-------+----------------------+-----+
            SEEN W/ HUSBAND (ALSO PT) - ALT SETS BETWEEN THEM.
            BAPS LVL 2, TANDEM ON FOAM, PERTURBATIONS AT PELVIS.
            L ANKLE PROPRIOCEPTION DECR, ROLLS ANKLE ON THE RED CLAY YARD.
            SLS L 7 SEC, R 19 SEC.
            T. MOODY PTA
            """,
            ["S93.402D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // GRP Big Sky lodge kitchen visit, nothing stating one-on-one; reaching to the walk-in's top shelf with perturbations, turning from the line with a hotel pan, tandem on foam; post-concussion postural control and dizziness with turns; FGA present: one-on-one missing.
        ["v1-h108-grp-lodge-kitchen-never-stated"] = new(
            """
            | Site | Big Sky — lodge kitchen (job site) |
            | Code | 97112 | Min | 22 |
            Reaching to the walk-in's top shelf with perturbations at the hips, turning from the line with a full hotel pan and head turns, tandem stance on foam eyes closed.
            Post-concussion: postural control and dizziness with quick turns, she steps out and grabs the counter.
            FGA 19/30.
            T. Two Bears, PT
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CVPT PTA 97110 while "ANOTHER PT COOLING DOWN ON THE BIKE" - 97110 has no one-on-one check; leg press, step-ups and TKE with doses in an ASCII flowsheet; quad weakness after a knee replacement; MIN 20 matches: passes.
        ["v1-h108-cvpt-pta-97110-another-pt-on-the-bike"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97110 | THER EX              |  20 |
            +-------+----------------------+-----+
            ANOTHER PT COOLING DOWN ON THE BIKE ACROSS THE GYM.
            +----------------+---------+--------+
            | EXERCISE       | SETS    | LOAD   |
            +----------------+---------+--------+
            | LEG PRESS      | 3 X 12  | 80 LB  |
            | STEP UPS 6 IN  | 3 X 10  | BW     |
            | TKE            | 3 X 15  | GREEN  |
            +----------------+---------+--------+
            R QUAD WEAKNESS AFTER R TKA, CANT DO THE PORCH STEPS RECIPROCAL.
            T. MOODY PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20)], []),

        // GRP OT 97530 "worked w/ pt and her roommate (also on caseload) as a pair" - 97530 has no one-on-one check; carrying plates through the lodge dining room, loading the dishwasher rack, reaching to shelves; R hemiparesis and grip weakness; counts and SBA: passes.
        ["v1-h108-grp-ot-97530-worked-as-a-pair"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97530 ║ Therapeutic act.    ║ 25  ║
            ╚═══════╩═════════════════════╩═════╝
            Worked with pt and her roommate (also on caseload) as a pair in the training kitchen.
            Carrying plates across the room, loading the dishwasher rack and sliding it in, reaching plates to the upper shelf.
            R hemiparesis, weak R grip, drops plates when she turns.
            Carried 2 plates x 6 trips with stand-by assist, loaded the rack 3 times.
            A. Castellano, OTR/L
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states inside cells

        // SRMC template cell "☒ one-on-one ☐ group ☐ concurrent"; perturbations on foam, step-and-reach to the stock-tank rim height, tandem with head turns; R-sided postural control after a stroke; Berg and reaches; Min 23 matches: passes.
        ["v2-h108-srmc-one-on-one-ticked-group-and-concurrent-not"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┬───────────────────────────────────────┐
            │ CPT   │ Service                      │ Min │ Delivery                              │
            ├───────┼──────────────────────────────┼─────┼───────────────────────────────────────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │ ☒ one-on-one ☐ group ☐ concurrent     │
            └───────┴──────────────────────────────┴─────┴───────────────────────────────────────┘
            TREATMENT: perturbations at the pelvis on foam, step and reach to a target at the height of the stock tank rim, tandem walk with head turns.
            ASSESSMENT: R-sided postural control and weight shift poor since the L CVA, leans on the tank to check the float.
            Berg 44/56 (40/56 at eval). Reached the target without a step 6 of 10.
            J. Kusek, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SRMC cell "☐ one-on-one ☒ concurrent" - the concurrent box is the one ticked; BAPS, foam tandem, reactive steps; ankle proprioception; SLS seconds: one-on-one missing.
        ["v2-h108-srmc-concurrent-box-ticked"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┬──────────────────────────────┐
            │ CPT   │ Service                      │ Min │ Delivery                     │
            ├───────┼──────────────────────────────┼─────┼──────────────────────────────┤
            │ 97112 │ Neuromuscular re-ed          │ 22  │ ☐ one-on-one ☒ concurrent    │
            └───────┴──────────────────────────────┴─────┴──────────────────────────────┘
            TREATMENT: BAPS board level 3, tandem on foam, reactive steps to pushes at the shoulders.
            ASSESSMENT: L ankle proprioception down after the sprain in the calving barn.
            SLS L 9 sec, R 27 sec.
            A. Sestak, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CVPT "[ ] 1:1   [ ] GRP" - neither box ticked and nothing else stating one-on-one; foam perturbations, tandem, stepping over cones; proprioception loss with neuropathy; tandem seconds: one-on-one missing.
        ["v2-h108-cvpt-both-boxes-empty"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  24 |
            +-------+----------------------+-----+
            [ ] 1:1    [ ] GRP
            TX NARRATIVE:
            PERTURBATIONS ON FOAM, TANDEM WALK ON TAPE LINE, STEPPING OVER
            CONES W/ HEAD TURNS. PROPRIOCEPTION DECR BOTH FEET (NEUROPATHY),
            FEET SLAP, WIDE BASE.
            TANDEM 8 SEC EYES OPEN.
            J. BATTLES PT
            """,
            ["G62.9"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CVPT "[X] 1:1   [ ] GRP"; rocker board, D1 PNF lifts in tall kneel, stepping strategy; trunk ataxia after a cerebellar stroke; tandem steps and rocker seconds; MIN 21 matches: passes.
        ["v2-h108-cvpt-one-on-one-box-x"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  21 |
            +-------+----------------------+-----+
            [X] 1:1    [ ] GRP
            TX NARRATIVE:
            ROCKER BOARD A/P, PNF D1 LIFTS IN TALL KNEELING, STEPPING STRATEGY
            TO PUSHES. TRUNK ATAXIA AFTER CEREBELLAR CVA, OVERSHOOTS REACHES,
            SWAYS IN STANCE. TANDEM 7 STEPS (3 LAST WK). ROCKER A/P 10 SEC.
            R. WHITLOCK PT
            """,
            ["I69.393"], [PT("97112", 21)], []),

        // GRP radio buttons "One-on-one: (*) Yes ( ) No"; X1 viewing in standing, walking with head turns on the hall, standing on foam eyes closed; post-concussion vestibular dysfunction; DGI and head-turn seconds; Min 20 matches: passes.
        ["v2-h108-grp-radio-yes-selected"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 20  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one:  (*) Yes  ( ) No
            VOR x1 viewing standing, walking the hall with head turns, standing on foam eyes closed.
            Post-concussion vestibular dysfunction, dizzy with head turns on the chairlift line.
            DGI 19/24; head turns in stance 30 sec before symptoms (15 sec last visit).
            M. Sorensen, PT, DPT
            """,
            ["S06.0X0D"], [PT("97112", 20)], []),

        // GRP "1:1" column left empty on the 97112's row and nothing else stating one-on-one; perturbations, tandem, stepping over the dog's bowl; proprioception in MS; Berg present: one-on-one missing.
        ["v2-h108-grp-one-on-one-cell-empty"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 23  ║      ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Perturbations at the pelvis, tandem on foam, stepping over an obstacle course with head turns.
            MS: proprioception down both legs, wide base, toe catch when tired.
            Berg 45/56.
            B. Lindqvist, PTA
            """,
            ["G35"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // SRMC template pasted as a pipe table with no header rule: "| 1:1 | Y |"; perturbations in tandem, BAPS, stepping onto a step with a bucket; ankle proprioception and weak peroneals; SLS seconds; Min 22 matches: passes.
        ["v2-h108-srmc-pipe-table-one-on-one-y"] = new(
            """
            | CPT | 97112 | Min | 22 |
            | 1:1 | Y |
            | Tx | perturbations in tandem on foam; BAPS level 3; stepping up onto a step carrying an empty bucket |
            | Impairment | R ankle proprioception down, weak peroneals, rolls the ankle on frozen ruts |
            | Measure | SLS R 10 sec, L 26 sec |
            K. Vodehnal, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // SRMC "Impairment" cell left empty and no deficit, system or impairment anywhere; one-on-one ticked; D1 PNF chops, BAPS level 4, hurdles on cue; hurdle count and half-kneel seconds: deficit missing.
        ["v2-h108-srmc-impairment-cell-empty"] = new(
            """
            ┌────────────────┬───────────────────────────────────────────────────────────┐
            │ CPT / Min      │ 97112 / 21                                                │
            ├────────────────┼───────────────────────────────────────────────────────────┤
            │ One-on-one     │ ☒ Yes ☐ No                                                │
            │ Treatment      │ PNF D1 chops in half kneel, BAPS level 4, hurdles on cue  │
            │ Impairment     │                                                           │
            │ Measure        │ Hurdles cleared 9 of 10; half kneel 30 sec                │
            └────────────────┴───────────────────────────────────────────────────────────┘
            J. Kusek, PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // CVPT measure table with its "RESULT" column left empty under every row and no other number but the code and its minutes; "ONE ON ONE ENTIRE TX" in words; rocker board, tandem on foam, reaching outside base; postural control with retropulsion in Parkinson's: measure missing.
        ["v2-h108-cvpt-result-column-empty"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  22 |
            +-------+----------------------+-----+
            ONE ON ONE ENTIRE TX.
            ROCKER BOARD A/P, TANDEM ON FOAM, REACHING OUTSIDE BASE,
            BACKWARD STEPPING TO PULLS AT THE HIPS.
            PARKINSONS - RETROPULSION, POOR POSTURAL CONTROL ON TURNS.
            +----------------+----------+
            | TEST           | RESULT   |
            +----------------+----------+
            | BERG           |          |
            | TUG            |          |
            +----------------+----------+
            T. MOODY PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // GRP OT 97530 with an "Assist" cell "min A" and "☒ caregiver present" (a husband, not a patient); tub bench transfers and lower-body dressing with a reacher; hip weakness and precautions after a hip replacement; counts and assist: passes.
        ["v2-h108-grp-ot-97530-assist-cell-and-caregiver-box"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════════╗
            ║ Code  ║ Service             ║ Min ║ Assist   ║
            ╠═══════╬═════════════════════╬═════╬══════════╣
            ║ 97530 ║ Therapeutic act.    ║ 22  ║ min A    ║
            ╚═══════╩═════════════════════╩═════╩══════════╝
            ☒ caregiver present (husband)
            Tub transfer bench in and out 4 times, lower-body dressing seated with the reacher and sock aid.
            L THA, posterior precautions; L hip weak, can't lift the L leg over the tub wall.
            A. Castellano, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 22)], []),

        // SRMC "☒ 1:1 with PT entire session ☐ aide assisted"; perturbations on the rocker board, step-ups onto foam, tandem with head turns; ankle proprioception after a fracture; rocker seconds and perturbations; Min 24 matches: passes.
        ["v2-h108-srmc-one-on-one-ticked-aide-box-not"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 24  │
            └───────┴──────────────────────────────┴─────┘
            ☒ 1:1 with PT entire session    ☐ aide assisted
            Rocker board perturbations A/P, step-ups onto foam, tandem walk with head turns.
            L ankle proprioception and postural reactions down after the L ankle fx from the bull.
            Rocker A/P 14 sec; 7 of 10 perturbations without a step.
            K. Vodehnal, PT
            """,
            ["S82.62XD"], [PT("97112", 24)], []),

        // SRMC 97110 exercise table with a "Done" column of ticked boxes; bridges, side-lying abduction, heel raises and mini squats with doses; hip and calf weakness after a fall; Min 18 matches: passes.
        ["v2-h108-srmc-97110-done-column-ticked"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97110 │ Therapeutic exercise         │ 18  │
            └───────┴──────────────────────────────┴─────┘
            ┌──────────────────────┬──────────────┬────────┬──────┐
            │ Exercise             │ Sets × Reps  │ Load   │ Done │
            ├──────────────────────┼──────────────┼────────┼──────┤
            │ Bridges              │ 3 × 15       │ —      │ ☒    │
            │ Side-lying hip abd   │ 3 × 12       │ 2 lb   │ ☒    │
            │ Heel raises          │ 3 × 15       │ —      │ ☒    │
            │ Mini squats          │ 3 × 10       │ —      │ ☒    │
            └──────────────────────┴──────────────┴────────┴──────┘
            Hip abductor and calf weakness after her fall, Trendelenburg on the L.
            A. Sestak, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 18)], []),

        // SRMC template with every cell empty but "☒ Tolerated well ☒ Continue POC" and a Min box of 23; the one-on-one boxes both empty: no technique, deficit, measure or one-on-one statement.
        ["v2-h108-srmc-empty-template-tolerated-well"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☐ Yes   ☐ No
            TREATMENT:
            ASSESSMENT:   ☒ Tolerated well   ☐ Increased pain
            PLAN:         ☒ Continue POC     ☐ Discharge
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CVPT two code rows, the 97112's MIN 23 and the 97110's MIN cell left empty: separate time missing; both parts complete (one-on-one; BAPS, foam tandem and perturbations with SLS seconds; step-ups, bridges and heel raises with doses; ankle proprioception and calf weakness after a fracture).
        ["v2-h108-cvpt-second-min-cell-empty"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  23 |
            | 97110 | THER EX              |     |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            NM RE-ED: BAPS LVL 3, TANDEM ON FOAM, PERTURBATIONS AT PELVIS.
            L ANKLE PROPRIOCEPTION DECR AFTER FX. SLS L 8 SEC / R 24 SEC.
            THER EX: STEP UPS 6 IN 3X10, BRIDGES 3X15, HEEL RAISES 3X15.
            L CALF WEAKNESS, CANT RISE ON TOES ON THE L.
            J. BATTLES PT
            """,
            ["S82.852D"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // GRP "PWR! Moves" (PWR! Up, Rock, Twist, Step in standing) with big steps on turns; one-on-one in the 1:1 column; bradykinesia and freezing on turns in Parkinson's; Mini-BESTest and 360 turn; Min 24 matches: passes.
        ["v3-h108-grp-pwr-moves-parkinsons"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 24  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            PWR! Moves in standing: PWR! Up, Rock, Twist and Step, then big steps through the turns around the cones.
            Parkinson's: bradykinesia, small steps and freezing in doorways and on turns, late postural reactions.
            Mini-BESTest 18/28 (15/28 in Jan); 360 turn 8 steps.
            M. Sorensen, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SRMC "NDT facilitation at the pelvis" for weight shift and stepping, with key points of control; one-on-one ticked; R hemiparesis with poor weight acceptance after a stroke; step length and Berg; Min 25 matches: passes.
        ["v3-h108-srmc-ndt-facilitation-at-the-pelvis"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 25  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: NDT facilitation at the pelvis and R knee for weight shift onto the R and stepping through, key points of control at the trunk.
            ASSESSMENT: R hemiparesis after the L CVA; poor weight acceptance on the R, knee snaps back in stance.
            ┌──────────────────┬─────────┐
            │ Berg             │ 38/56   │
            │ R step length    │ 14 in   │
            └──────────────────┴─────────┘
            J. Kusek, PT
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // SRMC the Otago strength and balance set on a 97110 with its flowsheet of doses; hip and ankle weakness with falls; Min 20 matches: passes.
        ["v3-h108-srmc-otago-set-with-doses"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97110 │ Therapeutic exercise (Otago) │ 20  │
            └───────┴──────────────────────────────┴─────┘
            ┌──────────────────────┬──────────────┬────────┐
            │ Exercise             │ Sets × Reps  │ Load   │
            ├──────────────────────┼──────────────┼────────┤
            │ Knee extension       │ 2 × 10       │ 3 lb   │
            │ Hip abduction        │ 2 × 10       │ 3 lb   │
            │ Calf raises          │ 2 × 10       │ —      │
            │ Sit to stand         │ 2 × 10       │ —      │
            └──────────────────────┴──────────────┴────────┘
            Hip and ankle weakness, two falls this winter walking to the windbreak.
            A. Sestak, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 20)], []),

        // GRP LSVT BIG maximal daily exercises and big walking; "one-on-one" in the narrative; small shuffling steps and slow postural reactions in Parkinson's; TUG and step count on the hall; Min 23 matches: passes.
        ["v3-h108-grp-lsvt-big"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 23  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one, Livingston clinic. LSVT BIG maximal daily exercises: floor to ceiling, side to side, step and reach forward, sideways and back; big walking with big turns.
            Small shuffling steps, slow postural reactions, freezes at the door.
            | TUG | 12.9 s |
            | Steps down the 40 ft hall | 26 (35 at start of BIG) |
            T. Two Bears, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // GRP VOR x1 viewing at two distances, walking with head turns; "(*) Yes" one-on-one; L vestibular hypofunction; DGI and dynamic visual acuity lines; Min 21 matches: passes.
        ["v3-h108-grp-vor-x1-viewing"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 21  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one:  (*) Yes  ( ) No
            VOR x1 viewing near and far target, standing feet together then on foam; walking with head turns.
            L vestibular hypofunction, oscillopsia with head turns while driving.
            DGI 17/24; DVA lost 3 lines (5 at eval).
            B. Lindqvist, PTA
            """,
            ["H81.22"], [PTA("97112", 21)], []),

        // CVPT "MAITLAND PA GLIDES GR III L3-L5" and STM to the paraspinals on a 97140; lumbar stiffness and pain bending to the garden; lumbar flexion fingertip-to-floor; MIN 12 matches: passes.
        ["v3-h108-cvpt-maitland-pa-glides"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97140 | MAN THER             |  12 |
            +-------+----------------------+-----+
            MAITLAND PA GLIDES GR III L3-L5, 3 X 30 SEC EACH, STM TO L LUMBAR
            PARASPINALS. LUMBAR HYPOMOBILITY + PAIN BENDING TO WEED THE GARDEN.
            FINGERTIP TO FLOOR 22 CM (30 CM BEFORE).
            R. WHITLOCK PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // CVPT "MUSCLE ENERGY TECHNIQUE" to the R innominate and a lumbar roll; SI joint dysfunction with an anterior rotation; standing flexion test and pain on stairs; MIN 10 matches: passes.
        ["v3-h108-cvpt-muscle-energy-technique"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97140 | MAN THER             |  10 |
            +-------+----------------------+-----+
            MUSCLE ENERGY TECHNIQUE R INNOMINATE POSTERIOR ROTATION, 5 SEC
            CONTRACTIONS X 4 REPS X 3 ROUNDS. R SI JOINT DYSFUNCTION W/ ANT
            ROTATION, PAIN ON THE CHOIR LOFT STAIRS. PAIN 2/10 ON STAIRS AFTER.
            J. BATTLES PT
            """,
            ["M53.2X8"], [PT("97140", 10)], []),

        // GRP instrument-assisted soft-tissue mobilisation (IASTM) to the Achilles and plantar fascia with calf stretch; fly-fishing guide with Achilles tightness and limited dorsiflexion; knee-to-wall cm; Min 11 matches: passes.
        ["v3-h108-grp-iastm-achilles"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97140 ║ Manual therapy      ║ 11  ║
            ╚═══════╩═════════════════════╩═════╝
            IASTM to the R Achilles and plantar fascia, then talocrural posterior glides grade III.
            R Achilles and calf tightness, DF limited, heel pain wading in the morning.
            Knee to wall R 6 cm before, 9 cm after (L 12 cm).
            T. Two Bears, PT
            """,
            ["M76.61"], [PT("97140", 11)], []),

        // CVPT "KALTENBORN GR III LONG-AXIS DISTRACTION" to the hip and inferior glides; hip capsular stiffness with osteoarthritis; hip internal rotation degrees; MIN 12 matches: passes.
        ["v3-h108-cvpt-kaltenborn-hip-distraction"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97140 | MAN THER             |  12 |
            +-------+----------------------+-----+
            KALTENBORN GR III LONG-AXIS DISTRACTION R HIP + INF GLIDES W/ BELT.
            R HIP OA, CAPSULAR STIFFNESS, CANT GET IN THE BOAT AT THE DOCK.
            HIP IR 12 DEG -> 18 DEG. FLEX 95 DEG.
            R. WHITLOCK PT
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // SRMC "motor relearning programme" (Carr and Shepherd): sit-to-stand components, reaching in sitting beyond arm's length, standing up with weight shifted onto the L; one-on-one ticked; L hemiparesis with poor trunk control; 5x sit-to-stand and reach inches; Min 22 matches: passes.
        ["v3-h108-srmc-motor-relearning-programme"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: motor relearning programme (Carr and Shepherd): sit to stand broken into its components, reaching in sitting beyond arm's length, standing up with weight shifted onto the L.
            ASSESSMENT: L hemiparesis after the R CVA, poor trunk control, falls back to the R when he stands.
            5x sit to stand 19.8 s; seated reach 11 in past the knee.
            K. Vodehnal, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // CVPT the Otago set named with its exercises but no dose and no number but the code and its minutes; hip and ankle weakness with falls: measure missing.
        ["v3-h108-cvpt-otago-no-dose"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97110 | THER EX              |  18 |
            +-------+----------------------+-----+
            OTAGO STRENGTH SET: KNEE BENDS, SIDEWAYS WALKING, HEEL RAISES,
            TOE RAISES, SIT TO STAND. HIP + ANKLE WEAKNESS, FALLS THIS WINTER.
            PT TOL WELL.
            T. MOODY PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // GRP PWR! Moves with no score, count or number but the code and its minutes; one-on-one in words; small steps and freezing in Parkinson's; "moving bigger, wife agrees": measure missing.
        ["v3-h108-grp-pwr-moves-no-number"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 24  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one the whole block. PWR! Moves in standing: Up, Rock, Twist and Step, then big steps around the cones and turns at the wall.
            Parkinson's: small steps, freezing on turns, slow postural reactions.
            Moving bigger today, wife agrees.
            M. Sorensen, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 24)], [At(Measure, "97112")]),

        // SRMC Tai Chi for Arthritis form in one-on-one with a TUG and a bow-stance hold, and "Impairments: none listed" - no deficit, system or impairment anywhere: deficit missing.
        ["v3-h108-srmc-tai-chi-for-arthritis-no-deficit"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: Tai Chi for Arthritis: commencing form, open and close, single whip, brush knee; weight shifts in bow stance.
            Impairments: none listed.
            TUG 11.8 s; bow stance held 20 sec each side.
            J. Kusek, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // SRMC rancher "his R boot won't clear the cattle guard's rails, he catches the toe and lurches for the gatepost" - foot clearance and a late stepping reaction; one-on-one ticked; stepping over rails taped on the floor, perturbations, tandem; Berg and rails cleared; Min 23 matches: passes.
        ["v4-h108-srmc-boot-wont-clear-the-cattle-guard"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: stepping over rails taped on the floor at cattle-guard spacing, eyes up; perturbations at the pelvis in stride stance; tandem walk.
            ASSESSMENT: his R boot won't clear the cattle guard's rails, he catches the toe and lurches for the gatepost; late stepping reaction on the R.
            Cleared the rails 7 of 10 passes without a catch. Berg 46/56.
            J. Kusek, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SRMC farm wife "can't feel the calving-barn floor through her boots, watches her feet the whole way" - somatosensory loss; one-on-one ticked; foam stance eyes closed, walking on a mat path with head turns, tandem; tandem seconds; Min 22 matches: passes.
        ["v4-h108-srmc-cant-feel-the-calving-barn-floor"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            └───────┴──────────────────────────────┴─────┘
            ☒ one-on-one ☐ group ☐ concurrent
            TREATMENT: foam stance eyes closed, walking a path of mats and foam with head turns, tandem at the counter.
            ASSESSMENT: can't feel the calving-barn floor through her boots, watches her feet the whole way and stops when it's dark.
            Tandem eyes closed 6 sec (2 sec at eval). Foam stance eyes closed 15 sec.
            A. Sestak, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // GRP fly-fishing guide "his L ankle rolls on the river rocks, can't catch it before it goes" - ankle proprioception; 1:1 column yes; rock-pad SLS with casting motion, perturbations on the rocker board; SLS seconds and Y-balance; Min 24 matches: passes.
        ["v4-h108-grp-ankle-rolls-on-the-river-rocks"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 24  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            SLS on the rock pad with a casting motion, perturbations on the rocker board, hopping to targets on foam.
            His L ankle rolls on the river rocks and he can't catch it before it goes.
            | SLS rock pad L | 12 sec (R 30) |
            | Y-balance anterior L | 62 cm (R 70) |
            T. Two Bears, PT
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // CVPT church pianist "CANT FIND THE PEDALS W/O LOOKING, R FOOT LANDS ON THE WRONG ONE" - lower-limb proprioception and motor control in MS; one-on-one; foot-target tapping eyes closed, foam stance, stepping to floor targets; target hits and foam seconds; MIN 21 matches: passes.
        ["v4-h108-cvpt-pianist-cant-find-the-pedals"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  21 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            FOOT TAPS TO FLOOR TARGETS EYES CLOSED, FOAM STANCE, STEPPING TO
            NUMBERED SPOTS ON CALL. CHURCH PIANIST, CANT FIND THE PEDALS W/O
            LOOKING, R FOOT LANDS ON THE WRONG ONE (MS, R LE PROPRIOCEPTION).
            TARGET HITS EYES CLOSED 6/10 (3/10 LAST WK). FOAM 20 SEC.
            J. BATTLES PT
            """,
            ["G35"], [PT("97112", 21)], []),

        // SRMC school cook "lurches and reaches for the steam table when she turns with a full pan" - turning and postural control; one-on-one ticked; quick turns with a loaded tray, head turns walking, stepping strategy; FGA and turn steps; Min 20 matches: passes.
        ["v4-h108-srmc-cook-lurches-from-the-steam-table"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 20  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: quick turns carrying a loaded tray, walking with head turns, stepping strategy to pushes from behind.
            ASSESSMENT: lurches and reaches for the steam table when she turns with a full pan; postural control slow on turns.
            FGA 20/30. Turned 180 in 3 steps without reaching (6 at eval).
            K. Vodehnal, PT
            """,
            ["R26.89"], [PT("97112", 20)], []),

        // SRMC bull rider after an ACL reconstruction "knee gives way when he lands off the bull or cuts left" - dynamic knee stability and quad recruitment; one-on-one ticked; perturbations in single-leg squat, hop-and-stick on foam; hop distance and landings; Min 22 matches: passes.
        ["v4-h108-srmc-knee-gives-way-landing"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: perturbations in single-leg mini squat on the R, hop and stick on foam, lateral bounds with a hold.
            ASSESSMENT: R knee gives way when he lands off the bull or cuts left; late quad recruitment and knee valgus on landing.
            Single hop R 110 cm / L 135 cm. Stuck 8 of 10 landings without valgus.
            J. Kusek, PT
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // GRP grandmother "a gust on Main Street pushes her sideways and she can't get a foot out in time" - lateral stepping reaction; one-on-one in the 1:1 column; lateral pushes, crossover steps, walking into a fan's wind; lateral pushes recovered and Berg; Min 23 matches: passes.
        ["v4-h108-grp-gust-on-main-street"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 23  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Lateral pushes at the pelvis, crossover steps to recover, walking the hall into the big fan with head turns.
            A gust on Main Street pushes her sideways and she can't get a foot out in time; slow lateral stepping reaction.
            Recovered 6 of 10 lateral pushes with one step. Berg 47/56.
            B. Lindqvist, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // CVPT OT 97530 "CANT CARRY THE LAUNDRY BASKET DOWN THE PORCH STEPS, HIPS + KNEES GIVE" - hip and knee weakness; basket carries on the clinic steps, bending to the dryer; trips and assist: passes.
        ["v4-h108-cvpt-ot-laundry-basket-down-the-porch"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97530 | THER ACT             |  24 |
            +-------+----------------------+-----+
            CARRYING A LAUNDRY BASKET UP + DOWN THE CLINIC STEPS, BENDING TO
            UNLOAD THE DRYER. CANT CARRY THE LAUNDRY BASKET DOWN THE PORCH
            STEPS, HIPS + KNEES GIVE. BASKET ON 4 STEPS X 5 TRIPS SBA.
            S. GILLILAND OTR/L
            """,
            ["M62.81"], [OT("97530", 24)], []),

        // CVPT "IMPAIRMENTS: NONE NOTED" and no deficit, system or impairment anywhere; one-on-one; rocker board, foam tandem, perturbations; rocker seconds and perturbations: deficit missing.
        ["v4-h108-cvpt-impairments-none-noted"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  22 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            ROCKER BOARD A/P + M/L, TANDEM ON FOAM, PERTURBATIONS AT PELVIS.
            IMPAIRMENTS: NONE NOTED.
            ROCKER M/L 18 SEC. 8 OF 10 PERTURBATIONS W/O A STEP.
            T. MOODY PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // GRP "Deficits ║ WNL" and no deficit anywhere; 1:1 yes; perturbations, foam stance with head turns, step-and-reach; Berg and reaches: deficit missing.
        ["v4-h108-grp-deficits-cell-wnl"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 21  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            ╔══════════════╦════════════════════════════════════════════╗
            ║ Treatment    ║ perturbations, foam stance w/ head turns,  ║
            ║              ║ step and reach to cones                    ║
            ║ Deficits     ║ WNL                                        ║
            ║ Outcomes     ║ Berg 52/56; reached 9 of 10 cones          ║
            ╚══════════════╩════════════════════════════════════════════╝
            M. Sorensen, PT, DPT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // GRP PTA 97116 pipe table with "| Deficits | no impairments found today |" and no deviation, region or impairment anywhere; cane gait on the sidewalk and curb with distance and SBA: deficit missing.
        ["v4-h108-grp-97116-no-impairments-found-today"] = new(
            """
            | Code | 97116 | Min | 20 |
            | Gait | SPC on the Belgrade sidewalk, up and down the curb at the corner, turns around the bench |
            | Deficits | no impairments found today |
            | Result | 800 ft SBA, curb x 4 CGA |
            B. Lindqvist, PTA
            """,
            ["Z96.641"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // SRMC "ASSESSMENT: no new problems, no deficits today" and none anywhere; one-on-one ticked; BAPS, foam tandem, reactive steps; BAPS level and SLS seconds: deficit missing.
        ["v4-h108-srmc-no-deficits-today"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 24  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: BAPS level 4, tandem on foam, reactive steps to pushes.
            ASSESSMENT: no new problems, no deficits today.
            SLS on foam 22 sec each side.
            K. Vodehnal, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form and the tables' forms, and notes with none

        // SRMC "Measure │ Today │ Last" table with a Mini-BESTest and a tandem; one-on-one ticked; perturbations, tandem on foam, stepping over a bucket; postural control with Parkinson's retropulsion; Min 24 matches: passes.
        ["v5-h108-srmc-measure-today-last-table"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 24  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: backward perturbations with a stepping response, tandem on foam, stepping over a feed bucket and turning.
            ASSESSMENT: Parkinson's with retropulsion, poor postural control stepping back from the tailgate.
            ┌──────────────────┬─────────┬─────────┐
            │ Measure          │ Today   │ Last    │
            ├──────────────────┼─────────┼─────────┤
            │ Mini-BESTest     │ 19/28   │ 16/28   │
            │ Pull test steps  │ 2       │ 4       │
            └──────────────────┴─────────┴─────────┘
            K. Vodehnal, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SRMC Berg row whose cells wrap onto a second row of the same borders ("44/56 (was" / "39/56 at eval)"); one-on-one ticked; foam stance, stepping strategy, reaching to the top shelf; R-sided postural control after a stroke; Min 22 matches: passes.
        ["v5-h108-srmc-berg-row-wrapped"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: foam stance with weight shifts, stepping strategy to lateral pushes, reaching to the top pantry shelf.
            ASSESSMENT: R-sided postural control poor after the L CVA, leans L and steps late with the R.
            ┌────────────────┬────────────────┐
            │ Berg Balance   │ 44/56 (was     │
            │ Scale          │ 39/56 at eval) │
            └────────────────┴────────────────┘
            A. Sestak, PTA
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // GRP trial grid of ten boxes, eight ticked, with "8/10" beside it; 1:1 yes; perturbations in tandem, foam with head turns, stepping over poles; MS proprioception; Min 23 matches: passes.
        ["v5-h108-grp-trial-grid-eight-of-ten"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 23  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Perturbations in tandem stance, foam stance with head turns, stepping over ski poles laid on the floor.
            MS, proprioception down both legs, steps out on the foam with head turns.
            Perturbations held without a step:
            ╔═══╦═══╦═══╦═══╦═══╦═══╦═══╦═══╦═══╦═══╗
            ║ ☒ ║ ☒ ║ ☐ ║ ☒ ║ ☒ ║ ☒ ║ ☐ ║ ☒ ║ ☒ ║ ☒ ║  8/10
            ╚═══╩═══╩═══╩═══╩═══╩═══╩═══╩═══╩═══╩═══╝
            M. Sorensen, PT, DPT
            """,
            ["G35"], [PT("97112", 23)], []),

        // GRP OUTCOMES grid "TUG ║ 12.4 s" and a cognitive TUG; 1:1 yes; dual-task walking, obstacle stepping, quick turns; slowed postural reactions and freezing in Parkinson's; Min 25 matches: passes.
        ["v5-h108-grp-outcomes-grid-tug"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 25  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Dual-task walking (naming states while walking), stepping over obstacles, quick turns on cue.
            Parkinson's: slowed postural reactions, freezes when talking and walking.
            ╔══════════════════╦═══════════╗
            ║ OUTCOMES         ║           ║
            ╠══════════════════╬═══════════╣
            ║ TUG              ║ 12.4 s    ║
            ║ TUG cognitive    ║ 16.9 s    ║
            ╚══════════════════╩═══════════╝
            T. Two Bears, PT
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // CVPT ASCII measures table with a "TANDEM (SEC)" column, eyes open 14 and eyes closed 5; one-on-one; foam tandem, rocker board, head turns; neuropathy with lost proprioception; MIN 22 matches: passes.
        ["v5-h108-cvpt-tandem-sec-column"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  22 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            TANDEM ON FOAM, ROCKER BOARD A/P, WALKING W/ HEAD TURNS.
            NEUROPATHY BOTH FEET, LOST PROPRIOCEPTION, SWAYS EYES CLOSED.
            +-------------+----------+----------+
            | TEST        | TANDEM (SEC)        |
            |             | EO       | EC       |
            +-------------+----------+----------+
            | TODAY       | 14       | 5        |
            +-------------+----------+----------+
            J. BATTLES PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // GRP clinician's pipe table of FGA items with the total; one-on-one in words; gait with head turns, narrow base and eyes closed as drills; post-concussion vestibular dysfunction; Min 21 matches: passes.
        ["v5-h108-grp-pipe-table-of-fga-items"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 21  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one. Walking with horizontal and vertical head turns, narrow base walking, walking eyes closed on the line, pivot turns.
            Post-concussion vestibular dysfunction, veers and stops with head turns.
            | FGA horizontal head turns | 2 |
            | FGA vertical head turns | 2 |
            | FGA eyes closed | 1 |
            | FGA total | 21/30 |
            M. Sorensen, PT, DPT
            """,
            ["S06.0X0D"], [PT("97112", 21)], []),

        // CVPT "4-SQUARE STEP TEST 13.6 SEC"; one-on-one; multidirectional stepping over canes, step-and-turn, foam stance; slow stepping reaction after falls; MIN 23 matches: passes.
        ["v5-h108-cvpt-four-square-step-test"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  23 |
            +-------+----------------------+-----+
            ONE ON ONE ENTIRE TX.
            MULTIDIRECTIONAL STEPPING OVER CANES, STEP + TURN, FOAM STANCE.
            SLOW STEPPING REACTION, FALLS OFF THE PORCH STEPS.
            4-SQUARE STEP TEST 13.6 SEC (17.2 AT EVAL).
            R. WHITLOCK PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SRMC PTA 97116 with a gait table of surface, device, distance and assist; short R step and foot drag after a hip fracture; Min 20 matches: passes.
        ["v5-h108-srmc-97116-gait-table"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97116 │ Gait training                │ 20  │
            └───────┴──────────────────────────────┴─────┘
            ┌──────────────┬──────────┬──────────┬────────┐
            │ Surface      │ Device   │ Distance │ Assist │
            ├──────────────┼──────────┼──────────┼────────┤
            │ Hallway      │ RW       │ 300 ft   │ SBA    │
            │ Gravel lot   │ RW       │ 120 ft   │ CGA    │
            └──────────────┴──────────┴──────────┴────────┘
            Cues for a longer R step and heel strike; short R step and R foot drag after the R hip fx.
            A. Sestak, PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // GRP OT 97530 with a task table of reps and assist; line-cook tasks at the training kitchen: lifting stock pots, turning with a sheet pan; L hand weakness and standing balance; Min 24 matches: passes.
        ["v5-h108-grp-ot-97530-task-table"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97530 ║ Therapeutic act.    ║ 24  ║
            ╚═══════╩═════════════════════╩═════╝
            ╔════════════════════════════╦═══════╦══════════╗
            ║ Task                       ║ Reps  ║ Assist   ║
            ╠════════════════════════════╬═══════╬══════════╣
            ║ Stock pot counter to stove ║ 6     ║ SBA      ║
            ║ Turn with a sheet pan      ║ 8     ║ mod I    ║
            ╚════════════════════════════╩═══════╩══════════╝
            Lodge line cook: L hand weakness after the tendon repair, loses grip on the pot handle when turning.
            A. Castellano, OTR/L
            """,
            ["S66.022D"], [OT("97530", 24)], []),

        // SRMC "Measure │ Today" table with "N/T" on every row and no other number but the code and its minutes; one-on-one ticked; foam perturbations, tandem, stepping over rails; postural control after a stroke: measure missing.
        ["v5-h108-srmc-today-column-nt"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: perturbations on foam, tandem walk, stepping over rails taped on the floor.
            ASSESSMENT: R-sided postural control poor after his stroke, late step with the R.
            ┌──────────────────┬─────────┐
            │ Measure          │ Today   │
            ├──────────────────┼─────────┤
            │ Berg             │ N/T     │
            │ TUG              │ N/T     │
            └──────────────────┴─────────┘
            J. Kusek, PT
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // GRP "Outcomes: deferred — next visit" and no number but the code and its minutes; one-on-one in words; gaze stabilisation on foam, walking with head turns; vestibular hypofunction: measure missing.
        ["v5-h108-grp-outcomes-deferred"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97112 ║ NM re-education     ║ 20  ║
            ╚═══════╩═════════════════════╩═════╝
            One-on-one the whole block. Gaze stabilization standing on foam, walking the hall with head turns, stopping and turning on cue.
            R vestibular hypofunction, dizzy and veers with head turns.
            Outcomes: deferred — next visit.
            B. Lindqvist, PTA
            """,
            ["H81.21"], [PTA("97112", 20)], [At(Measure, "97112")]),

        // CVPT "LOOKED STEADIER" and no number but the code and its minutes; one-on-one in words; rocker board, foam tandem, perturbations; ankle proprioception: measure missing.
        ["v5-h108-cvpt-looked-steadier"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  21 |
            +-------+----------------------+-----+
            ONE ON ONE ENTIRE TX.
            ROCKER BOARD, TANDEM ON FOAM, PERTURBATIONS AT THE PELVIS.
            L ANKLE PROPRIOCEPTION DECR, ROLLS IT ON THE DOCK BOARDS.
            LOOKED STEADIER THAN LAST WK.
            T. MOODY PTA
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // GRP PTA 97116 with "walked the block, did better" and no distance, assistance level or number but the code and its minutes; cane gait with cues for heel strike; short L step after a hip replacement: measure missing.
        ["v5-h108-grp-97116-walked-the-block"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97116 ║ Gait training       ║ 20  ║
            ╚═══════╩═════════════════════╩═════╝
            Gait with the cane around the block outside the clinic, cues for L heel strike and an upright trunk.
            Short L step and a L lurch after the L THA.
            Walked the block, did better than last time.
            B. Lindqvist, PTA
            """,
            ["Z96.642"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // SRMC a Min box on each code's row (97112 23, 97110 15), both match; one-on-one ticked; perturbations, BAPS and step-ups to foam with SLS seconds and perturbations; bridges, side-lying abduction and step-ups with doses; ankle proprioception and hip weakness after a fracture: passes.
        ["v6-h108-srmc-min-box-on-each-row"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │
            │ 97110 │ Therapeutic exercise         │ 15  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            NMR: perturbations at the pelvis, BAPS level 3, step-ups onto foam. R ankle proprioception down after the fx. SLS R 10 sec; 7 of 10 perturbations without a step.
            TE: bridges 3 × 15, side-lying hip abduction 3 lb 3 × 12, step-ups on the 6 in step 3 × 10. R hip abductor weakness, Trendelenburg on the R.
            K. Vodehnal, PT
            """,
            ["S82.891D"], [PT("97112", 23), PT("97110", 15)], []),

        // CVPT PTA MIN column (97116 18, 97530 15), both match; cane gait on the parking lot and curb with distance and SBA; car transfers and lifting the walker into the trunk with counts and CGA; short R step and quad weakness after a knee replacement: passes.
        ["v6-h108-cvpt-pta-min-column-two-codes"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97116 | GAIT TRN             |  18 |
            | 97530 | THER ACT             |  15 |
            +-------+----------------------+-----+
            GAIT TRN: SPC ACROSS THE LOT + UP THE CURB, CUES FOR R HEEL
            STRIKE, 400 FT SBA.
            THER ACT: CAR TRANSFERS IN + OUT 4X CGA, LIFTING THE FOLDED
            WALKER INTO THE TRUNK 4X.
            R TKA - SHORT R STEP, R QUAD WEAK, CANT STEP UP THE CURB LEADING R.
            T. MOODY PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18), PTA("97530", 15)], []),

        // GRP double-line Min column (97112 22, 97140 10), both match; 1:1 yes on the 97112 row; SLS on the rock pad, perturbations and hops with SLS seconds and landings; talocrural glides and STM with knee-to-wall; ankle proprioception and stiffness after a sprain: passes.
        ["v6-h108-grp-double-line-min-column"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes  ║
            ║ 97140 ║ Manual therapy      ║ 10  ║      ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            NMR: SLS on the rock pad, perturbations on the rocker board, hop and stick. L ankle proprioception down after the sprain. SLS rock pad L 14 sec; 7 of 10 landings stuck.
            MT: talocrural posterior glides grade III, STM to the peroneals. L DF stiff, knee to wall L 8 cm / R 12 cm.
            T. Two Bears, PT
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // GRP code cells wrapped onto a second row with the minutes on the first (97112 24, 97110 12), both match; "one-on-one" in the wrapped cell; perturbations and stepping over poles with Berg; leg press and step-downs with doses; postural control and quad weakness in MS: passes.
        ["v6-h108-grp-wrapped-code-rows"] = new(
            """
            ╔═══════╦════════════════════════════════╦═════╗
            ║ Code  ║ Service                        ║ Min ║
            ╠═══════╬════════════════════════════════╬═════╣
            ║ 97112 ║ NM re-ed, one-on-one:          ║ 24  ║
            ║       ║ perturbations, stepping over   ║     ║
            ║       ║ poles                          ║     ║
            ║ 97110 ║ Ther ex: leg press, step-downs ║ 12  ║
            ║       ║ from the low step              ║     ║
            ╚═══════╩════════════════════════════════╩═════╝
            MS: postural control slow with head turns, R quad weakness, knee buckles on the stairs.
            Berg 46/56. Leg press 70 lb 3 × 12; step-downs 3 × 8.
            M. Sorensen, PT, DPT
            """,
            ["G35"], [PT("97112", 24), PT("97110", 12)], []),

        // SRMC block headings "97112 NEUROMUSCULAR RE-ED — 23 MIN" and "97110 THERAPEUTIC EXERCISE — 14 MIN" each over its own table, both match; one-on-one ticked; perturbations and tandem with Berg; exercise table with doses; postural control and hip weakness after a stroke: passes.
        ["v6-h108-srmc-block-headings-over-tables"] = new(
            """
            Treatment provided one-on-one   ☒ Yes   ☐ No
            97112 NEUROMUSCULAR RE-ED — 23 MIN
            ┌──────────────────────────────────────────────────────────┐
            │ Perturbations at the pelvis, tandem walk with head turns │
            │ R-sided postural control poor after L CVA; Berg 43/56    │
            └──────────────────────────────────────────────────────────┘
            97110 THERAPEUTIC EXERCISE — 14 MIN
            ┌──────────────────────┬──────────────┬────────┐
            │ Side-lying hip abd   │ 3 × 12       │ 2 lb   │
            │ Sit to stand         │ 3 × 10       │ —      │
            └──────────────────────┴──────────────┴────────┘
            R hip weakness, pushes up with both arms.
            J. Kusek, PT
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 14)], []),

        // CVPT a "TIME" column with a clock range on each code's row (97112 0902-0925 = 23, 97110 0925-0937 = 12), both match; one-on-one; foam tandem and perturbations with tandem seconds; heel raises and step-ups with doses; neuropathic proprioception and calf weakness: passes.
        ["v6-h108-cvpt-clock-range-on-each-row"] = new(
            """
            +-------+----------------------+-----------+
            | CPT   | DESCRIPTION          | TIME      |
            +=======+======================+===========+
            | 97112 | NM RE-ED             | 0902-0925 |
            | 97110 | THER EX              | 0925-0937 |
            +-------+----------------------+-----------+
            1-ON-1 (Y/N): Y
            NM RE-ED: TANDEM ON FOAM, PERTURBATIONS AT PELVIS. NEUROPATHY,
            PROPRIOCEPTION DECR BOTH FEET. TANDEM 11 SEC.
            THER EX: HEEL RAISES 3X15, STEP UPS 3X10. CALF WEAKNESS BILAT.
            J. BATTLES PT
            """,
            ["E11.42"], [PT("97112", 23), PT("97110", 12)], []),

        // GRP a PT's row (97116, Min 20) and an OT's row (97530, Min 25), each matching its own line; crutch gait on the Big Sky village path with distance and SBA; carrying skis and a boot bag with counts and assist; ACL reconstruction with a short stance and weak quad: passes.
        ["v6-h108-grp-pt-row-and-ot-row"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════════════════╗
            ║ Code  ║ Service             ║ Min ║ Clinician        ║
            ╠═══════╬═════════════════════╬═════╬══════════════════╣
            ║ 97116 ║ Gait training       ║ 20  ║ T. Two Bears PT  ║
            ║ 97530 ║ Therapeutic act.    ║ 25  ║ A. Castellano OT ║
            ╚═══════╩═════════════════════╩═════╩══════════════════╝
            Gait: crutches, WBAT, on the village path and the snowy curb, cues for knee extension in stance. Short R stance after the ACL reconstruction. 600 ft SBA.
            Ther act: carrying skis on the L shoulder with one crutch, boot bag to the locker and back. Weak R quad, can't carry and step. 3 carries with stand-by assist.
            """,
            ["S83.511D"], [PT("97116", 20), OT("97530", 25)], []),

        // SRMC pipe table "| 97112 | NMR | 22 min |" and "| 97140 | MT | 9 min |", both match; one-on-one ticked; perturbations and foam with SLS; joint mobilisation to the ankle with dorsiflexion degrees; ankle proprioception and stiffness after a fracture: passes.
        ["v6-h108-srmc-pipe-table-minutes-with-unit"] = new(
            """
            | 97112 | NMR | 22 min |
            | 97140 | MT | 9 min |
            Treatment provided one-on-one ☒ Yes ☐ No
            NMR: perturbations in tandem on foam, rocker board. L ankle proprioception down after the fx. SLS L 9 sec.
            MT: talocrural distraction and posterior glides grade III. L DF stiff, 4 deg to 9 deg.
            A. Sestak, PTA
            """,
            ["S82.62XD"], [PTA("97112", 22), PTA("97140", 9)], []),

        // CVPT OT MIN column (97530 16, 97110 12), both match; tub transfers and reaching with assist; band shoulder work with doses; shoulder weakness after a humerus fracture: passes.
        ["v6-h108-cvpt-ot-two-codes"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97530 | THER ACT             |  16 |
            | 97110 | THER EX              |  12 |
            +-------+----------------------+-----+
            THER ACT: TUB BENCH TRANSFERS 4X MIN A, REACHING TO THE TOP SHELF.
            THER EX: SHOULDER FLEX + ER YELLOW BAND 2X15, WALL SLIDES 2X10.
            R SHOULDER WEAKNESS AFTER PROX HUMERUS FX, CANT REACH OVERHEAD.
            S. GILLILAND OTR/L
            """,
            ["S42.201D"], [OT("97530", 16), OT("97110", 12)], []),

        // SRMC Min box of 35 on the 97112 row against a 23-min line: mismatch; otherwise complete (one-on-one ticked; rocker board and tandem perturbations; ankle proprioception; SLS seconds and perturbations).
        ["v6-h108-srmc-min-35-against-23"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 35  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            Rocker board M/L, perturbations in tandem on foam. R ankle proprioception down after the sprain. SLS R 10 sec; 6 of 10 perturbations without a step.
            K. Vodehnal, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // CVPT PTA MIN 30 on a 97116 against an 18-min line: mismatch; otherwise complete (cane gait on the sidewalk and curb with distance and SBA; short L step after a hip fracture).
        ["v6-h108-cvpt-pta-min-30-against-18"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97116 | GAIT TRN             |  30 |
            +-------+----------------------+-----+
            SPC ON THE SIDEWALK + CURB, CUES FOR A LONGER L STEP.
            R HIP FX - SHORT L STEP, R TRENDELENBURG. 500 FT SBA.
            T. MOODY PTA
            """,
            ["S72.001D"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // GRP two rows, the 97112's Min 22 matching and the 97530's Min 28 against a 15-min line: mismatch on 97530; both complete (1:1 yes; foam perturbations with Berg; carrying a bucket to the stock tank and back with counts and SBA; postural control and hip weakness).
        ["v6-h108-grp-second-row-28-against-15"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes  ║
            ║ 97530 ║ Therapeutic act.    ║ 28  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            NMR: perturbations on foam, stepping over poles with head turns. Postural control slow, steps late. Berg 45/56.
            Ther act: carrying a half-full bucket across the gym and over the threshold, setting it down and lifting it. Hip weakness, lists when she carries. 6 carries SBA.
            B. Lindqvist, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97530", 15)], [At(Mismatch, "97530")]),

        // CVPT two code rows with no MIN column and a "TOTAL TIMED MIN 38" row under them: separate time missing; both complete (one-on-one; BAPS and perturbations with SLS seconds; step-ups and heel raises with doses; ankle proprioception and calf weakness).
        ["v6-h108-cvpt-total-timed-min-only"] = new(
            """
            +-------+----------------------+
            | CPT   | DESCRIPTION          |
            +=======+======================+
            | 97112 | NM RE-ED             |
            | 97110 | THER EX              |
            +-------+----------------------+
            | TOTAL TIMED MIN         38   |
            +------------------------------+
            1-ON-1 (Y/N): Y
            NM RE-ED: BAPS LVL 3, PERTURBATIONS AT PELVIS.
            L ANKLE PROPRIOCEPTION DECR. SLS L 9 SEC.
            THER EX: STEP UPS 3X10, HEEL RAISES 3X15. L CALF WEAKNESS.
            R. WHITLOCK PT
            """,
            ["S82.852D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // SRMC "Treatment time: 40 min" over a code table with no Min column: separate time missing; both complete (one-on-one ticked; perturbations and tandem with Berg; band hip work and sit-to-stands with doses; postural control and hip weakness after a fall).
        ["v6-h108-srmc-treatment-time-line-only"] = new(
            """
            ┌───────┬──────────────────────────────┐
            │ CPT   │ Service                      │
            ├───────┼──────────────────────────────┤
            │ 97112 │ Neuromuscular re-education   │
            │ 97110 │ Therapeutic exercise         │
            └───────┴──────────────────────────────┘
            Treatment time: 40 min
            Treatment provided one-on-one   ☒ Yes   ☐ No
            NMR: perturbations at the pelvis, tandem walk with head turns. Postural control slow after her fall, late stepping reaction. Berg 44/56.
            TE: band hip abduction and extension red band 3 × 15, sit to stand 3 × 10. Hip weakness, pushes up with both arms.
            J. Kusek, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h108-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 24), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h108-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // A note of only spaces and line breaks (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h108-spaces-and-line-breaks-only-97116"] = new(
            "   \n    \n  ",
            ["Z96.652"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a GRP flowsheet: side-lying abduction, bridges, step-ups and leg press with sets, reps and loads (technique and measure), L hip abductor and extensor weakness after a hip replacement with a Trendelenburg on the elk hunter's climbs (deficit); Min 22 matches: passes.
        ["v7-h108-grp-97110-hip-strength-flowsheet"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97110 ║ Therapeutic ex.     ║ 22  ║
            ╚═══════╩═════════════════════╩═════╝
            EXERCISE FLOWSHEET
            ╔════════════════════════╦══════════╦═════════╗
            ║ Exercise               ║ Sets×Reps║ Load    ║
            ╠════════════════════════╬══════════╬═════════╣
            ║ Side-lying hip abd L   ║ 3×12     ║ 3 lb    ║
            ║ Bridges                ║ 3×15     ║ —       ║
            ║ Step-ups 8 in          ║ 3×10     ║ —       ║
            ║ Leg press              ║ 3×12     ║ 90 lb   ║
            ╚════════════════════════╩══════════╩═════════╝
            L THA in December: L hip abductor and extensor weakness, Trendelenburg on the L climbing the ridge.
            M. Sorensen, PT, DPT
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 22)], []),

        // 97530's meaning on an SRMC OT note: getting up into the ranch pickup by the grab handle and running board, and carrying a feed bucket across the gym and over a threshold (technique), R knee and hip weakness and poor standing balance with a load after a knee replacement (deficit), reps with CGA and distance with SBA (measure); Min 24 matches: passes.
        ["v7-h108-srmc-97530-pickup-and-feed-bucket"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97530 │ Therapeutic activities       │ 24  │
            └───────┴──────────────────────────────┴─────┘
            TREATMENT: up into the ranch pickup by the grab handle and running board and back down, 5 times with contact guard; carrying a feed bucket across the gym and over a threshold, 100 ft with stand-by assist.
            ASSESSMENT: R knee and hip weakness after the R TKA, unsteady standing with a load in one hand.
            L. Wadas, OTR/L
            """,
            ["Z96.651", "Z47.1"], [OT("97530", 24)], []),

        // 97140's meaning on a CVPT log: talocrural and subtalar joint mobilisation and soft-tissue mobilisation to the calf (technique), an ankle stiff after a fracture limiting the mail carrier's squat and stairs (deficit), dorsiflexion degrees before and after (measure); MIN 12 matches: passes.
        ["v7-h108-cvpt-97140-ankle-after-fracture"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97140 | MAN THER             |  12 |
            +-------+----------------------+-----+
            TALOCRURAL POST GLIDES GR III-IV, SUBTALAR EVERSION GLIDES, STM TO
            THE R GASTROC/SOLEUS. R ANKLE STIFF AFTER ORIF, CANT SQUAT TO THE
            LOW MAILBOXES OR DO STAIRS STEP OVER STEP. DF 2 DEG -> 8 DEG.
            J. BATTLES PT
            """,
            ["S82.51XD"], [PT("97140", 12)], []),

        // 97116's meaning on a CVPT PTA log: rolling walker to a cane on the red-clay yard and the porch steps with cues (technique), short R step and R knee buckling after a stroke (deficit), distance with SBA and steps with CGA (measure); MIN 23 matches: passes.
        ["v7-h108-cvpt-97116-red-clay-yard"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97116 | GAIT TRN             |  23 |
            +-------+----------------------+-----+
            RW -> QUAD CANE ON THE RED CLAY YARD + THE PORCH STEPS, CUES FOR
            R KNEE FLEX IN SWING + A LONGER R STEP. SHORT R STEP, R KNEE BUCKLES
            ON THE STEPS AFTER THE L CVA. 250 FT QC SBA, 6 STEPS 1 RAIL CGA.
            T. MOODY PTA
            """,
            ["I69.351"], [PTA("97116", 23)], []),

        // Wholly generic CVPT log: "97112 NM RE-ED 25 / BALANCE TRAINING / PT TOL TX WELL / CONT POC" - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h108-cvpt-generic-97112-log"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  25 |
            +-------+----------------------+-----+
            BALANCE TRAINING. PT TOL TX WELL. CONT POC.
            """,
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic GRP 97110 + 97530 with a Min cell for each (15 and 18, both match) and "ther ex and ther act per POC, tolerated well, no complaints" - nothing named for either code.
        ["v7-h108-grp-generic-97110-and-97530-with-minutes"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97110 ║ Therapeutic ex.     ║ 15  ║
            ║ 97530 ║ Therapeutic act.    ║ 18  ║
            ╚═══════╩═════════════════════╩═════╝
            Ther ex and ther act per POC. Tolerated well, no complaints. Continue.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic SRMC OT 97530: "Pt participated in functional activities per plan. Tolerated well. Continue POC." - no activity, deficit or measure named.
        ["v7-h108-srmc-generic-ot-97530"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97530 │ Therapeutic activities       │ 20  │
            └───────┴──────────────────────────────┴─────┘
            TREATMENT: Pt participated in functional activities per plan.
            ASSESSMENT: Tolerated well.
            PLAN: Continue POC.
            L. Wadas, OTR/L
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // SRMC widow who walks to church over gravel: one-on-one ticked; walking on a gravel tray and foam path with head turns, perturbations, stepping over a curb; somatosensory loss and a slow ankle strategy; Berg and gravel-path seconds; Min 23 matches: passes.
        ["vord-h108-srmc-gravel-to-church"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 23  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            SUBJECTIVE: Age 84, walks to St. Mary's over the gravel every Sunday, nearly fell on the way home.
            TREATMENT: walking the gravel tray and a foam path with head turns, perturbations in stride stance, stepping up and over a curb.
            ASSESSMENT: somatosensory loss both feet, slow ankle strategy, stops and looks down on uneven ground.
            ┌──────────────────┬─────────┬─────────┐
            │ Measure          │ Today   │ Last    │
            ├──────────────────┼─────────┼─────────┤
            │ Berg             │ 46/56   │ 43/56   │
            │ Gravel path      │ 28 s    │ 41 s    │
            └──────────────────┴─────────┴─────────┘
            K. Vodehnal, PT
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // CVPT textile-mill retiree with Parkinson's: one-on-one; large-amplitude stepping, backward stepping to pulls, turns around a cone with cues; retropulsion and freezing; Mini-BESTest and turn steps; MIN 24 matches: passes.
        ["vord-h108-cvpt-mill-retiree-parkinsons"] = new(
            """
            REHABMASTER 2.4          DAILY TREATMENT LOG          COOSA VALLEY PHYSICAL THERAPY - BOAZ
            PT NAME: HOLCOMB, EARL          ACCT#: 52203          DOS: 03/04/2026
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  24 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y    PT WITH PT ENTIRE SESSION
            TX NARRATIVE:
            LARGE AMPLITUDE STEPPING FWD/SIDE/BACK, BACKWARD STEPPING TO PULLS
            AT THE HIPS, TURNS AROUND A CONE W/ COUNTING CUES. PARKINSONS,
            RETROPULSION, FREEZES IN THE MILL VILLAGE DOORWAYS.
            MINI-BEST 17/28. 360 TURN 9 STEPS (12 LAST MO).
            R. WHITLOCK PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // GRP ski patroller after an ACL reconstruction: 1:1 yes; perturbations in single-leg stance on the BOSU, drop landings with holds, lateral hops; late quad and hip recruitment with valgus; hop test and landings; Min 22 matches: passes.
        ["vord-h108-grp-ski-patroller-acl"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Perturbations in single-leg stance on the BOSU, drop landings off a 12 in box with a stick, lateral hops to a hold.
            L ACL reconstruction (Oct): late quad and glute recruitment, knee valgus on landing and cutting.
            | Single hop L/R | 118/140 cm |
            | Landings without valgus | 8 of 10 |
            T. Two Bears, PT
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // SRMC PTA 97110 for the school cook's knee osteoarthritis: exercise table with doses; quad weakness and stiffness standing at the steam table; Min 19 matches: passes.
        ["vord-h108-srmc-cook-knee-oa-97110"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97110 │ Therapeutic exercise         │ 19  │
            └───────┴──────────────────────────────┴─────┘
            ┌──────────────────────┬──────────────┬────────┐
            │ Exercise             │ Sets × Reps  │ Load   │
            ├──────────────────────┼──────────────┼────────┤
            │ Recumbent bike       │ seat 7       │ lvl 3  │
            │ Quad sets            │ 2 × 15       │ 5 s    │
            │ SAQ                  │ 3 × 10       │ 3 lb   │
            │ Mini squats          │ 3 × 10       │ —      │
            └──────────────────────┴──────────────┴────────┘
            Bilat knee OA, R > L: quad weakness and stiffness, can't stand through the lunch line at the school.
            A. Sestak, PTA
            """,
            ["M17.0"], [PTA("97110", 19)], []),

        // CVPT tyre-plant retiree after a hip replacement: 97116 with walker-to-cane gait on the lot and the ramp with cues; antalgic gait with a short R stance; distance and assist; MIN 22 matches: passes.
        ["vord-h108-cvpt-tyre-plant-retiree-97116"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97116 | GAIT TRN             |  22 |
            +-------+----------------------+-----+
            RETIRED FROM THE GOODYEAR PLANT. RW -> SPC ON THE LOT + UP THE
            RAMP, CUES FOR EQUAL STEP LENGTH + R HIP EXT. ANTALGIC GAIT,
            SHORT R STANCE AFTER THE R THA. 450 FT SPC SBA, RAMP X 3 CGA.
            J. BATTLES PT
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 22)], []),

        // GRP 97140 and 97110 with a Min cell each (12 and 14), both match; glenohumeral posterior glides and STM to the posterior cuff; band rows, ER and scaption with doses; shoulder stiffness and cuff weakness in a line cook; ER degrees: passes.
        ["vord-h108-grp-shoulder-97140-and-97110"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97140 ║ Manual therapy      ║ 12  ║
            ║ 97110 ║ Therapeutic ex.     ║ 14  ║
            ╚═══════╩═════════════════════╩═════╝
            MT: GH posterior and inferior glides grade III, STM to the posterior cuff and pec minor. R shoulder stiff, ER 35 deg -> 48 deg.
            TE: rows green band 3 × 15, ER at 0 deg red band 3 × 12, scaption 2 lb 3 × 10. R cuff weakness, can't reach the top rack on the line.
            M. Sorensen, PT, DPT
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 14)], []),

        // SRMC 97112 and 97116 with a Min box each (22 and 16), both match; one-on-one ticked; stepping up onto and off a flatbed-height step with perturbations, tandem; gait over rough ground and snow ruts with a cane; proprioception and a short L step after a stroke; Berg and distance: passes.
        ["vord-h108-srmc-flatbed-feeder-two-codes"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 22  │
            │ 97116 │ Gait training                │ 16  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            SUBJECTIVE: feeds cattle off the flatbed every morning, his hired man drives.
            NMR: stepping up to and down from a flatbed-height step with perturbations, tandem stance on foam. L LE proprioception down after the R CVA. Berg 47/56.
            GAIT: SPC over the rough mat path and the frozen ruts outside the back door, cues for L heel strike. Short L step. 350 ft SBA.
            J. Kusek, PT
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // CVPT OT 97530 for the man who fishes off the dock at Lake Guntersville: stepping into a rocking boat mock-up and casting in standing with counts and assist; standing balance and R grip weakness after a stroke: passes.
        ["vord-h108-cvpt-ot-dock-and-boat"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97530 | THER ACT             |  23 |
            +-------+----------------------+-----+
            FISHES OFF THE DOCK AT LAKE GUNTERSVILLE. STEPPING ONTO THE ROCKER
            PLATFORM (BOAT MOCK-UP) + CASTING A WEIGHTED ROD STANDING, BAITING
            A HOOK W/ THE R HAND. STANDING BALANCE POOR W/ BOTH HANDS BUSY, R
            GRIP WEAK AFTER THE CVA. 10 CASTS CGA, ON/OFF PLATFORM 5X MIN A.
            S. GILLILAND OTR/L
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // GRP clinician's pipe table without a header rule on a snowboarder after a concussion: one-on-one; VOR x1 on foam, walking with head turns, catch and throw; vestibular and postural control dysfunction; DGI and head-turn seconds; Min 21 matches: passes.
        ["vord-h108-grp-snowboarder-pipe-table"] = new(
            """
            | Code | 97112 | Min | 21 |
            | 1:1 | yes, whole block |
            | Tx | VOR x1 standing on foam, walking with head turns, catch and throw on foam |
            | Problem | post-concussion vestibular and postural control dysfunction, dizzy and off line with head turns |
            | Outcome | DGI 20/24, head turns on foam 25 sec |
            T. Two Bears, PT
            """,
            ["S06.0X0D"], [PT("97112", 21)], []),

        // SRMC 97110 for the bull rider after an ACL reconstruction: exercise table with doses; quad weakness and a knee extension lag; Min 21 matches: passes.
        ["vord-h108-srmc-bull-rider-97110"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97110 │ Therapeutic exercise         │ 21  │
            └───────┴──────────────────────────────┴─────┘
            ┌──────────────────────┬──────────────┬────────┐
            │ Exercise             │ Sets × Reps  │ Load   │
            ├──────────────────────┼──────────────┼────────┤
            │ Leg press            │ 3 × 12       │ 110 lb │
            │ Step-downs 6 in      │ 3 × 10       │ —      │
            │ Split squats         │ 3 × 8        │ 15 lb  │
            └──────────────────────┴──────────────┴────────┘
            R ACL reconstruction: R quad weakness, extension lag 5 deg, can't squat to get down on the bull.
            J. Kusek, PT
            """,
            ["S83.511D"], [PT("97110", 21)], []),

        // CVPT 97112 and 97530 with a MIN each (22 and 15), both match; one-on-one; rocker board, foam tandem and perturbations with SLS seconds; stepping up and down the trail steps with a pack with counts and SBA; ankle proprioception and calf weakness after a sprain on the Noccalula Falls trail: passes.
        ["vord-h108-cvpt-noccalula-trail-two-codes"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  22 |
            | 97530 | THER ACT             |  15 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            NM RE-ED: ROCKER BOARD, TANDEM ON FOAM, PERTURBATIONS. L ANKLE
            PROPRIOCEPTION DECR AFTER SPRAIN ON THE NOCCALULA FALLS TRAIL.
            SLS L 12 SEC.
            THER ACT: UP + DOWN THE STAIRS W/ A LOADED DAY PACK, STEPPING ONTO
            A ROCK. L CALF WEAK ON THE STEP DOWN. 4 FLIGHTS SBA.
            J. BATTLES PT
            """,
            ["S93.402D"], [PT("97112", 22), PT("97530", 15)], []),

        // GRP PTA 97116 for the elk hunter after a hip replacement: cane gait on the grass and a slope with cues; R Trendelenburg and a short L step; distance and assist; Min 23 matches: passes.
        ["vord-h108-grp-elk-hunter-97116"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97116 ║ Gait training       ║ 23  ║
            ╚═══════╩═════════════════════╩═════╝
            SPC on the grass and up and down the slope behind the Livingston clinic, cues for an upright trunk and a longer L step.
            R THA in November: R Trendelenburg, short L step, slows on the slope.
            900 ft SPC with stand-by assist; slope x 4 with contact guard.
            B. Lindqvist, PTA
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 23)], []),

        // SRMC cell wrapped onto a second row in the measure table; one-on-one ticked; stepping over a pivot's wheel-track rut taped on the floor, perturbations, walking on foam with head turns; ataxic postural control with a wide base; Berg and rut crossings; Min 24 matches: passes.
        ["vord-h108-srmc-pivot-wheel-track"] = new(
            """
            ┌───────┬──────────────────────────────┬─────┐
            │ CPT   │ Service                      │ Min │
            ├───────┼──────────────────────────────┼─────┤
            │ 97112 │ Neuromuscular re-education   │ 24  │
            └───────┴──────────────────────────────┴─────┘
            Treatment provided one-on-one   ☒ Yes   ☐ No
            TREATMENT: stepping over a rut taped on the floor the width of a pivot's wheel track, perturbations at the pelvis, walking on foam with head turns.
            ASSESSMENT: ataxic postural control, wide base, overshoots the step and grabs.
            ┌──────────────────┬──────────────────┐
            │ Berg             │ 42/56            │
            │ Rut crossings    │ 7 of 10 without  │
            │                  │ a grab           │
            └──────────────────┴──────────────────┘
            K. Vodehnal, PT
            """,
            ["R27.0"], [PT("97112", 24)], []),

        // GRP complete 97112 (1:1 yes; rocker board and foam with perturbations; ankle proprioception after a sprain; SLS seconds and perturbations) sent with no diagnosis.
        ["vord-h108-grp-no-diagnosis"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 23  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Rocker board M/L eyes closed, foam stance with perturbations at the pelvis.
            R ankle proprioception down after the sprain. SLS foam R 11 sec; 7 of 10 perturbations without a step.
            M. Sorensen, PT, DPT
            """,
            [], [PT("97112", 23)], [Dx]),

        // CVPT complete 97112 (one-on-one; perturbations, foam tandem, stepping over canes; slow stepping reaction and a wide-based unsteady gait; Berg and TUG) with the referral's ICD-9 code 781.2 on the claim: not a well-formed ICD-10-CM code.
        ["vord-h108-cvpt-icd9-781-2"] = new(
            """
            +-------+----------------------+-----+
            | CPT   | DESCRIPTION          | MIN |
            +=======+======================+=====+
            | 97112 | NM RE-ED             |  24 |
            +-------+----------------------+-----+
            1-ON-1 (Y/N): Y
            PERTURBATIONS ON FOAM, TANDEM W/ HEAD TURNS, STEPPING OVER CANES.
            SLOW STEPPING REACTION, WIDE BASED UNSTEADY GAIT.
            BERG 41/56. TUG 14.9 SEC W/ SPC.
            R. WHITLOCK PT
            """,
            ["781.2"], [PT("97112", 24)], [Dx]),

        // SRMC two-code table with only a "Total │ 38" row and "Tolerated treatment well, no complaints, continue plan of care.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h108-srmc-generic-two-codes-total"] = new(
            """
            | CPT | 97112, 97530 |
            | Total | 38 |
            Tolerated treatment well, no complaints, continue plan of care.
            """,
            ["R26.81"], [PT("97112", 23), PT("97530", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // GRP PTA Min cell 32 on a 97116 against a 20-min PTA line: mismatch; otherwise complete (cane gait on Main Street into the wind with distance and SBA; short R step after a hip fracture).
        ["vord-h108-grp-pta-gait-32-against-20"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97116 ║ Gait training       ║ 32  ║
            ╚═══════╩═════════════════════╩═════╝
            SPC on Livingston's Main Street sidewalk into the wind and back, cues for a longer R step. Short R step and L lateral lean after the L hip fx. 1,000 ft SBA.
            B. Lindqvist, PTA
            """,
            ["S72.002D"], [PTA("97116", 20)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
