using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninetieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format, for these clinics' templates, and to write styles, phrasings and examples they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer. Written 2026-12-07 (the twenty-fourth session, blind), the set is the next week, Monday 12/14 to
/// Friday 12/18/2026 (the week before Christmas: the cantata rehearsals, the last hog sale, the first ice on the
/// ponds), of the clinics of the hundred-and-eighty-second to hundred-and-eighty-ninth sets, each clinic in its own
/// template, voice and vocabulary as those files show them and none with more than five notes: no new styles, new
/// patients and new wording inside the same templates. About two thirds are ordinary and complete (69 of
/// 107), single- and two-code visits (97110, 97112, 97116, 97140, 97530; a PT's and a PTA's code on one team
/// visit), by PTs, PTAs, OTs and students under their instructors, from these employers:
/// <list type="number">
/// <item>the amending, run-on and quoting clinics: Mercy Ridge Hospital (MRH: "NEUROMUSCULAR RE-EDUCATION 97112 — 23
/// min", "Delivery: [X] Individual [ ] Concurrent [ ] Group", the compliance "ADDENDUM … entered … for DOS …"), Quarry
/// Hill PT (QHPT: "97112 — 22 min", "Seen 1:1", "1:1? Y / N: ___"), Bighorn Home &amp; Outpatient Therapy (BHOT: "LATE
/// ENTRY for …", "Deficit: (not entered)", a clock range on the code's line), Chelan Basin Medical Center's neuro clinic
/// (CBMC: Priya Raman's lower-case slashes, Owen Brandvold's (PTA) "1to1", Lucia Ferreira's (OTR/L) double spaces),
/// Encampment River PT (ERPT: Gail Sorensen's lower-case "eod" notes with "&amp;", Hank Twomey's capitals and one
/// closing period), Bootheel Orthopaedic &amp; Sports Medicine (BOSM: Dwayne Pressley's double slashes, Kimberly Askins'
/// pipes, Reggie Gainey's (PTA) strung-together loads), Wapello Heights Care Center (WHCC: "97112 x 22 min  P. Dunagan
/// PT  [x] individual …  res rm …"), Hollyhock Lane Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT
/// WE DID: 97112 · 23 min", "1:1 for billed time: ☒ Yes ☐ No", "WHY:", "MEASURED:"), Wintergreen Movement Disorders
/// Center (WMDC: "Med state:", "Pt says:", "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat"), Petit Caillou
/// PT (PCPT: "Code 97112 Neuro re-ed ........ 22 min", "Did:", "For:", "Numbers:", the "Bayou Balance" levels), Rosario
/// Strait Physiotherapy (RSP: "16.12.2026", "97140 MT 10.30–10.42 (12') · 1:1", kilograms), Short North Sports &amp;
/// Spine (SNSS: Nadia Farhat's lower case, Mateo Velez's full sentences), Lakeshore Motion PT (LMPT: "Code: 97112 |
/// Min: 23 | Attendance: (x) 1:1 …", "Tx:", "Why:", "#s:"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:",
/// "97116 [ 19 ] min", "Assist/Dist:"), Touchet Valley PT (TVPT: "SERVICE: …", "DELIVERY: One-on-one for the entire
/// billed service? Y"), Saltmeadow Women's Health &amp; Balance PT (SWH: "She reports:" in curly quotes), Ocmulgee River
/// PT (OCM: the post-TPE template rev. C with a clock range on each timed code's line), Quoddy Bay Regional Hospital
/// (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "OUTCOME MEASURE: … SCORE: …"), Middle Loup Mobile PT (MLMPT:
/// Carla Hindman's "pt n me" and "tx … def … meas …") and White River PT &amp; Balance (WRPT: "Svc:", "Attendance:",
/// "What we did:", "Why:", "Numbers:");</item>
/// <item>the online-form employers: Wayfarer Mobile PT (WMPT: the "WMPT Visit Submission" with its select-one answers
/// and its "Minutes for each code you selected" matrix), Ironwood State University's student clinic (ISU-SMPT: the "SPT
/// Daily Note" with "Minutes — 97112:" boxes, "Treatment format (select one)" and "CI co-signature") and Halyard Pelvic
/// &amp; Vestibular PT (Inés Calloway's "Halyard PT — after-visit form": "How long for each? (minutes)", "Was it just
/// you and me the whole time? (required)", "Numbers! (scores, seconds, microvolts, grades)");</item>
/// <item>the paper, team, teaching, coverage and internationally staffed clinics: Sappa Creek Community Hospital (SCCH:
/// the "OP THERAPY DAILY FLOWSHEET (form R-31)" with its "DATE | CPT | MIN | 1:1 | TX" rows and the OCR's "0utpatient"
/// and "O" for an empty box), North Country Neuro PT (NCNPT: "DAILY NOTE — PLEASE PRINT", "SESSION: [ ] 1:1 [ ] CO-TX
/// [ ] GROUP", "CPT / MIN: 97112 / 22", Gordon Tveit's capitals, Kari Hjelle's hand read as "rny" and "tirne"),
/// Pennyroyal Senior Care (PSC: the form B-7 with its delivery row of four boxes and its "| CPT | Service | Min | Units
/// |" grid), Cedar Crest Health Neuro Rehabilitation Institute (CCNRI: the "NEURO OP TEAM NOTE", "CPT | Furnished by |
/// Min", "IMPAIRMENT TARGETED:", "OUTCOME MEASURE / SCORE:"), Kaskaskia University's PT Faculty Clinic (KU-PTC: the
/// student SOAP note, "Pt : clinician ☒ 1:1" and the CI's paragraph), Harbor Point PT (HPPT: Tess Nakamura's weekday
/// notes and the "SAT CLINIC — COVERAGE NOTE" with "Codes/min:"), Meridian Global Therapy Staffing (MGTS: "MGTS DAILY
/// TREATMENT RECORD", "CPT / mins:", "Mode:", "Kindly note"), Passaic Valley Health's neuro gym (PVH: "SKILLED
/// INTERVENTION", "IMPAIRMENT ADDRESSED", "MODE OF DELIVERY: [ ] One-to-one [ ] Concurrent [ ] Group") and Altamaha PT
/// (APT: the "PTA DAILY NOTE" with "CPT/Time", "Tx rendered", "Pt response", "Goal addressed").</item>
/// </list>
/// This week's people: a wife learning the home programme, a sister on the couch, a rehab aide setting up the bars, a
/// granddaughter with a phone, a husband scraping the windshield, a grandson carrying the walker (none of them a patient;
/// the second post-op knee on the turf, the second resident in the therapy room, the brother-in-law in the den, the
/// Tuesday knee on the bike, Mrs. Pardue's husband at the next mat and the patient at the next mat table are); a
/// school-bus mechanic, a cantata alto, a hog-sale clerk, a clam digger, a pecan sheller, a crawfish-trap builder, a
/// dairy relief milker, a ferry deckhand, a retired oyster shucker, a Santa at the feed store, a
/// snowplough driver and a retired telephone lineman.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "___", "______", "—", "N/A"
/// and "(not entered)" state nothing, a box the OCR reads as "O" is empty, a ticked box states what it names, a box
/// ticked and then corrected by a signed addendum for the same date of service states what the addendum says, a
/// lower-case run-on note says what it would in capitals, a programme's or circuit's name and level is not a technique,
/// a named test with no number is not a measure, and a student's note co-signed by the instructor is read as the
/// visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h190-…): one-on-one in these writers' own words ("Mode: one-to-one; wife sat in to learn the home
/// programme", "[X] One-to-one — rehab aide set up the bars only", "1:1 the whole time", "one to one/sister on the
/// couch", "1to1 just him n me", "Pt : clinician ☒ 1:1" with the CI's paragraph), notes that negate it (an APT PTA
/// "concurrently w/ another pt at the mat table", Mateo Velez running a second post-op knee on the turf with him, a WHCC
/// "[x] concurrent", a WMPT "Other (please specify)" with the brother-in-law in the den) or never state it (a Twomey
/// capitals note), and an MRH OT's 97530 ticked Group, which has no one-on-one check;</item>
/// <item>class 2 (v2-h190-…): checkbox and blank-field states (NCNPT "[X] GROUP", an SCCH 1:1 cell the OCR reads as "O",
/// a PSC delivery row with no box ticked, a QHPT "1:1? Y / N: N", an MRH "[X] Individual" corrected by the compliance
/// addendum, a CCNRI "OUTCOME MEASURE / SCORE: —") and the same fields filled (NCNPT "[X] 1:1", SCCH "☑", PSC "☒
/// Individual", QHPT "Y", HLG "☒ Yes", ISU "Individual", OCM "[X] 1:1 constant attendance", Halyard "Yes");</item>
/// <item>class 3 (v3-h190-…): named methods as techniques (Cawthorne-Cooksey exercises, LSVT BIG, Mulligan SNAGs, IASTM
/// with the Graston tools, X1 viewing and habituation, PNF D1 patterns with rhythmic initiation, saccades and smooth
/// pursuit, Maitland grades, NDT facilitation, robotic-assisted gait training on the Lokomat) and a programme's or
/// circuit's name and level as the only technique ("Bayou Balance level 4", "Hollyhock balance ladder, rung 3", a
/// faculty clinic's "Falls-Free Circuit, card C");</item>
/// <item>class 4 (v4-h190-…): deficits stated as findings in these writers' terms (she can't feel the clutch, he veers
/// in the dark calving barn, she lets go when she coughs in the cold, she tips stepping off the stock trailer, his R toe
/// scuffs the hospital carpet, the clam digger tips on the mudflat, a PVH Rt ankle proprioception after the fracture)
/// and notes that state none (an LMPT "Why: ______", a PCPT "For: —", a WMPT impairment question answered "—", a BHOT
/// "Deficit: (not entered)" on a 97112, an APT "Goal addressed: per POC");</item>
/// <item>class 5 (v5-h190-…): measures in every usual form (mCTSIB and FGA in a run-on line, loads in pounds and
/// kilograms, distance and assistance for gait, transfer counts for 97530, Semmes-Weinstein sites, a "#s:" line) and
/// notes with none ("Numbers: better than last week", "Outcome measure: deferred", "OUTCOME MEASURE: Berg SCORE:
/// improved", a Halyard numbers question answered in words, a Gainey 97110 list with no dose);</item>
/// <item>class 6 (v6-h190-…): minutes in these templates' forms (two SERVICE lines, two codes in full sentences, two
/// ISU minute boxes, a CCNRI table with a PT's and a PTA's row, a KU "O:" with two codes, a Halyard "How long for each?"
/// with two, two OCM clock ranges, two BHOT clock ranges, two CBMC codes each with minutes) and true mismatches (a PTH
/// "97116 [ 31 ] min" on 20, a PSC grid's 32 on 22, an MRH heading's 35 on 23, a Sorensen 34 on 22) and truly missing
/// separate time (a QHPT "Total timed: 37 min" for two codes, a WMPT matrix with the second code's minutes left
/// blank);</item>
/// <item>class 7 (v7-h190-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a PTH kitchen-counter strengthening programme), 97530 (a WHCC OT's
/// bed-making and wreath-hanging), 97140 (an OCM and an APT manual note) and 97116 (a BHOT PTA's gait on the feed-store
/// ramp), and wholly generic notes (MGTS "Balance training given. Pt tolerated well. Same continued.", Twomey's "THER EX
/// AS TOLERATED", Ferreira's "functional tasks tolerated well");</item>
/// <item>ordinary (vord-h190-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a sister, a husband, a
/// granddaughter, a grandson, an aide, a student (none of them a patient; the patients named as sharing a block are),
/// ages, dates of service, step and box heights in inches, loads in pounds and kilograms, distances in feet and metres,
/// degrees, percentages of body-weight support, counts of steps, cards, towels and trips — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its block's
/// heading, in a minute box or grid cell, or as a clock range on the code's own line; no note gives minutes to a visit,
/// a drill, a rest or a test, except the one that gives two codes only a total ("Total timed: 37 min"); notes failed
/// for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the
/// note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure
/// with a number and fails it only when the note has no number but its code and its minutes; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement,
/// another patient treated in the same block does, and a therapist attending someone else during the block is not
/// one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what one week of these clinics could honestly be read either way: a co-treatment box ticked
/// on a 97112, a "Pt : clinician 2:1" ratio (two clinicians or two patients), a student treating alone while the CI
/// treats someone else, a published programme's name (Otago, LSVT BIG) with no exercise named, a surgeon's protocol
/// phase standing in for the exercises, a team note's handoff clock time, a self-rated "How did she feel leaving?
/// (1–10)" answer on a note failed for a measure, and a 97530 billed in a group (kept only where the note ticks Group
/// and the question is the one-on-one check alone).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 107 cases agree (105 needed), and 1 of the 69 notes the reviewer passes got a finding, on the analyzer of a105b07 (the 2026-12-07 twenty-fifth session, after the last session's skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code e1617c8): 105 of 107, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetiethTests(ITestOutputHelper output)
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

        // MGTS Laredo, Priya Venkataraman: "Mode: one-to-one; wife sat in to learn the home programme" (family, not a patient); tandem on foam with head turns, shoulder perturbations, stepping over cones; delayed ankle strategy; Berg and TUG; "97112 – 22 mins" matches: passes.
        ["v1-h190-mgts-one-to-one-wife-learning-programme"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            Pt c/o: school-bus mechanic, 59 yrs, "feet are going from under me on the shop creeper."
            CPT / mins: 97112 – 22 mins
            Mode: one-to-one; wife sat in to learn the home programme.
            Treatment given: tandem walking on foam beam with head turns, perturbations at the shoulders in narrow stance, stepping over 6 cones on verbal cue.
            Findings: delayed ankle strategy and increased sway eyes closed, somatosensory loss both feet.
            Outcome measure: Berg 45/56 (IE 41/56); TUG 12.6 secs.
            Kindly note wife will practise foam stance with him tds.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // PVH Wayne, Adaeze Nwosu: "[X] One-to-one — rehab aide set up the parallel bars only" (staff, not a patient); rhythmic stabilisation in standing, Lt weight shifts with tapping, step-and-stick on foam; Lt hemiparesis; Berg and counts; heading 23 minutes matches: passes.
        ["v1-h190-pvh-one-to-one-aide-set-up-bars"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group — rehab aide set up the parallel bars only, then left for the front desk.
            SKILLED INTERVENTION: rhythmic stabilisation in standing at the bars, lateral weight shifts onto the Lt LE with tapping to the Lt glutes, step-and-stick onto the foam leading Rt.
            IMPAIRMENT ADDRESSED: Lt hemiparesis with poor Lt weight acceptance and knee buckling in stance after Rt MCA stroke.
            OBJECTIVE: Berg 39/56; step-and-stick 4 of 10 without UE support.
            Adaeze Nwosu, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // APT Baxley, Ma. Cristina Dela Cruz (PTA): "worked concurrently w/ another pt at the mat table, PTA alternating between the two": another patient in the block — one-on-one missing; techniques, goal and numbers present.
        ["v1-h190-apt-concurrent-other-pt-mat-table"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            Pt worked concurrently w/ another pt at the mat table, PTA alternating between the two.
            Tx rendered: tall-kneeling weight shifts to targets, half-kneeling rhythmic stabilization, sit-to-stand onto the foam pad with eyes closed.
            Goal addressed: trunk and L hip postural control, pt sways stepping down from the tractor platform.
            Pt response: half-kneel hold 15 secs without loss of balance; Berg 43/56.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HPPT Bremerton, Tess Nakamura's weekday note, "97112 — 23 min, 1:1 the whole time, granddaughter filming the home drills on her phone"; reactive stepping, rocker, head turns on foam; sway and late stepping; Mini-BESTest and counts: passes.
        ["v1-h190-hppt-nakamura-one-on-one-granddaughter-filming"] = new(
            """
            Harbor Point Physical Therapy — Bremerton
            Tess Nakamura, PT — Mon 12/14/2026
            97112 — 23 min, 1:1 the whole time, granddaughter filming the home drills on her phone.
            Reactive stepping to release from lean forward and sideways, rocker board M/L with eyes closed, foam stance with horizontal head turns.
            Problem: postural sway and a late, short compensatory step; the ferry deckhand caught herself on the rail twice last week.
            Mini-BESTest 20/28; 6 of 8 lean releases recovered with a single step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ERPT Hank Twomey's capitals with one closing period, never states one-on-one: foam stance with head turns, step-overs, tandem; L ankle proprioception and sway; Berg and SLS; 23 min matches — one-on-one missing only.
        ["v1-h190-erpt-twomey-capitals-unstated"] = new(
            """
            MON 97112 23 MIN HOG SALE CLERK 66 YRS FOAM STANCE EYES CLOSED WITH HEAD TURNS STEP OVERS AT THE SALE RING GATE MOCK UP TANDEM ON THE LINE WITH PUSHES L ANKLE PROPRIOCEPTION DOWN AND SWAY AFTER THE SPRAIN IN THE LOADING ALLEY BERG 48/56 SLS L 7 SEC H TWOMEY PT.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SNSS Mateo Velez's full sentences: "I ran him through it alongside another post-op knee on the turf — two patients at once": not one-on-one; hop-and-stick, perturbed single-leg squats, reactive cutting; dynamic knee control; hop and landings present; 22 min.
        ["v1-h190-snss-velez-second-knee-on-the-turf"] = new(
            """
            Short North Sports & Spine — Mateo Velez, PT, DPT
            97112 (22 min). I ran him through it alongside another post-op knee on the turf — two patients at once, trading sets. Hop-and-stick forward and lateral onto the Airex, single-leg squats with band perturbations at the knee, reactive cutting to a light cue. Poor dynamic knee control and late quad and glute firing on landing after the ACL reconstruction. Single hop R 96 cm (L 131 cm); 6 of 10 landings without valgus.
            """,
            ["S83.511D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CBMC Priya Raman's slashes, "one to one/sister on the couch"; X1 viewing on foam, walking with yaw turns, standing on foam eyes closed; R vestibular hypofunction; DGI and DVA; 22 min matches: passes.
        ["v1-h190-cbmc-raman-one-to-one-sister-on-couch"] = new(
            """
            97112/22 min/one to one/sister on the couch in the waiting area/cantata alto, 61/x1 viewing on foam at the wall chart/walking the hall w yaw head turns to the hymn numbers/foam stance eyes closed w head turns/r vestibular hypofunction, sways turning her head to the director/dgi 17/24, dva lost 3 lines/p raman pt dpt ncs
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // WHCC Patrice Dunagan: "[ ] individual [x] concurrent [ ] group  2 res in the therapy rm": not one-on-one; weight shifts, foam, side steps; sway; Berg and tandem present; "97112 x 22 min".
        ["v1-h190-whcc-dunagan-concurrent-ticked"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [ ] individual [x] concurrent [ ] group  2 res in the therapy rm  res rm 131  wt shifts at the parallel bars + foam stance eyes closed + side stepping over the cane to the tree  postural sway + late ankle strategy, she leans back reaching for the ornaments  berg 41/56  tandem 5 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WMPT "How was the treatment delivered? (select one): Other (please specify): worked her and her brother-in-law (my next visit, same house) side by side in the den": another patient — one-on-one missing; techniques, impairment and measures present.
        ["v1-h190-wm-other-brother-in-law-in-den"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): Other (please specify): worked her and her brother-in-law (my next visit, same house) side by side in the den
            Describe the skilled interventions you performed: foam stance on the den rug with head turns, step-and-stick over the footstool edge, perturbations at the hips in tandem
            What impairment(s) did you treat today?: postural sway and slow protective stepping; she caught her heel on the hearth
            Objective measures today (test name and result): TUG 14.2 sec; tandem stance 6 sec
            Who else was present? (optional): brother-in-law
            Anything the office should know? (optional): —
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // KU-PTC Carbondale, SPT Amara Singh under Renata Oyelaran, "Pt : clinician ☒ 1:1 ☐ 2:1", "CI treating another pt during session? ☐ Y ☒ N" and the CI's paragraph; step-and-stick, tandem on foam, reactive steps; somatosensory loss; mCTSIB and step-and-stick; 23 min: passes.
        ["v1-h190-ku-singh-one-to-one-ci-paragraph"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Carbondale)
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Supervision: ☐ line-of-sight ☒ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: pecan sheller, 68; "my feet don't tell me where the floor is at the plant."
            O: 97112 — 23 min: step-and-stick onto the foam leading L, tandem walking on the foam beam, reactive steps to pushes at the pelvis with eyes closed.
            mCTSIB condition 4: 11 s; step-and-stick 7 of 10.
            A: somatosensory loss both feet with the neuropathy; she sways and steps late on the uneven plant floor.
            CI feedback: good use of eyes-closed progression.
            I was present, directed the service and treated no other patient during the timed minutes. — R. Oyelaran, PT, DPT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // MRH Salem, Theo Vance (OTR/L), 97530 with "Delivery: [ ] Individual [ ] Concurrent [X] Group" — 97530 has no one-on-one check; kitchen tasks with reach and carry; R UE weakness and standing balance; counts and assist: passes.
        ["v1-h190-mrh-vance-97530-group-ticked"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/15/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 20 min
            Delivery: [ ] Individual [ ] Concurrent [X] Group
            Kitchen group: carried a 5 lb pot from the sink to the stove 6x, reached to the second shelf for mugs 10x with the R hand, stood at the counter rolling biscuit dough with both hands.
            R shoulder and grip weakness and standing balance with reach after the R humerus fracture.
            Pot carries SBA; 10 of 10 mugs placed with the R hand; stood at the counter with CGA for the dough.
            """,
            ["S42.201D"], [OT("97530", 20)], []),

        // CBMC Owen Brandvold (PTA), nothing between fields: "1to1 just him n me"; rocker eyes closed & step taps & pushes on foam; L ataxia after the cerebellar stroke; Berg and SARA; 23min matches: passes.
        ["v1-h190-cbmc-brandvold-1to1-just-him"] = new(
            """
            97112 23min 1to1 just him n me retired telephone lineman rocker board ap eyes closed & step taps to cones w head turns & pushes at the hips on the foam l le ataxia & poor postural control after the l cerebellar stroke berg 42/56 sara 11 o brandvold pta
            """,
            ["I69.393"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // NCNPT Gordon Tveit's capitals, "SESSION: [ ] 1:1 [ ] CO-TX [X] GROUP": not one-on-one; tandem with stops, step-ups, foam with catches; ataxia; SARA and tandem present; "97112 / 22".
        ["v2-h190-ncnpt-tveit-group-ticked"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [ ] 1:1   [ ] CO-TX   [X] GROUP
            PROBLEM: TRUNK AND LE ATAXIA, POOR POSTURAL C0NTROL; HE LURCHES STEPPING OVER THE AUGER HOLE ON THE ICE
            INTERVENTIONS: TANDEM WALKING WITH STOPS ON CUE, STEP-UPS TO THE 6 IN BOX WITH A PAUSE AT THE TOP, FOAM STANCE CATCHING A BALL
            OUTCOME MEASURES: SARA 14; TANDEM 5 SEC
            CPT / MIN: 97112 / 22
            G. TVEIT PT DPT NCS
            """,
            ["G11.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NCNPT Kari Hjelle's hand read by the OCR ("rny", "tirne"), "SESSION: [X] 1:1": perturbations on foam, step-and-stick, tandem with head turns; MS sensory ataxia; FGA and tandem; "97112 / 23": passes.
        ["v2-h190-ncnpt-hjelle-one-to-one-ticked"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: sensory ataxia B LE + slow step reactions, "rny legs go when I step into the fish house" — she falls every tirne the floor shifts
            INTERVENTIONS: perturbations at the pelvis standing on foam, step-and-stick onto the foam leading R, tandem walking with head turns
            OUTCOME MEASURES: FGA 16/30; tandem 7 sec
            CPT / MIN: 97112 / 23
            K. HJELLE PT
            """,
            ["R27.0", "R26.81"], [PT("97112", 23)], []),

        // SCCH flowsheet row "12/16 | 97112 | 22 | O |" — the OCR reads the empty 1:1 box as "O", nothing else says one-on-one: one-on-one missing; technique, problem and measure present.
        ["v2-h190-scch-one-to-one-box-read-as-o"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/16 | 97112 | 22  |  O  | rocker board M/L eyes closed, tandem on the foam beam, step-
            and-stick onto the 4 inch step w/ pushes
            PROBLEM: sway + late step, the rural mail carrier tipped getting out of the Jeep on the ice
            MEASURE: Berg 47/56; SLS R 8 sec
            RESP: tol well                         INIT: DO
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SCCH flowsheet row with the 1:1 box read as "☑"; foam, tandem, perturbations; sway after the fall; Berg and tandem; "12/17 | 97112 | 23": passes.
        ["v2-h190-scch-one-to-one-box-ticked"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/17 | 97112 | 23  |  ☑  | foam stance eyes closed w/ head turns, tandem walking on the
            tape, perturbations at the pelvis on the rocker
            PROBLEM: postural sway + slow ankle strategy since the fall off the grain-truck step
            MEASURE: Berg 45/56; tandem R in front 9 sec
            RESP: asked for the home sheet          INIT: MS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PSC form B-7, "Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment" with no box ticked and nothing else saying one-on-one: one-on-one missing; grid 97112 22, techniques, impairment and measures present.
        ["v2-h190-psc-delivery-row-nothing-ticked"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: stepping reactions to pushes at the shoulders, foam stance with head turns, tandem walking at the hall rail
            Impairment: delayed protective stepping and lateral sway; she lists L walking the Little River greenway
            Objective: Berg 46/56; TUG 11.9 s
            Pt response: tol well
            Shawna Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PSC form B-7 at Hopkinsville, "Delivery: ☒ Individual", grid row 97112 23; half-kneel rhythmic stabilisation, foam with catches, step-and-stick; trunk control after a stroke; Berg and counts: passes.
        ["v2-h190-psc-individual-ticked"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 23  | 1     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: rhythmic stabilization in half-kneeling, foam stance catching a beanbag from the L, step-and-stick onto the foam leading R
            Impairment: trunk postural control and R weight acceptance after the L CVA; the Walmart greeter tips R standing at the door
            Objective: Berg 42/56; step-and-stick 6 of 10
            Pt response: "I want my door back by January"
            Dwight Pennebaker, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // QHPT Barre, Eli Tremblay, "1:1? Y / N: N — the Tuesday post-op knee was on the bike beside her and I was checking him too": negated — one-on-one missing; techniques, deficit and measures present.
        ["v2-h190-qhpt-one-on-one-answered-n"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            1:1? Y / N: N — the Tuesday post-op knee was on the bike beside her and I was checking him too.
            Foam stance with eyes closed, tandem along the counter with head turns, stepping over the rolled towel on cue.
            L ankle proprioception and a late step since she went down on the icy sugarhouse path.
            SLS L 6 sec; tandem 10 sec.
            Eli Tremblay, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT Montpelier, Nora Beauchesne, "1:1? Y / N: Y"; rocker, half-roller tandem, stepping over poles; R ankle proprioception; rocker seconds and tandem; 23 min matches: passes.
        ["v2-h190-qhpt-one-on-one-answered-y"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 23 min
            1:1? Y / N: Y
            Rocker board A/P with eyes closed, tandem on the half roller, stepping over ski poles laid across the mat with a stop on cue.
            R ankle proprioception after the inversion sprain on the frozen driveway; he can't tell the foot is rolling until it goes.
            Rocker A/P 14 sec; tandem on the roller 8 sec.
            Nora Beauchesne, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // HLG Daphne, "1:1 for billed time: ☒ Yes ☐ No"; quote; backward stepping to a nudge, reaching on foam, turns; posterior lean; Berg and reach; 22 min matches: passes.
        ["v2-h190-hlg-yes-ticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne
            Tolbert, Vesta · Thomas Ashby, PT
            IN HER OWN WORDS: "I rock back on my heels at the choir rail and grab the hymnal stand." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Backward stepping reactions to a nudge at the shoulders, forward reaching out of her base standing on foam, turns with head movement to the piano.
            WHY: posterior lean and a late stepping strategy.
            MEASURED: Berg 43/56; functional reach 8 in.
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // ISU SPT note, "Treatment format (select one): Individual", "Minutes — 97112: 22"; single-leg hops to stick, BOSU perturbations, star excursion reaching; ankle proprioception; Y-balance and hops; CI co-signed: passes.
        ["v2-h190-isu-treatment-format-individual"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): lateral hop-and-stick, single-leg stance on the BOSU with partner perturbations, star excursion reaching on the R
            Impairment(s) targeted: R ankle proprioception and dynamic balance after the sprain on the hockey rink steps
            Outcome measures (name: score): Y-balance anterior R 58 cm (L 66 cm); hop-and-stick 7/10
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // OCM, "97112 Neuromuscular Re-education | 1:05–1:27 pm | [X] 1:1 constant attendance"; foam, stepping reactions, tandem; sway; Berg and TUG; clock range 22 matches: passes.
        ["v2-h190-ocm-one-to-one-box-ticked"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Perry
            DAILY NOTE — post-TPE template rev. C
            Patient: Loretta Bivins | Dana Albritton, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 1:05–1:27 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: foam stance eyes closed, stepping reactions to pushes from behind, tandem walking along the mat edge, to restore her stepping strategy at the church fellowship hall.
            Impairment addressed: delayed protective stepping and postural sway.
            Objective measure: Berg 45/56; TUG 12.4 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MRH Salem, Simon Ledbetter: "[X] Individual" ticked, then the compliance ADDENDUM for the same DOS: "Individual box ticked in error; Mrs. Pardue's husband, also a patient, was treated at the next mat during the same minutes": struck — one-on-one missing; technique, impairment and measures present.
        ["v2-h190-mrh-individual-struck-by-addendum"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/15/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with eyes closed, lateral pushes in tandem, step-ups onto the 6 in step with a pause.
            Impairment: proprioceptive loss both feet with the neuropathy; she misses the church-van step.
            Objective: mCTSIB condition 4 8 s; 6 of 10 step-ups without a look down.
            ______________________________________________
            ADDENDUM — requested by Compliance (query CQ-4877) — entered 12/17/2026 for DOS 12/15/2026: Individual box ticked in error; Mrs. Pardue's husband, also a patient, was treated at the next mat during the same minutes. — S. Ledbetter
            """,
            ["G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CCNRI team note, "OUTCOME MEASURE / SCORE: —" and no other number but the code and its minutes: measure missing; ☒ 1:1, techniques and impairment present.
        ["v2-h190-ccn-outcome-measure-dash"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            CPT | Furnished by | Min
            97112 | Dana L., PTA | 22
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Dana: rocker board A/P with eyes closed, step-and-stick onto the foam leading R, perturbations at the pelvis in stride.
            IMPAIRMENT TARGETED: R LE proprioception and postural control after the L MCA stroke.
            OUTCOME MEASURE / SCORE: —
            """,
            ["I69.351"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Halyard form, "Was it just you and me the whole time? (required): Yes"; gaze stabilisation on foam, walking with head turns, rocker; vestibular hypofunction; DVA and DGI; "97112 — 22": passes.
        ["v2-h190-hal-just-you-and-me-yes"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): X1 viewing standing on foam, walking the hall with pitch head turns, rocker board with head turns
            What's the problem we're chasing?: L vestibular hypofunction after the neuritis; she can't look up at the cantata loft without the room sliding
            Numbers! (scores, seconds, microvolts, grades): DVA lost 2 lines (4 at eval); DGI 18/24
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named methods as techniques, and a programme's level alone

        // NCNPT Tveit capitals, Cawthorne-Cooksey exercises (eye and head movements sitting then standing, ball toss overhead, walking around the plinth); bilateral vestibular loss; DGI and DVA; "SESSION: [X] 1:1"; "97112 / 22": passes.
        ["v3-h190-ncnpt-cawthorne-cooksey"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: BILATERAL VESTIBULAR L0SS AFTER GENTAMICIN; OSCILLOPSIA AND WIDE-BASED GAIT DRIVING THE SNOWPLOUGH ROUTE
            INTERVENTIONS: CAWTHORNE-COOKSEY EXERCISES — EYE AND HEAD MOVEMENTS SITTING THEN STANDING, BALL TOSSED OVERHEAD HAND TO HAND, WALKING AROUND THE PLINTH EYES OPEN THEN CLOSED
            OUTCOME MEASURES: DGI 15/24; DVA LOST 3 LINES
            CPT / MIN: 97112 / 22
            G. TVEIT PT DPT NCS
            """,
            ["H81.23"], [PT("97112", 22)], []),

        // WMDC Colleen Marsh, LSVT BIG maximal daily exercises and BIG sit-to-stand from the pew height; hypokinesia and small steps; TUG and step length; "☒ Individual"; "97112 — 23 min": passes.
        ["v3-h190-wmdc-lsvt-big-pew"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Harlan Pettus · Med state: ON · Colleen Marsh, PT
            Pt says: "I can't get up out of the pew before the last hymn is over."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward rock-and-reach), then BIG sit-to-stand from the pew-height bench and BIG steps down the aisle tape.
            Deficit: hypokinesia, small steps and slow sit-to-stand with Parkinson's disease.
            Measures: TUG 12.2 sec; step length 22 in (18 in at eval).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PCPT Houma, Ti-Ann Robichaux: "Did: Bayou Balance level 4 today, cher, same card as Friday." as the only technique; deficit, numbers and one-on-one present: technique missing.
        ["v3-h190-pcpt-bayou-balance-level-four-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/15/2026 · Ti-Ann Robichaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 4 today, cher, same card as Friday.
            For: R ankle proprioception and a late step; the crawfish-trap builder wobbles on the shop ramp
            Numbers: Berg 48/56; SLS R 8 sec
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // HLG Fairhope: "WHAT WE DID: … Hollyhock balance ladder, rung 3 — same as Tuesday." as the only intervention; quote, 1:1 ticked, WHY and MEASURED present: technique missing.
        ["v3-h190-hlg-balance-ladder-rung-only"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope
            Broussard, Inez · Thomas Ashby, PT
            IN HER OWN WORDS: "The parish-hall floor moves when they mop it." (quoted as said)
            WHAT WE DID: 97112 · 23 min
            1:1 for billed time: ☒ Yes ☐ No
            Hollyhock balance ladder, rung 3 — same as Tuesday.
            WHY: lateral sway and a slow side step; she catches the counter when she turns from the stove.
            MEASURED: Berg 44/56; tandem 6 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // KU-PTC Marion, SPT Jordan Pike under Glen Hoskins: "O: 97112 — 22 min: Falls-Free Circuit, card C, as on the card." as the only intervention; 1:1, CI paragraph, deficit and numbers present: technique missing.
        ["v3-h190-ku-falls-free-circuit-card-only"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Marion community site)
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: retired coal miner, 74; "I stagger when I turn around in the bathroom."
            O: 97112 — 22 min: Falls-Free Circuit, card C, as on the card.
            Berg 44/56; TUG 13.0 s.
            A: impaired postural control and slow turning; he widens his base and staggers on turns.
            I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // RSP 97140, Mulligan SNAGs for cervical rotation and suboccipital release; cervical stiffness; rotation degrees; "97140 MT 10.30–10.42 (12') · 1:1": passes.
        ["v3-h190-rsp-mulligan-snags-cervical"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            A. Lindgren, PT · 16.12.2026 · ferry deckhand, 44 y
            97140 MT 10.30–10.42 (12') · 1:1
            Tx: Mulligan SNAGs C5–C6 into R rotation, 3 sets of 6; suboccipital release in supine.
            Problem: cervical stiffness and pain turning to watch the car deck lines.
            Measures: cervical rotation R 61° (48° before), L 70°.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // BOSM Kimberly Askins' pipes, 97140: IASTM with the Graston tools to the ITB and lateral hamstring, STM to the vastus lateralis, tibial IR glides; lateral knee pain and ITB tightness; degrees: passes.
        ["v3-h190-bosm-askins-iastm-graston"] = new(
            """
            97140 | 12 min | IASTM w the Graston tools to the R ITB + lateral hamstring, STM to the vastus lateralis, tibial IR glides grade III in sitting | R lateral knee pain + ITB tightness, the rice-mill hand cant kneel to clear the auger | knee flexion 122° to 131° after, Ober test hip adduction 5° to 12° | K. Askins PT DPT
            """,
            ["M76.31"], [PT("97140", 12)], []),

        // CBMC Raman's slashes: x1 viewing at 2 Hz on foam, habituation to the MSQ positions, walking with head turns; L vestibular hypofunction and motion sensitivity; MSQ and DGI; "one to one"; 23 min: passes.
        ["v3-h190-cbmc-raman-x1-and-habituation"] = new(
            """
            97112/23 min/one to one/dairy relief milker, 52/x1 viewing at 2 hz standing on foam/habituation to the msq positions, rolling r and head down to knees/walking the hall w yaw turns to the wall letters/l vestibular hypofunction + motion sensitivity ducking under the parlour rail/msq 22 (41 at eval), dgi 19/24/p raman pt dpt ncs
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // SCCH flowsheet, PNF D1 flexion and extension LE patterns with rhythmic initiation, then step-and-stick; R LE motor recruitment after the stroke; Fugl-Meyer LE and counts; row "97112 | 22 | [v]": passes.
        ["v3-h190-scch-pnf-d1-rhythmic-initiation"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/18 | 97112 | 22  | [v] | PNF D1 flexion + extension R LE patterns w/ rhythmic initi-
            ation in sidelying, then step-and-stick onto the foam leading R
            PROBLEM: R LE motor recruitment + timing after the L CVA, toe catches on the hospital ramp
            MEASURE: Fugl-Meyer LE 24/34; step-and-stick 5 of 10
            RESP: tol well                         INIT: MS
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // Halyard form: saccades between two cards, X1 viewing at 2 Hz to the metronome, smooth pursuit standing on foam; vestibular hypofunction and gaze instability; DVA and NPC; "Yes — just us"; "97112 — 23": passes.
        ["v3-h190-hal-saccades-and-pursuit"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes — just us, her husband was out scraping the windshield
            Which system did we work on?: Vestibular / oculomotor
            Tell me what we did (techniques, positions, cues): saccades between two cards at arm's length, X1 viewing at 2 Hz to the metronome sitting then standing, smooth pursuit of the pen standing on foam
            What's the problem we're chasing?: R vestibular hypofunction and gaze instability; reading the price tags at the feed store makes her dizzy
            Numbers! (scores, seconds, microvolts, grades): DVA lost 2 lines; near point of convergence 8 cm
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // MGTS Zanesville, Siobhan Clarke, 97140: Maitland grade III–IV posteroanterior glides to the L hip in prone, lateral distraction with the belt, STM to the TFL; capsular stiffness; IR degrees; "97140 – 12 mins": passes.
        ["v3-h190-mgts-clarke-maitland-hip"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            Pt c/o: stiff L hip getting a leg over the snowmobile seat.
            CPT / mins: 97140 – 12 mins
            Treatment given: Maitland grade III–IV posteroanterior glides to the L hip in prone, lateral distraction with the belt in supine, STM to the L TFL.
            Findings: L hip capsular stiffness, IR and flexion limited with OA.
            Outcome measure: L hip IR 19° (12° at IA); flexion 101°.
            """,
            ["M16.12"], [PT("97140", 12)], []),

        // APT Jesup, Jerome Bautista (PTA): NDT facilitation at the R hip and knee in stance, weight bearing through the R UE on the mat, rhythmic stabilization in sitting; R hemiparesis; counts and Berg; "1:1 w/ writer entire NMR"; "97112 / 23 min": passes.
        ["v3-h190-apt-ndt-facilitation"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            1:1 w/ writer entire NMR.
            Tx rendered: NDT facilitation at the R hip and knee in stance, weight bearing through the R UE on the mat in sitting, rhythmic stabilization in sitting on the ball.
            Goal addressed: R hemiparesis with poor R weight bearing, pt leans L getting out of the pecan-orchard truck.
            Pt response: sit-to-stand with equal weight 6 of 8 trials; Berg 38/56.
            Jerome Bautista, PTA
            """,
            ["I69.351"], [PTA("97112", 23)], []),

        // CCNRI PTA 97116, robotic-assisted gait training on the Lokomat at 40% body-weight support, then overground with the quad cane; L foot drag and short R step; speed, distance and assist; "97116 | Marcus F., PTA | 24": passes.
        ["v3-h190-ccn-lokomat-97116"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion, Lincoln)
            TEAM: PT Priya Venkataraman / PTA Marcus Feld
            CPT | Furnished by | Min
            97116 | Marcus F., PTA | 24
            Marcus: robotic-assisted gait training on the Lokomat at 40% support, 1.8 km/h, guidance 70%; then overground on the sky-bridge with the quad cane, cues for L hip flexion in swing.
            IMPAIRMENT TARGETED: L foot drag in swing and a short R step after the R MCA stroke.
            OUTCOME MEASURE / SCORE: 10MWT 0.44 m/s; 300 ft quad cane CGA.
            """,
            ["I69.354"], [PTA("97116", 24)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // TVPT Waitsburg, "DEFICIT ADDRESSED: she can't feel the clutch under her R foot — R foot somatosensory loss with the neuropathy"; barefoot textured-mat stepping, foam eyes closed, rocker; monofilament and FGA; "Y"; 22 min: passes.
        ["v4-h190-tvpt-cant-feel-the-clutch"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WAITSBURG
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: barefoot stepping across the textured mat eyes closed, foam stance with head turns, rocker board A/P, to sharpen the foot's sense of position for the farm truck
            DEFICIT ADDRESSED: she can't feel the clutch under her R foot — R foot somatosensory loss with the diabetic neuropathy
            OBJECTIVE: monofilament felt at 4 of 10 sites R foot; FGA 19/30
            NOTE TO REVIEWER: none
            Celeste Vandergriff, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // LMPT "Why: ______" and nothing else naming a deficit: deficit missing; "(x) 1:1", techniques and numbers present.
        ["v4-h190-lmpt-why-left-blank"] = new(
            """
            Lakeshore Motion PT — Halsted | Visit form (J. Okonski, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS clockwise and counter in standing, step-downs to a stick off the 6 in step, foam stance with ball catches
            Why: ______
            #s: SLS eyes closed 9 sec; 7/10 step-downs without a touch-down
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PCPT Thibodaux, Jules Guidry (PT): "For: —" and nothing else naming a deficit: deficit missing; one-on-one, techniques and numbers present.
        ["v4-h190-pcpt-for-dash"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/16/2026 · Jules Guidry, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one — me n him, cher
            Did: perturbations on the rocker, tandem walk on the foam beam with head turns, step-and-stick onto the foam
            For: —
            Numbers: Berg 47/56; tandem 11 sec
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // WMPT "What impairment(s) did you treat today?: —" skipped and nothing else naming a deficit: deficit missing; one-on-one, techniques and measures present.
        ["v4-h190-wm-impairment-question-skipped"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: reactive stepping to pushes in the hallway, foam stance at the counter with head turns, step taps to the bottom stair
            What impairment(s) did you treat today?: —
            Objective measures today (test name and result): TUG 12.8 sec; tandem stance 9 sec
            Who else was present? (optional): grandson, carried the walker in from the car
            Anything the office should know? (optional): —
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PVH Paterson, Joy Villanueva: "IMPAIRMENT ADDRESSED: Rt ankle proprioception and delayed ankle strategy after the fracture"; rocker, foam, step-and-stick; SLS and counts; one-to-one; 22 minutes: passes.
        ["v4-h190-pvh-ankle-proprioception-after-fracture"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: rocker board A/P and M/L with eyes closed, single-leg stance on foam with head turns, step-and-stick onto the foam leading Rt.
            IMPAIRMENT ADDRESSED: Rt ankle proprioception and delayed ankle strategy after the Rt bimalleolar fracture; she turns the ankle on the bus-stop kerb.
            OBJECTIVE: SLS Rt 7 s (Lt 22 s); step-and-stick 6 of 10.
            Joy Villanueva, PT
            """,
            ["S82.841D"], [PT("97112", 22)], []),

        // ERPT Gail Sorensen's lower case: "he veers l in the dark calving barn, l vestibular loss"; x1 viewing, walking w head turns, foam eyes closed; DGI and DVA; "one on one"; 22 min: passes.
        ["v4-h190-erpt-sorensen-veers-in-the-calving-barn"] = new(
            """
            eod tues  97112 22 min  one on one, his wife stayed in the truck w the heater going  rancher 67 yrs  x1 viewing standing on the foam & walking the hall w head turns & foam stance eyes closed w head turns  he veers l in the dark calving barn, l vestibular loss since the neuritis in oct  dgi 17/24  dva lost 3 lines  g sorensen pt
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SWH Westerly, "Impairment: she lets go when she coughs in the cold — late pelvic-floor timing"; pelvic-floor contraction timed to a cough with sEMG biofeedback, quick flicks in standing; sEMG microvolts and dry coughs; "(23 min) · 1:1": passes.
        ["v4-h190-swh-lets-go-on-the-cough"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT · 12/16/2026
            She reports: “Every cold morning I cough at the bus stop and that’s it.”
            Neuromuscular re-education 97112 (23 min) · 1:1 — pelvic-floor contraction timed just before a cough with sEMG biofeedback in sitting then standing, quick flicks in standing, pre-contraction before a sneeze cue.
            Impairment: she lets go when she coughs in the cold — late pelvic-floor timing and poor recruitment under sudden load.
            Objective: sEMG peak 31 µV (19 µV at eval); dry on 7 of 10 standing coughs.
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // MLMPT Carla Hindman's expansion with the def filled: "def l hip + trunk postural control, she tips stepping down off the stock trailer"; "1on1 y pt n me"; step-downs, foam, pushes; SLS and Berg; 22 min: passes.
        ["v4-h190-mlmpt-tips-off-the-stock-trailer"] = new(
            """
            97112 22 min 1on1 y pt n me tx step downs off the 8 in step to a stick + foam stance eyes closed + pushes at the hips in tandem def l hip + trunk postural control she tips stepping down off the stock trailer meas sls l 7 sec berg 47/56
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BHOT late entry, Wade Thorsby, 97112 with "Deficit: (not entered)" and nothing else naming the impairment: deficit missing; one-on-one stated, techniques and numbers present; clock range 22 on the line.
        ["v4-h190-bhot-97112-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/15, written 12/16 at the Dayton turnoff
            97112 02:10–02:32 pm — Wade Thorsby, PT — 1:1
            Tx: foam stance eyes closed with head turns, step-and-stick over the 6 in hurdle, perturbations at the pelvis on the rocker board
            Deficit: (not entered)
            Outcome: Berg 45/56; 6 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MRH Bedford, Maribel Cruz (PTA) 97116: "Impairment: his R toe scuffs the hospital carpet — weak R dorsiflexion and short R step"; gait with the SPC in the corridor, over the threshold strips and the ramp; distance and assist: passes.
        ["v4-h190-mrh-cruz-97116-toe-scuffs-carpet"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/16/2026    Maribel Cruz, PTA
            GAIT TRAINING 97116 — 21 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Gait training with the SPC down the main corridor, over the threshold strips and up and down the lobby ramp, cues for R heel strike and a longer R step.
            Impairment: his R toe scuffs the hospital carpet — weak R dorsiflexion and a short R step after the lumbar surgery.
            Objective: 420 ft SPC SBA; ramp x2 CGA.
            """,
            ["M21.371", "M48.062"], [PTA("97116", 21)], []),

        // APT Baxley, Rowena Macaraeg (PTA): "Goal addressed: per POC" and nothing else naming a deficit: deficit missing; one-on-one, techniques and numbers present.
        ["v4-h190-apt-goal-addressed-per-poc"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer entire NMR.
            Tx rendered: foam stance eyes closed with head turns, step-and-stick over 4 cones, perturbations in tandem at the parallel bars.
            Goal addressed: per POC
            Pt response: Berg 46/56; tandem 10 secs.
            Rowena Macaraeg, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // QBRH Lubec, "IMPAIRMENT: L ankle proprioception; the clam digger sinks and tips on the mudflat"; rocker, foam, step-and-stick; "☒ Individual"; SLS and Berg; 23 MIN: passes.
        ["v4-h190-qbrh-clam-digger-tips-on-mudflat"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board M/L eyes closed, single-leg stance on foam with a rake reach, step-and-stick onto the foam leading L
            IMPAIRMENT: L ankle proprioception; the clam digger sinks and tips on the mudflat
            OUTCOME MEASURE: SLS L SCORE: 8 sec; Berg SCORE: 49/56
            Everett Sewall, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // WHCC Dmitri Lukin (PTA) run-on line, "[x] individual", mCTSIB and FGA between the other fields; foam, hall-rail weight shifts, stepping over the cane; sway and somatosensory loss; "97112 x 23 min": passes.
        ["v5-h190-whcc-lukin-mctsib-in-the-line"] = new(
            """
            97112 x 23 min  D. Lukin PTA  [x] individual [ ] concurrent [ ] group  res rm 109  retired Santa at the feed store, granddaughter visiting  foam stance eyes closed + wt shifts at the hall rail + stepping over the cane leading L  sway + somatosensory loss both feet, he grabs the doorframe at night  mctsib cond 4 11 sec  fga 17/30
            """,
            ["E11.42", "R26.81"], [PTA("97112", 23)], []),

        // SNSS Nadia Farhat's lower case 97110 with loads in pounds: RDLs, split squats, step-ups, hip thrusts; R glute and hamstring weakness; 17 min matches: passes.
        ["v5-h190-snss-farhat-97110-pounds"] = new(
            """
            97110 17 min  1on1  rdl 25# db 3x10 + split squats 15# ea hand 3x8 + step ups 12 in box 3x10 + hip thrusts 45# bar 3x12  r glute + hamstring weakness s/p hamstring strain, cant sprint the last leg of the relay  n farhat pt
            """,
            ["S76.311D"], [PT("97110", 17)], []),

        // PTH home visit, 97116 with "Assist/Dist: 160 ft x2 FWW CGA; 4 porch steps with rail, min A": gait with the walker through the kitchen, over the threshold and up the porch steps; L hip weakness; "97116 [ 20 ] min": passes.
        ["v5-h190-pth-97116-assist-dist"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and her sister, wrapping presents on the couch
            97116 [ 20 ] min
            Gait with the FWW from the bedroom through the kitchen, over the back-door threshold and up the porch steps, cues for L step length and upright trunk
            Problem: L hip weakness and a short L step after the L hip fracture; she won't go out to the mailbox alone
            Assist/Dist: 160 ft x2 FWW CGA; 4 porch steps with rail, min A
            Rhonda Sizemore, PT
            """,
            ["S72.002D"], [PT("97116", 20)], []),

        // PSC OT 97530 in the B-7 grid: bed-to-chair transfers, standing at the sink to wash dishes, reaching to the dish rack; transfer safety and standing tolerance; counts and assist; row 97530 21: passes.
        ["v5-h190-psc-ot-97530-transfer-counts"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   |     |       |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities| 21  | 1     |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: bed-to-chair transfers from the low bed, standing at the sink washing a stack of dishes, reaching to the dish rack overhead
            Impairment: unsafe transfers and poor standing tolerance after the hospital stay; the church pianist wants to stand at the bake sale
            Objective: 5 transfers with CGA, 2 with SBA; 12 dishes washed standing; 8 reaches to the rack
            Pt response: "that's my whole kitchen"
            Rosalind Haymaker, OTR/L
            """,
            ["M62.81", "R26.89"], [OT("97530", 21)], []),

        // RSP 97110 in kilograms: leg press, step-ups with a kettlebell, Copenhagen planks; R adductor and quad weakness; "97110 TE 11.00–11.16 (16')": passes.
        ["v5-h190-rsp-97110-kilograms"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Aaltonen, PT · 17.12.2026 · ferry engineer, 50 y, 84 kg
            97110 TE 11.00–11.16 (16') · 1:1
            Tx: leg press 60 kg 3×10, step-ups to 30 cm holding 8 kg 3×8 each, short-lever Copenhagen plank 3×20 s each side.
            Problem: R adductor and quad weakness after the groin strain on the engine-room ladder.
            Measures: squeeze test 180 mmHg (140 mmHg two weeks ago).
            """,
            ["S76.211D"], [PT("97110", 16)], []),

        // CCNRI team note, Priya Venkataraman (PT): "OUTCOME MEASURE / SCORE: Semmes-Weinstein 5.07 absent at 6 of 10 sites; mCTSIB condition 4 9 s"; textured mat, foam, rocker; somatosensory loss; ☒ 1:1; "97112 | Priya V., PT | 22": passes.
        ["v5-h190-ccn-semmes-weinstein-sites"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Priya Venkataraman
            CPT | Furnished by | Min
            97112 | Priya V., PT | 22
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Priya: stepping barefoot across the textured mat with eyes closed, foam stance with head turns, rocker board A/P with light touch then none.
            IMPAIRMENT TARGETED: somatosensory loss both feet and sway in the dark with the neuropathy.
            OUTCOME MEASURE / SCORE: Semmes-Weinstein 5.07 absent at 6 of 10 sites; mCTSIB condition 4 9 s.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // LMPT PTA 97112 with "#s: mini-BESTest 19/28; 5 of 8 lean releases with one step"; reactive stepping, foam, tandem; late compensatory step; "(x) 1:1"; "Min: 23": passes.
        ["v5-h190-lmpt-hash-s-mini-best"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (T. Bui, PTA)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: release-from-lean reactive stepping forward and back, foam stance with head turns, tandem walking with a stop on cue
            Why: late, short compensatory step; she goes down on the el stairs when the crowd pushes
            #s: mini-BESTest 19/28; 5 of 8 lean releases with one step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // WRPT "Numbers: better than last week, fewer grabs at the rail" and no number but the code and its minutes: measure missing; attendance ticked, techniques and deficit present.
        ["v5-h190-wrpt-numbers-in-words"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Harrison
            Daily note Wed — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P eyes closed, step-and-stick onto the foam, tandem walking with head turns
            Why: postural sway and a late step reaction; she misses the curb at the post office
            Numbers: better than last week, fewer grabs at the rail
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // MGTS Lima, Mariam Abdelrahman: "Outcome measure: deferred to next visit" and no number but the code and its minutes: measure missing; one-to-one, techniques and findings present.
        ["v5-h190-mgts-outcome-measure-deferred"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            Pt c/o: pt is having complaints of unsteadiness on the tyre-plant mezzanine stairs.
            CPT / mins: 97112 – 23 mins
            Mode: one-to-one.
            Treatment given: perturbations at the pelvis in tandem, foam stance eyes closed with head turns, step-and-stick onto the foam pad.
            Findings: delayed stepping reaction and ankle proprioception reduced bilaterally.
            Outcome measure: deferred to next visit.
            Kindly note pt prefers morning slot.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // QBRH Eastport, "OUTCOME MEASURE: Berg SCORE: improved" — a named test with no number and no other number but the code and its minutes: measure missing; individual, techniques and impairment present.
        ["v5-h190-qbrh-berg-score-improved"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance with head turns, stepping over the hose line on cue, perturbations at the hips in tandem
            IMPAIRMENT: postural sway and delayed stepping; the smokehouse worker stumbles on the wet wharf planks
            OUTCOME MEASURE: Berg SCORE: improved
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Halyard form, the numbers question answered in words only and no number but the code and its minutes: measure missing; "Yes", system, techniques and problem present.
        ["v5-h190-hal-numbers-in-words"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Somatosensory
            Tell me what we did (techniques, positions, cues): foam stance with eyes closed, barefoot stepping over the textured mat, rocker board with head turns
            What's the problem we're chasing?: lost feeling in both feet; she can't tell the dock ramp from the float at night
            Numbers! (scores, seconds, microvolts, grades): didn't get to them, she was steadier on the foam though
            """,
            ["G62.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BOSM Reggie Gainey (PTA) 97110 strung together with the exercises named and no dose at all, no number but the code and its minutes: measure missing; region present.
        ["v5-h190-bosm-gainey-97110-no-dose"] = new(
            """
            97110 18 min leg press + step downs off the box + split squats w the db + ham curls on the ball L quad + hamstring weakness s/p tka cant climb up into the deer stand
            """,
            ["Z96.652"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // TVPT Dayton, two SERVICE lines (97112 — 22 min, 97110 — 14 min), both matching; NMR and ther ex each named, deficits and numbers: passes.
        ["v6-h190-tvpt-two-service-lines"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97112 Neuromuscular re-education — 22 min
            SERVICE: 97110 Therapeutic exercise — 14 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: 97112 — perturbations at the pelvis in stride, step-and-stick onto the foam, tandem with head turns; 97110 — sit-to-stand from the low mat 3x10, side-stepping with the red band 3 laps, heel raises 3x15; to get him back up into the combine cab
            DEFICIT ADDRESSED: delayed protective stepping and postural sway; B hip abductor and calf weakness
            OBJECTIVE: Berg 46/56; 30-second chair stand 10
            Bo Renfrow, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 14)], []),

        // SNSS Mateo Velez's full sentences with two codes, "97112 (23 min)" and "97140 (11 min)", both matching; one-on-one; landing drills and manual work each with its problem and numbers: passes.
        ["v6-h190-snss-velez-two-codes-in-sentences"] = new(
            """
            Short North Sports & Spine — Mateo Velez, PT, DPT
            Neuromuscular re-education 97112 (23 min), one-on-one throughout: drop-landings to a stick from the 12 in box, single-leg balance on the Airex with ball perturbations, lateral bounds with a hold. She lands in valgus with late glute med firing after the ACL reconstruction; 8 of 10 landings without valgus today, single-leg stance on the Airex 24 sec. Manual therapy 97140 (11 min): patellar mobilisation superior and medial grade III, STM to the distal quad and lateral retinaculum, for the L knee flexion stiffness — flexion 126° to 133° after.
            """,
            ["S83.512D"], [PT("97112", 23), PT("97140", 11)], []),

        // ISU SPT note with two minute boxes (97112: 23, 97110: 13), both matching, "Individual"; each code's interventions, impairments and measures: passes.
        ["v6-h190-isu-two-minute-boxes"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 23
            Minutes — 97110: 13
            Treatment format (select one): Individual — one patient, the student and the CI
            Interventions (list each with parameters): 97112 — single-leg stance on the BOSU with ball perturbations, lateral hop-and-stick, star excursion reaching; 97110 — eccentric heel drops 3x15, band eversion 3x15 green, single-leg calf raises 3x12
            Impairment(s) targeted: L ankle proprioception and dynamic balance; L calf and evertor weakness after the sprain on the curling sheet
            Outcome measures (name: score): Y-balance anterior L 60 cm (R 67 cm); single-leg calf raises L 14 (R 25)
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 13)], []),

        // CCNRI table with a PT's and a PTA's row (97112 | Sam O., PT | 23; 97116 | Dana L., PTA | 15), both matching; ☒ 1:1 on the 97112; each part with its impairment and measure; handoff without a clock time: passes.
        ["v6-h190-ccn-pt-and-pta-rows"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion, Lincoln)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana after the NMR block
            CPT | Furnished by | Min
            97112 | Sam O., PT | 23
            97116 | Dana L., PTA | 15
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Sam: perturbations at the pelvis in stride, step-and-stick onto the foam leading L, rocker board M/L with eyes closed.
            Dana: gait training on the sky-bridge with the hemi-walker and over the threshold strips, cues for L heel strike.
            IMPAIRMENT TARGETED: L postural control and a late L step; L foot drag in swing after the R MCA stroke.
            OUTCOME MEASURE / SCORE: Berg 43/56; 350 ft hemi-walker CGA.
            """,
            ["I69.354"], [PT("97112", 23), PTA("97116", 15)], []),

        // KU-PTC student note with two codes in "O:" (97112 — 22 min, 97110 — 15 min), both matching; ☒ 1:1 and the CI's paragraph; each code named with its impairment and numbers: passes.
        ["v6-h190-ku-two-codes-in-o"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Carbondale)
            SPT: Luis Echeverría    CI: Glen Hoskins, PT, DPT
            Supervision: ☐ line-of-sight ☒ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: Saluki basketball usher, 70; "the arena steps come up on me."
            O: 97112 — 22 min: step-ups to the 8 in step with eyes closed at the top, foam stance with head turns, reactive steps to pushes at the pelvis.
            97110 — 15 min: sit-to-stand 3x10 with a 6 lb ball, standing hip abduction with the green band 3x12, step-downs off the 4 in step 3x10.
            Berg 47/56; 5-times sit-to-stand 13.2 s.
            A: delayed stepping reactions and sway; B hip abductor and quad weakness for the arena steps.
            I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Halyard form with "How long for each? (minutes): 97112 — 23, 97110 — 12", both matching; "Yes"; each part with its problem and numbers: passes.
        ["v6-h190-hal-how-long-for-each-two"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112, 97110
            How long for each? (minutes): 97112 — 23, 97110 — 12
            Was it just you and me the whole time? (required): Yes
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): 97112 — X1 viewing standing on foam, walking with yaw head turns, rocker board with eyes closed; 97110 — sit-to-stand 3x10, heel raises 3x15, side-lying hip abduction 2x12
            What's the problem we're chasing?: R vestibular hypofunction and sway turning her head; hip and calf weakness climbing the lighthouse stairs
            Numbers! (scores, seconds, microvolts, grades): DGI 19/24; heel raises 15 without a rest
            """,
            ["H81.21", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // PTH "97116 [ 31 ] min" on a 20-minute line: mismatch; otherwise complete (gait with the cane on the driveway and porch, problem, distance and assist).
        ["v6-h190-pth-bracket-31-on-20"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt and his wife, salting the porch steps
            97116 [ 31 ] min
            Gait with the SPC down the gravel driveway to the mailbox and back, up and down the 3 porch steps, cues for R heel strike
            Problem: R foot drop and a short R step after the stroke
            Assist/Dist: 240 ft x2 SPC SBA; porch steps with rail CGA
            Verlie Cox, PT
            """,
            ["I69.351", "M21.371"], [PT("97116", 20)], [At(Mismatch, "97116")]),

        // PSC grid row "| 97112 | Neuromuscular Re-ed | 32 | 2 |" on a 22-minute line: mismatch; otherwise complete (☒ Individual, techniques, impairment, Berg).
        ["v6-h190-psc-grid-32-on-22"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 32  | 2     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: foam stance eyes closed, lateral stepping reactions to pushes, tandem walking at the rail with head turns
            Impairment: lateral sway and a slow side step; the retired first sergeant sways in formation at the VFW
            Objective: Berg 45/56; tandem 8 s
            Pt response: tol well
            Dwight Pennebaker, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // MRH Roanoke, Harriet Okafor: heading "NEUROMUSCULAR RE-EDUCATION 97112 — 35 min" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h190-mrh-heading-35-on-23"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (JEFFERSON STREET, ROANOKE)
            DOS 12/17/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 35 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Backward stepping to a release from lean, turning in the taped box with big steps on a count, foam stance with eyes closed.
            Impairment: freezing on turns and small compensatory steps with Parkinson's disease.
            Objective: Mini-BESTest 18/28; 2 freezes in 10 turns.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // ERPT Gail Sorensen's lower case with "97112 34 min" on a 22-minute line: mismatch; otherwise complete (one on one, rocker, foam, step-ups; proprioception; Berg and SLS).
        ["v6-h190-erpt-sorensen-34-on-22"] = new(
            """
            eod thurs  97112 34 min  one on one  snowplough driver 58 yrs  rocker board ml eyes closed & foam stance w head turns & step ups to a stick on the 8 in box leading r  r ankle proprioception down after the sprain climbing out of the plough cab  berg 49/56  sls r 8 sec  g sorensen pt
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // QHPT Montpelier, Jess Pomeroy (PTA): two codes named without minutes and only "Total timed: 37 min" at the foot: separate time missing; both treatments, deficits and numbers present, seen 1:1.
        ["v6-h190-qhpt-total-timed-only"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            Codes: 97112, 97110
            Seen 1:1.
            NMR: foam stance with eyes closed, tandem along the counter with head turns, perturbations at the pelvis.
            Ther ex: step-ups onto the 8 in box 3x10, sit-to-stand holding a 10 lb kettlebell 3x8, heel raises 3x15.
            Sway and a late step since he slid on the sap-house ramp; L quad and calf weakness.
            Tandem 9 sec; SLS L 6 sec.
            Total timed: 37 min
            Jess Pomeroy, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 14)], [SepTime]),

        // WMPT matrix with the 97110's minutes left blank ("97110 —"): separate time missing; both parts with techniques, impairments and measures, one-on-one.
        ["v6-h190-wm-matrix-second-code-blank"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97110
            Minutes for each code you selected:
            97112 — 22
            97110 —
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: 97112 — foam stance at the counter with head turns, step taps to the bottom stair, reactive steps to pushes; 97110 — sit-to-stand from the kitchen chair 3x10, standing marches 3x20, heel raises 3x15
            What impairment(s) did you treat today?: postural sway and slow protective stepping; B quad and calf weakness
            Objective measures today (test name and result): TUG 13.6 sec; 30-second chair stand 9
            Who else was present? (optional): —
            Anything the office should know? (optional): —
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // CBMC Owen Brandvold (PTA), two codes each with its minutes strung together ("97112 22min … 97110 14min …"), both matching; 1to1; each with its problem and numbers: passes.
        ["v6-h190-cbmc-brandvold-two-codes-each-with-minutes"] = new(
            """
            97112 22min 1to1 w pt only her daughter in the lobby rocker board ml eyes closed & foam stance w head turns & step taps to cones r le ataxia & poor postural control after the r cerebellar stroke berg 44/56 97110 14min sit to stand 3x10 & bridges 3x12 & side steps w the red band 3 laps b hip weakness 30 sec chair stand 9 o brandvold pta
            """,
            ["I69.393", "M62.81"], [PTA("97112", 22), PTA("97110", 14)], []),

        // OCM with a clock range on each timed code's line (97110 10:15–10:31, 97140 10:31–10:42), both matching; each with its rationale, impairment and measure: passes.
        ["v6-h190-ocm-two-clock-ranges-110-140"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Perry
            DAILY NOTE — post-TPE template rev. C
            Patient: Royce Harrelson | Dana Albritton, PT | Precautions: none
            97110 Therapeutic Exercise | 10:15–10:31 am | [X] 1:1 constant attendance
            Intervention and skilled rationale: prone press-ups 3x10, bird dogs 3x10 each, bridges with a march 3x8, to restore lumbar extension and trunk endurance for the pecan harvester seat.
            Impairment addressed: lumbar extensor and gluteal weakness.
            Objective measure: prone extensor hold 42 sec (25 sec at eval).
            97140 Manual Therapy | 10:31–10:42 am | [X] 1:1 constant attendance
            Intervention and skilled rationale: central PAs L3–L5 grade III, STM to the L paraspinals.
            Impairment addressed: lumbar hypomobility and L paraspinal guarding.
            Objective measure: lumbar extension 18° (11° before).
            """,
            ["M54.50"], [PT("97110", 16), PT("97140", 11)], []),

        // BHOT Buffalo, Colleen Marchetti (PTA), two clock ranges each on its code's line (97116 09:00–09:21, 97110 09:21–09:35), both matching; gait and ther ex each with deficit and measure: passes.
        ["v6-h190-bhot-two-clock-ranges-116-110"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97116 09:00–09:21 — Colleen Marchetti, PTA
            Tx: gait training with the SPC across the storefront lot and up the plank ramp, cues for R step length
            Deficit: short R step and R hip weakness after the R THA
            Outcome: 300 ft SPC SBA; ramp x2 CGA
            97110 09:21–09:35 — Colleen Marchetti, PTA
            Tx: sidelying hip abduction 3x12, bridges 3x15, standing hip extension with the red band 3x12
            Deficit: R hip abductor and extensor weakness
            Outcome: all sets completed, SBA for standing
            """,
            ["Z96.641"], [PTA("97116", 21), PTA("97110", 14)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a one-code visit with a diagnosis: DOC_NOTE_MISSING on the 97112 and nothing else.
        ["v7-h190-empty-note-97112"] = new(
            "",
            ["I69.354"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // An empty note on a two-code visit with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h190-empty-note-two-codes-no-dx"] = new(
            "",
            [], [PT("97110", 16), PT("97140", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // A note of line breaks only on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h190-line-breaks-only-97116"] = new(
            "\n\n",
            ["R26.89"], [PTA("97116", 19)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a PTH note: counter push-ups, mini squats, heel raises and cuff marches with doses (technique and measure), B quad and shoulder weakness for lifting the roaster (deficit); "97110 [ 17 ] min" matches: passes.
        ["v7-h190-pth-97110-kitchen-counter"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Independence    Clinician: Rhonda Sizemore, PT
            Present: pt alone, her son plowing the lane
            97110 [ 17 ] min
            Tx: counter push-ups 3x10, mini squats holding the counter 3x12, heel raises 3x15, seated marches with a 2 lb cuff 3x15, shoulder press with a 2 lb can 2x10
            Problem: B quad and shoulder weakness; she can't lift the turkey roaster out of the oven or rise from the low kitchen stool
            Assist/Dist: all at the counter with SBA
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // 97530's meaning on a WHCC OT note: making the bed, hanging a wreath on the door, carrying folded towels to the closet, with counts and assist (technique and measure), L hand and standing balance after a stroke (deficit); "97530 x 20 min" matches: passes.
        ["v7-h190-whcc-tibbetts-97530-bed-and-wreath"] = new(
            """
            97530 x 20 min  A. Tibbetts OTR/L  [x] individual [ ] concurrent [ ] group  res rm 214  making the bed standing, tucking the corners w the L hand + hanging the wreath on her door hook + carrying folded towels to the closet shelf  L hand coordination + standing balance w reach after the R CVA  bed made w CGA  wreath hung 3 of 3  6 towel trips SBA
            """,
            ["I69.334"], [OT("97530", 20)], []),

        // 97140's meaning on an OCM note: GH posterior and inferior glides, STM to the pec minor (technique), R shoulder stiffness (deficit), degrees (measure); clock range 11 on the line: passes.
        ["v7-h190-ocm-97140-shoulder"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Perry
            DAILY NOTE — post-TPE template rev. C
            Patient: Odessa Tompkins | Dana Albritton, PT | Precautions: osteopenia, grade III max
            97140 Manual Therapy | 2:40–2:51 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: GH posterior and inferior glides grade III, STM to the R pec minor and upper trap, to restore reach to the top of the church-kitchen cupboards.
            Impairment addressed: R shoulder capsular stiffness after the frozen-shoulder episode.
            Objective measure: R shoulder flexion 131° (118° before), ER 38°.
            """,
            ["M75.01"], [PT("97140", 11)], []),

        // 97116's meaning on a BHOT note: gait training with the walker on the feed-store ramp and gravel, cues for step length (technique), L knee weakness and short L step (deficit), distance and assist (measure); clock range 22 on the line: passes.
        ["v7-h190-bhot-thorsby-97116-feed-store-ramp"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97116 11:00–11:22 — Wade Thorsby, PT
            Tx: gait training with the FWW across the gravel lot and up and down the feed-store loading ramp, cues for L step length and knee extension at heel strike
            Deficit: L quad weakness and a short L step after the L TKA
            Outcome: 280 ft FWW SBA on gravel; ramp x2 CGA
            """,
            ["Z96.652"], [PT("97116", 22)], []),

        // 97140's meaning on an APT PTA note: STM to the R upper trap and levator, cervical traction by hand, thoracic PAs (technique), cervical stiffness (deficit), rotation degrees (measure); "97140 / 12 min" matches: passes.
        ["v7-h190-apt-97140-neck"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97140 / 12 min
            Tx rendered: STM to the R upper trap and levator scapulae, manual cervical traction 3 bouts of 30 secs, upper thoracic PAs grade II.
            Goal addressed: cervical stiffness and R neck pain, pt cannot turn to back the log truck.
            Pt response: cervical rotation R 55° (44° before).
            Jerome Bautista, PTA
            """,
            ["M54.2"], [PTA("97140", 12)], []),

        // MGTS Midland, Chinedu Okafor: "Balance training given. Pt tolerated well. Same continued." — wholly generic, and no one-on-one statement.
        ["v7-h190-mgts-balance-training-given"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 22 mins
            Treatment given: balance training given.
            Findings: pt tolerated well.
            Outcome measure: same continued.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ERPT Hank Twomey's capitals: "97110 18 MIN THER EX AS TOLERATED CONTINUE POC." — wholly generic for the 97110.
        ["v7-h190-erpt-twomey-ther-ex-as-tolerated"] = new(
            """
            97110 18 MIN THER EX AS TOLERATED CONTINUE POC H TWOMEY PT.
            """,
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CBMC Lucia Ferreira (OTR/L), double spaces and one final period: "97530  19 min  functional tasks tolerated well  continue plan of care." — wholly generic for the 97530.
        ["v7-h190-cbmc-ferreira-functional-tasks"] = new(
            """
            97530  19 min  functional tasks tolerated well  continue plan of care.
            """,
            ["I69.331"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // HPPT Saturday coverage, Ray Dunleavy's lower case: "codes/min: 97112 23", "1:1 start to finish, wife waiting w the dog in the lobby"; step-overs, foam, pushes; sway and late step; Berg and tandem: passes.
        ["vord-h190-hp-dunleavy-one-to-one-start-to-finish"] = new(
            """
            harbor point pt — sat clinic — coverage note (silverdale)
            covering: ray dunleavy pt (per diem)  primary pt: tess nakamura
            codes/min: 97112 23
            1:1 start to finish, wife waiting w the dog in the lobby
            stepping over the 4 in hurdles on cue & foam stance eyes closed w head turns & pushes at the hips in tandem
            sway & a late step, the retired oyster shucker caught his foot on the dock cleat
            berg 46/56, tandem r in front 9 sec
            handed back to: tess mon
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HPPT Saturday coverage, Keisha Monroe (float PTA) 97110: rows, wall slides, side-lying ER with doses; L shoulder weakness; "Codes/min: 97110 16": passes.
        ["vord-h190-hp-monroe-97110-shoulder"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — SAT CLINIC — COVERAGE NOTE (Silverdale)
            Covering: Keisha Monroe, PTA (float)    Primary PT: Tess Nakamura
            Codes/min: 97110 16
            Rows with the blue band 3x12, wall slides 3x10, side-lying ER with 2 lb 3x12, prone T 2x10.
            Problem: L rotator cuff and scapular weakness after the repair; she can't lift the crab pot onto the rail.
            Shoulder flexion AROM 142°.
            Handed back to: Tess Mon.
            """,
            ["M75.102", "Z98.890"], [PTA("97110", 16)], []),

        // WMDC Forest, Tovah Lerner (PTA) 97116: long-hall gait with big steps, turns at the doorway, around cones; festination and short steps; 10MWT and distance; "97116 — 22 min": passes.
        ["vord-h190-wmdc-lerner-97116-hallway"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (FOREST)
            Pt: Otis Bramlett · Med state: ON · Tovah Lerner, PTA
            Wife says: "He shuffles worst in the church parking lot."
            97116 — 22 min
            Gait training down the long hall with cued big steps and arm swing, wide turns at the doorway, weaving 5 cones without a stop.
            Deficit: short shuffling steps and festination with Parkinson's disease.
            Measures: 10MWT 0.91 m/s; 450 ft SBA without a freeze.
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // WMDC Benedikt Varga (OTR/L) 97530: tying the apron, stirring the fudge pot, wrapping gifts with big movements; bradykinesia of both hands; counts and time: passes.
        ["vord-h190-wmdc-varga-97530-fudge-and-gifts"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Myrtle Caudle · Med state: ON · Benedikt Varga, OTR/L
            Pt says: "My hands won't keep up with the fudge."
            97530 — 19 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Tying an apron behind her back, stirring a weighted pot at the stove mock-up with big strokes, wrapping two gift boxes with tape and ribbon.
            Deficit: bradykinesia and reduced amplitude of both hands with Parkinson's disease.
            Measures: apron tied in 22 sec (40 sec last week); 2 boxes wrapped, SBA in standing.
            """,
            ["G20.A1"], [OT("97530", 19)], []),

        // WMDC Isaac Brandt, PWR! Moves in standing with a dual-task count, backward steps to a nudge; axial rigidity and turning hesitation; TUG and turn steps; "☒ Individual"; 22 min: passes.
        ["vord-h190-wmdc-brandt-pwr-moves-dual-task"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Leland Fitch · Med state: ON · Isaac Brandt, PT, DPT
            Pt says: "I lock up turning to the hymn board."
            97112 — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves in standing (PWR! Up, Rock and Twist) counting backward by threes, backward steps to a nudge, 180° turns with big steps on a beat.
            Deficit: axial rigidity, turning hesitation and small steps with Parkinson's disease.
            Measures: TUG 12.7 sec; 180° turn R 6 steps, L 8 steps.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // SWH Narragansett, Marisol Vega (PTA) 97110: dead bugs, bird dogs, bridges with a ball squeeze, side planks with doses; deep core and hip weakness postpartum; 15 min: passes.
        ["vord-h190-swh-vega-97110-core"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Narragansett
            Visit note · Marisol Vega, PTA · 12/17/2026
            She reports: “Carrying the baby and the groceries up the stairs is where I feel it.”
            Therapeutic exercise 97110 (15 min) — dead bugs 3x10, bird dogs 3x10 each, bridges with a ball squeeze 3x12, side planks from the knees 3x15 s each side.
            Impairment: deep core and hip abductor weakness 6 months postpartum; diastasis 1.5 finger-widths.
            """,
            ["O90.89", "M62.81"], [PTA("97110", 15)], []),

        // SWH Hana Okafor (OTR/L) 97530: lifting the laundry basket with an exhale and brace, carrying the car seat, loading the dishwasher in a squat; leakage with lifting; counts: passes.
        ["vord-h190-swh-okafor-97530-laundry-and-car-seat"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Hana Okafor, OTR/L · 12/17/2026
            She reports: “I leak hauling the laundry basket up from the basement.”
            Therapeutic activities 97530 (18 min) — lifting the laundry basket from the floor with an exhale and brace 8x, carrying the car seat 40 ft 3x, loading the dishwasher from a squat 10 items.
            Impairment: stress leakage and breath-holding with lifting; poor bracing for household loads.
            """,
            ["N39.3"], [OT("97530", 18)], []),

        // MLMPT Wade Pettijohn's single closing period, 97110 with doses and region: passes.
        ["vord-h190-mlmpt-pettijohn-97110-porch"] = new(
            """
            97110 16 min step ups on the back porch step 3x10 sit to stand from the kitchen chair 3x10 heel raises at the sink 3x15 standing hip abduction at the counter 2x12 l quad and hip weakness he cant climb up to the grain bin ladder w pettijohn pt.
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // WRPT Harrison, Lorraine Meacham: "Attendance: [X] 1:1"; perturbations, foam with head turns, step-and-stick; sway and a late step; Berg and TUG; "Svc: 97112 NMR — 23 min": passes.
        ["vord-h190-wrpt-meacham-perturbations"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Harrison
            Daily note 12/14/2026 — Lorraine Meacham, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: perturbations at the pelvis in tandem, foam stance with head turns, step-and-stick over the 6 in hurdle
            Why: postural sway and a late step reaction; he went down in the sale-barn alley
            Numbers: Berg 47/56; TUG 10.9 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WRPT Green Forest 97110 complete but sent with no diagnosis: diagnosis missing only.
        ["vord-h190-wrpt-97110-complete-no-dx"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/18/2026 — Kacey Ormsby, PTA
            Svc: 97110 TherEx — 15 min
            What we did: sit-to-stand from the low chair 3x10, step-ups on the 6 in box 3x10, heel raises 3x15, clamshells with the red band 3x12
            Why: B hip and calf weakness; she can't get up from the church pew without pulling
            Numbers: 30-second chair stand 9
            """,
            [], [PTA("97110", 15)], [Dx]),

        // PCPT Thibodaux, Jules Guidry (PTA): "[X] one-on-one — just me n her, cher"; rocker, foam beam, step-and-stick; ankle proprioception; SLS and perturbation count; 22 min: passes.
        ["vord-h190-pcpt-guidry-pirogue-dock"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/17/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: perturbations on the rocker board, tandem on the foam beam with head turns, step-and-stick off the 6 in step leading L
            For: L ankle proprioception and a slow step reaction; she wobbles stepping from the dock into the pirogue
            Numbers: SLS L 8 sec; 7 of 10 perturbations without a step
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // RSP 97112, "97112 NMR 14.00–14.23 (23') · 1:1"; wobble board, hop-and-stick, perturbations; knee and ankle proprioception; SLS and hops: passes.
        ["vord-h190-rsp-nmr-clock-range"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Aaltonen, PT · 18.12.2026 · ferry ticket agent, 39 y
            97112 NMR 14.00–14.23 (23') · 1:1
            Tx: single-leg stance on the wobble board with head turns, hop-and-stick onto the foam, perturbations in single-leg stance.
            Problem: L ankle proprioception after the sprain on the icy terminal ramp.
            Measures: SLS L eyes closed 9 s; hop-and-stick 7/10.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BOSM Dwayne Pressley's double slashes, one code: "97112 // 23 min // one on one"; airex, bosu, hops; ankle proprioception; SLS and hops: passes.
        ["vord-h190-bosm-pressley-97112-slashes"] = new(
            """
            97112 // 23 min // one on one // sls on the airex w ball toss + bosu perturbations + lateral hops to stick // R ankle proprioception poor after the sprain on the levee road, rice farmer 54 // sls R 10 sec, 8/10 hops stuck // D. Pressley PT OCS
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // BOSM Reggie Gainey (PTA) strung-together 97112: "1 on 1 w reggie whole block", wobble board, foam perts, step to stick; knee proprioception; SLS: passes.
        ["vord-h190-bosm-gainey-97112-whole-block"] = new(
            """
            97112 22 min 1 on 1 w reggie whole block wobble board ap ml + perts on foam eyes closed + step to stick on the airex R knee + ankle proprio poor s/p acl recon cant trust it on the shop floor sls R 9s L 21s
            """,
            ["S83.511D"], [PTA("97112", 22)], []),

        // TVPT Dayton, Bo Renfrow (PTA) 97116: gait with the SPC on gravel, curb and ramp; L hip weakness and antalgic gait; distance and assist; 21 min: passes.
        ["vord-h190-tvpt-renfrow-97116-grange-ramp"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97116 Gait training — 21 min
            WHAT I DID AND WHY: gait training with the SPC across the gravel lot, up and down the curb and the Grange-hall ramp, cues for equal stance time, to get him back to the Saturday breakfast
            DEFICIT ADDRESSED: R hip weakness and antalgic gait after the R THA
            OBJECTIVE: 320 ft SPC mod I level; curb and ramp SBA
            Bo Renfrow, PTA
            """,
            ["Z96.641"], [PTA("97116", 21)], []),

        // QBRH 97110 complete but sent with no diagnosis: diagnosis missing only.
        ["vord-h190-qbrh-97110-complete-no-dx"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97110 THERAPEUTIC EXERCISE — 16 MIN
            INTERVENTIONS: leg press 50 lb 3x10, step-ups onto the 6 in step 3x10, bridges 3x12
            IMPAIRMENT: L quad and glute weakness after the L TKA; he can't step down into the skiff
            OUTCOME MEASURE: 5xSTS SCORE: 15.1 sec
            Darla Pike, PTA
            """,
            [], [PTA("97110", 16)], [Dx]),

        // HLG Fern Ocampo (OTR/L) 97530: setting the table, carrying plates, reaching to the china cabinet; R hand weakness and standing balance; counts and assist; "WHAT WE DID: 97530 · 20 min": passes.
        ["vord-h190-hlg-ocampo-97530-christmas-table"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne
            Rutledge, Alma · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "I want to set my own Christmas table." (quoted as said)
            WHAT WE DID: 97530 · 20 min
            Setting the table for six standing, carrying two plates at a time from the counter, reaching to the top of the china cabinet for the gravy boat.
            WHY: R grip weakness and standing balance with reach after the R wrist fracture.
            MEASURED: 6 places set with SBA; 3 reaches to the top shelf with CGA; grip R 28 lb.
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // PVH Wayne, Fatima Bello (OTR/L) 97530: transfers in and out of the car mock-up, loading the walker into the trunk, reaching for the seatbelt; Lt UE weakness and trunk control; counts and assist: passes.
        ["vord-h190-pvh-bello-97530-car-transfers"] = new(
            """
            PVH NEURO GYM — OT TREATMENT NOTE (Wayne)
            THERAPEUTIC ACTIVITIES (97530): 21 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: car transfers in and out of the car mock-up, folding the walker and lifting it into the trunk, reaching across for the seatbelt with the Lt UE.
            IMPAIRMENT ADDRESSED: Lt UE weakness and trunk control after Rt MCA stroke; he wants to ride to the parish-hall dinner.
            OBJECTIVE: 4 car transfers with CGA; walker into the trunk 2 of 3 with min A; seatbelt reached 5 of 5.
            Fatima Bello, OTR/L
            """,
            ["I69.354"], [OT("97530", 21)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
