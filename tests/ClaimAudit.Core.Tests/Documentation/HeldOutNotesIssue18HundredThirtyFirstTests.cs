using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-first held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// on 2026-12-07 in the twentieth session, beside the hundred-and-thirtieth, who had not read the note analyzer, its
/// vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md sections 2 and 5, the harness
/// (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for their format and to write
/// styles, phrasings, vocabulary and examples they do not already have). The engine's output on these notes was never
/// looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of visits that treat more than one problem — two or three plans of care in one visit (a
/// neck and a knee, a post-op shoulder and a balance problem, a low back and the pelvic floor, dizziness and an ankle,
/// Parkinson's disease and a frozen shoulder, a stroke's balance and the same patient's hand), the note written in
/// sections per body region, per diagnosis or per referral, each with its own code, minutes, deficits and measures and
/// the ICD-10 codes beside each heading; one region's section complete and the other's thin; one 97110 line shared by
/// two regions with its minutes written once; a second therapist, a PTA or an OT taking one region; a plan of care on
/// hold or discharged while the other is treated — about two thirds ordinary and complete (76 of 116), one- to
/// three-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a multi-specialty outpatient clinic whose rehabilitation department takes referrals from the clinic's own
/// orthopaedic, neurology, urogynaecology and pain departments ("Tri-Rivers Multispecialty Clinic — Rehabilitation
/// Services", TRMC: Paducah, Mayfield and Murray, Kentucky), its Epic-style note in "PROBLEM #1 — … (ICD-10)" sections
/// with the code and its minutes on an indented line ("97112 — 24 min"), SmartLists left unanswered
/// ("{Delivery:304455}") and "***" wildcards left in fields ("Pt goals: ***", "Measures: ***", "HEP: ***"), a "Timed
/// codes:" line at the foot and units beside minutes ("(2u)"): Naomi Achterberg (PT, DPT, OCS), Lionel Fairweather
/// (PT), Brandi Oyelaran (PTA) and the clinic's neurology and orthopaedics as referrers; a towboat deckhand on the Ohio,
/// a quilter, a tobacco-barn ladder, a grain truck, the river barges, the levee path, church pews, a sewing room and
/// the Murray State bleachers;</item>
/// <item>a hospital outpatient department's shared template ("St. Columba Memorial Hospital — Outpatient Therapy
/// Services", SCMH: Marquette, Ishpeming and Negaunee, Michigan): the "OP THERAPY MULTI-EPISODE DAILY NOTE" with one
/// "EPISODE A: … ICD-10: …" block per plan of care, "Timed: 97112 ▸ 23 min" (or a clock range, or "___ min"), an
/// attendance row "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" (and "[X] One-on-one [ ] Concurrent [ ] Group"), a
/// "Measures (Last | Today)" row and "Completed by:" under each block, so a PT, a PTA and an OT sign their own
/// episodes: Tove Lindqvist (PT, DPT, NCS), Gabe Niemi (PT), Rosalind Kivela (PTA) and Marit Salo (OTR/L); retired
/// miners, a sauna doorway, a parka sleeve, the ore-dock rail, a snowbank-lined path, a pasty shop, an ice-fishing
/// shanty, cross-country skis, cribbage pegs, a husband who held her coat;</item>
/// <item>a private practice that sees Medicare patients with several referrals ("Quarry Hill Physical Therapy, LLC",
/// QHPT: Barre and a Montpelier office, Vermont), its notes narrative and per referral ("Re: balance (Dr. Bell, neuro;
/// G62.9) — 97112 — 23 min", "Referral A (Dr. Lavoie, urogyn)"), with dotted leaders ("97110 ........ 16 mins"), a
/// who-did-it box row ("☐ PTA ☒ PT") and a referral "on hold" or "discharged to HEP": Jonah Pelletier (PT, owner),
/// Mireille Gagnon (PT) and Travis Lamoureux (PTA); a granite carver with a pneumatic chisel, a sugarhouse and sap
/// buckets, a snowmobile trail, the quarry road, a choir loft, a church supper, a daughter who waited in the car.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads multi-problem notes: the visit's note is
/// read as one note for every line, each code's minutes are those written with that code (a section heading, the code's
/// own line, a foot line of codes and minutes), a one-on-one statement made for the whole visit or in the 97112's own
/// section covers the 97112, a section on hold or discharged states nothing about today, and a template's blank, box or
/// wildcard states nothing until it is filled or ticked:
/// <list type="bullet">
/// <item>class 1 (v1-h131-…): one-on-one in these writers' own words on multi-problem notes ("One-to-one, Naomi and Mrs.
/// Gaither only, for the balance work", "I had Mr. Thibodeau to myself for this part, no other patient on my schedule",
/// "Just the two of us in the back room for both problems — his daughter waited in the car", "Seen individually for the
/// entire visit, all three problems", "1:1 throughout, private room, door closed", "individual — with Mrs. Aho start to
/// finish, nobody else on the mat", a ticked attendance row, "her husband held her coat and stayed to watch", a PT who
/// "took over for the balance part and stayed with her"), notes that negate it (a PTA with "Mr. Orr on the bike and
/// Mrs. Haws on the foam at once", "I split my time between Mr. Outland and the patient on the next plinth", "Ran it as
/// a pair with Mr. Koski") or never state it (the attendance row deleted, a pasted note), and the codes without a
/// one-on-one check: an OT's 97530 in a kitchen group of three and a PTA's 97110 with another patient on the next
/// table;</item>
/// <item>class 2 (v2-h131-…): checkbox and blank-field states: an attendance row with nothing ticked, a bracket row
/// ticked, "☒ Concurrent" ticked, an unanswered SmartList "{Delivery:304455}", "***" left in unrelated fields and in
/// "Measures: ***" under both problems, "Timed: 97110 ▸ ___ min", "Deficit: ______" with the other referral on hold,
/// "Measures: N/A" beside a gait block's assistance level, "1:1 ✔" with an unbilled referral's "Region: ______", a blank
/// "Completed by:" and a "☐ PTA ☒ PT" row;</item>
/// <item>class 3 (v3-h131-…): named programmes and methods as techniques, each with what was done (LSVT BIG maximal
/// daily exercises, McKenzie repeated extension, the Otago Exercise Programme's level C balance items, Mulligan SNAGs,
/// Cawthorne-Cooksey progressions, a surgeon's phase II shoulder protocol, Tai Ji Quan: Moving for Better Balance,
/// Maitland glides, NDT facilitation and PNF D1 with rhythmic initiation, muscle energy technique and reverse Kegels,
/// PWR! Moves done in a pair, X1 and X2 viewing with no measure, Schroth-based corrections, BAPS, Graston with the
/// minutes wrong, graded motor imagery and mirror therapy);</item>
/// <item>class 4 (v4-h131-…): deficits stated as findings per region ("her feet don't tell her where the floor is in the
/// dark hallway", "can't get the R arm into her parka sleeve", "steps off the line whenever she turns around at the end
/// of the ore-dock rail", "she leaks when she lifts the grandbaby or sneezes — the pelvic floor fires after the
/// pressure, not before", "veers to the L when he looks out at the river", "his R hand goes numb holding the pneumatic
/// chisel", "freezes in the doorway of the sauna", "can't button her cardigan or hold the cribbage pegs") and notes
/// that state none ("Deficit: same as last visit.", "Impairment: see POC.", "Impairment: pt states she feels better.",
/// "Impairment: no new impairments."), each with the other plan of care not treated that day;</item>
/// <item>class 5 (v5-h131-…): measures in every usual form per region (inclinometer degrees with "°", "Berg 45/56 (↑ from
/// 38)", "4-stage: stage 3 held 10 s", pound signs "SAQ 3# 3×15", 5xSTS, gait speed in m/s, 2MWT in feet, DVA lines,
/// TUG-cog, an mCTSIB row of four conditions, manometry in mmHg and sEMG in µV, Y-balance in centimetres, laps, a "Last |
/// Today" row) and notes with none ("looked steadier today, daughter agrees" beside a gait block's "SBA", "Measures:
/// improving" under two episodes, "Berg: deferred, pt tired from the drive", an OT's "better than last week" and a PT's
/// "doing well with it", "Distance: not measured today Assist: ____");</item>
/// <item>class 6 (v6-h131-…): minutes in these templates' forms (a "Timed codes:" foot line, clock ranges on each code's
/// line, dotted leaders, one 97110 line shared by two regions with its minutes once, headings in capitals for three
/// codes by a PT and a PTA, minutes after each description in a "Billed:" sentence, minutes in words, minutes with their
/// units) and true mismatches ("97112 — 35 min" on 23, a clock range of thirty minutes on a 15-minute line, a PTA's 28
/// on 16, a shared 97110's 30 on 18, minutes swapped between two episodes) and truly missing separate time (a visit
/// total only, an OT episode's "see OT note");</item>
/// <item>class 7 (v7-h131-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a balance-and-neck visit, whitespace only on a PTA's two codes, an empty 97112 with no
/// diagnosis), the contract's meanings for 97530 and 97140 (floor-to-stand, quilt-frame rails and a laundry basket; GH
/// glides), 97116 and 97110 (walker to cane on a hall, ramp and curb; hip exercises with doses) and 97110 and 97140
/// (scapular exercises; thoracic glides and rib mobilization), and wholly generic notes: a shared template with "per
/// POC. Tolerated well." under two unnamed episodes, "Both referrals addressed per plan of care. Balance training and
/// therapeutic exercise.", and "PROBLEM #1: addressed." three times;</item>
/// <item>ordinary (vord-h131-…): complete multi-problem notes of the three employers that a reviewer passes (the
/// false-positive guard), including thin but complete sections, three episodes in one visit, a PT and a PTA or an OT on
/// one visit, a shared 97110 line, and a patient's age and a follow-up date; and the ordinary weak ones: ICD-10 codes
/// named in the note's headings but none on the claim, a claim whose diagnoses are the words "dizziness" and "neck
/// pain", and a generic two-problem note pasted with only a total.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a daughter who sat in or waited in the
/// car, a husband who held a coat, referring doctors (none of them a patient; Mr. Orr on the bike, the patient on the
/// next plinth, Mr. Koski on the foam, Mr. Thurman in the PWR! Moves pair and the man on the next table are), the
/// patient's age, a follow-up date, plan-of-care certification dates, weeks since surgery, ICD-10 codes beside each
/// heading, step and box heights in inches, loads in pounds, band colours, degrees, grip pounds, seconds of holds,
/// metronome beats, distances in feet, centimetres and laps, µV and mmHg, a time of day ("7 a.m.") and counts of jars,
/// pegs, dishes and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code ("97112 — 24 min", "Timed: 97112 ▸ 23 min", "97110 ........ 16 mins",
/// "manual therapy (97140) 12 minutes"), in its block's heading, in a foot line of codes and minutes or as a clock range
/// on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the
/// visit a total ("Both referrals today, 38 min total" and the generic pasted note's "37 min"); notes failed for want of
/// a measure carry no number but their code and its minutes (no ICD-10 code, date or age in them). DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff
/// member in the room does not undo a one-on-one statement, another patient treated in the same block does (as does a
/// ticked Concurrent box), and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what multi-problem notes make arguable: one code's minutes split between two regions'
/// sections (two statements that add up to the line), two codes' minutes written together ("97112/97110 — 38 min"), a
/// one-on-one statement made only in another code's section, a deficit, technique or measure present in one region's
/// section and missing from the other's (the note is one note), a problem named only by its ICD-10 code or its heading
/// as the 97112's deficit, a region's "Impairment: ***" beside a technique that names the region, and a second
/// therapist's block whose attendance is ticked by the first therapist.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 110 of 116 cases agree (114 needed), and 4 of the 76 notes the reviewer passes got a finding, on the analyzer of a165bc4 (the start of the 2026-12-07 twentieth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 114 of 116, no false positive — one-on-one read per code section where another patient is named in the PTA code section. Left: an assistance level in the gait section still counts as the 97112 measure (twice).</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtyFirstTests(ITestOutputHelper output)
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

        // TRMC Paducah, two problems in sections: PROBLEM #1 balance (R26.81) with "one-to-one, Naomi and Mrs. Gaither only, for the balance work", foam perturbations, tandem with head turns and stepping over the cane; delayed ankle strategy; Mini-BESTest and perturbation count; PROBLEM #2 L knee OA (M17.12) 97110 with doses and quad weakness; "97112 — 24 min", "97110 — 15 min" match: passes.
        ["v1-h131-trmc-one-to-one-balance-and-knee"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Daily note, two plans of care. Pt: Lorene Gaither. Therapist: Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Imbalance / falls (R26.81, Z91.81), referred by Tri-Rivers Neurology
              97112 — 24 min
              One-to-one, Naomi and Mrs. Gaither only, for the balance work.
              Perturbations at the pelvis on the Airex pad; tandem walking along the hall rail with head turns; stepping over the cane forward and sideways.
              Impairment: delayed ankle strategy and a late protective step, falls backward.
              Measures: Mini-BESTest 17/28; 6 of 10 perturbations recovered without a hand.
            PROBLEM #2 — L knee OA (M17.12), referred by Tri-Rivers Orthopaedics
              97110 — 15 min
              Sit-to-stand from the 18 inch chair 3x10, SAQ 4 lb 3x12, standing TKE with the green band 3x15.
              Impairment: L quad weakness, she pulls up on the armrests.
            """,
            ["R26.81", "Z91.81", "M17.12"], [PT("97112", 24), PT("97110", 15)], []),

        // SCMH Marquette shared template, EPISODE A post-op R shoulder (97110, Z47.89) by the PTA and EPISODE B dizziness (97112, H81.22) by the PT, whose block reads "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group — Tove with pt, the PTA had the shoulder"; X1 gaze work, walking with head turns, foam eyes closed; L vestibular hypofunction; DGI and DVA; minutes match: passes.
        ["v1-h131-scmh-pta-shoulder-pt-vestibular-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE
            EPISODE A: R shoulder s/p arthroscopic RCR, 9 wks post-op    ICD-10: Z47.89, M75.121
            Completed by: Rosalind Kivela, PTA
            Timed: 97110 ▸ 16 min
            Interventions: supine AAROM flexion with the wand 2x15, pulleys 2x20, isometric ER and IR 10 x 5 sec holds, scapular retraction with the yellow band 3x12.
            Impairment: R shoulder flexion 118 deg, weak cuff, can't reach the cupboard over the stove.
            EPISODE B: Dizziness after L vestibular neuritis    ICD-10: H81.22
            Completed by: Tove Lindqvist, PT, DPT, NCS
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group — Tove with pt, the PTA had the shoulder
            Interventions: X1 viewing against the busy card seated then standing, walking the hall with horizontal head turns, feet together on foam eyes closed.
            Impairment: L vestibular hypofunction, oscillopsia with head turns, veers L in the grocery aisles.
            Measures: DGI 16/24; DVA lost 4 lines.
            """,
            ["Z47.89", "M75.121", "H81.22"], [PTA("97110", 16), PT("97112", 23)], []),

        // QHPT Barre narrative, two referrals: "Re: balance (Dr. Bell, neuro) — I had Mr. Thibodeau to myself for this part, no other patient on my schedule"; rocker board, step-and-stick onto foam, lateral pushes; peripheral neuropathy with poor foot position sense; SLS seconds and 4-stage balance; "Re: low back (Dr. Okafor)" 97140 with glides and flexion inches; minutes match: passes.
        ["v1-h131-qhpt-had-him-to-myself"] = new(
            """
            Quarry Hill Physical Therapy, LLC — Barre
            Daily note, Jonah Pelletier, PT. Two referrals, two plans of care, one visit.
            Re: balance (Dr. Bell, neuro; G62.9) — 97112, 23 min
            I had Mr. Thibodeau to myself for this part, no other patient on my schedule.
            Rocker board A/P eyes open then closed; step-and-stick onto the foam; lateral pushes at the shoulders in narrow stance.
            Problem: peripheral neuropathy, can't feel where his feet are on the shed floor; poor foot position sense.
            Today: SLS R 4 sec, L 6 sec; 4-stage balance test, held stage 3 for 10 sec.
            Re: low back (Dr. Okafor, ortho; M54.50) — 97140, 12 min
            Central PA glides L4-5 grade III, STM to the L paraspinals and QL.
            Problem: L4-5 hypomobility, stiff bending to set the carving stone.
            Today: standing flexion fingertips to mid-shin, was knee level.
            """,
            ["G62.9", "M54.50"], [PT("97112", 23), PT("97140", 12)], []),

        // TRMC Mayfield: the PTA ran the balance section with another patient: "Brandi had Mr. Orr on the bike and Mrs. Haws on the foam at once, checking on each between sets" — another patient treated in the 97112 block: one-on-one missing; the knee section 97110 complete; all else present, minutes match.
        ["v1-h131-trmc-pta-two-patients-balance-section"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Ida Haws. Daily note, Brandi Oyelaran, PTA (supervising PT: L. Fairweather)
            PROBLEM #1 — Unsteady gait (R26.81)
              97112 — 22 min
              Had Mr. Orr on the bike and Mrs. Haws on the foam at once, checking on each between sets.
              Foam stance with ball toss, tandem on the balance beam, stepping to the clock numbers.
              Impairment: poor postural control, she sways and grabs for the wall.
              Measures: Berg 41/56; tandem 7 sec.
            PROBLEM #2 — R knee OA (M17.11)
              97110 — 15 min
              Step-ups on the 4 inch step 3x10, hamstring curls 3 lb 3x12, heel raises 3x15.
              Impairment: R quad and calf weakness, slow on the church steps.
            """,
            ["R26.81", "M17.11"], [PTA("97112", 22), PTA("97110", 15)], [At(OneOnOne, "97112")]),

        // SCMH Ishpeming: EPISODE A low back (97140) and EPISODE B balance (97112); the balance block complete in every element but how the patient was seen — no attendance row, nothing on one-on-one or individual anywhere: not stated.
        ["v1-h131-scmh-attendance-row-deleted"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE
            EPISODE A: Low back pain with lumbar stenosis    ICD-10: M48.061
            Timed: 97140 ▸ 12 min
            Interventions: lumbar flexion mobilization in hooklying, STM to the thoracolumbar paraspinals, L hip flexor stretch held 3 x 30 sec.
            Impairment: stiff lumbar spine, standing tolerance 10 steps short of the mailbox.
            EPISODE B: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 24 min
            Interventions: perturbations on the foam in semi-tandem, stepping strategy drills to the floor targets, walking and turning on cue.
            Impairment: slow stepping reaction and impaired postural control, two falls on the ice this winter.
            Measures: TUG 14.8 sec; 5 of 10 perturbations with one step.
            Completed by: Gabe Niemi, PT
            """,
            ["M48.061", "R29.6"], [PT("97140", 12), PT("97112", 24)], [At(OneOnOne, "97112")]),

        // QHPT Montpelier: "Just the two of us in the back room for both problems — his daughter waited in the car"; post-op L THA (97110) and vestibular (97112): gaze stabilisation with head turns, habituation to bending, walking with head turns; R vestibular hypofunction; FGA and DVA; minutes match: passes.
        ["v1-h131-qhpt-daughter-in-the-car"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT
            Just the two of us in the back room for both problems — his daughter waited in the car.
            1) L THA, 6 weeks (Z96.642, Z47.1) — 97110: 15 min
               Bridges 3x12, standing hip abduction 2 lb 3x10, mini squats at the counter 3x10, heel raises 3x15.
               Deficit: L hip abductor weakness, L trunk lean in stance.
            2) Dizziness, R vestibular hypofunction (H81.21) — 97112: 23 min
               Gaze stabilization X1 at 1 Hz standing, habituation to bending and looking up, walking with head turns.
               Deficit: R vestibular hypofunction, unsteady turning to look behind when backing the truck.
               Measures: FGA 20/30; DVA lost 3 lines.
            """,
            ["Z96.642", "Z47.1", "H81.21"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC Murray: the 97112 section says "I split my time between Mr. Outland and the patient on the next plinth" — another patient inside the block: one-on-one missing; Parkinson's stepping drills with Mini-BESTest and pull test, and a frozen shoulder 97140 with glides and degrees, present; minutes match.
        ["v1-h131-trmc-split-time-next-plinth"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Harold Outland. Lionel Fairweather, PT
            PROBLEM #1 — Parkinson's disease (G20.A1)
              97112 — 23 min
              I split my time between Mr. Outland and the patient on the next plinth.
              Large-amplitude stepping to targets, backward stepping drills, turning on cue around the cone.
              Impairment: retropulsion, slow backward steps, freezes in doorways.
              Measures: Mini-BESTest 16/28; pull test 3 steps.
            PROBLEM #2 — R adhesive capsulitis (M75.01)
              97140 — 10 min
              Inferior and posterior glides R GH grade III, STM to the pec minor.
              Impairment: R shoulder ER 25 degrees, can't reach his back pocket.
            """,
            ["G20.A1", "M75.01"], [PT("97112", 23), PT("97140", 10)], [At(OneOnOne, "97112")]),

        // SCMH Negaunee OT-and-PT visit: Marit (OT) 97530 in a kitchen group of three (no one-on-one check), Tove (PT) 97112 "individual — with Mrs. Aho start to finish, nobody else on the mat"; both sections complete, minutes match: passes.
        ["v1-h131-scmh-ot-group-pt-individual"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Elna Aho
            EPISODE A (OT): R hand weakness after CVA    ICD-10: I69.331
            Completed by: Marit Salo, OTR/L
            Timed: 97530 ▸ 22 min
            Kitchen group, three patients. Stirring and pouring with the R hand, opening jars, carrying a plate from the counter to the table.
            Impairment: R grip weakness and poor R hand coordination, drops the coffee cup.
            Measures: 6 jars opened with set-up; grip R 22 lb.
            EPISODE B (PT): Postural instability after CVA    ICD-10: I69.351, R26.81
            Completed by: Tove Lindqvist, PT, DPT, NCS
            Timed: 97112 ▸ 23 min
            Attendance: individual — with Mrs. Aho start to finish, nobody else on the mat.
            Interventions: weight shifts onto the R with tapping, half-kneel rhythmic stabilization, step-and-stick on the foam.
            Impairment: poor R weight acceptance and trunk control.
            Measures: Berg 39/56; step-and-stick 5 of 10.
            """,
            ["I69.331", "I69.351", "R26.81"], [OT("97530", 22), PT("97112", 23)], []),

        // QHPT Barre pelvic-floor and low-back visit with the associate's own words "1:1 throughout, private room, door closed"; pelvic floor down-training and quick-flick recruitment with the knack before a cough (97112), hip and core 97110; poor pelvic floor timing and recruitment; sEMG and PERFECT numbers; minutes match: passes.
        ["v1-h131-qhpt-pelvic-floor-private-room"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — 1:1 throughout, private room, door closed.
            Referral A (Dr. Lavoie, urogyn): mixed urinary incontinence (N39.46)
              97112 — 22 min
              Pelvic floor down-training with diaphragmatic breathing, quick-flick recruitment, the knack before a cough in sitting and standing, sEMG feedback.
              Deficit: delayed pelvic floor recruitment and poor timing with cough; resting tone high.
              Measures: sEMG resting 6.2 µV (9.8 at eval), peak 24 µV; PERFECT 3/5/6/8.
            Referral B (Dr. Okafor): low back pain (M54.50)
              97110 — 15 min
              Bridges 3x12, bird dog 2x10 each side, side-lying clams with the blue band 3x12.
              Deficit: weak gluteals and poor lumbopelvic endurance, back aches after the church supper dishes.
            """,
            ["N39.46", "M54.50"], [PT("97112", 22), PT("97110", 15)], []),

        // TRMC Paducah three codes, one-on-one said once at the top for the whole visit ("Seen individually for the entire visit, all three problems"); neck 97140, knee 97110, balance 97112 each complete; minutes match: passes.
        ["v1-h131-trmc-individually-whole-visit-three-problems"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Wendell Crice. Naomi Achterberg, PT, DPT. Seen individually for the entire visit, all three problems.
            PROBLEM #1 — Cervicalgia (M54.2)
              97140 — 10 min: suboccipital release, C4-5 unilateral PA glides grade III R, STM upper trap.
              Impairment: R cervical rotation 50 degrees, can't check his blind spot on I-24.
            PROBLEM #2 — R knee OA (M17.11)
              97110 — 15 min: leg press 60 lb 3x12, step-ups 6 inch 3x10, bridges 3x15.
              Impairment: R quad weakness, slow on the towboat ladder.
            PROBLEM #3 — Imbalance (R26.81)
              97112 — 23 min: tandem on foam with head turns, lateral perturbations, stepping over the hurdle row.
              Impairment: postural sway and a late stepping reaction.
              Measures: FGA 18/30; 7 of 10 perturbations without a step.
            """,
            ["M54.2", "M17.11", "R26.81"], [PT("97140", 10), PT("97110", 15), PT("97112", 23)], []),

        // SCMH Marquette: PTA's 97112 block "ran it as a pair with Mr. Koski — both on the foam, same drills" (another patient): one-on-one missing; techniques, deficit, measures present; the PT's 97140 for the neck complete; minutes match.
        ["v1-h131-scmh-pta-pair-with-another-patient"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Raymond Lahti
            EPISODE A: Neck pain    ICD-10: M54.2
            Completed by: Gabe Niemi, PT
            Timed: 97140 ▸ 11 min
            Interventions: cervical lateral glides C5-6 grade III, suboccipital release, STM levator.
            Impairment: L cervical rotation 45 degrees, stiff turning to back the snowplow.
            EPISODE B: Balance / falls    ICD-10: R26.81
            Completed by: Rosalind Kivela, PTA
            Timed: 97112 ▸ 22 min
            Ran it as a pair with Mr. Koski — both on the foam, same drills.
            Interventions: foam stance with eyes closed, tandem with head turns, stepping over the hurdles.
            Impairment: poor somatosensory balance, sways with eyes closed.
            Measures: CTSIB condition 4 at 12 sec; tandem 9 sec.
            """,
            ["M54.2", "R26.81"], [PT("97140", 11), PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT Barre: Travis (PTA) 97110 for the knee "while Jonah had another patient" does not matter (97110 has no one-on-one check); Jonah's 97112 "one-on-one — I took over for the balance part and stayed with her"; both complete, minutes match: passes.
        ["v1-h131-qhpt-pta-knee-pt-balance"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Re: R TKA, 10 weeks (Z96.651, Z47.1) — T. Lamoureux, PTA — 97110 — 16 min
            Another patient was on the next table doing his own program while we worked.
            Recumbent bike warm-up, then step-ups 6 inch 3x10, TKE green band 3x15, wall squats 3x10.
            Deficit: R quad weakness and R knee flexion 108 deg, stiff on the sugarhouse steps.
            Re: balance (R26.81) — J. Pelletier, PT — 97112 — 22 min
            One-on-one — I took over for the balance part and stayed with her.
            Rocker board M/L, tandem on the foam beam, reactive stepping to pushes.
            Deficit: poor postural control, stepping reaction late to the R.
            Today: Berg 45/56; rocker M/L 11 sec without an edge touch.
            """,
            ["Z96.651", "Z47.1", "R26.81"], [PTA("97110", 16), PT("97112", 22)], []),

        // TRMC Mayfield pasted note: balance and low back sections complete but nothing on how she was seen: one-on-one not stated on the 97112; minutes match.
        ["v1-h131-trmc-pasted-no-delivery-statement"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Opal Thweatt. Lionel Fairweather, PT
            PROBLEM #1 — Unsteadiness (R26.81)
              97112 — 23 min
              Foam perturbations, rocker board eyes closed, stepping to the clock.
              Impairment: impaired proprioception both ankles, sways on the gravel drive.
              Measures: Berg 43/56; rocker 9 sec.
            PROBLEM #2 — Low back pain (M54.50)
              97110 — 15 min
              Pelvic tilts 2x15, bridges 3x12, bird dog 2x10.
              Impairment: weak lumbar stabilizers, back tires at the quilt frame.
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // SCMH Marquette: "1:1 for the whole balance block; her husband held her coat and stayed to watch" (family, not a patient); BAPS, foam reaches, perturbations; R ankle proprioception after a fracture; SLS and reach counts; the post-op ankle 97110 complete; minutes match: passes.
        ["v1-h131-scmh-husband-held-her-coat"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Signe Maki
            EPISODE A: R ankle ORIF, 12 wks    ICD-10: S82.891D
            Timed: 97110 ▸ 15 min
            Interventions: heel raises 3x15, resisted DF and eversion with the red band 3x15, step-downs 4 inch 3x10.
            Impairment: R calf and evertor weakness, limps on the lakeshore path.
            EPISODE B: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: 1:1 for the whole balance block; her husband held her coat and stayed to watch.
            Interventions: BAPS level 3 clockwise and counter, foam reaches to cones, perturbations in SLS at the counter.
            Impairment: R ankle proprioception down since the fracture.
            Measures: SLS R 6 sec (L 22 sec); 8 of 10 cone reaches without a touch-down.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["S82.891D", "R26.81"], [PT("97110", 15), PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SCMH shared template with the 97112 block's attendance row left with nothing ticked ("Attendance: ☐ 1:1 ☐ Concurrent ☐ Group") and nothing else on how he was seen: not stated; the neck 97140 and the balance 97112 otherwise complete, minutes match.
        ["v2-h131-scmh-attendance-row-nothing-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Arvid Heikkinen
            EPISODE A: Cervical spondylosis    ICD-10: M47.812
            Timed: 97140 ▸ 10 min
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Interventions: cervical rotation SNAGs, upper thoracic PA glides grade III, STM to the scalenes.
            Impairment: R cervical rotation 48 degrees, stiff looking over his shoulder on the snowmobile.
            EPISODE B: Unsteadiness    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations in tandem, foam stance with head turns, stepping over the hurdle row with a stop on cue.
            Impairment: postural control and a slow stepping reaction.
            Measures: FGA 19/30; 6 of 10 perturbations without a step.
            Completed by: Gabe Niemi, PT
            """,
            ["M47.812", "R26.81"], [PT("97140", 10), PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCMH bracket row ticked "[X] One-on-one  [ ] Concurrent  [ ] Group" in the balance block; knee 97110 and balance 97112 complete, minutes match: passes.
        ["v2-h131-scmh-bracket-row-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lillian Pascoe
            EPISODE A: L TKA, 7 wks    ICD-10: Z96.652, Z47.1
            Timed: 97110 ▸ 15 min
            Interventions: quad sets with a towel roll 2x15, SLR 3x10, heel slides 3x15, step-ups 4 inch 3x10.
            Impairment: L knee flexion 102 deg, quad lag, slow on the stairs to the sauna.
            EPISODE B: Falls risk    ICD-10: R26.81, Z91.81
            Timed: 97112 ▸ 23 min
            Attendance: [X] One-on-one  [ ] Concurrent  [ ] Group
            Interventions: rocker board eyes closed, lateral stepping over the foam beam, reactive steps to pushes at the pelvis.
            Impairment: impaired proprioception and a late protective step to the L.
            Measures: Berg 42/56; TUG 13.1 sec.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["Z96.652", "Z47.1", "R26.81", "Z91.81"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC Epic note with the SmartList for delivery left unanswered ("Delivery: {Delivery:304455}") and nothing else on how she was seen: not stated; the hip 97110 and the balance 97112 complete, minutes match.
        ["v2-h131-trmc-smartlist-unanswered"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Bernice Yancey. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — R THA (Z96.641)
              97110 — 15 min
              Standing hip abduction 3 lb 3x12, bridges 3x15, step-ups 4 inch 3x10.
              Impairment: R hip abductor weakness, Trendelenburg on the R.
            PROBLEM #2 — Imbalance (R26.81)
              97112 — 23 min
              Delivery: {Delivery:304455}
              Perturbations on the foam, tandem walking with head turns, stepping to the clock.
              Impairment: postural sway and delayed stepping strategy.
              Measures: Berg 44/56; tandem 8 sec.
            """,
            ["Z96.641", "R26.81"], [PT("97110", 15), PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TRMC Epic note with "***" wildcards left in unrelated fields ("Pt goals: ***", "Next appt: ***") and the delivery SmartList answered "1:1 (entire timed portion)"; neck 97140 and balance 97112 complete, minutes match: passes.
        ["v2-h131-trmc-wildcards-in-unrelated-fields"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Clovis Ragland. Lionel Fairweather, PT
            Pt goals: ***
            PROBLEM #1 — Cervicalgia (M54.2)
              97140 — 11 min
              Cervical retraction with overpressure, R C5-6 unilateral PA glides grade III, suboccipital release.
              Impairment: R cervical rotation 52 degrees, headache turning to look at the river barges.
            PROBLEM #2 — Unsteady gait (R26.81)
              97112 — 23 min
              Delivery: 1:1 (entire timed portion)
              Rocker board A/P eyes closed, foam stance with ball toss, lateral perturbations.
              Impairment: ankle proprioception down both sides, sways on the boat ramp.
              Measures: rocker 12 sec without an edge touch; 7 of 10 perturbations without a step.
            Next appt: ***
            """,
            ["M54.2", "R26.81"], [PT("97140", 11), PT("97112", 23)], []),

        // TRMC Epic note whose "Measures: ***" was never filled in either section and the exercises carry no dose: no number in the note but its codes and minutes — measure missing on both; one-on-one, techniques and deficits present.
        ["v2-h131-trmc-measures-wildcard-both-sections"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Vernon Pryor. Lionel Fairweather, PT. One-on-one for the whole visit.
            PROBLEM #1 — Imbalance
              97112 — 24 min
              Foam perturbations, tandem walking with head turns, stepping over the cane row.
              Impairment: poor postural control, late stepping reaction.
              Measures: ***
            PROBLEM #2 — Low back pain
              97110 — 14 min
              Bridges, bird dog, pelvic tilts.
              Impairment: weak lumbar stabilizers, back tires on the tractor seat.
              Measures: ***
            """,
            ["R26.81", "M54.50"], [PT("97112", 24), PT("97110", 14)], [At(Measure, "97112"), At(Measure, "97110")]),

        // SCMH shared template with the 97110 minute slot left blank ("Timed: 97110 ▸ ___ min") beside "97112 ▸ 23 min": separate time missing; both episodes complete.
        ["v2-h131-scmh-minute-slot-blank"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Dolores Ruuska
            EPISODE A: L shoulder impingement    ICD-10: M75.42
            Timed: 97110 ▸ ___ min
            Interventions: sidelying ER 2 lb 3x12, prone rows 3x12, wall slides 2x10, scapular retraction with the red band 3x15.
            Impairment: L cuff and lower trap weakness, painful arc reaching to hang laundry.
            EPISODE B: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with head turns, perturbations in semi-tandem, stepping over the hurdles.
            Impairment: poor postural control with eyes closed.
            Measures: CTSIB condition 4 at 14 sec; Berg 46/56.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["M75.42", "R26.81"], [PT("97110", 15), PT("97112", 23)], [SepTime]),

        // QHPT note whose "Deficit: ______" line was never filled, the other referral on hold this visit, and nothing names a deficit, system or body region: deficit missing; one-on-one, foam perturbations, tandem and hurdle stepping, and Berg and TUG present.
        ["v2-h131-qhpt-deficit-line-blank-other-referral-on-hold"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: referral 1 (Dr. Bell) — 97112 — 22 min
            One-on-one with Mrs. Couture the whole time.
            Tx: perturbations on the foam pad, tandem walking with a stop on cue, stepping over the hurdles forward and sideways.
            Deficit: ______
            Today: Berg 45/56; TUG 12.4 sec.
            Re: referral 2 (Dr. Okafor) — on hold today, she sees him Thursday.
            """,
            ["R26.81", "M25.511"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SCMH 97112 block ticked "☐ 1:1 ☒ Concurrent ☐ Group" (concurrent: another patient at the same time) on a PTA's balance block: one-on-one missing; the PT's neck 97140 complete; minutes match.
        ["v2-h131-scmh-concurrent-ticked"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Eino Saari
            EPISODE A: Neck pain    ICD-10: M54.2
            Timed: 97140 ▸ 10 min
            Interventions: suboccipital release, C2-3 rotation mobilization grade III, STM upper trap.
            Impairment: L cervical rotation 40 degrees, headache at the end of the day.
            Completed by: Gabe Niemi, PT
            EPISODE B: Imbalance    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☐ 1:1 ☒ Concurrent ☐ Group
            Interventions: foam marching, tandem stance with head turns, lateral pushes at the hips.
            Impairment: poor somatosensory balance in both feet.
            Measures: tandem 10 sec; 5 of 8 pushes without a step.
            Completed by: Rosalind Kivela, PTA
            """,
            ["M54.2", "R26.81"], [PT("97140", 10), PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT tick row "1:1 ✔" in the balance section with the unbilled referral's "Region: ______" left blank; balance 97112 complete: passes.
        ["v2-h131-qhpt-tick-one-on-one-region-blank-unbilled"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT
            Referral 1 (Dr. Bell, neuro) — balance — 97112 — 24 min
            1:1 ✔   Group ☐
            Tx: half-kneel rhythmic stabilization, step-and-stick onto the foam, tandem walking with head turns.
            Deficit: postural control and L hip motor recruitment after the stroke; she catches the L toe.
            Today: FGA 17/30; step-and-stick 6 of 10.
            Referral 2 (Dr. Okafor, ortho) — Region: ______ — not seen today, MRI pending.
            """,
            ["I69.354", "R26.81"], [PT("97112", 24)], []),

        // SCMH balance block with "Measures: N/A" and no number in the note but codes and minutes; the gait block's measure is an assistance level (a measure for 97116): measure missing on the 97112 only; one-on-one, techniques and deficits present.
        ["v2-h131-scmh-measures-na-gait-assist-level"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Walter Kangas
            EPISODE A: Gait after stroke
            Timed: 97116 ▸ 15 min
            Interventions: gait training with the quad cane down the hall and on the ramp, cues for L heel strike and a longer R step.
            Impairment: L foot drag and a short R step.
            Measures: contact guard assist throughout.
            EPISODE B: Balance after stroke
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: weight shifts onto the L with tapping, half-kneel rhythmic stabilization, foam stance with head turns.
            Impairment: poor L weight acceptance and trunk postural control.
            Measures: N/A
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["I69.354", "R26.81"], [PT("97116", 15), PT("97112", 23)], [At(Measure, "97112")]),

        // SCMH note with one block's "Completed by: ______" signature slot blank (the PT signed the other); both episodes complete with minutes: passes.
        ["v2-h131-scmh-completed-by-blank"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Hilma Rautio
            EPISODE A: Lumbar stenosis    ICD-10: M48.061
            Timed: 97110 ▸ 16 min
            Interventions: seated flexion stretch 3 x 30 sec holds, recumbent bike level 3, bridges 3x12, sit-to-stand 3x10.
            Impairment: lumbar and hip extensor weakness, stops after one block walking to the pasty shop.
            Completed by: ______
            EPISODE B: Dizziness    ICD-10: H81.23
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking with vertical head turns, habituation to rolling.
            Impairment: bilateral vestibular hypofunction, relies on vision, unsteady in the dark.
            Measures: DGI 15/24; mCTSIB foam eyes closed 9 sec.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["M48.061", "H81.23"], [PT("97110", 16), PT("97112", 22)], []),

        // TRMC SmartList answered and the braces removed ("Delivery: individual, no concurrent patients"), the "***" left only in the HEP field; knee 97110 and balance 97112 complete, minutes match: passes.
        ["v2-h131-trmc-smartlist-answered-hep-wildcard"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Earline Bybee. Naomi Achterberg, PT, DPT
            PROBLEM #1 — L knee OA (M17.12)
              97110 — 15 min
              Mini squats 3x10, SAQ 3 lb 3x15, step-ups 6 inch 3x10.
              Impairment: L quad weakness, can't rise from the pew without pushing.
            PROBLEM #2 — Falls (R29.6)
              97112 — 24 min
              Delivery: individual, no concurrent patients
              Perturbations in semi-tandem, BAPS level 2, stepping over the cane with head turns.
              Impairment: delayed ankle and hip strategy.
              Measures: Mini-BESTest 19/28; 8 of 10 perturbations recovered.
            HEP: ***
            """,
            ["M17.12", "R29.6"], [PT("97110", 15), PT("97112", 24)], []),

        // QHPT who-did-it row "☐ PTA ☒ PT" beside each referral and "one-on-one ☒"; shoulder 97140 and vestibular 97112 complete, minutes match: passes.
        ["v2-h131-qhpt-who-did-it-boxes"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Referral 1 (Dr. Okafor, ortho): R frozen shoulder (M75.01) — 97140 — 11 min — ☐ PTA ☒ PT
            Inferior and posterior GH glides grade III-IV, STM to the subscapularis.
            Deficit: R shoulder ER 30 degrees and abduction 95 degrees, can't lift the maple buckets.
            Referral 2 (Dr. Bell, neuro): dizziness (H81.21) — 97112 — 23 min — ☐ PTA ☒ PT — one-on-one ☒
            Gaze stabilization X1 standing, walking with head turns on the carpet, habituation to looking up.
            Deficit: R vestibular hypofunction, oscillopsia with head turns.
            Today: DGI 18/24; DVA lost 3 lines.
            J. Pelletier, PT
            """,
            ["M75.01", "H81.21"], [PT("97140", 11), PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TRMC Murray, Parkinson's and low back: LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward step, sideways step) with amplitude cues as the 97112's technique, McKenzie repeated extension in lying and standing for the back (97110); one-on-one; hypokinesia and reduced amplitude; 10MWT and Mini-BESTest; centralising back with reps; minutes match: passes.
        ["v3-h131-trmc-lsvt-big-and-mckenzie"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Lowell Tidwell. Lionel Fairweather, PT. 1:1 the entire visit.
            PROBLEM #1 — Parkinson's disease (G20.A1), referred by Tri-Rivers Neurology
              97112 — 25 min
              LSVT BIG maximal daily exercises: floor-to-ceiling, side-to-side, forward step and sideways step, each with amplitude cues; then big walking with arm swing around the gym.
              Impairment: hypokinesia, small shuffling steps, poor trunk rotation.
              Measures: 10MWT 0.86 m/s; Mini-BESTest 18/28.
            PROBLEM #2 — Low back pain with L leg symptoms (M54.42)
              97110 — 15 min
              McKenzie repeated extension in lying 3x10, standing extension 2x10, prone on elbows held 2 x 60 sec.
              Impairment: L buttock pain that centralizes with extension; stiff getting out of the truck.
            """,
            ["G20.A1", "M54.42"], [PT("97112", 25), PT("97110", 15)], []),

        // SCMH Otago Exercise Programme level C balance items named with what was done (backward walking, sideways walking, tandem walking, sit-to-stand without hands) for falls (97112), and Mulligan SNAGs for the neck (97140); one-on-one; somatosensory balance; 30s chair stand and tandem seconds; rotation degrees; minutes match: passes.
        ["v3-h131-scmh-otago-and-mulligan"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aune Lehto
            EPISODE A: Falls    ICD-10: R29.6, Z91.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: Otago Exercise Programme, level C balance: backward walking, sideways walking, tandem walking along the counter, sit-to-stand without hands, one-leg stand with fingertip support.
            Impairment: poor somatosensory balance and a late stepping reaction.
            Measures: 30-sec chair stand 9; tandem stance 11 sec.
            EPISODE B: Neck pain    ICD-10: M54.2
            Timed: 97140 ▸ 10 min
            Interventions: Mulligan SNAGs C5-6 into rotation L, sustained natural apophyseal glides into extension, STM to the levator.
            Impairment: L cervical rotation 44 degrees, can't look over her shoulder backing out of the drive.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["R29.6", "Z91.81", "M54.2"], [PT("97112", 23), PT("97140", 10)], []),

        // QHPT, post-op shoulder and dizziness: Cawthorne-Cooksey progressions (eye movements, head movements seated and standing, tossing a ball at eye level, walking up and down a slope) for the dizziness (97112) and a Neer-protocol phase II shoulder programme with doses (97110); one-on-one; vestibular hypofunction; DGI and DVA; minutes match: passes.
        ["v3-h131-qhpt-cawthorne-cooksey-and-shoulder-protocol"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — one-on-one, only patient in the office at 7 a.m.
            Re: R shoulder, RCR 10 weeks (Dr. Okafor; Z47.89, M75.121) — 97110 — 16 min
            Phase II per the surgeon's protocol: AAROM flexion with the wand 2x15, sidelying ER 1 lb 3x10, prone extension 3x10, isometric IR 10 x 5 sec.
            Deficit: R shoulder flexion 124 degrees, weak ER, can't reach the top of the granite polisher.
            Re: dizziness (Dr. Bell; H81.22) — 97112 — 22 min
            Cawthorne-Cooksey progressions: eye movements up-down and side to side, head movements seated then standing, tossing a ball from hand to hand above eye level, walking up and down the ramp with eyes open.
            Deficit: L vestibular hypofunction, dizzy bending to the lower shelf.
            Today: DGI 17/24; DVA lost 4 lines.
            """,
            ["Z47.89", "M75.121", "H81.22"], [PT("97110", 16), PT("97112", 22)], []),

        // TRMC Paducah, knee and balance: Tai Ji Quan: Moving for Better Balance forms with weight shifting and stepping named as the 97112 technique, Maitland tibiofemoral and patellar glides for the knee (97140); one-on-one; postural control; Berg and FTSTS; flexion degrees; minutes match: passes.
        ["v3-h131-trmc-tai-ji-quan-and-maitland"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Mavis Cothran. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Imbalance (R26.81)
              97112 — 23 min
              Delivery: 1:1, just Mavis and me in the small gym.
              Tai Ji Quan: Moving for Better Balance forms 1 to 4 — weight shifting side to side and forward and back, stepping into the bow stance, turning the trunk over a planted foot.
              Impairment: postural control, narrow limits of stability, steps out to catch herself.
              Measures: Berg 46/56; five times sit-to-stand 14.2 sec.
            PROBLEM #2 — L knee stiffness after MUA (M25.662)
              97140 — 12 min
              Maitland tibiofemoral posterior glides grade III, superior and inferior patellar glides, STM to the distal quad.
              Impairment: L knee flexion 104 to 111 degrees after.
            """,
            ["R26.81", "M25.662"], [PT("97112", 23), PT("97140", 12)], []),

        // SCMH Marquette, stroke arm and balance: NDT/Bobath facilitation of the R pelvis in stepping and PNF D1 flexion/extension of the R arm with rhythmic initiation (97112), with floor-to-stand and a pail carry for the falls episode (97530); one-on-one; R motor recruitment and timing; Berg and a step count; floor-to-stand with assistance; minutes match: passes.
        ["v3-h131-scmh-ndt-pnf-and-floor-transfers"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Leonard Tervo
            EPISODE A: R hemiparesis after L CVA    ICD-10: I69.351
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: NDT facilitation at the R pelvis for weight shift and step initiation; PNF D1 flexion/extension of the R arm with rhythmic initiation; step-and-stick with the R leg leading.
            Impairment: poor R motor recruitment and timing, R knee snaps back in stance.
            Measures: Berg 40/56; 6 of 10 R steps with the knee controlled.
            EPISODE B: Falls at home    ICD-10: R29.6
            Timed: 97530 ▸ 15 min
            Interventions: floor-to-stand through half-kneel with the chair, getting down to and up from the floor of the ice-fishing shanty mock-up (bench and mat), carrying a pail 30 ft.
            Impairment: can't get up off the floor after a fall without help; R leg weakness.
            Measures: floor-to-stand 3 times with minimal assist; pail carry with SBA.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["I69.351", "R29.6"], [PT("97112", 24), PT("97530", 15)], []),

        // QHPT pelvic floor and SI: muscle energy technique for a R anterior innominate (97140) and pelvic floor down-training with reverse Kegels and sEMG feedback (97112); 1:1; pelvic floor overactivity and poor relaxation; sEMG µV; standing flexion test and ASLR; minutes match: passes.
        ["v3-h131-qhpt-met-and-reverse-kegels"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT. Seen 1:1 in the private room for both referrals.
            Referral A (Dr. Okafor): R SI joint dysfunction (M53.3) — 97140 — 11 min
            Muscle energy technique for a R anterior innominate, 5 contractions x 3 rounds; STM to the R piriformis and glute med.
            Deficit: R SIJ pain with single-leg stance, painful getting into the car.
            Today: ASLR 2/5 after (4/5 before).
            Referral B (Dr. Lavoie, urogyn): pelvic floor dysfunction with urinary urgency (N39.41, M62.89) — 97112 — 23 min
            Pelvic floor down-training with reverse Kegels and diaphragmatic breathing, sEMG feedback lying then sitting, urge-suppression drills with quick contractions.
            Deficit: pelvic floor overactivity and poor relaxation after a contraction.
            Today: sEMG resting 7.1 µV (11.4 at eval); relaxes to baseline in 3 sec.
            """,
            ["M53.3", "N39.41", "M62.89"], [PT("97140", 11), PT("97112", 23)], []),

        // TRMC Mayfield PWR! Moves for Parkinson's "done in a pair with Mr. Thurman, same drills, side by side" — another patient inside the block: one-on-one missing; PWR! Up, Rock, Twist and Step named with what was done, hypokinesia, Mini-BESTest; shoulder 97110 complete.
        ["v3-h131-trmc-pwr-moves-in-a-pair"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Delmer Grogan. Lionel Fairweather, PT
            PROBLEM #1 — Parkinson's disease (G20.A1)
              97112 — 24 min
              Done in a pair with Mr. Thurman, same drills, side by side.
              PWR! Moves in standing: PWR! Up, Rock, Twist and Step, with big amplitude and a quick stop on cue.
              Impairment: hypokinesia, slow weight shift, festinates turning.
              Measures: Mini-BESTest 15/28.
            PROBLEM #2 — R shoulder impingement (M75.41)
              97110 — 15 min
              Prone rows 2 lb 3x12, sidelying ER 2 lb 3x12, wall slides 2x10.
              Impairment: weak R cuff and lower trap.
            """,
            ["G20.A1", "M75.41"], [PT("97112", 24), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // SCMH Herdman-style gaze stabilisation for one episode named in full (X1 and X2 viewing) with "Measures: —" and no number anywhere but the code and its minutes; the other episode on hold: measure missing on the 97112; one-on-one, technique and vestibular deficit present.
        ["v3-h131-scmh-x1-x2-no-measure-other-on-hold"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Judith Nurmi
            EPISODE A: Dizziness
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: gaze stabilization X1 viewing with the card at arm's length, then X2 viewing with the card and head moving opposite, standing on the floor then on foam.
            Impairment: L vestibular hypofunction, blurred vision when she turns her head.
            Measures: —
            EPISODE B: L knee
            On hold this visit, ortho follow-up pending.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["H81.22", "M17.12"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QHPT Schroth-based scoliosis work (rotational angular breathing, corrections in side-lying and sitting) as the 97110 technique and BAPS/rocker proprioceptive work for the ankle (97112); one-on-one; curve and ankle proprioception; doses and SLS/rocker seconds; minutes match: passes.
        ["v3-h131-qhpt-schroth-and-baps"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — one-on-one for both.
            Re: adult scoliosis, thoracolumbar (Dr. Okafor; M41.25) — 97110 — 15 min
            Schroth-based corrections: rotational angular breathing in side-lying over the roll 3x8 breaths, elongation and derotation in sitting held 3 x 20 sec, muscle cylinder in side-lying 3x5.
            Deficit: R thoracic and L lumbar curve with trunk fatigue, can't stand at the kitchen sink.
            Re: L ankle instability (Dr. Bell; S93.402D) — 97112 — 23 min
            BAPS level 3 in standing, rocker board M/L eyes closed, hopping onto the foam and sticking.
            Deficit: L ankle proprioception and peroneal reaction time down after the sprain on the quarry trail.
            Today: SLS L eyes closed 5 sec (R 14 sec); rocker M/L 10 sec.
            """,
            ["M41.25", "S93.402D"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC Graston (IASTM) to the plantar fascia and calf (97140) and the Alfredson-style eccentric heel drops (97110) for one foot, with the minutes of the 97140 written 25 against a 12-minute line: mismatch on 97140; both sections otherwise complete.
        ["v3-h131-trmc-graston-minutes-25-on-12"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Nolan Keeling. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — R plantar fasciitis (M72.2)
              97140 — 25 min
              Graston (IASTM) to the R plantar fascia and medial gastrocnemius, first ray mobilization grade III.
              Impairment: R heel pain with the first steps in the morning; DF 4 degrees.
            PROBLEM #2 — R Achilles tendinopathy (M76.61)
              97110 — 16 min
              Alfredson eccentric heel drops off the step 3x15 straight knee and 3x15 bent knee, seated calf raises 20 lb 3x12.
              Impairment: R calf weakness, can't walk the levee path.
            """,
            ["M72.2", "M76.61"], [PT("97140", 12), PT("97110", 16)], [At(Mismatch, "97140")]),

        // SCMH mirror therapy and graded motor imagery (left/right judgement, imagined then mirrored movements) for the R hand after a wrist fracture with CRPS (97112) by the PT, one-on-one; body-map and hand laterality deficits; laterality accuracy and time per card; and the PTA's 97110 for the same patient's R knee; minutes match: passes.
        ["v3-h131-scmh-graded-motor-imagery-and-knee"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Carol Beaudoin
            EPISODE A: R hand pain after distal radius fracture, CRPS type I    ICD-10: G90.511, S52.501D
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: graded motor imagery — left/right hand judgement cards, imagined wrist and finger movements, then mirror therapy with the R hand hidden behind the mirror box.
            Impairment: disrupted R hand body map, slow and inaccurate laterality for the R hand, guarding.
            Measures: L/R judgement R hand 68 % accurate at 2.9 sec per card (52 % at eval).
            Completed by: Tove Lindqvist, PT, DPT, NCS
            EPISODE B: R knee OA    ICD-10: M17.11
            Timed: 97110 ▸ 15 min
            Interventions: recumbent bike, SAQ 3 lb 3x15, sit-to-stand 3x10, step-ups 4 inch 3x10.
            Impairment: R quad weakness, slow getting out of the low couch.
            Completed by: Rosalind Kivela, PTA
            """,
            ["G90.511", "S52.501D", "M17.11"], [PT("97112", 22), PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // TRMC Paducah neck and balance, deficits stated as findings: "she can't turn her head far enough to back out of the carport" (97140) and "her feet don't tell her where the floor is in the dark hallway — she sways and reaches for the wall" (97112); one-on-one; glides and foam work; rotation degrees, Romberg on foam seconds; minutes match: passes.
        ["v4-h131-trmc-feet-dont-tell-her-where-the-floor-is"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Juanita Moberly. Naomi Achterberg, PT, DPT — 1:1 whole visit.
            PROBLEM #1 — Neck (M47.812)
              97140 — 11 min: C4-5 and C5-6 rotation mobilizations grade III L, suboccipital release, STM levator.
              Finding: she can't turn her head far enough to back out of the carport; L rotation 46 degrees.
            PROBLEM #2 — Imbalance with neuropathy (E11.42, R26.81)
              97112 — 23 min: foam stance eyes closed with light touch fading off, rocker board A/P, tandem walking on the carpet strip.
              Finding: her feet don't tell her where the floor is in the dark hallway — she sways and reaches for the wall.
              Measures: Romberg on foam eyes closed 8 sec; rocker A/P 11 sec.
            """,
            ["M47.812", "E11.42", "R26.81"], [PT("97140", 11), PT("97112", 23)], []),

        // SCMH post-op shoulder and balance: "can't get the R arm into her parka sleeve" (97110) and "steps off the line whenever she turns around at the end of the ore-dock rail" (97112, postural control on turns); one-on-one; doses; turning steps and FGA; minutes match: passes.
        ["v4-h131-scmh-parka-sleeve-and-ore-dock-turns"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Bettina Ojala
            EPISODE A: R proximal humerus fracture, 8 wks    ICD-10: S42.201D
            Timed: 97110 ▸ 15 min
            Interventions: AAROM flexion with the wand 2x15, table slides 2x15, isometric ER 10 x 5 sec holds, scapular squeezes 2x15.
            Finding: she can't get the R arm into her parka sleeve; flexion 105 degrees.
            EPISODE B: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: walking and turning 180 degrees on cue, tandem turns along the tape line, perturbations at the pelvis during the turn.
            Finding: she steps off the line whenever she turns around at the end of the ore-dock rail; turning is slow and in many small steps.
            Measures: 180-degree turn in 6 steps (9 at eval); FGA 20/30.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["S42.201D", "R26.81"], [PT("97110", 15), PT("97112", 23)], []),

        // QHPT pelvic floor and hip: "she leaks when she lifts the grandbaby or sneezes — the pelvic floor fires after the pressure, not before" (timing) and "R hip aches climbing into the pickup" (97110); one-on-one; the knack and sEMG; PERFECT numbers; doses; minutes match: passes.
        ["v4-h131-qhpt-leaks-lifting-the-grandbaby"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT — one-on-one in the private room.
            Referral A (Dr. Lavoie): stress urinary incontinence (N39.3) — 97112 — 23 min
            The knack before a cough and a mock sneeze, lifting a weighted doll from the floor with the pelvic floor set first, sEMG feedback in standing.
            What we're treating: she leaks when she lifts the grandbaby or sneezes — the pelvic floor fires after the pressure, not before.
            Today: PERFECT 3/6/7/8; sEMG peak 21 µV; 4 of 5 coughs with the knack timed first.
            Referral B (Dr. Okafor): R hip OA (M16.11) — 97110 — 15 min
            Sidelying hip abduction 3x12, bridges 3x15, step-ups 6 inch 3x10.
            What we're treating: R hip aches climbing into the pickup; weak R glute med.
            """,
            ["N39.3", "M16.11"], [PT("97112", 23), PT("97110", 15)], []),

        // TRMC Murray vestibular and knee: "veers to the L when he looks out at the river from the bridge walk" and "knee gives way stepping down off the towboat deck"; one-on-one; gaze work and step-downs; DGI and DVA, doses; minutes match: passes.
        ["v4-h131-trmc-veers-looking-at-the-river"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Dewey Stubblefield. Lionel Fairweather, PT. Individual session, no one else on my schedule in that hour.
            PROBLEM #1 — Dizziness after vestibular neuritis (H81.22)
              97112 — 22 min
              X1 viewing walking, head turns while walking toward a target, standing on foam tracking a moving target.
              Finding: veers to the L when he looks out at the river from the bridge walk; L vestibular hypofunction.
              Measures: DGI 17/24; DVA lost 3 lines.
            PROBLEM #2 — R knee, patellofemoral pain (M22.2X1)
              97110 — 15 min
              Eccentric step-downs 4 inch 3x10, wall sits 3 x 30 sec, hip abduction with the band 3x15.
              Finding: the R knee gives way stepping down off the towboat deck; weak R quad and glute med.
            """,
            ["H81.22", "M22.2X1"], [PT("97112", 22), PT("97110", 15)], []),

        // QHPT granite carver: cervical radiculopathy "his R hand goes numb holding the pneumatic chisel" (97140) and a foot drop "his L foot slaps on the shed floor and catches on the pallet edges" (97116); glides and traction, gait with the AFO; grip and distance with assist; minutes match: passes.
        ["v4-h131-qhpt-granite-carver-chisel-and-foot-slap"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: cervical radiculopathy (Dr. Okafor; M54.12) — 97140 — 12 min
            Manual cervical traction in supine held 10 x 10 sec, C6-7 lateral glides grade III R, STM to the R scalenes.
            Finding: his R hand goes numb holding the pneumatic chisel after an hour; R grip 62 lb (L 88 lb).
            Re: L foot drop after L5 radiculopathy (Dr. Bell; M21.372) — 97116 — 24 min
            Gait training with the new L AFO on the clinic floor, the gravel lot and the ramp; cues for L hip and knee flexion in swing and heel first.
            Finding: his L foot slaps on the shed floor and catches on the pallet edges.
            Today: 600 ft with the AFO, no device, supervision; ramp with SBA.
            """,
            ["M54.12", "M21.372"], [PT("97140", 12), PT("97116", 24)], []),

        // SCMH Parkinson's and low back: "freezes in the doorway of the sauna and in the church aisle" (97112) and "back locks up after shovelling the first half of the drive" (97110); one-on-one; visual cue stepping, turns; freezing count and TUG; doses; minutes match: passes.
        ["v4-h131-scmh-freezes-in-the-sauna-doorway"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Toivo Rantanen
            EPISODE A: Parkinson's disease    ICD-10: G20.A1
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: stepping over tape lines through the doorway with a metronome beat, weight shift before step initiation, 360-degree turns with big steps.
            Finding: he freezes in the doorway of the sauna and in the church aisle; start hesitation, small steps turning.
            Measures: TUG 15.6 sec; froze 2 of 10 doorway passes (7 of 10 at eval).
            EPISODE B: Low back pain    ICD-10: M54.50
            Timed: 97110 ▸ 15 min
            Interventions: hip hinge with the dowel 3x10, bridges 3x12, dead bug 2x10, sit-to-stand 3x10.
            Finding: his back locks up after shovelling the first half of the drive; weak hip extensors and trunk.
            Completed by: Gabe Niemi, PT
            """,
            ["G20.A1", "M54.50"], [PT("97112", 24), PT("97110", 15)], []),

        // TRMC Mayfield knee and ankle: "knee swells after a day on the tobacco-barn ladder" (97110) and "the L ankle rolls on the uneven barn floor, she can't stand on that foot with her eyes shut" (97112); one-on-one; doses and SLS seconds; minutes match: passes.
        ["v4-h131-trmc-tobacco-barn-ladder-and-ankle"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Reba Gholson. Brandi Oyelaran, PTA (supervising PT: L. Fairweather)
            PROBLEM #1 — R knee OA (M17.11)
              97110 — 15 min
              Leg press 50 lb 3x12, SAQ 3 lb 3x15, step-ups 6 inch 3x10.
              Finding: the R knee swells after a day on the tobacco-barn ladder; R quad weakness.
            PROBLEM #2 — L ankle instability (S93.402D)
              97112 — 23 min
              One-on-one, Brandi and Reba only in the side gym.
              Rocker board M/L, SLS on the foam with ball catches, hop-and-stick onto the foam square.
              Finding: the L ankle rolls on the uneven barn floor, she can't stand on that foot with her eyes shut.
              Measures: SLS L eyes closed 4 sec; 6 of 10 hop-and-sticks held.
            """,
            ["M17.11", "S93.402D"], [PTA("97110", 15), PTA("97112", 23)], []),

        // SCMH OT and PT: OT's "can't button her cardigan or hold the cribbage pegs" (97530) and PT's "drifts toward the R when she walks in the snowbank-lined path" (97112); one-on-one on the PT block; fine-motor tasks with counts; Berg and walking-with-head-turns; minutes match: passes.
        ["v4-h131-scmh-cribbage-pegs-and-drift"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Ruth Pellinen
            EPISODE A (OT): L hemiparesis after R CVA    ICD-10: I69.352
            Timed: 97530 ▸ 22 min
            Interventions: buttoning on the board and then her own cardigan, placing and removing cribbage pegs, picking coins out of a dish and sliding them into a slot.
            Finding: she can't button her cardigan or hold the cribbage pegs with the L hand.
            Measures: buttoned 5 of 6 with extra time; 15 pegs placed with the L hand.
            Completed by: Marit Salo, OTR/L
            EPISODE B (PT): Balance after R CVA    ICD-10: I69.352, R26.89
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: walking with head turns along the tape line, lateral weight shifts onto the L with tapping, foam stance with eyes closed.
            Finding: she drifts toward the R when she walks the snowbank-lined path; poor L weight acceptance.
            Measures: Berg 44/56; stayed within the 12 inch path 8 of 10 passes.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["I69.352", "R26.89"], [OT("97530", 22), PT("97112", 22)], []),

        // QHPT balance referral with "Deficit: same as last visit" and the shoulder referral discharged to HEP last week; nothing names a deficit, system or body region today: deficit missing; one-on-one, techniques and Berg present.
        ["v4-h131-qhpt-same-as-last-visit"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: referral 1 (Dr. Bell) — 97112 — 23 min
            One-on-one with Mr. Gilbert, start to finish.
            Tx: perturbations on the foam pad in narrow stance, stepping over the hurdle row, tandem walking with a stop on cue.
            Deficit: same as last visit.
            Today: Berg 47/56; TUG 11.6 sec.
            Re: referral 2 (Dr. Okafor) — discharged to HEP last week.
            """,
            ["R26.81", "M75.41"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SCMH balance block with "Impairment: see POC" and the second episode not treated today; headings carry no problem name: deficit missing; one-on-one, techniques and CTSIB present.
        ["v4-h131-scmh-impairment-see-poc"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Hakala
            EPISODE A (POC cert thru 01/15/2027)
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board A/P, foam stance with ball toss, stepping over the cones with a stop on cue.
            Impairment: see POC.
            Measures: CTSIB condition 4 at 16 sec; Berg 45/56.
            EPISODE B (POC cert thru 02/02/2027)
            Not treated today — pt short on time.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M54.50"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TRMC balance section with "Impairment: pt states she feels better" (a report, not a deficit), the knee plan of care on hold pending an injection: deficit missing; one-on-one, techniques and Mini-BESTest present.
        ["v4-h131-trmc-impairment-feels-better"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Glenda Wurth. Naomi Achterberg, PT, DPT
            PROBLEM #1
              97112 — 24 min
              1:1, Naomi and Glenda, nobody else in the small gym.
              Perturbations at the pelvis in semi-tandem, rocker board eyes closed, stepping over the cane row.
              Impairment: pt states she feels better.
              Measures: Mini-BESTest 20/28; 7 of 10 perturbations without a step.
            PROBLEM #2
              On hold — knee injection with Tri-Rivers Orthopaedics on Friday.
            """,
            ["R26.81", "M17.12"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SCMH single-region day of a two-episode patient whose impairment line reads "no new impairments": nothing names a deficit, system or region; the other episode seen by the OT another day: deficit missing; one-on-one, techniques and measures present.
        ["v4-h131-scmh-no-new-impairments"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Oiva Kauppila
            EPISODE A (PT)
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: tandem walking on the foam beam, perturbations while reaching to the shelf, stepping to the floor targets.
            Impairment: no new impairments.
            Measures: FGA 21/30; tandem on the beam 14 steps without stepping off.
            EPISODE B (OT)
            Seen by OT Thursday.
            Completed by: Rosalind Kivela, PTA
            """,
            ["R26.81", "I69.351"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form

        // TRMC Paducah neck and balance measures in the clinic's forms: cervical rotation by inclinometer "R 54° / L 61°" for the 97140, "Berg 45/56 (↑ from 38)" and "4-stage: stage 3 held 10 s" for the 97112; one-on-one; minutes match: passes.
        ["v5-h131-trmc-inclinometer-and-berg-arrow"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Imogene Dowdy. Naomi Achterberg, PT, DPT, OCS. 1:1 entire session.
            PROBLEM #1 — Cervicalgia (M54.2)
              97140 — 10 min
              Upper cervical flexion mobilization, C3-4 unilateral PA glides grade III R, STM suboccipitals.
              Impairment: R cervical rotation limited, headache reading the hymnal.
              Measures: cervical rotation (inclinometer) R 54° / L 61° after.
            PROBLEM #2 — Falls (R29.6, Z91.81)
              97112 — 24 min
              Lateral stepping over the foam beam, perturbations in tandem, reaching out of base of support to the shelf.
              Impairment: narrow limits of stability and a late stepping strategy.
              Measures: Berg 45/56 (↑ from 38); 4-stage: stage 3 held 10 s.
            """,
            ["M54.2", "R29.6", "Z91.81"], [PT("97140", 10), PT("97112", 24)], []),

        // SCMH knee and balance with pound-sign loads ("SAQ 3# 3×15"), "5xSTS 13.9 s" and "SLS L 7 s / R 15 s"; one-on-one; minutes match: passes.
        ["v5-h131-scmh-pound-signs-and-5xsts"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Marvin Jarvi
            EPISODE A: L TKA, 11 wks    ICD-10: Z96.652, Z47.1
            Timed: 97110 ▸ 16 min
            Interventions: SAQ 3# 3×15, LAQ 3# 3×15, mini squats 3×10, step-ups 6" 3×10.
            Impairment: L quad weakness, knee flexion 112°.
            EPISODE B: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: SLS at the counter with ball taps, foam tandem, lateral perturbations.
            Impairment: L stance postural control, hip strategy only.
            Measures: 5xSTS 13.9 s; SLS L 7 s / R 15 s.
            Completed by: Gabe Niemi, PT
            """,
            ["Z96.652", "Z47.1", "R26.81"], [PT("97110", 16), PT("97112", 22)], []),

        // QHPT gait and vestibular measures: "gait speed 0.92 m/s", "2MWT 410 ft" and "ramp SBA" for the 97116, "DVA: lost 3 lines" and "FGA 22/30" for the 97112; one-on-one; minutes match: passes.
        ["v5-h131-qhpt-gait-speed-2mwt-and-dva"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT — 1:1, both referrals.
            Re: gait after L TKA (Dr. Okafor; Z96.652) — 97116 — 15 min
            Gait training without the cane on the clinic loop and the ramp, cues for L heel strike and knee extension at terminal swing.
            Deficit: short L stance and a stiff-knee gait.
            Today: gait speed 0.92 m/s; 2MWT 410 ft no device; ramp SBA.
            Re: dizziness (Dr. Bell; H81.21) — 97112 — 23 min
            X1 viewing on foam, walking with head turns while counting backward, habituation to quick turns.
            Deficit: R vestibular hypofunction, unsteady turning in the State Street crosswalk.
            Today: FGA 22/30; DVA lost 3 lines (5 at eval).
            """,
            ["Z96.652", "H81.21"], [PT("97116", 15), PT("97112", 23)], []),

        // TRMC Murray low back and balance: "TUG-cog 16.2 s" and "mCTSIB EO firm 30 / EC firm 30 / EO foam 30 / EC foam 12 (s)" for the 97112, "grade IV PA oscillations L4, 3 bouts x 30 s" for the 97140; one-on-one; minutes match: passes.
        ["v5-h131-trmc-tug-cog-and-mctsib-row"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Cletus Hargrove. Lionel Fairweather, PT. One-on-one throughout.
            PROBLEM #1 — Imbalance (R26.81)
              97112 — 23 min
              Foam stance eyes closed, walking with a dual task (naming Kentucky counties), perturbations in tandem.
              Impairment: poor somatosensory and vestibular use, loses balance when talking and walking.
              Measures: TUG-cog 16.2 s; mCTSIB EO firm 30 / EC firm 30 / EO foam 30 / EC foam 12 (s).
            PROBLEM #2 — Low back pain (M54.50)
              97140 — 12 min
              Central PA oscillations L4 grade IV, 3 bouts x 30 s; STM to the R QL.
              Impairment: L4 hypomobility, stiff stooping to the boat trailer hitch.
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97140", 12)], []),

        // SCMH pelvic-floor and back episodes by two clinicians: anorectal manometry squeeze "18 mmHg above rest" and "8 of 10 quick contractions on the sEMG" for the 97112, doses for the 97110 (PTA); one-on-one; minutes match: passes.
        ["v5-h131-scmh-pelvic-manometry-and-back"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Ardith Wiitala
            EPISODE A: Fecal incontinence    ICD-10: R15.9
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: sEMG-guided anal sphincter and pelvic floor coordination training, urge-resistance drills, quick and sustained contractions in sitting.
            Impairment: weak and poorly coordinated external anal sphincter, can't sustain a contraction through an urge.
            Measures: manometry squeeze 18 mmHg above rest; 8 of 10 quick contractions on the sEMG.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            EPISODE B: Low back pain    ICD-10: M54.50
            Timed: 97110 ▸ 15 min
            Interventions: pelvic tilts 2x15, bridges 3x12, bird dog 2x10, side-lying clams with the red band 3x12.
            Impairment: weak lumbar stabilizers and hip abductors.
            Completed by: Rosalind Kivela, PTA
            """,
            ["R15.9", "M54.50"], [PT("97112", 22), PTA("97110", 15)], []),

        // QHPT ankle and hip with "Y-balance anterior L 58 cm / R 66 cm" for the 97112 and "clamshells blue band 3 x 15, monster walks 4 laps of the gym" for the 97110; one-on-one; minutes match: passes.
        ["v5-h131-qhpt-y-balance-and-laps"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — one-on-one for the visit.
            Re: L chronic ankle instability (Dr. Bell; M25.372) — 97112 — 22 min
            Star excursion reaches on the L, hop-and-stick onto the foam, rocker board with ball catches.
            Deficit: L ankle proprioception and peroneal timing, rolls it on the snowmobile trail.
            Today: Y-balance anterior L 58 cm / R 66 cm; 7 of 10 hop-and-sticks held.
            Re: L hip, glute tendinopathy (Dr. Okafor; M76.02) — 97110 — 15 min
            Clamshells blue band 3 x 15, monster walks 4 laps of the gym, side-lying abduction isometric 5 x 30 sec.
            Deficit: L glute med weakness, lateral hip pain lying on that side.
            """,
            ["M25.372", "M76.02"], [PT("97112", 22), PT("97110", 15)], []),

        // SCMH shoulder and balance with the measures in a "Last | Today" row for each episode ("Flexion 110° | 128°", "Berg 41 | 46"); one-on-one; minutes match: passes.
        ["v5-h131-scmh-last-today-rows"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Fern Laitinen
            EPISODE A: R shoulder, RCR 14 wks    ICD-10: Z47.89, M75.121
            Timed: 97110 ▸ 15 min
            Interventions: standing flexion with 1 lb to shoulder height 3x10, ER with the red band 3x12, rows 3x12.
            Impairment: weak R cuff, can't lift the roaster into the oven.
            Measures (Last | Today): flexion 110° | 128°; ER 40° | 52°.
            EPISODE B: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations in tandem, stepping over hurdles with head turns, foam stance reaching.
            Impairment: delayed stepping reaction, postural control.
            Measures (Last | Today): Berg 41 | 46; TUG 15.2 s | 12.8 s.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["Z47.89", "M75.121", "R29.6"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC 97112 + 97116 with "Measures: looked steadier today, daughter agrees" on the balance and "SBA in the hall with the cane" on the gait (an assistance level, a measure for 97116), no number but codes and minutes: measure missing on the 97112 only.
        ["v5-h131-trmc-looked-steadier-daughter-agrees"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Alta Pigg. Lionel Fairweather, PT. 1:1 the whole time; her daughter sat in.
            PROBLEM #1 — Balance
              97112 — 23 min
              Foam stance with head turns, perturbations in semi-tandem, stepping over the cane.
              Impairment: poor postural control and a late stepping reaction.
              Measures: looked steadier today, daughter agrees.
            PROBLEM #2 — Gait after hip fracture
              97116 — 15 min
              Gait training with the straight cane in the hall and over the threshold strips, cues for a longer L step.
              Impairment: short L step and an antalgic gait.
              Measures: SBA in the hall with the cane.
            """,
            ["R26.81", "S72.002D"], [PT("97112", 23), PT("97116", 15)], [At(Measure, "97112")]),

        // SCMH neck and balance with no number in the note but codes and minutes: "Measures: improving" and the 97140 with no grade, dose or range — measure missing on both; one-on-one, techniques and deficits present.
        ["v5-h131-scmh-measures-improving-both"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Helvi Koskinen
            EPISODE A: Neck pain
            Timed: 97140 ▸ 11 min
            Interventions: suboccipital release, cervical lateral glides, STM to the upper trap and levator.
            Impairment: stiff neck on the R, headaches at the end of her shift.
            Measures: improving.
            EPISODE B: Imbalance
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, foam tandem, perturbations at the shoulders.
            Impairment: impaired proprioception in both ankles.
            Measures: improving.
            Completed by: Gabe Niemi, PT
            """,
            ["M54.2", "R26.81"], [PT("97140", 11), PT("97112", 23)], [At(Measure, "97140"), At(Measure, "97112")]),

        // QHPT balance referral with "Berg: deferred, pt tired from the drive" and the knee referral on hold; no number but code and minutes: measure missing; one-on-one, techniques, deficit present.
        ["v5-h131-qhpt-berg-deferred"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: balance (Dr. Bell) — 97112 — 22 min
            Just me and Mrs. Bisson the whole time.
            Tx: perturbations on the foam, tandem walking with head turns, stepping to the floor targets.
            Deficit: impaired proprioception in both feet, she looks down at her feet to walk.
            Berg: deferred, pt tired from the drive.
            Re: knee (Dr. Okafor) — on hold until she sees him.
            """,
            ["R26.81", "E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SCMH OT 97530 and PT 97112 both described with no number but codes and minutes ("better than last week", "doing well with it") — measure missing on both; one-on-one on the PT block; techniques and deficits present.
        ["v5-h131-scmh-ot-and-pt-better-than-last-week"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Impi Rajala
            EPISODE A (OT): R hand weakness after stroke
            Timed: 97530 ▸ 22 min
            Interventions: opening jars, wringing a dishcloth, carrying a plate from the counter to the table.
            Impairment: weak R grip, drops things.
            Measures: better than last week.
            Completed by: Marit Salo, OTR/L
            EPISODE B (PT): Balance after stroke
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: half-kneel rhythmic stabilization, weight shifts onto the R with tapping, foam stance with eyes closed.
            Impairment: poor trunk postural control and R weight acceptance.
            Measures: doing well with it.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["I69.331", "I69.351"], [OT("97530", 22), PT("97112", 23)], [At(Measure, "97530"), At(Measure, "97112")]),

        // TRMC gait section only billed, the neck plan of care on hold: "Distance: not measured today   Assist: ____" and no number but code and minutes: measure missing on the 97116; technique and deficit present.
        ["v5-h131-trmc-gait-distance-not-measured"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Orville Shemwell. Brandi Oyelaran, PTA
            PROBLEM #1 — Gait
              97116 — 22 min
              Gait training with the rolling walker to the straight cane in the hall, cues for heel strike and an even step length.
              Impairment: short R step and a shuffling pattern after the R THA.
              Distance: not measured today   Assist: ____
            PROBLEM #2 — Neck
              On hold, sees Tri-Rivers Pain Management next week.
            """,
            ["Z96.641", "M54.2"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, missing separate time

        // TRMC Epic note whose per-code minutes are in a "Timed codes:" line at the foot ("97112  24 min | 97110  15 min"), the sections above carrying no minutes; one-on-one; both sections complete: passes.
        ["v6-h131-trmc-timed-codes-line-at-the-foot"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Ozella Fentress. Naomi Achterberg, PT, DPT. One-to-one throughout.
            PROBLEM #1 — Imbalance (R26.81)
              NMR: perturbations on the Airex, tandem walking with head turns, stepping over the cane row.
              Impairment: postural sway and a slow stepping reaction.
              Measures: Berg 43/56; 6 of 10 perturbations without a step.
            PROBLEM #2 — R knee OA (M17.11)
              TE: sit-to-stand 3x10, SAQ 3 lb 3x15, heel raises 3x15.
              Impairment: R quad and calf weakness.
            Timed codes: 97112  24 min | 97110  15 min
            """,
            ["R26.81", "M17.11"], [PT("97112", 24), PT("97110", 15)], []),

        // SCMH clock ranges on each code's line ("97112 ▸ 10:02–10:25", "97140 ▸ 10:25–10:37"), 23 and 12 match; one-on-one; both episodes complete: passes.
        ["v6-h131-scmh-clock-ranges-per-code"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Wilho Pesola
            EPISODE A: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 10:02–10:25
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, perturbations in tandem, walking with head turns on the carpet.
            Impairment: impaired ankle proprioception and postural control.
            Measures: FGA 18/30; rocker 13 sec.
            EPISODE B: Low back    ICD-10: M54.50
            Timed: 97140 ▸ 10:25–10:37
            Interventions: L4-5 central PA glides grade III, STM to the paraspinals, prone hip extension stretch.
            Impairment: stiff lumbar extension, back catches lifting wood into the sauna stove.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M54.50"], [PT("97112", 23), PT("97140", 12)], []),

        // QHPT dotted leaders ("97110 ........ 16 mins", "97112 ........ 22 mins"); one-on-one; both referrals complete: passes.
        ["v6-h131-qhpt-dotted-leaders"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — seen 1:1 the whole visit.
            97110 ........ 16 mins — Referral A (Dr. Okafor): L TKA (Z96.652)
              Step-ups 6 inch 3x10, TKE green band 3x15, bike level 4, leg press 60 lb 3x12.
              Deficit: L quad weakness, can't carry the sap buckets down the sugarhouse step.
            97112 ........ 22 mins — Referral B (Dr. Bell): imbalance (R26.81)
              Perturbations in semi-tandem, foam stance with ball toss, stepping over hurdles with a stop on cue.
              Deficit: late stepping reaction and postural sway.
              Today: Berg 46/56; TUG 11.9 sec.
            """,
            ["Z96.652", "R26.81"], [PT("97110", 16), PT("97112", 22)], []),

        // TRMC one 97110 line shared by the neck and the knee, its minutes written once for both regions ("97110 (both problems) — 24 min"); each region's exercises with doses and deficits: passes.
        ["v6-h131-trmc-one-code-shared-by-two-regions"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Vida Lassiter. Lionel Fairweather, PT
            97110 (both problems) — 24 min
            PROBLEM #1 — Neck (M54.2): chin tucks 2x15, prone rows 3x12, wall angels 2x10.
              Impairment: forward head, weak deep neck flexors, neck aches at the sewing machine.
            PROBLEM #2 — L knee OA (M17.12): sit-to-stand 3x10, step-ups 4 inch 3x10, SAQ 3 lb 3x15.
              Impairment: L quad weakness, slow climbing the bleachers at the Murray State games.
            """,
            ["M54.2", "M17.12"], [PT("97110", 24)], []),

        // SCMH three codes by a PT and a PTA with the minutes in capitals in each block's heading ("97112 NEUROMUSCULAR RE-ED — 23 MIN", "97110 THER EX — 15 MIN", "97116 GAIT — 10 MIN"); one-on-one; all complete: passes.
        ["v6-h131-scmh-three-headings-in-capitals"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Wainio
            97112 NEUROMUSCULAR RE-ED — 23 MIN (EPISODE A: balance, R26.81; T. Lindqvist PT)
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Perturbations on foam, tandem with head turns, stepping to targets. Impairment: postural control, late step. Measures: Berg 44/56.
            97110 THER EX — 15 MIN (EPISODE B: R THA, Z96.641; R. Kivela PTA)
            Bridges 3x12, standing abduction 2 lb 3x12, step-ups 4 inch 3x10. Impairment: R hip abductor weakness.
            97116 GAIT — 10 MIN (EPISODE B; R. Kivela PTA)
            Gait training with the cane on the hall and the ramp, cues for an even step. Impairment: short L step. 400 ft SBA.
            """,
            ["R26.81", "Z96.641"], [PT("97112", 23), PTA("97110", 15), PTA("97116", 10)], []),

        // QHPT summary sentence with the minutes after each description ("neuromuscular re-education (97112) 22 minutes; manual therapy (97140) 12 minutes"); one-on-one; both referrals complete: passes.
        ["v6-h131-qhpt-minutes-after-descriptions"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT. One-on-one.
            Balance (Dr. Bell): rocker board M/L with eyes closed, lateral pushes in narrow stance, step-and-stick onto foam. Deficit: ankle proprioception both sides after the neuropathy set in. Today: rocker M/L 9 sec; SLS R 5 sec, L 7 sec.
            Neck (Dr. Okafor): C5-6 unilateral PA glides grade III L, suboccipital release. Deficit: L cervical rotation 50 degrees, can't see the blind spot pulling out of the quarry road.
            Billed: neuromuscular re-education (97112) 22 minutes; manual therapy (97140) 12 minutes.
            """,
            ["G62.9", "M54.2"], [PT("97112", 22), PT("97140", 12)], []),

        // SCMH OT and PT minutes in words ("97530: twenty-two minutes", "97112: twenty-three minutes"); one-on-one on the PT block; both complete: passes.
        ["v6-h131-scmh-minutes-in-words"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Saima Luoma
            EPISODE A (OT): L shoulder after RCR    ICD-10: Z47.89, M75.122
            97530: twenty-two minutes
            Reaching to put dishes in the upper cupboard, hanging towels on the line, carrying a laundry basket to the dryer.
            Impairment: L shoulder weakness, can't reach the top shelf.
            Measures: 12 dishes shelved at shoulder height; basket carried 3 times with SBA.
            Completed by: Marit Salo, OTR/L
            EPISODE B (PT): Dizziness    ICD-10: H81.22
            97112: twenty-three minutes
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            X1 viewing standing on foam, walking with head turns, habituation to bending.
            Impairment: L vestibular hypofunction.
            Measures: DGI 18/24.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["Z47.89", "M75.122", "H81.22"], [OT("97530", 22), PT("97112", 23)], []),

        // TRMC minutes with the units beside them ("97112 — 23 min (2u)", "97110 — 15 min (1u)"), correct under the 8-minute rule; one-on-one; both sections complete: passes.
        ["v6-h131-trmc-minutes-with-units"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Ferrell Darnall. Lionel Fairweather, PT — 1:1, just him and me.
            PROBLEM #1 — Unsteadiness (R26.81)
              97112 — 23 min (2u)
              Rocker board, foam stance eyes closed, perturbations in tandem.
              Impairment: impaired proprioception in both feet.
              Measures: rocker 10 sec; CTSIB condition 4 at 11 sec.
            PROBLEM #2 — R shoulder impingement (M75.41)
              97110 — 15 min (1u)
              Prone Y and T 2x10, ER with the red band 3x12, rows 3x12.
              Impairment: weak R lower trap and cuff.
            """,
            ["R26.81", "M75.41"], [PT("97112", 23), PT("97110", 15)], []),

        // TRMC balance section "97112 — 35 min" on a 23-minute line: mismatch on 97112; the knee 97110 matches; both complete.
        ["v6-h131-trmc-35-on-23"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Lavada Gream. Naomi Achterberg, PT, DPT — one-on-one.
            PROBLEM #1 — Falls (R29.6)
              97112 — 35 min
              Perturbations on the foam, stepping strategy drills to the clock, tandem walking with head turns.
              Impairment: late stepping reaction, postural control.
              Measures: Berg 42/56; 5 of 10 perturbations with one step.
            PROBLEM #2 — L knee OA (M17.12)
              97110 — 15 min
              Mini squats 3x10, step-ups 4 inch 3x10, SAQ 3 lb 3x15.
              Impairment: L quad weakness.
            """,
            ["R29.6", "M17.12"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // SCMH clock range on the 97110 line ("10:20–10:50", thirty minutes) on a 15-minute line: mismatch on 97110; the 97112's "23 min" matches; both complete.
        ["v6-h131-scmh-clock-range-30-on-15"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Ilmari Suomela
            EPISODE A: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance with head turns, perturbations at the pelvis, hurdle stepping.
            Impairment: postural control, sways with eyes closed.
            Measures: FGA 19/30.
            EPISODE B: R shoulder    ICD-10: M75.41
            Timed: 97110 ▸ 10:20–10:50
            Interventions: rows 3x12, ER with the red band 3x12, wall slides 2x10.
            Impairment: weak R cuff and scapular stabilizers.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M75.41"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97110")]),

        // QHPT PTA's knee section "97110 — 28 min" on a 16-minute line: mismatch on 97110; the PT's 97112 matches; both complete.
        ["v6-h131-qhpt-pta-28-on-16"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Re: R TKA (Z96.651) — T. Lamoureux, PTA — 97110 — 28 min
            Bike level 4, step-ups 6 inch 3x10, TKE green band 3x15, leg press 70 lb 3x12.
            Deficit: R quad weakness, knee flexion 112 degrees.
            Re: balance (R26.81) — J. Pelletier, PT — 97112 — 22 min
            One-on-one, I took her for this part.
            Perturbations on the foam, tandem with head turns, stepping to targets.
            Deficit: postural control and a late stepping reaction.
            Today: Berg 47/56.
            """,
            ["Z96.651", "R26.81"], [PTA("97110", 16), PT("97112", 22)], [At(Mismatch, "97110")]),

        // QHPT two referrals with only a visit total ("Both referrals today, 38 min total") and no minutes for either code: separate time missing; both complete.
        ["v6-h131-qhpt-visit-total-only"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT — seen 1:1 the whole visit. Both referrals today, 38 min total.
            Referral A (Dr. Bell): 97112 — perturbations in tandem, foam stance with head turns, hurdle stepping. Deficit: postural control. Today: FGA 20/30.
            Referral B (Dr. Okafor): 97110 — bridges 3x12, clamshells 3x15, sit-to-stand 3x10. Deficit: R hip weakness.
            """,
            ["R26.81", "M16.11"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // SCMH PT's 97112 with minutes and the OT's episode "97530 — see OT note" (its minutes in another document): separate time missing; both complete.
        ["v6-h131-scmh-ot-minutes-see-ot-note"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lorna Hiltunen
            EPISODE A (PT): Balance after stroke    ICD-10: I69.351
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: step-and-stick on foam, weight shifts with tapping, half-kneel rhythmic stabilization.
            Impairment: R weight acceptance and trunk control.
            Measures: Berg 41/56.
            EPISODE B (OT): R hand    ICD-10: I69.331
            Timed: 97530 ▸ see OT note
            Interventions: jar opening, folding towels standing, carrying a plate.
            Impairment: weak R grip.
            Measures: 5 jars with set-up.
            """,
            ["I69.351", "I69.331"], [PT("97112", 23), OT("97530", 22)], [SepTime]),

        // TRMC one 97110 line shared by neck and knee written "97110 (neck and knee) — 30 min" on an 18-minute line: mismatch; both regions complete.
        ["v6-h131-trmc-shared-code-30-on-18"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Nadine Cope. Brandi Oyelaran, PTA
            97110 (neck and knee) — 30 min
            PROBLEM #1 — Neck (M54.2): chin tucks 2x15, rows 3x12, scapular squeezes 2x15. Impairment: weak deep neck flexors, forward head.
            PROBLEM #2 — R knee (M17.11): sit-to-stand 3x10, SAQ 3 lb 3x15. Impairment: R quad weakness.
            """,
            ["M54.2", "M17.11"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // SCMH minutes swapped between the two episodes ("97112 ▸ 15 min", "97110 ▸ 25 min") on lines of 25 and 15: mismatch on both; both complete.
        ["v6-h131-scmh-minutes-swapped"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Taisto Kangas
            EPISODE A: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 15 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, foam tandem, perturbations.
            Impairment: impaired proprioception.
            Measures: Berg 45/56.
            EPISODE B: L knee OA    ICD-10: M17.12
            Timed: 97110 ▸ 25 min
            Interventions: leg press 60 lb 3x12, step-ups 6 inch 3x10, bike level 3.
            Impairment: L quad weakness.
            Completed by: Gabe Niemi, PT
            """,
            ["R26.81", "M17.12"], [PT("97112", 25), PT("97110", 15)], [At(Mismatch, "97112"), At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit (balance and neck) with diagnoses: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h131-empty-note-balance-and-neck"] = new(
            "",
            ["R26.81", "M54.2"], [PT("97112", 23), PT("97140", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of spaces and line breaks only on a PTA's two-code visit (knee exercise and gait) with a diagnosis: note missing on each line only.
        ["v7-h131-whitespace-only-pta-two-codes"] = new(
            "   \n\n    \n",
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 15)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // An empty note on a single 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h131-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 24)], [At(NoteMissing, "97112"), Dx]),

        // The contract's meanings for 97530 and 97140 on a TRMC two-problem note: floor-to-stand, lifting the quilt frame's rails and carrying a laundry basket with counts, distance and assist (97530); GH glides grade III and STM with ER degrees (97140); hip and shoulder deficits; minutes match: passes.
        ["v7-h131-trmc-97530-and-97140-meanings"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Hazel Vowell. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Difficulty getting up from the floor, R hip weakness (M62.81)
              97530 — 23 min
              Floor-to-stand through half-kneel with the chair 4x; lifting the quilt-frame rails from the floor to the table 6x; carrying a laundry basket 40 ft 3x.
              Impairment: weak R hip extensors and abductors; she can't get up off the floor of the sewing room without help.
              Measures: floor-to-stand with SBA; basket carried with supervision.
            PROBLEM #2 — R adhesive capsulitis (M75.01)
              97140 — 12 min
              Posterior and inferior GH glides grade III, STM to the R subscapularis and pec minor.
              Impairment: R shoulder ER 28 to 36 degrees after.
            """,
            ["M62.81", "M75.01"], [PT("97530", 23), PT("97140", 12)], []),

        // The contract's meanings for 97116 and 97110 on an SCMH PTA's two-episode note: walker to cane on the hall, the ramp and the curb with distance and assist (97116); hip exercises with doses (97110); gait and hip deficits; minutes match: passes.
        ["v7-h131-scmh-97116-and-97110-meanings"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Wilma Harju
            EPISODE A: Gait after R hip fracture    ICD-10: S72.001D
            Timed: 97116 ▸ 23 min
            Interventions: gait training from the walker to the straight cane on the hall, the ramp to the parking lot and the curb at the entrance; cues for an even step and heel first on the R.
            Impairment: short L step, R Trendelenburg, she's afraid of the icy curb.
            Measures: 300 ft cane CGA; ramp and curb with minimal assist.
            EPISODE B: R hip weakness    ICD-10: M62.81
            Timed: 97110 ▸ 15 min
            Interventions: bridges 3x12, standing abduction 2 lb 3x12, sit-to-stand 3x10.
            Impairment: R glute med and max weakness.
            Completed by: Rosalind Kivela, PTA
            """,
            ["S72.001D", "M62.81"], [PTA("97116", 23), PTA("97110", 15)], []),

        // The contract's meanings for 97110 and 97140 on a QHPT two-referral note: thoracic and shoulder exercises with doses (97110); thoracic PA glides and rib mobilization with rotation degrees (97140); deficits; minutes match: passes.
        ["v7-h131-qhpt-97110-and-97140-meanings"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: R shoulder impingement (Dr. Okafor; M75.41) — 97110 — 16 min
            Prone Y and T 2x12, sidelying ER 2 lb 3x12, serratus wall slides 2x12, rows with the green band 3x15.
            Deficit: weak R lower trap and cuff, pain lifting the granite blocks onto the bench.
            Re: thoracic pain (Dr. Bell; M54.6) — 97140 — 12 min
            Thoracic PA glides T5-8 grade III, R rib 6 and 7 mobilization, STM to the rhomboids.
            Deficit: stiff thoracic rotation, R 30 to 41 degrees after.
            """,
            ["M75.41", "M54.6"], [PT("97110", 16), PT("97140", 12)], []),

        // SCMH shared template sent with every clinical field "per POC" and only the defaults: "Interventions: per POC … Tolerated well. Continue POC." under two episodes with no problem named, minutes for each: nothing named for either code, no one-on-one on the 97112.
        ["v7-h131-scmh-per-poc-both-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE
            EPISODE A
            Timed: 97112 ▸ 23 min
            Interventions: per POC. Tolerated well.
            EPISODE B
            Timed: 97110 ▸ 15 min
            Interventions: per POC. Tolerated well.
            Continue POC.
            """,
            ["R26.81", "M17.12"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // QHPT wholly generic two-referral note: "Both referrals addressed per plan of care. Balance training and therapeutic exercise. Pt tolerated well, no complaints. Continue POC." with minutes for each code: nothing named for either code, no one-on-one.
        ["v7-h131-qhpt-both-referrals-addressed"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Both referrals addressed per plan of care. Balance training and therapeutic exercise. Pt tolerated well, no complaints. Continue POC.
            97112 — 22 min; 97110 — 16 min.
            M. Gagnon, PT
            """,
            ["R26.81", "M54.50"], [PT("97112", 22), PT("97110", 16)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // TRMC three-problem note "PROBLEM #1: addressed. PROBLEM #2: addressed. PROBLEM #3: addressed. Tolerated tx well, see flowsheet." with each code's minutes: nothing named for any code, no one-on-one.
        ["v7-h131-trmc-three-problems-addressed"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Lionel Fairweather, PT
            PROBLEM #1: addressed. 97112 — 23 min
            PROBLEM #2: addressed. 97140 — 10 min
            PROBLEM #3: addressed. 97110 — 15 min
            Tolerated tx well, see flowsheet.
            """,
            ["R26.81", "M54.2", "M17.11"], [PT("97112", 23), PT("97140", 10), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // TRMC Paducah ordinary neck-and-knee day: 97140 with glides and rotation degrees, 97110 with doses; minutes match: passes.
        ["vord-h131-trmc-neck-and-knee"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Virgil Oakley. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — Cervicalgia (M54.2)
              97140 — 11 min
              C5-6 unilateral PA glides grade III R, suboccipital release, STM upper trap.
              Impairment: R cervical rotation 55 to 63 degrees after; neck stiff after driving the grain truck.
            PROBLEM #2 — R knee OA (M17.11)
              97110 — 16 min
              Leg press 70 lb 3x12, step-ups 6 inch 3x10, SAQ 4 lb 3x15, heel raises 3x15.
              Impairment: R quad weakness, slow on the combine ladder.
            """,
            ["M54.2", "M17.11"], [PT("97140", 11), PT("97110", 16)], []),

        // SCMH ordinary post-op shoulder and balance by PTA and PT: doses; one-on-one; Berg and TUG; minutes match: passes.
        ["vord-h131-scmh-shoulder-pta-balance-pt"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Elsie Makinen
            EPISODE A: L RCR, 12 wks    ICD-10: Z47.89, M75.122
            Timed: 97110 ▸ 15 min
            Interventions: sidelying ER 1 lb 3x12, prone rows 3x12, standing flexion to shoulder height 2x10.
            Impairment: L shoulder flexion 130 degrees, weak ER.
            Completed by: Rosalind Kivela, PTA
            EPISODE B: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations at the pelvis in semi-tandem, stepping over the hurdles, foam stance with head turns.
            Impairment: late stepping reaction and postural sway.
            Measures: Berg 45/56; TUG 12.2 sec.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["Z47.89", "M75.122", "R29.6"], [PTA("97110", 15), PT("97112", 23)], []),

        // QHPT ordinary low back and pelvic floor: 97140 with glides and flexion inches, 97112 pelvic floor coordination with sEMG numbers; one-on-one; minutes match: passes.
        ["vord-h131-qhpt-low-back-and-pelvic-floor"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Mireille Gagnon, PT — 1:1 in the private room.
            Re: low back pain (Dr. Okafor; M54.50) — 97140 — 12 min
            Central PA glides L3-5 grade III, STM to the paraspinals and QL.
            Deficit: stiff lumbar flexion, fingertips to 10 inches from the floor (15 last week).
            Re: stress incontinence (Dr. Lavoie; N39.3) — 97112 — 22 min
            Pelvic floor recruitment with the transverse abdominis, the knack before lifting, quick flicks in standing with sEMG feedback.
            Deficit: weak and late pelvic floor contraction with effort.
            Today: sEMG peak 26 µV, holds 8 sec; 5 of 5 lifts with the knack.
            """,
            ["M54.50", "N39.3"], [PT("97140", 12), PT("97112", 22)], []),

        // TRMC Murray ordinary vestibular and shoulder: 97112 gaze work with DGI; 97110 shoulder with doses; one-on-one; minutes match: passes.
        ["vord-h131-trmc-vestibular-and-shoulder"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Inez Rudolph. Lionel Fairweather, PT — one-on-one.
            PROBLEM #1 — Dizziness (H81.23)
              97112 — 23 min
              X1 viewing seated and standing, walking with head turns, habituation to looking up at the shelf.
              Impairment: bilateral vestibular hypofunction, unsteady in the dark.
              Measures: DGI 16/24; mCTSIB foam eyes closed 10 sec.
            PROBLEM #2 — R shoulder impingement (M75.41)
              97110 — 15 min
              Rows 3x12, ER with the red band 3x12, wall slides 2x10.
              Impairment: weak R cuff, pain reaching the top cabinet.
            """,
            ["H81.23", "M75.41"], [PT("97112", 23), PT("97110", 15)], []),

        // SCMH ordinary three-episode visit: 97140 neck, 97110 knee, 97112 balance, each with its minutes; one-on-one; minutes match: passes.
        ["vord-h131-scmh-three-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Kalle Juntunen
            EPISODE A: Neck    ICD-10: M54.2
            Timed: 97140 ▸ 10 min
            Interventions: suboccipital release, C4-5 rotation mobilization grade III, STM levator.
            Impairment: L cervical rotation 48 degrees.
            EPISODE B: L knee OA    ICD-10: M17.12
            Timed: 97110 ▸ 15 min
            Interventions: sit-to-stand 3x10, step-ups 4 inch 3x10, SAQ 3 lb 3x15.
            Impairment: L quad weakness.
            EPISODE C: Balance    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, tandem on foam, perturbations.
            Impairment: impaired proprioception, sways on the snowy path.
            Measures: rocker 12 sec; tandem on foam 8 sec.
            Completed by: Gabe Niemi, PT
            """,
            ["M54.2", "M17.12", "R26.81"], [PT("97140", 10), PT("97110", 15), PT("97112", 23)], []),

        // QHPT ordinary knee and balance, the PTA's knee section thin but complete (one line with doses and a deficit), the PT's balance section full; one-on-one; minutes match: passes.
        ["vord-h131-qhpt-thin-knee-full-balance"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Re: L TKA (Z96.652) — T. Lamoureux, PTA — 97110 — 15 min: bike, step-ups 6 inch 3x10, TKE 3x15 for L quad weakness.
            Re: balance (R26.81, Z91.81) — J. Pelletier, PT — 97112 — 23 min
            One-on-one, just the two of us in the back room.
            Rocker board A/P and M/L, perturbations in narrow stance, tandem walking along the parallel bars with head turns, stepping over the hurdles.
            Deficit: poor ankle strategy and a late step, two falls in the church parking lot this fall.
            Today: Berg 44/56 (40 last month); rocker M/L 12 sec; 7 of 10 perturbations held.
            """,
            ["Z96.652", "R26.81", "Z91.81"], [PTA("97110", 15), PT("97112", 23)], []),

        // TRMC Mayfield ordinary Parkinson's gait and low back: 97116 with distance and assist, 97110 with doses; minutes match: passes.
        ["vord-h131-trmc-parkinsons-gait-and-back"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Thurston Cash. Lionel Fairweather, PT
            PROBLEM #1 — Parkinson's gait (G20.A1)
              97116 — 23 min
              Gait training with a metronome at 110 beats, big steps with arm swing around the gym, turns around the cone.
              Impairment: short shuffling steps, festination on turns.
              Measures: 500 ft without a device with SBA; turning 180 degrees in 5 steps.
            PROBLEM #2 — Low back pain (M54.50)
              97110 — 15 min
              Prone press-ups 2x10, bridges 3x12, hip hinge with the dowel 3x10.
              Impairment: stooped posture, weak trunk extensors.
            """,
            ["G20.A1", "M54.50"], [PT("97116", 23), PT("97110", 15)], []),

        // SCMH ordinary OT wrist and PT knee: 97530 with counts and grip, 97110 with doses; minutes match: passes.
        ["vord-h131-scmh-ot-wrist-pt-knee"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Greta Niskanen
            EPISODE A (OT): R distal radius fracture    ICD-10: S52.501D
            Timed: 97530 ▸ 22 min
            Interventions: wringing a washcloth, opening the pill bottles, cutting putty with a knife, carrying a full pot to the stove.
            Impairment: R wrist stiffness and weak grip.
            Measures: grip R 28 lb (L 52 lb); 6 of 6 bottles opened.
            Completed by: Marit Salo, OTR/L
            EPISODE B (PT): R knee OA    ICD-10: M17.11
            Timed: 97110 ▸ 16 min
            Interventions: leg press 50 lb 3x12, step-ups 4 inch 3x10, wall sits 3 x 20 sec.
            Impairment: R quad weakness, slow on the stairs to the basement.
            Completed by: Gabe Niemi, PT
            """,
            ["S52.501D", "M17.11"], [OT("97530", 22), PT("97110", 16)], []),

        // QHPT ordinary stroke balance and shoulder: 97112 with one-on-one and Berg, 97140 with GH glides and ER degrees; minutes match: passes.
        ["vord-h131-qhpt-stroke-balance-and-shoulder"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT. I was with Mr. Roy one-on-one for both parts.
            Re: balance after stroke (Dr. Bell; I69.351) — 97112 — 24 min
            Weight shifts onto the R with tapping, half-kneel rhythmic stabilization, step-and-stick on the foam with the R leading.
            Deficit: poor R weight acceptance and trunk postural control.
            Today: Berg 40/56; step-and-stick 6 of 10.
            Re: R hemiplegic shoulder pain (Dr. Okafor; M25.511) — 97140 — 11 min
            Scapular mobilization in sidelying, inferior GH glides grade II, STM to the R pec minor.
            Deficit: R shoulder ER 20 to 32 degrees after.
            """,
            ["I69.351", "M25.511"], [PT("97112", 24), PT("97140", 11)], []),

        // TRMC ordinary two-therapist visit: PT's 97112 balance with one-on-one, PTA's 97110 hip; minutes match: passes.
        ["vord-h131-trmc-pt-balance-pta-hip"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Ola Mae Triplett
            PROBLEM #1 — Imbalance (R26.81) — Naomi Achterberg, PT, DPT
              97112 — 23 min
              1:1 with Ola Mae, no one else in the small gym.
              Lateral perturbations, foam stance with ball toss, stepping to the clock numbers.
              Impairment: delayed stepping and hip strategy.
              Measures: Mini-BESTest 18/28.
            PROBLEM #2 — R THA (Z96.641) — Brandi Oyelaran, PTA
              97110 — 15 min
              Bridges 3x15, standing abduction 2 lb 3x12, mini squats 3x10.
              Impairment: R hip abductor weakness.
            """,
            ["R26.81", "Z96.641"], [PT("97112", 23), PTA("97110", 15)], []),

        // SCMH ordinary vestibular and ankle: 97112 with one-on-one and DGI; 97110 with doses; minutes match: passes.
        ["vord-h131-scmh-vestibular-and-ankle"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Anja Lamminen
            EPISODE A: Dizziness    ICD-10: H81.21
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X2 viewing standing, walking with head turns, habituation to bending and rising.
            Impairment: R vestibular hypofunction, oscillopsia.
            Measures: DGI 19/24; DVA lost 2 lines.
            EPISODE B: L ankle sprain    ICD-10: S93.402D
            Timed: 97110 ▸ 15 min
            Interventions: heel raises 3x15, band eversion 3x15, step-downs 4 inch 3x10.
            Impairment: L calf and evertor weakness.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["H81.21", "S93.402D"], [PT("97112", 22), PT("97110", 15)], []),

        // QHPT ordinary hip OA and lumbar: 97110 with doses, 97140 with mobilization and ROM; minutes match: passes.
        ["vord-h131-qhpt-hip-and-lumbar"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT
            Re: R hip OA (Dr. Okafor; M16.11) — 97110 — 16 min
            Sidelying abduction 3x12, bridges 3x15, step-ups 6 inch 3x10, hip flexor stretch 3 x 30 sec.
            Deficit: weak R glute med, limps after an hour at the carving bench.
            Re: lumbar stenosis (Dr. Bell; M48.061) — 97140 — 12 min
            Lumbar flexion mobilization in sidelying, STM to the paraspinals, R hip long-axis distraction.
            Deficit: stiff lumbar spine; R hip IR 12 to 18 degrees after.
            """,
            ["M16.11", "M48.061"], [PT("97110", 16), PT("97140", 12)], []),

        // TRMC ordinary neuropathy balance and plantar fascia: 97112 with one-on-one and seconds; 97140 with IASTM and DF degrees; minutes match: passes.
        ["vord-h131-trmc-neuropathy-and-plantar-fascia"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Buford Elkins. Lionel Fairweather, PT. One-on-one for all of it.
            PROBLEM #1 — Diabetic neuropathy with imbalance (E11.42)
              97112 — 23 min
              Foam stance eyes closed, rocker board A/P, tandem with head turns.
              Impairment: loss of foot position sense, sways with eyes closed.
              Measures: tandem 6 sec; rocker 9 sec.
            PROBLEM #2 — L plantar fasciitis (M72.2)
              97140 — 11 min
              IASTM to the L plantar fascia and calf, talocrural posterior glides grade III.
              Impairment: L DF 6 to 10 degrees after.
            """,
            ["E11.42", "M72.2"], [PT("97112", 23), PT("97140", 11)], []),

        // SCMH ordinary MS balance and gait: 97112 with one-on-one and FGA; 97116 with distance and assist; minutes match: passes.
        ["vord-h131-scmh-ms-balance-and-gait"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Kirsti Anttila
            EPISODE A: MS, balance    ICD-10: G35
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: tandem on the foam beam, perturbations while reaching, stepping over hurdles.
            Impairment: ataxia and poor postural control.
            Measures: FGA 17/30.
            EPISODE B: MS, gait    ICD-10: G35, R26.89
            Timed: 97116 ▸ 15 min
            Interventions: gait training with trekking poles on the hall and the ramp, cues for L toe clearance.
            Impairment: L foot drag with fatigue.
            Measures: 400 ft with poles, SBA.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["G35", "R26.89"], [PT("97112", 23), PT("97116", 15)], []),

        // QHPT ordinary knee and pelvic floor, the pelvic section thin but complete; one-on-one; minutes match: passes.
        ["vord-h131-qhpt-knee-and-thin-pelvic"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT — seen 1:1 the whole visit.
            Re: R knee OA (Dr. Okafor; M17.11) — 97110 — 15 min
            Step-ups 6 inch 3x10, leg press 60 lb 3x12, SAQ 3 lb 3x15.
            Deficit: R quad weakness, slow on the choir loft stairs.
            Re: urge incontinence (Dr. Lavoie; N39.41) — 97112 — 23 min
            Urge suppression with quick flicks and the pelvic floor hold, sEMG feedback sitting and standing, for delayed pelvic floor recruitment. sEMG peak 18 µV; 6 of 8 urges suppressed in the diary week.
            """,
            ["M17.11", "N39.41"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC ordinary post-op shoulder and balance, the shoulder section complete and the balance section thin but complete; minutes match: passes.
        ["vord-h131-trmc-full-shoulder-thin-balance"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Loyd Gupton. Naomi Achterberg, PT, DPT, OCS
            PROBLEM #1 — R RCR, 16 weeks (Z47.89, M75.121)
              97110 — 16 min
              Standing flexion 2 lb 3x10, sidelying ER 2 lb 3x12, prone Y and T 2x10, rows with the green band 3x15.
              Impairment: weak R cuff, can't lift the tackle box onto the boat seat.
              Measures: flexion 142 degrees, ER 60 degrees.
            PROBLEM #2 — Imbalance (R26.81)
              97112 — 22 min: one-on-one; foam tandem and perturbations for postural sway; tandem 10 sec.
            """,
            ["Z47.89", "M75.121", "R26.81"], [PT("97110", 16), PT("97112", 22)], []),

        // SCMH ordinary hip fracture 97530 and balance 97112; minutes match: passes.
        ["vord-h131-scmh-hip-fracture-tasks-and-balance"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lyyli Wuori
            EPISODE A: L hip fracture    ICD-10: S72.002D
            Timed: 97530 ▸ 15 min
            Interventions: getting in and out of the car simulator, stepping into the tub with the bench, carrying a bag of groceries 50 ft.
            Impairment: L hip weakness, afraid of getting into the car.
            Measures: car transfer with SBA 3x; grocery carry with supervision.
            EPISODE B: Falls    ICD-10: R29.6
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: perturbations in semi-tandem, stepping strategy drills to the floor targets, walking with head turns.
            Impairment: delayed stepping reaction, postural control.
            Measures: Berg 43/56.
            Completed by: Gabe Niemi, PT
            """,
            ["S72.002D", "R29.6"], [PT("97530", 15), PT("97112", 23)], []),

        // QHPT ordinary cervical and vestibular: 97140 with traction and degrees, 97112 with one-on-one and DGI; minutes match: passes.
        ["vord-h131-qhpt-cervical-and-vestibular"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT. Seen one-on-one.
            Re: cervical spondylosis (Dr. Okafor; M47.812) — 97140 — 11 min
            Manual cervical traction, C5-6 lateral glides grade III, STM to the scalenes.
            Deficit: R cervical rotation 50 to 58 degrees after.
            Re: dizziness (Dr. Bell; H81.22) — 97112 — 23 min
            X1 viewing on foam, walking with head turns around the gym, habituation to looking up at the ceiling.
            Deficit: L vestibular hypofunction, unsteady looking up to hang the sap buckets.
            Today: DGI 18/24; DVA lost 3 lines.
            """,
            ["M47.812", "H81.22"], [PT("97140", 11), PT("97112", 23)], []),

        // TRMC ordinary three codes across two problems (97112 and 97116 for the stroke, 97110 for the knee); one-on-one; minutes match: passes.
        ["vord-h131-trmc-stroke-two-codes-knee-one"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Ervin Colley. Naomi Achterberg, PT, DPT. One-on-one throughout.
            PROBLEM #1 — L hemiparesis after R CVA (I69.354)
              97112 — 23 min: half-kneel rhythmic stabilization, weight shifts onto the L with tapping, step-and-stick. Impairment: poor L weight acceptance and trunk control. Berg 42/56.
              97116 — 10 min: gait with the quad cane, cues for L hip flexion. Impairment: L toe drag. 300 ft CGA.
            PROBLEM #2 — R knee OA (M17.11)
              97110 — 15 min: SAQ 3 lb 3x15, sit-to-stand 3x10. Impairment: R quad weakness.
            """,
            ["I69.354", "M17.11"], [PT("97112", 23), PT("97116", 10), PT("97110", 15)], []),

        // SCMH ordinary lumbar and pelvic floor by two PTs; minutes match: passes.
        ["vord-h131-scmh-lumbar-and-pelvic-floor"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Dorothy Salmi
            EPISODE A: Low back pain    ICD-10: M54.50
            Timed: 97110 ▸ 15 min
            Interventions: bridges 3x12, bird dog 2x10, dead bug 2x10, side plank on knees 3 x 15 sec.
            Impairment: weak lumbar stabilizers, back aches after cross-country skiing.
            Completed by: Gabe Niemi, PT
            EPISODE B: Mixed incontinence    ICD-10: N39.46
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: pelvic floor coordination with breath, the knack before a cough, quick flicks in standing with sEMG feedback.
            Impairment: delayed pelvic floor recruitment with cough.
            Measures: sEMG peak 20 µV; PERFECT 3/5/6/7.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["M54.50", "N39.46"], [PT("97110", 15), PT("97112", 23)], []),

        // QHPT ordinary foot drop gait and knee; minutes match: passes.
        ["vord-h131-qhpt-foot-drop-gait-and-knee"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Re: R foot drop (Dr. Bell; M21.371) — T. Lamoureux, PTA — 97116 — 22 min
            Gait training with the R AFO on the clinic floor, outside on the sidewalk and the curb, cues for heel first.
            Deficit: R foot slap and toe catch.
            Today: 700 ft with the AFO, independent on level, curb with SBA.
            Re: L knee OA (Dr. Okafor; M17.12) — T. Lamoureux, PTA — 97110 — 15 min
            Step-ups 6 inch 3x10, SAQ 4 lb 3x15, mini squats 3x10.
            Deficit: L quad weakness.
            """,
            ["M21.371", "M17.12"], [PTA("97116", 22), PTA("97110", 15)], []),

        // TRMC ordinary elbow and balance with the neurology follow-up date and the patient's age (not minutes); one-on-one; minutes match: passes.
        ["vord-h131-trmc-elbow-and-balance-dates-and-age"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MURRAY)
            Pt: Rosetta Hines, 81 y/o. Lionel Fairweather, PT — one-on-one. Neuro f/u 12/18.
            PROBLEM #1 — R lateral epicondylalgia (M77.11)
              97140 — 10 min: radial head mobilization, Mulligan mobilization with movement for grip, STM to the wrist extensors. Impairment: pain-free grip R 24 lb (L 40 lb).
            PROBLEM #2 — Imbalance (R26.81)
              97112 — 23 min: perturbations on the foam, tandem with head turns, stepping over the cane. Impairment: postural control and a late step. Measures: Berg 46/56.
            """,
            ["M77.11", "R26.81"], [PT("97140", 10), PT("97112", 23)], []),

        // SCMH ordinary adhesive capsulitis and vestibular; minutes match: passes.
        ["vord-h131-scmh-frozen-shoulder-and-vestibular"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Sulo Hautala
            EPISODE A: L adhesive capsulitis    ICD-10: M75.02
            Timed: 97140 ▸ 12 min
            Interventions: posterior and inferior GH glides grade III-IV, STM to the subscapularis.
            Impairment: L ER 22 to 31 degrees after.
            EPISODE B: Dizziness    ICD-10: H81.22
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking with head turns, habituation to rolling in bed.
            Impairment: L vestibular hypofunction.
            Measures: DGI 17/24.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["M75.02", "H81.22"], [PT("97140", 12), PT("97112", 23)], []),

        // QHPT ordinary osteoporosis posture and balance; minutes match: passes.
        ["vord-h131-qhpt-osteoporosis-posture-and-balance"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier office
            Mireille Gagnon, PT — 1:1 throughout.
            Re: osteoporosis with kyphosis (Dr. Okafor; M81.0) — 97110 — 15 min
            Prone trunk extension 2x10, scapular retraction with the band 3x15, wall angels 2x10, hip hinge with the dowel 3x10.
            Deficit: weak thoracic extensors, rounded posture at the knitting chair.
            Re: balance (Dr. Bell; R26.81) — 97112 — 23 min
            Perturbations in narrow stance, foam tandem, stepping over the hurdles with head turns.
            Deficit: postural sway and a late stepping reaction.
            Today: Mini-BESTest 20/28; 7 of 10 perturbations held.
            """,
            ["M81.0", "R26.81"], [PT("97110", 15), PT("97112", 23)], []),

        // TRMC ordinary PTA hip and knee, one shared 97110 line with its minutes once; minutes match: passes.
        ["vord-h131-trmc-pta-shared-97110-hip-and-knee"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (MAYFIELD)
            Pt: Clifton Bondurant. Brandi Oyelaran, PTA
            97110 — 23 min (both problems)
            PROBLEM #1 — R THA (Z96.641): bridges 3x15, standing abduction 2 lb 3x12. Impairment: R hip abductor weakness.
            PROBLEM #2 — L knee OA (M17.12): step-ups 4 inch 3x10, SAQ 3 lb 3x15. Impairment: L quad weakness.
            """,
            ["Z96.641", "M17.12"], [PTA("97110", 23)], []),

        // SCMH ordinary Parkinson's balance and shoulder; minutes match: passes.
        ["vord-h131-scmh-parkinsons-and-shoulder"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Veikko Ranta
            EPISODE A: Parkinson's disease    ICD-10: G20.A1
            Timed: 97112 ▸ 24 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: large-amplitude stepping to targets, backward stepping with a stop on cue, perturbations from behind.
            Impairment: retropulsion and slow protective steps.
            Measures: pull test 2 steps; Mini-BESTest 17/28.
            EPISODE B: R shoulder pain    ICD-10: M25.511
            Timed: 97110 ▸ 15 min
            Interventions: wand flexion 2x15, rows with the red band 3x12, ER with the band 3x12.
            Impairment: weak R cuff, stiff reaching overhead.
            Completed by: Gabe Niemi, PT
            """,
            ["G20.A1", "M25.511"], [PT("97112", 24), PT("97110", 15)], []),

        // QHPT ordinary ankle fracture and balance; minutes match: passes.
        ["vord-h131-qhpt-ankle-fracture-and-balance"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Jonah Pelletier, PT — one-on-one.
            Re: R ankle ORIF (Dr. Okafor; S82.891D) — 97140 — 12 min
            Talocrural posterior glides grade III, subtalar mobilization, STM to the calf.
            Deficit: R DF 5 to 11 degrees after; can't kneel to set the stone.
            Re: balance (Dr. Bell; R26.81) — 97112 — 23 min
            BAPS level 3, foam SLS with ball catches, perturbations at the counter.
            Deficit: R ankle proprioception.
            Today: SLS R 7 sec (L 25 sec); BAPS 10 circles without a touch-down.
            """,
            ["S82.891D", "R26.81"], [PT("97140", 12), PT("97112", 23)], []),

        // TRMC complete two-problem note (one-on-one; balance with Berg; knee with doses) with the ICD-10 codes written in the note's headings but none on the claim: diagnosis missing.
        ["vord-h131-trmc-codes-in-note-none-on-claim"] = new(
            """
            TRI-RIVERS MULTISPECIALTY CLINIC — REHABILITATION SERVICES (PADUCAH)
            Pt: Nettie Crass. Naomi Achterberg, PT, DPT — seen 1:1 the whole visit.
            PROBLEM #1 — Imbalance
              97112 — 23 min: perturbations on the foam, tandem with head turns. Impairment: postural control. Measures: Berg 44/56.
            PROBLEM #2 — L knee OA
              97110 — 15 min: step-ups 4 inch 3x10, SAQ 3 lb 3x15. Impairment: L quad weakness.
            """,
            [], [PT("97112", 23), PT("97110", 15)], [Dx]),

        // SCMH complete two-episode note (one-on-one; vestibular with DGI; neck glides with degrees) with the claim's diagnosis sent as the words "dizziness; neck pain": not well-formed codes.
        ["vord-h131-scmh-diagnosis-in-words"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Aili Koivisto
            EPISODE A: Dizziness
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing, walking with head turns. Impairment: L vestibular hypofunction. Measures: DGI 18/24.
            EPISODE B: Neck
            Timed: 97140 ▸ 11 min
            Interventions: C5-6 glides grade III, suboccipital release. Impairment: R rotation 52 degrees.
            Completed by: Tove Lindqvist, PT, DPT, NCS
            """,
            ["dizziness", "neck pain"], [PT("97112", 22), PT("97140", 11)], [Dx]),

        // QHPT generic two-referral note pasted from the last visit with only a total ("Both problems per POC, tolerated well. Continue. 37 min."): nothing named for either code, no one-on-one, no minutes for each.
        ["vord-h131-qhpt-pasted-generic-total-only"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Both problems per POC, tolerated well. Continue. 37 min.
            J. Pelletier, PT
            """,
            ["M75.41", "R26.81"], [PT("97110", 14), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
