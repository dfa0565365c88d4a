using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-fourth session, blind, beside the hundred-and-eighty-second set), the set is one
/// Tuesday's notes (12/08/2026) drawn at random across all the clinics of the hundred-and-sixty-sixth to
/// hundred-and-eighty-first sets, each clinic in its own template, its own writers' voices and its own vocabulary, and
/// never more than four notes from any one clinic: no new styles, new patients and new wording within the same
/// templates. It measures how the analyzer does across the styles it has already seen, with notes it has not. About two
/// thirds are ordinary and complete (78 of 109), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs, OTs and a student under
/// a clinical instructor, from the employers of those sets, grouped here as they were there:
/// <list type="number">
/// <item>the template, compliance-reviewed and appeal-ready practices: White River Physical Therapy &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 23 min", "Attendance: [X] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:",
/// Lorraine Meacham's "[CO query: …]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN",
/// "DELIVERY: ☒ Individual ☐ Concurrent ☐ Group", "OUTCOME MEASURE: … SCORE: …"), Imperial Valley Balance &amp; Physical
/// Therapy (IVBPT: "DOS", "97112 — 22 min", "Deficit:", "{{REVIEW: …}}", "Clinician reply:", "{{CLEARED — KM}}"),
/// Touchet Valley (TVPT: "DELIVERY: One-on-one for the entire billed service? Y", "WHAT I DID AND WHY:", "DEFICIT
/// ADDRESSED:", "NOTE TO REVIEWER:"), Llano Estacado (LERB: "AUTH #", "visit 8 of 12 authorized", "Attendance:",
/// "Objective data for reviewer:", "Minutes by CPT:") and Ocmulgee River (OCM: the post-TPE template rev. C with a clock
/// in–out on each timed code's line);</item>
/// <item>the bayou, goal-by-goal and migrated clinics: Petit Caillou (PCPT: "Code 97112 Neuro re-ed ........ 22 min",
/// "Did:", "For:", "Numbers:", Jules Guidry's "cher"), Malheur Bend (MBOG: "PRIMARY OUTCOME:", "→ 97110 · 14 min · …",
/// "▸ measured by:"), Blackberry Creek Hospital (BCH: "Goal #1 — …", "Treated with: 97116 (17 min) — …", "How we
/// know:"), Logan Creek (LCPT: the "NNVC GOAL TRACKER", "Codes/min:", "Progress measure:"), Oneota River (ORPT:
/// Prairielight's "1:1 (Y/N):", "Clinical Findings:" and the "Billing Grid" whose minute column defaults to 15), Sangre de
/// Cristo Valley Hospital (SCVH: Aspenline's "Supervision/Delivery:", "Target impairment: None identified (default)",
/// "Timed Codes:") and Pocomoke Sound (PSTG: TidePoint's "Mode of delivery:", "Measurables:");</item>
/// <item>the week-to-week and city clinics: Rosario Strait (RSP: "08.12.2026", "97112 NMR 09.10–09.32 (22') · 1:1",
/// kilograms and centimetres), Big Horn Basin (BHBR: "▸ START ■ STOP … = 19 MIN"), Porchlight (PTH: "Visit at:",
/// "Present:", "97116 [ 19 ] min", "Assist/Dist:"), Southern Tier (STBF: "What we worked on / Why / How she did /
/// Time"), St. Columba (SCMH: "EPISODE A: … ICD-10:", "Timed: 97112 ▸ 23 min", "Measures (Last | Today):"), Cimarron
/// Senior Therapy (CST: "CST GERI VISIT", falls, near-falls, orthostatics, "1:1: Y"), Caney Fork (CFPT: OfficeMate
/// capitals, "CPT 97112 X 22 MIN", "IMP:", "OBJ:"), Saguaro Home Therapy (SHT: TxtChart "[10:02a]" stamps), St. Casimir
/// Lakeshore (SCLH: Dee Wachowski's "Pt seen indiv. thruout", "c̄", "↓"), Lakeshore Motion (LMPT: "Code: 97112 | Min: 22 |
/// Attendance: ( ) 1:1 …", "#s:"), NorthPier Per Diem (NPD: Bogdan Petrescu's late entries), Harbor Light (HLPT:
/// S:/O:/A:/P:, "Billed: 97112 (23 min)"), Lakeside Macomb (LMH: "Timed Procedures"), Little Colorado River (LCRT: "Svc:
/// … | Time: … | 1:1: Y"), JointWorks (JWO: "97110 ▸ 15m", "Tx ▸", "Area ▸", "# ▸"), Rawhide (RPT: Merle Vankirk's one
/// dense line) and Sheboygan Harbor (SHMC: "ALL SECTIONS REQUIRED", the "IMPAIRMENTS ADDRESSED" row of boxes);</item>
/// <item>the device clinics and intensive programmes: Sawtooth Performance Lab (SPL: "BLOCK A · 97112 NMR · 23 min",
/// "Work:", "Limiter:", "DATA PASTE ▼"), Northwoods Lakes (NLMC: "Service: 97112 Neuromuscular reeducation — 24
/// minutes", "▶ Imported device report"), High Desert NeuroRecovery (HDNR: "97530 [ 20 ] min", "What I did:", "Why:",
/// "Device paste:"), Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: "This session only:
/// 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group", "Targets:", "Activities:", "Data:"), Chattahoochee Valley
/// University's Neuro-Recovery Intensive (CVU NRI: "NRI BLOCK NOTE", "Billed this block: 97116 (23 min)") and Red Butte
/// Vestibular &amp; Concussion (RBVC: "Sess A ▸ 97112 ▸ 22 min", "Tx: ☒ gaze stab ☐ habituation ☐ OKN");</item>
/// <item>the whole-episode, APSO, multispecialty and day-programme clinics: Wexford Commons (WCOPT: Brett Szalai's "Visit
/// 9 of 12 | …" and "97110 Therapeutic exercise — 23 min:"), Benedictine Coulee (BCMC: Lise Aamodt's "FOLLOW-UP #n ·
/// Seen individually", Jonah Brightwater's bullets), Dismal River (DRCH: "Seen by:", "Time: 97110 = 14 min; 97116 = 17
/// min"), Quinebaug University Health (QUH: APSO with "BILLING:" last), Pembina Multispecialty (PMG-MSK: "CHARGES:" on
/// top, "NEXT VISIT:" before "TODAY:", the "| Test | Today | Eval |" table) and Prairie Crossing (PCNDP: the day's
/// schedule and the closing "ATTESTATION:");</item>
/// <item>the quoting, unpunctuated and amending clinics: Hollyhock Lane (HLG: "IN HIS OWN WORDS: … (quoted as said)",
/// "WHAT WE DID: 97112 · 22 min", "1:1 for billed time: ☒ Yes ☐ No", "MEASURED:"), Wintergreen (WMDC: "Med state:", "Pt
/// says:", "Wife says:", PWR! Moves), Saltmeadow (SWH: "She reports:" in curly quotes, "Manual therapy 97140 (12 min)"),
/// Short North (SNSS: Nadia Farhat's lower case and "perts", Brent Halloran's double spaces), Middle Loup Mobile (MLMPT:
/// Carla Hindman's "pt n me" and the "97112 __ min 1on1 __ tx __ def __ meas __" expansion), Wapello Heights (WHCC: "[x]
/// individual [ ] concurrent [ ] group", "97116 x 18 min", "res", "rm 122", "CGA"), Mercy Ridge (MRH:
/// "NEUROMUSCULAR RE-EDUCATION 97112 — 23 min", "Delivery: [ ] Individual …", "ADDENDUM … for DOS 12/08/2026"), Quarry
/// Hill (QHPT: "97110 — 24 min", "Seen 1:1", "SCRUB CORRECTION 12/09 (NB): … was …, not …") and Bighorn Home &amp;
/// Outpatient (BHOT: "LATE ENTRY for 12/08, written 12/09 …", "Deficit: (not entered)", clock ranges);</item>
/// <item>the run-on writers and the form clinics: Chelan Basin's neuro clinic (CBMC: Priya Raman's lower-case slashes
/// and "one to one"), Encampment River (ERPT: Gail Sorensen's lower case and "&amp;", Hank Twomey's capitals and one
/// closing period), Bootheel Orthopaedic (BOSM: Dwayne Pressley's double slashes, Kimberly Askins' pipes, Reggie Gainey's
/// strung-together loads), Wayfarer Mobile (WMPT: the "WMPT Visit Submission" with its "97112 — 23" matrix and its
/// select-one answers), Ironwood State's student clinic (ISU-SMPT: the "SPT Daily Note", "Minutes — 97112: 24", "CI
/// co-signature") and Halyard Pelvic &amp; Vestibular (HAL: "Halyard PT — after-visit form", "Was it just you and me
/// the whole time? (required)").</item>
/// </list>
/// This Tuesday's people: a husband waiting in the pickup, a wife at the table with her crossword, a granddaughter doing
/// homework in the corner, a home health aide at the sink, a clinical instructor beside her student, an interpreter on
/// the tablet, a son who drove in from Laramie, a heeler left in the truck, and the other patients (Mrs. Thibodeaux on
/// the other mat, Mr. Lindahl on the bike, the three participants of the balance circle, a second resident at the bars)
/// who are; a beet-pile loader operator, a church bell ringer, a hay-hauler, a sardine-smokehouse retiree, a woman who
/// walks her dog on the levee, a school crossing guard, a pipe-organ tuner, a mink-farm hand, a Christmas-tree lot
/// cashier, a ferry car-deck hand, a potato-cellar foreman, a roofer, a square-dance caller, a deer-camp cook, a cotton
/// module builder, a bingo caller and a seventh-grade wrestler.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read these clinics' notes many times,
/// applying the contract to what the filled-in text says: an unticked box, an unanswered "Y / N", a blank field, a
/// "[Select: …]" prompt and a "____" line state nothing, a default the clinician left ("None identified (default)", a
/// grid's 15) is read as written, a compliance query answered by the clinician is read with its answer, and a scrub
/// correction is read as the note's corrected statement:
/// <list type="bullet">
/// <item>class 1 (v1-h183-…): one-on-one in these writers' own words (WRPT's ticked 1:1 with a husband in the pickup,
/// Priya Raman's "one to one / husband in the hall", WMPT's "One-on-one with the therapist" with a home health aide at
/// the sink, ISU's "Individual — one patient, the student and the CI", CST's "1:1: Y — her son drove in and sat in the
/// lobby", Halyard's "Yes — just us; the interpreter was on the tablet"), notes that negate it (QBRH's Concurrent box
/// ticked with Mrs. Thibodeaux on the other mat, Gail Sorensen's "had her & mr lindahl going at the same time",
/// PCNDP's attestation with the group box ticked for the balance circle) or never state it (Kimberly Askins' pipes with
/// no delivery field), and a code without a one-on-one check (a PTA's 97110 in WHCC's group of three);</item>
/// <item>class 2 (v2-h183-…): checkbox and blank-field states (LMPT's attendance with no box marked, MRH's delivery row
/// unticked, ORPT's "1:1 (Y/N): N", SCVH's "Target impairment: None identified (default)", HLG's "MEASURED: ____",
/// SHMC's row of impairment boxes with none ticked, TVPT's "Y" answered, LERB's attendance filled, RBVC's "Tx:" row
/// with a box ticked beside a typed narrative);</item>
/// <item>class 3 (v3-h183-…): named programmes and methods as techniques (PWR! Moves in standing, Mulligan SNAGs,
/// Cawthorne-Cooksey head and eye exercises, blood-flow-restriction leg press, McKenzie repeated extension in lying,
/// mirror therapy for a phantom limb, the Otago programme named with no dose, JointWorks' "StableStart card 6" as the
/// only technique);</item>
/// <item>class 4 (v4-h183-…): deficits stated as findings in these writers' words (a foot that drags on the hospital
/// carpet, a knee that buckles stepping off the beet-pile loader, a compliance query answered with the deficit, Merle
/// Vankirk's dense line) and notes that state none (Caney Fork's "IMP: WNL" on a 97112, BHOT's "Deficit: (not
/// entered)", Brent Halloran's drills and numbers with no problem);</item>
/// <item>class 5 (v5-h183-…): measures in every usual form (a Biodex stability index in the device paste, reach in
/// centimetres, an ABC percentage in QBRH's outcome line, SCMH's "Last | Today" TUG, distance and assistance for a
/// resident's gait, grip in pounds for a 97530) and notes with none (SPL's data paste empty because the force plate was
/// offline, OCM's "says she feels steadier", PSTG's "Measurables: see flowsheet");</item>
/// <item>class 6 (v6-h183-…): minutes in these templates' forms (DRCH's "Time: 97110 = 14 min; 97116 = 17 min", BHBR's
/// START/STOP row, SHT's stamped "97112 22m", MRH's two headings, a scrub correction giving the right minutes, RSP's
/// clock range) and true mismatches (ORPT's grid default 15 on a 27-minute line, JointWorks' "15m" on 26, Harbor Light's
/// "Billed: 97112 (23 min)" on 35) and truly missing separate time (LCPT's "Codes/min: 97112 = 22, 97116 = __", PMG's
/// "CHARGES: 97112, 97140 — 36 min total");</item>
/// <item>class 7 (v7-h183-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (WCOPT's split squats and Copenhagen planks), 97530 (HDNR's stocking a shelf and
/// turning a key), 97140 (SWH's soft-tissue mobilisation and rib glides) and 97116 (CVU's gait with the new AFO on the
/// hall and ramp), and wholly generic notes (NPD's "Balance per POC. Tolerated well.", QUH's APSO with "Ther ex per
/// flowsheet", a WMPT form answered "Strengthening" and "—");</item>
/// <item>ordinary (vord-h183-…): complete notes of every one of these clinics that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis and a diagnosis carried over as "#Error".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, a son, a
/// granddaughter, a home health aide, an interpreter and a clinical instructor (none of them a patient; Mrs. Thibodeaux,
/// Mr. Lindahl, the balance circle and the second resident are), dates of service, late-entry dates, clock stamps,
/// ages, visit counts, step and box heights in inches, loads in pounds, band colours, reach in centimetres, body weight
/// in kilograms, grip pounds, degrees, percentages, distances in feet and counts — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 — 23
/// min", "Code: 97112 | Min: 22", "97110 ▸ 15m", "97112 · 23 min"), in its block's heading, in a minute box or as a
/// clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that
/// gives two codes only a visit total ("CHARGES: 97112, 97140 — 36 min total"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, aide,
/// interpreter or a supervising clinical instructor in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the Tuesday notes whose template states could honestly be read two ways: a box ticked
/// beside words that say the opposite (a ticked Individual box over "ran him with Mr. Lindahl"), a default left in one
/// field while the clinician's own finding sits in another field for the same element, a scrub correction or addendum
/// that does not say which number it replaces, a late entry whose date of service differs from the visit's, a
/// branded clinic programme's level named beside an activity only its card describes, a "see flowsheet" beside a
/// number that may be the flowsheet's, and a device paste whose only number could be a setting rather than a result.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 107 of 109 cases agree (107 needed), and 1 of the 78 notes the reviewer passes got a finding, on the analyzer of fbef070 (the 2026-12-07 twenty-fourth session's start, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 108 of 109, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyThirdTests(ITestOutputHelper output)
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

        // WRPT Berryville, "Attendance: [X] 1:1" and "husband waited in the pickup"; foam stance with head turns, step-and-stick, pushes at the pelvis; sway and a late step on the church bell-tower stairs; Berg and pushes; "Svc: 97112 NMR — 23 min" matches: passes.
        ["v1-h183-wrpt-husband-in-the-pickup"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/08/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group — her husband waited out in the pickup
            What we did: foam stance with head turns, step-and-stick onto the half dome, pushes at the pelvis in stride stance
            Why: sway and a late protective step; the church bell ringer missed a step coming down the tower stairs
            Numbers: Berg 45/56; 7 of 10 pushes held with one step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // QBRH Eastport, "DELIVERY: ☐ Individual ☒ Concurrent ☐ Group" and Mrs. Thibodeaux worked the rocker board on the other mat in the same block: another patient treated in the billed time — one-on-one missing; techniques, deficit and measures present.
        ["v1-h183-qbrh-concurrent-other-mat"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☐ Individual ☒ Concurrent ☐ Group
            INTERVENTIONS: tandem walking on the foam beam, lateral perturbations at the pelvis, stepping over the rope coil to a stop; Mrs. Thibodeaux worked the rocker board on the other mat with me during the block
            IMPAIRMENT: postural sway and a slow hip strategy since the fall in the sardine smokehouse
            OUTCOME MEASURE: Berg SCORE: 43/56
            Nora Cobb, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CBMC Priya Raman's lower-case slashes, "one to one / husband in the hall"; foam stance with head turns, tandem on the line, perts at the hips; ms sway and late step; berg and tandem; 97112 22 min matches: passes.
        ["v1-h183-cbmc-priya-one-to-one-husband-hall"] = new(
            """
            97112/22 min/one to one/husband waited in the hall/foam stance w head turns, tandem on the tape line, lateral perts at the hips/ms — sway & late step, she caught the pew end at the winery open house/berg 44/56, tandem 9 sec/p raman pt dpt ncs
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ERPT Gail Sorensen, lower case at end of day: "had her & mr lindahl going at the same time, him on the bike her on the foam" — another patient in the block: one-on-one missing; rest complete.
        ["v1-h183-erpt-sorensen-two-at-once"] = new(
            """
            eod notes tues — g sorensen pt
            97112 23 min had her & mr lindahl going at the same time him on the bike her on the foam per my notes on the schedule foam stance eyes closed & step ups to a stick on the 6 in box & pushes at the hips poor ankle strategy & sway since she slipped in the lambing shed alley berg 46/56 sls R 8 sec
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BOSM Kimberly Askins' pipes with no delivery field at all: 97112 with techniques, deficit, Y-balance — one-on-one never stated.
        ["v1-h183-bosm-askins-pipes-no-delivery"] = new(
            """
            97112 | 24 min | SL RDL to a stop on the Airex | lateral hop to stick R | perturbations in SL squat from the band | R knee valgus & late hip strategy s/p ACL recon per Dr. Kessler protocol | Y-balance ant R 57 cm L 64 cm | K. Askins PT DPT
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // WMPT form "One-on-one with the therapist", "Who else was present? Home health aide at the sink"; perturbations at the counter, tandem along the runner, stepping over the dog's bowl; delayed ankle strategy; Berg; "97112 — 23" matches: passes.
        ["v1-h183-wm-aide-at-the-sink"] = new(
            """
            WMPT Visit Submission
            Therapist name: Theo Amankwah, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97112
            Minutes for each code you selected:
            97112 — 23
            How was the treatment delivered? (select one): One-on-one with the therapist
            Who else was present? (optional): Home health aide, washing dishes at the sink
            Describe the skilled interventions you performed: perturbations at the pelvis standing at the kitchen counter, tandem walking along the hallway runner, stepping over the dog's water bowl to a stop
            What impairment(s) did you treat today?: delayed ankle strategy and backward sway; she fell reaching into the woodbox
            Objective measures today (test name and result): Berg 42/56; 6 of 10 backward perturbations recovered with one step
            """,
            ["R26.81", "W18.30XD"], [PT("97112", 23)], []),

        // ISU student note, "Treatment format: Individual — one patient, the student and the CI"; rhythmic stabilization, hop-and-stick, perturbations on the mat; ankle proprioception after a wrestling sprain; SLS and hop counts; "Minutes — 97112: 24" matches: passes.
        ["v1-h183-isu-student-and-ci-individual"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Marcus Oyelaran
            Clinical instructor (CI): Arne Halvorsen, PT, DPT, OCS
            CPT code(s) billed: 97112
            Minutes — 97112: 24
            Treatment format (select one): Individual — one patient, the student and the CI
            Interventions (list each with parameters): rhythmic stabilization in single-leg stance on the wrestling mat; hop-and-stick forward and lateral off the 4 inch step; perturbations at the shoulders in a wrestling stance
            Impairment(s) targeted: L ankle proprioception and a slow ankle strategy after the inversion sprain at the seventh-grade wrestling meet
            Outcome measures (name: score): SLS L eyes closed 9 s; hop-and-stick 7/10 without a touch
            Student confidence today (1–5): 3
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT, OCS. Present and directing the entire billed service.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // CST geri visit, "1:1: Y — her son drove in from Laramie and sat in the lobby"; turning on foam, reaching out of base, step-and-stick; sway turning at the church potluck table; Berg and a 180-degree turn; "97112 NMR — 22 min" matches: passes.
        ["v1-h183-cst-son-in-the-lobby"] = new(
            """
            CST GERI VISIT — Stillwater clinic          Marla Kinchloe, PT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: two, both turning at the potluck table
            ORTHOSTATICS lying → standing: negative
            97112 NMR — 22 min    1:1: Y — her son drove in from Laramie and sat in the lobby
            TX: turning in place on the foam to called directions, reaching out of base to the shelf, step-and-stick backward
            PROBLEM: sway and a late step turning; she grabs the table edge
            OBJECTIVE: Berg 44/56; 180° turn in 5 steps
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PCNDP closing attestation with "[ ] 1:1 [X] group — the three participants of the balance circle": not one-on-one; session, focus and numbers complete.
        ["v1-h183-pcndp-attestation-group-ticked"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Day: van arrival; community meeting; PT balance circle; OT kitchen after lunch; van home
            Session: stepping over the cane row to a stop, reaching out of base on the foam, reactive steps to pulls at the gait belt
            Focus: ataxia and a wide, late step after the cerebellar stroke
            Results: Berg 40/56; tandem 5 sec
            ATTESTATION: [ ] 1:1 [X] group — the three participants of the balance circle worked together with me. 97112: 23 minutes. — Eli Kastner, PTA
            """,
            ["I69.393"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // WHCC Dmitri Lukin (PTA) 97110 in a group of three at the parallel bars, "[ ] individual [ ] concurrent [x] group": 97110 has no one-on-one check; doses, deficit present: passes.
        ["v1-h183-whcc-pta-97110-group-of-three"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Verna Ploeger, rm 122 · D. Lukin, PTA
            Delivery: [ ] individual [ ] concurrent [x] group (3 res at the bars)
            97110 x 16 min
            Standing hip abduction at the bars 3x10, mini squats 3x10, heel raises 3x15, seated marching with a 2 lb weight 2x15
            Problem: B hip and quad weakness; the bingo caller can't stand up from the dining chair without pushing twice
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // Halyard form, "Was it just you and me the whole time? Yes — just us; the Spanish interpreter was on the tablet"; habituation and X1; L vestibular hypofunction; DHI and FGA; "97112 — 24" matches: passes.
        ["v1-h183-hal-interpreter-on-tablet"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 24
            Was it just you and me the whole time? (required): Yes — just us; the Spanish interpreter was on the tablet
            Which system did we work on?: Vestibular
            Tell me what we did (techniques, positions, cues): gaze stabilization X1 standing on the foam; habituation to bending down and coming up fast; walking the hall with head pitch to a metronome
            What's the problem we're chasing?: L vestibular hypofunction; the ferry car-deck hand gets dizzy bending to chock tires
            Numbers! (scores, seconds, microvolts, grades): FGA 20/30; DVA lost 2 lines
            How did she feel leaving? (1–10): 8
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // LMPT form with no attendance box marked, "( ) 1:1 ( ) concurrent ( ) group": one-on-one not stated; X1, head-turn walking, habituation; R vestibular hypofunction; DGI and DVA.
        ["v2-h183-lmpt-attendance-nothing-marked"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 22 | Attendance: ( ) 1:1 ( ) concurrent ( ) group
            Tx: X1 viewing standing on the foam, walking the hall with head turns to a stop, habituation to looking up at the crossing signal
            Why: R vestibular hypofunction; the school crossing guard sways when she looks up at the light
            #s: DGI 18/24; DVA lost 3 lines
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MRH Roanoke, "Delivery: [ ] Individual [ ] Concurrent [ ] Group" left unticked: one-on-one not stated; perturbations in tandem, stepping over the cane line; sway and a late step; Berg and TUG.
        ["v2-h183-mrh-delivery-row-unticked"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON STREET, ROANOKE)
            DOS 12/08/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [ ] Individual [ ] Concurrent [ ] Group
            Perturbations in tandem on the Airex pad, stepping over the cane line with head turns, backward walking to a stop on cue.
            Impairments: sway and a late backward step; the pipe-organ tuner loses his balance on the loft ladder.
            Berg 46/56. TUG 11.3 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ORPT Prairielight "1:1 (Y/N): N": the clinician answered no — one-on-one missing; rocker board, tandem, perturbations; sway; Berg and tandem; grid 23 matches.
        ["v2-h183-orpt-one-on-one-answered-n"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/08/2026
            1:1 (Y/N): N
            Interventions: rocker board eyes closed, tandem walking with head turns, perturbations at the shoulders
            Clinical Findings: sway and a late step after the slip in the mink-barn aisle
            Objective Measures: Berg 47/56; tandem 10 sec
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCVH Aspenline "Target impairment: None identified (default)" left and no problem stated elsewhere: deficit missing; X1, walking with head turns, feet together on foam; DGI; one-on-one.
        ["v2-h183-scvh-target-impairment-default"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PT only
            Interventions: X1 viewing standing on the foam; walking with head turns to a stop on cue; feet together on the foam with eyes closed
            Target impairment: None identified (default)
            Outcome: DGI 18/24
            Timed Codes: 97112 — 22 min
            Gil Trujillo, PT
            """,
            ["H81.23"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // HLG "MEASURED: ____" on a 97112 with no other number but the code and its minutes: measure missing; quote, sit-to-stand onto foam, perturbations; posterior loss of balance; 1:1 ticked.
        ["v2-h183-hlg-measured-blank"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Broussard, Emile · Mariah Greenlee, PT, DPT
            IN HIS OWN WORDS: "The levee path tips me backward when I stop to let the dog sniff." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No
            Stepping backward onto the foam to a stop; perturbations at the pelvis from the front; standing on the incline board with reaching.
            WHY: posterior loss of balance and a late ankle strategy.
            MEASURED: ____
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SHMC "ALL SECTIONS REQUIRED" with the IMPAIRMENTS ADDRESSED row "☐ balance ☐ strength ☐ coordination ☐ gait" and nothing ticked or typed: deficit missing; PNF and half-kneel named, Mini-BESTest, individual.
        ["v2-h183-shmc-impairment-boxes-unticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: none known. Precautions: none.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 24 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: PNF D2 patterns standing on foam, rhythmic stabilization in half-kneeling, step-and-stick to targets.
            IMPAIRMENTS ADDRESSED: ☐ balance ☐ strength ☐ coordination ☐ gait
            OUTCOME MEASURES: Mini-BESTest 17/28.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y" answered; half-kneel stabilisation, foam with head turns, stepping to targets; postural control after the stroke; Berg and FGA; 22 min matches: passes.
        ["v2-h183-tvpt-y-answered"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — DAYTON
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rhythmic stabilisation in half-kneeling, foam stance with head turns, stepping to called targets, to restore his balance reactions for climbing onto the pea-harvest combine
            DEFICIT ADDRESSED: impaired postural control and delayed balance reactions after the R cerebellar stroke
            OBJECTIVE: Berg 45/56; FGA 19/30
            NOTE TO REVIEWER: plan of care signed 11/16/2026
            Celeste Vandergriff, PT
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // LERB "Attendance: 1:1 (whole block)" filled in over the template's select; step-and-stick, perturbations, tandem with head turns; sway after a feedlot fall; Berg and TUG; "Minutes by CPT: 97112 = 24" matches: passes.
        ["v2-h183-lerb-attendance-filled"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — HEREFORD
            AUTH # LE-23104 · visit 8 of 12 authorized
            Attendance: 1:1 (whole block)
            Tx: step-and-stick onto the foam, perturbations at the pelvis, tandem walking with head turns along the mirror
            Problem: sway and a slow hip strategy after the fall off the feed-truck step
            Objective data for reviewer: Berg 47/56; TUG 10.9 sec
            Minutes by CPT: 97112 = 24
            D. Hobart, PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // RBVC "Tx: ☒ gaze stab ☐ habituation ☐ OKN" row beside a typed narrative; "Just Mrs. Yazzie and me the whole session"; R vestibular hypofunction; DVA and DGI; 22 min matches: passes.
        ["v2-h183-rbvc-box-row-and-narrative"] = new(
            """
            RBVC West Sedona — Tue
            Sess A ▸ 97112 ▸ 22 min
            Just Mrs. Yazzie and me the whole session.
            Tx: ☒ gaze stab ☐ habituation ☐ OKN — X1 viewing on the checkerboard standing on foam, then walking the hall with yaw head turns
            R vestibular hypofunction after the neuritis; the jeep-tour driver weaves when she checks the mirrors.
            DVA lost 3 lines (5 at eval); DGI 18/24.
            J. Halvorsen PTA
            """,
            ["H81.21"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // WMDC PWR! Moves in standing (PWR! Up, Rock, Twist, Step) with big-amplitude turning; freezing and small steps; Mini-BESTest and a turn count; "Delivery: ☒ Individual"; 23 min matches: passes.
        ["v3-h183-wmdc-pwr-moves-standing"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Roscoe Whitt · Med state: ON · Colleen Marsh, PT, DPT
            Pt says: "I shuffle worst in the sanctuary aisle when folks are watching."
            Wife says: "He gets stuck turning around at the coffee urn."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            PWR! Moves in standing — PWR! Up, Rock, Twist and Step — then big-amplitude turning around a cone and stepping through a taped doorway to a metronome.
            Deficit: reduced step amplitude and freezing on turns.
            Measures: Mini-BESTest 18/28; 360° turn in 7 steps (11 at eval).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // SWH Mulligan SNAGs for cervical rotation with sets, upper-trapezius release; neck stiffness turning to check a car seat; rotation degrees; "Manual therapy 97140 (12 min)" matches: passes.
        ["v3-h183-swh-mulligan-snags"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Abigail Tisdale, PT, DPT · 12/08/2026
            She reports: “I can’t turn my head far enough to back out of the driveway with the baby in the car seat.”
            Manual therapy 97140 (12 min) — Mulligan SNAGs C5-6 for R rotation in sitting, 3 sets of 6; soft-tissue release to the R upper trapezius and levator scapulae.
            Impairment: R cervical rotation hypomobility with end-range pain.
            Objective: cervical rotation R 52° (40° before).
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // RBVC Cawthorne-Cooksey head and eye exercises in sitting and standing; R hypofunction; DHI-free numbers (DGI, DVA); "1:1 — only Tomas and me"; 23 min matches: passes.
        ["v3-h183-rbvc-cawthorne-cooksey"] = new(
            """
            RBVC east Flagstaff — Tue
            Sess B ▸ 97112 ▸ 23 min
            1:1 — only Tomas and me in the vestibular room.
            Tx: ☐ gaze stab ☒ habituation ☐ OKN — Cawthorne-Cooksey head and eye exercises progressed from sitting to standing on foam, then ball toss overhead while walking
            Chronic R vestibular hypofunction; the roofer loses it looking up at the ridge line.
            DGI 17/24; DVA lost 2 lines.
            Tomas's wife waited in the car.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // BOSM Reggie Gainey (PTA) strung together: BFR cuff at 80% LOP with leg press 30-15-15-15 and knee extensions; quad atrophy after a meniscus repair; doses: 97110 passes.
        ["v3-h183-bosm-gainey-bfr-leg-press"] = new(
            """
            97110 19 min BFR cuff R thigh 80% LOP leg press 60# 30-15-15-15 knee ext 15# 30-15-15-15 SLR x 3x10 R quad atrophy & weakness s/p meniscus repair per Dr Kessler protocol cant squat down to the cotton module tarp R Gainey PTA
            """,
            ["S83.241D"], [PTA("97110", 19)], []),

        // MBOG McKenzie repeated extension in lying with counts and a prone press-up progression; lumbar derangement with centralising leg pain; sets; "→ 97110 · 14 min" matches: passes.
        ["v3-h183-mbog-mckenzie-repeated-extension"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Delbert Fujii · 12/08/2026 · R. Quintero, PT
            PRIMARY OUTCOME: ODI 28% today (intake 42%)
               → 97110 · 14 min · McKenzie repeated extension in lying 5 sets of 10, prone press-ups with overpressure 3x10, standing extension against the counter 2x10
            Impairment: lumbar derangement, L leg pain centralising; the potato-cellar foreman can't bend over the sorting belt
               ▸ measured by: lumbar extension loss minimal (moderate last week)
            """,
            ["M51.16"], [PT("97110", 14)], []),

        // HDNR mirror therapy for phantom-limb pain and graded motor imagery with counts, after a below-knee amputation: 97112 technique named; deficit; laterality recognition percentage and accuracy; "1:1"; 22 min matches: passes.
        ["v3-h183-hdnr-mirror-therapy-phantom-limb"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Sol Márquez, OTR/L | Pt: Walt Ferrante (retired hay-hauler)
            97112 neuro re-ed: 22 min | 1:1
            What I did: graded motor imagery — left/right foot laterality cards, then mirror therapy with the intact L foot doing ankle circles and toe curls in the mirror box, 4 bouts
            Why: R phantom-limb pain with impaired motor planning and position sense (proprioception) of the R limb after the R below-knee amputation; he keeps reaching for a foot that isn't there when he stands
            Device paste: Recognise Feet — laterality accuracy 78% (61% at eval), 2.4 s per image
            """,
            ["Z89.511", "G54.6"], [OT("97112", 22)], []),

        // QHPT Otago named with no sets, repetitions or load and no number but the code and its minutes: measure missing on 97110; "Seen 1:1"; hip weakness present.
        ["v3-h183-qhpt-otago-no-dose"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 16 min
            Seen 1:1.
            Otago strength program: sit-to-stands, knee bends, backward walking, heel and toe raises, side hip strengthening with the cuff weight.
            Weak hips and quads; he has to pull on the railing to climb out of the sugarhouse cellar.
            Measures: ______
            E. Tremblay, PT
            """,
            ["M62.81"], [PT("97110", 16)], [At(Measure, "97110")]),

        // JWO "Tx ▸ StableStart card 6" as the only technique (no activity named), with area and numbers: technique missing.
        ["v3-h183-jwo-stablestart-card-only"] = new(
            """
            JointWorks QuickNote · Warsaw · D. Yoder PT
            97112 ▸ 23m
            1:1 ▸ Y
            Tx ▸ StableStart card 6
            Area ▸ L ankle proprioception after the sprain stepping off the RV-plant loading dock
            # ▸ SLS L 8 sec; Berg 49/56
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // BCH goal-by-goal 97116: "R foot drags on the hospital's carpet" as the finding; cane gait with swing cues; distance and toe catches; "☒ 1:1"; "Treated with: 97116 (17 min)" matches: passes.
        ["v4-h183-bch-foot-drags-on-the-carpet"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Arlie Runyon · 12/08/2026 · D. Mounts, PT
            Goal #1 — walk from the car to the pharmacy counter with the cane
            Status: progressing
            Treated with: 97116 (17 min) — gait with the single-point cane on the hall and the lobby carpet, cues for R hip and knee flexion in swing and a longer L step
            Impairment: R foot drags and catches on the lobby carpet; R hemiparesis after the L stroke
            How we know: 180 ft with the cane CGA; 3 toe catches (was 7)
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.351"], [PT("97116", 17)], []),

        // CFPT OfficeMate capitals "IMP: WNL" on a 97112 with techniques, "1ON1 FLAG: Y" and a Berg: no deficit or system stated — deficit missing.
        ["v4-h183-cfpt-imp-wnl"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/08/26
            CPT 97112 X 22 MIN     1ON1 FLAG: Y
            NOTE: ROCKER BOARD EYES CLOSED, TANDEM WALK W HEAD TURNS, PERTURBATIONS AT THE PELVIS, STEP-UPS TO A STICK ON THE FOAM. IMP: WNL. OBJ: BERG 47/56, TANDEM 10 SEC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SNSS Brent Halloran's double spaces and one final period on a 97112 that names drills, one-on-one and numbers but no deficit, system or problem anywhere: deficit missing.
        ["v4-h183-snss-halloran-no-problem"] = new(
            """
            97112 22 min  1:1 just him on the turf  sl perts on the airex  hop to stick  lateral bounds to a stop  sls eyes closed 8s  7 of 10 perts held  b halloran pt ocs.
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BHOT late entry "Deficit: (not entered)" with no problem stated elsewhere: deficit missing; perturbations, rocker, ramp; one-on-one; Berg and rocker seconds.
        ["v4-h183-bhot-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/08, written 12/09 at the Kaycee turnoff — C. Marchetti, PTA
            97112 09:20–09:43
            One-on-one; her husband stayed in the truck with the heeler.
            Perturbations at the pelvis on the foam pad, stepping onto the rocker board and holding, tandem walking down the storefront ramp.
            Deficit: (not entered)
            Berg 47/56; rocker board 11 sec before a touch.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // IVBPT with "{{REVIEW: deficit not stated}}" answered in "Clinician reply:" with the deficit; rocker, step-and-stick, perturbations; one-on-one; Berg and SLS; 23 min matches: passes.
        ["v4-h183-ivbpt-review-answered-with-deficit"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/08/2026    Rosalba Quezada, PT
            97112 — 23 min
            One-on-one, whole block.
            Rocker board eyes closed, step-and-stick onto the foam, perturbations at the pelvis in tandem
            Deficit:
            {{REVIEW: deficit not stated — KM}}
            Clinician reply: R ankle proprioception and a late ankle strategy since the fall off the hay-stack ladder — RQ
            Berg 46/56; SLS R 8 sec
            {{CLEARED — KM}}
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // RPT Merle Vankirk's one dense line: knee that buckles stepping off the beet-pile loader as the finding; foam, tandem, pushes; Berg and tandem; 22 min 1:1: passes.
        ["v4-h183-rpt-knee-buckles-off-the-loader"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Royce Tollefson, beet-pile loader operator, 97112 22 min 1:1; foam stance eyes closed, tandem on the beam, pushes at the pelvis, step-downs to a stick; R knee buckles stepping off the loader & he sways on the ice since the fall; Berg 47/56, tandem 8 sec.
            """,
            ["R26.81", "M25.361"], [PT("97112", 22)], []),

        // SCLH Dee Wachowski's shorthand "↓ proprioc. L ankle" as the finding; rocker, SLS on foam c̄ head turns, perts; "Pt seen indiv. thruout"; SLS and perts; 22 min: passes.
        ["v4-h183-sclh-dee-proprioc-l-ankle"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            D. Wachowski, PT · Tue 12/08/2026
            Timed: 97112 × 22 min
            Delivery: Pt seen indiv. thruout
            Tx: rocker bd EC, SLS on foam c̄ head turns, ant/post perts @ pelvis
            Impairment: ↓ proprioc. L ankle s/p 5th met fx, LOB stepping off the curb at the el stop
            Objective: SLS L 7 sec (was 3); 7/10 perts held
            A/P: progressing, cont POC
            """,
            ["S92.355D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // NLMC device paste of a Biodex stability index and fall-risk index as the measure; weight shifts on the platform, foam with head turns; sway after a fall on the ice; "Attendance: [X] Individual"; 24 minutes matches: passes.
        ["v5-h183-nlmc-biodex-paste"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Harold Nyquist · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: weight shifts to targets on the Biodex, foam stance with head turns, stepping over the auger bucket to a stop
            Impairment: sway and a slow ankle strategy after the fall in the fish house
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 2.6 | fall-risk index 3.1 (4.4 at eval)
            """,
            ["R26.81", "W00.0XXD"], [PT("97112", 24)], []),

        // SPL "DATA PASTE ▼ (nothing imported — force plate offline)" and no other number but the code and its minutes: measure missing on 97112; hops, bounds, band perturbations; knee valgus; 1:1 ticked.
        ["v5-h183-spl-data-paste-empty"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Kenzie Auclair (high-school wrestler) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 23 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg hop to a stick on the mat, lateral bounds to a called side, band perturbations in single-leg squat
            Limiter: L knee valgus and a slow landing after the ACL reconstruction
            DATA PASTE ▼
            (nothing imported — force plate offline)
            """,
            ["S83.512D", "Z98.890"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // RSP day-first date, weight in kg and Y-balance reach in cm as the measure; BAPS, hop-and-stick; ankle proprioception; "97112 NMR 09.10–09.32 (22') · 1:1": passes.
        ["v5-h183-rsp-reach-in-centimetres"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            M. Halvorsen, PT · 08.12.2026 · kayak-rental hand, 34 y, 81 kg
            97112 NMR 09.10–09.32 (22') · 1:1
            Tx: BAPS board level 4 both directions; hop-and-stick off the dock-height step; single-leg stance on foam catching a weighted ball.
            Problem: R ankle proprioception after the sprain on the slippery float.
            Measures: Y-balance anterior reach R 61 cm, L 69 cm; SLS R eyes closed 10 s.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // QBRH "OUTCOME MEASURE: ABC SCORE: 64%" filled in; rocker board, tandem perturbations, stepping over rope; sway; "☒ Individual"; 23 MIN matches: passes.
        ["v5-h183-qbrh-abc-percentage"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board eyes closed, perturbations at the pelvis in tandem, stepping over the rope line with head turns
            IMPAIRMENT: postural sway and a late stepping reaction since the fall on the icy border-crossing lot
            OUTCOME MEASURE: ABC SCORE: 64% (48% at eval)
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH "Measures (Last | Today): TUG 14.8 | 12.6 sec; SLS R 4 | 6 sec"; episode A; perturbations and rocker; sway; "☒ 1:1"; 23 min matches: passes.
        ["v5-h183-scmh-last-today-tug"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (NEGAUNEE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Lempi Maki
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, tandem on the half roller, perturbations at the shoulders
            Impairment: sway and a slow ankle strategy on the snowy church steps
            Measures (Last | Today): TUG 14.8 | 12.6 sec; SLS R 4 | 6 sec
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // OCM post-TPE template with a clock range on the 97112 line and "Objective measure: says she feels steadier; her husband agrees": no number but the code and its time — measure missing; techniques, deficit, one-on-one present.
        ["v5-h183-ocm-says-she-feels-steadier"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Vera Culpepper | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 2:15–2:38 pm | [X] 1:1 constant attendance
            Intervention and skilled rationale: perturbations at the pelvis in stride stance, foam stance with head turns, stepping over the hose line to a stop, to rebuild her stepping reaction
            Impairment addressed: delayed stepping reaction and backward sway; she fell walking her dog on the levee.
            Objective measure: says she feels steadier; her husband agrees.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PSTG "Measurables: see flowsheet" and no other number but the code and its minutes: measure missing; techniques, deficit, 1:1 ticked.
        ["v5-h183-pstg-see-flowsheet"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board eyes closed, foam stance with head turns, stepping over the crab-pot line to a stop
            Impairments Addressed: L ankle proprioception and a slow ankle strategy on the boat ramp
            Measurables: see flowsheet
            97112 Neuromuscular Re-ed — 22 min
            T. Ames, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WHCC resident's 97116 with distance and assistance as the measure; walker gait to the dining room with turning cues; shuffling and a short L step; "97116 x 18 min" matches: passes.
        ["v5-h183-whcc-97116-distance-and-assist"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Arnold Brueck, rm 214 · P. Dunagan, PT
            Delivery: [x] individual [ ] concurrent [ ] group
            97116 x 18 min
            Gait w the 4WW from rm 214 to the dining room and back, cues for a longer L step and wide turns at the doorway
            Problem: shuffling gait, short L step, he clips the doorframe turning into the dining room
            150 ft x 2 w 4WW CGA; turn at the doorway SBA
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // HDNR OT 97530 with grip pounds and a task time as the measure; stocking the pantry shelf and reaching; R hand weakness after the stroke; "97530 [ 20 ] min": passes.
        ["v5-h183-hdnr-97530-grip-pounds"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Sol Márquez, OTR/L | Pt: Dolores Ybarra (deer-camp cook)
            97530 [ 20 ] min
            What I did: standing at the counter stocking cans onto the upper pantry shelf with the R, opening jars, carrying the coffee pot to the table
            Why: R hand weakness and poor standing tolerance after the L stroke; she wants to cook at deer camp again
            Device paste: none today
            Result: grip R 22 lb (L 51 lb); 12 cans shelved standing without a rest; 3 jars opened
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches and missing separate time

        // DRCH two codes, "Time: 97110 = 14 min; 97116 = 17 min", both matching; exercises with doses, cane gait with distance; L hip weakness and a short step: passes.
        ["v6-h183-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — OP PT Daily Note — Rx #7 — Thedford
            Seen by: D. Vrbka, PT · Pt: Lavonne Schmeeckle (79)
            Ther ex: sidelying hip abduction 3x10 w 2 lb, bridges 3x12, sit-to-stand from the kitchen-height chair 3x8
            Gait: walker to cane on the hall and the ramp by the side door, cues for a longer R step and L hip extension
            Problem: L hip weakness after the L THA; short R step, she can't walk out to the mailbox on the gravel
            Data: 220 ft with the cane SBA; ramp with the rail CGA
            Time: 97110 = 14 min; 97116 = 17 min
            """,
            ["Z96.642"], [PT("97110", 14), PT("97116", 17)], []),

        // BHBR "▸ START ■ STOP 97116 GAIT TRAINING = 19 MIN" matching; cane gait on the ramp and sanded walk; short R step after the ankle fracture; distance and assistance: passes.
        ["v6-h183-bhbr-start-stop-row"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (WORLAND)
            Pt: Dale Oberlander, sugar-factory retiree · Lacey Frandsen, PT
            ▸ START ■ STOP 97116 GAIT TRAINING = 19 MIN
            Gait with the single-point cane on the hospital ramp and the sanded walk outside, cueing a longer R step and heel strike
            Short R step and poor R push-off after the R ankle fracture
            400 ft with the cane, stand-by assist; ramp up and down x3 with contact guard
            """,
            ["S82.891D"], [PT("97116", 19)], []),

        // SHT TxtChart stamps with "[10:02a] 97112 22m" on the code's own line; the stamps are times of day; foam, perturbations; sway; SLS and Berg; "1:1 just her & me": passes.
        ["v6-h183-sht-stamped-97112-22m"] = new(
            """
            TxtChart · Saguaro Home Therapy · R. Villalobos PT · home visit, Marana
            [10:01a] granddaughter doing homework at the kitchen table
            [10:02a] 97112 22m 1:1 just her & me
            [10:03a] tx: foam stance at the counter w head turns, perturbations at the pelvis, step-and-stick over the patio threshold
            [10:24a] problem: sway + late step; she tripped at the carport step last week
            [10:25a] Berg 44/56; SLS L 5 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MRH two headings, "NEUROMUSCULAR RE-EDUCATION 97112 — 22 min" and "THERAPEUTIC EXERCISE 97110 — 15 min", both matching; each section complete: passes.
        ["v6-h183-mrh-two-headings"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (SALEM)
            DOS 12/08/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in tandem on the Airex pad, stepping over the cane line with head turns, reaching out of base to the high shelf.
            Impairments: sway and a late step turning; the square-dance caller nearly went down on a do-si-do.
            Berg 47/56. Mini-BESTest 20/28.
            THERAPEUTIC EXERCISE 97110 — 15 min
            Step-ups on the 6 inch box 3x10, sidelying hip abduction 3x12 with 3 lb, heel raises 3x15.
            Impairments: B hip abductor weakness; Trendelenburg on the L.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // QHPT scrub correction "SCRUB CORRECTION 12/09 (NB): 97110 was 24 min, not 14 — typo at the desk" with the corrected minutes matching the 24-minute line; doses and a deficit: passes.
        ["v6-h183-qhpt-scrub-correction-minutes"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — ~~14~~ 24 min [ERROR — typed at the desk, NB 12/09]
            SCRUB CORRECTION 12/09 (NB): 97110 was 24 min, not 14 — typo at the desk.
            Seen 1:1.
            Leg press 70 lb 3x10, step-downs off the 6 inch box 3x8, split squats 3x8 each side, TKE with the green band 3x15.
            L quad weakness after the TKA; he can't get down the granite-shed loading steps step-over-step.
            Measures: L knee flexion 112°; 30-second chair stand 11.
            N. Beauchesne, PT
            """,
            ["Z96.652"], [PT("97110", 24)], []),

        // ORPT Prairielight Billing Grid left at its default "15 min" on a 27-minute 97112 line: time mismatch; otherwise complete.
        ["v6-h183-orpt-grid-default-15-on-27"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/08/2026
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, tandem walking with head turns, perturbations at the shoulders, step-and-stick onto the foam
            Clinical Findings: sway and a late step; the church-basement cook tipped backward carrying the roaster
            Objective Measures: Berg 44/56; tandem 8 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            H. Bjornstad, PT, DPT
            """,
            ["R26.81"], [PT("97112", 27)], [At(Mismatch, "97112")]),

        // JWO chain default "97110 ▸ 15m" left on a 26-minute 97110 line: mismatch; doses and an area present.
        ["v6-h183-jwo-default-15m-on-26"] = new(
            """
            JointWorks QuickNote · Elkhart · K. Amstutz PT, DPT
            97110 ▸ 15m
            Tx ▸ wall sits 3x30s, step-ups 8 in 3x10, lateral band walks red 3 laps, SL bridges 3x10 ea
            Area ▸ R quad and glute weakness after the patellar dislocation; she can't squat to the bottom shelf at the Christmas-tree lot stand
            # ▸ SL squat to a 17 in box R 5 reps
            """,
            ["S83.004D"], [PT("97110", 26)], [At(Mismatch, "97110")]),

        // HLPT "Billed: 97112 (23 min)" on a 35-minute line: mismatch; otherwise complete (rocker, foam, stepping; ankle; SLS and rocker seconds; 1:1 ticked).
        ["v6-h183-hlpt-billed-23-on-35"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            P. Sargent, PT, DPT · 12/08/2026
            S: Slipped on the smokehouse ramp carrying the racks.
            O: ☒ 1:1 ☐ group
            Rocker board A/P and M/L eyes closed, foam stance with the medicine-ball toss, stepping over the rope coil to a stop.
            R ankle proprioception and a slow ankle strategy.
            SLS R 8 sec; rocker 12 sec.
            A: Steadier on the rocker.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["S93.401D"], [PT("97112", 35)], [At(Mismatch, "97112")]),

        // LCPT "Codes/min: 97112 = 22, 97116 = __" on a two-code visit: 97116 has no minutes of its own — separate time missing; both sections complete.
        ["v6-h183-lcpt-codes-min-second-blank"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — PENDER · NNVC GOAL TRACKER
            Pt: Edna Kratochvil · A. Wiese, PT
            Functional goal: walk the church aisle to the altar rail without the pew ends [status: progressing]
            Codes/min: 97112 = 22, 97116 = __
            Attendance: one-on-one
            Interventions: foam stance with head turns, perturbations at the pelvis; gait with the cane down the hall and over the carpet seam, cues for a longer R step
            Impairment: postural sway, late step and a short R step after the fall at the grain-elevator office
            Progress measure: Berg 45/56; 240 ft with the cane SBA
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // PMG "CHARGES: 97112, 97140 — 36 min total" with no minutes for either code: separate time missing; both sections complete.
        ["v6-h183-pmg-charges-total-only"] = new(
            """
            CHARGES: 97112, 97140 — 36 min total
            PEMBINA MULTISPECIALTY GROUP — MUSCULOSKELETAL CLINIC, EAST GRAND FORKS
            NEXT VISIT: progress to hop-and-stick.
            TODAY: Seen one on one in the corner bay. BAPS board level 3 both directions, single-leg stance on foam with ball tosses; talocrural posterior glides grade III and STM to the peroneals.
            Problem: L ankle proprioception down and stiff dorsiflexion after the sprain on the curling ice.
            | Test | Today | Eval |
            | SLS foam L (sec) | 17 | 6 |
            | Knee to wall L (cm) | 9 | 4 |
            Leif Ostby, PT, OCS
            """,
            ["S93.402D"], [PT("97112", 24), PT("97140", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty export on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h183-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 16)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces and line breaks only on an OT's 97530 with a diagnosis: note missing only.
        ["v7-h183-spaces-and-line-breaks-ot-97530"] = new(
            "  \n\n \n  ",
            ["I69.351"], [OT("97530", 19)], [At(NoteMissing, "97530")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h183-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 15)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning on a WCOPT note: Bulgarian split squats, Copenhagen planks, single-leg RDLs with doses (technique and measure), R hip adductor strain weakness (deficit); "97110 Therapeutic exercise — 23 min:" matches: passes.
        ["v7-h183-wcopt-97110-copenhagen-planks"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 9 of 12 | Kowalski, Dane | DOS 12/08/2026 | Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 23 min: Copenhagen side planks short lever 3x20 s ea, Bulgarian split squats 3x8 ea with 20 lb, single-leg RDL 3x8 ea with 25 lb, lateral lunges 3x10
            Problem list: R adductor weakness after the groin strain; the seventh-grade wrestler can't drive off the R in a shot
            Objective today: adductor squeeze R 78% of L
            A: Good control on the split squats.
            P: Progress the plank lever.
            """,
            ["S76.211D"], [PT("97110", 23)], []),

        // 97530's meaning on an HDNR OT note: turning a key in the truck-door lock, stocking a shelf from a crouch, carrying a basket, with counts and assistance (technique and measure), R hand and standing balance after a stroke (deficit); "97530 [ 19 ] min": passes.
        ["v7-h183-hdnr-97530-key-and-shelf"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Sol Márquez, OTR/L | Pt: Gene Halloway (retired mink-farm hand)
            97530 [ 19 ] min
            What I did: turning the key in the truck-door lock mock-up with the R, 10 turns; crouching to stock cans on the low shelf and standing back up, 8 times CGA; carrying the laundry basket 40 ft SBA
            Why: R hand weakness and poor dynamic standing balance after the L stroke; he can't unlock his truck or carry the groceries in
            Device paste: none today
            """,
            ["I69.351"], [OT("97530", 19)], []),

        // 97140's meaning on a SWH note: soft-tissue mobilisation to the thoracolumbar junction and grade III rib glides with bouts (technique and measure), rib and thoracic stiffness (deficit); "Manual therapy 97140 (13 min)": passes.
        ["v7-h183-swh-97140-rib-glides"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 12/08/2026
            She reports: “Lifting the toddler out of the bath makes my ribs catch on the left.”
            Manual therapy 97140 (13 min) — soft-tissue mobilisation to the L thoracolumbar junction and quadratus lumborum in side-lying; grade III L rib glides 8-10, 4 bouts of 30 sec each level.
            Impairment: L lower rib and thoracic hypomobility with pain on rotation.
            Objective: seated thoracic rotation L 34° (24° before).
            """,
            ["M54.6"], [PT("97140", 13)], []),

        // 97116's meaning on a CVU NRI block note: gait with the new AFO in the bars and down the hall and ramp with step-length cues (technique), R foot drop and a short L step (deficit), distance and assistance (measure); "Billed this block: 97116 (23 min)": passes.
        ["v7-h183-cvu-97116-new-afo"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 3 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (23 min)
            Staff this block: Beau Tillinghast, PT, DPT
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait with the new R AFO in the bars, then the hall and the Riverwalk ramp with the quad cane, cueing R heel strike and a longer L step.
            250 ft with the quad cane, CGA; ramp with the rail, minimal assist x1.
            A: R foot drop and a short L step after the L MCA stroke.
            """,
            ["I69.351"], [PT("97116", 23)], []),

        // NPD late entry generic: "Balance per POC. Tolerated well. Continue." with no technique, deficit, number or one-on-one: 97112 fails on all four and one-on-one.
        ["v7-h183-npd-balance-per-poc"] = new(
            """
            LATE ENTRY — written Wed 12/09/2026 for Tue 12/08/2026 — B. Petrescu, PT
            97112 x 22 min
            Balance per POC. Tolerated well. Continue.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // QUH APSO generic: "A: Tolerating. P: Continue. S: No complaints. O: Ther ex per flowsheet." with "BILLING: 97110 — 15 min": nothing named for 97110.
        ["v7-h183-quh-apso-ther-ex-per-flowsheet"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam clinic
            A: Tolerating treatment.
            P: Continue plan of care.
            S: No complaints today.
            O: Ther ex per flowsheet.
            BILLING: 97110 — 15 min
            Carla Pinheiro, PTA
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WMPT form answered "Strengthening" / "—" / "Did well" on a 97110: no technique, deficit or measure.
        ["v7-h183-wm-generic-strengthening"] = new(
            """
            WMPT Visit Submission
            Therapist name: Lacey Pruitt, PTA
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97110
            Minutes for each code you selected:
            97110 — 18
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: Strengthening
            What impairment(s) did you treat today?: —
            Objective measures today (test name and result): Did well
            """,
            ["M62.81"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // WRPT 97110 (Kacey Ormsby, PTA): doses, L shoulder weakness after a cuff repair, "Svc: 97110 TE — 15 min": passes.
        ["vord-h183-wrpt-pta-97110-shoulder"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/08/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 15 min
            What we did: wall slides 2x12, rows with the red band 3x12, sidelying ER with 1 lb 3x10, prone T's 2x10
            Why: L shoulder flexion and ER weakness after the cuff repair; she can't lift the wreath onto the church door hook
            Numbers: active flexion L 128°
            """,
            ["M75.122", "Z98.890"], [PTA("97110", 15)], []),

        // WRPT OT 97530 (Dwight Kemper, OTR/L): kitchen tasks with counts and assistance, R hand coordination after a stroke, "Svc: 97530 — 21 min": passes.
        ["vord-h183-wrpt-ot-97530-kitchen"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/08/2026 — Dwight Kemper, OTR/L
            Svc: 97530 Therapeutic activities — 21 min
            What we did: standing at the counter cracking eggs and stirring with the R, carrying the mixing bowl to the table 4 trips SBA, reaching to the top cupboard for the flour 6 times
            Why: R hand coordination and standing balance after the L stroke; she wants to bake for the church bake sale
            Numbers: 9-hole peg R 48 sec (L 22 sec)
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // QBRH 97116 by Lucienne Dufour (PTA): cane gait on the hall and the hospital ramp, short L step, distance and assistance; "CPT 97116 GAIT TRAINING — 18 MIN" matches: passes.
        ["vord-h183-qbrh-pta-97116"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97116 GAIT TRAINING — 18 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gait with the straight cane on the hall and the ramp to the parking lot, cues for L heel strike and an even step length
            IMPAIRMENT: short L step and L hip weakness after the L THA
            OUTCOME MEASURE: distance SCORE: 300 ft with the cane, SBA
            Lucienne Dufour, PTA
            """,
            ["Z96.642"], [PTA("97116", 18)], []),

        // IVBPT two codes, "97112 — 22 min" and "97110 — 13 min", one-on-one, both sections complete, cleared: passes.
        ["vord-h183-ivbpt-two-codes-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/08/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one the whole visit.
            Step-and-stick onto the foam, perturbations at the pelvis in tandem, tandem walking with head turns
            Deficit: sway and a late step since the fall in the lettuce-cooler aisle
            Berg 45/56; TUG 11.8 sec
            97110 — 13 min
            Sit-to-stand 3x10, standing hip abduction 3x12 with the red band, heel raises 3x15
            Deficit: B hip abductor weakness
            {{CLEARED — KM}}
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // TVPT 97140: grade III talocrural glides and STM to the gastrocnemius, L ankle stiffness after a fracture, dorsiflexion degrees; 12 min matches: passes.
        ["vord-h183-tvpt-97140-ankle"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — WALLA WALLA
            SERVICE: 97140 Manual therapy — 12 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: grade III posterior talocrural glides and subtalar glides, 4 bouts of 30 sec; STM to the L gastrocnemius, to restore dorsiflexion for the wheat-truck ladder
            DEFICIT ADDRESSED: L ankle dorsiflexion hypomobility after the fibula fracture
            OBJECTIVE: knee-to-wall L 6 cm (3 cm at eval)
            Owen Takacs, PT
            """,
            ["S82.832D"], [PT("97140", 12)], []),

        // LERB 97116 with "Minutes by CPT: 97116 = 20": walker to cane, distance and assistance, short R step; passes.
        ["vord-h183-lerb-97116-cane"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — FRIONA
            AUTH # LE-23188 · visit 6 of 12 authorized
            Attendance: 1:1
            Tx: gait from the rolling walker to the cane on the hall and the gravel lot, cues for R heel strike and a longer R step
            Problem: short R step and R knee stiffness after the R TKA
            Objective data for reviewer: 260 ft with the cane SBA; gravel 60 ft CGA
            Minutes by CPT: 97116 = 20
            D. Hobart, PT
            """,
            ["Z96.651"], [PT("97116", 20)], []),

        // OCM 97110 with a clock range on the code's line (10:05–10:20 am): doses, R knee weakness; passes.
        ["vord-h183-ocm-97110-clock-range"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Lamar Pettway | Rhonda Akins, PT, DPT | Precautions: WBAT R
            97110 Therapeutic Exercise | 10:05–10:20 am
            Intervention and skilled rationale: quad sets 2x15, SLR 3x10 with 2 lb, step-ups on the 4 inch step 3x10, TKE with the green band 3x15, to rebuild R quad strength for climbing onto the peanut wagon
            Impairment addressed: R quad weakness and an extensor lag after the R TKA.
            Objective measure: extensor lag 5° (12° at eval).
            """,
            ["Z96.651"], [PT("97110", 15)], []),

        // PCPT Jules Guidry's "cher" on a 97112: perturbations, step-and-stick on the boat-deck mat; ankle proprioception; SLS and Berg; "[X] one-on-one"; 22 min matches: passes.
        ["vord-h183-pcpt-jules-cher"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA
            PCPT Daily · 12/08/2026 · Jules Guidry, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, step-and-stick onto the foam, perturbations at the pelvis — told her "hold it, cher" on every one
            For: L ankle proprioception, she rolls it stepping off the shrimp-boat rail
            Numbers: SLS L 7 sec; Berg 48/56
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PCPT 97116 (Annette Breau): walker gait on the clinic hall and the shell drive, distance and assistance; short L step after a hip fracture; "Code 97116 Gait training ........ 18 min": passes.
        ["vord-h183-pcpt-97116-shell-drive"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/08/2026 · Annette Breau, PT
            Code 97116 Gait training ........ 18 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: gait with the rolling walker on the hall and out on the oyster-shell drive, cues for a longer L step and upright trunk
            For: short L step and L hip weakness after the L hip fracture
            Numbers: 200 ft with the walker SBA; shell drive 50 ft CGA
            """,
            ["S72.002D"], [PT("97116", 18)], []),

        // MBOG 97140: grade IV PA glides and rib mobs with bouts, thoracic stiffness, rotation degrees; "→ 97140 · 12 min": passes.
        ["vord-h183-mbog-97140-thoracic"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Rafael Echanis · 12/08/2026 · Ignacio Barragán, PT
            PRIMARY OUTCOME: NDI 14/50 today (intake 22/50)
               → 97140 · 12 min · Maitland grade IV central PAs T4-7, grade III R rib mobs 4-6, 3 bouts each
            Impairment: upper thoracic stiffness; he can't turn to check the onion-truck mirror
               ▸ measured by: thoracic rotation R 34° → 45°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // BCH 97112: "Treated with: 97112 (23 min)" — tandem on foam, perturbations; sway; Berg; 1:1 ticked: passes.
        ["vord-h183-bch-97112-porch-steps"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Matewan)
            Pt: Verlie Blankenship · 12/08/2026 · D. Mounts, PT
            Goal #1 — go down her porch steps to the mailbox without holding the post
            Status: progressing
            Treated with: 97112 (23 min) — tandem on the foam beam, perturbations at the pelvis, step-downs off the 6 inch box to a stick
            Impairment: sway and a late step going down; she fell off the porch step in October
            How we know: Berg 44/56; step-downs 8 of 10 without a touch
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCPT 97112 "Codes/min: 97112 = 24": foam with head turns, perturbations, step-ups; sway; Berg; one-on-one: passes.
        ["vord-h183-lcpt-97112-hog-barn"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — WISNER · NNVC GOAL TRACKER
            Pt: Harlan Wiese · A. Wiese, PT
            Functional goal: walk the hog-barn alley without grabbing the gates [status: progressing]
            Codes/min: 97112 = 24
            Attendance: one-on-one
            Interventions: foam stance with head turns, perturbations at the pelvis, stepping over the cattle-panel rung to a stick
            Impairment: postural sway and a late step after the fall in the barn alley
            Progress measure: Berg 47/56; 8 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // SCVH 97110: doses, L knee weakness, "Timed Codes: 97110 — 16 min": passes.
        ["vord-h183-scvh-97110-knee"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PTA under PT supervision
            Interventions: leg press 60 lb 3x10, step-downs off the 6 inch box 3x8, wall sits 3x30 sec, TKE with the blue band 3x15
            Target impairment: L quad weakness after the L meniscectomy; the elk-camp outfitter can't step down off the horse trailer
            Outcome: L knee flexion 124°
            Timed Codes: 97110 — 16 min
            Marisa Vigil, PTA
            """,
            ["S83.242D"], [PTA("97110", 16)], []),

        // PSTG complete 97112 sent with the diagnosis carried over as "#Error": not a well-formed ICD-10-CM code.
        ["vord-h183-pstg-dx-error"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board eyes closed, tandem on the foam with head turns, stepping over the oyster-basket line to a stop
            Impairments Addressed: R ankle proprioception and a slow ankle strategy
            Measurables: SLS R 8 sec; Berg 48/56
            97112 Neuromuscular Re-ed — 23 min
            T. Ames, PT
            """,
            ["#Error"], [PT("97112", 23)], [Dx]),

        // RSP 97140 in kilograms and centimetres: grade III lumbar rotations and PAs, stiffness, "97140 MT 14.00–14.12 (12')": passes.
        ["vord-h183-rsp-97140-lumbar"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            M. Halvorsen, PT · 08.12.2026 · sailmaker, 52 y, 88 kg
            97140 MT 14.00–14.12 (12') · 1:1
            Tx: grade III lumbar rotation mobilisations L4-5 in side-lying both sides; grade III central PAs L3-5, 3 bouts each.
            Problem: lumbar stiffness and pain bending over the sail loft floor.
            Measures: fingertip-to-floor 18 cm (31 cm before).
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // PTH 97116 "[ 19 ] min" at home: walker on the porch ramp and the gravel; short R step; distance and assist: passes.
        ["vord-h183-pth-97116-porch-ramp"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Galax    Clinician: Rhonda Sizemore, PT
            Present: wife, in the kitchen
            97116 [ 19 ] min
            Tx: gait with the rolling walker down the porch ramp and across the gravel to the truck, cues for a longer R step and heel strike
            Problem: short R step and R knee stiffness after the R TKA
            Assist/Dist: 180 ft with the walker SBA; ramp up and down CGA
            """,
            ["Z96.651"], [PT("97116", 19)], []),

        // PTH 97112 "[ 22 ] min", "1:1 — just her and me, her husband out in the shop": foam at the counter, perturbations; sway; Berg: passes.
        ["vord-h183-pth-97112-husband-in-the-shop"] = new(
            """
            Porchlight Therapy at Home — Home Visit Note
            Visit at: pt's home, Hillsville    Clinician: Rhonda Sizemore, PT
            Present: husband, out in the shop
            97112 [ 22 ] min
            1:1 — just her and me the whole block
            Tx: foam stance at the kitchen counter with head turns, stepping over the rug edge to a stop, perturbations at the pelvis in stride stance
            Problem: sway and a late step; she caught her toe at the quilt-frame leg
            Assist/Dist: Berg 43/56; 6 of 10 perturbations held
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // STBF "What we worked on / Why / How she did / Time": just the two of us, step-and-stick, head turns; late stepping; FGA; "Time: 97112 — 23 min": passes.
        ["vord-h183-stbf-two-of-us"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Corning
            Mrs. Ilse Vandermark, retired glassworks inspector
            What we worked on: just the two of us in the gym — step-and-stick onto the foam, walking with head turns to a stop, perturbations at the shoulders
            Why: late stepping reaction and sway after the fall on the ice outside the library
            How she did: FGA 19/30; 7 of 10 perturbations with one step
            Time: 97112 — 23 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SCMH two episodes: EPISODE A 97112 with its own block and EPISODE B 97110 with its own, each with minutes matching: passes.
        ["vord-h183-scmh-two-episodes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY MULTI-EPISODE DAILY NOTE — Pt: Oiva Lahti
            EPISODE A: unsteadiness on feet    ICD-10: R26.81
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: rocker board eyes closed, perturbations at the shoulders, tandem on the half roller
            Impairment: sway and a late step on the ore-dock stairs
            Measures (Last | Today): Berg 43 | 45
            EPISODE B: L shoulder weakness    ICD-10: M62.81
            Timed: 97110 ▸ 14 min
            Interventions: rows with the green band 3x12, wall slides 2x12, ER at 0° with the red band 3x12
            Impairment: L shoulder ER weakness; he can't lift the snow shovel overhead
            Measures (Last | Today): flexion L 130° | 138°
            Completed by: Tove Lindqvist, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // CST geri 97116: walker gait to the dining room and turns, shuffling, distance and assist, "97116 GAIT — 18 min": passes.
        ["vord-h183-cst-97116-dining-room"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            97116 GAIT — 18 min
            TX: gait with the 4-wheeled walker from her apartment to the dining room, cues for a longer step and wide turns at the doorway
            PROBLEM: shuffling, short steps and a narrow base turning
            OBJECTIVE: 220 ft with the walker SBA; turn at the doorway CGA
            """,
            ["R26.89"], [PTA("97116", 18)], []),

        // CFPT OfficeMate capitals 97112: "CPT 97112 X 23 MIN", "1ON1 FLAG: Y", foam, perturbations, IMP and OBJ: passes.
        ["vord-h183-cfpt-97112-capitals"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: HOLLIS TATE PT     DOS 12/08/26
            CPT 97112 X 23 MIN     1ON1 FLAG: Y
            NOTE: FOAM STANCE EYES CLOSED, TANDEM WALK W HEAD TURNS, PERTURBATIONS AT THE PELVIS, STEP-UPS TO A STICK ON THE 6 IN BOX. IMP: SWAY AND LATE STEPPING, FELL OFF THE HAY WAGON TONGUE. OBJ: BERG 46/56, TANDEM 9 SEC.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SHT TxtChart 97110 with stamps: sit-to-stand, hip abduction, heel raises with doses; hip weakness: "[2:41p] 97110 16m": passes.
        ["vord-h183-sht-97110-stamps"] = new(
            """
            TxtChart · Saguaro Home Therapy · T. Haugen PTA · home visit, Casa Grande
            [2:40p] wife at the table with her crossword
            [2:41p] 97110 16m: sit-to-stand from the dining chair 3x10, standing hip abduction at the counter 3x12 w/ 3 lb, heel raises 3x15, marching 2x20
            [2:57p] problem: B hip weakness, he rocks twice to stand from the recliner
            [2:58p] 5xSTS 15.1 s
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // SCLH Helga Lindqvist's "Timed code minutes: 97112 = 21 / 97116 = 17", one-on-one, both sections complete: passes.
        ["vord-h183-sclh-helga-two-codes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            H. Lindqvist, PT · Tue 12/08/2026
            Delivery: one-on-one for both timed codes
            NMR: step-and-stick onto the foam, perturbations at the pelvis, tandem with head turns — for sway and a late step since the fall on the el platform; Berg 46/56
            Gait: cane on the hall and the ramp, cues for a longer L step — short L step after the L ankle fracture; 300 ft with the cane SBA
            Timed code minutes: 97112 = 21 / 97116 = 17
            """,
            ["R26.81", "S82.892D"], [PT("97112", 21), PT("97116", 17)], []),

        // LMPT "Attendance: (x) 1:1": BAPS, foam SLS with ball toss, hop-and-stick; ankle; SLS and hops; "Min: 23": passes.
        ["vord-h183-lmpt-97112-bike-courier"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (R. Delgado-Finn, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS level 3 both directions, single-leg stance on foam with ball toss, hop-and-stick off the 4 inch step
            Why: L ankle proprioception after the sprain clipping a curb on the courier bike
            #s: SLS L 11 sec; hop-and-stick 7/10
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // NPD late entry 97116: "LATE ENTRY — written Wed 12/09/2026 for Tue 12/08/2026", cane gait on the hall and stairs; short R step; distance and stairs: passes.
        ["vord-h183-npd-late-entry-97116"] = new(
            """
            LATE ENTRY — written Wed 12/09/2026 for Tue 12/08/2026 — B. Petrescu, PT
            97116 x 18 min
            Gait: straight cane on the hall and the clinic stairs, cues for R heel strike and an even step length
            Deficits: short R step and R hip weakness after the R THA; the retired bus driver can't manage the bus steps
            Result: 320 ft with the cane SBA; 12 stairs with the rail, step-over-step
            """,
            ["Z96.641"], [PT("97116", 18)], []),

        // LMH "Timed Procedures" 97112: "97112 Neuromuscular Re-ed: 22 Minutes", "Treated one-on-one", foam, perturbations; sway; Berg: passes.
        ["vord-h183-lmh-97112-timed-procedures"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Treated one-on-one.
            NMR: foam stance with head turns, tandem on the beam, perturbations at the pelvis.
            Problem: sway and a late step; the GM retiree missed the bottom stair in his basement.
            Objective: Berg 45/56; TUG 11.2 sec.
            Denise Kowalczyk, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // LCRT "Svc: NMR 97112 | Time: 22 minutes | 1:1: Y": perturbations, tandem, step-and-stick; ankle; SLS and Berg: passes.
        ["vord-h183-lcrt-97112-motel-keeper"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: perturbations on the foam, tandem on the beam with head turns, step-and-stick off the 6 inch step
            Problem: L ankle proprioception and a late step; the motel keeper turns it on the breezeway stairs
            Measure: SLS L 7 sec; Berg 49/56
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // MRCH ITP 97112 "This session only: 97112 · 23 min", "Ratio: ☒ 1:1": stepping stones, SLS with catches; hemiplegic CP; SLS and stones: passes.
        ["vord-h183-mrch-itp-stepping-stones"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE · Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: balance and R ankle motor control with R hemiplegic CP; he wants to keep up at hockey practice
            Activities: stepping stones with a stick, single-leg stance on the foam catching a beanbag, kneel-to-stand without hands
            Data: SLS R 5 sec (2 on day 1); stepping stones 9 of 12 without a step off
            """,
            ["G80.2"], [PT("97112", 23)], []),

        // SPL 97112 with a data paste of time to stabilisation: hops, bounds, perturbations; knee valgus; "☑ 1:1"; "BLOCK A · 97112 NMR · 22 min": passes.
        ["vord-h183-spl-time-to-stabilisation"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOISE
            SESSION REPORT · Athlete: Cody Rainwater (rodeo bronc rider) · Clinician: Brielle Sato, PTA
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: single-leg hop to a stick on the force plate, lateral bounds to a called side, band perturbations in single-leg squat
            Limiter: R knee valgus and a slow landing after the ACL reconstruction
            DATA PASTE ▼
            Time to stabilisation R 1.31 s | L 0.94 s
            """,
            ["S83.511D", "Z98.890"], [PTA("97112", 22)], []),

        // NLMC complete 97112 (Individual; Biodex and foam; sway; stability index) sent with no diagnosis.
        ["vord-h183-nlmc-no-diagnosis"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Arlene Sjoberg · Clinician: Ingeborg Halvorsen, PT, DPT
            Service: 97112 Neuromuscular reeducation — 22 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: weight shifts to targets on the Biodex, foam stance with head turns
            Impairment: sway and a slow ankle strategy
            ▶ Imported device report — Biodex Balance SD
            Overall stability index 2.9
            """,
            [], [PT("97112", 22)], [Dx]),

        // BCMC Lise Aamodt "FOLLOW-UP #4 · Seen individually", "97112 (24 min)": reactive stepping, half-kneel, foam; R hemiparesis; Mini-BESTest and gait speed: passes.
        ["vord-h183-bcmc-lise-follow-up"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            FOLLOW-UP #4 · Lise Aamodt, PT, DPT · Pt: Orrin Haugen, 69, cranberry-marsh hand
            Seen individually.
            97112 (24 min): reactive stepping to pulls at the pelvis, rhythmic stabilization in half-kneeling, foam stance with head turns
            Target: L hemiparesis after the R MCA stroke; late L protective step on the marsh dikes
            Today's numbers: Mini-BESTest 17/28; 10MWT 0.78 m/s
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // BCMC Jonah Brightwater's bullets, LSVT BIG maximal daily exercises and functional component tasks; small steps in Parkinson's; TUG and step length; "1:1"; 23 min: passes.
        ["vord-h183-bcmc-jonah-lsvt-big"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (TOMAH)
            Jonah Brightwater, PT, DPT · session 9 of 16 LSVT BIG
            • 97112 — 23 min, 1:1 the whole session
            • LSVT BIG maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward steps), functional component tasks: getting out of the truck, reaching to the top feed shelf
            • Problem: small, slow movements and short steps with Parkinson's disease
            • TUG 10.4 sec (13.2 at eval); step length 52 cm
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // QUH APSO 97112 with "BILLING: 97112 — 22 min" last and one-on-one in O:; perturbations, tandem with head turns; sway; Berg: passes.
        ["vord-h183-quh-apso-97112"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson clinic
            A: Delayed stepping reaction and postural sway; catching more perturbations than last week.
            P: Continue NMR; add dual-task walking next visit.
            S: Retired school-bus driver, no falls since the last visit. "The church steps are easier."
            O: 1:1 for the whole NMR block. Perturbations at the pelvis on foam in four directions, tandem walking along the rail with head turns, stepping over the cane on the floor.
            Berg 46/56 (41 at eval); 8 of 10 perturbations recovered with one step.
            BILLING: 97112 — 22 min
            Simon Marchetti, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PCNDP OT 97530 with the attestation "[X] 1:1" and "97530: 20 minutes": kitchen tasks with counts and assistance; L neglect and standing balance: passes.
        ["vord-h183-pcndp-ot-97530-kitchen"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Day: van arrival; community meeting; OT kitchen mid-morning; PT after lunch; van home
            Session: making coffee and toast at the kitchen counter, finding the items on the L side of the counter, carrying the mug to the table 3 trips SBA, wiping the counter with the L hand
            Focus: L inattention and poor standing balance after the R MCA stroke; he misses the L burner
            Results: found 7 of 10 items on the L side without a cue; stood at the counter through both tasks without a rest, SBA
            ATTESTATION: [X] 1:1 [ ] group — just the two of us in the OT kitchen. 97530: 20 minutes. — Tamsin Ruiz, OTR/L
            """,
            ["I69.354", "R41.4"], [OT("97530", 20)], []),

        // WMDC OT 97530 (Benedikt Varga): buttoning, reaching into the closet, stepping into trousers standing, with counts and a time-free measure; small movements in Parkinson's: "97530 — 21 min": passes.
        ["vord-h183-wmdc-ot-97530-dressing"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Ada Lumpkin · Med state: ON · Benedikt Varga, OTR/L
            Pt says: "Buttons take me forever before choir practice."
            97530 — 21 min; 1:1, her daughter in the chair by the door.
            Big-amplitude reaching into the closet for the blouse, buttoning 6 buttons with big deliberate finger movements, stepping into trousers standing with a hand on the dresser 3 times CGA.
            Deficit: small, slow hand movements and standing balance with Parkinson's disease.
            Measures: 9-hole peg R 41 sec, L 44 sec; 6 of 6 buttons done.
            """,
            ["G20.A1"], [OT("97530", 21)], []),

        // SNSS Nadia Farhat's lower case, "1on1", perts on the airex, hop to stick; knee proprio post ACLR; SLS and hop distances; 23 min: passes.
        ["vord-h183-snss-farhat-roller-derby"] = new(
            """
            97112 23 min 1on1 just me n her  sl perts on the airex  hop to stick L  lat bounds to a stop  L knee proprio + valgus post aclr  sls L eyes closed 9s  single hop L 104cm R 131cm  n farhat pt dpt
            """,
            ["S83.512D", "Z98.890"], [PT("97112", 23)], []),

        // MLMPT Carla Hindman's "nmrx" expansion filled in: "97112 22 min 1on1 pt n me tx … def … meas …": passes.
        ["vord-h183-mlmpt-nmrx-filled"] = new(
            """
            97112 22 min 1on1 pt n me tx foam stance on the couch cushion w head turns + step n stick over the door sill + pushes at the hips def sway + late step she fell off the calving-barn step meas berg 45/56 sls R 6 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ERPT Hank Twomey's capitals with one closing period: "97112 23 MIN ONE ON ONE", beam, perturbations; poor postural control; Berg and TUG: passes.
        ["vord-h183-erpt-twomey-capitals"] = new(
            """
            97112 23 MIN ONE ON ONE HIS WIFE IN THE WAITING ROOM TANDEM WALKING ON THE 2X4 BEAM EYES UP PERTURBATIONS AT THE HIPS ON FOAM STEP UPS TO A STICK POOR POSTURAL CONTROL AND LATE STEPPING SINCE THE FALL IN THE SHEARING PEN BERG 45/56 TUG 12.4 SEC.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BOSM Dwayne Pressley's double slashes: "97140 // 12 min // … // …": grade III glides and STM; shoulder stiffness; ROM degrees: passes.
        ["vord-h183-bosm-pressley-97140"] = new(
            """
            97140 // 12 min // 1 on 1 // GH post + inf glides gr III 4 bouts + STM to the post cuff & pec minor // R shoulder capsular stiffness s/p cuff repair per Dr. Kessler protocol, can't reach the cotton-gin control panel // flexion R 138° IR 34° // D. Pressley PT OCS
            """,
            ["M75.121", "Z98.890"], [PT("97140", 12)], []),

        // ISU student 97110 "Minutes — 97110: 16": doses with load, hip weakness after a labral repair; passes.
        ["vord-h183-isu-97110-labral-repair"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Hannah Lindqvist
            Clinical instructor (CI): Teresa Vukovich, PT, DPT, SCS
            CPT code(s) billed: 97110
            Minutes — 97110: 16
            Treatment format (select one): Individual
            Interventions (list each with parameters): side-lying hip abduction 3x12 with 3 lb; bridges with the band at the knees 3x15; quadruped fire hydrants 3x10; step-downs off the 6 inch box 3x8
            Impairment(s) targeted: L hip abductor and extensor weakness after the labral repair; the Nordic skier can't hold a single-leg glide
            Outcome measures (name: score): —
            Student confidence today (1–5): 4
            CI co-signature: Co-signed — T. Vukovich, PT, DPT, SCS
            """,
            ["S73.192D"], [PT("97110", 16)], []),

        // Halyard 97112 pelvic floor: the Knack before lifting and downtraining, sEMG; "Yes — just us"; urge and stress leakage; Modified Oxford and dry lifts; "97112 — 22": passes.
        ["vord-h183-hal-knack-before-lifting"] = new(
            """
            Halyard PT — after-visit form
            What did we bill today?: 97112
            How long for each? (minutes): 97112 — 22
            Was it just you and me the whole time? (required): Yes — just us
            Which system did we work on?: Pelvic floor
            Tell me what we did (techniques, positions, cues): the Knack before lifting the toddler from the floor and before a cough; sEMG biofeedback for downtraining between contractions in sitting and standing
            What's the problem we're chasing?: stress leakage lifting her grandson and a pelvic floor that stays clenched after the contraction
            Numbers! (scores, seconds, microvolts, grades): Modified Oxford 3/5; resting tone 4.2 µV (7.8 at eval); dry on 5 of 6 lifts
            How did she feel leaving? (1–10): 8
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // CBMC Lucia Ferreira (OTR/L) double spaces and one final period: 97530 cooking at the counter with counts and assistance; R hand ataxia with MS: passes.
        ["vord-h183-cbmc-lucia-97530"] = new(
            """
            97530 19 min  one to one  standing at the counter chopping apples w the rocker knife  carrying the pan to the stove 3 trips SBA  wiping the counter w the R  R hand ataxia + standing balance w the ms  chopped 2 apples no drops  stood at the counter SBA throughout  l ferreira otr/l.
            """,
            ["R27.8"], [OT("97530", 19)], []),

        // BHOT 97116 with a clock range on the code's line "97116 1:40–1:58 pm": walker to cane on the storefront ramp and the gravel lot; short L step; distance and assistance: passes.
        ["vord-h183-bhot-97116-clock-range"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97116 1:40–1:58 pm — Wade Thorsby, PT
            Gait: walker to cane on the clinic ramp and the gravel lot, cues for L heel strike and a longer L step
            Deficit: short L step and L hip weakness after the L THA; he wants to walk out to the stock tank
            Outcome: 280 ft with the cane SBA; ramp CGA
            """,
            ["Z96.642"], [PT("97116", 18)], []),

        // HLG 97116: "WHAT WE DID: 97116 · 18 min", quote, cane gait on the church ramp; short R step; distance and assist: passes.
        ["vord-h183-hlg-97116-church-ramp"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Point Clear Landing house-call room
            Pettus, Odell · Thomas Ashby, PT
            IN HIS OWN WORDS: "I want to walk up the church ramp without my son holding my belt." (quoted as said)
            WHAT WE DID: 97116 · 18 min
            Gait with the quad cane up and down the courtyard ramp and along the hall, cues for a longer R step and an upright trunk.
            WHY: short R step and R foot clearance after the L stroke.
            MEASURED: 200 ft with the quad cane CGA; ramp up and down with the rail SBA.
            """,
            ["I69.351"], [PT("97116", 18)], []),

        // WMPT 97116 home gait: "97116 — 20", walker through the doorways and porch; short stance; distance and assistance: passes.
        ["vord-h183-wm-97116-farmhouse"] = new(
            """
            WMPT Visit Submission
            Therapist name: Jonah Reese, PT
            Visit location (select one): Patient's home
            Which codes are you billing for this visit? (select all that apply): 97116
            Minutes for each code you selected:
            97116 — 20
            How was the treatment delivered? (select one): One-on-one with the therapist
            Describe the skilled interventions you performed: gait with the rolling walker through the farmhouse doorways and down the porch steps with the rail, cues for L heel strike and full knee extension in stance
            What impairment(s) did you treat today?: short stance on the L and L knee stiffness after the TKA
            Objective measures today (test name and result): 240 ft with the walker SBA; 4 porch steps with the rail CGA
            """,
            ["Z96.652"], [PT("97116", 20)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
