using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind, beside the hundred-and-eighty-second). The set is a random
/// week of paper notes — handwritten, or printed forms filled in by pen — that were scanned and turned into text by the
/// EMR's OCR before the export, written exactly as the characters come out: page headers and footers repeated in the
/// middle of the text ("Page 2 of 2", the clinic's letterhead, "Patient: ________ DOB: ________" lines), words
/// hyphenated across line ends ("proprio-" / "ception", "pertur-" / "bations"), lines broken where the paper's columns
/// ended, a printed form's boxes read as "[ ]", "[v]", "[X]", "☐", "☑" or a stray "O" or "D" for an empty box, table
/// rules read as "|" and "_____", smudges read as stray punctuation (".,", "'", "~", "`"), and the usual OCR confusions
/// in ordinary words (rn for m, l for I, 0 for O, cl for d: "rny schedule", "tirne", "lndividual", "0utpatient",
/// "F0AM", "stancling") — never in a billed code, its minutes or a measure's number — about two thirds ordinary and
/// complete (68 of 106), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT's and a PTA's code on one visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three
/// employers, each with its own printed form:
/// <list type="number">
/// <item>a rural critical-access hospital's outpatient therapy department still on paper flowsheets ("Sappa Creek
/// Community Hospital — Outpatient Therapy", SCCH: the hospital in Oberlin, Kansas, its Atwood clinic and a Thursday
/// outreach room in the Herndon community building): the "OP THERAPY DAILY FLOWSHEET (form R-31)" with a "DATE | CPT |
/// MIN | 1:1" row per code, TX / PROBLEM / MEASURE / RESP lines and the writer's initials, its letterhead and "Patient:
/// ____ DOB: ____" line repeated at the top of the back page: Marla Schlepp (PT, "MS"), Dean Ostmeyer (PTA, "DO") and
/// Jolene Bressler (OTR/L, "JB"); a dryland wheat farmer and his combine-cab ladder, a grain-elevator manager on the
/// bin catwalk, a rural mail carrier in and out of a right-hand-drive Jeep, a church-basement quilter, a retired
/// sale-barn auctioneer, a fall in a pheasant field, the hospital's long basement hallway and the helipad ramp;</item>
/// <item>a two-therapist neuro practice whose owner writes in block capitals on a printed daily note form ("North
/// Country Neuro Physical Therapy", NCNPT: one clinic in Bemidji, Minnesota): the "DAILY NOTE — PLEASE PRINT" form with
/// "SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP", "PROBLEM", "INTERVENTIONS", "OUTCOME MEASURES" and "CPT / MIN" boxes, Gordon
/// Tveit (PT, DPT, NCS, the owner, block capitals throughout, 0 for O where his O's close) and Kari Hjelle (PT, a
/// slanted lowercase hand the OCR reads worst: rn for m, cl for d); multiple sclerosis, Parkinson's disease, a
/// cerebellar stroke, spinocerebellar ataxia, Guillain-Barré recovery and vestibular loss; an ice-fishing house on Lake
/// Bemidji, a snowmobile trailer, a wild-rice ricing canoe, the hockey-arena bleachers, a deer stand and a dock that
/// moves; LSVT BIG, Frenkel exercises, Cawthorne-Cooksey exercises, body-weight-supported treadmill training and mirror
/// therapy;</item>
/// <item>a skilled-nursing company's outpatient clinic whose printed Medicare Part B daily note has a minutes grid
/// ("Pennyroyal Senior Care — Outpatient Therapy", PSC: the Greenbriar Commons campus in Hopkinsville and the Cadiz
/// campus, Kentucky): "MEDICARE PART B DAILY TREATMENT NOTE (form B-7)" with a "Delivery: ☐ Individual ☐ Concurrent ☐
/// Group ☐ Co-treatment" row and a printed "| CPT | Service | Min | Units |" grid listing all five timed codes, the
/// unbilled rows left empty and the "Total Timed Min: ____" box usually left blank, the grid's rules read as "|" and
/// "_____", "Skilled intervention", "Pt response" and "Progress toward goals" boxes: Dwight Pennebaker (PT), Shawna
/// Gilley (PTA) and Rosalind Haymaker (OTR/L); a retired Fort Campbell first sergeant, a dark-fired tobacco grower in
/// the stripping room, a church pianist, a woman who cans tomatoes, a Walmart greeter, the Little River greenway and
/// the campus chapel.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many scanned notes, applying
/// the contract to what the page says once the scan's noise is read past: a repeated header, footer or patient line
/// says nothing, a word broken across a line end is the whole word, a box read as "[v]", "[X]", "☑" or a tick is ticked
/// and one read as "[ ]", "☐", "O" or "D" is empty, a printed row of the form with nothing written in it states
/// nothing, and an ordinary word with an OCR slip is that word:
/// <list type="bullet">
/// <item>class 1 (v1-h184-…): one-on-one in these writers' own words ("1:1 — ONLY PT IN THE GYM W/ ME", "pt seen by
/// herself, nobody else on rny schedule that hour", "lndividual" ticked on the Part B form, "one-on-" / "one the whole
/// block, his wife in the chair by the door", "JUST ME + MR. KVALE, SON HELD THE COAT"), notes that negate it (the
/// flowsheet's 1:1 box ticked beside "Had Mr. Dinkel on the bike at the same tirne", "[X] GROUP — BIG GROUP, 3 PTS",
/// the Part B form's Concurrent box ticked for a PTA with two residents at the parallel bars) or never state it (a
/// flowsheet row with the 1:1 column left blank and nothing else), and the codes without a one-on-one check (an OT's
/// 97530 in a kitchen group of three and a PTA's 97110 beside another resident on the recumbent stepper), and an aide
/// who brought the patient down from the unit and waited in the hall beside a ticked "Individual";</item>
/// <item>class 2 (v2-h184-…): checkbox and blank-field states as the OCR reads them: "[v]" in a 1:1 column, "1:1 [X]
/// GRP [ ]", "☑ Individual ☐ Concurrent", "D 1:1 [X] GROUP", "O 1:1 O CO-TX O GROUP" with nothing ticked, "☐ Individual
/// ☐ Concurrent ☐ Group ☐ Co-treatment" left empty, "PROBLEM: __________", "Berg ______   TUG ______ sec", a "MEASURE:"
/// line with only a smudge, and empty boxes beside filled-in text that states the element;</item>
/// <item>class 3 (v3-h184-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises, Frenkel
/// exercises in sitting and standing to a metronome, Maitland grade III glides to a frozen shoulder, Mulligan SNAGs for
/// cervical rotation, the Graston technique to the ITB, Otago strengthening with cuff weights) and named methods beside
/// a missing element (Cawthorne-Cooksey exercises with "problem: see eval", PNF diagonal patterns with no number at
/// all, Otago strengthening with no dose);</item>
/// <item>class 4 (v4-h184-…): deficits stated as findings in these writers' terms (a foot that catches on the combine
/// ladder's second rung, a man who loses his footing on the ice-house floor when he looks down the hole, a hand that
/// overshoots the coffee cup, a woman who drifts into the church pew, a knee that buckles on the tobacco-barn tier
/// rail) and notes that state none ("PROBLEM: SAME AS LAST", "PROBLEM: per eval", "Impairment: doing well, no
/// complaints today", an impairment line lost entirely to a smudge);</item>
/// <item>class 5 (v5-h184-…): measures in every usual form (Berg and TUG written after a page break under the repeated
/// letterhead, Mini-BESTest and FGA in block capitals, counts of head turns before symptoms, distances and assistance
/// levels for 97116, grip by dynamometer and a timed buttoning task for 97530; elsewhere in the set SARA, a 9-hole peg
/// test, CTSIB, 5xSTS, a 30-second chair stand, 10-metre walk speeds, degrees and doses) and notes with none ("OUTCOME
/// MEASURES: BERG ___", "Berg — not done, ran out of time", "steadier per daughter", a 97110 with its exercises and no
/// dose, a 97116 with its cues and no distance or assistance);</item>
/// <item>class 6 (v6-h184-…): minutes in these forms (a flowsheet row "3/4 | 97112 | 24 | [v]", the Part B grid's Min
/// column with its units, a grid row whose description wraps to a second line under the code's row, block capitals "CPT
/// / MIN: 97112 / 24    97116 / 15", a clock range on the code's own line, two codes with two rows, three codes with
/// "97112 — 25 min:" leading each block, a PT's and an OT's row and a PT's and a PTA's row on one grid) and true
/// mismatches (a grid "Min" of 12 on a 24-minute line, a block-capital "MIN 30" on an 18-minute line, a flowsheet row
/// of 15 on a 27-minute line, a clock range of half an hour on a 19-minute line) and truly missing separate time (a
/// grid row for the second code with its Min cell empty, "CPT / MIN: 97112 / 23 — 97110 / ___", a flowsheet's two codes
/// with one "MIN" written as a dash, both grid rows empty beside "Total Timed Min: 38");</item>
/// <item>class 7 (v7-h184-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a scan that came back blank on a two-code visit, line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (leg press, step-ups and bridges after a knee replacement), 97530 (lifting a canner of
/// jars from counter to stove, and floor to stand through half-kneel and stepping down into a ricing canoe), 97140
/// (thoracic mobilisation and soft-tissue work for a stiff upper back and shoulder) and 97116 (a quad cane on the
/// campus sidewalk, curb and chapel ramp; walker to cane on the basement hallway and the helipad ramp), and wholly
/// generic notes: a flowsheet row with "ther ex per POC — tol well", a Part B form with only "skilled services provided
/// per plan of care" on a two-code grid, and a block-capital note reading "BALANCE TRAINING. TOL WELL. CONT
/// POC.";</item>
/// <item>ordinary (vord-h184-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their scan noise (page footers and letterheads in the middle, hyphenated words, a column broken onto
/// the next line, empty rows of the grid for unbilled codes, an empty "Total Timed Min: ____" box), and the ordinary
/// weak ones: a complete note sent with no diagnosis and a claim whose diagnosis was keyed from a smudged scan
/// ("R26.8?").</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a son, daughters, an aide who
/// wheeled the patient down from the unit, a wife who watched to learn the exercises (none of them a patient; Mr.
/// Dinkel on the bike, the two residents at the parallel bars, the other two in the BIG group and the resident on the
/// stepper are), dates of service, form numbers, page numbers, heights of steps and ladder rungs in inches, loads in
/// pounds, band colours, distances in feet and metres, grip pounds, degrees, gait speeds, a Part B grid's units,
/// numbers of hockey sticks, knots, needles, buttons and jars, a metronome's beats, a treadmill's share of body weight
/// unloaded and its speed, and a time of day written as "her 8:30 slot" — and each is written so that a reviewer cannot
/// take it for a billed code's minutes; a code's minutes are written next to the code (a flowsheet row, the grid's Min
/// column on the code's row, "CPT / MIN: 97112 / 24", "97112 — 24 min"), in its block's heading or as a clock range on
/// the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the cases that fail for a
/// visit total; notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, aide,
/// student or staff member in the room does not undo a one-on-one statement, another patient treated in the same block
/// does (even beside a ticked 1:1 box), and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line). This set also leaves out
/// what the scan makes honestly uncertain: an OCR slip inside a billed code, its minutes or a measure's number
/// ("9711Z", "2l min", "Berg 4?/56"), a box whose mark the OCR read as something between ticked and empty ("[.]",
/// "[-]", "☐́"), a stray "O" or "D" standing where a minute or a score would be written, a column of minutes that the
/// scan split away from its codes onto lines of their own, a page of a two-page note missing from the scan ("Page 2 of
/// 2" with no page 1), two boxes ticked on one row (1:1 and GROUP both marked), a crossed-out entry the OCR kept beside
/// its correction, and a word the smudge left half-read where it carries the only technique, deficit or one-on-one
/// statement.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 97 of 106 cases agree (104 needed), and 3 of the 68 notes the reviewer passes got a finding, on the analyzer of fbef070 (the 2026-12-07 twenty-fourth session's start, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 104 of 106, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyFourthTests(ITestOutputHelper output)
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

        // NCNPT Gordon in block capitals, "1:1 — ONLY PT IN THE GYM W/ ME" written beside an unticked SESSION row; D1/D2 PNF patterns in standing, stepping over the ice-auger handle, foam stance with head turns; L leg proprioception and timing with MS; Berg and tandem seconds; "CPT / MIN: 97112 / 24" matches: passes.
        ["v1-h184-ncnpt-only-pt-in-the-gym"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            PATIENT: ______________________   DOB: ____________
            SESSION: [ ] 1:1  [ ] CO-TX  [ ] GROUP     1:1 — ONLY PT IN THE GYM W/ ME
            PROBLEM: L LEG PROPRIOCEPTION + TIMING (MS), CATCHES L T0E ON THE ICE HOUSE THRESHOLD
            INTERVENTIONS: PNF D1/D2 LE IN STANDING, STEPPING OVER THE AUGER HANDLE, F0AM STANCE W/ HEAD TURNS
            OUTCOME MEASURES: BERG 46/56. TANDEM 12 SEC L BEHIND.
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["G35.D", "R26.89"], [PT("97112", 24)], []),

        // NCNPT Kari's slanted hand with the OCR's rn for m: "pt seen by herself, nobody else on rny schedule that hour"; rhythmic stabilization in half-kneel, reactive stepping to pushes, tandem on the beam; trunk postural control with Parkinson's; Mini-BESTest and a pull test; "97112 — 23 min" matches: passes.
        ["v1-h184-ncnpt-kari-nobody-else-on-my-schedule"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            pt seen by herself, nobody else on rny schedule that hour
            interventions: rhythrnic stabilization in half-kneel, reactive stepping to pushes frorn behind, tandern walking on the balance bearn
            problem: trunk postural control and slow backward steps w/ Parkinson's, she falls back when she opens the frige
            outcome rneasures: Mini-BESTest 19/28; pull test 3 steps to recover
            97112 — 23 min
            K. Hjelle PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PSC Part B form, "☑ lndividual" ticked (the OCR's l for I) with the other boxes empty; perturbations on foam, stepping-strategy drills at the counter, weight shifts with reach; lateral postural control after a fall; Berg and 30-second chair stand; grid row "97112 | Neuromuscular Re-ed | 22 | 1" matches: passes.
        ["v1-h184-psc-lndividual-ticked"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☑ lndividual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____
            Skilled intervention: perturbations standing on foam, stepping-strategy drills at the counter, weight shifts with reach to the cabinet
            Impairment: poor lateral postural control, steps out to the L after the fall in the chapel aisle
            Objective: Berg 43/56; 30 sec chair stand 8
            Pt response: steadier on the lateral pushes
            D. Pennebaker, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SCCH flowsheet, the one-on-one sentence broken across the line end ("one-on-" / "one the whole block, his wife in the chair by the door"); rocker board, foam stance with eyes closed, perturbations; R ankle proprioception after a fall off the combine ladder; rocker seconds and perturbations; row "3/4 | 97112 | 25" matches: passes.
        ["v1-h184-scch-one-on-one-across-the-line-end"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | TX
            3/4  | 97112 | 25  | rocker board A/P + M/L eyes closed, foam stance eyes closed, perturbations at pelvis
            Seen one-on-
            one the whole block, his wife in the chair by the door.
            PROBLEM: R ankle proprio-
            ception down since he came off the combine ladder, rolls it on the stubble
            MEASURE: rocker board M/L 15 sec no edge touch; 7/10 perturbations w/o a step
            RESP: tol well                                        INIT: MS
            """,
            ["S93.401D"], [PT("97112", 25)], []),

        // NCNPT Gordon: "JUST ME + MR. KVALE, SON HELD THE COAT" (family, not a patient); Frenkel exercises in standing, heel-to-shin in supine, stepping to floor targets; ataxia and dysmetria after a cerebellar stroke; SARA and 10-metre walk; "CPT / MIN: 97112 / 26" matches: passes.
        ["v1-h184-ncnpt-son-held-the-coat"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [ ] 1:1  [ ] CO-TX  [ ] GROUP
            JUST ME + MR. KVALE, SON HELD THE COAT.
            PROBLEM: R LEG ATAXIA + DYSMETRIA AFTER THE R CEREBELLAR STROKE, OVERSHOOTS THE CURB
            INTERVENTIONS: FRENKEL EXERCISES IN STANDING, HEEL-T0-SHIN IN SUPINE, STEPPING T0 FLOOR TARGETS ON CUE
            OUTCOME MEASURES: SARA 11/40 (14 AT EVAL). 10MWT 0.84 M/S.
            CPT / MIN: 97112 / 26
            G. TVEIT PT DPT NCS
            """,
            ["I69.393", "R27.0"], [PT("97112", 26)], []),

        // SCCH flowsheet with the 1:1 column ticked "[v]", but the TX line says Dean had Mr. Dinkel on the bike at the same time and went back and forth: another patient in the block — one-on-one missing; techniques, deficit and measures present.
        ["v1-h184-scch-box-ticked-but-dinkel-on-the-bike"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 22  | [v] | tandem stance at the counter, marching on foam, lateral pushes
            Had Mr. Dinkel on the bike at the same tirne, went back and forth between them.
            PROBLEM: sensory loss both feet (neuropathy), watches his feet on the foam
            MEASURE: tandem 8 sec R in front; 6/10 pushes w/o reaching for the counter
            INIT: DO
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // NCNPT group row ticked ("O 1:1 O CO-TX [X] GROUP — BIG GROUP, 3 PTS"): not one-on-one; LSVT BIG maximal daily exercises and big stepping to cones; small steps and slow turns with Parkinson's; TUG and turn steps present; "CPT / MIN: 97112 / 24".
        ["v1-h184-ncnpt-group-ticked-three-patients"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: O 1:1   O CO-TX   [X] GROUP — BIG GROUP, 3 PTS
            PROBLEM: SMALL STEPS, SLOW 180 TURNS, FREEZES IN THE DOORWAY (PD)
            INTERVENTIONS: LSVT BIG MAXIMAL DAILY EXERCISES, BIG STEPPING T0 C0NES, BIG TURNS
            OUTCOME MEASURES: TUG 13.9 SEC. 180 TURN IN 6 STEPS.
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PSC PTA with the Concurrent box ticked and two residents named at the parallel bars: not one-on-one; weight shifts, tandem in the bars, step-and-hold; L hemiparesis with poor weight acceptance; Berg present; grid "97112 | 23 | 2".
        ["v1-h184-psc-pta-concurrent-two-residents"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☑ Concurrent  ☐ Group  ☐ Co-treatment
            Mrs. Tidwell and Mr. Oakley at the parallel bars together.
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            Skilled intervention: weight shifts onto the L with tapping, tandem stance in the bars, step-and-hold onto the L
            Impairment: L hemiparesis after the R CVA, won't accept weight on the L
            Objective: Berg 36/56
            S. Gilley, PTA
            """,
            ["I69.354"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // SCCH flowsheet whose 1:1 column is left "[ ]" and nothing in the note says how he was seen: not stated; Cawthorne-Cooksey head and eye exercises, walking the basement hallway with head turns, feet together on foam; vestibular hypofunction; DGI present; row minutes match.
        ["v1-h184-scch-one-to-one-column-blank"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 22  | [ ] | Cawthorne-Cooksey head + eye exercises seated then standing, walking the basement hallway w/ head turns, feet together on foam
            PROBLEM: R vestibular hypofunction, veers R + gets dizzy w/ head turns
            MEASURE: DGI 16/24
            RESP: mild dizziness, settled w/ rest                 INIT: MS
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SCCH OT 97530 in a kitchen group of three (no one-on-one check): standing at the counter to roll out pie dough, carrying a casserole to the oven; R hand weakness and standing tolerance after a stroke; counts and assistance; row "3/4 | 97530 | 24" matches: passes.
        ["v1-h184-scch-ot-97530-kitchen-group-of-three"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97530 | 24  | kitchen group, 3 pts: standing at the counter to roll pie dough, carrying a casserole dish to the oven, wiping the counter R hand
            PROBLEM: R hand weakness + poor standing tolerance after the L CVA, leans on the counter
            MEASURE: carried the dish 4 trips w/ SBA; stood through the rolling task without leaning
            INIT: JB
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // PSC PTA 97110 while another patient was on the recumbent stepper beside her (97110 has no one-on-one check); sit-to-stands, step-ups, hip abduction with doses; L hip weakness after a hip fracture; grid "97110 | 21 | 1" matches: passes.
        ["v1-h184-psc-pta-97110-beside-the-stepper"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 21  | 1     |
            Another resident was on the recumbent stepper next to us.
            Skilled intervention: sit-to-stands from the 18 inch chair 3x10, step-ups 4 inch step 2x10, standing hip abduction 3 lb 3x12
            Impairment: L hip abductor + extensor weakness after the L hip fracture, L hip drops on the chapel steps
            S. Gilley, PTA
            """,
            ["S72.002D"], [PTA("97110", 21)], []),

        // PSC "☑ Individual" with the CNA who wheeled her down from the unit waiting in the hall (staff, not a patient); X1 viewing, standing on foam with head turns, walking with head turns; L vestibular hypofunction; DGI and dynamic visual acuity; grid "97112 | 24 | 2" matches: passes.
        ["v1-h184-psc-aide-wheeled-her-down"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            CNA brought her down frorn the unit for her 8:30 slot and waited in the hall.
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 24  | 2     |
            Skilled intervention: X1 viewing seated then standing, foam stance w/ head turns, walking the hall w/ horizontal head turns
            Impairment: L vestibular hypofunction, oscillopsia and veering L
            Objective: DGI 15/24; dynamic visual acuity lost 4 lines
            D. Pennebaker, PT
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states as the OCR reads them

        // SCCH flowsheet row with the 1:1 column read as "[v]" (a tick) and nothing contradicting it; stepping over a row of shoe boxes, backward walking with a stop on cue, perturbations on foam; slow stepping reaction after a fall from the grain-bin catwalk stairs; TUG and perturbation count; row minutes 23 match: passes.
        ["v2-h184-scch-one-to-one-column-ticked-v"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 23  | [v] | stepping over a row of shoe boxes, backward walking w/ a stop on cue, perturbations standing on foam
            PROBLEM: slow stepping reaction + postural sway since the fall on the bin catwalk stairs
            MEASURE: TUG 12.8 sec; 6/10 perturbations recovered w/ one step
            RESP: tol well, wants to be back at the elevator for fall harvest     INIT: MS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // NCNPT "SESSION: [X] 1:1  D CO-TX  D GROUP" — the OCR read the two empty boxes as "D": one-on-one ticked; mirror therapy for the R arm, weight shift onto the R with tapping, reach-and-grasp in standing; R motor recruitment after a stroke; 9-hole peg and Berg; "CPT / MIN: 97112 / 25" matches: passes.
        ["v2-h184-ncnpt-ticked-with-stray-d-boxes"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   D CO-TX   D GROUP
            PROBLEM: R ARM + LEG MOTOR RECRUITMENT AFTER THE L MCA STROKE, R HAND WON'T 0PEN ON THE CUP
            INTERVENTIONS: MIRROR THERAPY R HAND, WEIGHT SHIFT ONTO THE R W/ TAPPING T0 GLUTE MED, REACH + GRASP IN STANDING
            OUTCOME MEASURES: 9-HOLE PEG R 71 SEC (L 24 SEC). BERG 41/56.
            CPT / MIN: 97112 / 25
            G. TVEIT PT DPT NCS
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // NCNPT "SESSION: O 1:1   O CO-TX   O GROUP" — three empty boxes read as O, nothing ticked and nothing else about delivery: not stated; body-weight-supported treadmill training, stepping to targets; L foot clearance after GBS; 10-metre walk present.
        ["v2-h184-ncnpt-three-empty-boxes-read-as-o"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: O 1:1   O CO-TX   O GROUP
            problem: L foot clearance + knee control recovering frorn GBS, toe catches on the dock boards
            interventions: body-weight-supported treadrnill training 30% unweighted, stepping to floor targets, marching w/ a pause
            outcome rneasures: 10MWT 0.62 m/s (0.48 last rnonth)
            97112 — 24 min
            K. Hjelle PT
            """,
            ["G61.0"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PSC Part B form with all four delivery boxes empty ("☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment") and nothing else on delivery: not stated; rhythmic stabilisation, foam reaches, stepping strategy; postural control after a fall; Berg present; grid minutes match.
        ["v2-h184-psc-all-delivery-boxes-empty"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            Skilled intervention: rhythmic stabilization in standing, reaching to cones from the foam pad, stepping-strategy drills
            Impairment: postural control, loses balance backward reaching into the upper cabinet for the canning jars
            Objective: Berg 44/56
            D. Pennebaker, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NCNPT with the PROBLEM box printed and left "__________": no deficit anywhere else; one-on-one ticked; PNF rhythmic initiation and stepping to targets; Berg and FGA present; minutes match: deficit missing.
        ["v2-h184-ncnpt-problem-box-blank"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: __________________________
            INTERVENTIONS: PNF RHYTHMIC INITIATION SIT T0 STAND, STEPPING T0 TARGETS W/ A METRONOME
            OUTCOME MEASURES: BERG 45/56. FGA 19/30.
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PSC with the objective box's blanks printed and not filled ("Berg ______  TUG ______ sec"), no other number but the code and its minutes: measure missing; individual ticked, perturbations, foam; postural control present.
        ["v2-h184-psc-objective-blanks-not-filled"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 24  |       |
            Skilled intervention: perturbations standing on the foam pad, tandem walking along the chapel hall rail, head turns while walking
            Impairment: poor postural control and delayed balance reactions, worse in the dark
            Objective: Berg ______   TUG ______ sec
            Pt response: steadier w/ head turns than last week
            D. Pennebaker, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // SCCH "MEASURE:" line that came through as a smudge only (".,  ~ '"), no other number but the code and its minutes: measure missing; one-on-one stated, rocker board and perturbations, ankle proprioception present.
        ["v2-h184-scch-measure-line-a-smudge"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    Outpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET
            CPT   | MIN | 1:1 | TX
            97112 | 24  | [v] | rocker board eyes closed, foam stance w/ ball catches, perturbations at the shoulders
            Just Dean + pt, one-on-one.
            PROBLEM: L ankle proprioception, rolls it stepping off the mail Jeep onto the gravel
            MEASURE: .,  ~ '
            INIT: DO
            """,
            ["S93.402D"], [PTA("97112", 24)], [At(Measure, "97112")]),

        // NCNPT with the OUTCOME MEASURES box left "____" but the interventions line carries the numbers ("TANDEM 10 SEC, 8/10 PUSHES"); one-on-one ticked; tandem on foam, perturbations; proprioception with neuropathy; minutes match: passes.
        ["v2-h184-ncnpt-measure-box-empty-numbers-above"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: B FEET PR0PRIOCEPTION (NEUROPATHY), FALLS GETTING OFF THE SNOWMOBILE TRAILER
            INTERVENTIONS: TANDEM ON F0AM — HELD 10 SEC EYES OPEN; PERTURBATIONS AT THE PELVIS — RECOVERED 8/10 W/O A STEP
            OUTCOME MEASURES: ____________
            CPT / MIN: 97112 / 22
            G. TVEIT PT DPT NCS
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // PSC with the delivery boxes all empty but the skilled-intervention box reading "one-on-one w/ PT the entire NMR time"; Otago balance progressions, tandem walking, foam stance; balance and sensory loss; Berg and tandem seconds; grid minutes match: passes.
        ["v2-h184-psc-boxes-empty-one-on-one-written"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            Skilled intervention: one-on-one w/ PT the entire NMR tirne. Otago balance progressions — tandem walking, backward walking, foam stance w/ eyes closed
            Impairment: sensory loss both feet, unsteady on the greenway gravel
            Objective: Berg 47/56; tandem stance 14 sec
            D. Pennebaker, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // SCCH row with "1:1 [X]  GRP [ ]" written on the row and nothing against it; gaze stabilisation X1 and X2, walking with head turns; R vestibular hypofunction; DGI present; row minutes 24 match: passes.
        ["v2-h184-scch-one-to-one-x-group-empty"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE 3/4   CPT 97112   MIN 24   1:1 [X]  GRP [ ]
            TX: gaze stabilization X1 + X2 seated and standing, walking the hallway w/ head turns, standing on foam w/ head turns
            PROBLEM: R vestibular hypofunction, oscillopsia driving the mail route
            MEASURE: DGI 18/24 (13 at eval)
            INIT: MS
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // NCNPT "SESSION: D 1:1   D CO-TX   [X] GROUP" — the group box ticked and the one-on-one box empty: not one-on-one; balance class on foam and steps; PD postural instability; Mini-BESTest present.
        ["v2-h184-ncnpt-group-box-ticked"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: D 1:1   D CO-TX   [X] GROUP
            problem: postural instability w/ Parkinson's, retropulsion when she backs away frorn the stove
            interventions: stepping-strategy drills forward + back, foarn stance w/ eyes closed, dual-task walking naming lakes
            outcome rneasures: Mini-BESTest 17/28
            97112 — 23 min
            K. Hjelle PT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSC 97110 with the Impairment box left "________" but the skilled-intervention line naming the region and its weakness ("for R knee extensor weakness after the TKA"); leg press, step-ups, SLR with doses; grid minutes match: passes.
        ["v2-h184-psc-impairment-box-empty-region-above"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 25  | 2     |
            Skilled intervention: for R knee extensor weakness after the R TKA — leg press 60 lb 3x12, step-ups 6 inch 3x10, SLR 2 lb 3x12
            Impairment: ________________
            Pt response: no increase in knee pain
            S. Gilley, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 25)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // NCNPT Kari: LSVT BIG maximal daily exercises and big stepping to the ice-house door, one-on-one "just her + me"; small steps and slow turns with Parkinson's; TUG and 360 turn steps; "97112 — 25 min" matches: passes.
        ["v3-h184-ncnpt-lsvt-big-one-on-one"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP    just her + rne
            interventions: LSVT BIG rnaximal daily exercises (floor to ceiling, side to side, step + reach), BIG stepping through the doorway, BIG 360 turns
            problem: srnall shuffling steps, freezing at the ice-house door, slow turns (PD)
            outcome rneasures: TUG 11.6 sec; 360 turn 7 steps (11 at eval)
            97112 — 25 min
            K. Hjelle PT
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // SCCH Maitland grade III glides to the R shoulder with inferior and posterior glides and soft-tissue work to the pec minor; R shoulder flexion and ER limit after a frozen shoulder; degrees; row "97140 | 12" matches: passes.
        ["v3-h184-scch-maitland-shoulder-glides-97140"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97140 | 12  | Maitland gr III inferior + posterior glides R GH, STM pec minor + upper trap
            PROBLEM: R shoulder capsular stiffness (adhesive capsulitis), can't reach the top of the sale-barn ledger shelf
            MEASURE: R flex 128° → 137° after glides; ER 30° → 38°
            INIT: MS
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // PSC Mulligan SNAGs for cervical rotation with suboccipital release; neck rotation limit that stops her checking the mirror; degrees; grid "97140 | 10 | 1" matches: passes.
        ["v3-h184-psc-mulligan-snags-97140"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97140 | Manual Therapy        | 10  | 1     |
            Skilled intervention: Mulligan SNAGs C5-6 for L rotation, 3 sets of 6; suboccipital release
            Impairment: cervical rotation limited to the L, can't check over her shoulder backing out of the church lot
            Objective: L rotation 48° → 60° after SNAGs
            D. Pennebaker, PT
            """,
            ["M54.2", "M47.812"], [PT("97140", 10)], []),

        // PSC Graston technique to the R ITB and lateral quad with patellar mobilisation; R lateral knee pain and patellar tracking after a fall; passes and grades; grid "97140 | 11" matches: passes.
        ["v3-h184-psc-graston-lateral-knee-97140"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97140 | Manual Therapy        | 11  | 1     |
            Skilled intervention: Graston technique to the R ITB + lateral quad 3 passes each, medial patellar glides gr III
            Impairment: R lateral knee pain + stiff lateral retinaculum, knee flexion limited kneeling at the tobacco stripping bench
            Objective: R knee flexion 104° → 112° after
            D. Pennebaker, PT
            """,
            ["M25.561", "M22.2X1"], [PT("97140", 11)], []),

        // NCNPT Gordon: Frenkel exercises in sitting and standing with a metronome, heel-to-shin, "1:1, WIFE WATCHED TO LEARN THEM"; trunk and leg ataxia with spinocerebellar ataxia; SARA and tandem steps; "CPT / MIN: 97112 / 24" matches: passes.
        ["v3-h184-ncnpt-frenkel-wife-watched"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP    1:1, WIFE WATCHED T0 LEARN THEM
            PROBLEM: TRUNK + B LEG ATAXIA (SCA), WIDE BASE, LURCHES ON THE ARENA BLEACHER STEPS
            INTERVENTIONS: FRENKEL EXERCISES SITTING + STANDING T0 A METRONOME, HEEL-T0-SHIN, STEPPING INT0 FLOOR SQUARES
            OUTCOME MEASURES: SARA 15/40. TANDEM 4 STEPS BEFORE A STEP-OUT.
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["G11.9", "R27.0"], [PT("97112", 24)], []),

        // SCCH Otago strengthening with ankle weights and sit-to-stands, each with its dose; bilateral hip and knee weakness and falls; row "97110 | 20" matches: passes.
        ["v3-h184-scch-otago-strengthening-97110"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Herndon outreach room
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97110 | 20  | Otago strengthening: knee ext 4 lb cuff 2x10 ea, side hip abd 3 lb 2x10 ea, calf raises 2x15, sit-to-stand no hands 2x8
            PROBLEM: B hip + knee weakness, 2 falls in the church basement since Easter
            INIT: DO
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 20)], []),

        // NCNPT Kari: Cawthorne-Cooksey exercises named and a DGI written, but "problem: see eval" and nothing else names a deficit: deficit missing; one-on-one ticked; minutes match.
        ["v3-h184-ncnpt-cawthorne-cooksey-problem-see-eval"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            problern: see eval
            interventions: Cawthorne-Cooksey exercises — eye rnovements, head rnovements, sit to stand w/ eyes open then closed, ball toss
            outcome rneasures: DGI 17/24
            97112 — 22 min
            K. Hjelle PT
            """,
            ["H81.91"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PSC PNF D2 patterns with rhythmic stabilisation named, one-on-one ticked, L hemiparesis stated, but no number at all beyond the code and its minutes: measure missing.
        ["v3-h184-psc-pnf-patterns-no-number"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  |       |
            Skilled intervention: PNF diagonal patterns L UE + LE, flexion and extension, rhythmic stabilization in sitting then standing
            Impairment: L hemiparesis, poor L trunk + hip recruitment, leans R at the piano bench
            Pt response: fatigued toward the end, good carryover
            D. Pennebaker, PT
            """,
            ["I69.354"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCCH "Otago strengthening" named with the exercises but no sets, reps, load or any number beyond the code and its minutes: measure missing on 97110; knee and hip weakness stated.
        ["v3-h184-scch-otago-no-dose-97110"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    Outpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET
            CPT   | MIN | TX
            97110 | 19  | Otago strengthening — knee extension w/ cuff weight, side hip abduction, calf raises, sit-to-stand
            PROBLEM: B quad + hip abductor weakness, can't get up off the quilt frame bench w/o pushing
            INIT: DO
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // SCCH: the R foot catching on the combine ladder's second rung (dorsiflexor recruitment and foot clearance after a peroneal palsy) with the word split "dorsi-" / "flexor"; step-ups with a toe-up cue, tapping to the anterior tib, stepping over a hurdle; hurdle count and 10-metre walk; one-on-one; row minutes 23 match: passes.
        ["v4-h184-scch-foot-catches-on-the-combine-ladder"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 23  | [v] | tapping + quick stretch to R anterior tib during step-ups w/ a toe-up cue, stepping over the 6 inch hurdle
            PROBLEM: R foot catches on the 2nd rung of the combine ladder — poor R dorsi-
            flexor recruitment + timing after the peroneal nerve palsy
            MEASURE: cleared the hurdle 9/10 w/o a catch; 10MWT 1.02 m/s
            INIT: MS
            """,
            ["G57.31"], [PT("97112", 23)], []),

        // NCNPT Gordon: loses his footing on the ice-house floor when he looks down the hole (visual dependence and somatosensory loss); foam stance eyes closed, head-down reaching, stepping on the rocking board; CTSIB and SLS; one-on-one; minutes match: passes.
        ["v4-h184-ncnpt-ice-house-looking-down-the-hole"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: VISUAL DEPENDENCE + DECREASED SOMATOSENSORY INPUT — LOSES HIS FOOTING ON THE ICE HOUSE FLOOR WHEN HE LOOKS DOWN THE HOLE
            INTERVENTIONS: F0AM STANCE EYES CLOSED, HEAD-DOWN REACHING T0 THE FLOOR FROM F0AM, ROCKER BOARD A/P
            OUTCOME MEASURES: CTSIB FOAM EC 11 SEC (30 SEC EO). SLS R 8 SEC, L 10 SEC.
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // NCNPT Kari: her hand overshoots the coffee cup (R arm dysmetria and intention tremor with MS); finger-to-target with weighted cuff, reach-and-place to the shelf, rhythmic stabilisation at the shoulder; 9-hole peg and finger-to-nose counts; "just her + me"; minutes match: passes.
        ["v4-h184-ncnpt-hand-overshoots-the-coffee-cup"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP   just her + rne
            problem: R arm dysrnetria + intention tremor (MS), her hand overshoots the coffee cup and knocks it
            interventions: finger-to-target w/ 1 lb wrist cuff, reach + place cups on the shelf, rhythrnic stabilization at the shoulder in sitting
            outcome rneasures: 9-hole peg R 58 sec; 7/10 cups placed w/o a knock
            97112 — 22 min
            K. Hjelle PT
            """,
            ["G35.D", "R25.1"], [PT("97112", 22)], []),

        // PSC: drifts into the church pew (lateral sway and poor lateral weight shift after a L hip replacement); lateral stepping with pushes, side-stepping on the foam beam, hip-strategy reaches; Berg and lateral reach; one-on-one ticked; grid minutes match: passes.
        ["v4-h184-psc-drifts-into-the-church-pew"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 25  | 2     |
            Skilled intervention: lateral pushes w/ stepping response, side-stepping along the foam beam, hip-strategy reaches
            Impairment: lateral sway and late lateral stepping, drifts into the end of the church pew walking up to communion
            Objective: Berg 45/56; lateral reach L 5 in, R 7 in
            D. Pennebaker, PT
            """,
            ["Z96.642", "R26.81"], [PT("97112", 25)], []),

        // PSC PT 97530: the R knee buckles on the tobacco-barn tier rail (quad control on step-down) — step-downs off an 8 inch block with a load, carrying a stick of tobacco at waist height, stepping up onto the tier; counts and load; grid minutes match: passes.
        ["v4-h184-psc-knee-buckles-on-the-tier-rail-97530"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97530 | Therapeutic Activities| 23  | 2     |
            Skilled intervention: step-downs off an 8 inch block holding a 10 lb bundle 3x8, stepping up onto the low tier rail w/ the bundle, carrying a tobacco stick at waist height 4 trips
            Impairment: R knee buckles stepping down off the tier rail in the barn, poor eccentric quad control
            Objective: 8 of 8 step-downs w/o a buckle on the last set
            D. Pennebaker, PT
            """,
            ["M62.81", "Z96.651"], [PT("97530", 23)], []),

        // NCNPT Gordon: "PROBLEM: SAME AS LAST" and no deficit elsewhere: deficit missing; one-on-one ticked, PNF patterns and foam, Berg present; minutes match.
        ["v4-h184-ncnpt-problem-same-as-last"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: SAME AS LAST
            INTERVENTIONS: PNF D1 LE IN STANDING, F0AM STANCE W/ BALL T0SS, TANDEM WALK ON THE LINE
            OUTCOME MEASURES: BERG 48/56
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SCCH "PROBLEM: per eval" and nothing else naming a deficit: deficit missing; one-on-one written, rocker board and perturbations, TUG present; row minutes match.
        ["v4-h184-scch-problem-per-eval"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 22  | [v] | rocker board eyes open/closed, perturbations on foam, step-and-hold landings
            PROBLEM: per eval
            MEASURE: TUG 13.1 sec
            INIT: MS
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PSC with the impairment line lost entirely to a smudge ("Impairment: .,'~ `` ;") and nothing else naming a deficit: deficit missing; individual ticked, perturbations and tandem, Berg present.
        ["v4-h184-psc-impairment-line-a-smudge"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 24  | 2     |
            Skilled intervention: perturbations standing on foam, tandem walking, stepping over cones
            Impairment: .,'~ `` ;
            Objective: Berg 42/56
            S. Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // PSC "Impairment: doing well, no complaints" and nothing else naming a deficit: deficit missing; individual ticked, Otago balance progressions, Berg and tandem seconds present.
        ["v4-h184-psc-impairment-doing-well"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            Skilled intervention: Otago balance progressions — tandem walking, heel walking, toe walking, backward walking
            Impairment: doing well, no complaints today
            Objective: Berg 49/56; tandem stance 20 sec
            S. Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // SCCH two-page flowsheet whose measure sits after the page break, below the repeated letterhead and "Patient: ____ DOB: ____" line ("Page 1 of 2" footer in the middle); one-on-one, tandem and foam with head turns, perturbations; postural control; Berg and TUG; row minutes 24 match: passes.
        ["v5-h184-scch-measure-after-the-page-break"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 24  | [v] | tandem walking w/ head turns, foam stance eyes closed, pertur-
            bations at the pelvis forward/back
            PROBLEM: postural control + delayed balance reactions, fell backward in the pheasant field in Nov.
                                                                      Page 1 of 2
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            Patient: ______________________  DOB: ____________
            MEASURE: Berg 45/56 (40 at eval); TUG 11.9 sec
            RESP: tol well                                         INIT: MS
                                                                      Page 2 of 2
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // NCNPT Gordon: Mini-BESTest and FGA in block capitals; one-on-one ticked; dual-task walking, stepping strategy, turns on foam; PD postural instability; "CPT / MIN: 97112 / 26" matches: passes.
        ["v5-h184-ncnpt-mini-bestest-and-fga"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: POSTURAL INSTABILITY + FREEZING ON TURNS (PD)
            INTERVENTIONS: DUAL-TASK WALKING COUNTING BACK BY 3S, COMPENSATORY STEPPING FWD/BACK/LAT, TURNS ON F0AM
            OUTCOME MEASURES: MINI-BESTEST 18/28. FGA 16/30.
            CPT / MIN: 97112 / 26
            G. TVEIT PT DPT NCS
            """,
            ["G20.A1"], [PT("97112", 26)], []),

        // PSC PTA 97116 with distance and assistance levels (rolling walker to single-point cane on the greenway and the chapel ramp); L hip weakness and short R step after a hip fracture; grid minutes match: passes.
        ["v5-h184-psc-pta-97116-distance-and-assist"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97116 | Gait Training         | 22  | 1     |
            Skilled intervention: gait training rolling walker → single-point cane on the Little River greenway and the chapel ramp, cues for L heel strike and step length
            Impairment: L hip weakness after the L hip fracture, short R step, Trendelenburg on the L
            Objective: 300 ft SPC w/ CGA on the greenway; ramp up + down SBA w/ rail
            S. Gilley, PTA
            """,
            ["S72.002D"], [PTA("97116", 22)], []),

        // PSC OT 97530 with grip by dynamometer and a timed dressing task (buttoning the Sunday blouse, reaching the closet rod); R hand weakness after a distal radius fracture; grid minutes match: passes.
        ["v5-h184-psc-ot-97530-grip-and-dressing"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97530 | Therapeutic Activities| 24  | 2     |
            Skilled intervention: buttoning her Sunday blouse standing at the mirror, hanging clothes on the closet rod, opening jars of tomatoes from her canning shelf
            Impairment: R hand weakness + decreased fine motor after the R distal radius fracture
            Objective: grip R 24 lb (L 46 lb); buttoned 6 buttons in 92 sec; opened 3 of 4 jars
            R. Haymaker, OTR/L
            """,
            ["S52.501D"], [OT("97530", 24)], []),

        // NCNPT Kari: counts of head turns before symptoms and FGA, with the OCR's cl for d ("stancling"); one-on-one; gaze stabilisation while walking and standing on foam; L vestibular loss; minutes match: passes.
        ["v5-h184-ncnpt-head-turn-counts-and-fga"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            problem: L vestibular loss, dizzy + veers w/ head turns looking for the hockey puck
            interventions: gaze stabilization X1 stancling then walking, stancling on foarn w/ head turns, walking w/ pitch + yaw head turns
            outcome rneasures: 22 head turns before syrnptorns (12 last wk); FGA 20/30
            97112 — 23 min
            K. Hjelle PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // NCNPT Gordon: "OUTCOME MEASURES: BERG ___" left unfilled and no other number but the code and its minutes: measure missing; one-on-one ticked, PNF and foam, ataxia stated.
        ["v5-h184-ncnpt-berg-left-blank"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: TRUNK ATAXIA, WIDE-BASED + LURCHING IN THE GROCERY AISLE
            INTERVENTIONS: RHYTHMIC STABILIZATION IN KNEELING, FOAM STANCE NARROW BASE, STEPPING INTO SQUARES
            OUTCOME MEASURES: BERG ___
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["R27.0"], [PT("97112", 24)], [At(Measure, "97112")]),

        // SCCH "MEASURE: Berg — not done, ran out of time" and no other number but the code and its minutes: measure missing; one-on-one, rocker board and perturbations, proprioception stated.
        ["v5-h184-scch-berg-not-done"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    Outpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET
            CPT   | MIN | 1:1 | TX
            97112 | 23  | [v] | rocker board A/P, perturbations standing on foam, tandem walking in the hall
            PROBLEM: L knee + ankle proprioception after the fall at the sale barn, knee wobbles on the pen rails
            MEASURE: Berg — not done, ran out of tirne
            INIT: DO
            """,
            ["S83.92XD"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // PSC "Objective: steadier per daughter" and no number but the code and its minutes: measure missing; individual ticked, foam, tandem and stepping drills, postural control stated.
        ["v5-h184-psc-steadier-per-daughter"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 22  |       |
            Skilled intervention: foam stance w/ eyes closed, tandem walking, stepping-strategy drills to the side
            Impairment: postural control, sways + grabs the counter turning from the sink
            Objective: steadier per daughter
            D. Pennebaker, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PSC PTA 97110 with the exercises and region named but no sets, reps, load or other number beyond the code and its minutes: measure missing on 97110.
        ["v5-h184-psc-pta-97110-no-dose"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 18  |       |
            Skilled intervention: quad sets, short-arc quads, SLR, heel slides, seated knee extension w/ cuff weight
            Impairment: L knee extensor weakness + lag after the L TKA
            Pt response: quad lag smaller at the end
            S. Gilley, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // NCNPT Kari 97116: walker gait with heel-strike cues and obstacle stepping in the arena concourse, L foot drop stated, but no distance, assistance level or any number beyond the code and its minutes: measure missing on 97116.
        ["v5-h184-ncnpt-kari-97116-no-distance"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            problem: L foot drop + knee hyperextension in stance (MS), trips on the concourse rnats
            interventions: gait training w/ the walker in the arena concourse, cues for L heel strike + knee control, stepping over the rnats + cords
            97116 — 21 min
            K. Hjelle PT
            """,
            ["R26.89"], [PT("97116", 21)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these forms, true mismatches, truly missing separate time

        // SCCH flowsheet, two rows on one date ("3/4 | 97112 | 24 | [v]" and "3/4 | 97110 | 15"), each code's content on its row; proprioception and hip weakness; perturbation count and doses; both match: passes.
        ["v6-h184-scch-two-flowsheet-rows"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 24  | [v] | perturbations on foam, tandem walk w/ head turns, step-and-hold onto the 4 inch box
            3/4  | 97110 | 15  | [v] | bridges 3x15, side-lying hip abd 3x12, mini squats 3x10
            PROBLEM: L ankle + knee proprioception and L hip abductor weakness, unsteady on the elevator's catwalk grating
            MEASURE: 7/10 perturbations w/o a step; tandem 11 sec
            INIT: MS
            """,
            ["S93.402D", "M62.81"], [PT("97112", 24), PT("97110", 15)], []),

        // PSC grid whose 97112 description wraps to a second grid line under the code's row ("Neuromuscular re-" / "education"), the minutes on the code's row; 97110 on its own row; one-on-one ticked; both codes' content present; both match: passes.
        ["v6-h184-psc-grid-row-wraps-to-a-second-line"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 15  | 1     |
            | 97112 | Neuromuscular re-     | 23  | 2     |
            |       | education             |     |       |
            | 97116 | Gait Training         |     |       |
            ______________________________________________
            Total Timed Min: ____
            Skilled intervention: NMR — weight shifts w/ perturbations, foam stance, stepping strategy; TE — sit-to-stand 3x10, step-ups 4 inch 2x10, calf raises 2x15
            Impairment: delayed stepping reaction + B hip and calf weakness, near-falls at the Walmart door where she greets
            Objective: Berg 46/56; 5xSTS 15.2 sec
            D. Pennebaker, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // NCNPT Gordon in block capitals with both codes on the CPT / MIN line ("97112 / 24   97116 / 15"); one-on-one; reactive stepping and gait with a metronome; PD freezing; TUG and 10-metre walk; both match: passes.
        ["v6-h184-ncnpt-two-codes-on-the-cpt-min-line"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: FREEZING IN DOORWAYS + SHORT STEPS (PD), FESTINATES ON THE DOCK RAMP
            INTERVENTIONS: NMR — REACTIVE STEPPING T0 PUSHES, STEPPING OVER FLOOR LINES. GAIT — WALKING T0 A METRONOME AT 100 BEATS, DOORWAY PASSES W/ A VISUAL CUE, 400 FT W/ SBA
            OUTCOME MEASURES: TUG 12.4 SEC. 10MWT 0.91 M/S.
            CPT / MIN: 97112 / 24    97116 / 15
            G. TVEIT PT DPT NCS
            """,
            ["G20.A1"], [PT("97112", 24), PT("97116", 15)], []),

        // SCCH PTA 97116 with a clock range on the code's own line ("97116 | 1305-1327" = 22) on the long basement hallway and the helipad ramp; R knee weakness after a TKA; distance and assistance: passes.
        ["v6-h184-scch-clock-range-on-the-row-97116"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            CPT   | TIME      | TX
            97116 | 1305-1327 | gait training FWW → SPC down the basement hallway + up/down the helipad ramp, cues for R knee flexion in swing
            PROBLEM: stiff-knee gait R after the R TKA, short R step
            MEASURE: 250 ft SPC CGA in the hallway; ramp w/ rail SBA
            INIT: DO
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22)], []),

        // PSC PT 97112 and OT 97530 on one grid with each discipline's own row (PT 22, OT 24), individual ticked; NMR and the OT's kitchen activities, each with deficit and measure: both match: passes.
        ["v6-h184-psc-pt-and-ot-rows-on-one-grid"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units | Disc |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     | PT   |
            | 97530 | Therapeutic Activities| 24  | 2     | OT   |
            PT: rhythmic stabilization in standing, foam stance w/ reaching; L postural control after the R CVA; Berg 40/56 — D. Pennebaker, PT
            OT: standing at the stove to stir, sliding a pot across the counter, retrieving a pan from the low cabinet; L arm weakness + standing balance for kitchen tasks; 3 pan retrievals w/ CGA, stood at the stove through the whole task — R. Haymaker, OTR/L
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 24)], []),

        // NCNPT Kari with three codes each with its minutes ("97112 — 25 min", "97530 — 13 min", "97140 — 11 min"); one-on-one; each code's content present: all match: passes.
        ["v6-h184-ncnpt-kari-three-codes"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            97112 — 25 min: rhythrnic stabilization in half-kneel, stepping strategy to pushes; trunk + L hip postural control after the R stroke; Berg 43/56
            97530 — 13 min: floor to stand through half-kneel 5 reps w/ CGA, carrying the bait bucket 40 ft; getting up frorn the ice-house floor
            97140 — 11 min: L ankle talocrural posterior glides gr III, STM L gastroc-soleus; L DF 2° → 8°
            K. Hjelle PT
            """,
            ["I69.354", "M24.572"], [PT("97112", 25), PT("97530", 13), PT("97140", 11)], []),

        // PSC PT 97112 and PTA 97110 on one grid, each row with its own initials ("DP" and "SG") and minutes; both codes' content present; both match: passes.
        ["v6-h184-psc-pt-and-pta-rows"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units | Init |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     | DP   |
            | 97110 | Therapeutic Exercise  | 16  | 1     | SG   |
            NMR: tandem walking, foam stance eyes closed, perturbations; sensory loss both feet; Berg 44/56
            TE: heel raises 3x15, standing hip abd red band 3x12, step-ups 6 inch 2x10; B ankle + hip weakness
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PTA("97110", 16)], []),

        // PSC grid "| 97110 | Therapeutic Exercise | 12 | 1 |" on a 24-minute line: mismatch; content complete (step-ups, leg press and bridges with doses; L knee weakness).
        ["v6-h184-psc-grid-12-on-a-24-line"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 12  | 1     |
            Skilled intervention: step-ups 6 inch 3x10, leg press 50 lb 3x12, bridges 3x15
            Impairment: L quad + glute weakness after the L TKA, slow on the chapel steps
            S. Gilley, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 24)], [At(Mismatch, "97110")]),

        // NCNPT Gordon "CPT / MIN: 97112 / 30" on an 18-minute line: mismatch; content complete (one-on-one, PNF and foam, MS proprioception, Berg).
        ["v6-h184-ncnpt-min-30-on-an-18-line"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: B LE PROPRIOCEPTION (MS), LOSES IT ON THE DOCK WHEN A BOAT GOES BY
            INTERVENTIONS: PNF D2 LE STANDING, F0AM STANCE W/ PERTURBATIONS, ROCKER BOARD M/L
            OUTCOME MEASURES: BERG 47/56. ROCKER M/L 12 SEC.
            CPT / MIN: 97112 / 30
            G. TVEIT PT DPT NCS
            """,
            ["G35.D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // SCCH PTA row "3/4 | 97116 | 15" on a 27-minute line: mismatch; content complete (walker to cane on the hallway and ramp, R hip weakness, distance and assist).
        ["v6-h184-scch-row-15-on-a-27-line"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97116 | 15  | gait training FWW → SPC basement hallway + helipad ramp, cues for R stance time
            PROBLEM: R hip weakness after the R THA, short L step, leans over the cane
            MEASURE: 300 ft SPC SBA; ramp CGA
            INIT: DO
            """,
            ["Z96.641"], [PTA("97116", 27)], [At(Mismatch, "97116")]),

        // SCCH clock range on the code's row ("97110 | 0915-0945", half an hour) on a 19-minute line: mismatch; content complete (leg press, step-ups, hamstring curls with doses; R knee weakness).
        ["v6-h184-scch-clock-range-half-an-hour-on-19"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            CPT   | TIME      | TX
            97110 | 0915-0945 | leg press 70 lb 3x12, step-ups 8 inch 3x10, hamstring curls 5 lb 3x12
            PROBLEM: R quad + hamstring weakness after the R ACL repair, can't climb the combine ladder yet
            INIT: MS
            """,
            ["S83.511D"], [PT("97110", 19)], [At(Mismatch, "97110")]),

        // PSC grid with two billed codes and the 97140 row's Min cell left empty (97110's filled and matching): separate time missing; both codes' content present.
        ["v6-h184-psc-second-row-min-cell-empty"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 24  | 2     |
            | 97140 | Manual Therapy        |     |       |
            Skilled intervention: TE — pulleys 2x20, wand flexion 2x15, wall walks 2x10; MT — R GH posterior + inferior glides gr III, STM R upper trap
            Impairment: R shoulder stiffness + weakness after the R proximal humerus fracture, can't reach the hymnal rack
            Objective: R flex 118°, ER 35°
            D. Pennebaker, PT
            """,
            ["S42.201D"], [PT("97110", 24), PT("97140", 10)], [SepTime]),

        // NCNPT "CPT / MIN: 97112 / 23 — 97110 / ___" with the second minute blank: separate time missing; both codes' content present and one-on-one ticked.
        ["v6-h184-ncnpt-second-minute-blank"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: R HIP RECRUITMENT + TIMING AFTER THE L STROKE, R HIP WEAKNESS
            INTERVENTIONS: NMR — PNF D1 R LE, STEP-AND-HOLD ONT0 THE R. TE — BRIDGES 3X15, SIDE-LYING ABD 3X12
            OUTCOME MEASURES: BERG 42/56. FGA 15/30.
            CPT / MIN: 97112 / 23 — 97110 / ___
            G. TVEIT PT DPT NCS
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // SCCH two rows with the second row's MIN written as a dash ("97110 | —"): separate time missing; content present for both.
        ["v6-h184-scch-second-row-min-a-dash"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 24  | [v] | rocker board, foam stance w/ head turns, perturbations
            3/4  | 97110 | —   |     | step-ups 6 inch 3x10, leg press 60 lb 3x12
            PROBLEM: R knee proprioception + quad weakness after the R TKA
            MEASURE: rocker board M/L 14 sec; SLS R 9 sec
            INIT: MS
            """,
            ["Z96.651"], [PT("97112", 24), PT("97110", 13)], [SepTime]),

        // PSC grid with both rows' Min cells empty and only "Total Timed Min: 38" filled in: separate time missing; both codes' content present and individual ticked.
        ["v6-h184-psc-only-the-total-box-filled"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   |     |       |
            | 97110 | Therapeutic Exercise  |     |       |
            ______________________________________________
            Total Timed Min: 38     Total Units: 3
            Skilled intervention: NMR — perturbations on foam, tandem walking; TE — sit-to-stand 3x10, heel raises 3x15
            Impairment: postural control + B calf weakness, unsteady on the gravel at the Fort Campbell PX lot
            Objective: Berg 45/56
            D. Pennebaker, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // A scan that came back blank on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h184-blank-scan-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 24), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An OCR result of line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h184-line-breaks-only-97116"] = new(
            "\n\n \n\n",
            ["Z96.641"], [PTA("97116", 22)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h184-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an SCCH flowsheet: leg press, step-ups and bridges with loads, sets and reps (technique and measure) for L knee extensor weakness after a knee replacement (deficit); row minutes match: passes.
        ["v7-h184-scch-97110-after-a-knee-replacement"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97110 | 22  | leg press 80 lb 3x12, fwd step-ups 8 inch 3x10, bridges 3x15, TKE green band 3x15
            PROBLEM: L knee extensor weakness + extension lag after the L TKA, can't step up into the grain truck
            INIT: MS
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 22)], []),

        // 97530's meaning on a PSC OT note: lifting a canner of filled jars from the counter to the stove and loading the jar rack, with load and counts (technique and measure), for B hand and shoulder weakness (deficit); grid minutes match: passes.
        ["v7-h184-psc-ot-97530-the-canner"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97530 | Therapeutic Activities| 23  | 2     |
            Skilled intervention: lifting the canner w/ 4 quart jars of water from the counter to the stove 5 trips, loading + unloading the jar rack, carrying jars to the shelf
            Impairment: B shoulder flexion weakness + weak grip, can't lift her canner for tomato season
            Objective: canner 12 lb counter to stove 5 trips w/ SBA; 7 jars loaded w/o a drop
            R. Haymaker, OTR/L
            """,
            ["M62.81", "M19.041"], [OT("97530", 23)], []),

        // 97530's meaning on an NCNPT note: floor to stand through half-kneel and getting in and out of the wild-rice canoe from the dock, with counts and assistance (technique and measure), for L leg weakness after GBS (deficit); minutes match: passes.
        ["v7-h184-ncnpt-97530-floor-to-stand-and-the-canoe"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            PROBLEM: L HIP + KNEE WEAKNESS RECOVERING FROM GBS, CAN'T GET UP OFF THE DOCK OR INT0 THE RICING CANOE
            INTERVENTIONS: FLOOR T0 STAND THROUGH HALF-KNEEL 6 REPS W/ CGA, STEP DOWN FROM A 12 INCH BOX ONT0 A WOBBLE MAT (THE CANOE), LOW KNEEL T0 STAND W/ A PADDLE 5 REPS
            CPT / MIN: 97530 / 24
            G. TVEIT PT DPT NCS
            """,
            ["G61.0"], [PT("97530", 24)], []),

        // 97140's meaning on an NCNPT note: thoracic PA mobilisations and soft-tissue work to the upper back and a stiff shoulder (technique), thoracic and shoulder stiffness in Parkinson's (deficit), degrees (measure); minutes match: passes.
        ["v7-h184-ncnpt-97140-thoracic-mobs-stiff-shoulder"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            problem: thoracic kyphosis + stiffness and a stiff R shoulder w/ Parkinson's, can't reach up to the cabin's top shelf
            interventions: thoracic PA rnobs T4-T8 gr III, STM R pec + upper trap, R GH inferior glides gr III
            outcome rneasures: R shoulder flex 122° → 131° after; wall-to-occiput 6 cm
            97140 — 12 min
            K. Hjelle PT
            """,
            ["G20.A1", "M25.611"], [PT("97140", 12)], []),

        // 97116's meaning on a PSC PTA note: gait with a quad cane on the campus sidewalk, a curb and the chapel ramp, cues for R step length (technique), L hemiparetic gait (deficit), distance and assistance (measure); grid minutes match: passes.
        ["v7-h184-psc-pta-97116-quad-cane-and-curb"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97116 | Gait Training         | 23  | 2     |
            Skilled intervention: gait w/ large-base quad cane on the campus sidewalk, up + down the curb, the chapel ramp, cues for L knee flexion + R step length
            Impairment: L hemiparetic gait after the R CVA, L toe drags + short R step
            Objective: 200 ft quad cane CGA; curb up/down min A x1
            S. Gilley, PTA
            """,
            ["I69.354"], [PTA("97116", 23)], []),

        // 97116's meaning on an SCCH note: walker to cane on the basement hallway and the helipad ramp with cues for heel strike (technique), R hip weakness and a Trendelenburg gait (deficit), distances and assist (measure); row minutes match: passes.
        ["v7-h184-scch-97116-hallway-and-helipad-ramp"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97116 | 24  | FWW → SPC down the basement hallway to the cafeteria and back, up + down the helipad ramp, cues for R heel strike + upright trunk
            PROBLEM: R hip abductor weakness, Trendelenburg R after the R hip fracture
            MEASURE: 400 ft SPC SBA; ramp CGA w/ rail
            INIT: DO
            """,
            ["S72.001D"], [PTA("97116", 24)], []),

        // SCCH wholly generic flowsheet row ("ther ex per POC — tol well"): no technique, deficit or measure named for 97110.
        ["v7-h184-scch-ther-ex-per-poc-tol-well"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    Outpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET
            CPT   | MIN | TX
            97110 | 20  | ther ex per POC — tol well
            RESP: tol well, cont POC
            INIT: DO
            """,
            ["M62.81"], [PTA("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PSC two-code grid with minutes in each row and "Individual" ticked, but every box reads only "skilled services provided per plan of care" / "tolerated well": nothing named for either code.
        ["v7-h184-psc-skilled-services-per-poc-two-codes"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  |       |
            | 97110 | Therapeutic Exercise  | 15  |       |
            Skilled intervention: skilled services provided per plan of care
            Impairment: as per plan of care
            Pt response: tolerated well
            Progress toward goals: progressing
            D. Pennebaker, PT
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // NCNPT block capitals "BALANCE TRAINING. TOL WELL. CONT POC." with 1:1 ticked: nothing named — technique, generic, deficit and measure on 97112.
        ["v7-h184-ncnpt-balance-training-tol-well"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: ____________
            INTERVENTIONS: BALANCE TRAINING. TOL WELL.
            OUTCOME MEASURES: ____________
            PLAN: CONT POC.
            CPT / MIN: 97112 / 22
            G. TVEIT PT DPT NCS
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers (the false-positive guard), and the ordinary weak ones

        // SCCH wheat farmer, 97112, "pertur-" / "bations" broken at the line end; one-on-one; stepping over the irrigation-pipe stand-in, foam stance; L ankle proprioception; Berg and perturbations; row minutes match: passes.
        ["vord-h184-scch-wheat-farmer-97112"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 24  | [v] | foam stance eyes closed, stepping over a 4 inch pipe, lateral pertur-
            bations at the pelvis
            PROBLEM: L ankle proprioception, turns it walking the terraces in the wheat stubble
            MEASURE: Berg 47/56; 8/10 perturbations w/o a step
            RESP: tol well, harvest in 4 months                         INIT: MS
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // SCCH PTA 97110 for the grain-elevator manager's R shoulder: rows, ER with band, wall slides with doses; rotator-cuff weakness; row minutes match: passes.
        ["vord-h184-scch-elevator-manager-shoulder-97110"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97110 | 23  | rows 20 lb 3x12, ER red band 3x15, wall slides 2x15, prone Y's 2 lb 2x10
            PROBLEM: R rotator cuff weakness after the repair, can't lift the grain probe overhead on the catwalk
            INIT: DO
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 23)], []),

        // SCCH OT 97530 for the church-basement quilter: standing at the quilt frame, threading and tying knots, reaching across the frame; R hand coordination and standing tolerance after a stroke; counts and assist; row minutes match: passes.
        ["vord-h184-scch-ot-quilter-97530"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97530 | 22  | standing at the quilt frame to tie knots, threading needles, reaching across the frame to the far edge
            PROBLEM: R hand coordination + standing tolerance after the L CVA, can't stand at the church quilt frame
            MEASURE: tied 12 knots standing w/ SBA; threaded 3 of 5 needles
            INIT: JB
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // SCCH two-page flowsheet with 97112 and 97116, the "Page 1 of 2" footer and the repeated letterhead between the rows; one-on-one; each code's content; both match: passes.
        ["vord-h184-scch-two-codes-across-the-page-break"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 23  | [v] | weight shifts onto the L w/ tapping, step-and-stick onto foam L leading, reactive steps to pushes
                                                                      Page 1 of 2
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            Patient: ______________________  DOB: ____________
            3/4  | 97116 | 15  | [v] | hemi walker → quad cane down the basement hallway, cues for L heel strike
            PROBLEM: L hemiparesis after the R CVA, poor L weight acceptance + late L step
            MEASURE: step-and-stick 7/10; Berg 39/56; 150 ft quad cane CGA
            INIT: MS                                                  Page 2 of 2
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // SCCH 97140 and 97110 rows for a stiff R knee (patellar mobs and tib-femoral glides; bike, heel slides and step-ups with doses); degrees; both match: passes.
        ["vord-h184-scch-knee-97140-and-97110"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97140 | 10  | patellar mobs all directions, tib-femoral posterior glides gr III, STM distal quad
            3/4  | 97110 | 24  | recumbent bike level 4, heel slides 3x15, step-ups 6 inch 3x10, wall squats 3x10
            PROBLEM: R knee flexion stiffness + quad weakness after the R TKA
            MEASURE: R knee flex 98° → 105° after mobs
            INIT: MS
            """,
            ["Z96.651", "M25.661"], [PT("97140", 10), PT("97110", 24)], []),

        // SCCH PTA 97112 for the rural mail carrier, "1:1, his daughter drove him + watched"; tandem and foam with head turns, reaching out the window-height target; sensory loss in the feet; tandem seconds and Berg; row minutes match: passes.
        ["vord-h184-scch-mail-carrier-daughter-watched"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 22  | [v] | 1:1, his daughter drove him + watched. tandem stance, foam stance w/ head turns, reaching to a target at mailbox height from foam
            PROBLEM: sensory loss both feet (neuropathy), unsteady stepping out of the Jeep onto gravel
            MEASURE: tandem 10 sec; Berg 46/56
            INIT: DO
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // SCCH PT 97116 for the retired sale-barn auctioneer with a hemi walker on the hallway and the helipad ramp; R hemiparetic gait; distance and assist; row minutes match: passes.
        ["vord-h184-scch-auctioneer-hemi-walker-97116"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97116 | 25  | hemi walker gait down the basement hallway + helipad ramp, cues for R knee flexion + step length, turning in the elevator
            PROBLEM: R hemiparetic gait after the L CVA, R toe drags on the ramp
            MEASURE: 200 ft hemi walker min A; ramp mod A x1
            INIT: MS
            """,
            ["I69.351"], [PT("97116", 25)], []),

        // SCCH 97112 vestibular, the "Patient: ____ DOB: ____" line repeated in the middle of the text by the scanner; one-on-one; X2 viewing and walking with head turns; vestibular hypofunction; DGI; row minutes match: passes.
        ["vord-h184-scch-patient-line-repeated-mid-note"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 23  | [v] | X2 viewing seated + standing, walking w/ head turns, standing on foam eyes closed
            Patient: ______________________  DOB: ____________
            PROBLEM: B vestibular hypofunction after gentamicin, oscillopsia + wide base
            MEASURE: DGI 14/24; FGA 15/30
            INIT: MS
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // NCNPT Gordon 97112 for MS: foam stance, PNF stabilisation, stepping over the hockey sticks; L leg proprioception; Berg and SLS; one-on-one; minutes match: passes.
        ["vord-h184-ncnpt-ms-foam-and-pnf"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: L LEG PROPRIOCEPTION + FATIGUE (MS), L KNEE SNAPS BACK IN STANCE
            INTERVENTIONS: PNF RHYTHMIC STABILIZATION IN STANDING, F0AM STANCE EYES CLOSED, STEPPING OVER 3 HOCKEY STICKS
            OUTCOME MEASURES: BERG 49/56. SLS L 6 SEC (R 15 SEC).
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["G35.D"], [PT("97112", 23)], []),

        // NCNPT Kari 97112 after a stroke in her slanted hand (rn for m, cl for d); one-on-one; weight shift and step-up with tapping; R hip recruitment; Berg and 10-metre walk; minutes match: passes.
        ["vord-h184-ncnpt-kari-stroke-rn-and-cl"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            problem: R hip + knee rnotor recruitrnent after the L stroke, R knee buckles on the landing
            interventions: weight shift onto the R w/ tapping, step-up + hold on the R, stancling on the R w/ L foot taps to cones
            outcome rneasures: Berg 44/56; 10MWT 0.77 m/s
            97112 — 24 min
            K. Hjelle PT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // NCNPT Gordon 97116 with body-weight-supported treadmill then overground gait; L foot clearance with MS; speed, distance and assist; minutes match: passes.
        ["vord-h184-ncnpt-bwstt-then-overground-97116"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            PROBLEM: L FOOT CLEARANCE + KNEE HYPEREXTENSION IN STANCE (MS)
            INTERVENTIONS: BODY-WEIGHT-SUPPORTED TREADMILL 20% UNWEIGHTED AT 1.2 MPH, THEN OVERGROUND W/ CUES FOR L KNEE + T0E UP
            OUTCOME MEASURES: 500 FT OVERGROUND W/ SBA, NO T0E CATCHES
            CPT / MIN: 97116 / 22
            G. TVEIT PT DPT NCS
            """,
            ["R26.89", "G35.D"], [PT("97116", 22)], []),

        // NCNPT Gordon 97112 and 97530 on the CPT / MIN line; one-on-one; stepping strategy and getting on and off the snowmobile trailer; PD postural instability; both match: passes.
        ["vord-h184-ncnpt-97112-and-97530"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: POSTURAL INSTABILITY (PD), CAN'T STEP UP ONT0 THE SNOWMOBILE TRAILER
            INTERVENTIONS: NMR — COMPENSATORY STEPPING T0 PUSHES, F0AM STANCE W/ REACH. ACTIVITY — STEP UP ONT0 A 14 INCH PLATFORM + OFF, 8 REPS W/ CGA
            OUTCOME MEASURES: MINI-BESTEST 21/28
            CPT / MIN: 97112 / 24    97530 / 14
            G. TVEIT PT DPT NCS
            """,
            ["G20.A1"], [PT("97112", 24), PT("97530", 14)], []),

        // NCNPT Kari 97110 for hip and trunk weakness with MS: bridges, clamshells, dead bugs with doses; minutes match: passes.
        ["vord-h184-ncnpt-kari-97110-hip-and-trunk"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            problem: B hip abductor + trunk weakness (MS), Trendelenburg L
            interventions: bridges 3x12, clarnshells green band 3x12, dead bugs 2x10, side plank on knees 3x15 sec
            97110 — 18 min
            K. Hjelle PT
            """,
            ["G35.D", "M62.81"], [PT("97110", 18)], []),

        // NCNPT Gordon 97112 for a man who climbs a deer stand: ladder-rung stepping, perturbations on the rocker, SLS on foam; R ankle proprioception; SLS and rocker seconds; "JUST ME + HIM"; minutes match: passes.
        ["vord-h184-ncnpt-deer-stand-ladder"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP   JUST ME + HIM
            PROBLEM: R ANKLE PROPRIOCEPTION AFTER THE FALL OFF THE DEER STAND LADDER
            INTERVENTIONS: ROCKER BOARD W/ PERTURBATIONS, SLS ON F0AM W/ BALL T0SS, STEPPING UP THE PRACTICE LADDER RUNGS
            OUTCOME MEASURES: SLS F0AM R 12 SEC. ROCKER A/P 20 SEC.
            CPT / MIN: 97112 / 25
            G. TVEIT PT DPT NCS
            """,
            ["S93.401D", "Z91.81"], [PT("97112", 25)], []),

        // NCNPT Kari 97112 whose interventions line the OCR broke where the form's column ended (a few words on a line of their own); one-on-one; PD; Mini-BESTest and turn steps; minutes match: passes.
        ["vord-h184-ncnpt-kari-column-broken-line"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            interventions: big-amplitude stepping to targets,
            turning in a
            box on the floor, dual-task walking naming Twins players
            problem: slow shuffling turns + freezing w/ Parkinson's, trouble turning in the cabin kitchen
            outcome rneasures: Mini-BESTest 20/28; 180 turn 5 steps
            97112 — 22 min
            K. Hjelle PT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // PSC church pianist 97112 on the full five-row grid with the unbilled rows empty and the total box blank; individual ticked; rhythmic stabilisation and foam reaches; trunk control; Berg and reach; matches: passes.
        ["vord-h184-psc-church-pianist-full-grid"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 24  | 2     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: rhythmic stabilization sitting on the therapy ball, reaching from foam to the side + behind, sit-to-stand from the bench w/ eyes closed
            Impairment: trunk control + sitting balance, slides off the piano bench reaching for the pedals
            Objective: Berg 41/56; functional reach 7 in
            Progress toward goals: progressing
            D. Pennebaker, PT
            """,
            ["R26.89", "M62.81"], [PT("97112", 24)], []),

        // PSC 97110 for the retired Fort Campbell first sergeant's L shoulder: pulleys, band ER and rows, prone extension with doses; rotator-cuff weakness; grid minutes match: passes.
        ["vord-h184-psc-first-sergeant-shoulder-97110"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 23  | 2     |
            Skilled intervention: pulleys 2x20, ER green band 3x15, rows green band 3x15, prone shoulder extension 2 lb 2x12
            Impairment: L rotator cuff weakness + painful arc, can't raise the flag at the VFW post
            Pt response: painful arc smaller by the last set
            D. Pennebaker, PT
            """,
            ["M75.122"], [PT("97110", 23)], []),

        // PSC OT 97530 for the Walmart greeter: standing at a counter to fold shirts, reaching to a cart, pushing a cart across the hall; standing tolerance and R arm weakness; counts and times; grid minutes match: passes.
        ["vord-h184-psc-ot-walmart-greeter-97530"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97530 | Therapeutic Activities| 22  | 1     |
            Skilled intervention: standing at the counter folding shirts, reaching into a cart for items, pushing a loaded cart the length of the hall + back
            Impairment: R shoulder weakness + poor standing tolerance, can't stand at the store entrance through her shift
            Objective: stood folding for the whole task w/o a rest; 20 items from cart w/ SBA; cart pushed 150 ft x2
            R. Haymaker, OTR/L
            """,
            ["M62.81", "R53.81"], [OT("97530", 22)], []),

        // PSC 97140 and 97110 for a stiff L knee (patellar mobs and joint glides; heel slides, bike and step-ups with doses) on a grid with both rows filled; both match: passes.
        ["vord-h184-psc-knee-97140-and-97110"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 25  | 1     |
            | 97140 | Manual Therapy        | 11  | 1     |
            Skilled intervention: MT — L patellar mobs, tib-femoral posterior glides gr III; TE — heel slides 3x15, recumbent bike level 3, step-ups 6 inch 3x10, SAQ 3 lb 3x12
            Impairment: L knee flexion stiffness + quad weakness after the L TKA
            Objective: L knee flex 96° → 103° after mobs
            S. Gilley, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 25), PTA("97140", 11)], []),

        // PSC PT 97116 for the dark-fired tobacco grower after a hip replacement, on the campus sidewalk and the gravel lot; R hip weakness; distance and assist; grid minutes match: passes.
        ["vord-h184-psc-tobacco-grower-97116"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97116 | Gait Training         | 24  | 2     |
            Skilled intervention: gait training RW → SPC on the campus sidewalk + the gravel lot, cues for R stance time + heel strike, turning on gravel
            Impairment: R hip abductor weakness after the R THA, Trendelenburg + short L step, needs to walk the barn rows
            Objective: 350 ft SPC w/ SBA on the sidewalk, 100 ft on gravel CGA
            D. Pennebaker, PT
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 24)], []),

        // PSC PTA 97112 on a two-page scan with the "Page 1 of 2" footer and repeated letterhead between the grid and the narrative; individual ticked; tandem and foam; sensory loss; Berg; grid minutes match: passes.
        ["vord-h184-psc-pta-page-footer-mid-note"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
                                                         Page 1 of 2
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            Patient: ____________________  DOB: ____________
            Skilled intervention: tandem walking at the rail, foam stance w/ head turns, stepping over the threshold strip eyes up
            Impairment: sensory loss both feet, catches her toe on the thresholds
            Objective: Berg 43/56; tandem 7 sec
            S. Gilley, PTA                               Page 2 of 2
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // PSC 97112 and 97116 on the grid, individual ticked; perturbations and walking with head turns; each code's content; both match: passes.
        ["vord-h184-psc-97112-and-97116"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            | 97116 | Gait Training         | 15  | 1     |
            Skilled intervention: NMR — perturbations on foam, stepping-strategy drills; Gait — RW → SPC on the greenway path, cues for step length
            Impairment: delayed balance reactions + short step length after the fall
            Objective: Berg 44/56; 250 ft SPC w/ CGA
            D. Pennebaker, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97116", 15)], []),

        // SCCH PT 97530 for the mail carrier: getting in and out of the right-hand-drive Jeep mock-up, reaching to mailboxes from sitting, lifting the tub of mail; L hip weakness; counts and load; row minutes match: passes.
        ["vord-h184-scch-mail-jeep-transfers-97530"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | TX
            3/4  | 97530 | 23  | in + out of the Jeep seat mock-up 8 reps, reaching to a mailbox-height target from sitting 15 reps, lifting the mail tub 15 lb floor to seat 6 reps
            PROBLEM: L hip weakness + stiffness after the L THA, can't get in + out of the Jeep 200 times a day
            INIT: MS
            """,
            ["Z96.642"], [PT("97530", 23)], []),

        // NCNPT Kari 97112 and 97140 ("97112 — 23 min", "97140 — 10 min"); one-on-one; gaze work plus cervical glides; vestibular and neck stiffness; DGI and degrees; both match: passes.
        ["vord-h184-ncnpt-kari-97112-and-97140"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            97112 — 23 min: gaze stabilization X1 standing on foarn, walking w/ head turns in the hall; R vestibular hypofunction; DGI 18/24
            97140 — 10 min: upper cervical rotation SNAGs, suboccipital release; neck stiffness guarding the head turns; cervical rotation L 55° → 66°
            K. Hjelle PT
            """,
            ["H81.21", "M54.2"], [PT("97112", 23), PT("97140", 10)], []),

        // PSC OT 97110 for the R hand after a distal radius fracture: putty, digit flexion, wrist curls with doses; hand and wrist weakness; grid minutes match: passes.
        ["vord-h184-psc-ot-hand-97110"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 16  | 1     |
            Skilled intervention: green putty gross grasp 3x15, tendon glides 3x10, wrist curls 1 lb 3x12, pronation/supination w/ hammer 3x10
            Impairment: R wrist + grip weakness after the R distal radius fracture
            R. Haymaker, OTR/L
            """,
            ["S52.501D"], [OT("97110", 16)], []),

        // PSC complete 97112 (individual ticked; perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h184-psc-no-diagnosis"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            Skilled intervention: perturbations on foam, tandem walking
            Impairment: postural control, steps back when she turns at the sink
            Objective: Berg 45/56
            D. Pennebaker, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // SCCH complete 97112 (one-on-one ticked; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis keyed from a smudged scan as "R26.8?": not a well-formed ICD-10-CM code.
        ["vord-h184-scch-dx-keyed-from-a-smudge"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT   | MIN | 1:1 | TX
            3/4  | 97112 | 23  | [v] | rocker board eyes closed, perturbations on foam
            PROBLEM: R ankle proprioception after the sprain at the county fair
            MEASURE: rocker board 13 sec; 7/10 perturbations w/o a step
            INIT: MS
            """,
            ["R26.8?"], [PT("97112", 23)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
