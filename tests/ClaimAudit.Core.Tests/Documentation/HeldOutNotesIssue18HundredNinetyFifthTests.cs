using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format, for these clinics' templates, and to write patients, sentences and numbers they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer. Written 2026-12-07 (blind), the set is the next week, Monday 12/21 to Thursday 12/24/2026 — the
/// holiday week: visits moved up from Christmas Day, squeezed in before a drive to a daughter's or a ferry, cut short
/// for a ride that came early, a Christmas Eve half-day, a double-booked vestibular room and a short-staffed balance
/// group — of the clinics of the hundred-and-ninetieth to hundred-and-ninety-fourth sets, each clinic in its own
/// template, voice and vocabulary as those files show them and none with more than four notes: no new styles, new
/// patients and new wording inside the same templates. About two thirds are ordinary and complete (73 of 110), single-
/// and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and students under their instructors, from:
/// <list type="number">
/// <item>the next-week clinics of the hundred-and-ninetieth set: Mercy Ridge Hospital (MRH: "NEUROMUSCULAR
/// RE-EDUCATION 97112 — 23 min", "Delivery: [X] Individual …"), Quarry Hill PT (QHPT: "97112 — 22 min. Seen 1:1"),
/// Bighorn Home &amp; Outpatient Therapy (BHOT: a clock range on the code's line), Chelan Basin Medical Center (CBMC:
/// Priya Raman's slashes, Lucia Ferreira's double spaces), Encampment River PT (ERPT: Gail Sorensen's lower-case "eod"
/// notes, Hank Twomey's capitals), Bootheel Orthopaedic &amp; Sports Medicine (BOSM: Dwayne Pressley's double slashes,
/// Kimberly Askins' pipes, Reggie Gainey's strung-together loads), Wapello Heights Care Center (WHCC), Hollyhock Lane
/// Geriatric PT (HLG), Wintergreen Movement Disorders Center (WMDC), Petit Caillou PT (PCPT: the "Bayou Balance"
/// levels), Rosario Strait Physiotherapy (RSP: "22.12.2026", "(17')", kilograms), Short North Sports &amp; Spine (SNSS:
/// Mateo Velez's full sentences), Lakeshore Motion PT (LMPT), Porchlight Therapy at Home (PTH: "97116 [ 19 ] min"),
/// Touchet Valley PT (TVPT), Saltmeadow Women's Health &amp; Balance PT (SWH), Ocmulgee River PT (OCM: a clock range on
/// each timed code's line), Quoddy Bay Regional Hospital (QBRH), Middle Loup Mobile PT (MLMPT: Carla Hindman's "pt n
/// me"), White River PT &amp; Balance (WRPT), Wayfarer Mobile PT (WMPT), Ironwood State University's SPT Daily Note
/// (ISU-SMPT: "Minutes — 97112:" boxes), Halyard Pelvic &amp; Vestibular PT (the after-visit form), Sappa Creek Community
/// Hospital (SCCH: the form R-31 rows), North Country Neuro PT (NCNPT), Pennyroyal Senior Care (PSC: form B-7), Cedar
/// Crest Health Neuro Rehabilitation Institute (CCNRI), Kaskaskia University's PT Faculty Clinic (KU-PTC), Harbor Point
/// PT (HPPT: Tess Nakamura's weekday notes), Meridian Global Therapy Staffing (MGTS: "CPT / mins:", "Kindly note"),
/// Passaic Valley Health (PVH) and Altamaha PT (APT: "CPT/Time", "Goal addressed");</item>
/// <item>the forty clinics of the hundred-and-ninety-first set, of which these had notes this week: Walnut Valley
/// Regional Hospital (WVRH: the SOAP "O: 97112 … provided one-on-one …"), St. Adalbert Medical Center (Toledo: "Timed
/// services:"), Oriskany Valley Health (OVH: "97112 NEUROMUSCULAR RE-EDUCATION .... 22 MIN", "SERVICE DELIVERY: [X] 1:1
/// [ ] GROUP"), Wallowa Memorial (WMH), Tensas Basin Hospital (TBH), Pecos Valley Community Hospital (PVCH: apostrophe
/// minutes), Ontonagon Rural Health (ORH), Cherry County Medical Center (CCMC), Washakie County Memorial (WCM: the
/// tick-box record), Sycamore Shoals Health &amp; Rehabilitation (SSHR: "Mode: ☑ Individual …"), Green Lake Terrace
/// (GLT), Silver Lake Manor (SLM), Horicon Marsh Home Therapy (HMHT: "Individual treatment? ■ Yes □ No"), Sweetgrass
/// Home Therapy (SGHT), Mobile Bay Home Rehab (MBHR), Stephens County Home Health (SCHH), Pinecrest State University
/// (PSU), Cumberland Gap University (CGU), Yakima Ridge Veterans Community Care (YRVC: military clock ranges),
/// MotionWorks PT (MWPT: "Billing Summary:"), StrideWell PT (SWPT: "Session type:"), Gateway Arch PT (GAPT), Evergreen
/// Pointe Rehab (EPR: "97140 — 11 min:" blocks), Bristlecone PT &amp; Performance (BPP: Marisol Etcheverry's
/// paragraph), Red Cedar Orthopedic Rehab (RCOR), Indian Hill Spine &amp; Sport (IHSS), Copper Basin Rehab (CBR:
/// "Code/min: 97112/22 · 1:1"), Mesa Verde Neuro Rehab (MVNR), Annisquam PT (AQPT), Flatirons Vestibular &amp; Balance
/// (FVB), Paradise Ridge PT (PRPT), Lafayette River Neuro Balance Clinic (LRNB: "Yes ☐ No ☐"), Coosaw Neuro Recovery
/// (CNR), Shikellamy Riverside PT (SHPT), Norfork Lake Therapy (NLT), Great Dismal PT (GDPT), Aloha Kai PT (AKPT) and
/// Northern Plains Sports Medicine (NPSM: "Individual (1 PT : 1 athlete)");</item>
/// <item>the dictating clinics of the hundred-and-ninety-second set: Ozaukee Neuro &amp; Balance (ONB: spoken "period"
/// and "comma", Renata Vujic and Tom Ebersole), Osage Bend PT (OBPT: "tr: KD"), Absaroka Foothills Home Therapy (AFHT:
/// Jodie Ringling in the truck), Little Sioux Regional Hospital (LSRH: "PROCEDURE colon"), Cumberland Gap Therapy
/// Associates (CGTA), Pelican Rapids OT &amp; Hand (PROT), Hatchie River Rehab (HRR: "Time colon", "Deficit colon") and
/// Blue Mesa Sports PT (BMSPT: "Impairment targeted:");</item>
/// <item>the SmartText departments of the hundred-and-ninety-third set: Kettle Moraine Medical Center (KMMC:
/// "{Yes/No:1234} Yes", "Time calculation:", the "Steady Steps" levels), Owyhee Valley Orthopaedic Group (OVOG: the
/// "Return-to-Sport Pathway" phases), St. Ansgar Medical Center ("{Delivery:3310}"), Tidewater Regional Health (TRH),
/// Sandhill Crane Medical Group (SCMG: the "Timed Procedures" grid), Cumberland Gap Regional Hospital (CGRH: "1:1: ☒",
/// "Start Time / Stop Time"), Grand Lake Health System (GLHS: "Timed minutes 97112:", "Was pt treated 1:1 for all billed
/// minutes?:") and Iron Range Medical Center (IRMC: "Constant attendance:").</item>
/// </list>
/// This week's people: a daughter home from Albuquerque, a son waiting in the pickup, a brother up from Dayton, a
/// Veteran's brother from Spokane, grandkids in the yard, a wife wrapping presents, a wife making gumbo, a wife at the
/// church bazaar, a daughter-in-law baking and a granddaughter interpreting (none of them a patient; the resident at the
/// rail, the holiday balance group, the 0900 knee patient at the next plinth, the 10:30 patient in the vestibular room and
/// the holiday balance class are); a retired tortilla baker, a retired school cook, a scalloper, a hostess of Christmas
/// dinner, a toddler's mother and a man who has to carry the tree up the condo stairs.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "___", "____", "(skipped)",
/// "per POC", "same as last visit", an unspoken "Deficit colon" and an unanswered "□ Yes □ No" state nothing, a ticked
/// box states what it names, a box struck as entered in error (said in words, with the box that stands) is withdrawn, a
/// spoken "period" is punctuation, a lower-case run-on note says what it would in capitals, a programme's name, phase or
/// level is not a technique, a named test with no number is not a measure, a holiday reschedule or early departure
/// said in words changes nothing a reviewer checks, and a student's note co-signed by the instructor is read as the
/// visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h195-…): one-on-one in these writers' own words (MGTS "Mode: one-to-one" with a daughter home for
/// Christmas, CCMC "1:1, his son waited in the pickup", a dictated "just her and me in the gym the whole time", Velez's
/// "one-on-one; her brother … watched", a YRVC clock range "one-on-one with the Veteran the whole time", HPPT "1:1
/// throughout; short day", BPP's "one-on-one, before the snow shut the pass"), notes that negate it (a WHCC concurrent
/// tick with a second resident at the rail, an MVNR holiday-week group of three, a GLHS "N - … treated alongside the
/// 0900 knee pt") or never state it (Sorensen's last visit before Casper, a scalloper at AQPT), and an SLM OT's 97530 at
/// the card table with two other residents, which has no one-on-one check;</item>
/// <item>class 2 (v2-h195-…): checkbox states (OVH "SERVICE DELIVERY: [ ] 1:1 [ ] GROUP" blank and "[X] 1:1" ticked, PSC
/// "☒ Individual" and "☒ Concurrent", HMHT "□ Yes □ No" blank and "■ Yes □ No" ticked, LRNB "Yes ☐ No ☒", WCM "[✓]
/// group", SSHR "Individual — struck, entered in error" beside a ticked Concurrent and "Concurrent — struck" beside a
/// ticked Individual, CGRH "1:1: ☒", NCNPT "[X] 1:1", St. Ansgar "{Delivery:3310} Individual (one-on-one)") and a
/// CCNRI "OUTCOME MEASURE / SCORE: ____";</item>
/// <item>class 3 (v3-h195-…): named techniques and methods (PNF combination of isotonics with stabilizing reversals,
/// strain-counterstrain, McKenzie repeated extension, rhythmic auditory stimulation for 97116, real-time ultrasound
/// biofeedback for transversus and multifidus motor control, VOR cancellation with smooth pursuit, the McGill big three,
/// treadmill perturbation training) and a programme's level or phase as the only technique ("Bayou Balance level 7",
/// "Steady Steps Level 4", "Return-to-Sport Pathway Phase 3, week 1");</item>
/// <item>class 4 (v4-h195-…): deficits stated as findings (absent vibration and great-toe position sense, a knee that
/// buckles stepping off the porch, a foot that slaps the linoleum, he can't feel the floor in the dark, she tips
/// backward reaching for the star, a hip that drops on landing) and notes that state none (an LMPT "Why: per POC", a
/// WMPT "same as last visit", an HRR "Deficit colon" with nothing spoken after it, a Halyard "(skipped)");</item>
/// <item>class 5 (v5-h195-…): measures in every usual form (Berg and TUG in a run-on line, the Four Square Step Test,
/// assist levels and counts for 97530, distance and assistance for 97116, kilograms for 97110, an FGA spoken in words,
/// a Y-balance composite) and notes with none (a PVH "OBJECTIVE: deferred — short visit", a QBRH "BERG SCORE: not
/// done", an ISU "will retest after winter break", an MWPT 97116 with no distance or assistance);</item>
/// <item>class 6 (v6-h195-…): minutes in these templates' forms (two OCM clock ranges, two ISU minute boxes, a Halyard
/// "How long for each?" with two, a Raman run-on with two, a KU "O:" with two, an MWPT "Billing Summary" with two, an
/// HRR "Time colon", a dictated "twenty two minutes of … and twelve minutes of …", two IRMC headings) and true
/// mismatches (a PTH "97116 [ 29 ] min" on 18, a KMMC "Time calculation" of 34 on 22, an EPR "97140 — 21 min" on 10)
/// and truly missing separate time (a WRPT "Total timed treatment: 36 min" on its own line for two codes, a GLHS
/// "Timed minutes 97110: ___");</item>
/// <item>class 7 (v7-h195-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (WVRH), 97530 (a GLT OT's gift wrapping), 97140 (NLT) and 97116 (TBH),
/// and wholly generic notes (Twomey, Ferreira, a SWPT "Balance activities performed", an MGTS "Manual therapy given
/// as per plan");</item>
/// <item>ordinary (vord-h195-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — the holiday week's dates, clock times of the patients
/// sharing a block, ages, step and box heights in inches, loads in pounds and kilograms, distances, degrees, counts of
/// cards, ornaments, gifts and pushes — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code, in its heading, in a grid's row, in a minute box or as a
/// clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the one
/// that gives two codes only a total; notes failed for want of a measure carry no number but their code, its minutes
/// and numbers that are plainly something else. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number; for the
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
/// This set also leaves out what a holiday week could honestly leave in doubt: a visit cut short with both the planned
/// and the delivered minutes written ("planned 30, left at 20"), a make-up visit documented in the same note as the
/// day's visit (two dates of service), a family member who ran the drills or gave the perturbations under the
/// therapist's direction (observer or participant?), a holiday party or group class the patient joined before or after
/// the billed minutes, a rescheduled visit's original clock time written on the code's line, a covering therapist's
/// note that says only "per the regular PT's plan" for the technique, a "min A" assistance level beside a number, a
/// date written with slashes inside a slash-separated run-on note, and a published programme's name (Otago, LSVT BIG,
/// PWR!) with none of its exercises named.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 110 of 110 cases agree (108 needed), and none of the 73 notes the reviewer passes got a finding, on the analyzer of a5f5adb (the 2026-12-07 twenty-sixth session, after the last sessions' skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyFifthTests(ITestOutputHelper output)
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

        // MGTS "Mode: one-to-one; daughter home from Albuquerque for Christmas sat in the corner" (family, not a patient); rocker board, stepping strategy, tandem on foam with head turns; delayed stepping and sway; Berg and TUG; "97112 – 23 mins" matches: passes.
        ["v1-h195-mgts-one-to-one-daughter-home-for-christmas"] = new(
            """
            MGTS DAILY TREATMENT RECORD — El Paso contract clinic
            Therapist: Adebayo Ogunleye, PT
            Pt c/o: retired tortilla-factory baker, "the kitchen floor tilts when I turn to the oven."
            CPT / mins: 97112 – 23 mins
            Mode: one-to-one; daughter home from Albuquerque for Christmas sat in the corner.
            Treatment given: rocker board A/P and M/L with eyes closed, stepping strategy to pushes at the pelvis, tandem walking on foam with horizontal head turns.
            Findings: delayed stepping reaction and increased sway with vision removed.
            Outcome measure: Berg 46/56; TUG 12.1 secs.
            Kindly note visit brought forward from the 25th as clinic is closed.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WHCC "[ ] individual [x] concurrent" with a second resident doing sit-to-stands at the rail in the same block: one-on-one missing only.
        ["v1-h195-whcc-concurrent-second-resident-at-rail"] = new(
            """
            97112 x 23 min  T. Okonkwo PTA  [ ] individual [x] concurrent [ ] group  res rm 7
            2nd resident (rm 31) doing sit-to-stands at the rail in the same block, holiday staffing.
            Tx: side-stepping along the foam strip at the rail, reaching for ornaments placed outside her base, reactive steps to light pushes at the hips.
            Delayed protective stepping to the L and poor postural control in standing.
            Berg 35/56. Reached 6 of 8 ornaments without a hand on the rail.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CCMC "1:1, his son waited in the pickup", moved up from Christmas Day; perturbations, foam eyes closed, stepping over twine; ankle proprioception; Berg and tandem; "97112 22 min" matches: passes.
        ["v1-h195-ccmc-son-waited-in-pickup"] = new(
            """
            Cherry County Medical Center — PT
            Mon — moved up from Friday, clinic closed Christmas Day
            97112 22 min — 1:1, his son waited in the pickup
            Did: perturbations at the hips in tandem stance, foam stance with eyes closed and head turns, stepping over the baling twine laid across the mat.
            Why: reduced proprioception both ankles; sways with vision off.
            Numbers: Berg 47/56; tandem 12 sec.
            Linnea Sjoberg, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CGTA Caudill dictated "it was just her and me in the gym the whole time, everybody else cancelled for the snow"; foam with head turns, stepping strategy, tandem; ankle proprioception; Berg and tandem in words; 22 min: passes.
        ["v1-h195-cgta-just-her-and-me-snow-cancellations"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty two minutes, and it was just her and me in the gym the whole time, everybody else cancelled for the snow. Foam stance with her eyes closed and head turns, stepping strategy drills to pushes from behind, then tandem walking along the parallel bars. She has a late stepping reaction and poor proprioception in both ankles from the neuropathy, she slid on the church steps Sunday. Berg forty six out of fifty six, tandem stance nine seconds.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // MVNR "seen in the holiday-week balance group with two other patients … I moved among the three of them": not one-on-one; technique, deficit and measures present.
        ["v1-h195-mvnr-holiday-week-group-of-three"] = new(
            """
            MESA VERDE NEURO REHAB — CORTEZ, CO
            Daily Treatment Note · 12/22/2026 · Kai Yellowman, PT
            97112 (23 min): seen in the holiday-week balance group with two other patients while we ran short-staffed; I moved among the three of them.
            Stations: step-ups onto the foam block with a pause, tandem walking along the wall line, reactive stepping to a release from lean.
            Deficit: poor postural control and a late stepping reaction after the cerebellar stroke.
            Measure: Berg 43/56; SARA 10.
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ERPT Gail Sorensen's lower-case "eod" note, last visit before Casper, never states one-on-one: rocker, tandem on foam, step and stick; ankle proprioception; Berg and tandem; 22 min — one-on-one missing only.
        ["v1-h195-erpt-sorensen-before-casper-unstated"] = new(
            """
            eod mon  97112 22 min  retired school cook 71 yrs  in early, last visit before she drives to her sister's in casper  rocker board ap eyes closed & tandem on the foam beam w head turns & step and stick onto the airex  l ankle proprioception down & late ankle strategy since the fall on the ice at the post office  berg 45/56  tandem 8 sec  g sorensen pt
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SNSS Mateo Velez, "one-on-one; her brother drove her in from Dayton and watched from the bench"; Airex with band perturbations, hop-and-stick, deceleration; L knee valgus and proprioception; Y-balance and hops; 23 min: passes.
        ["v1-h195-snss-velez-brother-from-dayton"] = new(
            """
            Short North Sports & Spine — Mateo Velez, PT, DPT
            97112 (23 min), one-on-one; her brother drove her in from Dayton and watched from the bench. We did single-leg stance on the Airex with band perturbations at the hip, lateral hop-and-stick, and deceleration to a stop on a called direction. Her left knee still caves into valgus on landing and her proprioception on that side lags the right. Y-balance anterior L 60 cm against 67 cm on the R; 6 of 10 hops stuck without valgus.
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // GLHS "Was pt treated 1:1 for all billed minutes?: N - holiday schedule, treated alongside the 0900 knee pt at the next plinth": not one-on-one; all else present.
        ["v1-h195-glhs-n-alongside-knee-pt"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: N - holiday schedule, treated alongside the 0900 knee pt at the next plinth
            Neuromuscular re-ed performed: rhythmic stabilization in tall kneeling, tandem stance on foam with a ball toss, stepping over a 6 in hurdle to a stop.
            Impairment addressed: poor trunk postural control and delayed balance reactions.
            Objective: Berg 46/56; TUG 12.3 sec.
            Therapist: Renata Fledderjohn, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SLM OT 97530 "at the activity table with two other residents" — 97530 has no one-on-one check; cards, ornaments, carrying the basket with counts and assist; standing tolerance and R hand coordination: passes.
        ["v1-h195-slm-ot-97530-card-table-two-residents"] = new(
            """
            SILVER LAKE MANOR — MEDICARE PART B THERAPY (CORTLAND, NY)
            OT Daily Note · 12/22/2026 · Marguerite Oduya, OTR/L
            97530 Therapeutic Activities — 21 minutes — at the activity table with two other residents
            Activities: standing at the table to address and stamp 12 Christmas cards, reaching up the day-room tree to hang 6 ornaments, carrying the card basket 30 ft to the mailbox.
            Deficit: standing tolerance and R hand coordination after the stroke; she wants to send her own cards.
            Measure: stood through all 12 cards with CGA; 6 of 6 ornaments hung with SBA; basket carried with SBA.
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // YRVC "97112 NMR 0930–0952, one-on-one with the Veteran the whole time; his brother from Spokane sat in" (22 matches); step-and-stick, half-kneel stabilisation, stair descent with perturbations; L knee proprioception; Berg and SLS: passes.
        ["v1-h195-yrvc-brother-from-spokane"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "I grab the rail on the grandstand steps at the kids' Christmas program."
            97112 NMR 0930–0952, one-on-one with the Veteran the whole time; his brother from Spokane sat in.
            Skilled tx: step-and-stick onto foam, rhythmic stabilization in half kneel, stair descent with perturbations at the pelvis.
            Finding: late eccentric quad control and poor L knee proprioception after the TKA.
            Numbers: Berg 48/56; SLS L 7 sec.
            S. Nakashima, PT
            """,
            ["Z96.652"], [PT("97112", 22)], []),

        // AQPT Colm Doherty, a scalloper fitting in before the boat goes out, never states one-on-one: rocker, Airex catches, reactive stepping; ankle proprioception; SLS and Berg — one-on-one missing only.
        ["v1-h195-aqpt-scalloper-unstated"] = new(
            """
            Annisquam PT — Gloucester
            12/23/2026 — Colm Doherty, PT
            97112 — 22 min
            Scalloper, 63, fitting us in before the boat goes out after Christmas. Rocker board M/L with eyes closed, single-leg stance on the Airex with ball catches, reactive stepping to pushes at the shoulders.
            Impairment: R ankle proprioception and a late stepping strategy since the sprain on the wet dock.
            SLS R on foam 6 sec; Berg 49/56.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HPPT Tess Nakamura, "1:1 throughout; short day, she catches the noon boat"; step-and-stick, rocker, release from lean; posterior sway; Mini-BESTest and counts; 22 min: passes.
        ["v1-h195-hppt-nakamura-noon-boat"] = new(
            """
            Harbor Point Physical Therapy — Bremerton
            Tess Nakamura, PT — Wed 12/23/2026
            97112 — 22 min, 1:1 throughout; short day, she catches the noon boat to her son's in Seattle.
            Step-and-stick onto the foam leading R, rocker board A/P with eyes closed, reactive stepping to release from lean backward.
            Problem: posterior sway and a late backward step; she sits down hard when she misjudges the ferry ramp.
            Mini-BESTest 19/28; 5 of 8 backward releases recovered in one step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BPP narrative, "(97112), 24 minutes, one-on-one, before the snow shut the pass"; Airex perturbations, step-and-stick, dual-task tandem; late hip and ankle reactions; Berg and dual-task TUG: passes.
        ["v1-h195-bpp-narrative-before-the-pass-closed"] = new(
            """
            Marisol Etcheverry, PT — Bristlecone PT & Performance, Ely NV — 12/21/2026

            Ruth came in early for neuromuscular re-education (97112), 24 minutes, one-on-one, before the snow shut the pass. We did perturbations at the pelvis standing on the Airex, step-and-stick off the 4 in box to the left, and tandem walking while she counted backward by threes. Her left hip and ankle reactions are still late and she loses her balance turning to the left in the dark. Berg 47/56 today; TUG with the counting task 13.4 sec.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // OVH "SERVICE DELIVERY: [X] 1:1 [ ] GROUP"; PNF D2 with rhythmic stabilisation, weight shifts on foam, step-ups; R hemiparesis with poor motor recruitment; Berg and 10MWT; ".... 22 MIN" matches: passes.
        ["v2-h195-ovh-one-to-one-ticked"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/21/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 22 MIN
            SERVICE DELIVERY: [X] 1:1   [ ] GROUP
            INTERVENTIONS: PNF D2 flexion patterns of the R arm in standing with rhythmic stabilization at the trunk, weight shifting onto the R leg on foam, step-ups to a 4 in step leading R.
            TARGETED DEFICIT: R hemiparesis with poor motor recruitment at the R hip and trunk.
            OBJECTIVE: Berg 41/56; 10MWT 0.78 m/s.
            D. Kowalczyk, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // OVH "SERVICE DELIVERY: [ ] 1:1 [ ] GROUP" with nothing ticked and nothing else saying one-on-one: one-on-one missing only.
        ["v2-h195-ovh-delivery-row-blank"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/22/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 23 MIN
            SERVICE DELIVERY: [ ] 1:1   [ ] GROUP
            INTERVENTIONS: sensory reweighting on foam with eyes closed, rocker board A/P, tandem walking carrying a cup of water.
            TARGETED DEFICIT: somatosensory loss both feet with over-reliance on vision.
            OBJECTIVE: mCTSIB condition 4 9 sec; Berg 44/56.
            J. Mancuso, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSC form B-7 "Delivery: ☒ Individual", grid row 97112 22; backward walking with a tug at the belt, foam reach to the wreath hook, stepping over the cane; posterior loss of balance; Berg and reach: passes.
        ["v2-h195-psc-individual-ticked-wreath-hook"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            Skilled intervention: backward walking with a light tug at the gait belt, foam stance reaching up to the wreath hook, lateral stepping over the cane
            Impairment: posterior loss of balance and a late backward step
            Objective: Berg 40/56; functional reach 9 in
            Pt response: wants to hang her own door wreath before Christmas
            Shawna Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PSC form B-7 "Delivery: ☐ Individual ☒ Concurrent": not one-on-one; technique, impairment and measures present.
        ["v2-h195-psc-concurrent-ticked"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☒ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            | 97116 | Gait Training         |     |       |
            Skilled intervention: half-kneel rhythmic stabilization, step-and-stick onto foam leading L, tandem along the hall rail with head turns
            Impairment: L weight acceptance and trunk postural control after the R CVA
            Objective: Berg 38/56; step-and-stick 5 of 10
            Pt response: asked about the Christmas Eve hours
            Dwight Pennebaker, PT
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HMHT "Individual treatment?  □ Yes  □ No" with neither box filled and nothing else saying one-on-one: one-on-one missing only.
        ["v2-h195-hmht-individual-question-unanswered"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/21/2026 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97112 / 22
            Individual treatment?  □ Yes  □ No
            Caregiver present: daughter-in-law, baking in the kitchen
            Interventions: stepping reactions to pushes at the hips in the living room, foam stance at the counter with eyes closed, tandem walking down the hall past the tree.
            Impairment / goal: delayed stepping reactions and postural sway; goal is to carry the cookie tins out to the car safely.
            Measures: Berg 44/56; tandem 7 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HMHT "Individual treatment?  ■ Yes  □ No"; PWR! Up, Rock and Twist at the counter, doorway turning on a count, stepping over the rug edge; hypokinesia and freezing; TUG and freezes; "97112 / 23": passes.
        ["v2-h195-hmht-individual-yes-filled"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/23/2026 · Therapist: Marty Schoenfeld, PT
            Services this visit (code / minutes): 97112 / 23
            Individual treatment?  ■ Yes  □ No
            Caregiver present: none — wife at the church bazaar
            Interventions: PWR! Moves in standing at the kitchen counter (PWR! Up, PWR! Rock, PWR! Twist), turning practice in the doorway to the den on a count, stepping over the rug edge to a stop.
            Impairment / goal: hypokinesia and freezing at doorways (Parkinson's); goal is to get to the tree without freezing.
            Measures: TUG 13.6 sec; 3 freezes in 10 doorway passes.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // LRNB "Yes ☐ No ☒ (shared the vestibular room with the 10:30 pt, holiday double-book)": negated — one-on-one missing.
        ["v2-h195-lrnb-no-ticked-double-book"] = new(
            """
            LAFAYETTE RIVER NEURO BALANCE CLINIC — NORFOLK
            Treatment Note · 12/22/2026 · Odessa Carrington, PT, DPT
            Billed: 97112 x 22 min
            Was the patient treated one-on-one for all billed time?  Yes ☐  No ☒  (shared the vestibular room with the 10:30 pt, holiday double-book)
            Intervention: X1 viewing standing on foam, walking with head turns to the cards on the wall, standing on the rocker board with eyes closed.
            Impairment: R vestibular hypofunction; she staggers turning her head to merge at the tunnel approach.
            Measures: DGI 17/24; DVA 3 lines lost.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WCM tick-box record "[ ] individual [✓] group" at the holiday balance class: not one-on-one; all else present.
        ["v2-h195-wcm-group-ticked-holiday-class"] = new(
            """
            WASHAKIE COUNTY MEMORIAL — Daily Tx Record
            [✓] 97112 NMR ___23___ min   [ ] individual [✓] group
            [ ] 97110 TE _____ min
            Tx: tandem walking on the tape line, foam stance with a ball toss, side-stepping over cones, done in the holiday balance class.
            Deficit: impaired postural control and slow lateral stepping.
            Measure: Berg 45/56; tandem 9 sec.
            Gil Etchepare, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SSHR "☑ Individual — struck, entered in error (R.H. 12/22) ☑ Concurrent": individual withdrawn, concurrent stands — one-on-one missing.
        ["v2-h195-sshr-individual-struck-concurrent-stands"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B PT
            Mode: ☑ Individual — struck, entered in error (R.H. 12/22)  ☑ Concurrent  ☐ Group  ☐ Co-treatment
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 23
            Tx: weight shifts onto the R on foam in the parallel bars, step-ups to the 4 in step with a tap to the quad, reaching for cones outside her base.
            Deficit: poor weight acceptance and postural control on the R after the stroke.
            Measure: Berg 34/56; 30-sec chair stand 5.
            Ruby Hensley, PT
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SSHR "☑ Individual ☑ Concurrent — struck, entered in error (R.H. 12/23)": concurrent withdrawn, individual stands; complete: passes.
        ["v2-h195-sshr-concurrent-struck-individual-stands"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B PT
            Mode: ☑ Individual  ☑ Concurrent — struck, entered in error (R.H. 12/23)  ☐ Group  ☐ Co-treatment
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 22
            Tx: tandem walking along the bars with head turns, lateral reactive steps to pushes at the pelvis, standing on the Airex catching a beanbag.
            Deficit: delayed protective stepping to the L and reduced ankle proprioception.
            Measure: Berg 42/56; tandem 6 sec.
            Ruby Hensley, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CGRH Cerner "1:1: ☒", Start 1300 / Stop 1323 (23 matches); X1 on foam, pitch head turns walking, rocker eyes closed; L vestibular hypofunction; DGI and FGA: passes.
        ["v2-h195-cgrh-one-to-one-box-ticked"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            1:1: ☒
            97112 Neuromuscular Re-education  Start Time: 1300  Stop Time: 1323
            Interventions Performed: gaze stabilization X1 standing on foam, walking with pitch head turns down the hall, standing on the rocker board eyes closed.
            Deficits: L vestibular hypofunction; veers when she looks up at the church balcony.
            Objective: DGI 16/24; FGA 19/30.
            Signed: Dalton Creech, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CCNRI "OUTCOME MEASURE / SCORE: ____" and no other number but the code's minutes: measure missing only.
        ["v2-h195-ccnri-outcome-score-blank"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | M. Oyelowo, PT | 22
            Delivery: ☒ 1:1
            INTERVENTION: rhythmic stabilization in quadruped and tall kneeling, stepping to floor targets to the metronome, tandem stance on foam.
            IMPAIRMENT TARGETED: truncal ataxia and poor timing of stepping after the cerebellar stroke.
            OUTCOME MEASURE / SCORE: ____
            """,
            ["I69.393"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NCNPT Tveit's capitals, "SESSION: [X] 1:1"; foam eyes closed, BAPS, step-and-stick; R foot sensory loss and poor ankle strategy; Berg and SLS; "97112 / 22": passes.
        ["v2-h195-ncnpt-tveit-one-to-one-ticked"] = new(
            """
            NORTH COUNTRY NEURO PT — DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: R FOOT SENSORY LOSS + POOR ANKLE STRATEGY, SHE CAN'T FEEL THE ICE UNDER THE BOOT
            INTERVENTIONS: FOAM STANCE EYES CLOSED, BAPS BOARD STANDING CW AND CCW, STEP-AND-STICK ONTO THE AIREX LEADING R
            OUTCOME MEASURES: BERG 46/56; SLS R 5 SEC
            CPT / MIN: 97112 / 22
            G. TVEIT PT DPT NCS
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // St. Ansgar "Treatment delivery: {Delivery:3310} Individual (one-on-one)"; rhythmic stabilisation, wobble-board perturbations, stepping strategy; delayed postural responses; Berg and Four Square; 22 minutes: passes.
        ["v2-h195-stansgar-delivery-individual-picked"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            PT Daily Note
            Neuromuscular Re-education (97112): 22 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Intervention: rhythmic stabilization at the shoulders in standing, perturbations on the wobble board, stepping strategy drills to lateral pulls.
            Impairment: delayed postural responses and increased lateral sway.
            Objective: Berg 45/56; Four Square Step Test 13.2 sec.
            Hollis Rygh, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named techniques and methods, and a programme's level or phase as the only technique

        // CCNRI team note, PNF combination of isotonics and stabilizing reversals with D1 LE patterns; L hip and knee extensor recruitment after stroke; Berg and 5xSTS; "97112 | … | 23": passes.
        ["v3-h195-ccnri-pnf-combination-of-isotonics"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | A. Ferrante, PT | 23
            Delivery: ☒ 1:1
            INTERVENTION: PNF combination of isotonics for the L hip in sit-to-stand and in step-ups, stabilizing reversals in standing, then D1 flexion LE patterns to a step.
            IMPAIRMENT TARGETED: poor eccentric control and motor recruitment of the L hip and knee extensors after the stroke.
            OUTCOME MEASURE / SCORE: Berg 42/56; 5xSTS 16.4 sec.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // SHPT strain-counterstrain and lumbar rotation mobilisation (97140 — 11 min); R low back and buttock pain with restricted rotation; rotation degrees: passes.
        ["v3-h195-shpt-strain-counterstrain-97140"] = new(
            """
            Shikellamy Riverside PT — Sunbury, PA
            Daily note 12/21/2026 · Amos Zimmerman, PT, DPT
            97140 Manual — 11 min: strain-counterstrain to the tender points at the R iliacus and piriformis, each position held 90 sec, then grade III lumbar rotation mobilization in side-lying.
            Problem: R low back and buttock pain with restricted lumbar rotation; can't bend to split the Christmas firewood.
            Objective: lumbar rotation R 30° after (20° before).
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // RCOR McKenzie repeated extension in lying and standing, prone on elbows, hip hinge with doses (97110 Ther Ex 18 min); lumbar extension loss and a poor hinge: passes.
        ["v3-h195-rcor-mckenzie-repeated-extension-97110"] = new(
            """
            Red Cedar Orthopedic Rehab — Menomonie, WI
            Daily Note 12/22/2026 — Ingrid Solberg, PT
            Subjective: back catches lifting the ice auger; leaving Wednesday for Christmas in Eau Claire.
            Objective: 97110 Ther Ex 18 min — McKenzie repeated extension in lying 3x10, standing extension 2x10 at the workbench, prone on elbows 3 x 30 sec, hip hinge with the dowel 3x10.
            Assessment: lumbar extension loss with L buttock pain that centralises with extension; poor hip hinge pattern.
            Plan: recheck after the holiday.
            """,
            ["M51.26"], [PT("97110", 18)], []),

        // WMDC rhythmic auditory stimulation (metronome-cued overground gait) for 97116, "Delivery: ☒ Individual"; shuffling, short steps and cadence drop on turns with PD; gait speed, step length and distance: passes.
        ["v3-h195-wmdc-rhythmic-auditory-stimulation-97116"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON, took the morning dose late because of the drive
            Pt says: "I shuffle in the aisle at the candlelight service."
            97116 Gait training — 21 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Rhythmic auditory stimulation: overground walking to a metronome at 108 bpm, then 10% faster, with big-step and heel-strike cues; turns around cones on the beat.
            Shuffling gait with reduced step length and a cadence drop on turns (Parkinson's).
            Gait speed 0.98 m/s; step length 51 cm; 420 ft without a freeze.
            Pavel Mraz, PT
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // SWH motor-control training of transversus and multifidus with real-time ultrasound biofeedback, then under a sit-to-stand load; delayed transversus recruitment postpartum; TrA thickness change and counts; "(22 min) · 1:1": passes.
        ["v3-h195-swh-ultrasound-biofeedback-motor-control"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Noor Haddad-Quinn, PT, DPT · 12/22/2026
            She reports: “Lifting my toddler into the car seat is when my back gives.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — motor-control training of transversus abdominis and lumbar multifidus with real-time ultrasound biofeedback in hook-lying then standing, then the same draw-in during sit-to-stands holding a 15 lb kettlebell.
            Impairment: delayed transversus recruitment and poor lumbopelvic motor control 8 months postpartum.
            Objective: TrA thickness change at draw-in 1.6 mm (0.9 mm at eval); held the draw-in through 8 of 10 sit-to-stands.
            """,
            ["M54.50", "M62.81"], [PT("97112", 22)], []),

        // FVB VOR cancellation, X1 walking, smooth pursuit; central vestibular involvement after concussion; DVA and FGA; "97112 (23 min), individual session": passes.
        ["v3-h195-fvb-vor-cancellation-smooth-pursuit"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 12/21/2026 — Signe Halvorsen, PT, DPT
            97112 (23 min), individual session
            VOR cancellation (head and target moving together) seated, then standing on foam; X1 viewing at 2 Hz walking the hall; smooth pursuit to the moving light bar.
            Why: central vestibular involvement after the concussion — she gets sick tracking the skiers from the lift line.
            Numbers: DVA 2 lines lost; FGA 22/30.
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // IHSS McGill big three with doses and a kettlebell hinge (97110 Ther ex — 19 min); lumbar extensor and lateral trunk endurance deficits; side-bridge holds: passes.
        ["v3-h195-ihss-mcgill-big-three-97110"] = new(
            """
            Indian Hill Spine & Sport — Daily Note (Camargo Rd)
            12/23/2026 · Benedikt Hauser, PT, DPT, OCS
            97110 Ther ex — 19 min: McGill big three — modified curl-ups 3 x 8 with 10-sec holds, side bridges from the knees 3 x 6 each side, bird dogs 3 x 8 each — then hip hinge to the kettlebell 3 x 10 at 20 lb.
            Region/impairment: lumbar extensor and lateral trunk endurance deficits; he has to carry the tree up the condo stairs this week.
            Objective: side bridge hold R 38 s, L 31 s.
            """,
            ["M54.50"], [PT("97110", 19)], []),

        // GAPT treadmill perturbation training in a harness, stepping to called targets, tandem with head turns; late reactive step after stroke; slips recovered and Mini-BESTest; "Treated 1-on-1": passes.
        ["v3-h195-gapt-treadmill-perturbation-training"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 12/22/26 — Kendra Oyelaran, PT
            97112 NMR: 23 min. Treated 1-on-1, the only patient on the holiday schedule that hour.
            Perturbation training on the treadmill in the harness — sudden belt accelerations and decelerations at walking speed — then stepping to numbered floor targets when called, then tandem walking with head turns.
            Deficit: a late reactive step on the L and poor postural control after the R MCA stroke.
            Objective: recovered 7 of 10 treadmill slips with one step; Mini-BESTest 19/28.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PCPT "Did: Bayou Balance level 7, same card as Monday" as the only technique: technique missing; one-on-one, deficit and measures present.
        ["v3-h195-pcpt-bayou-balance-level-seven-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/23/2026 · Ti-Ann Robichaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 7, same card as Monday, cher — moved up a day for Christmas Eve.
            For: poor proprioception both ankles; wobbles on the boat landing
            Numbers: Berg 47/56; TUG 10.9 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // KMMC "Interventions: Steady Steps Level 4 (progressed from Level 3)" as the only technique, SmartList Yes: technique missing.
        ["v3-h195-kmmc-steady-steps-level-four-only"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Subjective: Last visit before the break; clinic closes at noon Thursday.
            Neuromuscular Re-education (97112)
            Time calculation: 0745-0808 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: Steady Steps Level 4 (progressed from Level 3).
            Impairment: impaired postural control with delayed reactive stepping.
            Objective: Berg 48/56; TUG 11.2 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // OVOG "Treatment: Return-to-Sport Pathway Phase 3, week 1 per pathway sheet" as the only technique: technique missing.
        ["v3-h195-ovog-return-to-sport-phase-three-only"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: Return-to-Sport Pathway Phase 3, week 1 per pathway sheet.
            Impairment: L knee proprioceptive deficit and dynamic valgus on single-leg landing after ACL reconstruction.
            Objective: Y-balance anterior L 63 cm, R 70 cm; single-leg hop 86% LSI.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ORH findings as the deficit (vibration absent at the malleoli, great-toe position sense 3/10 and 4/10, goes down in the snow when the yard light is out); foam eyes closed, tandem with head turns, reactive steps; Berg; "treated one-on-one": passes.
        ["v4-h195-orh-vibration-and-toe-position-sense"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 12/21/2026 · Arne Kivela, PT
            97112 — 22 min — treated one-on-one
            Tx: standing on foam with eyes closed at the counter, tandem stance with head turns, reactive steps to pushes from behind.
            Findings: vibration absent at both medial malleoli; great-toe position sense 3/10 R and 4/10 L; she goes down in the snow when the yard light is out.
            Measure: Berg 44/56.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // SCHH home visit, "the L knee buckles stepping down off the porch — late quad recruitment and poor L knee proprioception"; step-downs with a tap, cushion weight shifts, stepping reactions; Berg and counts; "Individual 1:1, grandkids out in the yard": passes.
        ["v4-h195-schh-knee-buckles-off-the-porch"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Duncan OK · 12/22/2026 · Waylon Tubbs, PTA
            97112: 23 min · Individual 1:1, grandkids out in the yard
            Skilled tx: step-downs off the porch-height step with a tap to the quad, weight shifts onto the L on the couch cushion, stepping reactions to pushes at the hips.
            Finding: the L knee buckles stepping down off the porch — late quad recruitment and poor L knee proprioception after the TKA.
            Objective: Berg 46/56; 6 of 10 step-downs without a buckle.
            """,
            ["Z96.652"], [PTA("97112", 23)], []),

        // PTH 97116 "[ 19 ] min", "His R foot slaps on the linoleum and catches the ramp edge — R dorsiflexor weakness"; gait with the AFO across the kitchen and down the ramp; distance and assist: passes.
        ["v4-h195-pth-foot-slaps-the-linoleum"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's trailer on the county road
            Present: wife, wrapping presents at the table
            97116 [ 19 ] min
            Gait training with the AFO across the kitchen linoleum, out the back door and down the ramp to the mailbox, cues for heel strike and knee flexion in swing.
            His R foot slaps on the linoleum and catches the ramp edge — R dorsiflexor weakness since the back surgery.
            Assist/Dist: 200 ft x 2 with SBA and a cane; ramp with CGA.
            Ellie Marchand, PT
            """,
            ["M21.371"], [PT("97116", 19)], []),

        // MBHR "he can't feel the floor under his feet in the dark — B plantar sensory loss"; foam at the counter eyes closed, barefoot weight shifts on a textured mat, tandem; mCTSIB and Berg; "one-on-one, wife in the kitchen making gumbo": passes.
        ["v4-h195-mbhr-cant-feel-the-floor-in-the-dark"] = new(
            """
            MOBILE BAY HOME REHAB — Part B home visit (Daphne, AL)
            12/21/2026 · Reggie Thibodeaux, PT
            97112 — 22 min — one-on-one, wife in the kitchen making gumbo
            Foam stance at the counter with eyes closed, barefoot weight shifts on the textured mat, tandem walking down the hall with light touch.
            Deficit: he can't feel the floor under his feet in the dark — B plantar sensory loss with the neuropathy; sways when the lights go off.
            Measures: mCTSIB condition 4 7 sec; Berg 45/56.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // WVRH SOAP, "A: Posterior loss of balance with overhead reach; ankle strategy absent, late backward step" (she tips backward reaching for the star); release from lean, overhead reach on foam, rocker; Berg and counts: passes.
        ["v4-h195-wvrh-tips-back-reaching-for-the-star"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/23/2026    Therapist: Corinne Haskett, PT, DPT
            S: Pt states "I tip backward reaching up for the star on the tree."
            O: 97112 Neuromuscular re-education — 22 min, provided one-on-one for the entire session.
               Backward stepping reactions to a release from lean, overhead reaching standing on foam, rocker board A/P with eyes closed.
               Berg 45/56; 4 of 6 backward releases recovered in one step.
            A: Posterior loss of balance with overhead reach; ankle strategy absent, late backward step.
            P: Continue POC after the holiday.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // NPSM "his R hip drops and the knee caves on single-leg landing — late glute med firing and poor R knee neuromuscular control"; box landings, lateral bounds, reactive squats; Y-balance and counts; "Individual (1 PT : 1 athlete)": passes.
        ["v4-h195-npsm-hip-drops-on-landing"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 12/22/2026 · Jace Olheiser, PT, DPT, SCS
            97112 Neuromuscular re-ed: 22 min · Individual (1 PT : 1 athlete)
            Single-leg landings off a 12 in box to a stick, lateral bounds onto the Airex, reactive single-leg squats against a band pull at the knee.
            Deficit: his R hip drops and the knee caves on single-leg landing — late glute med firing and poor R knee neuromuscular control after the meniscus repair.
            Measures: Y-balance composite R 87% (L 96%); 7 of 10 landings without a hip drop.
            """,
            ["S83.241D"], [PT("97112", 22)], []),

        // LMPT "Why: per POC" and no deficit anywhere else: deficit missing only.
        ["v4-h195-lmpt-why-per-poc"] = new(
            """
            Lakeshore Motion PT
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: lateral weight shifts on the rocker board, stepping to floor targets on a called color, tandem stance with head turns.
            Why: per POC
            #s: Berg 48/56; tandem 10 sec.
            Hal Everson, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WMPT "What deficit did you target? same as last visit" and no deficit elsewhere: deficit missing only.
        ["v4-h195-wmpt-deficit-same-as-last-visit"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112
            Minutes for each code you selected: 97112 — 23
            Was the visit one-on-one? One-on-one with the therapist
            What did you do? Perturbations at the hips in the patient's garage, step-and-stick onto the doormat, tandem walking beside the workbench.
            What deficit did you target? same as last visit
            Objective measure and score: Berg 46/56; tandem 8 sec
            Submitted by Hollis Trevino, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // HRR Pruett (PTA) on the tablet: "Deficit colon" spoken with nothing after it and no deficit elsewhere: deficit missing only.
        ["v4-h195-hrr-deficit-colon-nothing-after"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code: 97112 ☒ 1:1 ☐ Group
            Time colon twenty two minutes
            Treatment colon tandem walking on the foam beam comma stepping over the cane to a stop comma head turns while walking the hall
            Deficit colon
            Measure colon Berg forty five out of fifty six comma tandem stance eight seconds
            Cody Pruett comma PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Halyard "Which system are we working on?: (skipped)" and no deficit elsewhere: deficit missing only.
        ["v4-h195-halyard-which-system-skipped"] = new(
            """
            Halyard PT — after-visit form
            What did we do? rhythmic stabilization in half-kneel, step-and-stick onto the foam pad, walking with head turns past the window.
            How long for each? (minutes) 97112: 22
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: (skipped)
            Numbers! (scores, seconds, microvolts, grades) Berg 50/56, FGA 24/30
            Inés Calloway, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // MLMPT Carla Hindman's run-on, rescheduled farm call, "meas berg 46/56, tug 11.4 sec"; rocker, step and stick on the rag rug, perturbations; ankle strategy and proprioception; "pt n me 1:1": passes.
        ["v5-h195-mlmpt-hindman-berg-tug-run-on"] = new(
            """
            mlmpt farm call, rescheduled from thurs so she can get to her daughter's. 97112 23 min, pt n me 1:1 in the kitchen. tx rocker board w eyes closed, step and stick onto the rag rug, perturbations at the hips in tandem. def poor ankle strategy + sway, reduced proprioception B feet. meas berg 46/56, tug 11.4 sec. carla hindman pt
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // GLHS "Objective: Four Square Step Test 12.7 sec (15.9 sec at eval); SLS L 9 sec"; canes in a cross, lateral stepping on foam, backward walking; slow multidirectional stepping after TKA; "Y": passes.
        ["v5-h195-glhs-four-square-step-test"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: stepping over canes laid in a cross in all four directions, lateral stepping on foam with head turns, backward walking to a stop on cue.
            Impairment addressed: slow multidirectional stepping and poor postural control after the L TKA.
            Objective: Four Square Step Test 12.7 sec (15.9 sec at eval); SLS L 9 sec.
            Therapist: Jolene Fullenkamp, PT
            """,
            ["Z96.652"], [PT("97112", 22)], []),

        // SCMG OT grid 97530 22; car transfers, flour lifts, rolling dough, with assist levels and counts; L hip weakness and standing balance: passes.
        ["v5-h195-scmg-ot-97530-assist-and-counts"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT OT
            Treatment Type: Individual
            Timed Procedures
            CPT | Description | Minutes | Units
            97530 | Therapeutic Activities | 22 | 1
            Activity: car-transfer practice with the simulator seat, 4 reps; lifting a 10 lb bag of flour from the low shelf to the counter 6 times; standing at the counter rolling cookie dough.
            Goal: independent car transfers and standing baking tasks for the holidays; limited by L hip weakness after the hip replacement and standing balance.
            Assist: car transfers moderate assist → CGA by rep 4; flour lifts with SBA.
            Corliss Dunning, OTR/L
            """,
            ["Z96.642"], [OT("97530", 22)], []),

        // WCM tick-box record with a 97116 row "___19___ min"; gait with the FWW over mats, carpet and threshold strips; short step and L knee weakness after TKA; distance and assist: passes.
        ["v5-h195-wcm-97116-distance-and-assist"] = new(
            """
            WASHAKIE COUNTY MEMORIAL — Daily Tx Record
            [ ] 97112 NMR _____ min   [✓] individual [ ] group
            [✓] 97116 GAIT ___19___ min
            Tx: gait training with the FWW over the ice-melt mats, the carpet and the threshold strips, cues for step-through and an upright trunk.
            Deficit: short step length and L knee weakness after the TKA.
            Measure: 250 ft x 2 FWW with SBA; threshold strips with CGA.
            Gil Etchepare, PT
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // RSP 97110 with kilograms, "09.10–09.27 (17')" matching; L quadriceps and gluteus medius weakness after the plateau fracture: passes.
        ["v5-h195-rsp-97110-kilograms"] = new(
            """
            Rosario Strait Physiotherapy — 22.12.2026
            97110 TE 09.10–09.27 (17') · 1:1
            Leg press 3 × 12 @ 45 kg, split squats 3 × 8 each leg holding 6 kg, hip abduction in side-lying 3 × 15 with a 2 kg cuff.
            L quadriceps and gluteus medius weakness after the tibial plateau fracture.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["S82.142D"], [PT("97110", 17)], []),

        // ONB Vujic dictated, "functional gait assessment twenty one out of thirty comma dynamic visual acuity three lines lost"; head turns walking, X1 on foam, quick turns; L vestibular hypofunction; 23 min; one on one: passes.
        ["v5-h195-onb-fga-spoken-in-words"] = new(
            """
            [Dictated with speech recognition — not proofread]
            neuromuscular re-education ninety seven one one two twenty three minutes period one on one period new paragraph walking with head turns down the long hall comma gaze stabilization X one viewing standing on foam comma stepping over the cones with quick turns period new paragraph left vestibular hypofunction comma she veers left when she turns to look at the Christmas lights period new paragraph functional gait assessment twenty one out of thirty comma dynamic visual acuity three lines lost period Renata Vujic comma PT comma DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BMSPT "Y balance composite L 88% R 97%" and SLS seconds; BOSU with tosses, hops to stick, slackline; L ankle proprioception; "1 on 1"; 22 min: passes.
        ["v5-h195-bmspt-y-balance-composite"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: poor L ankle proprioception and late peroneal response after the ski-season sprain
            97112 x 22 min, 1 on 1. BOSU single leg stance with ball tosses, lateral hops to stick on the Airex, slackline walking with a hand hold.
            Y balance composite L 88% R 97%. Single leg stance L eyes closed 6 sec.
            Marco Esquibel PT DPT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PVH "OBJECTIVE: deferred — short visit, pt's ride came early for the holiday" and no number but the code and its minutes: measure missing only.
        ["v5-h195-pvh-objective-deferred-ride-came-early"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: rhythmic stabilisation in standing at the bars, lateral weight shifts onto the Lt LE with tapping to the Lt glutes, stepping onto foam leading Rt.
            IMPAIRMENT ADDRESSED: Lt hemiparesis with poor Lt weight acceptance after the Rt MCA stroke.
            OBJECTIVE: deferred — short visit, pt's ride came early for the holiday
            Adaeze Nwosu, PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QBRH "OUTCOME MEASURE: BERG SCORE: not done — pt catching the early ferry" (a named test with no number) and no other number: measure missing only.
        ["v5-h195-qbrh-berg-score-not-done"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: foam stance with eyes closed and head turns, step-and-stick onto the Airex, perturbations in tandem stance.
            IMPAIRMENT: poor ankle proprioception both sides and increased sway with vision removed.
            OUTCOME MEASURE: BERG SCORE: not done — pt catching the early ferry to Campobello
            Noreen Alley, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ISU SPT note, "Outcome measures (name: score): will retest after winter break" and no number but the code and its minutes: measure missing only.
        ["v5-h195-isu-retest-after-winter-break"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Logan Pietila
            Clinical instructor (CI): Arne Halvorsen, PT, DPT
            CPT code(s) billed: 97112
            Minutes — 97112: 23
            Treatment format (select one): Individual
            Interventions (list each with parameters): single-leg stance on the BOSU with partner perturbations, lateral hop-and-stick, star excursion reaching
            Impairment(s) targeted: L ankle proprioception and dynamic balance after the sprain on the rec-center court
            Outcome measures (name: score): will retest after winter break
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MWPT 97116 (Billing Summary 18 min) with gait training and a deficit but no distance, assistance or other number: measure missing only.
        ["v5-h195-mwpt-97116-no-distance-no-assist"] = new(
            """
            MotionWorks Physical Therapy — Bronx
            DAILY FLOWSHEET    Clinician: L. Fontaine, PTA
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97116 — 18 min
            Gait training with the quad cane in the hall and on the clinic ramp, emphasis on L heel strike and a longer R step.
            Assessment: L hemiparetic gait with knee hyperextension in stance after the stroke.
            """,
            ["I69.354"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches and truly missing separate time

        // OCM two clock ranges, 97112 0800–0823 (23) and 97140 0823–0834 (11), both exact; both sections complete: passes.
        ["v6-h195-ocm-two-clock-ranges-112-140"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 0800–0823 (1:1): rhythmic stabilization in half-kneel, step-and-stick onto foam, tandem walk with head turns. Impaired proprioception L knee, late stepping reaction. Berg 48/56; tandem 11 sec.
            97140 MT 0823–0834: patellar mobs grade III sup/inf, tibiofemoral flexion mobs, STM to the distal quad. Restricted L knee flexion after TKA. Flexion 104° → 111°.
            Leland Fussell, PT
            """,
            ["Z96.652"], [PT("97112", 23), PT("97140", 11)], []),

        // ISU two minute boxes "Minutes — 97112: 22" and "Minutes — 97110: 13", both exact; each code's interventions with parameters, impairment, measures; CI co-signed: passes.
        ["v6-h195-isu-two-minute-boxes"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Dakota Rautio
            Clinical instructor (CI): Melissa Yoder, PT
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 22
            Minutes — 97110: 13
            Treatment format (select one): Individual
            Interventions (list each with parameters): 97112 — single-leg stance on foam with ball catches, hop-and-stick forward and lateral, perturbations on the rocker board; 97110 — Nordic hamstring curls 3x5, single-leg RDL 3x8 with 15 lb, lateral band walks 3 laps
            Impairment(s) targeted: R knee proprioception after the ACL reconstruction; R hamstring and glute weakness
            Outcome measures (name: score): Y-balance anterior R 61 cm (L 68 cm); hop-and-stick 8/10
            CI co-signature: Co-signed — M. Yoder, PT
            """,
            ["S83.511D"], [PT("97112", 22), PT("97110", 13)], []),

        // Halyard "How long for each? (minutes) 97112: 23, 97110: 12", both exact; both treatments, systems and numbers: passes.
        ["v6-h195-halyard-how-long-for-each-two"] = new(
            """
            Halyard PT — after-visit form
            What did we do? 97112: perturbation training on the wobble board, stepping strategy to lateral pushes, foam stance with head turns. 97110: bridges 3x12, side-lying hip abduction 3x15, heel raises 3x20.
            How long for each? (minutes) 97112: 23, 97110: 12
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: somatosensory and postural control; hip abductor and calf weakness
            Numbers! (scores, seconds, microvolts, grades) Berg 47/56, foam eyes closed 13 sec
            Inés Calloway, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CBMC Priya Raman's slashes with two codes, "97112 22 min one to one/ 97110 12 min/", both exact; perturbations, stabilisation, tandem, then ther ex with doses; postural control and hip/quad weakness; Berg and tandem: passes.
        ["v6-h195-cbmc-raman-two-codes-slashes"] = new(
            """
            cbmc neuro 97112 22 min one to one/ 97110 12 min/ short wk, she flies to phoenix wed/ perturbations on foam/ rhythmic stabilization in half kneel/ tandem w head turns/ then sit to stand 3x10 & step ups 4 in 3x8 & bridges 3x12/ poor postural control after cva + l hip & quad weakness/ berg 44/56/ tandem 7 sec/ priya raman pt
            """,
            ["I69.354", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // KU-PTC student SOAP, "O: 97112 Neuromuscular re-ed 22 min …" and "97116 Gait training 15 min …", both exact; "Pt : clinician ☒ 1:1"; Mini-BESTest, distance and assist; CI paragraph: passes.
        ["v6-h195-ku-ptc-two-codes-in-objective"] = new(
            """
            KASKASKIA UNIVERSITY — PT FACULTY CLINIC
            S: Pt's last visit before the holiday; she hosts the family for Christmas dinner.
            O: 97112 Neuromuscular re-ed 22 min — step-and-stick off the 6 in step onto foam, perturbations in tandem, walking with head turns. Pt : clinician ☒ 1:1
               97116 Gait training 15 min — community gait on the parking-lot ramp and curbs with the SPC, cues for step length.
               Mini-BESTest 20/28; 600 ft SPC with SBA; curb with CGA.
            A: impaired reactive postural control and a short L step after the L THA.
            P: recheck after the holiday.
            Student: Cole Brannigan, SPT. CI: I was present and directed this treatment; agree with the note. — Dr. Luis Ocampo, PT
            """,
            ["Z96.642"], [PT("97112", 22), PT("97116", 15)], []),

        // MWPT "Billing Summary: 97110 — 18 min; 97140 — 11 min", both exact; flowsheet doses, GH glides and STM; R shoulder ER weakness and capsule tightness; ER degrees: passes.
        ["v6-h195-mwpt-billing-summary-110-140"] = new(
            """
            MotionWorks Physical Therapy — Clinic #214 (Bronx, NY)
            DAILY FLOWSHEET    Date: 12/21/2026    Clinician: D. Acevedo, PT
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97110 — 18 min; 97140 — 11 min
            Exercise                          | Dose          | Notes
            Prone rows, 3 lb                  | 3 x 12        |
            Side-lying ER, 2 lb               | 3 x 12        | R
            Wall slides                       | 2 x 10        |
            Manual: grade III posterior GH glides and STM to the R infraspinatus and teres minor.
            Assessment: R shoulder ER weakness and posterior capsule tightness; can't reach up to hang the lights on the fire escape.
            ER 48° → 56° after manual.
            """,
            ["M25.611", "M62.81"], [PT("97110", 18), PT("97140", 11)], []),

        // HRR Boyd on the tablet, single code, "Time colon twenty three minutes" matching; NDT facilitation at the pelvis, step-ups with a tap, reaching on foam; L hemiparesis; Berg and 10 m in words: passes.
        ["v6-h195-hrr-time-colon-single-code"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code: 97112 ☒ 1:1 ☐ Group
            Time colon twenty three minutes
            Treatment colon NDT facilitation at the pelvis for weight shift onto the left comma step ups leading left with a tap to the quad comma reaching across midline standing on the foam
            Deficit colon left hemiparesis with poor weight acceptance and knee hyperextension
            Measure colon Berg thirty nine out of fifty six comma ten meter walk point five eight meters per second
            Latrice Boyd comma PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // ONB Ebersole (PTA) dictated "twenty two minutes of ninety seven one one two and twelve minutes of ninety seven one one zero", both exact; PNF and targets, ther ex doses; hemiparesis and weakness; Berg: passes.
        ["v6-h195-onb-two-codes-spoken"] = new(
            """
            [Dictated with speech recognition — not proofread]
            twenty two minutes of ninety seven one one two and twelve minutes of ninety seven one one zero period one on one the whole session period new paragraph ninety seven one one two colon P N F D one extension patterns of the right leg in standing with rhythmic stabilization comma stepping to floor targets to the metronome period ninety seven one one zero colon sit to stand three sets of ten comma lateral band walks three laps comma heel raises three sets of fifteen period new paragraph right hemiparesis with poor motor recruitment of the right hip comma and weakness of both hips and calves period new paragraph Berg forty three out of fifty six period Tom Ebersole comma PTA
            """,
            ["I69.351", "M62.81"], [PTA("97112", 22), PTA("97110", 12)], []),

        // IRMC two headings "97112 Neuromuscular Re-education: 22 min" and "97116 Gait Training: 14 min", both exact; "Constant attendance: yes, one-on-one"; both treatments, impairment, Berg, distance, assist: passes.
        ["v6-h195-irmc-two-headings-112-116"] = new(
            """
            IRON RANGE MEDICAL CENTER — THERAPY DAILY NOTE
            97112 Neuromuscular Re-education: 22 min
            97116 Gait Training: 14 min
            Constant attendance: yes, one-on-one for both
            Interventions: 97112 — rhythmic stabilization in standing, stepping over a 6 in hurdle with head turns, foam stance eyes closed. 97116 — gait training with the SPC down the skyway and over the snowmelt mats, cues for heel strike.
            Impairment: impaired postural control and a short, slow R step after the R TKA.
            Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): SBA
            Berg 47/56; gait 400 ft with the SPC; gait speed 0.82 m/s.
            Arvid Salo, PT
            """,
            ["Z96.651"], [PT("97112", 22), PT("97116", 14)], []),

        // PTH "97116 [ 29 ] min" on an 18-minute line: mismatch; otherwise complete.
        ["v6-h195-pth-97116-29-on-18"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's duplex behind the grain elevator
            Present: nobody else home — son at work
            97116 [ 29 ] min
            Gait training with the FWW from the bedroom to the kitchen and out across the frozen yard to the car, cues for step-through and an upright trunk.
            Why: short, shuffling steps and R hip weakness after the hip fracture.
            Assist/Dist: 160 ft x 2 with CGA; yard 40 ft with minimal assist.
            Ellie Marchand, PT
            """,
            ["S72.001D"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // KMMC "Time calculation: 1000-1034 = 34 min" on a 22-minute line: mismatch; otherwise complete.
        ["v6-h195-kmmc-time-calculation-34-on-22"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1000-1034 = 34 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: rocker board M/L eyes closed, stepping reactions to pulls at the gait belt, tandem walk with a ball toss.
            Impairment: delayed reactive stepping and lateral sway.
            Objective: Berg 46/56; TUG 12.0 sec.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // EPR "97140 — 21 min:" on a 10-minute line beside an exact "97110 — 16 min:": mismatch on the 97140 only.
        ["v6-h195-epr-97140-21-on-10"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Delivery: one-on-one
            97140 — 21 min: grade III–IV thoracic PA mobilizations T4–T8, STM to the L rhomboids and mid-trap. Thoracic extension stiffness. Rotation L 35° → 44°.
            97110 — 16 min: prone Y's and T's 3 x 10, open books 2 x 10 each side, rows with the green band 3 x 15. Scapular retractor weakness.
            Priya Natarajan, PT
            """,
            ["M54.6"], [PT("97140", 10), PT("97110", 16)], [At(Mismatch, "97140")]),

        // WRPT "Svc: 97112 NMR and 97110 TE" with only "Total timed treatment: 36 min" on its own line and no minutes for either code: separate time missing; both treatments complete.
        ["v6-h195-wrpt-total-only-two-codes"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 12/21/2026
            Svc: 97112 NMR and 97110 TE
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            Total timed treatment: 36 min
            What we did: rocker board A/P with head turns, step-and-stick onto foam, pelvic perturbations in tandem; then sit-to-stand 3 x 10, side-stepping with a band 3 laps, heel raises 3 x 15.
            Why: late ankle strategy and reduced proprioception both feet; hip and calf weakness.
            Numbers: Berg 45/56; tandem 8 sec.
            J. Aldridge, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // GLHS "Timed minutes 97112: 23" and "Timed minutes 97110: ___" left blank: separate time missing; both treatments complete.
        ["v6-h195-glhs-second-timed-minutes-blank"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Timed minutes 97110: ___
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: tandem stance on foam, rhythmic stabilization in standing, stepping over a hurdle to a stop.
            Ther ex performed: step-ups 3x10 on the 6 in step, bridges 3x12, standing hip abduction 3x12 with the red band.
            Impairment addressed: delayed balance reactions; B hip and quad weakness.
            Objective: Berg 45/56; 5xSTS 14.1 sec.
            Therapist: Jolene Fullenkamp, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a 97112 + 97140 visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h195-empty-note-97112-97140"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h195-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 19)], [At(NoteMissing, "97530"), Dx]),

        // An empty note on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h195-empty-note-pta-97116"] = new(
            "",
            ["Z96.651"], [PTA("97116", 17)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a WVRH SOAP: half-kneel to stand, lunges, bridges, hip abduction with doses (technique and measure), B hip extensor and abductor weakness (deficit), 5xSTS; "97110 Therapeutic exercise — 19 min": passes.
        ["v7-h195-wvrh-97110-floor-with-the-grandkids"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/22/2026    Therapist: Jared Pfannenstiel, PT
            S: "I want to get down on the floor to play with the grandkids on Christmas."
            O: 97110 Therapeutic exercise — 19 min: half-kneel to stand with one hand on the bench 3x5, forward lunges to a 6 in step 3x8 each, bridges with a ball squeeze 3x12, side-lying hip abduction 3x12 with 2 lb.
               5xSTS 13.9 sec.
            A: B hip extensor and abductor weakness; floor transfers limited by R knee and hip strength.
            P: progress floor-to-stand after the holiday.
            """,
            ["M62.81"], [PT("97110", 19)], []),

        // 97530's meaning on a GLT OT note: wrapping gifts standing, hanging ornaments, carrying the gift bag with the walker (technique), standing balance and L UE fine-motor control after stroke (deficit), counts and assist (measure); 20 min: passes.
        ["v7-h195-glt-ot-97530-wrapping-gifts"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 22
            OT Daily Note 12/23/2026    Hallie Brandt, OTR/L
            Code: 97530 Therapeutic activities — 20 min   Mode: [X] Individual [ ] Concurrent
            Activity: wrapping three gifts standing at the activity table, reaching to hang 5 ornaments on the lower branches, carrying the gift bag 30 ft with the walker.
            Deficit: standing balance and L UE fine-motor control after the stroke; goal is to wrap her own gifts for the grandchildren.
            Measure: 3 gifts wrapped standing with SBA; 5 of 5 ornaments hung with CGA.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // 97140's meaning on an NLT SOAP: cervical unilateral PAs grade III, suboccipital release, STM (technique), R cervical rotation hypomobility (deficit), rotation degrees (measure); "97140 (12 min)": passes.
        ["v7-h195-nlt-97140-cervical-boat-trailer"] = new(
            """
            Norfork Lake Therapy — Mountain Home, AR
            SOAP — 12/21/2026 — Beau Whitlock, PT
            S: neck locks up backing the boat trailer; in before the lake house fills with family.
            O: 97140 (12 min): C4–C6 R unilateral PA mobilizations grade III, suboccipital release, STM to the R levator and upper trap.
               Cervical rotation R 55° after (44° before).
            A: R cervical rotation hypomobility with upper-trap guarding.
            P: Continue POC.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // 97116's meaning on a TBH note: gait training with the rolling walker to the chapel, step-through cues, turns (technique), L knee weakness and a short L step (deficit), distance and assist (measure); "97116 x 19 min": passes.
        ["v7-h195-tbh-97116-walk-to-the-chapel"] = new(
            """
            TENSAS BASIN HOSPITAL — REHAB SERVICES (ST. JOSEPH, LA)
            Daily Tx Note   12/22/2026   Earline Boudreaux, PT
            97116 x 19 min, one-on-one
            Treatment: gait training with the rolling walker from the gym to the hospital chapel and back over carpet and tile, step-through cues, turning at the chapel door.
            Problem: L knee weakness and a short L step after the L TKA; she wants to walk into midnight Mass.
            Measure: 320 ft with the rolling walker and SBA; 2 turns with CGA.
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // Twomey capitals "BALANCE AND COORDINATION EXERCISES. TOLERATED WELL." — wholly generic, one-on-one unstated.
        ["v7-h195-erpt-twomey-balance-and-coordination"] = new(
            """
            ERPT MON 97112 NMR 22 MIN. BALANCE AND COORDINATION EXERCISES. TOLERATED WELL. SHORT WEEK, CONT POC AFTER HOLIDAY. H TWOMEY PT.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Lucia Ferreira (OTR/L) "functional activities as tol  pt did well  cont plan after christmas": wholly generic for the 97530.
        ["v7-h195-cbmc-ferreira-functional-activities-as-tol"] = new(
            """
            cbmc ot  97530  19 min  functional activities as tol  pt did well  cont plan after christmas  l ferreira otr/l
            """,
            ["R26.89"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // SWPT "Session type: Individual, one-on-one. Balance activities performed. Pt tolerated well." — wholly generic; one-on-one stated.
        ["v7-h195-swpt-balance-activities-performed"] = new(
            """
            StrideWell PT — Gulfton clinic 07
            Billing: 97112 NM Re-ed — 22 min
            Session type: Individual, one-on-one.
            Balance activities performed. Pt tolerated well. Continue POC.
            Daniela Ortega, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // MGTS "CPT / mins: 97140 – 12 mins", "Manual therapy given as per plan. Pt tolerated well.": wholly generic for the 97140.
        ["v7-h195-mgts-manual-therapy-as-per-plan"] = new(
            """
            MGTS DAILY TREATMENT RECORD — El Paso contract clinic
            Therapist: Adebayo Ogunleye, PT
            CPT / mins: 97140 – 12 mins
            Treatment given: Manual therapy given as per plan. Pt tolerated well.
            Kindly note same to continue.
            """,
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // MRH "Delivery: [X] Individual"; sensory reweighting on foam, lateral pushes in tandem, stepping over the mat; proprioceptive loss; mCTSIB and Berg; heading 23 min: passes.
        ["vord-h195-mrh-individual-sensory-reweighting"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/21/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Sensory reweighting on the foam with eyes closed, lateral pushes in tandem stance, stepping over the rolled mat to a stop.
            Impairment: proprioceptive loss both feet and a late stepping strategy.
            Objective: mCTSIB condition 4 10 s; Berg 46/56.
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // QHPT "97112 — 22 min. Seen 1:1, rescheduled from Christmas Eve."; half-kneel stabilisation, rocker, tandem with head turns; postural control and ankle proprioception; Berg and tandem: passes.
        ["vord-h195-qhpt-seen-one-to-one-rescheduled"] = new(
            """
            Quarry Hill PT — Montpelier
            97112 — 22 min. Seen 1:1, rescheduled from Christmas Eve.
            Tx: rhythmic stabilization in half kneel, rocker board A/P eyes closed, tandem along the counter with head turns.
            Why: impaired postural control and ankle proprioception after the fall on the frozen driveway.
            Measures: Berg 46/56; tandem 10 sec.
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BHOT clock range "97112 01:40–02:02 pm" (22) with "1:1"; rocker perturbations, foam with head turns, step-and-stick; ankle proprioception; Berg and counts: passes.
        ["vord-h195-bhot-clock-range-moved-from-thursday"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97112 01:40–02:02 pm — Wade Thorsby, PT — 1:1
            Moved from Thursday; the clinic shuts at noon on Christmas Eve.
            Tx: perturbations at the pelvis on the rocker board, foam stance eyes closed with head turns, step-and-stick over the 6 in hurdle
            Deficit: late ankle strategy and poor proprioception R ankle after the sprain in the stock trailer
            Outcome: Berg 48/56; 7 of 10 perturbations held
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // BOSM Pressley's double slashes: rocker, hop to stick, slackline; R ankle proprioception; SEBT and SLS; "22 min // 1:1": passes.
        ["vord-h195-bosm-pressley-deer-stand-ladder"] = new(
            """
            BOSM // 97112 NMR // 22 min // 1:1 // in early before the family hits the road to memphis // rocker board ml eyes closed // hop to stick onto the airex // slackline walk w hand hold // R ankle proprioception down, rolls it on the deer-stand ladder // SEBT ant R 61 cm L 68 cm // SLS R EC 5 sec // D. Pressley PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // BOSM Askins' pipes, 97140: talocrural glides, subtalar distraction, STM; restricted L DF after fracture; knee-to-wall cm: passes.
        ["vord-h195-bosm-askins-97140-ankle"] = new(
            """
            BOSM | 97140 MT 10 min | 1:1 | talocrural post glides grade III-IV | subtalar distraction mobs | STM to the L gastroc-soleus | restricted L ankle DF after the fracture | DF knee-to-wall 6 cm → 9 cm | K. Askins PT
            """,
            ["S82.892D"], [PT("97140", 10)], []),

        // BOSM Gainey (PTA) 97110 with loads strung together; R quad weakness after TKA: passes.
        ["vord-h195-bosm-gainey-97110-loads"] = new(
            """
            BOSM pta note 97110 ther ex 16 min  leg press 70 lb 3x12  step ups 8 in 3x10  TKE green band 3x15  wall sits 4x30 sec  R quad weakness after TKA  R. Gainey PTA
            """,
            ["Z96.651"], [PTA("97110", 16)], []),

        // HLG "1:1 for billed time: ☒ Yes"; sit-to-stand onto foam, backward stepping to a nudge, turns toward the piano; posterior lean; Berg and 5xSTS; "97112 · 22 min": passes.
        ["vord-h195-hlg-pew-at-the-carols"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PT
            IN HIS OWN WORDS: "I have to hold onto the pew standing up for the carols." (quoted as said)
            WHAT WE DID: 97112 · 22 min — sit-to-stand onto foam without hands, backward stepping to a nudge at the shoulders, turning with head movement toward the piano.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: posterior lean and a late backward step.
            MEASURED: Berg 42/56; 5xSTS 17.8 sec.
            Birdie Lanning, PT
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y"; split-stance stabilisation, step-and-stick, backward walking with a tray; postural control; Berg and counts: passes.
        ["vord-h195-tvpt-tray-of-cookies"] = new(
            """
            TOUCHET VALLEY PT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            INTERVENTION: rhythmic stabilization in split stance, step-and-stick onto the foam pad, backward walking carrying a tray of cookies for the front desk.
            IMPAIRMENT: poor postural control and delayed stepping backward.
            MEASURE: Berg 47/56; 6 of 8 backward steps without a loss of balance.
            Wade Lindgren, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SCCH form R-31 row "12/22 | 97112 | 23 | ☑ |"; step-and-stick, rocker, tandem with head turns; L ankle proprioception; Berg and SLS: passes.
        ["vord-h195-scch-row-combine-ladder"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE  | CPT   | MIN | 1:1 | TX
            12/22 | 97112 | 23  |  ☑  | step-and-stick onto the foam leading L, rocker board A/P eyes closed,
            tandem walking on the tape w/ head turns
            PROBLEM: L ankle proprioception + late step since the fall off the combine ladder
            MEASURE: Berg 48/56; SLS L 7 sec
            RESP: going to the kids' in Colby for Christmas    INIT: MS
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // APT "CPT/Time: 97112 / 22 min, 1:1"; foam sit-to-stand eyes closed, weight shifts with tapping, stepping to targets; L hip postural control after fracture; Berg and counts: passes.
        ["vord-h195-apt-pta-hip-fracture"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min, 1:1
            Tx rendered: sit-to-stand onto the foam with eyes closed, lateral weight shifts with tapping to the L glutes, stepping to floor targets on cue.
            Goal addressed: L hip postural control and weight acceptance after the hip fracture.
            Pt response: Berg 42/56; 7 of 10 steps to the target without a loss of balance.
            Coretta Bivins, PTA
            """,
            ["S72.002D"], [PTA("97112", 22)], []),

        // PVCH apostrophe minutes "CPT 97112 — 22'", "DELIVERY: one-on-one"; X1 on foam, head turns, rocker; L vestibular hypofunction; DGI and DVA: passes.
        ["vord-h195-pvch-luminarias"] = new(
            """
            PECOS VALLEY COMMUNITY HOSPITAL — PT
            CPT 97112 — 22'
            DELIVERY: one-on-one
            TX: X1 viewing on foam, walking with head turns down the hall, standing on the rocker board eyes closed.
            PROBLEM: L vestibular hypofunction; she veers turning to look at the luminarias along the walk.
            OBJ: DGI 18/24; DVA 3 lines lost.
            Ramiro Baeza, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SGHT home visit "one-on-one on her screened porch"; tandem at the rail, stepping strategy, foam reach to the wreath hook; stepping reactions and proprioception; Berg and tandem: passes.
        ["vord-h195-sght-screened-porch-wreath"] = new(
            """
            SWEETGRASS HOME THERAPY — PART B VISIT (MOUNT PLEASANT, SC)
            Therapist: Nadine Frazier-Gadsden, PT · 12/22/2026
            97112 Neuromuscular re-education — 23 min, one-on-one on her screened porch
            Tandem walking along the porch rail with head turns, stepping-strategy practice to light pushes at the hips, foam stance while reaching up to the wreath hook.
            Why: delayed stepping reactions and reduced ankle proprioception; she tips sideways reaching up to hang the wreath.
            Measures: Berg 44/56; tandem 8 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PSU student SOAP, "1:1, CI in the room and treating no one else"; perturbations on foam, cones, tandem with head turns; stepping reactions after THA; Berg and TUG; co-signed: passes.
        ["vord-h195-psu-student-luminaria-path"] = new(
            """
            Pinecrest State University — Physical Therapy Clinic (Show Low, AZ)
            SOAP — Student: Wyatt Begaye, SPT — CI: Donald Hatathlie, PT, DPT
            S: wants to walk the luminaria path at church on Christmas Eve without his cane.
            O: 97112 — 22 min, 1:1, CI in the room and treating no one else. Perturbations at the pelvis on foam, stepping over cones to a stop, tandem walking with head turns.
               Berg 47/56; TUG 11.6 sec.
            A: delayed stepping reactions and impaired postural control after the R THA.
            Co-signed: D. Hatathlie, PT, DPT
            """,
            ["Z96.641"], [PT("97112", 22)], []),

        // CGU student note "treated one-on-one"; foam with head turns, step-ups to foam, reactive stepping; proprioception and late stepping; Berg and mCTSIB; CI co-signed: passes.
        ["vord-h195-cgu-slick-church-steps"] = new(
            """
            Cumberland Gap University — Rehabilitation Clinic (Harrogate, TN)
            Student Daily Note    SPT: Abigail Combs    CI: Rufus Hensley, PT, DPT
            S: "the church steps are slick and I don't trust my feet."
            O: 97112 — 23 min, treated one-on-one. Foam stance with eyes closed and head turns, step-ups onto the foam block with a pause, reactive stepping to pushes at the hips.
               Berg 46/56; mCTSIB condition 4 11 sec.
            A: decreased proprioception both ankles and a late stepping reaction.
            P: progress to uneven surfaces in January.
            CI: reviewed and agree. — R. Hensley, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CBR "Code/min: 97112/22 · 1:1"; rocker, step-and-stick, tandem with ball pass; L ankle proprioception; SLS and SEBT: passes.
        ["vord-h195-cbr-church-van-step"] = new(
            """
            Copper Basin Rehab · Ducktown TN
            Mon 12/21/2026 · Lonnie Pruett, PT
            Code/min: 97112/22 · 1:1
            What: rocker board M/L eyes closed, step-and-stick off the low step onto foam, tandem walk with a ball pass.
            Finding: L ankle proprioception down and a late ankle strategy since the slip on the church-van step.
            #s: SLS L 7 sec; SEBT anterior L 59 cm.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // AKPT "1:1"; wobble-board stance with perturbations, step-overs, hops to stick; L ankle proprioception; Y-balance and SLS; 22 min: passes.
        ["vord-h195-akpt-wet-lanai-steps"] = new(
            """
            Aloha Kai Physical Therapy — Hilo
            Daily Note 12/23/2026 · Leilani Fonoti, PT
            97112 NM re-ed — 22 min — 1:1
            Wobble-board stance with perturbations at the hips, step-over sequences across the canes, lateral hops to stick on the mat.
            Deficit: L ankle proprioception after the slip on the wet lanai steps.
            Objective: Y-balance anterior L 58 cm (R 65 cm); SLS eyes closed L 7 s.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // GDPT "individual (1:1) — his granddaughter interpreting"; foam eyes closed, BAPS, tandem with head turns; somatosensory loss; mCTSIB and Berg: passes.
        ["vord-h195-gdpt-granddaughter-interpreting"] = new(
            """
            GREAT DISMAL PHYSICAL THERAPY — SUFFOLK, VA
            Daily Note    Yesenia Pardo-Hill, PT    12/21/2026
            Delivery: individual (1:1) — his granddaughter interpreting (Spanish)
            97112 Neuromuscular Re-ed — 22 minutes
            Intervention: foam stance eyes closed, BAPS board clockwise and counterclockwise, tandem walking with head turns.
            Deficit: B foot somatosensory loss; sways with vision removed.
            Objective: mCTSIB condition 4 9 sec; Berg 45/56.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // WMH "PROCEDURE / MIN: 97112 / 23 INDIVIDUAL: yes"; step-and-stick, half-kneel stabilisation, head turns walking; postural control and proprioception; Berg and SLS: passes.
        ["vord-h195-wmh-feeding-cattle-on-the-ice"] = new(
            """
            WALLOWA MEMORIAL HOSPITAL — THERAPY SERVICES (ENTERPRISE, OR)
            DAILY NOTE    DOS 12/22/2026    Hollis Vandever, PT
            PROCEDURE / MIN: 97112 / 23    INDIVIDUAL: yes
            Step-and-stick onto the foam, rhythmic stabilization in half kneel, walking with head turns on the gym loop.
            Postural control and ankle proprioception impaired since the fall feeding cattle on the ice.
            Berg 47/56; SLS R 8 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // St. Adalbert "Timed services: 97116 Gait Training 19 min"; hemi-walker with the AFO, curb and ramp; R hemiparesis with circumduction; 10MWT and distance with assist: passes.
        ["vord-h195-stadalbert-97116-hemi-walker"] = new(
            """
            ST. ADALBERT MEDICAL CENTER — OUTPATIENT NEURO REHABILITATION (TOLEDO, OH)
            Physical Therapy Daily Note    12/23/2026
            Clinician: Grzegorz Nowicki, PT
            Timed services: 97116 Gait Training 19 min
            Intervention: overground gait training with the hemi-walker and the R AFO, cues for R knee flexion in swing, curb and ramp negotiation.
            Impairment: R hemiparesis with circumduction and a short L step.
            Outcome: 10MWT 0.51 m/s; 220 ft with the hemi-walker and CGA.
            """,
            ["I69.351"], [PT("97116", 19)], []),

        // OBPT transcription "One-on-one [X]", "tr: KD"; Airex catches, rhythmic stabilisation, cones on command; L ankle proprioception; SLS and Berg: passes.
        ["vord-h195-obpt-boat-ramp-transcribed"] = new(
            """
            Osage Bend Physical Therapy
            Treatment delivery: One-on-one [X] / Concurrent [ ] / Group [ ]
            97112 neuromuscular re-education, 22 minutes. Single-leg stance on the foam with ball catches, rhythmic stabilization at the pelvis in tandem, then stepping over the cones on command.
            Deficit: left ankle proprioception and a late ankle strategy after the sprain on the boat ramp.
            Single-leg stance left 8 seconds. Berg 49 of 56.
            Paul Lindqvist, PT  tr: KD
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // AFHT Ringling dictated in the truck, "twenty three minutes one on one"; foam at the counter, step and stick onto the boot tray, perturbations; proprioception; Berg and tandem in words: passes.
        ["vord-h195-afht-mudroom-boot-tray"] = new(
            """
            absaroka foothills home therapy ninety seven one one two neuro re-ed twenty three minutes one on one new paragraph
            foam stance at the kitchen counter with eyes closed comma step and stick onto the boot tray comma perturbations at the hips in tandem period
            she has poor ankle proprioception and sways when the lights go out in the mudroom period new paragraph
            berg forty four out of fifty six comma tandem stance seven seconds
            jodie ringling pt
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LSRH "[X] One-on-one", dictated headings; half-kneel stabilisation, hurdles with head turns, Airex eyes closed; postural control; Berg and TUG in words: passes.
        ["vord-h195-lsrh-extension-cord-tree-lights"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period rhythmic stabilization in half kneeling comma stepping over the hurdles with head turns comma standing on the Airex with eyes closed period
            ASSESSMENT colon impaired postural control and delayed stepping reaction comma he caught his foot on the extension cord for the tree lights period
            OBJECTIVE colon Berg forty six out of fifty six comma timed up and go twelve point four seconds period
            Anil Deshpande comma PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PROT Haugen (OT) dictated 97110 "seventeen minutes"; wrist curls, putty pinches, finger extension with doses; R wrist and grip weakness after the radius fracture; dynamometer kg: passes.
        ["vord-h195-prot-ot-97110-peeling-potatoes"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic exercise ninety seven one one zero comma seventeen minutes comma one on one period wrist curls with a one pound weight three sets of twelve comma putty pinches with the red putty three sets of fifteen comma finger extension against a rubber band three sets of fifteen period right wrist and grip weakness after the distal radius fracture comma she wants to peel the potatoes for Christmas dinner period grip dynamometer right twenty kilograms comma left thirty two kilograms period Ingrid Haugen comma O T R slash L
            """,
            ["S52.501D"], [OT("97110", 17)], []),

        // TRH "Delivered one-on-one; no other patient on my schedule during this time."; stride-stance perturbations, tandem with head turns, step-ups to foam; postural control; Berg and FGA: passes.
        ["vord-h195-trh-no-other-patient-on-schedule"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 23 min
            Delivered one-on-one; no other patient on my schedule during this time.
            Interventions: perturbations in stride stance, tandem walking with head turns, step-ups onto the foam pad with a pause.
            Impairment: impaired postural control and a delayed ankle strategy.
            Objective: Berg 46/56; FGA 21/30.
            Corinne Tabb, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CNR 97112 complete ("Seen individually", PNF with rhythmic stabilisation, R UE motor recruitment, Fugl-Meyer) but no diagnosis on the claim: diagnosis missing only.
        ["vord-h195-cnr-97112-no-dx"] = new(
            """
            COOSAW NEURO RECOVERY — BEAUFORT, SC
            PT Treatment Note — 12/21/2026 — Ezekiel Grant, PT, DPT
            97112 Neuromuscular re-education — 22 min. Seen individually.
            PNF D2 flexion patterns of the R arm with rhythmic stabilization, weight bearing through the R arm at the mat table while reaching across midline.
            Deficit: R UE motor recruitment and scapular control after the L MCA stroke.
            Measure: Fugl-Meyer UE 40/66.
            """,
            [], [PT("97112", 22)], [Dx]),

        // PRPT 97116 complete (gait training on the snowy curb cut with the SPC, antalgic gait after TKA, 10MWT and distance with assist) but no diagnosis: diagnosis missing only.
        ["vord-h195-prpt-97116-no-dx"] = new(
            """
            Paradise Ridge PT — Moscow, ID
            12/22/2026 — Tova Lindgren, PT, DPT
            97116 Gait training (18 min): overground walking on the campus sidewalk and the snowy curb cut with the SPC, cues for equal step length and heel strike.
            Finding: antalgic gait with short R stance after the R TKA.
            Measures: 10MWT 0.92 m/s; 500 ft with the SPC, SBA.
            """,
            [], [PT("97116", 18)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
