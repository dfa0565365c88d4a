using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind), the set is the following week (Monday 01/04 to Friday
/// 01/08/2027, the first week back after the holidays, Twelfth Night and the first king cakes) of the clinics of the
/// hundred-and-seventy-ninth to hundred-and-eighty-first sets, each clinic in its own template and its own writers'
/// voices, at most eight notes from any one clinic — no new styles, the same writers, new patients and returning ones,
/// new wording — about two thirds ordinary and complete (70 of 110), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to two timed codes in a visit, a PT's and an OT's code on one resident), by PTs, PTAs, OTs and
/// students under their instructors, from four groups of employers:
/// <list type="number">
/// <item>the employers that amend their notes after signing, amending as they did the week before: Mercy Ridge
/// Hospital's Outpatient Therapy Department (MRH: Jefferson Street in Roanoke, Salem and Bedford, Virginia;
/// "NEUROMUSCULAR RE-EDUCATION 97112 — 24 min", "Delivery: [X] Individual [ ] Concurrent [ ] Group", "ADDENDUM —
/// requested by Compliance (query CQ-47xx) — entered … for DOS …", "CO-SIGNATURE ADDENDUM": Harriet Okafor, Simon
/// Ledbetter, Maribel Cruz (PTA) and Theo Vance (OTR/L)), Quarry Hill Physical Therapy (QHPT: Barre and Montpelier,
/// Vermont; "97112 — 23 min", "Seen 1:1", "1:1? Y / N: ___", "Measures: ______", "SCRUB CORRECTION 01/06 (NB): …": Nora
/// Beauchesne, Eli Tremblay and Jess Pomeroy (PTA)) and Bighorn Home &amp; Outpatient Therapy (BHOT: the Sheridan clinic
/// and the Buffalo storefront, Wyoming; "LATE ENTRY for 01/05, written 01/06 …", "Deficit: (not entered)", clock ranges
/// on a code's line: Wade Thorsby, Colleen Marchetti (PTA) and Ruth Ann Keel (OTR/L)); every late entry and addendum
/// names the note's own date of service;</item>
/// <item>the run-on writers: Chelan Basin Medical Center's Outpatient Neuro Rehabilitation (CBMC Neuro: Priya Raman's
/// lower-case slashes and "one to one", Owen Brandvold's (PTA) "1to1" with nothing between fields, Lucia Ferreira's
/// (OTR/L) double spaces and single final period), Encampment River Physical Therapy (ERPT: Gail Sorensen's lower-case
/// end-of-day notes with "&amp;", Hank Twomey's capitals with one period at the very end) and Bootheel Orthopaedic &amp;
/// Sports Medicine's PT (BOSM: Dwayne Pressley's double slashes, Kimberly Askins' pipes, Reggie Gainey's (PTA) loads,
/// sets and reps strung together);</item>
/// <item>the template and quoting clinics: Wapello Heights Care Center (WHCC: "97112 x 22 min  P. Dunagan PT  [x]
/// individual [ ] concurrent [ ] group  res rm …", A. Tibbetts OTR/L, D. Lukin PTA), Hollyhock Lane Geriatric PT (HLG:
/// "IN HER OWN WORDS: … (quoted as said)", "WHAT WE DID: 97112 · 23 min", "1:1 for billed time: ☒ Yes ☐ No", "WHY:",
/// "MEASURED:"; Thomas Ashby and Fern Ocampo, OTR/L, in Daphne and Fairhope), Wintergreen Movement Disorders Center
/// (WMDC: "Med state:", "Pt says:", "Wife says:", "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat"; Isaac Brandt
/// and Colleen Marsh), Petit Caillou PT (PCPT: "Code 97112 Neuro re-ed ........ 22 min", "Did:", "For:", "Numbers:",
/// Jules Guidry's "cher" and the "Bayou Balance" levels), Rosario Strait Physiotherapy (RSP: "05.01.2027", "97112 NMR
/// 09.00–09.22 (22') · 1:1"), Short North Sports &amp; Spine (SNSS: Nadia Farhat's "1on1", Mateo Velez's full sentences),
/// Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 23 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"), Porchlight Therapy
/// at Home (PTH: "Visit at:", "Present:", "97116 [ 21 ] min", "Assist/Dist:"), Touchet Valley PT (TVPT: "DELIVERY:
/// One-on-one for the entire billed service? Y"), Saltmeadow Women's Health &amp; Balance PT (SWH: "She reports:" in
/// curly quotes), Ocmulgee River PT (OCM: the post-TPE template rev. C, a clock range on each timed code's line),
/// Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "OUTCOME MEASURE: … SCORE: …") and
/// Middle Loup Mobile PT (MLMPT: "pt n me" and the "tx … def … meas …" expansion);</item>
/// <item>the online-form employers of the hundred-and-eighty-first set, exporting their forms exactly as they did,
/// question wording, markers and all: Wayfarer Mobile Physical Therapy (WMPT: the "WMPT Visit Submission" with "Which
/// codes are you billing for this visit? (select all that apply)", the matrix "Minutes for each code you selected"
/// exported as "97112 — 23", "How was the treatment delivered? (select one)", "Who else was present? (optional)";
/// Bridget Kowalczyk, Theo Amankwah, Lacey Pruitt (PTA) and Jonah Reese), Ironwood State University's Sports Medicine
/// &amp; Physical Therapy Clinic (ISU-SMPT: the "SPT Daily Note" with "Minutes — 97112" boxes, "Treatment format (select
/// one)", "Outcome measures (name: score)", "Student confidence today (1–5)" and "CI co-signature"; the students Kaylee
/// Brandt, Marcus Oyelaran, Hannah Lindqvist and Eli Santangelo under Teresa Vukovich and Arne Halvorsen) and Halyard
/// Pelvic &amp; Vestibular PT (Inés Calloway's "Halyard PT — after-visit form": "What did we bill today?", "How long for
/// each? (minutes)", "Was it just you and me the whole time? (required)", "Which system did we work on?", "Numbers!
/// (scores, seconds, microvolts, grades)").</item>
/// </list>
/// This week's people: a husband doing the crossword in the lobby, a granddaughter home from school for the break, a
/// wife with her knitting, a daughter-in-law with the car heater running, a mom in the waiting room, a son-in-law
/// shovelling the porch steps, a roommate doing her own ankle pumps (none of them a patient; Mr. Sandvik on the foam
/// beam, Mrs. Kovar in the bars, the Nordic skier on the slide board and the next patient on the other table are); a
/// skater whose ankle goes at the rink's edge, a feed-store regular, a cheerleader, a curler, a woman braiding king-cake
/// dough, a ferry ticket-taker, a crabber, a quilter, the greens taken down from the mantel, a plow-truck driver, a mail
/// carrier on an icy route and the Christmas tree dragged to the curb.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates, writers and
/// forms: an amended record is read as finally amended (a correction replaces what it corrects, an addendum or late
/// entry counts as written for the visit when it names that date of service, a co-signer's agreement adds nothing and
/// takes nothing away), run-on text is read as its separators show it, an unticked row, an empty field, "___", "(not
/// entered)", "—", "N/A" and an unanswered "Y / N" state nothing, and a form's answer is read with its question:
/// <list type="bullet">
/// <item>class 1 (v1-h182-…): one-on-one in these writers' own words ("One-on-one the whole NMR block; her husband did
/// the crossword out in the lobby", "Seen 1:1 — her granddaughter, home for the break, read in the waiting room", "1to1
/// whole session his wife in the lobby w her knitting", "just me &amp; him the whole block", "1 on 1 | her mom in the
/// waiting room", a form's "One-on-one with the therapist" with a son-in-law shovelling the porch), notes that negate it
/// (a student's "Other (please specify): alternated between this patient and the Nordic skier on the slide board", "No
/// — my next patient came early and I coached her bridges on the other table", a PTA going back and forth to Mr.
/// Sandvik on the foam beam, "RAN HER WITH MRS KOVAR IN THE BARS") or never state them (a PTA note with only the
/// co-signer's agreement, an RSP clock line without its "· 1:1"), and the codes without a one-on-one check: an OT's
/// 97530 at the card table with two other ladies and a PTA's 97110 with the roommate in the next bed;</item>
/// <item>class 2 (v2-h182-…): checkbox and blank-field states and the amendments that fill them: an MRH row ticked
/// Individual, an unticked row filled by a compliance addendum, "1:1? Y / N: ___" left, "Measures: ______" filled by a
/// scrub correction, "Deficit: (not entered)", a WHCC row ticked concurrent, an HLG "1:1 for billed time" row ticked and
/// left unticked, a WMDC row ticked "Group (PWR! class)", a required delivery question answered "N/A", "Outcome
/// measures (name: score): N/A" and "Numbers! …: —";</item>
/// <item>class 3 (v3-h182-…): named programmes and methods as techniques (the Otago balance retraining exercises, PWR!Up,
/// PWR!Rock, PWR!Twist and PWR!Step, Cawthorne-Cooksey head and eye exercises, the FIFA 11+ part 2 balance exercises,
/// Mulligan SNAGs, McKenzie repeated extension in lying, PNF pelvic patterns with rhythmic initiation, constraint-induced
/// shaping tasks) and the ones that leave something out: a Bayou Balance level as the only technique, the Otago strength
/// exercises named with no dose, PWR! Moves with no deficit;</item>
/// <item>class 4 (v4-h182-…): deficits stated as findings in these writers' terms (a woman who can't feel her boots on
/// the packed snow and watches her feet to the mailbox, a knee that caves in stepping down off the feed-store loading
/// dock, a grab for the banister at the top of a farmhouse staircase, a pelvic floor that fires late hauling the line
/// aboard, an ankle that goes at the edge of the rink) and notes that state none ("Impairment: no change from last
/// visit", "same as last wk", "see eval");</item>
/// <item>class 5 (v5-h182-…): measures in every usual form (the four-stage balance test stage by stage and a chair-stand
/// count, a Y-balance composite and a triple hop, a PERFECT grading with microvolts, a Mini-BESTest, a 97530's trips and
/// assistance, a 97116's distance and assistance) and notes with none ("berg deferred pt tired from the drive over the
/// pass", "Measures: deferred — retest at the progress note", hip exercises with no dose, "she say she feel mo'
/// steady");</item>
/// <item>class 6 (v6-h182-…): minutes in these forms and as amended (two MRH headings, a scrub correction "97112 was 23
/// min, not 33", a clock range on a late entry's code line, a matrix of two codes, two student minute boxes, "How long
/// for each? (minutes): 97112 — 23; 97110 — 12", a PT's and an OT's code on one resident, two RSP clock lines) and true
/// mismatches ("97110 32 min" on a 20-minute line, "Minutes — 97112: 35" on 23, an OT heading of 20 on 32, a late
/// entry's clock range of 32 minutes on a 20-minute 97116) and truly missing separate time (two codes with only "tx
/// total 37 min", a matrix row left empty, a second code strung on with no minutes);</item>
/// <item>class 7 (v7-h182-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a 97112 and 97140 visit, spaces and line breaks only on an OT's 97530, an empty PTA note with
/// no diagnosis), the contract's meanings for 97110 (a PTA's leg press and step-downs after a meniscus repair), 97530
/// (hanging the Christmas sweaters back in the closet and carrying the tote), 97140 (thoracic glides and rib
/// mobilisation) and 97116 (a walker across the parish hall and down the curb), and wholly generic notes: "BALANCE
/// TRAINING TOLERATED WELL CONTINUE POC.", a student form's "neuro re-ed and ther ex per POC" on two codes, and a WHCC
/// "balance ex per poc tol well";</item>
/// <item>ordinary (vord-h182-…): complete notes of this week that a reviewer passes (the false-positive guard), with
/// their harmless leftovers (a form's "How did she feel leaving? (1–10)" rating, "Who else was present? (optional)"
/// answered, a late entry naming its date of service, a patient's quote, kilograms, a day-first date, two dotted code
/// lines), and the ordinary weak ones: a complete form sent with no diagnosis, a form's diagnosis answered "N/A", and a
/// PTA's matrix minutes that differ from the line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (as finally amended). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's or its minutes — husbands, wives,
/// a granddaughter, a mom, a son-in-law, a roommate, a student's instructor (none of them a patient; the patient on the
/// foam beam, in the bars, on the slide board and on the other table are), dates of service, ages, step and box heights
/// in inches, loads in pounds and kilograms, band colours, degrees, reach in centimetres, hop distances, microvolts,
/// gait speeds, chair-stand counts, a student's confidence rating, numbers of steps, trips, sweaters and cones — and
/// each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to
/// the code ("97112 — 23 min", "97112/23 min", "97112 | 23 min |", "Minutes — 97112: 24", a matrix row "97112 — 24"),
/// in its block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a
/// visit, a drill, a rest or a test, except the one that gives the visit a total ("tx total 37 min"); notes failed for
/// want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note
/// names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver, student, instructor or staff member in the
/// room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist
/// attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's clinics could leave honestly open: a form's "Which system did we work on?"
/// answered beside a skipped problem question (whether the system alone is the deficit), a run-on note where a phrase
/// could close one field or open the next, a scrub correction or addendum that names no date of service or corrects a
/// code the note does not bill, a co-signer's addendum that adds a sentence of its own about delivery, a patient's quote
/// as the only deficit, a Brandt-Daroff or Epley sequence anywhere in a 97112 note, a "Group (PWR! class)" box ticked
/// beside a one-on-one sentence, a clock range that crosses noon without "am" or "pm", and a matrix row whose code was
/// not selected among the billed codes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 110 cases agree (108 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of fbef070 (the 2026-12-07 twenty-fourth session's start, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 109 of 110, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightySecondTests(ITestOutputHelper output)
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

        // MRH Roanoke, Harriet Okafor: "One-on-one the whole NMR block; her husband did the crossword out in the lobby"; PNF pelvic patterns with rhythmic initiation, tall-kneel rhythmic stabilisation and reaching; L hemiparesis and trunk control; Berg and functional reach; heading 24 matches: passes.
        ["v1-h182-mrh-okafor-husband-crossword-in-lobby"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 01/04/2027    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            One-on-one the whole NMR block; her husband did the crossword out in the lobby.
            PNF pelvic patterns (anterior elevation and posterior depression) with rhythmic initiation in side-lying, then tall kneeling with rhythmic stabilization at the trunk, reaching to the L to lift the folded tree skirt off the mat.
            Impairment: L hemiparesis after the R MCA stroke; her trunk collapses to the L when she reaches and she can't come back to midline without pushing on the chair arm.
            Berg 44/56 (43 last week). Functional reach L 8 in.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // QHPT Barre, Nora Beauchesne: "Seen 1:1 — her granddaughter, home for the break, read in the waiting room"; pushes at the pelvis in stride stance, stepping onto the half roller and holding, walking with head turns to read held-up cards; delayed reactive step after a fall in the church lot; pushes and TUG; 97112 — 23 min matches: passes.
        ["v1-h182-qhpt-beauchesne-granddaughter-reading"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            Seen 1:1 — her granddaughter, home for the break, read in the waiting room.
            Forward and backward pushes at the pelvis in stride stance, stepping onto the half foam roller and holding, walking the hall turning her head to read the cards I held up.
            Delayed reactive step backward; she sat down hard on the ice in the church lot on New Year's Day.
            7 of 10 pushes caught with one step; TUG 12.8 sec.
            Nora Beauchesne, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CBMC Owen Brandvold (PTA), nothing between fields: "1to1 whole session his wife in the lobby w her knitting"; foam eyes closed, stepping over cones on cue, marching on the Airex; somatosensory loss; mCTSIB and tandem seconds; 97112 21min matches: passes.
        ["v1-h182-cbmc-brandvold-wife-knitting-in-lobby"] = new(
            """
            97112 21min 1to1 whole session his wife in the lobby w her knitting foam stance eyes closed & stepping over the cones on cue & marching on the airex somatosensory loss both feet cant tell the ice from the gravel in the dark mctsib foam eyes closed 9s tandem 12s
            """,
            ["E11.42", "R26.81"], [PTA("97112", 21)], []),

        // ERPT Gail Sorensen's lower case: "just me & him the whole block his daughter-in-law waited in the car w the heater on"; rocker board eyes closed, stepping strategy to taps; poor ankle strategy after a slide on the feed-store ice; Berg; 97112 22 min matches: passes.
        ["v1-h182-erpt-sorensen-daughter-in-law-in-the-car"] = new(
            """
            97112 22 min just me & him the whole block his daughter-in-law waited in the car w the heater on rocker board eyes closed & stepping strategy to taps at the hips poor ankle strategy since he slid on the ice at the feed store berg 47/56
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BOSM Kimberly Askins' pipes: "1 on 1 | her mom in the waiting room"; BAPS level 3 and single-leg stance on foam with ball toss; L ankle proprioception after a sprain at cheer practice; SLS seconds; 97112 | 23 min | matches: passes.
        ["v1-h182-bosm-askins-mom-in-waiting-room"] = new(
            """
            97112 | 23 min | 1 on 1 | her mom in the waiting room | BAPS lvl 3 cw + ccw + SL stance on foam w ball toss | L ankle proprio poor s/p inversion sprain at cheer practice | SLS foam L 9 s R 22 s
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // WMPT Delhi, Jonah Reese: "One-on-one with the therapist" and "Who else was present? (optional): Son-in-law (shovelling the porch steps)"; perturbations in the kitchen doorway, tandem on the runner, step-and-stick to the bath mat; late stepping reaction; Berg and perturbations; matrix "97112 — 24" matches: passes.
        ["v1-h182-wm-son-in-law-shovelling"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 24
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): Son-in-law (shovelling the porch steps)
            Describe the skilled interventions you performed: backward and lateral perturbations at the hips in the kitchen doorway, tandem walking on the hallway runner, step-and-stick onto the bath mat with the L leading
            What impairment(s) did you treat today?: late stepping reaction to the L after the R CVA, he staggers when the storm door swings back on him
            Objective measures today (test name and result): Berg 45/56; 6 of 10 perturbations recovered with one step
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // ISU student form, "Treatment format (select one): Other (please specify): alternated between this patient and the Nordic skier on the slide board, CI covering both" — another patient treated in the block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h182-isu-other-alternated-with-nordic-skier"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Other (please specify): alternated between this patient and the Nordic skier on the slide board, CI covering both
            Interventions (list each with parameters): single-leg stance on the Airex with head turns, lateral hops to stick on the foam, reactive steps to CI pushes
            Impairment(s) targeted: R ankle proprioception after the sprain on the Presque Isle snowshoe trail; she rolls it on the crust
            Outcome measures (name: score): single-leg stance on Airex R 12 s; 5 of 8 hops stuck
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Halyard, "Was it just you and me the whole time? (required): No — my next patient came early and I coached her through her bridges on the other table while we did this" — another patient treated in the block: one-on-one missing; techniques, deficit, measures present.
        ["v1-h182-hal-no-next-patient-on-other-table"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): No — my next patient came early and I coached her through her bridges on the other table while we did this
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gaze stabilization X1 standing on the foam, walking the hallway with head turns and quick stops, feet together with eyes closed on the rug
            What's the problem we're chasing?: R vestibular hypofunction; the ferry ramp moving under her sets off the spinning when she turns to take tickets
            Numbers! (scores, seconds, microvolts, grades): DGI 17/24; DVA 3 lines lost
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BHOT Sheridan, Colleen Marchetti (PTA): "Mr. Sandvik was on the foam beam beside her and I went back and forth between them the whole block" — another patient treated: one-on-one missing; techniques, deficit, measures present.
        ["v1-h182-bhot-marchetti-back-and-forth-sandvik"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97112 — 21 min
            Mr. Sandvik was on the foam beam beside her and I went back and forth between them the whole block.
            Rocker board A/P with eyes closed, tandem stance on the foam, stepping over the hurdle row on cue.
            Poor ankle strategy and postural sway since she fell off the loading step at the post office.
            Rocker A/P 11 sec; tandem on foam 7 sec.
            Colleen Marchetti, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ERPT Hank Twomey's capitals: "RAN HER WITH MRS KOVAR IN THE BARS BOTH DOING TANDEM AND FOAM MARCHING" — another patient in the block: one-on-one missing; technique, deficit and measure present.
        ["v1-h182-erpt-twomey-ran-her-with-mrs-kovar"] = new(
            """
            97112 22 MIN RAN HER WITH MRS KOVAR IN THE BARS BOTH DOING TANDEM AND FOAM MARCHING AND LATERAL TAPS AT THE HIPS POOR POSTURAL CONTROL SHE SWAYS BACK HANGING WASH ON THE PORCH LINE TANDEM 8 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MRH Salem PTA Maribel Cruz with no delivery statement, and a co-signature addendum that only agrees: one-on-one unstated; technique, deficit, measure present.
        ["v1-h182-mrh-cruz-cosign-agrees-only"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 01/05/2027    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Gaze stabilization X1 seated then standing, walking the hall with head turns, foam stance with eyes closed.
            L vestibular hypofunction; he gets dizzy looking up and down the grocery aisles.
            DGI 16/24; foam eyes closed 10 sec.
            ---
            CO-SIGNATURE ADDENDUM 01/06/2027 — Harriet Okafor, PT, DPT, supervising: agree with the PTA's note and plan.
            """,
            ["H81.22"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // RSP Anacortes, S. Verhoeven's clock line without its usual "· 1:1" and no other word of delivery: one-on-one unstated; rocker, step-and-stick, perturbations; ankle proprioception; SLS and perturbation count; (23') matches the line.
        ["v1-h182-rsp-clock-line-without-one-to-one"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 05.01.2027 · ticket-taker on the Anacortes ferry, 52 y
            97112 NMR 10.00–10.23 (23') — rocker board M/L with eyes closed, step-and-stick onto foam, perturbations at the pelvis in single-leg stance.
            Problem: L ankle proprioception after the sprain on the wet car-deck ramp.
            SLS foam L 8 s; 6 of 10 perturbations held.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLG Fairhope OT Fern Ocampo, 97530 with "1:1 for billed time: ☐ Yes ☒ No — three ladies at the card table" (97530 has no one-on-one check): standing at the card table sorting and dealing, reaching to the sideboard; standing balance and L hand weakness; hands dealt and reaches with assistance; 97530 · 20 min matches: passes.
        ["v1-h182-hlg-ot-97530-card-table"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Guidry, Bernadette (84) · Fern Ocampo, OTR/L · 01/05/2027
            IN HER OWN WORDS: "I want to go back to bridge club on Thursdays." (quoted as said)
            WHAT WE DID: 97530 · 20 min — standing at the card table shuffling and dealing, reaching to the sideboard for the score pads, turning to pass cards to her R.
            1:1 for billed time: ☐ Yes ☒ No — three ladies at the card table
            WHY: poor standing balance turning with her hands busy and L hand weakness after the stroke.
            MEASURED: dealt 4 hands standing with stand-by assist; 6 reaches to the sideboard, contact guard.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // WHCC PTA Dmitri Lukin, 97110 with the roommate doing her own ankle pumps in the next bed (97110 has no one-on-one check): bridges, heel slides and sit-to-stands with doses; hip and knee extensor weakness; 97110 x 17 min matches: passes.
        ["v1-h182-whcc-lukin-97110-roommate-next-bed"] = new(
            """
            97110 x 17 min  D. Lukin PTA  res rm 214  roommate doing her own ankle pumps in the next bed  bridges 3x10 + heel slides 3x15 ea + sit to stand from the bed edge 3x6 w arms  bilateral hip + knee extensor weakness cant stand up from the wheelchair w/o 2 tries
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, and the amendments that fill them

        // MRH Bedford, Simon Ledbetter, "Delivery: [X] Individual [ ] Concurrent [ ] Group" ticked; stepping-strategy drills to pulls, foam with head turns, stepping over the boot tray; postural control after a slip on the ice; Berg and 5xSTS; heading 22 matches: passes.
        ["v2-h182-mrh-ledbetter-individual-ticked"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 01/04/2027    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Stepping-strategy drills to pulls at the pelvis backward and to each side, foam stance with head turns, stepping over the boot tray without looking down.
            Impairment: impaired postural control and a slow backward step; the mail carrier went down on the icy route last Tuesday.
            Berg 48/56; 5xSTS 12.9 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MRH Roanoke, the row left "[ ] Individual [ ] Concurrent [ ] Group", then a compliance addendum for the same DOS: "Delivery was Individual — one-on-one for the whole 97112 block"; filled as amended; rhythmic stabilisation, half-kneel, step-ups with the L; trunk control; Berg; heading 23 matches: passes.
        ["v2-h182-mrh-row-unticked-filled-by-addendum"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 01/05/2027    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [ ] Individual [ ] Concurrent [ ] Group
            Rhythmic stabilization in half-kneeling on the L, stepping up onto the 4 in step with the L leading and holding, reaching across midline standing on the foam.
            Impairment: poor trunk and L hip control after the R MCA stroke; she lists to the L climbing the porch steps.
            Berg 45/56.
            ---
            ADDENDUM — requested by Compliance (query CQ-4708) — entered 01/07/2027 by H. Okafor, PT, for DOS 01/05/2027:
            Delivery was Individual — one-on-one for the whole 97112 block; the box was missed at signing.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // QHPT Montpelier, Eli Tremblay, "1:1? Y / N: ___" left blank and never corrected: one-on-one unstated; technique, deficit and measure present.
        ["v2-h182-qhpt-prompt-left-blank"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            1:1? Y / N: ___
            Rocker board M/L with eyes closed, tandem on the half roller, stepping over a row of ski poles laid on the mat.
            R ankle proprioception since he rolled it on the frozen ruts at the sugarhouse; he can't tell the foot is turning until it goes.
            Rocker M/L 12 sec; tandem on the roller 6 sec.
            Eli Tremblay, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT Barre, "Measures: ______" left at signing and filled by "SCRUB CORRECTION 01/06 (NB): Measures: Berg 46/56; 5xSTS 13.4 sec"; seen 1:1, foam, pushes, stepping; delayed protective step; 97112 — 23 min matches: passes.
        ["v2-h182-qhpt-measures-blank-filled-by-scrub"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            Seen 1:1.
            Foam stance with head turns, pushes at the shoulders in tandem, stepping sideways over the broom handle on cue.
            Delayed protective step; she tripped on the tree stand going out the door with the wreath.
            Measures: ______
            Nora Beauchesne, PT
            SCRUB CORRECTION 01/06 (NB): Measures: Berg 46/56; 5xSTS 13.4 sec — taken at this visit, left off at signing.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHOT Buffalo, "Deficit: (not entered)" and nothing in the note names one: deficit missing; one-on-one, technique and measure present.
        ["v2-h182-bhot-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 22 min
            One-on-one; his brother waited out front with the truck running.
            Tandem walking down the ramp, foam stance with head turns, stepping over the hurdle row to a clap.
            Deficit: (not entered)
            Tandem 14 sec; foam with head turns 20 sec before a step.
            Wade Thorsby, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WHCC Patrice Dunagan "[ ] individual [x] concurrent [ ] group" ticked concurrent on a billed 97112: not one-on-one; technique, deficit and measure present.
        ["v2-h182-whcc-dunagan-concurrent-ticked"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [ ] individual [x] concurrent [ ] group  res rm 109  foam stance in the bars eyes closed + stepping reactions to pushes + reaching out of base for the bean bags  delayed stepping reactions leans back at the sink  berg 40/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HLG Daphne, Thomas Ashby, 97112 with "1:1 for billed time: ☐ Yes ☐ No" unticked and nothing else said: one-on-one unstated; technique, deficit and measure present.
        ["v2-h182-hlg-ashby-row-unticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Landry, Odile (80) · Thomas Ashby, PT · 01/06/2027
            IN HER OWN WORDS: "I want to walk to the mailbox without holding the fence." (quoted as said)
            WHAT WE DID: 97112 · 22 min — tandem walking along the hall rail, stepping over the garden-hose line on cue, pushes at the pelvis standing on foam.
            1:1 for billed time: ☐ Yes ☐ No
            WHY: poor postural control with a late stepping reaction; she catches herself on the fence.
            MEASURED: Berg 46/56; 6 of 10 pushes caught with one step.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HLG Daphne, Thomas Ashby, "1:1 for billed time: ☒ Yes ☐ No" ticked; seated heel-toe placement to targets, stepping on colored targets; L foot proprioception; target count and Berg; 97112 · 23 min matches: passes.
        ["v2-h182-hlg-ashby-row-ticked-yes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Broussard, Irma (78) · Thomas Ashby, PT · 01/07/2027
            IN HER OWN WORDS: "I played the whole Epiphany service and didn't miss a pedal." (quoted as said)
            WHAT WE DID: 97112 · 23 min — seated heel-toe placement to taped targets with her eyes closed, standing stepping to colored floor targets on a called color, weight shifts onto the L with a reach.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: L foot proprioception and timing after the R stroke; she overshoots the target with the L foot.
            MEASURED: 9 of 12 targets hit eyes closed (7 last week); Berg 48/56.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // WMDC Lynchburg, Colleen Marsh, "Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat" ticked on a billed 97112: not one-on-one; technique, deficit and measures present.
        ["v2-h182-wmdc-marsh-group-ticked"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Wendell Pruett, 71 · Med state: ON
            Pt says: "I want to get back to ringing the bell at church."
            97112 — 23 min
            Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat
            Big stepping to floor targets on a call-out, turning in a taped box with a count, backward stepping to a clap.
            Deficit: small steps and freezing when he turns.
            Measures: TUG 13.6 sec; 3 freezes in 8 turns.
            Colleen Marsh, PT
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WMPT, the required "How was the treatment delivered? (select one)" answered "N/A" and no other word of delivery: one-on-one unstated; technique, deficit and measures present.
        ["v2-h182-wm-delivery-answered-na"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): N/A
            Describe the skilled interventions you performed: foam stance on the couch cushion with eyes closed, stepping over the dog's bed on cue, lateral perturbations at the shoulders
            What impairment(s) did you treat today?: somatosensory loss in both feet with the neuropathy, she can't feel the braided rug under her slippers
            Objective measures today (test name and result): foam eyes closed 6 s; 5 of 10 perturbations without a step
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ISU, "Outcome measures (name: score): N/A" and no confidence rating, no number but the code and its minutes: measure missing; individual, technique and deficit present.
        ["v2-h182-isu-outcome-measures-na"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): reactive stepping to CI pushes on the perturbation mat, single-leg squats on the BOSU with eyes closed, lateral bounds to stick
            Impairment(s) targeted: L knee neuromuscular control after the ACL reconstruction; the knee caves in landing off the curling hack
            Outcome measures (name: score): N/A
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S83.512D"], [PT("97112", 24)], [At(Measure, "97112")]),

        // Halyard, "Numbers! (scores, seconds, microvolts, grades): —" and no other number but the code and its minutes: measure missing; just you and me, technique and deficit present.
        ["v2-h182-hal-numbers-dash"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): habituation to bending down to the bottom oven rack and to rolling to the R in bed; gaze stabilization with the card moving opposite her head, seated then standing
            What's the problem we're chasing?: R vestibular hypofunction with motion sensitivity bending over; she had to sit down on the galley floor
            Numbers! (scores, seconds, microvolts, grades): —
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // HLG Fairhope, Thomas Ashby: the Otago balance retraining exercises named with their parts (tandem stance, tandem walking, backwards walking, sideways walking, one-leg stand at the counter), 1:1 ticked; postural control; four-stage test seconds and Berg; 97112 · 22 min matches: passes.
        ["v3-h182-hlg-ashby-otago-balance-retraining"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Thibodeaux, Verna (86) · Thomas Ashby, PT · 01/04/2027
            IN HER OWN WORDS: "I want to carry the king cake to my sister's on Wednesday." (quoted as said)
            WHAT WE DID: 97112 · 22 min — Otago balance retraining: tandem stance and tandem walking along the counter, backwards walking, sideways walking with crossovers, one-leg stand with a fingertip on the counter.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: poor postural control and a narrow base of support failing in tandem; she steps out to catch herself.
            MEASURED: four-stage balance test — semi-tandem 10 s, tandem 7 s, one-leg 3 s; Berg 45/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // WMDC Bedford, Isaac Brandt: PWR!Up, PWR!Rock, PWR!Twist and PWR!Step in standing then PWR!Step to floor targets on cue, Individual ticked; axial rigidity and small steps in turns; TUG and turn steps; 97112 — 23 min matches: passes.
        ["v3-h182-wmdc-brandt-pwr-moves-named"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Orville Saunders, 73 · Med state: ON
            Wife says: "He got the tree to the curb himself."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR!Up, PWR!Rock, PWR!Twist and PWR!Step in standing, then PWR!Step to floor targets on a called color, with big arm swing cued.
            Deficit: axial rigidity and small, slow steps when turning.
            Measures: TUG 12.4 sec (13.2 before the holidays); 360° turn in 9 steps.
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Halyard, Cawthorne-Cooksey head and eye exercises progressed from seated to standing to walking with a ball tossed above eye level, just you and me; L vestibular hypofunction; DGI and DVA; "97112 — 24" matches: passes.
        ["v3-h182-hal-cawthorne-cooksey"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes — her husband waited in the car with the dog
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): Cawthorne-Cooksey head and eye exercises — eyes then head up and down and side to side seated, then standing, then walking across the room tossing a ball hand to hand above eye level, turning on my cue
            What's the problem we're chasing?: L vestibular hypofunction; the wooden-boat builder loses his footing looking up at the hull from under it
            Numbers! (scores, seconds, microvolts, grades): DGI 19/24; DVA 2 lines lost (4 at eval)
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ISU student form: the FIFA 11+ part 2 balance exercises (single-leg stance with a ball throw, a partner's shoulder push while in single-leg stance, squats on the toes, jumping with landing cues), Individual; knee valgus on landing; LESS score and hop; "Minutes — 97112: 23" matches: passes.
        ["v3-h182-isu-fifa-11-plus-part-2"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): Individual — one patient, the student and the CI
            Interventions (list each with parameters): FIFA 11+ part 2 balance exercises — single-leg stance throwing the ball with the SPT, single-leg stance against SPT shoulder pushes, squats on the toes, vertical jumps with soft-landing and knee-over-toe cues
            Impairment(s) targeted: R knee neuromuscular control; dynamic valgus on landing after the ACL reconstruction
            Outcome measures (name: score): LESS 5 (8 at the last re-check); single hop R 131 cm, L 148 cm
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 23)], []),

        // BOSM Kimberly Askins' pipes: Mulligan SNAGs for cervical rotation with its dose and upper-trap soft-tissue work on a 97140; neck stiffness and pain turning; rotation degrees; 97140 | 11 min | matches: passes.
        ["v3-h182-bosm-askins-mulligan-snags"] = new(
            """
            97140 | 11 min | Mulligan SNAGs C5-6 for R rotation 3 sets of 6 + STM R upper trap + levator | neck stiff + pain turning R to back the boat trailer down the ramp | cervical rot R 52 deg to 64 deg
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // RSP, McKenzie repeated extension in lying and in standing with its dose on a 97110; central low back pain; sets and reps; clock (14') matches: passes.
        ["v3-h182-rsp-mckenzie-repeated-extension"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 06.01.2027 · retired cannery line lead, 68 y
            97110 TE 11.10–11.24 (14') — McKenzie repeated extension in lying 3 x 10, extension in standing 2 x 10 at the counter, then prone press-ups with exhale 2 x 10.
            Problem: central low back pain and stiffness into extension after lifting the Christmas boxes to the attic.
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // CBMC Lucia Ferreira (OTR/L), double spaces and one final period: constraint-induced shaping tasks with the L mitt on (flipping cards, stacking cups, turning the faucet), 97530; R hand and arm after the stroke; counts and assist; 97530  19 min matches: passes.
        ["v3-h182-cbmc-ferreira-constraint-induced-shaping"] = new(
            """
            97530  19 min  constraint induced shaping tasks w the L mitt on  flipping playing cards  stacking cups on the shelf  turning the faucet on and off at the sink  R hand + arm weakness and slow grasp release after the L CVA  12 cards flipped  6 cups stacked w min assist  faucet 5 of 5 independently.
            """,
            ["I69.351"], [OT("97530", 19)], []),

        // PCPT Houma, Jules Guidry: "Bayou Balance level 8" as the only thing done, with a deficit and a number: technique missing.
        ["v3-h182-pcpt-bayou-balance-level-eight-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 01/05/2027 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 8 — moved her up from 7, cher
            For: poor postural control, she sway back reachin' up for de king cake pans on de top shelf
            Numbers: Berg 48/56
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // ERPT Gail Sorensen: "did her otago strength ex" with the exercises named and no dose anywhere, no number but the code's minutes: measure missing; exercises and leg weakness present.
        ["v3-h182-erpt-sorensen-otago-strength-no-dose"] = new(
            """
            97110 21 min did her otago strength ex knee ext w the cuff weight & side hip abd & calf raises & toe raises at the counter weak legs since the flu over the holidays cant get up the church steps w/o pulling on the rail
            """,
            ["M62.81"], [PT("97110", 21)], [At(Measure, "97110")]),

        // WMDC Lynchburg, Colleen Marsh: PWR! Moves named with Individual ticked and a TUG, but no deficit anywhere (no Deficit line, a neutral quote): deficit missing.
        ["v3-h182-wmdc-marsh-pwr-moves-no-deficit"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Harlan Bledsoe, 69 · Med state: ON
            Pt says: "My daughter bought me new walking shoes."
            97112 — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR!Up and PWR!Rock in standing, PWR!Twist in sitting and standing, PWR!Step forward and to each side to a metronome.
            Measures: TUG 11.8 sec; 10 m walk 1.02 m/s.
            Colleen Marsh, PT
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // QHPT Montpelier, Eli Tremblay: "she can't feel her boots on the packed snow and watches her feet the whole way to the mailbox" — somatosensory loss stated as a finding; foam eyes closed, marching on foam, stepping to targets without looking; mCTSIB seconds; seen 1:1; 97112 — 22 min matches: passes.
        ["v4-h182-qhpt-tremblay-cant-feel-her-boots"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1 — her husband stayed home to plow.
            Foam stance with eyes closed, marching in place on the foam, stepping to floor targets without looking down.
            She can't feel her boots on the packed snow and watches her feet the whole way to the mailbox; numbness both feet to the ankles.
            mCTSIB foam eyes closed 8 sec, firm eyes closed 30 sec.
            Eli Tremblay, PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // BOSM Dwayne Pressley's double slashes: "knee caves in stepping down off the feed-store loading dock" — neuromuscular control stated as a finding; step-downs to stick, single-leg perturbations; Y balance; 97112 // 24 min matches: passes.
        ["v4-h182-bosm-pressley-knee-caves-off-loading-dock"] = new(
            """
            97112 // 24 min // 1 on 1 // SL step down off 8 in box to stick + SL perturbations on the half dome + lateral bound to stick // R knee caves in stepping down off the feed-store loading dock // poor R quad + glute timing s/p meniscus repair // Y balance ant R 58 cm L 65 cm
            """,
            ["S83.231D"], [PT("97112", 24)], []),

        // WMPT Cooperstown, Bridget Kowalczyk: "she sways and grabs the banister at the top of the staircase when she turns to go down" — postural control stated; turning drills on the landing, foam stance with head turns, step-and-stick on the bottom stair; Berg and turns; one-on-one; "97112 — 23" matches: passes.
        ["v4-h182-wm-grabs-banister-top-of-stairs"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): —
            Describe the skilled interventions you performed: turning in place on the upstairs landing to my count, foam stance on the bath mat with head turns, step-and-stick on the bottom stair without the rail
            What impairment(s) did you treat today?: she sways and grabs the banister at the top of the staircase when she turns to go down; late hip strategy turning
            Objective measures today (test name and result): Berg 44/56; 4 of 6 landing turns without reaching for the rail
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Halyard: "her pelvic floor fires late — she leaks hauling the mooring line aboard" — timing of recruitment stated; the Knack before lifts, quick flicks with sEMG; Modified Oxford and dry lifts; "97112 — 22" matches: passes.
        ["v4-h182-hal-fires-late-hauling-the-line"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack before lifting a weighted crate from the floor, quick flicks with sEMG feedback in standing, contract-then-lift timing drills hauling a weighted rope
            What's the problem we're chasing?: her pelvic floor fires late — she leaks hauling the mooring line aboard; recruitment comes after the lift starts
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 4 of 5 crate lifts
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // SNSS Mateo Velez's full sentences: "his right ankle goes at the edge of the rink where the boards meet the rubber mat" — proprioception stated as a finding; one-on-one; rocker, foam, hops; SLS and hop; 97112 22 min matches: passes.
        ["v4-h182-snss-velez-ankle-goes-at-rink-edge"] = new(
            """
            97112 22 min. I worked with him one-on-one for the whole block. Rocker board eyes closed in both directions, single-leg stance on foam while he caught a puck-sized beanbag, then lateral hops to a stick. His right ankle goes at the edge of the rink where the boards meet the rubber mat; proprioception on the right is clearly worse than the left. Single-leg stance on foam R 10 sec, L 24 sec. 6 of 10 hops stuck.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // MRH Salem, Simon Ledbetter: "Impairment: no change from last visit." and nothing else names one: deficit missing; individual, technique and measure present.
        ["v4-h182-mrh-ledbetter-no-change-from-last-visit"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 01/06/2027    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            BAPS level 3 clockwise and counterclockwise, tandem walking with head turns, rhythmic stabilization in single-leg stance.
            Impairment: no change from last visit.
            Berg 50/56; BAPS 25 sec without an edge touch.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ERPT Gail Sorensen: "same as last wk" where the deficit would be: deficit missing; just me & her, technique and measure present.
        ["v4-h182-erpt-sorensen-same-as-last-wk"] = new(
            """
            97112 23 min just me & her the whole block tandem on the beam fwd & bwd & foam w head turns same as last wk berg 49/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ISU, "Impairment(s) targeted: see eval" and nothing else names one: deficit missing; individual, techniques and measures present.
        ["v4-h182-isu-impairment-see-eval"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): BAPS level 4 both directions, single-leg stance on the Airex with ball toss, reactive steps to CI pushes
            Impairment(s) targeted: see eval
            Outcome measures (name: score): single-leg stance on Airex L 15 s; 7 of 10 pushes held with one step
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // WMPT Norwich, Theo Amankwah: the four-stage balance test stage by stage in seconds and a chair-stand count; tandem at the counter, stepping over the laundry basket, foam with head turns; postural control; one-on-one; "97112 — 22" matches: passes.
        ["v5-h182-wm-four-stage-and-chair-stand"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: tandem stance at the kitchen counter with head turns, stepping over the laundry basket forward and sideways, foam stance on the couch cushion with eyes closed
            What impairment(s) did you treat today?: impaired postural control with a narrow base; the retired bus driver lurches stepping down into the sunken living room
            Objective measures today (test name and result): four-stage balance — side by side 10 s, semi-tandem 10 s, tandem 6 s, one-leg 2 s; 30-second chair stand 8
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ISU: a Y-balance composite and a triple hop for distance on a 97112; reactive and landing drills; L knee neuromuscular control; Individual; "Minutes — 97112: 24" matches: passes.
        ["v5-h182-isu-y-balance-composite-triple-hop"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): single-leg landings from the 12 in box to stick, lateral bounds onto foam, perturbations at the pelvis in single-leg squat
            Impairment(s) targeted: L knee neuromuscular control after the ACL reconstruction; the masters Nordic skier's knee drifts in on the downhill
            Outcome measures (name: score): Y-balance composite L 88% (R 96%); triple hop L 402 cm, R 455 cm
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S83.512D"], [PT("97112", 24)], []),

        // Halyard: a PERFECT grading and sEMG microvolts on a pelvic-floor 97112; down-training and timing; overactivity and late relaxation; "97112 — 23" matches: passes.
        ["v5-h182-hal-perfect-and-microvolts"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): sEMG down-training in hook-lying and in sitting on the rowing seat, contract-relax timing with full release, diaphragmatic breathing with the lengthening cue
            What's the problem we're chasing?: pelvic floor overactivity and slow relaxation after a contraction; pain sitting through the rowing practice
            Numbers! (scores, seconds, microvolts, grades): PERFECT P3 E6 R5 F7; sEMG rest 7.9 µV down to 3.2 µV
            How did she feel leaving? (1–10): 8
            """,
            ["M62.89"], [PT("97112", 23)], []),

        // RSP: a Mini-BESTest and a gait speed on a 97112, "· 1:1"; reactive stepping and dual-task walking; postural control; clock (22') matches: passes.
        ["v5-h182-rsp-mini-bestest"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 07.01.2027 · harbour pilot, retired, 71 y
            97112 NMR 09.00–09.22 (22') · 1:1 — compensatory stepping to releases from a lean, walking with head turns and counting backward, foam stance with eyes closed.
            Problem: late reactive stepping backward and to the L; he stumbled on the ferry gangway.
            Mini-BESTest 20/28 (17 at eval); gait speed 1.08 m/s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BHOT Sheridan OT Ruth Ann Keel: 97530 with trips and assistance: carrying the ash pan to the bucket and clearing the front step with a push shovel; standing balance and L grip; 97530 — 20 min matches: passes.
        ["v5-h182-bhot-keel-97530-ash-pan-and-shovel"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97530 — 20 min
            Carrying the ash pan from the stove to the metal bucket by the door, then clearing the front step with the push shovel and setting it back on the hook.
            Poor standing balance with a load and a weak L grip after the R CVA; she sets the pan down twice on the way.
            4 ash-pan trips with stand-by assist; step cleared 2 passes with contact guard; shovel hung 3 of 3.
            Ruth Ann Keel, OTR/L
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // ERPT Hank Twomey: 97116 with distance and assistance: walker across the icy lot on traction cleats and up the ramp; L hip weakness and short step after THA; 97116 23 MIN matches: passes.
        ["v5-h182-erpt-twomey-97116-distance-assist"] = new(
            """
            97116 23 MIN GAIT WITH THE ROLLING WALKER ACROSS THE SANDED LOT AND UP THE RAMP ON THE TRACTION CLEATS CUES FOR A LONGER R STEP AND HEEL FIRST SHORT R STEP AND L HIP WEAKNESS AFTER THE THA 220 FT X2 SBA RAMP X2 CGA.
            """,
            ["Z96.642"], [PT("97116", 23)], []),

        // CBMC Priya Raman's slashes: "berg deferred pt tired from the drive over the pass" and nothing measured: measure missing; one to one, technique and deficit present.
        ["v5-h182-cbmc-raman-berg-deferred"] = new(
            """
            97112/23 min/one to one/gaze stabilization standing on foam + walking the hall w head turns/L vestibular hypofunction dizzy looking over her shoulder backing out of the orchard lane/berg deferred pt tired from the drive over the pass
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WMDC Bedford, Isaac Brandt: "Measures: deferred — retest at the progress note" and no number but the code's minutes: measure missing; individual, technique and deficit present.
        ["v5-h182-wmdc-brandt-measures-deferred"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Lyle Crouch · Med state: ON
            Pt says: "I caught my toe on the rug twice over New Year's."
            97112 — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Big steps over floor lines to a metronome, turning in a taped box with a count, backward stepping to a clap.
            Deficit: shuffling with a short step and toe catch when he turns.
            Measures: deferred — retest at the progress note.
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BOSM Kimberly Askins' pipes: hip exercises named with no dose anywhere on a 97110: measure missing; exercises and glute med weakness present.
        ["v5-h182-bosm-askins-97110-no-dose"] = new(
            """
            97110 | 18 min | clamshells w band + side planks + monster walks + SL bridges | R glute med weakness hip drops going up the bleacher steps
            """,
            ["M62.81"], [PT("97110", 18)], [At(Measure, "97110")]),

        // PCPT Houma, Jules Guidry: "Numbers: she say she feel mo' steady" and no number but the code's minutes: measure missing; one-on-one, technique and deficit present.
        ["v5-h182-pcpt-jules-feel-mo-steady"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board A/P eyes closed, foam stance wit' head turns, steppin' over de shrimp-net float line on cue, cher
            For: R ankle proprioception poor since she turn it on de wharf boards
            Numbers: she say she feel mo' steady
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form and as amended, true mismatches, missing separate time

        // MRH Bedford two headings, "NEUROMUSCULAR RE-EDUCATION 97112 — 23 min" and "THERAPEUTIC EXERCISE 97110 — 14 min", Individual ticked; each block complete: passes.
        ["v6-h182-mrh-ledbetter-two-headings"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 01/07/2027    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations at the pelvis on the foam, tandem walking with head turns, stepping over the cones on cue.
            Impairment: delayed stepping reaction after the fall carrying the tree out to the curb.
            Berg 47/56; 6 of 10 perturbations caught with one step.
            THERAPEUTIC EXERCISE 97110 — 14 min
            Sit-to-stands from the low mat 3x10, step-ups on the 6 in step 3x10 each, side-lying hip abduction with 3 lb 3x12.
            Impairment: bilateral hip extensor and abductor weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // QHPT Montpelier "97112 — 33 min" corrected by "SCRUB CORRECTION 01/07 (NB): 97112 was 23 min, not 33 — typo at signing": as amended 23 matches the line; seen 1:1, complete: passes.
        ["v6-h182-qhpt-scrub-23-not-33"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 33 min
            Seen 1:1.
            BAPS level 3 both directions, single-leg stance on foam with ball catches, stepping over the snowshoes on cue.
            L ankle proprioception after the fracture; she loses her footing on the icy granite steps at the statehouse.
            BAPS 22 sec without a touch; SLS foam L 7 sec.
            Eli Tremblay, PT
            SCRUB CORRECTION 01/07 (NB): 97112 was 23 min, not 33 — typo at signing.
            """,
            ["S82.62XD"], [PT("97112", 23)], []),

        // BHOT Buffalo late entry naming its DOS, clock range on the code's own line "97112 9:10–9:33" (23 minutes) on a 23-minute line; one-on-one, complete: passes.
        ["v6-h182-bhot-late-entry-clock-range-matches"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 01/05, written 01/06 after the Kaycee route. WT
            97112 9:10–9:33: one-on-one; his wife waited in the truck. Perturbations on the foam pad, tandem walking on the beam, stepping over the hurdle row to a clap. Postural control and a slow reactive step since he fell off the hay wagon tongue. Berg 48/56; 8 of 10 perturbations held.
            Wade Thorsby, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WMPT matrix of two codes, "97112 — 24" and "97140 — 12", one-on-one; balance and manual each complete: passes.
        ["v6-h182-wm-matrix-97112-and-97140"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97140
            Minutes for each code you selected:
            97112 — 24
            97140 — 12
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: rocker board A/P with eyes closed, single-leg stance on the couch cushion, step-and-stick onto the bath mat. Manual: talocrural posterior glides grade III 3 x 30 s, soft tissue mobilization to the L calf.
            What impairment(s) did you treat today?: L ankle proprioception after the fracture, she rolls it on the frozen gravel drive; L ankle stiff into dorsiflexion
            Objective measures today (test name and result): rocker A/P 14 s without an edge touch; SLS cushion L 9 s; knee-to-wall L 7 cm (4 cm before)
            """,
            ["S82.62XD"], [PT("97112", 24), PT("97140", 12)], []),

        // ISU two minute boxes, "Minutes — 97112: 24" and "Minutes — 97110: 13"; individual; each code complete: passes.
        ["v6-h182-isu-two-minute-boxes"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 24
            Minutes — 97110: 13
            Treatment format (select one): Individual
            Interventions (list each with parameters): NMR: single-leg stance on the Airex with head turns, lateral hops to stick, CI pushes in single-leg squat. Ther ex: step-downs off the 8 in box 3x10, Copenhagen planks from the knee 3x20 s, calf raises off the step 3x15.
            Impairment(s) targeted: R ankle and knee neuromuscular control after the sprain on the curling ice; R hip adductor and calf weakness
            Outcome measures (name: score): SLS Airex R 14 s; 6 of 8 hops stuck
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S93.401D"], [PT("97112", 24), PT("97110", 13)], []),

        // Halyard, "How long for each? (minutes): 97112 — 23; 97110 — 12" on one line; re-ed and exercise each complete: passes.
        ["v6-h182-hal-how-long-each-two-codes"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97110
            How long for each? (minutes): 97112 — 23; 97110 — 12
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): Re-ed: the Knack before coughs and before lifting the toddler from the floor, quick flicks in standing with sEMG. Exercise: bridges with a ball squeeze 3x12, sit-to-stands holding an 18 lb kettlebell 3x8, side-lying hip abduction 3x15.
            What's the problem we're chasing?: late pelvic floor recruitment with leaks lifting her granddaughter; weak glutes and hip abductors
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; dry on 4 of 5 toddler lifts
            """,
            ["N39.3", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // WHCC, a PT's 97112 and an OT's 97530 on one resident, each with its minutes; both complete: passes.
        ["v6-h182-whcc-pt-and-ot-one-resident"] = new(
            """
            97112 x 23 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 122  weight shifts on foam in the bars + stepping reactions to pushes + reaching out of base to take the ornaments off the hall tree  delayed stepping reactions + posterior lean  berg 42/56
            97530 x 18 min  A. Tibbetts OTR/L  standing at the dresser folding the holiday linens + putting them on the closet shelf  standing balance + R hand weakness  stood 2 bouts SBA  6 linens shelved CGA
            """,
            ["R26.81", "I69.351"], [PT("97112", 23), OT("97530", 18)], []),

        // RSP two clock lines, each with its minutes in brackets, "97112 … (22') · 1:1" and "97110 … (13')"; both complete: passes.
        ["v6-h182-rsp-two-clock-lines"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 08.01.2027 · crabber on the Guemes channel, 47 y
            97112 NMR 14.00–14.22 (22') · 1:1 — single-leg stance on the rocker with head turns, step-and-stick onto foam, perturbations at the pelvis. Problem: R knee neuromuscular control after the meniscus repair. SLS foam R 10 s; 7 of 10 perturbations held.
            97110 TE 14.22–14.35 (13') — step-downs 3 x 10, split squats 3 x 8 with 8 kg, terminal knee extension with the black band 3 x 15. Problem: R quadriceps weakness.
            """,
            ["S83.231D"], [PT("97112", 22), PT("97110", 13)], []),

        // ERPT Gail Sorensen "97110 32 min" on a 20-minute line: mismatch; otherwise complete.
        ["v6-h182-erpt-sorensen-97110-32-on-20"] = new(
            """
            97110 32 min sit to stand 3x10 & step ups 6 in 3x10 & heel raises 3x15 at the counter bil quad & calf weakness cant get up off the couch after the holidays
            """,
            ["M62.81"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // ISU "Minutes — 97112: 35" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h182-isu-box-35-on-23"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 35
            Treatment format (select one): Individual
            Interventions (list each with parameters): Frenkel exercises in sitting, stepping to numbered floor targets on cue, tandem walking with a light touch
            Impairment(s) targeted: L limb ataxia after the cerebellar stroke; the emeritus geology professor overshoots the curb
            Outcome measures (name: score): SARA 10 (11 last month); 8 of 10 floor targets hit
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["I69.393"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // MRH Salem, Theo Vance (OTR/L), heading "THERAPEUTIC ACTIVITIES 97530 — 20 min" on a 32-minute line: mismatch; otherwise complete.
        ["v6-h182-mrh-vance-ot-20-on-32"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 01/07/2027    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 20 min
            Taking down the greens standing at the mantel, carrying the garland to the storage tub, kneeling to close the tub and rising with the chair.
            R hemiparesis and poor standing balance reaching overhead after the stroke.
            Greens down standing with contact guard; 3 trips to the tub, supervision; kneel to stand with minimal assistance.
            """,
            ["I69.351"], [OT("97530", 32)], [At(Mismatch, "97530")]),

        // BHOT Sheridan late entry, clock range "97116 2:10–2:42 pm" (32 minutes) on a 20-minute line: mismatch; otherwise complete.
        ["v6-h182-bhot-late-entry-97116-clock-32-on-20"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 01/06, written 01/07 (CM)
            97116 2:10–2:42 pm: gait with the quad cane across the clinic and out to the sanded sidewalk, cues for a longer L step and heel strike. Short L step and L foot drop after the stroke. 180 ft x2 quad cane CGA; curb x2 with the rail, SBA.
            Colleen Marchetti, PTA
            """,
            ["I69.354", "M21.372"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // CBMC Priya Raman two codes with only "tx total 37 min" for the visit: separate time missing; each code's content complete.
        ["v6-h182-cbmc-raman-tx-total-only"] = new(
            """
            97112/one to one/rocker board eyes closed + tandem walk w head turns/poor postural control sways L turning at the sink/berg 45 of 56
            97110/sit to stand 3x10 + step ups 6 in 3x10 + bridges 3x12/bil hip + quad weakness
            tx total 37 min
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // WMPT matrix with a row left empty, "97112 — 22" and "97116 —": separate time missing; both codes complete.
        ["v6-h182-wm-matrix-row-left-empty"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97116
            Minutes for each code you selected:
            97112 — 22
            97116 —
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Balance: lateral perturbations in the doorway, foam stance with head turns. Gait: quad cane through the kitchen and out the back steps to the woodpile, cues for a longer R step.
            What impairment(s) did you treat today?: impaired postural control and a short R step after the L CVA
            Objective measures today (test name and result): 7 of 10 perturbations without a step; 160 ft with the quad cane SBA; back steps with the rail CGA
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // BOSM Reggie Gainey (PTA), a 97110 with its minutes and a 97140 strung on with none: separate time missing; both complete.
        ["v6-h182-bosm-gainey-second-code-no-minutes"] = new(
            """
            97110 19 min leg press 3x12 90# + SAQ 3# 3x15 + step downs 4 in 3x10 R quad weakness s/p TKA 6 wks 97140 patellar mobs sup + inf gr III 3 bouts + STM to the R quad R knee flexion 104 deg to 111 deg
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 19), PTA("97140", 9)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a 97112 and 97140 visit: note missing on each line, nothing else.
        ["v7-h182-empty-note-97112-and-97140"] = new(
            "",
            ["R26.81", "M25.571"], [PT("97112", 22), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of spaces and line breaks only on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h182-spaces-and-line-breaks-ot-97530"] = new(
            "  \n\n \n  ",
            ["I69.351"], [OT("97530", 21)], [At(NoteMissing, "97530")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h182-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 18)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning in Reggie Gainey's strung-together loads: leg press, step-downs, split squats and hamstring curls with sets, reps and pounds (technique and measure), R quad and hamstring weakness after a meniscus repair (deficit); 97110 20 min matches: passes.
        ["v7-h182-bosm-gainey-97110-meniscus"] = new(
            """
            97110 20 min leg press 3x12 100# + step downs 6 in 3x10 + split squats 3x8 w 10# db + HS curls on the ball 3x12 R quad + hamstring weakness s/p meniscus repair 10 wks cant squat down to the bottom shelf at the feed store
            """,
            ["S83.231D", "Z98.890"], [PTA("97110", 20)], []),

        // 97530's meaning at WHCC: OT Ann-Marie Tibbetts, hanging the Christmas sweaters back in the closet standing, carrying the tote to the bed and reaching to the top shelf (technique), standing balance and L hand weakness (deficit), sweaters hung and trips with assistance (measure); 97530 x 19 min matches: passes.
        ["v7-h182-whcc-tibbetts-97530-sweaters"] = new(
            """
            97530 x 19 min  A. Tibbetts OTR/L  res rm 131  standing at the closet hanging the christmas sweaters back up + carrying the tote from the bed to the closet + reaching to the top shelf  standing balance + L hand weakness after the CVA  9 sweaters hung standing SBA  tote carried 3 trips CGA
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // 97140's meaning at RSP: thoracic central PA glides grade III, rib mobilisation and soft-tissue work with bouts (technique, dose), mid-back stiffness and rib pain (deficit), rotation degrees; clock (12') matches: passes.
        ["v7-h182-rsp-97140-thoracic-and-ribs"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 04.01.2027 · deckhand on the Lummi ferry, 39 y
            97140 MT 15.00–15.12 (12') — central PA glides grade III T4-7, 4 x 30 s each level; R rib 5-6 mobilisation in side-lying; soft-tissue release to the R rhomboids.
            Problem: mid-thoracic hypomobility and R rib pain throwing the mooring line.
            Seated rotation R 40° (31° before).
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning at HLG: walker gait across the church hall and down the curb with heel-strike cues (technique), a short R step and R knee buckling after the TKA (deficit), distance and assistance (measure); 97116 · 21 min matches: passes.
        ["v7-h182-hlg-97116-church-hall-and-curb"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Comeaux, Rita (79) · Thomas Ashby, PT · 01/08/2027
            IN HER OWN WORDS: "I want to walk into the parish hall for the king cake party." (quoted as said)
            WHAT WE DID: 97116 · 21 min — gait with the rolling walker across the parish hall floor and down the curb to the lot, cues for heel strike and full knee extension on the R.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: short R step and the R knee buckles in stance after the TKA.
            MEASURED: 200 ft x2 with the walker, stand-by assist; curb down and up x2, contact guard.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 21)], []),

        // ERPT Hank Twomey generic: "BALANCE TRAINING TOLERATED WELL CONTINUE POC." with no delivery word — nothing named, no number but the code and its minutes, no one-on-one.
        ["v7-h182-erpt-twomey-generic-capitals"] = new(
            """
            97112 22 MIN BALANCE TRAINING TOLERATED WELL CONTINUE POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ISU generic two-code form: "neuro re-ed and ther ex per POC" / "Impairment(s) targeted: —" / "Outcome measures: tolerated well", Individual and a minute box for each (matching) — nothing named for either code.
        ["v7-h182-isu-generic-two-codes-per-poc"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 22
            Minutes — 97110: 15
            Treatment format (select one): Individual
            Interventions (list each with parameters): neuro re-ed and ther ex per POC
            Impairment(s) targeted: —
            Outcome measures (name: score): tolerated well
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WHCC Dmitri Lukin (PTA) generic, individual ticked: "balance ex per poc tol well" — nothing named, no number but the code and its minutes.
        ["v7-h182-whcc-lukin-generic-per-poc"] = new(
            """
            97112 x 21 min  D. Lukin PTA  [x] individual [ ] concurrent [ ] group  balance ex per poc  tol well
            """,
            ["R26.81"], [PTA("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary notes of the week (the false-positive guard) and the ordinary weak ones

        // MRH Salem, Theo Vance (OTR/L), "THERAPEUTIC ACTIVITIES 97530 — 21 min": taking the ornaments off the low branches standing, wrapping them at the table, carrying the box to the closet; R hemiparesis and standing balance; counts and assistance; matches: passes.
        ["vord-h182-mrh-vance-ot-97530-ornaments"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 01/04/2027    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 21 min
            Taking the ornaments off the low branches standing, wrapping each in tissue at the table, carrying the box to the hall closet and setting it on the shelf.
            R hemiparesis and poor standing balance reaching across her body after the stroke.
            18 ornaments off and wrapped standing with stand-by assistance; 2 trips to the closet with contact guard.
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // QHPT Barre, Jess Pomeroy (PTA) 97110 after a hip replacement with doses; hip abductor weakness: passes.
        ["vord-h182-qhpt-pomeroy-97110-hip"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — 18 min
            Side-lying hip abduction 3x12 with 2 lb, standing hip extension with the red band 3x15, mini squats at the counter 3x10, step-ups on the 4 in step 3x10.
            L hip abductor and extensor weakness after the L THA; she lurches to the L carrying the woodbasket.
            Jess Pomeroy, PTA
            """,
            ["Z96.642"], [PTA("97110", 18)], []),

        // QHPT Montpelier, Nora Beauchesne 97116: cane gait on the clinic's sanded walk and the curb with step-length cues; short R step after a fractured ankle; distance and assistance; 97116 — 20 min matches: passes.
        ["vord-h182-qhpt-beauchesne-97116-sanded-walk"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97116 — 20 min
            Gait with the straight cane along the sanded walk out front and the curb at the corner, cues for an even step length and heel strike on the R.
            Short R step and decreased R stance time after the ankle fracture; he hurries off the R foot on the ice.
            240 ft x2 with the cane, stand-by assist; curb up and down x3, contact guard.
            Nora Beauchesne, PT
            """,
            ["S82.841D"], [PT("97116", 20)], []),

        // BHOT Sheridan, Wade Thorsby 97140: lumbar rotational mobilisations and soft-tissue work with bouts; low back stiffness bending; range numbers; 97140 — 11 min matches: passes.
        ["vord-h182-bhot-thorsby-97140-lumbar"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97140 — 11 min
            Lumbar rotational mobilization grade III in side-lying both ways, 3 bouts each; soft-tissue mobilization to the L quadratus lumborum.
            Low back stiffness and L-sided pain bending to fork hay off the stack.
            Standing flexion fingertips to mid-shin (knee before); rotation L 35° (25° before).
            Wade Thorsby, PT
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // BHOT Buffalo late entry naming its DOS, complete 97112: one-on-one, foam, beam, hurdles; postural control; Berg: passes.
        ["vord-h182-bhot-late-entry-complete"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 01/07, written 01/08 before the Kaycee route. WT
            97112 — 22 min
            One-on-one; her sister waited in the car.
            Perturbations at the pelvis on the foam pad, tandem walking on the beam, stepping over the hurdle row to a clap.
            Postural control and a slow reactive step since she slipped in the calving barn.
            Berg 46/56; 7 of 10 perturbations held.
            Wade Thorsby, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CBMC Lucia Ferreira (OTR/L) 97530 in double spaces with one final period: laundry from the washer to the line, hanging it; L grip and standing balance; counts and assist; 97530  20 min matches: passes.
        ["vord-h182-cbmc-ferreira-97530-laundry"] = new(
            """
            97530  20 min  moving the wet laundry from the washer to the basket  carrying the basket to the drying rack  hanging towels w clothespins  L grip weakness and poor standing balance w a load after the R CVA  3 basket trips SBA  10 towels hung w min assist.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // CBMC Priya Raman's slashes, complete 97112: one to one, x2 viewing, head-turn walking; vestibular; dgi and dva: passes.
        ["vord-h182-cbmc-raman-complete"] = new(
            """
            97112/22 min/one to one/x2 viewing seated then standing on foam/walking the hall w head turns + quick stops/R vestibular hypofunction dizzy turning to check the orchard rows from the tractor/dgi 18 of 24/dva lost 3 lines
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // ERPT Hank Twomey's capitals, complete 97112: one on one, BAPS, foam, pushes; ankle proprioception; SLS seconds; 97112 23 MIN matches: passes.
        ["vord-h182-erpt-twomey-complete"] = new(
            """
            97112 23 MIN ONE ON ONE BAPS LEVEL 3 BOTH WAYS AND SINGLE LEG STANCE ON THE AIREX WITH PUSHES AT THE HIPS R ANKLE PROPRIOCEPTION POOR SINCE HE ROLLED IT STEPPING OFF THE PLOW TRUCK SLS R 11 SEC L 25 SEC.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // BOSM Reggie Gainey (PTA) strung-together 97112: 1 on 1, wobble board and foam perts; ankle proprioception; SLS; 97112 22 min matches: passes.
        ["vord-h182-bosm-gainey-97112-complete"] = new(
            """
            97112 22 min 1 on 1 w reggie whole block wobble board ap ml + perts on foam eyes closed + step to stick on the airex L ankle proprio poor s/p fx rolls it on the shop floor sls L 8s R 20s
            """,
            ["S82.62XD"], [PTA("97112", 22)], []),

        // WHCC Patrice Dunagan 97112, individual ticked: stepping reactions, foam, reaching; posterior lean; Berg; 97112 x 22 min matches: passes.
        ["vord-h182-whcc-dunagan-complete"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 204  stepping reactions to pushes in the bars + foam stance eyes closed + reaching out of base to the window sill  posterior lean + delayed stepping reactions  berg 43/56
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLG Fairhope OT Fern Ocampo 97530: putting away the clean dishes standing, carrying to the cupboard; standing balance and R hand; counts and assist; 97530 · 21 min matches: passes.
        ["vord-h182-hlg-ocampo-97530-dishes"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Arceneaux, Lottie (83) · Fern Ocampo, OTR/L · 01/06/2027
            IN HER OWN WORDS: "I took my whole tree down by myself, two days." (quoted as said)
            WHAT WE DID: 97530 · 21 min — unloading the dish rack standing, carrying plates to the upper cupboard two at a time, reaching to the back of the shelf.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: poor standing balance reaching overhead and R hand weakness after the stroke.
            MEASURED: 12 plates put away, 6 trips with stand-by assist; 4 overhead reaches, contact guard.
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // WMDC Lynchburg, Colleen Marsh 97116: metronome gait in the hall, big steps over floor lines, turning with a count; shuffling; gait speed and steps; 97116 — 20 min matches: passes.
        ["vord-h182-wmdc-marsh-97116-metronome"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Clement Hylton, 75 · Med state: ON
            Wife says: "He walked the whole mall on the returns day."
            97116 — 20 min
            Gait down the hall to a metronome, big steps over the floor lines, turning at the end to a count, cues for heel strike and arm swing.
            Deficit: shuffling, short steps and a slow turn.
            Measures: 10 m walk 0.98 m/s; 180° turn in 5 steps (8 at eval).
            Colleen Marsh, PT
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // PCPT Houma, Jules Guidry's complete 97112: one-on-one, foam, rocker, stepping over the crab-trap line; postural control; Berg and tandem: passes.
        ["vord-h182-pcpt-jules-complete"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 01/07/2027 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance wit' head turns, rocker board M/L eyes closed, tandem walkin' on de taped line, cher
            For: poor postural control, she sway reachin' to braid de king cake dough on de high counter
            Numbers: Berg 47/56; tandem 14 sec
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PCPT Houma, two dotted code lines each with its minutes, a 97112 and a 97110, both complete: passes.
        ["vord-h182-pcpt-two-dotted-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 01/08/2027 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: lateral pushes at de hips on de foam, steppin' over de hose on cue, gaze X1 standin'
            For: poor postural control, he stagger steppin' from de dock to de boat
            Numbers: Berg 49/56; 8 of 10 pushes caught
            Code 97110 Ther ex ........ 13 min
            Did: sit to stand 3x10, step-ups on de 6 inch step 3x10, bridges 3x12
            For: weak hips an' quads, cher
            Numbers: as listed
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 13)], []),

        // RSP 97110 with kilograms and a day-first date: goblet squats, step-ups and rows with loads; R knee and hip weakness; clock (15') matches: passes.
        ["vord-h182-rsp-97110-kilograms"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 07.01.2027 · Guemes ferry deckhand, 36 y
            97110 TE 15.30–15.45 (15') — goblet squats 3 x 10 with 12 kg, step-ups onto the 30 cm box 3 x 8 each, single-leg RDL 3 x 8 with 6 kg.
            Problem: R quadriceps and hip extensor weakness after the tibial plateau fracture; he can't climb the car-deck ladder.
            """,
            ["S82.141D"], [PT("97110", 15)], []),

        // WMPT Sidney, Lacey Pruitt (PTA), the matrix row "97112 — 32" on a 21-minute line: mismatch; otherwise complete.
        ["vord-h182-wm-pta-matrix-32-on-21"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 32
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: foam stance at the kitchen counter with eyes closed, tandem walking on the hall runner, stepping over the boot tray on cue
            What impairment(s) did you treat today?: somatosensory loss both feet, she can't feel the step edge on the mudroom stairs
            Objective measures today (test name and result): foam eyes closed 9 s; tandem 11 s
            """,
            ["E11.42"], [PTA("97112", 21)], [At(Mismatch, "97112")]),

        // WMPT Oneonta, diagnosis column carrying the required question's "N/A"; otherwise complete: diagnosis missing.
        ["vord-h182-wm-diagnosis-na"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): Husband (in the recliner with the news on)
            Describe the skilled interventions you performed: backward perturbations at the hips at the kitchen island, tandem walking along the runner, stepping over the quilt frame's foot rail without looking down
            What impairment(s) did you treat today?: delayed backward stepping reaction; the quilter tips back reaching to pin the top of the frame
            Objective measures today (test name and result): Berg 45/56; 6 of 10 backward perturbations with one step
            """,
            ["N/A"], [PT("97112", 22)], [Dx]),

        // Halyard 97140: external soft-tissue work to the obturator internus and adductors and SI mobilisation with holds and bouts; coccyx and hip pain sitting; hip rotation degrees; "97140 — 12" matches: passes.
        ["vord-h182-hal-97140-obturator-and-si"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97140
            How long for each? (minutes): 97140 — 12
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): external soft tissue mobilization to the R obturator internus and adductors in side-lying, 3 x 90 s holds; grade III R sacroiliac mobilization in prone, 3 bouts
            What's the problem we're chasing?: R coccyx and deep hip pain sitting on the hard rowing seat; the muscles beside the tailbone are guarded
            Numbers! (scores, seconds, microvolts, grades): hip internal rotation R 26° before, 34° after
            How did she feel leaving? (1–10): 7
            """,
            ["M53.3"], [PT("97140", 12)], []),

        // Halyard, a complete vestibular 97112 sent with no diagnosis: diagnosis missing only.
        ["vord-h182-hal-complete-no-dx"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes — her daughter held the phone to record the home program
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gaze stabilization X1 standing on the foam, walking the hallway with head turns and quick stops, habituation to looking up at the top shelf
            What's the problem we're chasing?: L vestibular hypofunction; the choir alto gets dizzy looking up at the director and down at her music
            Numbers! (scores, seconds, microvolts, grades): DGI 20/24; foam eyes closed 18 s
            """,
            [], [PT("97112", 23)], [Dx]),

        // SNSS Nadia Farhat's lower case 97112 complete: 1on1, bosu, perts, hops; knee proprioception; SLS and hops: passes.
        ["vord-h182-snss-farhat-complete"] = new(
            """
            97112 22 min 1on1 just her n me bosu sl stance w head turns + lateral perts at the hips + hop to stick on foam L knee proprio poor after the acl recon she buckles landing at cheer sls foam L 10 sec 5 of 8 hops stuck
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // SNSS Brent Halloran's double spaces, two codes each with its minutes, one final period; both complete: passes.
        ["vord-h182-snss-halloran-two-codes"] = new(
            """
            97112 23 min  1 on 1  rocker board eyes closed  SL stance on foam w ball toss  L ankle proprioception poor after sprain on the rink steps  SLS L 9 sec  97110 12 min  calf raises 3x15  band eversion green 3x15  SL RDL 3x8 10 lb  L peroneal + calf weakness.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 12)], []),

        // LMPT Archer Ave, J. Ruiz, "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …"; BOSU perturbations, hops; ankle control; SLS and hop: passes.
        ["vord-h182-lmpt-ruiz-97112-complete"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BOSU single-leg stance with perturbations at the hips, lateral hops to stick onto foam, eyes-closed rocker board
            Why: L ankle proprioception after the sprain; the mail carrier turns it on the icy porch steps
            #s: SLS foam L 12 sec; 6 of 8 hops stuck
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LMPT Archer Ave 97110 with doses; shoulder weakness after a cuff repair: passes.
        ["vord-h182-lmpt-ruiz-97110-shoulder"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97110 | Min: 19
            Tx: rows with the blue band 3x12, sidelying ER with 2 lb 3x12, wall walks 2x10, prone T's 2x10
            Why: R rotator cuff weakness after the repair; he can't lift the tree stand down from the garage shelf
            #s: doses as listed
            """,
            ["M75.121", "Z98.890"], [PT("97110", 19)], []),

        // PTH Galax, Verlie Cox 97116: quad cane through the house and down the ramp; L foot drop; distance and assist; "97116 [ 21 ] min" matches: passes.
        ["vord-h182-pth-cox-97116-ramp"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt and his daughter, taking the tree out to the burn pile
            97116 [ 21 ] min
            Gait with the quad cane from the bedroom to the kitchen and down the porch ramp, cues for L heel strike and a longer L step
            Problem: L foot drop and a short L step after the stroke
            Assist/Dist: 200 ft x2 quad cane CGA; ramp down and up x2, SBA
            Verlie Cox, PT
            """,
            ["I69.354", "M21.372"], [PT("97116", 21)], []),

        // PTH Independence, Verlie Cox 97110 with doses; quad and hip weakness: passes.
        ["vord-h182-pth-cox-97110-kitchen"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Independence · Present: pt alone, her son at work
            97110 [ 16 ] min
            Sit-to-stands from the kitchen chair 3x8, standing hip abduction at the counter with the yellow band 3x12, seated long-arc quads with a 2 lb cuff 3x15
            Problem: bilateral quad and hip abductor weakness, she can't get up off the low couch
            Verlie Cox, PT
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // TVPT Waitsburg "DELIVERY: One-on-one for the entire billed service? Y"; perturbations and foam; postural control; Berg and tandem; heading 23 matches: passes.
        ["vord-h182-tvpt-vandergriff-97112"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: backward and lateral perturbations at the pelvis, foam stance with head turns, stepping over the feed-sack line on cue, to retrain her stepping reaction
            DEFICIT ADDRESSED: delayed stepping reaction and postural sway; she went down on the frozen stock-tank apron
            OBJECTIVE: Berg 46/56; tandem 15 sec
            Celeste Vandergriff, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TVPT Waitsburg 97140: cervical and upper thoracic mobilisation with bouts; neck stiffness; rotation: passes.
        ["vord-h182-tvpt-vandergriff-97140"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97140 Manual therapy — 10 min
            WHAT I DID AND WHY: grade III upper thoracic PA glides T1-4, 3 bouts each, and suboccipital release, to restore rotation for driving the grain truck
            DEFICIT ADDRESSED: cervical and upper thoracic stiffness with pain turning to the R
            OBJECTIVE: cervical rotation R 55° (46° before)
            Celeste Vandergriff, PT
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // SWH Old Saybrook 97112 "· 1:1": pelvic and hip control on step-downs holding the car seat; lumbopelvic control; SLS and Y-balance: passes.
        ["vord-h182-swh-97112-car-seat"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 01/05/2027
            She reports: “I carried the baby down the icy back steps without that wobble.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — single-leg stance on foam with deep-abdominal co-contraction, step-downs holding the weighted car seat, perturbations at the pelvis in stride stance.
            Impairment: poor lumbopelvic motor control and a L hip drop on step-downs since the delivery.
            Objective: SLS foam L 14 s (11 s last visit); Y-balance anterior L 61 cm.
            """,
            ["O90.89", "R26.89"], [PT("97112", 22)], []),

        // OCM Macon, the post-TPE template rev. C with a clock range on the code's line, 1:1 ticked; complete: passes.
        ["vord-h182-ocm-clock-range-97112"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Macon
            DAILY NOTE — post-TPE template rev. C
            Patient: Eula Mae Harrell | Hollis Akins, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 10:15–10:38 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — stepping over the yardstick on cue, foam stance with head turns, pushes at the pelvis to train a stepping strategy.
            Impairment addressed: late protective step when she turns from the clothesline.
            Objective measure: Berg 46/56.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QBRH Eastport, Individual ticked; gaze and foam; vestibular; FGA filled; heading 23 matches: passes.
        ["vord-h182-qbrh-cobb-fga-filled"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: X1 viewing standing on foam, walking the corridor with head turns, pivot turns on cue
            IMPAIRMENT: L vestibular hypofunction; the sardine-cannery retiree veers walking down the breakwater
            OUTCOME MEASURE: FGA SCORE: 21/30
            Nora Cobb, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MLMPT Carla Hindman's expansion filled: 1on1, tx, def, meas; 97112 22 min matches: passes.
        ["vord-h182-mlmpt-hindman-expansion-filled"] = new(
            """
            97112 22 min 1on1 pt n me her husband out feeding the heifers tx tandem on the porch boards w head turns + stepping over the extension cord on cue + perts at the hips on the foam def poor postural control sways back on the icy porch steps meas berg 47/56 tandem 13s
            """,
            ["R26.81"], [PT("97112", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
