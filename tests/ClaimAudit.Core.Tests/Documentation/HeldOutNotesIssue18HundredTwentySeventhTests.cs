using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind beside the hundred-and-twenty-fourth) is a random week of notes
/// whose measures are written every way — scores with every separator ("44/56", "44 of 56", "44 out of 56", "44-56",
/// "44:56", "44 (of 56)", "Berg = 44"), counts of trials ("7/10", "7 of 10", "7x out of 10", "seven of ten", "70% of
/// trials"), assistance levels ("mod A → min A", "CGA", "SBA x1", "25% assist"), distances with and without units and
/// with approximations ("~150 ft", "≈ 45 m", "150’", "3 laps of the 60-ft hall"), changes over time ("↑ from 38", "was
/// 38, now 44", "+6 since IE", "Δ 6"), ranges of motion with degrees written "deg", "°", "º" or nothing, grades ("4-/5",
/// "3+/5", "grade III"), percentages, ratios and speeds ("0.8 m/s", "1.1 m/sec", "10MWT 12.4 s") — and notes whose only
/// numbers measure nothing (a date of service, an age, a house number on a county road, a jersey number, a medication's
/// dose, a step's height given as equipment) — about two thirds ordinary and complete (68 of 107), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PTA's and an OT's code on one visit),
/// by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a balance and falls clinic whose clinicians write their scores in prose ("Southern Tier Balance and Falls
/// Clinic", STBF: the Water Street clinic in Elmira, New York, and satellites in Corning and Ithaca; the "STBF Visit
/// Narrative" with its sentence-case headings "What we worked on", "Why", "How she did" and "Time", scores written out
/// as "she scored 44 out of 56 on the Berg, up from 38 when she started", "seven of ten", "Berg = 44", a "One-on-one for
/// timed codes: Y / N" line and an "Outcome measures: ☐ Berg ☐ TUG ☐ DGI" row): Dr. Naomi Castellucci (PT, DPT, NCS,
/// clinic director, Elmira), Bram Oosterhuis (PT, Corning), Leticia Fairweather (PTA, Ithaca) and Joan Pettibone (OTR/L);
/// a retired Corning glassblower, a woman who walks the Ithaca Commons to the farmers' market, a man who fell on the
/// Watkins Glen gorge stairs, a Seneca Lake tasting-room host, a TCAT bus driver, a retired professor who rings the
/// chimes in the clock tower, a quilter, and a granddaughter who drives her;</item>
/// <item>a sports-medicine practice whose therapists write in dense numeric shorthand ("Prairie Coteau Sports
/// Medicine", PCSM: Brookings and Yankton, South Dakota; one-line code heads "97112 NMR — 22 min", pipes and slashes,
/// "Imp:", "Tx:", "Obj:", "1:1 [x]" boxes, seconds in inch marks ("SLS eyes closed R 9" / L 24""), "Y-bal ANT
/// 62/68 cm", "LSI 91%", "3x8 @ 25#", ROM in "°", "º" and "deg", MMT grades, "↓" and "→"): Dr. Jens Halvorsen (PT, DPT, SCS), Maya Two Bulls (PT, ATC) and Tate
/// Kloster (PTA); a Jackrabbits volleyball libero, a pheasant hunter walking corn stubble, a barrel racer, a softball
/// catcher, a cross-country runner, a Missouri River kayaker, a pickleball player, a grain-elevator hand on the ladder,
/// a powerlifter and a teammate in bay 3;</item>
/// <item>a home-based Medicare Part B practice (not home health) whose PTAs write assistance levels and distances
/// ("Porchlight Therapy at Home", PTH: Galax, Hillsville and Wytheville in Virginia's Blue Ridge; the "Porchlight Home
/// Visit Note" with "Visit at:", "Present:", "Tx:", "Problem:", "Assist/Dist:" fields, minute boxes "97116 [ 23 ] min",
/// "amb 150’ RW CGA → SBA", "~150 ft", "mod A → min A", "25% assist", "SBA x1"): Rhonda Sizemore (PT, DPT, supervising),
/// Darnell Hash (PTA), Kaylee Quesenberry (PTA) and Lorena Bowman (OTR/L); a woman who gathers eggs from the henhouse,
/// an old-time fiddler who plays at the Galax convention, a woman in a doublewide with four 7-inch porch steps, a man whose
/// hospital bed is in the front room, a daughter, an agency aide, a beagle, a woodstove and a husband who is also on the
/// caseload.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who counts an objective measure with a number for
/// 97112 in whatever form it is written (a score with any separator, a count of trials, seconds, a distance, a speed, a
/// percentage, a change from a stated baseline), counts a dose (sets, repetitions, load, hold, distance, assistance
/// level) as a measure for the other codes, and does not count a number that measures nothing (a date, an age, an
/// address, a jersey number, a medication's milligrams):
/// <list type="bullet">
/// <item>class 1 (v1-h127-…): one-on-one in these writers' own words ("She had my whole attention for the balance work
/// — one-on-one; her granddaughter watched from the chairs", "1:1 entire NMR blk", "1:1 in her kitchen, daughter at
/// the table the whole time", "one-on-one; the aide from the agency stayed in the room to learn the guarding", "1 on 1,
/// just Mr. Dalton and me (and the beagle)"), notes that negate it (a PT going back and forth between her and Mr.
/// Haskins on the beam, a PTA "alternating sets w/ pt in bay 3", "Not 1:1 today, also covering Dr. H's post-op in
/// bay 2") or never state it (a falls-clinic PTA's prose note, a shorthand two-code note), and the codes without a
/// one-on-one check: an OT's 97530 with a husband who is also a patient in the same kitchen and a PTA's 97110 beside a
/// teammate;</item>
/// <item>class 2 (v2-h127-…): checkbox and blank-field states on these templates ("1:1 [x]", "1:1 [ ]", "1:1? Y", "One-on-one
/// for timed codes: Y / N" left unanswered and answered "Y", "Assist: ___ Dist: ___" blank and filled, "Y-bal: __/__ cm
/// SLS: __", "Berg: [score not entered]", "Problem: ________", "Tx: ______", an unrelated "Present: ________" beside a
/// typed one-on-one line, and an "Outcome measures: ☒ Berg 46/56 ☐ TUG ☐ DGI" row);</item>
/// <item>class 3 (v3-h127-…): named programmes and methods as techniques (Tai Ji Quan: Moving for Better Balance,
/// perturbation-based balance training on the ActiveStep treadmill, reactive neuromuscular training with a band pulling
/// the knee into valgus, limits-of-stability training on the Biodex Balance System, the LiFE programme's balance built
/// into daily tasks, FIFA 11+ part 2 with its doses, the GRASP arm programme), a home programme "advanced to level C per
/// protocol" as the only technique, the PEP programme with no dose, and a Tai Ji Quan note with no deficit;</item>
/// <item>class 4 (v4-h127-…): deficits stated as findings in these writers' terms (she sways with her eyes closed and
/// catches the counter, his feet don't tell him where the gorge steps are, "(+) dyn valgus L on SL squat", late glute
/// med, a foot that won't clear the threshold strip, a man who needs both arms to get out of the recliner, a knee that
/// buckles on the elevator ladder, a quilter who can't reach the top shelf of her fabric closet) and notes that state
/// none ("She had no particular problems today", "Imp: —", "Problem: same as last visit");</item>
/// <item>class 5 (v5-h127-…): measures in every form listed above, on 97112 as scores, trials, seconds, speeds and
/// changes, on 97116 as distances and assistance levels, on 97530 as assistance levels and percentages, on 97110 as
/// MMT grades and doses, on 97140 as ranges of motion in three notations, beside a step's height and a medication's dose
/// that are only equipment and history; and notes with none — a 97112 whose only numbers are the patient's age and the
/// date, a 97112 whose only numbers are a house number and a bladder pill's milligrams, a 97112 whose only numbers are a
/// jersey number and a game date, a 97110 whose exercises have no dose beside a beta-blocker's milligrams, a Berg
/// deferred, and a walker walk round the house with no distance or assistance level;</item>
/// <item>class 6 (v6-h127-…): minutes in these writers' forms (a prose "Time" line per code, a pipe-separated line "97112
/// (NMR) 22 min | 97110 (TE) 16 min", minute boxes, a clock range on the code's own line "97140 manual 1402–1413", minutes
/// in words, a PTA's and an OT's code each with its minutes, three codes "x 23 min" shorthand, a single code with no
/// minutes stated) and true mismatches (a prose "35 minutes" on a 23-minute line, "TE 97110 28 min" on a 16-minute line, a
/// PTA's box "[ 30 ]" on an 18-minute line) and truly missing separate time (only "Total timed 38 minutes", one of two
/// codes without its minutes, a home visit's arrival and departure clock times only);</item>
/// <item>class 7 (v7-h127-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (Copenhagen adductor planks, lateral lunges and Nordic hamstring lowers
/// with doses), 97530 (getting down to and up from the floor by the woodstove, carrying firewood), 97140 (talocrural
/// posterior glides grade III and soft tissue work to the calf) and 97116 (a walker on the porch ramp and the gravel
/// drive), and wholly generic notes in each employer's voice;</item>
/// <item>ordinary (vord-h127-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// full of numbers that are not minutes, and the ordinary weak ones: a complete note with no diagnosis, a claim whose
/// diagnosis is an old ICD-9 code, a complete note whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — granddaughters, daughters, an agency
/// aide, a husband (none of them a patient; Mr. Haskins on the beam, the athlete in bay 3 and the post-op in bay 2 are),
/// dates of service and of games, ages, house and route numbers, jersey numbers, milligrams of medication, step and box
/// heights in inches, loads in pounds, scores, trials, seconds, distances in feet and metres, speeds, degrees,
/// percentages and grades — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's
/// minutes are written next to the code ("97112 NMR — 22 min", "Neuromuscular re-education (97112): 24 minutes"), in its
/// block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a visit, a
/// drill, a rest or a test, except the three that fail for a visit's total (a total timed line, a home visit's arrival
/// and departure times, a generic note's total); notes failed for want of a measure carry no number but their code and
/// its minutes and, in this set, numbers that plainly measure nothing (an age, a date, a house number, a jersey number,
/// a medication's milligrams). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
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
/// This set also leaves out the measures that could honestly be read either way: a step's height, a band's colour, a
/// mobilisation grade or an assistance level as a 97112's only number, a score with no test named ("44/56" alone), a
/// change with no baseline or current value ("+6" alone, "Δ 6" alone), a range of motion as a 97112's only measure, a
/// percentage of weight bearing prescribed by the surgeon, a trial count with no denominator ("got 7 today"), a
/// distance or score written as a fraction that could be a date ("3/14"), and "m" after a number where metres and
/// minutes could both be meant.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 107 cases agree (105 needed), and 2 of the 68 notes the reviewer passes got a finding, on the analyzer of 0b70643 (the 2026-12-07 nineteenth session after the hundred-and-nineteenth to hundred-and-twenty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 107 of 107, no false positive — a balance scale's score written with a colon ("Berg 44:56"), reactive neuromuscular training (RNT) by name.</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentySeventhTests(ITestOutputHelper output)
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

        // STBF Elmira prose narrative: "She had my whole attention for the balance work — one-on-one; her granddaughter watched from the chairs"; perturbations on the foam, tandem walking with head turns, stepping strategy drills; delayed stepping and sway; Berg "44 out of 56, up from 38"; "Time: Neuromuscular re-education (97112), 24 minutes" matches: passes.
        ["v1-h127-stbf-whole-attention-granddaughter-watching"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Adelaide Ferris, 03/04/2026 — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: She had my whole attention for the balance work — one-on-one; her granddaughter, who drives her in from Horseheads, watched from the chairs. I gave her small nudges at the pelvis while she stood on the foam, then tandem walking along the rail turning her head to read the cards I held up, and stepping-strategy drills where she had to get a foot out fast when I let go of the gait belt.
            Why: her stepping reaction is slow and she sways more when the floor is soft; she has fallen twice since the back-to-school sale in August.
            How she did: she scored 44 out of 56 on the Berg today, up from 38 when she started, and got a foot out in time on seven of ten releases.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // STBF Corning prose: Bram "went back and forth between her and Mr. Haskins on the balance beam" for the whole block — another patient treated in the billed time: one-on-one missing; techniques (beam walking, foam perturbations, rhythmic stabilisation), deficit (postural control, ankle strategy) and measures (Berg, trials) present.
        ["v1-h127-stbf-back-and-forth-with-mr-haskins"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Lyle Dorsey — Bram Oosterhuis, PT
            What we worked on: Mr. Haskins was on the balance beam next to him, so I went back and forth between the two of them for the whole session. For Mr. Dorsey: forward and backward walking on the beam, perturbations at the shoulders standing on the foam, and rhythmic stabilization with his feet together.
            Why: poor ankle strategy and postural control since his fall at the glassworks museum; he steps out to catch himself at the smallest push.
            How she did: Berg 41 of 56 today. He held the foam without stepping on 6 of 10 pushes.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PCSM Brookings shorthand "1:1 entire NMR blk"; BOSU perturbations, SL hop-and-stick, reactive cone taps; L knee proprioception and dyn valgus after ACL-R; Y-bal and hop-and-stick counts; "97112 NMR — 22 min" matches: passes.
        ["v1-h127-pcsm-1to1-entire-nmr-block"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Kenna Vos, 19 y/o, SDSU volleyball (libero)
            97112 NMR — 22 min — 1:1 entire NMR blk
            Tx: BOSU flat-side-up perturbations in SL stance | SL hop-and-stick fwd/lat | reactive cone taps to my calls
            Imp: L knee proprioception ↓, dyn valgus L on landing, 5 mo s/p L ACL-R (BPTB)
            Obj: Y-bal ANT 62/68 cm L/R | hop-and-stick L 8/10 clean (5/10 last wk)
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // PCSM Yankton PTA "alternating sets w/ pt in bay 3" on the BOSU — another patient treated in the block: one-on-one missing on the 97112; techniques (BOSU, perturbations), deficit (ankle proprioception) and measures (SLS seconds) present.
        ["v1-h127-pcsm-pta-alternating-sets-with-bay-3"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Garrett Lindholm (cross-country, JV)
            97112 NMR — 21 min — alternating sets w/ pt in bay 3 (his teammate, L ankle)
            Tx: BOSU SL stance w/ ball toss | lat perturbations on the foam pad | star excursion reaches
            Imp: R ankle proprioception ↓ after 2nd inversion sprain, rolls it on the gravel loop
            Obj: SLS eyes closed R 9" / L 24" | 4 of 6 perturbations w/o a touch-down
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // PTH Galax, Darnell (PTA): "1:1 in her kitchen, daughter at the table the whole time"; tandem at the sink with head turns, reaching out of base to the cabinet, perturbations at the hips; sway and a slow step after a fall; tandem seconds and reaches; "97112 [ 23 ] min" matches: passes.
        ["v1-h127-pth-one-on-one-in-her-kitchen-daughter-at-the-table"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, 2216 Coulson Church Rd, Galax    Clinician: Darnell Hash, PTA
            Present: daughter (Sherry)
            97112 [ 23 ] min — 1:1 in her kitchen, daughter at the table the whole time
            Tx: tandem stance at the sink w/ head turns; reaching out of her base to the top cabinet; perturbations at the hips standing on the rug
            Problem: postural sway and a slow catch step since the fall in the laundry room; grabs the counter when she turns
            Assist/Dist: tandem 12 sec R fwd, 7 sec L fwd; 4 of 5 reaches w/o touching the counter
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // PTH Hillsville, Kaylee (PTA): "one-on-one — the aide from the agency stayed in the room to learn the guarding"; weight shifts over the foam cushion, step-overs of the cane, marching with eyes closed; proprioception in the feet with neuropathy; 4-stage balance seconds; box matches: passes.
        ["v1-h127-pth-aide-stayed-to-learn-the-guarding"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            Present: home aide (Blue Ridge Home Care)
            97112 [ 22 ] min — one-on-one; the aide from the agency stayed in the room to learn the guarding
            Tx: weight shifts on the couch cushion (foam) front/back and side to side; stepping over the cane laid on the floor; marching in place eyes closed at the counter
            Problem: can't feel his feet (diabetic neuropathy) — proprioception poor, widens his base and looks down
            Assist/Dist: 4-stage balance: feet together 10 sec, semi-tandem 10 sec, tandem 4 sec, single leg 0 sec; CGA throughout
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // STBF Ithaca PTA's prose note that never says one-on-one: perturbations, foam stance eyes closed, head-turn walking; vestibular hypofunction; DGI "19 of 24"; minutes match — one-on-one missing.
        ["v1-h127-stbf-pta-prose-never-says-it"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Ms. Rosalind Achterberg — Leticia Fairweather, PTA
            What we worked on: gaze stabilization with the letter card at arm's length while she turned her head, standing on foam with her eyes closed, and walking the hall turning her head left and right on my count.
            Why: left vestibular hypofunction after the neuritis in January; the Commons at the farmers' market makes her dizzy and she drifts left.
            How she did: she scored 19 of 24 on the DGI today; it was 14 at her evaluation.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["H81.22"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PCSM shorthand two-code note with no one-on-one statement: 97112 (SL RDL on foam, perturbations, Y-bal) and 97110 (with doses), both complete and each with its minutes — one-on-one missing on the 97112 only.
        ["v1-h127-pcsm-two-codes-no-1to1"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Daryl Keizer (pheasant guide)
            97112 NMR — 20 min | 97110 TE — 12 min
            NMR: SL stance on foam w/ perturbations | SL RDL to cone touch on the airex | lateral hops over the line w/ stick
            Imp: R ankle proprioception ↓, rolls it walking corn stubble; late peroneal response
            Obj: SLS R 14" eyes closed (L 28") | Y-bal ANT 58/63 cm R/L
            TE: calf raises SL 3x15 | banded eversion 3x20 red | lateral step-downs 6" box 3x10
            """,
            ["S93.401D"], [PT("97112", 20), PT("97110", 12)], [At(OneOnOne, "97112")]),

        // PTH Wytheville OT 97530 in the kitchen with Mr. Akers, who is also on the caseload, working beside his wife — 97530 has no one-on-one check; meal prep and transfers with counts and assist, R hemiparesis: passes.
        ["v1-h127-pth-ot-97530-husband-also-on-caseload"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: the Akers' home, Wytheville    Clinician: Lorena Bowman, OTR/L
            Present: husband (Mr. Akers, also on our OT caseload — worked on his own jar-opening alongside her)
            97530 [ 20 ] min
            Tx: standing meal prep at the counter — cracking eggs, carrying the skillet from the stove to the table, wiping the counter with the R hand; stove-to-table transfers with the rollator
            Problem: R hemiparesis after the stroke in the fall; R hand drops things when she turns
            Assist/Dist: 3 trips stove to table with the rollator CGA; 5 eggs cracked, 1 dropped; 25% assist to stand from the kitchen chair
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // PCSM PTA 97110 beside a teammate on the next rack — 97110 has no one-on-one check; loads and sets, R hip weakness after a strain: passes.
        ["v1-h127-pcsm-pta-97110-beside-a-teammate"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Brynn Ostrander (softball, catcher)
            97110 TE — 18 min (her teammate on the next rack with her own program)
            Tx: goblet squat to box 3x8 @ 25# | lateral band walks 3x15 green | Copenhagen short lever 3x20" | SL bridge 3x12
            Imp: R hip adductor strain, weak R hip ADD/ABD — pain coming out of the crouch
            Obj: MMT R hip add 4-/5, abd 4/5
            """,
            ["S76.211D"], [PTA("97110", 18)], []),

        // PCSM "Not 1:1 today, also covering Dr. H's post-op in bay 2" — the therapist attended another patient during the block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h127-pcsm-not-1to1-covering-bay-2"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Lacey Ruud (barrel racer)
            97112 NMR — 22 min — Not 1:1 today, also covering Dr. H's post-op in bay 2
            Tx: rocker board A/P + M/L eyes closed | lat perturbations in half-kneel | SL stance on foam w/ head turns
            Imp: L knee proprioception ↓ s/p MCL sprain off the horse; knee wobbles on the mounting block
            Obj: rocker M/L 16" w/o edge touch | SLS foam L 11" (R 26")
            """,
            ["S83.412D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PTH Galax PTA "1 on 1, just Mr. Dalton and me (and the beagle)"; step-ups with perturbations, stepping strategies, eyes-closed stance; slow stepping with Parkinson's; TUG and 5xSTS; box matches: passes.
        ["v1-h127-pth-1-on-1-and-the-beagle"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97112 [ 24 ] min — 1 on 1, just Mr. Dalton and me (and the beagle)
            Tx: big-step stepping strategy drills front/side/back in the front room; perturbations at the shoulders standing on the rag rug; turning 180° around the cone with big steps
            Problem: Parkinson's — small, slow steps and a late catch step; freezes turning at the woodstove
            Assist/Dist: TUG 16.4 sec (19.1 at IE); 5xSTS 17 sec; caught 5 of 8 backward pushes with one step
            """,
            ["G20.A1"], [PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states on these templates

        // PCSM "1:1 [x]" ticked; SL squat with band-driven valgus perturbation, hop-and-stick, reactive mirror drills; L knee neuromuscular control after ACL-R; hop LSI and Y-bal: passes.
        ["v2-h127-pcsm-1to1-box-ticked"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Tessa Groen (pickleball)
            97112 NMR — 23 min    1:1 [x]
            Tx: SL squat w/ band pulling knee medially | lateral hop-and-stick | reactive mirror drills, shuffle on my point
            Imp: L knee neuromuscular control ↓ — dyn valgus on the cut, s/p L meniscus repair
            Obj: SL hop LSI 84% (71% at 8 wk) | Y-bal PM 94/101 cm L/R
            """,
            ["S83.232D"], [PT("97112", 23)], []),

        // PCSM "1:1 [ ]" left unticked and no other word on delivery: one-on-one missing; the rest complete.
        ["v2-h127-pcsm-1to1-box-empty"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Corbin Vetter (kayaker)
            97112 NMR — 22 min    1:1 [ ]
            Tx: half-kneel rhythmic stabilization | tall-kneel on the airex w/ perturbations | seated trunk perturbations on the physioball
            Imp: trunk postural control ↓ after the L4-5 microdiscectomy; loses it when the boat rocks
            Obj: seated ball perturbations 7/10 w/o hand down | side plank 28" R / 19" L
            """,
            ["M51.26"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PCSM "1:1? Y" typed: one-on-one stated; foam head turns, perturbation on the slide board, cone reaches; ankle proprioception; SLS and reaches: passes.
        ["v2-h127-pcsm-1to1-question-y"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Jace Moberg (grain-elevator hand)
            97112 NMR — 20 min    1:1? Y
            Tx: SL stance on foam w/ head turns | lateral perturbations on the slide board | cone reaches in SL stance
            Imp: R ankle proprioception ↓ since the fall off the elevator ladder; ankle gives on the rungs
            Obj: SLS foam R 13" (L 30") | cone reaches 5 of 6 w/o touch-down
            """,
            ["S93.401D"], [PTA("97112", 20)], []),

        // STBF "One-on-one for timed codes: Y / N" left with nothing chosen: one-on-one missing; Berg in prose, foam and perturbation work, postural sway present.
        ["v2-h127-stbf-y-n-left-unanswered"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Victor Pangborn — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y / N
            What we worked on: standing on the foam with his eyes closed, small pushes at the pelvis in each direction, and stepping over the row of shoe boxes without looking down.
            Why: postural sway and a slow stepping reaction; he caught his toe on the curb outside the Arnot mall.
            How he did: his Berg came out at 46 out of 56 today.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // STBF "One-on-one for timed codes: Y" answered; tandem walking on the foam beam, perturbations, gaze work; ataxia; "Berg = 44" and "SARA 9": passes.
        ["v2-h127-stbf-y-answered"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Ilse Van Etten — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: tandem walking along the foam beam, perturbations in tandem stance, and reaching for the bean bags I held out to either side while she kept her feet still.
            Why: truncal ataxia after the cerebellar stroke last spring; she overshoots when she reaches and lurches on turns.
            How she did: Berg = 44 today, and her SARA is down to 9.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // PTH PTA 97116 with "Assist: ___  Dist: ___" left blank and no other number but the code and its minutes: measure missing on 97116; walker gait, cues; shuffling after a hip fracture present.
        ["v2-h127-pth-assist-dist-left-blank-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            97116 [ 21 ] min
            Tx: gait training with the rolling walker from the bedroom through the kitchen and out onto the porch, cues for heel strike, a longer L step and not to shove the walker ahead of her
            Problem: shuffling gait with a short L step after the L hip fracture
            Assist: ___   Dist: ___
            """,
            ["S72.002D"], [PTA("97116", 21)], [At(Measure, "97116")]),

        // PTH PTA 97116 with "Assist: CGA → SBA   Dist: 150’ x2" filled; walker gait on the porch and the gravel drive; short step after a knee replacement: passes.
        ["v2-h127-pth-assist-dist-filled-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97116 [ 20 ] min
            Tx: gait training with the RW down the porch ramp and along the gravel drive to the mailbox, cues for heel-toe and equal step length
            Problem: short R step and stiff R knee in swing after the R TKA
            Assist: CGA → SBA   Dist: 150’ x2
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 20)], []),

        // PCSM measure row left as a blank form "Y-bal: __/__ cm  SLS: __"" and no other number but the code and minutes: measure missing on 97112; one-on-one, BOSU and perturbation work, ankle proprioception present.
        ["v2-h127-pcsm-measure-row-blank"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Nate Hovland (powerlifter)
            97112 NMR — 21 min — one-on-one the whole block
            Tx: BOSU squats w/ perturbations | SL stance on the airex w/ ball toss | lateral hop-and-stick
            Imp: R ankle proprioception ↓ after the sprain stepping off the platform; wobbles in the SL work
            Obj: Y-bal: __/__ cm   SLS: __"
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // STBF "Berg: [score not entered]" and no other number but the code and its minutes: measure missing; one-on-one stated, foam and perturbation work, postural control present.
        ["v2-h127-stbf-berg-score-not-entered"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Ms. Marguerite Oyelaran — Leticia Fairweather, PTA
            One-on-one for timed codes: Y — just the two of us in the balance room.
            What we worked on: perturbations at the shoulders while she stood on the foam, tandem walking with her eyes closed along the rail, and stepping onto and off the foam pad on my call.
            Why: poor postural control and a slow reaction on uneven ground; she stumbles on the brick paving downtown.
            How she did: Berg: [score not entered]
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PTH PTA 97112 with "Problem: ________" left blank: deficit missing; one-on-one, foam and perturbation work and tandem seconds present.
        ["v2-h127-pth-problem-line-blank"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            97112 [ 22 ] min — 1:1, nobody else home
            Tx: stance on the couch cushion with eyes closed; perturbations at the hips in tandem; stepping over the broom handle laid across the hall
            Problem: ________
            Assist/Dist: tandem 9 sec; 6 of 8 perturbations without a step; SBA x1
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PCSM "Tx: ______" left blank beside a stated deficit and measure: technique missing on 97112 (deficit and a measure are there, so not generic).
        ["v2-h127-pcsm-tx-line-blank"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Shay Wipf (XC runner)
            97112 NMR — 20 min    1:1 [x]
            Tx: ______
            Imp: L ankle proprioception ↓ after the inversion sprain on the river trail
            Obj: SLS eyes closed L 8" (R 22") | Y-bal ANT 60/66 cm L/R
            """,
            ["S93.402D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // PTH unrelated "Present: ________" left blank beside a typed "1:1 with Mr. Shockley in the den"; perturbations, weight shifts on foam; sway with neuropathy; tandem seconds: passes.
        ["v2-h127-pth-present-blank-one-on-one-typed"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            Present: ________
            97112 [ 23 ] min — 1:1 with Mr. Shockley in the den
            Tx: weight shifts on the foam pad in front of the recliner; perturbations at the pelvis feet together; marching with eyes closed at the dresser
            Problem: neuropathy in both feet — proprioception poor, sways and reaches for the recliner arm
            Assist/Dist: feet-together eyes closed 14 sec (6 sec at IE); 5 of 8 perturbations without a hand
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // STBF "Outcome measures: ☒ Berg 46/56 ☐ TUG ☐ DGI" row; one-on-one in prose; foam perturbations and obstacle stepping; postural control: passes.
        ["v2-h127-stbf-outcome-row-berg-ticked"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Oswald Truesdale — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: obstacle stepping over the shoe boxes, perturbations on the foam at the pelvis, and turning on the spot both ways with his eyes on the clock.
            Why: postural control after he fell in the glass-blowing studio; he freezes his trunk and topples on quick turns.
            Outcome measures: ☒ Berg 46/56   ☐ TUG   ☐ DGI
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // STBF Tai Ji Quan: Moving for Better Balance, forms with weight shifting and "Rock and Roll" stepping, one-on-one in prose; postural control and weight shift; Berg "44 (of 56)" and a change "+6 since IE": passes.
        ["v3-h127-stbf-tai-ji-quan-moving-for-better-balance"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Dr. Harold Pfeiffer (retired, rings the chimes in the clock tower) — Leticia Fairweather, PTA
            One-on-one for timed codes: Y — his wife waited in the car.
            What we worked on: Tai Ji Quan: Moving for Better Balance — the first four forms, slow weight shifts side to side and forward and back, the "Rock and Roll" stepping with my hands at his hips, and single-leg pauses between steps.
            Why: poor weight shift onto the left and a narrow limit of stability; he lurches on the 161 steps to the chimes.
            How he did: Berg 44 (of 56) today, +6 since IE.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.89"], [PTA("97112", 23)], []),

        // STBF perturbation-based balance training on the ActiveStep treadmill (slip and trip perturbations), one-on-one; slow reactive stepping; "caught 7x out of 10 trips with one step" and "70% of trials": passes.
        ["v3-h127-stbf-activestep-perturbation-training"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Gloria Tubbs — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y, in the harness the whole time with me at the controls.
            What we worked on: perturbation-based balance training on the ActiveStep treadmill — forward slips and trips at walking speed, then unannounced ones while she counted backwards.
            Why: slow reactive stepping; she tripped on the church carpet runner and went down hard.
            How she did: caught 7x out of 10 trips with one step, and recovered from the slips on 70% of trials (half at her first session).
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCSM reactive neuromuscular training (RNT) with a band pulling the knee into valgus during squats and lunges, 1:1; dyn valgus; "SL squat valgus 4/10 reps (9/10 at IE)": passes.
        ["v3-h127-pcsm-reactive-neuromuscular-training"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Mikayla Fjelstad (volleyball, OH)
            97112 NMR — 22 min — 1:1 [x]
            Tx: RNT — band around the distal thigh pulling into valgus during SL squat and fwd lunge; progressed to lateral bounds w/ band
            Imp: R knee dyn valgus + hip ER/ABD timing late on landing — PFPS
            Obj: SL squat valgus 4/10 reps (9/10 at IE) | lateral bound stick 7 of 10
            """,
            ["M22.2X1"], [PT("97112", 22)], []),

        // PCSM Biodex Balance System limits-of-stability training, 1:1; postural control after a concussion; "LOS overall 48% → 57%": passes.
        ["v3-h127-pcsm-biodex-limits-of-stability"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Owen Sorensen (16, hockey)
            97112 NMR — 21 min — 1:1 entire block, mom in the lobby
            Tx: Biodex Balance System — limits-of-stability training, level 8 → 6 platform, eyes open/closed; postural stability training w/ head turns
            Imp: postural control ↓ post concussion (3 wk), vestibular-ocular sx with head turns
            Obj: LOS overall 48% → 57% | BESS 14 errors (21 at eval)
            """,
            ["S06.0X0D"], [PT("97112", 21)], []),

        // PTH LiFE programme (Lifestyle-integrated Functional Exercise) — tandem at the sink, sideways along the counter, stepping over things in the hall — 1:1; balance with neuropathy; tandem seconds and "was 4, now 11": passes.
        ["v3-h127-pth-life-programme-in-the-kitchen"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            97112 [ 22 ] min — 1:1, husband out at the barn
            Tx: LiFE programme — balance built into her day: tandem stance at the sink while she rinses dishes, walking sideways along the counter, stepping over the laundry basket in the hall, and turning at the fridge with her feet close
            Problem: somatosensory loss in both feet; she widens her base and watches her feet
            Assist/Dist: tandem at the sink was 4 sec, now 11 sec; 3 laps of the kitchen sideways without touching the counter
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // PCSM FIFA 11+ part 2 (strength, plyometrics, balance) with its doses on 97110; L hamstring weakness; passes.
        ["v3-h127-pcsm-fifa-11-plus-part-2-97110"] = new(
            """
            PCSM — Brookings | T. Kloster PTA | pt: Ruby Tschetter (soccer, 15)
            97110 TE — 17 min
            Tx: FIFA 11+ part 2 — Nordic hamstring 3x5, plank alternating legs 3x20", sideways plank 3x20" each, SL squat 2x10 each, squat jumps 2x8
            Imp: L hamstring weakness and poor endurance after the strain in Sept
            Obj: MMT L knee flex 4-/5 → 4/5
            """,
            ["S76.312D"], [PTA("97110", 17)], []),

        // PTH OT GRASP (Graded Repetitive Arm Supplementary Program) level 2 with counts on 97530; R arm weakness and coordination after a stroke: passes.
        ["v3-h127-pth-ot-grasp-97530"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            97530 [ 19 ] min
            Tx: GRASP level 2 — sliding the towel across the table, stacking the plastic cups, picking up clothespins into the coffee can, then folding the wash rags and putting them in the drawer
            Problem: R arm weakness and poor coordination after the L CVA; drops the fiddle bow
            Assist/Dist: 20 cups stacked; 14 of 20 clothespins in the can; folded 6 rags with set-up only
            """,
            ["I69.331"], [OT("97530", 19)], []),

        // PTH "home programme advanced to level C per protocol" as the whole of the intervention — names no technique: technique missing; 1:1, deficit and a measure present.
        ["v3-h127-pth-home-programme-level-only"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            97112 [ 21 ] min — 1:1 in the front room
            Tx: home programme advanced to level C per protocol
            Problem: poor postural control and slow stepping; she grabs the doorframes going through the house
            Assist/Dist: TUG 14.8 sec; 30-sec chair stand 9
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(Tech, "97112")]),

        // PCSM PEP programme (Prevent injury, Enhance Performance) named with its exercises but no dose and no number in the note but the code and its minutes: measure missing on 97110; L knee weakness after ACL-R present.
        ["v3-h127-pcsm-pep-program-no-dose-97110"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Addie Kraft (basketball)
            97110 TE — 16 min
            Tx: PEP program — walking lunges, Russian hamstring lowers, single-toe raises, lateral hops over the cone, forward/backward hops
            Imp: L quad and hamstring weakness after the L ACL reconstruction; knee fatigues late in practice
            """,
            ["S83.512D"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // STBF Tai Ji Quan forms with a Berg and one-on-one, but "Why:" says only that he is continuing: no deficit stated — deficit missing.
        ["v3-h127-stbf-tai-ji-quan-no-deficit"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Curtis Wengert — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: Tai Ji Quan: Moving for Better Balance forms five and six, with single-leg pauses and my hand at his belt for the turns.
            Why: he is continuing the programme he started here.
            How he did: Berg 48 out of 56.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings in these writers' terms, or none

        // STBF prose deficit "she sways more the moment she closes her eyes and catches herself on the counter"; foam stance eyes closed, head turns, perturbations; one-on-one; mCTSIB written "30, 30, 21 and 9 seconds": passes.
        ["v4-h127-stbf-sways-eyes-closed-catches-the-counter"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Bernadette Quackenbush — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: standing on the foam with her eyes closed, slow head turns on the foam, and small perturbations at her shoulders with her feet together.
            Why: she sways more the moment she closes her eyes and catches herself on the counter at night; she leans on her eyes for balance and her feet aren't telling her much.
            How she did: on the modified CTSIB she held 30, 30, 21 and 9 seconds across the four conditions (the last was 3 at her evaluation).
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // STBF prose "his feet don't tell him where the gorge steps are" (neuropathy, proprioception); stair-edge stepping on the foam, eyes-closed weight shifts; one-on-one; "was 38, now 44" on the Berg and a 5xSTS: passes.
        ["v4-h127-stbf-feet-dont-tell-him-where-the-gorge-steps-are"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Ansel Dibble — Bram Oosterhuis, PT
            One-on-one for timed codes: Y, his son stayed to learn the home exercises.
            What we worked on: stepping up onto the 6-inch step and off onto the foam without looking, weight shifts with his eyes closed, and tapping targets on the floor with each foot.
            Why: his feet don't tell him where the steps are — peripheral neuropathy, proprioception gone to the ankles — and he missed a step on the Watkins Glen gorge trail in October.
            How he did: his Berg was 38, now 44; five times sit to stand 13.8 seconds.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["G62.9", "Z91.81"], [PT("97112", 22)], []),

        // PCSM shorthand "(+) dyn valgus L on SL squat"; perturbation SL squat, drop-land-stick, mirror feedback; 1:1; "drop-land valgus 3/10" and Y-bal: passes.
        ["v4-h127-pcsm-dyn-valgus-on-sl-squat"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Sienna Bakken (volleyball, MB)
            97112 NMR — 23 min — 1:1 [x]
            Tx: SL squat w/ perturbations at the pelvis | drop-land-stick off 12" box w/ mirror feedback | lateral hop to stick on the airex
            Imp: (+) dyn valgus L on SL squat and landing; late glute med, knee collapses on the block jump
            Obj: drop-land valgus 3/10 (8/10 at IE) | Y-bal ANT 64/67 cm L/R
            """,
            ["M22.2X2"], [PT("97112", 23)], []),

        // PCSM PTA 97110 "late glute med, hip abd 3+/5" with doses; R hip weakness: passes.
        ["v4-h127-pcsm-pta-late-glute-med-97110"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Colt Heibult (catcher)
            97110 TE — 15 min
            Tx: side-lying hip abd 3x15 @ 3# | monster walks green band 3x20 ft | SL bridge 3x10 | lateral step-ups 8" 3x10
            Imp: late glute med R — hip drops on SL stance, hip abd 3+/5 R
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // PTH 97116 "R foot won't clear the threshold strip" (foot drop after a stroke); gait with the quad cane through doorways and over the threshold; "~150 ft" with CGA: passes.
        ["v4-h127-pth-foot-wont-clear-the-threshold-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            97116 [ 22 ] min
            Tx: gait training with the quad cane through the bedroom and bathroom doorways and over the threshold strips, cues for R hip and knee flexion and heel first
            Problem: R foot won't clear the threshold strip — drop foot since the stroke, catches the toe on the rug edges
            Assist/Dist: ~150 ft quad cane CGA; 6 thresholds crossed, 1 toe catch
            """,
            ["I69.341"], [PTA("97116", 22)], []),

        // PTH OT 97530 "needs both arms and three tries to get out of the recliner"; sit-to-stand training from the recliner and the toilet, reaching into the woodbox; counts and assist: passes.
        ["v4-h127-pth-ot-needs-both-arms-out-of-the-recliner-97530"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Lorena Bowman, OTR/L
            97530 [ 18 ] min
            Tx: sit-to-stand from the recliner with the footrest down and scooting forward first; toilet transfers with the grab bar; reaching into the woodbox and carrying a stick of wood to the stove
            Problem: needs both arms and three tries to get out of the recliner — hip and knee extensor weakness after the hospital stay
            Assist/Dist: recliner sit-to-stand min A → SBA (5 reps); toilet transfers SBA (3 reps); 4 sticks carried to the stove
            """,
            ["M62.81", "R26.89"], [OT("97530", 18)], []),

        // PCSM PTA 97530 "knee buckles on the elevator ladder rungs"; ladder-climb simulation and loaded carries with counts and loads: passes.
        ["v4-h127-pcsm-pta-knee-buckles-on-the-ladder-97530"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Jace Moberg (grain-elevator hand)
            97530 TA — 16 min
            Tx: ladder-climb sim on the stall bars w/ 3-point contact | farmer's carry up the 4-step stair 40# | kneel to stand w/ 20# bag
            Imp: R knee buckles on the elevator ladder rungs; quad weakness s/p R tibial plateau fx
            Obj: stall-bar climb 5 rungs x4 w/o buckling | carries 6 trips
            """,
            ["S82.141D"], [PTA("97530", 16)], []),

        // STBF OT 97530: a quilter "can't reach the top shelf of her fabric closet without letting go of the door" — reaching and stepping tasks with a step stool, counts: passes.
        ["v4-h127-stbf-ot-quilter-top-shelf-97530"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Winifred Stoltzfus — Joan Pettibone, OTR/L
            What we worked on: reaching up to the top shelf of the practice closet for the fabric bolts and bringing them down, stepping up onto the 7-inch step stool and off, and carrying the bolts to the cutting table.
            Why: she can't reach the top shelf of her fabric closet without letting go of the door; weak shoulders and she loses her balance looking up.
            How she did: brought down 8 bolts, 6 from the step stool with stand-by assist; functional reach 9 inches (6 at evaluation).
            Time: Therapeutic activities (97530), 20 minutes.
            """,
            ["M62.81", "R26.89"], [OT("97530", 20)], []),

        // STBF prose "She had no particular problems today" as the only word on the target: deficit missing; one-on-one, foam perturbations, tandem and obstacle stepping and DGI present.
        ["v4-h127-stbf-no-particular-problems-today"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Carlotta Spaulding — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: perturbations at the hips on the foam, tandem walking along the rail, and stepping over the shoe boxes on my call.
            Why: She had no particular problems today.
            How she did: DGI 21 of 24.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PCSM "Imp: —" with a dash only: deficit missing; 1:1, perturbations and BOSU, SLS seconds present.
        ["v4-h127-pcsm-imp-dash-only"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Marcus Eide (kayaker)
            97112 NMR — 20 min — 1:1 [x]
            Tx: BOSU dome-up SL stance w/ perturbations | SL stance on the airex tossing the weighted ball | rocker board M/L
            Imp: —
            Obj: SLS airex R 19" / L 27" | rocker M/L 22" w/o edge touch
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTH "Problem: same as last visit" — states no deficit in this note: deficit missing; 1:1, perturbations and stepping work, tandem seconds present.
        ["v4-h127-pth-problem-same-as-last-visit"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            97112 [ 21 ] min — one-on-one, her daughter on the porch
            Tx: perturbations at the hips feet apart then together; step-and-reach to the cupboards; stance on the doubled bath mat with eyes closed
            Problem: same as last visit
            Assist/Dist: tandem 10 sec; bath mat eyes closed 15 sec; 5 of 7 perturbations without a step
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures written every way, or none

        // STBF prose "She scored 44 of 56 on the Berg" beside her age and her meclizine dose (history, not measures); one-on-one; foam perturbations, head-turn walking; postural control: passes.
        ["v5-h127-stbf-44-of-56-beside-a-meclizine-dose"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Philippa Rumsey, 84 — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: perturbations at the hips on the foam, walking the hall with head turns and stopping on my call, and stepping sideways over the cane.
            Why: poor postural control and a wide, hesitant stance; she still takes meclizine 12.5 mg at bedtime from the ER visit and feels foggy mornings.
            How she did: She scored 44 of 56 on the Berg today.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // STBF PTA shorthand "Berg 44-56" with the 6-inch step named as equipment; one-on-one; step-ups onto foam, tandem, perturbations; sway and slow stepping: passes.
        ["v5-h127-stbf-pta-berg-with-a-hyphen"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Everett Crumb — Leticia Fairweather, PTA
            One-on-one for timed codes: Y
            What we worked on: step-ups onto the 6-inch step and down onto the foam, tandem stance with eyes closed, and perturbations at the shoulders in tandem.
            Why: postural sway and a slow step when he is bumped; he drives the TCAT 10 route and lurches when the bus pulls away.
            How he did: Berg 44-56.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PTH PTA "Berg 44:56" with a colon; 1:1 in the front room; perturbations, foam and stepping; postural sway: passes.
        ["v5-h127-pth-berg-with-a-colon"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            97112 [ 23 ] min — 1:1 in the front room, wife in the kitchen
            Tx: perturbations at the pelvis on the couch cushion; stepping over the rolled towel front and back; turning in a circle around the coffee table without touching it
            Problem: postural sway and a late step with the R-sided weakness after the stroke
            Assist/Dist: Berg 44:56
            """,
            ["I69.351"], [PTA("97112", 23)], []),

        // STBF prose trials in words only, "she recovered seven of ten pushes with a single step"; one-on-one; reactive stepping drills; slow reactive stepping: passes.
        ["v5-h127-stbf-seven-of-ten-in-words"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Dorothea Kunkel — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: reactive stepping — lean-and-release from the gait belt forward, backward and to each side, then unexpected pushes while she walked.
            Why: her reactive stepping is slow and too short; she fell backward off the porch step at Christmas.
            How she did: she recovered seven of ten pushes with a single step, and backward is still the weakest.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCSM 97116 with "10MWT 12.4 s" and "0.8 m/s"; gait after an ankle fracture with cues; distance: passes.
        ["v5-h127-pcsm-10mwt-and-gait-speed-97116"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Lloyd Hanisch (pheasant hunter, 67)
            97116 GT — 18 min
            Tx: gait training off the boot — heel-toe on the treadmill, then the hall and the grass strip out back w/ cues for push-off and equal step length
            Imp: antalgic gait, short L step, no L push-off s/p L bimalleolar fx ORIF
            Obj: 10MWT 12.4 s (0.8 m/s) | 600 ft no AD, SBA on the grass
            """,
            ["S82.842D"], [PT("97116", 18)], []),

        // STBF 97116 "she walked ≈ 45 m of the Commons" and "1.1 m/sec"; cane gait outdoors on brick with cues; short R step after a hip replacement: passes.
        ["v5-h127-stbf-approximately-45-metres-and-m-per-sec-97116"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Ms. Ingeborg Haldane — Leticia Fairweather, PTA
            What we worked on: gait training with her cane out on the Commons — the brick paving, the curb cuts and stopping and starting among the market stalls — cues for a longer R step and heel strike.
            Why: short R step and a Trendelenburg lurch after the R total hip; she slows to a shuffle on the bricks.
            How she did: she walked ≈ 45 m of the Commons each way with the cane, stand-by assist; gait speed 1.1 m/sec on the clinic walkway.
            Time: Gait training (97116), 21 minutes.
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 21)], []),

        // PTH PTA 97116 "3 laps of the 60-ft hall" at her senior apartments with "SBA x1"; rollator gait with cues; short steps with Parkinson's: passes.
        ["v5-h127-pth-three-laps-of-the-60-ft-hall-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's apartment, Ridgecrest Senior Apartments, Galax    Clinician: Kaylee Quesenberry, PTA
            97116 [ 22 ] min
            Tx: gait training with the rollator in the building's hallway, cues for big steps, heel strike and wide turns at the elevator
            Problem: short shuffling steps and freezing at the doorways with Parkinson's
            Assist/Dist: 3 laps of the 60-ft hall, SBA x1; 2 freezes (5 last week)
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // PTH OT 97530 "mod A → min A" for lower-body dressing and "25% assist" for the tub bench; hemiparesis: passes.
        ["v5-h127-pth-ot-mod-a-to-min-a-97530"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Lorena Bowman, OTR/L
            97530 [ 21 ] min
            Tx: lower-body dressing sitting on the bed — pants over the L foot with the reacher, socks with the sock aid; tub-bench transfer with the grab bar
            Problem: L hemiparesis after the R CVA; can't bring the L foot up to dress, loses her balance leaning forward
            Assist/Dist: LB dressing mod A → min A; tub-bench transfer 25% assist
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // PCSM 97110 whose only number is MMT grades "hip abd 3+/5 → 4-/5", exercises named without dose: the grades are an objective measure with a number; hip weakness: passes.
        ["v5-h127-pcsm-mmt-grades-97110"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Greta Ness (pickleball)
            97110 TE — 14 min
            Tx: side-lying hip abd, clamshells w/ band, SL bridges, lateral band walks — progressed to the blue band
            Imp: R hip abductor weakness, hip drops on the lateral shuffle
            Obj: MMT R hip abd 3+/5 → 4-/5, ER 4/5
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // PCSM 97140 with ROM written three ways ("118º → 124º", "ext -3 deg", "0-126" with no unit) after grade III glides; knee stiffness after a TKA: passes.
        ["v5-h127-pcsm-rom-three-notations-97140"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Dale Pekas (67, farmer)
            97140 MT — 12 min
            Tx: tibiofemoral post glides grade III 3 x 30", patellar mobs sup/inf, STM to the distal quad
            Imp: R knee flexion stiffness s/p R TKA (wk 9), can't get onto the combine step
            Obj: AROM R knee flex 118º → 124º post, ext -3 deg; PROM 0-126
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12)], []),

        // STBF changes over time "FGA 22 of 30, ↑ from 16 (Δ 6)"; one-on-one; obstacle walking and head-turn gait; vestibular hypofunction: passes.
        ["v5-h127-stbf-fga-up-from-16-delta-6"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Thaddeus Mosher — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: walking with head turns and pitch nods, obstacle walking around the cones, and X1 viewing standing on the foam.
            Why: right vestibular hypofunction; he veers right and his vision bounces when he turns his head to check the road.
            How he did: FGA 22 of 30, ↑ from 16 at his evaluation (Δ 6).
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // PCSM percentages and a ratio ("hop LSI 91%", "Y-bal composite 0.94") beside a jersey number and an ibuprofen dose; 1:1; SL plyo-landing and perturbation work; knee neuromuscular control: passes.
        ["v5-h127-pcsm-lsi-percent-and-ratio"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Abby Wollman (#12, softball SS)
            97112 NMR — 22 min — 1:1 [x]
            Tx: SL landing-and-stick w/ perturbations | reactive shuffle-and-stop to the light board | lateral bound to stick
            Imp: R knee neuromuscular control ↓ s/p ACL-R; knee drifts in on the plant. Meds: ibuprofen 600 mg prn
            Obj: hop LSI 91% | Y-bal composite R/L ratio 0.94
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // STBF 97112 whose only numbers are the patient's age and the date of service (plainly not measures), "she looks steadier": measure missing; one-on-one, technique and deficit present.
        ["v5-h127-stbf-only-her-age-and-the-date"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Opal Rittenhouse, 82 years old — 03/04/2026 — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: perturbations at the hips on the foam, tandem walking along the rail, and stepping over the shoe boxes.
            Why: postural control and a late stepping reaction; she catches her toe on the kitchen threshold.
            How she did: she looks steadier than last week and says so herself.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTH 97112 whose only numbers are the house number on the county road and her oxybutynin dose: measure missing; 1:1, technique and deficit present.
        ["v5-h127-pth-only-a-house-number-and-oxybutynin"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, 3307 Pipers Gap Rd, Galax    Clinician: Darnell Hash, PTA
            97112 [ 22 ] min — one-on-one, nobody else in the house
            Tx: stance on the couch cushion eyes closed; perturbations at the hips; stepping out to the side to catch herself on my cue
            Problem: poor postural control and slow stepping; she hurries to the bathroom at night (takes oxybutynin 5 mg) and bumps the walls
            Assist/Dist: did better with her eyes closed than last time
            """,
            ["R26.81", "N39.41"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PCSM 97112 whose only numbers are a jersey number and an age (and a tournament named in words): measure missing; 1:1, technique and deficit present.
        ["v5-h127-pcsm-only-a-jersey-number"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Rylee Ebert (#7, volleyball, 17 y/o)
            97112 NMR — 21 min — one-on-one, whole block
            Tx: BOSU SL stance w/ ball toss | perturbations in SL stance on the airex | lateral hop-and-stick
            Imp: L ankle proprioception ↓ after the sprain at the mid-March tournament; rolls it on the block landing
            Obj: stable on the BOSU today, fewer touch-downs than Mon
            """,
            ["S93.402D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // PTH 97110 exercises without a dose, whose only numbers are the date of service and a metoprolol dose: measure missing on 97110; L knee weakness present.
        ["v5-h127-pth-97110-only-a-metoprolol-dose"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note — DOS 03/04/2026
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            97110 [ 15 ] min
            Tx: seated knee extensions, standing hamstring curls at the counter, heel raises, mini squats holding the sink
            Problem: L quad and hamstring weakness after the L TKA; knee tires on the porch steps. HR kept low on metoprolol 25 mg — no dizziness today
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // STBF "Berg deferred — she was worn out from the dentist" and no number but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v5-h127-stbf-berg-deferred"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Henrietta Vanderpool — Leticia Fairweather, PTA
            One-on-one for timed codes: Y
            What we worked on: gaze stabilization with head turns standing on the foam, walking with head turns along the rail, and feet-together stance with her eyes closed.
            Why: bilateral vestibular loss after the gentamicin; she relies on her eyes and sways in the dark.
            How she did: Berg deferred — she was worn out from the dentist this morning.
            Time: Neuromuscular re-education (97112), 21 minutes.
            """,
            ["H81.23"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // PTH 97116 walker walk "round the house" with no distance or assistance level, whose only number is her age: measure missing on 97116; cues and a shuffling gait present.
        ["v5-h127-pth-walker-round-the-house-no-distance-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville (89 y/o, lives with her son)    Clinician: Darnell Hash, PTA
            97116 [ 20 ] min
            Tx: gait training with the walker round the house — bedroom, bathroom, kitchen and back — cues to stand up tall, pick up her feet and keep the walker close
            Problem: flexed posture and shuffling steps; catches her slipper on the rug
            Assist/Dist: did well, walked further than last week
            """,
            ["R26.89"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // STBF prose "Time:" line per code — "Neuromuscular re-education (97112), 23 minutes. Therapeutic exercise (97110), 14 minutes." — both match; one-on-one for the balance work, foam perturbations and Berg; hip exercises with doses; postural control and hip weakness: passes.
        ["v6-h127-stbf-time-line-per-code"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Roland Tuthill — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: for balance, perturbations at the pelvis on the foam and tandem walking with head turns; for strength, sit-to-stands from the low chair 3 sets of 10, side-stepping with the red band 3 laps of the mat, and heel raises 2 sets of 15.
            Why: postural control and a slow step; weak hip abductors and calves — he sits down hard and can't push up out of his truck.
            How he did: Berg 45 out of 56; the sit-to-stands without his hands for the first time.
            Time: Neuromuscular re-education (97112), 23 minutes. Therapeutic exercise (97110), 14 minutes.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // PCSM pipe-separated code line "97112 (NMR) 22 min | 97110 (TE) 16 min", both match; 1:1 for the NMR; perturbation and hop work with Y-bal; doses for the TE; ankle proprioception and calf weakness: passes.
        ["v6-h127-pcsm-pipe-separated-code-line"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Tyce Hofer (XC runner)
            97112 (NMR) 22 min | 97110 (TE) 16 min | 1:1 for NMR [x]
            NMR: SL stance on foam w/ perturbations | hop-and-stick fwd/lat | star excursion reaches on the airex
            TE: SL calf raises 3x15 @ 20# | banded eversion 3x20 | eccentric heel drops off 4" step 3x12
            Imp: L ankle proprioception ↓ and L calf weakness after the 2nd sprain on the river trail
            Obj: Y-bal ANT 59/65 cm L/R | SL heel raise 18 reps L (27 R)
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 16)], []),

        // PTH PTA minute boxes "97116 [ 23 ] min" and "97530 [ 10 ] min", both match; cane gait on the porch ramp with distance and CGA; carrying the egg basket from the henhouse with counts; short L step after a hip fracture: passes.
        ["v6-h127-pth-pta-minute-boxes-two-codes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Kaylee Quesenberry, PTA
            97116 [ 23 ] min    97530 [ 10 ] min    97110 [ __ ] min
            97116 Tx: gait training with the cane down the porch ramp and across the yard to the henhouse, cues for a longer L step and upright trunk
            97530 Tx: carrying the egg basket back from the henhouse in her L hand, stooping to the low nest boxes and standing back up
            Problem: short L step and L hip weakness after the L hip fracture; leans on the fence to get to the hens
            Assist/Dist: cane ~200 ft CGA on grass, SBA on the ramp; 3 trips with the basket, 6 stoops to the nest boxes SBA
            """,
            ["S72.002D"], [PTA("97116", 23), PTA("97530", 10)], []),

        // PCSM clock range on the code's own line "97140 MT 1402–1413" (11), matches; grade III talocrural posterior glides and STM; ankle DF stiffness; DF degrees: passes.
        ["v6-h127-pcsm-clock-range-on-the-code-line-97140"] = new(
            """
            PCSM — Yankton | J. Halvorsen PT, DPT, SCS | pt: Cody Zeeb (barrel racer's husband, team roper)
            97140 MT 1402–1413
            Tx: talocrural post glides grade III 3 x 30", subtalar lateral glides, STM to the gastroc-soleus
            Imp: R ankle DF stiffness after the boot came off (R distal fib fx); can't squat to rope
            Obj: WB lunge DF R 28° → 33° post (L 41°)
            """,
            ["S82.61XD"], [PT("97140", 11)], []),

        // STBF minutes in words "Neuromuscular re-education (97112): twenty-two minutes", matches; one-on-one in prose; gaze and habituation work; motion sensitivity; "dynamic visual acuity lost 2 lines today (4 at evaluation)": passes.
        ["v6-h127-stbf-minutes-in-words"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Ms. Sunniva Halloran — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: X1 viewing against the busy checkerboard, habituation to quick head turns and bending to the floor, and walking the hall tracking the ball.
            Why: left vestibular hypofunction with motion sensitivity; the tasting-room crowds on a Saturday make her sick.
            How she did: dynamic visual acuity lost 2 lines today (4 at evaluation).
            Time: Neuromuscular re-education (97112): twenty-two minutes.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PTH a PTA's 97116 and an OT's 97530 on one visit, each with its own minutes ("97116 (Hash, PTA) 20 min", "97530 (Bowman, OT) 18 min"), both match; walker gait with distance and CGA; bathing transfers with assist: passes.
        ["v6-h127-pth-pta-and-ot-each-with-minutes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax (co-visit)
            97116 (Hash, PTA) 20 min — gait training with the RW from the hospital bed in the front room to the bathroom and out to the porch, cues to step into the walker | 120 ft x2 CGA
            97530 (Bowman, OT) 18 min — tub-bench transfer, sponge bathing at the sink standing, reaching for the towels on the back of the door | tub bench min A, standing at the sink 3 bouts SBA
            Problem: generalized weakness after the pneumonia admission; knees buckle when he turns at the sink; short shuffling steps
            """,
            ["M62.81", "R26.89"], [PTA("97116", 20), OT("97530", 18)], []),

        // PCSM three codes in shorthand "NMR 97112 x 23 min; TE 97110 x 15 min; MT 97140 x 10 min", all match; each section complete: passes.
        ["v6-h127-pcsm-three-codes-x-shorthand"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Hallie Voegele (volleyball, setter)
            NMR 97112 x 23 min; TE 97110 x 15 min; MT 97140 x 10 min — 1:1 for NMR [x]
            NMR: SL landing w/ perturbation | reactive lateral shuffle to the light board | SL squat on the airex
            TE: leg press SL 3x10 @ 90# | Nordic lowers 3x5 | step-downs 8" 3x10
            MT: patellar mobs sup/inf grade III | STM to the lateral retinaculum | tibiofemoral ext mobs
            Imp: R knee neuromuscular control ↓ and quad weakness, knee ext stiffness s/p R ACL-R (wk 14)
            Obj: hop LSI 82% | knee ext -2° → 0° | quad LSI 78%
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15), PT("97140", 10)], []),

        // PCSM single-code 97140 whose note states no minutes: nothing to mismatch, no second code to separate; Mulligan MWM and STM; shoulder ER limit; degrees: passes.
        ["v6-h127-pcsm-single-code-no-minutes-stated-97140"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Brennan Weisz (kayaker)
            97140 MT
            Tx: Mulligan MWM for shoulder ER in 45 deg abd, post GH glides grade III, STM to the infraspinatus
            Imp: L shoulder ER and horizontal add limited — posterior capsule tightness, can't reach back for the paddle
            Obj: ER 62° → 71°; HADD 24º → 31º
            """,
            ["M25.612"], [PT("97140", 12)], []),

        // STBF prose "Neuromuscular re-education (97112), 35 minutes." on a 23-min line: mismatch; otherwise complete (one-on-one; foam perturbations and tandem; postural control; Berg).
        ["v6-h127-stbf-prose-35-minutes-on-23"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mrs. Lorraine Bogardus — Leticia Fairweather, PTA
            One-on-one for timed codes: Y
            What we worked on: perturbations at the hips on the foam, tandem walking with head turns, and stepping over the cane on my call.
            Why: postural control and a late stepping reaction after her fall at the bus stop.
            How she did: Berg 43 out of 56.
            Time: Neuromuscular re-education (97112), 35 minutes.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // PCSM "NMR 97112 22 min | TE 97110 28 min" on a 16-min 97110 line: mismatch on 97110 (the 97112 matches); both sections complete.
        ["v6-h127-pcsm-te-28-on-16"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Kade Roskens (powerlifter)
            NMR 97112 22 min | TE 97110 28 min | 1:1 for NMR [x]
            NMR: SL stance on the airex w/ perturbations | BOSU squat w/ reactive pushes
            TE: goblet squat 3x8 @ 50# | SL RDL 3x8 @ 25# | copenhagen plank 3x20"
            Imp: R ankle proprioception ↓ and R hip weakness after the ankle sprain off the platform
            Obj: SLS airex R 15" (L 29") | MMT R hip abd 4/5
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 16)], [At(Mismatch, "97110")]),

        // PTH PTA "97116 [ 30 ] min" on an 18-min line: mismatch; otherwise complete (walker gait with cues; shuffling; distance and SBA).
        ["v6-h127-pth-pta-box-30-on-18"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Darnell Hash, PTA
            97116 [ 30 ] min
            Tx: gait training with the RW through the house and out to the mailbox, cues to pick up his feet and stay inside the walker
            Problem: shuffling, flexed gait after the long hospital stay; drags the R foot on the gravel
            Assist/Dist: ~150 ft RW SBA x1; 2 rests standing
            """,
            ["R26.89"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // STBF two codes with only "Time: Total timed 38 minutes" (no minutes for each code): separate time missing; both sections complete (one-on-one; foam perturbations with Berg; sit-to-stands and band work with doses; postural control and hip weakness).
        ["v6-h127-stbf-total-timed-only"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mr. Walter Ackerly — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: for balance, perturbations at the pelvis on the foam and obstacle stepping over the shoe boxes; for strength, sit-to-stands 3 sets of 10 and band side-steps 3 laps of the mat.
            Why: postural control and a slow step; weak hip abductors — he lists to the left when he tires.
            How he did: Berg 42 out of 56.
            Time: Total timed 38 minutes.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // PCSM "97112 NMR — 22 min" with the 97110 given no minutes: separate time missing; both sections complete.
        ["v6-h127-pcsm-second-code-without-minutes"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Josie Glanzer (softball, pitcher)
            97112 NMR — 22 min — 1:1 [x]
            NMR: SL stance on foam w/ perturbations | lateral hop-and-stick | reactive drop-step drills
            97110 TE: SL RDL 3x8 @ 20# | lateral lunges 3x10 | side plank 3x30"
            Imp: L ankle proprioception ↓ and L hip weakness after the sprain on the mound
            Obj: SLS foam L 12" (R 26") | hop-and-stick 6/10
            """,
            ["S93.402D"], [PTA("97112", 22), PTA("97110", 13)], [SepTime]),

        // PTH two codes whose only time is the home visit's arrival and departure ("Arrived 0905, left 0945"): no minutes for each code — separate time missing; both sections complete (walker gait with distance and CGA; transfers with assist).
        ["v6-h127-pth-arrival-and-departure-only"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Kaylee Quesenberry, PTA
            Arrived 0905, left 0945
            97116 Tx: gait training with the RW from the bedroom to the porch and back, cues for heel strike and to slow down at the turns
            97530 Tx: bed-to-chair and chair-to-commode transfers, reaching to the nightstand in standing
            Problem: short steps and poor balance turning after the hip fracture; plops into the chair
            Assist/Dist: RW 90 ft x2 CGA; transfers min A → SBA (4 reps)
            """,
            ["S72.001D"], [PTA("97116", 24), PTA("97530", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a PCSM two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h127-empty-note-two-codes"] = new(
            "",
            ["S83.511D"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTH PTA's 97116 with a diagnosis: note missing only.
        ["v7-h127-spaces-and-line-breaks-97116"] = new(
            "   \n \n    \n",
            ["S72.001D"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h127-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a PCSM note: Copenhagen adductor planks, lateral lunges and Nordic hamstring lowers with doses (technique and measure), L adductor and hamstring weakness after a groin strain (deficit); "97110 TE — 16 min" matches: passes.
        ["v7-h127-pcsm-97110-copenhagen-and-nordics"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Eli Sandvold (hockey, D)
            97110 TE — 16 min
            Tx: Copenhagen adductor plank long lever 3x15" | lateral lunges w/ 15# KB 3x8 each | Nordic hamstring lowers 3x4 w/ band assist
            Imp: L adductor longus strain (gr 1), L adductor and hamstring weakness; pulls on the crossover stride
            """,
            ["S76.212D"], [PT("97110", 16)], []),

        // 97530's meaning on a PTH note: getting down to the floor by the woodstove and back up through half-kneel, carrying split firewood from the porch to the stove, with counts and assistance (technique and measure), hip and knee weakness (deficit); box matches: passes.
        ["v7-h127-pth-97530-floor-by-the-woodstove-and-firewood"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT, DPT
            97530 [ 21 ] min
            Tx: getting down to the floor by the woodstove and back up through half-kneel with the chair; carrying split firewood from the porch rack to the stove and stacking it in the box
            Problem: hip and knee extensor weakness — he got stuck on the floor after a slip by the stove last month until his son came home
            Assist/Dist: floor to stand 3x CGA → SBA; 5 armloads of wood, about 10 lb each, SBA
            """,
            ["M62.81", "Z91.81"], [PT("97530", 21)], []),

        // 97140's meaning on a PCSM note: talocrural posterior glides grade III and soft tissue work to the calf (technique), ankle DF stiffness after a boot (deficit), lunge DF degrees (measure); "97140 MT — 11 min" matches: passes.
        ["v7-h127-pcsm-97140-talocrural-glides-and-calf-stm"] = new(
            """
            PCSM — Yankton | J. Halvorsen PT, DPT, SCS | pt: Wade Moege (pheasant hunter)
            97140 MT — 11 min
            Tx: talocrural post glides grade III in WB lunge w/ belt, 3 x 30"; STM and IASTM to the gastroc-soleus
            Imp: L ankle DF stiffness after 6 wk in the boot; can't get his knee over his toes walking the terraces
            Obj: WB lunge DF L 26 deg → 31 deg (R 40 deg)
            """,
            ["S82.62XD"], [PT("97140", 11)], []),

        // 97116's meaning on a PTH PTA note: walker gait on the porch ramp and the gravel drive with cues (technique), short steps and a R foot catch after a stroke (deficit), distance and assistance level (measure); box matches: passes.
        ["v7-h127-pth-pta-97116-porch-ramp-and-gravel-drive"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97116 [ 22 ] min
            Tx: gait training with the RW down the porch ramp and along the gravel drive to the barn, cues for R heel strike and keeping the walker on the flat
            Problem: short steps and R toe catch after the L CVA; stops dead when the gravel shifts
            Assist/Dist: ramp x2 CGA; gravel drive ~180 ft CGA, SBA on the return
            """,
            ["I69.351"], [PTA("97116", 22)], []),

        // STBF wholly generic 97112: "Balance training today. She tolerated it well. Continue plan of care." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h127-stbf-generic-balance-training"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Dr. Naomi Castellucci, PT, DPT, NCS
            What we worked on: balance training today.
            How she did: she tolerated it well. Continue plan of care.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PCSM generic two-code shorthand with only "Total 36 min": "TE + MT per POC. Tol well. Cont POC." — nothing named for either code and no minutes for each.
        ["v7-h127-pcsm-generic-two-codes-total-only"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC
            TE + MT per POC. Tol well. Cont POC.
            Total 36 min
            """,
            ["M54.50"], [PT("97110", 24), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // PTH OT generic 97530: "Functional activities as tolerated. Pt did well. Continue POC." — nothing named; the box's minutes match.
        ["v7-h127-pth-ot-generic-functional-activities"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            97530 [ 20 ] min
            Tx: functional activities as tolerated.
            Pt did well. Continue POC.
            """,
            ["I69.351"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // STBF Elmira complete 97112 in prose: one-on-one, the glassblower's granddaughter in the chairs; perturbations, tandem with head turns, stepping over the hose; postural control; "Berg 44/56" and "TUG 12.1 seconds, down from 15.8": passes.
        ["vord-h127-stbf-retired-glassblower-nmr"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Casimir Wojcik, retired glassblower (Corning, 41 years at the furnace) — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y — his granddaughter sat in the chairs.
            What we worked on: perturbations at the shoulders on the foam, tandem walking with head turns along the rail, and stepping over the garden hose laid across the gym without looking down.
            Why: postural control and a slow stepping reaction; he shuffles and catches his toe on the studio thresholds.
            How he did: Berg 44/56 and TUG 12.1 seconds, down from 15.8 at his evaluation.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // STBF OT 97530 in prose: unloading the dishwasher to the upper cabinets and carrying a full pot from sink to stove; shoulder weakness and balance when reaching overhead; counts and functional reach: passes.
        ["vord-h127-stbf-ot-dishwasher-and-pot-97530"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Alma Swartwood — Joan Pettibone, OTR/L
            What we worked on: in the practice kitchen, unloading the dishwasher to the upper cabinets, carrying a pot of water from the sink to the stove, and wiping the back of the counter reaching across.
            Why: weak shoulders and she loses her balance backward when she reaches overhead.
            How she did: put away 12 plates and 8 mugs with stand-by assist, carried the pot 4 times without spilling, and reached 10 inches forward on the functional reach.
            Time: Therapeutic activities (97530), 19 minutes.
            """,
            ["M62.81", "R26.89"], [OT("97530", 19)], []),

        // STBF PTA two codes, 97112 and 97116, each with its time in prose, both match; one-on-one; foam and head-turn work with DGI; cane gait on the Commons with distance and speed; vestibular hypofunction and a short step: passes.
        ["vord-h127-stbf-pta-nmr-and-gait"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Ms. Beatrix Lowenthal — Leticia Fairweather, PTA
            One-on-one for timed codes: Y
            What we worked on: for balance, X1 viewing standing on the foam and walking with head turns; for gait, walking with her cane out on the Commons among the market stalls, cues for a longer step and looking up.
            Why: left vestibular hypofunction — she drifts left and slows right down in crowds; short steps and she watches the bricks.
            How she did: DGI 18 of 24; walked 600 feet on the Commons with the cane, stand-by assist, at 0.9 m/s.
            Time: Neuromuscular re-education (97112), 22 minutes. Gait training (97116), 15 minutes.
            """,
            ["H81.22"], [PTA("97112", 22), PTA("97116", 15)], []),

        // STBF PT 97112 with a bus driver: one-on-one; perturbations simulating the bus pulling away, stance on the rocker board; ankle strategy; "TUG 10.4 s" and "rocker 20 s": passes.
        ["vord-h127-stbf-bus-driver-rocker-board"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Desmond Achebe, TCAT driver — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: rocker board front to back and side to side, sudden pulls on the gait belt like the bus pulling away, and standing on the foam catching the ball off to the side.
            Why: poor ankle strategy since the ankle fracture last summer; he steps or grabs at the smallest sway.
            How he did: held the rocker board level for 20 seconds side to side; TUG 10.4 s.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["S82.852D"], [PT("97112", 22)], []),

        // PCSM complete 97112 with a game date written in full and a jersey number beside the measures: 1:1; hop-and-stick and perturbation work; knee neuromuscular control; hop LSI and Y-bal: passes.
        ["vord-h127-pcsm-libero-return-to-play-nmr"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Kenna Vos (#4, libero), target game Sat 03/21/2026
            97112 NMR — 23 min — 1:1 [x]
            Tx: SL hop-and-stick fwd/lat/medial | perturbations in SL squat | reactive dig-and-recover to my calls
            Imp: L knee neuromuscular control ↓ s/p ACL-R — knee drifts in on the medial hop
            Obj: triple hop LSI 88% | Y-bal ANT 65/68 cm L/R | medial hop stick 7/10
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // PCSM 97110 powerlifter with dense loads: doses; L shoulder ER weakness after a labral repair: passes.
        ["vord-h127-pcsm-powerlifter-97110"] = new(
            """
            PCSM — Brookings | T. Kloster PTA | pt: Nate Hovland (powerlifter, 242 lb class)
            97110 TE — 17 min
            Tx: SL ER w/ 4# 3x15 | prone Y/T 3x10 @ 2# | landmine press 3x8 @ 35# | face pulls 3x15 green
            Imp: L shoulder ER and lower trap weakness s/p L labral repair (wk 16); can't hold the bar in the low-bar squat
            Obj: MMT L ER 4-/5, LT 4-/5
            """,
            ["S43.432D"], [PTA("97110", 17)], []),

        // PCSM 97140 Maitland grade IV PA mobilisations to L4-5 and STM; lumbar stiffness in a farmer; lumbar flexion degrees and a slump: passes.
        ["vord-h127-pcsm-maitland-lumbar-97140"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Arlo Tschetter (farmer, 58)
            97140 MT — 12 min
            Tx: Maitland central PA L4-5 grade IV 3 x 30", unilateral PA R L5 grade III, STM to the R QL and lumbar paraspinals
            Imp: L4-5 hypomobility with R-sided LBP; stiff bending to grease the planter
            Obj: lumbar flex 52° → 60° post (inclinometer); ext 10° → 15°
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // PCSM 97530 agility and cutting drills with times and counts; R ankle after a sprain in a barrel racer who must vault onto her horse: passes.
        ["vord-h127-pcsm-agility-and-mounting-97530"] = new(
            """
            PCSM — Brookings | M. Two Bulls PT, ATC | pt: Lacey Ruud (barrel racer)
            97530 TA — 15 min
            Tx: pro-agility shuttle | lateral cone cuts | step-up-and-swing onto the 24" plyo box (mounting sim) | loaded carry of the 40# saddle 3 trips
            Imp: R ankle weakness and apprehension cutting after the sprain; can't swing up onto the horse off the R leg
            Obj: pro-agility 5.6 s (6.3 at wk 4) | mounting sim 8 of 10 w/o a hand
            """,
            ["S93.401D"], [PT("97530", 15)], []),

        // PTH PT 97112 with the address on the header: 1:1 in the den; perturbations, foam stance and stepping drills; postural control with a history of falls; Berg out of 56 and a change "+5 since IE": passes.
        ["vord-h127-pth-pt-fiddler-nmr"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, 118 Fiddlers Way, Galax    Clinician: Rhonda Sizemore, PT, DPT
            97112 [ 24 ] min — 1:1 in the den, his wife in the kitchen
            Tx: perturbations at the hips standing on the foam pad; stepping strategy drills forward and to the side; standing with his fiddle in playing position on the foam, eyes closed between tunes
            Problem: poor postural control and a late step; two falls getting up from playing at the Galax convention
            Assist/Dist: Berg 45 out of 56, +5 since IE; 6 of 8 perturbations without a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PTH PTA 97116 "amb 150’ RW CGA → SBA" with the porch's 7-inch steps given as equipment; gait and steps with cues; short L step after a knee replacement: passes.
        ["vord-h127-pth-pta-porch-steps-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's doublewide, Hillsville    Clinician: Kaylee Quesenberry, PTA
            97116 [ 21 ] min
            Tx: gait training with the RW through the kitchen and out the back door; the four 7-inch porch steps with the rail, step-to pattern, cues for L heel strike and equal steps
            Problem: short L step and stiff L knee after the L TKA; scared of the porch steps
            Assist/Dist: amb 150’ RW CGA → SBA; porch steps up and down x3 with the rail, CGA
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 21)], []),

        // PTH OT 97530 meal prep with counts and assist after a stroke: passes.
        ["vord-h127-pth-ot-biscuits-97530"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Lorena Bowman, OTR/L
            97530 [ 20 ] min
            Tx: making biscuits standing at the counter — measuring, mixing and rolling the dough with both hands, sliding the pan into the oven with the mitt
            Problem: R hand weakness and poor standing tolerance after the L CVA; leans her hip on the counter
            Assist/Dist: stood at the counter 3 bouts with SBA; rolled and cut 10 biscuits; min A to slide the pan in and out of the oven (twice)
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // PTH PTA 97110 with doses at the kitchen table; L hip weakness after a hip fracture: passes.
        ["vord-h127-pth-pta-kitchen-table-exercise-97110"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Darnell Hash, PTA
            97110 [ 16 ] min
            Tx: standing hip abduction at the counter 3x12 w/ 2 lb cuff, sit-to-stands from the kitchen chair 3x8, heel raises 3x15, LAQ 2x15 w/ 2 lb
            Problem: L hip abductor and quad weakness after the L hip fracture; leans to the L on the way to the bathroom
            """,
            ["S72.002D"], [PTA("97110", 16)], []),

        // PTH PTA two codes "97112 [ 22 ] min" and "97110 [ 12 ] min", both match; 1:1 for the balance work with the aide present; foam and perturbation work with tandem seconds; exercises with doses; postural sway and hip weakness: passes.
        ["vord-h127-pth-pta-balance-and-exercise-two-codes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Wytheville    Clinician: Kaylee Quesenberry, PTA
            Present: aide (Blue Ridge Home Care)
            97112 [ 22 ] min — one-on-one for the balance work, aide watching
            97110 [ 12 ] min
            97112 Tx: stance on the couch cushion eyes closed, perturbations at the pelvis, stepping over the cane front and side
            97110 Tx: sit-to-stands 3x10, standing marches 2x20, side-lying hip abduction 2x12
            Problem: postural sway and slow stepping; R hip weakness — she sways worst when she turns to sit
            Assist/Dist: tandem 8 sec (3 at IE); 5 of 7 perturbations without a step
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 12)], []),

        // STBF complete 97112 in prose with "Berg = 47" and the TUG: one-on-one; perturbations and obstacle course; slow stepping: passes.
        ["vord-h127-stbf-quilter-obstacle-course"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Winifred Stoltzfus — Bram Oosterhuis, PT
            One-on-one for timed codes: Y
            What we worked on: an obstacle course of foam, the half-roll and the shoe boxes, then perturbations at the shoulders in a narrow stance.
            Why: a slow stepping reaction and poor postural control when she looks up at the quilt rack.
            How she did: Berg = 47; TUG 11.3 seconds.
            Time: Neuromuscular re-education (97112), 23 minutes.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCSM complete 97112 with an ibuprofen dose and a date: 1:1; BOSU perturbations and mirror landings; ankle proprioception; SLS and Y-bal: passes.
        ["vord-h127-pcsm-kayaker-ankle-nmr"] = new(
            """
            PCSM — Yankton | M. Two Bulls PT, ATC | pt: Corbin Vetter (kayaker), DOS 03/04/2026
            97112 NMR — 21 min — 1:1 [x]
            Tx: BOSU SL stance w/ perturbations | SL stance on the rocking kayak seat sim | lateral hop-and-stick w/ mirror
            Imp: L ankle proprioception ↓ after the sprain getting out at the boat ramp; ankle rolls on the wet rocks. Meds: naproxen 220 mg prn
            Obj: SLS eyes closed L 17" (R 28") | Y-bal PL 88/94 cm L/R
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // PTH PTA 97116 on the church fellowship hall with distance, laps and "SBA x1": cane gait with cues; short step with Parkinson's: passes.
        ["vord-h127-pth-pta-fellowship-hall-laps-97116"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville, and the Mount Zion fellowship hall next door    Clinician: Darnell Hash, PTA
            97116 [ 20 ] min
            Tx: gait training with the cane, big steps and arm swing on my count, turning wide at each end of the fellowship hall
            Problem: small steps and reduced arm swing with Parkinson's; stumbles turning in the church aisle
            Assist/Dist: 4 laps of the 80-ft hall, SBA x1; 1 freeze at the doorway
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // PCSM complete 97112 ("1:1 [x]"; SL squat perturbations; dyn valgus; hop LSI) sent with no diagnosis.
        ["vord-h127-pcsm-no-diagnosis"] = new(
            """
            PCSM — Brookings | J. Halvorsen PT, DPT, SCS | pt: Mikayla Fjelstad (volleyball)
            97112 NMR — 22 min — 1:1 [x]
            Tx: SL squat w/ perturbations | hop-and-stick
            Imp: R knee dyn valgus on landing, late glute med
            Obj: hop LSI 86%
            """,
            [], [PT("97112", 22)], [Dx]),

        // STBF complete 97112 (one-on-one; foam perturbations and tandem; postural control; Berg) with the claim's diagnosis an old ICD-9 code "781.2": not an ICD-10-CM code.
        ["vord-h127-stbf-icd-9-diagnosis"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Lucius Brainard — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y
            What we worked on: perturbations on the foam and tandem walking with head turns.
            Why: postural control and a slow step after his fall on the ice.
            How he did: Berg 43 out of 56.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["781.2"], [PT("97112", 22)], [Dx]),

        // PCSM "97112 NMR — 32 min" on a 22-min line: mismatch; otherwise complete (1:1; BOSU and perturbation work; ankle proprioception; SLS).
        ["vord-h127-pcsm-nmr-32-on-22"] = new(
            """
            PCSM — Yankton | T. Kloster PTA | pt: Garrett Lindholm (XC)
            97112 NMR — 32 min — 1:1 [x]
            Tx: BOSU SL stance w/ perturbations | star excursion reaches on the airex
            Imp: R ankle proprioception ↓ after the inversion sprain
            Obj: SLS eyes closed R 15" (L 25")
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
