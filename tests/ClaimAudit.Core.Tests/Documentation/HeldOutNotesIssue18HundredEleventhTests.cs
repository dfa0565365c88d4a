using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eleventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07) is a random week of ordinary notes damaged on their way into the billing export by
/// encodings and word processors — UTF-8 read as Windows-1252 once (â€™ for an apostrophe, â€“ and â€” for dashes, Â°
/// for degrees, Ã© and Ã´ in a patient's or a town's name, "Â " where a no-break space was, â€œ and â€¦) or twice
/// (Ã¢â‚¬â„¢, Ã¢â‚¬â€œ, Ã‚Â°, ÃƒÂ©), text pasted from Word with its autoformat (curly quotes, en and em dashes, the
/// ellipsis character, non-breaking hyphens in "one‑on‑one" and "Brandt‑Daroff", soft hyphens and zero-width spaces
/// inside words and inside numbers, bullets turned into the Symbol font's private-use glyph, "o", "§" or "?"), tracked
/// changes left in (a deletion and its replacement both kept, "[deleted: …] [inserted: …]" marks, a reviewer's comment
/// bubble pasted inline as "[Comment JS1: …]"), and the replacement character (�) or a plain "?" where an old export
/// lost a symbol — about two thirds ordinary and complete (65 of 101), single- and multi-code visits (97110,
/// 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from
/// three employers:
/// <list type="number">
/// <item>a hospital outpatient department whose interface engine re-encodes notes on their way to billing ("Blackstone
/// Valley General Hospital — Outpatient Rehabilitation", BVGH: the main-campus gym in Woonsocket, Rhode Island, whose
/// notes pass two interface hops and arrive encoded twice, and the satellites in Lincoln and North Smithfield, whose
/// notes pass one hop and arrive encoded once; a template of "Service:", "Delivery:", "Treatment:", "Deficit(s):" and
/// "Objective:" lines with the service's minutes on its own line): Amélie Boisvert (PT, DPT), Marc-André Lévesque (PT),
/// Joanne Brodeur (PTA) and Hélène Charpentier (OTR/L), their names as the interface left them (AmÃƒÂ©lie,
/// LÃƒÂ©vesque, HÃ©lÃ¨ne); a retired loom fixer from the Social District mills, a woman who walks the Blackstone
/// River Bikeway, a Portuguese-speaking grandmother (ConceiÃƒÂ§ÃƒÂ£o) with her granddaughter interpreting, a
/// Stadium Theatre usher, Mr. CÃ´tÃ© on the next mat, and a daughter-in-law in the lobby;</item>
/// <item>a private practice whose clinicians write their notes in Word and paste them into the billing system
/// ("Milwaukee River Physical Therapy", MRPT: West Bend and Jackson, Wisconsin; "MRPT Daily Note.docx" with Word
/// bullets, curly quotes and em dashes, the owner's review comments and tracked changes left in): Janelle Stoeckel (PT,
/// DPT, owner, whose comments are "[Comment JS1: …]"), Owen Wierzbicki (PT), Rita Fiorentino (PTA) and Bea Mattson
/// (OTR/L, one day a week); a dairy-supply driver, a man who fishes through the ice from a shanty, a woman who
/// climbs the Holy Hill tower stairs every fall, a Harley rider, a church-festival brat-fry volunteer, a husband who
/// sits in to learn the home programme, and Mr. Voss who cancelled;</item>
/// <item>a multi-site group whose old EMR's export loses every symbol outside plain ASCII ("Piedmont Triad Therapy
/// Partners", PTTP: clinics in High Point, Asheboro, Burlington and Eden, North Carolina, on "RehabWorks 5.1"; a
/// template of "CPT / TX / PROBLEM / TEST / ATTENDANCE" lines in capitals where a dash, a degree sign, a tick box or
/// a bullet comes out as "?" or "�"): Keisha Armfield (PT, DPT), Priya Raman (PT), Mitch Laney (PTA) and Don Sizemore
/// (OTR/L); a furniture-market showroom worker, a retired hosiery-mill knitter, a Uwharrie trail hiker, a North
/// Carolina Zoo volunteer, a barbecue pit cook, a church choir alto, Mr. Pugh and Mrs. Lassiter at the bars,
/// and a sister who drove her.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many damaged exports,
/// applying the contract to what the writer meant: mojibake, a curly quote, an en or em dash, a no-break or soft hyphen,
/// a zero-width space inside a word or a number, a bullet glyph and a lost symbol are read through ("97112 Ã¢â‚¬â€œ 24
/// min" is 24 minutes for 97112, "4​6/56" is a Berg of 46, "can?t" is "can't"), a tracked change is read as accepted
/// (the inserted text stands and the deleted text is gone), a reviewer's comment bubble is a question to the writer,
/// not the writer's statement, and a field whose only content is damage states nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h111-…): one-on-one in these writers' own words through the damage ("one-on-one Ã¢â‚¬â€œ
/// itÃ¢â‚¬â„¢s just Mrs. BÃƒÂ©langer and me for the whole block", "One‑on‑one — Owen and Mr. Hartwig only" with
/// non-breaking hyphens, "[deleted: group of 2 with Mr. Voss] [inserted: one-on-one; Mr. Voss cancelled]", "1:1 � no
/// other pts in the gym", an individual session with a granddaughter interpreting Portuguese, "one‑on‑one; her husband
/// sat in to learn the home pro­gram"), notes that negate it ("[deleted: One-on-one the whole block.] [inserted: Shared
/// the block with Mrs. Kuehl …]", a PTA with two patients at the bars "? back and forth", a PT alternating with Mr.
/// CÃƒÂ´tÃƒÂ© on the two mats) or never state it (a complete PTTP note, a Word note whose only "1:1" is the owner's
/// comment asking whether it was), and the codes without a one-on-one check (an OT's 97530 in an ADL kitchen group, a
/// PTA's 97110 beside a patient on the bike);</item>
/// <item>class 2 (v2-h111-…): checkbox and blank-field states through the damage: "☒ One-on-one ☐ Concurrent ☐ Group"
/// pasted from Word, "[X] Individual [ ] Concurrent [ ] Group" encoded twice, "1:1 Y/N: Y" and "1:1 Y/N: ___", a
/// box row whose boxes all came out as "�" (nothing readable as ticked), an impairment field holding only a zero-width
/// space, a treatment field holding only an encoded no-break space ("Treatment: Ã‚Â "), a Berg tracked to "not tested
/// today", "Sets: __ Reps: __" for a 97110, and filled fields with their damage ("Problem: can?t feel her
/// feet on the stairs", "? foam ? rocker" bullets);</item>
/// <item>class 3 (v3-h111-…): named programmes and methods as techniques through the damage (Frenkel exercises,
/// Brandt‑Daroff habituation with a non-breaking hyphen, Rood facilitation and joint approximation, Brunnstrom synergy
/// work, Sahrmann movement-system retraining, Schroth corrections, strain-counterstrain, a Mulligan mobilisation with
/// movement, CO-OP goal-plan-do-check, a tracked change from "balance training per POC" to named perturbation work), the
/// practice's own "Level 2 circuit (see flowsheet)" as the only technique, and Williams flexion exercises with no
/// dose;</item>
/// <item>class 4 (v4-h111-…): deficits stated as findings through the damage (feet that can't feel the floor through
/// slippers, a knee that "buckles" stepping off the boat trailer, "can?t turn her head to back the car out without the
/// room moving", a hand that drops the bobbin, a foot that catches on the festival tent stakes, a woman who pulls up on
/// the pew in front, "[deleted: R] [inserted: L] ankle", a woman who falls backward reaching into the cupboard) and notes that state none
/// ("Deficit(s): N/A", "PROBLEM: see eval", an impairment line that is only Word's ellipsis character);</item>
/// <item>class 5 (v5-h111-…): measures through the damage (a Berg and a TUG between twice-encoded dashes, a Berg with a
/// zero-width space inside it, degrees lost to "�", "Berg 47/56 ? TUG 10.9 sec", feet with an encoded no-break space,
/// Word's "1½ lb", an OT's degrees encoded once and basket trips) and notes with none ("[Comment JS1: Berg?]" under a
/// measure line left empty, "Objective: Ã‚Â Ã‚Â ", "TEST: deferred ? pt arrived late", a 97116 walked with no
/// distance or assistance level, "Sets/reps: per HEP sheet");</item>
/// <item>class 6 (v6-h111-…): minutes through the damage (two codes with twice-encoded dashes, a clock range with an en
/// dash on the code's own line and one encoded twice, "97112 ? 24 min", a zero-width space inside a code's minutes, a
/// tracked change of a code's minutes, a PT's and an OT's code each with its minutes) and
/// true mismatches ("97112 � 30 min" on an 18-minute line, a twice-encoded 25 on a 13-minute 97110, an OT's "30
/// minutes" on a 17-minute 97530) and truly missing separate time ("97112 / 97110 ? total 38 min", a second code's
/// minute field holding only an encoded no-break space, Word's ellipsis character in place of a code's minutes);</item>
/// <item>class 7 (v7-h111-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty two-code note, a note of no-break spaces, a zero-width space and line breaks, an empty OT note with no
/// diagnosis), the contract's meanings for 97110, 97530, 97140 and 97116 in the three employers' damage, and wholly
/// generic notes: "Pt tolerated treatment wellÃ¢â‚¬Â¦ Continue POC." on a 97112, a Word note of Symbol-font bullets saying
/// "therapeutic exercise per POC", and a two-code PTTP note with each code's minutes and nothing else;</item>
/// <item>ordinary (vord-h111-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), each with its employer's damage, and the ordinary weak ones: a complete note with no diagnosis, a claim whose
/// diagnosis lost its last character to "�", and a Word note whose code's minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a tracked change of a code's minutes gives it its inserted minutes, a
/// zero-width space inside a code's minutes leaves them the minutes they read as). Every timed line earns at least one
/// unit under the 8-minute rule. This set's notes carry people and numbers that are not the code's or its minutes — a
/// daughter-in-law, a husband, a granddaughter interpreting, a sister, the owner commenting (none of them a patient; Mr.
/// CÃƒÂ´tÃƒÂ© on the next mat, Mrs. Kuehl, and Mr. Pugh and Mrs. Lassiter at the bars are), years at a loom, step
/// and curb heights in inches, loads in pounds, band colours, reach in inches and centimetres, grip and pinch pounds,
/// degrees, distances in feet and in laps, counts of perturbations, cones, bobbins, towels and trips — and each is written
/// so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code
/// ("Service: 97112 Neuromuscular re-ed Ã¢â‚¬â€œ 24 min", "97112 — 23 minutes", "CPT 97112 ? 24 min"), or as a clock
/// range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that gives
/// the visit a total ("total 38 min"); notes failed for want of a measure carry no number but their code and its
/// minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no number
/// but its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement, another
/// patient treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the damage that could honestly be read either way: a symbol lost inside or beside a code's
/// minutes or a score so that the number itself is in doubt ("2� min", "Berg ??/56", "TUG �14 sec" where the lost
/// symbol may have been "&gt;"), a one-on-one statement whose mark was lost ("1?1"), a tracked change whose deletion
/// and insertion disagree on a code's minutes or on one-on-one with no mark saying which is which, a deletion and its
/// replacement both left in without marks where they differ in substance, a comment bubble that names the only
/// technique, deficit or measure of the note or that contradicts the note ("[Comment JS1: this was a group, not 1:1]"),
/// Wingdings check boxes pasted as letters ("þ One-on-one ¨ Group"), and mojibake that falls on a negation ("donâ€").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 88 of 101 cases agree (99 needed), and 9 of the 65 notes the reviewer passes got a finding, on the analyzer of 3940f40 (the start of the 2026-12-07 eighteenth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 101 of 101, no false positive — a note's encoding damage undone before it is read (UTF-8 read as Windows-1252 once or twice, Word's zero-width spaces, soft and non-breaking hyphens and Symbol bullets, tracked changes read as accepted and review comments left out, "can?t" and " ? " as a lost apostrophe and dash, "35�" a lost degree sign); plain-words deficits ("can't feel the floor", "without the room moving", "can't get up from the church pew"); a capitalised "Level 2" after a name ("Janelle's Level 2 circuit") a programme's level, not an exercise's dose.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEleventhTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words through the damage, negated, unstated

        // BVGH Woonsocket, encoded twice: "one-on-one – it's just Mrs. Bélanger and me for the whole NMR block; her daughter-in-law waited in the lobby"; perturbations on the foam, tandem walking with head turns, stepping over the cane; delayed ankle and hip strategy; Berg and perturbation count; "97112 … – 24 min" matches: passes.
        ["v1-h111-bvgh-twice-encoded-just-her-and-me"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 24 min
            Delivery: one-on-one Ã¢â‚¬â€œ itÃ¢â‚¬â„¢s just Mrs. BÃƒÂ©langer and me for the whole NMR block; her daughter-in-law waited in the lobby.
            Treatment: perturbations at the pelvis standing on the foam, tandem walking along the rail with head turns, stepping over the cane laid on the floor.
            Deficit(s): delayed ankle and hip strategy, she sways back and doesnÃ¢â‚¬â„¢t step until sheÃ¢â‚¬â„¢s already falling.
            Objective: Berg 43/56 (38 at eval); 6 of 10 perturbations recovered with one step.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MRPT West Bend Word paste: "One‑on‑one — Owen and Mr. Hartwig only" with non-breaking hyphens, curly quotes and the Symbol-font bullet glyph; rocker board, foam tandem, reactive stepping; R ankle proprioception; rocker seconds and SLS; "97112 — 23 minutes" matches: passes.
        ["v1-h111-mrpt-nonbreaking-hyphens-one-on-one"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Gerald Hartwig
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: One‑on‑one — Owen and Mr. Hartwig only.
            	Rocker board A/P and M/L, eyes closed for the last set
            	Tandem stance on the foam with “look over your shoulder” head turns
            	Reactive stepping to pushes at the hips
            Impairment: R ankle proprioception after the sprain on the milk-truck step; he “rolls it” on the gravel drive.
            Measures: rocker board M/L 12 sec without an edge touch; SLS on foam R 8 sec (L 19 sec).
            Owen Wierzbicki, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // MRPT tracked change left in the delivery line: "[deleted: group of 2 with Mr. Voss] [inserted: one-on-one; Mr. Voss cancelled]" — read as accepted, one-on-one; PNF D1/D2 with rhythmic stabilisation, half-kneel reaches, foam step-ups; L hip motor control after a stroke; FGA and reach; "97112 — 24 minutes" matches: passes.
        ["v1-h111-mrpt-tracked-group-to-one-on-one"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Arlene Pfeiffer
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: [deleted: group of 2 with Mr. Voss] [inserted: one-on-one; Mr. Voss cancelled]
            Treatment: PNF D1 and D2 lower-extremity patterns with rhythmic stabilization at the end range; half-kneel reaches across midline; step-ups onto the foam with the L leading.
            Impairment: L hip motor control and recruitment after the R MCA stroke — the L knee snaps back in stance.
            Measures: FGA 16/30; forward reach 8 inches in half-kneel without loss of balance.
            Janelle Stoeckel, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // MRPT tracked change the other way: "[deleted: One-on-one the whole block.] [inserted: Shared the block with Mrs. Kuehl on the next mat, back and forth between them.]" — another patient in the billed time: one-on-one missing; foam perturbations, tandem, clock stepping; somatosensory loss; Berg and stepping count present.
        ["v1-h111-mrpt-tracked-one-on-one-deleted"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Dorothy Raabe
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: [deleted: One-on-one the whole block.] [inserted: Shared the block with Mrs. Kuehl on the next mat, back and forth between them.]
            	Perturbations standing on the foam, eyes open then closed
            	Tandem walking along the counter
            	Clock stepping to called numbers
            Impairment: somatosensory loss in both feet with the neuropathy; she watches her feet and stops when she looks up.
            Measures: Berg 41/56; 7 of 12 clock steps without a hand on the counter.
            Rita Fiorentino, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PTTP Asheboro export with a lost dash: "ATTENDANCE: 1:1 � no other pts in the gym"; clock-yard stepping, foam head turns, backward walking; slow backward stepping in Parkinson's; pull test and Mini-BESTest; "CPT 97112 ? 23 min" matches: passes.
        ["v1-h111-pttp-one-on-one-lost-dash"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 23 min
            ATTENDANCE: 1:1 � no other pts in the gym
            TX: stepping to the numbers on the floor clock, foam stance with head turns, backward walking with a stop on cue
            PROBLEM: slow backward stepping and retropulsion with Parkinson?s, falls backward opening the storm door
            TEST: pull test 3 steps to recover; Mini-BESTest 17/28
            K. Armfield PT DPT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PTTP Burlington PTA with two patients: "Mitch had Mr. Pugh and Mrs. Lassiter at the bars at the same time ? back and forth" — another patient in the block: one-on-one missing; tandem in the bars, foam marching, lateral pushes; proprioception; tandem seconds and pushes present.
        ["v1-h111-pttp-pta-two-at-the-bars"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97112 ? 21 min
            ATTENDANCE: Mitch had Mr. Pugh and Mrs. Lassiter at the bars at the same time ? back and forth
            TX: tandem stance in the bars, marching on the foam strip, lateral pushes at the hips
            PROBLEM: proprioceptive loss both feet, can?t tell where her feet are on the foam
            TEST: tandem 8 sec R in front, 5 sec L in front; 4 of 8 pushes without grabbing the bar
            M. Laney PTA
            """,
            ["E11.42"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // BVGH Woonsocket encoded twice: "Individual session Ã¢â‚¬â€œ just me and Sra. Conceição; her granddaughter interpreted from Portuguese"; X1 viewing, walking with head turns, feet together on foam; R vestibular hypofunction; DGI; "97112 … – 22 min" matches: passes.
        ["v1-h111-bvgh-granddaughter-interpreting"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: individual session Ã¢â‚¬â€œ just me and Sra. ConceiÃƒÂ§ÃƒÂ£o; her granddaughter interpreted from Portuguese and sat by the mat.
            Treatment: gaze stabilization X1 viewing seated then standing, walking the hall with horizontal head turns, feet together on foam with eyes closed.
            Deficit(s): R vestibular hypofunction; she veers R and the room Ã¢â‚¬Å“jumpsÃ¢â‚¬â„¢ when she turns her head.
            Objective: DGI 16/24; 3 of 5 hallway passes without a side step.
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BVGH Woonsocket encoded twice: "I worked with him and Mr. Côté at the same time, alternating on the two mats" — another patient treated in the block: one-on-one missing; half-kneel rhythmic stabilisation, quadruped on foam, sit-to-stand with eyes closed; trunk control after a stroke; Berg and hold seconds present.
        ["v1-h111-bvgh-alternating-with-mr-cote"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: I worked with him and Mr. CÃƒÂ´tÃƒÂ© at the same time, alternating on the two mats.
            Treatment: half-kneel rhythmic stabilization, quadruped alternate arm and leg on the foam, sit-to-stand from the foam with eyes closed.
            Deficit(s): trunk and L hip motor control after the R stroke; he falls to the L when he closes his eyes.
            Objective: Berg 37/56; quadruped hold 12 sec before the L hip drops.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MRPT Word note with no delivery statement; the only "1:1" is the owner's comment bubble asking: "[Comment JS1: Owen – was this 1:1? Please add delivery.]" — a question, not the writer's statement: one-on-one missing; rocker board, foam head turns, hurdle stepping; ankle proprioception; rocker seconds and FGA present.
        ["v1-h111-mrpt-comment-asks-if-one-on-one"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Craig Lemke
            97112 — Neuromuscular re‑education — 22 minutes
            	Rocker board with eyes closed
            	Foam stance with head turns while he calls out the cards I hold up
            	Stepping over the hurdle row without looking down
            Impairment: L ankle proprioception after the fracture; he catches the toe on the ice-house step.
            Measures: rocker board 10 sec; FGA 20/30.
            [Comment JS1: Owen – was this 1:1? Please add delivery.]
            Owen Wierzbicki, PT
            """,
            ["S82.62XD"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PTTP Eden OT 97530 in an ADL kitchen group of three (no one-on-one check): standing at the counter to make a sandwich, carrying a tray to the table, wiping the counter with the L hand; L hemiparesis and standing tolerance; counts and assist; "CPT 97530 ? 24 min" matches: passes.
        ["v1-h111-pttp-ot-kitchen-group-97530"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97530 ? 24 min
            ATTENDANCE: ADL kitchen group, 3 pts
            TX: standing at the counter to make a sandwich, carrying a tray from the counter to the table, wiping the counter with the L hand
            PROBLEM: L hemiparesis, weak L grasp and she can?t stand at the counter without leaning her hip on it
            TEST: tray carried 4 times with SBA; stood through the whole sandwich task without leaning
            D. Sizemore OTR/L
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // BVGH Lincoln satellite, encoded once: a PTA's 97110 with another patient on the bike beside them (no one-on-one check); step-ups, leg press, bridges and TKE with doses; R quad weakness after a knee replacement; "97110 … â€“ 20 min" matches: passes.
        ["v1-h111-bvgh-lincoln-pta-97110-patient-on-the-bike"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97110 Therapeutic exercise â€“ 20 min
            Delivery: another patient was on the recumbent bike beside us while Mr. Gauthier worked.
            Treatment: forward step-ups onto the 6 inch step 3x10, leg press 60 lb 3x12, bridges 3x15, TKE with the green band 3x15.
            Deficit(s): R quad weakness and a step-to pattern on stairs after the R TKA.
            Therapist: Joanne Brodeur, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20)], []),

        // MRPT Word note: "one‑on‑one; her husband sat in to learn the home pro­gram" with non-breaking hyphens and a soft hyphen; perturbations on the foam, tandem with head turns, step-and-hold; postural sway; Berg and perturbations; "97112 — 25 minutes" matches: passes.
        ["v1-h111-mrpt-husband-sat-in"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Lorraine Buth
            97112 — Neuromuscular re‑education — 25 minutes
            Delivery: one‑on‑one; her husband sat in to learn the home pro­gram.
            o	Perturbations standing on the foam, all four directions
            o	Tandem walking with head turns down the hall
            o	Step-and-hold onto the Airex, each leg leading
            Impairment: increased postural sway and a late stepping reaction; she fell twice on the church steps this winter.
            Measures: Berg 45/56; 7 of 10 perturbations recovered without a second step.
            Owen Wierzbicki, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // PTTP High Point complete note with no attendance line and nothing saying one-on-one or individual: not stated; perturbations at the pelvis, foam tandem, stepping over cones; delayed stepping; TUG and perturbations present.
        ["v1-h111-pttp-high-point-no-attendance"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97112 ? 24 min
            TX: perturbations at the pelvis in standing, tandem on the foam beam, stepping over cones forward and sideways
            PROBLEM: delayed stepping reaction, she trips over the rug runners at the furniture showroom
            TEST: TUG 12.8 sec; 6 of 10 perturbations with a single step
            P. Raman PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states through the damage

        // MRPT Word check boxes pasted intact: "☒ One-on-one ☐ Concurrent ☐ Group"; rocker board, foam step-ups with head turns, lateral pushes; R knee proprioception after an ACL repair; SLS seconds and hop holds; "97112 — 22 minutes" matches: passes.
        ["v2-h111-mrpt-word-box-ticked"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Tanner Kressin
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: ☒ One-on-one   ☐ Concurrent   ☐ Group
            	Rocker board A/P, eyes closed
            	Step-ups onto the foam with head turns
            	Lateral pushes at the shoulders in single-leg stance
            Impairment: R knee proprioception and quad timing after the ACL reconstruction; the knee “wobbles” on the Harley’s kickstand side.
            Measures: SLS on foam R 14 sec (L 30 sec); 5 of 8 single-leg hop landings held.
            Owen Wierzbicki, PT
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // BVGH Woonsocket text boxes encoded twice around them: "Delivery: [X] Individual [ ] Concurrent [ ] Group"; foam-beam tandem and perturbations while reaching; vestibular and postural control after a concussion; FGA and perturbations; "97112 … – 23 min" matches: passes.
        ["v2-h111-bvgh-text-box-individual-ticked"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: [X] Individual   [ ] Concurrent   [ ] Group
            Treatment: tandem walking on the foam beam, perturbations while reaching overhead, walking with head turns and a ball toss.
            Deficit(s): vestibular and postural control after the concussion Ã¢â‚¬â€œ he steps off the beam with every head turn.
            Objective: FGA 22/30; 7 of 10 perturbations without stepping off.
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // PTTP Eden box row whose boxes all came out as "�" ("ATTENDANCE: � Individual � Concurrent � Group") and nothing else on delivery: nothing readable as ticked — not stated; foam reaches, perturbations, tandem turns; lateral postural control; Berg and reach present.
        ["v2-h111-pttp-box-row-all-lost"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97112 ? 22 min
            ATTENDANCE: � Individual  � Concurrent  � Group
            TX: reaching to cones from the foam pad, lateral perturbations at the pelvis, tandem walking with turns
            PROBLEM: poor lateral postural control, she steps out to the R with every reach
            TEST: Berg 44/56; 8 of 12 cone reaches without a step
            P. Raman PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PTTP High Point "1:1 Y/N: Y"; clock stepping, foam marching with head turns, obstacle course; L foot drop and somatosensory loss; 10MWT and stepping count; "CPT 97112 ? 24 min" matches: passes.
        ["v2-h111-pttp-one-on-one-yes"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97112 ? 24 min
            1:1 Y/N: Y
            TX: clock stepping to called numbers, marching on the foam with head turns, obstacle course of cones and a hose
            PROBLEM: L foot drop and numb feet, he catches the L toe on the showroom carpet edges
            TEST: 10MWT 0.82 m/s; 9 of 12 clock steps clean with the L
            K. Armfield PT DPT
            """,
            ["M21.372", "G62.9"], [PT("97112", 24)], []),

        // PTTP Asheboro "1:1 Y/N: ___" left blank and nothing else on delivery: not stated; rocker board, perturbations, foam head turns; ankle proprioception after a sprain on the Uwharrie trail; rocker seconds and Berg present.
        ["v2-h111-pttp-one-on-one-blank"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 23 min
            1:1 Y/N: ___
            TX: rocker board M/L eyes closed, perturbations in single-leg stance, foam stance with head turns
            PROBLEM: R ankle proprioception after the sprain on the Uwharrie trail, rolls it on roots
            TEST: rocker 11 sec; Berg 48/56
            K. Armfield PT DPT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MRPT impairment field holding only a zero-width space ("Impairment: ​") and nothing else names a deficit, system or body region: deficit missing; one-on-one, foam perturbations, tandem turns and cone reaches, Berg and reach count present.
        ["v2-h111-mrpt-impairment-zero-width-only"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Verna Kloth
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one-on-one, Rita and Verna only.
            	Perturbations standing on the foam
            	Tandem walking with quarter turns
            	Reaching to cones on the floor from the Airex
            Impairment: ​
            Measures: Berg 46/56; 9 of 12 cone reaches without a step.
            Rita Fiorentino, PTA
            """,
            ["R26.89"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // BVGH Woonsocket treatment field holding only an encoded no-break space ("Treatment: Ã‚Â ") and nothing else names a technique: technique missing; delivery stated, deficit (sway with eyes closed, somatosensory loss) and Berg and tandem seconds present, no generic phrase.
        ["v2-h111-bvgh-treatment-field-only-encoded-space"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 24 min
            Delivery: one-on-one, no other patient in the gym during the block.
            Treatment: Ã‚Â 
            Deficit(s): somatosensory loss in both feet; she sways and reaches for the wall when she closes her eyes.
            Objective: Berg 42/56; tandem stance 6 sec eyes open.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["G62.9"], [PT("97112", 24)], [At(Tech, "97112")]),

        // MRPT tracked change of the only measure line: "Measures: [deleted: Berg] [inserted: not tested today]" and no number but the code and its minutes — the test was not done: measure missing; one-on-one, perturbations, foam tandem and hurdles; postural control present.
        ["v2-h111-mrpt-berg-tracked-to-not-tested"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Harold Zastrow
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: one-on-one with Owen.
            	Perturbations at the pelvis in standing
            	Tandem stance on the foam, eyes closed
            	Stepping over the hurdle row
            Impairment: postural control — he sways and grabs for the rail when he closes his eyes.
            Measures: [deleted: Berg] [inserted: not tested today]
            Owen Wierzbicki, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // PTTP High Point filled fields with their damage: technique line with lost bullets ("? foam tandem ? rocker board ? perturbations"), "ATTENDANCE: 1:1 ? Mitch only"; ankle proprioception; rocker seconds and Berg; "CPT 97112 ? 22 min" matches: passes.
        ["v2-h111-pttp-lost-bullets-filled"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97112 ? 22 min
            ATTENDANCE: 1:1 ? Mitch only
            TX: ? foam tandem with head turns ? rocker board A/P eyes closed ? perturbations in split stance
            PROBLEM: L ankle proprioception after the sprain, she rolls it stepping off the showroom dock
            TEST: rocker 13 sec; Berg 47/56
            M. Laney PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // PTTP Burlington "PROBLEM: can?t feel her feet on the stairs" filled in with a lost apostrophe; "ATTENDANCE: 1:1"; foam stance eyes closed, step-ups onto foam, tandem at the counter; Berg and tandem seconds; "CPT 97112 ? 23 min" matches: passes.
        ["v2-h111-pttp-problem-lost-apostrophe"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97112 ? 23 min
            ATTENDANCE: 1:1
            TX: foam stance eyes closed, step-ups onto the foam with a hold, tandem stance at the counter
            PROBLEM: can?t feel her feet on the stairs, somatosensory loss with the neuropathy; retired hosiery-mill knitter
            TEST: Berg 43/56; tandem 9 sec eyes open
            P. Raman PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // BVGH North Smithfield encoded once: "Deficit(s): L ankle proprioception â€“ rolls it on the bikeway" filled in; "Delivery: [X] Individual"; rocker board, foam head turns, perturbations; SLS and rocker seconds; "97112 … â€“ 21 min" matches: passes.
        ["v2-h111-bvgh-north-smithfield-fields-filled"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97112 Neuromuscular re-education â€“ 21 min
            Delivery: [X] Individual   [ ] Concurrent   [ ] Group
            Treatment: rocker board M/L with eyes closed, foam stance with head turns, perturbations in single-leg stance.
            Deficit(s): L ankle proprioception â€“ she rolls it on the Blackstone River Bikeway where the pavement heaves.
            Objective: SLS L 7 sec (R 22 sec); rocker 12 sec without an edge touch.
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // MRPT 97110 with "Sets: __  Reps: __" left blank after the exercise list and no number but the code and its minutes: measure missing; bridges, clamshells, side-stepping; L hip abductor weakness present.
        ["v2-h111-mrpt-sets-reps-blank-97110"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Ruth Ann Eckert
            97110 — Therapeutic exercise — 16 minutes
            	Bridges
            	Clamshells with the band
            	Side-stepping along the counter
            Impairment: L hip abductor weakness — the L hip drops when she carries the brat-fry trays.
            Sets: __  Reps: __
            Rita Fiorentino, PTA
            """,
            ["M62.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques through the damage

        // BVGH Woonsocket encoded twice: Frenkel exercises (heel to shin on the mat, stepping onto painted footprints to a count); cerebellar ataxia; SARA and footprint count; one-on-one; "97112 … – 24 min" matches: passes.
        ["v3-h111-bvgh-frenkel-twice-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 24 min
            Delivery: one-on-one Ã¢â‚¬â€œ AmÃƒÂ©lie and patient only.
            Treatment: Frenkel exercises Ã¢â‚¬â€œ heel to shin on the mat, then stepping onto the painted footprints to my count, slow then fast.
            Deficit(s): cerebellar ataxia with dysmetria of both legs; he overshoots the step and grabs the rail.
            Objective: SARA 13/40; 14 of 20 footprints hit on the first try.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R27.0"], [PT("97112", 24)], []),

        // MRPT Brandt‑Daroff habituation with a non-breaking hyphen, then X2 gaze stabilisation; residual motion sensitivity after BPPV; DGI and rounds; "one-on-one"; "97112 — 22 minutes" matches: passes.
        ["v3-h111-mrpt-brandt-daroff-nonbreaking-hyphen"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Sharon Lutz
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: one-on-one with Janelle.
            	Brandt‑Daroff habituation, 5 rounds each side
            	X2 gaze stabilization standing, then walking the hall
            Impairment: residual motion sensitivity and unsteadiness after the R posterior canal BPPV was cleared; she gets dizzy bending to the dishwasher.
            Measures: DGI 18/24 (14 at eval).
            Janelle Stoeckel, PT, DPT
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // PTTP Burlington Rood facilitation (quick icing and tapping over the quads) and joint approximation through the hip in standing; L quad recruitment after a stroke; Berg and sit-to-stand count; "1:1"; "CPT 97112 ? 23 min" matches: passes.
        ["v3-h111-pttp-rood-approximation"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97112 ? 23 min
            ATTENDANCE: 1:1 ? Keisha and pt only
            TX: Rood facilitation ? quick icing and tapping over the L quads; joint approximation through the L hip in standing; weight shifts onto the L with a hold
            PROBLEM: L quad recruitment after the R MCA stroke, the L knee buckles in stance
            TEST: Berg 39/56; 4 of 5 sit-to-stands with equal weight bearing
            K. Armfield PT DPT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // BVGH Lincoln encoded once: Brunnstrom synergy work out of the flexor synergy, reaching with the elbow extended; R arm motor control after a stroke; reach inches and blocks; "Individual"; "97112 … â€“ 22 min" matches: passes.
        ["v3-h111-bvgh-brunnstrom-once-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97112 Neuromuscular re-education â€“ 22 min
            Delivery: [X] Individual   [ ] Concurrent   [ ] Group
            Treatment: Brunnstrom synergy work â€“ breaking out of the flexor synergy, reaching forward with the elbow extended to the cones; weight bearing through the R arm on the mat.
            Deficit(s): R arm motor control after the L stroke, the R elbow pulls into flexion when she reaches.
            Objective: forward reach 7 inches past the knee; 6 blocks moved in the Box and Block (3 at eval).
            Therapist: HÃ©lÃ¨ne Charpentier, OTR/L
            """,
            ["I69.331"], [OT("97112", 22)], []),

        // MRPT Sahrmann movement-system retraining for a 97110 (sidelying hip abduction with the pelvis held, standing hip hinge with a dowel) with doses; L hip abductor weakness and a hip drop; "97110 — 15 minutes" matches: passes.
        ["v3-h111-mrpt-sahrmann-97110"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Gail Roehl
            97110 — Therapeutic exercise — 15 minutes
            o	Sahrmann sidelying hip abduction with the pelvis held, 3×12
            o	Hip hinge with the dowel along the spine, 3×10
            o	Wall sits 3 × 30 sec
            Impairment: L hip abductor weakness; the L hip drops when she climbs the Holy Hill tower stairs.
            Owen Wierzbicki, PT
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // PTTP Asheboro Schroth corrections (rotational angular breathing in sidelying, corrected sitting) with doses; thoracolumbar scoliosis; "CPT 97110 ? 16 min" matches: passes.
        ["v3-h111-pttp-schroth-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97110 ? 16 min
            TX: Schroth rotational angular breathing in sidelying over the roll 3 x 8 breaths; corrected sitting with elongation 3 x 30 sec holds; muscle cylinder in sidelying 3 x 10 sec
            PROBLEM: thoracolumbar scoliosis with R rib hump and trunk fatigue by midafternoon at the zoo gift shop
            P. Raman PT
            """,
            ["M41.25"], [PT("97110", 16)], []),

        // MRPT strain-counterstrain to tender points of the L piriformis and iliacus, each held in the position of comfort with a hold time; L hip and buttock pain with limited IR; degrees; "97140 — 11 minutes" matches: passes.
        ["v3-h111-mrpt-strain-counterstrain-97140"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Dale Ebert
            97140 — Manual therapy — 11 minutes
            	Strain‑counterstrain to tender points of the L piriformis and iliacus, each held 90 sec in the position of comfort
            	STM to the L glute med
            Impairment: L hip and buttock pain with limited hip IR; he can’t sit on the ice-fishing bucket.
            Measures: hip IR 18° to 26° after.
            Owen Wierzbicki, PT
            """,
            ["M25.552"], [PT("97140", 11)], []),

        // BVGH Woonsocket encoded twice: Mulligan mobilisation with movement for the ankle with a belt in a lunge; R ankle DF stiffness after a fracture; degrees encoded twice; "97140 … – 10 min" matches: passes.
        ["v3-h111-bvgh-mulligan-mwm-twice-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97140 Manual therapy Ã¢â‚¬â€œ 10 min
            Treatment: Mulligan mobilization with movement for the R ankle with the belt in a standing lunge, 3 sets of 10; talocrural posterior glides grade III.
            Deficit(s): R ankle dorsiflexion stiffness after the fracture; he canÃ¢â‚¬â„¢t squat to the bottom shelf at the theatre concession.
            Objective: DF 6Ã‚Â° to 12Ã‚Â° after; knee-to-wall 7 cm to 10 cm.
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["S82.61XD"], [PT("97140", 10)], []),

        // PTTP Eden OT 97530 with CO-OP goal-plan-do-check for making coffee and carrying it to the table; L hand weakness and sequencing after a stroke; steps and counts; "CPT 97530 ? 23 min" matches: passes.
        ["v3-h111-pttp-ot-co-op-coffee-97530"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97530 ? 23 min
            TX: CO-OP goal-plan-do-check for making a pot of coffee and carrying a cup to the table; she wrote her own plan card
            PROBLEM: L hand weakness and sequencing errors after the stroke, she fills the pot before setting the filter
            TEST: 7 of 8 steps in order without a cue; cup carried 3 times without spilling, SBA
            D. Sizemore OTR/L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // MRPT tracked change from generic to named: "[deleted: balance training per POC] [inserted: perturbation training on the BOSU, rhythmic stabilization in tandem]"; one-on-one; postural control; FGA and perturbations; "97112 — 23 minutes" matches: passes.
        ["v3-h111-mrpt-tracked-generic-to-named"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Bernice Hintz
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one-on-one with Rita.
            Treatment: [deleted: balance training per POC] [inserted: perturbation training on the BOSU, rhythmic stabilization in tandem stance]
            Impairment: postural control — she steps late and wide when the floor of the church hall is crowded.
            Measures: FGA 19/30; 6 of 10 BOSU perturbations without a hand.
            Rita Fiorentino, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // MRPT the practice's own circuit as the only technique: "Treatment: Janelle's Level 2 circuit (see flowsheet)"; one-on-one, deficit (slow stepping, sway with eyes closed) and Berg and TUG present, no generic phrase: technique missing.
        ["v3-h111-mrpt-level-2-circuit-only"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Elmer Radtke
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: one‑on‑one with Owen.
            Treatment: Janelle’s Level 2 circuit (see flowsheet).
            Impairment: slow stepping reaction and sway with eyes closed; he fell getting out of the ice shanty.
            Measures: Berg 44/56; TUG 12.9 sec.
            Owen Wierzbicki, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(Tech, "97112")]),

        // PTTP High Point Williams flexion exercises named with no sets, reps or hold and no number in the note but the code and its minutes: measure missing on 97110; lumbar stenosis with leg symptoms standing present.
        ["v3-h111-pttp-williams-no-dose-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97110 ? 15 min
            TX: Williams flexion exercises ? posterior pelvic tilts, single and double knee to chest, partial curls
            PROBLEM: lumbar stenosis, legs go heavy standing at the barbecue pit and he has to sit
            M. Laney PTA
            """,
            ["M48.062"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings through the damage, or none stated

        // BVGH Woonsocket encoded twice: "she can't feel the floor through her slippers and grabs the bedpost at night" (somatosensory loss as the finding); foam stance eyes closed, step-ups onto foam, tandem at the counter; one-on-one; Berg and tandem seconds; heading 23 matches: passes.
        ["v4-h111-bvgh-cant-feel-the-floor"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one for the whole block.
            Treatment: foam stance with eyes closed, step-ups onto the foam with a hold, tandem stance at the counter with head turns.
            Deficit(s): she canÃ¢â‚¬â„¢t feel the floor through her slippers and grabs the bedpost when she gets up at night.
            Objective: Berg 42/56; tandem 7 sec eyes open, 2 sec eyes closed.
            Therapist: Joanne Brodeur, PTA
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // MRPT: his knee "buckles" stepping off the boat trailer (knee control as the finding); split-stance perturbations, step-downs with a hold, pivots on foam; one-on-one; Y-balance reach and step-down count; "97112 — 23 minutes" matches: passes.
        ["v4-h111-mrpt-knee-buckles-off-the-trailer"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Randy Schmitz
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one‑on‑one, just Owen and Randy.
            	Perturbations in a split stance
            	Step-downs off the 8 inch box with a hold
            	Pivots on the foam, both directions
            Impairment: his L knee “buckles” when he steps off the boat trailer onto the ramp.
            Measures: Y-balance anterior reach L 58 cm (R 66 cm); 8 of 10 step-downs without a valgus wobble.
            Owen Wierzbicki, PT
            """,
            ["S83.242D"], [PT("97112", 23)], []),

        // PTTP Asheboro: "can?t turn her head to back the car out without the room moving" (vestibular deficit as the finding, lost apostrophe); VOR X1, walking with head turns, foam head turns; "1:1"; DGI and head-turn passes; "CPT 97112 ? 22 min" matches: passes.
        ["v4-h111-pttp-room-moving-backing-out"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 22 min
            ATTENDANCE: 1:1
            TX: VOR X1 seated then standing, walking with head turns down the hall, foam stance with head turns
            PROBLEM: can?t turn her head to back the car out of the zoo lot without the room moving
            TEST: DGI 17/24; 4 of 6 head-turn passes without a side step
            K. Armfield PT DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BVGH Lincoln OT 97530 encoded once: "his R hand drops the bobbin" (fine motor control as the finding) — threading bobbins, sorting bolts into a bin, buttoning his work shirt; counts and seconds; "97530 … â€“ 24 min" matches: passes.
        ["v4-h111-bvgh-drops-the-bobbin-97530"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97530 Therapeutic activities â€“ 24 min
            Treatment: threading bobbins on the old loom spindle he brought in, sorting bolts and nuts into the bin, buttoning his work shirt standing.
            Deficit(s): his R hand drops the bobbin â€“ weak R pinch and slow finger release after the L stroke; 41 years as a loom fixer.
            Objective: 9 of 12 bobbins threaded; shirt buttoned in 95 sec; lateral pinch R 9 lb.
            Therapist: HÃ©lÃ¨ne Charpentier, OTR/L
            """,
            ["I69.331"], [OT("97530", 24)], []),

        // MRPT 97116: "her L foot drags and catches on the brat-fry tent stakes" (foot clearance as the finding); gait training with cues for hip and knee flexion over the grass and the curb; distance and SBA; "97116 — 20 minutes" matches: passes.
        ["v4-h111-mrpt-foot-catches-on-tent-stakes-97116"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Carol Krueger
            97116 — Gait training — 20 minutes
            	Gait with the quad cane over the grass strip behind the clinic and up and down the curb, cues for hip and knee flexion in swing
            	Stepping over a garden hose laid across the path
            Impairment: her L foot drags and catches on the brat‑fry tent stakes at the parish festival.
            Measures: 320 ft on grass with SBA; curb up and down 4 times with CGA.
            Rita Fiorentino, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // PTTP Burlington 97110: "can?t get up from the church pew without pulling on the pew in front" (hip and quad weakness as the finding); sit-to-stands from a low bench, step-ups, bridges with doses; "CPT 97110 ? 17 min" matches: passes.
        ["v4-h111-pttp-pulls-up-on-the-pew-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97110 ? 17 min
            TX: sit-to-stands from the low bench 3 x 10, step-ups onto the 6 in step 3 x 10, bridges 3 x 15, heel raises 2 x 20
            PROBLEM: can?t get up from the church pew without pulling on the pew in front, choir alto, stands for the anthem
            P. Raman PT
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // MRPT tracked change inside the deficit: "Impairment: [deleted: R] [inserted: L] ankle proprioception …" — either way a deficit, the inserted side stands; one-on-one; rocker board and foam; rocker seconds; "97112 — 22 minutes" matches: passes.
        ["v4-h111-mrpt-tracked-side-of-the-ankle"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Kyle Marquardt
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: one-on-one with Owen.
            	Rocker board M/L, eyes closed
            	Foam stance catching a ball thrown to each side
            Impairment: [deleted: R] [inserted: L] ankle proprioception after the sprain on the dairy-supply truck ramp.
            Measures: rocker board 11 sec without an edge touch; 7 of 10 catches without a step.
            Owen Wierzbicki, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BVGH North Smithfield encoded once: "loses her balance backward reaching up into the kitchen cupboard" (postural control as the finding); reaching from the foam, backward stepping to a cue, perturbations; one-on-one; Berg; "97112 … â€“ 24 min" matches: passes.
        ["v4-h111-bvgh-backward-reaching-the-cupboard"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97112 Neuromuscular re-education â€“ 24 min
            Delivery: one-on-one â€“ Joanne and patient, nobody else in the room.
            Treatment: overhead reaching from the foam to the top shelf, backward stepping to a called cue, perturbations backward at the pelvis.
            Deficit(s): she loses her balance backward reaching up into the kitchen cupboard â€“ late ankle and stepping strategy.
            Objective: Berg 45/56; 5 of 8 backward perturbations with one step.
            Therapist: Joanne Brodeur, PTA
            """,
            ["R26.81"], [PTA("97112", 24)], []),

        // BVGH Woonsocket "Deficit(s): N/A" and nothing else names a deficit, system or body region: deficit missing; one-on-one, perturbations on the foam, tandem head turns, step-and-hold; Berg and perturbation count present.
        ["v4-h111-bvgh-deficit-na"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: one-on-one Ã¢â‚¬â€œ AmÃƒÂ©lie and patient only.
            Treatment: perturbations standing on the foam, tandem walking with head turns, step-and-hold onto the Airex.
            Deficit(s): N/A
            Objective: Berg 46/56; 8 of 10 perturbations recovered with one step.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PTTP Eden "PROBLEM: see eval" and nothing else names a deficit or system: deficit missing; "1:1", rocker board, foam reaches and clock stepping; rocker seconds and Berg present.
        ["v4-h111-pttp-problem-see-eval"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97112 ? 23 min
            ATTENDANCE: 1:1 ? Mitch only
            TX: rocker board A/P eyes closed, reaching to cones from the foam, clock stepping to called numbers
            PROBLEM: see eval
            TEST: rocker 12 sec; Berg 47/56
            M. Laney PTA
            """,
            ["R26.89"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // MRPT impairment line holding only Word's ellipsis character ("Impairment: …") and nothing else names a deficit: deficit missing; one-on-one, PNF D2 patterns with rhythmic stabilisation, foam tandem; FGA and holds present.
        ["v4-h111-mrpt-impairment-ellipsis-only"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Helen Wolske
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: one-on-one with Janelle.
            	PNF D2 patterns with rhythmic stabilization at end range
            	Tandem stance on the foam with head turns
            Impairment: …
            Measures: FGA 18/30; tandem on foam 9 sec.
            Janelle Stoeckel, PT, DPT
            """,
            ["R26.89"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures through the damage, or none

        // BVGH Woonsocket encoded twice: "Objective: Berg 44/56 – TUG 12.3 sec – 10MWT 0.86 m/s" between twice-encoded dashes; one-on-one, perturbations, hurdle stepping, foam turns; slow stepping and sway; heading 24 matches: passes.
        ["v5-h111-bvgh-berg-tug-between-encoded-dashes"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 24 min
            Delivery: one-on-one, no one else on my schedule for the block.
            Treatment: perturbations at the pelvis, stepping over the hurdle row, quarter turns on the foam.
            Deficit(s): slow stepping reaction and sway on turns; she ushers at the Stadium Theatre and turns in the dark aisle.
            Objective: Berg 44/56 Ã¢â‚¬â€œ TUG 12.3 sec Ã¢â‚¬â€œ 10MWT 0.86 m/s
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // MRPT Word paste with a zero-width space inside the Berg score ("Berg 4​6/56") and a soft hyphen in "Mini‑BES­Test"; one-on-one, perturbations, tandem, step-and-hold; postural control; "97112 — 23 minutes" matches: passes.
        ["v5-h111-mrpt-zero-width-inside-the-berg"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Joyce Bartelt
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one-on-one with Owen.
            	Perturbations on the foam, all directions
            	Tandem walking with head turns
            	Step-and-hold onto the Airex
            Impairment: postural control — a late step when she is bumped in the church-festival crowd.
            Measures: Berg 4​6/56; Mini‑BES­Test 21/28.
            Owen Wierzbicki, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PTTP High Point 97140 with its degree signs lost to "�" ("ER 35� to 48�"); GH posterior glides grade III and STM; R shoulder stiffness; "CPT 97140 ? 12 min" matches: passes.
        ["v5-h111-pttp-degrees-lost-97140"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97140 ? 12 min
            TX: GH posterior and inferior glides grade III, STM to the R infraspinatus and teres minor
            PROBLEM: R shoulder stiffness, can?t reach up to hang the furniture-market banners
            TEST: ER 35� to 48� after; flexion 120� to 134�
            P. Raman PT
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // PTTP Burlington "TEST: Berg 47/56 ? TUG 10.9 sec" with a lost dash; "1:1"; foam tandem, perturbations, clock stepping; ankle strategy; "CPT 97112 ? 22 min" matches: passes.
        ["v5-h111-pttp-berg-tug-lost-dash"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97112 ? 22 min
            ATTENDANCE: 1:1
            TX: tandem on the foam, perturbations forward and back, clock stepping to called numbers
            PROBLEM: poor ankle strategy, sways from the hips and grabs the rail on the choir risers
            TEST: Berg 47/56 ? TUG 10.9 sec
            K. Armfield PT DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BVGH Lincoln 97116 encoded once, distances with an encoded no-break space ("250Â ft"); walker to cane on the hall and the ramp; short R step after a hip fracture; SBA and CGA; "97116 … â€“ 21 min" matches: passes.
        ["v5-h111-bvgh-feet-with-encoded-no-break-space-97116"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97116 Gait training â€“ 21 min
            Treatment: gait training walker to cane on the hall and the outside ramp, cues for heel strike and equal step length.
            Deficit(s): short R step and decreased R stance after the R hip fracture.
            Objective: 250Â ft with the cane SBA on the hall; ramp 60Â ft CGA.
            Therapist: Joanne Brodeur, PTA
            """,
            ["S72.001D"], [PTA("97116", 21)], []),

        // MRPT 97110 with Word's fraction glyph ("1½ lb cuff weight") and the multiplication sign; SLR, LAQ, standing hip abduction; R quad and hip weakness after a knee replacement; "97110 — 14 minutes" matches: passes.
        ["v5-h111-mrpt-fraction-glyph-dose-97110"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Norbert Lisowe
            97110 — Therapeutic exercise — 14 minutes
            	SLR with a 1½ lb cuff weight, 3×10
            	LAQ with the same cuff, 3×12
            	Standing hip abduction with the red band, 3×10 each side
            Impairment: R quad and hip weakness after the R TKA; he can’t swing his leg over the Harley yet.
            Rita Fiorentino, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 14)], []),

        // BVGH North Smithfield OT 97530 encoded once with degrees ("Â°") and counts: reaching into the dryer, folding standing, carrying the basket; L shoulder weakness after a cuff repair; "97530 … â€“ 22 min" matches: passes.
        ["v5-h111-bvgh-ot-laundry-degrees-once-97530"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97530 Therapeutic activities â€“ 22 min
            Treatment: reaching into the dryer and lifting the wet load into the basket, folding towels standing, carrying the basket to the bed.
            Deficit(s): L shoulder weakness after the rotator cuff repair, she can't lift the basket to the bed.
            Objective: active flexion 118Â° (104Â° last week); basket carried 20 ft 3 times with SBA.
            Therapist: HÃ©lÃ¨ne Charpentier, OTR/L
            """,
            ["M75.112"], [OT("97530", 22)], []),

        // MRPT measure line left empty with the owner's comment "[Comment JS1: Berg?]" and no number but the code and its minutes: measure missing; one-on-one, perturbations, foam head turns, hurdles; sway and slow stepping present.
        ["v5-h111-mrpt-comment-berg-question"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Arthur Pagel
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: one‑on‑one with Owen, his wife waited in the car.
            	Perturbations at the pelvis
            	Quick turns on the foam with head turns
            	Stepping over the hurdles
            Impairment: sway and a slow stepping reaction when he turns on the ice.
            Measures: [Comment JS1: Berg?]
            Owen Wierzbicki, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // BVGH Woonsocket "Objective: Ã‚Â Ã‚Â " (only encoded no-break spaces) and no number but the code and its minutes: measure missing; one-on-one, PNF, foam head turns, tandem; L leg proprioception present.
        ["v5-h111-bvgh-objective-only-encoded-spaces"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: one-on-one Ã¢â‚¬â€œ AmÃƒÂ©lie and patient only.
            Treatment: PNF rhythmic stabilization in standing, foam stance with head turns, tandem walking along the rail.
            Deficit(s): L leg proprioception and postural control; she canÃ¢â‚¬â„¢t tell where the L foot is on the foam.
            Objective: Ã‚Â Ã‚Â 
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTTP Asheboro "TEST: deferred ? pt arrived late" and no number but the code and its minutes: measure missing; one-on-one in words, rocker board, foam step-ups, perturbations; ankle proprioception present.
        ["v5-h111-pttp-test-deferred"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 23 min
            ATTENDANCE: one-on-one, Keisha and pt only
            TX: rocker board eyes closed, step-ups onto the foam with a hold, perturbations in split stance
            PROBLEM: R ankle proprioception, rolls it on the roots of the Uwharrie trail
            TEST: deferred ? pt arrived late, her sister drove her
            K. Armfield PT DPT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MRPT 97116 walked on the river walk with cues and no distance, assistance level or other number but the code and its minutes: measure missing on 97116; gait with the cane and cues for step length present, short L step after a stroke present.
        ["v5-h111-mrpt-river-walk-no-distance-97116"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Phyllis Dretzka
            97116 — Gait training — 21 minutes
            	Gait with the small-base quad cane on the river walk behind the clinic, cues for heel strike and a longer L step
            	Turning around the benches
            Impairment: short L step and L toe drag after the stroke.
            Measures: walked well, “better than last week,” per her husband.
            Rita Fiorentino, PTA
            """,
            ["I69.354"], [PTA("97116", 21)], [At(Measure, "97116")]),

        // PTTP Eden 97110 "Sets/reps: per HEP sheet" and no number but the code and its minutes: measure missing on 97110; bridges, clamshells, sit-to-stands; hip weakness present.
        ["v5-h111-pttp-sets-per-hep-sheet-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97110 ? 15 min
            TX: bridges, clamshells with the band, sit-to-stands from the low chair
            PROBLEM: bilateral hip extensor and abductor weakness, she rocks to stand
            Sets/reps: per HEP sheet
            M. Laney PTA
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes through the damage, true mismatches, truly missing separate time

        // BVGH Woonsocket two codes with twice-encoded dashes, "97112 … – 23 min" and "97110 … – 14 min", both match; one-on-one; perturbations and tandem with Berg; step-ups and bridges with doses; postural control and hip weakness: passes.
        ["v6-h111-bvgh-two-codes-twice-encoded-dashes"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one for the NMR block.
            Treatment: perturbations on the foam, tandem walking with head turns. Deficit(s): postural control, late stepping reaction. Objective: Berg 45/56.
            Service: 97110 Therapeutic exercise Ã¢â‚¬â€œ 14 min
            Treatment: step-ups onto the 6 inch step 3x10, bridges 3x15, side-lying hip abduction 3x12. Deficit(s): bilateral hip abductor weakness.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // MRPT clock range with Word's en dash on the code's own line ("97116 — Gait training 9:10–9:32", 22 min), matches; cane gait on the parking lot and curb; short R step after a knee replacement; distance and SBA: passes.
        ["v6-h111-mrpt-clock-range-en-dash-97116"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Lucille Haase
            97116 — Gait training 9:10–9:32
            	Cane gait across the parking lot and up the curb, cues for heel strike and knee flexion in swing
            Impairment: short R step and stiff R knee after the R TKA.
            Measures: 450 ft with the cane SBA; curb 3 times CGA.
            Rita Fiorentino, PTA
            """,
            ["Z96.651"], [PTA("97116", 22)], []),

        // PTTP Asheboro "CPT 97112 ? 24 min" and "CPT 97140 ? 11 min" with lost dashes, both match; "1:1"; rocker board and foam with Berg; STM and talocrural glides with degrees lost to "�"; ankle proprioception and DF stiffness: passes.
        ["v6-h111-pttp-two-codes-lost-dashes"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 24 min
            ATTENDANCE: 1:1
            TX: rocker board eyes closed, foam stance with head turns, perturbations. PROBLEM: L ankle proprioception after the fracture. TEST: Berg 46/56.
            CPT 97140 ? 11 min
            TX: STM to the L calf, talocrural posterior glides grade III. PROBLEM: L ankle DF stiffness. TEST: DF 4� to 10� after.
            K. Armfield PT DPT
            """,
            ["S82.62XD"], [PT("97112", 24), PT("97140", 11)], []),

        // MRPT single code with a zero-width space inside its minutes ("97112 — 2​3 minutes", read 23), matches; one-on-one; rocker board and foam tandem; ankle proprioception; rocker seconds and FGA: passes.
        ["v6-h111-mrpt-zero-width-inside-the-minutes"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Duane Gierach
            97112 — Neuromuscular re‑education — 2​3 minutes
            Delivery: one-on-one with Owen.
            	Rocker board M/L, eyes closed
            	Tandem on the foam beam with head turns
            Impairment: R ankle proprioception after the sprain stepping off the ice shanty.
            Measures: rocker board 12 sec; FGA 21/30.
            Owen Wierzbicki, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // BVGH Woonsocket clock range encoded twice on the code's own line ("97116 Gait training 10:40–11:02", 22 min), matches; walker gait on the hall and the ramp; short L step after a stroke; distance and CGA: passes.
        ["v6-h111-bvgh-clock-range-twice-encoded-97116"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97116 Gait training 10:40Ã¢â‚¬â€œ11:02
            Treatment: gait training with the hemi-walker on the hall and the outside ramp, cues for L heel strike and step length.
            Deficit(s): short L step and L knee hyperextension in stance after the R stroke.
            Objective: 180 ft CGA on the hall; ramp up and down twice with minimal assist.
            Therapist: Joanne Brodeur, PTA
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // MRPT tracked change of a code's minutes: "97110 — Therapeutic exercise — [deleted: 15] [inserted: 25] minutes" on a 25-min line and "97112 — 23 minutes": both match as accepted; one-on-one; foam perturbations with Berg; leg press and step-ups with doses; knee weakness and sway: passes.
        ["v6-h111-mrpt-tracked-minutes"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Marlene Voigt
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one-on-one with Janelle.
            	Perturbations on the foam, tandem walking with head turns
            Impairment (NMR): postural sway and a late step. Measures: Berg 44/56.
            97110 — Therapeutic exercise — [deleted: 15] [inserted: 25] minutes
            	Leg press 70 lb 3×12, step-ups onto the 6 inch step 3×10, TKE with the blue band 3×15
            Impairment (ther ex): L quad weakness after the L TKA.
            Janelle Stoeckel, PT, DPT
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 25)], []),

        // MRPT a PT's 97112 and an OT's 97530 on one visit, each with its minutes ("97112 — 22 minutes (Owen)", "97530 — 20 minutes (Bea, OT)"), both match; one-on-one; perturbations and foam with Berg; bathroom transfers and dressing with counts; R hemiparesis: passes.
        ["v6-h111-mrpt-pt-and-ot-each-their-minutes"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Eugene Prust
            97112 — Neuromuscular re‑education — 22 minutes (Owen)
            Delivery: one‑on‑one.
            	Perturbations standing on the foam, step-and-hold with the R leg leading
            Impairment: R hemiparesis after the L stroke, late R step. Measures: Berg 40/56.
            97530 — Therapeutic activities — 20 minutes (Bea, OT)
            	Toilet transfers to the raised seat, pulling on his pants standing, shaving at the sink standing
            Impairment (ADL): R arm weakness and poor standing balance for self-care.
            Measures: transfers 4 times with SBA; stood at the sink through the shave.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 20)], []),

        // PTTP Eden "CPT 97112 � 30 min" left from a prior visit on an 18-min line: mismatch on 97112; otherwise complete ("1:1", rocker board and foam, ankle proprioception, rocker seconds and Berg).
        ["v6-h111-pttp-30-on-18"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97112 � 30 min
            ATTENDANCE: 1:1
            TX: rocker board M/L eyes closed, foam stance with head turns, perturbations in single-leg stance
            PROBLEM: R ankle proprioception after the sprain on the zoo boardwalk
            TEST: rocker 10 sec; Berg 48/56
            P. Raman PT
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // BVGH Woonsocket twice-encoded "97110 … – 25 min" on a 13-min line, the 97112's 23 matches: mismatch on 97110; both sections complete (one-on-one; foam and tandem with Berg; bridges and clamshells with doses; hip weakness and sway).
        ["v6-h111-bvgh-97110-25-on-13"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one for the NMR block.
            Treatment: perturbations on the foam, tandem with head turns. Deficit(s): postural sway with eyes closed. Objective: Berg 43/56.
            Service: 97110 Therapeutic exercise Ã¢â‚¬â€œ 25 min
            Treatment: bridges 3x15, clamshells with the red band 3x12, sit-to-stands 3x10. Deficit(s): R hip abductor and extensor weakness.
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // MRPT OT "97530 — Therapeutic activities — 30 minutes" on a 17-min line: mismatch on 97530; otherwise complete (kitchen tasks standing with counts; L hand weakness).
        ["v6-h111-mrpt-ot-30-on-17-97530"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Irene Wendt
            97530 — Therapeutic activities — 30 minutes
            	Unloading the dishwasher to the upper cupboard, pouring from a half-full jug, wiping the counter with the L hand
            Impairment: L hand weakness and poor release after the carpal tunnel release; she drops the jug.
            Measures: 8 of 10 plates to the upper shelf; grip L 24 lb.
            Bea Mattson, OTR/L
            """,
            ["G56.02"], [OT("97530", 17)], [At(Mismatch, "97530")]),

        // PTTP High Point two codes with only "CPT 97112 / 97110 ? total 38 min": no minutes for each — separate time missing; both sections complete ("1:1"; perturbations and foam with Berg; bridges and step-ups with doses; postural control and hip weakness).
        ["v6-h111-pttp-two-codes-total-only"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97112 / 97110 ? total 38 min
            ATTENDANCE: 1:1
            NMR TX: perturbations at the pelvis, foam tandem with head turns. PROBLEM: postural control, late step. TEST: Berg 45/56.
            THER EX TX: bridges 3 x 15, step-ups 3 x 10, side-lying hip abduction 3 x 12. PROBLEM: bilateral hip weakness.
            K. Armfield PT DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // BVGH Lincoln encoded once, the second code's minute field holding only an encoded no-break space ("97140 Manual therapy â€“ Â  min"): no minutes for the 97140 — separate time missing; "97110 … â€“ 15 min" matches; both sections complete (lumbar exercise with doses; PA glides and STM with degrees; low back stiffness).
        ["v6-h111-bvgh-second-minute-field-encoded-space"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97110 Therapeutic exercise â€“ 15 min
            Treatment: bridges 3x15, bird dog 3x10, hip hinge with the dowel 3x10. Deficit(s): lumbar and core weakness, pain lifting at work.
            Service: 97140 Manual therapy â€“ Â  min
            Treatment: central PA glides grade III to the lower lumbar segments, STM to the paraspinals. Deficit(s): lower lumbar hypomobility. Objective: flexion 40Â° to 55Â° after.
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 11)], [SepTime]),

        // MRPT Word's ellipsis character in place of a code's minutes ("97110 — Therapeutic exercise — … minutes") beside "97116 — 20 minutes": no minutes for the 97110 — separate time missing; both sections complete (cane gait with distance; bridges and clamshells with doses; L hip weakness after a fracture).
        ["v6-h111-mrpt-ellipsis-for-minutes"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Shirley Manthei
            97116 — Gait training — 20 minutes
            	Cane gait down the hall and out to the car, cues for a longer R step; 400 ft SBA
            97110 — Therapeutic exercise — … minutes
            	Bridges 3×15, clamshells with the band 3×12, standing hip abduction 3×10
            Impairment: L hip weakness and a short R step after the L hip fracture.
            Rita Fiorentino, PTA
            """,
            ["S72.002D"], [PTA("97116", 20), PTA("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the interface sent the note cell empty): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h111-bvgh-empty-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 24), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of no-break spaces, a zero-width space and line breaks only, as a Word paste of an empty page left it, on a PTA's 97116 with a diagnosis: nothing written — note missing only.
        ["v7-h111-mrpt-invisible-characters-only-97116"] = new(
            "\u00A0\u00A0\n\u200B\n\u00A0\n",
            ["Z96.641"], [PTA("97116", 21)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h111-pttp-empty-ot-no-dx-97530"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a PTTP note with lost symbols: seated rows, lat pull-downs, wall push-ups and shoulder flexion with a dowel with loads, sets and reps (technique and measure), R shoulder weakness after a reverse shoulder replacement (deficit); "CPT 97110 ? 18 min" matches: passes.
        ["v7-h111-pttp-meaning-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97110 ? 18 min
            TX: seated rows 20 lb 3 x 12 ? lat pull-downs 15 lb 3 x 12 ? wall push-ups 2 x 10 ? supine shoulder flexion with the dowel 2 x 15
            PROBLEM: R shoulder weakness after the reverse shoulder replacement, can?t lift the hymnal rack
            M. Laney PTA
            """,
            ["Z96.611", "Z47.1"], [PTA("97110", 18)], []),

        // 97530's meaning on an MRPT Word note: floor-to-stand through half-kneel, lifting a bucket of minnows and an auger from the floor to the truck bed, with counts, load and assist (technique and measure), hip and trunk weakness (deficit); "97530 — 22 minutes" matches: passes.
        ["v7-h111-mrpt-meaning-97530"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Leon Kasper
            97530 — Therapeutic activities — 22 minutes
            	Floor to stand through half-kneel, 5 times with one hand on the bench
            	Lifting a bucket (15 lb) and the ice auger from the floor to the truck-bed height table, 6 times each
            	Carrying the bucket 40 ft across the gym with SBA
            Impairment: hip and trunk weakness; he can’t get up off the ice after drilling a hole.
            Owen Wierzbicki, PT
            """,
            ["M62.81"], [PT("97530", 22)], []),

        // 97140's meaning on a BVGH Woonsocket note encoded twice: suboccipital release, C5-6 unilateral PA glides grade III and STM to the upper trap (technique), cervical stiffness with a headache on turning (deficit), rotation degrees encoded twice (measure); "97140 … – 11 min" matches: passes.
        ["v7-h111-bvgh-meaning-97140"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97140 Manual therapy Ã¢â‚¬â€œ 11 min
            Treatment: suboccipital release, C5-6 unilateral PA glides grade III on the R, STM to the R upper trap.
            Deficit(s): cervical stiffness with a R-sided headache when she turns to check her blind spot.
            Objective: R rotation 50Ã‚Â° to 62Ã‚Â° after.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["M54.2", "G44.209"], [PT("97140", 11)], []),

        // 97116's meaning on a PTTP note: walker to cane on the clinic hall, a ramp and a curb with cues (technique), L foot drag and a short R step after a stroke (deficit), distance and assistance levels (measure); "CPT 97116 ? 23 min" matches: passes.
        ["v7-h111-pttp-meaning-97116"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97116 ? 23 min
            TX: gait training walker to quad cane on the clinic hall, the ramp and the 4 in curb, cues for L hip and knee flexion in swing
            PROBLEM: L foot drag and a short R step after the stroke
            TEST: 300 ft quad cane CGA; ramp and curb 2 times each, minimal assist ? SBA by the end
            P. Raman PT
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // BVGH Woonsocket generic note encoded twice: "Balance training as tolerated. Pt tolerated treatment well… Continue POC." — no technique, deficit, number but its code and minutes, or one-on-one statement on the 97112.
        ["v7-h111-bvgh-generic-twice-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Treatment: balance training as tolerated.
            Pt tolerated treatment wellÃ¢â‚¬Â¦ Continue POC.
            """,
            ["R26.89"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MRPT Word note of Symbol-font bullets saying only "Therapeutic exercise per POC" and "Patient tolerated well": nothing named; the minutes match.
        ["v7-h111-mrpt-generic-bullets-97110"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            97110 — Therapeutic exercise — 16 minutes
            	Therapeutic exercise per POC
            	Patient tolerated well
            	Continue plan of care
            """,
            ["M62.81"], [PTA("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PTTP two codes each with its minutes (both match) and nothing else: "balance/coordination ex, tol well" and "ther ex per HEP, tol well" — nothing named for either code and no one-on-one statement on the 97112.
        ["v7-h111-pttp-generic-two-codes-with-minutes"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97112 ? 23 min: balance/coordination ex, tol well
            CPT 97110 ? 15 min: ther ex per HEP, tol well
            cont POC
            M. Laney PTA
            """,
            ["R26.89"], [PTA("97112", 23), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // BVGH Woonsocket complete 97112 encoded twice throughout (name, apostrophes, dashes): one-on-one; perturbations while catching, foam tandem, cone step-overs; L ankle proprioception; rocker seconds and FGA; heading 22 matches: passes.
        ["vord-h111-bvgh-woonsocket-nmr"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: one-on-one Ã¢â‚¬â€œ patientÃ¢â‚¬â„¢s daughter-in-law waited in the lobby.
            Treatment: perturbations while catching a ball, tandem stance on the foam, stepping over the cones without looking down.
            Deficit(s): L ankle proprioception after the sprain on the mill-yard cobblestones.
            Objective: rocker board 13 sec; FGA 22/30.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BVGH Lincoln PTA 97110 encoded once with doses; R knee and hip weakness after a knee scope; "97110 … â€“ 19 min" matches: passes.
        ["vord-h111-bvgh-lincoln-pta-97110"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97110 Therapeutic exercise â€“ 19 min
            Treatment: mini squats 3x15, step-ups onto the 8 inch step 3x10, hamstring curls 15 lb 3x12, side-stepping with the band 3 laps.
            Deficit(s): R quad and hip weakness after the R knee scope; pain going down the bleachers at the ballfield.
            Therapist: Joanne Brodeur, PTA
            """,
            ["S83.241D"], [PTA("97110", 19)], []),

        // BVGH North Smithfield 97116 encoded once: rollator gait on the hall and the parking-lot curb with cues; festinating gait in Parkinson's; distance and SBA; "97116 … â€“ 21 min" matches: passes.
        ["vord-h111-bvgh-north-smithfield-gait-97116"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97116 Gait training â€“ 21 min
            Treatment: rollator gait on the hall and out to the parking-lot curb, cues for big steps and heel strike, turning in a wide arc.
            Deficit(s): festinating gait with freezing at doorways â€“ Parkinsonâ€™s disease.
            Objective: 400 ft rollator SBA; curb up and down 3 times CGA.
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // BVGH Woonsocket OT 97530 encoded twice: lower-body dressing with the reacher and sock aid, shower-bench transfer; L hip precautions after a replacement; counts and assist; heading 24 matches: passes.
        ["vord-h111-bvgh-ot-dressing-97530"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97530 Therapeutic activities Ã¢â‚¬â€œ 24 min
            Treatment: lower-body dressing seated with the reacher and sock aid, shower-bench transfer, getting in and out of the car seat in the ADL room.
            Deficit(s): L hip weakness within posterior hip precautions after the L THA; she canÃ¢â‚¬â„¢t reach her feet.
            Objective: socks and pants on with set-up only; shower-bench transfer 3 times SBA; car transfer 2 times CGA.
            Therapist: HÃƒÂ©lÃƒÂ¨ne Charpentier, OTR/L
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // BVGH Woonsocket 97112 + 97140 encoded twice, both match; one-on-one; X1 viewing and head-turn walking with DGI; suboccipital release and upper cervical rotation glides with degrees; dizziness and neck stiffness: passes.
        ["vord-h111-bvgh-nmr-and-manual"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 24 min
            Delivery: one-on-one for both services.
            Treatment: X1 viewing standing on the foam, walking with head turns and stops. Deficit(s): vestibular hypofunction, veers with head turns. Objective: DGI 18/24.
            Service: 97140 Manual therapy Ã¢â‚¬â€œ 10 min
            Treatment: suboccipital release, upper cervical rotation glides grade III. Deficit(s): upper cervical stiffness. Objective: rotation 55Ã‚Â° to 64Ã‚Â° after.
            Therapist: Marc-AndrÃƒÂ© LÃƒÂ©vesque, PT
            """,
            ["H81.22", "M54.2"], [PT("97112", 24), PT("97140", 10)], []),

        // MRPT Word note 97112 with curly quotes, em dashes and the Symbol bullet: one-on-one; rocker board, foam head turns, backward walking; backward stepping deficit; TUG and pull test; "97112 — 23 minutes" matches: passes.
        ["vord-h111-mrpt-nmr-word-paste"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Walter Bublitz
            97112 — Neuromuscular re‑education — 23 minutes
            Delivery: one-on-one — Janelle and Walter only.
            	Stepping reactions to pushes backward and sideways
            	Foam stance with head turns
            	Backward walking with a stop on cue — “freeze!”
            Impairment: slow backward stepping; he falls backward reaching into the tackle cupboard.
            Measures: TUG 12.1 sec; pull test 2 steps.
            Janelle Stoeckel, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // MRPT 97140 with soft hyphens and a curly apostrophe: GH glides and STM; L adhesive capsulitis; degrees; "97140 — 12 minutes" matches: passes.
        ["vord-h111-mrpt-shoulder-manual-97140"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Donna Vogt
            97140 — Manual therapy — 12 minutes
            	GH inferior and posterior glides grade III–IV, L
            	STM to the L sub­scapularis and posterior cuff
            Impairment: L adhesive capsulitis; she can’t reach behind to hook her bra.
            Measures: ER 22° to 31° after; abduction 95° to 104°.
            Owen Wierzbicki, PT
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // MRPT PTA 97116 with an em dash and a curly quote: walker to cane on the clinic loop and the ramp; R knee replacement gait; distance and SBA; "97116 — 20 minutes" matches: passes.
        ["vord-h111-mrpt-pta-gait-97116"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Evelyn Rusch
            97116 — Gait training — 20 minutes
            	Walker to cane on the clinic loop and the front ramp, cues for heel strike and knee bend in swing
            Impairment: stiff-knee gait and a short R stance after the R TKA — “my knee won’t bend.”
            Measures: 500 ft cane SBA; ramp 2 times CGA.
            Rita Fiorentino, PTA
            """,
            ["Z96.651"], [PTA("97116", 20)], []),

        // MRPT OT 97530 on her one day a week with the owner's harmless comment "[Comment JS1: nice work, cosign done]": pulling the snow-blower cord standing, carrying wood to the stove, buttoning the parka; R shoulder and grip weakness; counts and pounds; "97530 — 21 minutes" matches: passes.
        ["vord-h111-mrpt-ot-harmless-comment-97530"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Gordon Prellwitz
            97530 — Therapeutic activities — 21 minutes
            o	Pulling the snow-blower cord on the practice mount, standing
            o	Carrying split wood from the pile to the stove box
            o	Buttoning the parka and zipping it with gloves on
            Impairment: R shoulder and grip weakness after the rotator cuff repair.
            Measures: cord pulled 6 times; 4 trips with 12 lb of wood, SBA; grip R 48 lb.
            [Comment JS1: nice work, cosign done]
            Bea Mattson, OTR/L
            """,
            ["M75.111"], [OT("97530", 21)], []),

        // MRPT 97112 + 97110 with tracked changes inside the content (an exercise swapped) and each code's minutes, both match; one-on-one; perturbations and tandem with Berg; bridges and step-ups with doses; sway and hip weakness: passes.
        ["vord-h111-mrpt-two-codes-tracked-exercise"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Agnes Tetzlaff
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: one-on-one with Owen.
            	Perturbations on the foam; tandem walking with head turns
            Impairment: postural sway with eyes closed. Measures: Berg 44/56.
            97110 — Therapeutic exercise — 14 minutes
            	Bridges 3×15; [deleted: wall squats] [inserted: step-ups onto the 6 inch step] 3×10; clamshells 3×12
            Impairment: bilateral hip abductor weakness.
            Owen Wierzbicki, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // PTTP Asheboro complete 97112 with lost symbols: "1:1"; perturbations and foam turns; postural control after a fall on the zoo path; Berg and TUG; "CPT 97112 ? 24 min" matches: passes.
        ["vord-h111-pttp-asheboro-nmr"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - ASHEBORO
            CPT 97112 ? 24 min
            ATTENDANCE: 1:1
            TX: perturbations standing on the foam, quick turns with head turns, stepping over the hose and cones
            PROBLEM: postural control after her fall on the zoo path, she volunteers at the elephant barn on Saturdays
            TEST: Berg 45/56 � TUG 11.8 sec
            K. Armfield PT DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PTTP Burlington PTA 97110 with doses and a lost apostrophe; low back and hip weakness; "CPT 97110 ? 16 min" matches: passes.
        ["vord-h111-pttp-pta-97110"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97110 ? 16 min
            TX: bird dog 3 x 10, bridges 3 x 15, dead bugs 3 x 10, hip hinge with the dowel 3 x 10
            PROBLEM: low back and hip extensor weakness, can?t bend over the smoker at the barbecue pit for long
            M. Laney PTA
            """,
            ["M54.50"], [PTA("97110", 16)], []),

        // PTTP High Point 97140 + 97110 with lost dashes and degrees, both match; lumbar PA glides and STM with degrees; core work with doses; L4-5 hypomobility and core weakness: passes.
        ["vord-h111-pttp-lumbar-manual-and-exercise"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97140 ? 12 min
            TX: L4-5 central PA glides grade III-IV, STM to the L paraspinals. PROBLEM: L4-5 hypomobility. TEST: flexion 45� to 60� after.
            CPT 97110 ? 14 min
            TX: bridges 3 x 15, side plank 3 x 20 sec, bird dog 3 x 10. PROBLEM: core weakness, pain lifting sofa cushions at the showroom.
            P. Raman PT
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 14)], []),

        // PTTP Eden OT 97530 with lost symbols: hanging clothes on the line, carrying the basket, reaching to the top shelf; L shoulder weakness; counts and assist; "CPT 97530 ? 22 min" matches: passes.
        ["vord-h111-pttp-ot-clothesline-97530"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - EDEN
            CPT 97530 ? 22 min
            TX: hanging towels on the practice clothesline, carrying the basket 30 ft, reaching cans to the top shelf
            PROBLEM: L shoulder weakness after the fracture, can?t reach the line
            TEST: 10 of 12 towels pinned overhead; basket carried 3 times SBA; 8 cans to the top shelf
            D. Sizemore OTR/L
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // PTTP Burlington three codes with lost dashes, "24 / 14 / 10", all match; "1:1"; perturbations and tandem with FGA; squats and step-ups with doses; STM and patellar glides; knee proprioception and quad weakness after an ACL repair: passes.
        ["vord-h111-pttp-three-codes"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - BURLINGTON
            CPT 97112 ? 24 min ? 1:1 ? perturbations in split stance, foam tandem with head turns ? R knee proprioception ? FGA 23/30
            CPT 97110 ? 14 min ? squats 3 x 15, step-ups 3 x 10, leg press 90 lb 3 x 12 ? R quad weakness
            CPT 97140 ? 10 min ? STM to the R quad, patellar glides grade III ? R knee stiffness ? flexion 118� to 126�
            K. Armfield PT DPT
            """,
            ["S83.511D"], [PT("97112", 24), PT("97110", 14), PT("97140", 10)], []),

        // BVGH Woonsocket complete 97112 encoded twice (one-on-one; foam perturbations and tandem; postural control; Berg) sent with no diagnosis.
        ["vord-h111-bvgh-no-diagnosis"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one Ã¢â‚¬â€œ Joanne and patient only.
            Treatment: perturbations on the foam, tandem walking with head turns.
            Deficit(s): postural control and slow stepping after the fall on the bikeway.
            Objective: Berg 45/56.
            Therapist: Joanne Brodeur, PTA
            """,
            [], [PTA("97112", 23)], [Dx]),

        // PTTP complete 97112 ("1:1"; rocker board and perturbations; ankle proprioception; rocker seconds) whose claim diagnosis lost its last character to "�" ("S93.40�D"): not a well-formed ICD-10-CM code.
        ["vord-h111-pttp-dx-lost-character"] = new(
            """
            PIEDMONT TRIAD THERAPY PARTNERS - HIGH POINT
            CPT 97112 ? 22 min
            ATTENDANCE: 1:1
            TX: rocker board eyes closed, perturbations on the foam
            PROBLEM: L ankle proprioception after the sprain
            TEST: rocker 14 sec; 7 of 10 perturbations without a step
            P. Raman PT
            """,
            ["S93.40�D"], [PT("97112", 22)], [Dx]),

        // MRPT Word note whose code's minutes differ: "97110 — Therapeutic exercise — 30 minutes" on a 19-min line: mismatch; otherwise complete (bridges, clamshells, step-ups with doses; hip weakness).
        ["vord-h111-mrpt-30-on-19-97110"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Beverly Stange
            97110 — Therapeutic exercise — 30 minutes
            	Bridges 3×15, clamshells with the band 3×12, step-ups 3×10
            Impairment: L hip abductor and extensor weakness; the L hip drops on the basement stairs.
            Rita Fiorentino, PTA
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
