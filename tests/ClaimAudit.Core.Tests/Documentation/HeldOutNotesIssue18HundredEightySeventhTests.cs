using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind, beside the hundred-and-eighty-sixth), the set is one Thursday's
/// notes (Thursday 12/10/2026) drawn at random across all the clinics of the hundred-and-seventieth to
/// hundred-and-eighty-fifth sets, each clinic in its own template, voice and vocabulary and never more than four notes
/// from one clinic: no new styles, new patients and new wording within the same templates. It measures how the analyzer
/// does across the styles it has already seen, with notes it has not. About two thirds are ordinary and complete (68 of
/// 102), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's
/// codes on one visit, a PT's and an OT's code on one visit), by PTs, PTAs, OTs and students under their instructors,
/// from the employers those sets drew:
/// <list type="number">
/// <item>the scanned-paper, shared-visit and online-form employers of the hundred-and-eighty-first, -fourth and -fifth
/// sets: Sappa Creek Community Hospital (SCCH: Oberlin, Atwood and the Herndon outreach room; the "OP THERAPY DAILY
/// FLOWSHEET (form R-31)" with its "DATE | CPT | MIN | 1:1 | TX" rows, "PROBLEM:", "MEASURE:", "RESP:" and the
/// writer's initials, OCR's "0utpatient" and a word hyphenated across a line's end), North Country Neuro PT (NCNPT:
/// Bemidji; the "DAILY NOTE — PLEASE PRINT" form, "SESSION: [X] 1:1 [ ] CO-TX [ ] GROUP", Gordon Tveit's capitals and
/// Kari Hjelle's hand read as "rny" and "tirne"), Pennyroyal Senior Care (PSC: Greenbriar Commons and Cadiz; the
/// "MEDICARE PART B DAILY TREATMENT NOTE (form B-7)" with its delivery row and five-row "| CPT | Service | Min | Units |"
/// grid), Cedar Crest's Neuro Rehabilitation Institute (CCNRI: the "NEURO OP TEAM NOTE", "TEAM:", "HANDOFF:", the "CPT |
/// Furnished by | Min" table), Kaskaskia University's faculty clinic (KU-PTC: "SPT:", "CI:", "Supervision: ☒
/// line-of-sight", "Pt : clinician ☒ 1:1" and the CI's attestation), Harbor Point PT (HPPT: Tess Nakamura's weekday
/// notes, "97112 — 23 min, 1:1 the whole time", and Ray Dunleavy's lower case and ampersands covering a Thursday for her),
/// Wayfarer Mobile PT (WMPT: the "WMPT Visit Submission" with its select-one answers and its "97112 — 23" minutes
/// matrix), Ironwood State's student clinic (ISU-SMPT: the "SPT Daily Note" with "Minutes — 97112:" boxes and "CI
/// co-signature") and Halyard Pelvic &amp; Vestibular PT (Inés Calloway's "Halyard PT — after-visit form": "Was it just
/// you and me the whole time? (required)", "Numbers! (scores, seconds, microvolts, grades)");</item>
/// <item>the run-on writers of the hundred-and-seventy-eighth set and the amending employers of the hundred-and-seventy-fifth:
/// Chelan Basin Medical Center's neuro clinic (CBMC: Priya Raman's lower-case slashes and "one to one", Owen Brandvold's
/// (PTA) "1to1" with nothing between fields, Lucia Ferreira's (OTR/L) double spaces and single closing period), Encampment
/// River PT (ERPT: Gail Sorensen's lower-case end-of-day notes with "&amp;" and "eod", Hank Twomey's capitals with one
/// period at the very end), Bootheel Orthopaedic &amp; Sports Medicine's PT (BOSM: Dwayne Pressley's double slashes,
/// Kimberly Askins' pipes, Reggie Gainey's (PTA) loads strung together), Mercy Ridge Hospital (MRH: headings in capitals,
/// "Delivery: [X] Individual [ ] Concurrent [ ] Group" ticked even where the box says Group), Quarry
/// Hill PT (QHPT: "97112 — 22 min", "1:1? Y / N: ___", "Measures: ______", "SCRUB CORRECTION") and Bighorn Home &amp;
/// Outpatient Therapy (BHOT: "LATE ENTRY for 12/10, written 12/11 …", "Deficit: (not entered)", clock ranges on a
/// code's line);</item>
/// <item>the template, quoting and hurried clinics the hundred-and-seventieth to -eighty-third sets carried: White River
/// PT &amp; Balance (WRPT: "Svc:", "What we did:", "Why:", "Numbers:"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112
/// NEUROMUSCULAR RE-ED — 23 MIN", "OUTCOME MEASURE: … SCORE: …"), Imperial Valley Balance &amp; PT (IVBPT: "{{REVIEW:
/// …}}", "Clinician reply:", "{{CLEARED — KM}}"), Touchet Valley PT (TVPT: "DELIVERY: One-on-one for the entire billed
/// service? Y / N"), Llano Estacado (LERB: "AUTH #", "Attendance: [Select: …]", "Minutes by CPT:"), Ocmulgee River PT
/// (OCM: the post-TPE template rev. C with a clock in–out on each timed code's line), Petit Caillou PT (PCPT: "Code
/// 97112 Neuro re-ed ........ 22 min", "Did:", "For:", "Numbers:", the "Bayou Balance" levels, Jules Guidry's "cher"),
/// Rosario Strait Physiotherapy (RSP: "10.12.2026", "97112 NMR 09.00–09.22 (22') · 1:1"), Lakeshore Motion PT (LMPT:
/// "Code: 97112 | Min: 23 | Attendance: (x) 1:1 …", "#s:"), Porchlight Therapy at Home (PTH: "Visit at:", "Present:",
/// "97116 [ 19 ] min", "Assist/Dist:"), Wapello Heights Care Center (WHCC: "[x] individual [ ] concurrent [ ] group",
/// "97112 x 22 min", "res rm …"), Hollyhock Lane Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT WE
/// DID:", "MEASURED:"), Wintergreen Movement Disorders Center (WMDC: "Med state:", "Pt says:", "Wife says:"), Saltmeadow
/// Women's Health &amp; Balance PT (SWH: "She reports:" in curly quotes), Short North Sports &amp; Spine (SNSS: Nadia
/// Farhat's "1on1", Brent Halloran's double spaces, Jess Tran's "ea" and "#"), Middle Loup Mobile PT (MLMPT: Carla
/// Hindman's "pt n me" and the "tx … def … meas …" expansion), JointWorks (JWO: "97112 ▸ 22m", "1:1 ▸ Y", the chain's
/// default "15m"), Oneota River (ORPT: Prairielight's "Billing Grid"), Caney Fork (CFPT: OfficeMate capitals, "1ON1
/// FLAG:"), St. Columba (SCMH: "Timed: 97112 ▸ 23 min", "Measures (Last | Today):"), Dismal River (DRCH: "Time: 97110 =
/// 14 min; 97116 = 17 min"), Northwoods Lakes (NLMC: "▶ Imported device report"), Sawtooth Performance Lab (SPL: "BLOCK
/// A · 97112 NMR · 23 min", "DATA PASTE ▼") and Red Butte Vestibular &amp; Concussion (RBVC: "Sess A ▸ 97112 ▸ 22 min",
/// "Tx: ☐ gaze stab ☒ habituation ☐ OKN").</item>
/// </list>
/// This Thursday's people: a daughter who drove in from Hastings, a husband holding the phone to film the home program,
/// a mom in the chair, a wife on the porch swing, a granddaughter with her homework, a grandson feeding calves (none of
/// them a patient; Mr. Gaddis at the second station, the patient's sister on the other end of the couch, Mr. Youngblood
/// in the bars are); a grain-cart driver, a rural-water lineman, a pontoon-rental
/// owner, a retired postmaster, a Catholic-school cook, a square-baler, a cedar-shake splitter, a harbour seal counter,
/// a Cajun two-step dancer, a pipe fitter at the shipyard, a church-nursery volunteer, a tugboat engineer, a mushroom
/// forager, a saddle maker, a crossword setter and a woman who drives the county bookmobile.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read these clinics' notes before, applying
/// the contract to what each note says in its own template: an unticked row, a blank, "___", "(not entered)", "N/A",
/// "—" and an unanswered "[Select: …]" state nothing, a ticked box states what it labels, and a branded level without
/// its content names nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h187-…): one-on-one in these writers' own words ("1:1 with Marcus for the NMR; her daughter who
/// drove in from Hastings stayed in the lobby", "Yes — just us; her husband held the phone to film the home program", "one on one,
/// her mom in the chair by the door", "just me n him, cher; his wife on the bench outside the gym", "24min 1to1"), notes that
/// negate it (a student running two patients through the circuit, alternating stations; a mobile visit answering "Other
/// (please specify): her sister (also on my caseload) and her together in the living room, taking turns at each drill"; a care-centre note with "[x] concurrent"
/// and Mr. Youngblood in the bars at the same time) or never state it (Gail Sorensen's end-of-day note), and the code
/// without a one-on-one check: a PTA's 97110 with the Group box ticked;</item>
/// <item>class 2 (v2-h187-…): checkbox and blank-field states: "1:1? Y / N: ___" left, a form B-7 delivery row with
/// nothing ticked, "Attendance: [Select: 1:1 / concurrent / group]", "DELIVERY: One-on-one for the entire billed
/// service? Y / N" unanswered, "Deficit: (not entered)", a second "OUTCOME MEASURE: ____ SCORE: ____" row left under a
/// filled one, "SESSION: [X] 1:1" ticked, and a "{{REVIEW: …}}" query answered by the clinician;</item>
/// <item>class 3 (v3-h187-…): named programmes and methods as techniques (Frenkel exercises, PWR! Moves, habituation to
/// the Motion Sensitivity Quotient positions, LSVT BIG maximal daily exercises, Mulligan SNAGs, Graston to the lateral
/// thigh), a "Bayou Balance level 4 per protocol" as the only technique and Alfredson heel drops with no dose;</item>
/// <item>class 4 (v4-h187-…): deficits stated as findings (toes that catch on the grain-cart ladder rung, a woman who
/// tips backward reaching into the top cupboard, a leg that won't take weight on the pontoon ramp, a pelvic floor that
/// lets go on a cough, a woman who can't tell where her feet are on the dark barn floor) and notes with none (Brent
/// Halloran's note with no problem in it, a "Why:" left empty, "Impairment addressed: N/A");</item>
/// <item>class 5 (v5-h187-…): measures in every usual form (an imported sensory organisation test, a pasted force-plate
/// line, "Measures (Last | Today):", a "Numbers!" answer with the DHI and a VOR gain, a PTA's loads strung together for
/// 97110, mCTSIB's four conditions in seconds) and notes with none ("Measures: ______", "# ▸" left empty, "Objective
/// measures today (test name and result): N/A", "looked steadier than last wk &amp; his wife agrees");</item>
/// <item>class 6 (v6-h187-…): minutes in these templates' forms (a team table with three lines and who furnished each,
/// "Time: 97110 = 14 min; 97116 = 17 min", two clock ranges on two codes' lines, "(22')" and "(12')", a two-row minutes
/// matrix, a PT's and an OT's headings) and true mismatches (the Billing Grid's default 15 on a 27-minute line, a late
/// entry's clock range of fifteen on a 27-minute line, "Min: 30" on an 18-minute line) and truly missing separate time
/// (Jess Tran's second code with no minutes, "TOTAL TIMED: 37 MIN" alone, a student's second minutes box left
/// blank);</item>
/// <item>class 7 (v7-h187-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty form B-7 on a two-code visit, a whitespace-only submission, an empty note with no diagnosis), the contract's
/// meanings for 97110 (wall push-ups and heel raises at the kitchen counter), 97530 (lifting and carrying a tool bag up
/// the bucket-truck steps), 97140 (cervical traction by hand and suboccipital release), 97116 (a walker on the
/// care-centre hall and body-weight-supported treadmill walking) and wholly generic notes ("Balance training per POC.
/// Tolerated well.", Hank Twomey's "THER EX PER PLAN", an "nmrx" expansion with only "balance ex" in it, Lucia Ferreira's
/// "functional activities per poc");</item>
/// <item>ordinary (vord-h187-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: a complete note with no diagnosis, a diagnosis carried over as "#Name?", and the chain's
/// default "15m" left on a 26-minute line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, husbands, a mom, an aide
/// (none of them a patient; Mr. Gaddis, the patient's sister and Mr. Youngblood are), dates of service, ages, years at a
/// job, step and box heights in inches, loads in pounds, band colours, distances in feet and metres, degrees,
/// centimetres, authorisation numbers, visit counts, form numbers, room numbers and the body-weight support in per cent
/// — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written
/// next to the code ("97112 — 22 min", "Code: 97112 | Min: 23", "97112 | Dana L., PTA | 23", "Minutes — 97112: 24",
/// "97112 — 23" in a minutes matrix), in its block's heading, in a grid's or a flowsheet's minute column on the code's
/// row, or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except
/// the one that gives the visit a total ("TOTAL TIMED: 37 MIN"); notes failed for want of a measure carry no number
/// but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or
/// measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when
/// the note has no number but its code, its minutes and numbers that are plainly something else; for the other codes a
/// dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed
/// minutes: a family member, caregiver, interpreter or staff member in the room does not undo a one-on-one statement,
/// another patient treated in the same block does (even when the other patient is the patient's own sister), and a
/// therapist or student attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these clinics' styles make arguable on a Thursday: a clinical instructor's box
/// "CI treating another pt during session? ☒ Y" beside a student's one-on-one answer, a ticked box that contradicts the
/// writer's own sentence on the same element, a run-on line where a number could belong either to the drill before it
/// or to the code after it, a flowsheet row whose date could be read as a score, a branded level named beside a
/// technique only its protocol describes, a late entry or addendum that changes a code's minutes, and an OCR confusion
/// inside a number.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 99 of 102 cases agree (100 needed), and 2 of the 68 notes the reviewer passes got a finding, on the analyzer of fbc13a1 (the 2026-12-07 twenty-fourth session after the hundred-and-eighty-second to hundred-and-eighty-fifth sets were worked through, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 101 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightySeventhTests(ITestOutputHelper output)
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

        // CCNRI team note, Priya's 97140 and Marcus's (PTA) 97112 in the table, "1:1 with Marcus for the NMR; her daughter who drove in from Hastings stayed in the lobby"; glides, rocker, step-and-stick, perturbations; ankle stiffness and proprioception; degrees, Berg and counts; both minutes match: passes.
        ["v1-h187-ccn-daughter-from-hastings-in-lobby"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Grand Island)
            TEAM: PT Priya Venkataraman / PTA Marcus Feld
            HANDOFF: Priya → Marcus after manual
            CPT | Furnished by | Min
            97140 | Priya V., PT | 12
            97112 | Marcus F., PTA | 23
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent — 1:1 with Marcus for the NMR; her daughter who drove in from Hastings stayed in the lobby.
            Priya: STM to the R gastrocnemius and soleus, posterior talocrural glides grade III; dorsiflexion R 2° → 7°.
            Marcus: grain-cart driver, 58; rocker board A/P with eyes closed, step-and-stick onto the foam leading with the R, perturbations at the pelvis in tandem.
            IMPAIRMENT TARGETED: R ankle stiffness; R LE proprioception and postural control after the stroke.
            OUTCOME MEASURE / SCORE: Berg 47/56; step-and-stick 7 of 10.
            """,
            ["I69.351"], [PT("97140", 12), PTA("97112", 23)], []),

        // KU-PTC student who "ran this pt and Mr. Gaddis (my second patient) through the balance circuit together, alternating stations": another patient treated in the billed time — one-on-one missing; foam, tandem, hurdles with perturbations; somatosensory loss; mCTSIB and tandem present.
        ["v1-h187-ku-student-two-patients-alternating-stations"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note (Marion community site)
            SPT: Amara Singh    CI: Renata Oyelaran, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available
            S: retired postmaster, 74; "the curb at the post office still gets me."
            O: 97112 — 22 min: I ran this pt and Mr. Gaddis (my second patient) through the balance circuit together, alternating stations — foam stance with head turns, tandem walking on the tape, stepping over the 6-in hurdles with perturbations at the hips.
            mCTSIB condition 4: 11 s; tandem 8 s.
            A: somatosensory loss both feet with the neuropathy; he sways and grabs on uneven ground.
            CI: I directed the service. — R. Oyelaran
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Halyard form, "Was it just you and me the whole time? (required): Yes — just us; her husband held the phone to film the home program"; X1 on foam, yaw head turns, habituation bending; R vestibular hypofunction; DHI and DVA; "97112 — 23" matches: passes.
        ["v1-h187-hal-husband-filming-the-home-program"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 23
            Was it just you and me the whole time? (required): Yes — just us; her husband held the phone to film the home program
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): X1 viewing against the striped card, seated then standing on foam; walking the hallway with yaw head turns; habituation to bending to the low cupboard and back up
            What's the problem we're chasing?: R vestibular hypofunction after neuritis; oscillopsia and veering R on the ferry ramp
            Numbers! (scores, seconds, microvolts, grades): DHI 40 (58 at eval); DVA lost 3 lines
            How did she feel leaving? (1–10): 7
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // WMPT PTA's home visit, delivery answered "Other (please specify): her sister (also on my caseload) and her together in the living room, taking turns at each drill": another patient in the block — one-on-one missing; sit-to-stand on the cushion, tandem with head turns, reactive steps; sway and protective stepping; TUG and chair stands present.
        ["v1-h187-wm-sister-on-the-caseload-taking-turns"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 22
            How was the treatment delivered? (select one): Other (please specify): her sister (also on my caseload) and her together in the living room, taking turns at each drill
            Describe the skilled interventions you performed: sit-to-stand from the couch onto the couch cushion with eyes closed, tandem stance at the kitchen counter with head turns, reactive steps to pushes at the hips
            What impairment(s) did you treat today?: postural sway and delayed protective stepping; she fell reaching for the woodstove door
            Objective measures today (test name and result): TUG 14.6 sec; 30-second chair stand 9
            Who else was present? (optional): her sister
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ERPT Gail Sorensen's lower-case end-of-day note, "&" and no separators, never says one-on-one: rocker, foam beam, pushes; late stepping and sway; Berg and TUG; 22 min matches — one-on-one missing only.
        ["v1-h187-erpt-sorensen-saddle-maker-unstated"] = new(
            """
            eod thurs per my notes on the schedule  97112 22 min  saddle maker 61 yrs old at the bench since he was 19  rocker board ap & ml eyes closed & tandem on the foam beam & pushes at the hips  late stepping & sway since he went down in the tack room  berg 46/56 tug 11.9 sec  g sorensen pt
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WHCC PTA, "[ ] individual [x] concurrent [ ] group" and "mr youngblood in the bars at the same time": not one-on-one; weight shifts, foam, side stepping; sway; tandem and Berg present.
        ["v1-h187-whcc-lukin-concurrent-youngblood-in-bars"] = new(
            """
            97112 x 23 min  D. Lukin PTA  [ ] individual [x] concurrent [ ] group  res rm 131  mr youngblood in the bars at the same time  weight shifts in the bars + foam stance eyes closed + side stepping over the cane  sway + late ankle strategy  tandem 6 sec  berg 40/56
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // BOSM Kimberly Askins' pipes, "one on one, her mom in the chair by the door"; BOSU single-leg squats with band perturbations, hops to a stick, drop landings; knee valgus and landing control after ACLR; Y-balance and landings; 22 min matches: passes.
        ["v1-h187-bosm-askins-mom-in-the-chair"] = new(
            """
            97112 | 22 min | one on one, her mom in the chair by the door | single-leg squats on the BOSU with band perturbations, lateral hops to a stick, drop landings off the 12 in box | R knee valgus collapse and poor landing control after the ACL reconstruction per Dr. Kessler protocol, volleyball setter at Notre Dame Regional | Y-balance anterior R 58 cm L 66 cm, 8/10 landings without valgus | K. Askins PT DPT
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 22)], []),

        // PCPT Jules Guidry, "Attendance: [X] one-on-one — just me n him, cher; his wife on the bench outside the gym"; foam beam, step-and-stick, rocker perturbations; ankle proprioception and slow step reaction; SLS and perturbations; 23 min matches: passes.
        ["v1-h187-pcpt-just-me-n-him-cher"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/10/2026 · Jules Guidry, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one — just me n him, cher; his wife on the bench outside the gym
            Did: tandem walk on the foam beam, step-and-stick off the 6 in step, perturbations at the shoulders standing on the rocker
            For: L ankle proprioception and a slow step reaction — Cajun two-step dancer, he trips on the turn
            Numbers: SLS L 8 sec; 7 of 10 perturbations without a step
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // MRH Bedford PTA's 97110 with "[X] Group" ticked — no one-on-one check for 97110; seated marching, sit-to-stand, band abduction, heel raises with doses; hip and quad weakness; 16 matches: passes.
        ["v1-h187-mrh-cruz-97110-group-box"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/10/2026    Maribel Cruz, PTA
            THERAPEUTIC EXERCISE 97110 — 16 min
            Delivery: [ ] Individual [ ] Concurrent [X] Group
            Seated marching 3x15 with 2 lb cuffs, sit-to-stand from the chair 3x8, standing hip abduction with the yellow band 3x12, heel raises at the counter 3x15.
            B hip and quad weakness; the Catholic-school cook can't rise from the low cafeteria stool.
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // CBMC Owen Brandvold (PTA), nothing between fields, "24min 1to1 w pt only wife in the hall"; tandem on foam, rocker, step taps with pushes; R LE ataxia and postural control; Berg and DGI: passes.
        ["v1-h187-cbmc-brandvold-1to1-wife-in-hall"] = new(
            """
            97112 24min 1to1 w pt only wife in the hall retired rural-water lineman ms dx 2011 tandem walking on the foam w head turns & rocker board eyes closed & step taps to cones w pushes at the hips rt le ataxia & poor postural control on the boat dock berg 44/56 dgi 16/24 o brandvold pta
            """,
            ["G35.D"], [PTA("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // QHPT "1:1? Y / N: ___" left blank, otherwise complete (foam, tandem, step-and-stick, perturbations; sway and late step; Berg and tandem): one-on-one missing.
        ["v2-h187-qhpt-one-on-one-prompt-left-blank"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            1:1? Y / N: ___
            Foam stance with eyes closed and head turns, tandem walking along the counter, step-and-stick over the 4 in hurdle, perturbations at the pelvis.
            Postural sway and a late step reaction since he slipped splitting cedar shakes on the ice; 68 years old.
            Measures: Berg 45/56; tandem R in front 11 sec.
            Eli Tremblay, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSC form B-7 at Cadiz with "Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment" — nothing ticked; grid row 97112 23, weight shifts, stepping reactions, tandem with head turns; lean and delayed stepping; Berg and TUG: one-on-one missing.
        ["v2-h187-psc-delivery-row-nothing-ticked"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Patient: ____________________  DOB: ____________
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            ______________________________________________
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            ______________________________________________
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: weight shifts to targets on the foam, stepping reactions to pushes at the hips, tandem stance with head turns
            Impairment: delayed stepping reactions + R lateral lean after the stroke
            Objective: Berg 39/56; TUG 16.2 s
            Pt response: less fear on the church step
            Shawna Gilley, PTA
            """,
            ["I69.351"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // LERB "Attendance: [Select: 1:1 / concurrent / group]" unanswered; rocker, half roller, perturbations; postural control and ankle strategy; Berg and FGA; "Minutes by CPT: 97112 = 22": one-on-one missing.
        ["v2-h187-lerb-attendance-select-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — DALHART
            AUTH # LE-24417 · visit 3 of 12 authorized
            Attendance: [Select: 1:1 / concurrent / group]
            Tx: rocker board A/P eyes closed, tandem on the half foam roller, lateral perturbations at the shoulders
            Problem: poor postural control and a slow ankle strategy since the fall off the square-baler hitch
            Objective data for reviewer: Berg 46/56; FGA 20/30
            Minutes by CPT: 97112 = 22
            D. Hobart, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH Eastport, "DELIVERY: ☒ Individual", a filled "OUTCOME MEASURE: DGI SCORE: 17/24" and a second row "OUTCOME MEASURE: ____ SCORE: ____" left empty; X1 on foam, pitch head turns, stepping over the hose on cue; L vestibular hypofunction; 23 MIN matches: passes.
        ["v2-h187-qbrh-second-outcome-row-left-empty"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 standing on foam, walking the hall with pitch head turns, stepping over the hose line on cue
            IMPAIRMENT: L vestibular hypofunction; he loses his footing turning his head on the wharf counting harbour seals
            OUTCOME MEASURE: DGI SCORE: 17/24
            OUTCOME MEASURE: ____ SCORE: ____
            Everett Sewall, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // NCNPT Kari Hjelle's hand read by the OCR ("rny", "tirne" in the patient's quote only), "SESSION: [X] 1:1"; rhythmic stabilisation in half kneeling, quadruped on foam, tandem with a stop on cue; trunk ataxia after a cerebellar stroke; SARA and tandem; "97112 / 22": passes.
        ["v2-h187-ncnpt-hjelle-session-box-ticked"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: trunk ataxia + poor postural control after the cerebellar stroke; she lurches turning in the bookmobile aisle
            INTERVENTIONS: rhythmic stabilization in half kneeling, quadruped alt arm/leg on the foam, tandem walking w/ a stop on cue
            OUTCOME MEASURES: SARA 11 (14 at eval); tandem 7 sec
            CPT / MIN: 97112 / 22
            pt says "rny legs feel like rnine again this tirne"
            K. HJELLE PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // BHOT late entry with a clock range on the code's line (09:10–09:33), "1:1, her husband in the pickup", and "Deficit: (not entered)"; foam, hurdle, rocker perturbations; Berg and perturbations — deficit missing only.
        ["v2-h187-bhot-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/10, written 12/11 from the truck at the Kaycee exit
            97112 09:10–09:33 — Colleen Marchetti, PTA — 1:1, her husband in the pickup
            Tx: foam stance eyes closed with head turns, step-and-stick over the 6 in hurdle, perturbations at the pelvis on the rocker board
            Deficit: (not entered)
            Outcome: Berg 48/56; 8 of 10 perturbations held
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // IVBPT Brawley PTA note with "{{REVIEW: one-on-one not documented — please clarify}}" answered "one-on-one the whole block; nobody else on the floor with us." and cleared; step-ups to a hold, perturbations, foam; sway and ankle strategy; Berg and tandem: passes.
        ["v2-h187-ivbpt-review-answered-one-on-one"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/10/2026    G. Olmedo, PTA
            97112 — 22 min
            Step-ups to a balance hold on the 6 in step, perturbations at the hips in tandem, foam stance with eyes closed
            Deficit: sway and a late ankle strategy since she tripped on the packing-shed pallet
            Berg 47/56; tandem 12 sec
            {{REVIEW: one-on-one not documented — please clarify}}
            Clinician reply: one-on-one the whole block; nobody else on the floor with us.
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y / N" with neither circled; rocker, tandem with head turns, step-and-stick; postural control and ankle proprioception; FGA and SLS: one-on-one missing.
        ["v2-h187-tvpt-delivery-question-unanswered"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: rocker board M/L with eyes closed, tandem walking with head turns, step-and-stick onto the foam, to restore ankle and hip strategies for walking the wheat stubble
            DEFICIT ADDRESSED: impaired postural control and R ankle proprioception after the sprain
            OBJECTIVE: FGA 21/30; SLS R 9 sec
            Celeste Vandergriff, PT
            """,
            ["R26.89", "S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // NCNPT Gordon Tveit's capitals: Frenkel exercises supine to standing with the footprints, tandem on the foam; limb ataxia with spinocerebellar ataxia; SARA and tandem; "SESSION: [X] 1:1"; "97112 / 24": passes.
        ["v3-h187-ncnpt-tveit-frenkel-footprints"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: LOWER LIMB ATAXIA + DYSMETRIA (SCA), OVERSHOOTS THE STEP ONTO THE ICE HOUSE SKID
            INTERVENTIONS: FRENKEL EXERCISES SUPINE, SITTING, THEN STANDING STEPPING TO THE FLOOR FOOTPRINTS ON A COUNT; TANDEM ON THE F0AM BEAM
            OUTCOME MEASURES: SARA 13 (16 AT EVAL). FOOTPRINT HITS 9 OF 12.
            CPT / MIN: 97112 / 24
            G. TVEIT PT DPT NCS
            """,
            ["G11.10"], [PT("97112", 24)], []),

        // WMDC, "Med state: ON", "Pt says:", PWR! Moves (PWR! Up, Rock, Twist, Step) in standing with big steps over the line; hypokinesia and freezing at the doorway; TUG and step length; "1:1, wife in the waiting room"; 23 min matches: passes.
        ["v3-h187-wmdc-pwr-moves-doorway-freezing"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Harlan Fitch · Med state: ON · Isaac Brandt, PT, DPT
            Pt says: "I freeze in the church nursery doorway with a baby on my hip."
            97112 — 23 min; 1:1, his wife in the waiting room.
            PWR! Moves in standing — PWR! Up, Rock, Twist and Step — then big steps over the tape line through the doorway mock-up on a count.
            Deficit: hypokinesia, freezing at thresholds and a narrow base with Parkinson's disease.
            Measures: TUG 12.8 sec; 2 freezes at the doorway in 6 passes (5 last week).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // RBVC "Sess A ▸ 97112 ▸ 22 min", "Tx: ☐ gaze stab ☒ habituation ☐ OKN": habituation to the Motion Sensitivity Quotient positions that provoke her; motion sensitivity after a concussion; MSQ and DHI; "Only Tovah and me in the vestibular room": passes.
        ["v3-h187-rbvc-habituation-msq-positions"] = new(
            """
            RBVC Williams — Thu
            Sess A ▸ 97112 ▸ 22 min
            Tx: ☐ gaze stab ☒ habituation ☐ OKN
            Only the patient and me in the vestibular room; her roommate waited in the car.
            Habituation to the Motion Sensitivity Quotient positions that set her off — supine to L side-lying, nose to L knee, turning 180° to the R — 5 reps each, rest until symptoms settle.
            Motion sensitivity and visual-vestibular mismatch after the concussion; she can't drive the bookmobile around the switchbacks.
            MSQ 22 (38 at eval); DHI 36.
            C. Benallie PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // MRH Harriet Okafor (LSVT BIG certified), LSVT BIG maximal daily exercises and functional component tasks; hypokinesia and shuffling; TUG and step length; "Delivery: [X] Individual"; 24 min matches: passes.
        ["v3-h187-mrh-okafor-lsvt-big"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (JEFFERSON STREET, ROANOKE)
            DOS 12/10/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward steps, rock and reach) and functional component tasks — standing from the recliner and reaching to the crossword shelf with BIG amplitude.
            Hypokinesia and a shuffling, short-stepped gait with Parkinson's disease; he sets crosswords for the Sunday paper and loses his balance turning from the desk.
            TUG 11.2 sec (14.9 at eval); step length R 48 cm.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RSP 97140 Mulligan SNAGs C5-6 and C6-7 rotation with a towel, grade III unilateral PAs; cervical hypomobility; rotation degrees; "97140 MT 10.00–10.12 (12') · 1:1": passes.
        ["v3-h187-rsp-mulligan-snags-97140"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            A. Lindgren, PT · 10.12.2026 · tugboat engineer, 57 y, 92 kg
            97140 MT 10.00–10.12 (12') · 1:1
            Tx: Mulligan SNAGs C5-6 and C6-7 into R rotation, 3 sets of 6, with a towel SNAG for home; grade III unilateral PAs R C5-7.
            Problem: cervical hypomobility and R-sided neck pain looking up into the engine room hatch.
            Measures: cervical rotation R 52° (38° before).
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PCPT "Did: Bayou Balance level 4 per protocol" as the only thing done: a branded level names no technique — technique missing; deficit, numbers, one-on-one and minutes present.
        ["v3-h187-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA
            PCPT Daily · 12/10/2026 · Danielle Robichaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 4 per protocol
            For: impaired postural control and a slow ankle strategy; she sways on the dock boards at the crab shed
            Numbers: Berg 46/56; SLS R 6 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ISU student 97110, Alfredson eccentric heel drops straight and bent knee with no sets, reps or load and "Outcome measures (name: score): —": measure missing; Achilles tendinopathy named; "Minutes — 97110: 15" matches; no other number.
        ["v3-h187-isu-alfredson-without-a-dose"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Eli Santangelo
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97110
            Minutes — 97110: 15
            Treatment format (select one): Individual
            Interventions (list each with parameters): Alfredson eccentric heel drops off the step, straight knee and bent knee
            Impairment(s) targeted: L Achilles tendinopathy; calf weakness and pain pushing off on the snowshoe trail
            Outcome measures (name: score): —
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS
            """,
            ["M76.62"], [PT("97110", 15)], [At(Measure, "97110")]),

        // HPPT Tess Nakamura's weekday note, 97140: Graston to the lateral thigh and IT band, hip flexor STM; lateral hip and thigh restriction; degrees; "97140 — 11 min": passes.
        ["v3-h187-hp-tess-graston-lateral-thigh"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — daily note (Bremerton) — Tess Nakamura, PT
            97140 — 11 min
            Graston to the R lateral thigh and IT band, STM to the R TFL and hip flexors in side-lying, then hip flexion stretch held by me.
            Finding: R lateral hip and thigh soft-tissue restriction; the shipyard pipe fitter can't kneel in the bilge without pain.
            Thomas test R −12° → −4°.
            """,
            ["M76.31"], [PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // SCCH flowsheet, "PROBLEM: R toes catch on the grain-cart ladder rung"; foam, stepping over the pipe, perturbations; Berg and perturbations; row 97112 | 23 | [v]: passes.
        ["v4-h187-scch-toes-catch-on-the-ladder-rung"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Atwood clinic
            OP THERAPY DAILY FLOWSHEET (form R-31)
            Patient: ______________________  DOB: ____________
            DATE  | CPT   | MIN | 1:1 | TX
            12/10 | 97112 | 23  | [v] | step-ups to a stick on the 8 inch box, foam stance eyes closed, pertur-
            bations at the pelvis stepping over the pipe
            PROBLEM: R toes catch on the grain-cart ladder rung, poor R foot clearance + slow step reaction after the stroke
            MEASURE: Berg 45/56; 7/10 perturbations w/o a step
            RESP: tol well                         INIT: MS
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // HLG "WHY: she tips backward reaching into the top cupboard" (posterior lean), quote, reaching out of base on foam, stepping reactions; Berg and reach; "1:1 for billed time: ☒ Yes"; 22 min matches: passes.
        ["v4-h187-hlg-tips-backward-at-the-top-cupboard"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne
            Tillery, Opal · Mariah Greenlee, PT
            IN HER OWN WORDS: "I can't get the cake stand down without going over backwards." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Reaching overhead out of her base standing on foam, anterior weight shifts to the counter edge, backward stepping reactions to a nudge at the shoulders.
            WHY: she tips backward reaching into the top cupboard — posterior lean and a late ankle strategy.
            MEASURED: Berg 43/56; functional reach 8 in (5 in at eval).
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // SNSS Brent Halloran's double spaces and one final period: perts on the airex, hop to stick, lateral bounds, 1on1, SLS and hops — no problem or deficit anywhere: deficit missing.
        ["v4-h187-snss-halloran-no-problem-in-it"] = new(
            """
            97112  23 min  1on1  sl perts on the airex  hop to stick L  lateral bounds to a stop  sls L eyes closed 9 s  hop to stick 7/10  b halloran pt.
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // WRPT "Why:" left empty; rocker perturbations, tandem with head turns, step-and-stick; Berg and TUG; attendance ticked 1:1; 22 min matches: deficit missing.
        ["v4-h187-wrpt-why-left-empty"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/10/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: perturbations on the rocker board, tandem walking with head turns, step-and-stick onto the foam
            Why:
            Numbers: Berg 44/56; TUG 12.2 sec
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // CBMC Priya Raman's lower-case slashes, "one to one", "rt leg won't take weight on the pontoon ramp / poor wt acceptance + knee hyperext"; weight shifts with tapping, step-ups onto foam, perturbations; Berg and step count: passes.
        ["v4-h187-cbmc-raman-pontoon-ramp"] = new(
            """
            97112/23 min/one to one/pontoon-rental owner, 66/wt shifts onto the rt w tapping to the quads/step ups onto foam leading rt/perts at the pelvis in stride/rt leg won't take weight on the pontoon ramp, poor wt acceptance + rt knee snaps back/berg 41/56, 6 of 10 step ups no hand/p raman pt dpt ncs
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // OCM post-TPE template, "Impairment addressed: N/A", clock range on the code's line 1:15–1:37 pm; rocker, tandem, perturbations "to progress per POC"; Berg and TUG; "[X] 1:1 constant attendance": deficit missing.
        ["v4-h187-ocm-impairment-addressed-na"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Verna Holloway | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 1:15–1:37 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: rocker board A/P eyes closed, tandem walking with head turns, perturbations at the pelvis on foam, to progress per POC.
            Impairment addressed: N/A
            Objective measure: Berg 47/56; TUG 10.9 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SWH "Impairment: her pelvic floor lets go when she coughs — poor timing of the pelvic-floor contraction"; the Knack before a cough in standing, pelvic-floor quick flicks with the transverse abdominis on the ball; dry coughs and Oxford; "(23 min) · 1:1": passes.
        ["v4-h187-swh-pelvic-floor-lets-go-on-a-cough"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Abigail Tisdale, PT, DPT · 12/10/2026
            She reports: “I’m dry in the choir loft now except on the big sneezes.”
            Neuromuscular re-education 97112 (23 min) · 1:1 — the Knack before a cough in sitting then standing, pelvic-floor quick flicks timed with the transverse abdominis on the ball, bracing before lifting the church-nursery toddler.
            Impairment: her pelvic floor lets go when she coughs — late timing and poor recruitment of the pelvic-floor contraction.
            Objective: dry on 7 of 8 standing coughs; Modified Oxford 3/5.
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // MLMPT Carla Hindman's "nmrx" expansion filled: "def cant tell where her feet are on the dark barn floor"; foam at the barn door, stepping over the hose, pushes; mCTSIB and tandem: passes.
        ["v4-h187-mlmpt-dark-barn-floor"] = new(
            """
            97112 23 min 1on1 pt n me her grandson feeding calves outside tx foam stance eyes closed at the barn door + stepping over the hose w head turns + pushes at the hips def cant tell where her feet are on the dark barn floor proprio loss both feet w the neuropathy meas mctsib c4 9 sec tandem 10 sec
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // NLMC Crosby, "▶ Imported device report — Bertec CDP/SOT" with a composite and conditions 5 and 6; sway-referenced training, weight shifts eyes closed, foam with head turns; vestibular and somatosensory dependence; "[X] Individual"; "— 23 minutes": passes.
        ["v5-h187-nlmc-imported-sot-composite"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Della Rautio · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: sway-referenced support training on the Bertec, weight shifts to targets with eyes closed, foam stance with head turns
            Impairment: reliance on vision with poor vestibular and somatosensory use; she falls in the dark hallway of the lake cabin
            ▶ Imported device report — Bertec CDP/SOT
            Composite equilibrium score 61 (52 at eval)
            Condition 5: 48 · Condition 6: 39
            """,
            ["R26.89", "H81.93"], [PT("97112", 23)], []),

        // SPL "BLOCK A · 97112 NMR · 22 min", "☑ 1:1", single-leg landings to a stick on the force plate and reactive cuts; hip drop and slow stabilisation after a hamstring-graft ACLR; pasted peak landing force and time to stabilisation: passes.
        ["v5-h187-spl-force-plate-paste"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Tanner Oyler (high-school wrestler) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg drop landings to a stick on the force plate, reactive cuts to a called colour, band perturbations in a single-leg quarter squat
            Limiter: L hip drop and slow stabilisation on landing after the hamstring-graft ACL reconstruction
            DATA PASTE ▼
            Peak landing force L 2.9 × BW | R 2.4 × BW
            Time to stabilisation L 1.12 s | R 0.88 s
            """,
            ["S83.512D", "Z98.890"], [PTA("97112", 22)], []),

        // SCMH single episode, "Timed: 97112 ▸ 23 min", "Attendance: ☒ 1:1", "Measures (Last | Today): FGA 18 | 21; gait speed 0.82 | 0.91 m/s"; half-roller tandem, perturbations, head turns; sway and late step: passes.
        ["v5-h187-scmh-measures-last-today"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Elvi Maki
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: tandem on the half roller, perturbations at the shoulders on foam, walking the hall with head turns and a stop on cue
            Impairment: sway and a late step on the snowy church steps; she stopped going to the Finnish supper
            Measures (Last | Today): FGA 18 | 21; gait speed 0.82 | 0.91 m/s
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QHPT "Measures: ______" left blank and no other number: gaze stabilisation, walking with head turns, foam stance; L vestibular hypofunction; "Seen 1:1."; 23 min matches — measure missing.
        ["v5-h187-qhpt-measures-line-blank"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            Seen 1:1.
            gaze stabilization against the letter card, walking the hall with horizontal head turns, feet together on foam with eyes closed.
            L vestibular hypofunction; he veers L carrying the sap buckets and the world jumps when he turns his head.
            Measures: ______
            Nora Beauchesne, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // JWO "# ▸" left empty and no other number: BAPS both directions, perts on foam, step-and-stick; ankle proprioception; "1:1 ▸ Y"; 22m matches — measure missing.
        ["v5-h187-jwo-number-arrow-left-empty"] = new(
            """
            JointWorks QuickNote · Goshen · D. Weaver PT
            97112 ▸ 22m
            1:1 ▸ Y
            Tx ▸ BAPS board CW/CCW, perts at the pelvis on foam, step-and-stick off the low step
            Area ▸ R ankle proprioception after the sprain on the mushroom-hunting hillside
            # ▸
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WMPT "Objective measures today (test name and result): N/A" and no other number; one-on-one answered; foam cushion, reactive steps, head turns; sway after the fall on the gravel drive; "97112 — 23" — measure missing.
        ["v5-h187-wm-objective-measures-na"] = new(
            """
            WMPT Visit Submission
            Therapist name: Bridget Kowalczyk, PT, DPT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: standing on the couch cushion with eyes closed, reactive steps to pushes at the hips in the kitchen, walking the hall with head turns
            What impairment(s) did you treat today?: postural sway and a late protective step since the fall on the gravel drive to the mailbox
            Objective measures today (test name and result): N/A
            Who else was present? (optional): —
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Halyard vestibular form, "Numbers!: DHI 28 (46 at eval); vHIT gain L 0.71, R 0.94"; X1 and X2 viewing, head turns walking; L hypofunction; "Yes — just us"; "97112 — 22": passes.
        ["v5-h187-hal-dhi-and-vhit-gain"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes — just us
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): X1 then X2 viewing standing on the foam pad; walking the hall with yaw head turns while naming cards; stepping onto the rocker with a head turn
            What's the problem we're chasing?: L vestibular hypofunction; gaze blurs and he grabs the rail turning his head on the rowing dock
            Numbers! (scores, seconds, microvolts, grades): DHI 28 (46 at eval); vHIT gain L 0.71, R 0.94
            How did he feel leaving? (1–10): 8
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BOSM Reggie Gainey (PTA), loads strung together for 97110: goblet squats, RDLs, step-ups, sled push; quad and glute weakness after a TKA; doses are the measure; "97110 // 24 min": passes.
        ["v5-h187-bosm-gainey-loads-strung"] = new(
            """
            97110 // 24 min // goblet sq 25# 3x10 rdl 20# db ea 3x8 step ups 8in 3x10 ea sled push 90# 4 laps // L quad + glute weakness s/p L TKA per Dr. Kessler protocol, can't climb into the grain cart // R. Gainey PTA
            """,
            ["Z96.652"], [PTA("97110", 24)], []),

        // KU-PTC student, "Pt : clinician ☒ 1:1", mCTSIB's four conditions in seconds; foam with head turns, tandem, step-and-stick; somatosensory dependence; CI attestation; "97112 — 23 min": passes.
        ["v5-h187-ku-mctsib-four-conditions"] = new(
            """
            Kaskaskia University PT Faculty Clinic — SOAP note
            SPT: Jordan Pike    CI: Glen Hoskins, PT, DPT
            Supervision: ☒ line-of-sight ☐ in-room ☐ available    Pt : clinician ☒ 1:1
            S: campus groundskeeper's widow, 70; "I go down in the dark between the bed and the bathroom."
            O: 97112 — 23 min: foam stance with head turns, tandem along the tape with eyes closed, step-and-stick onto the foam.
            mCTSIB: C1 30 s, C2 30 s, C3 24 s, C4 9 s.
            A: visual dependence with poor somatosensory use for postural control.
            CI: I was present, directed the service and treated no other patient during the timed minutes. — G. Hoskins
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // HPPT Ray Dunleavy (per diem, covering a Thursday) in lower case and ampersands, "looked steadier than last wk & his wife agrees" and no number: foam beam tandem, perts, gaze stabilisation walking; L vestibular loss; "1:1 the whole block"; measure missing.
        ["v5-h187-hp-dunleavy-looked-steadier"] = new(
            """
            harbor point physical therapy — daily note (bremerton) — ray dunleavy pt (per diem, covering for tess)
            97112 — 22 min  1:1 the whole block & his wife in the chair by the window
            tandem on the foam beam & perts at the hips & gaze stabilization walking the hall
            L vestibular loss & he veers on the ferry car deck
            looked steadier than last wk & his wife agrees
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // CCNRI team table with three lines (PT 97140 10, PTA 97112 22, PTA 97116 15) and who furnished each; "☒ 1:1 … 1:1 with Dana"; each part complete: passes.
        ["v6-h187-ccn-three-lines-in-the-table"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Kearney)
            TEAM: PT Sam Okonkwo / PTA Dana Lindqvist
            HANDOFF: Sam → Dana after manual
            CPT | Furnished by | Min
            97140 | Sam O., PT | 10
            97112 | Dana L., PTA | 22
            97116 | Dana L., PTA | 15
            DELIVERY (97112): ☒ 1:1 ☐ Co-tx ☐ Group ☐ Concurrent — 1:1 with Dana.
            Sam: STM to the L hamstrings and calf, knee extension mobilisation grade III; knee extension L −10° → −4°.
            Dana: weight shifts onto the L with tapping, step-and-stick onto the foam, perturbations at the pelvis; then gait with the quad cane around the track 300 ft x 2 CGA, cues for L knee extension in stance.
            IMPAIRMENT TARGETED: L knee flexion contracture; L LE motor recruitment and postural control; L knee buckling in gait after the stroke.
            OUTCOME MEASURE / SCORE: Berg 42/56; 10MWT 0.61 m/s.
            """,
            ["I69.354"], [PT("97140", 10), PTA("97112", 22), PTA("97116", 15)], []),

        // DRCH "Time: 97110 = 14 min; 97116 = 17 min": sit-to-stands and step-ups with doses; walker to cane on the hall and the ramp with distance and assist; hip weakness and short step: passes.
        ["v6-h187-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #6 · Seen by: D. Vrbka PT
            Time: 97110 = 14 min; 97116 = 17 min
            Treatment: sit-to-stand from the low chair 3x10, step-ups on the 6 in step 3x10 each, side-stepping with the red band 3 laps; gait with the cane down the hall and the ER ramp 250 ft x 2 SBA, cues for a longer R step.
            Problem: R hip abductor weakness and a short R step after the R THA; the retired postmaster wants to walk to the mailbox in the ruts.
            """,
            ["Z96.641"], [PT("97110", 14), PT("97116", 17)], []),

        // OCM two clock ranges on two codes' lines (97112 9:00–9:23, 97110 9:23–9:38); each block complete; "[X] 1:1 constant attendance": passes.
        ["v6-h187-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Alvin Sturdivant | Rhonda Akins, PT, DPT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:00–9:23 am | [X] 1:1 constant attendance
            Intervention and skilled rationale: rocker board eyes closed, tandem walking with head turns, step-and-stick off the 4 inch step, to restore his ankle strategy for the church parking lot.
            Impairment addressed: impaired postural control and B foot proprioception with the neuropathy.
            Objective measure: Berg 46/56.
            97110 Therapeutic Exercise | 9:23–9:38 am
            Intervention and skilled rationale: heel raises 3x15, mini squats 3x12, side-lying hip abduction 3x10 with 2 lb.
            Impairment addressed: B calf and hip abductor weakness.
            Objective measure: 30-second chair stand 11.
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // RSP two codes with primes, "97112 NMR 09.00–09.22 (22') · 1:1" and "97140 MT 09.22–09.34 (12')"; kilograms and centimetres; each complete: passes.
        ["v6-h187-rsp-two-codes-with-primes"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Halvorsen, PT · 10.12.2026 · ferry purser's husband, 71 y, 79 kg
            97112 NMR 09.00–09.22 (22') · 1:1
            Tx: perturbations in stride stance on foam, tandem on the beam, stepping over the 15 cm hurdles on cue.
            Problem: impaired postural control and a slow stepping strategy since he fell on the ferry ramp.
            Measures: Berg 48/56; tandem 14 s.
            97140 MT 09.22–09.34 (12') · 1:1
            Tx: grade III talocrural posterior glides and STM to the L calf.
            Problem: L ankle dorsiflexion hypomobility.
            Measures: knee-to-wall L 7 cm (4 cm before).
            """,
            ["R26.81", "M25.672"], [PT("97112", 22), PT("97140", 12)], []),

        // WMPT two-row minutes matrix ("97112 — 23", "97110 — 15"), one-on-one answered; each code's techniques, impairments and measures: passes.
        ["v6-h187-wm-two-row-minutes-matrix"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112, 97110
            Minutes for each code you selected:
            97112 — 23
            97110 — 15
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: 97112: tandem stance at the counter with head turns, stepping over the dog's bed with a stop on cue, reactive steps to pushes. 97110: sit-to-stand from the kitchen chair 3x10, heel raises 3x15, standing hip abduction with the green band 3x12.
            What impairment(s) did you treat today?: postural sway and a slow protective step; B hip and calf weakness
            Objective measures today (test name and result): Berg 44/56; 5xSTS 15.8 sec
            Who else was present? (optional): his daughter in the kitchen
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // MRH Salem, a PT's 97112 heading (Simon Ledbetter) and an OT's 97530 heading (Theo Vance) on one visit, each with its minutes; both complete: passes.
        ["v6-h187-mrh-pt-and-ot-headings"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/10/2026
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min    Simon Ledbetter, PT
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Weight shifts onto the R with tapping, stepping reactions to pushes at the pelvis, tandem stance on foam. R hemiparesis with poor R weight acceptance and postural control. Berg 40/56.
            THERAPEUTIC ACTIVITIES 97530 — 20 min    Theo Vance, OTR/L
            Standing at the counter loading the dishwasher from the sink, carrying plates to the cabinet and reaching to the second shelf. R hemiparesis and standing balance reaching across. 14 plates loaded standing with stand-by assistance; 3 trips with contact guard.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 20)], []),

        // ORPT Prairielight's Billing Grid with its default "15 min" left on a 27-minute 97112 line: mismatch; otherwise complete (1:1 Y, rocker, tandem, perturbations; sway and ankle strategy; Berg and TUG).
        ["v6-h187-orpt-billing-grid-default-15"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/10/2026
            Delivery: Individual    1:1 (Y/N): Y
            Interventions: rocker board A/P eyes closed, tandem walking with head turns, lateral perturbations at the shoulders on foam
            Clinical Findings: impaired postural control and a slow ankle strategy since the fall on the icy Legion hall steps
            Objective Measures: Berg 45/56; TUG 12.6 sec
            Billing Grid:  97112 | Neuromuscular re-ed | 15 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 27)], [At(Mismatch, "97112")]),

        // BHOT late entry with a clock range of fifteen on the code's line (8:30–8:45) on a 27-minute 97112 line: mismatch; otherwise complete.
        ["v6-h187-bhot-clock-range-fifteen-on-27"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/10, written 12/11 (no signal out past Story)
            97112 8:30–8:45 am — Wade Thorsby, PT — 1:1, nobody else in the gym
            Tx: stepping over the mineral-tub stand-in with a stop, foam stance with head turns, perturbations at the pelvis in tandem
            Deficit: late stepping reactions and sway since he was knocked down in the sorting alley
            Outcome: Berg 46/56; TUG 11.4 sec
            """,
            ["R26.81"], [PT("97112", 27)], [At(Mismatch, "97112")]),

        // LMPT "Code: 97112 | Min: 30" on an 18-minute line: mismatch; otherwise complete.
        ["v6-h187-lmpt-min-30-on-18"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 30 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: single-leg stance on the Airex with ball catches, lateral hops to a stick, BAPS level 4
            Why: R ankle proprioception after the sprain on the el platform stairs
            #s: SLS R 12 sec; hop-and-stick 8/10
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // SNSS Jess Tran's "ea" and "#", "97110 24 min" given but the second code (joint mobs and STM for 97140) has no minutes anywhere: separate time missing; both otherwise complete.
        ["v6-h187-snss-tran-second-code-no-minutes"] = new(
            """
            97110 24 min  goblet squat 20# kb 3x8  split squat 3x8 ea  sl rdl 10# 3x8 ea  lat band walks 3 laps  then 97140 pa mobs T6-T10 gr III + stm to the lats  thoracic hypomobility + L glute med weakness short-order cook on his feet all day  ext rom thoracic 10° to 18°  j tran pt
            """,
            ["M54.6", "M62.81"], [PT("97110", 24), PT("97140", 12)], [SepTime]),

        // QBRH two headings without minutes and only "TOTAL TIMED: 37 MIN": separate time missing; both codes otherwise complete.
        ["v6-h187-qbrh-total-timed-only"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations at the pelvis on foam, tandem walking with head turns, step-and-stick onto the rocker
            IMPAIRMENT: impaired postural control and a late step after the fall on the herring-weir ladder
            OUTCOME MEASURE: BERG SCORE: 45/56
            CPT 97116 GAIT TRAINING
            INTERVENTIONS: cane gait on the hall and the ramp, cues for R heel strike
            IMPAIRMENT: short R step
            OUTCOME MEASURE: distance SCORE: 280 ft with the cane, SBA
            TOTAL TIMED: 37 MIN
            Nora Cobb, PT
            """,
            ["R26.81"], [PT("97112", 23), PT("97116", 14)], [SepTime]),

        // ISU student, "Minutes — 97112: 23" filled and "Minutes — 97116:" left blank: separate time missing; both otherwise complete.
        ["v6-h187-isu-second-minutes-box-blank"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaylee Brandt
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112, 97116
            Minutes — 97112: 23
            Minutes — 97116:
            Treatment format (select one): Individual
            Interventions (list each with parameters): 97112: perturbations on the rocker, foam stance with head turns, step-and-stick onto the BOSU. 97116: gait on the indoor track with the cane, cues for a longer L step, 600 ft SBA
            Impairment(s) targeted: impaired postural control and L ankle proprioception; short L step after the ankle ORIF
            Outcome measures (name: score): Berg 50/56; SLS L 7 sec
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S82.852D", "R26.89"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // PSC empty note on a two-code visit (97112 and 97110): DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h187-psc-empty-form-two-codes"] = new(
            "",
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // WMPT submission exported as spaces and line breaks only on a 97116: note missing.
        ["v7-h187-wm-whitespace-only-submission"] = new(
            "   \n\n  \n ",
            ["Z96.651"], [PT("97116", 20)], [At(NoteMissing, "97116")]),

        // HLG empty note with no diagnosis on a 97112: note missing and diagnosis missing.
        ["v7-h187-hlg-empty-no-diagnosis"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // PTH 97110 at home: wall push-ups, heel raises and mini squats at the kitchen counter with doses; shoulder and calf weakness; "97110 [ 16 ] min": passes.
        ["v7-h187-pth-97110-kitchen-counter"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: granddaughter at the table with her homework
            97110 [ 16 ] min
            Tx: wall push-ups at the kitchen wall 3x10, heel raises at the counter 3x15, mini squats holding the counter 3x12, shoulder flexion with a 1 lb can 2x12
            Problem: B shoulder and calf weakness; she can't lift the canner to the top shelf or stand at the stove long
            Assist/Dist: all at the counter with SBA
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // BOSM Dwayne Pressley's double slashes, 97530: lifting a tool bag from the floor and carrying it up the bucket-truck steps, overhead reaching to a mock crossarm; shoulder weakness after a cuff repair; loads, trips and counts: passes.
        ["v7-h187-bosm-pressley-97530-bucket-truck"] = new(
            """
            97530 // 18 min // 1 on 1 // lift the 25# tool bag floor to the bench x8, carry it up the 3 bucket-truck steps x4, overhead reach to the mock crossarm placing bolts x12 // R shoulder weakness + poor overhead endurance s/p cuff repair per Dr. Kessler protocol, lineman back to light duty // all with good mechanics, no substitution after rep 10 // D. Pressley PT OCS
            """,
            ["M75.121", "Z98.890"], [PT("97530", 18)], []),

        // CFPT OfficeMate capitals, 97140: manual cervical traction and suboccipital release, grade III upglides; cervical stiffness and headaches; rotation degrees; "CPT 97140 X 12 MIN": passes.
        ["v7-h187-cfpt-97140-manual-traction"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/10/26
            CPT 97140 X 12 MIN
            NOTE: MANUAL CERVICAL TRACTION 5 BOUTS, SUBOCCIPITAL RELEASE, GRADE III UPGLIDES C3-C6 BILAT. IMP: CERVICAL STIFFNESS + SUBOCCIPITAL TENSION, HEADACHES DRIVING THE COUNTY BOOKMOBILE. OBJ: ROTATION R 60 DEG L 55 DEG (48/44 AT EVAL).
            """,
            ["M54.2", "G44.209"], [PT("97140", 12)], []),

        // WHCC 97116 on the care-centre hall: walker gait with cues for step length and heel strike, distance and assistance; short shuffling step; "97116 x 18 min": passes.
        ["v7-h187-whcc-97116-hall-walker"] = new(
            """
            97116 x 18 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 122  gait w the front-wheeled walker down the B hall to the chapel + back, cues for longer steps + heel strike + turning w the walker  short shuffling steps + forward trunk lean  150 ft x 2 CGA  turn at the chapel door min A
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // NCNPT Gordon's capitals, 97116: body-weight-supported treadmill training with the percentage of support and speed; foot clearance and step length with MS; distance and support: passes.
        ["v7-h187-ncnpt-97116-bwstt"] = new(
            """
            NORTH COUNTRY NEURO PHYSICAL THERAPY    Bemidji, MN
            DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: L FOOT DRAG + SHORT R STEP WITH THE MS, TRIPS ON THE SNOWMOBILE TRAILER RAMP
            INTERVENTIONS: BODY-WEIGHT-SUPPORTED TREADMILL TRAINING AT 20% SUPPORT, 1.4 MPH, MANUAL CUES AT THE L KNEE AND ANKLE FOR CLEARANCE
            OUTCOME MEASURES: 0.3 MILE ON THE TREADMILL; 10MWT 0.78 M/S
            CPT / MIN: 97116 / 20
            G. TVEIT PT DPT NCS
            """,
            ["G35.D"], [PT("97116", 20)], []),

        // IVBPT Holtville "Balance training per POC. Tolerated well. Continue plan of care." under "97112 — 22 min": nothing named, no deficit, no measure, no one-on-one.
        ["v7-h187-ivbpt-balance-training-per-poc"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            Rosalba Quezada, PT
            97112 — 22 min
            Balance training per POC. Tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ERPT Hank Twomey's capitals, "97110 20 MIN THER EX PER PLAN TOLERATED WELL CONTINUE.": wholly generic.
        ["v7-h187-erpt-twomey-ther-ex-per-plan"] = new(
            """
            97110 20 MIN THER EX PER PLAN TOLERATED WELL CONTINUE.
            """,
            ["M62.81"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // MLMPT "nmrx" expansion with only "balance ex" typed and the def and meas slots left: generic, nothing named; "1on1 pt n me" stated.
        ["v7-h187-mlmpt-nmrx-balance-ex-only"] = new(
            """
            97112 22 min 1on1 pt n me tx balance ex def __ meas __ tolerated well cont poc
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // CBMC Lucia Ferreira (OTR/L), double spaces and one closing period, "functional activities per poc  tolerated well": wholly generic 97530.
        ["v7-h187-cbmc-ferreira-functional-activities-per-poc"] = new(
            """
            97530 18 min  functional activities per poc  tolerated well  cont  l ferreira otr/l.
            """,
            ["R27.8"], [OT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes (the false-positive guard) and the ordinary weak ones

        // SCCH Herndon outreach room, flowsheet row 97110 | 16, bridges, clamshells, step-ups with doses; L hip weakness; the PTA's initials "DO": passes.
        ["vord-h187-scch-herndon-quilter-97110"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Herndon outreach room
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE  | CPT   | MIN | 1:1 | TX
            12/10 | 97110 | 16  | [v] | bridges 3x12, clamshells w/ the red band 3x12, step-ups on the 6 inch step 3x10
            PROBLEM: L hip abductor + extensor weakness, church-basement quilter can't get up from the low frame chair
            MEASURE: 5xSTS 15.2 sec
            RESP: tol well                         INIT: DO
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // SCCH Oberlin, 97116 on the hospital's long basement hallway and the helipad ramp with distance and assist; short L step: passes.
        ["vord-h187-scch-97116-basement-hallway"] = new(
            """
            SAPPA CREEK COMMUNITY HOSPITAL    0utpatient Therapy    Oberlin, Kansas
            OP THERAPY DAILY FLOWSHEET (form R-31)
            DATE  | CPT   | MIN | 1:1 | TX
            12/10 | 97116 | 19  | [v] | gait w/ the SPC down the basement hallway + up the helipad ramp, cues for L heel strike + a longer L step
            PROBLEM: short L step + L knee stiffness after the L TKA
            MEASURE: 320 ft SPC SBA; ramp CGA
            RESP: tol well                         INIT: MS
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // PSC OT's 97530 on the grid (Rosalind Haymaker): laundry basket to the dryer and folding standing; R hemiparesis and standing balance; counts and assistance; delivery ticked: passes.
        ["vord-h187-psc-haymaker-ot-97530-laundry"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   |     |       |
            | 97116 | Gait Training         |     |       |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities| 21  | 1     |
            Total Timed Min: ____    Total Units: ____
            Skilled intervention: lifting wet towels from the washer into the dryer, carrying the basket to the table, folding standing without the table for support
            Impairment: R hemiparesis + standing balance reaching low; she lives alone at the Cadiz apartments
            Objective: 12 towels transferred standing with SBA; basket carried 25 ft CGA
            Rosalind Haymaker, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // PSC PT's 97116 on the grid (Dwight Pennebaker): walker to cane on the greenway path, curb; short R step; distance and assistance: passes.
        ["vord-h187-psc-pennebaker-97116-greenway"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☑ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   |     |       |
            | 97116 | Gait Training         | 20  | 1     |
            | 97140 | Manual Therapy        |     |       |
            | 97530 | Therapeutic Activities|     |       |
            Skilled intervention: gait with the walker then the quad cane on the Little River greenway path, curb up and down, cues for a longer R step
            Impairment: short R step + R hip weakness after the R THA
            Objective: 400 ft quad cane SBA; curb CGA
            D. Pennebaker, PT
            """,
            ["Z96.641"], [PT("97116", 20)], []),

        // CCNRI PTA's 97110 alone ("97110 | Marcus F., PTA | 17"): farmer carries, step-ups, rows with doses; grip and quad weakness after GBS: passes.
        ["vord-h187-ccn-marcus-97110-farmer-carries"] = new(
            """
            CCNRI — NEURO OP TEAM NOTE (Harmon Pavilion)
            97110 | Marcus F., PTA | 17
            Farmer carries 15 lb each hand 4 laps, step-ups on the 8-in step 3x10 each, seated rows with the green band 3x12, wall sits 3x30 sec.
            Impairment: grip, quad and scapular weakness after GBS; the corn-seed rep wants to carry sample bags again.
            """,
            ["G61.0"], [PTA("97110", 17)], []),

        // KU-PTC OT student's 97530 with the fieldwork educator: putting groceries away from the bag on the floor to the top shelf; R shoulder and standing balance; counts and assistance: passes.
        ["vord-h187-ku-ots-97530-groceries"] = new(
            """
            KU-PTC — OT note
            OTS: Becca Wold    FWE: Kim Tran, OTR/L
            97530 — 20 min: unloading a grocery bag from the floor to the counter and the top shelf standing x12 items, carrying the milk jug to the fridge x3 with SBA, reaching behind for the cereal box x5.
            Problem: R shoulder weakness and poor standing balance reaching high after the stroke; the dean's assistant wants to cook for herself.
            FWE: present and directing throughout. — K. Tran, OTR/L
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // HPPT Tess's weekday 97112, "1:1 the whole time": tandem on the foam, perturbations, stepping over hurdles; postural control; Berg and SLS: passes.
        ["vord-h187-hp-tess-crabber-97112"] = new(
            """
            HARBOR POINT PHYSICAL THERAPY — daily note (Port Orchard) — Tess Nakamura, PT
            97112 — 23 min, 1:1 the whole time.
            Crabber, 63, back on the boat in spring. Tandem on the foam beam with head turns, perturbations at the shoulders in stride stance, stepping over the 6-in hurdles on cue.
            Finding: impaired postural control and a slow stepping strategy; he lost his footing on the wet dock.
            Berg 49/56; SLS R 10 s.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ISU student, curler, 97112 "Minutes — 97112: 24", "Treatment format: Individual": perturbations on the slide board, SLS on foam, lunges to a stick; knee proprioception; Y-balance and SLS: passes.
        ["vord-h187-isu-curler-97112"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual
            Interventions (list each with parameters): perturbations in a lunge on the slide board, single-leg stance on foam with ball catches, lunges to a stick with eyes closed
            Impairment(s) targeted: R knee proprioception and quad timing after the meniscus repair; the curler wobbles in the hack
            Outcome measures (name: score): Y-balance anterior R 57 cm, L 64 cm; SLS R foam 11 sec
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S83.231D"], [PT("97112", 24)], []),

        // Halyard vestibular form complete but the claim carries no diagnosis: diagnosis missing only.
        ["vord-h187-hal-no-diagnosis"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes — just us
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): X1 viewing on foam, walking the hall with pitch head turns, habituation to looking up at the top shelf and back down
            What's the problem we're chasing?: R vestibular hypofunction; she sways looking up at the boat's mast
            Numbers! (scores, seconds, microvolts, grades): DGI 19/24; DHI 32
            How did she feel leaving? (1–10): 6
            """,
            [], [PT("97112", 22)], [Dx]),

        // ERPT Hank Twomey's capitals, 97116 with the cane on the clinic hall and the gravel lot; short R step; distance and assist: passes.
        ["vord-h187-erpt-twomey-97116-gravel-lot"] = new(
            """
            97116 18 MIN GAIT WITH THE CANE DOWN THE HALL AND ACROSS THE GRAVEL LOT TO HIS PICKUP CUES FOR A LONGER R STEP AND HEEL STRIKE SHORT R STEP AND R KNEE STIFFNESS AFTER THE R TKA 260 FT WITH THE CANE SBA GRAVEL 80 FT CGA.
            """,
            ["Z96.651"], [PT("97116", 18)], []),

        // BOSM Dwayne Pressley 97140, double slashes: grade III glides and STM for a stiff shoulder; ROM degrees: passes.
        ["vord-h187-bosm-pressley-97140-frozen-shoulder"] = new(
            """
            97140 // 12 min // 1 on 1 // GH inf + post glides gr III-IV 4 bouts + STM to the subscap & pec minor // L adhesive capsulitis, the catfish-plant filleter can't reach the top of the ice bin // flexion L 124° ER 28° // D. Pressley PT OCS
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // MRH Simon Ledbetter's 97116: walker to cane on the parking-deck ramp; short L step; distance and assistance: passes.
        ["vord-h187-mrh-ledbetter-97116-ramp"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (JEFFERSON STREET, ROANOKE)
            DOS 12/10/2026    Simon Ledbetter, PT
            GAIT TRAINING 97116 — 19 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Gait with the cane on the hall and the parking-deck ramp, cues for L heel strike and a longer L step.
            Short L step and L hip weakness after the L THA.
            300 ft with the cane SBA; ramp up and down CGA.
            """,
            ["Z96.642"], [PT("97116", 19)], []),

        // QHPT Nora Beauchesne's 97112 with a scrub correction of a side ("SCRUB CORRECTION 12/11 (NB): L ankle was written, R ankle is correct — typed the wrong side"); "Seen 1:1."; complete: passes.
        ["vord-h187-qhpt-scrub-correction-side"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            BAPS board both directions, single-leg stance on foam with head turns, step-and-stick off the 4 in step.
            ~~L ankle~~ R ankle proprioception after the sprain on the ski-hill stairs.
            Measures: SLS R 8 sec; step-and-stick 7/10.
            SCRUB CORRECTION 12/11 (NB): L ankle was written, R ankle is correct — typed the wrong side.
            Nora Beauchesne, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // BHOT Ruth Ann Keel (OTR/L), 97530 with a clock range on the code's line: buckling a saddle cinch and lifting the saddle to the rack; R hand weakness; counts and assistance: passes.
        ["vord-h187-bhot-keel-ot-97530-saddle"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97530 2:05–2:25 pm — Ruth Ann Keel, OTR/L
            Tx: lifting a 20 lb saddle from the floor to the rack x4, buckling and unbuckling the cinch x6, coiling a lariat standing
            Deficit: R grip and pinch weakness and standing balance lifting after the wrist fracture
            Outcome: grip R 38 lb (L 61 lb); saddle to the rack with SBA
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // WRPT 97112, "Attendance: [X] 1:1": foam, head turns, step-and-stick; sway; Berg and TUG: passes.
        ["vord-h187-wrpt-97112-bookkeeper"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/10/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with head turns, step-and-stick onto the rocker, perturbations at the pelvis in tandem
            Why: postural sway and a late ankle strategy since she missed the bottom step at the feed store
            Numbers: Berg 45/56; TUG 11.7 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TVPT 97110: rows, pull-downs, wall slides with doses; shoulder weakness after a cuff repair; degrees: passes.
        ["vord-h187-tvpt-97110-shoulder"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WAITSBURG
            SERVICE: 97110 Therapeutic exercise — 15 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rows with the green band 3x12, lat pull-downs 25 lb 3x10, wall slides 2x12, sidelying ER with 2 lb 3x10, to get him back to pitching hay bales
            DEFICIT ADDRESSED: R shoulder flexion and ER weakness after the cuff repair
            OBJECTIVE: active flexion R 142°
            Owen Takacs, PT
            """,
            ["M75.121", "Z98.890"], [PT("97110", 15)], []),

        // LERB 97116 with "Minutes by CPT: 97116 = 21": walker to cane; short step; distance and assist: passes.
        ["vord-h187-lerb-97116-feedlot"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — FRIONA
            AUTH # LE-24502 · visit 7 of 12 authorized
            Attendance: 1:1
            Tx: gait with the cane on the hall and out across the caliche lot, cues for a longer L step and heel strike
            Problem: short L step and L knee stiffness after the L TKA; he checks pens at the feedlot
            Objective data for reviewer: 280 ft with the cane SBA; caliche 90 ft CGA
            Minutes by CPT: 97116 = 21
            D. Hobart, PT
            """,
            ["Z96.652"], [PT("97116", 21)], []),

        // LMPT "Code: 97112 | Min: 22 | Attendance: (x) 1:1": BAPS, foam with ball toss, hop-and-stick; ankle; SLS and hops: passes.
        ["vord-h187-lmpt-97112-bus-driver"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS level 3 both directions, single-leg stance on foam with ball toss, hop-and-stick off the 4 inch step
            Why: L ankle proprioception after the sprain stepping off the CTA bus
            #s: SLS L 10 sec; hop-and-stick 6/10
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PTH 97112 at home "[ 23 ] min", "Present: wife on the porch swing": foam cushion, head turns, stepping over the threshold; sway; Berg: passes.
        ["vord-h187-pth-97112-porch-swing"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: wife on the porch swing
            97112 [ 23 ] min — one-on-one
            Tx: standing on the couch cushion with eyes closed, walking the hall with head turns, stepping over the porch threshold with a stop on cue, nudges at the hips
            Problem: postural sway and a late step reaction; he caught his foot on the porch threshold twice this month
            Assist/Dist: Berg 44/56; tandem 8 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WHCC OT Ann-Marie Tibbetts, 97530: standing at the sink for grooming, reaching to the medicine cabinet; standing balance and L hemiparesis; minutes and assistance: passes.
        ["vord-h187-whcc-tibbetts-ot-97530-sink"] = new(
            """
            97530 x 19 min  A. Tibbetts OTR/L  [x] individual [ ] concurrent [ ] group  res rm 208  standing at the sink for grooming + reaching to the medicine cabinet + picking the comb off the floor w the reacher  L hemiparesis + standing balance reaching high  stood 4 bouts at the sink SBA  reached the top shelf x6 CGA
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // WMDC Tovah Lerner (PTA), 97116 with big steps and turning strategy; shuffling and festination; distance, steps and a 10-metre time: passes.
        ["vord-h187-wmdc-lerner-97116-big-steps"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Dale Fauber · Med state: ON · Tovah Lerner, PTA
            Wife says: "He shuffles worst in the grocery aisles."
            97116 — 18 min
            Gait with big steps to the floor stripes on a metronome, wide turning arcs around the cones, walking and stopping on cue.
            Deficit: shuffling gait with festination and en-bloc turns with Parkinson's disease.
            Measures: 10MWT 0.94 m/s; 360° turn in 7 steps (11 last week); 400 ft without a freeze.
            """,
            ["G20.A1"], [PTA("97116", 18)], []),

        // SWH Mystic, Noor's "Manual therapy 97140 (12 min)": muscle energy technique for an anterior innominate and STM; pelvic girdle pain; hip rotation degrees: passes.
        ["vord-h187-swh-97140-muscle-energy"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 12/10/2026
            She reports: “The car seat out of the back is still the worst.”
            Manual therapy 97140 (12 min) — muscle energy technique for a R anterior innominate, STM to the R piriformis and adductors.
            Impairment: R pelvic girdle pain and SI joint malalignment since the delivery.
            Objective: hip IR R 28° (20° last visit); standing flexion test negative today.
            """,
            ["O26.72", "M53.3"], [PT("97140", 12)], []),

        // SNSS Mateo Velez's full sentences, 97112 "1on1": perturbations, hop to stick, lateral bounds; knee valgus after ACLR; hop and Y-balance: passes.
        ["vord-h187-snss-velez-97112-full-sentences"] = new(
            """
            97112, 22 min, one-on-one. Single-leg perturbations on the Airex, hop to a stick off the 6 in box, lateral bounds to a stop. Dynamic knee valgus and poor landing control on the R after the ACL reconstruction. Single hop R 112 cm, L 138 cm; Y-balance anterior R 60 cm. Mateo Velez, PT.
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 22)], []),

        // JWO chain default "97112 ▸ 15m" left on a 26-minute line: mismatch; otherwise complete.
        ["vord-h187-jwo-default-15m-on-26"] = new(
            """
            JointWorks QuickNote · Elkhart · K. Amstutz PT, DPT
            97112 ▸ 15m
            1:1 ▸ Y
            Tx ▸ StableStart card 3: tandem on foam with head turns, perts at the pelvis, step-and-stick off the 6 in step
            Area ▸ postural control and a late step since the fall on the RV-plant floor
            # ▸ Berg 47/56; TUG 10.8 sec
            """,
            ["R26.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // ORPT diagnosis carried over as "#Name?"; 97110 complete with doses: diagnosis missing only.
        ["vord-h187-orpt-name-error-diagnosis"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/10/2026
            Interventions: step-ups on the 8 inch step 3x10, wall squats 3x12, TKE with the blue band 3x15, heel raises 3x20
            Clinical Findings: R quad and calf weakness after the R TKA; the square-dance caller can't do the promenade
            Objective Measures: 5xSTS 13.4 sec
            Billing Grid:  97110 | Therapeutic exercise | 17 min
            H. Bjornstad, PT, DPT
            """,
            ["#Name?"], [PT("97110", 17)], [Dx]),

        // SCMH two episodes, each with its timed code and minutes: passes.
        ["vord-h187-scmh-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (ISHPEMING)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Reino Heikkinen
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: foam stance eyes closed, step-and-stick over the hurdle, perturbations at the pelvis
            Impairment: sway and a late step on the icy mine-tour boardwalk
            Measures (Last | Today): Berg 44 | 46
            EPISODE B: R knee weakness    ICD-10: M62.81
            Timed: 97110 ▸ 13 min
            Interventions: quad sets 2x15, SLR 3x10 with 2 lb, mini squats 3x12
            Impairment: R quad weakness climbing into the ore truck
            Measures (Last | Today): extensor lag 8° | 5°
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // CFPT OfficeMate capitals 97112, "1ON1 FLAG: Y": foam, tandem with head turns, perturbations; sway; Berg and tandem: passes.
        ["vord-h187-cfpt-97112-capitals"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/10/26
            CPT 97112 X 22 MIN     1ON1 FLAG: Y
            NOTE: FOAM STANCE EYES CLOSED, TANDEM WALK W HEAD TURNS, PERTURBATIONS AT THE PELVIS, STEP-AND-STICK OFF THE 4 IN BOX. IMP: SWAY AND LATE STEPPING, SLIPPED ON THE WET BARN ALLEY. OBJ: BERG 47/56, TANDEM 11 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SPL "BLOCK A · 97112 NMR · 23 min", "☑ 1:1": reactive drills; ankle proprioception; force-plate line: passes.
        ["vord-h187-spl-97112-ankle"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Ruby Castellanos (club volleyball libero) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg stance on the force plate with ball catches, hop to a stick on a called line, BAPS with eyes closed
            Limiter: R ankle proprioception and a slow peroneal response after the third sprain
            DATA PASTE ▼
            COP sway area R 4.8 cm² | L 2.9 cm²
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // NLMC Baxter, 97112 with the Biodex report pasted: weight shifts to targets, foam with head turns; slow ankle strategy; stability index: passes.
        ["vord-h187-nlmc-biodex-stability-index"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Walt Koskovich · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: weight shifts to targets on the Biodex with eyes closed, foam stance with head turns, stepping reactions to a pull at the belt
            Impairment: slow ankle strategy and poor postural control; he fell on the ice-fishing house ramp
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 2.4 (3.6 at eval)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // RBVC "Sess B ▸ 97112 ▸ 23 min", "☒ gaze stab": X1 on a busy background, walking with head turns; L hypofunction; DGI and DVA; "just the two of us": passes.
        ["vord-h187-rbvc-sess-b-gaze-stab"] = new(
            """
            RBVC East Flagstaff — Thu
            Sess B ▸ 97112 ▸ 23 min
            Tx: ☒ gaze stab ☐ habituation ☐ OKN
            Just the two of us in the vestibular room; his brother waited in the truck.
            X1 viewing against the busy checkerboard standing on foam; walking the hall with yaw head turns and a stop on cue.
            L vestibular hypofunction after neuritis; oscillopsia driving the snowplow on the washboard.
            DGI 18/24; DVA lost 3 lines (5 at eval).
            C. Benallie PT DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // IVBPT El Centro PTA 97110 alone, doses; hip weakness; cleared: passes.
        ["vord-h187-ivbpt-97110-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/10/2026    G. Olmedo, PTA
            97110 — 16 min
            Bridges 3x15, side-lying hip abduction with 2 lb 3x12, monster walks with the red band 3 laps, step-ups on the 6 in step 3x10
            Deficit: L hip abductor and extensor weakness; the date-packing-house forklift driver drops his hip on the step
            {{CLEARED — KM}}
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // DRCH "Time: 97110 = 15 min; 97140 = 11 min": lumbar exercise with doses and grade III PAs; stiffness and weakness; fingertip-to-floor: passes.
        ["vord-h187-drch-97110-and-97140"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN OUTREACH ROOM)
            OP PT Daily Note — Rx #4 · Seen by: D. Vrbka PT
            Time: 97110 = 15 min; 97140 = 11 min
            Treatment: bird dogs 3x10, bridges 3x12, hip hinge with the dowel 2x10; grade III central PAs L3-L5 and STM to the lumbar paraspinals.
            Problem: lumbar stiffness and weak trunk extensors; the windmill man can't bend to the pump rod.
            Fingertip-to-floor 22 cm (34 cm at eval).
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 11)], []),

        // OCM 97116 with a clock range on the code's line (2:10–2:29 pm): walker to cane; short step; distance and assist: passes.
        ["vord-h187-ocm-97116-clock-range"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Beatrice Oglesby | Marcus Pye, PT | Precautions: WBAT L
            97116 Gait Training | 2:10–2:29 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: gait with the rolling walker then the cane on the hall and the parking-lot curb, cues for L heel strike, so she can walk into the church fellowship hall.
            Impairment addressed: short L step and L knee stiffness after the L TKA.
            Objective measure: 240 ft with the cane SBA; curb CGA.
            """,
            ["Z96.652"], [PT("97116", 19)], []),

        // PCPT 97116, "Code 97116 Gait training ........ 18 min": cane gait on the dock boards; short step; distance and assist: passes.
        ["vord-h187-pcpt-97116-dock-boards"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/10/2026 · Jules Guidry, PT
            Code 97116 Gait training ........ 18 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: cane gait on the clinic hall and the boards out back, cues for a longer R step and heel strike — "big step, cher"
            For: short R step and R hip weakness after the R THA
            Numbers: 300 ft with the cane SBA; boards 60 ft CGA
            """,
            ["Z96.641"], [PT("97116", 18)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
