using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format, for these clinics' templates, and to write patients, sentences and numbers they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer. Written 2026-12-07 (blind), the set is one random Tuesday's notes, Tuesday 12/22/2026 (the day after
/// the solstice, the last Tuesday before Christmas), drawn across ALL the clinics of the hundred-and-eighty-second to
/// hundred-and-ninety-fourth sets — the next-week, online-form, new-clinic, OCR, shared-visit, international, dictating
/// and SmartText clinics — each clinic in its own template, voice and vocabulary and none with more than three notes:
/// no new styles, only new patients and new wording inside the same templates. It measures how the analyzer does across
/// styles it has seen, with notes it has not; it is run once, at the end of the session. About two thirds are ordinary
/// and complete (72 of 108), single- and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and
/// students under their instructors, from:
/// <list type="number">
/// <item>the amending, run-on, template and quoting clinics the hundred-and-eighty-second, -third and -ninetieth sets
/// carried: Mercy Ridge Hospital (MRH: "NEUROMUSCULAR RE-EDUCATION 97112 — 23 min", "Delivery: [X] Individual …"),
/// Quarry Hill PT (QHPT: "Seen 1:1", "Measures: ______"), Bighorn Home &amp; Outpatient Therapy (BHOT: "LATE ENTRY for
/// …", "Deficit: (not entered)", clock ranges on a code's line), Chelan Basin Medical Center (CBMC: Priya Raman's
/// slashes), Encampment River PT (ERPT: Gail Sorensen's end-of-day lower case and "&amp;"), Bootheel Orthopaedic &amp;
/// Sports Medicine (BOSM: Dwayne Pressley's double slashes), Wapello Heights Care Center (WHCC: "[ ] individual [ ]
/// concurrent [x] group"), Hollyhock Lane Geriatric PT (HLG: "IN HER OWN WORDS:", "1:1 for billed time: ☒ Yes ☐ No"),
/// Wintergreen Movement Disorders Center (WMDC: "Med state:", "Pt says:", "Wife says:"), Petit Caillou PT (PCPT: dotted
/// code lines, "cher", the "Bayou Balance" levels), Rosario Strait Physiotherapy (RSP: "22.12.2026", "(23')"), Short
/// North Sports &amp; Spine (SNSS: Nadia Farhat's lower case), Lakeshore Motion PT (LMPT: "Code: | Min: | Attendance:
/// (x) 1:1"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 20 ] min"), Touchet Valley PT (TVPT:
/// "One-on-one for the entire billed service? Y / N"), Saltmeadow Women's Health &amp; Balance PT (SWH: "She reports:"
/// in curly quotes), Ocmulgee River PT (OCM: a clock range on each timed code's line), Quoddy Bay Regional Hospital
/// (QBRH: "CPT 97116 GAIT TRAINING — 18 MIN", "OUTCOME MEASURE: … SCORE: …"), Middle Loup Mobile PT (MLMPT: Carla
/// Hindman's "pt n me" and "meas __"), White River PT &amp; Balance (WRPT: "Svc:", "Numbers:"), Imperial Valley Balance
/// &amp; PT (IVBPT: "{{CLEARED — KM}}"), Llano Estacado (LERB: "AUTH #", "Minutes by CPT:"), Malheur Bend (MBOG: "→
/// 97140 · 12 min · …", "▸ measured by:"), Blackberry Creek Hospital (BCH: "Goal #2 — …", "Treated with: 97116 (18
/// min)", "How we know:"), Logan Creek PT (LCPT: the "NNVC GOAL TRACKER", "Codes/min:"), Oneota River PT (ORPT:
/// Prairielight's "Billing Grid"), Sangre de Cristo Valley Hospital (SCVH: "Target impairment: None identified
/// (default)"), Southern Tier Balance and Falls (STBF: "What we worked on / Why / How he did / Time"), St. Columba
/// (SCMH: "Measures (Last | Today):"), Cimarron Senior Therapy (CST: "CST GERI VISIT"), Caney Fork PT (CFPT: OfficeMate
/// capitals, "1ON1 FLAG:"), Saguaro Home Therapy (SHT: TxtChart stamps), St. Casimir Lakeshore (SCLH: Dee Wachowski's
/// "Pt seen indiv. thruout"), Harbor Light PT (HLPT: S:/O:/A:/P:, "Billed: 97112 (22 min)"), Lakeside Macomb (LMH:
/// "Timed Procedures"), Little Colorado River Therapy (LCRT: "Svc: … | Time: … | 1:1: Y"), JointWorks (JWO: "97140 ▸
/// 11m"), Sheboygan Harbor (SHMC: "ALL SECTIONS REQUIRED", the "IMPAIRMENTS ADDRESSED" boxes), Sawtooth Performance Lab
/// (SPL: "BLOCK A · 97112 NMR · 23 min", "DATA PASTE ▼"), Northwoods Lakes (NLMC: "▶ Imported device report"), High
/// Desert NeuroRecovery (HDNR: "97530 [ 22 ] min"), Chattahoochee Valley University's Neuro-Recovery Intensive (CVU NRI:
/// "Billed this block:"), Red Butte Vestibular &amp; Concussion (RBVC: "Tx: ☐ gaze stab ☒ habituation ☐ OKN"), Wexford
/// Commons (WCOPT: "97110 Therapeutic exercise — 22 min:"), Benedictine Coulee (BCMC: Jonah Brightwater's bullets) and
/// Dismal River (DRCH: "Time: 97112 = 22 min; 97116 = 14 min");</item>
/// <item>the online-form employers: Wayfarer Mobile PT (WMPT: the "WMPT Visit Submission" and its "Minutes for each
/// code you selected" matrix), Ironwood State University's student clinic (ISU-SMPT: the "SPT Daily Note" with its
/// "Minutes — 97112:" boxes) and Halyard Pelvic &amp; Vestibular PT (Inés Calloway's "Halyard PT — after-visit
/// form");</item>
/// <item>the scanned-paper clinics read by the EMR's OCR: Sappa Creek Community Hospital (SCCH: form R-31, "0utpatient",
/// a word hyphenated across a line's end), North Country Neuro PT (NCNPT: "SESSION: O 1:1 O CO-TX O GROUP", Gordon
/// Tveit's capitals with 0 for O, Kari Hjelle's hand read with rn for m) and Pennyroyal Senior Care (PSC: form B-7 and
/// its "| CPT | Service | Min | Units |" grid);</item>
/// <item>the shared-visit clinics: Cedar Crest Health Neuro Rehabilitation Institute (CCNRI: "TEAM:", "HANDOFF:", "CPT
/// | Furnished by | Min", the "Neuro Pathway step"), Kaskaskia University's PT Faculty Clinic (KU-PTC: "Pt : clinician
/// ☒ 1:1 ☐ 2:1", "CI feedback:") and Harbor Point PT (HPPT: the weekday float's "COVERAGE NOTE", Ray Dunleavy's lower
/// case and ampersands);</item>
/// <item>the internationally staffed clinics: Meridian Global Therapy Staffing (MGTS: "CPT / mins:", "Mode:", "Kindly
/// note"), Passaic Valley Health's neuro gym (PVH: "MODE OF DELIVERY: [X] One-to-one …", "Pt was made to do …") and
/// Altamaha PT (APT: "CPT/Time", "Goal addressed");</item>
/// <item>the new clinics of the hundred-and-ninety-first set: Tensas Basin Hospital (TBH: minutes before the code),
/// Washakie County Memorial (WCM: "[✓] 97112 NMR ___23___ min"), Sycamore Shoals (SSHR: "Mode: ☑ Individual …"), Green
/// Lake Terrace (GLT: "Minutes — 97530: [ 21 ]"), Horicon Marsh Home Therapy (HMHT: "Individual treatment? ■ Yes □
/// No"), Stephens County Home Health (SCHH), Cumberland Gap University (CGU: "Student Daily Note"), Yakima Ridge
/// Veterans Community Care (YRVC: military clock ranges), MotionWorks PT in the Bronx (MWPT: "Billing Summary:", the
/// "Exercise | Dose | Notes" table), StrideWell PT Gulfton (SWPT: "Session type:"), Gateway Arch PT (GAPT), Evergreen
/// Pointe Rehab (EPR), Copper Basin Rehab (CBR: "Code/min: 97116/19 · 1:1"), Northern Plains Sports Medicine (NPSM:
/// "Individual (1 PT : 1 athlete)") and Walnut Valley Regional Hospital (WVRH: the SOAP "O: 97140 … provided
/// one-on-one");</item>
/// <item>the dictating clinics of the hundred-and-ninety-second set: Ozaukee Neuro &amp; Balance (ONB: spoken
/// "period"), Osage Bend PT (OBPT: a struck concurrent box, "tr: KD"), Absaroka Foothills Home Therapy (AFHT: "new
/// paragraph" in the truck), Little Sioux Regional Hospital (LSRH: "PROCEDURE colon"), Cumberland Gap Therapy Associates
/// (CGTA: "scratch that"), Pelican Rapids OT &amp; Hand (PROT), Hatchie River Rehab (HRR: "Time colon", "1:1 ☒") and
/// Blue Mesa Sports PT (BMSPT: "1:05 to 1:27");</item>
/// <item>the SmartText departments of the hundred-and-ninety-third set: Kettle Moraine Medical Center (KMMC:
/// "{Yes/No:1234} No", "Time calculation:"), Owyhee Valley Orthopaedic Group (OVOG: "Timed Code Treatment Minutes"),
/// St. Ansgar Medical Center (SAMC: the SPT note), Tidewater Regional Health (TRH: "Delivered one-on-one, with no other
/// patient on my schedule", the "Steady and Strong" levels), Sandhill Crane Medical Group (SCMG: the "Timed Procedures"
/// grid), Cumberland Gap Regional Hospital (CGRH: "Start Time / Stop Time"), Grand Lake Health System (GLHS: "Was pt
/// treated 1:1 for all billed minutes?:") and Iron Range Medical Center (IRMC: "Constant attendance:", the "[Help: …]"
/// text).</item>
/// </list>
/// This Tuesday's people: a niece in the lobby with the car keys, a cousin translating from the chair, a grandson home
/// on Navy leave, a daughter and her baby in the lobby, a husband wrapping presents in the truck, a husband shovelling the
/// drive, a son in from Denver, a daughter stringing lights on the porch, a sister out front and a CI in the room (none
/// of them a patient; the Tuesday balance class, Mrs. Amato on the NuStep, the second athlete on the slide board, the
/// two other residents of the dayroom group and the bay-two patient are); a propane delivery driver, a tamale-stand cook,
/// a church sexton, a poinsettia grower, a Zamboni driver, a lutefisk-supper volunteer, a ski-lift operator, a snow-fence
/// builder, a sheep shearer, a fruitcake baker, a stained-glass repairer, a cattle brand inspector, a rural librarian, a
/// retired school custodian, a retired barber, a retired piano teacher, a grain-dryer operator, a pie-shop owner and a
/// toy-drive volunteer.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "___", "______", "—", "(not
/// entered)", "None identified (default)", "same as last visit", "as per POC", an unanswered "Y / N" or query and a box
/// the OCR reads as "O" state nothing, a ticked box or a picked SmartList value states what it names (a picked "No"
/// states that the service was not one-on-one), a box struck as entered in error is withdrawn and the box left standing
/// states what it names, a spoken "period" is punctuation and a number spoken in words is that number, a lower-case
/// run-on note says what it would in capitals, a programme's name, step or level is not a technique, and a student's
/// note co-signed by the instructor is read as the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h198-…): one-on-one in these writers' own words (an MRH ticked Individual with a niece in the
/// lobby, PVH's "One-to-one" with a cousin translating, SCHH's "Individual 1:1" with a grandson on leave, a CCNRI
/// hand-off before the block began, a dictated "seen one on one period", SWPT's "Individual (1:1)", a KU-PTC student's
/// ticked 1:1 with the CI in the room, SHT's "1:1 only her &amp; me"), notes that negate it (an MGTS Tuesday balance
/// class, Ray Dunleavy checking on Mrs. Amato on the NuStep, an OVOG block alternated with a second athlete), never state
/// it (a CFPT capitals note with no 1ON1 FLAG), and a PTA's 97110 in a WHCC dayroom group, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h198-…): checkbox states (an NCNPT "SESSION:" row read as "O" boxes, a KMMC SmartList picked
/// "No", a GLHS query left unanswered, a TVPT "Y / N" unanswered, a QHPT "Measures: ______", an SCVH default "None
/// identified") and the same kinds of fields filled (PSC "☑ Individual", an OBPT concurrent box struck beside a ticked
/// one-on-one, IRMC "Yes - one-on-one", an SHMC coordination box ticked with its typed finding, WCM "[✓] individual",
/// HLG "☒ Yes", HRR "1:1 ☒");</item>
/// <item>class 3 (v3-h198-…): named programmes and methods as techniques (RBVC habituation with the Motion Sensitivity
/// Quotient positions, LSVT BIG, a Mulligan mobilization with movement, Otago strengthening, Lokomat robotic-assisted
/// gait training, split-belt perturbation training, Frenkel exercises, Kaltenborn distraction and glides, sEMG-guided
/// pelvic-floor motor-control drills and the Knack) and a programme's level or step as the only technique ("Bayou
/// Balance level 5", "Neuro Pathway step 4", "Steady and Strong level 2");</item>
/// <item>class 4 (v4-h198-…): deficits stated as findings (her knee snaps back on the porch boards, she topples backward
/// reaching into the chest freezer, his feet don't tell him he's at the curb's edge, the hallway tilts when he checks
/// his mirrors, his knee dives in off the hay-loft ladder, her foot overshoots the library's loft stair, in the dark he
/// can't tell which way is up) and notes that state none (a BHOT "Deficit: (not entered)", an HLPT "A: Progressing.", a
/// WMPT "Same as last visit", an APT "as per POC");</item>
/// <item>class 5 (v5-h198-…): measures in every usual form (SCMH "Last | Today", a Biodex limits-of-stability paste,
/// functional reach in inches, counts and assistance for an OT's 97530, loads for 97110, mCTSIB conditions in a
/// Prairielight note, the Four Square Step Test, FGA beside an ABC percentage) and notes with none ("meas: better
/// today", MLMPT's "meas __", "will retest Berg next visit", an LMH 97110 list with no dose);</item>
/// <item>class 6 (v6-h198-…): minutes in these templates' forms (two OCM clock ranges, a DRCH "Time:" line, an SCMG
/// grid, two ISU minute boxes, Halyard's "How long for each?", two RSP clock lines, a BHOT late entry's clock range, TBH's
/// minutes before the code) and true mismatches (a CGRH start and stop 35 minutes apart on a 23-minute line, a PSC
/// grid's 26 on 14, an LERB "Minutes by CPT: 97112 = 33" on 23) and truly missing separate time (a BOSM total for two
/// codes, a KMMC session time calculation for two codes, a WMPT matrix row left empty);</item>
/// <item>class 7 (v7-h198-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (WCOPT, SCLH), 97530 (an HDNR OT, a dictated PROT OT), 97140 (MBOG) and
/// 97116 (BCH), and wholly generic notes (CFPT capitals, an LMPT "ther ex per HEP", a TVPT "manual therapy as
/// tolerated", an SSHR OT's "functional activities per POC");</item>
/// <item>ordinary (vord-h198-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — clock times, heights in inches, loads, distances,
/// degrees, counts, percentages, microvolts — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code, in its heading, in a grid's row, in a minute box or as a
/// clock range on the code's own line; no note gives minutes to a drill, a rest or a test, except the three that give
/// two codes only a total, a session's time calculation or one filled row; notes failed for want of a 97112 measure
/// carry no number but their code, its minutes and numbers that are plainly something else. DOC_GENERIC_ONLY is expected
/// only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number; for the other codes a dose (sets, repetitions, load, hold, distance, assistance
/// level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter, student or
/// staff member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what one Tuesday across so many templates could honestly be read either way: a "Pt :
/// clinician 2:1" box (which way the ratio reads), a CI treating another patient while the student treats this one, a
/// co-treatment box as the only delivery statement, a hand-off in the middle of a 97112 block, "constant attendance"
/// with no other word as a 97112's only one-on-one statement, a printed option list whose picked value is not told
/// apart from the list, a programme's step beside a sentence that may describe its drills, "with the band" and no
/// colour or count as a 97110's only dose, a test timed in minutes and seconds, "strengthening" beside a diagnosis that
/// names the region, and a dictated number the recogniser could have split ("twenty two" heard as "20 2").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 105 of 108 cases agree (106 needed), and 2 of the 72 notes the reviewer passes got a finding, on the analyzer of ee8284d (the 2026-12-07 twenty-sixth session's engine as its round ended, after the hundred-and-ninety-fifth to two-hundredth sets were worked through and two reviews; nothing was changed for this set) — its first and only run in the session, the held-out figure.</para>
/// <para>After: development data from the twenty-seventh session (2026-12-07): worked through first, on engine code d73b35b 108 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyEighthTests(ITestOutputHelper output)
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

        // MRH Okafor, "[X] Individual" and "One-on-one for the whole block" with her niece in the lobby (family, not a patient); reactive stepping, half-kneel rhythmic stabilisation, foam step-up; L hemiparesis with a late protective step; Berg and Mini-BESTest; 23 min: passes.
        ["v1-h198-mrh-okafor-niece-in-lobby"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/22/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            One-on-one for the whole block; her niece waited in the lobby with the car keys.
            Reactive stepping to quick pulls at the pelvis (backward and to the L), half-kneel to stand with rhythmic stabilization at the trunk, stepping up onto the foam block and holding.
            Impairment: L hemiparesis after the R MCA stroke; her L protective step comes late and short, and she caught herself on a pew end at the candlelight rehearsal.
            Berg 42/56 (40 two weeks ago). Mini-BESTest 16/28.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PVH "MODE OF DELIVERY: [X] One-to-one" with the patient's cousin translating from a chair (family); rocker board, tandem on the foam beam, perturbations; ankle proprioception with neuropathy; Berg and tandem secs; 22 minutes: passes.
        ["v1-h198-pvh-one-to-one-cousin-translating"] = new(
            """
            PASSAIC VALLEY HEALTH — OUTPATIENT NEURO GYM (WAYNE)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            Pt's cousin was present for translation (Polish), sitting on the chair by the mat.
            SKILLED INTERVENTION: Pt was made to do weight shifting on rocker board in A/P direction with eyes closed, tandem walking on foam beam, and perturbations were given at shoulders in narrow stance. Progressed to ball catching on foam.
            IMPAIRMENT ADDRESSED: Pt is having reduced proprioception of both ankles with increased sway when vision is removed (k/c/o peripheral neuropathy).
            OBJECTIVE: Berg 45/56. Tandem stance 9 secs with R foot in front.
            Joy Villanueva, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // MGTS "Mode: group — Tuesday balance class, 4 pts with one therapist": not one-on-one; technique, deficit and measures present.
        ["v1-h198-mgts-mode-group-tuesday-class"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            Pt c/o: "knees feel unsure when I step down from the propane truck."
            CPT / mins: 97112 – 23 mins
            Mode: group — Tuesday balance class, 4 pts with one therapist.
            Treatment given: step-down reactions from a 6 inch step onto foam, tandem walking with head turns, lateral stepping over hurdles on command.
            Findings: delayed stepping strategy and reduced ankle proprioception bilaterally.
            Outcome measure: Berg 47/56; Four Square Step Test 12.8 secs.
            Kindly note pt to bring the home exercise sheet next visit.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCHH "Individual 1:1" with her grandson home on Navy leave watching from the doorway (family); rhythmic stabilisation at the counter, step-and-stick, backward stepping to a tap; poor backward stepping and postural control; Berg and functional reach: passes.
        ["v1-h198-schh-individual-grandson-navy-leave"] = new(
            """
            Stephens County Home Health — PT visit
            97112: 23 min · Individual 1:1, her grandson home on Navy leave watched from the kitchen doorway
            Skilled tx: rhythmic stabilization at the shoulders standing at the counter, step-and-stick onto a folded bath mat, backward stepping to a light tap at the sternum.
            Finding: poor backward stepping reaction and reduced postural control; she went down reaching for the ornament box in the hall closet.
            Berg 41/56; functional reach 7 in.
            Lorrie Cates, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CCNRI hand-off from Sam to Marcus before the NMR began; Marcus (PTA) ticked 1:1 for the whole block; rhythmic stabilisation, Airex with ball toss, release from lean; trunk control after a cerebellar stroke; SARA and Berg; table 22: passes.
        ["v1-h198-ccnri-handoff-before-the-block"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Sam Okonkwo / PTA Marcus Feld
            HANDOFF: Sam → Marcus at 2:10, before the NMR started (Sam to a re-eval)
            CPT | Furnished by | Min
            97112 | Marcus F., PTA | 22
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Interventions: rhythmic stabilization in tall kneeling, stepping onto the Airex with a ball toss, reactive stepping to a release from lean.
            IMPAIRMENT TARGETED: poor trunk postural control and delayed stepping after the L cerebellar stroke.
            OUTCOME MEASURE / SCORE: SARA 10/40; Berg 44/56.
            """,
            ["I69.393"], [PTA("97112", 22)], []),

        // HPPT float Ray Dunleavy, lower case: "had mrs. amato on the nustep at the same time & checked on her between sets": another patient in the block — one-on-one missing; rest complete.
        ["v1-h198-hppt-dunleavy-amato-on-the-nustep"] = new(
            """
            HARBOR POINT PT — COVERAGE NOTE (weekday float, Port Orchard)
            Codes/min: 97112 23
            had mrs. amato on the nustep at the same time & checked on her between sets.
            pt did step-and-stick onto foam, tandem walk w/ head turns, lateral pushes at the hips in narrow stance.
            late stepping reaction & poor ankle proprioception R > L.
            mini-bestest 20/28. tandem 6 sec.
            ray dunleavy pt
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ONB dictated "seen one on one period his daughter and the baby waited out in the lobby period"; spoken punctuation; rocker board, cone stepping with head turns, rhythmic stabilisation; sensory ataxia; Berg and Romberg seconds; "twenty three minutes": passes.
        ["v1-h198-onb-dictated-daughter-and-baby"] = new(
            """
            [Dictated with speech recognition — not proofread]
            Ninety seven one one two neuromuscular reeducation twenty three minutes period seen one on one period his daughter and the baby waited out in the lobby period new paragraph
            Treatment colon rocker board side to side with eyes closed comma stepping over a row of cones with head turns comma rhythmic stabilization at the pelvis in standing period
            Deficit colon sensory ataxia with poor proprioception in both feet comma he drives a propane delivery truck and misses the cab step period
            Measures colon Berg 44 out of 56 comma Romberg eyes closed 12 seconds period
            Renata Vujic comma PT comma DPT
            """,
            ["G62.9", "R27.0"], [PT("97112", 23)], []),

        // CFPT OfficeMate capitals with no "1ON1 FLAG" line and nothing else about attendance: one-on-one missing; BAPS, foam SLS, hops; L ankle; SLS and SEBT.
        ["v1-h198-cfpt-capitals-no-flag"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT
            CPT 97112 X 22 MIN
            NOTE: BAPS BOARD LEVEL 3 BOTH DIRECTIONS, SINGLE LEG STANCE ON FOAM W BALL TOSS, LATERAL HOPS TO A STICK. IMP: L ANKLE PROPRIOCEPTION POOR, ROLLED IT ON THE FROZEN RUTS FEEDING CATTLE. OBJ: SLS L 6 SEC R 19 SEC, SEBT ANT L 58 CM.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SWPT "Session type: Individual (1:1)"; harnessed treadmill perturbations, hurdle stepping to a clap, narrow stance with head turns; reactive stepping after falls; Mini-BESTest and TUG: passes.
        ["v1-h198-swpt-session-type-individual"] = new(
            """
            StrideWell PT — Gulfton clinic 07
            Billing: 97112 NM Re-ed — 22 min
            Session type: Individual (1:1)
            Interventions: perturbation training on the treadmill at slow speed in a harness, stepping over a foam hurdle row at a clap cue, narrow-base stance with head turns.
            Deficit: delayed reactive stepping and impaired postural control; two falls this month at the tamale stand she cooks for.
            Outcome: Mini-BESTest 18/28; TUG 13.1 sec.
            Daniela Ortega, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // OVOG "Alternated between this patient and a second athlete on the slide board for the whole block": not one-on-one; rest complete.
        ["v1-h198-ovog-alternated-second-athlete"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 23
            Alternated between this patient and a second athlete on the slide board for the whole block.
            Treatment: single-leg squat on the BOSU with band perturbations at the knee, lateral bound and stick, reactive cuts to a light cue.
            Impairment: L knee neuromuscular control deficit, dynamic valgus on landing after the ACL reconstruction.
            Objective: Y-balance anterior L 63 cm, R 70 cm; 6 of 10 landings without valgus.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S83.512D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KU-PTC student SOAP, "Pt : clinician ☒ 1:1", the CI in the room and treating no one else; X1 on foam, hall walking with head turns, feet together on foam; L vestibular hypofunction; DGI and DHI; 23 min: passes.
        ["v1-h198-ku-ptc-spt-ci-in-room"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Carbondale)
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Supervision: ☐ line-of-sight ☒ in-room ☐ available
            CI treating another pt during session? ☐ Y ☒ N
            Pt : clinician ☒ 1:1 ☐ 2:1
            S: Pt is the church sexton; says the choir-loft stairs "move" when he looks up to light the candles.
            O: 97112 — 23 min. X1 gaze stabilization yaw standing on foam, walking the hall with pitch head turns, feet together on foam with eyes closed.
            DGI 17/24; DHI 44.
            A: L vestibular hypofunction with motion-provoked dizziness.
            CI feedback: good guarding on the turns.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // WHCC PTA 97110 with "[x] group" and three residents doing the same exercises: 97110 has no one-on-one check; named exercises with doses, hip flexor and quad weakness: passes.
        ["v1-h198-whcc-lukin-97110-dayroom-group"] = new(
            """
            97110 x 17 min  D. Lukin PTA  [ ] individual [ ] concurrent [x] group  dayroom
            Group of 3 residents, same exercises.
            Tx: seated marching 2 x 15 with 2 lb cuffs, sit-to-stand from the dayroom chair 3 x 8, long-arc quads 3 x 12 with 2 lb.
            B hip flexor and quad weakness; she can't rise from the dining chair without pushing off twice.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // SHT TxtChart "[9:15a] 97112 23m 1:1 only her & me", husband wrapping presents out in the truck; couch-cushion tandem, stepping over the dog bed, perturbations; ankle proprioception and late step; Berg and SLS: passes.
        ["v1-h198-sht-only-her-and-me"] = new(
            """
            TxtChart · Saguaro Home Therapy · R. Villalobos PT · home visit, Oro Valley
            [9:14a] husband out in the truck wrapping presents
            [9:15a] 97112 23m 1:1 only her & me
            [9:16a] tx: tandem stance at the counter on a couch cushion, stepping over the dog bed to a stop, perts at the shoulders w eyes closed
            [9:37a] problem: reduced ankle proprioception + late step, she snagged a foot on the luminaria bags along the walk
            [9:38a] Berg 46/56; SLS R 7 s
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // NCNPT scanned form, "SESSION: O 1:1 O CO-TX O GROUP" (the OCR's O for an empty box) and nothing else about attendance: one-on-one missing; content complete.
        ["v2-h198-ncnpt-session-row-read-as-o"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            PATIENT: ______________________   DOB: ____________
            SESSION: O 1:1   O CO-TX   O GROUP
            PROBLEM: R LEG PROPRIOCEPTION + TIMING (MS), R FOOT SLAPS ON THE ARENA STEPS
            INTERVENTIONS: F0AM STANCE W/ EYES CL0SED, STEPPING TO FLOOR TARGETS TO A METRONOME, RHYTHMIC STABILIZATION IN HALF-KNEEL
            OUTCOME MEASURES: BERG 45/56. 10MWT 0.92 M/S.
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["R26.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PSC form B-7 "☑ Individual" with the unbilled grid rows empty; weight shift onto foam, perturbed reaches, stepping over a towel; R weight acceptance after a stroke; Berg and 5xSTS; grid 23: passes.
        ["v2-h198-psc-individual-ticked-grid"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____
            Skilled intervention: sit-to-stand with weight shift onto the R over a foam pad, reaching across midline at the counter with lateral perturbations, stepping over a rolled towel leading with the R
            Impairment: poor weight acceptance on the R and delayed righting after the L CVA, leans L in the chapel pew
            Objective: Berg 37/56; 5xSTS 19.4 sec
            Pt response: fewer losses of balance on the reaches
            D. Pennebaker, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // OBPT transcription: the Concurrent box struck as entered in error beside a ticked One-on-one, which stands; foam reaches, tandem with head turns, rhythmic stabilisation; postural control; Berg and tandem: passes.
        ["v2-h198-obpt-concurrent-struck-one-on-one-stands"] = new(
            """
            Osage Bend Physical Therapy
            Treatment delivery: One-on-one [X] / Concurrent [X] — struck, entered in error, P.L. / Group [ ]
            97112 neuromuscular re-education, 22 minutes. She stood on the foam pad reaching for cones at shoulder height, then tandem walked along the wall with head turns, and finished with rhythmic stabilization at the shoulders in a narrow stance.
            Deficit: reduced postural control and a slow ankle strategy; she grows poinsettias and lost her balance bending over the greenhouse benches.
            Berg 48 of 56. Tandem stance 10 seconds.
            Paul Lindqvist, PT  tr: KD
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // IRMC "Constant attendance: Yes - one-on-one, no other patient in the gym", help text answered; step-and-stick, tandem with a ball pass, perturbations; R ankle proprioception after a fracture; SLS and Berg: passes.
        ["v2-h198-irmc-constant-attendance-yes-one-on-one"] = new(
            """
            IRON RANGE MEDICAL CENTER - THERAPY DAILY NOTE
            Service: 97112 Neuromuscular Re-education - 22 min
            Constant attendance: Yes - one-on-one, no other patient in the gym
            Technique(s) [Help: name the technique(s) used, e.g., PNF D1/D2, perturbation training, gaze stabilization, BAPS]:
            Step-and-stick onto the half foam roll, tandem walking with a ball passed around the body, perturbations at the pelvis in stride stance.
            Impairment [Help: system targeted]: R ankle proprioception after the fracture; the Zamboni driver feels the ice "go" under his R foot.
            Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): SBA
            Objective: SLS R 8 sec; Berg 50/56.
            Provider: Tove Lindahl, PT
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // KMMC "One-on-one: {Yes/No:1234} No" picked: not one-on-one; content complete.
        ["v2-h198-kmmc-smartlist-picked-no"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Subjective: "The lutefisk supper is Saturday and I'll be on my feet all night."
            Neuromuscular Re-education (97112)
            Time calculation: 1010-1032 = 22 min
            One-on-one: {Yes/No:1234} No
            Interventions: rhythmic stabilization in tall kneeling, foam stance with horizontal head turns, forward and lateral stepping over 6 in hurdles.
            Impairment: impaired postural control and a late stepping reaction to the L.
            Objective: Berg 45/56; FGA 21/30.
            Electronically signed by Greta Pfaff, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // GLHS "Was pt treated 1:1 for all billed minutes?:" left unanswered, nothing else on attendance: one-on-one missing; content complete.
        ["v2-h198-glhs-query-unanswered"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?:
            Neuromuscular re-ed performed: BAPS board level 2 in standing, single-leg stance on the Airex with a ball toss, lateral step-and-stick.
            Deficit targeted: R ankle proprioception after the sprain on the cheese-plant loading dock.
            Objective: SLS R 9 sec; SEBT anterior R 61 cm.
            Therapist: Renata Fledderjohn, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y / N" with neither circled: one-on-one missing; content complete.
        ["v2-h198-tvpt-delivery-y-n-unanswered"] = new(
            """
            TOUCHET VALLEY PT
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: perturbation training in stride stance on the Airex, stepping onto a compliant pad to a stop, tandem walking with eyes closed along the rail — to retrain his ankle and hip strategies.
            DEFICIT ADDRESSED: impaired postural control and a delayed ankle strategy after the fall off the snow-fence trailer.
            MEASURE: Mini-BESTest 19/28; tandem eyes closed 5 sec.
            Owen Takacs, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT "Measures: ______" and no number but the code and its minutes: measure missing.
        ["v2-h198-qhpt-measures-line-blank"] = new(
            """
            Quarry Hill PT — Montpelier
            97112 — 23 min. Seen 1:1.
            Tx: rocker board A/P with eyes closed, stepping over ski boots lined up on the mat, rhythmic stabilization at the shoulders in half kneel.
            Why: reduced ankle proprioception and a slow hip strategy; the ski-lift operator slips stepping off the unload ramp.
            Measures: ______
            Eli Tremblay, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SCVH "Target impairment: None identified (default)" and no deficit anywhere else: deficit missing; technique, measure and one-on-one present.
        ["v2-h198-scvh-target-impairment-default"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PT only
            Interventions: rocker board M/L with eyes closed; step-and-stick onto the foam to a called color; perturbations at the hips in tandem stance
            Target impairment: None identified (default)
            Outcome: Berg 46/56; TUG 11.3 sec
            Timed Codes: 97112 — 23 min
            Gil Trujillo, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SHMC "IMPAIRMENTS ADDRESSED: … ☒ coordination …" ticked with its finding typed after it; PNF D1 LE patterns, rhythmic stabilisation, metronome stepping; dysmetria; SARA and heel-to-shin: passes.
        ["v2-h198-shmc-coordination-box-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: none known. Precautions: fall risk.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: PNF D1 flexion/extension LE patterns in standing, rhythmic stabilization in tall kneeling, stepping to floor targets at a metronome.
            IMPAIRMENTS ADDRESSED: ☐ balance ☐ strength ☒ coordination ☐ gait — L leg dysmetria and poor timing after the cerebellar stroke
            OUTCOME MEASURES: SARA 12/40; heel-to-shin L 5 of 10 on target.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT, DPT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // WCM "[✓] 97112 NMR ___23___ min [✓] individual", the other code rows unticked; trunk stabilisation on a ball, foam tandem, reactive stepping; trunk postural control; Berg and foam tandem: passes.
        ["v2-h198-wcm-individual-ticked"] = new(
            """
            WASHAKIE COUNTY MEMORIAL — Daily Tx Record
            [ ] 97110 TE _____ min
            [✓] 97112 NMR ___23___ min   [✓] individual [ ] group
            [ ] 97116 Gait _____ min
            Tx: rhythmic stabilization at the trunk sitting on a therapy ball, tandem stance on foam with head turns, reactive stepping to a push.
            Deficit: poor trunk postural control and a slow stepping reaction; the sheep shearer can't hold a ewe without losing his footing.
            Measure: Berg 47/56; tandem on foam 8 sec.
            Gil Etchepare, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLG "1:1 for billed time: ☒ Yes ☐ No"; walking with head turns, X1 at the counter, quick pivots; L vestibular hypofunction; DGI and gait speed: passes.
        ["v2-h198-hlg-one-to-one-yes-ticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PT
            IN HER OWN WORDS: "I feel the floor tip when I turn around at the stove." (quoted as said)
            WHAT WE DID: 97112 · 22 min — walking with head turns along the hall rail, X1 viewing standing at the counter, quick pivots to targets taped on the wall.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: L vestibular hypofunction, unsteady with head turns and turning.
            MEASURED: DGI 16/24; gait speed with head turns 0.74 m/s.
            Thomas Ashby, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HRR tablet "1:1 ☒ Co-treat ☐" with spoken fields ("Time colon twenty two minutes"); half-kneel stabilisation, stepping over a cane, rocker weight shifts; R hemiparesis; Berg and reach in words: passes.
        ["v2-h198-hrr-one-to-one-ticked"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Treatment colon rhythmic stabilization at the pelvis in half kneeling comma stepping over a cane to the right and holding comma weight shifts on the rocker board period
            Deficit colon right hemiparesis with a delayed weight shift and poor motor recruitment of the right hip period
            Measures colon Berg thirty eight out of fifty six comma functional reach nine inches period
            Cody Pruett comma PTA
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods, and a programme's level or step as the only technique

        // RBVC "Tx: ☐ gaze stab ☒ habituation ☐ OKN" with the Motion Sensitivity Quotient positions repeated; visual-vestibular motion sensitivity after a concussion; MSQ and DHI; "Just her and me"; PTA 23 min: passes.
        ["v3-h198-rbvc-habituation-msq-positions"] = new(
            """
            RBVC West Sedona — Tue
            Sess A ▸ 97112 ▸ 23 min
            Just her and me the whole session; her husband stayed out in the jeep.
            Tx: ☐ gaze stab ☒ habituation ☐ OKN — Motion Sensitivity Quotient positions repeated: sit to supine, rolling R, nose to R knee and back up, 3 reps each, then 180° turns to the R in standing
            Visual-vestibular motion sensitivity after the concussion; the stained-glass repairer gets dizzy bending to the bottom panes.
            MSQ 31 (44 at eval); DHI 40.
            J. Halvorsen PTA
            """,
            ["S06.0X0D"], [PTA("97112", 23)], []),

        // BCMC Jonah's bullets, LSVT BIG maximal daily exercises, BIG walking and a functional task; hypokinesia in Parkinson's; 10MWT and step length; "seen 1:1"; 22 min: passes.
        ["v3-h198-bcmc-lsvt-big-grain-truck-cab"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (TOMAH)
            Jonah Brightwater, PT, DPT · session 11 of 16 LSVT BIG
            • 97112 — 22 min, seen 1:1
            • LSVT BIG maximal daily exercises (floor-to-ceiling reach, side-to-side, forward and backward rock-and-reach), BIG walking down the hall with big arm swing, functional task: stepping up into the cab of his grain truck
            • Problem: hypokinesia with small, shuffling steps and reduced arm swing (Parkinson's disease)
            • 10MWT 1.02 m/s (0.81 at eval); step length 55 cm
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // JWO 97140 "▸ 11m": Mulligan mobilization with movement for knee flexion and STM; R knee flexion stiffness; degrees before and after: passes.
        ["v3-h198-jwo-mulligan-mwm-knee"] = new(
            """
            JointWorks QuickNote · Elkhart · K. Amstutz PT, DPT
            97140 ▸ 11m
            Tx ▸ Mulligan mobilization with movement for knee flexion in standing (belt-assisted tibial IR glide), 3 sets of 6; STM to the lateral hamstring
            Area ▸ R knee flexion stiffness after the meniscus repair; the pie-shop owner can't squat to the bottom oven
            # ▸ knee flexion R 104° → 112° after
            1:1 ▸ Y
            """,
            ["M25.661"], [PT("97140", 11)], []),

        // CST geri 97110, Otago strengthening moves with cuff weights and counts; B hip abductor and plantarflexor weakness; 30-sec chair stand; PTA 19 min: passes.
        ["v3-h198-cst-otago-strengthening-97110"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, at the dining-room door
            ORTHOSTATICS lying → standing: negative
            97110 THER EX — 19 min
            TX: Otago strengthening — front knee strengthening 2 x 10 with a 3 lb cuff, side hip strengthening 2 x 10 with 3 lb, calf raises 2 x 10 at the counter, toe raises 2 x 10
            PROBLEM: B hip abductor and ankle plantarflexor weakness, slow to rise from the chapel pew
            OBJECTIVE: 30-sec chair stand 9
            """,
            ["M62.81"], [PTA("97110", 19)], []),

        // CVU NRI 97116, Lokomat robotic-assisted gait training then overground gait in the bars; L hemiparetic gait with knee hyperextension; distance, speed and assist; "Billed this block: 97116 (22 min)": passes.
        ["v3-h198-cvu-lokomat-97116"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 6 of 10 · Block: AM (1 of 2)
            Billed this block: 97116 (22 min)
            Staff this block: Beau Tillinghast, PT, DPT
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Robotic-assisted gait training on the Lokomat, 40% body-weight support, guidance force 60% tapering to 45%, then overground gait in the bars with the L AFO and cues for L hip extension.
            Lokomat 480 m at 1.8 km/h; overground 60 ft in the bars, min A.
            A: L hemiparetic gait with poor L stance control and knee hyperextension after the R MCA stroke.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // SPL split-belt treadmill perturbation training, force-plate landings, band perturbations; L knee control after ACL reconstruction; data paste with perturbations recovered and time to stabilisation; PTA 23 min: passes.
        ["v3-h198-spl-split-belt-perturbations"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Tanner Whitehorse (ski patroller) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: split-belt treadmill perturbation training (unexpected belt accelerations, 12 per set), single-leg landing to a stick on the force plate, band perturbations in a split squat
            Limiter: L knee neuromuscular control and a slow reactive step after the ACL reconstruction
            DATA PASTE ▼
            Perturbations recovered in one step 10 of 12 | Time to stabilisation L 1.12 s | R 0.88 s
            """,
            ["S83.512D"], [PTA("97112", 23)], []),

        // NCNPT Kari's hand read with rn for m: Frenkel exercises and floor-square stepping; L leg ataxia and dysmetria; SARA and squares; "[X] 1:1"; "CPT / MIN: 97112 / 22": passes.
        ["v3-h198-ncnpt-kari-frenkel-exercises"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1  [ ] CO-TX  [ ] GROUP
            interventions: Frenkel exercises in supine then sitting (heel to knee, heel slides to a target), stepping into floor squares in standing to a count
            problem: L leg ataxia and dysrnetria after the L cerebellar stroke, overshoots the step into the ice house
            outcorne rneasures: SARA 13/40; 9 of 12 squares hit cleanly
            CPT / MIN: 97112 / 22
            K. Hjelle PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // SCMG 97140 Kaltenborn grade III distraction and glides of the hip with STM; R hip capsular stiffness; IR and flexion degrees; grid 12: passes.
        ["v3-h198-scmg-kaltenborn-hip-97140"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT PT
            Treatment Type: Individual
            Timed Procedures
            CPT | Description | Minutes | Units
            97140 | Manual Therapy | 12 | 1
            Manual: Kaltenborn grade III long-axis distraction and posterior glides of the R hip in supine, 4 bouts of 30 sec; STM to the R TFL and iliopsoas.
            Impairment: R hip capsular stiffness, limited IR and flexion; the grain-dryer operator can't swing his leg into the loader cab.
            Objective: R hip IR 14° → 21°; flexion 96° → 104°.
            Wynn Kowalski, PT
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // Halyard after-visit form, sEMG-guided pelvic-floor motor-control drills and the Knack; pelvic-floor motor recruitment and timing; microvolts, hold seconds and cough trials; "Yes" to just you and me: passes.
        ["v3-h198-halyard-semg-knack"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today? 97112
            How long for each? (minutes) 97112: 23
            Was it just you and me the whole time? (required) Yes
            What did we do? sEMG biofeedback-guided pelvic-floor motor-control drills: quick flicks, 10-sec holds in sitting then standing, and the Knack timed to a cough and to lifting a 10 lb sack of flour.
            Which system did we work on? Pelvic-floor motor recruitment and timing (she leaks lifting flour sacks at the bakery)
            Numbers! (scores, seconds, microvolts, grades) peak 29 µV (18 at eval); endurance hold 7 sec; 0 leaks on 5 cough trials
            Inés Calloway, PT
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // PCPT "Bayou Balance level 5" as the only technique: technique missing; deficit, measure and one-on-one present.
        ["v3-h198-pcpt-bayou-balance-level-5"] = new(
            """
            Petit Caillou PT — Houma
            Code 97112 Neuro re-ed ........ 22 min   1:1
            Did: Bayou Balance level 5, moved up from level 4 last week.
            For: reduced ankle proprioception and a late step, he stumbles on the boat-launch ramp.
            Numbers: Berg 47/56; tandem R in front 9 sec.
            Jules Guidry, PT — "he's coming along, cher"
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // CCNRI "Interventions: Neuro Pathway step 4, per the step card" as the only technique: technique missing.
        ["v3-h198-ccnri-neuro-pathway-step-4"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Priya Venkataraman
            CPT | Furnished by | Min
            97112 | Priya V., PT | 23
            DELIVERY: ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent
            Interventions: Neuro Pathway step 4, per the step card.
            IMPAIRMENT TARGETED: impaired postural control and delayed protective reactions after the L MCA stroke.
            OUTCOME MEASURE / SCORE: Berg 43/56; 10MWT 0.79 m/s.
            """,
            ["I69.351"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TRH "Interventions: Steady and Strong level 2, per program handout" as the only technique: technique missing.
        ["v3-h198-trh-steady-and-strong-level-2"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 23 min
            Delivered one-on-one, with no other patient on my schedule.
            Interventions: Steady and Strong level 2, per program handout.
            Impairment: impaired postural control and poor ankle proprioception.
            Objective: Berg 44/56; TUG 12.6 sec.
            Corinne Tabb, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PTH home visit 97116 "[ 20 ] min": her L knee snaps back loading on the porch boards (genu recurvatum, knee control); quad-cane gait with cues; distance and assist: passes.
        ["v4-h198-pth-knee-snaps-back-porch-boards"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's double-wide off the county road
            Present: daughter stringing lights on the porch rail
            97116 [ 20 ] min
            Gait training with the quad cane from the bedroom to the porch and down the ramp, cueing a soft knee at loading and a shorter R step.
            Her L knee snaps back every time she loads it on the porch boards — poor L quad/hamstring control with genu recurvatum since the stroke.
            Assist/Dist: 150 ft x 2 with CGA; ramp down with min A.
            Ellie Marchand, PT
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // CBMC Priya Raman's slashes: she topples backward reaching into the chest freezer (posterior postural control, late backward step); pulls, stabilisation, backward walking; pull test and Mini-BESTest: passes.
        ["v4-h198-cbmc-raman-topples-at-chest-freezer"] = new(
            """
            cbmc neuro 97112 23 min one to one/ pt bakes the fruitcakes for the church sale/ reactive stepping to pulls from behind/ rhythmic stabilization in standing/ backward walking to a stop on cue/ she topples backward reaching into the chest freezer = poor posterior postural control & late backward step/ pull test 3 steps to recover/ mini-bestest 17/28/ priya raman pt
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LMPT: his feet don't tell him he's at the curb's edge (plantar sensory loss); textured-mat stance, rope walking, curb step-downs; Semmes-Weinstein and mCTSIB: passes.
        ["v4-h198-lmpt-feet-dont-tell-him-curb"] = new(
            """
            Lakeshore Motion PT
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: barefoot stance on the textured mat with eyes closed, heel-toe walking along a rope on the floor, step-downs off a 4 in curb to a stop.
            Why: his feet don't tell him when he's at the edge of the curb — B plantar sensory loss (neuropathy), he watches his feet to know.
            #s: Semmes-Weinstein 5.07 absent at 4 of 6 sites L; mCTSIB condition 2 18 sec.
            Hal Everson, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // YRVC: "the hallway tilts when I turn to check my mirrors" read as R vestibular hypofunction; military clock range 1340–1402 (22) matches; X2, head-turn walking, foam; DGI and DVA: passes.
        ["v4-h198-yrvc-hallway-tilts-at-mirrors"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "The hallway tilts when I turn to check my mirrors."
            97112 NMR 1340–1402, Veteran seen one-on-one.
            Skilled tx: X2 viewing seated then standing, walking with yaw head turns past the hall pictures, standing on foam with eyes closed.
            Finding: the tilt with turning is R vestibular hypofunction; his gaze blurs with quick head turns.
            DGI 18/24; DVA lost 3 lines.
            S. Nakashima, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BOSM Pressley: his knee dives in landing off the hay-loft ladder (dynamic knee neuromuscular control); drop landings, banded SL squat, bounds; hop LSI and landings: passes.
        ["v4-h198-bosm-knee-dives-off-hay-loft-ladder"] = new(
            """
            BOSM // 97112 NMR // 22 min // 1:1 // drop landings off a 12 in box to a stick // SL squat on Airex w/ band pulling the knee in // lateral bounds to a hold // R knee dives in landing off the hay-loft ladder = poor dynamic knee neuromuscular control // SL hop R 86% of L // 8/10 landings no valgus // D. Pressley PT
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // CGU student: her R foot overshoots the library loft stair (dysmetria); Frenkel target stepping, heel-to-shin slides, metronome tandem; SARA and targets; CI co-signed: passes.
        ["v4-h198-cgu-foot-overshoots-loft-stair"] = new(
            """
            Cumberland Gap University — Rehabilitation Clinic
            Student Daily Note
            97112 Neuromuscular re-education — 23 min, treated one-on-one (SPT, CI in the room)
            Intervention: Frenkel stepping to floor targets at a slow count, heel-to-shin slides to a marker, tandem walking to a slow metronome.
            Finding: her R foot overshoots the stair when she climbs to the library's loft — R leg dysmetria (cerebellar ataxia).
            Measure: SARA 9/40; 7 of 10 targets hit.
            Wren Maggard, SPT — CI: reviewed and agree. Dale Sizemore, PT
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // STBF "just us in the gym": in the dark he can't tell which way is up (reliance on vision, somatosensory and vestibular use); foam eyes closed, dim-hall walking with head turns, perturbations; mCTSIB and perturbations; "Time: 97112 — 22 min": passes.
        ["v4-h198-stbf-cant-tell-which-way-is-up"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Corning
            Mr. Emil Dobrowski, retired school custodian
            What we worked on: one-on-one, just us in the gym — foam stance with eyes closed, walking the dimmed hallway with head turns, perturbations at the hips
            Why: in the dark he can't tell which way is up — leans on his eyes, poor use of somatosensory and vestibular input for balance
            How he did: mCTSIB condition 4 9 sec (4 at eval); 6 of 8 perturbations with one step
            Time: 97112 — 22 min
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BHOT "Deficit: (not entered)" on a 97112 and no deficit elsewhere: deficit missing; clock range 0915–0938 (23) matches.
        ["v4-h198-bhot-deficit-not-entered-97112"] = new(
            """
            BIGHORN HOME & OUTPATIENT THERAPY — Buffalo storefront
            97112 NMR 0915–0938 (23 min), 1:1
            Rocker board A/P with eyes closed, step-and-stick onto the foam, lateral pushes at the hips in tandem.
            Deficit: (not entered)
            Numbers: Berg 49/56; tandem 11 sec.
            Colleen Marchetti, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // HLPT S/O/A/P with "A: Progressing." and no deficit anywhere: deficit missing; technique, measures, one-on-one and "Billed: 97112 (22 min)" present.
        ["v4-h198-hlpt-assessment-progressing-only"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            P. Sargent, PT, DPT · 12/22/2026
            S: No new complaints; the harbor's iced in.
            O: ☒ 1:1 ☐ group
            Single-leg stance on the rocker board with a medicine-ball toss, step-and-stick off the low step onto foam, tandem walking with head turns.
            SLS R 10 sec; rocker 15 sec.
            A: Progressing.
            P: Continue.
            Billed: 97112 (22 min)
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WMPT "What deficit did you target? Same as last visit" and no deficit elsewhere: deficit missing; son present (family).
        ["v4-h198-wmpt-deficit-same-as-last-visit"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112
            Minutes for each code you selected: 97112 — 23
            Was the visit one-on-one? One-on-one with the therapist
            Who else was present? (optional) her son, in from Denver
            What did you do? Step-and-stick onto a couch cushion, rhythmic stabilization at the shoulders in standing, tandem walking down the hallway runner.
            What deficit did you target? Same as last visit
            Objective measure and score: Berg 43/56; TUG 13.4 sec
            Submitted by Lacey Pruitt, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // APT "Goal addressed: as per POC" and no deficit elsewhere: deficit missing.
        ["v4-h198-apt-goal-addressed-as-per-poc"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min, 1:1
            Tx rendered: rocker board forward and back, standing on foam with ball catches, stepping over 4 hurdles with a stop.
            Pt response: Berg 46/56; foam stance eyes closed 12 secs.
            Goal addressed: as per POC
            Jerome Bautista, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // SCMH "Measures (Last | Today): Berg 41 | 44; tandem on foam 5 sec | 9 sec"; half roller, perturbations, stepping over snowshoe frames; sway and late ankle strategy; "☒ 1:1"; "Timed: 97112 ▸ 23 min": passes.
        ["v5-h198-scmh-last-today-berg"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY DAILY NOTE — Pt: Marjatta Koski
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: tandem on the half roller, perturbations at the shoulders on foam, stepping over snowshoe frames to a stop
            Impairment: postural sway and a late ankle strategy on the icy ore-dock walk
            Measures (Last | Today): Berg 41 | 44; tandem on foam 5 sec | 9 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // NLMC "▶ Imported device report — Biodex Balance SD" with limits-of-stability percentages; LOS training, foam with head turns, Airex step-and-stick; reduced limits of stability; "[X] Individual"; 22 minutes: passes.
        ["v5-h198-nlmc-biodex-limits-of-stability"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Gunnar Lysne · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: limits-of-stability training to targets on the Biodex, foam stance with head turns, step-and-stick onto the Airex
            Impairment: reduced limits of stability and a slow ankle strategy; the ice-road hauler can't lean out to latch the tailgate
            ▶ Imported device report — Biodex Balance SD
            Limits of stability overall 41% (33% last week) · Direction control 38%
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HMHT "Individual treatment? ■ Yes", husband shovelling the drive (family); reaching out of base, stepping strategy, cushion stance; limits of stability and late stepping; functional reach inches and Berg: passes.
        ["v5-h198-hmht-functional-reach-inches"] = new(
            """
            Horicon Marsh Home Therapy
            Services this visit (code / minutes): 97112 / 22
            Individual treatment? ■ Yes □ No    Caregiver present: husband, out shovelling the drive
            Reaching out of base at the counter to targets, stepping strategy drills to taps at the hips, standing on the couch cushion with head turns.
            Problem: reduced limits of stability and late stepping reactions; she tips reaching for the top cupboard.
            Functional reach 8 in (6 in at eval); Berg 42/56.
            Marty Schoenfeld, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // GLT OT 97530 "[X] Individual", "Minutes — 97530: [ 21 ]"; gift wrapping at the table, shelf reaches, carrying trips; L hand coordination and standing balance; counts and assistance: passes.
        ["v5-h198-glt-ot-97530-gift-wrapping"] = new(
            """
            Green Lake Terrace — Part B Therapy
            Code: 97530 Therapeutic Activities — 21 min Mode: [X] Individual [ ] Concurrent
            Minutes — 97530: [ 21 ]
            Activity: standing at the activity table wrapping 6 gift boxes (tape, fold, tie a bow), reaching to the second shelf for supplies 12 times, walking the boxes to the tree 3 trips.
            Goal: standing tolerance and two-handed use for holiday tasks; limited by L hand coordination and standing balance after the stroke.
            Assist: SBA at the table, CGA on the walking trips; 9 of 12 reaches without a hand on the table.
            Wilma Oyelaran, OTR/L
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // NPSM 97110 loads (goblet squats, Nordic lowers, SL RDL, adductor side plank); R hamstring and adductor weakness; dynamometry percent: passes.
        ["v5-h198-npsm-97110-loads-defenseman"] = new(
            """
            Northern Plains Sports Medicine — Bismarck
            97110 — 20 min — Individual (1 PT : 1 athlete)
            Goblet squats 3 x 8 @ 35 lb, Nordic hamstring lowers 3 x 5, single-leg RDL 3 x 8 each @ 20 lb, side plank with top-leg adduction 3 x 20 sec.
            Deficit: R hamstring and adductor weakness after the hamstring strain; the hockey defenseman can't push off in a crossover.
            Handheld dynamometry knee flexion R 78% of L.
            Brody Hagen, PT, ATC
            """,
            ["S76.311D"], [PT("97110", 20)], []),

        // ORPT Prairielight "Objective Measures: mCTSIB cond 3 30 sec, cond 4 11 sec; Berg 48/56"; Billing Grid 23 matches; "1:1 (Y/N): Y": passes.
        ["v5-h198-orpt-mctsib-conditions"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/22/2026
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis in stride stance, single-leg stance on the rocker board with head turns, lateral step-and-stick onto foam
            Clinical Findings: postural sway with vision removed and a slow ankle strategy; the cattle brand inspector wobbles on the chute catwalk
            Objective Measures: mCTSIB cond 3 30 sec, cond 4 11 sec; Berg 48/56
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LCRT "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y"; four-square stepping, beam tandem with head turns, step-and-stick; slow stepping reactions and postural control; Four Square Step Test and Berg: passes.
        ["v5-h198-lcrt-four-square-step-test"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: four-square stepping forward, back and sideways to a called cue, tandem walking on the beam with head turns, step-and-stick off a 6 inch step
            Problem: slow stepping reactions and impaired postural control; the trading-post clerk catches her toe on the rug edges
            Measure: Four Square Step Test 13.6 sec; Berg 47/56
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT "Numbers: FGA 20/30; ABC 62%" (a performance test beside the self-rated scale); head-turn walking, cane-row stepping with tracking, foam with ball pass; L vestibular hypofunction: passes.
        ["v5-h198-wrpt-fga-and-abc"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 12/22/2026
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: walking with pitch and yaw head turns to a stop, stepping over the cane row with her eyes tracking a target, foam stance with a ball pass.
            Why: L vestibular hypofunction, veers L turning her head down the grocery aisle.
            Numbers: FGA 20/30; ABC 62%.
            J. Aldridge, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Nadia Farhat lower case, "meas: better today, less wobble" and no number but the code and its minutes: measure missing.
        ["v5-h198-snss-farhat-better-today"] = new(
            """
            snss 97112 23 min 1on1. rocker board ap w eyes closed, step n stick onto foam, lateral perts at hips. poor ankle proprioception L, late step. meas: better today, less wobble. n farhat pt
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MLMPT Carla Hindman's expansion with "meas __" left empty and no other number: measure missing.
        ["v5-h198-mlmpt-meas-left-empty"] = new(
            """
            mlmpt tues ranch call. 97112 22 min 1on1 pt n me in the tack room. tx rhythmic stab in half kneel, foam stance w head turns, stepping over a lariat coil. def slow hip strategy, sways w eyes closed. meas __. carla hindman pt
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // DRCH "Data: will retest Berg next visit" and no number but the code and its minutes: measure missing.
        ["v5-h198-drch-will-retest-next-visit"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — OP PT Daily Note — Thedford
            Seen by: D. Vrbka, PT · one-on-one
            NMR: rocker board side to side with eyes closed, step-and-stick onto the foam, perturbations at the shoulders in tandem
            Problem: poor ankle proprioception and sway; the rural librarian wobbles on the book-cart ramp
            Data: will retest Berg next visit
            Time: 97112 = 23 min
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LMH 97110 list (bridges, clamshells, sit-to-stand, standing abduction) with no sets, reps or load: measure missing for 97110.
        ["v5-h198-lmh-97110-no-dose"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97110 Therapeutic Exercise: 18 Minutes
            Treated one-on-one.
            Ther ex: bridges, clamshells, sit-to-stand from the mat, standing hip abduction at the rail.
            Problem: L hip abductor and extensor weakness after the L THA; the retired tool-and-die maker can't climb into his pickup.
            Denise Kowalczyk, PT
            """,
            ["Z96.642"], [PT("97110", 18)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches and truly missing separate time

        // OCM two clock ranges, 97112 1300–1323 (23) and 97140 1323–1334 (11), both exact; both sections complete: passes.
        ["v6-h198-ocm-two-clock-ranges-97112-97140"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 1300–1323 (1:1): perturbations in single-leg stance on foam, step-and-stick off the 4 in step, tandem walk with head turns. R knee proprioception poor after TKA, slow to recover a stumble. Berg 49/56; SLS R 8 sec.
            97140 MT 1323–1334: patellar glides grade III sup/inf, tibiofemoral flexion mobilizations, STM to the distal quad. R knee flexion stiffness. Flexion 102° → 109°.
            Leland Fussell, PT
            """,
            ["Z96.651"], [PT("97112", 23), PT("97140", 11)], []),

        // DRCH "Time: 97112 = 22 min; 97116 = 14 min", both exact; NMR and gait each with technique, deficit and measure: passes.
        ["v6-h198-drch-time-line-97112-97116"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — OP PT Daily Note — Mullen clinic
            Seen by: D. Vrbka, PT · Attendance: one-on-one
            NMR: foam stance with head turns, perturbations at the pelvis, stepping over a row of cones to a stop
            Gait: cane on the hall and the ramp by the side door, cues for a longer L step and L heel strike
            Problem: sway and a late step; short L step and poor L push-off after the L ankle fracture
            Data: Berg 46/56; 260 ft with the cane SBA, ramp with the rail CGA
            Time: 97112 = 22 min; 97116 = 14 min
            """,
            ["R26.81", "S82.892D"], [PT("97112", 22), PT("97116", 14)], []),

        // SCMG "Timed Procedures" grid 97112 24 and 97116 13, both exact; each code's line complete: passes.
        ["v6-h198-scmg-grid-97112-97116"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT PT
            Treatment Type: Individual (one-on-one)
            Timed Procedures
            CPT | Description | Minutes | Units
            97112 | Neuromuscular Re-ed | 24 | 2
            97116 | Gait Training | 13 | 1
            97112: reactive stepping to pulls, tandem stance on foam with head turns, rhythmic stabilization in standing — delayed stepping reactions and postural sway; Berg 45/56.
            97116: gait with the cane on the gravel lot and the curb cut, cues for heel strike — short stride and toe drag R; 300 ft SBA with the cane.
            Wynn Kowalski, PT
            """,
            ["R26.81", "R26.89"], [PT("97112", 24), PT("97116", 13)], []),

        // ISU SPT Daily Note, "Minutes — 97112: 23" and "Minutes — 97110: 11", both exact; both codes' interventions with parameters, L ankle proprioception and calf/peroneal weakness, SLS and SEBT: passes.
        ["v6-h198-isu-two-minute-boxes"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT
            CPT code(s) billed: 97112, 97110
            Minutes — 97112: 23
            Minutes — 97110: 11
            Treatment format (select one): Individual (1 clinician : 1 patient)
            Interventions (list each with parameters): 97112 — single-leg stance on the Airex with ball catches, lateral hop-and-stick, reactive steps to CI pushes; 97110 — eccentric heel drops 3 x 15, banded ankle eversion 3 x 15 red, single-leg calf raises 3 x 12
            Impairment(s) targeted: L ankle proprioception and peroneal/calf weakness after the inversion sprain in the intramural league
            Outcome measures (name: score): SLS on Airex L 14 s; SEBT anterior L 64 cm
            CI co-signature: Co-signed — T. Vukovich, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 11)], []),

        // Halyard "How long for each? (minutes) 97112: 21, 97110: 12", both exact; vestibular work and hip/calf exercises with doses; DGI: passes.
        ["v6-h198-halyard-how-long-each-two-codes"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today? 97112, 97110
            How long for each? (minutes) 97112: 21, 97110: 12
            Was it just you and me the whole time? (required) Yes
            What did we do? 97112 — walking with head turns down the hall, X1 viewing on foam, quick turns to a called side. 97110 — bridges 3 x 12, side-lying hip abduction 3 x 12 with 2 lb, heel raises 3 x 15.
            Which system did we work on? Vestibular (R hypofunction); hip and calf strength
            Numbers! (scores, seconds, microvolts, grades) DGI 19/24
            Inés Calloway, PT
            """,
            ["H81.21", "M62.81"], [PT("97112", 21), PT("97110", 12)], []),

        // RSP two clock lines, 97112 10.00–10.23 (23') and 97110 10.23–10.32 (9'), both exact; both complete: passes.
        ["v6-h198-rsp-two-clock-lines"] = new(
            """
            Rosario Strait Physiotherapy — 22.12.2026
            97112 NMR 10.00–10.23 (23') · 1:1
            Perturbations on the wobble board, single-leg stance on foam with head turns, hop-and-stick onto a 10 cm step.
            L ankle proprioceptive deficit after the inversion injury on the ferry gangway.
            SLS on foam L 9 s (R 21 s); Y-balance anterior L 62 cm.
            97110 TE 10.23–10.32 (9') · 1:1
            Single-leg calf raises 3 × 12 with 6 kg, banded eversion 3 × 15, tibialis raises 3 × 15.
            L calf and peroneal weakness.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 9)], []),

        // BHOT late entry for 12/22 written 12/23, "97116 gait training 1410–1429 (19 min)" exact; cane gait, short R step and hip weakness, distance and assist: passes.
        ["v6-h198-bhot-late-entry-clock-range"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/22, written 12/23 — W. Thorsby, PT
            97116 gait training 1410–1429 (19 min), 1:1
            Gait from the rolling walker to the single-point cane across the clinic and the snowy back lot, cueing a longer R step and R hip extension in late stance.
            Deficit: short R step and R hip extensor weakness after the R THA; he can't walk the feed-store aisle without leaning on the cart.
            Distance: 280 ft with the cane, SBA; snowy lot 60 ft with CGA.
            """,
            ["Z96.641"], [PT("97116", 19)], []),

        // TBH "22 min 97112, one-on-one" (minutes written before the code) exact; rocker weight shifts, step-up holds, reactive stepping; R hemiparesis; Berg and 10MWT: passes.
        ["v6-h198-tbh-minutes-before-code"] = new(
            """
            Tensas Basin Hospital — Outpatient PT
            22 min 97112, one-on-one
            Treatment: weight shifts onto the R leg on the rocker board, step-ups onto a 4 in step with a hold, reactive stepping to taps at the hips.
            Problem: R hemiparesis with poor weight acceptance and a late R protective step; the retired barber can't stand at his chair for long.
            Measure: Berg 40/56; 10MWT 0.66 m/s.
            Celeste Boudreaux, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // CGRH "Start Time: 1300 Stop Time: 1335" (35) on a 23-minute line: mismatch; otherwise complete.
        ["v6-h198-cgrh-start-stop-35-on-23"] = new(
            """
            CUMBERLAND GAP REGIONAL HOSPITAL - REHABILITATION SERVICES
            Outpatient PT Daily Note
            Treatment Type: Individual
            97112 Neuromuscular Re-education  Start Time: 1300  Stop Time: 1335
            Interventions Performed: tandem stance on the half foam roll, perturbations at the shoulders in narrow stance, stepping to targets with the eyes tracking.
            Deficits: impaired postural control and ankle proprioception after the fall on the church steps.
            Objective: Berg 45/56; SLS R 6 sec.
            Signed: Dalton Creech, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // PSC form B-7 grid "| 97110 | Therapeutic Exercise | 26 | 2 |" on a 14-minute PTA 97110 line: mismatch; exercises with doses and the region present.
        ["v6-h198-psc-grid-26-on-14"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  | 26  | 2     |
            | 97112 | Neuromuscular Re-ed   |     |       |
            Skilled intervention: sit-to-stands from the 18 inch chair 3x10, standing hip extension at the rail 3x12 with 2 lb, seated knee extension 3x12 with 3 lb
            Impairment: B hip extensor and quad weakness, uses both arms to rise from the recliner
            S. Gilley, PTA
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // LERB "Minutes by CPT: 97112 = 33" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h198-lerb-minutes-by-cpt-33-on-23"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — DIMMITT
            AUTH # LE-24417 · visit 5 of 12 authorized
            Attendance: 1:1
            Tx: perturbations at the pelvis on the foam, stepping over hay-string lines to a stop, tandem walking with head turns
            Problem: sway and a late hip strategy since the cotton-trailer step gave way under him
            Objective data for reviewer: Berg 46/56; TUG 11.4 sec
            Minutes by CPT: 97112 = 33
            D. Hobart, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // BOSM Pressley "97112 + 97110 = 36 min total" with nothing per code: separate time missing; both parts complete.
        ["v6-h198-bosm-total-only-two-codes"] = new(
            """
            BOSM // 97112 + 97110 = 36 min total // 1:1 // BAPS lvl 3 both ways // SLS on foam w/ ball catches // lateral hop to stick // L ankle proprioception poor after the sprain on the feedlot ice // SEBT ant L 60 cm R 67 cm // then ther ex: SL calf raises 3x15 // band eversion 3x15 green // tib raises 3x12 // L calf & peroneal weakness // D. Pressley PT
            """,
            ["S93.402D"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // KMMC one "Time calculation: 1400-1437 = 37 min" for the session over two code headings, none under either: separate time missing; both sections complete.
        ["v6-h198-kmmc-session-time-calculation-only"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Time calculation: 1400-1437 = 37 min
            One-on-one: {Yes/No:1234} Yes
            Neuromuscular Re-education (97112)
            Interventions: step-and-stick onto foam, tandem walking with horizontal head turns, perturbations at the pelvis in stride stance.
            Impairment: delayed reactive stepping and sway with head turns.
            Objective: Berg 47/56; FGA 22/30.
            Gait Training (97116)
            Interventions: gait with a single-point cane on the hospital skyway and the stairwell, cues for a longer L step.
            Impairment: short L step and reduced L push-off after the ankle fracture.
            Objective: 350 ft with the cane SBA; 12 stairs with the rail.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["R26.81", "S82.892D"], [PT("97112", 24), PT("97116", 13)], [SepTime]),

        // WMPT matrix "97112 — 22; 97116 —" with the second row left empty: separate time missing; both codes' content complete.
        ["v6-h198-wmpt-matrix-second-row-empty"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112, 97116
            Minutes for each code you selected: 97112 — 22; 97116 —
            Was the visit one-on-one? One-on-one with the therapist
            Who else was present? (optional) —
            What did you do? 97112: step-and-stick onto the bath mat, perturbations at the hips at the kitchen counter, tandem walking on the hallway runner. 97116: gait with the four-wheeled walker out the back door and across the gravel to the mailbox, cues for a longer step and an upright trunk.
            What deficit did you target? 97112: sway and a late stepping reaction. 97116: short shuffling steps and a forward trunk lean.
            Objective measure and score: Berg 44/56; 180 ft to the mailbox and back with SBA
            Submitted by Theo Amankwah, PT
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a two-code visit (97112 and 97140) with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h198-empty-note-97112-97140"] = new(
            "",
            ["R26.81", "M25.671"], [PT("97112", 23), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h198-empty-note-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 17)], [At(NoteMissing, "97116"), Dx]),

        // A note of spaces and line breaks only on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h198-whitespace-only-ot-97530"] = new(
            "   \n \n\n  ",
            ["I69.351"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning on a WCOPT note: step-downs, wall sits, band walks, SL leg press with doses; L quad weakness with patellofemoral pain; SL squat reps; "97110 Therapeutic exercise — 22 min:": passes.
        ["v7-h198-wcopt-97110-snowplow-cab"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 7 of 12 | Haddad, Samir | DOS 12/22/2026 | Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 22 min: step-downs off the 8 in box 3x10 ea, wall sits 3x40 s, lateral band walks green 3 laps, single-leg leg press 3x10 ea with 70 lb
            Problem list: L quad weakness and patellofemoral pain on stairs; the snowplow driver climbs down from the cab leading with the R
            Objective today: single-leg squat L to a 20 in box 8 reps
            A: Good quad control on the step-downs.
            P: Progress box height.
            """,
            ["M22.2X2"], [PT("97110", 22)], []),

        // 97530's meaning on an HDNR OT note: bagging toys at the table, high-shelf reaches, carrying trips with counts and assistance; L arm weakness and standing balance after a stroke; "97530 [ 22 ] min": passes.
        ["v7-h198-hdnr-97530-toy-drive-table"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Sol Márquez, OTR/L | Pt: Verna Crump (runs the toy-drive table at her church)
            97530 [ 22 ] min
            What I did: sorting and bagging donated toys standing at the table, 20 bags; reaching to the high shelf for the bin 8 times; carrying a filled bag 30 ft to the door, 4 trips
            Why: L arm weakness and reduced standing balance after the R stroke; she wants to run the toy-drive table again this weekend
            Device paste: none today
            Assist: SBA at the table, CGA for the high reach
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // 97140's meaning on an MBOG note: cervical lateral glides, thoracic PAs and suboccipital release; R cervical rotation hypomobility; rotation degrees; "→ 97140 · 12 min": passes.
        ["v7-h198-mbog-97140-cervical-glides"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Hollis Yturri · 12/22/2026 · R. Quintero, PT
            PRIMARY OUTCOME: NDI 24% today (intake 38%)
               → 97140 · 12 min · cervical lateral glides grade III, upper thoracic PA mobilizations grade III, suboccipital release
            Impairment: R cervical rotation hypomobility; the sugar-beet loader operator can't check over his shoulder backing up
               ▸ measured by: cervical rotation R 52° (44° last visit)
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // 97116's meaning on a BCH goal note: quad-cane gait on the hall and the lobby ramp with cues; L foot drop with steppage and a short R step; distance and assist; "Treated with: 97116 (18 min)": passes.
        ["v7-h198-bch-97116-fellowship-hall"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Dorsel Maynard · 12/22/2026 · D. Mounts, PT
            Goal #2 — walk into the church fellowship hall for the Christmas dinner with the cane
            Status: progressing
            Treated with: 97116 (18 min) — gait with the quad cane on the hall and the lobby ramp, cues for L heel strike and equal step length, turning at the doorways
            Impairment: L foot drop with a steppage pattern and a short R step after the R stroke
            How we know: 200 ft with the quad cane CGA; ramp up and down with the rail, min A
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // 97530's meaning in a dictated PROT OT note: towel folding, buttoning, coin slotting with counts; R hand coordination and grip after a wrist fracture; buttoning seconds: passes.
        ["v7-h198-prot-ot-97530-dictated-laundry"] = new(
            """
            Pelican Rapids OT & Hand
            Therapeutic activities 97530 20 minutes comma one-on-one period
            Folding towels from the laundry basket 2 baskets comma buttoning a flannel shirt 4 times comma picking up coins and sliding them into a slot 20 coins with the right hand period
            Goal colon independent dressing and laundry comma limited by right hand coordination and grip after the wrist fracture period
            Six buttons in 95 seconds comma 140 seconds last week period
            Ingrid Haugen comma OTR/L
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // 97110's meaning on an SCLH note in Dee Wachowski's shorthand: SLR, bridges, mini squats, TKE with doses; ↓ R quad strength after TKA; extension lag and chair stand: passes.
        ["v7-h198-sclh-dee-97110-quad"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski, PT · Tue 12/22/2026
            Timed: 97110 × 21 min
            Delivery: Pt seen indiv. thruout
            Tx: SLR 3×12 c̄ 2#, bridges 3×12, mini squats 3×15, TKE c̄ green band 3×15
            Impairment: ↓ R quad strength s/p TKA, ext lag on the stairs at the el stop
            Objective: ext lag 10° → 6°; 30 sec chair stand 10
            A/P: progressing, cont POC
            """,
            ["Z96.651"], [PT("97110", 21)], []),

        // CFPT capitals, "1ON1 FLAG: Y", "BALANCE ACTIVITIES AND COORDINATION EXERCISES. PT TOLERATED WELL. CONTINUE POC.": wholly generic, one-on-one stated.
        ["v7-h198-cfpt-balance-activities-generic"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT
            CPT 97112 X 23 MIN     1ON1 FLAG: Y
            NOTE: BALANCE ACTIVITIES AND COORDINATION EXERCISES. PT TOLERATED WELL. CONTINUE POC.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // LMPT "Tx: ther ex per HEP, reviewed. Why: strengthening per POC. #s: —": wholly generic for the 97110.
        ["v7-h198-lmpt-ther-ex-per-hep"] = new(
            """
            Lakeshore Motion PT
            Code: 97110 | Min: 18 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: ther ex per HEP, reviewed.
            Why: strengthening per POC.
            #s: —
            Hal Everson, PT
            """,
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // TVPT 97140 "manual therapy as tolerated, per plan", "DEFICIT ADDRESSED: per plan of care", "OBJECTIVE: tolerated well": wholly generic for the 97140.
        ["v7-h198-tvpt-manual-therapy-as-tolerated"] = new(
            """
            TOUCHET VALLEY PT
            SERVICE: 97140 Manual therapy — 11 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: manual therapy as tolerated, per plan.
            DEFICIT ADDRESSED: per plan of care
            OBJECTIVE: tolerated well
            Owen Takacs, PT
            """,
            ["M54.50"], [PT("97140", 11)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // SSHR OT 97530 "functional activities per POC. Good participation. Tolerated well.": wholly generic for the 97530.
        ["v7-h198-sshr-ot-functional-activities-per-poc"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B OT
            Mode: ☑ Individual ☐ Concurrent ☐ Group ☐ Co-treatment
            CPT | Description | Min
            97530 | Therapeutic activities | 19
            Tx: functional activities per POC. Good participation. Tolerated well.
            Nell Trivette, OTR/L
            """,
            ["M62.81"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes

        // LSRH dictated headings, "PROCEDURE colon gait training 97116 19 minutes"; walker gait in the corridor and on the ramp; short R stride after a hip fracture; distance and assist: passes.
        ["vord-h198-lsrh-procedure-colon-97116"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon gait training 97116 19 minutes period gait with a front wheeled walker down the east corridor and back comma cueing for heel strike and step through comma two trips on the ramp by the chapel period
            ASSESSMENT colon step to gait with a short right stride and decreased right hip extension after the hip fracture period 240 feet times 2 with standby assist comma ramp with contact guard period
            Anil Deshpande comma PT
            """,
            ["S72.001D"], [PT("97116", 19)], []),

        // CGTA dictated 97110 with "scratch that" correcting a step height (not the minutes); sit-to-stand, step-ups, band abduction with doses; hip and quad weakness; 5xSTS: passes.
        ["vord-h198-cgta-97110-scratch-that-step"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Therapeutic exercise ninety seven one one zero, eighteen minutes. Sit to stand from the mat three sets of ten, step ups to the six inch step, scratch that, the four inch step, three sets of eight each leg, standing hip abduction with the red band three sets of twelve. Weakness of both hips and quads, she is a retired piano teacher and can't get up off the bench without pushing with her hands. Five times sit to stand eighteen point four seconds.
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // BMSPT "97112 x 22 min, 1:05 to 1:27, 1 on 1"; bounds, banded SL squats, reactive hops; R knee control after meniscus repair; Y-balance and hops: passes.
        ["vord-h198-bmspt-clock-range-one-on-one"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            97112 x 22 min, 1:05 to 1:27, 1 on 1.
            Lateral bounds to a stick on the Airex, single leg squats with a band pulling the knee in, reactive hops to a called direction.
            Impairment targeted: R knee neuromuscular control deficit and late hamstring firing after the meniscus repair.
            Y balance anterior R 60 cm vs L 67 cm. 7 of 10 hops stuck without valgus.
            Marco Esquibel, PT, DPT
            """,
            ["S83.241D"], [PT("97112", 22)], []),

        // AFHT dictated in the truck, lower case, "one on one just him and me in the kitchen", wife at the church bazaar; stepping drills, quilt stance with head turns, reaches; late stepping and ankle proprioception; Berg and tandem in words: passes.
        ["vord-h198-afht-kitchen-wife-at-bazaar"] = new(
            """
            afht home visit on the bench road dictated in the truck new paragraph ninety seven one one two neuro re-ed twenty three minutes one on one just him and me in the kitchen comma his wife was out at the church bazaar new paragraph stepping strategy drills with taps at the hips comma standing on a folded quilt with head turns comma reaching out of his base to the cupboard period he has a late stepping reaction and poor ankle proprioception from the neuropathy comma he fell carrying firewood new paragraph berg forty five out of fifty six comma tandem stance eight seconds period jodie ringling pt
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // SAMC SPT 97116 "{Delivery:3310} Individual (one-on-one)" with the CI's attestation; AFO and cane gait, stairs; L foot drop and knee hyperextension; distance, stairs and assist: passes.
        ["vord-h198-samc-spt-97116-afo-stairs"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Gait Training (97116): 20 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Interventions: gait training with the L AFO and a single-point cane on level floor and in the stairwell, cues for L heel strike and knee control in stance.
            Impairment: L foot drop and knee hyperextension in stance after the stroke.
            Objective: 320 ft with the cane, SBA; 12 stairs with the rail, CGA.
            Student: Mira Dvorak, SPT. I supervised the student throughout this service. — Lena Thorsrud, PT
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // TRH PT 97112 "Delivered one-on-one, with no other patient on my schedule"; PNF rhythmic stabilisation, stepping over a coiled line, foam tandem with head turns; truncal ataxia; Berg and SARA: passes.
        ["vord-h198-trh-97112-oyster-tonger"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 22 min
            Delivered one-on-one, with no other patient on my schedule.
            Interventions: PNF rhythmic stabilization in half kneeling, stepping over a coiled dock line, tandem stance on foam with head turns.
            Impairment: truncal ataxia and impaired postural control; the retired oyster tonger can't stand at the rail of his skiff.
            Objective: Berg 45/56; SARA 8/40.
            Corinne Tabb, PT
            """,
            ["R27.0"], [PT("97112", 22)], []),

        // IVBPT two codes, "97112 — 23 min" and "97140 — 10 min", one-on-one, both sections complete, cleared: passes.
        ["vord-h198-ivbpt-97112-97140-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/22/2026    E. Fennimore, PT
            97112 — 23 min
            One-on-one for the whole visit.
            Perturbations at the shoulders on the Airex, stepping over the hose line to a stop, tandem walking with head turns
            Deficit: postural sway and a late stepping reaction; the date-packing-shed worker slipped on the wet floor
            Berg 46/56; TUG 11.1 sec
            97140 — 10 min
            Grade III posterior talocrural glides and STM to the R gastroc-soleus
            Deficit: R ankle dorsiflexion stiffness after the sprain
            Knee-to-wall R 7 cm (4 cm last visit)
            {{CLEARED — KM}}
            """,
            ["R26.81", "M25.671"], [PT("97112", 23), PT("97140", 10)], []),

        // SCCH form R-31 single row with the 1:1 column "[v]", OCR's "tandern" and "f0am", a word broken across the line end; L ankle proprioception; SLS and rocker seconds; PTA "DO" 22 min: passes.
        ["vord-h198-scch-atwood-row-ticked"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood Clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/22 | 97112 | 22  | [v] | rocker board M/L eyes closed, tandern walk on the f0am beam, perturbations at the pelvis
            PROBLEM: L ankle proprio-
            ception poor since the fall off the grain-truck step, rolls it in the ruts
            MEASURE: SLS L 5 sec (2 at eval); rocker M/L 12 sec
            RESP: tol well                                        INIT: DO
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // NCNPT Gordon's capitals, "SESSION: [X] 1:1"; foam eyes closed, rope heel-toe, perturbations; proprioceptive loss after Guillain-Barré; Berg and Romberg: passes.
        ["vord-h198-ncnpt-tveit-guillain-barre"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1  [ ] CO-TX  [ ] GROUP
            PROBLEM: B LE PROPRIOCEPTION LOSS AFTER GUILLAIN-BARRE, FEET "WOODEN" ON THE DOCK
            INTERVENTIONS: STANDING ON F0AM EYES CLOSED, HEEL-TOE WALK ON A ROPE, PERTURBATIONS AT THE HIPS IN TANDEM
            OUTCOME MEASURES: BERG 48/56. ROMBERG EC 14 SEC.
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["G61.0"], [PT("97112", 23)], []),

        // WMDC "Delivery: ☒ Individual"; cued turning with floor lines, dual-task walking, weight shifts before stepping; freezing on turns; turn steps, FOG-Q and dual-task TUG: passes.
        ["vord-h198-wmdc-freezing-choir-robe-room"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON, about an hour after the morning dose
            Pt says: "I get stuck turning around in the choir robe room."
            Wife says: "He takes little steps when the church is crowded."
            97112 Neuromuscular re-ed — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Cued turning practice on an arc of floor lines, dual-task walking while naming carols, lateral weight shifts before stepping off.
            Freezing of gait on turns and in tight spaces; reduced weight shift before the first step.
            360° turn 9 steps (13 at eval); FOG-Q 12; TUG dual-task 15.2 sec.
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PCPT Jules "Code 97116 Gait training ........ 19 min 1:1"; walker gait from the truck over the bayou-side gravel; short R step after hip replacement; distance, steps and assist: passes.
        ["vord-h198-pcpt-97116-bayou-gravel"] = new(
            """
            Petit Caillou PT — Houma
            Code 97116 Gait training ........ 19 min   1:1
            Did: gait with the rolling walker from the truck to the porch and over the bayou-side gravel, cues for a longer R step and an upright trunk, turns at the camp door.
            For: short R step and forward lean after the R hip replacement, he drags the walker in the gravel.
            Numbers: 220 ft on the gravel with SBA; 3 porch steps with the rail, CGA.
            Jules Guidry, PT — "making progress, cher"
            """,
            ["Z96.641"], [PT("97116", 19)], []),

        // QBRH PTA "CPT 97116 GAIT TRAINING — 18 MIN", "DELIVERY: ☒ Individual"; cane gait on the cafeteria ramp; short L step after ankle ORIF; 10MWT and distance: passes.
        ["vord-h198-qbrh-pta-97116-cafeteria-ramp"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97116 GAIT TRAINING — 18 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: gait with a straight cane on the ramp to the cafeteria and across the ice-melt mat, cueing heel strike and an even step length.
            IMPAIRMENT: short L step and reduced L push-off after the L ankle ORIF.
            OUTCOME MEASURE: 10MWT SCORE: 0.84 m/s; 350 ft with the cane, SBA
            Dewey Cobb, PTA
            """,
            ["S82.852D"], [PTA("97116", 18)], []),

        // WVRH SOAP "O: 97140 Manual therapy — 11 min, provided one-on-one"; GH glides, scapular mobilisation, STM; R shoulder capsular restriction; degrees: passes.
        ["vord-h198-wvrh-97140-star-on-the-tree"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT PT (Winfield)
            S: "My shoulder won't let me reach the top of the tree to put the star on."
            O: 97140 Manual therapy — 11 min, provided one-on-one: grade III inferior and posterior GH glides, scapular mobilization in side-lying, STM to the R pec minor.
            Flexion 124° → 133°; ER 36° → 44°.
            A: R shoulder capsular restriction in elevation and ER after the proximal humerus fracture.
            P: continue 2x/wk.
            Harlan Voth, PT
            """,
            ["S42.201D"], [PT("97140", 11)], []),

        // GAPT "97110 Ther Ex: 20 min. Treated 1-on-1."; leg press, reverse lunges, lateral step-ups, ball bridges with loads; L quad and glute weakness; SL squat reps: passes.
        ["vord-h198-gapt-97110-keg-handler"] = new(
            """
            Gateway Arch PT — Soulard
            97110 Ther Ex: 20 min. Treated 1-on-1.
            Leg press 3 x 10 at 90 lb, reverse lunges 3 x 8 each with 10 lb dumbbells, lateral step-ups onto an 8 in box 3 x 10, bridges on the ball 3 x 12.
            L quad and glute weakness after the patellar tendon repair; the brewery keg handler can't squat to lift.
            Single-leg squat to a 20 in box, L 6 reps.
            Renee Blanchard, PT
            """,
            ["M62.81"], [PT("97110", 20)], []),

        // EPR "Delivery: one-on-one", "97112 — 23 min:" block; head-turn walking, X1 on foam, optokinetic video; L vestibular hypofunction with visual motion sensitivity; DGI and DHI: passes.
        ["vord-h198-epr-97112-escalator"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Delivery: one-on-one
            97112 — 23 min: walking with head turns across the gym, X1 viewing on foam, standing in front of an optokinetic video with a busy pattern.
            L vestibular hypofunction with visual motion sensitivity; the light-rail commuter gets dizzy on the station escalator.
            DGI 18/24; DHI 38.
            Priya Natarajan, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CBR "Code/min: 97116/19 · 1:1"; cane gait on the hall and gravel with turns; short L step and Trendelenburg after hip fracture; distance and assist: passes.
        ["vord-h198-cbr-97116-gravel-lot"] = new(
            """
            Copper Basin Rehab — Ducktown
            Code/min: 97116/19 · 1:1
            What: gait with a single-point cane on the clinic hall and the gravel lot, cues for L heel strike, turns around the cones.
            Finding: short L step and L hip drop (Trendelenburg) after the L hip fracture.
            #s: 280 ft with the cane SBA; gravel 80 ft CGA.
            Cody Ledford, PT
            """,
            ["S72.002D"], [PT("97116", 19)], []),

        // MWPT flowsheet "Billing Summary: 97110 — 22 min; 97140 — 9 min", "1:1 [X]"; the exercise table with doses and regions, manual with IR degrees: passes.
        ["vord-h198-mwpt-97110-97140-table"] = new(
            """
            MOTIONWORKS PT — BRONX — DAILY FLOWSHEET
            1:1 [X] Group [ ] Aide-assisted [ ]
            Billing Summary: 97110 — 22 min; 97140 — 9 min
            Exercise | Dose | Notes
            Rows, blue band | 3 x 15 | R scapular retractor weakness
            Wall slides | 3 x 10 | R shoulder flexion weakness
            ER at 0°, red band | 3 x 12 | cuff weakness after the repair
            Manual: grade II-III posterior GH glides and STM to the R infraspinatus for restricted IR; IR 34° → 42°.
            Therapist: Dominic Ruiz, PT
            """,
            ["M75.121"], [PT("97110", 22), PT("97140", 9)], []),

        // SWH "Manual therapy 97140 (12 min) — 1:1"; rib and thoracic mobilisations, STM; R lower rib and thoracic rotation hypomobility postpartum; rotation degrees: passes.
        ["vord-h198-swh-97140-ribs-car-seat"] = new(
            """
            Saltmeadow Women's Health & Balance PT
            She reports: “My ribs catch when I lift the baby out of the car seat.”
            Manual therapy 97140 (12 min) — 1:1
            Treatment: grade III rib mobilizations to the R lower ribs in side-lying, thoracic PA mobilizations, STM to the R serratus and intercostals.
            Impairment: R lower rib and thoracic rotation hypomobility postpartum.
            Measures: thoracic rotation R 38° → 47°.
            Annalise Broussard, PT, DPT
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // ERPT Gail Sorensen's end-of-day lower case, complete 97112 ("just her & me in the back gym", her sister out front), sent with no diagnosis: diagnosis missing only.
        ["vord-h198-erpt-sorensen-no-dx"] = new(
            """
            eod notes tues — g sorensen pt
            97112 22 min just her & me in the back gym & her sister waited out front. foam stance w head turns & step ups to a stick on the 6 in box & perts at the pelvis in tandem. poor ankle strategy & sway since she slipped on the lodge steps. berg 47/56 tandem 9 sec
            """,
            [], [PT("97112", 22)], [Dx]),

        // LCPT goal tracker, complete 97112 ("Codes/min: 97112 = 23", one-on-one, pulls, foam, weighted-basket stepping; late stepping and sway; Berg and pulls), sent with no diagnosis: diagnosis missing only.
        ["vord-h198-lcpt-goal-tracker-no-dx"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Wilma Stoltenberg · A. Wiese, PT
            Functional goal: carry the Christmas ham from the car to the kitchen without losing her balance [status: progressing]
            Codes/min: 97112 = 23
            Attendance: one-on-one
            Interventions: stepping strategy drills to pulls at the pelvis, foam stance with head turns, carrying a weighted basket while stepping over a hurdle
            Impairment: late stepping reaction and sway while carrying
            Progress measure: Berg 44/56; 4 of 6 pulls recovered in one step
            """,
            [], [PT("97112", 23)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
