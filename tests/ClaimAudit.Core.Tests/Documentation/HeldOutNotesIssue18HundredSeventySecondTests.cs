using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write phrasings, vocabulary and examples they do not already have). The engine's output on these
/// notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-second session, blind, beside the hundred-and-seventy-first set), the set is one
/// Tuesday's notes (12/01/2026) drawn at random across all the clinics of the hundred-and-fifty-sixth to
/// hundred-and-seventieth sets, each clinic in its own template and its own writers' voices, at most five notes from any
/// one clinic — no new styles, new patients and new wording within the same templates — about two thirds ordinary and
/// complete (78 of 108), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's
/// and an OT's code on one visit), by PTs, PTAs and OTs, from the employers of those sets:
/// <list type="number">
/// <item>the compliance-reviewed, audited and appeal-ready practices: White River Physical Therapy &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 23 min", "Attendance: [X] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:",
/// "[CO: resolved LM]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒
/// Individual ☐ Concurrent ☐ Group", "OUTCOME MEASURE: … SCORE: …"), Imperial Valley Balance &amp; Physical Therapy
/// (IVBPT: "97112 — 22 min", "Deficit:", "{{CLEARED — KM}}"), Touchet Valley Physical Therapy (TVPT: "SERVICE:",
/// "DELIVERY: One-on-one for the entire billed service? Y", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:", "NOTE TO
/// REVIEWER:"), Llano Estacado Rehab &amp; Balance (LERB: "AUTH #", "visit 7 of 12 authorized", "Minutes by CPT:") and
/// Ocmulgee River Physical Therapy (OCM: the post-TPE template rev. C with a clock in–out on each timed code's line and
/// "[X] 1:1 constant attendance");</item>
/// <item>the bayou, goal-by-goal and migrated clinics: Petit Caillou (PCPT: "Code 97112 Neuro re-ed ........ 23 min",
/// "Did:", "For:", "Numbers:", the "Bayou Balance" levels, Jules Guidry's "cher"), Malheur Bend (MBOG: "PRIMARY
/// OUTCOME:", "STG 1: … — PROGRESSING", "→ 97112 · 22 min · …", "▸ measured by:"), Blackberry Creek Hospital (BCH:
/// "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:"), Logan Creek (LCPT: the "NNVC GOAL TRACKER",
/// "Codes/min:", "Progress measure:"), Oneota River (ORPT: Prairielight's "1:1 (Y/N):", "Clinical Findings:" and the
/// "Billing Grid" whose minute column defaults to 15), Sangre de Cristo Valley Hospital (SCVH: Aspenline's
/// "Supervision/Delivery:", "Target impairment:", "None identified (default)", "Timed Codes:") and Pocomoke Sound
/// (PSTG: TidePoint's "Mode of delivery:", "☒ 1:1 ☐ Group ☐ Co-treat", "Measurables:", a diagnosis carried over as
/// "#Error");</item>
/// <item>the week-to-week and city clinics: Rosario Strait Physiotherapy (RSP: "01.12.2026", "97112 NMR 09.00–09.23
/// (23') · 1:1", kilograms), Big Horn Basin Regional Hospital (BHBR: "▸ START ■ STOP … = 22 MIN"), Porchlight Therapy at
/// Home (PTH: "Visit at:", "Present:", "97116 [ 19 ] min", "Assist/Dist:"), Southern Tier Balance and Falls Clinic (STBF:
/// "What we worked on / Why / How she did / Time"), St. Columba Memorial Hospital (SCMH: "Timed: 97112 ▸ 23 min",
/// "Measures (Last | Today):"), Cimarron Senior Therapy (CST: "CST GERI VISIT", falls, near-falls, "1:1: Y"), Caney Fork
/// (CFPT: OfficeMate PM capitals, "CPT 97112 X 23 MIN", "1ON1 FLAG:"), Saguaro Home Therapy (SHT: TxtChart "[9:05a]"
/// stamps), St. Casimir Lakeshore Hospital (SCLH: Dee Wachowski's "indiv. thruout", Helga Lindqvist's "Timed code
/// minutes:", the EMR's "***"), Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …"), NorthPier
/// Per Diem (NPD: Bogdan Petrescu's late entries), Harbor Light (HLPT: S:/O:/A:/P: and "Billed: 97112 (22 min)"),
/// Lakeside Macomb Hospital (LMH: "Timed Procedures"), Little Colorado River Therapy (LCRT: "Svc: NMR 97112 | Time: 23
/// minutes | 1:1: Y"), JointWorks (JWO: "97112 ▸ 22m", "1:1 ▸ ☒ Y ☐ N", "Tx ▸", "Area ▸", "# ▸", the "StableStart"
/// cards), Rawhide PT (RPT: Merle Vankirk's one dense line) and Sheboygan Harbor Medical Center (SHMC: "ALL SECTIONS
/// REQUIRED");</item>
/// <item>the device and intensive clinics: Sawtooth Performance Lab (SPL: "BLOCK A · 97112 NMR · 23 min", "☑ 1:1 ☐
/// semi-private", "DATA PASTE ▼"), Northwoods Lakes Medical Center's Balance Center (NLMC: "Service: 97112 Neuromuscular
/// reeducation — 24 minutes", "▶ Imported device report"), High Desert NeuroRecovery (HDNR: "97112 neuro re-ed: 22 min |
/// 1:1", "Device paste:"), Minnesota River Children's Hospital's Intensive Therapy Program (MRCH ITP: "This session
/// only: 97112 · 23 min", "Ratio: ☒ 1:1 ☐ 1:2 ☐ group"), Chattahoochee Valley University's Neuro-Recovery Intensive (CVU
/// NRI: "Billed this block:", "Delivery: [X] Individual [ ] Dyad [ ] Group") and Red Butte Vestibular &amp; Concussion
/// Clinic (RBVC: "Sess A ▸ 97112 ▸ 22 min", "Tx: ☒ gaze stab …");</item>
/// <item>the whole-episode, APSO, multispecialty and day-programme clinics: Wexford Commons (WCOPT: Brett Szalai's "Visit
/// 6 of 12 | …" and "97110 Therapeutic exercise — 24 min:", Jill Ostrowicz-Penn's "Billed: 97140 (12 min) / 97110 (24
/// min)"), Benedictine Coulee (BCMC: Teodora Vance's bracketed headings, Jonah Brightwater's bullets, Lise Aamodt's
/// "FOLLOW-UP #n … Seen individually"), Dismal River Community Hospital (DRCH: "Time: 97110 = 23 min; 97116 = 15 min"),
/// Quinebaug University Health (QUH: APSO with "BILLING:" last), Pembina Multispecialty (PMG-MSK: "CHARGES:" at the top
/// and the "| Test | Today | Eval |" table) and Prairie Crossing (PCNDP: the day's schedule and "ATTESTATION:");</item>
/// <item>the voices of the hundred-and-sixty-eighth and -sixty-ninth sets: Hollyhock Lane (HLG: "IN HER OWN WORDS:",
/// "WHAT WE DID: 97112 · 23 min", "1:1 for billed time: ☐ Yes ☐ No"), Wintergreen Movement Disorders Center (WMDC: "Pt
/// says:", "Wife says:", the medication state, "Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat"), Saltmeadow
/// Women's Health &amp; Balance (SWH: "She reports:", "Neuromuscular re-education 97112 (23 min) · 1:1"), Short North
/// Sports &amp; Spine (SNSS: Nadia Farhat's lower case "1on1", Jess Tran's "8#" and "3x12"), Middle Loup Mobile PT
/// (MLMPT: "pt n me", the "nmrx" text-replacement) and Wapello Heights Care Center (WHCC: "[x] individual [ ] concurrent
/// [ ] group", "97112 x 23 min", "res", "CGA").</item>
/// </list>
/// This Tuesday's people: a crawfish-pond farmer, a shrimp-boat deckhand, a sardine-cannery retiree on the Lubec
/// breakwater, a lettuce-shed forklift driver, a wheat farmer at the elevator scale, a Wyoming sheepherder, a Galax
/// fiddler, a glass-plant retiree in Corning, an iron-ore-mine retiree on the Marquette ore dock, a Cushing tank-farm
/// gauger, a Sparta nursery worker, a Chicago L motorman, a Stonington lobsterman, a Winslow railroad welder, an RV-plant
/// sander, a Boise whitewater kayaker, a Brainerd ice-fishing guide, a Bend cider-press worker, a nine-year-old who wants
/// to climb the monkey bars, a retired Columbus mill fixer, a Sedona hot-air-balloon crew chief, a Wexford crossing
/// guard, a cranberry-bog worker, a Sandhills windmill repairman, a Willimantic school librarian, a Grand Forks hockey
/// referee, a retired Scottsbluff sugar-factory worker, a Fairhope church pianist, a Bedford apple grower, a Mystic
/// oyster farmer, a Columbus roller-skating coach and an Ottumwa resident who plays cribbage after lunch; wives, a
/// husband, a granddaughter, a mother, aides, a neighbour, a dog and a student in the room, and another patient where
/// the note says so.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these templates, applying the contract
/// to what the filled-in text says (a blank, an empty box, "***", "[Select: …]", "Choose… ▾" and an unanswered question
/// state nothing; a default the clinician signed is read as written):
/// <list type="bullet">
/// <item>class 1 (v1-h172-…): one-on-one in the writers' own words (a ticked Individual box with the wife learning the
/// doorway cues, "1on1 whole block her mom sat in", "pt n me the whole nmr block grandson held the flashlight", "[X] 1:1
/// constant attendance" on a clock-ranged line, "just me and Mr. Thibodeaux, cher", the aide holding the walker), notes
/// that negate it (a WHCC row ticked concurrent with another resident's exercises in the block, a CVU Dyad box with two
/// patients paired, "1ON1 FLAG: N" with a second patient on the rocker) or never state it (an STBF narrative);</item>
/// <item>class 2 (v2-h172-…): checkbox and blank-field states (a QBRH delivery row with nothing ticked, HLG's "1:1 for
/// billed time: ☐ Yes ☐ No", SCVH's "Target impairment: None identified (default)", an IVBPT "Deficit:" left empty, an
/// "nmrx" expansion whose "def __ meas __" were never filled, SCLH's Objective "***", and the same kinds of rows filled
/// in: a TidePoint box ticked, a Prairielight "1:1 (Y/N): Y", a JointWorks "1:1 ▸ ☒ Y ☐ N");</item>
/// <item>class 3 (v3-h172-…): named programmes and methods as techniques (PWR! Moves, VOR x1 viewing to a metronome,
/// Otago balance retraining, the Copenhagen adductor plank with its dose, Maitland grade IV central PA glides,
/// constraint-induced shaping tasks) and a branded
/// "Bayou Balance level 4 per clinic protocol" as the only technique, and LSVT BIG named with no number;</item>
/// <item>class 4 (v4-h172-…): deficits stated as findings in these writers' terms (a woman who cannot step over the tub
/// wall without the towel bar, a referee who loses his line skating backward, a fiddler who steps short and catches his toe
/// on the stage lip) and notes that state none (a Prairielight "Clinical Findings:" left empty, a JointWorks "Area ▸"
/// left empty, "Impairment: n/a");</item>
/// <item>class 5 (v5-h172-…): measures in every usual form (day-first RSP seconds and metres a second, "Measures (Last |
/// Today): Berg 41 | 45", a CST falls count with a Berg, a 97110 dose "3x15 @ 10#", a "| Test | Today | Eval |" row, a
/// device paste) and notes with none ("OBJ: steadier on the gravel", "OBJECTIVE: deferred, arrived late from the
/// elevator", "Progress measure: not re-tested this visit");</item>
/// <item>class 6 (v6-h172-…): minutes in these templates' forms ("Time: 97110 = 23 min; 97116 = 15 min", "Timed code
/// minutes: 97116 = 18 / 97112 = 22", a clock in–out on each code's line, "Codes/min: 97530 =
/// 17, 97110 = 12") and true mismatches (a Prairielight grid's default 15 on a 26-minute line, a PMG "CHARGES:" line's
/// 24 on a 13-minute 97110) and truly missing separate time (a BCMC note with one bracketed heading for two codes, an
/// LERB "Minutes by CPT: 97112 = 23, 97110 = ___", a QUH "BILLING:" block with only "Total timed 38 min");</item>
/// <item>class 7 (v7-h172-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (hip and knee strengthening with its dose), 97530 (toilet transfers and closet
/// reaches), 97140 (first-rib mobilisation) and 97116 (walker gait over thresholds and a porch ramp), and wholly generic notes (a LCRT "balance training,
/// tolerated well, continue POC" under its service line, a two-code SNSS quick note of "ther ex" and "manual" only);</item>
/// <item>ordinary (vord-h172-…): complete notes from every one of these clinics that a reviewer passes (the
/// false-positive guard), and the ordinary weak ones: a complete note with no diagnosis and a TidePoint diagnosis
/// carried over as "#Error".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — family, aides, a neighbour, a student
/// and a tech (none of them a patient; the other resident, the paired patient and the man on the rocker are), ages,
/// dates of service, visit counts, authorisation numbers, step and curb heights in inches, loads in pounds and
/// kilograms, distances in feet and metres, band colours, degrees, counts of falls, reps and cones, times of day and
/// dose times — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are
/// written next to the code, in its block's heading, in a minute box or as a clock range on the code's own line; no
/// note gives minutes to a visit, a drill, a rest or a test, except the one that fails for a visit total ("Total timed
/// 38 min"); notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on
/// an objective measure with a number; for the other codes a dose (sets, repetitions, load, hold, distance, assistance
/// level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, aide, student or staff
/// member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this Tuesday's templates make arguable: "Impairment: see eval" or "per POC" pointing
/// to another document, a delivery box ticked Individual beside a PWR! class the patient joined after the billed block,
/// a Bayou Balance or StableStart level named beside a technique only the clinic's card describes, a device paste
/// whose session timer could be read as the code's minutes, and a default grid minute that agrees with the line but
/// differs from a clock range elsewhere in the note.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 108 cases agree (106 needed), and 1 of the 78 notes the reviewer passes got a finding, on the analyzer of 516c112 (the 2026-12-07 twenty-second session after the hundred-and-fifty-sixth to hundred-and-seventieth sets were worked through and two reviews, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, ed4cfb9): 104 of 108, no false positive.</para>
/// <para>After the 2026-12-07 twenty-sixth session (engine code 3e81e0e): 106 of 108, no false positive — the share met, its fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventySecondTests(ITestOutputHelper output)
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

        // WMDC Bedford, "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat" with the wife in the room learning the doorway cues; weight shifts to a metronome, big steps through the doorway, turning on a clock face; freezing at doorways; TUG and a freezing count; "97112 — 23 min": passes.
        ["v1-h172-wmdc-wife-learning-doorway-cues"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Carl Overstreet, 74, apple grower · Isaac Brandt, PT · 12/01/2026
            Meds: carbidopa/levodopa taken 7:30 am, "on" at the session.
            Pt says: "It's the doorway to the packing shed that gets me."
            Wife says: "He stops dead in the kitchen door and I have to count for him."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat — Mrs. Overstreet sat in to learn the cues
            97112 — 23 min
            Lateral weight shifts to the metronome, big steps through the taped doorway on a count, turning on the clock-face floor targets.
            Deficit: freezing of gait at thresholds and a festinating turn.
            Measures: TUG 13.8 sec; froze 2 of 8 doorway passes (5 of 8 last week).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // SNSS Nadia Farhat's lower-case quick note: "1on1 whole block her mom sat in the corner"; perts on the foam, single-leg hops to a stick, cone reaches; L ankle proprioception after a sprain; sls and star-excursion reach; "97112 22 min": passes.
        ["v1-h172-snss-nadia-mom-sat-in"] = new(
            """
            snss high st  n farhat pt dpt
            97112 22 min  1on1 whole block her mom sat in the corner
            perts on foam all 4 directions  single leg hops to a stick L  cone reaches on the airex
            L ankle proprio poor after the sprain at skate practice  she rolls it on crossover turns
            sls L eyes closed 7s R 18s  ybal ant reach L 58cm R 66cm
            rtp roller skating coach goal jan
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // MLMPT Carla Hindman's phone note: "pt n me the whole nmr block grandson held the flashlight"; couch-cushion stance eyes closed, tandem down the hall, step-ups off the porch step with a stick; late step and sway; berg and tandem seconds; "97112 24 min": passes.
        ["v1-h172-mlmpt-grandson-held-the-flashlight"] = new(
            """
            mlmpt  c hindman pt  home visit n of purdum
            97112 24 min  pt n me the whole nmr block + grandson held the phone flashlight in the hall
            couch cushion stance eyes closed + tandem down the hall + step up off the porch step to a stick
            late step + sway backward, he went down by the windmill tank last month
            berg 43/56  tandem 8s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // OCM rev. C, "[X] 1:1 constant attendance" and the clock in–out 09:10–09:33 on the 97112 line (23 minutes); rhythmic stabilization in half-kneeling, foam stepping, perturbations; truncal postural control after a stroke; Mini-BESTest: passes.
        ["v1-h172-ocm-clock-in-out-constant-attendance"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville · post-TPE template rev. C
            Pt: Hollis Tarver · Rhonda Akins, PT · DOS 12/01/2026
            97112 Neuromuscular re-ed    in 09:10  out 09:33
            [X] 1:1 constant attendance  [ ] concurrent  [ ] group
            Technique: rhythmic stabilization in half-kneeling; stepping across the foam lane; perturbations at the pelvis in stride stance
            Impairment: trunk postural control and a late L protective step after the R MCA stroke
            Measure: Mini-BESTest 17/28 (13 at eval)
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PCPT Houma, Jules Guidry (PTA) "just me and Mr. Thibodeaux de whole block, cher"; rocker board, tandem on foam, perturbations; ankle proprioception; Berg and rocker seconds; dotted code line 22 min: passes.
        ["v1-h172-pcpt-jules-just-me-and-him"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Houma
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — just me and Mr. Thibodeaux de whole block, cher
            Did: rocker board A/P eyes closed, tandem on de foam beam, pushes at de hips
            For: R ankle proprioception, he rolls it steppin' off de boat onto de crawfish-pond levee
            Numbers: Berg 48/56; rocker 11 sec
            J. Guidry, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // WHCC PTA row ticked "[ ] individual [x] concurrent [ ] group" with res in rm 118 doing her own neuro re-ed at the next bars: another patient in the block — one-on-one missing; techniques, deficit, measures present.
        ["v1-h172-whcc-concurrent-row-next-res"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Lorene Pauls, rm 206 · D. Lukin, PTA
            Delivery: [ ] individual [x] concurrent [ ] group — res from rm 118 at the other bars on her own neuro re-ed, I went between them
            97112 x 23 min
            Tandem stance in the bars, marching on foam, lateral pushes at the hips, CGA
            Problem: postural sway and poor ankle strategy; she grabs the med cart in the hall
            Berg 36/56; tandem 5 sec
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CVU NRI block, "Delivery: [ ] Individual [X] Dyad [ ] Group — Mr. Eady and Mr. Rountree paired at the stepping stations": two patients in the billed block — one-on-one missing; techniques, deficit and measures present.
        ["v1-h172-cvu-dyad-two-patients-paired"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (PHENIX CITY)
            NRI BLOCK NOTE    Programme: PSI · Day 3 of 15 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Staff this block: Shondra Abernathy-Kyle, PTA
            Delivery: [ ] Individual [X] Dyad [ ] Group — Mr. Eady and Mr. Rountree paired at the stepping stations
            O: Step-and-stick onto the foam with the R leading, reactive steps to pulls at the pelvis, tandem on the tape line.
            Step-and-stick 5 of 10 without a hand; FGA 14/30.
            A: R hemiparesis after the L stroke, poor weight acceptance on the R and a late R step.
            """,
            ["I69.351"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CFPT OfficeMate capitals, "1ON1 FLAG: N — MR. PRUITT ON THE ROCKER BOARD SAME TIME": negated — one-on-one missing; techniques, deficit, measures present.
        ["v1-h172-cfpt-flag-n-second-on-rocker"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA
            PT: DORRIS, WANDA   DOS: 12/01/2026
            CPT 97112 X 22 MIN
            1ON1 FLAG: N - MR. PRUITT ON THE ROCKER BOARD SAME TIME, SPLIT ATTENTION
            TX: FOAM STANCE EYES CLOSED, TANDEM WALK W/ HEAD TURNS, STEP OVER HURDLES TO A STOP
            IMP: DECREASED PROPRIOCEPTION BIL FEET, NEUROPATHY; STUMBLES IN THE NURSERY ROWS
            OBJ: TANDEM 6 SEC, BERG 45/56
            T. GRISSOM PT
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // STBF narrative that never says how the block was delivered: "What we worked on / Why / How she did / Time"; perturbation and foam work; sway; Berg and TUG; time matches — one-on-one unstated.
        ["v1-h172-stbf-narrative-no-delivery"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Corning
            Mrs. Ilse Brandauer, retired from the glass plant
            What we worked on: pushes at the pelvis in stride stance, feet-together stance on foam with eyes closed, stepping over the cane to a stop
            Why: delayed stepping reaction and backward sway; she fell backward off the curb on Market Street
            How she did: Berg 45/56; TUG 11.6 sec; caught 6 of 10 pushes with one step
            Time: 97112 — 24 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // HLG Daphne, the community aide held the walker through the block and "1:1 for billed time: ☒ Yes ☐ No"; step-and-stick, perturbations at the shoulders, tandem in the hall; late step; Berg and perturbations: passes.
        ["v1-h172-hlg-aide-held-the-walker"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Point Clear Landing house-call room
            Mayhew, Junius (88) · DOS 12/01/2026 · Luanne Pressley, PTA
            IN HIS OWN WORDS: "I play piano for the eight o'clock service and I'm scared of that step up to the choir loft." (quoted as said)
            WHAT WE DID: 97112 · 22 min
            1:1 for billed time: ☒ Yes ☐ No — the community aide held his walker, nobody else treated
            Step-and-stick onto the Airex; perturbations at the shoulders; tandem in the long hallway with head turns.
            WHY: late protective step and sway after he stands.
            MEASURED: Berg 41/56; 5 of 10 perturbations with one step.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // QBRH Eastport, "DELIVERY: ☐ Individual ☐ Concurrent ☐ Group" with nothing ticked and no other statement: one-on-one missing; techniques, deficit and a filled outcome line.
        ["v2-h172-qbrh-delivery-row-unticked"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☐ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board M/L eyes closed; foam stance with ball catches from the side; tandem along the rail with head turns
            IMPAIRMENT: R ankle proprioception; the retired cannery worker rolls it on the breakwater rocks
            OUTCOME MEASURE: SLS R  SCORE: 9 sec
            Everett Sewall, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HLG Fairhope, "1:1 for billed time: ☐ Yes ☐ No" left unticked and nothing else about delivery: one-on-one missing; techniques, deficit, measures present.
        ["v2-h172-hlg-yes-no-row-unticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Castille, Vida (81) · DOS 12/01/2026 · Thomas Ashby, PT
            IN HER OWN WORDS: "The porch swing throws me backward when I get up off it." (quoted as said)
            WHAT WE DID: 97112 · 23 min
            1:1 for billed time: ☐ Yes ☐ No
            Sit-to-stand from the foam with eyes closed; anterior weight shifts to targets; pushes at the pelvis in stride stance.
            WHY: posterior sway on rising and a late ankle strategy.
            MEASURED: 5xSTS 16.2 sec; Berg 44/56.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SCVH Aspenline's "Target impairment: None identified (default)" kept, and the interventions name no impairment: deficit missing; technique, measure and one-on-one present.
        ["v2-h172-scvh-none-identified-default"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (DEL NORTE)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PT only
            Interventions: rocker board A/P with eyes closed; tandem on the foam beam; step-and-stick off the 6 inch step
            Target impairment: None identified (default)
            Outcome: Berg 50/56; rocker 14 sec
            Timed Codes: 97112 — 22 min
            Gil Trujillo, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // IVBPT Brawley, "Deficit:" left empty with Ledgerline's "{{REVIEW: deficit?}}" unanswered: deficit missing; techniques, measures and 1:1 present.
        ["v2-h172-ivbpt-deficit-empty-review-open"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — Brawley
            DOS 12/01/2026 · G. Olmedo, PTA
            97112 — 22 min · 1:1 the whole time
            Tx: foam stance with head turns; tandem walking on the beam; perturbations at the pelvis, all four directions
            Deficit:
            Numbers: Berg 47/56; tandem on foam 9 sec
            {{REVIEW: deficit? — KM}}
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // MLMPT Wade Pettijohn's "nmrx" text-replacement with tx and minutes filled but "def __ meas __" left as expanded: deficit and measure missing (no number but the code and its minutes); technique and 1on1 present.
        ["v2-h172-mlmpt-nmrx-def-meas-unfilled"] = new(
            """
            mlmpt  w pettijohn pta  home visit halsey
            97112 22 min 1on1 y tx foam cushion stance eyes closed + tandem along the kitchen counter + step up off the porch step to a stick def __ meas __.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112"), At(Measure, "97112")]),

        // SCLH Pav B, Dee Wachowski's note with the Objective wildcard "***" never replaced: measure missing (no number but the code and its minutes); techniques, deficit, "indiv. thruout".
        ["v2-h172-sclh-objective-wildcard"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Timed: 97112 — 23 min
            Delivery: Pt seen indiv. thruout
            Tx: rocker brd eyes closed, tandem on foam c̄ head turns, step-and-stick to the Airex
            Impairment: ↓ proprioc. L ankle; L motorman rolls it stepping down from the cab
            Objective: ***
            A/P: cont.
            D. Wachowski, PT
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PSTG Chincoteague, TidePoint's "☒ 1:1 ☐ Group ☐ Co-treat" ticked; perturbations, step-and-stick, tandem; late step; Berg and tandem: passes.
        ["v2-h172-pstg-one-to-one-ticked"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 12/01/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations in stride stance, step-and-stick onto the Airex, tandem along the foam lane with head turns
            Impairments Addressed: late step and sway; the oyster farmer loses his footing on the float in a chop
            Measurables: Berg 49/56; tandem on foam 11 sec
            97112 Neuromuscular Re-ed — 22 min
            R. Kellam, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ORPT Cresco, "Delivery:" left blank but "1:1 (Y/N): Y" answered; grid 23 on a 23-minute line; techniques, findings, measures: passes.
        ["v2-h172-orpt-yn-answered-y"] = new(
            """
            Oneota River Physical Therapy — Cresco        Prairielight EHR · Daily Note · 12/01/2026
            Delivery:
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, foam stance with head turns, pushes at the pelvis
            Clinical Findings: L ankle proprioception down and a late step; the feed-mill worker rolls it on the loading ramp
            Objective Measures: SLS L 8 sec; Berg 50/56
            Billing Grid:  97112 | Neuromuscular re-education | 23 min
            O. Reyes, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // WMDC Lynchburg, PWR! Moves (PWR! Up, Rock, Twist, Step) as the technique, delivery ticked Individual; hypokinesia and a stooped posture; TUG and stride length: passes.
        ["v3-h172-wmdc-pwr-moves-individual"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Alma Beasley · Colleen Marsh, PT, DPT, NCS · meds at 8:00 am, "on"
            Pt says: "I can't get my feet to go at the Kroger checkout."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            97112 — 24 min
            PWR! Moves in standing: PWR! Up, PWR! Rock, PWR! Twist and PWR! Step, each to a big count, then turning in the doorway with a visual line.
            Deficit: hypokinesia, stooped posture and small shuffling steps with Parkinson's disease.
            Measures: TUG 12.1 sec; stride length 0.92 m.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // RBVC Sedona, "Tx: ☒ gaze stab ☐ habituation ☐ OKN" with VOR x1 viewing to the metronome; L vestibular hypofunction; DVA and DHI; 1:1: passes.
        ["v3-h172-rbvc-vor-x1-metronome"] = new(
            """
            RBVC West Sedona — Intensive Week — Tue
            Sess A ▸ 97112 ▸ 23 min
            Provider this session: Marisol Etsitty-Crane, PT, DPT — 1:1
            Tx: ☒ gaze stab ☐ habituation ☐ OKN
            VOR x1 viewing to the metronome, seated then standing on foam, horizontal then vertical
            Problem: L vestibular hypofunction; the balloon crew chief gets oscillopsia looking up at the envelope
            Dynamic visual acuity lost 2 lines (4 Mon); standing on foam with head turns 20 sec
            Between sessions: lunch, screen-free
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BHBR Thermopolis, Otago balance retraining named with its parts (tandem walk, one-leg stand, sideways walking); sway and a late step; 30-second chair stand and Berg; START/STOP row 22 min, "1:1": passes.
        ["v3-h172-bhbr-otago-balance-retraining"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (THERMOPOLIS)
            Pt: Ambrose Etchepare, sheepherder · Lacey Frandsen, PT
            ▸ START ■ STOP 97112 NEUROMUSCULAR RE-ED = 22 MIN · 1:1
            Otago balance retraining progressed: tandem walk along the counter, one-leg stand without a hand, sideways walking and heel walking
            Postural sway and a late stepping reaction; he went down in the lambing shed
            30-second chair stand 9; Berg 46/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SPL Boise, the Copenhagen adductor plank with its dose as 97110; groin weakness after a strain; load, sets and holds: passes.
        ["v3-h172-spl-copenhagen-plank-dose"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — BOWN CROSSING, BOISE
            SESSION REPORT · Athlete: Reid Castellanos (age 27, whitewater kayaker) · Clinician: Mateo Arriaga, PT
            BLOCK A · 97110 TherEx · 18 min
            Work: Copenhagen adductor plank, short lever, 3 x 20 s holds each side; cable hip adduction 3 x 12 at 15 lb; Nordic hamstring lowers 3 x 5
            Limiter: L adductor strength after the groin strain; he can't brace in the boat for a hard edge
            """,
            ["S76.212D"], [PT("97110", 18)], []),

        // WCOPT Warrendale, Jill Ostrowicz-Penn's Maitland grade IV central PA glides T5–T7 with 97110 thoracic extension over the roll; each code with its minutes; thoracic stiffness; doses and degrees: passes.
        ["v3-h172-wcopt-maitland-grade-iv"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office
            Jill Ostrowicz-Penn, PT, DPT · Visit 6 of 12 | Kroll, Benita
            Billed: 97140 (12 min) / 97110 (24 min)
            Manual: Maitland grade IV central PA glides T5–T7, 3 bouts of 30 s; rib springing R
            Ex: thoracic extension over the foam roll 2x10; prone Y and T raises 3x10 at 2 lb; banded rows green 3x15
            Impairment: mid-thoracic stiffness and scapular weakness; the crossing guard can't turn to watch the traffic behind her
            Data: thoracic rotation R 38° (30° at eval)
            Next: add open books.
            """,
            ["M54.6"], [PT("97140", 12), PT("97110", 24)], []),

        // MRCH ITP Owatonna OT session, constraint-induced shaping tasks with the R arm (cast on the L) for 97530; R hemiplegic CP; grasp counts and the Box and Block: passes.
        ["v3-h172-mrch-cimt-shaping-ot"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE · Session: ☐ AM ☒ PM
            Treating therapist this session: Merritt Oyelaran, OTR/L
            This session only: 97530 · 21 min
            Targets: R hand grasp and release with R hemiplegic CP; he wants to climb the monkey bars at recess
            Activities: CIMT shaping tasks with the L cast on — pegs into the board, clothespins onto the rim, pulling the scarf out of the tube, then hanging from the low bar with both hands
            Data: Box and Block R 14 (9 on day 1); hung 6 sec with both hands
            """,
            ["G80.2"], [OT("97530", 21)], []),

        // PCPT Thibodaux, "Did: Bayou Balance level 4 per clinic protocol" as the only technique; deficit and measures present; 1:1 ticked: technique missing.
        ["v3-h172-pcpt-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Thibodaux
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 4 per clinic protocol
            For: R ankle proprioception after the sprain on the shrimp boat deck
            Numbers: SLS R 9 sec; Berg 51/56
            Annette Breaux, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // BCMC Sparta, Jonah Brightwater's bullets with LSVT BIG named and hypokinesia, seen one-on-one, but no number but the code and its minutes: measure missing.
        ["v3-h172-bcmc-lsvt-big-no-number"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT (SPARTA)
            Jonah Brightwater, PT, DPT (LSVT BIG certified) — seen one-on-one
            • 97112 — 23 min — LSVT BIG maximal daily exercises, floor-to-ceiling and side-to-side, then big steps over the line and big turns at the counter
            • Targets: hypokinesia and shuffling with Parkinson's disease; he freezes turning in the cranberry-marsh shed
            • Numbers: not taken today
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // PMG-MSK Grand Forks, a hockey referee who loses his line skating backward; 97112 with "1:1 with Leif"; perturbations on the slide board, backward crossovers on the foam line; table of Y-Balance and SLS: passes.
        ["v4-h172-pmg-referee-skating-backward"] = new(
            """
            CHARGES: 97112 (22 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, GRAND FORKS
            NEXT VISIT: add reactive cutting on the slide board.
            TODAY: 1:1 with Leif the whole block. Perturbations on the slide board in a skating stance; backward crossover stepping on the foam line; single-leg stance on the BOSU with stick catches.
            Problem: L knee proprioception after the MCL sprain; the hockey referee loses his line skating backward and catches an edge.
            | Test | Today | Eval |
            | SLS L eyes closed (sec) | 12 | 5 |
            | Y-Balance anterior L (cm) | 61 | 52 |
            Leif Ostby, PT, OCS
            """,
            ["S83.412D"], [PT("97112", 22)], []),

        // PTH Hillsville, a fiddler who steps short and catches his toe on the stage lip; 97116 with minute box and "Assist/Dist:"; passes.
        ["v4-h172-pth-fiddler-catches-his-toe"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and his wife
            97116 [ 19 ] min
            Gait training with the quad cane on the gravel drive and up and down the two porch steps, cueing heel strike and a longer L step
            Problem: short L step and L toe catch after the stroke; the fiddler catches his toe on the stage lip at the Galax convention
            Assist/Dist: SBA, 180 ft x 2 on gravel; porch steps with the rail, CGA
            Verlie Cox, PT
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // ORPT Decorah, "Clinical Findings:" left empty, interventions name no impairment; 1:1 Y; measures and grid minutes: deficit missing.
        ["v4-h172-orpt-clinical-findings-empty"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/01/2026
            Delivery: individual
            1:1 (Y/N): Y
            Interventions: foam stance with head turns, tandem on the beam, step-and-stick onto the Airex
            Clinical Findings:
            Objective Measures: Berg 47/56; tandem 9 sec
            Billing Grid:  97112 | Neuromuscular re-education | 22 min
            H. Lund, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // JWO Plymouth, "Area ▸" left empty: deficit missing; technique, measure and 1:1 ticked.
        ["v4-h172-jwo-area-empty"] = new(
            """
            JointWorks QuickNote · Plymouth · D. Yoder PT
            97112 ▸ 23m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ rocker board eyes closed, foam stance w/ ball tosses, lateral hops to a stick
            Area ▸
            # ▸ SLS L 9 s; Y-bal ant 59 cm
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NLMC Baxter, "Impairment: n/a" and the treatment lines name none; 1:1, device paste with numbers: deficit missing.
        ["v4-h172-nlmc-impairment-na"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, BAXTER
            TREATMENT NOTE · Pt: Orrin Tollefson · Clinician: Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1)
            Treatment: sensory reweighting on foam with eyes closed, weight shifts to lit targets on the platform, stepping over the line to a stop
            Impairment: n/a
            ▶ Imported device report — Biodex Balance SD (printed 12/01/2026 14:12)
               Overall stability index 2.1 | A/P 1.6 | M/L 1.2
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // BCH Kermit, "Goal #1 — get in and out of the tub …" with the deficit stated behind it (a late step and L hip abductor control); a PT's 97112 with "Attendance: 1:1, just her and me"; step-overs, foam reaches and perturbations; Berg and SLS: passes.
        ["v4-h172-bch-goal-tub-late-step"] = new(
            """
            BLACKBERRY CREEK HOSPITAL — NEUROLOGIC THERAPY CLINIC (KERMIT)
            Goal #1 — step over the tub wall without holding the towel bar
            Status: progressing
            Treated with: 97112 (23 min) — step-overs of the 12 inch hurdle to a stick, single-leg stance on the foam with reaches, perturbations at the pelvis
            Why: late stepping reaction and L hip abductor control after the stroke; she lists to the L on one leg
            How we know: Berg 43/56; SLS L 6 sec (2 at eval)
            Attendance: 1:1, just her and me
            Dr. Haskell Blevins, PT, DPT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // RSP Friday Harbor, day-first dates, "97112 NMR 10.00–10.23 (23') · 1:1"; seconds and metres a second, kilograms elsewhere: passes.
        ["v5-h172-rsp-seconds-and-gait-speed"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor · 01.12.2026
            Pt: Annike Solvang (68, 61 kg) · Tove Brekke, PT
            97112 NMR 10.00–10.23 (23') · 1:1 — nobody else in the room
            Perturbations on the foam, tandem on the dock-plank beam with head turns, stepping to cones on cue
            Problem: late step and sway after the vestibular neuritis; she wobbles on the ferry ramp
            Measures: tandem 12 s (7 s on 10.11.2026); 10MWT 1.08 m/s
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // SCMH Negaunee, "Measures (Last | Today): Berg 41 | 45; TUG 13.9 | 12.4"; foam and perturbations; 1:1 ticked: passes.
        ["v5-h172-scmh-last-today-columns"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT REHAB (NEGAUNEE)
            EPISODE A: gait and balance after L TKA · ICD-10: Z96.652, R26.81
            Timed: 97112 ▸ 23 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Tx: foam stance with head turns; step-and-stick onto the Airex with the L leading; perturbations at the pelvis
            Impairment: L knee proprioception and a late L step; the retired ore-dock worker can't trust the L on the icy drive
            Measures (Last | Today): Berg 41 | 45 · TUG 13.9 | 12.4 sec
            Completed by: Aino Makela, PT
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], []),

        // CST Stillwater geri visit, falls this week and a Berg; 1:1: Y; perturbations; sway: passes.
        ["v5-h172-cst-falls-count-and-berg"] = new(
            """
            CST GERI VISIT — Stillwater
            Pt: Opal Hensley (86) · Darnell Fry, PT
            Falls since last visit: 0 · Near-falls: 2 (both turning at the stove)
            1:1: Y
            97112 NMR 22 min: pushes at the pelvis in stride stance, turning in place to a stop on the clap, step-and-stick onto the foam
            Problem: sway and a late step on turns
            Berg 40/56 (36 at eval); 5xSTS 17.3 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // BHBR Greybull, "OBJ: steadier on the gravel today" — no number but the code and its minutes; 1:1, techniques and deficit: measure missing.
        ["v5-h172-bhbr-steadier-on-the-gravel"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (GREYBULL)
            Pt: Wendell Ruckman · Lacey Frandsen, PT
            ▸ START ■ STOP 97112 NEUROMUSCULAR RE-ED = 22 MIN · 1:1
            Rocker board A/P eyes closed; tandem on the foam beam; stepping over the hose to a stop
            Decreased proprioception both feet with the neuropathy; he can't feel the stirrup
            OBJ: steadier on the gravel today, wife agrees
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TVPT Dayton, "OBJECTIVE: deferred — arrived late from the elevator" — no number but the code and its minutes; delivery Y, techniques, deficit: measure missing.
        ["v5-h172-tvpt-objective-deferred"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: perturbations at the pelvis, foam stance with eyes closed and step-and-stick onto the Airex, to speed up his stepping reaction
            DEFICIT ADDRESSED: delayed stepping reaction and sway; the wheat farmer stumbles on the elevator scale deck
            OBJECTIVE: deferred — arrived late from the elevator
            NOTE TO REVIEWER: retest at next visit.
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LCPT Pender, the NNVC goal tracker with "Progress measure: not re-tested this visit" — no number but the code and its minutes; 1:1, techniques, deficit: measure missing.
        ["v5-h172-lcpt-not-retested"] = new(
            """
            NNVC GOAL TRACKER — Logan Creek Physical Therapy, Pender
            Goal: walk the church aisle to communion without holding the pews
            Codes/min: 97112 = 23 · delivered 1:1
            Worked on: perturbations in stride stance, tandem on foam with head turns, step-and-stick to the tape
            Why: sway and a late stepping reaction after the cerebellar stroke
            Progress measure: not re-tested this visit
            K. Schroeder, PT
            """,
            ["I69.393"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SNSS Jess Tran's string of loads and reps for 97110 ("8#", "3x12", "ea"); R knee quad weakness; doses as the measure: passes.
        ["v5-h172-snss-jess-loads-strung"] = new(
            """
            snss german village  j tran pta
            97110 21 min  leg press 70# 3x12  lat step ups 6in 3x10 ea  tke green band 3x15  sl rdl 8# 3x8 ea
            R quad + glute med weakness after R tka  line cook can't squat to the lowboy
            """,
            ["Z96.651"], [PTA("97110", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // DRCH Thedford, "Time: 97110 = 23 min; 97116 = 15 min" on a two-code visit; exercises with doses and gait with distance and assist; knee weakness and gait: passes.
        ["v6-h172-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — OP PT Daily Note — Rx #1
            Seen by: Darlene Vrbka, PT · Pt: Elmer Haney (79), windmill repairman
            Ex: sit-to-stand from the low chair 3x10; step-ups on the 6 inch step 3x10; standing hip abduction 3x12 with 3 lb
            Gait: rolling walker to single-point cane in the hall and up the ramp, cueing a longer R step; 200 ft x 2, SBA
            Problem: R quad and hip weakness after the R TKA; he can't climb the windmill ladder or walk the pasture lane
            Time: 97110 = 23 min; 97116 = 15 min
            """,
            ["Z96.651"], [PT("97110", 23), PT("97116", 15)], []),

        // SCLH Helga Lindqvist's float note, "Timed code minutes: 97116 = 18 / 97112 = 22" with "☑ Pt treated 1:1 for timed codes"; both codes' content present: passes.
        ["v6-h172-sclh-helga-timed-code-minutes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · neuro clinic (float: H. Lindqvist, PT)
            ☑ Pt treated 1:1 for timed codes
            Gait: hemi-walker to quad cane along the Pav B corridor with a metronome for cadence; 150 ft x 3, CGA
            NMR: step-and-stick onto foam R leading, weight shifts onto the R to targets, reactive steps to pushes at the pelvis
            Impairment: R hemiparesis, poor R weight acceptance and a late R step after the L CVA
            Objective: FGA 13/30; gait speed 0.61 m/s
            Timed code minutes: 97116 = 18 / 97112 = 22
            """,
            ["I69.351"], [PT("97116", 18), PT("97112", 22)], []),

        // ORPT Waukon, the Billing Grid's default 15 left on a 26-minute 97112 line: a true mismatch of eleven minutes; everything else present.
        ["v6-h172-orpt-grid-default-fifteen"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/01/2026
            Delivery: individual
            1:1 (Y/N): Y
            Interventions: perturbations at the pelvis, tandem on the beam with head turns, step-and-stick onto the foam
            Clinical Findings: sway and a late step; the hog-barn manager slips on the wet alley
            Objective Measures: Berg 45/56; tandem 8 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // OCM Hawkinsville rev. C, a clock in–out on each of two codes' lines (97112 10:04–10:27, 97110 10:27–10:40): 23 and 13 minutes match: passes.
        ["v6-h172-ocm-two-clock-lines"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville · post-TPE template rev. C
            Pt: Lula Gaskins · Marcus Pye, PT · DOS 12/01/2026
            97112 Neuromuscular re-ed    in 10:04  out 10:27
            97110 Therapeutic exercise   in 10:27  out 10:40
            [X] 1:1 constant attendance  [ ] concurrent  [ ] group
            NMR: perturbations in stride stance, foam stance with head turns, tandem on the beam
            TherEx: sit-to-stand 3x10, heel raises 3x15, side-stepping with the red band 3x20 ft
            Impairment: sway and a late step; hip and calf weakness both legs
            Measure: Berg 46/56; 5xSTS 14.8 sec
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // LCPT Wisner goal tracker, "Codes/min: 97530 = 17, 97110 = 12" on a two-code visit; functional task practice and exercise with doses: passes.
        ["v6-h172-lcpt-codes-min-two"] = new(
            """
            NNVC GOAL TRACKER — Logan Creek Physical Therapy, Wisner
            Goal: carry the egg basket from the coop to the house without the cane
            Codes/min: 97530 = 17, 97110 = 12
            Worked on: carrying a 10 lb basket 60 ft x 4 over the gravel and the door sill, floor-to-stand for the dropped egg carton x 5; then bridges 3x12 and step-ups 3x10 on the 6 inch step
            Why: hip extensor weakness and a short L step after the L hip fracture
            Progress measure: carried 60 ft with SBA (CGA last week); 30-sec chair stand 10
            K. Schroeder, PT
            """,
            ["S72.002D"], [PT("97530", 17), PT("97110", 12)], []),

        // PMG-MSK East Grand Forks, "CHARGES: 97140 (12 min) / 97110 (24 min)" on a visit billed 97110 for 13: an eleven-minute mismatch on the 97110 line; content present.
        ["v6-h172-pmg-charges-line-97110-off"] = new(
            """
            CHARGES: 97140 (12 min) / 97110 (24 min)
            PEMBINA MULTISPECIALTY GROUP — MSK CLINIC, EAST GRAND FORKS
            NEXT VISIT: progress to overhead pressing.
            TODAY: posterior glides to the R GH joint grade III, 3 bouts; then sidelying ER 3x12 at 2 lb, rows with the blue band 3x15, wall slides 2x10.
            Problem: R shoulder stiffness and cuff weakness; the grain-elevator manager can't reach the top of the bin ladder.
            | Test | Today | Eval |
            | Shoulder flexion R (deg) | 148 | 120 |
            Rosa Echeverría, PT
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 13)], [At(Mismatch, "97110")]),

        // BCMC Tomah, Teodora Vance's one bracketed heading "97112 NEUROMUSCULAR RE-EDUCATION [24 min]" on a visit also billed 97110 with no minutes of its own: separate time missing; content of both present.
        ["v6-h172-bcmc-one-heading-two-codes"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT (TOMAH)
            Teodora Vance, PT, DPT, NCS
            Delivery: ☒ 1:1 ☐ concurrent ☐ group
            97112 NEUROMUSCULAR RE-EDUCATION [24 min]
            Step-and-stick onto foam R leading; reactive steps to pushes; tandem on the skywalk tape line with head turns.
            Then therapeutic exercise: sit-to-stand 3x10, bridges 3x12, R hip abduction in sidelying 3x10.
            Neuro impairments: R hemiparesis with a late R step; R hip weakness.
            Measures: Berg 44/56; 5xSTS 15.1 sec.
            Response/plan: progress.
            """,
            ["I69.351"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // LERB Dumas, "Minutes by CPT: 97112 = 23, 97110 = ___" with the 97110 blank left: separate time missing; both codes' content present.
        ["v6-h172-lerb-second-minute-blank"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            Panhandle Seniors Choice (HMO) · AUTH # PS-26-31177 · visit 7 of 12 authorized
            Pt: Vernon Stuckey · Dale Hobart, PT
            Attendance: 1:1
            Skilled interventions (with rationale): pushes at the pelvis and step-and-stick onto the foam to quicken his step; sit-to-stand 3x10 and step-ups 3x10 for leg strength
            Functional deficit driving medical necessity: late protective step, sway and quad weakness; he fell in the co-op parking lot
            Objective data for reviewer: Berg 45/56; 5xSTS 15.9 sec
            Minutes by CPT: 97112 = 23, 97110 = ___
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], [SepTime]),

        // QUH Putnam APSO with only "Total timed 38 min" in the BILLING block for a 97112 and a 97110: separate time missing; content present, one-on-one stated.
        ["v6-h172-quh-billing-total-only"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Improving stepping reaction; R hip still weak.
            P: Continue NMR and strengthening.
            S: "I missed the library step stool again." — school librarian
            O: Seen one-on-one. Perturbations at the pelvis, step-and-stick onto the foam, tandem with head turns; clamshells 3x15 red band, sit-to-stand 3x10. Late step and R hip abductor weakness. Berg 47/56.
            BILLING: 97112, 97110 — Total timed 38 min
            Simon Marchetti, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings, wholly generic notes

        // An empty note on a 97112 line: note missing, nothing else (the diagnosis is there).
        ["v7-h172-empty-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Spaces and line breaks only on a two-code visit (97116 and 97110): note missing on each line.
        ["v7-h172-whitespace-two-codes"] = new(
            "   \n\n   ",
            ["Z96.652"], [PTA("97116", 18), PTA("97110", 12)], [At(NoteMissing, "97116"), At(NoteMissing, "97110")]),

        // An empty OT 97530 note with no diagnosis: note missing and diagnosis missing.
        ["v7-h172-empty-ot-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // WHCC OT 97530, the contract's meaning: functional activities — toilet transfer practice, reaching into the closet, standing at the sink for grooming — with assist levels; the resident's goal: passes.
        ["v7-h172-whcc-ot-97530-toilet-transfers"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — resident rm 214
            Res: Merle Gorsuch · Ann-Marie Tibbetts, OTR/L
            Delivery: [x] individual [ ] concurrent [ ] group
            97530 x 22 min
            Toilet transfers w/c to raised seat x 4, reaching to the top closet shelf for her cardigan x 6, standing at the sink for hair and teeth
            Problem: R shoulder and trunk weakness, poor standing tolerance; she wants to get to cribbage after lunch without the CNA
            Transfers minimal assist → CGA; stood 3 trials at the sink, CGA
            """,
            ["M62.81", "R26.89"], [OT("97530", 22)], []),

        // NPD late entry, 97140 in the contract's meaning: soft-tissue mobilisation of the R upper trap and joint mobilisation of the first rib; neck stiffness; rotation degrees: passes.
        ["v7-h172-npd-97140-first-rib"] = new(
            """
            LATE ENTRY — written Tue 12/01/2026 evening for Tue 12/01/2026 — B. Petrescu, PT
            97140 x 12 min
            Manual: soft-tissue mobilization R upper trap and levator, first-rib inferior mobilization grade III, 3 bouts
            Deficits: R neck rotation stiffness and upper-trap guarding; the L motorman can't look back at the platform
            Result: cervical rotation R 60° after (48° before)
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PTH Wytheville, 97116 in the contract's meaning: walker gait over thresholds and the porch ramp with distance and assist: passes.
        ["v7-h172-pth-97116-ramp-and-thresholds"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Wytheville · Present: pt and her granddaughter
            97116 [ 18 ] min
            Gait training with the rolling walker over the kitchen and bathroom thresholds and down the porch ramp, cueing a full step-through on the L
            Problem: short L step and L foot drag after the hip fracture; she can't get to the mailbox at the road
            Assist/Dist: 120 ft x 3 with SBA; ramp x 2 with CGA
            Bettie Quesenberry, PTA
            """,
            ["S72.002D"], [PTA("97116", 18)], []),

        // CFPT Sparta 97110 in the contract's meaning: strengthening exercises for the hip and knee with sets, reps and load; L hip weakness: passes.
        ["v7-h172-cfpt-97110-hip-strengthening"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA
            PT: LOFTIS, REBA   DOS: 12/01/2026
            CPT 97110 X 14 MIN
            TX: SIDELYING HIP ABDUCTION 3X12 @ 3 LB, BRIDGES 3X15, MINI SQUATS AT THE COUNTER 3X10, HEEL RAISES 3X15
            IMP: L HIP ABDUCTOR AND QUAD WEAKNESS AFTER THE L THA; TRENDELENBURG LIMP IN THE GREENHOUSE
            OBJ: SLS L 5 SEC
            T. GRISSOM PT
            """,
            ["Z96.642"], [PT("97110", 14)], []),

        // LCRT Holbrook, "Svc: NMR 97112 | Time: 22 minutes | 1:1: Y" over nothing but "balance training, tolerated well, continue POC": technique, generic, deficit and measure.
        ["v7-h172-lcrt-generic-balance-training"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: balance training
            Problem: balance
            Measure: tolerated well
            Plan: continue POC
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // SNSS Brent Halloran's two-code quick note of "ther ex" and "manual" with each code's minutes and nothing else: technique, generic, deficit and measure on each line; separate time given.
        ["v7-h172-snss-brent-generic-two-codes"] = new(
            """
            97110 15 min  ther ex per plan  97140 10 min  manual per plan  pt tolerated tx well  cont poc.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // WRPT Eureka Springs, Kacey Ormsby (PTA), "[X] 1:1" with "just me and Mr. Heflin"; foam, pushes, tandem; late step; Berg and pushes: passes.
        ["vord-h172-wrpt-kacey-heflin"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/01/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group — just me and Mr. Heflin
            What we did: pushes at the pelvis in stride stance, foam stance with eyes closed, tandem walking on the beam with head turns
            Why: late stepping reaction and sway; he missed a step on the Spring Street stairs
            Numbers: Berg 47/56; 8 of 10 pushes caught with one step
            [CO: resolved LM]
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // WRPT Green Forest, Dwight Kemper (OTR/L) 97530: laundry-basket carry and reaching into the dryer, with the load and assist; R shoulder weakness: passes.
        ["vord-h172-wrpt-dwight-laundry-97530"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/01/2026 — Dwight Kemper, OTR/L
            Svc: 97530 Therapeutic activities — 20 min
            What we did: carrying the laundry basket (8 lb) from the washer to the bed x 5, reaching into the dryer drum from a half-kneel, folding towels standing at the counter
            Why: R shoulder weakness and poor standing tolerance after the rotator-cuff repair; she wants to do her own wash again
            Numbers: carried 8 lb x 5 trips with SBA; folded 12 towels standing, no rest break
            """,
            ["M75.121"], [OT("97530", 20)], []),

        // WRPT Berryville, Joel Tackett's two-code note, "Svc: 97112 NMR — 23 min / 97110 TherEx — 12 min"; both with content; 1:1 ticked: passes.
        ["vord-h172-wrpt-joel-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville (on the square)
            Daily note 12/01/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min / 97110 TherEx — 12 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: NMR — rocker board eyes closed, step-and-stick onto the Airex, tandem with head turns; TherEx — heel raises 3x15, step-ups on the 6 inch step 3x10, banded side-steps 3x20 ft
            Why: L ankle proprioception and calf weakness; the trail guide rolls it on the Lake Leatherwood rocks
            Numbers: SLS L 10 sec; rocker 13 sec
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 12)], []),

        // QBRH Lubec, Nora Cobb, delivery ticked Individual; gaze stabilization and habituation; vestibular hypofunction; outcome and score filled: passes.
        ["vord-h172-qbrh-nora-gaze-dgi"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 viewing on the busy card standing on foam; walking the hall with vertical head turns; feet together on foam eyes closed
            IMPAIRMENT: R vestibular hypofunction; the sardine-cannery retiree veers on the breakwater when the wind gusts
            OUTCOME MEASURE: DGI  SCORE: 18/24
            Nora Cobb, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // QBRH Calais, Lucienne Dufour (PTA) 97116 in capitals with distance and assist; antalgic gait after hip fracture: passes.
        ["vord-h172-qbrh-lucienne-gait"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97116 GAIT TRAINING — 19 MIN
            INTERVENTIONS: rolling walker to straight cane in the corridor and on the parking-lot ramp, cueing equal step length and heel strike on the R
            IMPAIRMENT: antalgic R gait, short L step after the R hip ORIF
            OUTCOME MEASURE: distance  SCORE: 250 ft x 2 with straight cane, SBA
            Lucienne Dufour, PTA
            """,
            ["S72.001D"], [PTA("97116", 19)], []),

        // IVBPT El Centro, Rosalba Quezada, "97112 — 23 min · 1:1", Ledgerline's "{{CLEARED — KM}}"; perturbations and foam; sway; Berg: passes.
        ["vord-h172-ivbpt-rosalba-cleared"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — El Centro
            DOS 12/01/2026 · Rosalba Quezada, PT, DPT
            97112 — 23 min · 1:1, nobody else in the room
            Tx: perturbations at the pelvis in stride stance; foam stance with head turns; step-and-stick onto the Airex
            Deficit: sway and a late step; the lettuce-shed forklift driver misses the step down from the cab
            Numbers: Berg 46/56; 7 of 10 perturbations caught with one step
            {{CLEARED — KM}}
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // IVBPT Holtville, X. Saldívar (OTR/L) 97530: kitchen tasks standing with the walker, with reps and assist; L hemiparesis: passes.
        ["vord-h172-ivbpt-ximena-kitchen"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — Holtville
            DOS 12/01/2026 · X. Saldívar, OTR/L
            97530 — 21 min
            Tx: standing at the counter making tortillas with the L hand stabilizing the bowl; reaching to the upper cabinet x 8; carrying a pot two-handed 10 ft x 4
            Deficit: L arm weakness and standing balance after the R stroke; she wants to cook for her grandchildren
            Numbers: reached upper cabinet 8 of 8 with SBA; carried the pot x 4, CGA
            {{CLEARED — KM}}
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // TVPT Waitsburg, Owen Takacs, "One-on-one for the entire billed service? Y"; rhythmic stabilization and foam; ataxia; SARA: passes.
        ["vord-h172-tvpt-owen-ataxia"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rhythmic stabilization in tall kneeling, heel-to-shin slides to a target, tandem on the tape line with head turns, for trunk and limb ataxia
            DEFICIT ADDRESSED: truncal ataxia and dysmetria after the cerebellar stroke; he can't walk the feedlot alley without the fence
            OBJECTIVE: SARA 12/40 (15 at eval); tandem 9 steps
            NOTE TO REVIEWER: progressing, continue.
            Owen Takacs, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // LERB Hereford, Dale Hobart with "Attendance: 1:1" typed over the select, "Minutes by CPT: 97112 = 22"; foam and pushes; late step; Berg: passes.
        ["vord-h172-lerb-hereford-auth"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            Staked Plains Senior Advantage (HMO) · AUTH # SP-26-24418 · visit 5 of 12 authorized
            Pt: Rufina Salcido · Dale Hobart, PT
            Attendance: 1:1
            Skilled interventions (with rationale): foam stance with eyes closed and head turns, step-and-stick onto the Airex, pushes at the pelvis, to quicken her stepping reaction
            Functional deficit driving medical necessity: late protective step and sway; she fell at the sale barn bleachers
            Objective data for reviewer: Berg 43/56; 6 of 10 pushes caught
            Minutes by CPT: 97112 = 22
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // OCM Fort Valley rev. C, 97116 with the clock in–out 11:00–11:19 on its line; gait with distance and assist: passes.
        ["vord-h172-ocm-gait-clock"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley · post-TPE template rev. C
            Pt: Emory Whitlock · Rhonda Akins, PT · DOS 12/01/2026
            97116 Gait training    in 11:00  out 11:19
            Technique: quad cane gait in the hall and over the peach-shed threshold, cueing R heel strike and a longer L step
            Impairment: R foot drop and a short L step after the stroke
            Measure: 200 ft x 2 with quad cane and R AFO, SBA; gait speed 0.52 m/s
            """,
            ["I69.351"], [PT("97116", 19)], []),

        // PCPT Houma, Cleo Robichaux's two-code note: "Code 97112 … 22 min" and "Code 97110 … 13 min"; one-on-one ticked; both codes' content: passes.
        ["vord-h172-pcpt-cleo-two-codes"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Houma
            Code 97112 Neuro re-ed ........ 22 min
            Code 97110 Ther ex ............ 13 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — perturbations on the foam, tandem on the beam with head turns, rocker board eyes closed; ther ex — sit-to-stand 3x10, heel raises 3x15, bridges 3x12
            For: sway and a late step; leg weakness both sides; the crawfish-pond farmer slips on the levee
            Numbers: Berg 45/56; 5xSTS 15.4 sec
            Cleo Robichaux, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // MBOG Nyssa, "→ 97112 · 22 min · 1:1" under a primary outcome and an STG; perturbations and foam; sway; "▸ measured by:" Berg: passes.
        ["vord-h172-mbog-stg-progressing"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Nyssa
            PRIMARY OUTCOME: walk the onion-shed floor without reaching for the bins
            STG 1: Berg ≥ 48/56 — PROGRESSING
            → 97112 · 22 min · 1:1 · pushes at the pelvis, foam stance with head turns, step-and-stick onto the Airex
            Impairment: delayed stepping reaction and sway
            ▸ measured by: Berg 46/56 (42 at eval)
            Ignacio Barragán, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MBOG Vale, "→ 97140 · 11 min · …" manual to the L ankle with talocrural glides; dorsiflexion degrees: passes.
        ["vord-h172-mbog-ankle-manual"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Vale
            PRIMARY OUTCOME: squat to check the irrigation siphons
            STG 2: L ankle dorsiflexion ≥ 10° — PROGRESSING
            → 97140 · 11 min · posterior talocrural glides grade III, 3 bouts, and soft-tissue mobilization to the L gastroc-soleus
            Impairment: L ankle dorsiflexion stiffness after the fracture
            ▸ measured by: dorsiflexion L 8° (2° at eval)
            Rosalind Quenneville, PT
            """,
            ["S82.892D"], [PT("97140", 11)], []),

        // BCH Matewan, 97116 "Treated with: 97116 (21 min) — …" with distance and assist under a goal: passes.
        ["vord-h172-bch-gait-church-steps"] = new(
            """
            BLACKBERRY CREEK HOSPITAL — NEUROLOGIC THERAPY CLINIC (MATEWAN)
            Goal #2 — walk from the car to the church pew with the cane
            Status: progressing
            Treated with: 97116 (21 min) — cane gait on the hospital lot and up the 4 front steps with the rail, cueing R knee flexion in swing
            Why: R stiff-knee gait and toe drag after the stroke
            How we know: 300 ft with the cane, SBA (CGA last week); steps with the rail, CGA
            Dr. Haskell Blevins, PT, DPT
            """,
            ["I69.351"], [PT("97116", 21)], []),

        // LCPT West Point goal tracker, "Codes/min: 97112 = 22 · delivered 1:1"; foam and perturbations; proprioception; SLS: passes.
        ["vord-h172-lcpt-west-point"] = new(
            """
            NNVC GOAL TRACKER — Logan Creek Physical Therapy, West Point
            Goal: walk the feedlot bunk line without a hand on the rail
            Codes/min: 97112 = 22 · delivered 1:1
            Worked on: rocker board A/P eyes closed, foam stance with ball tosses, lateral perturbations
            Why: R ankle proprioception after the sprain in the cattle chute
            Progress measure: SLS R 11 sec (4 at eval)
            K. Schroeder, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // SCVH Monte Vista, Aspenline's "Supervision/Delivery: 1:1, PT only", target impairment typed, "Timed Codes: 97112 — 23 min": passes.
        ["vord-h172-scvh-monte-vista"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PT only
            Interventions: X1 viewing standing on foam; walking with head turns to a stop on cue; feet-together on foam eyes closed
            Target impairment: L vestibular hypofunction; the potato-warehouse worker veers turning in the aisles
            Outcome: DGI 19/24
            Timed Codes: 97112 — 23 min
            Gil Trujillo, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PSTG Pocomoke City, a complete note whose diagnosis column carried over as "#Error": diagnosis not well formed; the note passes everything else.
        ["vord-h172-pstg-dx-hash-error"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 12/01/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board eyes closed, tandem along the foam lane with head turns, step-and-stick onto the Airex
            Impairments Addressed: L ankle proprioception; the crab picker rolls it on the wet dock
            Measurables: SLS L 9 sec; Berg 50/56
            97112 Neuromuscular Re-ed — 22 min
            R. Kellam, PT
            """,
            ["#Error"], [PT("97112", 22)], [Dx]),

        // RSP Mount Vernon, 97110 with kilograms and a dotted date, "97110 TherEx 08.30–08.44 (14')": passes.
        ["vord-h172-rsp-therex-kilograms"] = new(
            """
            Rosario Strait Physiotherapy — Mount Vernon · 01.12.2026
            Pt: Hallvard Ness (71, 84 kg) · Tove Brekke, PT
            97110 TherEx 08.30–08.44 (14')
            Leg press 40 kg 3x12; step-ups onto the 20 cm box 3x10; hip abduction with the 2 kg cuff 3x12
            Problem: L quad and glute weakness after the L TKA; he can't step up onto the tulip-field trailer
            """,
            ["Z96.652"], [PT("97110", 14)], []),

        // BHBR Worland, 97116 "= 19 MIN" row; walker gait with distance and assist: passes.
        ["vord-h172-bhbr-gait-row"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (WORLAND)
            Pt: Delbert Ashworth · Lacey Frandsen, PT
            ▸ START ■ STOP 97116 GAIT TRAINING = 19 MIN
            Front-wheeled walker to cane on the hall carpet and the sugar-beet plant's ramp mock-up, cueing a full L step-through
            Short L step and L hip drop after the hip fracture
            150 ft x 3 with the cane, SBA; ramp with the rail, CGA
            """,
            ["S72.002D"], [PT("97116", 19)], []),

        // PTH Galax, "Present: pt, her husband and the dog"; "97112 [ 23 ] min · 1:1"; couch-cushion foam and kitchen-counter tandem; sway; Berg: passes.
        ["vord-h172-pth-galax-dog-present"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt, her husband and the dog
            97112 [ 23 ] min · 1:1 — husband in the den, only she was treated
            Foam cushion stance with eyes closed at the counter; tandem along the kitchen counter with head turns; step-and-stick off the back-porch step
            Problem: sway and a late step; she tripped on the hall runner
            Assist/Dist: CGA → SBA on foam; Berg 44/56; tandem 7 sec
            Verlie Cox, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // STBF Ithaca, "just the two of us in the gym"; "Time: 97112 — 22 min": passes.
        ["vord-h172-stbf-two-of-us"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Ithaca
            Mr. Ruben Albrecht, retired bus mechanic
            What we worked on: just the two of us in the gym — step-and-stick onto the foam, perturbations at the shoulders, walking with head turns to a stop
            Why: late stepping reaction and sway after the vestibular neuritis
            How he did: FGA 20/30; 7 of 10 perturbations with one step
            Time: 97112 — 22 min
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // SCMH Ishpeming, two codes "Timed: 97112 ▸ 22 min · 97110 ▸ 12 min", ticked 1:1; both codes' content; Last | Today: passes.
        ["vord-h172-scmh-two-codes"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT REHAB (ISHPEMING)
            EPISODE A: balance after a fall on the ice · ICD-10: R26.81
            Timed: 97112 ▸ 22 min · 97110 ▸ 12 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Tx: NMR — foam stance with eyes closed, step-and-stick, perturbations in stride; ex — sit-to-stand 3x10, heel raises 3x15
            Impairment: sway and a late step; calf and quad weakness
            Measures (Last | Today): Berg 44 | 47 · 5xSTS 15.0 | 13.6 sec
            Completed by: Aino Makela, PT
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 12)], []),

        // CST Enid 97116 with distance, assist and near-falls count: passes.
        ["vord-h172-cst-gait-enid"] = new(
            """
            CST GERI VISIT — Enid
            Pt: Wilma Kreider (83) · Darnell Fry, PT
            Falls since last visit: 0 · Near-falls: 1
            97116 gait 18 min: rollator gait in the hall and across the dining-room carpet, cueing upright posture and a longer step; turns around the cones
            Problem: forward flexed gait and short steps; she catches her toe on the carpet edge
            180 ft x 2 with the rollator, SBA
            """,
            ["R26.89"], [PT("97116", 18)], []),

        // CFPT Smithville 97110 in capitals with sets, reps and load: passes.
        ["vord-h172-cfpt-therex-capitals"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE
            PT: HOLLIS, GARY   DOS: 12/01/2026
            CPT 97110 X 16 MIN
            TX: SHOULDER FLEXION WAND 2X15, SIDELYING ER 3X12 @ 2 LB, ROWS BLUE BAND 3X15, WALL SLIDES 2X10
            IMP: R SHOULDER WEAKNESS AND STIFFNESS AFTER CUFF REPAIR; CAN'T LIFT THE FLATS AT THE NURSERY
            OBJ: FLEX R 140 DEG
            T. GRISSOM PT
            """,
            ["M75.121"], [PT("97110", 16)], []),

        // SHT TxtChart with "[9:05a]" stamps, "1:1 — daughter at work, just us"; "97112 23m": passes.
        ["vord-h172-sht-txtchart"] = new(
            """
            TxtChart · Saguaro Home Therapy · R. Valenzuela PT · home visit, Eloy
            [10:15a] 1:1 — daughter at work, just me and Mrs. Ybarra
            [10:16a] 97112 23m: tandem along the hallway, foam cushion stance eyes closed, pushes at the hips in stride stance
            [10:17a] problem: sway + late step, fell in the carport
            [10:18a] Berg 42/56, tandem 5 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SCLH Nathaniel Osei-Bonsu's first-person note, "I treated him one-on-one the whole time": passes.
        ["vord-h172-sclh-nathaniel-first-person"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Timed: 97112 — 22 min
            Delivery: I treated Mr. Kowal one-on-one the whole time.
            Tx: I had him do D2 flexion patterns standing on the foam, then rhythmic stabilization in half-kneeling and reactive steps to my pushes.
            Impairment: trunk postural control and R motor recruitment after the stroke.
            Objective: Mini-BESTest 18/28.
            A/P: progressing.
            N. Osei-Bonsu, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // LMPT "Code: 97112 | Min: 22 | Attendance: (x) 1:1 …": passes.
        ["vord-h172-lmpt-visit-form"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: rocker board eyes closed, single-leg stance on the BOSU with ball catches, lateral hops to a stick
            Why: L ankle proprioception after the sprain; the dog walker rolls it on the curbs
            #s: SLS L 12 sec; Y-Balance anterior L 60 cm
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // NPD Bogdan's late entry, "97112 x 23 min", "1:1: yes": passes.
        ["vord-h172-npd-late-entry-nmr"] = new(
            """
            LATE ENTRY — written Tue 12/01/2026 for Mon 11/30/2026 — B. Petrescu, PT
            97112 x 23 min
            1:1: yes, whole block
            Tx: perturbations at the pelvis, foam stance with head turns, tandem walk on the line
            Deficits: sway and delayed stepping reaction; the retired L motorman grabs the pole on the bus
            Result: Berg 48/56; TUG 10.7 sec
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLPT Stonington S:/O:/A:/P:, "☒ 1:1 ☐ group", "Billed: 97112 (23 min)": passes.
        ["vord-h172-hlpt-lobsterman"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            P. Sargent, PT, DPT · 12/01/2026
            S: Slipped on the wharf ladder hauling traps.
            O: ☒ 1:1 ☐ group
            Rocker board A/P and M/L eyes closed, foam stance with the medicine ball toss, stepping over the trap rope to a stop.
            L ankle proprioception and a slow ankle strategy.
            SLS L 9 sec; rocker 13 sec.
            A: Better on the rocker.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // LMH Warren, "Timed Procedures / 97112 Neuromuscular Re-ed: 22 Minutes", delivery typed "Individual, 1:1": passes.
        ["vord-h172-lmh-warren"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 22 Minutes
            Delivery: Individual, 1:1
            NMR: X1 viewing standing on foam, walking with horizontal head turns, feet together on foam eyes closed.
            Problem: R vestibular hypofunction; the auto-parts clerk gets dizzy turning down the aisles.
            Objective: DGI 17/24; FGA 19/30.
            Dariusz Nowicki, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // LCRT Winslow, "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y" with real content: passes.
        ["vord-h172-lcrt-railroad-welder"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: perturbations on the foam, tandem on the beam with head turns, step-and-stick off the 6 inch step
            Problem: R ankle proprioception and a late step; the railroad welder rolls it on the ballast
            Measure: SLS R 8 sec; Berg 50/56
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // JWO Warsaw QuickNote, "1:1 ▸ ☒ Y ☐ N", content in each field: passes.
        ["vord-h172-jwo-warsaw"] = new(
            """
            JointWorks QuickNote · Warsaw · K. Amstutz PT
            97112 ▸ 23m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ foam stance eyes closed, tandem walk w/ head turns, pushes at the hips
            Area ▸ sway + late step; RV-plant sander loses it on the line
            # ▸ Berg 47/56; tandem 9 s
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // RPT Merle Vankirk's one dense line with "1:1" in it: passes.
        ["vord-h172-rpt-dense-line-one-to-one"] = new(
            """
            Rawhide PT — M. Vankirk PT (Lusk): Dolores Yoakum, ranch cook, 97112 22 min 1:1; foam stance eyes closed, tandem on the beam, pushes at the pelvis; late step & sway since the fall off the bunkhouse step; Berg 45/56, tandem 7 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SHMC "ALL SECTIONS REQUIRED" with every section filled: passes.
        ["vord-h172-shmc-all-sections"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — OUTPATIENT NEUROLOGIC REHABILITATION
            NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            Identity verified with two identifiers: yes. Allergies reviewed: penicillin. Precautions: fall risk.
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: [X] Individual [ ] Group
            INTERVENTIONS: PNF D1 and D2 patterns standing on foam, rhythmic stabilization in half-kneeling, step-and-stick.
            IMPAIRMENTS ADDRESSED: trunk postural control and L motor recruitment after the stroke.
            OUTCOME MEASURES: Berg 41/56; Mini-BESTest 16/28.
            ATTESTATION: I personally furnished the services above. — Luis Ochoa-Brandt, PT, DPT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // SPL McCall, "BLOCK A · 97112 NMR · 22 min", "☑ 1:1 ☐ semi-private", a force-plate paste: passes.
        ["vord-h172-spl-nordic-skier"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Signe Aalto (age 24, Nordic ski racer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 22 min
            Attendance: ☑ 1:1 ☐ semi-private
            Work: lateral skater hops to a stick on the foam, single-leg perturbations with band pulls at the knee
            Limiter: L knee dynamic valgus and late landing control after the MCL sprain
            DATA PASTE ▼
            Hawkin Dynamics — single-leg landing L: time to stabilisation 1.18 s | R 0.91 s
            """,
            ["S83.412D"], [PT("97112", 22)], []),

        // NLMC Crosby OT 97530, Delphine Ostrowski: dressing and tackle-box reach tasks with assist: passes.
        ["vord-h172-nlmc-ot-ice-house"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER, CROSBY
            TREATMENT NOTE · Pt: Arvid Sather · Clinician: Delphine Ostrowski, OTR/L
            Service: 97530 Therapeutic activities — 20 minutes
            Treatment: standing to pull on his snow pants and boots, reaching down for the tackle box and up to the shelf, carrying the auger bag 30 ft x 3
            Impairment: standing balance and R hip weakness; the ice-fishing guide can't dress for the ice house without sitting
            Dressed standing with SBA (CGA last week); 3 carries without a loss of balance
            """,
            ["R26.81", "M62.81"], [OT("97530", 20)], []),

        // HDNR Prineville, "97112 neuro re-ed: 22 min | 1:1" with a BalanceTutor paste: passes.
        ["vord-h172-hdnr-cider-press"] = new(
            """
            HIGH DESERT NEURORECOVERY — PRINEVILLE
            Visit note | Eamon Gallagher, PT | Pt: Tessa Knapp (cider press)
            97112 neuro re-ed: 22 min | 1:1
            What I did: BalanceTutor perturbation treadmill, backward and lateral shifts, stepping with the R leading
            Why: late R protective step after the L stroke
            Device paste:
              [BalanceTutor] Level 3 | Perturbations delivered 28 | Stepping responses 21
            FGA 18/30 today.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // HDNR Bend, a PT's 97112 and an OT's 97530 on one visit, each with its minutes: passes.
        ["vord-h172-hdnr-pt-and-ot"] = new(
            """
            HIGH DESERT NEURORECOVERY — BEND
            Visit note | Ruthanne Keel, PTA / Sol Márquez, OTR/L | Pt: Dale Orcutt (lift operator)
            97112 neuro re-ed: 22 min | 1:1 — step-and-stick onto foam R leading, reactive steps to pushes, tandem with head turns
            97530 [ 18 ] min — standing at the counter to sort tools with the R hand, reaching overhead to the pegboard x 10, carrying the toolbox 20 ft x 4
            Why: R hemiparesis, late R step and R arm weakness after the L stroke
            Numbers: Berg 44/56; reached the pegboard 10 of 10, SBA
            """,
            ["I69.351"], [PTA("97112", 22), OT("97530", 18)], []),

        // MRCH ITP Mankato PT session, "Ratio: ☒ 1:1": passes.
        ["vord-h172-mrch-pt-session"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE · Session: ☒ AM ☐ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 23 min
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: balance and L ankle motor control with L hemiplegic CP; she wants to run for the school bus
            Activities: single-leg stance on the foam with ball catches, stepping stones with a stick, hopscotch on the tape
            Data: SLS L 6 sec (2 on day 1); hopscotch 4 of 5 squares
            """,
            ["G80.2"], [PT("97112", 23)], []),

        // CVU NRI Amputee Gait Intensive, "Billed this block: 97116 (22 min)": passes.
        ["vord-h172-cvu-agi-gait"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 5 of 10 · Block: AM (1 of 2)
            Billed this block: 97116 (22 min)
            Staff this block: Beau Tillinghast, PT, DPT
            O: Gait with the new transtibial socket in the bars then the hall with a single-point cane, cueing equal step length and prosthetic-side stance time; Riverwalk ramp x 2.
            300 ft with the cane, SBA; ramp with the rail, CGA.
            A: short prosthetic-side stance and a lateral trunk lean after the L BKA.
            """,
            ["Z89.512"], [PT("97116", 22)], []),

        // RBVC Flagstaff habituation, "Tx: ☐ gaze stab ☒ habituation ☐ OKN", "— 1:1": passes.
        ["vord-h172-rbvc-habituation"] = new(
            """
            RBVC east Flagstaff — Intensive Week — Tue
            Sess B ▸ 97112 ▸ 22 min
            Provider this session: Juniper Halvorsen, PTA — 1:1
            Tx: ☐ gaze stab ☒ habituation ☐ OKN
            Habituation to the MSQ positions that provoke: supine to sit, turning 180° to the R, nose to knee
            Problem: motion sensitivity after the concussion; the ski patroller gets sick on the chair lift
            MSQ 18 (30 Mon)
            """,
            ["S06.0X0D", "R42"], [PTA("97112", 22)], []),

        // WCOPT Brett Szalai, "97110 Therapeutic exercise — 24 min:" with doses: passes.
        ["vord-h172-wcopt-brett-acl"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 8 of 12 | Pagano, Luca | DOS 12/01/2026 | Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 24 min: leg press 90 lb 3x10, step-downs off the 8 inch box 3x8, Bulgarian split squats 3x8 ea, Nordic lowers 3x5
            Problem list: R quad weakness after the ACL reconstruction; the goalkeeper can't push off to dive
            Objective today: R knee flexion 132°
            A: Good control on step-downs.
            P: Progress load.
            """,
            ["S83.511D"], [PT("97110", 24)], []),

        // WCOPT Nicole Ferrante (PTA) "TE 97110 (25 min) —" shorthand: passes.
        ["vord-h172-wcopt-nicole-te"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Warrendale office · N. Ferrante PTA
            TE 97110 (25 min) — sidelying ER 3x12 2 lb, prone rows 3x12 3 lb, wall walks 2x10, serratus punches red band 3x15
            Impairment: L shoulder weakness after the cuff repair; the dental hygienist can't hold her arm up for a cleaning
            Data: flexion L 138°
            """,
            ["M75.122"], [PTA("97110", 25)], []),

        // BCMC Sparta, Lise Aamodt's "FOLLOW-UP #5 … Seen individually": passes.
        ["vord-h172-bcmc-lise-follow-up"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT (SPARTA)
            FOLLOW-UP #5 — Lise Aamodt, PT, DPT — Seen individually
            97112 (23 min): X1 viewing on foam, walking the skywalk with head turns, feet-together stance eyes closed
            Target: L vestibular hypofunction; the school-bus driver veers checking her mirrors
            Today's numbers: DGI 19/24; DHI 36
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // DRCH Mullen, Trent Mlnarik covering, "Time: 97116 = 17 min": passes.
        ["vord-h172-drch-trent-gait"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — OP PT Daily Note — Mullen outreach room
            Seen by: Trent Mlnarik, PT (covering) · Pt: Orval Kemp (82)
            Gait: walker to cane on the gym floor and the outreach room's ramp, cueing heel strike on the L
            Problem: L foot drag and short R step after the stroke
            Data: 160 ft x 2 with the cane, CGA
            Time: 97116 = 17 min
            """,
            ["I69.354"], [PT("97116", 17)], []),

        // QUH Willimantic, Dr. Ekdahl's APSO, "BILLING: 97112 — 23 min", one-on-one in O: passes.
        ["vord-h172-quh-ekdahl-apso"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic
            A: Stepping reaction quicker; sway still worst eyes closed.
            P: Progress perturbations to unexpected.
            S: "I checked my blind spot on Route 6 without the car drifting."
            O: One-on-one with the PT student observing. Perturbations at the pelvis in stride stance, foam stance with head turns, step-and-stick. Late step and somatosensory sway. Berg 49/56; mCTSIB foam eyes closed 18 sec.
            BILLING: 97112 — 23 min
            Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCNDP Alliance, the day's schedule and "ATTESTATION: 97112: 22 minutes, one-on-one": passes.
        ["vord-h172-pcndp-attestation-one-on-one"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance
            Today: van in, PT block, lunch, OT block, van home.
            Session: step-and-stick onto foam, rhythmic stabilization in tall kneeling, tandem on the tape line.
            Focus: truncal ataxia after the cerebellar stroke; the sugar-factory retiree lurches turning.
            Results: SARA 14/40; tandem 6 steps.
            ATTESTATION: 97112: 22 minutes, one-on-one. — Delphine Marsh, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // SWH Mystic, "Neuromuscular re-education 97112 (23 min) · 1:1": passes.
        ["vord-h172-swh-oyster-farmer"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Mystic
            She reports: "I feel the float rock and I freeze."
            Her goal, in her words: "Stand on the oyster float in a chop."
            Neuromuscular re-education 97112 (23 min) · 1:1
            Rocker board eyes closed, foam stance with perturbations, tandem on the beam with head turns.
            Impairment: somatosensory reliance and sway on moving surfaces.
            Objective: mCTSIB foam eyes closed 14 sec; Berg 51/56.
            Noor Haddad-Quinn, PT, DPT, WCS
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // MLMPT a complete phone note with no diagnosis on the claim: diagnosis missing only.
        ["vord-h172-mlmpt-no-dx"] = new(
            """
            mlmpt  c hindman pt  home visit brewster
            97112 23 min  1on1 just pt n me  tandem along the porch rail + couch cushion stance eyes closed + pushes at the hips
            late step + sway since he came off the cattle guard
            berg 45/56  tandem 7s
            """,
            [], [PT("97112", 23)], [Dx]),

        // WHCC Dunagan (PT) "[x] individual" and "97112 x 22 min": passes.
        ["vord-h172-whcc-brakeman"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Lyle Hartsock, rm 131 · P. Dunagan, PT
            Delivery: [x] individual [ ] concurrent [ ] group
            97112 x 22 min
            Foam stance at the bars with eyes closed, step-and-stick, pushes at the pelvis, SBA
            Problem: sway and a late step; the retired railroad brakeman walks to every meal and lurches at the dining-room door
            Berg 39/56; TUG 15.2 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // WMDC Tovah Lerner (PTA) 97116 with cueing strategies and distance: passes.
        ["vord-h172-wmdc-tovah-gait"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Harlan Mayes · Tovah Lerner, PTA · meds at 9:00 am, "on"
            Husband says: "She shuffles worse by supper."
            97116 — 19 min
            Gait with visual floor lines and a metronome at the river-walk pace, cueing big heel strikes; turns around the cones
            Deficit: shuffling short steps with Parkinson's disease
            Measures: 10MWT 0.94 m/s; 400 ft without a shuffle episode, SBA
            """,
            ["G20.A1"], [PTA("97116", 19)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
