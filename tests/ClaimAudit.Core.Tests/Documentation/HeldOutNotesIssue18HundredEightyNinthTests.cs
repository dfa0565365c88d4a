using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind), the set is one Friday's notes, Friday 12/11/2026, drawn at
/// random across all the clinics of the hundred-and-seventy-third to hundred-and-eighty-eighth sets, each clinic in its
/// own template, voice and vocabulary and none with more than four notes: no new styles, only new patients and new
/// wording inside the same templates. It measures how the analyzer does across the styles it has already seen, with
/// notes it has not; it is run once, at the end of the session. About two thirds are ordinary and complete (70 of 102),
/// single- and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs,
/// OTs and students under their instructors, from three groups of employers:
/// <list type="number">
/// <item>the template, quoting and unpunctuated clinics of the hundred-and-seventy-third to -seventy-seventh sets: White
/// River PT &amp; Balance (WRPT: "Svc: 97112 NMR — 22 min", "Attendance: [X] 1:1 [ ] concurrent [ ] group", "What we
/// did:", "Why:", "Numbers:"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY:
/// ☒ Individual", "OUTCOME MEASURE: … SCORE: …"), Petit Caillou PT (PCPT: "Code 97112 Neuro re-ed ........ 22 min",
/// "Did:", "For:", "Numbers:", Jules Guidry's "cher" and the "Bayou Balance" levels), Rosario Strait Physiotherapy (RSP:
/// "11.12.2026", "97112 NMR 09.00–09.22 (22') · 1:1", kilograms), Ocmulgee River PT (OCM: the post-TPE template rev. C
/// with a clock range on each timed code's line), Touchet Valley PT (TVPT: "DELIVERY: One-on-one for the entire billed
/// service? Y"), Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 23 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"),
/// Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 19 ] min", "Assist/Dist:"), Hollyhock Lane
/// Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT WE DID: 97112 · 23 min", "1:1 for billed time: ☒ Yes
/// ☐ No", "WHY:", "MEASURED:"), Wintergreen Movement Disorders Center (WMDC: "Med state:", "Pt says:", "Delivery: ☒
/// Individual ☐ Group (PWR! class) ☐ Co-treat"), Saltmeadow Women's Health &amp; Balance PT (SWH: "She reports:" in
/// curly quotes), Short North Sports &amp; Spine (SNSS: Nadia Farhat's lower case and "1on1", Mateo Velez's full
/// sentences), Middle Loup Mobile PT (MLMPT: Carla Hindman's "pt n me" and the "tx … def … meas …" expansion), Wapello
/// Heights Care Center (WHCC: "97112 x 22 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm …"), and
/// the amending employers Mercy Ridge Hospital (MRH: "NEUROMUSCULAR RE-EDUCATION 97112 — 23 min", "Delivery: [X]
/// Individual …"), Quarry Hill PT (QHPT: "97112 — 22 min", "Seen 1:1", "1:1? Y / N: ___", "Measures: ______") and
/// Bighorn Home &amp; Outpatient Therapy (BHOT: "LATE ENTRY for 12/11, written 12/12 …", "Deficit: (not entered)", a
/// clock range on the code's line);</item>
/// <item>the run-on writers and the online-form employers of the hundred-and-seventy-eighth and -eighty-first sets:
/// Chelan Basin Medical Center's neuro clinic (CBMC: Priya Raman's lower-case slashes and "one to one", Owen Brandvold's
/// (PTA) "1to1" with nothing between fields, Lucia Ferreira's (OTR/L) double spaces and one final period), Encampment
/// River PT (ERPT: Gail Sorensen's lower-case end-of-day notes with "&amp;", Hank Twomey's capitals and one closing
/// period), Bootheel Orthopaedic &amp; Sports Medicine (BOSM: Dwayne Pressley's double slashes, Kimberly Askins' pipes,
/// Reggie Gainey's (PTA) loads strung together, "per Dr. Kessler protocol"), Wayfarer Mobile PT (WMPT: the "WMPT Visit
/// Submission" with its matrix "Minutes for each code you selected" exported as "97112 — 23"), Ironwood State
/// University's Sports Medicine &amp; PT Clinic (ISU-SMPT: the "SPT Daily Note" with "Minutes — 97112" boxes, "Treatment
/// format (select one)", "CI co-signature") and Halyard Pelvic &amp; Vestibular PT (Inés Calloway's "Halyard PT —
/// after-visit form");</item>
/// <item>the paper, team, teaching, coverage and internationally staffed clinics of the hundred-and-eighty-fourth,
/// -fifth and -eighty-eighth sets: Sappa Creek Community Hospital (SCCH: the "OP THERAPY DAILY FLOWSHEET (form R-31)"
/// with its "DATE | CPT | MIN | 1:1 | TX" rows and the OCR's "0utpatient"), North Country Neuro PT (NCNPT: "DAILY NOTE —
/// PLEASE PRINT", "SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP", "CPT / MIN: 97112 / 22"), Pennyroyal Senior Care (PSC: the
/// form B-7 with its "| CPT | Service | Min | Units |" grid and "Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐
/// Co-treatment"), Cedar Crest Health Neuro Rehabilitation Institute (CCNRI: the "NEURO OP TEAM NOTE", "CPT | Furnished
/// by | Min"), Kaskaskia University's PT Faculty Clinic (KU-PTC: the student SOAP note with "Pt : clinician ☒ 1:1" and
/// the CI's paragraph), Harbor Point PT (HPPT: the "SAT CLINIC — COVERAGE NOTE" with "Codes/min:" and Ray Dunleavy's
/// lower case), Meridian Global Therapy Staffing (MGTS: "MGTS DAILY TREATMENT RECORD", "CPT / mins:", "Treatment given on
/// one-to-one basis", "Kindly note"), Passaic Valley Health's neuro gym (PVH: "SKILLED INTERVENTION", "IMPAIRMENT
/// ADDRESSED", "MODE OF DELIVERY: [ ] One-to-one [ ] Concurrent [ ] Group") and Altamaha PT (APT: the "PTA DAILY NOTE"
/// with "CPT/Time", "Tx rendered", "Pt response", "Goal addressed").</item>
/// </list>
/// This Friday's people: a son translating for his father, a home aide from the assisted living holding the gait belt,
/// a husband in the hall, a daughter in the kitchen, a wife who brought the grandbaby, a granddaughter home from college
/// and a border collie left in the truck (none of them a patient; Mr. Cardoso on the parallel bars, Mr. Tillman on the
/// mats, the Friday PWR! class and Mrs. Ostrander on the next table are); a pipeline welder, a school-lunch lady, a
/// county extension agent, a retired crop-duster, a sorghum farmer, a church organist on the bench, a tugboat cook, a
/// snowmobile groomer, a lobster-pound worker, a Christmas-tree lot seller, a bingo caller, a bell choir ringer and a
/// grain-truck driver.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "___", "______", "—" for a
/// skipped question and "(not entered)" state nothing, a ticked box states what it names, a lower-case run-on note says
/// what it would in capitals, a programme's level is not a technique, and a student's note co-signed by the instructor
/// is read as the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h189-…): one-on-one in these writers' own words ("Treatment given on one-to-one basis; son present
/// to translate", "1:1 for billed time: ☒ Yes ☐ No — her aide from the assisted living held the gait belt", "Pt :
/// clinician ☒ 1:1" with the CI's "treated no other patient", a WMPT "One-on-one with the therapist" with the daughter in
/// the kitchen, "one to one/husband in the hall"), notes that negate it (a PVH "[X] Concurrent" with Mr. Cardoso on the
/// parallel bars, an APT PTA with Mr. Tillman on the mats "alternating", a WMDC Friday PWR! class ticked Group, an HPPT
/// float PTA working him alongside Mrs. Ostrander on the next table) or never state it (a Twomey capitals note), and an
/// OT's 97530 in a WHCC group, which has no one-on-one check;</item>
/// <item>class 2 (v2-h189-…): checkbox and blank-field states (NCNPT's "SESSION:" row with nothing ticked, an SCCH "1:1"
/// column left "[ ]", a QBRH "OUTCOME MEASURE: ____ SCORE: ____" as the only outcome line, an nmrx "def __", an ISU
/// "Treatment format (select one): —", a QHPT "Measures: ______") and the same fields filled (a PSC "☒ Individual" over
/// a two-row grid with its "Total Timed Min: ____" left, a TVPT "Y", a Halyard "Which system …?: Somatosensory", a
/// CCNRI "☒ 1:1");</item>
/// <item>class 3 (v3-h189-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises, Maitland
/// grade IV thoracic PAs, PNF D2 flexion patterns with rhythmic stabilisation, X1 viewing with optokinetic video on foam,
/// Frenkel exercises, body-weight-supported treadmill training, McKenzie repeated extension in lying, Otago balance
/// moves) and a programme's level as the only technique ("Bayou Balance level 5");</item>
/// <item>class 4 (v4-h189-…): deficits stated as findings in these writers' terms (his toe catches the stirrup, the knee
/// gives on the cut, she loses her footing stepping off the bus onto the slushy curb, his R foot slaps on the ferry ramp,
/// he can't feel the edge of the choir-loft step) and notes that state none (an APT "Goal addressed: ___", a BHOT
/// "Deficit: (not entered)" on a 97116, a WRPT "Why: see eval", a PSC "Impairment: none noted");</item>
/// <item>class 5 (v5-h189-…): measures in every usual form (Berg and tandem seconds in a run-on line, counts and assist
/// for 97530 in a grid, Y-balance centimetres, distance and assistance for gait, kilograms for 97110) and notes with none
/// ("MEASURED: steadier, her daughter says", a WMPT objective question skipped with "—", "Objective measure: deferred",
/// a BOSM 97110 list of exercises with no dose);</item>
/// <item>class 6 (v6-h189-…): minutes in these templates' forms (two clock ranges on an OCM note, "Codes/min: 97110 24 /
/// 97140 12", two PCPT dotted lines, Pressley's double slashes, "CPT/Time: 97110 / 15 min; 97116 / 23 min") and true
/// mismatches (a CCNRI table's 32 on a 22-minute line, a WMPT matrix "97110 — 30" on 18, an RSP clock range of 34 on 22)
/// and truly missing separate time (an SCCH second row with its MIN cell blank, an MGTS "Total timed treatment: 36 mins" for two
/// codes);</item>
/// <item>class 7 (v7-h189-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a QHPT woodpile-and-stairs strengthening list), 97530 (an MRH OT's
/// laundry-to-line and tree-stand task practice), 97140 (Askins' patellar mobilisation and soft-tissue work) and 97116
/// (a PVH PTA's corridor and kerb gait training), and wholly generic notes (Twomey's "BALANCE TRAINING TOLERATED WELL",
/// Nadia Farhat's "ther ex per poc", Brandvold's "functional activities tol well");</item>
/// <item>ordinary (vord-h189-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — sons, daughters, wives, a husband, a
/// granddaughter, an aide, a student, a dog (none of them a patient; Mr. Cardoso, Mr. Tillman, the PWR! class and Mrs.
/// Ostrander are), ages, dates of service, years at a job, step and box heights in inches, loads in pounds and
/// kilograms, distances in feet and metres, reach in centimetres, degrees, percentages of body-weight support, counts of
/// pegs, clothespins, stairs and trips — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("CPT / mins: 97112 – 23 mins", "97112 — 22 min", "97112 |
/// 23 | [v]" in a flowsheet row, "| 97112 | Neuromuscular Re-ed | 22 | 2 |" in a grid), in its block's heading, in a
/// minute box or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test,
/// except the one that gives two codes only a total ("Total timed treatment: 36 mins"); notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what one Friday across so many clinics could honestly be read either way: a ticked
/// one-on-one box beside a sentence about another patient in the same room but not in the billed block, a grid's units
/// column or a form's rating scale as the only number of a note failed for a measure, a surgeon's protocol phase
/// ("per Dr. Kessler protocol phase II") standing in for the exercises, a team note whose handoff time could be read as
/// a clock range for a code, and an OCR misreading that lands on a code's minutes or a test's score.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 99 of 102 cases agree (100 needed), and 2 of the 70 notes the reviewer passes got a finding, on the analyzer of 8d5b7b5 (the 2026-12-07 twenty-fourth session's final engine, after the hundred-and-eighty-second to hundred-and-eighty-eighth sets were worked through and two reviews; nothing was changed for this set) — its first and only run in the session, the held-out figure.</para>
/// <para>After: development data, worked through in the twenty-fifth session (2026-12-07, final engine code e1617c8): 102 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyNinthTests(ITestOutputHelper output)
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

        // MGTS Midland, Chinedu: "Treatment given on one-to-one basis; son present to translate" (family, not a patient); PNF pelvic D2 with rhythmic stabilisation, foam stance with pushes, stepping over hurdles; delayed stepping reaction and sway; Berg and perturbations; "97112 – 23 mins" matches: passes.
        ["v1-h189-mgts-one-to-one-son-translating"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            Pt c/o: pipeline welder, 63 yrs, "my legs are not sure of the ground" on the caliche pads.
            CPT / mins: 97112 – 23 mins
            Treatment given on one-to-one basis; son present to translate.
            Treatment given: PNF pelvic D2 patterns with rhythmic stabilisation in standing, foam stance with pushes from all sides, stepping over 5 hurdles on command.
            Findings: delayed stepping reaction to backward pushes, increased postural sway eyes closed.
            Outcome measure: Berg 46/56 (IE 40/56); 7 of 10 pushes recovered with one step.
            Kindly note son will bring the walker next visit.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PVH Paterson, Rajesh (PTA): "MODE OF DELIVERY: [ ] One-to-one [X] Concurrent [ ] Group — Mr. Cardoso on the parallel bars at the same time": another patient in the block — one-on-one missing; technique, impairment and measures present.
        ["v1-h189-pvh-rajesh-concurrent-cardoso-on-bars"] = new(
            """
            PVH NEURO GYM — PTA TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [ ] One-to-one [X] Concurrent [ ] Group — Mr. Cardoso on the parallel bars at the same time, I moved between the two of them.
            SKILLED INTERVENTION: weight shifting onto the Rt LE with tapping to the glutes, step-and-stick on foam, lateral stepping over the cane.
            IMPAIRMENT ADDRESSED: Rt hemiparesis with poor weight acceptance and knee hyperextension in stance.
            OBJECTIVE: Berg 41/56. Step-and-stick 5 of 10 without UE support.
            Rajesh Pillai, PTA
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HLG Fairhope, "1:1 for billed time: ☒ Yes ☐ No — her aide from the assisted living held the gait belt" (staff, not a patient); quote; reaching out of base on foam, backward stepping to a nudge, turns with head movement; posterior lean; Berg and functional reach; 23 min matches: passes.
        ["v1-h189-hlg-aide-held-the-gait-belt"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope
            Pickens, Lurleen · Thomas Ashby, PT
            IN HER OWN WORDS: "I go over backwards hanging the wreath on the door." (quoted as said)
            WHAT WE DID: 97112 · 23 min
            1:1 for billed time: ☒ Yes ☐ No — her aide from the assisted living held the gait belt
            Reaching up and out of her base standing on foam, backward stepping reactions to a nudge at the shoulders, 180° turns with head turns to the call bell.
            WHY: posterior lean and a late ankle strategy; she steps back too late and too short.
            MEASURED: Berg 42/56; functional reach 7 in (4 in at eval).
            """,
            ["R26.89", "Z91.81"], [PT("97112", 23)], []),

        // ERPT Hank Twomey's capitals with one closing period, never states one-on-one: rocker board, foam beam, pushes; R ankle proprioception and sway; Berg and tandem; 22 min matches — one-on-one missing only.
        ["v1-h189-erpt-twomey-unstated"] = new(
            """
            EOD FRI 97112 22 MIN RETIRED CROP DUSTER 77 YRS ROCKER BOARD AP AND ML EYES CLOSED TANDEM WALKING ON THE FOAM BEAM PUSHES AT THE HIPS IN STRIDE R ANKLE PROPRIOCEPTION DOWN AND SWAY SINCE HE FELL OFF THE HANGAR LADDER BERG 47/56 TANDEM R IN FRONT 12 SEC H TWOMEY PT.
            """,
            ["R26.81", "S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // KU-PTC student note with "Pt : clinician ☒ 1:1 ☐ 2:1", "CI treating another pt during session? ☐ Y ☒ N" and the CI's paragraph; Otago-style backward and sideways walking, tandem on foam, reactive steps; somatosensory loss; mCTSIB and tandem; 22 min matches: passes.
        ["v1-h189-ku-one-to-one-ci-no-other-patient"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Carbondale)
            SPT: Luis Echeverría    CI: Glen Hoskins, PT, DPT
            Supervision: ☐ line-of-sight ☒ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: campus groundskeeper, 61; "I wobble on the mulch beds."
            O: 97112 — 22 min: foam stance with head turns, backward and sideways walking along the tape, tandem on the foam beam, reactive steps to pushes at the pelvis.
            mCTSIB condition 4: 14 s; tandem R in front 9 s.
            A: somatosensory loss both feet from the neuropathy; he relies on vision and sways on soft ground.
            CI feedback: good progression of the surface.
            I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins, PT, DPT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // WMPT home visit, "How was the treatment delivered? (select one): One-on-one with the therapist", "Who else was present? (optional): daughter, in the kitchen"; step taps with head turns, foam stance at the counter, reactive steps; sway and slow protective stepping; TUG and tandem; "97112 — 23": passes.
        ["v1-h189-wm-one-on-one-daughter-in-kitchen"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: alternating step taps to the bottom stair with head turns, foam stance at the kitchen counter eyes closed, reactive steps to pushes at the hips
            What impairment(s) did you treat today?: postural sway and slow protective stepping; she caught her toe on the braided rug by the woodstove
            Objective measures today (test name and result): TUG 13.1 sec; tandem stance 8 sec
            Who else was present? (optional): daughter, in the kitchen
            Anything the office should know? (optional): —
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // APT Jesup, Jerome (PTA): "Pt and Mr. Tillman (also on schedule) done together on the mats, alternating between them": another patient in the block — one-on-one missing; technique, goal addressed and measures present.
        ["v1-h189-apt-jerome-tillman-on-the-mats"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            Pt and Mr. Tillman (also on schedule) done together on the mats, alternating between them.
            Tx rendered: half-kneeling rhythmic stabilization, quadruped alternate arm and leg on the foam, tall kneeling weight shifts to targets.
            Goal addressed: trunk and hip motor control, pt loses balance climbing down from the pulpwood truck cab.
            Pt response: quadruped hold 12 secs w/o collapse; Berg 44/56.
            Jerome Bautista, PTA
            """,
            ["R26.89"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // WHCC OT's 97530 in a group ("[ ] individual [ ] concurrent [x] group  3 res at the ornament table") — 97530 has no one-on-one check; standing at the table hanging ornaments, reaching to the tree, picking clothespins; standing tolerance and R hand coordination; counts and assist: passes.
        ["v1-h189-whcc-tibbetts-97530-group"] = new(
            """
            97530 x 19 min  A. Tibbetts OTR/L  [ ] individual [ ] concurrent [x] group  3 res at the ornament table  res rm 206  standing at the table hanging ornaments on the branch + reaching overhead to the small tree + clothespins pinched onto the card  standing tolerance + R hand coordination after the stroke  stood with CGA  12 ornaments hung  20 clothespins R hand
            """,
            ["I69.331"], [OT("97530", 19)], []),

        // CBMC Priya Raman's slashes, "one to one/husband in the hall"; X2 viewing, walking with pitch turns, foam with eyes closed; L vestibular hypofunction; DGI and DVA; 22 min matches: passes.
        ["v1-h189-cbmc-raman-husband-in-the-hall"] = new(
            """
            97112/22 min/one to one/husband in the hall/winery tasting-room host, 58/x2 viewing seated then standing/walking the hallway w pitch head turns/foam stance eyes closed w head turns/l vestibular hypofunction, oscillopsia looking up at the wine racks/dgi 18/24, dva lost 2 lines/p raman pt dpt ncs
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // WMDC Friday, "Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat" on a 97112 line: not one-on-one; PWR! Moves with big steps, turning in the box; freezing and hypokinesia; TUG and freezes present.
        ["v1-h189-wmdc-friday-pwr-class-ticked-group"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Odell Farris · Med state: ON · Colleen Marsh, PT
            Pt says: "I stall out turning at the organ bench."
            97112 — 22 min
            Delivery: ☐ Individual ☒ Group (PWR! class) ☐ Co-treat
            PWR! Moves in standing (PWR! Rock and Twist), big steps over the tape line, turning inside the taped box on a count.
            Deficit: freezing on turns and hypokinesia with Parkinson's disease.
            Measures: TUG 13.4 sec; 3 freezes in 8 turns.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HPPT Saturday coverage note, Keisha Monroe (float PTA): "worked him alongside Mrs. Ostrander on the next table, back and forth": not one-on-one; foam, tandem, perturbations; sway and ankle strategy; Berg and tandem present; "Codes/min: 97112 22".
        ["v1-h189-hp-keisha-alongside-ostrander"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97112 22
            Worked him alongside Mrs. Ostrander on the next table, back and forth the whole time.
            Foam stance eyes closed, tandem walking on the line with head turns, perturbations at the pelvis.
            Problem: postural sway and a late ankle strategy; the Navy retiree lost it on the wet ferry deck.
            Berg 45/56; tandem L in front 10 sec.
            Handed back to: Tess Mon.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PSC form B-7 at Hopkinsville, "Delivery: ☒ Individual", grid rows 97112 22 and 97110 14 filled, the other rows and "Total Timed Min: ____" left; NMR and ther ex each named with their impairment and numbers: passes.
        ["v2-h189-psc-individual-ticked-two-rows"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 14  | 1     |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: NMR — foam stance eyes closed, stepping reactions to pushes at the hips, tandem walking at the rail. Ther ex — sit-to-stand from the low chair 3x10, standing hip abduction with the red band 3x12, heel raises 3x15.
            Impairment: delayed stepping reactions and B hip abductor weakness; the retired first sergeant sways on the chapel steps.
            Objective: Berg 44/56; tandem 9 s.
            Pt response: wants to usher at the Christmas service.
            Dwight Pennebaker, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // NCNPT Gordon Tveit's capitals, "SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP" with nothing ticked: one-on-one missing; tandem with stops, heel taps to step targets, foam with ball tosses; cerebellar ataxia; SARA and tandem; "97112 / 23".
        ["v2-h189-ncnpt-session-row-nothing-ticked"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [ ] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: LE ATAXIA AND POOR POSTURAL CONTROL, SPINOCEREBELLAR ATAXIA; HE LURCHES STEPPING ONTO THE ICE HOUSE FLOOR
            INTERVENTIONS: TANDEM WALKING WITH STOPS ON CUE, HEEL TAPS TO TARGETS ON THE 6 IN STEP, STANDING ON FOAM WITH BALL TOSSES
            OUTCOME MEASURES: SARA 13 (15 AT EVAL); TANDEM 6 SEC
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["G11.19"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCCH flowsheet row "12/11 | 97112 | 22 | [ ] |" — the 1:1 column left unticked and nothing else says one-on-one: one-on-one missing; technique, problem and measure present.
        ["v2-h189-scch-one-to-one-column-unticked"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/11 | 97112 | 22  | [ ] | rocker board A/P eyes closed, foam stance w/ head turns, step-
            and-stick over the 4 inch hurdle
            PROBLEM: sway + late step reaction, fell in the pheasant field stubble in Nov
            MEASURE: Berg 46/56; tandem 10 sec
            RESP: tol well                         INIT: DO
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH with the only outcome line left "OUTCOME MEASURE: ____ SCORE: ____" and no other number but the code and its minutes: measure missing; X1, head turns walking, foam; vestibular hypofunction; "☒ Individual".
        ["v2-h189-qbrh-outcome-row-blank-only"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 standing on foam, walking the hall with horizontal head turns, stepping over the rope on cue
            IMPAIRMENT: R vestibular hypofunction; the lobster-pound worker loses her footing turning to the tanks
            OUTCOME MEASURE: ____ SCORE: ____
            Everett Sewall, PT
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y" answered; rocker, foam with head turns, step-and-stick; ankle proprioception and postural control; FGA and SLS; 22 min matches: passes.
        ["v2-h189-tvpt-delivery-answered-y"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rocker board A/P with eyes closed, foam stance with head turns, step-and-stick onto the foam leading L, to restore ankle strategy for the grain-truck step
            DEFICIT ADDRESSED: L ankle proprioception and postural control after the inversion sprain
            OBJECTIVE: FGA 22/30; SLS L 11 sec
            NOTE TO REVIEWER: none
            Celeste Vandergriff, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // MLMPT Carla Hindman's nmrx expansion with "def __" left blank and nothing else naming a deficit: deficit missing; "1on1 y", techniques and measures present.
        ["v2-h189-mlmpt-nmrx-def-blank"] = new(
            """
            97112 22 min 1on1 y pt n me tx foam stance eyes closed in the machine shed + stepping over the auger tube + pushes at the hips def __ meas tandem 9 sec berg 45/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ISU SPT note, "Treatment format (select one): —" skipped and nothing else says one-on-one: one-on-one missing on the 97112; single-leg hops to a stick, BOSU perturbations, Y-balance reaching; ankle proprioception; Y-balance and hops.
        ["v2-h189-isu-treatment-format-skipped"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): —
            Interventions (list each with parameters): single-leg hops to a stick, single-leg stance on the BOSU with ball perturbations, Y-balance reaching on the L
            Impairment(s) targeted: L ankle proprioception after the sprain on the curling sheet
            Outcome measures (name: score): Y-balance anterior L 61 cm (R 68 cm); hop-and-stick 6/10
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Halyard form, "Which system did we work on?: Somatosensory", "Was it just you and me the whole time? (required): Yes"; foam and rocker eyes closed, textured-mat stepping, pushes; sensory loss both feet; mCTSIB and monofilament; "97112 — 22": passes.
        ["v2-h189-hal-system-somatosensory"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Somatosensory
            Tell me what we did (techniques, positions, cues): foam and rocker board with eyes closed, stepping barefoot across the textured mat, pushes at the hips in tandem
            What's the problem we're chasing?: lost feeling in both feet (chemo neuropathy); she can't tell the dock boards from the ramp in the dark
            Numbers! (scores, seconds, microvolts, grades): mCTSIB condition 4: 12 sec; monofilament felt at 5 of 10 sites
            How did she feel leaving? (1–10): 8
            """,
            ["G62.0"], [PT("97112", 22)], []),

        // QHPT "Measures: ______" with no other number but the code and its minutes: measure missing; "Seen 1:1", techniques and deficit present.
        ["v2-h189-qhpt-measures-line-blank"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            Foam stance with eyes closed, tandem walking along the counter with head turns, perturbations at the pelvis, stepping over the broom handle.
            Sway and a late step since she slid on the sugarhouse ramp.
            Measures: ______
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CCNRI team note, "DELIVERY (97112): ☒ 1:1" with Dana (PTA) for the NMR; rocker, step-and-stick, perturbations; L postural control after the stroke; Berg and counts; "97112 | Dana L., PTA | 23": passes.
        ["v2-h189-ccn-delivery-box-ticked"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Dana L., PTA | 23
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Dana: county extension agent, 64; rocker board M/L with eyes closed, step-and-stick onto the foam leading L, perturbations at the pelvis in tandem.
            IMPAIRMENT TARGETED: L LE proprioception and postural control after the R MCA stroke.
            OUTCOME MEASURE / SCORE: Berg 43/56; step-and-stick 6 of 10.
            Neuro Pathway step 3.
            """,
            ["I69.354"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // NCNPT Kari Hjelle, LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side) and BIG walking with arm swing; hypokinesia and small steps with Parkinson's; step length and TUG; "SESSION: [X] 1:1"; "97112 / 23": passes.
        ["v3-h189-ncnpt-lsvt-big"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: hypokinesia, small shuffling steps + reduced arm swing w/ Parkinson's; he shuffles on the arena bleacher steps
            INTERVENTIONS: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps), BIG walking w/ arm swing down the hall
            OUTCOME MEASURES: TUG 11.6 sec; step length 21 in (17 in at eval)
            CPT / MIN: 97112 / 23
            K. HJELLE PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PCPT Jules Guidry (PTA), "Did: Bayou Balance level 5, cher, same as the sheet." as the only technique; deficit, numbers and one-on-one present: technique missing.
        ["v3-h189-pcpt-bayou-balance-level-five-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/11/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 5, cher, same as the sheet.
            For: ankle proprioception and a late step; the tugboat cook lost it when the galley rolled
            Numbers: Berg 47/56; SLS R 9 sec
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // RSP 97140, Maitland grade IV central PAs T4-T7 and rib springing; thoracic stiffness; rotation degrees; "97140 MT 11.00–11.12 (12') · 1:1": passes.
        ["v3-h189-rsp-maitland-grade-iv-thoracic"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. Lindgren, PT · 11.12.2026 · ferry purser, 52 y, 71 kg
            97140 MT 11.00–11.12 (12') · 1:1
            Tx: Maitland grade IV central PAs T4–T7, 3 bouts of 30 s each level; rib springing R 5–6 in prone.
            Problem: mid-thoracic stiffness with pain turning to check the car deck.
            Measures: seated thoracic rotation R 38° (29° before), L 41°.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // PVH Wayne, Joy Villanueva: PNF D2 flexion patterns of the Rt UE and pelvic patterns with rhythmic stabilisation in sitting; trunk and scapular motor control after a stroke; Fugl-Meyer and reach; one-to-one; 23 minutes heading: passes.
        ["v3-h189-pvh-pnf-d2-rhythmic-stabilisation"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: PNF D2 flexion patterns of the Rt UE with quick stretch, anterior elevation/posterior depression pelvic patterns in sidelying, rhythmic stabilisation in sitting on the ball.
            IMPAIRMENT ADDRESSED: Rt scapular and trunk motor control after Lt MCA stroke; he cannot reach the top shelf at the deli counter.
            OBJECTIVE: Fugl-Meyer UE 38/66; forward reach 24 cm.
            Joy Villanueva, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Halyard form: X1 viewing with an optokinetic video on the tablet, standing on foam, and habituation to looking up; visual dependence and motion sensitivity after concussion; convergence and DVA; "Yes — just us"; "97112 — 23": passes.
        ["v3-h189-hal-x1-with-optokinetic-video"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes — just us, her granddaughter home from college waited in the car
            Which system did we work on?: Vestibular / visual
            Tell me what we did (techniques, positions, cues): X1 viewing standing on foam, then standing in front of an optokinetic stripe video on the tablet, habituation to looking up at the boat's mast and back down
            What's the problem we're chasing?: visual dependence and motion sensitivity after her concussion; the grocery aisles make her sway
            Numbers! (scores, seconds, microvolts, grades): near point of convergence 7 cm (12 cm at eval); DVA lost 2 lines
            How did she feel leaving? (1–10): 6
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // SCCH flowsheet, Frenkel exercises supine and sitting then heel-to-toe walking; LE ataxia after a cerebellar stroke; SARA and tandem; row "97112 | 23 | [v]": passes.
        ["v3-h189-scch-frenkel-exercises"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/11 | 97112 | 23  | [v] | Frenkel exercises supine + sitting (heel to targets on
            the shin, slide to the marks), then heel-to-toe walking on the tape
            PROBLEM: R LE ataxia + dysmetria after the cerebellar stroke, he overshoots the combine ladder rung
            MEASURE: SARA 12; tandem 5 sec
            RESP: tol well                         INIT: MS
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // CCNRI PTA 97116, body-weight-supported treadmill training at 30 % support then overground on the sky-bridge; R foot drag and short L step after a stroke; speed, distance, assist; "97116 | Marcus F., PTA | 24": passes.
        ["v3-h189-ccn-bwstt-97116"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion, Lincoln)
            TEAM: PT Priya Venkataraman / PTA Marcus Feld
            CPT | Furnished by | Min
            97116 | Marcus F., PTA | 24
            Marcus: body-weight-supported treadmill training at 30% support, 1.2 mph, cues for R hip and knee flexion in swing; then overground on the sky-bridge with the hemi-walker.
            IMPAIRMENT TARGETED: R foot drag in swing and a short L step after the L MCA stroke.
            OUTCOME MEASURE / SCORE: 10MWT 0.52 m/s; 400 ft hemi-walker CGA.
            """,
            ["I69.351"], [PTA("97116", 24)], []),

        // MGTS Zanesville, Siobhan Clarke: McKenzie repeated extension in lying and standing, 3 sets of 10, with a centralising response; lumbar derangement with leg symptoms; doses and SLR degrees; "97110 – 18 mins": passes.
        ["v3-h189-mgts-mckenzie-repeated-extension"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            Pt c/o: low back pain into the L buttock lifting tyres at the plant.
            CPT / mins: 97110 – 18 mins
            Treatment given: McKenzie repeated extension in lying 3 sets of 10, extension in standing 2 sets of 10 tds at work, prone on elbows hold 2 x 60 s.
            Findings: lumbar derangement, symptoms centralising with extension; L SLR 62° (48° last week).
            Outcome measure: ODI 32%.
            """,
            ["M54.42"], [PT("97110", 18)], []),

        // KU-PTC student note, Otago balance moves (backward walking, sideways walking, heel-toe walking, sit-to-stand without hands) and foam stance; somatosensory loss and fear of falling; 30-second chair stand and tandem; "☒ 1:1"; 23 min: passes.
        ["v3-h189-ku-otago-balance-moves"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Marion community site)
            SPT: Jordan Pike    CI: Renata Oyelaran, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: church organist, 79; "I grab the pew end every Sunday."
            O: 97112 — 23 min: Otago balance moves — backward walking, sideways walking, heel-toe walking along the counter, sit-to-stand without hands — then foam stance with head turns.
            30-second chair stand 8; tandem 6 s.
            A: impaired postural control and fear of falling after her fall on the church steps.
            I was present, directed the service and treated no other patient during the timed minutes. — R. Oyelaran, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // ERPT Gail Sorensen's lower-case end-of-day note, "just me & him" (a border collie left in the truck): "his L toe catches the stirrup & he can't feel where the foot is" as the deficit; rocker, foam, step-ups; Berg and SLS; 23 min matches: passes.
        ["v4-h189-erpt-sorensen-toe-catches-the-stirrup"] = new(
            """
            eod fri per my notes on the schedule  97112 23 min  just me & him, his border collie stayed in the truck  sheep rancher 70 yrs  rocker board ap & ml eyes closed & foam stance w head turns & step ups to a stick on the 8 in box leading L  his L toe catches the stirrup & he can't feel where the foot is, L ankle proprioception down after the back surgery  berg 48/56 sls L 6 sec  g sorensen pt
            """,
            ["M54.16", "R26.89"], [PT("97112", 23)], []),

        // APT Baxley, Rowena (PTA): "Goal addressed: ___" left and no deficit anywhere: deficit missing; one-on-one, technique and measures present.
        ["v4-h189-apt-goal-addressed-blank"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            1:1 w/ writer entire NMR.
            Tx rendered: foam stance eyes closed with head turns, tandem walking at the parallel bars, stepping over 4 cones with perturbations at the pelvis.
            Goal addressed: ___
            Pt response: Berg 47/56; tandem 11 secs.
            Rowena Macaraeg, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // BHOT late entry on a PTA's 97116, "Deficit: (not entered)" and nothing else naming the region or impairment: deficit missing on the 97116; gait training with the walker on the gravel drive and the porch steps, distance and assist; clock range 23 on the line.
        ["v4-h189-bhot-97116-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/11, written 12/12 at the Story turnoff
            97116 10:05–10:28 — Colleen Marchetti, PTA
            Tx: gait training with the front-wheeled walker on the clinic's gravel lot, then the 3 porch steps with the rail, cues for step length and walker placement
            Deficit: (not entered)
            Outcome: 240 ft FWW SBA on gravel; 3 steps with rail CGA
            """,
            ["Z96.641"], [PTA("97116", 23)], [At(Deficit, "97116")]),

        // SNSS Mateo Velez's full sentences: "His L knee gives on the cut — poor dynamic knee control and late hamstring firing"; lateral bounds to a stick, perturbed single-leg squats, reactive cutting; hop test and landings; "one-on-one for the whole block"; 22 min: passes.
        ["v4-h189-snss-velez-knee-gives-on-the-cut"] = new(
            """
            Short North Sports & Spine — Mateo Velez, PT, DPT
            97112 (22 min), one-on-one for the whole block. His L knee gives on the cut — poor dynamic knee control and late hamstring firing after the meniscus repair. We did lateral bounds to a stick, single-leg squats on the Airex with band perturbations, and reactive cutting to my hand signal. Single hop L 118 cm (R 142 cm); 7 of 10 landings without valgus.
            """,
            ["S83.232D"], [PT("97112", 22)], []),

        // LMPT "Why: she loses her footing stepping off the bus onto the slushy curb — R ankle proprioception"; foam, rocker, step-downs to a stick; SLS and step-downs; "(x) 1:1"; "Min: 23" matches: passes.
        ["v4-h189-lmpt-slushy-curb"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: step-downs to a stick off the 6 in step, rocker board A/P eyes closed, single-leg stance on the Airex with head turns
            Why: she loses her footing stepping off the bus onto the slushy curb — R ankle proprioception after the fracture
            #s: SLS R 10 sec; 8/10 step-downs without a touch-down
            """,
            ["S82.891D"], [PT("97112", 23)], []),

        // WRPT "Why: see eval" and nothing else naming a deficit: deficit missing; attendance ticked 1:1; techniques and numbers present.
        ["v4-h189-wrpt-why-see-eval"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Harrison
            Daily note 12/11/2026 — Lorraine Meacham, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board perturbations, tandem walking with head turns, step-and-stick onto the foam
            Why: see eval
            Numbers: Berg 46/56; TUG 11.4 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // HPPT Ray Dunleavy (per diem, lower case, ampersands): "r foot slaps on the ferry ramp, weak dorsiflexors & poor timing"; 97112 heel-strike timing drills, stepping to targets, metronome walking; step counts and 10MWT; "1:1 the whole time"; "codes/min: 97112 22": passes.
        ["v4-h189-hp-dunleavy-foot-slaps-on-ferry-ramp"] = new(
            """
            harbor point pt — sat clinic — coverage note (silverdale)
            covering: ray dunleavy pt (per diem)  primary pt: ollie brandvold
            codes/min: 97112 22
            1:1 the whole time, wife in the chair by the window
            heel strike timing drills to the metronome & stepping to floor targets leading r & backward walking w cues
            r foot slaps on the ferry ramp, weak dorsiflexors & poor timing after the peroneal nerve injury
            10mwt 0.88 m/s, 9 of 12 heel-first steps to targets
            handed back to: ollie mon
            """,
            ["S84.11XD"], [PT("97112", 22)], []),

        // MRH Salem, Simon Ledbetter: "Impairment: he can't feel the edge of the choir-loft step — proprioceptive loss both feet"; foam, step-ups with eyes closed, textured mat; mCTSIB and step count; "[X] Individual"; 23 min: passes.
        ["v4-h189-mrh-choir-loft-step"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/11/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with eyes closed, step-ups onto the 6 in step with eyes closed, barefoot walking over the textured mat, lateral pushes in tandem.
            Impairment: he can't feel the edge of the choir-loft step — proprioceptive loss both feet with the neuropathy.
            Objective: mCTSIB condition 4 10 s; 7 of 10 step-ups without a look down.
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // PSC form B-7, "Impairment: none noted" with the grid row 97112 22 and "☒ Individual": no deficit — deficit missing; techniques and measures present.
        ["v4-h189-psc-impairment-none-noted"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: foam stance with head turns, stepping reactions to pushes at the hips, tandem walking at the rail
            Impairment: none noted
            Objective: Berg 45/56; TUG 12.8 s
            Pt response: tol well
            Shawna Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // WHCC Patrice Dunagan's run-on line, "[x] individual", Berg and tandem seconds between the other fields; weight shifts at the rail, foam with head turns, side stepping over the cane; sway and a late ankle strategy; "97112 x 22 min": passes.
        ["v5-h189-whcc-dunagan-berg-in-the-line"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 118  bingo caller, daughter visiting  wt shifts at the hall rail + foam stance w head turns + side stepping over the cane  sway + late ankle strategy, she lists when she stands to call the numbers  berg 43/56  tandem 7 sec
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HLG "MEASURED: steadier, her daughter says" and no number but the code and its minutes: measure missing; quote, 1:1 ticked, techniques and WHY present.
        ["v5-h189-hlg-steadier-her-daughter-says"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne
            Rawls, Edna · Mariah Greenlee, PT
            IN HER OWN WORDS: "The bell table is the only place I feel steady." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Standing on foam swinging the handbell side to side, stepping reactions to a nudge, tandem along the counter.
            WHY: lateral sway and a slow side step; she lists toward the L when she rings.
            MEASURED: steadier, her daughter says.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PSC OT 97530 in the B-7 grid: laundry folding at the counter in standing, reaching to the clothesline, jar opening; standing tolerance and R grip after a wrist fracture; counts and assist; row 97530 19: passes.
        ["v5-h189-psc-ot-97530-grid-counts"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   |     |       |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities| 19  | 1     |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: folding a basket of towels standing at the counter, pinning clothespins on the line at shoulder height, opening and closing canning jars
            Impairment: R grip and standing tolerance after the R distal radius fracture; she cans tomatoes standing
            Objective: 14 towels folded standing with SBA; 18 clothespins R hand; grip R 31 lb (L 48 lb)
            Pt response: "my jars are next"
            Rosalind Haymaker, OTR/L
            """,
            ["S52.501D"], [OT("97530", 19)], []),

        // WMPT "Objective measures today (test name and result): —" skipped and no number but the code and its minutes: measure missing; one-on-one, techniques and impairment present.
        ["v5-h189-wm-objective-question-skipped"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: tandem stance at the kitchen counter with head turns, stepping over the dog's bed on cue, reactive steps to pushes at the hips
            What impairment(s) did you treat today?: postural sway and late protective stepping; he went down on the icy porch
            Objective measures today (test name and result): —
            Who else was present? (optional): his wife
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ISU student note, Y-balance centimetres and a hop count under "Outcome measures (name: score)"; BOSU perturbations, lateral hops, crossover steps; L knee dynamic valgus; "Treatment format (select one): Individual"; "Minutes — 97112: 22": passes.
        ["v5-h189-isu-y-balance-centimetres"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): single-leg squats on the BOSU with band perturbations, lateral hops to a stick, crossover steps on the slide board
            Impairment(s) targeted: L dynamic knee valgus and poor landing control; masters Nordic skier after the ACL reconstruction
            Outcome measures (name: score): Y-balance anterior L 63 cm (R 69 cm); 8/10 landings without valgus
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 22)], []),

        // PTH home visit 97116: gait training with the cane on the gravel drive to the mailbox, the porch steps and the kitchen threshold; distance and assist; L foot drag; "97116 [ 21 ] min": passes.
        ["v5-h189-pth-97116-drive-to-mailbox"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Fries    Clinician: Rhonda Sizemore, PT
            Present: wife, with the grandbaby
            97116 [ 21 ] min
            Tx: gait training with the quad cane down the gravel drive to the mailbox and back, up and down the 4 porch steps with the rail, over the kitchen threshold, cues for L heel strike
            Problem: L foot drag and a short R step since the stroke; he catches his toe on the threshold
            Assist/Dist: 180 ft quad cane SBA on gravel; 4 steps with rail CGA
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // CBMC Lucia Ferreira (OTR/L), double spaces and one final period: 97530 putting away groceries from a low cart to the top shelf, hanging a coat, bed making; L UE reach and standing balance; counts and assist: passes.
        ["v5-h189-cbmc-ferreira-97530-groceries"] = new(
            """
            97530  20 min  L Ferreira OTR/L  putting away groceries from the low cart to the top shelf  hanging the coat on the hook  making the bed standing  L shoulder reach and standing balance after the stroke  14 cans to the top shelf SBA  bed made with CGA  coat hung 3 of 4 tries.
            """,
            ["I69.352"], [OT("97530", 20)], []),

        // OCM post-TPE template, "Objective measure: deferred — not done today" and no number but the code's clock range: measure missing; 1:1, techniques and impairment present.
        ["v5-h189-ocm-objective-deferred"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Luther Satterfield | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 2:10–2:32 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: foam stance eyes closed, tandem walking with head turns, step-and-stick over the hurdle, to restore ankle and stepping strategies.
            Impairment addressed: postural sway and a late step; the sorghum farmer stumbles in the mill yard ruts.
            Objective measure: deferred — not done today.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BOSM Reggie Gainey (PTA) 97110 with exercises named but no sets, reps or load and no other number: measure missing; quad and hip weakness after a TKA; "97110 // 17 min".
        ["v5-h189-bosm-gainey-no-dose"] = new(
            """
            97110 // 17 min // quad sets + slr + heel slides + terminal knee ext w band + mini squats at the bar // R quad + hip weakness s/p R TKA per Dr. Kessler protocol, can't get up the steps of the cotton gin office // R. Gainey PTA
            """,
            ["Z96.651"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // RSP 97110 in kilograms: leg press, step-ups with a kettlebell, Romanian deadlifts; hip and knee weakness after a hip replacement; doses; "97110 TE 09.30–09.46 (16') · 1:1": passes.
        ["v5-h189-rsp-kilograms-97110"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            M. Aaltonen, PT · 11.12.2026 · Christmas-tree lot seller, 66 y, 84 kg
            97110 TE 09.30–09.46 (16') · 1:1
            Tx: leg press 50 kg 3 x 10; step-ups 20 cm holding an 8 kg kettlebell 3 x 8 each; Romanian deadlifts 12 kg 3 x 10.
            Problem: R hip abductor and extensor weakness after the R THA; he can't lift the trees onto the roof racks.
            """,
            ["Z96.641"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // CCNRI table "97112 | Dana L., PTA | 32" on a 22-minute line: mismatch; otherwise complete (☒ 1:1, rocker, foam, perturbations; proprioception; Berg).
        ["v6-h189-ccn-table-32-on-22"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Dana L., PTA | 32
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Dana: retired Union Pacific brakeman, 71; rocker board A/P eyes closed, foam stance with head turns, perturbations at the pelvis in stride.
            IMPAIRMENT TARGETED: B LE proprioception and postural control with the neuropathy.
            OUTCOME MEASURE / SCORE: Berg 45/56; mCTSIB condition 4 9 s.
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // OCM with a clock range on each timed code's line (97112 9:00–9:23, 97110 9:23–9:37), both matching; NMR and ther ex each named, deficits, Berg and doses: passes.
        ["v6-h189-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Perry
            DAILY NOTE — post-TPE template rev. C
            Patient: Inez Culpepper | Dana Albritton, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:00–9:23 am | [X] 1:1 constant attendance
            Intervention and skilled rationale: foam stance eyes closed with head turns, stepping reactions to pushes, tandem walking along the mat edge, to restore stepping strategy.
            Impairment addressed: delayed protective stepping and sway; the school-lunch lady stumbles on the wet kitchen tile.
            Objective measure: Berg 44/56; TUG 12.1 sec.
            97110 Therapeutic Exercise | 9:23–9:37 am | [X] 1:1 constant attendance
            Intervention and skilled rationale: sit-to-stand from the low mat 3x10, side-lying hip abduction 3x12, heel raises 3x15.
            Impairment addressed: B hip abductor and calf weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // SCCH flowsheet with two rows, the 97116 row's MIN cell left blank: separate time missing; both codes' treatment, problem and measures present, 1:1 ticked on the 97112 row.
        ["v6-h189-scch-second-row-min-blank"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Herndon outreach room
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/11 | 97112 | 23  | [v] | foam stance eyes closed, tandem w/ head turns, perturbations at the pelvis
            12/11 | 97116 |     | [v] | gait training w/ the SPC on the community-building ramp + curb, cues for R heel strike
            PROBLEM: sway + late step reaction; R foot drag in swing after the stroke
            MEASURE: Berg 44/56; 300 ft SPC SBA, ramp + curb CGA
            RESP: tol well                         INIT: MS
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // HPPT Saturday coverage note, "Codes/min: 97110 24 / 97140 12", both matching; ther ex doses and manual named; L shoulder stiffness and weakness; degrees: passes.
        ["v6-h189-hp-codes-min-two-codes"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Ollie Brandvold, PT (per diem)    Primary PT: Tess Nakamura
            Codes/min: 97110 24 / 97140 12
            97110: rows with the green band 3x12, wall slides 3x10, side-lying ER 2 lb 3x12, UBE forward/back.
            97140: posterior capsule mobilisation grade III, STM to the L infraspinatus and teres minor.
            Problem: L shoulder stiffness and cuff weakness; the crabber can't reach up to the pot hauler.
            Shoulder flexion AROM 138° (131° last visit).
            Handed back to: Tess.
            reviewed — TN
            """,
            ["M75.02"], [PT("97110", 24), PT("97140", 12)], []),

        // PCPT two dotted lines (97112 ........ 22 min, 97110 ........ 14 min), both matching; NMR, ther ex, deficits and numbers: passes.
        ["v6-h189-pcpt-two-dotted-lines"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/11/2026 · Ti-Ann Robichaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Code 97110 Ther ex ............ 14 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: 97112 — foam stance with head turns, step-and-stick off the 6 in step, perturbations on the rocker; 97110 — bridges 3x12, sit-to-stand 3x10, band side steps 3 laps.
            For: sway and a slow step reaction; hip weakness — she rocks the pirogue stepping in
            Numbers: Berg 46/56; SLS L 7 sec
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // WMPT matrix "97110 — 30" on an 18-minute line: mismatch on the 97110; otherwise complete (doses, region).
        ["v6-h189-wm-matrix-30-on-18"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97110
            Minutes for each code you selected:
            97110 — 30
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: sit-to-stand from the kitchen chair 3x10, standing marches at the counter 3x20, heel raises 3x15, long-arc quads with a 3 lb cuff 3x12
            What impairment(s) did you treat today?: B quad and calf weakness; she can't get up from the recliner without rocking
            Objective measures today (test name and result): 30-second chair stand 8
            Who else was present? (optional): —
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // MGTS Lima, Mariam: "CPT / mins: 97110, 97140" and only "Total timed treatment: 36 mins" at the foot — a total only for two timed codes: separate time missing; both treatments, findings and numbers present.
        ["v6-h189-mgts-total-only-two-codes"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            Pt c/o: Rt knee stiffness climbing into the tyre-plant forklift.
            CPT / mins: 97110, 97140
            Treatment given: stationary bike warm-up, mini squats 3x12, step-ups 6 inch 3x10, TKE with band 3x15; patellar mobilisation all directions and tibiofemoral glides grade III.
            Findings: Rt knee flexion 112°, extension lag 5°, quadriceps weakness after TKR.
            Outcome measure: flexion 112° (IE 95°).
            Kindly note pt requests early appointment next week.
            Total timed treatment: 36 mins
            """,
            ["Z96.651"], [PT("97110", 24), PT("97140", 12)], [SepTime]),

        // BOSM Dwayne Pressley's double slashes, "97112 // 22 min // 97110 // 15 min", both matching; NMR and ther ex named, ankle proprioception and calf weakness, numbers and doses; "one on one": passes.
        ["v6-h189-bosm-pressley-two-codes-slashes"] = new(
            """
            97112 // 22 min // one on one // sls on the airex w ball toss + bosu perturbations + lateral hops to stick // 97110 // 15 min // heel raises 3x15 ea + eccentric heel drops 3x12 + band eversion 3x15 // L ankle proprioception + calf weakness after the ankle ORIF per Dr. Kessler, rice farmer on the levee // sls L 9 sec, 7/10 hops stuck // D. Pressley PT OCS
            """,
            ["S82.852D"], [PT("97112", 22), PT("97110", 15)], []),

        // RSP clock range "09.00–09.34 (34')" on a 22-minute 97112 line: mismatch; otherwise complete (1:1, techniques, deficit, numbers).
        ["v6-h189-rsp-clock-range-34-on-22"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Aaltonen, PT · 11.12.2026 · snowmobile groomer, 48 y
            97112 NMR 09.00–09.34 (34') · 1:1
            Tx: single-leg stance on the wobble board with head turns, hop-and-stick on the foam, perturbations in single-leg stance.
            Problem: R ankle proprioception after the sprain stepping off the groomer track.
            Measures: SLS R eyes closed 7 s; hop-and-stick 6/10.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // APT Jesup, "CPT/Time: 97110 / 15 min; 97116 / 23 min", both matching; doses and gait distance with assist; L hip weakness and Trendelenburg gait: passes.
        ["v6-h189-apt-cpt-time-two-codes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 15 min; 97116 / 23 min
            Tx rendered: 97110 — sidelying hip abduction 3x12, bridges 3x15, standing hip extension with the red band 3x12. 97116 — gait training with the SPC in the clinic and on the parking-lot ramp, cues to stop the L hip drop.
            Goal addressed: L hip abductor weakness and Trendelenburg gait, pt wants to climb the choir-loft stairs.
            Pt response: 400 ft SPC mod I on level, ramp SBA.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["M25.552", "R26.89"], [PTA("97110", 15), PTA("97116", 23)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h189-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h189-spaces-only-ot-97530-no-dx"] = new(
            "   \n \n  ",
            [], [OT("97530", 21)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a QHPT note: step-ups, sit-to-stands with a load, farmer's carries and split-stance lifts with doses (technique and measure), L knee and hip weakness carrying firewood up the cellar stairs (deficit); 19 min matches: passes.
        ["v7-h189-qhpt-97110-firewood-and-cellar-stairs"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 19 min
            Step-ups onto the 8 in box 3x10 each, sit-to-stand holding a 10 lb kettlebell 3x8, farmer's carry 15 lb each hand 4 lengths of the gym, split-stance lifts of the 12 lb log from the floor 2x8.
            L quad and hip extensor weakness after the L TKA; he can't carry split wood up the cellar stairs.
            Jess Pomeroy, PTA
            """,
            ["Z96.652"], [PTA("97110", 19)], []),

        // 97530's meaning on an MRH OT note: carrying a laundry basket to the line, hanging sheets, climbing the two-rung tree-stand ladder mock-up with a pack, with counts and assist (technique and measure), R shoulder and standing balance (deficit); 21 min matches: passes.
        ["v7-h189-mrh-theo-97530-laundry-and-tree-stand"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (JEFFERSON STREET, ROANOKE)
            DOS 12/11/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 21 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Carried the laundry basket 30 ft to the line 3 trips, hung 6 sheets at shoulder height, climbed the tree-stand ladder mock-up (2 rungs) with an 8 lb pack 4x with SBA.
            R shoulder elevation weakness and standing balance with overhead reach after the R rotator cuff repair.
            """,
            ["M75.121", "Z98.890"], [OT("97530", 21)], []),

        // 97140's meaning on a BOSM Askins note: patellar mobilisation in four directions, STM to the lateral retinaculum and quad, tibiofemoral glides (technique), L knee flexion stiffness after TKA (deficit), degrees (measure); "97140 | 11 min": passes.
        ["v7-h189-bosm-askins-97140-patellar-mobs"] = new(
            """
            97140 | 11 min | patellar mobs sup/inf/med/lat grade III, STM to the lateral retinaculum and distal quad, posterior tibiofemoral glides in sitting | L knee flexion stiffness after the TKA per Dr. Kessler protocol, catfish-plant filleter can't squat to the bottom tray | knee flexion 104° to 111° after | K. Askins PT DPT
            """,
            ["Z96.652", "M25.662"], [PT("97140", 11)], []),

        // 97116's meaning on a PVH Rajesh (PTA) note: gait training with the rollator in the hospital corridor, over the kerb mock-up and through the revolving door (technique), Lt foot drag and short step after MS relapse (deficit), distance and assist (measure); heading minutes 24 match: passes.
        ["v7-h189-pvh-rajesh-97116-corridor-and-kerb"] = new(
            """
            PVH NEURO GYM — PTA TREATMENT NOTE (Wayne)
            GAIT TRAINING (97116): 24 minutes
            SKILLED INTERVENTION: gait training with the rollator along the hospital corridor, up and down the kerb mock-up and through the revolving door, cues for Lt hip flexion and heel strike.
            IMPAIRMENT ADDRESSED: Lt foot drag and short Rt step after the MS relapse; he wants to walk to the Great Falls overlook with his grandson.
            OBJECTIVE: 450 ft rollator SBA; kerb x 4 CGA.
            Rajesh Pillai, PTA
            """,
            ["G35.D"], [PTA("97116", 24)], []),

        // ERPT Hank Twomey's capitals: "97112 22 MIN BALANCE TRAINING TOLERATED WELL CONTINUE POC." — wholly generic, and no one-on-one statement.
        ["v7-h189-erpt-twomey-balance-training-only"] = new(
            """
            97112 22 MIN BALANCE TRAINING TOLERATED WELL CONTINUE POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SNSS Nadia Farhat's lower case, "97110 18 min ther ex per poc tolerated well cont": wholly generic for the 97110.
        ["v7-h189-snss-farhat-ther-ex-per-poc"] = new(
            """
            97110 18 min ther ex per poc tolerated well cont  n farhat pt
            """,
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CBMC Owen Brandvold (PTA), nothing between fields: "97530 20min functional activities tol well cont poc" — wholly generic for the 97530.
        ["v7-h189-cbmc-brandvold-functional-activities"] = new(
            """
            97530 20min functional activities tol well cont poc o brandvold pta
            """,
            ["R26.89"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // SWH Westerly, "She reports:" in curly quotes; 97112 (22 min) · 1:1; the Knack before lifting, pelvic-floor quick flicks with the transverse abdominis in standing; late pelvic-floor timing; dry lifts and Oxford: passes.
        ["vord-h189-swh-knack-lifting-the-wreaths"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT · 12/11/2026
            She reports: “I leak lifting the wreaths onto the truck, not at church anymore.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — the Knack before a lift from the floor, pelvic-floor quick flicks timed with the transverse abdominis in standing, exhale-on-effort squats to the crate.
            Impairment: late timing of the pelvic-floor contraction under load — she lets go at the top of the lift.
            Objective: dry on 6 of 8 crate lifts; Modified Oxford 3/5, 8 quick flicks in 10 s.
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // SWH Marisol Vega (PTA) 97110: bridges with a ball squeeze, clamshells, side planks from the knees with doses; hip and core weakness postpartum; 16 min matches: passes.
        ["vord-h189-swh-vega-97110-postpartum-core"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Narragansett
            Visit note · Marisol Vega, PTA · 12/11/2026
            She reports: “The car seat is getting heavier every week.”
            Therapeutic exercise 97110 (16 min) — bridges with a ball squeeze 3x12, clamshells with the blue band 3x15, side planks from the knees 3x20 s each side, dead bugs 2x10.
            Impairment: hip abductor and deep core weakness 4 months postpartum; diastasis 2 finger-widths.
            """,
            ["O90.89", "M62.81"], [PTA("97110", 16)], []),

        // SWH Hana Okafor (OTR/L) 97530: lifting the toddler from the crib mock-up with a brace, car-seat carry, laundry basket to the dryer; pelvic-floor leak on lifting; counts and loads: passes.
        ["vord-h189-swh-okafor-97530-crib-and-car-seat"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Hana Okafor, OTR/L · 12/11/2026
            She reports: “I hold my breath every time I pick her up.”
            Therapeutic activities 97530 (19 min) — lifting the 22 lb weighted doll from the crib mock-up with an exhale and brace 8x, carrying the car seat 40 ft 4x, laundry basket from the floor to the dryer 6x.
            Impairment: leakage and breath-holding with lifting; poor bracing strategy for child care.
            """,
            ["N39.3"], [OT("97530", 19)], []),

        // WMDC, "Med state: ON", "Pt says:", "Delivery: ☒ Individual"; PWR! Moves in quadruped with a turning drill; rigidity and turning hesitation; TUG and 360° turn count; 23 min: passes.
        ["vord-h189-wmdc-pwr-moves-turning"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Beverly Stanhope · Med state: ON · Isaac Brandt, PT, DPT
            Pt says: "I can't turn around at the Christmas tree lot without shuffling."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves in quadruped (PWR! Rock and Twist), then 360° turns in the taped circle with big steps on a count, and backward stepping to a nudge.
            Deficit: axial rigidity, turning hesitation and small steps with Parkinson's disease.
            Measures: TUG 11.9 sec; 360° turn R 9 steps, L 11 steps.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // WMDC Tovah Lerner (PTA) 97116: walking the long hall with cued big steps and arm swing, through the doorway and around cones; festination and short steps; distance and 10MWT; "97116 — 21 min": passes.
        ["vord-h189-wmdc-lerner-97116-big-steps"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (FOREST)
            Pt: Amos Whitt · Med state: ON (took it late) · Tovah Lerner, PTA
            Wife says: "He speeds up going downhill to the mailbox."
            97116 — 21 min
            Gait training down the long hall with cued big steps and arm swing, stopping on command, through the doorway and around 6 cones without stopping.
            Deficit: festination on slopes and short steps with Parkinson's disease.
            Measures: 10MWT 0.96 m/s; 500 ft without a freeze, SBA.
            """,
            ["G20.A1"], [PTA("97116", 21)], []),

        // WMDC Benedikt Varga (OTR/L) 97530: buttoning the Sunday shirt with big movements, writing Christmas cards with the big-letter drill, reaching to the mantel; micrographia and bradykinesia; counts: passes.
        ["vord-h189-wmdc-varga-97530-christmas-cards"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Clement Ayers · Med state: ON · Benedikt Varga, OTR/L
            Pt says: "My cards look like ant tracks."
            97530 — 18 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Buttoning the Sunday shirt with big finger movements, addressing Christmas cards with the big-letter drill, reaching to hang stockings on the mantel hooks.
            Deficit: micrographia and bradykinesia of both hands with Parkinson's disease.
            Measures: 6 buttons in 58 sec (81 sec last week); 5 envelopes addressed legibly; 4 stockings hung standing, SBA.
            """,
            ["G20.A1"], [OT("97530", 18)], []),

        // QBRH Eastport, "DELIVERY: ☒ Individual"; rhythmic stabilisation in half-kneeling, foam stance with ball catches, stepping over the hose; trunk control after a stroke; Berg; 23 MIN: passes.
        ["vord-h189-qbrh-half-kneel-rhythmic-stab"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rhythmic stabilization in half-kneeling, foam stance with ball catches from the side, stepping over the hose line on cue
            IMPAIRMENT: trunk control and L weight acceptance after the R stroke; the sardine-cannery retiree tips L getting out of the dory
            OUTCOME MEASURE: Berg SCORE: 42/56
            Everett Sewall, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // QBRH PTA 97110: leg press, step-ups, hip abduction with doses; quad and hip weakness after a TKA; 15 MIN: passes.
        ["vord-h189-qbrh-97110-after-tka"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97110 THERAPEUTIC EXERCISE — 15 MIN
            INTERVENTIONS: leg press 60 lb 3x10, step-ups onto the 6 in step 3x10, standing hip abduction with the red band 3x12
            IMPAIRMENT: R quad and hip abductor weakness after the R TKA; he can't climb onto the wharf float
            OUTCOME MEASURE: 5xSTS SCORE: 14.2 sec
            Darla Pike, PTA
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // QBRH 97140: STM and myofascial release to the thoracolumbar fascia, lumbar PAs grade III; lumbar stiffness; flexion degrees; 10 MIN: passes.
        ["vord-h189-qbrh-97140-lumbar"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97140 MANUAL THERAPY — 10 MIN
            INTERVENTIONS: myofascial release to the thoracolumbar fascia, STM to the L paraspinals, central PAs L3–L5 grade III
            IMPAIRMENT: lumbar stiffness and L paraspinal guarding; the herring-weir worker can't bend to the net
            OUTCOME MEASURE: lumbar flexion SCORE: fingertips 14 cm from the floor (22 cm before)
            Everett Sewall, PT
            """,
            ["M54.50"], [PT("97140", 10)], []),

        // TVPT 97112, "One-on-one … ? Y"; perturbations in stride, step-and-stick, tandem with head turns; postural control; Berg and FGA; 23 min: passes.
        ["vord-h189-tvpt-perturbations-in-stride"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WAITSBURG
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: perturbations at the pelvis in stride, step-and-stick onto the foam, tandem walking with head turns, to rebuild stepping reactions for the wheat-truck cab
            DEFICIT ADDRESSED: delayed protective stepping and impaired postural control
            OBJECTIVE: Berg 47/56; FGA 20/30
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TVPT 97110 and 97140 with each code's minutes on its SERVICE line; doses, mobilisation, shoulder region and degrees: passes.
        ["vord-h189-tvpt-two-service-lines"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97110 Therapeutic exercise — 16 min
            SERVICE: 97140 Manual therapy — 10 min
            WHAT I DID AND WHY: 97110 — rows with the blue band 3x12, wall walks 2x10, sidelying ER with 2 lb 3x12; 97140 — GH inferior and posterior glides grade III, STM to the R pec minor; to restore overhead reach for the grain-bin ladder
            DEFICIT ADDRESSED: R shoulder stiffness and cuff weakness after the fall
            OBJECTIVE: shoulder flexion 142°, abduction 128°
            Celeste Vandergriff, PT
            """,
            ["M75.01"], [PT("97110", 16), PT("97140", 10)], []),

        // TVPT PTA 97116: gait training with the cane on the gravel, curb and ramp, distance and assist; L hip weakness and antalgic gait; 22 min: passes.
        ["vord-h189-tvpt-pta-97116-cane-gravel"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97116 Gait training — 22 min
            WHAT I DID AND WHY: gait training with the SPC on the gravel lot, up and down the curb and the ramp, cues for equal step length and upright trunk, to get her back to the Grange hall
            DEFICIT ADDRESSED: L hip weakness and antalgic gait after the L THA
            OBJECTIVE: 350 ft SPC mod I level, curb and ramp SBA
            Bo Renfrow, PTA
            """,
            ["Z96.642"], [PTA("97116", 22)], []),

        // MLMPT Carla Hindman's nmrx expansion filled in full: "1on1 y pt n me", techniques, deficit, measures; 23 min: passes.
        ["vord-h189-mlmpt-nmrx-filled-feedlot"] = new(
            """
            97112 23 min 1on1 y pt n me her husband out feeding tx rocker board eyes closed + step and stick over the feed bunk edge mock up + pushes at the hips def r ankle proprio + late step since she rolled it in the feedlot ruts meas sls r 8 sec berg 46/56
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // MLMPT Wade Pettijohn's single closing period, 97110 with doses and region: passes.
        ["vord-h189-mlmpt-pettijohn-97110"] = new(
            """
            97110 17 min sit to stand from the kitchen chair 3x10 heel raises at the sink 3x15 step ups on the back porch step 3x10 b quad and calf weakness she cant get up from the combine seat w pettijohn pt.
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // LMPT "Code: 97112 | Min: 22 | Attendance: (x) 1:1"; BAPS, foam with head turns, hop-and-stick; ankle proprioception; SLS and hops: passes.
        ["vord-h189-lmpt-baps-el-platform"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS level 3 clockwise and counter, single-leg stance on foam with head turns, hop-and-stick forward and lateral
            Why: L ankle proprioception after the sprain on the el platform steps
            #s: SLS L 13 sec; hop-and-stick 8/10
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LMPT 97140 and 97110 in two Code rows, both matching; mobilisation, doses, cervical region, degrees: passes.
        ["vord-h189-lmpt-two-code-rows-neck"] = new(
            """
            Lakeshore Motion PT — Halsted | Visit form (J. Okonski, PT)
            Code: 97140 | Min: 12 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Code: 97110 | Min: 14 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: 97140 — suboccipital release, C4–C6 unilateral PAs grade III; 97110 — chin tucks 3x10, prone Y and T 2x12, band rows 3x12
            Why: cervical stiffness and deep neck flexor weakness, the el conductor can't check the platform mirrors
            #s: cervical rotation L 58° (47° before); deep neck flexor hold 18 sec
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 14)], []),

        // LMPT PTA 97530: floor to stand, carrying groceries up the 3-flat stairs, reaching to the top cabinet; hip weakness; counts and assist: passes.
        ["vord-h189-lmpt-pta-97530-three-flat-stairs"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (T. Bui, PTA)
            Code: 97530 | Min: 20 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: floor to stand through half-kneel 5x, carrying a 10 lb grocery bag up 12 stairs 3x, reaching to the top cabinet with a 2 lb can 10x
            Why: hip extensor weakness, she lives on the third floor of the 3-flat
            #s: floor to stand with SBA; stairs with one rail, CGA on the last trip
            """,
            ["M62.81"], [PTA("97530", 20)], []),

        // WRPT Green Forest, "Attendance: [X] 1:1 — her granddaughter in the lobby"; rocker, tandem, step-and-stick; sway and late step; Berg and TUG; 23 min: passes.
        ["vord-h189-wrpt-granddaughter-in-the-lobby"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/11/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group — her granddaughter in the lobby
            What we did: rocker board A/P eyes closed, tandem walking with head turns, step-and-stick onto the foam
            Why: postural sway and a late step; she missed the bottom step of the church bus
            Numbers: Berg 45/56; TUG 11.8 sec
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // WRPT 97110 with Lorraine Meacham's "[CO query: …]" answered; doses and knee region: passes.
        ["vord-h189-wrpt-97110-co-query-answered"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Harrison
            Daily note 12/11/2026 — Lorraine Meacham, PT
            Svc: 97110 TherEx — 16 min
            What we did: wall sits 3x30 sec, step-ups on the 6 in box 3x10, TKE with the green band 3x15, hamstring curls 5 lb 3x12
            Why: L quad and hamstring weakness after the meniscectomy
            [CO query: which knee?] L — [CO: resolved LM]
            Numbers: knee flexion L 128°
            """,
            ["S83.242D"], [PT("97110", 16)], []),

        // WRPT complete 97112 note sent with no diagnosis: diagnosis missing only.
        ["vord-h189-wrpt-complete-no-dx"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/11/2026 — Lorraine Meacham, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with eyes closed, perturbations at the pelvis, stepping over the hurdles on cue
            Why: somatosensory loss both feet and a late step reaction
            Numbers: Berg 44/56; tandem 8 sec
            """,
            [], [PT("97112", 22)], [Dx]),

        // BHOT late entry, Wade Thorsby, "1:1 — his wife in the pickup"; clock range 08:30–08:53; foam, hurdle, perturbations; sway and late step; Berg: passes.
        ["vord-h189-bhot-thorsby-wife-in-pickup"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/11, written 12/12 from the truck at Big Horn
            97112 08:30–08:53 — Wade Thorsby, PT — 1:1, his wife in the pickup
            Tx: foam stance eyes closed with head turns, step-and-stick over the 6 in hurdle, perturbations at the pelvis on the rocker board
            Deficit: postural sway and a late step; he went down off the stock-tank rim
            Outcome: Berg 46/56; 7 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHOT Ruth Ann Keel (OTR/L) 97530 complete but the claim carried no diagnosis: diagnosis missing only.
        ["vord-h189-bhot-keel-97530-no-dx"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97530 01:15–01:35 pm — Ruth Ann Keel, OTR/L
            Tx: lifting a 20 lb mineral tub from the floor to the tailgate mock-up 6x, carrying it 30 ft 3x, buckling spurs in standing 4x
            Deficit: R shoulder and trunk weakness after the rotator cuff repair
            Outcome: lifts SBA; spurs buckled standing 4 of 4
            """,
            [], [OT("97530", 20)], [Dx]),

        // PTH home visit 97112, "Present: daughter on the couch", "1:1"; foam cushion stance, step taps to the stair, reactive steps; sway; TUG and tandem; "97112 [ 22 ] min": passes.
        ["vord-h189-pth-97112-daughter-on-the-couch"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: daughter on the couch (1:1 with me for the NMR)
            97112 [ 22 ] min
            Tx: standing on the couch cushion with eyes closed, alternating step taps to the bottom stair, reactive steps to pushes at the hips in the hallway
            Problem: postural sway and slow protective stepping; she fell reaching for the quilt frame
            Assist/Dist: TUG 14.2 sec; tandem 6 sec, CGA throughout
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTH PTA 97110 at the kitchen table: seated marching with cuffs, sit-to-stand, heel raises with doses; LE weakness; "97110 [ 15 ] min": passes.
        ["vord-h189-pth-pta-97110-kitchen-table"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Dwayne Cox, PTA
            Present: wife
            97110 [ 15 ] min
            Tx: seated marching with 2 lb cuffs 3x15, sit-to-stand from the kitchen chair 3x8, heel raises at the sink 3x12, long-arc quads 3x12
            Problem: B hip flexor and quad weakness; he can't rise from the pew at the Primitive Baptist church
            Assist/Dist: all at the counter, SBA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // PTH 97116 and 97110 with each code's minute box; gait distance, doses, knee region: passes.
        ["vord-h189-pth-two-minute-boxes"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Independence    Clinician: Rhonda Sizemore, PT
            Present: son, shovelling the walk
            97116 [ 18 ] min
            97110 [ 12 ] min
            Tx: 97116 — gait training with the rolling walker from the bedroom to the porch and down the ramp, cues for heel strike and upright posture; 97110 — quad sets 2x15, straight-leg raises 3x10, heel slides 3x15
            Problem: R knee weakness and a stiff-knee gait after the R TKA
            Assist/Dist: 220 ft RW SBA; ramp CGA
            """,
            ["Z96.651"], [PT("97116", 18), PT("97110", 12)], []),

        // HLG Daphne PTA, "1:1 for billed time: ☒ Yes ☐ No"; quote; foam marching, stepping over the cane, reaching to the cupboard; sway and a late step; Berg and tandem; 22 min: passes.
        ["vord-h189-hlg-pressley-fruitcake-tins"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne
            Mobley, Ruth · Luanne Pressley, PTA
            IN HER OWN WORDS: "I sway getting the fruitcake tins off the top shelf." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Marching on foam, stepping over the cane forward and sideways, reaching up to the cupboard standing on foam.
            WHY: lateral sway and a late side step when she reaches up.
            MEASURED: Berg 44/56; tandem 9 sec.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // KU-PTC OT student (Becca Wold, OTS) 97530 under Dr. Kim Tran: folding towels standing, loading the dishwasher, reaching to the cabinet; standing tolerance and L UE; counts: passes.
        ["vord-h189-ku-ots-97530-dishwasher"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Carbondale)
            OTS: Becca Wold    Fieldwork educator: Kim Tran, OTR/L
            Supervision: ☐ line-of-sight ☒ in-room ☐ available
            S: dean's assistant, 57; "I can't stand at the counter long enough to do the dishes."
            O: 97530 — 20 min: folding towels standing at the counter, loading and unloading the dishwasher, reaching plates to the upper cabinet with the L hand.
            Stood 11 consecutive folds without a rest break; 12 plates to the upper shelf with SBA.
            A: standing tolerance and L shoulder elevation after the L rotator cuff repair.
            I was present, directed the service and treated no other patient during the timed minutes. — K. Tran, OTR/L
            """,
            ["M75.122", "Z98.890"], [OT("97530", 20)], []),

        // ISU student 97140: IASTM to the plantar fascia and calf, talocrural posterior glides; heel pain and dorsiflexion loss; degrees; "Minutes — 97140: 10": passes.
        ["vord-h189-isu-97140-plantar-fascia"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97140
            Minutes — 97140: 10
            Treatment format (select one): Individual
            Interventions (list each with parameters): IASTM to the R plantar fascia and medial gastrocnemius, talocrural posterior glides grade III 3 x 30 sec
            Impairment(s) targeted: R plantar heel pain and dorsiflexion loss; the snowshoer can't climb Hogback
            Outcome measures (name: score): knee-to-wall R 6 cm (L 11 cm)
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["M72.2"], [PT("97140", 10)], []),

        // Halyard 97110 and 97112 with "How long for each? (minutes): 97112 — 22; 97110 — 12"; vestibular and hip work; both matching: passes.
        ["vord-h189-hal-two-codes-ferry-deck"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97110
            How long for each? (minutes): 97112 — 22; 97110 — 12
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): 97112 — X1 viewing standing on foam, walking the hall with yaw head turns, tandem with eyes closed; 97110 — side-lying hip abduction 3x12, bridges 3x15, heel raises 3x15
            What's the problem we're chasing?: L vestibular hypofunction with unsteadiness on the ferry deck; hip and calf weakness
            Numbers! (scores, seconds, microvolts, grades): DGI 19/24; DVA lost 2 lines
            How did he feel leaving? (1–10): 7
            """,
            ["H81.22", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // QHPT Eli Tremblay, "Seen 1:1."; foam with head turns, rocker, step-and-stick; sway after a fall at the ski hill lodge; Berg and tandem; 22 min: passes.
        ["vord-h189-qhpt-tremblay-ski-lodge-steps"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            Foam stance with head turns, rocker board A/P eyes closed, step-and-stick off the 6 in step.
            Postural sway and a late ankle strategy since she missed the ski-lodge steps.
            Measures: Berg 48/56; tandem 12 sec.
            Eli Tremblay, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PCPT Jules Guidry (PT), "[X] one-on-one — just me n her, cher"; foam beam, rocker, perturbations; ankle proprioception; SLS and count; 23 min: passes.
        ["vord-h189-pcpt-guidry-crabber-on-the-wharf"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/11/2026 · Jules Guidry, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one — just me n her, cher; her husband got the boudin in the car
            Did: tandem walk on the foam beam, perturbations on the rocker, step-and-stick off the 6 in step
            For: R ankle proprioception and a slow step reaction; she trips on the wharf boards
            Numbers: SLS R 9 sec; 7 of 10 perturbations without a step
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // OCM 97140, clock range 3:00–3:12 on its line; lumbar PAs and STM; lumbar stiffness; degrees: passes.
        ["vord-h189-ocm-97140-clock-range"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Perry
            DAILY NOTE — post-TPE template rev. C
            Patient: Wendell Tharpe | Dana Albritton, PT | Precautions: none
            97140 Manual Therapy | 3:00–3:12 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: central PAs L4–L5 grade III, STM to the R quadratus lumborum, to restore lumbar mobility for climbing into the peanut combine.
            Impairment addressed: lumbar hypomobility and R QL guarding.
            Objective measure: lumbar side-bend R fingertips to 6 cm above the knee joint line (12 cm before).
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MRH Harriet Okafor, "[X] Individual" and an ADDENDUM (for DOS 12/11) adding the Mini-BESTest score; perturbations, foam, compensatory stepping; postural instability; Mini-BESTest: passes.
        ["vord-h189-mrh-okafor-addendum-adds-mini-bestest"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (JEFFERSON STREET, ROANOKE)
            DOS 12/11/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Backward perturbations at the pelvis, foam stance with eyes closed, compensatory stepping to a release from lean.
            Impairment: postural instability and small compensatory steps with Parkinson's disease.
            Objective: see addendum.
            ______________________________________________
            ADDENDUM — requested by Compliance (query CQ-4812) — entered 12/14/2026 for DOS 12/11/2026: Mini-BESTest 19/28 measured at this visit. — H. Okafor
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // WHCC Dmitri Lukin (PTA) 97116, "[x] individual"; gait training in the hall with the walker, to the dining room; distance and assist; L knee weakness: passes.
        ["vord-h189-whcc-lukin-97116-dining-room"] = new(
            """
            97116 x 21 min  D. Lukin PTA  [x] individual [ ] concurrent [ ] group  res rm 122  gait training w the FWW from the room to the dining room + turns at the doorway + cues for step length  L knee weakness + short R step  180 ft FWW CGA  turns SBA
            """,
            ["M62.81", "R26.89"], [PTA("97116", 21)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
