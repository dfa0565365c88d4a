using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format, for these clinics' templates, and to write patients, sentences and numbers they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer. Written 2026-12-07 (blind), the set is one random Thursday's notes, Thursday 12/17/2026, drawn across
/// ALL the clinics of the hundred-and-seventy-third to hundred-and-ninety-third sets, each clinic in its own template,
/// voice and vocabulary and none with more than three notes: no new styles, only new patients and new wording inside
/// the same templates. It measures how the analyzer does across styles it has seen, with notes it has not; it is run
/// once, at the end of the session. About two thirds are ordinary and complete (69 of 105), single- and two-code
/// visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and students under their instructors, from:
/// <list type="number">
/// <item>the template, quoting, run-on, paper, team and international clinics of the hundred-and-seventy-third to
/// -eighty-ninth sets: White River PT &amp; Balance (WRPT: "Svc:", "Attendance: [X] 1:1 …", "What we did:", "Why:",
/// "Numbers:"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "OUTCOME MEASURE: … SCORE:
/// …"), Petit Caillou PT (PCPT: dotted code lines and the "Bayou Balance" levels), Rosario Strait Physiotherapy (RSP:
/// "17.12.2026", clock ranges with "(12')", kilograms), Ocmulgee River PT (OCM: a clock range on each timed code's line),
/// Touchet Valley PT (TVPT: "DELIVERY: One-on-one for the entire billed service? Y"), Lakeshore Motion PT (LMPT: "Code: |
/// Min: | Attendance: (x) 1:1"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 21 ] min"),
/// Hollyhock Lane Geriatric PT (HLG: "IN HIS OWN WORDS:", "MEASURED:"), Wintergreen Movement Disorders Center (WMDC:
/// "Med state:", "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat"), Short North Sports &amp; Spine (SNSS: Nadia
/// Farhat's lower case), Middle Loup Mobile PT (MLMPT: Carla Hindman's "pt n me"), Wapello Heights Care Center (WHCC:
/// "97112 x 23 min … [ ] individual [x] concurrent …"), Mercy Ridge Hospital (MRH), Quarry Hill PT (QHPT), Bighorn Home
/// &amp; Outpatient Therapy (BHOT: "Deficit: (not entered)"), Chelan Basin Medical Center (CBMC: Priya Raman's slashes,
/// Owen Brandvold's "1to1"), Encampment River PT (ERPT: Hank Twomey's capitals), Bootheel Orthopaedic &amp; Sports
/// Medicine (BOSM: Dwayne Pressley's double slashes, Kimberly Askins' pipes), Wayfarer Mobile PT (WMPT: the "Minutes for
/// each code you selected" matrix), Ironwood State University's SPT Daily Note (ISU-SMPT), Halyard Pelvic &amp; Vestibular
/// PT (the after-visit form), Sappa Creek Community Hospital (SCCH: the form R-31 flowsheet rows), North Country Neuro PT
/// (NCNPT: "SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP"), Pennyroyal Senior Care (PSC: form B-7), Cedar Crest Health Neuro
/// Rehabilitation Institute (CCNRI: "CPT | Furnished by | Min"), Kaskaskia University's PT Faculty Clinic (KU-PTC),
/// Harbor Point PT (HPPT: the "SAT CLINIC — COVERAGE NOTE" form, used this Thursday for a weekday float), Meridian
/// Global Therapy Staffing (MGTS: "CPT / mins:", "Kindly note"), Passaic Valley Health (PVH: "MODE OF DELIVERY:") and
/// Altamaha PT (APT: "CPT/Time", "Goal addressed");</item>
/// <item>the forty clinics of the hundred-and-ninety-first set, of which these had a note this Thursday: Tensas Basin
/// Hospital (TBH: "97112 x 22 min, one-on-one"), Cherry County Medical Center (CCMC: "97112 22m / 97116 13m"),
/// Sycamore Shoals Health &amp; Rehabilitation (SSHR: "Mode: ☑ Individual …"), Green Lake Terrace (GLT), Prairie Aster
/// Senior Living (PASL: "Deficit addressed: ____"), Horicon Marsh Home Therapy (HMHT), Stephens County Home Health
/// (SCHH), Cumberland Gap University (CGU), Yakima Ridge Veterans Community Care (YRVC: military clock ranges),
/// MotionWorks PT in the Bronx (MWPT), StrideWell PT Gulfton (SWPT: "Session type:"), Gateway Arch PT (GAPT), Evergreen Pointe
/// Rehab (EPR), Copper Basin Rehab (CBR), Otter Tail Lakes Rehab (OTLR: Schroth), Flatirons Vestibular &amp; Balance
/// (FVB), Lafayette River Neuro Balance Clinic (LRNB: "Yes ☐ No ☐"), Great Dismal PT (GDPT), Northern Plains Sports
/// Medicine (NPSM), Wallowa Memorial (WMH), Pecos Valley Community Hospital (PVCH), Washakie County Memorial (WCM) and
/// Walnut Valley Regional Hospital (WVRH);</item>
/// <item>the dictating clinics of the hundred-and-ninety-second set: Ozaukee Neuro &amp; Balance (ONB: spoken "period"
/// and "comma"), Osage Bend PT (OBPT: the transcriptionist's "tr:" footer and a struck delivery box), Absaroka Foothills
/// Home Therapy (AFHT), Little Sioux Regional Hospital (LSRH: "PROCEDURE colon"), Cumberland Gap Therapy Associates
/// (CGTA: "scratch that"), Hatchie River Rehab (HRR: "Time colon") and Blue Mesa Sports PT (BMSPT: "9:05 to 9:28");</item>
/// <item>the SmartText departments of the hundred-and-ninety-third set: Kettle Moraine Medical Center (KMMC: "{Yes/No:1234}",
/// "Time calculation:", the "Steady Steps" levels), Owyhee Valley Orthopaedic Group (OVOG: the "Return-to-Sport
/// Pathway" phases), St. Ansgar Medical Center (SAMC: the SPT note), Tidewater Regional Health (TRH), Sandhill Crane
/// Medical Group (SCMG: the "Timed Procedures" grid), Grand Lake Health System (GLHS: "Was pt treated 1:1 for all billed
/// minutes?:") and Iron Range Medical Center (IRMC: "Constant attendance:").</item>
/// </list>
/// This Thursday's people: a granddaughter home for the holidays, a wife in the waiting room, a son-in-law holding the
/// coat, a spouse at the Veterans' appointment, a neighbour who drove her in, a home aide and a CI in the room (none of
/// them a patient; Mr. Haskell at the parallel bars, the Thursday balance group, Mr. Beaulieu on the bike and the two
/// residents of the concurrent session are); a Christmas-wreath maker, a sugar-beet truck driver, a retired cannery
/// foreman, a crossing guard, a hardware-store clerk, a choir tenor, a duck-decoy carver, a rural mail carrier, a
/// livestock-auction ring man, a fudge-shop owner and a tow-truck driver.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "___", "____", "—",
/// "(not entered)", an unfilled SmartList and an unanswered "Yes ☐ No ☐" state nothing, a ticked box states what it
/// names, a box struck as entered in error is withdrawn, a spoken "period" is punctuation, a lower-case run-on note says
/// what it would in capitals, a programme's name, phase or level is not a technique, and a student's note co-signed by
/// the instructor is read as the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h194-…): one-on-one in these writers' own words (a WRPT "[X] 1:1" with the granddaughter present,
/// TBH's "one-on-one", a dictated "one on one period", a YRVC "seen individually" with the spouse, an LMPT "(x) 1:1"),
/// notes that negate it (a WHCC concurrent tick with Mr. Haskell at the bars, a SWPT Thursday group, an HPPT float
/// alternating with Mr. Beaulieu on the bike), never state it (a Twomey capitals note, a KMMC SmartList left unpicked),
/// and an OT's 97530 in a GLT concurrent session, which has no one-on-one check;</item>
/// <item>class 2 (v2-h194-…): checkbox states (an NCNPT "SESSION:" row with nothing ticked and one with 1:1 ticked, a
/// PSC delivery row left blank, an OBPT one-on-one box struck as entered in error beside a ticked concurrent box, an
/// IRMC "Constant attendance: ___", a QBRH "OUTCOME MEASURE: ____ SCORE: ____", a PASL "Deficit addressed: ____") and the
/// same fields filled (SSHR "☑ Individual", LRNB "Yes ☒ No ☐", TVPT "Y", GLHS "Y");</item>
/// <item>class 3 (v3-h194-…): named programmes and methods as techniques (LSVT BIG, PNF D1 extension patterns with
/// rhythmic stabilisation, Maitland grade III glides, Herdman X1 and X2 viewing, Otago moves, body-weight-supported
/// treadmill training, Schroth rotational breathing) and a programme's level or phase as the only technique ("Bayou
/// Balance level 6", "Steady Steps level 3", "Return-to-Sport Pathway phase 2");</item>
/// <item>class 4 (v4-h194-…): deficits stated as findings (his toe catches the porch step, she drifts to the left when
/// she turns her head at the crosswalk, his ankle rolls on the auction-ring sawdust, she can't feel where her feet are
/// in the dark) and notes that state none (an APT "Goal addressed: ___", a BHOT "Deficit: (not entered)", a WRPT "Why:
/// see eval", a Halyard "Which system?: —");</item>
/// <item>class 5 (v5-h194-…): measures in every usual form (Berg in a run-on line, mCTSIB seconds, counts and assist
/// for 97530, distance and assistance for gait, kilograms for 97110) and notes with none ("MEASURED: steadier, her
/// husband says", a WMPT objective answer "—", "Objective measure: deferred", a BOSM 97110 list with no dose);</item>
/// <item>class 6 (v6-h194-…): minutes in these templates' forms (two OCM clock ranges, "Codes/min: 97110 21 / 97140 10",
/// "97112 22m / 97116 13m", two SCCH flowsheet rows, APT "CPT/Time", a BMSPT spoken clock range) and true mismatches (a
/// CCNRI table's 33 on a 23-minute line, a WMPT matrix "97110 — 28" on 16, a YRVC clock range of 33 on 22) and truly
/// missing separate time (an SCCH second row with its MIN cell blank, an MGTS "Total timed treatment: 38 mins" for two
/// codes);</item>
/// <item>class 7 (v7-h194-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (QHPT), 97530 (an MRH OT), 97140 (Askins) and 97116 (a PVH PTA), and
/// wholly generic notes (Twomey, Nadia Farhat, Brandvold, an MWPT flowsheet);</item>
/// <item>ordinary (vord-h194-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — ages, clock times, heights in inches, loads, distances,
/// degrees, counts — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes
/// are written next to the code, in its heading, in a grid's row, in a minute box or as a clock range on the code's own
/// line; no note gives minutes to a drill, a rest or a test, except the one that gives two codes only a total; notes
/// failed for want of a 97112 measure carry no number but their code, its minutes and numbers that are plainly
/// something else. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement,
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
/// This set also leaves out what one Thursday across so many templates could honestly be read either way: a dictated
/// homophone standing for one-on-one ("won on won") or for a test's name, a speaker's correction that changes a code's
/// minutes, an attestation as the only one-on-one statement, a SmartLink of earlier visits' scores as the only measure,
/// a programme's level beside a sentence that may describe its drills, a struck box whose correction is not written
/// out, a grid's units column as the only number of a note failed for a measure, and an OCR misreading that lands on a
/// code's minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 102 of 105 cases agree (103 needed), and 2 of the 69 notes the reviewer passes got a finding, on the analyzer of e1617c8 (the 2026-12-07 twenty-fifth session's engine as its round ended, after the hundred-and-ninetieth to hundred-and-ninety-third sets were worked through and two reviews; nothing was changed for this set) — its first and only run in the session, the held-out figure.</para>
/// <para>After: development data from the twenty-sixth session (2026-12-07): worked through first, on engine code d840220 105 of 105, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyFourthTests(ITestOutputHelper output)
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

        // WRPT "Attendance: [X] 1:1" with the granddaughter present (family, not a patient); rocker board with head turns, pelvic perturbations; somatosensory loss; Berg and tandem seconds; 22 min: passes.
        ["v1-h194-wrpt-granddaughter-home-for-holidays"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 12/17/2026
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group (granddaughter home for the holidays watched from the chair)
            What we did: rocker board A/P with slow head turns, pelvic perturbations in narrow stance, retro stepping to a floor target.
            Why: reduced somatosensory input from both feet (neuropathy), late ankle strategy.
            Numbers: Berg 44/56 (last wk 42). Tandem stance 7 sec R fwd.
            J. Aldridge, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // WHCC "[ ] individual [x] concurrent" with Mr. Haskell at the parallel bars (another patient in the block): one-on-one missing only.
        ["v1-h194-whcc-concurrent-haskell-at-bars"] = new(
            """
            97112 x 23 min  T. Okonkwo PTA  [ ] individual [x] concurrent [ ] group  res rm 14
            Mr. Haskell at the parallel bars during the same session.
            Tx: weight shift onto L LE over a foam pad, reactive stepping to light pushes at the sternum, alternating toe taps to a 6 in step.
            Impaired postural control after the L CVA, slow protective step to the L.
            Berg 38/56. Toe taps 8 of 12 without UE support.
            """,
            ["I69.354"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // TBH "97112 x 22 min, one-on-one"; X1 viewing on foam and walking with head turns; vestibular hypofunction; DGI and foam seconds: passes.
        ["v1-h194-tbh-one-on-one-wreath-maker"] = new(
            """
            Tensas Basin Hospital — Outpatient PT
            97112 x 22 min, one-on-one
            Treatment: X1 viewing horizontal and vertical in standing on foam, walking with head turns in the hall, standing on a compliant surface eyes closed with a spotter.
            Problem: R vestibular hypofunction, oscillopsia with head turns; makes Christmas wreaths and gets dizzy looking up to hang them.
            Measure: DGI 17/24 (from 14/24). Static standing on foam eyes closed 15 sec.
            Celeste Boudreaux, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // SWPT "Session type: Group — Thursday balance group (3 patients)": not one-on-one.
        ["v1-h194-swpt-thursday-balance-group"] = new(
            """
            StrideWell PT — Gulfton clinic 07
            Billing: 97112 NM Re-ed — 23 min
            Session type: Group — Thursday balance group, 3 patients, one therapist.
            Interventions: tandem walking on a line, single-leg stance at the counter with alternating arm reaches, stepping strategy drills to a clap cue.
            Deficit: impaired ankle proprioception and delayed stepping strategy.
            Outcome: Mini-BESTest 19/28. SLS R 4 sec.
            Daniela Ortega, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ONB dictated "treated one on one comma his wife in the waiting room period"; spoken punctuation; perturbations on foam, PNF D2; ataxia; Berg; "twenty two minutes" matches: passes.
        ["v1-h194-onb-dictated-one-on-one-period"] = new(
            """
            [Dictated with speech recognition — not proofread]
            Neuromuscular reeducation ninety seven one one two twenty two minutes period treated one on one comma his wife in the waiting room period new paragraph
            Treatment colon perturbations in standing on foam comma PNF D2 flexion patterns of the arms with trunk rotation comma heel to shin tapping to a target period
            Deficit colon truncal ataxia and dysmetria of the left leg period
            Measures colon Berg 43 out of 56 comma tandem stance 6 seconds period
            Renata Vujic comma PT comma DPT
            """,
            ["R27.0"], [PT("97112", 22)], []),

        // ERPT Hank Twomey's capitals with technique, deficit and measure but nothing about one-on-one: one-on-one missing.
        ["v1-h194-erpt-twomey-capitals-unstated"] = new(
            """
            ERPT 12/17 97112 NMR 23 MIN. PT IS A RETIRED CANNERY FOREMAN. BAPS BOARD LEVEL 3 CW AND CCW, STANDING ON AIREX WITH EYES CLOSED, LATERAL STEP-UPS WITH A 3 SEC HOLD. R ANKLE PROPRIOCEPTION POOR, SWAYS WITH VISION OFF. SLS R 5 SEC, L 11 SEC. FGA 20/30. H TWOMEY PT.
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KMMC "One-on-one: {Yes/No:1234}" never picked: one-on-one missing; content otherwise complete.
        ["v1-h194-kmmc-smartlist-unpicked"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1330-1352 = 22 min
            One-on-one: {Yes/No:1234}
            Interventions: step reactions to anterior and posterior pulls, standing on foam with horizontal head turns, obstacle course with direction changes.
            Impairment: delayed reactive stepping, increased sway on compliant surfaces.
            Objective: Berg 47/56; TUG 12.4 sec.
            Electronically signed by Greta Pfaff, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // YRVC "Veteran seen individually (1:1), spouse present"; military clock range 1015–1038 (23) matches; sensory reintegration, tandem on foam; peripheral neuropathy; mCTSIB: passes.
        ["v1-h194-yrvc-seen-individually-spouse"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "feet feel like they're packed in snow."
            97112 NMR 1015–1038, Veteran seen individually (1:1), spouse present for home program.
            Skilled tx: sensory reintegration drills barefoot on textured mats, tandem stance on foam, weight shifts with eyes closed.
            Finding: B plantar sensory loss, reliance on vision for postural control.
            mCTSIB: condition 2 30 sec, condition 4 12 sec. Semmes-Weinstein 5.07 absent at 4 of 6 sites each foot.
            S. Nakashima, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // HPPT float note: alternating with Mr. Beaulieu on the bike during the block: not one-on-one.
        ["v1-h194-hppt-float-alternating-beaulieu"] = new(
            """
            HARBOR POINT PT — COVERAGE NOTE (weekday float)
            Codes/min: 97112 24
            pt worked on step-and-stick onto foam, rhythmic stabilisation in half-kneel, lateral weaving through cones while I alternated with Mr. Beaulieu on the bike.
            impaired hip strategy / postural control L > R.
            Berg 45/56. step-and-stick 6/10 held.
            ray dunleavy pta
            """,
            ["R26.89"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // GLT OT 97530 "Mode: [ ] Individual [X] Concurrent": no one-on-one check for 97530; task, goal and counts present: passes.
        ["v1-h194-glt-ot-97530-concurrent"] = new(
            """
            Green Lake Terrace — Part B Therapy
            Code: 97530 Therapeutic Activities — 19 min Mode: [ ] Individual [X] Concurrent
            Minutes — 97530: [ 19 ]
            Activity: standing at the kitchenette counter unloading the dishwasher to upper shelf, 2 trips of 8 items, then carrying a laundry basket 40 ft.
            Goal: safe standing tolerance and reach for kitchen tasks; limited by L hip weakness and fear of reaching overhead.
            Assist: CGA for the reach, SBA for carrying.
            Wilma Oyelaran, OTR/L
            """,
            ["M62.81"], [OT("97530", 19)], []),

        // LMPT "Attendance: (x) 1:1"; Frenkel-style foot placements, gaze fixation in tandem; cerebellar ataxia; SARA: passes.
        ["v1-h194-lmpt-attendance-one-to-one"] = new(
            """
            Lakeshore Motion PT
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: Frenkel foot placements to floor targets in sitting and standing, gaze fixation in tandem stance, slow-to-fast stepping to a metronome.
            Why: cerebellar ataxia with poor timing and sequencing of steps.
            #s: SARA 11/40; tandem steps 7 of 10 on the line.
            Hal Everson, PT
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // NCNPT "SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP" with nothing ticked: one-on-one missing.
        ["v2-h194-ncnpt-session-row-blank"] = new(
            """
            NORTH COUNTRY NEURO PT — DAILY NOTE — PLEASE PRINT
            CPT / MIN: 97112 / 22
            SESSION: [ ] 1:1 [ ] CO-TX [ ] GROUP
            TX: PNF D1 EXTENSION LE PATTERNS IN STANDING, RHYTHMIC STABILIZATION AT PELVIS, FOAM STANCE WITH BALL TOSS.
            PROBLEM: L HEMIPARESIS, POOR MOTOR RECRUITMENT OF L GLUT MED.
            MEASURE: BERG 40/56. SLS L 2 SEC.
            G. TVEIT PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NCNPT "SESSION: [X] 1:1": one-on-one stated; vestibular work; DGI: passes.
        ["v2-h194-ncnpt-session-one-to-one-ticked"] = new(
            """
            NORTH COUNTRY NEURO PT — DAILY NOTE — PLEASE PRINT
            CPT / MIN: 97112 / 23
            SESSION: [X] 1:1 [ ] CO-TX [ ] GROUP
            TX: gaze stabilization X2 in sitting then standing, walking with pitch head turns, standing on foam with optokinetic stripes.
            PROBLEM: L vestibular hypofunction after neuritis, dizziness with quick turns at the hardware store.
            MEASURE: DGI 18/24. DHI 46.
            K. Hjelle PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PSC form B-7 delivery row "☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment" left blank: one-on-one missing.
        ["v2-h194-psc-delivery-row-blank"] = new(
            """
            PENNYROYAL SENIOR CARE — THERAPY DAILY NOTE (form B-7)
            | CPT | Service | Min | Units |
            | 97112 | Neuromuscular Re-ed | 23 | 2 |
            Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment
            Intervention: step-over obstacles 4 in high, lateral stepping on foam with reaches, perturbations in sitting on a therapy ball.
            Impairment: impaired righting reactions and postural control; leans R in sitting.
            Objective: Berg 34/56. Functional reach 17 cm.
            L. Pennington, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // OBPT transcription: "One-on-one [X] — struck, entered in error, M.T." and "Concurrent [X]": one-on-one withdrawn and negated.
        ["v2-h194-obpt-one-on-one-struck-concurrent"] = new(
            """
            Osage Bend Physical Therapy
            Treatment delivery: One-on-one [X] — struck, entered in error, M.T. / Concurrent [X] / Group [ ]
            97112 neuromuscular re-education, 22 minutes. Patient stood on the rocker board with cone reaches across midline, then tandem walking on a balance beam with the PTA at his side, then single-leg stance with ball bounces.
            Deficit: R ankle proprioception and delayed hip strategy.
            Berg 46 of 56. Single-leg stance right 6 seconds.
            Marcy Toombs, PTA  tr: KD
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // IRMC "Constant attendance: ___" left blank and nothing else on delivery: one-on-one missing.
        ["v2-h194-irmc-constant-attendance-blank"] = new(
            """
            IRON RANGE MEDICAL CENTER — THERAPY DAILY NOTE
            97112 Neuromuscular Re-education: 23 min
            Constant attendance: ___
            Interventions: perturbation training in stride stance, stepping over a 6 in hurdle with head turns, standing on foam with eyes closed.
            Impairment: impaired postural control, slow anticipatory adjustments.
            Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): CGA
            Berg 41/56; TUG 14.8 sec.
            Arvid Salo, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH "OUTCOME MEASURE: ____ SCORE: ____" as the only outcome line and no other number: measure missing.
        ["v2-h194-qbrh-outcome-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: rhythmic stabilization in tall kneeling, foam stance with perturbations, stepping strategy drills to each side.
            IMPAIRMENT: poor proprioception B ankles, delayed stepping reaction.
            OUTCOME MEASURE: ____ SCORE: ____
            Noreen Alley, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PASL "Deficit addressed: ____" and no deficit anywhere else: deficit missing.
        ["v2-h194-pasl-deficit-addressed-blank"] = new(
            """
            Prairie Aster Senior Living — Therapy
            CPT: 97112 Minutes: 22 ☒ One-on-one
            Treatment: BAPS board level 2 seated then standing, cone taps in a clock pattern, tandem walking along the hallway rail.
            Deficit addressed: ____
            Measure: Berg 42/56; tandem walk 10 steps, 2 losses.
            D. Kuhlman, PTA
            """,
            ["M62.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SSHR "Mode: ☑ Individual"; CPT grid 97112 22; complete: passes.
        ["v2-h194-sshr-individual-ticked"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B PT
            Mode: ☑ Individual ☐ Concurrent ☐ Group ☐ Co-treatment
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 22
            Tx: seated-to-standing weight shifts with a mirror, step-ups to a 4 in step with tapping to the quad, reaching out of base on a wedge.
            Deficit: poor weight acceptance R LE, impaired postural alignment after the stroke.
            Measure: Berg 36/56; 30-sec chair stand 6.
            Ruby Hensley, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // LRNB "Was the patient treated one-on-one for all billed time? Yes ☒ No ☐": stated; vestibular; DGI and gait speed: passes.
        ["v2-h194-lrnb-yes-ticked"] = new(
            """
            Lafayette River Neuro Balance Clinic — Norfolk
            97112 Neuromuscular Re-education — 24 min
            Was the patient treated one-on-one for all billed time? Yes ☒ No ☐
            Intervention: X1 viewing at 2 Hz standing on foam, walking with head turns around cones, quick turns to targets.
            Deficit: bilateral vestibular hypofunction (crossing guard, loses her balance turning to check traffic).
            Measure: DGI 16/24; gait speed with head turns 0.82 m/s.
            Lorna Whitcomb, PT, DPT
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y": stated; complete: passes.
        ["v2-h194-tvpt-delivery-y"] = new(
            """
            TOUCHET VALLEY PT
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            INTERVENTION: reactive balance — lateral pushes in narrow stance, step-and-stick onto a foam pad, backward walking with a cup of water.
            IMPAIRMENT: delayed protective stepping and poor proprioception R knee after ACL reconstruction.
            MEASURE: Y-balance anterior R 58 cm vs L 66 cm; 8 of 10 pushes recovered in one step.
            Wade Lindgren, PT
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // GLHS "Was pt treated 1:1 for all billed minutes?: Y"; "Timed minutes 97112: 22"; complete: passes.
        ["v2-h194-glhs-query-y"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: rhythmic stabilization at the shoulders and pelvis in standing, tandem stance on foam, stepping over a 4 in hurdle.
            Deficit targeted: proprioception and postural control after L TKA.
            Berg 48/56; tandem stance on foam 9 sec.
            Therapist: Jolene Fullenkamp, PT
            """,
            ["Z96.652"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods, and a programme's level as the only technique

        // WMDC LSVT BIG maximal daily exercises with "Delivery: ☒ Individual"; hypokinesia; gait speed and step length: passes.
        ["v3-h194-wmdc-lsvt-big-choir-tenor"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON, dose taken with breakfast
            Pt says: "My steps shrink when the choir files out of the loft."
            97112 Neuromuscular re-ed — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward rock-and-reach), BIG walking with large arm swing.
            Hypokinesia and bradykinesia with reduced amplitude of stepping.
            Gait speed 0.94 m/s; step length 48 cm; 360° turn 11 steps.
            Pavel Mraz, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // CCNRI team note, PNF D1 extension with rhythmic stabilisation; "CPT | Furnished by | Min"; complete: passes.
        ["v3-h194-ccnri-pnf-d1-rhythmic-stab"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | A. Ferrante, PT | 22
            Delivery: ☒ 1:1
            INTERVENTION: PNF D1 extension LE patterns in side-lying then standing, rhythmic stabilization at the pelvis, slow reversals.
            IMPAIRMENT TARGETED: poor motor recruitment and timing of L hip extensors after the stroke.
            OUTCOME MEASURE / SCORE: Berg 39/56; 10MWT 0.71 m/s.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // RSP 97140 Maitland grade III glides with a clock range "(12')"; restricted GH; ROM degrees: passes.
        ["v3-h194-rsp-maitland-grade-iii-97140"] = new(
            """
            Rosario Strait Physiotherapy — 17.12.2026
            97140 MT 14.10–14.22 (12') · 1:1
            Maitland grade III inferior and posterior GH glides, scapular mobilisation in side-lying.
            Restricted R shoulder elevation and ER after the humerus fracture; reaching the top shelf at the fudge shop.
            Flexion 118° → 131° after; ER 32° → 40°.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["S42.201D"], [PT("97140", 12)], []),

        // FVB Herdman X1 and X2 viewing; vestibular hypofunction; DHI and DVA: passes.
        ["v3-h194-fvb-herdman-x1-x2"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            97112 (23 min), individual session
            Herdman gaze stabilization: X1 viewing yaw and pitch at 1.5 Hz, X2 viewing in standing, then walking 30 ft with X1.
            Why: L unilateral vestibular hypofunction, blurred vision with head turns on the mail route.
            Numbers: dynamic visual acuity 4 lines lost → 2 lines lost; DHI 38.
            Tamsin Greeley, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // HLG Otago moves; "1:1 for billed time: ☒ Yes"; fall risk, weak ankle strategy; 30-sec chair stand and 4-stage balance: passes.
        ["v3-h194-hlg-otago-moves"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PT
            IN HIS OWN WORDS: "I don't trust my feet on the church steps." (quoted as said)
            WHAT WE DID: 97112 · 22 min — Otago balance progression: tandem walk, backward walk, sideways walk, heel-toe walk at the counter, sit-to-stand without hands.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: poor ankle strategy and postural control, two falls since summer.
            MEASURED: 4-stage balance test — tandem 6 sec, SLS 2 sec; 30-sec chair stand 8.
            Birdie Lanning, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CCMC body-weight-supported treadmill training for 97116; hemiparetic gait; distance, speed and support: passes.
        ["v3-h194-ccmc-bwstt-97116"] = new(
            """
            Cherry County Medical Center — PT
            97116 21 min — 1:1
            Did: body-weight-supported treadmill training, 30% BW support, 0.9 mph, manual facilitation of L knee extension in stance.
            Why: L hemiparetic gait with knee buckling and short R step.
            Numbers: 640 ft total on the treadmill; overground 10MWT 0.52 m/s with quad cane, min A.
            Marla Stutzman, PT
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // OTLR Schroth rotational angular breathing and corrections for 97110; thoracic curve; reps and hold: passes.
        ["v3-h194-otlr-schroth-97110"] = new(
            """
            Otter Tail Lakes Rehab — Fergus Falls
            Timed codes: 97110 therapeutic exercise 20 min
            Schroth: rotational angular breathing in prone over a bolster, muscle cylinder in side-lying on the convex side, 3 sets of 10 breaths with 10-sec holds; corrected sitting at the wall bars 3 x 5.
            Target: R thoracic curve, L lumbar compensatory curve, trunk extensor weakness.
            Angle of trunk rotation 9° on scoliometer (from 11°).
            Solveig Rønning, PT
            """,
            ["M41.125"], [PT("97110", 20)], []),

        // PCPT "Bayou Balance level 6" as the only technique: technique missing; deficit, measure and one-on-one present.
        ["v3-h194-pcpt-bayou-balance-level-6"] = new(
            """
            Petit Caillou PT
            Code 97112 Neuro re-ed ........ 23 min   1:1
            Did: Bayou Balance level 6, same as Tuesday.
            For: poor proprioception both feet, unsteady on the dock boards.
            Numbers: Berg 45/56; SLS R 7 sec, L 5 sec.
            Jules Guidry, PT — "doing good, cher"
            """,
            ["E11.42"], [PT("97112", 23)], [At(Tech, "97112")]),

        // KMMC "Steady Steps level 3" as the only technique, SmartList Yes: technique missing.
        ["v3-h194-kmmc-steady-steps-level-3"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 0815-0838 = 23 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: Steady Steps level 3.
            Impairment: impaired postural control and delayed stepping reaction.
            Objective: Berg 46/56; TUG 11.9 sec.
            Electronically signed by Greta Pfaff, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // OVOG "Return-to-Sport Pathway phase 2" as the only technique: technique missing.
        ["v3-h194-ovog-return-to-sport-phase-2"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Nampa)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Delivered one-on-one.
            Treatment: Return-to-Sport Pathway phase 2, per pathway sheet.
            Impairment: R knee proprioceptive deficit and dynamic valgus on landing.
            Objective: Y-balance anterior R 61 cm, L 68 cm; single-leg hop 82% LSI.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // PTH home visit, 97116 "[ 21 ] min"; his R toe catches the porch step (foot drop); distance and assist: passes.
        ["v4-h194-pth-toe-catches-porch-step"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's farmhouse, 12/17
            Present: son-in-law holding the coat
            97116 [ 21 ] min
            Gait training with the AFO on: heel-strike cueing across the kitchen, step-to then step-through on the 3 porch steps with rail, turning at the mailbox.
            His R toe catches the porch step — R dorsiflexor weakness (foot drop) since the stroke.
            Assist/Dist: 180 ft x 2 with SBA and a cane; stairs min A.
            Ellie Marchand, PT
            """,
            ["I69.351"], [PT("97116", 21)], []),

        // SCHH: she drifts L turning her head at the crosswalk (vestibular); gaze work; DGI: passes.
        ["v4-h194-schh-drifts-at-crosswalk"] = new(
            """
            Stephens County Home Health — PT visit
            97112: 22 min · Individual 1:1, neighbor who drove her over waiting on the porch
            Skilled tx: walking with horizontal head turns along the hallway, X1 viewing in standing, stepping with quick turns.
            Finding: she drifts to the left when she turns her head at the crosswalk — L vestibular hypofunction.
            DGI 15/24; gait speed with head turns 0.7 m/s.
            Lorrie Cates, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BOSM Pressley: his ankle rolls on the auction-ring sawdust (proprioception); BAPS, hops; SEBT: passes.
        ["v4-h194-bosm-ankle-rolls-auction-ring"] = new(
            """
            BOSM // 97112 NMR // 23 min // 1:1 // BAPS lvl 4 both directions // SLS on foam w/ ball catches // lateral hops to stick // ankle rolls on the sawdust in the auction ring = L ankle proprioceptive deficit // SEBT ant L 59 cm R 66 cm // SLS L EC 4 sec // D. Pressley PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // CGU student note: she can't feel where her feet are in the dark (somatosensory); CI co-signed; mCTSIB: passes.
        ["v4-h194-cgu-cant-feel-feet-dark"] = new(
            """
            Cumberland Gap University — Rehabilitation Clinic
            Student Daily Note
            97112 Neuromuscular re-education — 22 min, treated one-on-one (SPT with CI in the room)
            Intervention: foam stance eyes closed with a spotter, textured mat walking barefoot, weight shifts to targets with vision blocked.
            Finding: she can't feel where her feet are in the dark — B somatosensory loss from neuropathy.
            Measure: mCTSIB condition 4 8 sec; Semmes-Weinstein 5.07 absent at 3 of 5 sites R.
            Brynn Caudill, SPT — CI: reviewed and agree. Dale Sizemore, PT
            """,
            ["G62.9"], [PT("97112", 22)], []),

        // WRPT "Why: see eval" and nothing else of a deficit: deficit missing.
        ["v4-h194-wrpt-why-see-eval"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 12/17/2026
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: perturbations on the rocker board, cone reaches in single-leg stance, step-and-stick onto a foam pad.
            Why: see eval
            Numbers: Berg 47/56; SLS L 9 sec.
            J. Aldridge, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // APT "Goal addressed: ___" and no deficit elsewhere: deficit missing.
        ["v4-h194-apt-goal-addressed-blank"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE
            CPT/Time: 97112 / 22 min, 1:1
            Tx rendered: tandem walking on a foam beam, PNF D2 flexion arm patterns in standing, stepping over 3 hurdles to a cadence.
            Pt response: Berg 44/56; tandem walk 12 steps with 1 loss.
            Goal addressed: ___
            Coretta Bivins, PTA
            """,
            ["M62.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // BHOT "Deficit: (not entered)" on a 97116: deficit missing; gait training and distance present.
        ["v4-h194-bhot-deficit-not-entered-97116"] = new(
            """
            BIGHORN HOME & OUTPATIENT THERAPY
            97116 gait training 1305–1325 (20 min), 1:1
            Gait training with a rolling walker on the gravel drive and across the shop floor, turns at the workbench and back to the truck.
            Deficit: (not entered)
            Distance: 260 ft x 2, CGA; 6 curb step-ups with rail, min A.
            Trent Amundsen, PT
            """,
            ["Z96.641"], [PT("97116", 20)], [At(Deficit, "97116")]),

        // Halyard "Which system are we working on?: —" and no deficit elsewhere: deficit missing.
        ["v4-h194-halyard-which-system-dash"] = new(
            """
            Halyard PT — after-visit form
            What did we do? perturbation training on the wobble board, step-and-stick onto a foam pad, tandem walking with a ball toss.
            How long for each? (minutes) 97112: 23
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: —
            Numbers! (scores, seconds, microvolts, grades) FGA 22/30, tandem stance 16 sec
            Inés Calloway, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // CBMC Priya Raman's slashes, Berg inside the run-on line: passes.
        ["v5-h194-cbmc-raman-berg-in-run-on"] = new(
            """
            cbmc neuro 97112 22 min one to one/ pt a sugar beet truck driver/ rhythmic stabilization in half kneel/ perturbations on foam/ tandem walk w head turns/ poor postural control & slow ankle strategy after cva/ berg 43/56 up from 39/ tandem 8 sec/ priya raman pt
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // St. Ansgar SPT note, mCTSIB seconds: passes.
        ["v5-h194-samc-spt-mctsib"] = new(
            """
            St. Ansgar Medical Center - Rehabilitation Services (Mason City)
            SPT Daily Note - Physical Therapy
            Neuromuscular Re-education (97112): 23 minutes
            Treatment delivery: {Delivery:3310} Individual (one-on-one)
            Interventions: foam stance with eyes closed, Romberg to sharpened Romberg progression, stepping reactions to lateral pulls.
            Impairment: vestibular and somatosensory dependence on vision; sways with eyes closed.
            Objective: mCTSIB condition 3 22 sec, condition 4 9 sec.
            Student: Mira Dvorak, SPT. I supervised the student throughout this service. — Lena Thorsrud, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMG 97530 OT flowsheet with counts and assist: passes.
        ["v5-h194-scmg-97530-counts-assist"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT OT
            Treatment Type: Individual
            Timed Procedures
            CPT | Description | Minutes | Units
            97530 | Therapeutic Activities | 24 | 2
            Activity: tub-transfer practice with a bench, 5 reps; standing at the counter sorting 30 hardware bins, then carrying a 5 lb box 25 ft x 3.
            Goal: independent tub transfer and standing work tolerance; limited by R shoulder weakness and poor standing balance.
            Assist: transfers min A → CGA by the 5th rep.
            Corliss Dunning, OTR/L
            """,
            ["M62.81"], [OT("97530", 24)], []),

        // HMHT 97116 "code / minutes" with distance and assistance: passes.
        ["v5-h194-hmht-97116-distance-assist"] = new(
            """
            Horicon Marsh Home Therapy
            Services this visit (code / minutes): 97116 / 22
            Individual treatment? ■ Yes □ No    Caregiver present: wife
            Gait training with a 4-wheeled walker through the kitchen to the back door, over the threshold and down one step, with cues for upright posture and step length.
            Problem: shuffling gait and forward flexed posture (Parkinson's).
            Distance 150 ft x 3 with SBA; threshold step with CGA.
            Marty Schoenfeld, PT
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // RSP 97110 with kilograms: passes.
        ["v5-h194-rsp-97110-kilograms"] = new(
            """
            Rosario Strait Physiotherapy — 17.12.2026
            97110 TE 15.00–15.18 (18') · 1:1
            Leg press 3 × 10 @ 40 kg, step-ups to a 20 cm box 3 × 8 each leg with 4 kg in hand, Nordic hamstring eccentrics 2 × 5.
            R quadriceps and hamstring weakness after ACL reconstruction.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["S83.511D"], [PT("97110", 18)], []),

        // HLG "MEASURED: steadier, her husband says" and no number: measure missing.
        ["v5-h194-hlg-measured-steadier-husband"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PT
            IN HER OWN WORDS: "The yard light's out and I go by feel." (quoted as said)
            WHAT WE DID: 97112 · 23 min — foam stance with eyes closed at the counter, side-stepping over a rolled towel, backward stepping to a light push.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: somatosensory loss both feet, poor reactive stepping backward.
            MEASURED: steadier, her husband says.
            Birdie Lanning, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WMPT objective question answered "—": measure missing.
        ["v5-h194-wmpt-objective-dash"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112
            Minutes for each code you selected: 97112 — 22
            Was the visit one-on-one? One-on-one with the therapist
            What did you do? Perturbation training on the patient's own kitchen floor, stepping strategy drills to each side, foam stance with reaching.
            What deficit did you target? Delayed stepping strategy and poor postural control.
            Objective measure and score: —
            Submitted by Hollis Trevino, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TRH "Objective measure: deferred" and no number: measure missing.
        ["v5-h194-trh-objective-deferred"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 22 min
            Delivered one-on-one, with no other patient on my schedule.
            Interventions: rhythmic stabilization in quadruped and tall kneeling, tandem walking with head turns, stepping onto a foam pad.
            Impairment: ataxia and impaired trunk control.
            Objective measure: deferred, pt fatigued.
            Corinne Tabb, PT
            """,
            ["R27.0"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BOSM Gainey (PTA) 97110 list with no dose at all: measure missing.
        ["v5-h194-bosm-gainey-97110-no-dose"] = new(
            """
            BOSM pta note 97110 ther ex 17 min  quad sets  SLR  terminal knee ext w band  wall sits  step ups  R quad weakness and knee flexion contracture after TKA  R. Gainey PTA
            """,
            ["Z96.651"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches and truly missing separate time

        // OCM two clock ranges, one per timed code, both exact; both sections complete: passes.
        ["v6-h194-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 0900–0922 (1:1): perturbation training in stride stance, foam stance with head turns, tandem walk on a line. Impaired proprioception R knee, delayed stepping reaction. Berg 49/56; tandem 14 sec.
            97110 TE 0922–0936: step-ups to an 8 in box 3 x 10, terminal knee extension with green band 3 x 15, mini squats 3 x 12. R quad weakness after TKA.
            Leland Fussell, PT
            """,
            ["Z96.651"], [PT("97112", 22), PT("97110", 14)], []),

        // HPPT "Codes/min: 97110 21 / 97140 10": each code's minutes exact; both sections complete: passes.
        ["v6-h194-hppt-codes-min-two"] = new(
            """
            HARBOR POINT PT — COVERAGE NOTE
            Codes/min: 97110 21 / 97140 10
            97110: scapular retraction with red band 3 x 15, prone Y's 2 x 10, wall slides 3 x 10 for R shoulder weakness after the rotator cuff repair.
            97140: grade II-III posterior GH glides and soft-tissue mobilization to the R upper trap and infraspinatus, restricted ER.
            ER 38° → 45°.
            Tess Nakamura, PT
            """,
            ["M75.121"], [PT("97110", 21), PT("97140", 10)], []),

        // CCMC "97112 22m / 97116 13m": both exact; both complete: passes.
        ["v6-h194-ccmc-m-suffix-two-codes"] = new(
            """
            Cherry County Medical Center — PT
            97112 22m / 97116 13m, all 1:1
            Did (97112): rocker board A/P, foam stance eyes closed, lateral reactive stepping. Why: poor ankle proprioception B, sway with vision off. Numbers: Berg 46/56.
            Did (97116): gait with a cane over the parking-lot ice mat and grass, cues for heel strike. Why: short stride and reduced push-off. Numbers: 300 ft SBA, 10MWT 0.88 m/s.
            Marla Stutzman, PT
            """,
            ["R26.81"], [PT("97112", 22), PT("97116", 13)], []),

        // SCCH form R-31 two rows, each with its MIN cell filled: passes.
        ["v6-h194-scch-two-flowsheet-rows"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL — OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT | MIN | 1:1 | TX
            12/17 | 97112 | 23 | [v] | tandem walk on foam beam, perturbations in narrow stance, step-overs to a cone — L ankle proprioception poor after fracture; Berg 47/56
            12/17 | 97110 | 12 | [v] | heel raises 3 x 15, ankle band DF/EV 3 x 12 red — L calf and peroneal weakness
            Ardis Kuhn, PT
            """,
            ["S82.852D"], [PT("97112", 23), PT("97110", 12)], []),

        // APT "CPT/Time: 97112 / 23 min; 97116 / 14 min": both exact; both complete: passes.
        ["v6-h194-apt-cpt-time-two-codes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE
            CPT/Time: 97112 / 23 min; 97116 / 14 min — 1:1 throughout
            Tx rendered: 97112 — weight shifts over the hemi side on foam, tapping to the glutes in stance, step-and-stick. 97116 — gait with a hemi-walker, cueing for L knee control, 2 laps of the gym.
            Goal addressed: L hemiparesis with knee hyperextension and poor weight acceptance.
            Pt response: Berg 37/56; gait 220 ft min A.
            Coretta Bivins, PTA
            """,
            ["I69.354"], [PTA("97112", 23), PTA("97116", 14)], []),

        // BMSPT dictated clock range "9:05 to 9:28" for a single 97112 (23): exact; passes.
        ["v6-h194-bmspt-spoken-clock-range"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            97112 x 23 min, 9:05 to 9:28, 1 on 1.
            Single leg hops to stick on foam, lateral bounds with perturbation from a band, Y-balance reaches.
            Impairment targeted: L knee proprioception and dynamic valgus after ACL graft.
            Y-balance anterior L 62 cm vs R 69 cm. 7 of 10 landings without valgus.
            Marco Esquibel, PT, DPT
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // CCNRI table says 33 for a 23-minute line: mismatch.
        ["v6-h194-ccnri-table-33-on-23"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | H. Okafor, PT | 33
            Delivery: ☒ 1:1
            INTERVENTION: rhythmic stabilization in sitting and standing, perturbations on a wobble board, stepping to targets.
            IMPAIRMENT TARGETED: truncal ataxia and delayed postural responses.
            OUTCOME MEASURE / SCORE: Berg 41/56; SARA 9/40.
            """,
            ["R27.0"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // WMPT matrix "97110 — 28" on a 16-minute 97110 line; 97112 exact: mismatch on 97110.
        ["v6-h194-wmpt-matrix-97110-28-on-16"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112, 97110
            Minutes for each code you selected: 97112 — 22; 97110 — 28
            Was the visit one-on-one? One-on-one with the therapist
            What did you do? 97112: foam stance with reaches, perturbations at the hips, tandem walking in the hall. 97110: sit-to-stand 3 x 10, side-lying hip abduction 3 x 12, calf raises 3 x 15.
            What deficit did you target? Impaired postural control; hip abductor and calf weakness.
            Objective measure and score: Berg 45/56
            Submitted by Hollis Trevino, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 16)], [At(Mismatch, "97110")]),

        // YRVC military clock range 0905–0938 (33) on a 22-minute line: mismatch.
        ["v6-h194-yrvc-clock-33-on-22"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "The ground tips when I turn my head."
            97112 NMR 0905–0938, Veteran seen individually (1:1).
            Skilled tx: X1 viewing in standing, walking with head turns, foam stance eyes closed.
            Finding: R vestibular hypofunction with head-turn oscillopsia.
            DGI 17/24.
            S. Nakashima, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // SCCH form R-31, second row's MIN cell left blank on a two-code visit: separate time missing.
        ["v6-h194-scch-second-min-blank"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL — 0UTPATIENT THERAPY DAILY FLOWSHEET (form R-31)
            DATE | CPT | MIN | 1:1 | TX
            12/17 | 97112 | 22 | [v] | perturbations on foam, tandem walk, step-overs — B ankle proprioceptive loss; Berg 44/56
            12/17 | 97116 |    | [v] | gait with a cane in the corridor 250 ft SBA, cues for heel strike — short stride
            Ardis Kuhn, PT
            """,
            ["R26.81"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // MGTS "Total timed treatment: 38 mins" for 97112 and 97110, nothing per code: separate time missing.
        ["v6-h194-mgts-total-38-two-codes"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Tulsa contract clinic
            Therapist: Oluwaseun Adeyemi, PT
            CPT: 97112, 97110
            Total timed treatment: 38 mins
            Treatment given on one-to-one basis.
            Treatment given: PNF pelvic patterns with rhythmic stabilisation, foam stance with pushes; then bridges 3 x 12, sit-to-stand 3 x 10, lateral band walks 3 laps.
            Findings: delayed stepping reaction; hip extensor and abductor weakness.
            Outcome measure: Berg 48/56.
            Kindly note pt to bring her own shoes next time.
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h194-empty-note-97112-97110"] = new(
            "",
            ["I69.351"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An empty note on a 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h194-empty-note-97116-no-dx"] = new(
            "",
            [], [PT("97116", 18)], [At(NoteMissing, "97116"), Dx]),

        // An empty note on an OT's 97530: note missing.
        ["v7-h194-empty-note-ot-97530"] = new(
            "",
            ["M62.81"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // QHPT 97110: named exercises, region and dose: passes.
        ["v7-h194-qhpt-97110-decoy-carver"] = new(
            """
            Quarry Hill PT
            97110 — 19 min. Seen 1:1.
            Ex: sit-to-stand from the low bench 3 x 10, step-ups to a 6 in step 3 x 8 each, hip abduction in side-lying 3 x 12 with 2 lb, heel raises 3 x 15.
            For: B hip and quad weakness; he carves duck decoys and can't get up off the low stool.
            Measures: 5x sit-to-stand 17.2 sec.
            Nate Pelletier, PT
            """,
            ["M62.81"], [PT("97110", 19)], []),

        // MRH OT 97530: task practice with goal and assistance: passes.
        ["v7-h194-mrh-ot-97530-wreath-hanging"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT OT
            THERAPEUTIC ACTIVITIES 97530 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Activity: simulated hanging a door wreath — reaching to a 68 in hook with the R arm 10 times, stepping onto a 4 in platform and back 8 times, carrying a 6 lb wreath 30 ft.
            Goal: return to seasonal tasks at her shop; limited by R shoulder flexion weakness and standing balance.
            Assist: SBA for the reach, CGA on the platform.
            Paula Whitacre, OTR/L
            """,
            ["M62.81"], [OT("97530", 22)], []),

        // BOSM Askins 97140 with pipes: named manual techniques, restriction, ROM numbers: passes.
        ["v7-h194-bosm-askins-97140-pipes"] = new(
            """
            BOSM | 97140 MT 11 min | 1:1 | patellar glides sup/inf and med/lat grade III | STM to the distal quad and lateral retinaculum | tibiofemoral extension mobs | restricted R knee extension and flexion after TKA | flexion 98° → 106°, ext lag 8° → 5° | K. Askins PT
            """,
            ["Z96.651"], [PT("97140", 11)], []),

        // PVH PTA 97116: gait training named, gait deviation, distance and assistance: passes.
        ["v7-h194-pvh-pta-97116-corridor"] = new(
            """
            PVH NEURO GYM — PTA TREATMENT NOTE (Paterson)
            GAIT TRAINING (97116): 18 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: gait training with a quad cane in the corridor and up and down the 4-step practice stairs, cueing for L heel strike and hip extension at terminal stance.
            IMPAIRMENT ADDRESSED: L hemiparetic gait with circumduction and reduced stance time.
            OBJECTIVE: 280 ft with quad cane, CGA; stairs with rail, min A; 10MWT 0.6 m/s.
            Rajesh Pillai, PTA
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // Twomey capitals "BALANCE TRAINING. TOLERATED WELL. CONT POC.": wholly generic, one-on-one unstated.
        ["v7-h194-erpt-twomey-balance-training-tol"] = new(
            """
            ERPT THURS 97112 NMR 22 MIN. BALANCE TRAINING. TOLERATED WELL. CONT POC. H TWOMEY PT.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Nadia Farhat "ther ex per poc tol well": wholly generic for the 97110.
        ["v7-h194-snss-farhat-ther-ex-per-poc"] = new(
            """
            snss 97110 16 min ther ex per poc. tol well. cont. n farhat pt
            """,
            ["M62.81"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Brandvold (PTA) "functional activities 1to1 tol well": wholly generic for the 97530.
        ["v7-h194-cbmc-brandvold-functional-activities"] = new(
            """
            cbmc 97530 20 min 1to1 functional activities tol well cont plan owen brandvold pta
            """,
            ["R26.89"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // MWPT flowsheet "Billing Summary: 97140 — 12 min", "Manual therapy as tolerated": wholly generic for the 97140.
        ["v7-h194-mwpt-manual-therapy-as-tolerated"] = new(
            """
            MOTIONWORKS PT — BRONX — DAILY FLOWSHEET
            1:1 [X] Group [ ] Aide-assisted [ ]
            Billing Summary: 97140 — 12 min
            Manual therapy as tolerated. Pt tolerated treatment well. Continue plan of care.
            Therapist: Dominic Ruiz, PT
            """,
            ["M54.50"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes

        // MLMPT Carla Hindman "pt n me 1:1"; foam and perturbations; proprioception; Berg: passes.
        ["vord-h194-mlmpt-hindman-pt-n-me"] = new(
            """
            mlmpt 12/17 farm call. 97112 22 min, pt n me 1:1 in the machine shed. tx foam stance w reaches, perturbations at the hips, tandem on a 2x6 board. def poor proprioception B ankles, sways eyes closed. meas berg 45/56, tandem 10 sec. carla hindman pt
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ISU-SMPT SPT Daily Note, "Minutes — 97112: 23", "Treatment format: Individual", CI co-signature: passes.
        ["vord-h194-isu-spt-daily-note"] = new(
            """
            IRONWOOD STATE UNIVERSITY — SPORTS MEDICINE & PT CLINIC
            SPT Daily Note
            Minutes — 97112: 23
            Treatment format (select one): Individual (1 clinician : 1 patient)
            Interventions: single-leg stance on a BOSU with ball catches, lateral shuffles with band perturbation, deceleration to stick on foam.
            Impairment: R ankle proprioceptive deficit after the inversion sprain (intramural basketball).
            Objective: SEBT posteromedial R 74 cm vs L 83 cm; SLS EC R 6 sec.
            Student: Kaden Roush, SPT — CI co-signature: Melissa Yoder, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // KU-PTC student SOAP "Pt : clinician ☒ 1:1" with the CI's paragraph: passes.
        ["vord-h194-ku-ptc-student-soap"] = new(
            """
            KASKASKIA UNIVERSITY — PT FACULTY CLINIC
            S: Pt reports two near-falls stepping off the tow truck.
            O: 97112 Neuromuscular re-ed 22 min. Pt : clinician ☒ 1:1
            Step-down reactive training off a 6 in step onto foam, perturbations in single-leg stance, tandem walk with head turns.
            Mini-BESTest 21/28; SLS L 5 sec.
            A: impaired reactive postural control and L ankle proprioception.
            P: progress step height.
            Student: Aubrey Kline, SPT. CI: I was present and directed this treatment; agree with the note. — Dr. Luis Ocampo, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // AFHT dictated in the truck, lower case, "new paragraph"; home gait training 97116: passes.
        ["vord-h194-afht-dictated-97116-ranch-kitchen"] = new(
            """
            absaroka foothills home therapy 97116 gait training 19 minutes one on one new paragraph
            walked him from the mudroom through the kitchen and out to the stock tank with his walker cueing for step length and upright trunk new paragraph
            he shuffles and his left knee buckles when he turns new paragraph
            300 feet times 2 with contact guard then 40 feet on the frozen gravel with min assist
            jodie ringling pt
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // LSRH dictated headings "PROCEDURE colon"; one-on-one ticked: passes.
        ["vord-h194-lsrh-procedure-colon"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular re-education 97112 23 minutes period gaze stabilization X1 in standing comma walking with head turns comma foam stance eyes closed period
            ASSESSMENT colon left vestibular hypofunction with motion sensitivity period DGI 18 out of 24 comma DHI 42 period
            Anil Deshpande comma PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CGTA dictated with a "scratch that" that changes a drill, not the minutes: passes.
        ["vord-h194-cgta-scratch-that-drill"] = new(
            """
            Cumberland Gap Therapy Associates
            Neuromuscular re-education 97112, 22 minutes, one-on-one. Rocker board forward and back, scratch that, side to side with cone reaches. Then tandem walking on foam and backward stepping to a push.
            Deficit: poor proprioception both ankles and slow stepping strategy.
            Berg 44 out of 56, tandem stance 8 seconds.
            Sherry Caudill, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // HRR tablet fields "Time colon", "Supervision colon" with ☒ 1:1: passes.
        ["vord-h194-hrr-tablet-fields"] = new(
            """
            Hatchie River Rehab — daily note
            Code: 97112 ☒ 1:1 ☐ Group
            Time colon 24 minutes
            Treatment colon PNF D2 flexion and extension patterns of the right arm in standing, rhythmic stabilization at the trunk, step-ups to a 4 inch step
            Deficit colon right hemiparesis with poor motor recruitment and timing
            Measure colon Berg 40 out of 56, 10 meter walk 0.74 meters per second
            Latrice Boyd, PT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // PROT OT dictating 97110 with "period" and "comma": passes.
        ["vord-h194-prot-ot-97110-dictated"] = new(
            """
            Pelican Rapids OT & Hand
            Therapeutic exercise 97110 16 minutes comma one-on-one period
            Putty gripping 3 sets of 10 with green putty comma wrist extension with a 2 pound weight 3 sets of 12 comma finger abduction with rubber bands 3 sets of 15 period
            Target colon left grip and wrist extensor weakness after the distal radius fracture period
            Grip dynamometer 18 kg left comma 31 kg right period
            Ingrid Haugen comma OTR/L
            """,
            ["S52.502D"], [OT("97110", 16)], []),

        // GAPT "97112 NMR: 22 min. Treated 1-on-1": passes.
        ["vord-h194-gapt-treated-1-on-1"] = new(
            """
            Gateway Arch PT — Soulard
            97112 NMR: 22 min. Treated 1-on-1 the whole session.
            Perturbation training on the treadmill at 1.2 mph, stepping over obstacles at the cue, foam stance with head turns.
            Impaired reactive balance and postural control; a bingo caller who stands all evening.
            TUG 13.2 sec; Berg 46/56.
            Renee Blanchard, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // EPR "97140 — 11 min:" block and "97110 — 18 min:" block, "Delivery: one-on-one": passes.
        ["vord-h194-epr-two-blocks"] = new(
            """
            Evergreen Pointe Rehab — Capitol Hill
            Delivery: one-on-one
            97140 — 11 min: grade III lumbar PA mobilizations L3-L5, soft-tissue mobilization to the R QL. Restricted lumbar extension. Extension 15° → 22°.
            97110 — 18 min: prone press-ups 3 x 10, bird dogs 3 x 10 with 5-sec hold, bridges 3 x 12. Lumbar extensor and gluteal weakness.
            Priya Natarajan, PT
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 18)], []),

        // CBR "Code/min: 97112/23 · 1:1", "What:", "Finding:", "#s:": passes.
        ["vord-h194-cbr-code-min-slash"] = new(
            """
            Copper Basin Rehab — Ducktown
            Code/min: 97112/23 · 1:1
            What: BAPS level 3 standing, tandem walk on foam, lateral step-and-stick.
            Finding: L ankle proprioception poor after the fracture, rolls the ankle on the mine road.
            #s: SLS L 6 sec, R 18 sec; SEBT anterior L 60 cm.
            Cody Ledford, PT
            """,
            ["S82.892D"], [PT("97112", 23)], []),

        // GDPT "Delivery: individual (1:1) — phone interpreter on speaker": passes.
        ["vord-h194-gdpt-phone-interpreter"] = new(
            """
            Great Dismal PT — Suffolk
            97112 Neuromuscular re-education: 22 min
            Delivery: individual (1:1) — phone interpreter (Spanish) on speaker
            Treatment: Romberg progression to foam, perturbations in tandem stance, stepping over cones with direction changes.
            Deficit: somatosensory loss both feet, delayed ankle strategy.
            Measures: mCTSIB condition 4 7 sec; Berg 45/56.
            Yolanda Pettaway, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // NPSM "Individual (1 PT : 1 athlete)": hockey-style return drills: passes.
        ["vord-h194-npsm-one-pt-one-athlete"] = new(
            """
            Northern Plains Sports Medicine — Bismarck
            97112 — 23 min — Individual (1 PT : 1 athlete)
            Slideboard lateral strides with perturbations, single-leg squats on foam with a mirror, reactive hops to a called direction.
            Impairment: L knee proprioceptive deficit and poor neuromuscular control of valgus after MCL sprain.
            Y-balance composite L 88% vs R 97%; 6 of 8 hops stuck.
            Brody Hagen, PT, ATC
            """,
            ["S83.412D"], [PT("97112", 23)], []),

        // WMH "PROCEDURE / MIN: 97112 / 22 INDIVIDUAL: yes": passes.
        ["vord-h194-wmh-procedure-min-individual-yes"] = new(
            """
            WALLOWA MEMORIAL — REHAB SERVICES
            PROCEDURE / MIN: 97112 / 22   INDIVIDUAL: yes
            Tx: motor-control drills for the L leg — heel slides to targets, stepping to floor marks at a metronome, foam stance.
            Problem: L leg ataxia and dysmetria after the cerebellar stroke.
            Measure: SARA 12/40; heel-to-shin 4 of 10 on target.
            Elsie Marchbanks, PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // PVCH apostrophe minutes "CPT 97112 — 23'": passes.
        ["vord-h194-pvch-apostrophe-minutes"] = new(
            """
            PECOS VALLEY COMMUNITY HOSPITAL — PT
            CPT 97112 — 23' 
            DELIVERY: one-on-one
            TX: perturbations on the rocker board, tandem walking with head turns, step-ups onto foam.
            PROBLEM: impaired postural control and B ankle proprioception.
            OBJ: Berg 43/56; FGA 19/30.
            Ramiro Baeza, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WCM tick-box "[✓] 97112 NMR ___22___ min", individual ticked: passes.
        ["vord-h194-wcm-tick-box-record"] = new(
            """
            WASHAKIE COUNTY MEMORIAL — Daily Tx Record
            [✓] 97112 NMR ___22___ min   [✓] individual [ ] group
            [ ] 97110 TE _____ min
            Tx: sensory reintegration on textured surfaces, foam stance eyes closed, weight shifting to targets.
            Deficit: B plantar somatosensory loss.
            Measure: Berg 46/56; foam EC 11 sec.
            Gil Etchepare, PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // WVRH SOAP "O: 97112 Neuromuscular re-education — 23 min, provided one-on-one": passes.
        ["vord-h194-wvrh-soap-provided-one-on-one"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT PT (Winfield)
            S: "I can't walk the rows at the sale barn anymore without grabbing a gate."
            O: 97112 Neuromuscular re-education — 23 min, provided one-on-one: stepping strategy drills to pulls, tandem walk on foam, perturbations in narrow stance.
            Berg 44/56; 4 of 6 pulls recovered in one step.
            A: delayed stepping reactions and reduced postural control.
            P: continue 2x/wk.
            Harlan Voth, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WHCC "[x] individual" resident note: passes.
        ["vord-h194-whcc-individual-res-rm"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 9
            Tx: sitting balance on a therapy ball with perturbations, reaching out of base in standing at the rail, side-stepping with tapping to the glut med.
            Impaired righting reactions and lateral postural control.
            Berg 31/56; functional reach 15 cm.
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // TBH two codes "97112 x 23 min, 97110 x 12 min, one-on-one": passes.
        ["vord-h194-tbh-two-codes-x-min"] = new(
            """
            Tensas Basin Hospital — Outpatient PT
            97112 x 23 min, 97110 x 12 min, one-on-one
            Treatment (97112): tandem walking on foam, perturbations in narrow stance, stepping over a 6 in hurdle. Problem: impaired proprioception B ankles. Measure: Berg 45/56.
            Treatment (97110): sit-to-stand 3 x 10, hip abduction with yellow band 3 x 12, heel raises 3 x 15. Problem: hip and calf weakness.
            Celeste Boudreaux, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // ONB Tom Ebersole (PTA) dictated, spoken punctuation, 97116: passes.
        ["vord-h194-onb-ebersole-97116-dictated"] = new(
            """
            [Dictated with speech recognition — not proofread]
            Gait training 97116 twenty minutes period one on one period new paragraph
            Gait training with a single point cane on the indoor track comma cueing for heel strike and equal step length comma 3 trips up and down the practice stairs period
            Deficit colon antalgic gait with short right stance after the hip fracture period
            400 feet with cane and standby assist comma stairs with rail contact guard period
            Tom Ebersole comma PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // OBPT transcription, one-on-one ticked, "tr: KD": passes.
        ["vord-h194-obpt-transcribed-one-on-one"] = new(
            """
            Osage Bend Physical Therapy
            Treatment delivery: One-on-one [X] / Concurrent [ ] / Group [ ]
            97112 neuromuscular re-education, 23 minutes. Standing on the foam pad with eyes closed, rhythmic stabilization at the shoulders, then stepping over the cones and back.
            Deficit: poor postural control and delayed ankle strategy after the fall at the feed store.
            Berg 47 of 56. Timed Up and Go 11.6 seconds.
            Paul Lindqvist, PT  tr: KD
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QBRH capitals with "DELIVERY: ☒ Individual" and a score: passes.
        ["vord-h194-qbrh-individual-score"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: gaze stabilization X1 on foam, walking with head turns on the ramp, standing with optokinetic stripes.
            IMPAIRMENT: R vestibular hypofunction, motion sensitivity on the ferry.
            OUTCOME MEASURE: DGI SCORE: 19/24
            Noreen Alley, PT
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // PASL "Deficit addressed:" filled: passes.
        ["vord-h194-pasl-deficit-filled"] = new(
            """
            Prairie Aster Senior Living — Therapy
            CPT: 97112 Minutes: 23 ☒ One-on-one
            Treatment: weight shifting in standing with visual targets, stepping strategy drills, foam stance at the rail.
            Deficit addressed: impaired postural control and reduced lateral stability.
            Measure: Berg 39/56; 4-square step test 16.8 sec.
            D. Kuhlman, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // WMDC Group box unticked, Individual ticked; PWR! moves named as the technique and cueing; passes.
        ["vord-h194-wmdc-pwr-moves-individual"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON
            Pt says: "I freeze in the doorway of the post office."
            97112 Neuromuscular re-ed — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves (PWR! Up, Rock, Twist, Step) in standing, doorway approach with visual floor cues and a metronome at 100 bpm.
            Freezing of gait at thresholds; reduced trunk rotation.
            FOG-Q 14; doorway passes 7 of 10 without freezing; TUG 12.8 sec.
            Pavel Mraz, PT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // PTH home visit 97112 with "Present:" aide: passes.
        ["vord-h194-pth-97112-kitchen"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's apartment over the bakery
            Present: home aide (stepped out to the laundry)
            97112 [ 22 ] min, 1:1
            Tx: standing at the counter on a folded towel with eyes closed, reaching to the upper cabinet with perturbations, backward stepping to the sink.
            Why: somatosensory loss and posterior lean.
            Assist/Dist: Berg 38/56; SBA throughout.
            Ellie Marchand, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // Halyard after-visit form with every question answered ("Yes", "Somatosensory and vestibular", FGA and foam seconds): passes.
        ["vord-h194-halyard-form-complete"] = new(
            """
            Halyard PT — after-visit form
            What did we do? perturbation training on the wobble board, stepping strategy to lateral pushes, foam stance with head turns.
            How long for each? (minutes) 97112: 22
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: Somatosensory and vestibular
            Numbers! (scores, seconds, microvolts, grades) FGA 21/30, foam eyes closed 14 sec
            Inés Calloway, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SCMG Cerner grid for 97112 and 97110, Treatment Type Individual: passes.
        ["vord-h194-scmg-grid-two-codes"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT PT
            Treatment Type: Individual (one-on-one)
            Timed Procedures
            CPT | Description | Minutes | Units
            97112 | Neuromuscular Re-ed | 23 | 2
            97110 | Therapeutic Exercise | 9 | 1
            97112: rhythmic stabilization in tall kneeling, tandem stance on foam, reactive steps to pulls — impaired postural control; Berg 46/56.
            Exercise | Sets | Reps | Resistance | Comments
            Mini squat | 3 | 12 | BW | quad weakness R
            Heel raise | 3 | 15 | BW | calf weakness
            Wynn Kowalski, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 9)], []),

        // TRH OT 97530 "I have personally performed …" plus task detail (97530 has no one-on-one check): passes.
        ["vord-h194-trh-ot-97530-adl"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (MATHEWS)
            Occupational Therapy Treatment Note
            ADL/IADL Retraining — Therapeutic Activities (97530): 21 min
            Tasks: meal prep standing at the stove, 3 trips carrying pots 10 ft, retrieving items from the low oven drawer with a reacher, 6 reps.
            Goal: safe standing kitchen tasks; limited by decreased standing balance and R hand coordination.
            Assist: CGA at the stove, SBA with the reacher.
            I have personally performed the services described in this note. - Ansley Peed, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // MGTS "CPT / mins: 97112 – 22 mins", "Treatment given on one-to-one basis": passes.
        ["vord-h194-mgts-one-to-one-basis"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Odessa contract clinic
            Therapist: Oluwaseun Adeyemi, PT
            Pt c/o: "legs go wobbly on the scaffold ladder."
            CPT / mins: 97112 – 22 mins
            Treatment given on one-to-one basis.
            Treatment given: BAPS board level 3, foam stance with pushes, stepping over 4 hurdles on command.
            Findings: reduced ankle proprioception, increased sway eyes closed.
            Outcome measure: Berg 49/56; SLS R 9 sec.
            Kindly note pt to continue home exercises.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SNSS Mateo Velez's full sentences: passes.
        ["vord-h194-snss-velez-full-sentences"] = new(
            """
            Short North Sports & Spine
            97112 neuromuscular re-education, 23 minutes, one-on-one. We worked on single-leg balance on a foam pad with perturbations from a band, lateral hop-and-stick, and cutting drills at half speed. His right knee still shows poor proprioceptive control and dynamic valgus on landing. Y-balance anterior right 63 cm against 70 cm on the left; he stuck 8 of 10 hops.
            Mateo Velez, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // SWH "She reports:" in curly quotes; pelvic-floor/hip motor control with balance: passes.
        ["vord-h194-swh-she-reports-curly"] = new(
            """
            Saltmeadow Women's Health & Balance PT
            She reports: “I wobble when I reach into the back seat for the baby.”
            97112 NMR — 22 min — 1:1
            Treatment: motor-control drills for transversus and glut med in standing, single-leg stance with reaches, perturbations in stride stance.
            Impairment: lumbopelvic instability with poor motor recruitment postpartum.
            Measures: SLS R 14 sec, L 9 sec; Trendelenburg positive L 4 of 5 trials.
            Annalise Broussard, PT, DPT
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // IRMC 97116 complete, assist level filled: passes.
        ["vord-h194-irmc-97116-assist-level"] = new(
            """
            IRON RANGE MEDICAL CENTER — THERAPY DAILY NOTE
            97116 Gait Training: 17 min
            Constant attendance: yes
            Interventions: gait training with a front-wheeled walker on the hospital skyway and the carpeted hall, cueing for step-through and hip extension.
            Impairment: slow, short-stepped gait with L hip weakness after the hip replacement.
            Assist level (Ind / Mod I / SBA / CGA / Min A / Mod A / Max A): SBA
            Distance 350 ft x 2; gait speed 0.68 m/s.
            Arvid Salo, PT
            """,
            ["Z96.642"], [PT("97116", 17)], []),

        // OCM single-code 97112 complete with no diagnosis on the claim: diagnosis missing only.
        ["vord-h194-ocm-no-dx"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 1400–1423 (1:1): step-and-stick onto foam, perturbations in single-leg stance, tandem walk with head turns. Impaired proprioception L knee after TKA. Berg 50/56; SLS L 12 sec.
            Leland Fussell, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // QHPT complete 97112 with no diagnosis: diagnosis missing only.
        ["vord-h194-qhpt-no-dx"] = new(
            """
            Quarry Hill PT
            97112 — 22 min. Seen 1:1.
            Tx: rhythmic stabilization in half kneel, foam stance eyes closed, lateral stepping over a rolled mat.
            Why: impaired postural control and ankle proprioception.
            Measures: Berg 45/56; tandem 9 sec.
            Nate Pelletier, PT
            """,
            [], [PT("97112", 22)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
