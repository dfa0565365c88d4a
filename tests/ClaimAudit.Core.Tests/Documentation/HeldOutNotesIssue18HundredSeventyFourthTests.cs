using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer. It was
/// written on 2026-12-07 in the twenty-third session, blind beside the hundred-and-seventy-third.
/// The set is one Wednesday's notes drawn at random across all the clinics of the hundred-and-fifty-sixth to
/// hundred-and-seventy-second sets, each clinic in its own template and voice and no more than five notes from any one
/// clinic: no new styles, but new patients and new wording within the same templates — about two thirds ordinary and
/// complete (73 of 107), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, a PT's and an OT's code on one
/// visit), by PTs, PTAs and OTs, from the employers those sets drew:
/// <list type="number">
/// <item>the compliance-reviewed, audited and appeal-ready practices: White River Physical Therapy &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 23 min", "Attendance: [X] 1:1 …", "What we did:", "Why:", "Numbers:", Lorraine Meacham's "[CO
/// query: …]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "DELIVERY: ☒ Individual",
/// "OUTCOME MEASURE: ____ SCORE: ____"), Imperial Valley Balance &amp; Physical Therapy (IVBPT: "97112 — 22 min",
/// "Deficit:", "{{CLEARED — KM}}"), Touchet Valley Physical Therapy (TVPT: "DELIVERY: One-on-one for the entire billed
/// service? Y / N", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:"), Llano Estacado Rehab &amp; Balance (LERB: "AUTH #",
/// "Attendance: [Select: …]", "Minutes by CPT:") and Ocmulgee River Physical Therapy (OCM: the post-TPE template rev. C
/// with a clock in–out on each timed code's line);</item>
/// <item>the bayou, goal-by-goal and migrated clinics: Petit Caillou (PCPT: "Code 97112 Neuro re-ed ........ 23 min",
/// "Did:", "For:", "Numbers:", Jules Guidry's "cher" and "de"), Malheur Bend (MBOG: "→ 97110 · 14 min · …", "▸ measured
/// by:"), Blackberry Creek Hospital (BCH: "Goal #1 — …", "Treated with: 97112 (23 min) — …", "How we know:"), Logan
/// Creek (LCPT: the "NNVC GOAL TRACKER", "Codes/min:", "Progress measure:"), Oneota River (ORPT: Prairielight's "1:1
/// (Y/N):" and the "Billing Grid" whose minute column defaults to 15), Sangre de Cristo Valley Hospital (SCVH:
/// Aspenline's "Target impairment: None identified (default)") and Pocomoke Sound (PSTG: TidePoint's "Mode of
/// delivery:", "Measurables:", a diagnosis carried over as "#Error");</item>
/// <item>the week-to-week and city clinics: Rosario Strait Physiotherapy (RSP: "09.12.2026", "97112 NMR 10.00–10.23
/// (23') · 1:1", kilograms and centimetres), Big Horn Basin Regional Hospital (BHBR: "▸ START ■ STOP … = 22 MIN"),
/// Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 19 ] min", "Assist/Dist:"), Southern Tier Balance
/// and Falls (STBF: "What we worked on / Why / How she did / Time"), St. Columba Memorial Hospital (SCMH: "Timed: 97112 ▸
/// 23 min", "Measures (Last | Today):"), Cimarron Senior Therapy (CST: "CST GERI VISIT", "1:1: Y"), Caney Fork (CFPT:
/// OfficeMate PM capitals, "CPT 97112 X 23 MIN", "IMP:"), Saguaro Home Therapy (SHT: TxtChart "[9:05a]" stamps), St.
/// Casimir Lakeshore Hospital (SCLH: Helga Lindqvist's "Timed code minutes:"), Lakeshore Motion PT (LMPT: "Code: 97112 |
/// Min: 22 | Attendance: (x) 1:1 …"), NorthPier Per Diem (NPD: Bogdan Petrescu's late entries), Harbor Light (HLPT:
/// S:/O:/A:/P:, "Billed: 97140 (12 min)"), Lakeside Macomb Hospital (LMH: "Timed Procedures", "***"), Little Colorado
/// River Therapy (LCRT: "Svc: … | Time: … | 1:1: Y", "Problem:"), JointWorks (JWO: "97112 ▸ 22m", "1:1 ▸ ☒ Y ☐ N"),
/// Rawhide (RPT: Merle Vankirk's one dense line) and Sheboygan Harbor Medical Center (SHMC: "ALL SECTIONS REQUIRED",
/// "DELIVERY MODE", the "IMPAIRMENTS ADDRESSED" row of boxes);</item>
/// <item>the device clinics and intensive programmes: Sawtooth Performance Lab (SPL: "BLOCK A · 97112 NMR · 23 min",
/// "Work:", "Limiter:", "DATA PASTE ▼"), Northwoods Lakes Medical Center's Balance Center (NLMC: "Service: 97112
/// Neuromuscular reeducation — 24 minutes", "Attendance:", "▶ Imported device report"), High Desert NeuroRecovery (HDNR:
/// "97112 neuro re-ed: 22 min | 1:1", "What I did:", "Why:"), Minnesota River Children's Hospital's Intensive Therapy
/// Program (MRCH ITP: "This session only: 97112 · 23 min", "Ratio:", "Data:"), Chattahoochee Valley University's
/// Neuro-Recovery Intensive (CVU NRI: "NRI BLOCK NOTE", "Billed this block: 97116 (24 min)") and Red Butte Vestibular
/// &amp; Concussion Clinic (RBVC: "Sess A ▸ 97112 ▸ 23 min", "Tx: ☐ gaze stab ☒ habituation ☐ OKN");</item>
/// <item>the whole-episode, APSO, multispecialty and day-programme clinics: Wexford Commons Orthopaedic PT (WCOPT:
/// Brett Szalai's "Visit 4 of 12 | …", "97110 Therapeutic exercise — 24 min:"), Benedictine Coulee Medical Center
/// (BCMC: Lise Aamodt's "Seen individually", Jonah Brightwater's bullets), Dismal River Community Hospital (DRCH: "Time:
/// 97110 = 23 min; 97116 = 15 min"), Quinebaug University Health (QUH: "A:", "P:", "S:", "O:" and a closing
/// "BILLING:"), Pembina Multispecialty Group's MSK clinic (PMG-MSK: "CHARGES:" at the top and a "| Test | Today | Eval |"
/// table) and Prairie Crossing Neuro-Rehab Day Program (PCNDP: the day's schedule, the "ATTESTATION:" paragraph and the
/// "Crossing Ladder");</item>
/// <item>the quoting and unpunctuated clinics: Hollyhock Lane Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as
/// said)", "WHAT WE DID: 97112 · 23 min", "1:1 for billed time: ☒ Yes ☐ No"), Wintergreen Movement Disorders Center
/// (WMDC: "Pt says:", "Wife says:", "97112 — 23 min", "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat"),
/// Saltmeadow Women's Health &amp; Balance PT (SWH: "She reports:" in curly quotes), Short North Sports &amp; Spine
/// (SNSS: Nadia Farhat's lower case, Brent Halloran's double spaces and one final period), Middle Loup Mobile PT (MLMPT:
/// Carla Hindman's "pt n me") and Wapello Heights Care Center (WHCC: "[x] individual [ ] concurrent [ ] group", "97112 x
/// 23 min", "res", "rm 214"); a sugar-cane hauler, a ferry deckhand, a tulip-farm packer, a bee-keeper, a retired
/// lineman, a snow-plough driver, a rodeo announcer, a cribbage player, a bell-ringer and the nieces, husbands, sons and
/// students in the room.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reads each of these templates, applying the
/// contract to what the filled-in text says: an unticked box, an empty field, "***", "____", "[Select: …]" and "__" state
/// nothing, a default the clinician kept is read as written, and a clinician's own words are read in the clinic's own
/// voice:
/// <list type="bullet">
/// <item>class 1 (v1-h174-…): one-on-one in these writers' own words ("(x) 1:1 — his daughter watched from the chair",
/// "1:1: Y — her niece drove her in and sat in", "DELIVERY: One-on-one for the entire billed service? Y", "Seen
/// individually", "one-on-one with me; a PT student observed", "| 1:1 — wife by the window", "· 1:1 — her husband
/// interpreted"), notes that negate it (an "[X] Concurrent" row with Mr. Aune on the next Biodex, Brent Halloran "split
/// w/ my other pt on the leg press", the day programme's balance circle of four ticked "group") or never state it (a
/// St. Columba note with no delivery line), and a code without a one-on-one check (an OT's 97530 in the dining room with
/// another resident at the table);</item>
/// <item>class 2 (v2-h174-…): checkbox and blank-field states ("DELIVERY MODE: ☐ Individual ☐ Concurrent ☐ Group" and
/// "1:1 ▸ ☐ Y ☐ N" unticked, "Delivery: ***", "Attendance: [Select: 1:1 / concurrent / group]", "DELIVERY: One-on-one
/// for the entire billed service? Y / N" unanswered, "Impairments Addressed:" empty, "OUTCOME MEASURE: ____ SCORE:
/// ____", "Numbers:" empty under a "[CO query: …]"), and ticked states that state the element ("1:1 ▸ ☒ Y ☐ N", a ticked
/// ☒ Proprioception box in SHMC's impairment row);</item>
/// <item>class 3 (v3-h174-…): named programmes and methods as techniques (PNF D1 and D2 trunk patterns with rhythmic
/// initiation, habituation to the Motion Sensitivity positions, sensory reweighting on the foam with sway-referenced
/// surround, NDT facilitation at the pelvis, Mulligan SNAGs, McKenzie repeated extension, Cawthorne-Cooksey exercises,
/// the Tyler twist with the FlexBar), and the day programme's "Crossing Ladder rung 5" as the only technique;</item>
/// <item>class 4 (v4-h174-…): deficits stated as findings (a default "None identified (default)" with the clinician's
/// finding typed under it, somatosensory loss in both feet, a woman who drifts left turning to the stove) and notes that
/// state none ("IMP:" blank, "Problem:" blank, "Deficits: none noted", Merle Vankirk's dense line with no target);</item>
/// <item>class 5 (v5-h174-…): measures in every usual form ("Measures (Last | Today): Berg 44 | 48", "Assist/Dist: 160 ft
/// SBA", orthostatics beside a Berg, a Y-Balance composite under "DATA PASTE ▼", a 97110's dose) and notes with none
/// ("How she did: steadier, her husband agrees", "Progress measure: due at re-cert", "Data:" left empty);</item>
/// <item>class 6 (v6-h174-…): minutes in these templates' forms ("Time: 97110 = 23 min; 97116 = 15 min", "Timed code
/// minutes:", clock in–out on each code's line, "97112 ▸ 22m" with "97110 ▸ 12m", a closing "BILLING:" block) and true
/// mismatches (the Billing Grid's default 15 on a 26-minute line, "= 22 MIN" on a 34-minute line, "CPT 97112 X 30 MIN"
/// on an 18-minute line, "CHARGES: 97110 x 26 min" on a 16-minute line) and truly missing separate time (a TxtChart
/// note with only "36m total", "Minutes by CPT: 97112 — __ ; 97110 — __" beside a timed total);</item>
/// <item>class 7 (v7-h174-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (step-ups, terminal knee extension and leg press after a knee
/// replacement), 97530 (laundry basket carry and a bathtub transfer bench), 97140 (first-rib mobilisation and scalene
/// soft-tissue work) and 97116 (a new below-knee prosthesis on the ramp and the stairs), and wholly generic notes (a
/// "Timed Procedures" macro with "***" everywhere, Brent Halloran's "ther ex and manual per poc tol well", an OT's "ADL
/// training, tolerated well");</item>
/// <item>ordinary (vord-h174-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: a complete note with no diagnosis and a TidePoint note whose diagnosis carried over as
/// "#Error".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, a niece, husbands, a PT
/// student, a tech, an interpreter (none of them a patient; Mr. Aune on the next Biodex, the leg-press patient, the
/// balance circle and the resident at the dining table are), ages, dates of service, visit counts, step heights in
/// inches, loads in pounds and kilograms, distances in feet and metres, degrees, blood pressures, grip pounds and
/// counts of cones, pegs and trips — and each is written so that a reviewer cannot take it for a billed code's minutes;
/// a code's minutes are written next to the code ("Code: 97112 | Min: 22", "97112 — 23 min", "Time: 97110 = 23 min"),
/// in its block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes to a
/// visit, a drill, a rest or a test, except the two that give the visit a total ("36m total", "Total timed 38") with no
/// minutes for each code; notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its
/// code, its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Wednesday across so many templates could honestly be read either way: a fall or
/// near-fall count as the only number, a programme level ("Bayou Balance level 4", "StableStart card 6") beside a
/// technique only the programme's manual describes, another patient treated by a different clinician at the far end of
/// the same gym, a device's session timer as the only time for a code, and a goal tracker's goal as the only target.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 107 of 107 cases agree (105 needed), and none of the 73 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 107 of 107, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventyFourthTests(ITestOutputHelper output)
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

        // LMPT "Code: 97112 | Min: 22 | Attendance: (x) 1:1" with his daughter watching from the chair; perturbations on foam, tandem with head turns, step-and-stick; L ankle proprioception; SLS and Berg: passes.
        ["v1-h174-lmpt-daughter-watched-from-chair"] = new(
            """
            LAKESHORE MOTION PT — Rogers Park
            Pt: Feliks Nowak, 71, retired CTA motorman · DOS 12/09/2026
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group — his daughter watched from the chair
            Tx: perturbations at the hips on the foam pad, tandem walking with head turns, step-and-stick onto the Airex
            Why: L ankle proprioception down after the fracture; he catches his toe on the platform gap
            #s: SLS L 6 sec (3 at eval); Berg 47/56
            """,
            ["S82.892D"], [PT("97112", 22)], []),

        // CST GERI VISIT "1:1: Y — her niece drove her in and sat in"; weight shifts to targets, foam stance eyes closed, stepping strategy drills; backward sway; Berg and orthostatics: passes.
        ["v1-h174-cst-niece-sat-in"] = new(
            """
            CST GERI VISIT — Stillwater
            Resident/Pt: Opal Kinney, 86 · Clinician: Dana Roark, PT
            Falls since last visit: none. Near-falls: one, reaching into the dryer.
            97112 NMR 23 min · 1:1: Y — her niece drove her in and sat in
            Tx: weight shifts to wall targets, feet-together stance on foam with eyes closed, stepping-strategy drills to pushes at the sternum
            Deficit: posterior sway and a late stepping reaction
            Berg 42/56 (38 last month); orthostatics 132/74 supine, 126/72 standing
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y"; rocker board, gaze holds on foam, tandem; vestibular and proprioceptive deficit; DGI and tandem seconds: passes.
        ["v1-h174-tvpt-delivery-question-y"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education — 24 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: rocker board A/P eyes closed; gaze holds on the card while standing on foam; tandem walking along the rail — she sways and stumbles turning in the wheat-truck cab
            DEFICIT ADDRESSED: L vestibular hypofunction with reduced somatosensory use
            OBJECTIVE: DGI 17/24; tandem 9 sec
            NOTE TO REVIEWER: none this visit.
            Owen Takacs, PT
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // BCMC Lise Aamodt "FOLLOW-UP #4 … Seen individually"; reactive stepping, rhythmic stabilization in half-kneel, foam stance; R hemiparesis and late R step; 10MWT and Mini-BEST: passes.
        ["v1-h174-bcmc-lise-seen-individually"] = new(
            """
            BENEDICTINE COULEE MEDICAL CENTER — NEURO OUTPATIENT REHABILITATION (SPARTA)
            FOLLOW-UP #4 · Lise Aamodt, PT, DPT · Pt: Harold Brekke, 69, retired lineman
            Seen individually.
            97112 (23 min): reactive stepping to pulls at the pelvis, rhythmic stabilization in half-kneeling, foam stance with head turns
            Target: R hemiparesis after the L MCA stroke; late R protective step and poor weight acceptance on the R
            Today's numbers: Mini-BESTest 16/28; 10MWT 0.74 m/s
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // QUH APSO: "P:" first, one-on-one with a PT student observing; gaze stabilization, habituation, foam tandem; BPPV-free vestibular hypofunction; DHI and DVA; BILLING block 24 matches: passes.
        ["v1-h174-quh-apso-student-observed"] = new(
            """
            QUH Rehab Daily Note (APSO) — Putnam
            A: Improving L vestibular hypofunction; dizziness with head turns driving Route 44 is less.
            P: Continue gaze stabilization progression; add walking VOR next visit.
            S: "I can shoulder-check now without the room swimming."
            O: Gaze stabilization x1 horizontal and vertical on foam, habituation head turns in walking, tandem on foam. One-on-one with me; a PT student observed.
            Dynamic visual acuity 3 lines lost (5 at eval); DHI 34 (52 at eval).
            BILLING: 97112 x 24 min
            Dr. Sunniva Ekdahl, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // NLMC "[ ] Individual [X] Concurrent [ ] Group" with Mr. Aune on the next Biodex at the same time: another patient in the block — one-on-one missing; techniques, deficit, measures present.
        ["v1-h174-nlmc-concurrent-mr-aune"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER (BAXTER)
            TREATMENT NOTE · Marisa Pelletier, PTA
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: [ ] Individual [X] Concurrent [ ] Group — Mr. Aune on the next Biodex at the same time, I went back and forth
            Treatment: weight shifts on the Biodex to the limits-of-stability targets; foam stance eyes closed; tandem walking on the beam
            Impairment: poor somatosensory use and anterior-posterior sway
            ▶ Imported device report — Biodex Balance SD: overall stability index 2.8 (3.6 last week)
            """,
            ["R26.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // SNSS Brent Halloran double spaces, "split w/ my other pt on the leg press": another patient during the block — one-on-one missing; techniques, deficit, measures present.
        ["v1-h174-snss-brent-split-with-leg-press"] = new(
            """
            97112 24 min  split w/ my other pt on the leg press  single leg perts on the airex  hop to stick  lateral bounds to a stop  R ankle proprio poor after the sprain at derby  sls R 8s L 21s  ybal ant R 59cm L 67cm  b halloran pt ocs.
            """,
            ["S93.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // SCMH note with no delivery line at all: perturbations, foam, tandem; sway; measures; "Timed: 97112 ▸ 23 min" matches — one-on-one unstated.
        ["v1-h174-scmh-no-delivery-line"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY (ISHPEMING)
            EPISODE A: fall risk — ICD-10: R26.81
            Timed: 97112 ▸ 23 min
            Interventions: pushes at the pelvis in stride stance, foam stance with eyes closed, tandem along the rail with head turns
            Impairment: increased sway and a late step; the snow-plough driver slipped getting down from the cab
            Measures (Last | Today): Berg 45 | 48; TUG 12.9 | 11.7 sec
            Completed by: Aino Lahti, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PCNDP attestation "[ ] 1:1 [X] group — balance circle of four": a group — one-on-one missing; techniques, deficit, measures present.
        ["v1-h174-pcndp-balance-circle-group"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Alliance day room
            Today: van arrival, OT kitchen, PT balance, lunch, speech group, van home
            PT balance: stepping over the cane row, reaching out of base on foam, reactive steps to pulls at the gait belt
            Target: ataxia and a wide, late step after the cerebellar stroke
            Numbers: Berg 39/56; tandem 4 sec
            ATTESTATION: [ ] 1:1 [X] group — balance circle of four. 97112 — 23 min. Eli Kastner, PTA
            """,
            ["I69.393"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // WHCC OT 97530 in the dining room with another resident at the table: 97530 has no one-on-one check; table-top reaching, sit-to-stand from the dining chair, carrying the tray with a walker tray; R hemiparesis; counts and assist: passes.
        ["v1-h174-whcc-ot-97530-dining-room"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — DINING ROOM
            Res: Vernon Steck, rm 131 · Ann-Marie Tibbetts, OTR/L
            Delivery: [ ] individual [ ] concurrent [x] group — Mrs. Doud at the same table on her own task
            97530 x 22 min
            Sit to stand from the dining chair to reach the coffee carafe, 8x CGA; carrying his cup on the walker tray to the window table 3 trips SBA; reaching across the table for the sugar with the R hand 10x
            Problem: R UE weakness and poor standing balance after the L CVA
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // HDNR "97112 neuro re-ed: 23 min | 1:1 — wife by the window"; BalanceTutor perturbations named, step-and-stick, tandem; late step; stepping responses and FGA: passes.
        ["v1-h174-hdnr-wife-by-window"] = new(
            """
            Visit note | Eamon Gallagher, PT | Pt: Lyle Bettencourt, 64, canning-line worker
            97112 neuro re-ed: 23 min | 1:1 — wife by the window
            What I did: perturbations on the BalanceTutor walking, step-and-stick to the floor targets, tandem on the foam beam
            Why: late stepping response and lateral sway after the cerebellar stroke
            Device paste: stepping responses 22 of 30 perturbations; FGA 18/30
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // RSP "97112 NMR 10.00–10.23 (23') · 1:1 — her husband interpreted"; sensory reweighting on foam, tandem, perturbations; L ankle proprioception; SLS and reach in centimetres: passes.
        ["v1-h174-rsp-husband-interpreted"] = new(
            """
            ROSARIO STRAIT PHYSIOTHERAPY — Friday Harbor · 09.12.2026
            Pt: Ana Ruiz Palomo, 58, ferry deckhand · H. Lindgren, PT
            97112 NMR 10.00–10.23 (23') · 1:1 — her husband interpreted
            Foam stance eyes closed with head turns; tandem on the beam; pushes at the pelvis in single-leg stance
            Deficit: L ankle proprioception after the sprain on the car-deck ramp
            SLS L 9 s (R 24 s); anterior reach L 61 cm; 68 kg
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SHMC "DELIVERY MODE: ☐ Individual ☐ Concurrent ☐ Group" with nothing ticked and no other statement: one-on-one missing; techniques, deficit, measures present.
        ["v2-h174-shmc-delivery-mode-unticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 23 min
            DELIVERY MODE: ☐ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board M/L eyes closed; step-and-stick off the 6 inch step; foam stance with ball tosses
            IMPAIRMENTS ADDRESSED: decreased proprioception both ankles with neuropathy
            OUTCOME MEASURES: Berg 46/56; tandem 7 sec
            ATTESTATION: signed L. Ochoa-Brandt, PT
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // JWO "1:1 ▸ ☐ Y ☐ N" unticked and nothing else on delivery: one-on-one missing; techniques, deficit, measures present.
        ["v2-h174-jwo-one-on-one-unticked"] = new(
            """
            JointWorks QuickNote · Goshen
            97112 ▸ 22m
            1:1 ▸ ☐ Y ☐ N
            Tx ▸ BAPS level 3 clockwise, foam tandem, perturbations in SLS
            Area ▸ R ankle proprioception post sprain
            # ▸ SLS R 11s; star excursion ant R 64cm
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // JWO "1:1 ▸ ☒ Y ☐ N" ticked; BAPS, hop-to-stick, perturbations; L knee proprioception after ACL reconstruction; SLS and hop distance: passes.
        ["v2-h174-jwo-one-on-one-ticked"] = new(
            """
            JointWorks QuickNote · Elkhart
            97112 ▸ 23m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ BAPS level 4 both directions, hop to stick L, perturbations on the foam in SLS
            Area ▸ L knee proprioception and quad timing post ACLR
            # ▸ SLS L eyes closed 9s; single hop L 104cm (R 131cm)
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 23)], []),

        // LMH "Delivery: ***" wildcard never replaced: one-on-one missing; techniques, deficit, measures present.
        ["v2-h174-lmh-delivery-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (ROSEVILLE)
            Timed Procedures
            97112 Neuromuscular Re-ed: 24 Minutes
            Delivery: ***
            Interventions: rhythmic stabilization in tall kneeling, perturbations in standing, tandem walking with head turns
            Impairment: trunk postural control and sway after the R MCA stroke
            Outcome: Mini-BESTest 18/28
            Dariusz Nowicki, PT
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LERB "Attendance: [Select: 1:1 / concurrent / group]" unanswered: one-on-one missing; techniques, deficit, measures present.
        ["v2-h174-lerb-attendance-select-unanswered"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Dumas
            AUTH # 88-41207 · visit 8 of 12 authorized
            Attendance: [Select: 1:1 / concurrent / group]
            Interventions: foam stance eyes closed, tandem on the beam, step-and-stick onto the rocker
            Functional deficit driving medical necessity: R ankle proprioception; the feedlot rider turns it stepping off the stirrup
            Objective data for reviewer: SLS R 7 sec; Berg 49/56
            Minutes by CPT: 97112 — 22
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSTG "Impairments Addressed:" left empty and no deficit anywhere: deficit missing; technique, measures, 1:1 present.
        ["v2-h174-pstg-impairments-empty"] = new(
            """
            Pocomoke Sound Therapy Group — Onancock · TidePoint Rehab Cloud
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: perturbations in stride stance, step-and-stick onto the Airex, tandem on the foam lane
            Impairments Addressed:
            Measurables: Berg 48/56; tandem on foam 10 sec
            97112 Neuromuscular Re-ed — 23 min
            T. Ames, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // QBRH "OUTCOME MEASURE: ____ SCORE: ____" and no other number: measure missing; techniques, deficit, individual ticked.
        ["v2-h174-qbrh-outcome-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board eyes closed; foam stance with head turns; perturbations at the pelvis
            IMPAIRMENT: impaired proprioception both feet and postural sway; the smoked-fish packer sways at the line
            OUTCOME MEASURE: ____ SCORE: ____
            Nora Cobb, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WRPT "Numbers:" empty under Lorraine Meacham's "[CO query: numbers?]": measure missing; techniques, deficit, 1:1 present.
        ["v2-h174-wrpt-numbers-empty-co-query"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: foam stance with eyes closed, tandem on the beam, pushes at the hips in stride stance
            Why: vestibular hypofunction on the R and poor use of the feet for balance
            Numbers:
            [CO query: numbers? — LM]
            Joel Tackett, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SHMC row of boxes with "☒ Proprioception" ticked as the impairment; individual ticked; techniques and measures: passes.
        ["v2-h174-shmc-proprioception-box-ticked"] = new(
            """
            SHEBOYGAN HARBOR MEDICAL CENTER — NEURO OP DAILY NOTE — ALL SECTIONS REQUIRED
            CHARGES / TIMED SERVICES: 97112 Neuromuscular re-education — 22 min
            DELIVERY MODE: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: BAPS board clockwise and counter-clockwise, foam tandem, step-and-stick
            IMPAIRMENTS ADDRESSED: ☒ Proprioception ☐ Vestibular ☐ Coordination ☐ Motor control
            OUTCOME MEASURES: SLS L 10 sec; Berg 51/56
            ATTESTATION: signed Kayla Nienhuis, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // TVPT "DELIVERY: One-on-one for the entire billed service? Y / N" left unanswered: one-on-one missing; techniques, deficit, measures present.
        ["v2-h174-tvpt-delivery-question-unanswered"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y / N
            WHAT I DID AND WHY: perturbations in tandem stance, foam stance eyes closed, stepping over the hurdles to a stop — late step and sway since the fall off the grain-truck step
            DEFICIT ADDRESSED: postural control and a delayed stepping reaction
            OBJECTIVE: Berg 44/56; TUG 12.2 sec
            Brianna Ferrell, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // WMDC PNF D1 and D2 trunk patterns with rhythmic initiation, delivery ticked Individual; axial rigidity and reduced trunk rotation; TUG and 360° turn steps: passes.
        ["v3-h174-wmdc-pnf-trunk-rhythmic-initiation"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Meds: levodopa at 7:00 am, "on."
            Pt says: "I can't turn around in the church aisle without stopping."
            Wife says: "He shuffles when he turns to sit."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            97112 — 23 min
            PNF D1 and D2 trunk chops and lifts with rhythmic initiation, seated then standing; turning on the floor arc with big steps.
            Deficit: axial rigidity and reduced trunk rotation with Parkinson's disease.
            Measures: TUG 13.1 sec; 360° turn 9 steps (12 at eval).
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // RBVC "Tx: ☐ gaze stab ☒ habituation ☐ OKN" with habituation to the Motion Sensitivity positions; visual-vestibular mismatch after concussion; MSQ and DHI; 1:1: passes.
        ["v3-h174-rbvc-habituation-msq"] = new(
            """
            RBVC east Flagstaff — Intensive Week — Wed
            Sess B ▸ 97112 ▸ 22 min
            Provider this session: Graydon Pike, PT, ATC — 1:1
            Tx: ☐ gaze stab ☒ habituation ☐ OKN
            Habituation to the Motion Sensitivity positions that provoke him: supine to L side-lying, nose to R knee, head turns walking
            Problem: motion sensitivity and visual-vestibular mismatch after the concussion at soccer
            MSQ 18 (31 Mon); DHI 40
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // NLMC sensory reweighting on foam with a sway-referenced surround; somatosensory dependence; SOT composite: passes.
        ["v3-h174-nlmc-sensory-reweighting"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER (BRAINERD)
            TREATMENT NOTE · Ingeborg Halvorsen, PT, DPT, NCS
            Service: 97112 Neuromuscular reeducation — 24 minutes
            Attendance: Individual (1:1) — the audiologist re-seated the goggles
            Treatment: sensory reweighting — foam stance eyes closed, then sway-referenced visual surround on the platform, then head turns on foam
            Impairment: over-reliance on vision with poor vestibular use
            ▶ Imported device report — Bertec SOT composite 58 (49 at eval); condition 5 mean 41
            """,
            ["H81.23"], [PT("97112", 24)], []),

        // BCMC Jonah Brightwater's bullets, NDT facilitation at the pelvis with weight shifts, 1:1; L hemiparesis; 10MWT and weight-bearing percent: passes.
        ["v3-h174-bcmc-ndt-facilitation-pelvis"] = new(
            """
            BCMC Neuro OP — Tomah satellite · Jonah Brightwater, PT, DPT
            • 97112 — 24 min — 1:1
            • NDT facilitation at the pelvis for weight shifts onto the L in stride stance, stepping L over the line with facilitation at the knee
            • Targets: L hemiparesis, poor weight acceptance on the L and knee hyperextension in stance
            • Numbers: 10MWT 0.61 m/s; 42% weight on the L on the scales (35% last week)
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PCNDP, the programme's "Crossing Ladder rung 5" as the only technique; deficit, measures and 1:1 present: technique missing.
        ["v3-h174-pcndp-crossing-ladder-only"] = new(
            """
            PRAIRIE CROSSING NEURO-REHAB DAY PROGRAM — Scottsbluff
            Today: van arrival, PT, OT, lunch, cognition group, van home
            PT session: Crossing Ladder rung 5, per programme.
            Target: ataxia and poor postural control after the traumatic brain injury
            Numbers: Berg 41/56; tandem 5 sec
            ATTESTATION: [X] 1:1 [ ] group. 97112 — 22 min. Dr. Delphine Marsh, PT, DPT, NCS
            """,
            ["S06.2X0S"], [PT("97112", 22)], [At(Tech, "97112")]),

        // HLPT Mulligan SNAGs C5-6 for 97140; cervical rotation stiffness; degrees; "Billed: 97140 (12 min)": passes.
        ["v3-h174-hlpt-mulligan-snags"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — Blue Hill
            S: Neck stiff backing the lobster boat into the slip.
            O: Mulligan SNAGs C5-6 into R rotation 3 x 6; suboccipital release; R upper trap soft tissue mobilization.
            Cervical rotation R 48° before, 61° after.
            A: R cervical rotation hypomobility C5-6.
            P: Continue; add self-SNAG with a towel.
            Billed: 97140 (12 min)
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // MBOG "→ 97110 · 14 min · McKenzie repeated extension in lying 3x10, …"; lumbar centralisation; doses and a measured-by line: passes.
        ["v3-h174-mbog-mckenzie-repeated-extension"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Vale
            PRIMARY OUTCOME: Oswestry 28% (42% at eval)
            STG 1: sit through a two-hour irrigation board meeting — PROGRESSING
            → 97110 · 14 min · McKenzie repeated extension in lying 3x10, standing extension 2x10, prone press-ups with sag 3x10
            Impairment: lumbar flexion-biased pain with reduced lumbar extension; symptoms centralising
            ▸ measured by: lumbar extension moderate loss (major at eval)
            Ignacio Barragán, PT
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // SWH the Tyler twist with the red FlexBar for R lateral elbow tendinopathy as 97110; doses and grip pounds: passes.
        ["v3-h174-swh-tyler-twist-flexbar"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Westerly
            She reports: “Lifting the twins’ car seats is what lights up my elbow.”
            Her goal, in her words: “Carry both seats from the car without stopping.”
            Therapeutic exercise 97110 (19 min) · 1:1
            Tyler twist with the red FlexBar 3x15; wrist extension eccentrics 3x12 at 2 lb; supination with the hammer 2x15
            Impairment: R lateral elbow tendinopathy with painful grip
            Objective: pain-free grip R 38 lb (L 62 lb)
            Abigail Tisdale, PT, DPT
            """,
            ["M77.11"], [PT("97110", 19)], []),

        // MBOG Cawthorne-Cooksey exercises (eye, head and body movements, seated to walking) for L vestibular hypofunction; DHI and DGI; 1:1: passes.
        ["v3-h174-mbog-cawthorne-cooksey"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC OUTCOMES GROUP — Ontario
            PRIMARY OUTCOME: DHI 38 (56 at eval)
            STG 2: drive to the Nyssa sugar factory without dizziness — PROGRESSING
            → 97112 · 23 min · Cawthorne-Cooksey exercises: eye movements, head movements seated, then standing, then walking with head turns and a ball thrown hand to hand
            Impairment: L vestibular hypofunction with dizziness on head turns
            ▸ measured by: DGI 18/24
            Delivery: 1:1
            Rosalind Quenneville, PT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // SCVH "Target impairment: None identified (default)" left, but the clinician typed the finding under it: the typed finding states the deficit; passes.
        ["v4-h174-scvh-default-with-typed-finding"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (MONTE VISTA)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PT only
            Interventions: perturbations in stride stance; foam stance with eyes closed; tandem on the beam with head turns
            Target impairment: None identified (default)
            Typed by PT: decreased proprioception L ankle and a late ankle strategy; the potato-cellar worker turns it on the conveyor ramp
            Outcome: SLS L 6 sec; Berg 48/56
            Timed Codes: 97112 — 23 min
            Gil Trujillo, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BCH goal tracker with "Impairment: somatosensory loss both feet"; foam, tandem, step-and-stick; 1:1; FGA and monofilament: passes.
        ["v4-h174-bch-somatosensory-loss"] = new(
            """
            BLACKBERRY CREEK HOSPITAL — NEUROLOGIC THERAPY CLINIC (KERMIT)
            Goal #1 — walk the gravel to the church without a fall. Status: progressing
            Treated with: 97112 (23 min) — foam stance with eyes closed, tandem walking on the foam lane, step-and-stick to floor targets
            Impairment: somatosensory loss both feet with diabetic neuropathy
            How we know: FGA 17/30; Semmes-Weinstein 5.07 absent at 4 of 10 sites each foot
            Attendance: 1:1 — Josie Hatfield, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // HLG "WHY: she drifts left turning to the stove — poor postural control turning"; 1:1 ticked; measures: passes.
        ["v4-h174-hlg-drifts-left-turning"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Pruitt, Ernestine (84) · DOS 12/09/2026 · Mariah Greenlee, PT, DPT, GCS
            IN HER OWN WORDS: "I turn from the stove with the gumbo pot and my feet don't come with me." (quoted as said)
            WHAT WE DID: 97112 · 24 min
            1:1 for billed time: ☒ Yes ☐ No
            Turning on the clock-face targets, perturbations at the shoulders in stride stance, stepping over the cane to a stop.
            WHY: she drifts left turning to the stove — poor postural control and a late step on turns.
            MEASURED: Berg 43/56; 180° turn 7 steps.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CFPT "IMP:" blank and no deficit anywhere: deficit missing; techniques, measures, 1ON1 FLAG: Y.
        ["v4-h174-cfpt-imp-blank"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SMITHVILLE
            PT: LASSITER, BOYD   DOS: 12/09/2026
            CPT 97112 X 23 MIN
            1ON1 FLAG: Y
            TX: ROCKER BOARD EYES CLOSED, TANDEM ON FOAM, PUSHES AT THE HIPS IN STRIDE STANCE
            IMP:
            OBJ: BERG 47/56, TANDEM 8 SEC
            T. GRISSOM PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // LCRT "Problem:" left blank and nothing targeted anywhere: deficit missing; techniques, measure, 1:1 present.
        ["v4-h174-lcrt-problem-blank"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Holbrook
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: step-and-stick onto the foam, tandem along the wall with head turns, perturbations at the pelvis
            Problem:
            Measure: Berg 50/56; tandem 12 sec
            E. Hartman, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // RPT Merle Vankirk's one dense line: techniques, measures, 1:1 and minutes but no deficit or target: deficit missing.
        ["v4-h174-rpt-dense-line-no-target"] = new(
            """
            12/09/26 Rawhide PT Lusk; 97112 23 min 1:1; rocker board eyes closed, tandem on foam, perts at hips; Berg 46/56, tandem 9 s; cont. M. Vankirk PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NPD Bogdan Petrescu's late entry "Deficits: none noted": deficit missing; techniques, measures, 1:1 present.
        ["v4-h174-npd-deficits-none-noted"] = new(
            """
            NorthPier Per Diem Therapy — late entry for 12/08/2026, entered 12/09/2026
            97112 x 22 min
            1:1: yes, only patient
            Tx: foam stance eyes closed, tandem walking with head turns, perturbations in stride stance
            Deficits: none noted
            Result: Berg 49/56; TUG 10.8 sec
            B. Petrescu, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // SCMH "Measures (Last | Today): Berg 44 | 48; TUG 13.4 | 12.1 sec"; individual; techniques and deficit: passes.
        ["v5-h174-scmh-last-today-columns"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY (NEGAUNEE)
            EPISODE A: R TKA with imbalance — ICD-10: Z96.651
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: step-and-stick onto the Airex with the R leading, perturbations in single-leg stance, tandem on foam
            Impairment: R knee proprioception and quad timing after the replacement
            Measures (Last | Today): Berg 44 | 48; TUG 13.4 | 12.1 sec
            Completed by: Aino Lahti, PT
            """,
            ["Z96.651", "R26.89"], [PT("97112", 22)], []),

        // PTH 97116 "Assist/Dist: 160 ft SBA with the quad cane" and the porch steps; gait deviations named; minute box matches: passes.
        ["v5-h174-pth-assist-dist-97116"] = new(
            """
            PORCHLIGHT THERAPY AT HOME — Hillsville
            Visit at: the patient's farmhouse, kitchen to the barn lane
            Present: patient and her son
            97116 [ 19 ] min
            Gait training with the quad cane: heel strike and step length cues down the hall, the three porch steps with the rail, the gravel lane to the mailbox
            Problem: R foot drop and a short L step after the stroke
            Assist/Dist: 160 ft SBA with the quad cane; steps with the rail CGA
            """,
            ["I69.351"], [PT("97116", 19)], []),

        // CST orthostatics beside a Berg and tandem seconds; 1:1; techniques and deficit: passes.
        ["v5-h174-cst-orthostatics-beside-berg"] = new(
            """
            CST GERI VISIT — Enid
            Resident/Pt: Wallace Doyle, 90 · Clinician: Dana Roark, PT
            Falls since last visit: none.
            97112 NMR 22 min · 1:1: Y
            Tx: sit-to-stand with a pause for eyes-closed stance, foam stance with reaching, stepping to pushes at the shoulders
            Deficit: orthostatic dizziness and a late stepping reaction
            Orthostatics 128/70 sitting, 112/66 standing; Berg 40/56; tandem 3 sec
            """,
            ["R26.81", "I95.1"], [PT("97112", 22)], []),

        // SPL "DATA PASTE ▼" Y-Balance composite and time to stabilisation; 1:1; techniques and limiter: passes.
        ["v5-h174-spl-ybalance-data-paste"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — McCALL
            SESSION REPORT · Athlete: Kasey Loftin (age 19, Nordic ski racer) · Clinician: Tamsin Reeve, PT, DPT, SCS
            BLOCK A · 97112 NMR · 23 min
            ☑ 1:1 ☐ semi-private
            Work: single-leg landings to stick on the foam, lateral hops with reactive perturbations, skater bounds to a stop
            Limiter: R knee valgus on landing and poor proprioception after the MCL sprain
            DATA PASTE ▼
            Y-Balance composite R 88% (L 97%); time to stabilisation R 1.9 s (L 1.1 s)
            """,
            ["S83.411D"], [PT("97112", 23)], []),

        // WHCC PTA 97110 dose "3x10 with 2#"; quad and hip weakness; "97110 x 18 min": passes.
        ["v5-h174-whcc-pta-97110-dose"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — REHAB GYM
            Res: Irma Vogt, rm 214 · D. Lukin, PTA
            97110 x 18 min
            Seated LAQ 3x10 with 2# each; standing hip abduction at the bars 3x10; sit-to-stand from the w/c 2x8 SBA
            Problem: quad and hip abductor weakness; she can't get up from the chapel pew
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // STBF "How she did: steadier, her husband agrees": no number but the code and its minutes — measure missing; technique, deficit, one-on-one present.
        ["v5-h174-stbf-husband-agrees"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Elmira
            Mrs. Dorothy Kuhn, retired church bell-ringer
            What we worked on (one-on-one): pushes at the pelvis in stride stance, foam stance with eyes closed, stepping over the cane to a stop
            Why: delayed stepping reaction and backward sway on the bell-tower stairs
            How she did: steadier than last week, her husband agrees
            Time: 97112 — 23 min
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LCPT "Progress measure: due at re-cert" and no other number: measure missing; technique, deficit, 1:1 present.
        ["v5-h174-lcpt-progress-measure-due"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — Pender
            NNVC GOAL TRACKER
            Goal: feed the bucket calves without a fall — on track
            Session: rocker board eyes closed, foam stance with head turns, perturbations at the hips; 1:1
            Impairment: poor ankle proprioception and postural sway
            Progress measure: due at re-cert
            Codes/min: 97112 = 22
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MRCH ITP "Data:" left empty and no number but the code and its minutes: measure missing; activities, targets, ratio 1:1 ticked.
        ["v5-h174-mrch-data-empty"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (MANKATO)
            ITP SESSION NOTE · Session: ☒ AM ☐ PM
            Treating therapist this session: Dario Quintanilla, PTA
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: ankle proprioception and postural control with spastic diplegia
            Activities: tall kneeling on the foam with ball catches, stepping stones to a stop, perturbations at the hips in standing
            Data:
            """,
            ["G80.1"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // DRCH "Time: 97110 = 23 min; 97116 = 15 min" on a two-code visit; each code named with its dose and region: passes.
        ["v6-h174-drch-time-line-two-codes"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (THEDFORD)
            OP PT Daily Note — Rx #7 · Seen by: D. Vrbka PT
            Time: 97110 = 23 min; 97116 = 15 min
            Treatment: step-ups on the 6 inch step 3x10, mini squats at the bar 3x12, standing hip abduction with the yellow band 3x12; gait with the single-point cane in the hall and over the threshold, cues for R heel strike
            Problem: R hip weakness and an antalgic gait after the R hip fracture
            Objective: cane 250 ft SBA; 30-second chair stand 8
            Plan: add the outside ramp.
            """,
            ["S72.001D"], [PT("97110", 23), PT("97116", 15)], []),

        // SCLH Helga Lindqvist "Timed code minutes: 97116 = 18, 97112 = 22"; each code's content; 1:1: passes.
        ["v6-h174-sclh-helga-timed-code-minutes"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym · H. Lindqvist, PT
            Timed code minutes: 97116 = 18, 97112 = 22
            Delivery: one-on-one for both codes
            97116: gait with the rolling walker to the straight cane down the corridor, cues for L step length; 180 ft with the cane CGA
            97112: foam stance eyes closed, tandem along the rail, step-and-stick to floor targets; Berg 42/56
            Impairment: L hemiparesis with a short L step and poor proprioception L foot after the stroke
            """,
            ["I69.354"], [PT("97116", 18), PT("97112", 22)], []),

        // OCM rev. C clock in–out on each timed code's line (97112 09:05–09:28, 97140 09:28–09:38); 1:1; each code's content: passes.
        ["v6-h174-ocm-clock-in-out-two-codes"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Macon · post-TPE template rev. C
            Pt: Lurleen Fambro · Rhonda Akins, PT · DOS 12/09/2026
            97112 Neuromuscular re-ed    in 09:05  out 09:28
            97140 Manual therapy         in 09:28  out 09:38
            [X] 1:1 constant attendance  [ ] concurrent  [ ] group
            97112 technique: perturbations in stride stance, foam stance eyes closed, tandem on the beam; deficit: R ankle proprioception; measure: SLS R 7 sec, Berg 49/56
            97140 technique: talocrural AP glides grade III, soft tissue mobilization to the R peroneals; deficit: R ankle dorsiflexion stiffness; measure: dorsiflexion R 6° to 11°
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 10)], []),

        // ORPT Billing Grid's default 15 left on a 26-minute 97112 line: mismatch; otherwise complete.
        ["v6-h174-orpt-grid-default-15-on-26"] = new(
            """
            Oneota River Physical Therapy — Decorah        Prairielight EHR · Daily Note · 12/09/2026
            Delivery: individual
            1:1 (Y/N): Y
            Interventions: rocker board eyes closed, foam stance with head turns, tandem on the beam
            Clinical Findings: postural sway and poor proprioception both feet; the bee-keeper sways lifting supers
            Objective Measures: Berg 46/56; tandem 7 sec
            Billing Grid:  97112 | Neuromuscular re-education | 15 min
            O. Reyes, PT
            """,
            ["R26.81"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // BHBR "▸ START ■ STOP 97112 … = 22 MIN" on a 34-minute line: mismatch; otherwise complete.
        ["v6-h174-bhbr-start-stop-22-on-34"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — REHAB (GREYBULL)
            Pt: Vern Hoopes, retired bentonite-mill hand · Lacey Frandsen, PT
            ▸ START ■ STOP 97112 NEUROMUSCULAR RE-ED = 22 MIN · 1:1
            Perturbations in stride stance, foam stance eyes closed, stepping over the hurdles to a stop
            Postural sway and a late stepping reaction
            Berg 45/56; TUG 12.4 sec
            """,
            ["R26.81"], [PT("97112", 34)], [At(Mismatch, "97112")]),

        // SHT TxtChart: NMR and ther ex done, only "36m total" — no minutes for each code: separate time missing; each code's content present.
        ["v6-h174-sht-txtchart-total-only"] = new(
            """
            [9:05a] saguaro home tx · pt Rosa Figueroa · casa grande
            nmr 1:1: foam cushion stance eyes closed, tandem down the hall, perts at hips. proprio poor both feet w/ neuropathy. berg 44/56
            ther ex: sit to stand 3x8, heel raises 3x12, marching 2x20. hip + calf weakness
            [9:41a] 36m total
            """,
            ["E11.42"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // LERB "Minutes by CPT: 97112 — __ ; 97110 — __" beside "Total timed 38": separate time missing; content present.
        ["v6-h174-lerb-minutes-by-cpt-blank"] = new(
            """
            LLANO ESTACADO REHAB & BALANCE — Hereford
            AUTH # 88-40993 · visit 5 of 12 authorized
            Attendance: 1:1
            Interventions: 97112 — foam stance with head turns, tandem on the beam, perturbations at the hips; 97110 — step-ups 3x10 on the 6 inch step, bridges 3x12
            Functional deficit driving medical necessity: poor proprioception both ankles and hip weakness; the sale-barn worker falls stepping over the gate rail
            Objective data for reviewer: Berg 47/56
            Minutes by CPT: 97112 — __ ; 97110 — __
            Total timed 38
            """,
            ["R26.81"], [PT("97112", 25), PT("97110", 13)], [SepTime]),

        // CFPT "CPT 97112 X 30 MIN" on an 18-minute line: mismatch; otherwise complete.
        ["v6-h174-cfpt-30-on-18"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA
            PT: TIDWELL, ONA   DOS: 12/09/2026
            CPT 97112 X 30 MIN
            1ON1 FLAG: Y
            TX: BAPS BOARD LEVEL 3, TANDEM ON FOAM, PERTURBATIONS AT THE HIPS
            IMP: DECREASED PROPRIOCEPTION L ANKLE
            OBJ: SLS L 6 SEC, BERG 50/56
            T. GRISSOM PT
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // JWO "97112 ▸ 22m" and "97110 ▸ 12m" on a two-code visit; 1:1 ticked; each code's content: passes.
        ["v6-h174-jwo-two-codes-each-minutes"] = new(
            """
            JointWorks QuickNote · Plymouth
            97112 ▸ 22m   97110 ▸ 12m
            1:1 ▸ ☒ Y ☐ N
            Tx ▸ NMR: BAPS level 3, foam tandem, perts in SLS · TherEx: step-downs 3x10 on 4 inch, side-lying hip abduction 3x15
            Area ▸ L ankle proprioception; L hip abductor weakness
            # ▸ SLS L 8s; Berg 52/56
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12)], []),

        // QUH APSO with a closing "BILLING: 97112 x 23 min (PT); 97530 x 15 min (OT)": a PT's and an OT's code each with its minutes; each code's content: passes.
        ["v6-h174-quh-billing-block-pt-and-ot"] = new(
            """
            QUH Rehab Daily Note (APSO) — Willimantic
            A: Balance and standing tolerance improving after the cerebellar stroke.
            P: Continue NMR; OT to progress kitchen tasks.
            S: "I want to stand at the counter to make the pierogi again."
            O: PT — one-on-one: foam stance eyes closed, tandem on the beam, perturbations at the hips; ataxia and wide-based sway; Berg 40/56.
            OT — standing at the counter to roll dough with a reach to the top cabinet 6x, carrying a mixing bowl 20 ft with the walker SBA; trunk ataxia with standing ADLs.
            BILLING: 97112 x 23 min (PT, Simon Marchetti); 97530 x 15 min (OT, Megan Rourke)
            """,
            ["I69.393"], [PT("97112", 23), OT("97530", 15)], []),

        // PMG-MSK "CHARGES: 97140 x 10 min, 97110 x 26 min" on a 16-minute 97110 line: mismatch on 97110; otherwise complete.
        ["v6-h174-pmg-charges-26-on-16"] = new(
            """
            CHARGES: 97140 x 10 min, 97110 x 26 min
            PEMBINA MULTISPECIALTY GROUP — MUSCULOSKELETAL CLINIC (EAST GRAND FORKS)
            NEXT VISIT: progress to overhead press.
            TODAY: posterior capsule stretching and GH inferior glides grade III; then rows 3x12 green band, ER at 0° 3x15 red band, wall slides 2x12.
            Problem: R shoulder stiffness and rotator cuff weakness; the sugar-beet driver can't reach the tarp strap.
            | Test | Today | Eval |
            | R flexion | 148° | 122° |
            Leif Ostby, PT, OCS
            """,
            ["M25.611", "M75.101"], [PT("97140", 10), PT("97110", 16)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h174-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of line breaks and spaces only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h174-line-breaks-only-97110"] = new(
            "\n \n   \n",
            ["M62.81"], [PTA("97110", 17)], [At(NoteMissing, "97110")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h174-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on a WCOPT Brett Szalai note: step-ups, terminal knee extension, leg press with doses (technique and measure), R quad weakness after a TKA (deficit); "97110 Therapeutic exercise — 24 min" matches: passes.
        ["v7-h174-wcopt-97110-after-tka"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT | Wexford office | Visit 4 of 12 | Brett Szalai, PT, DPT | Pt: Gloria Pasquarelli, 67
            97110 Therapeutic exercise — 24 min: forward step-ups on the 6 inch step 3x10, terminal knee extension with the blue band 3x15, leg press 60 lb 3x12, heel slides 2x15
            Problem list: R quad weakness and knee flexion loss after the R TKA; she can't get up from the pew at St. Alphonsus
            Objective today: knee flexion R 104°; extension lag 5°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24)], []),

        // 97530's meaning on a QUH OT note (Megan Rourke): a laundry basket carried from the dryer, a tub transfer bench with assist levels (technique and measure), L hip precautions and standing balance (deficit); "BILLING: 97530 x 21 min" matches: passes.
        ["v7-h174-quh-ot-97530-laundry-and-tub-bench"] = new(
            """
            QUH Rehab Daily Note (APSO) — Danielson · OT
            A: Safer with laundry and the tub bench after the L total hip.
            P: Trial the reacher for the washer.
            S: "My husband has been doing the wash and he shrinks everything."
            O: Laundry basket from the dryer to the bed with the walker tray, 4 trips SBA; tub transfer bench in and out with the leg lifter, 3 reps CGA keeping hip precautions; standing at the sink to fold towels.
            Problem: L hip weakness and standing balance limiting ADLs within hip precautions.
            BILLING: 97530 x 21 min
            Megan Rourke, OTR/L
            """,
            ["Z96.642"], [OT("97530", 21)], []),

        // 97140's meaning on an HLPT note: first-rib mobilisation and scalene soft-tissue work (technique), thoracic outlet symptoms (deficit), rotation degrees (measure); "Billed: 97140 (11 min)" matches: passes.
        ["v7-h174-hlpt-97140-first-rib"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — Stonington
            S: Arm goes numb hauling the sardine net over the rail.
            O: Caudal first-rib mobilization L grade III; soft tissue mobilization to the L scalenes and pec minor; cervical side-glide mobilization.
            Cervical rotation L 58° to 70°; ULTT1 L positive at 40° elbow extension (60° last week).
            A: L first-rib elevation with scalene tightness and thoracic outlet symptoms.
            P: Continue.
            Billed: 97140 (11 min)
            """,
            ["G54.0"], [PT("97140", 11)], []),

        // 97116's meaning on a CVU NRI AGI block: gait with the new below-knee prosthesis on the Riverwalk ramp and the stairs (technique), L prosthetic stance and a short R step (deficit), distance and assistance (measure); "Billed this block: 97116 (24 min)" matches: passes.
        ["v7-h174-cvu-97116-new-socket"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: AGI · Day 4 of 10 · Block: PM (2 of 2)
            Billed this block: 97116 (24 min)
            Staff this block: Beau Tillinghast, PT, DPT
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Gait training with the new L transtibial prosthesis: weight acceptance drills onto the L in the bars, then the Riverwalk ramp and the clinic stairs step-over-step with the rail.
            Ramp 200 ft with the rolling walker SBA; 12 stairs with the rail CGA.
            A: short R step and poor weight acceptance on the L prosthesis.
            """,
            ["Z89.512"], [PT("97116", 24)], []),

        // LMH "Timed Procedures" macro with every field left "***" but the code line: nothing named — technique, generic, deficit, measure, one-on-one.
        ["v7-h174-lmh-all-wildcards-generic"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHAB (WARREN)
            Timed Procedures
            97112 Neuromuscular Re-ed: 23 Minutes
            Delivery: ***
            Interventions: balance training ***
            Impairment: ***
            Outcome: ***
            Patient tolerated treatment well. Continue plan of care.
            LaToya Grant, PTA
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SNSS Brent Halloran "97110  97140  ther ex and manual per poc  tol well." — nothing named for either code and no minutes for each.
        ["v7-h174-snss-brent-generic-two-codes"] = new(
            """
            97110  97140  ther ex and manual per poc  tol well  cont poc  b halloran pt ocs.
            """,
            ["M54.50"], [PT("97110", 23), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // WHCC OT "97530 x 22 min ADL training, tolerated well, cont POC" — nothing named: technique, generic, deficit, measure.
        ["v7-h174-whcc-ot-adl-training-generic"] = new(
            """
            WAPELLO HEIGHTS CARE CENTER — OT DAILY NOTE
            Ann-Marie Tibbetts, OTR/L
            97530 x 22 min
            ADL training. Res tolerated well. Cont POC.
            """,
            ["I69.351"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // IVBPT El Centro "97112 — 23 min · 1:1"; perturbations, foam, tandem; L ankle proprioception; Berg and SLS; cleared: passes.
        ["vord-h174-ivbpt-el-centro-ankle"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — El Centro
            DOS 12/09/2026 · Rosalba Quezada, PT, DPT
            97112 — 23 min · 1:1 the whole time
            Tx: perturbations at the pelvis on the foam pad, tandem walking on the beam, step-and-stick to the cones
            Deficit: L ankle proprioception after the sprain in the lettuce rows
            Numbers: SLS L 9 sec; Berg 50/56
            {{CLEARED — KM}}
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // IVBPT Calexico PTA 97110 with doses; hip and knee weakness: passes.
        ["vord-h174-ivbpt-calexico-pta-97110"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — Calexico
            DOS 12/09/2026 · G. Olmedo, PTA
            97110 — 16 min
            Tx: bridges 3x15, side-lying hip abduction 3x12, wall squats 3x10 with a 5 sec hold, step-ups on the 4 inch step 2x10
            Deficit: R hip abductor and quad weakness, R knee buckles on the packing-shed stairs
            {{CLEARED — KM}}
            """,
            ["M62.81", "Z96.651"], [PTA("97110", 16)], []),

        // IVBPT Holtville OT 97530 with a PT 97112 on the same visit, each code with its minutes; each code's content: passes.
        ["vord-h174-ivbpt-holtville-pt-and-ot"] = new(
            """
            IMPERIAL VALLEY BALANCE & PHYSICAL THERAPY — Holtville
            DOS 12/09/2026
            97112 — 22 min · 1:1 · E. Fennimore, PT: foam stance eyes closed, tandem with head turns, perturbations in stride stance. Deficit: postural sway and a late step. Berg 45/56; TUG 11.9 sec.
            97530 — 18 min · X. Saldívar, OTR/L: standing at the stove to stir with a reach to the spice shelf 8x, carrying a pot 15 ft with the walker SBA. Deficit: standing balance with ADLs after the fall.
            {{CLEARED — KM}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), OT("97530", 18)], []),

        // PCPT Houma, Cleo Robichaux "[X] one-on-one"; rocker board, foam, perturbations; R ankle; Berg and rocker seconds: passes.
        ["vord-h174-pcpt-houma-cleo"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Houma
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board A/P eyes closed, tandem on the foam beam, pushes at the hips in stride stance
            For: R ankle proprioception and a late ankle strategy; the sugar-cane hauler rolls it climbing down from the cab
            Numbers: Berg 49/56; rocker 13 sec
            C. Robichaux, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Jules Guidry "me and Miss Pitre de whole time, cher"; gaze holds on foam, tandem, step-and-stick; vestibular; DGI: passes.
        ["vord-h174-pcpt-jules-miss-pitre"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Thibodaux
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — me and Miss Pitre de whole time, cher
            Did: gaze holds on de card standin' on foam, tandem down de hall wit' head turns, step-and-stick off de step
            For: L vestibular hypofunction, she gets woozy turnin' to look at de bayou from de porch
            Numbers: DGI 18/24; tandem 10 sec
            J. Guidry, PTA
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // PCPT Houma 97110 and 97116 each on its dotted line; doses, gait distance; R hip weakness after a fracture: passes.
        ["vord-h174-pcpt-two-codes-dotted"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — Houma
            Code 97110 Ther ex ........ 15 min
            Code 97116 Gait ........ 14 min
            Did: sit to stand 3x10, standing hip abduction 3x12 with the yellow band, heel raises 3x15; gait with the rolling walker to the cane on the parking lot and the curb, cues for R step length
            For: R hip weakness and a short L step after the R hip fracture
            Numbers: cane 220 ft SBA; curb CGA
            A. Breaux, PT
            """,
            ["S72.001D"], [PT("97110", 15), PT("97116", 14)], []),

        // MLMPT Carla Hindman "pt n me the whole nmr block"; couch-cushion stance, tandem in the hall, step-ups off the porch step; late step; berg and tandem: passes.
        ["vord-h174-mlmpt-carla-calving-barn"] = new(
            """
            mlmpt  c hindman pt  home visit s of brewster
            97112 23 min  pt n me the whole nmr block, wife out feeding calves
            couch cushion stance eyes closed + tandem down the hall + perts at the hips by the kitchen counter
            late step + sway backward, he went down in the calving barn last week
            berg 44/56  tandem 7s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // MLMPT Wade Pettijohn PTA 97110 dose, single closing period: passes.
        ["vord-h174-mlmpt-wade-97110"] = new(
            """
            mlmpt  w pettijohn pta  home visit halsey  97110 17 min  sit to stand from the kitchen chair 3x10 + heel raises at the counter 3x15 + marching 2x20 + side steps along the counter 3 laps  hip + calf weakness, cant get up off the tailgate.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // RSP Anacortes "97112 NMR 09.00–09.22 (22') · 1:1"; perturbations on foam, tandem; L knee proprioception; SLS and hop in centimetres: passes.
        ["vord-h174-rsp-anacortes-knee"] = new(
            """
            ROSARIO STRAIT PHYSIOTHERAPY — Anacortes · 09.12.2026
            Pt: Torvald Hagen, 44, refinery operator · H. Lindgren, PT
            97112 NMR 09.00–09.22 (22') · 1:1
            Single-leg stance on foam with perturbations; hop-to-stick forward and lateral; tandem on the beam eyes closed
            Deficit: L knee proprioception and quad timing after the meniscus repair
            SLS L eyes closed 11 s; single hop L 118 cm (R 140 cm); 91 kg
            """,
            ["S83.232D"], [PT("97112", 22)], []),

        // RSP Mount Vernon 97140 and 97110 each with a clock range and minutes; kilograms; R shoulder stiffness: passes.
        ["vord-h174-rsp-mount-vernon-shoulder"] = new(
            """
            ROSARIO STRAIT PHYSIOTHERAPY — Mount Vernon · 09.12.2026
            Pt: Ingrid Sæther, 61, tulip-farm packer · M. Aalto, PT
            97140 Manual 13.00–13.11 (11') · GH posterior and inferior glides grade III, pec minor release
            97110 TherEx 13.11–13.35 (24') · rows 3x12 at 4 kg, ER in side-lying 3x12 at 1 kg, wall slides 2x12
            Deficit: R shoulder capsular stiffness and cuff weakness
            Flexion R 141° (118° at eval)
            """,
            ["M75.01"], [PT("97140", 11), PT("97110", 24)], []),

        // HDNR Prineville, Priya Venkataraman "| 1:1"; BalanceTutor perturbations and step-and-stick; late step with MS; stepping responses and GAITRite velocity: passes.
        ["vord-h174-hdnr-priya-ms"] = new(
            """
            Visit note | Priya Venkataraman, PT, DPT, NCS | Pt: Corinne Vasek, 52, quilt-shop owner
            97112 neuro re-ed: 24 min | 1:1
            What I did: perturbations on the BalanceTutor in standing then walking; step-and-stick to the floor targets; tandem on foam
            Why: late stepping response and poor proprioception both feet with MS
            Device paste: stepping responses 25 of 32 perturbations; GAITRite velocity 96 cm/s
            """,
            ["R26.81", "R20.2"], [PT("97112", 24)], []),

        // HDNR Bend OT 97530 "[ 21 ] min": Smart Glove grasp tasks and folding towels standing; R hand weakness after stroke; counts: passes.
        ["vord-h174-hdnr-sol-ot-97530"] = new(
            """
            Visit note | Sol Márquez, OTR/L | Pt: Dwayne Kittredge, 68, rodeo announcer
            97530 [ 21 ] min
            What I did: grasp-and-release of the cones to the shelf with the R hand 15x, folding towels standing at the counter, opening jars 6x
            Why: R hand weakness and poor fine motor control after the L stroke; he can't button his show shirt
            Device paste: Smart Glove session 210 grasp reps; grip R 22 lb
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // PSTG Pocomoke City complete NMR; TidePoint 1:1 ticked: passes.
        ["vord-h174-pstg-pocomoke-complete"] = new(
            """
            Pocomoke Sound Therapy Group — Pocomoke City · TidePoint Rehab Cloud · 12/09/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: rocker board M/L eyes closed, foam stance with head turns, pushes at the pelvis
            Impairments Addressed: postural sway and poor somatosensory use with neuropathy; the crab picker sways at the table
            Measurables: Berg 47/56; tandem 8 sec
            97112 Neuromuscular Re-ed — 24 min
            T. Ames, PT
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // PSTG Chincoteague, a complete note whose diagnosis carried over as "#Error": diagnosis missing only.
        ["vord-h174-pstg-dx-error"] = new(
            """
            Pocomoke Sound Therapy Group — Chincoteague · TidePoint Rehab Cloud · 12/09/2026
            Mode of delivery: ☒ 1:1 ☐ Group ☐ Co-treat
            Skilled Interventions: step-and-stick onto the Airex, tandem on the foam lane, perturbations in stride stance
            Impairments Addressed: late step and sway; the pony-penning volunteer stumbles on the marsh grass
            Measurables: Berg 49/56; TUG 10.6 sec
            97112 Neuromuscular Re-ed — 22 min
            R. Kellam, PT
            """,
            ["#Error"], [PT("97112", 22)], [Dx]),

        // QBRH Calais complete; DELIVERY Individual ticked; outcome filled: passes.
        ["vord-h174-qbrh-calais-complete"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: perturbations in stride stance; foam stance eyes closed; stepping over the hurdles to a stop
            IMPAIRMENT: delayed stepping reaction and backward sway; the border-crossing guard fell on the ice at the booth
            OUTCOME MEASURE: Berg SCORE: 47/56
            Everett Sewall, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // QBRH Eastport PTA 97116 "CPT 97116 GAIT TRAINING — 19 MIN"; cane distance and assist; L foot drop: passes.
        ["vord-h174-qbrh-eastport-pta-97116"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97116 GAIT TRAINING — 19 MIN
            INTERVENTIONS: gait with the AFO and the quad cane in the hall and up the ramp to the lobby, cues for L hip flexion in swing
            IMPAIRMENT: L foot drop and circumduction after the stroke
            OUTCOME MEASURE: quad cane SCORE: 280 ft SBA
            Lucienne Dufour, PTA
            """,
            ["I69.354"], [PTA("97116", 19)], []),

        // WRPT Berryville complete "[X] 1:1"; rocker, foam, perturbations; proprioception; Berg and SLS; "[CO: resolved LM]": passes.
        ["vord-h174-wrpt-berryville-complete"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P eyes closed, foam tandem, pushes at the hips in single-leg stance
            Why: R ankle proprioception after the sprain on the chicken-house ramp
            Numbers: SLS R 8 sec; Berg 51/56
            [CO: resolved LM]
            Brenna Ellingboe, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // WRPT Green Forest OT 97530 "Svc: 97530 — 20 min"; reaching and carrying tasks with counts; L shoulder weakness: passes.
        ["vord-h174-wrpt-dwight-ot-97530"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Svc: 97530 Therapeutic activities — 20 min
            What we did: putting canned goods on the top pantry shelf with the L arm 12x, carrying a laundry basket 30 ft 3 trips, hanging shirts on the closet rod
            Why: L shoulder weakness and limited reach after the rotator cuff repair
            Numbers: reach L to 62 inches; grip L 48 lb
            Dwight Kemper, OTR/L
            """,
            ["M75.102", "Z98.890"], [OT("97530", 20)], []),

        // WMDC Bedford, Tovah Lerner (PTA) "☒ Individual"; big steps over the floor lines, perturbations; festination; TUG and freezing count: passes.
        ["vord-h174-wmdc-tovah-festination"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Meds: carbidopa/levodopa at 8:30 am, "on."
            Pt says: "My feet run away from me going down the ramp at the lake."
            Daughter says: "He speeds up and then he's on his knees."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            97112 — 22 min
            Big steps over the floor lines to the metronome, backward pulls at the shoulders for a reactive step, stopping on a cue.
            Deficit: festinating gait and poor reactive stepping with Parkinson's disease.
            Measures: TUG 12.6 sec; backward pull test 3 steps to recover.
            Tovah Lerner, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // WMDC Lynchburg OT 97530 "97530 — 18 min": writing and pill-box tasks with big amplitude; micrographia and slowness; counts: passes.
        ["vord-h174-wmdc-benedikt-ot-97530"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Meds: levodopa at 9:00 am, "on."
            Pt says: "The bank called about my checks again."
            Husband says: "Her writing gets smaller down the page."
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            97530 — 18 min
            Writing checks on the lined guide with big letters, 5 checks; filling the weekly pill box from bottles, 2 trials; buttoning the cardigan.
            Deficit: micrographia and reduced fine-motor amplitude with Parkinson's disease.
            Measures: letter height 6 mm (3 mm at eval); pill box filled in 250 sec.
            Benedikt Varga, OTR/L
            """,
            ["G20.A1"], [OT("97530", 18)], []),

        // RBVC Williams, Juniper Halvorsen (PTA) "☒ gaze stab", 1:1; VOR x1 walking, foam; L hypofunction; DVA and foam seconds: passes.
        ["vord-h174-rbvc-williams-juniper"] = new(
            """
            RBVC Williams — Intensive Week — Wed
            Sess A ▸ 97112 ▸ 23 min
            Provider this session: Juniper Halvorsen, PTA — 1:1
            Tx: ☒ gaze stab ☐ habituation ☐ OKN
            VOR x1 viewing walking in the hall, then standing on foam with the checkerboard behind the target
            Problem: L vestibular hypofunction; the railway conductor loses the horizon walking the swaying car
            DVA lost 3 lines (5 Mon); foam stance with head turns 25 sec
            Between sessions: lunch, screen-free
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // SWH Mystic "Neuromuscular re-education 97112 (23 min) · 1:1"; perturbations, foam, step-and-stick; postpartum sway; Berg and SLS: passes.
        ["vord-h174-swh-mystic-nmr"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Mystic
            She reports: “I wobble stepping down into the dinghy with the baby in the carrier.”
            Her goal, in her words: “Get in the boat without my husband holding my elbow.”
            Neuromuscular re-education 97112 (23 min) · 1:1
            Step-and-stick off the step onto the Airex, perturbations at the pelvis in stride stance, single-leg stance on foam with head turns
            Impairment: R ankle proprioception and a late ankle strategy after the sprain in pregnancy
            Objective: SLS R on foam 9 sec (L 21 sec); Y-Balance anterior R 58 cm
            Noor Haddad-Quinn, PT, DPT, WCS
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // SWH Old Saybrook PTA 97110 "(18 min)"; core and hip work with doses; diastasis and hip weakness: passes.
        ["vord-h174-swh-marisol-97110"] = new(
            """
            SALTMEADOW WOMEN'S HEALTH & BALANCE PT — Old Saybrook
            She reports: “Lifting the double stroller into the trunk still pulls.”
            Therapeutic exercise 97110 (18 min) · 1:1
            Dead bugs 3x10, side planks on the knees 3 x 20 sec, bridges with the ball squeeze 3x12, lifting a 15 lb kettlebell from the floor to the table 2x8
            Impairment: abdominal wall and R hip abductor weakness with a 2-finger diastasis
            Marisol Vega, PTA
            """,
            ["O71.89", "M62.08"], [PTA("97110", 18)], []),

        // SCVH South Fork complete with the impairment typed in the field: passes.
        ["vord-h174-scvh-south-fork-complete"] = new(
            """
            SANGRE DE CRISTO VALLEY HOSPITAL — OUTPATIENT THERAPY (SOUTH FORK)
            Aspenline · Daily Treatment Note
            Supervision/Delivery: 1:1, PTA with PT on site
            Interventions: rocker board eyes closed, tandem on the foam beam, step-and-stick off the 6 inch step
            Target impairment: vestibular hypofunction R with poor gaze stability
            Outcome: DGI 19/24; tandem on foam 8 sec
            Timed Codes: 97112 — 24 min
            M. Archuleta, PTA
            """,
            ["H81.21"], [PTA("97112", 24)], []),

        // BCH Matewan 97116 "Treated with: 97116 (19 min)"; walker distance and stairs; L foot drop; Attendance 1:1: passes.
        ["vord-h174-bch-matewan-97116"] = new(
            """
            BLACKBERRY CREEK HOSPITAL — NEUROLOGIC THERAPY CLINIC (MATEWAN)
            Goal #2 — walk from the truck into the Food City with the cane. Status: progressing
            Treated with: 97116 (19 min) — gait with the quad cane and the AFO, cues for L heel strike, the ramp and the curb by the clinic door
            Impairment: L foot drop and a short R step after the R MCA stroke
            How we know: 240 ft quad cane SBA; curb CGA
            Attendance: 1:1 — Josie Hatfield, PT
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // LCRT Winslow, W. Yazzie (PTA) "1:1: Y"; foam, tandem, perturbations; R knee proprioception; Berg and SLS: passes.
        ["vord-h174-lcrt-winslow-yazzie"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — Winslow
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: foam stance eyes closed, tandem along the wall, perturbations at the hips in single-leg stance
            Problem: R knee proprioception after the ACL repair; the silversmith's knee gives on the trading-post steps
            Measure: SLS R 10 sec; Berg 52/56
            W. Yazzie, PTA
            """,
            ["S83.511D"], [PTA("97112", 23)], []),

        // HLG Fairhope, Thomas Ashby, "1:1 for billed time: ☒ Yes"; step-and-stick, foam tandem, perturbations; late step; Berg and 5xSTS: passes.
        ["vord-h174-hlg-fairhope-cribbage"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Broussard, Lyle (83) · DOS 12/09/2026 · Thomas Ashby, PT
            IN HIS OWN WORDS: "I get up from the cribbage table and the room leans on me." (quoted as said)
            WHAT WE DID: 97112 · 23 min
            1:1 for billed time: ☒ Yes ☐ No
            Sit-to-stand to a stop with eyes closed; step-and-stick onto the Airex; perturbations at the shoulders in stride stance.
            WHY: posterior sway on rising and a late step.
            MEASURED: Berg 45/56; 5xSTS 15.1 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLG Point Clear, Fern Ocampo (OT) 97530 "· 20 min"; kitchen and card-table tasks with counts; standing balance with ADLs: passes.
        ["vord-h174-hlg-fern-ot-97530"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Point Clear Landing house-call room
            Delacroix, Nell (87) · DOS 12/09/2026 · Fern Ocampo, OTR/L
            IN HER OWN WORDS: "I want to set my own card table for bridge on Thursday." (quoted as said)
            WHAT WE DID: 97530 · 20 min
            Carrying the folding card table 15 ft with a rest, opening it, setting four places; reaching to the top cupboard for the glasses 6x with SBA.
            WHY: standing balance and L shoulder weakness limiting her household tasks.
            MEASURED: reach L 58 inches; stood 6 tasks without a hand on the counter.
            """,
            ["R26.81", "M62.81"], [OT("97530", 20)], []),

        // PTH Galax 97112 "[ 22 ] min", Present: patient and her granddaughter, 1:1; kitchen-counter perturbations, foam cushion, tandem; sway; Berg: passes.
        ["vord-h174-pth-galax-nmr"] = new(
            """
            PORCHLIGHT THERAPY AT HOME — Galax
            Visit at: the patient's trailer, kitchen and front porch
            Present: patient and her granddaughter; treatment 1:1
            97112 [ 22 ] min
            Pushes at the hips at the kitchen counter, couch-cushion stance with eyes closed, tandem along the hall with head turns
            Problem: postural sway and a late stepping reaction; she fell off the porch step hanging the wind chime
            Assist/Dist: Berg 41/56; tandem 5 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // SPL Eagle 97110 "BLOCK A · 97110 TherEx · 20 min"; rear-foot-elevated split squats and Nordic lowers with loads; hamstring strain: passes.
        ["vord-h174-spl-eagle-97110"] = new(
            """
            SAWTOOTH PERFORMANCE LAB — EAGLE
            SESSION REPORT · Athlete: Tomas Urquidi (age 22, college rugby flanker) · Clinician: Jordan Okafor, PT, CSCS
            BLOCK A · 97110 TherEx · 20 min
            Work: Nordic hamstring lowers 3x5; single-leg RDL 3x8 at 35 lb; rear-foot-elevated split squat 3x8 at 50 lb
            Limiter: R hamstring strength after the grade 2 strain; he pulls up in the sprint to the breakdown
            DATA PASTE ▼
            ActivForce 2 knee flexion R 212 N (L 268 N), LSI 79%
            """,
            ["S76.311D"], [PT("97110", 20)], []),

        // NLMC Crosby "Service: 97112 … — 23 minutes", "[X] Individual"; limits-of-stability weight shifts and foam; sway; SOT composite: passes.
        ["vord-h174-nlmc-crosby-individual"] = new(
            """
            NORTHWOODS LAKES MEDICAL CENTER — BALANCE CENTER (CROSBY)
            TREATMENT NOTE · Curtis Lindahl, PT
            Service: 97112 Neuromuscular reeducation — 23 minutes
            Attendance: [X] Individual [ ] Concurrent [ ] Group
            Treatment: limits-of-stability weight shifts on the platform, foam stance eyes closed, tandem walking with head turns
            Impairment: anterior-posterior sway and poor vestibular use; the trail groomer sways in the cab at night
            ▶ Imported device report — Bertec SOT composite 61 (52 at eval)
            """,
            ["R26.81", "H81.23"], [PT("97112", 23)], []),

        // STBF Ithaca complete with "(one-on-one)"; perturbations, foam, stepping; sway; Berg and TUG; "Time: 97112 — 22 min": passes.
        ["vord-h174-stbf-ithaca-complete"] = new(
            """
            SOUTHERN TIER BALANCE AND FALLS CLINIC — Ithaca
            Mr. Ansel Dworkin, retired orchard pruner
            What we worked on (one-on-one): pushes at the shoulders in stride stance, foam stance with head turns, stepping over the hurdle row to a stop
            Why: late stepping reaction and lateral sway; he fell off the orchard ladder's bottom rung
            How he did: Berg 47/56; TUG 11.2 sec
            Time: 97112 — 22 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // LCPT West Point "Codes/min: 97112 = 23, 97116 = 14"; each code's content; 1:1: passes.
        ["vord-h174-lcpt-west-point-two-codes"] = new(
            """
            LOGAN CREEK PHYSICAL THERAPY — West Point
            NNVC GOAL TRACKER
            Goal: walk the hog-barn alley without a fall — on track
            Session (1:1): NMR — foam stance eyes closed, tandem on the beam, perturbations at the hips; gait — cane in the hall and over the threshold, cues for R step length
            Impairment: postural sway and poor ankle proprioception; short R step
            Progress measure: Berg 46/56; cane 300 ft SBA
            Codes/min: 97112 = 23, 97116 = 14
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 14)], []),

        // DRCH Mullen outreach, Trent Mlnarik (PTA) covering, 97110 "Time: 97110 = 21 min"; doses; low-back strain: passes.
        ["vord-h174-drch-trent-97110"] = new(
            """
            DISMAL RIVER COMMUNITY HOSPITAL — THERAPY DEPARTMENT (MULLEN OUTREACH ROOM)
            OP PT Daily Note — Rx #5 · Seen by: T. Mlnarik PTA, covering for D. Vrbka PT
            Time: 97110 = 21 min
            Treatment: bird dogs 3x10, bridges 3x12, hip hinge with the dowel 2x10, lifting a 20 lb bale-twine box from the floor to the table 2x8
            Problem: low-back strain with weak trunk extensors; the hay hauler can't hinge to pick up twine
            Plan: progress the lift load.
            """,
            ["S39.012D"], [PTA("97110", 21)], []),

        // SCLH Dee Wachowski "indiv. thruout"; rocker, foam c̄ head turns; ↓ proprioc.; Berg: passes.
        ["vord-h174-sclh-dee-complete"] = new(
            """
            SCLH OP REHAB · PT DAILY NOTE · Pav B gym
            Timed: 97112 — 22 min
            Delivery: Pt seen indiv. thruout
            Tx: rocker brd A/P eyes closed, foam stance c̄ head turns, perts at hips in tandem
            Impairment: ↓ proprioc. R ankle; the bakery driver rolls it on the loading dock
            Objective: SLS R 7 sec; Berg 49/56
            A/P: cont.
            D. Wachowski, PT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // ORPT Waukon, "1:1 (Y/N): Y", grid 24 on a 24-minute line; complete: passes.
        ["vord-h174-orpt-waukon-complete"] = new(
            """
            Oneota River Physical Therapy — Waukon        Prairielight EHR · Daily Note · 12/09/2026
            Delivery: individual
            1:1 (Y/N): Y
            Interventions: perturbations in stride stance, step-and-stick onto the foam, tandem with head turns
            Clinical Findings: late stepping reaction and backward sway; the creamery driver fell off the tank-truck ladder
            Objective Measures: Berg 48/56; TUG 10.9 sec
            Billing Grid:  97112 | Neuromuscular re-education | 24 min
            O. Reyes, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // LMPT Lincoln Square complete "(x) 1:1"; BAPS, foam, perturbations; L ankle; SLS and Berg: passes.
        ["vord-h174-lmpt-lincoln-square"] = new(
            """
            LAKESHORE MOTION PT — Lincoln Square
            Pt: Marta Kowalczyk, 58, bakery owner · DOS 12/09/2026
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BAPS level 3 both directions, foam tandem, perturbations at the hips in SLS
            Why: L ankle proprioception after the sprain on the icy back stairs
            #s: SLS L 10 sec; Berg 52/56
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // NPD Bogdan Petrescu's late entry, complete but the claim carries no diagnosis: diagnosis missing only.
        ["vord-h174-npd-complete-no-dx"] = new(
            """
            NorthPier Per Diem Therapy — late entry for 12/08/2026, entered 12/09/2026
            97112 x 23 min
            1:1: yes
            Tx: rocker board eyes closed, tandem on foam, step-and-stick to the cones
            Deficits: R ankle proprioception and a late ankle strategy
            Result: SLS R 8 sec; Berg 50/56
            B. Petrescu, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // CVU NRI PBC block "Billed this block: 97112 (23 min)", "[X] Individual"; big steps to a cue, perturbations; Parkinson's; TUG and pull test: passes.
        ["vord-h174-cvu-pbc-individual"] = new(
            """
            CHATTAHOOCHEE VALLEY UNIVERSITY — NEURO-RECOVERY INTENSIVE (COLUMBUS)
            NRI BLOCK NOTE    Programme: PBC · Day 3 of 10 · Block: AM (1 of 2)
            Billed this block: 97112 (23 min)
            Staff this block: Dr. Adaeze Fontenot-Marsh, PT, DPT, NCS
            Delivery: [X] Individual [ ] Dyad [ ] Group
            O: Big-amplitude stepping to an auditory cue, backward and lateral pulls at the shoulders for reactive steps, turning through the doorway on the floor line.
            TUG 12.9 sec; pull test 2 steps to recover.
            A: reduced reactive stepping and freezing at doorways with Parkinson's disease.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // MRCH ITP Owatonna PM session "This session only: 97112 · 22 min", "Ratio: ☒ 1:1"; tall-kneeling perturbations, stepping stones; postural control with diplegia; Data filled: passes.
        ["vord-h174-mrch-owatonna-pm"] = new(
            """
            MINNESOTA RIVER CHILDREN'S HOSPITAL — INTENSIVE THERAPY PROGRAM (OWATONNA)
            ITP SESSION NOTE · Session: ☐ AM ☒ PM
            Treating therapist this session: Solveig Haugland-Rice, PT, DPT, PCS
            This session only: 97112 · 22 min
            Ratio: ☒ 1:1 ☐ 1:2 ☐ group
            Targets: postural control and ankle proprioception with spastic diplegia; she wants to run for the school bus
            Activities: perturbations in tall kneeling on the foam, stepping stones to a stop, single-leg stance with ball taps
            Data: SLS R 4 sec, L 6 sec; PBS 44/56
            """,
            ["G80.1"], [PT("97112", 22)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
